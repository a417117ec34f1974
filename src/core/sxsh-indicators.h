/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sxsh-database.h"

G_BEGIN_DECLS

/**
 * SxshIndicatorKind:
 * @SXSH_INDICATOR_INFORMED: facilities with CP potential informed about CP
 * @SXSH_INDICATOR_APPLYING: facilities with CP potential applying CP
 * @SXSH_INDICATOR_APPLYING_SAVING: applying and saving at least the band's
 *   low end of energy per product unit
 * @SXSH_INDICATOR_DEDICATED_UNIT: enterprises of the plan's size classes
 *   with a dedicated CP unit
 *
 * The plan's indicators, in the fixed order in which every view, report and
 * the command line show them.
 */
typedef enum
{
  SXSH_INDICATOR_INFORMED,
  SXSH_INDICATOR_APPLYING,
  SXSH_INDICATOR_APPLYING_SAVING,
  SXSH_INDICATOR_DEDICATED_UNIT,
  SXSH_N_INDICATORS,
} SxshIndicatorKind;

/**
 * SxshIndicator:
 * @kind: which indicator
 * @key: "informed", "applying", "applying_saving" or "dedicated_unit"
 * @label: the official Vietnamese name, as printed in reports (built from the
 *   plan's band and size classes, e.g. "Doanh nghiệp vừa có bộ phận chuyên
 *   trách về SXSH")
 * @title: the translated name for the user interface
 * @numerator: facilities counted
 * @denominator: facilities in the population
 * @has_value: %FALSE when the population is empty (shown as "—", JSON null)
 * @value_pct: numerator ÷ denominator × 100 when @has_value
 * @target_pct: the plan's target, NaN when the plan sets none
 * @band_low_pct: low end of the savings band (applying_saving), else NaN
 * @band_high_pct: high end of the savings band (applying_saving), else NaN
 * @met: 1 when the value reaches the target, 0 when not, -1 when unknown
 *   (no value or no target)
 * @counted_ids: (element-type gint64): ids of the facilities counted,
 *   ascending
 * @population_ids: (element-type gint64): ids of the facilities in the
 *   population, ascending; for drill-down
 */
typedef struct
{
  SxshIndicatorKind kind;
  const char       *key;
  char             *label;
  const char       *title;
  guint             numerator;
  guint             denominator;
  gboolean          has_value;
  double            value_pct;
  double            target_pct;
  double            band_low_pct;
  double            band_high_pct;
  int               met;
  GArray           *counted_ids;
  GArray           *population_ids;
} SxshIndicator;

/**
 * SxshActivityCount:
 * @key: "support_facilities", "demo_models" or "certificates" (also the
 *   plan_quota key whose range applies)
 * @label: official Vietnamese name
 * @count: what was done in the year
 * @has_quota: whether the plan sets a yearly quota for it
 * @min_count: the quota's low end
 * @max_count: the quota's high end, -1 when open
 * @met: 1 when @count reaches @min_count, 0 when not, -1 without a quota
 * @facility_ids: (element-type gint64): the facility behind each counted
 *   item (distinct for support_facilities), for drill-down
 * @revoked: certificates only: how many of those issued in the year have
 *   since been revoked (they still count as issued)
 */
typedef struct
{
  const char *key;
  const char *label;
  guint       count;
  gboolean    has_quota;
  guint       min_count;
  int         max_count;
  int         met;
  GArray     *facility_ids;
  guint       revoked;
} SxshActivityCount;

typedef enum
{
  SXSH_ACTIVITY_SUPPORT_FACILITIES,
  SXSH_ACTIVITY_DEMO_MODELS,
  SXSH_ACTIVITY_CERTIFICATES,
  SXSH_N_ACTIVITIES,
} SxshActivityKind;

/**
 * SxshEventTally:
 * @kind: an event kind of the schema ("workshop", …, "broadcast")
 * @label: official Vietnamese name of the kind
 * @communication: %TRUE for communication items (reportage, article,
 *   leaflet, handbook, poster, broadcast), %FALSE for meetings and courses
 * @count: events of this kind dated in the year
 * @participants: their participants
 * @quantity: their copies or items (communication)
 * @cost: their cost in VND
 *
 * Every kind is present, in the schema's order, with zeros when nothing
 * happened.
 */
typedef struct
{
  const char *kind;
  const char *label;
  gboolean    communication;
  guint       count;
  gint64      participants;
  gint64      quantity;
  gint64      cost;
} SxshEventTally;

/**
 * SxshFundingTally:
 * @source: "central", "local" or "other"
 * @label: official Vietnamese name of the source
 * @planned: VND planned for the year
 * @disbursed: VND disbursed in the year
 */
typedef struct
{
  const char *source;
  const char *label;
  gint64      planned;
  gint64      disbursed;
} SxshFundingTally;

typedef enum
{
  SXSH_REPORT_STATUS_ON_TIME,
  SXSH_REPORT_STATUS_LATE,
  SXSH_REPORT_STATUS_MISSING,
  SXSH_REPORT_STATUS_RETURNED,
} SxshReportStatus;

typedef enum
{
  SXSH_REPORTER_FACILITY,
  SXSH_REPORTER_AGENCY,
} SxshReporterKind;

/**
 * SxshReportingEntry:
 * @kind: a facility applying CP in the year, or an agency that reports
 *   annually
 * @id: the facility's or the agency's id
 * @name: its name
 * @status: on time, late, missing or returned for correction
 * @due_date: ISO date the report was due
 * @received_on: (nullable): ISO date it was received
 * @returned_on: (nullable): ISO date it was sent back for correction
 */
typedef struct
{
  SxshReporterKind kind;
  gint64           id;
  char            *name;
  SxshReportStatus status;
  char            *due_date;
  char            *received_on;
  char            *returned_on;
} SxshReportingEntry;

/**
 * SxshResourceSaving:
 * @resource_id: a material or water resource
 * @name: its name
 * @unit: its unit
 * @category: "material" or "water"
 * @intensity_baseline: quantity per output unit in the baseline year, NaN
 *   when unknown
 * @intensity_year: quantity per output unit in the year, NaN when unknown
 * @has_saving: whether a saving can be computed
 * @saving_pct: (baseline − year) ÷ baseline × 100 when @has_saving
 */
typedef struct
{
  gint64      resource_id;
  const char *name;
  const char *unit;
  const char *category;
  double      intensity_baseline;
  double      intensity_year;
  gboolean    has_saving;
  double      saving_pct;
} SxshResourceSaving;

/**
 * SxshFacilitySaving:
 * @facility_id: a facility applying CP in the year (carried forward), active,
 *   with production output recorded for the year
 * @cp_potential: whether it has CP potential (only those count in
 *   applying_saving)
 * @baseline_year: its baseline year (the marked one, else the first year
 *   with energy consumption and output), 0 when none
 * @ei_baseline: energy intensity (TOE per output unit) in the baseline year,
 *   NaN when unknown
 * @ei_year: energy intensity in the year, NaN when unknown
 * @has_saving: whether an energy-intensity saving can be computed (the year
 *   has data, comes after the baseline and the baseline intensity is not 0)
 * @saving_pct: (EI(B) − EI(Y)) ÷ EI(B) × 100 when @has_saving; negative
 *   when consumption per unit grew
 * @resources: (element-type SxshResourceSaving): material and water
 *   savings, by resource position; reported, not counted in any indicator
 */
typedef struct
{
  gint64   facility_id;
  gboolean cp_potential;
  int      baseline_year;
  double   ei_baseline;
  double   ei_year;
  gboolean has_saving;
  double   saving_pct;
  GArray  *resources;
} SxshFacilitySaving;

/**
 * SxshIndicatorReport:
 *
 * Every number the plan is judged by for one year: the indicators, the
 * year's activities against the plan's quotas, reporting completeness and
 * the per-facility savings behind applying_saving.  Immutable and
 * reference counted; compute a new one when the database changes.
 */
typedef struct _SxshIndicatorReport SxshIndicatorReport;

#define SXSH_TYPE_INDICATOR_REPORT (sxsh_indicator_report_get_type ())
GType sxsh_indicator_report_get_type (void) G_GNUC_CONST;

SxshIndicatorReport *sxsh_indicators_compute (SxshDatabase  *db,
                                              const char    *plan_code,
                                              int            year,
                                              GError       **error);

const char    *sxsh_indicator_kind_to_key   (SxshIndicatorKind kind);
gboolean       sxsh_indicator_kind_from_key (const char        *key,
                                             SxshIndicatorKind *kind);
const char    *sxsh_report_status_to_key    (SxshReportStatus  status);
const char    *sxsh_report_status_get_label (SxshReportStatus  status);

SxshIndicatorReport *sxsh_indicator_report_ref   (SxshIndicatorReport *self);
void                 sxsh_indicator_report_unref (SxshIndicatorReport *self);

int            sxsh_indicator_report_get_year        (SxshIndicatorReport *self);
gint64         sxsh_indicator_report_get_plan_id     (SxshIndicatorReport *self);
const char    *sxsh_indicator_report_get_plan_code   (SxshIndicatorReport *self);
const char    *sxsh_indicator_report_get_plan_title  (SxshIndicatorReport *self);

const SxshIndicator *sxsh_indicator_report_get_indicator (SxshIndicatorReport *self,
                                                          SxshIndicatorKind    kind);
const SxshIndicator *sxsh_indicator_report_lookup        (SxshIndicatorReport *self,
                                                          const char          *key);

const SxshActivityCount *sxsh_indicator_report_get_activity (SxshIndicatorReport *self,
                                                             SxshActivityKind     kind);
gboolean       sxsh_indicator_report_get_quota       (SxshIndicatorReport *self,
                                                      const char          *quota_key,
                                                      guint               *min_count,
                                                      int                 *max_count);
guint          sxsh_indicator_report_get_n_event_kinds (SxshIndicatorReport *self);
const SxshEventTally *sxsh_indicator_report_get_event_tally (SxshIndicatorReport *self,
                                                             guint                index);
const SxshEventTally *sxsh_indicator_report_lookup_event    (SxshIndicatorReport *self,
                                                             const char          *kind);
guint          sxsh_indicator_report_get_n_funding_sources (SxshIndicatorReport *self);
const SxshFundingTally *sxsh_indicator_report_get_funding   (SxshIndicatorReport *self,
                                                             guint                index);

const char    *sxsh_indicator_report_get_due_date    (SxshIndicatorReport *self);
guint          sxsh_indicator_report_get_n_expected  (SxshIndicatorReport *self);
guint          sxsh_indicator_report_count_reports   (SxshIndicatorReport *self,
                                                      SxshReportStatus     status);
guint          sxsh_indicator_report_get_n_reporting_entries (SxshIndicatorReport *self);
const SxshReportingEntry *sxsh_indicator_report_get_reporting_entry (SxshIndicatorReport *self,
                                                                     guint                index);

guint          sxsh_indicator_report_get_n_savings   (SxshIndicatorReport *self);
const SxshFacilitySaving *sxsh_indicator_report_get_saving     (SxshIndicatorReport *self,
                                                                guint                index);
const SxshFacilitySaving *sxsh_indicator_report_lookup_saving  (SxshIndicatorReport *self,
                                                                gint64               facility_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SxshIndicatorReport, sxsh_indicator_report_unref)

G_END_DECLS

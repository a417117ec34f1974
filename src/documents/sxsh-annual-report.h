/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-database.h"
#include "sxsh-indicators.h"
#include "sxsh-report-text.h"
#include "sxsh-support-store.h"

G_BEGIN_DECLS

/*
 * SxshAnnualReport is everything the annual report of one year says,
 * collected once from the database: the indicators of the year, of the year
 * before and of every year of the plan so far (for the trend chart), the
 * events, technical supports with their CP options, certificates, budget
 * lines, the active facilities with their statuses and savings, the
 * consumption figures, the reporting register, the officer's narrative and
 * the department's settings.  The PDF and XLSX writers and the
 * application's preview read the same model, so that they can never
 * disagree.  It is immutable once collected and may be handed from a
 * worker thread to the main thread.
 */

#define SXSH_TYPE_ANNUAL_REPORT (sxsh_annual_report_get_type ())
G_DECLARE_FINAL_TYPE (SxshAnnualReport, sxsh_annual_report, SXSH, ANNUAL_REPORT, GObject)

/**
 * SxshReportPlan:
 * @code: "2340/KH-UBND"
 * @title: "Kế hoạch thực hiện Chiến lược sản xuất sạch hơn …"
 * @issuer: "UBND tỉnh Kon Tum"
 * @issued_on: (nullable): ISO date
 * @first_year: first year of the plan's period
 * @last_year: last year of the plan's period
 */
typedef struct
{
  char *code;
  char *title;
  char *issuer;
  char *issued_on;
  int   first_year;
  int   last_year;
} SxshReportPlan;

/**
 * SxshReportFacility:
 * @id: the facility's id
 * @name: its name
 * @tax_code: its tax code, "" when unknown
 * @address: its address
 * @area: where it is, as a report names it ("Huyện Đắk Hà", "Phường Kon Tum")
 * @sector: its sector's name, "" when unknown
 * @size_class: "micro", "small", "medium", "large" or ""
 * @cp_potential: whether it has cleaner-production potential
 * @record_year: the year of the record its statuses come from (carried
 *   forward), 0 when it has none up to the report's year
 * @informed: informed about CP (as the informed indicator counts it for
 *   facilities with potential; the yearly flag for the others)
 * @applying: applying CP in the year
 * @dedicated_unit: with a dedicated CP unit in the year
 * @output: production output of the year, NaN when not recorded
 * @output_unit: its unit
 * @report_received: (nullable): ISO date its annual report was received
 * @saving: (nullable): its savings, when it applies CP with output recorded
 *   (owned by the report's indicators)
 */
typedef struct
{
  gint64                    id;
  char                     *name;
  char                     *tax_code;
  char                     *address;
  char                     *area;
  char                     *sector;
  char                     *size_class;
  gboolean                  cp_potential;
  int                       record_year;
  gboolean                  informed;
  gboolean                  applying;
  gboolean                  dedicated_unit;
  double                    output;
  char                     *output_unit;
  char                     *report_received;
  const SxshFacilitySaving *saving;
} SxshReportFacility;

/**
 * SxshReportConsumption:
 * @facility: the facility (owned by the report)
 * @resource: the resource's name
 * @category: "energy", "material" or "water"
 * @unit: its unit
 * @position: its place in the resource list, for ordering columns
 * @quantity: the quantity consumed in the year
 * @previous: the quantity of the year before, NaN when not recorded
 */
typedef struct
{
  const SxshReportFacility *facility;
  char                     *resource;
  char                     *category;
  char                     *unit;
  int                       position;
  double                    quantity;
  double                    previous;
} SxshReportConsumption;

gboolean               sxsh_report_plan_load                (SxshDatabase      *db,
                                                             gint64             plan_id,
                                                             SxshReportPlan    *plan,
                                                             GError           **error);
void                   sxsh_report_plan_clear               (SxshReportPlan    *plan);
char                  *sxsh_report_plan_dup_reference       (const SxshReportPlan *plan);

SxshAnnualReport      *sxsh_annual_report_collect           (SxshDatabase      *db,
                                                             int                year,
                                                             GCancellable      *cancellable,
                                                             GError           **error);

int                    sxsh_annual_report_get_year          (SxshAnnualReport  *self);
const char            *sxsh_annual_report_get_setting       (SxshAnnualReport  *self,
                                                             const char        *key);
const SxshReportPlan  *sxsh_annual_report_get_plan          (SxshAnnualReport  *self);
char                  *sxsh_annual_report_dup_department_name (SxshAnnualReport *self);
char                  *sxsh_annual_report_dup_plan_reference (SxshAnnualReport  *self);
char                  *sxsh_annual_report_dup_filing_code   (SxshAnnualReport  *self);

SxshIndicatorReport   *sxsh_annual_report_get_indicators    (SxshAnnualReport  *self);
SxshIndicatorReport   *sxsh_annual_report_get_previous      (SxshAnnualReport  *self);
guint                  sxsh_annual_report_get_n_trend_years (SxshAnnualReport  *self);
SxshIndicatorReport   *sxsh_annual_report_get_trend         (SxshAnnualReport  *self,
                                                             guint              index);

GPtrArray             *sxsh_annual_report_get_events        (SxshAnnualReport  *self);
GPtrArray             *sxsh_annual_report_get_supports      (SxshAnnualReport  *self);
const SxshSupportTotals *sxsh_annual_report_get_support_totals (SxshAnnualReport *self);
GPtrArray             *sxsh_annual_report_get_certificates  (SxshAnnualReport  *self);
GPtrArray             *sxsh_annual_report_get_funding       (SxshAnnualReport  *self);
GPtrArray             *sxsh_annual_report_get_facilities    (SxshAnnualReport  *self);
GPtrArray             *sxsh_annual_report_get_applying      (SxshAnnualReport  *self);
const SxshReportFacility *sxsh_annual_report_lookup_facility (SxshAnnualReport *self,
                                                             gint64             id);
GPtrArray             *sxsh_annual_report_get_consumption   (SxshAnnualReport  *self);
guint                  sxsh_annual_report_get_n_registered  (SxshAnnualReport  *self);

const char            *sxsh_annual_report_get_text          (SxshAnnualReport  *self,
                                                             SxshReportSection  section);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * SxshYearRecord:
 *
 * One facility in one year: its statuses, production output, report date
 * and the quantities it consumed, as a row of the year entry grid or of a
 * facility's "By year" view.  Quantities are keyed by resource id; a
 * resource with no figure reads as NaN.
 *
 * Properties: "facility-id", "facility-name", "tax-code", "year",
 * "recorded" (the year has its own row; otherwise the statuses shown are
 * carried forward from an earlier year), "informed", "applying",
 * "dedicated-unit", "output" (NaN when none), "output-unit", "is-baseline",
 * "report-received" (ISO date or ""), "notes", "saving-pct" (energy-intensity
 * saving against the baseline, NaN when it cannot be computed).
 */
#define SXSH_TYPE_YEAR_RECORD (sxsh_year_record_get_type ())
G_DECLARE_FINAL_TYPE (SxshYearRecord, sxsh_year_record, SXSH, YEAR_RECORD, GObject)

gint64      sxsh_year_record_get_facility_id   (SxshYearRecord *self);
const char *sxsh_year_record_get_facility_name (SxshYearRecord *self);
const char *sxsh_year_record_get_tax_code      (SxshYearRecord *self);
int         sxsh_year_record_get_year          (SxshYearRecord *self);
gboolean    sxsh_year_record_get_recorded      (SxshYearRecord *self);
gboolean    sxsh_year_record_get_informed      (SxshYearRecord *self);
gboolean    sxsh_year_record_get_applying      (SxshYearRecord *self);
gboolean    sxsh_year_record_get_dedicated_unit (SxshYearRecord *self);
double      sxsh_year_record_get_output        (SxshYearRecord *self);
const char *sxsh_year_record_get_output_unit   (SxshYearRecord *self);
gboolean    sxsh_year_record_get_is_baseline   (SxshYearRecord *self);
const char *sxsh_year_record_get_report_received (SxshYearRecord *self);
const char *sxsh_year_record_get_notes         (SxshYearRecord *self);
double      sxsh_year_record_get_quantity      (SxshYearRecord *self,
                                                gint64          resource_id);
double      sxsh_year_record_get_saving_pct    (SxshYearRecord *self);
char       *sxsh_year_record_format_field      (SxshYearRecord *self,
                                                const char     *field);

/* Used by SxshYearSheet when it loads and saves. */
SxshYearRecord *_sxsh_year_record_new          (gint64          facility_id,
                                                const char     *facility_name,
                                                const char     *tax_code,
                                                int             year);
void        _sxsh_year_record_set_quantity     (SxshYearRecord *self,
                                                gint64          resource_id,
                                                double          quantity);
void        _sxsh_year_record_set_output       (SxshYearRecord *self,
                                                double          output);
void        _sxsh_year_record_set_saving_pct   (SxshYearRecord *self,
                                                double          saving_pct);

G_END_DECLS

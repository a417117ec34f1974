/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sxsh-error.h"
#include "sxsh-indicators.h"
#include "sxsh-register.h"
#include "sxsh-settings.h"

/* The one implementation of the plan's indicators (DESIGN.md, "Indicators").
 * The dashboard, the annual report and sxsh-cli all call
 * sxsh_indicators_compute(); nothing else computes these numbers. */

typedef struct
{
  guint min_count;
  int   max_count;
} Quota;

typedef struct
{
  gint64 id;
  char  *name;
  char  *unit;
  char  *category;
  double toe_factor;
  int    position;
} Resource;

struct _SxshIndicatorReport
{
  gatomicrefcount    ref_count;

  int                year;
  gint64             plan_id;
  char              *plan_code;
  char              *plan_title;

  SxshIndicator      indicators[SXSH_N_INDICATORS];
  SxshActivityCount  activities[SXSH_N_ACTIVITIES];
  GHashTable        *quotas;          /* quota key → Quota */
  GArray            *events;          /* SxshEventTally */
  GArray            *funding;         /* SxshFundingTally */

  char              *due_date;
  guint              status_counts[SXSH_REPORT_STATUS_RETURNED + 1];
  GArray            *reporting;       /* SxshReportingEntry */

  GArray            *resources;       /* Resource, by position */
  GArray            *savings;         /* SxshFacilitySaving, by facility id */
};

G_DEFINE_BOXED_TYPE (SxshIndicatorReport, sxsh_indicator_report,
                     sxsh_indicator_report_ref, sxsh_indicator_report_unref)

static const char *const indicator_keys[SXSH_N_INDICATORS] = {
  "informed", "applying", "applying_saving", "dedicated_unit",
};

static const char *const activity_keys[SXSH_N_ACTIVITIES] = {
  "support_facilities", "demo_models", "certificates",
};

/* Official names, as printed in the report to the People's Committee. */
static const char *const activity_labels[SXSH_N_ACTIVITIES] = {
  "Cơ sở được hỗ trợ kỹ thuật (đánh giá nhanh, đánh giá chi tiết, tư vấn)",
  "Mô hình trình diễn về SXSH",
  "Giấy chứng nhận áp dụng SXSH được cấp",
};

static const struct
{
  const char *kind;
  const char *label;
  gboolean    communication;
} event_kinds[] = {
  { "workshop", "Hội thảo", FALSE },
  { "training", "Khóa tập huấn", FALSE },
  { "tot", "Đào tạo giảng viên (ToT)", FALSE },
  { "district_training", "Tập huấn cán bộ cấp huyện", FALSE },
  { "conference", "Hội nghị", FALSE },
  { "reportage", "Phóng sự", TRUE },
  { "article", "Tin bài", TRUE },
  { "leaflet", "Tờ rơi", TRUE },
  { "handbook", "Sổ tay", TRUE },
  { "poster", "Panô, áp phích", TRUE },
  { "broadcast", "Chương trình phát thanh, truyền hình", TRUE },
};

static const struct
{
  const char *source;
  const char *label;
} funding_sources[] = {
  { "central", "Ngân sách Trung ương" },
  { "local", "Ngân sách địa phương" },
  { "other", "Nguồn khác" },
};

/* Comparisons of percentages computed in floating point: a facility that
 * saved exactly the band's 8 % must count even when the division lands a
 * hair below it. */
#define PCT_EPSILON 1e-9

/* ----------------------------------------------------------------------
 * SQL.  Portable: CASE, COALESCE, EXISTS, correlated MIN subqueries,
 * ORDER BY … LIMIT 1; dates are ISO text compared as strings.  Every value
 * is bound.
 * ---------------------------------------------------------------------- */

static const char plan_by_code_sql[] =
  "SELECT id, code, title FROM plan WHERE code = ?1";

/* Without a usable "current_plan" setting, the latest plan is in force. */
static const char latest_plan_sql[] =
  "SELECT id, code, title FROM plan ORDER BY first_year DESC, id DESC LIMIT 1";

static const char targets_sql[] =
  "SELECT indicator_key, target_pct, band_low_pct, band_high_pct, size_classes "
  "FROM plan_target WHERE plan_id = ?1";

static const char quotas_sql[] =
  "SELECT quota_key, min_count, max_count FROM plan_quota WHERE plan_id = ?1";

static const char resources_sql[] =
  "SELECT id, name, unit, category, toe_factor, position FROM resource "
  "ORDER BY position, id";

/* The facilities active in ?1, in id order. */
static const char facilities_sql[] =
  "SELECT id, name, size_class, cp_potential FROM facility "
  "WHERE (first_year IS NULL OR first_year <= ?1) "
  "  AND (last_year IS NULL OR last_year >= ?1) "
  "ORDER BY id";

/* The yearly records of ?1, in facility id order along the
 * (year, facility_id) index, merged in C with the facilities above: a
 * merge costs one lookup per record where a join would cost two.  The last
 * column says whether the facility was ever informed by a yearly flag: informed
 * once is informed for good, whatever later records say.  For a facility
 * applying CP with production output, the record also carries its baseline
 * year: the marked one, else the first year up to ?1 with output and some
 * energy consumed. */
static const char year_records_sql[] =
  "SELECT fy.facility_id, fy.informed, fy.applying, fy.dedicated_unit, fy.output, "
  "       fy.report_received, fy.report_returned, "
  "       CASE WHEN fy.applying = 1 AND fy.output > 0 THEN "
  "         COALESCE ((SELECT x.year FROM facility_year x "
  "                    WHERE x.facility_id = fy.facility_id AND x.is_baseline = 1), "
  "                   (SELECT MIN (x.year) FROM facility_year x "
  "                    WHERE x.facility_id = fy.facility_id AND x.year <= ?1 "
  "                      AND x.output > 0 "
  "                      AND EXISTS (SELECT 1 FROM consumption ec "
  "                                  JOIN resource er ON er.id = ec.resource_id "
  "                                  WHERE ec.facility_id = x.facility_id "
  "                                    AND ec.year = x.year AND ec.quantity > 0 "
  "                                    AND er.category = 'energy'))) "
  "       END, "
  "       CASE WHEN fy.informed = 1 THEN 1 "
  "            WHEN EXISTS (SELECT 1 FROM facility_year i "
  "                         WHERE i.facility_id = fy.facility_id AND i.year < ?1 "
  "                           AND i.informed = 1) THEN 1 "
  "            ELSE 0 END "
  "FROM facility_year fy WHERE fy.year = ?1 "
  "ORDER BY fy.facility_id";

/* Statuses carry forward: for a facility without a record of ?2, those of
 * its latest earlier record, and whether any earlier record says informed.
 * ORDER BY … LIMIT 1 (which PostgreSQL reads the same way) walks the
 * (facility_id, year) index backwards from ?2 and stops at the first
 * record: a third cheaper than a correlated MAX (year). */
static const char earlier_record_sql[] =
  "SELECT s.applying, s.dedicated_unit, "
  "       CASE WHEN s.informed = 1 THEN 1 "
  "            WHEN EXISTS (SELECT 1 FROM facility_year i "
  "                         WHERE i.facility_id = ?1 AND i.year < s.year "
  "                           AND i.informed = 1) THEN 1 "
  "            ELSE 0 END "
  "FROM facility_year s "
  "WHERE s.facility_id = ?1 AND s.year < ?2 "
  "ORDER BY s.year DESC LIMIT 1";

/* Facilities that attended an event dated before ?1 (the 1st of January
 * after the year): informed, whatever their yearly records say.  A facility
 * that attended several comes several times, which the binary search over
 * the sorted ids does not mind. */
static const char attendees_sql[] =
  "SELECT ef.facility_id FROM event_facility ef "
  "JOIN event e ON e.id = ef.event_id "
  "WHERE e.date < ?1";

/* A facility's output and consumption in one year (resource NULL when no
 * consumption was recorded). */
static const char year_data_sql[] =
  "SELECT b.output, c.resource_id, c.quantity FROM facility_year b "
  "LEFT JOIN consumption c ON c.facility_id = b.facility_id AND c.year = b.year "
  "WHERE b.facility_id = ?1 AND b.year = ?2";

static const char consumption_sql[] =
  "SELECT resource_id, quantity FROM consumption WHERE facility_id = ?1 AND year = ?2";

/* Distinct facilities given an assessment or consultancy in ?1. */
static const char support_facilities_sql[] =
  "SELECT DISTINCT facility_id FROM support "
  "WHERE year = ?1 AND status <> 'cancelled' "
  "  AND kind IN ('quick_assessment', 'detailed_assessment', 'consultancy') "
  "ORDER BY facility_id";

static const char demo_models_sql[] =
  "SELECT facility_id FROM support "
  "WHERE year = ?1 AND status <> 'cancelled' AND kind = 'demo_model' "
  "ORDER BY facility_id, id";

/* Certificates issued in the year count whatever became of them later. */
static const char certificates_sql[] =
  "SELECT facility_id, status FROM certificate "
  "WHERE issue_date >= ?1 AND issue_date < ?2 "
  "ORDER BY issue_date, id";

static const char events_sql[] =
  "SELECT kind, COUNT (*), COALESCE (SUM (participants), 0), "
  "       COALESCE (SUM (quantity), 0), COALESCE (SUM (cost), 0) "
  "FROM event WHERE date >= ?1 AND date < ?2 GROUP BY kind";

static const char funding_sql[] =
  "SELECT source, COALESCE (SUM (planned), 0), COALESCE (SUM (disbursed), 0) "
  "FROM funding WHERE year = ?1 GROUP BY source";

static const char agency_reports_sql[] =
  "SELECT a.id, a.name, r.due_date, r.received_on, r.returned_on "
  "FROM agency a "
  "LEFT JOIN agency_report r ON r.agency_id = a.id AND r.year = ?1 "
  "WHERE a.reports_annually = 1 "
  "  AND (a.valid_to IS NULL OR a.valid_to >= COALESCE (r.due_date, ?2)) "
  "ORDER BY a.id";

/* ---------------------------------------------------------------------- */

static void
reporting_entry_clear (gpointer data)
{
  SxshReportingEntry *entry = data;

  g_free (entry->name);
  g_free (entry->due_date);
  g_free (entry->received_on);
  g_free (entry->returned_on);
}

static void
facility_saving_clear (gpointer data)
{
  SxshFacilitySaving *saving = data;

  g_clear_pointer (&saving->resources, g_array_unref);
}

static void
resource_clear (gpointer data)
{
  Resource *resource = data;

  g_free (resource->name);
  g_free (resource->unit);
  g_free (resource->category);
}

static GArray *
id_array_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
id_array_append (GArray *array,
                 gint64  id)
{
  g_array_append_val (array, id);
}

static SxshIndicatorReport *
report_new (int year)
{
  SxshIndicatorReport *self = g_new0 (SxshIndicatorReport, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->year = year;
  self->quotas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < SXSH_N_INDICATORS; i++)
    {
      SxshIndicator *indicator = &self->indicators[i];

      indicator->kind = i;
      indicator->key = indicator_keys[i];
      indicator->target_pct = NAN;
      indicator->band_low_pct = NAN;
      indicator->band_high_pct = NAN;
      indicator->value_pct = NAN;
      indicator->met = -1;
      indicator->counted_ids = id_array_new ();
      indicator->population_ids = id_array_new ();
    }
  self->indicators[SXSH_INDICATOR_INFORMED].title = _("Informed about cleaner production");
  self->indicators[SXSH_INDICATOR_APPLYING].title = _("Applying cleaner production");
  self->indicators[SXSH_INDICATOR_APPLYING_SAVING].title = _("Applying and saving energy");
  self->indicators[SXSH_INDICATOR_DEDICATED_UNIT].title = _("Dedicated cleaner-production unit");

  for (guint i = 0; i < SXSH_N_ACTIVITIES; i++)
    {
      SxshActivityCount *activity = &self->activities[i];

      activity->key = activity_keys[i];
      activity->label = activity_labels[i];
      activity->max_count = -1;
      activity->met = -1;
      activity->facility_ids = id_array_new ();
    }

  self->events = g_array_sized_new (FALSE, TRUE, sizeof (SxshEventTally),
                                    G_N_ELEMENTS (event_kinds));
  for (guint i = 0; i < G_N_ELEMENTS (event_kinds); i++)
    {
      SxshEventTally tally = { 0, };

      tally.kind = event_kinds[i].kind;
      tally.label = event_kinds[i].label;
      tally.communication = event_kinds[i].communication;
      g_array_append_val (self->events, tally);
    }

  self->funding = g_array_sized_new (FALSE, TRUE, sizeof (SxshFundingTally),
                                     G_N_ELEMENTS (funding_sources));
  for (guint i = 0; i < G_N_ELEMENTS (funding_sources); i++)
    {
      SxshFundingTally tally = { 0, };

      tally.source = funding_sources[i].source;
      tally.label = funding_sources[i].label;
      g_array_append_val (self->funding, tally);
    }

  self->reporting = g_array_new (FALSE, TRUE, sizeof (SxshReportingEntry));
  g_array_set_clear_func (self->reporting, reporting_entry_clear);
  self->resources = g_array_new (FALSE, TRUE, sizeof (Resource));
  g_array_set_clear_func (self->resources, resource_clear);
  self->savings = g_array_new (FALSE, TRUE, sizeof (SxshFacilitySaving));
  g_array_set_clear_func (self->savings, facility_saving_clear);

  return self;
}

/**
 * sxsh_indicator_report_ref:
 *
 * Returns: (transfer full): @self
 */
SxshIndicatorReport *
sxsh_indicator_report_ref (SxshIndicatorReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
sxsh_indicator_report_unref (SxshIndicatorReport *self)
{
  if (self == NULL)
    return;
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->plan_code);
  g_free (self->plan_title);
  for (guint i = 0; i < SXSH_N_INDICATORS; i++)
    {
      g_free (self->indicators[i].label);
      g_array_unref (self->indicators[i].counted_ids);
      g_array_unref (self->indicators[i].population_ids);
    }
  for (guint i = 0; i < SXSH_N_ACTIVITIES; i++)
    g_array_unref (self->activities[i].facility_ids);
  g_hash_table_unref (self->quotas);
  g_array_unref (self->events);
  g_array_unref (self->funding);
  g_free (self->due_date);
  g_array_unref (self->reporting);
  g_array_unref (self->savings);
  g_array_unref (self->resources);
  g_free (self);
}

/* ---------------------------------------------------------------------- */

/* Reads the plan whose code is @plan_code; with %NULL, the plan named in the
 * "current_plan" setting, or the latest plan when that names none. */
static gboolean
load_plan (SxshIndicatorReport  *self,
           SxshDatabase         *db,
           const char           *plan_code,
           GError              **error)
{
  g_autofree char *setting = NULL;
  const char *code = plan_code;
  int rc = SXSH_STEP_DONE;

  if (code == NULL)
    {
      setting = sxsh_settings_get (db, SXSH_SETTING_CURRENT_PLAN);
      code = setting;
    }

  if (code != NULL && *code != '\0')
    {
      g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, plan_by_code_sql, error);

      if (stmt == NULL)
        return FALSE;
      sxsh_statement_bind_text (stmt, 1, code);
      rc = sxsh_statement_step (stmt, error);
      if (rc == SXSH_STEP_ERROR)
        return FALSE;
      if (rc == SXSH_STEP_ROW)
        {
          self->plan_id = sxsh_statement_get_int64 (stmt, 0);
          self->plan_code = sxsh_statement_dup_text (stmt, 1);
          self->plan_title = sxsh_statement_dup_text (stmt, 2);
          return TRUE;
        }
      if (plan_code != NULL)
        {
          g_set_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                       _("Plan: there is no plan with the code “%s” in this database."),
                       plan_code);
          return FALSE;
        }
    }

  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, latest_plan_sql, error);

    if (stmt == NULL)
      return FALSE;
    rc = sxsh_statement_step (stmt, error);
    if (rc == SXSH_STEP_ERROR)
      return FALSE;
    if (rc == SXSH_STEP_DONE)
      {
        g_set_error_literal (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                             _("Plan: no plan is recorded in this database, so there are "
                               "no targets to measure against. Load the reference data first."));
        return FALSE;
      }
    self->plan_id = sxsh_statement_get_int64 (stmt, 0);
    self->plan_code = sxsh_statement_dup_text (stmt, 1);
    self->plan_title = sxsh_statement_dup_text (stmt, 2);
  }
  return TRUE;
}

static double
column_double_or_nan (SxshStatement *stmt,
                      int            column)
{
  return sxsh_statement_is_null (stmt, column) ? NAN : sxsh_statement_get_double (stmt, column);
}

/* Writes a percentage of the plan's text the way the plan writes it:
 * "8", "12,5". */
static char *
format_plain_pct (double value)
{
  char *text;

  if (fabs (value - round (value)) < 1e-9)
    return g_strdup_printf ("%.0f", value);
  text = g_strdup_printf ("%.1f", value);
  g_strdelimit (text, ".", ',');
  return text;
}

static const char *
size_class_word (const char *key)
{
  if (g_strcmp0 (key, "micro") == 0)
    return "siêu nhỏ";
  if (g_strcmp0 (key, "small") == 0)
    return "nhỏ";
  if (g_strcmp0 (key, "medium") == 0)
    return "vừa";
  if (g_strcmp0 (key, "large") == 0)
    return "lớn";
  return key;
}

/* Splits "medium, large" into its trimmed, lower-case keys; "" gives an
 * empty vector, which means every size class (and an unknown size). */
static GStrv
parse_size_classes (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *key = g_ascii_strdown (g_strstrip (parts[i]), -1);

      if (*key != '\0')
        g_strv_builder_add (builder, key);
    }
  return g_strv_builder_end (builder);
}

static gboolean
size_class_counts (const char * const *classes,
                   const char         *size_class)
{
  if (classes[0] == NULL)
    return TRUE;
  if (size_class == NULL)
    return FALSE;
  return g_strv_contains (classes, size_class);
}

static char *
build_dedicated_unit_label (const char * const *classes)
{
  GString *label;
  guint n = g_strv_length ((GStrv) classes);

  if (n == 0)
    return g_strdup ("Cơ sở có bộ phận chuyên trách về SXSH");

  label = g_string_new ("Doanh nghiệp ");
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (label, i + 1 == n ? " và " : ", ");
      g_string_append (label, size_class_word (classes[i]));
    }
  g_string_append (label, " có bộ phận chuyên trách về SXSH");
  return g_string_free (label, FALSE);
}

static char *
build_applying_saving_label (double low,
                             double high)
{
  g_autofree char *low_text = NULL;
  g_autofree char *high_text = NULL;

  if (isnan (low))
    return g_strdup ("Cơ sở áp dụng SXSH và tiết kiệm năng lượng trên đơn vị sản phẩm");
  low_text = format_plain_pct (low);
  if (isnan (high))
    return g_strdup_printf ("Cơ sở áp dụng SXSH và tiết kiệm từ %s%% năng lượng "
                            "trên đơn vị sản phẩm", low_text);
  high_text = format_plain_pct (high);
  return g_strdup_printf ("Cơ sở áp dụng SXSH và tiết kiệm %s–%s%% năng lượng "
                          "trên đơn vị sản phẩm", low_text, high_text);
}

static gboolean
load_targets (SxshIndicatorReport  *self,
              SxshDatabase         *db,
              GStrv                *size_classes,
              GError              **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, targets_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, self->plan_id);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      SxshIndicatorKind kind;
      SxshIndicator *indicator;

      /* A target of an indicator this version does not know is kept in the
       * database for a newer version and ignored here. */
      if (!sxsh_indicator_kind_from_key (sxsh_statement_get_text (stmt, 0), &kind))
        continue;
      indicator = &self->indicators[kind];
      indicator->target_pct = sxsh_statement_get_double (stmt, 1);
      if (kind == SXSH_INDICATOR_APPLYING_SAVING)
        {
          indicator->band_low_pct = column_double_or_nan (stmt, 2);
          indicator->band_high_pct = column_double_or_nan (stmt, 3);
        }
      if (kind == SXSH_INDICATOR_DEDICATED_UNIT)
        {
          g_strfreev (*size_classes);
          *size_classes = parse_size_classes (sxsh_statement_get_text (stmt, 4));
        }
    }
  return rc != SXSH_STEP_ERROR;
}

static gboolean
load_quotas (SxshIndicatorReport  *self,
             SxshDatabase         *db,
             GError              **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, quotas_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, self->plan_id);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      Quota *quota = g_new0 (Quota, 1);

      quota->min_count = (guint) MAX (0, sxsh_statement_get_int64 (stmt, 1));
      quota->max_count = sxsh_statement_is_null (stmt, 2) ? -1 : sxsh_statement_get_int (stmt, 2);
      g_hash_table_replace (self->quotas, sxsh_statement_dup_text (stmt, 0), quota);
    }
  return rc != SXSH_STEP_ERROR;
}

static gboolean
load_resources (SxshIndicatorReport  *self,
                SxshDatabase         *db,
                GError              **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, resources_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      Resource resource = { 0, };

      resource.id = sxsh_statement_get_int64 (stmt, 0);
      resource.name = sxsh_statement_dup_text (stmt, 1);
      resource.unit = sxsh_statement_dup_text (stmt, 2);
      resource.category = sxsh_statement_dup_text (stmt, 3);
      resource.toe_factor = sxsh_statement_is_null (stmt, 4) ? 0.0
                            : sxsh_statement_get_double (stmt, 4);
      resource.position = sxsh_statement_get_int (stmt, 5);
      g_array_append_val (self->resources, resource);
    }
  return rc != SXSH_STEP_ERROR;
}

static int
find_resource (SxshIndicatorReport *self,
               gint64               id)
{
  /* A province has a few dozen resources: a linear search beats a hash. */
  for (guint i = 0; i < self->resources->len; i++)
    if (g_array_index (self->resources, Resource, i).id == id)
      return (int) i;
  return -1;
}

/* Reduces an ISO date or date-time to its day, "" meaning none. */
static const char *
date_or_null (const char *text)
{
  return (text != NULL && *text != '\0') ? text : NULL;
}

static void
add_reporting_entry (SxshIndicatorReport *self,
                     SxshReporterKind     kind,
                     gint64               id,
                     const char          *name,
                     const char          *due_date,
                     const char          *received_on,
                     const char          *returned_on)
{
  SxshReportingEntry entry = { 0, };

  received_on = date_or_null (received_on);
  returned_on = date_or_null (returned_on);
  entry.kind = kind;
  entry.id = id;
  entry.name = g_strdup (name);
  entry.status = sxsh_register_classify (due_date, received_on, returned_on);
  entry.due_date = g_strdup (due_date);
  entry.received_on = g_strdup (received_on);
  entry.returned_on = g_strdup (returned_on);
  self->status_counts[entry.status]++;
  g_array_append_val (self->reporting, entry);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* Fills @attendees with the ids of the facilities that attended an event
 * before the end of the year, sorted for binary search. */
static gboolean
load_attendees (SxshIndicatorReport  *self,
                SxshDatabase         *db,
                GArray               *attendees,
                GError              **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, attendees_sql, error);
  g_autofree char *next_year = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  next_year = g_strdup_printf ("%04d-01-01", self->year + 1);
  sxsh_statement_bind_text (stmt, 1, next_year);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    id_array_append (attendees, sxsh_statement_get_int64 (stmt, 0));
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  g_array_sort (attendees, compare_ids);
  return TRUE;
}

/* A facility whose savings are computed: applying CP in the year, with its
 * production output of the year and its baseline year (0 when none). */
typedef struct
{
  gint64   id;
  gboolean cp_potential;
  double   output;
  int      base_year;
} Candidate;

/* Statuses of one facility in the year, carried forward; informed means
 * informed by a yearly flag in any year up to then. */
typedef struct
{
  gboolean informed;
  gboolean applying;
  gboolean dedicated_unit;
} Statuses;

static gboolean
load_earlier_statuses (SxshIndicatorReport  *self,
                       SxshDatabase         *db,
                       gint64                id,
                       Statuses             *statuses,
                       GError              **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, earlier_record_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, id);
  sxsh_statement_bind_int64 (stmt, 2, self->year);
  rc = sxsh_statement_step (stmt, error);
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  if (rc == SXSH_STEP_ROW)
    {
      statuses->applying = sxsh_statement_get_int (stmt, 0) != 0;
      statuses->dedicated_unit = sxsh_statement_get_int (stmt, 1) != 0;
      statuses->informed = sxsh_statement_get_int (stmt, 2) != 0;
    }
  return TRUE;
}

static gboolean
compute_facilities (SxshIndicatorReport *self,
                    SxshDatabase        *db,
                    const char * const  *size_classes,
                    GArray              *attendees,
                    GArray              *candidates,
                    GError             **error)
{
  g_autoptr(SxshStatement) facilities = sxsh_database_prepare (db, facilities_sql, error);
  g_autoptr(SxshStatement) records = NULL;
  SxshIndicator *informed = &self->indicators[SXSH_INDICATOR_INFORMED];
  SxshIndicator *applying = &self->indicators[SXSH_INDICATOR_APPLYING];
  SxshIndicator *saving = &self->indicators[SXSH_INDICATOR_APPLYING_SAVING];
  SxshIndicator *dedicated = &self->indicators[SXSH_INDICATOR_DEDICATED_UNIT];
  gint64 record_id = G_MININT64;
  int record_rc = SXSH_STEP_ROW;
  int rc;

  if (facilities == NULL)
    return FALSE;
  records = sxsh_database_prepare (db, year_records_sql, error);
  if (records == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (facilities, 1, self->year);
  sxsh_statement_bind_int64 (records, 1, self->year);

  while ((rc = sxsh_statement_step (facilities, error)) == SXSH_STEP_ROW)
    {
      gint64 id = sxsh_statement_get_int64 (facilities, 0);
      const char *size_class = sxsh_statement_get_text (facilities, 2);
      gboolean cp_potential = sxsh_statement_get_int (facilities, 3) != 0;
      Statuses statuses = { FALSE, FALSE, FALSE };
      gboolean has_record;

      /* Both statements walk facility ids upwards: move the records on to
       * this facility, past those of inactive facilities. */
      while (record_rc == SXSH_STEP_ROW && record_id < id)
        {
          record_rc = sxsh_statement_step (records, error);
          if (record_rc == SXSH_STEP_ERROR)
            return FALSE;
          if (record_rc == SXSH_STEP_ROW)
            record_id = sxsh_statement_get_int64 (records, 0);
        }
      has_record = record_rc == SXSH_STEP_ROW && record_id == id;

      if (has_record)
        {
          statuses.informed = sxsh_statement_get_int (records, 8) != 0;
          statuses.applying = sxsh_statement_get_int (records, 2) != 0;
          statuses.dedicated_unit = sxsh_statement_get_int (records, 3) != 0;
        }
      else if (!load_earlier_statuses (self, db, id, &statuses, error))
        return FALSE;

      if (cp_potential)
        {
          gboolean ever_informed = statuses.informed
                                   || g_array_binary_search (attendees, &id, compare_ids, NULL);

          id_array_append (informed->population_ids, id);
          id_array_append (applying->population_ids, id);
          id_array_append (saving->population_ids, id);
          if (ever_informed)
            id_array_append (informed->counted_ids, id);
          if (statuses.applying)
            id_array_append (applying->counted_ids, id);
        }

      if (size_class_counts (size_classes, size_class))
        {
          id_array_append (dedicated->population_ids, id);
          if (statuses.dedicated_unit)
            id_array_append (dedicated->counted_ids, id);
        }

      if (!statuses.applying)
        continue;

      /* Every facility that applies CP owes the department a yearly report,
       * whether or not it was judged to have CP potential; a report is
       * recorded on the record of its year. */
      add_reporting_entry (self, SXSH_REPORTER_FACILITY, id,
                           sxsh_statement_get_text (facilities, 1), self->due_date,
                           has_record ? sxsh_statement_get_text (records, 5) : NULL,
                           has_record ? sxsh_statement_get_text (records, 6) : NULL);

      if (has_record && !sxsh_statement_is_null (records, 4)
          && sxsh_statement_get_double (records, 4) > 0.0)
        {
          Candidate candidate = { 0, };

          candidate.id = id;
          candidate.cp_potential = cp_potential;
          candidate.output = sxsh_statement_get_double (records, 4);
          candidate.base_year = sxsh_statement_is_null (records, 7) ? 0
                                : sxsh_statement_get_int (records, 7);
          g_array_append_val (candidates, candidate);
        }
    }
  return rc != SXSH_STEP_ERROR;
}

/* Quantities of one resource in the baseline year and in the year. */
typedef struct
{
  int      resource;
  double   base;
  double   year;
  gboolean has_base;
  gboolean has_year;
} Tally;

typedef struct
{
  gint64   facility_id;
  int      base_year;
  double   output_base;
  double   output_year;
  double   energy_base;
  double   energy_year;
  gboolean has_energy_base;
  gboolean has_energy_year;
  GArray  *tallies;
} Accumulator;

static void
accumulator_add (Accumulator         *acc,
                 SxshIndicatorReport *self,
                 gboolean             in_base,
                 int                  resource_index,
                 double               quantity)
{
  const Resource *resource = &g_array_index (self->resources, Resource, resource_index);
  Tally *tally = NULL;

  if (g_strcmp0 (resource->category, "energy") == 0)
    {
      double toe = quantity * resource->toe_factor;

      if (in_base)
        {
          acc->energy_base += toe;
          acc->has_energy_base = TRUE;
        }
      else
        {
          acc->energy_year += toe;
          acc->has_energy_year = TRUE;
        }
      return;
    }

  for (guint i = 0; i < acc->tallies->len; i++)
    if (g_array_index (acc->tallies, Tally, i).resource == resource_index)
      tally = &g_array_index (acc->tallies, Tally, i);
  if (tally == NULL)
    {
      Tally fresh = { resource_index, 0.0, 0.0, FALSE, FALSE };

      g_array_append_val (acc->tallies, fresh);
      tally = &g_array_index (acc->tallies, Tally, acc->tallies->len - 1);
    }
  if (in_base)
    {
      tally->base += quantity;
      tally->has_base = TRUE;
    }
  else
    {
      tally->year += quantity;
      tally->has_year = TRUE;
    }
}

static double
intensity (gboolean has_quantity,
           double   quantity,
           double   output)
{
  if (!has_quantity || !(output > 0.0))
    return NAN;
  return quantity / output;
}

/* Saving in percent of the baseline intensity; no saving when either side
 * is unknown, the year is not after the baseline, or the baseline used
 * nothing (a saving on zero means nothing). */
static gboolean
saving_pct (int     base_year,
            int     year,
            double  base,
            double  current,
            double *pct)
{
  if (base_year == 0 || year <= base_year || isnan (base) || isnan (current) || base == 0.0)
    return FALSE;
  *pct = (base - current) / base * 100.0;
  return TRUE;
}

static int
compare_tallies (gconstpointer a,
                 gconstpointer b)
{
  return ((const Tally *) a)->resource - ((const Tally *) b)->resource;
}

static void
accumulator_finish (Accumulator         *acc,
                    SxshIndicatorReport *self,
                    gboolean             cp_potential)
{
  SxshFacilitySaving saving = { 0, };

  saving.facility_id = acc->facility_id;
  saving.cp_potential = cp_potential;
  saving.baseline_year = acc->base_year;
  saving.ei_baseline = intensity (acc->has_energy_base, acc->energy_base, acc->output_base);
  saving.ei_year = intensity (acc->has_energy_year, acc->energy_year, acc->output_year);
  saving.has_saving = saving_pct (acc->base_year, self->year, saving.ei_baseline,
                                  saving.ei_year, &saving.saving_pct);
  if (!saving.has_saving)
    saving.saving_pct = NAN;

  saving.resources = g_array_sized_new (FALSE, TRUE, sizeof (SxshResourceSaving),
                                        acc->tallies->len);
  /* Resources are loaded in their display order, so sorting by index gives
   * the order of the report's columns. */
  g_array_sort (acc->tallies, compare_tallies);
  for (guint i = 0; i < acc->tallies->len; i++)
    {
      const Tally *tally = &g_array_index (acc->tallies, Tally, i);
      const Resource *resource = &g_array_index (self->resources, Resource, tally->resource);
      SxshResourceSaving rs = { 0, };

      rs.resource_id = resource->id;
      rs.name = resource->name;
      rs.unit = resource->unit;
      rs.category = resource->category;
      rs.intensity_baseline = intensity (tally->has_base, tally->base, acc->output_base);
      rs.intensity_year = intensity (tally->has_year, tally->year, acc->output_year);
      rs.has_saving = saving_pct (acc->base_year, self->year, rs.intensity_baseline,
                                  rs.intensity_year, &rs.saving_pct);
      if (!rs.has_saving)
        rs.saving_pct = NAN;
      g_array_append_val (saving.resources, rs);
    }
  g_array_append_val (self->savings, saving);
}

/* Reads the baseline and the year's consumption of one facility.  Two
 * indexed lookups per facility applying CP: far cheaper than any pass over
 * the whole consumption history. */
static gboolean
compute_saving (SxshIndicatorReport *self,
                SxshDatabase        *db,
                const Candidate     *candidate,
                GArray              *tallies,
                GError             **error)
{
  Accumulator acc = { 0, };
  int rc;

  g_array_set_size (tallies, 0);
  acc.tallies = tallies;
  acc.facility_id = candidate->id;
  acc.output_year = candidate->output;
  acc.base_year = candidate->base_year;

  if (acc.base_year != 0)
    {
      g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, year_data_sql, error);

      if (stmt == NULL)
        return FALSE;
      sxsh_statement_bind_int64 (stmt, 1, candidate->id);
      sxsh_statement_bind_int64 (stmt, 2, acc.base_year);
      while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
        {
          acc.output_base = sxsh_statement_is_null (stmt, 0) ? 0.0
                            : sxsh_statement_get_double (stmt, 0);
          if (!sxsh_statement_is_null (stmt, 1))
            {
              int index = find_resource (self, sxsh_statement_get_int64 (stmt, 1));

              if (index >= 0)
                accumulator_add (&acc, self, TRUE, index, sxsh_statement_get_double (stmt, 2));
            }
        }
      if (rc == SXSH_STEP_ERROR)
        return FALSE;
    }

  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, consumption_sql, error);

    if (stmt == NULL)
      return FALSE;
    sxsh_statement_bind_int64 (stmt, 1, candidate->id);
    sxsh_statement_bind_int64 (stmt, 2, self->year);
    while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
      {
        int index = find_resource (self, sxsh_statement_get_int64 (stmt, 0));

        if (index >= 0)
          accumulator_add (&acc, self, FALSE, index, sxsh_statement_get_double (stmt, 1));
      }
    if (rc == SXSH_STEP_ERROR)
      return FALSE;
  }

  accumulator_finish (&acc, self, candidate->cp_potential);
  return TRUE;
}

static gboolean
compute_savings (SxshIndicatorReport *self,
                 SxshDatabase        *db,
                 GArray              *candidates,
                 GError             **error)
{
  g_autoptr(GArray) tallies = g_array_new (FALSE, TRUE, sizeof (Tally));

  for (guint i = 0; i < candidates->len; i++)
    if (!compute_saving (self, db, &g_array_index (candidates, Candidate, i), tallies, error))
      return FALSE;
  return TRUE;
}

static void
count_applying_saving (SxshIndicatorReport *self)
{
  SxshIndicator *indicator = &self->indicators[SXSH_INDICATOR_APPLYING_SAVING];
  double threshold = indicator->band_low_pct;

  for (guint i = 0; i < self->savings->len; i++)
    {
      const SxshFacilitySaving *saving = &g_array_index (self->savings, SxshFacilitySaving, i);
      gboolean enough;

      if (!saving->cp_potential || !saving->has_saving)
        continue;
      /* A plan without a band counts any real saving. */
      if (isnan (threshold))
        enough = saving->saving_pct > PCT_EPSILON;
      else
        enough = saving->saving_pct >= threshold - PCT_EPSILON;
      if (enough)
        id_array_append (indicator->counted_ids, saving->facility_id);
    }
}

static void
apply_quota (SxshIndicatorReport *self,
             SxshActivityCount   *activity)
{
  const Quota *quota = g_hash_table_lookup (self->quotas, activity->key);

  if (quota == NULL)
    return;
  activity->has_quota = TRUE;
  activity->min_count = quota->min_count;
  activity->max_count = quota->max_count;
  /* Doing more than the plan's upper end still meets the plan. */
  activity->met = activity->count >= quota->min_count ? 1 : 0;
}

static gboolean
compute_activities (SxshIndicatorReport *self,
                    SxshDatabase        *db,
                    GError             **error)
{
  g_autofree char *first_day = g_strdup_printf ("%04d-01-01", self->year);
  g_autofree char *next_year = g_strdup_printf ("%04d-01-01", self->year + 1);
  SxshActivityCount *support = &self->activities[SXSH_ACTIVITY_SUPPORT_FACILITIES];
  SxshActivityCount *demo = &self->activities[SXSH_ACTIVITY_DEMO_MODELS];
  SxshActivityCount *certificates = &self->activities[SXSH_ACTIVITY_CERTIFICATES];
  int rc;

  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, support_facilities_sql, error);

    if (stmt == NULL)
      return FALSE;
    sxsh_statement_bind_int64 (stmt, 1, self->year);
    while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
      id_array_append (support->facility_ids, sxsh_statement_get_int64 (stmt, 0));
    if (rc == SXSH_STEP_ERROR)
      return FALSE;
    support->count = support->facility_ids->len;
  }

  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, demo_models_sql, error);

    if (stmt == NULL)
      return FALSE;
    sxsh_statement_bind_int64 (stmt, 1, self->year);
    while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
      id_array_append (demo->facility_ids, sxsh_statement_get_int64 (stmt, 0));
    if (rc == SXSH_STEP_ERROR)
      return FALSE;
    demo->count = demo->facility_ids->len;
  }

  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, certificates_sql, error);

    if (stmt == NULL)
      return FALSE;
    sxsh_statement_bind_text (stmt, 1, first_day);
    sxsh_statement_bind_text (stmt, 2, next_year);
    while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
      {
        id_array_append (certificates->facility_ids, sxsh_statement_get_int64 (stmt, 0));
        if (g_strcmp0 (sxsh_statement_get_text (stmt, 1), "revoked") == 0)
          certificates->revoked++;
      }
    if (rc == SXSH_STEP_ERROR)
      return FALSE;
    certificates->count = certificates->facility_ids->len;
  }

  for (guint i = 0; i < SXSH_N_ACTIVITIES; i++)
    apply_quota (self, &self->activities[i]);

  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, events_sql, error);

    if (stmt == NULL)
      return FALSE;
    sxsh_statement_bind_text (stmt, 1, first_day);
    sxsh_statement_bind_text (stmt, 2, next_year);
    while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
      {
        const char *kind = sxsh_statement_get_text (stmt, 0);

        for (guint i = 0; i < self->events->len; i++)
          {
            SxshEventTally *tally = &g_array_index (self->events, SxshEventTally, i);

            if (g_strcmp0 (tally->kind, kind) != 0)
              continue;
            tally->count = (guint) sxsh_statement_get_int64 (stmt, 1);
            tally->participants = sxsh_statement_get_int64 (stmt, 2);
            tally->quantity = sxsh_statement_get_int64 (stmt, 3);
            tally->cost = sxsh_statement_get_int64 (stmt, 4);
          }
      }
    if (rc == SXSH_STEP_ERROR)
      return FALSE;
  }

  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, funding_sql, error);

    if (stmt == NULL)
      return FALSE;
    sxsh_statement_bind_int64 (stmt, 1, self->year);
    while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
      {
        const char *source = sxsh_statement_get_text (stmt, 0);

        for (guint i = 0; i < self->funding->len; i++)
          {
            SxshFundingTally *tally = &g_array_index (self->funding, SxshFundingTally, i);

            if (g_strcmp0 (tally->source, source) != 0)
              continue;
            tally->planned = sxsh_statement_get_int64 (stmt, 1);
            tally->disbursed = sxsh_statement_get_int64 (stmt, 2);
          }
      }
    if (rc == SXSH_STEP_ERROR)
      return FALSE;
  }

  return TRUE;
}

static gboolean
compute_agency_reports (SxshIndicatorReport *self,
                        SxshDatabase        *db,
                        GError             **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, agency_reports_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, self->year);
  /* An agency that ended before the due date (a district People's Committee
   * after 1/7/2025) owes no report. */
  sxsh_statement_bind_text (stmt, 2, self->due_date);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      /* An agency's own due date (e.g. a Ministry letter asking for
       * 15 December) overrides the department's usual one. */
      const char *due = date_or_null (sxsh_statement_get_text (stmt, 2));

      add_reporting_entry (self, SXSH_REPORTER_AGENCY,
                           sxsh_statement_get_int64 (stmt, 0),
                           sxsh_statement_get_text (stmt, 1),
                           due ? due : self->due_date,
                           sxsh_statement_get_text (stmt, 3),
                           sxsh_statement_get_text (stmt, 4));
    }
  return rc != SXSH_STEP_ERROR;
}

static void
finish_indicators (SxshIndicatorReport *self,
                   const char * const  *size_classes)
{
  for (guint i = 0; i < SXSH_N_INDICATORS; i++)
    {
      SxshIndicator *indicator = &self->indicators[i];

      indicator->numerator = indicator->counted_ids->len;
      indicator->denominator = indicator->population_ids->len;
      indicator->has_value = indicator->denominator > 0;
      if (indicator->has_value)
        {
          indicator->value_pct = 100.0 * indicator->numerator / indicator->denominator;
          if (!isnan (indicator->target_pct))
            indicator->met = indicator->value_pct >= indicator->target_pct - PCT_EPSILON ? 1 : 0;
        }
    }

  self->indicators[SXSH_INDICATOR_INFORMED].label =
    g_strdup ("Cơ sở được tuyên truyền, nhận thức về SXSH");
  self->indicators[SXSH_INDICATOR_APPLYING].label = g_strdup ("Cơ sở áp dụng SXSH");
  self->indicators[SXSH_INDICATOR_APPLYING_SAVING].label =
    build_applying_saving_label (self->indicators[SXSH_INDICATOR_APPLYING_SAVING].band_low_pct,
                                 self->indicators[SXSH_INDICATOR_APPLYING_SAVING].band_high_pct);
  self->indicators[SXSH_INDICATOR_DEDICATED_UNIT].label = build_dedicated_unit_label (size_classes);
}

/**
 * sxsh_indicators_compute:
 * @db: the database
 * @plan_code: (nullable): the plan to measure against; %NULL for the plan
 *   named in the "current_plan" setting (or the latest plan)
 * @year: the year to measure
 * @error: return location for an error
 *
 * Computes every indicator of the plan for @year, the year's activities
 * against the plan's quotas, reporting completeness and the per-facility
 * savings, by the definitions of docs/indicators.md.  Reads only, in one
 * read transaction (or the caller's): a pass over the active facilities
 * merged with the year's records along the indexes, a few indexed lookups
 * for each facility without a record of the year and for each facility
 * applying CP, and small queries for the activities.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
SxshIndicatorReport *
sxsh_indicators_compute (SxshDatabase  *db,
                         const char    *plan_code,
                         int            year,
                         GError       **error)
{
  g_autoptr(SxshIndicatorReport) self = NULL;
  g_auto(GStrv) size_classes = NULL;
  g_autoptr(GArray) attendees = NULL;
  g_autoptr(GArray) candidates = NULL;
  gboolean snapshot;
  gboolean ok;
  GDate due;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (year < 1990 || year > 2100)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                   _("Year: must be between 1990 and 2100 (got %d)."), year);
      return NULL;
    }

  self = report_new (year);
  /* Until the plan says otherwise every size class counts. */
  size_classes = g_new0 (char *, 1);
  attendees = id_array_new ();
  candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

  /* One read transaction around every query: all numbers come from the
   * same state of the database even while another window writes, and the
   * per-facility lookups do not each pay for taking and dropping the lock.
   * Inside a caller's transaction its snapshot is used as it is. */
  snapshot = !sxsh_database_in_transaction (db) && sxsh_database_exec (db, "BEGIN", NULL);

  sxsh_settings_get_due_date (db, year, &due);
  self->due_date = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&due),
                                    g_date_get_month (&due), g_date_get_day (&due));

  ok = load_plan (self, db, plan_code, error)
       && load_targets (self, db, &size_classes, error)
       && load_quotas (self, db, error)
       && load_resources (self, db, error)
       && load_attendees (self, db, attendees, error)
       && compute_facilities (self, db, (const char * const *) size_classes, attendees,
                              candidates, error)
       && compute_savings (self, db, candidates, error)
       && compute_activities (self, db, error)
       && compute_agency_reports (self, db, error);

  if (snapshot)
    sxsh_database_exec (db, "COMMIT", NULL);
  if (!ok)
    return NULL;

  count_applying_saving (self);
  finish_indicators (self, (const char * const *) size_classes);

  return g_steal_pointer (&self);
}

/* ---------------------------------------------------------------------- */

const char *
sxsh_indicator_kind_to_key (SxshIndicatorKind kind)
{
  g_return_val_if_fail (kind < SXSH_N_INDICATORS, NULL);
  return indicator_keys[kind];
}

gboolean
sxsh_indicator_kind_from_key (const char        *key,
                              SxshIndicatorKind *kind)
{
  for (guint i = 0; i < SXSH_N_INDICATORS; i++)
    if (g_strcmp0 (key, indicator_keys[i]) == 0)
      {
        if (kind != NULL)
          *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sxsh_report_status_to_key (SxshReportStatus status)
{
  switch (status)
    {
    case SXSH_REPORT_STATUS_ON_TIME:
      return "on_time";
    case SXSH_REPORT_STATUS_LATE:
      return "late";
    case SXSH_REPORT_STATUS_MISSING:
      return "missing";
    case SXSH_REPORT_STATUS_RETURNED:
      return "returned";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sxsh_report_status_get_label (SxshReportStatus status)
{
  switch (status)
    {
    case SXSH_REPORT_STATUS_ON_TIME:
      return _("On time");
    case SXSH_REPORT_STATUS_LATE:
      return _("Late");
    case SXSH_REPORT_STATUS_MISSING:
      return _("Missing");
    case SXSH_REPORT_STATUS_RETURNED:
      return _("Returned for correction");
    default:
      g_return_val_if_reached (NULL);
    }
}

int
sxsh_indicator_report_get_year (SxshIndicatorReport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->year;
}

gint64
sxsh_indicator_report_get_plan_id (SxshIndicatorReport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->plan_id;
}

const char *
sxsh_indicator_report_get_plan_code (SxshIndicatorReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->plan_code;
}

const char *
sxsh_indicator_report_get_plan_title (SxshIndicatorReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->plan_title;
}

const SxshIndicator *
sxsh_indicator_report_get_indicator (SxshIndicatorReport *self,
                                     SxshIndicatorKind    kind)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (kind < SXSH_N_INDICATORS, NULL);
  return &self->indicators[kind];
}

/* Returns: (nullable): the indicator whose key is @key */
const SxshIndicator *
sxsh_indicator_report_lookup (SxshIndicatorReport *self,
                              const char          *key)
{
  SxshIndicatorKind kind;

  g_return_val_if_fail (self != NULL, NULL);
  if (!sxsh_indicator_kind_from_key (key, &kind))
    return NULL;
  return &self->indicators[kind];
}

const SxshActivityCount *
sxsh_indicator_report_get_activity (SxshIndicatorReport *self,
                                    SxshActivityKind     kind)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (kind < SXSH_N_ACTIVITIES, NULL);
  return &self->activities[kind];
}

/**
 * sxsh_indicator_report_get_quota:
 * @min_count: (out) (optional): the quota's low end
 * @max_count: (out) (optional): its high end, -1 when open
 *
 * Any yearly quota of the plan, including those this version does not
 * count itself.
 *
 * Returns: whether the plan sets @quota_key
 */
gboolean
sxsh_indicator_report_get_quota (SxshIndicatorReport *self,
                                 const char          *quota_key,
                                 guint               *min_count,
                                 int                 *max_count)
{
  const Quota *quota;

  g_return_val_if_fail (self != NULL, FALSE);
  quota = g_hash_table_lookup (self->quotas, quota_key);
  if (quota == NULL)
    return FALSE;
  if (min_count != NULL)
    *min_count = quota->min_count;
  if (max_count != NULL)
    *max_count = quota->max_count;
  return TRUE;
}

guint
sxsh_indicator_report_get_n_event_kinds (SxshIndicatorReport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->events->len;
}

const SxshEventTally *
sxsh_indicator_report_get_event_tally (SxshIndicatorReport *self,
                                       guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->events->len, NULL);
  return &g_array_index (self->events, SxshEventTally, index);
}

/* Returns: (nullable): the tally of event kind @kind */
const SxshEventTally *
sxsh_indicator_report_lookup_event (SxshIndicatorReport *self,
                                    const char          *kind)
{
  g_return_val_if_fail (self != NULL, NULL);
  for (guint i = 0; i < self->events->len; i++)
    if (g_strcmp0 (g_array_index (self->events, SxshEventTally, i).kind, kind) == 0)
      return &g_array_index (self->events, SxshEventTally, i);
  return NULL;
}

guint
sxsh_indicator_report_get_n_funding_sources (SxshIndicatorReport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->funding->len;
}

const SxshFundingTally *
sxsh_indicator_report_get_funding (SxshIndicatorReport *self,
                                   guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->funding->len, NULL);
  return &g_array_index (self->funding, SxshFundingTally, index);
}

/* Returns: the department's usual due date of the year's reports, ISO */
const char *
sxsh_indicator_report_get_due_date (SxshIndicatorReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->due_date;
}

/* Returns: how many reports are expected: facilities applying CP in the
 * year and agencies that report annually */
guint
sxsh_indicator_report_get_n_expected (SxshIndicatorReport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->reporting->len;
}

guint
sxsh_indicator_report_count_reports (SxshIndicatorReport *self,
                                     SxshReportStatus     status)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (status <= SXSH_REPORT_STATUS_RETURNED, 0);
  return self->status_counts[status];
}

guint
sxsh_indicator_report_get_n_reporting_entries (SxshIndicatorReport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->reporting->len;
}

/* Facilities come first, by id, then agencies, by id. */
const SxshReportingEntry *
sxsh_indicator_report_get_reporting_entry (SxshIndicatorReport *self,
                                           guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->reporting->len, NULL);
  return &g_array_index (self->reporting, SxshReportingEntry, index);
}

guint
sxsh_indicator_report_get_n_savings (SxshIndicatorReport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->savings->len;
}

/* Savings are in facility id order. */
const SxshFacilitySaving *
sxsh_indicator_report_get_saving (SxshIndicatorReport *self,
                                  guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->savings->len, NULL);
  return &g_array_index (self->savings, SxshFacilitySaving, index);
}

static int
compare_saving_ids (gconstpointer a,
                    gconstpointer b)
{
  gint64 x = ((const SxshFacilitySaving *) a)->facility_id;
  gint64 y = ((const SxshFacilitySaving *) b)->facility_id;

  return (x > y) - (x < y);
}

/* Returns: (nullable): the savings of @facility_id, %NULL when it was not
 * active and applying CP in the year, or had no production output then */
const SxshFacilitySaving *
sxsh_indicator_report_lookup_saving (SxshIndicatorReport *self,
                                     gint64               facility_id)
{
  SxshFacilitySaving key = { 0, };
  guint index;

  g_return_val_if_fail (self != NULL, NULL);
  key.facility_id = facility_id;
  if (!g_array_binary_search (self->savings, &key, compare_saving_ids, &index))
    return NULL;
  return &g_array_index (self->savings, SxshFacilitySaving, index);
}

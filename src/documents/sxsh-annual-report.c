/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sxsh-annual-report.h"
#include "sxsh-certificate-store.h"
#include "sxsh-error.h"
#include "sxsh-event-store.h"
#include "sxsh-funding-store.h"
#include "sxsh-settings.h"
#include "sxsh-text.h"

struct _SxshAnnualReport
{
  GObject parent_instance;

  int                  year;
  GHashTable          *settings;       /* key → value */
  SxshReportPlan       plan;

  SxshIndicatorReport *indicators;
  SxshIndicatorReport *previous;       /* nullable */
  GPtrArray           *trend;          /* SxshIndicatorReport, by year */

  GPtrArray           *events;         /* SxshEvent */
  GPtrArray           *supports;       /* SxshSupport with their options */
  SxshSupportTotals    support_totals;
  GPtrArray           *certificates;   /* SxshCertificate issued in the year */
  GPtrArray           *funding;        /* SxshFunding */

  GPtrArray           *facilities;     /* SxshReportFacility, in name order */
  GPtrArray           *applying;       /* the applying ones among them */
  GHashTable          *by_id;          /* id → SxshReportFacility */
  GPtrArray           *consumption;    /* SxshReportConsumption */
  guint                n_registered;

  char                *texts[SXSH_N_REPORT_SECTIONS];
};

G_DEFINE_FINAL_TYPE (SxshAnnualReport, sxsh_annual_report, G_TYPE_OBJECT)

/* A trend chart over more years than this would be unreadable anyway. */
#define MAX_TREND_YEARS 15

static const char plan_sql[] =
  "SELECT code, title, issuer, issued_on, first_year, last_year FROM plan WHERE id = ?1";

/* The facilities active in ?1 with where they are, their statuses carried
 * forward from their latest record up to ?1 and the year's own output.  A
 * commune is named by its district while districts exist, else by itself. */
static const char facilities_sql[] =
  "SELECT f.id, f.name, COALESCE (f.tax_code, ''), f.address, "
  "       u.level, u.kind, u.name, p.level, p.kind, p.name, "
  "       COALESCE (s.name, ''), COALESCE (f.size_class, ''), f.cp_potential, "
  "       r.year, r.informed, r.applying, r.dedicated_unit, "
  "       y.output, COALESCE (y.output_unit, ''), y.report_received "
  "FROM facility f "
  "LEFT JOIN admin_unit u ON u.id = f.admin_unit_id "
  "LEFT JOIN admin_unit p ON p.id = u.parent_id "
  "LEFT JOIN sector s ON s.id = f.sector_id "
  "LEFT JOIN facility_year r ON r.facility_id = f.id "
  "      AND r.year = (SELECT MAX (x.year) FROM facility_year x "
  "                    WHERE x.facility_id = f.id AND x.year <= ?1) "
  "LEFT JOIN facility_year y ON y.facility_id = f.id AND y.year = ?1 "
  "WHERE (f.first_year IS NULL OR f.first_year <= ?1) "
  "  AND (f.last_year IS NULL OR f.last_year >= ?1)";

static const char consumption_sql[] =
  "SELECT c.facility_id, r.name, r.category, r.unit, c.quantity, p.quantity, r.position "
  "FROM consumption c "
  "JOIN resource r ON r.id = c.resource_id "
  "LEFT JOIN consumption p ON p.facility_id = c.facility_id AND p.year = ?1 - 1 "
  "      AND p.resource_id = c.resource_id "
  "WHERE c.year = ?1 "
  "ORDER BY c.facility_id, r.position, r.id";

/* Certificates issued in the year, whatever their number's year: the
 * certificates indicator counts them by issue date too. */
static const char certificates_sql[] =
  "SELECT number FROM certificate WHERE issue_date >= ?1 AND issue_date < ?2 "
  "ORDER BY issue_date, id";

static const char registered_sql[] = "SELECT COUNT (*) FROM facility";

/* Helpers */

static void
report_facility_free (gpointer data)
{
  SxshReportFacility *facility = data;

  g_free (facility->name);
  g_free (facility->tax_code);
  g_free (facility->address);
  g_free (facility->area);
  g_free (facility->sector);
  g_free (facility->size_class);
  g_free (facility->output_unit);
  g_free (facility->report_received);
  g_free (facility);
}

static void
report_consumption_free (gpointer data)
{
  SxshReportConsumption *row = data;

  g_free (row->resource);
  g_free (row->category);
  g_free (row->unit);
  g_free (row);
}

/* "huyện" + "Đắk Hà" → "Huyện Đắk Hà". */
static char *
unit_label (const char *kind,
            const char *name)
{
  g_autofree char *head = NULL;

  if (name == NULL || *name == '\0')
    return g_strdup ("");
  if (kind == NULL || *kind == '\0')
    return g_strdup (name);
  head = g_utf8_strup (kind, g_utf8_next_char (kind) - kind);
  return g_strdup_printf ("%s%s %s", head, g_utf8_next_char (kind), name);
}

static char *
area_from_row (SxshStatement *stmt)
{
  const char *level = sxsh_statement_get_text (stmt, 4);
  const char *parent_level = sxsh_statement_get_text (stmt, 7);

  if (level == NULL)
    return g_strdup ("");
  if (g_str_equal (level, "commune") && g_strcmp0 (parent_level, "district") == 0)
    return unit_label (sxsh_statement_get_text (stmt, 8), sxsh_statement_get_text (stmt, 9));
  return unit_label (sxsh_statement_get_text (stmt, 5), sxsh_statement_get_text (stmt, 6));
}

static gboolean
ids_contain (GArray *ids,
             gint64  id)
{
  guint lo = 0, hi = ids ? ids->len : 0;

  /* The indicator engine keeps its ids ascending. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      gint64 v = g_array_index (ids, gint64, mid);

      if (v == id)
        return TRUE;
      if (v < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

typedef struct
{
  char               *key;
  SxshReportFacility *facility;
} SortItem;

static int
compare_sort_items (gconstpointer a,
                    gconstpointer b)
{
  const SortItem *x = a, *y = b;
  int c = strcmp (x->key, y->key);

  if (c != 0)
    return c;
  return x->facility->id < y->facility->id ? -1 : x->facility->id > y->facility->id;
}

/* Collecting */

/**
 * sxsh_report_plan_load:
 * @plan: (out caller-allocates): filled; free its strings with
 *   sxsh_report_plan_clear()
 *
 * Reads the plan a document cites.
 */
gboolean
sxsh_report_plan_load (SxshDatabase    *db,
                       gint64           plan_id,
                       SxshReportPlan  *plan,
                       GError         **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, plan_sql, error);
  int rc;

  memset (plan, 0, sizeof *plan);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, plan_id);
  rc = sxsh_statement_step (stmt, error);
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  if (rc == SXSH_STEP_DONE)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                   _("There is no plan in the database: load the reference data with “sxsh-cli "
                     "init” first."));
      return FALSE;
    }
  plan->code = sxsh_statement_dup_text (stmt, 0);
  plan->title = sxsh_statement_dup_text (stmt, 1);
  plan->issuer = sxsh_statement_dup_text (stmt, 2);
  plan->issued_on = sxsh_statement_dup_text (stmt, 3);
  plan->first_year = sxsh_statement_get_int (stmt, 4);
  plan->last_year = sxsh_statement_get_int (stmt, 5);
  return TRUE;
}

void
sxsh_report_plan_clear (SxshReportPlan *plan)
{
  g_clear_pointer (&plan->code, g_free);
  g_clear_pointer (&plan->title, g_free);
  g_clear_pointer (&plan->issuer, g_free);
  g_clear_pointer (&plan->issued_on, g_free);
}

static gboolean
collect_plan (SxshAnnualReport  *self,
              SxshDatabase      *db,
              GError           **error)
{
  return sxsh_report_plan_load (db, sxsh_indicator_report_get_plan_id (self->indicators),
                                &self->plan, error);
}

/* The indicators of the years before the report's, for the trend chart
 * and the comparison with last year: the slowest part of the collection
 * on a large province, so they are computed in a thread of their own, with
 * its own connection, while the rest is read. */
typedef struct
{
  char         *db_path;
  char         *plan_code;
  int           first;
  int           last;
  GCancellable *cancellable;
  GPtrArray    *reports;
  GError       *error;
  GThread      *thread;
} TrendJob;

static void
trend_job_compute (TrendJob     *job,
                   SxshDatabase *db)
{
  for (int y = job->first; y <= job->last; y++)
    {
      SxshIndicatorReport *report;

      if (g_cancellable_set_error_if_cancelled (job->cancellable, &job->error))
        return;
      report = sxsh_indicators_compute (db, job->plan_code, y, &job->error);
      if (report == NULL)
        return;
      g_ptr_array_add (job->reports, report);
    }
}

static gpointer
trend_thread (gpointer data)
{
  TrendJob *job = data;
  g_autoptr(SxshDatabase) db = sxsh_database_open (job->db_path, &job->error);

  if (db != NULL)
    trend_job_compute (job, db);
  return NULL;
}

static void
trend_job_free (TrendJob *job)
{
  g_free (job->db_path);
  g_free (job->plan_code);
  g_clear_object (&job->cancellable);
  g_clear_pointer (&job->reports, g_ptr_array_unref);
  g_clear_error (&job->error);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrendJob, trend_job_free)

static TrendJob *
start_trend (SxshAnnualReport *self,
             SxshDatabase     *db,
             GCancellable     *cancellable)
{
  TrendJob *job = g_new0 (TrendJob, 1);
  const char *path = sxsh_database_get_path (db);

  /* The trend runs from the plan's first year, and always includes the
   * year before the report's. */
  job->first = MIN (self->plan.first_year, self->year - 1);
  job->first = MAX (job->first, self->year - MAX_TREND_YEARS + 1);
  job->last = self->year - 1;
  job->plan_code = g_strdup (self->plan.code);
  job->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  job->reports = g_ptr_array_new_with_free_func ((GDestroyNotify) sxsh_indicator_report_unref);
  /* A database that is not a file cannot be opened a second time. */
  if (path != NULL && *path != '\0' && !g_str_equal (path, ":memory:")
      && job->last > job->first)
    {
      job->db_path = g_strdup (path);
      job->thread = g_thread_new ("sxsh-report-trend", trend_thread, job);
    }
  else
    trend_job_compute (job, db);
  return job;
}

static gboolean
finish_trend (SxshAnnualReport  *self,
              TrendJob          *job,
              GError           **error)
{
  if (job->thread != NULL)
    g_thread_join (g_steal_pointer (&job->thread));
  if (job->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&job->error));
      return FALSE;
    }
  self->trend = g_ptr_array_new_with_free_func ((GDestroyNotify) sxsh_indicator_report_unref);
  for (guint i = 0; i < job->reports->len; i++)
    {
      SxshIndicatorReport *report = g_ptr_array_index (job->reports, i);
      int year = sxsh_indicator_report_get_year (report);

      if (year >= self->plan.first_year)
        g_ptr_array_add (self->trend, sxsh_indicator_report_ref (report));
      if (year == self->year - 1)
        self->previous = sxsh_indicator_report_ref (report);
    }
  /* A report of a year before the plan has no trend but its own year. */
  g_ptr_array_add (self->trend, sxsh_indicator_report_ref (self->indicators));
  return self->previous != NULL;
}

static gboolean
collect_indicators (SxshAnnualReport  *self,
                    SxshDatabase      *db,
                    GError           **error)
{
  const char *plan_code;

  plan_code = g_hash_table_lookup (self->settings, SXSH_SETTING_CURRENT_PLAN);
  if (plan_code != NULL && *plan_code == '\0')
    plan_code = NULL;
  self->indicators = sxsh_indicators_compute (db, plan_code, self->year, error);
  if (self->indicators == NULL)
    return FALSE;
  return collect_plan (self, db, error);
}

static gboolean
collect_activities (SxshAnnualReport  *self,
                    SxshDatabase      *db,
                    GError           **error)
{
  g_autoptr(SxshEventStore) events = sxsh_event_store_new (db);
  g_autoptr(SxshSupportStore) supports = sxsh_support_store_new (db);
  g_autoptr(SxshFundingStore) funding = sxsh_funding_store_new (db);
  g_autoptr(SxshStatement) stmt = NULL;
  g_autofree char *from = g_strdup_printf ("%04d-01-01", self->year);
  g_autofree char *to = g_strdup_printf ("%04d-01-01", self->year + 1);
  int rc;

  sxsh_event_store_set_year (events, self->year);
  if (!sxsh_event_store_reload (events, error))
    return FALSE;
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (events)); i++)
    g_ptr_array_add (self->events, g_list_model_get_item (G_LIST_MODEL (events), i));

  sxsh_support_store_set_year (supports, self->year);
  if (!sxsh_support_store_reload (supports, error))
    return FALSE;
  self->supports = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (supports)); i++)
    g_ptr_array_add (self->supports, g_list_model_get_item (G_LIST_MODEL (supports), i));
  if (!sxsh_support_store_get_year_totals (supports, &self->support_totals, error))
    return FALSE;

  sxsh_funding_store_set_year (funding, self->year);
  if (!sxsh_funding_store_reload (funding, error))
    return FALSE;
  self->funding = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (funding)); i++)
    g_ptr_array_add (self->funding, g_list_model_get_item (G_LIST_MODEL (funding), i));

  self->certificates = g_ptr_array_new_with_free_func (g_object_unref);
  stmt = sxsh_database_prepare (db, certificates_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_text (stmt, 1, from);
  sxsh_statement_bind_text (stmt, 2, to);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      g_autofree char *number = sxsh_statement_dup_text (stmt, 0);
      SxshCertificate *certificate = sxsh_certificate_find_by_number (db, number, error);

      if (certificate == NULL)
        return FALSE;
      g_ptr_array_add (self->certificates, certificate);
    }
  return rc != SXSH_STEP_ERROR;
}

static gboolean
collect_facilities (SxshAnnualReport  *self,
                    SxshDatabase      *db,
                    GCancellable      *cancellable,
                    GError           **error)
{
  const SxshIndicator *informed =
    sxsh_indicator_report_get_indicator (self->indicators, SXSH_INDICATOR_INFORMED);
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, facilities_sql, error);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (SortItem));
  int rc;

  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, self->year);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      SxshReportFacility *facility = g_new0 (SxshReportFacility, 1);
      SortItem item;

      facility->id = sxsh_statement_get_int64 (stmt, 0);
      facility->name = sxsh_statement_dup_text (stmt, 1);
      facility->tax_code = sxsh_statement_dup_text (stmt, 2);
      facility->address = sxsh_statement_dup_text (stmt, 3);
      facility->area = area_from_row (stmt);
      facility->sector = sxsh_statement_dup_text (stmt, 10);
      facility->size_class = sxsh_statement_dup_text (stmt, 11);
      facility->cp_potential = sxsh_statement_get_int (stmt, 12) != 0;
      facility->record_year = sxsh_statement_is_null (stmt, 13) ? 0
                              : sxsh_statement_get_int (stmt, 13);
      facility->applying = sxsh_statement_get_int (stmt, 15) != 0;
      facility->dedicated_unit = sxsh_statement_get_int (stmt, 16) != 0;
      if (facility->cp_potential)
        facility->informed = ids_contain (informed->counted_ids, facility->id);
      else
        facility->informed = sxsh_statement_get_int (stmt, 14) != 0;
      facility->output = sxsh_statement_is_null (stmt, 17) ? NAN
                         : sxsh_statement_get_double (stmt, 17);
      facility->output_unit = sxsh_statement_dup_text (stmt, 18);
      facility->report_received = sxsh_statement_is_null (stmt, 19) ? NULL
                                  : sxsh_statement_dup_text (stmt, 19);
      facility->saving = sxsh_indicator_report_lookup_saving (self->indicators, facility->id);

      item.key = sxsh_text_collate_key (facility->name);
      item.facility = facility;
      g_array_append_val (items, item);
    }
  if (rc == SXSH_STEP_ERROR)
    {
      for (guint i = 0; i < items->len; i++)
        {
          g_free (g_array_index (items, SortItem, i).key);
          report_facility_free (g_array_index (items, SortItem, i).facility);
        }
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  g_array_sort (items, compare_sort_items);
  self->facilities = g_ptr_array_new_full (items->len, report_facility_free);
  self->applying = g_ptr_array_new ();
  self->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < items->len; i++)
    {
      SortItem *item = &g_array_index (items, SortItem, i);

      g_ptr_array_add (self->facilities, item->facility);
      if (item->facility->applying)
        g_ptr_array_add (self->applying, item->facility);
      g_hash_table_insert (self->by_id, &item->facility->id, item->facility);
      g_free (item->key);
    }
  self->n_registered = (guint) sxsh_database_query_int64 (db, registered_sql, 0, NULL);
  return TRUE;
}

static int
compare_consumption (gconstpointer a,
                     gconstpointer b,
                     gpointer      order)
{
  const SxshReportConsumption *x = *(SxshReportConsumption **) a;
  const SxshReportConsumption *y = *(SxshReportConsumption **) b;
  guint ix = GPOINTER_TO_UINT (g_hash_table_lookup (order, x->facility));
  guint iy = GPOINTER_TO_UINT (g_hash_table_lookup (order, y->facility));

  /* A stable order within a facility: the rows came in resource order. */
  if (ix != iy)
    return ix < iy ? -1 : 1;
  return x < y ? -1 : x > y;
}

static gboolean
collect_consumption (SxshAnnualReport  *self,
                     SxshDatabase      *db,
                     GError           **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, consumption_sql, error);
  g_autoptr(GHashTable) order = g_hash_table_new (NULL, NULL);
  int rc;

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < self->facilities->len; i++)
    g_hash_table_insert (order, g_ptr_array_index (self->facilities, i), GUINT_TO_POINTER (i));

  self->consumption = g_ptr_array_new_with_free_func (report_consumption_free);
  sxsh_statement_bind_int64 (stmt, 1, self->year);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      gint64 id = sxsh_statement_get_int64 (stmt, 0);
      const SxshReportFacility *facility = g_hash_table_lookup (self->by_id, &id);
      SxshReportConsumption *row;

      /* Figures of facilities no longer active are not the year's. */
      if (facility == NULL)
        continue;
      row = g_new0 (SxshReportConsumption, 1);
      row->facility = facility;
      row->resource = sxsh_statement_dup_text (stmt, 1);
      row->category = sxsh_statement_dup_text (stmt, 2);
      row->unit = sxsh_statement_dup_text (stmt, 3);
      row->quantity = sxsh_statement_get_double (stmt, 4);
      row->previous = sxsh_statement_is_null (stmt, 5) ? NAN : sxsh_statement_get_double (stmt, 5);
      row->position = sxsh_statement_get_int (stmt, 6);
      g_ptr_array_add (self->consumption, row);
    }
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  g_ptr_array_sort_with_data (self->consumption, compare_consumption, order);
  return TRUE;
}

static void
collect_settings (SxshAnnualReport *self,
                  SxshDatabase     *db)
{
  const char * const *keys = sxsh_settings_list_keys ();

  self->settings = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint i = 0; keys[i] != NULL; i++)
    g_hash_table_insert (self->settings, (gpointer) keys[i], sxsh_settings_get (db, keys[i]));
}

static void
collect_texts (SxshAnnualReport *self,
               SxshDatabase     *db)
{
  for (int i = 0; i < SXSH_N_REPORT_SECTIONS; i++)
    {
      char *text = sxsh_report_text_get (db, self->year, i);

      /* A text of blanks is no text: the report writes its own sentence. */
      if (text != NULL && *g_strstrip (text) == '\0')
        g_clear_pointer (&text, g_free);
      self->texts[i] = text;
    }
}

/* GObject */

static void
sxsh_annual_report_finalize (GObject *object)
{
  SxshAnnualReport *self = SXSH_ANNUAL_REPORT (object);

  g_clear_pointer (&self->settings, g_hash_table_unref);
  sxsh_report_plan_clear (&self->plan);
  g_clear_pointer (&self->consumption, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->applying, g_ptr_array_unref);
  g_clear_pointer (&self->facilities, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->supports, g_ptr_array_unref);
  g_clear_pointer (&self->certificates, g_ptr_array_unref);
  g_clear_pointer (&self->funding, g_ptr_array_unref);
  g_clear_pointer (&self->trend, g_ptr_array_unref);
  g_clear_pointer (&self->previous, sxsh_indicator_report_unref);
  g_clear_pointer (&self->indicators, sxsh_indicator_report_unref);
  for (int i = 0; i < SXSH_N_REPORT_SECTIONS; i++)
    g_free (self->texts[i]);

  G_OBJECT_CLASS (sxsh_annual_report_parent_class)->finalize (object);
}

static void
sxsh_annual_report_class_init (SxshAnnualReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sxsh_annual_report_finalize;
}

static void
sxsh_annual_report_init (SxshAnnualReport *self)
{
}

/* Public API */

/**
 * sxsh_annual_report_collect:
 * @db: the database, used in the calling thread only
 * @year: the report's year
 *
 * Reads everything the annual report of @year says.  Nothing is written.
 *
 * Returns: (transfer full): the report's model, or %NULL with @error set
 */
SxshAnnualReport *
sxsh_annual_report_collect (SxshDatabase  *db,
                            int            year,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(SxshAnnualReport) self = NULL;
  g_autoptr(TrendJob) trend = NULL;
  gboolean ok;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (year < 1990 || year > 2100)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                   _("Year: %d is not a year the database can hold (1990–2100)."), year);
      return NULL;
    }

  self = g_object_new (SXSH_TYPE_ANNUAL_REPORT, NULL);
  self->year = year;
  collect_settings (self, db);
  collect_texts (self, db);
  if (!collect_indicators (self, db, error))
    return NULL;
  trend = start_trend (self, db, cancellable);
  ok = !g_cancellable_set_error_if_cancelled (cancellable, error)
       && collect_activities (self, db, error)
       && collect_facilities (self, db, cancellable, error)
       && collect_consumption (self, db, error);
  /* The thread is joined whatever happened here. */
  if (!finish_trend (self, trend, ok ? error : NULL) || !ok)
    return NULL;
  return g_steal_pointer (&self);
}

int
sxsh_annual_report_get_year (SxshAnnualReport *self)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), 0);
  return self->year;
}

/* Returns: the setting as it was when the report was collected, "" when
 * unset. */
const char *
sxsh_annual_report_get_setting (SxshAnnualReport *self,
                                const char       *key)
{
  const char *value;

  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), "");
  value = g_hash_table_lookup (self->settings, key);
  return value ? value : "";
}

const SxshReportPlan *
sxsh_annual_report_get_plan (SxshAnnualReport *self)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);
  return &self->plan;
}

/* Words that stay in lower case when a name in capitals is written in a
 * sentence: "SỞ CÔNG THƯƠNG TỈNH KON TUM" → "Sở Công Thương tỉnh Kon Tum". */
static const char *const lower_words[] = { "tỉnh", "thành", "phố", "huyện", "và", NULL };

/**
 * sxsh_annual_report_dup_department_name:
 *
 * Returns: (transfer full): the department's name as a sentence writes it,
 *   "Sở Công Thương"
 */
char *
sxsh_annual_report_dup_department_name (SxshAnnualReport *self)
{
  g_autofree char *lower = NULL;
  g_auto(GStrv) words = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);

  lower = g_utf8_strdown (sxsh_annual_report_get_setting (self, SXSH_SETTING_DEPARTMENT), -1);
  words = g_strsplit (g_strstrip (lower), " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];

      if (*word == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (i > 0 && g_strv_contains (lower_words, word))
        g_string_append (out, word);
      else
        {
          g_autofree char *head = g_utf8_strup (word, g_utf8_next_char (word) - word);

          g_string_append (out, head);
          g_string_append (out, g_utf8_next_char (word));
        }
    }
  return g_string_free (out, FALSE);
}

/* "2016-09-26" → "26/9/2016", the form official texts cite dates in. */
static char *
citation_date (const char *iso)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3)
    return NULL;
  return g_strdup_printf ("%02d/%d/%d", d, m, y);
}

/**
 * sxsh_report_plan_dup_reference:
 *
 * Returns: (transfer full): the plan as a sentence cites it: "Kế hoạch số
 *   2340/KH-UBND ngày 26/9/2016 của UBND tỉnh Kon Tum về thực hiện Chiến
 *   lược sản xuất sạch hơn trong công nghiệp giai đoạn 2016 - 2020 trên địa
 *   bàn tỉnh Kon Tum"
 */
char *
sxsh_report_plan_dup_reference (const SxshReportPlan *plan)
{
  GString *out = g_string_new (NULL);
  g_autofree char *date = NULL;
  const char *subject;

  g_string_append_printf (out, "Kế hoạch số %s", plan->code ? plan->code : "");
  date = citation_date (plan->issued_on);
  if (date != NULL)
    g_string_append_printf (out, " ngày %s", date);
  if (plan->issuer != NULL && *plan->issuer)
    g_string_append_printf (out, " của %s", plan->issuer);
  subject = plan->title ? plan->title : "";
  /* The title names the document type; the citation has just said it. */
  if (g_str_has_prefix (subject, "Kế hoạch "))
    subject += strlen ("Kế hoạch ");
  if (*subject)
    g_string_append_printf (out, " về %s", subject);
  return g_string_free (out, FALSE);
}

/* Returns: (transfer full): the report's plan as a sentence cites it */
char *
sxsh_annual_report_dup_plan_reference (SxshAnnualReport *self)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);
  return sxsh_report_plan_dup_reference (&self->plan);
}

/**
 * sxsh_annual_report_dup_filing_code:
 *
 * Returns: (transfer full): the code of the office that keeps the file
 *   copy, taken from the letter series ("{seq}/SCT-QLCN" → "QLCN"); "" when
 *   the series names none
 */
char *
sxsh_annual_report_dup_filing_code (SxshAnnualReport *self)
{
  const char *series;
  const char *dash;

  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);
  series = sxsh_annual_report_get_setting (self, SXSH_SETTING_LETTER_SERIES);
  dash = strrchr (series, '-');
  if (dash == NULL || dash[1] == '\0' || strchr (dash, '{') != NULL)
    return g_strdup ("");
  return g_strdup (dash + 1);
}

SxshIndicatorReport *
sxsh_annual_report_get_indicators (SxshAnnualReport *self)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);
  return self->indicators;
}

/* Returns: (transfer none): the indicators of the year before */
SxshIndicatorReport *
sxsh_annual_report_get_previous (SxshAnnualReport *self)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);
  return self->previous;
}

guint
sxsh_annual_report_get_n_trend_years (SxshAnnualReport *self)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), 0);
  return self->trend->len;
}

/* Returns: (transfer none): the indicators of the @index-th year of the
 * trend, the last being the report's year */
SxshIndicatorReport *
sxsh_annual_report_get_trend (SxshAnnualReport *self,
                              guint             index)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);
  g_return_val_if_fail (index < self->trend->len, NULL);
  return g_ptr_array_index (self->trend, index);
}

/* Returns: (transfer none) (element-type SxshEvent): the year's events, by date */
GPtrArray *
sxsh_annual_report_get_events (SxshAnnualReport *self)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);
  return self->events;
}

/* Returns: (transfer none) (element-type SxshSupport): the year's technical
 * supports with their CP options, cancelled ones included */
GPtrArray *
sxsh_annual_report_get_supports (SxshAnnualReport *self)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);
  return self->supports;
}

const SxshSupportTotals *
sxsh_annual_report_get_support_totals (SxshAnnualReport *self)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);
  return &self->support_totals;
}

/* Returns: (transfer none) (element-type SxshCertificate): certificates
 * issued in the year, by issue date */
GPtrArray *
sxsh_annual_report_get_certificates (SxshAnnualReport *self)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);
  return self->certificates;
}

/* Returns: (transfer none) (element-type SxshFunding): the year's budget lines */
GPtrArray *
sxsh_annual_report_get_funding (SxshAnnualReport *self)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);
  return self->funding;
}

/* Returns: (transfer none) (element-type SxshReportFacility): the facilities
 * active in the year, in Vietnamese alphabetical order */
GPtrArray *
sxsh_annual_report_get_facilities (SxshAnnualReport *self)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);
  return self->facilities;
}

/* Returns: (transfer none) (element-type SxshReportFacility): the active
 * facilities applying CP in the year, in alphabetical order */
GPtrArray *
sxsh_annual_report_get_applying (SxshAnnualReport *self)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);
  return self->applying;
}

/* Returns: (nullable): the active facility @id */
const SxshReportFacility *
sxsh_annual_report_lookup_facility (SxshAnnualReport *self,
                                    gint64            id)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);
  return g_hash_table_lookup (self->by_id, &id);
}

/* Returns: (transfer none) (element-type SxshReportConsumption): the year's
 * consumption figures of active facilities, in facility order */
GPtrArray *
sxsh_annual_report_get_consumption (SxshAnnualReport *self)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);
  return self->consumption;
}

/* Returns: how many facilities the database holds, active or not */
guint
sxsh_annual_report_get_n_registered (SxshAnnualReport *self)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), 0);
  return self->n_registered;
}

/* Returns: (nullable): what the officer wrote for @section, %NULL when
 * nothing (the writers then make a sentence from the numbers) */
const char *
sxsh_annual_report_get_text (SxshAnnualReport  *self,
                             SxshReportSection  section)
{
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (self), NULL);
  g_return_val_if_fail (section < SXSH_N_REPORT_SECTIONS, NULL);
  return self->texts[section];
}

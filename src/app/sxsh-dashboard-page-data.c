/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "sxsh-dashboard-page-private.h"
#include "sxsh-format.h"
#include "sxsh-plan-store.h"

/* The dashboard's numbers, computed in a worker thread on a connection of
 * its own: the indicator engine takes tens of milliseconds per year on a
 * large province, and the trend chart needs every year of the plan. */

/* At most this many bars per breakdown chart; the smallest groups are
 * gathered into one, so that the bars stay readable. */
#define MAX_GROUPS 10

static const char count_facilities_sql[] = "SELECT COUNT(*) FROM facility";

typedef struct
{
  char       *db_path;
  int         year;
  guint       generation;
  GHashTable *cache;       /* year → SxshIndicatorReport */
} Request;

static void
request_free (gpointer data)
{
  Request *request = data;

  g_free (request->db_path);
  g_clear_pointer (&request->cache, g_hash_table_unref);
  g_free (request);
}

void
sxsh_savings_summary_free (SxshSavingsSummary *summary)
{
  if (summary == NULL)
    return;

  g_clear_pointer (&summary->below, g_array_unref);
  g_clear_pointer (&summary->within, g_array_unref);
  g_clear_pointer (&summary->above, g_array_unref);
  g_clear_pointer (&summary->not_computable, g_array_unref);
  for (guint i = 0; i < SXSH_DASHBOARD_MAX_BINS; i++)
    {
      g_clear_pointer (&summary->bin_labels[i], g_free);
      g_clear_pointer (&summary->bin_ids[i], g_array_unref);
    }
  g_free (summary);
}

void
sxsh_dashboard_data_free (SxshDashboardData *data)
{
  if (data == NULL)
    return;

  g_clear_pointer (&data->reports, g_ptr_array_unref);
  g_clear_pointer (&data->report, sxsh_indicator_report_unref);
  g_clear_pointer (&data->previous, sxsh_indicator_report_unref);
  g_clear_pointer (&data->size_classes, g_strfreev);
  g_clear_pointer (&data->by_sector, g_ptr_array_unref);
  g_clear_pointer (&data->by_unit, g_ptr_array_unref);
  g_clear_pointer (&data->savings, sxsh_savings_summary_free);
  g_free (data);
}

static GArray *
ids_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (gint64));
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * sxsh_dashboard_ids_difference:
 * @all: (element-type gint64): ids, ascending
 * @some: (element-type gint64): ids, ascending
 *
 * Returns: (transfer full) (element-type gint64): the ids of @all that are
 *   not in @some, ascending: the population of an indicator less those
 *   counted
 */
GArray *
sxsh_dashboard_ids_difference (GArray *all,
                               GArray *some)
{
  GArray *rest = ids_new ();
  guint j = 0;

  for (guint i = 0; i < all->len; i++)
    {
      gint64 id = g_array_index (all, gint64, i);

      while (j < some->len && g_array_index (some, gint64, j) < id)
        j++;
      if (j < some->len && g_array_index (some, gint64, j) == id)
        continue;
      g_array_append_val (rest, id);
    }
  return rest;
}

/* "8", or "6,5" when the edge is not a whole number. */
static char *
format_edge (double value)
{
  return sxsh_format_number (value, fabs (value - round (value)) < 0.05 ? 0 : 1);
}

static void
add_bin (SxshSavingsSummary *summary,
         double              low,
         double              high)
{
  g_autofree char *low_text = isfinite (low) ? format_edge (low) : NULL;
  g_autofree char *high_text = isfinite (high) ? format_edge (high) : NULL;
  guint i = summary->n_bins++;

  g_assert (i < SXSH_DASHBOARD_MAX_BINS);

  if (low_text == NULL)
    summary->bin_labels[i] = g_strdup_printf ("< %s%%", high_text);
  else if (high_text == NULL)
    summary->bin_labels[i] = g_strdup_printf ("≥ %s%%", low_text);
  else
    summary->bin_labels[i] = g_strdup_printf ("%s–%s%%", low_text, high_text);
  summary->bin_ids[i] = ids_new ();
}

/* The bins follow the plan's band, so that the band is one bar whatever
 * the plan says: for 8–13% they are < 0, 0–4, 4–8, 8–13, 13–18 and ≥ 18. */
static void
make_bins (SxshSavingsSummary *summary,
           double             *edges,
           guint              *n_edges)
{
  double low = summary->band_low;
  double high = summary->band_high;
  double width;

  *n_edges = 0;
  summary->band_bin = -1;

  if (!summary->has_band)
    {
      /* Without a band, steps of five points. */
      double plain[] = { 0, 5, 10, 15 };

      for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
        edges[(*n_edges)++] = plain[i];
    }
  else
    {
      edges[(*n_edges)++] = 0;
      if (low > 0)
        {
          edges[(*n_edges)++] = low / 2;
          edges[(*n_edges)++] = low;
        }
      summary->band_bin = (int) *n_edges;
      if (isfinite (high) && high > low)
        {
          width = high - low;
          edges[(*n_edges)++] = high;
          edges[(*n_edges)++] = high + width;
        }
    }

  add_bin (summary, -INFINITY, edges[0]);
  for (guint i = 0; i + 1 < *n_edges; i++)
    add_bin (summary, edges[i], edges[i + 1]);
  add_bin (summary, edges[*n_edges - 1], INFINITY);
}

static guint
find_bin (SxshSavingsSummary *summary,
          const double       *edges,
          guint               n_edges,
          double              saving)
{
  /* The band's high end belongs to the band, as "save 8–13%" reads. */
  if (summary->band_bin >= 0 && isfinite (summary->band_high) &&
      saving >= summary->band_low && saving <= summary->band_high)
    return (guint) summary->band_bin;

  for (guint i = 0; i < n_edges; i++)
    if (saving < edges[i])
      return i;
  return n_edges;
}

/**
 * sxsh_savings_summary_new:
 *
 * Sorts the facilities counted in "applying" by their energy-intensity
 * saving against the band of "applying_saving": below, within, above, or
 * not computable (no baseline or no data for the year).  Those within and
 * above are exactly the facilities counted in "applying_saving".
 */
SxshSavingsSummary *
sxsh_savings_summary_new (SxshIndicatorReport *report)
{
  const SxshIndicator *applying = sxsh_indicator_report_get_indicator (report,
                                                                      SXSH_INDICATOR_APPLYING);
  const SxshIndicator *saving = sxsh_indicator_report_get_indicator (report,
                                                                    SXSH_INDICATOR_APPLYING_SAVING);
  SxshSavingsSummary *summary = g_new0 (SxshSavingsSummary, 1);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) computable = ids_new ();
  double edges[SXSH_DASHBOARD_MAX_BINS];
  guint n_edges;

  summary->band_low = saving->band_low_pct;
  summary->band_high = saving->band_high_pct;
  summary->has_band = isfinite (summary->band_low);
  summary->below = ids_new ();
  summary->within = ids_new ();
  summary->above = ids_new ();
  summary->n_applying = applying->counted_ids->len;
  make_bins (summary, edges, &n_edges);

  for (guint i = 0; i < applying->counted_ids->len; i++)
    {
      gint64 id = g_array_index (applying->counted_ids, gint64, i);
      const SxshFacilitySaving *entry = sxsh_indicator_report_lookup_saving (report, id);
      double pct;

      if (entry == NULL || !entry->has_saving)
        continue;

      pct = entry->saving_pct;
      g_array_append_val (computable, id);
      g_array_append_val (values, pct);
      g_array_append_val (summary->bin_ids[find_bin (summary, edges, n_edges, pct)], id);

      if (!summary->has_band || pct < summary->band_low)
        g_array_append_val (summary->below, id);
      else if (isfinite (summary->band_high) && pct > summary->band_high)
        g_array_append_val (summary->above, id);
      else
        g_array_append_val (summary->within, id);
    }

  summary->n_computable = computable->len;
  summary->not_computable = sxsh_dashboard_ids_difference (applying->counted_ids, computable);

  if (values->len > 0)
    {
      guint n = values->len;

      g_array_sort (values, compare_doubles);
      summary->has_median = TRUE;
      summary->median = n % 2 == 1 ? g_array_index (values, double, n / 2)
                                   : (g_array_index (values, double, n / 2 - 1) +
                                      g_array_index (values, double, n / 2)) / 2;
    }

  return summary;
}

/* The report of @year from the cache, or computed and added to it. */
static SxshIndicatorReport *
get_report (Request       *request,
            SxshDatabase  *db,
            int            year,
            GError       **error)
{
  SxshIndicatorReport *report = g_hash_table_lookup (request->cache, GINT_TO_POINTER (year));

  if (report != NULL)
    return sxsh_indicator_report_ref (report);

  report = sxsh_indicators_compute (db, NULL, year, error);
  if (report != NULL)
    g_hash_table_insert (request->cache, GINT_TO_POINTER (year),
                         sxsh_indicator_report_ref (report));
  return report;
}

/* The plan's years and the size classes its dedicated_unit counts. */
static void
load_plan (SxshDashboardData *data,
           SxshDatabase      *db)
{
  g_autoptr(SxshPlanStore) store = sxsh_plan_store_new (db);
  SxshPlan *plan;
  GListModel *targets;

  data->first_year = data->year;
  data->last_year = data->year;

  sxsh_plan_store_set_plan_id (store, sxsh_indicator_report_get_plan_id (data->report));
  plan = sxsh_plan_store_get_plan (store);
  if (plan == NULL || sxsh_plan_get_id (plan) != sxsh_indicator_report_get_plan_id (data->report))
    return;

  data->first_year = MIN (sxsh_plan_get_first_year (plan), data->year);
  data->last_year = MAX (sxsh_plan_get_last_year (plan), data->year);

  targets = sxsh_plan_store_get_targets (store);
  for (guint i = 0; targets != NULL && i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr(SxshPlanTarget) target = g_list_model_get_item (targets, i);

      if (g_strcmp0 (sxsh_plan_target_get_indicator_key (target), "dedicated_unit") == 0)
        {
          const char *classes = sxsh_plan_target_get_size_classes (target);

          g_clear_pointer (&data->size_classes, g_strfreev);
          data->size_classes = g_strsplit (classes != NULL ? classes : "", ",", -1);
          for (guint j = 0; data->size_classes[j] != NULL; j++)
            g_strstrip (data->size_classes[j]);
        }
    }
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Request *request = task_data;
  g_autoptr(SxshDashboardData) data = g_new0 (SxshDashboardData, 1);
  g_autoptr(SxshDatabase) db = NULL;
  GError *error = NULL;
  gint64 start = g_get_monotonic_time ();
  guint cached = g_hash_table_size (request->cache);

  db = sxsh_database_open (request->db_path, &error);
  if (db == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  data->year = request->year;
  data->generation = request->generation;
  data->report = get_report (request, db, request->year, &error);
  if (data->report == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  load_plan (data, db);
  if (data->size_classes == NULL)
    data->size_classes = g_new0 (char *, 1);

  data->reports = g_ptr_array_new_with_free_func ((GDestroyNotify) sxsh_indicator_report_unref);
  for (int year = data->first_year; year <= data->last_year; year++)
    {
      SxshIndicatorReport *report;

      if (g_task_return_error_if_cancelled (task))
        return;

      report = get_report (request, db, year, &error);
      if (report == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      g_ptr_array_add (data->reports, report);
    }

  if (request->year > 1990)
    {
      data->previous = get_report (request, db, request->year - 1, &error);
      if (data->previous == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }

  data->n_facilities = sxsh_database_query_int64 (db, count_facilities_sql, 0, &error);
  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  data->by_sector = sxsh_breakdown_compute (db, data->report, SXSH_BREAKDOWN_BY_SECTOR,
                                            MAX_GROUPS, &error);
  if (data->by_sector == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  data->by_unit = sxsh_breakdown_compute (db, data->report, SXSH_BREAKDOWN_BY_ADMIN_UNIT,
                                          MAX_GROUPS, &error);
  if (data->by_unit == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  data->savings = sxsh_savings_summary_new (data->report);

  g_debug ("Dashboard of %d: %u reports computed in %.0f ms", data->year,
           g_hash_table_size (request->cache) - cached,
           (g_get_monotonic_time () - start) / 1000.0);

  g_task_return_pointer (task, g_steal_pointer (&data), (GDestroyNotify) sxsh_dashboard_data_free);
}

/**
 * sxsh_dashboard_data_compute_async:
 * @db_path: the database file; the worker opens a connection of its own
 * @year: the year shown
 * @generation: a number handed back in the data, to tell stale results
 * @cache: year → #SxshIndicatorReport already computed for the same state
 *   of the database; copied, not changed
 *
 * Computes the year's report, the reports of every year of the plan for
 * the trend chart, last year's report, the breakdowns and the savings.
 */
void
sxsh_dashboard_data_compute_async (gpointer             source_object,
                                   const char          *db_path,
                                   int                  year,
                                   guint                generation,
                                   GHashTable          *cache,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (source_object, cancellable, callback, user_data);
  Request *request = g_new0 (Request, 1);
  GHashTableIter iter;
  gpointer key, value;

  request->db_path = g_strdup (db_path);
  request->year = year;
  request->generation = generation;
  request->cache = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                          (GDestroyNotify) sxsh_indicator_report_unref);
  g_hash_table_iter_init (&iter, cache);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (request->cache, key, sxsh_indicator_report_ref (value));

  g_task_set_source_tag (task, sxsh_dashboard_data_compute_async);
  g_task_set_task_data (task, request, request_free);
  g_task_run_in_thread (task, compute_thread);
}

SxshDashboardData *
sxsh_dashboard_data_compute_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

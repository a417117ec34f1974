/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-dashboard-page-private.h"
#include "sxsh-facilities-page.h"
#include "sxsh-window.h"

/* Every figure of the dashboard that stands for facilities shows them in
 * the facility list: a card, a row of the year's work, a point of the
 * trend, a part of a bar, a bin of the savings. */

static GArray *
sorted_unique (GArray *ids)
{
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (gint64), ids != NULL ? ids->len : 0);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      gboolean seen = FALSE;

      for (guint j = 0; j < copy->len && !seen; j++)
        seen = g_array_index (copy, gint64, j) == id;
      if (!seen)
        g_array_append_val (copy, id);
    }
  return copy;
}

void
sxsh_dashboard_page_show_page (SxshDashboardPage *self,
           const char        *name)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_VIEW_STACK);

  if (stack != NULL)
    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), name);
}

/* Shows the facilities of @counted in the facility list, and those of
 * @population that are not in it behind the bar's second button.  @what
 * names the number, @indicator tells whether it is one of the plan's
 * indicators ("counted in") or another figure ("behind"). */
static void
drill_down (SxshDashboardPage *self,
            GArray            *counted,
            GArray            *population,
            const char        *what,
            gboolean           indicator,
            int                year)
{
  SxshWindow *window = sxsh_dashboard_page_get_window (self);
  g_autoptr(GArray) rest = NULL;
  g_autofree char *counted_title = NULL;
  g_autofree char *rest_title = NULL;
  g_autofree char *n = NULL;
  const char *format;
  GtkWidget *page;

  if (window == NULL)
    return;
  page = sxsh_window_get_page (window, "facilities");
  if (!SXSH_IS_FACILITIES_PAGE (page))
    return;

  /* The list shows the statuses of the year the number is about. */
  if (year != sxsh_window_get_year (window))
    sxsh_window_set_year (window, year);

  n = sxsh_dashboard_format_count (counted->len);
  if (indicator)
    format = g_dngettext (GETTEXT_PACKAGE,
                          "Showing the %s facility counted in “%s”, %d",
                          "Showing the %s facilities counted in “%s”, %d",
                          counted->len);
  else
    format = g_dngettext (GETTEXT_PACKAGE,
                          "Showing the %s facility behind “%s”, %d",
                          "Showing the %s facilities behind “%s”, %d",
                          counted->len);
  counted_title = g_strdup_printf (format, n, what, year);

  if (population != NULL)
    {
      g_autofree char *m = NULL;

      rest = sxsh_dashboard_ids_difference (population, counted);
      m = sxsh_dashboard_format_count (rest->len);
      if (indicator)
        format = g_dngettext (GETTEXT_PACKAGE,
                              "Showing the %s facility not counted in “%s”, %d",
                              "Showing the %s facilities not counted in “%s”, %d",
                              rest->len);
      else
        format = g_dngettext (GETTEXT_PACKAGE,
                              "Showing the other %s facility of “%s”, %d",
                              "Showing the other %s facilities of “%s”, %d",
                              rest->len);
      rest_title = g_strdup_printf (format, m, what, year);
    }

  sxsh_facilities_page_drill_down (SXSH_FACILITIES_PAGE (page), counted, counted_title,
                                   rest, rest_title);
  sxsh_dashboard_page_show_page (self, "facilities");
}

static GArray *
reporting_ids (SxshIndicatorReport *report,
               SxshReportStatus     status)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = sxsh_indicator_report_get_n_reporting_entries (report);

  for (guint i = 0; i < n; i++)
    {
      const SxshReportingEntry *entry = sxsh_indicator_report_get_reporting_entry (report, i);

      if (entry->kind == SXSH_REPORTER_FACILITY && entry->status == status)
        g_array_append_val (ids, entry->id);
    }
  return ids;
}

static const struct
{
  const char       *key;
  SxshReportStatus  status;
} reporting_keys[] = {
  { "reports-on-time", SXSH_REPORT_STATUS_ON_TIME },
  { "reports-late", SXSH_REPORT_STATUS_LATE },
  { "reports-missing", SXSH_REPORT_STATUS_MISSING },
  { "reports-returned", SXSH_REPORT_STATUS_RETURNED },
};

static const char *
row_title (SxshDashboardPage *self,
           const char        *key)
{
  AdwPreferencesRow *row = g_hash_table_lookup (self->rows, key);

  return row != NULL ? adw_preferences_row_get_title (row) : key;
}

void
sxsh_dashboard_page_drill_down_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SxshDashboardPage *self = SXSH_DASHBOARD_PAGE (widget);
  const char *key = g_variant_get_string (parameter, NULL);
  SxshIndicatorReport *report;
  SxshIndicatorKind kind;
  g_autoptr(GArray) ids = NULL;
  GArray *population = NULL;

  if (self->data == NULL)
    return;
  report = self->data->report;

  if (sxsh_indicator_kind_from_key (key, &kind))
    {
      const SxshIndicator *indicator = sxsh_indicator_report_get_indicator (report, kind);

      drill_down (self, indicator->counted_ids, indicator->population_ids, indicator->title,
                  TRUE, self->data->year);
      return;
    }

  for (guint i = 0; i < SXSH_N_ACTIVITIES; i++)
    {
      const SxshActivityCount *activity = sxsh_indicator_report_get_activity (report, i);

      if (g_strcmp0 (key, activity->key) == 0)
        ids = sorted_unique (activity->facility_ids);
    }

  for (guint i = 0; i < G_N_ELEMENTS (reporting_keys); i++)
    if (g_strcmp0 (key, reporting_keys[i].key) == 0)
      ids = reporting_ids (report, reporting_keys[i].status);

  if (g_strcmp0 (key, "saving-below") == 0)
    ids = g_array_ref (self->data->savings->below);
  else if (g_strcmp0 (key, "saving-within") == 0)
    ids = g_array_ref (self->data->savings->within);
  else if (g_strcmp0 (key, "saving-above") == 0)
    ids = g_array_ref (self->data->savings->above);
  else if (g_strcmp0 (key, "saving-none") == 0)
    ids = g_array_ref (self->data->savings->not_computable);

  if (ids == NULL)
    {
      g_debug ("No facilities behind “%s”", key);
      return;
    }

  drill_down (self, ids, population, row_title (self, key), FALSE, self->data->year);
}

void
sxsh_dashboard_page_trend_activated (SxshDashboardPage  *self,
                    const SxshChartHit *hit,
                    SxshChartWidget    *chart)
{
  static const SxshIndicatorKind kinds[] = {
    SXSH_INDICATOR_INFORMED,
    SXSH_INDICATOR_APPLYING_SAVING,
    SXSH_INDICATOR_DEDICATED_UNIT,
  };
  SxshIndicatorReport *report;
  const SxshIndicator *indicator;

  if (self->data == NULL || hit->kind != SXSH_CHART_HIT_POINT ||
      hit->series < 0 || hit->series >= (int) G_N_ELEMENTS (kinds) ||
      hit->category < 0 || (guint) hit->category >= self->data->reports->len)
    return;

  report = g_ptr_array_index (self->data->reports, hit->category);
  indicator = sxsh_indicator_report_get_indicator (report, kinds[hit->series]);
  drill_down (self, indicator->counted_ids, indicator->population_ids, indicator->title, TRUE,
              sxsh_indicator_report_get_year (report));
}

static void
breakdown_activated (SxshDashboardPage  *self,
                     GPtrArray          *groups,
                     SxshBreakdownKind   kind,
                     const SxshChartHit *hit)
{
  const SxshBreakdownGroup *group;
  g_autofree char *name = NULL;
  g_autofree char *what = NULL;
  g_autoptr(GArray) all = NULL;

  if (groups == NULL || hit->category < 0 || (guint) hit->category >= groups->len)
    return;

  group = g_ptr_array_index (groups, hit->category);
  name = sxsh_dashboard_breakdown_group_name (group, kind);
  all = sxsh_breakdown_group_dup_ids (group);

  if (hit->kind == SXSH_CHART_HIT_SEGMENT && hit->series >= 0 &&
      hit->series < SXSH_BREAKDOWN_N_PARTS)
    {
      /* Translators: a part of a bar, e.g. "Chế biến gỗ — Applying". */
      what = g_strdup_printf (_("%s — %s"), name,
                              sxsh_dashboard_breakdown_part_name (hit->series));
      drill_down (self, group->ids[hit->series], all, what, FALSE, self->data->year);
    }
  else if (hit->kind == SXSH_CHART_HIT_CATEGORY)
    drill_down (self, all, NULL, name, FALSE, self->data->year);
}

void
sxsh_dashboard_page_sector_activated (SxshDashboardPage  *self,
                     const SxshChartHit *hit,
                     SxshChartWidget    *chart)
{
  if (self->data != NULL)
    breakdown_activated (self, self->data->by_sector, SXSH_BREAKDOWN_BY_SECTOR, hit);
}

void
sxsh_dashboard_page_unit_activated (SxshDashboardPage  *self,
                   const SxshChartHit *hit,
                   SxshChartWidget    *chart)
{
  if (self->data != NULL)
    breakdown_activated (self, self->data->by_unit, SXSH_BREAKDOWN_BY_ADMIN_UNIT, hit);
}

void
sxsh_dashboard_page_savings_activated (SxshDashboardPage  *self,
                      const SxshChartHit *hit,
                      SxshChartWidget    *chart)
{
  SxshSavingsSummary *savings;
  g_autofree char *what = NULL;

  if (self->data == NULL || hit->kind != SXSH_CHART_HIT_BIN)
    return;
  savings = self->data->savings;
  if (hit->category < 0 || (guint) hit->category >= savings->n_bins)
    return;

  /* Translators: a bin of the savings chart, e.g. "Saving 8–13%". */
  what = g_strdup_printf (_("Saving %s"), savings->bin_labels[hit->category]);
  drill_down (self, savings->bin_ids[hit->category], NULL, what, FALSE, self->data->year);
}


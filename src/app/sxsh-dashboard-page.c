/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sxsh-dashboard-page-private.h"
#include "sxsh-facilities-page.h"
#include "sxsh-format.h"
#include "sxsh-size-class.h"
#include "sxsh-window.h"

/* The first area of the window: the numbers the plan is judged by.  Every
 * figure comes from sxsh_indicators_compute(), computed in a worker thread
 * (sxsh-dashboard-page-data.c) when the year or the data change; every
 * figure that stands for facilities drills down to them in the facility
 * list. */

/* Edits come in bursts (a row of the year grid, an import): the figures
 * are computed again once the burst is over. */
#define REFRESH_DELAY_MS 300

struct _SxshDashboardPage
{
  AdwBin               parent_instance;

  SxshDatabase        *database;
  int                  year;

  /* Reports of the current state of the database, by year. */
  GHashTable          *cache;
  guint                generation;
  GCancellable        *cancellable;
  gboolean             computing;
  gboolean             pending;
  guint                refresh_source;
  SxshDashboardData   *data;

  /* Built in code. */
  GHashTable          *rows;          /* key → AdwActionRow */
  GHashTable          *row_values;    /* key → GtkLabel */
  GHashTable          *row_icons;     /* key → GtkImage */
  GtkWidget           *register_button;
  SxshChartWidget     *trend_chart;
  SxshChartWidget     *savings_chart;
  SxshChartWidget     *sector_chart;
  SxshChartWidget     *unit_chart;
  GtkLabel            *trend_subtitle;
  GtkLabel            *breakdown_subtitles[2];

  /* Template widgets */
  GtkStack            *stack;
  GtkWidget           *loading_spinner;
  AdwStatusPage       *error_page;
  GtkLabel            *heading_label;
  GtkLabel            *plan_label;
  GtkWidget           *refresh_spinner;
  GtkBox              *targets_box;
  GtkBox              *work_box;
  GtkBox              *charts_box;
  SxshIndicatorCard   *informed_card;
  SxshIndicatorCard   *saving_card;
  SxshIndicatorCard   *dedicated_card;
  AdwPreferencesGroup *reporting_group;
  AdwPreferencesGroup *activities_group;
  AdwPreferencesGroup *savings_group;
};

G_DEFINE_FINAL_TYPE (SxshDashboardPage, sxsh_dashboard_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void start_compute (SxshDashboardPage *self);

/* Helpers */

static SxshWindow *
get_window (SxshDashboardPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return SXSH_IS_WINDOW (root) ? SXSH_WINDOW (root) : NULL;
}

static void
add_toast (SxshDashboardPage *self,
           const char        *title)
{
  SxshWindow *window = get_window (self);

  if (window != NULL)
    sxsh_window_add_toast (window, adw_toast_new (title));
}

static char *
format_count (gint64 value)
{
  return sxsh_format_integer (value);
}

/* "2,55 billion VND", or millions below a billion. */
static char *
format_money (gint64 vnd)
{
  g_autofree char *number = NULL;

  if (llabs (vnd) >= G_GINT64_CONSTANT (1000000000))
    {
      number = sxsh_format_number ((double) vnd / 1e9, 2);
      return g_strdup_printf (_("%s billion VND"), number);
    }

  number = sxsh_format_number ((double) vnd / 1e6, vnd % 1000000 == 0 ? 0 : 1);
  return g_strdup_printf (_("%s million VND"), number);
}

static char *
format_pct_edge (double value)
{
  return sxsh_format_number (value, fabs (value - round (value)) < 0.05 ? 0 : 1);
}

/* "medium", "medium and large": the size classes of dedicated_unit. */
static char *
format_size_classes (GStrv classes)
{
  GString *text = g_string_new (NULL);
  guint n = classes != NULL ? g_strv_length (classes) : 0;
  guint shown = 0;

  for (guint i = 0; i < n; i++)
    {
      SxshSizeClass size = sxsh_size_class_from_key (classes[i]);
      g_autofree char *label = NULL;

      if (size == SXSH_SIZE_UNKNOWN)
        continue;
      label = g_utf8_strdown (sxsh_size_class_get_label (size), -1);
      if (shown > 0)
        g_string_append (text, i + 1 == n ? _(" and ") : ", ");
      g_string_append (text, label);
      shown++;
    }

  if (shown == 0)
    return g_string_free (text, TRUE);
  return g_string_free (text, FALSE);
}

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

/* Layout */

/* The cards are laid out in columns of equal width: as many as fit at
 * their minimum width, up to a maximum, every card of a row as tall as the
 * tallest, and one column in a narrow window. */
#define COLUMN_SPACING 12
#define CARD_MIN_WIDTH 260
#define CHART_MIN_WIDTH 380

typedef struct
{
  int min_width;
  int max_columns;
} Columns;

static Columns *
get_columns (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "sxsh-columns");
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      n++;
  return n;
}

static int
columns_for_width (GtkWidget *widget,
                   int        width)
{
  Columns *columns = get_columns (widget);
  int n = (int) count_children (widget);
  int fit = (width + COLUMN_SPACING) / (columns->min_width + COLUMN_SPACING);

  return CLAMP (fit, 1, MAX (1, MIN (n, columns->max_columns)));
}

/* The height of the rows for @width, each row's height in @row_heights
 * when given. */
static int
rows_height (GtkWidget *widget,
             int        width,
             GArray    *row_heights)
{
  int n_columns = columns_for_width (widget, width);
  int column_width = MAX (1, (width - COLUMN_SPACING * (n_columns - 1)) / n_columns);
  int total = 0;
  int row_height = 0;
  int column = 0;
  int rows = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int natural = 0;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, column_width, NULL, &natural,
                          NULL, NULL);
      row_height = MAX (row_height, natural);
      if (++column == n_columns)
        {
          if (row_heights != NULL)
            g_array_append_val (row_heights, row_height);
          total += row_height;
          rows++;
          row_height = 0;
          column = 0;
        }
    }
  if (column > 0)
    {
      if (row_heights != NULL)
        g_array_append_val (row_heights, row_height);
      total += row_height;
      rows++;
    }

  return total + COLUMN_SPACING * MAX (rows - 1, 0);
}

static GtkSizeRequestMode
columns_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
columns_measure (GtkWidget      *widget,
                 GtkOrientation  orientation,
                 int             for_size,
                 int            *minimum,
                 int            *natural,
                 int            *minimum_baseline,
                 int            *natural_baseline)
{
  Columns *columns = get_columns (widget);
  int n = (int) count_children (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int widest = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_minimum = 0;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_minimum, NULL,
                              NULL, NULL);
          widest = MAX (widest, child_minimum);
        }
      *minimum = widest;
      n = MAX (1, MIN (n, columns->max_columns));
      *natural = MAX (widest, n * columns->min_width + (n - 1) * COLUMN_SPACING);
    }
  else
    {
      int width = for_size;

      if (width < 0)
        columns_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
      *minimum = *natural = rows_height (widget, width, NULL);
    }
}

static void
columns_allocate (GtkWidget *widget,
                  int        width,
                  int        height,
                  int        baseline)
{
  int n_columns = columns_for_width (widget, width);
  int column_width = MAX (1, (width - COLUMN_SPACING * (n_columns - 1)) / n_columns);
  g_autoptr(GArray) row_heights = g_array_new (FALSE, FALSE, sizeof (int));
  int column = 0;
  guint row = 0;
  int y = 0;

  rows_height (widget, width, row_heights);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int row_height;
      int x;

      if (!gtk_widget_should_layout (child))
        continue;

      row_height = g_array_index (row_heights, int, row);
      x = column * (column_width + COLUMN_SPACING);
      if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
        x = width - x - column_width;
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { x, y, column_width, row_height }, -1);

      if (++column == n_columns)
        {
          column = 0;
          y += row_height + COLUMN_SPACING;
          row++;
        }
    }
}

static void
use_columns (GtkWidget *box,
             int        min_width,
             int        max_columns)
{
  Columns *columns = g_new0 (Columns, 1);

  columns->min_width = min_width;
  columns->max_columns = max_columns;
  g_object_set_data_full (G_OBJECT (box), "sxsh-columns", columns, g_free);
  gtk_widget_set_layout_manager (box, gtk_custom_layout_new (columns_request_mode,
                                                             columns_measure,
                                                             columns_allocate));
}

/* Drill-down */

static void
show_page (SxshDashboardPage *self,
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
  SxshWindow *window = get_window (self);
  g_autoptr(GArray) rest = NULL;
  g_autofree char *counted_title = NULL;
  g_autofree char *rest_title = NULL;
  g_autofree char *n = NULL;
  GtkWidget *page;

  if (window == NULL)
    return;
  page = sxsh_window_get_page (window, "facilities");
  if (!SXSH_IS_FACILITIES_PAGE (page))
    return;

  /* The list shows the statuses of the year the number is about. */
  if (year != sxsh_window_get_year (window))
    sxsh_window_set_year (window, year);

  n = format_count (counted->len);
  if (indicator)
    counted_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Showing the %s facility counted in “%s”, %d",
                                                  "Showing the %s facilities counted in “%s”, %d",
                                                  counted->len),
                                     n, what, year);
  else
    counted_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Showing the %s facility behind “%s”, %d",
                                                  "Showing the %s facilities behind “%s”, %d",
                                                  counted->len),
                                     n, what, year);

  if (population != NULL)
    {
      g_autofree char *m = NULL;

      rest = sxsh_dashboard_ids_difference (population, counted);
      m = format_count (rest->len);
      if (indicator)
        rest_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "Showing the %s facility not counted in “%s”, %d",
                                                   "Showing the %s facilities not counted in “%s”, %d",
                                                   rest->len),
                                      m, what, year);
      else
        rest_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "Showing the other %s facility of “%s”, %d",
                                                   "Showing the other %s facilities of “%s”, %d",
                                                   rest->len),
                                      m, what, year);
    }

  sxsh_facilities_page_drill_down (SXSH_FACILITIES_PAGE (page), counted, counted_title,
                                   rest, rest_title);
  show_page (self, "facilities");
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

static void
drill_down_action (GtkWidget  *widget,
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

static void
trend_activated_cb (SxshDashboardPage  *self,
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
      what = g_strdup_printf (_("%s — %s"), name, sxsh_dashboard_breakdown_part_name (hit->series));
      drill_down (self, group->ids[hit->series], all, what, FALSE, self->data->year);
    }
  else if (hit->kind == SXSH_CHART_HIT_CATEGORY)
    drill_down (self, all, NULL, name, FALSE, self->data->year);
}

static void
sector_activated_cb (SxshDashboardPage  *self,
                     const SxshChartHit *hit,
                     SxshChartWidget    *chart)
{
  if (self->data != NULL)
    breakdown_activated (self, self->data->by_sector, SXSH_BREAKDOWN_BY_SECTOR, hit);
}

static void
unit_activated_cb (SxshDashboardPage  *self,
                   const SxshChartHit *hit,
                   SxshChartWidget    *chart)
{
  if (self->data != NULL)
    breakdown_activated (self, self->data->by_unit, SXSH_BREAKDOWN_BY_ADMIN_UNIT, hit);
}

static void
savings_activated_cb (SxshDashboardPage  *self,
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

/* Tooltips of the charts */

static char *
breakdown_tooltip (GPtrArray          *groups,
                   SxshBreakdownKind   kind,
                   const SxshChartHit *hit)
{
  const SxshBreakdownGroup *group;
  g_autofree char *name = NULL;
  g_autofree char *total = NULL;
  guint n_total;

  if (groups == NULL || hit->category < 0 || (guint) hit->category >= groups->len)
    return NULL;

  group = g_ptr_array_index (groups, hit->category);
  name = sxsh_dashboard_breakdown_group_name (group, kind);
  n_total = sxsh_breakdown_group_get_total (group);
  total = format_count (n_total);

  if (hit->kind == SXSH_CHART_HIT_SEGMENT && hit->series >= 0 &&
      hit->series < SXSH_BREAKDOWN_N_PARTS)
    {
      g_autofree char *count = format_count (group->ids[hit->series]->len);

      /* Translators: "Chế biến gỗ\nApplying: 12 of 37 facilities". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s\n%s: %s of %s facility",
                                           "%s\n%s: %s of %s facilities", n_total),
                              name, sxsh_dashboard_breakdown_part_name (hit->series), count,
                              total);
    }
  if (hit->kind == SXSH_CHART_HIT_CATEGORY)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s facility with CP potential",
                                         "%s: %s facilities with CP potential", n_total),
                            name, total);
  return NULL;
}

static char *
sector_tooltip_cb (SxshChartWidget    *chart,
                   const SxshChartHit *hit,
                   gpointer            user_data)
{
  SxshDashboardPage *self = user_data;

  return self->data != NULL ? breakdown_tooltip (self->data->by_sector,
                                                 SXSH_BREAKDOWN_BY_SECTOR, hit)
                            : NULL;
}

static char *
unit_tooltip_cb (SxshChartWidget    *chart,
                 const SxshChartHit *hit,
                 gpointer            user_data)
{
  SxshDashboardPage *self = user_data;

  return self->data != NULL ? breakdown_tooltip (self->data->by_unit,
                                                 SXSH_BREAKDOWN_BY_ADMIN_UNIT, hit)
                            : NULL;
}

static char *
savings_tooltip_cb (SxshChartWidget    *chart,
                    const SxshChartHit *hit,
                    gpointer            user_data)
{
  SxshDashboardPage *self = user_data;
  SxshSavingsSummary *savings;
  g_autofree char *count = NULL;
  guint n;

  if (self->data == NULL || hit->kind != SXSH_CHART_HIT_BIN)
    return NULL;
  savings = self->data->savings;
  if (hit->category < 0 || (guint) hit->category >= savings->n_bins)
    return NULL;

  n = savings->bin_ids[hit->category]->len;
  count = format_count (n);
  /* Translators: "Saving 8–13%: 5 facilities". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saving %s: %s facility",
                                       "Saving %s: %s facilities", n),
                          savings->bin_labels[hit->category], count);
}

static char *
trend_tooltip_cb (SxshChartWidget    *chart,
                  const SxshChartHit *hit,
                  gpointer            user_data)
{
  SxshDashboardPage *self = user_data;
  SxshChart *data_chart = sxsh_chart_widget_get_chart (chart);
  SxshIndicatorReport *report;
  const SxshIndicator *indicator;
  g_autofree char *value = NULL;
  g_autofree char *fraction = NULL;
  static const SxshIndicatorKind kinds[] = {
    SXSH_INDICATOR_INFORMED,
    SXSH_INDICATOR_APPLYING_SAVING,
    SXSH_INDICATOR_DEDICATED_UNIT,
  };

  if (self->data == NULL || hit->kind != SXSH_CHART_HIT_POINT ||
      hit->series < 0 || hit->series >= (int) G_N_ELEMENTS (kinds) ||
      hit->category < 0 || (guint) hit->category >= self->data->reports->len)
    return NULL;

  report = g_ptr_array_index (self->data->reports, hit->category);
  indicator = sxsh_indicator_report_get_indicator (report, kinds[hit->series]);
  value = sxsh_chart_format_value (data_chart, hit->value);
  fraction = sxsh_indicator_format_fraction (indicator->numerator, indicator->denominator);

  return g_strdup_printf ("%s, %d: %s\n%s", indicator->title,
                          sxsh_indicator_report_get_year (report), value, fraction);
}

/* Rows of the year's work */

static void
add_row (SxshDashboardPage   *self,
         AdwPreferencesGroup *group,
         const char          *key,
         const char          *title,
         gboolean             drills_down)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value = gtk_label_new (NULL);
  GtkWidget *icon = gtk_image_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (value, "numeric");
  gtk_label_set_xalign (GTK_LABEL (value), 1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  gtk_widget_set_visible (icon, FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);

  if (drills_down)
    {
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      gtk_widget_add_css_class (arrow, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "dashboard.drill-down");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", key);
    }

  adw_preferences_group_add (group, row);
  g_hash_table_insert (self->rows, (gpointer) key, row);
  g_hash_table_insert (self->row_values, (gpointer) key, value);
  g_hash_table_insert (self->row_icons, (gpointer) key, icon);
}

/* @met: 1 shows a check mark, 0 a warning, -1 nothing. */
static void
set_row (SxshDashboardPage *self,
         const char        *key,
         const char        *title,
         const char        *value,
         const char        *subtitle,
         int                met)
{
  AdwActionRow *row = g_hash_table_lookup (self->rows, key);
  GtkLabel *label = g_hash_table_lookup (self->row_values, key);
  GtkImage *icon = g_hash_table_lookup (self->row_icons, key);

  g_assert (row != NULL);

  if (title != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle != NULL ? subtitle : "");
  gtk_label_set_label (label, value);

  gtk_widget_set_visible (GTK_WIDGET (icon), met >= 0);
  gtk_widget_remove_css_class (GTK_WIDGET (icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (icon), "warning");
  if (met >= 0)
    {
      gtk_image_set_from_icon_name (icon, met ? "object-select-symbolic" : "dialog-warning-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (icon), met ? "success" : "warning");
      gtk_widget_set_tooltip_text (GTK_WIDGET (icon), met ? _("Quota met") : _("Quota not met"));
    }
}

static void
set_row_visible (SxshDashboardPage *self,
                 const char        *key,
                 gboolean           visible)
{
  gtk_widget_set_visible (g_hash_table_lookup (self->rows, key), visible);
}

static void
build_rows (SxshDashboardPage *self)
{
  GtkWidget *button;

  add_row (self, self->reporting_group, "reports-deadline", "", FALSE);
  add_row (self, self->reporting_group, "reports-received", _("Received"), FALSE);
  add_row (self, self->reporting_group, "reports-on-time", _("On time"), TRUE);
  add_row (self, self->reporting_group, "reports-late", _("Late"), TRUE);
  add_row (self, self->reporting_group, "reports-missing", _("Missing"), TRUE);
  add_row (self, self->reporting_group, "reports-returned", _("Returned for correction"), TRUE);

  button = gtk_button_new_with_mnemonic (_("Open _Register"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "dashboard.show-register");
  gtk_widget_set_visible (button, FALSE);
  adw_preferences_group_set_header_suffix (self->reporting_group, button);
  self->register_button = button;

  add_row (self, self->activities_group, "support_facilities", _("Technical support"), TRUE);
  add_row (self, self->activities_group, "demo_models", _("Demonstration models"), TRUE);
  add_row (self, self->activities_group, "certificates", _("Certificates issued"), TRUE);
  add_row (self, self->activities_group, "events", _("Workshops and trainings"), FALSE);
  add_row (self, self->activities_group, "communication", _("Communication items"), FALSE);
  add_row (self, self->activities_group, "funding", _("Funding disbursed"), FALSE);

  add_row (self, self->savings_group, "saving-computable", _("Saving computable"), FALSE);
  add_row (self, self->savings_group, "saving-median", _("Median saving"), FALSE);
  add_row (self, self->savings_group, "saving-below", "", TRUE);
  add_row (self, self->savings_group, "saving-within", "", TRUE);
  add_row (self, self->savings_group, "saving-above", "", TRUE);
  add_row (self, self->savings_group, "saving-none", _("No baseline or no data"), TRUE);
}

/* Charts */

static SxshChartWidget *
add_chart_card (SxshDashboardPage *self,
                const char        *title,
                GtkLabel         **subtitle,
                int                height)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *caption = gtk_label_new (NULL);
  GtkWidget *chart = sxsh_chart_widget_new (NULL);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "chart-card");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (card), label);

  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (card), caption);
  if (subtitle != NULL)
    *subtitle = GTK_LABEL (caption);

  gtk_widget_set_size_request (chart, -1, height);
  gtk_widget_set_margin_top (chart, 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (GTK_BOX (card), chart);

  /* Two charts side by side are as tall as the taller one. */
  gtk_widget_set_vexpand (chart, TRUE);
  gtk_box_append (self->charts_box, card);

  return SXSH_CHART_WIDGET (chart);
}

static void
build_charts (SxshDashboardPage *self)
{
  GtkLabel *caption = NULL;

  self->trend_chart = add_chart_card (self, _("Targets over the Plan’s Years"),
                                      &self->trend_subtitle, 260);
  sxsh_chart_widget_set_tooltip_func (self->trend_chart, trend_tooltip_cb, self, NULL);
  g_signal_connect_object (self->trend_chart, "activated",
                           G_CALLBACK (trend_activated_cb), self, G_CONNECT_SWAPPED);

  self->savings_chart = add_chart_card (self, _("Energy Savings of the Applying Facilities"),
                                        &caption, 260);
  gtk_label_set_label (caption, _("Facilities with CP potential applying CP, by energy saved per "
                                  "unit of product against their baseline year; the plan’s band "
                                  "is shaded."));
  sxsh_chart_widget_set_tooltip_func (self->savings_chart, savings_tooltip_cb, self, NULL);
  g_signal_connect_object (self->savings_chart, "activated",
                           G_CALLBACK (savings_activated_cb), self, G_CONNECT_SWAPPED);

  self->sector_chart = add_chart_card (self, _("Facilities by Sector"),
                                       &self->breakdown_subtitles[0], 300);
  sxsh_chart_widget_set_tooltip_func (self->sector_chart, sector_tooltip_cb, self, NULL);
  g_signal_connect_object (self->sector_chart, "activated",
                           G_CALLBACK (sector_activated_cb), self, G_CONNECT_SWAPPED);

  self->unit_chart = add_chart_card (self, _("Facilities by District"),
                                     &self->breakdown_subtitles[1], 300);
  sxsh_chart_widget_set_tooltip_func (self->unit_chart, unit_tooltip_cb, self, NULL);
  g_signal_connect_object (self->unit_chart, "activated",
                           G_CALLBACK (unit_activated_cb), self, G_CONNECT_SWAPPED);
}

/* Showing the data */

static char *
build_informed_definition (int year)
{
  return g_strdup_printf (_("Share of the active facilities with cleaner-production potential "
                            "that have been informed about cleaner production by %d: recorded "
                            "as informed in that year or before, or attended a CP event."),
                          year);
}

static void
update_cards (SxshDashboardPage *self,
              SxshDashboardData *data)
{
  SxshIndicatorReport *report = data->report;
  const SxshIndicator *informed = sxsh_indicator_report_get_indicator (report,
                                                                      SXSH_INDICATOR_INFORMED);
  const SxshIndicator *applying = sxsh_indicator_report_get_indicator (report,
                                                                      SXSH_INDICATOR_APPLYING);
  const SxshIndicator *saving = sxsh_indicator_report_get_indicator (report,
                                                                    SXSH_INDICATOR_APPLYING_SAVING);
  const SxshIndicator *dedicated = sxsh_indicator_report_get_indicator (report,
                                                                       SXSH_INDICATOR_DEDICATED_UNIT);
  SxshIndicatorReport *previous = data->previous;
  int year = data->year;
  g_autofree char *definition = NULL;
  g_autofree char *title = NULL;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *sizes = NULL;
  g_autofree char *subtitle = NULL;

#define PREVIOUS(kind) (previous != NULL ? sxsh_indicator_report_get_indicator (previous, kind) : NULL)

  sxsh_indicator_card_set_indicator (self->informed_card, informed,
                                     PREVIOUS (SXSH_INDICATOR_INFORMED), year - 1);
  sxsh_indicator_card_set_subtitle (self->informed_card, _("Facilities with CP potential"));
  definition = build_informed_definition (year);
  sxsh_indicator_card_set_definition (self->informed_card, definition);
  g_clear_pointer (&definition, g_free);

  /* The plan's "apply CP and save 8–13%", in the words of the plan's band. */
  if (!isnan (saving->band_low_pct))
    {
      low = format_pct_edge (saving->band_low_pct);
      if (!isnan (saving->band_high_pct))
        {
          high = format_pct_edge (saving->band_high_pct);
          /* Translators: the plan's target "apply CP and save 8–13%". */
          title = g_strdup_printf (_("Applying CP and saving %s–%s%%"), low, high);
        }
      else
        title = g_strdup_printf (_("Applying CP and saving at least %s%%"), low);
      definition = g_strdup_printf (_("Share of the active facilities with cleaner-production "
                                      "potential that apply cleaner production in %d and use at "
                                      "least %s%% less energy per unit of product than in their "
                                      "baseline year."),
                                    year, low);
    }
  else
    {
      title = g_strdup (saving->title);
      definition = g_strdup_printf (_("Share of the active facilities with cleaner-production "
                                      "potential that apply cleaner production in %d and use "
                                      "less energy per unit of product than in their baseline "
                                      "year."),
                                    year);
    }
  sxsh_indicator_card_set_title (self->saving_card, title);
  sxsh_indicator_card_set_indicator (self->saving_card, saving,
                                     PREVIOUS (SXSH_INDICATOR_APPLYING_SAVING), year - 1);
  sxsh_indicator_card_set_subtitle (self->saving_card, _("Facilities with CP potential"));
  sxsh_indicator_card_set_definition (self->saving_card, definition);
  g_clear_pointer (&definition, g_free);

  definition = g_strdup_printf (_("Facilities with CP potential that apply cleaner production in "
                                  "%d by their latest yearly record, whatever they save."),
                                year);
  sxsh_indicator_card_set_secondary (self->saving_card, applying, _("Applying CP, any saving"),
                                     definition);
  g_clear_pointer (&definition, g_free);

  sizes = format_size_classes (data->size_classes);
  if (sizes != NULL)
    {
      /* Translators: the population of the dedicated-unit target, e.g. "medium enterprises". */
      subtitle = g_strdup_printf (_("Enterprises: %s"), sizes);
      definition = g_strdup_printf (_("Share of the active %s enterprises that have a dedicated "
                                      "cleaner-production unit in %d."),
                                    sizes, year);
    }
  else
    {
      subtitle = g_strdup (_("Every active facility"));
      definition = g_strdup_printf (_("Share of the active facilities that have a dedicated "
                                      "cleaner-production unit in %d."),
                                    year);
    }
  sxsh_indicator_card_set_indicator (self->dedicated_card, dedicated,
                                     PREVIOUS (SXSH_INDICATOR_DEDICATED_UNIT), year - 1);
  sxsh_indicator_card_set_subtitle (self->dedicated_card, subtitle);
  sxsh_indicator_card_set_definition (self->dedicated_card, definition);

#undef PREVIOUS
}

static gboolean
parse_iso_date (const char *iso,
                GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

static void
update_reporting (SxshDashboardPage *self,
                  SxshDashboardData *data)
{
  SxshIndicatorReport *report = data->report;
  const char *due = sxsh_indicator_report_get_due_date (report);
  guint expected = sxsh_indicator_report_get_n_expected (report);
  guint on_time = sxsh_indicator_report_count_reports (report, SXSH_REPORT_STATUS_ON_TIME);
  guint late = sxsh_indicator_report_count_reports (report, SXSH_REPORT_STATUS_LATE);
  guint missing = sxsh_indicator_report_count_reports (report, SXSH_REPORT_STATUS_MISSING);
  guint returned = sxsh_indicator_report_count_reports (report, SXSH_REPORT_STATUS_RETURNED);
  guint missing_agencies = 0;
  g_autofree char *title = NULL;
  g_autofree char *countdown = NULL;
  g_autofree char *due_text = sxsh_format_date (due);
  g_autofree char *received_text = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *missing_subtitle = NULL;
  SxshWindow *window = get_window (self);
  gboolean urgent = FALSE;
  GtkLabel *label;
  GDate due_date;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));

  /* The countdown to the due date; a year long past only says when its
   * reports were due. */
  if (parse_iso_date (due, &due_date))
    {
      int days = g_date_days_between (&today, &due_date);
      g_autofree char *n = format_count (ABS (days));

      title = g_strdup_printf (_("Due %s"), due_text);
      if (days > 0)
        countdown = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s day left", "%s days left",
                                                  days),
                                     n);
      else if (days == 0)
        countdown = g_strdup (_("Due today"));
      else if (missing > 0 && days >= -365)
        countdown = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s day overdue",
                                                  "%s days overdue", -days),
                                     n);
      else
        countdown = g_strdup (_("Closed"));
      urgent = missing > 0 && days <= 14 && days >= -365;
    }
  else
    {
      title = g_strdup (_("No due date"));
      countdown = g_strdup ("");
    }
  set_row (self, "reports-deadline", title, countdown, NULL, -1);
  label = g_hash_table_lookup (self->row_values, "reports-deadline");
  gtk_widget_add_css_class (GTK_WIDGET (label), "heading");
  if (urgent)
    gtk_widget_add_css_class (GTK_WIDGET (label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");

  a = format_count (on_time + late + returned);
  b = format_count (expected);
  /* Translators: reports received of reports expected, e.g. "55 of 63". */
  received_text = g_strdup_printf (_("%s of %s"), a, b);
  set_row (self, "reports-received", NULL, received_text,
           _("Facilities applying CP and agencies that report every year"), -1);
  g_clear_pointer (&a, g_free);

  a = format_count (on_time);
  set_row (self, "reports-on-time", NULL, a, NULL, -1);
  g_clear_pointer (&a, g_free);
  a = format_count (late);
  set_row (self, "reports-late", NULL, a, NULL, -1);
  g_clear_pointer (&a, g_free);

  for (guint i = 0; i < sxsh_indicator_report_get_n_reporting_entries (report); i++)
    {
      const SxshReportingEntry *entry = sxsh_indicator_report_get_reporting_entry (report, i);

      if (entry->kind == SXSH_REPORTER_AGENCY && entry->status == SXSH_REPORT_STATUS_MISSING)
        missing_agencies++;
    }
  if (missing_agencies > 0)
    missing_subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "Including %u agency",
                                                     "Including %u agencies", missing_agencies),
                                        missing_agencies);
  a = format_count (missing);
  set_row (self, "reports-missing", NULL, a, missing_subtitle, missing > 0 ? 0 : -1);
  g_clear_pointer (&a, g_free);

  a = format_count (returned);
  set_row (self, "reports-returned", NULL, a, NULL, -1);
  set_row_visible (self, "reports-returned", returned > 0);

  gtk_widget_set_visible (self->register_button,
                          window != NULL && sxsh_window_get_page (window, "register") != NULL);
}

static char *
format_quota (SxshIndicatorReport *report,
              const char          *key)
{
  guint min_count;
  int max_count;

  if (!sxsh_indicator_report_get_quota (report, key, &min_count, &max_count))
    return NULL;
  if (max_count < 0)
    return min_count > 0 ? g_strdup_printf (_("Plan: at least %u a year"), min_count) : NULL;
  if ((guint) max_count == min_count)
    return g_strdup_printf (_("Plan: %u a year"), min_count);
  /* Translators: a yearly quota of the plan, e.g. "Plan: 2–3 a year". */
  return g_strdup_printf (_("Plan: %u–%d a year"), min_count, max_count);
}

static void
update_activities (SxshDashboardPage *self,
                   SxshDashboardData *data)
{
  SxshIndicatorReport *report = data->report;
  guint n_events = 0;
  gint64 participants = 0;
  guint n_items = 0;
  gint64 quantity = 0;
  gint64 planned = 0;
  gint64 disbursed = 0;

  for (guint i = 0; i < SXSH_N_ACTIVITIES; i++)
    {
      const SxshActivityCount *activity = sxsh_indicator_report_get_activity (report, i);
      g_autofree char *count = format_count (activity->count);
      g_autofree char *quota = format_quota (report, activity->key);
      g_autofree char *subtitle = NULL;

      if (i == SXSH_ACTIVITY_CERTIFICATES && activity->revoked > 0)
        subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u since revoked",
                                                 "%u since revoked", activity->revoked),
                                    activity->revoked);
      else
        subtitle = g_steal_pointer (&quota);

      set_row (self, activity->key, NULL, count, subtitle,
               activity->has_quota && (activity->min_count > 0 || activity->max_count > 0)
                 ? activity->met : -1);
    }

  for (guint i = 0; i < sxsh_indicator_report_get_n_event_kinds (report); i++)
    {
      const SxshEventTally *tally = sxsh_indicator_report_get_event_tally (report, i);

      if (tally->communication)
        {
          n_items += tally->count;
          quantity += tally->quantity;
        }
      else
        {
          n_events += tally->count;
          participants += tally->participants;
        }
    }

  {
    g_autofree char *count = format_count (n_events);
    g_autofree char *people = format_count (participants);
    g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s participant",
                                                              "%s participants", participants),
                                                 people);

    set_row (self, "events", NULL, count, subtitle, -1);
  }

  {
    g_autofree char *count = format_count (n_items);
    g_autofree char *copies = format_count (quantity);
    g_autofree char *subtitle = g_strdup_printf (_("Articles, reportages, leaflets, posters and "
                                                   "broadcasts: %s copies or issues"), copies);

    set_row (self, "communication", NULL, count, subtitle, -1);
  }

  for (guint i = 0; i < sxsh_indicator_report_get_n_funding_sources (report); i++)
    {
      const SxshFundingTally *tally = sxsh_indicator_report_get_funding (report, i);

      planned += tally->planned;
      disbursed += tally->disbursed;
    }

  {
    g_autofree char *value = format_money (disbursed);
    g_autofree char *plan = format_money (planned);
    g_autofree char *subtitle = g_strdup_printf (_("Of %s planned"), plan);

    set_row (self, "funding", NULL, value, subtitle, -1);
  }
}

static void
update_savings (SxshDashboardPage *self,
                SxshDashboardData *data)
{
  SxshSavingsSummary *savings = data->savings;
  g_autofree char *a = format_count (savings->n_computable);
  g_autofree char *b = format_count (savings->n_applying);
  g_autofree char *value = g_strdup_printf (_("%s of %s"), a, b);
  g_autofree char *median = NULL;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *title = NULL;

  set_row (self, "saving-computable", NULL, value,
           _("Energy per unit of product against the facility’s baseline year"), -1);

  median = savings->has_median ? sxsh_format_percent (savings->median, 1) : g_strdup ("—");
  set_row (self, "saving-median", NULL, median, NULL, -1);

  set_row_visible (self, "saving-below", savings->has_band);
  set_row_visible (self, "saving-within", savings->has_band);
  set_row_visible (self, "saving-above", savings->has_band && isfinite (savings->band_high));

  if (savings->has_band)
    {
      low = format_pct_edge (savings->band_low);
      g_clear_pointer (&a, g_free);
      a = format_count (savings->below->len);
      title = g_strdup_printf (_("Saving less than %s%%"), low);
      set_row (self, "saving-below", title, a, NULL, -1);
      g_clear_pointer (&title, g_free);
      g_clear_pointer (&a, g_free);

      a = format_count (savings->within->len);
      if (isfinite (savings->band_high))
        {
          high = format_pct_edge (savings->band_high);
          title = g_strdup_printf (_("Saving %s–%s%%, as planned"), low, high);
          set_row (self, "saving-within", title, a, NULL, -1);
          g_clear_pointer (&title, g_free);
          g_clear_pointer (&a, g_free);

          a = format_count (savings->above->len);
          title = g_strdup_printf (_("Saving more than %s%%"), high);
          set_row (self, "saving-above", title, a, NULL, -1);
          g_clear_pointer (&title, g_free);
        }
      else
        {
          title = g_strdup_printf (_("Saving at least %s%%"), low);
          set_row (self, "saving-within", title, a, NULL, -1);
          g_clear_pointer (&title, g_free);
        }
      g_clear_pointer (&a, g_free);
    }

  g_clear_pointer (&a, g_free);
  a = format_count (savings->not_computable->len);
  set_row (self, "saving-none", NULL, a, _("Applying, but the saving cannot be computed"), -1);
}

/* The palette's dark blue is the report's ink on paper; on the dark
 * style's cards it would hardly show, so it is lightened there. */
#define DARK_STYLE_BLUE 0x3584E4

static void
adapt_to_style (SxshChart *chart)
{
  if (!adw_style_manager_get_dark (adw_style_manager_get_default ()))
    return;

  for (guint i = 0; i < sxsh_chart_get_n_series (chart); i++)
    if (sxsh_chart_get_series_color (chart, i) == SXSH_CHART_COLOR_BLUE)
      sxsh_chart_set_series_color (chart, i, DARK_STYLE_BLUE);
}

static void
update_charts (SxshDashboardPage *self,
               SxshDashboardData *data)
{
  g_autoptr(SxshChart) trend = sxsh_dashboard_build_trend_chart (data);
  g_autoptr(SxshChart) savings = sxsh_dashboard_build_savings_chart (data->savings);
  g_autoptr(SxshChart) sector = sxsh_dashboard_build_breakdown_chart (data->by_sector,
                                                                       SXSH_BREAKDOWN_BY_SECTOR);
  g_autoptr(SxshChart) unit = sxsh_dashboard_build_breakdown_chart (data->by_unit,
                                                                     SXSH_BREAKDOWN_BY_ADMIN_UNIT);
  g_autofree char *trend_caption = NULL;
  g_autofree char *breakdown_caption = NULL;

  adapt_to_style (trend);
  adapt_to_style (savings);
  adapt_to_style (sector);
  adapt_to_style (unit);
  sxsh_chart_widget_set_chart (self->trend_chart, trend);
  sxsh_chart_widget_set_chart (self->savings_chart, savings);
  sxsh_chart_widget_set_chart (self->sector_chart, sector);
  sxsh_chart_widget_set_chart (self->unit_chart, unit);

  trend_caption = g_strdup_printf (_("The three targets of plan %s from %d to %d, with their "
                                     "target lines. Click a point for its facilities."),
                                   sxsh_indicator_report_get_plan_code (data->report),
                                   data->first_year, data->last_year);
  gtk_label_set_label (self->trend_subtitle, trend_caption);

  breakdown_caption = g_strdup_printf (_("Active facilities with CP potential in %d. Click a "
                                         "bar for its facilities."),
                                       data->year);
  gtk_label_set_label (self->breakdown_subtitles[0], breakdown_caption);
  gtk_label_set_label (self->breakdown_subtitles[1], breakdown_caption);

  /* The bars keep their thickness whatever their number. */
  gtk_widget_set_size_request (GTK_WIDGET (self->sector_chart), -1,
                               90 + 26 * (int) MAX (data->by_sector->len, 3));
  gtk_widget_set_size_request (GTK_WIDGET (self->unit_chart), -1,
                               90 + 26 * (int) MAX (data->by_unit->len, 3));
}

static void
apply_data (SxshDashboardPage *self,
            SxshDashboardData *data)
{
  g_autofree char *heading = NULL;
  g_autofree char *plan = NULL;

  g_clear_pointer (&self->data, sxsh_dashboard_data_free);
  self->data = data;

  if (data->n_facilities == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  /* Translators: the dashboard's heading, with the reporting year. */
  heading = g_strdup_printf (_("Cleaner Production in %d"), data->year);
  gtk_label_set_label (self->heading_label, heading);
  plan = g_strdup_printf (_("Plan %s — %s"), sxsh_indicator_report_get_plan_code (data->report),
                          sxsh_indicator_report_get_plan_title (data->report));
  gtk_label_set_label (self->plan_label, plan);

  update_cards (self, data);
  update_reporting (self, data);
  update_activities (self, data);
  update_savings (self, data);
  update_charts (self, data);

  gtk_stack_set_visible_child_name (self->stack, "content");
}

/* Computing */

static void
update_busy (SxshDashboardPage *self)
{
  gboolean busy = self->computing || self->refresh_source != 0;
  gboolean loading = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "loading") == 0;

  gtk_spinner_set_spinning (GTK_SPINNER (self->loading_spinner), busy && loading);
  gtk_widget_set_visible (self->refresh_spinner, busy && !loading);
  gtk_spinner_set_spinning (GTK_SPINNER (self->refresh_spinner), busy && !loading);
}

static void
compute_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  SxshDashboardPage *self = SXSH_DASHBOARD_PAGE (source_object);
  g_autoptr(SxshDashboardData) data = NULL;
  g_autoptr(GError) error = NULL;

  data = sxsh_dashboard_data_compute_finish (result, &error);
  /* Cancelled when the page goes away: its widgets may be gone already. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_cancellable_is_cancelled (self->cancellable))
    return;

  self->computing = FALSE;

  if (data == NULL)
    {
      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "content") == 0)
        add_toast (self, error->message);
      else
        {
          adw_status_page_set_description (self->error_page, error->message);
          gtk_stack_set_visible_child_name (self->stack, "error");
        }
    }
  else if (data->generation == self->generation)
    {
      /* Every report computed is kept for the next year shown, as long as
       * the data do not change. */
      for (guint i = 0; i < data->reports->len; i++)
        g_hash_table_insert (self->cache, GINT_TO_POINTER (data->first_year + (int) i),
                             sxsh_indicator_report_ref (g_ptr_array_index (data->reports, i)));
      if (data->previous != NULL)
        g_hash_table_insert (self->cache, GINT_TO_POINTER (data->year - 1),
                             sxsh_indicator_report_ref (data->previous));

      if (data->year == self->year)
        apply_data (self, g_steal_pointer (&data));
      else
        self->pending = TRUE;
    }
  else
    self->pending = TRUE;

  if (self->pending)
    start_compute (self);
  update_busy (self);
}

static void
start_compute (SxshDashboardPage *self)
{
  if (self->database == NULL || self->year <= 0)
    return;

  if (self->computing)
    {
      self->pending = TRUE;
      return;
    }

  self->pending = FALSE;
  self->computing = TRUE;
  if (self->cancellable == NULL)
    self->cancellable = g_cancellable_new ();

  sxsh_dashboard_data_compute_async (self, sxsh_database_get_path (self->database), self->year,
                                     self->generation, self->cache, self->cancellable,
                                     compute_cb, NULL);
  update_busy (self);
}

static gboolean
refresh_timeout_cb (gpointer user_data)
{
  SxshDashboardPage *self = user_data;

  self->refresh_source = 0;
  start_compute (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_refresh (SxshDashboardPage *self,
                  guint              delay_ms)
{
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_source = g_timeout_add (delay_ms, refresh_timeout_cb, self);
  update_busy (self);
}

static void
dark_changed_cb (SxshDashboardPage *self,
                 GParamSpec        *pspec,
                 AdwStyleManager   *style_manager)
{
  if (self->data != NULL && self->data->n_facilities > 0)
    update_charts (self, self->data);
}

static void
database_changed_cb (SxshDashboardPage *self,
                     const char        *table,
                     SxshDatabase      *database)
{
  /* Any table may change a number: facilities, yearly records, events,
   * supports, certificates, funding, reports, the plan itself. */
  g_hash_table_remove_all (self->cache);
  self->generation++;
  schedule_refresh (self, REFRESH_DELAY_MS);
}

/* Actions */

static void
show_definitions_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SxshDashboardPage *self = SXSH_DASHBOARD_PAGE (widget);
  g_autofree char *uri = sxsh_dashboard_page_get_definitions_uri (self);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (uri == NULL)
    {
      add_toast (self, _("The definitions of the indicators are not installed"));
      return;
    }

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static void
show_facilities_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  show_page (SXSH_DASHBOARD_PAGE (widget), "facilities");
}

static void
show_register_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  show_page (SXSH_DASHBOARD_PAGE (widget), "register");
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  sxsh_dashboard_page_refresh (SXSH_DASHBOARD_PAGE (widget));
}

/* GObject */

static void
sxsh_dashboard_page_constructed (GObject *object)
{
  SxshDashboardPage *self = SXSH_DASHBOARD_PAGE (object);

  G_OBJECT_CLASS (sxsh_dashboard_page_parent_class)->constructed (object);

  g_assert (SXSH_IS_DATABASE (self->database));

  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
  if (self->year > 0)
    schedule_refresh (self, 0);
}

static void
sxsh_dashboard_page_dispose (GObject *object)
{
  SxshDashboardPage *self = SXSH_DASHBOARD_PAGE (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->refresh_source, g_source_remove);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_DASHBOARD_PAGE);

  G_OBJECT_CLASS (sxsh_dashboard_page_parent_class)->dispose (object);
}

static void
sxsh_dashboard_page_finalize (GObject *object)
{
  SxshDashboardPage *self = SXSH_DASHBOARD_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->data, sxsh_dashboard_data_free);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->row_values, g_hash_table_unref);
  g_clear_pointer (&self->row_icons, g_hash_table_unref);

  G_OBJECT_CLASS (sxsh_dashboard_page_parent_class)->finalize (object);
}

static void
sxsh_dashboard_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SxshDashboardPage *self = SXSH_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_dashboard_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SxshDashboardPage *self = SXSH_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_YEAR:
      sxsh_dashboard_page_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_dashboard_page_class_init (SxshDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_dashboard_page_constructed;
  object_class->dispose = sxsh_dashboard_page_dispose;
  object_class->finalize = sxsh_dashboard_page_finalize;
  object_class->get_property = sxsh_dashboard_page_get_property;
  object_class->set_property = sxsh_dashboard_page_set_property;

  /**
   * SxshDashboardPage:database:
   *
   * The database whose indicators the page shows.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SXSH_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshDashboardPage:year:
   *
   * The reporting year shown.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, 2100, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SXSH_TYPE_INDICATOR_CARD);
  g_type_ensure (SXSH_TYPE_CHART_WIDGET);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshDashboardPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SxshDashboardPage, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, SxshDashboardPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, SxshDashboardPage, heading_label);
  gtk_widget_class_bind_template_child (widget_class, SxshDashboardPage, plan_label);
  gtk_widget_class_bind_template_child (widget_class, SxshDashboardPage, refresh_spinner);
  gtk_widget_class_bind_template_child (widget_class, SxshDashboardPage, targets_box);
  gtk_widget_class_bind_template_child (widget_class, SxshDashboardPage, work_box);
  gtk_widget_class_bind_template_child (widget_class, SxshDashboardPage, charts_box);
  gtk_widget_class_bind_template_child (widget_class, SxshDashboardPage, informed_card);
  gtk_widget_class_bind_template_child (widget_class, SxshDashboardPage, saving_card);
  gtk_widget_class_bind_template_child (widget_class, SxshDashboardPage, dedicated_card);
  gtk_widget_class_bind_template_child (widget_class, SxshDashboardPage, reporting_group);
  gtk_widget_class_bind_template_child (widget_class, SxshDashboardPage, activities_group);
  gtk_widget_class_bind_template_child (widget_class, SxshDashboardPage, savings_group);

  gtk_widget_class_install_action (widget_class, "dashboard.drill-down", "s", drill_down_action);
  gtk_widget_class_install_action (widget_class, "dashboard.show-definitions", NULL,
                                   show_definitions_action);
  gtk_widget_class_install_action (widget_class, "dashboard.show-facilities", NULL,
                                   show_facilities_action);
  gtk_widget_class_install_action (widget_class, "dashboard.show-register", NULL,
                                   show_register_action);
  gtk_widget_class_install_action (widget_class, "dashboard.refresh", NULL, refresh_action);

  gtk_widget_class_set_css_name (widget_class, "dashboard");
}

static void
sxsh_dashboard_page_init (SxshDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cache = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                       (GDestroyNotify) sxsh_indicator_report_unref);
  self->rows = g_hash_table_new (g_str_hash, g_str_equal);
  self->row_values = g_hash_table_new (g_str_hash, g_str_equal);
  self->row_icons = g_hash_table_new (g_str_hash, g_str_equal);

  sxsh_indicator_card_set_action_name (self->informed_card, "dashboard.drill-down");
  sxsh_indicator_card_set_action_name (self->saving_card, "dashboard.drill-down");
  sxsh_indicator_card_set_action_name (self->dedicated_card, "dashboard.drill-down");

  use_columns (GTK_WIDGET (self->targets_box), CARD_MIN_WIDTH, 3);
  use_columns (GTK_WIDGET (self->work_box), CARD_MIN_WIDTH, 3);
  use_columns (GTK_WIDGET (self->charts_box), CHART_MIN_WIDTH, 2);

  build_rows (self);
  build_charts (self);


  gtk_stack_set_visible_child_name (self->stack, "loading");
}

SxshDashboardPage *
sxsh_dashboard_page_new (SxshDatabase *database)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);

  return g_object_new (SXSH_TYPE_DASHBOARD_PAGE,
                       "database", database,
                       NULL);
}

int
sxsh_dashboard_page_get_year (SxshDashboardPage *self)
{
  g_return_val_if_fail (SXSH_IS_DASHBOARD_PAGE (self), 0);

  return self->year;
}

void
sxsh_dashboard_page_set_year (SxshDashboardPage *self,
                              int                year)
{
  g_return_if_fail (SXSH_IS_DASHBOARD_PAGE (self));

  if (self->year == year)
    return;

  self->year = year;
  if (self->database != NULL && year > 0)
    schedule_refresh (self, 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/**
 * sxsh_dashboard_page_refresh:
 *
 * Computes every figure again from the database.
 */
void
sxsh_dashboard_page_refresh (SxshDashboardPage *self)
{
  g_return_if_fail (SXSH_IS_DASHBOARD_PAGE (self));

  g_hash_table_remove_all (self->cache);
  self->generation++;
  schedule_refresh (self, 0);
}

/* For the tests */

SxshIndicatorCard *
sxsh_dashboard_page_get_card (SxshDashboardPage *self,
                              const char        *key)
{
  if (g_strcmp0 (key, "informed") == 0)
    return self->informed_card;
  if (g_strcmp0 (key, "applying_saving") == 0 || g_strcmp0 (key, "applying") == 0)
    return self->saving_card;
  if (g_strcmp0 (key, "dedicated_unit") == 0)
    return self->dedicated_card;
  return NULL;
}

SxshChartWidget *
sxsh_dashboard_page_get_chart (SxshDashboardPage *self,
                               const char        *name)
{
  if (g_strcmp0 (name, "trend") == 0)
    return self->trend_chart;
  if (g_strcmp0 (name, "savings") == 0)
    return self->savings_chart;
  if (g_strcmp0 (name, "sector") == 0)
    return self->sector_chart;
  if (g_strcmp0 (name, "unit") == 0)
    return self->unit_chart;
  return NULL;
}

/* Whether figures are being computed or about to be. */
gboolean
sxsh_dashboard_page_is_busy (SxshDashboardPage *self)
{
  return self->computing || self->pending || self->refresh_source != 0;
}

/* "loading", "empty", "error" or "content". */
const char *
sxsh_dashboard_page_get_visible_view (SxshDashboardPage *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

/* The definitions of the indicators, as installed, or in the source tree
 * when the program runs from its build directory. */
char *
sxsh_dashboard_page_get_definitions_uri (SxshDashboardPage *self)
{
  g_autofree char *installed = g_build_filename (PKGDATADIR, "docs", "indicators.md", NULL);
  g_autofree char *source = g_build_filename (SOURCE_ROOT, "docs", "indicators.md", NULL);

  if (g_file_test (installed, G_FILE_TEST_IS_REGULAR))
    return g_filename_to_uri (installed, NULL, NULL);
  if (g_file_test (source, G_FILE_TEST_IS_REGULAR))
    return g_filename_to_uri (source, NULL, NULL);
  return NULL;
}

const char *
sxsh_dashboard_page_get_row_value (SxshDashboardPage *self,
                                   const char        *key)
{
  GtkLabel *label = g_hash_table_lookup (self->row_values, key);

  return label != NULL ? gtk_label_get_label (label) : NULL;
}

SxshIndicatorReport *
sxsh_dashboard_page_get_report (SxshDashboardPage *self)
{
  return self->data != NULL ? self->data->report : NULL;
}

gboolean
sxsh_dashboard_page_has_register_button (SxshDashboardPage *self)
{
  return gtk_widget_get_visible (self->register_button);
}

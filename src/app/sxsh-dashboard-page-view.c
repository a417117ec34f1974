/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sxsh-dashboard-page-private.h"
#include "sxsh-format.h"
#include "sxsh-size-class.h"
#include "sxsh-window.h"

/* What the dashboard shows of its data: the cards, the rows of the year's
 * work, the charts and their tooltips. */

/* Formats */

char *
sxsh_dashboard_format_count (gint64 value)
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
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *head = NULL;

  for (guint i = 0; classes != NULL && classes[i] != NULL; i++)
    {
      SxshSizeClass size = sxsh_size_class_from_key (classes[i]);

      if (size != SXSH_SIZE_UNKNOWN)
        g_ptr_array_add (labels, g_utf8_strdown (sxsh_size_class_get_label (size), -1));
    }

  if (labels->len == 0)
    return NULL;
  if (labels->len == 1)
    return g_strdup (g_ptr_array_index (labels, 0));

  /* "micro, small and medium" */
  head = g_strdup (g_ptr_array_index (labels, 0));
  for (guint i = 1; i + 1 < labels->len; i++)
    {
      char *longer = g_strdup_printf ("%s, %s", head, (char *) g_ptr_array_index (labels, i));

      g_free (head);
      head = longer;
    }
  /* Translators: the last two of a list of size classes, e.g. "medium and large". */
  return g_strdup_printf (_("%s and %s"), head, (char *) g_ptr_array_index (labels,
                                                                          labels->len - 1));
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
  total = sxsh_dashboard_format_count (n_total);

  if (hit->kind == SXSH_CHART_HIT_SEGMENT && hit->series >= 0 &&
      hit->series < SXSH_BREAKDOWN_N_PARTS)
    {
      g_autofree char *count = sxsh_dashboard_format_count (group->ids[hit->series]->len);

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
  count = sxsh_dashboard_format_count (n);
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
      gtk_image_set_from_icon_name (icon, met ? "object-select-symbolic"
                                              : "dialog-warning-symbolic");
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

void
sxsh_dashboard_page_build_rows (SxshDashboardPage *self)
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

void
sxsh_dashboard_page_build_charts (SxshDashboardPage *self)
{
  GtkLabel *caption = NULL;

  self->trend_chart = add_chart_card (self, _("Targets over the Plan’s Years"),
                                      &self->trend_subtitle, 260);
  sxsh_chart_widget_set_tooltip_func (self->trend_chart, trend_tooltip_cb, self, NULL);
  g_signal_connect_object (self->trend_chart, "activated",
                           G_CALLBACK (sxsh_dashboard_page_trend_activated), self,
                           G_CONNECT_SWAPPED);

  self->savings_chart = add_chart_card (self, _("Energy Savings of the Applying Facilities"),
                                        &caption, 260);
  gtk_label_set_label (caption, _("Facilities with CP potential applying CP, by energy saved per "
                                  "unit of product against their baseline year; the plan’s band "
                                  "is shaded."));
  sxsh_chart_widget_set_tooltip_func (self->savings_chart, savings_tooltip_cb, self, NULL);
  g_signal_connect_object (self->savings_chart, "activated",
                           G_CALLBACK (sxsh_dashboard_page_savings_activated), self,
                           G_CONNECT_SWAPPED);

  self->sector_chart = add_chart_card (self, _("Facilities by Sector"),
                                       &self->breakdown_subtitles[0], 300);
  sxsh_chart_widget_set_tooltip_func (self->sector_chart, sector_tooltip_cb, self, NULL);
  g_signal_connect_object (self->sector_chart, "activated",
                           G_CALLBACK (sxsh_dashboard_page_sector_activated), self,
                           G_CONNECT_SWAPPED);

  self->unit_chart = add_chart_card (self, _("Facilities by District"),
                                     &self->breakdown_subtitles[1], 300);
  sxsh_chart_widget_set_tooltip_func (self->unit_chart, unit_tooltip_cb, self, NULL);
  g_signal_connect_object (self->unit_chart, "activated",
                           G_CALLBACK (sxsh_dashboard_page_unit_activated), self,
                           G_CONNECT_SWAPPED);
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
  const SxshIndicator *informed, *applying, *saving, *dedicated;
  SxshIndicatorReport *previous = data->previous;
  int year = data->year;
  g_autofree char *definition = NULL;
  g_autofree char *title = NULL;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *sizes = NULL;
  g_autofree char *subtitle = NULL;

  informed = sxsh_indicator_report_get_indicator (report, SXSH_INDICATOR_INFORMED);
  applying = sxsh_indicator_report_get_indicator (report, SXSH_INDICATOR_APPLYING);
  saving = sxsh_indicator_report_get_indicator (report, SXSH_INDICATOR_APPLYING_SAVING);
  dedicated = sxsh_indicator_report_get_indicator (report, SXSH_INDICATOR_DEDICATED_UNIT);

#define PREVIOUS(kind) \
  (previous != NULL ? sxsh_indicator_report_get_indicator (previous, kind) : NULL)

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
  SxshWindow *window = sxsh_dashboard_page_get_window (self);
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
      g_autofree char *n = sxsh_dashboard_format_count (ABS (days));

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

  a = sxsh_dashboard_format_count (on_time + late + returned);
  b = sxsh_dashboard_format_count (expected);
  /* Translators: reports received of reports expected, e.g. "55 of 63". */
  received_text = g_strdup_printf (_("%s of %s"), a, b);
  set_row (self, "reports-received", NULL, received_text,
           _("Facilities applying CP and agencies that report every year"), -1);
  g_clear_pointer (&a, g_free);

  a = sxsh_dashboard_format_count (on_time);
  set_row (self, "reports-on-time", NULL, a, NULL, -1);
  g_clear_pointer (&a, g_free);
  a = sxsh_dashboard_format_count (late);
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
  a = sxsh_dashboard_format_count (missing);
  set_row (self, "reports-missing", NULL, a, missing_subtitle, missing > 0 ? 0 : -1);
  g_clear_pointer (&a, g_free);

  a = sxsh_dashboard_format_count (returned);
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
      g_autofree char *count = sxsh_dashboard_format_count (activity->count);
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
    g_autofree char *count = sxsh_dashboard_format_count (n_events);
    g_autofree char *people = sxsh_dashboard_format_count (participants);
    g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s participant",
                                                              "%s participants", participants),
                                                 people);

    set_row (self, "events", NULL, count, subtitle, -1);
  }

  {
    g_autofree char *count = sxsh_dashboard_format_count (n_items);
    g_autofree char *copies = sxsh_dashboard_format_count (quantity);
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
  g_autofree char *a = sxsh_dashboard_format_count (savings->n_computable);
  g_autofree char *b = sxsh_dashboard_format_count (savings->n_applying);
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
      a = sxsh_dashboard_format_count (savings->below->len);
      title = g_strdup_printf (_("Saving less than %s%%"), low);
      set_row (self, "saving-below", title, a, NULL, -1);
      g_clear_pointer (&title, g_free);
      g_clear_pointer (&a, g_free);

      a = sxsh_dashboard_format_count (savings->within->len);
      if (isfinite (savings->band_high))
        {
          high = format_pct_edge (savings->band_high);
          title = g_strdup_printf (_("Saving %s–%s%%, as planned"), low, high);
          set_row (self, "saving-within", title, a, NULL, -1);
          g_clear_pointer (&title, g_free);
          g_clear_pointer (&a, g_free);

          a = sxsh_dashboard_format_count (savings->above->len);
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
  a = sxsh_dashboard_format_count (savings->not_computable->len);
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

void
sxsh_dashboard_page_update_charts (SxshDashboardPage *self,
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

void
sxsh_dashboard_page_apply_data (SxshDashboardPage *self,
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
  sxsh_dashboard_page_update_charts (self, data);

  gtk_stack_set_visible_child_name (self->stack, "content");
}


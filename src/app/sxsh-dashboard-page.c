/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sxsh-dashboard-page-private.h"
#include "sxsh-format.h"
#include "sxsh-window.h"

/* The first area of the window: the numbers the plan is judged by.  Every
 * figure comes from sxsh_indicators_compute(), computed in a worker thread
 * (sxsh-dashboard-page-data.c) when the year or the data change; every
 * figure that stands for facilities drills down to them in the facility
 * list. */

/* Edits come in bursts (a row of the year grid, an import): the figures
 * are computed again once the burst is over. */
#define REFRESH_DELAY_MS 300

/* The narrowest a card or a chart gets before the columns of the page go
 * down by one. */
#define CARD_MIN_WIDTH 260
#define CHART_MIN_WIDTH 380

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

SxshWindow *
sxsh_dashboard_page_get_window (SxshDashboardPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return SXSH_IS_WINDOW (root) ? SXSH_WINDOW (root) : NULL;
}

static void
add_toast (SxshDashboardPage *self,
           const char        *title)
{
  SxshWindow *window = sxsh_dashboard_page_get_window (self);

  if (window != NULL)
    sxsh_window_add_toast (window, adw_toast_new (title));
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
        sxsh_dashboard_page_apply_data (self, g_steal_pointer (&data));
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
  /* Once the figures have been shown, a page out of sight waits until it
   * is shown again: on a large province every edit of the year grid would
   * otherwise cost a second of work in the background. */
  if (self->data != NULL && !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  self->stale = FALSE;
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
    sxsh_dashboard_page_update_charts (self, self->data);
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
  sxsh_dashboard_page_show_page (SXSH_DASHBOARD_PAGE (widget), "facilities");
}

static void
show_register_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  sxsh_dashboard_page_show_page (SXSH_DASHBOARD_PAGE (widget), "register");
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
sxsh_dashboard_page_map (GtkWidget *widget)
{
  SxshDashboardPage *self = SXSH_DASHBOARD_PAGE (widget);

  GTK_WIDGET_CLASS (sxsh_dashboard_page_parent_class)->map (widget);

  if (self->stale)
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

  widget_class->map = sxsh_dashboard_page_map;

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

  gtk_widget_class_install_action (widget_class, "dashboard.drill-down", "s",
                                   sxsh_dashboard_page_drill_down_action);
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

  sxsh_dashboard_use_columns (GTK_WIDGET (self->targets_box), CARD_MIN_WIDTH, 3);
  sxsh_dashboard_use_columns (GTK_WIDGET (self->work_box), CARD_MIN_WIDTH, 3);
  sxsh_dashboard_use_columns (GTK_WIDGET (self->charts_box), CHART_MIN_WIDTH, 2);

  sxsh_dashboard_page_build_rows (self);
  sxsh_dashboard_page_build_charts (self);


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
  return self->computing || self->pending || self->refresh_source != 0 || self->stale;
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

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-certificates-page.h"
#include "sxsh-dashboard-page.h"
#include "sxsh-events-page.h"
#include "sxsh-facilities-page.h"
#include "sxsh-funding-page.h"
#include "sxsh-import-dialog.h"
#include "sxsh-plan-years.h"
#include "sxsh-plans-page.h"
#include "sxsh-register-page.h"
#include "sxsh-reports-page.h"
#include "sxsh-supports-page.h"
#include "sxsh-window.h"
#include "sxsh-year-grid-page.h"

struct _SxshWindow
{
  AdwApplicationWindow  parent_instance;

  SxshDatabase         *database;
  GSettings            *settings;
  int                   year;
  int                   first_year;
  GtkStringList        *years;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;
  AdwLeaflet           *leaflet;
  GtkWidget            *content;
  GtkListView          *sidebar_list;
  GtkButton            *back_button;
  AdwWindowTitle       *page_title;
  GtkDropDown          *year_dropdown;
};

G_DEFINE_FINAL_TYPE (SxshWindow, sxsh_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SETTINGS,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
get_current_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

/* The selector offers every year of the plan in force, up to next year so
 * that plans for the coming year can be entered in December. */
static void
fill_years (SxshWindow *self)
{
  g_autoptr(GError) error = NULL;
  int current_year = get_current_year ();
  int first_year = 0;
  int last_year = 0;

  if (!sxsh_plan_get_current_years (self->database, &first_year, &last_year, &error))
    {
      g_debug ("No plan years: %s", error->message);
      first_year = current_year - 5;
    }

  if (first_year > current_year)
    first_year = current_year;

  self->first_year = first_year;
  self->years = gtk_string_list_new (NULL);
  for (int year = first_year; year <= current_year + 1; year++)
    {
      char text[16];

      g_snprintf (text, sizeof text, "%d", year);
      gtk_string_list_append (self->years, text);
    }

  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (self->years));
}

static int
clamp_year (SxshWindow *self,
            int         year)
{
  int last_year;

  if (self->years == NULL)
    return year;

  last_year = self->first_year + (int) g_list_model_get_n_items (G_LIST_MODEL (self->years)) - 1;

  return CLAMP (year, self->first_year, last_year);
}

static void
year_selected_cb (SxshWindow  *self,
                  GParamSpec  *pspec,
                  GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;

  sxsh_window_set_year (self, self->first_year + (int) selected);
}

static void
restore_window_state (SxshWindow *self)
{
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (SxshWindow *self)
{
  int width = 0;
  int height = 0;

  if (self->settings == NULL)
    return;

  /* The default size is the unmaximized size, which is what the next start
   * should use when the window is unmaximized again. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
sxsh_window_close_request (GtkWindow *window)
{
  save_window_state (SXSH_WINDOW (window));

  return GTK_WINDOW_CLASS (sxsh_window_parent_class)->close_request (window);
}

/* The sidebar lists the pages of the view stack itself, so that a page added
 * with sxsh_window_add_page() appears in it with nothing else to do. */
static void
sidebar_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
sidebar_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  data)
{
  AdwViewStackPage *page = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (icon);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), adw_view_stack_page_get_icon_name (page));
  gtk_label_set_label (GTK_LABEL (label), adw_view_stack_page_get_title (page));
}

static void
sidebar_activate_cb (SxshWindow *self,
                     guint       position,
                     GtkListView *list)
{
  /* Selecting already switched the page; on a narrow window also show it. */
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
visible_page_cb (SxshWindow *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->view_stack);
  AdwViewStackPage *page = child ? adw_view_stack_get_page (self->view_stack, child) : NULL;

  adw_window_title_set_title (self->page_title,
                              page ? adw_view_stack_page_get_title (page) : _("SXSH Tracker"));
}

static void
back_clicked_cb (SxshWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
setup_sidebar (SxshWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->view_stack);

  g_signal_connect (factory, "setup", G_CALLBACK (sidebar_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (sidebar_bind_cb), NULL);
  gtk_list_view_set_factory (self->sidebar_list, factory);
  gtk_list_view_set_model (self->sidebar_list, pages);
  g_signal_connect_object (self->sidebar_list, "activate", G_CALLBACK (sidebar_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (visible_page_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->back_button, "clicked", G_CALLBACK (back_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* Import… in the main menu and on the empty facility list (Ctrl+I). */
static void
import_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  SxshWindow *self = user_data;

  sxsh_import_dialog_present (GTK_WINDOW (self), self->database, self->settings, NULL);
}

static const GActionEntry import_actions[] = {
  { "import", import_activated },
};

static void
sxsh_window_constructed (GObject *object)
{
  SxshWindow *self = SXSH_WINDOW (object);
  int year = 0;

  G_OBJECT_CLASS (sxsh_window_parent_class)->constructed (object);

  g_assert (SXSH_IS_DATABASE (self->database));

  restore_window_state (self);
  setup_sidebar (self);
  fill_years (self);

  if (self->settings != NULL)
    year = g_settings_get_int (self->settings, "year");
  if (year == 0)
    year = get_current_year ();
  self->year = 0;
  sxsh_window_set_year (self, year);
  g_signal_connect_object (self->year_dropdown, "notify::selected",
                           G_CALLBACK (year_selected_cb), self, G_CONNECT_SWAPPED);

  /* The first page added is the one shown at start. */
  sxsh_window_add_page (self, GTK_WIDGET (sxsh_dashboard_page_new (self->database)),
                        "dashboard", _("Dashboard"), "x-office-presentation-symbolic");
  sxsh_window_add_page (self, GTK_WIDGET (sxsh_facilities_page_new (self->database)),
                        "facilities", _("Facilities"), "factory-symbolic");
  sxsh_window_add_page (self, GTK_WIDGET (sxsh_year_grid_page_new (self->database)),
                        "year-data", _("Yearly Data"), "x-office-spreadsheet-symbolic");
  sxsh_window_add_page (self, GTK_WIDGET (sxsh_events_page_new (self->database)),
                        "events", _("Communication & Training"), "system-users-symbolic");
  sxsh_window_add_page (self, GTK_WIDGET (sxsh_supports_page_new (self->database)),
                        "supports", _("Technical Support"), "applications-engineering-symbolic");
  sxsh_window_add_page (self, GTK_WIDGET (sxsh_certificates_page_new (self->database)),
                        "certificates", _("Certificates"), "emblem-documents-symbolic");
  sxsh_window_add_page (self, GTK_WIDGET (sxsh_funding_page_new (self->database)),
                        "funding", _("Funding"), "accessories-calculator-symbolic");
  sxsh_window_add_page (self, GTK_WIDGET (sxsh_plans_page_new (self->database)),
                        "plans", _("Plan & Tasks"), "view-list-bullet-symbolic");
  sxsh_window_add_page (self, GTK_WIDGET (sxsh_register_page_new (self->database)),
                        "register", _("Reporting Register"), "task-due-symbolic");
  sxsh_window_add_page (self, GTK_WIDGET (sxsh_reports_page_new (self->database,
                                                                 self->settings)),
                        "reports", _("Reports"), "x-office-document-symbolic");

  /* A spreadsheet dropped anywhere on the window opens in the import dialog. */
  g_action_map_add_action_entries (G_ACTION_MAP (self), import_actions,
                                   G_N_ELEMENTS (import_actions), self);
  gtk_widget_add_controller (GTK_WIDGET (self),
                             GTK_EVENT_CONTROLLER (sxsh_import_dialog_drop_target_new ()));
}

static void
sxsh_window_dispose (GObject *object)
{
  SxshWindow *self = SXSH_WINDOW (object);

  /* The sidebar shows the stack's pages: let go of them before the stack
   * removes its pages one by one. */
  if (self->sidebar_list != NULL)
    gtk_list_view_set_model (self->sidebar_list, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_WINDOW);

  G_OBJECT_CLASS (sxsh_window_parent_class)->dispose (object);
}

static void
sxsh_window_finalize (GObject *object)
{
  SxshWindow *self = SXSH_WINDOW (object);

  g_clear_object (&self->database);
  g_clear_object (&self->settings);
  g_clear_object (&self->years);

  G_OBJECT_CLASS (sxsh_window_parent_class)->finalize (object);
}

static void
sxsh_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SxshWindow *self = SXSH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SxshWindow *self = SXSH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_YEAR:
      sxsh_window_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_window_class_init (SxshWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = sxsh_window_constructed;
  object_class->dispose = sxsh_window_dispose;
  object_class->finalize = sxsh_window_finalize;
  object_class->get_property = sxsh_window_get_property;
  object_class->set_property = sxsh_window_set_property;

  window_class->close_request = sxsh_window_close_request;

  /**
   * SxshWindow:database:
   *
   * The open database every page of the window shows.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SXSH_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshWindow:settings:
   *
   * Where the window keeps its size and the reporting year; %NULL when the
   * schema is not installed.  A construct property, because the window reads
   * it while it is built, before its application is set.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshWindow:year:
   *
   * The reporting year: every page that has a "year" property follows it.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, 2100, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SxshWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SxshWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SxshWindow, content);
  gtk_widget_class_bind_template_child (widget_class, SxshWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, SxshWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, SxshWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, SxshWindow, year_dropdown);

  g_type_ensure (SXSH_TYPE_FACILITIES_PAGE);
}

static void
sxsh_window_init (SxshWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

SxshWindow *
sxsh_window_new (SxshApplication *application,
                 SxshDatabase    *database)
{
  g_return_val_if_fail (SXSH_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);

  return g_object_new (SXSH_TYPE_WINDOW,
                       "application", application,
                       "database", database,
                       "settings", sxsh_application_get_settings (application),
                       NULL);
}

/**
 * sxsh_window_get_database:
 *
 * Returns: (transfer none): the database the window shows
 */
SxshDatabase *
sxsh_window_get_database (SxshWindow *self)
{
  g_return_val_if_fail (SXSH_IS_WINDOW (self), NULL);

  return self->database;
}

int
sxsh_window_get_year (SxshWindow *self)
{
  g_return_val_if_fail (SXSH_IS_WINDOW (self), 0);

  return self->year;
}

void
sxsh_window_set_year (SxshWindow *self,
                      int         year)
{
  g_return_if_fail (SXSH_IS_WINDOW (self));

  year = clamp_year (self, year);
  if (year == self->year)
    return;

  self->year = year;
  gtk_drop_down_set_selected (self->year_dropdown, (guint) (year - self->first_year));

  /* The current year is kept as 0 so that the window moves on with the
   * calendar instead of staying in a year that has passed. */
  if (self->settings != NULL)
    g_settings_set_int (self->settings, "year", year == get_current_year () ? 0 : year);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/**
 * sxsh_window_add_page:
 * @self: the window
 * @page: the page widget
 * @name: the page's name, for sxsh_window_get_page()
 * @title: the title shown in the sidebar and the header bar
 * @icon_name: the icon shown in the sidebar
 *
 * Adds one of the main areas of the window.  A page that has a "year"
 * property is bound to the window's reporting year.
 *
 * Returns: (transfer none): the view stack page, to set a badge or
 *   attention on it
 */
AdwViewStackPage *
sxsh_window_add_page (SxshWindow *self,
                      GtkWidget  *page,
                      const char *name,
                      const char *title,
                      const char *icon_name)
{
  g_return_val_if_fail (SXSH_IS_WINDOW (self), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (page), NULL);

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (page), "year") != NULL)
    g_object_bind_property (self, "year", page, "year", G_BINDING_SYNC_CREATE);

  return adw_view_stack_add_titled_with_icon (self->view_stack, page, name, title, icon_name);
}

/**
 * sxsh_window_get_page:
 *
 * Returns: (transfer none) (nullable): the page added under @name
 */
GtkWidget *
sxsh_window_get_page (SxshWindow *self,
                      const char *name)
{
  g_return_val_if_fail (SXSH_IS_WINDOW (self), NULL);

  return adw_view_stack_get_child_by_name (self->view_stack, name);
}

void
sxsh_window_add_toast (SxshWindow *self,
                       AdwToast   *toast)
{
  g_return_if_fail (SXSH_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

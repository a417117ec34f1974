/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-facility-years.h"
#include "sxsh-year-grid-page-private.h"

struct _SxshYearGridPage
{
  AdwBin            parent_instance;

  SxshDatabase     *database;
  int               year;
  gboolean          stale;
  gboolean          copying;
  gboolean          load_failed;
  guint             reload_timeout;
  char             *toast_title;

  /* Template widgets */
  GtkStack         *stack;
  AdwStatusPage    *empty_page;
  GtkSearchEntry   *search_entry;
  GtkWidget        *copy_button;
  GtkStack         *table_stack;
  SxshYearTable    *table;
  GtkLabel         *count_label;
  GtkLabel         *status_label;
};

G_DEFINE_FINAL_TYPE (SxshYearGridPage, sxsh_year_grid_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The tables whose changes make the grid read the year again.  The grid's
 * own saves are told apart by sxsh_year_table_get_saving(). */
static const char *watched_tables[] = {
  "import",
  "sample",
  "facility",
  "facility_year",
  "consumption",
};

static void
add_toast (SxshYearGridPage *self,
           AdwToast         *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  g_free (self->toast_title);
  self->toast_title = g_strdup (adw_toast_get_title (toast));

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
show_error (SxshYearGridPage *self,
            const char       *heading,
            const GError     *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static SxshYearSheet *
get_sheet (SxshYearGridPage *self)
{
  return sxsh_year_table_get_sheet (self->table);
}

static gboolean
filter_is_active (SxshYearGridPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return text != NULL && *text != '\0';
}

static gboolean
focus_is_in_table (SxshYearGridPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->table));
}

static void
update_empty_page (SxshYearGridPage *self,
                   const GError     *error)
{
  g_autofree char *title = NULL;

  if (error != NULL)
    {
      adw_status_page_set_title (self->empty_page, _("Cannot Load the Yearly Data"));
      adw_status_page_set_description (self->empty_page, error->message);
      return;
    }

  /* Translators: %d is the reporting year. */
  title = g_strdup_printf (_("No Facilities Active in %d"), self->year);
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page,
                                   _("A facility is active from its first to its last active "
                                     "year. Register facilities on the Facilities page, or "
                                     "check their active years."));
}

static void
update_actions (SxshYearGridPage *self)
{
  SxshYearSheet *sheet = get_sheet (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "year-grid.copy-last-year",
                                 sheet != NULL && sxsh_year_sheet_get_total (sheet) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "year-grid.show-years",
                                 sheet != NULL &&
                                 g_list_model_get_n_items (G_LIST_MODEL (sheet)) > 0);
}

/* Shows the empty state, the "nothing matches" state or the grid, and the
 * count under the grid. */
static void
update_view (SxshYearGridPage *self)
{
  SxshYearSheet *sheet = get_sheet (self);
  guint shown = sheet != NULL ? g_list_model_get_n_items (G_LIST_MODEL (sheet)) : 0;
  guint total = sheet != NULL ? sxsh_year_sheet_get_total (sheet) : 0;
  g_autofree char *count = NULL;

  /* Until the year is read, the page shows an empty grid rather than say
   * that there is nothing. */
  if (self->load_failed || (sheet != NULL && total == 0))
    {
      if (!self->load_failed)
        update_empty_page (self, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "grid");

  gtk_stack_set_visible_child_name (self->table_stack,
                                    shown > 0 || sheet == NULL ? "table" : "no-results");

  if (filter_is_active (self))
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Shown %u of %u facility",
                                          "Shown %u of %u facilities", total),
                             shown, total);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u facility", "%u facilities", total),
                             total);
  gtk_label_set_label (self->count_label, count);
}

/* The status line says where the cursor is, or why its cell's value was
 * refused. */
static void
update_status (SxshYearGridPage *self)
{
  const char *message = sxsh_year_table_get_message (self->table);
  const char *location = sxsh_year_table_get_location (self->table);

  if (message != NULL)
    {
      gtk_label_set_label (self->status_label, message);
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "dim-label");
    }
  else
    {
      gtk_label_set_label (self->status_label, location != NULL ? location : "");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "dim-label");
    }
}

static guint
find_facility_row (SxshYearSheet *sheet,
                   gint64         facility_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (sheet));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshYearRecord) record = g_list_model_get_item (G_LIST_MODEL (sheet), i);

      if (sxsh_year_record_get_facility_id (record) == facility_id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Reads the year again, keeping the cursor on the same facility and
 * column. */
static void
load (SxshYearGridPage *self)
{
  g_autoptr(SxshYearSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *field = NULL;
  SxshYearSheet *old_sheet = get_sheet (self);
  gboolean had_focus = focus_is_in_table (self);
  gint64 facility_id = 0;
  double band_low;
  double band_high;

  g_clear_handle_id (&self->reload_timeout, g_source_remove);
  self->stale = FALSE;

  if (self->year <= 0)
    return;

  /* The cursor stays on the same facility, in this year or another. */
  if (old_sheet != NULL)
    {
      guint row = sxsh_year_table_get_cursor_row (self->table);
      g_autoptr(SxshYearRecord) record = g_list_model_get_item (G_LIST_MODEL (old_sheet), row);

      if (record != NULL)
        facility_id = sxsh_year_record_get_facility_id (record);
      field = g_strdup (sxsh_year_table_get_cursor_field (self->table));
    }

  sheet = sxsh_year_sheet_new_for_year (self->database, self->year, &error);
  if (sheet == NULL)
    {
      self->load_failed = TRUE;
      update_empty_page (self, error);
      sxsh_year_table_set_sheet (self->table, NULL, 0, 0);
      update_view (self);
      update_actions (self);
      return;
    }

  self->load_failed = FALSE;
  if (filter_is_active (self))
    sxsh_year_sheet_set_filter_text (sheet,
                                     gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  sxsh_year_table_lookup_band (self->database, self->year, &band_low, &band_high);
  sxsh_year_table_set_sheet (self->table, sheet, band_low, band_high);

  if (facility_id != 0)
    {
      guint row = find_facility_row (sheet, facility_id);

      if (row != GTK_INVALID_LIST_POSITION)
        sxsh_year_table_set_cursor (self->table, row, field);
    }

  update_view (self);
  update_actions (self);
  update_status (self);

  if (had_focus)
    sxsh_year_table_focus_cursor (self->table);
}

/* Loads now when the grid is on screen, otherwise when it is shown. */
static void
reload (SxshYearGridPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    load (self);
  else
    self->stale = TRUE;
}

static gboolean
reload_timeout_cb (gpointer user_data)
{
  SxshYearGridPage *self = SXSH_YEAR_GRID_PAGE (user_data);

  self->reload_timeout = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

static void
database_changed_cb (SxshYearGridPage *self,
                     const char       *table,
                     SxshDatabase     *database)
{
  if (sxsh_year_table_get_saving (self->table) || self->copying)
    return;

  /* Changes come in bursts (an import, a facility saved with its years):
   * read the year once they are over. */
  if (self->reload_timeout == 0)
    self->reload_timeout = g_timeout_add (150, reload_timeout_cb, self);
}

static gboolean
focus_table_idle_cb (gpointer user_data)
{
  SxshYearGridPage *self = SXSH_YEAR_GRID_PAGE (user_data);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* Opening the page puts the cursor in the grid, ready for typing, unless
   * the user is already somewhere in the page. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self))))
    sxsh_year_table_focus_cursor (self->table);

  return G_SOURCE_REMOVE;
}

static void
map_cb (SxshYearGridPage *self)
{
  if (self->stale || get_sheet (self) == NULL)
    load (self);

  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, focus_table_idle_cb, g_object_ref (self),
                   g_object_unref);
}

static void
table_status_changed_cb (SxshYearGridPage *self)
{
  update_status (self);
}

static void
search_changed_cb (SxshYearGridPage *self,
                   GtkSearchEntry   *entry)
{
  SxshYearSheet *sheet = get_sheet (self);

  if (sheet == NULL)
    return;

  sxsh_year_sheet_set_filter_text (sheet, gtk_editable_get_text (GTK_EDITABLE (entry)));
  sxsh_year_table_set_cursor (self->table, 0, NULL);
  update_view (self);
  update_actions (self);
  update_status (self);
}

static void
search_stop_cb (SxshYearGridPage *self,
                GtkSearchEntry   *entry)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  else
    sxsh_year_table_focus_cursor (self->table);
}

static void
search_activate_cb (SxshYearGridPage *self,
                    GtkSearchEntry   *entry)
{
  sxsh_year_table_set_cursor (self->table, 0, NULL);
  sxsh_year_table_focus_cursor (self->table);
}

static gboolean
search_key_pressed_cb (SxshYearGridPage      *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      (state & gtk_accelerator_get_default_mod_mask ()) == 0)
    return sxsh_year_table_focus_cursor (self->table);

  return FALSE;
}

static void
copy_last_year_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SxshYearGridPage *self = SXSH_YEAR_GRID_PAGE (widget);
  SxshYearSheet *sheet = get_sheet (self);
  g_autoptr(GError) error = NULL;
  gboolean had_focus = focus_is_in_table (self);
  guint row = sxsh_year_table_get_cursor_row (self->table);
  guint n_copied = 0;
  gboolean ok;

  if (sheet == NULL)
    return;

  self->copying = TRUE;
  ok = sxsh_year_sheet_copy_last_year (sheet, &n_copied, &error);
  self->copying = FALSE;

  if (!ok)
    {
      show_error (self, _("Cannot Copy the Statuses"), error);
      return;
    }

  if (n_copied > 0)
    add_toast (self, adw_toast_new_format (g_dngettext (GETTEXT_PACKAGE,
                                                        "Statuses of the previous year copied "
                                                        "for %u facility",
                                                        "Statuses of the previous year copied "
                                                        "for %u facilities", n_copied),
                                           n_copied));
  else
    add_toast (self, adw_toast_new_format (_("Nothing to copy: every facility has a row for %d "
                                             "already, or no earlier year"), self->year));

  /* The sheet read itself again: the rows are new widgets. */
  sxsh_year_table_set_cursor (self->table, row, NULL);
  if (had_focus)
    sxsh_year_table_focus_cursor (self->table);
  update_view (self);
  update_actions (self);
}

/* Opens every year of the facility at the cursor, to compare its figures
 * with the years before. */
static void
show_years_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SxshYearGridPage *self = SXSH_YEAR_GRID_PAGE (widget);
  SxshYearSheet *sheet = get_sheet (self);
  g_autoptr(SxshYearRecord) record = NULL;

  if (sheet == NULL)
    return;

  record = g_list_model_get_item (G_LIST_MODEL (sheet),
                                  sxsh_year_table_get_cursor_row (self->table));
  if (record == NULL)
    return;

  sxsh_facility_years_present (widget, self->database,
                               sxsh_year_record_get_facility_id (record),
                               sxsh_year_record_get_facility_name (record),
                               sxsh_year_record_get_tax_code (record),
                               0, self->year);
}

static gboolean
focus_search_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  SxshYearGridPage *self = SXSH_YEAR_GRID_PAGE (widget);

  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "grid") != 0)
    return FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

/* Ctrl+F works wherever the focus is in the window, not only in the page. */
static void
add_window_shortcuts (SxshYearGridPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller),
                                     GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (focus_search_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
sxsh_year_grid_page_constructed (GObject *object)
{
  SxshYearGridPage *self = SXSH_YEAR_GRID_PAGE (object);

  G_OBJECT_CLASS (sxsh_year_grid_page_parent_class)->constructed (object);

  g_assert (SXSH_IS_DATABASE (self->database));

  for (guint i = 0; i < G_N_ELEMENTS (watched_tables); i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", watched_tables[i], NULL);

      g_signal_connect_object (self->database, signal, G_CALLBACK (database_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  update_view (self);
  update_actions (self);
}

static void
sxsh_year_grid_page_dispose (GObject *object)
{
  SxshYearGridPage *self = SXSH_YEAR_GRID_PAGE (object);

  g_clear_handle_id (&self->reload_timeout, g_source_remove);

  /* The bin lets go of its child before the template drops it, or the bin
   * would unparent it a second time. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_YEAR_GRID_PAGE);

  G_OBJECT_CLASS (sxsh_year_grid_page_parent_class)->dispose (object);
}

static void
sxsh_year_grid_page_finalize (GObject *object)
{
  SxshYearGridPage *self = SXSH_YEAR_GRID_PAGE (object);

  g_clear_object (&self->database);
  g_free (self->toast_title);

  G_OBJECT_CLASS (sxsh_year_grid_page_parent_class)->finalize (object);
}

static void
sxsh_year_grid_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SxshYearGridPage *self = SXSH_YEAR_GRID_PAGE (object);

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
sxsh_year_grid_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SxshYearGridPage *self = SXSH_YEAR_GRID_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_YEAR:
      sxsh_year_grid_page_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_year_grid_page_class_init (SxshYearGridPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_year_grid_page_constructed;
  object_class->dispose = sxsh_year_grid_page_dispose;
  object_class->finalize = sxsh_year_grid_page_finalize;
  object_class->get_property = sxsh_year_grid_page_get_property;
  object_class->set_property = sxsh_year_grid_page_set_property;

  /**
   * SxshYearGridPage:database:
   *
   * The database whose yearly data the grid edits.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SXSH_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshYearGridPage:year:
   *
   * The year whose data the grid shows: one row per facility active in it.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, 2100, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SXSH_TYPE_YEAR_TABLE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-year-grid-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshYearGridPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SxshYearGridPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SxshYearGridPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SxshYearGridPage, copy_button);
  gtk_widget_class_bind_template_child (widget_class, SxshYearGridPage, table_stack);
  gtk_widget_class_bind_template_child (widget_class, SxshYearGridPage, table);
  gtk_widget_class_bind_template_child (widget_class, SxshYearGridPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, SxshYearGridPage, status_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);

  gtk_widget_class_install_action (widget_class, "year-grid.copy-last-year", NULL,
                                   copy_last_year_action);
  gtk_widget_class_install_action (widget_class, "year-grid.show-years", NULL,
                                   show_years_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK,
                                       "year-grid.show-years", NULL);
}

static void
sxsh_year_grid_page_init (SxshYearGridPage *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
  g_signal_connect_object (self->table, "notify::message",
                           G_CALLBACK (table_status_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->table, "notify::location",
                           G_CALLBACK (table_status_changed_cb), self, G_CONNECT_SWAPPED);

  /* Down in the search field goes to the grid, as in a list of results. */
  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), controller);

  add_window_shortcuts (self);
}

SxshYearGridPage *
sxsh_year_grid_page_new (SxshDatabase *database)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);

  return g_object_new (SXSH_TYPE_YEAR_GRID_PAGE,
                       "database", database,
                       NULL);
}

int
sxsh_year_grid_page_get_year (SxshYearGridPage *self)
{
  g_return_val_if_fail (SXSH_IS_YEAR_GRID_PAGE (self), 0);

  return self->year;
}

void
sxsh_year_grid_page_set_year (SxshYearGridPage *self,
                              int               year)
{
  g_return_if_fail (SXSH_IS_YEAR_GRID_PAGE (self));

  if (self->year == year)
    return;

  self->year = year;
  if (self->database != NULL)
    reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/* Returns: (transfer none) (nullable): the sheet the grid shows, read
 *   first if the grid has not been shown yet */
SxshYearSheet *
sxsh_year_grid_page_get_sheet (SxshYearGridPage *self)
{
  if (self->stale || get_sheet (self) == NULL)
    load (self);

  return get_sheet (self);
}

SxshYearTable *
sxsh_year_grid_page_get_table (SxshYearGridPage *self)
{
  return self->table;
}

GtkSearchEntry *
sxsh_year_grid_page_get_search_entry (SxshYearGridPage *self)
{
  return self->search_entry;
}

GtkWidget *
sxsh_year_grid_page_get_copy_button (SxshYearGridPage *self)
{
  return self->copy_button;
}

const char *
sxsh_year_grid_page_get_count_text (SxshYearGridPage *self)
{
  return gtk_label_get_label (self->count_label);
}

const char *
sxsh_year_grid_page_get_status_text (SxshYearGridPage *self)
{
  return gtk_label_get_label (self->status_label);
}

/* "empty", "table" or "no-results": what the user sees in the page. */
const char *
sxsh_year_grid_page_get_visible_view (SxshYearGridPage *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (name, "grid") == 0)
    return gtk_stack_get_visible_child_name (self->table_stack);

  return name;
}

/* Returns: (nullable): the title of the last toast the page showed */
const char *
sxsh_year_grid_page_get_toast_title (SxshYearGridPage *self)
{
  return self->toast_title;
}

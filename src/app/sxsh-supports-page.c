/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-format.h"
#include "sxsh-page-helpers.h"
#include "sxsh-support-editor.h"
#include "sxsh-supports-page-private.h"
#include "sxsh-text.h"

/* Technical support: the year's assessments, consultancy, investments and
 * demonstration models, with their options' savings.  "Demonstration
 * Models" narrows the list to them and shows their results. */

struct _SxshSupportsPage
{
  AdwBin               parent_instance;

  SxshDatabase        *database;
  SxshSupportStore    *store;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  int                  year;
  gint64               reload_selection;

  /* Weak pointers, for the tests and to avoid opening two editors. */
  AdwToast            *undo_toast;
  SxshSupportEditor   *editor;

  /* Template widgets */
  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *kind_dropdown;
  GtkToggleButton     *demo_toggle;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *facility_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *consultant_column;
  GtkColumnViewColumn *cost_column;
  GtkColumnViewColumn *state_column;
  GtkColumnViewColumn *options_column;
  GtkColumnViewColumn *payback_column;
  GtkColumnViewColumn *results_column;
  GtkLabel            *count_label;
};

G_DEFINE_FINAL_TYPE (SxshSupportsPage, sxsh_supports_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_YEAR,
  PROP_DEMO_MODELS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static SxshSupport *
get_selected_support (SxshSupportsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (SxshSupportsPage *self)
{
  gboolean has_selection = get_selected_support (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "supports.edit", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "supports.delete", has_selection);
}

static gboolean
filter_is_active (SxshSupportsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return (text != NULL && *text != '\0') ||
         gtk_drop_down_get_selected (self->kind_dropdown) > 0 ||
         gtk_toggle_button_get_active (self->demo_toggle);
}

/* The year's totals, whatever the filters show: "9 supports to 8 facilities
 * in 2025 (3 demonstration models) · state support … · options save … a
 * year". */
static char *
format_year_totals (SxshSupportsPage *self)
{
  SxshSupportTotals totals;
  g_autoptr(GError) error = NULL;
  g_autofree char *supports = NULL;
  g_autofree char *facilities = NULL;
  g_autofree char *demo = NULL;
  g_autofree char *state = NULL;
  g_autofree char *saving = NULL;

  if (!sxsh_support_store_get_year_totals (self->store, &totals, &error))
    {
      g_warning ("The supports of %d could not be counted: %s", self->year, error->message);
      return g_strdup ("");
    }

  supports = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u support", "%u supports",
                                           totals.n_supports), totals.n_supports);
  facilities = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u facility", "%u facilities",
                                             totals.n_facilities), totals.n_facilities);
  demo = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u demonstration model",
                                       "%u demonstration models", totals.n_demo_models),
                          totals.n_demo_models);
  state = sxsh_page_format_money (totals.state_support);
  saving = sxsh_page_format_money (totals.saving_vnd);
  /* Translators: "9 supports to 8 facilities in 2025, 3 demonstration models ·
   * state support 120.000.000 đ · options save 400.000.000 đ a year". */
  return g_strdup_printf (_("%s to %s in %d, %s · state support %s · options save %s a year"),
                          supports, facilities, self->year, demo, state, saving);
}

static void
update_view (SxshSupportsPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  guint total = sxsh_support_store_get_total (self->store);
  g_autofree char *totals = format_year_totals (self);
  g_autofree char *title = NULL;

  gtk_stack_set_visible_child_name (self->stack,
                                    total == 0 && !filter_is_active (self) ? "empty" : "list");
  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "table" : "no-results");

  /* Translators: the title of an empty page; %d is the reporting year. */
  title = g_strdup_printf (_("No Technical Support in %d"), self->year);
  adw_status_page_set_title (self->empty_page, title);

  if (filter_is_active (self))
    {
      g_autofree char *text = g_strdup_printf (_("%u shown · %s"), shown, totals);
      gtk_label_set_label (self->count_label, text);
    }
  else
    gtk_label_set_label (self->count_label, totals);
}

/* Columns are taken out of the view rather than hidden: GTK 4.8 gives a
 * hidden column's share of the width to nobody, and the facility names
 * would stay cut short. */
static void
show_column (SxshSupportsPage    *self,
             GtkColumnViewColumn *column,
             gboolean             shown,
             guint                position)
{
  gboolean in_view = gtk_column_view_column_get_column_view (column) != NULL;
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  if (shown && !in_view)
    gtk_column_view_insert_column (self->column_view,
                                   MIN (position, g_list_model_get_n_items (columns)), column);
  else if (!shown && in_view)
    gtk_column_view_remove_column (self->column_view, column);
}

static void
filter_changed_cb (SxshSupportsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  gboolean demo = gtk_toggle_button_get_active (self->demo_toggle);

  sxsh_support_store_set_filter_text (self->store, text);
  /* Demonstration models are a kind of support: the toggle is that kind's
   * filter, with the results column shown. */
  if (demo)
    sxsh_support_store_set_kind_filter (self->store, SXSH_SUPPORT_DEMO_MODEL);
  else
    sxsh_support_store_set_kind_filter (self->store,
                                        kind == 0 || kind == GTK_INVALID_LIST_POSITION
                                        ? -1 : (int) kind - 1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_dropdown), !demo);
  show_column (self, self->kind_column, !demo, 1);
  show_column (self, self->consultant_column, !demo, 3);
  show_column (self, self->results_column, demo, G_MAXUINT);
  update_view (self);
  update_actions (self);
}

static void
demo_toggled_cb (SxshSupportsPage *self)
{
  filter_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEMO_MODELS]);
}

static void
model_items_changed_cb (SxshSupportsPage *self)
{
  update_view (self);
  update_actions (self);
}

/* Columns */

static char *
facility_text (gpointer item)
{
  return g_strdup (sxsh_support_get_facility_name (item));
}

static char *
kind_text (gpointer item)
{
  return g_strdup (sxsh_support_kind_get_label (sxsh_support_get_kind (item)));
}

static char *
status_text (gpointer item)
{
  return g_strdup (sxsh_support_status_get_label (sxsh_support_get_status (item)));
}

static char *
consultant_text (gpointer item)
{
  return g_strdup (sxsh_support_get_consultant (item));
}

static char *
cost_text (gpointer item)
{
  gint64 cost = sxsh_support_get_total_cost (item);

  return cost > 0 ? sxsh_page_format_money (cost) : g_strdup ("");
}

static char *
state_text (gpointer item)
{
  gint64 state = sxsh_support_get_state_support (item);

  return state > 0 ? sxsh_page_format_money (state) : g_strdup ("");
}

static char *
options_text (gpointer item)
{
  guint n = g_list_model_get_n_items (sxsh_support_get_options (item));

  return n > 0 ? g_strdup_printf ("%u", n) : g_strdup ("");
}

static char *
payback_text (gpointer item)
{
  double years = 0;
  gboolean has_payback;

  if (g_list_model_get_n_items (sxsh_support_get_options (item)) == 0)
    return g_strdup ("");
  has_payback = sxsh_support_get_payback (item, &years);
  return sxsh_page_format_payback (has_payback, years);
}

static char *
results_text (gpointer item)
{
  g_autofree char *results = g_strdup (sxsh_support_get_results (item));

  /* One line in the table; the editor shows all of it. */
  g_strdelimit (results, "\n", ' ');
  return g_steal_pointer (&results);
}

static int
compare_ints (gint64 a,
              gint64 b)
{
  return (a > b) - (a < b);
}

/* Equal values keep the facilities' alphabetical order. */
static int
compare_facility (SxshSupport *a,
                  SxshSupport *b)
{
  int result = sxsh_text_collate (sxsh_support_get_facility_name (a),
                                  sxsh_support_get_facility_name (b));

  return result != 0 ? result : compare_ints (sxsh_support_get_id (a), sxsh_support_get_id (b));
}

#define COMPARE_FUNC(name, expr)                                              \
  static int                                                                  \
  name (gconstpointer pa,                                                     \
        gconstpointer pb,                                                     \
        gpointer      data)                                                   \
  {                                                                           \
    SxshSupport *a = (SxshSupport *) pa, *b = (SxshSupport *) pb;             \
    int result = (expr);                                                      \
    return result != 0 ? result : compare_facility (a, b);                    \
  }

COMPARE_FUNC (compare_facility_cb, 0)
COMPARE_FUNC (compare_kind_cb, compare_ints (sxsh_support_get_kind (a), sxsh_support_get_kind (b)))
COMPARE_FUNC (compare_status_cb, compare_ints (sxsh_support_get_status (a),
                                               sxsh_support_get_status (b)))
COMPARE_FUNC (compare_consultant_cb, sxsh_text_collate (sxsh_support_get_consultant (a),
                                                        sxsh_support_get_consultant (b)))
COMPARE_FUNC (compare_cost_cb, compare_ints (sxsh_support_get_total_cost (a),
                                             sxsh_support_get_total_cost (b)))
COMPARE_FUNC (compare_state_cb, compare_ints (sxsh_support_get_state_support (a),
                                              sxsh_support_get_state_support (b)))
COMPARE_FUNC (compare_options_cb,
              compare_ints (g_list_model_get_n_items (sxsh_support_get_options (a)),
                            g_list_model_get_n_items (sxsh_support_get_options (b))))

#undef COMPARE_FUNC

static void
setup_columns (SxshSupportsPage *self)
{
  sxsh_page_setup_text_column (self->facility_column, facility_text, FALSE, compare_facility_cb);
  sxsh_page_setup_text_column (self->kind_column, kind_text, FALSE, compare_kind_cb);
  sxsh_page_setup_text_column (self->status_column, status_text, FALSE, compare_status_cb);
  sxsh_page_setup_text_column (self->consultant_column, consultant_text, FALSE,
                               compare_consultant_cb);
  sxsh_page_setup_text_column (self->cost_column, cost_text, TRUE, compare_cost_cb);
  sxsh_page_setup_text_column (self->state_column, state_text, TRUE, compare_state_cb);
  sxsh_page_setup_text_column (self->options_column, options_text, TRUE, compare_options_cb);
  sxsh_page_setup_text_column (self->payback_column, payback_text, TRUE, NULL);
  sxsh_page_setup_text_column (self->results_column, results_text, FALSE, NULL);
}

static const char *
kind_label (int kind)
{
  return sxsh_support_kind_get_label ((SxshSupportKind) kind);
}

static void
setup_filters (SxshSupportsPage *self)
{
  g_autoptr(GtkStringList) kinds = sxsh_page_labels_new (kind_label, SXSH_SUPPORT_N_KINDS);

  gtk_string_list_splice (kinds, 0, 0, (const char *[]) { _("Any kind"), NULL });
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
}

/* Editor */

static gboolean
support_has_id (gpointer item,
                gint64   id)
{
  return sxsh_support_get_id (item) == id;
}

static void
editor_saved_cb (SxshSupportsPage  *self,
                 gint64             id,
                 SxshSupportEditor *editor)
{
  update_view (self);

  if (!sxsh_supports_page_select_support (self, id))
    sxsh_page_add_toast (GTK_WIDGET (self),
                         adw_toast_new (_("Saved. The support is in another year, or hidden by "
                                          "the search or filters.")));
}

static void
open_editor (SxshSupportsPage *self,
             SxshSupport      *support)
{
  SxshSupportEditor *editor;

  if (self->editor != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->editor));
      return;
    }

  editor = sxsh_support_editor_new (self->store, support);
  if (support == NULL && gtk_toggle_button_get_active (self->demo_toggle))
    sxsh_support_editor_set_kind (editor, SXSH_SUPPORT_DEMO_MODEL);
  sxsh_page_present_editor (GTK_WIDGET (self), GTK_WINDOW (editor), G_CALLBACK (editor_saved_cb),
                            (GtkWindow **) &self->editor);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (SXSH_SUPPORTS_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SxshSupportsPage *self = SXSH_SUPPORTS_PAGE (widget);
  SxshSupport *support = get_selected_support (self);

  if (support != NULL)
    open_editor (self, support);
}

static void
undo_clicked_cb (SxshSupportsPage *self,
                 AdwToast         *toast)
{
  g_autoptr(SxshSupportUndo) undo = sxsh_page_undo_toast_steal (toast);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (undo == NULL)
    return;

  id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "sxsh-support-id"));
  if (!sxsh_support_store_undo_delete (self->store, undo, &error))
    sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Restore the Technical Support"), error);
  else
    sxsh_supports_page_select_support (self, id);
  update_view (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SxshSupportsPage *self = SXSH_SUPPORTS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  SxshSupport *support = get_selected_support (self);
  SxshSupportUndo *undo;
  AdwToast *toast;
  guint position;
  gint64 id;

  if (support == NULL)
    return;

  position = gtk_single_selection_get_selected (self->selection);
  id = sxsh_support_get_id (support);
  /* Translators: %s is a kind of support, %s a facility's name. */
  message = g_strdup_printf (_("%s for “%s” deleted"),
                             sxsh_support_kind_get_label (sxsh_support_get_kind (support)),
                             sxsh_support_get_facility_name (support));

  undo = sxsh_support_store_delete (self->store, id, &error);
  if (undo == NULL)
    {
      sxsh_page_show_error (widget, _("Cannot Delete the Technical Support"), error);
      return;
    }

  toast = sxsh_page_undo_toast_new (message, undo, (GDestroyNotify) sxsh_support_undo_free,
                                    G_CALLBACK (undo_clicked_cb), self);
  sxsh_page_present_undo_toast (widget, toast, "sxsh-support-id", id, &self->undo_toast);
  sxsh_page_select_after_delete (GTK_SELECTION_MODEL (self->selection), position);
  update_view (self);
  update_actions (self);
}

static gboolean
focus_search_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  SxshSupportsPage *self = SXSH_SUPPORTS_PAGE (widget);

  return sxsh_page_focus_search (widget, self->stack, "list", self->search_entry);
}

static void
column_view_activate_cb (SxshSupportsPage *self,
                         guint             position,
                         GtkColumnView    *column_view)
{
  sxsh_page_activate_row (GTK_WIDGET (self), GTK_SELECTION_MODEL (self->selection), position,
                          "supports.edit");
}

static void
search_stop_cb (SxshSupportsPage *self,
                GtkSearchEntry   *entry)
{
  sxsh_page_search_stop (entry, self->column_view);
}

/* The store reloads, replacing every support object, when the database
 * changes: the selected support is remembered before and selected again
 * after. */
static void
database_changing_cb (SxshSupportsPage *self,
                      const char       *table,
                      SxshDatabase     *database)
{
  SxshSupport *support = get_selected_support (self);

  self->reload_selection = support != NULL ? sxsh_support_get_id (support) : 0;
}

static void
database_changed_cb (SxshSupportsPage *self,
                     const char       *table,
                     SxshDatabase     *database)
{
  if (self->reload_selection != 0 && get_selected_support (self) == NULL)
    sxsh_supports_page_select_support (self, self->reload_selection);
  self->reload_selection = 0;
  update_view (self);
  update_actions (self);
}

static void
sxsh_supports_page_constructed (GObject *object)
{
  SxshSupportsPage *self = SXSH_SUPPORTS_PAGE (object);

  G_OBJECT_CLASS (sxsh_supports_page_parent_class)->constructed (object);

  g_assert (SXSH_IS_DATABASE (self->database));

  /* Connected before the store exists, so that it runs before the store's
   * own handler reloads it. */
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (database_changing_cb), self, G_CONNECT_SWAPPED);
  self->store = sxsh_support_store_new (self->database);
  if (self->year > 0)
    sxsh_support_store_set_year (self->store, self->year);
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);

  self->sort_model = sxsh_page_sort_model_new (G_LIST_MODEL (self->store), self->column_view);
  self->selection = sxsh_page_single_selection_new (self->sort_model, self->column_view);
  gtk_column_view_sort_by_column (self->column_view, self->facility_column, GTK_SORT_ASCENDING);

  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (model_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->kind_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->demo_toggle, "toggled",
                           G_CALLBACK (demo_toggled_cb), self, G_CONNECT_SWAPPED);

  filter_changed_cb (self);
}

static void
sxsh_supports_page_dispose (GObject *object)
{
  SxshSupportsPage *self = SXSH_SUPPORTS_PAGE (object);

  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));
  g_clear_weak_pointer (&self->editor);
  g_clear_weak_pointer (&self->undo_toast);

  sxsh_page_disconnect_models (self, self->sort_model, self->selection);

  adw_bin_set_child (ADW_BIN (self), NULL);
  /* The template sets its pointers to NULL: the references taken in init
   * go first. */
  g_clear_object (&self->kind_column);
  g_clear_object (&self->consultant_column);
  g_clear_object (&self->results_column);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_SUPPORTS_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sxsh_supports_page_parent_class)->dispose (object);
}

static void
sxsh_supports_page_finalize (GObject *object)
{
  SxshSupportsPage *self = SXSH_SUPPORTS_PAGE (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (sxsh_supports_page_parent_class)->finalize (object);
}

static void
sxsh_supports_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SxshSupportsPage *self = SXSH_SUPPORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_DEMO_MODELS:
      g_value_set_boolean (value, gtk_toggle_button_get_active (self->demo_toggle));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_supports_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SxshSupportsPage *self = SXSH_SUPPORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_YEAR:
      sxsh_supports_page_set_year (self, g_value_get_int (value));
      break;

    case PROP_DEMO_MODELS:
      sxsh_supports_page_set_demo_models (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_supports_page_class_init (SxshSupportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_supports_page_constructed;
  object_class->dispose = sxsh_supports_page_dispose;
  object_class->finalize = sxsh_supports_page_finalize;
  object_class->get_property = sxsh_supports_page_get_property;
  object_class->set_property = sxsh_supports_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SXSH_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshSupportsPage:year:
   *
   * The reporting year: the page lists the supports of that year.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, 2100, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshSupportsPage:demo-models:
   *
   * %TRUE to list the demonstration models alone, with their results.
   */
  properties[PROP_DEMO_MODELS] =
    g_param_spec_boolean ("demo-models", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-supports-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, demo_toggle);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, facility_column);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, kind_column);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, consultant_column);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, cost_column);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, state_column);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, options_column);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, payback_column);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, results_column);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportsPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);

  gtk_widget_class_install_action (widget_class, "supports.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "supports.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "supports.delete", NULL, delete_action);
  gtk_widget_class_install_property_action (widget_class, "supports.demo-models",
                                            "demo-models");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "supports.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "supports.delete",
                                       NULL);
}

static void
sxsh_supports_page_init (SxshSupportsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  setup_columns (self);
  setup_filters (self);
  /* The columns that come and go with "Demonstration Models" are kept while
   * they are out of the view. */
  g_object_ref (self->kind_column);
  g_object_ref (self->consultant_column);
  g_object_ref (self->results_column);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  sxsh_page_add_window_shortcuts (GTK_WIDGET (self), focus_search_cb, "supports.add");
}

SxshSupportsPage *
sxsh_supports_page_new (SxshDatabase *database)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);

  return g_object_new (SXSH_TYPE_SUPPORTS_PAGE, "database", database, NULL);
}

/* Returns: (transfer none): the store the page lists */
SxshSupportStore *
sxsh_supports_page_get_store (SxshSupportsPage *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORTS_PAGE (self), NULL);

  return self->store;
}

int
sxsh_supports_page_get_year (SxshSupportsPage *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORTS_PAGE (self), 0);

  return self->year;
}

void
sxsh_supports_page_set_year (SxshSupportsPage *self,
                             int               year)
{
  g_return_if_fail (SXSH_IS_SUPPORTS_PAGE (self));

  if (self->year == year)
    return;

  self->year = year;
  if (self->store != NULL && year > 0)
    {
      sxsh_support_store_set_year (self->store, year);
      update_view (self);
      update_actions (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

gboolean
sxsh_supports_page_get_demo_models (SxshSupportsPage *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORTS_PAGE (self), FALSE);

  return gtk_toggle_button_get_active (self->demo_toggle);
}

void
sxsh_supports_page_set_demo_models (SxshSupportsPage *self,
                                    gboolean          demo_models)
{
  g_return_if_fail (SXSH_IS_SUPPORTS_PAGE (self));

  /* The toggle's handler filters and notifies. */
  gtk_toggle_button_set_active (self->demo_toggle, demo_models);
}

GtkColumnView *
sxsh_supports_page_get_column_view (SxshSupportsPage *self)
{
  return self->column_view;
}

GtkColumnViewColumn *
sxsh_supports_page_get_results_column (SxshSupportsPage *self)
{
  return self->results_column;
}

GtkSingleSelection *
sxsh_supports_page_get_selection (SxshSupportsPage *self)
{
  return self->selection;
}

GtkSearchEntry *
sxsh_supports_page_get_search_entry (SxshSupportsPage *self)
{
  return self->search_entry;
}

const char *
sxsh_supports_page_get_count_text (SxshSupportsPage *self)
{
  return gtk_label_get_label (self->count_label);
}

const char *
sxsh_supports_page_get_visible_view (SxshSupportsPage *self)
{
  return sxsh_page_get_visible_view (self->stack, "list", self->list_stack);
}

AdwToast *
sxsh_supports_page_get_undo_toast (SxshSupportsPage *self)
{
  return self->undo_toast;
}

SxshSupportEditor *
sxsh_supports_page_get_editor (SxshSupportsPage *self)
{
  return self->editor;
}

gboolean
sxsh_supports_page_select_support (SxshSupportsPage *self,
                                   gint64            id)
{
  return sxsh_page_select_item (self->selection, self->column_view, support_has_id, id);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sxsh-format.h"
#include "sxsh-named-item.h"
#include "sxsh-page-helpers.h"

/* Toasts and errors */

/**
 * sxsh_page_add_toast:
 * @widget: a widget inside the window's toast overlay
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the nearest toast overlay; a widget outside any (a test's
 * bare window) drops it.
 */
void
sxsh_page_add_toast (GtkWidget *widget,
                     AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

void
sxsh_page_show_error (GtkWidget    *widget,
                      const char   *heading,
                      const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The internal list view does the scrolling; GTK 4.8's column view has no
 * call of its own for it. */
void
sxsh_page_scroll_to_position (GtkColumnView *view,
                              guint          position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        {
          gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
          break;
        }
    }
}

/**
 * sxsh_page_undo_toast_new:
 * @title: what was deleted, e.g. "“Hội thảo SXSH” deleted"
 * @undo: (transfer full): what the store needs to undo the deletion
 * @free_undo: frees @undo when the toast goes without an undo
 * @undo_cb: called as `void (*) (gpointer user_data, AdwToast *toast)` when
 *   Undo is clicked; it takes @undo with sxsh_page_undo_toast_steal()
 *
 * Deleting asks nothing: the toast's Undo puts the record back.
 *
 * Returns: (transfer full): the toast, for sxsh_page_add_toast()
 */
AdwToast *
sxsh_page_undo_toast_new (const char     *title,
                          gpointer        undo,
                          GDestroyNotify  free_undo,
                          GCallback       undo_cb,
                          gpointer        user_data)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);
  g_object_set_data_full (G_OBJECT (toast), "sxsh-undo", undo, free_undo);
  g_signal_connect_object (toast, "button-clicked", undo_cb, user_data, G_CONNECT_SWAPPED);
  return toast;
}

/* Stealing the undo record makes a second click a no-op.
 *
 * Returns: (transfer full) (nullable): the undo record */
gpointer
sxsh_page_undo_toast_steal (AdwToast *toast)
{
  return g_object_steal_data (G_OBJECT (toast), "sxsh-undo");
}

/**
 * sxsh_page_present_undo_toast:
 * @page: the list page
 * @toast: (transfer full): a toast from sxsh_page_undo_toast_new()
 * @id_key: the name under which the deleted record's id is kept on the
 *   toast, for its undo callback
 * @id: the deleted record's id
 * @weak_toast: the page's weak pointer to its latest undo toast
 */
void
sxsh_page_present_undo_toast (GtkWidget  *page,
                              AdwToast   *toast,
                              const char *id_key,
                              gint64      id,
                              AdwToast  **weak_toast)
{
  g_object_set_data (G_OBJECT (toast), id_key, GSIZE_TO_POINTER ((gsize) id));
  g_set_weak_pointer (weak_toast, toast);
  sxsh_page_add_toast (page, toast);
}

/* The next row takes the deleted one's place, so Delete can be pressed
 * again to go on down the list. */
void
sxsh_page_select_after_delete (GtkSelectionModel *selection,
                               guint              position)
{
  guint n;

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (selection));
  if (n > 0)
    gtk_selection_model_select_item (selection, MIN (position, n - 1), TRUE);
}

/* Models, keys and views of a list page */

/* Returns: (transfer full): @model sorted by the column view's sorter */
GtkSortListModel *
sxsh_page_sort_model_new (GListModel    *model,
                          GtkColumnView *view)
{
  GtkSortListModel *sort_model = gtk_sort_list_model_new (g_object_ref (model), NULL);

  gtk_sort_list_model_set_sorter (sort_model, gtk_column_view_get_sorter (view));
  return sort_model;
}

/* Nothing is selected until the user picks a row, and a click can take
 * the selection away again.
 *
 * Returns: (transfer full): the selection, already shown in @view */
GtkSingleSelection *
sxsh_page_single_selection_new (GtkSortListModel *sort_model,
                                GtkColumnView    *view)
{
  GtkSingleSelection *selection;

  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (sort_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
  return selection;
}

/* The sort model resorts when the column view lets its sorter go: the
 * page must not hear of it while its widgets are going away. */
void
sxsh_page_disconnect_models (gpointer page,
                             gpointer sort_model,
                             gpointer selection)
{
  if (sort_model != NULL)
    g_signal_handlers_disconnect_by_data (sort_model, page);
  if (selection != NULL)
    g_signal_handlers_disconnect_by_data (selection, page);
}

/* Escape in the search field clears it, or, when it is empty already,
 * goes back to the table. */
void
sxsh_page_search_stop (GtkSearchEntry *entry,
                       GtkColumnView  *view)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  else
    gtk_widget_grab_focus (GTK_WIDGET (view));
}

/* Ctrl+F only acts on a page that is shown, and, with a @stack, while its
 * @list_name child (the one with the search field) is visible.
 *
 * Returns: %TRUE when the search field took the focus */
gboolean
sxsh_page_focus_search (GtkWidget      *page,
                        GtkStack       *stack,
                        const char     *list_name,
                        GtkSearchEntry *entry)
{
  if (!gtk_widget_get_mapped (page) ||
      (stack != NULL
       && g_strcmp0 (gtk_stack_get_visible_child_name (stack), list_name) != 0))
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  return TRUE;
}

static gboolean
activate_when_mapped_cb (GtkWidget *widget,
                         GVariant  *args,
                         gpointer   action_name)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  gtk_widget_activate_action (widget, action_name, NULL);
  return TRUE;
}

/**
 * sxsh_page_add_window_shortcuts:
 * @focus_search: the page's Ctrl+F
 * @new_action: (nullable): the action of Ctrl+N, a static string
 *
 * The shortcuts that must work wherever the focus is in the window while
 * the page is shown.
 */
void
sxsh_page_add_window_shortcuts (GtkWidget       *page,
                                GtkShortcutFunc  focus_search,
                                const char      *new_action)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                      gtk_callback_action_new (focus_search, NULL, NULL)));
  if (new_action != NULL)
    gtk_shortcut_controller_add_shortcut (shortcuts,
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_n, GDK_CONTROL_MASK),
                        gtk_callback_action_new (activate_when_mapped_cb,
                                                 (gpointer) new_action, NULL)));
  gtk_widget_add_controller (page, controller);
}

/**
 * sxsh_page_present_editor:
 * @page: the list page that opens @editor
 * @editor: a new editor window with a "saved" signal
 * @saved_cb: called as `void (*) (page, gint64 id, editor)` after a save
 * @weak_editor: the page's weak pointer to its open editor, which keeps a
 *   second one from opening
 */
void
sxsh_page_present_editor (GtkWidget  *page,
                          GtkWindow  *editor,
                          GCallback   saved_cb,
                          GtkWindow **weak_editor)
{
  GtkRoot *root = gtk_widget_get_root (page);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (editor, GTK_WINDOW (root));
  g_signal_connect_object (editor, "saved", saved_cb, page, G_CONNECT_SWAPPED);
  g_set_weak_pointer (weak_editor, editor);
  gtk_window_present (editor);
}

/* Enter or a double click on a row selects it and runs @action_name on it. */
void
sxsh_page_activate_row (GtkWidget         *page,
                        GtkSelectionModel *selection,
                        guint              position,
                        const char        *action_name)
{
  gtk_selection_model_select_item (selection, position, TRUE);
  gtk_widget_activate_action (page, action_name, NULL);
}

/* Returns: "empty", "table" or "no-results" (or the page's own names):
 * what the user sees in the page */
const char *
sxsh_page_get_visible_view (GtkStack   *stack,
                            const char *list_name,
                            GtkStack   *list_stack)
{
  const char *name = gtk_stack_get_visible_child_name (stack);

  if (g_strcmp0 (name, list_name) == 0)
    return gtk_stack_get_visible_child_name (list_stack);
  return name;
}

/* Text columns */

typedef struct
{
  SxshCellTextFunc get_text;
  gboolean         numeric;
} ColumnData;

static void
text_cell_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    ColumnData               *data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), data->numeric ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (data->numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
text_cell_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   ColumnData               *data)
{
  g_autofree char *text = data->get_text (gtk_list_item_get_item (list_item));
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  /* Long titles are cut in the column: the tooltip gives them whole. */
  if (!data->numeric)
    gtk_widget_set_tooltip_text (label, text != NULL && g_utf8_strlen (text, -1) > 30 ? text
                                                                                       : NULL);
}

/**
 * sxsh_page_setup_text_column:
 * @get_text: the text of a row's cell
 * @numeric: right-aligned tabular figures
 * @compare: (nullable): the column's sort order, called with two items
 */
void
sxsh_page_setup_text_column (GtkColumnViewColumn *column,
                             SxshCellTextFunc     get_text,
                             gboolean             numeric,
                             GCompareDataFunc     compare)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  ColumnData *data = g_new0 (ColumnData, 1);

  data->get_text = get_text;
  data->numeric = numeric;
  g_object_set_data_full (G_OBJECT (factory), "sxsh-column", data, g_free);
  g_signal_connect (factory, "setup", G_CALLBACK (text_cell_setup_cb), data);
  g_signal_connect (factory, "bind", G_CALLBACK (text_cell_bind_cb), data);
  gtk_column_view_column_set_factory (column, factory);

  if (compare != NULL)
    {
      g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare, NULL, NULL));
      gtk_column_view_column_set_sorter (column, sorter);
    }
}

/* Selects the row whose item has @id and scrolls to it; FALSE when it is
 * not shown (filtered out or gone). */
gboolean
sxsh_page_select_item (GtkSingleSelection *selection,
                       GtkColumnView      *view,
                       gboolean          (*has_id) (gpointer item,
                                                    gint64   id),
                       gint64              id)
{
  GListModel *model = G_LIST_MODEL (selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (has_id (item, id))
        {
          gtk_single_selection_set_selected (selection, i);
          sxsh_page_scroll_to_position (view, i);
          return TRUE;
        }
    }
  return FALSE;
}

/* Reference choosers */

static char *
named_item_get_name (SxshNamedItem *item)
{
  return g_strdup (item != NULL ? sxsh_named_item_get_name (item) : "");
}

static void
named_item_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 60);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (list_item, box);
}

static void
named_item_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  SxshNamedItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  GtkWidget *detail = gtk_widget_get_next_sibling (name);
  const char *detail_text = sxsh_named_item_get_detail (item);

  gtk_label_set_label (GTK_LABEL (name), sxsh_named_item_get_name (item));
  gtk_label_set_label (GTK_LABEL (detail), detail_text != NULL ? detail_text : "");
  gtk_widget_set_visible (detail, detail_text != NULL && *detail_text != '\0');
}

/**
 * sxsh_page_setup_named_chooser:
 * @chooser: an #AdwComboRow or a #GtkDropDown
 * @none_label: the first entry, whose id is 0
 * @items: (nullable): a #GListModel of #SxshNamedItem
 */
void
sxsh_page_setup_named_chooser (gpointer    chooser,
                               const char *none_label,
                               GListModel *items)
{
  g_autoptr(GListStore) none = g_list_store_new (SXSH_TYPE_NAMED_ITEM);
  g_autoptr(SxshNamedItem) none_item = sxsh_named_item_new (0, none_label, NULL);
  g_autoptr(GListStore) models = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkFlattenListModel) model = NULL;
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkExpression) expression = NULL;

  g_list_store_append (none, none_item);
  g_list_store_append (models, none);
  if (items != NULL)
    g_list_store_append (models, items);
  model = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&models)));

  g_signal_connect (list_factory, "setup", G_CALLBACK (named_item_setup_cb), NULL);
  g_signal_connect (list_factory, "bind", G_CALLBACK (named_item_bind_cb), NULL);
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (named_item_get_name), NULL, NULL);
  g_object_set (chooser,
                "expression", expression,
                "list-factory", list_factory,
                "model", model,
                NULL);
}

void
sxsh_page_select_named (gpointer chooser,
                        gint64   id)
{
  g_autoptr(GListModel) model = NULL;
  guint n;

  g_object_get (chooser, "model", &model, NULL);
  n = model != NULL ? g_list_model_get_n_items (model) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshNamedItem) item = g_list_model_get_item (model, i);

      if (sxsh_named_item_get_id (item) == id)
        {
          g_object_set (chooser, "selected", i, NULL);
          return;
        }
    }
  g_object_set (chooser, "selected", 0u, NULL);
}

/* Returns: the chosen item's id, 0 for none */
gint64
sxsh_page_get_named_id (gpointer chooser)
{
  g_autoptr(GObject) item = NULL;

  g_object_get (chooser, "selected-item", &item, NULL);
  return SXSH_IS_NAMED_ITEM (item) ? sxsh_named_item_get_id (SXSH_NAMED_ITEM (item)) : 0;
}

/* Returns: (transfer full): the labels of the values 0 … @n_values − 1 of
 * an enumeration, for a combo row whose position is the value */
GtkStringList *
sxsh_page_labels_new (const char *(*get_label) (int value),
                      int           n_values)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < n_values; i++)
    gtk_string_list_append (list, get_label (i));
  return list;
}

/* Money and quantities */

/* Returns: (transfer full): "50.000.000 đ" */
char *
sxsh_page_format_money (gint64 vnd)
{
  g_autofree char *number = sxsh_format_integer (vnd);

  /* Translators: an amount of money in Vietnamese đồng; %s is the number
   * with its thousands dots. */
  return g_strdup_printf (_("%s đ"), number);
}

/* Returns: (transfer full): "50.000.000" for a money field, "" for 0 */
char *
sxsh_page_format_money_entry (gint64 vnd)
{
  return vnd > 0 ? sxsh_format_integer (vnd) : g_strdup ("");
}

/* Reads "50.000.000", "50 000 000 đ" or "50000000"; an empty field is 0.
 * Amounts are whole đồng. */
gboolean
sxsh_page_parse_money (const char *text,
                       gint64     *vnd)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  double value;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* The currency sign and the spaces people type between thousands. */
      if (c == 0x0111 || c == 0x0110 || g_unichar_isspace (c) || c == 0x00A0)
        continue;
      g_string_append_unichar (clean, c);
    }
  if (clean->len == 0)
    {
      *vnd = 0;
      return TRUE;
    }
  if (!sxsh_parse_number (clean->str, &value) || !isfinite (value) || value < 0
      || value > 1e15 || value != floor (value))
    return FALSE;
  *vnd = (gint64) value;
  return TRUE;
}

/* Returns: (transfer full): "12,5", "" for 0 */
char *
sxsh_page_format_quantity (double value)
{
  g_autofree char *text = NULL;
  char *end;

  if (value == 0)
    return g_strdup ("");
  text = sxsh_format_number (value, 3);
  /* "12,500" would read as twelve thousand five hundred: trailing zeros go. */
  if (strchr (text, ',') != NULL)
    {
      end = text + strlen (text);
      while (end > text && end[-1] == '0')
        *--end = '\0';
      if (end > text && end[-1] == ',')
        *--end = '\0';
    }
  return g_steal_pointer (&text);
}

/* An empty field is 0. */
gboolean
sxsh_page_parse_quantity (const char *text,
                          double     *value)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*stripped == '\0')
    {
      *value = 0;
      return TRUE;
    }
  return sxsh_parse_number (stripped, value) && isfinite (*value) && *value >= 0;
}

/* Returns: (transfer full): "1,6 years", or "No payback" when nothing is
 * saved */
char *
sxsh_page_format_payback (gboolean has_payback,
                          double   years)
{
  g_autofree char *number = NULL;

  if (!has_payback)
    return g_strdup (_("No payback"));
  number = sxsh_format_number (years, 1);
  /* Translators: a payback period; %s is a number such as "1,6". */
  return g_strdup_printf (_("%s years"), number);
}

/* Reads dd/mm/yyyy (or ISO); an empty field gives "".
 *
 * Returns: %FALSE when the text is not a date */
gboolean
sxsh_page_parse_date (const char  *text,
                      char       **iso)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  GDate date;

  if (*stripped == '\0')
    {
      *iso = g_strdup ("");
      return TRUE;
    }
  if (!sxsh_parse_date (stripped, &date))
    return FALSE;
  *iso = sxsh_date_to_iso (&date);
  return TRUE;
}

char *
sxsh_page_today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-format.h"
#include "sxsh-page-helpers.h"
#include "sxsh-register-page-private.h"
#include "sxsh-text.h"

/* The reporting register of the year: every facility that applies cleaner
 * production and every agency that reports annually, with what came in and
 * when.  Several reports that arrived together are marked received at
 * once; a wrong mark is cleared or undone from its toast. */

struct _SxshRegisterPage
{
  AdwBin               parent_instance;

  SxshDatabase        *database;
  SxshRegister        *reg;
  GtkCustomFilter     *kind_filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkMultiSelection   *selection;
  int                  year;
  GArray              *reload_selection;   /* SelectedReporter, kept across a reload */

  /* Weak pointers, for the tests and to avoid opening two dialogs. */
  AdwMessageDialog    *dialog;
  AdwToast            *undo_toast;

  /* Template widgets */
  GtkLabel            *summary_label;
  GtkLabel            *due_label;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *kind_dropdown;
  GtkToggleButton     *missing_toggle;
  GtkStack            *list_stack;
  AdwStatusPage       *empty_page;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *due_column;
  GtkColumnViewColumn *received_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *days_column;
  GtkColumnViewColumn *note_column;
  GtkLabel            *count_label;
};

G_DEFINE_FINAL_TYPE (SxshRegisterPage, sxsh_register_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_YEAR,
  N_PROPS
};

/* The kind drop-down, in this order. */
enum {
  KIND_ALL,
  KIND_FACILITIES,
  KIND_AGENCIES,
};

static GParamSpec *properties[N_PROPS];

/* A selected row's reporter, to select it again after a reload. */
typedef struct
{
  SxshReporterKind kind;
  gint64           id;
} SelectedReporter;

/* Returns: (transfer full) (element-type SxshRegisterEntry): the selected
 * entries, in the order shown */
static GPtrArray *
get_selected_entries (SxshRegisterPage *self)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  if (self->selection == NULL)
    return entries;
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (entries, g_list_model_get_item (G_LIST_MODEL (self->selection), position));
  return entries;
}

static void
update_actions (SxshRegisterPage *self)
{
  g_autoptr(GPtrArray) entries = get_selected_entries (self);
  SxshRegisterEntry *single = entries->len == 1 ? g_ptr_array_index (entries, 0) : NULL;
  gboolean any_received = FALSE;
  SxshRegisterCounts counts;

  for (guint i = 0; i < entries->len; i++)
    any_received |= sxsh_register_page_entry_is_received (g_ptr_array_index (entries, i));

  sxsh_register_get_counts (self->reg, &counts);
  /* Letters go to reporters whose report is overdue, none before. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.reminders", counts.overdue > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.mark-received", entries->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.return",
                                 single != NULL
                                 && *sxsh_register_entry_get_received_on (single) != '\0'
                                 && sxsh_register_entry_get_status (single)
                                    != SXSH_REPORT_STATUS_RETURNED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.clear", any_received);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.edit-report",
                                 single != NULL
                                 && sxsh_register_entry_get_reporter_kind (single)
                                    == SXSH_REPORTER_AGENCY);
}

static gboolean
filter_is_active (SxshRegisterPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return (text != NULL && *text != '\0') ||
         gtk_toggle_button_get_active (self->missing_toggle) ||
         gtk_drop_down_get_selected (self->kind_dropdown) != KIND_ALL;
}

/* "Expected 118 · on time 90 · late 12 · returned 2 · missing 14", and
 * the due date under it with how many are overdue. */
static void
update_summary (SxshRegisterPage *self)
{
  SxshRegisterCounts counts;
  const char *due = sxsh_register_get_due_date (self->reg);
  g_autofree char *summary = NULL;
  g_autofree char *due_text = NULL;
  g_autofree char *due_line = NULL;

  sxsh_register_get_counts (self->reg, &counts);
  /* Translators: the counts of the year's reporting register. */
  summary = g_strdup_printf (_("Expected %u · on time %u · late %u · returned %u · missing %u"),
                             counts.expected, counts.on_time, counts.late, counts.returned,
                             counts.missing);
  gtk_label_set_label (self->summary_label, summary);

  due_text = due != NULL ? sxsh_format_date (due) : g_strdup ("");
  if (counts.overdue > 0)
    /* Translators: "Reports for 2025 are due on 30/11/2025 · 14 overdue". */
    due_line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Reports for %d are due on %s · %u overdue",
                                             "Reports for %d are due on %s · %u overdue",
                                             counts.overdue),
                                self->year, due_text, counts.overdue);
  else
    due_line = g_strdup_printf (_("Reports for %d are due on %s"), self->year, due_text);
  gtk_label_set_label (self->due_label, due_line);
}

static void
update_view (SxshRegisterPage *self)
{
  SxshRegisterCounts counts;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  g_autoptr(GtkBitset) selected = NULL;
  guint n_selected;
  g_autofree char *shown_text = NULL;
  g_autofree char *title = NULL;

  sxsh_register_get_counts (self->reg, &counts);
  update_summary (self);

  if (counts.expected == 0 && !filter_is_active (self))
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "table" : "no-results");

  /* Translators: the title of an empty page; %d is the reporting year. */
  title = g_strdup_printf (_("No Reports Expected for %d"), self->year);
  adw_status_page_set_title (self->empty_page, title);

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  n_selected = (guint) gtk_bitset_get_size (selected);
  shown_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reporter shown",
                                             "%u reporters shown", shown),
                                shown);
  if (n_selected > 0)
    {
      /* Translators: "12 reporters shown · 2 selected". */
      g_autofree char *text = g_strdup_printf (_("%s · %u selected"), shown_text, n_selected);
      gtk_label_set_label (self->count_label, text);
    }
  else
    gtk_label_set_label (self->count_label, shown_text);
}

static gboolean
kind_filter_cb (gpointer item,
                gpointer user_data)
{
  SxshRegisterPage *self = user_data;
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);

  switch (kind)
    {
    case KIND_FACILITIES:
      return sxsh_register_entry_get_reporter_kind (item) == SXSH_REPORTER_FACILITY;
    case KIND_AGENCIES:
      return sxsh_register_entry_get_reporter_kind (item) == SXSH_REPORTER_AGENCY;
    default:
      return TRUE;
    }
}

static void
filter_changed_cb (SxshRegisterPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  sxsh_register_set_filter_text (self->reg, text);
  sxsh_register_set_missing_only (self->reg, gtk_toggle_button_get_active (self->missing_toggle));
  gtk_filter_changed (GTK_FILTER (self->kind_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_view (self);
  update_actions (self);
}

static void
model_changed_cb (SxshRegisterPage *self)
{
  update_view (self);
  update_actions (self);
}

/* Columns */

static const char *status_classes[] = {
  [SXSH_REPORT_STATUS_ON_TIME] = "on-time",
  [SXSH_REPORT_STATUS_LATE] = "late",
  [SXSH_REPORT_STATUS_MISSING] = "missing",
  [SXSH_REPORT_STATUS_RETURNED] = "returned",
};

/* A facility's or an agency's icon, its name, and under it its district
 * or short name. */
static void
name_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_widget_add_css_class (icon, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_box_append (GTK_BOX (row), icon);
  gtk_box_append (GTK_BOX (row), box);
  gtk_list_item_set_child (list_item, row);
}

static void
name_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  SxshRegisterEntry *entry = gtk_list_item_get_item (list_item);
  GtkWidget *icon = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  GtkWidget *name = gtk_widget_get_first_child (gtk_widget_get_next_sibling (icon));
  GtkWidget *detail = gtk_widget_get_next_sibling (name);
  const char *detail_text = sxsh_register_entry_get_detail (entry);
  gboolean facility = sxsh_register_entry_get_reporter_kind (entry) == SXSH_REPORTER_FACILITY;

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), facility ? "factory-symbolic"
                                                           : "x-office-address-book-symbolic");
  gtk_widget_set_tooltip_text (icon, facility ? _("Facility") : _("Agency"));
  gtk_label_set_label (GTK_LABEL (name), sxsh_register_entry_get_name (entry));
  gtk_widget_set_tooltip_text (name, sxsh_register_entry_get_name (entry));
  gtk_label_set_label (GTK_LABEL (detail), detail_text);
  gtk_widget_set_visible (detail, *detail_text != '\0');
}

static void
status_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "report-status");
  gtk_list_item_set_child (list_item, label);
}

static void
status_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  SxshRegisterEntry *entry = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  SxshReportStatus status = sxsh_register_entry_get_status (entry);

  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (label, status_classes[i]);
  if ((guint) status < G_N_ELEMENTS (status_classes))
    gtk_widget_add_css_class (label, status_classes[status]);
  gtk_label_set_label (GTK_LABEL (label), sxsh_report_status_get_label (status));
}

static void
days_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

/* Overdue in red: what the officer chases first. */
static void
days_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  SxshRegisterEntry *entry = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *text = sxsh_register_entry_dup_days_label (entry);

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "dim-label");
  if (sxsh_register_entry_get_days_overdue (entry) > 0)
    gtk_widget_add_css_class (label, "error");
  else
    gtk_widget_add_css_class (label, "dim-label");
}

static char *
due_text (gpointer item)
{
  return sxsh_format_date (sxsh_register_entry_get_due_date (item));
}

static char *
received_text (gpointer item)
{
  const char *received = sxsh_register_entry_get_received_on (item);

  return *received != '\0' ? sxsh_format_date (received) : g_strdup ("");
}

/* A returned report shows when and why it went back. */
static char *
note_text (gpointer item)
{
  const char *returned = sxsh_register_entry_get_returned_on (item);
  const char *note = sxsh_register_entry_get_note (item);
  g_autofree char *date = NULL;

  if (*returned == '\0')
    return g_strdup (note);
  date = sxsh_format_date (returned);
  /* Translators: "Returned 03/12/2025: the energy figures are missing". */
  return *note != '\0' ? g_strdup_printf (_("Returned %s: %s"), date, note)
                       : g_strdup_printf (_("Returned %s"), date);
}

static int
compare_ints (gint64 a,
              gint64 b)
{
  return (a > b) - (a < b);
}

/* Equal values keep the register's order: facilities, then agencies, by
 * name. */
static int
compare_names (SxshRegisterEntry *a,
               SxshRegisterEntry *b)
{
  int result = compare_ints (sxsh_register_entry_get_reporter_kind (a),
                             sxsh_register_entry_get_reporter_kind (b));

  return result != 0 ? result : sxsh_text_collate (sxsh_register_entry_get_name (a),
                                                   sxsh_register_entry_get_name (b));
}

static int
compare_name_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  return compare_names ((SxshRegisterEntry *) a, (SxshRegisterEntry *) b);
}

static int
compare_due_cb (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  int result = g_strcmp0 (sxsh_register_entry_get_due_date ((SxshRegisterEntry *) a),
                          sxsh_register_entry_get_due_date ((SxshRegisterEntry *) b));

  return result != 0 ? result : compare_names ((SxshRegisterEntry *) a, (SxshRegisterEntry *) b);
}

/* Reports not received sort before received ones, by what is still to
 * come. */
static int
compare_received_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  int result = g_strcmp0 (sxsh_register_entry_get_received_on ((SxshRegisterEntry *) a),
                          sxsh_register_entry_get_received_on ((SxshRegisterEntry *) b));

  return result != 0 ? result : compare_names ((SxshRegisterEntry *) a, (SxshRegisterEntry *) b);
}

/* The status sorts by how much it needs the officer: missing, returned,
 * late, on time; overdue reports by how long they are overdue. */
static int
status_rank (SxshRegisterEntry *entry)
{
  switch (sxsh_register_entry_get_status (entry))
    {
    case SXSH_REPORT_STATUS_MISSING: return 0;
    case SXSH_REPORT_STATUS_RETURNED: return 1;
    case SXSH_REPORT_STATUS_LATE: return 2;
    case SXSH_REPORT_STATUS_ON_TIME:
    default: return 3;
    }
}

static int
compare_status_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      data)
{
  SxshRegisterEntry *x = (SxshRegisterEntry *) a;
  SxshRegisterEntry *y = (SxshRegisterEntry *) b;
  int result = compare_ints (status_rank (x), status_rank (y));

  if (result == 0)
    result = compare_ints (sxsh_register_entry_get_days_overdue (y),
                           sxsh_register_entry_get_days_overdue (x));
  return result != 0 ? result : compare_names (x, y);
}

static int
days_value (SxshRegisterEntry *entry)
{
  /* Overdue and late count up, days left count down. */
  if (sxsh_register_entry_get_days_overdue (entry) > 0)
    return sxsh_register_entry_get_days_overdue (entry);
  if (sxsh_register_entry_get_days_late (entry) > 0)
    return sxsh_register_entry_get_days_late (entry);
  return -sxsh_register_entry_get_days_left (entry);
}

static int
compare_days_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  int result = compare_ints (days_value ((SxshRegisterEntry *) a),
                             days_value ((SxshRegisterEntry *) b));

  return result != 0 ? result : compare_names ((SxshRegisterEntry *) a, (SxshRegisterEntry *) b);
}

static void
setup_factory_column (GtkColumnViewColumn *column,
                      GCallback            setup,
                      GCallback            bind,
                      GCompareDataFunc     compare)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare, NULL, NULL));

  g_signal_connect (factory, "setup", setup, NULL);
  g_signal_connect (factory, "bind", bind, NULL);
  gtk_column_view_column_set_factory (column, factory);
  gtk_column_view_column_set_sorter (column, sorter);
}

static void
setup_columns (SxshRegisterPage *self)
{
  setup_factory_column (self->name_column, G_CALLBACK (name_setup_cb), G_CALLBACK (name_bind_cb),
                        compare_name_cb);
  sxsh_page_setup_text_column (self->due_column, due_text, TRUE, compare_due_cb);
  sxsh_page_setup_text_column (self->received_column, received_text, TRUE, compare_received_cb);
  setup_factory_column (self->status_column, G_CALLBACK (status_setup_cb),
                        G_CALLBACK (status_bind_cb), compare_status_cb);
  setup_factory_column (self->days_column, G_CALLBACK (days_setup_cb), G_CALLBACK (days_bind_cb),
                        compare_days_cb);
  sxsh_page_setup_text_column (self->note_column, note_text, FALSE, NULL);
}

static void
setup_filters (SxshRegisterPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  /* In the order of KIND_*. */
  gtk_string_list_append (kinds, _("All reporters"));
  gtk_string_list_append (kinds, _("Facilities"));
  gtk_string_list_append (kinds, _("Agencies"));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
}

/* Keys */

/* Enter on an agency opens its report; on a facility it marks the
 * selected reports received. */
static void
column_view_activate_cb (SxshRegisterPage *self,
                         guint             position,
                         GtkColumnView    *column_view)
{
  g_autoptr(SxshRegisterEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                              position);

  if (entry == NULL)
    return;
  if (!gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position))
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  if (sxsh_register_entry_get_reporter_kind (entry) == SXSH_REPORTER_AGENCY)
    gtk_widget_activate_action (GTK_WIDGET (self), "register.edit-report", NULL);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "register.mark-received", NULL);
}

static void
search_stop_cb (SxshRegisterPage *self,
                GtkSearchEntry   *entry)
{
  sxsh_page_search_stop (entry, self->column_view);
}

static gboolean
focus_search_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  SxshRegisterPage *self = SXSH_REGISTER_PAGE (widget);

  return sxsh_page_focus_search (widget, NULL, NULL, self->search_entry);
}

static gboolean
mark_received_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  return gtk_widget_activate_action (widget, "register.mark-received", NULL);
}

static gboolean
toggle_missing_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  SxshRegisterPage *self = SXSH_REGISTER_PAGE (widget);

  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  gtk_toggle_button_set_active (self->missing_toggle,
                                !gtk_toggle_button_get_active (self->missing_toggle));
  return TRUE;
}

/* The shortcuts that must work wherever the focus is in the window while
 * the page is shown. */
static void
add_window_shortcuts (SxshRegisterPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                      gtk_callback_action_new (focus_search_cb, NULL, NULL)));
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_r, GDK_CONTROL_MASK),
                      gtk_callback_action_new (mark_received_cb, NULL, NULL)));
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_m, GDK_CONTROL_MASK),
                      gtk_callback_action_new (toggle_missing_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* The register replaces its entries when the database changes: the
 * selected reporters are remembered before and selected again after. */
static void
database_changing_cb (SxshRegisterPage *self,
                      const char       *table,
                      SxshDatabase     *database)
{
  g_autoptr(GPtrArray) entries = get_selected_entries (self);

  if (self->reload_selection != NULL || entries->len == 0)
    return;
  self->reload_selection = g_array_new (FALSE, FALSE, sizeof (SelectedReporter));
  for (guint i = 0; i < entries->len; i++)
    {
      SelectedReporter reporter = {
        sxsh_register_entry_get_reporter_kind (g_ptr_array_index (entries, i)),
        sxsh_register_entry_get_reporter_id (g_ptr_array_index (entries, i)),
      };
      g_array_append_val (self->reload_selection, reporter);
    }
}

static void
database_changed_cb (SxshRegisterPage *self,
                     const char       *table,
                     SxshDatabase     *database)
{
  g_autoptr(GArray) reporters = g_steal_pointer (&self->reload_selection);
  g_autoptr(GtkBitset) selected = NULL;

  if (reporters != NULL)
    {
      selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
      if (gtk_bitset_is_empty (selected))
        for (guint i = 0; i < reporters->len; i++)
          {
            SelectedReporter *r = &g_array_index (reporters, SelectedReporter, i);
            sxsh_register_page_select_reporter (self, r->kind, r->id, TRUE);
          }
    }
  update_view (self);
  update_actions (self);
}

static void
sxsh_register_page_constructed (GObject *object)
{
  SxshRegisterPage *self = SXSH_REGISTER_PAGE (object);

  G_OBJECT_CLASS (sxsh_register_page_parent_class)->constructed (object);

  g_assert (SXSH_IS_DATABASE (self->database));

  /* Connected before the register exists, so that it runs before the
   * register's own handler reloads it. */
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (database_changing_cb), self, G_CONNECT_SWAPPED);
  self->reg = sxsh_register_new (self->database);
  if (self->year > 0)
    sxsh_register_set_year (self->reg, self->year);
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);

  self->kind_filter = gtk_custom_filter_new (kind_filter_cb, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->reg)),
                                                  g_object_ref (GTK_FILTER (self->kind_filter)));
  self->sort_model = sxsh_page_sort_model_new (G_LIST_MODEL (self->filter_model), self->column_view);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (model_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (model_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->kind_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);

  update_view (self);
  update_actions (self);
}

static void
sxsh_register_page_dispose (GObject *object)
{
  SxshRegisterPage *self = SXSH_REGISTER_PAGE (object);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  g_clear_weak_pointer (&self->undo_toast);

  sxsh_page_disconnect_models (self, self->sort_model, self->selection);
  if (self->kind_dropdown != NULL)
    g_signal_handlers_disconnect_by_data (self->kind_dropdown, self);

  /* AdwBin keeps its own pointer to the child: let it go first, or the
   * template would unparent the child behind the bin's back. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_REGISTER_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->kind_filter);
  g_clear_object (&self->reg);

  G_OBJECT_CLASS (sxsh_register_page_parent_class)->dispose (object);
}

static void
sxsh_register_page_finalize (GObject *object)
{
  SxshRegisterPage *self = SXSH_REGISTER_PAGE (object);

  g_clear_pointer (&self->reload_selection, g_array_unref);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (sxsh_register_page_parent_class)->finalize (object);
}

static void
sxsh_register_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SxshRegisterPage *self = SXSH_REGISTER_PAGE (object);

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
sxsh_register_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SxshRegisterPage *self = SXSH_REGISTER_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_YEAR:
      sxsh_register_page_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_register_page_class_init (SxshRegisterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_register_page_constructed;
  object_class->dispose = sxsh_register_page_dispose;
  object_class->finalize = sxsh_register_page_finalize;
  object_class->get_property = sxsh_register_page_get_property;
  object_class->set_property = sxsh_register_page_set_property;

  /**
   * SxshRegisterPage:database:
   *
   * The database whose reporting register the page shows.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SXSH_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshRegisterPage:year:
   *
   * The reporting year: the page lists the reports expected for it.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, 2100, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-register-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshRegisterPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SxshRegisterPage, due_label);
  gtk_widget_class_bind_template_child (widget_class, SxshRegisterPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SxshRegisterPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SxshRegisterPage, missing_toggle);
  gtk_widget_class_bind_template_child (widget_class, SxshRegisterPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SxshRegisterPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SxshRegisterPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, SxshRegisterPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, SxshRegisterPage, due_column);
  gtk_widget_class_bind_template_child (widget_class, SxshRegisterPage, received_column);
  gtk_widget_class_bind_template_child (widget_class, SxshRegisterPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, SxshRegisterPage, days_column);
  gtk_widget_class_bind_template_child (widget_class, SxshRegisterPage, note_column);
  gtk_widget_class_bind_template_child (widget_class, SxshRegisterPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);

  gtk_widget_class_install_action (widget_class, "register.mark-received", NULL,
                                   sxsh_register_page_mark_received_action);
  gtk_widget_class_install_action (widget_class, "register.return", NULL, sxsh_register_page_return_action);
  gtk_widget_class_install_action (widget_class, "register.clear", NULL, sxsh_register_page_clear_action);
  gtk_widget_class_install_action (widget_class, "register.edit-report", NULL,
                                   sxsh_register_page_edit_report_action);
  gtk_widget_class_install_action (widget_class, "register.reminders", NULL,
                                   sxsh_register_page_reminders_action);

  /* Delete only acts when the focus is in the page, so that it never takes
   * a key meant for a text field elsewhere. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "register.clear", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "register.clear",
                                       NULL);
}

static void
sxsh_register_page_init (SxshRegisterPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  setup_columns (self);
  setup_filters (self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  add_window_shortcuts (self);
}

SxshRegisterPage *
sxsh_register_page_new (SxshDatabase *database)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);

  return g_object_new (SXSH_TYPE_REGISTER_PAGE, "database", database, NULL);
}

/**
 * sxsh_register_page_get_register:
 *
 * Returns: (transfer none): the register the page shows
 */
SxshRegister *
sxsh_register_page_get_register (SxshRegisterPage *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_PAGE (self), NULL);

  return self->reg;
}

int
sxsh_register_page_get_year (SxshRegisterPage *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_PAGE (self), 0);

  return self->year;
}

void
sxsh_register_page_set_year (SxshRegisterPage *self,
                             int               year)
{
  g_return_if_fail (SXSH_IS_REGISTER_PAGE (self));

  if (self->year == year)
    return;

  self->year = year;
  if (self->reg != NULL && year > 0)
    {
      sxsh_register_set_year (self->reg, year);
      update_view (self);
      update_actions (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

GtkColumnView *
sxsh_register_page_get_column_view (SxshRegisterPage *self)
{
  return self->column_view;
}

GtkMultiSelection *
sxsh_register_page_get_selection (SxshRegisterPage *self)
{
  return self->selection;
}

GtkSearchEntry *
sxsh_register_page_get_search_entry (SxshRegisterPage *self)
{
  return self->search_entry;
}

GtkToggleButton *
sxsh_register_page_get_missing_toggle (SxshRegisterPage *self)
{
  return self->missing_toggle;
}

const char *
sxsh_register_page_get_summary_text (SxshRegisterPage *self)
{
  return gtk_label_get_label (self->summary_label);
}

const char *
sxsh_register_page_get_count_text (SxshRegisterPage *self)
{
  return gtk_label_get_label (self->count_label);
}

/* "table", "no-results" or "empty": what the user sees in the page. */
const char *
sxsh_register_page_get_visible_view (SxshRegisterPage *self)
{
  return gtk_stack_get_visible_child_name (self->list_stack);
}

/* Returns: (transfer none) (nullable): the dialog open over the page */
AdwMessageDialog *
sxsh_register_page_get_dialog (SxshRegisterPage *self)
{
  return self->dialog;
}

AdwToast *
sxsh_register_page_get_undo_toast (SxshRegisterPage *self)
{
  return self->undo_toast;
}

/**
 * sxsh_register_page_select_reporter:
 * @add: %TRUE to add the row to the selection, %FALSE to select it alone
 *
 * Selects the row of a reporter and scrolls to it.
 *
 * Returns: %FALSE when the reporter is not shown
 */
gboolean
sxsh_register_page_select_reporter (SxshRegisterPage *self,
                                    SxshReporterKind  kind,
                                    gint64            reporter_id,
                                    gboolean          add)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshRegisterEntry) entry = g_list_model_get_item (model, i);

      if (sxsh_register_entry_get_reporter_kind (entry) == kind
          && sxsh_register_entry_get_reporter_id (entry) == reporter_id)
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, !add);
          sxsh_page_scroll_to_position (self->column_view, i);
          return TRUE;
        }
    }
  return FALSE;
}

/* For the page's own files */

SxshDatabase *
sxsh_register_page_get_database (SxshRegisterPage *self)
{
  return self->database;
}

/* Returns: (transfer full) (element-type SxshRegisterEntry): the selected
 * entries, in the order shown */
GPtrArray *
sxsh_register_page_get_selected_entries (SxshRegisterPage *self)
{
  return get_selected_entries (self);
}

/* Shows the counts, the list's state and the actions possible again. */
void
sxsh_register_page_refresh (SxshRegisterPage *self)
{
  update_view (self);
  update_actions (self);
}

void
sxsh_register_page_present_dialog (SxshRegisterPage *self,
                                   AdwMessageDialog *dialog)
{
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sxsh_register_page_set_undo_toast (SxshRegisterPage *self,
                                   AdwToast         *toast)
{
  g_set_weak_pointer (&self->undo_toast, toast);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-facilities-page-private.h"
#include "sxsh-facility-editor.h"
#include "sxsh-facility-activities.h"
#include "sxsh-facility-years.h"
#include "sxsh-named-item.h"
#include "sxsh-page-helpers.h"
#include "sxsh-reference.h"
#include "sxsh-row-model.h"
#include "sxsh-text.h"
#ifdef SXSH_HAVE_SAMPLE
#include "sxsh-sample.h"
#endif

struct _SxshFacilitiesPage
{
  AdwBin               parent_instance;

  SxshDatabase        *database;
  SxshFacilityStore   *store;
  GtkSortListModel    *sort_model;
  SxshRowModel        *row_model;
  GtkSingleSelection  *selection;
  int                  year;
  gboolean             generating_sample;
  /* Only these facilities, when drilling down from the dashboard
   * (sxsh-facilities-page-drilldown.c). */
  GArray              *only_ids;
  guint                warm_source;
  guint                warm_position;
  gint64               detached_selection;
  gint64               selected_id;       /* kept across changes of the list */
  gboolean             list_changing;

  /* Weak pointers, for the tests and to avoid opening two editors. */
  AdwToast            *undo_toast;
  SxshFacilityEditor  *editor;

  /* Template widgets */
  GtkStack            *stack;
  GtkWidget           *sample_button;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *sector_dropdown;
  GtkDropDown         *unit_dropdown;
  GtkDropDown         *size_dropdown;
  GtkDropDown         *potential_dropdown;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *tax_code_column;
  GtkColumnViewColumn *unit_column;
  GtkColumnViewColumn *sector_column;
  GtkColumnViewColumn *size_column;
  GtkColumnViewColumn *potential_column;
  GtkColumnViewColumn *status_column;
  GtkLabel            *count_label;
};

G_DEFINE_FINAL_TYPE (SxshFacilitiesPage, sxsh_facilities_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum
{
  COLUMN_NAME,
  COLUMN_TAX_CODE,
  COLUMN_UNIT,
  COLUMN_SECTOR,
  COLUMN_SIZE,
  COLUMN_POTENTIAL,
  COLUMN_STATUS,
} Column;

/* Indices of the potential filter, in the order of the drop-down. */
enum {
  POTENTIAL_ANY,
  POTENTIAL_WITH,
  POTENTIAL_WITHOUT,
};

static const char *status_classes[] = {
  "status-none",
  "status-neither",
  "status-informed",
  "status-applying",
};

static void
add_toast (SxshFacilitiesPage *self,
           AdwToast           *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
show_error (SxshFacilitiesPage *self,
            const char         *heading,
            const GError       *error)
{
  GtkWidget *dialog;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static SxshFacility *
get_selected_facility (SxshFacilitiesPage *self)
{
  SxshRow *row = gtk_single_selection_get_selected_item (self->selection);

  return row != NULL ? sxsh_row_get_item (row) : NULL;
}

static void
update_actions (SxshFacilitiesPage *self)
{
  gboolean has_selection = get_selected_facility (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "facilities.edit", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "facilities.delete", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "facilities.show-years", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "facilities.show-activities",
                                 has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "facilities.sample",
                                 !self->generating_sample);
}

static gboolean
filter_is_active (SxshFacilitiesPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return (text != NULL && *text != '\0') ||
         gtk_drop_down_get_selected (self->sector_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->unit_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->size_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->potential_dropdown) > 0 ||
         self->only_ids != NULL;
}

/* Shows the empty state, the "nothing matches" state or the table, and the
 * count under the table. */
static void
update_view (SxshFacilitiesPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  guint total = sxsh_facility_store_get_total (self->store);
  g_autofree char *count = NULL;

  if (total == 0 && !filter_is_active (self))
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");

  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "table" : "no-results");

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

static gint64
get_selected_item_id (GtkDropDown *dropdown)
{
  gpointer item = gtk_drop_down_get_selected_item (dropdown);

  if (SXSH_IS_NAMED_ITEM (item))
    return sxsh_named_item_get_id (item);

  return 0;
}

static void
apply_filter (SxshFacilitiesPage *self)
{
  SxshFacilityFilter filter = SXSH_FACILITY_FILTER_INIT;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint size = gtk_drop_down_get_selected (self->size_dropdown);

  filter.text = (text != NULL && *text != '\0') ? text : NULL;
  filter.sector_id = get_selected_item_id (self->sector_dropdown);
  filter.admin_unit_id = get_selected_item_id (self->unit_dropdown);
  /* The size drop-down lists the classes in enum order after "Any size". */
  filter.size_class = size == GTK_INVALID_LIST_POSITION ? SXSH_SIZE_UNKNOWN : (SxshSizeClass) size;
  filter.ids = self->only_ids;

  switch (gtk_drop_down_get_selected (self->potential_dropdown))
    {
    case POTENTIAL_WITH:
      filter.cp_potential = 1;
      break;

    case POTENTIAL_WITHOUT:
      filter.cp_potential = 0;
      break;

    default:
      filter.cp_potential = -1;
      break;
    }

  sxsh_facility_store_set_filter (self->store, &filter);
  update_view (self);
}

static void
filter_changed_cb (SxshFacilitiesPage *self)
{
  apply_filter (self);
}

static void
model_items_changed_cb (SxshFacilitiesPage *self,
                        guint               position,
                        guint               removed,
                        guint               added,
                        GListModel         *model)
{
  update_view (self);
  update_actions (self);
}

static void
selection_changed_cb (SxshFacilitiesPage *self)
{
  SxshFacility *facility;

  /* While the list changes, the selection follows the facility, not the
   * line: see list_changed_cb(). */
  if (!self->list_changing)
    {
      facility = get_selected_facility (self);
      self->selected_id = facility != NULL ? sxsh_facility_get_id (facility) : 0;
    }

  update_actions (self);
}

static void
list_changing_cb (SxshFacilitiesPage *self)
{
  self->list_changing = TRUE;
}

/* The lines stay where they are when the list changes, so the selection
 * would stay on a line showing another facility: it is moved to the line of
 * the selected facility, or dropped when that facility is no longer shown. */
static void
list_changed_cb (SxshFacilitiesPage *self)
{
  GListModel *model = G_LIST_MODEL (self->sort_model);
  guint n = g_list_model_get_n_items (model);
  guint position = GTK_INVALID_LIST_POSITION;

  self->list_changing = FALSE;

  for (guint i = 0; self->selected_id != 0 && i < n; i++)
    {
      g_autoptr(SxshFacility) facility = g_list_model_get_item (model, i);

      if (sxsh_facility_get_id (facility) == self->selected_id)
        {
          position = i;
          break;
        }
    }

  if (position == GTK_INVALID_LIST_POSITION)
    self->selected_id = 0;
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);

  update_actions (self);
}

/* Drop-downs of reference lists */

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
  gboolean in_popup = GPOINTER_TO_INT (user_data);
  GtkWidget *box;
  GtkWidget *name;
  GtkWidget *detail;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  name = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_box_append (GTK_BOX (box), name);

  if (in_popup)
    {
      detail = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (detail), 0);
      gtk_widget_add_css_class (detail, "caption");
      gtk_widget_add_css_class (detail, "dim-label");
      gtk_box_append (GTK_BOX (box), detail);
    }
  else
    {
      /* The button shows the choice in a fixed width so that the filter
       * bar does not jump when a long name is chosen. */
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (name), 16);
      gtk_label_set_width_chars (GTK_LABEL (name), 10);
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
    }

  gtk_list_item_set_child (list_item, box);
}

static void
named_item_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  SxshNamedItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *detail = gtk_widget_get_next_sibling (name);
  const char *detail_text = sxsh_named_item_get_detail (item);

  gtk_label_set_label (GTK_LABEL (name), sxsh_named_item_get_name (item));
  if (detail != NULL)
    {
      gtk_label_set_label (GTK_LABEL (detail), detail_text != NULL ? detail_text : "");
      gtk_widget_set_visible (detail, detail_text != NULL && *detail_text != '\0');
    }
}

static GtkListItemFactory *
named_item_factory_new (gboolean in_popup)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (named_item_setup_cb),
                    GINT_TO_POINTER (in_popup));
  g_signal_connect (factory, "bind", G_CALLBACK (named_item_bind_cb), NULL);

  return factory;
}

/* A reference list with an "any" entry (id 0) in front. */
static GListModel *
filter_model_new (const char *any_label,
                  GListModel *items)
{
  g_autoptr(GListStore) any = g_list_store_new (SXSH_TYPE_NAMED_ITEM);
  g_autoptr(SxshNamedItem) any_item = sxsh_named_item_new (0, any_label, NULL);
  GListStore *models = g_list_store_new (G_TYPE_LIST_MODEL);

  g_list_store_append (any, any_item);
  g_list_store_append (models, any);
  if (items != NULL)
    g_list_store_append (models, items);

  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (models)));
}

static void
setup_reference_dropdown (GtkDropDown *dropdown,
                          const char  *any_label,
                          GListModel  *items)
{
  g_autoptr(GListModel) model = filter_model_new (any_label, items);
  g_autoptr(GtkListItemFactory) factory = named_item_factory_new (FALSE);
  g_autoptr(GtkListItemFactory) list_factory = named_item_factory_new (TRUE);
  g_autoptr(GtkExpression) expression = NULL;

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (named_item_get_name), NULL, NULL);
  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_factory (dropdown, factory);
  gtk_drop_down_set_list_factory (dropdown, list_factory);
  gtk_drop_down_set_model (dropdown, model);
  gtk_drop_down_set_selected (dropdown, 0);
}

static void
setup_filters (SxshFacilitiesPage *self)
{
  g_autoptr(GListModel) sectors = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) sizes = NULL;

  sectors = sxsh_reference_list_sectors (self->database, &error);
  if (sectors == NULL)
    {
      g_debug ("No sectors: %s", error->message);
      g_clear_error (&error);
    }
  setup_reference_dropdown (self->sector_dropdown, _("All sectors"), sectors);

  units = sxsh_reference_list_admin_units (self->database, NULL, &error);
  if (units == NULL)
    {
      g_debug ("No administrative units: %s", error->message);
      g_clear_error (&error);
    }
  setup_reference_dropdown (self->unit_dropdown, _("All units"), units);

  sizes = gtk_string_list_new (NULL);
  gtk_string_list_append (sizes, _("Any size"));
  for (SxshSizeClass size = SXSH_SIZE_MICRO; size <= SXSH_SIZE_LARGE; size++)
    gtk_string_list_append (sizes, sxsh_size_class_get_label (size));
  gtk_drop_down_set_model (self->size_dropdown, G_LIST_MODEL (sizes));
  gtk_drop_down_set_selected (self->size_dropdown, 0);
}

/* Columns */

/* The full name, which the column may cut short, and the address. */
static gboolean
name_query_tooltip_cb (GtkWidget   *label,
                       int          x,
                       int          y,
                       gboolean     keyboard_mode,
                       GtkTooltip  *tooltip,
                       GtkListItem *list_item)
{
  SxshRow *row = gtk_list_item_get_item (list_item);
  SxshFacility *facility = row != NULL ? sxsh_row_get_item (row) : NULL;
  const char *address;
  g_autofree char *text = NULL;

  if (facility == NULL)
    return FALSE;

  address = sxsh_facility_get_address (facility);
  if (address != NULL && *address != '\0')
    text = g_strdup_printf ("%s\n%s", sxsh_facility_get_name (facility), address);
  else
    text = g_strdup (sxsh_facility_get_name (facility));

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);

  switch (column)
    {
    case COLUMN_NAME:
      /* The tooltip is looked up when it is shown: setting one on every
       * bind costs a round trip to the display server per row. */
      gtk_widget_set_has_tooltip (label, TRUE);
      g_signal_connect (label, "query-tooltip", G_CALLBACK (name_query_tooltip_cb), list_item);
      break;

    case COLUMN_TAX_CODE:
      gtk_widget_add_css_class (label, "numeric");
      break;

    case COLUMN_STATUS:
      gtk_widget_add_css_class (label, "status");
      gtk_widget_set_halign (label, GTK_ALIGN_START);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
      break;

    case COLUMN_UNIT:
    case COLUMN_SECTOR:
    case COLUMN_SIZE:
    case COLUMN_POTENTIAL:
    default:
      break;
    }

  gtk_list_item_set_child (list_item, label);
}

static void
fill_cell (GtkLabel     *label,
           Column        column,
           SxshFacility *facility)
{
  const char *text = NULL;
  SxshYearStatus status;

  if (facility == NULL)
    {
      gtk_label_set_label (label, "");
      return;
    }

  switch (column)
    {
    case COLUMN_NAME:
      text = sxsh_facility_get_name (facility);
      break;

    case COLUMN_TAX_CODE:
      text = sxsh_facility_get_tax_code (facility);
      break;

    case COLUMN_UNIT:
      text = sxsh_facility_get_admin_unit_name (facility);
      break;

    case COLUMN_SECTOR:
      text = sxsh_facility_get_sector_name (facility);
      break;

    case COLUMN_SIZE:
      if (sxsh_facility_get_size_class (facility) != SXSH_SIZE_UNKNOWN)
        text = sxsh_size_class_get_label (sxsh_facility_get_size_class (facility));
      break;

    case COLUMN_POTENTIAL:
      text = sxsh_facility_get_cp_potential (facility) ? _("Yes") : _("No");
      if (sxsh_facility_get_cp_potential (facility))
        gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
      else
        gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
      break;

    case COLUMN_STATUS:
      status = sxsh_facility_get_status (facility);
      text = sxsh_year_status_get_label (status);
      for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
        gtk_widget_remove_css_class (GTK_WIDGET (label), status_classes[i]);
      if ((guint) status < G_N_ELEMENTS (status_classes))
        gtk_widget_add_css_class (GTK_WIDGET (label), status_classes[status]);
      break;

    default:
      g_assert_not_reached ();
    }

  gtk_label_set_label (label, text != NULL ? text : "");
}

static void
row_changed_cb (SxshRow     *row,
                GtkListItem *list_item)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (list_item), "sxsh-column"));

  fill_cell (GTK_LABEL (gtk_list_item_get_child (list_item)), column, sxsh_row_get_item (row));
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  SxshRow *row = gtk_list_item_get_item (list_item);

  g_object_set_data (G_OBJECT (list_item), "sxsh-column", user_data);
  g_signal_connect (row, "changed", G_CALLBACK (row_changed_cb), list_item);
  row_changed_cb (row, list_item);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  SxshRow *row = gtk_list_item_get_item (list_item);

  g_signal_handlers_disconnect_by_func (row, row_changed_cb, list_item);
}

/* Text columns put empty values after the filled ones in ascending order,
 * so that a first sort by a column shows the rows that have a value. */
static int
compare_optional_text (const char *a,
                       const char *b)
{
  gboolean a_empty = a == NULL || *a == '\0';
  gboolean b_empty = b == NULL || *b == '\0';

  if (a_empty || b_empty)
    return (int) a_empty - (int) b_empty;

  return sxsh_text_collate (a, b);
}

static int
compare_ints (int a,
              int b)
{
  return (a > b) - (a < b);
}

static int
compare_facilities_cb (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  SxshFacility *fa = (SxshFacility *) a;
  SxshFacility *fb = (SxshFacility *) b;
  Column column = GPOINTER_TO_INT (user_data);
  int result = 0;

  switch (column)
    {
    case COLUMN_NAME:
      break;

    case COLUMN_TAX_CODE:
      result = compare_optional_text (sxsh_facility_get_tax_code (fa),
                                      sxsh_facility_get_tax_code (fb));
      break;

    case COLUMN_UNIT:
      result = compare_optional_text (sxsh_facility_get_admin_unit_name (fa),
                                      sxsh_facility_get_admin_unit_name (fb));
      break;

    case COLUMN_SECTOR:
      result = compare_optional_text (sxsh_facility_get_sector_name (fa),
                                      sxsh_facility_get_sector_name (fb));
      break;

    case COLUMN_SIZE:
      result = compare_ints (sxsh_facility_get_size_class (fa),
                             sxsh_facility_get_size_class (fb));
      break;

    case COLUMN_POTENTIAL:
      result = compare_ints (sxsh_facility_get_cp_potential (fa),
                             sxsh_facility_get_cp_potential (fb));
      break;

    case COLUMN_STATUS:
      result = compare_ints (sxsh_facility_get_status (fa), sxsh_facility_get_status (fb));
      break;

    default:
      g_assert_not_reached ();
    }

  /* Equal values keep the alphabetical order of the names.  The sort key is
   * the name's Vietnamese collation key, so plain byte order is enough and
   * sorting 10,000 rows stays fast. */
  if (result == 0)
    result = g_strcmp0 (sxsh_facility_get_sort_key (fa), sxsh_facility_get_sort_key (fb));
  if (result == 0)
    result = sxsh_text_collate (sxsh_facility_get_name (fa), sxsh_facility_get_name (fb));

  return result;
}

static void
setup_column (GtkColumnViewColumn *view_column,
              Column               column)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSorter) sorter = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), GINT_TO_POINTER (column));
  gtk_column_view_column_set_factory (view_column, factory);

  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_facilities_cb,
                                              GINT_TO_POINTER (column), NULL));
  gtk_column_view_column_set_sorter (view_column, sorter);
}

static void
update_status_title (SxshFacilitiesPage *self)
{
  g_autofree char *title = NULL;

  if (self->year > 0)
    /* Translators: the title of a column; %d is the reporting year. */
    title = g_strdup_printf (_("Status in %d"), self->year);
  else
    title = g_strdup (_("Status"));

  gtk_column_view_column_set_title (self->status_column, title);
}

/* The internal list view does the scrolling; GTK 4.8's column view has no
 * call of its own for it. */
static void
scroll_to_position (SxshFacilitiesPage *self,
                    guint               position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
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

/* Editor */

static void
editor_saved_cb (SxshFacilitiesPage *self,
                 gint64              id,
                 SxshFacilityEditor *editor)
{
  update_view (self);

  if (!sxsh_facilities_page_select_facility (self, id))
    add_toast (self, adw_toast_new (_("Saved. The facility is hidden by the current search "
                                      "or filters.")));
}

static void
open_editor (SxshFacilitiesPage *self,
             SxshFacility       *facility)
{
  SxshFacilityEditor *editor;

  if (self->editor != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->editor));
      return;
    }

  editor = sxsh_facility_editor_new (self->store, facility);
  sxsh_page_present_editor (GTK_WIDGET (self), GTK_WINDOW (editor), G_CALLBACK (editor_saved_cb),
                            (GtkWindow **) &self->editor);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (SXSH_FACILITIES_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SxshFacilitiesPage *self = SXSH_FACILITIES_PAGE (widget);
  SxshFacility *facility = get_selected_facility (self);

  if (facility != NULL)
    open_editor (self, facility);
}

/* The events, support, options and certificates of the selected facility,
 * all years together, in a window of its own. */
static void
show_activities_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SxshFacilitiesPage *self = SXSH_FACILITIES_PAGE (widget);
  SxshFacility *facility = get_selected_facility (self);

  if (facility != NULL)
    sxsh_facility_activities_present (widget, self->database, sxsh_facility_get_id (facility),
                                      sxsh_facility_get_name (facility));
}

/* The selected facility's data year by year, in a window of its own. */
static void
show_years_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SxshFacilitiesPage *self = SXSH_FACILITIES_PAGE (widget);
  SxshFacility *facility = get_selected_facility (self);

  if (facility != NULL)
    sxsh_facility_years_present (widget, self->database, sxsh_facility_get_id (facility),
                                 sxsh_facility_get_name (facility),
                                 sxsh_facility_get_tax_code (facility),
                                 sxsh_facility_get_first_year (facility), self->year);
}

static void
undo_clicked_cb (SxshFacilitiesPage *self,
                 AdwToast           *toast)
{
  g_autoptr(GError) error = NULL;
  SxshFacilityUndo *undo;
  gint64 id;

  /* Stealing the undo record makes a second click a no-op. */
  undo = g_object_steal_data (G_OBJECT (toast), "sxsh-undo");
  if (undo == NULL)
    return;

  id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "sxsh-facility-id"));
  if (!sxsh_facility_store_undo_delete (self->store, undo, &error))
    show_error (self, _("Cannot Restore the Facility"), error);
  else
    sxsh_facilities_page_select_facility (self, id);

  sxsh_facility_undo_free (undo);
  update_view (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SxshFacilitiesPage *self = SXSH_FACILITIES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  SxshFacility *facility;
  SxshFacilityUndo *undo;
  AdwToast *toast;
  guint position;
  gint64 id;

  facility = get_selected_facility (self);
  if (facility == NULL)
    return;

  position = gtk_single_selection_get_selected (self->selection);
  id = sxsh_facility_get_id (facility);
  name = g_strdup (sxsh_facility_get_name (facility));

  undo = sxsh_facility_store_delete (self->store, id, &error);
  if (undo == NULL)
    {
      show_error (self, _("Cannot Delete the Facility"), error);
      return;
    }

  /* Deleting asks nothing: the toast's Undo brings the facility back with
   * its yearly data. */
  toast = adw_toast_new_format (_("“%s” deleted"), name);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);
  g_object_set_data_full (G_OBJECT (toast), "sxsh-undo", undo,
                          (GDestroyNotify) sxsh_facility_undo_free);
  g_object_set_data (G_OBJECT (toast), "sxsh-facility-id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->undo_toast, toast);
  add_toast (self, toast);

  /* The next row takes the deleted one's place, so Delete can be pressed
   * again to go on down the list. */
  if (position != GTK_INVALID_LIST_POSITION &&
      g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) > 0)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));

      gtk_single_selection_set_selected (self->selection, MIN (position, n - 1));
    }

  update_view (self);
  update_actions (self);
}

#ifdef SXSH_HAVE_SAMPLE
static void
generate_sample_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(SxshDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  /* A connection belongs to one thread: the worker opens its own. */
  database = sxsh_database_open (path, &error);
  if (database == NULL ||
      !sxsh_sample_generate (database, SXSH_SAMPLE_DEFAULT_FACILITIES,
                             SXSH_SAMPLE_DEFAULT_SEED, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
generate_sample_done_cb (GObject      *source_object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  SxshFacilitiesPage *self = SXSH_FACILITIES_PAGE (source_object);
  g_autoptr(GError) error = NULL;

  self->generating_sample = FALSE;
  update_actions (self);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_error (self, _("Cannot Create the Sample Province"), error);
      return;
    }

  /* The store, and every other view, reloads on this notice. */
  sxsh_database_notify_changed (self->database, "sample");
  update_view (self);
}
#endif

static void
sample_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
#ifdef SXSH_HAVE_SAMPLE
  SxshFacilitiesPage *self = SXSH_FACILITIES_PAGE (widget);
  g_autoptr(GTask) task = NULL;

  if (self->generating_sample)
    return;

  self->generating_sample = TRUE;
  update_actions (self);

  task = g_task_new (self, NULL, generate_sample_done_cb, NULL);
  g_task_set_source_tag (task, sample_action);
  g_task_set_task_data (task, g_strdup (sxsh_database_get_path (self->database)), g_free);
  g_task_run_in_thread (task, generate_sample_thread);
#endif
}

static gboolean
focus_search_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  SxshFacilitiesPage *self = SXSH_FACILITIES_PAGE (widget);

  return sxsh_page_focus_search (widget, self->stack, "list", self->search_entry);
}

static void
column_view_activate_cb (SxshFacilitiesPage *self,
                         guint               position,
                         GtkColumnView      *column_view)
{
  sxsh_page_activate_row (GTK_WIDGET (self), GTK_SELECTION_MODEL (self->selection), position,
                          "facilities.edit");
}

static void
search_stop_cb (SxshFacilitiesPage *self,
                GtkSearchEntry     *entry)
{
  sxsh_page_search_stop (entry, self->column_view);
}

/* The store folds a facility's searchable text the first time a search
 * looks at it.  Doing that for the whole register in the background, a slice
 * at a time, keeps the first keystroke as quick as the next ones. */
#define WARM_SLICE 500

static gboolean
warm_search_keys_cb (gpointer user_data)
{
  SxshFacilitiesPage *self = user_data;
  GListModel *model = G_LIST_MODEL (self->store);
  guint n = g_list_model_get_n_items (model);
  guint end = MIN (n, self->warm_position + WARM_SLICE);

  for (; self->warm_position < end; self->warm_position++)
    {
      g_autoptr(SxshFacility) facility = g_list_model_get_item (model, self->warm_position);

      sxsh_facility_get_search_key (facility);
    }

  if (self->warm_position < n)
    return G_SOURCE_CONTINUE;

  self->warm_source = 0;
  return G_SOURCE_REMOVE;
}

static void
warm_search_keys (SxshFacilitiesPage *self)
{
  self->warm_position = 0;
  if (self->warm_source == 0)
    self->warm_source = g_idle_add_full (G_PRIORITY_LOW, warm_search_keys_cb, self, NULL);
}

/* A reload of the store replaces every facility object.  The sort model is
 * detached while that happens, so that no view ever holds on to a row of the
 * old list, whatever the store reports about the replaced rows. */
static void
detach_store (SxshFacilitiesPage *self)
{
  SxshFacility *selected;

  if (self->sort_model == NULL || gtk_sort_list_model_get_model (self->sort_model) == NULL)
    return;

  /* The selected facility is selected again once the list is back. */
  selected = get_selected_facility (self);
  self->detached_selection = selected != NULL ? sxsh_facility_get_id (selected) : 0;
  gtk_sort_list_model_set_model (self->sort_model, NULL);
}

static void
attach_store (SxshFacilitiesPage *self)
{
  if (self->sort_model != NULL &&
      gtk_sort_list_model_get_model (self->sort_model) == NULL)
    {
      gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->store));
      warm_search_keys (self);

      if (self->detached_selection != 0)
        sxsh_facilities_page_select_facility (self, self->detached_selection);
      self->detached_selection = 0;
    }
}

/* Changes to the facility table itself are applied row by row by the
 * store; any other change may make it reload. */
static void
database_changing_cb (SxshFacilitiesPage *self,
                      const char         *table,
                      SxshDatabase       *database)
{
  if (g_strcmp0 (table, "facility") != 0)
    detach_store (self);
}

static void
database_changed_cb (SxshFacilitiesPage *self,
                     const char         *table,
                     SxshDatabase       *database)
{
  attach_store (self);
  update_view (self);
  update_actions (self);
}

static void
sxsh_facilities_page_constructed (GObject *object)
{
  SxshFacilitiesPage *self = SXSH_FACILITIES_PAGE (object);

  G_OBJECT_CLASS (sxsh_facilities_page_parent_class)->constructed (object);

  g_assert (SXSH_IS_DATABASE (self->database));

  /* Connected before the store exists, so that it runs before the store's
   * own handler reloads it. */
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (database_changing_cb), self, G_CONNECT_SWAPPED);
  self->store = sxsh_facility_store_new (self->database);
  if (self->year > 0)
    sxsh_facility_store_set_year (self->store, self->year);
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);

  self->sort_model = sxsh_page_sort_model_new (G_LIST_MODEL (self->store), self->column_view);
  /* Connected before the row model exists, so that it runs first. */
  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (list_changing_cb), self, G_CONNECT_SWAPPED);
  self->row_model = sxsh_row_model_new (G_LIST_MODEL (self->sort_model));
  g_signal_connect_object (self->row_model, "content-changed",
                           G_CALLBACK (list_changed_cb), self, G_CONNECT_SWAPPED);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->row_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);

  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (model_items_changed_cb), self, G_CONNECT_SWAPPED);

  setup_filters (self);
  g_signal_connect_object (self->sector_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unit_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->size_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->potential_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);

  update_view (self);
  update_actions (self);
  warm_search_keys (self);
}

static void
sxsh_facilities_page_dispose (GObject *object)
{
  SxshFacilitiesPage *self = SXSH_FACILITIES_PAGE (object);

  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));
  g_clear_weak_pointer (&self->editor);
  g_clear_weak_pointer (&self->undo_toast);
  g_clear_handle_id (&self->warm_source, g_source_remove);

  /* AdwBin keeps its own pointer to the child: let it go first, or the
   * template would unparent the child behind the bin's back. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_FACILITIES_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->row_model);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sxsh_facilities_page_parent_class)->dispose (object);
}

static void
sxsh_facilities_page_finalize (GObject *object)
{
  SxshFacilitiesPage *self = SXSH_FACILITIES_PAGE (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->only_ids, g_array_unref);

  G_OBJECT_CLASS (sxsh_facilities_page_parent_class)->finalize (object);
}

static void
sxsh_facilities_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SxshFacilitiesPage *self = SXSH_FACILITIES_PAGE (object);

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
sxsh_facilities_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SxshFacilitiesPage *self = SXSH_FACILITIES_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_YEAR:
      sxsh_facilities_page_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_facilities_page_class_init (SxshFacilitiesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_facilities_page_constructed;
  object_class->dispose = sxsh_facilities_page_dispose;
  object_class->finalize = sxsh_facilities_page_finalize;
  object_class->get_property = sxsh_facilities_page_get_property;
  object_class->set_property = sxsh_facilities_page_set_property;

  /**
   * SxshFacilitiesPage:database:
   *
   * The database whose facilities the page lists.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SXSH_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshFacilitiesPage:year:
   *
   * The reporting year of the status column.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, 2100, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-facilities-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, sample_button);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, sector_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, size_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, potential_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, tax_code_column);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, unit_column);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, sector_column);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, size_column);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, potential_column);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilitiesPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);

  gtk_widget_class_install_action (widget_class, "facilities.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "facilities.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "facilities.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "facilities.show-activities", NULL,
                                   show_activities_action);
  gtk_widget_class_install_action (widget_class, "facilities.show-years", NULL,
                                   show_years_action);
  gtk_widget_class_install_action (widget_class, "facilities.sample", NULL, sample_action);

  /* Delete only acts when the focus is in the page, so that it never takes
   * a key meant for a text field elsewhere. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "facilities.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0,
                                       "facilities.delete", NULL);
}

static void
sxsh_facilities_page_init (SxshFacilitiesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  setup_column (self->name_column, COLUMN_NAME);
  setup_column (self->tax_code_column, COLUMN_TAX_CODE);
  setup_column (self->unit_column, COLUMN_UNIT);
  setup_column (self->sector_column, COLUMN_SECTOR);
  setup_column (self->size_column, COLUMN_SIZE);
  setup_column (self->potential_column, COLUMN_POTENTIAL);
  setup_column (self->status_column, COLUMN_STATUS);
  update_status_title (self);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  sxsh_page_add_window_shortcuts (GTK_WIDGET (self), focus_search_cb, "facilities.add");

#ifndef SXSH_HAVE_SAMPLE
  /* The sample generator is not part of this build. */
  gtk_widget_set_visible (self->sample_button, FALSE);
#endif
}

SxshFacilitiesPage *
sxsh_facilities_page_new (SxshDatabase *database)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);

  return g_object_new (SXSH_TYPE_FACILITIES_PAGE,
                       "database", database,
                       NULL);
}

/**
 * sxsh_facilities_page_get_store:
 *
 * Returns: (transfer none): the store the page lists
 */
SxshFacilityStore *
sxsh_facilities_page_get_store (SxshFacilitiesPage *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITIES_PAGE (self), NULL);

  return self->store;
}

int
sxsh_facilities_page_get_year (SxshFacilitiesPage *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITIES_PAGE (self), 0);

  return self->year;
}

void
sxsh_facilities_page_set_year (SxshFacilitiesPage *self,
                               int                 year)
{
  g_return_if_fail (SXSH_IS_FACILITIES_PAGE (self));

  if (self->year == year)
    return;

  self->year = year;
  if (self->store != NULL && year > 0)
    {
      detach_store (self);
      sxsh_facility_store_set_year (self->store, year);
      attach_store (self);
    }
  update_status_title (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

GtkColumnView *
sxsh_facilities_page_get_column_view (SxshFacilitiesPage *self)
{
  return self->column_view;
}

GtkSingleSelection *
sxsh_facilities_page_get_selection (SxshFacilitiesPage *self)
{
  return self->selection;
}

GtkSearchEntry *
sxsh_facilities_page_get_search_entry (SxshFacilitiesPage *self)
{
  return self->search_entry;
}

const char *
sxsh_facilities_page_get_count_text (SxshFacilitiesPage *self)
{
  return gtk_label_get_label (self->count_label);
}

/* "empty", "table" or "no-results": what the user sees in the page. */
const char *
sxsh_facilities_page_get_visible_view (SxshFacilitiesPage *self)
{
  return sxsh_page_get_visible_view (self->stack, "list", self->list_stack);
}

/* Returns: (transfer none) (nullable): the selected facility */
SxshFacility *
sxsh_facilities_page_get_selected_facility (SxshFacilitiesPage *self)
{
  return get_selected_facility (self);
}

/* Returns: (transfer full) (nullable): the facility shown on line @position */
SxshFacility *
sxsh_facilities_page_get_shown (SxshFacilitiesPage *self,
                                guint               position)
{
  return g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);
}

AdwToast *
sxsh_facilities_page_get_undo_toast (SxshFacilitiesPage *self)
{
  return self->undo_toast;
}

SxshFacilityEditor *
sxsh_facilities_page_get_editor (SxshFacilitiesPage *self)
{
  return self->editor;
}

/* Selects the facility's row and scrolls to it; FALSE when the facility is
 * not shown (filtered out or gone).  A linear scan is fine: it runs once per
 * save, and reading 10,000 pointers takes microseconds. */
gboolean
sxsh_facilities_page_select_facility (SxshFacilitiesPage *self,
                                      gint64              id)
{
  GListModel *model = G_LIST_MODEL (self->sort_model);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshFacility) facility = g_list_model_get_item (model, i);

      if (sxsh_facility_get_id (facility) == id)
        {
          self->selected_id = id;
          gtk_single_selection_set_selected (self->selection, i);
          scroll_to_position (self, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* Shows only the facilities of @ids (all of them when %NULL), on top of the
 * other filters; the drill-down bar is in sxsh-facilities-page-drilldown.c. */
void
sxsh_facilities_page_set_only_ids (SxshFacilitiesPage *self,
                                   GArray             *ids)
{
  g_clear_pointer (&self->only_ids, g_array_unref);
  if (ids != NULL)
    self->only_ids = g_array_ref (ids);
  apply_filter (self);
}

GArray *
sxsh_facilities_page_get_only_ids (SxshFacilitiesPage *self)
{
  return self->only_ids;
}

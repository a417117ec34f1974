/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-facility-picker.h"
#include "sxsh-facility-store.h"
#include "sxsh-named-item.h"

/* Chooses facilities from the register by searching for them: several at
 * once (the attendees of an event) or one (the facility a support went
 * to).  Typing a few letters of a name and pressing Enter picks the first
 * match, so a list of attendees is entered without leaving the keyboard. */

struct _SxshFacilityPicker
{
  AdwWindow           parent_instance;

  SxshDatabase       *database;
  gboolean            multiple;
  SxshFacilityStore  *store;
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;
  GListStore         *selected;      /* SxshNamedItem, in the order picked */

  /* Template widgets */
  AdwWindowTitle     *window_title;
  GtkWidget          *done_button;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (SxshFacilityPicker, sxsh_facility_picker, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_MULTIPLE,
  N_PROPS
};

enum {
  SIGNAL_PICKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static guint
find_selected (SxshFacilityPicker *self,
               gint64              id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selected));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshNamedItem) item = g_list_model_get_item (G_LIST_MODEL (self->selected), i);

      if (sxsh_named_item_get_id (item) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
update_title (SxshFacilityPicker *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selected));
  g_autofree char *subtitle = NULL;

  if (!self->multiple)
    {
      adw_window_title_set_subtitle (self->window_title,
                                     _("Type to search, Enter to choose"));
      return;
    }
  if (n == 0)
    subtitle = g_strdup (_("None chosen yet"));
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u chosen", "%u chosen", n), n);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
update_view (SxshFacilityPicker *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));

  gtk_stack_set_visible_child_name (self->stack, shown > 0 ? "list" : "no-results");
}

/* The rows on screen show the chosen list again; rows bound later read it
 * when they are bound. */
static void
refresh_rows (SxshFacilityPicker *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *box = gtk_widget_get_first_child (row);
      GtkWidget *check = box != NULL ? gtk_widget_get_first_child (box) : NULL;
      SxshFacility *facility;

      if (!GTK_IS_CHECK_BUTTON (check))
        continue;
      facility = g_object_get_data (G_OBJECT (check), "sxsh-facility");
      if (facility == NULL)
        continue;
      g_object_set_data (G_OBJECT (check), "sxsh-updating", GINT_TO_POINTER (TRUE));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   find_selected (self, sxsh_facility_get_id (facility))
                                   != GTK_INVALID_LIST_POSITION);
      g_object_set_data (G_OBJECT (check), "sxsh-updating", NULL);
    }
}

static void
pick (SxshFacilityPicker *self,
      SxshFacility       *facility,
      gboolean            chosen)
{
  gint64 id = sxsh_facility_get_id (facility);
  guint position = find_selected (self, id);

  if (chosen && position == GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(SxshNamedItem) item = sxsh_named_item_new (id, sxsh_facility_get_name (facility),
                                                           sxsh_facility_get_tax_code (facility));
      g_list_store_append (self->selected, item);
    }
  else if (!chosen && position != GTK_INVALID_LIST_POSITION)
    g_list_store_remove (self->selected, position);

  update_title (self);
  refresh_rows (self);
}

static void
finish (SxshFacilityPicker *self)
{
  g_signal_emit (self, signals[SIGNAL_PICKED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

/* A chosen facility: toggled among several, or the one chosen. */
static void
activate_facility (SxshFacilityPicker *self,
                   SxshFacility       *facility)
{
  gint64 id = sxsh_facility_get_id (facility);

  if (self->multiple)
    {
      pick (self, facility, find_selected (self, id) == GTK_INVALID_LIST_POSITION);
      return;
    }
  g_list_store_remove_all (self->selected);
  pick (self, facility, TRUE);
  finish (self);
}

static void
check_toggled_cb (GtkCheckButton     *check,
                  SxshFacilityPicker *self)
{
  SxshFacility *facility = g_object_get_data (G_OBJECT (check), "sxsh-facility");

  if (facility == NULL || g_object_get_data (G_OBJECT (check), "sxsh-updating") != NULL)
    return;
  pick (self, facility, gtk_check_button_get_active (check));
}

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              SxshFacilityPicker       *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (check, self->multiple);
  /* The row takes the focus; Enter or Space on it toggles the check box. */
  gtk_widget_set_focusable (check, FALSE);
  g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, 0);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (labels), name);
  gtk_box_append (GTK_BOX (labels), detail);
  gtk_widget_set_hexpand (labels, TRUE);

  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_list_item_set_child (list_item, box);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             SxshFacilityPicker       *self)
{
  SxshFacility *facility = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *check = gtk_widget_get_first_child (box);
  GtkWidget *name = gtk_widget_get_first_child (gtk_widget_get_next_sibling (check));
  GtkWidget *detail = gtk_widget_get_next_sibling (name);
  const char *parts[4] = { NULL };
  g_autofree char *detail_text = NULL;
  guint n = 0;

  if (sxsh_facility_get_tax_code (facility) != NULL && *sxsh_facility_get_tax_code (facility))
    parts[n++] = sxsh_facility_get_tax_code (facility);
  if (*sxsh_facility_get_admin_unit_name (facility))
    parts[n++] = sxsh_facility_get_admin_unit_name (facility);
  if (*sxsh_facility_get_sector_name (facility))
    parts[n++] = sxsh_facility_get_sector_name (facility);
  detail_text = g_strjoinv (" · ", (char **) parts);

  gtk_label_set_label (GTK_LABEL (name), sxsh_facility_get_name (facility));
  gtk_label_set_label (GTK_LABEL (detail), detail_text);
  gtk_widget_set_visible (detail, *detail_text != '\0');

  g_object_set_data (G_OBJECT (check), "sxsh-facility", facility);
  g_object_set_data (G_OBJECT (check), "sxsh-updating", GINT_TO_POINTER (TRUE));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               find_selected (self, sxsh_facility_get_id (facility))
                               != GTK_INVALID_LIST_POSITION);
  g_object_set_data (G_OBJECT (check), "sxsh-updating", NULL);
}

static void
row_unbind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               SxshFacilityPicker       *self)
{
  GtkWidget *check = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));

  g_object_set_data (G_OBJECT (check), "sxsh-facility", NULL);
}

static int
compare_facilities_cb (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  return g_strcmp0 (sxsh_facility_get_sort_key ((SxshFacility *) a),
                    sxsh_facility_get_sort_key ((SxshFacility *) b));
}

static void
search_changed_cb (SxshFacilityPicker *self,
                   GtkSearchEntry     *entry)
{
  SxshFacilityFilter filter = SXSH_FACILITY_FILTER_INIT;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  filter.text = text != NULL && *text != '\0' ? text : NULL;
  sxsh_facility_store_set_filter (self->store, &filter);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  update_view (self);
}

/* Enter in the search field picks the first match and selects the text, so
 * that the next name is typed over it. */
static void
search_activate_cb (SxshFacilityPicker *self,
                    GtkSearchEntry     *entry)
{
  g_autoptr(SxshFacility) facility = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (text == NULL || *text == '\0')
    {
      if (self->multiple)
        finish (self);
      return;
    }
  /* Enter may come before the search's short delay has run out. */
  search_changed_cb (self, entry);
  facility = g_list_model_get_item (G_LIST_MODEL (self->sort_model), 0);
  if (facility == NULL)
    return;
  if (self->multiple)
    pick (self, facility, TRUE);
  else
    activate_facility (self, facility);
  if (self->multiple)
    gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
}

static void
search_stop_cb (SxshFacilityPicker *self,
                GtkSearchEntry     *entry)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
list_activate_cb (SxshFacilityPicker *self,
                  guint               position,
                  GtkListView        *list_view)
{
  g_autoptr(SxshFacility) facility = g_list_model_get_item (G_LIST_MODEL (self->sort_model),
                                                            position);

  if (facility != NULL)
    activate_facility (self, facility);
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  finish (SXSH_FACILITY_PICKER (widget));
}

static void
sxsh_facility_picker_constructed (GObject *object)
{
  SxshFacilityPicker *self = SXSH_FACILITY_PICKER (object);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  G_OBJECT_CLASS (sxsh_facility_picker_parent_class)->constructed (object);

  g_assert (SXSH_IS_DATABASE (self->database));

  self->store = sxsh_facility_store_new (self->database);
  sxsh_facility_store_set_year (self->store, g_date_time_get_year (now));
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->store)),
                                              GTK_SORTER (gtk_custom_sorter_new (
                                                compare_facilities_cb, NULL, NULL)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);

  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (row_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  if (self->multiple)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Choose Facilities"));
      adw_window_title_set_title (self->window_title, _("Choose Facilities"));
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Choose a Facility"));
      adw_window_title_set_title (self->window_title, _("Choose a Facility"));
      gtk_widget_set_visible (self->done_button, FALSE);
    }
  update_title (self);
  update_view (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));
}

static void
sxsh_facility_picker_dispose (GObject *object)
{
  SxshFacilityPicker *self = SXSH_FACILITY_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_FACILITY_PICKER);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sxsh_facility_picker_parent_class)->dispose (object);
}

static void
sxsh_facility_picker_finalize (GObject *object)
{
  SxshFacilityPicker *self = SXSH_FACILITY_PICKER (object);

  g_clear_object (&self->database);
  g_clear_object (&self->selected);

  G_OBJECT_CLASS (sxsh_facility_picker_parent_class)->finalize (object);
}

static void
sxsh_facility_picker_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SxshFacilityPicker *self = SXSH_FACILITY_PICKER (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_MULTIPLE:
      g_value_set_boolean (value, self->multiple);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_facility_picker_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SxshFacilityPicker *self = SXSH_FACILITY_PICKER (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_MULTIPLE:
      self->multiple = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_facility_picker_class_init (SxshFacilityPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_facility_picker_constructed;
  object_class->dispose = sxsh_facility_picker_dispose;
  object_class->finalize = sxsh_facility_picker_finalize;
  object_class->get_property = sxsh_facility_picker_get_property;
  object_class->set_property = sxsh_facility_picker_set_property;

  /**
   * SxshFacilityPicker:database:
   *
   * The database whose register the facilities are chosen from.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SXSH_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshFacilityPicker:multiple:
   *
   * %TRUE to choose several facilities with check boxes and Done; %FALSE
   * to choose one, which closes the picker.
   */
  properties[PROP_MULTIPLE] =
    g_param_spec_boolean ("multiple", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SxshFacilityPicker::picked:
   *
   * Emitted when the user is done choosing; read the choice with
   * sxsh_facility_picker_get_selected().
   */
  signals[SIGNAL_PICKED] =
    g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-facility-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityPicker, window_title);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityPicker, done_button);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityPicker, stack);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityPicker, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_install_action (widget_class, "picker.done", NULL, done_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "picker.done", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sxsh_facility_picker_init (SxshFacilityPicker *self)
{
  self->multiple = TRUE;
  self->selected = g_list_store_new (SXSH_TYPE_NAMED_ITEM);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sxsh_facility_picker_new:
 * @multiple: %TRUE to choose several facilities, %FALSE to choose one
 *
 * Returns: (transfer full): a picker to present over an editor
 */
SxshFacilityPicker *
sxsh_facility_picker_new (SxshDatabase *database,
                          gboolean      multiple)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);

  return g_object_new (SXSH_TYPE_FACILITY_PICKER,
                       "database", database,
                       "multiple", multiple,
                       NULL);
}

/**
 * sxsh_facility_picker_set_selected:
 * @facilities: (nullable): a #GListModel of #SxshNamedItem (id, name, tax
 *   code): the facilities already chosen
 */
void
sxsh_facility_picker_set_selected (SxshFacilityPicker *self,
                                   GListModel         *facilities)
{
  guint n;

  g_return_if_fail (SXSH_IS_FACILITY_PICKER (self));

  g_list_store_remove_all (self->selected);
  n = facilities != NULL ? g_list_model_get_n_items (facilities) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshNamedItem) item = g_list_model_get_item (facilities, i);
      g_list_store_append (self->selected, item);
    }
  update_title (self);
  refresh_rows (self);
}

/**
 * sxsh_facility_picker_get_selected:
 *
 * Returns: (transfer none): the chosen facilities, a #GListModel of
 *   #SxshNamedItem (id, name, tax code as detail) in the order chosen
 */
GListModel *
sxsh_facility_picker_get_selected (SxshFacilityPicker *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY_PICKER (self), NULL);

  return G_LIST_MODEL (self->selected);
}

gboolean
sxsh_facility_picker_is_selected (SxshFacilityPicker *self,
                                  gint64              id)
{
  g_return_val_if_fail (SXSH_IS_FACILITY_PICKER (self), FALSE);

  return find_selected (self, id) != GTK_INVALID_LIST_POSITION;
}

GtkSearchEntry *
sxsh_facility_picker_get_search_entry (SxshFacilityPicker *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY_PICKER (self), NULL);

  return self->search_entry;
}

guint
sxsh_facility_picker_get_n_shown (SxshFacilityPicker *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY_PICKER (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
}

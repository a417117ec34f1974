/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-event-editor.h"
#include "sxsh-events-page-private.h"
#include "sxsh-format.h"
#include "sxsh-page-helpers.h"
#include "sxsh-text.h"

/* Communication and training: the year's workshops, courses and
 * communication items, with search, filters by category and kind, and the
 * year's counts under the list. */

struct _SxshEventsPage
{
  AdwBin               parent_instance;

  SxshDatabase        *database;
  SxshEventStore      *store;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  int                  year;
  gint64               reload_selection;

  /* Weak pointers, for the tests and to avoid opening two editors. */
  AdwToast            *undo_toast;
  SxshEventEditor     *editor;

  /* Template widgets */
  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *category_dropdown;
  GtkDropDown         *kind_dropdown;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *date_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *place_column;
  GtkColumnViewColumn *participants_column;
  GtkColumnViewColumn *quantity_column;
  GtkColumnViewColumn *facilities_column;
  GtkColumnViewColumn *cost_column;
  GtkLabel            *count_label;
};

G_DEFINE_FINAL_TYPE (SxshEventsPage, sxsh_events_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static SxshEvent *
get_selected_event (SxshEventsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (SxshEventsPage *self)
{
  gboolean has_selection = get_selected_event (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "events.edit", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "events.delete", has_selection);
}

static gboolean
filter_is_active (SxshEventsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return (text != NULL && *text != '\0') ||
         gtk_drop_down_get_selected (self->category_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->kind_dropdown) > 0;
}

/* "12 events, 340 participants, 5 communication items in 2026": the year's
 * counts, whatever the filters show. */
static char *
format_year_counts (SxshEventsPage *self)
{
  SxshEventCount counts[SXSH_EVENT_N_KINDS];
  g_autoptr(GError) error = NULL;
  g_autofree char *events = NULL;
  g_autofree char *participants = NULL;
  g_autofree char *participants_number = NULL;
  g_autofree char *cost = NULL;
  guint n_events = 0;
  gint64 n_participants = 0;
  gint64 total_cost = 0;

  if (!sxsh_event_count_by_kind (self->database, self->year, counts, &error))
    {
      g_warning ("The events of %d could not be counted: %s", self->year, error->message);
      return g_strdup ("");
    }
  for (guint i = 0; i < SXSH_EVENT_N_KINDS; i++)
    {
      n_events += counts[i].n_events;
      n_participants += counts[i].participants;
      total_cost += counts[i].cost;
    }

  events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n_events),
                            n_events);
  participants_number = sxsh_format_integer (n_participants);
  participants = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s participant",
                                               "%s participants",
                                               (gulong) n_participants),
                                  participants_number);
  cost = sxsh_page_format_money (total_cost);
  /* Translators: "12 events, 340 participants in 2026 · cost 45.000.000 đ". */
  return g_strdup_printf (_("%s, %s in %d · cost %s"), events, participants, self->year, cost);
}

/* Shows the empty state, the "nothing matches" state or the table, and the
 * year's counts under the table. */
static void
update_view (SxshEventsPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  guint total = sxsh_event_store_get_total (self->store);
  g_autofree char *counts = format_year_counts (self);
  g_autofree char *title = NULL;

  gtk_stack_set_visible_child_name (self->stack,
                                    total == 0 && !filter_is_active (self) ? "empty" : "list");
  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "table" : "no-results");

  /* Translators: the title of an empty page; %d is the reporting year. */
  title = g_strdup_printf (_("No Events in %d"), self->year);
  adw_status_page_set_title (self->empty_page, title);

  if (filter_is_active (self))
    {
      /* Translators: "3 shown · 12 events, 340 participants in 2026 …". */
      g_autofree char *text = g_strdup_printf (_("%u shown · %s"), shown, counts);
      gtk_label_set_label (self->count_label, text);
    }
  else
    gtk_label_set_label (self->count_label, counts);
}

static void
filter_changed_cb (SxshEventsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);

  sxsh_event_store_set_filter_text (self->store, text);
  sxsh_event_store_set_category (self->store,
                                 (SxshEventCategory) gtk_drop_down_get_selected (
                                   self->category_dropdown));
  /* The kind drop-down lists "Any kind" then the kinds in enum order. */
  sxsh_event_store_set_kind_filter (self->store,
                                    kind == 0 || kind == GTK_INVALID_LIST_POSITION
                                    ? -1 : (int) kind - 1);
  update_view (self);
  update_actions (self);
}

static void
model_items_changed_cb (SxshEventsPage *self)
{
  update_view (self);
  update_actions (self);
}

/* Columns */

static char *
date_text (gpointer item)
{
  return sxsh_format_date (sxsh_event_get_date (item));
}

static char *
title_text (gpointer item)
{
  return g_strdup (sxsh_event_get_title (item));
}

static char *
kind_text (gpointer item)
{
  return g_strdup (sxsh_event_kind_get_label (sxsh_event_get_kind (item)));
}

static char *
place_text (gpointer item)
{
  return g_strdup (sxsh_event_get_place (item));
}

static char *
participants_text (gpointer item)
{
  gint64 participants = sxsh_event_get_participants (item);

  return participants > 0 ? sxsh_format_integer (participants) : g_strdup ("");
}

/* The column's title says what the number counts: copies or broadcasts. */
static char *
quantity_text (gpointer item)
{
  gint64 quantity = sxsh_event_get_quantity (item);

  return quantity > 0 ? sxsh_format_integer (quantity) : g_strdup ("");
}

static char *
facilities_text (gpointer item)
{
  guint n = 0;

  sxsh_event_get_facility_ids (item, &n);
  return n > 0 ? g_strdup_printf ("%u", n) : g_strdup ("");
}

static char *
cost_text (gpointer item)
{
  gint64 cost = sxsh_event_get_cost (item);

  return cost > 0 ? sxsh_page_format_money (cost) : g_strdup ("");
}

static int
compare_ints (gint64 a,
              gint64 b)
{
  return (a > b) - (a < b);
}

/* Equal values keep the order of the dates. */
static int
compare_dates (SxshEvent *a,
               SxshEvent *b)
{
  int result = g_strcmp0 (sxsh_event_get_date (a), sxsh_event_get_date (b));

  return result != 0 ? result : compare_ints (sxsh_event_get_id (a), sxsh_event_get_id (b));
}

static int
compare_date_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  return compare_dates ((SxshEvent *) a, (SxshEvent *) b);
}

static int
compare_title_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  int result = sxsh_text_collate (sxsh_event_get_title ((SxshEvent *) a),
                                  sxsh_event_get_title ((SxshEvent *) b));

  return result != 0 ? result : compare_dates ((SxshEvent *) a, (SxshEvent *) b);
}

static int
compare_kind_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  int result = compare_ints (sxsh_event_get_kind ((SxshEvent *) a),
                             sxsh_event_get_kind ((SxshEvent *) b));

  return result != 0 ? result : compare_dates ((SxshEvent *) a, (SxshEvent *) b);
}

static int
compare_place_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  int result = sxsh_text_collate (sxsh_event_get_place ((SxshEvent *) a),
                                  sxsh_event_get_place ((SxshEvent *) b));

  return result != 0 ? result : compare_dates ((SxshEvent *) a, (SxshEvent *) b);
}

static int
compare_participants_cb (gconstpointer a,
                         gconstpointer b,
                         gpointer      data)
{
  int result = compare_ints (sxsh_event_get_participants ((SxshEvent *) a),
                             sxsh_event_get_participants ((SxshEvent *) b));

  return result != 0 ? result : compare_dates ((SxshEvent *) a, (SxshEvent *) b);
}

static int
compare_quantity_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  int result = compare_ints (sxsh_event_get_quantity ((SxshEvent *) a),
                             sxsh_event_get_quantity ((SxshEvent *) b));

  return result != 0 ? result : compare_dates ((SxshEvent *) a, (SxshEvent *) b);
}

static int
compare_facilities_cb (gconstpointer a,
                       gconstpointer b,
                       gpointer      data)
{
  guint na = 0, nb = 0;
  int result;

  sxsh_event_get_facility_ids ((SxshEvent *) a, &na);
  sxsh_event_get_facility_ids ((SxshEvent *) b, &nb);
  result = compare_ints (na, nb);
  return result != 0 ? result : compare_dates ((SxshEvent *) a, (SxshEvent *) b);
}

static int
compare_cost_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  int result = compare_ints (sxsh_event_get_cost ((SxshEvent *) a),
                             sxsh_event_get_cost ((SxshEvent *) b));

  return result != 0 ? result : compare_dates ((SxshEvent *) a, (SxshEvent *) b);
}

static void
setup_columns (SxshEventsPage *self)
{
  sxsh_page_setup_text_column (self->date_column, date_text, TRUE, compare_date_cb);
  sxsh_page_setup_text_column (self->title_column, title_text, FALSE, compare_title_cb);
  sxsh_page_setup_text_column (self->kind_column, kind_text, FALSE, compare_kind_cb);
  sxsh_page_setup_text_column (self->place_column, place_text, FALSE, compare_place_cb);
  sxsh_page_setup_text_column (self->participants_column, participants_text, TRUE,
                               compare_participants_cb);
  sxsh_page_setup_text_column (self->quantity_column, quantity_text, TRUE, compare_quantity_cb);
  sxsh_page_setup_text_column (self->facilities_column, facilities_text, TRUE,
                               compare_facilities_cb);
  sxsh_page_setup_text_column (self->cost_column, cost_text, TRUE, compare_cost_cb);
}

static const char *
kind_label (int kind)
{
  return sxsh_event_kind_get_label ((SxshEventKind) kind);
}

static void
setup_filters (SxshEventsPage *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds = sxsh_page_labels_new (kind_label, SXSH_EVENT_N_KINDS);

  /* In the order of SxshEventCategory. */
  gtk_string_list_append (categories, _("All events"));
  gtk_string_list_append (categories, _("Meetings and training"));
  gtk_string_list_append (categories, _("Communication"));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));

  gtk_string_list_splice (kinds, 0, 0, (const char *[]) { _("Any kind"), NULL });
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
}

/* Editor */

static gboolean
event_has_id (gpointer item,
              gint64   id)
{
  return sxsh_event_get_id (item) == id;
}

static void
editor_saved_cb (SxshEventsPage  *self,
                 gint64           id,
                 SxshEventEditor *editor)
{
  update_view (self);

  if (!sxsh_events_page_select_event (self, id))
    sxsh_page_add_toast (GTK_WIDGET (self),
                         adw_toast_new (_("Saved. The event is in another year, or hidden by "
                                          "the search or filters.")));
}

static void
open_editor (SxshEventsPage *self,
             SxshEvent      *event)
{
  SxshEventEditor *editor;

  if (self->editor != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->editor));
      return;
    }

  editor = sxsh_event_editor_new (self->store, event);
  sxsh_page_present_editor (GTK_WIDGET (self), GTK_WINDOW (editor), G_CALLBACK (editor_saved_cb),
                            (GtkWindow **) &self->editor);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (SXSH_EVENTS_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SxshEventsPage *self = SXSH_EVENTS_PAGE (widget);
  SxshEvent *event = get_selected_event (self);

  if (event != NULL)
    open_editor (self, event);
}

static void
undo_clicked_cb (SxshEventsPage *self,
                 AdwToast       *toast)
{
  g_autoptr(SxshRowSet) undo = sxsh_page_undo_toast_steal (toast);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (undo == NULL)
    return;

  id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "sxsh-event-id"));
  if (!sxsh_event_store_undo_delete (self->store, undo, &error))
    sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Restore the Event"), error);
  else
    sxsh_events_page_select_event (self, id);
  update_view (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SxshEventsPage *self = SXSH_EVENTS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  SxshEvent *event = get_selected_event (self);
  SxshRowSet *undo;
  AdwToast *toast;
  guint position;
  gint64 id;

  if (event == NULL)
    return;

  position = gtk_single_selection_get_selected (self->selection);
  id = sxsh_event_get_id (event);
  title = g_strdup (sxsh_event_get_title (event));

  undo = sxsh_event_store_delete (self->store, id, &error);
  if (undo == NULL)
    {
      sxsh_page_show_error (widget, _("Cannot Delete the Event"), error);
      return;
    }

  message = g_strdup_printf (_("“%s” deleted"), title);
  toast = sxsh_page_undo_toast_new (message, undo, (GDestroyNotify) sxsh_row_set_free,
                                    G_CALLBACK (undo_clicked_cb), self);
  sxsh_page_present_undo_toast (widget, toast, "sxsh-event-id", id, &self->undo_toast);
  sxsh_page_select_after_delete (GTK_SELECTION_MODEL (self->selection), position);
  update_view (self);
  update_actions (self);
}

static gboolean
focus_search_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  SxshEventsPage *self = SXSH_EVENTS_PAGE (widget);

  return sxsh_page_focus_search (widget, self->stack, "list", self->search_entry);
}

static void
column_view_activate_cb (SxshEventsPage *self,
                         guint           position,
                         GtkColumnView  *column_view)
{
  sxsh_page_activate_row (GTK_WIDGET (self), GTK_SELECTION_MODEL (self->selection), position,
                          "events.edit");
}

static void
search_stop_cb (SxshEventsPage *self,
                GtkSearchEntry *entry)
{
  sxsh_page_search_stop (entry, self->column_view);
}

/* The store reloads, replacing every event object, when the database
 * changes: the selected event is remembered before and selected again
 * after. */
static void
database_changing_cb (SxshEventsPage *self,
                      const char     *table,
                      SxshDatabase   *database)
{
  SxshEvent *event = get_selected_event (self);

  self->reload_selection = event != NULL ? sxsh_event_get_id (event) : 0;
}

static void
database_changed_cb (SxshEventsPage *self,
                     const char     *table,
                     SxshDatabase   *database)
{
  if (self->reload_selection != 0 && get_selected_event (self) == NULL)
    sxsh_events_page_select_event (self, self->reload_selection);
  self->reload_selection = 0;
  update_view (self);
  update_actions (self);
}

static void
sxsh_events_page_constructed (GObject *object)
{
  SxshEventsPage *self = SXSH_EVENTS_PAGE (object);

  G_OBJECT_CLASS (sxsh_events_page_parent_class)->constructed (object);

  g_assert (SXSH_IS_DATABASE (self->database));

  /* Connected before the store exists, so that it runs before the store's
   * own handler reloads it. */
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (database_changing_cb), self, G_CONNECT_SWAPPED);
  self->store = sxsh_event_store_new (self->database);
  if (self->year > 0)
    sxsh_event_store_set_year (self->store, self->year);
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);

  self->sort_model = sxsh_page_sort_model_new (G_LIST_MODEL (self->store), self->column_view);
  self->selection = sxsh_page_single_selection_new (self->sort_model, self->column_view);
  /* The latest events first: the ones an officer comes back to. */
  gtk_column_view_sort_by_column (self->column_view, self->date_column, GTK_SORT_DESCENDING);

  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (model_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->category_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->kind_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);

  update_view (self);
  update_actions (self);
}

static void
sxsh_events_page_dispose (GObject *object)
{
  SxshEventsPage *self = SXSH_EVENTS_PAGE (object);

  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));
  g_clear_weak_pointer (&self->editor);
  g_clear_weak_pointer (&self->undo_toast);

  sxsh_page_disconnect_models (self, self->sort_model, self->selection);

  /* AdwBin keeps its own pointer to the child: let it go first, or the
   * template would unparent the child behind the bin's back. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_EVENTS_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sxsh_events_page_parent_class)->dispose (object);
}

static void
sxsh_events_page_finalize (GObject *object)
{
  SxshEventsPage *self = SXSH_EVENTS_PAGE (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (sxsh_events_page_parent_class)->finalize (object);
}

static void
sxsh_events_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SxshEventsPage *self = SXSH_EVENTS_PAGE (object);

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
sxsh_events_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SxshEventsPage *self = SXSH_EVENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_YEAR:
      sxsh_events_page_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_events_page_class_init (SxshEventsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_events_page_constructed;
  object_class->dispose = sxsh_events_page_dispose;
  object_class->finalize = sxsh_events_page_finalize;
  object_class->get_property = sxsh_events_page_get_property;
  object_class->set_property = sxsh_events_page_set_property;

  /**
   * SxshEventsPage:database:
   *
   * The database whose events the page lists.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SXSH_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshEventsPage:year:
   *
   * The reporting year: the page lists the events dated in it.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, 2100, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-events-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshEventsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SxshEventsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SxshEventsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SxshEventsPage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SxshEventsPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SxshEventsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SxshEventsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, SxshEventsPage, date_column);
  gtk_widget_class_bind_template_child (widget_class, SxshEventsPage, title_column);
  gtk_widget_class_bind_template_child (widget_class, SxshEventsPage, kind_column);
  gtk_widget_class_bind_template_child (widget_class, SxshEventsPage, place_column);
  gtk_widget_class_bind_template_child (widget_class, SxshEventsPage, participants_column);
  gtk_widget_class_bind_template_child (widget_class, SxshEventsPage, quantity_column);
  gtk_widget_class_bind_template_child (widget_class, SxshEventsPage, facilities_column);
  gtk_widget_class_bind_template_child (widget_class, SxshEventsPage, cost_column);
  gtk_widget_class_bind_template_child (widget_class, SxshEventsPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);

  gtk_widget_class_install_action (widget_class, "events.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "events.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "events.delete", NULL, delete_action);

  /* Delete only acts when the focus is in the page, so that it never takes
   * a key meant for a text field elsewhere. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "events.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "events.delete", NULL);
}

static void
sxsh_events_page_init (SxshEventsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  setup_columns (self);
  setup_filters (self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  sxsh_page_add_window_shortcuts (GTK_WIDGET (self), focus_search_cb, "events.add");
}

SxshEventsPage *
sxsh_events_page_new (SxshDatabase *database)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);

  return g_object_new (SXSH_TYPE_EVENTS_PAGE, "database", database, NULL);
}

/**
 * sxsh_events_page_get_store:
 *
 * Returns: (transfer none): the store the page lists
 */
SxshEventStore *
sxsh_events_page_get_store (SxshEventsPage *self)
{
  g_return_val_if_fail (SXSH_IS_EVENTS_PAGE (self), NULL);

  return self->store;
}

int
sxsh_events_page_get_year (SxshEventsPage *self)
{
  g_return_val_if_fail (SXSH_IS_EVENTS_PAGE (self), 0);

  return self->year;
}

void
sxsh_events_page_set_year (SxshEventsPage *self,
                           int             year)
{
  g_return_if_fail (SXSH_IS_EVENTS_PAGE (self));

  if (self->year == year)
    return;

  self->year = year;
  if (self->store != NULL && year > 0)
    {
      sxsh_event_store_set_year (self->store, year);
      update_view (self);
      update_actions (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

GtkColumnView *
sxsh_events_page_get_column_view (SxshEventsPage *self)
{
  return self->column_view;
}

GtkSingleSelection *
sxsh_events_page_get_selection (SxshEventsPage *self)
{
  return self->selection;
}

GtkSearchEntry *
sxsh_events_page_get_search_entry (SxshEventsPage *self)
{
  return self->search_entry;
}

GtkDropDown *
sxsh_events_page_get_kind_filter (SxshEventsPage *self)
{
  return self->kind_dropdown;
}

const char *
sxsh_events_page_get_count_text (SxshEventsPage *self)
{
  return gtk_label_get_label (self->count_label);
}

/* "empty", "table" or "no-results": what the user sees in the page. */
const char *
sxsh_events_page_get_visible_view (SxshEventsPage *self)
{
  return sxsh_page_get_visible_view (self->stack, "list", self->list_stack);
}

AdwToast *
sxsh_events_page_get_undo_toast (SxshEventsPage *self)
{
  return self->undo_toast;
}

SxshEventEditor *
sxsh_events_page_get_editor (SxshEventsPage *self)
{
  return self->editor;
}

/* Selects the event's row and scrolls to it; FALSE when it is not shown. */
gboolean
sxsh_events_page_select_event (SxshEventsPage *self,
                               gint64          id)
{
  return sxsh_page_select_item (self->selection, self->column_view, event_has_id, id);
}

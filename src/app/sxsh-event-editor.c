/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-editor-fields.h"
#include "sxsh-event-editor-private.h"
#include "sxsh-format.h"
#include "sxsh-named-item.h"
#include "sxsh-page-helpers.h"
#include "sxsh-plan-store.h"
#include "sxsh-validation.h"

/* Records a workshop, a course or a communication item with the facilities
 * that attended.  A new event starts on today's date (when the list shows
 * this year), funded by the province: what most events are. */

struct _SxshEventEditor
{
  AdwWindow           parent_instance;

  SxshEventStore     *store;
  SxshEvent          *event;       /* the event being edited, or NULL for a new one */
  SxshEditorFields   *fields;
  GListStore         *attendees;   /* SxshNamedItem */
  gboolean            can_save;

  /* Weak pointer, for the tests. */
  SxshFacilityPicker *picker;

  /* Template widgets */
  AdwWindowTitle     *window_title;
  AdwComboRow        *kind_row;
  AdwEntryRow        *title_row;
  AdwEntryRow        *date_row;
  AdwEntryRow        *place_row;
  AdwEntryRow        *organiser_row;
  GtkLabel           *event_message;
  AdwActionRow       *participants_row;
  GtkSpinButton      *participants_spin;
  AdwActionRow       *quantity_row;
  GtkSpinButton      *quantity_spin;
  GtkLabel           *reach_message;
  AdwEntryRow        *cost_row;
  AdwComboRow        *funding_row;
  AdwComboRow        *task_row;
  GtkLabel           *funding_message;
  AdwPreferencesGroup *attendees_group;
  GtkListBox         *attendees_list;
  GtkLabel           *attendees_message;
  GtkTextView        *notes_view;
  GtkLabel           *notes_message;
};

G_DEFINE_FINAL_TYPE (SxshEventEditor, sxsh_event_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_EVENT,
  PROP_CAN_SAVE,
  N_PROPS
};

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
get_stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static char *
get_notes (SxshEventEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* Builds the event the fields describe.  Fields that cannot be read are
 * reported in @issues and left empty. */
static SxshEvent *
collect_event (SxshEventEditor *self,
               GPtrArray       *issues)
{
  g_autoptr(SxshEvent) event = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *title = get_stripped_text (self->title_row);
  g_autofree char *place = get_stripped_text (self->place_row);
  g_autofree char *organiser = get_stripped_text (self->organiser_row);
  g_autofree char *notes = get_notes (self);
  g_autofree char *date = NULL;
  SxshEventKind kind = (SxshEventKind) adw_combo_row_get_selected (self->kind_row);
  guint n_attendees = g_list_model_get_n_items (G_LIST_MODEL (self->attendees));
  gint64 cost = 0;

  if (!sxsh_page_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &date))
    {
      sxsh_issues_add (issues, "date", FALSE, "%s",
                       _("Date: write it as day/month/year, e.g. 05/12/2026."));
      g_clear_pointer (&date, g_free);
    }
  if (!sxsh_page_parse_money (gtk_editable_get_text (GTK_EDITABLE (self->cost_row)), &cost))
    sxsh_issues_add (issues, "cost", FALSE, "%s",
                     _("Cost: must be an amount in VND, e.g. 15.000.000."));

  event = self->event != NULL ? sxsh_event_copy (self->event) : sxsh_event_new ();
  g_object_set (event,
                "kind", (int) kind,
                "title", title,
                "date", date != NULL ? date : "",
                "place", place,
                "organiser", organiser,
                /* What a kind does not count is not kept: a leaflet has no
                 * participants, a workshop no copies. */
                "participants", sxsh_event_kind_is_communication (kind)
                                ? (gint64) 0
                                : (gint64) gtk_spin_button_get_value_as_int (self->participants_spin),
                "quantity", sxsh_event_kind_is_communication (kind)
                            ? (gint64) gtk_spin_button_get_value_as_int (self->quantity_spin)
                            : (gint64) 0,
                "cost", cost,
                "funding-source", (int) adw_combo_row_get_selected (self->funding_row),
                "plan-task-id", sxsh_page_get_named_id (self->task_row),
                "notes", notes,
                NULL);

  for (guint i = 0; i < n_attendees; i++)
    {
      g_autoptr(SxshNamedItem) item = g_list_model_get_item (G_LIST_MODEL (self->attendees), i);
      gint64 id = sxsh_named_item_get_id (item);

      g_array_append_val (ids, id);
    }
  sxsh_event_set_facility_ids (event, (const gint64 *) (gpointer) ids->data, ids->len);

  return g_steal_pointer (&event);
}

static void
set_can_save (SxshEventEditor *self,
              gboolean        can_save)
{
  sxsh_editor_set_can_save (GTK_WIDGET (self), &self->can_save, can_save,
                            properties[PROP_CAN_SAVE]);
}

/* The rows that matter for the kind: participants for meetings, copies or
 * broadcasts for communication, named as the kind counts them. */
static void
update_kind_rows (SxshEventEditor *self)
{
  SxshEventKind kind = (SxshEventKind) adw_combo_row_get_selected (self->kind_row);
  gboolean communication;

  if ((guint) kind >= SXSH_EVENT_N_KINDS)
    return;
  communication = sxsh_event_kind_is_communication (kind);
  gtk_widget_set_visible (GTK_WIDGET (self->participants_row), !communication);
  gtk_widget_set_visible (GTK_WIDGET (self->quantity_row), communication);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->quantity_row),
                                 sxsh_event_kind_get_quantity_label (kind));
}

static void
update_attendees_title (SxshEventEditor *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->attendees));
  g_autofree char *title = NULL;

  if (n == 0)
    title = g_strdup (_("Attending Facilities"));
  else
    /* Translators: the title of a group listing the facilities that
     * attended an event. */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Attending Facilities (%u)",
                                          "Attending Facilities (%u)", n), n);
  adw_preferences_group_set_title (self->attendees_group, title);
}

static void
validate (SxshEventEditor *self)
{
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(GPtrArray) store_issues = NULL;
  g_autoptr(SxshEvent) event = collect_event (self, issues);

  store_issues = sxsh_event_store_validate (self->store, event);
  sxsh_editor_fields_merge_issues (issues, store_issues);

  update_kind_rows (self);
  update_attendees_title (self);
  set_can_save (self, !sxsh_editor_fields_show (self->fields, issues));
}

static void
fields_changed_cb (gpointer user_data)
{
  validate (SXSH_EVENT_EDITOR (user_data));
}

/* Attendees */

static void
remove_attendee_cb (GtkButton       *button,
                    SxshEventEditor *self)
{
  SxshNamedItem *item = g_object_get_data (G_OBJECT (button), "sxsh-item");
  guint position;

  if (g_list_store_find (self->attendees, item, &position))
    g_list_store_remove (self->attendees, position);
  sxsh_editor_fields_touch (self->fields, "facilities");
  validate (self);
}

static GtkWidget *
create_attendee_row (gpointer item,
                     gpointer user_data)
{
  SxshEventEditor *self = user_data;
  const char *tax_code = sxsh_named_item_get_detail (item);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sxsh_named_item_get_name (item));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (tax_code != NULL && *tax_code != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), tax_code);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Remove from the Attendees"));
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "sxsh-item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_attendee_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
picker_picked_cb (SxshEventEditor    *self,
                  SxshFacilityPicker *picker)
{
  GListModel *chosen = sxsh_facility_picker_get_selected (picker);
  guint n = g_list_model_get_n_items (chosen);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (chosen, i));
  g_list_store_splice (self->attendees, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->attendees)),
                       items->pdata, items->len);
  sxsh_editor_fields_touch (self->fields, "facilities");
  validate (self);
}

static void
pick_facilities_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SxshEventEditor *self = SXSH_EVENT_EDITOR (widget);
  SxshFacilityPicker *picker;

  picker = sxsh_facility_picker_new (sxsh_event_store_get_database (self->store), TRUE);
  sxsh_facility_picker_set_selected (picker, G_LIST_MODEL (self->attendees));
  gtk_window_set_transient_for (GTK_WINDOW (picker), GTK_WINDOW (self));
  g_signal_connect_object (picker, "picked", G_CALLBACK (picker_picked_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->picker, picker);
  gtk_window_present (GTK_WINDOW (picker));
}

/* Loading */

static const char *
kind_label (int kind)
{
  return sxsh_event_kind_get_label ((SxshEventKind) kind);
}

static const char *
funding_label (int source)
{
  return sxsh_funding_source_get_label ((SxshFundingSource) source);
}

/* The tasks of the plan in force, "1.1 — Xây dựng …", for the plan task
 * field. */
static GListModel *
list_plan_tasks (SxshEventEditor *self)
{
  g_autoptr(SxshPlanStore) plans = sxsh_plan_store_new (sxsh_event_store_get_database (self->store));
  g_autoptr(GError) error = NULL;
  GListStore *tasks = g_list_store_new (SXSH_TYPE_NAMED_ITEM);
  guint n;

  if (!sxsh_plan_store_reload (plans, &error))
    {
      g_debug ("No plan tasks: %s", error->message);
      return G_LIST_MODEL (tasks);
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (plans));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshPlanTask) task = g_list_model_get_item (G_LIST_MODEL (plans), i);
      g_autofree char *name = NULL;
      g_autoptr(SxshNamedItem) item = NULL;

      if (*sxsh_plan_task_get_code (task) != '\0')
        name = g_strdup_printf ("%s — %s", sxsh_plan_task_get_code (task),
                                sxsh_plan_task_get_task (task));
      else
        name = g_strdup (sxsh_plan_task_get_task (task));
      item = sxsh_named_item_new (sxsh_plan_task_get_id (task), name,
                                  sxsh_plan_task_get_timing (task));
      g_list_store_append (tasks, item);
    }
  return G_LIST_MODEL (tasks);
}

static void
setup_choices (SxshEventEditor *self)
{
  g_autoptr(GtkStringList) kinds = sxsh_page_labels_new (kind_label, SXSH_EVENT_N_KINDS);
  g_autoptr(GtkStringList) sources = sxsh_page_labels_new (funding_label,
                                                           SXSH_FUNDING_N_SOURCES);
  g_autoptr(GListModel) tasks = list_plan_tasks (self);

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->funding_row, G_LIST_MODEL (sources));
  sxsh_page_setup_named_chooser (self->task_row, _("None"), tasks);
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
load_attendees (SxshEventEditor *self)
{
  g_autoptr(GListModel) attendees = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  attendees = sxsh_event_store_list_attendees (self->store, sxsh_event_get_id (self->event),
                                               &error);
  if (attendees == NULL)
    {
      g_warning ("The attendees could not be read: %s", error->message);
      return;
    }
  n = g_list_model_get_n_items (attendees);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (attendees, i));
  g_list_store_splice (self->attendees, 0, 0, items->pdata, items->len);
}

/* Fills the fields from the event being edited, or with the defaults of a
 * new one. */
static void
load_event (SxshEventEditor *self)
{
  SxshEvent *event = self->event;
  g_autofree char *date = NULL;
  g_autofree char *cost = NULL;

  sxsh_editor_fields_set_loading (self->fields, TRUE);

  if (event == NULL)
    {
      g_autofree char *today = sxsh_page_today_iso ();
      int year = sxsh_event_store_get_year (self->store);
      g_autofree char *prefix = g_strdup_printf ("%04d-", year);

      adw_window_title_set_title (self->window_title, _("New Event"));
      /* Today, when the list shows this year; otherwise the officer is
       * catching up with a past year and types the date. */
      if (year <= 0 || g_str_has_prefix (today, prefix))
        {
          date = sxsh_format_date (today);
          set_text (self->date_row, date);
        }
      adw_combo_row_set_selected (self->funding_row, SXSH_FUNDING_LOCAL);
      sxsh_editor_fields_set_loading (self->fields, FALSE);
      return;
    }

  adw_window_title_set_title (self->window_title, _("Edit Event"));
  adw_window_title_set_subtitle (self->window_title, sxsh_event_get_title (event));

  adw_combo_row_set_selected (self->kind_row, sxsh_event_get_kind (event));
  set_text (self->title_row, sxsh_event_get_title (event));
  date = sxsh_format_date (sxsh_event_get_date (event));
  set_text (self->date_row, date);
  set_text (self->place_row, sxsh_event_get_place (event));
  set_text (self->organiser_row, sxsh_event_get_organiser (event));
  gtk_spin_button_set_value (self->participants_spin, sxsh_event_get_participants (event));
  gtk_spin_button_set_value (self->quantity_spin, sxsh_event_get_quantity (event));
  cost = sxsh_page_format_money_entry (sxsh_event_get_cost (event));
  set_text (self->cost_row, cost);
  adw_combo_row_set_selected (self->funding_row, sxsh_event_get_funding_source (event));
  sxsh_page_select_named (self->task_row, sxsh_event_get_plan_task_id (event));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            sxsh_event_get_notes (event), -1);
  load_attendees (self);

  sxsh_editor_fields_touch_all (self->fields);
  sxsh_editor_fields_set_loading (self->fields, FALSE);
}

static void
setup_fields (SxshEventEditor *self)
{
  SxshEditorFields *f = self->fields;

  sxsh_editor_fields_add (f, "kind", GTK_WIDGET (self->kind_row), NULL, self->event_message);
  sxsh_editor_fields_add (f, "title", GTK_WIDGET (self->title_row), NULL, self->event_message);
  sxsh_editor_fields_add (f, "date", GTK_WIDGET (self->date_row), NULL, self->event_message);
  sxsh_editor_fields_add (f, "place", GTK_WIDGET (self->place_row), NULL, self->event_message);
  sxsh_editor_fields_add (f, "organiser", GTK_WIDGET (self->organiser_row), NULL,
                          self->event_message);
  sxsh_editor_fields_add (f, "participants", GTK_WIDGET (self->participants_row),
                          GTK_WIDGET (self->participants_spin), self->reach_message);
  sxsh_editor_fields_add (f, "quantity", GTK_WIDGET (self->quantity_row),
                          GTK_WIDGET (self->quantity_spin), self->reach_message);
  sxsh_editor_fields_add (f, "cost", GTK_WIDGET (self->cost_row), NULL, self->funding_message);
  sxsh_editor_fields_add (f, "funding-source", GTK_WIDGET (self->funding_row), NULL,
                          self->funding_message);
  sxsh_editor_fields_add (f, "plan-task-id", GTK_WIDGET (self->task_row), NULL,
                          self->funding_message);
  sxsh_editor_fields_add (f, "facilities", GTK_WIDGET (self->attendees_list), NULL,
                          self->attendees_message);
  sxsh_editor_fields_add (f, "notes", GTK_WIDGET (self->notes_view), NULL, self->notes_message);
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SxshEventEditor *self = SXSH_EVENT_EDITOR (widget);
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(SxshEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  /* Every message is shown now, also those of fields not reached yet. */
  sxsh_editor_fields_touch_all (self->fields);
  validate (self);
  if (!self->can_save)
    return;

  event = collect_event (self, issues);
  if (self->event == NULL)
    id = sxsh_event_store_insert (self->store, event, &error);
  else if (sxsh_event_store_update (self->store, event, &error))
    id = sxsh_event_get_id (event);
  else
    id = 0;

  if (id <= 0)
    {
      sxsh_page_show_error (widget, _("Cannot Save the Event"), error);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
sxsh_event_editor_map (GtkWidget *widget)
{
  SxshEventEditor *self = SXSH_EVENT_EDITOR (widget);

  GTK_WIDGET_CLASS (sxsh_event_editor_parent_class)->map (widget);

  /* An existing title is more often corrected than replaced: the cursor
   * goes to its end instead of selecting it all. */
  if (self->event != NULL)
    gtk_editable_select_region (GTK_EDITABLE (self->title_row), -1, -1);
}

static void
sxsh_event_editor_constructed (GObject *object)
{
  SxshEventEditor *self = SXSH_EVENT_EDITOR (object);

  G_OBJECT_CLASS (sxsh_event_editor_parent_class)->constructed (object);

  g_assert (SXSH_IS_EVENT_STORE (self->store));

  sxsh_editor_fields_set_loading (self->fields, TRUE);
  setup_choices (self);
  sxsh_editor_fields_set_loading (self->fields, FALSE);
  load_event (self);
  validate (self);

  /* A new event starts with its kind, an existing one with its title. */
  gtk_window_set_focus (GTK_WINDOW (self), self->event != NULL ? GTK_WIDGET (self->title_row)
                                                               : GTK_WIDGET (self->kind_row));
}

static void
sxsh_event_editor_dispose (GObject *object)
{
  SxshEventEditor *self = SXSH_EVENT_EDITOR (object);

  if (self->picker != NULL)
    gtk_window_destroy (GTK_WINDOW (self->picker));
  g_clear_weak_pointer (&self->picker);
  g_clear_pointer (&self->fields, sxsh_editor_fields_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_EVENT_EDITOR);

  G_OBJECT_CLASS (sxsh_event_editor_parent_class)->dispose (object);
}

static void
sxsh_event_editor_finalize (GObject *object)
{
  SxshEventEditor *self = SXSH_EVENT_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->event);
  g_clear_object (&self->attendees);

  G_OBJECT_CLASS (sxsh_event_editor_parent_class)->finalize (object);
}

static void
sxsh_event_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SxshEventEditor *self = SXSH_EVENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;

    case PROP_CAN_SAVE:
      g_value_set_boolean (value, self->can_save);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_event_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SxshEventEditor *self = SXSH_EVENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_EVENT:
      self->event = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_event_editor_class_init (SxshEventEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_event_editor_constructed;
  object_class->dispose = sxsh_event_editor_dispose;
  object_class->finalize = sxsh_event_editor_finalize;
  object_class->get_property = sxsh_event_editor_get_property;
  object_class->set_property = sxsh_event_editor_set_property;

  widget_class->map = sxsh_event_editor_map;

  /**
   * SxshEventEditor:store:
   *
   * The store that validates and saves the event.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SXSH_TYPE_EVENT_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshEventEditor:event:
   *
   * The event to edit, or %NULL to add a new one.
   */
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL,
                         SXSH_TYPE_EVENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshEventEditor:can-save:
   *
   * %FALSE while a field has an error.
   */
  properties[PROP_CAN_SAVE] =
    g_param_spec_boolean ("can-save", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SxshEventEditor::saved:
   * @id: the event's id
   *
   * Emitted after the event was written to the database.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-event-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, place_row);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, organiser_row);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, event_message);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, participants_row);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, participants_spin);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, quantity_row);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, quantity_spin);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, reach_message);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, cost_row);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, funding_row);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, task_row);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, funding_message);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, attendees_group);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, attendees_list);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, attendees_message);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, SxshEventEditor, notes_message);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.pick-facilities", NULL,
                                   pick_facilities_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.pick-facilities", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sxsh_event_editor_init (SxshEventEditor *self)
{
  self->attendees = g_list_store_new (SXSH_TYPE_NAMED_ITEM);
  self->can_save = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = sxsh_editor_fields_new (fields_changed_cb, self);
  setup_fields (self);
  gtk_list_box_bind_model (self->attendees_list, G_LIST_MODEL (self->attendees),
                           create_attendee_row, self, NULL);
}

SxshEventEditor *
sxsh_event_editor_new (SxshEventStore *store,
                       SxshEvent      *event)
{
  g_return_val_if_fail (SXSH_IS_EVENT_STORE (store), NULL);
  g_return_val_if_fail (event == NULL || SXSH_IS_EVENT (event), NULL);

  return g_object_new (SXSH_TYPE_EVENT_EDITOR, "store", store, "event", event, NULL);
}

/**
 * sxsh_event_editor_get_event:
 *
 * Returns: (transfer none) (nullable): the event being edited
 */
SxshEvent *
sxsh_event_editor_get_event (SxshEventEditor *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT_EDITOR (self), NULL);

  return self->event;
}

gboolean
sxsh_event_editor_get_can_save (SxshEventEditor *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT_EDITOR (self), FALSE);

  return self->can_save;
}

GtkWidget *
sxsh_event_editor_get_field_widget (SxshEventEditor *self,
                                    const char      *field)
{
  return sxsh_editor_fields_get_input (self->fields, field);
}

/* The message shown for @field, or NULL when the field is fine. */
const char *
sxsh_event_editor_get_field_message (SxshEventEditor *self,
                                     const char      *field)
{
  return sxsh_editor_fields_get_message (self->fields, field);
}

/* Returns: (transfer none): the attendees shown, #SxshNamedItem */
GListModel *
sxsh_event_editor_get_attendees (SxshEventEditor *self)
{
  return G_LIST_MODEL (self->attendees);
}

/* Returns: (transfer none) (nullable): the picker open over the editor */
SxshFacilityPicker *
sxsh_event_editor_get_picker (SxshEventEditor *self)
{
  return self->picker;
}

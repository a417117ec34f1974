/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-editor-fields.h"
#include "sxsh-named-item.h"
#include "sxsh-page-helpers.h"
#include "sxsh-plan-task-editor.h"
#include "sxsh-reference.h"
#include "sxsh-validation.h"

/* A task of the plan's appendix with its lead and partner agencies, and
 * how far it got in the year the page shows, which is what an officer
 * opens it for most years: the progress comes first. */

struct _SxshPlanTaskEditor
{
  AdwWindow         parent_instance;

  SxshPlanStore    *store;
  SxshPlanTask     *task;          /* the task edited, or NULL for a new one */
  SxshEditorFields *fields;
  GListModel       *agencies;      /* SxshNamedItem */
  GArray           *lead_ids;      /* gint64 */
  GArray           *partner_ids;   /* gint64 */
  gboolean          can_save;

  /* Weak pointer, for the tests. */
  AdwMessageDialog *chooser;

  /* Template widgets */
  AdwWindowTitle   *window_title;
  AdwPreferencesGroup *progress_group;
  AdwComboRow      *progress_row;
  AdwEntryRow      *note_row;
  GtkLabel         *progress_message;
  AdwEntryRow      *code_row;
  AdwEntryRow      *task_row;
  AdwEntryRow      *section_row;
  AdwEntryRow      *timing_row;
  GtkLabel         *task_message;
  AdwActionRow     *lead_row;
  AdwActionRow     *partner_row;
  GtkTextView      *content_view;
  GtkTextView      *result_view;
};

G_DEFINE_FINAL_TYPE (SxshPlanTaskEditor, sxsh_plan_task_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TASK,
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
get_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static SxshPlanTask *
collect_task (SxshPlanTaskEditor *self)
{
  SxshPlanTask *task = self->task != NULL ? sxsh_plan_task_copy (self->task)
                                          : sxsh_plan_task_new ();
  g_autofree char *code = get_stripped_text (self->code_row);
  g_autofree char *title = get_stripped_text (self->task_row);
  g_autofree char *section = get_stripped_text (self->section_row);
  g_autofree char *timing = get_stripped_text (self->timing_row);
  g_autofree char *content = get_view_text (self->content_view);
  g_autofree char *result = get_view_text (self->result_view);
  g_autofree char *note = get_stripped_text (self->note_row);

  g_object_set (task,
                "plan-id", self->task != NULL ? sxsh_plan_task_get_plan_id (self->task)
                                              : sxsh_plan_store_get_plan_id (self->store),
                "code", code,
                "task", title,
                "section", section,
                "timing", timing,
                "content", content,
                "expected-result", result,
                "progress", (int) adw_combo_row_get_selected (self->progress_row),
                "progress-note", note,
                NULL);
  sxsh_plan_task_set_agencies (task,
                               (const gint64 *) (gpointer) self->lead_ids->data,
                               self->lead_ids->len,
                               (const gint64 *) (gpointer) self->partner_ids->data,
                               self->partner_ids->len);
  return task;
}

static void
set_can_save (SxshPlanTaskEditor *self,
              gboolean            can_save)
{
  self->can_save = can_save;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", can_save);
}

static void
validate (SxshPlanTaskEditor *self)
{
  g_autoptr(SxshPlanTask) task = collect_task (self);
  g_autoptr(GPtrArray) issues = sxsh_plan_store_validate_task (self->store, task);

  set_can_save (self, !sxsh_editor_fields_show (self->fields, issues));
}

static void
fields_changed_cb (gpointer user_data)
{
  validate (SXSH_PLAN_TASK_EDITOR (user_data));
}

/* Agencies */

static char *
agency_names (SxshPlanTaskEditor *self,
              GArray             *ids)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (self->agencies);

  for (guint i = 0; i < ids->len; i++)
    for (guint j = 0; j < n; j++)
      {
        g_autoptr(SxshNamedItem) item = g_list_model_get_item (self->agencies, j);

        if (sxsh_named_item_get_id (item) == g_array_index (ids, gint64, i))
          {
            g_ptr_array_add (names, (gpointer) sxsh_named_item_get_name (item));
            break;
          }
      }
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("; ", (char **) names->pdata);
}

static void
show_agencies (SxshPlanTaskEditor *self)
{
  g_autofree char *lead = agency_names (self, self->lead_ids);
  g_autofree char *partners = agency_names (self, self->partner_ids);

  adw_action_row_set_subtitle (self->lead_row, *lead != '\0' ? lead : _("None chosen"));
  adw_action_row_set_subtitle (self->partner_row, *partners != '\0' ? partners
                                                                    : _("None chosen"));
}

static gboolean
has_id (GArray *ids,
        gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
chooser_response_cb (SxshPlanTaskEditor *self,
                     const char         *response,
                     AdwMessageDialog   *dialog)
{
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "sxsh-ids");
  GtkWidget *list = g_object_get_data (G_OBJECT (dialog), "sxsh-list");

  if (g_strcmp0 (response, "done") != 0)
    return;
  g_array_set_size (ids, 0);
  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "sxsh-check");

      if (check != NULL && gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        {
          gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "sxsh-id"));
          g_array_append_val (ids, id);
        }
    }
  show_agencies (self);
  validate (self);
}

/* A list of every agency with a check box, those of @ids checked. */
static void
choose_agencies (SxshPlanTaskEditor *self,
                 const char         *heading,
                 GArray             *ids)
{
  AdwMessageDialog *dialog;
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  guint n = g_list_model_get_n_items (self->agencies);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, NULL));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "done", _("_Done"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "done", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "done");
  adw_message_dialog_set_close_response (dialog, "cancel");

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshNamedItem) item = g_list_model_get_item (self->agencies, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sxsh_named_item_get_name (item));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   has_id (ids, sxsh_named_item_get_id (item)));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (row), "sxsh-check", check);
      g_object_set_data (G_OBJECT (row), "sxsh-id",
                         GSIZE_TO_POINTER ((gsize) sxsh_named_item_get_id (item)));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_message_dialog_set_extra_child (dialog, scrolled);

  g_object_set_data (G_OBJECT (dialog), "sxsh-ids", ids);
  g_object_set_data (G_OBJECT (dialog), "sxsh-list", list);
  g_signal_connect_object (dialog, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->chooser, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
choose_lead_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SxshPlanTaskEditor *self = SXSH_PLAN_TASK_EDITOR (widget);

  choose_agencies (self, _("Lead Agencies"), self->lead_ids);
}

static void
choose_partners_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SxshPlanTaskEditor *self = SXSH_PLAN_TASK_EDITOR (widget);

  choose_agencies (self, _("Partner Agencies"), self->partner_ids);
}

/* Loading */

static const char *
progress_label (int progress)
{
  return sxsh_task_progress_get_label ((SxshTaskProgress) progress);
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
load_task (SxshPlanTaskEditor *self)
{
  SxshPlanTask *task = self->task;
  g_autoptr(GtkStringList) progress = sxsh_page_labels_new (progress_label, SXSH_TASK_N_PROGRESS);
  g_autofree char *group_title = NULL;
  g_autoptr(GError) error = NULL;

  sxsh_editor_fields_set_loading (self->fields, TRUE);

  self->agencies = sxsh_reference_list_agencies (sxsh_plan_store_get_database (self->store),
                                                 &error);
  if (self->agencies == NULL)
    {
      g_warning ("The agencies could not be read: %s", error->message);
      self->agencies = G_LIST_MODEL (g_list_store_new (SXSH_TYPE_NAMED_ITEM));
    }
  adw_combo_row_set_model (self->progress_row, G_LIST_MODEL (progress));
  /* Translators: the title of a group; %d is the reporting year. */
  group_title = g_strdup_printf (_("Progress in %d"), sxsh_plan_store_get_year (self->store));
  adw_preferences_group_set_title (self->progress_group, group_title);

  if (task == NULL)
    {
      adw_window_title_set_title (self->window_title, _("New Task"));
      show_agencies (self);
      sxsh_editor_fields_set_loading (self->fields, FALSE);
      return;
    }

  adw_window_title_set_title (self->window_title, _("Edit Task"));
  adw_window_title_set_subtitle (self->window_title, sxsh_plan_task_get_code (task));
  adw_combo_row_set_selected (self->progress_row, sxsh_plan_task_get_progress (task));
  set_text (self->note_row, sxsh_plan_task_get_progress_note (task));
  set_text (self->code_row, sxsh_plan_task_get_code (task));
  set_text (self->task_row, sxsh_plan_task_get_task (task));
  set_text (self->section_row, sxsh_plan_task_get_section (task));
  set_text (self->timing_row, sxsh_plan_task_get_timing (task));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->content_view),
                            sxsh_plan_task_get_content (task), -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->result_view),
                            sxsh_plan_task_get_expected_result (task), -1);
  {
    guint n_lead = 0, n_partner = 0;
    const gint64 *lead = sxsh_plan_task_get_lead_agency_ids (task, &n_lead);
    const gint64 *partners = sxsh_plan_task_get_partner_agency_ids (task, &n_partner);

    g_array_append_vals (self->lead_ids, lead, n_lead);
    g_array_append_vals (self->partner_ids, partners, n_partner);
  }
  show_agencies (self);

  sxsh_editor_fields_touch_all (self->fields);
  sxsh_editor_fields_set_loading (self->fields, FALSE);
}

static void
setup_fields (SxshPlanTaskEditor *self)
{
  SxshEditorFields *f = self->fields;

  sxsh_editor_fields_add (f, "progress", GTK_WIDGET (self->progress_row), NULL,
                          self->progress_message);
  sxsh_editor_fields_add (f, "progress-note", GTK_WIDGET (self->note_row), NULL,
                          self->progress_message);
  sxsh_editor_fields_add (f, "code", GTK_WIDGET (self->code_row), NULL, self->task_message);
  sxsh_editor_fields_add (f, "task", GTK_WIDGET (self->task_row), NULL, self->task_message);
  sxsh_editor_fields_add (f, "section", GTK_WIDGET (self->section_row), NULL,
                          self->task_message);
  sxsh_editor_fields_add (f, "timing", GTK_WIDGET (self->timing_row), NULL, self->task_message);
  sxsh_editor_fields_add (f, "content", GTK_WIDGET (self->content_view), NULL,
                          self->task_message);
  sxsh_editor_fields_add (f, "expected-result", GTK_WIDGET (self->result_view), NULL,
                          self->task_message);
}

/* Saving */

/* The task and its progress in one transaction: both or neither. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SxshPlanTaskEditor *self = SXSH_PLAN_TASK_EDITOR (widget);
  SxshDatabase *db = sxsh_plan_store_get_database (self->store);
  g_autoptr(SxshPlanTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  SxshTaskProgress progress;
  gint64 id;

  sxsh_editor_fields_touch_all (self->fields);
  validate (self);
  if (!self->can_save)
    return;

  task = collect_task (self);
  progress = sxsh_plan_task_get_progress (task);
  note = g_strdup (sxsh_plan_task_get_progress_note (task));

  if (!sxsh_database_begin (db, &error))
    goto fail;
  if (self->task == NULL)
    id = sxsh_plan_store_insert_task (self->store, task, &error);
  else
    id = sxsh_plan_store_update_task (self->store, task, &error) ? sxsh_plan_task_get_id (task) : 0;
  /* A new task not started, with nothing to say, has no progress to keep. */
  if (id > 0 && (self->task != NULL || progress != SXSH_TASK_NOT_STARTED || *note != '\0')
      && !sxsh_plan_store_set_progress (self->store, id, sxsh_plan_store_get_year (self->store),
                                        progress, note, &error))
    id = 0;
  if (id <= 0)
    {
      sxsh_database_rollback (db);
      goto fail;
    }
  if (!sxsh_database_commit (db, &error))
    goto fail;
  sxsh_database_notify_changed (db, "plan_task");
  sxsh_database_notify_changed (db, "plan_task_progress");

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
  return;

fail:
  sxsh_page_show_error (widget, _("Cannot Save the Task"), error);
}

static void
sxsh_plan_task_editor_constructed (GObject *object)
{
  SxshPlanTaskEditor *self = SXSH_PLAN_TASK_EDITOR (object);

  G_OBJECT_CLASS (sxsh_plan_task_editor_parent_class)->constructed (object);

  g_assert (SXSH_IS_PLAN_STORE (self->store));

  load_task (self);
  validate (self);

  /* Most years a task is opened to say how far it got. */
  gtk_window_set_focus (GTK_WINDOW (self), self->task != NULL ? GTK_WIDGET (self->progress_row)
                                                              : GTK_WIDGET (self->code_row));
}

static void
sxsh_plan_task_editor_dispose (GObject *object)
{
  SxshPlanTaskEditor *self = SXSH_PLAN_TASK_EDITOR (object);

  if (self->chooser != NULL)
    gtk_window_destroy (GTK_WINDOW (self->chooser));
  g_clear_weak_pointer (&self->chooser);
  g_clear_pointer (&self->fields, sxsh_editor_fields_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_PLAN_TASK_EDITOR);

  G_OBJECT_CLASS (sxsh_plan_task_editor_parent_class)->dispose (object);
}

static void
sxsh_plan_task_editor_finalize (GObject *object)
{
  SxshPlanTaskEditor *self = SXSH_PLAN_TASK_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->task);
  g_clear_object (&self->agencies);
  g_clear_pointer (&self->lead_ids, g_array_unref);
  g_clear_pointer (&self->partner_ids, g_array_unref);

  G_OBJECT_CLASS (sxsh_plan_task_editor_parent_class)->finalize (object);
}

static void
sxsh_plan_task_editor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SxshPlanTaskEditor *self = SXSH_PLAN_TASK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_TASK:
      g_value_set_object (value, self->task);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_plan_task_editor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SxshPlanTaskEditor *self = SXSH_PLAN_TASK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_TASK:
      self->task = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_plan_task_editor_class_init (SxshPlanTaskEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_plan_task_editor_constructed;
  object_class->dispose = sxsh_plan_task_editor_dispose;
  object_class->finalize = sxsh_plan_task_editor_finalize;
  object_class->get_property = sxsh_plan_task_editor_get_property;
  object_class->set_property = sxsh_plan_task_editor_set_property;

  /**
   * SxshPlanTaskEditor:store:
   *
   * The plans: a new task belongs to the plan shown, its progress to the
   * store's year.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SXSH_TYPE_PLAN_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshPlanTaskEditor:task:
   *
   * The task to edit, or %NULL to add one.
   */
  properties[PROP_TASK] =
    g_param_spec_object ("task", NULL, NULL,
                         SXSH_TYPE_PLAN_TASK,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SxshPlanTaskEditor::saved:
   * @id: the task's id
   *
   * Emitted after the task and its progress were written.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-plan-task-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshPlanTaskEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanTaskEditor, progress_group);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanTaskEditor, progress_row);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanTaskEditor, note_row);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanTaskEditor, progress_message);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanTaskEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanTaskEditor, task_row);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanTaskEditor, section_row);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanTaskEditor, timing_row);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanTaskEditor, task_message);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanTaskEditor, lead_row);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanTaskEditor, partner_row);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanTaskEditor, content_view);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanTaskEditor, result_view);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.choose-lead", NULL, choose_lead_action);
  gtk_widget_class_install_action (widget_class, "editor.choose-partners", NULL,
                                   choose_partners_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sxsh_plan_task_editor_init (SxshPlanTaskEditor *self)
{
  self->can_save = TRUE;
  self->lead_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->partner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = sxsh_editor_fields_new (fields_changed_cb, self);
  setup_fields (self);
}

SxshPlanTaskEditor *
sxsh_plan_task_editor_new (SxshPlanStore *store,
                           SxshPlanTask  *task)
{
  g_return_val_if_fail (SXSH_IS_PLAN_STORE (store), NULL);
  g_return_val_if_fail (task == NULL || SXSH_IS_PLAN_TASK (task), NULL);

  return g_object_new (SXSH_TYPE_PLAN_TASK_EDITOR, "store", store, "task", task, NULL);
}

gboolean
sxsh_plan_task_editor_get_can_save (SxshPlanTaskEditor *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK_EDITOR (self), FALSE);

  return self->can_save;
}

/* Returns: (transfer none) (nullable): what the user types into for
 * @field ("code", "task", "progress", "progress-note", …) */
GtkWidget *
sxsh_plan_task_editor_get_field_widget (SxshPlanTaskEditor *self,
                                        const char         *field)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK_EDITOR (self), NULL);

  return sxsh_editor_fields_get_input (self->fields, field);
}

const char *
sxsh_plan_task_editor_get_field_message (SxshPlanTaskEditor *self,
                                         const char         *field)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK_EDITOR (self), NULL);

  return sxsh_editor_fields_get_message (self->fields, field);
}

/* Returns: (transfer none) (nullable): the agency list open over the
 * editor */
AdwMessageDialog *
sxsh_plan_task_editor_get_agency_chooser (SxshPlanTaskEditor *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK_EDITOR (self), NULL);

  return self->chooser;
}

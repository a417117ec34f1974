/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-editor-fields.h"
#include "sxsh-format.h"
#include "sxsh-page-helpers.h"
#include "sxsh-plan-editor.h"
#include "sxsh-plan-target-dialog.h"
#include "sxsh-validation.h"

/* A plan: its code, title, issuer, date and years.  A new plan (the one
 * after 2340/KH-UBND, for 2021–2025, say) is written with its own targets
 * and appendix of tasks in one transaction; it starts from a copy of the
 * current plan's, which the officer then corrects. */

struct _SxshPlanEditor
{
  AdwWindow         parent_instance;

  SxshPlanStore    *store;
  SxshPlan         *plan;           /* the plan edited, or NULL for a new one */
  SxshEditorFields *fields;
  GListStore       *targets;        /* SxshPlanTarget of a new plan */
  SxshPlanTarget   *editing_target; /* the one the target dialog edits */
  gboolean          can_save;

  /* Weak pointer, for the tests. */
  AdwMessageDialog *target_dialog;

  /* Template widgets */
  AdwWindowTitle   *window_title;
  AdwEntryRow      *code_row;
  AdwEntryRow      *title_row;
  AdwEntryRow      *issuer_row;
  AdwEntryRow      *issued_on_row;
  AdwActionRow     *first_year_row;
  GtkSpinButton    *first_year_spin;
  AdwActionRow     *last_year_row;
  GtkSpinButton    *last_year_spin;
  AdwEntryRow      *notes_row;
  GtkLabel         *plan_message;
  AdwPreferencesGroup *targets_group;
  GtkListBox       *targets_list;
  AdwPreferencesGroup *tasks_group;
  AdwActionRow     *copy_tasks_row;
  GtkSwitch        *copy_tasks_switch;
};

G_DEFINE_FINAL_TYPE (SxshPlanEditor, sxsh_plan_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
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

static SxshPlan *
collect_plan (SxshPlanEditor *self,
              GPtrArray      *issues)
{
  SxshPlan *plan = self->plan != NULL ? sxsh_plan_copy (self->plan) : sxsh_plan_new ();
  g_autofree char *code = get_stripped_text (self->code_row);
  g_autofree char *title = get_stripped_text (self->title_row);
  g_autofree char *issuer = get_stripped_text (self->issuer_row);
  g_autofree char *notes = get_stripped_text (self->notes_row);
  g_autofree char *issued_on = NULL;

  if (!sxsh_page_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->issued_on_row)),
                             &issued_on))
    {
      sxsh_issues_add (issues, "issued-on", FALSE, "%s",
                       _("Issued on: write it as day/month/year, e.g. 26/09/2016."));
      g_clear_pointer (&issued_on, g_free);
    }
  g_object_set (plan,
                "code", code,
                "title", title,
                "issuer", issuer,
                "issued-on", issued_on != NULL ? issued_on : "",
                "first-year", gtk_spin_button_get_value_as_int (self->first_year_spin),
                "last-year", gtk_spin_button_get_value_as_int (self->last_year_spin),
                "notes", notes,
                NULL);
  return plan;
}

static void
validate (SxshPlanEditor *self)
{
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(SxshPlan) plan = collect_plan (self, issues);
  g_autoptr(GPtrArray) store_issues = sxsh_plan_store_validate_plan (self->store, plan);

  for (guint i = 0; store_issues != NULL && i < store_issues->len; i++)
    {
      SxshIssue *issue = g_ptr_array_index (store_issues, i);

      if (sxsh_issues_find (issues, issue->field) == NULL)
        sxsh_issues_add (issues, issue->field, issue->warning, "%s", issue->message);
    }
  self->can_save = !sxsh_editor_fields_show (self->fields, issues);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->can_save);
}

static void
fields_changed_cb (gpointer user_data)
{
  validate (SXSH_PLAN_EDITOR (user_data));
}

/* Targets of a new plan */

static GPtrArray *
targets_array (SxshPlanEditor *self)
{
  GPtrArray *targets = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->targets));

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (targets, g_list_model_get_item (G_LIST_MODEL (self->targets), i));
  return targets;
}

static void
target_done_cb (SxshPlanTarget *target,
                gpointer        user_data)
{
  SxshPlanEditor *self = user_data;
  guint position;

  if (self->editing_target != NULL
      && g_list_store_find (self->targets, self->editing_target, &position))
    g_list_store_splice (self->targets, position, 1, (gpointer *) &target, 1);
  else
    g_list_store_append (self->targets, target);
  g_clear_object (&self->editing_target);
}

static void
open_target_dialog (SxshPlanEditor *self,
                    SxshPlanTarget *target)
{
  g_autoptr(GPtrArray) siblings = targets_array (self);
  AdwMessageDialog *dialog;

  g_set_object (&self->editing_target, target);
  dialog = sxsh_plan_target_dialog_new (GTK_WIDGET (self), NULL, target, siblings,
                                        target_done_cb, self);
  g_set_weak_pointer (&self->target_dialog, dialog);
}

static void
target_row_activated_cb (AdwActionRow   *row,
                         SxshPlanEditor *self)
{
  open_target_dialog (self, g_object_get_data (G_OBJECT (row), "sxsh-target"));
}

static void
remove_target_cb (GtkButton      *button,
                  SxshPlanEditor *self)
{
  SxshPlanTarget *target = g_object_get_data (G_OBJECT (button), "sxsh-target");
  guint position;

  if (g_list_store_find (self->targets, target, &position))
    g_list_store_remove (self->targets, position);
}

static GtkWidget *
create_target_row (gpointer item,
                   gpointer user_data)
{
  SxshPlanEditor *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *description = sxsh_plan_target_describe (item);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 sxsh_plan_indicator_get_label (
                                   sxsh_plan_target_get_indicator_key (item)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "sxsh-target", g_object_ref (item), g_object_unref);
  g_signal_connect_object (row, "activated", G_CALLBACK (target_row_activated_cb), self, 0);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Remove the Target"));
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "sxsh-target", g_object_ref (item), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_target_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
add_target_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  open_target_dialog (SXSH_PLAN_EDITOR (widget), NULL);
}

/* Loading */

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* A new plan follows the current one: its years come after, its issuer
 * and its targets are the same until the officer says otherwise. */
static void
load_new_plan (SxshPlanEditor *self)
{
  SxshPlan *current = sxsh_plan_store_get_plan (self->store);
  GListModel *targets = sxsh_plan_store_get_targets (self->store);
  guint n = g_list_model_get_n_items (targets);
  int first_year;
  g_autofree char *copy_title = NULL;

  adw_window_title_set_title (self->window_title, _("New Plan"));
  if (current != NULL)
    first_year = sxsh_plan_get_last_year (current) + 1;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      first_year = g_date_time_get_year (now);
    }
  gtk_spin_button_set_value (self->first_year_spin, first_year);
  gtk_spin_button_set_value (self->last_year_spin, first_year + 4);
  if (current != NULL)
    set_text (self->issuer_row, sxsh_plan_get_issuer (current));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshPlanTarget) target = g_list_model_get_item (targets, i);
      g_autoptr(SxshPlanTarget) copy = sxsh_plan_target_copy (target);

      sxsh_plan_target_set_id (copy, 0);
      g_object_set (copy, "plan-id", (gint64) 0, NULL);
      g_list_store_append (self->targets, copy);
    }

  if (current != NULL)
    {
      g_autofree char *label = sxsh_plan_dup_label (current);

      /* Translators: %s is a plan, e.g. "2340/KH-UBND (2016–2020)". */
      copy_title = g_strdup_printf (_("Start from the Tasks of %s"), label);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->copy_tasks_row), copy_title);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->tasks_group), FALSE);
}

static void
load_plan (SxshPlanEditor *self)
{
  SxshPlan *plan = self->plan;
  g_autofree char *issued_on = NULL;

  sxsh_editor_fields_set_loading (self->fields, TRUE);
  if (plan == NULL)
    {
      load_new_plan (self);
      sxsh_editor_fields_set_loading (self->fields, FALSE);
      return;
    }

  /* The targets and the tasks of a saved plan are edited on the page. */
  adw_window_title_set_title (self->window_title, _("Edit Plan"));
  adw_window_title_set_subtitle (self->window_title, sxsh_plan_get_code (plan));
  gtk_widget_set_visible (GTK_WIDGET (self->targets_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->tasks_group), FALSE);
  set_text (self->code_row, sxsh_plan_get_code (plan));
  set_text (self->title_row, sxsh_plan_get_title (plan));
  set_text (self->issuer_row, sxsh_plan_get_issuer (plan));
  issued_on = sxsh_format_date (sxsh_plan_get_issued_on (plan));
  set_text (self->issued_on_row, issued_on);
  gtk_spin_button_set_value (self->first_year_spin, sxsh_plan_get_first_year (plan));
  gtk_spin_button_set_value (self->last_year_spin, sxsh_plan_get_last_year (plan));
  set_text (self->notes_row, sxsh_plan_get_notes (plan));
  sxsh_editor_fields_touch_all (self->fields);
  sxsh_editor_fields_set_loading (self->fields, FALSE);
}

static void
setup_fields (SxshPlanEditor *self)
{
  SxshEditorFields *f = self->fields;

  sxsh_editor_fields_add (f, "code", GTK_WIDGET (self->code_row), NULL, self->plan_message);
  sxsh_editor_fields_add (f, "title", GTK_WIDGET (self->title_row), NULL, self->plan_message);
  sxsh_editor_fields_add (f, "issuer", GTK_WIDGET (self->issuer_row), NULL, self->plan_message);
  sxsh_editor_fields_add (f, "issued-on", GTK_WIDGET (self->issued_on_row), NULL,
                          self->plan_message);
  sxsh_editor_fields_add (f, "first-year", GTK_WIDGET (self->first_year_row),
                          GTK_WIDGET (self->first_year_spin), self->plan_message);
  sxsh_editor_fields_add (f, "last-year", GTK_WIDGET (self->last_year_row),
                          GTK_WIDGET (self->last_year_spin), self->plan_message);
  sxsh_editor_fields_add (f, "notes", GTK_WIDGET (self->notes_row), NULL, self->plan_message);
}

/* Saving */

/* The current plan's tasks, for the new plan's appendix: the same rows
 * and agencies, no progress (that belongs to the years of the old
 * plan). */
static GPtrArray *
copy_current_tasks (SxshPlanEditor *self)
{
  GPtrArray *tasks = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshPlanTask) task = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      SxshPlanTask *copy = sxsh_plan_task_copy (task);

      sxsh_plan_task_set_id (copy, 0);
      g_object_set (copy, "plan-id", (gint64) 0, "progress", (int) SXSH_TASK_NOT_STARTED,
                    "progress-note", "", NULL);
      g_ptr_array_add (tasks, copy);
    }
  return tasks;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SxshPlanEditor *self = SXSH_PLAN_EDITOR (widget);
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(SxshPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  sxsh_editor_fields_touch_all (self->fields);
  validate (self);
  if (!self->can_save)
    return;

  plan = collect_plan (self, issues);
  if (self->plan == NULL)
    {
      g_autoptr(GPtrArray) targets = targets_array (self);
      g_autoptr(GPtrArray) tasks = gtk_switch_get_active (self->copy_tasks_switch)
                                   && gtk_widget_get_visible (GTK_WIDGET (self->tasks_group))
                                   ? copy_current_tasks (self) : NULL;

      id = sxsh_plan_store_insert_plan (self->store, plan, targets, tasks, &error);
    }
  else
    id = sxsh_plan_store_update_plan (self->store, plan, &error) ? sxsh_plan_get_id (plan) : 0;

  if (id <= 0)
    {
      sxsh_page_show_error (widget, _("Cannot Save the Plan"), error);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
sxsh_plan_editor_constructed (GObject *object)
{
  SxshPlanEditor *self = SXSH_PLAN_EDITOR (object);

  G_OBJECT_CLASS (sxsh_plan_editor_parent_class)->constructed (object);

  g_assert (SXSH_IS_PLAN_STORE (self->store));

  load_plan (self);
  validate (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->plan != NULL ? self->title_row
                                                                          : self->code_row));
}

static void
sxsh_plan_editor_dispose (GObject *object)
{
  SxshPlanEditor *self = SXSH_PLAN_EDITOR (object);

  if (self->target_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->target_dialog));
  g_clear_weak_pointer (&self->target_dialog);
  g_clear_pointer (&self->fields, sxsh_editor_fields_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_PLAN_EDITOR);

  G_OBJECT_CLASS (sxsh_plan_editor_parent_class)->dispose (object);
}

static void
sxsh_plan_editor_finalize (GObject *object)
{
  SxshPlanEditor *self = SXSH_PLAN_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->plan);
  g_clear_object (&self->targets);
  g_clear_object (&self->editing_target);

  G_OBJECT_CLASS (sxsh_plan_editor_parent_class)->finalize (object);
}

static void
sxsh_plan_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SxshPlanEditor *self = SXSH_PLAN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_plan_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SxshPlanEditor *self = SXSH_PLAN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_plan_editor_class_init (SxshPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_plan_editor_constructed;
  object_class->dispose = sxsh_plan_editor_dispose;
  object_class->finalize = sxsh_plan_editor_finalize;
  object_class->get_property = sxsh_plan_editor_get_property;
  object_class->set_property = sxsh_plan_editor_set_property;

  /**
   * SxshPlanEditor:store:
   *
   * The plans; a new plan starts from the one the store shows.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SXSH_TYPE_PLAN_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshPlanEditor:plan:
   *
   * The plan to edit, or %NULL to add one.
   */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         SXSH_TYPE_PLAN,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SxshPlanEditor::saved:
   * @id: the plan's id
   *
   * Emitted after the plan (with its targets and tasks) was written.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-plan-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshPlanEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanEditor, issuer_row);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanEditor, issued_on_row);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanEditor, first_year_row);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanEditor, first_year_spin);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanEditor, last_year_row);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanEditor, last_year_spin);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanEditor, plan_message);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanEditor, targets_group);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanEditor, targets_list);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanEditor, tasks_group);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanEditor, copy_tasks_row);
  gtk_widget_class_bind_template_child (widget_class, SxshPlanEditor, copy_tasks_switch);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.add-target", NULL, add_target_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sxsh_plan_editor_init (SxshPlanEditor *self)
{
  self->can_save = TRUE;
  self->targets = g_list_store_new (SXSH_TYPE_PLAN_TARGET);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = sxsh_editor_fields_new (fields_changed_cb, self);
  setup_fields (self);
  gtk_list_box_bind_model (self->targets_list, G_LIST_MODEL (self->targets),
                           create_target_row, self, NULL);
}

SxshPlanEditor *
sxsh_plan_editor_new (SxshPlanStore *store,
                      SxshPlan      *plan)
{
  g_return_val_if_fail (SXSH_IS_PLAN_STORE (store), NULL);
  g_return_val_if_fail (plan == NULL || SXSH_IS_PLAN (plan), NULL);

  return g_object_new (SXSH_TYPE_PLAN_EDITOR, "store", store, "plan", plan, NULL);
}

gboolean
sxsh_plan_editor_get_can_save (SxshPlanEditor *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_EDITOR (self), FALSE);

  return self->can_save;
}

GtkWidget *
sxsh_plan_editor_get_field_widget (SxshPlanEditor *self,
                                   const char     *field)
{
  g_return_val_if_fail (SXSH_IS_PLAN_EDITOR (self), NULL);

  return sxsh_editor_fields_get_input (self->fields, field);
}

const char *
sxsh_plan_editor_get_field_message (SxshPlanEditor *self,
                                    const char     *field)
{
  g_return_val_if_fail (SXSH_IS_PLAN_EDITOR (self), NULL);

  return sxsh_editor_fields_get_message (self->fields, field);
}

/* Returns: (transfer none): the targets of the new plan, #SxshPlanTarget */
GListModel *
sxsh_plan_editor_get_targets (SxshPlanEditor *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_EDITOR (self), NULL);

  return G_LIST_MODEL (self->targets);
}

/* Returns: (transfer none) (nullable): the target dialog open over the
 * editor */
AdwMessageDialog *
sxsh_plan_editor_get_target_dialog (SxshPlanEditor *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_EDITOR (self), NULL);

  return self->target_dialog;
}

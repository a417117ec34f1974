/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-page-helpers.h"
#include "sxsh-plan-target-dialog.h"
#include "sxsh-plans-page-private.h"

/* What the officer does with the plans: add a plan for a later period,
 * correct one, set its targets, keep its appendix of tasks, and record
 * each task's progress in the year.  Every deletion offers undo. */

/* Undo */

static void
undo_clicked_cb (SxshPlansPage *self,
                 AdwToast      *toast)
{
  g_autoptr(SxshPlanUndo) undo = sxsh_page_undo_toast_steal (toast);
  g_autoptr(GError) error = NULL;

  if (undo == NULL)
    return;
  if (!sxsh_plan_store_undo_delete (self->store, undo, &error))
    sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Undo"), error);
  sxsh_plans_page_refresh (self);
}

void
sxsh_plans_page_add_undo_toast (SxshPlansPage *self,
                                const char    *title,
                                SxshPlanUndo  *undo)
{
  AdwToast *toast = sxsh_page_undo_toast_new (title, undo, (GDestroyNotify) sxsh_plan_undo_free,
                                              G_CALLBACK (undo_clicked_cb), self);

  g_set_weak_pointer (&self->undo_toast, toast);
  sxsh_page_add_toast (GTK_WIDGET (self), toast);
}

static void
present_window (SxshPlansPage *self,
                GtkWindow     *window)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (window, GTK_WINDOW (root));
  gtk_window_present (window);
}

/* Plans */

static void
plan_saved_cb (SxshPlansPage  *self,
               gint64          id,
               SxshPlanEditor *editor)
{
  /* A new plan is the one the officer wants to see next. */
  sxsh_plan_store_set_plan_id (self->store, id);
  sxsh_plans_page_refresh (self);
}

static void
open_plan_editor (SxshPlansPage *self,
                  SxshPlan      *plan)
{
  SxshPlanEditor *editor;

  if (self->plan_editor != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->plan_editor));
      return;
    }
  editor = sxsh_plan_editor_new (self->store, plan);
  g_signal_connect_object (editor, "saved", G_CALLBACK (plan_saved_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->plan_editor, editor);
  present_window (self, GTK_WINDOW (editor));
}

static void
new_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_plan_editor (SXSH_PLANS_PAGE (widget), NULL);
}

static void
edit_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SxshPlansPage *self = SXSH_PLANS_PAGE (widget);
  SxshPlan *plan = sxsh_plan_store_get_plan (self->store);

  if (plan != NULL)
    open_plan_editor (self, plan);
}

/* A plan goes with its targets, tasks and their progress; the toast puts
 * it all back. */
static void
delete_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SxshPlansPage *self = SXSH_PLANS_PAGE (widget);
  SxshPlan *plan = sxsh_plan_store_get_plan (self->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  SxshPlanUndo *undo;

  if (plan == NULL)
    return;
  /* Translators: %s is a plan's code, e.g. 2340/KH-UBND. */
  title = g_strdup_printf (_("Plan %s deleted"), sxsh_plan_get_code (plan));
  undo = sxsh_plan_store_delete_plan (self->store, sxsh_plan_get_id (plan), &error);
  if (undo == NULL)
    {
      sxsh_page_show_error (widget, _("Cannot Delete the Plan"), error);
      return;
    }
  sxsh_plans_page_add_undo_toast (self, title, undo);
  sxsh_plans_page_refresh (self);
}

/* Targets */

static void
target_done_cb (SxshPlanTarget *target,
                gpointer        user_data)
{
  SxshPlansPage *self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (sxsh_plan_target_get_id (target) > 0)
    ok = sxsh_plan_store_update_target (self->store, target, &error);
  else
    ok = sxsh_plan_store_insert_target (self->store, target, &error) > 0;
  if (!ok)
    sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Save the Target"), error);
  sxsh_plans_page_refresh (self);
}

static void
target_response_cb (SxshPlansPage    *self,
                    const char       *response,
                    AdwMessageDialog *dialog)
{
  SxshPlanTarget *target = g_object_get_data (G_OBJECT (dialog), "sxsh-target");
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  SxshPlanUndo *undo;

  if (g_strcmp0 (response, "remove") != 0 || target == NULL)
    return;
  /* Translators: %s is an indicator, e.g. "Applying cleaner production". */
  title = g_strdup_printf (_("Target “%s” removed"),
                           sxsh_plan_indicator_get_label (sxsh_plan_target_get_indicator_key (target)));
  undo = sxsh_plan_store_delete_target (self->store, sxsh_plan_target_get_id (target), &error);
  if (undo == NULL)
    {
      sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Remove the Target"), error);
      return;
    }
  sxsh_plans_page_add_undo_toast (self, title, undo);
  sxsh_plans_page_refresh (self);
}

/**
 * sxsh_plans_page_edit_target:
 * @target: (nullable): a target of the plan shown, %NULL for a new one
 */
void
sxsh_plans_page_edit_target (SxshPlansPage  *self,
                             SxshPlanTarget *target)
{
  g_autoptr(SxshPlanTarget) fresh = NULL;
  AdwMessageDialog *dialog;

  if (target == NULL)
    {
      fresh = sxsh_plan_target_new ();
      g_object_set (fresh, "plan-id", sxsh_plan_store_get_plan_id (self->store), NULL);
    }
  dialog = sxsh_plan_target_dialog_new (GTK_WIDGET (self), self->store,
                                        target != NULL ? target : fresh, NULL, target_done_cb,
                                        self);
  if (target == NULL)
    adw_message_dialog_set_heading (dialog, _("New Target"));
  else
    {
      /* A saved target can also be removed, from where it is edited. */
      adw_message_dialog_add_response (dialog, "remove", _("_Remove"));
      adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
      g_object_set_data_full (G_OBJECT (dialog), "sxsh-target", g_object_ref (target),
                              g_object_unref);
      g_signal_connect_object (dialog, "response", G_CALLBACK (target_response_cb), self,
                               G_CONNECT_SWAPPED);
    }
  g_set_weak_pointer (&self->dialog, dialog);
}

static void
add_target_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  sxsh_plans_page_edit_target (SXSH_PLANS_PAGE (widget), NULL);
}

/* Tasks */

static void
task_saved_cb (SxshPlansPage      *self,
               gint64              id,
               SxshPlanTaskEditor *editor)
{
  sxsh_plans_page_refresh (self);
  if (!sxsh_plans_page_select_task (self, id))
    sxsh_page_add_toast (GTK_WIDGET (self),
                         adw_toast_new (_("Saved. The task is hidden by the search or filters.")));
}

static void
open_task_editor (SxshPlansPage *self,
                  SxshPlanTask  *task)
{
  SxshPlanTaskEditor *editor;

  if (self->task_editor != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->task_editor));
      return;
    }
  editor = sxsh_plan_task_editor_new (self->store, task);
  g_signal_connect_object (editor, "saved", G_CALLBACK (task_saved_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->task_editor, editor);
  present_window (self, GTK_WINDOW (editor));
}

static void
add_task_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_task_editor (SXSH_PLANS_PAGE (widget), NULL);
}

static void
edit_task_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SxshPlansPage *self = SXSH_PLANS_PAGE (widget);
  SxshPlanTask *task = sxsh_plans_page_get_selected_task (self);

  if (task != NULL)
    open_task_editor (self, task);
}

static void
delete_task_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SxshPlansPage *self = SXSH_PLANS_PAGE (widget);
  SxshPlanTask *task = sxsh_plans_page_get_selected_task (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  SxshPlanUndo *undo;
  guint position;

  if (task == NULL)
    return;
  position = gtk_single_selection_get_selected (self->selection);
  /* Translators: %s is a task's code, e.g. 2.1. */
  title = g_strdup_printf (_("Task %s deleted"), sxsh_plan_task_get_code (task));
  undo = sxsh_plan_store_delete_task (self->store, sxsh_plan_task_get_id (task), &error);
  if (undo == NULL)
    {
      sxsh_page_show_error (widget, _("Cannot Delete the Task"), error);
      return;
    }
  sxsh_plans_page_add_undo_toast (self, title, undo);

  /* The next row takes the deleted one's place, so Delete can be pressed
   * again to go on down the list. */
  if (position != GTK_INVALID_LIST_POSITION)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));

      if (n > 0)
        gtk_single_selection_set_selected (self->selection, MIN (position, n - 1));
    }
  sxsh_plans_page_refresh (self);
}

/* Progress in the year, the yearly chore: a status and a line. */

typedef struct
{
  gint64            task_id;
  int               year;
  SxshTaskProgress  progress;
  char             *note;
} ProgressUndo;

static void
progress_undo_free (ProgressUndo *undo)
{
  g_free (undo->note);
  g_free (undo);
}

static void
progress_undo_cb (SxshPlansPage *self,
                  AdwToast      *toast)
{
  ProgressUndo *undo = sxsh_page_undo_toast_steal (toast);
  g_autoptr(GError) error = NULL;

  if (undo == NULL)
    return;
  if (!sxsh_plan_store_set_progress (self->store, undo->task_id, undo->year, undo->progress,
                                     undo->note, &error))
    sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Undo"), error);
  progress_undo_free (undo);
  sxsh_plans_page_refresh (self);
}

static void
progress_response_cb (SxshPlansPage    *self,
                      const char       *response,
                      AdwMessageDialog *dialog)
{
  SxshPlanTask *task = g_object_get_data (G_OBJECT (dialog), "sxsh-task");
  AdwComboRow *status = g_object_get_data (G_OBJECT (dialog), "sxsh-status");
  GtkEditable *note = g_object_get_data (G_OBJECT (dialog), "sxsh-note");
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  ProgressUndo *undo;
  AdwToast *toast;
  int year = sxsh_plan_store_get_year (self->store);

  if (g_strcmp0 (response, "save") != 0 || task == NULL)
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (note)));
  undo = g_new0 (ProgressUndo, 1);
  undo->task_id = sxsh_plan_task_get_id (task);
  undo->year = year;
  undo->progress = sxsh_plan_task_get_progress (task);
  undo->note = g_strdup (sxsh_plan_task_get_progress_note (task));

  if (!sxsh_plan_store_set_progress (self->store, undo->task_id, year,
                                     (SxshTaskProgress) adw_combo_row_get_selected (status),
                                     text, &error))
    {
      progress_undo_free (undo);
      sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Save the Progress"), error);
      return;
    }
  /* Translators: "Progress of task 2.1 in 2025 saved". */
  title = g_strdup_printf (_("Progress of task %s in %d saved"), sxsh_plan_task_get_code (task),
                           year);
  toast = sxsh_page_undo_toast_new (title, undo, (GDestroyNotify) progress_undo_free,
                                    G_CALLBACK (progress_undo_cb), self);
  g_set_weak_pointer (&self->undo_toast, toast);
  sxsh_page_add_toast (GTK_WIDGET (self), toast);
  sxsh_plans_page_refresh (self);
}

static const char *
progress_label (int progress)
{
  return sxsh_task_progress_get_label ((SxshTaskProgress) progress);
}

static void
progress_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SxshPlansPage *self = SXSH_PLANS_PAGE (widget);
  SxshPlanTask *task = sxsh_plans_page_get_selected_task (self);
  g_autoptr(GtkStringList) labels = sxsh_page_labels_new (progress_label, SXSH_TASK_N_PROGRESS);
  g_autofree char *heading = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;
  GtkWidget *list, *status, *note;

  if (task == NULL)
    return;

  /* Translators: "Progress of Task 2.1 in 2025". */
  heading = g_strdup_printf (_("Progress of Task %s in %d"), sxsh_plan_task_get_code (task),
                             sxsh_plan_store_get_year (self->store));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                            : NULL,
                                                       heading, sxsh_plan_task_get_task (task)));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  status = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (status), _("Status"));
  adw_combo_row_set_model (ADW_COMBO_ROW (status), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (status), sxsh_plan_task_get_progress (task));
  note = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), _("What Was Done, or Why Not"));
  gtk_editable_set_text (GTK_EDITABLE (note), sxsh_plan_task_get_progress_note (task));
  gtk_list_box_append (GTK_LIST_BOX (list), status);
  gtk_list_box_append (GTK_LIST_BOX (list), note);
  adw_message_dialog_set_extra_child (dialog, list);

  g_object_set_data_full (G_OBJECT (dialog), "sxsh-task", g_object_ref (task), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "sxsh-status", status);
  g_object_set_data (G_OBJECT (dialog), "sxsh-note", note);
  g_signal_connect_object (dialog, "response", G_CALLBACK (progress_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_set_focus (GTK_WINDOW (dialog), status);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sxsh_plans_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plans.new-plan", NULL, new_plan_action);
  gtk_widget_class_install_action (widget_class, "plans.edit-plan", NULL, edit_plan_action);
  gtk_widget_class_install_action (widget_class, "plans.delete-plan", NULL, delete_plan_action);
  gtk_widget_class_install_action (widget_class, "plans.add-target", NULL, add_target_action);
  gtk_widget_class_install_action (widget_class, "plans.add-task", NULL, add_task_action);
  gtk_widget_class_install_action (widget_class, "plans.edit-task", NULL, edit_task_action);
  gtk_widget_class_install_action (widget_class, "plans.delete-task", NULL, delete_task_action);
  gtk_widget_class_install_action (widget_class, "plans.progress", NULL, progress_action);

  /* Delete only acts when the focus is in the page, so that it never takes
   * a key meant for a text field elsewhere. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "plans.delete-task",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "plans.delete-task",
                                       NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-format.h"
#include "sxsh-page-helpers.h"
#include "sxsh-plan-target-dialog.h"
#include "sxsh-plans-page-private.h"
#include "sxsh-text.h"

/* The plan and its tasks: a chooser of the plans (2340/KH-UBND, and the
 * plans that follow it), the plan's targets as cards, and the appendix of
 * tasks with their lead and partner agencies and how far each got in the
 * reporting year. */

G_DEFINE_FINAL_TYPE (SxshPlansPage, sxsh_plans_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The progress drop-down: "Any progress", then SxshTaskProgress in order. */
#define PROGRESS_ANY 0

SxshPlanTask *
sxsh_plans_page_get_selected_task (SxshPlansPage *self)
{
  return self->selection != NULL ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

static void
update_actions (SxshPlansPage *self)
{
  gboolean has_plan = sxsh_plan_store_get_plan (self->store) != NULL;
  gboolean has_task = sxsh_plans_page_get_selected_task (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.edit-plan", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.delete-plan", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.add-target", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.add-task", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.edit-task", has_task);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.delete-task", has_task);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.progress", has_task);
}

static gboolean
filter_is_active (SxshPlansPage *self)
{
  return self->search_folded != NULL
         || gtk_drop_down_get_selected (self->progress_dropdown) != PROGRESS_ANY;
}

/* The plan chooser lists the store's plans; rebuilt when they change,
 * without taking it for the user's choice. */
static void
sync_plans (SxshPlansPage *self)
{
  GListModel *plans = sxsh_plan_store_get_plans (self->store);
  guint n = g_list_model_get_n_items (plans);
  gint64 shown = sxsh_plan_store_get_plan_id (self->store);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint selected = GTK_INVALID_LIST_POSITION;

  self->syncing_plans = TRUE;
  g_array_set_size (self->plan_ids, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshPlan) plan = g_list_model_get_item (plans, i);
      gint64 id = sxsh_plan_get_id (plan);

      g_ptr_array_add (labels, sxsh_plan_dup_label (plan));
      g_array_append_val (self->plan_ids, id);
      if (id == shown)
        selected = i;
    }
  g_ptr_array_add (labels, NULL);
  gtk_string_list_splice (self->plan_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->plan_labels)),
                          (const char * const *) labels->pdata);
  gtk_drop_down_set_selected (self->plan_dropdown, selected);
  self->syncing_plans = FALSE;
}

static void
plan_chosen_cb (SxshPlansPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->plan_dropdown);

  if (self->syncing_plans || selected >= self->plan_ids->len)
    return;
  sxsh_plan_store_set_plan_id (self->store, g_array_index (self->plan_ids, gint64, selected));
}

/* Targets */

static void
target_clicked_cb (GtkButton     *button,
                   SxshPlansPage *self)
{
  sxsh_plans_page_edit_target (self, g_object_get_data (G_OBJECT (button), "sxsh-target"));
}

/* A card per target: the indicator, and what it asks. */
static void
update_targets (SxshPlansPage *self)
{
  GListModel *targets = sxsh_plan_store_get_targets (self->store);
  guint n = g_list_model_get_n_items (targets);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->targets_box))) != NULL)
    gtk_flow_box_remove (self->targets_box, child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshPlanTarget) target = g_list_model_get_item (targets, i);
      g_autofree char *description = sxsh_plan_target_describe (target);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *title = gtk_label_new (sxsh_plan_indicator_get_label (
                                          sxsh_plan_target_get_indicator_key (target)));
      GtkWidget *detail = gtk_label_new (description);

      /* Narrow natural widths let the four targets of a plan share a
       * line; the labels wrap when the window is narrow. */
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (title), 20);
      gtk_label_set_max_width_chars (GTK_LABEL (detail), 20);
      gtk_widget_add_css_class (title, "heading");
      gtk_label_set_xalign (GTK_LABEL (detail), 0);
      gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
      gtk_widget_add_css_class (detail, "numeric");
      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), detail);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "card");
      gtk_widget_add_css_class (button, "plan-target");
      gtk_widget_set_tooltip_text (button, _("Edit the Target"));
      g_object_set_data_full (G_OBJECT (button), "sxsh-target", g_object_ref (target),
                              g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (target_clicked_cb), self, 0);
      gtk_flow_box_append (self->targets_box, button);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->targets_box), n > 0);
}

/* The plan's title and dates, the count of its tasks and their progress in
 * the year, whatever the filters show. */
static void
update_view (SxshPlansPage *self)
{
  SxshPlan *plan = sxsh_plan_store_get_plan (self->store);
  GListModel *tasks = G_LIST_MODEL (self->store);
  guint n = g_list_model_get_n_items (tasks);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  guint counts[SXSH_TASK_N_PROGRESS] = { 0 };
  g_autofree char *column_title = NULL;
  g_autofree char *tasks_text = NULL;
  g_autofree char *text = NULL;

  gtk_stack_set_visible_child_name (self->stack, plan != NULL ? "plan" : "empty");
  if (plan == NULL)
    return;

  gtk_label_set_label (self->plan_title_label, sxsh_plan_get_title (plan));
  {
    g_autoptr(GString) detail = g_string_new (sxsh_plan_get_code (plan));
    const char *issued_on = sxsh_plan_get_issued_on (plan);

    if (*sxsh_plan_get_issuer (plan) != '\0')
      g_string_append_printf (detail, " · %s", sxsh_plan_get_issuer (plan));
    if (issued_on != NULL && *issued_on != '\0')
      {
        g_autofree char *date = sxsh_format_date (issued_on);
        g_string_append_printf (detail, " · %s", date);
      }
    /* Translators: a plan's period, "2016–2020". */
    g_string_append_printf (detail, " · %d–%d", sxsh_plan_get_first_year (plan),
                            sxsh_plan_get_last_year (plan));
    gtk_label_set_label (self->plan_detail_label, detail->str);
  }
  update_targets (self);

  /* Translators: a column's title; %d is the reporting year. */
  column_title = g_strdup_printf (_("Progress %d"), self->year);
  gtk_column_view_column_set_title (self->progress_column, column_title);
  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "table" : "no-results");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshPlanTask) task = g_list_model_get_item (tasks, i);
      guint progress = sxsh_plan_task_get_progress (task);

      if (progress < SXSH_TASK_N_PROGRESS)
        counts[progress]++;
    }
  tasks_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task", "%u tasks", n), n);
  /* Translators: "14 tasks · in 2025: 6 done, 5 in progress, 1 postponed,
   * 2 not started". */
  text = g_strdup_printf (_("%s · in %d: %u done, %u in progress, %u postponed, %u not started"),
                          tasks_text, self->year, counts[SXSH_TASK_DONE],
                          counts[SXSH_TASK_IN_PROGRESS], counts[SXSH_TASK_POSTPONED],
                          counts[SXSH_TASK_NOT_STARTED]);
  if (filter_is_active (self))
    {
      /* Translators: "3 shown · 14 tasks · in 2025: …". */
      g_autofree char *filtered = g_strdup_printf (_("%u shown · %s"), shown, text);
      gtk_label_set_label (self->count_label, filtered);
    }
  else
    gtk_label_set_label (self->count_label, text);
}

void
sxsh_plans_page_refresh (SxshPlansPage *self)
{
  update_view (self);
  update_actions (self);
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  SxshPlansPage *self = user_data;
  guint progress = gtk_drop_down_get_selected (self->progress_dropdown);

  if (progress != PROGRESS_ANY && progress != GTK_INVALID_LIST_POSITION
      && sxsh_plan_task_get_progress (item) != (SxshTaskProgress) (progress - 1))
    return FALSE;
  return self->search_folded == NULL
         || sxsh_text_match_folded (sxsh_plan_task_get_search_key (item), self->search_folded);
}

static void
filter_changed_cb (SxshPlansPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* The page filters, not the store: the store keeps every task of the
   * plan for the counts and for a new plan's copy. */
  g_clear_pointer (&self->search_folded, g_free);
  if (text != NULL && *text != '\0')
    {
      self->search_folded = sxsh_text_fold (text);
      if (*self->search_folded == '\0')
        g_clear_pointer (&self->search_folded, g_free);
    }
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  sxsh_plans_page_refresh (self);
}

/* Columns */

static const char *progress_classes[] = {
  [SXSH_TASK_NOT_STARTED] = "dim-label",
  [SXSH_TASK_IN_PROGRESS] = "returned",
  [SXSH_TASK_DONE] = "on-time",
  [SXSH_TASK_POSTPONED] = "late",
};

static char *
code_text (gpointer item)
{
  return g_strdup (sxsh_plan_task_get_code (item));
}

static char *
task_text (gpointer item)
{
  return g_strdup (sxsh_plan_task_get_task (item));
}

static char *
lead_text (gpointer item)
{
  return g_strdup (sxsh_plan_task_get_lead_agencies (item));
}

static char *
partner_text (gpointer item)
{
  return g_strdup (sxsh_plan_task_get_partner_agencies (item));
}

static char *
timing_text (gpointer item)
{
  return g_strdup (sxsh_plan_task_get_timing (item));
}

static char *
note_text (gpointer item)
{
  g_autofree char *text = g_strdup (sxsh_plan_task_get_progress_note (item));

  g_strdelimit (text, "\r\n\t", ' ');
  return g_steal_pointer (&text);
}

static void
progress_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "report-status");
  gtk_list_item_set_child (list_item, label);
}

static void
progress_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  SxshPlanTask *task = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  SxshTaskProgress progress = sxsh_plan_task_get_progress (task);

  for (guint i = 0; i < G_N_ELEMENTS (progress_classes); i++)
    gtk_widget_remove_css_class (label, progress_classes[i]);
  if ((guint) progress < G_N_ELEMENTS (progress_classes))
    gtk_widget_add_css_class (label, progress_classes[progress]);
  gtk_label_set_label (GTK_LABEL (label), sxsh_task_progress_get_label (progress));
}

static int
compare_ints (gint64 a,
              gint64 b)
{
  return (a > b) - (a < b);
}

/* The appendix's order. */
static int
compare_positions (SxshPlanTask *a,
                   SxshPlanTask *b)
{
  int result = compare_ints (sxsh_plan_task_get_position (a), sxsh_plan_task_get_position (b));

  return result != 0 ? result : compare_ints (sxsh_plan_task_get_id (a), sxsh_plan_task_get_id (b));
}

static int
compare_code_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  return compare_positions ((SxshPlanTask *) a, (SxshPlanTask *) b);
}

static int
compare_task_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  int result = sxsh_text_collate (sxsh_plan_task_get_task ((SxshPlanTask *) a),
                                  sxsh_plan_task_get_task ((SxshPlanTask *) b));

  return result != 0 ? result : compare_positions ((SxshPlanTask *) a, (SxshPlanTask *) b);
}

static int
compare_lead_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  int result = sxsh_text_collate (sxsh_plan_task_get_lead_agencies ((SxshPlanTask *) a),
                                  sxsh_plan_task_get_lead_agencies ((SxshPlanTask *) b));

  return result != 0 ? result : compare_positions ((SxshPlanTask *) a, (SxshPlanTask *) b);
}

static int
compare_progress_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  int result = compare_ints (sxsh_plan_task_get_progress ((SxshPlanTask *) a),
                             sxsh_plan_task_get_progress ((SxshPlanTask *) b));

  return result != 0 ? result : compare_positions ((SxshPlanTask *) a, (SxshPlanTask *) b);
}

static void
setup_columns (SxshPlansPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_progress_cb, NULL,
                                                                   NULL));

  sxsh_page_setup_text_column (self->code_column, code_text, FALSE, compare_code_cb);
  sxsh_page_setup_text_column (self->task_column, task_text, FALSE, compare_task_cb);
  sxsh_page_setup_text_column (self->lead_column, lead_text, FALSE, compare_lead_cb);
  sxsh_page_setup_text_column (self->partner_column, partner_text, FALSE, NULL);
  sxsh_page_setup_text_column (self->timing_column, timing_text, FALSE, NULL);
  sxsh_page_setup_text_column (self->note_column, note_text, FALSE, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (progress_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (progress_bind_cb), NULL);
  gtk_column_view_column_set_factory (self->progress_column, factory);
  gtk_column_view_column_set_sorter (self->progress_column, sorter);
}

static const char *
progress_label (int progress)
{
  return sxsh_task_progress_get_label ((SxshTaskProgress) progress);
}

static void
setup_filters (SxshPlansPage *self)
{
  g_autoptr(GtkStringList) progress = sxsh_page_labels_new (progress_label, SXSH_TASK_N_PROGRESS);

  gtk_string_list_splice (progress, 0, 0, (const char *[]) { _("Any progress"), NULL });
  gtk_drop_down_set_model (self->progress_dropdown, G_LIST_MODEL (progress));
  gtk_drop_down_set_model (self->plan_dropdown, G_LIST_MODEL (self->plan_labels));
}

/* Keys */

static void
column_view_activate_cb (SxshPlansPage *self,
                         guint          position,
                         GtkColumnView *column_view)
{
  sxsh_page_activate_row (GTK_WIDGET (self), GTK_SELECTION_MODEL (self->selection), position,
                          "plans.edit-task");
}

static void
search_stop_cb (SxshPlansPage  *self,
                GtkSearchEntry *entry)
{
  sxsh_page_search_stop (entry, self->column_view);
}

static gboolean
run_if_mapped_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  return gtk_widget_activate_action (widget, user_data, NULL);
}

static gboolean
focus_search_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  SxshPlansPage *self = SXSH_PLANS_PAGE (widget);

  return sxsh_page_focus_search (widget, NULL, NULL, self->search_entry);
}

/* The shortcuts that must work wherever the focus is in the window while
 * the page is shown. */
static void
add_window_shortcuts (SxshPlansPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                      gtk_callback_action_new (focus_search_cb, NULL, NULL)));
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_n, GDK_CONTROL_MASK),
                      gtk_callback_action_new (run_if_mapped_cb, (gpointer) "plans.add-task",
                                               NULL)));
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_r, GDK_CONTROL_MASK),
                      gtk_callback_action_new (run_if_mapped_cb, (gpointer) "plans.progress",
                                               NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* The store reloads, replacing every task object, when the database
 * changes: the selected task is remembered before and selected again
 * after. */
static void
database_changing_cb (SxshPlansPage *self,
                      const char    *table,
                      SxshDatabase  *database)
{
  SxshPlanTask *task = sxsh_plans_page_get_selected_task (self);

  self->reload_selection = task != NULL ? sxsh_plan_task_get_id (task) : 0;
}

static void
database_changed_cb (SxshPlansPage *self,
                     const char    *table,
                     SxshDatabase  *database)
{
  if (self->reload_selection != 0 && sxsh_plans_page_get_selected_task (self) == NULL)
    sxsh_plans_page_select_task (self, self->reload_selection);
  self->reload_selection = 0;
  sxsh_plans_page_refresh (self);
}

static void
plans_changed_cb (SxshPlansPage *self)
{
  sync_plans (self);
  sxsh_plans_page_refresh (self);
}

static void
sxsh_plans_page_constructed (GObject *object)
{
  SxshPlansPage *self = SXSH_PLANS_PAGE (object);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (sxsh_plans_page_parent_class)->constructed (object);

  g_assert (SXSH_IS_DATABASE (self->database));

  /* Connected before the store exists, so that it runs before the store's
   * own handler reloads it. */
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (database_changing_cb), self, G_CONNECT_SWAPPED);
  self->store = sxsh_plan_store_new (self->database);
  if (self->year > 0)
    sxsh_plan_store_set_year (self->store, self->year);
  else if (!sxsh_plan_store_reload (self->store, &error))
    g_warning ("The plans could not be read: %s", error->message);
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);

  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->store)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->sort_model = sxsh_page_sort_model_new (G_LIST_MODEL (self->filter_model), self->column_view);
  self->selection = sxsh_page_single_selection_new (self->sort_model, self->column_view);

  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (sxsh_plans_page_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sxsh_plan_store_get_plans (self->store), "items-changed",
                           G_CALLBACK (plans_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sxsh_plan_store_get_targets (self->store), "items-changed",
                           G_CALLBACK (sxsh_plans_page_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::plan",
                           G_CALLBACK (plans_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan_dropdown, "notify::selected",
                           G_CALLBACK (plan_chosen_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->progress_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);

  sync_plans (self);
  sxsh_plans_page_refresh (self);
}

static void
sxsh_plans_page_dispose (GObject *object)
{
  SxshPlansPage *self = SXSH_PLANS_PAGE (object);

  if (self->plan_editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->plan_editor));
  if (self->task_editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->task_editor));
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->plan_editor);
  g_clear_weak_pointer (&self->task_editor);
  g_clear_weak_pointer (&self->dialog);
  g_clear_weak_pointer (&self->undo_toast);

  /* The models tell the page of their changes while they go away: the
   * page must not hear of it while its widgets are going away. */
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      g_signal_handlers_disconnect_by_data (sxsh_plan_store_get_plans (self->store), self);
      g_signal_handlers_disconnect_by_data (sxsh_plan_store_get_targets (self->store), self);
    }
  if (self->plan_dropdown != NULL)
    g_signal_handlers_disconnect_by_data (self->plan_dropdown, self);
  if (self->progress_dropdown != NULL)
    g_signal_handlers_disconnect_by_data (self->progress_dropdown, self);

  /* AdwBin keeps its own pointer to the child: let it go first, or the
   * template would unparent the child behind the bin's back. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_PLANS_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sxsh_plans_page_parent_class)->dispose (object);
}

static void
sxsh_plans_page_finalize (GObject *object)
{
  SxshPlansPage *self = SXSH_PLANS_PAGE (object);

  g_free (self->search_folded);
  g_clear_object (&self->plan_labels);
  g_clear_pointer (&self->plan_ids, g_array_unref);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (sxsh_plans_page_parent_class)->finalize (object);
}

static void
sxsh_plans_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SxshPlansPage *self = SXSH_PLANS_PAGE (object);

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
sxsh_plans_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SxshPlansPage *self = SXSH_PLANS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_YEAR:
      sxsh_plans_page_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_plans_page_class_init (SxshPlansPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_plans_page_constructed;
  object_class->dispose = sxsh_plans_page_dispose;
  object_class->finalize = sxsh_plans_page_finalize;
  object_class->get_property = sxsh_plans_page_get_property;
  object_class->set_property = sxsh_plans_page_set_property;

  /**
   * SxshPlansPage:database:
   *
   * The database whose plans the page shows.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SXSH_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshPlansPage:year:
   *
   * The reporting year: the tasks' progress shown is the year's.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, 2100, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-plans-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, plan_title_label);
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, plan_detail_label);
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, plan_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, targets_box);
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, progress_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, code_column);
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, task_column);
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, lead_column);
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, partner_column);
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, timing_column);
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, progress_column);
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, note_column);
  gtk_widget_class_bind_template_child (widget_class, SxshPlansPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);

  sxsh_plans_page_install_actions (widget_class);
}

static void
sxsh_plans_page_init (SxshPlansPage *self)
{
  self->plan_labels = gtk_string_list_new (NULL);
  self->plan_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  setup_columns (self);
  setup_filters (self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  add_window_shortcuts (self);
}

SxshPlansPage *
sxsh_plans_page_new (SxshDatabase *database)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);

  return g_object_new (SXSH_TYPE_PLANS_PAGE, "database", database, NULL);
}

/**
 * sxsh_plans_page_get_store:
 *
 * Returns: (transfer none): the plans the page shows
 */
SxshPlanStore *
sxsh_plans_page_get_store (SxshPlansPage *self)
{
  g_return_val_if_fail (SXSH_IS_PLANS_PAGE (self), NULL);

  return self->store;
}

int
sxsh_plans_page_get_year (SxshPlansPage *self)
{
  g_return_val_if_fail (SXSH_IS_PLANS_PAGE (self), 0);

  return self->year;
}

void
sxsh_plans_page_set_year (SxshPlansPage *self,
                          int            year)
{
  g_return_if_fail (SXSH_IS_PLANS_PAGE (self));

  if (self->year == year)
    return;

  self->year = year;
  if (self->store != NULL && year > 0)
    {
      sxsh_plan_store_set_year (self->store, year);
      sxsh_plans_page_refresh (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

GtkColumnView *
sxsh_plans_page_get_column_view (SxshPlansPage *self)
{
  return self->column_view;
}

GtkSingleSelection *
sxsh_plans_page_get_selection (SxshPlansPage *self)
{
  return self->selection;
}

GtkSearchEntry *
sxsh_plans_page_get_search_entry (SxshPlansPage *self)
{
  return self->search_entry;
}

GtkDropDown *
sxsh_plans_page_get_plan_chooser (SxshPlansPage *self)
{
  return self->plan_dropdown;
}

GtkDropDown *
sxsh_plans_page_get_progress_filter (SxshPlansPage *self)
{
  return self->progress_dropdown;
}

GtkFlowBox *
sxsh_plans_page_get_targets_box (SxshPlansPage *self)
{
  return self->targets_box;
}

const char *
sxsh_plans_page_get_count_text (SxshPlansPage *self)
{
  return gtk_label_get_label (self->count_label);
}

const char *
sxsh_plans_page_get_plan_title (SxshPlansPage *self)
{
  return gtk_label_get_label (self->plan_title_label);
}

/* "empty", "table" or "no-results": what the user sees in the page. */
const char *
sxsh_plans_page_get_visible_view (SxshPlansPage *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (name, "plan") == 0)
    return gtk_stack_get_visible_child_name (self->list_stack);
  return name;
}

AdwToast *
sxsh_plans_page_get_undo_toast (SxshPlansPage *self)
{
  return self->undo_toast;
}

AdwMessageDialog *
sxsh_plans_page_get_dialog (SxshPlansPage *self)
{
  return self->dialog;
}

SxshPlanEditor *
sxsh_plans_page_get_plan_editor (SxshPlansPage *self)
{
  return self->plan_editor;
}

SxshPlanTaskEditor *
sxsh_plans_page_get_task_editor (SxshPlansPage *self)
{
  return self->task_editor;
}

static gboolean
task_has_id (gpointer item,
             gint64   id)
{
  return sxsh_plan_task_get_id (item) == id;
}

/* Selects the task's row and scrolls to it; FALSE when it is not shown. */
gboolean
sxsh_plans_page_select_task (SxshPlansPage *self,
                             gint64         id)
{
  return sxsh_page_select_item (self->selection, self->column_view, task_has_id, id);
}

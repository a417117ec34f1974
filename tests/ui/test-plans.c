/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>
#include <string.h>

#include "sxsh-plan-target-dialog.h"
#include "sxsh-plans-page-private.h"
#include "sxsh-reference.h"
#include "sxsh-sample.h"
#include "sxsh-ui-test-util.h"
#include "sxsh-test-util.h"

/* The plans page on a database with plan 2340/KH-UBND, its targets and
 * its appendix, driven through the same actions and dialogs a user uses. */

#define YEAR 2018

typedef struct
{
  char          *dir;
  SxshDatabase  *db;
  GtkWidget     *window;
  SxshPlansPage *page;
} Fixture;

static void
open_page (Fixture *f,
           int      year)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->page = sxsh_plans_page_new (f->db);
  sxsh_plans_page_set_year (f->page, year);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->page));

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (f->window), overlay);
  gtk_window_present (GTK_WINDOW (f->window));
  sxsh_ui_test_iterate ();
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("sxsh-plans-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->db = sxsh_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sxsh_reference_load (f->db, &error));
  g_assert_no_error (error);
  open_page (f, YEAR);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  sxsh_ui_test_iterate ();

  g_assert_finalize_object (f->db);
  sxsh_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gint64
count_rows (SxshDatabase *db,
            const char   *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = sxsh_database_query_int64 (db, sql, -1, &error);

  g_assert_no_error (error);
  return n;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      found = find_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  GtkWidget *button = find_button (GTK_WIDGET (dialog),
                                   adw_message_dialog_get_response_label (dialog, response));

  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  sxsh_ui_test_iterate ();
}

static guint
n_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static guint
n_tasks (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (sxsh_plans_page_get_store (f->page)));
}

/* Plan 2340 shown with its targets as cards and its tasks. */
static void
test_plan_shown (Fixture       *f,
                 gconstpointer  data)
{
  SxshPlan *plan = sxsh_plan_store_get_plan (sxsh_plans_page_get_store (f->page));
  g_autofree char *expected = NULL;

  g_assert_nonnull (plan);
  g_assert_cmpstr (sxsh_plan_get_code (plan), ==, "2340/KH-UBND");
  g_assert_cmpstr (sxsh_plans_page_get_visible_view (f->page), ==, "table");
  g_assert_cmpstr (sxsh_plans_page_get_plan_title (f->page), ==, sxsh_plan_get_title (plan));
  g_assert_cmpuint (n_children (GTK_WIDGET (sxsh_plans_page_get_targets_box (f->page))), ==,
                    g_list_model_get_n_items (sxsh_plan_store_get_targets (
                                                sxsh_plans_page_get_store (f->page))));
  g_assert_cmpuint (n_tasks (f), >, 5);
  expected = g_strdup_printf ("%u tasks · in 2018: 0 done, 0 in progress, 0 postponed, "
                              "%u not started", n_tasks (f), n_tasks (f));
  g_assert_cmpstr (sxsh_plans_page_get_count_text (f->page), ==, expected);
}

/* The year's progress of a task, recorded in the quick dialog, undone
 * from the toast. */
static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  AdwMessageDialog *dialog;
  SxshPlanTask *task;
  GtkWidget *list, *status, *note;
  gint64 id;

  gtk_single_selection_set_selected (sxsh_plans_page_get_selection (f->page), 0);
  task = gtk_single_selection_get_selected_item (sxsh_plans_page_get_selection (f->page));
  id = sxsh_plan_task_get_id (task);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plans.progress", NULL));
  sxsh_ui_test_iterate ();
  dialog = sxsh_plans_page_get_dialog (f->page);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "in 2018"));

  list = adw_message_dialog_get_extra_child (dialog);
  status = gtk_widget_get_first_child (list);
  note = gtk_widget_get_next_sibling (status);
  adw_combo_row_set_selected (ADW_COMBO_ROW (status), SXSH_TASK_DONE);
  gtk_editable_set_text (GTK_EDITABLE (note), "Đã tổ chức 2 hội thảo");
  answer (dialog, "save");

  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM plan_task_progress WHERE year = 2018 "
                                      "AND status = 'done' AND note = 'Đã tổ chức 2 hội thảo'"),
                   ==, 1);
  g_assert_nonnull (strstr (sxsh_plans_page_get_count_text (f->page), "in 2018: 1 done"));
  task = sxsh_plan_store_lookup_task (sxsh_plans_page_get_store (f->page), id);
  g_assert_cmpint (sxsh_plan_task_get_progress (task), ==, SXSH_TASK_DONE);

  /* Another year does not see it. */
  sxsh_plans_page_set_year (f->page, 2019);
  sxsh_ui_test_iterate ();
  g_assert_nonnull (strstr (sxsh_plans_page_get_count_text (f->page), "in 2019: 0 done"));
  sxsh_plans_page_set_year (f->page, 2018);
  sxsh_ui_test_iterate ();

  g_signal_emit_by_name (sxsh_plans_page_get_undo_toast (f->page), "button-clicked");
  sxsh_ui_test_iterate ();
  task = sxsh_plan_store_lookup_task (sxsh_plans_page_get_store (f->page), id);
  g_assert_cmpint (sxsh_plan_task_get_progress (task), ==, SXSH_TASK_NOT_STARTED);
  g_assert_cmpstr (sxsh_plan_task_get_progress_note (task), ==, "");
}

/* A task added with its lead agency and progress; deleted, undone. */
static void
test_task_editor (Fixture       *f,
                  gconstpointer  data)
{
  SxshPlanTaskEditor *editor;
  AdwMessageDialog *chooser;
  GtkWidget *list, *row;
  SxshPlanTask *task;
  guint before = n_tasks (f);
  gint64 id;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plans.add-task", NULL));
  sxsh_ui_test_iterate ();
  editor = sxsh_plans_page_get_task_editor (f->page);
  g_assert_nonnull (editor);
  g_assert_false (sxsh_plan_task_editor_get_can_save (editor));

  gtk_editable_set_text (GTK_EDITABLE (sxsh_plan_task_editor_get_field_widget (editor, "code")),
                         "4.1");
  gtk_editable_set_text (GTK_EDITABLE (sxsh_plan_task_editor_get_field_widget (editor, "task")),
                         "Tổng kết thực hiện Kế hoạch");
  g_assert_true (sxsh_plan_task_editor_get_can_save (editor));
  /* A code the plan already has is refused. */
  {
    g_autoptr(SxshPlanTask) first = g_list_model_get_item (
      G_LIST_MODEL (sxsh_plans_page_get_store (f->page)), 0);

    gtk_editable_set_text (GTK_EDITABLE (sxsh_plan_task_editor_get_field_widget (editor, "code")),
                           sxsh_plan_task_get_code (first));
  }
  g_assert_false (sxsh_plan_task_editor_get_can_save (editor));
  gtk_editable_set_text (GTK_EDITABLE (sxsh_plan_task_editor_get_field_widget (editor, "code")),
                         "4.1");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.choose-lead", NULL));
  sxsh_ui_test_iterate ();
  chooser = sxsh_plan_task_editor_get_agency_chooser (editor);
  g_assert_nonnull (chooser);
  list = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (
                                          adw_message_dialog_get_extra_child (chooser)));
  if (GTK_IS_VIEWPORT (list))
    list = gtk_viewport_get_child (GTK_VIEWPORT (list));
  row = gtk_widget_get_first_child (list);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (g_object_get_data (G_OBJECT (row), "sxsh-check")),
                               TRUE);
  answer (chooser, "done");

  adw_combo_row_set_selected (ADW_COMBO_ROW (sxsh_plan_task_editor_get_field_widget (editor,
                                                                                     "progress")),
                              SXSH_TASK_IN_PROGRESS);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  sxsh_ui_test_iterate ();
  g_assert_null (sxsh_plans_page_get_task_editor (f->page));
  g_assert_cmpuint (n_tasks (f), ==, before + 1);

  task = gtk_single_selection_get_selected_item (sxsh_plans_page_get_selection (f->page));
  g_assert_nonnull (task);
  g_assert_cmpstr (sxsh_plan_task_get_code (task), ==, "4.1");
  g_assert_cmpstr (sxsh_plan_task_get_lead_agencies (task), !=, "");
  g_assert_cmpint (sxsh_plan_task_get_progress (task), ==, SXSH_TASK_IN_PROGRESS);
  id = sxsh_plan_task_get_id (task);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM plan_task_agency a JOIN plan_task t "
                                      "ON t.id = a.task_id WHERE t.code = '4.1' "
                                      "AND a.role = 'lead'"), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plans.delete-task", NULL));
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (n_tasks (f), ==, before);
  g_signal_emit_by_name (sxsh_plans_page_get_undo_toast (f->page), "button-clicked");
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (n_tasks (f), ==, before + 1);
  g_assert_nonnull (sxsh_plan_store_lookup_task (sxsh_plans_page_get_store (f->page), id));
}

/* A target changed from its card. */
static void
test_target (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *card = gtk_flow_box_child_get_child (
    gtk_flow_box_get_child_at_index (sxsh_plans_page_get_targets_box (f->page), 0));
  AdwMessageDialog *dialog;
  GtkEditable *target;

  g_assert_true (GTK_IS_BUTTON (card));
  g_signal_emit_by_name (card, "clicked");
  sxsh_ui_test_iterate ();
  dialog = sxsh_plans_page_get_dialog (f->page);
  g_assert_nonnull (dialog);
  target = GTK_EDITABLE (sxsh_plan_target_dialog_get_field (dialog, "target-pct"));
  gtk_editable_set_text (target, "120");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_nonnull (strstr (sxsh_plan_target_dialog_get_message (dialog), "Target"));
  gtk_editable_set_text (target, "95");
  answer (dialog, "save");
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM plan_target WHERE target_pct = 95"),
                   ==, 1);
}

/* A plan for a later period, started from the current one's targets and
 * tasks: shown at once, the old one still there. */
static void
test_new_plan (Fixture       *f,
               gconstpointer  data)
{
  SxshPlanStore *store = sxsh_plans_page_get_store (f->page);
  guint old_tasks = n_tasks (f);
  guint old_targets = g_list_model_get_n_items (sxsh_plan_store_get_targets (store));
  SxshPlanEditor *editor;
  SxshPlan *plan;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plans.new-plan", NULL));
  sxsh_ui_test_iterate ();
  editor = sxsh_plans_page_get_plan_editor (f->page);
  g_assert_nonnull (editor);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (
                     sxsh_plan_editor_get_field_widget (editor, "first-year"))), ==, 2021);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (
                     sxsh_plan_editor_get_field_widget (editor, "last-year"))), ==, 2025);
  g_assert_cmpuint (g_list_model_get_n_items (sxsh_plan_editor_get_targets (editor)), ==,
                    old_targets);
  g_assert_false (sxsh_plan_editor_get_can_save (editor));

  /* The code of the existing plan is refused. */
  gtk_editable_set_text (GTK_EDITABLE (sxsh_plan_editor_get_field_widget (editor, "code")),
                         "2340/KH-UBND");
  gtk_editable_set_text (GTK_EDITABLE (sxsh_plan_editor_get_field_widget (editor, "title")),
                         "Kế hoạch thực hiện Chương trình sản xuất và tiêu dùng bền vững "
                         "giai đoạn 2021 - 2025");
  g_assert_false (sxsh_plan_editor_get_can_save (editor));
  g_assert_nonnull (sxsh_plan_editor_get_field_message (editor, "code"));
  gtk_editable_set_text (GTK_EDITABLE (sxsh_plan_editor_get_field_widget (editor, "code")),
                         "1520/KH-UBND");
  gtk_editable_set_text (GTK_EDITABLE (sxsh_plan_editor_get_field_widget (editor, "issued-on")),
                         "15/06/2021");
  g_assert_true (sxsh_plan_editor_get_can_save (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  sxsh_ui_test_iterate ();
  g_assert_null (sxsh_plans_page_get_plan_editor (f->page));

  plan = sxsh_plan_store_get_plan (store);
  g_assert_cmpstr (sxsh_plan_get_code (plan), ==, "1520/KH-UBND");
  g_assert_cmpint (sxsh_plan_get_first_year (plan), ==, 2021);
  g_assert_cmpuint (n_tasks (f), ==, old_tasks);
  g_assert_cmpuint (g_list_model_get_n_items (sxsh_plan_store_get_targets (store)), ==,
                    old_targets);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (
                      sxsh_plans_page_get_plan_chooser (f->page))), ==, 2);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM plan"), ==, 2);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM plan_task t JOIN plan p "
                                      "ON p.id = t.plan_id WHERE p.code = '1520/KH-UBND'"),
                   ==, old_tasks);

  /* Back to the old plan through the chooser. */
  gtk_drop_down_set_selected (sxsh_plans_page_get_plan_chooser (f->page), 0);
  sxsh_ui_test_iterate ();
  g_assert_cmpstr (sxsh_plan_get_code (sxsh_plan_store_get_plan (store)), ==, "2340/KH-UBND");
}

/* Search and the progress filter. */
static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  GtkSearchEntry *search = sxsh_plans_page_get_search_entry (f->page);
  GListModel *shown = G_LIST_MODEL (sxsh_plans_page_get_selection (f->page));
  guint all = g_list_model_get_n_items (shown);

  gtk_editable_set_text (GTK_EDITABLE (search), "truyen thong");
  g_signal_emit_by_name (search, "search-changed");
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, all);
  g_assert_nonnull (strstr (sxsh_plans_page_get_count_text (f->page), "shown"));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");

  /* "Any progress", then the statuses: nothing is done yet. */
  gtk_drop_down_set_selected (sxsh_plans_page_get_progress_filter (f->page), 1 + SXSH_TASK_DONE);
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  g_assert_cmpstr (sxsh_plans_page_get_visible_view (f->page), ==, "no-results");
}

/* Renders the window into a PNG, as the user sees it. */
static void
save_screenshot (GtkWidget  *widget,
                 const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* The page on the sample province: written to $SXSH_SCREENSHOT_DIR/plans.png
 * when that is set. */
static void
test_screenshot (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sxsh-plans-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sample.db", NULL);
  g_autofree char *png = NULL;
  const char *out_dir = g_getenv ("SXSH_SCREENSHOT_DIR");
  gint64 end;
  Fixture f = { 0 };

  f.dir = g_steal_pointer (&dir);
  f.db = sxsh_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sxsh_sample_generate (f.db, SXSH_SAMPLE_DEFAULT_FACILITIES,
                                       SXSH_SAMPLE_DEFAULT_SEED, &error));
  g_assert_no_error (error);

  open_page (&f, 2019);
  end = g_get_monotonic_time () + 300 * 1000;
  while (g_get_monotonic_time () < end || gtk_widget_get_width (f.window) == 0)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  png = g_build_filename (out_dir != NULL ? out_dir : f.dir, "plans.png", NULL);
  save_screenshot (f.window, png);
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
  if (out_dir == NULL)
    g_remove (png);

  fixture_teardown (&f, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) provider = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: skipping the UI tests.\n");
      return 77;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* The application's style sheet, which AdwApplication would load. */
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/sxsh/Tracker/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

#define ADD(path, func) \
  g_test_add ("/sxsh/ui/plans/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("plan-shown", test_plan_shown);
  ADD ("progress", test_progress);
  ADD ("task-editor", test_task_editor);
  ADD ("target", test_target);
  ADD ("new-plan", test_new_plan);
  ADD ("filters", test_filters);
  g_test_add_func ("/sxsh/ui/plans/screenshot", test_screenshot);

#undef ADD

  return g_test_run ();
}

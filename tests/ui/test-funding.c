/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>
#include <string.h>

#include "sxsh-funding-editor-private.h"
#include "sxsh-funding-page-private.h"
#include "sxsh-reference.h"
#include "sxsh-sample.h"
#include "sxsh-ui-test-util.h"
#include "sxsh-test-util.h"

/* The funding page on a database of its own (plan 2340 and its tasks
 * loaded), driven through the same actions and fields a user uses. */

#define YEAR 2024

typedef struct
{
  char            *dir;
  SxshDatabase    *db;
  GtkWidget       *window;
  SxshFundingPage *page;
} Fixture;

static void
open_page (Fixture *f,
           int      year)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->page = sxsh_funding_page_new (f->db);
  sxsh_funding_page_set_year (f->page, year);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->page));

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 720);
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

  f->dir = g_dir_make_tmp ("sxsh-funding-XXXXXX", &error);
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

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  sxsh_ui_test_iterate ();
}

static SxshFundingEditor *
open_new_editor (Fixture *f)
{
  SxshFundingEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "funding.add", NULL));
  sxsh_ui_test_iterate ();
  editor = sxsh_funding_page_get_editor (f->page);
  g_assert_nonnull (editor);
  return editor;
}

static void
type_text (SxshFundingEditor *editor,
           const char        *field,
           const char        *text)
{
  GtkWidget *widget = sxsh_funding_editor_get_field_widget (editor, field);

  g_assert_true (GTK_IS_EDITABLE (widget));
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
  sxsh_ui_test_iterate ();
}

static void
save (SxshFundingEditor *editor)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  sxsh_ui_test_iterate ();
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_assert_cmpstr (sxsh_funding_page_get_visible_view (f->page), ==, "empty");
  g_assert_cmpstr (sxsh_funding_page_get_count_text (f->page), ==, "0 budget lines in 2024");
}

/* A line of the local budget for a plan task: the row, the share, the
 * totals of its source and of the year; more disbursed than planned is
 * saved once confirmed; a second line for the same task and source is
 * refused. */
static void
test_add (Fixture       *f,
          gconstpointer  data)
{
  SxshFundingEditor *editor = open_new_editor (f);
  AdwMessageDialog *question;
  SxshFunding *funding;
  GtkWidget *task;

  task = sxsh_funding_editor_get_field_widget (editor, "plan-task-id");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (task))),
                    >, 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (task), 1);
  type_text (editor, "planned", "150.000.000");
  type_text (editor, "disbursed", "12O.000");
  g_assert_false (sxsh_funding_editor_get_can_save (editor));
  g_assert_nonnull (strstr (sxsh_funding_editor_get_field_message (editor, "disbursed"),
                            "Disbursed"));
  type_text (editor, "disbursed", "120.000.000");
  g_assert_cmpstr (sxsh_funding_editor_get_share_text (editor), ==, "80,0%");
  save (editor);
  g_assert_null (sxsh_funding_page_get_editor (f->page));

  g_assert_cmpstr (sxsh_funding_page_get_visible_view (f->page), ==, "table");
  funding = gtk_single_selection_get_selected_item (sxsh_funding_page_get_selection (f->page));
  g_assert_nonnull (funding);
  g_assert_cmpint (sxsh_funding_get_source (funding), ==, SXSH_FUNDING_LOCAL);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM funding WHERE year = 2024 AND "
                                      "source = 'local' AND planned = 150000000 AND "
                                      "disbursed = 120000000 AND plan_task_id IS NOT NULL"), ==, 1);
  g_assert_cmpstr (sxsh_funding_page_get_totals_text (f->page, SXSH_FUNDING_LOCAL), ==,
                   "Disbursed 120.000.000 đ of 150.000.000 đ planned");

  /* The central budget disbursed more than planned: a question first. */
  editor = open_new_editor (f);
  adw_combo_row_set_selected (ADW_COMBO_ROW (sxsh_funding_editor_get_field_widget (editor,
                                                                                   "source")),
                              0);
  type_text (editor, "planned", "50.000.000");
  type_text (editor, "disbursed", "60.000.000");
  g_assert_true (sxsh_funding_editor_get_can_save (editor));
  g_assert_nonnull (sxsh_funding_editor_get_field_message (editor, "disbursed"));
  save (editor);
  question = sxsh_funding_editor_get_confirmation (editor);
  g_assert_nonnull (question);
  answer (question, "save");
  g_assert_null (sxsh_funding_page_get_editor (f->page));
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM funding"), ==, 2);
  g_assert_cmpstr (sxsh_funding_page_get_totals_text (f->page, SXSH_FUNDING_NONE), ==,
                   "Disbursed 180.000.000 đ of 200.000.000 đ planned");
  g_assert_cmpstr (sxsh_funding_page_get_count_text (f->page), ==, "2 budget lines in 2024");

  /* The same task and source again: refused, nothing written. */
  editor = open_new_editor (f);
  adw_combo_row_set_selected (ADW_COMBO_ROW (sxsh_funding_editor_get_field_widget (editor,
                                                                                   "plan-task-id")),
                              1);
  type_text (editor, "planned", "10.000.000");
  g_assert_false (sxsh_funding_editor_get_can_save (editor));
  g_assert_nonnull (sxsh_funding_editor_get_field_message (editor, "plan-task-id"));
  gtk_window_close (GTK_WINDOW (editor));
  sxsh_ui_test_iterate ();
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM funding"), ==, 2);
}

/* Delete with undo; the search and the source filter; the year. */
static void
test_delete_and_filters (Fixture       *f,
                         gconstpointer  data)
{
  SxshFundingStore *store = sxsh_funding_page_get_store (f->page);
  GListModel *shown = G_LIST_MODEL (sxsh_funding_page_get_selection (f->page));
  GtkSearchEntry *search = sxsh_funding_page_get_search_entry (f->page);
  g_autoptr(GError) error = NULL;
  struct { SxshFundingSource source; gint64 planned; const char *notes; int year; } lines[] = {
    { SXSH_FUNDING_CENTRAL, 300000000, "Mô hình trình diễn", 2024 },
    { SXSH_FUNDING_LOCAL, 80000000, "Tập huấn", 2024 },
    { SXSH_FUNDING_OTHER, 20000000, "Doanh nghiệp đóng góp", 2023 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autoptr(SxshFunding) funding = sxsh_funding_new ();

      g_object_set (funding, "year", lines[i].year, "source", (int) lines[i].source,
                    "planned", lines[i].planned, "notes", lines[i].notes, NULL);
      g_assert_cmpint (sxsh_funding_store_insert (store, funding, TRUE, &error), >, 0);
      g_assert_no_error (error);
    }
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);

  gtk_editable_set_text (GTK_EDITABLE (search), "tap huan");
  g_signal_emit_by_name (search, "search-changed");
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_cmpstr (sxsh_funding_page_get_count_text (f->page), ==,
                   "1 shown · 2 budget lines in 2024");
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");

  /* "All sources", then the sources. */
  gtk_drop_down_set_selected (sxsh_funding_page_get_source_filter (f->page), SXSH_FUNDING_CENTRAL);
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  gtk_single_selection_set_selected (sxsh_funding_page_get_selection (f->page), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "funding.delete", NULL));
  sxsh_ui_test_iterate ();
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM funding WHERE year = 2024"), ==, 1);
  g_assert_nonnull (strstr (adw_toast_get_title (sxsh_funding_page_get_undo_toast (f->page)),
                            "300.000.000"));
  g_signal_emit_by_name (sxsh_funding_page_get_undo_toast (f->page), "button-clicked");
  sxsh_ui_test_iterate ();
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM funding WHERE year = 2024"), ==, 2);
  g_assert_nonnull (gtk_single_selection_get_selected_item (sxsh_funding_page_get_selection (f->page)));
  gtk_drop_down_set_selected (sxsh_funding_page_get_source_filter (f->page), 0);

  sxsh_funding_page_set_year (f->page, 2023);
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  /* Nothing planned from the central budget: no share. */
  g_assert_cmpstr (sxsh_funding_page_get_totals_text (f->page, SXSH_FUNDING_CENTRAL), ==,
                   "Disbursed 0 đ of 0 đ planned");
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

/* The page on the sample province: written to
 * $SXSH_SCREENSHOT_DIR/funding.png when that is set. */
static void
test_screenshot (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sxsh-funding-XXXXXX", &error);
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

  open_page (&f, 2020);
  g_assert_cmpstr (sxsh_funding_page_get_visible_view (f.page), ==, "table");
  end = g_get_monotonic_time () + 300 * 1000;
  while (g_get_monotonic_time () < end || gtk_widget_get_width (f.window) == 0)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }

  png = g_build_filename (out_dir != NULL ? out_dir : f.dir, "funding.png", NULL);
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
  g_test_add ("/sxsh/ui/funding/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("empty", test_empty);
  ADD ("add", test_add);
  ADD ("delete-and-filters", test_delete_and_filters);
  g_test_add_func ("/sxsh/ui/funding/screenshot", test_screenshot);

#undef ADD

  return g_test_run ();
}

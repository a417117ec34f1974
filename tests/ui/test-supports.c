/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "sxsh-cp-option-editor.h"
#include "sxsh-support-editor-private.h"
#include "sxsh-supports-page-private.h"
#include "sxsh-facility-picker.h"
#include "sxsh-facility-store.h"
#include "sxsh-named-item.h"
#include "sxsh-reference.h"
#include "sxsh-sample.h"
#include "sxsh-ui-test-util.h"
#include "sxsh-test-util.h"

/* The technical support page on a database of its own, driven through the
 * same actions, fields and keys a user triggers. */

#define YEAR 2024

typedef struct
{
  char           *dir;
  SxshDatabase   *db;
  GtkWidget      *window;
  SxshSupportsPage *page;
  gint64          sugar;
  gint64          brick;
  gint64          coffee;
} Fixture;

static gint64
insert_facility (SxshFacilityStore *store,
                 const char        *name,
                 const char        *tax_code)
{
  g_autoptr(SxshFacility) facility = sxsh_facility_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_object_set (facility, "name", name, "tax-code", tax_code, "first-year", 2016,
                "cp-potential", TRUE, NULL);
  id = sxsh_facility_store_insert (store, facility, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
open_page (Fixture *f,
           int      year)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->page = sxsh_supports_page_new (f->db);
  sxsh_supports_page_set_year (f->page, year);
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
  g_autoptr(SxshFacilityStore) store = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("sxsh-supports-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->db = sxsh_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sxsh_reference_load (f->db, &error));
  g_assert_no_error (error);

  store = sxsh_facility_store_new (f->db);
  f->sugar = insert_facility (store, "Công ty Cổ phần Đường Kon Tum", "6100100104");
  f->brick = insert_facility (store, "Cơ sở sản xuất gạch Hiệp Thành", "6100200204");
  f->coffee = insert_facility (store, "Cơ sở chế biến cà phê An Phát", "6100300304");

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

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
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

static SxshSupportEditor *
open_new_editor (Fixture *f)
{
  SxshSupportEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "supports.add", NULL));
  sxsh_ui_test_iterate ();
  editor = sxsh_supports_page_get_editor (f->page);
  g_assert_nonnull (editor);
  g_assert_true (find_toplevel (SXSH_TYPE_SUPPORT_EDITOR) == GTK_WINDOW (editor));
  return editor;
}

static void
type_text (SxshSupportEditor *editor,
           const char        *field,
           const char        *text)
{
  GtkWidget *widget = sxsh_support_editor_get_field_widget (editor, field);

  g_assert_true (GTK_IS_EDITABLE (widget));
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
  sxsh_ui_test_iterate ();
}

/* Opens the facility picker from the editor, types part of a name and
 * presses Enter, which chooses the first match and closes the picker. */
static void
choose_facility (SxshSupportEditor *editor,
                 const char        *search)
{
  SxshFacilityPicker *picker;
  GtkSearchEntry *entry;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.choose-facility", NULL));
  sxsh_ui_test_iterate ();
  picker = sxsh_support_editor_get_picker (editor);
  g_assert_nonnull (picker);
  entry = sxsh_facility_picker_get_search_entry (picker);
  gtk_editable_set_text (GTK_EDITABLE (entry), search);
  g_signal_emit_by_name (entry, "activate");
  sxsh_ui_test_iterate ();
  g_assert_null (sxsh_support_editor_get_picker (editor));
}

/* Adds an option through its own editor, as Add Option does. */
static void
add_option (SxshSupportEditor *editor,
            SxshCpTechnique    technique,
            const char        *description,
            const char        *investment,
            const char        *saving,
            const char        *energy,
            SxshCpDecision     decision)
{
  SxshCpOptionEditor *option_editor;
  GtkWidget *widget;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-option", NULL));
  sxsh_ui_test_iterate ();
  option_editor = sxsh_support_editor_get_option_editor (editor);
  g_assert_nonnull (option_editor);

  widget = sxsh_cp_option_editor_get_field_widget (option_editor, "technique");
  adw_combo_row_set_selected (ADW_COMBO_ROW (widget), technique);
  widget = sxsh_cp_option_editor_get_field_widget (option_editor, "decision");
  adw_combo_row_set_selected (ADW_COMBO_ROW (widget), decision);
  gtk_editable_set_text (GTK_EDITABLE (sxsh_cp_option_editor_get_field_widget (option_editor,
                                                                               "description")),
                         description);
  gtk_editable_set_text (GTK_EDITABLE (sxsh_cp_option_editor_get_field_widget (option_editor,
                                                                               "investment")),
                         investment);
  gtk_editable_set_text (GTK_EDITABLE (sxsh_cp_option_editor_get_field_widget (option_editor,
                                                                               "saving-vnd")),
                         saving);
  gtk_editable_set_text (GTK_EDITABLE (sxsh_cp_option_editor_get_field_widget (
                                         option_editor, "saving-energy-toe")),
                         energy);
  sxsh_ui_test_iterate ();
  g_assert_true (sxsh_cp_option_editor_get_can_save (option_editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (option_editor), "editor.save", NULL));
  sxsh_ui_test_iterate ();
  g_assert_null (sxsh_support_editor_get_option_editor (editor));
}

static gint64
insert_support (Fixture         *f,
                gint64           facility,
                SxshSupportKind  kind,
                gint64           consultancy,
                gint64           state)
{
  g_autoptr(SxshSupport) support = sxsh_support_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_object_set (support, "facility-id", facility, "kind", kind, "year", YEAR,
                "status", SXSH_SUPPORT_DONE, "total-cost", consultancy,
                "consultancy-cost", consultancy, "state-support", state, NULL);
  id = sxsh_support_store_insert (sxsh_supports_page_get_store (f->page), support, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  sxsh_ui_test_iterate ();
  return id;
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_assert_cmpstr (sxsh_supports_page_get_visible_view (f->page), ==, "empty");
  g_assert_nonnull (strstr (sxsh_supports_page_get_count_text (f->page),
                            "0 supports to 0 facilities in 2024"));
}

/* A quick assessment with two options: the payback and totals while it is
 * edited, the row and the options in the database once saved. */
static void
test_add_with_options (Fixture       *f,
                       gconstpointer  data)
{
  SxshSupportEditor *editor = open_new_editor (f);
  g_autoptr(SxshSupport) support = NULL;
  GListModel *options;
  const char *totals;

  /* Save waits for the facility. */
  g_assert_false (sxsh_support_editor_get_can_save (editor));
  choose_facility (editor, "gach hiep");
  g_assert_true (sxsh_support_editor_get_can_save (editor));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (
                     sxsh_support_editor_get_field_widget (editor, "year"))), ==, YEAR);

  type_text (editor, "total-cost", "80.000.000");
  type_text (editor, "consultancy-cost", "60.000.000");
  type_text (editor, "state-support", "30.000.000");
  type_text (editor, "consultant", "Trung tâm Sản xuất sạch Việt Nam");
  type_text (editor, "start-date", "3/4/2024");
  type_text (editor, "end-date", "1/4/2024");
  g_assert_false (sxsh_support_editor_get_can_save (editor));
  g_assert_nonnull (strstr (sxsh_support_editor_get_field_message (editor, "end-date"),
                            "End date"));
  type_text (editor, "end-date", "30/09/2024");
  g_assert_null (sxsh_support_editor_get_field_message (editor, "state-support"));

  add_option (editor, SXSH_CP_HOUSEKEEPING, "Sửa chữa rò rỉ hơi nước", "20.000.000",
              "40.000.000", "12,5", SXSH_CP_DECISION_IMPLEMENT);
  add_option (editor, SXSH_CP_TECHNOLOGY_CHANGE, "Thay lò nung Hoffmann bằng lò tuynel",
              "1.480.000.000", "460.000.000", "150", SXSH_CP_DECISION_STUDY);
  options = sxsh_support_editor_get_options (editor);
  g_assert_cmpuint (g_list_model_get_n_items (options), ==, 2);

  /* 1.500.000.000 ÷ 500.000.000 a year. */
  totals = sxsh_support_editor_get_totals_text (editor);
  g_assert_nonnull (strstr (totals, "2 options"));
  g_assert_nonnull (strstr (totals, "1.500.000.000 đ"));
  g_assert_nonnull (strstr (totals, "500.000.000 đ a year"));
  g_assert_nonnull (strstr (totals, "payback 3,0 years"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  sxsh_ui_test_iterate ();
  g_assert_null (sxsh_supports_page_get_editor (f->page));

  support = gtk_single_selection_get_selected_item (sxsh_supports_page_get_selection (f->page));
  g_assert_nonnull (support);
  g_object_ref (support);
  g_assert_cmpint (sxsh_support_get_facility_id (support), ==, f->brick);
  g_assert_cmpint (sxsh_support_get_state_support (support), ==, 30000000);
  g_assert_cmpstr (sxsh_support_get_start_date (support), ==, "2024-04-03");
  g_assert_cmpint (sxsh_support_get_funding_source (support), ==, SXSH_FUNDING_LOCAL);
  g_assert_cmpuint (g_list_model_get_n_items (sxsh_support_get_options (support)), ==, 2);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM cp_option"), ==, 2);
  g_assert_cmpint (count_rows (f->db, "SELECT SUM (investment) FROM cp_option"), ==,
                   1500000000);
  g_assert_nonnull (strstr (sxsh_supports_page_get_count_text (f->page),
                            "1 support to 1 facility in 2024"));
  g_assert_nonnull (strstr (sxsh_supports_page_get_count_text (f->page),
                            "options save 500.000.000 đ a year"));
}

/* Editing: an option removed and one changed are written with the support. */
static void
test_edit_options (Fixture       *f,
                   gconstpointer  data)
{
  gint64 id = insert_support (f, f->sugar, SXSH_SUPPORT_DETAILED_ASSESSMENT, 100000000, 40000000);
  SxshSupportEditor *editor;
  SxshCpOptionEditor *option_editor;
  GtkWidget *list;
  GtkWidget *row;

  for (int i = 0; i < 2; i++)
    {
      g_autoptr(SxshCpOption) option = sxsh_cp_option_new ();
      g_autoptr(GError) error = NULL;

      g_object_set (option, "support-id", id, "description", i == 0 ? "Thu hồi bã mía" : "Bảo ôn",
                    "investment", (gint64) 10000000, "saving-vnd", (gint64) 5000000, NULL);
      sxsh_support_store_insert_option (sxsh_supports_page_get_store (f->page), option, TRUE,
                                        &error);
      g_assert_no_error (error);
    }
  sxsh_ui_test_iterate ();
  g_assert_true (sxsh_supports_page_select_support (f->page, id));
  g_signal_emit_by_name (sxsh_supports_page_get_column_view (f->page), "activate", 0);
  sxsh_ui_test_iterate ();
  editor = sxsh_supports_page_get_editor (f->page);
  g_assert_nonnull (editor);
  g_assert_cmpuint (g_list_model_get_n_items (sxsh_support_editor_get_options (editor)), ==, 2);

  /* Activating the first option's row opens it; its investment doubles. */
  list = sxsh_support_editor_get_field_widget (editor, "options");
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_signal_emit_by_name (row, "activated");
  sxsh_ui_test_iterate ();
  option_editor = sxsh_support_editor_get_option_editor (editor);
  g_assert_nonnull (option_editor);
  g_assert_cmpstr (sxsh_cp_option_editor_get_payback_text (option_editor), ==, "2,0 years");
  gtk_editable_set_text (GTK_EDITABLE (sxsh_cp_option_editor_get_field_widget (option_editor,
                                                                               "investment")),
                         "20.000.000");
  sxsh_ui_test_iterate ();
  g_assert_cmpstr (sxsh_cp_option_editor_get_payback_text (option_editor), ==, "4,0 years");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (option_editor), "editor.save", NULL));
  sxsh_ui_test_iterate ();

  /* The second option's remove button. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
  for (GtkWidget *w = row; w != NULL; )
    {
      if (GTK_IS_BUTTON (w) && g_object_get_data (G_OBJECT (w), "sxsh-option") != NULL)
        {
          g_signal_emit_by_name (w, "clicked");
          break;
        }
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != row && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w == row ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (sxsh_support_editor_get_options (editor)), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  sxsh_ui_test_iterate ();
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM cp_option"), ==, 1);
  g_assert_cmpint (count_rows (f->db, "SELECT investment FROM cp_option"), ==, 20000000);
}

/* Joint Circular 221/2012: more than 50 million VND of state support for a
 * facility's assessments is a warning next to the field; the officer may
 * still save. */
static void
test_state_limit_warning (Fixture       *f,
                          gconstpointer  data)
{
  SxshSupportEditor *editor;
  const char *message;

  insert_support (f, f->sugar, SXSH_SUPPORT_QUICK_ASSESSMENT, 80000000, 40000000);

  editor = open_new_editor (f);
  choose_facility (editor, "Đường Kon Tum");
  type_text (editor, "total-cost", "100.000.000");
  type_text (editor, "consultancy-cost", "100.000.000");
  type_text (editor, "state-support", "20.000.000");
  message = sxsh_support_editor_get_field_message (editor, "state-support");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "State support"));
  g_assert_nonnull (strstr (message, "60.000.000"));
  g_assert_nonnull (strstr (message, "50.000.000"));
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_ancestor (
                   sxsh_support_editor_get_field_widget (editor, "state-support"),
                   ADW_TYPE_PREFERENCES_ROW), "warning"));
  g_assert_true (sxsh_support_editor_get_can_save (editor));

  /* Half the consultancy cost is the other limit. */
  type_text (editor, "state-support", "8.000.000");
  g_assert_null (sxsh_support_editor_get_field_message (editor, "state-support"));
  type_text (editor, "consultancy-cost", "10.000.000");
  g_assert_nonnull (strstr (sxsh_support_editor_get_field_message (editor, "state-support"),
                            "50%"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  sxsh_ui_test_iterate ();
  g_assert_null (sxsh_supports_page_get_editor (f->page));
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM support"), ==, 2);
}

/* Delete removes the support and its options at once; Undo brings both
 * back. */
static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  gint64 id = insert_support (f, f->coffee, SXSH_SUPPORT_CONSULTANCY, 30000000, 15000000);
  g_autoptr(SxshCpOption) option = sxsh_cp_option_new ();
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  g_object_set (option, "support-id", id, "description", "Tuần hoàn nước rửa", NULL);
  sxsh_support_store_insert_option (sxsh_supports_page_get_store (f->page), option, TRUE, &error);
  g_assert_no_error (error);
  sxsh_ui_test_iterate ();
  g_assert_true (sxsh_supports_page_select_support (f->page, id));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "supports.delete", NULL));
  sxsh_ui_test_iterate ();
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM support"), ==, 0);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM cp_option"), ==, 0);
  toast = sxsh_supports_page_get_undo_toast (f->page);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "cà phê An Phát"));

  g_signal_emit_by_name (toast, "button-clicked");
  sxsh_ui_test_iterate ();
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM support"), ==, 1);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM cp_option"), ==, 1);
  g_assert_nonnull (gtk_single_selection_get_selected_item (
                      sxsh_supports_page_get_selection (f->page)));
}

/* Demonstration models are listed on their own, with their results; a new
 * support added there is one. */
static void
test_demo_models (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *shown = G_LIST_MODEL (sxsh_supports_page_get_selection (f->page));
  g_autoptr(SxshSupport) demo = sxsh_support_new ();
  g_autoptr(GError) error = NULL;
  SxshSupportEditor *editor;
  GtkWidget *kind;

  insert_support (f, f->sugar, SXSH_SUPPORT_QUICK_ASSESSMENT, 20000000, 10000000);
  g_object_set (demo, "facility-id", f->brick, "kind", SXSH_SUPPORT_DEMO_MODEL, "year", YEAR,
                "results", "Giảm 18% than tiêu thụ trên 1.000 viên gạch", NULL);
  sxsh_support_store_insert (sxsh_supports_page_get_store (f->page), demo, TRUE, &error);
  g_assert_no_error (error);
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  g_assert_null (gtk_column_view_column_get_column_view (
                   sxsh_supports_page_get_results_column (f->page)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "supports.demo-models", NULL));
  sxsh_ui_test_iterate ();
  g_assert_true (sxsh_supports_page_get_demo_models (f->page));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_true (gtk_column_view_column_get_column_view (
                   sxsh_supports_page_get_results_column (f->page))
                 == sxsh_supports_page_get_column_view (f->page));
  g_assert_nonnull (strstr (sxsh_supports_page_get_count_text (f->page),
                            "1 demonstration model"));

  editor = open_new_editor (f);
  kind = sxsh_support_editor_get_field_widget (editor, "kind");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (kind)), ==,
                    SXSH_SUPPORT_DEMO_MODEL);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (
                      sxsh_support_editor_get_field_widget (editor, "funding-source"))), ==,
                    SXSH_FUNDING_CENTRAL);
  gtk_window_close (GTK_WINDOW (editor));
  sxsh_ui_test_iterate ();
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

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static gboolean
set_true_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (300, set_true_cb, &done);
  g_assert_true (sxsh_ui_test_wait_for (is_true, &done, 5));
}

/* The page and the editor on the sample province, for the documentation:
 * written to $SXSH_SCREENSHOT_DIR/supports.png, demo-models.png and
 * support-editor.png when that is set. */
static void
test_screenshot (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sxsh-supports-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sample.db", NULL);
  const char *out_dir = g_getenv ("SXSH_SCREENSHOT_DIR");
  const char *names[] = { "supports.png", "demo-models.png", "support-editor.png" };
  char *pngs[G_N_ELEMENTS (names)] = { NULL };
  GListModel *shown;
  SxshSupportEditor *editor;
  Fixture f = { 0 };

  f.dir = g_steal_pointer (&dir);
  f.db = sxsh_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sxsh_sample_generate (f.db, SXSH_SAMPLE_DEFAULT_FACILITIES,
                                       SXSH_SAMPLE_DEFAULT_SEED, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    pngs[i] = g_build_filename (out_dir != NULL ? out_dir : f.dir, names[i], NULL);

  open_page (&f, 2025);
  shown = G_LIST_MODEL (sxsh_supports_page_get_selection (f.page));
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  settle ();
  save_screenshot (f.window, pngs[0]);

  sxsh_supports_page_set_demo_models (f.page, TRUE);
  settle ();
  save_screenshot (f.window, pngs[1]);
  sxsh_supports_page_set_demo_models (f.page, FALSE);

  /* The support with the most options, in its editor. */
  {
    guint best = 0, most = 0;

    for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
      {
        g_autoptr(SxshSupport) support = g_list_model_get_item (shown, i);
        guint n = g_list_model_get_n_items (sxsh_support_get_options (support));

        if (n > most)
          {
            most = n;
            best = i;
          }
      }
    gtk_single_selection_set_selected (sxsh_supports_page_get_selection (f.page), best);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "supports.edit", NULL));
  editor = sxsh_supports_page_get_editor (f.page);
  g_assert_nonnull (editor);
  gtk_window_set_default_size (GTK_WINDOW (editor), 680, 1100);
  settle ();
  save_screenshot (GTK_WIDGET (editor), pngs[2]);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (g_file_test (pngs[i], G_FILE_TEST_EXISTS));
      if (out_dir == NULL)
        g_remove (pngs[i]);
      g_free (pngs[i]);
    }

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
  g_test_add ("/sxsh/ui/supports/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("empty", test_empty);
  ADD ("add-with-options", test_add_with_options);
  ADD ("edit-options", test_edit_options);
  ADD ("state-limit-warning", test_state_limit_warning);
  ADD ("delete-and-undo", test_delete_and_undo);
  ADD ("demo-models", test_demo_models);
  g_test_add_func ("/sxsh/ui/supports/screenshot", test_screenshot);

#undef ADD

  return g_test_run ();
}

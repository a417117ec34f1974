/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "sxsh-application.h"
#include "sxsh-facilities-page-private.h"
#include "sxsh-facility-editor-private.h"
#include "sxsh-named-item.h"
#include "sxsh-preferences-window.h"
#include "sxsh-sample.h"
#include "sxsh-settings.h"
#include "sxsh-window.h"
#include "sxsh-ui-test-util.h"
#include "sxsh-test-util.h"

/* Each test runs the real application on a database of its own, started
 * with --db as a user would, and drives it through the same actions that
 * the menus, buttons and keys trigger. */

typedef void (*WindowTestFunc) (SxshWindow *window);

typedef struct
{
  WindowTestFunc func;
  char          *tmpdir;
  char          *db_path;
  gboolean       ran;
} TestRun;

static void
activate_after_cb (GApplication *app,
                   TestRun      *run)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GList) windows = NULL;

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_assert_true (SXSH_IS_WINDOW (window));
  sxsh_ui_test_iterate ();

  run->func (SXSH_WINDOW (window));
  run->ran = TRUE;

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  sxsh_ui_test_iterate ();
}

static void
run_window_test (gconstpointer data)
{
  WindowTestFunc func = (WindowTestFunc) data;
  g_autoptr(SxshApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  TestRun run = { func, NULL, NULL, FALSE };
  char *argv[4];
  int status;

  run.tmpdir = g_dir_make_tmp ("sxsh-ui-XXXXXX", &error);
  g_assert_no_error (error);
  run.db_path = g_build_filename (run.tmpdir, "test.db", NULL);

  argv[0] = (char *) "sxsh";
  argv[1] = (char *) "--db";
  argv[2] = run.db_path;
  argv[3] = NULL;

  app = sxsh_application_new ();
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_after_cb), &run);
  status = g_application_run (G_APPLICATION (app), 3, argv);

  g_assert_cmpint (status, ==, 0);
  g_assert_true (run.ran);
  g_assert_cmpstr (sxsh_application_get_database_path (app), ==, run.db_path);
  g_assert_true (g_file_test (run.db_path, G_FILE_TEST_EXISTS));

  g_clear_object (&app);
  sxsh_test_remove_tree (run.tmpdir);
  g_free (run.tmpdir);
  g_free (run.db_path);
}

static SxshFacilitiesPage *
get_page (SxshWindow *window)
{
  GtkWidget *page = sxsh_window_get_page (window, "facilities");

  g_assert_true (SXSH_IS_FACILITIES_PAGE (page));
  return SXSH_FACILITIES_PAGE (page);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static void
set_field (SxshFacilityEditor *editor,
           const char         *field,
           const char         *text)
{
  GtkWidget *widget = sxsh_facility_editor_get_field_widget (editor, field);

  g_assert_nonnull (widget);
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

/* Chooses the entry of a combo row whose name is @name, as a user would in
 * its popover. */
static void
choose_item (SxshFacilityEditor *editor,
             const char         *field,
             const char         *name)
{
  GtkWidget *chooser = sxsh_facility_editor_get_field_widget (editor, field);
  g_autoptr(GListModel) model = NULL;
  guint n;

  g_object_get (chooser, "model", &model, NULL);
  n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshNamedItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (sxsh_named_item_get_name (item), name) == 0)
        {
          g_object_set (chooser, "selected", i, NULL);
          return;
        }
    }

  g_assert_not_reached ();
}

static gint64
insert_facility (SxshFacilitiesPage *page,
                 const char         *name,
                 const char         *tax_code)
{
  g_autoptr(SxshFacility) facility = sxsh_facility_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_object_set (facility, "name", name, "tax-code", tax_code, NULL);
  id = sxsh_facility_store_insert (sxsh_facilities_page_get_store (page), facility, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  sxsh_ui_test_iterate ();

  return id;
}

static SxshFacility *
get_shown (SxshFacilitiesPage *page,
           guint               position)
{
  return sxsh_facilities_page_get_shown (page, position);
}

static guint
n_shown (SxshFacilitiesPage *page)
{
  return g_list_model_get_n_items (G_LIST_MODEL (sxsh_facilities_page_get_selection (page)));
}

static gboolean
editor_closed (gpointer data)
{
  return sxsh_facilities_page_get_editor (data) == NULL;
}

/* Tests */

static void
check_templates (SxshWindow *window)
{
  SxshFacilitiesPage *page = get_page (window);
  SxshDatabase *database = sxsh_window_get_database (window);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  SxshPreferencesWindow *preferences;
  SxshFacilityEditor *editor;
  GtkWindow *shortcuts;
  GtkWindow *about;

  /* A new database opens on the empty state, in the current year. */
  g_assert_cmpstr (sxsh_facilities_page_get_visible_view (page), ==, "empty");
  g_assert_cmpint (sxsh_window_get_year (window), ==, g_date_time_get_year (now));
  g_assert_cmpint (sxsh_facilities_page_get_year (page), ==, g_date_time_get_year (now));
  g_assert_cmpint (sxsh_facility_store_get_year (sxsh_facilities_page_get_store (page)), ==,
                   g_date_time_get_year (now));

  /* The pages follow the window's year. */
  sxsh_window_set_year (window, 2019);
  g_assert_cmpint (sxsh_facilities_page_get_year (page), ==, 2019);
  g_assert_cmpint (sxsh_facility_store_get_year (sxsh_facilities_page_get_store (page)), ==, 2019);
  {
    GListModel *columns = gtk_column_view_get_columns (sxsh_facilities_page_get_column_view (page));
    g_autoptr(GtkColumnViewColumn) status_column = g_list_model_get_item (columns, 6);

    g_assert_cmpstr (gtk_column_view_column_get_title (status_column), ==, "Status in 2019");
  }

  /* The year is remembered, and the current year as 0 so that the window
   * moves on with the calendar. */
  {
    SxshApplication *app = SXSH_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
    GSettings *settings = sxsh_application_get_settings (app);

    g_assert_nonnull (settings);
    g_assert_cmpint (g_settings_get_int (settings, "year"), ==, 2019);
    sxsh_window_set_year (window, g_date_time_get_year (now));
    g_assert_cmpint (g_settings_get_int (settings, "year"), ==, 0);
  }

  editor = sxsh_facility_editor_new (sxsh_facilities_page_get_store (page), NULL);
  gtk_window_present (GTK_WINDOW (editor));
  sxsh_ui_test_iterate ();
  g_assert_false (sxsh_facility_editor_get_can_save (editor));
  gtk_window_destroy (GTK_WINDOW (editor));

  preferences = sxsh_preferences_window_new (database);
  gtk_window_present (GTK_WINDOW (preferences));
  sxsh_ui_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (sxsh_preferences_window_get_entry (preferences,
                                                                            SXSH_SETTING_PROVINCE)),
                   ==, "Kon Tum");
  gtk_editable_set_text (sxsh_preferences_window_get_entry (preferences,
                                                            SXSH_SETTING_SIGNER_NAME),
                         "Nguyễn Văn An");
  gtk_editable_set_text (sxsh_preferences_window_get_entry (preferences, SXSH_SETTING_REPORT_DUE),
                         "15/12");
  gtk_window_close (GTK_WINDOW (preferences));
  sxsh_ui_test_iterate ();
  {
    g_autofree char *signer = sxsh_settings_get (database, SXSH_SETTING_SIGNER_NAME);
    g_autofree char *due = sxsh_settings_get (database, SXSH_SETTING_REPORT_DUE);

    g_assert_cmpstr (signer, ==, "Nguyễn Văn An");
    g_assert_cmpstr (due, ==, "12-15");
  }

  g_action_group_activate_action (G_ACTION_GROUP (g_application_get_default ()),
                                  "shortcuts", NULL);
  sxsh_ui_test_iterate ();
  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  gtk_window_destroy (shortcuts);

  g_action_group_activate_action (G_ACTION_GROUP (g_application_get_default ()), "about", NULL);
  sxsh_ui_test_iterate ();
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==,
                   "SXSH Tracker");
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  gtk_window_destroy (about);
  sxsh_ui_test_iterate ();
}

static void
check_add_and_edit (SxshWindow *window)
{
  SxshFacilitiesPage *page = get_page (window);
  g_autoptr(SxshFacility) shown = NULL;
  SxshFacilityEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "facilities.add", NULL));
  sxsh_ui_test_iterate ();
  editor = sxsh_facilities_page_get_editor (page);
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));

  /* Save waits for a name. */
  g_assert_false (sxsh_facility_editor_get_can_save (editor));

  set_field (editor, "name", "Công ty TNHH Cà phê Đắk Hà");
  choose_item (editor, "admin-unit-id", "huyện Đắk Hà");
  set_field (editor, "address", "Thôn 3, xã Hà Mòn");
  set_field (editor, "employees", "45");
  set_field (editor, "revenue", "12,5");
  set_field (editor, "capital", "3");
  set_field (editor, "first-year", "2017");
  set_field (editor, "email", "caphe@example.vn");
  g_assert_true (sxsh_facility_editor_get_can_save (editor));
  g_assert_true (gtk_widget_is_sensitive (sxsh_facility_editor_get_save_button (editor)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_true (sxsh_ui_test_wait_for (editor_closed, page, 5));

  /* The new facility is in the list, selected. */
  g_assert_cmpstr (sxsh_facilities_page_get_visible_view (page), ==, "table");
  g_assert_cmpuint (n_shown (page), ==, 1);
  g_assert_cmpstr (sxsh_facilities_page_get_count_text (page), ==, "1 facility");
  g_assert_cmpuint (gtk_single_selection_get_selected (sxsh_facilities_page_get_selection (page)),
                    ==, 0);
  shown = get_shown (page, 0);
  g_assert_cmpstr (sxsh_facility_get_name (shown), ==, "Công ty TNHH Cà phê Đắk Hà");
  g_assert_true (g_str_has_suffix (sxsh_facility_get_admin_unit_name (shown), "Đắk Hà"));
  g_assert_cmpint (sxsh_facility_get_employees (shown), ==, 45);
  g_assert_cmpint (sxsh_facility_get_revenue (shown), ==, G_GINT64_CONSTANT (12500000000));
  g_assert_cmpint (sxsh_facility_get_first_year (shown), ==, 2017);
  g_clear_object (&shown);

  /* Edit it: the editor shows the saved values and saves the change. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "facilities.edit", NULL));
  sxsh_ui_test_iterate ();
  editor = sxsh_facilities_page_get_editor (page);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     sxsh_facility_editor_get_field_widget (editor, "name"))),
                   ==, "Công ty TNHH Cà phê Đắk Hà");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     sxsh_facility_editor_get_field_widget (editor, "revenue"))), ==, "12,5");
  set_field (editor, "name", "Công ty Cổ phần Cà phê Đắk Hà");
  set_field (editor, "employees", "250");
  /* A decimal comma with three decimals is a decimal, not thousands. */
  set_field (editor, "capital", "5,584");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_true (sxsh_ui_test_wait_for (editor_closed, page, 5));

  g_assert_cmpuint (n_shown (page), ==, 1);
  shown = get_shown (page, 0);
  g_assert_cmpstr (sxsh_facility_get_name (shown), ==, "Công ty Cổ phần Cà phê Đắk Hà");
  g_assert_cmpint (sxsh_facility_get_employees (shown), ==, 250);
  g_assert_cmpint (sxsh_facility_get_revenue (shown), ==, G_GINT64_CONSTANT (12500000000));
  g_assert_cmpint (sxsh_facility_get_capital (shown), ==, G_GINT64_CONSTANT (5584000000));
  g_assert_cmpint (sxsh_facility_get_size_class (shown), ==,
                   sxsh_size_class_derive (250, G_GINT64_CONSTANT (12500000000),
                                           G_GINT64_CONSTANT (5584000000)));
  g_clear_object (&shown);

  /* Opened again, the figures read back the same. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "facilities.edit", NULL));
  sxsh_ui_test_iterate ();
  editor = sxsh_facilities_page_get_editor (page);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     sxsh_facility_editor_get_field_widget (editor, "capital"))), ==, "5,584");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_true (sxsh_ui_test_wait_for (editor_closed, page, 5));
  shown = get_shown (page, 0);
  g_assert_cmpint (sxsh_facility_get_capital (shown), ==, G_GINT64_CONSTANT (5584000000));
}

static gboolean
shown_count_is (gpointer data)
{
  SxshFacilitiesPage *page = data;
  guint expected = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (page), "expected"));

  return n_shown (page) == expected;
}

static void
wait_for_count (SxshFacilitiesPage *page,
                guint               expected)
{
  g_object_set_data (G_OBJECT (page), "expected", GUINT_TO_POINTER (expected));
  g_assert_true (sxsh_ui_test_wait_for (shown_count_is, page, 5));
}

static void
check_search (SxshWindow *window)
{
  SxshFacilitiesPage *page = get_page (window);
  GtkEditable *search = GTK_EDITABLE (sxsh_facilities_page_get_search_entry (page));
  g_autoptr(SxshFacility) shown = NULL;

  insert_facility (page, "Nhà máy chế biến cà phê Đắk Hà", NULL);
  insert_facility (page, "Công ty Gạch Tuynel Kon Tum", NULL);
  insert_facility (page, "Xưởng cưa Sa Thầy", NULL);
  g_assert_cmpuint (n_shown (page), ==, 3);
  g_assert_cmpstr (sxsh_facilities_page_get_count_text (page), ==, "3 facilities");

  /* Sorted by name in Vietnamese order: C < N < X. */
  shown = get_shown (page, 0);
  g_assert_cmpstr (sxsh_facility_get_name (shown), ==, "Công ty Gạch Tuynel Kon Tum");
  g_clear_object (&shown);

  /* Typing without accents finds the accented name and hides the others. */
  gtk_editable_set_text (search, "dak ha");
  wait_for_count (page, 1);
  shown = get_shown (page, 0);
  g_assert_cmpstr (sxsh_facility_get_name (shown), ==, "Nhà máy chế biến cà phê Đắk Hà");
  g_clear_object (&shown);
  g_assert_cmpstr (sxsh_facilities_page_get_count_text (page), ==, "Shown 1 of 3 facilities");

  gtk_editable_set_text (search, "xyz khong co");
  wait_for_count (page, 0);
  g_assert_cmpstr (sxsh_facilities_page_get_visible_view (page), ==, "no-results");

  gtk_editable_set_text (search, "");
  wait_for_count (page, 3);
  g_assert_cmpstr (sxsh_facilities_page_get_visible_view (page), ==, "table");
}

static void
check_delete_and_undo (SxshWindow *window)
{
  SxshFacilitiesPage *page = get_page (window);
  SxshFacilityStore *store = sxsh_facilities_page_get_store (page);
  g_autoptr(SxshFacility) shown = NULL;
  AdwToast *toast;
  gint64 id;

  id = insert_facility (page, "Công ty Gạch Tuynel Kon Tum", "6100100011");
  insert_facility (page, "Xưởng cưa Sa Thầy", NULL);

  /* Nothing selected: delete is disabled and does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (page), "facilities.delete", NULL);
  g_assert_cmpuint (sxsh_facility_store_get_total (store), ==, 2);

  g_assert_true (sxsh_facilities_page_select_facility (page, id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "facilities.delete", NULL));
  sxsh_ui_test_iterate ();

  g_assert_cmpuint (sxsh_facility_store_get_total (store), ==, 1);
  g_assert_null (sxsh_facility_store_lookup (store, id));
  g_assert_cmpuint (n_shown (page), ==, 1);
  shown = get_shown (page, 0);
  g_assert_cmpstr (sxsh_facility_get_name (shown), ==, "Xưởng cưa Sa Thầy");
  g_clear_object (&shown);

  toast = sxsh_facilities_page_get_undo_toast (page);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“Công ty Gạch Tuynel Kon Tum” deleted");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");

  g_signal_emit_by_name (toast, "button-clicked");
  sxsh_ui_test_iterate ();

  g_assert_cmpuint (sxsh_facility_store_get_total (store), ==, 2);
  g_assert_nonnull (sxsh_facility_store_lookup (store, id));
  g_assert_cmpstr (sxsh_facility_get_tax_code (sxsh_facility_store_lookup (store, id)), ==,
                   "6100100011");
  g_assert_cmpuint (n_shown (page), ==, 2);
  g_assert_nonnull (sxsh_facilities_page_get_selected_facility (page));
  g_assert_cmpint (sxsh_facility_get_id (sxsh_facilities_page_get_selected_facility (page)), ==, id);
}

static void
check_invalid_tax_code (SxshWindow *window)
{
  SxshFacilitiesPage *page = get_page (window);
  SxshFacilityEditor *editor;
  const char *message;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "facilities.add", NULL));
  sxsh_ui_test_iterate ();
  editor = sxsh_facilities_page_get_editor (page);
  g_assert_nonnull (editor);

  set_field (editor, "name", "Công ty Thủy điện Đắk Psi");
  g_assert_true (sxsh_facility_editor_get_can_save (editor));
  g_assert_null (sxsh_facility_editor_get_field_message (editor, "tax-code"));

  set_field (editor, "tax-code", "12345");
  g_assert_false (sxsh_facility_editor_get_can_save (editor));
  g_assert_false (gtk_widget_is_sensitive (sxsh_facility_editor_get_save_button (editor)));
  message = sxsh_facility_editor_get_field_message (editor, "tax-code");
  g_assert_nonnull (message);
  g_assert_true (g_str_has_prefix (message, "Tax code:"));
  g_assert_true (gtk_widget_has_css_class (sxsh_facility_editor_get_field_widget (editor,
                                                                                  "tax-code"),
                                           "error"));

  /* Save does nothing while the error is there. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (sxsh_facility_store_get_total (sxsh_facilities_page_get_store (page)), ==, 0);

  /* A number field with a word in it is an error of that field too. */
  set_field (editor, "tax-code", "");
  set_field (editor, "employees", "many");
  g_assert_false (sxsh_facility_editor_get_can_save (editor));
  g_assert_nonnull (sxsh_facility_editor_get_field_message (editor, "employees"));
  g_assert_null (sxsh_facility_editor_get_field_message (editor, "tax-code"));

  set_field (editor, "employees", "1.200");
  g_assert_true (sxsh_facility_editor_get_can_save (editor));
  g_assert_false (gtk_widget_has_css_class (sxsh_facility_editor_get_field_widget (editor,
                                                                                   "tax-code"),
                                            "error"));
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (sxsh_ui_test_wait_for (editor_closed, page, 5));
  g_assert_cmpuint (sxsh_facility_store_get_total (sxsh_facilities_page_get_store (page)), ==, 0);
}

static gboolean
sample_loaded (gpointer data)
{
  SxshFacilitiesPage *page = data;

  return sxsh_facility_store_get_total (sxsh_facilities_page_get_store (page)) ==
         SXSH_SAMPLE_DEFAULT_FACILITIES;
}

static void
check_sample (SxshWindow *window)
{
  SxshFacilitiesPage *page = get_page (window);
  g_autofree char *count = g_strdup_printf ("%u facilities", SXSH_SAMPLE_DEFAULT_FACILITIES);

  g_assert_cmpstr (sxsh_facilities_page_get_visible_view (page), ==, "empty");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "facilities.sample", NULL));
  g_assert_true (sxsh_ui_test_wait_for (sample_loaded, page, 5));
  sxsh_ui_test_iterate ();

  g_assert_cmpstr (sxsh_facilities_page_get_visible_view (page), ==, "table");
  g_assert_cmpuint (n_shown (page), ==, SXSH_SAMPLE_DEFAULT_FACILITIES);
  g_assert_cmpstr (sxsh_facilities_page_get_count_text (page), ==, count);

  /* The statuses of the window's year came with it; the selected facility
   * stays selected when the year changes. */
  gtk_single_selection_set_selected (sxsh_facilities_page_get_selection (page), 5);
  {
    g_autoptr(SxshFacility) selected = get_shown (page, 5);

    sxsh_window_set_year (window, SXSH_SAMPLE_LAST_YEAR - 1);
    g_assert_cmpint (sxsh_facility_store_get_year (sxsh_facilities_page_get_store (page)), ==,
                     SXSH_SAMPLE_LAST_YEAR - 1);
    g_assert_cmpint (sxsh_facility_get_id (sxsh_facilities_page_get_selected_facility (page)),
                     ==, sxsh_facility_get_id (selected));
  }
  {
    guint applying = 0;

    for (guint i = 0; i < n_shown (page); i++)
      {
        g_autoptr(SxshFacility) facility = get_shown (page, i);

        applying += sxsh_facility_get_status (facility) == SXSH_YEAR_STATUS_APPLYING;
      }
    g_assert_cmpuint (applying, >, 0);
  }
}

static void
check_quit (SxshWindow *window)
{
  GApplication *app = g_application_get_default ();
  GSettings *settings = sxsh_application_get_settings (SXSH_APPLICATION (app));

  /* Quitting closes the window, which keeps its size for the next start. */
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  sxsh_ui_test_iterate ();
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

static void
open_error_activate_cb (GApplication *app,
                        gboolean     *shown)
{
  GtkWindow *dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  /* No window on a file that is not a database: a dialog that says so. */
  g_assert_null (find_toplevel (SXSH_TYPE_WINDOW));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Cannot Open the Database");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "not an SXSH Tracker database"));
  *shown = TRUE;

  /* Its only answer quits. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "quit");
}

static void
check_open_error (void)
{
  g_autoptr(SxshApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = g_dir_make_tmp ("sxsh-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (tmpdir, "notes.db", NULL);
  char *argv[] = { (char *) "sxsh", (char *) "--db", path, NULL };
  gboolean shown = FALSE;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "These are notes, not a database. "
                                      "They are long enough for SQLite to read a header.", -1,
                                      &error));
  g_assert_no_error (error);

  app = sxsh_application_new ();
  g_signal_connect_after (app, "activate", G_CALLBACK (open_error_activate_cb), &shown);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);
  g_assert_true (shown);
  g_assert_null (sxsh_application_get_database (app));

  g_clear_object (&app);
  sxsh_test_remove_tree (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: skipping the UI tests.\n");
      return 77;
    }

  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/sxsh/ui/templates", check_templates, run_window_test);
  g_test_add_data_func ("/sxsh/ui/add-and-edit", check_add_and_edit, run_window_test);
  g_test_add_data_func ("/sxsh/ui/search", check_search, run_window_test);
  g_test_add_data_func ("/sxsh/ui/delete-and-undo", check_delete_and_undo, run_window_test);
  g_test_add_data_func ("/sxsh/ui/invalid-tax-code", check_invalid_tax_code, run_window_test);
  g_test_add_data_func ("/sxsh/ui/sample-province", check_sample, run_window_test);
  g_test_add_data_func ("/sxsh/ui/quit", check_quit, run_window_test);
  g_test_add_func ("/sxsh/ui/open-error", check_open_error);

  return g_test_run ();
}

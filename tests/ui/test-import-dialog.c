/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "sxsh-application.h"
#include "sxsh-facilities-page-private.h"
#include "sxsh-import-dialog-private.h"
#include "sxsh-import-preview.h"
#include "sxsh-sample.h"
#include "sxsh-table-reader.h"
#include "sxsh-window.h"
#include "sxsh-ui-test-util.h"
#include "sxsh-test-util.h"

/* The import dialog in the running application, on a database of its own:
 * opened from the window's action and by a drop, its preview read as a
 * user reads it, and the database checked after Import and after Cancel. */

typedef void (*ImportTestFunc) (SxshWindow *window,
                                const char *dir);

typedef struct
{
  ImportTestFunc func;
  char          *dir;
  char          *db_path;
  gboolean       sample;
  gboolean       ran;
} TestRun;

static const char facilities_header[] =
  "tax_code,name,sector,admin_unit,address,employees,revenue_bn,cp_potential,first_year\n";

/* Two facilities and a third that the database already has under another
 * name and address. */
static const char good_rows[] =
  "6100001008,Công ty TNHH Cao su Kon Tum,Chế biến mủ cao su,huyện Đắk Hà,"
  "\"Thôn 1, xã Đắk Mar\",250,\"320,5\",có,2010\n"
  "6100001015,Nhà máy tinh bột sắn Sa Thầy,Chế biến tinh bột sắn,huyện Sa Thầy,"
  "\"Km 12, Quốc lộ 14C\",120,80,1,2015\n"
  "6100001022,Công ty CP Gạch Tuynel Ngọc Hồi,\"Sản xuất vật liệu xây dựng (gạch, ngói)\","
  "huyện Ngọc Hồi,Thôn Ngọc Hải,45,\"12,25\",x,2012\n";

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

static SxshImportDialog *
find_dialog (void)
{
  GtkWindow *window = find_toplevel (SXSH_TYPE_IMPORT_DIALOG);

  return window != NULL ? SXSH_IMPORT_DIALOG (window) : NULL;
}

static gboolean
no_dialog (gpointer data)
{
  return find_dialog () == NULL;
}

static gboolean
has_dialog (gpointer data)
{
  return find_dialog () != NULL;
}

static gboolean
step_is_not_working (gpointer data)
{
  return g_strcmp0 (sxsh_import_dialog_get_step (data), "working") != 0;
}

/* Waits for the check to end and returns the step it led to. */
static const char *
wait_for_check (SxshImportDialog *dialog)
{
  g_assert_true (sxsh_ui_test_wait_for (step_is_not_working, dialog, 10));
  sxsh_ui_test_iterate ();

  return sxsh_import_dialog_get_step (dialog);
}

static char *
write_file (const char *dir,
            const char *name,
            const char *header,
            const char *rows)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = g_strconcat (header, rows, NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);

  return path;
}

static gint64
count_facilities (SxshWindow *window)
{
  g_autoptr(GError) error = NULL;
  gint64 n = sxsh_database_query_int64 (sxsh_window_get_database (window),
                                        "SELECT count(*) FROM facility", -1, &error);

  g_assert_no_error (error);
  return n;
}

static char *
facility_name (SxshWindow *window,
               const char *tax_code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt = NULL;
  char *name = NULL;

  stmt = sxsh_database_prepare (sxsh_window_get_database (window),
                                "SELECT name FROM facility WHERE tax_code = ?1", &error);
  g_assert_no_error (error);
  sxsh_statement_bind_text (stmt, 1, tax_code);
  if (sxsh_statement_step (stmt, &error) == SXSH_STEP_ROW)
    name = sxsh_statement_dup_text (stmt, 0);
  g_assert_no_error (error);

  return name;
}

static SxshFacilitiesPage *
get_facilities_page (SxshWindow *window)
{
  GtkWidget *page = sxsh_window_get_page (window, "facilities");

  g_assert_true (SXSH_IS_FACILITIES_PAGE (page));
  return SXSH_FACILITIES_PAGE (page);
}

static void
insert_facility (SxshWindow *window,
                 const char *name,
                 const char *tax_code)
{
  SxshFacilityStore *store = sxsh_facilities_page_get_store (get_facilities_page (window));
  g_autoptr(SxshFacility) facility = sxsh_facility_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (facility, "name", name, "tax-code", tax_code, NULL);
  g_assert_cmpint (sxsh_facility_store_insert (store, facility, TRUE, &error), >, 0);
  g_assert_no_error (error);
}

/* Opens the dialog the way the menu and Ctrl+I do. */
static SxshImportDialog *
open_dialog (SxshWindow *window)
{
  SxshImportDialog *dialog;

  g_assert_null (find_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import", NULL));
  sxsh_ui_test_iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_cmpstr (sxsh_import_dialog_get_step (dialog), ==, "start");

  return dialog;
}

static guint
n_shown (SxshImportDialog *dialog)
{
  GtkSelectionModel *model = gtk_column_view_get_model (sxsh_import_dialog_get_column_view (dialog));

  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

/* The line of the table showing the file's row @row_number. */
static guint
find_line (SxshImportDialog *dialog,
           int               row_number)
{
  char number[16];

  g_snprintf (number, sizeof number, "%d", row_number);
  for (guint i = 0; i < n_shown (dialog); i++)
    {
      g_autofree char *text = sxsh_import_dialog_get_cell_text (dialog, i, "row");

      if (g_strcmp0 (text, number) == 0)
        return i;
    }

  g_assert_not_reached ();
}

static void
assert_cell (SxshImportDialog *dialog,
             guint             line,
             const char       *key,
             const char       *expected)
{
  g_autofree char *text = sxsh_import_dialog_get_cell_text (dialog, line, key);

  g_assert_cmpstr (text, ==, expected);
}

/* Presses Enter in the dialog, as the key's shortcut does: returns
 * whether the dialog took it. */
static gboolean
press_enter (SxshImportDialog *dialog)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (dialog));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_Return
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                 GTK_WIDGET (dialog), NULL);
        }
    }

  g_assert_not_reached ();
}

/* Tests */

static void
test_guess_kind (void)
{
  static const struct { const char *name; int kind; } cases[] = {
    { "facilities.xlsx", SXSH_IMPORT_FACILITIES },
    { "/home/ly/Tải về/co-so.csv", SXSH_IMPORT_FACILITIES },
    { "Danh sách cơ sở 2024.xlsx", SXSH_IMPORT_FACILITIES },
    { "tieu-thu.xlsx", SXSH_IMPORT_CONSUMPTION },
    { "Tiêu thụ năng lượng 2023.csv", SXSH_IMPORT_CONSUMPTION },
    { "tieu_thu_co_so.xlsx", SXSH_IMPORT_CONSUMPTION },
    { "annual-2024.csv", SXSH_IMPORT_ANNUAL },
    { "so-lieu-hang-nam.xlsx", SXSH_IMPORT_ANNUAL },
    { "mau-nhap-so-lieu-hang-nam.xlsx", SXSH_IMPORT_ANNUAL },
    { "baocao.xlsx", -1 },
    { "data.csv", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SxshImportKind kind = 99;
      gboolean guessed = sxsh_import_dialog_guess_kind (cases[i].name, &kind);

      g_test_message ("%s", cases[i].name);
      g_assert_cmpint (guessed, ==, cases[i].kind >= 0);
      if (guessed)
        g_assert_cmpint (kind, ==, cases[i].kind);
    }
}

static void
test_good_file (SxshWindow *window,
                const char *dir)
{
  g_autofree char *path = write_file (dir, "facilities.csv", facilities_header, good_rows);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SxshImportDialog) dialog = NULL;
  g_autofree char *name = NULL;
  SxshFacilityStore *store;
  guint line;

  insert_facility (window, "Nhà máy sắn Sa Thầy (tên cũ)", "6100001015");
  store = sxsh_facilities_page_get_store (get_facilities_page (window));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);

  dialog = g_object_ref (open_dialog (window));
  sxsh_import_dialog_open_file (dialog, file);
  g_assert_cmpstr (wait_for_check (dialog), ==, "preview");
  g_assert_cmpint (sxsh_import_dialog_get_kind (dialog), ==, SXSH_IMPORT_FACILITIES);

  g_assert_cmpstr (sxsh_import_dialog_get_summary_text (dialog), ==,
                   "2 to add, 1 to update, 0 unchanged");
  g_assert_null (sxsh_import_dialog_get_banner_text (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (sxsh_import_dialog_get_issue_model (dialog)), ==,
                    0);

  /* Every row of the file, in its order, with what it will do. */
  g_assert_cmpuint (n_shown (dialog), ==, 3);
  assert_cell (dialog, 0, "row", "2");
  assert_cell (dialog, 0, "action", "Add");
  assert_cell (dialog, 0, "tax_code", "6100001008");
  assert_cell (dialog, 0, "name", "Công ty TNHH Cao su Kon Tum");
  assert_cell (dialog, 0, "admin_unit", "huyện Đắk Hà");
  line = find_line (dialog, 3);
  assert_cell (dialog, line, "action", "Update");
  assert_cell (dialog, line, "name", "Nhà máy tinh bột sắn Sa Thầy");
  g_assert_true (sxsh_import_dialog_get_cell_changed (dialog, line, "name"));
  g_assert_false (sxsh_import_dialog_get_cell_changed (dialog, line, "tax_code"));
  g_assert_false (sxsh_import_dialog_get_cell_changed (dialog, 0, "name"));

  /* The filter shows the one update alone. */
  sxsh_import_dialog_set_row_filter (dialog, SXSH_IMPORT_ROWS_UPDATE);
  g_assert_cmpuint (n_shown (dialog), ==, 1);
  assert_cell (dialog, 0, "tax_code", "6100001015");
  sxsh_import_dialog_set_row_filter (dialog, SXSH_IMPORT_ROWS_ALL);
  g_assert_cmpuint (n_shown (dialog), ==, 3);

  /* Nothing is written before Import. */
  g_assert_cmpint (count_facilities (window), ==, 1);
  g_assert_true (gtk_widget_get_sensitive (sxsh_import_dialog_get_import_button (dialog)));
  g_assert_true (gtk_widget_get_visible (sxsh_import_dialog_get_import_button (dialog)));
  g_assert_true (press_enter (dialog));
  g_assert_true (sxsh_ui_test_wait_for (no_dialog, NULL, 10));
  sxsh_ui_test_iterate ();

  g_assert_cmpstr (sxsh_import_dialog_get_result_text (dialog), ==,
                   "Imported 2 facilities, updated 1");
  g_assert_cmpint (count_facilities (window), ==, 3);
  name = facility_name (window, "6100001015");
  g_assert_cmpstr (name, ==, "Nhà máy tinh bột sắn Sa Thầy");
  /* The facility list follows the database's "changed" signal. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 3);

  /* Nothing of the import holds on to the closed dialog. */
  g_assert_finalize_object (g_steal_pointer (&dialog));
}

static void
test_nothing_to_import (SxshWindow *window,
                        const char *dir)
{
  g_autofree char *path = write_file (dir, "co-so.csv", facilities_header, good_rows);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshImportPlan) plan = NULL;
  SxshImportDialog *dialog;

  /* The same file imported before, through the engine. */
  plan = sxsh_import_prepare (sxsh_window_get_database (window), SXSH_IMPORT_FACILITIES, path,
                              &error);
  g_assert_no_error (error);
  g_assert_true (sxsh_import_apply (plan, &error));
  g_assert_no_error (error);

  dialog = open_dialog (window);
  sxsh_import_dialog_open_file (dialog, file);
  g_assert_cmpstr (wait_for_check (dialog), ==, "preview");
  g_assert_cmpstr (sxsh_import_dialog_get_summary_text (dialog), ==,
                   "0 to add, 0 to update, 3 unchanged");
  g_assert_nonnull (sxsh_import_dialog_get_banner_text (dialog));
  g_assert_nonnull (strstr (sxsh_import_dialog_get_banner_text (dialog), "Nothing to import"));
  assert_cell (dialog, 0, "action", "Unchanged");
  g_assert_false (gtk_widget_get_sensitive (sxsh_import_dialog_get_import_button (dialog)));

  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (sxsh_ui_test_wait_for (no_dialog, NULL, 10));
}

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

static void
test_bad_row (SxshWindow *window,
              const char *dir)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *issues = NULL;
  g_autofree char *issue = NULL;
  g_autoptr(GObject) item = NULL;
  SxshImportDialog *dialog;
  guint line;

  /* Row 3 has a tax code of five digits. */
  path = write_file (dir, "facilities.csv", facilities_header,
                     "6100001008,Công ty TNHH Cao su Kon Tum,,,,250,,,\n"
                     "12345,Mã số thuế sai,,,,,,,\n"
                     "6100001022,Công ty CP Gạch Tuynel Ngọc Hồi,,,,45,,,\n");
  file = g_file_new_for_path (path);

  dialog = open_dialog (window);
  sxsh_import_dialog_open_file (dialog, file);
  g_assert_cmpstr (wait_for_check (dialog), ==, "preview");

  g_assert_cmpstr (sxsh_import_dialog_get_summary_text (dialog), ==,
                   "2 to add, 0 to update, 0 unchanged; 1 error, 0 warnings");
  g_assert_nonnull (sxsh_import_dialog_get_banner_text (dialog));
  g_assert_nonnull (strstr (sxsh_import_dialog_get_banner_text (dialog),
                            "Nothing will be imported until the file is fixed"));

  /* The error, in the list and on its row, with its row and column. */
  g_assert_cmpuint (g_list_model_get_n_items (sxsh_import_dialog_get_issue_model (dialog)), ==,
                    1);
  item = g_list_model_get_item (sxsh_import_dialog_get_issue_model (dialog), 0);
  g_assert_true (g_str_has_prefix (gtk_string_object_get_string (GTK_STRING_OBJECT (item)),
                                   "Row 3, column “tax_code”: “12345” is not a tax code"));
  g_assert_cmpuint (n_shown (dialog), ==, 3);
  line = find_line (dialog, 3);
  assert_cell (dialog, line, "action", "Error");
  issue = sxsh_import_dialog_get_cell_text (dialog, line, "problem");
  g_assert_true (g_str_has_prefix (issue, "“tax_code”: “12345” is not a tax code"));
  sxsh_import_dialog_set_row_filter (dialog, SXSH_IMPORT_ROWS_PROBLEMS);
  g_assert_cmpuint (n_shown (dialog), ==, 1);
  assert_cell (dialog, 0, "row", "3");
  sxsh_import_dialog_set_row_filter (dialog, SXSH_IMPORT_ROWS_ALL);

  /* Copy puts every problem on the clipboard, as text. */
  issues = sxsh_import_dialog_get_issues_text (dialog);
  g_assert_true (g_str_has_prefix (issues, "facilities.csv — 1 Error\n"));
  g_assert_nonnull (strstr (issues, "Error: Row 3, column “tax_code”:"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.copy-issues", NULL);
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (dialog)), NULL,
                                 clipboard_read_cb, &copied);
  g_assert_true (sxsh_ui_test_wait_for (is_set, &copied, 10));
  g_assert_cmpstr (copied, ==, issues);

  /* Import cannot be pressed, and the action does nothing: nothing is
   * written, not even the good rows. */
  g_assert_false (gtk_widget_get_sensitive (sxsh_import_dialog_get_import_button (dialog)));
  g_assert_false (press_enter (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  sxsh_ui_test_iterate ();
  g_assert_cmpstr (sxsh_import_dialog_get_step (dialog), ==, "preview");
  g_assert_cmpint (count_facilities (window), ==, 0);

  /* Once the file is corrected, Check Again finds it good. */
  g_assert_true (g_file_set_contents (path, facilities_header, -1, NULL));
  {
    g_autofree char *fixed = g_strconcat (facilities_header,
                                          "6100001008,Công ty TNHH Cao su Kon Tum,,,,250,,,\n",
                                          NULL);
    g_assert_true (g_file_set_contents (path, fixed, -1, NULL));
  }
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.check", NULL);
  g_assert_cmpstr (wait_for_check (dialog), ==, "preview");
  g_assert_cmpstr (sxsh_import_dialog_get_summary_text (dialog), ==,
                   "1 to add, 0 to update, 0 unchanged");
  g_assert_true (gtk_widget_get_sensitive (sxsh_import_dialog_get_import_button (dialog)));

  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (sxsh_ui_test_wait_for (no_dialog, NULL, 10));
  g_assert_cmpint (count_facilities (window), ==, 0);
}

static void
test_cancel (SxshWindow *window,
             const char *dir)
{
  g_autofree char *path = write_file (dir, "facilities.csv", facilities_header, good_rows);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SxshImportDialog *dialog;

  /* Cancelled from the preview, with Escape. */
  dialog = open_dialog (window);
  sxsh_import_dialog_open_file (dialog, file);
  g_assert_cmpstr (wait_for_check (dialog), ==, "preview");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  g_assert_true (sxsh_ui_test_wait_for (no_dialog, NULL, 10));
  g_assert_cmpint (count_facilities (window), ==, 0);

  /* Cancelled while the file is being checked. */
  dialog = open_dialog (window);
  sxsh_import_dialog_open_file (dialog, file);
  g_assert_cmpstr (sxsh_import_dialog_get_step (dialog), ==, "working");
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (sxsh_ui_test_wait_for (no_dialog, NULL, 10));
  /* The worker finishes on its own and its plan is dropped. */
  g_usleep (200000);
  sxsh_ui_test_iterate ();
  g_assert_cmpint (count_facilities (window), ==, 0);

  /* Back to the first step from the preview, then closed. */
  dialog = open_dialog (window);
  sxsh_import_dialog_open_file (dialog, file);
  g_assert_cmpstr (wait_for_check (dialog), ==, "preview");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.back", NULL);
  g_assert_cmpstr (sxsh_import_dialog_get_step (dialog), ==, "start");
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (sxsh_ui_test_wait_for (no_dialog, NULL, 10));
  g_assert_cmpint (count_facilities (window), ==, 0);
}

static void
test_unreadable (SxshWindow *window,
                 const char *dir)
{
  static const char damaged[] = "PK\003\004 this is not really a workbook";
  /* A name that is not markup, and a kind guessed from it. */
  g_autofree char *path = g_build_filename (dir, "co-so <Gạch & Ngói>.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SxshImportDialog *dialog;

  g_assert_true (g_file_set_contents (path, damaged, sizeof damaged - 1, NULL));

  dialog = open_dialog (window);
  sxsh_import_dialog_open_file (dialog, file);
  g_assert_cmpstr (wait_for_check (dialog), ==, "failed");
  g_assert_nonnull (sxsh_import_dialog_get_failure_text (dialog));
  g_assert_nonnull (strstr (sxsh_import_dialog_get_failure_text (dialog),
                            "co-so <Gạch & Ngói>.xlsx"));
  g_test_message ("%s", sxsh_import_dialog_get_failure_text (dialog));
  g_assert_false (gtk_widget_get_visible (sxsh_import_dialog_get_import_button (dialog)));

  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (sxsh_ui_test_wait_for (no_dialog, NULL, 10));
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

static gboolean
drop_file (GtkWidget *widget,
           GFile     *file)
{
  GtkDropTarget *target = find_drop_target (widget);
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_assert_nonnull (target);
  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  sxsh_ui_test_iterate ();

  return accepted;
}

static void
test_drop (SxshWindow *window,
           const char *dir)
{
  g_autofree char *consumption_path = NULL;
  g_autofree char *annual_path = NULL;
  g_autofree char *pdf_path = g_build_filename (dir, "bao-cao.pdf", NULL);
  g_autoptr(GFile) consumption = NULL;
  g_autoptr(GFile) annual = NULL;
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  SxshImportDialog *dialog;

  insert_facility (window, "Công ty TNHH Cao su Kon Tum", "6100001008");
  consumption_path = write_file (dir, "tieu-thu.csv", "tax_code,year,resource,quantity\n",
                                 "6100001008,2023,Điện năng,\"1.250.000\"\n");
  annual_path = write_file (dir, "data.csv", "Mã số thuế,Năm,Được tuyên truyền,Áp dụng SXSH\n",
                            "6100001008,2023,có,không\n");
  consumption = g_file_new_for_path (consumption_path);
  annual = g_file_new_for_path (annual_path);

  /* Not a spreadsheet: refused, no dialog. */
  g_assert_true (g_file_set_contents (pdf_path, "%PDF-1.4", -1, NULL));
  g_assert_false (drop_file (GTK_WIDGET (window), pdf));
  g_assert_null (find_dialog ());

  /* The kind from the file's name. */
  g_assert_true (drop_file (GTK_WIDGET (window), consumption));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (g_file_equal (sxsh_import_dialog_get_file (dialog), consumption));
  g_assert_cmpint (sxsh_import_dialog_get_kind (dialog), ==, SXSH_IMPORT_CONSUMPTION);
  g_assert_cmpstr (wait_for_check (dialog), ==, "preview");
  g_assert_cmpstr (sxsh_import_dialog_get_summary_text (dialog), ==,
                   "1 to add, 0 to update, 0 unchanged");
  assert_cell (dialog, 0, "facility", "Công ty TNHH Cao su Kon Tum");

  /* Dropped on the dialog, a file whose name says nothing: the kind from
   * its Vietnamese headers. */
  g_assert_true (drop_file (GTK_WIDGET (dialog), annual));
  g_assert_true (find_dialog () == dialog);
  g_assert_true (g_file_equal (sxsh_import_dialog_get_file (dialog), annual));
  g_assert_cmpstr (wait_for_check (dialog), ==, "preview");
  g_assert_cmpint (sxsh_import_dialog_get_kind (dialog), ==, SXSH_IMPORT_ANNUAL);
  g_assert_cmpstr (sxsh_import_dialog_get_summary_text (dialog), ==,
                   "1 to add, 0 to update, 0 unchanged");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  g_assert_true (sxsh_ui_test_wait_for (no_dialog, NULL, 10));
  {
    g_autoptr(GError) error = NULL;
    gint64 n = sxsh_database_query_int64 (sxsh_window_get_database (window),
                                          "SELECT count(*) FROM facility_year WHERE year = 2023 "
                                          "AND informed = 1", -1, &error);
    g_assert_no_error (error);
    g_assert_cmpint (n, ==, 1);
  }
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action_name)
{
  if (GTK_IS_BUTTON (widget)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The empty facility list offers Import…, which opens the dialog. */
static void
test_empty_state (SxshWindow *window,
                  const char *dir)
{
  GtkWidget *page = GTK_WIDGET (get_facilities_page (window));
  GtkWidget *button = find_button (page, "win.import");
  SxshImportDialog *dialog;

  /* The facilities area, as the sidebar shows it. */
  adw_view_stack_set_visible_child (ADW_VIEW_STACK (gtk_widget_get_ancestor (page,
                                                                             ADW_TYPE_VIEW_STACK)),
                                    page);
  sxsh_ui_test_iterate ();
  g_assert_cmpstr (sxsh_facilities_page_get_visible_view (SXSH_FACILITIES_PAGE (page)), ==,
                   "empty");
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Import…");

  /* A button activated by the keyboard clicks once it has shown itself
   * pressed. */
  g_assert_true (gtk_widget_activate (button));
  g_assert_true (sxsh_ui_test_wait_for (has_dialog, NULL, 10));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (sxsh_import_dialog_get_step (dialog), ==, "start");
  g_assert_null (sxsh_import_dialog_get_file (dialog));

  /* Escape closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  g_assert_true (sxsh_ui_test_wait_for (no_dialog, NULL, 10));

  /* The same action is on Ctrl+I. */
  {
    g_auto(GStrv) accels =
      gtk_application_get_accels_for_action (gtk_window_get_application (GTK_WINDOW (window)),
                                             "win.import");
    g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>i"));
  }
}

/* The kind chosen by the user is kept for the file chosen after it. */
static void
test_chosen_kind (SxshWindow *window,
                  const char *dir)
{
  g_autofree char *path = write_file (dir, "facilities.csv", facilities_header, good_rows);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SxshImportDialog *dialog;
  g_autofree char *template_path = g_build_filename (dir, "mau.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  dialog = open_dialog (window);
  sxsh_import_dialog_set_kind (dialog, SXSH_IMPORT_ANNUAL);
  sxsh_import_dialog_open_file (dialog, file);
  g_assert_cmpint (sxsh_import_dialog_get_kind (dialog), ==, SXSH_IMPORT_ANNUAL);
  g_assert_cmpstr (wait_for_check (dialog), ==, "preview");
  /* A facility list read as yearly data lacks the year. */
  g_assert_true (sxsh_import_plan_has_errors (sxsh_import_dialog_get_plan (dialog)));
  g_assert_false (gtk_widget_get_sensitive (sxsh_import_dialog_get_import_button (dialog)));

  /* Back, the right kind, and on. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.back", NULL);
  sxsh_import_dialog_set_kind (dialog, SXSH_IMPORT_FACILITIES);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.check", NULL);
  g_assert_cmpstr (wait_for_check (dialog), ==, "preview");
  g_assert_cmpstr (sxsh_import_dialog_get_summary_text (dialog), ==,
                   "3 to add, 0 to update, 0 unchanged");

  /* Download Template… writes the workbook of the kind chosen, with the
   * headers the import reads. */
  {
    g_autoptr(GFile) template_file = g_file_new_for_path (template_path);
    g_autoptr(SxshTable) table = NULL;
    SxshSheet *sheet;

    sxsh_import_dialog_set_kind (dialog, SXSH_IMPORT_CONSUMPTION);
    g_assert_true (sxsh_import_dialog_save_template (dialog, template_file, &error));
    g_assert_no_error (error);
    table = sxsh_table_read (template_path, &error);
    g_assert_no_error (error);
    sheet = sxsh_table_get_sheet (table, 0);
    g_assert_cmpstr (sxsh_sheet_get_name (sheet), ==, "Tiêu thụ");
    g_assert_cmpstr (sxsh_sheet_get_cell (sheet, 0, 0)->text, ==, "Mã số thuế");
  }

  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (sxsh_ui_test_wait_for (no_dialog, NULL, 10));
  g_assert_cmpint (count_facilities (window), ==, 0);
}

/* Renders a window into a PNG, as the user sees it. */
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

/* The sample province as an officer would export it: Vietnamese headers,
 * decimal commas, units named with their district. */
static const char export_sql[] =
  "SELECT f.tax_code, f.name, s.name, u.kind, u.name, p.kind, p.name, f.address, f.employees, "
  "f.revenue, f.capital, f.cp_potential, f.first_year, f.last_year, f.main_products "
  "FROM facility f LEFT JOIN sector s ON s.id = f.sector_id "
  "LEFT JOIN admin_unit u ON u.id = f.admin_unit_id "
  "LEFT JOIN admin_unit p ON p.id = u.parent_id ORDER BY f.id";

static void
append_field (GString    *line,
              guint      *n_fields,
              const char *value)
{
  if ((*n_fields)++ > 0)
    g_string_append_c (line, ',');
  if (value == NULL)
    return;
  if (strpbrk (value, ",\"\n") != NULL)
    {
      g_autoptr(GString) quoted = g_string_new (value);

      g_string_replace (quoted, "\"", "\"\"", 0);
      g_string_append_printf (line, "\"%s\"", quoted->str);
    }
  else
    g_string_append (line, value);
}

static char *
format_billions (SxshStatement *stmt,
                 int            column)
{
  gint64 vnd;
  g_autofree char *fraction = NULL;
  char *end;

  if (sxsh_statement_is_null (stmt, column))
    return g_strdup ("");
  vnd = sxsh_statement_get_int64 (stmt, column);
  if (vnd % 1000000000 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, vnd / 1000000000);
  fraction = g_strdup_printf ("%09" G_GINT64_FORMAT, vnd % 1000000000);
  for (end = fraction + strlen (fraction) - 1; *end == '0'; end--)
    *end = '\0';

  return g_strdup_printf ("%" G_GINT64_FORMAT ",%s", vnd / 1000000000, fraction);
}

static char *
format_int (SxshStatement *stmt,
            int            column,
            int            add)
{
  if (sxsh_statement_is_null (stmt, column))
    return g_strdup ("");

  return g_strdup_printf ("%" G_GINT64_FORMAT, sxsh_statement_get_int64 (stmt, column) + add);
}

static const char * const new_facilities[] = {
  "6101700016,Công ty TNHH Chế biến nông sản Đắk Tô,Chế biến nông sản khác,"
  "\"thị trấn Đắk Tô, huyện Đắk Tô\",\"Tổ dân phố 4, thị trấn Đắk Tô\",38,\"15,6\",\"4,2\",có,2024,,"
  "\"Hạt điều, mắc ca sấy\",Trần Thị Hòa",
  "6101700023,HTX Cà phê sạch Măng Đen,Chế biến cà phê,\"thị trấn Măng Đen, huyện Kon Plông\","
  "\"Thôn Kon Tu Rằng, thị trấn Măng Đen\",24,\"7,35\",\"2,8\",có,2025,,Cà phê nhân xô,"
  "Nguyễn Văn Hùng",
  "610170003,Cơ sở sản xuất gạch không nung Ngọc Hồi,\"Sản xuất vật liệu xây dựng (gạch, ngói)\","
  "\"thị trấn Plei Kần, huyện Ngọc Hồi\",\"Khối 6, thị trấn Plei Kần\",18,\"3,1\",\"1,5\",x,2025,,"
  "Gạch block,Lê Minh Đức",
  "6101700048,Công ty CP Thủy điện Đắk Pô Kô,Sản xuất điện (thủy điện),"
  "\"xã Pô Kô, huyện Đắk Tô\",Thôn Tê Pên,45,\"62,5\",\"410\",không,2024,,Điện năng,"
  "Phạm Quốc Việt",
  "6101700055,Công ty TNHH Dệt thổ cẩm Kon Rẫy,Dệt may,\"thị trấn Đắk Rve, huyện Kon Rẫy\","
  "\"Thôn 3, thị trấn Đắk Rve\",31,\"4,75\",\"1,2\",có,2025,,Thổ cẩm dệt tay,Y Nhưng",
};

/* The preview of a realistic file, for the documentation: the sample
 * province exported, three facilities changed, five new ones of which one
 * has a tax code of nine digits, and a column of the officer's own.
 * Written to $SXSH_SCREENSHOT_DIR/import.png when that is set. */
static void
test_screenshot (SxshWindow *window,
                 const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt = NULL;
  g_autoptr(GString) csv = g_string_new ("Mã số thuế,Tên cơ sở,Ngành,Địa bàn,Địa chỉ,Số lao động,"
                                         "Doanh thu (tỷ đồng),Vốn (tỷ đồng),Có tiềm năng SXSH,"
                                         "Năm bắt đầu,Năm kết thúc,Sản phẩm chính,"
                                         "Người cập nhật\n");
  g_autofree char *path = g_build_filename (dir, "danh-sach-co-so-2025.csv", NULL);
  g_autofree char *png = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *out_dir = g_getenv ("SXSH_SCREENSHOT_DIR");
  SxshImportDialog *dialog;
  int rc, n = 0;

  stmt = sxsh_database_prepare (sxsh_window_get_database (window), export_sql, &error);
  g_assert_no_error (error);
  while ((rc = sxsh_statement_step (stmt, &error)) == SXSH_STEP_ROW)
    {
      g_autofree char *unit = NULL;
      g_autofree char *name = NULL;
      g_autofree char *address = NULL;
      g_autofree char *employees = NULL;
      g_autofree char *revenue = format_billions (stmt, 9);
      g_autofree char *capital = format_billions (stmt, 10);
      g_autofree char *first_year = format_int (stmt, 12, 0);
      g_autofree char *last_year = format_int (stmt, 13, 0);
      guint n_fields = 0;

      n++;
      unit = g_strdup_printf ("%s %s, %s %s", sxsh_statement_get_text (stmt, 3),
                              sxsh_statement_get_text (stmt, 4), sxsh_statement_get_text (stmt, 5),
                              sxsh_statement_get_text (stmt, 6));
      /* Three facilities changed since the last import: a new name, more
       * workers, a move. */
      name = n == 2 ? g_strconcat (sxsh_statement_get_text (stmt, 1), " (Chi nhánh Đắk Hà)", NULL)
                    : g_strdup (sxsh_statement_get_text (stmt, 1));
      employees = format_int (stmt, 8, n == 5 ? 35 : 0);
      address = n == 8 ? g_strdup ("Lô B4, Cụm công nghiệp Hòa Bình, thành phố Kon Tum")
                       : g_strdup (sxsh_statement_get_text (stmt, 7));

      append_field (csv, &n_fields, sxsh_statement_get_text (stmt, 0));
      append_field (csv, &n_fields, name);
      append_field (csv, &n_fields, sxsh_statement_get_text (stmt, 2));
      append_field (csv, &n_fields, unit);
      append_field (csv, &n_fields, address);
      append_field (csv, &n_fields, employees);
      append_field (csv, &n_fields, revenue);
      append_field (csv, &n_fields, capital);
      append_field (csv, &n_fields, sxsh_statement_get_int (stmt, 11) ? "có" : "không");
      append_field (csv, &n_fields, first_year);
      append_field (csv, &n_fields, last_year);
      append_field (csv, &n_fields, sxsh_statement_get_text (stmt, 14));
      append_field (csv, &n_fields, "Nguyễn Thị Lý");
      g_string_append_c (csv, '\n');

      /* The new facilities, typed in after the first ones. */
      if (n == 9)
        for (guint i = 0; i < G_N_ELEMENTS (new_facilities); i++)
          g_string_append_printf (csv, "%s\n", new_facilities[i]);
    }
  g_assert_cmpint (rc, ==, SXSH_STEP_DONE);
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, &error));
  g_assert_no_error (error);

  dialog = open_dialog (window);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 1280, 800);
  sxsh_import_dialog_open_file (dialog, file);
  g_assert_cmpstr (wait_for_check (dialog), ==, "preview");
  g_assert_cmpint (sxsh_import_dialog_get_kind (dialog), ==, SXSH_IMPORT_FACILITIES);
  g_assert_cmpstr (sxsh_import_dialog_get_summary_text (dialog), ==,
                   "4 to add, 3 to update, 297 unchanged; 1 error, 1 warning");
  g_assert_false (gtk_widget_get_sensitive (sxsh_import_dialog_get_import_button (dialog)));

  /* Let the table draw its rows. */
  {
    gint64 until = g_get_monotonic_time () + 500000;
    while (g_get_monotonic_time () < until)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (5000);
      }
  }

  png = g_build_filename (out_dir != NULL ? out_dir : dir, "import.png", NULL);
  save_screenshot (GTK_WIDGET (dialog), png);
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));

  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (sxsh_ui_test_wait_for (no_dialog, NULL, 10));
}

/* Harness: the real application, started with --db as a user would. */

static void
activate_after_cb (GApplication *app,
                   TestRun      *run)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GList) windows = NULL;

  g_assert_true (SXSH_IS_WINDOW (window));
  sxsh_ui_test_iterate ();

  run->func (SXSH_WINDOW (window), run->dir);
  run->ran = TRUE;

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  sxsh_ui_test_iterate ();
}

static void
run_window_test (gconstpointer data)
{
  g_autoptr(SxshApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  TestRun run = { (ImportTestFunc) data, NULL, NULL, FALSE, FALSE };
  char *argv[4];

  run.dir = g_dir_make_tmp ("sxsh-import-ui-XXXXXX", &error);
  g_assert_no_error (error);
  run.db_path = g_build_filename (run.dir, "test.db", NULL);
  run.sample = g_str_has_suffix (g_test_get_path (), "/screenshot");
  if (run.sample)
    {
      g_autoptr(SxshDatabase) db = sxsh_database_open (run.db_path, &error);

      g_assert_no_error (error);
      g_assert_true (sxsh_sample_generate (db, SXSH_SAMPLE_DEFAULT_FACILITIES,
                                           SXSH_SAMPLE_DEFAULT_SEED, &error));
      g_assert_no_error (error);
    }

  argv[0] = (char *) "sxsh";
  argv[1] = (char *) "--db";
  argv[2] = run.db_path;
  argv[3] = NULL;

  app = sxsh_application_new ();
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_after_cb), &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);
  g_assert_true (run.ran);

  g_clear_object (&app);
  sxsh_test_remove_tree (run.dir);
  g_free (run.dir);
  g_free (run.db_path);
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

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/sxsh/ui/import/guess-kind", test_guess_kind);
#define ADD(path, func) \
  g_test_add_data_func ("/sxsh/ui/import/" path, (gconstpointer) func, run_window_test)

  ADD ("empty-state", test_empty_state);
  ADD ("good-file", test_good_file);
  ADD ("nothing-to-import", test_nothing_to_import);
  ADD ("bad-row", test_bad_row);
  ADD ("cancel", test_cancel);
  ADD ("unreadable", test_unreadable);
  ADD ("drop", test_drop);
  ADD ("chosen-kind", test_chosen_kind);
  ADD ("screenshot", test_screenshot);

#undef ADD

  return g_test_run ();
}

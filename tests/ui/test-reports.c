/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "sxsh-annual-report-export.h"
#include "sxsh-application.h"
#include "sxsh-certificate-pdf.h"
#include "sxsh-database.h"
#include "sxsh-document-number.h"
#include "sxsh-error.h"
#include "sxsh-pdf-preview.h"
#include "sxsh-print.h"
#include "sxsh-reference.h"
#include "sxsh-reminder-pdf.h"
#include "sxsh-report-text.h"
#include "sxsh-reports-page-private.h"
#include "sxsh-sample.h"
#include "sxsh-settings.h"
#include "sxsh-window.h"
#include "sxsh-ui-test-util.h"
#include "sxsh-test-util.h"

/* The Reports area in the real application, on the sample province: the
 * preview against the PDF written by the documents library, the narrative
 * saved as it is typed and shown in the next preview, Save as PDF and as
 * Excel through the function the buttons call, the report's number taken
 * only then, a cancelled save that leaves nothing behind, the print path
 * exporting to a PDF, the reminder letters, and a screenshot. */

#define YEAR 2025
#define SAMPLE_FACILITIES 120
#define SAMPLE_SEED 7

typedef void (*ReportsTestFunc) (SxshWindow *window);

typedef struct
{
  ReportsTestFunc func;
} TestCase;

typedef struct
{
  const TestCase *test;
  char           *tmpdir;
  char           *db_path;
  gboolean        ran;
} TestRun;

static TestRun *current_run;

static void
settle (void)
{
  for (int i = 0; i < 10; i++)
    {
      sxsh_ui_test_iterate ();
      g_usleep (10000);
    }
}

/* The database */

static void
make_database (const char *path)
{
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = sxsh_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sxsh_reference_load (db, &error));
  g_assert_no_error (error);
  g_assert_true (sxsh_sample_generate (db, SAMPLE_FACILITIES, SAMPLE_SEED, &error));
  g_assert_no_error (error);
}

/* Running the application */

static void
activate_after_cb (GApplication *app,
                   TestRun      *run)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GList) windows = NULL;

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_assert_true (SXSH_IS_WINDOW (window));
  sxsh_ui_test_iterate ();

  run->test->func (SXSH_WINDOW (window));
  run->ran = TRUE;

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  sxsh_ui_test_iterate ();
}

static void
run_reports_test (gconstpointer data)
{
  const TestCase *test = data;
  g_autoptr(SxshApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  TestRun run = { test, NULL, NULL, FALSE };
  char *argv[4];
  int status;

  run.tmpdir = g_dir_make_tmp ("sxsh-reports-test-XXXXXX", &error);
  g_assert_no_error (error);
  run.db_path = g_build_filename (run.tmpdir, "test.db", NULL);
  make_database (run.db_path);
  current_run = &run;

  argv[0] = (char *) "sxsh";
  argv[1] = (char *) "--db";
  argv[2] = run.db_path;
  argv[3] = NULL;

  app = sxsh_application_new ();
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_after_cb), &run);
  status = g_application_run (G_APPLICATION (app), 3, argv);

  g_assert_cmpint (status, ==, 0);
  g_assert_true (run.ran);

  g_clear_object (&app);
  current_run = NULL;
  sxsh_test_remove_tree (run.tmpdir);
  g_free (run.tmpdir);
  g_free (run.db_path);
}

/* Helpers */

static char *
test_path (const char *name)
{
  return g_build_filename (current_run->tmpdir, name, NULL);
}

static SxshReportsPage *
get_reports (SxshWindow *window)
{
  GtkWidget *page = sxsh_window_get_page (window, "reports");

  g_assert_true (SXSH_IS_REPORTS_PAGE (page));
  return SXSH_REPORTS_PAGE (page);
}

static gboolean
page_idle (gpointer data)
{
  return !sxsh_reports_page_is_busy (data);
}

static void
wait_idle (SxshReportsPage *page)
{
  g_assert_true (sxsh_ui_test_wait_for (page_idle, page, 30));
  settle ();
}

/* Shows the Reports area in @year and waits for its preview. */
static SxshReportsPage *
show_reports (SxshWindow *window,
              int         year)
{
  SxshReportsPage *page = get_reports (window);
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (page), ADW_TYPE_VIEW_STACK);

  sxsh_window_set_year (window, year);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "reports");
  settle ();
  g_assert_cmpint (sxsh_reports_page_get_year (page), ==, year);
  wait_idle (page);
  return page;
}

/* The text of a PDF, its white space collapsed so that wrapped lines read
 * as one. */
static char *
document_text (PopplerDocument *document)
{
  GString *text = g_string_new (NULL);
  int n = poppler_document_get_n_pages (document);
  gboolean space = FALSE;

  for (int i = 0; i < n; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      for (const char *p = page_text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_isspace (c))
            space = TRUE;
          else
            {
              if (space && text->len > 0)
                g_string_append_c (text, ' ');
              space = FALSE;
              g_string_append_unichar (text, c);
            }
        }
      space = TRUE;
    }
  return g_string_free (text, FALSE);
}

static char *
first_page_text (PopplerDocument *document)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, 0);

  g_assert_nonnull (page);
  return poppler_page_get_text (page);
}

static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *document;

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

/* The last number of the report series in the year documents are dated,
 * this year. */
static int
last_number (SxshWindow *window,
             const char *series)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  int last = -1;

  g_assert_true (sxsh_document_number_get_last (sxsh_window_get_database (window), series,
                                                g_date_time_get_year (now), &last, &error));
  g_assert_no_error (error);
  return last;
}

static guint
count_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* The tests */

/* The preview shows the draft of the year's report: as many pages as the
 * PDF the documents library writes, with its title on the first page. */
static void
check_preview (SxshWindow *window)
{
  SxshReportsPage *page = show_reports (window, YEAR);
  SxshPdfPreview *preview = sxsh_reports_page_get_preview (page);
  PopplerDocument *shown;
  g_autofree char *path = test_path ("reference.pdf");
  g_autoptr(PopplerDocument) reference = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  g_autofree char *expected_label = NULL;
  guint n_pages = 0;
  double zoom;

  g_assert_cmpstr (sxsh_reports_page_get_visible_view (page), ==, "preview");
  shown = sxsh_pdf_preview_get_document (preview);
  g_assert_nonnull (shown);

  g_assert_true (sxsh_annual_report_write (sxsh_window_get_database (window), YEAR,
                                           SXSH_REPORT_FORMAT_PDF, path, NULL, NULL, NULL, NULL,
                                           NULL, &n_pages, &error));
  g_assert_no_error (error);
  reference = open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (reference), ==, n_pages);
  g_assert_cmpuint (n_pages, >, 3);
  g_assert_cmpuint (sxsh_pdf_preview_get_n_pages (preview), ==, n_pages);
  g_assert_cmpint (poppler_document_get_n_pages (shown), ==, n_pages);

  text = first_page_text (shown);
  g_assert_nonnull (strstr (text, "BÁO CÁO"));
  g_assert_nonnull (strstr (text, "năm 2025"));
  /* A draft: no number taken, the number left blank. */
  g_assert_nonnull (strstr (text, "…/BC-SCT"));

  label = sxsh_pdf_preview_dup_page_label (preview);
  expected_label = g_strdup_printf ("Page 1 of %u", n_pages);
  g_assert_cmpstr (label, ==, expected_label);

  /* Zoom: in and out by steps, Ctrl+0's action back to the page width. */
  g_assert_true (sxsh_pdf_preview_get_fit_width (preview));
  zoom = sxsh_pdf_preview_get_zoom (preview);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-in", NULL));
  g_assert_cmpfloat (sxsh_pdf_preview_get_zoom (preview), >, zoom);
  g_assert_false (sxsh_pdf_preview_get_fit_width (preview));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-out", NULL));
  g_assert_cmpfloat (sxsh_pdf_preview_get_zoom (preview), <, zoom);
  sxsh_pdf_preview_set_fit_width (preview, TRUE);
  g_assert_cmpfloat_with_epsilon (sxsh_pdf_preview_get_zoom (preview), zoom, 0.001);

  /* Going to a page makes it the current one. */
  sxsh_pdf_preview_show_page (preview, 2);
  settle ();
  g_assert_cmpuint (sxsh_pdf_preview_get_current_page (preview), ==, 2);
  g_clear_pointer (&label, g_free);
  g_clear_pointer (&expected_label, g_free);
  label = sxsh_pdf_preview_dup_page_label (preview);
  expected_label = g_strdup_printf ("Page 3 of %u", n_pages);
  g_assert_cmpstr (label, ==, expected_label);

  /* Another year: the preview follows. */
  page = show_reports (window, 2024);
  g_clear_pointer (&text, g_free);
  text = first_page_text (sxsh_pdf_preview_get_document (preview));
  g_assert_nonnull (strstr (text, "năm 2024"));

  /* Previews take no number. */
  g_assert_cmpint (last_number (window, SXSH_SETTING_REPORT_SERIES), ==, 0);
  /* and leave no file behind. */
  g_assert_cmpuint (count_files (sxsh_reports_page_get_work_dir (page)), ==, 0);
}

static void
type_text (GtkTextView *view,
           const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_insert_at_cursor (buffer, text, -1);
}

/* What the officer types is saved for the year and appears in the next
 * preview; another year has its own text. */
static void
check_narrative (SxshWindow *window)
{
  static const char achievements[] = "Các cơ sở chế biến tinh bột sắn đã giảm rõ rệt "
                                     "lượng nước thải nhờ thu hồi nước rửa củ.";
  static const char proposals[] = "Đề nghị Bộ Công Thương hỗ trợ thêm một mô hình trình diễn.";
  SxshReportsPage *page = show_reports (window, YEAR);
  SxshDatabase *db = sxsh_window_get_database (window);
  GtkTextView *view = sxsh_reports_page_get_section_view (page,
                                                          SXSH_REPORT_SECTION_ACHIEVEMENTS);
  g_autofree char *saved = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  g_autofree char *shown = NULL;

  g_assert_nonnull (view);
  type_text (view, achievements);
  type_text (sxsh_reports_page_get_section_view (page, SXSH_REPORT_SECTION_PROPOSALS),
             proposals);
  g_assert_true (sxsh_reports_page_is_busy (page));
  wait_idle (page);

  saved = sxsh_report_text_get (db, YEAR, SXSH_REPORT_SECTION_ACHIEVEMENTS);
  g_assert_cmpstr (saved, ==, achievements);
  g_clear_pointer (&saved, g_free);
  saved = sxsh_report_text_get (db, YEAR, SXSH_REPORT_SECTION_PROPOSALS);
  g_assert_cmpstr (saved, ==, proposals);

  text = document_text (sxsh_pdf_preview_get_document (sxsh_reports_page_get_preview (page)));
  g_assert_nonnull (strstr (text, "nhờ thu hồi nước rửa củ."));
  g_assert_nonnull (strstr (text, "hỗ trợ thêm một mô hình trình diễn."));

  /* Another year shows its own (empty) narrative; the first comes back. */
  page = show_reports (window, 2024);
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  shown = gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, "");
  g_clear_pointer (&saved, g_free);
  saved = sxsh_report_text_get (db, 2024, SXSH_REPORT_SECTION_ACHIEVEMENTS);
  g_assert_cmpstr (saved, ==, "");

  /* Typed and the year changed before the pause: saved in its own year. */
  type_text (view, "Năm 2024 được giữ riêng.");
  sxsh_window_set_year (window, YEAR);
  g_clear_pointer (&saved, g_free);
  saved = sxsh_report_text_get (db, 2024, SXSH_REPORT_SECTION_ACHIEVEMENTS);
  g_assert_cmpstr (saved, ==, "Năm 2024 được giữ riêng.");
  wait_idle (page);
  g_clear_pointer (&shown, g_free);
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  shown = gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, achievements);
}

/* Save as PDF takes the report's number, once; Save as Excel and the
 * preview take none. */
static void
check_save (SxshWindow *window)
{
  SxshReportsPage *page = show_reports (window, YEAR);
  g_autofree char *pdf_path = test_path ("Bao-cao-SXSH-2025.pdf");
  g_autofree char *xlsx_path = test_path ("Bao-cao-SXSH-2025.xlsx");
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GFile) xlsx = g_file_new_for_path (xlsx_path);
  g_autofree char *second_path = test_path ("second.pdf");
  g_autoptr(GFile) second = g_file_new_for_path (second_path);
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  gsize length = 0;
  AdwToast *toast;
  int before;

  name = sxsh_reports_page_dup_file_name (page, SXSH_REPORT_FORMAT_PDF);
  g_assert_cmpstr (name, ==, "Bao-cao-SXSH-2025.pdf");
  g_clear_pointer (&name, g_free);
  name = sxsh_reports_page_dup_file_name (page, SXSH_REPORT_FORMAT_XLSX);
  g_assert_cmpstr (name, ==, "Bao-cao-SXSH-2025.xlsx");

  before = last_number (window, SXSH_SETTING_REPORT_SERIES);
  g_assert_cmpint (before, ==, 0);

  sxsh_reports_page_save (page, SXSH_REPORT_FORMAT_PDF, pdf);
  /* While it is written, Save and Print wait. */
  g_assert_false (sxsh_reports_page_get_action_enabled (page, "reports.save-pdf"));
  g_assert_false (sxsh_reports_page_get_action_enabled (page, "reports.print"));
  g_assert_true (sxsh_reports_page_get_action_enabled (page, "reports.cancel"));
  sxsh_reports_page_save (page, SXSH_REPORT_FORMAT_PDF, second);
  wait_idle (page);
  g_assert_true (g_file_test (pdf_path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (second_path, G_FILE_TEST_EXISTS));
  g_assert_true (sxsh_reports_page_get_action_enabled (page, "reports.save-pdf"));
  g_assert_false (sxsh_reports_page_get_action_enabled (page, "reports.cancel"));
  g_assert_cmpint (last_number (window, SXSH_SETTING_REPORT_SERIES), ==, before + 1);
  document = open_pdf (pdf_path);
  text = first_page_text (document);
  g_assert_nonnull (strstr (text, "BÁO CÁO"));
  g_assert_nonnull (strstr (text, "Số: 1/BC-SCT"));
  toast = sxsh_reports_page_get_toast (page);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Report 1/BC-SCT saved");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Open");

  /* The workbook: a zip file, and no number taken. */
  sxsh_reports_page_save (page, SXSH_REPORT_FORMAT_XLSX, xlsx);
  wait_idle (page);
  g_assert_true (g_file_get_contents (xlsx_path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpmem (contents, 2, "PK", 2);
  g_assert_cmpint (last_number (window, SXSH_SETTING_REPORT_SERIES), ==, before + 1);
  expected = g_strdup_printf ("“%s” saved", "Bao-cao-SXSH-2025.xlsx");
  g_assert_cmpstr (adw_toast_get_title (sxsh_reports_page_get_toast (page)), ==, expected);

  /* The next preview is still a draft. */
  gtk_widget_activate_action (GTK_WIDGET (page), "reports.refresh", NULL);
  wait_idle (page);
  g_clear_pointer (&text, g_free);
  text = first_page_text (sxsh_pdf_preview_get_document (sxsh_reports_page_get_preview (page)));
  g_assert_nonnull (strstr (text, "…/BC-SCT"));
  g_assert_cmpint (last_number (window, SXSH_SETTING_REPORT_SERIES), ==, before + 1);

  /* Only what was asked for is in the folder. */
  g_assert_cmpuint (count_files (sxsh_reports_page_get_work_dir (page)), ==, 0);
}

/* Cancel during a save: no file, no half file, no number. */
static void
check_cancel (SxshWindow *window)
{
  SxshReportsPage *page = show_reports (window, YEAR);
  g_autofree char *pdf_path = test_path ("cancelled.pdf");
  g_autofree char *part_path = g_strconcat (pdf_path, ".part", NULL);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  AdwToast *toast;
  int before = last_number (window, SXSH_SETTING_REPORT_SERIES);

  sxsh_reports_page_save (page, SXSH_REPORT_FORMAT_PDF, pdf);
  g_assert_true (sxsh_reports_page_is_busy (page));
  /* The Cancel button's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "reports.cancel", NULL));
  wait_idle (page);

  g_assert_false (g_file_test (pdf_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (part_path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (last_number (window, SXSH_SETTING_REPORT_SERIES), ==, before);
  toast = sxsh_reports_page_get_toast (page);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "cancelled"));
  g_assert_cmpuint (count_files (current_run->tmpdir), ==, 1 + 2);   /* the database, -wal, -shm */

  /* A preview cancelled keeps the one shown, and leaves no file. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "reports.refresh", NULL));
  g_assert_true (sxsh_reports_page_is_generating (page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "reports.cancel", NULL));
  wait_idle (page);
  g_assert_cmpstr (sxsh_reports_page_get_visible_view (page), ==, "preview");
  g_assert_nonnull (sxsh_pdf_preview_get_document (sxsh_reports_page_get_preview (page)));
  g_assert_cmpuint (count_files (sxsh_reports_page_get_work_dir (page)), ==, 0);
}

/* The print path, exported to a PDF: the report with its number. */
static void
check_print (SxshWindow *window)
{
  SxshReportsPage *page = show_reports (window, YEAR);
  g_autofree char *path = test_path ("printed.pdf");
  g_autoptr(PopplerDocument) printed = NULL;
  g_autofree char *text = NULL;
  guint n_pages = sxsh_pdf_preview_get_n_pages (sxsh_reports_page_get_preview (page));
  int before = last_number (window, SXSH_SETTING_REPORT_SERIES);
  g_autofree char *settings_path = NULL;
  double width, height;

  sxsh_reports_page_print (page, GTK_PRINT_OPERATION_ACTION_EXPORT, path);
  wait_idle (page);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  printed = open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (printed), ==, n_pages);
  text = first_page_text (printed);
  g_assert_nonnull (strstr (text, "BÁO CÁO"));
  g_assert_nonnull (strstr (text, "Số: 1/BC-SCT"));
  g_assert_cmpint (last_number (window, SXSH_SETTING_REPORT_SERIES), ==, before + 1);
  g_assert_cmpstr (adw_toast_get_title (sxsh_reports_page_get_toast (page)), ==,
                   "Report 1/BC-SCT sent to the printer");

  /* The print settings are kept for the next print. */
  settings_path = g_build_filename (g_get_user_config_dir (), "sxsh", "print.ini", NULL);
  g_assert_true (g_file_test (settings_path, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (sxsh_print_get_settings ());

  /* A4 portrait, printed at its own size. */
  {
    g_autoptr(PopplerPage) first = poppler_document_get_page (printed, 0);

    poppler_page_get_size (first, &width, &height);
    g_assert_cmpfloat_with_epsilon (width, 595.3, 1.0);
    g_assert_cmpfloat_with_epsilon (height, 841.9, 1.0);
  }
  g_assert_cmpuint (count_files (sxsh_reports_page_get_work_dir (page)), ==, 0);
}

static GtkWidget *
find_print_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      /* GtkPrintUnixDialog, by name: its header needs gtk4-unix-print. */
      if (g_str_equal (G_OBJECT_TYPE_NAME (window), "GtkPrintUnixDialog")
          && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

static gboolean
print_dialog_shown (gpointer data)
{
  return find_print_dialog () != NULL;
}

/* Print… shows the print dialog first; closed without printing, it takes
 * no number and writes nothing. */
static void
check_print_dialog (SxshWindow *window)
{
  SxshReportsPage *page = show_reports (window, YEAR);
  int before = last_number (window, SXSH_SETTING_REPORT_SERIES);
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "reports.print", NULL));
  g_assert_true (sxsh_ui_test_wait_for (print_dialog_shown, NULL, 30));
  g_assert_false (sxsh_reports_page_get_action_enabled (page, "reports.print"));
  dialog = find_print_dialog ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  wait_idle (page);
  g_assert_null (find_print_dialog ());
  g_assert_true (sxsh_reports_page_get_action_enabled (page, "reports.print"));
  g_assert_cmpint (last_number (window, SXSH_SETTING_REPORT_SERIES), ==, before);
  g_assert_cmpuint (count_files (sxsh_reports_page_get_work_dir (page)), ==, 0);
}

static gboolean
widget_visible (gpointer data)
{
  return gtk_widget_is_visible (data);
}

static gboolean
widget_hidden (gpointer data)
{
  return !gtk_widget_is_visible (data);
}

/* In a narrow window the text and the preview take turns, with a switch
 * between them. */
static void
check_narrow (SxshWindow *window)
{
  GtkWidget *narrow = gtk_window_new ();
  SxshReportsPage *page = sxsh_reports_page_new (sxsh_window_get_database (window), NULL);
  GtkToggleButton *preview_toggle = sxsh_reports_page_get_preview_toggle (page);
  GtkWidget *preview = GTK_WIDGET (sxsh_reports_page_get_preview (page));
  GtkWidget *text = GTK_WIDGET (sxsh_reports_page_get_section_view (page,
                                                                    SXSH_REPORT_SECTION_NOTE_RESULTS));

  gtk_window_set_default_size (GTK_WINDOW (narrow), 560, 700);
  gtk_window_set_child (GTK_WINDOW (narrow), GTK_WIDGET (page));
  sxsh_reports_page_set_year (page, YEAR);
  gtk_window_present (GTK_WINDOW (narrow));
  wait_idle (page);

  g_assert_true (sxsh_ui_test_wait_for (widget_visible, preview_toggle, 30));
  g_assert_true (gtk_widget_get_mapped (text));
  g_assert_false (gtk_widget_get_mapped (preview));

  gtk_toggle_button_set_active (preview_toggle, TRUE);
  settle ();
  g_assert_true (gtk_widget_get_mapped (preview));
  g_assert_false (gtk_widget_get_mapped (text));
  g_assert_cmpuint (sxsh_pdf_preview_get_n_pages (SXSH_PDF_PREVIEW (preview)), >, 3);

  /* Wide again: side by side, no switch. */
  gtk_window_set_default_size (GTK_WINDOW (narrow), 1300, 700);
  settle ();
  g_assert_true (gtk_widget_get_mapped (preview));
  g_assert_true (gtk_widget_get_mapped (text));
  g_assert_true (sxsh_ui_test_wait_for (widget_hidden, preview_toggle, 30));
  gtk_window_destroy (GTK_WINDOW (narrow));
}

/* The function the certificate register prints with: a landscape
 * certificate comes out across the paper. */
static void
check_print_file (SxshWindow *window)
{
  SxshDatabase *db = sxsh_window_get_database (window);
  g_autofree char *certificate_path = test_path ("certificate.pdf");
  g_autofree char *printed_path = test_path ("certificate-printed.pdf");
  g_autoptr(GPtrArray) certificates = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(PopplerDocument) printed = NULL;
  g_autoptr(PopplerPage) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt = NULL;
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  const char *numbers[2] = { NULL, NULL };
  GtkPrintOperationResult result;
  double width, height;
  guint n_pages = 0;

  stmt = sxsh_database_prepare (db, "SELECT number FROM certificate WHERE status = 'valid' "
                                    "ORDER BY id LIMIT 1", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sxsh_statement_step (stmt, &error), ==, SXSH_STEP_ROW);
  number = sxsh_statement_dup_text (stmt, 0);
  g_clear_pointer (&stmt, sxsh_statement_release);
  numbers[0] = number;
  certificates = sxsh_certificate_pdf_lookup (db, numbers, &error);
  g_assert_no_error (error);
  g_assert_true (sxsh_certificate_pdf_write (db, certificates, FALSE, certificate_path, &n_pages,
                                             &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, 1);

  operation = sxsh_print_operation_new ();
  g_assert_true (sxsh_print_operation_set_pdf (operation, certificate_path, &error));
  g_assert_no_error (error);
  gtk_print_operation_set_export_filename (operation, printed_path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  printed = open_pdf (printed_path);
  g_assert_cmpint (poppler_document_get_n_pages (printed), ==, 1);
  first = poppler_document_get_page (printed, 0);
  poppler_page_get_size (first, &width, &height);
  g_assert_cmpfloat (width, >, height);
  text = poppler_page_get_text (first);
  g_assert_nonnull (strstr (text, number));

  /* What Print Certificate calls: the print dialog, for the officer to
   * choose the printer. */
  g_assert_true (sxsh_print_pdf_file (GTK_WINDOW (window), certificate_path, &error));
  g_assert_no_error (error);
  g_assert_true (sxsh_ui_test_wait_for (print_dialog_shown, NULL, 30));
  gtk_dialog_response (GTK_DIALOG (find_print_dialog ()), GTK_RESPONSE_CANCEL);
  settle ();
  g_assert_null (find_print_dialog ());

  /* A file that is not a PDF is refused with a message, not printed. */
  g_assert_false (sxsh_print_pdf_file (GTK_WINDOW (window), current_run->db_path, &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT);
}

/* The reminder letters of the year: one per overdue reporter, listed
 * beside the preview; no workbook for them. */
static void
check_reminders (SxshWindow *window)
{
  SxshReportsPage *page = show_reports (window, YEAR);
  SxshPdfPreview *preview = sxsh_reports_page_get_preview (page);
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = test_path ("letters.pdf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  int before = last_number (window, SXSH_SETTING_LETTER_SERIES);
  GDate today;

  sxsh_reports_page_set_document (page, SXSH_REPORTS_DOCUMENT_REMINDERS);
  wait_idle (page);

  g_date_clear (&today, 1);
  g_assert_true (sxsh_report_parse_date (NULL, &today, NULL));
  overdue = sxsh_reminder_list_overdue (sxsh_window_get_database (window), YEAR, &today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overdue->len, >, 0);

  g_assert_cmpstr (sxsh_reports_page_get_visible_view (page), ==, "preview");
  g_assert_cmpuint (sxsh_pdf_preview_get_n_pages (preview), ==, overdue->len);
  text = document_text (sxsh_pdf_preview_get_document (preview));
  g_assert_nonnull (strstr (text, ((SxshReminder *) g_ptr_array_index (overdue, 0))->name));
  g_assert_false (sxsh_reports_page_get_action_enabled (page, "reports.save-xlsx"));
  g_assert_true (sxsh_reports_page_get_action_enabled (page, "reports.save-pdf"));
  name = sxsh_reports_page_dup_file_name (page, SXSH_REPORT_FORMAT_PDF);
  g_assert_cmpstr (name, ==, "Cong-van-don-doc-bao-cao-SXSH-2025.pdf");

  /* Saved: each letter takes its number. */
  sxsh_reports_page_save (page, SXSH_REPORT_FORMAT_PDF, file);
  wait_idle (page);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (last_number (window, SXSH_SETTING_LETTER_SERIES), ==,
                   before + (int) overdue->len);
  g_assert_nonnull (strstr (adw_toast_get_title (sxsh_reports_page_get_toast (page)),
                            "Reminder letters 1/"));

  /* This year's reports are not due yet: nothing to write. */
  g_clear_pointer (&overdue, g_ptr_array_unref);
  sxsh_window_set_year (window, SXSH_SAMPLE_LAST_YEAR);
  wait_idle (page);
  overdue = sxsh_reminder_list_overdue (sxsh_window_get_database (window),
                                        SXSH_SAMPLE_LAST_YEAR, &today, &error);
  g_assert_no_error (error);
  if (overdue->len == 0)
    {
      g_assert_cmpstr (sxsh_reports_page_get_visible_view (page), ==, "message");
      g_assert_cmpstr (sxsh_reports_page_get_message (page), ==, "No Report Is Overdue");
    }

  /* Back to the report. */
  sxsh_reports_page_set_document (page, SXSH_REPORTS_DOCUMENT_ANNUAL_REPORT);
  wait_idle (page);
  g_assert_cmpstr (sxsh_reports_page_get_visible_view (page), ==, "preview");
}

static gboolean
preview_drawn (gpointer data)
{
  return !sxsh_pdf_preview_is_rendering (data);
}

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

/* The sample province, for the documentation: written to
 * $SXSH_SCREENSHOT_DIR/reports.png when that is set. */
static void
check_screenshot (SxshWindow *window)
{
  const char *out_dir = g_getenv ("SXSH_SCREENSHOT_DIR");
  const char *size = g_getenv ("SXSH_SCREENSHOT_SIZE");
  const char *name = g_getenv ("SXSH_SCREENSHOT_NAME");
  g_autofree char *png = NULL;
  SxshReportsPage *page;
  int width = 1400;
  int height = 900;

  if (size != NULL)
    sscanf (size, "%dx%d", &width, &height);
  if (g_getenv ("SXSH_SCREENSHOT_DARK") != NULL)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_window_unmaximize (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  settle ();

  /* Some of the narrative typed, as an officer would have. */
  {
    SxshDatabase *db = sxsh_window_get_database (window);
    g_autoptr(GError) error = NULL;

    g_assert_true (sxsh_report_text_set (db, YEAR, SXSH_REPORT_SECTION_NOTE_RESULTS,
                                         "Tỷ lệ cơ sở được tuyên truyền, nâng cao nhận thức về "
                                         "sản xuất sạch hơn tiếp tục tăng so với năm trước.",
                                         &error));
    g_assert_true (sxsh_report_text_set (db, YEAR, SXSH_REPORT_SECTION_ACHIEVEMENTS,
                                         "Các doanh nghiệp chế biến mủ cao su và tinh bột sắn "
                                         "đã áp dụng giải pháp quản lý nội vi, giảm tiêu hao "
                                         "điện năng và nước trên đơn vị sản phẩm.",
                                         &error));
    g_assert_no_error (error);
  }
  page = show_reports (window, YEAR);
  g_assert_cmpstr (sxsh_reports_page_get_visible_view (page), ==, "preview");
  settle ();
  g_assert_true (sxsh_ui_test_wait_for (preview_drawn, sxsh_reports_page_get_preview (page), 30));
  settle ();

  png = g_build_filename (out_dir != NULL ? out_dir : current_run->tmpdir,
                          name != NULL ? name : "reports.png", NULL);
  save_screenshot (GTK_WIDGET (window), png);
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  static const TestCase preview = { check_preview };
  static const TestCase narrative = { check_narrative };
  static const TestCase save = { check_save };
  static const TestCase cancel = { check_cancel };
  static const TestCase print = { check_print };
  static const TestCase print_dialog = { check_print_dialog };
  static const TestCase print_file = { check_print_file };
  static const TestCase reminders = { check_reminders };
  static const TestCase narrow = { check_narrow };
  static const TestCase screenshot = { check_screenshot };
  g_autofree char *config = NULL;
  int status;

  setlocale (LC_ALL, "");
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: skipping the UI tests.\n");
      return 77;
    }

  /* The remembered print settings go to a folder of the test's own. */
  config = g_dir_make_tmp ("sxsh-reports-config-XXXXXX", NULL);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/sxsh/ui/reports/preview", &preview, run_reports_test);
  g_test_add_data_func ("/sxsh/ui/reports/narrative", &narrative, run_reports_test);
  g_test_add_data_func ("/sxsh/ui/reports/save", &save, run_reports_test);
  g_test_add_data_func ("/sxsh/ui/reports/cancel", &cancel, run_reports_test);
  g_test_add_data_func ("/sxsh/ui/reports/print", &print, run_reports_test);
  g_test_add_data_func ("/sxsh/ui/reports/print-dialog", &print_dialog, run_reports_test);
  g_test_add_data_func ("/sxsh/ui/reports/print-file", &print_file, run_reports_test);
  g_test_add_data_func ("/sxsh/ui/reports/reminders", &reminders, run_reports_test);
  g_test_add_data_func ("/sxsh/ui/reports/narrow", &narrow, run_reports_test);
  g_test_add_data_func ("/sxsh/ui/reports/screenshot", &screenshot, run_reports_test);

  status = g_test_run ();
  sxsh_test_remove_tree (config);
  return status;
}

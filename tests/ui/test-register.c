/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sxsh-application.h"
#include "sxsh-date-dialog.h"
#include "sxsh-error.h"
#include "sxsh-page-helpers.h"
#include "sxsh-register-page-private.h"
#include "sxsh-sample.h"
#include "sxsh-window.h"
#include "sxsh-ui-test-util.h"
#include "sxsh-test-util.h"

/* The reporting register on a database of its own, driven through the
 * same actions, dialogs and keys a user triggers.
 *
 * 2023, due 30/11/2023, the register's day 10/12/2023:
 *   1 applies, report received on the due date: on time
 *   2 applies since 2021 (carried forward), nothing of 2023: missing
 *   3 does not apply: not expected
 *   5 applies, report received 01/12: late
 *   6 applies, received 20/11, returned 25/11 for correction
 *   7 applies in 2023, nothing received: missing
 *   agency 1 reports annually and has sent nothing: missing
 *   agency 2 does not report annually: not expected */

#define YEAR 2023

typedef struct
{
  char             *dir;
  SxshDatabase     *db;
  GtkWidget        *window;
  SxshRegisterPage *page;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->dir = g_dir_make_tmp ("sxsh-register-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->db = sxsh_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sxsh_database_exec (f->db,
    "INSERT INTO facility (id, name, first_year) VALUES (1, 'Công ty Cao su Kon Tum', 2016),"
    "  (2, 'Nhà máy Tinh bột sắn Đắk Hà', 2016), (3, 'Gạch Tuynel Sa Thầy', 2016),"
    "  (5, 'Nhà máy đường Kon Tum', 2016), (6, 'Công ty Khoáng sản Đắk Tô', 2016),"
    "  (7, 'Xưởng chế biến cà phê Ngọc Hồi', 2016);"
    "INSERT INTO facility_year (facility_id, year, informed, applying, report_received,"
    "                           report_returned, report_note) VALUES "
    "  (1, 2023, 1, 1, '2023-11-30', NULL, ''),"
    "  (2, 2021, 1, 1, NULL, NULL, ''),"
    "  (3, 2023, 1, 0, NULL, NULL, ''),"
    "  (5, 2023, 1, 1, '2023-12-01', NULL, ''),"
    "  (6, 2023, 1, 1, '2023-11-20', '2023-11-25', 'Thiếu số liệu điện năng'),"
    "  (7, 2023, 1, 1, NULL, NULL, '');"
    "INSERT INTO agency (id, name, short_name, reports_annually) VALUES "
    "  (1, 'Ban Quản lý các khu kinh tế', 'BQLKKT', 1), (2, 'Sở Tài chính', 'STC', 0);",
    &error));
  g_assert_no_error (error);

  f->page = sxsh_register_page_new (f->db);
  sxsh_register_set_today (sxsh_register_page_get_register (f->page), "2023-12-10");
  sxsh_register_page_set_year (f->page, YEAR);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->page));

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 720);
  gtk_window_set_child (GTK_WINDOW (f->window), overlay);
  gtk_window_present (GTK_WINDOW (f->window));
  sxsh_ui_test_iterate ();
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

static SxshRegisterEntry *
entry_of (Fixture          *f,
          SxshReporterKind  kind,
          gint64            id)
{
  SxshRegisterEntry *entry = sxsh_register_lookup (sxsh_register_page_get_register (f->page),
                                                   kind, id);

  g_assert_nonnull (entry);
  return entry;
}

static SxshReportStatus
status_of (Fixture          *f,
           SxshReporterKind  kind,
           gint64            id)
{
  return sxsh_register_entry_get_status (entry_of (f, kind, id));
}

static guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (sxsh_register_page_get_selection (f->page)));
}

static guint
n_selected (Fixture *f)
{
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (sxsh_register_page_get_selection (f->page)));

  return (guint) gtk_bitset_get_size (selected);
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

static void
select_only (Fixture          *f,
             SxshReporterKind  kind,
             gint64            id)
{
  g_assert_true (sxsh_register_page_select_reporter (f->page, kind, id, FALSE));
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (n_selected (f), ==, 1);
}

/* Runs an action of the page and returns the dialog it opened. */
static AdwMessageDialog *
open_dialog (Fixture    *f,
             const char *action)
{
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), action, NULL));
  sxsh_ui_test_iterate ();
  dialog = sxsh_register_page_get_dialog (f->page);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  return dialog;
}

/* The button of a dialog's answer, found by its label, as a user sees it. */
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

/* Clicks the answer's button, which closes the dialog. */
static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  GtkWidget *button;

  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  button = find_button (GTK_WIDGET (dialog),
                        adw_message_dialog_get_response_label (dialog, response));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  sxsh_ui_test_iterate ();
}

static void
press_undo (Fixture *f)
{
  AdwToast *toast = sxsh_register_page_get_undo_toast (f->page);

  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  sxsh_ui_test_iterate ();
}

/* The year's counts above the list and the statuses of each reporter. */
static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  SxshRegisterEntry *entry;
  g_autofree char *days = NULL;

  g_assert_cmpstr (sxsh_register_page_get_visible_view (f->page), ==, "table");
  g_assert_cmpstr (sxsh_register_page_get_summary_text (f->page), ==,
                   "Expected 6 · on time 1 · late 1 · returned 1 · missing 3");
  g_assert_cmpuint (n_shown (f), ==, 6);
  g_assert_cmpstr (sxsh_register_page_get_count_text (f->page), ==, "6 reporters shown");

  g_assert_cmpint (status_of (f, SXSH_REPORTER_FACILITY, 1), ==, SXSH_REPORT_STATUS_ON_TIME);
  g_assert_cmpint (status_of (f, SXSH_REPORTER_FACILITY, 5), ==, SXSH_REPORT_STATUS_LATE);
  g_assert_cmpint (status_of (f, SXSH_REPORTER_FACILITY, 6), ==, SXSH_REPORT_STATUS_RETURNED);
  entry = entry_of (f, SXSH_REPORTER_FACILITY, 2);
  g_assert_cmpint (sxsh_register_entry_get_status (entry), ==, SXSH_REPORT_STATUS_MISSING);
  days = sxsh_register_entry_dup_days_label (entry);
  g_assert_cmpstr (days, ==, "10 days overdue");

  /* Nothing selected: nothing to mark. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "register.mark-received", NULL);
  sxsh_ui_test_iterate ();
  g_assert_null (sxsh_register_page_get_dialog (f->page));
}

/* Two missing reporters selected together, marked received with a date in
 * one go: their status, the counts, the database rows; then Undo. */
static void
test_mark_two_received (Fixture       *f,
                        gconstpointer  data)
{
  GtkToggleButton *missing = sxsh_register_page_get_missing_toggle (f->page);
  AdwMessageDialog *dialog;
  GtkEditable *date;
  g_autofree char *today = NULL;

  /* What is missing: two facilities and the agency. */
  gtk_toggle_button_set_active (missing, TRUE);
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (n_shown (f), ==, 3);
  g_assert_cmpstr (sxsh_register_page_get_count_text (f->page), ==, "3 reporters shown");

  g_assert_true (sxsh_register_page_select_reporter (f->page, SXSH_REPORTER_FACILITY, 2, FALSE));
  g_assert_true (sxsh_register_page_select_reporter (f->page, SXSH_REPORTER_FACILITY, 7, TRUE));
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (n_selected (f), ==, 2);
  g_assert_cmpstr (sxsh_register_page_get_count_text (f->page), ==,
                   "3 reporters shown · 2 selected");

  dialog = open_dialog (f, "register.mark-received");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Mark 2 Reports Received");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Đắk Hà"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Ngọc Hồi"));

  /* The register's day by default; a date that does not read disables
   * the answer. */
  date = sxsh_date_dialog_get_date_entry (dialog);
  g_assert_cmpstr (gtk_editable_get_text (date), ==, "10/12/2023");
  gtk_editable_set_text (date, "31/11/2023");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "mark"));
  gtk_editable_set_text (date, "28/11/2023");
  answer (dialog, "mark");
  g_assert_null (sxsh_register_page_get_dialog (f->page));

  g_assert_cmpint (status_of (f, SXSH_REPORTER_FACILITY, 2), ==, SXSH_REPORT_STATUS_ON_TIME);
  g_assert_cmpint (status_of (f, SXSH_REPORTER_FACILITY, 7), ==, SXSH_REPORT_STATUS_ON_TIME);
  g_assert_cmpstr (sxsh_register_page_get_summary_text (f->page), ==,
                   "Expected 6 · on time 3 · late 1 · returned 1 · missing 1");
  /* Still missing: the agency alone. */
  g_assert_cmpuint (n_shown (f), ==, 1);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM facility_year WHERE year = 2023 "
                                      "AND facility_id IN (2, 7) "
                                      "AND report_received = '2023-11-28'"), ==, 2);
  /* Facility 2 had no record of 2023: its statuses were carried forward. */
  g_assert_cmpint (count_rows (f->db, "SELECT applying FROM facility_year "
                                      "WHERE facility_id = 2 AND year = 2023"), ==, 1);
  g_assert_nonnull (strstr (adw_toast_get_title (sxsh_register_page_get_undo_toast (f->page)),
                            "2 reports received on 28/11/2023"));

  /* Undo: missing again, in the database too. */
  press_undo (f);
  g_assert_cmpint (status_of (f, SXSH_REPORTER_FACILITY, 2), ==, SXSH_REPORT_STATUS_MISSING);
  g_assert_cmpint (status_of (f, SXSH_REPORTER_FACILITY, 7), ==, SXSH_REPORT_STATUS_MISSING);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM facility_year "
                                      "WHERE report_received = '2023-11-28'"), ==, 0);
  g_assert_cmpuint (n_shown (f), ==, 3);

  /* The agency, marked after the due date: late. */
  select_only (f, SXSH_REPORTER_AGENCY, 1);
  dialog = open_dialog (f, "register.mark-received");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Mark the Report Received");
  gtk_editable_set_text (sxsh_date_dialog_get_date_entry (dialog), "05/12/2023");
  answer (dialog, "mark");
  g_assert_cmpint (status_of (f, SXSH_REPORTER_AGENCY, 1), ==, SXSH_REPORT_STATUS_LATE);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM agency_report WHERE agency_id = 1 "
                                      "AND year = 2023 AND received_on = '2023-12-05'"), ==, 1);

  /* A date after the register's day is refused, and nothing changes. */
  gtk_toggle_button_set_active (missing, FALSE);
  sxsh_ui_test_iterate ();
  select_only (f, SXSH_REPORTER_FACILITY, 7);
  today = g_strdup (sxsh_register_get_today (sxsh_register_page_get_register (f->page)));
  g_assert_cmpstr (today, ==, "2023-12-10");
  dialog = open_dialog (f, "register.mark-received");
  gtk_editable_set_text (sxsh_date_dialog_get_date_entry (dialog), "11/12/2023");
  answer (dialog, "mark");
  g_assert_cmpint (status_of (f, SXSH_REPORTER_FACILITY, 7), ==, SXSH_REPORT_STATUS_MISSING);
  /* The error, in a dialog over the page. */
  {
    GList *toplevels = gtk_window_list_toplevels ();
    gboolean found = FALSE;

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
        {
          g_assert_nonnull (strstr (adw_message_dialog_get_body (l->data), "future"));
          gtk_window_destroy (l->data);
          found = TRUE;
        }
    g_list_free (toplevels);
    g_assert_true (found);
    sxsh_ui_test_iterate ();
  }
}

/* Enter on a missing facility's row asks for the date of its report. */
static void
test_enter_marks (Fixture       *f,
                  gconstpointer  data)
{
  GtkColumnView *view = sxsh_register_page_get_column_view (f->page);
  GListModel *shown = G_LIST_MODEL (sxsh_register_page_get_selection (f->page));
  AdwMessageDialog *dialog;
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(SxshRegisterEntry) entry = g_list_model_get_item (shown, i);

      if (sxsh_register_entry_get_reporter_kind (entry) == SXSH_REPORTER_FACILITY
          && sxsh_register_entry_get_reporter_id (entry) == 7)
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  g_signal_emit_by_name (view, "activate", position);
  sxsh_ui_test_iterate ();
  dialog = sxsh_register_page_get_dialog (f->page);
  g_assert_nonnull (dialog);
  answer (dialog, "mark");
  g_assert_cmpint (status_of (f, SXSH_REPORTER_FACILITY, 7), ==, SXSH_REPORT_STATUS_LATE);
}

/* A received report sent back with a note counts as returned; Clear
 * forgets a wrong mark; Undo puts each back as it was. */
static void
test_return_and_clear (Fixture       *f,
                       gconstpointer  data)
{
  AdwMessageDialog *dialog;
  SxshRegisterEntry *entry;

  /* Return is for a received report only. */
  select_only (f, SXSH_REPORTER_FACILITY, 2);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "register.return", NULL);
  sxsh_ui_test_iterate ();
  g_assert_null (sxsh_register_page_get_dialog (f->page));

  select_only (f, SXSH_REPORTER_FACILITY, 1);
  dialog = open_dialog (f, "register.return");
  /* The note is required. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "return"));
  gtk_editable_set_text (sxsh_date_dialog_get_date_entry (dialog), "04/12/2023");
  gtk_editable_set_text (sxsh_date_dialog_get_note_entry (dialog),
                         "Thiếu số liệu tiêu thụ nước");
  answer (dialog, "return");
  entry = entry_of (f, SXSH_REPORTER_FACILITY, 1);
  g_assert_cmpint (sxsh_register_entry_get_status (entry), ==, SXSH_REPORT_STATUS_RETURNED);
  g_assert_cmpstr (sxsh_register_entry_get_note (entry), ==, "Thiếu số liệu tiêu thụ nước");
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM facility_year WHERE facility_id = 1 "
                                      "AND year = 2023 AND report_returned = '2023-12-04'"), ==, 1);
  g_assert_cmpstr (sxsh_register_page_get_summary_text (f->page), ==,
                   "Expected 6 · on time 0 · late 1 · returned 2 · missing 3");
  press_undo (f);
  entry = entry_of (f, SXSH_REPORTER_FACILITY, 1);
  g_assert_cmpint (sxsh_register_entry_get_status (entry), ==, SXSH_REPORT_STATUS_ON_TIME);
  g_assert_cmpstr (sxsh_register_entry_get_received_on (entry), ==, "2023-11-30");

  /* Clear a late report (Delete in the list); Undo brings its date back. */
  select_only (f, SXSH_REPORTER_FACILITY, 5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "register.clear", NULL));
  sxsh_ui_test_iterate ();
  g_assert_cmpint (status_of (f, SXSH_REPORTER_FACILITY, 5), ==, SXSH_REPORT_STATUS_MISSING);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM facility_year WHERE facility_id = 5 "
                                      "AND report_received IS NULL"), ==, 1);
  press_undo (f);
  entry = entry_of (f, SXSH_REPORTER_FACILITY, 5);
  g_assert_cmpint (sxsh_register_entry_get_status (entry), ==, SXSH_REPORT_STATUS_LATE);
  g_assert_cmpstr (sxsh_register_entry_get_received_on (entry), ==, "2023-12-01");

  /* The returned report, cleared and put back with its date and note. */
  select_only (f, SXSH_REPORTER_FACILITY, 6);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "register.clear", NULL));
  sxsh_ui_test_iterate ();
  g_assert_cmpint (status_of (f, SXSH_REPORTER_FACILITY, 6), ==, SXSH_REPORT_STATUS_MISSING);
  press_undo (f);
  entry = entry_of (f, SXSH_REPORTER_FACILITY, 6);
  g_assert_cmpint (sxsh_register_entry_get_status (entry), ==, SXSH_REPORT_STATUS_RETURNED);
  g_assert_cmpstr (sxsh_register_entry_get_returned_on (entry), ==, "2023-11-25");
  g_assert_cmpstr (sxsh_register_entry_get_note (entry), ==, "Thiếu số liệu điện năng");
}

/* The search, the kind filter and the missing-only toggle narrow the list;
 * the counts above it stay the year's. */
static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  GtkSearchEntry *search = sxsh_register_page_get_search_entry (f->page);
  GtkToggleButton *missing = sxsh_register_page_get_missing_toggle (f->page);

  gtk_editable_set_text (GTK_EDITABLE (search), "dak ha");
  g_signal_emit_by_name (search, "search-changed");
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (n_shown (f), ==, 1);

  gtk_editable_set_text (GTK_EDITABLE (search), "kon tum");
  g_signal_emit_by_name (search, "search-changed");
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (n_shown (f), ==, 2);
  gtk_toggle_button_set_active (missing, TRUE);
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_cmpstr (sxsh_register_page_get_visible_view (f->page), ==, "no-results");
  g_assert_cmpstr (sxsh_register_page_get_summary_text (f->page), ==,
                   "Expected 6 · on time 1 · late 1 · returned 1 · missing 3");

  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (n_shown (f), ==, 3);

  /* The agencies alone ("All reporters", "Facilities", "Agencies"). */
  gtk_toggle_button_set_active (missing, FALSE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (gtk_widget_get_next_sibling (
                                GTK_WIDGET (search))), 2);
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (n_shown (f), ==, 1);

  /* Another year: nobody expected, the empty state. */
  sxsh_register_page_set_year (f->page, 2019);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (gtk_widget_get_next_sibling (
                                GTK_WIDGET (search))), 0);
  sxsh_ui_test_iterate ();
  g_assert_cmpstr (sxsh_register_page_get_summary_text (f->page), ==,
                   "Expected 1 · on time 0 · late 0 · returned 0 · missing 1");
}

/* An agency's results and proposals, and its own due date. */
static void
test_agency_report (Fixture       *f,
                    gconstpointer  data)
{
  AdwMessageDialog *dialog;
  SxshRegisterEntry *entry;
  GtkWidget *box, *due, *summary, *proposals;

  select_only (f, SXSH_REPORTER_AGENCY, 1);
  dialog = open_dialog (f, "register.edit-report");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Ban Quản lý các khu kinh tế");

  box = adw_message_dialog_get_extra_child (dialog);
  due = gtk_widget_get_first_child (gtk_widget_get_first_child (box));
  g_assert_true (ADW_IS_ENTRY_ROW (due));
  summary = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (gtk_widget_get_first_child (box)));
  proposals = gtk_widget_get_last_child (box);
  gtk_editable_set_text (GTK_EDITABLE (due), "15/12/2023");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (
      GTK_TEXT_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (summary)))),
    "Tuyên truyền tại 3 khu công nghiệp", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (
      GTK_TEXT_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (proposals)))),
    "Tổ chức tập huấn năm 2024", -1);
  answer (dialog, "save");

  entry = entry_of (f, SXSH_REPORTER_AGENCY, 1);
  g_assert_cmpstr (sxsh_register_entry_get_due_date (entry), ==, "2023-12-15");
  g_assert_cmpstr (sxsh_register_entry_get_summary (entry), ==,
                   "Tuyên truyền tại 3 khu công nghiệp");
  g_assert_cmpstr (sxsh_register_entry_get_proposals (entry), ==, "Tổ chức tập huấn năm 2024");
  /* Its own due date has not passed on 10/12. */
  g_assert_cmpint (sxsh_register_entry_get_days_left (entry), ==, 5);

  /* A facility has no such report. */
  select_only (f, SXSH_REPORTER_FACILITY, 1);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "register.edit-report", NULL);
  sxsh_ui_test_iterate ();
  g_assert_null (sxsh_register_page_get_dialog (f->page));
}

/* Reminder letters to the reporters whose report is overdue: one PDF,
 * a letter each; none when nothing is overdue. */
static void
test_reminders (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "reminders.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  gsize length = 0;
  guint n = 0;

  /* The letters cite the plan in force. */
  g_assert_true (sxsh_database_exec (f->db,
    "INSERT INTO plan (code, title, issuer, issued_on, first_year, last_year) VALUES "
    "  ('2340/KH-UBND', 'Kế hoạch thực hiện Chiến lược sản xuất sạch hơn trong công nghiệp "
    "giai đoạn 2016 - 2020', 'UBND tỉnh Kon Tum', '2016-09-26', 2016, 2020);", &error));
  g_assert_no_error (error);

  g_assert_true (sxsh_register_page_write_reminders (f->page, path, &n, &error));
  g_assert_no_error (error);
  /* Facilities 2 and 7, and the agency. */
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* Everything received: no letter to write, and the file is not
   * touched. */
  g_remove (path);
  gtk_selection_model_select_all (GTK_SELECTION_MODEL (sxsh_register_page_get_selection (f->page)));
  sxsh_ui_test_iterate ();
  dialog = open_dialog (f, "register.mark-received");
  answer (dialog, "mark");
  g_assert_cmpstr (sxsh_register_page_get_summary_text (f->page), ==,
                   "Expected 6 · on time 0 · late 6 · returned 0 · missing 0");
  g_assert_false (sxsh_register_page_write_reminders (f->page, path, &n, &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Screenshots */

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

/* Lets the window be laid out and drawn: it has a size, and 300 ms more
 * have passed for the rows to be bound. */
static void
settle (GtkWidget *window)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  gint64 end;

  while (gtk_widget_get_width (window) == 0 && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_cmpint (gtk_widget_get_width (window), >, 0);
  end = g_get_monotonic_time () + 300 * 1000;
  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

typedef struct
{
  char     *out_dir;
  gboolean  ran;
} Shot;

/* The register of 2025 on the sample province, on 12/12/2025, in the whole
 * window: written to $SXSH_SCREENSHOT_DIR/register.png when that is set. */
static void
screenshot_activate_cb (GApplication *app,
                        Shot         *shot)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GList) windows = NULL;
  g_autofree char *png = NULL;
  const char *size = g_getenv ("SXSH_SCREENSHOT_SIZE");
  int width = 1400, height = 860;
  SxshRegisterPage *page;
  GtkWidget *stack;

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_assert_true (SXSH_IS_WINDOW (window));
  if (size != NULL)
    sscanf (size, "%dx%d", &width, &height);
  gtk_window_unmaximize (window);
  gtk_window_set_default_size (window, width, height);

  page = SXSH_REGISTER_PAGE (sxsh_window_get_page (SXSH_WINDOW (window), "register"));
  g_assert_nonnull (page);
  sxsh_register_set_today (sxsh_register_page_get_register (page), "2025-12-12");
  sxsh_window_set_year (SXSH_WINDOW (window), 2025);
  stack = gtk_widget_get_ancestor (GTK_WIDGET (page), ADW_TYPE_VIEW_STACK);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "register");
  g_assert_cmpint (sxsh_register_page_get_year (page), ==, 2025);
  g_assert_cmpstr (sxsh_register_page_get_visible_view (page), ==, "table");

  /* Two missing reports picked, as an officer does before marking them. */
  gtk_toggle_button_set_active (sxsh_register_page_get_missing_toggle (page), FALSE);
  {
    GtkColumnView *view = sxsh_register_page_get_column_view (page);
    g_autoptr(GtkColumnViewColumn) status = g_list_model_get_item (
      gtk_column_view_get_columns (view), 1);

    gtk_column_view_sort_by_column (view, status, GTK_SORT_ASCENDING);
    sxsh_page_scroll_to_position (view, 0);
  }
  gtk_selection_model_select_range (GTK_SELECTION_MODEL (sxsh_register_page_get_selection (page)),
                                    1, 2, TRUE);
  settle (GTK_WIDGET (window));

  png = g_build_filename (shot->out_dir, "register.png", NULL);
  save_screenshot (GTK_WIDGET (window), png);
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
  shot->ran = TRUE;

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  sxsh_ui_test_iterate ();
}

static void
test_screenshot (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sxsh-register-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sample.db", NULL);
  g_autoptr(SxshApplication) app = NULL;
  const char *out_dir = g_getenv ("SXSH_SCREENSHOT_DIR");
  Shot shot = { NULL, FALSE };
  char *argv[] = { (char *) "sxsh", (char *) "--db", path, NULL };

  {
    g_autoptr(SxshDatabase) db = sxsh_database_open (path, &error);
    g_assert_no_error (error);
    g_assert_true (sxsh_sample_generate (db, SXSH_SAMPLE_DEFAULT_FACILITIES,
                                         SXSH_SAMPLE_DEFAULT_SEED, &error));
    g_assert_no_error (error);
  }

  shot.out_dir = g_strdup (out_dir != NULL ? out_dir : dir);
  app = sxsh_application_new ();
  g_signal_connect_after (app, "activate", G_CALLBACK (screenshot_activate_cb), &shot);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);
  g_assert_true (shot.ran);
  g_clear_object (&app);

  if (out_dir == NULL)
    {
      g_autofree char *png = g_build_filename (dir, "register.png", NULL);
      g_remove (png);
    }
  sxsh_test_remove_tree (dir);
  g_free (shot.out_dir);
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
  g_test_add ("/sxsh/ui/register/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("summary", test_summary);
  ADD ("mark-two-received", test_mark_two_received);
  ADD ("enter-marks", test_enter_marks);
  ADD ("return-and-clear", test_return_and_clear);
  ADD ("filters", test_filters);
  ADD ("agency-report", test_agency_report);
  ADD ("reminders", test_reminders);
  g_test_add_func ("/sxsh/ui/register/screenshot", test_screenshot);

#undef ADD

  return g_test_run ();
}

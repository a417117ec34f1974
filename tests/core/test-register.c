/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sxsh-core.h"
#include "sxsh-register.h"
#include "sxsh-test-util.h"

typedef struct
{
  char         *dir;
  SxshDatabase *db;
  SxshRegister *reg;
} Fixture;

/* 2023, due 30/11/2023:
 *   1 applies in 2023, on-time report received exactly on the due date
 *   2 applies since 2021 (carried forward), no record of 2023, missing
 *   3 does not apply: not expected
 *   4 applies but closed in 2022: not expected
 *   5 applies, report received 01/12: late by one day
 *   6 applies, report received 20/11, returned 25/11 for correction
 *   agency 1 reports annually and has sent nothing; agency 2 does not
 *   report annually; agency 3 reported annually until it was abolished on
 *   30/6/2023, before the due date. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sxsh_test_make_tmpdir ();
  f->db = sxsh_test_open_db (f->dir);
  g_assert_true (sxsh_database_exec (f->db,
    "INSERT INTO facility (id, name, last_year) VALUES (1, 'Công ty Cao su Kon Tum', NULL),"
    "  (2, 'Nhà máy Tinh bột sắn Đắk Hà', NULL), (3, 'Gạch Tuynel Sa Thầy', NULL),"
    "  (4, 'Xưởng gỗ Ngọc Hồi', 2022), (5, 'Nhà máy đường Kon Tum', NULL),"
    "  (6, 'Công ty Khoáng sản Đắk Tô', NULL);"
    "INSERT INTO facility_year (facility_id, year, informed, applying, report_received,"
    "                           report_returned, report_note) VALUES "
    "  (1, 2023, 1, 1, '2023-11-30', NULL, ''),"
    "  (2, 2021, 1, 1, NULL, NULL, ''),"
    "  (3, 2023, 1, 0, NULL, NULL, ''),"
    "  (4, 2020, 1, 1, NULL, NULL, ''),"
    "  (5, 2023, 1, 1, '2023-12-01', NULL, ''),"
    "  (6, 2023, 1, 1, '2023-11-20', '2023-11-25', 'Thiếu số liệu điện năng');"
    "INSERT INTO agency (id, name, short_name, reports_annually, valid_to) VALUES "
    "  (1, 'Ban Quản lý các khu kinh tế', 'BQLKKT', 1, NULL), (2, 'Sở Tài chính', 'STC', 0, NULL),"
    "  (3, 'UBND huyện Đắk Hà', 'UBND Đắk Hà', 1, '2023-06-30');",
    &error));
  g_assert_no_error (error);
  f->reg = sxsh_register_new (f->db);
  sxsh_register_set_today (f->reg, "2023-12-10");
  sxsh_register_set_year (f->reg, 2023);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->reg);
  g_assert_finalize_object (f->db);
  sxsh_test_remove_tree (f->dir);
  g_free (f->dir);
}

static SxshRegisterEntry *
entry_of (Fixture          *f,
          SxshReporterKind  kind,
          gint64            id)
{
  SxshRegisterEntry *entry = sxsh_register_lookup (f->reg, kind, id);

  g_assert_nonnull (entry);
  return entry;
}

static void
test_classify (void)
{
  g_assert_cmpint (sxsh_register_classify ("2023-11-30", "2023-11-30", NULL), ==,
                   SXSH_REPORT_STATUS_ON_TIME);
  g_assert_cmpint (sxsh_register_classify ("2023-11-30", "2023-11-29", ""), ==,
                   SXSH_REPORT_STATUS_ON_TIME);
  g_assert_cmpint (sxsh_register_classify ("2023-11-30", "2023-12-01", NULL), ==,
                   SXSH_REPORT_STATUS_LATE);
  g_assert_cmpint (sxsh_register_classify ("2023-11-30", NULL, NULL), ==,
                   SXSH_REPORT_STATUS_MISSING);
  g_assert_cmpint (sxsh_register_classify ("2023-11-30", "2023-11-20", "2023-11-25"), ==,
                   SXSH_REPORT_STATUS_RETURNED);
  g_assert_cmpint (sxsh_register_classify ("2023-11-30", "2023-11-25", "2023-11-25"), ==,
                   SXSH_REPORT_STATUS_RETURNED);
  g_assert_cmpint (sxsh_register_classify ("2023-11-30", "2023-11-28", "2023-11-25"), ==,
                   SXSH_REPORT_STATUS_ON_TIME);
  g_assert_cmpint (sxsh_register_classify ("2023-11-30", "2023-12-03", "2023-11-25"), ==,
                   SXSH_REPORT_STATUS_LATE);
}

static void
test_statuses (Fixture       *f,
               gconstpointer  data)
{
  SxshRegisterCounts counts;
  SxshRegisterEntry *entry;
  g_autofree char *label = NULL;

  g_assert_cmpstr (sxsh_register_get_due_date (f->reg), ==, "2023-11-30");
  /* Five facilities and one agency are expected. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->reg)), ==, 5);
  g_assert_null (sxsh_register_lookup (f->reg, SXSH_REPORTER_FACILITY, 3));
  g_assert_null (sxsh_register_lookup (f->reg, SXSH_REPORTER_FACILITY, 4));
  g_assert_null (sxsh_register_lookup (f->reg, SXSH_REPORTER_AGENCY, 2));
  g_assert_null (sxsh_register_lookup (f->reg, SXSH_REPORTER_AGENCY, 3));

  entry = entry_of (f, SXSH_REPORTER_FACILITY, 1);
  g_assert_cmpint (sxsh_register_entry_get_status (entry), ==, SXSH_REPORT_STATUS_ON_TIME);

  entry = entry_of (f, SXSH_REPORTER_FACILITY, 5);
  g_assert_cmpint (sxsh_register_entry_get_status (entry), ==, SXSH_REPORT_STATUS_LATE);
  g_assert_cmpint (sxsh_register_entry_get_days_late (entry), ==, 1);
  label = sxsh_register_entry_dup_days_label (entry);
  g_assert_cmpstr (label, ==, "1 day late");
  g_clear_pointer (&label, g_free);

  entry = entry_of (f, SXSH_REPORTER_FACILITY, 2);
  g_assert_cmpint (sxsh_register_entry_get_status (entry), ==, SXSH_REPORT_STATUS_MISSING);
  g_assert_cmpint (sxsh_register_entry_get_days_overdue (entry), ==, 10);
  label = sxsh_register_entry_dup_days_label (entry);
  g_assert_cmpstr (label, ==, "10 days overdue");
  g_clear_pointer (&label, g_free);

  entry = entry_of (f, SXSH_REPORTER_FACILITY, 6);
  g_assert_cmpint (sxsh_register_entry_get_status (entry), ==, SXSH_REPORT_STATUS_RETURNED);
  g_assert_cmpstr (sxsh_register_entry_get_note (entry), ==, "Thiếu số liệu điện năng");

  entry = entry_of (f, SXSH_REPORTER_AGENCY, 1);
  g_assert_cmpint (sxsh_register_entry_get_status (entry), ==, SXSH_REPORT_STATUS_MISSING);
  g_assert_cmpstr (sxsh_register_entry_get_detail (entry), ==, "BQLKKT");

  sxsh_register_get_counts (f->reg, &counts);
  g_assert_cmpuint (counts.expected, ==, 5);
  g_assert_cmpuint (counts.on_time, ==, 1);
  g_assert_cmpuint (counts.late, ==, 1);
  g_assert_cmpuint (counts.missing, ==, 2);
  g_assert_cmpuint (counts.returned, ==, 1);
  g_assert_cmpuint (counts.overdue, ==, 2);

  /* Before the due date, days are left; on the day itself, it is due today. */
  sxsh_register_set_today (f->reg, "2023-11-25");
  entry = entry_of (f, SXSH_REPORTER_FACILITY, 2);
  g_assert_cmpint (sxsh_register_entry_get_days_overdue (entry), ==, 0);
  g_assert_cmpint (sxsh_register_entry_get_days_left (entry), ==, 5);
  label = sxsh_register_entry_dup_days_label (entry);
  g_assert_cmpstr (label, ==, "5 days left");
  g_clear_pointer (&label, g_free);
  sxsh_register_set_today (f->reg, "2023-11-30");
  entry = entry_of (f, SXSH_REPORTER_FACILITY, 2);
  label = sxsh_register_entry_dup_days_label (entry);
  g_assert_cmpstr (label, ==, "Due today");
  sxsh_register_get_counts (f->reg, &counts);
  g_assert_cmpuint (counts.overdue, ==, 0);

  /* The abolished agency still owed its report of 2022. */
  sxsh_register_set_year (f->reg, 2022);
  g_assert_nonnull (sxsh_register_lookup (f->reg, SXSH_REPORTER_AGENCY, 3));
  sxsh_register_set_year (f->reg, 2023);

  /* The list, in Vietnamese order, facilities before agencies. */
  {
    g_autoptr(SxshRegisterEntry) first = g_list_model_get_item (G_LIST_MODEL (f->reg), 0);
    g_autoptr(SxshRegisterEntry) last = g_list_model_get_item (G_LIST_MODEL (f->reg), 4);

    g_assert_cmpstr (sxsh_register_entry_get_name (first), ==, "Công ty Cao su Kon Tum");
    g_assert_cmpint (sxsh_register_entry_get_reporter_kind (last), ==, SXSH_REPORTER_AGENCY);
  }
}

static void
test_filters_and_due_setting (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SxshRegisterEntry *entry;

  sxsh_register_set_missing_only (f->reg, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->reg)), ==, 2);
  sxsh_register_set_filter_text (f->reg, "tinh bot san");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->reg)), ==, 1);
  sxsh_register_set_missing_only (f->reg, FALSE);
  sxsh_register_set_filter_text (f->reg, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->reg)), ==, 5);

  /* A later due date in the settings makes the late report on time. */
  g_assert_true (sxsh_settings_set (f->db, SXSH_SETTING_REPORT_DUE, "12-15", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sxsh_register_get_due_date (f->reg), ==, "2023-12-15");
  entry = entry_of (f, SXSH_REPORTER_FACILITY, 5);
  g_assert_cmpint (sxsh_register_entry_get_status (entry), ==, SXSH_REPORT_STATUS_ON_TIME);
  entry = entry_of (f, SXSH_REPORTER_FACILITY, 2);
  g_assert_cmpint (sxsh_register_entry_get_days_left (entry), ==, 5);
}

static void
test_mark_received (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  SxshRegisterCounts counts;
  SxshRegisterEntry *entry;

  g_ptr_array_add (entries, entry_of (f, SXSH_REPORTER_FACILITY, 2));
  g_ptr_array_add (entries, entry_of (f, SXSH_REPORTER_AGENCY, 1));

  /* A date in the future is refused. */
  g_assert_false (sxsh_register_mark_received (f->reg, entries, "2023-12-11", &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "in the future"));
  g_clear_error (&error);

  g_assert_true (sxsh_register_mark_received (f->reg, entries, "2023-12-05", &error));
  g_assert_no_error (error);

  /* The facility's 2023 record was created with its status carried forward. */
  g_assert_cmpint (sxsh_database_query_int64 (f->db,
                     "SELECT applying FROM facility_year WHERE facility_id = 2 AND year = 2023",
                     -1, NULL), ==, 1);
  entry = entry_of (f, SXSH_REPORTER_FACILITY, 2);
  g_assert_cmpint (sxsh_register_entry_get_status (entry), ==, SXSH_REPORT_STATUS_LATE);
  g_assert_cmpint (sxsh_register_entry_get_days_late (entry), ==, 5);
  entry = entry_of (f, SXSH_REPORTER_AGENCY, 1);
  g_assert_cmpstr (sxsh_register_entry_get_received_on (entry), ==, "2023-12-05");
  sxsh_register_get_counts (f->reg, &counts);
  g_assert_cmpuint (counts.missing, ==, 0);
  g_assert_cmpuint (counts.late, ==, 3);
}

static void
test_mark_received_all_or_nothing (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  /* The second reporter does not exist: the first is not marked either. */
  g_ptr_array_add (entries, g_object_ref (entry_of (f, SXSH_REPORTER_FACILITY, 2)));
  g_ptr_array_add (entries, g_object_new (SXSH_TYPE_REGISTER_ENTRY,
                                          "reporter-kind", SXSH_REPORTER_AGENCY,
                                          "reporter-id", (gint64) 999, "name", "?", NULL));
  g_assert_false (sxsh_register_mark_received (f->reg, entries, "2023-12-05", &error));
  g_assert_nonnull (error);
  g_assert_cmpint (sxsh_database_query_int64 (f->db,
                     "SELECT count(*) FROM facility_year WHERE facility_id = 2 AND year = 2023",
                     -1, NULL), ==, 0);
  g_assert_cmpint (sxsh_register_entry_get_status (entry_of (f, SXSH_REPORTER_FACILITY, 2)), ==,
                   SXSH_REPORT_STATUS_MISSING);
}

static void
test_return_and_resubmit (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) again = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  SxshRegisterEntry *entry = entry_of (f, SXSH_REPORTER_FACILITY, 1);

  /* A note is required, and the return cannot come before the receipt. */
  g_assert_false (sxsh_register_return (f->reg, entry, "2023-12-02", "  ", &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sxsh_register_return (f->reg, entry, "2023-11-29", "Sai đơn vị", &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sxsh_register_return (f->reg, entry_of (f, SXSH_REPORTER_FACILITY, 2),
                                        "2023-12-02", "Sai", &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (sxsh_register_return (f->reg, entry, "2023-12-02", "Sai đơn vị tính", &error));
  g_assert_no_error (error);
  entry = entry_of (f, SXSH_REPORTER_FACILITY, 1);
  g_assert_cmpint (sxsh_register_entry_get_status (entry), ==, SXSH_REPORT_STATUS_RETURNED);
  g_assert_cmpstr (sxsh_register_entry_get_note (entry), ==, "Sai đơn vị tính");

  /* The corrected report, received later, is judged against the due date. */
  g_ptr_array_add (again, entry);
  g_assert_true (sxsh_register_mark_received (f->reg, again, "2023-12-08", &error));
  g_assert_no_error (error);
  entry = entry_of (f, SXSH_REPORTER_FACILITY, 1);
  g_assert_cmpint (sxsh_register_entry_get_status (entry), ==, SXSH_REPORT_STATUS_LATE);
  g_assert_cmpstr (sxsh_register_entry_get_returned_on (entry), ==, "2023-12-02");

  /* Clearing a mistaken receipt makes the report missing again. */
  g_assert_true (sxsh_register_clear (f->reg, entry, &error));
  g_assert_no_error (error);
  entry = entry_of (f, SXSH_REPORTER_FACILITY, 1);
  g_assert_cmpint (sxsh_register_entry_get_status (entry), ==, SXSH_REPORT_STATUS_MISSING);
}

static void
test_agency_report (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SxshRegisterEntry *entry = entry_of (f, SXSH_REPORTER_AGENCY, 1);

  g_assert_true (sxsh_register_set_agency_report (f->reg, entry, "2023-12-15",
                                                  "Đã tuyên truyền 3 khu công nghiệp",
                                                  "Tập huấn năm 2024", &error));
  g_assert_no_error (error);
  entry = entry_of (f, SXSH_REPORTER_AGENCY, 1);
  g_assert_cmpstr (sxsh_register_entry_get_due_date (entry), ==, "2023-12-15");
  g_assert_cmpstr (sxsh_register_entry_get_summary (entry), ==,
                   "Đã tuyên truyền 3 khu công nghiệp");
  /* Its own later due date: not overdue on 10/12. */
  g_assert_cmpint (sxsh_register_entry_get_days_left (entry), ==, 5);

  g_assert_false (sxsh_register_set_agency_report (f->reg, entry_of (f, SXSH_REPORTER_FACILITY, 1),
                                                   NULL, "x", "y", &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sxsh/register/classify", test_classify);
  g_test_add ("/sxsh/register/statuses", Fixture, NULL, fixture_setup, test_statuses,
              fixture_teardown);
  g_test_add ("/sxsh/register/filters-and-due-setting", Fixture, NULL, fixture_setup,
              test_filters_and_due_setting, fixture_teardown);
  g_test_add ("/sxsh/register/mark-received", Fixture, NULL, fixture_setup, test_mark_received,
              fixture_teardown);
  g_test_add ("/sxsh/register/mark-received-all-or-nothing", Fixture, NULL, fixture_setup,
              test_mark_received_all_or_nothing, fixture_teardown);
  g_test_add ("/sxsh/register/return-and-resubmit", Fixture, NULL, fixture_setup,
              test_return_and_resubmit, fixture_teardown);
  g_test_add ("/sxsh/register/agency-report", Fixture, NULL, fixture_setup, test_agency_report,
              fixture_teardown);
  return g_test_run ();
}

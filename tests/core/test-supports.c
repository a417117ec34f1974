/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sxsh-core.h"
#include "sxsh-support-store.h"
#include "sxsh-test-util.h"

typedef struct
{
  char             *dir;
  SxshDatabase     *db;
  SxshSupportStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sxsh_test_make_tmpdir ();
  f->db = sxsh_test_open_db (f->dir);
  g_assert_true (sxsh_database_exec (f->db,
    "INSERT INTO facility (id, name) VALUES (1, 'Nhà máy Tinh bột sắn Đắk Hà'),"
    "  (2, 'Công ty Cao su Kon Tum'), (3, 'Gạch Tuynel Sa Thầy');", &error));
  g_assert_no_error (error);
  f->store = sxsh_support_store_new (f->db);
  sxsh_support_store_set_year (f->store, 2019);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->db);
  sxsh_test_remove_tree (f->dir);
  g_free (f->dir);
}

static SxshSupport *
make_support (gint64          facility,
              SxshSupportKind kind,
              int             year,
              gint64          consultancy,
              gint64          state)
{
  SxshSupport *support = sxsh_support_new ();

  g_object_set (support, "facility-id", facility, "kind", (int) kind, "year", year,
                "consultancy-cost", consultancy, "total-cost", consultancy * 2,
                "state-support", state, "consultant", "Trung tâm SXSH Việt Nam",
                "start-date", "2019-03-01", "end-date", "2019-09-30", NULL);
  return support;
}

static gint64
add_support (Fixture        *f,
             gint64          facility,
             SxshSupportKind kind,
             int             year,
             gint64          consultancy,
             gint64          state)
{
  g_autoptr(SxshSupport) support = make_support (facility, kind, year, consultancy, state);
  g_autoptr(GError) error = NULL;
  gint64 id = sxsh_support_store_insert (f->store, support, TRUE, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_option (Fixture         *f,
            gint64           support_id,
            SxshCpTechnique  technique,
            gint64           investment,
            gint64           saving,
            SxshCpDecision   decision)
{
  g_autoptr(SxshCpOption) option = sxsh_cp_option_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_object_set (option, "support-id", support_id, "technique", (int) technique,
                "description", "Thu hồi nước rửa củ", "investment", investment,
                "saving-vnd", saving, "saving-water-m3", 1200.0, "decision", (int) decision,
                NULL);
  id = sxsh_support_store_insert_option (f->store, option, FALSE, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
query (SxshDatabase *db,
       const char   *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = sxsh_database_query_int64 (db, sql, -1, &error);

  g_assert_no_error (error);
  return n;
}

static void
test_options_and_payback (Fixture       *f,
                          gconstpointer  data)
{
  SxshSupportTotals totals;
  g_autoptr(GError) error = NULL;
  SxshSupport *support;
  double years = 0;
  gint64 id;

  id = add_support (f, 1, SXSH_SUPPORT_DETAILED_ASSESSMENT, 2019, 80000000, 40000000);
  add_option (f, id, SXSH_CP_ONSITE_RECOVERY, 300000000, 120000000, SXSH_CP_DECISION_IMPLEMENT);
  add_option (f, id, SXSH_CP_HOUSEKEEPING, 0, 30000000, SXSH_CP_DECISION_IMPLEMENT);
  add_option (f, id, SXSH_CP_TECHNOLOGY_CHANGE, 5000000000, 100000000, SXSH_CP_DECISION_REJECTED);

  support = sxsh_support_store_lookup (f->store, id);
  g_assert_nonnull (support);
  g_assert_cmpuint (g_list_model_get_n_items (sxsh_support_get_options (support)), ==, 3);

  /* Totals leave the rejected option out: 300 M invested for 150 M a year. */
  g_assert_cmpint (sxsh_support_get_total_investment (support), ==, 300000000);
  g_assert_cmpint (sxsh_support_get_total_saving_vnd (support), ==, 150000000);
  g_assert_true (sxsh_support_get_payback (support, &years));
  g_assert_cmpfloat_with_epsilon (years, 2.0, 1e-9);

  /* Each option's payback; none when an option saves no money. */
  {
    g_autoptr(SxshCpOption) first = g_list_model_get_item (sxsh_support_get_options (support), 0);
    g_autoptr(SxshCpOption) none = sxsh_cp_option_new ();
    double value;

    g_assert_true (sxsh_cp_option_get_payback (first, &years));
    g_assert_cmpfloat_with_epsilon (years, 2.5, 1e-9);
    g_object_get (first, "payback-years", &value, NULL);
    g_assert_cmpfloat_with_epsilon (value, 2.5, 1e-9);
    g_object_set (none, "investment", (gint64) 1000000, NULL);
    g_assert_false (sxsh_cp_option_get_payback (none, &years));
    g_object_get (none, "payback-years", &value, NULL);
    g_assert_cmpfloat (value, ==, -1);
  }

  g_assert_true (sxsh_support_store_get_year_totals (f->store, &totals, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (totals.n_supports, ==, 1);
  g_assert_cmpuint (totals.n_options, ==, 3);
  g_assert_cmpint (totals.investment, ==, 300000000);
  g_assert_cmpint (totals.saving_vnd, ==, 150000000);
  g_assert_cmpfloat_with_epsilon (totals.saving_water_m3, 2400.0, 1e-9);
  g_assert_cmpint (totals.state_support, ==, 40000000);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SxshSupport) support = make_support (0, SXSH_SUPPORT_QUICK_ASSESSMENT, 2019, 0, 0);
  g_autoptr(SxshCpOption) option = sxsh_cp_option_new ();
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (support, "start-date", "2019-06-01", "end-date", "2019-05-31",
                "total-cost", (gint64) -10, NULL);
  issues = sxsh_support_store_validate (f->store, support);
  g_assert_cmpstr (sxsh_issues_find (issues, "end-date"), ==,
                   "End date: cannot be before the start date.");
  g_assert_cmpstr (sxsh_issues_find (issues, "facility-id"), ==,
                   "Facility: choose the facility supported.");
  g_assert_nonnull (sxsh_issues_find (issues, "total-cost"));
  g_assert_cmpint (sxsh_support_store_insert (f->store, support, TRUE, &error), ==, 0);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_assert_cmpint (query (f->db, "SELECT count(*) FROM support"), ==, 0);
  g_clear_error (&error);

  /* An option needs a description and a saved support. */
  g_object_set (option, "support-id", (gint64) 99, "saving-vnd", (gint64) -1, NULL);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = sxsh_support_store_validate_option (f->store, option);
  g_assert_cmpstr (sxsh_issues_find (issues, "description"), ==, "Description: required.");
  g_assert_nonnull (sxsh_issues_find (issues, "support-id"));
  g_assert_cmpstr (sxsh_issues_find (issues, "saving-vnd"), ==,
                   "Annual saving: cannot be negative.");
}

static void
test_state_support_limits (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SxshSupport) over_half = make_support (1, SXSH_SUPPORT_QUICK_ASSESSMENT, 2019,
                                                   20000000, 12000000);
  g_autoptr(SxshSupport) second = NULL;
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GError) error = NULL;
  const char *message;

  /* 12 of 20 million is more than half the consultancy cost: a warning,
   * which stops the save until the user accepts it. */
  issues = sxsh_support_store_validate (f->store, over_half);
  g_assert_false (sxsh_issues_has_errors (issues));
  message = sxsh_issues_find (issues, "state-support");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "50%"));
  g_assert_nonnull (strstr (message, "221/2012/TTLT-BTC-BCT"));
  g_assert_cmpint (sxsh_support_store_insert (f->store, over_half, FALSE, &error), ==, 0);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (sxsh_support_store_insert (f->store, over_half, TRUE, &error), >, 0);
  g_assert_no_error (error);

  /* Exactly half is allowed. */
  g_object_set (over_half, "state-support", (gint64) 10000000, NULL);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = sxsh_support_store_validate (f->store, over_half);
  g_assert_cmpuint (issues->len, ==, 0);

  /* 10 M already given (the first support, now edited to 10 M, is left out
   * of the sum as it is the one being edited); a second assessment of 42 M
   * brings the facility to 52 M > 50 M. */
  g_assert_true (sxsh_support_store_update (f->store, over_half, FALSE, &error));
  g_assert_no_error (error);
  second = make_support (1, SXSH_SUPPORT_DETAILED_ASSESSMENT, 2020, 90000000, 42000000);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = sxsh_support_store_validate (f->store, second);
  message = sxsh_issues_find (issues, "state-support");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "52.000.000"));
  g_assert_false (sxsh_issues_has_errors (issues));

  /* Equipment is not an assessment: no limit. */
  g_object_set (second, "kind", SXSH_SUPPORT_EQUIPMENT, NULL);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = sxsh_support_store_validate (f->store, second);
  g_assert_null (sxsh_issues_find (issues, "state-support"));

  /* A cancelled support costs the state nothing. */
  g_object_set (second, "kind", SXSH_SUPPORT_DETAILED_ASSESSMENT, NULL);
  g_assert_true (sxsh_database_exec (f->db, "UPDATE support SET status = 'cancelled'", &error));
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = sxsh_support_store_validate (f->store, second);
  g_assert_null (sxsh_issues_find (issues, "state-support"));
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SxshSupportUndo) undo = NULL;
  g_autoptr(SxshRowSet) option_undo = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, option_id;

  id = add_support (f, 2, SXSH_SUPPORT_QUICK_ASSESSMENT, 2019, 10000000, 5000000);
  option_id = add_option (f, id, SXSH_CP_PROCESS_CONTROL, 1000000, 2000000,
                          SXSH_CP_DECISION_STUDY);
  add_option (f, id, SXSH_CP_BYPRODUCTS, 1000000, 2000000, SXSH_CP_DECISION_STUDY);
  g_assert_true (sxsh_database_exec (f->db,
    "INSERT INTO certificate (id, number, year, seq, facility_id, issue_date, support_id) "
    "VALUES (5, '01/2019/GCN-SCT', 2019, 1, 2, '2019-12-01', 1)", &error));

  /* Deleting one option, then undoing. */
  option_undo = sxsh_support_store_delete_option (f->store, option_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (
                      sxsh_support_get_options (sxsh_support_store_lookup (f->store, id))), ==, 1);
  g_assert_true (sxsh_support_store_undo_delete_option (f->store, option_undo, &error));
  g_assert_cmpuint (g_list_model_get_n_items (
                      sxsh_support_get_options (sxsh_support_store_lookup (f->store, id))), ==, 2);

  /* Deleting the support takes its options; the certificate stays, unlinked. */
  undo = sxsh_support_store_delete (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 0);
  g_assert_cmpint (query (f->db, "SELECT count(*) FROM cp_option"), ==, 0);
  g_assert_cmpint (query (f->db, "SELECT count(*) FROM certificate WHERE support_id IS NULL"),
                   ==, 1);

  g_assert_true (sxsh_support_store_undo_delete (f->store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  g_assert_cmpint (query (f->db, "SELECT count(*) FROM cp_option"), ==, 2);
  g_assert_cmpint (query (f->db, "SELECT support_id FROM certificate WHERE id = 5"), ==, id);
}

static void
test_demo_models_and_filter (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SxshSupport) first = NULL;

  add_support (f, 3, SXSH_SUPPORT_DEMO_MODEL, 2019, 0, 0);
  add_support (f, 1, SXSH_SUPPORT_QUICK_ASSESSMENT, 2019, 10000000, 5000000);
  add_support (f, 2, SXSH_SUPPORT_CONSULTANCY, 2018, 10000000, 5000000);

  /* The year's supports, by facility name in Vietnamese order. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (f->store), 0);
  g_assert_cmpstr (sxsh_support_get_facility_name (first), ==, "Gạch Tuynel Sa Thầy");

  sxsh_support_store_set_kind_filter (f->store, SXSH_SUPPORT_DEMO_MODEL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  sxsh_support_store_set_kind_filter (f->store, -1);

  sxsh_support_store_set_filter_text (f->store, "tinh bot san");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  sxsh_support_store_set_filter_text (f->store, "danh gia nhanh");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 0);
  sxsh_support_store_set_filter_text (f->store, "quick");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sxsh/supports/options-and-payback", Fixture, NULL, fixture_setup,
              test_options_and_payback, fixture_teardown);
  g_test_add ("/sxsh/supports/validation", Fixture, NULL, fixture_setup, test_validation,
              fixture_teardown);
  g_test_add ("/sxsh/supports/state-support-limits", Fixture, NULL, fixture_setup,
              test_state_support_limits, fixture_teardown);
  g_test_add ("/sxsh/supports/delete-undo", Fixture, NULL, fixture_setup, test_delete_undo,
              fixture_teardown);
  g_test_add ("/sxsh/supports/demo-models-and-filter", Fixture, NULL, fixture_setup,
              test_demo_models_and_filter, fixture_teardown);
  return g_test_run ();
}

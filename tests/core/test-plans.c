/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sxsh-core.h"
#include "sxsh-plan-store.h"
#include "sxsh-test-util.h"

typedef struct
{
  char          *dir;
  SxshDatabase  *db;
  SxshPlanStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sxsh_test_make_tmpdir ();
  f->db = sxsh_test_open_db (f->dir);
  g_assert_true (sxsh_database_exec (f->db,
    "INSERT INTO plan (id, code, title, first_year, last_year) "
    "  VALUES (1, '2340/KH-UBND', 'Thực hiện Chiến lược SXSH', 2016, 2020);"
    "INSERT INTO plan_target (plan_id, indicator_key, target_pct) VALUES (1, 'informed', 90);"
    "INSERT INTO plan_task (id, plan_id, code, task, position) VALUES "
    "  (1, 1, '1', 'Tuyên truyền, nâng cao nhận thức', 1), (2, 1, '2', 'Đào tạo', 2);"
    "INSERT INTO agency (id, name, short_name) VALUES (1, 'Sở Công Thương', 'SCT'),"
    "  (2, 'Đài Phát thanh và Truyền hình tỉnh', 'PTTH'), (3, 'Sở Tài chính', 'STC');"
    "INSERT INTO plan_task_agency (task_id, agency_id, role) VALUES (1, 1, 'lead'),"
    "  (1, 2, 'partner');"
    "INSERT INTO event (id, kind, title, date, plan_task_id) "
    "  VALUES (1, 'reportage', 'Phóng sự', '2019-05-01', 1);"
    "INSERT INTO funding (id, year, source, plan_task_id, planned) "
    "  VALUES (1, 2019, 'local', 1, 50000000);", &error));
  g_assert_no_error (error);
  f->store = sxsh_plan_store_new (f->db);
  sxsh_plan_store_set_year (f->store, 2019);
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
test_listing_and_progress (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SxshPlanTask) first = NULL;
  g_autoptr(SxshPlanTask) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (sxsh_plan_store_get_plans (f->store)), ==, 1);
  g_assert_cmpint (sxsh_plan_store_get_plan_id (f->store), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (sxsh_plan_store_get_targets (f->store)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 2);

  first = g_list_model_get_item (G_LIST_MODEL (f->store), 0);
  g_assert_cmpstr (sxsh_plan_task_get_lead_agencies (first), ==, "Sở Công Thương");
  g_assert_cmpstr (sxsh_plan_task_get_partner_agencies (first), ==,
                   "Đài Phát thanh và Truyền hình tỉnh");
  g_assert_cmpint (sxsh_plan_task_get_progress (first), ==, SXSH_TASK_NOT_STARTED);

  /* Progress is per year: set, then changed in place. */
  g_assert_true (sxsh_plan_store_set_progress (f->store, 1, 2019, SXSH_TASK_IN_PROGRESS,
                                               "Đã phát 2 phóng sự", &error));
  g_assert_true (sxsh_plan_store_set_progress (f->store, 1, 2019, SXSH_TASK_DONE,
                                               "Đã phát 4 phóng sự", &error));
  g_assert_no_error (error);
  again = g_list_model_get_item (G_LIST_MODEL (f->store), 0);
  g_assert_cmpint (sxsh_plan_task_get_progress (again), ==, SXSH_TASK_DONE);
  g_assert_cmpstr (sxsh_plan_task_get_progress_note (again), ==, "Đã phát 4 phóng sự");
  g_assert_cmpint (query (f->db, "SELECT count(*) FROM plan_task_progress"), ==, 1);

  sxsh_plan_store_set_year (f->store, 2020);
  g_clear_object (&again);
  again = g_list_model_get_item (G_LIST_MODEL (f->store), 0);
  g_assert_cmpint (sxsh_plan_task_get_progress (again), ==, SXSH_TASK_NOT_STARTED);

  sxsh_plan_store_set_filter_text (f->store, "dao tao");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  sxsh_plan_store_set_filter_text (f->store, "truyen hinh");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);

  g_assert_false (sxsh_plan_store_set_progress (f->store, 1, 1980, SXSH_TASK_DONE, "", &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
}

static SxshPlanTarget *
make_target (const char *key,
             double      target,
             double      low,
             double      high,
             const char *classes)
{
  SxshPlanTarget *t = sxsh_plan_target_new ();

  g_object_set (t, "indicator-key", key, "target-pct", target, "band-low-pct", low,
                "band-high-pct", high, "size-classes", classes, NULL);
  return t;
}

static SxshPlanTask *
make_task (const char *code,
           const char *text)
{
  SxshPlanTask *t = sxsh_plan_task_new ();

  g_object_set (t, "code", code, "task", text, NULL);
  return t;
}

static void
test_new_plan (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SxshPlan) plan = sxsh_plan_new ();
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  const gint64 leads[] = { 1 };
  const gint64 partners[] = { 3, 1 };
  g_autoptr(SxshPlanTask) shown = NULL;
  g_autoptr(SxshPlanTarget) saving = NULL;
  g_autoptr(GError) error = NULL;
  guint n;
  gint64 id;

  g_object_set (plan, "code", "1234/KH-UBND", "title", "Sản xuất và tiêu dùng bền vững",
                "first-year", 2021, "last-year", 2025, "issued-on", "2021-06-01", NULL);
  g_ptr_array_add (targets, make_target ("informed", 70, -1, -1, ""));
  g_ptr_array_add (targets, make_target ("applying_saving", 50, 5, 8, "medium, large"));
  g_ptr_array_add (tasks, make_task ("1", "Tuyên truyền"));
  g_ptr_array_add (tasks, make_task ("2", "Hỗ trợ kỹ thuật"));
  sxsh_plan_task_set_agencies (g_ptr_array_index (tasks, 1), leads, 1, partners, 2);

  id = sxsh_plan_store_insert_plan (f->store, plan, targets, tasks, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 1);
  g_assert_cmpuint (g_list_model_get_n_items (sxsh_plan_store_get_plans (f->store)), ==, 2);

  sxsh_plan_store_set_plan_id (f->store, id);
  g_assert_cmpuint (g_list_model_get_n_items (sxsh_plan_store_get_targets (f->store)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 2);
  shown = g_list_model_get_item (G_LIST_MODEL (f->store), 1);
  g_assert_cmpstr (sxsh_plan_task_get_task (shown), ==, "Hỗ trợ kỹ thuật");
  g_assert_cmpint (sxsh_plan_task_get_position (shown), ==, 2);
  /* The lead is not also a partner. */
  sxsh_plan_task_get_partner_agency_ids (shown, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (sxsh_plan_task_get_partner_agencies (shown), ==, "Sở Tài chính");
  saving = g_list_model_get_item (sxsh_plan_store_get_targets (f->store), 1);
  g_assert_cmpstr (sxsh_plan_target_get_size_classes (saving), ==, "medium,large");
  g_assert_cmpfloat (sxsh_plan_target_get_band_high_pct (saving), ==, 8);
}

static void
test_plan_validation (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SxshPlan) plan = sxsh_plan_new ();
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (plan, "code", "2340/KH-UBND", "first-year", 2025, "last-year", 2021, NULL);
  issues = sxsh_plan_store_validate_plan (f->store, plan);
  g_assert_cmpstr (sxsh_issues_find (issues, "code"), ==,
                   "Code: there is already a plan 2340/KH-UBND.");
  g_assert_cmpstr (sxsh_issues_find (issues, "title"), ==, "Title: required.");
  g_assert_cmpstr (sxsh_issues_find (issues, "last-year"), ==,
                   "Last year: cannot be before the first year.");

  /* A bad task or target saves nothing at all. */
  g_object_set (plan, "code", "99/KH-UBND", "title", "Kế hoạch mới", "first-year", 2021,
                "last-year", 2025, NULL);
  g_ptr_array_add (targets, make_target ("informed", 70, -1, -1, ""));
  g_ptr_array_add (tasks, make_task ("1", "Tuyên truyền"));
  g_ptr_array_add (tasks, make_task ("1", "Trùng mã"));
  g_assert_cmpint (sxsh_plan_store_insert_plan (f->store, plan, targets, tasks, &error), ==, 0);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Task 2: Code: the plan already has a task 1."));
  g_assert_cmpint (sxsh_plan_get_id (plan), ==, 0);
  g_assert_cmpint (query (f->db, "SELECT count(*) FROM plan"), ==, 1);
  g_assert_cmpint (query (f->db, "SELECT count(*) FROM plan_target"), ==, 1);
  g_clear_error (&error);

  /* Target rules. */
  {
    g_autoptr(SxshPlanTarget) bad = make_target ("happiness", 120, 13, 8, "huge");
    g_autoptr(SxshPlanTarget) twice = make_target ("informed", 80, -1, -1, "");
    g_autoptr(SxshPlanTarget) no_band = make_target ("applying_saving", 50, -1, -1, "");

    g_object_set (bad, "plan-id", (gint64) 1, NULL);
    g_clear_pointer (&issues, g_ptr_array_unref);
    issues = sxsh_plan_store_validate_target (f->store, bad);
    g_assert_nonnull (sxsh_issues_find (issues, "indicator-key"));
    g_assert_cmpstr (sxsh_issues_find (issues, "target-pct"), ==,
                     "Target: must be between 0 and 100%.");
    g_assert_cmpstr (sxsh_issues_find (issues, "band-high-pct"), ==,
                     "Saving band, high end: cannot be below the low end.");
    g_assert_nonnull (sxsh_issues_find (issues, "size-classes"));

    g_object_set (twice, "plan-id", (gint64) 1, NULL);
    g_assert_cmpint (sxsh_plan_store_insert_target (f->store, twice, &error), ==, 0);
    g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
    g_clear_error (&error);

    g_object_set (no_band, "plan-id", (gint64) 1, NULL);
    g_clear_pointer (&issues, g_ptr_array_unref);
    issues = sxsh_plan_store_validate_target (f->store, no_band);
    g_assert_nonnull (sxsh_issues_find (issues, "band-low-pct"));
    g_object_set (no_band, "band-low-pct", 8.0, "band-high-pct", 13.0, NULL);
    g_assert_cmpint (sxsh_plan_store_insert_target (f->store, no_band, &error), >, 0);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (sxsh_plan_store_get_targets (f->store)), ==, 2);
  }
}

static void
test_edit_and_delete (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SxshPlanTask) task = make_task ("3", "Hỗ trợ kỹ thuật");
  g_autoptr(SxshPlanTask) copy = NULL;
  g_autoptr(SxshPlanUndo) undo = NULL;
  g_autoptr(SxshPlanUndo) plan_undo = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_object_set (task, "plan-id", (gint64) 1, NULL);
  id = sxsh_plan_store_insert_task (f->store, task, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sxsh_plan_task_get_position (task), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 3);

  copy = sxsh_plan_task_copy (sxsh_plan_store_lookup_task (f->store, id));
  g_object_set (copy, "timing", "Hằng năm", NULL);
  g_assert_true (sxsh_plan_store_update_task (f->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sxsh_plan_task_get_timing (sxsh_plan_store_lookup_task (f->store, id)), ==,
                   "Hằng năm");

  /* Deleting task 1 unlinks its event and budget line; undo links them
   * again and restores the agencies and progress. */
  g_assert_true (sxsh_plan_store_set_progress (f->store, 1, 2019, SXSH_TASK_DONE, "xong", &error));
  undo = sxsh_plan_store_delete_task (f->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query (f->db, "SELECT count(*) FROM event WHERE plan_task_id IS NULL"), ==, 1);
  g_assert_cmpint (query (f->db, "SELECT count(*) FROM plan_task_agency"), ==, 0);
  g_assert_true (sxsh_plan_store_undo_delete (f->store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (f->db, "SELECT plan_task_id FROM event WHERE id = 1"), ==, 1);
  g_assert_cmpint (query (f->db, "SELECT plan_task_id FROM funding WHERE id = 1"), ==, 1);
  g_assert_cmpint (query (f->db, "SELECT count(*) FROM plan_task_agency"), ==, 2);
  g_assert_cmpint (query (f->db, "SELECT count(*) FROM plan_task_progress"), ==, 1);

  /* The whole plan, and back. */
  plan_undo = sxsh_plan_store_delete_plan (f->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sxsh_plan_store_get_plans (f->store)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 0);
  g_assert_true (sxsh_plan_store_undo_delete (f->store, plan_undo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 3);
  g_assert_cmpint (query (f->db, "SELECT count(*) FROM plan_target"), ==, 1);
  g_assert_cmpint (query (f->db, "SELECT plan_task_id FROM event WHERE id = 1"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sxsh/plans/listing-and-progress", Fixture, NULL, fixture_setup,
              test_listing_and_progress, fixture_teardown);
  g_test_add ("/sxsh/plans/new-plan", Fixture, NULL, fixture_setup, test_new_plan,
              fixture_teardown);
  g_test_add ("/sxsh/plans/validation", Fixture, NULL, fixture_setup, test_plan_validation,
              fixture_teardown);
  g_test_add ("/sxsh/plans/edit-and-delete", Fixture, NULL, fixture_setup, test_edit_and_delete,
              fixture_teardown);
  return g_test_run ();
}

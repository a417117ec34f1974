/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sxsh-core.h"
#include "sxsh-funding-store.h"
#include "sxsh-test-util.h"

typedef struct
{
  char             *dir;
  SxshDatabase     *db;
  SxshFundingStore *store;
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
    "  VALUES (1, '2340/KH-UBND', 'SXSH', 2016, 2020);"
    "INSERT INTO plan_task (id, plan_id, code, task, position) VALUES "
    "  (1, 1, '1', 'Tuyên truyền, nâng cao nhận thức', 1), (2, 1, '3', 'Hỗ trợ kỹ thuật', 3);",
    &error));
  g_assert_no_error (error);
  f->store = sxsh_funding_store_new (f->db);
  sxsh_funding_store_set_year (f->store, 2019);
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

static SxshFunding *
make_line (int               year,
           SxshFundingSource source,
           gint64            task,
           gint64            planned,
           gint64            disbursed)
{
  SxshFunding *line = sxsh_funding_new ();

  g_object_set (line, "year", year, "source", (int) source, "plan-task-id", task,
                "planned", planned, "disbursed", disbursed, NULL);
  return line;
}

static gint64
add_line (Fixture          *f,
          int               year,
          SxshFundingSource source,
          gint64            task,
          gint64            planned,
          gint64            disbursed)
{
  g_autoptr(SxshFunding) line = make_line (year, source, task, planned, disbursed);
  g_autoptr(GError) error = NULL;
  gint64 id = sxsh_funding_store_insert (f->store, line, TRUE, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_totals (Fixture       *f,
             gconstpointer  data)
{
  SxshFundingTotals totals[SXSH_FUNDING_N_SOURCES];
  SxshFundingTotals local;
  g_autoptr(SxshFunding) first = NULL;
  g_autoptr(GError) error = NULL;
  double pct;

  add_line (f, 2019, SXSH_FUNDING_CENTRAL, 2, 200000000, 150000000);
  add_line (f, 2019, SXSH_FUNDING_LOCAL, 1, 80000000, 80000000);
  add_line (f, 2019, SXSH_FUNDING_LOCAL, 2, 20000000, 0);
  add_line (f, 2020, SXSH_FUNDING_LOCAL, 1, 99000000, 99000000);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 3);
  first = g_list_model_get_item (G_LIST_MODEL (f->store), 0);
  g_assert_cmpint (sxsh_funding_get_source (first), ==, SXSH_FUNDING_CENTRAL);
  g_assert_cmpstr (sxsh_funding_get_plan_task_label (first), ==, "3 Hỗ trợ kỹ thuật");
  g_object_get (first, "disbursed-pct", &pct, NULL);
  g_assert_cmpfloat_with_epsilon (pct, 75.0, 1e-9);

  sxsh_funding_store_get_totals (f->store, SXSH_FUNDING_LOCAL, &local);
  g_assert_cmpint (local.planned, ==, 100000000);
  g_assert_cmpint (local.disbursed, ==, 80000000);

  g_assert_true (sxsh_funding_totals_for_year (f->db, 2019, totals, &error));
  g_assert_no_error (error);
  g_assert_cmpint (totals[SXSH_FUNDING_NONE].planned, ==, 300000000);
  g_assert_cmpint (totals[SXSH_FUNDING_NONE].disbursed, ==, 230000000);
  g_assert_cmpint (totals[SXSH_FUNDING_CENTRAL].planned, ==, 200000000);
  g_assert_cmpint (totals[SXSH_FUNDING_OTHER].planned, ==, 0);

  /* Nothing planned: no share (not 0%, not a division by zero). */
  {
    g_autoptr(SxshFunding) empty = make_line (2019, SXSH_FUNDING_OTHER, 0, 0, 0);
    g_assert_cmpfloat (sxsh_funding_get_disbursed_pct (empty), ==, -1);
  }

  sxsh_funding_store_set_filter_text (f->store, "tuyen truyen");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  sxsh_funding_store_set_filter_text (f->store, "central");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SxshFunding) over = make_line (2019, SXSH_FUNDING_LOCAL, 1, 10000000, 12000000);
  g_autoptr(SxshFunding) bad = make_line (1980, SXSH_FUNDING_NONE, 0, -1, 0);
  g_autoptr(SxshFunding) duplicate = NULL;
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GError) error = NULL;

  /* Disbursing more than planned is a warning the user must accept. */
  issues = sxsh_funding_store_validate (f->store, over);
  g_assert_false (sxsh_issues_has_errors (issues));
  g_assert_nonnull (sxsh_issues_find (issues, "disbursed"));
  g_assert_cmpint (sxsh_funding_store_insert (f->store, over, FALSE, &error), ==, 0);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Disbursed: more than was planned"));
  g_clear_error (&error);
  g_assert_cmpint (sxsh_funding_store_insert (f->store, over, TRUE, &error), >, 0);
  g_assert_no_error (error);

  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = sxsh_funding_store_validate (f->store, bad);
  g_assert_cmpstr (sxsh_issues_find (issues, "year"), ==, "Year: must be between 1990 and 2100.");
  g_assert_nonnull (sxsh_issues_find (issues, "source"));
  g_assert_cmpstr (sxsh_issues_find (issues, "planned"), ==, "Planned: cannot be negative.");

  /* One line per year, source and task, also without a task. */
  duplicate = make_line (2019, SXSH_FUNDING_LOCAL, 1, 1, 1);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = sxsh_funding_store_validate (f->store, duplicate);
  g_assert_nonnull (sxsh_issues_find (issues, "plan-task-id"));
  add_line (f, 2019, SXSH_FUNDING_OTHER, 0, 5, 5);
  g_object_set (duplicate, "source", SXSH_FUNDING_OTHER, "plan-task-id", (gint64) 0, NULL);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = sxsh_funding_store_validate (f->store, duplicate);
  g_assert_nonnull (sxsh_issues_find (issues, "plan-task-id"));
}

static void
test_update_delete_undo (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SxshFunding) copy = NULL;
  g_autoptr(SxshRowSet) undo = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = add_line (f, 2019, SXSH_FUNDING_CENTRAL, 2, 200000000, 0);

  copy = sxsh_funding_copy (sxsh_funding_store_lookup (f->store, id));
  g_object_set (copy, "disbursed", (gint64) 190000000, "notes", "Đợt 1", NULL);
  g_assert_true (sxsh_funding_store_update (f->store, copy, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sxsh_funding_get_disbursed (sxsh_funding_store_lookup (f->store, id)), ==,
                   190000000);

  undo = sxsh_funding_store_delete (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 0);
  g_assert_true (sxsh_funding_store_undo_delete (f->store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  g_assert_cmpstr (sxsh_funding_get_notes (sxsh_funding_store_lookup (f->store, id)), ==, "Đợt 1");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sxsh/funding/totals", Fixture, NULL, fixture_setup, test_totals,
              fixture_teardown);
  g_test_add ("/sxsh/funding/validation", Fixture, NULL, fixture_setup, test_validation,
              fixture_teardown);
  g_test_add ("/sxsh/funding/update-delete-undo", Fixture, NULL, fixture_setup,
              test_update_delete_undo, fixture_teardown);
  return g_test_run ();
}

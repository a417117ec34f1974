/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sxsh-core.h"
#include "sxsh-report-text.h"
#include "sxsh-test-util.h"

typedef struct
{
  char         *dir;
  SxshDatabase *db;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = sxsh_test_make_tmpdir ();
  f->db = sxsh_test_open_db (f->dir);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
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

static void
test_create_and_reopen (void)
{
  g_autofree char *dir = sxsh_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "nested", "folder", "sxsh.db", NULL);
  g_autoptr(GError) error = NULL;
  SxshDatabase *db;

  db = sxsh_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sxsh_database_get_schema_version (db), ==, SXSH_SCHEMA_VERSION);
  g_assert_cmpint (count_rows (db, "PRAGMA application_id"), ==, SXSH_APPLICATION_ID);
  g_assert_cmpint (count_rows (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpstr (sxsh_database_get_path (db), ==, path);
  g_assert_true (sxsh_database_exec (db, "INSERT INTO sector (name) VALUES ('Cơ khí')", &error));
  g_assert_no_error (error);
  g_assert_finalize_object (db);

  db = sxsh_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM sector"), ==, 1);
  g_assert_finalize_object (db);
  sxsh_test_remove_tree (dir);
}

static void
test_empty_file (void)
{
  g_autofree char *dir = sxsh_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(GError) error = NULL;
  SxshDatabase *db;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  db = sxsh_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sxsh_database_get_schema_version (db), ==, SXSH_SCHEMA_VERSION);
  g_assert_finalize_object (db);
  sxsh_test_remove_tree (dir);
}

static void
test_migrate_from_v1 (void)
{
  g_autofree char *dir = sxsh_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "schema-v1.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;
  SxshDatabase *db;

  g_assert_true (g_file_get_contents (fixture, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (path, contents, len, NULL));

  db = sxsh_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sxsh_database_get_schema_version (db), ==, SXSH_SCHEMA_VERSION);
  /* The data of version 1 is still there... */
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM facility WHERE tax_code = '0100109106'"),
                   ==, 1);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM facility_year"), ==, 1);
  /* ...version 3's agency end dates exist... */
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM pragma_table_info('agency') "
                                   "WHERE name = 'valid_to'"), ==, 1);
  /* ...version 4 never gives a deleted id again... */
  g_assert_true (sxsh_database_exec (db, "INSERT INTO sector (name) VALUES ('Dệt may');"
                                         "DELETE FROM sector WHERE name = 'Dệt may';"
                                         "INSERT INTO sector (name) VALUES ('Giấy')", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (db, "SELECT id FROM sector WHERE name = 'Giấy'"), ==, 3);
  /* ...and version 2's change log now records changes to it. */
  g_assert_true (sxsh_database_exec (db, "UPDATE facility SET zone = 'KCN Hòa Bình'", &error));
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM change_log WHERE table_name = 'facility' "
                                   "AND action = 'update'"), ==, 1);
  g_assert_finalize_object (db);
  sxsh_test_remove_tree (dir);
}

static void
test_not_a_database (void)
{
  g_autofree char *dir = sxsh_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);
  g_autoptr(GError) error = NULL;
  SxshDatabase *db;

  g_assert_true (g_file_set_contents (path, "Danh sách cơ sở sản xuất, không phải cơ sở dữ liệu. "
                                      "This text is long enough to fill a database header.....",
                                      -1, NULL));
  db = sxsh_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, path));
  sxsh_test_remove_tree (dir);
}

static void
test_foreign_database (void)
{
  g_autofree char *dir = sxsh_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);
  g_autoptr(GError) error = NULL;
  SxshDatabase *db;

  /* Another program's database: tables, no application id. */
  db = sxsh_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sxsh_database_exec (db, "PRAGMA application_id = 0; PRAGMA user_version = 0; "
                                         "DROP TRIGGER sector_log_insert", &error));
  g_assert_finalize_object (db);

  db = sxsh_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_CORRUPT);
  sxsh_test_remove_tree (dir);
}

static void
test_newer_schema (void)
{
  g_autofree char *dir = sxsh_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "new.db", NULL);
  g_autoptr(GError) error = NULL;
  SxshDatabase *db;

  db = sxsh_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sxsh_database_exec (db, "PRAGMA user_version = 99", &error));
  g_assert_finalize_object (db);

  db = sxsh_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "99"));
  sxsh_test_remove_tree (dir);
}

static void
test_constraint_error (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SxshStatement *stmt;

  stmt = sxsh_database_prepare (f->db, "INSERT INTO facility (name, tax_code) VALUES (?1, ?2)",
                                &error);
  g_assert_no_error (error);
  sxsh_statement_bind_text (stmt, 1, "Nhà máy A");
  sxsh_statement_bind_text (stmt, 2, "0100109106");
  g_assert_true (sxsh_statement_run (stmt, &error));
  sxsh_statement_release (stmt);

  stmt = sxsh_database_prepare (f->db, "INSERT INTO facility (name, tax_code) VALUES (?1, ?2)",
                                &error);
  sxsh_statement_bind_text (stmt, 1, "Nhà máy B");
  sxsh_statement_bind_text (stmt, 2, "0100109106");
  g_assert_false (sxsh_statement_run (stmt, &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_CONSTRAINT);
  sxsh_statement_release (stmt);
  g_clear_error (&error);

  /* A foreign key to nothing is refused too. */
  g_assert_false (sxsh_database_exec (f->db, "INSERT INTO facility_year (facility_id, year) "
                                             "VALUES (999, 2020)", &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_CONSTRAINT);
}

static void
test_transactions (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sxsh_database_begin (f->db, &error));
  g_assert_true (sxsh_database_exec (f->db, "INSERT INTO sector (name) VALUES ('A')", &error));
  /* A nested step that fails rolls back only itself. */
  g_assert_true (sxsh_database_begin (f->db, &error));
  g_assert_true (sxsh_database_exec (f->db, "INSERT INTO sector (name) VALUES ('B')", &error));
  sxsh_database_rollback (f->db);
  g_assert_true (sxsh_database_in_transaction (f->db));
  g_assert_true (sxsh_database_commit (f->db, &error));
  g_assert_no_error (error);
  g_assert_false (sxsh_database_in_transaction (f->db));
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM sector"), ==, 1);

  g_assert_true (sxsh_database_begin (f->db, &error));
  g_assert_true (sxsh_database_exec (f->db, "INSERT INTO sector (name) VALUES ('C')", &error));
  sxsh_database_rollback (f->db);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM sector"), ==, 1);
}

static void
test_change_log (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt = NULL;

  g_assert_true (sxsh_database_set_actor (f->db, "Nguyễn Văn An", &error));
  g_assert_true (sxsh_database_exec (f->db, "INSERT INTO sector (name) VALUES ('Dệt may')",
                                     &error));
  g_assert_true (sxsh_database_exec (f->db, "DELETE FROM sector", &error));

  stmt = sxsh_database_prepare (f->db, "SELECT who, action, old_values, new_values FROM change_log "
                                       "WHERE table_name = 'sector' ORDER BY id", &error);
  g_assert_cmpint (sxsh_statement_step (stmt, &error), ==, SXSH_STEP_ROW);
  g_assert_cmpstr (sxsh_statement_get_text (stmt, 0), ==, "Nguyễn Văn An");
  g_assert_cmpstr (sxsh_statement_get_text (stmt, 1), ==, "insert");
  g_assert_nonnull (strstr (sxsh_statement_get_text (stmt, 3), "Dệt may"));
  g_assert_cmpint (sxsh_statement_step (stmt, &error), ==, SXSH_STEP_ROW);
  g_assert_cmpstr (sxsh_statement_get_text (stmt, 1), ==, "delete");
  g_assert_nonnull (strstr (sxsh_statement_get_text (stmt, 2), "Dệt may"));
  g_assert_cmpint (sxsh_statement_step (stmt, &error), ==, SXSH_STEP_DONE);
  g_clear_pointer (&stmt, sxsh_statement_release);

  /* Bulk loads may switch it off. */
  g_assert_true (sxsh_database_set_logging (f->db, FALSE, &error));
  g_assert_true (sxsh_database_exec (f->db, "INSERT INTO sector (name) VALUES ('X')", &error));
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM change_log WHERE table_name = 'sector'"),
                   ==, 2);
}

static void
test_row_set_undo (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshRowSet) rows = sxsh_row_set_new ();

  g_assert_true (sxsh_database_exec (f->db,
                                     "INSERT INTO facility (id, name) VALUES (7, 'Cơ sở gạch Sa Thầy');"
                                     "INSERT INTO facility_year (facility_id, year, applying, output) "
                                     "VALUES (7, 2019, 1, 12.5), (7, 2020, 1, 13.25);", &error));
  g_assert_no_error (error);
  g_assert_true (sxsh_row_set_capture (rows, f->db, "facility", "id", 7, &error));
  g_assert_true (sxsh_row_set_capture (rows, f->db, "facility_year", "facility_id", 7, &error));
  g_assert_cmpuint (sxsh_row_set_get_n_rows (rows), ==, 3);
  g_assert_true (sxsh_database_exec (f->db, "DELETE FROM facility WHERE id = 7", &error));
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM facility_year"), ==, 0);

  g_assert_true (sxsh_row_set_restore (rows, f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM facility WHERE id = 7"), ==, 1);
  g_assert_cmpint (count_rows (f->db, "SELECT CAST(sum(output) * 100 AS INTEGER) FROM facility_year "
                                      "WHERE facility_id = 7"), ==, 2575);
}

static void
test_backup_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_build_filename (f->dir, "backup.sxsh", NULL);
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_true (sxsh_database_exec (f->db, "INSERT INTO sector (name) VALUES ('Giấy')", &error));
  g_assert_true (sxsh_database_backup (f->db, backup, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));

  g_assert_true (sxsh_database_exec (f->db, "DELETE FROM sector", &error));
  g_assert_true (sxsh_database_restore (f->db, backup, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM sector WHERE name = 'Giấy'"), ==, 1);

  g_assert_true (sxsh_database_check_integrity (f->db, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_statement_cache_nested (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *sql = "SELECT id FROM sector ORDER BY id";
  SxshStatement *outer, *inner;
  int n = 0;

  g_assert_true (sxsh_database_exec (f->db, "INSERT INTO sector (name) VALUES ('A'), ('B')",
                                     &error));
  outer = sxsh_database_prepare (f->db, sql, &error);
  while (sxsh_statement_step (outer, &error) == SXSH_STEP_ROW)
    {
      /* The same text while the first is running gets its own statement. */
      inner = sxsh_database_prepare (f->db, sql, &error);
      g_assert_true (inner != outer);
      g_assert_cmpint (sxsh_statement_step (inner, &error), ==, SXSH_STEP_ROW);
      sxsh_statement_release (inner);
      n++;
    }
  sxsh_statement_release (outer);
  g_assert_cmpint (n, ==, 2);
}

static void
test_report_text (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *empty = sxsh_report_text_get (f->db, 2026, SXSH_REPORT_SECTION_PROPOSALS);
  g_autofree char *saved = NULL;
  g_autofree char *other = NULL;

  g_assert_cmpstr (empty, ==, "");
  g_assert_true (sxsh_report_text_set (f->db, 2026, SXSH_REPORT_SECTION_PROPOSALS,
                                       "  Đề nghị Bộ Công Thương hỗ trợ 02 mô hình.\n\nĐoạn hai.  ",
                                       &error));
  g_assert_no_error (error);
  saved = sxsh_report_text_get (f->db, 2026, SXSH_REPORT_SECTION_PROPOSALS);
  g_assert_cmpstr (saved, ==, "Đề nghị Bộ Công Thương hỗ trợ 02 mô hình.\n\nĐoạn hai.");
  /* Another year and another section are separate. */
  other = sxsh_report_text_get (f->db, 2025, SXSH_REPORT_SECTION_PROPOSALS);
  g_assert_cmpstr (other, ==, "");
  g_assert_true (sxsh_report_text_set (f->db, 2026, SXSH_REPORT_SECTION_PROPOSALS, "Mới", &error));
  g_clear_pointer (&saved, g_free);
  saved = sxsh_report_text_get (f->db, 2026, SXSH_REPORT_SECTION_PROPOSALS);
  g_assert_cmpstr (saved, ==, "Mới");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sxsh/database/create-and-reopen", test_create_and_reopen);
  g_test_add_func ("/sxsh/database/empty-file", test_empty_file);
  g_test_add_func ("/sxsh/database/migrate-from-v1", test_migrate_from_v1);
  g_test_add_func ("/sxsh/database/not-a-database", test_not_a_database);
  g_test_add_func ("/sxsh/database/foreign-database", test_foreign_database);
  g_test_add_func ("/sxsh/database/newer-schema", test_newer_schema);
  g_test_add ("/sxsh/database/constraint-error", Fixture, NULL, fixture_setup,
              test_constraint_error, fixture_teardown);
  g_test_add ("/sxsh/database/transactions", Fixture, NULL, fixture_setup, test_transactions,
              fixture_teardown);
  g_test_add ("/sxsh/database/change-log", Fixture, NULL, fixture_setup, test_change_log,
              fixture_teardown);
  g_test_add ("/sxsh/database/row-set-undo", Fixture, NULL, fixture_setup, test_row_set_undo,
              fixture_teardown);
  g_test_add ("/sxsh/database/backup-restore", Fixture, NULL, fixture_setup, test_backup_restore,
              fixture_teardown);
  g_test_add ("/sxsh/database/statement-cache-nested", Fixture, NULL, fixture_setup,
              test_statement_cache_nested, fixture_teardown);

  g_test_add ("/sxsh/database/report-text", Fixture, NULL, fixture_setup, test_report_text,
              fixture_teardown);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

#include "sxsh-error.h"
#include "sxsh-import.h"
#include "sxsh-reference.h"
#include "sxsh-table-reader.h"
#include "sxsh-test-util.h"

typedef struct
{
  char         *dir;
  SxshDatabase *db;
  guint         n_changed;
  char         *first_changed_table;
  char         *changed_table;
} Fixture;

static void
changed_cb (SxshDatabase *db,
            const char   *table,
            Fixture      *f)
{
  if (f->n_changed++ == 0)
    {
      g_free (f->first_changed_table);
      f->first_changed_table = g_strdup (table);
    }
  g_free (f->changed_table);
  f->changed_table = g_strdup (table);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sxsh_test_make_tmpdir ();
  f->db = sxsh_test_open_db (f->dir);
  g_assert_true (sxsh_reference_load (f->db, &error));
  g_assert_no_error (error);
  g_signal_connect (f->db, "changed", G_CALLBACK (changed_cb), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->db);
  sxsh_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->changed_table);
  g_free (f->first_changed_table);
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "import", name, NULL);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static SxshImportPlan *
prepare_path (Fixture        *f,
              SxshImportKind  kind,
              const char     *path)
{
  g_autoptr(GError) error = NULL;
  SxshImportPlan *plan = sxsh_import_prepare (f->db, kind, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static SxshImportPlan *
prepare_fixture (Fixture        *f,
                 SxshImportKind  kind,
                 const char     *name)
{
  g_autofree char *path = fixture_path (name);

  return prepare_path (f, kind, path);
}

static SxshImportPlan *
prepare_text (Fixture        *f,
              SxshImportKind  kind,
              const char     *name,
              const char     *contents)
{
  g_autofree char *path = write_file (f, name, contents);

  return prepare_path (f, kind, path);
}

static void
dump_issues (SxshImportPlan *plan)
{
  GPtrArray *issues = sxsh_import_plan_get_issues (plan);

  for (guint i = 0; i < issues->len; i++)
    {
      g_autofree char *line = sxsh_import_issue_to_line (g_ptr_array_index (issues, i));

      g_printerr ("# %s\n", line);
    }
}

static void
assert_no_errors (SxshImportPlan *plan)
{
  if (sxsh_import_plan_has_errors (plan))
    {
      dump_issues (plan);
      g_error ("the plan has %u errors", sxsh_import_plan_get_n_errors (plan));
    }
}

static void
apply (Fixture        *f,
       SxshImportPlan *plan)
{
  g_autoptr(GError) error = NULL;

  assert_no_errors (plan);
  g_assert_true (sxsh_import_apply (plan, &error));
  g_assert_no_error (error);
  g_assert_true (sxsh_import_plan_get_applied (plan));
}

static void
import_fixture (Fixture        *f,
                SxshImportKind  kind,
                const char     *name)
{
  g_autoptr(SxshImportPlan) plan = prepare_fixture (f, kind, name);

  apply (f, plan);
}

/* The issue on @row in @column (NULL: any) whose message holds @text. */
static const SxshImportIssue *
find_issue (SxshImportPlan *plan,
            int             row,
            const char     *column,
            const char     *text)
{
  GPtrArray *issues = sxsh_import_plan_get_issues (plan);

  for (guint i = 0; i < issues->len; i++)
    {
      const SxshImportIssue *issue = g_ptr_array_index (issues, i);

      if (issue->row == row && (column == NULL || g_strcmp0 (issue->column, column) == 0)
          && strstr (issue->message, text) != NULL)
        return issue;
    }
  dump_issues (plan);
  g_error ("no issue on row %d, column %s, saying “%s”", row, column, text);
  return NULL;
}

static void
assert_error (SxshImportPlan *plan,
              int             row,
              const char     *column,
              const char     *text)
{
  g_assert_false (find_issue (plan, row, column, text)->warning);
}

static void
assert_warning (SxshImportPlan *plan,
                int             row,
                const char     *column,
                const char     *text)
{
  g_assert_true (find_issue (plan, row, column, text)->warning);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = sxsh_database_query_int64 (f->db, sql, -1, &error);

  g_assert_no_error (error);
  return n;
}

/* One value of the facility with @tax_code, as text ("" for NULL). */
static char *
facility_value (Fixture    *f,
                const char *column_sql,
                const char *tax_code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (f->db, column_sql, &error);
  char *value;

  g_assert_no_error (error);
  sxsh_statement_bind_text (stmt, 1, tax_code);
  g_assert_cmpint (sxsh_statement_step (stmt, &error), ==, SXSH_STEP_ROW);
  value = sxsh_statement_is_null (stmt, 0) ? g_strdup ("") : sxsh_statement_dup_text (stmt, 0);
  return value;
}

#define assert_facility(f, column, tax_code, expected) \
  G_STMT_START { \
    g_autofree char *actual_ = facility_value ((f), "SELECT " column " FROM facility " \
                                               "WHERE tax_code = ?1", (tax_code)); \
    g_assert_cmpstr (actual_, ==, (expected)); \
  } G_STMT_END

static int
find_column (SxshImportPlan *plan,
             const char     *key)
{
  for (guint i = 0; i < sxsh_import_plan_get_n_columns (plan); i++)
    if (g_str_equal (sxsh_import_plan_get_column_key (plan, i), key))
      return i;
  g_error ("no preview column %s", key);
  return -1;
}

static const char *
preview (SxshImportPlan *plan,
         guint           row,
         const char     *key)
{
  return sxsh_import_plan_get_value (plan, row, find_column (plan, key));
}

/* Facilities */

static void
test_facilities_csv (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SxshImportPlan) plan = prepare_fixture (f, SXSH_IMPORT_FACILITIES, "facilities.csv");

  assert_no_errors (plan);
  g_assert_cmpuint (sxsh_import_plan_get_n_warnings (plan), ==, 0);
  g_assert_cmpuint (sxsh_import_plan_get_n_to_add (plan), ==, 6);
  g_assert_cmpuint (sxsh_import_plan_get_n_to_update (plan), ==, 0);
  g_assert_cmpstr (sxsh_import_plan_get_file_name (plan), ==, "facilities.csv");

  /* The preview shows the values as they will be stored. */
  g_assert_cmpuint (sxsh_import_plan_get_n_rows (plan), ==, 6);
  g_assert_cmpuint (sxsh_import_plan_get_n_columns (plan), ==, 12);
  g_assert_cmpstr (sxsh_import_plan_get_column_title (plan, 0), ==, "Tax code");
  g_assert_cmpint (sxsh_import_plan_get_row_number (plan, 0), ==, 2);
  g_assert_cmpint (sxsh_import_plan_get_row_action (plan, 0), ==, SXSH_IMPORT_ACTION_ADD);
  g_assert_cmpstr (preview (plan, 0, "tax_code"), ==, "6100001008");
  g_assert_cmpstr (preview (plan, 0, "revenue_bn"), ==, "320,5");
  g_assert_cmpstr (preview (plan, 0, "size"), ==, "Large");
  g_assert_cmpstr (preview (plan, 0, "admin_unit"), ==, "huyện Đắk Hà");
  g_assert_cmpstr (preview (plan, 0, "cp_potential"), ==, "Yes");
  g_assert_cmpstr (preview (plan, 1, "size"), ==, "Medium");
  g_assert_cmpstr (preview (plan, 2, "sector"), ==, "Sản xuất vật liệu xây dựng (gạch, ngói)");
  /* The row of the facility without a tax code is row 7 of the sheet. */
  g_assert_cmpint (sxsh_import_plan_get_row_number (plan, 5), ==, 7);

  /* Checking writes nothing. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM facility"), ==, 0);
  g_assert_cmpuint (f->n_changed, ==, 0);

  apply (f, plan);
  g_assert_cmpint (count (f, "SELECT count(*) FROM facility"), ==, 6);
  g_assert_cmpuint (f->n_changed, ==, 2);
  g_assert_cmpstr (f->first_changed_table, ==, "import");
  g_assert_cmpstr (f->changed_table, ==, "facility");

  assert_facility (f, "name", "6100001008", "Công ty TNHH Cao su Kon Tum");
  assert_facility (f, "name_key", "6100001008", "cong ty tnhh cao su kon tum");
  assert_facility (f, "revenue", "6100001008", "320500000000");
  assert_facility (f, "capital", "6100001008", "150000000000");
  assert_facility (f, "employees", "6100001008", "250");
  assert_facility (f, "size_class", "6100001008", "large");
  assert_facility (f, "size_manual", "6100001008", "0");
  assert_facility (f, "cp_potential", "6100001008", "1");
  assert_facility (f, "admin_unit_id", "6100001008", "12");
  assert_facility (f, "sector_id", "6100001008", "1");
  assert_facility (f, "first_year", "6100001008", "2010");
  assert_facility (f, "last_year", "6100001008", "");
  assert_facility (f, "address", "6100001015", "Km 12, Quốc lộ 14C (gần cầu Sa Thầy)");
  assert_facility (f, "size_class", "6100001015", "medium");
  assert_facility (f, "name", "6100001022", "Công ty CP Gạch \"Tuynel\" Ngọc Hồi");
  assert_facility (f, "revenue", "6100001022", "12250000000");
  assert_facility (f, "cp_potential", "6100001022", "1");
  assert_facility (f, "last_year", "6100001022", "2024");
  assert_facility (f, "size_class", "0100109106-001", "micro");
  assert_facility (f, "cp_potential", "0100109106-001", "0");
  assert_facility (f, "admin_unit_id", "0100112437", "10");
  g_assert_cmpint (count (f, "SELECT count(*) FROM facility WHERE tax_code IS NULL "
                             "AND name = 'Cơ sở xay xát Hòa Bình' AND cp_potential = 0 "
                             "AND admin_unit_id = 116"), ==, 1);

  /* A plan is written once. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (sxsh_import_apply (plan, &error));
    g_assert_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT);
  }
}

static void
test_facilities_vietnamese_semicolons (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(SxshImportPlan) plan = prepare_fixture (f, SXSH_IMPORT_FACILITIES,
                                                    "facilities-vi.csv");

  g_assert_cmpuint (sxsh_import_plan_get_n_to_add (plan), ==, 2);
  apply (f, plan);
  assert_facility (f, "revenue", "6100001047", "1234500000000");
  assert_facility (f, "capital", "6100001047", "20750000000");
  assert_facility (f, "admin_unit_id", "6100001047", "150");
  assert_facility (f, "sector_id", "6100001047", "20");
  assert_facility (f, "cp_potential", "6100001047", "1");
  assert_facility (f, "address", "6100001054", "Thôn 5; xã Đắk Ruồng");
  assert_facility (f, "sector_id", "6100001054", "4");
  assert_facility (f, "admin_unit_id", "6100001054", "16");
  assert_facility (f, "size_class", "6100001054", "large");
  assert_facility (f, "size_manual", "6100001054", "0");
  assert_facility (f, "cp_potential", "6100001054", "0");
}

static void
test_facilities_xlsx (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SxshImportPlan) plan = prepare_fixture (f, SXSH_IMPORT_FACILITIES,
                                                    "facilities-openpyxl.xlsx");

  /* The sheet named for facilities, not the instructions before it. */
  g_assert_cmpstr (sxsh_import_plan_get_sheet_name (plan), ==, "Cơ sở");
  assert_warning (plan, 1, "Người lập", "ignored");
  g_assert_cmpuint (sxsh_import_plan_get_n_warnings (plan), ==, 1);
  g_assert_cmpuint (sxsh_import_plan_get_n_to_add (plan), ==, 3);
  apply (f, plan);

  assert_facility (f, "revenue", "6100001181", "35500000000");
  assert_facility (f, "employees", "6100001181", "85");
  assert_facility (f, "cp_potential", "6100001181", "1");
  assert_facility (f, "address", "6100001181", "Thôn Măng Đen");
  assert_facility (f, "size_class", "6100001199", "medium");
  assert_facility (f, "size_manual", "6100001199", "0");
  assert_facility (f, "cp_potential", "6100001199", "0");
  assert_facility (f, "sector_id", "6100001199", "25");
  assert_facility (f, "capital", "6100001209", "800000000");
  assert_facility (f, "last_year", "6100001209", "2025");
}

static void
test_facilities_bad_values (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SxshImportPlan) plan = prepare_fixture (f, SXSH_IMPORT_FACILITIES,
                                                    "facilities-bad.csv");
  g_autoptr(GError) error = NULL;
  const SxshImportIssue *issue;
  g_autofree char *text = NULL;
  g_autofree char *line = NULL;

  assert_warning (plan, 1, "colour", "ignored");
  assert_error (plan, 2, "tax_code", "“12345” is not a tax code");
  assert_error (plan, 3, "name", "name is empty");
  assert_error (plan, 4, "sector", "no sector named “Luyện kim vũ trụ”");
  assert_error (plan, 5, "admin_unit", "Several administrative units are named “Đắk Hà”");
  assert_error (plan, 6, "admin_unit", "no administrative unit named “Atlantis”");
  assert_error (plan, 7, "employees", "“nhiều” is not a number");
  assert_error (plan, 8, "employees", "“12.5” is not a whole number");
  assert_error (plan, 9, "revenue_bn", "“-3” is out of range");
  assert_error (plan, 10, "cp_potential", "“maybe” is not yes or no");
  assert_error (plan, 11, "first_year", "“20x9” is not a year between 1900 and 2100");
  assert_error (plan, 12, "last_year", "The last year (2015) is before the first year (2020)");
  assert_error (plan, 13, "size", "“khổng lồ” is not a size class");
  /* The first row with that code had an error of its own: still a duplicate. */
  assert_error (plan, 14, "tax_code", "is already on row 4");
  g_assert_cmpuint (sxsh_import_plan_get_n_errors (plan), ==, 13);
  g_assert_cmpuint (sxsh_import_plan_get_n_warnings (plan), ==, 1);
  g_assert_cmpuint (sxsh_import_plan_get_n_rows (plan), ==, 0);

  issue = find_issue (plan, 7, "employees", "nhiều");
  text = sxsh_import_issue_to_string (issue);
  g_assert_cmpstr (text, ==, "Row 7, column “employees”: “nhiều” is not a number.");
  line = sxsh_import_issue_to_line (issue);
  g_assert_cmpstr (line, ==, "facilities-bad.csv:7:employees: “nhiều” is not a number.");

  g_assert_false (sxsh_import_apply (plan, &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT);
  g_assert_nonnull (strstr (error->message, "13 errors"));
  g_assert_cmpint (count (f, "SELECT count(*) FROM facility"), ==, 0);
  g_assert_cmpuint (f->n_changed, ==, 0);
}

static void
test_facilities_update_by_tax_code (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(SxshImportPlan) plan = NULL;
  g_autoptr(SxshImportPlan) again = NULL;

  import_fixture (f, SXSH_IMPORT_FACILITIES, "facilities.csv");

  /* Only the columns the file has change; the size follows the figures. */
  plan = prepare_text (f, SXSH_IMPORT_FACILITIES, "update.csv",
                       "Mã số thuế,Tên cơ sở,Số lao động\n"
                       "6100001008,Công ty TNHH Cao su Kon Tum,150\n"
                       "6100001015,Nhà máy tinh bột sắn Sa Thầy,120\n"
                       "6100001216,Công ty mới,5\n"
                       ",Cơ sở xay xát Hòa Bình,4\n");
  assert_no_errors (plan);
  g_assert_cmpuint (sxsh_import_plan_get_n_to_add (plan), ==, 1);
  g_assert_cmpuint (sxsh_import_plan_get_n_to_update (plan), ==, 2);
  g_assert_cmpuint (sxsh_import_plan_get_n_unchanged (plan), ==, 1);
  g_assert_cmpint (sxsh_import_plan_get_row_action (plan, 0), ==, SXSH_IMPORT_ACTION_UPDATE);
  g_assert_cmpint (sxsh_import_plan_get_row_action (plan, 1), ==, SXSH_IMPORT_ACTION_UNCHANGED);
  g_assert_cmpint (sxsh_import_plan_get_row_action (plan, 2), ==, SXSH_IMPORT_ACTION_ADD);
  g_assert_cmpint (sxsh_import_plan_get_row_action (plan, 3), ==, SXSH_IMPORT_ACTION_UPDATE);
  /* A preview can show what an update changes. */
  g_assert_true (sxsh_import_plan_get_value_changed (plan, 0, find_column (plan, "employees")));
  g_assert_false (sxsh_import_plan_get_value_changed (plan, 0, find_column (plan, "name")));
  g_assert_false (sxsh_import_plan_get_value_changed (plan, 2, find_column (plan, "employees")));
  g_assert_cmpstr (preview (plan, 0, "employees"), ==, "150");
  apply (f, plan);

  g_assert_cmpint (count (f, "SELECT count(*) FROM facility"), ==, 7);
  assert_facility (f, "employees", "6100001008", "150");
  assert_facility (f, "address", "6100001008", "Thôn 1, xã Đắk Mar");
  assert_facility (f, "revenue", "6100001008", "320500000000");
  assert_facility (f, "size_class", "6100001008", "large");
  assert_facility (f, "cp_potential", "0100109106-001", "0");
  assert_facility (f, "cp_potential", "6100001216", "1");
  assert_facility (f, "size_class", "6100001216", "micro");
  g_assert_cmpint (count (f, "SELECT employees FROM facility WHERE tax_code IS NULL"), ==, 4);

  /* The same file again changes nothing. */
  again = prepare_fixture (f, SXSH_IMPORT_FACILITIES, "facilities.csv");
  g_assert_cmpuint (sxsh_import_plan_get_n_to_add (again), ==, 0);
  g_assert_cmpuint (sxsh_import_plan_get_n_to_update (again), ==, 2);
  g_assert_cmpuint (sxsh_import_plan_get_n_unchanged (again), ==, 4);
  apply (f, again);
  assert_facility (f, "employees", "6100001008", "250");
}

static void
test_facilities_size_override (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(SxshImportPlan) plan = NULL;
  g_autoptr(SxshImportPlan) figures = NULL;
  g_autoptr(SxshImportPlan) cleared = NULL;

  /* A size that the figures do not give is kept as set by hand... */
  plan = prepare_text (f, SXSH_IMPORT_FACILITIES, "size.csv",
                       "tax_code,name,employees,size\n6100001223,Cơ sở A,5,medium\n");
  apply (f, plan);
  assert_facility (f, "size_class", "6100001223", "medium");
  assert_facility (f, "size_manual", "6100001223", "1");

  /* ...even when later figures come without a size column... */
  figures = prepare_text (f, SXSH_IMPORT_FACILITIES, "figures.csv",
                          "tax_code,name,employees\n6100001223,Cơ sở A,7\n");
  apply (f, figures);
  assert_facility (f, "size_class", "6100001223", "medium");
  assert_facility (f, "employees", "6100001223", "7");

  /* ...and an empty size cell gives it back to the figures. */
  cleared = prepare_text (f, SXSH_IMPORT_FACILITIES, "cleared.csv",
                          "tax_code,name,size\n6100001223,Cơ sở A,\n");
  apply (f, cleared);
  assert_facility (f, "size_class", "6100001223", "micro");
  assert_facility (f, "size_manual", "6100001223", "0");
}

static void
test_facilities_notes (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SxshImportPlan) plan = NULL;

  /* Notes keep their line breaks; a one-line field does not. */
  plan = prepare_text (f, SXSH_IMPORT_FACILITIES, "notes.csv",
                       "tax_code,name,notes\r\n"
                       "6100001287,\"Cơ sở\r\n  B\",\"Dòng 1 \r\nDòng 2\r\n\"\r\n");
  apply (f, plan);
  assert_facility (f, "notes", "6100001287", "Dòng 1\nDòng 2");
  assert_facility (f, "name", "6100001287", "Cơ sở B");
}

/* A long check can be followed and stopped. */
static void
progress_cb (double   fraction,
             gpointer user_data)
{
  GArray *fractions = user_data;

  g_array_append_val (fractions, fraction);
}

static void
test_progress_and_cancel (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("tax_code,name\n");
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(SxshImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (text, ",Cơ sở %u\n", i);
  path = write_file (f, "many.csv", text->str);

  plan = sxsh_import_prepare_full (f->db, SXSH_IMPORT_FACILITIES, path, NULL, progress_cb,
                                   fractions, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sxsh_import_plan_get_n_to_add (plan), ==, 1000);
  g_assert_cmpuint (fractions->len, >=, 3);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=,
                       g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);

  g_cancellable_cancel (cancellable);
  g_assert_false (sxsh_import_apply_full (plan, cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (count (f, "SELECT count(*) FROM facility"), ==, 0);
  g_assert_false (sxsh_database_in_transaction (f->db));
  g_clear_error (&error);
  g_clear_object (&plan);

  plan = sxsh_import_prepare_full (f->db, SXSH_IMPORT_FACILITIES, path, cancellable, NULL, NULL,
                                   &error);
  g_assert_null (plan);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_one_bad_row_writes_nothing (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(SxshImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_facilities, n_log;

  import_fixture (f, SXSH_IMPORT_FACILITIES, "facilities.csv");
  n_facilities = count (f, "SELECT count(*) FROM facility");
  n_log = count (f, "SELECT count(*) FROM change_log");
  f->n_changed = 0;

  plan = prepare_text (f, SXSH_IMPORT_FACILITIES, "mixed.csv",
                       "tax_code,name,employees\n"
                       "6100001008,Công ty TNHH Cao su Kon Tum,999\n"
                       "6100001230,Mới 1,3\n"
                       "6100001248,Mới 2,ba\n"
                       "6100001255,Mới 3,4\n");
  g_assert_cmpuint (sxsh_import_plan_get_n_errors (plan), ==, 1);
  assert_error (plan, 4, "employees", "“ba” is not a number");
  g_assert_false (sxsh_import_apply (plan, &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT);

  g_assert_cmpint (count (f, "SELECT count(*) FROM facility"), ==, n_facilities);
  g_assert_cmpint (count (f, "SELECT count(*) FROM change_log"), ==, n_log);
  assert_facility (f, "employees", "6100001008", "250");
  g_assert_cmpuint (f->n_changed, ==, 0);
}

/* A plan checked, then the database changed under it: the write fails at
 * the row it can no longer make, and the rows before it are undone. */
static void
test_failure_while_writing_rolls_back (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(SxshImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_facilities;

  import_fixture (f, SXSH_IMPORT_FACILITIES, "facilities.csv");
  plan = prepare_text (f, SXSH_IMPORT_FACILITIES, "late.csv",
                       "tax_code,name,employees\n"
                       "6100001262,Mới 1,3\n"
                       "6100001008,Công ty TNHH Cao su Kon Tum,999\n"
                       "6100001015,Nhà máy tinh bột sắn Sa Thầy,77\n");
  assert_no_errors (plan);
  g_assert_true (sxsh_database_exec (f->db, "DELETE FROM facility WHERE tax_code = '6100001015'",
                                     &error));
  g_assert_no_error (error);
  n_facilities = count (f, "SELECT count(*) FROM facility");

  g_assert_false (sxsh_import_apply (plan, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Row 4"));
  g_assert_false (sxsh_import_plan_get_applied (plan));
  g_assert_cmpint (count (f, "SELECT count(*) FROM facility"), ==, n_facilities);
  g_assert_cmpint (count (f, "SELECT count(*) FROM facility WHERE tax_code = '6100001262'"),
                   ==, 0);
  assert_facility (f, "employees", "6100001008", "250");
  g_assert_false (sxsh_database_in_transaction (f->db));
}

static void
test_headers (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SxshImportPlan) missing = NULL;
  g_autoptr(SxshImportPlan) none = NULL;
  g_autoptr(SxshImportPlan) twice = NULL;
  g_autoptr(SxshImportPlan) marked = NULL;
  g_autoptr(SxshImportPlan) empty = NULL;
  g_autoptr(SxshImportPlan) header_only = NULL;

  missing = prepare_text (f, SXSH_IMPORT_FACILITIES, "missing.csv", "name,address\nA,B\n");
  assert_error (missing, 1, "Mã số thuế", "The column “tax_code” (or “Mã số thuế”) is missing");
  g_assert_cmpuint (sxsh_import_plan_get_n_rows (missing), ==, 0);

  none = prepare_text (f, SXSH_IMPORT_ANNUAL, "none.csv", "6100001008,2020\n6100001015,2021\n");
  assert_error (none, 1, NULL, "The first row must hold the column headers");

  twice = prepare_text (f, SXSH_IMPORT_FACILITIES, "twice.csv",
                        "tax_code,Tên cơ sở,MÃ SỐ THUẾ\n6100001008,A,6100001008\n");
  assert_error (twice, 1, "MÃ SỐ THUẾ", "twice (also column A, “tax_code”)");

  /* Case, accents, underscores, "(*)" marks and colons do not matter. */
  marked = prepare_text (f, SXSH_IMPORT_FACILITIES, "marked.csv",
                         "MA SO THUE (*),Ten co so:,Revenue_BN\n6100001008,A,1\n");
  assert_no_errors (marked);
  g_assert_cmpuint (sxsh_import_plan_get_n_warnings (marked), ==, 0);
  g_assert_cmpuint (sxsh_import_plan_get_n_columns (marked), ==, 3);

  empty = prepare_text (f, SXSH_IMPORT_FACILITIES, "empty.csv", "\n\n");
  assert_error (empty, 0, NULL, "The file is empty");

  header_only = prepare_text (f, SXSH_IMPORT_FACILITIES, "header.csv", "tax_code,name\n");
  assert_no_errors (header_only);
  assert_warning (header_only, 0, NULL, "no rows");
}

static void
test_tax_codes (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SxshImportPlan) plan = NULL;

  plan = prepare_text (f, SXSH_IMPORT_FACILITIES, "codes.csv",
                       "tax_code,name\n"
                       "6100001009,Sai số kiểm tra\n"
                       "0100 109 106–002,Chi nhánh 2\n"
                       "0100109106003,Chi nhánh 3\n"
                       "61000010081,Quá dài\n"
                       "610000100A,Có chữ\n");
  assert_warning (plan, 2, "tax_code", "check digit");
  g_assert_cmpstr (preview (plan, 1, "tax_code"), ==, "0100109106-002");
  g_assert_cmpstr (preview (plan, 2, "tax_code"), ==, "0100109106-003");
  assert_error (plan, 5, "tax_code", "is not a tax code");
  assert_error (plan, 6, "tax_code", "is not a tax code");
  g_assert_cmpuint (sxsh_import_plan_get_n_errors (plan), ==, 2);
}

static void
test_unreadable_files (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *source = fixture_path ("facilities-openpyxl.xlsx");
  g_autofree char *truncated = g_build_filename (f->dir, "truncated.xlsx", NULL);
  g_autofree char *renamed = write_file (f, "text.xlsx", "tax_code,name\n6100001008,A\n");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  SxshImportPlan *plan;
  gsize length = 0;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (truncated, contents, length / 2, NULL));

  plan = sxsh_import_prepare (f->db, SXSH_IMPORT_FACILITIES, truncated, &error);
  g_assert_null (plan);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT);
  g_assert_nonnull (strstr (error->message, "truncated.xlsx"));
  g_clear_error (&error);

  plan = sxsh_import_prepare (f->db, SXSH_IMPORT_FACILITIES, renamed, &error);
  g_assert_null (plan);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT);
  g_assert_nonnull (strstr (error->message, "text.xlsx"));
  g_clear_error (&error);

  g_assert_cmpint (count (f, "SELECT count(*) FROM facility"), ==, 0);
}

/* Annual data */

static gint64
annual_int (Fixture    *f,
            const char *column,
            const char *tax_code,
            int         year)
{
  g_autofree char *sql = g_strdup_printf ("SELECT y.%s FROM facility_year y JOIN facility f "
                                          "ON f.id = y.facility_id WHERE f.tax_code = '%s' "
                                          "AND y.year = %d", column, tax_code, year);

  return count (f, sql);
}

static char *
annual_text (Fixture    *f,
             const char *column,
             const char *tax_code,
             int         year)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (y.%s, '') FROM facility_year y "
                                          "JOIN facility f ON f.id = y.facility_id "
                                          "WHERE f.tax_code = ?1 AND y.year = %d", column, year);

  return facility_value (f, sql, tax_code);
}

static void
test_annual_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SxshImportPlan) plan = NULL;
  g_autofree char *received = NULL;
  g_autofree char *received_iso = NULL;
  g_autofree char *output = NULL;

  import_fixture (f, SXSH_IMPORT_FACILITIES, "facilities.csv");
  plan = prepare_fixture (f, SXSH_IMPORT_ANNUAL, "annual.csv");
  assert_no_errors (plan);
  g_assert_cmpuint (sxsh_import_plan_get_n_to_add (plan), ==, 3);
  /* The preview names the facility each row was matched to. */
  g_assert_cmpstr (preview (plan, 2, "facility"), ==, "Nhà máy tinh bột sắn Sa Thầy");
  g_assert_cmpstr (preview (plan, 1, "report_received"), ==, "25/11/2020");
  f->n_changed = 0;
  apply (f, plan);
  g_assert_cmpstr (f->changed_table, ==, "facility_year");

  g_assert_cmpint (annual_int (f, "is_baseline", "6100001008", 2019), ==, 1);
  g_assert_cmpint (annual_int (f, "applying", "6100001008", 2020), ==, 1);
  output = annual_text (f, "output", "6100001008", 2019);
  g_assert_cmpstr (output, ==, "1200.5");
  received = annual_text (f, "report_received", "6100001008", 2020);
  g_assert_cmpstr (received, ==, "2020-11-25");
  received_iso = annual_text (f, "report_received", "6100001015", 2020);
  g_assert_cmpstr (received_iso, ==, "2020-11-30");
  g_assert_cmpint (annual_int (f, "informed", "6100001015", 2020), ==, 1);
  g_assert_cmpint (annual_int (f, "applying", "6100001015", 2020), ==, 0);
  g_assert_cmpint (annual_int (f, "dedicated_unit", "6100001015", 2020), ==, 1);
  g_assert_cmpint (annual_int (f, "is_baseline", "6100001015", 2020), ==, 0);
}

static void
test_annual_xlsx_dates (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SxshImportPlan) plan = NULL;
  g_autofree char *received = NULL;
  g_autofree char *none = NULL;

  import_fixture (f, SXSH_IMPORT_FACILITIES, "facilities-openpyxl.xlsx");
  plan = prepare_fixture (f, SXSH_IMPORT_ANNUAL, "annual-openpyxl.xlsx");
  g_assert_cmpstr (sxsh_import_plan_get_sheet_name (plan), ==, "Hàng năm");
  g_assert_cmpuint (sxsh_import_plan_get_n_to_add (plan), ==, 3);
  apply (f, plan);

  /* Date cells are serial numbers in the file. */
  received = annual_text (f, "report_received", "6100001181", 2020);
  g_assert_cmpstr (received, ==, "2020-11-27");
  none = annual_text (f, "report_received", "6100001199", 2021);
  g_assert_cmpstr (none, ==, "");
  g_assert_cmpint (annual_int (f, "is_baseline", "6100001181", 2020), ==, 1);
  g_assert_cmpint (annual_int (f, "applying", "6100001181", 2021), ==, 1);
  g_assert_cmpint (annual_int (f, "dedicated_unit", "6100001199", 2021), ==, 1);
}

static void
test_annual_libreoffice (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SxshImportPlan) plan = NULL;
  g_autofree char *received = NULL;
  g_autofree char *unit = NULL;

  import_fixture (f, SXSH_IMPORT_FACILITIES, "facilities.csv");
  plan = prepare_fixture (f, SXSH_IMPORT_ANNUAL, "annual-libreoffice.xlsx");
  /* Calc stored 0100112437 as the number 100112437. */
  assert_warning (plan, 3, "tax_code", "lost its leading zero");
  g_assert_cmpuint (sxsh_import_plan_get_n_to_add (plan), ==, 3);
  apply (f, plan);

  received = annual_text (f, "report_received", "6100001008", 2021);
  g_assert_cmpstr (received, ==, "2021-11-28");
  g_assert_cmpint (annual_int (f, "applying", "0100112437", 2021), ==, 0);
  g_assert_cmpint (annual_int (f, "informed", "0100112437", 2021), ==, 1);
  g_assert_cmpint (annual_int (f, "is_baseline", "6100001022", 2021), ==, 1);
  unit = annual_text (f, "output_unit", "6100001022", 2021);
  g_assert_cmpstr (unit, ==, "1000 viên QTC");
}

static void
test_annual_baseline (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SxshImportPlan) move = NULL;
  g_autoptr(SxshImportPlan) twice = NULL;

  import_fixture (f, SXSH_IMPORT_FACILITIES, "facilities.csv");
  import_fixture (f, SXSH_IMPORT_ANNUAL, "annual.csv");

  move = prepare_text (f, SXSH_IMPORT_ANNUAL, "move.csv",
                       "tax_code,year,baseline\n6100001008,2020,x\n");
  assert_warning (move, 2, "baseline", "moves from 2019 to 2020");
  g_assert_cmpuint (sxsh_import_plan_get_n_to_update (move), ==, 1);
  apply (f, move);
  g_assert_cmpint (annual_int (f, "is_baseline", "6100001008", 2019), ==, 0);
  g_assert_cmpint (annual_int (f, "is_baseline", "6100001008", 2020), ==, 1);
  /* Columns absent from the file are kept. */
  g_assert_cmpint (annual_int (f, "applying", "6100001008", 2020), ==, 1);

  twice = prepare_text (f, SXSH_IMPORT_ANNUAL, "twice.csv",
                        "tax_code,year,baseline\n6100001015,2016,1\n6100001015,2017,1\n");
  assert_error (twice, 3, "baseline", "already has its baseline year on row 2");
}

static void
test_annual_bad_values (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SxshImportPlan) plan = NULL;

  import_fixture (f, SXSH_IMPORT_FACILITIES, "facilities.csv");
  plan = prepare_text (f, SXSH_IMPORT_ANNUAL, "bad-annual.csv",
                       "Mã số thuế,Tên cơ sở,Năm,Được tuyên truyền,Sản lượng,Ngày nhận báo cáo\n"
                       "6100001008,,1985,1,,\n"
                       "6100001008,,2020,có lẽ,,\n"
                       "6100001008,,2021,,nhiều,\n"
                       "6100001008,,2022,,,31/02/2022\n"
                       "6100001008,,2023,,,45000\n"
                       "6100009999,,2020,,,\n"
                       ",Cơ sở không có,2020,,,\n"
                       "6100001015,Tên khác,2020,,,\n"
                       "6100001015,,2020,,,\n"
                       "6100001015,,,,,\n");
  assert_error (plan, 2, "Năm", "“1985” is not a year between 1990 and 2100");
  assert_error (plan, 3, "Được tuyên truyền", "“có lẽ” is not yes or no");
  assert_error (plan, 4, "Sản lượng", "“nhiều” is not a number");
  assert_error (plan, 5, "Ngày nhận báo cáo", "“31/02/2022” is not a date");
  assert_error (plan, 6, "Ngày nhận báo cáo", "“45000” is not a date");
  assert_error (plan, 7, "Mã số thuế", "No facility has the tax code “6100009999”");
  assert_error (plan, 8, "Tên cơ sở", "No facility is named “Cơ sở không có”");
  assert_warning (plan, 9, "Tên cơ sở", "is named “Nhà máy tinh bột sắn Sa Thầy” in the register");
  assert_error (plan, 10, "Năm", "is already on row 9");
  assert_error (plan, 11, "Năm", "The year is empty");
  g_assert_cmpuint (sxsh_import_plan_get_n_errors (plan), ==, 9);
}

/* Consumption */

static void
test_consumption (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SxshImportPlan) plan = NULL;
  g_autoptr(SxshImportPlan) bad = NULL;

  import_fixture (f, SXSH_IMPORT_FACILITIES, "facilities.csv");
  plan = prepare_fixture (f, SXSH_IMPORT_CONSUMPTION, "consumption.csv");
  assert_no_errors (plan);
  g_assert_cmpuint (sxsh_import_plan_get_n_to_add (plan), ==, 4);
  /* "Điện" is the one resource whose name starts so; "m3" is "m³". */
  g_assert_cmpstr (preview (plan, 2, "resource"), ==, "Điện năng (kWh)");
  g_assert_cmpstr (preview (plan, 1, "resource"), ==, "Nước (m³)");
  g_assert_cmpstr (preview (plan, 0, "quantity"), ==, "1.250.000");
  apply (f, plan);
  g_assert_cmpstr (f->changed_table, ==, "consumption");

  g_assert_cmpint (count (f, "SELECT quantity FROM consumption WHERE resource_id = 1 "
                             "AND year = 2019"), ==, 1250000);
  g_assert_cmpint (count (f, "SELECT quantity FROM consumption WHERE resource_id = 20"), ==,
                   15000);
  g_assert_cmpint (count (f, "SELECT quantity * 10 FROM consumption WHERE resource_id = 3"), ==,
                   2105);

  bad = prepare_text (f, SXSH_IMPORT_CONSUMPTION, "bad-consumption.csv",
                      "tax_code,year,resource,quantity,unit\n"
                      "6100001008,2019,Điện năng,1250,MWh\n"
                      "6100001008,2019,Than,5,t\n"
                      "6100001008,2019,Nước,-5,m3\n"
                      "6100001008,2019,Nước,,m3\n"
                      "6100001008,2020,Nước,7,m3\n"
                      "6100001008,2020,nước (m³),8,\n");
  assert_error (bad, 2, "unit", "“MWh” is not the unit of Điện năng (kWh)");
  assert_error (bad, 3, "resource", "no resource named “Than”");
  assert_error (bad, 4, "quantity", "“-5” is out of range");
  assert_error (bad, 5, "quantity", "The quantity is empty");
  assert_error (bad, 7, "year", "is already on row 6");
  g_assert_cmpuint (sxsh_import_plan_get_n_errors (bad), ==, 5);
}

/* Templates */

static void
test_template (Fixture       *f,
               gconstpointer  data)
{
  static const char * const titles[] = { "Cơ sở", "Hàng năm", "Tiêu thụ" };
  g_autoptr(GString) facilities = g_string_new ("tax_code,name,sector,admin_unit\n");
  g_autoptr(GString) consumption = g_string_new ("tax_code,year,resource,quantity\n");
  g_autoptr(SxshImportPlan) units_plan = NULL;
  g_autoptr(SxshImportPlan) resources_plan = NULL;
  g_autoptr(SxshTable) table = NULL;
  SxshSheet *lists;
  guint n_units = 0;

  import_fixture (f, SXSH_IMPORT_FACILITIES, "facilities.csv");

  for (SxshImportKind kind = SXSH_IMPORT_FACILITIES; kind <= SXSH_IMPORT_CONSUMPTION; kind++)
    {
      g_autofree char *name = g_strdup_printf ("template-%d.xlsx", kind);
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(SxshImportPlan) plan = NULL;

      g_assert_true (sxsh_import_write_template (f->db, kind, path, &error));
      g_assert_no_error (error);

      /* The template imports as it is: every column known, no row. */
      plan = prepare_path (f, kind, path);
      assert_no_errors (plan);
      g_assert_cmpuint (sxsh_import_plan_get_n_warnings (plan), ==, 1);
      assert_warning (plan, 0, NULL, "no rows");
      g_assert_cmpstr (sxsh_import_plan_get_sheet_name (plan), ==, titles[kind]);

      if (kind == SXSH_IMPORT_FACILITIES)
        {
          table = sxsh_table_read (path, &error);
          g_assert_no_error (error);
        }
    }

  /* Every name of the drop-down lists is one the import accepts. */
  g_assert_cmpuint (sxsh_table_get_n_sheets (table), ==, 2);
  lists = sxsh_table_get_sheet (table, 1);
  g_assert_cmpstr (sxsh_sheet_get_name (lists), ==, "Danh mục");
  g_assert_cmpstr (sxsh_sheet_get_cell (sxsh_table_get_sheet (table, 0), 0, 0)->text, ==,
                   "Mã số thuế");
  for (guint r = 1; r < sxsh_sheet_get_n_rows (lists); r++)
    {
      const SxshCell *sector = sxsh_sheet_get_cell (lists, r, 0);
      const SxshCell *unit = sxsh_sheet_get_cell (lists, r, 1);
      const SxshCell *resource = sxsh_sheet_get_cell (lists, r, 2);

      if (unit->kind != SXSH_CELL_EMPTY)
        n_units++;
      g_string_append_printf (facilities, ",Cơ sở %u,\"%s\",\"%s\"\n", r, sector->text,
                              unit->text);
      if (resource->kind != SXSH_CELL_EMPTY)
        g_string_append_printf (consumption, "6100001008,2020,\"%s\",1\n", resource->text);
    }
  g_assert_cmpint (n_units, ==, count (f, "SELECT count(*) FROM admin_unit WHERE level <> "
                                         "'province' AND (valid_to IS NULL OR "
                                         "valid_to >= CURRENT_DATE)"));
  g_assert_cmpuint (n_units, >, 0);

  units_plan = prepare_text (f, SXSH_IMPORT_FACILITIES, "all-units.csv", facilities->str);
  assert_no_errors (units_plan);
  resources_plan = prepare_text (f, SXSH_IMPORT_CONSUMPTION, "all-resources.csv",
                                 consumption->str);
  assert_no_errors (resources_plan);
  g_assert_cmpuint (sxsh_import_plan_get_n_to_add (resources_plan), ==,
                    count (f, "SELECT count(*) FROM resource"));
}

/* In a worker thread, as the application does it. */

static void
async_ready_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The worker thread lets go of its task a moment after the callback. */
static void
wait_for_task_end (GAsyncResult **result)
{
  GAsyncResult *task = g_steal_pointer (result);

  g_object_add_weak_pointer (G_OBJECT (task), (gpointer *) &task);
  g_object_unref (task);
  for (int i = 0; task != NULL && i < 5000; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_null (task);
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = fixture_path ("facilities.csv");
  g_autoptr(GAsyncResult) prepared = NULL;
  g_autoptr(GAsyncResult) applied = NULL;
  g_autoptr(SxshImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  sxsh_import_prepare_async (f->db, SXSH_IMPORT_FACILITIES, path, NULL, async_ready_cb,
                             &prepared);
  while (prepared == NULL)
    g_main_context_iteration (NULL, TRUE);
  plan = sxsh_import_prepare_finish (prepared, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sxsh_import_plan_get_n_to_add (plan), ==, 6);
  wait_for_task_end (&prepared);

  sxsh_import_apply_async (plan, NULL, async_ready_cb, &applied);
  while (applied == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (sxsh_import_apply_finish (plan, applied, &error));
  g_assert_no_error (error);
  wait_for_task_end (&applied);
  g_assert_cmpuint (f->n_changed, ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM facility"), ==, 6);
}

/* sxsh-cli import */

static char *
cli_path (void)
{
  return g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "sxsh-cli", NULL);
}

static int
run_cli (const char  *db_path,
         char       **out,
         char       **err,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *arg;
  int status = 0;
  va_list args;

  g_ptr_array_add (argv, cli_path ());
  g_ptr_array_add (argv, g_strdup ("--db"));
  g_ptr_array_add (argv, g_strdup (db_path));
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *cli = cli_path ();
  g_autofree char *good = fixture_path ("facilities.csv");
  g_autofree char *bad = fixture_path ("facilities-bad.csv");
  g_autofree char *db_path = g_strdup (sxsh_database_get_path (f->db));
  char *out = NULL, *err = NULL;

  if (!g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("sxsh-cli is not built");
      return;
    }

  /* A dry run checks and writes nothing. */
  g_assert_cmpint (run_cli (db_path, &out, &err, "import", "facilities", good, "--dry-run", NULL),
                   ==, 0);
  g_assert_nonnull (strstr (out, "6 to add"));
  g_assert_cmpint (count (f, "SELECT count(*) FROM facility"), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (db_path, &out, &err, "import", "facilities", good, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "6 to add"));
  g_assert_cmpint (count (f, "SELECT count(*) FROM facility"), ==, 6);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Every error, one line each, and nothing written. */
  g_assert_cmpint (run_cli (db_path, &out, &err, "import", "facilities", bad, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "facilities-bad.csv:7:employees: “nhiều” is not a number.\n"));
  g_assert_nonnull (strstr (err, "facilities-bad.csv:2:tax_code: "));
  g_assert_nonnull (strstr (err, "facilities-bad.csv:14:tax_code: "));
  g_assert_cmpint (count (f, "SELECT count(*) FROM facility"), ==, 6);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Usage errors. */
  g_assert_cmpint (run_cli (db_path, &out, &err, "import", "nonsense", good, NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (db_path, &out, &err, "import", "facilities", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* An empty workbook to fill in, which imports as it is. */
  {
    g_autofree char *template = g_build_filename (f->dir, "mau-co-so.xlsx", NULL);

    g_assert_cmpint (run_cli (db_path, &out, &err, "import", "annual", template, "--template",
                              NULL), ==, 0);
    g_assert_true (g_file_test (template, G_FILE_TEST_EXISTS));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_cli (db_path, &out, &err, "import", "annual", template, NULL), ==, 0);
    g_assert_nonnull (strstr (out, "0 to add"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  /* A file that cannot be read is an error, not a usage error. */
  g_assert_cmpint (run_cli (db_path, &out, &err, "import", "annual", "/nonexistent.csv", NULL),
                   ==, 1);
  g_assert_nonnull (strstr (err, "nonexistent.csv"));
  g_free (out);
  g_free (err);
}

/* Performance: 10,000 facility rows from CSV and from XLSX (run with -m perf). */

static char *
write_large_csv (const char *dir,
                 guint       n_rows)
{
  g_autoptr(GString) text = g_string_new ("tax_code,name,sector,admin_unit,address,size,"
                                          "employees,revenue_bn,capital_bn,cp_potential,"
                                          "first_year,last_year\n");
  char *path = g_build_filename (dir, "large.csv", NULL);

  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (text, "61%08u,Công ty số %u,Chế biến gỗ,huyện Đắk Tô,"
                            "\"Thôn %u, xã Tân Cảnh\",,%u,%u.5,%u,có,2010,\n",
                            i, i, i % 50, i % 300, i % 250, i % 120);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  return path;
}

static char *
write_large_xlsx (const char *dir,
                  guint       n_rows)
{
  static const char *headers[] = {
    "Mã số thuế", "Tên cơ sở", "Ngành", "Đơn vị hành chính", "Địa chỉ", "Quy mô",
    "Số lao động", "Doanh thu (tỷ đồng)", "Vốn (tỷ đồng)", "Có tiềm năng SXSH", "Năm bắt đầu",
    "Năm kết thúc",
  };
  char *path = g_build_filename (dir, "large.xlsx", NULL);
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Cơ sở");

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    worksheet_write_string (sheet, 0, c, headers[c], NULL);
  for (guint i = 0; i < n_rows; i++)
    {
      char buffer[64];

      g_snprintf (buffer, sizeof buffer, "61%08u", i);
      worksheet_write_string (sheet, i + 1, 0, buffer, NULL);
      g_snprintf (buffer, sizeof buffer, "Công ty số %u", i);
      worksheet_write_string (sheet, i + 1, 1, buffer, NULL);
      worksheet_write_string (sheet, i + 1, 2, "Chế biến gỗ", NULL);
      worksheet_write_string (sheet, i + 1, 3, "huyện Đắk Tô", NULL);
      g_snprintf (buffer, sizeof buffer, "Thôn %u, xã Tân Cảnh", i % 50);
      worksheet_write_string (sheet, i + 1, 4, buffer, NULL);
      worksheet_write_number (sheet, i + 1, 6, i % 300, NULL);
      worksheet_write_number (sheet, i + 1, 7, i % 250 + 0.5, NULL);
      worksheet_write_number (sheet, i + 1, 8, i % 120, NULL);
      worksheet_write_boolean (sheet, i + 1, 9, 1, NULL);
      worksheet_write_number (sheet, i + 1, 10, 2010, NULL);
    }
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  return path;
}

static void
measure_import (Fixture    *f,
                const char *path,
                guint       n_rows)
{
  g_autoptr(SxshImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  double prepare_s, apply_s;

  clock_t cpu_start, cpu_prepared;

  g_assert_true (sxsh_database_exec (f->db, "DELETE FROM facility", &error));
  cpu_start = clock ();
  g_timer_start (timer);
  plan = sxsh_import_prepare (f->db, SXSH_IMPORT_FACILITIES, path, &error);
  prepare_s = g_timer_elapsed (timer, NULL);
  cpu_prepared = clock ();
  g_assert_no_error (error);
  g_assert_cmpuint (sxsh_import_plan_get_n_to_add (plan), ==, n_rows);
  g_timer_start (timer);
  apply (f, plan);
  apply_s = g_timer_elapsed (timer, NULL);
  g_assert_cmpint (count (f, "SELECT count(*) FROM facility"), ==, n_rows);

  /* Processor time too: on a shared machine the clock on the wall also
   * counts the other programs. */
  g_test_message ("%s: %u rows checked in %.3f s (CPU %.3f s), written in %.3f s (CPU %.3f s), "
                  "%.3f s in all",
                  path, n_rows, prepare_s, (double) (cpu_prepared - cpu_start) / CLOCKS_PER_SEC,
                  apply_s, (double) (clock () - cpu_prepared) / CLOCKS_PER_SEC,
                  prepare_s + apply_s);
  g_test_minimized_result (prepare_s + apply_s, "import of %u rows: %.3f s",
                           n_rows, prepare_s + apply_s);
}

static void
test_performance (Fixture       *f,
                  gconstpointer  data)
{
  const guint n_rows = 10000;
  g_autofree char *csv = NULL;
  g_autofree char *xlsx = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();

  if (!g_test_perf ())
    {
      g_test_skip ("a benchmark: run with -m perf");
      return;
    }

  csv = write_large_csv (f->dir, n_rows);
  g_timer_start (timer);
  xlsx = write_large_xlsx (f->dir, n_rows);
  g_test_message ("xlsx of %u rows written by libxlsxwriter in %.3f s", n_rows,
                  g_timer_elapsed (timer, NULL));

  measure_import (f, csv, n_rows);
  measure_import (f, xlsx, n_rows);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  ADD ("/sxsh/import/facilities-csv", test_facilities_csv);
  ADD ("/sxsh/import/facilities-vietnamese-semicolons", test_facilities_vietnamese_semicolons);
  ADD ("/sxsh/import/facilities-xlsx", test_facilities_xlsx);
  ADD ("/sxsh/import/facilities-bad-values", test_facilities_bad_values);
  ADD ("/sxsh/import/facilities-update-by-tax-code", test_facilities_update_by_tax_code);
  ADD ("/sxsh/import/facilities-size-override", test_facilities_size_override);
  ADD ("/sxsh/import/facilities-notes", test_facilities_notes);
  ADD ("/sxsh/import/progress-and-cancel", test_progress_and_cancel);
  ADD ("/sxsh/import/one-bad-row-writes-nothing", test_one_bad_row_writes_nothing);
  ADD ("/sxsh/import/failure-while-writing-rolls-back", test_failure_while_writing_rolls_back);
  ADD ("/sxsh/import/headers", test_headers);
  ADD ("/sxsh/import/tax-codes", test_tax_codes);
  ADD ("/sxsh/import/unreadable-files", test_unreadable_files);
  ADD ("/sxsh/import/annual-csv", test_annual_csv);
  ADD ("/sxsh/import/annual-xlsx-dates", test_annual_xlsx_dates);
  ADD ("/sxsh/import/annual-libreoffice", test_annual_libreoffice);
  ADD ("/sxsh/import/annual-baseline", test_annual_baseline);
  ADD ("/sxsh/import/annual-bad-values", test_annual_bad_values);
  ADD ("/sxsh/import/consumption", test_consumption);
  ADD ("/sxsh/import/template", test_template);
  ADD ("/sxsh/import/async", test_async);
  ADD ("/sxsh/import/cli", test_cli);
  ADD ("/sxsh/import/performance", test_performance);

  return g_test_run ();
}

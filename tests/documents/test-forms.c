/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "document-test-util.h"
#include "sxsh-annual-report.h"
#include "sxsh-forms-xlsx.h"
#include "sxsh-import.h"
#include "sxsh-table-reader.h"
#include "sxsh-test-util.h"

/* Annual report forms of the sample province: one workbook per facility
 * applying CP, pre-filled, and read back by the import as they are. */

#define YEAR 2025

static SxshSheet *
sheet_named (SxshTable  *table,
             const char *name)
{
  for (guint i = 0; i < sxsh_table_get_n_sheets (table); i++)
    if (g_strcmp0 (sxsh_sheet_get_name (sxsh_table_get_sheet (table, i)), name) == 0)
      return sxsh_table_get_sheet (table, i);
  g_error ("no sheet “%s”", name);
  return NULL;
}

static void
test_forms (void)
{
  g_autofree char *tmpdir = sxsh_test_make_tmpdir ();
  g_autoptr(SxshDatabase) db = doc_test_sample_db (tmpdir, 300);
  g_autofree char *folder = g_build_filename (tmpdir, "biểu mẫu", "2025", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshAnnualReport) report = sxsh_annual_report_collect (db, YEAR, NULL, &error);
  g_autoptr(GPtrArray) paths = NULL;
  GPtrArray *applying;
  guint n_checked = 0;

  g_assert_no_error (error);
  applying = sxsh_annual_report_get_applying (report);
  g_assert_true (sxsh_forms_write (db, report, folder, &paths, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (paths->len, ==, applying->len);

  for (guint i = 0; i < paths->len; i++)
    {
      const SxshReportFacility *facility = g_ptr_array_index (applying, i);
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autoptr(SxshTable) table = sxsh_table_read_xlsx (path, &error);
      SxshSheet *cover, *annual, *consumption;

      g_assert_no_error (error);
      /* Plain letters only in the file name. */
      for (const char *p = base; *p; p++)
        g_assert_true (g_ascii_isalnum (*p) || *p == '-' || *p == '.');
      g_assert_true (g_str_has_prefix (base, "bao-cao-sxsh-2025-"));

      cover = sheet_named (table, SXSH_FORM_SHEET_COVER);
      annual = sheet_named (table, SXSH_FORM_SHEET_ANNUAL);
      consumption = sheet_named (table, SXSH_FORM_SHEET_CONSUMPTION);
      sheet_named (table, SXSH_FORM_SHEET_OPTIONS);
      g_assert_cmpstr (sxsh_sheet_get_cell (cover, 0, 0)->text, ==,
                       "BÁO CÁO ĐÁNH GIÁ HIỆU QUẢ ÁP DỤNG SẢN XUẤT SẠCH HƠN NĂM 2025");
      g_assert_cmpstr (sxsh_sheet_get_cell (annual, 1, 1)->text, ==, facility->name);
      g_assert_cmpint (sxsh_sheet_get_cell (annual, 1, 2)->kind, ==, SXSH_CELL_NUMBER);
      g_assert_cmpfloat (sxsh_sheet_get_cell (annual, 1, 2)->number, ==, YEAR);
      for (guint r = 1; r < sxsh_sheet_get_n_rows (consumption); r++)
        if (!sxsh_sheet_row_is_empty (consumption, r))
          g_assert_cmpstr (sxsh_sheet_get_cell (consumption, r, 0)->text, ==, facility->tax_code);

      /* A form sent back as it was written imports without an error and
       * changes nothing (the year's record of a facility whose statuses were
       * carried forward is added).  Quantities left blank for the facility
       * to fill are checked by the import as missing, as they should be. */
      if (i < 10 && *facility->tax_code)
        {
          g_autoptr(SxshImportPlan) plan = sxsh_import_prepare (db, SXSH_IMPORT_ANNUAL, path,
                                                                &error);
          gboolean complete = TRUE;

          g_assert_no_error (error);
          g_assert_cmpuint (sxsh_import_plan_get_n_errors (plan), ==, 0);
          g_assert_cmpuint (sxsh_import_plan_get_n_to_update (plan), ==, 0);
          g_clear_object (&plan);

          for (guint r = 1; r < sxsh_sheet_get_n_rows (consumption); r++)
            if (!sxsh_sheet_row_is_empty (consumption, r))
              complete = complete && sxsh_sheet_get_cell (consumption, r, 4)->kind
                                     == SXSH_CELL_NUMBER;
          plan = sxsh_import_prepare (db, SXSH_IMPORT_CONSUMPTION, path, &error);
          g_assert_no_error (error);
          if (complete)
            {
              g_assert_cmpuint (sxsh_import_plan_get_n_errors (plan), ==, 0);
              g_assert_cmpuint (sxsh_import_plan_get_n_to_add (plan), ==, 0);
              g_assert_cmpuint (sxsh_import_plan_get_n_to_update (plan), ==, 0);
              n_checked++;
            }
          else
            g_assert_cmpuint (sxsh_import_plan_get_n_errors (plan), >, 0);
        }
    }
  g_assert_cmpuint (n_checked, >, 0);
  g_clear_object (&report);
  g_clear_object (&db);
  sxsh_test_remove_tree (tmpdir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sxsh/forms/write", test_forms);
  return g_test_run ();
}

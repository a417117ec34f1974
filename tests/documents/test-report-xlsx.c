/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <unzip.h>

#include "document-test-util.h"
#include "sxsh-annual-report-export.h"
#include "sxsh-annual-report.h"
#include "sxsh-error.h"
#include "sxsh-indicators.h"
#include "sxsh-report-xlsx.h"
#include "sxsh-table-reader.h"
#include "sxsh-test-util.h"

/* The annual report's workbook, read back with the project's own reader
 * (the one the import uses) and, when it is installed, with openpyxl. */

#define YEAR 2025

typedef struct
{
  char         *tmpdir;
  SxshDatabase *db;
  char         *path;
  SxshIndicatorReport *indicators;
  SxshTable    *table;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SxshReportOptions options = { NULL, FALSE, "05/12/2025" };

  fixture->tmpdir = sxsh_test_make_tmpdir ();
  fixture->db = doc_test_sample_db (fixture->tmpdir, 300);
  fixture->path = g_build_filename (fixture->tmpdir, "báo cáo.xlsx", NULL);
  g_assert_true (sxsh_annual_report_write (fixture->db, YEAR, SXSH_REPORT_FORMAT_XLSX,
                                           fixture->path, &options, NULL, NULL, NULL, NULL, NULL,
                                           &error));
  g_assert_no_error (error);
  fixture->indicators = sxsh_indicators_compute (fixture->db, NULL, YEAR, &error);
  g_assert_no_error (error);
  fixture->table = sxsh_table_read_xlsx (fixture->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->table, sxsh_table_free);
  g_clear_pointer (&fixture->indicators, sxsh_indicator_report_unref);
  g_assert_finalize_object (fixture->db);
  sxsh_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
  g_free (fixture->path);
}

static SxshSheet *
sheet_named (Fixture    *fixture,
             const char *name)
{
  for (guint i = 0; i < sxsh_table_get_n_sheets (fixture->table); i++)
    {
      SxshSheet *sheet = sxsh_table_get_sheet (fixture->table, i);

      if (g_strcmp0 (sxsh_sheet_get_name (sheet), name) == 0)
        return sheet;
    }
  g_error ("no sheet “%s”", name);
  return NULL;
}

static const char *
cell_text (SxshSheet *sheet,
           guint      row,
           guint      column)
{
  const SxshCell *cell = sxsh_sheet_get_cell (sheet, row, column);

  return cell ? cell->text : "";
}

static double
cell_number (SxshSheet *sheet,
             guint      row,
             guint      column)
{
  const SxshCell *cell = sxsh_sheet_get_cell (sheet, row, column);

  g_assert_nonnull (cell);
  if (cell->kind != SXSH_CELL_NUMBER)
    g_error ("%s!%u:%u holds “%s”, not a number", sxsh_sheet_get_name (sheet), row + 1,
             column + 1, cell->text);
  return cell->number;
}

/* The row whose first cells are @first and @second, or -1. */
static int
find_row (SxshSheet  *sheet,
          const char *first,
          const char *second)
{
  for (guint r = 0; r < sxsh_sheet_get_n_rows (sheet); r++)
    if (g_strcmp0 (cell_text (sheet, r, 0), first) == 0
        && g_strcmp0 (cell_text (sheet, r, 1), second) == 0)
      return r;
  return -1;
}

static void
test_sheets (Fixture       *fixture,
             gconstpointer  data)
{
  static const char *const names[] = {
    SXSH_REPORT_SHEET_SUMMARY, SXSH_REPORT_SHEET_FACILITIES, SXSH_REPORT_SHEET_CONSUMPTION,
    SXSH_REPORT_SHEET_EVENTS, SXSH_REPORT_SHEET_SUPPORTS, SXSH_REPORT_SHEET_OPTIONS,
    SXSH_REPORT_SHEET_CERTIFICATES, SXSH_REPORT_SHEET_FUNDING, SXSH_REPORT_SHEET_REGISTER,
  };

  g_assert_cmpuint (sxsh_table_get_n_sheets (fixture->table), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *name = sxsh_sheet_get_name (sxsh_table_get_sheet (fixture->table, i));

      g_assert_cmpstr (name, ==, names[i]);
      /* Excel's rules for sheet names. */
      g_assert_cmpint (g_utf8_strlen (name, -1), <=, 31);
      g_assert_null (strpbrk (name, "[]:*?/\\"));
    }
  doc_test_keep_file (fixture->path, "report.xlsx");
}

static void
test_summary (Fixture       *fixture,
              gconstpointer  data)
{
  SxshSheet *sheet = sheet_named (fixture, SXSH_REPORT_SHEET_SUMMARY);
  int header = find_row (sheet, "TT", "Chỉ tiêu");

  g_assert_cmpstr (cell_text (sheet, 0, 0), ==, "KẾT QUẢ THỰC HIỆN KẾ HOẠCH SẢN XUẤT SẠCH HƠN "
                                                "TRONG CÔNG NGHIỆP NĂM 2025");
  g_assert_cmpint (header, >, 0);
  g_assert_cmpstr (cell_text (sheet, header, 4), ==, "Năm 2025 (%)");
  g_assert_cmpstr (cell_text (sheet, header, 5), ==, "Số cơ sở đạt");
  for (SxshIndicatorKind k = 0; k < SXSH_N_INDICATORS; k++)
    {
      const SxshIndicator *indicator = sxsh_indicator_report_get_indicator (fixture->indicators,
                                                                            k);
      guint row = header + 1 + k;

      g_assert_cmpstr (cell_text (sheet, row, 1), ==, indicator->label);
      g_assert_cmpfloat (fabs (cell_number (sheet, row, 4) - indicator->value_pct), <, 1e-9);
      g_assert_cmpfloat (cell_number (sheet, row, 2), ==, indicator->target_pct);
      g_assert_cmpfloat (cell_number (sheet, row, 5), ==, indicator->numerator);
      g_assert_cmpfloat (cell_number (sheet, row, 6), ==, indicator->denominator);
      g_assert_cmpstr (cell_text (sheet, row, 7), ==, indicator->met == 1 ? "Đạt" : "Chưa đạt");
    }

  /* Funding by source, with its total. */
  {
    int funding = find_row (sheet, "TT", "Nguồn kinh phí");
    gint64 planned = 0;

    g_assert_cmpint (funding, >, header);
    for (guint i = 0; i < sxsh_indicator_report_get_n_funding_sources (fixture->indicators); i++)
      {
        const SxshFundingTally *tally = sxsh_indicator_report_get_funding (fixture->indicators,
                                                                           i);

        g_assert_cmpstr (cell_text (sheet, funding + 1 + i, 1), ==, tally->label);
        g_assert_cmpfloat (cell_number (sheet, funding + 1 + i, 2), ==, tally->planned);
        g_assert_cmpfloat (cell_number (sheet, funding + 1 + i, 3), ==, tally->disbursed);
        planned += tally->planned;
      }
    g_assert_cmpstr (cell_text (sheet, funding + 4, 1), ==, "Tổng cộng");
    g_assert_cmpfloat (cell_number (sheet, funding + 4, 2), ==, planned);
  }
}

static void
test_lists (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshAnnualReport) report = sxsh_annual_report_collect (fixture->db, YEAR, NULL,
                                                                   &error);
  SxshSheet *facilities = sheet_named (fixture, SXSH_REPORT_SHEET_FACILITIES);
  SxshSheet *registry = sheet_named (fixture, SXSH_REPORT_SHEET_REGISTER);
  SxshSheet *certificates = sheet_named (fixture, SXSH_REPORT_SHEET_CERTIFICATES);
  GPtrArray *active = NULL;
  guint dates = 0;

  g_assert_no_error (error);
  active = sxsh_annual_report_get_facilities (report);
  g_assert_cmpstr (cell_text (facilities, 0, 0), ==, "TT");
  g_assert_cmpstr (cell_text (facilities, 0, 1), ==, "Mã số thuế");
  g_assert_cmpstr (cell_text (facilities, 0, 2), ==, "Tên cơ sở");
  g_assert_cmpuint (sxsh_sheet_get_n_rows (facilities), ==, active->len + 1);
  for (guint i = 0; i < active->len; i++)
    {
      const SxshReportFacility *facility = g_ptr_array_index (active, i);
      const SxshCell *received = sxsh_sheet_get_cell (facilities, i + 1, 19);

      g_assert_cmpfloat (cell_number (facilities, i + 1, 0), ==, i + 1);
      g_assert_cmpstr (cell_text (facilities, i + 1, 2), ==, facility->name);
      g_assert_cmpstr (cell_text (facilities, i + 1, 9), ==, facility->applying ? "Có" : "Không");
      if (facility->saving != NULL && facility->saving->has_saving)
        g_assert_cmpfloat (fabs (cell_number (facilities, i + 1, 17)
                                 - facility->saving->saving_pct), <, 1e-9);
      /* Dates are date cells, read back as the ISO date. */
      if (facility->report_received != NULL)
        {
          g_assert_nonnull (received);
          g_assert_cmpint (received->kind, ==, SXSH_CELL_DATE);
          g_assert_cmpstr (received->text, ==, facility->report_received);
          dates++;
        }
    }
  g_assert_cmpuint (dates, >, 0);

  g_assert_cmpuint (sxsh_sheet_get_n_rows (registry), ==,
                    sxsh_indicator_report_get_n_expected (fixture->indicators) + 1);
  g_assert_cmpuint (sxsh_sheet_get_n_rows (certificates), ==,
                    sxsh_annual_report_get_certificates (report)->len + 1);
  g_assert_cmpstr (cell_text (certificates, 1, 1), ==, "01/2025/GCN-SCT");
}

static char *
zip_entry (const char *path,
           const char *name)
{
  unzFile zip = unzOpen (path);
  GString *out = g_string_new (NULL);
  char buffer[8192];
  int n;

  g_assert_nonnull (zip);
  g_assert_cmpint (unzLocateFile (zip, name, 1), ==, UNZ_OK);
  g_assert_cmpint (unzOpenCurrentFile (zip), ==, UNZ_OK);
  while ((n = unzReadCurrentFile (zip, buffer, sizeof buffer)) > 0)
    g_string_append_len (out, buffer, n);
  unzCloseCurrentFile (zip);
  unzClose (zip);
  return g_string_free (out, FALSE);
}

static void
test_formats (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *styles = zip_entry (fixture->path, "xl/styles.xml");
  g_autofree char *sheet = zip_entry (fixture->path, "xl/worksheets/sheet2.xml");
  g_autofree char *workbook = zip_entry (fixture->path, "xl/workbook.xml");
  g_autofree char *summary = zip_entry (fixture->path, "xl/worksheets/sheet1.xml");

  /* Thousands, decimals and dates as Vietnamese readers see them. */
  g_assert_nonnull (strstr (styles, "formatCode=\"#,##0\""));
  g_assert_nonnull (strstr (styles, "formatCode=\"#,##0.0\""));
  g_assert_nonnull (strstr (styles, "formatCode=\"dd/mm/yyyy\""));
  g_assert_nonnull (strstr (styles, "<b/>"));
  /* A list sheet: header frozen, filtered, A4, header repeated in print. */
  g_assert_nonnull (strstr (sheet, "<pane ySplit=\"1\""));
  g_assert_nonnull (strstr (sheet, "<autoFilter ref=\"A1:T"));
  g_assert_nonnull (strstr (sheet, "paperSize=\"9\""));
  g_assert_nonnull (strstr (workbook, "_xlnm.Print_Titles"));
  g_assert_nonnull (strstr (sheet, "<col "));
  /* Native charts on the summary. */
  g_assert_nonnull (strstr (summary, "<drawing "));
  g_free (zip_entry (fixture->path, "xl/charts/chart1.xml"));
  g_free (zip_entry (fixture->path, "xl/charts/chart2.xml"));
}

/* A Python with openpyxl, if there is one. */
static char *
find_openpyxl (void)
{
  static const char *const pythons[] = { "/usr/bin/python3", "python3", NULL };

  for (guint i = 0; pythons[i] != NULL; i++)
    {
      g_autofree char *program = g_find_program_in_path (pythons[i]);
      const char *argv[] = { program, "-c", "import openpyxl", NULL };
      int status = -1;

      if (program == NULL)
        continue;
      if (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL
                        | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL)
          && g_spawn_check_wait_status (status, NULL))
        return g_steal_pointer (&program);
    }
  return NULL;
}

static const char openpyxl_check[] =
  "import sys, openpyxl\n"
  "wb = openpyxl.load_workbook(sys.argv[1])\n"
  "names = wb.sheetnames\n"
  "assert names[0] == 'Tổng hợp', names\n"
  "assert len(wb['Tổng hợp']._charts) == 2\n"
  "for name in names[1:]:\n"
  "    ws = wb[name]\n"
  "    assert ws.freeze_panes == 'A2', (name, ws.freeze_panes)\n"
  "    assert ws.auto_filter.ref.startswith('A1:'), (name, ws.auto_filter.ref)\n"
  "    assert ws.print_title_rows == '$1:$1', (name, ws.print_title_rows)\n"
  "    assert int(ws.page_setup.paperSize) == 9, name\n"
  "    assert ws['A1'].font.b, name\n"
  "ws = wb['Tổng hợp']\n"
  "row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == 'Chỉ tiêu')\n"
  "for k, value in enumerate(sys.argv[2:]):\n"
  "    cell = ws.cell(row + 1 + k, 5)\n"
  "    assert cell.data_type == 'n' and abs(cell.value - float(value)) < 1e-9, (k, cell.value)\n"
  "    assert cell.number_format == '#,##0.0', cell.number_format\n"
  "ws = wb['Cơ sở']\n"
  "dates = [c for c in ws['T'][1:] if c.value is not None]\n"
  "assert dates and all(c.is_date and c.number_format == 'dd/mm/yyyy' for c in dates)\n"
  "print('ok')\n";

static void
test_openpyxl (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *python = find_openpyxl ();
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = -1;

  if (python == NULL)
    {
      g_test_skip ("python3-openpyxl is not installed");
      return;
    }
  g_ptr_array_add (argv, g_strdup (python));
  g_ptr_array_add (argv, g_strdup ("-c"));
  g_ptr_array_add (argv, g_strdup (openpyxl_check));
  g_ptr_array_add (argv, g_strdup (fixture->path));
  for (SxshIndicatorKind k = 0; k < SXSH_N_INDICATORS; k++)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      g_ptr_array_add (argv, g_strdup (g_ascii_dtostr (
        buffer, sizeof buffer,
        sxsh_indicator_report_get_indicator (fixture->indicators, k)->value_pct)));
    }
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("openpyxl disagrees: %s", err);
  g_assert_cmpstr (out, ==, "ok\n");
}

static void
test_error (void)
{
  g_autofree char *tmpdir = sxsh_test_make_tmpdir ();
  g_autoptr(SxshDatabase) db = doc_test_sample_db (tmpdir, 30);
  g_autofree char *path = g_build_filename (tmpdir, "no such folder", "r.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (sxsh_annual_report_write (db, YEAR, SXSH_REPORT_FORMAT_XLSX, path, NULL, NULL,
                                            NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT);
  g_assert_nonnull (strstr (error->message, "r.xlsx"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_object (&db);
  sxsh_test_remove_tree (tmpdir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sxsh/report-xlsx/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("sheets", test_sheets);
  ADD ("summary", test_summary);
  ADD ("lists", test_lists);
  ADD ("formats", test_formats);
  ADD ("openpyxl", test_openpyxl);
#undef ADD
  g_test_add_func ("/sxsh/report-xlsx/error", test_error);
  return g_test_run ();
}

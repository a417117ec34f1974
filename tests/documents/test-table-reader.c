/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <xlsxwriter.h>

#include "sxsh-error.h"
#include "sxsh-table-reader.h"
#include "sxsh-test-util.h"

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "import", name, NULL);
}

static SxshTable *
read_fixture (const char *name)
{
  g_autofree char *path = fixture (name);
  g_autoptr(GError) error = NULL;
  SxshTable *table = sxsh_table_read (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static void
assert_cell (SxshSheet    *sheet,
             guint         row,
             guint         column,
             SxshCellKind  kind,
             const char   *text)
{
  const SxshCell *cell = sxsh_sheet_get_cell (sheet, row, column);

  if (cell->kind != kind || g_strcmp0 (cell->text, text) != 0)
    g_error ("cell %u,%u: expected kind %d “%s”, got kind %d “%s”",
             row, column, kind, text, cell->kind, cell->text);
}

static SxshTable *
read_csv_text (const char  *text,
               gssize       length,
               GError     **error)
{
  return sxsh_table_read_csv_data (text, length < 0 ? strlen (text) : (gsize) length,
                                   "test.csv", error);
}

static void
test_csv_quoting (void)
{
  g_autoptr(SxshTable) table = read_fixture ("facilities.csv");
  SxshSheet *sheet;

  g_assert_cmpuint (sxsh_table_get_n_sheets (table), ==, 1);
  g_assert_cmpint (sxsh_table_get_delimiter (table), ==, ',');
  sheet = sxsh_table_get_sheet (table, 0);

  /* A header and six rows; the empty lines at the end are not rows. */
  g_assert_cmpuint (sxsh_sheet_get_n_rows (sheet), ==, 7);
  assert_cell (sheet, 0, 0, SXSH_CELL_STRING, "tax_code");
  assert_cell (sheet, 0, 11, SXSH_CELL_STRING, "last_year");
  assert_cell (sheet, 1, 4, SXSH_CELL_STRING, "Thôn 1, xã Đắk Mar");
  assert_cell (sheet, 2, 4, SXSH_CELL_STRING, "Km 12, Quốc lộ 14C\n(gần cầu Sa Thầy)");
  assert_cell (sheet, 2, 5, SXSH_CELL_STRING, "vừa");
  assert_cell (sheet, 3, 1, SXSH_CELL_STRING, "Công ty CP Gạch \"Tuynel\" Ngọc Hồi");
  assert_cell (sheet, 3, 2, SXSH_CELL_STRING, "Sản xuất vật liệu xây dựng (gạch, ngói)");
  assert_cell (sheet, 6, 0, SXSH_CELL_EMPTY, "");
  assert_cell (sheet, 6, 1, SXSH_CELL_STRING, "Cơ sở xay xát Hòa Bình");
  /* Outside the data every cell is empty. */
  assert_cell (sheet, 100, 100, SXSH_CELL_EMPTY, "");
}

static void
test_csv_bom_semicolon_crlf (void)
{
  g_autoptr(SxshTable) table = read_fixture ("facilities-vi.csv");
  SxshSheet *sheet = sxsh_table_get_sheet (table, 0);

  g_assert_cmpint (sxsh_table_get_delimiter (table), ==, ';');
  g_assert_cmpuint (sxsh_sheet_get_n_rows (sheet), ==, 3);
  /* No byte order mark before the first header, no CR after the last. */
  assert_cell (sheet, 0, 0, SXSH_CELL_STRING, "Mã số thuế");
  assert_cell (sheet, 0, 11, SXSH_CELL_STRING, "Năm kết thúc");
  assert_cell (sheet, 1, 7, SXSH_CELL_STRING, "1.234,5");
  assert_cell (sheet, 1, 11, SXSH_CELL_EMPTY, "");
  assert_cell (sheet, 2, 4, SXSH_CELL_STRING, "Thôn 5; xã Đắk Ruồng");
  assert_cell (sheet, 2, 10, SXSH_CELL_STRING, "2011");
}

static void
test_csv_variants (void)
{
  static const char utf16[] = "\xff\xfe" "a\0\t\0b\0\n\0" "1\0\t\0\xd1\x1e\n\0";
  g_autoptr(GError) error = NULL;
  SxshTable *table;
  SxshSheet *sheet;

  /* Old Mac line ends, a blank row kept in the middle so that row numbers
   * stay those of the spreadsheet. */
  table = read_csv_text ("a,b\r1,2\r\r3,4\r", -1, &error);
  g_assert_no_error (error);
  sheet = sxsh_table_get_sheet (table, 0);
  g_assert_cmpuint (sxsh_sheet_get_n_rows (sheet), ==, 4);
  g_assert_true (sxsh_sheet_row_is_empty (sheet, 2));
  assert_cell (sheet, 3, 1, SXSH_CELL_STRING, "4");
  sxsh_table_free (table);

  /* A row of no-break spaces is empty, and so is one at the end. */
  table = read_csv_text ("a,b\n\u00a0, \n1,2\n \u00a0,\n", -1, &error);
  g_assert_no_error (error);
  sheet = sxsh_table_get_sheet (table, 0);
  g_assert_true (sxsh_sheet_row_is_empty (sheet, 1));
  g_assert_cmpuint (sxsh_sheet_get_n_rows (sheet), ==, 3);
  sxsh_table_free (table);

  /* Excel's "sep=" line names the separator. */
  table = read_csv_text ("sep=;\r\na,b;c\r\n1,5;2\r\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sxsh_table_get_delimiter (table), ==, ';');
  sheet = sxsh_table_get_sheet (table, 0);
  g_assert_cmpuint (sxsh_sheet_get_n_rows (sheet), ==, 2);
  assert_cell (sheet, 0, 0, SXSH_CELL_STRING, "a,b");
  assert_cell (sheet, 1, 0, SXSH_CELL_STRING, "1,5");
  sxsh_table_free (table);

  /* Semicolons win over the commas of a header only when there are more. */
  table = read_csv_text ("\"x;y\",b\n1,2\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sxsh_table_get_delimiter (table), ==, ',');
  sxsh_table_free (table);

  /* Excel's "Unicode text": UTF-16 with tabs. */
  table = read_csv_text (utf16, sizeof utf16 - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sxsh_table_get_delimiter (table), ==, '\t');
  sheet = sxsh_table_get_sheet (table, 0);
  assert_cell (sheet, 1, 1, SXSH_CELL_STRING, "ố");
  sxsh_table_free (table);

  /* A quote mark inside an unquoted field is kept; a doubled quote inside a
   * quoted one is one quote; text after a closing quote is kept. */
  table = read_csv_text ("a,b,c\n5\" pipe,\"say \"\"hi\"\"\",\"x\"y\n", -1, &error);
  g_assert_no_error (error);
  sheet = sxsh_table_get_sheet (table, 0);
  assert_cell (sheet, 1, 0, SXSH_CELL_STRING, "5\" pipe");
  assert_cell (sheet, 1, 1, SXSH_CELL_STRING, "say \"hi\"");
  assert_cell (sheet, 1, 2, SXSH_CELL_STRING, "xy");
  sxsh_table_free (table);

  /* An empty file is a table with an empty sheet. */
  table = read_csv_text ("", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sxsh_sheet_get_n_rows (sxsh_table_get_sheet (table, 0)), ==, 0);
  sxsh_table_free (table);

  table = read_csv_text ("\xef\xbb\xbf\r\n\r\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sxsh_sheet_get_n_rows (sxsh_table_get_sheet (table, 0)), ==, 0);
  sxsh_table_free (table);
}

static void
test_csv_errors (void)
{
  g_autoptr(GError) error = NULL;
  SxshTable *table;

  /* Windows-1258 text: the error names the line to look at. */
  table = read_csv_text ("tax_code,name\n6100001008,ok\n6100001015,C\xf4ng ty\n", -1, &error);
  g_assert_null (table);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT);
  g_assert_nonnull (strstr (error->message, "test.csv"));
  g_assert_nonnull (strstr (error->message, "line 3"));
  g_assert_nonnull (strstr (error->message, "UTF-8"));
  g_clear_error (&error);

  /* A quote opened on line 2 and never closed. */
  table = read_csv_text ("a,b\n1,\"open\n2,3\n", -1, &error);
  g_assert_null (table);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT);
  g_assert_nonnull (strstr (error->message, "line 2"));
  g_clear_error (&error);

  /* A NUL byte (UTF-16 without its mark) is not text either. */
  table = read_csv_text ("a\0b\n", 4, &error);
  g_assert_null (table);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT);
}

static void
test_xlsx_openpyxl (void)
{
  static const char * const names[] = { "co so", NULL };
  g_autoptr(SxshTable) table = read_fixture ("facilities-openpyxl.xlsx");
  SxshSheet *sheet;

  g_assert_cmpint (sxsh_table_get_delimiter (table), ==, 0);
  g_assert_cmpuint (sxsh_table_get_n_sheets (table), ==, 2);
  g_assert_cmpstr (sxsh_sheet_get_name (sxsh_table_get_sheet (table, 0)), ==, "Hướng dẫn");
  /* Chosen by name, whatever its accents; otherwise the first sheet. */
  sheet = sxsh_table_choose_sheet (table, names);
  g_assert_cmpstr (sxsh_sheet_get_name (sheet), ==, "Cơ sở");
  g_assert_cmpstr (sxsh_sheet_get_name (sxsh_table_choose_sheet (table, NULL)), ==, "Hướng dẫn");

  g_assert_cmpuint (sxsh_sheet_get_n_rows (sheet), ==, 4);
  assert_cell (sheet, 0, 7, SXSH_CELL_STRING, "Doanh thu (tỷ đồng)");
  assert_cell (sheet, 1, 0, SXSH_CELL_STRING, "6100001181");
  assert_cell (sheet, 1, 4, SXSH_CELL_STRING, "Thôn Măng Đen");
  assert_cell (sheet, 1, 6, SXSH_CELL_NUMBER, "85");
  assert_cell (sheet, 1, 7, SXSH_CELL_NUMBER, "35.5");
  assert_cell (sheet, 1, 9, SXSH_CELL_BOOLEAN, "1");
  assert_cell (sheet, 1, 11, SXSH_CELL_EMPTY, "");
  assert_cell (sheet, 2, 9, SXSH_CELL_BOOLEAN, "0");
  assert_cell (sheet, 3, 8, SXSH_CELL_NUMBER, "0.8");
  g_assert_cmpfloat (sxsh_sheet_get_cell (sheet, 3, 8)->number, ==, 0.8);
}

static void
test_xlsx_dates (void)
{
  g_autoptr(SxshTable) table = read_fixture ("annual-openpyxl.xlsx");
  static const char * const names[] = { "hang nam", NULL };
  SxshSheet *sheet = sxsh_table_choose_sheet (table, names);

  g_assert_cmpstr (sxsh_sheet_get_name (sheet), ==, "Hàng năm");
  assert_cell (sheet, 1, 9, SXSH_CELL_DATE, "2020-11-27");
  assert_cell (sheet, 2, 9, SXSH_CELL_DATE, "2021-12-01");
  assert_cell (sheet, 1, 2, SXSH_CELL_NUMBER, "2020");
  assert_cell (sheet, 1, 6, SXSH_CELL_NUMBER, "5400.5");
  assert_cell (sheet, 3, 9, SXSH_CELL_EMPTY, "");
}

static void
test_xlsx_libreoffice (void)
{
  g_autoptr(SxshTable) table = read_fixture ("annual-libreoffice.xlsx");
  SxshSheet *sheet = sxsh_table_choose_sheet (table, NULL);

  g_assert_cmpuint (sxsh_sheet_get_n_rows (sheet), ==, 4);
  assert_cell (sheet, 0, 9, SXSH_CELL_STRING, "report_received");
  /* Calc turns codes into numbers and loses a leading zero. */
  assert_cell (sheet, 1, 0, SXSH_CELL_NUMBER, "6100001008");
  assert_cell (sheet, 2, 0, SXSH_CELL_NUMBER, "100112437");
  assert_cell (sheet, 3, 1, SXSH_CELL_STRING, "Công ty CP Gạch \"Tuynel\" Ngọc Hồi");
  assert_cell (sheet, 1, 3, SXSH_CELL_BOOLEAN, "1");
  assert_cell (sheet, 1, 5, SXSH_CELL_BOOLEAN, "0");
  assert_cell (sheet, 1, 6, SXSH_CELL_NUMBER, "1420.75");
  /* ISO dates typed in Calc are date cells with the format yyyy-mm-dd. */
  assert_cell (sheet, 1, 9, SXSH_CELL_DATE, "2021-11-28");
  assert_cell (sheet, 2, 9, SXSH_CELL_DATE, "2021-12-02");
  assert_cell (sheet, 3, 7, SXSH_CELL_STRING, "1000 viên QTC");
}

static void
test_xlsx_handmade (void)
{
  g_autoptr(SxshTable) table = read_fixture ("handmade.xlsx");
  SxshSheet *sheet;

  g_assert_cmpuint (sxsh_table_get_n_sheets (table), ==, 2);
  g_assert_true (sxsh_sheet_get_hidden (sxsh_table_get_sheet (table, 0)));
  /* The hidden sheet is not the one a person sees first. */
  sheet = sxsh_table_choose_sheet (table, NULL);
  g_assert_cmpstr (sxsh_sheet_get_name (sheet), ==, "Dữ liệu");

  assert_cell (sheet, 0, 0, SXSH_CELL_STRING, "Tên cơ sở");
  assert_cell (sheet, 0, 1, SXSH_CELL_EMPTY, "");
  /* Rich text runs joined; the phonetic guide left out. */
  assert_cell (sheet, 0, 2, SXSH_CELL_STRING, "Công ty Cao su");
  /* A skipped row is an empty row, so row numbers stay the sheet's. */
  g_assert_true (sxsh_sheet_row_is_empty (sheet, 1));
  /* Cells without references follow each other; _x000D_ is a CR. */
  assert_cell (sheet, 2, 0, SXSH_CELL_STRING, "Dòng 1\r\nDòng 2");
  assert_cell (sheet, 2, 1, SXSH_CELL_STRING, "Chế biến");
  assert_cell (sheet, 2, 2, SXSH_CELL_BOOLEAN, "1");
  assert_cell (sheet, 2, 3, SXSH_CELL_ERROR, "#DIV/0!");
  assert_cell (sheet, 2, 4, SXSH_CELL_STRING, "kết quả");
  assert_cell (sheet, 2, 5, SXSH_CELL_NUMBER, "3");
  /* The 1904 date system: 43430 days after 1/1/1904 is 27/11/2022. */
  assert_cell (sheet, 4, 0, SXSH_CELL_DATE, "2022-11-27");
  assert_cell (sheet, 4, 1, SXSH_CELL_DATE, "1904-01-01");
  /* A duration and a currency are numbers, not dates. */
  assert_cell (sheet, 4, 2, SXSH_CELL_NUMBER, "1.5");
  assert_cell (sheet, 4, 3, SXSH_CELL_NUMBER, "1234.5");
  assert_cell (sheet, 4, 4, SXSH_CELL_DATE, "2024-05-01");
  /* An empty shared string is an empty cell. */
  assert_cell (sheet, 4, 5, SXSH_CELL_EMPTY, "");
  /* A string cell without a value is empty, not damaged. */
  assert_cell (sheet, 4, 6, SXSH_CELL_EMPTY, "");
  assert_cell (sheet, 4, 27, SXSH_CELL_NUMBER, "-0.1");
  /* The empty row at the end is dropped. */
  g_assert_cmpuint (sxsh_sheet_get_n_rows (sheet), ==, 5);
}

static char *
write_xlsxwriter_workbook (const char *dir,
                           gboolean    constant_memory)
{
  char *path = g_build_filename (dir, constant_memory ? "inline.xlsx" : "shared.xlsx", NULL);
  lxw_workbook_options options = { .constant_memory = constant_memory, .tmpdir = (char *) dir };
  lxw_workbook *workbook = workbook_new_opt (path, &options);
  lxw_worksheet *other = workbook_add_worksheet (workbook, "Ghi chú");
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Tiêu thụ");
  lxw_format *date_format = workbook_add_format (workbook);
  lxw_datetime date = { 2023, 11, 30, 0, 0, 0 };

  format_set_num_format (date_format, "dd/mm/yyyy");
  worksheet_write_string (other, 0, 0, "—", NULL);

  worksheet_write_string (sheet, 0, 0, "Mã số thuế", NULL);
  worksheet_write_string (sheet, 0, 1, "Năm", NULL);
  worksheet_write_string (sheet, 0, 2, "Ngày", NULL);
  worksheet_write_string (sheet, 1, 0, "6100001008", NULL);
  worksheet_write_number (sheet, 1, 1, 2023, NULL);
  worksheet_write_datetime (sheet, 1, 2, &date, date_format);
  worksheet_write_boolean (sheet, 1, 3, 1, NULL);
  worksheet_write_formula_num (sheet, 1, 4, "=B2*2", NULL, 4046);
  worksheet_write_formula_str (sheet, 1, 5, "=\"Đ\"&\"K\"", NULL, "ĐK");
  /* Serial numbers around Excel's 29 February 1900. */
  worksheet_write_number (sheet, 3, 0, 1, date_format);
  worksheet_write_number (sheet, 3, 1, 59, date_format);
  worksheet_write_number (sheet, 3, 2, 60, date_format);
  worksheet_write_number (sheet, 3, 3, 61, date_format);
  worksheet_write_number (sheet, 3, 4, 45000.75, date_format);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  return path;
}

static void
test_xlsx_libxlsxwriter (void)
{
  g_autofree char *dir = sxsh_test_make_tmpdir ();

  /* Shared strings, and in constant memory mode inline strings. */
  for (int constant_memory = 0; constant_memory <= 1; constant_memory++)
    {
      g_autofree char *path = write_xlsxwriter_workbook (dir, constant_memory);
      static const char * const names[] = { "tieu thu", NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(SxshTable) table = sxsh_table_read (path, &error);
      SxshSheet *sheet;

      g_assert_no_error (error);
      sheet = sxsh_table_choose_sheet (table, names);
      g_assert_cmpstr (sxsh_sheet_get_name (sheet), ==, "Tiêu thụ");
      assert_cell (sheet, 0, 0, SXSH_CELL_STRING, "Mã số thuế");
      assert_cell (sheet, 1, 0, SXSH_CELL_STRING, "6100001008");
      assert_cell (sheet, 1, 1, SXSH_CELL_NUMBER, "2023");
      assert_cell (sheet, 1, 2, SXSH_CELL_DATE, "2023-11-30");
      assert_cell (sheet, 1, 3, SXSH_CELL_BOOLEAN, "1");
      assert_cell (sheet, 1, 4, SXSH_CELL_NUMBER, "4046");
      assert_cell (sheet, 1, 5, SXSH_CELL_STRING, "ĐK");
      g_assert_true (sxsh_sheet_row_is_empty (sheet, 2));
      assert_cell (sheet, 3, 0, SXSH_CELL_DATE, "1900-01-01");
      assert_cell (sheet, 3, 1, SXSH_CELL_DATE, "1900-02-28");
      /* 29/02/1900 never was: the serial stays a number. */
      assert_cell (sheet, 3, 2, SXSH_CELL_NUMBER, "60");
      assert_cell (sheet, 3, 3, SXSH_CELL_DATE, "1900-03-01");
      assert_cell (sheet, 3, 4, SXSH_CELL_DATE, "2023-03-15");
    }

  sxsh_test_remove_tree (dir);
}

static void
assert_import_error (const char *path,
                     const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshTable) table = sxsh_table_read (path, &error);

  g_assert_null (table);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT);
  if (expected != NULL && strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
}

static void
test_xlsx_not_a_workbook (void)
{
  g_autofree char *dir = sxsh_test_make_tmpdir ();
  g_autofree char *fake = g_build_filename (dir, "danh-sach.xlsx", NULL);
  g_autofree char *xls = g_build_filename (dir, "cu.xls", NULL);
  g_autofree char *zip = g_build_filename (dir, "other.xlsx", NULL);
  g_autofree char *missing = g_build_filename (dir, "none.xlsx", NULL);
  static const char ole2[] = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 and more";
  /* A ZIP archive with one stored file "a.txt" holding "hi". */
  static const unsigned char tiny_zip[] = {
    0x50, 0x4b, 0x03, 0x04, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xac, 0x2a, 0x93, 0xd8, 2, 0, 0, 0,
    2, 0, 0, 0, 5, 0, 0, 0, 'a', '.', 't', 'x', 't', 'h', 'i',
    0x50, 0x4b, 0x01, 0x02, 0x14, 0, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xac, 0x2a, 0x93, 0xd8, 2,
    0, 0, 0, 2, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'a', '.', 't', 'x',
    't',
    0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, 0x33, 0, 0, 0, 0x25, 0, 0, 0, 0, 0,
  };

  g_assert_true (g_file_set_contents (fake, "tax_code,name\n6100001008,A\n", -1, NULL));
  assert_import_error (fake, "danh-sach.xlsx");
  assert_import_error (fake, "not an Excel workbook");

  g_assert_true (g_file_set_contents (xls, ole2, sizeof ole2 - 1, NULL));
  assert_import_error (xls, "97–2003");
  g_assert_true (g_file_set_contents (fake, ole2, sizeof ole2 - 1, NULL));
  assert_import_error (fake, "password");

  g_assert_true (g_file_set_contents (zip, (const char *) tiny_zip, sizeof tiny_zip, NULL));
  assert_import_error (zip, "not an Excel workbook");

  assert_import_error (missing, "none.xlsx");

  sxsh_test_remove_tree (dir);
}

/* Every prefix of a valid workbook, and copies with bytes changed, must be
 * read or refused with an import error: never a crash, never a hang. */
static void
test_xlsx_damaged (void)
{
  g_autofree char *dir = sxsh_test_make_tmpdir ();
  g_autofree char *source = fixture ("annual-libreoffice.xlsx");
  g_autofree char *damaged = g_build_filename (dir, "damaged.xlsx", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2340);
  gsize length = 0;
  guint n_refused = 0, n_read = 0;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));

  for (gsize cut = 0; cut < length; cut += (cut < 200 ? 7 : 61))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SxshTable) table = NULL;

      g_assert_true (g_file_set_contents (damaged, contents, cut, NULL));
      table = sxsh_table_read (damaged, &error);
      /* The central directory is at the end: no prefix is a workbook. */
      g_assert_null (table);
      g_assert_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT);
      n_refused++;
    }

  for (int round = 0; round < 300; round++)
    {
      g_autofree char *copy = g_memdup2 (contents, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(SxshTable) table = NULL;
      int n_flips = g_rand_int_range (rand, 1, 8);

      for (int i = 0; i < n_flips; i++)
        copy[g_rand_int_range (rand, 0, length)] ^= 1 << g_rand_int_range (rand, 0, 8);
      g_assert_true (g_file_set_contents (damaged, copy, length, NULL));
      table = sxsh_table_read (damaged, &error);
      if (table == NULL)
        {
          g_assert_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT);
          n_refused++;
        }
      else
        n_read++;
    }

  g_test_message ("%u damaged files refused, %u read", n_refused, n_read);
  /* Compressed parts are checked against their CRC: almost every change is
   * found. */
  g_assert_cmpuint (n_refused, >, 300);

  sxsh_test_remove_tree (dir);
}

/* Random text made of what CSV parsing turns on: read or refused with an
 * import error, never a crash. */
static void
test_csv_random (void)
{
  static const char * const pieces[] = {
    "\"", ",", ";", "\t", "\r", "\n", "\r\n", "a", "ă", "sep=;", "\"\"", " ", "1.234,5",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (2016);
  guint n_read = 0;

  for (int round = 0; round < 2000; round++)
    {
      g_autoptr(GString) text = g_string_new (round % 3 == 0 ? "\xef\xbb\xbf" : "");
      g_autoptr(GError) error = NULL;
      g_autoptr(SxshTable) table = NULL;
      int n = g_rand_int_range (rand, 0, 200);

      for (int i = 0; i < n; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      table = read_csv_text (text->str, text->len, &error);
      if (table == NULL)
        g_assert_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT);
      else
        {
          SxshSheet *sheet = sxsh_table_get_sheet (table, 0);

          n_read++;
          /* No field is cut inside a character. */
          for (guint r = 0; r < sxsh_sheet_get_n_rows (sheet); r++)
            for (guint c = 0; c < sxsh_sheet_get_n_columns (sheet, r); c++)
              g_assert_true (g_utf8_validate (sxsh_sheet_get_cell (sheet, r, c)->text, -1, NULL));
        }
    }
  g_assert_cmpuint (n_read, >, 1000);
}

static void
test_column_names (void)
{
  const struct { guint column; const char *name; } cases[] = {
    { 0, "A" }, { 25, "Z" }, { 26, "AA" }, { 27, "AB" }, { 701, "ZZ" }, { 702, "AAA" },
    { 16383, "XFD" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = sxsh_xlsx_column_name (cases[i].column);

      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sxsh/table-reader/csv-quoting", test_csv_quoting);
  g_test_add_func ("/sxsh/table-reader/csv-bom-semicolon-crlf", test_csv_bom_semicolon_crlf);
  g_test_add_func ("/sxsh/table-reader/csv-variants", test_csv_variants);
  g_test_add_func ("/sxsh/table-reader/csv-errors", test_csv_errors);
  g_test_add_func ("/sxsh/table-reader/csv-random", test_csv_random);
  g_test_add_func ("/sxsh/table-reader/xlsx-openpyxl", test_xlsx_openpyxl);
  g_test_add_func ("/sxsh/table-reader/xlsx-dates", test_xlsx_dates);
  g_test_add_func ("/sxsh/table-reader/xlsx-libreoffice", test_xlsx_libreoffice);
  g_test_add_func ("/sxsh/table-reader/xlsx-handmade", test_xlsx_handmade);
  g_test_add_func ("/sxsh/table-reader/xlsx-libxlsxwriter", test_xlsx_libxlsxwriter);
  g_test_add_func ("/sxsh/table-reader/xlsx-not-a-workbook", test_xlsx_not_a_workbook);
  g_test_add_func ("/sxsh/table-reader/xlsx-damaged", test_xlsx_damaged);
  g_test_add_func ("/sxsh/table-reader/column-names", test_column_names);

  return g_test_run ();
}

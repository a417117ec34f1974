/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sxsh-error.h"
#include "sxsh-xlsx-sheet.h"

/* Column widths are in characters of the default font; wider than this a
 * column is harder to read than a cut text. */
#define DEFAULT_MAX_WIDTH 60.0
#define MIN_WIDTH 5.0
#define HEADER_FILL 0xD9E2F3

static lxw_format *
add_format (lxw_workbook *workbook,
            gboolean      bold,
            const char   *num_format,
            gboolean      border)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_font_name (format, "Times New Roman");
  format_set_font_size (format, 12);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  if (bold)
    format_set_bold (format);
  if (num_format)
    format_set_num_format (format, num_format);
  if (border)
    format_set_border (format, LXW_BORDER_THIN);
  return format;
}

/**
 * sxsh_xlsx_book_open:
 *
 * Starts a workbook at @path with the shared formats.
 */
gboolean
sxsh_xlsx_book_open (SxshXlsxBook  *book,
                     const char    *path,
                     const char    *title,
                     const char    *author,
                     GError       **error)
{
  lxw_doc_properties properties = { 0 };
  lxw_workbook_options options = { 0 };

  g_autofree char *folder = g_path_get_dirname (path);

  memset (book, 0, sizeof *book);
  /* libxlsxwriter finds out only when it closes the workbook, and prints
   * its own message; say it before anything is written. */
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("The workbook “%s” could not be written: the folder “%s” does not exist."),
                   path, folder);
      return FALSE;
    }
  /* Rows go to disk as they are finished and strings are written inline:
   * twice as fast on a province of ten thousand facilities, and every
   * sheet is written row by row anyway. */
  options.constant_memory = LXW_TRUE;
  book->workbook = workbook_new_opt (path, &options);
  if (book->workbook == NULL)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("The workbook “%s” could not be created: the folder may not exist or not be "
                     "writable."), path);
      return FALSE;
    }
  properties.title = (char *) title;
  properties.author = (char *) author;
  properties.company = (char *) author;
  workbook_set_properties (book->workbook, &properties);

  book->title = add_format (book->workbook, TRUE, NULL, FALSE);
  format_set_font_size (book->title, 14);
  format_set_align (book->title, LXW_ALIGN_CENTER);
  book->subtitle = add_format (book->workbook, FALSE, NULL, FALSE);
  format_set_italic (book->subtitle);
  format_set_align (book->subtitle, LXW_ALIGN_CENTER);
  book->heading = add_format (book->workbook, TRUE, NULL, FALSE);
  book->header = add_format (book->workbook, TRUE, NULL, TRUE);
  format_set_text_wrap (book->header);
  format_set_align (book->header, LXW_ALIGN_CENTER);
  format_set_bg_color (book->header, HEADER_FILL);
  book->text = add_format (book->workbook, FALSE, NULL, TRUE);
  book->text_bold = add_format (book->workbook, TRUE, NULL, TRUE);
  book->center = add_format (book->workbook, FALSE, NULL, TRUE);
  format_set_align (book->center, LXW_ALIGN_CENTER);
  book->integer = add_format (book->workbook, FALSE, "#,##0", TRUE);
  book->integer_bold = add_format (book->workbook, TRUE, "#,##0", TRUE);
  book->decimal = add_format (book->workbook, FALSE, "#,##0.0", TRUE);
  book->decimal_bold = add_format (book->workbook, TRUE, "#,##0.0", TRUE);
  book->precise = add_format (book->workbook, FALSE, "#,##0.0000", TRUE);
  book->date = add_format (book->workbook, FALSE, "dd/mm/yyyy", TRUE);
  format_set_align (book->date, LXW_ALIGN_CENTER);
  return TRUE;
}

/* Keeps the first error of libxlsxwriter, with what was being written. */
void
sxsh_xlsx_book_check (SxshXlsxBook *book,
                      lxw_error     error,
                      const char   *what)
{
  if (error == LXW_NO_ERROR || book->error != LXW_NO_ERROR)
    return;
  book->error = error;
  book->error_context = g_strdup (what);
}

/**
 * sxsh_xlsx_book_close:
 *
 * Writes the workbook out; any error met while filling it or writing it is
 * reported here, as SXSH_ERROR_EXPORT.
 */
gboolean
sxsh_xlsx_book_close (SxshXlsxBook  *book,
                      const char    *path,
                      GError       **error)
{
  lxw_error closed = workbook_close (book->workbook);
  gboolean ok = TRUE;

  book->workbook = NULL;
  if (book->error != LXW_NO_ERROR)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("The workbook “%s” could not be written (%s): %s."), path,
                   book->error_context ? book->error_context : "", lxw_strerror (book->error));
      ok = FALSE;
    }
  else if (closed != LXW_NO_ERROR)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("The workbook “%s” could not be written: %s."), path, lxw_strerror (closed));
      ok = FALSE;
    }
  g_clear_pointer (&book->error_context, g_free);
  return ok;
}

/* Gives up a workbook without leaving a file behind. */
void
sxsh_xlsx_book_discard (SxshXlsxBook *book,
                        const char   *path)
{
  if (book->workbook != NULL)
    {
      workbook_close (book->workbook);
      book->workbook = NULL;
      if (path != NULL)
        remove (path);
    }
  g_clear_pointer (&book->error_context, g_free);
}

/* Sheets */

SxshXlsxSheet *
sxsh_xlsx_sheet_new (SxshXlsxBook *book,
                     const char   *name,
                     guint         n_columns)
{
  SxshXlsxSheet *sheet = g_new0 (SxshXlsxSheet, 1);

  sheet->book = book;
  sheet->name = g_strdup (name);
  sheet->n_columns = n_columns;
  sheet->widths = g_new0 (double, n_columns);
  sheet->max_widths = g_new (double, n_columns);
  for (guint c = 0; c < n_columns; c++)
    sheet->max_widths[c] = DEFAULT_MAX_WIDTH;
  sheet->sheet = workbook_add_worksheet (book->workbook, name);
  if (sheet->sheet == NULL)
    {
      g_autofree char *what = g_strdup_printf (_("sheet “%s”"), name);

      sxsh_xlsx_book_check (book, LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED, what);
    }
  return sheet;
}

void
sxsh_xlsx_sheet_free (SxshXlsxSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_free (sheet->name);
  g_free (sheet->widths);
  g_free (sheet->max_widths);
  g_free (sheet);
}

void
sxsh_xlsx_sheet_set_max_width (SxshXlsxSheet *sheet,
                               guint          column,
                               double         width)
{
  g_return_if_fail (column < sheet->n_columns);
  sheet->max_widths[column] = width;
}

static void
check_cell (SxshXlsxSheet *sheet,
            lxw_error      error,
            guint          column)
{
  if (error != LXW_NO_ERROR && sheet->book->error == LXW_NO_ERROR)
    {
      char cell[16];
      g_autofree char *what = NULL;

      lxw_rowcol_to_cell (cell, sheet->row, (lxw_col_t) column);
      what = g_strdup_printf (_("sheet “%s”, cell %s"), sheet->name, cell);
      sxsh_xlsx_book_check (sheet->book, error, what);
    }
}

static void
grow (SxshXlsxSheet *sheet,
      guint          column,
      double         width)
{
  if (column < sheet->n_columns)
    sheet->widths[column] = MAX (sheet->widths[column], width);
}

/* A title over the sheet's table, merged across its columns. */
void
sxsh_xlsx_sheet_title (SxshXlsxSheet *sheet,
                       const char    *title,
                       const char    *subtitle)
{
  lxw_col_t last = (lxw_col_t) MAX (sheet->n_columns, 1) - 1;

  if (sheet->sheet == NULL)
    return;
  check_cell (sheet, worksheet_merge_range (sheet->sheet, sheet->row, 0, sheet->row, last, title,
                                            sheet->book->title), 0);
  worksheet_set_row (sheet->sheet, sheet->row, 22, NULL);
  sheet->row++;
  if (subtitle != NULL)
    {
      check_cell (sheet, worksheet_merge_range (sheet->sheet, sheet->row, 0, sheet->row, last,
                                                subtitle, sheet->book->subtitle), 0);
      sheet->row++;
    }
  sheet->row++;
}

/* The header row of a list; cells wrap, so a header counts by its longest
 * word or half its length, whichever is more. */
void
sxsh_xlsx_sheet_header (SxshXlsxSheet      *sheet,
                        const char * const *titles)
{
  if (sheet->sheet == NULL)
    return;
  sheet->header_row = sheet->row;
  for (guint c = 0; c < sheet->n_columns && titles[c] != NULL; c++)
    {
      g_auto(GStrv) words = g_strsplit (titles[c], " ", -1);
      glong longest = 0, length = g_utf8_strlen (titles[c], -1);

      for (guint w = 0; words[w] != NULL; w++)
        longest = MAX (longest, g_utf8_strlen (words[w], -1));
      check_cell (sheet, worksheet_write_string (sheet->sheet, sheet->row, (lxw_col_t) c, titles[c],
                                                 sheet->book->header), c);
      grow (sheet, c, MAX (longest, (length + 1) / 2) + 2);
    }
  worksheet_set_row (sheet->sheet, sheet->row, 32, NULL);
  sheet->row++;
}

void
sxsh_xlsx_sheet_text_format (SxshXlsxSheet *sheet,
                             guint          column,
                             const char    *text,
                             lxw_format    *format)
{
  if (sheet->sheet == NULL)
    return;
  if (text == NULL || *text == '\0')
    {
      check_cell (sheet, worksheet_write_blank (sheet->sheet, sheet->row, (lxw_col_t) column,
                                                format), column);
      return;
    }
  check_cell (sheet, worksheet_write_string (sheet->sheet, sheet->row, (lxw_col_t) column, text,
                                             format), column);
  grow (sheet, column, g_utf8_strlen (text, -1) * 1.05 + 2);
}

void
sxsh_xlsx_sheet_text (SxshXlsxSheet *sheet,
                      guint          column,
                      const char    *text)
{
  sxsh_xlsx_sheet_text_format (sheet, column, text, sheet->book->text);
}

void
sxsh_xlsx_sheet_number (SxshXlsxSheet *sheet,
                        guint          column,
                        double         value,
                        lxw_format    *format)
{
  double digits;

  if (sheet->sheet == NULL)
    return;
  check_cell (sheet, worksheet_write_number (sheet->sheet, sheet->row, (lxw_col_t) column, value,
                                             format ? format : sheet->book->decimal), column);
  /* Digits, their thousands separators and a few decimals. */
  digits = fabs (value) >= 1 ? floor (log10 (fabs (value))) + 1 : 1;
  grow (sheet, column, digits + digits / 3 + 4);
}

/* A number, or an empty cell when @value is NaN (unknown, not zero). */
void
sxsh_xlsx_sheet_optional (SxshXlsxSheet *sheet,
                          guint          column,
                          double         value,
                          lxw_format    *format)
{
  if (isfinite (value))
    sxsh_xlsx_sheet_number (sheet, column, value, format);
  else
    sxsh_xlsx_sheet_text (sheet, column, NULL);
}

/* A real date cell shown as dd/mm/yyyy; empty when there is no date. */
void
sxsh_xlsx_sheet_date (SxshXlsxSheet *sheet,
                      guint          column,
                      const char    *iso_date)
{
  lxw_datetime datetime = { 0 };
  int y, m, d;

  if (sheet->sheet == NULL)
    return;
  if (iso_date == NULL || sscanf (iso_date, "%d-%d-%d", &y, &m, &d) != 3)
    {
      sxsh_xlsx_sheet_text_format (sheet, column, NULL, sheet->book->date);
      return;
    }
  datetime.year = y;
  datetime.month = m;
  datetime.day = d;
  check_cell (sheet, worksheet_write_datetime (sheet->sheet, sheet->row, (lxw_col_t) column,
                                               &datetime, sheet->book->date), column);
  grow (sheet, column, 12);
}

/* "Có" or "Không": readable, filterable, and read back by the import. */
void
sxsh_xlsx_sheet_bool (SxshXlsxSheet *sheet,
                      guint          column,
                      gboolean       value)
{
  sxsh_xlsx_sheet_text_format (sheet, column, value ? "Có" : "Không", sheet->book->center);
}

void
sxsh_xlsx_sheet_next_row (SxshXlsxSheet *sheet)
{
  sheet->row++;
}

void
sxsh_xlsx_sheet_fit_columns (SxshXlsxSheet *sheet)
{
  if (sheet->sheet == NULL)
    return;
  for (guint c = 0; c < sheet->n_columns; c++)
    {
      double width = CLAMP (sheet->widths[c], MIN_WIDTH, sheet->max_widths[c]);

      check_cell (sheet, worksheet_set_column (sheet->sheet, (lxw_col_t) c, (lxw_col_t) c, width,
                                               NULL), c);
    }
}

/**
 * sxsh_xlsx_sheet_finish_list:
 *
 * A list sheet: the header row frozen and filtered, columns fitted, and on
 * paper A4 with the header row on every page, as wide as one page.
 */
void
sxsh_xlsx_sheet_finish_list (SxshXlsxSheet *sheet,
                             gboolean       landscape)
{
  lxw_row_t last = sheet->row > sheet->header_row + 1 ? sheet->row - 1 : sheet->header_row;

  if (sheet->sheet == NULL)
    return;
  worksheet_freeze_panes (sheet->sheet, sheet->header_row + 1, 0);
  check_cell (sheet, worksheet_autofilter (sheet->sheet, sheet->header_row, 0, last,
                                           (lxw_col_t) sheet->n_columns - 1), 0);
  sxsh_xlsx_sheet_fit_columns (sheet);
  worksheet_set_paper (sheet->sheet, 9);
  if (landscape)
    worksheet_set_landscape (sheet->sheet);
  check_cell (sheet, worksheet_repeat_rows (sheet->sheet, sheet->header_row, sheet->header_row),
              0);
  worksheet_fit_to_pages (sheet->sheet, 1, 0);
  worksheet_set_margins (sheet->sheet, 0.6, 0.4, 0.6, 0.6);
  check_cell (sheet, worksheet_set_footer (sheet->sheet, "&CTrang &P/&N"), 0);
}

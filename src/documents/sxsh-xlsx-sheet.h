/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

/*
 * What the workbooks the documents library writes share: one set of cell
 * formats (bold headers with borders, Vietnamese-style number and date
 * cells), list sheets with a frozen and filtered header row, columns fitted
 * to their content, A4 print set-up with the header row repeated, and the
 * first libxlsxwriter error kept to be reported once as SXSH_ERROR_EXPORT.
 *
 * Numbers use the format codes "#,##0" and "#,##0.0": Excel and LibreOffice
 * show them with the reader's separators, which on a Vietnamese system are
 * the dot for thousands and the comma for decimals.
 */

typedef struct
{
  lxw_workbook *workbook;
  lxw_format   *title;
  lxw_format   *subtitle;
  lxw_format   *heading;
  lxw_format   *header;
  lxw_format   *text;
  lxw_format   *text_bold;
  lxw_format   *center;
  lxw_format   *integer;
  lxw_format   *integer_bold;
  lxw_format   *decimal;
  lxw_format   *decimal_bold;
  lxw_format   *precise;
  lxw_format   *date;
  lxw_error     error;
  char         *error_context;
} SxshXlsxBook;

typedef struct
{
  SxshXlsxBook  *book;
  lxw_worksheet *sheet;
  char          *name;
  guint          n_columns;
  double        *widths;
  double        *max_widths;
  lxw_row_t      header_row;
  lxw_row_t      row;
} SxshXlsxSheet;

gboolean       sxsh_xlsx_book_open      (SxshXlsxBook       *book,
                                         const char         *path,
                                         const char         *title,
                                         const char         *author,
                                         GError            **error);
gboolean       sxsh_xlsx_book_close     (SxshXlsxBook       *book,
                                         const char         *path,
                                         GError            **error);
void           sxsh_xlsx_book_discard   (SxshXlsxBook       *book,
                                         const char         *path);

SxshXlsxSheet *sxsh_xlsx_sheet_new      (SxshXlsxBook       *book,
                                         const char         *name,
                                         guint               n_columns);
void           sxsh_xlsx_sheet_free     (SxshXlsxSheet      *sheet);
void           sxsh_xlsx_sheet_set_max_width (SxshXlsxSheet *sheet,
                                         guint               column,
                                         double              width);
void           sxsh_xlsx_sheet_title    (SxshXlsxSheet      *sheet,
                                         const char         *title,
                                         const char         *subtitle);
void           sxsh_xlsx_sheet_header   (SxshXlsxSheet      *sheet,
                                         const char * const *titles);
void           sxsh_xlsx_sheet_text     (SxshXlsxSheet      *sheet,
                                         guint               column,
                                         const char         *text);
void           sxsh_xlsx_sheet_text_format (SxshXlsxSheet   *sheet,
                                         guint               column,
                                         const char         *text,
                                         lxw_format         *format);
void           sxsh_xlsx_sheet_number   (SxshXlsxSheet      *sheet,
                                         guint               column,
                                         double              value,
                                         lxw_format         *format);
void           sxsh_xlsx_sheet_optional (SxshXlsxSheet      *sheet,
                                         guint               column,
                                         double              value,
                                         lxw_format         *format);
void           sxsh_xlsx_sheet_date     (SxshXlsxSheet      *sheet,
                                         guint               column,
                                         const char         *iso_date);
void           sxsh_xlsx_sheet_bool     (SxshXlsxSheet      *sheet,
                                         guint               column,
                                         gboolean            value);
void           sxsh_xlsx_sheet_next_row (SxshXlsxSheet      *sheet);
void           sxsh_xlsx_sheet_finish_list (SxshXlsxSheet   *sheet,
                                         gboolean            landscape);
void           sxsh_xlsx_sheet_fit_columns (SxshXlsxSheet   *sheet);
void           sxsh_xlsx_book_check     (SxshXlsxBook       *book,
                                         lxw_error           error,
                                         const char         *what);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SxshXlsxSheet, sxsh_xlsx_sheet_free)

G_END_DECLS

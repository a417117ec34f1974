/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * SxshCellKind:
 * @SXSH_CELL_EMPTY: nothing in the cell
 * @SXSH_CELL_STRING: text, as typed (CSV fields are always text)
 * @SXSH_CELL_NUMBER: a number cell of a workbook
 * @SXSH_CELL_BOOLEAN: TRUE/FALSE cell of a workbook; number is 1 or 0
 * @SXSH_CELL_DATE: a number cell with a date format; text is the ISO date
 * @SXSH_CELL_ERROR: a formula error such as "#DIV/0!"; text is the error
 *
 * What a cell of a spreadsheet holds.
 */
typedef enum
{
  SXSH_CELL_EMPTY,
  SXSH_CELL_STRING,
  SXSH_CELL_NUMBER,
  SXSH_CELL_BOOLEAN,
  SXSH_CELL_DATE,
  SXSH_CELL_ERROR,
} SxshCellKind;

/**
 * SxshCell:
 * @kind: what the cell holds
 * @text: the value as text, never %NULL: the string itself; for numbers
 *   the shortest form that reads back the same ("12.5", "1200"); for
 *   dates "YYYY-MM-DD"; for booleans "1" or "0"
 * @number: the value of number, boolean and date cells (a date's serial
 *   number as stored in the workbook); 0 otherwise
 */
typedef struct
{
  SxshCellKind  kind;
  char         *text;
  double        number;
} SxshCell;

typedef struct _SxshTable SxshTable;
typedef struct _SxshSheet SxshSheet;

/* Opens a .csv or .xlsx file; the kind is recognised by its content, so a
 * file with a wrong extension is still read correctly or refused clearly.
 * Every failure is %SXSH_ERROR_IMPORT with a message for the user. */
SxshTable      *sxsh_table_read               (const char  *path,
                                               GError     **error);
SxshTable      *sxsh_table_read_csv           (const char  *path,
                                               GError     **error);
SxshTable      *sxsh_table_read_csv_data      (const char  *data,
                                               gsize        length,
                                               const char  *display_name,
                                               GError     **error);
SxshTable      *sxsh_table_read_xlsx          (const char  *path,
                                               GError     **error);
void            sxsh_table_free               (SxshTable   *self);

guint           sxsh_table_get_n_sheets       (SxshTable   *self);
SxshSheet      *sxsh_table_get_sheet          (SxshTable   *self,
                                               guint        index);
SxshSheet      *sxsh_table_choose_sheet       (SxshTable   *self,
                                               const char * const *names);
char            sxsh_table_get_delimiter      (SxshTable   *self);

const char     *sxsh_sheet_get_name           (SxshSheet   *self);
gboolean        sxsh_sheet_get_hidden         (SxshSheet   *self);
guint           sxsh_sheet_get_n_rows         (SxshSheet   *self);
guint           sxsh_sheet_get_n_columns      (SxshSheet   *self,
                                               guint        row);
const SxshCell *sxsh_sheet_get_cell           (SxshSheet   *self,
                                               guint        row,
                                               guint        column);
gboolean        sxsh_sheet_row_is_empty       (SxshSheet   *self,
                                               guint        row);

char           *sxsh_xlsx_column_name         (guint        column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SxshTable, sxsh_table_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-table-reader.h"

G_BEGIN_DECLS

/* What the CSV and XLSX readers share to build a table. */

struct _SxshSheet
{
  char      *name;
  gboolean   hidden;
  /* Row i is the spreadsheet's row i + 1: a GArray of SxshCell, or NULL for
   * a row with nothing in it, so that row numbers stay what the user sees. */
  GPtrArray *rows;
};

struct _SxshTable
{
  GPtrArray *sheets;
  char       delimiter;
};

/* Limits of a worksheet in Excel; nothing beyond them is a real cell. */
#define SXSH_SHEET_MAX_ROWS    1048576
#define SXSH_SHEET_MAX_COLUMNS 16384

SxshTable *sxsh_table_new            (void);
SxshSheet *sxsh_table_add_sheet      (SxshTable    *self,
                                      const char   *name);
void       sxsh_sheet_set_cell       (SxshSheet    *self,
                                      guint         row,
                                      guint         column,
                                      SxshCellKind  kind,
                                      char         *text,
                                      double        number);
void       sxsh_sheet_finish         (SxshSheet    *self);
char      *sxsh_number_to_text       (double        value);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sxsh-error.h"
#include "sxsh-text.h"
#include "sxsh-table-reader-private.h"

static const SxshCell empty_cell = { SXSH_CELL_EMPTY, (char *) "", 0 };

static void
cell_clear (gpointer data)
{
  SxshCell *cell = data;

  if (cell->text != empty_cell.text)
    g_free (cell->text);
}

static void
row_free (gpointer data)
{
  if (data != NULL)
    g_array_unref (data);
}

static void
sheet_free (gpointer data)
{
  SxshSheet *sheet = data;

  g_free (sheet->name);
  g_ptr_array_unref (sheet->rows);
  g_free (sheet);
}

SxshTable *
sxsh_table_new (void)
{
  SxshTable *self = g_new0 (SxshTable, 1);

  self->sheets = g_ptr_array_new_with_free_func (sheet_free);
  return self;
}

void
sxsh_table_free (SxshTable *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->sheets);
  g_free (self);
}

SxshSheet *
sxsh_table_add_sheet (SxshTable  *self,
                      const char *name)
{
  SxshSheet *sheet = g_new0 (SxshSheet, 1);

  sheet->name = g_strdup (name != NULL ? name : "");
  sheet->rows = g_ptr_array_new_with_free_func (row_free);
  g_ptr_array_add (self->sheets, sheet);
  return sheet;
}

/* Stores a cell, taking @text.  Rows and columns count from 0. */
void
sxsh_sheet_set_cell (SxshSheet    *self,
                     guint         row,
                     guint         column,
                     SxshCellKind  kind,
                     char         *text,
                     double        number)
{
  GArray *cells;
  SxshCell *cell;

  g_assert (row < SXSH_SHEET_MAX_ROWS && column < SXSH_SHEET_MAX_COLUMNS);

  if (kind == SXSH_CELL_EMPTY)
    {
      g_free (text);
      return;
    }

  if (row >= self->rows->len)
    g_ptr_array_set_size (self->rows, row + 1);
  cells = g_ptr_array_index (self->rows, row);
  if (cells == NULL)
    {
      cells = g_array_sized_new (FALSE, TRUE, sizeof (SxshCell), column + 1);
      g_array_set_clear_func (cells, cell_clear);
      self->rows->pdata[row] = cells;
    }
  if (column >= cells->len)
    {
      guint old_len = cells->len;

      g_array_set_size (cells, column + 1);
      for (guint i = old_len; i < cells->len; i++)
        g_array_index (cells, SxshCell, i) = empty_cell;
    }

  cell = &g_array_index (cells, SxshCell, column);
  cell_clear (cell);
  cell->kind = kind;
  cell->text = text != NULL ? text : g_strdup ("");
  cell->number = number;
}

/* Drops trailing rows with nothing in them: spreadsheets and text editors
 * leave empty lines at the end that the user never meant as rows. */
void
sxsh_sheet_finish (SxshSheet *self)
{
  guint n = self->rows->len;

  while (n > 0 && sxsh_sheet_row_is_empty (self, n - 1))
    n--;
  g_ptr_array_set_size (self->rows, n);
}

/* The shortest decimal form that reads back as the same double, without an
 * exponent for the numbers a spreadsheet of facilities holds. */
char *
sxsh_number_to_text (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return g_strdup ("");
  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%.0f", value == 0 ? 0.0 : value);
  for (int precision = 15; precision <= 17; precision++)
    {
      g_ascii_formatd (buffer, sizeof buffer, precision == 15 ? "%.15g" :
                       precision == 16 ? "%.16g" : "%.17g", value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  return g_strdup (buffer);
}

guint
sxsh_table_get_n_sheets (SxshTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->sheets->len;
}

SxshSheet *
sxsh_table_get_sheet (SxshTable *self,
                      guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (index >= self->sheets->len)
    return NULL;
  return g_ptr_array_index (self->sheets, index);
}

/* The delimiter a CSV file was read with (',' ';' or '\t'), or 0 for a
 * workbook. */
char
sxsh_table_get_delimiter (SxshTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->delimiter;
}

static char *
fold_sheet_name (const char *name)
{
  g_autofree char *folded = sxsh_text_fold (name);

  /* "Co_so", "co-so" and " Cơ sở " are all the same name to the user. */
  for (char *p = folded; *p != '\0'; p++)
    if (*p == '_' || *p == '-')
      *p = ' ';
  return g_strdup (g_strstrip (folded));
}

/**
 * sxsh_table_choose_sheet:
 * @names: (array zero-terminated=1): names that mark the sheet wanted,
 *   already folded (lower case, no accents), e.g. "facilities", "co so"
 *
 * Picks the sheet named after what is imported, whatever its case and
 * accents; otherwise the first visible sheet, as a person opening the
 * workbook would see it.
 *
 * Returns: (transfer none) (nullable): the sheet, %NULL for a table with
 *   no sheet
 */
SxshSheet *
sxsh_table_choose_sheet (SxshTable          *self,
                         const char * const *names)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; names != NULL && i < self->sheets->len; i++)
    {
      SxshSheet *sheet = g_ptr_array_index (self->sheets, i);
      g_autofree char *folded = fold_sheet_name (sheet->name);

      for (guint j = 0; names[j] != NULL; j++)
        if (g_str_equal (folded, names[j]))
          return sheet;
    }

  for (guint i = 0; i < self->sheets->len; i++)
    {
      SxshSheet *sheet = g_ptr_array_index (self->sheets, i);

      if (!sheet->hidden)
        return sheet;
    }

  return self->sheets->len > 0 ? g_ptr_array_index (self->sheets, 0) : NULL;
}

const char *
sxsh_sheet_get_name (SxshSheet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

gboolean
sxsh_sheet_get_hidden (SxshSheet *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->hidden;
}

/* Rows count from 0; row i is the one the spreadsheet numbers i + 1. */
guint
sxsh_sheet_get_n_rows (SxshSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

guint
sxsh_sheet_get_n_columns (SxshSheet *self,
                          guint      row)
{
  GArray *cells;

  g_return_val_if_fail (self != NULL, 0);

  if (row >= self->rows->len)
    return 0;
  cells = g_ptr_array_index (self->rows, row);
  return cells != NULL ? cells->len : 0;
}

/**
 * sxsh_sheet_get_cell:
 *
 * Returns: (transfer none): the cell, an empty one outside the data; never
 *   %NULL
 */
const SxshCell *
sxsh_sheet_get_cell (SxshSheet *self,
                     guint      row,
                     guint      column)
{
  GArray *cells;

  g_return_val_if_fail (self != NULL, &empty_cell);

  if (row >= self->rows->len)
    return &empty_cell;
  cells = g_ptr_array_index (self->rows, row);
  if (cells == NULL || column >= cells->len)
    return &empty_cell;
  return &g_array_index (cells, SxshCell, column);
}

/* A row is empty when it has no cell, or only cells of blank text.  The
 * text is valid UTF-8: both readers check it. */
gboolean
sxsh_sheet_row_is_empty (SxshSheet *self,
                         guint      row)
{
  guint n = sxsh_sheet_get_n_columns (self, row);

  for (guint i = 0; i < n; i++)
    {
      const SxshCell *cell = sxsh_sheet_get_cell (self, row, i);
      const char *p;

      if (cell->kind == SXSH_CELL_EMPTY)
        continue;
      if (cell->kind != SXSH_CELL_STRING)
        return FALSE;
      /* No-break spaces too: they come with text copied from web pages. */
      for (p = cell->text; *p != '\0' && g_unichar_isspace (g_utf8_get_char (p));
           p = g_utf8_next_char (p))
        ;
      if (*p != '\0')
        return FALSE;
    }
  return TRUE;
}

/* "A" for 0, "Z" for 25, "AA" for 26: how the spreadsheet names columns. */
char *
sxsh_xlsx_column_name (guint column)
{
  char buffer[8];
  int i = G_N_ELEMENTS (buffer) - 1;

  buffer[i] = '\0';
  column++;
  while (column > 0 && i > 0)
    {
      column--;
      buffer[--i] = 'A' + column % 26;
      column /= 26;
    }
  return g_strdup (buffer + i);
}

static gboolean
has_suffix_folded (const char *path,
                   const char *suffix)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, suffix);
}

SxshTable *
sxsh_table_read (const char  *path,
                 GError     **error)
{
  g_autofree char *display = NULL;
  unsigned char magic[8] = { 0 };
  gsize n_read = 0;
  FILE *file;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_basename (path);
  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                   _("Cannot open “%s”: %s."), display, g_strerror (saved_errno));
      return NULL;
    }
  n_read = fread (magic, 1, sizeof magic, file);
  fclose (file);

  if (n_read >= 4 && memcmp (magic, "PK\003\004", 4) == 0)
    return sxsh_table_read_xlsx (path, error);

  /* Compound documents: old .xls workbooks, and .xlsx workbooks that Excel
   * encrypted with a password. */
  if (n_read >= 8 && memcmp (magic, "\320\317\021\340\241\261\032\341", 8) == 0)
    {
      if (has_suffix_folded (path, ".xlsx"))
        g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                     _("“%s” is protected by a password, or is an old Excel 97–2003 workbook "
                       "named .xlsx. Open it in Excel, remove the password if there is one, "
                       "and save it as .xlsx or as CSV UTF-8."), display);
      else
        g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                     _("“%s” is an old Excel 97–2003 workbook (.xls). Open it in Excel or "
                       "LibreOffice and save it as .xlsx or as CSV UTF-8."), display);
      return NULL;
    }

  if (has_suffix_folded (path, ".xlsx") || has_suffix_folded (path, ".xlsm")
      || has_suffix_folded (path, ".xls") || has_suffix_folded (path, ".ods"))
    return sxsh_table_read_xlsx (path, error);

  return sxsh_table_read_csv (path, error);
}

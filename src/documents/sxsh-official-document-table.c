/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sxsh-format.h"
#include "sxsh-official-document-private.h"

/* Tables: measuring, placing on pages (the header repeated, rows kept
 * whole when they fit on a page), and the public API. */

void
sxsh_doc_table_free (SxshDocumentTable *table)
{
  for (guint r = 0; r < table->rows->len; r++)
    {
      Row *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        {
          g_free (row->cells[c].markup);
          sxsh_doc_text_clear (&row->cells[c].text);
        }
      g_free (row->cells);
      g_free (row);
    }
  g_ptr_array_unref (table->rows);
  g_free (table->fractions);
  g_free (table->column_align);
  g_free (table->column_x);
  g_free (table);
}

static gboolean
looks_numeric (const char *content,
               gboolean    is_markup)
{
  g_autofree char *text = NULL;
  double value;
  gsize len;

  if (content == NULL)
    return FALSE;
  if (!is_markup)
    text = g_strdup (content);
  else if (!pango_parse_markup (content, -1, 0, NULL, &text, NULL, NULL))
    return FALSE;
  g_strstrip (text);
  len = strlen (text);
  if (len == 0)
    return FALSE;
  if (g_str_equal (text, "—") || g_str_equal (text, "-"))
    return TRUE;
  if (text[len - 1] == '%')
    text[len - 1] = '\0';
  return sxsh_parse_number (text, &value);
}

void
sxsh_doc_measure_table (SxshOfficialDocument *self,
               SxshDocumentTable    *table,
               double                width)
{
  double total = 0;
  double size = table->font_size > 0 ? table->font_size : self->body_size - 2;

  g_free (table->column_x);
  table->column_x = g_new0 (double, table->n_columns + 1);
  table->width = width;
  for (guint c = 0; c < table->n_columns; c++)
    total += table->fractions[c];
  /* The grid's outer lines stay inside the text block, not half outside it. */
  table->column_x[0] = GRID_WIDTH / 2;
  for (guint c = 0; c < table->n_columns; c++)
    table->column_x[c + 1] = table->column_x[c]
                             + (width - GRID_WIDTH) * table->fractions[c] / total;

  for (guint r = 0; r < table->rows->len; r++)
    {
      Row *row = g_ptr_array_index (table->rows, r);

      row->height = 0;
      for (guint c = 0; c < table->n_columns; c++)
        {
          Cell *cell = &row->cells[c];
          double cell_width;
          SxshAlign align;
          PangoLayout *layout;

          if (cell->covered)
            continue;
          cell_width = table->column_x[c + cell->col_span] - table->column_x[c] - 2 * CELL_PAD_X;
          align = cell->align;
          if (row->header && (int) align == (int) ALIGN_AUTO)
            align = SXSH_ALIGN_CENTER;
          if ((int) align == (int) ALIGN_AUTO)
            align = table->column_align[c];
          if ((int) align == (int) ALIGN_AUTO)
            align = looks_numeric (cell->markup, cell->is_markup) ? SXSH_ALIGN_RIGHT
                                                                 : SXSH_ALIGN_LEFT;
          layout = sxsh_doc_make_layout (self, cell->markup, cell->is_markup, size,
                                         row->header || row->bold, FALSE, cell_width, align);
          sxsh_doc_text_set_layout (&cell->text, layout);
          cell->text_height = sxsh_doc_text_height (&cell->text);
          if (cell->row_span == 1)
            row->height = MAX (row->height, cell->text_height + 2 * CELL_PAD_Y);
        }
      if (row->height <= 0)
        row->height = size * 1.2 + 2 * CELL_PAD_Y;
    }

  /* A merged cell taller than its rows makes the last of them taller. */
  for (guint r = 0; r < table->rows->len; r++)
    {
      Row *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        {
          Cell *cell = &row->cells[c];
          double spanned = 0;
          guint last = MIN (r + cell->row_span, table->rows->len) - 1;

          if (cell->covered || cell->row_span <= 1)
            continue;
          for (guint k = r; k <= last; k++)
            spanned += ((Row *) g_ptr_array_index (table->rows, k))->height;
          if (spanned < cell->text_height + 2 * CELL_PAD_Y)
            ((Row *) g_ptr_array_index (table->rows, last))->height
              += cell->text_height + 2 * CELL_PAD_Y - spanned;
        }
    }
}

/* Table groups: a body row and the rows its merged cells reach into. */
static guint
table_group_end (SxshDocumentTable *table,
                 guint              start)
{
  guint end = start + 1;

  for (guint r = start; r < end; r++)
    {
      Row *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        if (!row->cells[c].covered)
          end = MAX (end, MIN (r + row->cells[c].row_span, table->rows->len));
    }
  return end;
}

static double
table_rows_height (SxshDocumentTable *table,
                   guint              start,
                   guint              end)
{
  double h = 0;

  for (guint r = start; r < end; r++)
    h += ((Row *) g_ptr_array_index (table->rows, r))->height;
  return h;
}

/* The height of one line of the table's text, roughly. */
static double
table_line_height (SxshDocumentTable *table)
{
  double size = table->font_size > 0 ? table->font_size : table->block->document->body_size - 2;

  return size * 1.2;
}

static double
table_header_height (SxshDocumentTable *table)
{
  return table_rows_height (table, 0, table->n_header_rows);
}

/* The header and the first rows that must go together. */
double
sxsh_doc_table_min_start (SxshDocumentTable *table)
{
  if (table->rows->len <= table->n_header_rows)
    return table_header_height (table);
  return table_header_height (table)
         + table_rows_height (table, table->n_header_rows,
                              table_group_end (table, table->n_header_rows));
}

static double
row_y_offset (SxshDocumentTable *table,
              guint              start,
              guint              r)
{
  return table_rows_height (table, start, r);
}

/* Draws rows [start, end) with their top at y; merged cells reaching beyond
 * end are clipped at the last row drawn. */
static void
table_emit_rows (Flow              *flow,
                 SxshDocumentTable *table,
                 guint              start,
                 guint              end,
                 double             y)
{
  double x0 = flow->left;

  for (guint r = start; r < end; r++)
    {
      Row *row = g_ptr_array_index (table->rows, r);
      double ry = y + row_y_offset (table, start, r);

      for (guint c = 0; c < table->n_columns; c++)
        {
          Cell *cell = &row->cells[c];
          double cx, cw, ch;
          Op *rect, *lines;
          guint last;

          if (cell->covered)
            continue;
          last = MIN (r + cell->row_span, end);
          cx = x0 + table->column_x[c];
          cw = table->column_x[c + cell->col_span] - table->column_x[c];
          ch = table_rows_height (table, r, last);

          rect = sxsh_doc_op_new (OP_RECT);
          rect->x = cx;
          rect->y = ry;
          rect->width = cw;
          rect->height = ch;
          rect->stroke = TRUE;
          rect->line_width = GRID_WIDTH;
          rect->fill_gray = row->header ? HEADER_SHADE : -1;
          g_ptr_array_add (flow->page->ops, rect);

          if (cell->text.n_lines == 0)
            continue;
          lines = sxsh_doc_lines_op (cell->text.layout, cx + CELL_PAD_X,
                                     ry + MAX (CELL_PAD_Y, (ch - cell->text_height) / 2), 0, -1);
          if (cell->text_height + 2 * CELL_PAD_Y > ch + EPSILON)
            {
              lines->clip = TRUE;
              lines->x = cx + CELL_PAD_X;
              lines->width = cw - 2 * CELL_PAD_X;
              lines->y = ry + CELL_PAD_Y;
              lines->height = ch - 2 * CELL_PAD_Y;
            }
          g_ptr_array_add (flow->page->ops, lines);
        }
    }
}

static void
table_emit_header (Flow              *flow,
                   SxshDocumentTable *table)
{
  if (table->n_header_rows == 0 || !table->repeat_header)
    return;
  table_emit_rows (flow, table, 0, table->n_header_rows, flow->y);
  flow->y += table_header_height (table);
  flow->empty = FALSE;
}

/* A row taller than a page: its cells continue line by line on the next
 * pages, under the repeated header. */
static void
table_split_row (Flow              *flow,
                 SxshDocumentTable *table,
                 guint              r,
                 gboolean           fresh)
{
  Row *row = g_ptr_array_index (table->rows, r);
  g_autofree int *next_line = g_new0 (int, table->n_columns);
  gboolean done = FALSE;

  while (!done)
    {
      double inner = flow->bottom - flow->y - 2 * CELL_PAD_Y;
      double used = 0;
      gboolean starved = FALSE;
      g_autofree int *counts = g_new0 (int, table->n_columns);

      done = TRUE;
      for (guint c = 0; c < table->n_columns; c++)
        {
          Cell *cell = &row->cells[c];
          int first = next_line[c];
          int k = first;

          if (cell->covered)
            continue;
          while (k < cell->text.n_lines
                 && cell->text.bottoms[k] - cell->text.tops[first] <= inner + EPSILON)
            k++;
          /* At least one line per page, so that the row always advances. */
          if (k == first && k < cell->text.n_lines)
            {
              if (fresh)
                k = first + 1;
              else
                starved = TRUE;
            }
          counts[c] = k - first;
          used = MAX (used, sxsh_doc_text_range_height (&cell->text, first, k - first));
          if (k < cell->text.n_lines)
            done = FALSE;
        }
      if (starved)
        {
          /* Not one line of a cell fits in what is left of this page. */
          sxsh_doc_flow_new_page (flow);
          table_emit_header (flow, table);
          fresh = TRUE;
          done = FALSE;
          continue;
        }
      {
        double height = done ? used + 2 * CELL_PAD_Y : flow->bottom - flow->y;

        for (guint c = 0; c < table->n_columns; c++)
          {
            Cell *cell = &row->cells[c];
            Op *rect;

            if (cell->covered)
              continue;
            rect = sxsh_doc_op_new (OP_RECT);
            rect->x = flow->left + table->column_x[c];
            rect->y = flow->y;
            rect->width = table->column_x[c + cell->col_span] - table->column_x[c];
            rect->height = height;
            rect->stroke = TRUE;
            rect->line_width = GRID_WIDTH;
            g_ptr_array_add (flow->page->ops, rect);
            if (counts[c] > 0)
              g_ptr_array_add (flow->page->ops,
                               sxsh_doc_lines_op (cell->text.layout, rect->x + CELL_PAD_X,
                                                  flow->y + CELL_PAD_Y, next_line[c], counts[c]));
            next_line[c] += counts[c];
          }
        flow->y += height;
        flow->empty = FALSE;
      }
      if (!done)
        {
          sxsh_doc_flow_new_page (flow);
          table_emit_header (flow, table);
          fresh = TRUE;
        }
    }
}

void
sxsh_doc_place_table_block (Flow              *flow,
                            SxshDocumentBlock *block,
                            double             tail)
{
  SxshDocumentTable *table = block->table;
  double header = table_header_height (table);
  guint first = table->n_header_rows;
  guint n_rows = table->rows->len;
  gboolean placed_on_page = FALSE;
  double gap;

  sxsh_doc_flow_ensure_page (flow);
  /* Header rows taller than half a page are not repeated: they flow (and
   * break, if they must) like the other rows. */
  table->repeat_header = header <= (flow->page->height
                                    - MM (flow->self->margin_top + flow->self->margin_bottom)) / 2;
  if (!table->repeat_header)
    {
      header = 0;
      first = 0;
    }
  {
    guint first_end = first < n_rows ? table_group_end (table, first) : first;
    double need = sxsh_doc_flow_gap (flow, block) + header
                  + table_rows_height (table, first, first_end)
                  + (first_end >= n_rows ? tail : 0);

    if (flow->y + need > flow->bottom + EPSILON && !flow->empty)
      sxsh_doc_flow_new_page (flow);
  }
  gap = sxsh_doc_flow_gap (flow, block);
  flow->y += gap;
  table_emit_header (flow, table);

  for (guint r = first; r < n_rows;)
    {
      guint end = table_group_end (table, r);
      double height = table_rows_height (table, r, end);
      double need = height + (end >= n_rows ? tail : 0);
      /* What a fresh page holds under the repeated header. */
      double capacity = flow->page->height - MM (flow->self->margin_top + flow->self->margin_bottom)
                        - header;
      gboolean oversized = height > capacity + EPSILON;

      /* A group that fits on a page is never split: it moves to the next
       * page.  One that fits on none starts here if a few lines still fit. */
      if (oversized && flow->bottom - flow->y < 3 * CELL_PAD_Y + 2 * table_line_height (table))
        need = G_MAXDOUBLE;
      else if (oversized)
        need = 0;
      if (flow->y + need > flow->bottom + EPSILON && placed_on_page)
        {
          sxsh_doc_flow_new_page (flow);
          table_emit_header (flow, table);
          placed_on_page = FALSE;
        }
      if (flow->y + height > flow->bottom + EPSILON)
        {
          /* Taller than a page. */
          if (end - r == 1)
            table_split_row (flow, table, r, !placed_on_page);
          else
            {
              for (guint k = r; k < end; k++)
                {
                  double h = table_rows_height (table, k, k + 1);

                  if (flow->y + h > flow->bottom + EPSILON && placed_on_page)
                    {
                      sxsh_doc_flow_new_page (flow);
                      table_emit_header (flow, table);
                    }
                  table_emit_rows (flow, table, k, k + 1, flow->y);
                  flow->y += h;
                  placed_on_page = TRUE;
                }
            }
        }
      else
        {
          table_emit_rows (flow, table, r, end, flow->y);
          flow->y += height;
        }
      placed_on_page = TRUE;
      flow->empty = FALSE;
      r = end;
    }
  flow->y += block->space_after;
}

/* Public API */

SxshDocumentTable *
sxsh_official_document_add_table (SxshOfficialDocument *self,
                                  guint                 n_columns,
                                  const double         *widths)
{
  SxshDocumentBlock *block;
  SxshDocumentTable *table;

  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), NULL);
  g_return_val_if_fail (n_columns > 0, NULL);

  block = sxsh_doc_append_block (self, BLOCK_TABLE);
  block->space_before = 6;
  block->space_after = 10;
  table = g_new0 (SxshDocumentTable, 1);
  table->block = block;
  table->n_columns = n_columns;
  table->fractions = g_new0 (double, n_columns);
  table->column_align = g_new0 (SxshAlign, n_columns);
  table->rows = g_ptr_array_new ();
  for (guint c = 0; c < n_columns; c++)
    {
      table->fractions[c] = widths && widths[c] > 0 ? widths[c] : 1.0;
      table->column_align[c] = ALIGN_AUTO;
    }
  block->table = table;
  return table;
}

static guint
table_append_row (SxshDocumentTable  *table,
                  const char * const *cells,
                  gboolean            header)
{
  Row *row = g_new0 (Row, 1);

  row->header = header;
  row->cells = g_new0 (Cell, table->n_columns);
  for (guint c = 0; c < table->n_columns; c++)
    {
      row->cells[c].markup = g_strdup (cells && cells[c] ? cells[c] : "");
      row->cells[c].align = ALIGN_AUTO;
      row->cells[c].row_span = 1;
      row->cells[c].col_span = 1;
    }
  g_ptr_array_add (table->rows, row);
  if (header)
    table->n_header_rows++;
  table->block->document->dirty = TRUE;
  return table->rows->len - 1;
}

guint
sxsh_document_table_add_header_row (SxshDocumentTable  *table,
                                    const char * const *cells)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (table->rows->len == table->n_header_rows, 0);

  return table_append_row (table, cells, TRUE);
}

guint
sxsh_document_table_add_row (SxshDocumentTable  *table,
                             const char * const *cells)
{
  g_return_val_if_fail (table != NULL, 0);

  return table_append_row (table, cells, FALSE);
}

static Cell *
table_cell (SxshDocumentTable *table,
            guint              row,
            guint              column)
{
  g_return_val_if_fail (row < table->rows->len, NULL);
  g_return_val_if_fail (column < table->n_columns, NULL);

  return &((Row *) g_ptr_array_index (table->rows, row))->cells[column];
}

void
sxsh_document_table_merge (SxshDocumentTable *table,
                           guint              row,
                           guint              column,
                           guint              n_rows,
                           guint              n_columns)
{
  Cell *origin;

  g_return_if_fail (table != NULL);
  g_return_if_fail (n_rows >= 1 && n_columns >= 1);
  g_return_if_fail (row + n_rows <= table->rows->len);
  g_return_if_fail (column + n_columns <= table->n_columns);
  /* A merge may not mix header and body rows. */
  g_return_if_fail (row >= table->n_header_rows || row + n_rows <= table->n_header_rows);

  origin = table_cell (table, row, column);
  origin->row_span = n_rows;
  origin->col_span = n_columns;
  origin->covered = FALSE;
  for (guint r = row; r < row + n_rows; r++)
    for (guint c = column; c < column + n_columns; c++)
      if (r != row || c != column)
        {
          Cell *cell = table_cell (table, r, c);

          cell->covered = TRUE;
          cell->row_span = cell->col_span = 1;
        }
  table->block->document->dirty = TRUE;
}

void
sxsh_document_table_set_cell_markup (SxshDocumentTable *table,
                                     guint              row,
                                     guint              column,
                                     const char        *markup)
{
  Cell *cell;

  g_return_if_fail (table != NULL);
  cell = table_cell (table, row, column);
  g_return_if_fail (cell != NULL);
  g_free (cell->markup);
  cell->markup = g_strdup (markup ? markup : "");
  cell->is_markup = TRUE;
  table->block->document->dirty = TRUE;
}

void
sxsh_document_table_set_cell_alignment (SxshDocumentTable *table,
                                        guint              row,
                                        guint              column,
                                        SxshAlign          align)
{
  Cell *cell;

  g_return_if_fail (table != NULL);
  cell = table_cell (table, row, column);
  g_return_if_fail (cell != NULL);
  cell->align = align;
  table->block->document->dirty = TRUE;
}

void
sxsh_document_table_set_column_alignment (SxshDocumentTable *table,
                                          guint              column,
                                          SxshAlign          align)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (column < table->n_columns);
  table->column_align[column] = align;
  table->block->document->dirty = TRUE;
}

void
sxsh_document_table_set_row_bold (SxshDocumentTable *table,
                                  guint              row,
                                  gboolean           bold)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (row < table->rows->len);
  ((Row *) g_ptr_array_index (table->rows, row))->bold = !!bold;
  table->block->document->dirty = TRUE;
}

void
sxsh_document_table_set_font_size (SxshDocumentTable *table,
                                   double             points)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (points >= 0 && points <= 72);
  table->font_size = points;
  table->block->document->dirty = TRUE;
}

SxshDocumentBlock *
sxsh_document_table_get_block (SxshDocumentTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);
  return table->block;
}

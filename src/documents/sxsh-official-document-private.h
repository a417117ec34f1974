/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the files of SxshOfficialDocument share: the model of blocks, the
 * measured pieces, the page operations and the flow that places them. */

#include <cairo.h>
#include <pango/pangocairo.h>

#include "sxsh-official-document.h"

G_BEGIN_DECLS
#define PT_PER_MM (72.0 / 25.4)
#define MM(x) ((x) * PT_PER_MM)
#define A4_SHORT_PT (210.0 * PT_PER_MM)
#define A4_LONG_PT (297.0 * PT_PER_MM)
#define EPSILON 0.01
#define RULE_WIDTH 0.6
#define GRID_WIDTH 0.5
#define HEADER_SHADE 0.88
#define CELL_PAD_X 3.0
#define CELL_PAD_Y 2.5
/* Internal alignment of body cells: numbers right, text left. */
#define ALIGN_AUTO ((SxshAlign) -1)

typedef enum
{
  OP_LINES,
  OP_RULE,
  OP_RECT,
  OP_DRAW,
  OP_BORDER,
} OpKind;

/* One drawing operation of a page, in points from the page's top left (or
 * from a box's top left while a block is measured). */
typedef struct
{
  OpKind kind;
  double x, y, width, height;
  /* OP_LINES: lines [first_line, first_line + n_lines) of layout, the first
   * line's top at y; clipped to the rectangle when clip is set. */
  PangoLayout *layout;
  int first_line;
  int n_lines;
  gboolean clip;
  /* OP_RULE goes from (x, y) to (x + width, y + height). */
  double line_width;
  /* OP_RECT: a fill in gray (< 0: none) and a stroke when stroke is set. */
  double fill_gray;
  gboolean stroke;
  guint32 rgb;
  SxshDrawFunc draw;
  gpointer draw_data;
} Op;

typedef struct
{
  double width, height;
  gboolean free_page;
  GPtrArray *ops;
} Page;

/* A measured piece of text that can break between lines. */
typedef struct
{
  PangoLayout *layout;
  int n_lines;
  double *tops;
  double *bottoms;
} Text;

/* A measured unbreakable piece: operations relative to its top left. */
typedef struct
{
  GPtrArray *ops;
  double height;
} Box;

typedef enum
{
  BLOCK_HEADER,
  BLOCK_TITLE,
  BLOCK_RECIPIENTS,
  BLOCK_TEXT,
  BLOCK_DRAWING,
  BLOCK_SPACE,
  BLOCK_CLOSING,
  BLOCK_TABLE,
  BLOCK_PAGE_BREAK,
  BLOCK_SECTION,
  BLOCK_FREE_PAGE,
} BlockKind;

typedef struct
{
  /* Plain text unless is_markup: most cells are, and skip markup parsing. */
  char *markup;
  gboolean is_markup;
  SxshAlign align;
  guint row_span;
  guint col_span;
  /* Covered by a merged cell to the left or above. */
  gboolean covered;
  Text text;
  double text_height;
} Cell;

typedef struct
{
  gboolean header;
  gboolean bold;
  Cell *cells;
  double height;
} Row;

struct _SxshDocumentTable
{
  SxshDocumentBlock *block;
  guint n_columns;
  double *fractions;
  SxshAlign *column_align;
  double font_size;
  GPtrArray *rows;
  guint n_header_rows;
  /* Measured: */
  double *column_x;
  double width;
  /* Header rows taller than half a page are not repeated. */
  gboolean repeat_header;
};

struct _SxshFreePage
{
  SxshOfficialDocument *document;
  SxshPageOrientation orientation;
  GPtrArray *ops;
  /* The drawings' data, freed with the page. */
  GPtrArray *data;
  GPtrArray *destroys;
};

struct _SxshDocumentBlock
{
  BlockKind kind;
  SxshOfficialDocument *document;
  gboolean keep_with_next;
  gboolean keep_with_previous;
  double space_before;
  double space_after;
  double font_size;
  SxshAlign align;
  double first_indent;
  double left_indent;
  gboolean bold;
  gboolean italic;

  /* BLOCK_TEXT */
  char *markup;
  /* BLOCK_HEADER */
  char *superior_body;
  char *issuing_body;
  char *number;
  char *place;
  GDate date;
  /* BLOCK_TITLE */
  char *document_type;
  char *subject;
  /* BLOCK_RECIPIENTS and BLOCK_CLOSING */
  GStrv list;
  /* BLOCK_CLOSING */
  char *authority;
  char *sign_title;
  char *signer;
  /* BLOCK_DRAWING and BLOCK_SPACE */
  double width_mm;
  double height_mm;
  SxshDrawFunc draw;
  gpointer draw_data;
  GDestroyNotify draw_destroy;
  char *caption;
  /* BLOCK_SECTION */
  SxshPageOrientation orientation;
  SxshDocumentTable *table;
  SxshFreePage *free_page;

  /* Measured: */
  SxshPageOrientation flow_orientation;
  Text text;
  Box box;
};

struct _SxshOfficialDocument
{
  GObject parent_instance;

  SxshPageOrientation orientation;
  double margin_top;
  double margin_bottom;
  double margin_left;
  double margin_right;
  char *family;
  double body_size;
  gboolean page_numbers;
  char *title;
  char *author;

  GPtrArray *blocks;
  GPtrArray *pages;
  gboolean dirty;
  PangoContext *context;
};

/* Flow: placing blocks on pages */

typedef struct
{
  SxshOfficialDocument *self;
  Page *page;
  SxshPageOrientation orientation;
  double y;
  double left;
  double width;
  double bottom;
  /* Nothing has been placed on the current page yet. */
  gboolean empty;
} Flow;

/* sxsh-official-document-render.c: operations, measuring text, drawing */
Op *sxsh_doc_op_new (OpKind kind);
void sxsh_doc_op_free (Op *op);
Op *sxsh_doc_op_copy_offset (const Op *op, double dx, double dy);
void sxsh_doc_page_free (Page *page);
void sxsh_doc_text_clear (Text *text);
void sxsh_doc_box_clear (Box *box);
void sxsh_doc_box_init (Box *box);
PangoLayout *sxsh_doc_make_layout (SxshOfficialDocument *self, const char *content,
                                   gboolean is_markup, double size, gboolean bold, gboolean italic,
                                   double width, SxshAlign align);
double sxsh_doc_layout_height (PangoLayout *layout);
double sxsh_doc_layout_ink_width (PangoLayout *layout);
double sxsh_doc_layout_widest_line (PangoLayout *layout);
void sxsh_doc_text_set_layout (Text *text, PangoLayout *layout);
double sxsh_doc_text_range_height (const Text *text, int first, int n);
double sxsh_doc_text_height (const Text *text);
Op *sxsh_doc_lines_op (PangoLayout *layout, double x, double y, int first_line, int n_lines);
void sxsh_doc_box_add_layout (Box *box, PangoLayout *layout, double x, double y);
void sxsh_doc_box_add_rule (Box *box, double x, double y, double width);
void sxsh_doc_draw_op (cairo_t *cr, const Op *op);
void sxsh_doc_page_size_for (SxshPageOrientation orientation, double *width, double *height);

/* sxsh-official-document-blocks.c: the blocks of the flow and their measures */
void sxsh_doc_block_free (SxshDocumentBlock *block);
SxshDocumentBlock *sxsh_doc_append_block (SxshOfficialDocument *self, BlockKind kind);
void sxsh_doc_measure_block (SxshOfficialDocument *self, SxshDocumentBlock *block, double width);

/* sxsh-official-document-table.c: tables */
void sxsh_doc_table_free (SxshDocumentTable *table);
void sxsh_doc_measure_table (SxshOfficialDocument *self, SxshDocumentTable *table, double width);
void sxsh_doc_place_table_block (Flow *flow, SxshDocumentBlock *block, double tail);
double sxsh_doc_table_min_start (SxshDocumentTable *table);

/* sxsh-official-document-free-page.c: pages of absolutely placed items */
void sxsh_doc_free_page_free (SxshFreePage *page);

/* sxsh-official-document.c: pagination */
void sxsh_doc_flow_new_page (Flow *flow);
void sxsh_doc_flow_ensure_page (Flow *flow);
double sxsh_doc_flow_gap (Flow *flow, SxshDocumentBlock *block);

G_END_DECLS

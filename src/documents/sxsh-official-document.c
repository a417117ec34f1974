/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "sxsh-error.h"
#include "sxsh-format.h"
#include "sxsh-official-document.h"

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

G_DEFINE_FINAL_TYPE (SxshOfficialDocument, sxsh_official_document, G_TYPE_OBJECT)

/* Operations */

static Op *
op_new (OpKind kind)
{
  Op *op = g_new0 (Op, 1);

  op->kind = kind;
  op->n_lines = -1;
  op->fill_gray = -1;
  op->line_width = RULE_WIDTH;
  return op;
}

static void
op_free (Op *op)
{
  g_clear_object (&op->layout);
  g_free (op);
}

static Op *
op_copy_offset (const Op *op,
                double    dx,
                double    dy)
{
  Op *copy = g_memdup2 (op, sizeof *op);

  if (copy->layout)
    g_object_ref (copy->layout);
  copy->x += dx;
  copy->y += dy;
  return copy;
}

static void
page_free (Page *page)
{
  g_ptr_array_unref (page->ops);
  g_free (page);
}

static void
text_clear (Text *text)
{
  g_clear_object (&text->layout);
  g_clear_pointer (&text->tops, g_free);
  g_clear_pointer (&text->bottoms, g_free);
  text->n_lines = 0;
}

static void
box_clear (Box *box)
{
  g_clear_pointer (&box->ops, g_ptr_array_unref);
  box->height = 0;
}

static void
box_init (Box *box)
{
  box_clear (box);
  box->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) op_free);
}

/* Text helpers */

static PangoFontDescription *
make_font (SxshOfficialDocument *self,
           double                size,
           gboolean              bold,
           gboolean              italic)
{
  PangoFontDescription *font = pango_font_description_new ();

  /* The description is built field by field: a family name with a style
   * word in it ("Times New Roman") would be misread from a string. */
  pango_font_description_set_family (font, self->family);
  pango_font_description_set_size (font, (int) round (size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (font, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  return font;
}

/* Lays out @markup (or plain @text when @is_markup is FALSE) in @width points. */
static PangoLayout *
make_layout (SxshOfficialDocument *self,
             const char           *content,
             gboolean              is_markup,
             double                size,
             gboolean              bold,
             gboolean              italic,
             double                width,
             SxshAlign             align)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = make_font (self, size, bold, italic);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, width > 0 ? (int) floor (width * PANGO_SCALE) : -1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  switch ((int) align)
    {
    case SXSH_ALIGN_CENTER:
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      break;
    case SXSH_ALIGN_RIGHT:
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      break;
    case SXSH_ALIGN_JUSTIFY:
      pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
      pango_layout_set_justify (layout, TRUE);
      break;
    default:
      pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
      break;
    }

  if (content == NULL)
    content = "";
  if (is_markup)
    {
      /* Markup that does not parse is shown as the text it is rather than
       * dropped, so that nothing of the document silently disappears. */
      if (pango_parse_markup (content, -1, 0, NULL, NULL, NULL, NULL))
        pango_layout_set_markup (layout, content, -1);
      else
        pango_layout_set_text (layout, content, -1);
    }
  else
    pango_layout_set_text (layout, content, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

static double
layout_ink_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* The widest line's width, whatever the layout's alignment. */
static double
layout_widest_line (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double widest = 0;

  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      widest = MAX (widest, (double) logical.width / PANGO_SCALE);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return widest;
}

static void
text_set_layout (Text        *text,
                 PangoLayout *layout)
{
  PangoLayoutIter *iter;
  int i = 0;

  text_clear (text);
  text->layout = layout;
  text->n_lines = pango_layout_get_line_count (layout);
  text->tops = g_new0 (double, MAX (text->n_lines, 1));
  text->bottoms = g_new0 (double, MAX (text->n_lines, 1));
  iter = pango_layout_get_iter (layout);
  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      text->tops[i] = (double) y0 / PANGO_SCALE;
      text->bottoms[i] = (double) y1 / PANGO_SCALE;
      i++;
    }
  while (i < text->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* The height of lines [first, first + n). */
static double
text_range_height (const Text *text,
                   int         first,
                   int         n)
{
  if (n <= 0 || text->n_lines == 0)
    return 0;
  return text->bottoms[first + n - 1] - text->tops[first];
}

static double
text_height (const Text *text)
{
  return text_range_height (text, 0, text->n_lines);
}

static Op *
lines_op (PangoLayout *layout,
          double       x,
          double       y,
          int          first_line,
          int          n_lines)
{
  Op *op = op_new (OP_LINES);

  op->layout = g_object_ref (layout);
  op->x = x;
  op->y = y;
  op->first_line = first_line;
  op->n_lines = n_lines;
  return op;
}

static void
box_add_layout (Box         *box,
                PangoLayout *layout,
                double       x,
                double       y)
{
  g_ptr_array_add (box->ops, lines_op (layout, x, y, 0, -1));
}

static void
box_add_rule (Box   *box,
              double x,
              double y,
              double width)
{
  Op *op = op_new (OP_RULE);

  op->x = x;
  op->y = y;
  op->width = width;
  op->height = 0;
  g_ptr_array_add (box->ops, op);
}

/* Rendering */

static void
draw_lines (cairo_t  *cr,
            const Op *op)
{
  PangoLayoutIter *iter = pango_layout_get_iter (op->layout);
  int i = 0;
  int top0 = 0;

  if (op->clip)
    {
      cairo_save (cr);
      cairo_rectangle (cr, op->x - 1, op->y, op->width + 2, op->height);
      cairo_clip (cr);
    }
  do
    {
      if (i >= op->first_line && (op->n_lines < 0 || i < op->first_line + op->n_lines))
        {
          PangoRectangle logical;
          int y0, y1;

          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          if (i == op->first_line)
            top0 = y0;
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr,
                         op->x + (double) logical.x / PANGO_SCALE,
                         op->y + (double) (pango_layout_iter_get_baseline (iter) - top0)
                                   / PANGO_SCALE);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      i++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  if (op->clip)
    cairo_restore (cr);
}

static void
set_rgb (cairo_t *cr,
         guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

/* A double frame with small squares on the inner corners: the customary
 * border of Vietnamese certificates. */
static void
draw_border (cairo_t  *cr,
             const Op *op)
{
  double gap = MM (2.2);
  double corner = MM (3.2);

  set_rgb (cr, op->rgb);
  cairo_set_line_width (cr, 2.4);
  cairo_rectangle (cr, op->x, op->y, op->width, op->height);
  cairo_stroke (cr);
  cairo_set_line_width (cr, 0.8);
  cairo_rectangle (cr, op->x + gap, op->y + gap, op->width - 2 * gap, op->height - 2 * gap);
  cairo_stroke (cr);
  for (int i = 0; i < 4; i++)
    {
      double cx = (i % 2 == 0) ? op->x + gap : op->x + op->width - gap;
      double cy = (i < 2) ? op->y + gap : op->y + op->height - gap;
      double sx = (i % 2 == 0) ? 1 : -1;
      double sy = (i < 2) ? 1 : -1;

      cairo_rectangle (cr, cx - corner / 2, cy - corner / 2, corner, corner);
      cairo_fill (cr);
      cairo_move_to (cr, cx + sx * 2 * corner, cy);
      cairo_line_to (cr, cx + sx * 2 * corner, cy + sy * 2 * corner);
      cairo_line_to (cr, cx, cy + sy * 2 * corner);
      cairo_stroke (cr);
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
}

static void
draw_op (cairo_t  *cr,
         const Op *op)
{
  switch (op->kind)
    {
    case OP_LINES:
      draw_lines (cr, op);
      break;

    case OP_RULE:
      cairo_set_line_width (cr, op->line_width);
      cairo_move_to (cr, op->x, op->y);
      cairo_line_to (cr, op->x + op->width, op->y + op->height);
      cairo_stroke (cr);
      break;

    case OP_RECT:
      if (op->fill_gray >= 0)
        {
          cairo_set_source_rgb (cr, op->fill_gray, op->fill_gray, op->fill_gray);
          cairo_rectangle (cr, op->x, op->y, op->width, op->height);
          cairo_fill (cr);
          cairo_set_source_rgb (cr, 0, 0, 0);
        }
      if (op->stroke)
        {
          cairo_set_line_width (cr, op->line_width);
          cairo_rectangle (cr, op->x, op->y, op->width, op->height);
          cairo_stroke (cr);
        }
      break;

    case OP_DRAW:
      cairo_save (cr);
      cairo_rectangle (cr, op->x, op->y, op->width, op->height);
      cairo_clip (cr);
      cairo_translate (cr, op->x, op->y);
      cairo_new_path (cr);
      op->draw (cr, op->width, op->height, op->draw_data);
      cairo_restore (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      break;

    case OP_BORDER:
      draw_border (cr, op);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Blocks */

static void
table_free (SxshDocumentTable *table)
{
  for (guint r = 0; r < table->rows->len; r++)
    {
      Row *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        {
          g_free (row->cells[c].markup);
          text_clear (&row->cells[c].text);
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

static void
free_page_free (SxshFreePage *page)
{
  for (guint i = 0; i < page->data->len; i++)
    {
      GDestroyNotify destroy = (GDestroyNotify) g_ptr_array_index (page->destroys, i);

      destroy (g_ptr_array_index (page->data, i));
    }
  g_ptr_array_unref (page->data);
  g_ptr_array_unref (page->destroys);
  g_ptr_array_unref (page->ops);
  g_free (page);
}

static void
block_free (SxshDocumentBlock *block)
{
  g_free (block->markup);
  g_free (block->superior_body);
  g_free (block->issuing_body);
  g_free (block->number);
  g_free (block->place);
  g_free (block->document_type);
  g_free (block->subject);
  g_strfreev (block->list);
  g_free (block->authority);
  g_free (block->sign_title);
  g_free (block->signer);
  g_free (block->caption);
  if (block->draw_destroy)
    block->draw_destroy (block->draw_data);
  g_clear_pointer (&block->table, table_free);
  g_clear_pointer (&block->free_page, free_page_free);
  text_clear (&block->text);
  box_clear (&block->box);
  g_free (block);
}

static SxshDocumentBlock *
append_block (SxshOfficialDocument *self,
              BlockKind             kind)
{
  SxshDocumentBlock *block = g_new0 (SxshDocumentBlock, 1);

  block->kind = kind;
  block->document = self;
  block->align = SXSH_ALIGN_JUSTIFY;
  g_date_clear (&block->date, 1);
  g_ptr_array_add (self->blocks, block);
  self->dirty = TRUE;
  return block;
}

static double
block_font_size (SxshDocumentBlock *block)
{
  return block->font_size > 0 ? block->font_size : block->document->body_size;
}

/* Measuring */

static double
header_size (SxshOfficialDocument *self)
{
  /* The organisation lines and the number are 12–13 pt in Decree 30. */
  return MIN (self->body_size, 13.0);
}

static void
measure_header (SxshOfficialDocument *self,
                SxshDocumentBlock    *block,
                double                width)
{
  Box *box = &block->box;
  double small = header_size (self);
  double motto_size = CLAMP (self->body_size, 13.0, 14.0);
  g_autoptr(PangoLayout) national = NULL;
  g_autoptr(PangoLayout) motto = NULL;
  g_autoptr(PangoLayout) number = NULL;
  g_autoptr(PangoLayout) date = NULL;
  g_autofree char *date_line = NULL;
  double right_width, left_width, left_y = 0, right_y = 0, row2;

  box_init (box);

  national = make_layout (self, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", FALSE, 12.0, TRUE, FALSE,
                          -1, SXSH_ALIGN_CENTER);
  right_width = MAX (width * 0.6, layout_ink_width (national) + MM (4));
  right_width = MIN (right_width, width * 0.7);
  left_width = width - right_width;
  pango_layout_set_width (national, (int) (right_width * PANGO_SCALE));

  /* The issuing body, on the left. */
  if (block->superior_body && *block->superior_body)
    {
      g_autoptr(PangoLayout) superior = make_layout (self, block->superior_body, FALSE, small,
                                                     FALSE, FALSE, left_width, SXSH_ALIGN_CENTER);

      box_add_layout (box, superior, 0, left_y);
      left_y += layout_height (superior);
    }
  if (block->issuing_body && *block->issuing_body)
    {
      g_autoptr(PangoLayout) issuing = make_layout (self, block->issuing_body, FALSE, small, TRUE,
                                                    FALSE, left_width, SXSH_ALIGN_CENTER);
      /* Decree 30: a rule a third to a half as long as the name, centred. */
      double rule = MAX (layout_widest_line (issuing) * 0.4, MM (15));

      box_add_layout (box, issuing, 0, left_y);
      left_y += layout_height (issuing) + 2.5;
      box_add_rule (box, (left_width - rule) / 2, left_y, rule);
      left_y += 2;
    }

  /* The national title and motto, on the right, the motto underlined by a
   * rule exactly as long as itself. */
  box_add_layout (box, national, left_width, right_y);
  right_y += layout_height (national);
  motto = make_layout (self, "Độc lập - Tự do - Hạnh phúc", FALSE, motto_size, TRUE, FALSE,
                       right_width, SXSH_ALIGN_CENTER);
  box_add_layout (box, motto, left_width, right_y);
  right_y += layout_height (motto) + 2.5;
  {
    double motto_width = layout_widest_line (motto);

    box_add_rule (box, left_width + (right_width - motto_width) / 2, right_y, motto_width);
  }
  right_y += 2;

  row2 = MAX (left_y, right_y) + 6;
  if (block->number != NULL)
    {
      g_autofree char *text = g_strdup_printf ("Số: %s", block->number);

      number = make_layout (self, text, FALSE, small, FALSE, FALSE, left_width,
                            SXSH_ALIGN_CENTER);
      box_add_layout (box, number, 0, row2);
    }
  if (g_date_valid (&block->date))
    date_line = sxsh_format_date_line (block->place, &block->date);
  else
    /* Left blank for the date the document is signed on. */
    date_line = g_strdup_printf ("%s%sngày      tháng      năm %s",
                                 block->place ? block->place : "", block->place ? ", " : "",
                                 "       ");
  date = make_layout (self, date_line, FALSE, motto_size, FALSE, TRUE, right_width,
                      SXSH_ALIGN_CENTER);
  box_add_layout (box, date, left_width, row2);
  box->height = row2 + MAX (number ? layout_height (number) : 0, layout_height (date));
}

static void
measure_title (SxshOfficialDocument *self,
               SxshDocumentBlock    *block,
               double                width)
{
  Box *box = &block->box;
  double size = MAX (14.0, self->body_size);
  double y = 0;

  box_init (box);
  if (block->document_type && *block->document_type)
    {
      g_autoptr(PangoLayout) type = make_layout (self, block->document_type, FALSE, size, TRUE,
                                                 FALSE, width, SXSH_ALIGN_CENTER);

      box_add_layout (box, type, 0, y);
      y += layout_height (type);
    }
  if (block->subject && *block->subject)
    {
      g_autoptr(PangoLayout) subject = make_layout (self, block->subject, FALSE, size, TRUE,
                                                    FALSE, width * 0.85, SXSH_ALIGN_CENTER);
      double rule;

      box_add_layout (box, subject, width * 0.075, y);
      y += layout_height (subject) + 3;
      /* Decree 30: a rule under the subject, a third to a half of its line. */
      rule = MAX (layout_widest_line (subject) / 3, MM (20));
      box_add_rule (box, (width - rule) / 2, y, rule);
      y += 2;
    }
  box->height = y;
}

static void
measure_recipients (SxshOfficialDocument *self,
                    SxshDocumentBlock    *block,
                    double                width)
{
  Box *box = &block->box;
  double size = block_font_size (block);
  guint n = block->list ? g_strv_length (block->list) : 0;

  box_init (box);
  if (n == 0)
    return;
  if (n == 1)
    {
      g_autofree char *line = g_strdup_printf ("Kính gửi: %s", block->list[0]);
      g_autoptr(PangoLayout) layout = make_layout (self, line, FALSE, size, FALSE, FALSE,
                                                   width * 0.9, SXSH_ALIGN_CENTER);

      box_add_layout (box, layout, width * 0.05, 0);
      box->height = layout_height (layout);
    }
  else
    {
      g_autoptr(PangoLayout) label = make_layout (self, "Kính gửi:", FALSE, size, FALSE, FALSE,
                                                  -1, SXSH_ALIGN_LEFT);
      double label_width = layout_ink_width (label) + MM (2);
      double item_width = width - label_width - MM (20);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
      double widest = 0, x0, y = 0;

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *line = g_strdup_printf ("- %s", block->list[i]);
          PangoLayout *item = make_layout (self, line, FALSE, size, FALSE, FALSE, item_width,
                                           SXSH_ALIGN_LEFT);

          widest = MAX (widest, layout_widest_line (item));
          g_ptr_array_add (items, item);
        }
      /* The label and the list form one block centred on the page. */
      x0 = MAX (0, (width - label_width - widest) / 2);
      box_add_layout (box, label, x0, 0);
      for (guint i = 0; i < n; i++)
        {
          PangoLayout *item = g_ptr_array_index (items, i);

          box_add_layout (box, item, x0 + label_width, y);
          y += layout_height (item);
        }
      box->height = y;
    }
}

static void
measure_text (SxshOfficialDocument *self,
              SxshDocumentBlock    *block,
              double                width)
{
  double size = block_font_size (block);
  double text_width = width - MM (block->left_indent);
  PangoLayout *layout = make_layout (self, block->markup, TRUE, size, block->bold,
                                     block->italic, text_width, block->align);

  pango_layout_set_indent (layout, (int) (MM (block->first_indent) * PANGO_SCALE));
  text_set_layout (&block->text, layout);
}

static void
measure_drawing (SxshOfficialDocument *self,
                 SxshDocumentBlock    *block,
                 double                width)
{
  Box *box = &block->box;
  double w = block->width_mm > 0 ? MIN (MM (block->width_mm), width) : width;
  double h = MM (block->height_mm);
  Op *op = op_new (OP_DRAW);

  box_init (box);
  op->x = (width - w) / 2;
  op->y = 0;
  op->width = w;
  op->height = h;
  op->draw = block->draw;
  op->draw_data = block->draw_data;
  g_ptr_array_add (box->ops, op);
  box->height = h;
  if (block->caption && *block->caption)
    {
      g_autoptr(PangoLayout) caption = make_layout (self, block->caption, FALSE,
                                                    self->body_size - 1, FALSE, TRUE, width,
                                                    SXSH_ALIGN_CENTER);

      box_add_layout (box, caption, 0, h + 4);
      box->height += 4 + layout_height (caption);
    }
}

static void
measure_closing (SxshOfficialDocument *self,
                 SxshDocumentBlock    *block,
                 double                width)
{
  Box *box = &block->box;
  double left_width = width * 0.46;
  double right_x = left_width;
  double right_width = width - left_width;
  double sign_size = CLAMP (self->body_size, 13.0, 14.0);
  double left_y = 0, right_y = 0;
  g_autoptr(PangoLayout) label = NULL;

  box_init (box);

  /* Decree 30: "Nơi nhận:" bold italic 12 pt, its list 11 pt. */
  label = make_layout (self, "Nơi nhận:", FALSE, 12, TRUE, TRUE, left_width, SXSH_ALIGN_LEFT);
  box_add_layout (box, label, 0, left_y);
  left_y += layout_height (label);
  for (guint i = 0; block->list && block->list[i]; i++)
    {
      g_autofree char *line = g_strdup_printf ("- %s", block->list[i]);
      g_autoptr(PangoLayout) item = make_layout (self, line, FALSE, 11, FALSE, FALSE,
                                                 left_width - MM (2), SXSH_ALIGN_LEFT);

      box_add_layout (box, item, 0, left_y);
      left_y += layout_height (item);
    }

  if (block->authority && *block->authority)
    {
      g_autoptr(PangoLayout) authority = make_layout (self, block->authority, FALSE, sign_size,
                                                      TRUE, FALSE, right_width,
                                                      SXSH_ALIGN_CENTER);

      box_add_layout (box, authority, right_x, right_y);
      right_y += layout_height (authority);
    }
  if (block->sign_title && *block->sign_title)
    {
      g_autoptr(PangoLayout) title = make_layout (self, block->sign_title, FALSE, sign_size,
                                                  TRUE, FALSE, right_width, SXSH_ALIGN_CENTER);

      box_add_layout (box, title, right_x, right_y);
      right_y += layout_height (title);
    }
  /* Room for the signature and the seal. */
  right_y += MM (26);
  if (block->signer && *block->signer)
    {
      g_autoptr(PangoLayout) signer = make_layout (self, block->signer, FALSE, sign_size, TRUE,
                                                   FALSE, right_width, SXSH_ALIGN_CENTER);

      box_add_layout (box, signer, right_x, right_y);
      right_y += layout_height (signer);
    }
  box->height = MAX (left_y, right_y);
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

static void
measure_table (SxshOfficialDocument *self,
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
          layout = make_layout (self, cell->markup, cell->is_markup, size, row->header || row->bold, FALSE,
                                cell_width, align);
          text_set_layout (&cell->text, layout);
          cell->text_height = text_height (&cell->text);
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

static void
measure_block (SxshOfficialDocument *self,
               SxshDocumentBlock    *block,
               double                width)
{
  switch (block->kind)
    {
    case BLOCK_HEADER:
      measure_header (self, block, width);
      break;
    case BLOCK_TITLE:
      measure_title (self, block, width);
      break;
    case BLOCK_RECIPIENTS:
      measure_recipients (self, block, width);
      break;
    case BLOCK_TEXT:
      measure_text (self, block, width);
      break;
    case BLOCK_DRAWING:
      measure_drawing (self, block, width);
      break;
    case BLOCK_SPACE:
      box_init (&block->box);
      block->box.height = MM (block->height_mm);
      break;
    case BLOCK_CLOSING:
      measure_closing (self, block, width);
      break;
    case BLOCK_TABLE:
      measure_table (self, block->table, width);
      break;
    case BLOCK_PAGE_BREAK:
    case BLOCK_SECTION:
    case BLOCK_FREE_PAGE:
    default:
      break;
    }
}

/* Page geometry */

static void
page_size_for (SxshPageOrientation orientation,
               double             *width,
               double             *height)
{
  *width = orientation == SXSH_PAGE_LANDSCAPE ? A4_LONG_PT : A4_SHORT_PT;
  *height = orientation == SXSH_PAGE_LANDSCAPE ? A4_SHORT_PT : A4_LONG_PT;
}

static double
content_width_for (SxshOfficialDocument *self,
                   SxshPageOrientation   orientation)
{
  double width, height;

  page_size_for (orientation, &width, &height);
  return width - MM (self->margin_left + self->margin_right);
}

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

static void
flow_new_page (Flow *flow)
{
  SxshOfficialDocument *self = flow->self;
  Page *page = g_new0 (Page, 1);

  page_size_for (flow->orientation, &page->width, &page->height);
  page->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) op_free);
  g_ptr_array_add (self->pages, page);
  flow->page = page;
  flow->left = MM (self->margin_left);
  flow->width = page->width - MM (self->margin_left + self->margin_right);
  flow->y = MM (self->margin_top);
  flow->bottom = page->height - MM (self->margin_bottom);
  flow->empty = TRUE;
}

static void
flow_ensure_page (Flow *flow)
{
  if (flow->page == NULL)
    flow_new_page (flow);
}

/* Ends the current page: the next placement starts a new one. */
static void
flow_break (Flow *flow)
{
  if (flow->page != NULL && !flow->empty)
    flow->page = NULL;
}

static void
flow_place_box (Flow      *flow,
                const Box *box,
                double     x,
                double     y)
{
  for (guint i = 0; i < box->ops->len; i++)
    g_ptr_array_add (flow->page->ops, op_copy_offset (g_ptr_array_index (box->ops, i), x, y));
}

static double
flow_gap (Flow              *flow,
          SxshDocumentBlock *block)
{
  return flow->empty ? 0 : block->space_before;
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

/* The least that must fit on a page for @index to start there. */
static double
block_min_start (SxshOfficialDocument *self,
                 guint                 index,
                 int                   depth)
{
  SxshDocumentBlock *block;
  double next = 0;

  if (index >= self->blocks->len)
    return 0;
  block = g_ptr_array_index (self->blocks, index);
  if (block->keep_with_next && depth < 4)
    next = block_min_start (self, index + 1, depth + 1);

  switch (block->kind)
    {
    case BLOCK_TEXT:
      if (block->keep_with_next)
        return block->space_before + text_height (&block->text) + block->space_after + next;
      /* Two lines, or all of a short paragraph that may not be split. */
      return block->space_before
             + text_range_height (&block->text, 0,
                                  block->text.n_lines < 4 ? block->text.n_lines : 2);

    case BLOCK_TABLE:
      {
        SxshDocumentTable *table = block->table;

        if (table->rows->len <= table->n_header_rows)
          return block->space_before + table_header_height (table);
        return block->space_before + table_header_height (table)
               + table_rows_height (table, table->n_header_rows,
                                    table_group_end (table, table->n_header_rows));
      }

    case BLOCK_PAGE_BREAK:
    case BLOCK_SECTION:
    case BLOCK_FREE_PAGE:
      return 0;

    default:
      return block->space_before + block->box.height
             + (block->keep_with_next ? block->space_after : 0) + next;
    }
}

static void
place_box_block (Flow              *flow,
                 SxshDocumentBlock *block,
                 guint              index,
                 double             tail)
{
  double need, gap;

  flow_ensure_page (flow);
  if (block->kind == BLOCK_SPACE && flow->empty)
    return;
  need = flow_gap (flow, block) + block->box.height + tail;
  if (block->keep_with_next)
    need += block->space_after + block_min_start (flow->self, index + 1, 0);
  if (flow->y + need > flow->bottom + EPSILON && !flow->empty)
    flow_new_page (flow);
  gap = flow_gap (flow, block);
  flow_place_box (flow, &block->box, flow->left, flow->y + gap);
  flow->y += gap + block->box.height + block->space_after;
  flow->empty = FALSE;
}

static void
place_text_block (Flow              *flow,
                  SxshDocumentBlock *block,
                  guint              index,
                  double             tail)
{
  const Text *text = &block->text;
  int n = text->n_lines;
  int i = 0;

  flow_ensure_page (flow);
  if (block->keep_with_next)
    {
      double need = flow_gap (flow, block) + text_height (text) + block->space_after
                    + block_min_start (flow->self, index + 1, 0);

      if (flow->y + need > flow->bottom + EPSILON && !flow->empty)
        flow_new_page (flow);
    }

  while (i < n)
    {
      double gap = i == 0 ? flow_gap (flow, block) : 0;
      double room = flow->bottom - flow->y - gap;
      int remaining = n - i;
      int k = i;
      int fit;

      while (k < n && text->bottoms[k] - text->tops[i] <= room + EPSILON)
        k++;
      fit = k - i;

      if (fit == remaining)
        {
          /* Everything fits; what follows must fit too (the closing block),
           * or the last two lines go over with it. */
          if (tail > 0 && text_range_height (text, i, remaining) + tail > room + EPSILON)
            fit = remaining >= 4 || !flow->empty ? remaining - 2 : remaining;
          if (fit < 2 && fit < remaining)
            fit = 0;
        }
      else
        {
          /* No single line at the top of a page, none alone at the bottom. */
          if (remaining - fit < 2 && fit > 0)
            fit = remaining - 2;
          if (fit < 2)
            fit = 0;
        }

      if (fit <= 0)
        {
          if (flow->empty)
            fit = MAX (1, k - i);
          else
            {
              flow_new_page (flow);
              continue;
            }
        }

      g_ptr_array_add (flow->page->ops,
                       lines_op (text->layout, flow->left + MM (block->left_indent),
                                 flow->y + gap, i, fit));
      flow->y += gap + text_range_height (text, i, fit);
      flow->empty = FALSE;
      i += fit;
      if (i < n)
        flow_new_page (flow);
    }
  flow->y += block->space_after;
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

          rect = op_new (OP_RECT);
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
          lines = lines_op (cell->text.layout, cx + CELL_PAD_X,
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
  if (table->n_header_rows == 0)
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
          used = MAX (used, text_range_height (&cell->text, first, k - first));
          if (k < cell->text.n_lines)
            done = FALSE;
        }
      if (starved)
        {
          /* Not one line of a cell fits in what is left of this page. */
          flow_new_page (flow);
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
            rect = op_new (OP_RECT);
            rect->x = flow->left + table->column_x[c];
            rect->y = flow->y;
            rect->width = table->column_x[c + cell->col_span] - table->column_x[c];
            rect->height = height;
            rect->stroke = TRUE;
            rect->line_width = GRID_WIDTH;
            g_ptr_array_add (flow->page->ops, rect);
            if (counts[c] > 0)
              g_ptr_array_add (flow->page->ops,
                               lines_op (cell->text.layout, rect->x + CELL_PAD_X,
                                         flow->y + CELL_PAD_Y, next_line[c], counts[c]));
            next_line[c] += counts[c];
          }
        flow->y += height;
        flow->empty = FALSE;
      }
      if (!done)
        {
          flow_new_page (flow);
          table_emit_header (flow, table);
          fresh = TRUE;
        }
    }
}

static void
place_table_block (Flow              *flow,
                   SxshDocumentBlock *block,
                   double             tail)
{
  SxshDocumentTable *table = block->table;
  double header = table_header_height (table);
  guint first = table->n_header_rows;
  guint n_rows = table->rows->len;
  gboolean placed_on_page = FALSE;
  double gap;

  flow_ensure_page (flow);
  {
    guint first_end = first < n_rows ? table_group_end (table, first) : first;
    double need = flow_gap (flow, block) + header + table_rows_height (table, first, first_end)
                  + (first_end >= n_rows ? tail : 0);

    if (flow->y + need > flow->bottom + EPSILON && !flow->empty)
      flow_new_page (flow);
  }
  gap = flow_gap (flow, block);
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
          flow_new_page (flow);
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
                      flow_new_page (flow);
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

static void
add_page_numbers (SxshOfficialDocument *self)
{
  for (guint i = 1; i < self->pages->len; i++)
    {
      Page *page = g_ptr_array_index (self->pages, i);
      g_autofree char *number = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      double h;

      if (page->free_page)
        continue;
      number = g_strdup_printf ("%u", i + 1);
      layout = make_layout (self, number, FALSE, CLAMP (self->body_size, 13, 14), FALSE, FALSE,
                            page->width - MM (self->margin_left + self->margin_right),
                            SXSH_ALIGN_CENTER);
      h = layout_height (layout);
      /* Centred in the top margin, as Decree 30 places it. */
      g_ptr_array_add (page->ops, lines_op (layout, MM (self->margin_left),
                                            (MM (self->margin_top) - h) / 2, 0, -1));
    }
}

static void
sxsh_official_document_run_layout (SxshOfficialDocument *self)
{
  SxshPageOrientation orientation = self->orientation;
  Flow flow = { 0 };

  g_ptr_array_set_size (self->pages, 0);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      SxshDocumentBlock *block = g_ptr_array_index (self->blocks, i);

      if (block->kind == BLOCK_SECTION)
        orientation = block->orientation;
      block->flow_orientation = orientation;
      measure_block (self, block, content_width_for (self, orientation));
    }

  flow.self = self;
  flow.orientation = self->orientation;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      SxshDocumentBlock *block = g_ptr_array_index (self->blocks, i);
      SxshDocumentBlock *next = i + 1 < self->blocks->len
                                ? g_ptr_array_index (self->blocks, i + 1) : NULL;
      double tail = 0;

      if (next && next->keep_with_previous)
        tail = next->space_before + next->box.height;

      switch (block->kind)
        {
        case BLOCK_PAGE_BREAK:
          flow_ensure_page (&flow);
          flow_break (&flow);
          break;

        case BLOCK_SECTION:
          flow_break (&flow);
          flow.orientation = block->orientation;
          if (flow.page != NULL)
            {
              /* The current page is still empty: it takes the new orientation. */
              g_ptr_array_remove_index (self->pages, self->pages->len - 1);
              flow.page = NULL;
            }
          break;

        case BLOCK_FREE_PAGE:
          {
            SxshFreePage *free_page = block->free_page;
            Page *page = g_new0 (Page, 1);

            if (flow.page != NULL && flow.empty)
              g_ptr_array_remove_index (self->pages, self->pages->len - 1);
            page_size_for (free_page->orientation, &page->width, &page->height);
            page->free_page = TRUE;
            page->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) op_free);
            for (guint k = 0; k < free_page->ops->len; k++)
              g_ptr_array_add (page->ops,
                               op_copy_offset (g_ptr_array_index (free_page->ops, k), 0, 0));
            g_ptr_array_add (self->pages, page);
            flow.page = NULL;
          }
          break;

        case BLOCK_TEXT:
          place_text_block (&flow, block, i, tail);
          break;

        case BLOCK_TABLE:
          place_table_block (&flow, block, tail);
          break;

        default:
          place_box_block (&flow, block, i, tail);
          break;
        }
    }

  /* An empty document still has one (blank) page. */
  if (self->pages->len == 0)
    flow_new_page (&flow);

  if (self->page_numbers)
    add_page_numbers (self);
  self->dirty = FALSE;
}

static void
ensure_layout (SxshOfficialDocument *self)
{
  if (self->dirty || self->pages->len == 0)
    sxsh_official_document_run_layout (self);
}

/* GObject */

static void
sxsh_official_document_finalize (GObject *object)
{
  SxshOfficialDocument *self = SXSH_OFFICIAL_DOCUMENT (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_free (self->family);
  g_free (self->title);
  g_free (self->author);

  G_OBJECT_CLASS (sxsh_official_document_parent_class)->finalize (object);
}

static void
sxsh_official_document_class_init (SxshOfficialDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sxsh_official_document_finalize;
}

static char *
pick_font_family (PangoFontMap *map)
{
  PangoFontFamily **families = NULL;
  int n = 0;
  gboolean times = FALSE;

  pango_font_map_list_families (map, &families, &n);
  for (int i = 0; i < n && !times; i++)
    times = g_ascii_strcasecmp (pango_font_family_get_name (families[i]),
                                "Times New Roman") == 0;
  g_free (families);
  return g_strdup (times ? "Times New Roman" : "Liberation Serif");
}

static void
sxsh_official_document_init (SxshOfficialDocument *self)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();

  self->orientation = SXSH_PAGE_PORTRAIT;
  self->margin_top = 20;
  self->margin_bottom = 20;
  self->margin_left = 30;
  self->margin_right = 15;
  self->body_size = 14;
  self->page_numbers = TRUE;
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  self->dirty = TRUE;

  /* Text is measured once, device-independently (72 units per inch, no
   * hinting), so that the PDF, a preview and a printout break lines alike. */
  self->context = pango_font_map_create_context (map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  pango_context_set_language (self->context, pango_language_from_string ("vi"));
  self->family = pick_font_family (map);
}

/* Public API */

/**
 * sxsh_official_document_new:
 *
 * Returns: (transfer full): an empty document, A4 portrait, margins 20, 20,
 *   30 and 15 mm, body text 14 pt, page numbers from page 2
 */
SxshOfficialDocument *
sxsh_official_document_new (void)
{
  return g_object_new (SXSH_TYPE_OFFICIAL_DOCUMENT, NULL);
}

void
sxsh_official_document_set_orientation (SxshOfficialDocument *self,
                                        SxshPageOrientation   orientation)
{
  g_return_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self));
  self->orientation = orientation;
  self->dirty = TRUE;
}

void
sxsh_official_document_set_margins (SxshOfficialDocument *self,
                                    double                top_mm,
                                    double                bottom_mm,
                                    double                left_mm,
                                    double                right_mm)
{
  g_return_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self));
  g_return_if_fail (top_mm >= 0 && bottom_mm >= 0 && left_mm >= 0 && right_mm >= 0);
  g_return_if_fail (left_mm + right_mm < 150 && top_mm + bottom_mm < 150);

  self->margin_top = top_mm;
  self->margin_bottom = bottom_mm;
  self->margin_left = left_mm;
  self->margin_right = right_mm;
  self->dirty = TRUE;
}

void
sxsh_official_document_set_font_family (SxshOfficialDocument *self,
                                        const char           *family)
{
  g_return_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self));
  g_return_if_fail (family != NULL && *family != '\0');

  g_free (self->family);
  self->family = g_strdup (family);
  self->dirty = TRUE;
}

const char *
sxsh_official_document_get_font_family (SxshOfficialDocument *self)
{
  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), NULL);
  return self->family;
}

void
sxsh_official_document_set_body_size (SxshOfficialDocument *self,
                                      double                points)
{
  g_return_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self));
  g_return_if_fail (points >= 6 && points <= 30);
  self->body_size = points;
  self->dirty = TRUE;
}

void
sxsh_official_document_set_page_numbers (SxshOfficialDocument *self,
                                         gboolean              numbered)
{
  g_return_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self));
  self->page_numbers = !!numbered;
  self->dirty = TRUE;
}

void
sxsh_official_document_set_metadata (SxshOfficialDocument *self,
                                     const char           *title,
                                     const char           *author)
{
  g_return_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self));
  g_free (self->title);
  g_free (self->author);
  self->title = g_strdup (title);
  self->author = g_strdup (author);
}

SxshDocumentBlock *
sxsh_official_document_add_header (SxshOfficialDocument *self,
                                   const char           *superior_body,
                                   const char           *issuing_body,
                                   const char           *number,
                                   const char           *place,
                                   GDate                *date)
{
  SxshDocumentBlock *block;

  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), NULL);
  g_return_val_if_fail (date == NULL || g_date_valid (date), NULL);

  block = append_block (self, BLOCK_HEADER);
  block->superior_body = g_strdup (superior_body);
  block->issuing_body = g_strdup (issuing_body);
  block->number = g_strdup (number);
  block->place = g_strdup (place);
  if (date)
    block->date = *date;
  block->space_after = 18;
  block->keep_with_next = TRUE;
  return block;
}

SxshDocumentBlock *
sxsh_official_document_add_title (SxshOfficialDocument *self,
                                  const char           *document_type,
                                  const char           *subject)
{
  SxshDocumentBlock *block;

  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), NULL);

  block = append_block (self, BLOCK_TITLE);
  block->document_type = g_strdup (document_type);
  block->subject = g_strdup (subject);
  block->space_before = 12;
  block->space_after = 12;
  block->keep_with_next = TRUE;
  return block;
}

SxshDocumentBlock *
sxsh_official_document_add_recipients (SxshOfficialDocument *self,
                                       const char * const   *addressees)
{
  SxshDocumentBlock *block;

  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), NULL);
  g_return_val_if_fail (addressees != NULL, NULL);

  block = append_block (self, BLOCK_RECIPIENTS);
  block->list = g_strdupv ((char **) addressees);
  block->space_before = 0;
  block->space_after = 12;
  block->keep_with_next = TRUE;
  return block;
}

static SxshDocumentBlock *
add_text_block (SxshOfficialDocument *self,
                char                 *markup)
{
  SxshDocumentBlock *block = append_block (self, BLOCK_TEXT);

  block->markup = markup;
  block->first_indent = 10;
  block->space_after = 6;
  return block;
}

SxshDocumentBlock *
sxsh_official_document_add_heading (SxshOfficialDocument *self,
                                    int                   level,
                                    const char           *text)
{
  SxshDocumentBlock *block;

  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  block = add_text_block (self, g_markup_escape_text (text, -1));
  block->bold = TRUE;
  block->italic = level >= 3;
  block->space_before = level <= 1 ? 6 : 3;
  block->space_after = 6;
  block->keep_with_next = TRUE;
  return block;
}

SxshDocumentBlock *
sxsh_official_document_add_paragraph (SxshOfficialDocument *self,
                                      const char           *text)
{
  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return add_text_block (self, g_markup_escape_text (text, -1));
}

SxshDocumentBlock *
sxsh_official_document_add_markup (SxshOfficialDocument *self,
                                   const char           *markup)
{
  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), NULL);
  g_return_val_if_fail (markup != NULL, NULL);

  return add_text_block (self, g_strdup (markup));
}

SxshDocumentBlock *
sxsh_official_document_add_list_item_markup (SxshOfficialDocument *self,
                                             int                   level,
                                             const char           *markup)
{
  SxshDocumentBlock *block;

  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), NULL);
  g_return_val_if_fail (markup != NULL, NULL);

  block = add_text_block (self, g_strconcat (level <= 0 ? "- " : "+ ", markup, NULL));
  block->first_indent = level <= 0 ? 10 : 15;
  block->space_after = 3;
  return block;
}

SxshDocumentBlock *
sxsh_official_document_add_list_item (SxshOfficialDocument *self,
                                      int                   level,
                                      const char           *text)
{
  g_autofree char *markup = NULL;

  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  markup = g_markup_escape_text (text, -1);
  return sxsh_official_document_add_list_item_markup (self, level, markup);
}

SxshDocumentBlock *
sxsh_official_document_add_drawing (SxshOfficialDocument *self,
                                    double                width_mm,
                                    double                height_mm,
                                    SxshDrawFunc          draw,
                                    gpointer              data,
                                    GDestroyNotify        destroy,
                                    const char           *caption)
{
  SxshDocumentBlock *block;

  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), NULL);
  g_return_val_if_fail (draw != NULL, NULL);
  g_return_val_if_fail (height_mm > 0, NULL);

  block = append_block (self, BLOCK_DRAWING);
  block->width_mm = width_mm;
  block->height_mm = height_mm;
  block->draw = draw;
  block->draw_data = data;
  block->draw_destroy = destroy;
  block->caption = g_strdup (caption);
  block->space_before = 6;
  block->space_after = 10;
  return block;
}

SxshDocumentBlock *
sxsh_official_document_add_space (SxshOfficialDocument *self,
                                  double                height_mm)
{
  SxshDocumentBlock *block;

  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), NULL);

  block = append_block (self, BLOCK_SPACE);
  block->height_mm = MAX (0, height_mm);
  return block;
}

SxshDocumentBlock *
sxsh_official_document_add_closing (SxshOfficialDocument *self,
                                    const char * const   *distribution,
                                    const char           *authority,
                                    const char           *title,
                                    const char           *signer)
{
  SxshDocumentBlock *block;

  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), NULL);

  block = append_block (self, BLOCK_CLOSING);
  block->list = distribution ? g_strdupv ((char **) distribution) : NULL;
  block->authority = g_strdup (authority);
  block->sign_title = g_strdup (title);
  block->signer = g_strdup (signer);
  block->space_before = 12;
  block->keep_with_previous = TRUE;
  return block;
}

void
sxsh_official_document_add_page_break (SxshOfficialDocument *self)
{
  g_return_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self));
  append_block (self, BLOCK_PAGE_BREAK);
}

void
sxsh_official_document_add_section (SxshOfficialDocument *self,
                                    SxshPageOrientation   orientation)
{
  SxshDocumentBlock *block;

  g_return_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self));
  block = append_block (self, BLOCK_SECTION);
  block->orientation = orientation;
}

void
sxsh_document_block_set_keep_with_next (SxshDocumentBlock *block,
                                        gboolean           keep)
{
  g_return_if_fail (block != NULL);
  block->keep_with_next = !!keep;
  block->document->dirty = TRUE;
}

void
sxsh_document_block_set_alignment (SxshDocumentBlock *block,
                                   SxshAlign          align)
{
  g_return_if_fail (block != NULL);
  block->align = align;
  block->document->dirty = TRUE;
}

void
sxsh_document_block_set_font_size (SxshDocumentBlock *block,
                                   double             points)
{
  g_return_if_fail (block != NULL);
  g_return_if_fail (points >= 0 && points <= 72);
  block->font_size = points;
  if (block->table)
    block->table->font_size = points;
  block->document->dirty = TRUE;
}

void
sxsh_document_block_set_indent (SxshDocumentBlock *block,
                                double             first_line_mm,
                                double             left_mm)
{
  g_return_if_fail (block != NULL);
  block->first_indent = first_line_mm;
  block->left_indent = MAX (0, left_mm);
  block->document->dirty = TRUE;
}

void
sxsh_document_block_set_spacing (SxshDocumentBlock *block,
                                 double             before_points,
                                 double             after_points)
{
  g_return_if_fail (block != NULL);
  block->space_before = MAX (0, before_points);
  block->space_after = MAX (0, after_points);
  block->document->dirty = TRUE;
}

/* Tables */

SxshDocumentTable *
sxsh_official_document_add_table (SxshOfficialDocument *self,
                                  guint                 n_columns,
                                  const double         *widths)
{
  SxshDocumentBlock *block;
  SxshDocumentTable *table;

  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), NULL);
  g_return_val_if_fail (n_columns > 0, NULL);

  block = append_block (self, BLOCK_TABLE);
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

/* Free pages */

SxshFreePage *
sxsh_official_document_add_free_page (SxshOfficialDocument *self,
                                      SxshPageOrientation   orientation)
{
  SxshDocumentBlock *block;
  SxshFreePage *page;

  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), NULL);

  block = append_block (self, BLOCK_FREE_PAGE);
  page = g_new0 (SxshFreePage, 1);
  page->document = self;
  page->orientation = orientation;
  page->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) op_free);
  page->data = g_ptr_array_new ();
  page->destroys = g_ptr_array_new ();
  block->free_page = page;
  return page;
}

void
sxsh_free_page_get_size (SxshFreePage *page,
                         double       *width_mm,
                         double       *height_mm)
{
  double w, h;

  g_return_if_fail (page != NULL);
  page_size_for (page->orientation, &w, &h);
  if (width_mm)
    *width_mm = w / PT_PER_MM;
  if (height_mm)
    *height_mm = h / PT_PER_MM;
}

void
sxsh_free_page_add_border (SxshFreePage *page,
                           double        inset_mm,
                           guint32       rgb)
{
  Op *op;
  double w, h;

  g_return_if_fail (page != NULL);
  page_size_for (page->orientation, &w, &h);
  op = op_new (OP_BORDER);
  op->x = MM (inset_mm);
  op->y = MM (inset_mm);
  op->width = w - 2 * MM (inset_mm);
  op->height = h - 2 * MM (inset_mm);
  op->rgb = rgb;
  g_ptr_array_add (page->ops, op);
  page->document->dirty = TRUE;
}

double
sxsh_free_page_add_text (SxshFreePage *page,
                         double        x_mm,
                         double        y_mm,
                         double        width_mm,
                         double        font_points,
                         SxshAlign     align,
                         const char   *markup)
{
  g_autoptr(PangoLayout) layout = NULL;

  g_return_val_if_fail (page != NULL, 0);
  g_return_val_if_fail (markup != NULL, 0);
  g_return_val_if_fail (width_mm > 0 && font_points > 0, 0);

  layout = make_layout (page->document, markup, TRUE, font_points, FALSE, FALSE, MM (width_mm),
                        align);
  g_ptr_array_add (page->ops, lines_op (layout, MM (x_mm), MM (y_mm), 0, -1));
  page->document->dirty = TRUE;
  return layout_height (layout) / PT_PER_MM;
}

void
sxsh_free_page_add_rule (SxshFreePage *page,
                         double        x1_mm,
                         double        y1_mm,
                         double        x2_mm,
                         double        y2_mm,
                         double        line_points)
{
  Op *op;

  g_return_if_fail (page != NULL);
  op = op_new (OP_RULE);
  op->x = MM (x1_mm);
  op->y = MM (y1_mm);
  op->width = MM (x2_mm - x1_mm);
  op->height = MM (y2_mm - y1_mm);
  op->line_width = line_points > 0 ? line_points : RULE_WIDTH;
  g_ptr_array_add (page->ops, op);
  page->document->dirty = TRUE;
}

void
sxsh_free_page_add_drawing (SxshFreePage  *page,
                            double         x_mm,
                            double         y_mm,
                            double         width_mm,
                            double         height_mm,
                            SxshDrawFunc   draw,
                            gpointer       data,
                            GDestroyNotify destroy)
{
  Op *op;

  g_return_if_fail (page != NULL);
  g_return_if_fail (draw != NULL);

  op = op_new (OP_DRAW);
  op->x = MM (x_mm);
  op->y = MM (y_mm);
  op->width = MM (width_mm);
  op->height = MM (height_mm);
  op->draw = draw;
  op->draw_data = data;
  g_ptr_array_add (page->ops, op);
  if (destroy)
    {
      g_ptr_array_add (page->data, data);
      g_ptr_array_add (page->destroys, (gpointer) destroy);
    }
  page->document->dirty = TRUE;
}

/* Output */

guint
sxsh_official_document_layout (SxshOfficialDocument *self)
{
  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), 0);

  sxsh_official_document_run_layout (self);
  return self->pages->len;
}

guint
sxsh_official_document_get_n_pages (SxshOfficialDocument *self)
{
  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), 0);

  ensure_layout (self);
  return self->pages->len;
}

void
sxsh_official_document_get_page_size (SxshOfficialDocument *self,
                                      guint                 page,
                                      double               *width_points,
                                      double               *height_points)
{
  Page *p;

  g_return_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self));
  ensure_layout (self);
  g_return_if_fail (page < self->pages->len);

  p = g_ptr_array_index (self->pages, page);
  if (width_points)
    *width_points = p->width;
  if (height_points)
    *height_points = p->height;
}

void
sxsh_official_document_draw_page (SxshOfficialDocument *self,
                                  cairo_t              *cr,
                                  guint                 page)
{
  Page *p;

  g_return_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self));
  g_return_if_fail (cr != NULL);
  ensure_layout (self);
  g_return_if_fail (page < self->pages->len);

  p = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  for (guint i = 0; i < p->ops->len; i++)
    draw_op (cr, g_ptr_array_index (p->ops, i));
  cairo_restore (cr);
}

typedef struct
{
  GOutputStream *stream;
  GError *error;
} WriteClosure;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  WriteClosure *write = closure;

  if (write->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (write->stream, data, length, NULL, NULL, &write->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/**
 * sxsh_official_document_write_pdf:
 * @path: the file to write; it is replaced only when the whole PDF was written
 * @n_pages: (out) (optional): the number of pages written
 *
 * Returns: %TRUE on success; on failure @error is %SXSH_ERROR_EXPORT
 */
gboolean
sxsh_official_document_write_pdf (SxshOfficialDocument *self,
                                  const char           *path,
                                  guint                *n_pages,
                                  GError              **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GCancellable) abort = NULL;
  g_autofree char *display = NULL;
  WriteClosure write = { 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ensure_layout (self);
  file = g_file_new_for_path (path);
  display = g_filename_display_name (path);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                           &local_error);
  if (stream == NULL)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("Cannot write the PDF file “%s”: %s"), display, local_error->message);
      return FALSE;
    }

  write.stream = G_OUTPUT_STREAM (stream);
  {
    Page *first = g_ptr_array_index (self->pages, 0);

    surface = cairo_pdf_surface_create_for_stream (write_cb, &write, first->width,
                                                   first->height);
  }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "SXSH Tracker");
  if (self->title)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  if (self->author)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->author);

  cr = cairo_create (surface);
  for (guint i = 0; i < self->pages->len; i++)
    {
      Page *page = g_ptr_array_index (self->pages, i);

      cairo_pdf_surface_set_size (surface, page->width, page->height);
      sxsh_official_document_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS || write.error != NULL)
    {
      /* Closing a cancelled replace keeps the old file as it was. */
      abort = g_cancellable_new ();
      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("Cannot write the PDF file “%s”: %s"), display,
                   write.error ? write.error->message : cairo_status_to_string (status));
      g_clear_error (&write.error);
      return FALSE;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("Cannot write the PDF file “%s”: %s"), display, local_error->message);
      return FALSE;
    }
  if (n_pages)
    *n_pages = self->pages->len;
  return TRUE;
}

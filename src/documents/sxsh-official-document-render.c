/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "sxsh-official-document-private.h"

/* Operations */

Op *
sxsh_doc_op_new (OpKind kind)
{
  Op *op = g_new0 (Op, 1);

  op->kind = kind;
  op->n_lines = -1;
  op->fill_gray = -1;
  op->line_width = RULE_WIDTH;
  return op;
}

void
sxsh_doc_op_free (Op *op)
{
  g_clear_object (&op->layout);
  g_free (op);
}

Op *
sxsh_doc_op_copy_offset (const Op *op,
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

void
sxsh_doc_page_free (Page *page)
{
  g_ptr_array_unref (page->ops);
  g_free (page);
}

void
sxsh_doc_text_clear (Text *text)
{
  g_clear_object (&text->layout);
  g_clear_pointer (&text->tops, g_free);
  g_clear_pointer (&text->bottoms, g_free);
  text->n_lines = 0;
}

void
sxsh_doc_box_clear (Box *box)
{
  g_clear_pointer (&box->ops, g_ptr_array_unref);
  box->height = 0;
}

void
sxsh_doc_box_init (Box *box)
{
  sxsh_doc_box_clear (box);
  box->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) sxsh_doc_op_free);
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
PangoLayout *
sxsh_doc_make_layout (SxshOfficialDocument *self,
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

double
sxsh_doc_layout_height (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

double
sxsh_doc_layout_ink_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* The widest line's width, whatever the layout's alignment. */
double
sxsh_doc_layout_widest_line (PangoLayout *layout)
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

void
sxsh_doc_text_set_layout (Text        *text,
                 PangoLayout *layout)
{
  PangoLayoutIter *iter;
  int i = 0;

  sxsh_doc_text_clear (text);
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
double
sxsh_doc_text_range_height (const Text *text,
                   int         first,
                   int         n)
{
  if (n <= 0 || text->n_lines == 0)
    return 0;
  return text->bottoms[first + n - 1] - text->tops[first];
}

double
sxsh_doc_text_height (const Text *text)
{
  return sxsh_doc_text_range_height (text, 0, text->n_lines);
}

Op *
sxsh_doc_lines_op (PangoLayout *layout,
          double       x,
          double       y,
          int          first_line,
          int          n_lines)
{
  Op *op = sxsh_doc_op_new (OP_LINES);

  op->layout = g_object_ref (layout);
  op->x = x;
  op->y = y;
  op->first_line = first_line;
  op->n_lines = n_lines;
  return op;
}

void
sxsh_doc_box_add_layout (Box         *box,
                PangoLayout *layout,
                double       x,
                double       y)
{
  g_ptr_array_add (box->ops, sxsh_doc_lines_op (layout, x, y, 0, -1));
}

void
sxsh_doc_box_add_rule (Box   *box,
              double x,
              double y,
              double width)
{
  Op *op = sxsh_doc_op_new (OP_RULE);

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

void
sxsh_doc_draw_op (cairo_t  *cr,
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

/* Page geometry */

void
sxsh_doc_page_size_for (SxshPageOrientation orientation,
               double             *width,
               double             *height)
{
  *width = orientation == SXSH_PAGE_LANDSCAPE ? A4_LONG_PT : A4_SHORT_PT;
  *height = orientation == SXSH_PAGE_LANDSCAPE ? A4_SHORT_PT : A4_LONG_PT;
}

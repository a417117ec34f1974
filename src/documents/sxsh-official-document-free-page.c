/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sxsh-official-document-private.h"

/* Free pages: nothing flows onto them, the caller places every item. */

void
sxsh_doc_free_page_free (SxshFreePage *page)
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

SxshFreePage *
sxsh_official_document_add_free_page (SxshOfficialDocument *self,
                                      SxshPageOrientation   orientation)
{
  SxshDocumentBlock *block;
  SxshFreePage *page;

  g_return_val_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self), NULL);

  block = sxsh_doc_append_block (self, BLOCK_FREE_PAGE);
  page = g_new0 (SxshFreePage, 1);
  page->document = self;
  page->orientation = orientation;
  page->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) sxsh_doc_op_free);
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
  sxsh_doc_page_size_for (page->orientation, &w, &h);
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
  sxsh_doc_page_size_for (page->orientation, &w, &h);
  op = sxsh_doc_op_new (OP_BORDER);
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

  layout = sxsh_doc_make_layout (page->document, markup, TRUE, font_points, FALSE, FALSE,
                                 MM (width_mm), align);
  g_ptr_array_add (page->ops, sxsh_doc_lines_op (layout, MM (x_mm), MM (y_mm), 0, -1));
  page->document->dirty = TRUE;
  return sxsh_doc_layout_height (layout) / PT_PER_MM;
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
  op = sxsh_doc_op_new (OP_RULE);
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

  op = sxsh_doc_op_new (OP_DRAW);
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

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "sxsh-format.h"
#include "sxsh-official-document-private.h"

/* The blocks of the flow: the header, title, recipients, text, drawings
 * and the closing, how each is measured, and the API that appends them. */

void
sxsh_doc_block_free (SxshDocumentBlock *block)
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
  g_clear_pointer (&block->table, sxsh_doc_table_free);
  g_clear_pointer (&block->free_page, sxsh_doc_free_page_free);
  sxsh_doc_text_clear (&block->text);
  sxsh_doc_box_clear (&block->box);
  g_free (block);
}

SxshDocumentBlock *
sxsh_doc_append_block (SxshOfficialDocument *self,
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

  sxsh_doc_box_init (box);

  national = sxsh_doc_make_layout (self, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", FALSE, 12.0, TRUE,
                                   FALSE, -1, SXSH_ALIGN_CENTER);
  right_width = MAX (width * 0.6, sxsh_doc_layout_ink_width (national) + MM (4));
  right_width = MIN (right_width, width * 0.7);
  left_width = width - right_width;
  pango_layout_set_width (national, (int) (right_width * PANGO_SCALE));

  /* The issuing body, on the left. */
  if (block->superior_body && *block->superior_body)
    {
      g_autoptr(PangoLayout) superior = sxsh_doc_make_layout (self, block->superior_body, FALSE,
                                                              small, FALSE, FALSE, left_width,
                                                              SXSH_ALIGN_CENTER);

      sxsh_doc_box_add_layout (box, superior, 0, left_y);
      left_y += sxsh_doc_layout_height (superior);
    }
  if (block->issuing_body && *block->issuing_body)
    {
      g_autoptr(PangoLayout) issuing = sxsh_doc_make_layout (self, block->issuing_body, FALSE,
                                                             small, TRUE, FALSE, left_width,
                                                             SXSH_ALIGN_CENTER);
      /* Decree 30: a rule a third to a half as long as the name, centred. */
      double rule = MAX (sxsh_doc_layout_widest_line (issuing) * 0.4, MM (15));

      sxsh_doc_box_add_layout (box, issuing, 0, left_y);
      left_y += sxsh_doc_layout_height (issuing) + 2.5;
      sxsh_doc_box_add_rule (box, (left_width - rule) / 2, left_y, rule);
      left_y += 2;
    }

  /* The national title and motto, on the right, the motto underlined by a
   * rule exactly as long as itself. */
  sxsh_doc_box_add_layout (box, national, left_width, right_y);
  right_y += sxsh_doc_layout_height (national);
  motto = sxsh_doc_make_layout (self, "Độc lập - Tự do - Hạnh phúc", FALSE, motto_size, TRUE, FALSE,
                                right_width, SXSH_ALIGN_CENTER);
  sxsh_doc_box_add_layout (box, motto, left_width, right_y);
  right_y += sxsh_doc_layout_height (motto) + 2.5;
  {
    double motto_width = sxsh_doc_layout_widest_line (motto);

    sxsh_doc_box_add_rule (box, left_width + (right_width - motto_width) / 2, right_y, motto_width);
  }
  right_y += 2;

  row2 = MAX (left_y, right_y) + 6;
  if (block->number != NULL)
    {
      g_autofree char *text = g_strdup_printf ("Số: %s", block->number);

      number = sxsh_doc_make_layout (self, text, FALSE, small, FALSE, FALSE, left_width,
                                     SXSH_ALIGN_CENTER);
      sxsh_doc_box_add_layout (box, number, 0, row2);
    }
  if (g_date_valid (&block->date))
    date_line = sxsh_format_date_line (block->place, &block->date);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      /* Day and month are left blank for the day the document is signed,
       * as drafts are printed; the year is this year. */
      date_line = g_strdup_printf ("%s%sngày     tháng     năm %d",
                                   block->place ? block->place : "", block->place ? ", " : "",
                                   g_date_time_get_year (now));
    }
  date = sxsh_doc_make_layout (self, date_line, FALSE, motto_size, FALSE, TRUE, right_width,
                               SXSH_ALIGN_CENTER);
  sxsh_doc_box_add_layout (box, date, left_width, row2);
  box->height = row2 + MAX (number ? sxsh_doc_layout_height (number) : 0,
                            sxsh_doc_layout_height (date));
}

static void
measure_title (SxshOfficialDocument *self,
               SxshDocumentBlock    *block,
               double                width)
{
  Box *box = &block->box;
  double size = MAX (14.0, self->body_size);
  double y = 0;

  sxsh_doc_box_init (box);
  if (block->document_type && *block->document_type)
    {
      g_autoptr(PangoLayout) type = sxsh_doc_make_layout (self, block->document_type, FALSE, size,
                                                          TRUE, FALSE, width, SXSH_ALIGN_CENTER);

      sxsh_doc_box_add_layout (box, type, 0, y);
      y += sxsh_doc_layout_height (type);
    }
  if (block->subject && *block->subject)
    {
      g_autoptr(PangoLayout) subject = sxsh_doc_make_layout (self, block->subject, FALSE, size,
                                                             TRUE, FALSE, width * 0.85,
                                                             SXSH_ALIGN_CENTER);
      double rule;

      sxsh_doc_box_add_layout (box, subject, width * 0.075, y);
      y += sxsh_doc_layout_height (subject) + 3;
      /* Decree 30: a rule under the subject, a third to a half of its line. */
      rule = MAX (sxsh_doc_layout_widest_line (subject) / 3, MM (20));
      sxsh_doc_box_add_rule (box, (width - rule) / 2, y, rule);
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

  sxsh_doc_box_init (box);
  if (n == 0)
    return;
  if (n == 1)
    {
      g_autofree char *line = g_strdup_printf ("Kính gửi: %s", block->list[0]);
      g_autoptr(PangoLayout) layout = sxsh_doc_make_layout (self, line, FALSE, size, FALSE, FALSE,
                                                            width * 0.9, SXSH_ALIGN_CENTER);

      sxsh_doc_box_add_layout (box, layout, width * 0.05, 0);
      box->height = sxsh_doc_layout_height (layout);
    }
  else
    {
      g_autoptr(PangoLayout) label = sxsh_doc_make_layout (self, "Kính gửi:", FALSE, size, FALSE,
                                                           FALSE, -1, SXSH_ALIGN_LEFT);
      double label_width = sxsh_doc_layout_ink_width (label) + MM (2);
      double item_width = width - label_width - MM (20);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
      double widest = 0, x0, y = 0;

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *line = g_strdup_printf ("- %s", block->list[i]);
          PangoLayout *item = sxsh_doc_make_layout (self, line, FALSE, size, FALSE, FALSE,
                                                    item_width, SXSH_ALIGN_LEFT);

          widest = MAX (widest, sxsh_doc_layout_widest_line (item));
          g_ptr_array_add (items, item);
        }
      /* The label and the list form one block centred on the page. */
      x0 = MAX (0, (width - label_width - widest) / 2);
      sxsh_doc_box_add_layout (box, label, x0, 0);
      for (guint i = 0; i < n; i++)
        {
          PangoLayout *item = g_ptr_array_index (items, i);

          sxsh_doc_box_add_layout (box, item, x0 + label_width, y);
          y += sxsh_doc_layout_height (item);
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
  PangoLayout *layout = sxsh_doc_make_layout (self, block->markup, TRUE, size, block->bold,
                                              block->italic, text_width, block->align);

  pango_layout_set_indent (layout, (int) (MM (block->first_indent) * PANGO_SCALE));
  sxsh_doc_text_set_layout (&block->text, layout);
}

static void
measure_drawing (SxshOfficialDocument *self,
                 SxshDocumentBlock    *block,
                 double                width)
{
  Box *box = &block->box;
  double w = block->width_mm > 0 ? MIN (MM (block->width_mm), width) : width;
  double h = MM (block->height_mm);
  double page_width, page_height, room;
  Op *op = sxsh_doc_op_new (OP_DRAW);

  /* A picture taller than a page is scaled down to fit one, with its
   * caption: it must never run into the bottom margin. */
  sxsh_doc_page_size_for (block->flow_orientation, &page_width, &page_height);
  room = page_height - MM (self->margin_top + self->margin_bottom)
         - (block->caption && *block->caption ? 3 * self->body_size + 4 : 0);
  if (h > room && room > 0)
    {
      w *= room / h;
      h = room;
    }
  sxsh_doc_box_init (box);
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
      g_autoptr(PangoLayout) caption = sxsh_doc_make_layout (self, block->caption, FALSE,
                                                             self->body_size - 1, FALSE, TRUE,
                                                             width, SXSH_ALIGN_CENTER);

      sxsh_doc_box_add_layout (box, caption, 0, h + 4);
      box->height += 4 + sxsh_doc_layout_height (caption);
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

  sxsh_doc_box_init (box);

  /* Decree 30: "Nơi nhận:" bold italic 12 pt, its list 11 pt. */
  label = sxsh_doc_make_layout (self, "Nơi nhận:", FALSE, 12, TRUE, TRUE, left_width,
                                SXSH_ALIGN_LEFT);
  sxsh_doc_box_add_layout (box, label, 0, left_y);
  left_y += sxsh_doc_layout_height (label);
  for (guint i = 0; block->list && block->list[i]; i++)
    {
      g_autofree char *line = g_strdup_printf ("- %s", block->list[i]);
      g_autoptr(PangoLayout) item = sxsh_doc_make_layout (self, line, FALSE, 11, FALSE, FALSE,
                                                          left_width - MM (2), SXSH_ALIGN_LEFT);

      sxsh_doc_box_add_layout (box, item, 0, left_y);
      left_y += sxsh_doc_layout_height (item);
    }

  if (block->authority && *block->authority)
    {
      g_autoptr(PangoLayout) authority = sxsh_doc_make_layout (self, block->authority, FALSE,
                                                               sign_size, TRUE, FALSE, right_width,
                                                               SXSH_ALIGN_CENTER);

      sxsh_doc_box_add_layout (box, authority, right_x, right_y);
      right_y += sxsh_doc_layout_height (authority);
    }
  if (block->sign_title && *block->sign_title)
    {
      g_autoptr(PangoLayout) title = sxsh_doc_make_layout (self, block->sign_title, FALSE,
                                                           sign_size, TRUE, FALSE, right_width,
                                                           SXSH_ALIGN_CENTER);

      sxsh_doc_box_add_layout (box, title, right_x, right_y);
      right_y += sxsh_doc_layout_height (title);
    }
  /* Room for the signature and the seal. */
  right_y += MM (26);
  if (block->signer && *block->signer)
    {
      g_autoptr(PangoLayout) signer = sxsh_doc_make_layout (self, block->signer, FALSE, sign_size,
                                                            TRUE, FALSE, right_width,
                                                            SXSH_ALIGN_CENTER);

      sxsh_doc_box_add_layout (box, signer, right_x, right_y);
      right_y += sxsh_doc_layout_height (signer);
    }
  box->height = MAX (left_y, right_y);
}

void
sxsh_doc_measure_block (SxshOfficialDocument *self,
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
      sxsh_doc_box_init (&block->box);
      block->box.height = MM (block->height_mm);
      break;
    case BLOCK_CLOSING:
      measure_closing (self, block, width);
      break;
    case BLOCK_TABLE:
      sxsh_doc_measure_table (self, block->table, width);
      break;
    case BLOCK_PAGE_BREAK:
    case BLOCK_SECTION:
    case BLOCK_FREE_PAGE:
    default:
      break;
    }
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

  block = sxsh_doc_append_block (self, BLOCK_HEADER);
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

  block = sxsh_doc_append_block (self, BLOCK_TITLE);
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

  block = sxsh_doc_append_block (self, BLOCK_RECIPIENTS);
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
  SxshDocumentBlock *block = sxsh_doc_append_block (self, BLOCK_TEXT);

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

  block = sxsh_doc_append_block (self, BLOCK_DRAWING);
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

  block = sxsh_doc_append_block (self, BLOCK_SPACE);
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

  block = sxsh_doc_append_block (self, BLOCK_CLOSING);
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
  sxsh_doc_append_block (self, BLOCK_PAGE_BREAK);
}

void
sxsh_official_document_add_section (SxshOfficialDocument *self,
                                    SxshPageOrientation   orientation)
{
  SxshDocumentBlock *block;

  g_return_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self));
  block = sxsh_doc_append_block (self, BLOCK_SECTION);
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

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <math.h>

#include <cairo-pdf.h>

#include "sxsh-error.h"
#include "sxsh-official-document-private.h"

G_DEFINE_FINAL_TYPE (SxshOfficialDocument, sxsh_official_document, G_TYPE_OBJECT)

/* Pagination: the flow places the measured blocks on pages. */

static double
content_width_for (SxshOfficialDocument *self,
                   SxshPageOrientation   orientation)
{
  double width, height;

  sxsh_doc_page_size_for (orientation, &width, &height);
  return width - MM (self->margin_left + self->margin_right);
}

void
sxsh_doc_flow_new_page (Flow *flow)
{
  SxshOfficialDocument *self = flow->self;
  Page *page = g_new0 (Page, 1);

  sxsh_doc_page_size_for (flow->orientation, &page->width, &page->height);
  page->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) sxsh_doc_op_free);
  g_ptr_array_add (self->pages, page);
  flow->page = page;
  flow->left = MM (self->margin_left);
  flow->width = page->width - MM (self->margin_left + self->margin_right);
  flow->y = MM (self->margin_top);
  flow->bottom = page->height - MM (self->margin_bottom);
  flow->empty = TRUE;
}

void
sxsh_doc_flow_ensure_page (Flow *flow)
{
  if (flow->page == NULL)
    sxsh_doc_flow_new_page (flow);
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
    g_ptr_array_add (flow->page->ops,
                     sxsh_doc_op_copy_offset (g_ptr_array_index (box->ops, i), x, y));
}

double
sxsh_doc_flow_gap (Flow              *flow,
          SxshDocumentBlock *block)
{
  return flow->empty ? 0 : block->space_before;
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
        return block->space_before + sxsh_doc_text_height (&block->text) + block->space_after
               + next;
      /* Two lines, or all of a short paragraph that may not be split. */
      return block->space_before
             + sxsh_doc_text_range_height (&block->text, 0,
                                           block->text.n_lines < 4 ? block->text.n_lines : 2);

    case BLOCK_TABLE:
      return block->space_before + sxsh_doc_table_min_start (block->table);

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

  sxsh_doc_flow_ensure_page (flow);
  if (block->kind == BLOCK_SPACE && flow->empty)
    return;
  need = sxsh_doc_flow_gap (flow, block) + block->box.height + tail;
  if (block->keep_with_next)
    need += block->space_after + block_min_start (flow->self, index + 1, 0);
  if (flow->y + need > flow->bottom + EPSILON && !flow->empty)
    sxsh_doc_flow_new_page (flow);
  gap = sxsh_doc_flow_gap (flow, block);
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

  sxsh_doc_flow_ensure_page (flow);
  if (block->keep_with_next)
    {
      double need = sxsh_doc_flow_gap (flow, block) + sxsh_doc_text_height (text)
                    + block->space_after
                    + block_min_start (flow->self, index + 1, 0);

      if (flow->y + need > flow->bottom + EPSILON && !flow->empty)
        sxsh_doc_flow_new_page (flow);
    }

  while (i < n)
    {
      double gap = i == 0 ? sxsh_doc_flow_gap (flow, block) : 0;
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
          if (tail > 0 && sxsh_doc_text_range_height (text, i, remaining) + tail > room + EPSILON)
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
              sxsh_doc_flow_new_page (flow);
              continue;
            }
        }

      g_ptr_array_add (flow->page->ops,
                       sxsh_doc_lines_op (text->layout, flow->left + MM (block->left_indent),
                                          flow->y + gap, i, fit));
      flow->y += gap + sxsh_doc_text_range_height (text, i, fit);
      flow->empty = FALSE;
      i += fit;
      if (i < n)
        sxsh_doc_flow_new_page (flow);
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
      layout = sxsh_doc_make_layout (self, number, FALSE, CLAMP (self->body_size, 13, 14), FALSE,
                                     FALSE, page->width - MM (self->margin_left + self->margin_right),
                                     SXSH_ALIGN_CENTER);
      h = sxsh_doc_layout_height (layout);
      /* Centred in the top margin, as Decree 30 places it. */
      g_ptr_array_add (page->ops, sxsh_doc_lines_op (layout, MM (self->margin_left),
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
      sxsh_doc_measure_block (self, block, content_width_for (self, orientation));
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
          sxsh_doc_flow_ensure_page (&flow);
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
            sxsh_doc_page_size_for (free_page->orientation, &page->width, &page->height);
            page->free_page = TRUE;
            page->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) sxsh_doc_op_free);
            for (guint k = 0; k < free_page->ops->len; k++)
              g_ptr_array_add (page->ops,
                               sxsh_doc_op_copy_offset (g_ptr_array_index (free_page->ops, k),
                                                        0, 0));
            g_ptr_array_add (self->pages, page);
            flow.page = NULL;
          }
          break;

        case BLOCK_TEXT:
          place_text_block (&flow, block, i, tail);
          break;

        case BLOCK_TABLE:
          sxsh_doc_place_table_block (&flow, block, tail);
          break;

        default:
          place_box_block (&flow, block, i, tail);
          break;
        }
    }

  /* An empty document still has one (blank) page. */
  if (self->pages->len == 0)
    sxsh_doc_flow_new_page (&flow);

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
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) sxsh_doc_block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) sxsh_doc_page_free);
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

/* Output */

void
sxsh_official_document_get_text_area (SxshOfficialDocument *self,
                                      SxshPageOrientation   orientation,
                                      double               *width_mm,
                                      double               *height_mm)
{
  double w, h;

  g_return_if_fail (SXSH_IS_OFFICIAL_DOCUMENT (self));
  sxsh_doc_page_size_for (orientation, &w, &h);
  if (width_mm)
    *width_mm = w / PT_PER_MM - self->margin_left - self->margin_right;
  if (height_mm)
    *height_mm = h / PT_PER_MM - self->margin_top - self->margin_bottom;
}

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
    sxsh_doc_draw_op (cr, g_ptr_array_index (p->ops, i));
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

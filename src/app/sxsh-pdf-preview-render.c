/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sxsh-pdf-preview-private.h"

/* The pages are drawn by poppler into image surfaces at the zoom shown,
 * only when they come near the visible part of the view, and let go again
 * when they are far from it: a report of hundreds of pages costs only the
 * few pages on screen.  The drawing happens in a worker thread with a copy
 * of the document of its own (poppler documents are not to be shared
 * between threads), so that scrolling never waits for a dense table; until
 * a page arrives, the last drawing of it is shown scaled, or a white page. */

/* The document as the worker sees it: the same bytes, its own poppler
 * document, and the pages the view still wants. */
struct _SxshPdfRenderSource
{
  GBytes          *bytes;
  PopplerDocument *document;     /* the worker's */
  GMainContext    *context;
  int              cancelled;    /* atomic */
  int              first_wanted; /* atomic */
  int              last_wanted;  /* atomic */
};

typedef struct
{
  GWeakRef             preview;
  SxshPdfRenderSource *source;
  guint                index;
  gboolean             thumbnail;
  int                  width;
  int                  height;
  int                  scale_factor;
  cairo_surface_t     *surface;
} RenderRequest;

/* Rendering */

static cairo_surface_t *
render_poppler_page (PopplerPage *page,
                     int          width,
                     int          height,
                     int          scale_factor)
{
  cairo_surface_t *surface;
  double page_width = 0, page_height = 0;
  cairo_t *cr;

  poppler_page_get_size (page, &page_width, &page_height);
  if (page_width <= 0 || page_height <= 0)
    return NULL;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width * scale_factor,
                                        height * scale_factor);
  cairo_surface_set_device_scale (surface, scale_factor, scale_factor);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, width / page_width, height / page_height);
  poppler_page_render (page, cr);
  cairo_destroy (cr);

  return surface;
}

cairo_surface_t *
sxsh_pdf_preview_render_page (SxshPdfPreview *self,
                              guint           index,
                              int             width,
                              int             height,
                              int             scale_factor)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (self->document, (int) index);

  return page != NULL ? render_poppler_page (page, width, height, scale_factor) : NULL;
}

/* The worker */

SxshPdfRenderSource *
sxsh_pdf_render_source_new (GBytes *bytes)
{
  SxshPdfRenderSource *source = g_atomic_rc_box_new0 (SxshPdfRenderSource);

  source->bytes = g_bytes_ref (bytes);
  source->context = g_main_context_ref_thread_default ();
  source->last_wanted = G_MAXINT;
  return source;
}

static void
render_source_clear (gpointer data)
{
  SxshPdfRenderSource *source = data;

  g_clear_object (&source->document);
  g_clear_pointer (&source->bytes, g_bytes_unref);
  g_clear_pointer (&source->context, g_main_context_unref);
}

static void
render_source_unref (SxshPdfRenderSource *source)
{
  g_atomic_rc_box_release_full (source, render_source_clear);
}

/* The preview lets go of its document: the worker stops drawing it. */
void
sxsh_pdf_render_source_release (SxshPdfRenderSource *source)
{
  g_atomic_int_set (&source->cancelled, TRUE);
  render_source_unref (source);
}

static void
render_request_free (gpointer data)
{
  RenderRequest *request = data;

  g_weak_ref_clear (&request->preview);
  g_clear_pointer (&request->source, render_source_unref);
  g_clear_pointer (&request->surface, cairo_surface_destroy);
  g_free (request);
}

static void page_came_back (SxshPdfPreview *self,
                            guint           index);

/* Back in the main thread: the page drawn takes its place, if the view
 * still wants it at that size. */
static gboolean
render_delivered_cb (gpointer data)
{
  RenderRequest *request = data;
  g_autoptr(SxshPdfPreview) self = g_weak_ref_get (&request->preview);
  SxshPdfPageInfo *info;

  if (self == NULL)
    return G_SOURCE_REMOVE;
  self->n_rendering--;
  if (self->source != request->source || request->index >= self->pages->len)
    return G_SOURCE_REMOVE;

  info = &g_array_index (self->pages, SxshPdfPageInfo, request->index);
  if (request->thumbnail)
    {
      if (info->thumbnail_pending_width != request->width)
        return G_SOURCE_REMOVE;
      info->thumbnail_pending_width = 0;
      if (request->surface != NULL)
        {
          g_clear_pointer (&info->thumbnail, cairo_surface_destroy);
          info->thumbnail = g_steal_pointer (&request->surface);
          info->thumbnail_stale = FALSE;
          if (info->thumbnail_area != NULL)
            gtk_widget_queue_draw (info->thumbnail_area);
        }
      return G_SOURCE_REMOVE;
    }

  if (info->pending_width != request->width || info->pending_height != request->height)
    return G_SOURCE_REMOVE;
  info->pending_width = info->pending_height = 0;
  if (request->surface != NULL)
    {
      g_clear_pointer (&info->surface, cairo_surface_destroy);
      info->surface = g_steal_pointer (&request->surface);
      info->surface_stale = FALSE;
      if (info->area != NULL)
        gtk_widget_queue_draw (info->area);
    }
  else
    page_came_back (self, request->index);
  return G_SOURCE_REMOVE;
}

static void
render_thread_func (gpointer data,
                    gpointer user_data)
{
  RenderRequest *request = data;
  SxshPdfRenderSource *source = request->source;
  g_autoptr(PopplerPage) page = NULL;
  int index = (int) request->index;

  /* Pages scrolled past before their turn are not drawn. */
  if (g_atomic_int_get (&source->cancelled)
      || (!request->thumbnail && (index < g_atomic_int_get (&source->first_wanted)
                                  || index > g_atomic_int_get (&source->last_wanted))))
    goto deliver;

  if (source->document == NULL)
    source->document = poppler_document_new_from_bytes (source->bytes, NULL, NULL);
  if (source->document != NULL)
    page = poppler_document_get_page (source->document, index);
  if (page != NULL)
    request->surface = render_poppler_page (page, request->width, request->height,
                                            request->scale_factor);

deliver:
  g_main_context_invoke_full (source->context, G_PRIORITY_DEFAULT, render_delivered_cb, request,
                              render_request_free);
}

/* One worker for every preview: pages are drawn one after the other, in
 * the order they were asked for. */
static GThreadPool *
get_render_pool (void)
{
  static GThreadPool *pool;

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (render_thread_func, NULL, 1, FALSE, NULL));
  return pool;
}

static void
request_render (SxshPdfPreview *self,
                guint           index,
                gboolean        thumbnail,
                int             width,
                int             height,
                int             scale_factor)
{
  RenderRequest *request = g_new0 (RenderRequest, 1);

  g_weak_ref_init (&request->preview, self);
  request->source = g_atomic_rc_box_acquire (self->source);
  request->index = index;
  request->thumbnail = thumbnail;
  request->width = width;
  request->height = height;
  request->scale_factor = scale_factor;
  self->n_rendering++;
  g_thread_pool_push (get_render_pool (), request, NULL);
}

static gboolean
surface_fits (cairo_surface_t *surface,
              int              width,
              int              height,
              int              scale_factor)
{
  return surface != NULL
         && cairo_image_surface_get_width (surface) == width * scale_factor
         && cairo_image_surface_get_height (surface) == height * scale_factor;
}

static void
paint_surface (cairo_t         *cr,
               cairo_surface_t *surface,
               int              width,
               int              height)
{
  double sx, sy;

  cairo_surface_get_device_scale (surface, &sx, &sy);
  cairo_save (cr);
  cairo_scale (cr, width / (cairo_image_surface_get_width (surface) / sx),
               height / (cairo_image_surface_get_height (surface) / sy));
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* The pages from @first to @last (inclusive) are on screen, or within a
 * screen's height of it. */
static void
get_near_pages (SxshPdfPreview *self,
                guint          *first,
                guint          *last)
{
  GtkAdjustment *adjustment = sxsh_pdf_vadjustment (self);
  double value = gtk_adjustment_get_value (adjustment);
  double screen = gtk_adjustment_get_page_size (adjustment);
  double top = value - screen;
  double bottom = value + 2 * screen;
  double y = SXSH_PDF_PAGE_MARGIN;
  guint n = sxsh_pdf_n_pages (self);

  *first = n;
  *last = 0;
  for (guint i = 0; i < n; i++)
    {
      double height = sxsh_pdf_page_height (self, sxsh_pdf_page_at (self, i));

      if (y + height >= top && y <= bottom)
        {
          *first = MIN (*first, i);
          *last = MAX (*last, i);
        }
      if (y > bottom)
        break;
      y += height + SXSH_PDF_PAGE_SPACING;
    }
}

void
sxsh_pdf_preview_draw_page (GtkDrawingArea *area,
                            cairo_t        *cr,
                            int             width,
                            int             height,
                            gpointer        user_data)
{
  SxshPdfPreview *self = user_data;
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "sxsh-page"));
  int scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (area));
  SxshPdfPageInfo *info;
  guint first, last;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (self->document == NULL || index >= sxsh_pdf_n_pages (self))
    return;

  info = sxsh_pdf_page_at (self, index);
  get_near_pages (self, &first, &last);
  if ((info->surface_stale || !surface_fits (info->surface, width, height, scale_factor))
      && index >= first && index <= last)
    {
      if (self->source == NULL)
        {
          g_clear_pointer (&info->surface, cairo_surface_destroy);
          info->surface = sxsh_pdf_preview_render_page (self, index, width, height, scale_factor);
          info->surface_stale = FALSE;
        }
      else if (info->pending_width != width || info->pending_height != height)
        {
          info->pending_width = width;
          info->pending_height = height;
          request_render (self, index, FALSE, width, height, scale_factor);
        }
    }
  /* Until the page at this size arrives, its last drawing stands in. */
  if (info->surface != NULL)
    paint_surface (cr, info->surface, width, height);
}

/* A page the worker skipped, as scrolled past, is asked for again if the
 * view has come back to it. */
static void
page_came_back (SxshPdfPreview *self,
                guint           index)
{
  guint first, last;

  get_near_pages (self, &first, &last);
  if (index >= first && index <= last && sxsh_pdf_page_at (self, index)->area != NULL)
    gtk_widget_queue_draw (sxsh_pdf_page_at (self, index)->area);
}

/* After a scroll: pages that came near are drawn, those far away let go. */
void
sxsh_pdf_preview_update_rendering (SxshPdfPreview *self)
{
  guint first, last;
  guint index = 0;

  get_near_pages (self, &first, &last);
  if (self->source != NULL)
    {
      g_atomic_int_set (&self->source->first_wanted, (int) first);
      g_atomic_int_set (&self->source->last_wanted, (int) last);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child), index++)
    {
      SxshPdfPageInfo *info;

      if (index >= sxsh_pdf_n_pages (self))
        break;
      info = sxsh_pdf_page_at (self, index);
      if (index >= first && index <= last)
        {
          if (info->surface_stale
              || !surface_fits (info->surface, gtk_widget_get_width (child),
                                gtk_widget_get_height (child),
                                gtk_widget_get_scale_factor (child)))
            gtk_widget_queue_draw (child);
        }
      else
        g_clear_pointer (&info->surface, cairo_surface_destroy);
    }
}

int
sxsh_pdf_preview_thumbnail_height (SxshPdfPageInfo *info)
{
  return MAX (1, (int) round (SXSH_PDF_THUMBNAIL_WIDTH * info->height / info->width));
}

void
sxsh_pdf_preview_draw_thumbnail (GtkDrawingArea *area,
                                 cairo_t        *cr,
                                 int             width,
                                 int             height,
                                 gpointer        user_data)
{
  SxshPdfPreview *self = user_data;
  GtkListItem *item = g_object_get_data (G_OBJECT (area), "sxsh-list-item");
  guint index = gtk_list_item_get_position (item);
  int scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (area));
  SxshPdfPageInfo *info;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (self->document == NULL || index >= sxsh_pdf_n_pages (self))
    return;

  info = sxsh_pdf_page_at (self, index);
  if (info->thumbnail_stale || !surface_fits (info->thumbnail, width, height, scale_factor))
    {
      if (self->source == NULL)
        {
          g_clear_pointer (&info->thumbnail, cairo_surface_destroy);
          info->thumbnail = sxsh_pdf_preview_render_page (self, index, width, height, scale_factor);
          info->thumbnail_stale = FALSE;
        }
      else if (info->thumbnail_pending_width != width)
        {
          info->thumbnail_pending_width = width;
          request_render (self, index, TRUE, width, height, scale_factor);
        }
    }
  if (info->thumbnail != NULL)
    paint_surface (cr, info->thumbnail, width, height);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sxsh-error.h"
#include "sxsh-pdf-preview.h"

/* The pages are drawn by poppler into image surfaces at the zoom shown,
 * only when they come near the visible part of the view, and let go again
 * when they are far from it: a report of hundreds of pages costs only the
 * few pages on screen.  The drawing happens in a worker thread with a copy
 * of the document of its own (poppler documents are not to be shared
 * between threads), so that scrolling never waits for a dense table; until
 * a page arrives, the last drawing of it is shown scaled, or a white page. */

/* Zoom 1 shows a page at its printed size on a 96 dpi screen. */
#define PIXELS_PER_POINT (96.0 / 72.0)
#define PAGE_SPACING     18
#define PAGE_MARGIN      24
#define THUMBNAIL_WIDTH  104
#define MIN_ZOOM         0.25
#define MAX_ZOOM         3.0

static const double zoom_steps[] = {
  0.25, 0.33, 0.5, 0.67, 0.75, 0.85, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0,
};

typedef struct
{
  double           width;    /* points */
  double           height;
  GtkWidget       *area;     /* owned by the pages box */
  GtkWidget       *thumbnail_area;  /* the row showing it, while bound */
  cairo_surface_t *surface;  /* the page at the zoom shown, or NULL */
  cairo_surface_t *thumbnail;
  /* Drawings of the previous version of the document, shown until the
   * new ones arrive. */
  gboolean         surface_stale;
  gboolean         thumbnail_stale;
  /* The sizes asked of the worker, 0 when nothing is asked. */
  int              pending_width;
  int              pending_height;
  int              thumbnail_pending_width;
} PageInfo;

/* The document as the worker sees it: the same bytes, its own poppler
 * document, and the pages the view still wants. */
typedef struct
{
  GBytes          *bytes;
  PopplerDocument *document;     /* the worker's */
  GMainContext    *context;
  int              cancelled;    /* atomic */
  int              first_wanted; /* atomic */
  int              last_wanted;  /* atomic */
} RenderSource;

typedef struct
{
  GWeakRef         preview;
  RenderSource    *source;
  guint            index;
  gboolean         thumbnail;
  int              width;
  int              height;
  int              scale_factor;
  cairo_surface_t *surface;
} RenderRequest;

struct _SxshPdfPreview
{
  AdwBin              parent_instance;

  PopplerDocument    *document;
  RenderSource       *source;       /* NULL: pages are drawn here */
  guint               n_rendering;  /* asked of the worker, not back yet */
  GArray             *pages;        /* PageInfo */
  double              zoom;
  gboolean            fit_width;
  double              fit_available;
  gboolean            show_thumbnails;
  guint               current_page;

  /* Where the view should stand once the pages have their new sizes: a
   * page and how far down it, kept across a zoom or a new document. */
  gboolean            has_anchor;
  guint               anchor_page;
  gint64              anchor_time;
  double              anchor_fraction;

  GtkStringList      *thumbnail_model;
  GtkSingleSelection *thumbnail_selection;
  gboolean            syncing_selection;
  guint               sync_thumbnails_id;
  guint               fit_width_id;

  /* Template widgets */
  GtkRevealer        *thumbnails_revealer;
  GtkScrolledWindow  *thumbnails_scroller;
  GtkListView        *thumbnails_view;
  GtkScrolledWindow  *scroller;
  GtkBox             *pages_box;
  GtkWidget          *controls;
  GtkLabel           *zoom_label;
  GtkLabel           *page_label;
};

G_DEFINE_FINAL_TYPE (SxshPdfPreview, sxsh_pdf_preview, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_N_PAGES,
  PROP_CURRENT_PAGE,
  PROP_ZOOM,
  PROP_FIT_WIDTH,
  PROP_SHOW_THUMBNAILS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
page_info_clear (gpointer data)
{
  PageInfo *info = data;

  g_clear_pointer (&info->surface, cairo_surface_destroy);
  g_clear_pointer (&info->thumbnail, cairo_surface_destroy);
}

static PageInfo *
get_page (SxshPdfPreview *self,
          guint           index)
{
  return &g_array_index (self->pages, PageInfo, index);
}

static guint
get_n_pages (SxshPdfPreview *self)
{
  return self->pages->len;
}

/* While the width is fitted, a page wider than most (a landscape table in
 * a portrait report) is made smaller to fit too. */
static double
page_zoom (SxshPdfPreview *self,
           PageInfo       *info)
{
  if (self->fit_width && self->fit_available > 0)
    return MIN (self->zoom, self->fit_available / (info->width * PIXELS_PER_POINT));
  return self->zoom;
}

static int
page_pixel_width (SxshPdfPreview *self,
                  PageInfo       *info)
{
  return MAX (1, (int) round (info->width * page_zoom (self, info) * PIXELS_PER_POINT));
}

static int
page_pixel_height (SxshPdfPreview *self,
                   PageInfo       *info)
{
  return MAX (1, (int) round (info->height * page_zoom (self, info) * PIXELS_PER_POINT));
}

/* Where page @index begins in the scrolled content: the pages' sizes are
 * ours, so their places follow without asking the layout. */
static double
page_top (SxshPdfPreview *self,
          guint           index)
{
  double y = PAGE_MARGIN;

  for (guint i = 0; i < index && i < get_n_pages (self); i++)
    y += page_pixel_height (self, get_page (self, i)) + PAGE_SPACING;
  return y;
}

static GtkAdjustment *
get_vadjustment (SxshPdfPreview *self)
{
  return gtk_scrolled_window_get_vadjustment (self->scroller);
}

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

static cairo_surface_t *
render_page (SxshPdfPreview *self,
             guint           index,
             int             width,
             int             height,
             int             scale_factor)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (self->document, (int) index);

  return page != NULL ? render_poppler_page (page, width, height, scale_factor) : NULL;
}

/* The worker */

static RenderSource *
render_source_new (GBytes *bytes)
{
  RenderSource *source = g_atomic_rc_box_new0 (RenderSource);

  source->bytes = g_bytes_ref (bytes);
  source->context = g_main_context_ref_thread_default ();
  source->last_wanted = G_MAXINT;
  return source;
}

static void
render_source_clear (gpointer data)
{
  RenderSource *source = data;

  g_clear_object (&source->document);
  g_clear_pointer (&source->bytes, g_bytes_unref);
  g_clear_pointer (&source->context, g_main_context_unref);
}

static void
render_source_unref (RenderSource *source)
{
  g_atomic_rc_box_release_full (source, render_source_clear);
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
  PageInfo *info;

  if (self == NULL)
    return G_SOURCE_REMOVE;
  self->n_rendering--;
  if (self->source != request->source || request->index >= self->pages->len)
    return G_SOURCE_REMOVE;

  info = &g_array_index (self->pages, PageInfo, request->index);
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
  RenderSource *source = request->source;
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
  GtkAdjustment *adjustment = get_vadjustment (self);
  double value = gtk_adjustment_get_value (adjustment);
  double screen = gtk_adjustment_get_page_size (adjustment);
  double top = value - screen;
  double bottom = value + 2 * screen;
  double y = PAGE_MARGIN;
  guint n = get_n_pages (self);

  *first = n;
  *last = 0;
  for (guint i = 0; i < n; i++)
    {
      double height = page_pixel_height (self, get_page (self, i));

      if (y + height >= top && y <= bottom)
        {
          *first = MIN (*first, i);
          *last = MAX (*last, i);
        }
      if (y > bottom)
        break;
      y += height + PAGE_SPACING;
    }
}

static void
draw_page_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  SxshPdfPreview *self = user_data;
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "sxsh-page"));
  int scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (area));
  PageInfo *info;
  guint first, last;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (self->document == NULL || index >= get_n_pages (self))
    return;

  info = get_page (self, index);
  get_near_pages (self, &first, &last);
  if ((info->surface_stale || !surface_fits (info->surface, width, height, scale_factor))
      && index >= first && index <= last)
    {
      if (self->source == NULL)
        {
          g_clear_pointer (&info->surface, cairo_surface_destroy);
          info->surface = render_page (self, index, width, height, scale_factor);
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
  if (index >= first && index <= last && get_page (self, index)->area != NULL)
    gtk_widget_queue_draw (get_page (self, index)->area);
}

/* After a scroll: pages that came near are drawn, those far away let go. */
static void
update_rendering (SxshPdfPreview *self)
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
      PageInfo *info;

      if (index >= get_n_pages (self))
        break;
      info = get_page (self, index);
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

/* Thumbnails */

static int
thumbnail_height (PageInfo *info)
{
  return MAX (1, (int) round (THUMBNAIL_WIDTH * info->height / info->width));
}

static void
draw_thumbnail_cb (GtkDrawingArea *area,
                   cairo_t        *cr,
                   int             width,
                   int             height,
                   gpointer        user_data)
{
  SxshPdfPreview *self = user_data;
  GtkListItem *item = g_object_get_data (G_OBJECT (area), "sxsh-list-item");
  guint index = gtk_list_item_get_position (item);
  int scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (area));
  PageInfo *info;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (self->document == NULL || index >= get_n_pages (self))
    return;

  info = get_page (self, index);
  if (info->thumbnail_stale || !surface_fits (info->thumbnail, width, height, scale_factor))
    {
      if (self->source == NULL)
        {
          g_clear_pointer (&info->thumbnail, cairo_surface_destroy);
          info->thumbnail = render_page (self, index, width, height, scale_factor);
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

static void
thumbnail_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    SxshPdfPreview           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *area = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_halign (area, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (area, "pdf-thumbnail");
  g_object_set_data (G_OBJECT (area), "sxsh-list-item", item);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_thumbnail_cb, self, NULL);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), area);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
thumbnail_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   SxshPdfPreview           *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *area = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (area);
  GtkStringObject *number = gtk_list_item_get_item (item);
  guint index = gtk_list_item_get_position (item);
  g_autofree char *accessible = NULL;

  if (index < get_n_pages (self))
    {
      PageInfo *info = get_page (self, index);

      info->thumbnail_area = area;
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), THUMBNAIL_WIDTH);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), thumbnail_height (info));
    }
  gtk_label_set_label (GTK_LABEL (label), gtk_string_object_get_string (number));
  accessible = g_strdup_printf (_("Page %u"), index + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  gtk_widget_queue_draw (area);
}

static void
thumbnail_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     SxshPdfPreview           *self)
{
  GtkWidget *area = gtk_widget_get_first_child (gtk_list_item_get_child (item));

  for (guint i = 0; i < get_n_pages (self); i++)
    if (get_page (self, i)->thumbnail_area == area)
      get_page (self, i)->thumbnail_area = NULL;
}

static void
scroll_thumbnails_to (SxshPdfPreview *self,
                      guint           index)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->thumbnails_view)))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self->thumbnails_view), "list.scroll-to-item", "u",
                              index);
}

static void
thumbnail_selected_cb (SxshPdfPreview *self)
{
  guint selected = gtk_single_selection_get_selected (self->thumbnail_selection);

  if (self->syncing_selection || selected == GTK_INVALID_LIST_POSITION)
    return;
  sxsh_pdf_preview_show_page (self, selected);
}

/* Labels and the current page */

static void
update_labels (SxshPdfPreview *self)
{
  g_autofree char *zoom = g_strdup_printf ("%d%%", (int) round (self->zoom * 100));
  g_autofree char *page = sxsh_pdf_preview_dup_page_label (self);

  gtk_label_set_label (self->zoom_label, zoom);
  gtk_label_set_label (self->page_label, page);
  gtk_widget_set_visible (self->controls, get_n_pages (self) > 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in",
                                 get_n_pages (self) > 0 && self->zoom < MAX_ZOOM - 0.001);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out",
                                 get_n_pages (self) > 0 && self->zoom > MIN_ZOOM + 0.001);
}

/* The strip follows the pages after the layout, not during it: scrolling
 * a list view while the window is being laid out would make rows that
 * miss their place in this frame. */
static gboolean
sync_thumbnails_cb (gpointer user_data)
{
  SxshPdfPreview *self = user_data;
  guint index = self->current_page;

  self->sync_thumbnails_id = 0;
  if (get_n_pages (self) > 0
      && gtk_single_selection_get_selected (self->thumbnail_selection) != index)
    {
      self->syncing_selection = TRUE;
      gtk_single_selection_set_selected (self->thumbnail_selection, index);
      self->syncing_selection = FALSE;
      scroll_thumbnails_to (self, index);
    }
  return G_SOURCE_REMOVE;
}

static void
set_current_page (SxshPdfPreview *self,
                  guint           index)
{
  if (index != self->current_page)
    {
      self->current_page = index;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_PAGE]);
      update_labels (self);
    }

  if (self->sync_thumbnails_id == 0)
    self->sync_thumbnails_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, sync_thumbnails_cb, self,
                                                NULL);
}

/* The current page is the one across the upper third of the view. */
static void
find_current_page (SxshPdfPreview *self)
{
  GtkAdjustment *adjustment = get_vadjustment (self);
  double line = gtk_adjustment_get_value (adjustment)
                + gtk_adjustment_get_page_size (adjustment) / 3;
  double y = PAGE_MARGIN;
  guint n = get_n_pages (self);
  guint index = 0;

  for (guint i = 0; i < n; i++)
    {
      y += page_pixel_height (self, get_page (self, i)) + PAGE_SPACING;
      index = i;
      if (y > line)
        break;
    }
  set_current_page (self, n > 0 ? index : 0);
}

static double
content_height (SxshPdfPreview *self)
{
  guint n = get_n_pages (self);

  if (n == 0)
    return 0;
  /* The box's bottom margin is larger, for the floating controls. */
  return page_top (self, n) - PAGE_SPACING + gtk_widget_get_margin_bottom (GTK_WIDGET (self->pages_box));
}

static void
remember_anchor (SxshPdfPreview *self)
{
  GtkAdjustment *adjustment = get_vadjustment (self);
  double value = gtk_adjustment_get_value (adjustment);
  guint index;
  double top, height;

  if (get_n_pages (self) == 0 || self->has_anchor)
    return;

  index = MIN (self->current_page, get_n_pages (self) - 1);
  top = page_top (self, index);
  height = page_pixel_height (self, get_page (self, index)) + PAGE_SPACING;
  self->has_anchor = TRUE;
  self->anchor_time = g_get_monotonic_time ();
  self->anchor_page = index;
  self->anchor_fraction = CLAMP ((value - top) / height, -0.5, 1.0);
}

/* Applies the remembered place once the content has its new height. */
static void
apply_anchor (SxshPdfPreview *self)
{
  GtkAdjustment *adjustment = get_vadjustment (self);
  double expected = content_height (self);
  guint index;
  double value;

  if (!self->has_anchor)
    return;
  /* A place the layout never reached is forgotten rather than applied
   * late, when the officer has moved on. */
  if (get_n_pages (self) == 0 || g_get_monotonic_time () - self->anchor_time > G_USEC_PER_SEC)
    {
      self->has_anchor = FALSE;
      return;
    }
  if (ABS (gtk_adjustment_get_upper (adjustment) - expected) > 1.0
      && gtk_adjustment_get_upper (adjustment) < expected)
    return;

  index = MIN (self->anchor_page, get_n_pages (self) - 1);
  value = page_top (self, index)
          + self->anchor_fraction * (page_pixel_height (self, get_page (self, index))
                                     + PAGE_SPACING);
  self->has_anchor = FALSE;
  gtk_adjustment_set_value (adjustment,
                            CLAMP (value, 0, MAX (0, gtk_adjustment_get_upper (adjustment)
                                                   - gtk_adjustment_get_page_size (adjustment))));
  find_current_page (self);
  update_rendering (self);
}

static void
vadjustment_value_changed_cb (SxshPdfPreview *self)
{
  find_current_page (self);
  update_rendering (self);
}

static void
vadjustment_changed_cb (SxshPdfPreview *self)
{
  apply_anchor (self);
}

/* Layout of the pages */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The zoom at which the pages of the most common width fill the view. */
static double
get_fit_zoom (SxshPdfPreview *self,
              double         *fit_available)
{
  double available = gtk_adjustment_get_page_size (gtk_scrolled_window_get_hadjustment (self->scroller))
                     - 2 * PAGE_MARGIN;
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
  double common;

  for (guint i = 0; i < get_n_pages (self); i++)
    g_array_append_val (widths, get_page (self, i)->width);
  *fit_available = self->fit_available;
  if (widths->len == 0 || available <= 0)
    return self->zoom;
  g_array_sort (widths, compare_doubles);
  common = g_array_index (widths, double, widths->len / 2);

  *fit_available = available;
  return CLAMP (available / (common * PIXELS_PER_POINT), MIN_ZOOM, MAX_ZOOM);
}

/* Gives every page widget its size at the zoom shown. */
static void
resize_pages (SxshPdfPreview *self)
{
  guint index = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child), index++)
    {
      PageInfo *info = get_page (self, index);

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (child),
                                          page_pixel_width (self, info));
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (child),
                                           page_pixel_height (self, info));
      gtk_widget_queue_draw (child);
    }
}

static void
apply_zoom (SxshPdfPreview *self,
            double          zoom,
            double          fit_available)
{
  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  if (ABS (zoom - self->zoom) < 0.0005 && ABS (fit_available - self->fit_available) < 0.5)
    return;

  remember_anchor (self);
  self->zoom = zoom;
  self->fit_available = fit_available;
  /* The drawings at the old zoom are shown scaled until the new ones
   * arrive. */
  resize_pages (self);
  update_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  apply_anchor (self);
}

static gboolean
fit_width_cb (gpointer user_data)
{
  SxshPdfPreview *self = user_data;

  self->fit_width_id = 0;
  if (self->fit_width && get_n_pages (self) > 0)
    {
      double available;
      double zoom = get_fit_zoom (self, &available);

      apply_zoom (self, zoom, available);
    }
  return G_SOURCE_REMOVE;
}

/* The view's width changes while the window is laid out: the pages take
 * their new size just after, not in the middle of it. */
static void
hadjustment_changed_cb (SxshPdfPreview *self)
{
  if (self->fit_width && get_n_pages (self) > 0 && self->fit_width_id == 0)
    self->fit_width_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_width_cb, self, NULL);
}

/* Makes as many page widgets as there are pages, reusing those there are,
 * so that a new version of the same document does not move the view. */
static void
rebuild_pages (SxshPdfPreview *self)
{
  guint n = get_n_pages (self);
  guint count = 0;
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (count >= n)
        gtk_box_remove (self->pages_box, child);
      count++;
      child = next;
    }
  for (guint i = count; i < n; i++)
    {
      GtkWidget *area = gtk_drawing_area_new ();
      /* Translators: the name of a page for screen readers. */
      g_autofree char *name = g_strdup_printf (_("Page %u"), i + 1);

      g_object_set_data (G_OBJECT (area), "sxsh-page", GUINT_TO_POINTER (i));
      gtk_widget_add_css_class (area, "pdf-page");
      gtk_widget_set_halign (area, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_page_cb, self, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      gtk_box_append (self->pages_box, area);
    }

  count = 0;
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box));
       child != NULL && count < n;
       child = gtk_widget_get_next_sibling (child), count++)
    get_page (self, count)->area = child;
  resize_pages (self);
}

static void
rebuild_thumbnails (SxshPdfPreview *self)
{
  guint old = g_list_model_get_n_items (G_LIST_MODEL (self->thumbnail_model));
  guint n = get_n_pages (self);
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (numbers, g_strdup_printf ("%u", i + 1));
  g_ptr_array_add (numbers, NULL);

  /* Every row is replaced, so that each draws its new page. */
  self->syncing_selection = TRUE;
  gtk_string_list_splice (self->thumbnail_model, 0, old, (const char * const *) numbers->pdata);
  self->syncing_selection = FALSE;
}

/* Actions and shortcuts */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  sxsh_pdf_preview_zoom_in (SXSH_PDF_PREVIEW (widget));
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sxsh_pdf_preview_zoom_out (SXSH_PDF_PREVIEW (widget));
}

static gboolean
shortcut_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  SxshPdfPreview *self = SXSH_PDF_PREVIEW (widget);
  const char *what = g_variant_get_string (args, NULL);

  if (!gtk_widget_get_mapped (widget) || get_n_pages (self) == 0)
    return FALSE;
  if (g_str_equal (what, "in"))
    sxsh_pdf_preview_zoom_in (self);
  else if (g_str_equal (what, "out"))
    sxsh_pdf_preview_zoom_out (self);
  else
    sxsh_pdf_preview_set_fit_width (self, TRUE);
  return TRUE;
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  keyval,
              const char            *what)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, GDK_CONTROL_MASK),
                                            gtk_callback_action_new (shortcut_cb, NULL, NULL));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_string (what));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/* The keys work wherever the focus is in the window while the preview is
 * shown: the officer types the narrative and zooms its preview. */
static void
add_window_shortcuts (SxshPdfPreview *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_MANAGED);
  add_shortcut (shortcuts, GDK_KEY_plus, "in");
  add_shortcut (shortcuts, GDK_KEY_equal, "in");
  add_shortcut (shortcuts, GDK_KEY_KP_Add, "in");
  add_shortcut (shortcuts, GDK_KEY_minus, "out");
  add_shortcut (shortcuts, GDK_KEY_KP_Subtract, "out");
  add_shortcut (shortcuts, GDK_KEY_0, "fit");
  add_shortcut (shortcuts, GDK_KEY_KP_0, "fit");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* Ctrl and the wheel zoom, as in every document viewer. */
static gboolean
scroll_cb (SxshPdfPreview           *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(state & GDK_CONTROL_MASK) || get_n_pages (self) == 0 || dy == 0)
    return FALSE;
  if (dy < 0)
    sxsh_pdf_preview_zoom_in (self);
  else
    sxsh_pdf_preview_zoom_out (self);
  return TRUE;
}

/* The keyboard, once a page has been clicked or the pages reached with
 * Tab: arrows scroll, Home and End go to the first and last page; Page Up
 * and Page Down are the scrolled window's own. */
static gboolean
key_scroll_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  SxshPdfPreview *self = SXSH_PDF_PREVIEW (user_data);
  GtkAdjustment *adjustment = get_vadjustment (self);
  const char *what = g_variant_get_string (args, NULL);

  if (get_n_pages (self) == 0)
    return FALSE;
  if (g_str_equal (what, "home"))
    sxsh_pdf_preview_show_page (self, 0);
  else if (g_str_equal (what, "end"))
    sxsh_pdf_preview_show_page (self, get_n_pages (self) - 1);
  else
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment)
                                          + (g_str_equal (what, "up") ? -1 : 1)
                                            * gtk_adjustment_get_step_increment (adjustment));
  return TRUE;
}

static void
add_key (GtkShortcutController *controller,
         guint                  keyval,
         const char            *what,
         SxshPdfPreview        *self)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                                            gtk_callback_action_new (key_scroll_cb, self, NULL));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_string (what));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static void
pages_pressed_cb (SxshPdfPreview *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->pages_box));
}

static void
setup_keyboard (SxshPdfPreview *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self->pages_box), TRUE);
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Up, "up", self);
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Down, "down", self);
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Home, "home", self);
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_End, "end", self);
  gtk_widget_add_controller (GTK_WIDGET (self->pages_box), keys);

  g_signal_connect_swapped (click, "pressed", G_CALLBACK (pages_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->pages_box), GTK_EVENT_CONTROLLER (click));
}

/* Style */

static void
load_style (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider,
                                       "/io/github/sxsh/Tracker/ui/sxsh-pdf-preview.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* GObject */

static void
sxsh_pdf_preview_dispose (GObject *object)
{
  SxshPdfPreview *self = SXSH_PDF_PREVIEW (object);

  g_clear_handle_id (&self->sync_thumbnails_id, g_source_remove);
  g_clear_handle_id (&self->fit_width_id, g_source_remove);
  if (self->thumbnail_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->thumbnail_selection, self);
  if (self->thumbnails_view != NULL)
    gtk_list_view_set_model (self->thumbnails_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_PDF_PREVIEW);
  g_clear_object (&self->thumbnail_selection);
  g_clear_object (&self->thumbnail_model);
  g_clear_object (&self->document);
  if (self->source != NULL)
    {
      g_atomic_int_set (&self->source->cancelled, TRUE);
      g_clear_pointer (&self->source, render_source_unref);
    }

  G_OBJECT_CLASS (sxsh_pdf_preview_parent_class)->dispose (object);
}

static void
sxsh_pdf_preview_finalize (GObject *object)
{
  SxshPdfPreview *self = SXSH_PDF_PREVIEW (object);

  g_clear_pointer (&self->pages, g_array_unref);

  G_OBJECT_CLASS (sxsh_pdf_preview_parent_class)->finalize (object);
}

static void
sxsh_pdf_preview_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SxshPdfPreview *self = SXSH_PDF_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_N_PAGES:
      g_value_set_uint (value, get_n_pages (self));
      break;

    case PROP_CURRENT_PAGE:
      g_value_set_uint (value, self->current_page);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_FIT_WIDTH:
      g_value_set_boolean (value, self->fit_width);
      break;

    case PROP_SHOW_THUMBNAILS:
      g_value_set_boolean (value, self->show_thumbnails);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_pdf_preview_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SxshPdfPreview *self = SXSH_PDF_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      sxsh_pdf_preview_set_document (self, g_value_get_object (value));
      break;

    case PROP_ZOOM:
      sxsh_pdf_preview_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_FIT_WIDTH:
      sxsh_pdf_preview_set_fit_width (self, g_value_get_boolean (value));
      break;

    case PROP_SHOW_THUMBNAILS:
      sxsh_pdf_preview_set_show_thumbnails (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_pdf_preview_class_init (SxshPdfPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sxsh_pdf_preview_dispose;
  object_class->finalize = sxsh_pdf_preview_finalize;
  object_class->get_property = sxsh_pdf_preview_get_property;
  object_class->set_property = sxsh_pdf_preview_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         POPPLER_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CURRENT_PAGE] =
    g_param_spec_uint ("current-page", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         MIN_ZOOM, MAX_ZOOM, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FIT_WIDTH] =
    g_param_spec_boolean ("fit-width", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SHOW_THUMBNAILS] =
    g_param_spec_boolean ("show-thumbnails", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-pdf-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshPdfPreview, thumbnails_revealer);
  gtk_widget_class_bind_template_child (widget_class, SxshPdfPreview, thumbnails_scroller);
  gtk_widget_class_bind_template_child (widget_class, SxshPdfPreview, thumbnails_view);
  gtk_widget_class_bind_template_child (widget_class, SxshPdfPreview, scroller);
  gtk_widget_class_bind_template_child (widget_class, SxshPdfPreview, pages_box);
  gtk_widget_class_bind_template_child (widget_class, SxshPdfPreview, controls);
  gtk_widget_class_bind_template_child (widget_class, SxshPdfPreview, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, SxshPdfPreview, page_label);

  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_property_action (widget_class, "preview.fit-width", "fit-width");
  gtk_widget_class_install_property_action (widget_class, "preview.show-thumbnails",
                                            "show-thumbnails");

  gtk_widget_class_set_css_name (widget_class, "pdfpreview");
}

static void
sxsh_pdf_preview_init (SxshPdfPreview *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *scroll;

  load_style ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pages = g_array_new (FALSE, TRUE, sizeof (PageInfo));
  g_array_set_clear_func (self->pages, page_info_clear);
  self->zoom = 1.0;
  self->fit_width = TRUE;
  self->show_thumbnails = TRUE;

  self->thumbnail_model = gtk_string_list_new (NULL);
  self->thumbnail_selection =
    gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->thumbnail_model)));
  gtk_single_selection_set_autoselect (self->thumbnail_selection, FALSE);
  g_signal_connect (factory, "setup", G_CALLBACK (thumbnail_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (thumbnail_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (thumbnail_unbind_cb), self);
  gtk_list_view_set_factory (self->thumbnails_view, factory);
  gtk_list_view_set_model (self->thumbnails_view,
                           GTK_SELECTION_MODEL (self->thumbnail_selection));
  g_signal_connect_swapped (self->thumbnail_selection, "notify::selected",
                            G_CALLBACK (thumbnail_selected_cb), self);

  g_signal_connect_object (get_vadjustment (self), "value-changed",
                           G_CALLBACK (vadjustment_value_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (get_vadjustment (self), "changed",
                           G_CALLBACK (vadjustment_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scroller), "changed",
                           G_CALLBACK (hadjustment_changed_cb), self, G_CONNECT_SWAPPED);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL
                                            | GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->scroller), scroll);

  add_window_shortcuts (self);
  setup_keyboard (self);
  update_labels (self);
}

/* Public API */

SxshPdfPreview *
sxsh_pdf_preview_new (void)
{
  return g_object_new (SXSH_TYPE_PDF_PREVIEW, NULL);
}

/* Shows @document; @bytes, when given, are its file, for the worker. */
static void
replace_document (SxshPdfPreview  *self,
                  PopplerDocument *document,
                  GBytes          *bytes)
{
  g_autoptr(GArray) old_pages = NULL;
  guint n;

  remember_anchor (self);
  g_set_object (&self->document, document);

  /* The worker stops drawing the old document's pages. */
  if (self->source != NULL)
    {
      g_atomic_int_set (&self->source->cancelled, TRUE);
      g_clear_pointer (&self->source, render_source_unref);
    }
  if (document != NULL && bytes != NULL)
    self->source = render_source_new (bytes);

  old_pages = g_steal_pointer (&self->pages);
  self->pages = g_array_new (FALSE, TRUE, sizeof (PageInfo));
  g_array_set_clear_func (self->pages, page_info_clear);
  n = document != NULL ? (guint) MAX (0, poppler_document_get_n_pages (document)) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, (int) i);
      PageInfo info = { 595.28, 841.89, };

      if (page != NULL)
        poppler_page_get_size (page, &info.width, &info.height);
      if (info.width <= 0 || info.height <= 0)
        {
          info.width = 595.28;
          info.height = 841.89;
        }
      /* A new version of the same document (the report written again
       * after an edit) shows the old drawings until the new ones arrive,
       * rather than white pages. */
      if (i < old_pages->len)
        {
          PageInfo *old = &g_array_index (old_pages, PageInfo, i);

          if (ABS (old->width - info.width) < 0.5 && ABS (old->height - info.height) < 0.5)
            {
              info.surface = g_steal_pointer (&old->surface);
              info.thumbnail = g_steal_pointer (&old->thumbnail);
              info.surface_stale = info.surface != NULL;
              info.thumbnail_stale = info.thumbnail != NULL;
            }
        }
      g_array_append_val (self->pages, info);
    }

  if (self->fit_width && n > 0)
    {
      double zoom = get_fit_zoom (self, &self->fit_available);

      if (ABS (zoom - self->zoom) >= 0.0005)
        {
          self->zoom = zoom;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
        }
    }

  rebuild_pages (self);
  rebuild_thumbnails (self);
  if (self->current_page >= n)
    self->current_page = n > 0 ? n - 1 : 0;
  set_current_page (self, self->current_page);
  update_labels (self);
  apply_anchor (self);
  update_rendering (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

/**
 * sxsh_pdf_preview_set_document:
 * @document: (nullable): the document to show; %NULL shows nothing
 *
 * Shows @document.  A new version of the document shown (the same report
 * written again) keeps the page and the zoom the officer was looking at.
 * The pages of a document given this way are drawn in the main thread;
 * sxsh_pdf_preview_load_file() draws them in a worker.
 */
void
sxsh_pdf_preview_set_document (SxshPdfPreview  *self,
                               PopplerDocument *document)
{
  g_return_if_fail (SXSH_IS_PDF_PREVIEW (self));
  g_return_if_fail (document == NULL || POPPLER_IS_DOCUMENT (document));

  if (document == self->document)
    return;
  replace_document (self, document, NULL);
}

/**
 * sxsh_pdf_preview_load_file:
 * @path: a PDF file; it is read whole, so it may be replaced or removed
 *   afterwards
 */
gboolean
sxsh_pdf_preview_load_file (SxshPdfPreview  *self,
                            const char      *path,
                            GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("The preview could not be read: %s"), local_error->message);
      return FALSE;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  document = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  if (document == NULL)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("The preview is not a PDF file that can be shown: %s"),
                   local_error->message);
      return FALSE;
    }

  replace_document (self, document, bytes);
  return TRUE;
}

/**
 * sxsh_pdf_preview_get_document:
 *
 * Returns: (transfer none) (nullable): the document shown
 */
PopplerDocument *
sxsh_pdf_preview_get_document (SxshPdfPreview *self)
{
  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), NULL);

  return self->document;
}

guint
sxsh_pdf_preview_get_n_pages (SxshPdfPreview *self)
{
  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), 0);

  return get_n_pages (self);
}

/* Returns: the page across the upper part of the view, from 0 */
guint
sxsh_pdf_preview_get_current_page (SxshPdfPreview *self)
{
  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), 0);

  return self->current_page;
}

/* Scrolls to the top of @page (from 0). */
void
sxsh_pdf_preview_show_page (SxshPdfPreview *self,
                            guint           page)
{
  g_return_if_fail (SXSH_IS_PDF_PREVIEW (self));

  if (get_n_pages (self) == 0)
    return;
  page = MIN (page, get_n_pages (self) - 1);

  /* The place applies now, or once the layout has caught up with the
   * pages' sizes. */
  self->has_anchor = TRUE;
  self->anchor_time = g_get_monotonic_time ();
  self->anchor_page = page;
  self->anchor_fraction = -(double) (PAGE_MARGIN / 2)
                          / (page_pixel_height (self, get_page (self, page)) + PAGE_SPACING);
  set_current_page (self, page);
  apply_anchor (self);
}

double
sxsh_pdf_preview_get_zoom (SxshPdfPreview *self)
{
  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), 1.0);

  return self->zoom;
}

/* Sets the zoom (1 is the printed size) and leaves the fit to the width. */
void
sxsh_pdf_preview_set_zoom (SxshPdfPreview *self,
                           double          zoom)
{
  g_return_if_fail (SXSH_IS_PDF_PREVIEW (self));

  sxsh_pdf_preview_set_fit_width (self, FALSE);
  apply_zoom (self, zoom, self->fit_available);
}

gboolean
sxsh_pdf_preview_get_fit_width (SxshPdfPreview *self)
{
  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), FALSE);

  return self->fit_width;
}

/* While the width is fitted, the zoom follows the view's width. */
void
sxsh_pdf_preview_set_fit_width (SxshPdfPreview *self,
                                gboolean        fit_width)
{
  g_return_if_fail (SXSH_IS_PDF_PREVIEW (self));

  fit_width = !!fit_width;
  if (fit_width == self->fit_width)
    return;

  self->fit_width = fit_width;
  if (fit_width && get_n_pages (self) > 0)
    {
      double available;
      double zoom = get_fit_zoom (self, &available);

      apply_zoom (self, zoom, available);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_WIDTH]);
}

void
sxsh_pdf_preview_zoom_in (SxshPdfPreview *self)
{
  g_return_if_fail (SXSH_IS_PDF_PREVIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
    if (zoom_steps[i] > self->zoom * 1.01)
      {
        sxsh_pdf_preview_set_zoom (self, zoom_steps[i]);
        return;
      }
}

void
sxsh_pdf_preview_zoom_out (SxshPdfPreview *self)
{
  g_return_if_fail (SXSH_IS_PDF_PREVIEW (self));

  for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
    if (zoom_steps[i - 1] < self->zoom * 0.99)
      {
        sxsh_pdf_preview_set_zoom (self, zoom_steps[i - 1]);
        return;
      }
}

gboolean
sxsh_pdf_preview_get_show_thumbnails (SxshPdfPreview *self)
{
  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), FALSE);

  return self->show_thumbnails;
}

void
sxsh_pdf_preview_set_show_thumbnails (SxshPdfPreview *self,
                                      gboolean        show)
{
  g_return_if_fail (SXSH_IS_PDF_PREVIEW (self));

  show = !!show;
  if (show == self->show_thumbnails)
    return;

  self->show_thumbnails = show;
  gtk_revealer_set_reveal_child (self->thumbnails_revealer, show);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_THUMBNAILS]);
}

/* Whether pages are still being drawn in the worker. */
gboolean
sxsh_pdf_preview_is_rendering (SxshPdfPreview *self)
{
  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), FALSE);

  return self->n_rendering > 0;
}

/**
 * sxsh_pdf_preview_dup_page_label:
 *
 * Returns: (transfer full): "Page 3 of 17", or "" without a document
 */
char *
sxsh_pdf_preview_dup_page_label (SxshPdfPreview *self)
{
  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), NULL);

  if (get_n_pages (self) == 0)
    return g_strdup ("");
  /* Translators: the page shown in the preview of a document. */
  return g_strdup_printf (_("Page %u of %u"), self->current_page + 1, get_n_pages (self));
}

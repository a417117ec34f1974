/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the files of the PDF preview share: the widget itself (layout,
 * zoom, actions), -render.c (drawing pages in a worker thread) and
 * -thumbnails.c (the strip of thumbnails). */

#include <math.h>

#include "sxsh-pdf-preview.h"

G_BEGIN_DECLS

/* Zoom 1 shows a page at its printed size on a 96 dpi screen. */
#define SXSH_PDF_PIXELS_PER_POINT (96.0 / 72.0)
#define SXSH_PDF_PAGE_SPACING     18
#define SXSH_PDF_PAGE_MARGIN      24
#define SXSH_PDF_THUMBNAIL_WIDTH  104
#define SXSH_PDF_MIN_ZOOM         0.25
#define SXSH_PDF_MAX_ZOOM         3.0

typedef struct
{
  double           width;          /* points */
  double           height;
  GtkWidget       *area;           /* owned by the pages box */
  GtkWidget       *thumbnail_area; /* the row showing it, while bound */
  cairo_surface_t *surface;        /* the page at the zoom shown, or NULL */
  cairo_surface_t *thumbnail;
  /* Drawings of the previous version of the document, shown until the
   * new ones arrive. */
  gboolean         surface_stale;
  gboolean         thumbnail_stale;
  /* The sizes asked of the worker, 0 when nothing is asked. */
  int              pending_width;
  int              pending_height;
  int              thumbnail_pending_width;
} SxshPdfPageInfo;

/* The document as the worker sees it (-render.c). */
typedef struct _SxshPdfRenderSource SxshPdfRenderSource;

struct _SxshPdfPreview
{
  AdwBin               parent_instance;

  PopplerDocument     *document;
  SxshPdfRenderSource *source;      /* NULL: pages are drawn here */
  guint                n_rendering; /* asked of the worker, not back yet */
  GArray              *pages;       /* SxshPdfPageInfo */
  double               zoom;
  gboolean             fit_width;
  double               fit_available;
  gboolean             show_thumbnails;
  guint                current_page;

  /* Where the view should stand once the pages have their new sizes: a
   * page and how far down it, kept across a zoom or a new document. */
  gboolean             has_anchor;
  guint                anchor_page;
  gint64               anchor_time;
  double               anchor_fraction;

  GtkStringList       *thumbnail_model;
  GtkSingleSelection  *thumbnail_selection;
  gboolean             syncing_selection;
  guint                sync_thumbnails_id;
  guint                fit_width_id;

  /* Template widgets */
  GtkRevealer         *thumbnails_revealer;
  GtkScrolledWindow   *thumbnails_scroller;
  GtkListView         *thumbnails_view;
  GtkScrolledWindow   *scroller;
  GtkBox              *pages_box;
  GtkWidget           *controls;
  GtkLabel            *zoom_label;
  GtkLabel            *page_label;
};

static inline void
sxsh_pdf_page_info_clear (gpointer data)
{
  SxshPdfPageInfo *info = data;

  g_clear_pointer (&info->surface, cairo_surface_destroy);
  g_clear_pointer (&info->thumbnail, cairo_surface_destroy);
}

static inline SxshPdfPageInfo *
sxsh_pdf_page_at (SxshPdfPreview *self,
                  guint           index)
{
  return &g_array_index (self->pages, SxshPdfPageInfo, index);
}

static inline guint
sxsh_pdf_n_pages (SxshPdfPreview *self)
{
  return self->pages->len;
}

/* While the width is fitted, a page wider than most (a landscape table in
 * a portrait report) is made smaller to fit too. */
static inline double
sxsh_pdf_page_zoom (SxshPdfPreview  *self,
                    SxshPdfPageInfo *info)
{
  if (self->fit_width && self->fit_available > 0)
    return MIN (self->zoom, self->fit_available / (info->width * SXSH_PDF_PIXELS_PER_POINT));
  return self->zoom;
}

static inline int
sxsh_pdf_page_width (SxshPdfPreview  *self,
                     SxshPdfPageInfo *info)
{
  return MAX (1, (int) round (info->width * sxsh_pdf_page_zoom (self, info)
                              * SXSH_PDF_PIXELS_PER_POINT));
}

static inline int
sxsh_pdf_page_height (SxshPdfPreview  *self,
                      SxshPdfPageInfo *info)
{
  return MAX (1, (int) round (info->height * sxsh_pdf_page_zoom (self, info)
                              * SXSH_PDF_PIXELS_PER_POINT));
}

/* Where page @index begins in the scrolled content: the pages' sizes are
 * ours, so their places follow without asking the layout. */
static inline double
sxsh_pdf_page_top (SxshPdfPreview *self,
                   guint           index)
{
  double y = SXSH_PDF_PAGE_MARGIN;

  for (guint i = 0; i < index && i < sxsh_pdf_n_pages (self); i++)
    y += sxsh_pdf_page_height (self, sxsh_pdf_page_at (self, i)) + SXSH_PDF_PAGE_SPACING;
  return y;
}

static inline GtkAdjustment *
sxsh_pdf_vadjustment (SxshPdfPreview *self)
{
  return gtk_scrolled_window_get_vadjustment (self->scroller);
}

SxshPdfRenderSource *sxsh_pdf_render_source_new          (GBytes              *bytes);
void                 sxsh_pdf_render_source_release      (SxshPdfRenderSource *source);
cairo_surface_t     *sxsh_pdf_preview_render_page        (SxshPdfPreview      *self,
                                                          guint                index,
                                                          int                  width,
                                                          int                  height,
                                                          int                  scale_factor);
void                 sxsh_pdf_preview_draw_page          (GtkDrawingArea      *area,
                                                          cairo_t             *cr,
                                                          int                  width,
                                                          int                  height,
                                                          gpointer             user_data);
void                 sxsh_pdf_preview_draw_thumbnail     (GtkDrawingArea      *area,
                                                          cairo_t             *cr,
                                                          int                  width,
                                                          int                  height,
                                                          gpointer             user_data);
int                  sxsh_pdf_preview_thumbnail_height   (SxshPdfPageInfo     *info);
void                 sxsh_pdf_preview_update_rendering   (SxshPdfPreview      *self);
void                 sxsh_pdf_preview_setup_thumbnails   (SxshPdfPreview      *self);
void                 sxsh_pdf_preview_rebuild_thumbnails (SxshPdfPreview      *self);
void                 sxsh_pdf_preview_sync_thumbnails    (SxshPdfPreview      *self);

G_END_DECLS

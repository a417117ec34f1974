/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <poppler.h>

G_BEGIN_DECLS

/* poppler-glib 22.12 declares no automatic cleanup of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#define SXSH_TYPE_PDF_PREVIEW (sxsh_pdf_preview_get_type ())
G_DECLARE_FINAL_TYPE (SxshPdfPreview, sxsh_pdf_preview, SXSH, PDF_PREVIEW, AdwBin)

/* The pages of a PDF document one under the other at the chosen zoom, with
 * their thumbnails in a strip beside them and "Page 3 of 17" over them.
 * Ctrl+plus, Ctrl+minus and Ctrl+0 zoom in, out and to the width of the
 * view. */

SxshPdfPreview  *sxsh_pdf_preview_new                 (void);
gboolean         sxsh_pdf_preview_load_file           (SxshPdfPreview   *self,
                                                       const char       *path,
                                                       GError          **error);
void             sxsh_pdf_preview_set_document        (SxshPdfPreview   *self,
                                                       PopplerDocument  *document);
PopplerDocument *sxsh_pdf_preview_get_document        (SxshPdfPreview   *self);
guint            sxsh_pdf_preview_get_n_pages         (SxshPdfPreview   *self);
guint            sxsh_pdf_preview_get_current_page    (SxshPdfPreview   *self);
void             sxsh_pdf_preview_show_page           (SxshPdfPreview   *self,
                                                       guint             page);
double           sxsh_pdf_preview_get_zoom            (SxshPdfPreview   *self);
void             sxsh_pdf_preview_set_zoom            (SxshPdfPreview   *self,
                                                       double            zoom);
gboolean         sxsh_pdf_preview_get_fit_width       (SxshPdfPreview   *self);
void             sxsh_pdf_preview_set_fit_width       (SxshPdfPreview   *self,
                                                       gboolean          fit_width);
void             sxsh_pdf_preview_zoom_in             (SxshPdfPreview   *self);
void             sxsh_pdf_preview_zoom_out            (SxshPdfPreview   *self);
gboolean         sxsh_pdf_preview_get_show_thumbnails (SxshPdfPreview   *self);
void             sxsh_pdf_preview_set_show_thumbnails (SxshPdfPreview   *self,
                                                       gboolean          show);
char            *sxsh_pdf_preview_dup_page_label      (SxshPdfPreview   *self);
gboolean         sxsh_pdf_preview_is_rendering        (SxshPdfPreview   *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

/*
 * SxshOfficialDocument lays out a Vietnamese official document in the form
 * of Decree 30/2020/NĐ-CP (A4, Times New Roman or Liberation Serif, issuing
 * body and national title in the header, "Nơi nhận" and signature at the
 * end) and writes it as a PDF, or draws its pages on any cairo_t.
 *
 * The document is a flow of blocks appended in order; sxsh_official_document_layout()
 * breaks the flow into pages and sxsh_official_document_draw_page() or
 * sxsh_official_document_write_pdf() renders them.  All lengths in the API
 * are millimetres unless the name says points; drawing happens in points
 * (1/72 inch), one page at a time, with the origin at the page's top left.
 *
 * Text is measured without hinting at 72 units per inch, so a preview, a
 * printout and the PDF break lines and pages alike.  A document belongs to
 * one thread at a time: it can be built and written in a worker thread and
 * handed over afterwards.
 */

#define SXSH_TYPE_OFFICIAL_DOCUMENT (sxsh_official_document_get_type ())

G_DECLARE_FINAL_TYPE (SxshOfficialDocument, sxsh_official_document, SXSH, OFFICIAL_DOCUMENT,
                      GObject)

typedef enum
{
  SXSH_PAGE_PORTRAIT,
  SXSH_PAGE_LANDSCAPE,
} SxshPageOrientation;

typedef enum
{
  SXSH_ALIGN_LEFT,
  SXSH_ALIGN_CENTER,
  SXSH_ALIGN_RIGHT,
  SXSH_ALIGN_JUSTIFY,
} SxshAlign;

/**
 * SxshDrawFunc:
 * @cr: the cairo context, translated so that (0, 0) is the top left of the
 *   reserved box; units are points
 * @width: the box's width in points
 * @height: the box's height in points
 * @data: the caller's data
 *
 * Draws a picture (a chart) into a reserved box.  It is called once per
 * rendering, so the output stays vector in the PDF.
 */
typedef void (*SxshDrawFunc) (cairo_t *cr,
                              double   width,
                              double   height,
                              gpointer data);

/* A block of the flow; owned by the document, valid as long as it is. */
typedef struct _SxshDocumentBlock SxshDocumentBlock;
/* A table of the flow; owned by the document. */
typedef struct _SxshDocumentTable SxshDocumentTable;
/* A page whose content is placed at absolute positions (certificates). */
typedef struct _SxshFreePage SxshFreePage;

SxshOfficialDocument *sxsh_official_document_new (void);

/* Page set-up; call before adding blocks (it applies to the whole document). */
void        sxsh_official_document_set_orientation  (SxshOfficialDocument *self,
                                                     SxshPageOrientation   orientation);
void        sxsh_official_document_set_margins      (SxshOfficialDocument *self,
                                                     double                top_mm,
                                                     double                bottom_mm,
                                                     double                left_mm,
                                                     double                right_mm);
void        sxsh_official_document_set_font_family  (SxshOfficialDocument *self,
                                                     const char           *family);
const char *sxsh_official_document_get_font_family  (SxshOfficialDocument *self);
void        sxsh_official_document_set_body_size    (SxshOfficialDocument *self,
                                                     double                points);
void        sxsh_official_document_set_page_numbers (SxshOfficialDocument *self,
                                                     gboolean              numbered);
void        sxsh_official_document_set_metadata     (SxshOfficialDocument *self,
                                                     const char           *title,
                                                     const char           *author);
/* The text block inside the margins of a page of @orientation, to size
 * pictures and tables. */
void        sxsh_official_document_get_text_area    (SxshOfficialDocument *self,
                                                     SxshPageOrientation   orientation,
                                                     double               *width_mm,
                                                     double               *height_mm);

/* The header: issuing body on the left, national title on the right, the
 * number and the place and date under them.  @superior_body, @number and
 * @date may be NULL; a NULL @date leaves "ngày … tháng … năm …" blank to be
 * filled in by hand. */
SxshDocumentBlock *sxsh_official_document_add_header     (SxshOfficialDocument *self,
                                                          const char           *superior_body,
                                                          const char           *issuing_body,
                                                          const char           *number,
                                                          const char           *place,
                                                          GDate                *date);
/* The document type ("BÁO CÁO") and its subject (may hold '\n'), centred and bold. */
SxshDocumentBlock *sxsh_official_document_add_title      (SxshOfficialDocument *self,
                                                          const char           *document_type,
                                                          const char           *subject);
/* "Kính gửi:" with one addressee inline, or several as a dash list. */
SxshDocumentBlock *sxsh_official_document_add_recipients (SxshOfficialDocument *self,
                                                          const char * const   *addressees);
/* A heading, with its numbering in @text ("I. MỤC ĐÍCH", "1. Kết quả", "a) Tuyên
 * truyền"); level 1 is bold, 2 bold, 3 bold italic.  Kept with what follows. */
SxshDocumentBlock *sxsh_official_document_add_heading    (SxshOfficialDocument *self,
                                                          int                   level,
                                                          const char           *text);
/* A justified paragraph with a first-line indent, from plain text. */
SxshDocumentBlock *sxsh_official_document_add_paragraph  (SxshOfficialDocument *self,
                                                          const char           *text);
/* The same from Pango markup: the caller escapes user text
 * (g_markup_printf_escaped). */
SxshDocumentBlock *sxsh_official_document_add_markup     (SxshOfficialDocument *self,
                                                          const char           *markup);
/* A list item: level 0 starts with "- ", level 1 with "+ ".  Plain text. */
SxshDocumentBlock *sxsh_official_document_add_list_item  (SxshOfficialDocument *self,
                                                          int                   level,
                                                          const char           *text);
SxshDocumentBlock *sxsh_official_document_add_list_item_markup (SxshOfficialDocument *self,
                                                                int                   level,
                                                                const char           *markup);
/* A box of @width_mm × @height_mm (width ≤ 0: the text width), centred,
 * drawn by @draw; @caption (may be NULL) is set under it in italics and kept
 * with it. */
SxshDocumentBlock *sxsh_official_document_add_drawing    (SxshOfficialDocument *self,
                                                          double                width_mm,
                                                          double                height_mm,
                                                          SxshDrawFunc          draw,
                                                          gpointer              data,
                                                          GDestroyNotify        destroy,
                                                          const char           *caption);
/* Vertical space. */
SxshDocumentBlock *sxsh_official_document_add_space      (SxshOfficialDocument *self,
                                                          double                height_mm);
/* "Nơi nhận:" with its list on the left and the signature on the right:
 * @authority ("KT. GIÁM ĐỐC", may be NULL), @title ("PHÓ GIÁM ĐỐC"),
 * @signer (the name, may be NULL).  Kept on one page together with the last
 * lines of the body before it. */
SxshDocumentBlock *sxsh_official_document_add_closing    (SxshOfficialDocument *self,
                                                          const char * const   *distribution,
                                                          const char           *authority,
                                                          const char           *title,
                                                          const char           *signer);
/* Starts a new page. */
void               sxsh_official_document_add_page_break (SxshOfficialDocument *self);
/* Starts a new page whose flow, and that of the pages after it, has @orientation. */
void               sxsh_official_document_add_section    (SxshOfficialDocument *self,
                                                          SxshPageOrientation   orientation);

/* Block options. */
void sxsh_document_block_set_keep_with_next (SxshDocumentBlock *block,
                                             gboolean           keep);
void sxsh_document_block_set_alignment      (SxshDocumentBlock *block,
                                             SxshAlign          align);
void sxsh_document_block_set_font_size      (SxshDocumentBlock *block,
                                             double             points);
/* First-line indent and left indent of every line, in millimetres. */
void sxsh_document_block_set_indent         (SxshDocumentBlock *block,
                                             double             first_line_mm,
                                             double             left_mm);
void sxsh_document_block_set_spacing        (SxshDocumentBlock *block,
                                             double             before_points,
                                             double             after_points);

/* Tables.  @widths are the columns' shares of the text width (they are
 * normalised, so 1, 4, 2 works as well as 0.14, 0.57, 0.29). */
SxshDocumentTable *sxsh_official_document_add_table      (SxshOfficialDocument *self,
                                                          guint                 n_columns,
                                                          const double         *widths);
/* Header rows come first; they are bold, shaded and repeated on every page
 * the table continues on.  @cells holds n_columns plain-text cells (NULL = empty).
 * Both return the row's index (header and body rows count together). */
guint sxsh_document_table_add_header_row     (SxshDocumentTable  *table,
                                              const char * const *cells);
guint sxsh_document_table_add_row            (SxshDocumentTable  *table,
                                              const char * const *cells);
/* Merges a rectangle of cells into its top-left cell; the others' text is
 * dropped.  Merges across rows stay on one page. */
void  sxsh_document_table_merge              (SxshDocumentTable  *table,
                                              guint               row,
                                              guint               column,
                                              guint               n_rows,
                                              guint               n_columns);
void  sxsh_document_table_set_cell_markup    (SxshDocumentTable  *table,
                                              guint               row,
                                              guint               column,
                                              const char         *markup);
void  sxsh_document_table_set_cell_alignment (SxshDocumentTable  *table,
                                              guint               row,
                                              guint               column,
                                              SxshAlign           align);
/* The alignment of a column's body cells (header cells are centred). */
void  sxsh_document_table_set_column_alignment (SxshDocumentTable *table,
                                                guint              column,
                                                SxshAlign          align);
/* A body row in bold (totals). */
void  sxsh_document_table_set_row_bold       (SxshDocumentTable  *table,
                                              guint               row,
                                              gboolean            bold);
void  sxsh_document_table_set_font_size      (SxshDocumentTable  *table,
                                              double              points);
SxshDocumentBlock *sxsh_document_table_get_block (SxshDocumentTable *table);

/* Free pages: nothing flows onto them; the caller places every item.
 * Coordinates are millimetres from the page's top left. */
SxshFreePage *sxsh_official_document_add_free_page (SxshOfficialDocument *self,
                                                    SxshPageOrientation   orientation);
/* A decorative double border @inset_mm from the paper's edge in the colour
 * @rgb (0xRRGGBB). */
void   sxsh_free_page_add_border  (SxshFreePage *page,
                                   double        inset_mm,
                                   guint32       rgb);
/* A text box: Pango markup in @font_points, wrapped to @width_mm and aligned
 * in it.  Returns the box's height in millimetres, so that callers can stack
 * boxes. */
double sxsh_free_page_add_text    (SxshFreePage *page,
                                   double        x_mm,
                                   double        y_mm,
                                   double        width_mm,
                                   double        font_points,
                                   SxshAlign     align,
                                   const char   *markup);
void   sxsh_free_page_add_rule    (SxshFreePage *page,
                                   double        x1_mm,
                                   double        y1_mm,
                                   double        x2_mm,
                                   double        y2_mm,
                                   double        line_points);
void   sxsh_free_page_add_drawing (SxshFreePage *page,
                                   double        x_mm,
                                   double        y_mm,
                                   double        width_mm,
                                   double        height_mm,
                                   SxshDrawFunc  draw,
                                   gpointer      data,
                                   GDestroyNotify destroy);
void   sxsh_free_page_get_size    (SxshFreePage *page,
                                   double       *width_mm,
                                   double       *height_mm);

/* Output.  layout() breaks the flow into pages (the other calls do it when
 * the document changed) and returns the page count. */
guint    sxsh_official_document_layout         (SxshOfficialDocument *self);
guint    sxsh_official_document_get_n_pages    (SxshOfficialDocument *self);
/* The size of page @page (0-based) in points. */
void     sxsh_official_document_get_page_size  (SxshOfficialDocument *self,
                                                guint                 page,
                                                double               *width_points,
                                                double               *height_points);
/* Draws page @page (0-based) in points with the origin at its top left; the
 * caller scales for a preview. */
void     sxsh_official_document_draw_page      (SxshOfficialDocument *self,
                                                cairo_t              *cr,
                                                guint                 page);
gboolean sxsh_official_document_write_pdf      (SxshOfficialDocument *self,
                                                const char           *path,
                                                guint                *n_pages,
                                                GError              **error);

G_END_DECLS

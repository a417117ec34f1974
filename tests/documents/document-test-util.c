/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <math.h>
#include <string.h>

#include "document-test-util.h"
#include "sxsh-reference.h"
#include "sxsh-sample.h"
#include "sxsh-settings.h"
#include "sxsh-test-util.h"

/* Returns: (transfer full): a database holding the sample province of
 * @n_facilities facilities (seed 2340) and a signer's name */
SxshDatabase *
doc_test_sample_db (const char *tmpdir,
                    guint       n_facilities)
{
  g_autoptr(GError) error = NULL;
  SxshDatabase *db = sxsh_test_open_db (tmpdir);

  g_assert_true (sxsh_reference_load (db, &error));
  g_assert_no_error (error);
  g_assert_true (sxsh_sample_generate (db, n_facilities, SXSH_SAMPLE_DEFAULT_SEED, &error));
  g_assert_no_error (error);
  g_assert_true (sxsh_settings_set (db, SXSH_SETTING_SIGNER_NAME, DOC_TEST_SIGNER, &error));
  g_assert_no_error (error);
  return db;
}

PopplerDocument *
doc_test_open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *pdf;

  g_assert_no_error (error);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  return pdf;
}

/* The page's text with every run of white space made one space: poppler
 * breaks lines where the layout did, and sentences are searched whole. */
char *
doc_test_page_text (PopplerDocument *pdf,
                    int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, index);
  g_autofree char *text = poppler_page_get_text (page);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

gboolean
doc_test_page_contains (PopplerDocument *pdf,
                        int              page,
                        const char      *needle)
{
  g_autofree char *text = doc_test_page_text (pdf, page);

  return strstr (text, needle) != NULL;
}

/* The first page from @from on where @needle is, or -1. */
int
doc_test_find_page (PopplerDocument *pdf,
                    const char      *needle,
                    int              from)
{
  for (int i = MAX (from, 0); i < poppler_document_get_n_pages (pdf); i++)
    if (doc_test_page_contains (pdf, i, needle))
      return i;
  return -1;
}

/* Every page is an A4 sheet, upright or across. */
void
doc_test_assert_a4 (PopplerDocument *pdf)
{
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);
      double w, h;

      poppler_page_get_size (page, &w, &h);
      g_assert_cmpfloat (fabs (MIN (w, h) - 210 * DOC_TEST_PT_PER_MM), <, 1);
      g_assert_cmpfloat (fabs (MAX (w, h) - 297 * DOC_TEST_PT_PER_MM), <, 1);
    }
}

/* Every character's box lies inside the margins; from page 2 on, only the
 * page number may be in the top margin, centred over the text block. */
void
doc_test_assert_inside_margins (PopplerDocument *pdf,
                                double           top_mm,
                                double           bottom_mm,
                                double           left_mm,
                                double           right_mm,
                                gboolean         numbered)
{
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);
      g_autofree PopplerRectangle *rects = NULL;
      g_autofree char *text = poppler_page_get_text (page);
      const char *p = text;
      guint n = 0;
      double w, h, mm = DOC_TEST_PT_PER_MM;

      poppler_page_get_size (page, &w, &h);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n));
      for (guint k = 0; k < n; k++, p = *p ? g_utf8_next_char (p) : p)
        {
          PopplerRectangle *r = &rects[k];

          if (*p && g_unichar_isspace (g_utf8_get_char (p)))
            continue;
          if (numbered && i > 0 && r->y2 <= top_mm * mm + 0.5)
            {
              double centre = (left_mm + (w / mm - left_mm - right_mm) / 2) * mm;

              g_assert_cmpfloat (fabs ((r->x1 + r->x2) / 2 - centre), <, 20);
              g_assert_true (g_ascii_isdigit (*p));
              continue;
            }
          if (r->x1 < left_mm * mm - 1 || r->x2 > w - right_mm * mm + 1
              || r->y1 < top_mm * mm - 1 || r->y2 > h - bottom_mm * mm + 1)
            g_error ("page %d: “%.8s” at (%.1f, %.1f)–(%.1f, %.1f) is outside the margins",
                     i + 1, p, r->x1, r->y1, r->x2, r->y2);
        }
    }
}

/* Keeps a copy of @path beside the test binaries, to be looked at. */
void
doc_test_keep_file (const char *path,
                    const char *name)
{
  g_autofree char *contents = NULL;
  gsize length;
  const char *dir = g_getenv ("G_TEST_BUILDDIR");
  g_autofree char *copy = g_build_filename (dir ? dir : ".", name, NULL);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
}

/* Renders a page on white at @dpi and keeps it as a PNG artifact. */
void
doc_test_keep_page_png (PopplerDocument *pdf,
                        int              index,
                        double           dpi,
                        const char      *name)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, index);
  const char *dir = g_getenv ("G_TEST_BUILDDIR");
  g_autofree char *path = g_build_filename (dir ? dir : ".", name, NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  double w, h, scale = dpi / 72.0;

  poppler_page_get_size (page, &w, &h);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (w * scale),
                                        (int) ceil (h * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render_for_printing (page, cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

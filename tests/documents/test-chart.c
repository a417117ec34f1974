/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <poppler.h>

#include "sxsh-chart.h"
#include "sxsh-test-util.h"

/* poppler-glib 22.12 declares no automatic cleanup of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

/* Rendering helpers */

static char *
artifact_path (const char *name)
{
  const char *dir = g_getenv ("G_TEST_BUILDDIR");

  return g_build_filename (dir ? dir : ".", name, NULL);
}

/* Draws @chart on white at @width × @height and keeps a PNG of it beside
 * the test. */
static cairo_surface_t *
render (SxshChart  *chart,
        int         width,
        int         height,
        const char *name)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *path = artifact_path (name);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  sxsh_chart_draw (chart, cr, 0, 0, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

static gboolean
color_near (guint32 a,
            guint32 b,
            int     tolerance)
{
  for (int shift = 0; shift <= 16; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > tolerance)
      return FALSE;
  return TRUE;
}

static guint
count_color (cairo_surface_t *surface,
             guint32          rgb,
             int              tolerance)
{
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);
  guint n = 0;

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      n += color_near (pixel (surface, x, y), rgb, tolerance);
  return n;
}

static guint
count_not_white (cairo_surface_t *surface)
{
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);
  guint n = 0;

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      n += !color_near (pixel (surface, x, y), 0xffffff, 30);
  return n;
}

/* The chart's text as a PDF reader sees it, whitespace collapsed. */
static char *
pdf_text (SxshChart *chart,
          double     width,
          double     height)
{
  g_autofree char *tmpdir = sxsh_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmpdir, "chart.pdf", NULL);
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) words = NULL;
  cairo_surface_t *surface = cairo_pdf_surface_create (path, width, height);
  cairo_t *cr = cairo_create (surface);

  sxsh_chart_draw (chart, cr, 0, 0, width, height);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  uri = g_filename_to_uri (path, NULL, NULL);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (pdf, 0);
  text = poppler_page_get_text (page);
  sxsh_test_remove_tree (tmpdir);
  words = g_strsplit_set (text, " \n\t", -1);
  {
    g_autoptr(GString) out = g_string_new (NULL);

    for (int i = 0; words[i]; i++)
      if (*words[i])
        g_string_append_printf (out, "%s%s", out->len ? " " : "", words[i]);
    return g_string_free (g_steal_pointer (&out), FALSE);
  }
}

typedef struct
{
  guint hits;
  guint colored;
  double sum_x;
  double sum_y;
  int min_x, max_x;
  double value;
} Region;

/* Hit-tests every @step-th position and gathers, per series × category,
 * where the hits of @kind fall and how many of them are on pixels of the
 * series' colour. */
static Region *
scan_hits (SxshChart        *chart,
           cairo_surface_t  *surface,
           SxshChartHitKind  kind,
           int               step)
{
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);
  guint n_series = sxsh_chart_get_n_series (chart);
  guint n_categories = sxsh_chart_get_n_categories (chart);
  Region *regions = g_new0 (Region, n_series * n_categories);

  for (guint i = 0; i < n_series * n_categories; i++)
    {
      regions[i].min_x = G_MAXINT;
      regions[i].max_x = G_MININT;
    }
  for (int y = 0; y < h; y += step)
    for (int x = 0; x < w; x += step)
      {
        SxshChartHit hit;
        Region *region;

        if (!sxsh_chart_hit_test (chart, w, h, x + 0.5, y + 0.5, &hit) || hit.kind != kind)
          continue;
        g_assert_cmpint (hit.series, >=, 0);
        g_assert_cmpint (hit.series, <, (int) n_series);
        g_assert_cmpint (hit.category, >=, 0);
        g_assert_cmpint (hit.category, <, (int) n_categories);
        region = &regions[hit.series * n_categories + hit.category];
        region->hits++;
        region->colored += color_near (pixel (surface, x, y),
                                       sxsh_chart_get_series_color (chart, hit.series), 40);
        region->sum_x += x;
        region->sum_y += y;
        region->min_x = MIN (region->min_x, x);
        region->max_x = MAX (region->max_x, x);
        region->value = hit.value;
      }
  return regions;
}

/* Charts */

static const char *years[] = { "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023",
                               "2024", "2025", "2026", NULL };

static SxshChart *
make_line_chart (void)
{
  static const double informed[] = { 42, 51, 60, 68, 74, 79, 83, 86, 88, 90, 92 };
  static const double applying[] = { 12, 15, 19, 24, 28, 31, NAN, 38, 41, 44, 47.5 };
  static const double saving[] = { 2, 4, 7, 10, 13, 16, NAN, 20, 23, 26, 29 };
  static const double unit[] = { 22, 27, 33, 40, 47, 54, 60, 65, 69, 72, 76 };
  SxshChart *chart = sxsh_chart_new (SXSH_CHART_LINE);

  sxsh_chart_set_categories (chart, years);
  sxsh_chart_add_series (chart, "Được tuyên truyền", informed, G_N_ELEMENTS (informed));
  sxsh_chart_add_series (chart, "Áp dụng SXSH", applying, G_N_ELEMENTS (applying));
  sxsh_chart_add_series (chart, "Áp dụng, tiết kiệm ≥ 8%", saving, G_N_ELEMENTS (saving));
  sxsh_chart_add_series (chart, "Có bộ phận chuyên trách", unit, G_N_ELEMENTS (unit));
  sxsh_chart_set_series_target (chart, 0, 90);
  sxsh_chart_set_series_target (chart, 1, 50);
  sxsh_chart_set_series_target (chart, 2, 50);
  sxsh_chart_set_series_target (chart, 3, 90);
  sxsh_chart_set_title (chart, "Kết quả thực hiện các chỉ tiêu");
  sxsh_chart_set_axis_titles (chart, "Năm", "Tỷ lệ cơ sở (%)");
  return chart;
}

static const char *sector_names[] = {
  "Chế biến mủ cao su", "Chế biến gỗ",
  "Chế biến tinh bột sắn và các sản phẩm khác từ củ sắn tươi của vùng Tây Nguyên",
  "Sản xuất đường", "Gạch, ngói", "Khai thác khoáng sản", NULL,
};

static SxshChart *
make_bar_chart (gboolean horizontal)
{
  static const double applying[] = { 14, 9, 12, 3, 20, 2 };
  static const double informed[] = { 8, 11, 6, 2, 15, 5 };
  static const double neither[] = { 3, 6, 2, 1, 9, 4 };
  SxshChart *chart = sxsh_chart_new (SXSH_CHART_STACKED_BAR);

  sxsh_chart_set_categories (chart, sector_names);
  sxsh_chart_add_series (chart, "Áp dụng SXSH", applying, G_N_ELEMENTS (applying));
  sxsh_chart_add_series (chart, "Chỉ được tuyên truyền", informed, G_N_ELEMENTS (informed));
  sxsh_chart_add_series (chart, "Chưa tiếp cận", neither, G_N_ELEMENTS (neither));
  sxsh_chart_set_series_color (chart, 0, SXSH_CHART_COLOR_BLUE);
  sxsh_chart_set_series_color (chart, 1, SXSH_CHART_COLOR_LIGHT_BLUE);
  sxsh_chart_set_series_color (chart, 2, SXSH_CHART_COLOR_NEUTRAL);
  sxsh_chart_set_horizontal (chart, horizontal);
  sxsh_chart_set_title (chart, "Cơ sở theo ngành");
  return chart;
}

static const char *bins[] = { "< 0", "0–4", "4–8", "8–13", "13–18", "> 18", NULL };

static SxshChart *
make_histogram (void)
{
  static const double counts[] = { 3, 11, 17, 24, 9, 4 };
  SxshChart *chart = sxsh_chart_new (SXSH_CHART_HISTOGRAM);

  sxsh_chart_set_categories (chart, bins);
  sxsh_chart_add_series (chart, "Số cơ sở", counts, G_N_ELEMENTS (counts));
  sxsh_chart_set_band (chart, 3, 3, "Mục tiêu 8–13%");
  sxsh_chart_set_axis_titles (chart, "Mức tiết kiệm năng lượng (%)", "Số cơ sở");
  return chart;
}

/* Tests */

static void
test_line (void)
{
  g_autoptr(SxshChart) chart = make_line_chart ();
  struct { int w, h; const char *name; } sizes[] = {
    { 300, 200, "chart-line-card.png" },
    { 454, 255, "chart-line-print.png" },
  };

  g_assert_false (sxsh_chart_is_empty (chart));
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *surface = render (chart, sizes[i].w, sizes[i].h, sizes[i].name);
      g_autofree Region *regions = NULL;
      guint n_categories = sxsh_chart_get_n_categories (chart);

      g_assert_cmpuint (count_not_white (surface), >, 2000);
      for (guint s = 0; s < 4; s++)
        g_assert_cmpuint (count_color (surface, sxsh_chart_get_series_color (chart, s), 30), >,
                          60);

      /* Every point with a value answers the hit test with its value and
       * lies on its series' colour; missing values answer nothing. */
      regions = scan_hits (chart, surface, SXSH_CHART_HIT_POINT, 2);
      for (guint s = 0; s < 4; s++)
        for (guint c = 0; c < n_categories; c++)
          {
            Region *r = &regions[s * n_categories + c];
            double v = sxsh_chart_get_value (chart, s, c);

            if (isnan (v))
              {
                g_assert_cmpuint (r->hits, ==, 0);
                continue;
              }
            g_assert_cmpuint (r->hits, >, 0);
            g_assert_cmpfloat (r->value, ==, v);
            g_assert_true (color_near (pixel (surface, (int) round (r->sum_x / r->hits),
                                              (int) round (r->sum_y / r->hits)),
                                       sxsh_chart_get_series_color (chart, s), 60));
          }
      cairo_surface_destroy (surface);
    }

  /* Points further right are later years. */
  {
    SxshChartHit left, right;

    g_assert_true (sxsh_chart_hit_test (chart, 300, 200, 60, 100, &left));
    g_assert_true (sxsh_chart_hit_test (chart, 300, 200, 240, 100, &right));
    g_assert_cmpint (left.category, <, right.category);
  }
}

static void
test_stacked_bar (void)
{
  for (int horizontal = 1; horizontal >= 0; horizontal--)
    {
      g_autoptr(SxshChart) chart = make_bar_chart (horizontal);
      cairo_surface_t *surface = render (chart, 300, 200,
                                         horizontal ? "chart-bars-card.png"
                                                    : "chart-bars-vertical-card.png");
      cairo_surface_t *print = render (chart, 454, 255,
                                       horizontal ? "chart-bars-print.png"
                                                  : "chart-bars-vertical-print.png");
      g_autofree Region *regions = NULL;
      guint n_categories = sxsh_chart_get_n_categories (chart);

      for (guint s = 0; s < 3; s++)
        {
          g_assert_cmpuint (count_color (surface, sxsh_chart_get_series_color (chart, s), 20), >,
                            150);
          g_assert_cmpuint (count_color (print, sxsh_chart_get_series_color (chart, s), 20), >,
                            300);
        }

      regions = scan_hits (chart, surface, SXSH_CHART_HIT_SEGMENT, 1);
      for (guint c = 0; c < n_categories; c++)
        for (guint s = 0; s < 3; s++)
          {
            Region *r = &regions[s * n_categories + c];

            g_assert_cmpuint (r->hits, >, 0);
            g_assert_cmpfloat (r->value, ==, sxsh_chart_get_value (chart, s, c));
            /* The part answering is the part drawn there (labels aside). */
            g_assert_cmpfloat ((double) r->colored / r->hits, >, 0.6);
          }
      if (horizontal)
        {
          /* Lengths follow the counts: 20 and 15 in the fifth bar. */
          Region *a = &regions[0 * n_categories + 4];
          Region *b = &regions[1 * n_categories + 4];
          double ratio = (double) (a->max_x - a->min_x + 1) / (b->max_x - b->min_x + 1);

          g_assert_cmpfloat (fabs (ratio - 20.0 / 15.0), <, 0.15);
        }

      /* Outside the parts but in a bar's band: the category and its total. */
      {
        SxshChartHit hit;
        gboolean found = FALSE;

        for (int x = 0; x < 300 && !found; x++)
          for (int y = 0; y < 200 && !found; y++)
            if (sxsh_chart_hit_test (chart, 300, 200, x, y, &hit)
                && hit.kind == SXSH_CHART_HIT_CATEGORY && hit.category == 4)
              {
                found = TRUE;
                g_assert_cmpint (hit.series, ==, -1);
                g_assert_cmpfloat (hit.value, ==, 20 + 15 + 9);
              }
        g_assert_true (found);
      }
      cairo_surface_destroy (surface);
      cairo_surface_destroy (print);
    }
}

static void
test_histogram (void)
{
  g_autoptr(SxshChart) chart = make_histogram ();
  cairo_surface_t *surface = render (chart, 300, 200, "chart-histogram-card.png");
  cairo_surface_t *print = render (chart, 454, 255, "chart-histogram-print.png");
  g_autofree Region *regions = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpuint (count_color (surface, sxsh_chart_get_series_color (chart, 0), 20), >, 1000);
  /* The band's light amber shade. */
  g_assert_cmpuint (count_color (surface, 0xF7E9CC, 6), >, 300);

  regions = scan_hits (chart, surface, SXSH_CHART_HIT_BIN, 2);
  for (guint c = 0; c < 6; c++)
    {
      g_assert_cmpuint (regions[c].hits, >, 0);
      g_assert_cmpfloat (regions[c].value, ==, sxsh_chart_get_value (chart, 0, c));
    }
  /* Bins run left to right. */
  for (guint c = 1; c < 6; c++)
    g_assert_cmpfloat (regions[c].sum_x / regions[c].hits, >,
                       regions[c - 1].sum_x / regions[c - 1].hits);

  text = pdf_text (chart, 454, 255);
  g_assert_nonnull (strstr (text, "Mục tiêu 8–13%"));
  g_assert_nonnull (strstr (text, "13–18"));
  g_assert_nonnull (strstr (text, "Mức tiết kiệm năng lượng (%)"));
  cairo_surface_destroy (surface);
  cairo_surface_destroy (print);
}

static void
test_text_and_numbers (void)
{
  g_autoptr(SxshChart) line = make_line_chart ();
  g_autoptr(SxshChart) bars = sxsh_chart_new (SXSH_CHART_STACKED_BAR);
  const char *units[] = { "Thành phố Kon Tum", "Huyện Ia H'Drai", NULL };
  const double big[] = { 1234, 56 };
  g_autofree char *text = NULL;
  g_autofree char *bar_text = NULL;
  g_autofree char *formatted = NULL;

  text = pdf_text (line, 454, 255);
  g_assert_nonnull (strstr (text, "Kết quả thực hiện các chỉ tiêu"));
  g_assert_nonnull (strstr (text, "Tỷ lệ cơ sở (%)"));
  g_assert_nonnull (strstr (text, "100%"));
  g_assert_nonnull (strstr (text, "90%"));
  g_assert_nonnull (strstr (text, "2016"));
  g_assert_nonnull (strstr (text, "Có bộ phận chuyên trách"));
  g_assert_nonnull (strstr (text, "Mục tiêu"));
  formatted = sxsh_chart_format_value (line, 47.5);
  g_assert_cmpstr (formatted, ==, "47,5%");

  sxsh_chart_set_categories (bars, units);
  sxsh_chart_add_series (bars, "Số cơ sở", big, 2);
  bar_text = pdf_text (bars, 454, 255);
  g_assert_nonnull (strstr (bar_text, "1.234"));
  g_assert_nonnull (strstr (bar_text, "Huyện Ia H'Drai"));
}

static void
test_empty (void)
{
  g_autoptr(SxshChart) line = sxsh_chart_new (SXSH_CHART_LINE);
  g_autoptr(SxshChart) bars = sxsh_chart_new (SXSH_CHART_STACKED_BAR);
  g_autoptr(SxshChart) histogram = sxsh_chart_new (SXSH_CHART_HISTOGRAM);
  const double zeros[] = { 0, 0, 0, 0, 0, 0 };
  const double gaps[] = { NAN, NAN };
  SxshChartHit hit;
  cairo_surface_t *surface;
  g_autofree char *text = NULL;

  sxsh_chart_set_title (line, "Tỷ lệ");
  surface = render (line, 300, 200, "chart-empty.png");
  g_assert_cmpuint (count_not_white (surface), >, 50);
  cairo_surface_destroy (surface);
  text = pdf_text (line, 300, 200);
  g_assert_nonnull (strstr (text, "Không có dữ liệu"));
  g_assert_false (sxsh_chart_hit_test (line, 300, 200, 150, 100, &hit));
  g_assert_cmpint (hit.kind, ==, SXSH_CHART_HIT_NONE);

  /* Years with no value at all are no data either. */
  sxsh_chart_set_categories (line, years);
  sxsh_chart_add_series (line, "A", gaps, 2);
  g_assert_true (sxsh_chart_is_empty (line));

  sxsh_chart_set_categories (bars, sector_names);
  sxsh_chart_add_series (bars, "Áp dụng", zeros, 6);
  g_assert_true (sxsh_chart_is_empty (bars));
  g_clear_pointer (&text, g_free);
  text = pdf_text (bars, 300, 200);
  g_assert_nonnull (strstr (text, "Không có dữ liệu"));

  sxsh_chart_set_categories (histogram, bins);
  g_assert_true (sxsh_chart_is_empty (histogram));
  surface = render (histogram, 300, 200, "chart-histogram-empty.png");
  cairo_surface_destroy (surface);

  /* Degenerate sizes draw nothing and do not fail. */
  surface = render (line, 1, 1, "chart-tiny.png");
  cairo_surface_destroy (surface);
  g_assert_false (sxsh_chart_hit_test (line, 0, 0, 0, 0, NULL));

  sxsh_chart_set_empty_text (bars, "No data");
  g_clear_pointer (&text, g_free);
  text = pdf_text (bars, 300, 200);
  g_assert_nonnull (strstr (text, "No data"));
}

/* Grayscale prints keep the palette apart. */
static void
test_palette_lightness (void)
{
  guint32 colors[] = { sxsh_chart_palette_color (0), sxsh_chart_palette_color (1),
                       sxsh_chart_palette_color (2), sxsh_chart_palette_color (3),
                       SXSH_CHART_COLOR_NEUTRAL };

  for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
    for (guint j = i + 1; j < G_N_ELEMENTS (colors); j++)
      {
        double li = 0.299 * ((colors[i] >> 16) & 0xff) + 0.587 * ((colors[i] >> 8) & 0xff)
                    + 0.114 * (colors[i] & 0xff);
        double lj = 0.299 * ((colors[j] >> 16) & 0xff) + 0.587 * ((colors[j] >> 8) & 0xff)
                    + 0.114 * (colors[j] & 0xff);

        g_assert_cmpfloat (fabs (li - lj), >=, 18);
      }
}

static void
test_legend_hit (void)
{
  g_autoptr(SxshChart) chart = make_line_chart ();
  gboolean seen[5] = { FALSE };

  for (int y = 150; y < 200; y++)
    for (int x = 0; x < 300; x++)
      {
        SxshChartHit hit;

        if (sxsh_chart_hit_test (chart, 300, 200, x, y, &hit) && hit.kind == SXSH_CHART_HIT_LEGEND)
          seen[hit.series + 1] = TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (seen); i++)
    g_assert_true (seen[i]);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sxsh/chart/line", test_line);
  g_test_add_func ("/sxsh/chart/stacked-bar", test_stacked_bar);
  g_test_add_func ("/sxsh/chart/histogram", test_histogram);
  g_test_add_func ("/sxsh/chart/text-and-numbers", test_text_and_numbers);
  g_test_add_func ("/sxsh/chart/empty", test_empty);
  g_test_add_func ("/sxsh/chart/palette-lightness", test_palette_lightness);
  g_test_add_func ("/sxsh/chart/legend-hit", test_legend_hit);

  return g_test_run ();
}

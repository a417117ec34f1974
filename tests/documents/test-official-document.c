/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <poppler.h>

#include "sxsh-chart.h"
#include "sxsh-error.h"
#include "sxsh-official-document.h"
#include "sxsh-test-util.h"

/* poppler-glib 22.12 declares no automatic cleanup of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#define PT_PER_MM (72.0 / 25.4)
#define N_TABLE_ROWS 70
#define DIACRITICS "Ơ Ư ạ ậ ặ ễ ỹ đ Đ"

typedef struct
{
  char *tmpdir;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  fixture->tmpdir = sxsh_test_make_tmpdir ();
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  sxsh_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

/* PDF reading */

static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *pdf;

  g_assert_no_error (error);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  return pdf;
}

/* The page's text with every run of white space made one space. */
static char *
page_text (PopplerDocument *pdf,
           int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, index);
  g_autofree char *text = poppler_page_get_text (page);
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
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
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
page_contains (PopplerDocument *pdf,
               int              index,
               const char      *needle)
{
  g_autofree char *text = page_text (pdf, index);

  return strstr (text, needle) != NULL;
}

/* The page on which @needle is found first, or -1. */
static int
find_page (PopplerDocument *pdf,
           const char      *needle)
{
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    if (page_contains (pdf, i, needle))
      return i;
  return -1;
}

/* The characters whose boxes lie in the top margin. */
static char *
top_margin_text (PopplerDocument *pdf,
                 int              index,
                 double           top_mm)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, index);
  g_autofree PopplerRectangle *rects = NULL;
  g_autofree char *text = poppler_page_get_text (page);
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = text;
  guint n = 0;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n));
  for (guint k = 0; k < n && *p; k++, p = g_utf8_next_char (p))
    if ((rects[k].y1 + rects[k].y2) / 2 < top_mm * PT_PER_MM)
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_strstrip (g_string_free (g_steal_pointer (&out), FALSE));
}

/* Where @needle is on the page, in points from the top left. */
static gboolean
find_rect (PopplerDocument  *pdf,
           int               index,
           const char       *needle,
           PopplerRectangle *rect)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, index);
  GList *found = poppler_page_find_text (page, needle);
  double w, h;

  if (found == NULL)
    return FALSE;
  poppler_page_get_size (page, &w, &h);
  *rect = *(PopplerRectangle *) found->data;
  /* find_text counts y from the bottom. */
  rect->y1 = h - ((PopplerRectangle *) found->data)->y2;
  rect->y2 = h - ((PopplerRectangle *) found->data)->y1;
  g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
  return TRUE;
}

/* Every character box of every page lies inside the margins, except the
 * page number in the top margin from page 2 on. */
static void
assert_text_inside_margins (PopplerDocument *pdf,
                            double           top_mm,
                            double           bottom_mm,
                            double           left_mm,
                            double           right_mm)
{
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);
      g_autofree PopplerRectangle *rects = NULL;
      g_autofree char *text = poppler_page_get_text (page);
      guint n = 0;
      double w, h;
      const char *p = text;

      poppler_page_get_size (page, &w, &h);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n));
      for (guint k = 0; k < n; k++, p = *p ? g_utf8_next_char (p) : p)
        {
          PopplerRectangle *r = &rects[k];
          gboolean in_top_margin = r->y2 <= top_mm * PT_PER_MM + 0.5;

          if (*p && g_unichar_isspace (g_utf8_get_char (p)))
            continue;
          if (in_top_margin && i > 0)
            {
              /* The page number, centred over the text block. */
              g_assert_cmpfloat (fabs ((r->x1 + r->x2) / 2
                                       - (left_mm + (w / PT_PER_MM - left_mm - right_mm) / 2)
                                           * PT_PER_MM), <, 20);
              continue;
            }
          if (r->x1 < left_mm * PT_PER_MM - 1 || r->x2 > w - right_mm * PT_PER_MM + 1
              || r->y1 < top_mm * PT_PER_MM - 1 || r->y2 > h - bottom_mm * PT_PER_MM + 1)
            g_error ("page %d: “%s” at (%.1f, %.1f)–(%.1f, %.1f) is outside the margins", i + 1,
                     g_strndup (p, g_utf8_next_char (p) - p), r->x1, r->y1, r->x2, r->y2);
        }
    }
}

/* Renders a page of the document on an image and counts dark pixels
 * outside the text block (lines and shading included, not only text). */
static guint
count_ink_outside (SxshOfficialDocument *doc,
                   guint                 page,
                   double                top_mm,
                   double                bottom_mm,
                   double                left_mm,
                   double                right_mm)
{
  double w, h;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint outside = 0;
  int stride;
  guchar *data;

  sxsh_official_document_get_page_size (doc, page, &w, &h);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (w), (int) ceil (h));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  sxsh_official_document_draw_page (doc, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < (int) h; y++)
    for (int x = 0; x < (int) w; x++)
      {
        guint32 px = *(guint32 *) (data + y * stride + x * 4);
        gboolean dark = ((px >> 16) & 0xff) < 200 || ((px >> 8) & 0xff) < 200 || (px & 0xff) < 200;
        gboolean inside = x >= left_mm * PT_PER_MM - 1 && x <= w - right_mm * PT_PER_MM + 1
                          && y >= top_mm * PT_PER_MM - 1 && y <= h - bottom_mm * PT_PER_MM + 1;

        /* The page number band of the top margin. */
        if (page > 0 && y < top_mm * PT_PER_MM && fabs (x - w / 2) < 40)
          continue;
        if (dark && !inside)
          {
            if (outside < 5)
              g_test_message ("page %u: ink outside the margins at (%d, %d)", page + 1, x, y);
            outside++;
          }
      }
  cairo_surface_destroy (surface);
  return outside;
}

/* Keeps a copy of @path beside the test, to be looked at. */
static void
keep_artifact (const char *path,
               const char *name)
{
  g_autofree char *contents = NULL;
  gsize length;
  g_autofree char *copy = g_build_filename (g_getenv ("G_TEST_BUILDDIR")
                                            ? g_getenv ("G_TEST_BUILDDIR") : ".", name, NULL);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
}

/* The sample report */

static SxshChart *
make_line_chart (void)
{
  static const char *years[] = { "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023",
                                 "2024", "2025", "2026", NULL };
  static const double informed[] = { 42, 51, 60, 68, 74, 79, 83, 86, 88, 90, 92 };
  static const double applying[] = { 12, 15, 19, 24, 28, 31, NAN, 38, 41, 44, 47 };
  static const double saving[] = { 5, 7, 9, 12, 15, 18, NAN, 22, 25, 28, 31 };
  static const double unit[] = { 20, 24, 30, 37, 45, 52, 58, 63, 67, 70, 74 };
  SxshChart *chart = sxsh_chart_new (SXSH_CHART_LINE);

  sxsh_chart_set_categories (chart, years);
  sxsh_chart_add_series (chart, "Được tuyên truyền", informed, G_N_ELEMENTS (informed));
  sxsh_chart_add_series (chart, "Áp dụng SXSH", applying, G_N_ELEMENTS (applying));
  sxsh_chart_add_series (chart, "Áp dụng và tiết kiệm ≥ 8%", saving, G_N_ELEMENTS (saving));
  sxsh_chart_add_series (chart, "Có bộ phận chuyên trách", unit, G_N_ELEMENTS (unit));
  sxsh_chart_set_series_target (chart, 0, 90);
  sxsh_chart_set_series_target (chart, 1, 50);
  sxsh_chart_set_series_target (chart, 2, 50);
  sxsh_chart_set_series_target (chart, 3, 90);
  sxsh_chart_set_axis_titles (chart, "Năm", "Tỷ lệ cơ sở (%)");
  sxsh_chart_set_font (chart, "Liberation Serif", 9.5);
  return chart;
}

static const char *districts[] = {
  "Thành phố Kon Tum", "Huyện Đắk Glei", "Huyện Đắk Hà", "Huyện Đắk Tô", "Huyện Ia H'Drai",
  "Huyện Kon Plông", "Huyện Kon Rẫy", "Huyện Ngọc Hồi", "Huyện Sa Thầy", "Huyện Tu Mơ Rông",
};

static const char *sectors[] = {
  "Chế biến mủ cao su", "Chế biến gỗ", "Chế biến tinh bột sắn", "Sản xuất đường",
  "Sản xuất gạch, ngói", "Khai thác khoáng sản",
};

static SxshOfficialDocument *
build_sample (gboolean with_chart)
{
  SxshOfficialDocument *doc = sxsh_official_document_new ();
  const char *addressees[] = { "Bộ Công Thương;", "Ủy ban nhân dân tỉnh Kon Tum.", NULL };
  const char *distribution[] = { "Như trên;", "Vụ Khoa học và Công nghệ - Bộ Công Thương;",
                                 "Giám đốc Sở (b/c);", "Các Phó Giám đốc Sở;",
                                 "Lưu: VT, QLCN.", NULL };
  const double widths[] = { 0.07, 0.33, 0.2, 0.14, 0.09, 0.08, 0.09 };
  const char *header1[] = { "STT", "Tên cơ sở sản xuất", "Địa bàn", "Ngành", "Tình trạng năm 2026",
                            NULL, "Tiết kiệm (%)" };
  const char *header2[] = { NULL, NULL, NULL, NULL, "Nhận thức", "Áp dụng", NULL };
  SxshDocumentTable *table;
  GDate date;
  guint total_row;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 5, 12, 2026);
  sxsh_official_document_set_metadata (doc, "Báo cáo SXSH năm 2026", "Sở Công Thương tỉnh Kon Tum");
  sxsh_official_document_add_header (doc, "UBND TỈNH KON TUM", "SỞ CÔNG THƯƠNG", "123/BC-SCT",
                                     "Kon Tum", &date);
  sxsh_official_document_add_title (doc, "BÁO CÁO",
                                    "Kết quả thực hiện Chiến lược sản xuất sạch hơn trong công "
                                    "nghiệp năm 2026 trên địa bàn tỉnh Kon Tum");
  sxsh_official_document_add_recipients (doc, addressees);
  sxsh_official_document_add_paragraph (
    doc, "Thực hiện Kế hoạch số 2340/KH-UBND ngày 26/9/2016 của Ủy ban nhân dân tỉnh Kon Tum về "
         "thực hiện Chiến lược sản xuất sạch hơn trong công nghiệp giai đoạn 2016 - 2020 trên địa "
         "bàn tỉnh Kon Tum, Sở Công Thương báo cáo kết quả thực hiện năm 2026 như sau:");
  sxsh_official_document_add_heading (doc, 1, "I. KẾT QUẢ THỰC HIỆN");
  sxsh_official_document_add_heading (doc, 2, "1. Công tác tuyên truyền, nâng cao nhận thức");
  sxsh_official_document_add_markup (
    doc, "Trong năm, Sở Công Thương đã phối hợp với Đài Phát thanh - Truyền hình tỉnh, Báo Kon "
         "Tum tổ chức <b>04 hội thảo</b> và <b>02 lớp tập huấn</b> cho <i>215 lượt</i> cán bộ "
         "quản lý, kỹ thuật của các cơ sở sản xuất công nghiệp; phát hành 1.500 tờ rơi, 300 sổ "
         "tay hướng dẫn áp dụng sản xuất sạch hơn (SXSH) cho các ngành chế biến mủ cao su, tinh "
         "bột sắn, gỗ và sản xuất gạch ngói. Kiểm tra dấu: " DIACRITICS ".");
  sxsh_official_document_add_list_item (doc, 0, "Xây dựng 06 phóng sự, 12 tin bài về lợi ích "
                                        "của SXSH trên Báo Kon Tum và Cổng thông tin điện tử "
                                        "của Sở;");
  sxsh_official_document_add_list_item (doc, 0, "Tổ chức 01 hội nghị chia sẻ kinh nghiệm áp "
                                        "dụng SXSH giữa các doanh nghiệp trong và ngoài tỉnh;");
  sxsh_official_document_add_list_item (doc, 1, "Đối tượng: lãnh đạo, cán bộ kỹ thuật của các "
                                        "cơ sở chế biến nông sản.");
  sxsh_official_document_add_heading (doc, 2, "2. Kết quả thực hiện các chỉ tiêu");
  sxsh_official_document_add_paragraph (
    doc, "Tỷ lệ cơ sở sản xuất công nghiệp có tiềm năng được tuyên truyền, nhận thức được lợi "
         "ích của SXSH đạt 92%, vượt mục tiêu 90% của Kế hoạch; tỷ lệ cơ sở áp dụng SXSH đạt "
         "47%, trong đó 31% tiết kiệm từ 8 - 13% mức tiêu thụ năng lượng trên đơn vị sản phẩm. "
         "Năm 2022 không có số liệu điều tra về áp dụng SXSH.");
  if (with_chart)
    {
      SxshChart *chart = make_line_chart ();

      sxsh_official_document_add_drawing (doc, 160, 90, sxsh_chart_draw_func, chart,
                                          g_object_unref,
                                          "Biểu đồ 1. Tỷ lệ cơ sở theo các chỉ tiêu của Kế hoạch, "
                                          "giai đoạn 2016 - 2026");
    }
  sxsh_official_document_add_heading (doc, 3, "a) Danh sách cơ sở có tiềm năng áp dụng SXSH");
  table = sxsh_official_document_add_table (doc, G_N_ELEMENTS (widths), widths);
  sxsh_document_table_add_header_row (table, header1);
  sxsh_document_table_add_header_row (table, header2);
  sxsh_document_table_merge (table, 0, 0, 2, 1);
  sxsh_document_table_merge (table, 0, 1, 2, 1);
  sxsh_document_table_merge (table, 0, 2, 2, 1);
  sxsh_document_table_merge (table, 0, 3, 2, 1);
  sxsh_document_table_merge (table, 0, 4, 1, 2);
  sxsh_document_table_merge (table, 0, 6, 2, 1);
  sxsh_document_table_set_column_alignment (table, 0, SXSH_ALIGN_CENTER);
  sxsh_document_table_set_column_alignment (table, 4, SXSH_ALIGN_CENTER);
  sxsh_document_table_set_column_alignment (table, 5, SXSH_ALIGN_CENTER);
  for (int i = 1; i <= N_TABLE_ROWS; i++)
    {
      g_autofree char *stt = g_strdup_printf ("%d", i);
      g_autofree char *name = g_strdup_printf ("Cơ sở số %03d%s", i,
                                               i % 7 == 0 ? " - Công ty TNHH chế biến nông sản "
                                                            "và vật liệu xây dựng Tây Nguyên"
                                                          : "");
      g_autofree char *saving = g_strdup_printf ("%d,%d", (i * 37) % 19, (i * 13) % 10);
      const char *row[] = { stt, name, districts[i % G_N_ELEMENTS (districts)],
                            sectors[i % G_N_ELEMENTS (sectors)], "x", i % 3 ? "x" : "",
                            i % 3 ? saving : "—" };

      sxsh_document_table_add_row (table, row);
    }
  {
    const char *row[] = { NULL, "Tổng cộng", NULL, NULL, "70", "47", "9,8" };

    total_row = sxsh_document_table_add_row (table, row);
    sxsh_document_table_set_row_bold (table, total_row, TRUE);
    sxsh_document_table_merge (table, total_row, 1, 1, 3);
  }
  sxsh_official_document_add_heading (doc, 1, "II. ĐỀ XUẤT, KIẾN NGHỊ");
  sxsh_official_document_add_paragraph (
    doc, "Đề nghị Bộ Công Thương tiếp tục hỗ trợ kinh phí từ ngân sách Trung ương để thực hiện "
         "01 - 02 mô hình trình diễn về SXSH cho các cơ sở chế biến tinh bột sắn và chế biến mủ "
         "cao su trên địa bàn tỉnh trong năm 2027.");
  sxsh_official_document_add_paragraph (
    doc, "Trên đây là báo cáo kết quả thực hiện Chiến lược sản xuất sạch hơn trong công nghiệp "
         "năm 2026 trên địa bàn tỉnh Kon Tum, Sở Công Thương kính báo cáo./.");
  sxsh_official_document_add_closing (doc, distribution, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                                      "Nguyễn Văn Ánh");
  return doc;
}

/* Tests */

static void
test_sample_report (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr(SxshOfficialDocument) doc = build_sample (TRUE);
  g_autofree char *path = g_build_filename (fixture->tmpdir, "báo cáo.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  guint n_pages = 0;
  int n;
  int first_row_page, last_row_page;

  g_assert_true (sxsh_official_document_write_pdf (doc, path, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, sxsh_official_document_get_n_pages (doc));
  g_assert_cmpuint (n_pages, >=, 3);

  keep_artifact (path, "official-document-sample.pdf");

  pdf = open_pdf (path);
  n = poppler_document_get_n_pages (pdf);
  g_assert_cmpint (n, ==, (int) n_pages);
  g_assert_cmpstr (poppler_document_get_title (pdf), ==, "Báo cáo SXSH năm 2026");

  /* A4 portrait, every page. */
  for (int i = 0; i < n; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);
      double w, h;

      poppler_page_get_size (page, &w, &h);
      g_assert_cmpfloat (fabs (w - 595.28), <, 1);
      g_assert_cmpfloat (fabs (h - 841.89), <, 1);
    }

  /* The header, the date line with its leading zero, the title. */
  g_assert_true (page_contains (pdf, 0, "UBND TỈNH KON TUM"));
  g_assert_true (page_contains (pdf, 0, "SỞ CÔNG THƯƠNG"));
  g_assert_true (page_contains (pdf, 0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  g_assert_true (page_contains (pdf, 0, "Độc lập - Tự do - Hạnh phúc"));
  g_assert_true (page_contains (pdf, 0, "Số: 123/BC-SCT"));
  g_assert_true (page_contains (pdf, 0, "Kon Tum, ngày 05 tháng 12 năm 2026"));
  g_assert_true (page_contains (pdf, 0, "BÁO CÁO"));
  g_assert_true (page_contains (pdf, 0, "Kết quả thực hiện Chiến lược sản xuất sạch hơn"));
  g_assert_true (page_contains (pdf, 0, "Kính gửi:"));
  g_assert_true (page_contains (pdf, 0, "- Bộ Công Thương;"));
  g_assert_true (page_contains (pdf, 0, "- Ủy ban nhân dân tỉnh Kon Tum."));
  g_assert_true (page_contains (pdf, 0, "Kiểm tra dấu: " DIACRITICS "."));
  /* Markup spans keep their text. */
  g_assert_true (page_contains (pdf, 0, "04 hội thảo và 02 lớp tập huấn cho 215 lượt"));

  /* The chart is vector: its labels are text of the PDF. */
  g_assert_cmpint (find_page (pdf, "Có bộ phận chuyên trách"), >=, 0);
  g_assert_cmpint (find_page (pdf, "Biểu đồ 1."), >=, 0);

  /* Every row once, never split; the header on every page the table is on. */
  first_row_page = find_page (pdf, "Cơ sở số 001");
  {
    g_autofree char *last = g_strdup_printf ("Cơ sở số %03d", N_TABLE_ROWS);

    last_row_page = find_page (pdf, last);
  }
  g_assert_cmpint (first_row_page, >=, 0);
  g_assert_cmpint (last_row_page, >, first_row_page);
  for (int i = 1; i <= N_TABLE_ROWS; i++)
    {
      g_autofree char *needle = g_strdup_printf ("Cơ sở số %03d", i);
      int found = 0;

      for (int p = 0; p < n; p++)
        found += page_contains (pdf, p, needle);
      g_assert_cmpint (found, ==, 1);
    }
  for (int p = first_row_page; p <= last_row_page; p++)
    {
      g_assert_true (page_contains (pdf, p, "Tên cơ sở sản xuất"));
      g_assert_true (page_contains (pdf, p, "Tình trạng năm 2026"));
      g_assert_true (page_contains (pdf, p, "Nhận thức"));
    }
  g_assert_true (page_contains (pdf, last_row_page, "Tổng cộng"));

  /* The closing block on the last page, whole. */
  for (int p = 0; p < n - 1; p++)
    {
      g_assert_false (page_contains (pdf, p, "Nơi nhận:"));
      g_assert_false (page_contains (pdf, p, "Nguyễn Văn Ánh"));
    }
  g_assert_true (page_contains (pdf, n - 1, "Nơi nhận:"));
  g_assert_true (page_contains (pdf, n - 1, "- Lưu: VT, QLCN."));
  g_assert_true (page_contains (pdf, n - 1, "KT. GIÁM ĐỐC"));
  g_assert_true (page_contains (pdf, n - 1, "PHÓ GIÁM ĐỐC"));
  g_assert_true (page_contains (pdf, n - 1, "Nguyễn Văn Ánh"));
  g_assert_true (page_contains (pdf, n - 1, "kính báo cáo./."));

  /* Page numbers centred in the top margin from page 2, none on page 1. */
  {
    g_autofree char *top = top_margin_text (pdf, 0, 20);

    g_assert_cmpstr (top, ==, "");
  }
  for (int p = 1; p < n; p++)
    {
      g_autofree char *top = top_margin_text (pdf, p, 20);
      g_autofree char *expected = g_strdup_printf ("%d", p + 1);

      g_assert_cmpstr (top, ==, expected);
    }

  assert_text_inside_margins (pdf, 20, 20, 30, 15);
  for (guint p = 0; p < n_pages; p++)
    g_assert_cmpuint (count_ink_outside (doc, p, 20, 20, 30, 15), ==, 0);
}

static void
test_font_family (void)
{
  g_autoptr(SxshOfficialDocument) doc = sxsh_official_document_new ();
  const char *family = sxsh_official_document_get_font_family (doc);
  double w, h;

  /* A4 less the margins of Decree 30: 210 − 30 − 15 by 297 − 20 − 20. */
  sxsh_official_document_get_text_area (doc, SXSH_PAGE_PORTRAIT, &w, &h);
  g_assert_cmpfloat (fabs (w - 165), <, 0.01);
  g_assert_cmpfloat (fabs (h - 257), <, 0.01);
  sxsh_official_document_set_margins (doc, 25, 20, 35, 20);
  sxsh_official_document_get_text_area (doc, SXSH_PAGE_LANDSCAPE, &w, &h);
  g_assert_cmpfloat (fabs (w - 242), <, 0.01);
  g_assert_cmpfloat (fabs (h - 165), <, 0.01);

  g_assert_true (g_str_equal (family, "Times New Roman")
                 || g_str_equal (family, "Liberation Serif"));
}

/* A closing block that does not fit takes the last lines of the body with
 * it; it is never alone on a page. */
static void
test_closing_not_orphaned (Fixture      *fixture,
                           gconstpointer data)
{
  const char *distribution[] = { "Như trên;", "Lưu: VT.", NULL };
  gboolean seen_break = FALSE;

  for (int k = 1; k <= 22; k++)
    {
      g_autoptr(SxshOfficialDocument) doc = sxsh_official_document_new ();
      g_autofree char *path = g_strdup_printf ("%s/closing-%d.pdf", fixture->tmpdir, k);
      g_autoptr(PopplerDocument) pdf = NULL;
      g_autoptr(GError) error = NULL;
      int closing_page, end_page;

      sxsh_official_document_add_header (doc, "UBND TỈNH KON TUM", "SỞ CÔNG THƯƠNG", "1/BC-SCT",
                                         "Kon Tum", NULL);
      sxsh_official_document_add_title (doc, "BÁO CÁO", "Thử ngắt trang");
      for (int i = 0; i < k; i++)
        sxsh_official_document_add_paragraph (
          doc, "Đoạn văn thử nghiệm có nội dung đủ dài để chiếm ba dòng trên trang giấy khổ A4 "
               "theo thể thức văn bản hành chính, nhằm đẩy khối chữ ký xuống cuối trang và kiểm "
               "tra việc giữ khối chữ ký cùng với những dòng cuối cùng của phần nội dung.");
      sxsh_official_document_add_paragraph (
        doc, "Đoạn cuối cùng của báo cáo này có bốn dòng để có thể tách: dòng một của đoạn "
             "cuối, tiếp tục dòng hai của đoạn cuối cùng, rồi dòng ba của đoạn cuối cùng trong "
             "văn bản thử nghiệm, và cuối cùng là dòng bốn của đoạn cuối với từ KẾTTHÚCĐOẠN.");
      sxsh_official_document_add_closing (doc, distribution, NULL, "GIÁM ĐỐC", "Trần Thị Bình");
      g_assert_true (sxsh_official_document_write_pdf (doc, path, NULL, &error));
      g_assert_no_error (error);

      pdf = open_pdf (path);
      closing_page = find_page (pdf, "Nơi nhận:");
      end_page = find_page (pdf, "KẾTTHÚCĐOẠN");
      g_assert_cmpint (closing_page, >=, 0);
      g_assert_cmpint (find_page (pdf, "Trần Thị Bình"), ==, closing_page);
      /* The end of the body is on the closing's page. */
      g_assert_cmpint (end_page, ==, closing_page);
      if (closing_page > 0)
        seen_break = TRUE;
      assert_text_inside_margins (pdf, 20, 20, 30, 15);
    }
  /* The loop did reach the case it is about. */
  g_assert_true (seen_break);
}

/* A heading is never the last thing on a page. */
static void
test_heading_keep_with_next (Fixture      *fixture,
                             gconstpointer data)
{
  gboolean seen_break = FALSE;

  for (int k = 20; k <= 34; k++)
    {
      g_autoptr(SxshOfficialDocument) doc = sxsh_official_document_new ();
      g_autofree char *path = g_strdup_printf ("%s/heading-%d.pdf", fixture->tmpdir, k);
      g_autoptr(PopplerDocument) pdf = NULL;
      g_autoptr(GError) error = NULL;
      int heading_page, text_page;

      for (int i = 0; i < k; i++)
        sxsh_official_document_add_paragraph (doc, "Một dòng.");
      sxsh_official_document_add_heading (doc, 2, "2. TIÊUĐỀTHỬ");
      sxsh_official_document_add_paragraph (
        doc, "BẮTĐẦUĐOẠN nội dung sau tiêu đề, đủ dài để chiếm hai dòng trên trang giấy khổ A4 "
             "theo thể thức văn bản hành chính của Nghị định 30/2020/NĐ-CP.");
      g_assert_true (sxsh_official_document_write_pdf (doc, path, NULL, &error));
      g_assert_no_error (error);
      pdf = open_pdf (path);
      heading_page = find_page (pdf, "TIÊUĐỀTHỬ");
      text_page = find_page (pdf, "BẮTĐẦUĐOẠN");
      g_assert_cmpint (heading_page, ==, text_page);
      seen_break |= heading_page > 0;
    }
  g_assert_true (seen_break);
}

/* A row taller than a page continues on the next pages, inside the margins. */
static void
test_table_long_row (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr(SxshOfficialDocument) doc = sxsh_official_document_new ();
  g_autofree char *path = g_build_filename (fixture->tmpdir, "long-row.pdf", NULL);
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GError) error = NULL;
  const char *header[] = { "Mục", "Nội dung" };
  const double widths[] = { 1, 4 };
  SxshDocumentTable *table;
  guint n_pages;

  for (int i = 0; i < 1500; i++)
    g_string_append_printf (long_text, "từ%d ", i);
  g_string_append (long_text, "CUỐIÔ");
  table = sxsh_official_document_add_table (doc, 2, widths);
  sxsh_document_table_add_header_row (table, header);
  {
    const char *row[] = { "1", "Dòng ngắn" };

    sxsh_document_table_add_row (table, row);
  }
  {
    const char *row[] = { "2", long_text->str };

    sxsh_document_table_add_row (table, row);
  }
  {
    const char *row[] = { "3", "SAUÔDÀI" };

    sxsh_document_table_add_row (table, row);
  }
  g_assert_true (sxsh_official_document_write_pdf (doc, path, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, >=, 2);
  keep_artifact (path, "official-document-long-row.pdf");
  pdf = open_pdf (path);
  g_assert_cmpint (find_page (pdf, "từ0 "), ==, 0);
  g_assert_cmpint (find_page (pdf, "CUỐIÔ"), >=, 1);
  g_assert_cmpint (find_page (pdf, "SAUÔDÀI"), >=, find_page (pdf, "CUỐIÔ"));
  /* Every word once: nothing lost or doubled at the breaks. */
  for (int i = 0; i < 1500; i += 37)
    {
      g_autofree char *word = g_strdup_printf (" từ%d ", i);
      int found = 0;

      for (guint p = 0; p < n_pages; p++)
        {
          g_autofree char *text = page_text (pdf, p);
          g_autofree char *padded = g_strconcat (" ", text, " ", NULL);

          found += strstr (padded, word) != NULL;
        }
      g_assert_cmpint (found, ==, 1);
    }
  for (guint p = 0; p < n_pages; p++)
    g_assert_true (page_contains (pdf, p, "Nội dung"));
  assert_text_inside_margins (pdf, 20, 20, 30, 15);
  for (guint p = 0; p < n_pages; p++)
    g_assert_cmpuint (count_ink_outside (doc, p, 20, 20, 30, 15), ==, 0);
}

static void
draw_circle (cairo_t *cr,
             double   width,
             double   height,
             gpointer data)
{
  int *calls = data;

  (*calls)++;
  cairo_set_source_rgb (cr, 0.8, 0.1, 0.1);
  cairo_arc (cr, width / 2, height / 2, MIN (width, height) / 2, 0, 2 * G_PI);
  cairo_fill (cr);
}

/* What cannot fit on any page still ends inside the margins: a picture
 * taller than a page, a table header taller than half a page. */
static void
test_oversized (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(SxshOfficialDocument) doc = sxsh_official_document_new ();
  g_autoptr(GString) long_header = g_string_new ("ĐẦUBẢNG ");
  const double widths[] = { 1, 1 };
  SxshDocumentTable *table;
  int calls = 0;
  guint n_pages;

  sxsh_official_document_add_paragraph (doc, "Trước hình.");
  sxsh_official_document_add_drawing (doc, 150, 400, draw_circle, &calls, NULL, "Hình quá cao");
  for (int i = 0; i < 700; i++)
    g_string_append_printf (long_header, "cột%d ", i);
  table = sxsh_official_document_add_table (doc, 2, widths);
  {
    const char *header[] = { long_header->str, "B" };

    sxsh_document_table_add_header_row (table, header);
  }
  for (int i = 0; i < 80; i++)
    {
      const char *row[] = { "dòng", "ô" };

      sxsh_document_table_add_row (table, row);
    }
  n_pages = sxsh_official_document_layout (doc);
  g_assert_cmpuint (n_pages, >=, 3);
  g_assert_cmpuint (n_pages, <, 12);
  for (guint p = 0; p < n_pages; p++)
    g_assert_cmpuint (count_ink_outside (doc, p, 20, 20, 30, 15), ==, 0);
  g_assert_cmpint (calls, >, 0);
}

/* A certificate-like landscape page of absolutely placed items. */
static void
test_free_page (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(SxshOfficialDocument) doc = sxsh_official_document_new ();
  g_autofree char *path = g_build_filename (fixture->tmpdir, "free.pdf", NULL);
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autoptr(GError) error = NULL;
  SxshFreePage *free_page;
  double w_mm, h_mm, y, w, h;
  int calls = 0;
  guint n_pages;

  free_page = sxsh_official_document_add_free_page (doc, SXSH_PAGE_LANDSCAPE);
  sxsh_free_page_get_size (free_page, &w_mm, &h_mm);
  g_assert_cmpfloat (fabs (w_mm - 297), <, 0.01);
  g_assert_cmpfloat (fabs (h_mm - 210), <, 0.01);
  sxsh_free_page_add_border (free_page, 10, 0x8B0000);
  y = 30;
  y += sxsh_free_page_add_text (free_page, 20, y, w_mm - 40, 13, SXSH_ALIGN_CENTER,
                                "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>");
  g_assert_cmpfloat (y, >, 33);
  y += 10;
  y += sxsh_free_page_add_text (free_page, 20, y, w_mm - 40, 30, SXSH_ALIGN_CENTER,
                                "<b>GIẤY CHỨNG NHẬN</b>");
  sxsh_free_page_add_rule (free_page, 120, y + 2, 177, y + 2, 0.8);
  sxsh_free_page_add_drawing (free_page, 138, 150, 20, 20, draw_circle, &calls, NULL);

  g_assert_true (sxsh_official_document_write_pdf (doc, path, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, 1);
  g_assert_cmpint (calls, ==, 1);
  keep_artifact (path, "official-document-free-page.pdf");
  pdf = open_pdf (path);
  page = poppler_document_get_page (pdf, 0);
  poppler_page_get_size (page, &w, &h);
  g_assert_cmpfloat (fabs (w - 841.89), <, 1);
  g_assert_cmpfloat (fabs (h - 595.28), <, 1);
  g_assert_true (page_contains (pdf, 0, "GIẤY CHỨNG NHẬN"));
  g_assert_true (page_contains (pdf, 0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
}

/* A landscape section after portrait pages, and a plain landscape document. */
static void
test_landscape (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(SxshOfficialDocument) doc = sxsh_official_document_new ();
  double w, h;

  sxsh_official_document_add_paragraph (doc, "Trang dọc.");
  sxsh_official_document_add_section (doc, SXSH_PAGE_LANDSCAPE);
  sxsh_official_document_add_paragraph (doc, "Phụ lục trang ngang.");
  g_assert_cmpuint (sxsh_official_document_layout (doc), ==, 2);
  sxsh_official_document_get_page_size (doc, 0, &w, &h);
  g_assert_cmpfloat (w, <, h);
  sxsh_official_document_get_page_size (doc, 1, &w, &h);
  g_assert_cmpfloat (w, >, h);
  g_assert_cmpuint (count_ink_outside (doc, 1, 20, 20, 30, 15), ==, 0);

  sxsh_official_document_set_orientation (doc, SXSH_PAGE_LANDSCAPE);
  sxsh_official_document_get_page_size (doc, 0, &w, &h);
  g_assert_cmpfloat (fabs (w - 841.89), <, 1);
}

/* User text is text, not markup. */
static void
test_plain_text_escaped (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr(SxshOfficialDocument) doc = sxsh_official_document_new ();
  g_autofree char *path = g_build_filename (fixture->tmpdir, "escape.pdf", NULL);
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GError) error = NULL;
  const char *cells[] = { "<b>A & B</b>" };
  SxshDocumentTable *table;

  sxsh_official_document_add_paragraph (doc, "Công ty <TNHH> A & B");
  table = sxsh_official_document_add_table (doc, 1, NULL);
  sxsh_document_table_add_row (table, cells);
  /* Broken markup is shown as it is rather than lost. */
  sxsh_official_document_add_markup (doc, "<b>không đóng");
  g_assert_true (sxsh_official_document_write_pdf (doc, path, NULL, &error));
  g_assert_no_error (error);
  pdf = open_pdf (path);
  g_assert_true (page_contains (pdf, 0, "Công ty <TNHH> A & B"));
  g_assert_true (page_contains (pdf, 0, "<b>A & B</b>"));
  g_assert_true (page_contains (pdf, 0, "<b>không đóng"));
}

/* A draft: no date yet (left blank to be written by hand), no number, no
 * superior body, one addressee on the "Kính gửi" line itself. */
static void
test_header_variants (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr(SxshOfficialDocument) doc = sxsh_official_document_new ();
  g_autofree char *path = g_build_filename (fixture->tmpdir, "draft.pdf", NULL);
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GError) error = NULL;
  const char *addressee[] = { "Ủy ban nhân dân tỉnh Kon Tum.", NULL };
  g_autofree char *text = NULL;
  GDate date;

  sxsh_official_document_add_header (doc, NULL, "SỞ CÔNG THƯƠNG TỈNH KON TUM", NULL, "Kon Tum",
                                     NULL);
  sxsh_official_document_add_title (doc, "CÔNG VĂN", NULL);
  sxsh_official_document_add_recipients (doc, addressee);
  sxsh_official_document_add_heading (doc, 3, "a) Mục nhỏ");
  sxsh_official_document_add_paragraph (doc, "Nội dung.");
  g_assert_true (sxsh_official_document_write_pdf (doc, path, NULL, &error));
  g_assert_no_error (error);
  pdf = open_pdf (path);
  text = page_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Kính gửi: Ủy ban nhân dân tỉnh Kon Tum."));
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *year = g_strdup_printf ("năm %d", g_date_time_get_year (now));
    PopplerRectangle start, end;

    /* Readers may take the wide blanks for column gaps: the pieces are
     * checked to be on one line instead. */
    g_assert_true (find_rect (pdf, 0, "Kon Tum, ngày", &start));
    g_assert_true (find_rect (pdf, 0, year, &end));
    g_assert_cmpfloat (fabs (start.y1 - end.y1), <, 1);
    g_assert_cmpfloat (end.x1, >, start.x2);
  }
  g_assert_nonnull (strstr (text, "SỞ CÔNG THƯƠNG TỈNH KON TUM"));
  g_assert_null (strstr (text, "Số:"));
  g_assert_nonnull (strstr (text, "a) Mục nhỏ"));

  /* Day and month below 10 take a leading zero. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 3, 2, 2027);
  g_clear_object (&doc);
  g_clear_object (&pdf);
  g_clear_pointer (&text, g_free);
  doc = sxsh_official_document_new ();
  sxsh_official_document_add_header (doc, "UBND TỈNH KON TUM", "SỞ CÔNG THƯƠNG", "7/SCT-QLCN",
                                     "Kon Tum", &date);
  g_assert_true (sxsh_official_document_write_pdf (doc, path, NULL, &error));
  g_assert_no_error (error);
  pdf = open_pdf (path);
  text = page_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Kon Tum, ngày 03 tháng 02 năm 2027"));
  g_assert_nonnull (strstr (text, "Số: 7/SCT-QLCN"));
}

static void
test_write_error (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr(SxshOfficialDocument) doc = sxsh_official_document_new ();
  g_autofree char *path = g_build_filename (fixture->tmpdir, "no-such-folder", "báo cáo.pdf",
                                            NULL);
  g_autoptr(GError) error = NULL;

  sxsh_official_document_add_paragraph (doc, "Nội dung.");
  g_assert_false (sxsh_official_document_write_pdf (doc, path, NULL, &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT);
  g_assert_nonnull (strstr (error->message, "báo cáo.pdf"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* An empty document is one blank page, not an error. */
static void
test_empty_document (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr(SxshOfficialDocument) doc = sxsh_official_document_new ();
  g_autofree char *path = g_build_filename (fixture->tmpdir, "empty.pdf", NULL);
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  g_assert_cmpuint (sxsh_official_document_get_n_pages (doc), ==, 1);
  g_assert_true (sxsh_official_document_write_pdf (doc, path, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sxsh/official-document/sample-report", Fixture, NULL, fixture_set_up,
              test_sample_report, fixture_tear_down);
  g_test_add_func ("/sxsh/official-document/font-family", test_font_family);
  g_test_add ("/sxsh/official-document/closing-not-orphaned", Fixture, NULL, fixture_set_up,
              test_closing_not_orphaned, fixture_tear_down);
  g_test_add ("/sxsh/official-document/heading-keep-with-next", Fixture, NULL, fixture_set_up,
              test_heading_keep_with_next, fixture_tear_down);
  g_test_add ("/sxsh/official-document/table-long-row", Fixture, NULL, fixture_set_up,
              test_table_long_row, fixture_tear_down);
  g_test_add ("/sxsh/official-document/oversized", Fixture, NULL, fixture_set_up,
              test_oversized, fixture_tear_down);
  g_test_add ("/sxsh/official-document/free-page", Fixture, NULL, fixture_set_up,
              test_free_page, fixture_tear_down);
  g_test_add ("/sxsh/official-document/landscape", Fixture, NULL, fixture_set_up,
              test_landscape, fixture_tear_down);
  g_test_add ("/sxsh/official-document/plain-text-escaped", Fixture, NULL, fixture_set_up,
              test_plain_text_escaped, fixture_tear_down);
  g_test_add ("/sxsh/official-document/header-variants", Fixture, NULL, fixture_set_up,
              test_header_variants, fixture_tear_down);
  g_test_add ("/sxsh/official-document/write-error", Fixture, NULL, fixture_set_up,
              test_write_error, fixture_tear_down);
  g_test_add ("/sxsh/official-document/empty", Fixture, NULL, fixture_set_up,
              test_empty_document, fixture_tear_down);

  return g_test_run ();
}

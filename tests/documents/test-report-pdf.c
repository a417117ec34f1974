/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "document-test-util.h"
#include "sxsh-annual-report-export.h"
#include "sxsh-annual-report.h"
#include "sxsh-document-number.h"
#include "sxsh-error.h"
#include "sxsh-format.h"
#include "sxsh-indicators.h"
#include "sxsh-reference.h"
#include "sxsh-report-pdf.h"
#include "sxsh-report-text.h"
#include "sxsh-settings.h"
#include "sxsh-test-util.h"

/* The annual report of the sample province, read back with poppler: what
 * the People's Committee will read must be there, on the right pages, in
 * the margins of Decree 30. */

#define YEAR 2025
#define NUMBER "15/BC-SCT"

typedef struct
{
  char         *tmpdir;
  SxshDatabase *db;
  char         *pdf_path;
  PopplerDocument *pdf;
} Fixture;

static void
write_report (Fixture    *fixture,
              const char *number,
              gboolean    draft)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *taken = NULL;
  SxshReportOptions options = { number, draft, "05/12/2025" };
  guint n_pages = 0;

  g_clear_object (&fixture->pdf);
  g_assert_true (sxsh_annual_report_write (fixture->db, YEAR, SXSH_REPORT_FORMAT_PDF,
                                           fixture->pdf_path, &options, NULL, NULL, NULL,
                                           &taken, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, >, 5);
  fixture->pdf = doc_test_open_pdf (fixture->pdf_path);
  g_assert_cmpint (poppler_document_get_n_pages (fixture->pdf), ==, n_pages);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->tmpdir = sxsh_test_make_tmpdir ();
  fixture->db = doc_test_sample_db (fixture->tmpdir, 300);
  fixture->pdf_path = g_build_filename (fixture->tmpdir, "báo cáo.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->pdf);
  g_assert_finalize_object (fixture->db);
  sxsh_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
  g_free (fixture->pdf_path);
}

/* The value of an indicator as `sxsh-cli indicators --json` gives it (one
 * decimal), written the Vietnamese way. */
static char *
json_value_text (const SxshIndicator *indicator)
{
  g_autofree char *number = sxsh_format_number (round (indicator->value_pct * 10) / 10, 1);

  return g_strconcat (number, "%", NULL);
}

/* Takes @text and returns it without its spaces. */
static char *
without_spaces (char *text)
{
  char *out = text;

  for (const char *p = text; *p; p++)
    if (*p != ' ')
      *out++ = *p;
  *out = '\0';
  return text;
}

static int
last_body_page (PopplerDocument *pdf)
{
  int closing = doc_test_find_page (pdf, "Nơi nhận:", 0);

  g_assert_cmpint (closing, >=, 0);
  return closing;
}

static void
test_front (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *first = NULL;
  static const char *const expected[] = {
    "UBND TỈNH KON TUM", "SỞ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc", "Số: " NUMBER, "Kon Tum, ngày 05 tháng 12 năm 2025",
    "BÁO CÁO", "Kết quả thực hiện Kế hoạch sản xuất sạch hơn trong công nghiệp năm 2025",
    "Kính gửi:", "Bộ Công Thương;", "Ủy ban nhân dân tỉnh Kon Tum.",
    "Thực hiện Kế hoạch số 2340/KH-UBND ngày 26/9/2016 của UBND tỉnh Kon Tum",
    "I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU CỦA KẾ HOẠCH",
  };

  write_report (fixture, NUMBER, FALSE);
  first = doc_test_page_text (fixture->pdf, 0);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (first, expected[i]) == NULL)
      g_error ("page 1 lacks “%s”: %s", expected[i], first);

  /* Every section is there, in order. */
  {
    static const char *const sections[] = {
      "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", "III. KINH PHÍ THỰC HIỆN", "IV. ĐÁNH GIÁ CHUNG",
      "V. ĐỀ XUẤT, KIẾN NGHỊ VÀ KẾ HOẠCH NĂM 2026", "Phụ lục I", "Phụ lục II",
    };
    int previous = 0;

    for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
      {
        int page = doc_test_find_page (fixture->pdf, sections[i], previous);

        if (page < 0)
          g_error ("“%s” is missing or out of order", sections[i]);
        previous = page;
      }
  }

  doc_test_assert_a4 (fixture->pdf);
  doc_test_assert_inside_margins (fixture->pdf, 20, 20, 30, 15, TRUE);
  doc_test_keep_file (fixture->pdf_path, "report.pdf");
  doc_test_keep_page_png (fixture->pdf, 0, 60, "report-p1.png");
  doc_test_keep_page_png (fixture->pdf, 1, 60, "report-p2.png");
}

static void
test_indicators (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshIndicatorReport) report = sxsh_indicators_compute (fixture->db, NULL, YEAR,
                                                                   &error);
  g_autoptr(SxshIndicatorReport) before = sxsh_indicators_compute (fixture->db, NULL, YEAR - 1,
                                                                   &error);
  int page;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  write_report (fixture, NUMBER, FALSE);
  page = doc_test_find_page (fixture->pdf, "Bảng 1. Kết quả thực hiện các mục tiêu", 0);
  g_assert_cmpint (page, >=, 0);
  text = without_spaces (doc_test_page_text (fixture->pdf, page));
  for (SxshIndicatorKind k = 0; k < SXSH_N_INDICATORS; k++)
    {
      const SxshIndicator *indicator = sxsh_indicator_report_get_indicator (report, k);
      const SxshIndicator *previous = sxsh_indicator_report_get_indicator (before, k);
      g_autofree char *value = json_value_text (indicator);
      g_autofree char *last_value = json_value_text (previous);
      g_autofree char *ratio = g_strdup_printf ("%u/%u", indicator->numerator,
                                                indicator->denominator);
      g_autofree char *row = NULL;

      g_assert_true (indicator->has_value);
      /* The row reads: label, target, last year, this year, ratio, met;
       * poppler joins the cells of a row without spaces. */
      row = without_spaces (g_strdup_printf ("%s%s%s%s", last_value, value, ratio,
                                             indicator->met == 1 ? "Đạt" : "Chưa đạt"));
      if (strstr (text, row) == NULL)
        g_error ("the results table lacks “%s” for %s: %s", row, indicator->key, text);
      /* And the sentence under the table says the same. */
      g_assert_cmpint (doc_test_find_page (fixture->pdf, value, page), >=, page);
    }
}

static void
test_repeated_headers (Fixture       *fixture,
                       gconstpointer  data)
{
  int first, second, n;

  write_report (fixture, NUMBER, FALSE);
  n = poppler_document_get_n_pages (fixture->pdf);
  first = doc_test_find_page (fixture->pdf, "DANH SÁCH CƠ SỞ SẢN XUẤT CÔNG NGHIỆP ÁP DỤNG", 0);
  second = doc_test_find_page (fixture->pdf, "TÌNH HÌNH GỬI BÁO CÁO ĐỊNH KỲ", first);
  g_assert_cmpint (first, >, 0);
  g_assert_cmpint (second, >, first + 1);

  /* The applying facilities run over several pages, each with the header. */
  for (int i = first; i < second; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (fixture->pdf, i);
      double w, h;

      poppler_page_get_size (page, &w, &h);
      g_assert_cmpfloat (w, >, h);
      if (!doc_test_page_contains (fixture->pdf, i, "Tên cơ sở sản xuất")
          || !doc_test_page_contains (fixture->pdf, i, "Ngành sản xuất")
          || !doc_test_page_contains (fixture->pdf, i, "Năm gốc"))
        g_error ("page %d of the first appendix has no table header", i + 1);
    }
  /* So does every page of the register after its first. */
  for (int i = second; i < n; i++)
    if (!doc_test_page_contains (fixture->pdf, i, "Cơ sở, cơ quan, đơn vị")
        || !doc_test_page_contains (fixture->pdf, i, "Đối tượng"))
      g_error ("page %d of the register has no table header", i + 1);
}

static void
test_closing (Fixture       *fixture,
              gconstpointer  data)
{
  int closing;
  g_autofree char *text = NULL;

  write_report (fixture, NUMBER, FALSE);
  closing = last_body_page (fixture->pdf);
  text = doc_test_page_text (fixture->pdf, closing);
  /* The signature shares its page with the end of the body. */
  g_assert_nonnull (strstr (text, "kính báo cáo Bộ Công Thương, Ủy ban nhân dân tỉnh./."));
  g_assert_nonnull (strstr (text, "KT. GIÁM ĐỐC"));
  g_assert_nonnull (strstr (text, "PHÓ GIÁM ĐỐC"));
  g_assert_nonnull (strstr (text, DOC_TEST_SIGNER));
  g_assert_nonnull (strstr (text, "Như trên;"));
  g_assert_nonnull (strstr (text, "Lưu: VT, QLCN."));
  /* The appendices start on the next page. */
  g_assert_true (doc_test_page_contains (fixture->pdf, closing + 1, "Phụ lục I"));
  g_assert_true (doc_test_page_contains (fixture->pdf, closing + 1,
                                         "(Kèm theo Báo cáo số " NUMBER " ngày 05/12/2025 của "
                                         "Sở Công Thương)"));
}

static void
test_number_series (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *taken = NULL;
  g_autofree char *bad = g_build_filename (fixture->tmpdir, "no such folder", "r.pdf", NULL);
  SxshReportOptions options = { NULL, FALSE, "05/12/2025" };
  int last = -1;

  /* A draft takes nothing and shows dots. */
  write_report (fixture, NULL, TRUE);
  g_assert_true (doc_test_page_contains (fixture->pdf, 0, "Số: …/BC-SCT"));
  g_assert_true (sxsh_document_number_get_last (fixture->db, SXSH_SETTING_REPORT_SERIES, YEAR,
                                                &last, &error));
  g_assert_cmpint (last, ==, 0);

  /* A number given is used as it is and takes nothing either. */
  write_report (fixture, "99/BC-SCT", FALSE);
  g_assert_true (doc_test_page_contains (fixture->pdf, 0, "Số: 99/BC-SCT"));
  g_assert_true (sxsh_document_number_get_last (fixture->db, SXSH_SETTING_REPORT_SERIES, YEAR,
                                                &last, &error));
  g_assert_cmpint (last, ==, 0);

  /* Saving takes the next numbers of the series. */
  write_report (fixture, NULL, FALSE);
  g_assert_true (doc_test_page_contains (fixture->pdf, 0, "Số: 1/BC-SCT"));
  write_report (fixture, NULL, FALSE);
  g_assert_true (doc_test_page_contains (fixture->pdf, 0, "Số: 2/BC-SCT"));

  /* A failed export gives its number back. */
  g_assert_false (sxsh_annual_report_write (fixture->db, YEAR, SXSH_REPORT_FORMAT_PDF, bad,
                                            &options, NULL, NULL, NULL, &taken, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (sxsh_document_number_get_last (fixture->db, SXSH_SETTING_REPORT_SERIES, YEAR,
                                                &last, &error));
  g_assert_cmpint (last, ==, 2);
  write_report (fixture, NULL, FALSE);
  g_assert_true (doc_test_page_contains (fixture->pdf, 0, "Số: 3/BC-SCT"));
}

static gboolean
document_contains (PopplerDocument *pdf,
                   const char      *needle)
{
  return doc_test_find_page (pdf, needle, 0) >= 0;
}

static void
test_narrative (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  static const char *const forbidden[] = { "TODO", "Lorem", "(null)", "%s", "%d", "%u" };
  const char *achievements = "- Các doanh nghiệp chế biến tinh bột sắn đã chủ động đầu tư hệ "
                             "thống thu hồi khí sinh học.\n\n- Đài Phát thanh - Truyền hình tỉnh "
                             "duy trì chuyên mục về SXSH.";

  /* Without a word from the officer, every section still says something. */
  write_report (fixture, NUMBER, FALSE);
  g_assert_true (document_contains (fixture->pdf, "Trong năm 2025, việc triển khai Kế hoạch đạt "
                                                  "được một số kết quả sau:"));
  g_assert_true (document_contains (fixture->pdf, "Bên cạnh những kết quả đạt được, việc triển "
                                                  "khai Kế hoạch còn một số khó khăn, hạn chế:"));
  g_assert_true (document_contains (fixture->pdf, "Nguyên nhân:"));
  g_assert_true (document_contains (fixture->pdf, "Đề nghị Bộ Công Thương tiếp tục quan tâm"));
  g_assert_true (document_contains (fixture->pdf, "Năm 2026, Sở Công Thương tiếp tục triển khai"));
  for (int i = 0; i < poppler_document_get_n_pages (fixture->pdf); i++)
    for (guint k = 0; k < G_N_ELEMENTS (forbidden); k++)
      if (doc_test_page_contains (fixture->pdf, i, forbidden[k]))
        g_error ("page %d holds “%s”", i + 1, forbidden[k]);

  /* The officer's words replace the generated ones, paragraph by paragraph. */
  g_assert_true (sxsh_report_text_set (fixture->db, YEAR, SXSH_REPORT_SECTION_ACHIEVEMENTS,
                                       achievements, &error));
  g_assert_true (sxsh_report_text_set (fixture->db, YEAR, SXSH_REPORT_SECTION_NOTE_FUNDING,
                                       "Kinh phí năm 2025 được bố trí muộn do điều chỉnh dự toán.",
                                       &error));
  g_assert_no_error (error);
  write_report (fixture, NUMBER, FALSE);
  g_assert_true (document_contains (fixture->pdf, "- Các doanh nghiệp chế biến tinh bột sắn đã "
                                                  "chủ động đầu tư hệ thống thu hồi khí sinh "
                                                  "học."));
  g_assert_true (document_contains (fixture->pdf, "- Đài Phát thanh - Truyền hình tỉnh duy trì"));
  g_assert_true (document_contains (fixture->pdf, "Kinh phí năm 2025 được bố trí muộn"));
  g_assert_false (document_contains (fixture->pdf, "việc triển khai Kế hoạch đạt được một số "
                                                   "kết quả sau:"));
}

static void
test_chart_vector (Fixture       *fixture,
                   gconstpointer  data)
{
  int page;

  write_report (fixture, NUMBER, FALSE);
  page = doc_test_find_page (fixture->pdf, "Biểu đồ 1. Tỷ lệ cơ sở theo các mục tiêu", 0);
  g_assert_cmpint (page, >=, 0);
  {
    g_autoptr(PopplerPage) pdf_page = poppler_document_get_page (fixture->pdf, page);
    GList *images = poppler_page_get_image_mapping (pdf_page);

    /* Text of the chart is text: it was drawn, not pasted as a picture. */
    g_assert_null (images);
    g_assert_true (doc_test_page_contains (fixture->pdf, page, "Được tuyên truyền"));
    g_assert_true (doc_test_page_contains (fixture->pdf, page, "Có bộ phận chuyên trách"));
    g_assert_true (doc_test_page_contains (fixture->pdf, page, "Mục tiêu"));
  }
}

static void
test_fonts (Fixture       *fixture,
            gconstpointer  data)
{
  PopplerFontInfo *info = NULL;
  PopplerFontsIter *iter = NULL;
  guint n = 0;

  write_report (fixture, NUMBER, FALSE);
  info = poppler_font_info_new (fixture->pdf);
  while (poppler_font_info_scan (info, 20, &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          const char *name = poppler_fonts_iter_get_name (iter);

          /* Every glyph comes from the official serif (or the charts'
           * sans), embedded: no fallback font stands in for a letter. */
          g_assert_true (poppler_fonts_iter_is_embedded (iter));
          if (strstr (name, "LiberationSerif") == NULL && strstr (name, "TimesNewRoman") == NULL
              && strstr (name, "LiberationSans") == NULL && strstr (name, "Arial") == NULL)
            g_error ("unexpected font %s", name);
          n++;
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }
  g_object_unref (info);
  g_assert_cmpuint (n, >, 0);
}

typedef struct
{
  GMainLoop *loop;
  GThread   *main_thread;
  double     last_fraction;
  guint      n_progress;
  gboolean   ok;
  char      *number;
  GError    *error;
} AsyncState;

static void
progress_cb (double      fraction,
             const char *stage,
             gpointer    data)
{
  AsyncState *state = data;

  g_assert_true (g_thread_self () == state->main_thread);
  g_assert_cmpfloat (fraction, >=, state->last_fraction);
  g_assert_nonnull (stage);
  state->last_fraction = fraction;
  state->n_progress++;
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  AsyncState *state = data;

  state->ok = sxsh_annual_report_write_finish (result, &state->number, NULL, &state->error);
  g_main_loop_quit (state->loop);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  AsyncState state = { 0 };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  SxshReportOptions options = { NULL, FALSE, "05/12/2025" };
  int last = -1;

  state.loop = g_main_loop_new (NULL, FALSE);
  state.main_thread = g_thread_self ();
  sxsh_annual_report_write_async (sxsh_database_get_path (fixture->db), YEAR,
                                  SXSH_REPORT_FORMAT_PDF, fixture->pdf_path, &options, NULL,
                                  progress_cb, &state, written_cb, &state);
  g_main_loop_run (state.loop);
  g_assert_no_error (state.error);
  g_assert_true (state.ok);
  g_assert_cmpstr (state.number, ==, "1/BC-SCT");
  g_assert_cmpuint (state.n_progress, >=, 3);
  g_assert_cmpfloat (state.last_fraction, ==, 1.0);
  fixture->pdf = doc_test_open_pdf (fixture->pdf_path);
  g_assert_true (doc_test_page_contains (fixture->pdf, 0, "Số: 1/BC-SCT"));
  g_clear_pointer (&state.number, g_free);

  /* Cancelled before it starts: nothing is written and no number taken. */
  g_clear_object (&fixture->pdf);
  g_unlink (fixture->pdf_path);
  g_cancellable_cancel (cancellable);
  state.last_fraction = 0;
  sxsh_annual_report_write_async (sxsh_database_get_path (fixture->db), YEAR,
                                  SXSH_REPORT_FORMAT_PDF, fixture->pdf_path, &options, cancellable,
                                  progress_cb, &state, written_cb, &state);
  g_main_loop_run (state.loop);
  g_assert_false (state.ok);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&state.error);
  g_assert_false (g_file_test (fixture->pdf_path, G_FILE_TEST_EXISTS));
  g_assert_true (sxsh_document_number_get_last (fixture->db, SXSH_SETTING_REPORT_SERIES, YEAR,
                                                &last, &error));
  g_assert_cmpint (last, ==, 1);
  g_main_loop_unref (state.loop);
}

/* A department that has recorded nothing yet still gets a report that says
 * so, with "—" where there is no population. */
static void
test_empty_year (void)
{
  g_autofree char *tmpdir = sxsh_test_make_tmpdir ();
  g_autoptr(SxshDatabase) db = sxsh_test_open_db (tmpdir);
  g_autofree char *path = g_build_filename (tmpdir, "empty.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  SxshReportOptions options = { "1/BC-SCT", FALSE, "2017-01-10" };

  g_assert_true (sxsh_reference_load (db, &error));
  g_assert_true (sxsh_annual_report_write (db, 2016, SXSH_REPORT_FORMAT_PDF, path, &options,
                                           NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  pdf = doc_test_open_pdf (path);
  g_assert_true (doc_test_find_page (pdf, "chưa được đánh giá", 0) >= 0);
  g_assert_true (doc_test_find_page (pdf, "chưa tổ chức được hội thảo", 0) >= 0);
  g_assert_true (doc_test_find_page (pdf, "Nơi nhận:", 0) >= 0);
  doc_test_assert_inside_margins (pdf, 20, 20, 30, 15, TRUE);
  g_clear_object (&pdf);
  g_clear_object (&db);
  sxsh_test_remove_tree (tmpdir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sxsh/report-pdf/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("front", test_front);
  ADD ("indicators", test_indicators);
  ADD ("repeated-headers", test_repeated_headers);
  ADD ("closing", test_closing);
  ADD ("number-series", test_number_series);
  ADD ("narrative", test_narrative);
  ADD ("chart-vector", test_chart_vector);
  ADD ("fonts", test_fonts);
  ADD ("async", test_async);
#undef ADD
  g_test_add_func ("/sxsh/report-pdf/empty-year", test_empty_year);
  return g_test_run ();
}

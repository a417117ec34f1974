/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <locale.h>
#include <string.h>

#include "document-test-util.h"
#include "sxsh-certificate-pdf.h"
#include "sxsh-certificate-store.h"
#include "sxsh-error.h"
#include "sxsh-format.h"
#include "sxsh-test-util.h"

/* Certificates of the sample province: each on one A4 landscape page with
 * the facility's name, address, tax code, its number and the signature. */

typedef struct
{
  char         *tmpdir;
  SxshDatabase *db;
  char         *path;
} Fixture;

typedef struct
{
  char *name;
  char *address;
  char *tax_code;
} Facility;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->tmpdir = sxsh_test_make_tmpdir ();
  fixture->db = doc_test_sample_db (fixture->tmpdir, 300);
  fixture->path = g_build_filename (fixture->tmpdir, "giấy chứng nhận.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->db);
  sxsh_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
  g_free (fixture->path);
}

static void
facility_of (Fixture         *fixture,
             SxshCertificate *certificate,
             Facility        *facility)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (
    fixture->db, "SELECT name, address, COALESCE (tax_code, '') FROM facility WHERE id = ?1",
    NULL);

  sxsh_statement_bind_int64 (stmt, 1, sxsh_certificate_get_facility_id (certificate));
  g_assert_cmpint (sxsh_statement_step (stmt, NULL), ==, SXSH_STEP_ROW);
  facility->name = sxsh_statement_dup_text (stmt, 0);
  facility->address = sxsh_statement_dup_text (stmt, 1);
  facility->tax_code = sxsh_statement_dup_text (stmt, 2);
}

static void
facility_clear (Facility *facility)
{
  g_free (facility->name);
  g_free (facility->address);
  g_free (facility->tax_code);
}

/* Every certificate of the register, in number order. */
static GPtrArray *
all_certificates (Fixture *fixture)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (
    fixture->db, "SELECT number FROM certificate ORDER BY year, seq", NULL);
  GPtrArray *certificates = g_ptr_array_new_with_free_func (g_object_unref);

  while (sxsh_statement_step (stmt, NULL) == SXSH_STEP_ROW)
    {
      g_autoptr(GError) error = NULL;
      SxshCertificate *certificate =
        sxsh_certificate_find_by_number (fixture->db, sxsh_statement_get_text (stmt, 0), &error);

      g_assert_no_error (error);
      g_ptr_array_add (certificates, certificate);
    }
  return certificates;
}

static void
assert_page_shows (PopplerDocument *pdf,
                   int              page,
                   Fixture         *fixture,
                   SxshCertificate *certificate)
{
  g_autofree char *text = doc_test_page_text (pdf, page);
  g_autofree char *number = g_strdup_printf ("Số: %s", sxsh_certificate_get_number (certificate));
  g_autofree char *address = NULL;
  g_autofree char *tax = NULL;
  g_autofree char *date = NULL;
  Facility facility;
  GDate issued;
  const char *expected[8];

  facility_of (fixture, certificate, &facility);
  address = g_strdup_printf ("Địa chỉ: %s", facility.address);
  tax = g_strdup_printf ("Mã số thuế: %s", facility.tax_code);
  g_date_clear (&issued, 1);
  g_assert_true (sxsh_parse_date (sxsh_certificate_get_issue_date (certificate), &issued));
  date = sxsh_format_date_line ("Kon Tum", &issued);
  expected[0] = "GIẤY CHỨNG NHẬN";
  expected[1] = "ÁP DỤNG SẢN XUẤT SẠCH HƠN TRONG CÔNG NGHIỆP";
  expected[2] = facility.name;
  expected[3] = address;
  expected[4] = tax;
  expected[5] = number;
  expected[6] = date;
  expected[7] = sxsh_certificate_get_signer (certificate);
  /* A facility without a tax code has no such line. */
  if (*facility.tax_code == '\0')
    {
      g_assert_null (strstr (text, "Mã số thuế"));
      expected[4] = facility.name;
    }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("page %d lacks “%s”: %s", page + 1, expected[i], text);
  g_assert_nonnull (strstr (text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  g_assert_nonnull (strstr (text, "SỞ CÔNG THƯƠNG TỈNH KON TUM"));
  g_assert_nonnull (strstr (text, "PHÓ GIÁM ĐỐC"));
  facility_clear (&facility);
}

static void
test_one (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *numbers[] = { "01/2025/GCN-SCT", NULL };
  g_autoptr(GPtrArray) certificates = sxsh_certificate_pdf_lookup (fixture->db, numbers, &error);
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerPage) page = NULL;
  guint n_pages = 0;
  double w, h;

  g_assert_no_error (error);
  g_assert_true (sxsh_certificate_pdf_write (fixture->db, certificates, FALSE, fixture->path,
                                             &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, 1);
  pdf = doc_test_open_pdf (fixture->path);
  page = poppler_document_get_page (pdf, 0);
  poppler_page_get_size (page, &w, &h);
  g_assert_cmpfloat (w, >, h);
  doc_test_assert_a4 (pdf);
  assert_page_shows (pdf, 0, fixture, g_ptr_array_index (certificates, 0));
  g_assert_true (doc_test_page_contains (pdf, 0, sxsh_certificate_get_benefits (
                                                   g_ptr_array_index (certificates, 0))));
  /* Everything inside the decorative border. */
  doc_test_assert_inside_margins (pdf, 10, 10, 10, 10, FALSE);
  doc_test_keep_file (fixture->path, "certificate.pdf");
  doc_test_keep_page_png (pdf, 0, 60, "certificate.png");
}

static void
test_batch (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) certificates = all_certificates (fixture);
  g_autoptr(PopplerDocument) pdf = NULL;
  guint n_pages = 0;

  g_assert_cmpuint (certificates->len, >, 5);
  g_assert_true (sxsh_certificate_pdf_write (fixture->db, certificates, FALSE, fixture->path,
                                             &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, certificates->len);
  pdf = doc_test_open_pdf (fixture->path);
  for (guint i = 0; i < certificates->len; i++)
    assert_page_shows (pdf, i, fixture, g_ptr_array_index (certificates, i));
  doc_test_assert_inside_margins (pdf, 10, 10, 10, 10, FALSE);
}

/* A benefits text far too long for the page is set smaller, then cut at a
 * word; the page stays one page and nothing crosses the border. */
static void
test_long_benefits (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) benefits = g_string_new (NULL);
  g_autoptr(SxshStatement) stmt = NULL;
  const char *numbers[] = { "01/2025/GCN-SCT", NULL };
  g_autoptr(GPtrArray) certificates = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL;
  guint n_pages = 0;

  for (int i = 1; i <= 60; i++)
    g_string_append_printf (benefits, "Giải pháp %d: thay thế thiết bị cũ, tiết kiệm %d TOE "
                            "năng lượng mỗi năm; ", i, i * 3);
  stmt = sxsh_database_prepare (fixture->db, "UPDATE certificate SET benefits = ?1 "
                                             "WHERE number = ?2", &error);
  sxsh_statement_bind_text (stmt, 1, benefits->str);
  sxsh_statement_bind_text (stmt, 2, numbers[0]);
  g_assert_true (sxsh_statement_run (stmt, &error));
  g_assert_no_error (error);

  certificates = sxsh_certificate_pdf_lookup (fixture->db, numbers, &error);
  g_assert_true (sxsh_certificate_pdf_write (fixture->db, certificates, FALSE, fixture->path,
                                             &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, 1);
  pdf = doc_test_open_pdf (fixture->path);
  text = doc_test_page_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Giải pháp 1: thay thế thiết bị cũ"));
  g_assert_nonnull (strstr (text, "…"));
  g_assert_nonnull (strstr (text, "Số: 01/2025/GCN-SCT"));
  g_assert_nonnull (strstr (text, sxsh_certificate_get_signer (
                                  g_ptr_array_index (certificates, 0))));
  doc_test_assert_inside_margins (pdf, 10, 10, 10, 10, FALSE);
}

/* The "ĐÃ THU HỒI" mark runs across the page at an angle, which poppler
 * does not read back as words: look for its pale red in the middle band,
 * where nothing else is red. */
static guint
count_mark_pixels (PopplerDocument *pdf)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, 0);
  cairo_surface_t *surface;
  cairo_t *cr;
  double w, h, scale = 30.0 / 72.0;
  int width, height, stride;
  guchar *data;
  guint n = 0;

  poppler_page_get_size (page, &w, &h);
  width = (int) (w * scale);
  height = (int) (h * scale);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render_for_printing (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = height * 45 / 100; y < height * 70 / 100; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(guint32 *) (data + y * stride + 4 * x);
        int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff;

        if (r > 180 && r - g > 25)
          n++;
      }
  cairo_surface_destroy (surface);
  return n;
}

static void
test_revoked (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshCertificateStore) store = sxsh_certificate_store_new (fixture->db);
  const char *numbers[] = { "02/2025/GCN-SCT", NULL };
  g_autoptr(GPtrArray) certificates = sxsh_certificate_pdf_lookup (fixture->db, numbers, &error);
  g_autoptr(GPtrArray) reloaded = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_true (sxsh_certificate_store_revoke (
    store, sxsh_certificate_get_id (g_ptr_array_index (certificates, 0)), "2026-03-02",
    "Cơ sở ngừng áp dụng các giải pháp SXSH", &error));
  g_assert_no_error (error);
  reloaded = sxsh_certificate_pdf_lookup (fixture->db, numbers, &error);

  /* Refused as an original, with the reason in plain words. */
  g_assert_false (sxsh_certificate_pdf_write (fixture->db, reloaded, FALSE, fixture->path, NULL,
                                              &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "02/2025/GCN-SCT"));
  g_assert_nonnull (strstr (error->message, "02/03/2026"));
  g_clear_error (&error);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  /* Printed as a marked copy when asked for. */
  g_assert_true (sxsh_certificate_pdf_write (fixture->db, reloaded, TRUE, fixture->path, NULL,
                                             &error));
  g_assert_no_error (error);
  pdf = doc_test_open_pdf (fixture->path);
  text = doc_test_page_text (pdf, 0);
  g_assert_cmpuint (count_mark_pixels (pdf), >, 200);
  g_assert_nonnull (strstr (text, "Bản sao: Giấy chứng nhận đã bị thu hồi ngày 02/03/2026"));
  g_assert_nonnull (strstr (text, "Số: 02/2025/GCN-SCT"));
  doc_test_keep_page_png (pdf, 0, 40, "certificate-revoked.png");
}

static void
test_unknown (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *numbers[] = { "01/2025/GCN-SCT", "77/2031/GCN-SCT", NULL };
  g_autoptr(GPtrArray) certificates = sxsh_certificate_pdf_lookup (fixture->db, numbers, &error);

  g_assert_null (certificates);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "77/2031/GCN-SCT"));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sxsh/certificate-pdf/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)
  ADD ("one", test_one);
  ADD ("batch", test_batch);
  ADD ("long-benefits", test_long_benefits);
  ADD ("revoked", test_revoked);
  ADD ("unknown", test_unknown);
#undef ADD
  return g_test_run ();
}

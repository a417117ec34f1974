/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "sxsh-core.h"

static void
test_fold (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "Đắk Hà", "dak ha" },
    { "CAO SU", "cao su" },
    { "  Công ty   TNHH\tMTV  ", "cong ty tnhh mtv" },
    { "Ia H'Drai", "ia h'drai" },
    { "Tu Mơ Rông", "tu mo rong" },
    { "Ngọc Hồi", "ngoc hoi" },
    { "ĐƯỜNG Ưu Đãi", "duong uu dai" },
    /* Decomposed input (NFD) folds the same as composed. */
    { "Ðă\xcc\x81k", "dak" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = sxsh_text_fold (cases[i].in);
      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_match (void)
{
  g_autofree char *hay = sxsh_text_fold ("Công ty Cao su Đắk Hà, huyện Đắk Hà");
  g_autofree char *q1 = sxsh_text_fold ("dak ha");
  g_autofree char *q2 = sxsh_text_fold ("HÀ cao");
  g_autofree char *q3 = sxsh_text_fold ("dak to");

  g_assert_true (sxsh_text_match_folded (hay, q1));
  g_assert_true (sxsh_text_match_folded (hay, q2));
  g_assert_false (sxsh_text_match_folded (hay, q3));
  g_assert_true (sxsh_text_match_folded (hay, ""));
  /* Words match from their start: "ha" is not found inside "phat". */
  g_assert_false (sxsh_text_match_folded ("cong ty phat dat dak to", "dak ha"));
  g_assert_true (sxsh_text_match_folded ("cong ty phat dat dak to", "dak ph"));
  /* A tax code is found from its start, with or without the branch part. */
  g_assert_true (sxsh_text_match_folded ("nha may 0100109106-001", "0100109"));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return sxsh_text_collate (*(const char **) a, *(const char **) b);
}

static void
test_collate (void)
{
  /* Vietnamese dictionary order: a < ă < â, d < đ, o < ô < ơ, u < ư; tones
   * only break ties, in the order none, huyền, hỏi, ngã, sắc, nặng. */
  const char *expected[] = {
    "An Khê", "Ân Thi", "Bắc Ninh", "Cam Lộ", "Duy Tân", "Đắk Glei", "Đắk Hà", "Đắk Tô",
    "Ia H'Drai", "Kon Plông", "Kon Rẫy", "Kon Tum", "Ngọc Hồi", "Ô Môn", "Ơn Trời",
    "Sa Thầy", "Tu Mơ Rông", "Ưng Hòa",
  };
  const char *tones[] = { "ma", "mà", "mả", "mã", "má", "mạ" };
  g_autoptr(GPtrArray) shuffled = g_ptr_array_new ();

  for (int i = G_N_ELEMENTS (expected) - 1; i >= 0; i -= 2)
    g_ptr_array_add (shuffled, (gpointer) expected[i]);
  for (int i = G_N_ELEMENTS (expected) - 2; i >= 0; i -= 2)
    g_ptr_array_add (shuffled, (gpointer) expected[i]);
  g_ptr_array_sort (shuffled, compare_strings);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (shuffled, i), ==, expected[i]);

  for (guint i = 0; i + 1 < G_N_ELEMENTS (tones); i++)
    g_assert_cmpint (sxsh_text_collate (tones[i], tones[i + 1]), <, 0);

  /* Base letters decide before tones: "mạ" < "mb". */
  g_assert_cmpint (sxsh_text_collate ("mạ", "mb"), <, 0);
  /* Case only breaks ties. */
  g_assert_cmpint (sxsh_text_collate ("cao su", "CAO SU"), !=, 0);
  g_assert_cmpint (sxsh_text_collate ("CAO SU", "cao sv"), <, 0);
  /* A prefix sorts first. */
  g_assert_cmpint (sxsh_text_collate ("Kon", "Kon Tum"), <, 0);
}

static void
test_normalize (void)
{
  g_autofree char *text = sxsh_text_normalize ("  Nhà máy \n  gạch  ");

  g_assert_cmpstr (text, ==, "Nhà máy gạch");
}

static void
test_format_numbers (void)
{
  static const struct { double v; int d; const char *out; } cases[] = {
    { 1234.5, 1, "1.234,5" },
    { 1234567, 0, "1.234.567" },
    { 0.05, 2, "0,05" },
    { -1234.56, 2, "-1.234,56" },
    { -0.001, 1, "0,0" },
    { 999, 0, "999" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = sxsh_format_number (cases[i].v, cases[i].d);
      g_assert_cmpstr (s, ==, cases[i].out);
    }
  {
    g_autofree char *s = sxsh_format_integer (50000000);
    g_autofree char *p = sxsh_format_percent (45.55, 1);
    g_autofree char *nan = sxsh_format_percent (NAN, 1);
    g_assert_cmpstr (s, ==, "50.000.000");
    g_assert_true (g_str_equal (p, "45,5%") || g_str_equal (p, "45,6%"));
    g_assert_cmpstr (nan, ==, "—");
  }
}

static void
test_parse_numbers (void)
{
  static const struct { const char *in; double v; } good[] = {
    { "1.234,5", 1234.5 }, { "1,234.5", 1234.5 }, { "1234,5", 1234.5 }, { "1234.5", 1234.5 },
    { "1 234,5", 1234.5 }, { "1.500", 1500 }, { "1,500", 1.5 }, { "15,674", 15.674 }, { "1,234,567", 1234567 }, { "2,75", 2.75 },
    { "0,5", 0.5 }, { "-3,25", -3.25 }, { "12", 12 }, { "1.234.567", 1234567 },
  };
  const char *bad[] = { "", "abc", "1,2,3.4.5x", "12 kg", NULL };
  double v;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_assert_true (sxsh_parse_number (good[i].in, &v));
      g_assert_cmpfloat_with_epsilon (v, good[i].v, 1e-9);
    }
  for (guint i = 0; bad[i]; i++)
    g_assert_false (sxsh_parse_number (bad[i], &v));
}

static void
test_dates (void)
{
  GDate date;
  g_autofree char *iso = NULL;
  g_autofree char *line = NULL;
  g_autofree char *shown = sxsh_format_date ("2026-12-05");

  g_assert_true (sxsh_parse_date ("05/12/2026", &date));
  iso = sxsh_date_to_iso (&date);
  g_assert_cmpstr (iso, ==, "2026-12-05");
  g_assert_true (sxsh_parse_date ("2026-12-05", &date));
  g_assert_true (sxsh_parse_date ("5/1/2020", &date));
  g_assert_cmpint (g_date_get_month (&date), ==, 1);
  g_assert_false (sxsh_parse_date ("31/02/2020", &date));
  g_assert_false (sxsh_parse_date ("hôm qua", &date));
  g_assert_cmpstr (shown, ==, "05/12/2026");

  g_date_set_dmy (&date, 5, 3, 2026);
  line = sxsh_format_date_line ("Kon Tum", &date);
  g_assert_cmpstr (line, ==, "Kon Tum, ngày 05 tháng 03 năm 2026");
}

static void
test_booleans (void)
{
  const char *yes[] = { "1", "yes", "Có", "CO", "x", "X", "true", NULL };
  const char *no[] = { "0", "no", "không", "KHONG", "", "false", NULL };
  gboolean v;

  for (int i = 0; yes[i]; i++)
    {
      g_assert_true (sxsh_parse_boolean (yes[i], &v));
      g_assert_true (v);
    }
  for (int i = 0; no[i]; i++)
    {
      g_assert_true (sxsh_parse_boolean (no[i], &v));
      g_assert_false (v);
    }
  g_assert_false (sxsh_parse_boolean ("maybe", &v));
}

static void
test_tax_codes (void)
{
  gboolean check;

  g_assert_true (sxsh_validate_tax_code ("0100109106", &check));
  g_assert_true (check);
  g_assert_true (sxsh_validate_tax_code ("0100112437", &check));
  g_assert_true (check);
  g_assert_true (sxsh_validate_tax_code ("0100109106-001", &check));
  g_assert_true (check);
  g_assert_true (sxsh_validate_tax_code ("0100109107", &check));
  g_assert_false (check);
  g_assert_false (sxsh_validate_tax_code ("010010910", &check));
  g_assert_false (sxsh_validate_tax_code ("0100109106-01", &check));
  g_assert_false (sxsh_validate_tax_code ("0100109106_001", &check));
  g_assert_false (sxsh_validate_tax_code ("01001O9106", &check));

  g_assert_true (sxsh_validate_email ("sct@kontum.gov.vn"));
  g_assert_false (sxsh_validate_email ("sct@kontum"));
  g_assert_false (sxsh_validate_email ("sct kontum.gov.vn"));
  g_assert_true (sxsh_validate_phone ("0260 3862 123"));
  g_assert_true (sxsh_validate_phone ("+84 260 3862 123"));
  g_assert_false (sxsh_validate_phone ("12345"));
  g_assert_false (sxsh_validate_phone ("0260-abc-123"));
}

static void
test_number_series (void)
{
  g_autofree char *a = sxsh_settings_format_number ("{seq:02}/{year}/GCN-SCT", 5, 2019);
  g_autofree char *b = sxsh_settings_format_number ("{seq}/BC-SCT", 123, 2026);

  g_assert_cmpstr (a, ==, "05/2019/GCN-SCT");
  g_assert_cmpstr (b, ==, "123/BC-SCT");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sxsh/text/fold", test_fold);
  g_test_add_func ("/sxsh/text/match", test_match);
  g_test_add_func ("/sxsh/text/collate", test_collate);
  g_test_add_func ("/sxsh/text/normalize", test_normalize);
  g_test_add_func ("/sxsh/format/numbers", test_format_numbers);
  g_test_add_func ("/sxsh/format/parse-numbers", test_parse_numbers);
  g_test_add_func ("/sxsh/format/dates", test_dates);
  g_test_add_func ("/sxsh/format/booleans", test_booleans);
  g_test_add_func ("/sxsh/validation/tax-codes", test_tax_codes);
  g_test_add_func ("/sxsh/settings/number-series", test_number_series);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "document-test-util.h"
#include "sxsh-document-number.h"
#include "sxsh-error.h"
#include "sxsh-indicators.h"
#include "sxsh-reminder-pdf.h"
#include "sxsh-settings.h"
#include "sxsh-test-util.h"

/* Reminder letters to the reporters of the sample province whose 2025
 * report is overdue: one letter a page, each to its addressee, with its own
 * number of the letter series. */

#define YEAR 2025

typedef struct
{
  char         *tmpdir;
  SxshDatabase *db;
  char         *path;
  GDate         date;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->tmpdir = sxsh_test_make_tmpdir ();
  fixture->db = doc_test_sample_db (fixture->tmpdir, 300);
  fixture->path = g_build_filename (fixture->tmpdir, "công văn.pdf", NULL);
  g_date_clear (&fixture->date, 1);
  g_date_set_dmy (&fixture->date, 10, 12, YEAR);
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

static guint
count_missing (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshIndicatorReport) report = sxsh_indicators_compute (fixture->db, NULL, YEAR,
                                                                   &error);

  g_assert_no_error (error);
  return sxsh_indicator_report_count_reports (report, SXSH_REPORT_STATUS_MISSING);
}

static void
test_letters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  guint missing = count_missing (fixture);
  gboolean agency_seen = FALSE;
  int last = -1;

  g_assert_cmpuint (missing, >, 3);
  g_assert_true (sxsh_reminders_write (fixture->db, YEAR, &fixture->date, NULL, FALSE,
                                       fixture->path, &reminders, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (reminders->len, ==, missing);

  pdf = doc_test_open_pdf (fixture->path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, missing);
  doc_test_assert_a4 (pdf);
  doc_test_assert_inside_margins (pdf, 20, 20, 30, 15, FALSE);
  for (guint i = 0; i < reminders->len; i++)
    {
      SxshReminder *reminder = g_ptr_array_index (reminders, i);
      g_autofree char *text = doc_test_page_text (pdf, i);
      g_autofree char *number = g_strdup_printf ("Số: %u/SCT-QLCN", i + 1);
      g_autofree char *to = g_strdup_printf ("Kính gửi: %s.", reminder->name);
      gboolean facility = reminder->kind == SXSH_REPORTER_FACILITY;
      const char *expected[] = {
        "UBND TỈNH KON TUM", "SỞ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Kon Tum, ngày 10 tháng 12 năm 2025", number, "V/v đôn đốc gửi báo cáo", to,
        "Kế hoạch số 2340/KH-UBND ngày 26/9/2016",
        facility ? "tại điểm 9 mục V của Kế hoạch" : "tại điểm 10 mục V của Kế hoạch",
        "trước ngày 30/11", "thời hạn gửi báo cáo là ngày 30/11/2025",
        "trước ngày 20/12/2025", "Nơi nhận:", "Như trên;", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
        DOC_TEST_SIGNER,
      };

      g_assert_cmpstr (reminder->number, ==, number + strlen ("Số: "));
      for (guint k = 0; k < G_N_ELEMENTS (expected); k++)
        if (strstr (text, expected[k]) == NULL)
          g_error ("letter %u lacks “%s”: %s", i + 1, expected[k], text);
      /* Facilities come first, then the agencies. */
      if (!facility)
        agency_seen = TRUE;
      else
        g_assert_false (agency_seen);
    }

  /* The numbers were taken from the letter series. */
  g_assert_true (sxsh_document_number_get_last (fixture->db, SXSH_SETTING_LETTER_SERIES, YEAR,
                                                &last, &error));
  g_assert_cmpint (last, ==, (int) missing);
  doc_test_keep_file (fixture->path, "reminders.pdf");
  doc_test_keep_page_png (pdf, 0, 60, "reminder.png");
}

static void
test_draft (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  GDate reply;
  int last = -1;

  g_date_clear (&reply, 1);
  g_date_set_dmy (&reply, 5, 1, YEAR + 1);
  g_assert_true (sxsh_reminders_write (fixture->db, YEAR, &fixture->date, &reply, TRUE,
                                       fixture->path, &reminders, &error));
  g_assert_no_error (error);
  pdf = doc_test_open_pdf (fixture->path);
  g_assert_true (doc_test_page_contains (pdf, 0, "Số: …/SCT-QLCN"));
  g_assert_true (doc_test_page_contains (pdf, 0, "trước ngày 05/01/2026"));
  g_assert_true (sxsh_document_number_get_last (fixture->db, SXSH_SETTING_LETTER_SERIES, YEAR,
                                                &last, &error));
  g_assert_cmpint (last, ==, 0);
}

static void
test_nothing_overdue (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GDate before_due;
  int last = -1;

  /* On the due day itself nobody is late yet. */
  g_date_clear (&before_due, 1);
  g_date_set_dmy (&before_due, 30, 11, YEAR);
  g_assert_false (sxsh_reminders_write (fixture->db, YEAR, &before_due, NULL, FALSE, fixture->path,
                                        NULL, &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "30/11/2025"));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  g_assert_true (sxsh_document_number_get_last (fixture->db, SXSH_SETTING_LETTER_SERIES, YEAR,
                                                &last, &error));
  g_assert_cmpint (last, ==, 0);
}

static void
test_failed_write (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bad = g_build_filename (fixture->tmpdir, "missing", "l.pdf", NULL);
  int last = -1;

  g_assert_false (sxsh_reminders_write (fixture->db, YEAR, &fixture->date, NULL, FALSE, bad, NULL,
                                        &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  /* The numbers were given back. */
  g_assert_true (sxsh_document_number_get_last (fixture->db, SXSH_SETTING_LETTER_SERIES, YEAR,
                                                &last, &error));
  g_assert_cmpint (last, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sxsh/reminders/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("letters", test_letters);
  ADD ("draft", test_draft);
  ADD ("nothing-overdue", test_nothing_overdue);
  ADD ("failed-write", test_failed_write);
#undef ADD
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <poppler.h>

#include "sxsh-certificate-store.h"
#include "sxsh-database.h"
#include "sxsh-test-util.h"

/* sxsh-cli report, certificate and reminders on the sample province: exit
 * statuses, messages, and the documents they leave behind. */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

typedef struct
{
  char *dir;
  char *db_path;
} Fixture;

static int
run_cli (Fixture  *fixture,
         char    **out,
         char    **err,
         ...)
{
  g_autofree char *cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "sxsh-cli",
                                                NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  int wait_status = 0;
  va_list args;

  g_ptr_array_add (argv, cli);
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, fixture->db_path);
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (fixture->dir, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &wait_status, &error);
  g_assert_no_error (error);
  if (!WIFEXITED (wait_status))
    g_error ("sxsh-cli did not exit normally");
  return WEXITSTATUS (wait_status);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  fixture->dir = sxsh_test_make_tmpdir ();
  fixture->db_path = g_build_filename (fixture->dir, "sxsh.db", NULL);
  g_assert_cmpint (run_cli (fixture, &out, &err, "init", "--sample", NULL), ==, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  sxsh_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
}

static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  g_autoptr(PopplerDocument) pdf = poppler_document_new_from_file (uri, NULL, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);
      g_autofree char *text = poppler_page_get_text (page);

      for (const char *p = text; *p; p++)
        g_string_append_c (out, g_ascii_isspace (*p) ? ' ' : *p);
      g_string_append_c (out, '\f');
    }
  return g_string_free (out, FALSE);
}

/* The value_pct of @key in the JSON of `indicators --json`. */
static double
json_value (const char *json,
            const char *key)
{
  g_autofree char *needle = g_strdup_printf ("\"key\":\"%s\"", key);
  const char *at = strstr (json, needle);

  g_assert_nonnull (at);
  at = strstr (at, "\"value_pct\":");
  g_assert_nonnull (at);
  return g_ascii_strtod (at + strlen ("\"value_pct\":"), NULL);
}

static void
test_report (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "r.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (fixture->dir, "r.xlsx", NULL);
  g_autofree char *contents = NULL;
  static const char *const keys[] = { "informed", "applying", "applying_saving",
                                      "dedicated_unit" };

  g_assert_cmpint (run_cli (fixture, &out, &err, "report", "--year", "2025", "-o", "r.pdf",
                            "--date", "05/12/2025", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_str_has_prefix (out, "Report 1/BC-SCT of 2025 written to r.pdf ("));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Every indicator in the PDF as the JSON gives it. */
  g_assert_cmpint (run_cli (fixture, &json, &err, "indicators", "--year", "2025", "--json",
                            NULL), ==, 0);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Số: 1/BC-SCT"));
  g_assert_nonnull (strstr (text, "Kon Tum, ngày 05 tháng 12 năm 2025"));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      char buffer[32];
      g_autofree char *value = NULL;

      g_snprintf (buffer, sizeof buffer, "%.1f%%", json_value (json, keys[i]));
      value = g_strdelimit (g_strdup (buffer), ".", ',');
      if (strstr (text, value) == NULL)
        g_error ("the report lacks %s = %s", keys[i], value);
    }

  /* The next report of the same year takes the next number (the series
   * counts by the year of the report's date); a draft takes none. */
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (fixture, &out, &err, "report", "--year", "2025", "-o", "r.pdf",
                            "--draft", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "no number was taken"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (fixture, &out, &err, "report", "--year", "2025", "-o", "r.pdf",
                            "--date", "08/12/2025", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "Report 2/BC-SCT of 2025"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* The workbook, by its extension. */
  g_assert_cmpint (run_cli (fixture, &out, &err, "report", "--year", "2025", "-o", "r.xlsx",
                            NULL), ==, 0);
  g_assert_true (g_file_get_contents (xlsx, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "PK"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_IS_DIR));
}

static void
test_report_usage (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char *const cases[][8] = {
    { "report", "--year", "2025", NULL },
    { "report", "--year", "2025", "-o", "r.pdf", "--format", "doc", NULL },
    { "report", "--year", "2025", "-o", "r.pdf", "--draft", "--number", "3/BC-SCT" },
    { "report", "--year", "1800", "-o", "r.pdf", NULL },
    { "report", "--year", "2025", "-o", "r.pdf", "--date", "31/02/2025", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (fixture, &out, &err, cases[i][0], cases[i][1], cases[i][2],
                                cases[i][3], cases[i][4], cases[i][5], cases[i][6], cases[i][7],
                                NULL), ==, 2);
      g_assert_true (g_str_has_prefix (err, "sxsh-cli: "));
      g_assert_nonnull (strstr (err, "--help"));
    }
}

static void
test_certificate (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "c.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_cmpint (run_cli (fixture, &out, &err, "certificate", "01/2025/GCN-SCT",
                            "02/2025/GCN-SCT", "-o", "c.pdf", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "2 certificates written to c.pdf.\n");
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Số: 01/2025/GCN-SCT"));
  g_assert_nonnull (strstr (text, "Số: 02/2025/GCN-SCT"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (fixture, &out, &err, "certificate", "88/2025/GCN-SCT", "-o", "x.pdf",
                            NULL), ==, 1);
  g_assert_nonnull (strstr (err, "88/2025/GCN-SCT"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A revoked certificate: refused, or printed as a marked copy. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SxshDatabase) db = sxsh_database_open (fixture->db_path, &error);
    g_autoptr(SxshCertificateStore) store = sxsh_certificate_store_new (db);
    g_autoptr(SxshCertificate) certificate = sxsh_certificate_find_by_number (db,
                                                                             "01/2025/GCN-SCT",
                                                                             &error);

    g_assert_no_error (error);
    g_assert_true (sxsh_certificate_store_revoke (store, sxsh_certificate_get_id (certificate),
                                                  "2026-01-15", "Ngừng sản xuất", &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (run_cli (fixture, &out, &err, "certificate", "01/2025/GCN-SCT", "-o", "r.pdf",
                            NULL), ==, 1);
  g_assert_nonnull (strstr (err, "revoked on 15/01/2026"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (fixture, &out, &err, "certificate", "01/2025/GCN-SCT", "-o", "r.pdf",
                            "--revoked-copy", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (fixture, &out, &err, "certificate", "-o", "r.pdf", NULL), ==, 2);
}

static void
test_reminders (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "l.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run_cli (fixture, &out, &err, "reminders", "--year", "2025", "-o", "l.pdf",
                            "--date", "10/12/2025", NULL), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_true (g_str_has_suffix (lines[0], "reminder letters written to l.pdf:"));
  g_assert_true (g_str_has_prefix (lines[1], "  1/SCT-QLCN  "));
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Kính gửi: "));
  g_assert_nonnull (strstr (text, lines[1] + strlen ("  1/SCT-QLCN  ")));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Before the due date there is nobody to remind. */
  g_assert_cmpint (run_cli (fixture, &out, &err, "reminders", "--year", "2025", "-o", "m.pdf",
                            "--date", "01/11/2025", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "No annual report of 2025 is overdue on 01/11/2025"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (fixture, &out, &err, "reminders", "--year", "2025", NULL), ==, 2);
}

static void
test_forms (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *folder = g_build_filename (fixture->dir, "forms", NULL);
  g_autoptr(GDir) dir = NULL;
  guint n = 0, announced = 0;
  const char *name;

  g_assert_cmpint (run_cli (fixture, &out, &err, "forms", "--year", "2025", "-o", "forms", NULL),
                   ==, 0);
  announced = (guint) strtoul (out, NULL, 10);
  g_assert_cmpuint (announced, >, 0);
  g_assert_nonnull (strstr (out, "annual report forms of 2025 written to forms."));
  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_true (g_str_has_suffix (name, ".xlsx"));
      n++;
    }
  g_assert_cmpuint (n, ==, announced);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (fixture, &out, &err, "forms", "--year", "2025", NULL), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sxsh/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("report", test_report);
  ADD ("report-usage", test_report_usage);
  ADD ("certificate", test_certificate);
  ADD ("reminders", test_reminders);
  ADD ("forms", test_forms);
#undef ADD
  return g_test_run ();
}

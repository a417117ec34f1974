/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <time.h>

#include <glib/gstdio.h>

#include "sxsh-annual-report-export.h"
#include "sxsh-annual-report.h"
#include "sxsh-database.h"
#include "sxsh-reference.h"
#include "sxsh-report-pdf.h"
#include "sxsh-report-xlsx.h"
#include "sxsh-sample.h"
#include "sxsh-test-util.h"

/* Times the annual report on a synthetic province.  The targets of
 * DESIGN.md on 10 000 facilities over 11 years: the whole report as xlsx
 * under 1 s, as PDF under 2 s.  A measurement, not a test: it prints and
 * never fails on time.
 *
 *   bench-report [--facilities N] [--seed S] [--year Y] [--runs R] [--db PATH]
 *
 * With --db an existing database is measured (and generated there first
 * when the file does not exist yet).  Each stage is timed by the wall
 * clock and by the process's CPU time: the collection uses two threads, so
 * on a busy machine the wall clock says more about the machine. */

static double
wall_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

typedef struct
{
  const char *name;
  GArray     *wall;
  GArray     *cpu;
} Stage;

static void
stage_add (Stage  *stage,
           double  wall_start,
           double  cpu_start)
{
  double wall = wall_ms () - wall_start;
  double cpu = cpu_ms () - cpu_start;

  g_array_append_val (stage->wall, wall);
  g_array_append_val (stage->cpu, cpu);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SxshDatabase) db = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *pdf_path = NULL;
  g_autofree char *xlsx_path = NULL;
  int facilities = 10000, year = 2025, runs = 3;
  gint64 seed = SXSH_SAMPLE_DEFAULT_SEED;
  GOptionEntry entries[] = {
    { "facilities", 0, 0, G_OPTION_ARG_INT, &facilities, "Facilities to generate", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the sample", "S" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, "Year of the report", "Y" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs to take the median of", "R" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path, "Database to measure", "PATH" },
    { NULL }
  };
  Stage stages[] = {
    { "collect the model", NULL, NULL },
    { "lay out the PDF", NULL, NULL },
    { "write the PDF", NULL, NULL },
    { "write the workbook", NULL, NULL },
    { "PDF, end to end", NULL, NULL },
    { "xlsx, end to end", NULL, NULL },
  };
  guint n_pages = 0, n_applying = 0;

  setlocale (LC_ALL, "");
  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  tmpdir = sxsh_test_make_tmpdir ();
  if (db_path == NULL)
    db_path = g_build_filename (tmpdir, "bench.db", NULL);
  if (!g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      double start = wall_ms ();

      db = sxsh_database_open (db_path, &error);
      if (db == NULL || !sxsh_reference_load (db, &error)
          || !sxsh_database_set_logging (db, FALSE, &error)
          || !sxsh_sample_generate (db, facilities, seed, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_print ("Generated %d facilities in %.0f ms\n", facilities, wall_ms () - start);
    }
  else
    db = sxsh_database_open (db_path, &error);
  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  pdf_path = g_build_filename (tmpdir, "report.pdf", NULL);
  xlsx_path = g_build_filename (tmpdir, "report.xlsx", NULL);

  for (guint s = 0; s < G_N_ELEMENTS (stages); s++)
    {
      stages[s].wall = g_array_new (FALSE, FALSE, sizeof (double));
      stages[s].cpu = g_array_new (FALSE, FALSE, sizeof (double));
    }
  for (int r = 0; r < runs; r++)
    {
      g_autoptr(SxshAnnualReport) report = NULL;
      g_autoptr(SxshOfficialDocument) doc = NULL;
      SxshReportOptions draft = { NULL, TRUE, NULL };
      double wall, cpu;

      wall = wall_ms (), cpu = cpu_ms ();
      report = sxsh_annual_report_collect (db, year, NULL, &error);
      g_assert_no_error (error);
      stage_add (&stages[0], wall, cpu);
      n_applying = sxsh_annual_report_get_applying (report)->len;

      wall = wall_ms (), cpu = cpu_ms ();
      doc = sxsh_report_pdf_build (report, "…/BC-SCT", NULL);
      n_pages = sxsh_official_document_layout (doc);
      stage_add (&stages[1], wall, cpu);

      wall = wall_ms (), cpu = cpu_ms ();
      g_assert_true (sxsh_official_document_write_pdf (doc, pdf_path, NULL, &error));
      stage_add (&stages[2], wall, cpu);

      wall = wall_ms (), cpu = cpu_ms ();
      g_assert_true (sxsh_report_xlsx_write (report, "", NULL, xlsx_path, &error));
      stage_add (&stages[3], wall, cpu);

      wall = wall_ms (), cpu = cpu_ms ();
      g_assert_true (sxsh_annual_report_write (db, year, SXSH_REPORT_FORMAT_PDF, pdf_path, &draft,
                                               NULL, NULL, NULL, NULL, NULL, &error));
      stage_add (&stages[4], wall, cpu);

      wall = wall_ms (), cpu = cpu_ms ();
      g_assert_true (sxsh_annual_report_write (db, year, SXSH_REPORT_FORMAT_XLSX, xlsx_path,
                                               &draft, NULL, NULL, NULL, NULL, NULL, &error));
      stage_add (&stages[5], wall, cpu);
    }

  g_print ("Annual report of %d: %u applying facilities, %u pages; median of %d runs\n", year,
           n_applying, n_pages, runs);
  for (guint s = 0; s < G_N_ELEMENTS (stages); s++)
    {
      g_print ("  %-20s %8.0f ms wall %8.0f ms CPU\n", stages[s].name, median (stages[s].wall),
               median (stages[s].cpu));
      g_array_unref (stages[s].wall);
      g_array_unref (stages[s].cpu);
    }
  g_clear_object (&db);
  sxsh_test_remove_tree (tmpdir);
  return 0;
}

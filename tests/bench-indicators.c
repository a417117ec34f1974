/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <time.h>

#include "sxsh-database.h"
#include "sxsh-indicators.h"
#include "sxsh-reference.h"
#include "sxsh-sample.h"
#include "sxsh-test-util.h"

/* Times sxsh_indicators_compute() on a synthetic province.  The target of
 * DESIGN.md: all indicators of a year in under 50 ms on 10 000 facilities
 * over 11 years.  A measurement, not a test: it prints and never fails on
 * time.
 *
 *   bench-indicators [--facilities N] [--seed S] [--year Y] [--runs R]
 *                    [--db PATH]
 *
 * With --db an existing database is measured (and generated there first
 * when the file does not exist yet, so that it can be reused).  The
 * environment variable BENCH_PRAGMA runs one statement on the connection
 * first, to try a setting such as "PRAGMA cache_size = -32768".
 *
 * Both the wall clock and the thread's CPU time are printed: on a busy
 * machine the CPU time is the better measure of the engine itself. */

/* CPU time of this thread, in ms: unlike the wall clock it does not count
 * the time other programs on a busy machine take from us. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SxshDatabase) db = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *db_path = NULL;
  g_autofree double *times = NULL;
  g_autofree double *cpu_times = NULL;
  int facilities = 10000;
  gint64 seed = SXSH_SAMPLE_DEFAULT_SEED;
  int year = 2020;
  int runs = 20;
  gint64 start;
  gboolean generate;
  GOptionEntry entries[] = {
    { "facilities", 'n', 0, G_OPTION_ARG_INT, &facilities, "Facilities in the sample", "N" },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed, "Seed of the sample", "S" },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, "Year to compute", "Y" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Timed runs", "R" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path, "Database to use or create", "PATH" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new ("— time the indicator engine");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  runs = MAX (runs, 1);

  if (db_path == NULL)
    {
      tmpdir = sxsh_test_make_tmpdir ();
      db_path = g_build_filename (tmpdir, "bench.db", NULL);
    }
  generate = !g_file_test (db_path, G_FILE_TEST_EXISTS);

  db = sxsh_database_open (db_path, &error);
  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  if (generate)
    {
      start = g_get_monotonic_time ();
      if (!sxsh_reference_load (db, &error)
          || !sxsh_sample_generate (db, (guint) facilities, (guint64) seed, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      g_print ("generated %d facilities in %.1f s\n", facilities,
               (g_get_monotonic_time () - start) / 1e6);
    }

  if (g_getenv ("BENCH_PRAGMA"))
    sxsh_database_exec (db, g_getenv ("BENCH_PRAGMA"), NULL);

  g_print ("database: %" G_GINT64_FORMAT " facilities, %" G_GINT64_FORMAT
           " yearly records, %" G_GINT64_FORMAT " consumption rows\n",
           sxsh_database_query_int64 (db, "SELECT COUNT (*) FROM facility", -1, NULL),
           sxsh_database_query_int64 (db, "SELECT COUNT (*) FROM facility_year", -1, NULL),
           sxsh_database_query_int64 (db, "SELECT COUNT (*) FROM consumption", -1, NULL));

  times = g_new0 (double, runs + 1);
  cpu_times = g_new0 (double, runs + 1);
  for (int i = 0; i <= runs; i++)
    {
      g_autoptr(SxshIndicatorReport) report = NULL;
      double cpu_start = cpu_ms ();

      start = g_get_monotonic_time ();
      report = sxsh_indicators_compute (db, NULL, year, &error);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      cpu_times[i] = cpu_ms () - cpu_start;
      if (report == NULL)
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      if (i == 0)
        {
          for (guint k = 0; k < SXSH_N_INDICATORS; k++)
            {
              const SxshIndicator *indicator = sxsh_indicator_report_get_indicator (report, k);

              g_print ("  %-16s %6u / %6u\n", indicator->key, indicator->numerator,
                       indicator->denominator);
            }
          g_print ("  savings computed for %u facilities; %u reports expected\n",
                   sxsh_indicator_report_get_n_savings (report),
                   sxsh_indicator_report_get_n_expected (report));
        }
    }

  /* The first run prepares the statements; the others find them cached,
   * as the dashboard does on every refresh. */
  qsort (times + 1, runs, sizeof (double), compare_doubles);
  qsort (cpu_times + 1, runs, sizeof (double), compare_doubles);
  g_print ("year %d: first run %.1f ms; %d runs: min %.1f ms, median %.1f ms, max %.1f ms "
           "(target < 50 ms)\n",
           year, times[0], runs, times[1], times[1 + runs / 2], times[runs]);
  g_print ("        CPU time: first run %.1f ms; min %.1f ms, median %.1f ms\n",
           cpu_times[0], cpu_times[1], cpu_times[1 + runs / 2]);

  g_clear_object (&db);
  if (tmpdir != NULL)
    sxsh_test_remove_tree (tmpdir);
  return EXIT_SUCCESS;
}

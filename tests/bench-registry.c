/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sxsh-database.h"
#include "sxsh-facility-store.h"
#include "sxsh-reference.h"
#include "sxsh-sample.h"
#include "sxsh-test-util.h"
#include "sxsh-year-sheet.h"

/* Times the facility registry on a synthetic province: loading it, each
 * keystroke of a search, changing the reporting year and loading the year
 * entry grid.  DESIGN.md's targets at 10 000 facilities × 11 years: a search
 * keystroke under 16 ms.  A measurement, not a test: it prints and never
 * fails on time.  Times are processor time.
 *
 *   bench-registry [--facilities N] [--db PATH] */

/* Processor time rather than wall time: the numbers stay comparable when
 * other work shares the machine. */
static gint64
now_us (void)
{
  return (gint64) ((double) clock () / CLOCKS_PER_SEC * 1e6);
}

static double
elapsed_ms (gint64 start)
{
  return (now_us () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(SxshFacilityStore) store = NULL;
  g_autoptr(SxshYearSheet) sheet = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *db_path = NULL;
  const char *query = "cong ty cao su dak ha";
  int facilities = 10000;
  double worst = 0, total = 0;
  gint64 start;
  GOptionEntry entries[] = {
    { "facilities", 'n', 0, G_OPTION_ARG_INT, &facilities, "Facilities in the sample", "N" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path, "Database to use or create", "PATH" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new ("— time the facility registry");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (db_path == NULL)
    {
      tmpdir = sxsh_test_make_tmpdir ();
      db_path = g_build_filename (tmpdir, "bench.db", NULL);
    }

  db = sxsh_database_open (db_path, &error);
  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (sxsh_database_query_int64 (db, "SELECT count(*) FROM facility", 0, NULL) == 0)
    {
      start = now_us ();
      if (!sxsh_reference_load (db, &error)
          || !sxsh_sample_generate (db, (guint) facilities, SXSH_SAMPLE_DEFAULT_SEED, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      g_print ("generated %d facilities in %.0f ms\n", facilities, elapsed_ms (start));
    }

  start = now_us ();
  store = sxsh_facility_store_new (db);
  g_print ("registry load: %u facilities in %.1f ms\n", sxsh_facility_store_get_total (store),
           elapsed_ms (start));

  for (gsize len = 1; query[len - 1] != '\0'; len++)
    {
      g_autofree char *prefix = g_strndup (query, len);
      SxshFacilityFilter filter = SXSH_FACILITY_FILTER_INIT;
      double ms;

      filter.text = prefix;
      start = now_us ();
      sxsh_facility_store_set_filter (store, &filter);
      ms = elapsed_ms (start);
      worst = MAX (worst, ms);
      total += ms;
    }
  g_print ("search keystrokes (\"%s\"): mean %.2f ms, worst %.2f ms, %u shown (target < 16 ms)\n",
           query, total / strlen (query), worst,
           g_list_model_get_n_items (G_LIST_MODEL (store)));

  start = now_us ();
  sxsh_facility_store_set_year (store, 2020);
  g_print ("reporting year change (statuses for 2020): %.1f ms\n", elapsed_ms (start));

  start = now_us ();
  sheet = sxsh_year_sheet_new_for_year (db, 2026, &error);
  if (sheet == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_print ("year entry grid 2026: %u rows in %.1f ms\n", sxsh_year_sheet_get_total (sheet),
           elapsed_ms (start));

  g_clear_object (&sheet);
  g_clear_object (&store);
  g_clear_object (&db);
  if (tmpdir != NULL)
    sxsh_test_remove_tree (tmpdir);
  return EXIT_SUCCESS;
}

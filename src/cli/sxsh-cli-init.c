/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-cli.h"
#include "sxsh-reference.h"
#include "sxsh-sample.h"

static const char count_sql[][64] = {
  "SELECT count(*) FROM plan",
  "SELECT count(*) FROM plan_task",
  "SELECT count(*) FROM admin_unit",
  "SELECT count(*) FROM sector",
  "SELECT count(*) FROM resource",
  "SELECT count(*) FROM agency",
};

static const char sample_count_sql[][64] = {
  "SELECT count(*) FROM facility",
  "SELECT count(*) FROM facility_year",
  "SELECT count(*) FROM consumption",
  "SELECT count(*) FROM event",
  "SELECT count(*) FROM support",
  "SELECT count(*) FROM certificate",
};

static gint64
count (SxshDatabase *db,
       const char   *sql)
{
  return sxsh_database_query_int64 (db, sql, 0, NULL);
}

/* sxsh-cli init [--sample [--facilities N] [--seed S]]
 *
 * Creates the database or brings its schema up to date, loads the reference
 * data when it is missing, and optionally generates the sample province. */
int
sxsh_cli_init (SxshCliContext  *ctx,
               int              argc,
               char           **argv)
{
  gboolean sample = FALSE;
  int facilities = -1;
  gint64 seed = -1;
  const GOptionEntry entries[] = {
    { "sample", 0, 0, G_OPTION_ARG_NONE, &sample,
      N_("Also generate the synthetic sample province (2016–2026)"), NULL },
    { "facilities", 0, 0, G_OPTION_ARG_INT, &facilities,
      N_("Number of facilities of the sample (default 300)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      N_("Seed of the sample: the same seed gives the same data (default 2340)"), N_("S") },
    { NULL }
  };
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gboolean had_reference;
  int status;

  options = sxsh_cli_option_context_new (ctx, NULL,
                                         _("Create the database or bring it up to date, and load "
                                           "the reference data: plan 2340/KH-UBND with its "
                                           "targets and tasks, administrative units, sectors, "
                                           "resources and agencies."),
                                         entries);
  if (!sxsh_cli_parse_options (ctx, options, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return sxsh_cli_usage_error (ctx, _("Unexpected argument “%s”."), argv[1]);
  if (!sample && (facilities >= 0 || seed >= 0))
    return sxsh_cli_usage_error (ctx, _("--facilities and --seed only go with --sample."));
  if (sample && facilities >= 0
      && (facilities < 1 || facilities > SXSH_SAMPLE_MAX_FACILITIES))
    return sxsh_cli_usage_error (ctx, _("--facilities: must be a number from 1 to %u."),
                                 SXSH_SAMPLE_MAX_FACILITIES);
  if (sample && seed < -1)
    return sxsh_cli_usage_error (ctx, _("--seed: must be zero or a positive number."));

  db = sxsh_cli_open_database (ctx, TRUE, &error);
  if (db == NULL)
    return sxsh_cli_fail (error);
  g_print (_("Database: %s (schema version %d)\n"), ctx->db_path,
           sxsh_database_get_schema_version (db));

  had_reference = sxsh_reference_is_loaded (db);
  if (!sxsh_reference_load (db, &error))
    return sxsh_cli_fail (error);
  if (had_reference)
    g_print (_("Reference data: already present, left as it is.\n"));
  else
    g_print (_("Reference data loaded: %lld plan with %lld tasks, %lld administrative units, "
               "%lld sectors, %lld resources, %lld agencies.\n"),
             (long long) count (db, count_sql[0]), (long long) count (db, count_sql[1]),
             (long long) count (db, count_sql[2]), (long long) count (db, count_sql[3]),
             (long long) count (db, count_sql[4]), (long long) count (db, count_sql[5]));

  if (sample)
    {
      guint n = facilities >= 0 ? (guint) facilities : SXSH_SAMPLE_DEFAULT_FACILITIES;
      guint64 s = seed >= 0 ? (guint64) seed : SXSH_SAMPLE_DEFAULT_SEED;
      gint64 start = g_get_monotonic_time ();
      double seconds;

      if (!sxsh_sample_generate (db, n, s, &error))
        return sxsh_cli_fail (error);
      seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
      g_print (_("Sample province generated (seed %llu, %d–%d) in %.2f s: %lld facilities, "
                 "%lld yearly records, %lld consumption figures, %lld events, %lld supports, "
                 "%lld certificates.\n"),
               (unsigned long long) s, SXSH_SAMPLE_FIRST_YEAR, SXSH_SAMPLE_LAST_YEAR, seconds,
               (long long) count (db, sample_count_sql[0]),
               (long long) count (db, sample_count_sql[1]),
               (long long) count (db, sample_count_sql[2]),
               (long long) count (db, sample_count_sql[3]),
               (long long) count (db, sample_count_sql[4]),
               (long long) count (db, sample_count_sql[5]));
    }
  return SXSH_CLI_EXIT_OK;
}

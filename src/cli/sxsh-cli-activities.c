/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-cli-activities.h"
#include "sxsh-format.h"

/**
 * sxsh_cli_activity_setup:
 * @summary: what the command does, for --help
 * @extra: (nullable): the command's own options, ended by a zeroed entry
 * @json: (out): whether --json was given
 * @year: (out): --year, this year when not given
 * @db: (out): the database, opened (never created)
 *
 * Parses the options every activity command has, and opens the database.
 *
 * Returns: %SXSH_CLI_EXIT_OK to go on, else the status to exit with
 */
int
sxsh_cli_activity_setup (SxshCliContext      *ctx,
                         int                 *argc,
                         char              ***argv,
                         const char          *summary,
                         const GOptionEntry  *extra,
                         gboolean            *json,
                         int                 *year,
                         SxshDatabase       **db)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GArray) entries = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));
  const GOptionEntry common[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, year,
      N_("Year to list (default: this year)"), N_("Y") },
    { "json", 0, 0, G_OPTION_ARG_NONE, json,
      N_("Print JSON for scripts instead of tables"), NULL },
  };
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_array_append_vals (entries, common, G_N_ELEMENTS (common));
  for (guint i = 0; extra && extra[i].long_name; i++)
    g_array_append_val (entries, extra[i]);

  options = sxsh_cli_option_context_new (ctx, NULL, summary,
                                         (const GOptionEntry *) (gpointer) entries->data);
  if (!sxsh_cli_parse_options (ctx, options, argc, argv, &status))
    return status;
  if (*argc > 1)
    return sxsh_cli_usage_error (ctx, _("Unexpected argument “%s”."), (*argv)[1]);
  if (*year == 0)
    *year = g_date_time_get_year (now);
  if (*year < 1990 || *year > 2100)
    return sxsh_cli_usage_error (ctx, _("--year: must be a year from 1990 to 2100."));

  *db = sxsh_cli_open_database (ctx, FALSE, &error);
  if (*db == NULL)
    return sxsh_cli_fail (error);
  return SXSH_CLI_EXIT_OK;
}

/* Returns: (transfer full): "05/12/2026", or "—" for no date */
char *
sxsh_cli_activity_date (const char *iso_date)
{
  return iso_date && *iso_date ? sxsh_format_date (iso_date) : g_strdup ("—");
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-annual-report.h"
#include "sxsh-cli.h"
#include "sxsh-forms-xlsx.h"

/* sxsh-cli forms --year Y -o DIR
 *
 * One annual report workbook for every facility applying CP, pre-filled
 * with its data, to send out before the due date and import back. */

int
sxsh_cli_forms (SxshCliContext  *ctx,
                int              argc,
                char           **argv)
{
  g_autofree char *output = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year,
      N_("Year the forms report on (default: this year)"), N_("Y") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Folder to write the workbooks in (made when missing)"), N_("DIR") },
    { NULL }
  };
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(SxshAnnualReport) report = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  options = sxsh_cli_option_context_new (ctx, NULL,
                                         _("Write an annual report form, pre-filled with its "
                                           "data, for every facility applying cleaner "
                                           "production."),
                                         entries);
  if (!sxsh_cli_parse_options (ctx, options, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return sxsh_cli_usage_error (ctx, _("Unexpected argument “%s”."), argv[1]);
  if (output == NULL || *output == '\0')
    return sxsh_cli_usage_error (ctx, _("-o: name the folder to write the forms in."));
  if (year == 0)
    year = g_date_time_get_year (now);
  if (year < 1990 || year > 2100)
    return sxsh_cli_usage_error (ctx, _("--year: must be a year from 1990 to 2100."));

  db = sxsh_cli_open_database (ctx, FALSE, &error);
  if (db == NULL)
    return sxsh_cli_fail (error);
  report = sxsh_annual_report_collect (db, year, NULL, &error);
  if (report == NULL || !sxsh_forms_write (db, report, output, &paths, &error))
    return sxsh_cli_fail (error);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u annual report form of %d written to %s.\n",
                        "%u annual report forms of %d written to %s.\n", paths->len),
           paths->len, year, output);
  return SXSH_CLI_EXIT_OK;
}

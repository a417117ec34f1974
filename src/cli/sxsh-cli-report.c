/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-annual-report-export.h"
#include "sxsh-cli.h"

/* sxsh-cli report --year Y --format pdf|xlsx -o FILE [--number N | --draft] [--date D]
 *
 * The annual report of a year.  A PDF takes the next number of the report
 * series unless --number gives one or --draft asks for a preview ("Số:
 * …/BC-SCT"); a workbook takes no number. */

int
sxsh_cli_report (SxshCliContext  *ctx,
                 int              argc,
                 char           **argv)
{
  g_autofree char *format_text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *number_option = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gboolean draft = FALSE;
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year,
      N_("Year of the report (default: this year)"), N_("Y") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text,
      N_("pdf or xlsx (default: from the file name, else pdf)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("File to write"), N_("FILE") },
    { "number", 0, 0, G_OPTION_ARG_STRING, &number_option,
      N_("The report's number, e.g. 12/BC-SCT (default: the next of the report series)"),
      N_("NUMBER") },
    { "draft", 0, 0, G_OPTION_ARG_NONE, &draft,
      N_("A draft: take no number and print “…” in its place"), NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      N_("Date of the report, dd/mm/yyyy (default: today)"), N_("DATE") },
    { NULL }
  };
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  SxshReportOptions report_options = { NULL, FALSE, NULL };
  SxshReportFormat format = SXSH_REPORT_FORMAT_PDF;
  GDate parsed;
  guint n_pages = 0;
  int status;

  options = sxsh_cli_option_context_new (ctx, NULL,
                                         _("Write the annual report of a year to the People's "
                                           "Committee and the Ministry, as a PDF or an Excel "
                                           "workbook."),
                                         entries);
  if (!sxsh_cli_parse_options (ctx, options, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return sxsh_cli_usage_error (ctx, _("Unexpected argument “%s”."), argv[1]);
  if (output == NULL || *output == '\0')
    return sxsh_cli_usage_error (ctx, _("-o: name the file to write."));
  if (year == 0)
    year = g_date_time_get_year (now);
  if (year < 1990 || year > 2100)
    return sxsh_cli_usage_error (ctx, _("--year: must be a year from 1990 to 2100."));
  if (format_text != NULL)
    {
      if (!sxsh_report_format_from_string (format_text, &format))
        return sxsh_cli_usage_error (ctx, _("--format: must be pdf or xlsx, not “%s”."),
                                     format_text);
    }
  else if (!sxsh_report_format_from_path (output, &format))
    format = SXSH_REPORT_FORMAT_PDF;
  if (draft && number_option != NULL)
    return sxsh_cli_usage_error (ctx, _("--draft and --number: a draft has no number; give one "
                                        "of them."));
  if (!sxsh_report_parse_date (date, &parsed, &error))
    return sxsh_cli_usage_error (ctx, "%s", error->message);

  db = sxsh_cli_open_database (ctx, FALSE, &error);
  if (db == NULL)
    return sxsh_cli_fail (error);

  report_options.number = number_option;
  report_options.draft = draft;
  report_options.date = date;
  if (!sxsh_annual_report_write (db, year, format, output, &report_options, NULL, NULL, NULL,
                                 &number, &n_pages, &error))
    return sxsh_cli_fail (error);

  if (format == SXSH_REPORT_FORMAT_XLSX)
    g_print (_("Workbook of the %d report written to %s.\n"), year, output);
  else if (number == NULL)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Draft report of %d written to %s (%u page); no number was taken.\n",
                          "Draft report of %d written to %s (%u pages); no number was taken.\n",
                          n_pages),
             year, output, n_pages);
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "Report %s of %d written to %s (%u page).\n",
                          "Report %s of %d written to %s (%u pages).\n", n_pages),
             number, year, output, n_pages);
  return SXSH_CLI_EXIT_OK;
}

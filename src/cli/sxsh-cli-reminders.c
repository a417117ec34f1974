/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-annual-report-export.h"
#include "sxsh-cli.h"
#include "sxsh-error.h"
#include "sxsh-reminder-pdf.h"

/* sxsh-cli reminders --year Y -o FILE.pdf [--date D] [--reply-by D] [--draft]
 *
 * A reminder letter to every reporter whose annual report is overdue, one
 * per page, each with the next number of the letter series. */

int
sxsh_cli_reminders (SxshCliContext  *ctx,
                    int              argc,
                    char           **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *reply_text = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gboolean draft = FALSE;
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year,
      N_("Year of the overdue reports (default: last year)"), N_("Y") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("PDF file to write"), N_("FILE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text,
      N_("Date of the letters, dd/mm/yyyy (default: today)"), N_("DATE") },
    { "reply-by", 0, 0, G_OPTION_ARG_STRING, &reply_text,
      N_("Day the reports are asked for, dd/mm/yyyy (default: ten days after the letters)"),
      N_("DATE") },
    { "draft", 0, 0, G_OPTION_ARG_NONE, &draft,
      N_("A draft: take no letter numbers and print “…” in their place"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(GError) error = NULL;
  GDate date, reply;
  int status;

  options = sxsh_cli_option_context_new (ctx, NULL,
                                         _("Write a reminder letter to every facility and "
                                           "agency whose annual report is overdue."),
                                         entries);
  if (!sxsh_cli_parse_options (ctx, options, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return sxsh_cli_usage_error (ctx, _("Unexpected argument “%s”."), argv[1]);
  if (output == NULL || *output == '\0')
    return sxsh_cli_usage_error (ctx, _("-o: name the PDF file to write."));
  if (year == 0)
    year = g_date_time_get_year (now) - 1;
  if (year < 1990 || year > 2100)
    return sxsh_cli_usage_error (ctx, _("--year: must be a year from 1990 to 2100."));
  if (!sxsh_report_parse_date (date_text, &date, &error))
    return sxsh_cli_usage_error (ctx, "%s", error->message);
  g_date_clear (&reply, 1);
  if (reply_text != NULL && !sxsh_report_parse_date (reply_text, &reply, &error))
    return sxsh_cli_usage_error (ctx, "%s", error->message);

  db = sxsh_cli_open_database (ctx, FALSE, &error);
  if (db == NULL)
    return sxsh_cli_fail (error);
  if (!sxsh_reminders_write (db, year, &date, reply_text ? &reply : NULL, draft, output,
                             &reminders, &error))
    return sxsh_cli_fail (error);

  g_print (g_dngettext (GETTEXT_PACKAGE, "%u reminder letter written to %s:\n",
                        "%u reminder letters written to %s:\n", reminders->len),
           reminders->len, output);
  for (guint i = 0; i < reminders->len; i++)
    {
      SxshReminder *reminder = g_ptr_array_index (reminders, i);

      g_print ("  %s  %s\n", reminder->number, reminder->name);
    }
  return SXSH_CLI_EXIT_OK;
}

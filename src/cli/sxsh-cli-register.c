/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-cli.h"
#include "sxsh-cli-activities.h"
#include "sxsh-cli-json.h"
#include "sxsh-format.h"
#include "sxsh-register.h"
#include "sxsh-validation.h"


/* sxsh-cli register --year Y [--missing] [--today DATE] [--json]: the
 * annual reports expected in a year and how each stands. */

int
sxsh_cli_register (SxshCliContext  *ctx,
                   int              argc,
                   char           **argv)
{
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(SxshRegister) reg = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GError) error = NULL;
  SxshRegisterCounts counts;
  gboolean json = FALSE, missing = FALSE;
  const char *summary;
  int year = 0, status;
  guint n;
  GOptionEntry extra[] = {
    { "missing", 0, 0, G_OPTION_ARG_NONE, &missing, N_("Only the reports not received"), NULL },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today,
      N_("Count days overdue from this date (YYYY-MM-DD; default: today)"), N_("DATE") },
    { NULL }
  };

  summary = _("List the annual reports expected in a year: who reports, the due date, what was "
              "received, late, missing or returned for correction.");
  status = sxsh_cli_activity_setup (ctx, &argc, &argv, summary, extra, &json, &year, &db);
  if (status != SXSH_CLI_EXIT_OK)
    return status;
  if (today != NULL && !sxsh_validate_iso_date (today))
    return sxsh_cli_usage_error (ctx, _("--today: write the date as YYYY-MM-DD."));

  reg = sxsh_register_new (db);
  sxsh_register_set_today (reg, today);
  sxsh_register_set_missing_only (reg, missing);
  sxsh_register_set_year (reg, year);
  if (!sxsh_register_reload (reg, &error))
    return sxsh_cli_fail (error);
  sxsh_register_get_counts (reg, &counts);
  n = g_list_model_get_n_items (G_LIST_MODEL (reg));

  if (json)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *now_iso = g_date_time_format (now, "%Y-%m-%d");
      g_autoptr(SxshCliJsonWriter) out = sxsh_cli_json_writer_new ();

      sxsh_cli_json_writer_object (out, NULL);
      sxsh_cli_json_writer_int (out, "year", year);
      sxsh_cli_json_writer_string (out, "today", today ? today : now_iso);
      sxsh_cli_json_writer_string (out, "due_date", sxsh_register_get_due_date (reg));
      sxsh_cli_json_writer_object (out, "counts");
      sxsh_cli_json_writer_int (out, "expected", counts.expected);
      sxsh_cli_json_writer_int (out, "on_time", counts.on_time);
      sxsh_cli_json_writer_int (out, "late", counts.late);
      sxsh_cli_json_writer_int (out, "missing", counts.missing);
      sxsh_cli_json_writer_int (out, "returned", counts.returned);
      sxsh_cli_json_writer_int (out, "overdue", counts.overdue);
      sxsh_cli_json_writer_end (out);
      sxsh_cli_json_writer_array (out, "reporters");
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SxshRegisterEntry) entry = g_list_model_get_item (G_LIST_MODEL (reg), i);

          sxsh_cli_json_writer_object (out, NULL);
          sxsh_cli_json_writer_string (out, "kind",
                       sxsh_register_entry_get_reporter_kind (entry) == SXSH_REPORTER_FACILITY
                         ? "facility" : "agency");
          sxsh_cli_json_writer_int (out, "id", sxsh_register_entry_get_reporter_id (entry));
          sxsh_cli_json_writer_string (out, "name", sxsh_register_entry_get_name (entry));
          sxsh_cli_json_writer_string (out, "detail", sxsh_register_entry_get_detail (entry));
          sxsh_cli_json_writer_string (out, "due_date", sxsh_register_entry_get_due_date (entry));
          sxsh_cli_json_writer_optional (out, "received_on",
                                         sxsh_register_entry_get_received_on (entry));
          sxsh_cli_json_writer_optional (out, "returned_on",
                                         sxsh_register_entry_get_returned_on (entry));
          sxsh_cli_json_writer_string (out, "note", sxsh_register_entry_get_note (entry));
          sxsh_cli_json_writer_string (out, "status",
                       sxsh_report_status_to_key (sxsh_register_entry_get_status (entry)));
          sxsh_cli_json_writer_int (out, "days_overdue",
                                    sxsh_register_entry_get_days_overdue (entry));
          sxsh_cli_json_writer_int (out, "days_left", sxsh_register_entry_get_days_left (entry));
          sxsh_cli_json_writer_int (out, "days_late", sxsh_register_entry_get_days_late (entry));
          sxsh_cli_json_writer_end (out);
        }
      sxsh_cli_json_writer_end (out);
      sxsh_cli_json_writer_end (out);
      sxsh_cli_json_writer_print (out);
      return SXSH_CLI_EXIT_OK;
    }

  {
    g_autofree char *due = sxsh_format_date (sxsh_register_get_due_date (reg));

    g_print (_("Annual reports of %d, due %s\n\n"), year, due);
  }
  if (n == 0)
    g_print ("%s\n", missing ? _("No report is missing.") : _("No report is expected."));
  else
    {
      g_autoptr(SxshCliTable) table = sxsh_cli_table_new (7, _("Reporter"), _("Kind"),
                                                          _("Due"), _("Received"),
                                                          _("Returned"), _("Status"),
                                                          _("Days"));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SxshRegisterEntry) entry = g_list_model_get_item (G_LIST_MODEL (reg), i);
          g_autofree char *due = sxsh_cli_activity_date (sxsh_register_entry_get_due_date (entry));
          g_autofree char *received =
            sxsh_cli_activity_date (sxsh_register_entry_get_received_on (entry));
          g_autofree char *returned =
            sxsh_cli_activity_date (sxsh_register_entry_get_returned_on (entry));
          g_autofree char *days = sxsh_register_entry_dup_days_label (entry);

          sxsh_cli_table_add_row (table, sxsh_register_entry_get_name (entry),
                                  sxsh_register_entry_get_reporter_kind (entry)
                                    == SXSH_REPORTER_FACILITY ? _("Facility") : _("Agency"),
                                  due, received, returned,
                                  sxsh_report_status_get_label (
                                    sxsh_register_entry_get_status (entry)),
                                  days);
        }
      sxsh_cli_table_print (table);
    }
  g_print ("\n");
  g_print (_("Expected %u: on time %u, late %u, returned for correction %u, missing %u "
             "(%u overdue).\n"),
           counts.expected, counts.on_time, counts.late, counts.returned, counts.missing,
           counts.overdue);
  return SXSH_CLI_EXIT_OK;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sxsh-cli.h"
#include "sxsh-cli-activities.h"
#include "sxsh-cli-json.h"
#include "sxsh-format.h"
#include "sxsh-funding-store.h"


/* sxsh-cli funding --year Y [--json]: the year's budget lines and their
 * totals per source. */

static double
share_pct (const SxshFundingTotals *totals)
{
  return totals->planned > 0 ? (double) totals->disbursed * 100.0 / (double) totals->planned
                             : NAN;
}

int
sxsh_cli_funding (SxshCliContext  *ctx,
                  int              argc,
                  char           **argv)
{
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(SxshFundingStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SxshFundingTotals totals[SXSH_FUNDING_N_SOURCES];
  gboolean json = FALSE;
  const char *summary;
  int year = 0, status;
  guint n;

  summary = _("List the year's budget lines, planned and disbursed, with totals per source.");
  status = sxsh_cli_activity_setup (ctx, &argc, &argv, summary, NULL, &json, &year, &db);
  if (status != SXSH_CLI_EXIT_OK)
    return status;

  store = sxsh_funding_store_new (db);
  sxsh_funding_store_set_year (store, year);
  if (!sxsh_funding_store_reload (store, &error)
      || !sxsh_funding_totals_for_year (db, year, totals, &error))
    return sxsh_cli_fail (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (store));

  if (json)
    {
      g_autoptr(SxshCliJsonWriter) out = sxsh_cli_json_writer_new ();

      sxsh_cli_json_writer_object (out, NULL);
      sxsh_cli_json_writer_int (out, "year", year);
      sxsh_cli_json_writer_array (out, "lines");
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SxshFunding) line = g_list_model_get_item (G_LIST_MODEL (store), i);
          double pct = sxsh_funding_get_disbursed_pct (line);

          sxsh_cli_json_writer_object (out, NULL);
          sxsh_cli_json_writer_int (out, "id", sxsh_funding_get_id (line));
          sxsh_cli_json_writer_string (out, "source",
                       sxsh_funding_source_to_string (sxsh_funding_get_source (line)));
          sxsh_cli_json_writer_id (out, "plan_task_id", sxsh_funding_get_plan_task_id (line));
          sxsh_cli_json_writer_optional (out, "plan_task", sxsh_funding_get_plan_task_label (line));
          sxsh_cli_json_writer_int (out, "planned", sxsh_funding_get_planned (line));
          sxsh_cli_json_writer_int (out, "disbursed", sxsh_funding_get_disbursed (line));
          sxsh_cli_json_writer_double (out, "disbursed_pct", pct < 0 ? NAN : pct);
          sxsh_cli_json_writer_string (out, "notes", sxsh_funding_get_notes (line));
          sxsh_cli_json_writer_end (out);
        }
      sxsh_cli_json_writer_end (out);
      sxsh_cli_json_writer_object (out, "totals");
      for (guint s = 0; s < SXSH_FUNDING_N_SOURCES; s++)
        {
          const char *key = s == SXSH_FUNDING_NONE ? "all" : sxsh_funding_source_to_string (s);

          sxsh_cli_json_writer_object (out, key);
          sxsh_cli_json_writer_int (out, "planned", totals[s].planned);
          sxsh_cli_json_writer_int (out, "disbursed", totals[s].disbursed);
          sxsh_cli_json_writer_double (out, "disbursed_pct", share_pct (&totals[s]));
          sxsh_cli_json_writer_end (out);
        }
      sxsh_cli_json_writer_end (out);
      sxsh_cli_json_writer_end (out);
      sxsh_cli_json_writer_print (out);
      return SXSH_CLI_EXIT_OK;
    }

  g_print (_("Funding of %d\n\n"), year);
  if (n == 0)
    g_print ("%s\n\n", _("No budget lines recorded in this year."));
  else
    {
      g_autoptr(SxshCliTable) table = sxsh_cli_table_new (5, _("Funding source"), _("Plan task"),
                                                          _("Planned (VND)"),
                                                          _("Disbursed (VND)"),
                                                          _("Disbursed"));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SxshFunding) line = g_list_model_get_item (G_LIST_MODEL (store), i);
          g_autofree char *planned = sxsh_format_integer (sxsh_funding_get_planned (line));
          g_autofree char *disbursed = sxsh_format_integer (sxsh_funding_get_disbursed (line));
          double pct = sxsh_funding_get_disbursed_pct (line);
          g_autofree char *share = pct < 0 ? g_strdup ("—") : sxsh_format_percent (pct, 1);
          const char *task = sxsh_funding_get_plan_task_label (line);

          sxsh_cli_table_add_row (table,
                                  sxsh_funding_source_get_label (sxsh_funding_get_source (line)),
                                  *task ? task : "—", planned, disbursed, share);
        }
      sxsh_cli_table_print (table);
      g_print ("\n");
    }

  {
    g_autoptr(SxshCliTable) table = sxsh_cli_table_new (4, _("Funding source"),
                                                        _("Planned (VND)"), _("Disbursed (VND)"),
                                                        _("Disbursed"));
    for (guint s = SXSH_FUNDING_CENTRAL; s <= SXSH_FUNDING_N_SOURCES; s++)
      {
        /* The sources, then the sum of all of them last. */
        guint index = s % SXSH_FUNDING_N_SOURCES;
        g_autofree char *planned = sxsh_format_integer (totals[index].planned);
        g_autofree char *disbursed = sxsh_format_integer (totals[index].disbursed);
        double pct = share_pct (&totals[index]);
        g_autofree char *share = isfinite (pct) ? sxsh_format_percent (pct, 1) : g_strdup ("—");

        sxsh_cli_table_add_row (table,
                                index == SXSH_FUNDING_NONE ? _("Total")
                                                           : sxsh_funding_source_get_label (index),
                                planned, disbursed, share);
      }
    sxsh_cli_table_print (table);
  }
  return SXSH_CLI_EXIT_OK;
}

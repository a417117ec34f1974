/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-cli.h"
#include "sxsh-cli-activities.h"
#include "sxsh-cli-json.h"
#include "sxsh-format.h"
#include "sxsh-event-store.h"


/* sxsh-cli events --year Y [--json]: the year's workshops, trainings and
 * communication work, with totals per kind. */

static void
events_json (SxshEventStore *store,
             int             year,
             SxshEventCount *counts)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_autoptr(SxshCliJsonWriter) json = sxsh_cli_json_writer_new ();

  sxsh_cli_json_writer_object (json, NULL);
  sxsh_cli_json_writer_int (json, "year", year);
  sxsh_cli_json_writer_array (json, "events");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshEvent) event = g_list_model_get_item (G_LIST_MODEL (store), i);
      guint n_ids;
      const gint64 *ids = sxsh_event_get_facility_ids (event, &n_ids);

      sxsh_cli_json_writer_object (json, NULL);
      sxsh_cli_json_writer_int (json, "id", sxsh_event_get_id (event));
      sxsh_cli_json_writer_string (json, "kind",
                                   sxsh_event_kind_to_string (sxsh_event_get_kind (event)));
      sxsh_cli_json_writer_string (json, "kind_label",
                                   sxsh_event_kind_get_label (sxsh_event_get_kind (event)));
      sxsh_cli_json_writer_bool (json, "communication", sxsh_event_get_is_communication (event));
      sxsh_cli_json_writer_string (json, "title", sxsh_event_get_title (event));
      sxsh_cli_json_writer_string (json, "date", sxsh_event_get_date (event));
      sxsh_cli_json_writer_string (json, "place", sxsh_event_get_place (event));
      sxsh_cli_json_writer_string (json, "organiser", sxsh_event_get_organiser (event));
      sxsh_cli_json_writer_int (json, "participants", sxsh_event_get_participants (event));
      sxsh_cli_json_writer_int (json, "quantity", sxsh_event_get_quantity (event));
      sxsh_cli_json_writer_int (json, "cost", sxsh_event_get_cost (event));
      sxsh_cli_json_writer_optional (json, "funding_source",
                     sxsh_funding_source_to_string (sxsh_event_get_funding_source (event)));
      sxsh_cli_json_writer_optional (json, "plan_task", sxsh_event_get_plan_task_label (event));
      sxsh_cli_json_writer_array (json, "facility_ids");
      for (guint k = 0; k < n_ids; k++)
        sxsh_cli_json_writer_int (json, NULL, ids[k]);
      sxsh_cli_json_writer_end (json);
      sxsh_cli_json_writer_end (json);
    }
  sxsh_cli_json_writer_end (json);
  sxsh_cli_json_writer_object (json, "by_kind");
  for (guint k = 0; k < SXSH_EVENT_N_KINDS; k++)
    {
      sxsh_cli_json_writer_object (json, sxsh_event_kind_to_string (k));
      sxsh_cli_json_writer_int (json, "count", counts[k].n_events);
      sxsh_cli_json_writer_int (json, "participants", counts[k].participants);
      sxsh_cli_json_writer_int (json, "quantity", counts[k].quantity);
      sxsh_cli_json_writer_int (json, "cost", counts[k].cost);
      sxsh_cli_json_writer_int (json, "facilities", counts[k].n_facilities);
      sxsh_cli_json_writer_end (json);
    }
  sxsh_cli_json_writer_end (json);
  sxsh_cli_json_writer_end (json);
  sxsh_cli_json_writer_print (json);
}

static void
events_plain (SxshEventStore *store,
              int             year,
              SxshEventCount *counts)
{
  g_autoptr(SxshCliTable) table = NULL;
  g_autoptr(SxshCliTable) summary = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  g_print (_("Events and communication of %d\n\n"), year);
  table = sxsh_cli_table_new (8, _("Date"), _("Kind"), _("Title"), _("Place"),
                              _("Participants"), _("Quantity"), _("Cost (VND)"),
                              _("Facilities"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshEvent) event = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autofree char *date = sxsh_cli_activity_date (sxsh_event_get_date (event));
      g_autofree char *participants = sxsh_format_integer (sxsh_event_get_participants (event));
      g_autofree char *quantity = sxsh_format_integer (sxsh_event_get_quantity (event));
      g_autofree char *cost = sxsh_format_integer (sxsh_event_get_cost (event));
      g_autofree char *facilities = NULL;
      guint n_ids;

      sxsh_event_get_facility_ids (event, &n_ids);
      facilities = g_strdup_printf ("%u", n_ids);
      sxsh_cli_table_add_row (table, date, sxsh_event_kind_get_label (sxsh_event_get_kind (event)),
                              sxsh_event_get_title (event), sxsh_event_get_place (event),
                              participants, quantity, cost, facilities);
    }
  if (n == 0)
    g_print ("%s\n", _("No events recorded in this year."));
  else
    sxsh_cli_table_print (table);

  g_print ("\n");
  summary = sxsh_cli_table_new (6, _("Kind"), _("Events"), _("Participants"), _("Quantity"),
                                _("Cost (VND)"), _("Facilities"));
  for (guint k = 0; k < SXSH_EVENT_N_KINDS; k++)
    {
      g_autofree char *count = sxsh_format_integer (counts[k].n_events);
      g_autofree char *participants = sxsh_format_integer (counts[k].participants);
      g_autofree char *quantity = sxsh_format_integer (counts[k].quantity);
      g_autofree char *cost = sxsh_format_integer (counts[k].cost);
      g_autofree char *facilities = sxsh_format_integer (counts[k].n_facilities);

      sxsh_cli_table_add_row (summary, sxsh_event_kind_get_label (k), count, participants,
                              quantity, cost, facilities);
    }
  sxsh_cli_table_print (summary);
}

int
sxsh_cli_events (SxshCliContext  *ctx,
                 int              argc,
                 char           **argv)
{
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(SxshEventStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SxshEventCount counts[SXSH_EVENT_N_KINDS];
  gboolean json = FALSE;
  const char *summary;
  int year = 0, status;

  summary = _("List the year's workshops, trainings and communication work, with totals per "
              "kind.");
  status = sxsh_cli_activity_setup (ctx, &argc, &argv, summary, NULL, &json, &year, &db);
  if (status != SXSH_CLI_EXIT_OK)
    return status;

  store = sxsh_event_store_new (db);
  sxsh_event_store_set_year (store, year);
  if (!sxsh_event_store_reload (store, &error)
      || !sxsh_event_count_by_kind (db, year, counts, &error))
    return sxsh_cli_fail (error);

  if (json)
    events_json (store, year, counts);
  else
    events_plain (store, year, counts);
  return SXSH_CLI_EXIT_OK;
}

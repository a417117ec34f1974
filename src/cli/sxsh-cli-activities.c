/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sxsh-certificate-store.h"
#include "sxsh-cli.h"
#include "sxsh-document-number.h"
#include "sxsh-event-store.h"
#include "sxsh-format.h"
#include "sxsh-funding-store.h"
#include "sxsh-register.h"
#include "sxsh-settings.h"
#include "sxsh-support-store.h"
#include "sxsh-validation.h"

/* sxsh-cli events|supports|certificates|funding|register --year Y [--json]
 *
 * Everything the application shows on its programme-activity pages for a
 * year, from the same stores: plain tables for people, JSON for scripts. */

/* ---- A small JSON writer ---------------------------------------------- */

/* Writes JSON into a string and keeps track of the commas: every value
 * goes through json_next(), which puts one before all but the first member
 * of the container being written. */
typedef struct
{
  GString *out;
  GArray  *first;   /* gboolean per open container */
} Json;

static void
json_init (Json *json)
{
  json->out = g_string_new (NULL);
  json->first = g_array_new (FALSE, FALSE, sizeof (gboolean));
}

static char *
json_finish (Json *json)
{
  g_assert (json->first->len == 0);
  g_array_unref (json->first);
  g_string_append_c (json->out, '\n');
  return g_string_free (json->out, FALSE);
}

static void
json_next (Json       *json,
           const char *key)
{
  if (json->first->len > 0)
    {
      gboolean *first = &g_array_index (json->first, gboolean, json->first->len - 1);

      if (!*first)
        g_string_append_c (json->out, ',');
      *first = FALSE;
    }
  if (key != NULL)
    {
      sxsh_cli_json_string (json->out, key);
      g_string_append_c (json->out, ':');
    }
}

static void
json_open (Json       *json,
           const char *key,
           char        bracket)
{
  gboolean first = TRUE;

  json_next (json, key);
  g_string_append_c (json->out, bracket);
  g_array_append_val (json->first, first);
}

static void
json_close (Json *json,
            char  bracket)
{
  g_assert (json->first->len > 0);
  g_array_set_size (json->first, json->first->len - 1);
  g_string_append_c (json->out, bracket);
}

static void
json_string (Json       *json,
             const char *key,
             const char *value)
{
  json_next (json, key);
  sxsh_cli_json_string (json->out, value);
}

/* A text that may be absent: null when empty. */
static void
json_optional (Json       *json,
               const char *key,
               const char *value)
{
  json_next (json, key);
  if (value == NULL || *value == '\0')
    g_string_append (json->out, "null");
  else
    sxsh_cli_json_string (json->out, value);
}

static void
json_int (Json       *json,
          const char *key,
          gint64      value)
{
  json_next (json, key);
  g_string_append_printf (json->out, "%" G_GINT64_FORMAT, value);
}

/* An id that may be absent: null when 0. */
static void
json_id (Json       *json,
         const char *key,
         gint64      value)
{
  json_next (json, key);
  if (value > 0)
    g_string_append_printf (json->out, "%" G_GINT64_FORMAT, value);
  else
    g_string_append (json->out, "null");
}

/* A number with a point whatever the locale; null when it is not finite. */
static void
json_double (Json       *json,
             const char *key,
             double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  json_next (json, key);
  if (!isfinite (value))
    g_string_append (json->out, "null");
  else
    g_string_append (json->out, g_ascii_dtostr (buf, sizeof buf, value));
}

static void
json_bool (Json       *json,
           const char *key,
           gboolean    value)
{
  json_next (json, key);
  g_string_append (json->out, value ? "true" : "false");
}

/* ---- Shared by the commands ------------------------------------------- */

/* Parses --year (default: this year) and opens the database. */
static int
setup (SxshCliContext      *ctx,
       int                 *argc,
       char              ***argv,
       const char          *summary,
       GOptionEntry        *extra,
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

static void
print_json (Json *json)
{
  g_autofree char *text = json_finish (json);

  g_print ("%s", text);
}

static char *
money (gint64 value)
{
  return sxsh_format_integer (value);
}

static char *
date_or_dash (const char *iso)
{
  return iso && *iso ? sxsh_format_date (iso) : g_strdup ("—");
}

static char *
payback_text (gboolean has_payback,
              double   years)
{
  return has_payback ? sxsh_format_number (years, 1) : g_strdup ("—");
}

/* ---- events ------------------------------------------------------------ */

static void
events_json (SxshEventStore *store,
             int             year,
             SxshEventCount *counts)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  Json json;

  json_init (&json);
  json_open (&json, NULL, '{');
  json_int (&json, "year", year);
  json_open (&json, "events", '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshEvent) event = g_list_model_get_item (G_LIST_MODEL (store), i);
      guint n_ids;
      const gint64 *ids = sxsh_event_get_facility_ids (event, &n_ids);

      json_open (&json, NULL, '{');
      json_int (&json, "id", sxsh_event_get_id (event));
      json_string (&json, "kind", sxsh_event_kind_to_string (sxsh_event_get_kind (event)));
      json_string (&json, "kind_label", sxsh_event_kind_get_label (sxsh_event_get_kind (event)));
      json_bool (&json, "communication", sxsh_event_get_is_communication (event));
      json_string (&json, "title", sxsh_event_get_title (event));
      json_string (&json, "date", sxsh_event_get_date (event));
      json_string (&json, "place", sxsh_event_get_place (event));
      json_string (&json, "organiser", sxsh_event_get_organiser (event));
      json_int (&json, "participants", sxsh_event_get_participants (event));
      json_int (&json, "quantity", sxsh_event_get_quantity (event));
      json_int (&json, "cost", sxsh_event_get_cost (event));
      json_optional (&json, "funding_source",
                     sxsh_funding_source_to_string (sxsh_event_get_funding_source (event)));
      json_optional (&json, "plan_task", sxsh_event_get_plan_task_label (event));
      json_open (&json, "facility_ids", '[');
      for (guint k = 0; k < n_ids; k++)
        json_int (&json, NULL, ids[k]);
      json_close (&json, ']');
      json_close (&json, '}');
    }
  json_close (&json, ']');
  json_open (&json, "by_kind", '{');
  for (guint k = 0; k < SXSH_EVENT_N_KINDS; k++)
    {
      json_open (&json, sxsh_event_kind_to_string (k), '{');
      json_int (&json, "count", counts[k].n_events);
      json_int (&json, "participants", counts[k].participants);
      json_int (&json, "quantity", counts[k].quantity);
      json_int (&json, "cost", counts[k].cost);
      json_int (&json, "facilities", counts[k].n_facilities);
      json_close (&json, '}');
    }
  json_close (&json, '}');
  json_close (&json, '}');
  print_json (&json);
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
      g_autofree char *date = date_or_dash (sxsh_event_get_date (event));
      g_autofree char *participants = sxsh_format_integer (sxsh_event_get_participants (event));
      g_autofree char *quantity = sxsh_format_integer (sxsh_event_get_quantity (event));
      g_autofree char *cost = money (sxsh_event_get_cost (event));
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
      g_autofree char *cost = money (counts[k].cost);
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
  int year = 0, status;

  status = setup (ctx, &argc, &argv,
                  _("List the year's workshops, trainings and communication work, with "
                    "totals per kind."),
                  NULL, &json, &year, &db);
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

/* ---- supports ---------------------------------------------------------- */

static void
support_warnings_json (Json             *json,
                       SxshSupportStore *store,
                       SxshSupport      *support)
{
  g_autoptr(GPtrArray) issues = sxsh_support_store_validate (store, support);

  json_open (json, "warnings", '[');
  for (guint i = 0; i < issues->len; i++)
    {
      SxshIssue *issue = g_ptr_array_index (issues, i);

      if (issue->warning)
        json_string (json, NULL, issue->message);
    }
  json_close (json, ']');
}

static void
options_json (Json        *json,
              SxshSupport *support)
{
  GListModel *options = sxsh_support_get_options (support);
  guint n = g_list_model_get_n_items (options);

  json_open (json, "options", '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshCpOption) option = g_list_model_get_item (options, i);
      double years;
      gboolean has_payback = sxsh_cp_option_get_payback (option, &years);

      json_open (json, NULL, '{');
      json_int (json, "id", sxsh_cp_option_get_id (option));
      json_string (json, "technique",
                   sxsh_cp_technique_to_string (sxsh_cp_option_get_technique (option)));
      json_string (json, "technique_label",
                   sxsh_cp_technique_get_label (sxsh_cp_option_get_technique (option)));
      json_string (json, "description", sxsh_cp_option_get_description (option));
      json_int (json, "investment", sxsh_cp_option_get_investment (option));
      json_int (json, "saving_vnd", sxsh_cp_option_get_saving_vnd (option));
      json_double (json, "saving_energy_toe", sxsh_cp_option_get_saving_energy_toe (option));
      json_double (json, "saving_water_m3", sxsh_cp_option_get_saving_water_m3 (option));
      json_double (json, "saving_material_t", sxsh_cp_option_get_saving_material_t (option));
      json_string (json, "decision",
                   sxsh_cp_decision_to_string (sxsh_cp_option_get_decision (option)));
      json_bool (json, "implemented", sxsh_cp_option_get_implemented (option));
      json_double (json, "payback_years", has_payback ? years : NAN);
      json_close (json, '}');
    }
  json_close (json, ']');
}

static void
supports_json (SxshSupportStore  *store,
               int                year,
               SxshSupportTotals *totals)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  Json json;

  json_init (&json);
  json_open (&json, NULL, '{');
  json_int (&json, "year", year);
  json_open (&json, "supports", '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshSupport) support = g_list_model_get_item (G_LIST_MODEL (store), i);
      double years;
      gboolean has_payback = sxsh_support_get_payback (support, &years);

      json_open (&json, NULL, '{');
      json_int (&json, "id", sxsh_support_get_id (support));
      json_int (&json, "facility_id", sxsh_support_get_facility_id (support));
      json_string (&json, "facility", sxsh_support_get_facility_name (support));
      json_string (&json, "kind", sxsh_support_kind_to_string (sxsh_support_get_kind (support)));
      json_string (&json, "kind_label",
                   sxsh_support_kind_get_label (sxsh_support_get_kind (support)));
      json_string (&json, "status",
                   sxsh_support_status_to_string (sxsh_support_get_status (support)));
      json_optional (&json, "start_date", sxsh_support_get_start_date (support));
      json_optional (&json, "end_date", sxsh_support_get_end_date (support));
      json_string (&json, "consultant", sxsh_support_get_consultant (support));
      json_int (&json, "total_cost", sxsh_support_get_total_cost (support));
      json_int (&json, "consultancy_cost", sxsh_support_get_consultancy_cost (support));
      json_int (&json, "state_support", sxsh_support_get_state_support (support));
      json_optional (&json, "funding_source",
                     sxsh_funding_source_to_string (sxsh_support_get_funding_source (support)));
      json_string (&json, "results", sxsh_support_get_results (support));
      json_int (&json, "investment", sxsh_support_get_total_investment (support));
      json_int (&json, "saving_vnd", sxsh_support_get_total_saving_vnd (support));
      json_double (&json, "payback_years", has_payback ? years : NAN);
      support_warnings_json (&json, store, support);
      options_json (&json, support);
      json_close (&json, '}');
    }
  json_close (&json, ']');
  json_open (&json, "totals", '{');
  json_int (&json, "supports", totals->n_supports);
  json_int (&json, "facilities", totals->n_facilities);
  json_int (&json, "demo_models", totals->n_demo_models);
  json_int (&json, "total_cost", totals->total_cost);
  json_int (&json, "consultancy_cost", totals->consultancy_cost);
  json_int (&json, "state_support", totals->state_support);
  json_int (&json, "options", totals->n_options);
  json_int (&json, "implemented", totals->n_implemented);
  json_int (&json, "investment", totals->investment);
  json_int (&json, "saving_vnd", totals->saving_vnd);
  json_double (&json, "saving_energy_toe", totals->saving_energy_toe);
  json_double (&json, "saving_water_m3", totals->saving_water_m3);
  json_double (&json, "saving_material_t", totals->saving_material_t);
  json_close (&json, '}');
  json_close (&json, '}');
  print_json (&json);
}

static void
supports_plain (SxshSupportStore  *store,
                int                year,
                SxshSupportTotals *totals)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_autofree char *investment = money (totals->investment);
  g_autofree char *saving = money (totals->saving_vnd);
  g_autofree char *state = money (totals->state_support);

  g_print (_("Technical support of %d\n\n"), year);
  if (n == 0)
    g_print ("%s\n", _("No technical support recorded in this year."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshSupport) support = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autoptr(GPtrArray) issues = sxsh_support_store_validate (store, support);
      g_autoptr(SxshCliTable) table = NULL;
      GListModel *options = sxsh_support_get_options (support);
      g_autofree char *cost = money (sxsh_support_get_total_cost (support));
      g_autofree char *consultancy = money (sxsh_support_get_consultancy_cost (support));
      g_autofree char *support_state = money (sxsh_support_get_state_support (support));
      g_autofree char *start = date_or_dash (sxsh_support_get_start_date (support));
      g_autofree char *end = date_or_dash (sxsh_support_get_end_date (support));
      g_autofree char *total_payback = NULL;
      double years;

      g_print ("%s — %s (%s)\n", sxsh_support_get_facility_name (support),
               sxsh_support_kind_get_label (sxsh_support_get_kind (support)),
               sxsh_support_status_get_label (sxsh_support_get_status (support)));
      g_print (_("  %s to %s; consultant: %s\n"), start, end,
               *sxsh_support_get_consultant (support) ? sxsh_support_get_consultant (support)
                                                        : "—");
      g_print (_("  Total cost %s VND, consultancy %s VND, state support %s VND\n"),
               cost, consultancy, support_state);
      for (guint k = 0; k < issues->len; k++)
        {
          SxshIssue *issue = g_ptr_array_index (issues, k);
          if (issue->warning)
            g_print (_("  Warning: %s\n"), issue->message);
        }

      table = sxsh_cli_table_new (6, _("CP option"), _("Technique"), _("Investment (VND)"),
                                  _("Saving (VND/year)"), _("Payback (years)"),
                                  _("Decision"));
      for (guint k = 0; k < g_list_model_get_n_items (options); k++)
        {
          g_autoptr(SxshCpOption) option = g_list_model_get_item (options, k);
          g_autofree char *option_investment = money (sxsh_cp_option_get_investment (option));
          g_autofree char *option_saving = money (sxsh_cp_option_get_saving_vnd (option));
          gboolean has_payback = sxsh_cp_option_get_payback (option, &years);
          g_autofree char *payback = payback_text (has_payback, years);
          g_autofree char *decision = NULL;

          decision = sxsh_cp_option_get_implemented (option)
            ? g_strdup_printf (_("%s, implemented"),
                               sxsh_cp_decision_get_label (sxsh_cp_option_get_decision (option)))
            : g_strdup (sxsh_cp_decision_get_label (sxsh_cp_option_get_decision (option)));
          sxsh_cli_table_add_row (table, sxsh_cp_option_get_description (option),
                                  sxsh_cp_technique_get_label (sxsh_cp_option_get_technique (option)),
                                  option_investment, option_saving, payback, decision);
        }
      if (g_list_model_get_n_items (options) > 0)
        {
          g_autofree char *sum_investment = money (sxsh_support_get_total_investment (support));
          g_autofree char *sum_saving = money (sxsh_support_get_total_saving_vnd (support));

          gboolean has_payback = sxsh_support_get_payback (support, &years);

          total_payback = payback_text (has_payback, years);
          sxsh_cli_table_add_row (table, _("Total (not rejected)"), "", sum_investment,
                                  sum_saving, total_payback, "");
          sxsh_cli_table_print (table);
        }
      g_print ("\n");
    }

  g_print (_("Supports: %u for %u facilities, of which %u demonstration models; state "
             "support %s VND.\n"),
           totals->n_supports, totals->n_facilities, totals->n_demo_models, state);
  g_print (_("CP options: %u, %u implemented; investment %s VND, saving %s VND a year.\n"),
           totals->n_options, totals->n_implemented, investment, saving);
}

int
sxsh_cli_supports (SxshCliContext  *ctx,
                   int              argc,
                   char           **argv)
{
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(SxshSupportStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SxshSupportTotals totals;
  gboolean json = FALSE, demo_models = FALSE;
  int year = 0, status;
  GOptionEntry extra[] = {
    { "demo-models", 0, 0, G_OPTION_ARG_NONE, &demo_models,
      N_("Only the demonstration models"), NULL },
    { NULL }
  };

  status = setup (ctx, &argc, &argv,
                  _("List the year's technical support with its cleaner-production options, "
                    "their savings and payback."),
                  extra, &json, &year, &db);
  if (status != SXSH_CLI_EXIT_OK)
    return status;

  store = sxsh_support_store_new (db);
  sxsh_support_store_set_year (store, year);
  if (demo_models)
    sxsh_support_store_set_kind_filter (store, SXSH_SUPPORT_DEMO_MODEL);
  if (!sxsh_support_store_reload (store, &error)
      || !sxsh_support_store_get_year_totals (store, &totals, &error))
    return sxsh_cli_fail (error);

  if (json)
    supports_json (store, year, &totals);
  else
    supports_plain (store, year, &totals);
  return SXSH_CLI_EXIT_OK;
}

/* ---- certificates ------------------------------------------------------ */

int
sxsh_cli_certificates (SxshCliContext  *ctx,
                       int              argc,
                       char           **argv)
{
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(SxshCertificateStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *next = NULL;
  gboolean json = FALSE;
  int year = 0, status;
  guint n, revoked = 0;

  status = setup (ctx, &argc, &argv,
                  _("List the certificates of cleaner-production application numbered in a "
                    "year, valid and revoked."),
                  NULL, &json, &year, &db);
  if (status != SXSH_CLI_EXIT_OK)
    return status;

  store = sxsh_certificate_store_new (db);
  sxsh_certificate_store_set_year (store, year);
  if (!sxsh_certificate_store_reload (store, &error))
    return sxsh_cli_fail (error);
  next = sxsh_certificate_store_preview_number (store, year, &error);
  if (next == NULL)
    return sxsh_cli_fail (error);

  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshCertificate) certificate = g_list_model_get_item (G_LIST_MODEL (store), i);
      if (sxsh_certificate_get_status (certificate) == SXSH_CERTIFICATE_REVOKED)
        revoked++;
    }

  if (json)
    {
      Json out;

      json_init (&out);
      json_open (&out, NULL, '{');
      json_int (&out, "year", year);
      json_open (&out, "certificates", '[');
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SxshCertificate) c = g_list_model_get_item (G_LIST_MODEL (store), i);

          json_open (&out, NULL, '{');
          json_int (&out, "id", sxsh_certificate_get_id (c));
          json_string (&out, "number", sxsh_certificate_get_number (c));
          json_int (&out, "seq", sxsh_certificate_get_seq (c));
          json_int (&out, "facility_id", sxsh_certificate_get_facility_id (c));
          json_string (&out, "facility", sxsh_certificate_get_facility_name (c));
          json_string (&out, "issue_date", sxsh_certificate_get_issue_date (c));
          json_string (&out, "signer", sxsh_certificate_get_signer (c));
          json_string (&out, "benefits", sxsh_certificate_get_benefits (c));
          json_id (&out, "support_id", sxsh_certificate_get_support_id (c));
          json_string (&out, "status",
                       sxsh_certificate_status_to_string (sxsh_certificate_get_status (c)));
          json_optional (&out, "revoked_on", sxsh_certificate_get_revoked_on (c));
          json_optional (&out, "revoke_reason", sxsh_certificate_get_revoke_reason (c));
          json_close (&out, '}');
        }
      json_close (&out, ']');
      json_int (&out, "valid", n - revoked);
      json_int (&out, "revoked", revoked);
      json_string (&out, "next_number", next);
      json_close (&out, '}');
      print_json (&out);
      return SXSH_CLI_EXIT_OK;
    }

  g_print (_("Certificates of %d\n\n"), year);
  if (n == 0)
    g_print ("%s\n", _("No certificates numbered in this year."));
  else
    {
      g_autoptr(SxshCliTable) table = sxsh_cli_table_new (6, _("Number"), _("Facility"),
                                                          _("Issued on"), _("Signer"),
                                                          _("Status"), _("Benefits"));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SxshCertificate) c = g_list_model_get_item (G_LIST_MODEL (store), i);
          g_autofree char *issued = date_or_dash (sxsh_certificate_get_issue_date (c));
          g_autofree char *state = NULL;

          if (sxsh_certificate_get_status (c) == SXSH_CERTIFICATE_REVOKED)
            {
              g_autofree char *on = date_or_dash (sxsh_certificate_get_revoked_on (c));
              state = g_strdup_printf (_("Revoked on %s: %s"), on,
                                       sxsh_certificate_get_revoke_reason (c));
            }
          else
            state = g_strdup (sxsh_certificate_status_get_label (sxsh_certificate_get_status (c)));
          sxsh_cli_table_add_row (table, sxsh_certificate_get_number (c),
                                  sxsh_certificate_get_facility_name (c), issued,
                                  sxsh_certificate_get_signer (c), state,
                                  sxsh_certificate_get_benefits (c));
        }
      sxsh_cli_table_print (table);
    }
  g_print ("\n");
  g_print (_("Valid: %u; revoked: %u. The next certificate will be number %s.\n"),
           n - revoked, revoked, next);
  return SXSH_CLI_EXIT_OK;
}

/* ---- funding ----------------------------------------------------------- */

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
  int year = 0, status;
  guint n;

  status = setup (ctx, &argc, &argv,
                  _("List the year's budget lines, planned and disbursed, with totals per "
                    "source."),
                  NULL, &json, &year, &db);
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
      Json out;

      json_init (&out);
      json_open (&out, NULL, '{');
      json_int (&out, "year", year);
      json_open (&out, "lines", '[');
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SxshFunding) line = g_list_model_get_item (G_LIST_MODEL (store), i);
          double pct = sxsh_funding_get_disbursed_pct (line);

          json_open (&out, NULL, '{');
          json_int (&out, "id", sxsh_funding_get_id (line));
          json_string (&out, "source",
                       sxsh_funding_source_to_string (sxsh_funding_get_source (line)));
          json_id (&out, "plan_task_id", sxsh_funding_get_plan_task_id (line));
          json_optional (&out, "plan_task", sxsh_funding_get_plan_task_label (line));
          json_int (&out, "planned", sxsh_funding_get_planned (line));
          json_int (&out, "disbursed", sxsh_funding_get_disbursed (line));
          json_double (&out, "disbursed_pct", pct < 0 ? NAN : pct);
          json_string (&out, "notes", sxsh_funding_get_notes (line));
          json_close (&out, '}');
        }
      json_close (&out, ']');
      json_open (&out, "totals", '{');
      for (guint s = 0; s < SXSH_FUNDING_N_SOURCES; s++)
        {
          const char *key = s == SXSH_FUNDING_NONE ? "all" : sxsh_funding_source_to_string (s);

          json_open (&out, key, '{');
          json_int (&out, "planned", totals[s].planned);
          json_int (&out, "disbursed", totals[s].disbursed);
          json_double (&out, "disbursed_pct", share_pct (&totals[s]));
          json_close (&out, '}');
        }
      json_close (&out, '}');
      json_close (&out, '}');
      print_json (&out);
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
          g_autofree char *planned = money (sxsh_funding_get_planned (line));
          g_autofree char *disbursed = money (sxsh_funding_get_disbursed (line));
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
        g_autofree char *planned = money (totals[index].planned);
        g_autofree char *disbursed = money (totals[index].disbursed);
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

/* ---- register ---------------------------------------------------------- */

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
  int year = 0, status;
  guint n;
  GOptionEntry extra[] = {
    { "missing", 0, 0, G_OPTION_ARG_NONE, &missing, N_("Only the reports not received"), NULL },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today,
      N_("Count days overdue from this date (YYYY-MM-DD; default: today)"), N_("DATE") },
    { NULL }
  };

  status = setup (ctx, &argc, &argv,
                  _("List the annual reports expected in a year: who reports, the due date, "
                    "what was received, late, missing or returned for correction."),
                  extra, &json, &year, &db);
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
      Json out;

      json_init (&out);
      json_open (&out, NULL, '{');
      json_int (&out, "year", year);
      json_string (&out, "today", today ? today : now_iso);
      json_string (&out, "due_date", sxsh_register_get_due_date (reg));
      json_open (&out, "counts", '{');
      json_int (&out, "expected", counts.expected);
      json_int (&out, "on_time", counts.on_time);
      json_int (&out, "late", counts.late);
      json_int (&out, "missing", counts.missing);
      json_int (&out, "returned", counts.returned);
      json_int (&out, "overdue", counts.overdue);
      json_close (&out, '}');
      json_open (&out, "reporters", '[');
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SxshRegisterEntry) entry = g_list_model_get_item (G_LIST_MODEL (reg), i);

          json_open (&out, NULL, '{');
          json_string (&out, "kind",
                       sxsh_register_entry_get_reporter_kind (entry) == SXSH_REPORTER_FACILITY
                         ? "facility" : "agency");
          json_int (&out, "id", sxsh_register_entry_get_reporter_id (entry));
          json_string (&out, "name", sxsh_register_entry_get_name (entry));
          json_string (&out, "detail", sxsh_register_entry_get_detail (entry));
          json_string (&out, "due_date", sxsh_register_entry_get_due_date (entry));
          json_optional (&out, "received_on", sxsh_register_entry_get_received_on (entry));
          json_optional (&out, "returned_on", sxsh_register_entry_get_returned_on (entry));
          json_string (&out, "note", sxsh_register_entry_get_note (entry));
          json_string (&out, "status",
                       sxsh_report_status_to_key (sxsh_register_entry_get_status (entry)));
          json_int (&out, "days_overdue", sxsh_register_entry_get_days_overdue (entry));
          json_int (&out, "days_left", sxsh_register_entry_get_days_left (entry));
          json_int (&out, "days_late", sxsh_register_entry_get_days_late (entry));
          json_close (&out, '}');
        }
      json_close (&out, ']');
      json_close (&out, '}');
      print_json (&out);
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
          g_autofree char *due = date_or_dash (sxsh_register_entry_get_due_date (entry));
          g_autofree char *received = date_or_dash (sxsh_register_entry_get_received_on (entry));
          g_autofree char *returned = date_or_dash (sxsh_register_entry_get_returned_on (entry));
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

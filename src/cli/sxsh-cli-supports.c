/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sxsh-cli.h"
#include "sxsh-cli-activities.h"
#include "sxsh-cli-json.h"
#include "sxsh-format.h"
#include "sxsh-support-store.h"
#include "sxsh-validation.h"


/* sxsh-cli supports --year Y [--demo-models] [--json]: the year's technical
 * support with its CP options, savings, payback and the warnings of Joint
 * Circular 221/2012. */

/* Returns: (transfer full): "2,5", or "—" when the options save no money */
static char *
payback_text (gboolean has_payback,
              double   years)
{
  return has_payback ? sxsh_format_number (years, 1) : g_strdup ("—");
}

static void
support_warnings_json (SxshCliJsonWriter *json,
                       SxshSupportStore *store,
                       SxshSupport      *support)
{
  g_autoptr(GPtrArray) issues = sxsh_support_store_validate (store, support);

  sxsh_cli_json_writer_array (json, "warnings");
  for (guint i = 0; i < issues->len; i++)
    {
      SxshIssue *issue = g_ptr_array_index (issues, i);

      if (issue->warning)
        sxsh_cli_json_writer_string (json, NULL, issue->message);
    }
  sxsh_cli_json_writer_end (json);
}

static void
options_json (SxshCliJsonWriter *json,
              SxshSupport *support)
{
  GListModel *options = sxsh_support_get_options (support);
  guint n = g_list_model_get_n_items (options);

  sxsh_cli_json_writer_array (json, "options");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshCpOption) option = g_list_model_get_item (options, i);
      double years;
      gboolean has_payback = sxsh_cp_option_get_payback (option, &years);

      sxsh_cli_json_writer_object (json, NULL);
      sxsh_cli_json_writer_int (json, "id", sxsh_cp_option_get_id (option));
      sxsh_cli_json_writer_string (json, "technique",
                   sxsh_cp_technique_to_string (sxsh_cp_option_get_technique (option)));
      sxsh_cli_json_writer_string (json, "technique_label",
                   sxsh_cp_technique_get_label (sxsh_cp_option_get_technique (option)));
      sxsh_cli_json_writer_string (json, "description", sxsh_cp_option_get_description (option));
      sxsh_cli_json_writer_int (json, "investment", sxsh_cp_option_get_investment (option));
      sxsh_cli_json_writer_int (json, "saving_vnd", sxsh_cp_option_get_saving_vnd (option));
      sxsh_cli_json_writer_double (json, "saving_energy_toe",
                                   sxsh_cp_option_get_saving_energy_toe (option));
      sxsh_cli_json_writer_double (json, "saving_water_m3",
                                   sxsh_cp_option_get_saving_water_m3 (option));
      sxsh_cli_json_writer_double (json, "saving_material_t",
                                   sxsh_cp_option_get_saving_material_t (option));
      sxsh_cli_json_writer_string (json, "decision",
                   sxsh_cp_decision_to_string (sxsh_cp_option_get_decision (option)));
      sxsh_cli_json_writer_bool (json, "implemented", sxsh_cp_option_get_implemented (option));
      sxsh_cli_json_writer_double (json, "payback_years", has_payback ? years : NAN);
      sxsh_cli_json_writer_end (json);
    }
  sxsh_cli_json_writer_end (json);
}

static void
supports_json (SxshSupportStore  *store,
               int                year,
               SxshSupportTotals *totals)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_autoptr(SxshCliJsonWriter) json = sxsh_cli_json_writer_new ();

  sxsh_cli_json_writer_object (json, NULL);
  sxsh_cli_json_writer_int (json, "year", year);
  sxsh_cli_json_writer_array (json, "supports");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshSupport) support = g_list_model_get_item (G_LIST_MODEL (store), i);
      double years;
      gboolean has_payback = sxsh_support_get_payback (support, &years);

      sxsh_cli_json_writer_object (json, NULL);
      sxsh_cli_json_writer_int (json, "id", sxsh_support_get_id (support));
      sxsh_cli_json_writer_int (json, "facility_id", sxsh_support_get_facility_id (support));
      sxsh_cli_json_writer_string (json, "facility", sxsh_support_get_facility_name (support));
      sxsh_cli_json_writer_string (json, "kind",
                                   sxsh_support_kind_to_string (sxsh_support_get_kind (support)));
      sxsh_cli_json_writer_string (json, "kind_label",
                   sxsh_support_kind_get_label (sxsh_support_get_kind (support)));
      sxsh_cli_json_writer_string (json, "status",
                   sxsh_support_status_to_string (sxsh_support_get_status (support)));
      sxsh_cli_json_writer_optional (json, "start_date", sxsh_support_get_start_date (support));
      sxsh_cli_json_writer_optional (json, "end_date", sxsh_support_get_end_date (support));
      sxsh_cli_json_writer_string (json, "consultant", sxsh_support_get_consultant (support));
      sxsh_cli_json_writer_int (json, "total_cost", sxsh_support_get_total_cost (support));
      sxsh_cli_json_writer_int (json, "consultancy_cost",
                                sxsh_support_get_consultancy_cost (support));
      sxsh_cli_json_writer_int (json, "state_support", sxsh_support_get_state_support (support));
      sxsh_cli_json_writer_optional (json, "funding_source",
                     sxsh_funding_source_to_string (sxsh_support_get_funding_source (support)));
      sxsh_cli_json_writer_string (json, "results", sxsh_support_get_results (support));
      sxsh_cli_json_writer_int (json, "investment", sxsh_support_get_total_investment (support));
      sxsh_cli_json_writer_int (json, "saving_vnd", sxsh_support_get_total_saving_vnd (support));
      sxsh_cli_json_writer_double (json, "payback_years", has_payback ? years : NAN);
      support_warnings_json (json, store, support);
      options_json (json, support);
      sxsh_cli_json_writer_end (json);
    }
  sxsh_cli_json_writer_end (json);
  sxsh_cli_json_writer_object (json, "totals");
  sxsh_cli_json_writer_int (json, "supports", totals->n_supports);
  sxsh_cli_json_writer_int (json, "facilities", totals->n_facilities);
  sxsh_cli_json_writer_int (json, "demo_models", totals->n_demo_models);
  sxsh_cli_json_writer_int (json, "total_cost", totals->total_cost);
  sxsh_cli_json_writer_int (json, "consultancy_cost", totals->consultancy_cost);
  sxsh_cli_json_writer_int (json, "state_support", totals->state_support);
  sxsh_cli_json_writer_int (json, "options", totals->n_options);
  sxsh_cli_json_writer_int (json, "implemented", totals->n_implemented);
  sxsh_cli_json_writer_int (json, "investment", totals->investment);
  sxsh_cli_json_writer_int (json, "saving_vnd", totals->saving_vnd);
  sxsh_cli_json_writer_double (json, "saving_energy_toe", totals->saving_energy_toe);
  sxsh_cli_json_writer_double (json, "saving_water_m3", totals->saving_water_m3);
  sxsh_cli_json_writer_double (json, "saving_material_t", totals->saving_material_t);
  sxsh_cli_json_writer_end (json);
  sxsh_cli_json_writer_end (json);
  sxsh_cli_json_writer_print (json);
}

static void
supports_plain (SxshSupportStore  *store,
                int                year,
                SxshSupportTotals *totals)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_autofree char *investment = sxsh_format_integer (totals->investment);
  g_autofree char *saving = sxsh_format_integer (totals->saving_vnd);
  g_autofree char *state = sxsh_format_integer (totals->state_support);

  g_print (_("Technical support of %d\n\n"), year);
  if (n == 0)
    g_print ("%s\n", _("No technical support recorded in this year."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshSupport) support = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autoptr(GPtrArray) issues = sxsh_support_store_validate (store, support);
      g_autoptr(SxshCliTable) table = NULL;
      GListModel *options = sxsh_support_get_options (support);
      g_autofree char *cost = sxsh_format_integer (sxsh_support_get_total_cost (support));
      g_autofree char *consultancy =
        sxsh_format_integer (sxsh_support_get_consultancy_cost (support));
      g_autofree char *support_state =
        sxsh_format_integer (sxsh_support_get_state_support (support));
      g_autofree char *start = sxsh_cli_activity_date (sxsh_support_get_start_date (support));
      g_autofree char *end = sxsh_cli_activity_date (sxsh_support_get_end_date (support));
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
          g_autofree char *option_investment =
            sxsh_format_integer (sxsh_cp_option_get_investment (option));
          g_autofree char *option_saving =
            sxsh_format_integer (sxsh_cp_option_get_saving_vnd (option));
          gboolean has_payback = sxsh_cp_option_get_payback (option, &years);
          g_autofree char *payback = payback_text (has_payback, years);
          g_autofree char *decision = NULL;

          SxshCpTechnique technique = sxsh_cp_option_get_technique (option);
          const char *choice = sxsh_cp_decision_get_label (sxsh_cp_option_get_decision (option));

          decision = sxsh_cp_option_get_implemented (option)
            ? g_strdup_printf (_("%s, implemented"), choice)
            : g_strdup (choice);
          sxsh_cli_table_add_row (table, sxsh_cp_option_get_description (option),
                                  sxsh_cp_technique_get_label (technique),
                                  option_investment, option_saving, payback, decision);
        }
      if (g_list_model_get_n_items (options) > 0)
        {
          g_autofree char *sum_investment =
            sxsh_format_integer (sxsh_support_get_total_investment (support));
          g_autofree char *sum_saving =
            sxsh_format_integer (sxsh_support_get_total_saving_vnd (support));

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
  const char *summary;
  int year = 0, status;
  GOptionEntry extra[] = {
    { "demo-models", 0, 0, G_OPTION_ARG_NONE, &demo_models,
      N_("Only the demonstration models"), NULL },
    { NULL }
  };

  summary = _("List the year's technical support with its cleaner-production options, their "
              "savings and payback.");
  status = sxsh_cli_activity_setup (ctx, &argc, &argv, summary, extra, &json, &year, &db);
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

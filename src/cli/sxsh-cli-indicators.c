/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sxsh-cli.h"
#include "sxsh-format.h"
#include "sxsh-indicators.h"

/* sxsh-cli indicators --year Y [--plan CODE] [--json]
 *
 * The plan's indicators of a year, its activities against the plan's
 * quotas and the completeness of the annual reports, computed by the same
 * engine as the dashboard and the annual report.  The JSON form is a
 * contract for scripts (docs/indicators.md lists its keys). */

/* ---- JSON ------------------------------------------------------------- */

/* A JSON number: always with a point, whatever the locale. */
static void
json_double (GString *out,
             double   value,
             int      decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }
  if (decimals < 0)
    g_ascii_dtostr (buf, sizeof buf, value);
  else
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%df", decimals);
      g_ascii_formatd (buf, sizeof buf, format, round (value * pow (10, decimals))
                                                / pow (10, decimals));
    }
  g_string_append (out, buf);
}

static void
json_key (GString    *out,
          const char *key)
{
  sxsh_cli_json_string (out, key);
  g_string_append_c (out, ':');
}

static void
json_met (GString *out,
          int      met)
{
  g_string_append (out, met < 0 ? "null" : met ? "true" : "false");
}

static void
json_indicators (GString             *out,
                 SxshIndicatorReport *report)
{
  g_string_append (out, "\"indicators\":[");
  for (guint i = 0; i < SXSH_N_INDICATORS; i++)
    {
      const SxshIndicator *indicator = sxsh_indicator_report_get_indicator (report, i);

      g_string_append (out, i == 0 ? "\n    {" : ",\n    {");
      json_key (out, "key");
      sxsh_cli_json_string (out, indicator->key);
      g_string_append_printf (out, ",\"numerator\":%u,\"denominator\":%u,\"value_pct\":",
                              indicator->numerator, indicator->denominator);
      json_double (out, indicator->has_value ? indicator->value_pct : NAN, 1);
      g_string_append (out, ",\"target_pct\":");
      json_double (out, indicator->target_pct, -1);
      g_string_append (out, ",\"met\":");
      json_met (out, indicator->met);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "\n  ]");
}

static void
json_activity (GString                 *out,
               const SxshActivityCount *activity)
{
  json_key (out, activity->key);
  g_string_append_printf (out, "{\"count\":%u", activity->count);
  if (g_str_equal (activity->key, "certificates"))
    g_string_append_printf (out, ",\"revoked\":%u", activity->revoked);
  if (activity->has_quota)
    {
      g_string_append_printf (out, ",\"min\":%u,\"max\":", activity->min_count);
      if (activity->max_count < 0)
        g_string_append (out, "null");
      else
        g_string_append_printf (out, "%d", activity->max_count);
    }
  else
    g_string_append (out, ",\"min\":null,\"max\":null");
  g_string_append (out, ",\"met\":");
  json_met (out, activity->met);
  g_string_append_c (out, '}');
}

static void
json_events (GString             *out,
             SxshIndicatorReport *report,
             gboolean             communication)
{
  gboolean first = TRUE;

  json_key (out, communication ? "communication" : "events");
  g_string_append_c (out, '{');
  for (guint i = 0; i < sxsh_indicator_report_get_n_event_kinds (report); i++)
    {
      const SxshEventTally *tally = sxsh_indicator_report_get_event_tally (report, i);

      if (tally->communication != communication)
        continue;
      if (!first)
        g_string_append_c (out, ',');
      first = FALSE;
      json_key (out, tally->kind);
      g_string_append_printf (out, "{\"count\":%u,\"%s\":%" G_GINT64_FORMAT "}", tally->count,
                              communication ? "quantity" : "participants",
                              communication ? tally->quantity : tally->participants);
    }
  g_string_append_c (out, '}');
}

static void
json_activities (GString             *out,
                 SxshIndicatorReport *report)
{
  g_string_append (out, "\"activities\":{\n    ");
  for (guint i = 0; i < SXSH_N_ACTIVITIES; i++)
    {
      json_activity (out, sxsh_indicator_report_get_activity (report, i));
      g_string_append (out, ",\n    ");
    }
  json_events (out, report, FALSE);
  g_string_append (out, ",\n    ");
  json_events (out, report, TRUE);
  g_string_append (out, ",\n    \"funding\":{");
  for (guint i = 0; i < sxsh_indicator_report_get_n_funding_sources (report); i++)
    {
      const SxshFundingTally *funding = sxsh_indicator_report_get_funding (report, i);

      if (i > 0)
        g_string_append_c (out, ',');
      json_key (out, funding->source);
      g_string_append_printf (out, "{\"planned\":%" G_GINT64_FORMAT ",\"disbursed\":%"
                              G_GINT64_FORMAT "}", funding->planned, funding->disbursed);
    }
  g_string_append (out, "}\n  }");
}

static void
json_reporting (GString             *out,
                SxshIndicatorReport *report)
{
  g_string_append (out, "\"reporting\":{\"due_date\":");
  sxsh_cli_json_string (out, sxsh_indicator_report_get_due_date (report));
  g_string_append_printf (out, ",\"expected\":%u",
                          sxsh_indicator_report_get_n_expected (report));
  for (SxshReportStatus s = SXSH_REPORT_STATUS_ON_TIME; s <= SXSH_REPORT_STATUS_RETURNED; s++)
    g_string_append_printf (out, ",\"%s\":%u", sxsh_report_status_to_key (s),
                            sxsh_indicator_report_count_reports (report, s));
  g_string_append_c (out, '}');
}

static char *
report_to_json (SxshIndicatorReport *report)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "{\n  \"year\":%d,\n  \"plan\":",
                          sxsh_indicator_report_get_year (report));
  sxsh_cli_json_string (out, sxsh_indicator_report_get_plan_code (report));
  g_string_append (out, ",\n  ");
  json_indicators (out, report);
  g_string_append (out, ",\n  ");
  json_activities (out, report);
  g_string_append (out, ",\n  ");
  json_reporting (out, report);
  g_string_append (out, "\n}\n");
  return g_string_free (out, FALSE);
}

/* ---- Plain tables ----------------------------------------------------- */

static char *
format_pct (double value)
{
  return isfinite (value) ? sxsh_format_percent (value, 1) : g_strdup ("—");
}

static const char *
met_label (int met)
{
  return met < 0 ? "—" : met ? _("yes") : _("no");
}

static void
print_indicators (SxshIndicatorReport *report)
{
  g_autoptr(SxshCliTable) table = NULL;

  table = sxsh_cli_table_new (5, _("Indicator"), _("Value"), _("Counted/population"),
                              _("Target"), _("Target met"));
  for (guint i = 0; i < SXSH_N_INDICATORS; i++)
    {
      const SxshIndicator *indicator = sxsh_indicator_report_get_indicator (report, i);
      g_autofree char *value = format_pct (indicator->has_value ? indicator->value_pct : NAN);
      g_autofree char *numerator = sxsh_format_integer (indicator->numerator);
      g_autofree char *denominator = sxsh_format_integer (indicator->denominator);
      g_autofree char *fraction = g_strdup_printf ("%s/%s", numerator, denominator);
      g_autofree char *target = format_pct (indicator->target_pct);

      sxsh_cli_table_add_row (table, indicator->label, value, fraction, target,
                              met_label (indicator->met));
    }
  sxsh_cli_table_print (table);
}

static void
print_activities (SxshIndicatorReport *report)
{
  g_autoptr(SxshCliTable) table = NULL;

  table = sxsh_cli_table_new (4, _("Programme activity"), _("Done"), _("Yearly quota"),
                              _("Quota met"));
  for (guint i = 0; i < SXSH_N_ACTIVITIES; i++)
    {
      const SxshActivityCount *activity = sxsh_indicator_report_get_activity (report, i);
      g_autofree char *count = NULL;
      g_autofree char *quota = NULL;

      if (activity->revoked > 0)
        count = g_strdup_printf (_("%u (%u since revoked)"), activity->count, activity->revoked);
      else
        count = g_strdup_printf ("%u", activity->count);
      if (!activity->has_quota)
        quota = g_strdup ("—");
      else if (activity->max_count < 0)
        quota = g_strdup_printf ("≥ %u", activity->min_count);
      else if ((guint) activity->max_count == activity->min_count)
        quota = g_strdup_printf ("%u", activity->min_count);
      else
        quota = g_strdup_printf ("%u–%d", activity->min_count, activity->max_count);
      sxsh_cli_table_add_row (table, activity->label, count, quota, met_label (activity->met));
    }
  sxsh_cli_table_print (table);
}

static void
print_events (SxshIndicatorReport *report,
              gboolean             communication)
{
  g_autoptr(SxshCliTable) table = NULL;

  if (communication)
    table = sxsh_cli_table_new (3, _("Communication"), _("Items"), _("Copies"));
  else
    table = sxsh_cli_table_new (3, _("Event"), _("Held"), _("Participants"));
  for (guint i = 0; i < sxsh_indicator_report_get_n_event_kinds (report); i++)
    {
      const SxshEventTally *tally = sxsh_indicator_report_get_event_tally (report, i);
      g_autofree char *count = NULL;
      g_autofree char *amount = NULL;

      if (tally->communication != communication)
        continue;
      count = sxsh_format_integer (tally->count);
      amount = sxsh_format_integer (communication ? tally->quantity : tally->participants);
      sxsh_cli_table_add_row (table, tally->label, count, amount);
    }
  sxsh_cli_table_print (table);
}

static void
print_funding (SxshIndicatorReport *report)
{
  g_autoptr(SxshCliTable) table = NULL;

  table = sxsh_cli_table_new (3, _("Funding source"), _("Planned (VND)"), _("Disbursed (VND)"));
  for (guint i = 0; i < sxsh_indicator_report_get_n_funding_sources (report); i++)
    {
      const SxshFundingTally *funding = sxsh_indicator_report_get_funding (report, i);
      g_autofree char *planned = sxsh_format_integer (funding->planned);
      g_autofree char *disbursed = sxsh_format_integer (funding->disbursed);

      sxsh_cli_table_add_row (table, funding->label, planned, disbursed);
    }
  sxsh_cli_table_print (table);
}

static void
print_reporting (SxshIndicatorReport *report)
{
  g_autoptr(SxshCliTable) table = NULL;
  g_autofree char *due = sxsh_format_date (sxsh_indicator_report_get_due_date (report));
  g_autofree char *expected = sxsh_format_integer (sxsh_indicator_report_get_n_expected (report));

  g_print (_("Annual reports, due %s:\n"), due);
  table = sxsh_cli_table_new (2, _("Reports"), _("Number"));
  sxsh_cli_table_add_row (table, _("Expected"), expected);
  for (SxshReportStatus s = SXSH_REPORT_STATUS_ON_TIME; s <= SXSH_REPORT_STATUS_RETURNED; s++)
    {
      g_autofree char *n = sxsh_format_integer (sxsh_indicator_report_count_reports (report, s));

      sxsh_cli_table_add_row (table, sxsh_report_status_get_label (s), n);
    }
  sxsh_cli_table_print (table);
}

static void
print_plain (SxshIndicatorReport *report)
{
  g_print (_("Indicators of %d, plan %s\n\n"), sxsh_indicator_report_get_year (report),
           sxsh_indicator_report_get_plan_code (report));
  print_indicators (report);
  g_print ("\n");
  print_activities (report);
  g_print ("\n");
  print_events (report, FALSE);
  g_print ("\n");
  print_events (report, TRUE);
  g_print ("\n");
  print_funding (report);
  g_print ("\n");
  print_reporting (report);
}

int
sxsh_cli_indicators (SxshCliContext  *ctx,
                     int              argc,
                     char           **argv)
{
  g_autofree char *plan = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gboolean json = FALSE;
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year,
      N_("Year to measure (default: this year)"), N_("Y") },
    { "plan", 'p', 0, G_OPTION_ARG_STRING, &plan,
      N_("Plan to measure against, by its code (default: the current plan)"), N_("CODE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print JSON for scripts instead of tables"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(SxshIndicatorReport) report = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  options = sxsh_cli_option_context_new (ctx, NULL,
                                         _("Compute the plan's indicators of a year, the "
                                           "year's activities against the plan's quotas and "
                                           "the completeness of the annual reports."),
                                         entries);
  if (!sxsh_cli_parse_options (ctx, options, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return sxsh_cli_usage_error (ctx, _("Unexpected argument “%s”."), argv[1]);
  if (year == 0)
    year = g_date_time_get_year (now);
  if (year < 1990 || year > 2100)
    return sxsh_cli_usage_error (ctx, _("--year: must be a year from 1990 to 2100."));

  db = sxsh_cli_open_database (ctx, FALSE, &error);
  if (db == NULL)
    return sxsh_cli_fail (error);

  report = sxsh_indicators_compute (db, plan, year, &error);
  if (report == NULL)
    return sxsh_cli_fail (error);

  if (json)
    {
      g_autofree char *text = report_to_json (report);

      g_print ("%s", text);
    }
  else
    print_plain (report);
  return SXSH_CLI_EXIT_OK;
}

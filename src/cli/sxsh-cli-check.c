/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-cli.h"
#include "sxsh-text.h"
#include "sxsh-validation.h"

/* The data-quality checks: none of these breaks the database, but each one
 * spoils an indicator or a report, so the officer should look at it. */

static const char facilities_sql[] =
  "SELECT id, name, tax_code, sector_id, admin_unit_id, first_year, last_year "
  "FROM facility ORDER BY id";

static const char years_outside_sql[] =
  "SELECT f.id, f.name, f.first_year, f.last_year, y.year "
  "FROM facility_year y JOIN facility f ON f.id = y.facility_id "
  "WHERE (f.first_year IS NOT NULL AND y.year < f.first_year) "
  "   OR (f.last_year IS NOT NULL AND y.year > f.last_year) "
  "ORDER BY f.id, y.year";

/* Applying facilities without a single year that has both output and energy
 * consumption: their energy-intensity saving cannot be computed. */
static const char no_baseline_sql[] =
  "SELECT f.id, f.name FROM facility f "
  "WHERE EXISTS (SELECT 1 FROM facility_year a WHERE a.facility_id = f.id AND a.applying = 1) "
  "  AND NOT EXISTS (SELECT 1 FROM facility_year b "
  "                  JOIN consumption c ON c.facility_id = b.facility_id AND c.year = b.year "
  "                  JOIN resource r ON r.id = c.resource_id AND r.category = 'energy' "
  "                  WHERE b.facility_id = f.id AND b.output > 0) "
  "ORDER BY f.id";

/* A unit that had ceased to exist before the facility started. */
static const char stale_unit_sql[] =
  "SELECT f.id, f.name, u.kind, u.name, u.valid_to, f.first_year "
  "FROM facility f JOIN admin_unit u ON u.id = f.admin_unit_id "
  "WHERE u.valid_to IS NOT NULL AND f.first_year IS NOT NULL "
  "  AND u.valid_to < (CAST (f.first_year AS TEXT) || '-01-01') "
  "ORDER BY f.id";

typedef struct
{
  guint warnings;
} Findings;

static void
warn (Findings   *findings,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
warn (Findings   *findings,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* TRANSLATORS: the prefix of a data-quality warning of "sxsh-cli check". */
  g_print (_("warning: %s\n"), message);
  findings->warnings++;
}

typedef struct
{
  gint64  id;
  char   *name;
} NamedId;

static void
named_id_free (gpointer data)
{
  NamedId *item = data;

  g_free (item->name);
  g_free (item);
}

static gboolean
check_facilities (SxshDatabase  *db,
                  Findings      *findings,
                  GError       **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  g_autoptr(GHashTable) by_name = NULL;     /* folded name → GPtrArray of NamedId */
  g_autoptr(GPtrArray) order = g_ptr_array_new ();   /* folded names in first-seen order */
  int rc;

  by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify) g_ptr_array_unref);

  stmt = sxsh_database_prepare (db, facilities_sql, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      gint64 id = sxsh_statement_get_int64 (stmt, 0);
      const char *name = sxsh_statement_get_text (stmt, 1);
      const char *tax_code = sxsh_statement_get_text (stmt, 2);
      char *folded = sxsh_text_fold (name);
      GPtrArray *same;
      NamedId *item;

      same = g_hash_table_lookup (by_name, folded);
      if (same == NULL)
        {
          same = g_ptr_array_new_with_free_func (named_id_free);
          g_hash_table_insert (by_name, folded, same);
          g_ptr_array_add (order, folded);
        }
      else
        g_free (folded);
      item = g_new0 (NamedId, 1);
      item->id = id;
      item->name = g_strdup (name);
      g_ptr_array_add (same, item);

      if (tax_code != NULL && *tax_code != '\0')
        {
          gboolean check_ok;

          if (!sxsh_validate_tax_code (tax_code, &check_ok))
            warn (findings, _("Facility %lld “%s”: tax code “%s” is not 10 digits, "
                              "or 10 digits, a dash and 3 digits."),
                  (long long) id, name, tax_code);
          else if (!check_ok)
            warn (findings, _("Facility %lld “%s”: tax code “%s” fails the check "
                              "digit; it may be mistyped."),
                  (long long) id, name, tax_code);
        }
      if (sxsh_statement_is_null (stmt, 3))
        warn (findings, _("Facility %lld “%s” has no sector: it is left out of "
                          "the figures by sector."),
              (long long) id, name);
      if (sxsh_statement_is_null (stmt, 4))
        warn (findings, _("Facility %lld “%s” has no administrative unit."),
              (long long) id, name);
      if (!sxsh_statement_is_null (stmt, 5) && !sxsh_statement_is_null (stmt, 6)
          && sxsh_statement_get_int (stmt, 6) < sxsh_statement_get_int (stmt, 5))
        warn (findings, _("Facility %lld “%s”: last active year %d is before its "
                          "first active year %d."),
              (long long) id, name, sxsh_statement_get_int (stmt, 6),
              sxsh_statement_get_int (stmt, 5));
    }
  if (rc == SXSH_STEP_ERROR)
    return FALSE;

  for (guint i = 0; i < order->len; i++)
    {
      GPtrArray *same = g_hash_table_lookup (by_name, g_ptr_array_index (order, i));
      g_autoptr(GString) ids = NULL;

      if (same->len < 2)
        continue;
      ids = g_string_new (NULL);
      for (guint k = 0; k < same->len; k++)
        g_string_append_printf (ids, k == 0 ? "%" G_GINT64_FORMAT : ", %" G_GINT64_FORMAT,
                                ((NamedId *) g_ptr_array_index (same, k))->id);
      warn (findings, _("%u facilities have the same name “%s” (ids %s): they may be one "
                        "facility entered twice."),
            same->len, ((NamedId *) g_ptr_array_index (same, 0))->name, ids->str);
    }
  return TRUE;
}

static gboolean
check_years (SxshDatabase  *db,
             Findings      *findings,
             GError       **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  g_autoptr(GString) years = g_string_new (NULL);
  g_autofree char *name = NULL;
  gint64 current = 0;
  int first = 0, last = 0;
  int rc;

  stmt = sxsh_database_prepare (db, years_outside_sql, error);
  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      gint64 id = 0;

      rc = sxsh_statement_step (stmt, error);
      if (rc == SXSH_STEP_ERROR)
        return FALSE;
      if (rc == SXSH_STEP_ROW)
        id = sxsh_statement_get_int64 (stmt, 0);

      /* One warning per facility, listing its years. */
      if (current != 0 && id != current)
        {
          g_autofree char *span = NULL;

          if (first != 0 && last != 0)
            span = g_strdup_printf ("%d–%d", first, last);
          else if (first != 0)
            span = g_strdup_printf (_("from %d"), first);
          else
            span = g_strdup_printf (_("until %d"), last);
          warn (findings, _("Facility %lld “%s” has yearly data for %s, outside "
                            "its active years (%s)."),
                (long long) current, name, years->str, span);
        }
      if (rc == SXSH_STEP_DONE)
        break;
      if (id != current)
        {
          current = id;
          g_free (name);
          name = sxsh_statement_dup_text (stmt, 1);
          first = sxsh_statement_is_null (stmt, 2) ? 0 : sxsh_statement_get_int (stmt, 2);
          last = sxsh_statement_is_null (stmt, 3) ? 0 : sxsh_statement_get_int (stmt, 3);
          g_string_truncate (years, 0);
        }
      g_string_append_printf (years, years->len ? ", %d" : "%d", sxsh_statement_get_int (stmt, 4));
    }
  return TRUE;
}

static gboolean
check_baselines (SxshDatabase  *db,
                 Findings      *findings,
                 GError       **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  int rc;

  stmt = sxsh_database_prepare (db, no_baseline_sql, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    warn (findings, _("Facility %lld “%s” applies cleaner production but has no "
                      "year with both output and energy consumption: its saving cannot be "
                      "computed."),
          (long long) sxsh_statement_get_int64 (stmt, 0), sxsh_statement_get_text (stmt, 1));
  return rc == SXSH_STEP_DONE;
}

static gboolean
check_units (SxshDatabase  *db,
             Findings      *findings,
             GError       **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  int rc;

  stmt = sxsh_database_prepare (db, stale_unit_sql, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    warn (findings, _("Facility %lld “%s” started in %d, but its unit “%s %s” "
                      "ended on %s: choose a unit valid then."),
          (long long) sxsh_statement_get_int64 (stmt, 0), sxsh_statement_get_text (stmt, 1),
          sxsh_statement_get_int (stmt, 5), sxsh_statement_get_text (stmt, 2),
          sxsh_statement_get_text (stmt, 3), sxsh_statement_get_text (stmt, 4));
  return rc == SXSH_STEP_DONE;
}

/* sxsh-cli check
 *
 * Exits 0 when the database is sound (warnings are printed but allowed), 1
 * when SQLite's integrity or foreign-key checks fail. */
int
sxsh_cli_check (SxshCliContext  *ctx,
                int              argc,
                char           **argv)
{
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  Findings findings = { 0 };
  int status;

  options = sxsh_cli_option_context_new (ctx, NULL,
                                         _("Check the database: file integrity and links "
                                           "between rows, then data quality (duplicate names, "
                                           "tax codes, missing sectors or units, impossible "
                                           "years, applying facilities without baseline "
                                           "data)."),
                                         NULL);
  if (!sxsh_cli_parse_options (ctx, options, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return sxsh_cli_usage_error (ctx, _("Unexpected argument “%s”."), argv[1]);

  db = sxsh_cli_open_database (ctx, FALSE, &error);
  if (db == NULL)
    return sxsh_cli_fail (error);

  if (!sxsh_database_check_integrity (db, &problems, &error))
    return sxsh_cli_fail (error);
  for (guint i = 0; i < problems->len; i++)
    /* TRANSLATORS: the prefix of an integrity error of "sxsh-cli check". */
    g_print (_("error: %s\n"), (const char *) g_ptr_array_index (problems, i));
  if (problems->len > 0)
    {
      sxsh_cli_print_error (g_dngettext (GETTEXT_PACKAGE,
                                         "The database failed the integrity check (%u problem). "
                                         "Restore it from a backup.",
                                         "The database failed the integrity check (%u problems). "
                                         "Restore it from a backup.",
                                         problems->len),
                            problems->len);
      return SXSH_CLI_EXIT_FAILURE;
    }
  g_print (_("Integrity: ok\n"));

  if (!check_facilities (db, &findings, &error)
      || !check_years (db, &findings, &error)
      || !check_baselines (db, &findings, &error)
      || !check_units (db, &findings, &error))
    return sxsh_cli_fail (error);

  if (findings.warnings == 0)
    g_print (_("Data quality: no problems found.\n"));
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "Data quality: %u warning.\n",
                          "Data quality: %u warnings.\n", findings.warnings),
             findings.warnings);
  return SXSH_CLI_EXIT_OK;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-document-number.h"
#include "sxsh-error.h"
#include "sxsh-settings.h"

/* Raising the counter instead of setting it means two writers can never move
 * it backwards, and a number once handed out is never handed out again. */
static const char raise_sql[] =
  "INSERT INTO document_number (series, year, last) VALUES (?1, ?2, ?3) "
  "ON CONFLICT (series, year) DO UPDATE SET last = "
  "CASE WHEN excluded.last > document_number.last THEN excluded.last "
  "ELSE document_number.last END";

static const char increment_sql[] =
  "INSERT INTO document_number (series, year, last) VALUES (?1, ?2, 1) "
  "ON CONFLICT (series, year) DO UPDATE SET last = document_number.last + 1";

static const char last_sql[] =
  "SELECT last FROM document_number WHERE series = ?1 AND year = ?2";

/**
 * sxsh_document_number_get_last:
 * @last: (out): the last number handed out in @year, 0 when none
 */
gboolean
sxsh_document_number_get_last (SxshDatabase  *db,
                               const char    *series_key,
                               int            year,
                               int           *last,
                               GError       **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (series_key != NULL, FALSE);
  g_return_val_if_fail (last != NULL, FALSE);

  *last = 0;
  stmt = sxsh_database_prepare (db, last_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_text (stmt, 1, series_key);
  sxsh_statement_bind_int64 (stmt, 2, year);
  rc = sxsh_statement_step (stmt, error);
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  if (rc == SXSH_STEP_ROW)
    *last = sxsh_statement_get_int (stmt, 0);
  return TRUE;
}

/**
 * sxsh_document_number_raise:
 * @at_least: a number known to be used already (a certificate entered by
 *   hand, an imported register)
 *
 * Makes sure the series will never hand out @at_least or anything below it
 * in @year.
 */
gboolean
sxsh_document_number_raise (SxshDatabase  *db,
                            const char    *series_key,
                            int            year,
                            int            at_least,
                            GError       **error)
{
  g_autoptr(SxshStatement) stmt = NULL;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (series_key != NULL, FALSE);

  stmt = sxsh_database_prepare (db, raise_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_text (stmt, 1, series_key);
  sxsh_statement_bind_int64 (stmt, 2, year);
  sxsh_statement_bind_int64 (stmt, 3, MAX (at_least, 0));
  return sxsh_statement_run (stmt, error);
}

/**
 * sxsh_document_number_next:
 * @series_key: the series, e.g. %SXSH_SETTING_REPORT_SERIES
 * @year: the year the number belongs to
 * @seq: (out): the number handed out, starting at 1 in every year
 *
 * Hands out the next number of a series.  The counter moves inside a
 * transaction (a savepoint when the caller already holds one), so two
 * callers never get the same number; a number whose document is later
 * deleted or revoked is not given again.
 */
gboolean
sxsh_document_number_next (SxshDatabase  *db,
                           const char    *series_key,
                           int            year,
                           int           *seq,
                           GError       **error)
{
  int value = 0;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (series_key != NULL, FALSE);
  g_return_val_if_fail (seq != NULL, FALSE);

  if (!sxsh_database_begin (db, error))
    return FALSE;

  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, increment_sql, error);
    if (stmt == NULL)
      goto fail;
    sxsh_statement_bind_text (stmt, 1, series_key);
    sxsh_statement_bind_int64 (stmt, 2, year);
    if (!sxsh_statement_run (stmt, error))
      goto fail;
  }
  if (!sxsh_document_number_get_last (db, series_key, year, &value, error))
    goto fail;
  if (!sxsh_database_commit (db, error))
    return FALSE;

  *seq = value;
  if (!sxsh_database_in_transaction (db))
    sxsh_database_notify_changed (db, "document_number");
  return TRUE;

fail:
  sxsh_database_rollback (db);
  return FALSE;
}

/**
 * sxsh_document_number_get_pattern:
 *
 * Returns: (transfer full): the series' pattern from the settings, or its
 *   default, e.g. "{seq:02}/{year}/GCN-SCT"
 */
char *
sxsh_document_number_get_pattern (SxshDatabase *db,
                                  const char   *series_key)
{
  g_autofree char *pattern = sxsh_settings_get (db, series_key);

  if (pattern == NULL || *pattern == '\0')
    {
      const char *fallback = sxsh_settings_get_default (series_key);
      return g_strdup (fallback ? fallback : "{seq}");
    }
  return g_steal_pointer (&pattern);
}

/**
 * sxsh_document_number_take:
 * @seq: (out) (optional): the number's sequence
 *
 * Hands out the next number and formats it with the series' pattern.
 *
 * Returns: (transfer full) (nullable): the document number, e.g. "12/BC-SCT"
 */
char *
sxsh_document_number_take (SxshDatabase  *db,
                           const char    *series_key,
                           int            year,
                           int           *seq,
                           GError       **error)
{
  g_autofree char *pattern = NULL;
  int value;

  if (!sxsh_document_number_next (db, series_key, year, &value, error))
    return NULL;
  if (seq)
    *seq = value;
  pattern = sxsh_document_number_get_pattern (db, series_key);
  return sxsh_settings_format_number (pattern, value, year);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "sxsh-activity-private.h"
#include "sxsh-error.h"
#include "sxsh-validation.h"

/*
 * Turns validation issues into the outcome of a write: errors always stop
 * it; warnings stop it until the user has seen them and accepted them, so
 * the editor shows them first and saves again with @accept_warnings.
 */
gboolean
sxsh_activity_check_issues (GPtrArray  *issues,
                            gboolean    accept_warnings,
                            GError    **error)
{
  g_autofree char *text = NULL;

  if (sxsh_issues_has_errors (issues))
    return sxsh_issues_to_error (issues, error);
  if (accept_warnings || issues == NULL || issues->len == 0)
    return TRUE;
  text = sxsh_issues_to_string (issues, FALSE);
  g_set_error_literal (error, SXSH_ERROR, SXSH_ERROR_INVALID, text);
  return FALSE;
}

int
sxsh_activity_date_year (const char *iso_date)
{
  int y = 0, m, d;

  if (!sxsh_validate_iso_date (iso_date))
    return 0;
  if (sscanf (iso_date, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return 0;
  return y;
}

/* Adds an error when @date is not a real date between 1990 and 2100 (the
 * span of the programme's records), or is missing while @required. */
void
sxsh_activity_check_date (GPtrArray  *issues,
                          const char *field,
                          const char *label,
                          const char *date,
                          gboolean    required)
{
  int year;

  if (date == NULL || *date == '\0')
    {
      if (required)
        sxsh_issues_add (issues, field, FALSE, _("%s: required."), label);
      return;
    }
  if (!sxsh_validate_iso_date (date))
    {
      sxsh_issues_add (issues, field, FALSE, _("%s: “%s” is not a valid date."), label, date);
      return;
    }
  year = sxsh_activity_date_year (date);
  if (year < SXSH_YEAR_MIN || year > SXSH_YEAR_MAX)
    sxsh_issues_add (issues, field, FALSE, _("%s: must be between %d and %d."),
                     label, SXSH_YEAR_MIN, SXSH_YEAR_MAX);
}

void
sxsh_activity_check_amount (GPtrArray  *issues,
                            const char *field,
                            const char *label,
                            gint64      amount)
{
  if (amount < 0)
    sxsh_issues_add (issues, field, FALSE, _("%s: cannot be negative."), label);
}

/* Dates are ISO text, so a year is the half-open range of its first day and
 * the next year's first day: comparisons that use the date index. */
void
sxsh_activity_year_bounds (int  year,
                           char first_day[11],
                           char next_first_day[11])
{
  g_snprintf (first_day, 11, "%04d-01-01", CLAMP (year, 0, 9998));
  g_snprintf (next_first_day, 11, "%04d-01-01", CLAMP (year + 1, 1, 9999));
}

/* Commits the store's transaction and, once it is really committed (not a
 * savepoint inside the caller's transaction), tells every view of @table;
 * %NULL when the caller tells them itself. */
gboolean
sxsh_activity_commit (SxshDatabase  *db,
                      const char    *table,
                      GError       **error)
{
  if (!sxsh_database_commit (db, error))
    return FALSE;
  if (table != NULL && !sxsh_database_in_transaction (db))
    sxsh_database_notify_changed (db, table);
  return TRUE;
}

/* Runs a write whose only parameter, ?1, is a row's id. */
gboolean
sxsh_activity_run_for_id (SxshDatabase  *db,
                          const char    *sql,
                          gint64         id,
                          GError       **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, id);
  return sxsh_statement_run (stmt, error);
}

/**
 * sxsh_activity_write_row:
 * @sql: an INSERT when @id is 0, else an UPDATE whose parameter @id_index
 *   is the row's id
 * @bind: binds @object's columns, the same for both statements
 * @missing: (nullable): the message when the row to update no longer
 *   exists; %NULL for an insert
 *
 * Writes one row in the caller's transaction.
 *
 * Returns: the row's id (the new one after an insert), or 0 with @error set
 */
gint64
sxsh_activity_write_row (SxshDatabase          *db,
                         const char            *sql,
                         SxshActivityBindFunc   bind,
                         gpointer               object,
                         gint64                 id,
                         int                    id_index,
                         const char            *missing,
                         GError               **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, sql, error);

  if (stmt == NULL)
    return 0;
  bind (stmt, object);
  if (id != 0)
    sxsh_statement_bind_int64 (stmt, id_index, id);
  if (!sxsh_statement_run (stmt, error))
    return 0;
  if (id == 0)
    return sxsh_database_last_insert_id (db);
  if (sxsh_database_changes (db) == 0)
    {
      g_set_error_literal (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND, missing);
      return 0;
    }
  return id;
}

/**
 * sxsh_activity_save_row:
 * @table: (nullable): the table to announce once committed; %NULL when the
 *   caller announces it itself
 *
 * sxsh_activity_write_row() in a transaction of its own.
 *
 * Returns: the row's id, or 0 with @error set and nothing written
 */
gint64
sxsh_activity_save_row (SxshDatabase          *db,
                        const char            *table,
                        const char            *sql,
                        SxshActivityBindFunc   bind,
                        gpointer               object,
                        gint64                 id,
                        int                    id_index,
                        const char            *missing,
                        GError               **error)
{
  if (!sxsh_database_begin (db, error))
    return 0;
  id = sxsh_activity_write_row (db, sql, bind, object, id, id_index, missing, error);
  if (id == 0)
    {
      sxsh_database_rollback (db);
      return 0;
    }
  if (!sxsh_activity_commit (db, table, error))
    return 0;
  return id;
}

/**
 * sxsh_activity_delete:
 * @table: (nullable): the table to announce once committed; %NULL when the
 *   caller announces it itself
 * @rows: (array length=n_rows): where the row and what hangs from it are,
 *   the row itself first, so that an undo puts parents back first
 * @delete_sql: deletes the row whose id is ?1; the database deletes the rest
 * @missing: (nullable): the message when the row no longer exists; %NULL
 *   when the caller made sure that it does
 *
 * Deletes a row in one transaction, keeping what it deletes.
 *
 * Returns: (transfer full) (nullable): what was deleted, for
 *   sxsh_activity_undo_delete(); %NULL with @error set on failure
 */
SxshRowSet *
sxsh_activity_delete (SxshDatabase            *db,
                      const char              *table,
                      const SxshActivityRows  *rows,
                      guint                    n_rows,
                      const char              *delete_sql,
                      gint64                   id,
                      const char              *missing,
                      GError                 **error)
{
  g_autoptr(SxshRowSet) undo = sxsh_row_set_new ();

  if (!sxsh_database_begin (db, error))
    return NULL;
  for (guint i = 0; i < n_rows; i++)
    if (!sxsh_row_set_capture (undo, db, rows[i].table, rows[i].column, id, error))
      goto fail;
  if (missing != NULL && sxsh_row_set_get_n_rows (undo) == 0)
    {
      g_set_error_literal (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND, missing);
      goto fail;
    }
  if (!sxsh_activity_run_for_id (db, delete_sql, id, error))
    goto fail;
  if (!sxsh_activity_commit (db, table, error))
    return NULL;
  return g_steal_pointer (&undo);

fail:
  sxsh_database_rollback (db);
  return NULL;
}

/* Puts back what sxsh_activity_delete() deleted, with the same ids, and
 * announces @table. */
gboolean
sxsh_activity_undo_delete (SxshDatabase  *db,
                           SxshRowSet    *undo,
                           const char    *table,
                           GError       **error)
{
  if (!sxsh_row_set_restore (undo, db, error))
    return FALSE;
  if (!sxsh_database_in_transaction (db))
    sxsh_database_notify_changed (db, table);
  return TRUE;
}

/* Returns: (transfer full): "3.1 Propaganda …", or "" for no task */
char *
sxsh_activity_task_label (const char *code,
                          const char *task)
{
  g_autofree char *joined = NULL;

  if ((code == NULL || *code == '\0') && (task == NULL || *task == '\0'))
    return g_strdup ("");
  joined = g_strjoin (" ", code ? code : "", task ? task : "", NULL);
  return g_strstrip (g_steal_pointer (&joined));
}

/* Stores a string property's new value ("" for NULL, so that getters never
 * return NULL). Returns: whether the value changed */
gboolean
sxsh_activity_set_string (char         **field,
                          const GValue  *value)
{
  const char *text = g_value_get_string (value);

  if (text == NULL)
    text = "";
  if (g_strcmp0 (*field, text) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (text);
  return TRUE;
}

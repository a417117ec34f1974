/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-error.h"
#include "sxsh-plan-years.h"
#include "sxsh-settings.h"

static const char plan_years_by_code_sql[] =
  "SELECT first_year, last_year FROM plan WHERE code = ?1";

/* Without a chosen plan, the latest plan is the one in force. */
static const char latest_plan_years_sql[] =
  "SELECT first_year, last_year FROM plan ORDER BY first_year DESC, id DESC LIMIT 1";

/**
 * sxsh_plan_get_current_years:
 * @db: the database
 * @first_year: (out) (optional): the first year of the current plan
 * @last_year: (out) (optional): the last year of the current plan
 * @error: return location for an error
 *
 * Looks up the years covered by the plan named in the "current_plan"
 * setting, or by the latest plan when that setting is empty.  The reporting
 * year selectors offer the years from the plan's first year on.
 *
 * Returns: %TRUE when a plan was found; %FALSE with %SXSH_ERROR_NOT_FOUND
 *   when the database holds no plan
 */
gboolean
sxsh_plan_get_current_years (SxshDatabase  *db,
                             int           *first_year,
                             int           *last_year,
                             GError       **error)
{
  g_autofree char *code = NULL;
  g_autoptr(SxshStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  code = sxsh_settings_get (db, SXSH_SETTING_CURRENT_PLAN);

  if (code != NULL && *code != '\0')
    {
      stmt = sxsh_database_prepare (db, plan_years_by_code_sql, error);
      if (stmt == NULL)
        return FALSE;
      sxsh_statement_bind_text (stmt, 1, code);
      rc = sxsh_statement_step (stmt, error);
      if (rc == SXSH_STEP_ERROR)
        return FALSE;
      if (rc == SXSH_STEP_DONE)
        g_clear_pointer (&stmt, sxsh_statement_release);
    }

  if (stmt == NULL)
    {
      stmt = sxsh_database_prepare (db, latest_plan_years_sql, error);
      if (stmt == NULL)
        return FALSE;
      rc = sxsh_statement_step (stmt, error);
      if (rc == SXSH_STEP_ERROR)
        return FALSE;
      if (rc == SXSH_STEP_DONE)
        {
          g_set_error_literal (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                               _("No plan is recorded in this database."));
          return FALSE;
        }
    }

  if (first_year != NULL)
    *first_year = sxsh_statement_get_int (stmt, 0);
  if (last_year != NULL)
    *last_year = sxsh_statement_get_int (stmt, 1);

  return TRUE;
}

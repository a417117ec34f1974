/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "sxsh-activity-private.h"
#include "sxsh-error.h"
#include "sxsh-text.h"
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

/* Swaps the visible list and tells the views exactly once. */
void
sxsh_activity_replace_items (GListModel  *model,
                             GPtrArray  **items,
                             GPtrArray   *replacement)
{
  guint removed = *items ? (*items)->len : 0;
  guint added = replacement->len;

  g_clear_pointer (items, g_ptr_array_unref);
  *items = replacement;
  if (removed || added)
    g_list_model_items_changed (model, 0, removed, added);
}

/**
 * sxsh_activity_filter:
 * @all: (element-type GObject): every row of the store
 * @folded_text: (nullable): the search, folded; %NULL or "" for all
 * @accept: (nullable): a further condition of the store
 *
 * Returns: (transfer full): a new array with a reference to each row shown
 */
GPtrArray *
sxsh_activity_filter (GPtrArray   *all,
                      const char  *folded_text,
                      const char *(*search_key) (gpointer item),
                      gboolean   (*accept) (gpointer item,
                                            gpointer data),
                      gpointer     data)
{
  GPtrArray *shown = g_ptr_array_new_full (all ? all->len : 0, g_object_unref);

  for (guint i = 0; all && i < all->len; i++)
    {
      gpointer item = g_ptr_array_index (all, i);

      if (accept && !accept (item, data))
        continue;
      if (folded_text && *folded_text && !sxsh_text_match_folded (search_key (item), folded_text))
        continue;
      g_ptr_array_add (shown, g_object_ref (item));
    }
  return shown;
}

/* Returns: (transfer full) (nullable): the folded search, %NULL when empty */
char *
sxsh_activity_fold_filter (const char *text)
{
  char *folded;

  if (text == NULL || *text == '\0')
    return NULL;
  folded = sxsh_text_fold (text);
  if (*folded == '\0')
    g_clear_pointer (&folded, g_free);
  return folded;
}

/* Commits the store's transaction and, once it is really committed (not a
 * savepoint inside the caller's transaction), tells every view of @table. */
gboolean
sxsh_activity_commit (SxshDatabase  *db,
                      const char    *table,
                      GError       **error)
{
  if (!sxsh_database_commit (db, error))
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

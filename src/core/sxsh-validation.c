/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "sxsh-error.h"
#include "sxsh-validation.h"

static void
issue_free (gpointer data)
{
  SxshIssue *issue = data;

  g_free (issue->field);
  g_free (issue->message);
  g_free (issue);
}

/**
 * sxsh_issues_new:
 *
 * Returns: (transfer full) (element-type SxshIssue): an empty issue list
 */
GPtrArray *
sxsh_issues_new (void)
{
  return g_ptr_array_new_with_free_func (issue_free);
}

void
sxsh_issues_add (GPtrArray  *issues,
                 const char *field,
                 gboolean    warning,
                 const char *format,
                 ...)
{
  SxshIssue *issue = g_new0 (SxshIssue, 1);
  va_list args;

  va_start (args, format);
  issue->message = g_strdup_vprintf (format, args);
  va_end (args);
  issue->field = g_strdup (field ? field : "");
  issue->warning = warning;
  g_ptr_array_add (issues, issue);
}

gboolean
sxsh_issues_has_errors (GPtrArray *issues)
{
  for (guint i = 0; issues && i < issues->len; i++)
    if (!((SxshIssue *) g_ptr_array_index (issues, i))->warning)
      return TRUE;
  return FALSE;
}

/* Returns: (nullable): the first message about @field, errors before warnings */
const char *
sxsh_issues_find (GPtrArray  *issues,
                  const char *field)
{
  const char *warning = NULL;

  for (guint i = 0; issues && i < issues->len; i++)
    {
      SxshIssue *issue = g_ptr_array_index (issues, i);
      if (g_strcmp0 (issue->field, field) != 0)
        continue;
      if (!issue->warning)
        return issue->message;
      if (warning == NULL)
        warning = issue->message;
    }
  return warning;
}

char *
sxsh_issues_to_string (GPtrArray *issues,
                       gboolean   errors_only)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; issues && i < issues->len; i++)
    {
      SxshIssue *issue = g_ptr_array_index (issues, i);
      if (errors_only && issue->warning)
        continue;
      if (out->len)
        g_string_append_c (out, '\n');
      g_string_append (out, issue->message);
    }
  return g_string_free (out, FALSE);
}

/* Sets an SXSH_ERROR_INVALID error listing the errors, if there are any.
 * Returns: %TRUE when there is no error */
gboolean
sxsh_issues_to_error (GPtrArray  *issues,
                      GError    **error)
{
  g_autofree char *text = NULL;

  if (!sxsh_issues_has_errors (issues))
    return TRUE;
  text = sxsh_issues_to_string (issues, TRUE);
  g_set_error_literal (error, SXSH_ERROR, SXSH_ERROR_INVALID, text);
  return FALSE;
}

/**
 * sxsh_validate_tax_code:
 * @tax_code: a tax code as entered
 * @check_digit_ok: (out) (optional): whether the 10th digit matches the
 *   weighted check (weights 31 29 23 19 17 13 7 5 3; 10 − sum mod 11)
 *
 * Returns: %TRUE when the shape is right: 10 digits, or 10 digits, "-" and 3
 *   digits for a branch
 */
gboolean
sxsh_validate_tax_code (const char *tax_code,
                        gboolean   *check_digit_ok)
{
  static const int weights[9] = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };
  gsize len;
  int sum = 0, check;

  if (check_digit_ok)
    *check_digit_ok = FALSE;
  if (tax_code == NULL)
    return FALSE;
  len = strlen (tax_code);
  if (len != 10 && len != 14)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (i == 10)
        {
          if (tax_code[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isdigit (tax_code[i]))
        return FALSE;
    }

  for (int i = 0; i < 9; i++)
    sum += (tax_code[i] - '0') * weights[i];
  check = 10 - (sum % 11);
  if (check_digit_ok)
    *check_digit_ok = check < 10 && check == tax_code[9] - '0';
  return TRUE;
}

gboolean
sxsh_validate_email (const char *email)
{
  const char *at, *dot;

  if (email == NULL || *email == '\0')
    return FALSE;
  if (strchr (email, ' ') != NULL)
    return FALSE;
  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;
  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

/* A Vietnamese phone number as people write it: 9 to 11 digits, an optional
 * leading +84, with spaces, dots, dashes or brackets between groups. */
gboolean
sxsh_validate_phone (const char *phone)
{
  int digits = 0;

  if (phone == NULL || *phone == '\0')
    return FALSE;
  for (const char *p = phone; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p == '+' && p == phone)
        continue;
      else if (!strchr (" .-()", *p))
        return FALSE;
    }
  return digits >= 9 && digits <= 12;
}

/* A real calendar date written YYYY-MM-DD. */
gboolean
sxsh_validate_iso_date (const char *date)
{
  int y, m, d;
  char tail;

  if (date == NULL || strlen (date) != 10)
    return FALSE;
  if (sscanf (date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  return g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

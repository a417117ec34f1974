/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sxsh-error.h"
#include "sxsh-settings.h"

typedef struct
{
  const char *key;
  const char *value;
} Default;

/* The defaults of a new database: Kon Tum's department, plan 2340.  The
 * officer changes them in Preferences; no document hard-codes them. */
static const Default defaults[] = {
  { SXSH_SETTING_PROVINCE, "Kon Tum" },
  { SXSH_SETTING_PLACE, "Kon Tum" },
  { SXSH_SETTING_SUPERIOR_BODY, "UBND TỈNH KON TUM" },
  { SXSH_SETTING_DEPARTMENT, "SỞ CÔNG THƯƠNG" },
  { SXSH_SETTING_DEPARTMENT_ABBR, "SCT" },
  { SXSH_SETTING_SIGNER_NAME, "" },
  { SXSH_SETTING_SIGNER_TITLE, "PHÓ GIÁM ĐỐC" },
  { SXSH_SETTING_SIGNER_AUTHORITY, "KT. GIÁM ĐỐC" },
  { SXSH_SETTING_REPORT_SERIES, "{seq}/BC-SCT" },
  { SXSH_SETTING_LETTER_SERIES, "{seq}/SCT-QLCN" },
  { SXSH_SETTING_CERT_SERIES, "{seq:02}/{year}/GCN-SCT" },
  { SXSH_SETTING_REPORT_DUE, "11-30" },
  { SXSH_SETTING_CURRENT_PLAN, "2340/KH-UBND" },
};

static const char *setting_keys[G_N_ELEMENTS (defaults) + 1];

const char * const *
sxsh_settings_list_keys (void)
{
  if (setting_keys[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
      setting_keys[i] = defaults[i].key;
  return setting_keys;
}

/* Returns: (nullable): the built-in default of @key */
const char *
sxsh_settings_get_default (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    if (g_str_equal (defaults[i].key, key))
      return defaults[i].value;
  return NULL;
}

/**
 * sxsh_settings_get:
 *
 * Returns: (transfer full): the stored value, else the default, else ""
 */
char *
sxsh_settings_get (SxshDatabase *db,
                   const char   *key)
{
  g_autoptr(SxshStatement) stmt = NULL;
  const char *fallback = sxsh_settings_get_default (key);

  stmt = sxsh_database_prepare (db, "SELECT value FROM settings WHERE key = ?1", NULL);
  if (stmt != NULL)
    {
      sxsh_statement_bind_text (stmt, 1, key);
      if (sxsh_statement_step (stmt, NULL) == SXSH_STEP_ROW && !sxsh_statement_is_null (stmt, 0))
        return sxsh_statement_dup_text (stmt, 0);
    }
  return g_strdup (fallback ? fallback : "");
}

gboolean
sxsh_settings_set (SxshDatabase  *db,
                   const char    *key,
                   const char    *value,
                   GError       **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (key != NULL, FALSE);

  if (g_str_equal (key, SXSH_SETTING_REPORT_DUE))
    {
      int m, d;
      char tail;
      if (value == NULL || sscanf (value, "%2d-%2d%c", &m, &d, &tail) != 2
          || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, 2001))
        {
          g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                       _("Report due day: write the month and day as MM-DD, e.g. 11-30."));
          return FALSE;
        }
    }

  if (!sxsh_database_begin (db, error))
    return FALSE;
  stmt = sxsh_database_prepare (db,
                                "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                error);
  ok = stmt != NULL;
  if (ok)
    {
      sxsh_statement_bind_text (stmt, 1, key);
      sxsh_statement_bind_text (stmt, 2, value ? value : "");
      ok = sxsh_statement_run (stmt, error);
    }
  g_clear_pointer (&stmt, sxsh_statement_release);
  if (!ok)
    {
      sxsh_database_rollback (db);
      return FALSE;
    }
  if (!sxsh_database_commit (db, error))
    return FALSE;
  sxsh_database_notify_changed (db, "settings");
  return TRUE;
}

/**
 * sxsh_settings_get_due_date:
 * @date: (out caller-allocates): the due date of the annual reports of @year
 */
gboolean
sxsh_settings_get_due_date (SxshDatabase *db,
                            int           year,
                            GDate        *date)
{
  g_autofree char *due = sxsh_settings_get (db, SXSH_SETTING_REPORT_DUE);
  int m = 11, d = 30;

  if (sscanf (due, "%2d-%2d", &m, &d) != 2 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) year))
    {
      m = 11;
      d = 30;
    }
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) year);
  return TRUE;
}

/**
 * sxsh_settings_format_number:
 * @pattern: a number series such as "{seq:02}/{year}/GCN-SCT"
 *
 * Replaces {seq} (or {seq:0N}, zero-padded to N digits) and {year}.
 *
 * Returns: (transfer full): "05/2019/GCN-SCT"
 */
char *
sxsh_settings_format_number (const char *pattern,
                             int         seq,
                             int         year)
{
  GString *out = g_string_new (NULL);
  const char *p = pattern ? pattern : "{seq}";

  while (*p)
    {
      int width = 0;
      const char *end;

      if (g_str_has_prefix (p, "{year}"))
        {
          g_string_append_printf (out, "%d", year);
          p += strlen ("{year}");
          continue;
        }
      if (g_str_has_prefix (p, "{seq") && (end = strchr (p, '}')) != NULL)
        {
          if (p[4] == ':' && p[5] == '0')
            width = atoi (p + 6);
          if (p[4] == '}' || p[4] == ':')
            {
              g_string_append_printf (out, "%0*d", CLAMP (width, 0, 9), seq);
              p = end + 1;
              continue;
            }
        }
      g_string_append_c (out, *p);
      p++;
    }
  return g_string_free (out, FALSE);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-report-text.h"

static const struct
{
  const char *key;
  const char *title;
  const char *hint;
} sections[SXSH_N_REPORT_SECTIONS] = {
  { "note_results", N_("Note on the results"),
    N_("Shown under the table of results against the targets.") },
  { "note_activities", N_("Note on the activities"),
    N_("Shown after the communication, training and technical support figures.") },
  { "note_funding", N_("Note on the funding"),
    N_("Shown under the funding table.") },
  { "achievements", N_("Achievements"),
    N_("What went well this year and why.") },
  { "difficulties", N_("Difficulties and their causes"),
    N_("What held the programme back, and the causes.") },
  { "proposals", N_("Proposals"),
    N_("What the department proposes to the People's Committee and the Ministry.") },
  { "next_year_plan", N_("Plan for next year"),
    N_("The main tasks planned for the coming year.") },
};

const char *
sxsh_report_section_to_key (SxshReportSection section)
{
  g_return_val_if_fail (section < SXSH_N_REPORT_SECTIONS, NULL);
  return sections[section].key;
}

const char *
sxsh_report_section_get_title (SxshReportSection section)
{
  g_return_val_if_fail (section < SXSH_N_REPORT_SECTIONS, NULL);
  return _(sections[section].title);
}

const char *
sxsh_report_section_get_hint (SxshReportSection section)
{
  g_return_val_if_fail (section < SXSH_N_REPORT_SECTIONS, NULL);
  return _(sections[section].hint);
}

/* Returns: (transfer full): the officer's text for @section of @year, "" if none */
char *
sxsh_report_text_get (SxshDatabase      *db,
                      int                year,
                      SxshReportSection  section)
{
  g_autoptr(SxshStatement) stmt = NULL;

  g_return_val_if_fail (section < SXSH_N_REPORT_SECTIONS, NULL);

  stmt = sxsh_database_prepare (db, "SELECT body FROM report_text WHERE year = ?1 AND section = ?2",
                                NULL);
  if (stmt != NULL)
    {
      sxsh_statement_bind_int64 (stmt, 1, year);
      sxsh_statement_bind_text (stmt, 2, sections[section].key);
      if (sxsh_statement_step (stmt, NULL) == SXSH_STEP_ROW)
        return sxsh_statement_dup_text (stmt, 0);
    }
  return g_strdup ("");
}

/* Saves the text; surrounding white space is dropped, paragraphs are kept. */
gboolean
sxsh_report_text_set (SxshDatabase       *db,
                      int                 year,
                      SxshReportSection   section,
                      const char         *body,
                      GError            **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  g_autofree char *clean = NULL;
  gboolean ok;

  g_return_val_if_fail (section < SXSH_N_REPORT_SECTIONS, FALSE);

  clean = g_utf8_normalize (body ? body : "", -1, G_NORMALIZE_NFC);
  if (clean == NULL)
    clean = g_strdup ("");
  g_strstrip (clean);

  if (!sxsh_database_begin (db, error))
    return FALSE;
  stmt = sxsh_database_prepare (db,
                                "INSERT INTO report_text (year, section, body) VALUES (?1, ?2, ?3) "
                                "ON CONFLICT (year, section) DO UPDATE SET body = excluded.body",
                                error);
  ok = stmt != NULL;
  if (ok)
    {
      sxsh_statement_bind_int64 (stmt, 1, year);
      sxsh_statement_bind_text (stmt, 2, sections[section].key);
      sxsh_statement_bind_text (stmt, 3, clean);
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
  sxsh_database_notify_changed (db, "report_text");
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-database.h"
#include "sxsh-indicators.h"
#include "sxsh-official-document.h"

G_BEGIN_DECLS

/* Reminder letters (công văn đôn đốc) to the reporters whose annual report
 * is still missing after the due date: one official letter per page,
 * addressed to the facility or agency, citing the plan's section V.9
 * (facilities) or V.10 (agencies) and the due date, and asking for the
 * report by a given date.  Each letter has its own number of the letter
 * series. */

/**
 * SxshReminder:
 * @kind: a facility or an agency
 * @id: its id
 * @name: its name, the letter's addressee
 * @due_date: ISO date the report was due
 * @number: (nullable): the letter's number, "45/SCT-QLCN"
 */
typedef struct
{
  SxshReporterKind kind;
  gint64           id;
  char            *name;
  char            *due_date;
  char            *number;
} SxshReminder;

void                  sxsh_reminder_free          (SxshReminder      *reminder);

GPtrArray            *sxsh_reminder_list_overdue  (SxshDatabase      *db,
                                                   int                year,
                                                   GDate             *on,
                                                   GError           **error);
SxshOfficialDocument *sxsh_reminder_pdf_build     (SxshDatabase      *db,
                                                   int                year,
                                                   GPtrArray         *reminders,
                                                   GDate             *date,
                                                   GDate             *reply_by,
                                                   GError           **error);
gboolean              sxsh_reminders_write        (SxshDatabase      *db,
                                                   int                year,
                                                   GDate             *date,
                                                   GDate             *reply_by,
                                                   gboolean           draft,
                                                   const char        *path,
                                                   GPtrArray        **reminders,
                                                   GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SxshReminder, sxsh_reminder_free)

G_END_DECLS

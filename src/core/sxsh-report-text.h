/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-database.h"

G_BEGIN_DECLS

/**
 * SxshReportSection:
 *
 * The parts of the annual report that the officer writes: where numbers are
 * not enough.  Saved per year.
 */
typedef enum
{
  SXSH_REPORT_SECTION_NOTE_RESULTS,      /* note under the results table (I) */
  SXSH_REPORT_SECTION_NOTE_ACTIVITIES,   /* note under the activities (II) */
  SXSH_REPORT_SECTION_NOTE_FUNDING,      /* note under the funding table (III) */
  SXSH_REPORT_SECTION_ACHIEVEMENTS,      /* IV.1 */
  SXSH_REPORT_SECTION_DIFFICULTIES,      /* IV.2, with their causes */
  SXSH_REPORT_SECTION_PROPOSALS,         /* V.1 */
  SXSH_REPORT_SECTION_NEXT_YEAR_PLAN,    /* V.2 */
  SXSH_N_REPORT_SECTIONS,
} SxshReportSection;

const char *sxsh_report_section_to_key    (SxshReportSection section);
const char *sxsh_report_section_get_title (SxshReportSection section);
const char *sxsh_report_section_get_hint  (SxshReportSection section);
char       *sxsh_report_text_get          (SxshDatabase     *db,
                                           int               year,
                                           SxshReportSection section);
gboolean    sxsh_report_text_set          (SxshDatabase     *db,
                                           int               year,
                                           SxshReportSection section,
                                           const char       *body,
                                           GError          **error);

G_END_DECLS

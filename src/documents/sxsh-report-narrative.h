/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-annual-report.h"

G_BEGIN_DECLS

/* The sentences of the annual report, in the formal Vietnamese of official
 * documents.  Where the numbers say enough they are written from the
 * numbers; in the sections the officer writes (assessment, proposals, next
 * year's plan) the officer's text is used, and a sentence made from the
 * numbers only where the officer wrote nothing, so that no heading is ever
 * left empty. */

char  *sxsh_report_narrative_opening        (SxshAnnualReport  *report);
char  *sxsh_report_narrative_population     (SxshAnnualReport  *report);
char  *sxsh_report_narrative_indicator      (SxshAnnualReport  *report,
                                             SxshIndicatorKind  kind);
char  *sxsh_report_narrative_communication  (SxshAnnualReport  *report);
char  *sxsh_report_narrative_training       (SxshAnnualReport  *report);
char  *sxsh_report_narrative_support        (SxshAnnualReport  *report);
char  *sxsh_report_narrative_demo_models    (SxshAnnualReport  *report);
char  *sxsh_report_narrative_certificates   (SxshAnnualReport  *report);
char  *sxsh_report_narrative_database       (SxshAnnualReport  *report);
char  *sxsh_report_narrative_funding        (SxshAnnualReport  *report);
GStrv  sxsh_report_narrative_section        (SxshAnnualReport  *report,
                                             SxshReportSection  section,
                                             gboolean          *generated);
char  *sxsh_report_narrative_closing        (SxshAnnualReport  *report);
char  *sxsh_report_narrative_subject        (int                year);

/* Shared forms of numbers in sentences and tables. */
char  *sxsh_report_format_count             (guint              count);
char  *sxsh_report_format_target            (double             target_pct);
char  *sxsh_report_format_millions          (gint64             vnd);
char  *sxsh_report_format_citation_date     (const char        *iso_date);
char  *sxsh_report_lower_first              (const char        *text);

G_END_DECLS

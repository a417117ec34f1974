/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-annual-report.h"
#include "sxsh-official-document.h"

G_BEGIN_DECLS

/* The annual report to the People's Committee and the Ministry as an
 * official document (Decree 30/2020): header, sections I–V with tables and
 * charts, "Nơi nhận" and signature, and two appendices (the facilities
 * applying CP with their savings, and the reporting register).
 *
 * @number is the report's number ("12/BC-SCT"); a draft passes the number
 * with dots ("…/BC-SCT", see sxsh_report_draft_number()).  @date is the
 * date on the report; %NULL means today. */

SxshOfficialDocument *sxsh_report_pdf_build   (SxshAnnualReport  *report,
                                               const char        *number,
                                               GDate             *date);
gboolean              sxsh_report_pdf_write   (SxshAnnualReport  *report,
                                               const char        *number,
                                               GDate             *date,
                                               const char        *path,
                                               guint             *n_pages,
                                               GError           **error);

char                 *sxsh_report_draft_number (const char       *pattern,
                                                int               year);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-cp-option.h"
#include "sxsh-funding.h"
#include "sxsh-indicators.h"
#include "sxsh-support.h"

G_BEGIN_DECLS

/* The Vietnamese words that official documents use for the core's
 * categories.  Unlike the core's labels they are never translated: a
 * report to the People's Committee is Vietnamese whatever the user
 * interface's language. */

const char *sxsh_report_label_support_kind    (SxshSupportKind    kind);
const char *sxsh_report_label_support_status  (SxshSupportStatus  status);
const char *sxsh_report_label_technique       (SxshCpTechnique    technique);
const char *sxsh_report_label_decision        (SxshCpDecision     decision);
const char *sxsh_report_label_funding_source  (SxshFundingSource  source);
const char *sxsh_report_label_report_status   (SxshReportStatus   status);
const char *sxsh_report_label_size_class      (const char        *size_key);
const char *sxsh_report_label_resource_category (const char      *category);

G_END_DECLS

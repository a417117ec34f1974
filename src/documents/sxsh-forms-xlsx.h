/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-annual-report.h"
#include "sxsh-database.h"

G_BEGIN_DECLS

/* Annual report forms for the facilities applying CP: one workbook each,
 * pre-filled with what the department knows, for the facility to complete
 * and send back before the due date.  Its sheets "Số liệu hằng năm" and
 * "Tiêu thụ" have the columns of `sxsh-cli import annual` and
 * `import consumption`, so that a returned form is read straight back. */

#define SXSH_FORM_SHEET_COVER       "Báo cáo"
#define SXSH_FORM_SHEET_ANNUAL      "Số liệu hằng năm"
#define SXSH_FORM_SHEET_CONSUMPTION "Tiêu thụ"
#define SXSH_FORM_SHEET_OPTIONS     "Giải pháp SXSH"

char     *sxsh_form_file_name (const SxshReportFacility *facility,
                               int                       year);
gboolean  sxsh_form_write     (SxshDatabase             *db,
                               SxshAnnualReport         *report,
                               const SxshReportFacility *facility,
                               const char               *path,
                               GError                  **error);
gboolean  sxsh_forms_write    (SxshDatabase             *db,
                               SxshAnnualReport         *report,
                               const char               *folder,
                               GPtrArray               **paths,
                               GError                  **error);

G_END_DECLS

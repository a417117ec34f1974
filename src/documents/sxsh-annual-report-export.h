/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-annual-report.h"

G_BEGIN_DECLS

/* Writing the annual report of a year to a file, in one call: collect the
 * model, take the report's number when the document is the official one,
 * lay it out and write it.  The number is taken only when the file has been
 * written: a failed or cancelled export gives its number back. */

typedef enum
{
  SXSH_REPORT_FORMAT_PDF,
  SXSH_REPORT_FORMAT_XLSX,
} SxshReportFormat;

/**
 * SxshReportOptions:
 * @number: (nullable): the report's number as the officer gives it
 *   ("12/BC-SCT"); %NULL takes the next number of the report series for a
 *   PDF, and none for a workbook
 * @draft: a preview: no number is taken and the PDF shows "…/BC-SCT"
 * @date: (nullable): the report's date, ISO ("2026-12-05") or dd/mm/yyyy;
 *   %NULL for today
 *
 * Options of an export; %NULL options are a draft dated today.
 */
typedef struct
{
  const char *number;
  gboolean    draft;
  const char *date;
} SxshReportOptions;

/**
 * SxshReportProgressFunc:
 * @fraction: how much is done, 0 to 1
 * @stage: what is being done, a translated sentence for a status line
 * @user_data: the caller's data
 */
typedef void (*SxshReportProgressFunc) (double      fraction,
                                        const char *stage,
                                        gpointer    user_data);

gboolean sxsh_report_format_from_string   (const char              *text,
                                           SxshReportFormat        *format);
gboolean sxsh_report_format_from_path     (const char              *path,
                                           SxshReportFormat        *format);

gboolean sxsh_annual_report_write         (SxshDatabase            *db,
                                           int                      year,
                                           SxshReportFormat         format,
                                           const char              *dest_path,
                                           const SxshReportOptions *options,
                                           GCancellable            *cancellable,
                                           SxshReportProgressFunc   progress,
                                           gpointer                 progress_data,
                                           char                   **number,
                                           guint                   *n_pages,
                                           GError                 **error);

void     sxsh_annual_report_write_async   (const char              *db_path,
                                           int                      year,
                                           SxshReportFormat         format,
                                           const char              *dest_path,
                                           const SxshReportOptions *options,
                                           GCancellable            *cancellable,
                                           SxshReportProgressFunc   progress,
                                           gpointer                 progress_data,
                                           GAsyncReadyCallback      callback,
                                           gpointer                 user_data);
gboolean sxsh_annual_report_write_finish  (GAsyncResult            *result,
                                           char                   **number,
                                           guint                   *n_pages,
                                           GError                 **error);

gboolean sxsh_report_parse_date           (const char              *text,
                                           GDate                   *date,
                                           GError                 **error);

G_END_DECLS

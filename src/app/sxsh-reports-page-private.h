/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the Reports area does, reached by the UI tests without the file
 * chooser and the print dialog. */

#include "sxsh-annual-report-export.h"
#include "sxsh-pdf-preview.h"
#include "sxsh-report-text.h"
#include "sxsh-reports-page.h"

G_BEGIN_DECLS

typedef enum
{
  SXSH_REPORTS_DOCUMENT_ANNUAL_REPORT,
  SXSH_REPORTS_DOCUMENT_REMINDERS,
} SxshReportsDocument;

SxshReportsDocument sxsh_reports_page_get_document     (SxshReportsPage         *self);
void                sxsh_reports_page_set_document     (SxshReportsPage         *self,
                                                        SxshReportsDocument      document);
SxshPdfPreview     *sxsh_reports_page_get_preview      (SxshReportsPage         *self);
GtkTextView        *sxsh_reports_page_get_section_view (SxshReportsPage         *self,
                                                        SxshReportSection        section);
const char         *sxsh_reports_page_get_visible_view (SxshReportsPage         *self);
const char         *sxsh_reports_page_get_message      (SxshReportsPage         *self);
gboolean            sxsh_reports_page_is_busy          (SxshReportsPage         *self);
gboolean            sxsh_reports_page_is_generating    (SxshReportsPage         *self);
void                sxsh_reports_page_flush_text       (SxshReportsPage         *self);
void                sxsh_reports_page_save             (SxshReportsPage         *self,
                                                        SxshReportFormat         format,
                                                        GFile                   *file);
void                sxsh_reports_page_print            (SxshReportsPage         *self,
                                                        GtkPrintOperationAction  action,
                                                        const char              *export_path);
void                sxsh_reports_page_cancel           (SxshReportsPage         *self);
AdwToast           *sxsh_reports_page_get_toast        (SxshReportsPage         *self);
const char         *sxsh_reports_page_get_work_dir     (SxshReportsPage         *self);
GtkToggleButton    *sxsh_reports_page_get_preview_toggle (SxshReportsPage       *self);
gboolean            sxsh_reports_page_get_action_enabled (SxshReportsPage       *self,
                                                          const char            *name);
char               *sxsh_reports_page_dup_file_name    (SxshReportsPage         *self,
                                                        SxshReportFormat         format);

G_END_DECLS

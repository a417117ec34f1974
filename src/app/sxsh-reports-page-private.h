/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the files of the Reports area share, and what the UI tests reach
 * without the file chooser and the print dialog. */

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

/* A document being written in a worker thread (-output.c). */
typedef struct _SxshReportsJob SxshReportsJob;

/* The page's state, shared by its files: the page itself (the narrative,
 * the reminders list, actions) and -output.c (writing, previewing, saving
 * and printing documents). */
struct _SxshReportsPage
{
  AdwBin                parent_instance;

  SxshDatabase         *database;
  GSettings            *settings;
  int                   year;
  SxshReportsDocument   document;
  char                 *tmpdir;
  gboolean              disposed;

  /* The narrative of text_year, as typed. */
  GtkTextBuffer        *buffers[SXSH_N_REPORT_SECTIONS];
  GtkTextView          *views[SXSH_N_REPORT_SECTIONS];
  int                   text_year;
  guint                 dirty;
  gboolean              loading_text;
  gboolean              saving_text;
  guint                 save_timeout_id;
  char                 *save_error;

  /* The preview and the jobs writing documents. */
  guint                 preview_timeout_id;
  gboolean              preview_stale;
  guint                 temp_serial;
  gboolean              has_preview;
  char                 *message;
  SxshReportsJob       *preview_job;
  SxshReportsJob       *main_job;
  SxshReportsJob       *print_job;
  guint                 progress_delay_id;
  guint                 pulse_id;
  guint                 pane_switcher_id;

  GtkFileChooserNative *chooser;
  AdwToast             *toast;

  /* Template widgets */
  GtkDropDown          *document_dropdown;
  GtkWidget            *pane_switcher;
  GtkToggleButton      *narrative_toggle;
  GtkToggleButton      *preview_toggle;
  GtkRevealer          *progress_revealer;
  GtkLabel             *progress_label;
  GtkProgressBar       *progress_bar;
  AdwLeaflet           *leaflet;
  GtkWidget            *side_pane;
  GtkStack             *side_stack;
  GtkBox               *narrative_box;
  GtkLabel             *narrative_title;
  GtkImage             *narrative_status_icon;
  GtkLabel             *narrative_status;
  GtkLabel             *reminders_title;
  GtkLabel             *reminders_description;
  GtkListBox           *reminders_list;
  GtkStack             *preview_stack;
  GtkSpinner           *loading_spinner;
  SxshPdfPreview       *preview;
  AdwStatusPage        *message_page;
};

void sxsh_reports_page_schedule_preview  (SxshReportsPage  *self,
                                          guint             delay_ms);
void sxsh_reports_page_update_actions    (SxshReportsPage  *self);
void sxsh_reports_page_open_save_chooser (SxshReportsPage  *self,
                                          SxshReportFormat  format);
void sxsh_reports_page_stop_jobs         (SxshReportsPage  *self);

SxshReportsDocument sxsh_reports_page_get_document       (SxshReportsPage         *self);
void                sxsh_reports_page_set_document       (SxshReportsPage         *self,
                                                          SxshReportsDocument      document);
SxshPdfPreview     *sxsh_reports_page_get_preview        (SxshReportsPage         *self);
GtkTextView        *sxsh_reports_page_get_section_view   (SxshReportsPage         *self,
                                                          SxshReportSection        section);
const char         *sxsh_reports_page_get_visible_view   (SxshReportsPage         *self);
const char         *sxsh_reports_page_get_message        (SxshReportsPage         *self);
gboolean            sxsh_reports_page_is_busy            (SxshReportsPage         *self);
gboolean            sxsh_reports_page_is_generating      (SxshReportsPage         *self);
void                sxsh_reports_page_flush_text         (SxshReportsPage         *self);
void                sxsh_reports_page_save               (SxshReportsPage         *self,
                                                          SxshReportFormat         format,
                                                          GFile                   *file);
void                sxsh_reports_page_print              (SxshReportsPage         *self,
                                                          GtkPrintOperationAction  action,
                                                          const char              *export_path);
void                sxsh_reports_page_cancel             (SxshReportsPage         *self);
AdwToast           *sxsh_reports_page_get_toast          (SxshReportsPage         *self);
const char         *sxsh_reports_page_get_work_dir       (SxshReportsPage         *self);
GtkToggleButton    *sxsh_reports_page_get_preview_toggle (SxshReportsPage         *self);
gboolean            sxsh_reports_page_get_action_enabled (SxshReportsPage         *self,
                                                          const char              *name);
char               *sxsh_reports_page_dup_file_name      (SxshReportsPage         *self,
                                                          SxshReportFormat         format);

G_END_DECLS

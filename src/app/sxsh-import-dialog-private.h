/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-import-dialog.h"
#include "sxsh-import-preview.h"
#include "sxsh-table-reader.h"

G_BEGIN_DECLS

/* What the parts of the dialog share: the steps and the import in
 * sxsh-import-dialog.c, the files it reads and writes (choosers, template,
 * drops, guessing the kind) in sxsh-import-dialog-files.c. */

struct _SxshImportDialog
{
  AdwWindow             parent_instance;

  SxshDatabase         *database;
  GSettings            *settings;
  GFile                *file;
  GFile                *template_file;     /* the template saved last, to open it */
  SxshImportKind        kind;
  gboolean              kind_chosen;       /* the user chose it: no guess overrides it */
  gboolean              updating_kind;
  SxshImportPlan       *plan;
  GCancellable         *cancellable;
  gboolean              applying;
  gboolean              close_requested;
  GtkFileChooserNative *chooser;
  SxshImportPreview    *preview;
  char                 *result_text;
  char                 *failure_text;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkWidget            *cancel_button;
  GtkWidget            *back_button;
  GtkWidget            *import_button;
  GtkWidget            *continue_button;
  GtkStack             *stack;
  AdwComboRow          *kind_row;
  AdwActionRow         *file_row;
  AdwStatusPage        *working_page;
  GtkSpinner           *spinner;
  GtkLabel             *source_label;
  GtkLabel             *summary_label;
  GtkDropDown          *filter_dropdown;
  GtkWidget            *banner;
  GtkImage             *banner_icon;
  GtkLabel             *banner_label;
  GtkWidget            *recheck_button;
  GtkPaned             *paned;
  GtkStack             *rows_stack;
  AdwStatusPage        *rows_empty_page;
  GtkColumnView        *column_view;
  GtkWidget            *issues_box;
  GtkLabel             *issues_title;
  GtkListView          *issue_view;
  AdwStatusPage        *failed_page;
};

gboolean       sxsh_import_dialog_guess_from_table  (SxshTable        *table,
                                                     SxshImportKind   *kind);
void           sxsh_import_dialog_class_add_file_actions
                                                    (GtkWidgetClass   *widget_class);

/* What the user sees of the dialog, reached by the UI tests. */

const char    *sxsh_import_dialog_get_step          (SxshImportDialog *self);
const char    *sxsh_import_dialog_get_summary_text  (SxshImportDialog *self);
const char    *sxsh_import_dialog_get_banner_text   (SxshImportDialog *self);
const char    *sxsh_import_dialog_get_failure_text  (SxshImportDialog *self);
const char    *sxsh_import_dialog_get_result_text   (SxshImportDialog *self);
GtkColumnView *sxsh_import_dialog_get_column_view   (SxshImportDialog *self);
GtkWidget     *sxsh_import_dialog_get_import_button (SxshImportDialog *self);
GListModel    *sxsh_import_dialog_get_issue_model   (SxshImportDialog *self);
char          *sxsh_import_dialog_get_cell_text     (SxshImportDialog *self,
                                                     guint             position,
                                                     const char       *key);
const char    *sxsh_import_dialog_get_row_badge     (SxshImportDialog *self,
                                                     guint             position);
gboolean       sxsh_import_dialog_get_cell_changed  (SxshImportDialog *self,
                                                     guint             position,
                                                     const char       *key);
char          *sxsh_import_dialog_get_issues_text   (SxshImportDialog *self);
void           sxsh_import_dialog_set_row_filter    (SxshImportDialog *self,
                                                     guint             filter);
gboolean       sxsh_import_dialog_save_template     (SxshImportDialog *self,
                                                     GFile            *file,
                                                     GError          **error);

G_END_DECLS

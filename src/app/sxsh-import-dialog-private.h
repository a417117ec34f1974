/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the user sees of the import dialog, reached by the UI tests. */

#include "sxsh-import-dialog.h"

G_BEGIN_DECLS

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

G_END_DECLS

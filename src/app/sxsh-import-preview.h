/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sxsh-import.h"

G_BEGIN_DECLS

/**
 * SxshImportRows:
 * @SXSH_IMPORT_ROWS_ALL: every row of the file
 * @SXSH_IMPORT_ROWS_ADD: rows that become new records
 * @SXSH_IMPORT_ROWS_UPDATE: rows that change a record
 * @SXSH_IMPORT_ROWS_UNCHANGED: rows the database already holds as they are
 * @SXSH_IMPORT_ROWS_PROBLEMS: rows with an error or a warning
 *
 * Which rows of the file the preview shows, in the order of its filter.
 */
typedef enum
{
  SXSH_IMPORT_ROWS_ALL,
  SXSH_IMPORT_ROWS_ADD,
  SXSH_IMPORT_ROWS_UPDATE,
  SXSH_IMPORT_ROWS_UNCHANGED,
  SXSH_IMPORT_ROWS_PROBLEMS,
} SxshImportRows;

#define SXSH_TYPE_IMPORT_PREVIEW (sxsh_import_preview_get_type ())
G_DECLARE_FINAL_TYPE (SxshImportPreview, sxsh_import_preview, SXSH, IMPORT_PREVIEW, GObject)

SxshImportPreview *sxsh_import_preview_new              (GtkColumnView     *rows_view,
                                                         GtkListView       *issues_view);
void               sxsh_import_preview_set_plan         (SxshImportPreview *self,
                                                         SxshImportPlan    *plan);
void               sxsh_import_preview_set_filter       (SxshImportPreview *self,
                                                         SxshImportRows     filter);
guint              sxsh_import_preview_get_n_shown      (SxshImportPreview *self);
void               sxsh_import_preview_reveal_row       (SxshImportPreview *self,
                                                         int                row_number);

const char        *sxsh_import_preview_get_source_text  (SxshImportPreview *self);
const char        *sxsh_import_preview_get_summary_text (SxshImportPreview *self);
const char        *sxsh_import_preview_get_issues_title (SxshImportPreview *self);
const char        *sxsh_import_preview_get_banner_text  (SxshImportPreview *self);
char              *sxsh_import_preview_get_issues_text  (SxshImportPreview *self);
GListModel        *sxsh_import_preview_get_issue_model  (SxshImportPreview *self);

char              *sxsh_import_preview_get_cell_text    (SxshImportPreview *self,
                                                         guint              position,
                                                         const char        *key);
const char        *sxsh_import_preview_get_badge        (SxshImportPreview *self,
                                                         guint              position);
gboolean           sxsh_import_preview_get_cell_changed (SxshImportPreview *self,
                                                         guint              position,
                                                         const char        *key);

G_END_DECLS

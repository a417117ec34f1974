/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-database.h"
#include "sxsh-import.h"

G_BEGIN_DECLS

#define SXSH_TYPE_IMPORT_DIALOG (sxsh_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SxshImportDialog, sxsh_import_dialog, SXSH, IMPORT_DIALOG, AdwWindow)

SxshImportDialog *sxsh_import_dialog_new              (SxshDatabase     *database,
                                                       GSettings        *settings);
SxshImportDialog *sxsh_import_dialog_present          (GtkWindow        *parent,
                                                       SxshDatabase     *database,
                                                       GSettings        *settings,
                                                       GFile            *file);
void              sxsh_import_dialog_open_file        (SxshImportDialog *self,
                                                       GFile            *file);
GFile            *sxsh_import_dialog_get_file         (SxshImportDialog *self);
SxshImportKind    sxsh_import_dialog_get_kind         (SxshImportDialog *self);
void              sxsh_import_dialog_set_kind         (SxshImportDialog *self,
                                                       SxshImportKind    kind);
SxshImportPlan   *sxsh_import_dialog_get_plan         (SxshImportDialog *self);

gboolean          sxsh_import_dialog_guess_kind       (const char       *file_name,
                                                       SxshImportKind   *kind);
gboolean          sxsh_import_dialog_is_importable    (GFile            *file);
GtkDropTarget    *sxsh_import_dialog_drop_target_new  (void);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The fields of a validating editor: each field's row, the widget the user
 * types into, and the label under its group where its message is shown.
 * Messages appear next to their field once the user has touched it (or at
 * once for a record being edited); errors colour the row red, warnings
 * orange. */

typedef struct _SxshEditorFields SxshEditorFields;

typedef void (*SxshEditorFieldsChanged) (gpointer user_data);

SxshEditorFields *sxsh_editor_fields_new         (SxshEditorFieldsChanged  changed,
                                                  gpointer                 user_data);
void              sxsh_editor_fields_free        (SxshEditorFields        *self);
void              sxsh_editor_fields_add         (SxshEditorFields        *self,
                                                  const char              *field,
                                                  GtkWidget               *row,
                                                  GtkWidget               *input,
                                                  GtkLabel                *group_message);
void              sxsh_editor_fields_set_loading (SxshEditorFields        *self,
                                                  gboolean                 loading);
void              sxsh_editor_fields_touch_all   (SxshEditorFields        *self);
void              sxsh_editor_fields_touch       (SxshEditorFields        *self,
                                                  const char              *field);
gboolean          sxsh_editor_fields_show        (SxshEditorFields        *self,
                                                  GPtrArray               *issues);
GtkWidget        *sxsh_editor_fields_get_input   (SxshEditorFields        *self,
                                                  const char              *field);
const char       *sxsh_editor_fields_get_message (SxshEditorFields        *self,
                                                  const char              *field);

void              sxsh_editor_fields_merge_issues (GPtrArray              *issues,
                                                   GPtrArray              *store_issues);
void              sxsh_editor_set_can_save       (GtkWidget               *editor,
                                                  gboolean                *can_save,
                                                  gboolean                 value,
                                                  GParamSpec              *pspec);
AdwMessageDialog *sxsh_editor_confirm_new        (GtkWindow               *editor,
                                                  const char              *heading,
                                                  const char              *body,
                                                  const char              *save_label);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SxshEditorFields, sxsh_editor_fields_free)

G_END_DECLS

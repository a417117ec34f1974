/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-support-store.h"

G_BEGIN_DECLS

#define SXSH_TYPE_SUPPORT_EDITOR (sxsh_support_editor_get_type ())
G_DECLARE_FINAL_TYPE (SxshSupportEditor, sxsh_support_editor, SXSH, SUPPORT_EDITOR, AdwWindow)

SxshSupportEditor *sxsh_support_editor_new          (SxshSupportStore  *store,
                                                     SxshSupport       *support);
void               sxsh_support_editor_set_kind     (SxshSupportEditor *self,
                                                     SxshSupportKind    kind);
SxshSupport       *sxsh_support_editor_get_support  (SxshSupportEditor *self);
gboolean           sxsh_support_editor_get_can_save (SxshSupportEditor *self);

G_END_DECLS

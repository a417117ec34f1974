/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-cp-option.h"

G_BEGIN_DECLS

#define SXSH_TYPE_CP_OPTION_EDITOR (sxsh_cp_option_editor_get_type ())
G_DECLARE_FINAL_TYPE (SxshCpOptionEditor, sxsh_cp_option_editor, SXSH, CP_OPTION_EDITOR, AdwWindow)

SxshCpOptionEditor *sxsh_cp_option_editor_new               (SxshCpOption       *option);
SxshCpOption       *sxsh_cp_option_editor_get_option        (SxshCpOptionEditor *self);
gboolean            sxsh_cp_option_editor_get_can_save      (SxshCpOptionEditor *self);
GtkWidget          *sxsh_cp_option_editor_get_field_widget  (SxshCpOptionEditor *self,
                                                             const char         *field);
const char         *sxsh_cp_option_editor_get_field_message (SxshCpOptionEditor *self,
                                                             const char         *field);
const char         *sxsh_cp_option_editor_get_payback_text  (SxshCpOptionEditor *self);

G_END_DECLS

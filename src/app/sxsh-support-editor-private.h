/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The editor's fields, reached by the UI tests to type into them as a user
 * would. */

#include "sxsh-cp-option-editor.h"
#include "sxsh-facility-picker.h"
#include "sxsh-support-editor.h"

G_BEGIN_DECLS

GtkWidget          *sxsh_support_editor_get_field_widget  (SxshSupportEditor *self,
                                                           const char        *field);
const char         *sxsh_support_editor_get_field_message (SxshSupportEditor *self,
                                                           const char        *field);
GListModel         *sxsh_support_editor_get_options       (SxshSupportEditor *self);
const char         *sxsh_support_editor_get_totals_text   (SxshSupportEditor *self);
SxshFacilityPicker *sxsh_support_editor_get_picker        (SxshSupportEditor *self);
SxshCpOptionEditor *sxsh_support_editor_get_option_editor (SxshSupportEditor *self);

G_END_DECLS

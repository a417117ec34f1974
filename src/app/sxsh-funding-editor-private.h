/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The editor's fields, reached by the UI tests to type into them as a user
 * would. */

#include "sxsh-funding-editor.h"

G_BEGIN_DECLS

GtkWidget        *sxsh_funding_editor_get_field_widget  (SxshFundingEditor *self,
                                                         const char        *field);
const char       *sxsh_funding_editor_get_field_message (SxshFundingEditor *self,
                                                         const char        *field);
const char       *sxsh_funding_editor_get_share_text    (SxshFundingEditor *self);
AdwMessageDialog *sxsh_funding_editor_get_confirmation  (SxshFundingEditor *self);

G_END_DECLS

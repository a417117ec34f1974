/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-funding-store.h"

G_BEGIN_DECLS

#define SXSH_TYPE_FUNDING_EDITOR (sxsh_funding_editor_get_type ())
G_DECLARE_FINAL_TYPE (SxshFundingEditor, sxsh_funding_editor, SXSH, FUNDING_EDITOR, AdwWindow)

SxshFundingEditor *sxsh_funding_editor_new          (SxshFundingStore  *store,
                                                     SxshFunding       *funding);
SxshFunding       *sxsh_funding_editor_get_funding  (SxshFundingEditor *self);
gboolean           sxsh_funding_editor_get_can_save (SxshFundingEditor *self);

G_END_DECLS

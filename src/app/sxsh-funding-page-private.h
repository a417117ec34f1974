/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the user sees of the funding page, reached by the UI tests. */

#include "sxsh-funding-editor.h"
#include "sxsh-funding-page.h"

G_BEGIN_DECLS

GtkColumnView      *sxsh_funding_page_get_column_view   (SxshFundingPage   *self);
GtkSingleSelection *sxsh_funding_page_get_selection     (SxshFundingPage   *self);
GtkSearchEntry     *sxsh_funding_page_get_search_entry  (SxshFundingPage   *self);
GtkDropDown        *sxsh_funding_page_get_source_filter (SxshFundingPage   *self);
const char         *sxsh_funding_page_get_count_text    (SxshFundingPage   *self);
const char         *sxsh_funding_page_get_totals_text   (SxshFundingPage   *self,
                                                         SxshFundingSource  source);
const char         *sxsh_funding_page_get_visible_view  (SxshFundingPage   *self);
AdwToast           *sxsh_funding_page_get_undo_toast    (SxshFundingPage   *self);
SxshFundingEditor  *sxsh_funding_page_get_editor        (SxshFundingPage   *self);
gboolean            sxsh_funding_page_select_funding    (SxshFundingPage   *self,
                                                         gint64             id);

G_END_DECLS

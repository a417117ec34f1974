/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-database.h"
#include "sxsh-funding-store.h"

G_BEGIN_DECLS

#define SXSH_TYPE_FUNDING_PAGE (sxsh_funding_page_get_type ())
G_DECLARE_FINAL_TYPE (SxshFundingPage, sxsh_funding_page, SXSH, FUNDING_PAGE, AdwBin)

SxshFundingPage  *sxsh_funding_page_new       (SxshDatabase    *database);
SxshFundingStore *sxsh_funding_page_get_store (SxshFundingPage *self);
int               sxsh_funding_page_get_year  (SxshFundingPage *self);
void              sxsh_funding_page_set_year  (SxshFundingPage *self,
                                               int              year);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-database.h"
#include "sxsh-item-list.h"
#include "sxsh-funding.h"

G_BEGIN_DECLS

/**
 * SxshFundingTotals:
 * @planned: planned VND
 * @disbursed: disbursed VND
 *
 * The sums of one source, or of all sources, in a year.
 */
typedef struct
{
  gint64 planned;
  gint64 disbursed;
} SxshFundingTotals;

#define SXSH_TYPE_FUNDING_STORE (sxsh_funding_store_get_type ())
G_DECLARE_FINAL_TYPE (SxshFundingStore, sxsh_funding_store, SXSH, FUNDING_STORE, SxshItemList)

SxshFundingStore *sxsh_funding_store_new           (SxshDatabase      *db);
SxshDatabase     *sxsh_funding_store_get_database  (SxshFundingStore  *self);
gboolean          sxsh_funding_store_reload        (SxshFundingStore  *self,
                                                    GError           **error);
void              sxsh_funding_store_set_year      (SxshFundingStore  *self,
                                                    int                year);
int               sxsh_funding_store_get_year      (SxshFundingStore  *self);
void              sxsh_funding_store_set_filter_text (SxshFundingStore *self,
                                                    const char        *text);
const char       *sxsh_funding_store_get_filter_text (SxshFundingStore *self);
SxshFunding      *sxsh_funding_store_lookup        (SxshFundingStore  *self,
                                                    gint64             id);
void              sxsh_funding_store_get_totals    (SxshFundingStore  *self,
                                                    SxshFundingSource  source,
                                                    SxshFundingTotals *totals);
GPtrArray        *sxsh_funding_store_validate      (SxshFundingStore  *self,
                                                    SxshFunding       *funding);
gint64            sxsh_funding_store_insert        (SxshFundingStore  *self,
                                                    SxshFunding       *funding,
                                                    gboolean           accept_warnings,
                                                    GError           **error);
gboolean          sxsh_funding_store_update        (SxshFundingStore  *self,
                                                    SxshFunding       *funding,
                                                    gboolean           accept_warnings,
                                                    GError           **error);
SxshRowSet       *sxsh_funding_store_delete        (SxshFundingStore  *self,
                                                    gint64             id,
                                                    GError           **error);
gboolean          sxsh_funding_store_undo_delete   (SxshFundingStore  *self,
                                                    SxshRowSet        *undo,
                                                    GError           **error);

gboolean          sxsh_funding_totals_for_year     (SxshDatabase      *db,
                                                    int                year,
                                                    SxshFundingTotals *totals,
                                                    GError           **error);

G_END_DECLS

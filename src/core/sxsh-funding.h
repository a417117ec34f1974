/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * SxshFundingSource:
 * @SXSH_FUNDING_NONE: not recorded
 * @SXSH_FUNDING_CENTRAL: the central budget (the national CP programme)
 * @SXSH_FUNDING_LOCAL: the province's budget
 * @SXSH_FUNDING_OTHER: enterprises, donors, projects
 *
 * Where the money of an event, a support or a budget line comes from.
 */
typedef enum
{
  SXSH_FUNDING_NONE,
  SXSH_FUNDING_CENTRAL,
  SXSH_FUNDING_LOCAL,
  SXSH_FUNDING_OTHER,
} SxshFundingSource;

#define SXSH_FUNDING_N_SOURCES (SXSH_FUNDING_OTHER + 1)

const char        *sxsh_funding_source_to_string   (SxshFundingSource  source);
SxshFundingSource  sxsh_funding_source_from_string (const char        *key);
const char        *sxsh_funding_source_get_label   (SxshFundingSource  source);

#define SXSH_TYPE_FUNDING (sxsh_funding_get_type ())
G_DECLARE_FINAL_TYPE (SxshFunding, sxsh_funding, SXSH, FUNDING, GObject)

/* One budget line of a year: a source, optionally a plan task, the amount
 * planned and the amount disbursed, in VND. */

SxshFunding       *sxsh_funding_new                (void);
SxshFunding       *sxsh_funding_copy               (SxshFunding       *self);

gint64             sxsh_funding_get_id             (SxshFunding       *self);
void               sxsh_funding_set_id             (SxshFunding       *self,
                                                    gint64             id);
int                sxsh_funding_get_year           (SxshFunding       *self);
SxshFundingSource  sxsh_funding_get_source         (SxshFunding       *self);
gint64             sxsh_funding_get_plan_task_id   (SxshFunding       *self);
const char        *sxsh_funding_get_plan_task_label (SxshFunding      *self);
gint64             sxsh_funding_get_planned        (SxshFunding       *self);
gint64             sxsh_funding_get_disbursed      (SxshFunding       *self);
double             sxsh_funding_get_disbursed_pct  (SxshFunding       *self);
const char        *sxsh_funding_get_notes          (SxshFunding       *self);
const char        *sxsh_funding_get_search_key     (SxshFunding       *self);

G_END_DECLS

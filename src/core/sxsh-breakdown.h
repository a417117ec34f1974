/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sxsh-database.h"
#include "sxsh-indicators.h"

G_BEGIN_DECLS

/**
 * SxshBreakdownKind:
 * @SXSH_BREAKDOWN_BY_SECTOR: one group per industrial sector
 * @SXSH_BREAKDOWN_BY_ADMIN_UNIT: one group per district; a commune that
 *   lies directly under a province (the two-tier units from 1/7/2025) is a
 *   group of its own
 *
 * How sxsh_breakdown_compute() groups the facilities.
 */
typedef enum
{
  SXSH_BREAKDOWN_BY_SECTOR,
  SXSH_BREAKDOWN_BY_ADMIN_UNIT,
} SxshBreakdownKind;

/**
 * SxshBreakdownPart:
 * @SXSH_BREAKDOWN_APPLYING: counted in the "applying" indicator
 * @SXSH_BREAKDOWN_INFORMED: counted in "informed" but not applying
 * @SXSH_BREAKDOWN_NEITHER: in the population, neither informed nor applying
 *
 * The parts of a group, which split the population of the "informed"
 * indicator (active facilities with CP potential) without overlap.
 */
typedef enum
{
  SXSH_BREAKDOWN_APPLYING,
  SXSH_BREAKDOWN_INFORMED,
  SXSH_BREAKDOWN_NEITHER,
  SXSH_BREAKDOWN_N_PARTS,
} SxshBreakdownPart;

/* The id of the group that gathers the smallest groups past the limit. */
#define SXSH_BREAKDOWN_OTHERS_ID (-1)

/**
 * SxshBreakdownGroup:
 * @id: the sector's or administrative unit's id; 0 for the facilities with
 *   none recorded; %SXSH_BREAKDOWN_OTHERS_ID for the gathered rest
 * @name: (nullable): the sector's name, or the unit's kind and name
 *   ("huyện Đắk Hà"); %NULL when @id is 0 or %SXSH_BREAKDOWN_OTHERS_ID (the
 *   caller names those)
 * @ids: (element-type gint64): the facilities of each part, ascending
 */
typedef struct
{
  gint64  id;
  char   *name;
  GArray *ids[SXSH_BREAKDOWN_N_PARTS];
} SxshBreakdownGroup;

GPtrArray *sxsh_breakdown_compute          (SxshDatabase             *db,
                                            SxshIndicatorReport      *report,
                                            SxshBreakdownKind         kind,
                                            guint                     max_groups,
                                            GError                  **error);
guint      sxsh_breakdown_group_get_total  (const SxshBreakdownGroup *group);
GArray    *sxsh_breakdown_group_dup_ids    (const SxshBreakdownGroup *group);
void       sxsh_breakdown_group_free       (SxshBreakdownGroup       *group);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SxshBreakdownGroup, sxsh_breakdown_group_free)

G_END_DECLS

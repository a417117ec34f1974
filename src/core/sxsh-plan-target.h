/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SXSH_TYPE_PLAN_TARGET (sxsh_plan_target_get_type ())
G_DECLARE_FINAL_TYPE (SxshPlanTarget, sxsh_plan_target, SXSH, PLAN_TARGET, GObject)

/* One target of a plan: an indicator ("informed", "applying",
 * "applying_saving", "dedicated_unit"), the share to reach, the savings
 * band (applying_saving) and the size classes the population counts
 * ("" = all, "medium", "medium,large"). A band end is -1 when unset. */

SxshPlanTarget *sxsh_plan_target_new                 (void);
SxshPlanTarget *sxsh_plan_target_copy                (SxshPlanTarget *self);

gint64          sxsh_plan_target_get_id              (SxshPlanTarget *self);
void            sxsh_plan_target_set_id              (SxshPlanTarget *self,
                                                      gint64          id);
gint64          sxsh_plan_target_get_plan_id         (SxshPlanTarget *self);
const char     *sxsh_plan_target_get_indicator_key   (SxshPlanTarget *self);
double          sxsh_plan_target_get_target_pct      (SxshPlanTarget *self);
double          sxsh_plan_target_get_band_low_pct    (SxshPlanTarget *self);
double          sxsh_plan_target_get_band_high_pct   (SxshPlanTarget *self);
gboolean        sxsh_plan_target_has_band_low        (SxshPlanTarget *self);
gboolean        sxsh_plan_target_has_band_high       (SxshPlanTarget *self);
const char     *sxsh_plan_target_get_size_classes    (SxshPlanTarget *self);
GPtrArray      *sxsh_plan_target_validate            (SxshPlanTarget *self);

const char     *sxsh_plan_indicator_get_label        (const char     *indicator_key);

G_END_DECLS

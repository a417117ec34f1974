/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SXSH_TYPE_PLAN (sxsh_plan_get_type ())
G_DECLARE_FINAL_TYPE (SxshPlan, sxsh_plan, SXSH, PLAN, GObject)

/* A programme plan such as 2340/KH-UBND (2016–2020): its own targets and
 * appendix of tasks hang from it. */

SxshPlan   *sxsh_plan_new            (void);
SxshPlan   *sxsh_plan_copy           (SxshPlan *self);

gint64      sxsh_plan_get_id         (SxshPlan *self);
void        sxsh_plan_set_id         (SxshPlan *self,
                                      gint64    id);
const char *sxsh_plan_get_code       (SxshPlan *self);
const char *sxsh_plan_get_title      (SxshPlan *self);
const char *sxsh_plan_get_issuer     (SxshPlan *self);
const char *sxsh_plan_get_issued_on  (SxshPlan *self);
int         sxsh_plan_get_first_year (SxshPlan *self);
int         sxsh_plan_get_last_year  (SxshPlan *self);
const char *sxsh_plan_get_notes      (SxshPlan *self);
char       *sxsh_plan_dup_label      (SxshPlan *self);
GPtrArray  *sxsh_plan_validate       (SxshPlan *self);

G_END_DECLS

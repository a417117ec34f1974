/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * SxshTaskProgress:
 *
 * How far a task of the plan got in a year.
 */
typedef enum
{
  SXSH_TASK_NOT_STARTED,
  SXSH_TASK_IN_PROGRESS,
  SXSH_TASK_DONE,
  SXSH_TASK_POSTPONED,
} SxshTaskProgress;

#define SXSH_TASK_N_PROGRESS (SXSH_TASK_POSTPONED + 1)

const char *sxsh_task_progress_to_string   (SxshTaskProgress  progress);
gboolean    sxsh_task_progress_from_string (const char       *key,
                                            SxshTaskProgress *progress);
const char *sxsh_task_progress_get_label   (SxshTaskProgress  progress);

#define SXSH_TYPE_PLAN_TASK (sxsh_plan_task_get_type ())
G_DECLARE_FINAL_TYPE (SxshPlanTask, sxsh_plan_task, SXSH, PLAN_TASK, GObject)

/* A row of a plan's appendix, with its lead and partner agencies and its
 * progress in the year the store shows. */

SxshPlanTask     *sxsh_plan_task_new                (void);
SxshPlanTask     *sxsh_plan_task_copy               (SxshPlanTask *self);

gint64            sxsh_plan_task_get_id             (SxshPlanTask *self);
void              sxsh_plan_task_set_id             (SxshPlanTask *self,
                                                     gint64        id);
gint64            sxsh_plan_task_get_plan_id        (SxshPlanTask *self);
const char       *sxsh_plan_task_get_code           (SxshPlanTask *self);
const char       *sxsh_plan_task_get_section        (SxshPlanTask *self);
const char       *sxsh_plan_task_get_task           (SxshPlanTask *self);
const char       *sxsh_plan_task_get_content        (SxshPlanTask *self);
const char       *sxsh_plan_task_get_expected_result (SxshPlanTask *self);
const char       *sxsh_plan_task_get_timing         (SxshPlanTask *self);
int               sxsh_plan_task_get_position       (SxshPlanTask *self);
const char       *sxsh_plan_task_get_lead_agencies  (SxshPlanTask *self);
const char       *sxsh_plan_task_get_partner_agencies (SxshPlanTask *self);
const gint64     *sxsh_plan_task_get_lead_agency_ids (SxshPlanTask *self,
                                                     guint        *n_ids);
const gint64     *sxsh_plan_task_get_partner_agency_ids (SxshPlanTask *self,
                                                     guint        *n_ids);
void              sxsh_plan_task_set_agencies       (SxshPlanTask *self,
                                                     const gint64 *lead_ids,
                                                     guint         n_lead,
                                                     const gint64 *partner_ids,
                                                     guint         n_partner);
int               sxsh_plan_task_get_year           (SxshPlanTask *self);
SxshTaskProgress  sxsh_plan_task_get_progress       (SxshPlanTask *self);
const char       *sxsh_plan_task_get_progress_note  (SxshPlanTask *self);
const char       *sxsh_plan_task_get_search_key     (SxshPlanTask *self);
GPtrArray        *sxsh_plan_task_validate           (SxshPlanTask *self);

G_END_DECLS

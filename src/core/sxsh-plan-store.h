/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-database.h"
#include "sxsh-item-list.h"
#include "sxsh-plan.h"
#include "sxsh-plan-target.h"
#include "sxsh-plan-task.h"

G_BEGIN_DECLS

#define SXSH_TYPE_PLAN_STORE (sxsh_plan_store_get_type ())
G_DECLARE_FINAL_TYPE (SxshPlanStore, sxsh_plan_store, SXSH, PLAN_STORE, SxshItemList)

/* A deleted plan or task with everything hanging from it and the events
 * and budget lines that named it, kept for undo. */
typedef struct _SxshPlanUndo SxshPlanUndo;

SxshPlanStore  *sxsh_plan_store_new              (SxshDatabase    *db);
SxshDatabase   *sxsh_plan_store_get_database     (SxshPlanStore   *self);
gboolean        sxsh_plan_store_reload           (SxshPlanStore   *self,
                                                  GError         **error);
void            sxsh_plan_store_set_year         (SxshPlanStore   *self,
                                                  int              year);
int             sxsh_plan_store_get_year         (SxshPlanStore   *self);
void            sxsh_plan_store_set_plan_id      (SxshPlanStore   *self,
                                                  gint64           plan_id);
gint64          sxsh_plan_store_get_plan_id      (SxshPlanStore   *self);
SxshPlan       *sxsh_plan_store_get_plan         (SxshPlanStore   *self);
void            sxsh_plan_store_set_filter_text  (SxshPlanStore   *self,
                                                  const char      *text);
const char     *sxsh_plan_store_get_filter_text  (SxshPlanStore   *self);
GListModel     *sxsh_plan_store_get_plans        (SxshPlanStore   *self);
GListModel     *sxsh_plan_store_get_targets      (SxshPlanStore   *self);
SxshPlanTask   *sxsh_plan_store_lookup_task      (SxshPlanStore   *self,
                                                  gint64           task_id);

GPtrArray      *sxsh_plan_store_validate_plan    (SxshPlanStore   *self,
                                                  SxshPlan        *plan);
gint64          sxsh_plan_store_insert_plan      (SxshPlanStore   *self,
                                                  SxshPlan        *plan,
                                                  GPtrArray       *targets,
                                                  GPtrArray       *tasks,
                                                  GError         **error);
gboolean        sxsh_plan_store_update_plan      (SxshPlanStore   *self,
                                                  SxshPlan        *plan,
                                                  GError         **error);
SxshPlanUndo   *sxsh_plan_store_delete_plan      (SxshPlanStore   *self,
                                                  gint64           plan_id,
                                                  GError         **error);

GPtrArray      *sxsh_plan_store_validate_target  (SxshPlanStore   *self,
                                                  SxshPlanTarget  *target);
gint64          sxsh_plan_store_insert_target    (SxshPlanStore   *self,
                                                  SxshPlanTarget  *target,
                                                  GError         **error);
gboolean        sxsh_plan_store_update_target    (SxshPlanStore   *self,
                                                  SxshPlanTarget  *target,
                                                  GError         **error);
SxshPlanUndo   *sxsh_plan_store_delete_target    (SxshPlanStore   *self,
                                                  gint64           target_id,
                                                  GError         **error);

GPtrArray      *sxsh_plan_store_validate_task    (SxshPlanStore   *self,
                                                  SxshPlanTask    *task);
gint64          sxsh_plan_store_insert_task      (SxshPlanStore   *self,
                                                  SxshPlanTask    *task,
                                                  GError         **error);
gboolean        sxsh_plan_store_update_task      (SxshPlanStore   *self,
                                                  SxshPlanTask    *task,
                                                  GError         **error);
SxshPlanUndo   *sxsh_plan_store_delete_task      (SxshPlanStore   *self,
                                                  gint64           task_id,
                                                  GError         **error);
gboolean        sxsh_plan_store_set_progress     (SxshPlanStore   *self,
                                                  gint64           task_id,
                                                  int              year,
                                                  SxshTaskProgress progress,
                                                  const char      *note,
                                                  GError         **error);

gboolean        sxsh_plan_store_undo_delete      (SxshPlanStore   *self,
                                                  SxshPlanUndo    *undo,
                                                  GError         **error);
void            sxsh_plan_undo_free              (SxshPlanUndo    *undo);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SxshPlanUndo, sxsh_plan_undo_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-plan-store.h"

G_BEGIN_DECLS

#define SXSH_TYPE_PLAN_TASK_EDITOR (sxsh_plan_task_editor_get_type ())
G_DECLARE_FINAL_TYPE (SxshPlanTaskEditor, sxsh_plan_task_editor, SXSH, PLAN_TASK_EDITOR, AdwWindow)

SxshPlanTaskEditor *sxsh_plan_task_editor_new          (SxshPlanStore      *store,
                                                        SxshPlanTask       *task);
gboolean            sxsh_plan_task_editor_get_can_save (SxshPlanTaskEditor *self);
GtkWidget          *sxsh_plan_task_editor_get_field_widget (SxshPlanTaskEditor *self,
                                                        const char         *field);
const char         *sxsh_plan_task_editor_get_field_message (SxshPlanTaskEditor *self,
                                                        const char         *field);
AdwMessageDialog   *sxsh_plan_task_editor_get_agency_chooser (SxshPlanTaskEditor *self);

G_END_DECLS

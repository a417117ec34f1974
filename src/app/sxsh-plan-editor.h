/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-plan-store.h"

G_BEGIN_DECLS

#define SXSH_TYPE_PLAN_EDITOR (sxsh_plan_editor_get_type ())
G_DECLARE_FINAL_TYPE (SxshPlanEditor, sxsh_plan_editor, SXSH, PLAN_EDITOR, AdwWindow)

SxshPlanEditor   *sxsh_plan_editor_new              (SxshPlanStore  *store,
                                                     SxshPlan       *plan);
gboolean          sxsh_plan_editor_get_can_save     (SxshPlanEditor *self);
GtkWidget        *sxsh_plan_editor_get_field_widget (SxshPlanEditor *self,
                                                     const char     *field);
const char       *sxsh_plan_editor_get_field_message (SxshPlanEditor *self,
                                                     const char     *field);
GListModel       *sxsh_plan_editor_get_targets      (SxshPlanEditor *self);
AdwMessageDialog *sxsh_plan_editor_get_target_dialog (SxshPlanEditor *self);

G_END_DECLS

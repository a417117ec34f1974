/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-plan-store.h"

G_BEGIN_DECLS

/* A target of a plan, entered in a dialog: the indicator, the share to
 * reach, the savings band and the size classes counted.  Save stays
 * disabled while a value is wrong; @done receives the target as entered. */

typedef void (*SxshPlanTargetDone) (SxshPlanTarget *target,
                                    gpointer        user_data);

AdwMessageDialog *sxsh_plan_target_dialog_new       (GtkWidget          *parent,
                                                     SxshPlanStore      *store,
                                                     SxshPlanTarget     *target,
                                                     GPtrArray          *siblings,
                                                     SxshPlanTargetDone  done,
                                                     gpointer            user_data);
GtkWidget        *sxsh_plan_target_dialog_get_field (AdwMessageDialog   *dialog,
                                                     const char         *field);
const char       *sxsh_plan_target_dialog_get_message (AdwMessageDialog *dialog);
char             *sxsh_plan_target_describe         (SxshPlanTarget     *target);

G_END_DECLS

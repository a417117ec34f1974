/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-database.h"
#include "sxsh-plan-store.h"

G_BEGIN_DECLS

#define SXSH_TYPE_PLANS_PAGE (sxsh_plans_page_get_type ())
G_DECLARE_FINAL_TYPE (SxshPlansPage, sxsh_plans_page, SXSH, PLANS_PAGE, AdwBin)

SxshPlansPage *sxsh_plans_page_new       (SxshDatabase  *database);
SxshPlanStore *sxsh_plans_page_get_store (SxshPlansPage *self);
int            sxsh_plans_page_get_year  (SxshPlansPage *self);
void           sxsh_plans_page_set_year  (SxshPlansPage *self,
                                          int            year);

G_END_DECLS

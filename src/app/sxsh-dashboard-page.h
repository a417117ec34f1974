/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-database.h"

G_BEGIN_DECLS

#define SXSH_TYPE_DASHBOARD_PAGE (sxsh_dashboard_page_get_type ())
G_DECLARE_FINAL_TYPE (SxshDashboardPage, sxsh_dashboard_page, SXSH, DASHBOARD_PAGE, AdwBin)

SxshDashboardPage *sxsh_dashboard_page_new      (SxshDatabase      *database);
int                sxsh_dashboard_page_get_year (SxshDashboardPage *self);
void               sxsh_dashboard_page_set_year (SxshDashboardPage *self,
                                                 int                year);
void               sxsh_dashboard_page_refresh  (SxshDashboardPage *self);

G_END_DECLS

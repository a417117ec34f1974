/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-database.h"

G_BEGIN_DECLS

#define SXSH_TYPE_REPORTS_PAGE (sxsh_reports_page_get_type ())
G_DECLARE_FINAL_TYPE (SxshReportsPage, sxsh_reports_page, SXSH, REPORTS_PAGE, AdwBin)

SxshReportsPage *sxsh_reports_page_new      (SxshDatabase    *database,
                                             GSettings       *settings);
int              sxsh_reports_page_get_year (SxshReportsPage *self);
void             sxsh_reports_page_set_year (SxshReportsPage *self,
                                             int              year);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-database.h"

G_BEGIN_DECLS

#define SXSH_TYPE_YEAR_GRID_PAGE (sxsh_year_grid_page_get_type ())
G_DECLARE_FINAL_TYPE (SxshYearGridPage, sxsh_year_grid_page, SXSH, YEAR_GRID_PAGE, AdwBin)

SxshYearGridPage *sxsh_year_grid_page_new      (SxshDatabase     *database);
int               sxsh_year_grid_page_get_year (SxshYearGridPage *self);
void              sxsh_year_grid_page_set_year (SxshYearGridPage *self,
                                                int               year);

G_END_DECLS

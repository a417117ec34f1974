/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the user sees of the year entry grid, reached by the UI tests. */

#include "sxsh-year-grid-page.h"
#include "sxsh-year-sheet.h"
#include "sxsh-year-table-private.h"

G_BEGIN_DECLS

SxshYearSheet  *sxsh_year_grid_page_get_sheet         (SxshYearGridPage *self);
SxshYearTable  *sxsh_year_grid_page_get_table         (SxshYearGridPage *self);
GtkSearchEntry *sxsh_year_grid_page_get_search_entry  (SxshYearGridPage *self);
GtkWidget      *sxsh_year_grid_page_get_copy_button   (SxshYearGridPage *self);
const char     *sxsh_year_grid_page_get_count_text    (SxshYearGridPage *self);
const char     *sxsh_year_grid_page_get_status_text   (SxshYearGridPage *self);
const char     *sxsh_year_grid_page_get_visible_view  (SxshYearGridPage *self);
const char     *sxsh_year_grid_page_get_toast_title   (SxshYearGridPage *self);

G_END_DECLS

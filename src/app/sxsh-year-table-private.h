/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The table's cells, reached by the UI tests to type into them as a user
 * would. */

#include "sxsh-grid-cell.h"
#include "sxsh-year-table.h"

G_BEGIN_DECLS

GtkColumnView *sxsh_year_table_get_column_view (SxshYearTable *self);
SxshGridCell  *sxsh_year_table_get_cell        (SxshYearTable *self,
                                                guint          row,
                                                const char    *field);

G_END_DECLS

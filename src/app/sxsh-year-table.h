/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sxsh-database.h"
#include "sxsh-year-sheet.h"

G_BEGIN_DECLS

/**
 * SxshYearTable:
 *
 * The editable table of yearly data shared by the province's year entry
 * grid and a facility's "By year" view: one row per #SxshYearRecord of a
 * #SxshYearSheet, a cell per status, output, resource and note, edited in
 * place from the keyboard and saved cell by cell.
 */
#define SXSH_TYPE_YEAR_TABLE (sxsh_year_table_get_type ())
G_DECLARE_FINAL_TYPE (SxshYearTable, sxsh_year_table, SXSH, YEAR_TABLE, GtkWidget)

GtkWidget     *sxsh_year_table_new             (void);
SxshYearSheet *sxsh_year_table_get_sheet       (SxshYearTable *self);
void           sxsh_year_table_set_sheet       (SxshYearTable *self,
                                                SxshYearSheet *sheet,
                                                double         band_low_pct,
                                                double         band_high_pct);
const char    *sxsh_year_table_get_message     (SxshYearTable *self);
const char    *sxsh_year_table_get_location    (SxshYearTable *self);
gboolean       sxsh_year_table_get_saving      (SxshYearTable *self);
gboolean       sxsh_year_table_focus_cursor    (SxshYearTable *self);
void           sxsh_year_table_set_cursor      (SxshYearTable *self,
                                                guint          row,
                                                const char    *field);
guint          sxsh_year_table_get_cursor_row  (SxshYearTable *self);
const char    *sxsh_year_table_get_cursor_field (SxshYearTable *self);

gboolean       sxsh_year_table_shows_resource  (SxshYearSheet *sheet,
                                                guint          index);
void           sxsh_year_table_lookup_band     (SxshDatabase  *database,
                                                int            year,
                                                double        *band_low_pct,
                                                double        *band_high_pct);
void           sxsh_year_table_show_saving     (GtkLabel      *label,
                                                double         saving_pct,
                                                double         band_low_pct,
                                                double         band_high_pct);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-database.h"
#include "sxsh-item-list.h"
#include "sxsh-year-record.h"

G_BEGIN_DECLS

/**
 * SxshYearSheet:
 *
 * Yearly data as a sheet to edit cell by cell: either every facility active
 * in one year (the province's year entry grid) or every year of one facility
 * (its "By year" view).  A GListModel of #SxshYearRecord.
 *
 * Each edit is validated and saved at once, in its own transaction; an
 * invalid value is refused with a message naming the field, and nothing is
 * written.
 */
#define SXSH_TYPE_YEAR_SHEET (sxsh_year_sheet_get_type ())
G_DECLARE_FINAL_TYPE (SxshYearSheet, sxsh_year_sheet, SXSH, YEAR_SHEET, SxshItemList)

SxshYearSheet *sxsh_year_sheet_new_for_year     (SxshDatabase    *db,
                                                 int              year,
                                                 GError         **error);
SxshYearSheet *sxsh_year_sheet_new_for_facility (SxshDatabase    *db,
                                                 gint64           facility_id,
                                                 int              first_year,
                                                 int              last_year,
                                                 GError         **error);
gboolean       sxsh_year_sheet_reload           (SxshYearSheet   *self,
                                                 GError         **error);
int            sxsh_year_sheet_get_year         (SxshYearSheet   *self);
gint64         sxsh_year_sheet_get_facility_id  (SxshYearSheet   *self);
GListModel    *sxsh_year_sheet_get_resources    (SxshYearSheet   *self);
void           sxsh_year_sheet_set_filter_text  (SxshYearSheet   *self,
                                                 const char      *text);
guint          sxsh_year_sheet_get_total        (SxshYearSheet   *self);
const char    *sxsh_year_sheet_get_field_label  (const char      *field);
gboolean       sxsh_year_sheet_set_text         (SxshYearSheet   *self,
                                                 SxshYearRecord  *record,
                                                 const char      *field,
                                                 const char      *text,
                                                 GError         **error);
gboolean       sxsh_year_sheet_set_flag         (SxshYearSheet   *self,
                                                 SxshYearRecord  *record,
                                                 const char      *field,
                                                 gboolean         value,
                                                 GError         **error);
gboolean       sxsh_year_sheet_copy_last_year   (SxshYearSheet   *self,
                                                 guint           *n_copied,
                                                 GError         **error);

G_END_DECLS

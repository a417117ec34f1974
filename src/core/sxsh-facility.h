/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sxsh-size-class.h"

G_BEGIN_DECLS

/**
 * SxshYearStatus:
 *
 * A facility's cleaner-production status in a year, carried forward from
 * the latest yearly record at or before that year.
 */
typedef enum
{
  SXSH_YEAR_STATUS_NONE,       /* no record yet */
  SXSH_YEAR_STATUS_NEITHER,    /* a record, neither informed nor applying */
  SXSH_YEAR_STATUS_INFORMED,
  SXSH_YEAR_STATUS_APPLYING,
} SxshYearStatus;

const char *sxsh_year_status_get_label (SxshYearStatus status);

#define SXSH_TYPE_FACILITY (sxsh_facility_get_type ())
G_DECLARE_FINAL_TYPE (SxshFacility, sxsh_facility, SXSH, FACILITY, GObject)

/* Unknown numbers are -1 (employees, revenue, capital) or 0 (years, ids). */

SxshFacility  *sxsh_facility_new                   (void);
SxshFacility  *sxsh_facility_copy                  (SxshFacility  *self);

gint64         sxsh_facility_get_id                (SxshFacility  *self);
void           sxsh_facility_set_id                (SxshFacility  *self,
                                                    gint64         id);
const char    *sxsh_facility_get_tax_code          (SxshFacility  *self);
const char    *sxsh_facility_get_name              (SxshFacility  *self);
const char    *sxsh_facility_get_address           (SxshFacility  *self);
gint64         sxsh_facility_get_admin_unit_id     (SxshFacility  *self);
const char    *sxsh_facility_get_admin_unit_name   (SxshFacility  *self);
const char    *sxsh_facility_get_zone              (SxshFacility  *self);
gint64         sxsh_facility_get_sector_id         (SxshFacility  *self);
const char    *sxsh_facility_get_sector_name       (SxshFacility  *self);
const char    *sxsh_facility_get_main_products     (SxshFacility  *self);
const char    *sxsh_facility_get_technology_status (SxshFacility  *self);
SxshSizeClass  sxsh_facility_get_size_class        (SxshFacility  *self);
gboolean       sxsh_facility_get_size_manual       (SxshFacility  *self);
gint64         sxsh_facility_get_employees         (SxshFacility  *self);
gint64         sxsh_facility_get_revenue           (SxshFacility  *self);
gint64         sxsh_facility_get_capital           (SxshFacility  *self);
gboolean       sxsh_facility_get_cp_potential      (SxshFacility  *self);
int            sxsh_facility_get_first_year        (SxshFacility  *self);
int            sxsh_facility_get_last_year         (SxshFacility  *self);
const char    *sxsh_facility_get_contact_person    (SxshFacility  *self);
const char    *sxsh_facility_get_phone             (SxshFacility  *self);
const char    *sxsh_facility_get_email             (SxshFacility  *self);
const char    *sxsh_facility_get_notes             (SxshFacility  *self);
SxshYearStatus sxsh_facility_get_status            (SxshFacility  *self);
const char    *sxsh_facility_get_search_key        (SxshFacility  *self);
const char    *sxsh_facility_get_sort_key          (SxshFacility  *self);

SxshSizeClass  sxsh_facility_get_derived_size_class (SxshFacility *self);
gboolean       sxsh_facility_is_active_in          (SxshFacility  *self,
                                                    int            year);
GPtrArray     *sxsh_facility_validate              (SxshFacility  *self);

G_END_DECLS

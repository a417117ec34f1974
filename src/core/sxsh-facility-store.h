/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-database.h"
#include "sxsh-item-list.h"
#include "sxsh-facility.h"

G_BEGIN_DECLS

/**
 * SxshFacilityFilter:
 * @text: (nullable): words that must all occur, ignoring case and accents, in
 *   the name, tax code, address, unit, sector or products
 * @sector_id: 0 for any sector
 * @admin_unit_id: 0 for any unit; a unit also matches its communes
 * @size_class: %SXSH_SIZE_UNKNOWN for any size
 * @cp_potential: -1 any, 0 without, 1 with potential
 * @status: -1 any, else an #SxshYearStatus for the store's year
 * @ids: (nullable) (element-type gint64): only these facilities (drill-down
 *   from an indicator); %NULL for no restriction
 */
typedef struct
{
  const char    *text;
  gint64         sector_id;
  gint64         admin_unit_id;
  SxshSizeClass  size_class;
  int            cp_potential;
  int            status;
  GArray        *ids;
} SxshFacilityFilter;

#define SXSH_FACILITY_FILTER_INIT { NULL, 0, 0, SXSH_SIZE_UNKNOWN, -1, -1, NULL }

#define SXSH_TYPE_FACILITY_STORE (sxsh_facility_store_get_type ())
G_DECLARE_FINAL_TYPE (SxshFacilityStore, sxsh_facility_store, SXSH, FACILITY_STORE, SxshItemList)

/* A deleted facility with its yearly data, kept for undo. */
typedef struct _SxshFacilityUndo SxshFacilityUndo;

SxshFacilityStore *sxsh_facility_store_new          (SxshDatabase             *db);
SxshDatabase      *sxsh_facility_store_get_database (SxshFacilityStore        *self);
gboolean           sxsh_facility_store_reload       (SxshFacilityStore        *self,
                                                     GError                  **error);
void               sxsh_facility_store_set_year     (SxshFacilityStore        *self,
                                                     int                       year);
int                sxsh_facility_store_get_year     (SxshFacilityStore        *self);
void               sxsh_facility_store_set_filter   (SxshFacilityStore        *self,
                                                     const SxshFacilityFilter *filter);
guint              sxsh_facility_store_get_total    (SxshFacilityStore        *self);
SxshFacility      *sxsh_facility_store_lookup       (SxshFacilityStore        *self,
                                                     gint64                    id);
SxshFacility      *sxsh_facility_store_find_by_tax_code (SxshFacilityStore    *self,
                                                     const char               *tax_code);
GPtrArray         *sxsh_facility_store_validate     (SxshFacilityStore        *self,
                                                     SxshFacility             *facility);
gint64             sxsh_facility_store_insert       (SxshFacilityStore        *self,
                                                     SxshFacility             *facility,
                                                     gboolean                  accept_warnings,
                                                     GError                  **error);
gboolean           sxsh_facility_store_update       (SxshFacilityStore        *self,
                                                     SxshFacility             *facility,
                                                     gboolean                  accept_warnings,
                                                     GError                  **error);
SxshFacilityUndo  *sxsh_facility_store_delete       (SxshFacilityStore        *self,
                                                     gint64                    id,
                                                     GError                  **error);
gboolean           sxsh_facility_store_undo_delete  (SxshFacilityStore        *self,
                                                     SxshFacilityUndo         *undo,
                                                     GError                  **error);
void               sxsh_facility_undo_free          (SxshFacilityUndo         *undo);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SxshFacilityUndo, sxsh_facility_undo_free)

G_END_DECLS

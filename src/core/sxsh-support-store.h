/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-database.h"
#include "sxsh-item-list.h"
#include "sxsh-support.h"

G_BEGIN_DECLS

/**
 * SxshSupportTotals:
 * @n_supports: supports of the year, cancelled ones left out
 * @n_facilities: distinct facilities they went to
 * @n_demo_models: demonstration models among them
 * @total_cost: VND
 * @consultancy_cost: VND
 * @state_support: VND
 * @n_options: CP options found
 * @n_implemented: options implemented
 * @investment: investment of the options not rejected, VND
 * @saving_vnd: their annual saving, VND
 * @saving_energy_toe: their annual energy saving, TOE
 * @saving_water_m3: their annual water saving, m³
 * @saving_material_t: their annual materials saving, t
 */
typedef struct
{
  guint  n_supports;
  guint  n_facilities;
  guint  n_demo_models;
  gint64 total_cost;
  gint64 consultancy_cost;
  gint64 state_support;
  guint  n_options;
  guint  n_implemented;
  gint64 investment;
  gint64 saving_vnd;
  double saving_energy_toe;
  double saving_water_m3;
  double saving_material_t;
} SxshSupportTotals;

#define SXSH_TYPE_SUPPORT_STORE (sxsh_support_store_get_type ())
G_DECLARE_FINAL_TYPE (SxshSupportStore, sxsh_support_store, SXSH, SUPPORT_STORE, SxshItemList)

/* A deleted support with its options, kept for undo. */
typedef struct _SxshSupportUndo SxshSupportUndo;

SxshSupportStore *sxsh_support_store_new             (SxshDatabase      *db);
SxshDatabase     *sxsh_support_store_get_database    (SxshSupportStore  *self);
gboolean          sxsh_support_store_reload          (SxshSupportStore  *self,
                                                      GError           **error);
void              sxsh_support_store_set_year        (SxshSupportStore  *self,
                                                      int                year);
int               sxsh_support_store_get_year        (SxshSupportStore  *self);
void              sxsh_support_store_set_filter_text (SxshSupportStore  *self,
                                                      const char        *text);
const char       *sxsh_support_store_get_filter_text (SxshSupportStore  *self);
void              sxsh_support_store_set_kind_filter (SxshSupportStore  *self,
                                                      int                kind);
int               sxsh_support_store_get_kind_filter (SxshSupportStore  *self);
guint             sxsh_support_store_get_total       (SxshSupportStore  *self);
SxshSupport      *sxsh_support_store_lookup          (SxshSupportStore  *self,
                                                      gint64             id);
gboolean          sxsh_support_store_get_year_totals (SxshSupportStore  *self,
                                                      SxshSupportTotals *totals,
                                                      GError           **error);
gboolean          sxsh_support_store_get_facility_state_support (SxshSupportStore *self,
                                                      gint64             facility_id,
                                                      gint64             except_support_id,
                                                      gint64            *total,
                                                      GError           **error);

GPtrArray        *sxsh_support_store_validate        (SxshSupportStore  *self,
                                                      SxshSupport       *support);
gint64            sxsh_support_store_insert          (SxshSupportStore  *self,
                                                      SxshSupport       *support,
                                                      gboolean           accept_warnings,
                                                      GError           **error);
gboolean          sxsh_support_store_update          (SxshSupportStore  *self,
                                                      SxshSupport       *support,
                                                      gboolean           accept_warnings,
                                                      GError           **error);
SxshSupportUndo  *sxsh_support_store_delete          (SxshSupportStore  *self,
                                                      gint64             id,
                                                      GError           **error);
gboolean          sxsh_support_store_undo_delete     (SxshSupportStore  *self,
                                                      SxshSupportUndo   *undo,
                                                      GError           **error);
void              sxsh_support_undo_free             (SxshSupportUndo   *undo);

GPtrArray        *sxsh_support_store_validate_option (SxshSupportStore  *self,
                                                      SxshCpOption      *option);
gint64            sxsh_support_store_insert_option   (SxshSupportStore  *self,
                                                      SxshCpOption      *option,
                                                      gboolean           accept_warnings,
                                                      GError           **error);
gboolean          sxsh_support_store_update_option   (SxshSupportStore  *self,
                                                      SxshCpOption      *option,
                                                      gboolean           accept_warnings,
                                                      GError           **error);
SxshRowSet       *sxsh_support_store_delete_option   (SxshSupportStore  *self,
                                                      gint64             option_id,
                                                      GError           **error);
gboolean          sxsh_support_store_undo_delete_option (SxshSupportStore *self,
                                                      SxshRowSet        *undo,
                                                      GError           **error);

gboolean          sxsh_support_totals_for_year       (SxshDatabase      *db,
                                                      int                year,
                                                      SxshSupportTotals *totals,
                                                      GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SxshSupportUndo, sxsh_support_undo_free)

G_END_DECLS

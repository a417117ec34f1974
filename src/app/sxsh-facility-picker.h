/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-database.h"

G_BEGIN_DECLS

#define SXSH_TYPE_FACILITY_PICKER (sxsh_facility_picker_get_type ())
G_DECLARE_FINAL_TYPE (SxshFacilityPicker, sxsh_facility_picker, SXSH, FACILITY_PICKER, AdwWindow)

SxshFacilityPicker *sxsh_facility_picker_new              (SxshDatabase       *database,
                                                           gboolean            multiple);
void                sxsh_facility_picker_set_selected     (SxshFacilityPicker *self,
                                                           GListModel         *facilities);
GListModel         *sxsh_facility_picker_get_selected     (SxshFacilityPicker *self);
gboolean            sxsh_facility_picker_is_selected      (SxshFacilityPicker *self,
                                                           gint64              id);
GtkSearchEntry     *sxsh_facility_picker_get_search_entry (SxshFacilityPicker *self);
guint               sxsh_facility_picker_get_n_shown      (SxshFacilityPicker *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-facility-store.h"

G_BEGIN_DECLS

#define SXSH_TYPE_FACILITY_EDITOR (sxsh_facility_editor_get_type ())
G_DECLARE_FINAL_TYPE (SxshFacilityEditor, sxsh_facility_editor, SXSH, FACILITY_EDITOR, AdwWindow)

SxshFacilityEditor *sxsh_facility_editor_new          (SxshFacilityStore  *store,
                                                       SxshFacility       *facility);
SxshFacility       *sxsh_facility_editor_get_facility (SxshFacilityEditor *self);
gboolean            sxsh_facility_editor_get_can_save (SxshFacilityEditor *self);

G_END_DECLS

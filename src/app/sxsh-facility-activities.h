/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-database.h"

G_BEGIN_DECLS

#define SXSH_TYPE_FACILITY_ACTIVITIES (sxsh_facility_activities_get_type ())
G_DECLARE_FINAL_TYPE (SxshFacilityActivities, sxsh_facility_activities, SXSH,
                      FACILITY_ACTIVITIES, AdwBin)

SxshFacilityActivities *sxsh_facility_activities_new     (SxshDatabase           *database,
                                                          gint64                  facility_id);
gboolean                sxsh_facility_activities_reload  (SxshFacilityActivities *self,
                                                          GError                **error);
guint                   sxsh_facility_activities_get_n_rows (SxshFacilityActivities *self,
                                                          const char             *section);
GtkWindow              *sxsh_facility_activities_present (GtkWidget              *parent,
                                                          SxshDatabase           *database,
                                                          gint64                  facility_id,
                                                          const char             *name);

G_END_DECLS

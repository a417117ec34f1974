/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-database.h"
#include "sxsh-year-table.h"

G_BEGIN_DECLS

#define SXSH_TYPE_FACILITY_YEARS (sxsh_facility_years_get_type ())
G_DECLARE_FINAL_TYPE (SxshFacilityYears, sxsh_facility_years, SXSH, FACILITY_YEARS, AdwBin)

SxshFacilityYears *sxsh_facility_years_new       (SxshDatabase      *database,
                                                  gint64             facility_id,
                                                  int                first_year,
                                                  int                last_year);
gboolean           sxsh_facility_years_reload    (SxshFacilityYears *self,
                                                  GError           **error);
SxshYearTable     *sxsh_facility_years_get_table (SxshFacilityYears *self);
GtkWindow         *sxsh_facility_years_present   (GtkWidget         *parent,
                                                  SxshDatabase      *database,
                                                  gint64             facility_id,
                                                  const char        *name,
                                                  const char        *tax_code,
                                                  int                first_year,
                                                  int                year);

G_END_DECLS

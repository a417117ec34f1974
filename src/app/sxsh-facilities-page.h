/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-database.h"
#include "sxsh-facility-store.h"

G_BEGIN_DECLS

#define SXSH_TYPE_FACILITIES_PAGE (sxsh_facilities_page_get_type ())
G_DECLARE_FINAL_TYPE (SxshFacilitiesPage, sxsh_facilities_page, SXSH, FACILITIES_PAGE, AdwBin)

SxshFacilitiesPage *sxsh_facilities_page_new       (SxshDatabase       *database);
SxshFacilityStore  *sxsh_facilities_page_get_store (SxshFacilitiesPage *self);
int                 sxsh_facilities_page_get_year  (SxshFacilitiesPage *self);
void                sxsh_facilities_page_set_year  (SxshFacilitiesPage *self,
                                                    int                 year);
void                sxsh_facilities_page_show_only (SxshFacilitiesPage *self,
                                                    GArray             *ids,
                                                    const char         *title);
void                sxsh_facilities_page_drill_down (SxshFacilitiesPage *self,
                                                     GArray             *counted,
                                                     const char         *counted_title,
                                                     GArray             *not_counted,
                                                     const char         *not_counted_title);
void                sxsh_facilities_page_show_all  (SxshFacilitiesPage *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the user sees of the facilities page, reached by the UI tests. */

#include "sxsh-facilities-page.h"
#include "sxsh-facility-editor.h"

G_BEGIN_DECLS

GtkColumnView      *sxsh_facilities_page_get_column_view (SxshFacilitiesPage *self);
GtkSingleSelection *sxsh_facilities_page_get_selection   (SxshFacilitiesPage *self);
GtkSearchEntry     *sxsh_facilities_page_get_search_entry (SxshFacilitiesPage *self);
const char         *sxsh_facilities_page_get_count_text  (SxshFacilitiesPage *self);
const char         *sxsh_facilities_page_get_visible_view (SxshFacilitiesPage *self);
SxshFacility       *sxsh_facilities_page_get_selected_facility (SxshFacilitiesPage *self);
SxshFacility       *sxsh_facilities_page_get_shown       (SxshFacilitiesPage *self,
                                                          guint               position);
AdwToast           *sxsh_facilities_page_get_undo_toast  (SxshFacilitiesPage *self);
SxshFacilityEditor *sxsh_facilities_page_get_editor      (SxshFacilitiesPage *self);
gboolean            sxsh_facilities_page_select_facility (SxshFacilitiesPage *self,
                                                          gint64              id);
void                sxsh_facilities_page_set_only_ids    (SxshFacilitiesPage *self,
                                                          GArray             *ids);
GArray             *sxsh_facilities_page_get_only_ids    (SxshFacilitiesPage *self);
const char         *sxsh_facilities_page_get_drilldown_title (SxshFacilitiesPage *self);
gboolean            sxsh_facilities_page_get_drilldown_not_counted (SxshFacilitiesPage *self);
void                sxsh_facilities_page_set_drilldown_not_counted (SxshFacilitiesPage *self,
                                                                    gboolean            not_counted);

G_END_DECLS

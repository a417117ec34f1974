/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-database.h"
#include "sxsh-event-store.h"

G_BEGIN_DECLS

#define SXSH_TYPE_EVENTS_PAGE (sxsh_events_page_get_type ())
G_DECLARE_FINAL_TYPE (SxshEventsPage, sxsh_events_page, SXSH, EVENTS_PAGE, AdwBin)

SxshEventsPage *sxsh_events_page_new       (SxshDatabase   *database);
SxshEventStore *sxsh_events_page_get_store (SxshEventsPage *self);
int             sxsh_events_page_get_year  (SxshEventsPage *self);
void            sxsh_events_page_set_year  (SxshEventsPage *self,
                                            int             year);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the user sees of the events page, reached by the UI tests. */

#include "sxsh-event-editor.h"
#include "sxsh-events-page.h"

G_BEGIN_DECLS

GtkColumnView      *sxsh_events_page_get_column_view  (SxshEventsPage *self);
GtkSingleSelection *sxsh_events_page_get_selection    (SxshEventsPage *self);
GtkSearchEntry     *sxsh_events_page_get_search_entry (SxshEventsPage *self);
GtkDropDown        *sxsh_events_page_get_kind_filter  (SxshEventsPage *self);
const char         *sxsh_events_page_get_count_text   (SxshEventsPage *self);
const char         *sxsh_events_page_get_visible_view (SxshEventsPage *self);
AdwToast           *sxsh_events_page_get_undo_toast   (SxshEventsPage *self);
SxshEventEditor    *sxsh_events_page_get_editor       (SxshEventsPage *self);
gboolean            sxsh_events_page_select_event     (SxshEventsPage *self,
                                                       gint64          id);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The editor's fields, reached by the UI tests to type into them as a user
 * would. */

#include "sxsh-event-editor.h"
#include "sxsh-facility-picker.h"

G_BEGIN_DECLS

GtkWidget          *sxsh_event_editor_get_field_widget  (SxshEventEditor *self,
                                                         const char      *field);
const char         *sxsh_event_editor_get_field_message (SxshEventEditor *self,
                                                         const char      *field);
GListModel         *sxsh_event_editor_get_attendees     (SxshEventEditor *self);
SxshFacilityPicker *sxsh_event_editor_get_picker        (SxshEventEditor *self);

G_END_DECLS

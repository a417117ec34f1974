/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-event-store.h"

G_BEGIN_DECLS

#define SXSH_TYPE_EVENT_EDITOR (sxsh_event_editor_get_type ())
G_DECLARE_FINAL_TYPE (SxshEventEditor, sxsh_event_editor, SXSH, EVENT_EDITOR, AdwWindow)

SxshEventEditor *sxsh_event_editor_new          (SxshEventStore  *store,
                                                 SxshEvent       *event);
SxshEvent       *sxsh_event_editor_get_event    (SxshEventEditor *self);
gboolean         sxsh_event_editor_get_can_save (SxshEventEditor *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sxsh-funding.h"

G_BEGIN_DECLS

/**
 * SxshEventKind:
 *
 * What an event is: a meeting with attendees (workshop, training course,
 * training of trainers, district officer training, conference) or a piece
 * of communication (reportage, news article, leaflet, handbook, poster or
 * panel, broadcast).
 */
typedef enum
{
  SXSH_EVENT_WORKSHOP,
  SXSH_EVENT_TRAINING,
  SXSH_EVENT_TOT,
  SXSH_EVENT_DISTRICT_TRAINING,
  SXSH_EVENT_CONFERENCE,
  SXSH_EVENT_REPORTAGE,
  SXSH_EVENT_ARTICLE,
  SXSH_EVENT_LEAFLET,
  SXSH_EVENT_HANDBOOK,
  SXSH_EVENT_POSTER,
  SXSH_EVENT_BROADCAST,
} SxshEventKind;

#define SXSH_EVENT_N_KINDS (SXSH_EVENT_BROADCAST + 1)

const char    *sxsh_event_kind_to_string          (SxshEventKind  kind);
gboolean       sxsh_event_kind_from_string        (const char    *key,
                                                   SxshEventKind *kind);
const char    *sxsh_event_kind_get_label          (SxshEventKind  kind);
const char    *sxsh_event_kind_get_quantity_label (SxshEventKind  kind);
gboolean       sxsh_event_kind_is_communication   (SxshEventKind  kind);

#define SXSH_TYPE_EVENT (sxsh_event_get_type ())
G_DECLARE_FINAL_TYPE (SxshEvent, sxsh_event, SXSH, EVENT, GObject)

SxshEvent         *sxsh_event_new                  (void);
SxshEvent         *sxsh_event_copy                 (SxshEvent     *self);

gint64             sxsh_event_get_id               (SxshEvent     *self);
void               sxsh_event_set_id               (SxshEvent     *self,
                                                    gint64         id);
SxshEventKind      sxsh_event_get_kind             (SxshEvent     *self);
gboolean           sxsh_event_get_is_communication (SxshEvent     *self);
const char        *sxsh_event_get_title            (SxshEvent     *self);
const char        *sxsh_event_get_date             (SxshEvent     *self);
const char        *sxsh_event_get_place            (SxshEvent     *self);
const char        *sxsh_event_get_organiser        (SxshEvent     *self);
gint64             sxsh_event_get_participants     (SxshEvent     *self);
gint64             sxsh_event_get_quantity         (SxshEvent     *self);
gint64             sxsh_event_get_cost             (SxshEvent     *self);
SxshFundingSource  sxsh_event_get_funding_source   (SxshEvent     *self);
gint64             sxsh_event_get_plan_task_id     (SxshEvent     *self);
const char        *sxsh_event_get_plan_task_label  (SxshEvent     *self);
const char        *sxsh_event_get_notes            (SxshEvent     *self);
const gint64      *sxsh_event_get_facility_ids     (SxshEvent     *self,
                                                    guint         *n_ids);
void               sxsh_event_set_facility_ids     (SxshEvent     *self,
                                                    const gint64  *ids,
                                                    guint          n_ids);
const char        *sxsh_event_get_search_key       (SxshEvent     *self);
GPtrArray         *sxsh_event_validate             (SxshEvent     *self);

G_END_DECLS

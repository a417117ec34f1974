/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-database.h"
#include "sxsh-event.h"
#include "sxsh-item-list.h"

G_BEGIN_DECLS

/**
 * SxshEventCategory:
 * @SXSH_EVENT_CATEGORY_ALL: every event
 * @SXSH_EVENT_CATEGORY_MEETINGS: workshops, trainings and conferences
 * @SXSH_EVENT_CATEGORY_COMMUNICATION: reportages, articles, leaflets …
 */
typedef enum
{
  SXSH_EVENT_CATEGORY_ALL,
  SXSH_EVENT_CATEGORY_MEETINGS,
  SXSH_EVENT_CATEGORY_COMMUNICATION,
} SxshEventCategory;

/**
 * SxshEventCount:
 * @n_events: events of the kind in the year
 * @participants: their participants
 * @quantity: copies or broadcasts
 * @cost: VND
 * @n_facilities: distinct facilities that attended
 */
typedef struct
{
  guint  n_events;
  gint64 participants;
  gint64 quantity;
  gint64 cost;
  guint  n_facilities;
} SxshEventCount;

#define SXSH_TYPE_EVENT_STORE (sxsh_event_store_get_type ())
G_DECLARE_FINAL_TYPE (SxshEventStore, sxsh_event_store, SXSH, EVENT_STORE, SxshItemList)

SxshEventStore *sxsh_event_store_new              (SxshDatabase       *db);
SxshDatabase   *sxsh_event_store_get_database     (SxshEventStore     *self);
gboolean        sxsh_event_store_reload           (SxshEventStore     *self,
                                                   GError            **error);
void            sxsh_event_store_set_year         (SxshEventStore     *self,
                                                   int                 year);
int             sxsh_event_store_get_year         (SxshEventStore     *self);
void            sxsh_event_store_set_filter_text  (SxshEventStore     *self,
                                                   const char         *text);
const char     *sxsh_event_store_get_filter_text  (SxshEventStore     *self);
void            sxsh_event_store_set_category     (SxshEventStore     *self,
                                                   SxshEventCategory   category);
SxshEventCategory sxsh_event_store_get_category   (SxshEventStore     *self);
void            sxsh_event_store_set_kind_filter  (SxshEventStore     *self,
                                                   int                 kind);
int             sxsh_event_store_get_kind_filter  (SxshEventStore     *self);
guint           sxsh_event_store_get_total        (SxshEventStore     *self);
SxshEvent      *sxsh_event_store_lookup           (SxshEventStore     *self,
                                                   gint64              id);
GListModel     *sxsh_event_store_list_attendees   (SxshEventStore     *self,
                                                   gint64              event_id,
                                                   GError            **error);
GPtrArray      *sxsh_event_store_validate         (SxshEventStore     *self,
                                                   SxshEvent          *event);
gint64          sxsh_event_store_insert           (SxshEventStore     *self,
                                                   SxshEvent          *event,
                                                   GError            **error);
gboolean        sxsh_event_store_update           (SxshEventStore     *self,
                                                   SxshEvent          *event,
                                                   GError            **error);
SxshRowSet     *sxsh_event_store_delete           (SxshEventStore     *self,
                                                   gint64              id,
                                                   GError            **error);
gboolean        sxsh_event_store_undo_delete      (SxshEventStore     *self,
                                                   SxshRowSet         *undo,
                                                   GError            **error);

gboolean        sxsh_event_count_by_kind          (SxshDatabase       *db,
                                                   int                 year,
                                                   SxshEventCount      counts[SXSH_EVENT_N_KINDS],
                                                   GError            **error);

G_END_DECLS

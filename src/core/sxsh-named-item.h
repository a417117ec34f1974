/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A row of a reference list (sector, administrative unit, resource, agency,
 * plan task) for drop-downs and filters. */
#define SXSH_TYPE_NAMED_ITEM (sxsh_named_item_get_type ())
G_DECLARE_FINAL_TYPE (SxshNamedItem, sxsh_named_item, SXSH, NAMED_ITEM, GObject)

SxshNamedItem *sxsh_named_item_new         (gint64         id,
                                            const char    *name,
                                            const char    *detail);
gint64         sxsh_named_item_get_id      (SxshNamedItem *self);
const char    *sxsh_named_item_get_name    (SxshNamedItem *self);
const char    *sxsh_named_item_get_detail  (SxshNamedItem *self);
gint64         sxsh_named_item_get_parent_id (SxshNamedItem *self);
void           sxsh_named_item_set_parent_id (SxshNamedItem *self,
                                              gint64         parent_id);

G_END_DECLS

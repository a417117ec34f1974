/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SXSH_TYPE_ROW (sxsh_row_get_type ())
G_DECLARE_FINAL_TYPE (SxshRow, sxsh_row, SXSH, ROW, GObject)

SxshRow  *sxsh_row_new        (GListModel *source,
                               guint       position);
gpointer  sxsh_row_get_item   (SxshRow    *self);
guint     sxsh_row_get_position (SxshRow  *self);
void      sxsh_row_invalidate (SxshRow    *self);
void      sxsh_row_detach     (SxshRow    *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-row.h"

G_BEGIN_DECLS

#define SXSH_TYPE_ROW_MODEL (sxsh_row_model_get_type ())
G_DECLARE_FINAL_TYPE (SxshRowModel, sxsh_row_model, SXSH, ROW_MODEL, GObject)

SxshRowModel *sxsh_row_model_new        (GListModel   *source);
GListModel   *sxsh_row_model_get_source (SxshRowModel *self);

G_END_DECLS

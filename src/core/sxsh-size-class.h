/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * SxshSizeClass:
 *
 * Enterprise size by Decree 80/2021/NĐ-CP (industry and construction).
 */
typedef enum
{
  SXSH_SIZE_UNKNOWN,
  SXSH_SIZE_MICRO,
  SXSH_SIZE_SMALL,
  SXSH_SIZE_MEDIUM,
  SXSH_SIZE_LARGE,
} SxshSizeClass;

/* One billion VND: revenue and capital are stored in VND. */
#define SXSH_BILLION_VND G_GINT64_CONSTANT (1000000000)

SxshSizeClass  sxsh_size_class_derive      (gint64         employees,
                                            gint64         revenue_vnd,
                                            gint64         capital_vnd);
const char    *sxsh_size_class_to_key      (SxshSizeClass  size);
SxshSizeClass  sxsh_size_class_from_key    (const char    *key);
const char    *sxsh_size_class_get_label   (SxshSizeClass  size);
SxshSizeClass  sxsh_size_class_parse       (const char    *text);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-database.h"

G_BEGIN_DECLS

gboolean sxsh_plan_get_current_years (SxshDatabase  *db,
                                      int           *first_year,
                                      int           *last_year,
                                      GError       **error);

G_END_DECLS

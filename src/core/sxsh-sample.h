/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-database.h"

G_BEGIN_DECLS

/* The years the sample province covers. */
#define SXSH_SAMPLE_FIRST_YEAR 2016
#define SXSH_SAMPLE_LAST_YEAR  2026

/* The default size of the sample province and its default seed. */
#define SXSH_SAMPLE_DEFAULT_FACILITIES 300
#define SXSH_SAMPLE_DEFAULT_SEED       2340
#define SXSH_SAMPLE_MAX_FACILITIES     1000000

gboolean sxsh_sample_generate (SxshDatabase  *db,
                               guint          n_facilities,
                               guint64        seed,
                               GError       **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-cli.h"

G_BEGIN_DECLS

/* What the programme-activity commands (events, supports, certificates,
 * funding, register) share: --year and --json, and the database. */

int   sxsh_cli_activity_setup (SxshCliContext      *ctx,
                               int                 *argc,
                               char              ***argv,
                               const char          *summary,
                               const GOptionEntry  *extra,
                               gboolean            *json,
                               int                 *year,
                               SxshDatabase       **db);
char *sxsh_cli_activity_date  (const char          *iso_date);

G_END_DECLS

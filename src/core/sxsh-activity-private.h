/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-database.h"

G_BEGIN_DECLS

/* What the programme-activity stores (events, supports, certificates,
 * funding, plans, the reporting register) share and nobody else needs. */

/* The lowest and highest year any record may carry (the schema's CHECKs). */
#define SXSH_YEAR_MIN 1990
#define SXSH_YEAR_MAX 2100

gboolean  sxsh_activity_check_issues   (GPtrArray     *issues,
                                        gboolean       accept_warnings,
                                        GError       **error);
void      sxsh_activity_check_date     (GPtrArray     *issues,
                                        const char    *field,
                                        const char    *label,
                                        const char    *date,
                                        gboolean       required);
void      sxsh_activity_check_amount   (GPtrArray     *issues,
                                        const char    *field,
                                        const char    *label,
                                        gint64         amount);
void      sxsh_activity_year_bounds    (int            year,
                                        char           first_day[11],
                                        char           next_first_day[11]);
int       sxsh_activity_date_year      (const char    *iso_date);
void      sxsh_activity_replace_items  (GListModel    *model,
                                        GPtrArray    **items,
                                        GPtrArray     *replacement);
GPtrArray *sxsh_activity_filter        (GPtrArray     *all,
                                        const char    *folded_text,
                                        const char  *(*search_key) (gpointer item),
                                        gboolean     (*accept) (gpointer item,
                                                                gpointer data),
                                        gpointer       data);
char     *sxsh_activity_fold_filter    (const char    *text);
gboolean  sxsh_activity_commit         (SxshDatabase  *db,
                                        const char    *table,
                                        GError       **error);
char     *sxsh_activity_task_label     (const char    *code,
                                        const char    *task);
gboolean  sxsh_activity_set_string     (char         **field,
                                        const GValue  *value);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-database.h"

G_BEGIN_DECLS

/* What the programme-activity stores (events, supports, certificates,
 * funding, plans, the reporting register) share and nobody else needs; the
 * facility store writes its rows with the same helpers. */

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
gboolean  sxsh_activity_commit         (SxshDatabase  *db,
                                        const char    *table,
                                        GError       **error);
gboolean  sxsh_activity_run_for_id     (SxshDatabase  *db,
                                        const char    *sql,
                                        gint64         id,
                                        GError       **error);

/* Binds an object's columns to an INSERT or UPDATE statement. */
typedef void (*SxshActivityBindFunc) (SxshStatement *stmt,
                                      gpointer       object);

gint64    sxsh_activity_write_row      (SxshDatabase          *db,
                                        const char            *sql,
                                        SxshActivityBindFunc   bind,
                                        gpointer               object,
                                        gint64                 id,
                                        int                    id_index,
                                        const char            *missing,
                                        GError               **error);
gint64    sxsh_activity_save_row       (SxshDatabase          *db,
                                        const char            *table,
                                        const char            *sql,
                                        SxshActivityBindFunc   bind,
                                        gpointer               object,
                                        gint64                 id,
                                        int                    id_index,
                                        const char            *missing,
                                        GError               **error);

/* A table holding rows of a deleted row, and its column that names it. */
typedef struct
{
  const char *table;
  const char *column;
} SxshActivityRows;

SxshRowSet *sxsh_activity_delete       (SxshDatabase            *db,
                                        const char              *table,
                                        const SxshActivityRows  *rows,
                                        guint                    n_rows,
                                        const char              *delete_sql,
                                        gint64                   id,
                                        const char              *missing,
                                        GError                 **error);
gboolean  sxsh_activity_undo_delete    (SxshDatabase  *db,
                                        SxshRowSet    *undo,
                                        const char    *table,
                                        GError       **error);
char     *sxsh_activity_task_label     (const char    *code,
                                        const char    *task);
gboolean  sxsh_activity_set_string     (char         **field,
                                        const GValue  *value);

G_END_DECLS

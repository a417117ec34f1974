/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The schema version this program writes; stored in PRAGMA user_version. */
#define SXSH_SCHEMA_VERSION 4
/* 'SXSH' in PRAGMA application_id marks our files. */
#define SXSH_APPLICATION_ID 0x53585348

#define SXSH_TYPE_DATABASE (sxsh_database_get_type ())
G_DECLARE_FINAL_TYPE (SxshDatabase, sxsh_database, SXSH, DATABASE, GObject)

/**
 * SxshStatement:
 *
 * A prepared statement owned by the database's cache.  Get one with
 * sxsh_database_prepare(), bind values, step, and give it back with
 * sxsh_statement_release() (or let g_autoptr do it).
 *
 * A database connection and its statements belong to one thread: a worker
 * thread opens its own connection with sxsh_database_open().
 */
typedef struct _SxshStatement SxshStatement;

/**
 * SxshRowSet:
 *
 * A copy of rows taken before they are deleted, so that a deletion can be
 * undone exactly (same ids, same values).
 */
typedef struct _SxshRowSet SxshRowSet;

char          *sxsh_database_default_path       (void);
char          *sxsh_database_resolve_path       (const char    *explicit_path);
SxshDatabase  *sxsh_database_open               (const char    *path,
                                                 GError       **error);
const char    *sxsh_database_get_path           (SxshDatabase  *self);
int            sxsh_database_get_schema_version (SxshDatabase  *self);
gboolean       sxsh_database_exec               (SxshDatabase  *self,
                                                 const char    *sql,
                                                 GError       **error);
SxshStatement *sxsh_database_prepare            (SxshDatabase  *self,
                                                 const char    *sql,
                                                 GError       **error);
gboolean       sxsh_database_begin              (SxshDatabase  *self,
                                                 GError       **error);
gboolean       sxsh_database_commit             (SxshDatabase  *self,
                                                 GError       **error);
void           sxsh_database_rollback           (SxshDatabase  *self);
gboolean       sxsh_database_in_transaction     (SxshDatabase  *self);
gint64         sxsh_database_last_insert_id     (SxshDatabase  *self);
int            sxsh_database_changes            (SxshDatabase  *self);
gboolean       sxsh_database_set_actor          (SxshDatabase  *self,
                                                 const char    *name,
                                                 GError       **error);
gboolean       sxsh_database_set_logging        (SxshDatabase  *self,
                                                 gboolean       logging,
                                                 GError       **error);
void           sxsh_database_notify_changed     (SxshDatabase  *self,
                                                 const char    *table);
gboolean       sxsh_database_check_integrity    (SxshDatabase  *self,
                                                 GPtrArray    **problems,
                                                 GError       **error);
gboolean       sxsh_database_backup             (SxshDatabase  *self,
                                                 const char    *dest_path,
                                                 GError       **error);
gboolean       sxsh_database_restore            (SxshDatabase  *self,
                                                 const char    *source_path,
                                                 GError       **error);
gint64         sxsh_database_query_int64        (SxshDatabase  *self,
                                                 const char    *sql,
                                                 gint64         fallback,
                                                 GError       **error);

/* Statements */
void           sxsh_statement_release           (SxshStatement *stmt);
void           sxsh_statement_bind_int64        (SxshStatement *stmt,
                                                 int            index,
                                                 gint64         value);
void           sxsh_statement_bind_double       (SxshStatement *stmt,
                                                 int            index,
                                                 double         value);
void           sxsh_statement_bind_text         (SxshStatement *stmt,
                                                 int            index,
                                                 const char    *value);
void           sxsh_statement_bind_null         (SxshStatement *stmt,
                                                 int            index);
void           sxsh_statement_bind_optional_int64 (SxshStatement *stmt,
                                                   int            index,
                                                   gint64         value,
                                                   gboolean       present);
void           sxsh_statement_bind_optional_text (SxshStatement *stmt,
                                                  int            index,
                                                  const char    *value);
int            sxsh_statement_step              (SxshStatement *stmt,
                                                 GError       **error);
gboolean       sxsh_statement_run               (SxshStatement *stmt,
                                                 GError       **error);
gboolean       sxsh_statement_is_null           (SxshStatement *stmt,
                                                 int            column);
gint64         sxsh_statement_get_int64         (SxshStatement *stmt,
                                                 int            column);
int            sxsh_statement_get_int           (SxshStatement *stmt,
                                                 int            column);
double         sxsh_statement_get_double        (SxshStatement *stmt,
                                                 int            column);
const char    *sxsh_statement_get_text          (SxshStatement *stmt,
                                                 int            column);
char          *sxsh_statement_dup_text          (SxshStatement *stmt,
                                                 int            column);

/* Undo of deletions */
SxshRowSet    *sxsh_row_set_new                 (void);
gboolean       sxsh_row_set_capture             (SxshRowSet    *set,
                                                 SxshDatabase  *db,
                                                 const char    *table,
                                                 const char    *key_column,
                                                 gint64         key,
                                                 GError       **error);
gboolean       sxsh_row_set_restore             (SxshRowSet    *set,
                                                 SxshDatabase  *db,
                                                 GError       **error);
guint          sxsh_row_set_get_n_rows          (SxshRowSet    *set);
void           sxsh_row_set_free                (SxshRowSet    *set);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SxshStatement, sxsh_statement_release)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SxshRowSet, sxsh_row_set_free)

/* sxsh_statement_step() results */
#define SXSH_STEP_ERROR (-1)
#define SXSH_STEP_DONE  0
#define SXSH_STEP_ROW   1

G_END_DECLS

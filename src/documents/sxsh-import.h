/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-database.h"

G_BEGIN_DECLS

/**
 * SxshImportKind:
 * @SXSH_IMPORT_FACILITIES: the register of facilities, matched by tax code
 * @SXSH_IMPORT_ANNUAL: yearly statuses and production (facility_year)
 * @SXSH_IMPORT_CONSUMPTION: yearly consumption of energy, materials, water
 */
typedef enum
{
  SXSH_IMPORT_FACILITIES,
  SXSH_IMPORT_ANNUAL,
  SXSH_IMPORT_CONSUMPTION,
} SxshImportKind;

/**
 * SxshImportAction:
 * @SXSH_IMPORT_ACTION_ADD: the row becomes a new record
 * @SXSH_IMPORT_ACTION_UPDATE: the row changes an existing record
 * @SXSH_IMPORT_ACTION_UNCHANGED: the row matches a record that already holds
 *   the same values; nothing is written for it
 */
typedef enum
{
  SXSH_IMPORT_ACTION_ADD,
  SXSH_IMPORT_ACTION_UPDATE,
  SXSH_IMPORT_ACTION_UNCHANGED,
} SxshImportAction;

/**
 * SxshImportIssue:
 * @file: the file's name as shown to the user
 * @row: the row as the spreadsheet numbers it (the header is row 1), or 0
 *   when the problem concerns the whole file
 * @column: (nullable): the column's header as written in the file (or the
 *   expected header for a missing column), %NULL for the whole row or file
 * @message: what is wrong, in the user's language, as a full sentence
 * @warning: %TRUE when the import may go on anyway
 */
typedef struct
{
  char     *file;
  int       row;
  char     *column;
  char     *message;
  gboolean  warning;
} SxshImportIssue;

/* Called every few hundred rows with the part done, from 0 to 1. */
typedef void (*SxshImportProgressFunc) (double   fraction,
                                        gpointer user_data);

#define SXSH_TYPE_IMPORT_PLAN (sxsh_import_plan_get_type ())
G_DECLARE_FINAL_TYPE (SxshImportPlan, sxsh_import_plan, SXSH, IMPORT_PLAN, GObject)

const char       *sxsh_import_kind_to_string        (SxshImportKind          kind);
gboolean          sxsh_import_kind_from_string      (const char             *text,
                                                     SxshImportKind         *kind);
const char       *sxsh_import_kind_get_label        (SxshImportKind          kind);

SxshImportPlan   *sxsh_import_prepare               (SxshDatabase           *db,
                                                     SxshImportKind          kind,
                                                     const char             *path,
                                                     GError                **error);
SxshImportPlan   *sxsh_import_prepare_full          (SxshDatabase           *db,
                                                     SxshImportKind          kind,
                                                     const char             *path,
                                                     GCancellable           *cancellable,
                                                     SxshImportProgressFunc  progress,
                                                     gpointer                user_data,
                                                     GError                **error);
gboolean          sxsh_import_apply                 (SxshImportPlan         *plan,
                                                     GError                **error);
gboolean          sxsh_import_apply_full            (SxshImportPlan         *plan,
                                                     GCancellable           *cancellable,
                                                     SxshImportProgressFunc  progress,
                                                     gpointer                user_data,
                                                     GError                **error);

void              sxsh_import_prepare_async         (SxshDatabase           *db,
                                                     SxshImportKind          kind,
                                                     const char             *path,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
SxshImportPlan   *sxsh_import_prepare_finish        (GAsyncResult           *result,
                                                     GError                **error);
void              sxsh_import_apply_async           (SxshImportPlan         *plan,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
gboolean          sxsh_import_apply_finish          (SxshImportPlan         *plan,
                                                     GAsyncResult           *result,
                                                     GError                **error);

gboolean          sxsh_import_write_template        (SxshDatabase           *db,
                                                     SxshImportKind          kind,
                                                     const char             *path,
                                                     GError                **error);

/* What the plan found */
SxshImportKind    sxsh_import_plan_get_kind         (SxshImportPlan         *self);
const char       *sxsh_import_plan_get_path         (SxshImportPlan         *self);
const char       *sxsh_import_plan_get_file_name    (SxshImportPlan         *self);
const char       *sxsh_import_plan_get_sheet_name   (SxshImportPlan         *self);
gboolean          sxsh_import_plan_get_applied      (SxshImportPlan         *self);
guint             sxsh_import_plan_get_n_to_add     (SxshImportPlan         *self);
guint             sxsh_import_plan_get_n_to_update  (SxshImportPlan         *self);
guint             sxsh_import_plan_get_n_unchanged  (SxshImportPlan         *self);
guint             sxsh_import_plan_get_n_errors     (SxshImportPlan         *self);
guint             sxsh_import_plan_get_n_warnings   (SxshImportPlan         *self);
gboolean          sxsh_import_plan_has_errors       (SxshImportPlan         *self);
GPtrArray        *sxsh_import_plan_get_issues       (SxshImportPlan         *self);

/* The preview: the rows read without error, with their values as they will
 * be stored (names of sectors and units as in the database, sizes as
 * labels), in the columns the file has. */
guint             sxsh_import_plan_get_n_columns    (SxshImportPlan         *self);
const char       *sxsh_import_plan_get_column_key   (SxshImportPlan         *self,
                                                     guint                   column);
const char       *sxsh_import_plan_get_column_title (SxshImportPlan         *self,
                                                     guint                   column);
guint             sxsh_import_plan_get_n_rows       (SxshImportPlan         *self);
SxshImportAction  sxsh_import_plan_get_row_action   (SxshImportPlan         *self,
                                                     guint                   row);
int               sxsh_import_plan_get_row_number   (SxshImportPlan         *self,
                                                     guint                   row);
const char       *sxsh_import_plan_get_value        (SxshImportPlan         *self,
                                                     guint                   row,
                                                     guint                   column);
gboolean          sxsh_import_plan_get_value_changed
                                                    (SxshImportPlan         *self,
                                                     guint                   row,
                                                     guint                   column);

char             *sxsh_import_issue_to_string       (const SxshImportIssue  *issue);
char             *sxsh_import_issue_to_line         (const SxshImportIssue  *issue);

G_END_DECLS

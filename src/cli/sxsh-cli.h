/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-database.h"

G_BEGIN_DECLS

/* Exit statuses: scripts and tests depend on them. */
#define SXSH_CLI_EXIT_OK      0
#define SXSH_CLI_EXIT_FAILURE 1
#define SXSH_CLI_EXIT_USAGE   2

/**
 * SxshCliContext:
 * @program: "sxsh-cli"
 * @command: the subcommand's name, e.g. "init"
 * @db_path: the database file chosen by `--db`, `SXSH_DB` or the default
 *
 * What main() hands to every subcommand.
 */
typedef struct
{
  const char *program;
  const char *command;
  char       *db_path;
} SxshCliContext;

/* A subcommand gets its own arguments, argv[0] being "sxsh-cli COMMAND",
 * and returns an exit status. */
typedef int (*SxshCliCommandFunc) (SxshCliContext  *ctx,
                                   int              argc,
                                   char           **argv);

/* The subcommands.  Adding one is a file sxsh-cli-NAME.c with its function
 * declared here and a line in the table of main.c. */
int sxsh_cli_init       (SxshCliContext *ctx, int argc, char **argv);
int sxsh_cli_facilities (SxshCliContext *ctx, int argc, char **argv);
int sxsh_cli_check      (SxshCliContext *ctx, int argc, char **argv);
int sxsh_cli_backup     (SxshCliContext *ctx, int argc, char **argv);
int sxsh_cli_restore    (SxshCliContext *ctx, int argc, char **argv);
int sxsh_cli_import     (SxshCliContext *ctx, int argc, char **argv);
int sxsh_cli_indicators (SxshCliContext *ctx, int argc, char **argv);
int sxsh_cli_events       (SxshCliContext *ctx, int argc, char **argv);
int sxsh_cli_supports     (SxshCliContext *ctx, int argc, char **argv);
int sxsh_cli_certificates (SxshCliContext *ctx, int argc, char **argv);
int sxsh_cli_funding      (SxshCliContext *ctx, int argc, char **argv);
int sxsh_cli_register     (SxshCliContext *ctx, int argc, char **argv);
int sxsh_cli_report       (SxshCliContext *ctx, int argc, char **argv);
int sxsh_cli_certificate  (SxshCliContext *ctx, int argc, char **argv);
int sxsh_cli_reminders    (SxshCliContext *ctx, int argc, char **argv);
int sxsh_cli_forms        (SxshCliContext *ctx, int argc, char **argv);

/* Helpers shared by the subcommands (sxsh-cli-common.c). */

GOptionContext *sxsh_cli_option_context_new (SxshCliContext      *ctx,
                                             const char          *parameters,
                                             const char          *summary,
                                             const GOptionEntry  *entries);
gboolean        sxsh_cli_parse_options      (SxshCliContext      *ctx,
                                             GOptionContext      *options,
                                             int                 *argc,
                                             char              ***argv,
                                             int                 *exit_status);
int             sxsh_cli_usage_error        (SxshCliContext      *ctx,
                                             const char          *format,
                                             ...) G_GNUC_PRINTF (2, 3);
void            sxsh_cli_print_error        (const char          *format,
                                             ...) G_GNUC_PRINTF (1, 2);
int             sxsh_cli_fail               (const GError        *error);
SxshDatabase   *sxsh_cli_open_database      (SxshCliContext      *ctx,
                                             gboolean             create,
                                             GError             **error);

void            sxsh_cli_json_string        (GString             *out,
                                             const char          *text);

/* A plain table printed with aligned columns. */
typedef struct _SxshCliTable SxshCliTable;

SxshCliTable   *sxsh_cli_table_new          (guint                n_columns,
                                             ...);
void            sxsh_cli_table_add_row      (SxshCliTable        *table,
                                             ...);
void            sxsh_cli_table_print        (SxshCliTable        *table);
void            sxsh_cli_table_free         (SxshCliTable        *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SxshCliTable, sxsh_cli_table_free)

G_END_DECLS

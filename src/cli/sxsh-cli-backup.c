/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-cli.h"

/* sxsh-cli backup FILE
 *
 * Writes a consistent copy of the whole database, even while the
 * application has it open. */
int
sxsh_cli_backup (SxshCliContext  *ctx,
                 int              argc,
                 char           **argv)
{
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  options = sxsh_cli_option_context_new (ctx, _("FILE"),
                                         _("Copy the whole database to FILE (replaced when it "
                                           "exists)."),
                                         NULL);
  if (!sxsh_cli_parse_options (ctx, options, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return sxsh_cli_usage_error (ctx, _("Give the backup file to write."));
  if (argc > 2)
    return sxsh_cli_usage_error (ctx, _("Unexpected argument “%s”."), argv[2]);

  db = sxsh_cli_open_database (ctx, FALSE, &error);
  if (db == NULL)
    return sxsh_cli_fail (error);
  if (!sxsh_database_backup (db, argv[1], &error))
    return sxsh_cli_fail (error);
  g_print (_("Backed up %s to %s\n"), ctx->db_path, argv[1]);
  return SXSH_CLI_EXIT_OK;
}

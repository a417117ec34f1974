/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-cli.h"

/* sxsh-cli restore FILE
 *
 * Replaces the whole database with a backup, after the core has checked
 * that the backup is an SXSH Tracker database this version can read.  The
 * database may not exist yet: restoring is how a new computer is set up. */
int
sxsh_cli_restore (SxshCliContext  *ctx,
                  int              argc,
                  char           **argv)
{
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  options = sxsh_cli_option_context_new (ctx, _("FILE"),
                                         _("Replace the whole database with the backup FILE."),
                                         NULL);
  if (!sxsh_cli_parse_options (ctx, options, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return sxsh_cli_usage_error (ctx, _("Give the backup file to restore."));
  if (argc > 2)
    return sxsh_cli_usage_error (ctx, _("Unexpected argument “%s”."), argv[2]);

  /* Checked before the target is opened, so that a mistyped name does not
   * leave an empty database behind. */
  if (!g_file_test (argv[1], G_FILE_TEST_IS_REGULAR))
    {
      sxsh_cli_print_error (_("The backup “%s” does not exist."), argv[1]);
      return SXSH_CLI_EXIT_FAILURE;
    }

  db = sxsh_cli_open_database (ctx, TRUE, &error);
  if (db == NULL)
    return sxsh_cli_fail (error);
  if (!sxsh_database_restore (db, argv[1], &error))
    return sxsh_cli_fail (error);
  g_print (_("Restored %s from %s\n"), ctx->db_path, argv[1]);
  return SXSH_CLI_EXIT_OK;
}

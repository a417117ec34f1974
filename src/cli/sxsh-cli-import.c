/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-cli.h"
#include "sxsh-import.h"

/* Prints the issues as a compiler does ("FILE:ROW:COLUMN: reason"), so that
 * editors and scripts can jump to them: errors first, then warnings. */
static void
print_issues (SxshImportPlan *plan)
{
  GPtrArray *issues = sxsh_import_plan_get_issues (plan);

  for (int warnings = 0; warnings <= 1; warnings++)
    for (guint i = 0; i < issues->len; i++)
      {
        const SxshImportIssue *issue = g_ptr_array_index (issues, i);
        g_autofree char *line = NULL;

        if (issue->warning != warnings)
          continue;
        line = sxsh_import_issue_to_line (issue);
        g_printerr ("%s\n", line);
      }
}

static char *
describe_source (SxshImportPlan *plan)
{
  const char *sheet = sxsh_import_plan_get_sheet_name (plan);

  if (sheet == NULL || *sheet == '\0')
    return g_strdup (sxsh_import_plan_get_file_name (plan));
  /* TRANSLATORS: a file and the worksheet read in it. */
  return g_strdup_printf (_("%s, sheet “%s”"), sxsh_import_plan_get_file_name (plan), sheet);
}

/* sxsh-cli import facilities|annual|consumption FILE [--dry-run | --template]
 *
 * All or nothing: the whole file is checked first; with any error, every
 * error is printed and nothing is written.  --template writes an empty
 * workbook to fill in instead. */
int
sxsh_cli_import (SxshCliContext  *ctx,
                 int              argc,
                 char           **argv)
{
  gboolean dry_run = FALSE;
  gboolean template = FALSE;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Check the file and say what would change, without writing anything"), NULL },
    { "template", 0, 0, G_OPTION_ARG_NONE, &template,
      N_("Write an empty workbook with the right column headers to FILE (.xlsx) instead of "
         "importing"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(SxshImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  g_autofree char *warnings = NULL;
  SxshImportKind kind;
  guint n_warnings;
  int status;

  options = sxsh_cli_option_context_new (ctx, _("facilities|annual|consumption FILE"),
                                         _("Import facilities, annual data or consumption from a "
                                           "CSV or XLSX file whose first row holds the column "
                                           "headers. Nothing is written unless every row is "
                                           "correct."),
                                         entries);
  if (!sxsh_cli_parse_options (ctx, options, &argc, &argv, &status))
    return status;
  if (argc < 3)
    return sxsh_cli_usage_error (ctx, _("Say what to import (facilities, annual or consumption) "
                                        "and from which file."));
  if (argc > 3)
    return sxsh_cli_usage_error (ctx, _("Unexpected argument “%s”."), argv[3]);
  if (!sxsh_import_kind_from_string (argv[1], &kind))
    return sxsh_cli_usage_error (ctx, _("Unknown kind of data “%s”: use facilities, annual or "
                                        "consumption."), argv[1]);
  if (template && dry_run)
    return sxsh_cli_usage_error (ctx, _("--template and --dry-run cannot be used together."));

  if (template)
    {
      /* The drop-down lists come from the database when there is one. */
      if (g_file_test (ctx->db_path, G_FILE_TEST_EXISTS))
        {
          db = sxsh_cli_open_database (ctx, FALSE, &error);
          if (db == NULL)
            return sxsh_cli_fail (error);
        }
      if (!sxsh_import_write_template (db, kind, argv[2], &error))
        return sxsh_cli_fail (error);
      g_print (_("Wrote %s: fill in the rows under the headers, then import it.\n"), argv[2]);
      return SXSH_CLI_EXIT_OK;
    }

  db = sxsh_cli_open_database (ctx, FALSE, &error);
  if (db == NULL)
    return sxsh_cli_fail (error);

  plan = sxsh_import_prepare (db, kind, argv[2], &error);
  if (plan == NULL)
    return sxsh_cli_fail (error);

  print_issues (plan);
  source = describe_source (plan);
  if (sxsh_import_plan_has_errors (plan))
    {
      guint n_errors = sxsh_import_plan_get_n_errors (plan);

      sxsh_cli_print_error (g_dngettext (GETTEXT_PACKAGE,
                                         "%s: %u error; nothing was imported.",
                                         "%s: %u errors; nothing was imported.", n_errors),
                            source, n_errors);
      return SXSH_CLI_EXIT_FAILURE;
    }

  n_warnings = sxsh_import_plan_get_n_warnings (plan);
  warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                           n_warnings), n_warnings);
  /* TRANSLATORS: the source, then counts of rows, then "N warnings". */
  g_print (_("%s: %u to add, %u to update, %u unchanged, %s.\n"), source,
           sxsh_import_plan_get_n_to_add (plan), sxsh_import_plan_get_n_to_update (plan),
           sxsh_import_plan_get_n_unchanged (plan), warnings);

  if (dry_run)
    {
      g_print ("%s\n", _("Dry run: nothing was written."));
      return SXSH_CLI_EXIT_OK;
    }

  if (!sxsh_import_apply (plan, &error))
    return sxsh_cli_fail (error);
  g_print (_("Imported: %u added, %u updated.\n"), sxsh_import_plan_get_n_to_add (plan),
           sxsh_import_plan_get_n_to_update (plan));
  return SXSH_CLI_EXIT_OK;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "sxsh-cli.h"

typedef struct
{
  const char         *name;
  SxshCliCommandFunc  func;
  const char         *summary;   /* translatable, marked with N_() */
} Command;

/* The subcommands, in the order --help lists them.  A new subcommand is one
 * line here and one file sxsh-cli-NAME.c. */
static const Command commands[] = {
  { "init",       sxsh_cli_init,       N_("Create or update the database; --sample adds a "
                                          "sample province") },
  { "facilities", sxsh_cli_facilities, N_("List facilities (--search TEXT, --json)") },
  { "check",      sxsh_cli_check,      N_("Check integrity and data quality") },
  { "backup",     sxsh_cli_backup,     N_("Copy the database to FILE") },
  { "restore",    sxsh_cli_restore,    N_("Replace the database with the backup FILE") },
  { "import",     sxsh_cli_import,     N_("Import facilities, annual data or consumption from CSV "
                                          "or XLSX (--dry-run)") },
  { "indicators", sxsh_cli_indicators, N_("The plan's indicators of a year (--year Y, --json)") },
  { "events", sxsh_cli_events, N_("Events and communication of a year (--year Y, --json)") },
  { "supports", sxsh_cli_supports, N_("Technical support and CP options of a year (--year Y, "
                                      "--json)") },
  { "certificates", sxsh_cli_certificates, N_("Certificates numbered in a year (--year Y, "
                                              "--json)") },
  { "funding", sxsh_cli_funding, N_("Budget lines of a year (--year Y, --json)") },
  { "register", sxsh_cli_register, N_("Annual reports expected in a year (--year Y, --json)") },
  { "report", sxsh_cli_report, N_("Write the annual report as PDF or XLSX (--year Y, --format, "
                                  "-o FILE)") },
  { "certificate", sxsh_cli_certificate, N_("Print certificates as a PDF (NUMBER…, -o FILE)") },
  { "reminders", sxsh_cli_reminders, N_("Reminder letters to overdue reporters (--year Y, "
                                        "-o FILE)") },
  { "forms", sxsh_cli_forms, N_("Annual report forms for the facilities applying CP (--year Y, "
                                "-o DIR)") },
};

static const Command *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (commands[i].name, name) == 0)
      return &commands[i];
  return NULL;
}

static char *
commands_description (void)
{
  GString *text = g_string_new (_("Commands:"));
  gsize width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, strlen (commands[i].name));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "\n  %-*s  %s", (int) width, commands[i].name,
                            _(commands[i].summary));
  g_string_append_c (text, '\n');
  g_string_append (text, _("Run “sxsh-cli COMMAND --help” for the options of a command."));
  return g_string_free (text, FALSE);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *db_option = NULL;
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_option,
      N_("Database file (default: $SXSH_DB, else the user's data folder)"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the program's version"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *prgname = NULL;
  SxshCliContext ctx = { "sxsh-cli", NULL, NULL };
  const Command *command;
  int status;

  /* Without the locale, g_print turns Vietnamese into question marks. */
  setlocale (LC_ALL, "");
  /* SXSH_LOCALEDIR lets the tool speak Vietnamese from the build tree too,
   * as the application does. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SXSH_LOCALEDIR") ? g_getenv ("SXSH_LOCALEDIR")
                                                                : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("sxsh-cli");

  options = g_option_context_new (_("COMMAND [ARGUMENT…]"));
  g_option_context_set_translation_domain (options, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (options, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (options,
                                _("Keep the register of the cleaner-production programme: the "
                                  "same database and rules as the SXSH Tracker application."));
  description = commands_description ();
  g_option_context_set_description (options, description);
  /* Options after the command belong to the command. */
  g_option_context_set_strict_posix (options, TRUE);

  if (!g_option_context_parse (options, &argc, &argv, &error))
    return sxsh_cli_usage_error (NULL, "%s", error->message);
  if (version)
    {
      g_print ("sxsh-cli %s\n", PACKAGE_VERSION);
      return SXSH_CLI_EXIT_OK;
    }
  if (argc < 2)
    return sxsh_cli_usage_error (NULL, _("No command given."));

  command = find_command (argv[1]);
  if (command == NULL)
    return sxsh_cli_usage_error (NULL, _("Unknown command “%s”."), argv[1]);

  ctx.command = command->name;
  ctx.db_path = sxsh_database_resolve_path (db_option);
  /* The command's --help then reads "sxsh-cli init [OPTION…]". */
  prgname = g_strdup_printf ("sxsh-cli %s", command->name);
  g_set_prgname (prgname);

  status = command->func (&ctx, argc - 1, argv + 1);
  g_free (ctx.db_path);
  return status;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>
#include <string.h>

#include "sxsh-cli.h"
#include "sxsh-error.h"

/* Every subcommand also takes --db, so that "sxsh-cli init --db x.db" works
 * as well as "sxsh-cli --db x.db init". */
static char *db_override;

static const GOptionEntry db_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_override,
    N_("Database file (default: $SXSH_DB, else the user's data folder)"), N_("PATH") },
  { NULL }
};

/**
 * sxsh_cli_option_context_new:
 * @parameters: what follows the options in the usage line ("FILE"), or %NULL
 * @summary: one sentence saying what the subcommand does
 * @entries: (nullable): the subcommand's options
 *
 * Returns: (transfer full): an option context whose --help shows
 *   "sxsh-cli COMMAND [OPTION…] PARAMETERS"
 */
GOptionContext *
sxsh_cli_option_context_new (SxshCliContext     *ctx,
                             const char         *parameters,
                             const char         *summary,
                             const GOptionEntry *entries)
{
  GOptionContext *options = g_option_context_new (parameters);

  g_option_context_set_translation_domain (options, GETTEXT_PACKAGE);
  g_option_context_set_summary (options, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (options, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (options, db_entries, GETTEXT_PACKAGE);
  return options;
}

/**
 * sxsh_cli_parse_options:
 * @exit_status: (out): the status to exit with when parsing fails
 *
 * Parses a subcommand's options; a mistake is a usage error (status 2),
 * printed with a hint to --help.
 *
 * Returns: %TRUE when the command can go on
 */
gboolean
sxsh_cli_parse_options (SxshCliContext   *ctx,
                        GOptionContext   *options,
                        int              *argc,
                        char           ***argv,
                        int              *exit_status)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (options, argc, argv, &error))
    {
      *exit_status = sxsh_cli_usage_error (ctx, "%s", error->message);
      return FALSE;
    }
  if (db_override != NULL)
    {
      g_free (ctx->db_path);
      ctx->db_path = sxsh_database_resolve_path (db_override);
      g_clear_pointer (&db_override, g_free);
    }
  return TRUE;
}

static void
print_error_va (const char *format,
                va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  g_printerr ("sxsh-cli: %s\n", message);
}

/* Prints "sxsh-cli: MESSAGE" on standard error. */
void
sxsh_cli_print_error (const char *format,
                      ...)
{
  va_list args;

  va_start (args, format);
  print_error_va (format, args);
  va_end (args);
}

/* Prints a usage mistake with a hint and returns the usage status. */
int
sxsh_cli_usage_error (SxshCliContext *ctx,
                      const char     *format,
                      ...)
{
  va_list args;

  va_start (args, format);
  print_error_va (format, args);
  va_end (args);
  if (ctx != NULL && ctx->command != NULL)
    g_printerr (_("Try “%s %s --help”.\n"), ctx->program, ctx->command);
  else
    g_printerr (_("Try “%s --help”.\n"), "sxsh-cli");
  return SXSH_CLI_EXIT_USAGE;
}

/* Prints an error of the core and returns the failure status. */
int
sxsh_cli_fail (const GError *error)
{
  sxsh_cli_print_error ("%s", error ? error->message : _("Unknown error."));
  return SXSH_CLI_EXIT_FAILURE;
}

/**
 * sxsh_cli_open_database:
 * @create: whether a missing database may be created (init, restore)
 *
 * Opens the chosen database.  Commands that only read refuse a missing file
 * instead of creating an empty one, which would hide a wrong --db.
 *
 * Returns: (transfer full): the database, or %NULL
 */
SxshDatabase *
sxsh_cli_open_database (SxshCliContext  *ctx,
                        gboolean         create,
                        GError         **error)
{
  if (!create && !g_file_test (ctx->db_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                   _("There is no database at “%s”. Create it with “sxsh-cli init”, or choose "
                     "another file with --db."),
                   ctx->db_path);
      return NULL;
    }
  return sxsh_database_open (ctx->db_path, error);
}

/* Appends @text as a JSON string, quotes included. */
void
sxsh_cli_json_string (GString    *out,
                      const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text ? text : ""; *p; p++)
    {
      unsigned char c = (unsigned char) *p;

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

struct _SxshCliTable
{
  guint      n_columns;
  GPtrArray *rows;       /* char** of n_columns strings; the first is the header */
};

static void
table_add_row_va (SxshCliTable *table,
                  va_list       args)
{
  char **row = g_new0 (char *, table->n_columns + 1);

  for (guint i = 0; i < table->n_columns; i++)
    {
      const char *cell = va_arg (args, const char *);
      row[i] = g_strdup (cell ? cell : "");
    }
  g_ptr_array_add (table->rows, row);
}

/* A table with @n_columns column headers given as the variable arguments. */
SxshCliTable *
sxsh_cli_table_new (guint n_columns,
                    ...)
{
  SxshCliTable *table = g_new0 (SxshCliTable, 1);
  va_list args;

  table->n_columns = n_columns;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  va_start (args, n_columns);
  table_add_row_va (table, args);
  va_end (args);
  return table;
}

void
sxsh_cli_table_add_row (SxshCliTable *table,
                        ...)
{
  va_list args;

  va_start (args, table);
  table_add_row_va (table, args);
  va_end (args);
}

/* Prints the table with columns padded to their widest cell, counted in
 * characters so that Vietnamese text lines up. */
void
sxsh_cli_table_print (SxshCliTable *table)
{
  g_autofree glong *widths = g_new0 (glong, table->n_columns);
  GString *line = g_string_new (NULL);

  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);
      for (guint c = 0; c < table->n_columns; c++)
        widths[c] = MAX (widths[c], g_utf8_strlen (row[c], -1));
    }

  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      g_string_truncate (line, 0);
      for (guint c = 0; c < table->n_columns; c++)
        {
          g_string_append (line, row[c]);
          if (c + 1 < table->n_columns)
            for (glong pad = g_utf8_strlen (row[c], -1); pad < widths[c] + 2; pad++)
              g_string_append_c (line, ' ');
        }
      g_print ("%s\n", line->str);
    }
  g_string_free (line, TRUE);
}

void
sxsh_cli_table_free (SxshCliTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->rows);
  g_free (table);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sxsh-error.h"
#include "sxsh-table-reader-private.h"

/* CSV as Excel and LibreOffice write it (RFC 4180): fields separated by
 * commas, or by semicolons where the decimal mark is a comma (Excel in a
 * Vietnamese locale), or by tabs ("Unicode text"); a field in double quotes
 * may hold the separator, line breaks and doubled quotes. */

static int
line_of (const char *data,
         const char *at)
{
  int line = 1;

  for (const char *p = data; p < at; p++)
    if (*p == '\n' || (*p == '\r' && p + 1 < at && p[1] != '\n'))
      line++;
  return line;
}

/* Counts the candidate separators in the first record, outside quotes: the
 * header row, which holds no numbers whose decimal commas could mislead. */
static char
detect_delimiter (const char *p,
                  const char *end)
{
  gsize commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\n' || *p == '\r')
        break;
      else if (*p == ',')
        commas++;
      else if (*p == ';')
        semicolons++;
      else if (*p == '\t')
        tabs++;
    }

  if (semicolons > commas && semicolons >= tabs)
    return ';';
  if (tabs > commas && tabs > semicolons)
    return '\t';
  return ',';
}

static gboolean
parse (SxshTable   *table,
       const char  *data,
       gsize        length,
       const char  *display_name,
       GError     **error)
{
  const char *p = data;
  const char *end = data + length;
  g_autoptr(GString) field = g_string_new (NULL);
  SxshSheet *sheet;
  char delimiter;
  guint row = 0, column = 0;

  /* Excel understands a first line "sep=;" naming the separator. */
  if (length >= 5 && g_ascii_strncasecmp (p, "sep=", 4) == 0
      && (p + 5 == end || p[5] == '\r' || p[5] == '\n'))
    {
      delimiter = p[4];
      p += 5;
      if (p < end && *p == '\r')
        p++;
      if (p < end && *p == '\n')
        p++;
    }
  else
    delimiter = detect_delimiter (p, end);

  table->delimiter = delimiter;
  sheet = sxsh_table_add_sheet (table, "");

  while (p < end)
    {
      gboolean at_record_end = FALSE;

      g_string_truncate (field, 0);

      if (*p == '"')
        {
          const char *opening = p;

          p++;
          for (;;)
            {
              const char *quote = memchr (p, '"', end - p);

              if (quote == NULL)
                {
                  g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                               _("“%s”, line %d: a field opened with a quote mark (\") is "
                                 "never closed."),
                               display_name, line_of (data, opening));
                  return FALSE;
                }
              g_string_append_len (field, p, quote - p);
              p = quote + 1;
              if (p < end && *p == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                  continue;
                }
              break;
            }
          /* Text after the closing quote is kept, as spreadsheets do. */
          while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
            g_string_append_c (field, *p++);
        }
      else
        {
          const char *start = p;

          while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
            p++;
          g_string_append_len (field, start, p - start);
        }

      if (p >= end)
        at_record_end = TRUE;
      else if (*p == delimiter)
        p++;
      else
        {
          if (*p == '\r')
            p++;
          if (p < end && *p == '\n')
            p++;
          at_record_end = TRUE;
        }

      if (field->len > 0)
        {
          if (column >= SXSH_SHEET_MAX_COLUMNS)
            {
              g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                           _("“%s”, row %u: more than %d columns."),
                           display_name, row + 1, SXSH_SHEET_MAX_COLUMNS);
              return FALSE;
            }
          sxsh_sheet_set_cell (sheet, row, column, SXSH_CELL_STRING,
                               g_strndup (field->str, field->len), 0);
        }
      column++;

      if (at_record_end)
        {
          row++;
          column = 0;
          if (row >= SXSH_SHEET_MAX_ROWS && p < end)
            {
              g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                           _("“%s” has more than %d rows."),
                           display_name, SXSH_SHEET_MAX_ROWS);
              return FALSE;
            }
        }
    }

  sxsh_sheet_finish (sheet);
  return TRUE;
}

/**
 * sxsh_table_read_csv_data:
 * @display_name: the file name shown in error messages
 *
 * Reads CSV text: UTF-8 with or without a byte order mark, or UTF-16 with
 * one; the separator is recognised from the header row.
 *
 * Returns: (transfer full): a table of one sheet, or %NULL with
 *   %SXSH_ERROR_IMPORT
 */
SxshTable *
sxsh_table_read_csv_data (const char  *data,
                          gsize        length,
                          const char  *display_name,
                          GError     **error)
{
  g_autoptr(SxshTable) table = NULL;
  g_autofree char *converted = NULL;
  const char *invalid = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (length >= 2 && ((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE))
    {
      gsize n_written = 0;

      converted = g_convert (data + 2, length - 2, "UTF-8", "UTF-16LE", NULL, &n_written, NULL);
      if (converted == NULL)
        goto not_unicode;
      data = converted;
      length = n_written;
    }
  else if (length >= 2 && ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF))
    {
      gsize n_written = 0;

      converted = g_convert (data + 2, length - 2, "UTF-8", "UTF-16BE", NULL, &n_written, NULL);
      if (converted == NULL)
        goto not_unicode;
      data = converted;
      length = n_written;
    }
  else if (length >= 3 && memcmp (data, "\357\273\277", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      /* Legacy Vietnamese encodings (Windows-1258, TCVN3, VNI) cannot be told
       * apart reliably, and a wrong guess would store garbled names: ask for
       * UTF-8 instead, naming the line so the user can look at it. */
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                   _("“%s”, line %d: the text is not UTF-8. In Excel, save the file as "
                     "“CSV UTF-8 (Comma delimited)” (or as .xlsx) and import it again."),
                   display_name, line_of (data, invalid));
      return NULL;
    }

  table = sxsh_table_new ();
  if (!parse (table, data, length, display_name, error))
    return NULL;
  return g_steal_pointer (&table);

not_unicode:
  g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
               _("“%s” says it is UTF-16 text but is damaged. Save it again as CSV UTF-8."),
               display_name);
  return NULL;
}

SxshTable *
sxsh_table_read_csv (const char  *path,
                     GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_basename (path);
  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                   _("Cannot read “%s”: %s"), display, local_error->message);
      return NULL;
    }
  return sxsh_table_read_csv_data (contents, length, display, error);
}

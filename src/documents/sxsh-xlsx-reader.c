/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unzip.h>

#include "sxsh-error.h"
#include "sxsh-table-reader-private.h"

/* An .xlsx workbook is a ZIP archive of XML parts (ECMA-376): the package
 * relationships name the workbook part, the workbook lists the sheets in
 * order and its relationships give each sheet's part, the shared strings
 * and the styles (which say which number cells are dates).  Writers differ
 * in namespace prefixes, in whether they write cell references and in how
 * they store strings, so every element and attribute is matched by its
 * local name and every optional part may be missing. */

/* No part of a workbook of facilities comes near this; a larger one is a
 * damaged file or a "ZIP bomb". */
#define MAX_PART_SIZE (256 * 1024 * 1024)

/* 31/12/9999, the last day Excel can show. */
#define MAX_DATE_SERIAL 2958466.0

typedef struct
{
  unzFile     zip;
  const char *display;
} Package;

typedef struct
{
  char     *name;
  char     *rel_id;
  gboolean  hidden;
} SheetEntry;

typedef struct
{
  char *id;
  char *type;
  char *target;
} Relationship;

static void
sheet_entry_free (gpointer data)
{
  SheetEntry *entry = data;

  g_free (entry->name);
  g_free (entry->rel_id);
  g_free (entry);
}

static void
relationship_free (gpointer data)
{
  Relationship *rel = data;

  g_free (rel->id);
  g_free (rel->type);
  g_free (rel->target);
  g_free (rel);
}

static const char *
local_name (const char *name)
{
  const char *colon = strrchr (name, ':');

  return colon != NULL ? colon + 1 : name;
}

static const char *
find_attribute (const char  **names,
                const char  **values,
                const char   *wanted)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (local_name (names[i]), wanted))
      return values[i];
  return NULL;
}

static void
set_damaged (GError     **error,
             const char  *display,
             const char  *detail)
{
  g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
               _("“%s” is damaged (%s). Open it in Excel or LibreOffice, save it again and "
                 "import the new file."),
               display, detail);
}

/* Reads one part of the package into memory.  @missing is set, without an
 * error, when the package has no such part. */
static char *
read_part (Package     *package,
           const char  *name,
           gsize       *length,
           gboolean    *missing,
           GError     **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  unz_file_info64 info;
  char buffer[65536];
  int rc;

  *missing = FALSE;
  if (unzLocateFile (package->zip, name, 2) != UNZ_OK)
    {
      *missing = TRUE;
      return NULL;
    }
  if (unzGetCurrentFileInfo64 (package->zip, &info, NULL, 0, NULL, 0, NULL, 0) != UNZ_OK
      || info.uncompressed_size > MAX_PART_SIZE)
    {
      set_damaged (error, package->display, name);
      return NULL;
    }
  if (info.flag & 1)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                   _("“%s” is protected by a password. Save a copy without the password and "
                     "import that copy."), package->display);
      return NULL;
    }
  if (unzOpenCurrentFile (package->zip) != UNZ_OK)
    {
      set_damaged (error, package->display, name);
      return NULL;
    }

  bytes = g_byte_array_sized_new (MIN (info.uncompressed_size, MAX_PART_SIZE) + 1);
  while ((rc = unzReadCurrentFile (package->zip, buffer, sizeof buffer)) > 0)
    {
      if (bytes->len + rc > MAX_PART_SIZE)
        {
          rc = UNZ_BADZIPFILE;
          break;
        }
      g_byte_array_append (bytes, (const guint8 *) buffer, rc);
    }
  if (unzCloseCurrentFile (package->zip) != UNZ_OK || rc < 0)
    {
      set_damaged (error, package->display, name);
      return NULL;
    }

  *length = bytes->len;
  g_byte_array_append (bytes, (const guint8 *) "", 1);
  return (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
}

static gboolean
parse_part (Package                *package,
            const char             *name,
            const char             *contents,
            gsize                   length,
            const GMarkupParser    *parser,
            gpointer                user_data,
            GError                **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) markup_error = NULL;

  context = g_markup_parse_context_new (parser, G_MARKUP_PREFIX_ERROR_POSITION, user_data, NULL);
  if (!g_markup_parse_context_parse (context, contents, length, &markup_error)
      || !g_markup_parse_context_end_parse (context, &markup_error))
    {
      if (g_error_matches (markup_error, SXSH_ERROR, SXSH_ERROR_IMPORT))
        g_propagate_error (error, g_steal_pointer (&markup_error));
      else
        {
          g_autofree char *detail = g_strdup_printf ("%s: %s", name, markup_error->message);

          set_damaged (error, package->display, detail);
        }
      return FALSE;
    }
  return TRUE;
}

/* Resolves a relationship target against the folder of the part that
 * names it: "worksheets/sheet1.xml" from "xl/workbook.xml" is
 * "xl/worksheets/sheet1.xml"; "/xl/x.xml" is absolute. */
static char *
resolve_target (const char *source_part,
                const char *target)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_auto(GStrv) base = NULL;
  g_auto(GStrv) relative = NULL;

  if (target[0] == '/')
    return g_strdup (target + 1);

  base = g_strsplit (source_part, "/", -1);
  relative = g_strsplit (target, "/", -1);

  /* The last component of the source is the part itself. */
  for (guint i = 0; base[i] != NULL && base[i + 1] != NULL; i++)
    g_ptr_array_add (parts, base[i]);
  for (guint i = 0; relative[i] != NULL; i++)
    {
      if (g_str_equal (relative[i], "..") && parts->len > 0)
        g_ptr_array_set_size (parts, parts->len - 1);
      else if (!g_str_equal (relative[i], ".") && !g_str_equal (relative[i], ""))
        g_ptr_array_add (parts, relative[i]);
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("/", (char **) parts->pdata);
}

/* Relationships (_rels/.rels, xl/_rels/workbook.xml.rels) */

static void
rels_start (GMarkupParseContext  *context,
            const char           *element,
            const char          **names,
            const char          **values,
            gpointer              user_data,
            GError              **error)
{
  GPtrArray *rels = user_data;
  const char *id, *type, *target, *mode;
  Relationship *rel;

  if (!g_str_equal (local_name (element), "Relationship"))
    return;
  id = find_attribute (names, values, "Id");
  type = find_attribute (names, values, "Type");
  target = find_attribute (names, values, "Target");
  mode = find_attribute (names, values, "TargetMode");
  if (id == NULL || type == NULL || target == NULL
      || (mode != NULL && g_str_equal (mode, "External")))
    return;

  rel = g_new0 (Relationship, 1);
  rel->id = g_strdup (id);
  rel->type = g_strdup (type);
  rel->target = g_strdup (target);
  g_ptr_array_add (rels, rel);
}

static const GMarkupParser rels_parser = { rels_start, NULL, NULL, NULL, NULL };

static GPtrArray *
read_rels (Package     *package,
           const char  *part,
           GError     **error)
{
  g_autoptr(GPtrArray) rels = g_ptr_array_new_with_free_func (relationship_free);
  g_autofree char *contents = NULL;
  gsize length = 0;
  gboolean missing = FALSE;

  contents = read_part (package, part, &length, &missing, error);
  if (contents == NULL && !missing)
    return NULL;
  if (contents != NULL
      && !parse_part (package, part, contents, length, &rels_parser, rels, error))
    return NULL;
  return g_steal_pointer (&rels);
}

static const Relationship *
find_rel_by_type (GPtrArray  *rels,
                  const char *type_suffix)
{
  for (guint i = 0; i < rels->len; i++)
    {
      const Relationship *rel = g_ptr_array_index (rels, i);

      if (g_str_has_suffix (rel->type, type_suffix))
        return rel;
    }
  return NULL;
}

static const Relationship *
find_rel_by_id (GPtrArray  *rels,
                const char *id)
{
  for (guint i = 0; i < rels->len; i++)
    {
      const Relationship *rel = g_ptr_array_index (rels, i);

      if (g_str_equal (rel->id, id))
        return rel;
    }
  return NULL;
}

/* Workbook: the sheets in order, and the date system */

typedef struct
{
  GPtrArray *sheets;
  gboolean   date1904;
} Workbook;

static gboolean
xml_boolean (const char *value)
{
  return value != NULL && (g_str_equal (value, "1") || g_ascii_strcasecmp (value, "true") == 0);
}

static void
workbook_start (GMarkupParseContext  *context,
                const char           *element,
                const char          **names,
                const char          **values,
                gpointer              user_data,
                GError              **error)
{
  Workbook *workbook = user_data;
  const char *local = local_name (element);

  if (g_str_equal (local, "workbookPr"))
    workbook->date1904 = xml_boolean (find_attribute (names, values, "date1904"));
  else if (g_str_equal (local, "sheet"))
    {
      const char *name = find_attribute (names, values, "name");
      const char *rel_id = find_attribute (names, values, "id");
      const char *state = find_attribute (names, values, "state");
      SheetEntry *entry;

      if (rel_id == NULL)
        return;
      entry = g_new0 (SheetEntry, 1);
      entry->name = g_strdup (name != NULL ? name : "");
      entry->rel_id = g_strdup (rel_id);
      entry->hidden = state != NULL && !g_str_equal (state, "visible");
      g_ptr_array_add (workbook->sheets, entry);
    }
}

static const GMarkupParser workbook_parser = { workbook_start, NULL, NULL, NULL, NULL };

/* Shared strings: <si> holds either one <t> or rich-text runs <r><t>;
 * phonetic guides <rPh> are not part of the text. */

typedef struct
{
  GPtrArray *strings;
  GString   *text;
  int        in_si;
  int        in_rph;
  gboolean   in_t;
} SharedStrings;

/* Decodes the _xHHHH_ escapes that OOXML uses for control characters
 * (such as _x000D_ for a carriage return) in place. */
static void
decode_escapes (GString *text)
{
  gsize out = 0;

  if (strstr (text->str, "_x") == NULL)
    return;

  for (gsize in = 0; in < text->len;)
    {
      if (text->str[in] == '_' && in + 6 < text->len && text->str[in + 1] == 'x'
          && g_ascii_isxdigit (text->str[in + 2]) && g_ascii_isxdigit (text->str[in + 3])
          && g_ascii_isxdigit (text->str[in + 4]) && g_ascii_isxdigit (text->str[in + 5])
          && text->str[in + 6] == '_')
        {
          gunichar c = g_ascii_strtoull (text->str + in + 2, NULL, 16);
          char utf8[6];
          int n;

          if (c == 0 || !g_unichar_validate (c))
            c = 0xFFFD;
          n = g_unichar_to_utf8 (c, utf8);
          /* The escape is 7 bytes; no character takes more than 4. */
          memcpy (text->str + out, utf8, n);
          out += n;
          in += 7;
        }
      else
        text->str[out++] = text->str[in++];
    }
  g_string_truncate (text, out);
}

static void
strings_start (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  SharedStrings *ss = user_data;
  const char *local = local_name (element);

  if (g_str_equal (local, "si"))
    {
      ss->in_si++;
      g_string_truncate (ss->text, 0);
    }
  else if (g_str_equal (local, "rPh"))
    ss->in_rph++;
  else if (g_str_equal (local, "t") && ss->in_si > 0 && ss->in_rph == 0)
    ss->in_t = TRUE;
}

static void
strings_end (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  SharedStrings *ss = user_data;
  const char *local = local_name (element);

  if (g_str_equal (local, "si") && ss->in_si > 0)
    {
      ss->in_si--;
      decode_escapes (ss->text);
      g_ptr_array_add (ss->strings, g_strndup (ss->text->str, ss->text->len));
    }
  else if (g_str_equal (local, "rPh") && ss->in_rph > 0)
    ss->in_rph--;
  else if (g_str_equal (local, "t"))
    ss->in_t = FALSE;
}

static void
strings_text (GMarkupParseContext  *context,
              const char           *text,
              gsize                 length,
              gpointer              user_data,
              GError              **error)
{
  SharedStrings *ss = user_data;

  if (ss->in_t)
    g_string_append_len (ss->text, text, length);
}

static const GMarkupParser strings_parser = { strings_start, strings_end, strings_text, NULL, NULL };

/* Styles: which cell formats (the s attribute of a cell indexes cellXfs)
 * show numbers as dates. */

typedef struct
{
  GHashTable *custom_formats;   /* numFmtId → formatCode */
  GArray     *xf_formats;       /* numFmtId of each cellXfs entry */
  gboolean    in_cell_xfs;
} Styles;

static void
styles_start (GMarkupParseContext  *context,
              const char           *element,
              const char          **names,
              const char          **values,
              gpointer              user_data,
              GError              **error)
{
  Styles *styles = user_data;
  const char *local = local_name (element);

  if (g_str_equal (local, "numFmt"))
    {
      const char *id = find_attribute (names, values, "numFmtId");
      const char *code = find_attribute (names, values, "formatCode");

      if (id != NULL && code != NULL)
        g_hash_table_insert (styles->custom_formats,
                             GINT_TO_POINTER (atoi (id)), g_strdup (code));
    }
  else if (g_str_equal (local, "cellXfs"))
    styles->in_cell_xfs = TRUE;
  else if (g_str_equal (local, "xf") && styles->in_cell_xfs)
    {
      const char *id = find_attribute (names, values, "numFmtId");
      int format = id != NULL ? atoi (id) : 0;

      g_array_append_val (styles->xf_formats, format);
    }
}

static void
styles_end (GMarkupParseContext  *context,
            const char           *element,
            gpointer              user_data,
            GError              **error)
{
  Styles *styles = user_data;

  if (g_str_equal (local_name (element), "cellXfs"))
    styles->in_cell_xfs = FALSE;
}

static const GMarkupParser styles_parser = { styles_start, styles_end, NULL, NULL, NULL };

/* A format shows a date when it has a day, month or year code outside
 * quoted text, escapes and [brackets]; "m" alone is minutes when hours or
 * seconds are there too ("h:mm", "mm:ss"). */
static gboolean
format_code_is_date (const char *code)
{
  gboolean day_or_year = FALSE, month_or_minute = FALSE, time = FALSE;

  for (const char *p = code; *p != '\0' && *p != ';'; p++)
    {
      switch (*p)
        {
        case '"':
          p = strchr (p + 1, '"');
          if (p == NULL)
            return day_or_year || (month_or_minute && !time);
          break;
        case '\\':
        case '_':
        case '*':
          if (p[1] != '\0')
            p++;
          break;
        case '[':
          p = strchr (p + 1, ']');
          if (p == NULL)
            return day_or_year || (month_or_minute && !time);
          break;
        case 'd': case 'D': case 'y': case 'Y':
          day_or_year = TRUE;
          break;
        case 'm': case 'M':
          month_or_minute = TRUE;
          break;
        case 'h': case 'H': case 's': case 'S':
          time = TRUE;
          break;
        default:
          break;
        }
    }
  return day_or_year || (month_or_minute && !time);
}

static gboolean
format_id_is_date (Styles *styles,
                   int     id)
{
  const char *code = g_hash_table_lookup (styles->custom_formats, GINT_TO_POINTER (id));

  if (code != NULL)
    return format_code_is_date (code);
  /* Excel's built-in date and time formats. */
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

/* Serial numbers count days from 0/1/1900, with Excel's (and Lotus 1-2-3's)
 * mistake of a 29 February 1900; or from 1/1/1904 in workbooks made with the
 * 1904 date system. */
static char *
serial_to_iso_date (double   serial,
                    gboolean date1904)
{
  g_autoptr(GDate) date = NULL;
  gint64 days;

  if (!(serial >= 0 && serial < MAX_DATE_SERIAL))
    return NULL;
  days = (gint64) floor (serial);

  if (date1904)
    date = g_date_new_dmy (1, G_DATE_JANUARY, 1904);
  else if (days == 60)
    return NULL;
  else if (days < 60)
    date = g_date_new_dmy (31, G_DATE_DECEMBER, 1899);
  else
    date = g_date_new_dmy (30, G_DATE_DECEMBER, 1899);
  g_date_add_days (date, (guint) days);

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* Worksheet */

typedef struct
{
  Package    *package;
  const char *part;
  SxshSheet  *sheet;
  GPtrArray  *strings;
  GArray     *xf_is_date;
  gboolean    date1904;

  gint64      row;           /* 0-based; -1 before the first row */
  gint64      column;        /* of the cell being read */
  char        type[16];
  int         style;
  gboolean    in_cell;
  gboolean    in_value;
  gboolean    in_inline;
  gboolean    in_inline_t;
  int         in_rph;
  GString    *value;
} SheetReader;

/* "BC12" → column 54 (0-based); the row part is ignored because the row
 * element already says it. */
static gboolean
parse_column (const char *ref,
              gint64     *column)
{
  gint64 value = 0;
  const char *p = ref;

  for (; g_ascii_isalpha (*p); p++)
    {
      value = value * 26 + (g_ascii_toupper (*p) - 'A' + 1);
      if (value > SXSH_SHEET_MAX_COLUMNS)
        return FALSE;
    }
  if (p == ref)
    return FALSE;
  *column = value - 1;
  return TRUE;
}

static void
sheet_start (GMarkupParseContext  *context,
             const char           *element,
             const char          **names,
             const char          **values,
             gpointer              user_data,
             GError              **error)
{
  SheetReader *reader = user_data;
  const char *local = local_name (element);

  if (reader->in_cell)
    {
      if (g_str_equal (local, "v"))
        reader->in_value = TRUE;
      else if (g_str_equal (local, "is"))
        reader->in_inline = TRUE;
      else if (g_str_equal (local, "rPh"))
        reader->in_rph++;
      else if (g_str_equal (local, "t") && reader->in_inline && reader->in_rph == 0)
        reader->in_inline_t = TRUE;
      return;
    }

  if (g_str_equal (local, "row"))
    {
      const char *r = find_attribute (names, values, "r");

      if (r != NULL)
        {
          gint64 number = g_ascii_strtoll (r, NULL, 10);

          if (number < 1 || number > SXSH_SHEET_MAX_ROWS)
            {
              g_autofree char *detail = g_strdup_printf ("%s: row %s", reader->part, r);

              set_damaged (error, reader->package->display, detail);
              return;
            }
          reader->row = number - 1;
        }
      else if (reader->row + 1 < SXSH_SHEET_MAX_ROWS)
        reader->row++;
      else
        {
          set_damaged (error, reader->package->display, reader->part);
          return;
        }
      reader->column = -1;
    }
  else if (g_str_equal (local, "c"))
    {
      const char *r = find_attribute (names, values, "r");
      const char *t = find_attribute (names, values, "t");
      const char *s = find_attribute (names, values, "s");

      if (reader->row < 0)
        reader->row = 0;
      if (r != NULL)
        {
          if (!parse_column (r, &reader->column))
            {
              g_autofree char *detail = g_strdup_printf ("%s: cell %s", reader->part, r);

              set_damaged (error, reader->package->display, detail);
              return;
            }
        }
      else
        reader->column++;
      if (reader->column >= SXSH_SHEET_MAX_COLUMNS)
        {
          set_damaged (error, reader->package->display, reader->part);
          return;
        }

      g_strlcpy (reader->type, t != NULL ? t : "n", sizeof reader->type);
      reader->style = s != NULL ? atoi (s) : 0;
      reader->in_cell = TRUE;
      g_string_truncate (reader->value, 0);
    }
}

static void
finish_cell (SheetReader  *reader,
             GError      **error)
{
  const char *type = reader->type;
  GString *value = reader->value;
  guint row = reader->row, column = reader->column;

  if (g_str_equal (type, "s"))
    {
      char *end = NULL;
      guint64 index = g_ascii_strtoull (value->str, &end, 10);
      const char *text;

      /* Some writers leave a styled but empty cell typed as a string. */
      if (value->len == 0)
        return;
      if (*end != '\0' || index >= reader->strings->len)
        {
          g_autofree char *ref = sxsh_xlsx_column_name (column);
          g_autofree char *detail = g_strdup_printf ("%s: %s%u", reader->part, ref, row + 1);

          set_damaged (error, reader->package->display, detail);
          return;
        }
      text = g_ptr_array_index (reader->strings, index);
      if (*text != '\0')
        sxsh_sheet_set_cell (reader->sheet, row, column, SXSH_CELL_STRING, g_strdup (text), 0);
    }
  else if (g_str_equal (type, "inlineStr") || g_str_equal (type, "str"))
    {
      decode_escapes (value);
      if (value->len > 0)
        sxsh_sheet_set_cell (reader->sheet, row, column, SXSH_CELL_STRING,
                             g_strndup (value->str, value->len), 0);
    }
  else if (g_str_equal (type, "b"))
    {
      gboolean truth = g_str_equal (value->str, "1") || g_ascii_strcasecmp (value->str, "true") == 0;

      if (value->len > 0)
        sxsh_sheet_set_cell (reader->sheet, row, column, SXSH_CELL_BOOLEAN,
                             g_strdup (truth ? "1" : "0"), truth ? 1 : 0);
    }
  else if (g_str_equal (type, "e"))
    sxsh_sheet_set_cell (reader->sheet, row, column, SXSH_CELL_ERROR,
                         g_strndup (value->str, value->len), 0);
  else if (g_str_equal (type, "d"))
    {
      GDate date;
      int y = 0, m = 0, d = 0;

      /* An ISO 8601 date written as text (strict OOXML and some writers). */
      g_date_clear (&date, 1);
      if (sscanf (value->str, "%4d-%2d-%2d", &y, &m, &d) == 3
          && g_date_valid_dmy (d, m, y))
        sxsh_sheet_set_cell (reader->sheet, row, column, SXSH_CELL_DATE,
                             g_strdup_printf ("%04d-%02d-%02d", y, m, d), 0);
      else if (value->len > 0)
        sxsh_sheet_set_cell (reader->sheet, row, column, SXSH_CELL_STRING,
                             g_strndup (value->str, value->len), 0);
    }
  else
    {
      char *end = NULL;
      double number;
      gboolean is_date;
      char *iso;

      g_strstrip (value->str);
      if (value->str[0] == '\0')
        return;
      number = g_ascii_strtod (value->str, &end);
      if (*end != '\0' || !isfinite (number))
        {
          g_autofree char *ref = sxsh_xlsx_column_name (column);
          g_autofree char *detail = g_strdup_printf ("%s: %s%u", reader->part, ref, row + 1);

          set_damaged (error, reader->package->display, detail);
          return;
        }
      is_date = reader->style >= 0 && (guint) reader->style < reader->xf_is_date->len
                && g_array_index (reader->xf_is_date, gboolean, reader->style);
      if (is_date && (iso = serial_to_iso_date (number, reader->date1904)) != NULL)
        sxsh_sheet_set_cell (reader->sheet, row, column, SXSH_CELL_DATE, iso, number);
      else
        sxsh_sheet_set_cell (reader->sheet, row, column, SXSH_CELL_NUMBER,
                             sxsh_number_to_text (number), number);
    }
}

static void
sheet_end (GMarkupParseContext  *context,
           const char           *element,
           gpointer              user_data,
           GError              **error)
{
  SheetReader *reader = user_data;
  const char *local = local_name (element);

  if (!reader->in_cell)
    return;

  if (g_str_equal (local, "c"))
    {
      reader->in_cell = FALSE;
      reader->in_value = FALSE;
      reader->in_inline = FALSE;
      reader->in_inline_t = FALSE;
      reader->in_rph = 0;
      finish_cell (reader, error);
    }
  else if (g_str_equal (local, "v"))
    reader->in_value = FALSE;
  else if (g_str_equal (local, "is"))
    reader->in_inline = FALSE;
  else if (g_str_equal (local, "rPh") && reader->in_rph > 0)
    reader->in_rph--;
  else if (g_str_equal (local, "t"))
    reader->in_inline_t = FALSE;
}

static void
sheet_text (GMarkupParseContext  *context,
            const char           *text,
            gsize                 length,
            gpointer              user_data,
            GError              **error)
{
  SheetReader *reader = user_data;

  /* An inline string's text is in <is><t>; a formula's cached result, and
   * every other value, in <v>. */
  if ((reader->in_value && !g_str_equal (reader->type, "inlineStr")) || reader->in_inline_t)
    g_string_append_len (reader->value, text, length);
}

static const GMarkupParser sheet_parser = { sheet_start, sheet_end, sheet_text, NULL, NULL };

static void
close_zip (unzFile zip)
{
  if (zip != NULL)
    unzClose (zip);
}

static gboolean
package_is_opendocument (Package *package)
{
  g_autofree char *mimetype = NULL;
  gsize length = 0;
  gboolean missing = FALSE;

  mimetype = read_part (package, "mimetype", &length, &missing, NULL);
  return mimetype != NULL && g_str_has_prefix (mimetype, "application/vnd.oasis.opendocument");
}

/**
 * sxsh_table_read_xlsx:
 *
 * Reads every worksheet of an Office Open XML workbook (.xlsx), with the
 * cached values of formulas.
 *
 * Returns: (transfer full): the table, or %NULL with %SXSH_ERROR_IMPORT
 */
SxshTable *
sxsh_table_read_xlsx (const char  *path,
                      GError     **error)
{
  g_autofree char *display = NULL;
  g_autoptr(SxshTable) table = NULL;
  g_autoptr(GPtrArray) package_rels = NULL;
  g_autoptr(GPtrArray) workbook_rels = NULL;
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) xf_is_date = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_autoptr(GString) value = g_string_new (NULL);
  g_autofree char *workbook_part = NULL;
  g_autofree char *workbook_rels_part = NULL;
  g_autofree char *contents = NULL;
  Workbook workbook = { NULL, FALSE };
  Package package = { NULL, NULL };
  const Relationship *rel;
  gboolean missing = FALSE;
  gsize length = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_basename (path);
  package.display = display;
  workbook.sheets = g_ptr_array_new_with_free_func (sheet_entry_free);

  package.zip = unzOpen64 (path);
  if (package.zip == NULL)
    {
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                     _("Cannot open “%s”: there is no such file."), display);
      else
        g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                     _("“%s” is not an Excel workbook (.xlsx), or it is damaged or incomplete. "
                       "Open it in Excel or LibreOffice and save it as .xlsx or as CSV UTF-8."),
                     display);
      goto out;
    }

  /* The package relationships name the workbook part. */
  package_rels = read_rels (&package, "_rels/.rels", error);
  if (package_rels == NULL)
    goto out;
  rel = find_rel_by_type (package_rels, "/officeDocument");
  workbook_part = rel != NULL ? resolve_target ("", rel->target) : g_strdup ("xl/workbook.xml");

  contents = read_part (&package, workbook_part, &length, &missing, error);
  if (contents == NULL)
    {
      if (missing && package_is_opendocument (&package))
        g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                     _("“%s” is an OpenDocument spreadsheet (.ods). Save it as .xlsx or as CSV "
                       "UTF-8 and import it again."), display);
      else if (missing)
        g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                     _("“%s” is a ZIP archive but not an Excel workbook (.xlsx)."), display);
      goto out;
    }
  if (!parse_part (&package, workbook_part, contents, length, &workbook_parser, &workbook, error))
    goto out;
  g_clear_pointer (&contents, g_free);

  if (workbook.sheets->len == 0)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                   _("“%s” has no worksheet."), display);
      goto out;
    }

  {
    g_autofree char *dir = g_path_get_dirname (workbook_part);
    g_autofree char *base = g_path_get_basename (workbook_part);

    workbook_rels_part = g_str_equal (dir, ".")
                         ? g_strdup_printf ("_rels/%s.rels", base)
                         : g_strdup_printf ("%s/_rels/%s.rels", dir, base);
  }
  workbook_rels = read_rels (&package, workbook_rels_part, error);
  if (workbook_rels == NULL)
    goto out;

  /* Shared strings are optional: a workbook may use inline strings only. */
  rel = find_rel_by_type (workbook_rels, "/sharedStrings");
  {
    g_autofree char *part = rel != NULL ? resolve_target (workbook_part, rel->target)
                                        : g_strdup ("xl/sharedStrings.xml");

    contents = read_part (&package, part, &length, &missing, error);
    if (contents == NULL && !missing)
      goto out;
    if (contents != NULL)
      {
        SharedStrings ss = { strings, value, 0, 0, FALSE };

        if (!parse_part (&package, part, contents, length, &strings_parser, &ss, error))
          goto out;
        g_clear_pointer (&contents, g_free);
      }
  }

  /* Styles tell which number cells are dates. */
  rel = find_rel_by_type (workbook_rels, "/styles");
  {
    g_autofree char *part = rel != NULL ? resolve_target (workbook_part, rel->target)
                                        : g_strdup ("xl/styles.xml");

    contents = read_part (&package, part, &length, &missing, error);
    if (contents == NULL && !missing)
      goto out;
    if (contents != NULL)
      {
        g_autoptr(GHashTable) custom = g_hash_table_new_full (NULL, NULL, NULL, g_free);
        g_autoptr(GArray) xf_formats = g_array_new (FALSE, TRUE, sizeof (int));
        Styles styles = { custom, xf_formats, FALSE };

        if (!parse_part (&package, part, contents, length, &styles_parser, &styles, error))
          goto out;
        g_clear_pointer (&contents, g_free);
        for (guint i = 0; i < xf_formats->len; i++)
          {
            gboolean is_date = format_id_is_date (&styles, g_array_index (xf_formats, int, i));

            g_array_append_val (xf_is_date, is_date);
          }
      }
  }

  table = sxsh_table_new ();
  for (guint i = 0; i < workbook.sheets->len; i++)
    {
      SheetEntry *entry = g_ptr_array_index (workbook.sheets, i);
      g_autofree char *part = NULL;
      SheetReader reader = { 0 };

      rel = find_rel_by_id (workbook_rels, entry->rel_id);
      if (rel == NULL)
        {
          g_autofree char *detail = g_strdup_printf ("%s: %s", workbook_rels_part, entry->rel_id);

          set_damaged (error, display, detail);
          goto out;
        }
      /* Chart sheets and macro sheets hold no cells to import. */
      if (!g_str_has_suffix (rel->type, "/worksheet"))
        continue;

      part = resolve_target (workbook_part, rel->target);
      contents = read_part (&package, part, &length, &missing, error);
      if (contents == NULL)
        {
          if (missing)
            set_damaged (error, display, part);
          goto out;
        }

      reader.package = &package;
      reader.part = part;
      reader.sheet = sxsh_table_add_sheet (table, entry->name);
      reader.sheet->hidden = entry->hidden;
      reader.strings = strings;
      reader.xf_is_date = xf_is_date;
      reader.date1904 = workbook.date1904;
      reader.row = -1;
      reader.column = -1;
      reader.value = value;
      if (!parse_part (&package, part, contents, length, &sheet_parser, &reader, error))
        goto out;
      g_clear_pointer (&contents, g_free);
      sxsh_sheet_finish (reader.sheet);
    }

  if (table->sheets->len == 0)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                   _("“%s” has no worksheet."), display);
      goto out;
    }

  ok = TRUE;

out:
  close_zip (package.zip);
  g_ptr_array_unref (workbook.sheets);
  return ok ? g_steal_pointer (&table) : NULL;
}

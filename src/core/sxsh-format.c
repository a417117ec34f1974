/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sxsh-format.h"
#include "sxsh-text.h"

/* Groups the digits of a non-negative integer string with dots. */
static void
append_grouped (GString    *out,
                const char *digits)
{
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, digits[i]);
    }
}

/**
 * sxsh_format_number:
 * @decimals: digits after the decimal comma
 *
 * Returns: (transfer full): "1.234,5" for 1234.5 with one decimal
 */
char *
sxsh_format_number (double value,
                    int    decimals)
{
  char buf[64];
  char fmt[8];
  GString *out = g_string_new (NULL);
  char *dot;

  if (!isfinite (value))
    {
      g_string_free (out, TRUE);
      return g_strdup ("—");
    }
  decimals = CLAMP (decimals, 0, 9);
  g_snprintf (fmt, sizeof fmt, "%%.%df", decimals);
  g_ascii_formatd (buf, sizeof buf, fmt, fabs (value));
  /* "-0,0" is not a number anyone writes. */
  if (value < 0 && strspn (buf, "0.") != strlen (buf))
    g_string_append_c (out, '-');
  dot = strchr (buf, '.');
  if (dot)
    *dot = '\0';
  append_grouped (out, buf);
  if (dot)
    {
      g_string_append_c (out, ',');
      g_string_append (out, dot + 1);
    }
  return g_string_free (out, FALSE);
}

char *
sxsh_format_integer (gint64 value)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                             value < 0 ? (guint64) -value : (guint64) value);
  GString *out = g_string_new (value < 0 ? "-" : "");

  append_grouped (out, digits);
  return g_string_free (out, FALSE);
}

/* Returns: (transfer full): "45,5%" */
char *
sxsh_format_percent (double value,
                     int    decimals)
{
  g_autofree char *number = sxsh_format_number (value, decimals);

  if (!isfinite (value))
    return g_strdup ("—");
  return g_strconcat (number, "%", NULL);
}

static gboolean
iso_to_date (const char *iso,
             GDate      *date)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return FALSE;
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

/* Returns: (transfer full): "05/12/2026" for "2026-12-05", "" for none */
char *
sxsh_format_date (const char *iso_date)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!iso_to_date (iso_date, &date))
    return g_strdup (iso_date ? iso_date : "");
  return g_strdup_printf ("%02d/%02d/%04d", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}

/**
 * sxsh_format_date_line:
 * @place: (nullable): the town, e.g. "Kon Tum"
 *
 * The place and date line of an official document (Decree 30/2020): day
 * and month below 10 take a leading zero.
 *
 * Returns: (transfer full): "Kon Tum, ngày 05 tháng 12 năm 2026"
 */
char *
sxsh_format_date_line (const char *place,
                       GDate      *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%s%sngày %02d tháng %02d năm %04d",
                          place && *place ? place : "", place && *place ? ", " : "",
                          g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

/**
 * sxsh_parse_date:
 *
 * Reads dd/mm/yyyy (also d/m/yyyy, with - or . between) or ISO yyyy-mm-dd.
 */
gboolean
sxsh_parse_date (const char *text,
                 GDate      *date)
{
  g_autofree char *trimmed = NULL;
  int a, b, c;
  char s1, s2, tail;

  g_return_val_if_fail (date != NULL, FALSE);
  if (text == NULL)
    return FALSE;
  trimmed = g_strstrip (g_strdup (text));

  g_date_clear (date, 1);
  if (sscanf (trimmed, "%d%c%d%c%d%c", &a, &s1, &b, &s2, &c, &tail) != 5)
    return FALSE;
  if (s1 != s2 || !strchr ("/-.", s1))
    return FALSE;
  if (a > 31 && s1 == '-')
    {
      /* ISO: year first. */
      if (!g_date_valid_dmy ((GDateDay) c, (GDateMonth) b, (GDateYear) a))
        return FALSE;
      g_date_set_dmy (date, (GDateDay) c, (GDateMonth) b, (GDateYear) a);
      return TRUE;
    }
  if (c < 1000 || c > 9999)
    return FALSE;
  if (!g_date_valid_dmy ((GDateDay) a, (GDateMonth) b, (GDateYear) c))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) a, (GDateMonth) b, (GDateYear) c);
  return TRUE;
}

/* Returns: (transfer full): "2026-12-05" */
char *
sxsh_date_to_iso (GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/**
 * sxsh_parse_number:
 *
 * Reads a number written with either decimal mark: "1.234,5", "1,234.5",
 * "1234,5", "1234.5", "1 234,5".  Where one mark alone is ambiguous it is
 * read the Vietnamese way: a lone comma is the decimal mark ("15,674" is
 * 15.674) and a lone dot followed by exactly three digits groups thousands
 * ("1.500" is 1500).
 */
gboolean
sxsh_parse_number (const char *text,
                   double     *value)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  const char *last_dot, *last_comma, *decimal = NULL;
  g_autofree char *trimmed = NULL;
  char *end = NULL;
  int n_dots = 0, n_commas = 0;
  double v;

  if (text == NULL)
    return FALSE;
  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    return FALSE;

  for (const char *p = trimmed; *p; p++)
    {
      if (*p == '.')
        n_dots++;
      else if (*p == ',')
        n_commas++;
    }
  last_dot = strrchr (trimmed, '.');
  last_comma = strrchr (trimmed, ',');

  if (n_dots && n_commas)
    decimal = last_dot > last_comma ? last_dot : last_comma;
  else if (n_commas == 1)
    decimal = last_comma;
  else if (n_dots == 1)
    {
      gsize after = strspn (last_dot + 1, "0123456789");
      /* "1.500" is a thousand and a half as Vietnamese write it; "2.75" is a
       * decimal point typed the English way. */
      if (!(after == 3 && last_dot[4] == '\0' && last_dot != trimmed && last_dot[-1] != '-'))
        decimal = last_dot;
    }

  for (const char *p = trimmed; *p; p++)
    {
      if (p == decimal)
        g_string_append_c (clean, '.');
      else if (*p == '.' || *p == ',' || *p == ' ' || (guchar) *p == 0xC2)
        continue;
      else if ((guchar) *p == 0xA0)
        continue;
      else
        g_string_append_c (clean, *p);
    }
  if (clean->len == 0)
    return FALSE;
  v = g_ascii_strtod (clean->str, &end);
  if (end == NULL || *end != '\0' || !isfinite (v))
    return FALSE;
  if (value)
    *value = v;
  return TRUE;
}

/**
 * sxsh_parse_boolean:
 *
 * Reads 1/0, yes/no, true/false, có/không, x/blank (blank is no).
 */
gboolean
sxsh_parse_boolean (const char *text,
                    gboolean   *value)
{
  static const char *yes[] = { "1", "yes", "y", "true", "co", "x", "dung", NULL };
  static const char *no[] = { "0", "no", "n", "false", "khong", "", "sai", NULL };
  g_autofree char *folded = sxsh_text_fold (text);

  for (int i = 0; yes[i]; i++)
    if (g_str_equal (folded, yes[i]))
      {
        if (value)
          *value = TRUE;
        return TRUE;
      }
  for (int i = 0; no[i]; i++)
    if (g_str_equal (folded, no[i]))
      {
        if (value)
          *value = FALSE;
        return TRUE;
      }
  return FALSE;
}

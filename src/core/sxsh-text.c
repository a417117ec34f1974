/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sxsh-text.h"

#define D_STROKE_LOWER 0x0111  /* đ */
#define D_STROKE_UPPER 0x0110  /* Đ */
/* Old Vietnamese encodings converted to Unicode often give the look-alike
 * Icelandic eth for đ/Đ; it is read as đ. */
#define ETH_LOWER      0x00F0
#define ETH_UPPER      0x00D0

static inline gboolean
is_d_stroke (gunichar c)
{
  return c == D_STROKE_LOWER || c == D_STROKE_UPPER || c == ETH_LOWER || c == ETH_UPPER;
}

/**
 * sxsh_text_normalize:
 * @text: (nullable): any UTF-8 text
 *
 * Returns: (transfer full): @text in NFC with surrounding white space removed
 *   and inner runs of white space folded to one space
 */
char *
sxsh_text_normalize (const char *text)
{
  g_autofree char *nfc = NULL;
  GString *out;
  gboolean space = FALSE;

  if (text == NULL)
    return g_strdup ("");
  nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  if (nfc == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (nfc));
  for (const char *p = nfc; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/**
 * sxsh_text_fold:
 * @text: (nullable): any UTF-8 text
 *
 * Folds text for searching: lower case, without diacritics, đ and Đ as d,
 * white space folded.  "Đắk Hà" and "dak ha" fold to the same string.
 *
 * Returns: (transfer full): the folded text
 */
char *
sxsh_text_fold (const char *text)
{
  GString *out;
  gboolean space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  /* Character by character rather than normalizing the whole string: the
   * registry folds every facility's text when it loads. */
  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; )
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          c = (guchar) *p++;
        }
      else
        {
          c = g_utf8_get_char_validated (p, -1);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            break;
          p = g_utf8_next_char (p);
          if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK)
            continue;
          if (is_d_stroke (c))
            c = 'd';
          else
            {
              gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
              if (g_unichar_fully_decompose (c, FALSE, decomposed,
                                             G_UNICHAR_MAX_DECOMPOSITION_LENGTH) > 0)
                c = decomposed[0];
            }
        }

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      c = c < 0x80 ? (gunichar) g_ascii_tolower ((char) c) : g_unichar_tolower (c);
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Finds @word at the start of a word of @haystack. */
static gboolean
has_word_prefix (const char *haystack,
                 const char *word)
{
  for (const char *found = strstr (haystack, word); found; found = strstr (found + 1, word))
    if (found == haystack || !g_ascii_isalnum (found[-1]))
      return TRUE;
  return FALSE;
}

/**
 * sxsh_text_match_folded:
 * @folded_haystack: text folded with sxsh_text_fold()
 * @folded_needle: a query folded with sxsh_text_fold()
 *
 * Every word of the query must begin a word of the text, in any order:
 * "ha dak" finds "dak ha" and "dak h" finds it too, but "ha" does not find
 * "phat".
 *
 * Returns: %TRUE when the text matches; an empty query matches everything
 */
gboolean
sxsh_text_match_folded (const char *folded_haystack,
                        const char *folded_needle)
{
  const char *word = folded_needle;

  if (folded_needle == NULL || *folded_needle == '\0')
    return TRUE;
  if (folded_haystack == NULL)
    return FALSE;

  while (*word)
    {
      const char *end = strchr (word, ' ');
      gsize len = end ? (gsize) (end - word) : strlen (word);

      if (len > 0)
        {
          char buf[128];
          gboolean found;

          if (len < sizeof buf)
            {
              memcpy (buf, word, len);
              buf[len] = '\0';
              found = has_word_prefix (folded_haystack, buf);
            }
          else
            {
              g_autofree char *copy = g_strndup (word, len);
              found = has_word_prefix (folded_haystack, copy);
            }
          if (!found)
            return FALSE;
        }
      if (end == NULL)
        break;
      word = end + 1;
    }
  return TRUE;
}

/* The Vietnamese alphabet in dictionary order; ă â đ ê ô ơ ư are letters of
 * their own, f j w z are kept for foreign names. */
static int
letter_rank (gunichar base,
             gunichar modifier)
{
  static const char order[] = "a\0a\x06\0a\x02\0b\0c\0d\0d-\0e\0e\x02\0f\0g\0h\0i\0j\0k\0l\0m\0n\0"
                              "o\0o\x02\0o\x1b\0p\0q\0r\0s\0t\0u\0u\x1b\0v\0w\0x\0y\0z\0";
  /* Encoded as (letter, modifier) pairs: 0x06 breve, 0x02 circumflex,
   * 0x1b horn, '-' stroke; walked below. */
  int rank = 0;
  const char *p = order;

  while (*p)
    {
      gunichar l = (gunichar) p[0];
      gunichar m = 0;

      if (p[1] == 0x06)
        m = 0x0306;
      else if (p[1] == 0x02)
        m = 0x0302;
      else if (p[1] == 0x1b)
        m = 0x031B;
      else if (p[1] == '-')
        m = '-';
      if (l == base && m == modifier)
        return rank;
      rank++;
      p += strlen (p) + 1;
    }
  return -1;
}

static int
tone_rank (gunichar mark)
{
  switch (mark)
    {
    case 0x0300: return 1; /* huyền */
    case 0x0309: return 2; /* hỏi */
    case 0x0303: return 3; /* ngã */
    case 0x0301: return 4; /* sắc */
    case 0x0323: return 5; /* nặng */
    default: return 0;
    }
}

/**
 * sxsh_text_collate_key:
 *
 * Returns: (transfer full): a key whose strcmp() order is the Vietnamese
 *   dictionary order of @text: letters first (a ă â b c d đ e ê … ơ … ư …),
 *   case and tone marks (none, huyền, hỏi, ngã, sắc, nặng) only to break ties
 */
char *
sxsh_text_collate_key (const char *text)
{
  static const char hex[] = "0123456789ABCDEF";
  GString *primary;
  GString *secondary;
  GString *tertiary;
  const char *p = text ? text : "";

  primary = g_string_sized_new (strlen (p) * 6 + 8);
  secondary = g_string_sized_new (strlen (p) + 1);
  tertiary = g_string_sized_new (strlen (p) + 1);

  while (*p)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gunichar base, lower, modifier = 0;
      gsize n;
      int tone = 0;
      guint32 weight;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      p = g_utf8_next_char (p);

      /* A precomposed letter brings its marks in its decomposition; a
       * decomposed one brings them as the combining characters after it. */
      n = c < 0x80 ? 0 : g_unichar_fully_decompose (c, FALSE, decomposed,
                                                      G_UNICHAR_MAX_DECOMPOSITION_LENGTH);
      base = n > 0 ? decomposed[0] : c;
      for (gsize i = 1; i < n; i++)
        {
          if (decomposed[i] == 0x0306 || decomposed[i] == 0x0302 || decomposed[i] == 0x031B)
            modifier = decomposed[i];
          else if (tone_rank (decomposed[i]) > 0)
            tone = tone_rank (decomposed[i]);
        }
      while (*p && (guchar) *p >= 0x80)
        {
          gunichar m = g_utf8_get_char (p);
          if (g_unichar_type (m) != G_UNICODE_NON_SPACING_MARK)
            break;
          if (m == 0x0306 || m == 0x0302 || m == 0x031B)
            modifier = m;
          else if (tone_rank (m) > 0)
            tone = tone_rank (m);
          p = g_utf8_next_char (p);
        }

      lower = base < 0x80 ? (gunichar) g_ascii_tolower ((char) base) : g_unichar_tolower (base);
      if (is_d_stroke (c))
        {
          lower = 'd';
          modifier = '-';
        }

      if (g_unichar_isspace (c))
        weight = 0x000001;
      else if (lower < 0x80 && g_ascii_isdigit ((char) lower))
        weight = 0x001000 + (lower - '0');
      else if (lower < 0x80 && g_ascii_isalpha ((char) lower) && letter_rank (lower, modifier) >= 0)
        weight = 0x002000 + (guint32) letter_rank (lower, modifier);
      else if (c < 0x80)
        weight = 0x000100 + c;
      else
        weight = 0x100000 + (lower & 0xEFFFF);

      for (int shift = 20; shift >= 0; shift -= 4)
        g_string_append_c (primary, hex[(weight >> shift) & 0xF]);
      g_string_append_c (secondary, (char) ('0' + tone));
      g_string_append_c (tertiary, (is_d_stroke (c) ? c == D_STROKE_LOWER || c == ETH_LOWER
                                                    : base == lower) ? '0' : '1');
    }

  g_string_append_c (primary, '!');
  g_string_append_len (primary, secondary->str, secondary->len);
  g_string_append_c (primary, '!');
  g_string_append_len (primary, tertiary->str, tertiary->len);
  g_string_free (secondary, TRUE);
  g_string_free (tertiary, TRUE);
  return g_string_free (primary, FALSE);
}

/* Compares two strings in Vietnamese dictionary order. */
int
sxsh_text_collate (const char *a,
                   const char *b)
{
  g_autofree char *ka = sxsh_text_collate_key (a);
  g_autofree char *kb = sxsh_text_collate_key (b);

  return strcmp (ka, kb);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sxsh-size-class.h"
#include "sxsh-text.h"

/* Decree 80/2021/NĐ-CP, article 5, for industry and construction: a class
 * is reached when the employee limit holds and either the revenue or the
 * capital limit holds. */
typedef struct
{
  SxshSizeClass size;
  gint64        max_employees;
  gint64        max_revenue;
  gint64        max_capital;
} SizeLimit;

static const SizeLimit limits[] = {
  { SXSH_SIZE_MICRO, 10, 3 * SXSH_BILLION_VND, 3 * SXSH_BILLION_VND },
  { SXSH_SIZE_SMALL, 100, 50 * SXSH_BILLION_VND, 20 * SXSH_BILLION_VND },
  { SXSH_SIZE_MEDIUM, 200, 200 * SXSH_BILLION_VND, 100 * SXSH_BILLION_VND },
};

/**
 * sxsh_size_class_derive:
 * @employees: yearly average of insured employees, or -1 when unknown
 * @revenue_vnd: yearly revenue in VND, or -1 when unknown
 * @capital_vnd: total capital in VND, or -1 when unknown
 *
 * Derives the size class by Decree 80/2021.  An unknown figure does not
 * count against a class; with nothing known the class is unknown.
 */
SxshSizeClass
sxsh_size_class_derive (gint64 employees,
                        gint64 revenue_vnd,
                        gint64 capital_vnd)
{
  gboolean money_known = revenue_vnd >= 0 || capital_vnd >= 0;

  if (employees < 0 && !money_known)
    return SXSH_SIZE_UNKNOWN;

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      const SizeLimit *l = &limits[i];
      gboolean employees_ok = employees < 0 || employees <= l->max_employees;
      gboolean money_ok = !money_known
                          || (revenue_vnd >= 0 && revenue_vnd <= l->max_revenue)
                          || (capital_vnd >= 0 && capital_vnd <= l->max_capital);

      if (employees_ok && money_ok)
        return l->size;
    }
  return SXSH_SIZE_LARGE;
}

const char *
sxsh_size_class_to_key (SxshSizeClass size)
{
  switch (size)
    {
    case SXSH_SIZE_MICRO: return "micro";
    case SXSH_SIZE_SMALL: return "small";
    case SXSH_SIZE_MEDIUM: return "medium";
    case SXSH_SIZE_LARGE: return "large";
    case SXSH_SIZE_UNKNOWN:
    default: return NULL;
    }
}

SxshSizeClass
sxsh_size_class_from_key (const char *key)
{
  for (SxshSizeClass s = SXSH_SIZE_MICRO; s <= SXSH_SIZE_LARGE; s++)
    if (g_strcmp0 (key, sxsh_size_class_to_key (s)) == 0)
      return s;
  return SXSH_SIZE_UNKNOWN;
}

const char *
sxsh_size_class_get_label (SxshSizeClass size)
{
  switch (size)
    {
    case SXSH_SIZE_MICRO: return C_("size class", "Micro");
    case SXSH_SIZE_SMALL: return C_("size class", "Small");
    case SXSH_SIZE_MEDIUM: return C_("size class", "Medium");
    case SXSH_SIZE_LARGE: return C_("size class", "Large");
    case SXSH_SIZE_UNKNOWN:
    default: return C_("size class", "Unknown");
    }
}

/**
 * sxsh_size_class_parse:
 *
 * Reads a size class as users write it: the key ("medium"), the English or
 * Vietnamese word ("vừa", "doanh nghiệp nhỏ", "siêu nhỏ"), with or without
 * accents.
 */
SxshSizeClass
sxsh_size_class_parse (const char *text)
{
  g_autofree char *folded = sxsh_text_fold (text);
  SxshSizeClass direct = sxsh_size_class_from_key (folded);

  if (direct != SXSH_SIZE_UNKNOWN)
    return direct;
  if (g_str_has_prefix (folded, "doanh nghiep "))
    memmove (folded, folded + 13, strlen (folded + 13) + 1);
  if (g_str_equal (folded, "sieu nho") || g_str_equal (folded, "micro"))
    return SXSH_SIZE_MICRO;
  if (g_str_equal (folded, "nho"))
    return SXSH_SIZE_SMALL;
  if (g_str_equal (folded, "vua"))
    return SXSH_SIZE_MEDIUM;
  if (g_str_equal (folded, "lon"))
    return SXSH_SIZE_LARGE;
  return SXSH_SIZE_UNKNOWN;
}

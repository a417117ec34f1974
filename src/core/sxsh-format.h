/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Vietnamese number and date forms: decimal comma, thousands dot,
 * "05/12/2026", "ngày 05 tháng 12 năm 2026". */

char *sxsh_format_number     (double      value,
                              int         decimals);
char *sxsh_format_integer    (gint64      value);
char *sxsh_format_percent    (double      value,
                              int         decimals);
char *sxsh_format_date       (const char *iso_date);
char *sxsh_format_date_line  (const char *place,
                              GDate      *date);
gboolean sxsh_parse_date     (const char *text,
                              GDate      *date);
char *sxsh_date_to_iso       (GDate      *date);
gboolean sxsh_parse_number   (const char *text,
                              double     *value);
gboolean sxsh_parse_boolean  (const char *text,
                              gboolean   *value);

G_END_DECLS

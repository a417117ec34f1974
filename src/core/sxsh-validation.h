/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * SxshIssue:
 * @field: the property name of the field concerned ("tax-code"), or "" for the
 *   whole record
 * @message: what is wrong, in the user's language
 * @warning: %TRUE when the user may save anyway (e.g. a tax code whose check
 *   digit does not match)
 */
typedef struct
{
  char     *field;
  char     *message;
  gboolean  warning;
} SxshIssue;

GPtrArray  *sxsh_issues_new            (void);
void        sxsh_issues_add            (GPtrArray  *issues,
                                        const char *field,
                                        gboolean    warning,
                                        const char *format,
                                        ...) G_GNUC_PRINTF (4, 5);
gboolean    sxsh_issues_has_errors     (GPtrArray  *issues);
const char *sxsh_issues_find           (GPtrArray  *issues,
                                        const char *field);
char       *sxsh_issues_to_string      (GPtrArray  *issues,
                                        gboolean    errors_only);
gboolean    sxsh_issues_to_error       (GPtrArray  *issues,
                                        GError    **error);

gboolean    sxsh_validate_tax_code     (const char *tax_code,
                                        gboolean   *check_digit_ok);
gboolean    sxsh_validate_email        (const char *email);
gboolean    sxsh_validate_phone        (const char *phone);
gboolean    sxsh_validate_iso_date     (const char *date);

G_END_DECLS

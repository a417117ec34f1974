/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-database.h"

G_BEGIN_DECLS

/* Series are named by the settings key that holds their pattern
 * (SXSH_SETTING_CERT_SERIES, SXSH_SETTING_REPORT_SERIES,
 * SXSH_SETTING_LETTER_SERIES), so that a number and its format travel
 * together. */

gboolean  sxsh_document_number_next        (SxshDatabase  *db,
                                            const char    *series_key,
                                            int            year,
                                            int           *seq,
                                            GError       **error);
gboolean  sxsh_document_number_get_last    (SxshDatabase  *db,
                                            const char    *series_key,
                                            int            year,
                                            int           *last,
                                            GError       **error);
gboolean  sxsh_document_number_raise       (SxshDatabase  *db,
                                            const char    *series_key,
                                            int            year,
                                            int            at_least,
                                            GError       **error);
char     *sxsh_document_number_get_pattern (SxshDatabase  *db,
                                            const char    *series_key);
char     *sxsh_document_number_take        (SxshDatabase  *db,
                                            const char    *series_key,
                                            int            year,
                                            int           *seq,
                                            GError       **error);

G_END_DECLS

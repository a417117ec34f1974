/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-database.h"

G_BEGIN_DECLS

/* Keys of the department's own settings, kept in the database so that
 * documents made anywhere (app, sxsh-cli) carry the same header. */
#define SXSH_SETTING_PROVINCE        "province"          /* "Kon Tum" */
#define SXSH_SETTING_PLACE           "place"             /* town on the date line */
#define SXSH_SETTING_SUPERIOR_BODY   "superior_body"     /* "UBND TỈNH KON TUM" */
#define SXSH_SETTING_DEPARTMENT      "department"        /* "SỞ CÔNG THƯƠNG" */
#define SXSH_SETTING_DEPARTMENT_ABBR "department_abbr"   /* "SCT" */
#define SXSH_SETTING_SIGNER_NAME     "signer_name"
#define SXSH_SETTING_SIGNER_TITLE    "signer_title"      /* "PHÓ GIÁM ĐỐC" */
#define SXSH_SETTING_SIGNER_AUTHORITY "signer_authority" /* "KT. GIÁM ĐỐC" */
#define SXSH_SETTING_REPORT_SERIES   "report_series"     /* "{seq}/BC-SCT" */
#define SXSH_SETTING_LETTER_SERIES   "letter_series"     /* "{seq}/SCT-KTATMT" */
#define SXSH_SETTING_CERT_SERIES     "certificate_series" /* "{seq:02}/{year}/GCN-SCT" */
#define SXSH_SETTING_REPORT_DUE      "report_due"        /* "11-30" (month-day) */
#define SXSH_SETTING_CURRENT_PLAN    "current_plan"      /* plan code */

char     *sxsh_settings_get          (SxshDatabase  *db,
                                      const char    *key);
gboolean  sxsh_settings_set          (SxshDatabase  *db,
                                      const char    *key,
                                      const char    *value,
                                      GError       **error);
const char *sxsh_settings_get_default (const char   *key);
const char * const *sxsh_settings_list_keys (void);
gboolean  sxsh_settings_get_due_date (SxshDatabase  *db,
                                      int            year,
                                      GDate         *date);
char     *sxsh_settings_format_number (const char   *pattern,
                                       int           seq,
                                       int           year);

G_END_DECLS

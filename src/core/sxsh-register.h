/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-database.h"
#include "sxsh-item-list.h"
#include "sxsh-register-entry.h"

G_BEGIN_DECLS

/**
 * SxshRegisterCounts:
 * @expected: reports expected in the year
 * @on_time: received by the due date (the due date itself counts as on time)
 * @late: received after the due date
 * @missing: not received
 * @returned: sent back for correction and not received again since
 * @overdue: missing reports whose due date has passed
 */
typedef struct
{
  guint expected;
  guint on_time;
  guint late;
  guint missing;
  guint returned;
  guint overdue;
} SxshRegisterCounts;

#define SXSH_TYPE_REGISTER (sxsh_register_get_type ())
G_DECLARE_FINAL_TYPE (SxshRegister, sxsh_register, SXSH, REGISTER, SxshItemList)

SxshRegister     *sxsh_register_new              (SxshDatabase        *db);
SxshDatabase     *sxsh_register_get_database     (SxshRegister        *self);
gboolean          sxsh_register_reload           (SxshRegister        *self,
                                                  GError             **error);
void              sxsh_register_set_year         (SxshRegister        *self,
                                                  int                  year);
int               sxsh_register_get_year         (SxshRegister        *self);
void              sxsh_register_set_today        (SxshRegister        *self,
                                                  const char          *today);
const char       *sxsh_register_get_today        (SxshRegister        *self);
void              sxsh_register_set_missing_only (SxshRegister        *self,
                                                  gboolean             missing_only);
gboolean          sxsh_register_get_missing_only (SxshRegister        *self);
void              sxsh_register_set_filter_text  (SxshRegister        *self,
                                                  const char          *text);
const char       *sxsh_register_get_filter_text  (SxshRegister        *self);
const char       *sxsh_register_get_due_date     (SxshRegister        *self);
void              sxsh_register_get_counts       (SxshRegister        *self,
                                                  SxshRegisterCounts  *counts);
SxshRegisterEntry *sxsh_register_lookup          (SxshRegister        *self,
                                                  SxshReporterKind     kind,
                                                  gint64               reporter_id);

gboolean          sxsh_register_mark_received    (SxshRegister        *self,
                                                  GPtrArray           *entries,
                                                  const char          *received_on,
                                                  GError             **error);
gboolean          sxsh_register_return           (SxshRegister        *self,
                                                  SxshRegisterEntry   *entry,
                                                  const char          *returned_on,
                                                  const char          *note,
                                                  GError             **error);
gboolean          sxsh_register_clear            (SxshRegister        *self,
                                                  SxshRegisterEntry   *entry,
                                                  GError             **error);
gboolean          sxsh_register_set_agency_report (SxshRegister       *self,
                                                  SxshRegisterEntry   *entry,
                                                  const char          *due_date,
                                                  const char          *summary,
                                                  const char          *proposals,
                                                  GError             **error);

SxshReportStatus  sxsh_register_classify         (const char          *due_date,
                                                  const char          *received_on,
                                                  const char          *returned_on);

G_END_DECLS

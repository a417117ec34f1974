/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sxsh-indicators.h"

G_BEGIN_DECLS

#define SXSH_TYPE_REGISTER_ENTRY (sxsh_register_entry_get_type ())
G_DECLARE_FINAL_TYPE (SxshRegisterEntry, sxsh_register_entry, SXSH, REGISTER_ENTRY, GObject)

/* One expected annual report of the reporting register: a facility that
 * applies CP in the year, or an agency that reports annually; its due
 * date, what happened to it, and how it stands on the register's day. */

SxshReporterKind  sxsh_register_entry_get_reporter_kind (SxshRegisterEntry *self);
gint64            sxsh_register_entry_get_reporter_id   (SxshRegisterEntry *self);
const char       *sxsh_register_entry_get_name          (SxshRegisterEntry *self);
const char       *sxsh_register_entry_get_detail        (SxshRegisterEntry *self);
const char       *sxsh_register_entry_get_due_date      (SxshRegisterEntry *self);
const char       *sxsh_register_entry_get_received_on   (SxshRegisterEntry *self);
const char       *sxsh_register_entry_get_returned_on   (SxshRegisterEntry *self);
const char       *sxsh_register_entry_get_note          (SxshRegisterEntry *self);
const char       *sxsh_register_entry_get_summary       (SxshRegisterEntry *self);
const char       *sxsh_register_entry_get_proposals     (SxshRegisterEntry *self);
SxshReportStatus  sxsh_register_entry_get_status        (SxshRegisterEntry *self);
int               sxsh_register_entry_get_days_overdue  (SxshRegisterEntry *self);
int               sxsh_register_entry_get_days_left     (SxshRegisterEntry *self);
int               sxsh_register_entry_get_days_late     (SxshRegisterEntry *self);
char             *sxsh_register_entry_dup_days_label    (SxshRegisterEntry *self);
const char       *sxsh_register_entry_get_search_key    (SxshRegisterEntry *self);

G_END_DECLS

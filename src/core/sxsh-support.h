/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-cp-option.h"
#include "sxsh-funding.h"

G_BEGIN_DECLS

/**
 * SxshSupportKind:
 *
 * The kinds of technical support the department gives a facility.  The first
 * three are the assessments and consultancy that Joint Circular
 * 221/2012/TTLT-BTC-BCT limits the state's share of.
 */
typedef enum
{
  SXSH_SUPPORT_QUICK_ASSESSMENT,
  SXSH_SUPPORT_DETAILED_ASSESSMENT,
  SXSH_SUPPORT_CONSULTANCY,
  SXSH_SUPPORT_EQUIPMENT,
  SXSH_SUPPORT_DEMO_MODEL,
  SXSH_SUPPORT_POLLUTION_TREATMENT,
} SxshSupportKind;

#define SXSH_SUPPORT_N_KINDS (SXSH_SUPPORT_POLLUTION_TREATMENT + 1)

typedef enum
{
  SXSH_SUPPORT_PLANNED,
  SXSH_SUPPORT_IN_PROGRESS,
  SXSH_SUPPORT_DONE,
  SXSH_SUPPORT_CANCELLED,
} SxshSupportStatus;

#define SXSH_SUPPORT_N_STATUSES (SXSH_SUPPORT_CANCELLED + 1)

/* Joint Circular 221/2012/TTLT-BTC-BCT: the state pays at most half of an
 * assessment's consultancy cost and at most 50 million VND per facility. */
#define SXSH_SUPPORT_STATE_SHARE_MAX_PCT 50
#define SXSH_SUPPORT_STATE_LIMIT_VND     G_GINT64_CONSTANT (50000000)

const char *sxsh_support_kind_to_string     (SxshSupportKind    kind);
gboolean    sxsh_support_kind_from_string   (const char        *key,
                                             SxshSupportKind   *kind);
const char *sxsh_support_kind_get_label     (SxshSupportKind    kind);
gboolean    sxsh_support_kind_is_assessment (SxshSupportKind    kind);
const char *sxsh_support_status_to_string   (SxshSupportStatus  status);
gboolean    sxsh_support_status_from_string (const char        *key,
                                             SxshSupportStatus *status);
const char *sxsh_support_status_get_label   (SxshSupportStatus  status);

#define SXSH_TYPE_SUPPORT (sxsh_support_get_type ())
G_DECLARE_FINAL_TYPE (SxshSupport, sxsh_support, SXSH, SUPPORT, GObject)

SxshSupport       *sxsh_support_new                  (void);
SxshSupport       *sxsh_support_copy                 (SxshSupport *self);

gint64             sxsh_support_get_id               (SxshSupport *self);
void               sxsh_support_set_id               (SxshSupport *self,
                                                      gint64       id);
gint64             sxsh_support_get_facility_id      (SxshSupport *self);
const char        *sxsh_support_get_facility_name    (SxshSupport *self);
SxshSupportKind    sxsh_support_get_kind             (SxshSupport *self);
int                sxsh_support_get_year             (SxshSupport *self);
const char        *sxsh_support_get_start_date       (SxshSupport *self);
const char        *sxsh_support_get_end_date         (SxshSupport *self);
const char        *sxsh_support_get_consultant       (SxshSupport *self);
gint64             sxsh_support_get_total_cost       (SxshSupport *self);
gint64             sxsh_support_get_consultancy_cost (SxshSupport *self);
gint64             sxsh_support_get_state_support    (SxshSupport *self);
SxshFundingSource  sxsh_support_get_funding_source   (SxshSupport *self);
SxshSupportStatus  sxsh_support_get_status           (SxshSupport *self);
const char        *sxsh_support_get_results          (SxshSupport *self);
const char        *sxsh_support_get_notes            (SxshSupport *self);

GListModel        *sxsh_support_get_options          (SxshSupport *self);
void               sxsh_support_set_options          (SxshSupport *self,
                                                      GPtrArray   *options);
gint64             sxsh_support_get_total_investment (SxshSupport *self);
gint64             sxsh_support_get_total_saving_vnd (SxshSupport *self);
gboolean           sxsh_support_get_payback          (SxshSupport *self,
                                                      double      *years);

const char        *sxsh_support_get_search_key       (SxshSupport *self);
GPtrArray         *sxsh_support_validate             (SxshSupport *self);

G_END_DECLS

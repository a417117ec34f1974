/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * SxshCpTechnique:
 *
 * The eight classic cleaner-production techniques (UNIDO/UNEP) that an
 * assessment sorts its options into.
 */
typedef enum
{
  SXSH_CP_HOUSEKEEPING,
  SXSH_CP_INPUT_SUBSTITUTION,
  SXSH_CP_PROCESS_CONTROL,
  SXSH_CP_EQUIPMENT_MODIFICATION,
  SXSH_CP_TECHNOLOGY_CHANGE,
  SXSH_CP_ONSITE_RECOVERY,
  SXSH_CP_BYPRODUCTS,
  SXSH_CP_PRODUCT_MODIFICATION,
} SxshCpTechnique;

#define SXSH_CP_N_TECHNIQUES (SXSH_CP_PRODUCT_MODIFICATION + 1)

/**
 * SxshCpDecision:
 *
 * What the facility decided about an option after the feasibility study.
 */
typedef enum
{
  SXSH_CP_DECISION_IMPLEMENT,
  SXSH_CP_DECISION_STUDY,
  SXSH_CP_DECISION_REJECTED,
} SxshCpDecision;

#define SXSH_CP_N_DECISIONS (SXSH_CP_DECISION_REJECTED + 1)

const char *sxsh_cp_technique_to_string   (SxshCpTechnique  technique);
gboolean    sxsh_cp_technique_from_string (const char      *key,
                                           SxshCpTechnique *technique);
const char *sxsh_cp_technique_get_label   (SxshCpTechnique  technique);
const char *sxsh_cp_decision_to_string    (SxshCpDecision   decision);
gboolean    sxsh_cp_decision_from_string  (const char      *key,
                                           SxshCpDecision  *decision);
const char *sxsh_cp_decision_get_label    (SxshCpDecision   decision);

#define SXSH_TYPE_CP_OPTION (sxsh_cp_option_get_type ())
G_DECLARE_FINAL_TYPE (SxshCpOption, sxsh_cp_option, SXSH, CP_OPTION, GObject)

SxshCpOption    *sxsh_cp_option_new                   (void);
SxshCpOption    *sxsh_cp_option_copy                  (SxshCpOption *self);

gint64           sxsh_cp_option_get_id                (SxshCpOption *self);
void             sxsh_cp_option_set_id                (SxshCpOption *self,
                                                       gint64        id);
gint64           sxsh_cp_option_get_support_id        (SxshCpOption *self);
SxshCpTechnique  sxsh_cp_option_get_technique         (SxshCpOption *self);
const char      *sxsh_cp_option_get_description       (SxshCpOption *self);
gint64           sxsh_cp_option_get_investment        (SxshCpOption *self);
gint64           sxsh_cp_option_get_saving_vnd        (SxshCpOption *self);
double           sxsh_cp_option_get_saving_energy_toe (SxshCpOption *self);
double           sxsh_cp_option_get_saving_water_m3   (SxshCpOption *self);
double           sxsh_cp_option_get_saving_material_t (SxshCpOption *self);
SxshCpDecision   sxsh_cp_option_get_decision          (SxshCpOption *self);
gboolean         sxsh_cp_option_get_implemented       (SxshCpOption *self);
gboolean         sxsh_cp_option_get_payback           (SxshCpOption *self,
                                                       double       *years);
GPtrArray       *sxsh_cp_option_validate              (SxshCpOption *self);

gboolean         sxsh_cp_payback_years                (gint64        investment,
                                                       gint64        saving_vnd,
                                                       double       *years);

G_END_DECLS

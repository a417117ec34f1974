/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sxsh-activity-private.h"
#include "sxsh-cp-option.h"
#include "sxsh-validation.h"

struct _SxshCpOption
{
  GObject          parent_instance;

  gint64           id;
  gint64           support_id;
  SxshCpTechnique  technique;
  char            *description;
  gint64           investment;
  gint64           saving_vnd;
  double           saving_energy_toe;
  double           saving_water_m3;
  double           saving_material_t;
  SxshCpDecision   decision;
  gboolean         implemented;
};

G_DEFINE_FINAL_TYPE (SxshCpOption, sxsh_cp_option, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SUPPORT_ID,
  PROP_TECHNIQUE,
  PROP_TECHNIQUE_LABEL,
  PROP_DESCRIPTION,
  PROP_INVESTMENT,
  PROP_SAVING_VND,
  PROP_SAVING_ENERGY_TOE,
  PROP_SAVING_WATER_M3,
  PROP_SAVING_MATERIAL_T,
  PROP_DECISION,
  PROP_DECISION_LABEL,
  PROP_IMPLEMENTED,
  PROP_PAYBACK_YEARS,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char *key;
  const char *label;
} techniques[SXSH_CP_N_TECHNIQUES] = {
  { "housekeeping", N_("Good housekeeping") },
  { "input_substitution", N_("Input substitution") },
  { "process_control", N_("Better process control") },
  { "equipment_modification", N_("Equipment modification") },
  { "technology_change", N_("Technology change") },
  { "onsite_recovery", N_("On-site recovery and reuse") },
  { "byproducts", N_("Useful by-products") },
  { "product_modification", N_("Product modification") },
}, decisions[SXSH_CP_N_DECISIONS] = {
  { "implement", N_("Implement now") },
  { "study", N_("Study further") },
  { "rejected", N_("Rejected") },
};

const char *
sxsh_cp_technique_to_string (SxshCpTechnique technique)
{
  g_return_val_if_fail ((guint) technique < SXSH_CP_N_TECHNIQUES, NULL);
  return techniques[technique].key;
}

gboolean
sxsh_cp_technique_from_string (const char      *key,
                               SxshCpTechnique *technique)
{
  for (guint i = 0; key && i < SXSH_CP_N_TECHNIQUES; i++)
    if (g_str_equal (techniques[i].key, key))
      {
        *technique = (SxshCpTechnique) i;
        return TRUE;
      }
  return FALSE;
}

const char *
sxsh_cp_technique_get_label (SxshCpTechnique technique)
{
  g_return_val_if_fail ((guint) technique < SXSH_CP_N_TECHNIQUES, "");
  return _(techniques[technique].label);
}

const char *
sxsh_cp_decision_to_string (SxshCpDecision decision)
{
  g_return_val_if_fail ((guint) decision < SXSH_CP_N_DECISIONS, NULL);
  return decisions[decision].key;
}

gboolean
sxsh_cp_decision_from_string (const char     *key,
                              SxshCpDecision *decision)
{
  for (guint i = 0; key && i < SXSH_CP_N_DECISIONS; i++)
    if (g_str_equal (decisions[i].key, key))
      {
        *decision = (SxshCpDecision) i;
        return TRUE;
      }
  return FALSE;
}

const char *
sxsh_cp_decision_get_label (SxshCpDecision decision)
{
  g_return_val_if_fail ((guint) decision < SXSH_CP_N_DECISIONS, "");
  return _(decisions[decision].label);
}

/**
 * sxsh_cp_payback_years:
 * @years: (out): investment ÷ annual saving
 *
 * Simple payback period.  An option that saves no money has no payback
 * (it is not "0 years", nor infinite): the function returns %FALSE.
 *
 * Returns: %TRUE when there is a payback period
 */
gboolean
sxsh_cp_payback_years (gint64  investment,
                       gint64  saving_vnd,
                       double *years)
{
  if (saving_vnd <= 0 || investment < 0)
    {
      *years = NAN;
      return FALSE;
    }
  *years = (double) investment / (double) saving_vnd;
  return TRUE;
}

static void
sxsh_cp_option_finalize (GObject *object)
{
  SxshCpOption *self = SXSH_CP_OPTION (object);

  g_free (self->description);

  G_OBJECT_CLASS (sxsh_cp_option_parent_class)->finalize (object);
}

static void
sxsh_cp_option_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SxshCpOption *self = SXSH_CP_OPTION (object);
  double years;

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_SUPPORT_ID: g_value_set_int64 (value, self->support_id); break;
    case PROP_TECHNIQUE: g_value_set_int (value, self->technique); break;
    case PROP_TECHNIQUE_LABEL:
      g_value_set_string (value, sxsh_cp_technique_get_label (self->technique));
      break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_INVESTMENT: g_value_set_int64 (value, self->investment); break;
    case PROP_SAVING_VND: g_value_set_int64 (value, self->saving_vnd); break;
    case PROP_SAVING_ENERGY_TOE: g_value_set_double (value, self->saving_energy_toe); break;
    case PROP_SAVING_WATER_M3: g_value_set_double (value, self->saving_water_m3); break;
    case PROP_SAVING_MATERIAL_T: g_value_set_double (value, self->saving_material_t); break;
    case PROP_DECISION: g_value_set_int (value, self->decision); break;
    case PROP_DECISION_LABEL:
      g_value_set_string (value, sxsh_cp_decision_get_label (self->decision));
      break;
    case PROP_IMPLEMENTED: g_value_set_boolean (value, self->implemented); break;
    case PROP_PAYBACK_YEARS:
      g_value_set_double (value, sxsh_cp_option_get_payback (self, &years) ? years : -1);
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_cp_option_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SxshCpOption *self = SXSH_CP_OPTION (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_get_int64 (value); break;
    case PROP_SUPPORT_ID: self->support_id = g_value_get_int64 (value); break;
    case PROP_TECHNIQUE:
      self->technique = (SxshCpTechnique) g_value_get_int (value);
      g_object_notify_by_pspec (object, properties[PROP_TECHNIQUE_LABEL]);
      break;
    case PROP_DESCRIPTION:
      g_free (self->description);
      self->description = g_value_dup_string (value);
      if (self->description == NULL)
        self->description = g_strdup ("");
      break;
    case PROP_INVESTMENT:
      self->investment = g_value_get_int64 (value);
      g_object_notify_by_pspec (object, properties[PROP_PAYBACK_YEARS]);
      break;
    case PROP_SAVING_VND:
      self->saving_vnd = g_value_get_int64 (value);
      g_object_notify_by_pspec (object, properties[PROP_PAYBACK_YEARS]);
      break;
    case PROP_SAVING_ENERGY_TOE: self->saving_energy_toe = g_value_get_double (value); break;
    case PROP_SAVING_WATER_M3: self->saving_water_m3 = g_value_get_double (value); break;
    case PROP_SAVING_MATERIAL_T: self->saving_material_t = g_value_get_double (value); break;
    case PROP_DECISION:
      self->decision = (SxshCpDecision) g_value_get_int (value);
      g_object_notify_by_pspec (object, properties[PROP_DECISION_LABEL]);
      break;
    case PROP_IMPLEMENTED: self->implemented = g_value_get_boolean (value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_object_notify_by_pspec (object, pspec);
}

static void
sxsh_cp_option_class_init (SxshCpOptionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sxsh_cp_option_finalize;
  object_class->get_property = sxsh_cp_option_get_property;
  object_class->set_property = sxsh_cp_option_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_SUPPORT_ID] = g_param_spec_int64 ("support-id", NULL, NULL,
                                                    0, G_MAXINT64, 0, rw);
  properties[PROP_TECHNIQUE] = g_param_spec_int ("technique", NULL, NULL,
                                                 0, SXSH_CP_N_TECHNIQUES - 1, 0, rw);
  properties[PROP_TECHNIQUE_LABEL] = g_param_spec_string ("technique-label", NULL, NULL,
                                                          NULL, ro);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", rw);
  properties[PROP_INVESTMENT] = g_param_spec_int64 ("investment", NULL, NULL,
                                                    G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_SAVING_VND] = g_param_spec_int64 ("saving-vnd", NULL, NULL,
                                                    G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_SAVING_ENERGY_TOE] = g_param_spec_double ("saving-energy-toe", NULL, NULL,
                                                            -G_MAXDOUBLE, G_MAXDOUBLE, 0, rw);
  properties[PROP_SAVING_WATER_M3] = g_param_spec_double ("saving-water-m3", NULL, NULL,
                                                          -G_MAXDOUBLE, G_MAXDOUBLE, 0, rw);
  properties[PROP_SAVING_MATERIAL_T] = g_param_spec_double ("saving-material-t", NULL, NULL,
                                                            -G_MAXDOUBLE, G_MAXDOUBLE, 0, rw);
  properties[PROP_DECISION] = g_param_spec_int ("decision", NULL, NULL,
                                                0, SXSH_CP_N_DECISIONS - 1,
                                                SXSH_CP_DECISION_STUDY, rw);
  properties[PROP_DECISION_LABEL] = g_param_spec_string ("decision-label", NULL, NULL, NULL, ro);
  properties[PROP_IMPLEMENTED] = g_param_spec_boolean ("implemented", NULL, NULL, FALSE, rw);
  /**
   * SxshCpOption:payback-years:
   *
   * Investment ÷ annual saving in VND; -1 when the option saves no money.
   */
  properties[PROP_PAYBACK_YEARS] = g_param_spec_double ("payback-years", NULL, NULL,
                                                        -1, G_MAXDOUBLE, -1, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_cp_option_init (SxshCpOption *self)
{
  self->description = g_strdup ("");
  self->decision = SXSH_CP_DECISION_STUDY;
}

SxshCpOption *
sxsh_cp_option_new (void)
{
  return g_object_new (SXSH_TYPE_CP_OPTION, NULL);
}

SxshCpOption *
sxsh_cp_option_copy (SxshCpOption *self)
{
  g_return_val_if_fail (SXSH_IS_CP_OPTION (self), NULL);

  return g_object_new (SXSH_TYPE_CP_OPTION,
                       "id", self->id,
                       "support-id", self->support_id,
                       "technique", (int) self->technique,
                       "description", self->description,
                       "investment", self->investment,
                       "saving-vnd", self->saving_vnd,
                       "saving-energy-toe", self->saving_energy_toe,
                       "saving-water-m3", self->saving_water_m3,
                       "saving-material-t", self->saving_material_t,
                       "decision", (int) self->decision,
                       "implemented", self->implemented,
                       NULL);
}

gint64
sxsh_cp_option_get_id (SxshCpOption *self)
{
  g_return_val_if_fail (SXSH_IS_CP_OPTION (self), 0);
  return self->id;
}

void
sxsh_cp_option_set_id (SxshCpOption *self,
                       gint64        id)
{
  g_return_if_fail (SXSH_IS_CP_OPTION (self));
  g_object_set (self, "id", id, NULL);
}

gint64
sxsh_cp_option_get_support_id (SxshCpOption *self)
{
  g_return_val_if_fail (SXSH_IS_CP_OPTION (self), 0);
  return self->support_id;
}

SxshCpTechnique
sxsh_cp_option_get_technique (SxshCpOption *self)
{
  g_return_val_if_fail (SXSH_IS_CP_OPTION (self), SXSH_CP_HOUSEKEEPING);
  return self->technique;
}

const char *
sxsh_cp_option_get_description (SxshCpOption *self)
{
  g_return_val_if_fail (SXSH_IS_CP_OPTION (self), NULL);
  return self->description;
}

gint64
sxsh_cp_option_get_investment (SxshCpOption *self)
{
  g_return_val_if_fail (SXSH_IS_CP_OPTION (self), 0);
  return self->investment;
}

gint64
sxsh_cp_option_get_saving_vnd (SxshCpOption *self)
{
  g_return_val_if_fail (SXSH_IS_CP_OPTION (self), 0);
  return self->saving_vnd;
}

double
sxsh_cp_option_get_saving_energy_toe (SxshCpOption *self)
{
  g_return_val_if_fail (SXSH_IS_CP_OPTION (self), 0);
  return self->saving_energy_toe;
}

double
sxsh_cp_option_get_saving_water_m3 (SxshCpOption *self)
{
  g_return_val_if_fail (SXSH_IS_CP_OPTION (self), 0);
  return self->saving_water_m3;
}

double
sxsh_cp_option_get_saving_material_t (SxshCpOption *self)
{
  g_return_val_if_fail (SXSH_IS_CP_OPTION (self), 0);
  return self->saving_material_t;
}

SxshCpDecision
sxsh_cp_option_get_decision (SxshCpOption *self)
{
  g_return_val_if_fail (SXSH_IS_CP_OPTION (self), SXSH_CP_DECISION_STUDY);
  return self->decision;
}

gboolean
sxsh_cp_option_get_implemented (SxshCpOption *self)
{
  g_return_val_if_fail (SXSH_IS_CP_OPTION (self), FALSE);
  return self->implemented;
}

/**
 * sxsh_cp_option_get_payback:
 * @years: (out): the simple payback period in years
 *
 * Returns: %FALSE when the option saves no money (no payback)
 */
gboolean
sxsh_cp_option_get_payback (SxshCpOption *self,
                            double       *years)
{
  g_return_val_if_fail (SXSH_IS_CP_OPTION (self), FALSE);
  g_return_val_if_fail (years != NULL, FALSE);
  return sxsh_cp_payback_years (self->investment, self->saving_vnd, years);
}

static void
check_quantity (GPtrArray  *issues,
                const char *field,
                const char *label,
                double      value)
{
  if (!isfinite (value) || value < 0)
    sxsh_issues_add (issues, field, FALSE, _("%s: cannot be negative."), label);
}

/**
 * sxsh_cp_option_validate:
 *
 * Returns: (transfer full) (element-type SxshIssue): what is wrong, field by
 *   field
 */
GPtrArray *
sxsh_cp_option_validate (SxshCpOption *self)
{
  GPtrArray *issues = sxsh_issues_new ();
  g_autofree char *description = NULL;

  g_return_val_if_fail (SXSH_IS_CP_OPTION (self), issues);

  if ((guint) self->technique >= SXSH_CP_N_TECHNIQUES)
    sxsh_issues_add (issues, "technique", FALSE, _("Technique: choose one of the list."));
  if ((guint) self->decision >= SXSH_CP_N_DECISIONS)
    sxsh_issues_add (issues, "decision", FALSE, _("Decision: choose one of the list."));
  description = g_strstrip (g_strdup (self->description));
  if (*description == '\0')
    sxsh_issues_add (issues, "description", FALSE, _("Description: required."));
  sxsh_activity_check_amount (issues, "investment", _("Investment"), self->investment);
  sxsh_activity_check_amount (issues, "saving-vnd", _("Annual saving"), self->saving_vnd);
  check_quantity (issues, "saving-energy-toe", _("Energy saved"), self->saving_energy_toe);
  check_quantity (issues, "saving-water-m3", _("Water saved"), self->saving_water_m3);
  check_quantity (issues, "saving-material-t", _("Materials saved"), self->saving_material_t);
  if (self->implemented && self->decision == SXSH_CP_DECISION_REJECTED)
    sxsh_issues_add (issues, "implemented", TRUE,
                     _("Implemented: the option is marked as rejected. Check the decision."));
  return issues;
}

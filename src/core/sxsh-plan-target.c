/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sxsh-indicators.h"
#include "sxsh-plan-target.h"
#include "sxsh-size-class.h"
#include "sxsh-validation.h"

struct _SxshPlanTarget
{
  GObject  parent_instance;

  gint64   id;
  gint64   plan_id;
  char    *indicator_key;
  double   target_pct;
  double   band_low_pct;
  double   band_high_pct;
  char    *size_classes;
};

G_DEFINE_FINAL_TYPE (SxshPlanTarget, sxsh_plan_target, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PLAN_ID,
  PROP_INDICATOR_KEY,
  PROP_INDICATOR_LABEL,
  PROP_TARGET_PCT,
  PROP_BAND_LOW_PCT,
  PROP_BAND_HIGH_PCT,
  PROP_SIZE_CLASSES,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/**
 * sxsh_plan_indicator_get_label:
 * @indicator_key: "informed", "applying", "applying_saving" or
 *   "dedicated_unit"
 *
 * Returns: the indicator's name for the user interface, or the key itself
 *   when it is not one of the plan's indicators
 */
const char *
sxsh_plan_indicator_get_label (const char *indicator_key)
{
  SxshIndicatorKind kind;

  if (!sxsh_indicator_kind_from_key (indicator_key, &kind))
    return indicator_key ? indicator_key : "";
  switch (kind)
    {
    case SXSH_INDICATOR_INFORMED:
      return _("Informed about cleaner production");
    case SXSH_INDICATOR_APPLYING:
      return _("Applying cleaner production");
    case SXSH_INDICATOR_APPLYING_SAVING:
      return _("Applying and saving energy");
    case SXSH_INDICATOR_DEDICATED_UNIT:
      return _("Dedicated cleaner-production unit");
    case SXSH_N_INDICATORS:
    default:
      return indicator_key;
    }
}

static void
sxsh_plan_target_finalize (GObject *object)
{
  SxshPlanTarget *self = SXSH_PLAN_TARGET (object);

  g_free (self->indicator_key);
  g_free (self->size_classes);

  G_OBJECT_CLASS (sxsh_plan_target_parent_class)->finalize (object);
}

static void
sxsh_plan_target_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SxshPlanTarget *self = SXSH_PLAN_TARGET (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_PLAN_ID: g_value_set_int64 (value, self->plan_id); break;
    case PROP_INDICATOR_KEY: g_value_set_string (value, self->indicator_key); break;
    case PROP_INDICATOR_LABEL:
      g_value_set_string (value, sxsh_plan_indicator_get_label (self->indicator_key));
      break;
    case PROP_TARGET_PCT: g_value_set_double (value, self->target_pct); break;
    case PROP_BAND_LOW_PCT:
      g_value_set_double (value, sxsh_plan_target_get_band_low_pct (self));
      break;
    case PROP_BAND_HIGH_PCT:
      g_value_set_double (value, sxsh_plan_target_get_band_high_pct (self));
      break;
    case PROP_SIZE_CLASSES: g_value_set_string (value, self->size_classes); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_plan_target_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SxshPlanTarget *self = SXSH_PLAN_TARGET (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_get_int64 (value); break;
    case PROP_PLAN_ID: self->plan_id = g_value_get_int64 (value); break;
    case PROP_INDICATOR_KEY:
      g_free (self->indicator_key);
      self->indicator_key = g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
      g_object_notify_by_pspec (object, properties[PROP_INDICATOR_LABEL]);
      break;
    case PROP_TARGET_PCT: self->target_pct = g_value_get_double (value); break;
    case PROP_BAND_LOW_PCT: self->band_low_pct = g_value_get_double (value); break;
    case PROP_BAND_HIGH_PCT: self->band_high_pct = g_value_get_double (value); break;
    case PROP_SIZE_CLASSES:
      g_free (self->size_classes);
      self->size_classes = g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_object_notify_by_pspec (object, pspec);
}

static void
sxsh_plan_target_class_init (SxshPlanTargetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sxsh_plan_target_finalize;
  object_class->get_property = sxsh_plan_target_get_property;
  object_class->set_property = sxsh_plan_target_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_PLAN_ID] = g_param_spec_int64 ("plan-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_INDICATOR_KEY] = g_param_spec_string ("indicator-key", NULL, NULL, "", rw);
  properties[PROP_INDICATOR_LABEL] = g_param_spec_string ("indicator-label", NULL, NULL, NULL,
                                                          G_PARAM_READABLE
                                                          | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET_PCT] = g_param_spec_double ("target-pct", NULL, NULL,
                                                     -G_MAXDOUBLE, G_MAXDOUBLE, 0, rw);
  /**
   * SxshPlanTarget:band-low-pct:
   *
   * Low end of the savings band in percent; -1 (any negative value) when
   * the target has none.
   */
  properties[PROP_BAND_LOW_PCT] = g_param_spec_double ("band-low-pct", NULL, NULL,
                                                       -G_MAXDOUBLE, G_MAXDOUBLE, -1, rw);
  properties[PROP_BAND_HIGH_PCT] = g_param_spec_double ("band-high-pct", NULL, NULL,
                                                        -G_MAXDOUBLE, G_MAXDOUBLE, -1, rw);
  properties[PROP_SIZE_CLASSES] = g_param_spec_string ("size-classes", NULL, NULL, "", rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_plan_target_init (SxshPlanTarget *self)
{
  self->indicator_key = g_strdup ("");
  self->size_classes = g_strdup ("");
  self->band_low_pct = -1;
  self->band_high_pct = -1;
}

SxshPlanTarget *
sxsh_plan_target_new (void)
{
  return g_object_new (SXSH_TYPE_PLAN_TARGET, NULL);
}

SxshPlanTarget *
sxsh_plan_target_copy (SxshPlanTarget *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TARGET (self), NULL);

  return g_object_new (SXSH_TYPE_PLAN_TARGET,
                       "id", self->id,
                       "plan-id", self->plan_id,
                       "indicator-key", self->indicator_key,
                       "target-pct", self->target_pct,
                       "band-low-pct", self->band_low_pct,
                       "band-high-pct", self->band_high_pct,
                       "size-classes", self->size_classes,
                       NULL);
}

gint64
sxsh_plan_target_get_id (SxshPlanTarget *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TARGET (self), 0);
  return self->id;
}

void
sxsh_plan_target_set_id (SxshPlanTarget *self,
                         gint64          id)
{
  g_return_if_fail (SXSH_IS_PLAN_TARGET (self));
  g_object_set (self, "id", id, NULL);
}

gint64
sxsh_plan_target_get_plan_id (SxshPlanTarget *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TARGET (self), 0);
  return self->plan_id;
}

const char *
sxsh_plan_target_get_indicator_key (SxshPlanTarget *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TARGET (self), NULL);
  return self->indicator_key;
}

double
sxsh_plan_target_get_target_pct (SxshPlanTarget *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TARGET (self), NAN);
  return self->target_pct;
}

/* Returns: the band's low end in percent, -1 when there is none */
double
sxsh_plan_target_get_band_low_pct (SxshPlanTarget *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TARGET (self), -1);
  return sxsh_plan_target_has_band_low (self) ? self->band_low_pct : -1;
}

/* Returns: the band's high end in percent, -1 when there is none */
double
sxsh_plan_target_get_band_high_pct (SxshPlanTarget *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TARGET (self), -1);
  return sxsh_plan_target_has_band_high (self) ? self->band_high_pct : -1;
}

gboolean
sxsh_plan_target_has_band_low (SxshPlanTarget *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TARGET (self), FALSE);
  return !isnan (self->band_low_pct) && self->band_low_pct >= 0;
}

gboolean
sxsh_plan_target_has_band_high (SxshPlanTarget *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TARGET (self), FALSE);
  return !isnan (self->band_high_pct) && self->band_high_pct >= 0;
}

const char *
sxsh_plan_target_get_size_classes (SxshPlanTarget *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TARGET (self), NULL);
  return self->size_classes;
}

/**
 * sxsh_plan_target_validate:
 *
 * Returns: (transfer full) (element-type SxshIssue): what is wrong, field by
 *   field (the store adds one target per indicator and plan)
 */
GPtrArray *
sxsh_plan_target_validate (SxshPlanTarget *self)
{
  GPtrArray *issues = sxsh_issues_new ();
  g_auto(GStrv) classes = NULL;
  gboolean low_set, high_set;

  g_return_val_if_fail (SXSH_IS_PLAN_TARGET (self), issues);

  if (!sxsh_indicator_kind_from_key (self->indicator_key, NULL))
    sxsh_issues_add (issues, "indicator-key", FALSE,
                     _("Indicator: choose informed, applying, applying and saving, or "
                       "dedicated unit."));
  if (!isfinite (self->target_pct) || self->target_pct < 0 || self->target_pct > 100)
    sxsh_issues_add (issues, "target-pct", FALSE, _("Target: must be between 0 and 100%%."));

  low_set = sxsh_plan_target_has_band_low (self);
  high_set = sxsh_plan_target_has_band_high (self);
  if (low_set && (!isfinite (self->band_low_pct) || self->band_low_pct > 100))
    sxsh_issues_add (issues, "band-low-pct", FALSE,
                     _("Saving band, low end: must be between 0 and 100%%."));
  if (high_set && (!isfinite (self->band_high_pct) || self->band_high_pct > 100))
    sxsh_issues_add (issues, "band-high-pct", FALSE,
                     _("Saving band, high end: must be between 0 and 100%%."));
  else if (high_set && !low_set)
    sxsh_issues_add (issues, "band-low-pct", FALSE,
                     _("Saving band, low end: required when the high end is set."));
  else if (low_set && high_set && self->band_high_pct < self->band_low_pct)
    sxsh_issues_add (issues, "band-high-pct", FALSE,
                     _("Saving band, high end: cannot be below the low end."));
  if (g_strcmp0 (self->indicator_key, "applying_saving") == 0 && !low_set)
    sxsh_issues_add (issues, "band-low-pct", FALSE,
                     _("Saving band, low end: required for the applying and saving indicator."));

  classes = g_strsplit (self->size_classes, ",", -1);
  for (guint i = 0; classes[i]; i++)
    {
      g_strstrip (classes[i]);
      if (*classes[i] == '\0')
        continue;
      if (sxsh_size_class_from_key (classes[i]) == SXSH_SIZE_UNKNOWN)
        {
          sxsh_issues_add (issues, "size-classes", FALSE,
                           _("Size classes: “%s” is not one of micro, small, medium, large."),
                           classes[i]);
          break;
        }
    }
  return issues;
}

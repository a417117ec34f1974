/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-activity-private.h"
#include "sxsh-plan.h"
#include "sxsh-validation.h"

struct _SxshPlan
{
  GObject  parent_instance;

  gint64   id;
  char    *code;
  char    *title;
  char    *issuer;
  char    *issued_on;
  int      first_year;
  int      last_year;
  char    *notes;
};

G_DEFINE_FINAL_TYPE (SxshPlan, sxsh_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_TITLE,
  PROP_ISSUER,
  PROP_ISSUED_ON,
  PROP_FIRST_YEAR,
  PROP_LAST_YEAR,
  PROP_NOTES,
  PROP_LABEL,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
sxsh_plan_finalize (GObject *object)
{
  SxshPlan *self = SXSH_PLAN (object);

  g_free (self->code);
  g_free (self->title);
  g_free (self->issuer);
  g_free (self->issued_on);
  g_free (self->notes);

  G_OBJECT_CLASS (sxsh_plan_parent_class)->finalize (object);
}

static void
sxsh_plan_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SxshPlan *self = SXSH_PLAN (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_ISSUER: g_value_set_string (value, self->issuer); break;
    case PROP_ISSUED_ON: g_value_set_string (value, self->issued_on); break;
    case PROP_FIRST_YEAR: g_value_set_int (value, self->first_year); break;
    case PROP_LAST_YEAR: g_value_set_int (value, self->last_year); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_LABEL: g_value_take_string (value, sxsh_plan_dup_label (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_plan_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SxshPlan *self = SXSH_PLAN (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_get_int64 (value); break;
    case PROP_CODE: sxsh_activity_set_string (&self->code, value); break;
    case PROP_TITLE: sxsh_activity_set_string (&self->title, value); break;
    case PROP_ISSUER: sxsh_activity_set_string (&self->issuer, value); break;
    case PROP_ISSUED_ON: sxsh_activity_set_string (&self->issued_on, value); break;
    case PROP_FIRST_YEAR: self->first_year = g_value_get_int (value); break;
    case PROP_LAST_YEAR: self->last_year = g_value_get_int (value); break;
    case PROP_NOTES: sxsh_activity_set_string (&self->notes, value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_object_notify_by_pspec (object, pspec);
  if (prop_id == PROP_CODE || prop_id == PROP_FIRST_YEAR || prop_id == PROP_LAST_YEAR)
    g_object_notify_by_pspec (object, properties[PROP_LABEL]);
}

static void
sxsh_plan_class_init (SxshPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sxsh_plan_finalize;
  object_class->get_property = sxsh_plan_get_property;
  object_class->set_property = sxsh_plan_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, "", rw);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_ISSUER] = g_param_spec_string ("issuer", NULL, NULL, "", rw);
  properties[PROP_ISSUED_ON] = g_param_spec_string ("issued-on", NULL, NULL, "", rw);
  properties[PROP_FIRST_YEAR] = g_param_spec_int ("first-year", NULL, NULL, 0, 9999, 0, rw);
  properties[PROP_LAST_YEAR] = g_param_spec_int ("last-year", NULL, NULL, 0, 9999, 0, rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  /**
   * SxshPlan:label:
   *
   * "2340/KH-UBND (2016–2020)", for drop-downs.
   */
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_plan_init (SxshPlan *self)
{
  self->code = g_strdup ("");
  self->title = g_strdup ("");
  self->issuer = g_strdup ("");
  self->issued_on = g_strdup ("");
  self->notes = g_strdup ("");
}

SxshPlan *
sxsh_plan_new (void)
{
  return g_object_new (SXSH_TYPE_PLAN, NULL);
}

SxshPlan *
sxsh_plan_copy (SxshPlan *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN (self), NULL);

  return g_object_new (SXSH_TYPE_PLAN,
                       "id", self->id,
                       "code", self->code,
                       "title", self->title,
                       "issuer", self->issuer,
                       "issued-on", self->issued_on,
                       "first-year", self->first_year,
                       "last-year", self->last_year,
                       "notes", self->notes,
                       NULL);
}

gint64
sxsh_plan_get_id (SxshPlan *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN (self), 0);
  return self->id;
}

void
sxsh_plan_set_id (SxshPlan *self,
                  gint64    id)
{
  g_return_if_fail (SXSH_IS_PLAN (self));
  g_object_set (self, "id", id, NULL);
}

const char *
sxsh_plan_get_code (SxshPlan *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN (self), NULL);
  return self->code;
}

const char *
sxsh_plan_get_title (SxshPlan *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN (self), NULL);
  return self->title;
}

const char *
sxsh_plan_get_issuer (SxshPlan *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN (self), NULL);
  return self->issuer;
}

const char *
sxsh_plan_get_issued_on (SxshPlan *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN (self), NULL);
  return self->issued_on;
}

int
sxsh_plan_get_first_year (SxshPlan *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN (self), 0);
  return self->first_year;
}

int
sxsh_plan_get_last_year (SxshPlan *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN (self), 0);
  return self->last_year;
}

const char *
sxsh_plan_get_notes (SxshPlan *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN (self), NULL);
  return self->notes;
}

/* Returns: (transfer full): "2340/KH-UBND (2016–2020)" */
char *
sxsh_plan_dup_label (SxshPlan *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN (self), NULL);
  return g_strdup_printf ("%s (%d–%d)", self->code, self->first_year, self->last_year);
}

/**
 * sxsh_plan_validate:
 *
 * Checks what can be checked without the database (the store adds the
 * uniqueness of the code).
 *
 * Returns: (transfer full) (element-type SxshIssue): what is wrong, field by
 *   field
 */
GPtrArray *
sxsh_plan_validate (SxshPlan *self)
{
  GPtrArray *issues = sxsh_issues_new ();
  g_autofree char *code = NULL;
  g_autofree char *title = NULL;
  gboolean years_ok = TRUE;

  g_return_val_if_fail (SXSH_IS_PLAN (self), issues);

  code = g_strstrip (g_strdup (self->code));
  title = g_strstrip (g_strdup (self->title));
  if (*code == '\0')
    sxsh_issues_add (issues, "code", FALSE, _("Code: required, e.g. 2340/KH-UBND."));
  if (*title == '\0')
    sxsh_issues_add (issues, "title", FALSE, _("Title: required."));
  if (self->first_year < SXSH_YEAR_MIN || self->first_year > SXSH_YEAR_MAX)
    {
      sxsh_issues_add (issues, "first-year", FALSE, _("First year: must be between %d and %d."),
                       SXSH_YEAR_MIN, SXSH_YEAR_MAX);
      years_ok = FALSE;
    }
  if (self->last_year < SXSH_YEAR_MIN || self->last_year > SXSH_YEAR_MAX)
    {
      sxsh_issues_add (issues, "last-year", FALSE, _("Last year: must be between %d and %d."),
                       SXSH_YEAR_MIN, SXSH_YEAR_MAX);
      years_ok = FALSE;
    }
  if (years_ok && self->last_year < self->first_year)
    sxsh_issues_add (issues, "last-year", FALSE,
                     _("Last year: cannot be before the first year."));
  sxsh_activity_check_date (issues, "issued-on", _("Issued on"), self->issued_on, FALSE);
  return issues;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-activity-private.h"
#include "sxsh-funding.h"
#include "sxsh-text.h"

struct _SxshFunding
{
  GObject            parent_instance;

  gint64             id;
  int                year;
  SxshFundingSource  source;
  gint64             plan_task_id;
  char              *plan_task_label;
  gint64             planned;
  gint64             disbursed;
  char              *notes;
  char              *search_key;
};

G_DEFINE_FINAL_TYPE (SxshFunding, sxsh_funding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_YEAR,
  PROP_SOURCE,
  PROP_SOURCE_LABEL,
  PROP_PLAN_TASK_ID,
  PROP_PLAN_TASK_LABEL,
  PROP_PLANNED,
  PROP_DISBURSED,
  PROP_DISBURSED_PCT,
  PROP_NOTES,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char *key;
  const char *label;
} sources[SXSH_FUNDING_N_SOURCES] = {
  { NULL, N_("Not recorded") },
  { "central", N_("Central budget") },
  { "local", N_("Local budget") },
  { "other", N_("Other sources") },
};

/* Returns: (nullable): the database key, %NULL for %SXSH_FUNDING_NONE */
const char *
sxsh_funding_source_to_string (SxshFundingSource source)
{
  if ((guint) source >= SXSH_FUNDING_N_SOURCES)
    return NULL;
  return sources[source].key;
}

SxshFundingSource
sxsh_funding_source_from_string (const char *key)
{
  for (guint i = 1; key && i < SXSH_FUNDING_N_SOURCES; i++)
    if (g_strcmp0 (sources[i].key, key) == 0)
      return (SxshFundingSource) i;
  return SXSH_FUNDING_NONE;
}

const char *
sxsh_funding_source_get_label (SxshFundingSource source)
{
  if ((guint) source >= SXSH_FUNDING_N_SOURCES)
    source = SXSH_FUNDING_NONE;
  return _(sources[source].label);
}

static void
sxsh_funding_finalize (GObject *object)
{
  SxshFunding *self = SXSH_FUNDING (object);

  g_free (self->plan_task_label);
  g_free (self->notes);
  g_free (self->search_key);

  G_OBJECT_CLASS (sxsh_funding_parent_class)->finalize (object);
}

static void
sxsh_funding_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SxshFunding *self = SXSH_FUNDING (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_SOURCE: g_value_set_int (value, self->source); break;
    case PROP_SOURCE_LABEL:
      g_value_set_string (value, sxsh_funding_source_get_label (self->source));
      break;
    case PROP_PLAN_TASK_ID: g_value_set_int64 (value, self->plan_task_id); break;
    case PROP_PLAN_TASK_LABEL: g_value_set_string (value, self->plan_task_label); break;
    case PROP_PLANNED: g_value_set_int64 (value, self->planned); break;
    case PROP_DISBURSED: g_value_set_int64 (value, self->disbursed); break;
    case PROP_DISBURSED_PCT:
      g_value_set_double (value, sxsh_funding_get_disbursed_pct (self));
      break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_string (SxshFunding  *self,
            char        **field,
            const GValue *value,
            guint         prop)
{
  if (!sxsh_activity_set_string (field, value))
    return;
  g_clear_pointer (&self->search_key, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
sxsh_funding_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SxshFunding *self = SXSH_FUNDING (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_YEAR:
      self->year = g_value_get_int (value);
      break;
    case PROP_SOURCE:
      self->source = (SxshFundingSource) g_value_get_int (value);
      g_clear_pointer (&self->search_key, g_free);
      g_object_notify_by_pspec (object, properties[PROP_SOURCE_LABEL]);
      break;
    case PROP_PLAN_TASK_ID:
      self->plan_task_id = g_value_get_int64 (value);
      break;
    case PROP_PLAN_TASK_LABEL:
      set_string (self, &self->plan_task_label, value, prop_id);
      return;
    case PROP_PLANNED:
      self->planned = g_value_get_int64 (value);
      g_object_notify_by_pspec (object, properties[PROP_DISBURSED_PCT]);
      break;
    case PROP_DISBURSED:
      self->disbursed = g_value_get_int64 (value);
      g_object_notify_by_pspec (object, properties[PROP_DISBURSED_PCT]);
      break;
    case PROP_NOTES:
      set_string (self, &self->notes, value, prop_id);
      return;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_object_notify_by_pspec (object, pspec);
}

static void
sxsh_funding_class_init (SxshFundingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sxsh_funding_finalize;
  object_class->get_property = sxsh_funding_get_property;
  object_class->set_property = sxsh_funding_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, rw);
  properties[PROP_SOURCE] = g_param_spec_int ("source", NULL, NULL, 0,
                                              SXSH_FUNDING_N_SOURCES - 1, 0, rw);
  properties[PROP_SOURCE_LABEL] = g_param_spec_string ("source-label", NULL, NULL, NULL, ro);
  properties[PROP_PLAN_TASK_ID] = g_param_spec_int64 ("plan-task-id", NULL, NULL,
                                                      0, G_MAXINT64, 0, rw);
  properties[PROP_PLAN_TASK_LABEL] = g_param_spec_string ("plan-task-label", NULL, NULL, "", rw);
  properties[PROP_PLANNED] = g_param_spec_int64 ("planned", NULL, NULL,
                                                 G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_DISBURSED] = g_param_spec_int64 ("disbursed", NULL, NULL,
                                                   G_MININT64, G_MAXINT64, 0, rw);
  /**
   * SxshFunding:disbursed-pct:
   *
   * Disbursed as a share of planned, in percent; -1 when nothing was planned.
   */
  properties[PROP_DISBURSED_PCT] = g_param_spec_double ("disbursed-pct", NULL, NULL,
                                                        -1, G_MAXDOUBLE, -1, ro);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_funding_init (SxshFunding *self)
{
  self->plan_task_label = g_strdup ("");
  self->notes = g_strdup ("");
}

SxshFunding *
sxsh_funding_new (void)
{
  return g_object_new (SXSH_TYPE_FUNDING, NULL);
}

/**
 * sxsh_funding_copy:
 *
 * Returns: (transfer full): an independent copy, for an editor to change
 *   without touching the row shown in the list
 */
SxshFunding *
sxsh_funding_copy (SxshFunding *self)
{
  SxshFunding *copy;

  g_return_val_if_fail (SXSH_IS_FUNDING (self), NULL);

  copy = sxsh_funding_new ();
  copy->id = self->id;
  copy->year = self->year;
  copy->source = self->source;
  copy->plan_task_id = self->plan_task_id;
  g_free (copy->plan_task_label);
  copy->plan_task_label = g_strdup (self->plan_task_label);
  copy->planned = self->planned;
  copy->disbursed = self->disbursed;
  g_free (copy->notes);
  copy->notes = g_strdup (self->notes);
  return copy;
}

gint64
sxsh_funding_get_id (SxshFunding *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING (self), 0);
  return self->id;
}

void
sxsh_funding_set_id (SxshFunding *self,
                     gint64       id)
{
  g_return_if_fail (SXSH_IS_FUNDING (self));
  g_object_set (self, "id", id, NULL);
}

int
sxsh_funding_get_year (SxshFunding *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING (self), 0);
  return self->year;
}

SxshFundingSource
sxsh_funding_get_source (SxshFunding *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING (self), SXSH_FUNDING_NONE);
  return self->source;
}

gint64
sxsh_funding_get_plan_task_id (SxshFunding *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING (self), 0);
  return self->plan_task_id;
}

const char *
sxsh_funding_get_plan_task_label (SxshFunding *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING (self), NULL);
  return self->plan_task_label;
}

gint64
sxsh_funding_get_planned (SxshFunding *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING (self), 0);
  return self->planned;
}

gint64
sxsh_funding_get_disbursed (SxshFunding *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING (self), 0);
  return self->disbursed;
}

/* Returns: the share disbursed in percent, or -1 when nothing was planned
 * (a share of nothing is not a number the user should see). */
double
sxsh_funding_get_disbursed_pct (SxshFunding *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING (self), -1);
  if (self->planned <= 0)
    return -1;
  return (double) self->disbursed * 100.0 / (double) self->planned;
}

const char *
sxsh_funding_get_notes (SxshFunding *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING (self), NULL);
  return self->notes;
}

/* Returns: the folded text that the store's search matches against */
const char *
sxsh_funding_get_search_key (SxshFunding *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING (self), NULL);
  if (self->search_key == NULL)
    {
      g_autofree char *joined = g_strjoin (" ", sxsh_funding_source_get_label (self->source),
                                           self->plan_task_label, self->notes, NULL);
      self->search_key = sxsh_text_fold (joined);
    }
  return self->search_key;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-activity-private.h"
#include "sxsh-plan-task.h"
#include "sxsh-text.h"
#include "sxsh-validation.h"

struct _SxshPlanTask
{
  GObject           parent_instance;

  gint64            id;
  gint64            plan_id;
  char             *code;
  char             *section;
  char             *task;
  char             *content;
  char             *expected_result;
  char             *timing;
  int               position;
  char             *lead_agencies;
  char             *partner_agencies;
  GArray           *lead_ids;
  GArray           *partner_ids;
  int               year;
  SxshTaskProgress  progress;
  char             *progress_note;
  char             *search_key;
};

G_DEFINE_FINAL_TYPE (SxshPlanTask, sxsh_plan_task, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PLAN_ID,
  PROP_CODE,
  PROP_SECTION,
  PROP_TASK,
  PROP_CONTENT,
  PROP_EXPECTED_RESULT,
  PROP_TIMING,
  PROP_POSITION,
  PROP_LEAD_AGENCIES,
  PROP_PARTNER_AGENCIES,
  PROP_YEAR,
  PROP_PROGRESS,
  PROP_PROGRESS_LABEL,
  PROP_PROGRESS_NOTE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char *key;
  const char *label;
} progress_names[SXSH_TASK_N_PROGRESS] = {
  { "not_started", N_("Not started") },
  { "in_progress", N_("In progress") },
  { "done", N_("Done") },
  { "postponed", N_("Postponed") },
};

const char *
sxsh_task_progress_to_string (SxshTaskProgress progress)
{
  g_return_val_if_fail ((guint) progress < SXSH_TASK_N_PROGRESS, NULL);
  return progress_names[progress].key;
}

gboolean
sxsh_task_progress_from_string (const char       *key,
                                SxshTaskProgress *progress)
{
  for (guint i = 0; key && i < SXSH_TASK_N_PROGRESS; i++)
    if (g_str_equal (progress_names[i].key, key))
      {
        *progress = (SxshTaskProgress) i;
        return TRUE;
      }
  return FALSE;
}

const char *
sxsh_task_progress_get_label (SxshTaskProgress progress)
{
  g_return_val_if_fail ((guint) progress < SXSH_TASK_N_PROGRESS, "");
  return _(progress_names[progress].label);
}

static void
sxsh_plan_task_finalize (GObject *object)
{
  SxshPlanTask *self = SXSH_PLAN_TASK (object);

  g_free (self->code);
  g_free (self->section);
  g_free (self->task);
  g_free (self->content);
  g_free (self->expected_result);
  g_free (self->timing);
  g_free (self->lead_agencies);
  g_free (self->partner_agencies);
  g_array_unref (self->lead_ids);
  g_array_unref (self->partner_ids);
  g_free (self->progress_note);
  g_free (self->search_key);

  G_OBJECT_CLASS (sxsh_plan_task_parent_class)->finalize (object);
}

static void
sxsh_plan_task_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SxshPlanTask *self = SXSH_PLAN_TASK (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_PLAN_ID: g_value_set_int64 (value, self->plan_id); break;
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_SECTION: g_value_set_string (value, self->section); break;
    case PROP_TASK: g_value_set_string (value, self->task); break;
    case PROP_CONTENT: g_value_set_string (value, self->content); break;
    case PROP_EXPECTED_RESULT: g_value_set_string (value, self->expected_result); break;
    case PROP_TIMING: g_value_set_string (value, self->timing); break;
    case PROP_POSITION: g_value_set_int (value, self->position); break;
    case PROP_LEAD_AGENCIES: g_value_set_string (value, self->lead_agencies); break;
    case PROP_PARTNER_AGENCIES: g_value_set_string (value, self->partner_agencies); break;
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_PROGRESS: g_value_set_int (value, self->progress); break;
    case PROP_PROGRESS_LABEL:
      g_value_set_string (value, sxsh_task_progress_get_label (self->progress));
      break;
    case PROP_PROGRESS_NOTE: g_value_set_string (value, self->progress_note); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_plan_task_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SxshPlanTask *self = SXSH_PLAN_TASK (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_get_int64 (value); break;
    case PROP_PLAN_ID: self->plan_id = g_value_get_int64 (value); break;
    case PROP_CODE: sxsh_activity_set_string (&self->code, value); break;
    case PROP_SECTION: sxsh_activity_set_string (&self->section, value); break;
    case PROP_TASK: sxsh_activity_set_string (&self->task, value); break;
    case PROP_CONTENT: sxsh_activity_set_string (&self->content, value); break;
    case PROP_EXPECTED_RESULT: sxsh_activity_set_string (&self->expected_result, value); break;
    case PROP_TIMING: sxsh_activity_set_string (&self->timing, value); break;
    case PROP_POSITION: self->position = g_value_get_int (value); break;
    case PROP_LEAD_AGENCIES: sxsh_activity_set_string (&self->lead_agencies, value); break;
    case PROP_PARTNER_AGENCIES: sxsh_activity_set_string (&self->partner_agencies, value); break;
    case PROP_YEAR: self->year = g_value_get_int (value); break;
    case PROP_PROGRESS:
      self->progress = (SxshTaskProgress) g_value_get_int (value);
      g_object_notify_by_pspec (object, properties[PROP_PROGRESS_LABEL]);
      break;
    case PROP_PROGRESS_NOTE: sxsh_activity_set_string (&self->progress_note, value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_clear_pointer (&self->search_key, g_free);
  g_object_notify_by_pspec (object, pspec);
}

static void
sxsh_plan_task_class_init (SxshPlanTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sxsh_plan_task_finalize;
  object_class->get_property = sxsh_plan_task_get_property;
  object_class->set_property = sxsh_plan_task_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_PLAN_ID] = g_param_spec_int64 ("plan-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, "", rw);
  properties[PROP_SECTION] = g_param_spec_string ("section", NULL, NULL, "", rw);
  properties[PROP_TASK] = g_param_spec_string ("task", NULL, NULL, "", rw);
  properties[PROP_CONTENT] = g_param_spec_string ("content", NULL, NULL, "", rw);
  properties[PROP_EXPECTED_RESULT] = g_param_spec_string ("expected-result", NULL, NULL, "", rw);
  properties[PROP_TIMING] = g_param_spec_string ("timing", NULL, NULL, "", rw);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, rw);
  /**
   * SxshPlanTask:lead-agencies:
   *
   * The lead agencies' names, joined by commas, as loaded by the store.
   */
  properties[PROP_LEAD_AGENCIES] = g_param_spec_string ("lead-agencies", NULL, NULL, "", rw);
  properties[PROP_PARTNER_AGENCIES] = g_param_spec_string ("partner-agencies", NULL, NULL,
                                                           "", rw);
  /**
   * SxshPlanTask:year:
   *
   * The year whose progress #SxshPlanTask:progress and
   * #SxshPlanTask:progress-note show.
   */
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, rw);
  properties[PROP_PROGRESS] = g_param_spec_int ("progress", NULL, NULL,
                                                0, SXSH_TASK_N_PROGRESS - 1, 0, rw);
  properties[PROP_PROGRESS_LABEL] = g_param_spec_string ("progress-label", NULL, NULL, NULL,
                                                         G_PARAM_READABLE
                                                         | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS_NOTE] = g_param_spec_string ("progress-note", NULL, NULL, "", rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_plan_task_init (SxshPlanTask *self)
{
  self->code = g_strdup ("");
  self->section = g_strdup ("");
  self->task = g_strdup ("");
  self->content = g_strdup ("");
  self->expected_result = g_strdup ("");
  self->timing = g_strdup ("");
  self->lead_agencies = g_strdup ("");
  self->partner_agencies = g_strdup ("");
  self->lead_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->partner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->progress_note = g_strdup ("");
}

SxshPlanTask *
sxsh_plan_task_new (void)
{
  return g_object_new (SXSH_TYPE_PLAN_TASK, NULL);
}

SxshPlanTask *
sxsh_plan_task_copy (SxshPlanTask *self)
{
  SxshPlanTask *copy;

  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), NULL);

  copy = g_object_new (SXSH_TYPE_PLAN_TASK,
                       "id", self->id,
                       "plan-id", self->plan_id,
                       "code", self->code,
                       "section", self->section,
                       "task", self->task,
                       "content", self->content,
                       "expected-result", self->expected_result,
                       "timing", self->timing,
                       "position", self->position,
                       "lead-agencies", self->lead_agencies,
                       "partner-agencies", self->partner_agencies,
                       "year", self->year,
                       "progress", (int) self->progress,
                       "progress-note", self->progress_note,
                       NULL);
  sxsh_plan_task_set_agencies (copy,
                               (const gint64 *) (gpointer) self->lead_ids->data,
                               self->lead_ids->len,
                               (const gint64 *) (gpointer) self->partner_ids->data,
                               self->partner_ids->len);
  return copy;
}

gint64
sxsh_plan_task_get_id (SxshPlanTask *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), 0);
  return self->id;
}

void
sxsh_plan_task_set_id (SxshPlanTask *self,
                       gint64        id)
{
  g_return_if_fail (SXSH_IS_PLAN_TASK (self));
  g_object_set (self, "id", id, NULL);
}

gint64
sxsh_plan_task_get_plan_id (SxshPlanTask *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), 0);
  return self->plan_id;
}

const char *
sxsh_plan_task_get_code (SxshPlanTask *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), NULL);
  return self->code;
}

const char *
sxsh_plan_task_get_section (SxshPlanTask *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), NULL);
  return self->section;
}

const char *
sxsh_plan_task_get_task (SxshPlanTask *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), NULL);
  return self->task;
}

const char *
sxsh_plan_task_get_content (SxshPlanTask *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), NULL);
  return self->content;
}

const char *
sxsh_plan_task_get_expected_result (SxshPlanTask *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), NULL);
  return self->expected_result;
}

const char *
sxsh_plan_task_get_timing (SxshPlanTask *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), NULL);
  return self->timing;
}

int
sxsh_plan_task_get_position (SxshPlanTask *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), 0);
  return self->position;
}

const char *
sxsh_plan_task_get_lead_agencies (SxshPlanTask *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), NULL);
  return self->lead_agencies;
}

const char *
sxsh_plan_task_get_partner_agencies (SxshPlanTask *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), NULL);
  return self->partner_agencies;
}

/* Returns: (array length=n_ids) (transfer none): the lead agencies' ids */
const gint64 *
sxsh_plan_task_get_lead_agency_ids (SxshPlanTask *self,
                                    guint        *n_ids)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), NULL);
  *n_ids = self->lead_ids->len;
  return (const gint64 *) (gpointer) self->lead_ids->data;
}

/* Returns: (array length=n_ids) (transfer none): the partner agencies' ids */
const gint64 *
sxsh_plan_task_get_partner_agency_ids (SxshPlanTask *self,
                                       guint        *n_ids)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), NULL);
  *n_ids = self->partner_ids->len;
  return (const gint64 *) (gpointer) self->partner_ids->data;
}

static void
fill_ids (GArray       *array,
          const gint64 *ids,
          guint         n_ids,
          GArray       *other)
{
  g_array_set_size (array, 0);
  for (guint i = 0; i < n_ids; i++)
    {
      gboolean seen = ids[i] <= 0;

      for (guint j = 0; !seen && j < array->len; j++)
        seen = g_array_index (array, gint64, j) == ids[i];
      /* An agency has one role per task (the table's primary key): lead
       * wins over partner. */
      for (guint j = 0; !seen && other && j < other->len; j++)
        seen = g_array_index (other, gint64, j) == ids[i];
      if (!seen)
        g_array_append_val (array, ids[i]);
    }
}

/**
 * sxsh_plan_task_set_agencies:
 * @lead_ids: (array length=n_lead): lead agencies
 * @partner_ids: (array length=n_partner): partner agencies; an agency
 *   already among the leads is dropped here
 *
 * Replaces both lists; the store writes them with the task.
 */
void
sxsh_plan_task_set_agencies (SxshPlanTask *self,
                             const gint64 *lead_ids,
                             guint         n_lead,
                             const gint64 *partner_ids,
                             guint         n_partner)
{
  g_return_if_fail (SXSH_IS_PLAN_TASK (self));

  fill_ids (self->lead_ids, lead_ids, n_lead, NULL);
  fill_ids (self->partner_ids, partner_ids, n_partner, self->lead_ids);
}

int
sxsh_plan_task_get_year (SxshPlanTask *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), 0);
  return self->year;
}

SxshTaskProgress
sxsh_plan_task_get_progress (SxshPlanTask *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), SXSH_TASK_NOT_STARTED);
  return self->progress;
}

const char *
sxsh_plan_task_get_progress_note (SxshPlanTask *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), NULL);
  return self->progress_note;
}

const char *
sxsh_plan_task_get_search_key (SxshPlanTask *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), NULL);

  if (self->search_key == NULL)
    {
      g_autofree char *joined = g_strjoin (" ", self->code, self->section, self->task,
                                           self->content, self->expected_result,
                                           self->lead_agencies, self->partner_agencies,
                                           self->progress_note, NULL);
      self->search_key = sxsh_text_fold (joined);
    }
  return self->search_key;
}

/**
 * sxsh_plan_task_validate:
 *
 * Returns: (transfer full) (element-type SxshIssue): what is wrong, field by
 *   field (the store adds the uniqueness of the code within the plan)
 */
GPtrArray *
sxsh_plan_task_validate (SxshPlanTask *self)
{
  GPtrArray *issues = sxsh_issues_new ();
  g_autofree char *code = NULL;
  g_autofree char *task = NULL;

  g_return_val_if_fail (SXSH_IS_PLAN_TASK (self), issues);

  code = g_strstrip (g_strdup (self->code));
  task = g_strstrip (g_strdup (self->task));
  if (*code == '\0')
    sxsh_issues_add (issues, "code", FALSE, _("Code: required, e.g. 1 or 2.3."));
  if (*task == '\0')
    sxsh_issues_add (issues, "task", FALSE, _("Task: required."));
  if ((guint) self->progress >= SXSH_TASK_N_PROGRESS)
    sxsh_issues_add (issues, "progress", FALSE, _("Progress: choose one of the list."));
  return issues;
}

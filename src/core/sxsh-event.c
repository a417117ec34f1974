/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-activity-private.h"
#include "sxsh-event.h"
#include "sxsh-text.h"
#include "sxsh-validation.h"

struct _SxshEvent
{
  GObject            parent_instance;

  gint64             id;
  SxshEventKind      kind;
  char              *title;
  char              *date;
  char              *place;
  char              *organiser;
  gint64             participants;
  gint64             quantity;
  gint64             cost;
  SxshFundingSource  funding_source;
  gint64             plan_task_id;
  char              *plan_task_label;
  char              *notes;
  GArray            *facility_ids;   /* gint64, sorted, no duplicates */
  char              *search_key;
};

G_DEFINE_FINAL_TYPE (SxshEvent, sxsh_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_IS_COMMUNICATION,
  PROP_TITLE,
  PROP_DATE,
  PROP_PLACE,
  PROP_ORGANISER,
  PROP_PARTICIPANTS,
  PROP_QUANTITY,
  PROP_COST,
  PROP_FUNDING_SOURCE,
  PROP_FUNDING_SOURCE_LABEL,
  PROP_PLAN_TASK_ID,
  PROP_PLAN_TASK_LABEL,
  PROP_NOTES,
  PROP_N_FACILITIES,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char *key;
  const char *label;
  const char *quantity_label;
  gboolean    communication;
} kinds[SXSH_EVENT_N_KINDS] = {
  { "workshop", N_("Workshop"), N_("Sessions"), FALSE },
  { "training", N_("Training course"), N_("Classes"), FALSE },
  { "tot", N_("Training of trainers"), N_("Classes"), FALSE },
  { "district_training", N_("District officer training"), N_("Classes"), FALSE },
  { "conference", N_("Conference"), N_("Sessions"), FALSE },
  { "reportage", N_("Reportage"), N_("Broadcasts"), TRUE },
  { "article", N_("News article"), N_("Articles"), TRUE },
  { "leaflet", N_("Leaflet"), N_("Copies"), TRUE },
  { "handbook", N_("Handbook"), N_("Copies"), TRUE },
  { "poster", N_("Poster or panel"), N_("Pieces"), TRUE },
  { "broadcast", N_("Broadcast"), N_("Broadcasts"), TRUE },
};

const char *
sxsh_event_kind_to_string (SxshEventKind kind)
{
  g_return_val_if_fail ((guint) kind < SXSH_EVENT_N_KINDS, NULL);
  return kinds[kind].key;
}

/* Returns: %TRUE when @key names a kind */
gboolean
sxsh_event_kind_from_string (const char    *key,
                             SxshEventKind *kind)
{
  for (guint i = 0; key && i < SXSH_EVENT_N_KINDS; i++)
    if (g_str_equal (kinds[i].key, key))
      {
        *kind = (SxshEventKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
sxsh_event_kind_get_label (SxshEventKind kind)
{
  g_return_val_if_fail ((guint) kind < SXSH_EVENT_N_KINDS, "");
  return _(kinds[kind].label);
}

/* Returns: what the quantity counts for this kind ("Copies", "Broadcasts") */
const char *
sxsh_event_kind_get_quantity_label (SxshEventKind kind)
{
  g_return_val_if_fail ((guint) kind < SXSH_EVENT_N_KINDS, "");
  return _(kinds[kind].quantity_label);
}

gboolean
sxsh_event_kind_is_communication (SxshEventKind kind)
{
  g_return_val_if_fail ((guint) kind < SXSH_EVENT_N_KINDS, FALSE);
  return kinds[kind].communication;
}

static void
sxsh_event_finalize (GObject *object)
{
  SxshEvent *self = SXSH_EVENT (object);

  g_free (self->title);
  g_free (self->date);
  g_free (self->place);
  g_free (self->organiser);
  g_free (self->plan_task_label);
  g_free (self->notes);
  g_array_unref (self->facility_ids);
  g_free (self->search_key);

  G_OBJECT_CLASS (sxsh_event_parent_class)->finalize (object);
}

static void
sxsh_event_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SxshEvent *self = SXSH_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_KIND: g_value_set_int (value, self->kind); break;
    case PROP_KIND_LABEL: g_value_set_string (value, sxsh_event_kind_get_label (self->kind)); break;
    case PROP_IS_COMMUNICATION:
      g_value_set_boolean (value, sxsh_event_kind_is_communication (self->kind));
      break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_DATE: g_value_set_string (value, self->date); break;
    case PROP_PLACE: g_value_set_string (value, self->place); break;
    case PROP_ORGANISER: g_value_set_string (value, self->organiser); break;
    case PROP_PARTICIPANTS: g_value_set_int64 (value, self->participants); break;
    case PROP_QUANTITY: g_value_set_int64 (value, self->quantity); break;
    case PROP_COST: g_value_set_int64 (value, self->cost); break;
    case PROP_FUNDING_SOURCE: g_value_set_int (value, self->funding_source); break;
    case PROP_FUNDING_SOURCE_LABEL:
      g_value_set_string (value, sxsh_funding_source_get_label (self->funding_source));
      break;
    case PROP_PLAN_TASK_ID: g_value_set_int64 (value, self->plan_task_id); break;
    case PROP_PLAN_TASK_LABEL: g_value_set_string (value, self->plan_task_label); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_N_FACILITIES: g_value_set_uint (value, self->facility_ids->len); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_event_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SxshEvent *self = SXSH_EVENT (object);
  gboolean changed = TRUE;

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_get_int64 (value); break;
    case PROP_KIND:
      changed = self->kind != (SxshEventKind) g_value_get_int (value);
      self->kind = (SxshEventKind) g_value_get_int (value);
      if (changed)
        {
          g_object_notify_by_pspec (object, properties[PROP_KIND_LABEL]);
          g_object_notify_by_pspec (object, properties[PROP_IS_COMMUNICATION]);
        }
      break;
    case PROP_TITLE: changed = sxsh_activity_set_string (&self->title, value); break;
    case PROP_DATE: changed = sxsh_activity_set_string (&self->date, value); break;
    case PROP_PLACE: changed = sxsh_activity_set_string (&self->place, value); break;
    case PROP_ORGANISER: changed = sxsh_activity_set_string (&self->organiser, value); break;
    case PROP_PARTICIPANTS: self->participants = g_value_get_int64 (value); break;
    case PROP_QUANTITY: self->quantity = g_value_get_int64 (value); break;
    case PROP_COST: self->cost = g_value_get_int64 (value); break;
    case PROP_FUNDING_SOURCE:
      self->funding_source = (SxshFundingSource) g_value_get_int (value);
      g_object_notify_by_pspec (object, properties[PROP_FUNDING_SOURCE_LABEL]);
      break;
    case PROP_PLAN_TASK_ID: self->plan_task_id = g_value_get_int64 (value); break;
    case PROP_PLAN_TASK_LABEL: changed = sxsh_activity_set_string (&self->plan_task_label, value); break;
    case PROP_NOTES: changed = sxsh_activity_set_string (&self->notes, value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (changed)
    {
      g_clear_pointer (&self->search_key, g_free);
      g_object_notify_by_pspec (object, pspec);
    }
}

static void
sxsh_event_class_init (SxshEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sxsh_event_finalize;
  object_class->get_property = sxsh_event_get_property;
  object_class->set_property = sxsh_event_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  /**
   * SxshEvent:kind:
   *
   * An #SxshEventKind.
   */
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, SXSH_EVENT_N_KINDS - 1, 0, rw);
  properties[PROP_KIND_LABEL] = g_param_spec_string ("kind-label", NULL, NULL, NULL, ro);
  properties[PROP_IS_COMMUNICATION] =
    g_param_spec_boolean ("is-communication", NULL, NULL, FALSE, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  /**
   * SxshEvent:date:
   *
   * The day of the event or of publication, ISO 8601 (YYYY-MM-DD).
   */
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, "", rw);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, "", rw);
  properties[PROP_ORGANISER] = g_param_spec_string ("organiser", NULL, NULL, "", rw);
  properties[PROP_PARTICIPANTS] = g_param_spec_int64 ("participants", NULL, NULL,
                                                      G_MININT64, G_MAXINT64, 0, rw);
  /**
   * SxshEvent:quantity:
   *
   * Copies printed or broadcasts aired (see
   * sxsh_event_kind_get_quantity_label()).
   */
  properties[PROP_QUANTITY] = g_param_spec_int64 ("quantity", NULL, NULL,
                                                  G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_COST] = g_param_spec_int64 ("cost", NULL, NULL, G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_FUNDING_SOURCE] = g_param_spec_int ("funding-source", NULL, NULL, 0,
                                                      SXSH_FUNDING_N_SOURCES - 1, 0, rw);
  properties[PROP_FUNDING_SOURCE_LABEL] =
    g_param_spec_string ("funding-source-label", NULL, NULL, NULL, ro);
  properties[PROP_PLAN_TASK_ID] = g_param_spec_int64 ("plan-task-id", NULL, NULL,
                                                      0, G_MAXINT64, 0, rw);
  properties[PROP_PLAN_TASK_LABEL] = g_param_spec_string ("plan-task-label", NULL, NULL, "", rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  properties[PROP_N_FACILITIES] = g_param_spec_uint ("n-facilities", NULL, NULL,
                                                     0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_event_init (SxshEvent *self)
{
  self->title = g_strdup ("");
  self->date = g_strdup ("");
  self->place = g_strdup ("");
  self->organiser = g_strdup ("");
  self->plan_task_label = g_strdup ("");
  self->notes = g_strdup ("");
  self->facility_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

SxshEvent *
sxsh_event_new (void)
{
  return g_object_new (SXSH_TYPE_EVENT, NULL);
}

/**
 * sxsh_event_copy:
 *
 * Returns: (transfer full): an independent copy, attendees included, for an
 *   editor to change
 */
SxshEvent *
sxsh_event_copy (SxshEvent *self)
{
  SxshEvent *copy;

  g_return_val_if_fail (SXSH_IS_EVENT (self), NULL);

  copy = g_object_new (SXSH_TYPE_EVENT,
                       "id", self->id,
                       "kind", (int) self->kind,
                       "title", self->title,
                       "date", self->date,
                       "place", self->place,
                       "organiser", self->organiser,
                       "participants", self->participants,
                       "quantity", self->quantity,
                       "cost", self->cost,
                       "funding-source", (int) self->funding_source,
                       "plan-task-id", self->plan_task_id,
                       "plan-task-label", self->plan_task_label,
                       "notes", self->notes,
                       NULL);
  sxsh_event_set_facility_ids (copy, (const gint64 *) (gpointer) self->facility_ids->data,
                               self->facility_ids->len);
  return copy;
}

gint64
sxsh_event_get_id (SxshEvent *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT (self), 0);
  return self->id;
}

void
sxsh_event_set_id (SxshEvent *self,
                   gint64     id)
{
  g_return_if_fail (SXSH_IS_EVENT (self));
  g_object_set (self, "id", id, NULL);
}

SxshEventKind
sxsh_event_get_kind (SxshEvent *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT (self), SXSH_EVENT_WORKSHOP);
  return self->kind;
}

gboolean
sxsh_event_get_is_communication (SxshEvent *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT (self), FALSE);
  return sxsh_event_kind_is_communication (self->kind);
}

const char *
sxsh_event_get_title (SxshEvent *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT (self), NULL);
  return self->title;
}

const char *
sxsh_event_get_date (SxshEvent *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT (self), NULL);
  return self->date;
}

const char *
sxsh_event_get_place (SxshEvent *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT (self), NULL);
  return self->place;
}

const char *
sxsh_event_get_organiser (SxshEvent *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT (self), NULL);
  return self->organiser;
}

gint64
sxsh_event_get_participants (SxshEvent *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT (self), 0);
  return self->participants;
}

gint64
sxsh_event_get_quantity (SxshEvent *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT (self), 0);
  return self->quantity;
}

gint64
sxsh_event_get_cost (SxshEvent *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT (self), 0);
  return self->cost;
}

SxshFundingSource
sxsh_event_get_funding_source (SxshEvent *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT (self), SXSH_FUNDING_NONE);
  return self->funding_source;
}

gint64
sxsh_event_get_plan_task_id (SxshEvent *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT (self), 0);
  return self->plan_task_id;
}

const char *
sxsh_event_get_plan_task_label (SxshEvent *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT (self), NULL);
  return self->plan_task_label;
}

const char *
sxsh_event_get_notes (SxshEvent *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT (self), NULL);
  return self->notes;
}

/**
 * sxsh_event_get_facility_ids:
 * @n_ids: (out): how many
 *
 * Returns: (array length=n_ids) (transfer none): the attending facilities,
 *   in increasing id order
 */
const gint64 *
sxsh_event_get_facility_ids (SxshEvent *self,
                             guint     *n_ids)
{
  g_return_val_if_fail (SXSH_IS_EVENT (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  *n_ids = self->facility_ids->len;
  return (const gint64 *) (gpointer) self->facility_ids->data;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;
  return (x > y) - (x < y);
}

/**
 * sxsh_event_set_facility_ids:
 * @ids: (array length=n_ids): the attending facilities, in any order;
 *   duplicates and ids ≤ 0 are dropped
 *
 * Replaces the whole list of attendees; the store writes it in the same
 * transaction as the event.
 */
void
sxsh_event_set_facility_ids (SxshEvent    *self,
                             const gint64 *ids,
                             guint         n_ids)
{
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint before;

  g_return_if_fail (SXSH_IS_EVENT (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  for (guint i = 0; i < n_ids; i++)
    if (ids[i] > 0)
      g_array_append_val (sorted, ids[i]);
  g_array_sort (sorted, compare_ids);
  for (guint i = 1; i < sorted->len;)
    {
      if (g_array_index (sorted, gint64, i) == g_array_index (sorted, gint64, i - 1))
        g_array_remove_index (sorted, i);
      else
        i++;
    }

  before = self->facility_ids->len;
  g_array_unref (self->facility_ids);
  self->facility_ids = g_steal_pointer (&sorted);
  if (before != self->facility_ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FACILITIES]);
}

/* Returns: the folded text that the store's search matches against */
const char *
sxsh_event_get_search_key (SxshEvent *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT (self), NULL);

  if (self->search_key == NULL)
    {
      g_autofree char *joined = g_strjoin (" ", self->title, sxsh_event_kind_get_label (self->kind),
                                           self->place, self->organiser, self->plan_task_label,
                                           self->notes, NULL);
      self->search_key = sxsh_text_fold (joined);
    }
  return self->search_key;
}

/**
 * sxsh_event_validate:
 *
 * Returns: (transfer full) (element-type SxshIssue): what is wrong, field by
 *   field (fields are the property names)
 */
GPtrArray *
sxsh_event_validate (SxshEvent *self)
{
  GPtrArray *issues = sxsh_issues_new ();
  g_autofree char *title = NULL;

  g_return_val_if_fail (SXSH_IS_EVENT (self), issues);

  if ((guint) self->kind >= SXSH_EVENT_N_KINDS)
    sxsh_issues_add (issues, "kind", FALSE, _("Kind: choose what kind of event this is."));
  title = g_strstrip (g_strdup (self->title));
  if (*title == '\0')
    sxsh_issues_add (issues, "title", FALSE, _("Title: required."));
  sxsh_activity_check_date (issues, "date", _("Date"), self->date, TRUE);
  sxsh_activity_check_amount (issues, "participants", _("Participants"), self->participants);
  sxsh_activity_check_amount (issues, "quantity", _("Quantity"), self->quantity);
  sxsh_activity_check_amount (issues, "cost", _("Cost"), self->cost);
  return issues;
}

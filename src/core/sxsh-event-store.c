/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sxsh-activity-private.h"
#include "sxsh-error.h"
#include "sxsh-event-store.h"
#include "sxsh-named-item.h"
#include "sxsh-text.h"
#include "sxsh-validation.h"

struct _SxshEventStore
{
  SxshItemList       parent_instance;

  SxshDatabase      *db;            /* the list's, borrowed */
  int                year;
  SxshEventCategory  category;
  int                kind_filter;   /* an SxshEventKind, or -1 for any */
};

G_DEFINE_FINAL_TYPE (SxshEventStore, sxsh_event_store, SXSH_TYPE_ITEM_LIST)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_CATEGORY,
  PROP_KIND_FILTER,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static const char select_sql[] =
  "SELECT e.id, e.kind, e.title, e.date, e.place, e.organiser, e.participants, e.quantity, "
  "       e.cost, e.funding_source, e.plan_task_id, t.code, t.task, e.notes "
  "FROM event e LEFT JOIN plan_task t ON t.id = e.plan_task_id "
  "WHERE e.date >= ?1 AND e.date < ?2 "
  "ORDER BY e.date, e.id";

static const char select_attendance_sql[] =
  "SELECT ef.event_id, ef.facility_id "
  "FROM event_facility ef JOIN event e ON e.id = ef.event_id "
  "WHERE e.date >= ?1 AND e.date < ?2 "
  "ORDER BY ef.event_id, ef.facility_id";

static const char select_attendees_sql[] =
  "SELECT f.id, f.name, COALESCE (f.tax_code, '') "
  "FROM event_facility ef JOIN facility f ON f.id = ef.facility_id "
  "WHERE ef.event_id = ?1";

static const char insert_sql[] =
  "INSERT INTO event (kind, title, date, place, organiser, participants, quantity, cost, "
  "                   funding_source, plan_task_id, notes) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";

static const char update_sql[] =
  "UPDATE event SET kind = ?1, title = ?2, date = ?3, place = ?4, organiser = ?5, "
  "participants = ?6, quantity = ?7, cost = ?8, funding_source = ?9, plan_task_id = ?10, "
  "notes = ?11 WHERE id = ?12";

static const char clear_attendance_sql[] = "DELETE FROM event_facility WHERE event_id = ?1";

static const char insert_attendance_sql[] =
  "INSERT INTO event_facility (event_id, facility_id) VALUES (?1, ?2)";

static const char delete_sql[] = "DELETE FROM event WHERE id = ?1";

static const char count_sql[] =
  "SELECT kind, count(*), COALESCE (SUM (participants), 0), COALESCE (SUM (quantity), 0), "
  "       COALESCE (SUM (cost), 0) "
  "FROM event WHERE date >= ?1 AND date < ?2 GROUP BY kind";

static const char count_facilities_sql[] =
  "SELECT e.kind, count(DISTINCT ef.facility_id) "
  "FROM event e JOIN event_facility ef ON ef.event_id = e.id "
  "WHERE e.date >= ?1 AND e.date < ?2 GROUP BY e.kind";

static const char *
get_search_key (SxshItemList *list,
                gpointer      item,
                guint         position)
{
  return sxsh_event_get_search_key (item);
}

static gboolean
match (gpointer item,
       gpointer data)
{
  SxshEventStore *self = data;
  SxshEvent *event = item;

  if (self->kind_filter >= 0 && (int) sxsh_event_get_kind (event) != self->kind_filter)
    return FALSE;
  switch (self->category)
    {
    case SXSH_EVENT_CATEGORY_MEETINGS:
      return !sxsh_event_get_is_communication (event);
    case SXSH_EVENT_CATEGORY_COMMUNICATION:
      return sxsh_event_get_is_communication (event);
    case SXSH_EVENT_CATEGORY_ALL:
    default:
      return TRUE;
    }
}

static gboolean
reload (SxshItemList  *list,
        GError       **error)
{
  return sxsh_event_store_reload (SXSH_EVENT_STORE (list), error);
}

static void
sxsh_event_store_constructed (GObject *object)
{
  SxshEventStore *self = SXSH_EVENT_STORE (object);

  G_OBJECT_CLASS (sxsh_event_store_parent_class)->constructed (object);
  self->db = sxsh_item_list_get_database (SXSH_ITEM_LIST (self));
}

static void
sxsh_event_store_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SxshEventStore *self = SXSH_EVENT_STORE (object);

  switch (prop_id)
    {
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_CATEGORY: g_value_set_int (value, self->category); break;
    case PROP_KIND_FILTER: g_value_set_int (value, self->kind_filter); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_event_store_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SxshEventStore *self = SXSH_EVENT_STORE (object);

  switch (prop_id)
    {
    case PROP_YEAR: sxsh_event_store_set_year (self, g_value_get_int (value)); break;
    case PROP_CATEGORY:
      sxsh_event_store_set_category (self, (SxshEventCategory) g_value_get_int (value));
      break;
    case PROP_KIND_FILTER: sxsh_event_store_set_kind_filter (self, g_value_get_int (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_event_store_class_init (SxshEventStoreClass *klass)
{
  static const char * const watched[] = { "event", "event_facility", "plan_task", "plan",
                                          "facility", NULL };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SxshItemListClass *list_class = SXSH_ITEM_LIST_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = sxsh_event_store_constructed;
  object_class->get_property = sxsh_event_store_get_property;
  object_class->set_property = sxsh_event_store_set_property;

  list_class->item_type = SXSH_TYPE_EVENT;
  list_class->watched_tables = watched;
  list_class->reload = reload;
  list_class->get_search_key = get_search_key;

  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, rw);
  /**
   * SxshEventStore:category:
   *
   * An #SxshEventCategory: meetings and communication are shown on pages
   * of their own.
   */
  properties[PROP_CATEGORY] = g_param_spec_int ("category", NULL, NULL,
                                                SXSH_EVENT_CATEGORY_ALL,
                                                SXSH_EVENT_CATEGORY_COMMUNICATION,
                                                SXSH_EVENT_CATEGORY_ALL, rw);
  properties[PROP_KIND_FILTER] = g_param_spec_int ("kind-filter", NULL, NULL,
                                                   -1, SXSH_EVENT_N_KINDS - 1, -1, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_event_store_init (SxshEventStore *self)
{
  self->kind_filter = -1;
  sxsh_item_list_set_match_func (SXSH_ITEM_LIST (self), match, self);
}

/**
 * sxsh_event_store_new:
 *
 * Returns: (transfer full): the events of a year, as a #GListModel of
 *   #SxshEvent in date order; empty until a year is set
 */
SxshEventStore *
sxsh_event_store_new (SxshDatabase *db)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);
  return g_object_new (SXSH_TYPE_EVENT_STORE, "database", db, NULL);
}

SxshDatabase *
sxsh_event_store_get_database (SxshEventStore *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT_STORE (self), NULL);
  return self->db;
}

gboolean
sxsh_event_store_reload (SxshEventStore  *self,
                         GError         **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  char first[11], next[11];
  SxshEvent *current = NULL;
  int rc;

  g_return_val_if_fail (SXSH_IS_EVENT_STORE (self), FALSE);

  sxsh_activity_year_bounds (self->year, first, next);
  stmt = sxsh_database_prepare (self->db, select_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_text (stmt, 1, first);
  sxsh_statement_bind_text (stmt, 2, next);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      g_autofree char *label = sxsh_activity_task_label (sxsh_statement_get_text (stmt, 11),
                                                         sxsh_statement_get_text (stmt, 12));
      gint64 id = sxsh_statement_get_int64 (stmt, 0);
      SxshEventKind kind = SXSH_EVENT_WORKSHOP;
      SxshEvent *event;

      sxsh_event_kind_from_string (sxsh_statement_get_text (stmt, 1), &kind);
      event = g_object_new (SXSH_TYPE_EVENT,
                            "id", id,
                            "kind", (int) kind,
                            "title", sxsh_statement_get_text (stmt, 2),
                            "date", sxsh_statement_get_text (stmt, 3),
                            "place", sxsh_statement_get_text (stmt, 4),
                            "organiser", sxsh_statement_get_text (stmt, 5),
                            "participants", sxsh_statement_get_int64 (stmt, 6),
                            "quantity", sxsh_statement_get_int64 (stmt, 7),
                            "cost", sxsh_statement_get_int64 (stmt, 8),
                            "funding-source", (int) sxsh_funding_source_from_string (
                                                sxsh_statement_get_text (stmt, 9)),
                            "plan-task-id", sxsh_statement_get_int64 (stmt, 10),
                            "plan-task-label", label,
                            "notes", sxsh_statement_get_text (stmt, 13),
                            NULL);
      g_ptr_array_add (all, event);
      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), event);
    }
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  g_clear_pointer (&stmt, sxsh_statement_release);

  /* Attendance comes ordered by event from one query; each run of rows of
   * one event becomes that event's list. */
  stmt = sxsh_database_prepare (self->db, select_attendance_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_text (stmt, 1, first);
  sxsh_statement_bind_text (stmt, 2, next);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      gint64 event_id = sxsh_statement_get_int64 (stmt, 0);
      gint64 facility_id = sxsh_statement_get_int64 (stmt, 1);

      if (current == NULL || sxsh_event_get_id (current) != event_id)
        {
          if (current)
            sxsh_event_set_facility_ids (current, (gint64 *) (gpointer) ids->data, ids->len);
          g_array_set_size (ids, 0);
          current = g_hash_table_lookup (by_id, &event_id);
        }
      g_array_append_val (ids, facility_id);
    }
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  if (current)
    sxsh_event_set_facility_ids (current, (gint64 *) (gpointer) ids->data, ids->len);

  sxsh_item_list_set_items (SXSH_ITEM_LIST (self), g_steal_pointer (&all));
  return TRUE;
}

void
sxsh_event_store_set_year (SxshEventStore *self,
                           int             year)
{
  g_return_if_fail (SXSH_IS_EVENT_STORE (self));

  if (self->year == year)
    return;
  self->year = year;
  sxsh_item_list_reload_or_warn (SXSH_ITEM_LIST (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

int
sxsh_event_store_get_year (SxshEventStore *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT_STORE (self), 0);
  return self->year;
}

void
sxsh_event_store_set_filter_text (SxshEventStore *self,
                                  const char     *text)
{
  g_return_if_fail (SXSH_IS_EVENT_STORE (self));
  sxsh_item_list_set_filter_text (SXSH_ITEM_LIST (self), text);
}

const char *
sxsh_event_store_get_filter_text (SxshEventStore *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT_STORE (self), NULL);
  return sxsh_item_list_get_filter_text (SXSH_ITEM_LIST (self));
}

void
sxsh_event_store_set_category (SxshEventStore    *self,
                               SxshEventCategory  category)
{
  g_return_if_fail (SXSH_IS_EVENT_STORE (self));

  if (self->category == category)
    return;
  self->category = category;
  sxsh_item_list_refilter (SXSH_ITEM_LIST (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

SxshEventCategory
sxsh_event_store_get_category (SxshEventStore *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT_STORE (self), SXSH_EVENT_CATEGORY_ALL);
  return self->category;
}

/**
 * sxsh_event_store_set_kind_filter:
 * @kind: an #SxshEventKind, or -1 for every kind
 */
void
sxsh_event_store_set_kind_filter (SxshEventStore *self,
                                  int             kind)
{
  g_return_if_fail (SXSH_IS_EVENT_STORE (self));
  g_return_if_fail (kind >= -1 && kind < SXSH_EVENT_N_KINDS);

  if (self->kind_filter == kind)
    return;
  self->kind_filter = kind;
  sxsh_item_list_refilter (SXSH_ITEM_LIST (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND_FILTER]);
}

int
sxsh_event_store_get_kind_filter (SxshEventStore *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT_STORE (self), -1);
  return self->kind_filter;
}

/* Returns: the number of events in the year, whatever the filters show */
guint
sxsh_event_store_get_total (SxshEventStore *self)
{
  g_return_val_if_fail (SXSH_IS_EVENT_STORE (self), 0);
  return sxsh_item_list_get_items (SXSH_ITEM_LIST (self))->len;
}

/* Returns: (transfer none) (nullable): the event with @id among the year's */
SxshEvent *
sxsh_event_store_lookup (SxshEventStore *self,
                         gint64          id)
{
  GPtrArray *all;

  g_return_val_if_fail (SXSH_IS_EVENT_STORE (self), NULL);

  all = sxsh_item_list_get_items (SXSH_ITEM_LIST (self));
  for (guint i = 0; i < all->len; i++)
    if (sxsh_event_get_id (g_ptr_array_index (all, i)) == id)
      return g_ptr_array_index (all, i);
  return NULL;
}

static int
compare_named_items (gconstpointer a,
                     gconstpointer b)
{
  return sxsh_text_collate (sxsh_named_item_get_name (*(SxshNamedItem **) a),
                            sxsh_named_item_get_name (*(SxshNamedItem **) b));
}

/**
 * sxsh_event_store_list_attendees:
 *
 * Returns: (transfer full) (nullable): the facilities that attended, as
 *   #SxshNamedItem (tax code as detail) in Vietnamese alphabetical order
 */
GListModel *
sxsh_event_store_list_attendees (SxshEventStore  *self,
                                 gint64           event_id,
                                 GError         **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *list;
  int rc;

  g_return_val_if_fail (SXSH_IS_EVENT_STORE (self), NULL);

  stmt = sxsh_database_prepare (self->db, select_attendees_sql, error);
  if (stmt == NULL)
    return NULL;
  sxsh_statement_bind_int64 (stmt, 1, event_id);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    g_ptr_array_add (found, sxsh_named_item_new (sxsh_statement_get_int64 (stmt, 0),
                                                 sxsh_statement_get_text (stmt, 1),
                                                 sxsh_statement_get_text (stmt, 2)));
  if (rc == SXSH_STEP_ERROR)
    return NULL;

  g_ptr_array_sort (found, compare_named_items);
  list = g_list_store_new (SXSH_TYPE_NAMED_ITEM);
  g_list_store_splice (list, 0, 0, found->pdata, found->len);
  return G_LIST_MODEL (list);
}

/**
 * sxsh_event_store_validate:
 *
 * Returns: (transfer full) (element-type SxshIssue): what is wrong, field by
 *   field
 */
GPtrArray *
sxsh_event_store_validate (SxshEventStore *self,
                           SxshEvent      *event)
{
  g_return_val_if_fail (SXSH_IS_EVENT_STORE (self), NULL);
  g_return_val_if_fail (SXSH_IS_EVENT (event), NULL);

  return sxsh_event_validate (event);
}

static void
bind_event (SxshStatement *stmt,
            gpointer       event)
{
  g_autofree char *title = g_strstrip (g_strdup (sxsh_event_get_title (event)));
  gint64 task = sxsh_event_get_plan_task_id (event);

  sxsh_statement_bind_text (stmt, 1, sxsh_event_kind_to_string (sxsh_event_get_kind (event)));
  sxsh_statement_bind_text (stmt, 2, title);
  sxsh_statement_bind_text (stmt, 3, sxsh_event_get_date (event));
  sxsh_statement_bind_text (stmt, 4, sxsh_event_get_place (event));
  sxsh_statement_bind_text (stmt, 5, sxsh_event_get_organiser (event));
  sxsh_statement_bind_int64 (stmt, 6, sxsh_event_get_participants (event));
  sxsh_statement_bind_int64 (stmt, 7, sxsh_event_get_quantity (event));
  sxsh_statement_bind_int64 (stmt, 8, sxsh_event_get_cost (event));
  sxsh_statement_bind_text (stmt, 9, sxsh_funding_source_to_string (
                                       sxsh_event_get_funding_source (event)));
  sxsh_statement_bind_optional_int64 (stmt, 10, task, task > 0);
  sxsh_statement_bind_text (stmt, 11, sxsh_event_get_notes (event));
}

/* Replaces the event's attendees with the event object's list. */
static gboolean
write_attendance (SxshEventStore  *self,
                  SxshEvent       *event,
                  GError         **error)
{
  gint64 id = sxsh_event_get_id (event);
  const gint64 *ids;
  guint n_ids;

  if (!sxsh_activity_run_for_id (self->db, clear_attendance_sql, id, error))
    return FALSE;
  ids = sxsh_event_get_facility_ids (event, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, insert_attendance_sql,
                                                             error);
      if (stmt == NULL)
        return FALSE;
      sxsh_statement_bind_int64 (stmt, 1, id);
      sxsh_statement_bind_int64 (stmt, 2, ids[i]);
      if (!sxsh_statement_run (stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_event (SxshEventStore  *self,
             SxshEvent       *event,
             gboolean         insert,
             GError         **error)
{
  g_autoptr(GPtrArray) issues = sxsh_event_store_validate (self, event);
  gint64 id;

  if (!sxsh_activity_check_issues (issues, FALSE, error))
    return FALSE;
  if (!sxsh_database_begin (self->db, error))
    return FALSE;
  id = sxsh_activity_write_row (self->db, insert ? insert_sql : update_sql, bind_event, event,
                                sxsh_event_get_id (event), 12,
                                _("The event no longer exists; it may have been deleted."),
                                error);
  if (id == 0)
    goto fail;
  if (insert)
    sxsh_event_set_id (event, id);
  if (!write_attendance (self, event, error))
    goto fail;
  return sxsh_activity_commit (self->db, "event", error);

fail:
  sxsh_database_rollback (self->db);
  if (insert)
    sxsh_event_set_id (event, 0);
  return FALSE;
}

/**
 * sxsh_event_store_insert:
 *
 * Writes the event and its attendees in one transaction.
 *
 * Returns: the new event's id (also set on @event), or 0 with @error set
 */
gint64
sxsh_event_store_insert (SxshEventStore  *self,
                         SxshEvent       *event,
                         GError         **error)
{
  g_return_val_if_fail (SXSH_IS_EVENT_STORE (self), 0);
  g_return_val_if_fail (SXSH_IS_EVENT (event), 0);

  sxsh_event_set_id (event, 0);
  if (!write_event (self, event, TRUE, error))
    return 0;
  return sxsh_event_get_id (event);
}

/**
 * sxsh_event_store_update:
 *
 * Writes the event and replaces its attendees, in one transaction.
 */
gboolean
sxsh_event_store_update (SxshEventStore  *self,
                         SxshEvent       *event,
                         GError         **error)
{
  g_return_val_if_fail (SXSH_IS_EVENT_STORE (self), FALSE);
  g_return_val_if_fail (SXSH_IS_EVENT (event), FALSE);
  g_return_val_if_fail (sxsh_event_get_id (event) > 0, FALSE);

  return write_event (self, event, FALSE, error);
}

/**
 * sxsh_event_store_delete:
 *
 * Deletes the event and its attendance list.
 *
 * Returns: (transfer full) (nullable): what was deleted, for
 *   sxsh_event_store_undo_delete(); %NULL with @error set on failure
 */
SxshRowSet *
sxsh_event_store_delete (SxshEventStore  *self,
                         gint64           id,
                         GError         **error)
{
  static const SxshActivityRows rows[] = {
    { "event", "id" },
    { "event_facility", "event_id" },
  };

  g_return_val_if_fail (SXSH_IS_EVENT_STORE (self), NULL);

  return sxsh_activity_delete (self->db, "event", rows, G_N_ELEMENTS (rows), delete_sql, id,
                               _("The event no longer exists; it may have been deleted."),
                               error);
}

gboolean
sxsh_event_store_undo_delete (SxshEventStore  *self,
                              SxshRowSet      *undo,
                              GError         **error)
{
  g_return_val_if_fail (SXSH_IS_EVENT_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  return sxsh_activity_undo_delete (self->db, undo, "event", error);
}

/**
 * sxsh_event_count_by_kind:
 * @counts: (out caller-allocates): indexed by #SxshEventKind
 *
 * Events, participants, copies, cost and distinct attending facilities per
 * kind in @year, for the dashboard and the annual report.
 */
gboolean
sxsh_event_count_by_kind (SxshDatabase    *db,
                          int              year,
                          SxshEventCount   counts[SXSH_EVENT_N_KINDS],
                          GError         **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  char first[11], next[11];
  int rc;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), FALSE);

  memset (counts, 0, sizeof (SxshEventCount) * SXSH_EVENT_N_KINDS);
  sxsh_activity_year_bounds (year, first, next);

  stmt = sxsh_database_prepare (db, count_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_text (stmt, 1, first);
  sxsh_statement_bind_text (stmt, 2, next);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      SxshEventKind kind;

      if (!sxsh_event_kind_from_string (sxsh_statement_get_text (stmt, 0), &kind))
        continue;
      counts[kind].n_events = (guint) sxsh_statement_get_int64 (stmt, 1);
      counts[kind].participants = sxsh_statement_get_int64 (stmt, 2);
      counts[kind].quantity = sxsh_statement_get_int64 (stmt, 3);
      counts[kind].cost = sxsh_statement_get_int64 (stmt, 4);
    }
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  g_clear_pointer (&stmt, sxsh_statement_release);

  stmt = sxsh_database_prepare (db, count_facilities_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_text (stmt, 1, first);
  sxsh_statement_bind_text (stmt, 2, next);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      SxshEventKind kind;

      if (sxsh_event_kind_from_string (sxsh_statement_get_text (stmt, 0), &kind))
        counts[kind].n_facilities = (guint) sxsh_statement_get_int64 (stmt, 1);
    }
  return rc != SXSH_STEP_ERROR;
}

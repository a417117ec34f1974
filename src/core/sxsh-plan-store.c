/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sxsh-activity-private.h"
#include "sxsh-error.h"
#include "sxsh-plan-store.h"
#include "sxsh-settings.h"
#include "sxsh-validation.h"

/* The list is the tasks of the plan shown. */
struct _SxshPlanStore
{
  SxshItemList  parent_instance;

  SxshDatabase *db;             /* the list's, borrowed */
  int           year;
  gint64        plan_id;        /* as asked; 0 = the current plan */
  SxshPlan     *plan;           /* the plan shown */
  GListStore   *plans;          /* SxshPlan */
  GListStore   *targets;        /* SxshPlanTarget of the plan shown */
};

/* A row that pointed at a deleted task and was set to NULL by the foreign
 * key; undo points it back. */
typedef struct
{
  const char *table;   /* "event" or "funding" */
  gint64      row_id;
  gint64      task_id;
} Relink;

struct _SxshPlanUndo
{
  SxshRowSet *rows;
  GArray     *relinks;
  const char *table;   /* what was deleted, for the change signal */
};

G_DEFINE_FINAL_TYPE (SxshPlanStore, sxsh_plan_store, SXSH_TYPE_ITEM_LIST)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_PLAN_ID,
  PROP_PLAN,
  PROP_PLANS,
  PROP_TARGETS,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static const char plans_sql[] =
  "SELECT id, code, title, issuer, issued_on, first_year, last_year, notes "
  "FROM plan ORDER BY first_year, code";

static const char plan_by_code_sql[] = "SELECT id FROM plan WHERE code = ?1";

static const char targets_sql[] =
  "SELECT id, plan_id, indicator_key, target_pct, band_low_pct, band_high_pct, size_classes "
  "FROM plan_target WHERE plan_id = ?1 ORDER BY id";

static const char tasks_sql[] =
  "SELECT t.id, t.plan_id, t.code, t.section, t.task, t.content, t.expected_result, t.timing, "
  "       t.position, p.status, p.note "
  "FROM plan_task t "
  "LEFT JOIN plan_task_progress p ON p.task_id = t.id AND p.year = ?2 "
  "WHERE t.plan_id = ?1 ORDER BY t.position, t.id";

static const char task_agencies_sql[] =
  "SELECT ta.task_id, ta.role, a.id, a.name "
  "FROM plan_task_agency ta "
  "JOIN agency a ON a.id = ta.agency_id "
  "JOIN plan_task t ON t.id = ta.task_id "
  "WHERE t.plan_id = ?1 ORDER BY ta.task_id, a.name";

static const char plan_code_taken_sql[] =
  "SELECT count(*) FROM plan WHERE code = ?1 AND id <> ?2";

static const char insert_plan_sql[] =
  "INSERT INTO plan (code, title, issuer, issued_on, first_year, last_year, notes) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

static const char update_plan_sql[] =
  "UPDATE plan SET code = ?1, title = ?2, issuer = ?3, issued_on = ?4, first_year = ?5, "
  "last_year = ?6, notes = ?7 WHERE id = ?8";

static const char delete_plan_sql[] = "DELETE FROM plan WHERE id = ?1";

static const char target_taken_sql[] =
  "SELECT count(*) FROM plan_target WHERE plan_id = ?1 AND indicator_key = ?2 AND id <> ?3";

static const char insert_target_sql[] =
  "INSERT INTO plan_target (plan_id, indicator_key, target_pct, band_low_pct, band_high_pct, "
  "                         size_classes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

static const char update_target_sql[] =
  "UPDATE plan_target SET plan_id = ?1, indicator_key = ?2, target_pct = ?3, "
  "band_low_pct = ?4, band_high_pct = ?5, size_classes = ?6 WHERE id = ?7";

static const char delete_target_sql[] = "DELETE FROM plan_target WHERE id = ?1";

static const char plan_exists_sql[] = "SELECT count(*) FROM plan WHERE id = ?1";

static const char task_code_taken_sql[] =
  "SELECT count(*) FROM plan_task WHERE plan_id = ?1 AND code = ?2 AND id <> ?3";

static const char next_position_sql[] =
  "SELECT COALESCE (MAX (position), 0) + 1 FROM plan_task WHERE plan_id = ?1";

static const char insert_task_sql[] =
  "INSERT INTO plan_task (plan_id, code, section, task, content, expected_result, timing, "
  "                       position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

static const char update_task_sql[] =
  "UPDATE plan_task SET plan_id = ?1, code = ?2, section = ?3, task = ?4, content = ?5, "
  "expected_result = ?6, timing = ?7, position = ?8 WHERE id = ?9";

static const char delete_task_sql[] = "DELETE FROM plan_task WHERE id = ?1";

static const char clear_task_agencies_sql[] = "DELETE FROM plan_task_agency WHERE task_id = ?1";

static const char insert_task_agency_sql[] =
  "INSERT INTO plan_task_agency (task_id, agency_id, role) VALUES (?1, ?2, ?3)";

static const char plan_task_ids_sql[] = "SELECT id FROM plan_task WHERE plan_id = ?1";

static const char task_events_sql[] = "SELECT id FROM event WHERE plan_task_id = ?1";

static const char task_funding_sql[] = "SELECT id FROM funding WHERE plan_task_id = ?1";

static const char relink_event_sql[] =
  "UPDATE event SET plan_task_id = ?1 WHERE id = ?2 AND plan_task_id IS NULL";

static const char relink_funding_sql[] =
  "UPDATE funding SET plan_task_id = ?1 WHERE id = ?2 AND plan_task_id IS NULL";

static const char set_progress_sql[] =
  "INSERT INTO plan_task_progress (task_id, year, status, note) VALUES (?1, ?2, ?3, ?4) "
  "ON CONFLICT (task_id, year) DO UPDATE SET status = excluded.status, note = excluded.note";

static const char *
get_search_key (SxshItemList *list,
                gpointer      item,
                guint         position)
{
  return sxsh_plan_task_get_search_key (item);
}

static gboolean
reload (SxshItemList  *list,
        GError       **error)
{
  return sxsh_plan_store_reload (SXSH_PLAN_STORE (list), error);
}

static void
sxsh_plan_store_dispose (GObject *object)
{
  SxshPlanStore *self = SXSH_PLAN_STORE (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->plans);
  g_clear_object (&self->targets);

  G_OBJECT_CLASS (sxsh_plan_store_parent_class)->dispose (object);
}

static void
sxsh_plan_store_constructed (GObject *object)
{
  SxshPlanStore *self = SXSH_PLAN_STORE (object);

  G_OBJECT_CLASS (sxsh_plan_store_parent_class)->constructed (object);
  self->db = sxsh_item_list_get_database (SXSH_ITEM_LIST (self));
  /* The plans list does not depend on the year: show it at once. */
  sxsh_item_list_reload_or_warn (SXSH_ITEM_LIST (self));
}

static void
sxsh_plan_store_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SxshPlanStore *self = SXSH_PLAN_STORE (object);

  switch (prop_id)
    {
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_PLAN_ID:
      g_value_set_int64 (value, self->plan ? sxsh_plan_get_id (self->plan) : 0);
      break;
    case PROP_PLAN: g_value_set_object (value, self->plan); break;
    case PROP_PLANS: g_value_set_object (value, self->plans); break;
    case PROP_TARGETS: g_value_set_object (value, self->targets); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_plan_store_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SxshPlanStore *self = SXSH_PLAN_STORE (object);

  switch (prop_id)
    {
    case PROP_YEAR: sxsh_plan_store_set_year (self, g_value_get_int (value)); break;
    case PROP_PLAN_ID: sxsh_plan_store_set_plan_id (self, g_value_get_int64 (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_plan_store_class_init (SxshPlanStoreClass *klass)
{
  static const char * const watched[] = { "plan", "plan_target", "plan_task",
                                          "plan_task_agency", "plan_task_progress", "agency",
                                          "settings", NULL };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SxshItemListClass *list_class = SXSH_ITEM_LIST_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sxsh_plan_store_dispose;
  object_class->constructed = sxsh_plan_store_constructed;
  object_class->get_property = sxsh_plan_store_get_property;
  object_class->set_property = sxsh_plan_store_set_property;

  list_class->item_type = SXSH_TYPE_PLAN_TASK;
  list_class->watched_tables = watched;
  list_class->reload = reload;
  list_class->get_search_key = get_search_key;

  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, rw);
  /**
   * SxshPlanStore:plan-id:
   *
   * The plan shown; setting 0 shows the current plan of the settings (or
   * the latest plan).
   */
  properties[PROP_PLAN_ID] = g_param_spec_int64 ("plan-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_PLAN] = g_param_spec_object ("plan", NULL, NULL, SXSH_TYPE_PLAN, ro);
  properties[PROP_PLANS] = g_param_spec_object ("plans", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_TARGETS] = g_param_spec_object ("targets", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_plan_store_init (SxshPlanStore *self)
{
  self->plans = g_list_store_new (SXSH_TYPE_PLAN);
  self->targets = g_list_store_new (SXSH_TYPE_PLAN_TARGET);
}

/**
 * sxsh_plan_store_new:
 *
 * Returns: (transfer full): the tasks of a plan with their progress in a
 *   year, as a #GListModel of #SxshPlanTask; the plans themselves and the
 *   shown plan's targets are the #SxshPlanStore:plans and
 *   #SxshPlanStore:targets models
 */
SxshPlanStore *
sxsh_plan_store_new (SxshDatabase *db)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);
  return g_object_new (SXSH_TYPE_PLAN_STORE, "database", db, NULL);
}

SxshDatabase *
sxsh_plan_store_get_database (SxshPlanStore *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), NULL);
  return self->db;
}

static SxshPlan *
find_plan (GPtrArray *plans,
           gint64     id)
{
  for (guint i = 0; i < plans->len; i++)
    if (sxsh_plan_get_id (g_ptr_array_index (plans, i)) == id)
      return g_ptr_array_index (plans, i);
  return NULL;
}

/* The plan shown when none was chosen: the settings' current plan, else
 * the one that starts last. */
static SxshPlan *
default_plan (SxshPlanStore *self,
              GPtrArray     *plans)
{
  g_autofree char *code = sxsh_settings_get (self->db, SXSH_SETTING_CURRENT_PLAN);
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, plan_by_code_sql, NULL);
  SxshPlan *best = NULL;

  if (stmt != NULL)
    {
      sxsh_statement_bind_text (stmt, 1, code);
      if (sxsh_statement_step (stmt, NULL) == SXSH_STEP_ROW)
        best = find_plan (plans, sxsh_statement_get_int64 (stmt, 0));
    }
  if (best == NULL && plans->len > 0)
    best = g_ptr_array_index (plans, plans->len - 1);
  return best;
}

static gboolean
load_plans (SxshPlanStore  *self,
            GPtrArray      *plans,
            GError        **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, plans_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    g_ptr_array_add (plans, g_object_new (SXSH_TYPE_PLAN,
                                          "id", sxsh_statement_get_int64 (stmt, 0),
                                          "code", sxsh_statement_get_text (stmt, 1),
                                          "title", sxsh_statement_get_text (stmt, 2),
                                          "issuer", sxsh_statement_get_text (stmt, 3),
                                          "issued-on", sxsh_statement_get_text (stmt, 4),
                                          "first-year", sxsh_statement_get_int (stmt, 5),
                                          "last-year", sxsh_statement_get_int (stmt, 6),
                                          "notes", sxsh_statement_get_text (stmt, 7),
                                          NULL));
  return rc != SXSH_STEP_ERROR;
}

static gboolean
load_targets (SxshPlanStore  *self,
              gint64          plan_id,
              GPtrArray      *targets,
              GError        **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, targets_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, plan_id);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    g_ptr_array_add (targets,
                     g_object_new (SXSH_TYPE_PLAN_TARGET,
                                   "id", sxsh_statement_get_int64 (stmt, 0),
                                   "plan-id", sxsh_statement_get_int64 (stmt, 1),
                                   "indicator-key", sxsh_statement_get_text (stmt, 2),
                                   "target-pct", sxsh_statement_get_double (stmt, 3),
                                   "band-low-pct", sxsh_statement_is_null (stmt, 4)
                                                     ? -1.0 : sxsh_statement_get_double (stmt, 4),
                                   "band-high-pct", sxsh_statement_is_null (stmt, 5)
                                                      ? -1.0 : sxsh_statement_get_double (stmt, 5),
                                   "size-classes", sxsh_statement_get_text (stmt, 6),
                                   NULL));
  return rc != SXSH_STEP_ERROR;
}

/* Gives each task its agencies: ids and the names joined for the list. */
static gboolean
load_agencies (SxshPlanStore  *self,
               gint64          plan_id,
               GHashTable     *by_id,
               GError        **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, task_agencies_sql, error);
  g_autoptr(GArray) lead = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) partner = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GString) lead_names = g_string_new (NULL);
  g_autoptr(GString) partner_names = g_string_new (NULL);
  SxshPlanTask *current = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, plan_id);
  for (;;)
    {
      gint64 task_id = 0;

      rc = sxsh_statement_step (stmt, error);
      if (rc == SXSH_STEP_ERROR)
        return FALSE;
      if (rc == SXSH_STEP_ROW)
        task_id = sxsh_statement_get_int64 (stmt, 0);
      if (current && (rc == SXSH_STEP_DONE || sxsh_plan_task_get_id (current) != task_id))
        {
          sxsh_plan_task_set_agencies (current,
                                       (gint64 *) (gpointer) lead->data, lead->len,
                                       (gint64 *) (gpointer) partner->data, partner->len);
          g_object_set (current,
                        "lead-agencies", lead_names->str,
                        "partner-agencies", partner_names->str,
                        NULL);
          current = NULL;
        }
      if (rc == SXSH_STEP_DONE)
        break;
      if (current == NULL)
        {
          current = g_hash_table_lookup (by_id, &task_id);
          g_array_set_size (lead, 0);
          g_array_set_size (partner, 0);
          g_string_truncate (lead_names, 0);
          g_string_truncate (partner_names, 0);
        }
      if (current)
        {
          gboolean is_lead = g_strcmp0 (sxsh_statement_get_text (stmt, 1), "lead") == 0;
          gint64 agency_id = sxsh_statement_get_int64 (stmt, 2);
          GString *names = is_lead ? lead_names : partner_names;

          g_array_append_val (is_lead ? lead : partner, agency_id);
          if (names->len)
            g_string_append (names, ", ");
          g_string_append (names, sxsh_statement_get_text (stmt, 3));
        }
    }
  return TRUE;
}

static gboolean
load_tasks (SxshPlanStore  *self,
            gint64          plan_id,
            GPtrArray      *tasks,
            GError        **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  int rc;

  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, tasks_sql, error);
    if (stmt == NULL)
      return FALSE;
    sxsh_statement_bind_int64 (stmt, 1, plan_id);
    sxsh_statement_bind_int64 (stmt, 2, self->year);
    while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
      {
        gint64 id = sxsh_statement_get_int64 (stmt, 0);
        SxshTaskProgress progress = SXSH_TASK_NOT_STARTED;
        SxshPlanTask *task;

        sxsh_task_progress_from_string (sxsh_statement_get_text (stmt, 9), &progress);
        task = g_object_new (SXSH_TYPE_PLAN_TASK,
                             "id", id,
                             "plan-id", sxsh_statement_get_int64 (stmt, 1),
                             "code", sxsh_statement_get_text (stmt, 2),
                             "section", sxsh_statement_get_text (stmt, 3),
                             "task", sxsh_statement_get_text (stmt, 4),
                             "content", sxsh_statement_get_text (stmt, 5),
                             "expected-result", sxsh_statement_get_text (stmt, 6),
                             "timing", sxsh_statement_get_text (stmt, 7),
                             "position", sxsh_statement_get_int (stmt, 8),
                             "year", self->year,
                             "progress", (int) progress,
                             "progress-note", sxsh_statement_get_text (stmt, 10),
                             NULL);
        g_ptr_array_add (tasks, task);
        g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), task);
      }
    if (rc == SXSH_STEP_ERROR)
      return FALSE;
  }
  return load_agencies (self, plan_id, by_id, error);
}

gboolean
sxsh_plan_store_reload (SxshPlanStore  *self,
                        GError        **error)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  SxshPlan *shown = NULL;
  gint64 shown_id;

  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), FALSE);

  if (!load_plans (self, plans, error))
    return FALSE;
  if (self->plan_id > 0)
    shown = find_plan (plans, self->plan_id);
  if (shown == NULL)
    shown = default_plan (self, plans);
  shown_id = shown ? sxsh_plan_get_id (shown) : 0;
  if (shown_id > 0
      && (!load_targets (self, shown_id, targets, error)
          || !load_tasks (self, shown_id, tasks, error)))
    return FALSE;

  g_list_store_splice (self->plans, 0, g_list_model_get_n_items (G_LIST_MODEL (self->plans)),
                       plans->pdata, plans->len);
  g_list_store_splice (self->targets, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->targets)),
                       targets->pdata, targets->len);
  if (g_set_object (&self->plan, shown))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID]);
    }
  sxsh_item_list_set_items (SXSH_ITEM_LIST (self), g_steal_pointer (&tasks));
  return TRUE;
}

void
sxsh_plan_store_set_year (SxshPlanStore *self,
                          int            year)
{
  g_return_if_fail (SXSH_IS_PLAN_STORE (self));

  if (self->year == year)
    return;
  self->year = year;
  sxsh_item_list_reload_or_warn (SXSH_ITEM_LIST (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

int
sxsh_plan_store_get_year (SxshPlanStore *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), 0);
  return self->year;
}

/**
 * sxsh_plan_store_set_plan_id:
 * @plan_id: the plan to show, or 0 for the current plan
 */
void
sxsh_plan_store_set_plan_id (SxshPlanStore *self,
                             gint64         plan_id)
{
  g_return_if_fail (SXSH_IS_PLAN_STORE (self));

  if (self->plan_id == plan_id)
    return;
  self->plan_id = plan_id;
  sxsh_item_list_reload_or_warn (SXSH_ITEM_LIST (self));
}

/* Returns: the id of the plan shown, 0 when there is no plan */
gint64
sxsh_plan_store_get_plan_id (SxshPlanStore *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), 0);
  return self->plan ? sxsh_plan_get_id (self->plan) : 0;
}

/* Returns: (transfer none) (nullable): the plan shown */
SxshPlan *
sxsh_plan_store_get_plan (SxshPlanStore *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), NULL);
  return self->plan;
}

void
sxsh_plan_store_set_filter_text (SxshPlanStore *self,
                                 const char    *text)
{
  g_return_if_fail (SXSH_IS_PLAN_STORE (self));
  sxsh_item_list_set_filter_text (SXSH_ITEM_LIST (self), text);
}

const char *
sxsh_plan_store_get_filter_text (SxshPlanStore *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), NULL);
  return sxsh_item_list_get_filter_text (SXSH_ITEM_LIST (self));
}

/* Returns: (transfer none): every plan, a #GListModel of #SxshPlan in
 * order of their first year */
GListModel *
sxsh_plan_store_get_plans (SxshPlanStore *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), NULL);
  return G_LIST_MODEL (self->plans);
}

/* Returns: (transfer none): the shown plan's targets, a #GListModel of
 * #SxshPlanTarget */
GListModel *
sxsh_plan_store_get_targets (SxshPlanStore *self)
{
  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), NULL);
  return G_LIST_MODEL (self->targets);
}

/* Returns: (transfer none) (nullable): a task of the plan shown */
SxshPlanTask *
sxsh_plan_store_lookup_task (SxshPlanStore *self,
                             gint64         task_id)
{
  GPtrArray *all;

  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), NULL);

  all = sxsh_item_list_get_items (SXSH_ITEM_LIST (self));
  for (guint i = 0; i < all->len; i++)
    if (sxsh_plan_task_get_id (g_ptr_array_index (all, i)) == task_id)
      return g_ptr_array_index (all, i);
  return NULL;
}

/* Runs a count(*) query whose parameters the caller bound; %FALSE (no row
 * counted) when the query cannot run. */
static gboolean
count_positive (SxshStatement *stmt)
{
  return stmt != NULL && sxsh_statement_step (stmt, NULL) == SXSH_STEP_ROW
         && sxsh_statement_get_int64 (stmt, 0) > 0;
}

static gboolean
plan_exists (SxshPlanStore *self,
             gint64         plan_id)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, plan_exists_sql, NULL);

  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, plan_id);
  return count_positive (stmt);
}

/**
 * sxsh_plan_store_validate_plan:
 *
 * Returns: (transfer full) (element-type SxshIssue): what is wrong, field by
 *   field; the code must be unique
 */
GPtrArray *
sxsh_plan_store_validate_plan (SxshPlanStore *self,
                               SxshPlan      *plan)
{
  GPtrArray *issues;
  g_autofree char *code = NULL;

  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), NULL);
  g_return_val_if_fail (SXSH_IS_PLAN (plan), NULL);

  issues = sxsh_plan_validate (plan);
  code = g_strstrip (g_strdup (sxsh_plan_get_code (plan)));
  if (*code)
    {
      g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, plan_code_taken_sql, NULL);

      if (stmt != NULL)
        {
          sxsh_statement_bind_text (stmt, 1, code);
          sxsh_statement_bind_int64 (stmt, 2, sxsh_plan_get_id (plan));
          if (count_positive (stmt))
            sxsh_issues_add (issues, "code", FALSE,
                             _("Code: there is already a plan %s."), code);
        }
    }
  return issues;
}

static void
bind_plan (SxshStatement *stmt,
           gpointer       plan)
{
  g_autofree char *code = g_strstrip (g_strdup (sxsh_plan_get_code (plan)));
  g_autofree char *title = g_strstrip (g_strdup (sxsh_plan_get_title (plan)));

  sxsh_statement_bind_text (stmt, 1, code);
  sxsh_statement_bind_text (stmt, 2, title);
  sxsh_statement_bind_text (stmt, 3, sxsh_plan_get_issuer (plan));
  sxsh_statement_bind_optional_text (stmt, 4, sxsh_plan_get_issued_on (plan));
  sxsh_statement_bind_int64 (stmt, 5, sxsh_plan_get_first_year (plan));
  sxsh_statement_bind_int64 (stmt, 6, sxsh_plan_get_last_year (plan));
  sxsh_statement_bind_text (stmt, 7, sxsh_plan_get_notes (plan));
}

static gboolean
write_plan (SxshPlanStore  *self,
            SxshPlan       *plan,
            gboolean        insert,
            GError        **error)
{
  gint64 id = sxsh_activity_write_row (self->db, insert ? insert_plan_sql : update_plan_sql,
                                       bind_plan, plan, sxsh_plan_get_id (plan), 8,
                                       _("The plan no longer exists; it may have been deleted."),
                                       error);

  if (id == 0)
    return FALSE;
  if (insert)
    sxsh_plan_set_id (plan, id);
  return TRUE;
}

/**
 * sxsh_plan_store_validate_target:
 *
 * Returns: (transfer full) (element-type SxshIssue): what is wrong, field by
 *   field; a plan has one target per indicator
 */
GPtrArray *
sxsh_plan_store_validate_target (SxshPlanStore  *self,
                                 SxshPlanTarget *target)
{
  GPtrArray *issues;

  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), NULL);
  g_return_val_if_fail (SXSH_IS_PLAN_TARGET (target), NULL);

  issues = sxsh_plan_target_validate (target);
  if (!plan_exists (self, sxsh_plan_target_get_plan_id (target)))
    sxsh_issues_add (issues, "plan-id", FALSE, _("Plan: the target must belong to a saved plan."));
  else
    {
      g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, target_taken_sql, NULL);

      if (stmt != NULL)
        {
          sxsh_statement_bind_int64 (stmt, 1, sxsh_plan_target_get_plan_id (target));
          sxsh_statement_bind_text (stmt, 2, sxsh_plan_target_get_indicator_key (target));
          sxsh_statement_bind_int64 (stmt, 3, sxsh_plan_target_get_id (target));
          if (count_positive (stmt))
            sxsh_issues_add (issues, "indicator-key", FALSE,
                             _("Indicator: the plan already has a target for %s."),
                             sxsh_plan_indicator_get_label (
                               sxsh_plan_target_get_indicator_key (target)));
        }
    }
  return issues;
}

/* A band end below 0 is unset: NULL in the table. */
static void
bind_band (SxshStatement *stmt,
           int            index,
           double         value)
{
  if (value < 0)
    sxsh_statement_bind_null (stmt, index);
  else
    sxsh_statement_bind_double (stmt, index, value);
}

/* Normalises "medium, large" to "medium,large" as the indicators read it. */
static char *
normalize_size_classes (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; parts[i]; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i])
        g_ptr_array_add (kept, parts[i]);
    }
  g_ptr_array_add (kept, NULL);
  return g_strjoinv (",", (char **) kept->pdata);
}

static void
bind_target (SxshStatement *stmt,
             gpointer       target)
{
  g_autofree char *classes = normalize_size_classes (sxsh_plan_target_get_size_classes (target));

  sxsh_statement_bind_int64 (stmt, 1, sxsh_plan_target_get_plan_id (target));
  sxsh_statement_bind_text (stmt, 2, sxsh_plan_target_get_indicator_key (target));
  sxsh_statement_bind_double (stmt, 3, sxsh_plan_target_get_target_pct (target));
  bind_band (stmt, 4, sxsh_plan_target_get_band_low_pct (target));
  bind_band (stmt, 5, sxsh_plan_target_get_band_high_pct (target));
  sxsh_statement_bind_text (stmt, 6, classes);
}

static gboolean
write_target (SxshPlanStore   *self,
              SxshPlanTarget  *target,
              gboolean         insert,
              GError         **error)
{
  g_autoptr(GPtrArray) issues = sxsh_plan_store_validate_target (self, target);
  gint64 id;

  if (!sxsh_activity_check_issues (issues, FALSE, error))
    return FALSE;
  id = sxsh_activity_write_row (self->db, insert ? insert_target_sql : update_target_sql,
                                bind_target, target, sxsh_plan_target_get_id (target), 7,
                                _("The target no longer exists; it may have been deleted."),
                                error);
  if (id == 0)
    return FALSE;
  if (insert)
    sxsh_plan_target_set_id (target, id);
  return TRUE;
}

/**
 * sxsh_plan_store_validate_task:
 *
 * Returns: (transfer full) (element-type SxshIssue): what is wrong, field by
 *   field; a code is unique within its plan
 */
GPtrArray *
sxsh_plan_store_validate_task (SxshPlanStore *self,
                               SxshPlanTask  *task)
{
  GPtrArray *issues;
  g_autofree char *code = NULL;

  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), NULL);
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (task), NULL);

  issues = sxsh_plan_task_validate (task);
  code = g_strstrip (g_strdup (sxsh_plan_task_get_code (task)));
  if (!plan_exists (self, sxsh_plan_task_get_plan_id (task)))
    sxsh_issues_add (issues, "plan-id", FALSE, _("Plan: the task must belong to a saved plan."));
  else if (*code)
    {
      g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, task_code_taken_sql, NULL);

      if (stmt != NULL)
        {
          sxsh_statement_bind_int64 (stmt, 1, sxsh_plan_task_get_plan_id (task));
          sxsh_statement_bind_text (stmt, 2, code);
          sxsh_statement_bind_int64 (stmt, 3, sxsh_plan_task_get_id (task));
          if (count_positive (stmt))
            sxsh_issues_add (issues, "code", FALSE,
                             _("Code: the plan already has a task %s."), code);
        }
    }
  return issues;
}

static gboolean
write_task_agencies (SxshPlanStore  *self,
                     SxshPlanTask   *task,
                     GError        **error)
{
  gint64 task_id = sxsh_plan_task_get_id (task);
  const char *roles[] = { "lead", "partner" };

  if (!sxsh_activity_run_for_id (self->db, clear_task_agencies_sql, task_id, error))
    return FALSE;
  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      guint n;
      const gint64 *ids = r == 0 ? sxsh_plan_task_get_lead_agency_ids (task, &n)
                                 : sxsh_plan_task_get_partner_agency_ids (task, &n);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db,
                                                                 insert_task_agency_sql, error);
          if (stmt == NULL)
            return FALSE;
          sxsh_statement_bind_int64 (stmt, 1, task_id);
          sxsh_statement_bind_int64 (stmt, 2, ids[i]);
          sxsh_statement_bind_text (stmt, 3, roles[r]);
          if (!sxsh_statement_run (stmt, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* A task as it is written: its place in the list is worked out first. */
typedef struct
{
  SxshPlanTask *task;
  int           position;
} TaskRow;

static void
bind_task (SxshStatement *stmt,
           gpointer       data)
{
  TaskRow *row = data;
  g_autofree char *code = g_strstrip (g_strdup (sxsh_plan_task_get_code (row->task)));
  g_autofree char *text = g_strstrip (g_strdup (sxsh_plan_task_get_task (row->task)));

  sxsh_statement_bind_int64 (stmt, 1, sxsh_plan_task_get_plan_id (row->task));
  sxsh_statement_bind_text (stmt, 2, code);
  sxsh_statement_bind_text (stmt, 3, sxsh_plan_task_get_section (row->task));
  sxsh_statement_bind_text (stmt, 4, text);
  sxsh_statement_bind_text (stmt, 5, sxsh_plan_task_get_content (row->task));
  sxsh_statement_bind_text (stmt, 6, sxsh_plan_task_get_expected_result (row->task));
  sxsh_statement_bind_text (stmt, 7, sxsh_plan_task_get_timing (row->task));
  sxsh_statement_bind_int64 (stmt, 8, row->position);
}

static gboolean
write_task (SxshPlanStore  *self,
            SxshPlanTask   *task,
            gboolean        insert,
            GError        **error)
{
  g_autoptr(GPtrArray) issues = sxsh_plan_store_validate_task (self, task);
  TaskRow row = { task, sxsh_plan_task_get_position (task) };
  gint64 id;

  if (!sxsh_activity_check_issues (issues, FALSE, error))
    return FALSE;
  if (row.position <= 0)
    {
      g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, next_position_sql, error);
      if (stmt == NULL)
        return FALSE;
      sxsh_statement_bind_int64 (stmt, 1, sxsh_plan_task_get_plan_id (task));
      if (sxsh_statement_step (stmt, error) != SXSH_STEP_ROW)
        return FALSE;
      row.position = sxsh_statement_get_int (stmt, 0);
    }
  id = sxsh_activity_write_row (self->db, insert ? insert_task_sql : update_task_sql, bind_task,
                                &row, sxsh_plan_task_get_id (task), 9,
                                _("The task no longer exists; it may have been deleted."), error);
  if (id == 0)
    return FALSE;
  if (insert)
    sxsh_plan_task_set_id (task, id);
  g_object_set (task, "position", row.position, NULL);
  return write_task_agencies (self, task, error);
}

/* Runs @write inside one transaction and announces the change to @table. */
static gboolean
in_transaction (SxshPlanStore  *self,
                const char     *table,
                gboolean      (*write) (SxshPlanStore *, gpointer, gboolean, GError **),
                gpointer        object,
                gboolean        insert,
                GError        **error)
{
  if (!sxsh_database_begin (self->db, error))
    return FALSE;
  if (!write (self, object, insert, error))
    {
      sxsh_database_rollback (self->db);
      return FALSE;
    }
  return sxsh_activity_commit (self->db, table, error);
}

/**
 * sxsh_plan_store_insert_plan:
 * @targets: (nullable) (element-type SxshPlanTarget): the new plan's targets
 * @tasks: (nullable) (element-type SxshPlanTask): its appendix of tasks
 *
 * Adds a plan with its own targets and tasks, all in one transaction:
 * either everything is saved or nothing.  The ids (and the plan id of each
 * target and task) are set on the objects.
 *
 * Returns: the new plan's id, or 0 with @error set
 */
gint64
sxsh_plan_store_insert_plan (SxshPlanStore  *self,
                             SxshPlan       *plan,
                             GPtrArray      *targets,
                             GPtrArray      *tasks,
                             GError        **error)
{
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), 0);
  g_return_val_if_fail (SXSH_IS_PLAN (plan), 0);

  sxsh_plan_set_id (plan, 0);
  issues = sxsh_plan_store_validate_plan (self, plan);
  if (!sxsh_activity_check_issues (issues, FALSE, error))
    return 0;

  if (!sxsh_database_begin (self->db, error))
    return 0;
  if (!write_plan (self, plan, TRUE, error))
    goto fail;
  for (guint i = 0; targets && i < targets->len; i++)
    {
      SxshPlanTarget *target = g_ptr_array_index (targets, i);

      g_object_set (target, "id", (gint64) 0, "plan-id", sxsh_plan_get_id (plan), NULL);
      if (!write_target (self, target, TRUE, &local_error))
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      _("Target %u: "), i + 1);
          goto fail;
        }
    }
  for (guint i = 0; tasks && i < tasks->len; i++)
    {
      SxshPlanTask *task = g_ptr_array_index (tasks, i);

      g_object_set (task, "id", (gint64) 0, "plan-id", sxsh_plan_get_id (plan), NULL);
      if (!write_task (self, task, TRUE, &local_error))
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      _("Task %u: "), i + 1);
          goto fail;
        }
    }
  if (!sxsh_activity_commit (self->db, "plan", error))
    goto reset;
  return sxsh_plan_get_id (plan);

fail:
  sxsh_database_rollback (self->db);
reset:
  sxsh_plan_set_id (plan, 0);
  return 0;
}

static gboolean
write_plan_cb (SxshPlanStore  *self,
               gpointer        object,
               gboolean        insert,
               GError        **error)
{
  g_autoptr(GPtrArray) issues = sxsh_plan_store_validate_plan (self, object);

  if (!sxsh_activity_check_issues (issues, FALSE, error))
    return FALSE;
  return write_plan (self, object, insert, error);
}

gboolean
sxsh_plan_store_update_plan (SxshPlanStore  *self,
                             SxshPlan       *plan,
                             GError        **error)
{
  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (SXSH_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (sxsh_plan_get_id (plan) > 0, FALSE);

  return in_transaction (self, "plan", write_plan_cb, plan, FALSE, error);
}

static gboolean
write_target_cb (SxshPlanStore  *self,
                 gpointer        object,
                 gboolean        insert,
                 GError        **error)
{
  return write_target (self, object, insert, error);
}

/**
 * sxsh_plan_store_insert_target:
 * @target: a target whose #SxshPlanTarget:plan-id names a saved plan
 *
 * Returns: the new target's id, or 0 with @error set
 */
gint64
sxsh_plan_store_insert_target (SxshPlanStore   *self,
                               SxshPlanTarget  *target,
                               GError         **error)
{
  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), 0);
  g_return_val_if_fail (SXSH_IS_PLAN_TARGET (target), 0);

  sxsh_plan_target_set_id (target, 0);
  if (!in_transaction (self, "plan_target", write_target_cb, target, TRUE, error))
    return 0;
  return sxsh_plan_target_get_id (target);
}

gboolean
sxsh_plan_store_update_target (SxshPlanStore   *self,
                               SxshPlanTarget  *target,
                               GError         **error)
{
  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (SXSH_IS_PLAN_TARGET (target), FALSE);
  g_return_val_if_fail (sxsh_plan_target_get_id (target) > 0, FALSE);

  return in_transaction (self, "plan_target", write_target_cb, target, FALSE, error);
}

static gboolean
write_task_cb (SxshPlanStore  *self,
               gpointer        object,
               gboolean        insert,
               GError        **error)
{
  return write_task (self, object, insert, error);
}

/**
 * sxsh_plan_store_insert_task:
 * @task: a task whose #SxshPlanTask:plan-id names a saved plan; position
 *   0 puts it last
 *
 * Writes the task and its agencies in one transaction.
 *
 * Returns: the new task's id, or 0 with @error set
 */
gint64
sxsh_plan_store_insert_task (SxshPlanStore  *self,
                             SxshPlanTask   *task,
                             GError        **error)
{
  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), 0);
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (task), 0);

  sxsh_plan_task_set_id (task, 0);
  if (!in_transaction (self, "plan_task", write_task_cb, task, TRUE, error))
    {
      sxsh_plan_task_set_id (task, 0);
      return 0;
    }
  return sxsh_plan_task_get_id (task);
}

/* Writes the task and replaces its agencies, in one transaction. */
gboolean
sxsh_plan_store_update_task (SxshPlanStore  *self,
                             SxshPlanTask   *task,
                             GError        **error)
{
  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (SXSH_IS_PLAN_TASK (task), FALSE);
  g_return_val_if_fail (sxsh_plan_task_get_id (task) > 0, FALSE);

  return in_transaction (self, "plan_task", write_task_cb, task, FALSE, error);
}

/**
 * sxsh_plan_store_set_progress:
 * @note: (nullable): what was done, or why not
 *
 * Records how far a task got in @year.
 */
gboolean
sxsh_plan_store_set_progress (SxshPlanStore     *self,
                              gint64             task_id,
                              int                year,
                              SxshTaskProgress   progress,
                              const char        *note,
                              GError           **error)
{
  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), FALSE);

  if (year < SXSH_YEAR_MIN || year > SXSH_YEAR_MAX)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                   _("Year: must be between %d and %d."), SXSH_YEAR_MIN, SXSH_YEAR_MAX);
      return FALSE;
    }
  if ((guint) progress >= SXSH_TASK_N_PROGRESS)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID, _("Progress: choose one of the list."));
      return FALSE;
    }
  if (!sxsh_database_begin (self->db, error))
    return FALSE;
  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, set_progress_sql, error);
    if (stmt == NULL)
      goto fail;
    sxsh_statement_bind_int64 (stmt, 1, task_id);
    sxsh_statement_bind_int64 (stmt, 2, year);
    sxsh_statement_bind_text (stmt, 3, sxsh_task_progress_to_string (progress));
    sxsh_statement_bind_text (stmt, 4, note ? note : "");
    if (!sxsh_statement_run (stmt, error))
      goto fail;
  }
  return sxsh_activity_commit (self->db, "plan_task_progress", error);

fail:
  sxsh_database_rollback (self->db);
  return FALSE;
}

void
sxsh_plan_undo_free (SxshPlanUndo *undo)
{
  if (undo == NULL)
    return;
  sxsh_row_set_free (undo->rows);
  g_array_unref (undo->relinks);
  g_free (undo);
}

static SxshPlanUndo *
plan_undo_new (const char *table)
{
  SxshPlanUndo *undo = g_new0 (SxshPlanUndo, 1);

  undo->rows = sxsh_row_set_new ();
  undo->relinks = g_array_new (FALSE, FALSE, sizeof (Relink));
  undo->table = table;
  return undo;
}

/* Notes the events and budget lines that name @task_id: its deletion sets
 * their link to NULL, and an undo must point them back. */
static gboolean
collect_relinks (SxshPlanStore  *self,
                 SxshPlanUndo   *undo,
                 gint64          task_id,
                 GError        **error)
{
  static const struct { const char *table; const char *sql; } sources[] = {
    { "event", task_events_sql },
    { "funding", task_funding_sql },
  };

  for (guint s = 0; s < G_N_ELEMENTS (sources); s++)
    {
      g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, sources[s].sql, error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sxsh_statement_bind_int64 (stmt, 1, task_id);
      while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
        {
          Relink relink = { sources[s].table, sxsh_statement_get_int64 (stmt, 0), task_id };
          g_array_append_val (undo->relinks, relink);
        }
      if (rc == SXSH_STEP_ERROR)
        return FALSE;
    }
  return TRUE;
}

/* Captures a task with its agencies and yearly progress (parent first). */
static gboolean
capture_task (SxshPlanStore  *self,
              SxshPlanUndo   *undo,
              gint64          task_id,
              GError        **error)
{
  return sxsh_row_set_capture (undo->rows, self->db, "plan_task", "id", task_id, error)
         && sxsh_row_set_capture (undo->rows, self->db, "plan_task_agency", "task_id", task_id,
                                  error)
         && sxsh_row_set_capture (undo->rows, self->db, "plan_task_progress", "task_id",
                                  task_id, error)
         && collect_relinks (self, undo, task_id, error);
}

static SxshPlanUndo *
delete_with_undo (SxshPlanStore  *self,
                  SxshPlanUndo   *undo_in,
                  const char     *delete_sql,
                  gint64          id,
                  const char     *missing_message,
                  GError        **error)
{
  g_autoptr(SxshPlanUndo) undo = undo_in;

  if (sxsh_row_set_get_n_rows (undo->rows) == 0)
    {
      g_set_error_literal (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND, missing_message);
      goto fail;
    }
  if (!sxsh_activity_run_for_id (self->db, delete_sql, id, error))
    goto fail;
  if (!sxsh_activity_commit (self->db, undo->table, error))
    return NULL;
  if (undo->relinks->len > 0 && !sxsh_database_in_transaction (self->db))
    {
      sxsh_database_notify_changed (self->db, "event");
      sxsh_database_notify_changed (self->db, "funding");
    }
  return g_steal_pointer (&undo);

fail:
  sxsh_database_rollback (self->db);
  return NULL;
}

/**
 * sxsh_plan_store_delete_plan:
 *
 * Deletes a plan with its targets, quotas, tasks and their progress.
 * Events and budget lines that named one of its tasks keep existing
 * without the link (and get it back on undo).
 *
 * Returns: (transfer full) (nullable): what was deleted, for
 *   sxsh_plan_store_undo_delete()
 */
SxshPlanUndo *
sxsh_plan_store_delete_plan (SxshPlanStore  *self,
                             gint64          plan_id,
                             GError        **error)
{
  g_autoptr(SxshPlanUndo) undo = plan_undo_new ("plan");
  g_autoptr(GArray) task_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), NULL);

  if (!sxsh_database_begin (self->db, error))
    return NULL;
  if (!sxsh_row_set_capture (undo->rows, self->db, "plan", "id", plan_id, error)
      || !sxsh_row_set_capture (undo->rows, self->db, "plan_target", "plan_id", plan_id, error)
      || !sxsh_row_set_capture (undo->rows, self->db, "plan_quota", "plan_id", plan_id, error))
    goto fail;
  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, plan_task_ids_sql, error);
    if (stmt == NULL)
      goto fail;
    sxsh_statement_bind_int64 (stmt, 1, plan_id);
    while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
      {
        gint64 task_id = sxsh_statement_get_int64 (stmt, 0);
        g_array_append_val (task_ids, task_id);
      }
    if (rc == SXSH_STEP_ERROR)
      goto fail;
  }
  for (guint i = 0; i < task_ids->len; i++)
    if (!capture_task (self, undo, g_array_index (task_ids, gint64, i), error))
      goto fail;
  return delete_with_undo (self, g_steal_pointer (&undo), delete_plan_sql, plan_id,
                           _("The plan no longer exists; it may have been deleted."), error);

fail:
  sxsh_database_rollback (self->db);
  return NULL;
}

/**
 * sxsh_plan_store_delete_target:
 *
 * Returns: (transfer full) (nullable): what was deleted, for
 *   sxsh_plan_store_undo_delete()
 */
SxshPlanUndo *
sxsh_plan_store_delete_target (SxshPlanStore  *self,
                               gint64          target_id,
                               GError        **error)
{
  g_autoptr(SxshPlanUndo) undo = plan_undo_new ("plan_target");

  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), NULL);

  if (!sxsh_database_begin (self->db, error))
    return NULL;
  if (!sxsh_row_set_capture (undo->rows, self->db, "plan_target", "id", target_id, error))
    {
      sxsh_database_rollback (self->db);
      return NULL;
    }
  return delete_with_undo (self, g_steal_pointer (&undo), delete_target_sql, target_id,
                           _("The target no longer exists; it may have been deleted."), error);
}

/**
 * sxsh_plan_store_delete_task:
 *
 * Deletes a task with its agencies and progress; events and budget lines
 * that named it keep existing without the link (and get it back on undo).
 *
 * Returns: (transfer full) (nullable): what was deleted, for
 *   sxsh_plan_store_undo_delete()
 */
SxshPlanUndo *
sxsh_plan_store_delete_task (SxshPlanStore  *self,
                             gint64          task_id,
                             GError        **error)
{
  g_autoptr(SxshPlanUndo) undo = plan_undo_new ("plan_task");

  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), NULL);

  if (!sxsh_database_begin (self->db, error))
    return NULL;
  if (!capture_task (self, undo, task_id, error))
    {
      sxsh_database_rollback (self->db);
      return NULL;
    }
  return delete_with_undo (self, g_steal_pointer (&undo), delete_task_sql, task_id,
                           _("The task no longer exists; it may have been deleted."), error);
}

/**
 * sxsh_plan_store_undo_delete:
 *
 * Puts back what a delete of this store removed, with the same ids, and
 * points events and budget lines back at restored tasks.
 */
gboolean
sxsh_plan_store_undo_delete (SxshPlanStore  *self,
                             SxshPlanUndo   *undo,
                             GError        **error)
{
  g_return_val_if_fail (SXSH_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  if (!sxsh_database_begin (self->db, error))
    return FALSE;
  if (!sxsh_row_set_restore (undo->rows, self->db, error))
    goto fail;
  for (guint i = 0; i < undo->relinks->len; i++)
    {
      Relink *relink = &g_array_index (undo->relinks, Relink, i);
      g_autoptr(SxshStatement) stmt = NULL;

      stmt = sxsh_database_prepare (self->db,
                                    g_str_equal (relink->table, "event") ? relink_event_sql
                                                                         : relink_funding_sql,
                                    error);
      if (stmt == NULL)
        goto fail;
      sxsh_statement_bind_int64 (stmt, 1, relink->task_id);
      sxsh_statement_bind_int64 (stmt, 2, relink->row_id);
      if (!sxsh_statement_run (stmt, error))
        goto fail;
    }
  if (!sxsh_activity_commit (self->db, undo->table, error))
    return FALSE;
  if (undo->relinks->len > 0 && !sxsh_database_in_transaction (self->db))
    {
      sxsh_database_notify_changed (self->db, "event");
      sxsh_database_notify_changed (self->db, "funding");
    }
  return TRUE;

fail:
  sxsh_database_rollback (self->db);
  return FALSE;
}

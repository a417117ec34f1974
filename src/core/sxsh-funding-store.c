/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sxsh-activity-private.h"
#include "sxsh-error.h"
#include "sxsh-funding-store.h"
#include "sxsh-validation.h"

struct _SxshFundingStore
{
  GObject       parent_instance;

  SxshDatabase *db;
  gulong        changed_id;
  int           year;
  char         *filter_text;
  char         *filter_folded;
  GPtrArray    *all;     /* SxshFunding of the year */
  GPtrArray    *items;   /* the rows shown */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SxshFundingStore, sxsh_funding_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_YEAR,
  PROP_FILTER_TEXT,
  PROP_N_ITEMS,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static const char select_sql[] =
  "SELECT f.id, f.year, f.source, f.plan_task_id, t.code, t.task, f.planned, f.disbursed, "
  "       f.notes "
  "FROM funding f LEFT JOIN plan_task t ON t.id = f.plan_task_id "
  "WHERE f.year = ?1 "
  "ORDER BY f.source, t.position, t.code, f.id";

static const char insert_sql[] =
  "INSERT INTO funding (year, source, plan_task_id, planned, disbursed, notes) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

static const char update_sql[] =
  "UPDATE funding SET year = ?1, source = ?2, plan_task_id = ?3, planned = ?4, "
  "disbursed = ?5, notes = ?6 WHERE id = ?7";

static const char delete_sql[] = "DELETE FROM funding WHERE id = ?1";

/* plan_task_id may be NULL, which a UNIQUE constraint does not compare, so
 * the duplicate check is done here for both cases. */
static const char duplicate_sql[] =
  "SELECT count(*) FROM funding WHERE year = ?1 AND source = ?2 AND id <> ?3 "
  "AND ((?4 IS NULL AND plan_task_id IS NULL) OR plan_task_id = ?4)";

static const char totals_sql[] =
  "SELECT source, COALESCE (SUM (planned), 0), COALESCE (SUM (disbursed), 0) "
  "FROM funding WHERE year = ?1 GROUP BY source";

static GType
list_model_get_item_type (GListModel *model)
{
  return SXSH_TYPE_FUNDING;
}

static guint
list_model_get_n_items (GListModel *model)
{
  SxshFundingStore *self = SXSH_FUNDING_STORE (model);
  return self->items ? self->items->len : 0;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  SxshFundingStore *self = SXSH_FUNDING_STORE (model);

  if (self->items == NULL || position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

static const char *
search_key (gpointer item)
{
  return sxsh_funding_get_search_key (item);
}

static void
refilter (SxshFundingStore *self)
{
  guint before = list_model_get_n_items (G_LIST_MODEL (self));

  sxsh_activity_replace_items (G_LIST_MODEL (self), &self->items,
                               sxsh_activity_filter (self->all, self->filter_folded,
                                                     search_key, NULL, NULL));
  if (before != self->items->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
database_changed_cb (SxshDatabase     *db,
                     const char       *table,
                     SxshFundingStore *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (table, "funding") != 0 && g_strcmp0 (table, "plan_task") != 0
      && g_strcmp0 (table, "plan") != 0)
    return;
  if (!sxsh_funding_store_reload (self, &error))
    g_warning ("The budget lines could not be reloaded: %s", error->message);
}

static void
sxsh_funding_store_dispose (GObject *object)
{
  SxshFundingStore *self = SXSH_FUNDING_STORE (object);

  if (self->db && self->changed_id)
    g_clear_signal_handler (&self->changed_id, self->db);
  g_clear_object (&self->db);
  g_clear_pointer (&self->all, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (sxsh_funding_store_parent_class)->dispose (object);
}

static void
sxsh_funding_store_finalize (GObject *object)
{
  SxshFundingStore *self = SXSH_FUNDING_STORE (object);

  g_free (self->filter_text);
  g_free (self->filter_folded);

  G_OBJECT_CLASS (sxsh_funding_store_parent_class)->finalize (object);
}

static void
sxsh_funding_store_constructed (GObject *object)
{
  SxshFundingStore *self = SXSH_FUNDING_STORE (object);

  G_OBJECT_CLASS (sxsh_funding_store_parent_class)->constructed (object);

  g_assert (self->db != NULL);
  self->changed_id = g_signal_connect (self->db, "changed",
                                       G_CALLBACK (database_changed_cb), self);
}

static void
sxsh_funding_store_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SxshFundingStore *self = SXSH_FUNDING_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE: g_value_set_object (value, self->db); break;
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_FILTER_TEXT: g_value_set_string (value, self->filter_text); break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, list_model_get_n_items (G_LIST_MODEL (self)));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_funding_store_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SxshFundingStore *self = SXSH_FUNDING_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE: self->db = g_value_dup_object (value); break;
    case PROP_YEAR: sxsh_funding_store_set_year (self, g_value_get_int (value)); break;
    case PROP_FILTER_TEXT:
      sxsh_funding_store_set_filter_text (self, g_value_get_string (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_funding_store_class_init (SxshFundingStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sxsh_funding_store_dispose;
  object_class->finalize = sxsh_funding_store_finalize;
  object_class->constructed = sxsh_funding_store_constructed;
  object_class->get_property = sxsh_funding_store_get_property;
  object_class->set_property = sxsh_funding_store_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, SXSH_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, 9999, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILTER_TEXT] =
    g_param_spec_string ("filter-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_funding_store_init (SxshFundingStore *self)
{
  self->all = g_ptr_array_new_with_free_func (g_object_unref);
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * sxsh_funding_store_new:
 *
 * Returns: (transfer full): the budget lines of a year, as a #GListModel of
 *   #SxshFunding; empty until a year is set
 */
SxshFundingStore *
sxsh_funding_store_new (SxshDatabase *db)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);
  return g_object_new (SXSH_TYPE_FUNDING_STORE, "database", db, NULL);
}

SxshDatabase *
sxsh_funding_store_get_database (SxshFundingStore *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING_STORE (self), NULL);
  return self->db;
}

gboolean
sxsh_funding_store_reload (SxshFundingStore  *self,
                           GError           **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (SXSH_IS_FUNDING_STORE (self), FALSE);

  stmt = sxsh_database_prepare (self->db, select_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, self->year);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      g_autofree char *label = sxsh_activity_task_label (sxsh_statement_get_text (stmt, 4),
                                                         sxsh_statement_get_text (stmt, 5));

      g_ptr_array_add (all, g_object_new (SXSH_TYPE_FUNDING,
                                          "id", sxsh_statement_get_int64 (stmt, 0),
                                          "year", sxsh_statement_get_int (stmt, 1),
                                          "source", (int) sxsh_funding_source_from_string (
                                                      sxsh_statement_get_text (stmt, 2)),
                                          "plan-task-id", sxsh_statement_get_int64 (stmt, 3),
                                          "plan-task-label", label,
                                          "planned", sxsh_statement_get_int64 (stmt, 6),
                                          "disbursed", sxsh_statement_get_int64 (stmt, 7),
                                          "notes", sxsh_statement_get_text (stmt, 8),
                                          NULL));
    }
  if (rc == SXSH_STEP_ERROR)
    return FALSE;

  g_clear_pointer (&self->all, g_ptr_array_unref);
  self->all = g_steal_pointer (&all);
  refilter (self);
  return TRUE;
}

void
sxsh_funding_store_set_year (SxshFundingStore *self,
                             int               year)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SXSH_IS_FUNDING_STORE (self));

  if (self->year == year)
    return;
  self->year = year;
  if (!sxsh_funding_store_reload (self, &error))
    g_warning ("The budget lines of %d could not be loaded: %s", year, error->message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

int
sxsh_funding_store_get_year (SxshFundingStore *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING_STORE (self), 0);
  return self->year;
}

void
sxsh_funding_store_set_filter_text (SxshFundingStore *self,
                                    const char       *text)
{
  g_return_if_fail (SXSH_IS_FUNDING_STORE (self));

  if (g_strcmp0 (self->filter_text, text) == 0)
    return;
  g_free (self->filter_text);
  self->filter_text = g_strdup (text);
  g_free (self->filter_folded);
  self->filter_folded = sxsh_activity_fold_filter (text);
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER_TEXT]);
}

const char *
sxsh_funding_store_get_filter_text (SxshFundingStore *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING_STORE (self), NULL);
  return self->filter_text;
}

/* Returns: (transfer none) (nullable): the row with @id among the year's */
SxshFunding *
sxsh_funding_store_lookup (SxshFundingStore *self,
                           gint64            id)
{
  g_return_val_if_fail (SXSH_IS_FUNDING_STORE (self), NULL);

  for (guint i = 0; i < self->all->len; i++)
    if (sxsh_funding_get_id (g_ptr_array_index (self->all, i)) == id)
      return g_ptr_array_index (self->all, i);
  return NULL;
}

/**
 * sxsh_funding_store_get_totals:
 * @source: a source, or %SXSH_FUNDING_NONE for all sources together
 *
 * Sums the year's lines (whatever the text filter shows).
 */
void
sxsh_funding_store_get_totals (SxshFundingStore  *self,
                               SxshFundingSource  source,
                               SxshFundingTotals *totals)
{
  g_return_if_fail (SXSH_IS_FUNDING_STORE (self));
  g_return_if_fail (totals != NULL);

  totals->planned = totals->disbursed = 0;
  for (guint i = 0; i < self->all->len; i++)
    {
      SxshFunding *line = g_ptr_array_index (self->all, i);

      if (source != SXSH_FUNDING_NONE && sxsh_funding_get_source (line) != source)
        continue;
      totals->planned += sxsh_funding_get_planned (line);
      totals->disbursed += sxsh_funding_get_disbursed (line);
    }
}

/**
 * sxsh_funding_totals_for_year:
 * @totals: (out caller-allocates) (array fixed-size=4): indexed by
 *   #SxshFundingSource, %SXSH_FUNDING_N_SOURCES of them; index
 *   %SXSH_FUNDING_NONE receives the sum of all sources
 *
 * The year's planned and disbursed money per source, for the dashboard and
 * the report, without loading a store.
 */
gboolean
sxsh_funding_totals_for_year (SxshDatabase      *db,
                              int                year,
                              SxshFundingTotals *totals,
                              GError           **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), FALSE);

  memset (totals, 0, sizeof (SxshFundingTotals) * SXSH_FUNDING_N_SOURCES);
  stmt = sxsh_database_prepare (db, totals_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, year);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      const char *key = sxsh_statement_get_text (stmt, 0);
      SxshFundingSource source = sxsh_funding_source_from_string (key);
      gint64 planned = sxsh_statement_get_int64 (stmt, 1);
      gint64 disbursed = sxsh_statement_get_int64 (stmt, 2);

      totals[source].planned += planned;
      totals[source].disbursed += disbursed;
      if (source != SXSH_FUNDING_NONE)
        {
          totals[SXSH_FUNDING_NONE].planned += planned;
          totals[SXSH_FUNDING_NONE].disbursed += disbursed;
        }
    }
  return rc != SXSH_STEP_ERROR;
}

/**
 * sxsh_funding_store_validate:
 *
 * Returns: (transfer full) (element-type SxshIssue): what is wrong with the
 *   line, field by field; disbursing more than planned is only a warning
 *   (a supplementary allocation may come late in the year)
 */
GPtrArray *
sxsh_funding_store_validate (SxshFundingStore *self,
                             SxshFunding      *funding)
{
  GPtrArray *issues = sxsh_issues_new ();
  int year = sxsh_funding_get_year (funding);
  SxshFundingSource source = sxsh_funding_get_source (funding);
  gint64 planned = sxsh_funding_get_planned (funding);
  gint64 disbursed = sxsh_funding_get_disbursed (funding);

  g_return_val_if_fail (SXSH_IS_FUNDING_STORE (self), issues);

  if (year < SXSH_YEAR_MIN || year > SXSH_YEAR_MAX)
    sxsh_issues_add (issues, "year", FALSE, _("Year: must be between %d and %d."),
                     SXSH_YEAR_MIN, SXSH_YEAR_MAX);
  if (source == SXSH_FUNDING_NONE)
    sxsh_issues_add (issues, "source", FALSE,
                     _("Source: choose the central budget, the local budget or other sources."));
  sxsh_activity_check_amount (issues, "planned", _("Planned"), planned);
  sxsh_activity_check_amount (issues, "disbursed", _("Disbursed"), disbursed);
  if (planned >= 0 && disbursed > planned)
    sxsh_issues_add (issues, "disbursed", TRUE,
                     _("Disbursed: more than was planned. Check the amount, or save anyway if "
                       "extra money was allocated."));

  if (source != SXSH_FUNDING_NONE && year >= SXSH_YEAR_MIN && year <= SXSH_YEAR_MAX)
    {
      g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, duplicate_sql, NULL);

      if (stmt != NULL)
        {
          gint64 task = sxsh_funding_get_plan_task_id (funding);

          sxsh_statement_bind_int64 (stmt, 1, year);
          sxsh_statement_bind_text (stmt, 2, sxsh_funding_source_to_string (source));
          sxsh_statement_bind_int64 (stmt, 3, sxsh_funding_get_id (funding));
          sxsh_statement_bind_optional_int64 (stmt, 4, task, task > 0);
          if (sxsh_statement_step (stmt, NULL) == SXSH_STEP_ROW
              && sxsh_statement_get_int64 (stmt, 0) > 0)
            sxsh_issues_add (issues, "plan-task-id", FALSE,
                             _("Plan task: %d already has a budget line for this source and "
                               "task; change that line instead."),
                             year);
        }
    }
  return issues;
}

static void
bind_funding (SxshStatement *stmt,
              SxshFunding   *funding)
{
  gint64 task = sxsh_funding_get_plan_task_id (funding);

  sxsh_statement_bind_int64 (stmt, 1, sxsh_funding_get_year (funding));
  sxsh_statement_bind_text (stmt, 2, sxsh_funding_source_to_string (
                                       sxsh_funding_get_source (funding)));
  sxsh_statement_bind_optional_int64 (stmt, 3, task, task > 0);
  sxsh_statement_bind_int64 (stmt, 4, sxsh_funding_get_planned (funding));
  sxsh_statement_bind_int64 (stmt, 5, sxsh_funding_get_disbursed (funding));
  sxsh_statement_bind_text (stmt, 6, sxsh_funding_get_notes (funding));
}

static gboolean
write_funding (SxshFundingStore  *self,
               SxshFunding       *funding,
               const char        *sql,
               gboolean           accept_warnings,
               GError           **error)
{
  g_autoptr(GPtrArray) issues = sxsh_funding_store_validate (self, funding);

  if (!sxsh_activity_check_issues (issues, accept_warnings, error))
    return FALSE;
  if (!sxsh_database_begin (self->db, error))
    return FALSE;

  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, sql, error);

    if (stmt == NULL)
      goto fail;
    bind_funding (stmt, funding);
    if (sql == update_sql)
      sxsh_statement_bind_int64 (stmt, 7, sxsh_funding_get_id (funding));
    if (!sxsh_statement_run (stmt, error))
      goto fail;
    if (sql == update_sql && sxsh_database_changes (self->db) == 0)
      {
        g_set_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                     _("The budget line no longer exists; it may have been deleted."));
        goto fail;
      }
    if (sql == insert_sql)
      sxsh_funding_set_id (funding, sxsh_database_last_insert_id (self->db));
  }
  return sxsh_activity_commit (self->db, "funding", error);

fail:
  sxsh_database_rollback (self->db);
  return FALSE;
}

/**
 * sxsh_funding_store_insert:
 * @accept_warnings: %TRUE once the user saw the warnings and saves anyway
 *
 * Returns: the new line's id (also set on @funding), or 0 with @error set
 */
gint64
sxsh_funding_store_insert (SxshFundingStore  *self,
                           SxshFunding       *funding,
                           gboolean           accept_warnings,
                           GError           **error)
{
  g_return_val_if_fail (SXSH_IS_FUNDING_STORE (self), 0);
  g_return_val_if_fail (SXSH_IS_FUNDING (funding), 0);

  sxsh_funding_set_id (funding, 0);
  if (!write_funding (self, funding, insert_sql, accept_warnings, error))
    return 0;
  return sxsh_funding_get_id (funding);
}

gboolean
sxsh_funding_store_update (SxshFundingStore  *self,
                           SxshFunding       *funding,
                           gboolean           accept_warnings,
                           GError           **error)
{
  g_return_val_if_fail (SXSH_IS_FUNDING_STORE (self), FALSE);
  g_return_val_if_fail (SXSH_IS_FUNDING (funding), FALSE);
  g_return_val_if_fail (sxsh_funding_get_id (funding) > 0, FALSE);

  return write_funding (self, funding, update_sql, accept_warnings, error);
}

/**
 * sxsh_funding_store_delete:
 *
 * Returns: (transfer full) (nullable): the deleted row, to give to
 *   sxsh_funding_store_undo_delete(); %NULL with @error set on failure
 */
SxshRowSet *
sxsh_funding_store_delete (SxshFundingStore  *self,
                           gint64             id,
                           GError           **error)
{
  g_autoptr(SxshRowSet) undo = sxsh_row_set_new ();

  g_return_val_if_fail (SXSH_IS_FUNDING_STORE (self), NULL);

  if (!sxsh_database_begin (self->db, error))
    return NULL;
  if (!sxsh_row_set_capture (undo, self->db, "funding", "id", id, error))
    goto fail;
  if (sxsh_row_set_get_n_rows (undo) == 0)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                   _("The budget line no longer exists; it may have been deleted."));
      goto fail;
    }
  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, delete_sql, error);
    if (stmt == NULL)
      goto fail;
    sxsh_statement_bind_int64 (stmt, 1, id);
    if (!sxsh_statement_run (stmt, error))
      goto fail;
  }
  if (!sxsh_activity_commit (self->db, "funding", error))
    return NULL;
  return g_steal_pointer (&undo);

fail:
  sxsh_database_rollback (self->db);
  return NULL;
}

gboolean
sxsh_funding_store_undo_delete (SxshFundingStore  *self,
                                SxshRowSet        *undo,
                                GError           **error)
{
  g_return_val_if_fail (SXSH_IS_FUNDING_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  if (!sxsh_row_set_restore (undo, self->db, error))
    return FALSE;
  if (!sxsh_database_in_transaction (self->db))
    sxsh_database_notify_changed (self->db, "funding");
  return TRUE;
}

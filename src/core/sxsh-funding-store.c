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
  SxshItemList  parent_instance;

  SxshDatabase *db;     /* the list's, borrowed */
  int           year;
};

G_DEFINE_FINAL_TYPE (SxshFundingStore, sxsh_funding_store, SXSH_TYPE_ITEM_LIST)

enum {
  PROP_0,
  PROP_YEAR,
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

static const char *
get_search_key (SxshItemList *list,
                gpointer      item,
                guint         position)
{
  return sxsh_funding_get_search_key (item);
}

static gboolean
reload (SxshItemList  *list,
        GError       **error)
{
  return sxsh_funding_store_reload (SXSH_FUNDING_STORE (list), error);
}

static void
sxsh_funding_store_constructed (GObject *object)
{
  SxshFundingStore *self = SXSH_FUNDING_STORE (object);

  G_OBJECT_CLASS (sxsh_funding_store_parent_class)->constructed (object);
  self->db = sxsh_item_list_get_database (SXSH_ITEM_LIST (self));
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
    case PROP_YEAR: g_value_set_int (value, self->year); break;
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
    case PROP_YEAR: sxsh_funding_store_set_year (self, g_value_get_int (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_funding_store_class_init (SxshFundingStoreClass *klass)
{
  static const char * const watched[] = { "funding", "plan_task", "plan", NULL };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SxshItemListClass *list_class = SXSH_ITEM_LIST_CLASS (klass);

  object_class->constructed = sxsh_funding_store_constructed;
  object_class->get_property = sxsh_funding_store_get_property;
  object_class->set_property = sxsh_funding_store_set_property;

  list_class->item_type = SXSH_TYPE_FUNDING;
  list_class->watched_tables = watched;
  list_class->reload = reload;
  list_class->get_search_key = get_search_key;

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, 9999, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_funding_store_init (SxshFundingStore *self)
{
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

  sxsh_item_list_set_items (SXSH_ITEM_LIST (self), g_steal_pointer (&all));
  return TRUE;
}

void
sxsh_funding_store_set_year (SxshFundingStore *self,
                             int               year)
{
  g_return_if_fail (SXSH_IS_FUNDING_STORE (self));

  if (self->year == year)
    return;
  self->year = year;
  sxsh_item_list_reload_or_warn (SXSH_ITEM_LIST (self));
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
  sxsh_item_list_set_filter_text (SXSH_ITEM_LIST (self), text);
}

const char *
sxsh_funding_store_get_filter_text (SxshFundingStore *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING_STORE (self), NULL);
  return sxsh_item_list_get_filter_text (SXSH_ITEM_LIST (self));
}

/* Returns: (transfer none) (nullable): the row with @id among the year's */
SxshFunding *
sxsh_funding_store_lookup (SxshFundingStore *self,
                           gint64            id)
{
  GPtrArray *all;

  g_return_val_if_fail (SXSH_IS_FUNDING_STORE (self), NULL);

  all = sxsh_item_list_get_items (SXSH_ITEM_LIST (self));
  for (guint i = 0; i < all->len; i++)
    if (sxsh_funding_get_id (g_ptr_array_index (all, i)) == id)
      return g_ptr_array_index (all, i);
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
  GPtrArray *all;

  g_return_if_fail (SXSH_IS_FUNDING_STORE (self));
  g_return_if_fail (totals != NULL);

  totals->planned = totals->disbursed = 0;
  all = sxsh_item_list_get_items (SXSH_ITEM_LIST (self));
  for (guint i = 0; i < all->len; i++)
    {
      SxshFunding *line = g_ptr_array_index (all, i);

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
              gpointer       funding)
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
  gint64 id;

  if (!sxsh_activity_check_issues (issues, accept_warnings, error))
    return FALSE;
  id = sxsh_activity_save_row (self->db, "funding", sql, bind_funding, funding,
                               sxsh_funding_get_id (funding), 7,
                               _("The budget line no longer exists; it may have been deleted."),
                               error);
  if (id == 0)
    return FALSE;
  if (sql == insert_sql)
    sxsh_funding_set_id (funding, id);
  return TRUE;
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
  static const SxshActivityRows rows[] = { { "funding", "id" } };

  g_return_val_if_fail (SXSH_IS_FUNDING_STORE (self), NULL);

  return sxsh_activity_delete (self->db, "funding", rows, G_N_ELEMENTS (rows), delete_sql, id,
                               _("The budget line no longer exists; it may have been deleted."),
                               error);
}

gboolean
sxsh_funding_store_undo_delete (SxshFundingStore  *self,
                                SxshRowSet        *undo,
                                GError           **error)
{
  g_return_val_if_fail (SXSH_IS_FUNDING_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  return sxsh_activity_undo_delete (self->db, undo, "funding", error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sxsh-activity-private.h"
#include "sxsh-error.h"
#include "sxsh-format.h"
#include "sxsh-support-store.h"
#include "sxsh-text.h"
#include "sxsh-validation.h"

struct _SxshSupportStore
{
  SxshItemList  parent_instance;

  SxshDatabase *db;            /* the list's, borrowed */
  int           year;
  int           kind_filter;   /* an SxshSupportKind, or -1 for any */
};

struct _SxshSupportUndo
{
  SxshRowSet *rows;
  gint64      support_id;
  GArray     *certificate_ids;   /* certificates that pointed at the support */
};

G_DEFINE_FINAL_TYPE (SxshSupportStore, sxsh_support_store, SXSH_TYPE_ITEM_LIST)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_KIND_FILTER,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static const char select_sql[] =
  "SELECT s.id, s.facility_id, f.name, s.kind, s.year, s.start_date, s.end_date, s.consultant, "
  "       s.total_cost, s.consultancy_cost, s.state_support, s.funding_source, s.status, "
  "       s.results, s.notes "
  "FROM support s JOIN facility f ON f.id = s.facility_id "
  "WHERE s.year = ?1";

static const char select_options_sql[] =
  "SELECT o.id, o.support_id, o.technique, o.description, o.investment, o.saving_vnd, "
  "       o.saving_energy_toe, o.saving_water_m3, o.saving_material_t, o.decision, "
  "       o.implemented "
  "FROM cp_option o JOIN support s ON s.id = o.support_id "
  "WHERE s.year = ?1 "
  "ORDER BY o.support_id, o.id";

static const char insert_sql[] =
  "INSERT INTO support (facility_id, kind, year, start_date, end_date, consultant, total_cost, "
  "                     consultancy_cost, state_support, funding_source, status, results, notes) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";

static const char update_sql[] =
  "UPDATE support SET facility_id = ?1, kind = ?2, year = ?3, start_date = ?4, end_date = ?5, "
  "consultant = ?6, total_cost = ?7, consultancy_cost = ?8, state_support = ?9, "
  "funding_source = ?10, status = ?11, results = ?12, notes = ?13 WHERE id = ?14";

static const char delete_sql[] = "DELETE FROM support WHERE id = ?1";

static const char linked_certificates_sql[] =
  "SELECT id FROM certificate WHERE support_id = ?1";

static const char relink_certificate_sql[] =
  "UPDATE certificate SET support_id = ?1 WHERE id = ?2 AND support_id IS NULL";

static const char insert_option_sql[] =
  "INSERT INTO cp_option (support_id, technique, description, investment, saving_vnd, "
  "                       saving_energy_toe, saving_water_m3, saving_material_t, decision, "
  "                       implemented) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

static const char update_option_sql[] =
  "UPDATE cp_option SET support_id = ?1, technique = ?2, description = ?3, investment = ?4, "
  "saving_vnd = ?5, saving_energy_toe = ?6, saving_water_m3 = ?7, saving_material_t = ?8, "
  "decision = ?9, implemented = ?10 WHERE id = ?11";

static const char delete_option_sql[] = "DELETE FROM cp_option WHERE id = ?1";

static const char support_exists_sql[] = "SELECT count(*) FROM support WHERE id = ?1";

/* The assessments and consultancy a facility has been given, all years
 * together, for the 50 million VND limit; cancelled ones cost nothing. */
static const char facility_state_support_sql[] =
  "SELECT COALESCE (SUM (state_support), 0) FROM support "
  "WHERE facility_id = ?1 AND id <> ?2 AND status <> 'cancelled' "
  "  AND kind IN ('quick_assessment', 'detailed_assessment', 'consultancy')";

static const char totals_sql[] =
  "SELECT count(*), count(DISTINCT facility_id), "
  "       COALESCE (SUM (CASE WHEN kind = 'demo_model' THEN 1 ELSE 0 END), 0), "
  "       COALESCE (SUM (total_cost), 0), COALESCE (SUM (consultancy_cost), 0), "
  "       COALESCE (SUM (state_support), 0) "
  "FROM support WHERE year = ?1 AND status <> 'cancelled'";

static const char option_totals_sql[] =
  "SELECT count(*), COALESCE (SUM (o.implemented), 0), "
  "       COALESCE (SUM (CASE WHEN o.decision <> 'rejected' THEN o.investment END), 0), "
  "       COALESCE (SUM (CASE WHEN o.decision <> 'rejected' THEN o.saving_vnd END), 0), "
  "       COALESCE (SUM (CASE WHEN o.decision <> 'rejected' THEN o.saving_energy_toe END), 0), "
  "       COALESCE (SUM (CASE WHEN o.decision <> 'rejected' THEN o.saving_water_m3 END), 0), "
  "       COALESCE (SUM (CASE WHEN o.decision <> 'rejected' THEN o.saving_material_t END), 0) "
  "FROM cp_option o JOIN support s ON s.id = o.support_id "
  "WHERE s.year = ?1 AND s.status <> 'cancelled'";

static const char *
get_search_key (SxshItemList *list,
                gpointer      item,
                guint         position)
{
  return sxsh_support_get_search_key (item);
}

static gboolean
match (gpointer item,
       gpointer data)
{
  SxshSupportStore *self = data;

  return self->kind_filter < 0 || (int) sxsh_support_get_kind (item) == self->kind_filter;
}

static gboolean
reload (SxshItemList  *list,
        GError       **error)
{
  return sxsh_support_store_reload (SXSH_SUPPORT_STORE (list), error);
}

static void
sxsh_support_store_constructed (GObject *object)
{
  SxshSupportStore *self = SXSH_SUPPORT_STORE (object);

  G_OBJECT_CLASS (sxsh_support_store_parent_class)->constructed (object);
  self->db = sxsh_item_list_get_database (SXSH_ITEM_LIST (self));
}

static void
sxsh_support_store_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SxshSupportStore *self = SXSH_SUPPORT_STORE (object);

  switch (prop_id)
    {
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_KIND_FILTER: g_value_set_int (value, self->kind_filter); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_support_store_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SxshSupportStore *self = SXSH_SUPPORT_STORE (object);

  switch (prop_id)
    {
    case PROP_YEAR: sxsh_support_store_set_year (self, g_value_get_int (value)); break;
    case PROP_KIND_FILTER:
      sxsh_support_store_set_kind_filter (self, g_value_get_int (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_support_store_class_init (SxshSupportStoreClass *klass)
{
  static const char * const watched[] = { "support", "cp_option", "facility", NULL };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SxshItemListClass *list_class = SXSH_ITEM_LIST_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = sxsh_support_store_constructed;
  object_class->get_property = sxsh_support_store_get_property;
  object_class->set_property = sxsh_support_store_set_property;

  list_class->item_type = SXSH_TYPE_SUPPORT;
  list_class->watched_tables = watched;
  list_class->reload = reload;
  list_class->get_search_key = get_search_key;

  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, rw);
  /**
   * SxshSupportStore:kind-filter:
   *
   * An #SxshSupportKind to show only that kind (%SXSH_SUPPORT_DEMO_MODEL
   * for the demonstration models page), or -1 for all.
   */
  properties[PROP_KIND_FILTER] = g_param_spec_int ("kind-filter", NULL, NULL,
                                                   -1, SXSH_SUPPORT_N_KINDS - 1, -1, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_support_store_init (SxshSupportStore *self)
{
  self->kind_filter = -1;
  sxsh_item_list_set_match_func (SXSH_ITEM_LIST (self), match, self);
}

/**
 * sxsh_support_store_new:
 *
 * Returns: (transfer full): the technical supports of a year with their CP
 *   options, as a #GListModel of #SxshSupport in Vietnamese order of the
 *   facilities' names; empty until a year is set
 */
SxshSupportStore *
sxsh_support_store_new (SxshDatabase *db)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);
  return g_object_new (SXSH_TYPE_SUPPORT_STORE, "database", db, NULL);
}

SxshDatabase *
sxsh_support_store_get_database (SxshSupportStore *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), NULL);
  return self->db;
}

typedef struct
{
  char        *key;
  SxshSupport *support;
} SortEntry;

static int
compare_sort_entries (gconstpointer a,
                      gconstpointer b)
{
  const SortEntry *x = a, *y = b;
  int cmp = strcmp (x->key, y->key);

  if (cmp == 0)
    cmp = (int) sxsh_support_get_kind (x->support) - (int) sxsh_support_get_kind (y->support);
  if (cmp == 0)
    cmp = (sxsh_support_get_id (x->support) > sxsh_support_get_id (y->support))
          - (sxsh_support_get_id (x->support) < sxsh_support_get_id (y->support));
  return cmp;
}

/* Orders by facility name as a Vietnamese reader expects (SQL cannot). */
static void
sort_supports (GPtrArray *supports)
{
  g_autoptr(GArray) entries = g_array_sized_new (FALSE, FALSE, sizeof (SortEntry), supports->len);

  for (guint i = 0; i < supports->len; i++)
    {
      SortEntry entry;

      entry.support = g_ptr_array_index (supports, i);
      entry.key = sxsh_text_collate_key (sxsh_support_get_facility_name (entry.support));
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_sort_entries);
  for (guint i = 0; i < entries->len; i++)
    {
      SortEntry *entry = &g_array_index (entries, SortEntry, i);

      supports->pdata[i] = entry->support;
      g_free (entry->key);
    }
}

static SxshCpOption *
option_from_row (SxshStatement *stmt)
{
  SxshCpTechnique technique = SXSH_CP_HOUSEKEEPING;
  SxshCpDecision decision = SXSH_CP_DECISION_STUDY;

  sxsh_cp_technique_from_string (sxsh_statement_get_text (stmt, 2), &technique);
  sxsh_cp_decision_from_string (sxsh_statement_get_text (stmt, 9), &decision);
  return g_object_new (SXSH_TYPE_CP_OPTION,
                       "id", sxsh_statement_get_int64 (stmt, 0),
                       "support-id", sxsh_statement_get_int64 (stmt, 1),
                       "technique", (int) technique,
                       "description", sxsh_statement_get_text (stmt, 3),
                       "investment", sxsh_statement_get_int64 (stmt, 4),
                       "saving-vnd", sxsh_statement_get_int64 (stmt, 5),
                       "saving-energy-toe", sxsh_statement_get_double (stmt, 6),
                       "saving-water-m3", sxsh_statement_get_double (stmt, 7),
                       "saving-material-t", sxsh_statement_get_double (stmt, 8),
                       "decision", (int) decision,
                       "implemented", sxsh_statement_get_int (stmt, 10) != 0,
                       NULL);
}

gboolean
sxsh_support_store_reload (SxshSupportStore  *self,
                           GError           **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) options = g_ptr_array_new_with_free_func (g_object_unref);
  SxshSupport *current = NULL;
  int rc;

  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), FALSE);

  stmt = sxsh_database_prepare (self->db, select_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, self->year);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      gint64 id = sxsh_statement_get_int64 (stmt, 0);
      SxshSupportKind kind = SXSH_SUPPORT_QUICK_ASSESSMENT;
      SxshSupportStatus status = SXSH_SUPPORT_PLANNED;
      SxshSupport *support;

      sxsh_support_kind_from_string (sxsh_statement_get_text (stmt, 3), &kind);
      sxsh_support_status_from_string (sxsh_statement_get_text (stmt, 12), &status);
      support = g_object_new (SXSH_TYPE_SUPPORT,
                              "id", id,
                              "facility-id", sxsh_statement_get_int64 (stmt, 1),
                              "facility-name", sxsh_statement_get_text (stmt, 2),
                              "kind", (int) kind,
                              "year", sxsh_statement_get_int (stmt, 4),
                              "start-date", sxsh_statement_get_text (stmt, 5),
                              "end-date", sxsh_statement_get_text (stmt, 6),
                              "consultant", sxsh_statement_get_text (stmt, 7),
                              "total-cost", sxsh_statement_get_int64 (stmt, 8),
                              "consultancy-cost", sxsh_statement_get_int64 (stmt, 9),
                              "state-support", sxsh_statement_get_int64 (stmt, 10),
                              "funding-source", (int) sxsh_funding_source_from_string (
                                                  sxsh_statement_get_text (stmt, 11)),
                              "status", (int) status,
                              "results", sxsh_statement_get_text (stmt, 13),
                              "notes", sxsh_statement_get_text (stmt, 14),
                              NULL);
      g_ptr_array_add (all, support);
      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), support);
    }
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  g_clear_pointer (&stmt, sxsh_statement_release);

  /* Options come ordered by support from one query; each run of rows of
   * one support becomes its list. */
  stmt = sxsh_database_prepare (self->db, select_options_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, self->year);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      gint64 support_id = sxsh_statement_get_int64 (stmt, 1);

      if (current == NULL || sxsh_support_get_id (current) != support_id)
        {
          if (current)
            sxsh_support_set_options (current, options);
          g_ptr_array_set_size (options, 0);
          current = g_hash_table_lookup (by_id, &support_id);
        }
      g_ptr_array_add (options, option_from_row (stmt));
    }
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  if (current)
    sxsh_support_set_options (current, options);

  sort_supports (all);
  sxsh_item_list_set_items (SXSH_ITEM_LIST (self), g_steal_pointer (&all));
  return TRUE;
}

void
sxsh_support_store_set_year (SxshSupportStore *self,
                             int               year)
{
  g_return_if_fail (SXSH_IS_SUPPORT_STORE (self));

  if (self->year == year)
    return;
  self->year = year;
  sxsh_item_list_reload_or_warn (SXSH_ITEM_LIST (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

int
sxsh_support_store_get_year (SxshSupportStore *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), 0);
  return self->year;
}

void
sxsh_support_store_set_filter_text (SxshSupportStore *self,
                                    const char       *text)
{
  g_return_if_fail (SXSH_IS_SUPPORT_STORE (self));
  sxsh_item_list_set_filter_text (SXSH_ITEM_LIST (self), text);
}

const char *
sxsh_support_store_get_filter_text (SxshSupportStore *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), NULL);
  return sxsh_item_list_get_filter_text (SXSH_ITEM_LIST (self));
}

/**
 * sxsh_support_store_set_kind_filter:
 * @kind: an #SxshSupportKind, or -1 for every kind
 *
 * The demonstration models are the supports of kind
 * %SXSH_SUPPORT_DEMO_MODEL: a store with that filter is their page.
 */
void
sxsh_support_store_set_kind_filter (SxshSupportStore *self,
                                    int               kind)
{
  g_return_if_fail (SXSH_IS_SUPPORT_STORE (self));
  g_return_if_fail (kind >= -1 && kind < SXSH_SUPPORT_N_KINDS);

  if (self->kind_filter == kind)
    return;
  self->kind_filter = kind;
  sxsh_item_list_refilter (SXSH_ITEM_LIST (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND_FILTER]);
}

int
sxsh_support_store_get_kind_filter (SxshSupportStore *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), -1);
  return self->kind_filter;
}

guint
sxsh_support_store_get_total (SxshSupportStore *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), 0);
  return sxsh_item_list_get_items (SXSH_ITEM_LIST (self))->len;
}

/* Returns: (transfer none) (nullable): the support with @id among the year's */
SxshSupport *
sxsh_support_store_lookup (SxshSupportStore *self,
                           gint64            id)
{
  GPtrArray *all;

  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), NULL);

  all = sxsh_item_list_get_items (SXSH_ITEM_LIST (self));
  for (guint i = 0; i < all->len; i++)
    if (sxsh_support_get_id (g_ptr_array_index (all, i)) == id)
      return g_ptr_array_index (all, i);
  return NULL;
}

/**
 * sxsh_support_totals_for_year:
 * @totals: (out caller-allocates): the year's sums
 *
 * Supports, costs, options and their savings in @year, cancelled supports
 * and rejected options left out; for the dashboard and the report.
 */
gboolean
sxsh_support_totals_for_year (SxshDatabase       *db,
                              int                 year,
                              SxshSupportTotals  *totals,
                              GError            **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (totals != NULL, FALSE);

  memset (totals, 0, sizeof *totals);
  stmt = sxsh_database_prepare (db, totals_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, year);
  rc = sxsh_statement_step (stmt, error);
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  if (rc == SXSH_STEP_ROW)
    {
      totals->n_supports = (guint) sxsh_statement_get_int64 (stmt, 0);
      totals->n_facilities = (guint) sxsh_statement_get_int64 (stmt, 1);
      totals->n_demo_models = (guint) sxsh_statement_get_int64 (stmt, 2);
      totals->total_cost = sxsh_statement_get_int64 (stmt, 3);
      totals->consultancy_cost = sxsh_statement_get_int64 (stmt, 4);
      totals->state_support = sxsh_statement_get_int64 (stmt, 5);
    }
  g_clear_pointer (&stmt, sxsh_statement_release);

  stmt = sxsh_database_prepare (db, option_totals_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, year);
  rc = sxsh_statement_step (stmt, error);
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  if (rc == SXSH_STEP_ROW)
    {
      totals->n_options = (guint) sxsh_statement_get_int64 (stmt, 0);
      totals->n_implemented = (guint) sxsh_statement_get_int64 (stmt, 1);
      totals->investment = sxsh_statement_get_int64 (stmt, 2);
      totals->saving_vnd = sxsh_statement_get_int64 (stmt, 3);
      totals->saving_energy_toe = sxsh_statement_get_double (stmt, 4);
      totals->saving_water_m3 = sxsh_statement_get_double (stmt, 5);
      totals->saving_material_t = sxsh_statement_get_double (stmt, 6);
    }
  return TRUE;
}

gboolean
sxsh_support_store_get_year_totals (SxshSupportStore   *self,
                                    SxshSupportTotals  *totals,
                                    GError            **error)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), FALSE);
  return sxsh_support_totals_for_year (self->db, self->year, totals, error);
}

/**
 * sxsh_support_store_get_facility_state_support:
 * @except_support_id: a support to leave out (the one being edited), or 0
 * @total: (out): state support for the facility's assessments and
 *   consultancy in all years, cancelled ones left out
 */
gboolean
sxsh_support_store_get_facility_state_support (SxshSupportStore  *self,
                                               gint64             facility_id,
                                               gint64             except_support_id,
                                               gint64            *total,
                                               GError           **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), FALSE);
  g_return_val_if_fail (total != NULL, FALSE);

  *total = 0;
  stmt = sxsh_database_prepare (self->db, facility_state_support_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, facility_id);
  sxsh_statement_bind_int64 (stmt, 2, except_support_id);
  rc = sxsh_statement_step (stmt, error);
  if (rc == SXSH_STEP_ROW)
    *total = sxsh_statement_get_int64 (stmt, 0);
  return rc != SXSH_STEP_ERROR;
}

/**
 * sxsh_support_store_validate:
 *
 * Returns: (transfer full) (element-type SxshIssue): what is wrong, field by
 *   field, with two warnings of Joint Circular 221/2012/TTLT-BTC-BCT: state
 *   support above half the consultancy cost, and a facility's state support
 *   for assessments and consultancy above 50 million VND in total
 */
GPtrArray *
sxsh_support_store_validate (SxshSupportStore *self,
                             SxshSupport      *support)
{
  GPtrArray *issues;
  gint64 others = 0, total;
  SxshSupportKind kind;

  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), NULL);
  g_return_val_if_fail (SXSH_IS_SUPPORT (support), NULL);

  issues = sxsh_support_validate (support);
  kind = sxsh_support_get_kind (support);
  if (sxsh_support_get_facility_id (support) <= 0
      || (guint) kind >= SXSH_SUPPORT_N_KINDS
      || !sxsh_support_kind_is_assessment (kind)
      || sxsh_support_get_status (support) == SXSH_SUPPORT_CANCELLED)
    return issues;

  if (!sxsh_support_store_get_facility_state_support (self,
                                                      sxsh_support_get_facility_id (support),
                                                      sxsh_support_get_id (support),
                                                      &others, NULL))
    return issues;
  total = others + MAX (sxsh_support_get_state_support (support), 0);
  if (total > SXSH_SUPPORT_STATE_LIMIT_VND)
    {
      g_autofree char *total_text = sxsh_format_integer (total);
      g_autofree char *limit_text = sxsh_format_integer (SXSH_SUPPORT_STATE_LIMIT_VND);

      sxsh_issues_add (issues, "state-support", TRUE,
                       _("State support: the facility would receive %s VND in all for "
                         "assessments and consultancy, more than the %s VND that Joint Circular "
                         "221/2012/TTLT-BTC-BCT allows per facility."),
                       total_text, limit_text);
    }
  return issues;
}

static void
bind_support (SxshStatement *stmt,
              gpointer       support)
{
  sxsh_statement_bind_int64 (stmt, 1, sxsh_support_get_facility_id (support));
  sxsh_statement_bind_text (stmt, 2, sxsh_support_kind_to_string (sxsh_support_get_kind (support)));
  sxsh_statement_bind_int64 (stmt, 3, sxsh_support_get_year (support));
  sxsh_statement_bind_optional_text (stmt, 4, sxsh_support_get_start_date (support));
  sxsh_statement_bind_optional_text (stmt, 5, sxsh_support_get_end_date (support));
  sxsh_statement_bind_text (stmt, 6, sxsh_support_get_consultant (support));
  sxsh_statement_bind_int64 (stmt, 7, sxsh_support_get_total_cost (support));
  sxsh_statement_bind_int64 (stmt, 8, sxsh_support_get_consultancy_cost (support));
  sxsh_statement_bind_int64 (stmt, 9, sxsh_support_get_state_support (support));
  sxsh_statement_bind_text (stmt, 10, sxsh_funding_source_to_string (
                                        sxsh_support_get_funding_source (support)));
  sxsh_statement_bind_text (stmt, 11, sxsh_support_status_to_string (
                                        sxsh_support_get_status (support)));
  sxsh_statement_bind_text (stmt, 12, sxsh_support_get_results (support));
  sxsh_statement_bind_text (stmt, 13, sxsh_support_get_notes (support));
}

static gboolean
write_support (SxshSupportStore  *self,
               SxshSupport       *support,
               gboolean           insert,
               gboolean           accept_warnings,
               GError           **error)
{
  g_autoptr(GPtrArray) issues = sxsh_support_store_validate (self, support);
  gint64 id;

  if (!sxsh_activity_check_issues (issues, accept_warnings, error))
    return FALSE;
  id = sxsh_activity_save_row (self->db, "support", insert ? insert_sql : update_sql,
                               bind_support, support,
                               sxsh_support_get_id (support), 14,
                               _("The technical support no longer exists; it may have been "
                                 "deleted."),
                               error);
  if (id == 0)
    return FALSE;
  if (insert)
    sxsh_support_set_id (support, id);
  return TRUE;
}

/**
 * sxsh_support_store_insert:
 * @accept_warnings: %TRUE once the user saw the warnings and saves anyway
 *
 * Writes the support itself; its options are written with
 * sxsh_support_store_insert_option().
 *
 * Returns: the new support's id (also set on @support), or 0 with @error set
 */
gint64
sxsh_support_store_insert (SxshSupportStore  *self,
                           SxshSupport       *support,
                           gboolean           accept_warnings,
                           GError           **error)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), 0);
  g_return_val_if_fail (SXSH_IS_SUPPORT (support), 0);

  sxsh_support_set_id (support, 0);
  if (!write_support (self, support, TRUE, accept_warnings, error))
    return 0;
  return sxsh_support_get_id (support);
}

gboolean
sxsh_support_store_update (SxshSupportStore  *self,
                           SxshSupport       *support,
                           gboolean           accept_warnings,
                           GError           **error)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), FALSE);
  g_return_val_if_fail (SXSH_IS_SUPPORT (support), FALSE);
  g_return_val_if_fail (sxsh_support_get_id (support) > 0, FALSE);

  return write_support (self, support, FALSE, accept_warnings, error);
}

void
sxsh_support_undo_free (SxshSupportUndo *undo)
{
  if (undo == NULL)
    return;
  sxsh_row_set_free (undo->rows);
  g_array_unref (undo->certificate_ids);
  g_free (undo);
}

/**
 * sxsh_support_store_delete:
 *
 * Deletes the support and its options; certificates that named it keep
 * existing without the link (and get it back on undo).
 *
 * Returns: (transfer full) (nullable): what was deleted, for
 *   sxsh_support_store_undo_delete(); %NULL with @error set on failure
 */
SxshSupportUndo *
sxsh_support_store_delete (SxshSupportStore  *self,
                           gint64             id,
                           GError           **error)
{
  g_autoptr(SxshSupportUndo) undo = g_new0 (SxshSupportUndo, 1);
  int rc;

  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), NULL);

  undo->rows = sxsh_row_set_new ();
  undo->support_id = id;
  undo->certificate_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!sxsh_database_begin (self->db, error))
    return NULL;
  if (!sxsh_row_set_capture (undo->rows, self->db, "support", "id", id, error)
      || !sxsh_row_set_capture (undo->rows, self->db, "cp_option", "support_id", id, error))
    goto fail;
  if (sxsh_row_set_get_n_rows (undo->rows) == 0)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                   _("The technical support no longer exists; it may have been deleted."));
      goto fail;
    }
  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, linked_certificates_sql,
                                                           error);
    if (stmt == NULL)
      goto fail;
    sxsh_statement_bind_int64 (stmt, 1, id);
    while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
      {
        gint64 certificate_id = sxsh_statement_get_int64 (stmt, 0);
        g_array_append_val (undo->certificate_ids, certificate_id);
      }
    if (rc == SXSH_STEP_ERROR)
      goto fail;
  }
  if (!sxsh_activity_run_for_id (self->db, delete_sql, id, error))
    goto fail;
  if (!sxsh_activity_commit (self->db, "support", error))
    return NULL;
  if (undo->certificate_ids->len > 0 && !sxsh_database_in_transaction (self->db))
    sxsh_database_notify_changed (self->db, "certificate");
  return g_steal_pointer (&undo);

fail:
  sxsh_database_rollback (self->db);
  return NULL;
}

gboolean
sxsh_support_store_undo_delete (SxshSupportStore  *self,
                                SxshSupportUndo   *undo,
                                GError           **error)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  if (!sxsh_database_begin (self->db, error))
    return FALSE;
  if (!sxsh_row_set_restore (undo->rows, self->db, error))
    goto fail;
  for (guint i = 0; i < undo->certificate_ids->len; i++)
    {
      g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, relink_certificate_sql,
                                                             error);
      if (stmt == NULL)
        goto fail;
      sxsh_statement_bind_int64 (stmt, 1, undo->support_id);
      sxsh_statement_bind_int64 (stmt, 2, g_array_index (undo->certificate_ids, gint64, i));
      if (!sxsh_statement_run (stmt, error))
        goto fail;
    }
  if (!sxsh_activity_commit (self->db, "support", error))
    return FALSE;
  if (undo->certificate_ids->len > 0 && !sxsh_database_in_transaction (self->db))
    sxsh_database_notify_changed (self->db, "certificate");
  return TRUE;

fail:
  sxsh_database_rollback (self->db);
  return FALSE;
}

/**
 * sxsh_support_store_validate_option:
 *
 * Returns: (transfer full) (element-type SxshIssue): what is wrong with the
 *   option, field by field
 */
GPtrArray *
sxsh_support_store_validate_option (SxshSupportStore *self,
                                    SxshCpOption     *option)
{
  GPtrArray *issues;

  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), NULL);
  g_return_val_if_fail (SXSH_IS_CP_OPTION (option), NULL);

  issues = sxsh_cp_option_validate (option);
  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, support_exists_sql, NULL);

    if (stmt != NULL)
      {
        sxsh_statement_bind_int64 (stmt, 1, sxsh_cp_option_get_support_id (option));
        if (sxsh_statement_step (stmt, NULL) == SXSH_STEP_ROW
            && sxsh_statement_get_int64 (stmt, 0) == 0)
          sxsh_issues_add (issues, "support-id", FALSE,
                           _("Support: the option must belong to a saved technical support."));
      }
  }
  return issues;
}

static void
bind_option (SxshStatement *stmt,
             gpointer       option)
{
  g_autofree char *description = g_strstrip (g_strdup (sxsh_cp_option_get_description (option)));

  sxsh_statement_bind_int64 (stmt, 1, sxsh_cp_option_get_support_id (option));
  sxsh_statement_bind_text (stmt, 2, sxsh_cp_technique_to_string (
                                       sxsh_cp_option_get_technique (option)));
  sxsh_statement_bind_text (stmt, 3, description);
  sxsh_statement_bind_int64 (stmt, 4, sxsh_cp_option_get_investment (option));
  sxsh_statement_bind_int64 (stmt, 5, sxsh_cp_option_get_saving_vnd (option));
  sxsh_statement_bind_double (stmt, 6, sxsh_cp_option_get_saving_energy_toe (option));
  sxsh_statement_bind_double (stmt, 7, sxsh_cp_option_get_saving_water_m3 (option));
  sxsh_statement_bind_double (stmt, 8, sxsh_cp_option_get_saving_material_t (option));
  sxsh_statement_bind_text (stmt, 9, sxsh_cp_decision_to_string (
                                       sxsh_cp_option_get_decision (option)));
  sxsh_statement_bind_int64 (stmt, 10, sxsh_cp_option_get_implemented (option) ? 1 : 0);
}

static gboolean
write_option (SxshSupportStore  *self,
              SxshCpOption      *option,
              gboolean           insert,
              gboolean           accept_warnings,
              GError           **error)
{
  g_autoptr(GPtrArray) issues = sxsh_support_store_validate_option (self, option);
  gint64 id;

  if (!sxsh_activity_check_issues (issues, accept_warnings, error))
    return FALSE;
  id = sxsh_activity_save_row (self->db, "cp_option", insert ? insert_option_sql
                                                            : update_option_sql,
                               bind_option, option,
                               sxsh_cp_option_get_id (option), 11,
                               _("The CP option no longer exists; it may have been deleted."),
                               error);
  if (id == 0)
    return FALSE;
  if (insert)
    sxsh_cp_option_set_id (option, id);
  return TRUE;
}

/**
 * sxsh_support_store_insert_option:
 * @option: an option whose #SxshCpOption:support-id names a saved support
 *
 * Returns: the new option's id (also set on @option), or 0 with @error set
 */
gint64
sxsh_support_store_insert_option (SxshSupportStore  *self,
                                  SxshCpOption      *option,
                                  gboolean           accept_warnings,
                                  GError           **error)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), 0);
  g_return_val_if_fail (SXSH_IS_CP_OPTION (option), 0);

  sxsh_cp_option_set_id (option, 0);
  if (!write_option (self, option, TRUE, accept_warnings, error))
    return 0;
  return sxsh_cp_option_get_id (option);
}

gboolean
sxsh_support_store_update_option (SxshSupportStore  *self,
                                  SxshCpOption      *option,
                                  gboolean           accept_warnings,
                                  GError           **error)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), FALSE);
  g_return_val_if_fail (SXSH_IS_CP_OPTION (option), FALSE);
  g_return_val_if_fail (sxsh_cp_option_get_id (option) > 0, FALSE);

  return write_option (self, option, FALSE, accept_warnings, error);
}

/**
 * sxsh_support_store_delete_option:
 *
 * Returns: (transfer full) (nullable): the deleted row, for
 *   sxsh_support_store_undo_delete_option()
 */
SxshRowSet *
sxsh_support_store_delete_option (SxshSupportStore  *self,
                                  gint64             option_id,
                                  GError           **error)
{
  static const SxshActivityRows rows[] = { { "cp_option", "id" } };

  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), NULL);

  return sxsh_activity_delete (self->db, "cp_option", rows, G_N_ELEMENTS (rows),
                               delete_option_sql, option_id,
                               _("The CP option no longer exists; it may have been deleted."),
                               error);
}

gboolean
sxsh_support_store_undo_delete_option (SxshSupportStore  *self,
                                       SxshRowSet        *undo,
                                       GError           **error)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  return sxsh_activity_undo_delete (self->db, undo, "cp_option", error);
}

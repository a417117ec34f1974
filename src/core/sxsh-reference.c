/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-core-resources.h"
#include "sxsh-error.h"
#include "sxsh-named-item.h"
#include "sxsh-reference.h"
#include "sxsh-text.h"

#define REFERENCE_RESOURCE "/io/github/sxsh/Tracker/reference/kon-tum.sql"

static const char sql_count_plans[] =
  "SELECT count(*) FROM plan";

static const char sql_get_logging[] =
  "SELECT logging FROM actor WHERE id = 1";

static const char sql_list_sectors[] =
  "SELECT id, name, product_unit FROM sector";

static const char sql_list_resources[] =
  "SELECT id, name, unit, "
  "       CASE category WHEN 'energy' THEN 0 WHEN 'water' THEN 1 ELSE 2 END "
  "FROM resource";

static const char sql_list_agencies[] =
  "SELECT id, name, short_name FROM agency";

static const char sql_list_admin_units[] =
  "SELECT u.id, u.name, u.kind, "
  "       CASE u.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END, "
  "       u.parent_id, p.name, p.kind "
  "FROM admin_unit u LEFT JOIN admin_unit p ON p.id = u.parent_id "
  "WHERE ?1 IS NULL "
  "   OR ((u.valid_from IS NULL OR u.valid_from <= ?1) "
  "       AND (u.valid_to IS NULL OR u.valid_to >= ?1))";

/* Tables the reference script writes, for the "changed" signal. */
static const char * const reference_tables[] = {
  "plan", "plan_target", "plan_quota", "plan_task", "agency", "admin_unit", "sector",
  "resource", "settings",
};

/**
 * sxsh_reference_is_loaded:
 * @db: the database
 *
 * Returns: %TRUE when the database holds a plan, which means the reference
 *   data was loaded once (officers may have edited it since)
 */
gboolean
sxsh_reference_is_loaded (SxshDatabase *db)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (db), FALSE);

  return sxsh_database_query_int64 (db, sql_count_plans, 0, NULL) > 0;
}

/**
 * sxsh_reference_load:
 * @db: the database
 * @error: return location for an error
 *
 * Loads plan 2340/KH-UBND with its targets, quotas and tasks, the agencies,
 * Kon Tum's administrative units before and after 1/7/2025, the sectors, the
 * resources with TOE factors and the default settings, in one transaction.
 * Does nothing when a plan is already there, so it can be called every time
 * a database is opened.
 *
 * Returns: %TRUE on success
 */
gboolean
sxsh_reference_load (SxshDatabase  *db,
                     GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *script = NULL;
  gint64 logging;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (sxsh_reference_is_loaded (db))
    return TRUE;

  bytes = g_resource_lookup_data (sxsh_core_get_resource (), REFERENCE_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_MIGRATION,
                   _("The reference data is missing from the program: %s"),
                   local_error->message);
      return FALSE;
    }
  script = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  if (!sxsh_database_begin (db, error))
    return FALSE;

  /* The reference rows come with the program, not from an officer: they are
   * kept out of the change log, which records who changed what. */
  logging = sxsh_database_query_int64 (db, sql_get_logging, 1, NULL);
  if (!sxsh_database_set_logging (db, FALSE, &local_error)
      || !sxsh_database_exec (db, script, &local_error)
      || !sxsh_database_set_logging (db, logging != 0, &local_error))
    {
      sxsh_database_rollback (db);
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_MIGRATION,
                   _("The reference data (plan 2340/KH-UBND, units, sectors, resources) could "
                     "not be loaded: %s"),
                   local_error->message);
      return FALSE;
    }
  if (!sxsh_database_commit (db, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (reference_tables); i++)
    sxsh_database_notify_changed (db, reference_tables[i]);
  return TRUE;
}

/* A row of a list before it becomes an SxshNamedItem: sorted first. */
typedef struct
{
  gint64  id;
  gint64  parent_id;
  int     group;       /* sorts before the name: level, category */
  char   *sort_name;
  char   *name;
  char   *detail;
} Row;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->sort_name);
  g_free (row->name);
  g_free (row->detail);
  g_free (row);
}

static int
row_compare (gconstpointer a,
             gconstpointer b)
{
  const Row *ra = *(const Row * const *) a;
  const Row *rb = *(const Row * const *) b;
  int cmp;

  if (ra->group != rb->group)
    return ra->group < rb->group ? -1 : 1;
  cmp = sxsh_text_collate (ra->sort_name, rb->sort_name);
  if (cmp != 0)
    return cmp;
  cmp = sxsh_text_collate (ra->name, rb->name);
  if (cmp != 0)
    return cmp;
  return ra->id < rb->id ? -1 : ra->id > rb->id;
}

static GListModel *
rows_to_model (GPtrArray *rows)
{
  GListStore *store = g_list_store_new (SXSH_TYPE_NAMED_ITEM);

  g_ptr_array_sort (rows, row_compare);
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      g_autoptr(SxshNamedItem) item = sxsh_named_item_new (row->id, row->name, row->detail);

      sxsh_named_item_set_parent_id (item, row->parent_id);
      g_list_store_append (store, item);
    }
  return G_LIST_MODEL (store);
}

/* Runs a query whose columns are id, name, detail and optionally a group,
 * and returns its rows sorted in Vietnamese order. */
static GListModel *
list_simple (SxshDatabase  *db,
             const char    *sql,
             gboolean       has_group,
             GError       **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (row_free);
  int rc;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);

  stmt = sxsh_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      Row *row = g_new0 (Row, 1);

      row->id = sxsh_statement_get_int64 (stmt, 0);
      row->name = sxsh_statement_dup_text (stmt, 1);
      row->sort_name = g_strdup (row->name);
      row->detail = sxsh_statement_dup_text (stmt, 2);
      row->group = has_group ? sxsh_statement_get_int (stmt, 3) : 0;
      g_ptr_array_add (rows, row);
    }
  if (rc == SXSH_STEP_ERROR)
    return NULL;
  return rows_to_model (rows);
}

/**
 * sxsh_reference_list_sectors:
 *
 * Returns: (transfer full): the sectors as #SxshNamedItem, with the usual
 *   product unit as detail, in Vietnamese order; %NULL on error
 */
GListModel *
sxsh_reference_list_sectors (SxshDatabase  *db,
                             GError       **error)
{
  return list_simple (db, sql_list_sectors, FALSE, error);
}

/**
 * sxsh_reference_list_resources:
 *
 * Returns: (transfer full): the resources as #SxshNamedItem, with their unit
 *   as detail: energy carriers first, then water, then materials, each group
 *   in Vietnamese order; %NULL on error
 */
GListModel *
sxsh_reference_list_resources (SxshDatabase  *db,
                               GError       **error)
{
  return list_simple (db, sql_list_resources, TRUE, error);
}

/**
 * sxsh_reference_list_agencies:
 *
 * Returns: (transfer full): the agencies as #SxshNamedItem, with their short
 *   name as detail, in Vietnamese order; %NULL on error
 */
GListModel *
sxsh_reference_list_agencies (SxshDatabase  *db,
                              GError       **error)
{
  return list_simple (db, sql_list_agencies, FALSE, error);
}

/* "thị trấn Đắk Hà": the kind tells apart units of the same name (the
 * district, the township and a commune of another district). */
static char *
unit_label (const char *kind,
            const char *name)
{
  if (kind == NULL || *kind == '\0')
    return g_strdup (name ? name : "");
  return g_strconcat (kind, " ", name ? name : "", NULL);
}

/**
 * sxsh_reference_list_admin_units:
 * @db: the database
 * @on_date: (nullable): an ISO date; only units valid on that day are listed
 * @error: return location for an error
 *
 * Lists administrative units as #SxshNamedItem: the name is the kind and the
 * name ("phường Quyết Thắng"), the detail the parent's ("thành phố Kon Tum"),
 * and the parent id is set.  Provinces come first, then districts, then
 * communes, each level in Vietnamese order of the names.
 *
 * Returns: (transfer full): the units, or %NULL on error
 */
GListModel *
sxsh_reference_list_admin_units (SxshDatabase  *db,
                                 const char    *on_date,
                                 GError       **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (row_free);
  int rc;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);

  stmt = sxsh_database_prepare (db, sql_list_admin_units, error);
  if (stmt == NULL)
    return NULL;
  sxsh_statement_bind_optional_text (stmt, 1, on_date);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      Row *row = g_new0 (Row, 1);

      row->id = sxsh_statement_get_int64 (stmt, 0);
      row->sort_name = sxsh_statement_dup_text (stmt, 1);
      row->name = unit_label (sxsh_statement_get_text (stmt, 2), row->sort_name);
      row->group = sxsh_statement_get_int (stmt, 3);
      row->parent_id = sxsh_statement_is_null (stmt, 4) ? 0 : sxsh_statement_get_int64 (stmt, 4);
      if (sxsh_statement_is_null (stmt, 5))
        row->detail = g_strdup ("");
      else
        row->detail = unit_label (sxsh_statement_get_text (stmt, 6),
                                  sxsh_statement_get_text (stmt, 5));
      g_ptr_array_add (rows, row);
    }
  if (rc == SXSH_STEP_ERROR)
    return NULL;
  return rows_to_model (rows);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sxsh-breakdown.h"
#include "sxsh-text.h"

/* Facilities by sector or by administrative unit, split into applying /
 * informed / neither.  The statuses are never recomputed here: the parts
 * come from the counted and population ids of an indicator report, so that
 * the bars always add up to the numbers on the indicator cards. */

static const char facilities_by_sector_sql[] =
  "SELECT f.id, f.sector_id, s.name "
  "FROM facility AS f LEFT JOIN sector AS s ON s.id = f.sector_id "
  "ORDER BY f.id";

static const char facilities_by_unit_sql[] =
  "SELECT f.id, f.admin_unit_id FROM facility AS f ORDER BY f.id";

static const char admin_units_sql[] =
  "SELECT id, name, kind, level, parent_id FROM admin_unit";

typedef struct
{
  gint64 id;
  char  *label;    /* "huyện Đắk Hà": units of different kinds share names */
  char  *level;
  gint64 parent_id;
} Unit;

static void
unit_free (gpointer data)
{
  Unit *unit = data;

  g_free (unit->label);
  g_free (unit->level);
  g_free (unit);
}

static SxshBreakdownGroup *
group_new (gint64      id,
           const char *name)
{
  SxshBreakdownGroup *group = g_new0 (SxshBreakdownGroup, 1);

  group->id = id;
  group->name = g_strdup (name);
  for (guint i = 0; i < SXSH_BREAKDOWN_N_PARTS; i++)
    group->ids[i] = g_array_new (FALSE, FALSE, sizeof (gint64));
  return group;
}

/**
 * sxsh_breakdown_group_free:
 *
 * Frees a group returned in the array of sxsh_breakdown_compute().
 */
void
sxsh_breakdown_group_free (SxshBreakdownGroup *group)
{
  if (group == NULL)
    return;

  g_free (group->name);
  for (guint i = 0; i < SXSH_BREAKDOWN_N_PARTS; i++)
    g_clear_pointer (&group->ids[i], g_array_unref);
  g_free (group);
}

/**
 * sxsh_breakdown_group_get_total:
 *
 * Returns: how many facilities of the population are in the group
 */
guint
sxsh_breakdown_group_get_total (const SxshBreakdownGroup *group)
{
  guint total = 0;

  g_return_val_if_fail (group != NULL, 0);

  for (guint i = 0; i < SXSH_BREAKDOWN_N_PARTS; i++)
    total += group->ids[i]->len;
  return total;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * sxsh_breakdown_group_dup_ids:
 *
 * Returns: (transfer full) (element-type gint64): every facility of the
 *   group, whatever its part, ascending
 */
GArray *
sxsh_breakdown_group_dup_ids (const SxshBreakdownGroup *group)
{
  GArray *ids;

  g_return_val_if_fail (group != NULL, NULL);

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), sxsh_breakdown_group_get_total (group));
  for (guint i = 0; i < SXSH_BREAKDOWN_N_PARTS; i++)
    g_array_append_vals (ids, group->ids[i]->data, group->ids[i]->len);
  g_array_sort (ids, compare_ids);
  return ids;
}

static gboolean
contains_id (GArray *sorted,
             gint64  id)
{
  guint low = 0;
  guint high = sorted->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      gint64 value = g_array_index (sorted, gint64, middle);

      if (value == id)
        return TRUE;
      if (value < id)
        low = middle + 1;
      else
        high = middle;
    }
  return FALSE;
}

static SxshBreakdownPart
classify (SxshIndicatorReport *report,
          gint64               id)
{
  const SxshIndicator *applying = sxsh_indicator_report_get_indicator (report,
                                                                      SXSH_INDICATOR_APPLYING);
  const SxshIndicator *informed = sxsh_indicator_report_get_indicator (report,
                                                                      SXSH_INDICATOR_INFORMED);

  if (contains_id (applying->counted_ids, id))
    return SXSH_BREAKDOWN_APPLYING;
  if (contains_id (informed->counted_ids, id))
    return SXSH_BREAKDOWN_INFORMED;
  return SXSH_BREAKDOWN_NEITHER;
}

static GHashTable *
load_units (SxshDatabase  *db,
            GError       **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, admin_units_sql, error);
  g_autoptr(GHashTable) units = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  units = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, unit_free);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      Unit *unit = g_new0 (Unit, 1);
      const char *name = sxsh_statement_get_text (stmt, 1);
      const char *kind = sxsh_statement_get_text (stmt, 2);

      unit->id = sxsh_statement_get_int64 (stmt, 0);
      if (kind != NULL && *kind != '\0')
        unit->label = g_strdup_printf ("%s %s", kind, name);
      else
        unit->label = g_strdup (name);
      unit->level = sxsh_statement_dup_text (stmt, 3);
      unit->parent_id = sxsh_statement_is_null (stmt, 4) ? 0 : sxsh_statement_get_int64 (stmt, 4);
      g_hash_table_insert (units, &unit->id, unit);
    }
  if (rc == SXSH_STEP_ERROR)
    return NULL;

  return g_steal_pointer (&units);
}

/* The district a unit belongs to; a commune directly under a province (no
 * district level any more) stands for itself. */
static Unit *
unit_group (GHashTable *units,
            gint64      unit_id)
{
  Unit *unit = g_hash_table_lookup (units, &unit_id);
  Unit *parent;

  if (unit == NULL || g_strcmp0 (unit->level, "commune") != 0)
    return unit;

  parent = g_hash_table_lookup (units, &unit->parent_id);
  if (parent != NULL && g_strcmp0 (parent->level, "district") == 0)
    return parent;
  return unit;
}

typedef struct
{
  GHashTable *by_id;     /* gint64 id → SxshBreakdownGroup (owned by groups) */
  GPtrArray  *groups;
} Groups;

static SxshBreakdownGroup *
lookup_group (Groups     *groups,
              gint64      id,
              const char *name)
{
  SxshBreakdownGroup *group = g_hash_table_lookup (groups->by_id, &id);

  if (group == NULL)
    {
      group = group_new (id, id != 0 ? name : NULL);
      g_ptr_array_add (groups->groups, group);
      g_hash_table_insert (groups->by_id, &group->id, group);
    }
  return group;
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const SxshBreakdownGroup *x = *(SxshBreakdownGroup * const *) a;
  const SxshBreakdownGroup *y = *(SxshBreakdownGroup * const *) b;
  guint total_x = sxsh_breakdown_group_get_total (x);
  guint total_y = sxsh_breakdown_group_get_total (y);

  if (total_x != total_y)
    return total_x > total_y ? -1 : 1;
  /* The facilities with no sector or unit come after the named groups of
   * the same size. */
  if ((x->name == NULL) != (y->name == NULL))
    return x->name == NULL ? 1 : -1;
  return sxsh_text_collate (x->name != NULL ? x->name : "", y->name != NULL ? y->name : "");
}

/* Keeps the first @max_groups − 1 groups and gathers the rest into one. */
static void
gather_others (GPtrArray *groups,
               guint      max_groups)
{
  SxshBreakdownGroup *others;

  if (max_groups == 0 || groups->len <= max_groups)
    return;

  others = group_new (SXSH_BREAKDOWN_OTHERS_ID, NULL);
  for (guint i = max_groups - 1; i < groups->len; i++)
    {
      SxshBreakdownGroup *group = g_ptr_array_index (groups, i);

      for (guint p = 0; p < SXSH_BREAKDOWN_N_PARTS; p++)
        g_array_append_vals (others->ids[p], group->ids[p]->data, group->ids[p]->len);
    }
  for (guint p = 0; p < SXSH_BREAKDOWN_N_PARTS; p++)
    g_array_sort (others->ids[p], compare_ids);

  g_ptr_array_remove_range (groups, max_groups - 1, groups->len - (max_groups - 1));
  g_ptr_array_add (groups, others);
}

/**
 * sxsh_breakdown_compute:
 * @db: the database @report was computed on (or another connection to it)
 * @report: the indicators of the year
 * @kind: by sector or by administrative unit
 * @max_groups: at most this many groups, the smallest gathered into one
 *   with id %SXSH_BREAKDOWN_OTHERS_ID; 0 for no limit
 * @error: return location for a #GError
 *
 * Splits the population of the "informed" indicator (active facilities
 * with CP potential) by sector or by district, each group into the
 * facilities applying CP, those informed but not applying, and the rest,
 * exactly as @report counts them.  Groups come largest first; groups with
 * no facility of the population are left out.
 *
 * Returns: (transfer full) (element-type SxshBreakdownGroup): the groups,
 *   or %NULL with @error set
 */
GPtrArray *
sxsh_breakdown_compute (SxshDatabase         *db,
                        SxshIndicatorReport  *report,
                        SxshBreakdownKind     kind,
                        guint                 max_groups,
                        GError              **error)
{
  const SxshIndicator *informed;
  g_autoptr(SxshStatement) stmt = NULL;
  g_autoptr(GHashTable) units = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  Groups lookup;
  GArray *population;
  guint next = 0;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  informed = sxsh_indicator_report_get_indicator (report, SXSH_INDICATOR_INFORMED);
  population = informed->population_ids;

  if (kind == SXSH_BREAKDOWN_BY_ADMIN_UNIT)
    {
      units = load_units (db, error);
      if (units == NULL)
        return NULL;
    }

  stmt = sxsh_database_prepare (db, kind == SXSH_BREAKDOWN_BY_SECTOR ? facilities_by_sector_sql
                                                                      : facilities_by_unit_sql,
                                error);
  if (stmt == NULL)
    return NULL;

  groups = g_ptr_array_new_with_free_func ((GDestroyNotify) sxsh_breakdown_group_free);
  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  lookup.by_id = by_id;
  lookup.groups = groups;

  /* Both the facilities and the population come in ascending id order: one
   * merge walk picks the population out of the facility table. */
  while (next < population->len)
    {
      SxshBreakdownGroup *group;
      gint64 id;
      int rc = sxsh_statement_step (stmt, error);

      if (rc == SXSH_STEP_ERROR)
        return NULL;
      if (rc == SXSH_STEP_DONE)
        break;

      id = sxsh_statement_get_int64 (stmt, 0);
      while (next < population->len && g_array_index (population, gint64, next) < id)
        next++;
      if (next >= population->len || g_array_index (population, gint64, next) != id)
        continue;
      next++;

      if (kind == SXSH_BREAKDOWN_BY_SECTOR)
        {
          gint64 sector_id = sxsh_statement_is_null (stmt, 1) ? 0 : sxsh_statement_get_int64 (stmt, 1);

          group = lookup_group (&lookup, sector_id, sxsh_statement_get_text (stmt, 2));
        }
      else
        {
          gint64 unit_id = sxsh_statement_is_null (stmt, 1) ? 0 : sxsh_statement_get_int64 (stmt, 1);
          Unit *unit = unit_id != 0 ? unit_group (units, unit_id) : NULL;

          group = lookup_group (&lookup, unit != NULL ? unit->id : 0,
                                unit != NULL ? unit->label : NULL);
        }

      g_array_append_val (group->ids[classify (report, id)], id);
    }

  g_ptr_array_sort (groups, compare_groups);
  gather_others (groups, max_groups);

  return g_steal_pointer (&groups);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sxsh-activity-private.h"
#include "sxsh-error.h"
#include "sxsh-facility-private.h"
#include "sxsh-facility-store.h"
#include "sxsh-text.h"
#include "sxsh-validation.h"

/* The whole registry is held as objects with pre-folded search keys, so a
 * search keystroke is a scan of memory, not a query; the list is in
 * Vietnamese name order. */
struct _SxshFacilityStore
{
  SxshItemList  parent_instance;

  SxshDatabase *db;          /* the list's, borrowed */
  int           year;
  GHashTable   *by_id;       /* gint64 id → SxshFacility, borrowed */
  GHashTable   *unit_parent; /* gint64 unit id → gint64 parent id */

  /* The current filter but its text, copied. */
  gint64        sector_id;
  gint64        admin_unit_id;
  SxshSizeClass size_class;
  int           cp_potential;
  int           status;
  GHashTable   *ids;         /* set of gint64, or NULL */
};

struct _SxshFacilityUndo
{
  gint64      id;
  SxshRowSet *rows;
};

G_DEFINE_FINAL_TYPE (SxshFacilityStore, sxsh_facility_store, SXSH_TYPE_ITEM_LIST)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_TOTAL,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

#define FACILITY_COLUMNS \
  "f.id, f.tax_code, f.name, f.address, f.admin_unit_id, u.name, f.zone, f.sector_id, s.name, " \
  "f.main_products, f.technology_status, f.size_class, f.size_manual, f.employees, f.revenue, " \
  "f.capital, f.cp_potential, f.first_year, f.last_year, f.contact_person, f.phone, f.email, " \
  "f.notes "

#define FACILITY_FROM \
  "FROM facility f " \
  "LEFT JOIN admin_unit u ON u.id = f.admin_unit_id " \
  "LEFT JOIN sector s ON s.id = f.sector_id "

static const char select_all_sql[] = "SELECT " FACILITY_COLUMNS FACILITY_FROM;
static const char select_one_sql[] = "SELECT " FACILITY_COLUMNS FACILITY_FROM "WHERE f.id = ?1";

/* The yearly status, as the indicators define it, in three set queries
 * rather than a subquery per facility.  ?1 = year, ?2 = first day of the
 * next year, ?3 = one facility or 0 for all.  A status carries forward from
 * the latest yearly row at or before the year; attending an event informs. */
static const char latest_row_sql[] =
  "SELECT fy.facility_id, fy.applying FROM facility_year fy "
  "JOIN (SELECT facility_id, MAX(year) AS latest FROM facility_year "
  "      WHERE year <= ?1 AND (?3 = 0 OR facility_id = ?3) GROUP BY facility_id) m "
  "  ON m.facility_id = fy.facility_id AND m.latest = fy.year";

static const char informed_sql[] =
  "SELECT DISTINCT facility_id FROM facility_year "
  "WHERE year <= ?1 AND informed = 1 AND (?3 = 0 OR facility_id = ?3)";

static const char attended_sql[] =
  "SELECT DISTINCT ef.facility_id FROM event_facility ef JOIN event e ON e.id = ef.event_id "
  "WHERE e.date < ?2 AND (?3 = 0 OR ef.facility_id = ?3)";

static const char insert_sql[] =
  "INSERT INTO facility (tax_code, name, name_key, address, admin_unit_id, zone, sector_id, "
  "main_products, technology_status, size_class, size_manual, employees, revenue, capital, "
  "cp_potential, first_year, last_year, contact_person, phone, email, notes) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
  "?19, ?20, ?21)";

static const char update_sql[] =
  "UPDATE facility SET tax_code = ?1, name = ?2, name_key = ?3, address = ?4, "
  "admin_unit_id = ?5, zone = ?6, sector_id = ?7, main_products = ?8, technology_status = ?9, "
  "size_class = ?10, size_manual = ?11, employees = ?12, revenue = ?13, capital = ?14, "
  "cp_potential = ?15, first_year = ?16, last_year = ?17, contact_person = ?18, phone = ?19, "
  "email = ?20, notes = ?21, updated_at = CURRENT_TIMESTAMP WHERE id = ?22";

/* A facility's rows in the tables that cascade from it, parents first. */
static const SxshActivityRows dependent_tables[] = {
  { "facility", "id" },
  { "facility_year", "facility_id" },
  { "consumption", "facility_id" },
  { "event_facility", "facility_id" },
};

static int
compare_facilities (gconstpointer a,
                    gconstpointer b)
{
  SxshFacility *fa = *(SxshFacility **) a;
  SxshFacility *fb = *(SxshFacility **) b;
  int cmp = strcmp (sxsh_facility_get_sort_key (fa), sxsh_facility_get_sort_key (fb));

  if (cmp != 0)
    return cmp;
  return (sxsh_facility_get_id (fa) > sxsh_facility_get_id (fb))
         - (sxsh_facility_get_id (fa) < sxsh_facility_get_id (fb));
}

static gboolean
unit_within (SxshFacilityStore *self,
             gint64             unit,
             gint64             ancestor)
{
  /* Units nest at most province → district → commune; the bound guards
   * against a cycle in hand-edited data. */
  for (int depth = 0; unit != 0 && depth < 8; depth++)
    {
      if (unit == ancestor)
        return TRUE;
      gint64 *parent = g_hash_table_lookup (self->unit_parent, &unit);
      unit = parent ? *parent : 0;
    }
  return FALSE;
}

static const char *
get_search_key (SxshItemList *list,
                gpointer      item,
                guint         position)
{
  return sxsh_facility_get_search_key (item);
}

static gboolean
match (gpointer item,
       gpointer data)
{
  SxshFacilityStore *self = data;
  SxshFacility *facility = item;

  if (self->ids != NULL)
    {
      gint64 id = sxsh_facility_get_id (facility);
      if (!g_hash_table_contains (self->ids, &id))
        return FALSE;
    }
  if (self->sector_id != 0 && sxsh_facility_get_sector_id (facility) != self->sector_id)
    return FALSE;
  if (self->admin_unit_id != 0
      && !unit_within (self, sxsh_facility_get_admin_unit_id (facility), self->admin_unit_id))
    return FALSE;
  if (self->size_class != SXSH_SIZE_UNKNOWN
      && sxsh_facility_get_size_class (facility) != self->size_class)
    return FALSE;
  if (self->cp_potential >= 0
      && sxsh_facility_get_cp_potential (facility) != (gboolean) self->cp_potential)
    return FALSE;
  if (self->status >= 0 && (int) sxsh_facility_get_status (facility) != self->status)
    return FALSE;
  return TRUE;
}

/* Runs one of the status queries and calls @func for each facility id. */
static gboolean
for_each_status_row (SxshFacilityStore  *self,
                     const char         *sql,
                     gint64              only_id,
                     void              (*func) (SxshFacility *facility,
                                                SxshStatement *stmt,
                                                gpointer       data),
                     gpointer            data,
                     GError            **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, sql, error);
  g_autofree char *next_year = g_strdup_printf ("%04d-01-01", self->year + 1);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, self->year);
  sxsh_statement_bind_text (stmt, 2, next_year);
  sxsh_statement_bind_int64 (stmt, 3, only_id);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      gint64 id = sxsh_statement_get_int64 (stmt, 0);
      SxshFacility *facility = g_hash_table_lookup (self->by_id, &id);
      if (facility != NULL)
        func (facility, stmt, data);
    }
  return rc == SXSH_STEP_DONE;
}

/* Scratch bits per facility while the statuses are worked out. */
#define HAS_ROW  1u
#define APPLYING 2u
#define INFORMED 4u

static void
mark_latest_cb (SxshFacility  *facility,
                SxshStatement *stmt,
                gpointer       data)
{
  GHashTable *bits = data;
  guint b = HAS_ROW | (sxsh_statement_get_int (stmt, 1) ? APPLYING : 0);

  g_hash_table_insert (bits, facility, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (bits, facility)) | b));
}

static void
mark_informed_cb (SxshFacility  *facility,
                  SxshStatement *stmt,
                  gpointer       data)
{
  GHashTable *bits = data;

  g_hash_table_insert (bits, facility, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (bits, facility)) | INFORMED));
}

static void
mark_attended_cb (SxshFacility  *facility,
                  SxshStatement *stmt,
                  gpointer       data)
{
  /* An attendance counts as a record of the facility for the year. */
  GHashTable *bits = data;

  g_hash_table_insert (bits, facility, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (bits, facility)) | HAS_ROW | INFORMED));
}

static SxshYearStatus
status_from_bits (guint bits)
{
  if (!(bits & HAS_ROW))
    return SXSH_YEAR_STATUS_NONE;
  if (bits & APPLYING)
    return SXSH_YEAR_STATUS_APPLYING;
  if (bits & INFORMED)
    return SXSH_YEAR_STATUS_INFORMED;
  return SXSH_YEAR_STATUS_NEITHER;
}

/* Sets the status of every facility of @facilities (or of @only) for the
 * store's year. */
static gboolean
apply_statuses (SxshFacilityStore  *self,
                GPtrArray          *facilities,
                SxshFacility       *only,
                GError            **error)
{
  g_autoptr(GHashTable) bits = g_hash_table_new (NULL, NULL);
  gint64 only_id = only ? sxsh_facility_get_id (only) : 0;

  if (!for_each_status_row (self, latest_row_sql, only_id, mark_latest_cb, bits, error)
      || !for_each_status_row (self, informed_sql, only_id, mark_informed_cb, bits, error)
      || !for_each_status_row (self, attended_sql, only_id, mark_attended_cb, bits, error))
    return FALSE;

  if (only != NULL)
    _sxsh_facility_set_status (only, status_from_bits (GPOINTER_TO_UINT (g_hash_table_lookup (bits, only))));
  else
    for (guint i = 0; i < facilities->len; i++)
      {
        SxshFacility *facility = g_ptr_array_index (facilities, i);
        _sxsh_facility_set_status (facility, status_from_bits (GPOINTER_TO_UINT (g_hash_table_lookup (bits, facility))));
      }
  return TRUE;
}

static SxshFacility *
load_one (SxshFacilityStore  *self,
          gint64              id,
          GError            **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  g_autoptr(SxshFacility) facility = NULL;
  int rc;

  stmt = sxsh_database_prepare (self->db, select_one_sql, error);
  if (stmt == NULL)
    return NULL;
  sxsh_statement_bind_int64 (stmt, 1, id);
  rc = sxsh_statement_step (stmt, error);
  if (rc == SXSH_STEP_ERROR)
    return NULL;
  if (rc == SXSH_STEP_DONE)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                   _("The facility no longer exists; it may have been deleted."));
      return NULL;
    }
  facility = sxsh_facility_new ();
  _sxsh_facility_set_from_statement (facility, stmt);
  return g_steal_pointer (&facility);
}

static gboolean
load_units (SxshFacilityStore  *self,
            GError            **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  int rc;

  g_hash_table_remove_all (self->unit_parent);
  stmt = sxsh_database_prepare (self->db,
                                "SELECT id, parent_id FROM admin_unit WHERE parent_id IS NOT NULL",
                                error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      gint64 *key = g_new (gint64, 1);
      gint64 *parent = g_new (gint64, 1);
      *key = sxsh_statement_get_int64 (stmt, 0);
      *parent = sxsh_statement_get_int64 (stmt, 1);
      g_hash_table_insert (self->unit_parent, key, parent);
    }
  return rc == SXSH_STEP_DONE;
}

static gboolean
reload (SxshItemList  *list,
        GError       **error)
{
  return sxsh_facility_store_reload (SXSH_FACILITY_STORE (list), error);
}

static void
sxsh_facility_store_constructed (GObject *object)
{
  SxshFacilityStore *self = SXSH_FACILITY_STORE (object);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (sxsh_facility_store_parent_class)->constructed (object);

  self->db = sxsh_item_list_get_database (SXSH_ITEM_LIST (self));
  if (!sxsh_facility_store_reload (self, &error))
    g_critical ("Cannot load facilities: %s", error->message);
}

static void
sxsh_facility_store_finalize (GObject *object)
{
  SxshFacilityStore *self = SXSH_FACILITY_STORE (object);

  g_hash_table_unref (self->by_id);
  g_hash_table_unref (self->unit_parent);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  G_OBJECT_CLASS (sxsh_facility_store_parent_class)->finalize (object);
}

static void
sxsh_facility_store_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SxshFacilityStore *self = SXSH_FACILITY_STORE (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_TOTAL:
      g_value_set_uint (value, sxsh_facility_store_get_total (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_facility_store_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SxshFacilityStore *self = SXSH_FACILITY_STORE (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      sxsh_facility_store_set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_facility_store_class_init (SxshFacilityStoreClass *klass)
{
  /* Yearly statuses, attendance and reference names show in the list;
   * changes made through this store are already applied. */
  static const char * const watched[] = { "facility_year", "event", "admin_unit", "sector",
                                          "import", "sample", NULL };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SxshItemListClass *list_class = SXSH_ITEM_LIST_CLASS (klass);

  object_class->constructed = sxsh_facility_store_constructed;
  object_class->finalize = sxsh_facility_store_finalize;
  object_class->get_property = sxsh_facility_store_get_property;
  object_class->set_property = sxsh_facility_store_set_property;

  list_class->item_type = SXSH_TYPE_FACILITY;
  list_class->watched_tables = watched;
  list_class->reload = reload;
  list_class->get_search_key = get_search_key;

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 1990, 2100, 2026,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL] =
    g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_facility_store_init (SxshFacilityStore *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  self->year = g_date_time_get_year (now);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->unit_parent = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->size_class = SXSH_SIZE_UNKNOWN;
  self->cp_potential = -1;
  self->status = -1;
}

/**
 * sxsh_facility_store_new:
 *
 * Returns: (transfer full): the registry of @db, loaded, for the current year
 */
SxshFacilityStore *
sxsh_facility_store_new (SxshDatabase *db)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);
  return g_object_new (SXSH_TYPE_FACILITY_STORE, "database", db, NULL);
}

SxshDatabase *
sxsh_facility_store_get_database (SxshFacilityStore *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY_STORE (self), NULL);
  return self->db;
}

static void
index_facility (SxshFacilityStore *self,
                SxshFacility      *facility)
{
  gint64 id = sxsh_facility_get_id (facility);

  g_hash_table_insert (self->by_id, g_memdup2 (&id, sizeof id), facility);
}

/**
 * sxsh_facility_store_reload:
 *
 * Reads every facility again with its status in the store's year.
 */
gboolean
sxsh_facility_store_reload (SxshFacilityStore  *self,
                            GError            **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  g_autoptr(GPtrArray) all = NULL;
  gboolean ok;
  int rc;

  g_return_val_if_fail (SXSH_IS_FACILITY_STORE (self), FALSE);

  if (!load_units (self, error))
    return FALSE;
  stmt = sxsh_database_prepare (self->db, select_all_sql, error);
  if (stmt == NULL)
    return FALSE;

  all = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      SxshFacility *facility = sxsh_facility_new ();
      _sxsh_facility_set_from_statement (facility, stmt);
      /* Folded now, so that no keystroke of a search pays for it. */
      sxsh_facility_get_search_key (facility);
      g_ptr_array_add (all, facility);
    }
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  g_ptr_array_sort (all, compare_facilities);

  /* The new objects get their statuses before the list shows them. */
  g_hash_table_remove_all (self->by_id);
  for (guint i = 0; i < all->len; i++)
    index_facility (self, g_ptr_array_index (all, i));
  ok = apply_statuses (self, all, NULL, error);

  sxsh_item_list_set_items (SXSH_ITEM_LIST (self), g_steal_pointer (&all));
  if (!ok)
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
  return TRUE;
}

/* The year whose statuses the store shows; reloads when it changes. */
void
sxsh_facility_store_set_year (SxshFacilityStore *self,
                              int                year)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *all;

  g_return_if_fail (SXSH_IS_FACILITY_STORE (self));

  if (self->year == year)
    return;
  self->year = year;
  /* Only the statuses depend on the year; the objects stay. */
  all = sxsh_item_list_get_items (SXSH_ITEM_LIST (self));
  if (self->db != NULL && all->len > 0 && !apply_statuses (self, all, NULL, &error))
    g_warning ("Cannot load the statuses of %d: %s", year, error->message);
  if (self->status >= 0)
    sxsh_item_list_refilter (SXSH_ITEM_LIST (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

int
sxsh_facility_store_get_year (SxshFacilityStore *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY_STORE (self), 0);
  return self->year;
}

void
sxsh_facility_store_set_filter (SxshFacilityStore        *self,
                                const SxshFacilityFilter *filter)
{
  static const SxshFacilityFilter empty = SXSH_FACILITY_FILTER_INIT;
  gboolean conditions;

  g_return_if_fail (SXSH_IS_FACILITY_STORE (self));

  if (filter == NULL)
    filter = &empty;

  self->sector_id = filter->sector_id;
  self->admin_unit_id = filter->admin_unit_id;
  self->size_class = filter->size_class;
  self->cp_potential = filter->cp_potential;
  self->status = filter->status;
  g_clear_pointer (&self->ids, g_hash_table_unref);
  if (filter->ids != NULL)
    {
      self->ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      for (guint i = 0; i < filter->ids->len; i++)
        g_hash_table_add (self->ids, g_memdup2 (&g_array_index (filter->ids, gint64, i),
                                                sizeof (gint64)));
    }
  /* A search alone need not ask about each facility. */
  conditions = filter->sector_id != 0 || filter->admin_unit_id != 0
               || filter->size_class != SXSH_SIZE_UNKNOWN || filter->cp_potential >= 0
               || filter->status >= 0 || filter->ids != NULL;
  sxsh_item_list_set_match_func (SXSH_ITEM_LIST (self), conditions ? match : NULL, self);
  if (!sxsh_item_list_set_filter_text (SXSH_ITEM_LIST (self), filter->text))
    sxsh_item_list_refilter (SXSH_ITEM_LIST (self));
}

/* The number of facilities in the registry, whatever the filter. */
guint
sxsh_facility_store_get_total (SxshFacilityStore *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY_STORE (self), 0);
  return sxsh_item_list_get_items (SXSH_ITEM_LIST (self))->len;
}

/* Returns: (transfer none) (nullable): the facility with @id */
SxshFacility *
sxsh_facility_store_lookup (SxshFacilityStore *self,
                            gint64             id)
{
  g_return_val_if_fail (SXSH_IS_FACILITY_STORE (self), NULL);
  return g_hash_table_lookup (self->by_id, &id);
}

/* Returns: (transfer none) (nullable): the facility with @tax_code */
SxshFacility *
sxsh_facility_store_find_by_tax_code (SxshFacilityStore *self,
                                      const char        *tax_code)
{
  GPtrArray *all;

  g_return_val_if_fail (SXSH_IS_FACILITY_STORE (self), NULL);

  if (tax_code == NULL || *tax_code == '\0')
    return NULL;
  all = sxsh_item_list_get_items (SXSH_ITEM_LIST (self));
  for (guint i = 0; i < all->len; i++)
    {
      SxshFacility *facility = g_ptr_array_index (all, i);
      if (g_strcmp0 (sxsh_facility_get_tax_code (facility), tax_code) == 0)
        return facility;
    }
  return NULL;
}

static gboolean
row_exists (SxshDatabase *db,
            const char   *sql,
            gint64        id)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, sql, NULL);

  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, id);
  return sxsh_statement_step (stmt, NULL) == SXSH_STEP_ROW;
}

/**
 * sxsh_facility_store_validate:
 *
 * Checks @facility as it would be saved: its own fields, a tax code used by
 * no other facility, and references to units and sectors that exist.
 *
 * Returns: (transfer full) (element-type SxshIssue): errors and warnings
 */
GPtrArray *
sxsh_facility_store_validate (SxshFacilityStore *self,
                              SxshFacility      *facility)
{
  GPtrArray *issues;
  SxshFacility *other;

  g_return_val_if_fail (SXSH_IS_FACILITY_STORE (self), NULL);
  g_return_val_if_fail (SXSH_IS_FACILITY (facility), NULL);

  issues = sxsh_facility_validate (facility);

  other = sxsh_facility_store_find_by_tax_code (self, sxsh_facility_get_tax_code (facility));
  if (other != NULL && sxsh_facility_get_id (other) != sxsh_facility_get_id (facility))
    sxsh_issues_add (issues, "tax-code", FALSE,
                     _("Tax code: already used by “%s”."), sxsh_facility_get_name (other));

  if (sxsh_facility_get_admin_unit_id (facility) != 0
      && !row_exists (self->db, "SELECT 1 FROM admin_unit WHERE id = ?1",
                      sxsh_facility_get_admin_unit_id (facility)))
    sxsh_issues_add (issues, "admin-unit-id", FALSE,
                     _("Administrative unit: the chosen unit does not exist."));
  if (sxsh_facility_get_sector_id (facility) != 0
      && !row_exists (self->db, "SELECT 1 FROM sector WHERE id = ?1",
                      sxsh_facility_get_sector_id (facility)))
    sxsh_issues_add (issues, "sector-id", FALSE, _("Sector: the chosen sector does not exist."));

  return issues;
}

static void
bind_facility (SxshStatement *stmt,
               gpointer       facility)
{
  g_autofree char *name_key = sxsh_text_fold (sxsh_facility_get_name (facility));
  SxshSizeClass size = sxsh_facility_get_size_manual (facility)
                       ? sxsh_facility_get_size_class (facility)
                       : sxsh_facility_get_derived_size_class (facility);
  gint64 employees = sxsh_facility_get_employees (facility);
  gint64 revenue = sxsh_facility_get_revenue (facility);
  gint64 capital = sxsh_facility_get_capital (facility);

  sxsh_statement_bind_optional_text (stmt, 1, sxsh_facility_get_tax_code (facility));
  sxsh_statement_bind_text (stmt, 2, sxsh_facility_get_name (facility));
  sxsh_statement_bind_text (stmt, 3, name_key);
  sxsh_statement_bind_text (stmt, 4, sxsh_facility_get_address (facility));
  sxsh_statement_bind_optional_int64 (stmt, 5, sxsh_facility_get_admin_unit_id (facility),
                                      sxsh_facility_get_admin_unit_id (facility) != 0);
  sxsh_statement_bind_text (stmt, 6, sxsh_facility_get_zone (facility));
  sxsh_statement_bind_optional_int64 (stmt, 7, sxsh_facility_get_sector_id (facility),
                                      sxsh_facility_get_sector_id (facility) != 0);
  sxsh_statement_bind_text (stmt, 8, sxsh_facility_get_main_products (facility));
  sxsh_statement_bind_text (stmt, 9, sxsh_facility_get_technology_status (facility));
  sxsh_statement_bind_text (stmt, 10, sxsh_size_class_to_key (size));
  sxsh_statement_bind_int64 (stmt, 11, sxsh_facility_get_size_manual (facility) ? 1 : 0);
  sxsh_statement_bind_optional_int64 (stmt, 12, employees, employees >= 0);
  sxsh_statement_bind_optional_int64 (stmt, 13, revenue, revenue >= 0);
  sxsh_statement_bind_optional_int64 (stmt, 14, capital, capital >= 0);
  sxsh_statement_bind_int64 (stmt, 15, sxsh_facility_get_cp_potential (facility) ? 1 : 0);
  sxsh_statement_bind_optional_int64 (stmt, 16, sxsh_facility_get_first_year (facility),
                                      sxsh_facility_get_first_year (facility) != 0);
  sxsh_statement_bind_optional_int64 (stmt, 17, sxsh_facility_get_last_year (facility),
                                      sxsh_facility_get_last_year (facility) != 0);
  sxsh_statement_bind_text (stmt, 18, sxsh_facility_get_contact_person (facility));
  sxsh_statement_bind_text (stmt, 19, sxsh_facility_get_phone (facility));
  sxsh_statement_bind_text (stmt, 20, sxsh_facility_get_email (facility));
  sxsh_statement_bind_text (stmt, 21, sxsh_facility_get_notes (facility));
}

/* Puts a freshly loaded facility into the registry, in place of @old. */
static void
add_loaded (SxshFacilityStore *self,
            SxshFacility      *old,
            SxshFacility      *facility)
{
  g_autoptr(GError) error = NULL;

  index_facility (self, facility);
  if (!apply_statuses (self, NULL, facility, &error))
    g_warning ("Cannot load the status of “%s”: %s", sxsh_facility_get_name (facility),
               error->message);
  sxsh_item_list_replace (SXSH_ITEM_LIST (self), old, facility, compare_facilities);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
}

/**
 * sxsh_facility_store_insert:
 * @accept_warnings: save even when there are warnings (the user saw them)
 *
 * Validates and saves a new facility; its size class is derived from its
 * figures unless set by hand.
 *
 * Returns: the new id, or 0 with @error set
 */
gint64
sxsh_facility_store_insert (SxshFacilityStore  *self,
                            SxshFacility       *facility,
                            gboolean            accept_warnings,
                            GError            **error)
{
  g_autoptr(GPtrArray) issues = NULL;
  SxshFacility *loaded;
  gint64 id;

  g_return_val_if_fail (SXSH_IS_FACILITY_STORE (self), 0);
  g_return_val_if_fail (SXSH_IS_FACILITY (facility), 0);

  sxsh_facility_set_id (facility, 0);
  issues = sxsh_facility_store_validate (self, facility);
  if (!sxsh_activity_check_issues (issues, accept_warnings, error))
    return 0;
  id = sxsh_activity_save_row (self->db, NULL, insert_sql, bind_facility, facility, 0, 22, NULL,
                               error);
  if (id == 0)
    return 0;

  loaded = load_one (self, id, error);
  if (loaded == NULL)
    return 0;
  sxsh_facility_set_id (facility, id);
  add_loaded (self, NULL, loaded);
  sxsh_database_notify_changed (self->db, "facility");
  return id;
}

/**
 * sxsh_facility_store_update:
 *
 * Validates and saves the changes of an edited copy; the object in the list
 * takes the new values.
 */
gboolean
sxsh_facility_store_update (SxshFacilityStore  *self,
                            SxshFacility       *facility,
                            gboolean            accept_warnings,
                            GError            **error)
{
  gint64 id;
  SxshFacility *shown;
  g_autoptr(SxshFacility) loaded = NULL;
  g_autoptr(GPtrArray) issues = NULL;

  g_return_val_if_fail (SXSH_IS_FACILITY_STORE (self), FALSE);
  g_return_val_if_fail (SXSH_IS_FACILITY (facility), FALSE);

  id = sxsh_facility_get_id (facility);
  shown = sxsh_facility_store_lookup (self, id);
  if (id == 0 || shown == NULL)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                   _("The facility no longer exists; it may have been deleted."));
      return FALSE;
    }
  issues = sxsh_facility_store_validate (self, facility);
  if (!sxsh_activity_check_issues (issues, accept_warnings, error))
    return FALSE;
  if (sxsh_activity_save_row (self->db, NULL, update_sql, bind_facility, facility, id, 22,
                              _("The facility no longer exists; it may have been deleted."),
                              error) == 0)
    return FALSE;

  loaded = load_one (self, id, error);
  if (loaded == NULL)
    return FALSE;

  /* Replace the shown object so that the name order stays right. */
  g_hash_table_remove (self->by_id, &id);
  add_loaded (self, shown, g_steal_pointer (&loaded));
  sxsh_database_notify_changed (self->db, "facility");
  return TRUE;
}

/**
 * sxsh_facility_store_delete:
 *
 * Deletes a facility with its yearly data, consumption and attendance.  A
 * facility that received technical support or a certificate is kept: the
 * register must not lose them; the user marks it closed instead.
 *
 * Returns: (transfer full): what undoes the deletion, or %NULL with @error
 */
SxshFacilityUndo *
sxsh_facility_store_delete (SxshFacilityStore  *self,
                            gint64              id,
                            GError            **error)
{
  g_autoptr(SxshRowSet) rows = NULL;
  SxshFacility *shown;
  SxshFacilityUndo *undo;

  g_return_val_if_fail (SXSH_IS_FACILITY_STORE (self), NULL);

  shown = sxsh_facility_store_lookup (self, id);
  if (shown == NULL)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                   _("The facility no longer exists; it may have been deleted."));
      return NULL;
    }
  if (row_exists (self->db, "SELECT 1 FROM support WHERE facility_id = ?1", id)
      || row_exists (self->db, "SELECT 1 FROM certificate WHERE facility_id = ?1", id))
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_CONSTRAINT,
                   _("“%s” has technical support or certificates on record and cannot be "
                     "deleted. Set its last active year instead."),
                   sxsh_facility_get_name (shown));
      return NULL;
    }

  rows = sxsh_activity_delete (self->db, NULL, dependent_tables, G_N_ELEMENTS (dependent_tables),
                               "DELETE FROM facility WHERE id = ?1", id, NULL, error);
  if (rows == NULL)
    return NULL;

  g_hash_table_remove (self->by_id, &id);
  sxsh_item_list_replace (SXSH_ITEM_LIST (self), shown, NULL, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
  sxsh_database_notify_changed (self->db, "facility");

  undo = g_new0 (SxshFacilityUndo, 1);
  undo->id = id;
  undo->rows = g_steal_pointer (&rows);
  return undo;
}

/* Puts a deleted facility back with everything that was deleted with it. */
gboolean
sxsh_facility_store_undo_delete (SxshFacilityStore  *self,
                                 SxshFacilityUndo   *undo,
                                 GError            **error)
{
  SxshFacility *loaded;

  g_return_val_if_fail (SXSH_IS_FACILITY_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  if (!sxsh_row_set_restore (undo->rows, self->db, error))
    return FALSE;
  loaded = load_one (self, undo->id, error);
  if (loaded == NULL)
    return FALSE;
  add_loaded (self, NULL, loaded);
  sxsh_database_notify_changed (self->db, "facility");
  return TRUE;
}

void
sxsh_facility_undo_free (SxshFacilityUndo *undo)
{
  if (undo == NULL)
    return;
  sxsh_row_set_free (undo->rows);
  g_free (undo);
}

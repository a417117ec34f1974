/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sxsh-error.h"
#include "sxsh-format.h"
#include "sxsh-indicators.h"
#include "sxsh-named-item.h"
#include "sxsh-text.h"
#include "sxsh-year-sheet.h"

struct _SxshYearSheet
{
  SxshItemList  parent_instance;

  SxshDatabase *db;            /* the list's, borrowed */
  int           year;          /* the year of a province sheet, 0 otherwise */
  gint64        facility_id;   /* the facility of a facility sheet, 0 otherwise */
  int           first_year;
  int           last_year;

  GListStore   *resources;     /* SxshNamedItem: the resource columns */
  GPtrArray    *search_keys;   /* folded name + tax code, beside the list's items */
};

G_DEFINE_FINAL_TYPE (SxshYearSheet, sxsh_year_sheet, SXSH_TYPE_ITEM_LIST)

/* ?1 = year.  Facilities active in the year, with the year's own row, or
 * the latest earlier one whose statuses carry forward. */
static const char province_sql[] =
  "SELECT f.id, f.name, f.tax_code, cur.year, cur.informed, cur.applying, cur.dedicated_unit, "
  "       cur.output, cur.output_unit, cur.is_baseline, cur.report_received, cur.notes "
  "FROM facility f "
  "LEFT JOIN facility_year cur ON cur.facility_id = f.id AND cur.year = "
  "  (SELECT MAX(y.year) FROM facility_year y WHERE y.facility_id = f.id AND y.year <= ?1) "
  "WHERE (f.first_year IS NULL OR f.first_year <= ?1) "
  "  AND (f.last_year IS NULL OR f.last_year >= ?1) "
  "ORDER BY f.name_key, f.id";

static const char province_consumption_sql[] =
  "SELECT facility_id, resource_id, quantity FROM consumption WHERE year = ?1";

static const char facility_sql[] =
  "SELECT f.id, f.name, f.tax_code, fy.year, fy.informed, fy.applying, fy.dedicated_unit, "
  "       fy.output, fy.output_unit, fy.is_baseline, fy.report_received, fy.notes "
  "FROM facility f LEFT JOIN facility_year fy ON fy.facility_id = f.id "
  "WHERE f.id = ?1 ORDER BY fy.year";

static const char facility_consumption_sql[] =
  "SELECT year, resource_id, quantity FROM consumption WHERE facility_id = ?1";

/* The resource columns: the ones in use, and the usual ones even before
 * anything was recorded. */
static const char resources_sql[] =
  "SELECT r.id, r.name, r.unit FROM resource r "
  "WHERE r.position BETWEEN 1 AND 4 "
  "   OR EXISTS (SELECT 1 FROM consumption c WHERE c.resource_id = r.id) "
  "ORDER BY CASE r.category WHEN 'energy' THEN 0 WHEN 'water' THEN 1 ELSE 2 END, "
  "         r.position, r.id";

static const char ensure_row_sql[] =
  "INSERT INTO facility_year (facility_id, year, informed, applying, dedicated_unit, "
  "                           output_unit) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (facility_id, year) DO NOTHING";

/* One statement per field: column names are never assembled at run time. */
static const struct
{
  const char *field;
  const char *sql;      /* ?1 value, ?2 facility, ?3 year */
} field_updates[] = {
  { "informed", "UPDATE facility_year SET informed = ?1 WHERE facility_id = ?2 AND year = ?3" },
  { "applying", "UPDATE facility_year SET applying = ?1 WHERE facility_id = ?2 AND year = ?3" },
  { "dedicated-unit",
    "UPDATE facility_year SET dedicated_unit = ?1 WHERE facility_id = ?2 AND year = ?3" },
  { "is-baseline",
    "UPDATE facility_year SET is_baseline = ?1 WHERE facility_id = ?2 AND year = ?3" },
  { "output", "UPDATE facility_year SET output = ?1 WHERE facility_id = ?2 AND year = ?3" },
  { "output-unit",
    "UPDATE facility_year SET output_unit = ?1 WHERE facility_id = ?2 AND year = ?3" },
  { "report-received",
    "UPDATE facility_year SET report_received = ?1 WHERE facility_id = ?2 AND year = ?3" },
  { "notes", "UPDATE facility_year SET notes = ?1 WHERE facility_id = ?2 AND year = ?3" },
};

static const char clear_baseline_sql[] =
  "UPDATE facility_year SET is_baseline = 0 WHERE facility_id = ?1 AND year <> ?2 "
  "AND is_baseline = 1";

static const char upsert_consumption_sql[] =
  "INSERT INTO consumption (facility_id, year, resource_id, quantity) VALUES (?1, ?2, ?3, ?4) "
  "ON CONFLICT (facility_id, year, resource_id) DO UPDATE SET quantity = excluded.quantity";

static const char delete_consumption_sql[] =
  "DELETE FROM consumption WHERE facility_id = ?1 AND year = ?2 AND resource_id = ?3";

static const char copy_last_year_sql[] =
  "INSERT INTO facility_year (facility_id, year, informed, applying, dedicated_unit, "
  "                           output_unit) "
  "SELECT f.id, ?1, prev.informed, prev.applying, prev.dedicated_unit, prev.output_unit "
  "FROM facility f JOIN facility_year prev ON prev.facility_id = f.id AND prev.year = "
  "  (SELECT MAX(y.year) FROM facility_year y WHERE y.facility_id = f.id AND y.year < ?1) "
  "WHERE (f.first_year IS NULL OR f.first_year <= ?1) "
  "  AND (f.last_year IS NULL OR f.last_year >= ?1) "
  "  AND NOT EXISTS (SELECT 1 FROM facility_year z WHERE z.facility_id = f.id AND z.year = ?1)";

static const char *
get_search_key (SxshItemList *list,
                gpointer      item,
                guint         position)
{
  /* Called for every record at each keystroke: no checked cast. */
  return g_ptr_array_index (((SxshYearSheet *) list)->search_keys, position);
}

static gboolean
reload (SxshItemList  *list,
        GError       **error)
{
  return sxsh_year_sheet_reload (SXSH_YEAR_SHEET (list), error);
}

static void
sxsh_year_sheet_constructed (GObject *object)
{
  SxshYearSheet *self = SXSH_YEAR_SHEET (object);

  G_OBJECT_CLASS (sxsh_year_sheet_parent_class)->constructed (object);
  self->db = sxsh_item_list_get_database (SXSH_ITEM_LIST (self));
}

static void
sxsh_year_sheet_finalize (GObject *object)
{
  SxshYearSheet *self = SXSH_YEAR_SHEET (object);

  g_clear_object (&self->resources);
  g_ptr_array_unref (self->search_keys);
  G_OBJECT_CLASS (sxsh_year_sheet_parent_class)->finalize (object);
}

static void
sxsh_year_sheet_class_init (SxshYearSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SxshItemListClass *list_class = SXSH_ITEM_LIST_CLASS (klass);

  object_class->constructed = sxsh_year_sheet_constructed;
  object_class->finalize = sxsh_year_sheet_finalize;

  list_class->item_type = SXSH_TYPE_YEAR_RECORD;
  list_class->reload = reload;
  list_class->get_search_key = get_search_key;
}

static void
sxsh_year_sheet_init (SxshYearSheet *self)
{
  self->resources = g_list_store_new (SXSH_TYPE_NAMED_ITEM);
  self->search_keys = g_ptr_array_new_with_free_func (g_free);
}

static gboolean
load_resources (SxshYearSheet  *self,
                GError        **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, resources_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  g_list_store_remove_all (self->resources);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      g_autoptr(SxshNamedItem) item = sxsh_named_item_new (sxsh_statement_get_int64 (stmt, 0),
                                                           sxsh_statement_get_text (stmt, 1),
                                                           sxsh_statement_get_text (stmt, 2));
      g_list_store_append (self->resources, item);
    }
  return rc == SXSH_STEP_DONE;
}

/* Fills a record from columns 3… of the province or facility query. */
static void
fill_record (SxshYearRecord *record,
             SxshStatement  *stmt,
             gboolean        recorded)
{
  gboolean has_row = !sxsh_statement_is_null (stmt, 3);

  g_object_set (record,
                "recorded", recorded,
                "informed", has_row && sxsh_statement_get_int (stmt, 4),
                "applying", has_row && sxsh_statement_get_int (stmt, 5),
                "dedicated-unit", has_row && sxsh_statement_get_int (stmt, 6),
                "output-unit", has_row ? sxsh_statement_get_text (stmt, 8) : "",
                NULL);
  if (recorded)
    _sxsh_year_record_set_output (record, sxsh_statement_is_null (stmt, 7)
                                          ? NAN : sxsh_statement_get_double (stmt, 7));
  if (recorded)
    g_object_set (record,
                  "is-baseline", sxsh_statement_get_int (stmt, 9) != 0,
                  "report-received", sxsh_statement_get_text (stmt, 10),
                  "notes", sxsh_statement_get_text (stmt, 11),
                  NULL);
}

static SxshYearRecord *
find_record (GPtrArray *records,
             gint64     facility_id,
             int        year)
{
  for (guint i = 0; i < records->len; i++)
    {
      SxshYearRecord *record = g_ptr_array_index (records, i);
      if (sxsh_year_record_get_facility_id (record) == facility_id
          && sxsh_year_record_get_year (record) == year)
        return record;
    }
  return NULL;
}

static gboolean
load_province (SxshYearSheet  *self,
               GPtrArray      *records,
               GError        **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, province_sql, error);
  g_autoptr(GHashTable) by_facility = g_hash_table_new (g_int64_hash, g_int64_equal);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, self->year);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      SxshYearRecord *record = _sxsh_year_record_new (sxsh_statement_get_int64 (stmt, 0),
                                                      sxsh_statement_get_text (stmt, 1),
                                                      sxsh_statement_get_text (stmt, 2),
                                                      self->year);
      fill_record (record, stmt,
                   !sxsh_statement_is_null (stmt, 3) && sxsh_statement_get_int (stmt, 3) == self->year);
      g_ptr_array_add (records, record);
    }
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  g_clear_pointer (&stmt, sxsh_statement_release);

  for (guint i = 0; i < records->len; i++)
    {
      SxshYearRecord *record = g_ptr_array_index (records, i);
      gint64 *key = g_new (gint64, 1);
      *key = sxsh_year_record_get_facility_id (record);
      g_hash_table_insert (by_facility, key, record);
    }

  stmt = sxsh_database_prepare (self->db, province_consumption_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, self->year);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      gint64 facility_id = sxsh_statement_get_int64 (stmt, 0);
      SxshYearRecord *record = g_hash_table_lookup (by_facility, &facility_id);
      if (record != NULL)
        _sxsh_year_record_set_quantity (record, sxsh_statement_get_int64 (stmt, 1),
                                        sxsh_statement_get_double (stmt, 2));
    }
  /* The keys were allocated above; the table does not own them. */
  {
    GHashTableIter iter;
    gpointer key;
    g_hash_table_iter_init (&iter, by_facility);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_free (key);
  }
  return rc == SXSH_STEP_DONE;
}

static gboolean
load_facility (SxshYearSheet  *self,
               GPtrArray      *records,
               GError        **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, facility_sql, error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *name = NULL;
  g_autofree char *tax_code = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, self->facility_id);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      if (name == NULL)
        {
          name = sxsh_statement_dup_text (stmt, 1);
          tax_code = sxsh_statement_dup_text (stmt, 2);
        }
      if (!sxsh_statement_is_null (stmt, 3))
        {
          SxshYearRecord *record = _sxsh_year_record_new (self->facility_id, name, tax_code,
                                                          sxsh_statement_get_int (stmt, 3));
          fill_record (record, stmt, TRUE);
          g_ptr_array_add (rows, record);
        }
    }
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  if (name == NULL)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                   _("The facility no longer exists; it may have been deleted."));
      return FALSE;
    }

  /* Every year of the range gets a line; a year without its own row shows
   * the statuses carried forward from the latest earlier one. */
  {
    guint next = 0;
    SxshYearRecord *previous = NULL;
    int first = self->first_year, last = self->last_year;

    if (rows->len > 0)
      {
        first = MIN (first, sxsh_year_record_get_year (g_ptr_array_index (rows, 0)));
        last = MAX (last, sxsh_year_record_get_year (g_ptr_array_index (rows, rows->len - 1)));
      }
    for (int year = first; year <= last; year++)
      {
        SxshYearRecord *record;

        if (next < rows->len
            && sxsh_year_record_get_year (g_ptr_array_index (rows, next)) == year)
          {
            record = g_object_ref (g_ptr_array_index (rows, next++));
            previous = record;
          }
        else
          {
            record = _sxsh_year_record_new (self->facility_id, name, tax_code, year);
            if (previous != NULL)
              g_object_set (record,
                            "informed", sxsh_year_record_get_informed (previous),
                            "applying", sxsh_year_record_get_applying (previous),
                            "dedicated-unit", sxsh_year_record_get_dedicated_unit (previous),
                            "output-unit", sxsh_year_record_get_output_unit (previous),
                            NULL);
          }
        g_ptr_array_add (records, record);
      }
  }
  g_clear_pointer (&stmt, sxsh_statement_release);

  stmt = sxsh_database_prepare (self->db, facility_consumption_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, self->facility_id);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      SxshYearRecord *record = find_record (records, self->facility_id,
                                            sxsh_statement_get_int (stmt, 0));
      if (record != NULL)
        _sxsh_year_record_set_quantity (record, sxsh_statement_get_int64 (stmt, 1),
                                        sxsh_statement_get_double (stmt, 2));
    }
  return rc == SXSH_STEP_DONE;
}

/* Energy-intensity savings come from the indicator engine, so the grid shows
 * exactly the number the indicator counts. */
static void
update_savings (SxshYearSheet *self,
                GPtrArray     *records,
                int            year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshIndicatorReport) report = sxsh_indicators_compute (self->db, NULL, year, &error);

  if (report == NULL)
    {
      g_debug ("No savings for %d: %s", year, error->message);
      return;
    }
  for (guint i = 0; i < records->len; i++)
    {
      SxshYearRecord *record = g_ptr_array_index (records, i);
      const SxshFacilitySaving *saving;

      if (sxsh_year_record_get_year (record) != year)
        continue;
      saving = sxsh_indicator_report_lookup_saving (report,
                                                    sxsh_year_record_get_facility_id (record));
      _sxsh_year_record_set_saving_pct (record, saving && saving->has_saving
                                                ? saving->saving_pct : NAN);
    }
}

static void
update_all_savings (SxshYearSheet *self,
                    GPtrArray     *records)
{
  if (self->year != 0)
    update_savings (self, records, self->year);
  else
    for (int year = self->first_year; year <= self->last_year; year++)
      update_savings (self, records, year);
}

/**
 * sxsh_year_sheet_reload:
 *
 * Reads the sheet again from the database.
 */
gboolean
sxsh_year_sheet_reload (SxshYearSheet  *self,
                        GError        **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean ok;

  g_return_val_if_fail (SXSH_IS_YEAR_SHEET (self), FALSE);

  if (!load_resources (self, error))
    return FALSE;

  ok = self->year != 0 ? load_province (self, records, error)
                       : load_facility (self, records, error);
  if (ok)
    update_all_savings (self, records);

  /* Folded once here, so that no keystroke of a search pays for it. */
  g_ptr_array_set_size (self->search_keys, 0);
  for (guint i = 0; i < records->len; i++)
    {
      SxshYearRecord *record = g_ptr_array_index (records, i);
      g_autofree char *joined = g_strjoin (" ", sxsh_year_record_get_facility_name (record),
                                           sxsh_year_record_get_tax_code (record), NULL);

      g_ptr_array_add (self->search_keys, sxsh_text_fold (joined));
    }
  sxsh_item_list_set_items (SXSH_ITEM_LIST (self), g_steal_pointer (&records));
  return ok;
}

/**
 * sxsh_year_sheet_new_for_year:
 *
 * Returns: (transfer full): the year entry grid of @year, or %NULL
 */
SxshYearSheet *
sxsh_year_sheet_new_for_year (SxshDatabase  *db,
                              int            year,
                              GError       **error)
{
  g_autoptr(SxshYearSheet) self = NULL;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);

  self = g_object_new (SXSH_TYPE_YEAR_SHEET, "database", db, NULL);
  self->year = year;
  if (!sxsh_year_sheet_reload (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * sxsh_year_sheet_new_for_facility:
 * @first_year: the first year to show, even without data
 * @last_year: the last year to show
 *
 * Returns: (transfer full): one line per year of @facility_id, or %NULL
 */
SxshYearSheet *
sxsh_year_sheet_new_for_facility (SxshDatabase  *db,
                                  gint64         facility_id,
                                  int            first_year,
                                  int            last_year,
                                  GError       **error)
{
  g_autoptr(SxshYearSheet) self = NULL;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);
  g_return_val_if_fail (first_year <= last_year, NULL);

  self = g_object_new (SXSH_TYPE_YEAR_SHEET, "database", db, NULL);
  self->facility_id = facility_id;
  self->first_year = first_year;
  self->last_year = last_year;
  if (!sxsh_year_sheet_reload (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

int
sxsh_year_sheet_get_year (SxshYearSheet *self)
{
  g_return_val_if_fail (SXSH_IS_YEAR_SHEET (self), 0);
  return self->year;
}

gint64
sxsh_year_sheet_get_facility_id (SxshYearSheet *self)
{
  g_return_val_if_fail (SXSH_IS_YEAR_SHEET (self), 0);
  return self->facility_id;
}

/* Returns: (transfer none): the resource columns, as SxshNamedItem (id,
 *   name, unit as detail) */
GListModel *
sxsh_year_sheet_get_resources (SxshYearSheet *self)
{
  g_return_val_if_fail (SXSH_IS_YEAR_SHEET (self), NULL);
  return G_LIST_MODEL (self->resources);
}

void
sxsh_year_sheet_set_filter_text (SxshYearSheet *self,
                                 const char    *text)
{
  g_return_if_fail (SXSH_IS_YEAR_SHEET (self));
  sxsh_item_list_set_filter_text (SXSH_ITEM_LIST (self), text);
}

guint
sxsh_year_sheet_get_total (SxshYearSheet *self)
{
  g_return_val_if_fail (SXSH_IS_YEAR_SHEET (self), 0);
  return sxsh_item_list_get_items (SXSH_ITEM_LIST (self))->len;
}

/* Returns: the translated name of a field, for messages and headers */
const char *
sxsh_year_sheet_get_field_label (const char *field)
{
  if (g_str_equal (field, "informed"))
    return _("Informed");
  if (g_str_equal (field, "applying"))
    return _("Applying CP");
  if (g_str_equal (field, "dedicated-unit"))
    return _("Dedicated unit");
  if (g_str_equal (field, "output"))
    return _("Output");
  if (g_str_equal (field, "output-unit"))
    return _("Output unit");
  if (g_str_equal (field, "is-baseline"))
    return _("Baseline year");
  if (g_str_equal (field, "report-received"))
    return _("Report received");
  if (g_str_equal (field, "notes"))
    return _("Notes");
  return field;
}

static const char *
update_sql_for (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_updates); i++)
    if (g_str_equal (field_updates[i].field, field))
      return field_updates[i].sql;
  return NULL;
}

static gboolean
run_with_keys (SxshDatabase   *db,
               const char     *sql,
               SxshYearRecord *record,
               int             first_index,
               GError        **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, first_index, sxsh_year_record_get_facility_id (record));
  sxsh_statement_bind_int64 (stmt, first_index + 1, sxsh_year_record_get_year (record));
  return sxsh_statement_run (stmt, error);
}

/* The year's own row, created with the statuses the record shows. */
static gboolean
ensure_row (SxshYearSheet   *self,
            SxshYearRecord  *record,
            GError         **error)
{
  g_autoptr(SxshStatement) stmt = NULL;

  if (sxsh_year_record_get_recorded (record))
    return TRUE;
  stmt = sxsh_database_prepare (self->db, ensure_row_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, sxsh_year_record_get_facility_id (record));
  sxsh_statement_bind_int64 (stmt, 2, sxsh_year_record_get_year (record));
  sxsh_statement_bind_int64 (stmt, 3, sxsh_year_record_get_informed (record));
  sxsh_statement_bind_int64 (stmt, 4, sxsh_year_record_get_applying (record));
  sxsh_statement_bind_int64 (stmt, 5, sxsh_year_record_get_dedicated_unit (record));
  sxsh_statement_bind_text (stmt, 6, sxsh_year_record_get_output_unit (record));
  return sxsh_statement_run (stmt, error);
}

typedef struct
{
  const char *field;
  gint64      resource_id;   /* for "resource:ID" */
  gboolean    is_null;
  double      number;
  gboolean    flag;
  char       *text;
} CellValue;

/* Parses and checks what the user typed.  Returns FALSE with a message that
 * names the field. */
static gboolean
parse_cell (SxshYearSheet   *self,
            SxshYearRecord  *record,
            const char      *field,
            const char      *input,
            CellValue       *value,
            GError         **error)
{
  g_autofree char *text = g_strstrip (g_strdup (input ? input : ""));
  int year = sxsh_year_record_get_year (record);

  value->field = field;
  value->is_null = *text == '\0';

  if (g_str_equal (field, "output") || g_str_has_prefix (field, "resource:"))
    {
      const char *label = sxsh_year_sheet_get_field_label (field);

      if (g_str_has_prefix (field, "resource:"))
        {
          value->resource_id = g_ascii_strtoll (field + 9, NULL, 10);
          label = NULL;
          for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->resources)); i++)
            {
              g_autoptr(SxshNamedItem) item = g_list_model_get_item (G_LIST_MODEL (self->resources), i);
              if (sxsh_named_item_get_id (item) == value->resource_id)
                label = sxsh_named_item_get_name (item);
            }
          if (label == NULL)
            {
              g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                           _("This resource is not one of the sheet's columns."));
              return FALSE;
            }
        }
      if (value->is_null)
        return TRUE;
      if (!sxsh_parse_number (text, &value->number))
        {
          g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                       _("%s: “%s” is not a number (write e.g. 1.250,5)."), label, text);
          return FALSE;
        }
      if (value->number < 0)
        {
          g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                       _("%s: cannot be negative."), label);
          return FALSE;
        }
      return TRUE;
    }

  if (g_str_equal (field, "report-received"))
    {
      GDate date, earliest, latest;

      if (value->is_null)
        return TRUE;
      if (!sxsh_parse_date (text, &date))
        {
          g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                       _("Report received: “%s” is not a date (write day/month/year, e.g. "
                         "28/11/%d)."), text, year);
          return FALSE;
        }
      /* A report on year Y arrives during Y or the following year. */
      g_date_clear (&earliest, 1);
      g_date_clear (&latest, 1);
      g_date_set_dmy (&earliest, 1, 1, year);
      g_date_set_dmy (&latest, 31, 12, year + 1);
      if (g_date_compare (&date, &earliest) < 0 || g_date_compare (&date, &latest) > 0)
        {
          g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                       _("Report received: a report on %d must be dated between 01/01/%d and "
                         "31/12/%d."), year, year, year + 1);
          return FALSE;
        }
      value->text = sxsh_date_to_iso (&date);
      return TRUE;
    }

  if (g_str_equal (field, "output-unit") || g_str_equal (field, "notes"))
    {
      value->text = g_steal_pointer (&text);
      return TRUE;
    }

  g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID, _("Unknown field “%s”."), field);
  return FALSE;
}

/* Applies a parsed value to the database, in the caller's transaction. */
static gboolean
write_cell (SxshYearSheet   *self,
            SxshYearRecord  *record,
            CellValue       *value,
            GError         **error)
{
  g_autoptr(SxshStatement) stmt = NULL;

  if (!ensure_row (self, record, error))
    return FALSE;

  if (value->resource_id != 0)
    {
      stmt = sxsh_database_prepare (self->db, value->is_null ? delete_consumption_sql
                                                             : upsert_consumption_sql, error);
      if (stmt == NULL)
        return FALSE;
      sxsh_statement_bind_int64 (stmt, 1, sxsh_year_record_get_facility_id (record));
      sxsh_statement_bind_int64 (stmt, 2, sxsh_year_record_get_year (record));
      sxsh_statement_bind_int64 (stmt, 3, value->resource_id);
      if (!value->is_null)
        sxsh_statement_bind_double (stmt, 4, value->number);
      return sxsh_statement_run (stmt, error);
    }

  if (g_str_equal (value->field, "is-baseline") && value->flag
      && !run_with_keys (self->db, clear_baseline_sql, record, 1, error))
    return FALSE;

  stmt = sxsh_database_prepare (self->db, update_sql_for (value->field), error);
  if (stmt == NULL)
    return FALSE;
  if (g_str_equal (value->field, "output"))
    {
      if (value->is_null)
        sxsh_statement_bind_null (stmt, 1);
      else
        sxsh_statement_bind_double (stmt, 1, value->number);
    }
  else if (g_str_equal (value->field, "report-received"))
    sxsh_statement_bind_optional_text (stmt, 1, value->text);
  else if (value->text != NULL || value->is_null)
    sxsh_statement_bind_text (stmt, 1, value->text ? value->text : "");
  else
    sxsh_statement_bind_int64 (stmt, 1, value->flag ? 1 : 0);
  sxsh_statement_bind_int64 (stmt, 2, sxsh_year_record_get_facility_id (record));
  sxsh_statement_bind_int64 (stmt, 3, sxsh_year_record_get_year (record));
  return sxsh_statement_run (stmt, error);
}

static gboolean
apply_cell (SxshYearSheet   *self,
            SxshYearRecord  *record,
            CellValue       *value,
            GError         **error)
{
  GPtrArray *records = sxsh_item_list_get_items (SXSH_ITEM_LIST (self));
  gboolean status_field;

  if (!sxsh_database_begin (self->db, error))
    return FALSE;
  if (!write_cell (self, record, value, error))
    {
      sxsh_database_rollback (self->db);
      return FALSE;
    }
  if (!sxsh_database_commit (self->db, error))
    return FALSE;

  /* The database holds it now; the record follows. */
  g_object_set (record, "recorded", TRUE, NULL);
  if (value->resource_id != 0)
    _sxsh_year_record_set_quantity (record, value->resource_id,
                                    value->is_null ? NAN : value->number);
  else if (g_str_equal (value->field, "output"))
    _sxsh_year_record_set_output (record, value->is_null ? NAN : value->number);
  else if (g_str_equal (value->field, "report-received"))
    g_object_set (record, "report-received", value->text ? value->text : "", NULL);
  else if (g_str_equal (value->field, "output-unit") || g_str_equal (value->field, "notes"))
    g_object_set (record, value->field, value->text, NULL);
  else
    g_object_set (record, value->field, value->flag, NULL);

  if (g_str_equal (value->field, "is-baseline") && value->flag)
    for (guint i = 0; i < records->len; i++)
      {
        SxshYearRecord *other = g_ptr_array_index (records, i);
        if (other != record
            && sxsh_year_record_get_facility_id (other) == sxsh_year_record_get_facility_id (record))
          g_object_set (other, "is-baseline", FALSE, NULL);
      }

  /* Output, energy and the baseline change savings; statuses change the
   * indicators and the registry's status column. */
  status_field = g_str_equal (value->field, "informed") || g_str_equal (value->field, "applying")
                 || g_str_equal (value->field, "dedicated-unit");
  if (value->resource_id != 0 || g_str_equal (value->field, "output")
      || g_str_equal (value->field, "is-baseline") || g_str_equal (value->field, "applying"))
    update_all_savings (self, records);
  sxsh_database_notify_changed (self->db, status_field ? "facility_year" : "consumption");
  return TRUE;
}

/**
 * sxsh_year_sheet_set_text:
 * @field: "output", "output-unit", "report-received", "notes" or
 *   "resource:ID" (ID of one of the sheet's resources)
 * @text: what the user typed; empty clears the value
 *
 * Validates and saves one cell.
 */
gboolean
sxsh_year_sheet_set_text (SxshYearSheet   *self,
                          SxshYearRecord  *record,
                          const char      *field,
                          const char      *text,
                          GError         **error)
{
  CellValue value = { 0 };
  gboolean ok;

  g_return_val_if_fail (SXSH_IS_YEAR_SHEET (self), FALSE);
  g_return_val_if_fail (SXSH_IS_YEAR_RECORD (record), FALSE);

  ok = parse_cell (self, record, field, text, &value, error)
       && apply_cell (self, record, &value, error);
  g_free (value.text);
  return ok;
}

/**
 * sxsh_year_sheet_set_flag:
 * @field: "informed", "applying", "dedicated-unit" or "is-baseline"
 *
 * Saves one yes/no cell.  Marking a baseline year clears the facility's
 * other baseline year.
 */
gboolean
sxsh_year_sheet_set_flag (SxshYearSheet   *self,
                          SxshYearRecord  *record,
                          const char      *field,
                          gboolean         flag,
                          GError         **error)
{
  CellValue value = { 0 };

  g_return_val_if_fail (SXSH_IS_YEAR_SHEET (self), FALSE);
  g_return_val_if_fail (SXSH_IS_YEAR_RECORD (record), FALSE);

  if (!g_str_equal (field, "informed") && !g_str_equal (field, "applying")
      && !g_str_equal (field, "dedicated-unit") && !g_str_equal (field, "is-baseline"))
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID, _("Unknown field “%s”."), field);
      return FALSE;
    }
  value.field = field;
  value.flag = flag;
  return apply_cell (self, record, &value, error);
}

/**
 * sxsh_year_sheet_copy_last_year:
 * @n_copied: (out) (optional): how many facilities got a row
 *
 * Gives every facility active in the sheet's year that has no row for it yet
 * the statuses of its latest earlier year, in one transaction.
 */
gboolean
sxsh_year_sheet_copy_last_year (SxshYearSheet  *self,
                                guint          *n_copied,
                                GError        **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  int changes;

  g_return_val_if_fail (SXSH_IS_YEAR_SHEET (self), FALSE);
  g_return_val_if_fail (self->year != 0, FALSE);

  if (!sxsh_database_begin (self->db, error))
    return FALSE;
  stmt = sxsh_database_prepare (self->db, copy_last_year_sql, error);
  if (stmt == NULL)
    {
      sxsh_database_rollback (self->db);
      return FALSE;
    }
  sxsh_statement_bind_int64 (stmt, 1, self->year);
  if (!sxsh_statement_run (stmt, error))
    {
      g_clear_pointer (&stmt, sxsh_statement_release);
      sxsh_database_rollback (self->db);
      return FALSE;
    }
  changes = sxsh_database_changes (self->db);
  g_clear_pointer (&stmt, sxsh_statement_release);
  if (!sxsh_database_commit (self->db, error))
    return FALSE;

  if (n_copied)
    *n_copied = (guint) changes;
  if (!sxsh_year_sheet_reload (self, error))
    return FALSE;
  sxsh_database_notify_changed (self->db, "facility_year");
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sxsh-core.h"
#include "sxsh-test-util.h"

typedef struct
{
  char              *dir;
  SxshDatabase      *db;
  SxshFacilityStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sxsh_test_make_tmpdir ();
  f->db = sxsh_test_open_db (f->dir);
  g_assert_true (sxsh_database_exec (f->db,
    "INSERT INTO admin_unit (id, name, level) VALUES (1, 'Kon Tum', 'province');"
    "INSERT INTO admin_unit (id, name, level, parent_id) VALUES (2, 'Đắk Hà', 'district', 1),"
    "  (3, 'Sa Thầy', 'district', 1);"
    "INSERT INTO admin_unit (id, name, level, parent_id) VALUES (4, 'Thị trấn Đắk Hà', 'commune', 2);"
    "INSERT INTO sector (id, name, priority) VALUES (1, 'Chế biến mủ cao su', 1),"
    "  (2, 'Sản xuất vật liệu xây dựng', 1);", &error));
  g_assert_no_error (error);
  f->store = sxsh_facility_store_new (f->db);
  sxsh_facility_store_set_year (f->store, 2020);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->db);
  sxsh_test_remove_tree (f->dir);
  g_free (f->dir);
}

static SxshFacility *
make_facility (const char *name,
               const char *tax_code,
               gint64      unit,
               gint64      sector)
{
  SxshFacility *facility = sxsh_facility_new ();

  g_object_set (facility, "name", name, "tax-code", tax_code, "admin-unit-id", unit,
                "sector-id", sector, NULL);
  return facility;
}

static gint64
add (Fixture    *f,
     const char *name,
     const char *tax_code,
     gint64      unit,
     gint64      sector)
{
  g_autoptr(SxshFacility) facility = make_facility (name, tax_code, unit, sector);
  g_autoptr(GError) error = NULL;
  gint64 id = sxsh_facility_store_insert (f->store, facility, TRUE, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
search (Fixture    *f,
        const char *text)
{
  SxshFacilityFilter filter = SXSH_FACILITY_FILTER_INIT;

  filter.text = text;
  sxsh_facility_store_set_filter (f->store, &filter);
}

static const char *
name_at (Fixture *f,
         guint    position)
{
  g_autoptr(SxshFacility) facility = g_list_model_get_item (G_LIST_MODEL (f->store), position);
  /* The store keeps its own reference. */
  return sxsh_facility_get_name (facility);
}

static void
test_insert_and_search (Fixture       *f,
                        gconstpointer  data)
{
  add (f, "Công ty TNHH Cao su Đắk Hà", "0100109106", 4, 1);
  add (f, "HTX Gạch ngói Sa Thầy", "", 3, 2);
  add (f, "CAO SU KON TUM", "0100112437", 1, 1);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 3);
  /* Vietnamese order: C before H. */
  g_assert_cmpstr (name_at (f, 0), ==, "CAO SU KON TUM");

  search (f, "dak ha");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  g_assert_cmpstr (name_at (f, 0), ==, "Công ty TNHH Cao su Đắk Hà");

  search (f, "cao su");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 2);

  /* The tax code and the unit's name are searched too. */
  search (f, "0100112437");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  search (f, "sa thay gach");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  search (f, "xi mang");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 0);
  g_assert_cmpuint (sxsh_facility_store_get_total (f->store), ==, 3);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  SxshFacilityFilter filter = SXSH_FACILITY_FILTER_INIT;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 a = add (f, "Nhà máy A", NULL, 4, 1);
  gint64 b = add (f, "Nhà máy B", NULL, 3, 2);

  add (f, "Nhà máy C", NULL, 0, 0);

  /* A district also matches its communes. */
  filter.admin_unit_id = 2;
  sxsh_facility_store_set_filter (f->store, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  g_assert_cmpstr (name_at (f, 0), ==, "Nhà máy A");

  filter.admin_unit_id = 1;
  sxsh_facility_store_set_filter (f->store, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 2);

  filter.admin_unit_id = 0;
  filter.sector_id = 2;
  sxsh_facility_store_set_filter (f->store, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  g_assert_cmpstr (name_at (f, 0), ==, "Nhà máy B");

  filter.sector_id = 0;
  g_array_append_val (ids, a);
  g_array_append_val (ids, b);
  filter.ids = ids;
  sxsh_facility_store_set_filter (f->store, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 2);

  sxsh_facility_store_set_filter (f->store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 3);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SxshFacility) bad = sxsh_facility_new ();
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GError) error = NULL;

  add (f, "Nhà máy A", "0100109106", 0, 0);

  g_object_set (bad, "name", "   ", "tax-code", "0100109106", "first-year", 2020,
                "last-year", 2018, "employees", (gint64) -5, "email", "sct@", "phone", "12",
                NULL);
  issues = sxsh_facility_store_validate (f->store, bad);
  g_assert_true (sxsh_issues_has_errors (issues));
  g_assert_nonnull (sxsh_issues_find (issues, "name"));
  g_assert_nonnull (strstr (sxsh_issues_find (issues, "tax-code"), "Nhà máy A"));
  g_assert_nonnull (sxsh_issues_find (issues, "last-year"));
  g_assert_nonnull (sxsh_issues_find (issues, "employees"));
  g_assert_nonnull (sxsh_issues_find (issues, "email"));
  g_assert_nonnull (sxsh_issues_find (issues, "phone"));
  g_assert_null (sxsh_issues_find (issues, "revenue"));

  g_assert_cmpint (sxsh_facility_store_insert (f->store, bad, TRUE, &error), ==, 0);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_assert_cmpuint (sxsh_facility_store_get_total (f->store), ==, 1);
  g_clear_error (&error);
  g_clear_pointer (&issues, g_ptr_array_unref);

  /* A wrong check digit is a warning: refused until the user accepts it. */
  g_object_set (bad, "name", "Nhà máy B", "tax-code", "0100109107", "first-year", 0,
                "last-year", 0, "employees", (gint64) -1, "email", "", "phone", "", NULL);
  issues = sxsh_facility_store_validate (f->store, bad);
  g_assert_false (sxsh_issues_has_errors (issues));
  g_assert_nonnull (sxsh_issues_find (issues, "tax-code"));
  g_assert_cmpint (sxsh_facility_store_insert (f->store, bad, FALSE, &error), ==, 0);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (sxsh_facility_store_insert (f->store, bad, TRUE, &error), >, 0);
  g_assert_no_error (error);

  /* A bad tax code shape is an error. */
  g_object_set (bad, "tax-code", "12345", NULL);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = sxsh_facility_store_validate (f->store, bad);
  g_assert_true (sxsh_issues_has_errors (issues));
}

static void
test_update_and_size (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = add (f, "Nhà máy tinh bột sắn", NULL, 0, 0);
  g_autoptr(SxshFacility) copy = sxsh_facility_copy (sxsh_facility_store_lookup (f->store, id));
  SxshFacility *shown;

  g_object_set (copy, "name", "Nhà máy tinh bột sắn Đắk Tô", "employees", (gint64) 150,
                "revenue", (gint64) 120 * SXSH_BILLION_VND, NULL);
  g_assert_true (sxsh_facility_store_update (f->store, copy, TRUE, &error));
  g_assert_no_error (error);
  shown = sxsh_facility_store_lookup (f->store, id);
  g_assert_cmpstr (sxsh_facility_get_name (shown), ==, "Nhà máy tinh bột sắn Đắk Tô");
  /* Derived from the figures. */
  g_assert_cmpint (sxsh_facility_get_size_class (shown), ==, SXSH_SIZE_MEDIUM);

  /* Set by hand, it stays. */
  g_clear_object (&copy);
  copy = sxsh_facility_copy (shown);
  g_object_set (copy, "size-manual", TRUE, "size-class", SXSH_SIZE_LARGE, NULL);
  g_assert_true (sxsh_facility_store_update (f->store, copy, TRUE, &error));
  shown = sxsh_facility_store_lookup (f->store, id);
  g_assert_cmpint (sxsh_facility_get_size_class (shown), ==, SXSH_SIZE_LARGE);
  g_assert_true (sxsh_facility_get_size_manual (shown));
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshFacilityUndo) undo = NULL;
  gint64 id = add (f, "Cơ sở chế biến gỗ", "0100109106", 3, 0);
  gint64 kept = add (f, "Cơ sở có chứng nhận", NULL, 3, 0);
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("INSERT INTO facility_year (facility_id, year, applying, output) "
                         "VALUES (%" G_GINT64_FORMAT ", 2019, 1, 50);", id);
  g_assert_true (sxsh_database_exec (f->db, sql, &error));

  undo = sxsh_facility_store_delete (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (undo);
  g_assert_null (sxsh_facility_store_lookup (f->store, id));
  g_assert_cmpint (sxsh_database_query_int64 (f->db, "SELECT count(*) FROM facility_year", -1, NULL),
                   ==, 0);

  g_assert_true (sxsh_facility_store_undo_delete (f->store, undo, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sxsh_facility_store_lookup (f->store, id));
  g_assert_cmpstr (sxsh_facility_get_tax_code (sxsh_facility_store_lookup (f->store, id)), ==,
                   "0100109106");
  g_assert_cmpint (sxsh_database_query_int64 (f->db, "SELECT count(*) FROM facility_year", -1, NULL),
                   ==, 1);

  /* A facility with a certificate is not deleted. */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("INSERT INTO certificate (number, year, seq, facility_id, issue_date) "
                         "VALUES ('01/2020/GCN-SCT', 2020, 1, %" G_GINT64_FORMAT ", '2020-12-01')",
                         kept);
  g_assert_true (sxsh_database_exec (f->db, sql, &error));
  g_assert_null (sxsh_facility_store_delete (f->store, kept, &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_CONSTRAINT);
  g_assert_nonnull (sxsh_facility_store_lookup (f->store, kept));
}

static void
test_status_carry_forward (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 a = add (f, "A", NULL, 0, 0);
  gint64 b = add (f, "B", NULL, 0, 0);
  gint64 c = add (f, "C", NULL, 0, 0);
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO facility_year (facility_id, year, informed, applying) VALUES "
    "(%1$" G_GINT64_FORMAT ", 2017, 1, 0), (%1$" G_GINT64_FORMAT ", 2019, 1, 1),"
    "(%2$" G_GINT64_FORMAT ", 2021, 0, 0);"
    "INSERT INTO event (id, kind, title, date) VALUES (1, 'workshop', 'Hội thảo SXSH', '2018-05-10');"
    "INSERT INTO event_facility VALUES (1, %3$" G_GINT64_FORMAT ");", a, b, c);

  g_assert_true (sxsh_database_exec (f->db, sql, &error));
  g_assert_no_error (error);

  sxsh_facility_store_set_year (f->store, 2018);
  g_assert_cmpint (sxsh_facility_get_status (sxsh_facility_store_lookup (f->store, a)), ==,
                   SXSH_YEAR_STATUS_INFORMED);
  g_assert_cmpint (sxsh_facility_get_status (sxsh_facility_store_lookup (f->store, b)), ==,
                   SXSH_YEAR_STATUS_NONE);
  g_assert_cmpint (sxsh_facility_get_status (sxsh_facility_store_lookup (f->store, c)), ==,
                   SXSH_YEAR_STATUS_INFORMED);

  sxsh_facility_store_set_year (f->store, 2022);
  g_assert_cmpint (sxsh_facility_get_status (sxsh_facility_store_lookup (f->store, a)), ==,
                   SXSH_YEAR_STATUS_APPLYING);
  g_assert_cmpint (sxsh_facility_get_status (sxsh_facility_store_lookup (f->store, b)), ==,
                   SXSH_YEAR_STATUS_NEITHER);

  sxsh_facility_store_set_year (f->store, 2017);
  g_assert_cmpint (sxsh_facility_get_status (sxsh_facility_store_lookup (f->store, c)), ==,
                   SXSH_YEAR_STATUS_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sxsh/facility-store/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("insert-and-search", test_insert_and_search);
  ADD ("filters", test_filters);
  ADD ("validation", test_validation);
  ADD ("update-and-size", test_update_and_size);
  ADD ("delete-undo", test_delete_undo);
  ADD ("status-carry-forward", test_status_carry_forward);
#undef ADD

  return g_test_run ();
}

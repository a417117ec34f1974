/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sxsh-core.h"
#include "sxsh-year-sheet.h"
#include "sxsh-test-util.h"

typedef struct
{
  char         *dir;
  SxshDatabase *db;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sxsh_test_make_tmpdir ();
  f->db = sxsh_test_open_db (f->dir);
  /* Two facilities, one closed in 2019; electricity and coal as energy. */
  g_assert_true (sxsh_database_exec (f->db,
    "INSERT INTO plan (id, code, title, first_year, last_year) VALUES (1, 'P', 'Plan', 2016, 2020);"
    "INSERT INTO plan_target (plan_id, indicator_key, target_pct, band_low_pct, band_high_pct) "
    "  VALUES (1, 'informed', 90, NULL, NULL), (1, 'applying', 50, 8, 13),"
    "         (1, 'applying_saving', 50, 8, 13);"
    "INSERT INTO settings (key, value) VALUES ('current_plan', 'P');"
    "INSERT INTO resource (id, name, category, unit, toe_factor, position) VALUES "
    "  (1, 'Điện', 'energy', 'kWh', 0.0001543, 1), (2, 'Than', 'energy', 't', 0.7, 2),"
    "  (3, 'Nước', 'water', 'm³', NULL, 3), (4, 'Đá vôi', 'material', 't', NULL, 0);"
    "INSERT INTO facility (id, name, name_key, tax_code, first_year) VALUES "
    "  (1, 'Nhà máy tinh bột sắn Đắk Tô', 'nha may tinh bot san dak to', '0100109106', 2010);"
    "INSERT INTO facility (id, name, name_key, first_year, last_year) VALUES "
    "  (2, 'Lò gạch Sa Thầy', 'lo gach sa thay', 2010, 2019);"
    "INSERT INTO facility_year (facility_id, year, informed, applying, output, output_unit, "
    "  is_baseline) VALUES (1, 2018, 1, 1, 1000, 't', 1);"
    "INSERT INTO consumption (facility_id, year, resource_id, quantity) VALUES "
    "  (1, 2018, 1, 200000), (1, 2018, 2, 10);", &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->db);
  sxsh_test_remove_tree (f->dir);
  g_free (f->dir);
}

static SxshYearRecord *
record_at (SxshYearSheet *sheet,
           guint          position)
{
  SxshYearRecord *record = g_list_model_get_item (G_LIST_MODEL (sheet), position);
  g_object_unref (record);   /* the sheet keeps it alive */
  return record;
}

static void
test_province_rows (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshYearSheet) sheet = sxsh_year_sheet_new_for_year (f->db, 2020, &error);
  SxshYearRecord *record;

  g_assert_no_error (error);
  /* The closed facility is not active in 2020. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sheet)), ==, 1);
  record = record_at (sheet, 0);
  g_assert_false (sxsh_year_record_get_recorded (record));
  /* Carried forward from 2018. */
  g_assert_true (sxsh_year_record_get_applying (record));
  g_assert_cmpstr (sxsh_year_record_get_output_unit (record), ==, "t");
  g_assert_true (isnan (sxsh_year_record_get_output (record)));
  /* Resource columns: the usual three and the ones in use; not the unused limestone. */
  g_assert_cmpuint (g_list_model_get_n_items (sxsh_year_sheet_get_resources (sheet)), ==, 3);
}

static void
test_edit_cells (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshYearSheet) sheet = sxsh_year_sheet_new_for_year (f->db, 2020, &error);
  SxshYearRecord *record = record_at (sheet, 0);
  g_autofree char *shown = NULL;

  /* Bad values are refused with the field named, and nothing is written. */
  g_assert_false (sxsh_year_sheet_set_text (sheet, record, "output", "nhiều", &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "nhiều"));
  g_clear_error (&error);
  g_assert_false (sxsh_year_sheet_set_text (sheet, record, "output", "-5", &error));
  g_clear_error (&error);
  g_assert_false (sxsh_year_sheet_set_text (sheet, record, "report-received", "15/03/2025",
                                            &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (sxsh_database_query_int64 (f->db, "SELECT count(*) FROM facility_year "
                                                     "WHERE year = 2020", -1, NULL), ==, 0);

  /* Good values: a row for 2020 appears with the carried statuses. */
  g_assert_true (sxsh_year_sheet_set_text (sheet, record, "output", "1.250,5", &error));
  g_assert_no_error (error);
  g_assert_true (sxsh_year_record_get_recorded (record));
  g_assert_cmpfloat (sxsh_year_record_get_output (record), ==, 1250.5);
  g_assert_cmpint (sxsh_database_query_int64 (f->db, "SELECT applying FROM facility_year "
                                                     "WHERE facility_id = 1 AND year = 2020",
                                              -1, NULL), ==, 1);
  shown = sxsh_year_record_format_field (record, "output");
  g_assert_cmpstr (shown, ==, "1.250,5");

  g_assert_true (sxsh_year_sheet_set_text (sheet, record, "report-received", "28/11/2020",
                                           &error));
  g_assert_cmpstr (sxsh_year_record_get_report_received (record), ==, "2020-11-28");
  g_assert_true (sxsh_year_sheet_set_flag (sheet, record, "dedicated-unit", TRUE, &error));
  g_assert_cmpint (sxsh_database_query_int64 (f->db, "SELECT dedicated_unit FROM facility_year "
                                                     "WHERE facility_id = 1 AND year = 2020",
                                              -1, NULL), ==, 1);

  /* Energy: 2018 EI = (200000 × 0.0001543 + 10 × 0.7) / 1000 = 0.03786 TOE/t.
   * 2020 with 160000 kWh and 9 t of coal for 1250.5 t:
   * (24.688 + 6.3) / 1250.5 = 0.024780 → saving 34.55%. */
  g_assert_true (sxsh_year_sheet_set_text (sheet, record, "resource:1", "160.000", &error));
  g_assert_true (sxsh_year_sheet_set_text (sheet, record, "resource:2", "9", &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (sxsh_year_record_get_quantity (record, 1), 160000, 1e-9);
  g_assert_cmpfloat_with_epsilon (sxsh_year_record_get_saving_pct (record),
                                  (0.03786 - 30.988 / 1250.5) / 0.03786 * 100, 1e-6);

  /* Clearing a quantity removes it. */
  g_assert_true (sxsh_year_sheet_set_text (sheet, record, "resource:2", "", &error));
  g_assert_true (isnan (sxsh_year_record_get_quantity (record, 2)));
  g_assert_cmpint (sxsh_database_query_int64 (f->db, "SELECT count(*) FROM consumption "
                                                     "WHERE year = 2020", -1, NULL), ==, 1);
}

static void
test_one_baseline (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshYearSheet) sheet = sxsh_year_sheet_new_for_facility (f->db, 1, 2016, 2020, &error);
  SxshYearRecord *y2018, *y2019;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sheet)), ==, 5);
  y2018 = record_at (sheet, 2);
  y2019 = record_at (sheet, 3);
  g_assert_cmpint (sxsh_year_record_get_year (y2018), ==, 2018);
  g_assert_true (sxsh_year_record_get_is_baseline (y2018));
  g_assert_true (sxsh_year_record_get_applying (y2019));

  g_assert_true (sxsh_year_sheet_set_flag (sheet, y2019, "is-baseline", TRUE, &error));
  g_assert_no_error (error);
  g_assert_false (sxsh_year_record_get_is_baseline (y2018));
  g_assert_cmpint (sxsh_database_query_int64 (f->db, "SELECT year FROM facility_year "
                                                     "WHERE facility_id = 1 AND is_baseline = 1",
                                              -1, NULL), ==, 2019);
}

static void
test_copy_last_year (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshYearSheet) sheet = sxsh_year_sheet_new_for_year (f->db, 2019, &error);
  guint copied = 0;

  g_assert_true (sxsh_year_sheet_copy_last_year (sheet, &copied, &error));
  g_assert_no_error (error);
  /* Facility 1 had 2018; facility 2 has no earlier year to copy. */
  g_assert_cmpuint (copied, ==, 1);
  g_assert_true (sxsh_year_record_get_recorded (record_at (sheet, 1)) ||
                 sxsh_year_record_get_recorded (record_at (sheet, 0)));
  g_assert_true (sxsh_year_sheet_copy_last_year (sheet, &copied, &error));
  g_assert_cmpuint (copied, ==, 0);
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshYearSheet) sheet = sxsh_year_sheet_new_for_year (f->db, 2019, &error);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sheet)), ==, 2);
  sxsh_year_sheet_set_filter_text (sheet, "sa thay");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sheet)), ==, 1);
  sxsh_year_sheet_set_filter_text (sheet, "0100109106");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sheet)), ==, 1);
  sxsh_year_sheet_set_filter_text (sheet, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sheet)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sxsh/year-sheet/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("province-rows", test_province_rows);
  ADD ("edit-cells", test_edit_cells);
  ADD ("one-baseline", test_one_baseline);
  ADD ("copy-last-year", test_copy_last_year);
  ADD ("filter", test_filter);
#undef ADD

  return g_test_run ();
}

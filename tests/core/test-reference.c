/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>

#include "sxsh-core.h"
#include "sxsh-test-util.h"

typedef struct
{
  char         *tmpdir;
  SxshDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->tmpdir = sxsh_test_make_tmpdir ();
  fixture->db = sxsh_test_open_db (fixture->tmpdir);
  if (data != NULL)
    {
      g_assert_true (sxsh_reference_load (fixture->db, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->db);
  sxsh_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static gint64
query (SxshDatabase *db,
       const char   *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 value = sxsh_database_query_int64 (db, sql, -1, &error);

  g_assert_no_error (error);
  return value;
}

static char *
query_text (SxshDatabase *db,
            const char   *sql,
            const char   *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, sql, &error);
  int rc;

  g_assert_no_error (error);
  sxsh_statement_bind_text (stmt, 1, key);
  rc = sxsh_statement_step (stmt, &error);
  g_assert_no_error (error);
  if (rc != SXSH_STEP_ROW)
    return NULL;
  return sxsh_statement_is_null (stmt, 0) ? NULL : sxsh_statement_dup_text (stmt, 0);
}

/* Finds an item by its name in a list of SxshNamedItem. */
static SxshNamedItem *
find_item (GListModel *model,
           const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SxshNamedItem) item = g_list_model_get_item (model, i);
      if (g_strcmp0 (sxsh_named_item_get_name (item), name) == 0)
        return item;
    }
  return NULL;
}

static void
test_plan (Fixture       *fixture,
           gconstpointer  data)
{
  SxshDatabase *db = fixture->db;
  g_autofree char *title = NULL;
  g_autofree char *size_classes = NULL;

  g_assert_cmpint (query (db, "SELECT count(*) FROM plan"), ==, 1);
  title = query_text (db, "SELECT title FROM plan WHERE code = ?1", "2340/KH-UBND");
  g_assert_cmpstr (title, ==, "Kế hoạch thực hiện Chiến lược sản xuất sạch hơn trong công "
                              "nghiệp giai đoạn 2016 - 2020 trên địa bàn tỉnh Kon Tum");
  g_assert_cmpint (query (db, "SELECT first_year * 10000 + last_year FROM plan"), ==, 20162020);
  g_assert_cmpint (query (db, "SELECT count(*) FROM plan WHERE issued_on = '2016-09-26' "
                              "AND issuer = 'UBND tỉnh Kon Tum'"), ==, 1);

  /* The plan's three targets, the 8–13 % band, medium enterprises only. */
  g_assert_cmpint (query (db, "SELECT count(*) FROM plan_target"), ==, 4);
  g_assert_cmpint (query (db, "SELECT target_pct FROM plan_target "
                              "WHERE indicator_key = 'informed'"), ==, 90);
  g_assert_cmpint (query (db, "SELECT target_pct FROM plan_target "
                              "WHERE indicator_key = 'applying_saving'"), ==, 50);
  g_assert_cmpint (query (db, "SELECT band_low_pct * 100 + band_high_pct FROM plan_target "
                              "WHERE indicator_key = 'applying_saving'"), ==, 813);
  size_classes = query_text (db, "SELECT size_classes FROM plan_target WHERE indicator_key = ?1",
                             "dedicated_unit");
  g_assert_cmpstr (size_classes, ==, "medium");
  g_assert_cmpint (query (db, "SELECT target_pct FROM plan_target "
                              "WHERE indicator_key = 'dedicated_unit'"), ==, 90);

  g_assert_cmpint (query (db, "SELECT min_count * 10 + max_count FROM plan_quota "
                              "WHERE quota_key = 'support_facilities'"), ==, 23);
  g_assert_cmpint (query (db, "SELECT min_count * 10 + max_count FROM plan_quota "
                              "WHERE quota_key = 'demo_models'"), ==, 12);

  /* Every task of the appendix, each led by the Department of Industry and
   * Trade, with the media as partners of communication. */
  g_assert_cmpint (query (db, "SELECT count(*) FROM plan_task"), ==, 7);
  g_assert_cmpint (query (db, "SELECT count(*) FROM plan_task t WHERE EXISTS (SELECT 1 FROM "
                              "plan_task_agency a JOIN agency g ON g.id = a.agency_id "
                              "WHERE a.task_id = t.id AND a.role = 'lead' "
                              "AND g.name = 'Sở Công Thương')"), ==, 7);
  g_assert_cmpint (query (db, "SELECT count(*) FROM plan_task WHERE timing <> 'Hàng năm'"), ==, 0);
  g_assert_cmpint (query (db, "SELECT count(*) FROM plan_task_agency a JOIN plan_task t "
                              "ON t.id = a.task_id JOIN agency g ON g.id = a.agency_id "
                              "WHERE t.code = '1.1b' AND g.name IN ('Báo Kon Tum', "
                              "'Sở Thông tin và Truyền thông', "
                              "'Đài Phát thanh - Truyền hình Kon Tum')"), ==, 3);
}

static void
test_agencies (Fixture       *fixture,
               gconstpointer  data)
{
  static const char * const section_v[] = {
    "Sở Công Thương", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường",
    "Sở Khoa học và Công nghệ", "Ban quản lý Khu Kinh tế tỉnh", "Đài Phát thanh - Truyền hình Kon Tum",
    "Báo Kon Tum", "Sở Thông tin và Truyền thông", "UBND thành phố Kon Tum", "UBND huyện Đắk Hà",
    "UBND huyện Ia H'Drai", "UBND tỉnh Kon Tum", "Bộ Công Thương",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) agencies = NULL;

  agencies = sxsh_reference_list_agencies (fixture->db, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (section_v); i++)
    if (find_item (agencies, section_v[i]) == NULL)
      g_error ("agency “%s” is missing", section_v[i]);

  /* Ten districts and the city report each year; the committee, the
   * ministry and the department itself do not report to the department. */
  g_assert_cmpint (query (fixture->db, "SELECT count(*) FROM agency WHERE kind = 'district' "
                                       "AND reports_annually = 1"), ==, 10);
  g_assert_cmpint (query (fixture->db, "SELECT count(*) FROM agency WHERE reports_annually = 1 "
                                       "AND kind IN ('people_committee', 'ministry')"), ==, 0);
  g_assert_cmpint (query (fixture->db, "SELECT reports_annually FROM agency "
                                       "WHERE name = 'Sở Tài chính'"), ==, 1);
  g_assert_cmpint (query (fixture->db, "SELECT count(*) FROM agency WHERE kind = 'ministry'"), ==, 1);
}

static guint
count_with_prefix (GListModel *model,
                   const char *prefix)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SxshNamedItem) item = g_list_model_get_item (model, i);
      if (g_str_has_prefix (sxsh_named_item_get_name (item), prefix))
        n++;
    }
  return n;
}

static void
test_units_by_date (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const districts[] = {
    "thành phố Kon Tum", "huyện Đắk Glei", "huyện Đắk Hà", "huyện Đắk Tô", "huyện Ia H'Drai",
    "huyện Kon Plông", "huyện Kon Rẫy", "huyện Ngọc Hồi", "huyện Sa Thầy", "huyện Tu Mơ Rông",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) before_2019 = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GListModel) all = NULL;
  SxshNamedItem *item;

  before = sxsh_reference_list_admin_units (fixture->db, "2024-12-31", &error);
  g_assert_no_error (error);
  after = sxsh_reference_list_admin_units (fixture->db, "2025-07-01", &error);
  g_assert_no_error (error);
  before_2019 = sxsh_reference_list_admin_units (fixture->db, "2018-06-30", &error);
  g_assert_no_error (error);
  all = sxsh_reference_list_admin_units (fixture->db, NULL, &error);
  g_assert_no_error (error);

  /* Before the reform: the province, the city and nine districts, with at
   * least three communes each; the parent shows as detail. */
  g_assert_nonnull (find_item (before, "tỉnh Kon Tum"));
  g_assert_null (find_item (before, "tỉnh Quảng Ngãi"));
  for (guint i = 0; i < G_N_ELEMENTS (districts); i++)
    {
      gint64 id;
      guint communes = 0;

      item = find_item (before, districts[i]);
      if (item == NULL)
        g_error ("district “%s” is missing", districts[i]);
      g_assert_cmpstr (sxsh_named_item_get_detail (item), ==, "tỉnh Kon Tum");
      id = sxsh_named_item_get_id (item);
      for (guint k = 0; k < g_list_model_get_n_items (before); k++)
        {
          g_autoptr(SxshNamedItem) unit = g_list_model_get_item (before, k);
          if (sxsh_named_item_get_parent_id (unit) == id)
            communes++;
        }
      g_assert_cmpuint (communes, >=, 3);
    }
  item = find_item (before, "thị trấn Đắk Hà");
  g_assert_nonnull (item);
  g_assert_cmpstr (sxsh_named_item_get_detail (item), ==, "huyện Đắk Hà");
  g_assert_nonnull (find_item (before, "phường Quyết Thắng"));
  g_assert_cmpuint (count_with_prefix (before, "phường "), ==, 10);

  /* Measured against the 2019 division: 102 communes, wards and townships. */
  g_assert_cmpint (query (fixture->db, "SELECT count(*) FROM admin_unit WHERE level = 'commune' "
                                       "AND (valid_from IS NULL OR valid_from <= '2020-01-01') "
                                       "AND (valid_to IS NULL OR valid_to >= '2020-01-01')"),
                   ==, 102);

  /* The township of Măng Đen replaced the commune of Đắk Long in 2019. */
  g_assert_nonnull (find_item (before, "thị trấn Măng Đen"));
  g_assert_null (find_item (before_2019, "thị trấn Măng Đen"));

  /* After the reform: Quảng Ngãi, communes and wards only, no districts and
   * no unit of the old province. */
  g_assert_nonnull (find_item (after, "tỉnh Quảng Ngãi"));
  g_assert_null (find_item (after, "tỉnh Kon Tum"));
  g_assert_cmpuint (count_with_prefix (after, "huyện "), ==, 0);
  g_assert_cmpuint (count_with_prefix (after, "thành phố "), ==, 0);
  g_assert_cmpuint (count_with_prefix (after, "thị trấn "), ==, 0);
  item = find_item (after, "phường Kon Tum");
  g_assert_nonnull (item);
  g_assert_cmpstr (sxsh_named_item_get_detail (item), ==, "tỉnh Quảng Ngãi");
  g_assert_nonnull (find_item (after, "phường Đăk Cấm"));
  g_assert_cmpuint (g_list_model_get_n_items (after), >=, 10);

  /* Without a date every unit is listed, provinces first. */
  g_assert_cmpuint (g_list_model_get_n_items (all), ==,
                    (guint) query (fixture->db, "SELECT count(*) FROM admin_unit"));
  {
    g_autoptr(SxshNamedItem) first = g_list_model_get_item (all, 0);
    g_assert_true (g_str_has_prefix (sxsh_named_item_get_name (first), "tỉnh "));
  }
}

static void
test_resources (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) resources = NULL;
  g_autoptr(SxshStatement) stmt = NULL;
  gboolean seen_material = FALSE;
  double kwh = 0;
  guint energy = 0;
  int rc;

  /* Every energy carrier has a positive TOE factor; electricity is
   * 0.1543 TOE per 1,000 kWh. */
  stmt = sxsh_database_prepare (fixture->db,
                                "SELECT name, unit, toe_factor FROM resource "
                                "WHERE category = 'energy'", &error);
  g_assert_no_error (error);
  while ((rc = sxsh_statement_step (stmt, &error)) == SXSH_STEP_ROW)
    {
      energy++;
      g_assert_false (sxsh_statement_is_null (stmt, 2));
      g_assert_cmpfloat (sxsh_statement_get_double (stmt, 2), >, 0);
      g_assert_cmpfloat (sxsh_statement_get_double (stmt, 2), <, 2);
      if (g_str_equal (sxsh_statement_get_text (stmt, 1), "kWh"))
        kwh = sxsh_statement_get_double (stmt, 2);
    }
  g_assert_no_error (error);
  g_assert_cmpuint (energy, >=, 8);
  g_assert_cmpfloat_with_epsilon (kwh * 1000, 0.1543, 1e-9);
  g_assert_cmpint (query (fixture->db, "SELECT count(*) FROM resource WHERE category = 'water'"),
                   >=, 1);
  g_assert_cmpint (query (fixture->db, "SELECT count(*) FROM resource WHERE category = 'material' "
                                       "AND toe_factor IS NOT NULL"), ==, 0);

  /* The list puts energy first, then water, then materials. */
  resources = sxsh_reference_list_resources (fixture->db, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
    {
      g_autoptr(SxshNamedItem) item = g_list_model_get_item (resources, i);
      g_autofree char *category = query_text (fixture->db,
                                              "SELECT category FROM resource WHERE name = ?1",
                                              sxsh_named_item_get_name (item));
      if (g_str_equal (category, "material"))
        seen_material = TRUE;
      else
        g_assert_false (seen_material);
    }
  g_assert_true (seen_material);
}

static void
test_sectors (Fixture       *fixture,
              gconstpointer  data)
{
  static const char * const priority[] = {
    "Chế biến mủ cao su", "Chế biến gỗ", "Chế biến tinh bột sắn", "Sản xuất đường",
    "Sản xuất vật liệu xây dựng (gạch, ngói)", "Khai thác và chế biến khoáng sản",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sectors = NULL;
  SxshNamedItem *item;

  g_assert_cmpint (query (fixture->db, "SELECT count(*) FROM sector WHERE priority = 1"), ==, 6);
  sectors = sxsh_reference_list_sectors (fixture->db, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (priority); i++)
    g_assert_nonnull (find_item (sectors, priority[i]));
  item = find_item (sectors, "Sản xuất vật liệu xây dựng (gạch, ngói)");
  g_assert_cmpstr (sxsh_named_item_get_detail (item), ==, "1000 viên QTC");

  /* Vietnamese order: "Chế biến …" before "Cơ khí" before "Dệt may". */
  for (guint i = 1; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(SxshNamedItem) a = g_list_model_get_item (sectors, i - 1);
      g_autoptr(SxshNamedItem) b = g_list_model_get_item (sectors, i);
      g_assert_cmpint (sxsh_text_collate (sxsh_named_item_get_name (a),
                                          sxsh_named_item_get_name (b)), <=, 0);
    }
}

static void
test_settings (Fixture       *fixture,
               gconstpointer  data)
{
  static const struct { const char *key, *value; } expected[] = {
    { "province", "Kon Tum" }, { "place", "Kon Tum" }, { "superior_body", "UBND TỈNH KON TUM" },
    { "department", "SỞ CÔNG THƯƠNG" }, { "department_abbr", "SCT" },
    { "signer_title", "PHÓ GIÁM ĐỐC" }, { "signer_authority", "KT. GIÁM ĐỐC" },
    { "signer_name", "" }, { "report_series", "{seq}/BC-SCT" },
    { "letter_series", "{seq}/SCT-QLCN" }, { "certificate_series", "{seq:02}/{year}/GCN-SCT" },
    { "report_due", "11-30" }, { "current_plan", "2340/KH-UBND" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *value = query_text (fixture->db,
                                           "SELECT value FROM settings WHERE key = ?1",
                                           expected[i].key);
      g_assert_cmpstr (value, ==, expected[i].value);
    }
}

static void
test_idempotent (Fixture       *fixture,
                 gconstpointer  data)
{
  SxshDatabase *db = fixture->db;
  g_autoptr(GError) error = NULL;
  g_autofree char *renamed = NULL;
  gint64 units, sectors, resources, agencies;

  g_assert_false (sxsh_reference_is_loaded (db));
  g_assert_true (sxsh_reference_load (db, &error));
  g_assert_no_error (error);
  g_assert_true (sxsh_reference_is_loaded (db));

  /* The rows come with the program: the change log stays empty. */
  g_assert_cmpint (query (db, "SELECT count(*) FROM change_log"), ==, 0);
  g_assert_cmpint (query (db, "SELECT logging FROM actor"), ==, 1);

  units = query (db, "SELECT count(*) FROM admin_unit");
  sectors = query (db, "SELECT count(*) FROM sector");
  resources = query (db, "SELECT count(*) FROM resource");
  agencies = query (db, "SELECT count(*) FROM agency");

  g_assert_true (sxsh_reference_load (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (db, "SELECT count(*) FROM admin_unit"), ==, units);
  g_assert_cmpint (query (db, "SELECT count(*) FROM sector"), ==, sectors);
  g_assert_cmpint (query (db, "SELECT count(*) FROM plan_target"), ==, 4);

  /* An officer renames a sector and deletes the plan; loading again brings
   * the plan back and keeps the officer's name. */
  g_assert_true (sxsh_database_exec (db, "UPDATE sector SET name = 'Chế biến gỗ, lâm sản' "
                                         "WHERE name = 'Chế biến gỗ'", &error));
  g_assert_true (sxsh_database_exec (db, "DELETE FROM plan", &error));
  g_assert_no_error (error);
  g_assert_false (sxsh_reference_is_loaded (db));
  g_assert_true (sxsh_reference_load (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (db, "SELECT count(*) FROM plan_target"), ==, 4);
  g_assert_cmpint (query (db, "SELECT count(*) FROM plan_task_agency"), >, 7);
  g_assert_cmpint (query (db, "SELECT count(*) FROM sector"), ==, sectors);
  g_assert_cmpint (query (db, "SELECT count(*) FROM resource"), ==, resources);
  g_assert_cmpint (query (db, "SELECT count(*) FROM agency"), ==, agencies);
  renamed = query_text (db, "SELECT name FROM sector WHERE id = ?1", "2");
  g_assert_cmpstr (renamed, ==, "Chế biến gỗ, lâm sản");
}

int
main (int    argc,
      char **argv)
{
  /* Vietnamese in test messages needs the locale. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, loaded) \
  g_test_add ("/sxsh/reference/" path, Fixture, (loaded) ? "loaded" : NULL, \
              fixture_set_up, func, fixture_tear_down)
  ADD ("plan-targets-tasks", test_plan, TRUE);
  ADD ("agencies", test_agencies, TRUE);
  ADD ("units-before-after-2025", test_units_by_date, TRUE);
  ADD ("resources-toe", test_resources, TRUE);
  ADD ("sectors", test_sectors, TRUE);
  ADD ("settings", test_settings, TRUE);
  ADD ("idempotent", test_idempotent, FALSE);
#undef ADD

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "sxsh-core.h"
#include "sxsh-sample.h"
#include "sxsh-test-util.h"

/* The tables the sample writes, dumped row by row to compare two runs. */
static const char * const dumped_tables[] = {
  "facility", "facility_year", "consumption", "event", "event_facility", "support", "cp_option",
  "certificate", "funding", "agency_report", "plan_task_progress", "document_number",
};

static SxshDatabase *
generate_into (const char *tmpdir,
               const char *file,
               guint       n,
               guint64     seed)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, file, NULL);
  SxshDatabase *db = sxsh_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (sxsh_sample_generate (db, n, seed, &error));
  g_assert_no_error (error);
  return db;
}

/* Every column of every row of @table, in key order, as text. */
static char *
dump_table (const char *path,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY 1, 2", table);
  GString *out = g_string_new (NULL);
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          const unsigned char *text = sqlite3_column_text (stmt, c);
          g_string_append (out, text ? (const char *) text : "NULL");
          g_string_append_c (out, '\t');
        }
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  return g_string_free (out, FALSE);
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

static void
test_deterministic (void)
{
  g_autofree char *tmpdir = sxsh_test_make_tmpdir ();
  g_autoptr(SxshDatabase) a = generate_into (tmpdir, "a.db", 120, 42);
  g_autoptr(SxshDatabase) b = generate_into (tmpdir, "b.db", 120, 42);
  g_autoptr(SxshDatabase) c = generate_into (tmpdir, "c.db", 120, 43);

  for (guint i = 0; i < G_N_ELEMENTS (dumped_tables); i++)
    {
      g_autofree char *dump_a = dump_table (sxsh_database_get_path (a), dumped_tables[i]);
      g_autofree char *dump_b = dump_table (sxsh_database_get_path (b), dumped_tables[i]);

      g_assert_cmpuint (strlen (dump_a), >, 0);
      if (strcmp (dump_a, dump_b) != 0)
        g_error ("table %s differs between two runs with the same seed", dumped_tables[i]);
    }

  {
    g_autofree char *dump_a = dump_table (sxsh_database_get_path (a), "facility");
    g_autofree char *dump_c = dump_table (sxsh_database_get_path (c), "facility");
    g_autofree char *years_a = dump_table (sxsh_database_get_path (a), "consumption");
    g_autofree char *years_c = dump_table (sxsh_database_get_path (c), "consumption");

    g_assert_cmpstr (dump_a, !=, dump_c);
    g_assert_cmpstr (years_a, !=, years_c);
  }

  g_assert_finalize_object (g_steal_pointer (&a));
  g_assert_finalize_object (g_steal_pointer (&b));
  g_assert_finalize_object (g_steal_pointer (&c));
  sxsh_test_remove_tree (tmpdir);
}

/* The share, in per cent, of active facilities with potential that are
 * informed (or attended an event) by @year, and that apply CP in @year. */
static void
shares (SxshDatabase *db,
        int           year,
        double       *informed,
        double       *applying)
{
  static const char sql[] =
    "WITH pop AS (SELECT f.id FROM facility f WHERE f.cp_potential = 1 "
    "  AND (f.first_year IS NULL OR f.first_year <= ?1) "
    "  AND (f.last_year IS NULL OR f.last_year >= ?1)) "
    "SELECT count(*), "
    "  sum (EXISTS (SELECT 1 FROM facility_year y WHERE y.facility_id = pop.id "
    "               AND y.year <= ?1 AND y.informed = 1) "
    "       OR EXISTS (SELECT 1 FROM event_facility ef JOIN event e ON e.id = ef.event_id "
    "                  WHERE ef.facility_id = pop.id AND e.date < ?2)), "
    "  sum (COALESCE ((SELECT y.applying FROM facility_year y WHERE y.facility_id = pop.id "
    "                  AND y.year <= ?1 ORDER BY y.year DESC LIMIT 1), 0)) "
    "FROM pop";
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, sql, &error);
  g_autofree char *next = g_strdup_printf ("%d-01-01", year + 1);
  double n;

  g_assert_no_error (error);
  sxsh_statement_bind_int64 (stmt, 1, year);
  sxsh_statement_bind_text (stmt, 2, next);
  g_assert_cmpint (sxsh_statement_step (stmt, &error), ==, SXSH_STEP_ROW);
  n = sxsh_statement_get_double (stmt, 0);
  g_assert_cmpfloat (n, >, 0);
  *informed = 100 * sxsh_statement_get_double (stmt, 1) / n;
  *applying = 100 * sxsh_statement_get_double (stmt, 2) / n;
}

static void
test_sane (void)
{
  g_autofree char *tmpdir = sxsh_test_make_tmpdir ();
  g_autoptr(SxshDatabase) db = generate_into (tmpdir, "sample.db", SXSH_SAMPLE_DEFAULT_FACILITIES,
                                              SXSH_SAMPLE_DEFAULT_SEED);
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt = NULL;
  g_autoptr(GRegex) number = g_regex_new ("^[0-9]{2}/[0-9]{4}/GCN-SCT$", 0, 0, NULL);
  double informed_2016, applying_2016, informed_2026, applying_2026;
  guint with_code = 0;
  int rc;

  g_assert_cmpint (query (db, "SELECT count(*) FROM facility"), ==, 300);
  g_assert_cmpint (query (db, "SELECT count(*) FROM facility_year"), >, 1200);
  g_assert_cmpint (query (db, "SELECT count(*) FROM facility_year"), <, 3300);
  g_assert_cmpint (query (db, "SELECT count(*) FROM consumption"),
                   >, query (db, "SELECT count(*) FROM facility_year"));

  /* Generated with the change log off, and the log back on afterwards. */
  g_assert_cmpint (query (db, "SELECT count(*) FROM change_log"), ==, 0);
  g_assert_cmpint (query (db, "SELECT logging FROM actor"), ==, 1);

  /* Most facilities are in the priority sectors; the size classes are the
   * ones Decree 80 derives from the figures. */
  g_assert_cmpint (query (db, "SELECT count(*) FROM facility f JOIN sector s "
                              "ON s.id = f.sector_id WHERE s.priority = 1"), >, 150);
  stmt = sxsh_database_prepare (db, "SELECT tax_code, name, name_key, employees, revenue, "
                                    "capital, size_class FROM facility", &error);
  g_assert_no_error (error);
  while ((rc = sxsh_statement_step (stmt, &error)) == SXSH_STEP_ROW)
    {
      const char *tax_code = sxsh_statement_get_text (stmt, 0);
      g_autofree char *folded = sxsh_text_fold (sxsh_statement_get_text (stmt, 1));
      SxshSizeClass derived;

      if (tax_code != NULL)
        {
          gboolean check_ok = FALSE;
          g_assert_true (sxsh_validate_tax_code (tax_code, &check_ok));
          g_assert_true (check_ok);
          with_code++;
        }
      g_assert_cmpstr (sxsh_statement_get_text (stmt, 2), ==, folded);
      derived = sxsh_size_class_derive (sxsh_statement_is_null (stmt, 3) ? -1
                                        : sxsh_statement_get_int64 (stmt, 3),
                                        sxsh_statement_is_null (stmt, 4) ? -1
                                        : sxsh_statement_get_int64 (stmt, 4),
                                        sxsh_statement_is_null (stmt, 5) ? -1
                                        : sxsh_statement_get_int64 (stmt, 5));
      g_assert_cmpint (derived, ==, sxsh_size_class_from_key (sxsh_statement_get_text (stmt, 6)));
    }
  g_assert_no_error (error);
  g_clear_pointer (&stmt, sxsh_statement_release);
  g_assert_cmpuint (with_code, >, 270);
  g_assert_cmpint (query (db, "SELECT count(*) FROM facility WHERE tax_code LIKE '%-00_'"), >, 0);
  g_assert_cmpint (query (db, "SELECT count(*) FROM facility WHERE size_class = 'medium'"), >, 20);

  /* Facilities registered from 1/7/2025 sit in the new communes; yearly
   * records stay within the active years. */
  g_assert_cmpint (query (db, "SELECT count(*) FROM facility f JOIN admin_unit u "
                              "ON u.id = f.admin_unit_id WHERE f.first_year = 2026 "
                              "AND (u.valid_from IS NULL OR u.valid_from < '2025-07-01')"), ==, 0);
  g_assert_cmpint (query (db, "SELECT count(*) FROM facility f JOIN admin_unit u "
                              "ON u.id = f.admin_unit_id WHERE u.valid_from = '2025-07-01'"), >, 0);
  g_assert_cmpint (query (db, "SELECT count(*) FROM facility_year y JOIN facility f "
                              "ON f.id = y.facility_id WHERE y.year < f.first_year "
                              "OR y.year > f.last_year OR y.year NOT BETWEEN 2016 AND 2026"), ==, 0);

  /* The programme's progress: informed from about a third to most, applying
   * to about half. */
  shares (db, 2016, &informed_2016, &applying_2016);
  shares (db, 2026, &informed_2026, &applying_2026);
  g_test_message ("informed %.0f%% → %.0f%%, applying %.0f%% → %.0f%%",
                  informed_2016, informed_2026, applying_2016, applying_2026);
  g_assert_cmpfloat (informed_2016, >, 15);
  g_assert_cmpfloat (informed_2016, <, 50);
  g_assert_cmpfloat (informed_2026, >, 70);
  g_assert_cmpfloat (applying_2016, <, 20);
  g_assert_cmpfloat (applying_2026, >, 30);
  g_assert_cmpfloat (applying_2026, <, 65);
  g_assert_cmpint (query (db, "SELECT count(*) FROM facility_year "
                              "WHERE applying = 1 AND informed = 0"), ==, 0);

  /* Every year has workshops, trainings and communication; support for a
   * few facilities; at most two demonstration models. */
  for (int year = 2016; year <= 2026; year++)
    {
      g_autofree char *events_sql = g_strdup_printf ("SELECT count(*) FROM event "
                                                     "WHERE date LIKE '%d-%%'", year);
      g_autofree char *support_sql = g_strdup_printf ("SELECT count(*) FROM support "
                                                      "WHERE year = %d", year);
      g_autofree char *demo_sql = g_strdup_printf ("SELECT count(*) FROM support WHERE year = %d "
                                                   "AND kind = 'demo_model'", year);
      g_autofree char *funding_sql = g_strdup_printf ("SELECT sum(disbursed) FROM funding "
                                                      "WHERE year = %d", year);

      g_assert_cmpint (query (db, events_sql), >=, 6);
      g_assert_cmpint (query (db, support_sql), >=, 1);
      g_assert_cmpint (query (db, support_sql), <=, 6);
      g_assert_cmpint (query (db, demo_sql), <=, 2);
      g_assert_cmpint (query (db, funding_sql), >, 0);
    }
  g_assert_cmpint (query (db, "SELECT count(*) FROM event_facility"), >, 100);
  g_assert_cmpint (query (db, "SELECT count(*) FROM event WHERE kind = 'leaflet' "
                              "AND quantity >= 500"), >, 0);
  g_assert_cmpint (query (db, "SELECT count(*) FROM cp_option"),
                   >=, 2 * query (db, "SELECT count(*) FROM support"));
  /* Joint Circular 221/2012: at most 50 million VND per assessment. */
  g_assert_cmpint (query (db, "SELECT count(*) FROM support WHERE kind IN ('quick_assessment', "
                              "'detailed_assessment', 'consultancy') "
                              "AND state_support > 50000000"), ==, 0);

  /* Certificates are numbered 01/2019/GCN-SCT… without gaps within a year,
   * and the number series knows the last one. */
  stmt = sxsh_database_prepare (db, "SELECT number, seq, year FROM certificate", &error);
  g_assert_no_error (error);
  while ((rc = sxsh_statement_step (stmt, &error)) == SXSH_STEP_ROW)
    {
      g_autofree char *expected = g_strdup_printf ("%02d/%d/GCN-SCT",
                                                   sxsh_statement_get_int (stmt, 1),
                                                   sxsh_statement_get_int (stmt, 2));
      g_assert_true (g_regex_match (number, sxsh_statement_get_text (stmt, 0), 0, NULL));
      g_assert_cmpstr (sxsh_statement_get_text (stmt, 0), ==, expected);
    }
  g_clear_pointer (&stmt, sxsh_statement_release);
  g_assert_cmpint (query (db, "SELECT count(*) FROM certificate"), >, 0);
  g_assert_cmpint (query (db, "SELECT count(*) FROM (SELECT year FROM certificate GROUP BY year "
                              "HAVING max(seq) <> count(*))"), ==, 0);
  g_assert_cmpint (query (db, "SELECT count(*) FROM (SELECT year, max(seq) m FROM certificate "
                              "GROUP BY year) c LEFT JOIN document_number d "
                              "ON d.series = 'certificate_series' AND d.year = c.year "
                              "WHERE d.last IS NULL OR d.last < c.m"), ==, 0);

  /* Reports: most arrive before 30/11, some late, some missing. */
  g_assert_cmpint (query (db, "SELECT count(*) FROM facility_year WHERE applying = 1 "
                              "AND report_received > (year || '-11-30')"), >, 0);
  g_assert_cmpint (query (db, "SELECT count(*) FROM facility_year WHERE applying = 1 "
                              "AND report_received IS NULL"), >, 0);
  g_assert_cmpint (query (db, "SELECT count(*) FROM facility_year WHERE applying = 1 "
                              "AND report_received <= (year || '-11-30')"),
                   >, query (db, "SELECT count(*) FROM facility_year WHERE applying = 1 "
                                 "AND (report_received IS NULL "
                                 "OR report_received > (year || '-11-30'))"));
  g_assert_cmpint (query (db, "SELECT count(*) FROM agency_report WHERE received_on IS NOT NULL"),
                   >, 100);

  {
    g_autoptr(GPtrArray) problems = NULL;
    g_assert_true (sxsh_database_check_integrity (db, &problems, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (problems->len, ==, 0);
  }

  g_assert_finalize_object (g_steal_pointer (&db));
  sxsh_test_remove_tree (tmpdir);
}

static void
test_savings_spread (void)
{
  /* Energy intensity of applying facilities falls by 3–18 % from their
   * baseline, so that the 8–13 % band sorts them. */
  static const char sql[] =
    "WITH ei AS (SELECT y.facility_id f, y.year yr, y.is_baseline b, "
    "    sum (c.quantity * r.toe_factor) / y.output v "
    "  FROM facility_year y JOIN consumption c ON c.facility_id = y.facility_id "
    "  AND c.year = y.year JOIN resource r ON r.id = c.resource_id AND r.category = 'energy' "
    "  WHERE y.output > 0 GROUP BY y.facility_id, y.year), "
    "base AS (SELECT f, COALESCE (max (CASE WHEN b = 1 THEN yr END), min (yr)) yr FROM ei "
    "  GROUP BY f) "
    "SELECT 100 * (b.v - e.v) / b.v FROM ei e JOIN base ON base.f = e.f "
    "JOIN ei b ON b.f = base.f AND b.yr = base.yr "
    "JOIN facility_year y ON y.facility_id = e.f AND y.year = e.yr "
    "WHERE e.yr = 2025 AND y.applying = 1 AND base.yr <= 2021";
  g_autofree char *tmpdir = sxsh_test_make_tmpdir ();
  g_autoptr(SxshDatabase) db = generate_into (tmpdir, "sample.db", 600, 11);
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, sql, &error);
  guint below = 0, band = 0, above = 0;
  int rc;

  g_assert_no_error (error);
  while ((rc = sxsh_statement_step (stmt, &error)) == SXSH_STEP_ROW)
    {
      double saving = sxsh_statement_get_double (stmt, 0);

      g_assert_cmpfloat (saving, >, -5);
      g_assert_cmpfloat (saving, <, 25);
      if (saving < 8)
        below++;
      else if (saving <= 13)
        band++;
      else
        above++;
    }
  g_assert_no_error (error);
  g_test_message ("savings 2025: %u below 8 %%, %u in 8–13 %%, %u above", below, band, above);
  g_assert_cmpuint (below, >, 3);
  g_assert_cmpuint (band, >, 3);
  g_assert_cmpuint (above, >, 3);

  g_clear_pointer (&stmt, sxsh_statement_release);
  g_assert_finalize_object (g_steal_pointer (&db));
  sxsh_test_remove_tree (tmpdir);
}

static void
test_refuses_existing (void)
{
  g_autofree char *tmpdir = sxsh_test_make_tmpdir ();
  g_autoptr(SxshDatabase) db = generate_into (tmpdir, "sample.db", 30, 1);
  g_autoptr(GError) error = NULL;

  g_assert_false (sxsh_sample_generate (db, 30, 2, &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "30 facilities"));
  g_clear_error (&error);
  g_assert_cmpint (query (db, "SELECT count(*) FROM facility"), ==, 30);

  g_assert_false (sxsh_sample_generate (db, 0, 2, &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);

  g_assert_finalize_object (g_steal_pointer (&db));
  sxsh_test_remove_tree (tmpdir);
}

static void
test_empty_database (void)
{
  /* A database without reference data gets it first. */
  g_autofree char *tmpdir = sxsh_test_make_tmpdir ();
  g_autoptr(SxshDatabase) db = sxsh_test_open_db (tmpdir);
  g_autoptr(GError) error = NULL;

  g_assert_false (sxsh_reference_is_loaded (db));
  g_assert_true (sxsh_sample_generate (db, 10, 5, &error));
  g_assert_no_error (error);
  g_assert_true (sxsh_reference_is_loaded (db));
  g_assert_cmpint (query (db, "SELECT count(*) FROM facility"), ==, 10);

  g_assert_finalize_object (g_steal_pointer (&db));
  sxsh_test_remove_tree (tmpdir);
}

static void
test_large (void)
{
  g_autofree char *tmpdir = sxsh_test_make_tmpdir ();
  gint64 start = g_get_monotonic_time ();
  g_autoptr(SxshDatabase) db = generate_into (tmpdir, "large.db", 2000, 2340);
  double seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;

  g_test_message ("2,000 facilities generated in %.2f s", seconds);
  g_assert_cmpint (query (db, "SELECT count(*) FROM facility"), ==, 2000);
  g_assert_cmpint (query (db, "SELECT count(DISTINCT name_key) FROM facility"), ==, 2000);
  g_assert_cmpint (query (db, "SELECT count(*) FROM facility_year"), >, 8000);
  g_assert_cmpint (query (db, "SELECT count(*) FROM consumption"), >, 20000);

  g_assert_finalize_object (g_steal_pointer (&db));
  sxsh_test_remove_tree (tmpdir);
}

int
main (int    argc,
      char **argv)
{
  /* Vietnamese in test messages needs the locale. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sxsh/sample/same-seed-same-data", test_deterministic);
  g_test_add_func ("/sxsh/sample/sane-province", test_sane);
  g_test_add_func ("/sxsh/sample/savings-spread", test_savings_spread);
  g_test_add_func ("/sxsh/sample/refuses-existing", test_refuses_existing);
  g_test_add_func ("/sxsh/sample/loads-reference", test_empty_database);
  g_test_add_func ("/sxsh/sample/2000-facilities", test_large);

  return g_test_run ();
}

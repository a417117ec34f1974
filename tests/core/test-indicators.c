/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "sxsh-database.h"
#include "sxsh-error.h"
#include "sxsh-indicators.h"
#include "sxsh-settings.h"
#include "sxsh-test-util.h"

/* Small databases built row by row, where every expected number can be
 * worked out by hand from the definitions of docs/indicators.md. */

/* TOE per unit of the test's energy carriers. */
#define TOE_KWH  0.0001543
#define TOE_COAL 0.7

enum {
  ELECTRICITY = 1,
  COAL = 2,
  WATER = 3,
  CASSAVA = 4,
};

/* The plan of the tests: the targets of plan 2340 under another code, so
 * that nothing here depends on the reference data. */
static const char plan_sql[] =
  "INSERT INTO plan (id, code, title, first_year, last_year) "
  "  VALUES (1, 'TEST/KH', 'Kế hoạch thử', 2016, 2020);"
  "INSERT INTO plan_target (plan_id, indicator_key, target_pct, band_low_pct, band_high_pct, "
  "                         size_classes) VALUES "
  "  (1, 'informed', 90, NULL, NULL, ''),"
  "  (1, 'applying', 50, NULL, NULL, ''),"
  "  (1, 'applying_saving', 50, 8, 13, ''),"
  "  (1, 'dedicated_unit', 90, NULL, NULL, 'medium');"
  "INSERT INTO plan_quota (plan_id, quota_key, min_count, max_count) VALUES "
  "  (1, 'support_facilities', 2, 3),"
  "  (1, 'demo_models', 1, 2);"
  "INSERT INTO resource (id, name, category, unit, toe_factor, position) VALUES "
  "  (1, 'Điện', 'energy', 'kWh', 0.0001543, 1),"
  "  (2, 'Than', 'energy', 't', 0.7, 2),"
  "  (3, 'Nước', 'water', 'm³', NULL, 3),"
  "  (4, 'Sắn củ', 'material', 't', NULL, 4);"
  "INSERT INTO settings (key, value) VALUES ('current_plan', 'TEST/KH');";

typedef struct
{
  char         *dir;
  SxshDatabase *db;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = sxsh_test_make_tmpdir ();
  fixture->db = sxsh_test_open_db (fixture->dir);
  sxsh_database_exec (fixture->db, plan_sql, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->db);
  sxsh_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
exec (Fixture    *fixture,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  sxsh_database_exec (fixture->db, sql, &error);
  g_assert_no_error (error);
}

/* Adds a facility; @size NULL = unknown, years 0 = unknown. */
static gint64
add_facility (Fixture    *fixture,
              const char *name,
              const char *size,
              gboolean    cp_potential,
              int         first_year,
              int         last_year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt =
    sxsh_database_prepare (fixture->db,
                           "INSERT INTO facility (name, size_class, cp_potential, first_year, "
                           "                      last_year) VALUES (?1, ?2, ?3, ?4, ?5)",
                           &error);

  g_assert_no_error (error);
  sxsh_statement_bind_text (stmt, 1, name);
  sxsh_statement_bind_optional_text (stmt, 2, size);
  sxsh_statement_bind_int64 (stmt, 3, cp_potential);
  sxsh_statement_bind_optional_int64 (stmt, 4, first_year, first_year != 0);
  sxsh_statement_bind_optional_int64 (stmt, 5, last_year, last_year != 0);
  sxsh_statement_run (stmt, &error);
  g_assert_no_error (error);
  return sxsh_database_last_insert_id (fixture->db);
}

typedef struct
{
  gboolean    informed;
  gboolean    applying;
  gboolean    dedicated_unit;
  double      output;        /* 0 = none */
  gboolean    baseline;
  const char *received;
  const char *returned;
} YearRow;

static void
add_year (Fixture       *fixture,
          gint64         facility,
          int            year,
          const YearRow *row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt =
    sxsh_database_prepare (fixture->db,
                           "INSERT INTO facility_year (facility_id, year, informed, applying, "
                           "  dedicated_unit, output, is_baseline, report_received, "
                           "  report_returned) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                           &error);

  g_assert_no_error (error);
  sxsh_statement_bind_int64 (stmt, 1, facility);
  sxsh_statement_bind_int64 (stmt, 2, year);
  sxsh_statement_bind_int64 (stmt, 3, row->informed);
  sxsh_statement_bind_int64 (stmt, 4, row->applying);
  sxsh_statement_bind_int64 (stmt, 5, row->dedicated_unit);
  if (row->output > 0)
    sxsh_statement_bind_double (stmt, 6, row->output);
  else
    sxsh_statement_bind_null (stmt, 6);
  sxsh_statement_bind_int64 (stmt, 7, row->baseline);
  sxsh_statement_bind_optional_text (stmt, 8, row->received);
  sxsh_statement_bind_optional_text (stmt, 9, row->returned);
  sxsh_statement_run (stmt, &error);
  g_assert_no_error (error);
}

static void
add_consumption (Fixture *fixture,
                 gint64   facility,
                 int      year,
                 gint64   resource,
                 double   quantity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt =
    sxsh_database_prepare (fixture->db,
                           "INSERT INTO consumption (facility_id, year, resource_id, quantity) "
                           "VALUES (?1, ?2, ?3, ?4)",
                           &error);

  g_assert_no_error (error);
  sxsh_statement_bind_int64 (stmt, 1, facility);
  sxsh_statement_bind_int64 (stmt, 2, year);
  sxsh_statement_bind_int64 (stmt, 3, resource);
  sxsh_statement_bind_double (stmt, 4, quantity);
  sxsh_statement_run (stmt, &error);
  g_assert_no_error (error);
}

static gint64
add_event (Fixture    *fixture,
           const char *kind,
           const char *date,
           gint64      participants,
           gint64      quantity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt =
    sxsh_database_prepare (fixture->db,
                           "INSERT INTO event (kind, title, date, participants, quantity) "
                           "VALUES (?1, 'Sự kiện', ?2, ?3, ?4)",
                           &error);

  g_assert_no_error (error);
  sxsh_statement_bind_text (stmt, 1, kind);
  sxsh_statement_bind_text (stmt, 2, date);
  sxsh_statement_bind_int64 (stmt, 3, participants);
  sxsh_statement_bind_int64 (stmt, 4, quantity);
  sxsh_statement_run (stmt, &error);
  g_assert_no_error (error);
  return sxsh_database_last_insert_id (fixture->db);
}

static void
add_attendance (Fixture *fixture,
                gint64   event,
                gint64   facility)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt =
    sxsh_database_prepare (fixture->db,
                           "INSERT INTO event_facility (event_id, facility_id) VALUES (?1, ?2)",
                           &error);

  g_assert_no_error (error);
  sxsh_statement_bind_int64 (stmt, 1, event);
  sxsh_statement_bind_int64 (stmt, 2, facility);
  sxsh_statement_run (stmt, &error);
  g_assert_no_error (error);
}

static void
add_support (Fixture    *fixture,
             gint64      facility,
             const char *kind,
             int         year,
             const char *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt =
    sxsh_database_prepare (fixture->db,
                           "INSERT INTO support (facility_id, kind, year, status) "
                           "VALUES (?1, ?2, ?3, ?4)",
                           &error);

  g_assert_no_error (error);
  sxsh_statement_bind_int64 (stmt, 1, facility);
  sxsh_statement_bind_text (stmt, 2, kind);
  sxsh_statement_bind_int64 (stmt, 3, year);
  sxsh_statement_bind_text (stmt, 4, status);
  sxsh_statement_run (stmt, &error);
  g_assert_no_error (error);
}

static SxshIndicatorReport *
compute (Fixture *fixture,
         int      year)
{
  g_autoptr(GError) error = NULL;
  SxshIndicatorReport *report = sxsh_indicators_compute (fixture->db, NULL, year, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpint (sxsh_indicator_report_get_year (report), ==, year);
  return report;
}

static gboolean
ids_contain (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
assert_indicator (SxshIndicatorReport *report,
                  SxshIndicatorKind    kind,
                  guint                numerator,
                  guint                denominator,
                  int                  met)
{
  const SxshIndicator *indicator = sxsh_indicator_report_get_indicator (report, kind);

  g_assert_cmpuint (indicator->numerator, ==, numerator);
  g_assert_cmpuint (indicator->denominator, ==, denominator);
  g_assert_cmpuint (indicator->counted_ids->len, ==, numerator);
  g_assert_cmpuint (indicator->population_ids->len, ==, denominator);
  g_assert_true (indicator->has_value == (denominator > 0));
  if (denominator > 0)
    g_assert_cmpfloat_with_epsilon (indicator->value_pct, 100.0 * numerator / denominator, 1e-9);
  g_assert_cmpint (indicator->met, ==, met);
}

/* ---------------------------------------------------------------------- */

static void
test_plan_targets (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(SxshIndicatorReport) report = compute (fixture, 2019);
  g_autoptr(SxshIndicatorReport) explicit = NULL;
  g_autoptr(GError) error = NULL;
  const SxshIndicator *saving;
  guint min = 0;
  int max = 0;

  g_assert_cmpstr (sxsh_indicator_report_get_plan_code (report), ==, "TEST/KH");
  for (guint i = 0; i < SXSH_N_INDICATORS; i++)
    {
      const SxshIndicator *indicator = sxsh_indicator_report_get_indicator (report, i);

      g_assert_cmpint (indicator->kind, ==, i);
      g_assert_true (sxsh_indicator_report_lookup (report, indicator->key) == indicator);
    }
  g_assert_cmpstr (sxsh_indicator_report_get_indicator (report, 0)->key, ==, "informed");
  g_assert_cmpstr (sxsh_indicator_report_get_indicator (report, 3)->key, ==, "dedicated_unit");
  g_assert_cmpfloat (sxsh_indicator_report_lookup (report, "informed")->target_pct, ==, 90);
  g_assert_cmpfloat (sxsh_indicator_report_lookup (report, "applying")->target_pct, ==, 50);
  saving = sxsh_indicator_report_lookup (report, "applying_saving");
  g_assert_cmpfloat (saving->target_pct, ==, 50);
  g_assert_cmpfloat (saving->band_low_pct, ==, 8);
  g_assert_cmpfloat (saving->band_high_pct, ==, 13);
  g_assert_cmpstr (saving->label, ==,
                   "Cơ sở áp dụng SXSH và tiết kiệm 8–13% năng lượng trên đơn vị sản phẩm");
  g_assert_true (isnan (sxsh_indicator_report_lookup (report, "informed")->band_low_pct));
  g_assert_cmpstr (sxsh_indicator_report_lookup (report, "informed")->label, ==,
                   "Cơ sở được tuyên truyền, nhận thức về SXSH");
  g_assert_cmpstr (sxsh_indicator_report_lookup (report, "dedicated_unit")->label, ==,
                   "Doanh nghiệp vừa có bộ phận chuyên trách về SXSH");
  g_assert_true (sxsh_indicator_report_get_quota (report, "support_facilities", &min, &max));
  g_assert_cmpuint (min, ==, 2);
  g_assert_cmpint (max, ==, 3);
  g_assert_false (sxsh_indicator_report_get_quota (report, "certificates", NULL, NULL));

  /* A plan's targets are data: change them and the numbers follow. */
  exec (fixture, "UPDATE plan_target SET target_pct = 75, band_low_pct = 5, band_high_pct = 8 "
                 "WHERE indicator_key = 'applying_saving'");
  explicit = sxsh_indicators_compute (fixture->db, "TEST/KH", 2019, &error);
  g_assert_no_error (error);
  saving = sxsh_indicator_report_lookup (explicit, "applying_saving");
  g_assert_cmpfloat (saving->target_pct, ==, 75);
  g_assert_cmpfloat (saving->band_low_pct, ==, 5);
  g_assert_cmpstr (saving->label, ==,
                   "Cơ sở áp dụng SXSH và tiết kiệm 5–8% năng lượng trên đơn vị sản phẩm");

  /* A plan the database does not hold is an error, not empty targets. */
  g_assert_null (sxsh_indicators_compute (fixture->db, "99/KH-UBND", 2019, &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND);
}

static void
test_informed_carry_forward (Fixture       *fixture,
                             gconstpointer  data)
{
  gint64 a = add_facility (fixture, "A", "small", TRUE, 2015, 0);
  gint64 b = add_facility (fixture, "B", "small", TRUE, 0, 0);
  gint64 c = add_facility (fixture, "C", "small", TRUE, 0, 0);
  gint64 d = add_facility (fixture, "D", "small", TRUE, 0, 0);

  /* A: informed and applying in 2017, a 2018 record that no longer says
   * informed; nothing since.  Informed stays (it is a fact about the past);
   * applying carries forward from the latest record. */
  add_year (fixture, a, 2017, &(YearRow) { .informed = TRUE, .applying = TRUE });
  add_year (fixture, a, 2018, &(YearRow) { .informed = FALSE, .applying = TRUE });
  /* B: informed only in 2020. */
  add_year (fixture, b, 2020, &(YearRow) { .informed = TRUE });
  /* C: no record at all.  D: applied in 2017, stopped in 2018. */
  add_year (fixture, d, 2017, &(YearRow) { .informed = TRUE, .applying = TRUE });
  add_year (fixture, d, 2018, &(YearRow) { .informed = TRUE, .applying = FALSE });

  {
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2019);
    const SxshIndicator *informed = sxsh_indicator_report_lookup (report, "informed");
    const SxshIndicator *applying = sxsh_indicator_report_lookup (report, "applying");

    assert_indicator (report, SXSH_INDICATOR_INFORMED, 2, 4, 0);
    g_assert_true (ids_contain (informed->counted_ids, a));
    g_assert_true (ids_contain (informed->counted_ids, d));
    g_assert_false (ids_contain (informed->counted_ids, b));
    g_assert_true (ids_contain (informed->population_ids, c));
    g_assert_cmpfloat (informed->value_pct, ==, 50.0);

    assert_indicator (report, SXSH_INDICATOR_APPLYING, 1, 4, 0);
    g_assert_true (ids_contain (applying->counted_ids, a));
    g_assert_false (ids_contain (applying->counted_ids, d));
  }

  {
    /* A's own 2018 record does not say informed; its 2017 record does. */
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2018);
    const SxshIndicator *informed = sxsh_indicator_report_lookup (report, "informed");

    assert_indicator (report, SXSH_INDICATOR_INFORMED, 2, 4, 0);
    g_assert_true (ids_contain (informed->counted_ids, a));
  }

  {
    /* In 2017 D was applying and B had never been told. */
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2017);

    assert_indicator (report, SXSH_INDICATOR_INFORMED, 2, 4, 0);
    assert_indicator (report, SXSH_INDICATOR_APPLYING, 2, 4, 1);
  }

  {
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2020);

    assert_indicator (report, SXSH_INDICATOR_INFORMED, 3, 4, 0);
  }

  {
    /* Before any record nothing is counted, but the population is there. */
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2016);

    assert_indicator (report, SXSH_INDICATOR_INFORMED, 0, 4, 0);
    assert_indicator (report, SXSH_INDICATOR_APPLYING, 0, 4, 0);
  }
}

static void
test_informed_by_event (Fixture       *fixture,
                        gconstpointer  data)
{
  gint64 e = add_facility (fixture, "E", NULL, TRUE, 0, 0);
  gint64 f = add_facility (fixture, "F", NULL, TRUE, 0, 0);
  gint64 g = add_facility (fixture, "G", NULL, TRUE, 0, 0);
  gint64 workshop = add_event (fixture, "workshop", "2018-06-01", 30, 0);
  gint64 new_year = add_event (fixture, "training", "2019-01-01", 20, 0);
  gint64 leaflet = add_event (fixture, "leaflet", "2019-12-31", 0, 500);

  add_attendance (fixture, workshop, e);
  add_attendance (fixture, new_year, f);
  add_attendance (fixture, leaflet, g);
  /* G's yearly record says "not informed"; the event still counts. */
  add_year (fixture, g, 2019, &(YearRow) { .informed = FALSE });

  {
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2017);

    assert_indicator (report, SXSH_INDICATOR_INFORMED, 0, 3, 0);
  }
  {
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2018);
    const SxshIndicator *informed = sxsh_indicator_report_lookup (report, "informed");

    assert_indicator (report, SXSH_INDICATOR_INFORMED, 1, 3, 0);
    g_assert_true (ids_contain (informed->counted_ids, e));
  }
  {
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2019);

    assert_indicator (report, SXSH_INDICATOR_INFORMED, 3, 3, 1);
    /* Attending makes a facility informed, not applying. */
    assert_indicator (report, SXSH_INDICATOR_APPLYING, 0, 3, 0);
  }
}

/* Two facilities with the same numbers; only the first marks 2017 as its
 * baseline.  Electricity per tonne: 2016 1000, 2017 950, 2018 880. */
static void
test_baseline (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 flagged = add_facility (fixture, "Có năm gốc", "medium", TRUE, 0, 0);
  gint64 first = add_facility (fixture, "Năm đầu", "medium", TRUE, 0, 0);
  gint64 late_energy = add_facility (fixture, "Điện từ 2017", "medium", TRUE, 0, 0);
  gint64 ids[] = { flagged, first };
  double expected;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      add_year (fixture, ids[i], 2016, &(YearRow) { .applying = TRUE, .output = 100 });
      add_year (fixture, ids[i], 2017,
                &(YearRow) { .applying = TRUE, .output = 100, .baseline = ids[i] == flagged });
      add_year (fixture, ids[i], 2018, &(YearRow) { .applying = TRUE, .output = 200 });
      add_consumption (fixture, ids[i], 2016, ELECTRICITY, 100000);
      add_consumption (fixture, ids[i], 2017, ELECTRICITY, 95000);
      add_consumption (fixture, ids[i], 2018, ELECTRICITY, 176000);
    }

  /* A facility whose first year has output but only water recorded: its
   * baseline is the first year that has energy as well. */
  add_year (fixture, late_energy, 2016, &(YearRow) { .applying = TRUE, .output = 50 });
  add_year (fixture, late_energy, 2017, &(YearRow) { .applying = TRUE, .output = 50 });
  add_year (fixture, late_energy, 2018, &(YearRow) { .applying = TRUE, .output = 50 });
  add_consumption (fixture, late_energy, 2016, WATER, 1000);
  add_consumption (fixture, late_energy, 2017, ELECTRICITY, 50000);
  add_consumption (fixture, late_energy, 2018, ELECTRICITY, 45000);

  {
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2018);
    const SxshFacilitySaving *s;
    const SxshIndicator *indicator = sxsh_indicator_report_lookup (report, "applying_saving");

    g_assert_cmpuint (sxsh_indicator_report_get_n_savings (report), ==, 3);

    s = sxsh_indicator_report_lookup_saving (report, flagged);
    g_assert_nonnull (s);
    g_assert_cmpint (s->baseline_year, ==, 2017);
    g_assert_true (s->cp_potential);
    g_assert_true (s->has_saving);
    g_assert_cmpfloat_with_epsilon (s->ei_baseline, 95000 * TOE_KWH / 100, 1e-12);
    g_assert_cmpfloat_with_epsilon (s->ei_year, 176000 * TOE_KWH / 200, 1e-12);
    expected = (950.0 - 880.0) / 950.0 * 100.0;   /* 7.37 %: below the band */
    g_assert_cmpfloat_with_epsilon (s->saving_pct, expected, 1e-9);

    s = sxsh_indicator_report_lookup_saving (report, first);
    g_assert_cmpint (s->baseline_year, ==, 2016);
    g_assert_cmpfloat_with_epsilon (s->saving_pct, 12.0, 1e-9);

    s = sxsh_indicator_report_lookup_saving (report, late_energy);
    g_assert_cmpint (s->baseline_year, ==, 2017);
    g_assert_cmpfloat_with_epsilon (s->saving_pct, 10.0, 1e-9);

    assert_indicator (report, SXSH_INDICATOR_APPLYING_SAVING, 2, 3, 1);
    g_assert_false (ids_contain (indicator->counted_ids, flagged));
    g_assert_true (ids_contain (indicator->counted_ids, first));
    g_assert_true (ids_contain (indicator->counted_ids, late_energy));
  }

  {
    /* In the baseline year itself there is nothing to save yet; the
     * baseline is still reported. */
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2017);
    const SxshFacilitySaving *s = sxsh_indicator_report_lookup_saving (report, flagged);

    g_assert_cmpint (s->baseline_year, ==, 2017);
    g_assert_false (s->has_saving);
    g_assert_true (isnan (s->saving_pct));
    s = sxsh_indicator_report_lookup_saving (report, late_energy);
    g_assert_false (s->has_saving);
    /* 2016 → 2017 for the unflagged twin: 5 %, applying but below 8 %. */
    s = sxsh_indicator_report_lookup_saving (report, first);
    g_assert_true (s->has_saving);
    g_assert_cmpfloat_with_epsilon (s->saving_pct, 5.0, 1e-9);
    assert_indicator (report, SXSH_INDICATOR_APPLYING_SAVING, 0, 3, 0);
  }

  {
    /* 2019 has no record: no output, no saving, not counted, although the
     * applying status carries forward. */
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2019);

    g_assert_null (sxsh_indicator_report_lookup_saving (report, first));
    assert_indicator (report, SXSH_INDICATOR_APPLYING, 3, 3, 1);
    assert_indicator (report, SXSH_INDICATOR_APPLYING_SAVING, 0, 3, 0);
  }
}

static void
test_no_saving_cases (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 zero = add_facility (fixture, "Gốc bằng 0", NULL, TRUE, 0, 0);
  gint64 exact = add_facility (fixture, "Đúng 8%", NULL, TRUE, 0, 0);
  gint64 not_applying = add_facility (fixture, "Không áp dụng", NULL, TRUE, 0, 0);
  gint64 no_energy = add_facility (fixture, "Không có điện năm nay", NULL, TRUE, 0, 0);
  gint64 future = add_facility (fixture, "Năm gốc sau", NULL, TRUE, 0, 0);

  /* A baseline that consumed nothing gives no percentage. */
  add_year (fixture, zero, 2016, &(YearRow) { .applying = TRUE, .output = 10, .baseline = TRUE });
  add_year (fixture, zero, 2018, &(YearRow) { .applying = TRUE, .output = 10 });
  add_consumption (fixture, zero, 2016, ELECTRICITY, 0);
  add_consumption (fixture, zero, 2018, ELECTRICITY, 100);

  /* Exactly the band's low end counts, although in floating point these
   * numbers come out as 7.999999999999992 %. */
  add_year (fixture, exact, 2016, &(YearRow) { .applying = TRUE, .output = 100 });
  add_year (fixture, exact, 2018, &(YearRow) { .applying = TRUE, .output = 100 });
  add_consumption (fixture, exact, 2016, ELECTRICITY, 100);
  add_consumption (fixture, exact, 2018, ELECTRICITY, 92);

  /* A big saving without applying CP is not counted. */
  add_year (fixture, not_applying, 2016, &(YearRow) { .output = 100 });
  add_year (fixture, not_applying, 2018, &(YearRow) { .output = 100 });
  add_consumption (fixture, not_applying, 2016, COAL, 100);
  add_consumption (fixture, not_applying, 2018, COAL, 50);

  /* Output but no energy recorded this year: no data, no saving. */
  add_year (fixture, no_energy, 2016, &(YearRow) { .applying = TRUE, .output = 100 });
  add_year (fixture, no_energy, 2018, &(YearRow) { .applying = TRUE, .output = 100 });
  add_consumption (fixture, no_energy, 2016, COAL, 100);
  add_consumption (fixture, no_energy, 2018, WATER, 100);

  /* A marked baseline after the year. */
  add_year (fixture, future, 2016, &(YearRow) { .applying = TRUE, .output = 100 });
  add_year (fixture, future, 2018, &(YearRow) { .applying = TRUE, .output = 100 });
  add_year (fixture, future, 2019, &(YearRow) { .applying = TRUE, .output = 100,
                                                .baseline = TRUE });
  add_consumption (fixture, future, 2016, COAL, 100);
  add_consumption (fixture, future, 2018, COAL, 10);
  add_consumption (fixture, future, 2019, COAL, 100);

  {
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2018);
    const SxshIndicator *indicator = sxsh_indicator_report_lookup (report, "applying_saving");
    const SxshFacilitySaving *s;

    s = sxsh_indicator_report_lookup_saving (report, zero);
    g_assert_cmpfloat (s->ei_baseline, ==, 0.0);
    g_assert_false (s->has_saving);

    s = sxsh_indicator_report_lookup_saving (report, exact);
    g_assert_true (s->has_saving);
    g_assert_cmpfloat_with_epsilon (s->saving_pct, 8.0, 1e-9);

    /* Savings are computed for facilities applying CP only. */
    g_assert_null (sxsh_indicator_report_lookup_saving (report, not_applying));

    s = sxsh_indicator_report_lookup_saving (report, no_energy);
    g_assert_cmpint (s->baseline_year, ==, 2016);
    g_assert_true (isnan (s->ei_year));
    g_assert_false (s->has_saving);

    s = sxsh_indicator_report_lookup_saving (report, future);
    g_assert_cmpint (s->baseline_year, ==, 2019);
    g_assert_false (s->has_saving);

    assert_indicator (report, SXSH_INDICATOR_APPLYING_SAVING, 1, 5, 0);
    g_assert_true (ids_contain (indicator->counted_ids, exact));
  }
}

/* 2016: 10 000 kWh + 10 t coal for 100 t of product; 2018: 12 000 kWh +
 * 8.5 t coal for the same output.  In TOE: 1.543 + 7 = 8.543 against
 * 1.8516 + 5.95 = 7.8016, a saving of 8.68 %.  Adding the raw quantities
 * would show consumption growing by 20 %. */
static void
test_toe_combination (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 h = add_facility (fixture, "Nhà máy tinh bột sắn", "medium", TRUE, 2016, 0);
  g_autoptr(SxshIndicatorReport) report = NULL;
  const SxshFacilitySaving *s;
  const SxshResourceSaving *water, *cassava;
  double base_toe = 10000 * TOE_KWH + 10 * TOE_COAL;
  double year_toe = 12000 * TOE_KWH + 8.5 * TOE_COAL;

  add_year (fixture, h, 2016, &(YearRow) { .output = 100 });
  add_year (fixture, h, 2018, &(YearRow) { .applying = TRUE, .output = 100 });
  add_consumption (fixture, h, 2016, ELECTRICITY, 10000);
  add_consumption (fixture, h, 2016, COAL, 10);
  add_consumption (fixture, h, 2016, WATER, 2000);
  add_consumption (fixture, h, 2016, CASSAVA, 400);
  add_consumption (fixture, h, 2018, ELECTRICITY, 12000);
  add_consumption (fixture, h, 2018, COAL, 8.5);
  add_consumption (fixture, h, 2018, WATER, 1800);
  add_consumption (fixture, h, 2018, CASSAVA, 410);

  report = compute (fixture, 2018);
  s = sxsh_indicator_report_lookup_saving (report, h);
  g_assert_nonnull (s);
  g_assert_cmpint (s->baseline_year, ==, 2016);
  g_assert_cmpfloat_with_epsilon (s->ei_baseline, base_toe / 100, 1e-12);
  g_assert_cmpfloat_with_epsilon (s->ei_year, year_toe / 100, 1e-12);
  g_assert_cmpfloat_with_epsilon (s->saving_pct, (base_toe - year_toe) / base_toe * 100, 1e-9);
  g_assert_cmpfloat (s->saving_pct, >, 8.6);
  g_assert_cmpfloat (s->saving_pct, <, 8.7);
  assert_indicator (report, SXSH_INDICATOR_APPLYING_SAVING, 1, 1, 1);

  /* Water and materials are reported per resource, in resource order. */
  g_assert_cmpuint (s->resources->len, ==, 2);
  water = &g_array_index (s->resources, SxshResourceSaving, 0);
  cassava = &g_array_index (s->resources, SxshResourceSaving, 1);
  g_assert_cmpint (water->resource_id, ==, WATER);
  g_assert_cmpstr (water->category, ==, "water");
  g_assert_cmpstr (water->unit, ==, "m³");
  g_assert_cmpfloat_with_epsilon (water->intensity_baseline, 20.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (water->intensity_year, 18.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (water->saving_pct, 10.0, 1e-9);
  g_assert_cmpint (cassava->resource_id, ==, CASSAVA);
  g_assert_cmpstr (cassava->name, ==, "Sắn củ");
  g_assert_cmpfloat_with_epsilon (cassava->saving_pct, -2.5, 1e-9);

  /* The factors are data: make coal worth little and the saving is gone. */
  exec (fixture, "UPDATE resource SET toe_factor = 0.0001 WHERE id = 2");
  g_clear_pointer (&report, sxsh_indicator_report_unref);
  report = compute (fixture, 2018);
  s = sxsh_indicator_report_lookup_saving (report, h);
  g_assert_cmpfloat (s->saving_pct, <, 0.0);
  assert_indicator (report, SXSH_INDICATOR_APPLYING_SAVING, 0, 1, 0);
}

static void
test_active_only (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 open = add_facility (fixture, "Đang hoạt động", "medium", TRUE, 2010, 0);
  gint64 unknown = add_facility (fixture, "Không rõ năm", "medium", TRUE, 0, 0);
  gint64 closed = add_facility (fixture, "Đã đóng cửa", "medium", TRUE, 2010, 2017);
  gint64 later = add_facility (fixture, "Mở sau", "medium", TRUE, 2020, 0);
  gint64 no_potential = add_facility (fixture, "Không có tiềm năng", "medium", FALSE, 0, 0);
  gint64 last_year = add_facility (fixture, "Năm cuối", "medium", TRUE, 2012, 2018);
  gint64 all[] = { open, unknown, closed, no_potential, last_year };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    add_year (fixture, all[i], 2016,
              &(YearRow) { .informed = TRUE, .applying = TRUE, .dedicated_unit = TRUE });
  /* A record in a year before the facility opened (a typing error, say)
   * does not bring it into that year. */
  add_year (fixture, later, 2018, &(YearRow) { .informed = TRUE, .applying = TRUE });

  {
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2018);
    const SxshIndicator *informed = sxsh_indicator_report_lookup (report, "informed");
    const SxshIndicator *dedicated = sxsh_indicator_report_lookup (report, "dedicated_unit");

    /* The facility closing in 2018 is still active in 2018. */
    assert_indicator (report, SXSH_INDICATOR_INFORMED, 3, 3, 1);
    g_assert_true (ids_contain (informed->population_ids, open));
    g_assert_true (ids_contain (informed->population_ids, unknown));
    g_assert_true (ids_contain (informed->population_ids, last_year));
    g_assert_false (ids_contain (informed->population_ids, closed));
    g_assert_false (ids_contain (informed->population_ids, later));
    g_assert_false (ids_contain (informed->population_ids, no_potential));
    /* The dedicated-unit population is by size, not by CP potential. */
    assert_indicator (report, SXSH_INDICATOR_DEDICATED_UNIT, 4, 4, 1);
    g_assert_true (ids_contain (dedicated->population_ids, no_potential));
  }
  {
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2019);

    assert_indicator (report, SXSH_INDICATOR_INFORMED, 2, 2, 1);
    assert_indicator (report, SXSH_INDICATOR_APPLYING, 2, 2, 1);
  }
  {
    /* Open from 2020, its 2018 record carries forward. */
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2020);

    assert_indicator (report, SXSH_INDICATOR_INFORMED, 3, 3, 1);
    assert_indicator (report, SXSH_INDICATOR_APPLYING, 3, 3, 1);
    /* The one without CP potential applies too and owes a report. */
    g_assert_cmpuint (sxsh_indicator_report_get_n_expected (report), ==, 4);
  }
}

static void
test_dedicated_unit_sizes (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 medium_yes = add_facility (fixture, "Vừa, có", "medium", TRUE, 0, 0);
  gint64 medium_no = add_facility (fixture, "Vừa, không", "medium", TRUE, 0, 0);
  gint64 large_yes = add_facility (fixture, "Lớn, có", "large", TRUE, 0, 0);
  gint64 small_yes = add_facility (fixture, "Nhỏ, có", "small", TRUE, 0, 0);
  gint64 unknown_yes = add_facility (fixture, "Chưa rõ, có", NULL, TRUE, 0, 0);

  add_year (fixture, medium_yes, 2017, &(YearRow) { .dedicated_unit = TRUE });
  add_year (fixture, medium_no, 2017, &(YearRow) { .dedicated_unit = TRUE });
  add_year (fixture, medium_no, 2018, &(YearRow) { .dedicated_unit = FALSE });
  add_year (fixture, large_yes, 2017, &(YearRow) { .dedicated_unit = TRUE });
  add_year (fixture, small_yes, 2017, &(YearRow) { .dedicated_unit = TRUE });
  add_year (fixture, unknown_yes, 2017, &(YearRow) { .dedicated_unit = TRUE });

  {
    /* Kon Tum's plan: medium enterprises only.  medium_no's unit was
     * disbanded in 2018 and that carries forward into 2019. */
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2019);
    const SxshIndicator *indicator = sxsh_indicator_report_lookup (report, "dedicated_unit");

    assert_indicator (report, SXSH_INDICATOR_DEDICATED_UNIT, 1, 2, 0);
    g_assert_true (ids_contain (indicator->counted_ids, medium_yes));
    g_assert_true (ids_contain (indicator->population_ids, medium_no));
  }
  {
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2017);

    assert_indicator (report, SXSH_INDICATOR_DEDICATED_UNIT, 2, 2, 1);
  }

  /* The national strategy's "medium and large", written loosely. */
  exec (fixture, "UPDATE plan_target SET size_classes = ' Medium, large ' "
                 "WHERE indicator_key = 'dedicated_unit'");
  {
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2019);
    const SxshIndicator *indicator = sxsh_indicator_report_lookup (report, "dedicated_unit");

    assert_indicator (report, SXSH_INDICATOR_DEDICATED_UNIT, 2, 3, 0);
    g_assert_true (ids_contain (indicator->counted_ids, large_yes));
    g_assert_cmpstr (indicator->label, ==,
                     "Doanh nghiệp vừa và lớn có bộ phận chuyên trách về SXSH");
  }

  /* No list: every facility, whatever its size. */
  exec (fixture, "UPDATE plan_target SET size_classes = '' "
                 "WHERE indicator_key = 'dedicated_unit'");
  {
    g_autoptr(SxshIndicatorReport) report = compute (fixture, 2019);

    assert_indicator (report, SXSH_INDICATOR_DEDICATED_UNIT, 4, 5, 0);
    g_assert_cmpstr (sxsh_indicator_report_lookup (report, "dedicated_unit")->label, ==,
                     "Cơ sở có bộ phận chuyên trách về SXSH");
  }
}

static void
test_empty_population (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(SxshIndicatorReport) report = NULL;

  /* Only a small facility without CP potential: every population is empty. */
  add_facility (fixture, "Nhỏ", "small", FALSE, 0, 0);
  report = compute (fixture, 2019);
  for (guint i = 0; i < SXSH_N_INDICATORS; i++)
    {
      const SxshIndicator *indicator = sxsh_indicator_report_get_indicator (report, i);

      g_assert_false (indicator->has_value);
      g_assert_true (isnan (indicator->value_pct));
      g_assert_cmpuint (indicator->numerator, ==, 0);
      g_assert_cmpuint (indicator->denominator, ==, 0);
      g_assert_cmpint (indicator->met, ==, -1);
      g_assert_false (isnan (indicator->target_pct));
    }

  /* Without a target a value is still shown, but met stays unknown. */
  exec (fixture, "DELETE FROM plan_target WHERE indicator_key = 'applying'");
  add_facility (fixture, "Có tiềm năng", "small", TRUE, 0, 0);
  g_clear_pointer (&report, sxsh_indicator_report_unref);
  report = compute (fixture, 2019);
  g_assert_true (isnan (sxsh_indicator_report_lookup (report, "applying")->target_pct));
  assert_indicator (report, SXSH_INDICATOR_APPLYING, 0, 1, -1);
  assert_indicator (report, SXSH_INDICATOR_INFORMED, 0, 1, 0);
}

static const SxshReportingEntry *
find_entry (SxshIndicatorReport *report,
            SxshReporterKind     kind,
            gint64               id)
{
  for (guint i = 0; i < sxsh_indicator_report_get_n_reporting_entries (report); i++)
    {
      const SxshReportingEntry *entry = sxsh_indicator_report_get_reporting_entry (report, i);

      if (entry->kind == kind && entry->id == id)
        return entry;
    }
  return NULL;
}

static void
test_reporting (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 on_due = add_facility (fixture, "Nộp đúng ngày hạn", NULL, TRUE, 0, 0);
  gint64 late = add_facility (fixture, "Nộp muộn", NULL, TRUE, 0, 0);
  gint64 missing = add_facility (fixture, "Chưa nộp", NULL, TRUE, 0, 0);
  gint64 returned = add_facility (fixture, "Bị trả lại", NULL, TRUE, 0, 0);
  gint64 resubmitted = add_facility (fixture, "Nộp lại", NULL, TRUE, 0, 0);
  gint64 carried = add_facility (fixture, "Áp dụng từ trước", NULL, FALSE, 0, 0);
  gint64 not_applying = add_facility (fixture, "Không áp dụng", NULL, TRUE, 0, 0);
  gint64 closed = add_facility (fixture, "Đã đóng cửa", NULL, TRUE, 0, 2018);
  g_autoptr(SxshIndicatorReport) report = NULL;
  g_autoptr(GError) error = NULL;

  add_year (fixture, on_due, 2019, &(YearRow) { .applying = TRUE, .received = "2019-11-30" });
  add_year (fixture, late, 2019, &(YearRow) { .applying = TRUE, .received = "2019-12-01" });
  add_year (fixture, missing, 2019, &(YearRow) { .applying = TRUE });
  add_year (fixture, returned, 2019, &(YearRow) { .applying = TRUE, .received = "2019-11-20",
                                                  .returned = "2019-11-25" });
  add_year (fixture, resubmitted, 2019, &(YearRow) { .applying = TRUE,
                                                     .received = "2019-11-28",
                                                     .returned = "2019-11-25" });
  /* Applying since 2017 with no 2019 record: expected, and missing. */
  add_year (fixture, carried, 2017, &(YearRow) { .applying = TRUE, .received = "2017-11-01" });
  add_year (fixture, not_applying, 2019, &(YearRow) { .received = "2019-11-01" });
  add_year (fixture, closed, 2018, &(YearRow) { .applying = TRUE });

  exec (fixture,
        "INSERT INTO agency (id, name, reports_annually) VALUES "
        "  (1, 'Sở Tài chính', 1), (2, 'Sở Tài nguyên và Môi trường', 1), "
        "  (3, 'Báo Kon Tum', 0), (4, 'Bộ Công Thương', 1);"
        "INSERT INTO agency_report (agency_id, year, due_date, received_on) VALUES "
        "  (1, 2019, NULL, '2019-11-29'), (3, 2019, NULL, '2019-12-20'), "
        "  (4, 2019, '2019-12-15', '2019-12-10'), (2, 2018, NULL, '2018-11-01');");

  report = compute (fixture, 2019);
  g_assert_cmpstr (sxsh_indicator_report_get_due_date (report), ==, "2019-11-30");
  /* 6 facilities (on_due, late, missing, returned, resubmitted, carried)
   * and 3 agencies (1, 2, 4). */
  g_assert_cmpuint (sxsh_indicator_report_get_n_expected (report), ==, 9);
  g_assert_cmpuint (sxsh_indicator_report_count_reports (report, SXSH_REPORT_STATUS_ON_TIME),
                    ==, 4);
  g_assert_cmpuint (sxsh_indicator_report_count_reports (report, SXSH_REPORT_STATUS_LATE), ==, 1);
  g_assert_cmpuint (sxsh_indicator_report_count_reports (report, SXSH_REPORT_STATUS_MISSING),
                    ==, 3);
  g_assert_cmpuint (sxsh_indicator_report_count_reports (report, SXSH_REPORT_STATUS_RETURNED),
                    ==, 1);

  g_assert_cmpint (find_entry (report, SXSH_REPORTER_FACILITY, on_due)->status, ==,
                   SXSH_REPORT_STATUS_ON_TIME);
  g_assert_cmpint (find_entry (report, SXSH_REPORTER_FACILITY, late)->status, ==,
                   SXSH_REPORT_STATUS_LATE);
  g_assert_cmpint (find_entry (report, SXSH_REPORTER_FACILITY, missing)->status, ==,
                   SXSH_REPORT_STATUS_MISSING);
  g_assert_cmpint (find_entry (report, SXSH_REPORTER_FACILITY, returned)->status, ==,
                   SXSH_REPORT_STATUS_RETURNED);
  g_assert_cmpstr (find_entry (report, SXSH_REPORTER_FACILITY, returned)->returned_on, ==,
                   "2019-11-25");
  g_assert_cmpint (find_entry (report, SXSH_REPORTER_FACILITY, resubmitted)->status, ==,
                   SXSH_REPORT_STATUS_ON_TIME);
  g_assert_cmpint (find_entry (report, SXSH_REPORTER_FACILITY, carried)->status, ==,
                   SXSH_REPORT_STATUS_MISSING);
  g_assert_null (find_entry (report, SXSH_REPORTER_FACILITY, not_applying));
  g_assert_null (find_entry (report, SXSH_REPORTER_FACILITY, closed));
  g_assert_cmpstr (find_entry (report, SXSH_REPORTER_FACILITY, late)->name, ==, "Nộp muộn");
  g_assert_cmpint (find_entry (report, SXSH_REPORTER_AGENCY, 1)->status, ==,
                   SXSH_REPORT_STATUS_ON_TIME);
  g_assert_cmpint (find_entry (report, SXSH_REPORTER_AGENCY, 2)->status, ==,
                   SXSH_REPORT_STATUS_MISSING);
  g_assert_null (find_entry (report, SXSH_REPORTER_AGENCY, 3));
  /* The Ministry's own due date of 15 December. */
  g_assert_cmpint (find_entry (report, SXSH_REPORTER_AGENCY, 4)->status, ==,
                   SXSH_REPORT_STATUS_ON_TIME);
  g_assert_cmpstr (find_entry (report, SXSH_REPORTER_AGENCY, 4)->due_date, ==, "2019-12-15");
  g_assert_cmpstr (find_entry (report, SXSH_REPORTER_AGENCY, 4)->name, ==, "Bộ Công Thương");

  /* The due day is a setting: move it to 1 December and "late" is on time;
   * move it to 29 November and the report of the 30th is late. */
  sxsh_settings_set (fixture->db, SXSH_SETTING_REPORT_DUE, "12-01", &error);
  g_assert_no_error (error);
  g_clear_pointer (&report, sxsh_indicator_report_unref);
  report = compute (fixture, 2019);
  g_assert_cmpstr (sxsh_indicator_report_get_due_date (report), ==, "2019-12-01");
  g_assert_cmpint (find_entry (report, SXSH_REPORTER_FACILITY, late)->status, ==,
                   SXSH_REPORT_STATUS_ON_TIME);
  g_assert_cmpuint (sxsh_indicator_report_count_reports (report, SXSH_REPORT_STATUS_LATE), ==, 0);

  sxsh_settings_set (fixture->db, SXSH_SETTING_REPORT_DUE, "11-29", &error);
  g_assert_no_error (error);
  g_clear_pointer (&report, sxsh_indicator_report_unref);
  report = compute (fixture, 2019);
  g_assert_cmpint (find_entry (report, SXSH_REPORTER_FACILITY, on_due)->status, ==,
                   SXSH_REPORT_STATUS_LATE);
  g_assert_cmpint (find_entry (report, SXSH_REPORTER_AGENCY, 1)->status, ==,
                   SXSH_REPORT_STATUS_ON_TIME);
  g_assert_cmpuint (sxsh_indicator_report_count_reports (report, SXSH_REPORT_STATUS_LATE), ==, 2);

  /* An agency that ended before the due date owes no report: the district
   * level ended on 30/6/2025. */
  exec (fixture, "UPDATE agency SET valid_to = '2019-06-30' WHERE id = 2");
  g_clear_pointer (&report, sxsh_indicator_report_unref);
  report = compute (fixture, 2019);
  g_assert_null (find_entry (report, SXSH_REPORTER_AGENCY, 2));
  g_assert_cmpuint (sxsh_indicator_report_get_n_expected (report), ==, 8);
  g_clear_pointer (&report, sxsh_indicator_report_unref);
  report = compute (fixture, 2018);
  g_assert_nonnull (find_entry (report, SXSH_REPORTER_AGENCY, 2));
}

static void
test_activities (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 f1 = add_facility (fixture, "F1", NULL, TRUE, 0, 0);
  gint64 f2 = add_facility (fixture, "F2", NULL, TRUE, 0, 0);
  gint64 f3 = add_facility (fixture, "F3", NULL, TRUE, 0, 0);
  g_autoptr(SxshIndicatorReport) report = NULL;
  const SxshActivityCount *activity;
  const SxshEventTally *tally;
  const SxshFundingTally *funding;

  add_support (fixture, f1, "quick_assessment", 2019, "done");
  /* The same facility again: counted once. */
  add_support (fixture, f1, "detailed_assessment", 2019, "in_progress");
  add_support (fixture, f2, "consultancy", 2019, "planned");
  /* Cancelled, another kind of support, another year: not counted. */
  add_support (fixture, f3, "quick_assessment", 2019, "cancelled");
  add_support (fixture, f3, "equipment", 2019, "done");
  add_support (fixture, f3, "quick_assessment", 2018, "done");
  add_support (fixture, f2, "demo_model", 2019, "in_progress");
  add_support (fixture, f3, "demo_model", 2019, "cancelled");

  exec (fixture,
        "INSERT INTO certificate (number, year, seq, facility_id, issue_date, status) VALUES "
        "  ('01/2019/GCN-SCT', 2019, 1, 1, '2019-03-01', 'valid'),"
        "  ('02/2019/GCN-SCT', 2019, 2, 2, '2019-12-31', 'revoked'),"
        "  ('05/2018/GCN-SCT', 2018, 5, 3, '2018-12-31', 'valid'),"
        "  ('01/2020/GCN-SCT', 2020, 1, 3, '2020-01-01', 'valid');"
        "INSERT INTO funding (year, source, plan_task_id, planned, disbursed) VALUES "
        "  (2019, 'central', NULL, 100000000, 80000000),"
        "  (2018, 'central', NULL, 999, 999);");
  exec (fixture,
        "INSERT INTO plan_task (id, plan_id, code, task) VALUES (1, 1, 'I.1', 'Tuyên truyền'),"
        "  (2, 1, 'II.1', 'Hỗ trợ kỹ thuật');"
        "INSERT INTO funding (year, source, plan_task_id, planned, disbursed) VALUES "
        "  (2019, 'local', 1, 50000000, 45000000),"
        "  (2019, 'local', 2, 20000000, 15000000);");

  add_event (fixture, "workshop", "2019-04-10", 40, 0);
  add_event (fixture, "workshop", "2019-09-10", 30, 0);
  add_event (fixture, "training", "2019-05-05", 25, 0);
  add_event (fixture, "leaflet", "2019-06-01", 0, 500);
  add_event (fixture, "leaflet", "2019-10-01", 0, 300);
  add_event (fixture, "workshop", "2018-12-31", 99, 0);
  add_event (fixture, "article", "2020-01-01", 0, 1);

  report = compute (fixture, 2019);

  activity = sxsh_indicator_report_get_activity (report, SXSH_ACTIVITY_SUPPORT_FACILITIES);
  g_assert_cmpstr (activity->key, ==, "support_facilities");
  g_assert_cmpuint (activity->count, ==, 2);
  g_assert_true (activity->has_quota);
  g_assert_cmpuint (activity->min_count, ==, 2);
  g_assert_cmpint (activity->max_count, ==, 3);
  g_assert_cmpint (activity->met, ==, 1);
  g_assert_true (ids_contain (activity->facility_ids, f1));
  g_assert_true (ids_contain (activity->facility_ids, f2));

  activity = sxsh_indicator_report_get_activity (report, SXSH_ACTIVITY_DEMO_MODELS);
  g_assert_cmpuint (activity->count, ==, 1);
  g_assert_cmpuint (activity->min_count, ==, 1);
  g_assert_cmpint (activity->max_count, ==, 2);
  g_assert_cmpint (activity->met, ==, 1);

  /* Issued in 2019, whatever became of it since; no quota in this plan. */
  activity = sxsh_indicator_report_get_activity (report, SXSH_ACTIVITY_CERTIFICATES);
  g_assert_cmpuint (activity->count, ==, 2);
  g_assert_cmpuint (activity->revoked, ==, 1);
  g_assert_false (activity->has_quota);
  g_assert_cmpint (activity->met, ==, -1);

  g_assert_cmpuint (sxsh_indicator_report_get_n_event_kinds (report), ==, 11);
  tally = sxsh_indicator_report_lookup_event (report, "workshop");
  g_assert_cmpuint (tally->count, ==, 2);
  g_assert_cmpint (tally->participants, ==, 70);
  g_assert_false (tally->communication);
  tally = sxsh_indicator_report_lookup_event (report, "training");
  g_assert_cmpuint (tally->count, ==, 1);
  g_assert_cmpint (tally->participants, ==, 25);
  tally = sxsh_indicator_report_lookup_event (report, "leaflet");
  g_assert_true (tally->communication);
  g_assert_cmpuint (tally->count, ==, 2);
  g_assert_cmpint (tally->quantity, ==, 800);
  tally = sxsh_indicator_report_lookup_event (report, "article");
  g_assert_cmpuint (tally->count, ==, 0);
  g_assert_cmpstr (sxsh_indicator_report_get_event_tally (report, 0)->kind, ==, "workshop");

  g_assert_cmpuint (sxsh_indicator_report_get_n_funding_sources (report), ==, 3);
  funding = sxsh_indicator_report_get_funding (report, 0);
  g_assert_cmpstr (funding->source, ==, "central");
  g_assert_cmpint (funding->planned, ==, 100000000);
  g_assert_cmpint (funding->disbursed, ==, 80000000);
  funding = sxsh_indicator_report_get_funding (report, 1);
  g_assert_cmpstr (funding->source, ==, "local");
  g_assert_cmpint (funding->planned, ==, 70000000);
  g_assert_cmpint (funding->disbursed, ==, 60000000);
  funding = sxsh_indicator_report_get_funding (report, 2);
  g_assert_cmpint (funding->planned, ==, 0);

  /* A year with one assessment falls short of the quota of 2. */
  g_clear_pointer (&report, sxsh_indicator_report_unref);
  report = compute (fixture, 2018);
  activity = sxsh_indicator_report_get_activity (report, SXSH_ACTIVITY_SUPPORT_FACILITIES);
  g_assert_cmpuint (activity->count, ==, 1);
  g_assert_cmpint (activity->met, ==, 0);
  activity = sxsh_indicator_report_get_activity (report, SXSH_ACTIVITY_DEMO_MODELS);
  g_assert_cmpuint (activity->count, ==, 0);
  g_assert_cmpint (activity->met, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sxsh/indicators/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("plan-targets", test_plan_targets);
  ADD ("informed-carry-forward", test_informed_carry_forward);
  ADD ("informed-by-event", test_informed_by_event);
  ADD ("baseline", test_baseline);
  ADD ("no-saving", test_no_saving_cases);
  ADD ("toe-combination", test_toe_combination);
  ADD ("active-only", test_active_only);
  ADD ("dedicated-unit-size-classes", test_dedicated_unit_sizes);
  ADD ("empty-population", test_empty_population);
  ADD ("reporting", test_reporting);
  ADD ("activities", test_activities);

#undef ADD

  return g_test_run ();
}

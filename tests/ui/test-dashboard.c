/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>
#include <math.h>
#include <stdlib.h>

#include "sxsh-application.h"
#include "sxsh-dashboard-page-private.h"
#include "sxsh-database.h"
#include "sxsh-event-store.h"
#include "sxsh-facilities-page-private.h"
#include "sxsh-facility-store.h"
#include "sxsh-reference.h"
#include "sxsh-sample.h"
#include "sxsh-grid-cell.h"
#include "sxsh-window.h"
#include "sxsh-year-grid-page-private.h"
#include "sxsh-year-table.h"
#include "sxsh-year-sheet.h"
#include "sxsh-ui-test-util.h"
#include "sxsh-test-util.h"

/* The dashboard in the real application, on a small province made here:
 * the cards against the indicator engine, the refresh after an edit, the
 * drill-down into the facility list, the charts' hit test, the empty
 * state, and a screenshot of the sample province. */

#define YEAR 2024
#define SECTOR_RUBBER 1   /* "Chế biến mủ cao su" in the reference data */
#define SECTOR_WOOD   2   /* "Chế biến gỗ" */

typedef void (*DashboardTestFunc) (SxshWindow *window);

typedef enum
{
  DB_SMALL,
  DB_EMPTY,
  DB_SAMPLE,
} DbKind;

typedef struct
{
  DashboardTestFunc func;
  DbKind            db_kind;
} TestCase;

typedef struct
{
  const TestCase *test;
  char           *tmpdir;
  char           *db_path;
  gboolean        ran;
} TestRun;

/* The facilities of the small province, by what they are in YEAR. */
static gint64 applying_id;      /* applying, informed, dedicated unit, rubber */
static gint64 informed_id;      /* informed only, rubber */
static gint64 attended_id;      /* attended a workshop, rubber */
static gint64 neither_id;       /* nothing recorded, wood */
static gint64 no_potential_id;  /* no CP potential */

/* Making the databases */

static gint64
insert_facility (SxshFacilityStore *store,
                 const char        *name,
                 const char        *tax_code,
                 gint64             sector_id,
                 gboolean           potential)
{
  g_autoptr(SxshFacility) facility = sxsh_facility_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_object_set (facility, "name", name, "tax-code", tax_code, "first-year", 2016,
                "sector-id", sector_id, "cp-potential", potential, NULL);
  id = sxsh_facility_store_insert (store, facility, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

static SxshYearRecord *
find_record (SxshYearSheet *sheet,
             gint64         facility_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (sheet));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshYearRecord) record = g_list_model_get_item (G_LIST_MODEL (sheet), i);

      if (sxsh_year_record_get_facility_id (record) == facility_id)
        return record;   /* the sheet keeps it alive */
    }

  g_assert_not_reached ();
}

static void
set_flag (SxshDatabase *db,
          int           year,
          gint64        facility_id,
          const char   *field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshYearSheet) sheet = sxsh_year_sheet_new_for_year (db, year, &error);

  g_assert_no_error (error);
  g_assert_true (sxsh_year_sheet_set_flag (sheet, find_record (sheet, facility_id), field, TRUE,
                                           &error));
  g_assert_no_error (error);
}

static void
make_small_province (SxshDatabase *db)
{
  g_autoptr(SxshFacilityStore) facilities = sxsh_facility_store_new (db);
  g_autoptr(SxshEventStore) events = sxsh_event_store_new (db);
  g_autoptr(SxshEvent) workshop = sxsh_event_new ();
  g_autoptr(GError) error = NULL;

  applying_id = insert_facility (facilities, "Công ty TNHH Cao su Đắk Tô", "6100100104",
                                 SECTOR_RUBBER, TRUE);
  informed_id = insert_facility (facilities, "Nhà máy mủ cao su Ngọc Hồi", "6100200204",
                                 SECTOR_RUBBER, TRUE);
  attended_id = insert_facility (facilities, "Xưởng sơ chế mủ Sa Thầy", "6100300304",
                                 SECTOR_RUBBER, TRUE);
  neither_id = insert_facility (facilities, "Xưởng gỗ Kon Rẫy", "6100400404",
                                SECTOR_WOOD, TRUE);
  no_potential_id = insert_facility (facilities, "Cửa hàng vật tư Kon Plông", "6100500504",
                                     SECTOR_WOOD, FALSE);

  set_flag (db, YEAR, applying_id, "informed");
  set_flag (db, YEAR, applying_id, "applying");
  set_flag (db, YEAR, applying_id, "dedicated-unit");
  set_flag (db, YEAR, informed_id, "informed");

  g_object_set (workshop, "kind", (int) SXSH_EVENT_WORKSHOP,
                "title", "Hội thảo giới thiệu sản xuất sạch hơn", "date", "2024-05-10",
                "participants", (gint64) 40, NULL);
  sxsh_event_set_facility_ids (workshop, &attended_id, 1);
  g_assert_cmpint (sxsh_event_store_insert (events, workshop, &error), >, 0);
  g_assert_no_error (error);
}

static void
make_database (DbKind      kind,
               const char *path)
{
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = sxsh_database_open (path, &error);
  g_assert_no_error (error);

  switch (kind)
    {
    case DB_SMALL:
      g_assert_true (sxsh_reference_load (db, &error));
      g_assert_no_error (error);
      make_small_province (db);
      break;

    case DB_EMPTY:
      g_assert_true (sxsh_reference_load (db, &error));
      g_assert_no_error (error);
      break;

    case DB_SAMPLE:
      g_assert_true (sxsh_sample_generate (db, SXSH_SAMPLE_DEFAULT_FACILITIES,
                                           SXSH_SAMPLE_DEFAULT_SEED, &error));
      g_assert_no_error (error);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Running the application */

static void
activate_after_cb (GApplication *app,
                   TestRun      *run)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GList) windows = NULL;

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_assert_true (SXSH_IS_WINDOW (window));
  sxsh_ui_test_iterate ();

  run->test->func (SXSH_WINDOW (window));
  run->ran = TRUE;

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  sxsh_ui_test_iterate ();
}

static void
run_dashboard_test (gconstpointer data)
{
  const TestCase *test = data;
  g_autoptr(SxshApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  TestRun run = { test, NULL, NULL, FALSE };
  char *argv[4];
  int status;

  run.tmpdir = g_dir_make_tmp ("sxsh-dashboard-XXXXXX", &error);
  g_assert_no_error (error);
  run.db_path = g_build_filename (run.tmpdir, "test.db", NULL);
  make_database (test->db_kind, run.db_path);

  argv[0] = (char *) "sxsh";
  argv[1] = (char *) "--db";
  argv[2] = run.db_path;
  argv[3] = NULL;

  app = sxsh_application_new ();
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_after_cb), &run);
  status = g_application_run (G_APPLICATION (app), 3, argv);

  g_assert_cmpint (status, ==, 0);
  g_assert_true (run.ran);

  g_clear_object (&app);
  sxsh_test_remove_tree (run.tmpdir);
  g_free (run.tmpdir);
  g_free (run.db_path);
}

/* Helpers */

static SxshDashboardPage *
get_dashboard (SxshWindow *window)
{
  GtkWidget *page = sxsh_window_get_page (window, "dashboard");

  g_assert_true (SXSH_IS_DASHBOARD_PAGE (page));
  return SXSH_DASHBOARD_PAGE (page);
}

static SxshFacilitiesPage *
get_facilities (SxshWindow *window)
{
  GtkWidget *page = sxsh_window_get_page (window, "facilities");

  g_assert_true (SXSH_IS_FACILITIES_PAGE (page));
  return SXSH_FACILITIES_PAGE (page);
}

static const char *
visible_page (SxshWindow *window)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (get_dashboard (window)),
                                              ADW_TYPE_VIEW_STACK);

  return adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack));
}

/* A button activated from the keyboard acts once it has been seen pressed. */
static gboolean
facilities_shown (gpointer data)
{
  return g_strcmp0 (visible_page (data), "facilities") == 0;
}

static gboolean
dashboard_idle (gpointer data)
{
  SxshDashboardPage *page = data;

  return !sxsh_dashboard_page_is_busy (page) &&
         g_strcmp0 (sxsh_dashboard_page_get_visible_view (page), "loading") != 0;
}

/* Shows the dashboard in @year and waits for its figures. */
static SxshDashboardPage *
show_year (SxshWindow *window,
           int         year)
{
  SxshDashboardPage *page = get_dashboard (window);
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (page), ADW_TYPE_VIEW_STACK);

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "dashboard");
  sxsh_window_set_year (window, year);
  g_assert_cmpint (sxsh_dashboard_page_get_year (page), ==, year);
  g_assert_true (sxsh_ui_test_wait_for (dashboard_idle, page, 10));
  /* Let the layout settle, for the charts' sizes. */
  for (int i = 0; i < 5; i++)
    {
      sxsh_ui_test_iterate ();
      g_usleep (10000);
    }
  return page;
}

static SxshIndicatorReport *
compute_report (SxshWindow *window,
                int         year)
{
  g_autoptr(GError) error = NULL;
  SxshIndicatorReport *report = sxsh_indicators_compute (sxsh_window_get_database (window),
                                                         NULL, year, &error);

  g_assert_no_error (error);
  return report;
}

/* The ids the facility list shows, ascending. */
static GArray *
shown_ids (SxshFacilitiesPage *page)
{
  /* The store is the filtered list the view shows, sorted. */
  GListModel *model = G_LIST_MODEL (sxsh_facilities_page_get_store (page));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshFacility) facility = g_list_model_get_item (model, i);
      gint64 id = sxsh_facility_get_id (facility);

      g_array_append_val (ids, id);
    }
  for (guint i = 1; i < ids->len; i++)
    for (guint j = i; j > 0 && g_array_index (ids, gint64, j - 1) > g_array_index (ids, gint64, j);
         j--)
      {
        gint64 t = g_array_index (ids, gint64, j);

        g_array_index (ids, gint64, j) = g_array_index (ids, gint64, j - 1);
        g_array_index (ids, gint64, j - 1) = t;
      }
  return ids;
}

static void
assert_same_ids (GArray *actual,
                 GArray *expected)
{
  g_assert_cmpuint (actual->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpint (g_array_index (actual, gint64, i), ==, g_array_index (expected, gint64, i));
}

static void
assert_shows (SxshFacilitiesPage *page,
              GArray             *expected)
{
  g_autoptr(GArray) ids = shown_ids (page);

  assert_same_ids (ids, expected);
}

static GArray *
ids_of (gint64 first,
        ...)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  va_list args;

  va_start (args, first);
  for (gint64 id = first; id != 0; id = va_arg (args, gint64))
    g_array_append_val (ids, id);
  va_end (args);
  return ids;
}

/* Finds a point of the chart widget where the hit test gives @kind for
 * @series and @category. */
static gboolean
find_hit (SxshChartWidget  *chart,
          SxshChartHitKind  kind,
          int               series,
          int               category,
          double           *x,
          double           *y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (chart));
  int height = gtk_widget_get_height (GTK_WIDGET (chart));

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  for (int j = 0; j < height; j += 2)
    for (int i = 0; i < width; i += 2)
      {
        SxshChartHit hit;

        if (sxsh_chart_widget_hit_test (chart, i, j, &hit) && hit.kind == kind &&
            hit.series == series && hit.category == category)
          {
            *x = i;
            *y = j;
            return TRUE;
          }
      }
  return FALSE;
}

/* Tests */

/* The cards say what the indicator engine says. */
static void
check_cards (SxshWindow *window)
{
  SxshDashboardPage *page;
  g_autoptr(SxshIndicatorReport) report = compute_report (window, YEAR);
  const SxshIndicator *informed = sxsh_indicator_report_get_indicator (report,
                                                                      SXSH_INDICATOR_INFORMED);
  const SxshIndicator *applying = sxsh_indicator_report_get_indicator (report,
                                                                      SXSH_INDICATOR_APPLYING);
  const SxshIndicator *dedicated = sxsh_indicator_report_get_indicator (report,
                                                                       SXSH_INDICATOR_DEDICATED_UNIT);
  SxshIndicatorCard *card;
  g_autofree char *expected = NULL;

  /* The dashboard is the page shown at start. */
  g_assert_cmpstr (visible_page (window), ==, "dashboard");

  page = show_year (window, YEAR);
  g_assert_cmpstr (sxsh_dashboard_page_get_visible_view (page), ==, "content");

  /* Four facilities with potential; the applying one, the informed one and
   * the one that attended the workshop are informed. */
  g_assert_cmpuint (informed->numerator, ==, 3);
  g_assert_cmpuint (informed->denominator, ==, 4);
  card = sxsh_dashboard_page_get_card (page, "informed");
  expected = g_strdup_printf ("%u / %u facilities", informed->numerator, informed->denominator);
  g_assert_cmpstr (sxsh_indicator_card_get_fraction_text (card), ==, expected);
  g_assert_cmpstr (sxsh_indicator_card_get_fraction_text (card), ==, "3 / 4 facilities");
  g_assert_cmpstr (sxsh_indicator_card_get_value_text (card), ==, "75,0%");
  g_assert_cmpstr (sxsh_indicator_card_get_badge_text (card), ==, "Not met");
  /* Nothing was recorded a year earlier: up from 0%. */
  g_assert_cmpstr (sxsh_indicator_card_get_change_text (card), ==, "▲ 75,0 points since 2023");

  /* The applying facility has no energy data: applying, but not saving. */
  card = sxsh_dashboard_page_get_card (page, "applying_saving");
  g_assert_cmpstr (sxsh_indicator_card_get_key (card), ==, "applying_saving");
  g_assert_cmpstr (sxsh_indicator_card_get_fraction_text (card), ==, "0 / 4 facilities");
  g_assert_cmpstr (sxsh_indicator_card_get_value_text (card), ==, "0,0%");
  g_assert_cmpuint (applying->numerator, ==, 1);
  g_assert_cmpstr (sxsh_indicator_card_get_secondary_text (card), ==, "25,0% (1 / 4)");

  /* No facility is of the plan's size classes: no value, not 0%. */
  g_assert_cmpuint (dedicated->denominator, ==, 0);
  card = sxsh_dashboard_page_get_card (page, "dedicated_unit");
  g_assert_cmpstr (sxsh_indicator_card_get_value_text (card), ==, "—");
  g_assert_cmpstr (sxsh_indicator_card_get_badge_text (card), ==, "");

  /* The year's work. */
  g_assert_cmpstr (sxsh_dashboard_page_get_row_value (page, "events"), ==, "1");
  g_assert_cmpstr (sxsh_dashboard_page_get_row_value (page, "saving-none"), ==, "1");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%u", sxsh_indicator_report_count_reports (report,
                                                                       SXSH_REPORT_STATUS_MISSING));
  g_assert_cmpstr (sxsh_dashboard_page_get_row_value (page, "reports-missing"), ==, expected);

  /* The reports' register is one click away when the window has it. */
  g_assert_true (sxsh_dashboard_page_has_register_button (page) ==
                 (sxsh_window_get_page (window, "register") != NULL));
  if (sxsh_dashboard_page_has_register_button (page))
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "dashboard.show-register",
                                                 NULL));
      g_assert_cmpstr (visible_page (window), ==, "register");
      adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (page),
                                                                                    ADW_TYPE_VIEW_STACK)),
                                             "dashboard");
    }

  /* The definitions are shipped with the program. */
  {
    g_autofree char *uri = sxsh_dashboard_page_get_definitions_uri (page);
    g_autofree char *path = NULL;

    g_assert_nonnull (uri);
    path = g_filename_from_uri (uri, NULL, NULL);
    g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    g_assert_true (g_str_has_suffix (path, "indicators.md"));
  }

  /* A year later, the change since the year before shows. */
  set_flag (sxsh_window_get_database (window), YEAR + 1, neither_id, "informed");
  page = show_year (window, YEAR + 1);
  card = sxsh_dashboard_page_get_card (page, "informed");
  g_assert_cmpstr (sxsh_indicator_card_get_value_text (card), ==, "100,0%");
  g_assert_cmpstr (sxsh_indicator_card_get_change_text (card), ==, "▲ 25,0 points since 2024");
  g_assert_cmpstr (sxsh_indicator_card_get_badge_text (card), ==, "Met");
}

static gboolean
informed_reads (gpointer data)
{
  SxshDashboardPage *page = data;
  SxshIndicatorCard *card = sxsh_dashboard_page_get_card (page, "informed");

  return g_strcmp0 (sxsh_indicator_card_get_fraction_text (card), "4 / 4 facilities") == 0;
}

static gboolean
applying_reads (gpointer data)
{
  SxshDashboardPage *page = data;
  SxshIndicatorCard *card = sxsh_dashboard_page_get_card (page, "applying_saving");

  return g_strcmp0 (sxsh_indicator_card_get_secondary_text (card),
                    "50,0% (2 / 4)") == 0;
}

/* An edit made anywhere through the core shows on the cards. */
static void
check_refresh (SxshWindow *window)
{
  SxshDashboardPage *page = show_year (window, YEAR);
  SxshDatabase *db = sxsh_window_get_database (window);
  g_autoptr(SxshIndicatorReport) report = NULL;
  SxshChart *chart;

  g_assert_false (informed_reads (page));
  g_assert_false (applying_reads (page));

  set_flag (db, YEAR, neither_id, "applying");
  g_assert_true (sxsh_ui_test_wait_for (applying_reads, page, 10));
  g_assert_true (sxsh_ui_test_wait_for (dashboard_idle, page, 10));

  /* Applying without being recorded as informed: the engine decides what
   * that means, and the card agrees with it. */
  report = compute_report (window, YEAR);
  {
    const SxshIndicator *informed = sxsh_indicator_report_get_indicator (report,
                                                                        SXSH_INDICATOR_INFORMED);
    g_autofree char *expected = g_strdup_printf ("%u / %u facilities", informed->numerator,
                                                 informed->denominator);

    g_assert_cmpstr (sxsh_indicator_card_get_fraction_text (sxsh_dashboard_page_get_card (page,
                                                                                        "informed")),
                     ==, expected);
  }

  set_flag (db, YEAR, neither_id, "informed");
  g_assert_true (sxsh_ui_test_wait_for (informed_reads, page, 10));

  /* The sector chart follows: the wood facility is now applying. */
  g_assert_true (sxsh_ui_test_wait_for (dashboard_idle, page, 10));
  chart = sxsh_chart_widget_get_chart (sxsh_dashboard_page_get_chart (page, "sector"));
  g_assert_cmpuint (sxsh_chart_get_n_categories (chart), ==, 2);
  g_assert_cmpstr (sxsh_chart_get_category (chart, 1), ==, "Chế biến gỗ");
  g_assert_cmpfloat (sxsh_chart_get_value (chart, SXSH_BREAKDOWN_APPLYING, 1), ==, 1);

  /* Out of sight, the dashboard waits for the data to settle; shown again,
   * it catches up. */
  {
    GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (page), ADW_TYPE_VIEW_STACK);
    SxshIndicatorCard *card = sxsh_dashboard_page_get_card (page, "applying_saving");
    gint64 end;

    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "facilities");
    sxsh_ui_test_iterate ();
    set_flag (db, YEAR, attended_id, "applying");
    end = g_get_monotonic_time () + 600 * 1000;
    while (g_get_monotonic_time () < end)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (2000);
      }
    g_assert_cmpstr (sxsh_indicator_card_get_secondary_text (card), ==, "50,0% (2 / 4)");
    g_assert_true (sxsh_dashboard_page_is_busy (page));

    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "dashboard");
    g_assert_true (sxsh_ui_test_wait_for (dashboard_idle, page, 10));
    g_assert_cmpstr (sxsh_indicator_card_get_secondary_text (card), ==, "75,0% (3 / 4)");
  }
}

static gboolean
grid_has_cells (gpointer data)
{
  SxshYearGridPage *grid = data;
  SxshYearSheet *sheet = sxsh_year_grid_page_get_sheet (grid);

  return sheet != NULL && g_list_model_get_n_items (G_LIST_MODEL (sheet)) > 0
         && sxsh_year_table_get_cell (sxsh_year_grid_page_get_table (grid), 0, "applying") != NULL;
}

/* What an officer ticks in the year grid shows on the dashboard's cards:
 * the whole way through the windows, as a user works. */
static void
check_grid_to_dashboard (SxshWindow *window)
{
  SxshDashboardPage *page = show_year (window, YEAR);
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (page), ADW_TYPE_VIEW_STACK);
  SxshYearGridPage *grid = SXSH_YEAR_GRID_PAGE (sxsh_window_get_page (window, "year-data"));
  SxshYearSheet *sheet;
  SxshGridCell *cell = NULL;
  guint n;

  g_assert_false (applying_reads (page));

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "year-data");
  g_assert_true (sxsh_ui_test_wait_for (grid_has_cells, grid, 10));
  sheet = sxsh_year_grid_page_get_sheet (grid);
  n = g_list_model_get_n_items (G_LIST_MODEL (sheet));
  for (guint i = 0; i < n && cell == NULL; i++)
    {
      g_autoptr(SxshYearRecord) record = g_list_model_get_item (G_LIST_MODEL (sheet), i);

      if (sxsh_year_record_get_facility_id (record) == neither_id)
        cell = sxsh_year_table_get_cell (sxsh_year_grid_page_get_table (grid), i, "applying");
    }
  g_assert_nonnull (cell);
  g_assert_false (sxsh_grid_cell_get_active (cell));
  sxsh_grid_cell_toggle (cell);
  g_assert_true (sxsh_grid_cell_get_active (cell));

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "dashboard");
  g_assert_true (sxsh_ui_test_wait_for (applying_reads, page, 10));
  g_assert_true (sxsh_ui_test_wait_for (dashboard_idle, page, 10));
}

/* Clicking a card lists exactly the facilities behind it, and those not
 * counted behind the bar's second button. */
static void
check_drill_down (SxshWindow *window)
{
  SxshDashboardPage *page = show_year (window, YEAR);
  SxshFacilitiesPage *facilities = get_facilities (window);
  SxshIndicatorCard *card = sxsh_dashboard_page_get_card (page, "informed");
  g_autoptr(GArray) counted = ids_of (applying_id, informed_id, attended_id, (gint64) 0);
  g_autoptr(GArray) not_counted = ids_of (neither_id, (gint64) 0);
  g_autoptr(GArray) everything = ids_of (applying_id, informed_id, attended_id, neither_id,
                                         no_potential_id, (gint64) 0);

  /* A click on the card: its button activates the drill-down action. */
  g_assert_true (gtk_widget_activate (sxsh_indicator_card_get_main_button (card)));
  g_assert_true (sxsh_ui_test_wait_for (facilities_shown, window, 10));
  assert_shows (facilities, counted);
  g_assert_cmpstr (sxsh_facilities_page_get_drilldown_title (facilities), ==,
                   "Showing the 3 facilities counted in “Informed about cleaner production”, "
                   "2024");
  g_assert_cmpstr (sxsh_facilities_page_get_count_text (facilities), ==, "Shown 3 of 5 facilities");

  sxsh_facilities_page_set_drilldown_not_counted (facilities, TRUE);
  sxsh_ui_test_iterate ();
  assert_shows (facilities, not_counted);
  g_assert_true (g_str_has_prefix (sxsh_facilities_page_get_drilldown_title (facilities),
                                   "Showing the 1 facility not counted in"));

  sxsh_facilities_page_show_all (facilities);
  sxsh_ui_test_iterate ();
  assert_shows (facilities, everything);
  g_assert_null (sxsh_facilities_page_get_drilldown_title (facilities));

  /* The second row of the saving card: the facilities applying CP. */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (page),
                                                                                ADW_TYPE_VIEW_STACK)),
                                         "dashboard");
  card = sxsh_dashboard_page_get_card (page, "applying_saving");
  g_assert_true (gtk_widget_activate (sxsh_indicator_card_get_secondary_button (card)));
  g_assert_true (sxsh_ui_test_wait_for (facilities_shown, window, 10));
  {
    g_autoptr(GArray) applying = ids_of (applying_id, (gint64) 0);

    assert_shows (facilities, applying);
  }

  /* The same through the action, for a row of the year's work: the
   * applying facility has no energy data, so no saving can be computed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "dashboard.drill-down", "s",
                                             "saving-none"));
  sxsh_ui_test_iterate ();
  {
    g_autoptr(GArray) applying = ids_of (applying_id, (gint64) 0);

    assert_shows (facilities, applying);
  }
  g_assert_nonnull (sxsh_facilities_page_get_drilldown_title (facilities));

  /* The facilities behind a number are those of its year: another year
   * lists every facility again. */
  sxsh_window_set_year (window, YEAR + 1);
  sxsh_ui_test_iterate ();
  g_assert_null (sxsh_facilities_page_get_drilldown_title (facilities));
  assert_shows (facilities, everything);
}

/* What is under the pointer in the charts, and a click on a bar. */
static void
check_chart_hits (SxshWindow *window)
{
  SxshDashboardPage *page = show_year (window, YEAR);
  SxshFacilitiesPage *facilities = get_facilities (window);
  SxshChartWidget *sector = sxsh_dashboard_page_get_chart (page, "sector");
  SxshChartWidget *trend = sxsh_dashboard_page_get_chart (page, "trend");
  SxshChart *chart = sxsh_chart_widget_get_chart (sector);
  g_autofree char *text = NULL;
  SxshChartHit hit;
  double x, y;

  /* The rubber sector comes first (three facilities with potential): one
   * applying, two informed; the wood sector has one, neither. */
  g_assert_cmpuint (sxsh_chart_get_n_categories (chart), ==, 2);
  g_assert_cmpstr (sxsh_chart_get_category (chart, 0), ==, "Chế biến mủ cao su");
  g_assert_cmpfloat (sxsh_chart_get_value (chart, SXSH_BREAKDOWN_APPLYING, 0), ==, 1);
  g_assert_cmpfloat (sxsh_chart_get_value (chart, SXSH_BREAKDOWN_INFORMED, 0), ==, 2);
  g_assert_cmpfloat (sxsh_chart_get_value (chart, SXSH_BREAKDOWN_NEITHER, 1), ==, 1);

  /* No facility has an administrative unit: one bar for them all. */
  {
    SxshChart *units = sxsh_chart_widget_get_chart (sxsh_dashboard_page_get_chart (page, "unit"));

    g_assert_cmpuint (sxsh_chart_get_n_categories (units), ==, 1);
    g_assert_cmpstr (sxsh_chart_get_category (units, 0), ==, "No unit");
    g_assert_cmpfloat (sxsh_chart_get_value (units, SXSH_BREAKDOWN_APPLYING, 0), ==, 1);
    g_assert_cmpfloat (sxsh_chart_get_value (units, SXSH_BREAKDOWN_INFORMED, 0), ==, 2);
    g_assert_cmpfloat (sxsh_chart_get_value (units, SXSH_BREAKDOWN_NEITHER, 0), ==, 1);
  }

  g_assert_true (find_hit (sector, SXSH_CHART_HIT_SEGMENT, SXSH_BREAKDOWN_INFORMED, 0, &x, &y));
  g_assert_true (sxsh_chart_widget_hit_test (sector, x, y, &hit));
  g_assert_cmpfloat (hit.value, ==, 2);
  text = sxsh_chart_widget_get_hit_text (sector, &hit);
  g_assert_cmpstr (text, ==, "Chế biến mủ cao su\nInformed, not applying: 2 of 3 facilities");

  /* A click on the bar lists its two facilities, the rest of the sector
   * behind the second button. */
  g_assert_true (sxsh_chart_widget_activate_at (sector, x, y));
  sxsh_ui_test_iterate ();
  g_assert_cmpstr (visible_page (window), ==, "facilities");
  {
    g_autoptr(GArray) informed = ids_of (informed_id, attended_id, (gint64) 0);
    g_autoptr(GArray) applying = ids_of (applying_id, (gint64) 0);

    assert_shows (facilities, informed);
    sxsh_facilities_page_set_drilldown_not_counted (facilities, TRUE);
    sxsh_ui_test_iterate ();
    assert_shows (facilities, applying);
  }
  sxsh_facilities_page_show_all (facilities);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (page),
                                                                                ADW_TYPE_VIEW_STACK)),
                                         "dashboard");
  for (int i = 0; i < 5; i++)
    {
      sxsh_ui_test_iterate ();
      g_usleep (10000);
    }

  /* The trend chart: the point of "Informed" in YEAR. */
  chart = sxsh_chart_widget_get_chart (trend);
  {
    int category = -1;

    for (guint c = 0; c < sxsh_chart_get_n_categories (chart); c++)
      if (g_strcmp0 (sxsh_chart_get_category (chart, c), "2024") == 0)
        category = (int) c;
    g_assert_cmpint (category, >=, 0);
    g_assert_cmpfloat (sxsh_chart_get_value (chart, 0, category), ==, 75);
    g_assert_true (find_hit (trend, SXSH_CHART_HIT_POINT, 0, category, &x, &y));
    g_clear_pointer (&text, g_free);
    g_assert_true (sxsh_chart_widget_hit_test (trend, x, y, &hit));
    text = sxsh_chart_widget_get_hit_text (trend, &hit);
    g_assert_cmpstr (text, ==, "Informed about cleaner production, 2024: 75%\n3 / 4 facilities");
  }
}

static void
check_empty (SxshWindow *window)
{
  SxshDashboardPage *page = show_year (window, YEAR);

  g_assert_cmpstr (sxsh_dashboard_page_get_visible_view (page), ==, "empty");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "dashboard.show-facilities", NULL));
  g_assert_cmpstr (visible_page (window), ==, "facilities");
}

/* Renders @widget into a PNG, as the user sees it. */
static void
save_screenshot (GtkWidget  *widget,
                 const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* The sample province, for the documentation: written to
 * $SXSH_SCREENSHOT_DIR/dashboard.png when that is set. */
static void
check_screenshot (SxshWindow *window)
{
  const char *out_dir = g_getenv ("SXSH_SCREENSHOT_DIR");
  const char *size = g_getenv ("SXSH_SCREENSHOT_SIZE");
  const char *name = g_getenv ("SXSH_SCREENSHOT_NAME");
  const char *year = g_getenv ("SXSH_SCREENSHOT_YEAR");
  g_autofree char *png = NULL;
  g_autofree char *tmp = NULL;
  int width = 1280;
  int height = 1900;
  SxshDashboardPage *page;

  if (size != NULL)
    sscanf (size, "%dx%d", &width, &height);
  if (g_getenv ("SXSH_SCREENSHOT_DARK") != NULL)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_window_unmaximize (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  /* The plan's last year by default. */
  page = show_year (window, year != NULL ? atoi (year) : 2020);
  g_assert_cmpstr (sxsh_dashboard_page_get_visible_view (page), ==, "content");

  tmp = g_dir_make_tmp ("sxsh-dashboard-shot-XXXXXX", NULL);
  png = g_build_filename (out_dir != NULL ? out_dir : tmp,
                          name != NULL ? name : "dashboard.png", NULL);
  save_screenshot (GTK_WIDGET (window), png);
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
  if (out_dir == NULL)
    g_remove (png);
  g_clear_pointer (&png, g_free);

  /* The facility list after a click on the "informed" card. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "dashboard.drill-down", "s",
                                             "informed"));
  g_assert_true (sxsh_ui_test_wait_for (facilities_shown, window, 10));
  for (int i = 0; i < 10; i++)
    {
      sxsh_ui_test_iterate ();
      g_usleep (10000);
    }
  png = g_build_filename (out_dir != NULL ? out_dir : tmp, "dashboard-drill-down.png", NULL);
  save_screenshot (GTK_WIDGET (window), png);
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
  if (out_dir == NULL)
    g_remove (png);
  g_rmdir (tmp);
}

int
main (int   argc,
      char *argv[])
{
  static const TestCase cards = { check_cards, DB_SMALL };
  static const TestCase refresh = { check_refresh, DB_SMALL };
  static const TestCase grid_to_dashboard = { check_grid_to_dashboard, DB_SMALL };
  static const TestCase drill_down = { check_drill_down, DB_SMALL };
  static const TestCase chart_hits = { check_chart_hits, DB_SMALL };
  static const TestCase empty = { check_empty, DB_EMPTY };
  static const TestCase screenshot = { check_screenshot, DB_SAMPLE };

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: skipping the UI tests.\n");
      return 77;
    }

  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/sxsh/ui/dashboard/cards", &cards, run_dashboard_test);
  g_test_add_data_func ("/sxsh/ui/dashboard/refresh", &refresh, run_dashboard_test);
  g_test_add_data_func ("/sxsh/ui/dashboard/grid-to-dashboard", &grid_to_dashboard,
                        run_dashboard_test);
  g_test_add_data_func ("/sxsh/ui/dashboard/drill-down", &drill_down, run_dashboard_test);
  g_test_add_data_func ("/sxsh/ui/dashboard/chart-hits", &chart_hits, run_dashboard_test);
  g_test_add_data_func ("/sxsh/ui/dashboard/empty", &empty, run_dashboard_test);
  g_test_add_data_func ("/sxsh/ui/dashboard/screenshot", &screenshot, run_dashboard_test);

  return g_test_run ();
}

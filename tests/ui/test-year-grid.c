/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>
#include <math.h>

#include "sxsh-database.h"
#include "sxsh-facilities-page-private.h"
#include "sxsh-facility-store.h"
#include "sxsh-facility-years.h"
#include "sxsh-reference.h"
#include "sxsh-sample.h"
#include "sxsh-year-grid-page-private.h"
#include "sxsh-ui-test-util.h"
#include "sxsh-test-util.h"

/* The year entry grid and a facility's years, on a database of their own,
 * driven through their cells as a user's typing and Enter would. */

#define YEAR 2024

typedef struct
{
  char             *dir;
  SxshDatabase     *db;
  GtkWidget        *window;
  SxshYearGridPage *page;
  gint64            sugar;      /* recorded in 2023, applying, with a baseline */
  gint64            brick;      /* recorded in 2023, informed only */
  gint64            coffee;     /* never recorded */
} Fixture;

static gint64
insert_facility (SxshFacilityStore *store,
                 const char        *name,
                 const char        *tax_code)
{
  g_autoptr(SxshFacility) facility = sxsh_facility_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_object_set (facility, "name", name, "tax-code", tax_code, "first-year", 2016,
                "cp-potential", TRUE, NULL);
  id = sxsh_facility_store_insert (store, facility, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

static SxshYearRecord *
find_record (SxshYearSheet *sheet,
             gint64         facility_id,
             guint         *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (sheet));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshYearRecord) record = g_list_model_get_item (G_LIST_MODEL (sheet), i);

      if (sxsh_year_record_get_facility_id (record) == facility_id)
        {
          if (position != NULL)
            *position = i;
          return record;   /* the sheet keeps it alive */
        }
    }

  g_assert_not_reached ();
}

/* The year before: written through the core, as an earlier session of the
 * grid would have. */
static void
record_previous_year (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshYearSheet) sheet = sxsh_year_sheet_new_for_year (f->db, YEAR - 1, &error);
  SxshYearRecord *record;

  g_assert_no_error (error);

  record = find_record (sheet, f->sugar, NULL);
  g_assert_true (sxsh_year_sheet_set_flag (sheet, record, "informed", TRUE, &error));
  g_assert_true (sxsh_year_sheet_set_flag (sheet, record, "applying", TRUE, &error));
  g_assert_true (sxsh_year_sheet_set_text (sheet, record, "output", "1000", &error));
  g_assert_true (sxsh_year_sheet_set_text (sheet, record, "output-unit", "t", &error));
  g_assert_true (sxsh_year_sheet_set_text (sheet, record, "resource:1", "250000", &error));
  g_assert_true (sxsh_year_sheet_set_flag (sheet, record, "is-baseline", TRUE, &error));
  g_assert_no_error (error);

  record = find_record (sheet, f->brick, NULL);
  g_assert_true (sxsh_year_sheet_set_flag (sheet, record, "informed", TRUE, &error));
  g_assert_no_error (error);
}

static gboolean
page_has_cells (gpointer data)
{
  Fixture *f = data;
  SxshYearTable *table = sxsh_year_grid_page_get_table (f->page);

  return sxsh_year_table_get_cell (table, 0, "informed") != NULL;
}

static void
open_page (Fixture *f,
           int      year)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->page = sxsh_year_grid_page_new (f->db);
  sxsh_year_grid_page_set_year (f->page, year);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->page));

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 720);
  gtk_window_set_child (GTK_WINDOW (f->window), overlay);
  gtk_window_present (GTK_WINDOW (f->window));
  sxsh_ui_test_iterate ();
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshFacilityStore) store = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("sxsh-year-grid-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->db = sxsh_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sxsh_reference_load (f->db, &error));
  g_assert_no_error (error);

  store = sxsh_facility_store_new (f->db);
  f->sugar = insert_facility (store, "Công ty Cổ phần Đường Kon Tum", "6100100104");
  f->brick = insert_facility (store, "Cơ sở sản xuất gạch Hiệp Thành", "6100200204");
  f->coffee = insert_facility (store, "Cơ sở chế biến cà phê An Phát", "6100300304");
  record_previous_year (f);

  open_page (f, YEAR);
  g_assert_true (sxsh_ui_test_wait_for (page_has_cells, f, 20));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  sxsh_ui_test_iterate ();

  g_assert_finalize_object (f->db);
  sxsh_test_remove_tree (f->dir);
  g_free (f->dir);
}

static SxshGridCell *
get_cell (Fixture    *f,
          gint64      facility_id,
          const char *field)
{
  SxshYearSheet *sheet = sxsh_year_grid_page_get_sheet (f->page);
  SxshYearTable *table = sxsh_year_grid_page_get_table (f->page);
  SxshGridCell *cell;
  guint position = 0;

  find_record (sheet, facility_id, &position);
  cell = sxsh_year_table_get_cell (table, position, field);
  g_assert_nonnull (cell);

  return cell;
}

/* Types @text into the cell and presses Enter, as a user would: the text
 * field's "activate" is what Enter emits. */
static void
type_and_enter (SxshGridCell *cell,
                const char   *text)
{
  GtkEditable *editable;

  gtk_widget_grab_focus (GTK_WIDGET (cell));
  sxsh_grid_cell_start_editing (cell, "", FALSE);
  editable = sxsh_grid_cell_get_editable (cell);
  g_assert_nonnull (editable);
  gtk_editable_set_text (editable, text);
  g_signal_emit_by_name (editable, "activate");
}

static double
query_double (Fixture    *f,
              const char *sql,
              gint64      facility_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (f->db, sql, &error);
  double value = NAN;

  g_assert_no_error (error);
  sxsh_statement_bind_int64 (stmt, 1, facility_id);
  sxsh_statement_bind_int64 (stmt, 2, YEAR);
  if (sxsh_statement_step (stmt, &error) == SXSH_STEP_ROW && !sxsh_statement_is_null (stmt, 0))
    value = sxsh_statement_get_double (stmt, 0);
  g_assert_no_error (error);

  return value;
}

static gint64
count_rows (Fixture *f,
            gint64   facility_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt = NULL;
  gint64 count;

  stmt = sxsh_database_prepare (f->db,
                                "SELECT count(*) FROM facility_year "
                                "WHERE facility_id = ?1 AND year = ?2", &error);
  g_assert_no_error (error);
  sxsh_statement_bind_int64 (stmt, 1, facility_id);
  sxsh_statement_bind_int64 (stmt, 2, YEAR);
  g_assert_cmpint (sxsh_statement_step (stmt, &error), ==, SXSH_STEP_ROW);
  count = sxsh_statement_get_int64 (stmt, 0);

  return count;
}

typedef struct
{
  GtkWidget *window;
  GtkWidget *widget;
} FocusCheck;

static gboolean
has_focus (gpointer data)
{
  FocusCheck *check = data;

  return gtk_root_get_focus (GTK_ROOT (check->window)) == check->widget;
}

static void
test_rows_and_columns (Fixture       *f,
                       gconstpointer  data)
{
  SxshYearTable *table = sxsh_year_grid_page_get_table (f->page);
  GtkColumnView *view = sxsh_year_table_get_column_view (table);
  GListModel *columns = gtk_column_view_get_columns (view);
  gboolean found_electricity = FALSE;
  SxshGridCell *cell;

  g_assert_cmpstr (sxsh_year_grid_page_get_visible_view (f->page), ==, "table");
  g_assert_cmpstr (sxsh_year_grid_page_get_count_text (f->page), ==, "3 facilities");

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), "Điện năng (kWh)") == 0)
        found_electricity = TRUE;
    }
  g_assert_true (found_electricity);

  /* The brick works' 2024 statuses are carried from 2023: shown dimmed,
   * with the reason in the tooltip. */
  cell = get_cell (f, f->brick, "informed");
  g_assert_true (sxsh_grid_cell_get_active (cell));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "dim-label"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (cell)), ==,
                   "Carried forward from an earlier year");

  /* The sugar mill's carried output unit is shown for 2024 too. */
  cell = get_cell (f, f->sugar, "output-unit");
  g_assert_cmpstr (sxsh_grid_cell_get_text (cell), ==, "t");
}

static void
test_enter_values (Fixture       *f,
                   gconstpointer  data)
{
  SxshYearSheet *sheet = sxsh_year_grid_page_get_sheet (f->page);
  SxshYearRecord *record = find_record (sheet, f->sugar, NULL);
  SxshGridCell *cell;
  FocusCheck check;
  guint position = 0;

  find_record (sheet, f->coffee, &position);
  g_assert_cmpuint (position, ==, 0);

  cell = get_cell (f, f->coffee, "output");
  type_and_enter (cell, "1.250,5");
  g_assert_cmpfloat (query_double (f, "SELECT output FROM facility_year "
                                      "WHERE facility_id = ?1 AND year = ?2", f->coffee),
                     ==, 1250.5);
  g_assert_false (sxsh_grid_cell_get_editing (cell));
  g_assert_null (sxsh_grid_cell_get_error (cell));
  g_assert_cmpstr (sxsh_grid_cell_get_text (cell), ==, "1.250,5");

  /* Enter went down to the same column of the next row. */
  check.window = f->window;
  check.widget = GTK_WIDGET (sxsh_year_table_get_cell (sxsh_year_grid_page_get_table (f->page),
                                                       position + 1, "output"));
  g_assert_nonnull (check.widget);
  g_assert_true (sxsh_ui_test_wait_for (has_focus, &check, 20));

  /* The sugar mill's output and electricity, against its 2023 baseline. */
  type_and_enter (get_cell (f, f->sugar, "output"), "1.250,5");
  cell = get_cell (f, f->sugar, "resource:1");
  type_and_enter (cell, "200.000");
  g_assert_cmpfloat (query_double (f, "SELECT quantity FROM consumption "
                                      "WHERE facility_id = ?1 AND year = ?2 AND resource_id = 1",
                                   f->sugar), ==, 200000);
  g_assert_cmpstr (sxsh_grid_cell_get_text (cell), ==, "200.000");

  /* (200000 / 1250.5) against (250000 / 1000) kWh per tonne: a 36% saving. */
  g_assert_cmpfloat_with_epsilon (sxsh_year_record_get_saving_pct (record), 36.02, 0.01);

  /* Emptying a cell clears the figure. */
  type_and_enter (cell, "");
  g_assert_true (isnan (query_double (f, "SELECT quantity FROM consumption "
                                         "WHERE facility_id = ?1 AND year = ?2 "
                                         "AND resource_id = 1", f->sugar)));
  g_assert_true (isnan (sxsh_year_record_get_saving_pct (record)));
}

static void
test_invalid_value (Fixture       *f,
                    gconstpointer  data)
{
  SxshGridCell *cell = get_cell (f, f->coffee, "output");
  const char *tooltip;

  type_and_enter (cell, "nhiều");

  /* Refused: marked, the reason in the tooltip and the status line, the
   * text kept for fixing, and nothing written. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "error"));
  tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (cell));
  g_assert_nonnull (tooltip);
  g_assert_nonnull (strstr (tooltip, "Output"));
  g_assert_nonnull (strstr (tooltip, "nhiều"));
  g_assert_cmpstr (sxsh_year_grid_page_get_status_text (f->page), ==, tooltip);
  g_assert_true (sxsh_grid_cell_get_editing (cell));
  g_assert_cmpstr (gtk_editable_get_text (sxsh_grid_cell_get_editable (cell)), ==, "nhiều");
  g_assert_cmpint (count_rows (f, f->coffee), ==, 0);

  /* A negative figure is refused too. */
  gtk_editable_set_text (sxsh_grid_cell_get_editable (cell), "-5");
  g_signal_emit_by_name (sxsh_grid_cell_get_editable (cell), "activate");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "error"));
  g_assert_cmpint (count_rows (f, f->coffee), ==, 0);

  /* Fixing it clears the mark and saves. */
  gtk_editable_set_text (sxsh_grid_cell_get_editable (cell), "42");
  g_signal_emit_by_name (sxsh_grid_cell_get_editable (cell), "activate");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cell), "error"));
  g_assert_null (gtk_widget_get_tooltip_text (GTK_WIDGET (cell)));
  g_assert_cmpfloat (query_double (f, "SELECT output FROM facility_year "
                                      "WHERE facility_id = ?1 AND year = ?2", f->coffee),
                     ==, 42);

  /* A bad date; Escape gives it up and shows the saved value again. */
  cell = get_cell (f, f->coffee, "report-received");
  type_and_enter (cell, "31/02/2024");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "error"));
  sxsh_grid_cell_stop_editing (cell, TRUE);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cell), "error"));
  g_assert_cmpstr (sxsh_grid_cell_get_text (cell), ==, "");
  g_assert_true (isnan (query_double (f, "SELECT julianday (report_received) "
                                         "FROM facility_year WHERE facility_id = ?1 "
                                         "AND year = ?2", f->coffee)));
}

static void
test_refused_value_survives_scrolling (Fixture       *f,
                                       gconstpointer  data)
{
  SxshGridCell *cell;
  SxshGridCell *other;

  /* A refused value left by clicking elsewhere stays in its cell, marked,
   * even after the grid reads the year again. */
  cell = get_cell (f, f->coffee, "output");
  type_and_enter (cell, "abc");
  other = get_cell (f, f->sugar, "notes");
  gtk_widget_grab_focus (GTK_WIDGET (other));
  sxsh_ui_test_iterate ();
  g_assert_false (sxsh_grid_cell_get_editing (cell));
  g_assert_cmpstr (sxsh_grid_cell_get_text (cell), ==, "abc");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "error"));

  gtk_widget_queue_allocate (GTK_WIDGET (sxsh_year_grid_page_get_table (f->page)));
  sxsh_ui_test_iterate ();
  cell = get_cell (f, f->coffee, "output");
  g_assert_cmpstr (sxsh_grid_cell_get_text (cell), ==, "abc");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "error"));
  g_assert_cmpint (count_rows (f, f->coffee), ==, 0);
}

static void
test_toggle_status (Fixture       *f,
                    gconstpointer  data)
{
  SxshGridCell *cell = get_cell (f, f->coffee, "informed");

  g_assert_false (sxsh_grid_cell_get_active (cell));
  sxsh_grid_cell_toggle (cell);
  g_assert_true (sxsh_grid_cell_get_active (cell));
  g_assert_cmpfloat (query_double (f, "SELECT informed FROM facility_year "
                                      "WHERE facility_id = ?1 AND year = ?2", f->coffee),
                     ==, 1);

  /* Saving a carried row gives it its own row: no longer dimmed. */
  cell = get_cell (f, f->brick, "dedicated-unit");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "dim-label"));
  sxsh_grid_cell_toggle (cell);
  g_assert_cmpfloat (query_double (f, "SELECT dedicated_unit FROM facility_year "
                                      "WHERE facility_id = ?1 AND year = ?2", f->brick),
                     ==, 1);
  g_assert_cmpfloat (query_double (f, "SELECT informed FROM facility_year "
                                      "WHERE facility_id = ?1 AND year = ?2", f->brick),
                     ==, 1);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cell), "dim-label"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (get_cell (f, f->brick, "informed")),
                                            "dim-label"));
}

static void
test_copy_last_year (Fixture       *f,
                     gconstpointer  data)
{
  g_assert_cmpint (count_rows (f, f->sugar), ==, 0);
  g_assert_cmpint (count_rows (f, f->brick), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "year-grid.copy-last-year",
                                             NULL));
  g_assert_cmpstr (sxsh_year_grid_page_get_toast_title (f->page), ==,
                   "Statuses of the previous year copied for 2 facilities");
  g_assert_cmpint (count_rows (f, f->sugar), ==, 1);
  g_assert_cmpint (count_rows (f, f->brick), ==, 1);
  g_assert_cmpint (count_rows (f, f->coffee), ==, 0);
  g_assert_cmpfloat (query_double (f, "SELECT applying FROM facility_year "
                                      "WHERE facility_id = ?1 AND year = ?2", f->sugar),
                     ==, 1);

  /* The copied rows are the year's own now. */
  g_assert_true (sxsh_ui_test_wait_for (page_has_cells, f, 20));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (get_cell (f, f->brick, "informed")),
                                            "dim-label"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "year-grid.copy-last-year",
                                             NULL));
  g_assert_cmpstr (sxsh_year_grid_page_get_toast_title (f->page), ==,
                   "Nothing to copy: every facility has a row for 2024 already, "
                   "or no earlier year");
}

static gboolean
count_is (gpointer data)
{
  Fixture *f = data;

  return g_strcmp0 (sxsh_year_grid_page_get_count_text (f->page), "Shown 1 of 3 facilities") == 0;
}

static gboolean
no_results (gpointer data)
{
  Fixture *f = data;

  return g_strcmp0 (sxsh_year_grid_page_get_visible_view (f->page), "no-results") == 0;
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  GtkSearchEntry *entry = sxsh_year_grid_page_get_search_entry (f->page);
  SxshYearSheet *sheet = sxsh_year_grid_page_get_sheet (f->page);
  g_autoptr(SxshYearRecord) record = NULL;

  /* Without accents, as officers type. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "duong kon");
  g_assert_true (sxsh_ui_test_wait_for (count_is, f, 20));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sheet)), ==, 1);
  record = g_list_model_get_item (G_LIST_MODEL (sheet), 0);
  g_assert_cmpint (sxsh_year_record_get_facility_id (record), ==, f->sugar);

  /* By tax code. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "6100300304");
  g_assert_true (sxsh_ui_test_wait_for (count_is, f, 20));

  gtk_editable_set_text (GTK_EDITABLE (entry), "xyz");
  g_assert_true (sxsh_ui_test_wait_for (no_results, f, 20));
}

static void
test_keyboard_moves (Fixture       *f,
                     gconstpointer  data)
{
  SxshYearTable *table = sxsh_year_grid_page_get_table (f->page);
  SxshGridCell *cell = sxsh_year_table_get_cell (table, 0, "informed");
  FocusCheck check = { f->window, NULL };

  gtk_widget_grab_focus (GTK_WIDGET (cell));

  /* Tab: the next cell of the row. */
  g_signal_emit_by_name (cell, "move", SXSH_GRID_MOVE_NEXT);
  check.widget = GTK_WIDGET (sxsh_year_table_get_cell (table, 0, "applying"));
  g_assert_true (sxsh_ui_test_wait_for (has_focus, &check, 20));
  g_assert_cmpstr (sxsh_year_table_get_cursor_field (table), ==, "applying");

  /* Down, then Shift+Tab from the first cell: the last cell of the row
   * above. */
  g_signal_emit_by_name (check.widget, "move", SXSH_GRID_MOVE_DOWN);
  check.widget = GTK_WIDGET (sxsh_year_table_get_cell (table, 1, "applying"));
  g_assert_true (sxsh_ui_test_wait_for (has_focus, &check, 20));
  g_signal_emit_by_name (check.widget, "move", SXSH_GRID_MOVE_LEFT);
  check.widget = GTK_WIDGET (sxsh_year_table_get_cell (table, 1, "informed"));
  g_assert_true (sxsh_ui_test_wait_for (has_focus, &check, 20));
  g_signal_emit_by_name (check.widget, "move", SXSH_GRID_MOVE_PREVIOUS);
  check.widget = GTK_WIDGET (sxsh_year_table_get_cell (table, 0, "notes"));
  g_assert_true (sxsh_ui_test_wait_for (has_focus, &check, 20));
  g_assert_cmpuint (sxsh_year_table_get_cursor_row (table), ==, 0);

  /* Tab from the last cell wraps to the next row. */
  g_signal_emit_by_name (check.widget, "move", SXSH_GRID_MOVE_NEXT);
  check.widget = GTK_WIDGET (sxsh_year_table_get_cell (table, 1, "informed"));
  g_assert_true (sxsh_ui_test_wait_for (has_focus, &check, 20));

  /* Ctrl+End: the last row. */
  g_signal_emit_by_name (check.widget, "move", SXSH_GRID_MOVE_LAST);
  check.widget = GTK_WIDGET (sxsh_year_table_get_cell (table, 2, "informed"));
  g_assert_true (sxsh_ui_test_wait_for (has_focus, &check, 20));
  g_assert_nonnull (strstr (sxsh_year_grid_page_get_status_text (f->page), "Informed"));
}

static gboolean
sheet_is_previous_year (gpointer data)
{
  Fixture *f = data;
  SxshYearSheet *sheet = sxsh_year_table_get_sheet (sxsh_year_grid_page_get_table (f->page));

  return sheet != NULL && sxsh_year_sheet_get_year (sheet) == YEAR - 1;
}

static void
test_year_change_keeps_cursor (Fixture       *f,
                               gconstpointer  data)
{
  SxshYearTable *table = sxsh_year_grid_page_get_table (f->page);
  SxshYearSheet *sheet = sxsh_year_grid_page_get_sheet (f->page);
  g_autoptr(SxshYearRecord) record = NULL;
  guint position = 0;

  find_record (sheet, f->sugar, &position);
  sxsh_year_table_set_cursor (table, position, "resource:1");

  /* The window's year changes: the grid reads 2023, and the cursor stays
   * on the sugar mill's electricity. */
  sxsh_year_grid_page_set_year (f->page, YEAR - 1);
  g_assert_true (sxsh_ui_test_wait_for (sheet_is_previous_year, f, 20));
  sheet = sxsh_year_table_get_sheet (table);
  record = g_list_model_get_item (G_LIST_MODEL (sheet), sxsh_year_table_get_cursor_row (table));
  g_assert_cmpint (sxsh_year_record_get_facility_id (record), ==, f->sugar);
  g_assert_cmpstr (sxsh_year_table_get_cursor_field (table), ==, "resource:1");
  g_assert_true (sxsh_ui_test_wait_for (page_has_cells, f, 20));
  g_assert_cmpstr (sxsh_grid_cell_get_text (get_cell (f, f->sugar, "resource:1")), ==, "250.000");
}

static void
test_empty_year (Fixture       *f,
                 gconstpointer  data)
{
  /* Every facility starts in 2016. */
  sxsh_year_grid_page_set_year (f->page, 2010);
  sxsh_ui_test_iterate ();
  g_assert_cmpstr (sxsh_year_grid_page_get_visible_view (f->page), ==, "empty");

  /* Nothing to copy into: the action is off. */
  g_assert_false (gtk_widget_get_sensitive (sxsh_year_grid_page_get_copy_button (f->page)));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "year-grid.copy-last-year", NULL);
  g_assert_null (sxsh_year_grid_page_get_toast_title (f->page));

  sxsh_year_grid_page_set_year (f->page, YEAR);
  g_assert_true (sxsh_ui_test_wait_for (page_has_cells, f, 20));
  g_assert_cmpstr (sxsh_year_grid_page_get_visible_view (f->page), ==, "table");
  g_assert_true (gtk_widget_get_sensitive (sxsh_year_grid_page_get_copy_button (f->page)));
}

static gboolean
grid_shows_new_facility (gpointer data)
{
  Fixture *f = data;
  SxshYearSheet *sheet = sxsh_year_table_get_sheet (sxsh_year_grid_page_get_table (f->page));

  return sheet != NULL && sxsh_year_sheet_get_total (sheet) == 4;
}

static void
test_reload_on_change (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SxshFacilityStore) store = sxsh_facility_store_new (f->db);

  /* A facility registered elsewhere shows up in the grid. */
  insert_facility (store, "Nhà máy thủy điện Đăk Bla", NULL);
  sxsh_database_notify_changed (f->db, "facility");
  g_assert_true (sxsh_ui_test_wait_for (grid_shows_new_facility, f, 20));
  g_assert_cmpstr (sxsh_year_grid_page_get_count_text (f->page), ==, "4 facilities");
}

static gboolean
years_have_cells (gpointer data)
{
  SxshFacilityYears *years = data;

  return sxsh_year_table_get_cell (sxsh_facility_years_get_table (years), 0, "output") != NULL;
}

static void
test_facility_years (Fixture       *f,
                     gconstpointer  data)
{
  SxshFacilityYears *years = sxsh_facility_years_new (f->db, f->sugar, 2020, YEAR);
  SxshYearTable *table = sxsh_facility_years_get_table (years);
  SxshYearSheet *sheet;
  GtkWidget *window = gtk_window_new ();
  g_autoptr(SxshYearRecord) first = NULL;
  SxshGridCell *cell;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (years));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (sxsh_ui_test_wait_for (years_have_cells, years, 20));

  /* One row per year from 2020 to 2024; 2023 is the one with data. */
  sheet = sxsh_year_table_get_sheet (table);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sheet)), ==, 5);
  first = g_list_model_get_item (G_LIST_MODEL (sheet), 0);
  g_assert_cmpint (sxsh_year_record_get_year (first), ==, 2020);
  cell = sxsh_year_table_get_cell (table, 3, "output");
  g_assert_cmpstr (sxsh_grid_cell_get_text (cell), ==, "1.000");

  /* The same cells as the grid: 2024's output and electricity. */
  cell = sxsh_year_table_get_cell (table, 4, "output");
  type_and_enter (cell, "800");
  cell = sxsh_year_table_get_cell (table, 4, "resource:1");
  type_and_enter (cell, "180.000");
  g_assert_cmpfloat (query_double (f, "SELECT output FROM facility_year "
                                      "WHERE facility_id = ?1 AND year = ?2", f->sugar),
                     ==, 800);

  /* 225 kWh/t against 250 kWh/t in the baseline year: 10%, within the band. */
  {
    g_autoptr(SxshYearRecord) record = g_list_model_get_item (G_LIST_MODEL (sheet), 4);

    g_assert_cmpfloat_with_epsilon (sxsh_year_record_get_saving_pct (record), 10.0, 0.001);
  }

  cell = sxsh_year_table_get_cell (table, 4, "output");
  type_and_enter (cell, "lots");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "error"));
  g_assert_cmpfloat (query_double (f, "SELECT output FROM facility_year "
                                      "WHERE facility_id = ?1 AND year = ?2", f->sugar),
                     ==, 800);

  gtk_window_destroy (GTK_WINDOW (window));
  sxsh_ui_test_iterate ();
}

static SxshFacilityYears *
find_facility_years (GtkWidget *widget)
{
  if (SXSH_IS_FACILITY_YEARS (widget))
    return SXSH_FACILITY_YEARS (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      SxshFacilityYears *years = find_facility_years (child);

      if (years != NULL)
        return years;
    }

  return NULL;
}

/* The window opened on a facility's years, if any. */
static GtkWindow *
find_years_window (SxshFacilityYears **years)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      *years = find_facility_years (GTK_WIDGET (window));
      if (*years != NULL)
        return window;
    }

  return NULL;
}

static void
test_show_years_from_grid (Fixture       *f,
                           gconstpointer  data)
{
  SxshYearSheet *sheet = sxsh_year_grid_page_get_sheet (f->page);
  SxshYearTable *table = sxsh_year_grid_page_get_table (f->page);
  SxshFacilityYears *years = NULL;
  GtkWindow *window;
  guint position = 0;

  find_record (sheet, f->sugar, &position);
  sxsh_year_table_set_cursor (table, position, "output");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "year-grid.show-years", NULL));

  window = find_years_window (&years);
  g_assert_nonnull (window);
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Công ty Cổ phần Đường Kon Tum");
  g_assert_true (gtk_window_get_transient_for (window) == GTK_WINDOW (f->window));

  /* From the plan's first year, 2016, to the grid's year. */
  sheet = sxsh_year_table_get_sheet (sxsh_facility_years_get_table (years));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sheet)), ==, YEAR - 2016 + 1);

  gtk_window_destroy (window);
  sxsh_ui_test_iterate ();
}

static void
test_show_years_from_facilities (Fixture       *f,
                                 gconstpointer  data)
{
  SxshFacilitiesPage *page = sxsh_facilities_page_new (f->db);
  GtkWidget *window = gtk_window_new ();
  SxshFacilityYears *years = NULL;
  GtkWindow *years_window;
  SxshYearSheet *sheet;
  g_autoptr(SxshYearRecord) last = NULL;

  sxsh_facilities_page_set_year (page, YEAR);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  sxsh_ui_test_iterate ();

  g_assert_true (sxsh_facilities_page_select_facility (page, f->brick));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "facilities.show-years", NULL));

  years_window = find_years_window (&years);
  g_assert_nonnull (years_window);
  g_assert_cmpstr (gtk_window_get_title (years_window), ==, "Cơ sở sản xuất gạch Hiệp Thành");

  /* From the facility's first active year to the reporting year. */
  sheet = sxsh_year_table_get_sheet (sxsh_facility_years_get_table (years));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sheet)), ==, YEAR - 2016 + 1);
  last = g_list_model_get_item (G_LIST_MODEL (sheet), YEAR - 2016);
  g_assert_cmpint (sxsh_year_record_get_year (last), ==, YEAR);
  g_assert_true (sxsh_year_record_get_informed (last));
  g_assert_false (sxsh_year_record_get_recorded (last));

  gtk_window_destroy (years_window);
  gtk_window_destroy (GTK_WINDOW (window));
  sxsh_ui_test_iterate ();
}

/* Renders the window into a PNG, as the user sees it. */
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

static gboolean
wait_frames_cb (gpointer data)
{
  gboolean *done = data;

  *done = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* The grid of the sample province, for the documentation.  Written to
 * $SXSH_SCREENSHOT_DIR/year-grid.png when that is set. */
static void
test_screenshot (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sxsh-year-grid-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sample.db", NULL);
  g_autofree char *png = NULL;
  const char *out_dir = g_getenv ("SXSH_SCREENSHOT_DIR");
  Fixture f = { 0 };
  SxshYearTable *table;
  SxshGridCell *cell;
  gboolean done = FALSE;
  gint64 start;

  f.dir = g_steal_pointer (&dir);
  if (g_getenv ("SXSH_SAMPLE_DB") != NULL)
    {
      /* A bigger province made beforehand, to see how the grid copes. */
      f.db = sxsh_database_open (g_getenv ("SXSH_SAMPLE_DB"), &error);
      g_assert_no_error (error);
    }
  else
    {
      f.db = sxsh_database_open (path, &error);
      g_assert_no_error (error);
      g_assert_true (sxsh_sample_generate (f.db, SXSH_SAMPLE_DEFAULT_FACILITIES,
                                           SXSH_SAMPLE_DEFAULT_SEED, &error));
      g_assert_no_error (error);
    }

  start = g_get_monotonic_time ();
  open_page (&f, 2025);
  g_assert_true (sxsh_ui_test_wait_for (page_has_cells, &f, 20));
  g_test_message ("Grid of %u facilities shown in %.0f ms",
                  sxsh_year_sheet_get_total (sxsh_year_grid_page_get_sheet (f.page)),
                  (g_get_monotonic_time () - start) / 1000.0);

  /* A refused value and the cursor, as they look. */
  table = sxsh_year_grid_page_get_table (f.page);
  cell = sxsh_year_table_get_cell (table, 2, "output");
  type_and_enter (cell, "12,5 tấn");
  gtk_widget_grab_focus (GTK_WIDGET (sxsh_year_table_get_cell (table, 3, "output")));
  sxsh_grid_cell_start_editing (sxsh_year_table_get_cell (table, 3, "output"), NULL, FALSE);
  g_timeout_add (300, wait_frames_cb, &done);
  g_assert_true (sxsh_ui_test_wait_for (is_true, &done, 20));

  png = g_build_filename (out_dir != NULL ? out_dir : f.dir, "year-grid.png", NULL);
  save_screenshot (f.window, png);
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
  if (out_dir == NULL)
    g_remove (png);
  g_clear_pointer (&png, g_free);

  /* A facility's years: the first one of the grid with a saving. */
  {
    SxshYearSheet *sheet = sxsh_year_grid_page_get_sheet (f.page);
    g_autoptr(SxshYearRecord) record = NULL;
    GtkWindow *window;

    for (guint i = 0; record == NULL && i < g_list_model_get_n_items (G_LIST_MODEL (sheet)); i++)
      {
        record = g_list_model_get_item (G_LIST_MODEL (sheet), i);
        if (isnan (sxsh_year_record_get_saving_pct (record)))
          g_clear_object (&record);
      }
    g_assert_nonnull (record);

    window = sxsh_facility_years_present (GTK_WIDGET (f.page), f.db,
                                          sxsh_year_record_get_facility_id (record),
                                          sxsh_year_record_get_facility_name (record),
                                          sxsh_year_record_get_tax_code (record), 0, 2025);
    gtk_window_set_default_size (window, 1280, 720);
    done = FALSE;
    g_timeout_add (500, wait_frames_cb, &done);
    g_assert_true (sxsh_ui_test_wait_for (is_true, &done, 20));

    png = g_build_filename (out_dir != NULL ? out_dir : f.dir, "facility-years.png", NULL);
    save_screenshot (GTK_WIDGET (window), png);
    g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
    if (out_dir == NULL)
      g_remove (png);
    gtk_window_destroy (window);
  }

  fixture_teardown (&f, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) provider = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: skipping the UI tests.\n");
      return 77;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* The application's style sheet, which AdwApplication would load. */
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/sxsh/Tracker/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

#define ADD(path, func) \
  g_test_add ("/sxsh/ui/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("year-grid/rows-and-columns", test_rows_and_columns);
  ADD ("year-grid/enter-values", test_enter_values);
  ADD ("year-grid/invalid-value", test_invalid_value);
  ADD ("year-grid/refused-value-survives", test_refused_value_survives_scrolling);
  ADD ("year-grid/toggle-status", test_toggle_status);
  ADD ("year-grid/copy-last-year", test_copy_last_year);
  ADD ("year-grid/filter", test_filter);
  ADD ("year-grid/keyboard-moves", test_keyboard_moves);
  ADD ("year-grid/empty-year", test_empty_year);
  ADD ("year-grid/year-change-keeps-cursor", test_year_change_keeps_cursor);
  ADD ("year-grid/reload-on-change", test_reload_on_change);
  ADD ("facility-years/edit", test_facility_years);
  ADD ("facility-years/from-grid", test_show_years_from_grid);
  ADD ("facility-years/from-facilities", test_show_years_from_facilities);
  g_test_add_func ("/sxsh/ui/year-grid/screenshot", test_screenshot);

#undef ADD

  return g_test_run ();
}

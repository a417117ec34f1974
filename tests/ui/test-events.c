/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "sxsh-event-editor-private.h"
#include "sxsh-events-page-private.h"
#include "sxsh-facility-activities.h"
#include "sxsh-facility-picker.h"
#include "sxsh-facility-store.h"
#include "sxsh-indicators.h"
#include "sxsh-named-item.h"
#include "sxsh-reference.h"
#include "sxsh-sample.h"
#include "sxsh-support-store.h"
#include "sxsh-ui-test-util.h"
#include "sxsh-test-util.h"

/* The communication and training page on a database of its own, driven
 * through the same actions, fields and keys a user triggers. */

#define YEAR 2024

typedef struct
{
  char           *dir;
  SxshDatabase   *db;
  GtkWidget      *window;
  SxshEventsPage *page;
  gint64          sugar;
  gint64          brick;
  gint64          coffee;
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

static void
open_page (Fixture *f,
           int      year)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->page = sxsh_events_page_new (f->db);
  sxsh_events_page_set_year (f->page, year);
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

  f->dir = g_dir_make_tmp ("sxsh-events-XXXXXX", &error);
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

  open_page (f, YEAR);
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

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static SxshEventEditor *
open_new_editor (Fixture *f)
{
  SxshEventEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "events.add", NULL));
  sxsh_ui_test_iterate ();
  editor = sxsh_events_page_get_editor (f->page);
  g_assert_nonnull (editor);
  g_assert_true (find_toplevel (SXSH_TYPE_EVENT_EDITOR) == GTK_WINDOW (editor));
  return editor;
}

static void
type_text (SxshEventEditor *editor,
           const char      *field,
           const char      *text)
{
  GtkWidget *widget = sxsh_event_editor_get_field_widget (editor, field);

  g_assert_true (GTK_IS_EDITABLE (widget));
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
  sxsh_ui_test_iterate ();
}

/* Types part of a name in the picker's search and presses Enter, which
 * picks the first match. */
static void
pick_by_search (SxshFacilityPicker *picker,
                const char         *text)
{
  GtkSearchEntry *entry = sxsh_facility_picker_get_search_entry (picker);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  sxsh_ui_test_iterate ();
}

static gint64
count_rows (SxshDatabase *db,
            const char   *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = sxsh_database_query_int64 (db, sql, -1, &error);

  g_assert_no_error (error);
  return n;
}

static guint
informed_numerator (SxshDatabase *db,
                    int           year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshIndicatorReport) report = sxsh_indicators_compute (db, NULL, year, &error);

  g_assert_no_error (error);
  return sxsh_indicator_report_get_indicator (report, SXSH_INDICATOR_INFORMED)->numerator;
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_assert_cmpstr (sxsh_events_page_get_visible_view (f->page), ==, "empty");
  g_assert_nonnull (strstr (sxsh_events_page_get_count_text (f->page), "0 events"));
}

/* A workshop with two facilities chosen through the picker: the row in the
 * list, the attendance in the database, the informed indicator. */
static void
test_add_with_attendees (Fixture       *f,
                         gconstpointer  data)
{
  SxshEventEditor *editor = open_new_editor (f);
  SxshFacilityPicker *picker;
  g_autoptr(SxshEvent) event = NULL;
  guint informed_before = informed_numerator (f->db, YEAR);
  GtkWidget *kind;

  /* Save waits for a title and a date of the list's year. */
  g_assert_false (sxsh_event_editor_get_can_save (editor));
  kind = sxsh_event_editor_get_field_widget (editor, "kind");
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind), SXSH_EVENT_WORKSHOP);
  type_text (editor, "title", "Hội thảo Sản xuất sạch hơn năm 2024");
  type_text (editor, "date", "31/02/2024");
  g_assert_false (sxsh_event_editor_get_can_save (editor));
  g_assert_nonnull (sxsh_event_editor_get_field_message (editor, "date"));
  g_assert_nonnull (strstr (sxsh_event_editor_get_field_message (editor, "date"), "Date"));
  type_text (editor, "date", "12/09/2024");
  g_assert_null (sxsh_event_editor_get_field_message (editor, "date"));
  type_text (editor, "place", "Thành phố Kon Tum");
  type_text (editor, "cost", "15.000.000");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (sxsh_event_editor_get_field_widget (editor,
                                                                                 "participants")),
                             45);
  g_assert_true (sxsh_event_editor_get_can_save (editor));

  /* The attendees, chosen by typing a part of their names. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.pick-facilities", NULL));
  sxsh_ui_test_iterate ();
  picker = sxsh_event_editor_get_picker (editor);
  g_assert_nonnull (picker);
  g_assert_cmpuint (sxsh_facility_picker_get_n_shown (picker), ==, 3);
  pick_by_search (picker, "duong kon");
  g_assert_true (sxsh_facility_picker_is_selected (picker, f->sugar));
  pick_by_search (picker, "6100200204");
  g_assert_true (sxsh_facility_picker_is_selected (picker, f->brick));
  g_assert_false (sxsh_facility_picker_is_selected (picker, f->coffee));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (picker), "picker.done", NULL));
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (sxsh_event_editor_get_attendees (editor)), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  sxsh_ui_test_iterate ();
  g_assert_null (sxsh_events_page_get_editor (f->page));

  /* The row, selected, and the year's counts. */
  g_assert_cmpstr (sxsh_events_page_get_visible_view (f->page), ==, "table");
  event = gtk_single_selection_get_selected_item (sxsh_events_page_get_selection (f->page));
  g_assert_nonnull (event);
  g_object_ref (event);
  g_assert_cmpstr (sxsh_event_get_title (event), ==, "Hội thảo Sản xuất sạch hơn năm 2024");
  g_assert_cmpstr (sxsh_event_get_date (event), ==, "2024-09-12");
  g_assert_cmpint (sxsh_event_get_cost (event), ==, 15000000);
  g_assert_cmpint (sxsh_event_get_funding_source (event), ==, SXSH_FUNDING_LOCAL);
  g_assert_nonnull (strstr (sxsh_events_page_get_count_text (f->page),
                            "1 event, 45 participants in 2024"));

  /* The attendance in the database, and the facilities counted as informed. */
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM event_facility"), ==, 2);
  g_assert_cmpuint (informed_numerator (f->db, YEAR), ==, informed_before + 2);
}

/* Editing keeps the attendees; removing one in the editor removes it from
 * the database. */
static void
test_edit_attendees (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SxshEvent) event = sxsh_event_new ();
  g_autoptr(GError) error = NULL;
  gint64 ids[] = { f->sugar, f->coffee };
  SxshEventEditor *editor;
  GtkWidget *row;
  GtkWidget *button;

  g_object_set (event, "kind", SXSH_EVENT_TRAINING, "title", "Tập huấn SXSH", "date",
                "2024-03-05", NULL);
  sxsh_event_set_facility_ids (event, ids, 2);
  g_assert_cmpint (sxsh_event_store_insert (sxsh_events_page_get_store (f->page), event, &error),
                   >, 0);
  g_assert_no_error (error);
  sxsh_ui_test_iterate ();
  g_assert_true (sxsh_events_page_select_event (f->page, sxsh_event_get_id (event)));

  /* Enter on the row opens the editor. */
  g_signal_emit_by_name (sxsh_events_page_get_column_view (f->page), "activate", 0);
  sxsh_ui_test_iterate ();
  editor = sxsh_events_page_get_editor (f->page);
  g_assert_nonnull (editor);
  g_assert_cmpuint (g_list_model_get_n_items (sxsh_event_editor_get_attendees (editor)), ==, 2);

  /* The remove button of the first attendee row. */
  row = gtk_widget_get_first_child (sxsh_event_editor_get_field_widget (editor, "facilities"));
  g_assert_true (ADW_IS_ACTION_ROW (row));
  button = NULL;
  for (GtkWidget *w = row; w != NULL; )
    {
      if (GTK_IS_BUTTON (w) && g_object_get_data (G_OBJECT (w), "sxsh-item") != NULL)
        {
          button = w;
          break;
        }
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != row && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w == row ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (sxsh_event_editor_get_attendees (editor)), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  sxsh_ui_test_iterate ();
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM event_facility"), ==, 1);
}

/* Delete removes the row at once; Undo in the toast brings it back with its
 * attendees. */
static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SxshEvent) event = sxsh_event_new ();
  g_autoptr(GError) error = NULL;
  gint64 ids[] = { f->brick };
  AdwToast *toast;

  g_object_set (event, "kind", SXSH_EVENT_LEAFLET, "title", "Tờ rơi về SXSH", "date",
                "2024-06-01", "quantity", (gint64) 500, NULL);
  sxsh_event_set_facility_ids (event, ids, 1);
  g_assert_cmpint (sxsh_event_store_insert (sxsh_events_page_get_store (f->page), event, &error),
                   >, 0);
  g_assert_no_error (error);
  sxsh_ui_test_iterate ();
  g_assert_true (sxsh_events_page_select_event (f->page, sxsh_event_get_id (event)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "events.delete", NULL));
  sxsh_ui_test_iterate ();
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM event"), ==, 0);
  g_assert_cmpstr (sxsh_events_page_get_visible_view (f->page), ==, "empty");

  toast = sxsh_events_page_get_undo_toast (f->page);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "Tờ rơi về SXSH"));
  g_signal_emit_by_name (toast, "button-clicked");
  sxsh_ui_test_iterate ();
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM event"), ==, 1);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM event_facility"), ==, 1);
  g_assert_cmpstr (sxsh_events_page_get_visible_view (f->page), ==, "table");
  g_assert_nonnull (gtk_single_selection_get_selected_item (sxsh_events_page_get_selection (f->page)));
}

/* The search and the kind filter, and the year the list follows. */
static void
test_filter_and_year (Fixture       *f,
                      gconstpointer  data)
{
  struct { SxshEventKind kind; const char *title; const char *date; } events[] = {
    { SXSH_EVENT_WORKSHOP, "Hội thảo tiết kiệm năng lượng", "2024-04-10" },
    { SXSH_EVENT_ARTICLE, "Tin bài trên Báo Kon Tum", "2024-05-02" },
    { SXSH_EVENT_ARTICLE, "Phóng sự về mô hình SXSH", "2023-11-20" },
  };
  GtkSearchEntry *search = sxsh_events_page_get_search_entry (f->page);
  GListModel *shown = G_LIST_MODEL (sxsh_events_page_get_selection (f->page));

  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    {
      g_autoptr(SxshEvent) event = sxsh_event_new ();
      g_autoptr(GError) error = NULL;

      g_object_set (event, "kind", events[i].kind, "title", events[i].title,
                    "date", events[i].date, NULL);
      sxsh_event_store_insert (sxsh_events_page_get_store (f->page), event, &error);
      g_assert_no_error (error);
    }
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);

  /* Accents and case do not matter. */
  gtk_editable_set_text (GTK_EDITABLE (search), "tiet kiem");
  g_signal_emit_by_name (search, "search-changed");
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_nonnull (strstr (sxsh_events_page_get_count_text (f->page), "1 shown"));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");

  /* "Any kind" comes first, then the kinds in order. */
  gtk_drop_down_set_selected (sxsh_events_page_get_kind_filter (f->page),
                              SXSH_EVENT_ARTICLE + 1);
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  gtk_drop_down_set_selected (sxsh_events_page_get_kind_filter (f->page), 0);

  sxsh_events_page_set_year (f->page, 2023);
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_nonnull (strstr (sxsh_events_page_get_count_text (f->page), "in 2023"));
}

/* A facility's page lists its events, supports, options and certificates,
 * and follows the changes. */
static void
test_facility_activities (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(SxshEvent) event = sxsh_event_new ();
  g_autoptr(SxshSupportStore) supports = sxsh_support_store_new (f->db);
  g_autoptr(SxshSupport) support = sxsh_support_new ();
  g_autoptr(SxshCpOption) option = sxsh_cp_option_new ();
  g_autoptr(GError) error = NULL;
  gint64 ids[] = { f->sugar };
  GtkWindow *window;
  SxshFacilityActivities *activities;

  g_object_set (event, "kind", SXSH_EVENT_WORKSHOP, "title", "Hội thảo SXSH ngành đường",
                "date", "2023-05-10", NULL);
  sxsh_event_set_facility_ids (event, ids, 1);
  sxsh_event_store_insert (sxsh_events_page_get_store (f->page), event, &error);
  g_assert_no_error (error);
  g_object_set (support, "facility-id", f->sugar, "kind", SXSH_SUPPORT_QUICK_ASSESSMENT,
                "year", 2024, NULL);
  sxsh_support_store_insert (supports, support, TRUE, &error);
  g_assert_no_error (error);
  g_object_set (option, "support-id", sxsh_support_get_id (support),
                "description", "Thu hồi nước ngưng", "investment", (gint64) 9000000,
                "saving-vnd", (gint64) 6000000, NULL);
  sxsh_support_store_insert_option (supports, option, TRUE, &error);
  g_assert_no_error (error);

  window = sxsh_facility_activities_present (GTK_WIDGET (f->page), f->db, f->sugar,
                                             "Công ty Cổ phần Đường Kon Tum");
  sxsh_ui_test_iterate ();
  activities = SXSH_FACILITY_ACTIVITIES (gtk_widget_get_last_child (
                 adw_window_get_content (ADW_WINDOW (window))));
  g_assert_cmpuint (sxsh_facility_activities_get_n_rows (activities, "events"), ==, 1);
  g_assert_cmpuint (sxsh_facility_activities_get_n_rows (activities, "supports"), ==, 1);
  g_assert_cmpuint (sxsh_facility_activities_get_n_rows (activities, "options"), ==, 1);
  g_assert_cmpuint (sxsh_facility_activities_get_n_rows (activities, "certificates"), ==, 0);

  /* Another year's event, added while the window is open. */
  g_object_set (event, "id", (gint64) 0, "date", "2025-02-20", NULL);
  sxsh_event_store_insert (sxsh_events_page_get_store (f->page), event, &error);
  g_assert_no_error (error);
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (sxsh_facility_activities_get_n_rows (activities, "events"), ==, 2);

  gtk_window_destroy (window);
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
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static gboolean
set_true_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (300, set_true_cb, &done);
  g_assert_true (sxsh_ui_test_wait_for (is_true, &done, 5));
}

/* The page and the editor on the sample province, for the documentation:
 * written to $SXSH_SCREENSHOT_DIR/events.png and event-editor.png when that
 * is set. */
static void
test_screenshot (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sxsh-events-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sample.db", NULL);
  g_autofree char *png = NULL;
  g_autofree char *editor_png = NULL;
  const char *out_dir = g_getenv ("SXSH_SCREENSHOT_DIR");
  GListModel *shown;
  SxshEventEditor *editor;
  Fixture f = { 0 };

  f.dir = g_steal_pointer (&dir);
  f.db = sxsh_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sxsh_sample_generate (f.db, SXSH_SAMPLE_DEFAULT_FACILITIES,
                                       SXSH_SAMPLE_DEFAULT_SEED, &error));
  g_assert_no_error (error);

  open_page (&f, 2025);
  shown = G_LIST_MODEL (sxsh_events_page_get_selection (f.page));
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  gtk_single_selection_set_selected (sxsh_events_page_get_selection (f.page), 1);
  settle ();

  png = g_build_filename (out_dir != NULL ? out_dir : f.dir, "events.png", NULL);
  save_screenshot (f.window, png);
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));

  /* An event with its attendees, in its editor. */
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(SxshEvent) event = g_list_model_get_item (shown, i);
      guint n = 0;

      sxsh_event_get_facility_ids (event, &n);
      if (n >= 2)
        {
          gtk_single_selection_set_selected (sxsh_events_page_get_selection (f.page), i);
          break;
        }
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "events.edit", NULL));
  editor = sxsh_events_page_get_editor (f.page);
  g_assert_nonnull (editor);
  settle ();
  editor_png = g_build_filename (out_dir != NULL ? out_dir : f.dir, "event-editor.png", NULL);
  save_screenshot (GTK_WIDGET (editor), editor_png);
  if (out_dir == NULL)
    {
      g_remove (png);
      g_remove (editor_png);
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
  g_test_add ("/sxsh/ui/events/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("empty", test_empty);
  ADD ("add-with-attendees", test_add_with_attendees);
  ADD ("edit-attendees", test_edit_attendees);
  ADD ("delete-and-undo", test_delete_and_undo);
  ADD ("filter-and-year", test_filter_and_year);
  ADD ("facility-activities", test_facility_activities);
  g_test_add_func ("/sxsh/ui/events/screenshot", test_screenshot);

#undef ADD

  return g_test_run ();
}

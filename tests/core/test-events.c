/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sxsh-core.h"
#include "sxsh-event-store.h"
#include "sxsh-test-util.h"

typedef struct
{
  char           *dir;
  SxshDatabase   *db;
  SxshEventStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sxsh_test_make_tmpdir ();
  f->db = sxsh_test_open_db (f->dir);
  g_assert_true (sxsh_database_exec (f->db,
    "INSERT INTO facility (id, name) VALUES (1, 'Công ty Cao su Kon Tum'),"
    "  (2, 'Nhà máy Tinh bột sắn Đắk Hà'), (3, 'Gạch Tuynel Sa Thầy');"
    "INSERT INTO plan (id, code, title, first_year, last_year) "
    "  VALUES (1, '2340/KH-UBND', 'SXSH', 2016, 2020);"
    "INSERT INTO plan_task (id, plan_id, code, task) VALUES (7, 1, '1', 'Tuyên truyền');",
    &error));
  g_assert_no_error (error);
  f->store = sxsh_event_store_new (f->db);
  sxsh_event_store_set_year (f->store, 2019);
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

static SxshEvent *
make_event (SxshEventKind  kind,
            const char    *title,
            const char    *date,
            gint64         participants)
{
  SxshEvent *event = sxsh_event_new ();

  g_object_set (event, "kind", (int) kind, "title", title, "date", date,
                "participants", participants, NULL);
  return event;
}

static gint64
add_event (Fixture       *f,
           SxshEventKind  kind,
           const char    *title,
           const char    *date,
           gint64         participants,
           const gint64  *facilities,
           guint          n_facilities)
{
  g_autoptr(SxshEvent) event = make_event (kind, title, date, participants);
  g_autoptr(GError) error = NULL;
  gint64 id;

  sxsh_event_set_facility_ids (event, facilities, n_facilities);
  id = sxsh_event_store_insert (f->store, event, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
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

static void
test_kinds (void)
{
  SxshEventKind kind;

  for (guint i = 0; i < SXSH_EVENT_N_KINDS; i++)
    {
      g_assert_true (sxsh_event_kind_from_string (sxsh_event_kind_to_string (i), &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_cmpstr (sxsh_event_kind_get_label (i), !=, "");
    }
  g_assert_false (sxsh_event_kind_from_string ("picnic", &kind));
  g_assert_false (sxsh_event_kind_is_communication (SXSH_EVENT_TOT));
  g_assert_true (sxsh_event_kind_is_communication (SXSH_EVENT_LEAFLET));
  g_assert_cmpstr (sxsh_event_kind_get_label (SXSH_EVENT_TOT), ==, "Training of trainers");
  g_assert_cmpstr (sxsh_event_kind_get_quantity_label (SXSH_EVENT_LEAFLET), ==, "Copies");
}

static void
test_create_update_delete (Fixture       *f,
                           gconstpointer  data)
{
  const gint64 first[] = { 2, 1, 2 };
  const gint64 second[] = { 3 };
  g_autoptr(SxshEvent) copy = NULL;
  g_autoptr(GListModel) attendees = NULL;
  g_autoptr(SxshNamedItem) attendee = NULL;
  g_autoptr(SxshRowSet) undo = NULL;
  g_autoptr(GError) error = NULL;
  SxshEvent *shown;
  gint64 id;
  guint n;

  id = add_event (f, SXSH_EVENT_WORKSHOP, "Hội thảo SXSH ngành cao su", "2019-05-14", 45,
                  first, G_N_ELEMENTS (first));

  /* The store shows the new event with its two distinct attendees. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  shown = sxsh_event_store_lookup (f->store, id);
  g_assert_nonnull (shown);
  g_assert_cmpstr (sxsh_event_get_title (shown), ==, "Hội thảo SXSH ngành cao su");
  sxsh_event_get_facility_ids (shown, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM event_facility"), ==, 2);

  attendees = sxsh_event_store_list_attendees (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attendees), ==, 2);
  attendee = g_list_model_get_item (attendees, 0);
  g_assert_cmpstr (sxsh_named_item_get_name (attendee), ==, "Công ty Cao su Kon Tum");

  /* Update replaces the attendees as a whole, with the fields. */
  copy = sxsh_event_copy (shown);
  g_object_set (copy, "title", "Hội thảo SXSH (sửa)", "cost", (gint64) 12500000,
                "funding-source", SXSH_FUNDING_LOCAL, "plan-task-id", (gint64) 7, NULL);
  sxsh_event_set_facility_ids (copy, second, G_N_ELEMENTS (second));
  g_assert_true (sxsh_event_store_update (f->store, copy, &error));
  g_assert_no_error (error);
  shown = sxsh_event_store_lookup (f->store, id);
  g_assert_cmpstr (sxsh_event_get_title (shown), ==, "Hội thảo SXSH (sửa)");
  g_assert_cmpint (sxsh_event_get_cost (shown), ==, 12500000);
  g_assert_cmpint (sxsh_event_get_funding_source (shown), ==, SXSH_FUNDING_LOCAL);
  g_assert_cmpstr (sxsh_event_get_plan_task_label (shown), ==, "1 Tuyên truyền");
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM event_facility"), ==, 1);
  g_assert_cmpint (count_rows (f->db, "SELECT facility_id FROM event_facility"), ==, 3);

  /* Delete removes the event and its attendance; undo brings both back. */
  undo = sxsh_event_store_delete (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (undo);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 0);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM event_facility"), ==, 0);

  g_assert_true (sxsh_event_store_undo_delete (f->store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  shown = sxsh_event_store_lookup (f->store, id);
  g_assert_nonnull (shown);
  sxsh_event_get_facility_ids (shown, &n);
  g_assert_cmpuint (n, ==, 1);

  /* Deleting what is gone says so. */
  g_clear_pointer (&undo, sxsh_row_set_free);
  undo = sxsh_event_store_delete (f->store, id, &error);
  g_assert_no_error (error);
  g_clear_pointer (&undo, sxsh_row_set_free);
  undo = sxsh_event_store_delete (f->store, id, &error);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND);
  g_assert_null (undo);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SxshEvent) event = make_event (SXSH_EVENT_TRAINING, "   ", "2019-02-30", -5);
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (event, "cost", (gint64) -1, "quantity", (gint64) -2, NULL);
  issues = sxsh_event_store_validate (f->store, event);
  g_assert_nonnull (sxsh_issues_find (issues, "title"));
  g_assert_nonnull (sxsh_issues_find (issues, "date"));
  g_assert_nonnull (sxsh_issues_find (issues, "participants"));
  g_assert_nonnull (sxsh_issues_find (issues, "cost"));
  g_assert_nonnull (sxsh_issues_find (issues, "quantity"));
  g_assert_cmpstr (sxsh_issues_find (issues, "title"), ==, "Title: required.");

  g_assert_cmpint (sxsh_event_store_insert (f->store, event, &error), ==, 0);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Title: required."));
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM event"), ==, 0);
  g_clear_error (&error);

  /* A real date outside the programme's years is refused too. */
  g_object_set (event, "title", "Tập huấn", "date", "1989-12-31", "participants", (gint64) 0,
                "cost", (gint64) 0, "quantity", (gint64) 0, NULL);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = sxsh_event_store_validate (f->store, event);
  g_assert_cmpuint (issues->len, ==, 1);
  g_assert_cmpstr (sxsh_issues_find (issues, "date"), ==, "Date: must be between 1990 and 2100.");

  g_object_set (event, "date", "2019-09-01", NULL);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = sxsh_event_store_validate (f->store, event);
  g_assert_cmpuint (issues->len, ==, 0);
}

static void
test_year_and_filters (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SxshEvent) first = NULL;

  add_event (f, SXSH_EVENT_WORKSHOP, "Hội thảo Sản xuất sạch hơn", "2019-03-01", 40, NULL, 0);
  add_event (f, SXSH_EVENT_LEAFLET, "Tờ rơi tiết kiệm năng lượng", "2019-12-31", 0, NULL, 0);
  add_event (f, SXSH_EVENT_TRAINING, "Tập huấn đánh giá nhanh", "2020-01-01", 30, NULL, 0);

  /* The store shows the year's events only, in date order. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (f->store), 0);
  g_assert_cmpstr (sxsh_event_get_date (first), ==, "2019-03-01");

  /* Searching ignores case and accents. */
  sxsh_event_store_set_filter_text (f->store, "hoi thao");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  sxsh_event_store_set_filter_text (f->store, "TO ROI");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  sxsh_event_store_set_filter_text (f->store, NULL);

  sxsh_event_store_set_category (f->store, SXSH_EVENT_CATEGORY_COMMUNICATION);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  sxsh_event_store_set_category (f->store, SXSH_EVENT_CATEGORY_MEETINGS);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  sxsh_event_store_set_category (f->store, SXSH_EVENT_CATEGORY_ALL);
  sxsh_event_store_set_kind_filter (f->store, SXSH_EVENT_TRAINING);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 0);
  sxsh_event_store_set_kind_filter (f->store, -1);

  sxsh_event_store_set_year (f->store, 2020);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 1);
  g_assert_cmpuint (sxsh_event_store_get_total (f->store), ==, 1);
}

static void
test_count_by_kind (Fixture       *f,
                    gconstpointer  data)
{
  const gint64 a[] = { 1, 2 };
  const gint64 b[] = { 2, 3 };
  SxshEventCount counts[SXSH_EVENT_N_KINDS];
  g_autoptr(SxshEvent) leaflet = make_event (SXSH_EVENT_LEAFLET, "Tờ rơi", "2019-06-01", 0);
  g_autoptr(GError) error = NULL;

  add_event (f, SXSH_EVENT_WORKSHOP, "Hội thảo 1", "2019-03-01", 40, a, 2);
  add_event (f, SXSH_EVENT_WORKSHOP, "Hội thảo 2", "2019-10-01", 35, b, 2);
  add_event (f, SXSH_EVENT_WORKSHOP, "Hội thảo 2020", "2020-10-01", 99, a, 2);
  g_object_set (leaflet, "quantity", (gint64) 2000, "cost", (gint64) 6000000, NULL);
  sxsh_event_store_insert (f->store, leaflet, &error);
  g_assert_no_error (error);

  g_assert_true (sxsh_event_count_by_kind (f->db, 2019, counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts[SXSH_EVENT_WORKSHOP].n_events, ==, 2);
  g_assert_cmpint (counts[SXSH_EVENT_WORKSHOP].participants, ==, 75);
  g_assert_cmpuint (counts[SXSH_EVENT_WORKSHOP].n_facilities, ==, 3);
  g_assert_cmpuint (counts[SXSH_EVENT_LEAFLET].n_events, ==, 1);
  g_assert_cmpint (counts[SXSH_EVENT_LEAFLET].quantity, ==, 2000);
  g_assert_cmpint (counts[SXSH_EVENT_LEAFLET].cost, ==, 6000000);
  g_assert_cmpuint (counts[SXSH_EVENT_TRAINING].n_events, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sxsh/events/kinds", test_kinds);
  g_test_add ("/sxsh/events/create-update-delete-undo", Fixture, NULL, fixture_setup,
              test_create_update_delete, fixture_teardown);
  g_test_add ("/sxsh/events/validation", Fixture, NULL, fixture_setup, test_validation,
              fixture_teardown);
  g_test_add ("/sxsh/events/year-and-filters", Fixture, NULL, fixture_setup,
              test_year_and_filters, fixture_teardown);
  g_test_add ("/sxsh/events/count-by-kind", Fixture, NULL, fixture_setup, test_count_by_kind,
              fixture_teardown);
  return g_test_run ();
}

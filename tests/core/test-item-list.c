/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sxsh-item-list.h"
#include "sxsh-named-item.h"
#include "sxsh-test-util.h"
#include "sxsh-text.h"

/* A list of places as a store would make one: its items are SxshNamedItem
 * (id, name), its search keys are kept beside them, it can hide the items
 * below an id, and it reloads from a table "place" of its own. */
#define TEST_TYPE_LIST (test_list_get_type ())
G_DECLARE_FINAL_TYPE (TestList, test_list, TEST, LIST, SxshItemList)

struct _TestList
{
  SxshItemList  parent_instance;

  GPtrArray    *keys;       /* folded names, beside the items */
  gint64        min_id;     /* items below are hidden */
  guint         n_reloads;
};

G_DEFINE_FINAL_TYPE (TestList, test_list, SXSH_TYPE_ITEM_LIST)

static const char *
test_list_get_search_key (SxshItemList *list,
                          gpointer      item,
                          guint         position)
{
  return g_ptr_array_index (TEST_LIST (list)->keys, position);
}

static gboolean
test_list_match (gpointer item,
                 gpointer data)
{
  return sxsh_named_item_get_id (item) >= TEST_LIST (data)->min_id;
}

static void
set_places (TestList           *self,
            const char * const *names)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_set_size (self->keys, 0);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_ptr_array_add (items, sxsh_named_item_new (i + 1, names[i], NULL));
      g_ptr_array_add (self->keys, sxsh_text_fold (names[i]));
    }
  sxsh_item_list_set_items (SXSH_ITEM_LIST (self), items);
}

static gboolean
test_list_reload (SxshItemList  *list,
                  GError       **error)
{
  static const char * const names[] = { "Kon Tum", "Đắk Hà", NULL };
  TestList *self = TEST_LIST (list);

  self->n_reloads++;
  set_places (self, names);
  return TRUE;
}

static void
test_list_finalize (GObject *object)
{
  g_ptr_array_unref (TEST_LIST (object)->keys);
  G_OBJECT_CLASS (test_list_parent_class)->finalize (object);
}

static void
test_list_class_init (TestListClass *klass)
{
  static const char * const watched[] = { "place", NULL };
  SxshItemListClass *list_class = SXSH_ITEM_LIST_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = test_list_finalize;
  list_class->item_type = SXSH_TYPE_NAMED_ITEM;
  list_class->watched_tables = watched;
  list_class->reload = test_list_reload;
  list_class->get_search_key = test_list_get_search_key;
}

static void
test_list_init (TestList *self)
{
  self->keys = g_ptr_array_new_with_free_func (g_free);
  sxsh_item_list_set_match_func (SXSH_ITEM_LIST (self), test_list_match, self);
}

/* What the views were told, and whether an item that left was still alive
 * while they were told. */
typedef struct
{
  GString *changes;
  GString *notified;
  gpointer leaving;     /* weak */
  gboolean leaving_alive_while_told;
} Watch;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Watch      *watch)
{
  g_string_append_printf (watch->changes, "%s%u-%u+%u", watch->changes->len ? " " : "",
                          position, removed, added);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, added);
  if (watch->leaving != NULL)
    watch->leaving_alive_while_told = G_IS_OBJECT (watch->leaving);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Watch      *watch)
{
  g_string_append_printf (watch->notified, "%s%s", watch->notified->len ? " " : "", pspec->name);
}

static void
watch_init (Watch    *watch,
            TestList *list)
{
  watch->changes = g_string_new (NULL);
  watch->notified = g_string_new (NULL);
  watch->leaving = NULL;
  watch->leaving_alive_while_told = FALSE;
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), watch);
  g_signal_connect (list, "notify", G_CALLBACK (notify_cb), watch);
}

static void
watch_reset (Watch *watch)
{
  g_string_truncate (watch->changes, 0);
  g_string_truncate (watch->notified, 0);
  watch->leaving_alive_while_told = FALSE;
}

static void
watch_clear (Watch *watch)
{
  g_string_free (watch->changes, TRUE);
  g_string_free (watch->notified, TRUE);
}

/* The names shown, in order, joined by commas. */
static char *
shown (TestList *list)
{
  GListModel *model = G_LIST_MODEL (list);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SxshNamedItem) item = g_list_model_get_item (model, i);
      g_string_append_printf (names, "%s%s", i ? "," : "", sxsh_named_item_get_name (item));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
test_set_items (void)
{
  static const char * const first[] = { "Kon Tum", "Đắk Tô", "Ngọc Hồi", NULL };
  static const char * const second[] = { "Sa Thầy", "Đắk Glei", NULL };
  TestList *list = g_object_new (TEST_TYPE_LIST, NULL);
  g_autofree char *names = NULL;
  g_autoptr(SxshNamedItem) kept = NULL;
  guint n_items = 0;
  Watch watch;

  watch_init (&watch, list);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == SXSH_TYPE_NAMED_ITEM);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  set_places (list, first);
  g_assert_cmpstr (watch.changes->str, ==, "0-0+3");
  g_assert_cmpstr (watch.notified->str, ==, "n-items");
  names = shown (list);
  g_assert_cmpstr (names, ==, "Kon Tum,Đắk Tô,Ngọc Hồi");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 3));
  g_object_get (list, "n-items", &n_items, NULL);
  g_assert_cmpuint (n_items, ==, 3);

  /* Every old row goes, every new one comes, in one change; the old items
   * live until the views were told and not after. */
  watch_reset (&watch);
  kept = g_list_model_get_item (G_LIST_MODEL (list), 0);
  watch.leaving = g_ptr_array_index (sxsh_item_list_get_items (SXSH_ITEM_LIST (list)), 1);
  g_object_add_weak_pointer (watch.leaving, &watch.leaving);
  set_places (list, second);
  g_assert_cmpstr (watch.changes->str, ==, "0-3+2");
  g_assert_cmpstr (watch.notified->str, ==, "n-items");
  g_assert_true (watch.leaving_alive_while_told);
  g_assert_null (watch.leaving);
  g_assert_cmpstr (sxsh_named_item_get_name (kept), ==, "Kon Tum");
  g_clear_pointer (&names, g_free);
  names = shown (list);
  g_assert_cmpstr (names, ==, "Sa Thầy,Đắk Glei");

  /* Nothing to tell when nothing is shown before or after. */
  watch_reset (&watch);
  sxsh_item_list_set_items (SXSH_ITEM_LIST (list), g_ptr_array_new_with_free_func (g_object_unref));
  g_assert_cmpstr (watch.changes->str, ==, "0-2+0");
  watch_reset (&watch);
  sxsh_item_list_set_items (SXSH_ITEM_LIST (list), g_ptr_array_new_with_free_func (g_object_unref));
  g_assert_cmpstr (watch.changes->str, ==, "");
  g_assert_cmpstr (watch.notified->str, ==, "");

  g_assert_finalize_object (list);
  watch_clear (&watch);
}

static void
test_filter_text (void)
{
  static const char * const places[] = { "Đà Lạt", "Hà Nội", "Đà Nẵng", "Kon Tum", NULL };
  TestList *list = g_object_new (TEST_TYPE_LIST, NULL);
  g_autofree char *names = NULL;
  g_autofree char *text = NULL;
  Watch watch;

  set_places (list, places);
  watch_init (&watch, list);

  /* Case and accents do not count; every word must begin a word. */
  g_assert_true (sxsh_item_list_set_filter_text (SXSH_ITEM_LIST (list), "ĐÀ"));
  g_assert_cmpstr (watch.changes->str, ==, "0-4+2");
  g_assert_cmpstr (watch.notified->str, ==, "n-items filter-text");
  names = shown (list);
  g_assert_cmpstr (names, ==, "Đà Lạt,Đà Nẵng");
  g_assert_cmpstr (sxsh_item_list_get_filter_text (SXSH_ITEM_LIST (list)), ==, "ĐÀ");
  g_object_get (list, "filter-text", &text, NULL);
  g_assert_cmpstr (text, ==, "ĐÀ");

  watch_reset (&watch);
  g_object_set (list, "filter-text", "nang da", NULL);
  g_assert_cmpstr (watch.changes->str, ==, "0-2+1");
  g_clear_pointer (&names, g_free);
  names = shown (list);
  g_assert_cmpstr (names, ==, "Đà Nẵng");

  /* The same text again changes nothing and tells nobody. */
  watch_reset (&watch);
  g_assert_false (sxsh_item_list_set_filter_text (SXSH_ITEM_LIST (list), "nang da"));
  g_assert_cmpstr (watch.changes->str, ==, "");
  g_assert_cmpstr (watch.notified->str, ==, "");

  /* A word that begins no word finds nothing; no text shows everything. */
  sxsh_item_list_set_filter_text (SXSH_ITEM_LIST (list), "um");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  watch_reset (&watch);
  sxsh_item_list_set_filter_text (SXSH_ITEM_LIST (list), NULL);
  g_assert_cmpstr (watch.changes->str, ==, "0-0+4");
  g_assert_null (sxsh_item_list_get_filter_text (SXSH_ITEM_LIST (list)));
  sxsh_item_list_set_filter_text (SXSH_ITEM_LIST (list), "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);

  /* A reload keeps the filter. */
  sxsh_item_list_set_filter_text (SXSH_ITEM_LIST (list), "kon");
  set_places (list, places);
  g_clear_pointer (&names, g_free);
  names = shown (list);
  g_assert_cmpstr (names, ==, "Kon Tum");

  g_assert_finalize_object (list);
  watch_clear (&watch);
}

static void
test_match (void)
{
  static const char * const places[] = { "Đắk Hà", "Đắk Tô", "Kon Rẫy", "Đắk Glei", NULL };
  TestList *list = g_object_new (TEST_TYPE_LIST, NULL);
  g_autofree char *names = NULL;
  Watch watch;

  set_places (list, places);
  watch_init (&watch, list);

  list->min_id = 2;
  sxsh_item_list_refilter (SXSH_ITEM_LIST (list));
  g_assert_cmpstr (watch.changes->str, ==, "0-4+3");
  names = shown (list);
  g_assert_cmpstr (names, ==, "Đắk Tô,Kon Rẫy,Đắk Glei");

  /* Both the subclass's condition and the text must hold. */
  sxsh_item_list_set_filter_text (SXSH_ITEM_LIST (list), "dak");
  g_clear_pointer (&names, g_free);
  names = shown (list);
  g_assert_cmpstr (names, ==, "Đắk Tô,Đắk Glei");

  /* The loaded items are all there, whatever is shown. */
  g_assert_cmpuint (sxsh_item_list_get_items (SXSH_ITEM_LIST (list))->len, ==, 4);

  g_assert_finalize_object (list);
  watch_clear (&watch);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = sxsh_named_item_get_id (*(SxshNamedItem **) a);
  gint64 y = sxsh_named_item_get_id (*(SxshNamedItem **) b);

  return (x > y) - (x < y);
}

static void
test_replace (void)
{
  TestList *list = g_object_new (TEST_TYPE_LIST, NULL);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *names = NULL;
  SxshNamedItem *old;
  Watch watch;

  g_ptr_array_add (items, sxsh_named_item_new (10, "Mười", NULL));
  g_ptr_array_add (items, sxsh_named_item_new (30, "Ba mươi", NULL));
  sxsh_item_list_set_items (SXSH_ITEM_LIST (list), items);
  watch_init (&watch, list);

  /* A new item takes its place in the order. */
  sxsh_item_list_replace (SXSH_ITEM_LIST (list), NULL, sxsh_named_item_new (20, "Hai mươi", NULL),
                          compare_ids);
  g_assert_cmpstr (watch.changes->str, ==, "0-2+3");
  g_assert_cmpstr (watch.notified->str, ==, "n-items");
  names = shown (list);
  g_assert_cmpstr (names, ==, "Mười,Hai mươi,Ba mươi");
  sxsh_item_list_replace (SXSH_ITEM_LIST (list), NULL, sxsh_named_item_new (40, "Bốn mươi", NULL),
                          compare_ids);
  sxsh_item_list_replace (SXSH_ITEM_LIST (list), NULL, sxsh_named_item_new (5, "Năm", NULL),
                          compare_ids);
  g_clear_pointer (&names, g_free);
  names = shown (list);
  g_assert_cmpstr (names, ==, "Năm,Mười,Hai mươi,Ba mươi,Bốn mươi");

  /* An item replaced by another lives until the views were told. */
  watch_reset (&watch);
  old = g_ptr_array_index (sxsh_item_list_get_items (SXSH_ITEM_LIST (list)), 1);
  watch.leaving = old;
  g_object_add_weak_pointer (watch.leaving, &watch.leaving);
  sxsh_item_list_replace (SXSH_ITEM_LIST (list), old, sxsh_named_item_new (35, "Ba lăm", NULL),
                          compare_ids);
  g_assert_cmpstr (watch.changes->str, ==, "0-5+5");
  g_assert_cmpstr (watch.notified->str, ==, "");
  g_assert_true (watch.leaving_alive_while_told);
  g_assert_null (watch.leaving);
  g_clear_pointer (&names, g_free);
  names = shown (list);
  g_assert_cmpstr (names, ==, "Năm,Hai mươi,Ba mươi,Ba lăm,Bốn mươi");

  /* An item taken out alone. */
  watch_reset (&watch);
  old = g_ptr_array_index (sxsh_item_list_get_items (SXSH_ITEM_LIST (list)), 0);
  watch.leaving = old;
  g_object_add_weak_pointer (watch.leaving, &watch.leaving);
  sxsh_item_list_replace (SXSH_ITEM_LIST (list), old, NULL, NULL);
  g_assert_cmpstr (watch.changes->str, ==, "0-5+4");
  g_assert_true (watch.leaving_alive_while_told);
  g_assert_null (watch.leaving);

  g_assert_finalize_object (list);
  watch_clear (&watch);
}

static void
test_reload_on_change (void)
{
  g_autofree char *dir = sxsh_test_make_tmpdir ();
  SxshDatabase *db = sxsh_test_open_db (dir);
  TestList *list = g_object_new (TEST_TYPE_LIST, "database", db, NULL);
  g_autoptr(SxshDatabase) property = NULL;
  g_autofree char *names = NULL;

  g_object_get (list, "database", &property, NULL);
  g_assert_true (property == db);
  g_assert_true (sxsh_item_list_get_database (SXSH_ITEM_LIST (list)) == db);

  /* Only the class's tables reload it. */
  sxsh_database_notify_changed (db, "facility");
  g_assert_cmpuint (list->n_reloads, ==, 0);
  sxsh_database_notify_changed (db, "place");
  g_assert_cmpuint (list->n_reloads, ==, 1);
  names = shown (list);
  g_assert_cmpstr (names, ==, "Kon Tum,Đắk Hà");
  g_assert_true (sxsh_item_list_reload (SXSH_ITEM_LIST (list), NULL));
  g_assert_cmpuint (list->n_reloads, ==, 2);

  /* A list that is gone hears nothing more, and leaves the database. */
  g_clear_object (&property);
  g_assert_finalize_object (list);
  sxsh_database_notify_changed (db, "place");
  g_assert_finalize_object (db);
  sxsh_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sxsh/item-list/set-items", test_set_items);
  g_test_add_func ("/sxsh/item-list/filter-text", test_filter_text);
  g_test_add_func ("/sxsh/item-list/match", test_match);
  g_test_add_func ("/sxsh/item-list/replace", test_replace);
  g_test_add_func ("/sxsh/item-list/reload-on-change", test_reload_on_change);

  return g_test_run ();
}

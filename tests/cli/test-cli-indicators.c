/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sxsh-database.h"
#include "sxsh-reference.h"
#include "sxsh-test-util.h"

/* Runs the built sxsh-cli on a small database whose every number is worked
 * out below, and reads its JSON back field by field with a strict parser,
 * so that a stray comma or a locale's decimal comma fails the test. */

/* ---- A small strict JSON reader ----------------------------------------- */

typedef enum
{
  JSON_NULL,
  JSON_BOOL,
  JSON_NUMBER,
  JSON_STRING,
  JSON_ARRAY,
  JSON_OBJECT,
} JsonType;

typedef struct _Json Json;
struct _Json
{
  JsonType   type;
  gboolean   boolean;
  double     number;
  char      *string;
  GPtrArray *items;   /* arrays: Json*; objects: alternating key (Json string), value */
};

static void
json_free (Json *json)
{
  if (json == NULL)
    return;
  g_free (json->string);
  if (json->items != NULL)
    g_ptr_array_unref (json->items);
  g_free (json);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Json, json_free)

static Json *json_parse_value (const char **p);

static void
skip_space (const char **p)
{
  while (**p == ' ' || **p == '\n' || **p == '\t' || **p == '\r')
    (*p)++;
}

static Json *
json_new (JsonType type)
{
  Json *json = g_new0 (Json, 1);

  json->type = type;
  if (type == JSON_ARRAY || type == JSON_OBJECT)
    json->items = g_ptr_array_new_with_free_func ((GDestroyNotify) json_free);
  return json;
}

static char *
json_parse_string (const char **p)
{
  GString *out = g_string_new (NULL);

  if (**p != '"')
    return g_string_free (out, TRUE), NULL;
  (*p)++;
  while (**p != '"')
    {
      if (**p == '\0' || (unsigned char) **p < 0x20)
        return g_string_free (out, TRUE), NULL;
      if (**p == '\\')
        {
          (*p)++;
          switch (**p)
            {
            case '"': g_string_append_c (out, '"'); break;
            case '\\': g_string_append_c (out, '\\'); break;
            case '/': g_string_append_c (out, '/'); break;
            case 'n': g_string_append_c (out, '\n'); break;
            case 't': g_string_append_c (out, '\t'); break;
            case 'r': g_string_append_c (out, '\r'); break;
            case 'b': g_string_append_c (out, '\b'); break;
            case 'f': g_string_append_c (out, '\f'); break;
            case 'u':
              {
                char hex[5] = { 0, };
                strncpy (hex, *p + 1, 4);
                if (strlen (hex) != 4 || strspn (hex, "0123456789abcdefABCDEF") != 4)
                  return g_string_free (out, TRUE), NULL;
                g_string_append_unichar (out, (gunichar) g_ascii_strtoull (hex, NULL, 16));
                *p += 4;
              }
              break;
            default:
              return g_string_free (out, TRUE), NULL;
            }
          (*p)++;
          continue;
        }
      g_string_append_c (out, **p);
      (*p)++;
    }
  (*p)++;
  return g_string_free (out, FALSE);
}

static Json *
json_parse_container (const char **p,
                      gboolean     object)
{
  g_autoptr(Json) json = json_new (object ? JSON_OBJECT : JSON_ARRAY);
  char close = object ? '}' : ']';

  (*p)++;
  skip_space (p);
  if (**p == close)
    {
      (*p)++;
      return g_steal_pointer (&json);
    }
  for (;;)
    {
      Json *value;

      skip_space (p);
      if (object)
        {
          Json *key = json_new (JSON_STRING);

          key->string = json_parse_string (p);
          if (key->string == NULL)
            return json_free (key), NULL;
          g_ptr_array_add (json->items, key);
          skip_space (p);
          if (**p != ':')
            return NULL;
          (*p)++;
        }
      value = json_parse_value (p);
      if (value == NULL)
        return NULL;
      g_ptr_array_add (json->items, value);
      skip_space (p);
      if (**p == close)
        {
          (*p)++;
          return g_steal_pointer (&json);
        }
      if (**p != ',')
        return NULL;
      (*p)++;
    }
}

static Json *
json_parse_value (const char **p)
{
  Json *json;

  skip_space (p);
  switch (**p)
    {
    case '{':
      return json_parse_container (p, TRUE);
    case '[':
      return json_parse_container (p, FALSE);
    case '"':
      json = json_new (JSON_STRING);
      json->string = json_parse_string (p);
      if (json->string == NULL)
        return json_free (json), NULL;
      return json;
    case 't':
    case 'f':
    case 'n':
      {
        static const char *const words[] = { "true", "false", "null" };

        for (guint i = 0; i < G_N_ELEMENTS (words); i++)
          if (g_str_has_prefix (*p, words[i]))
            {
              json = json_new (i == 2 ? JSON_NULL : JSON_BOOL);
              json->boolean = i == 0;
              *p += strlen (words[i]);
              return json;
            }
        return NULL;
      }
    default:
      {
        const char *start = *p;
        char *end = NULL;

        /* JSON numbers: an optional minus, digits, a point, an exponent. */
        if (**p == '-')
          (*p)++;
        if (!g_ascii_isdigit (**p))
          return NULL;
        while (g_ascii_isdigit (**p) || **p == '.' || **p == 'e' || **p == 'E'
               || **p == '+' || **p == '-')
          (*p)++;
        json = json_new (JSON_NUMBER);
        json->number = g_ascii_strtod (start, &end);
        if (end != *p)
          return json_free (json), NULL;
        return json;
      }
    }
}

static Json *
json_parse (const char *text)
{
  const char *p = text;
  Json *json = json_parse_value (&p);

  skip_space (&p);
  if (json != NULL && *p != '\0')
    {
      json_free (json);
      return NULL;
    }
  return json;
}

/* Follows a path such as "activities.events.workshop.count" or
 * "indicators.2.key". */
static Json *
json_get (Json       *root,
          const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  Json *node = root;

  for (guint i = 0; node != NULL && parts[i] != NULL; i++)
    {
      Json *next = NULL;

      if (node->type == JSON_ARRAY)
        {
          guint64 index = g_ascii_strtoull (parts[i], NULL, 10);

          if (index < node->items->len)
            next = g_ptr_array_index (node->items, index);
        }
      else if (node->type == JSON_OBJECT)
        {
          for (guint k = 0; k + 1 < node->items->len; k += 2)
            if (g_str_equal (((Json *) g_ptr_array_index (node->items, k))->string, parts[i]))
              next = g_ptr_array_index (node->items, k + 1);
        }
      node = next;
    }
  return node;
}

static guint
json_n_members (Json       *root,
                const char *path)
{
  Json *node = json_get (root, path);

  g_assert_nonnull (node);
  g_assert_true (node->type == JSON_OBJECT || node->type == JSON_ARRAY);
  return node->type == JSON_OBJECT ? node->items->len / 2 : node->items->len;
}

static void
assert_number (Json       *root,
               const char *path,
               double      expected)
{
  Json *node = json_get (root, path);

  if (node == NULL || node->type != JSON_NUMBER)
    g_error ("%s: not a number", path);
  if (fabs (node->number - expected) > 1e-9)
    g_error ("%s: %g, expected %g", path, node->number, expected);
}

static void
assert_string (Json       *root,
               const char *path,
               const char *expected)
{
  Json *node = json_get (root, path);

  if (node == NULL || node->type != JSON_STRING)
    g_error ("%s: not a string", path);
  g_assert_cmpstr (node->string, ==, expected);
}

/* expected: 1 true, 0 false, -1 null */
static void
assert_met (Json       *root,
            const char *path,
            int         expected)
{
  Json *node = json_get (root, path);

  if (node == NULL)
    g_error ("%s: missing", path);
  if (expected < 0)
    g_assert_cmpint (node->type, ==, JSON_NULL);
  else
    {
      g_assert_cmpint (node->type, ==, JSON_BOOL);
      g_assert_cmpint (node->boolean, ==, expected);
    }
}

static void
test_json_reader (void)
{
  g_autoptr(Json) good = json_parse ("{\"a\":[1,-2.5e1,true,null],\"b\":\"x\\\"\\u00e9\"}");

  g_assert_nonnull (good);
  assert_number (good, "a.1", -25);
  assert_string (good, "b", "x\"é");
  /* What the reader must refuse, or the tests below could not fail. */
  g_assert_null (json_parse ("{\"a\":1,}"));
  g_assert_null (json_parse ("{\"a\":45,5}"));
  g_assert_null (json_parse ("{\"a\":\"tab\there\"}"));
  g_assert_null (json_parse ("[1] 2"));
}

/* ---- The database -------------------------------------------------------- */

/* Plan 2340/KH-UBND from the reference data (targets 90/50/50/90, saving
 * band 8–13 %, medium enterprises, quotas 2–3 and 1–2).  Year 2019:
 *
 *   1 medium, CP potential: informed 2018, applying and a dedicated unit in
 *     2019, energy per tonne 2017 (baseline) 1 000 kWh → 2019 900 kWh: saves
 *     10 %; its report came on the due day.
 *   2 small, CP potential: informed by a workshop in 2019.
 *   3 medium, CP potential: nothing recorded.
 *   4 small, CP potential: informed and applying since 2018 (carried
 *     forward); no report for 2019.
 *   5 closed in 2017: counted nowhere.
 *   6 medium, no CP potential: in the dedicated-unit population only.
 *
 *   informed 3/4 = 75 %, applying 2/4 = 50 % (met), applying_saving 1/4,
 *   dedicated_unit 1/3 = 33.3 %.  One agency reports annually and was late. */
static const char data_sql[] =
  "UPDATE agency SET reports_annually = 0;"
  "INSERT INTO agency (id, name, reports_annually) VALUES (900, 'Sở \"Thử\" nghiệm', 1);"
  "INSERT INTO agency_report (agency_id, year, received_on) VALUES (900, 2019, '2019-12-02');"
  "INSERT INTO facility (id, name, size_class, cp_potential, first_year, last_year) VALUES"
  "  (1, 'Nhà máy tinh bột sắn Đắk Tô', 'medium', 1, 2010, NULL),"
  "  (2, 'Xưởng gỗ Kon Rẫy', 'small', 1, NULL, NULL),"
  "  (3, 'Nhà máy gạch Ngọc Hồi', 'medium', 1, NULL, NULL),"
  "  (4, 'Cơ sở chế biến mủ cao su', 'small', 1, NULL, NULL),"
  "  (5, 'Xưởng đã đóng cửa', 'medium', 1, 2010, 2017),"
  "  (6, 'Mỏ đá Sa Thầy', 'medium', 0, NULL, NULL);"
  "INSERT INTO facility_year (facility_id, year, informed, applying, dedicated_unit, output, "
  "                           is_baseline, report_received) VALUES"
  "  (1, 2017, 0, 0, 0, 100, 1, NULL),"
  "  (1, 2018, 1, 0, 0, 100, 0, NULL),"
  "  (1, 2019, 1, 1, 1, 200, 0, '2019-11-30'),"
  "  (4, 2018, 1, 1, 0, NULL, 0, NULL),"
  "  (5, 2016, 1, 1, 1, NULL, 0, NULL);"
  "INSERT INTO consumption (facility_id, year, resource_id, quantity) VALUES"
  "  (1, 2017, 1, 100000), (1, 2019, 1, 180000);"
  "INSERT INTO event (id, kind, title, date, participants, quantity) VALUES"
  "  (1, 'workshop', 'Hội thảo SXSH', '2019-05-20', 25, 0),"
  "  (2, 'leaflet', 'Tờ rơi SXSH', '2019-08-01', 0, 1000),"
  "  (3, 'workshop', 'Hội thảo năm trước', '2018-05-20', 40, 0);"
  "INSERT INTO event_facility (event_id, facility_id) VALUES (1, 2);"
  "INSERT INTO support (facility_id, kind, year, status) VALUES"
  "  (1, 'quick_assessment', 2019, 'done'),"
  "  (3, 'consultancy', 2019, 'in_progress'),"
  "  (4, 'demo_model', 2019, 'cancelled');"
  "INSERT INTO certificate (number, year, seq, facility_id, issue_date, status) VALUES"
  "  ('01/2019/GCN-SCT', 2019, 1, 1, '2019-10-10', 'revoked');"
  "INSERT INTO funding (year, source, planned, disbursed) VALUES"
  "  (2019, 'central', 50000000, 40000000);";

typedef struct
{
  char *dir;
  char *db_path;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshDatabase) db = NULL;

  fixture->dir = sxsh_test_make_tmpdir ();
  fixture->db_path = g_build_filename (fixture->dir, "test.db", NULL);
  db = sxsh_test_open_db (fixture->dir);
  sxsh_reference_load (db, &error);
  g_assert_no_error (error);
  sxsh_database_exec (db, data_sql, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  sxsh_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
}

/* Runs sxsh-cli with @args (NULL-terminated) after --db; returns its exit
 * status. */
static int
run_cli (Fixture     *fixture,
         char       **out,
         char       **err,
         ...)
{
  g_autofree char *cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "sxsh-cli",
                                                NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  int wait_status = 0;
  va_list args;

  g_ptr_array_add (argv, cli);
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, fixture->db_path);
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &wait_status, &error);
  g_assert_no_error (error);
  if (!WIFEXITED (wait_status))
    g_error ("sxsh-cli did not exit normally");
  return WEXITSTATUS (wait_status);
}

static void
test_json (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(Json) json = NULL;
  static const char *const keys[] = { "informed", "applying", "applying_saving",
                                      "dedicated_unit" };

  g_assert_cmpint (run_cli (fixture, &out, &err, "indicators", "--year", "2019", "--json", NULL),
                   ==, 0);
  g_assert_cmpstr (err, ==, "");
  json = json_parse (out);
  if (json == NULL)
    g_error ("not JSON: %s", out);

  g_assert_cmpuint (json_n_members (json, ""), ==, 5);
  assert_number (json, "year", 2019);
  assert_string (json, "plan", "2340/KH-UBND");

  g_assert_cmpuint (json_n_members (json, "indicators"), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *path = g_strdup_printf ("indicators.%u.key", i);

      assert_string (json, path, keys[i]);
    }
  g_assert_cmpuint (json_n_members (json, "indicators.0"), ==, 6);
  assert_number (json, "indicators.0.numerator", 3);
  assert_number (json, "indicators.0.denominator", 4);
  assert_number (json, "indicators.0.value_pct", 75.0);
  assert_number (json, "indicators.0.target_pct", 90);
  assert_met (json, "indicators.0.met", 0);
  assert_number (json, "indicators.1.numerator", 2);
  assert_number (json, "indicators.1.value_pct", 50.0);
  assert_number (json, "indicators.1.target_pct", 50);
  assert_met (json, "indicators.1.met", 1);
  assert_number (json, "indicators.2.numerator", 1);
  assert_number (json, "indicators.2.denominator", 4);
  assert_number (json, "indicators.2.value_pct", 25.0);
  assert_met (json, "indicators.2.met", 0);
  assert_number (json, "indicators.3.numerator", 1);
  assert_number (json, "indicators.3.denominator", 3);
  /* Rounded to one decimal. */
  assert_number (json, "indicators.3.value_pct", 33.3);
  assert_met (json, "indicators.3.met", 0);

  assert_number (json, "activities.support_facilities.count", 2);
  assert_number (json, "activities.support_facilities.min", 2);
  assert_number (json, "activities.support_facilities.max", 3);
  assert_met (json, "activities.support_facilities.met", 1);
  assert_number (json, "activities.demo_models.count", 0);
  assert_number (json, "activities.demo_models.min", 1);
  assert_met (json, "activities.demo_models.met", 0);
  assert_number (json, "activities.certificates.count", 1);
  assert_number (json, "activities.certificates.revoked", 1);
  g_assert_cmpint (json_get (json, "activities.certificates.max")->type, ==, JSON_NULL);

  g_assert_cmpuint (json_n_members (json, "activities.events"), ==, 5);
  assert_number (json, "activities.events.workshop.count", 1);
  assert_number (json, "activities.events.workshop.participants", 25);
  assert_number (json, "activities.events.training.count", 0);
  g_assert_cmpuint (json_n_members (json, "activities.communication"), ==, 6);
  assert_number (json, "activities.communication.leaflet.count", 1);
  assert_number (json, "activities.communication.leaflet.quantity", 1000);
  assert_number (json, "activities.funding.central.planned", 50000000);
  assert_number (json, "activities.funding.central.disbursed", 40000000);
  assert_number (json, "activities.funding.local.planned", 0);
  assert_number (json, "activities.funding.other.disbursed", 0);

  assert_string (json, "reporting.due_date", "2019-11-30");
  assert_number (json, "reporting.expected", 3);
  assert_number (json, "reporting.on_time", 1);
  assert_number (json, "reporting.late", 1);
  assert_number (json, "reporting.missing", 1);
  assert_number (json, "reporting.returned", 0);
}

static void
test_empty_population_json (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(Json) json = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshDatabase) db = sxsh_test_open_db (fixture->dir);

  /* No facility with CP potential and no medium enterprise: every value is
   * null, not 0. */
  sxsh_database_exec (db, "UPDATE facility SET cp_potential = 0, size_class = 'small'", &error);
  g_assert_no_error (error);
  g_clear_object (&db);
  g_assert_cmpint (run_cli (fixture, &out, &err, "indicators", "--year", "2019", "--json", NULL),
                   ==, 0);
  json = json_parse (out);
  g_assert_nonnull (json);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *value = g_strdup_printf ("indicators.%u.value_pct", i);
      g_autofree char *met = g_strdup_printf ("indicators.%u.met", i);
      g_autofree char *denominator = g_strdup_printf ("indicators.%u.denominator", i);

      g_assert_cmpint (json_get (json, value)->type, ==, JSON_NULL);
      assert_met (json, met, -1);
      assert_number (json, denominator, 0);
    }
}

static void
test_plain (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (fixture, &out, &err, "indicators", "--year", "2019", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Cơ sở được tuyên truyền, nhận thức về SXSH"));
  g_assert_nonnull (strstr (out, "Doanh nghiệp vừa có bộ phận chuyên trách về SXSH"));
  /* Vietnamese numbers: decimal comma, thousands dot. */
  g_assert_nonnull (strstr (out, "75,0%"));
  g_assert_nonnull (strstr (out, "33,3%"));
  g_assert_nonnull (strstr (out, "3/4"));
  g_assert_nonnull (strstr (out, "50.000.000"));
  g_assert_nonnull (strstr (out, "30/11/2019"));
  g_assert_null (strstr (out, "33.3"));
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (fixture, &out, &err, "indicators", "--year", "2019", "--plan",
                            "99/KH-UBND", "--json", NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "99/KH-UBND"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (fixture, &out, &err, "indicators", "--year", "20", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--year"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sxsh/cli/indicators/json-reader", test_json_reader);
  g_test_add ("/sxsh/cli/indicators/json", Fixture, NULL, fixture_setup, test_json,
              fixture_teardown);
  g_test_add ("/sxsh/cli/indicators/empty-population", Fixture, NULL, fixture_setup,
              test_empty_population_json, fixture_teardown);
  g_test_add ("/sxsh/cli/indicators/plain", Fixture, NULL, fixture_setup, test_plain,
              fixture_teardown);
  g_test_add ("/sxsh/cli/indicators/errors", Fixture, NULL, fixture_setup, test_errors,
              fixture_teardown);

  return g_test_run ();
}

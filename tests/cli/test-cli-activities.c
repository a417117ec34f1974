/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <string.h>
#include <sys/wait.h>

#include "sxsh-database.h"
#include "sxsh-test-util.h"

/* Runs the built sxsh-cli events|supports|certificates|funding|register on a
 * small database whose numbers are worked out below, and checks its JSON
 * with an outside strict reader (Python's json module), so that a stray
 * comma, a locale's decimal comma or a NaN fails the test. */

static const char data_sql[] =
  "INSERT INTO facility (id, name, last_year) VALUES (1, 'Công ty Cao su Kon Tum', NULL),"
  "  (2, 'Nhà máy Tinh bột sắn Đắk Hà', NULL), (3, 'Gạch \"Tuynel\" Sa Thầy', 2020);"
  "INSERT INTO facility_year (facility_id, year, informed, applying, report_received,"
  "                           report_returned, report_note) VALUES "
  "  (1, 2019, 1, 1, '2019-11-30', NULL, ''),"
  "  (2, 2018, 1, 1, NULL, NULL, '');"
  "INSERT INTO agency (id, name, short_name, reports_annually) VALUES "
  "  (1, 'Ban Quản lý các khu kinh tế', 'BQLKKT', 1);"
  "INSERT INTO plan (id, code, title, first_year, last_year) "
  "  VALUES (1, '2340/KH-UBND', 'SXSH', 2016, 2020);"
  "INSERT INTO plan_task (id, plan_id, code, task) VALUES (1, 1, '1', 'Tuyên truyền');"
  "INSERT INTO event (id, kind, title, date, place, participants, quantity, cost,"
  "                   funding_source, plan_task_id) VALUES "
  "  (1, 'workshop', 'Hội thảo SXSH', '2019-05-14', 'Kon Tum', 45, 0, 30000000, 'local', 1),"
  "  (2, 'leaflet', 'Tờ rơi', '2019-06-01', '', 0, 2000, 6000000, NULL, NULL),"
  "  (3, 'workshop', 'Hội thảo 2020', '2020-05-14', '', 10, 0, 0, NULL, NULL);"
  "INSERT INTO event_facility (event_id, facility_id) VALUES (1, 1), (1, 2);"
  "INSERT INTO support (id, facility_id, kind, year, start_date, end_date, consultancy_cost,"
  "                     total_cost, state_support, status) VALUES "
  "  (1, 2, 'quick_assessment', 2019, '2019-03-01', '2019-03-03', 20000000, 20000000,"
  "   12000000, 'done'),"
  "  (2, 1, 'demo_model', 2019, NULL, NULL, 0, 900000000, 400000000, 'in_progress');"
  "INSERT INTO cp_option (support_id, technique, description, investment, saving_vnd,"
  "                       saving_water_m3, decision, implemented) VALUES "
  "  (1, 'onsite_recovery', 'Tuần hoàn nước rửa củ', 300000000, 120000000, 1200, 'implement', 1),"
  "  (1, 'housekeeping', 'Quản lý nội vi', 5000000, 0, 0, 'study', 0);"
  "INSERT INTO certificate (number, year, seq, facility_id, issue_date, signer, status,"
  "                         revoked_on, revoke_reason) VALUES "
  "  ('01/2019/GCN-SCT', 2019, 1, 1, '2019-03-01', 'Nguyễn Văn A', 'valid', NULL, ''),"
  "  ('02/2019/GCN-SCT', 2019, 2, 2, '2019-04-01', 'Nguyễn Văn A', 'revoked', '2019-09-01',"
  "   'Sai số liệu');"
  "INSERT INTO funding (year, source, plan_task_id, planned, disbursed) VALUES "
  "  (2019, 'central', 1, 200000000, 150000000), (2019, 'local', NULL, 0, 5000000);";

/* Reads JSON from standard input, refusing NaN and Infinity, then checks
 * each argument "path=json" ("#path=n" checks a length). */
static const char checker_py[] =
  "import json, sys\n"
  "def bad_constant(c):\n"
  "    raise ValueError('not JSON: ' + c)\n"
  "doc = json.loads(sys.stdin.read(), parse_constant=bad_constant)\n"
  "failed = 0\n"
  "for spec in sys.argv[1:]:\n"
  "    path, _, want = spec.partition('=')\n"
  "    length = path.startswith('#')\n"
  "    node = doc\n"
  "    for part in (path.lstrip('#').split('.') if path.lstrip('#') else []):\n"
  "        node = node[int(part)] if isinstance(node, list) else node[part]\n"
  "    got = len(node) if length else node\n"
  "    expected = json.loads(want)\n"
  "    if got != expected or isinstance(got, bool) != isinstance(expected, bool):\n"
  "        print('%s: got %r, expected %r' % (path, got, expected))\n"
  "        failed = 1\n"
  "sys.exit(failed)\n";

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
run_cli (Fixture  *fixture,
         char    **out,
         char    **err,
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

/* Checks @json against "path=value" expectations with Python's reader. */
static void
check_json (const char         *json,
            const char * const *checks)
{
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (python == NULL)
    {
      g_test_skip ("python3 is needed to read the JSON");
      return;
    }
  g_ptr_array_add (argv, python);
  g_ptr_array_add (argv, (char *) "-c");
  g_ptr_array_add (argv, (char *) checker_py);
  for (guint i = 0; checks[i]; i++)
    g_ptr_array_add (argv, (char *) checks[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                               | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, json, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_if_exited (process) || g_subprocess_get_exit_status (process) != 0)
    g_error ("JSON check failed:\n%s%s\nin:\n%s", out, err, json);
}

static void
test_events (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char * const checks[] = {
    "year=2019",
    "#events=2",
    "events.0.title=\"Hội thảo SXSH\"",
    "events.0.kind=\"workshop\"",
    "events.0.communication=false",
    "events.0.facility_ids=[1, 2]",
    "events.0.funding_source=\"local\"",
    "events.0.plan_task=\"1 Tuyên truyền\"",
    "events.1.communication=true",
    "events.1.funding_source=null",
    "events.1.quantity=2000",
    "by_kind.workshop.count=1",
    "by_kind.workshop.participants=45",
    "by_kind.workshop.facilities=2",
    "by_kind.leaflet.cost=6000000",
    "by_kind.broadcast.count=0",
    "#by_kind=11",
    NULL
  };

  g_assert_cmpint (run_cli (fixture, &out, &err, "events", "--year", "2019", "--json", NULL),
                   ==, 0);
  g_assert_cmpstr (err, ==, "");
  check_json (out, checks);
}

static void
test_supports (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char * const checks[] = {
    "#supports=2",
    /* Vietnamese order of the facilities: Công ty … before Nhà máy … */
    "supports.0.kind=\"demo_model\"",
    "supports.0.payback_years=null",
    "supports.0.warnings=[]",
    "supports.0.start_date=null",
    "supports.1.facility=\"Nhà máy Tinh bột sắn Đắk Hà\"",
    "supports.1.state_support=12000000",
    "#supports.1.warnings=1",
    "#supports.1.options=2",
    "supports.1.options.0.payback_years=2.5",
    "supports.1.options.0.implemented=true",
    "supports.1.options.0.saving_water_m3=1200",
    "supports.1.options.1.payback_years=null",
    "supports.1.investment=305000000",
    "supports.1.saving_vnd=120000000",
    "totals.supports=2",
    "totals.demo_models=1",
    "totals.options=2",
    "totals.implemented=1",
    "totals.state_support=412000000",
    NULL
  };
  const char * const demo_checks[] = { "#supports=1", "supports.0.kind=\"demo_model\"", NULL };

  g_assert_cmpint (run_cli (fixture, &out, &err, "supports", "--year", "2019", "--json", NULL),
                   ==, 0);
  check_json (out, checks);
  g_assert_nonnull (strstr (out, "221/2012/TTLT-BTC-BCT"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (fixture, &out, &err, "supports", "--year", "2019", "--demo-models",
                            "--json", NULL), ==, 0);
  check_json (out, demo_checks);
}

static void
test_certificates (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char * const checks[] = {
    "#certificates=2",
    "certificates.0.number=\"01/2019/GCN-SCT\"",
    "certificates.0.support_id=null",
    "certificates.0.revoked_on=null",
    "certificates.1.status=\"revoked\"",
    "certificates.1.revoke_reason=\"Sai số liệu\"",
    "valid=1",
    "revoked=1",
    "next_number=\"03/2019/GCN-SCT\"",
    NULL
  };

  g_assert_cmpint (run_cli (fixture, &out, &err, "certificates", "--year", "2019", "--json",
                            NULL), ==, 0);
  check_json (out, checks);
}

static void
test_funding (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char * const checks[] = {
    "#lines=2",
    "lines.0.source=\"central\"",
    "lines.0.disbursed_pct=75",
    "lines.1.plan_task=null",
    "lines.1.disbursed_pct=null",
    "totals.all.planned=200000000",
    "totals.all.disbursed=155000000",
    "totals.all.disbursed_pct=77.5",
    "totals.other.disbursed_pct=null",
    NULL
  };

  g_assert_cmpint (run_cli (fixture, &out, &err, "funding", "--year", "2019", "--json", NULL),
                   ==, 0);
  check_json (out, checks);
}

static void
test_register (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char * const checks[] = {
    "due_date=\"2019-11-30\"",
    "today=\"2019-12-10\"",
    "counts.expected=3",
    "counts.on_time=1",
    "counts.missing=2",
    "counts.overdue=2",
    "reporters.0.name=\"Công ty Cao su Kon Tum\"",
    "reporters.0.status=\"on_time\"",
    "reporters.0.received_on=\"2019-11-30\"",
    "reporters.1.status=\"missing\"",
    "reporters.1.days_overdue=10",
    "reporters.1.received_on=null",
    "reporters.2.kind=\"agency\"",
    NULL
  };
  const char * const missing_checks[] = { "#reporters=2", "counts.expected=3", NULL };

  g_assert_cmpint (run_cli (fixture, &out, &err, "register", "--year", "2019", "--today",
                            "2019-12-10", "--json", NULL), ==, 0);
  check_json (out, checks);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (fixture, &out, &err, "register", "--year", "2019", "--today",
                            "2019-12-10", "--missing", "--json", NULL), ==, 0);
  check_json (out, missing_checks);
}

static void
test_plain (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (fixture, &out, &err, "register", "--year", "2019", "--today",
                            "2019-11-25", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Nhà máy Tinh bột sắn Đắk Hà"));
  g_assert_nonnull (strstr (out, "5 days left"));
  g_assert_nonnull (strstr (out, "30/11/2019"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (fixture, &out, &err, "supports", "--year", "2019", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Tuần hoàn nước rửa củ"));
  g_assert_nonnull (strstr (out, "300.000.000"));
  g_assert_nonnull (strstr (out, "2,5"));
  g_assert_nonnull (strstr (out, "Warning: State support"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (fixture, &out, &err, "certificates", "--year", "2019", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Revoked on 01/09/2019: Sai số liệu"));
  g_assert_nonnull (strstr (out, "03/2019/GCN-SCT"));
}

static void
test_exit_codes (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *const commands[] = { "events", "supports", "certificates", "funding", "register" };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *missing_db = g_build_filename (fixture->dir, "none.db", NULL);
      g_autofree char *saved = fixture->db_path;

      g_assert_cmpint (run_cli (fixture, &out, &err, commands[i], "--year", "1800", NULL), ==, 2);
      g_assert_nonnull (strstr (err, "--year"));
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
      g_assert_cmpint (run_cli (fixture, &out, &err, commands[i], "extra", NULL), ==, 2);
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);

      /* A database that does not exist is a failure, and is not created. */
      fixture->db_path = missing_db;
      g_assert_cmpint (run_cli (fixture, &out, &err, commands[i], "--year", "2019", NULL), ==, 1);
      g_assert_false (g_file_test (missing_db, G_FILE_TEST_EXISTS));
      fixture->db_path = g_steal_pointer (&saved);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sxsh/cli/events/json", Fixture, NULL, fixture_setup, test_events,
              fixture_teardown);
  g_test_add ("/sxsh/cli/supports/json", Fixture, NULL, fixture_setup, test_supports,
              fixture_teardown);
  g_test_add ("/sxsh/cli/certificates/json", Fixture, NULL, fixture_setup, test_certificates,
              fixture_teardown);
  g_test_add ("/sxsh/cli/funding/json", Fixture, NULL, fixture_setup, test_funding,
              fixture_teardown);
  g_test_add ("/sxsh/cli/register/json", Fixture, NULL, fixture_setup, test_register,
              fixture_teardown);
  g_test_add ("/sxsh/cli/activities/plain", Fixture, NULL, fixture_setup, test_plain,
              fixture_teardown);
  g_test_add ("/sxsh/cli/activities/exit-codes", Fixture, NULL, fixture_setup, test_exit_codes,
              fixture_teardown);
  return g_test_run ();
}

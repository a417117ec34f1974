/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "sxsh-core.h"
#include "sxsh-test-util.h"

/* The built sxsh-cli is run as a user would run it, each test in a folder
 * of its own.  It is found in the build tree, or at the path given as the
 * first argument (to test an installed one). */
static char *cli_binary;

typedef struct
{
  char *tmpdir;
  char *db;
  char *out;
  char *err;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->tmpdir = sxsh_test_make_tmpdir ();
  f->db = g_build_filename (f->tmpdir, "sxsh.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sxsh_test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
  g_free (f->db);
  g_free (f->out);
  g_free (f->err);
}

/* Runs sxsh-cli with the arguments (NULL-terminated) and returns its exit
 * status; what it printed is in f->out and f->err. */
static int
run_argv (Fixture     *f,
          const char **args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int status = 0;

  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);
  /* Only --db chooses the database in these tests. */
  envp = g_environ_unsetenv (envp, "SXSH_DB");
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", f->tmpdir, TRUE);

  g_ptr_array_add (argv, cli_binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (f->tmpdir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL,
                               NULL, &f->out, &f->err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

#define RUN(f, ...) run_argv ((f), (const char *[]) { __VA_ARGS__, NULL })

static guint
count_occurrences (const char *text,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* The ids of a `facilities --json` listing, in order. */
static GArray *
json_ids (const char *json)
{
  g_autoptr(GRegex) regex = g_regex_new ("\"id\":([0-9]+)", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_regex_match (regex, json, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *digits = g_match_info_fetch (match, 1);
      gint64 id = g_ascii_strtoll (digits, NULL, 10);

      g_array_append_val (ids, id);
      g_match_info_next (match, NULL);
    }
  return ids;
}

static void
assert_error_line (const char *err)
{
  g_assert_nonnull (err);
  g_assert_true (g_str_has_prefix (err, "sxsh-cli: "));
}

static void
test_init (Fixture       *f,
           gconstpointer  data)
{
  g_assert_cmpint (RUN (f, "--db", f->db, "init"), ==, 0);
  g_assert_nonnull (strstr (f->out, "Reference data loaded"));
  g_assert_nonnull (strstr (f->out, "1 plan with 7 tasks"));
  g_assert_true (g_file_test (f->db, G_FILE_TEST_IS_REGULAR));

  /* A second init migrates nothing and keeps the data. */
  g_assert_cmpint (RUN (f, "--db", f->db, "init"), ==, 0);
  g_assert_nonnull (strstr (f->out, "already present"));

  /* An empty registry lists nothing, as a table and as JSON. */
  g_assert_cmpint (RUN (f, "--db", f->db, "facilities", "--json"), ==, 0);
  g_assert_cmpstr (f->out, ==, "[]\n");
  g_assert_cmpint (RUN (f, "--db", f->db, "check"), ==, 0);
  g_assert_nonnull (strstr (f->out, "Integrity: ok"));
  g_assert_nonnull (strstr (f->out, "no problems found"));

  /* The option may also follow the command. */
  g_assert_cmpint (RUN (f, "facilities", "--db", f->db), ==, 0);
  g_assert_nonnull (strstr (f->out, "0 facilities"));
}

static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GRegex) object = NULL;
  g_autofree char *first_json = NULL;
  g_autofree char *other = g_build_filename (f->tmpdir, "other.db", NULL);

  g_assert_cmpint (RUN (f, "--db", f->db, "init", "--sample", "--facilities", "50", "--seed", "7"),
                   ==, 0);
  g_assert_nonnull (strstr (f->out, "50 facilities"));

  g_assert_cmpint (RUN (f, "--db", f->db, "facilities", "--json", "--year", "2024"), ==, 0);
  ids = json_ids (f->out);
  g_assert_cmpuint (ids->len, ==, 50);
  /* Every object has the documented fields, in a fixed form. */
  object = g_regex_new ("^  \\{\"id\":[0-9]+,\"tax_code\":\"[0-9-]*\",\"name\":\"[^\"]+\","
                        "\"unit\":\"[^\"]+\",\"sector\":\"[^\"]+\","
                        "\"size\":(\"(micro|small|medium|large)\"|null),"
                        "\"status\":\"(none|not_informed|informed|applying)\"\\},?$",
                        G_REGEX_MULTILINE, 0, NULL);
  {
    g_autoptr(GMatchInfo) match = NULL;
    guint matched = 0;

    g_regex_match (object, f->out, 0, &match);
    while (g_match_info_matches (match))
      {
        matched++;
        g_match_info_next (match, NULL);
      }
    g_assert_cmpuint (matched, ==, 50);
  }
  g_assert_true (g_str_has_prefix (f->out, "[\n"));
  g_assert_true (g_str_has_suffix (f->out, "\n]\n"));
  g_assert_cmpuint (count_occurrences (f->out, "\"status\":\"applying\""), >, 0);
  first_json = g_steal_pointer (&f->out);

  /* The same seed gives the same province. */
  g_assert_cmpint (RUN (f, "--db", other, "init", "--sample", "--facilities", "50", "--seed", "7"),
                   ==, 0);
  g_assert_cmpint (RUN (f, "--db", other, "facilities", "--json", "--year", "2024"), ==, 0);
  g_assert_cmpstr (f->out, ==, first_json);

  /* The table has a header and one line per facility, then the count. */
  g_assert_cmpint (RUN (f, "--db", f->db, "facilities"), ==, 0);
  g_assert_true (g_str_has_prefix (f->out, "Tax code"));
  g_assert_cmpuint (count_occurrences (f->out, "\n"), ==, 52);
  g_assert_nonnull (strstr (f->out, "50 facilities"));

  /* The sample is sound: warnings may be printed, but no error. */
  g_assert_cmpint (RUN (f, "--db", f->db, "check"), ==, 0);
  g_assert_nonnull (strstr (f->out, "Integrity: ok"));
  g_assert_nonnull (strstr (f->out, "Data quality:"));

  /* A second sample into the same database is refused. */
  g_assert_cmpint (RUN (f, "--db", f->db, "init", "--sample"), ==, 1);
  assert_error_line (f->err);
  g_assert_nonnull (strstr (f->err, "already has 50 facilities"));
}

/* The folded text a search matches, as the core builds it. */
static char *
search_text (SxshDatabase *db,
             gint64        id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt = NULL;

  stmt = sxsh_database_prepare (db,
                                "SELECT f.name || ' ' || COALESCE (f.tax_code, '') || ' ' || "
                                "f.address || ' ' || COALESCE (u.name, '') || ' ' || f.zone || "
                                "' ' || COALESCE (s.name, '') || ' ' || f.main_products "
                                "FROM facility f LEFT JOIN admin_unit u ON u.id = f.admin_unit_id "
                                "LEFT JOIN sector s ON s.id = f.sector_id WHERE f.id = ?1",
                                &error);
  g_assert_no_error (error);
  sxsh_statement_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sxsh_statement_step (stmt, &error), ==, SXSH_STEP_ROW);
  return sxsh_text_fold (sxsh_statement_get_text (stmt, 0));
}

static gboolean
contains_id (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GArray) found = NULL;
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SxshStatement) stmt = NULL;
  guint in_dak_ha = 0, expected = 0;
  int rc;

  g_assert_cmpint (RUN (f, "--db", f->db, "init", "--sample", "--facilities", "50", "--seed", "7"),
                   ==, 0);
  g_assert_cmpint (RUN (f, "--db", f->db, "facilities", "--search", "dak ha", "--json"), ==, 0);
  found = json_ids (f->out);
  g_assert_cmpuint (found->len, >, 0);
  g_assert_cmpuint (found->len, <, 50);

  db = sxsh_database_open (f->db, &error);
  g_assert_no_error (error);

  /* Exactly the facilities whose text holds both words, whatever the
   * accents ("Đắk Hà", "Đăk Hà"), as in the application's search box. */
  stmt = sxsh_database_prepare (db, "SELECT id FROM facility ORDER BY id", &error);
  g_assert_no_error (error);
  while ((rc = sxsh_statement_step (stmt, &error)) == SXSH_STEP_ROW)
    {
      gint64 id = sxsh_statement_get_int64 (stmt, 0);
      g_autofree char *text = search_text (db, id);
      gboolean matches = sxsh_text_match_folded (text, "dak ha");

      if (matches)
        expected++;
      g_assert_cmpint (matches, ==, contains_id (found, id));
    }
  g_assert_no_error (error);
  g_clear_pointer (&stmt, sxsh_statement_release);
  g_assert_cmpuint (found->len, ==, expected);

  /* Every facility of the district of Đắk Hà is among them. */
  stmt = sxsh_database_prepare (db, "SELECT f.id FROM facility f JOIN admin_unit u "
                                    "ON u.id = f.admin_unit_id JOIN admin_unit d "
                                    "ON d.id = u.parent_id WHERE d.name = 'Đắk Hà'", &error);
  g_assert_no_error (error);
  while ((rc = sxsh_statement_step (stmt, &error)) == SXSH_STEP_ROW)
    {
      in_dak_ha++;
      g_assert_true (contains_id (found, sxsh_statement_get_int64 (stmt, 0)));
    }
  g_assert_no_error (error);
  g_test_message ("%u facilities found, %u of them in the district", found->len, in_dak_ha);
  g_assert_cmpuint (in_dak_ha, >, 0);

  /* Accents and case in the query do not matter. */
  g_assert_cmpint (RUN (f, "--db", f->db, "facilities", "--search", "ĐẮK HÀ", "--json"), ==, 0);
  {
    g_autoptr(GArray) again = json_ids (f->out);
    g_assert_cmpuint (again->len, ==, found->len);
  }

  /* Nothing matches nonsense. */
  g_assert_cmpint (RUN (f, "--db", f->db, "facilities", "--search", "zzqx"), ==, 0);
  g_assert_nonnull (strstr (f->out, "0 facilities"));

  g_clear_pointer (&stmt, sxsh_statement_release);
  g_assert_finalize_object (g_steal_pointer (&db));
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  g_assert_cmpint (RUN (f, "--db", f->db, "init"), ==, 0);

  g_assert_cmpint (RUN (f, "--db", f->db, "frobnicate"), ==, 2);
  assert_error_line (f->err);
  g_assert_nonnull (strstr (f->err, "frobnicate"));

  g_assert_cmpint (run_argv (f, (const char *[]) { NULL }), ==, 2);
  assert_error_line (f->err);

  g_assert_cmpint (RUN (f, "--db", f->db, "init", "--bogus"), ==, 2);
  assert_error_line (f->err);
  g_assert_nonnull (strstr (f->err, "sxsh-cli init --help"));

  g_assert_cmpint (RUN (f, "--db", f->db, "init", "--facilities", "5"), ==, 2);
  g_assert_cmpint (RUN (f, "--db", f->db, "init", "--sample", "--facilities", "0"), ==, 2);
  g_assert_cmpint (RUN (f, "--db", f->db, "init", "--sample", "--facilities", "many"), ==, 2);
  g_assert_cmpint (RUN (f, "--db", f->db, "facilities", "extra"), ==, 2);
  g_assert_cmpint (RUN (f, "--db", f->db, "facilities", "--year", "12"), ==, 2);
  g_assert_cmpint (RUN (f, "--db", f->db, "check", "now"), ==, 2);
  g_assert_cmpint (RUN (f, "--db", f->db, "backup"), ==, 2);
  assert_error_line (f->err);
  g_assert_cmpint (RUN (f, "--db", f->db, "restore"), ==, 2);

  /* Help is not an error. */
  g_assert_cmpint (RUN (f, "--help"), ==, 0);
  g_assert_nonnull (strstr (f->out, "facilities"));
  g_assert_nonnull (strstr (f->out, "backup"));
  g_assert_cmpint (RUN (f, "init", "--help"), ==, 0);
  g_assert_nonnull (strstr (f->out, "sxsh-cli init"));
  g_assert_nonnull (strstr (f->out, "--sample"));
  g_assert_cmpint (RUN (f, "--version"), ==, 0);
  g_assert_true (g_str_has_prefix (f->out, "sxsh-cli "));
}

static void
test_missing_database (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (f->tmpdir, "file", NULL);
  g_autofree char *under_file = g_build_filename (blocker, "sub", "x.db", NULL);
  g_autofree char *not_db = g_build_filename (f->tmpdir, "notes.txt", NULL);

  /* Reading commands do not create an empty database for a mistyped path. */
  g_assert_cmpint (RUN (f, "--db", f->db, "facilities"), ==, 1);
  assert_error_line (f->err);
  g_assert_nonnull (strstr (f->err, "sxsh-cli init"));
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
  g_assert_cmpint (RUN (f, "--db", f->db, "check"), ==, 1);
  g_assert_cmpint (RUN (f, "--db", f->db, "backup", "copy.db"), ==, 1);

  /* A folder that cannot be made. */
  g_assert_true (g_file_set_contents (blocker, "x", -1, NULL));
  g_assert_cmpint (RUN (f, "--db", under_file, "init"), ==, 1);
  assert_error_line (f->err);

  /* A file that is not a database. */
  g_assert_true (g_file_set_contents (not_db, "These are notes, not a database, and they are "
                                      "long enough to fill the header of one.\n", -1, NULL));
  g_assert_cmpint (RUN (f, "--db", not_db, "check"), ==, 1);
  assert_error_line (f->err);
  g_assert_cmpint (RUN (f, "--db", not_db, "init"), ==, 1);
}

static void
test_backup_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (f->tmpdir, "backup.db", NULL);
  g_autofree char *fresh = g_build_filename (f->tmpdir, "fresh", "sxsh.db", NULL);
  g_autofree char *missing = g_build_filename (f->tmpdir, "missing.db", NULL);
  g_autofree char *before = NULL;

  g_assert_cmpint (RUN (f, "--db", f->db, "init", "--sample", "--facilities", "20", "--seed",
                        "3"), ==, 0);
  g_assert_cmpint (RUN (f, "--db", f->db, "facilities", "--json"), ==, 0);
  before = g_steal_pointer (&f->out);

  g_assert_cmpint (RUN (f, "--db", f->db, "backup", backup), ==, 0);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));

  /* Restored on a new computer, with no database yet. */
  g_assert_cmpint (RUN (f, "--db", fresh, "restore", backup), ==, 0);
  g_assert_cmpint (RUN (f, "--db", fresh, "facilities", "--json"), ==, 0);
  g_assert_cmpstr (f->out, ==, before);
  g_assert_cmpint (RUN (f, "--db", fresh, "check"), ==, 0);

  /* Restoring over a database replaces its content. */
  g_assert_cmpint (RUN (f, "--db", missing, "init"), ==, 0);
  g_assert_cmpint (RUN (f, "--db", missing, "restore", backup), ==, 0);
  g_assert_cmpint (RUN (f, "--db", missing, "facilities", "--json"), ==, 0);
  g_assert_cmpstr (f->out, ==, before);

  /* A backup that does not exist. */
  g_assert_cmpint (RUN (f, "--db", fresh, "restore", "no-such-backup.db"), ==, 1);
  assert_error_line (f->err);
  g_assert_nonnull (strstr (f->err, "no-such-backup.db"));
}

static void
test_check_warnings (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (RUN (f, "--db", f->db, "init"), ==, 0);
  db = sxsh_database_open (f->db, &error);
  g_assert_no_error (error);
  /* Two facilities with the same name but for the accents, a mistyped tax
   * code, no sector, and a yearly record before the facility started. */
  g_assert_true (sxsh_database_exec (db,
                                     "INSERT INTO facility (id, tax_code, name, name_key, "
                                     "admin_unit_id, sector_id, first_year) VALUES "
                                     "(1, '6100100150', 'Nhà máy gạch Đắk Hà', '', 150, 5, 2018), "
                                     "(2, '6100100155', 'NHÀ MÁY GẠCH ĐẮK HÀ', '', 150, NULL, "
                                     "2018);"
                                     "INSERT INTO facility_year (facility_id, year, informed) "
                                     "VALUES (1, 2017, 1);",
                                     &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&db));

  g_assert_cmpint (RUN (f, "--db", f->db, "check"), ==, 0);
  g_test_message ("%s", f->out);
  g_assert_nonnull (strstr (f->out, "same name"));
  g_assert_nonnull (strstr (f->out, "ids 1, 2"));
  g_assert_nonnull (strstr (f->out, "check digit"));
  g_assert_nonnull (strstr (f->out, "has no sector"));
  g_assert_nonnull (strstr (f->out, "yearly data for 2017"));
  g_assert_nonnull (strstr (f->out, "Data quality: 4 warnings."));
}

int
main (int    argc,
      char **argv)
{
  /* Vietnamese in test messages needs the locale. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  if (argc > 1)
    cli_binary = g_strdup (argv[1]);
  else
    cli_binary = g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "sxsh-cli", NULL);
  if (!g_file_test (cli_binary, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("sxsh-cli is not at %s", cli_binary);

#define ADD(path, func) \
  g_test_add ("/sxsh/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("init", test_init);
  ADD ("sample", test_sample);
  ADD ("search-folded", test_search);
  ADD ("usage-errors", test_usage);
  ADD ("missing-database", test_missing_database);
  ADD ("backup-restore", test_backup_restore);
  ADD ("check-warnings", test_check_warnings);
#undef ADD

  return g_test_run ();
}

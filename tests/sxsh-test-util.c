/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "sxsh-test-util.h"

/* Returns: (transfer full): a new empty folder of the test's own */
char *
sxsh_test_make_tmpdir (void)
{
  g_autofree char *tmpl = g_build_filename (g_get_tmp_dir (), "sxsh-test-XXXXXX", NULL);
  char *dir = g_mkdtemp (g_steal_pointer (&tmpl));

  g_assert_nonnull (dir);
  return dir;
}

/* Removes a folder made by sxsh_test_make_tmpdir() and what it holds. */
void
sxsh_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        sxsh_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Returns: (transfer full): a fresh database at tmpdir/test.db, migrated */
SxshDatabase *
sxsh_test_open_db (const char *tmpdir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "test.db", NULL);
  SxshDatabase *db = sxsh_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sxsh-database.h"
#include "sxsh-error.h"
#include "sxsh-core-resources.h"

struct _SxshStatement
{
  sqlite3_stmt *stmt;
  SxshDatabase *db;
  gboolean      in_use;
};

struct _SxshDatabase
{
  GObject     parent_instance;

  sqlite3    *handle;
  char       *path;
  GHashTable *statements;   /* SQL text → SxshStatement */
  guint       depth;        /* nesting of sxsh_database_begin() */
};

G_DEFINE_FINAL_TYPE (SxshDatabase, sxsh_database, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static const char *migrations[] = {
  "001-schema.sql",
  "002-change-log.sql",
  "003-agency-validity.sql",
  "004-autoincrement.sql",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SXSH_SCHEMA_VERSION);

/* Translates an SQLite result code into the SXSH_ERROR domain, with a
 * message that tells the user what to do about it. */
static void
set_error_from_sqlite (GError     **error,
                       sqlite3     *handle,
                       int          rc,
                       const char  *path)
{
  const char *detail = handle ? sqlite3_errmsg (handle) : sqlite3_errstr (rc);
  int primary = rc & 0xff;

  switch (primary)
    {
    case SQLITE_CONSTRAINT:
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_CONSTRAINT,
                   _("The change breaks a rule of the database (%s)."), detail);
      break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_CORRUPT,
                   _("“%s” is not an SXSH Tracker database, or it is damaged. "
                     "Restore it from a backup or choose another file."),
                   path ? path : "");
      break;
    case SQLITE_FULL:
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_NO_SPACE,
                   _("The disk is full. Free some space and try again; nothing was saved."));
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_BUSY,
                   _("The database is locked by another program. Close the other program "
                     "and try again."));
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_READ_ONLY,
                   _("The database “%s” cannot be written. Check the file's permissions."),
                   path ? path : "");
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_OPEN,
                   _("The database “%s” cannot be opened. Check that its folder exists and "
                     "can be written."),
                   path ? path : "");
      break;
    default:
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_QUERY,
                   _("The database reported an error: %s."), detail);
      break;
    }
}

static void
statement_free (gpointer data)
{
  SxshStatement *stmt = data;

  sqlite3_finalize (stmt->stmt);
  g_free (stmt);
}

static void
sxsh_database_finalize (GObject *object)
{
  SxshDatabase *self = SXSH_DATABASE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->handle)
    sqlite3_close_v2 (self->handle);
  g_free (self->path);

  G_OBJECT_CLASS (sxsh_database_parent_class)->finalize (object);
}

static void
sxsh_database_class_init (SxshDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sxsh_database_finalize;

  /**
   * SxshDatabase::changed:
   * @table: the table whose rows changed
   *
   * Emitted by the stores after they committed a change, so that views of
   * other stores (the dashboard, counts) refresh.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
sxsh_database_init (SxshDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, statement_free);
}

/**
 * sxsh_database_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/sxsh/sxsh.db`
 */
char *
sxsh_database_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "sxsh", "sxsh.db", NULL);
}

/**
 * sxsh_database_resolve_path:
 * @explicit_path: (nullable): a path given on the command line
 *
 * Chooses the database file: the explicit path, else `SXSH_DB`, else the
 * default path.
 *
 * Returns: (transfer full): the path to open
 */
char *
sxsh_database_resolve_path (const char *explicit_path)
{
  const char *env;

  if (explicit_path && *explicit_path)
    return g_strdup (explicit_path);
  env = g_getenv ("SXSH_DB");
  if (env && *env)
    return g_strdup (env);
  return sxsh_database_default_path ();
}

static gboolean
exec_raw (SxshDatabase  *self,
          const char    *sql,
          GError       **error)
{
  int rc = sqlite3_exec (self->handle, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_error_from_sqlite (error, self->handle, rc, self->path);
      return FALSE;
    }
  return TRUE;
}

static gint64
pragma_int (SxshDatabase  *self,
            const char    *sql,
            GError       **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;
  int rc;

  rc = sqlite3_prepare_v2 (self->handle, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          value = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    set_error_from_sqlite (error, self->handle, rc, self->path);
  sqlite3_finalize (stmt);
  return value;
}

static gboolean
apply_migrations_unchecked (SxshDatabase  *self,
                            int            from_version,
                            GError       **error);

/* Runs the schema steps with foreign keys off, as rebuilding a table
 * requires (dropping a parent would otherwise cascade to its children), and
 * checks every reference before each step commits. */
static gboolean
apply_migrations (SxshDatabase  *self,
                  int            from_version,
                  GError       **error)
{
  gboolean ok;

  if (from_version >= SXSH_SCHEMA_VERSION)
    return TRUE;
  if (!exec_raw (self, "PRAGMA foreign_keys = OFF", error))
    return FALSE;
  ok = apply_migrations_unchecked (self, from_version, error);
  if (!exec_raw (self, "PRAGMA foreign_keys = ON", ok ? error : NULL))
    return FALSE;
  return ok;
}

static gboolean
apply_migrations_unchecked (SxshDatabase  *self,
                            int            from_version,
                            GError       **error)
{
  for (int version = from_version + 1; version <= SXSH_SCHEMA_VERSION; version++)
    {
      g_autofree char *resource_path = NULL;
      g_autofree char *pragma = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autofree char *script = NULL;

      resource_path = g_strconcat ("/io/github/sxsh/Tracker/sql/", migrations[version - 1], NULL);
      bytes = g_resource_lookup_data (sxsh_core_get_resource (), resource_path,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
      if (bytes == NULL)
        {
          g_set_error (error, SXSH_ERROR, SXSH_ERROR_MIGRATION,
                       _("The schema step %d is missing from the program: %s"),
                       version, local_error->message);
          return FALSE;
        }
      script = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      /* user_version takes no bound parameter; the value is our own integer. */
      pragma = g_strdup_printf ("PRAGMA user_version = %d", version);

      if (!sxsh_database_begin (self, error))
        return FALSE;
      if (!exec_raw (self, script, &local_error) || !exec_raw (self, pragma, &local_error)
          || pragma_int (self, "SELECT count(*) FROM pragma_foreign_key_check", &local_error) != 0)
        {
          if (local_error == NULL)
            g_set_error (&local_error, SXSH_ERROR, SXSH_ERROR_CORRUPT,
                         _("some rows point to rows that do not exist"));
          sxsh_database_rollback (self);
          g_set_error (error, SXSH_ERROR, SXSH_ERROR_MIGRATION,
                       _("The database could not be updated to schema version %d: %s"),
                       version, local_error->message);
          return FALSE;
        }
      if (!sxsh_database_commit (self, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * sxsh_database_open:
 * @path: the database file; created with its folder when missing
 * @error: return location for an error
 *
 * Opens the database, sets foreign keys, WAL and a busy timeout, and brings
 * the schema up to date.  A file of another program, a damaged file or a file
 * written by a newer version is refused with a message the user can act on.
 *
 * Returns: (transfer full): the database, or %NULL
 */
SxshDatabase *
sxsh_database_open (const char  *path,
                    GError     **error)
{
  g_autoptr(SxshDatabase) self = NULL;
  g_autofree char *dir = NULL;
  gint64 app_id, version;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_OPEN,
                   _("The folder “%s” for the database cannot be created: %s"),
                   dir, g_strerror (saved));
      return NULL;
    }

  self = g_object_new (SXSH_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_sqlite (error, NULL, rc, path);
      return NULL;
    }
  sqlite3_extended_result_codes (self->handle, 1);
  sqlite3_busy_timeout (self->handle, 5000);

  /* Reading the header first tells a foreign or damaged file apart before
   * anything is written to it. */
  app_id = pragma_int (self, "PRAGMA application_id", error);
  if (app_id < 0)
    return NULL;
  version = pragma_int (self, "PRAGMA user_version", error);
  if (version < 0)
    return NULL;

  if (app_id != 0 && app_id != SXSH_APPLICATION_ID)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_CORRUPT,
                   _("“%s” belongs to another program; it is not an SXSH Tracker database."),
                   path);
      return NULL;
    }
  if (app_id == 0 && version == 0)
    {
      gint64 objects = pragma_int (self, "SELECT count(*) FROM sqlite_master", error);
      if (objects < 0)
        return NULL;
      if (objects > 0)
        {
          g_set_error (error, SXSH_ERROR, SXSH_ERROR_CORRUPT,
                       _("“%s” is a database of another program; it is not an SXSH Tracker "
                         "database."),
                       path);
          return NULL;
        }
    }
  if (version > SXSH_SCHEMA_VERSION)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of SXSH Tracker (schema %d; this "
                     "program knows up to %d). Update the program to open it."),
                   path, (int) version, SXSH_SCHEMA_VERSION);
      return NULL;
    }

  if (!exec_raw (self, "PRAGMA foreign_keys = ON", error))
    return NULL;
  if (!exec_raw (self, "PRAGMA journal_mode = WAL", error))
    return NULL;
  if (!exec_raw (self, "PRAGMA synchronous = NORMAL", error))
    return NULL;
  if (app_id == 0)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d", SXSH_APPLICATION_ID);
      if (!exec_raw (self, sql, error))
        return NULL;
    }

  if (!apply_migrations (self, (int) version, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
sxsh_database_get_path (SxshDatabase *self)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (self), NULL);
  return self->path;
}

int
sxsh_database_get_schema_version (SxshDatabase *self)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (self), -1);
  return (int) pragma_int (self, "PRAGMA user_version", NULL);
}

/**
 * sxsh_database_exec:
 *
 * Runs SQL that binds no values (schema scripts, pragmas).  Anything that
 * carries user data goes through sxsh_database_prepare() and the bind calls.
 */
gboolean
sxsh_database_exec (SxshDatabase  *self,
                    const char    *sql,
                    GError       **error)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (self), FALSE);
  return exec_raw (self, sql, error);
}

/**
 * sxsh_database_prepare:
 *
 * Returns: (transfer none): a statement from the cache, reset and with no
 *   bindings, to give back with sxsh_statement_release(); or %NULL
 */
SxshStatement *
sxsh_database_prepare (SxshDatabase  *self,
                       const char    *sql,
                       GError       **error)
{
  SxshStatement *stmt;
  sqlite3_stmt *raw = NULL;
  int rc;

  g_return_val_if_fail (SXSH_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL && !stmt->in_use)
    {
      stmt->in_use = TRUE;
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &raw, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_sqlite (error, self->handle, rc, self->path);
      sqlite3_finalize (raw);
      return NULL;
    }

  stmt = g_new0 (SxshStatement, 1);
  stmt->stmt = raw;
  stmt->db = self;
  stmt->in_use = TRUE;

  /* A statement already in use (a nested query of the same text) gets a
   * private copy that is finalized on release instead of cached. */
  if (g_hash_table_contains (self->statements, sql))
    stmt->db = NULL;
  else
    g_hash_table_insert (self->statements, g_strdup (sql), stmt);

  return stmt;
}

void
sxsh_statement_release (SxshStatement *stmt)
{
  if (stmt == NULL)
    return;
  if (stmt->db == NULL)
    {
      statement_free (stmt);
      return;
    }
  sqlite3_reset (stmt->stmt);
  sqlite3_clear_bindings (stmt->stmt);
  stmt->in_use = FALSE;
}

void
sxsh_statement_bind_int64 (SxshStatement *stmt,
                           int            index,
                           gint64         value)
{
  sqlite3_bind_int64 (stmt->stmt, index, value);
}

void
sxsh_statement_bind_double (SxshStatement *stmt,
                            int            index,
                            double         value)
{
  sqlite3_bind_double (stmt->stmt, index, value);
}

void
sxsh_statement_bind_text (SxshStatement *stmt,
                          int            index,
                          const char    *value)
{
  if (value == NULL)
    sqlite3_bind_null (stmt->stmt, index);
  else
    sqlite3_bind_text (stmt->stmt, index, value, -1, SQLITE_TRANSIENT);
}

void
sxsh_statement_bind_null (SxshStatement *stmt,
                          int            index)
{
  sqlite3_bind_null (stmt->stmt, index);
}

void
sxsh_statement_bind_optional_int64 (SxshStatement *stmt,
                                    int            index,
                                    gint64         value,
                                    gboolean       present)
{
  if (present)
    sqlite3_bind_int64 (stmt->stmt, index, value);
  else
    sqlite3_bind_null (stmt->stmt, index);
}

/* Binds NULL for a missing or empty string. */
void
sxsh_statement_bind_optional_text (SxshStatement *stmt,
                                   int            index,
                                   const char    *value)
{
  if (value == NULL || *value == '\0')
    sqlite3_bind_null (stmt->stmt, index);
  else
    sqlite3_bind_text (stmt->stmt, index, value, -1, SQLITE_TRANSIENT);
}

/**
 * sxsh_statement_step:
 *
 * Returns: %SXSH_STEP_ROW, %SXSH_STEP_DONE, or %SXSH_STEP_ERROR with @error set
 */
int
sxsh_statement_step (SxshStatement  *stmt,
                     GError        **error)
{
  int rc = sqlite3_step (stmt->stmt);

  if (rc == SQLITE_ROW)
    return SXSH_STEP_ROW;
  if (rc == SQLITE_DONE)
    return SXSH_STEP_DONE;

  {
    sqlite3 *handle = sqlite3_db_handle (stmt->stmt);
    set_error_from_sqlite (error, handle, rc, sqlite3_db_filename (handle, "main"));
  }
  return SXSH_STEP_ERROR;
}

/* Steps a statement to its end; for writes. */
gboolean
sxsh_statement_run (SxshStatement  *stmt,
                    GError        **error)
{
  int rc;

  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    ;
  return rc == SXSH_STEP_DONE;
}

gboolean
sxsh_statement_is_null (SxshStatement *stmt,
                        int            column)
{
  return sqlite3_column_type (stmt->stmt, column) == SQLITE_NULL;
}

gint64
sxsh_statement_get_int64 (SxshStatement *stmt,
                          int            column)
{
  return sqlite3_column_int64 (stmt->stmt, column);
}

int
sxsh_statement_get_int (SxshStatement *stmt,
                        int            column)
{
  return sqlite3_column_int (stmt->stmt, column);
}

double
sxsh_statement_get_double (SxshStatement *stmt,
                           int            column)
{
  return sqlite3_column_double (stmt->stmt, column);
}

const char *
sxsh_statement_get_text (SxshStatement *stmt,
                         int            column)
{
  return (const char *) sqlite3_column_text (stmt->stmt, column);
}

char *
sxsh_statement_dup_text (SxshStatement *stmt,
                         int            column)
{
  const char *text = (const char *) sqlite3_column_text (stmt->stmt, column);
  return g_strdup (text ? text : "");
}

/**
 * sxsh_database_begin:
 *
 * Starts a transaction, or a savepoint inside one that is already open, so
 * that functions which each write in a transaction can be combined into one.
 */
gboolean
sxsh_database_begin (SxshDatabase  *self,
                     GError       **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (SXSH_IS_DATABASE (self), FALSE);

  if (self->depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT sp%u", self->depth);
  if (!exec_raw (self, sql, error))
    return FALSE;
  self->depth++;
  return TRUE;
}

gboolean
sxsh_database_commit (SxshDatabase  *self,
                      GError       **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (SXSH_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE sp%u", self->depth - 1);
  if (!exec_raw (self, sql, error))
    {
      sxsh_database_rollback (self);
      return FALSE;
    }
  self->depth--;
  return TRUE;
}

void
sxsh_database_rollback (SxshDatabase *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (SXSH_IS_DATABASE (self));
  g_return_if_fail (self->depth > 0);

  if (self->depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO sp%u; RELEASE sp%u", self->depth - 1, self->depth - 1);
  sqlite3_exec (self->handle, sql, NULL, NULL, NULL);
  self->depth--;
}

gboolean
sxsh_database_in_transaction (SxshDatabase *self)
{
  return self->depth > 0;
}

gint64
sxsh_database_last_insert_id (SxshDatabase *self)
{
  return sqlite3_last_insert_rowid (self->handle);
}

int
sxsh_database_changes (SxshDatabase *self)
{
  return sqlite3_changes (self->handle);
}

/* Names the person whose changes the change log records from now on. */
gboolean
sxsh_database_set_actor (SxshDatabase  *self,
                         const char    *name,
                         GError       **error)
{
  g_autoptr(SxshStatement) stmt = NULL;

  stmt = sxsh_database_prepare (self, "UPDATE actor SET name = ?1 WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_text (stmt, 1, name ? name : "");
  return sxsh_statement_run (stmt, error);
}

/* Switches the change log off for bulk loads of generated data. */
gboolean
sxsh_database_set_logging (SxshDatabase  *self,
                           gboolean       logging,
                           GError       **error)
{
  g_autoptr(SxshStatement) stmt = NULL;

  stmt = sxsh_database_prepare (self, "UPDATE actor SET logging = ?1 WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, logging ? 1 : 0);
  return sxsh_statement_run (stmt, error);
}

void
sxsh_database_notify_changed (SxshDatabase *self,
                              const char   *table)
{
  g_return_if_fail (SXSH_IS_DATABASE (self));
  g_signal_emit (self, signals[SIGNAL_CHANGED], g_quark_from_string (table), table);
}

/**
 * sxsh_database_check_integrity:
 * @problems: (out) (element-type utf8): what the checks found
 *
 * Runs SQLite's integrity and foreign-key checks.
 */
gboolean
sxsh_database_check_integrity (SxshDatabase  *self,
                               GPtrArray    **problems,
                               GError       **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  SxshStatement *stmt;
  int rc;

  stmt = sxsh_database_prepare (self, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      const char *line = sxsh_statement_get_text (stmt, 0);
      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (found, g_strdup (line));
    }
  sxsh_statement_release (stmt);
  if (rc == SXSH_STEP_ERROR)
    return FALSE;

  stmt = sxsh_database_prepare (self, "PRAGMA foreign_key_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    g_ptr_array_add (found,
                     g_strdup_printf (_("Row %lld of table %s points to a missing row of %s."),
                                      (long long) sxsh_statement_get_int64 (stmt, 1),
                                      sxsh_statement_get_text (stmt, 0),
                                      sxsh_statement_get_text (stmt, 2)));
  sxsh_statement_release (stmt);
  if (rc == SXSH_STEP_ERROR)
    return FALSE;

  if (problems)
    *problems = g_steal_pointer (&found);
  return TRUE;
}

static gboolean
copy_database (sqlite3      *from,
               sqlite3      *to,
               GError      **error,
               const char   *path)
{
  sqlite3_backup *backup;
  int rc;

  backup = sqlite3_backup_init (to, "main", from, "main");
  if (backup == NULL)
    {
      set_error_from_sqlite (error, to, sqlite3_errcode (to), path);
      return FALSE;
    }
  do
    {
      rc = sqlite3_backup_step (backup, 256);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (20);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      set_error_from_sqlite (error, to, rc, path);
      return FALSE;
    }
  return TRUE;
}

/**
 * sxsh_database_backup:
 * @dest_path: the backup file; replaced when it exists
 *
 * Writes a consistent copy of the whole database, even while it is in use.
 */
gboolean
sxsh_database_backup (SxshDatabase  *self,
                      const char    *dest_path,
                      GError       **error)
{
  sqlite3 *dest = NULL;
  g_autofree char *tmp = NULL;
  gboolean ok;
  int rc;

  g_return_val_if_fail (SXSH_IS_DATABASE (self), FALSE);

  /* Write next to the target and rename, so a failed backup never destroys
   * an earlier good one. */
  tmp = g_strconcat (dest_path, ".partial", NULL);
  g_unlink (tmp);
  rc = sqlite3_open_v2 (tmp, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_sqlite (error, NULL, rc, dest_path);
      sqlite3_close (dest);
      return FALSE;
    }
  ok = copy_database (self->handle, dest, error, dest_path);
  if (ok)
    ok = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) == SQLITE_OK;
  sqlite3_close (dest);
  if (ok && g_rename (tmp, dest_path) != 0)
    {
      int saved = errno;
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("The backup “%s” cannot be written: %s"), dest_path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp);
  return ok;
}

/**
 * sxsh_database_restore:
 * @source_path: a backup made by sxsh_database_backup()
 *
 * Replaces the whole content of this database with the backup's, after
 * checking that the backup is an SXSH Tracker database this program can read.
 */
gboolean
sxsh_database_restore (SxshDatabase  *self,
                       const char    *source_path,
                       GError       **error)
{
  g_autoptr(SxshDatabase) source = NULL;

  g_return_val_if_fail (SXSH_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (!g_file_test (source_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_OPEN,
                   _("The backup “%s” does not exist."), source_path);
      return FALSE;
    }
  /* Opening it through our own checks refuses foreign, damaged and newer files
   * and brings an older backup up to this schema first. */
  source = sxsh_database_open (source_path, error);
  if (source == NULL)
    return FALSE;

  g_hash_table_remove_all (self->statements);
  if (!copy_database (source->handle, self->handle, error, self->path))
    return FALSE;
  return exec_raw (self, "PRAGMA foreign_keys = ON", error);
}

/* Runs a query that returns one integer; @fallback when it returns no row. */
gint64
sxsh_database_query_int64 (SxshDatabase  *self,
                           const char    *sql,
                           gint64         fallback,
                           GError       **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  gint64 value = fallback;
  int rc;

  stmt = sxsh_database_prepare (self, sql, error);
  if (stmt == NULL)
    return fallback;
  rc = sxsh_statement_step (stmt, error);
  if (rc == SXSH_STEP_ROW && !sxsh_statement_is_null (stmt, 0))
    value = sxsh_statement_get_int64 (stmt, 0);
  return value;
}

/* Row sets: exact copies of rows, for undo. */

typedef struct
{
  char          *table;
  GPtrArray     *columns;   /* column names */
  GPtrArray     *rows;      /* arrays of sqlite3_value* */
} TableRows;

struct _SxshRowSet
{
  GPtrArray *tables;        /* TableRows, in capture order */
};

static void
value_array_free (gpointer data)
{
  GPtrArray *values = data;
  g_ptr_array_free (values, TRUE);
}

static void
table_rows_free (gpointer data)
{
  TableRows *t = data;

  g_free (t->table);
  g_ptr_array_unref (t->columns);
  g_ptr_array_unref (t->rows);
  g_free (t);
}

static gboolean
is_identifier (const char *name)
{
  if (name == NULL || *name == '\0')
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_')
      return FALSE;
  return TRUE;
}

SxshRowSet *
sxsh_row_set_new (void)
{
  SxshRowSet *set = g_new0 (SxshRowSet, 1);
  set->tables = g_ptr_array_new_with_free_func (table_rows_free);
  return set;
}

void
sxsh_row_set_free (SxshRowSet *set)
{
  if (set == NULL)
    return;
  g_ptr_array_unref (set->tables);
  g_free (set);
}

guint
sxsh_row_set_get_n_rows (SxshRowSet *set)
{
  guint n = 0;

  for (guint i = 0; i < set->tables->len; i++)
    n += ((TableRows *) g_ptr_array_index (set->tables, i))->rows->len;
  return n;
}

/**
 * sxsh_row_set_capture:
 * @table: a table name written in the program, never user input
 * @key_column: the column to match, written in the program
 *
 * Copies every row of @table whose @key_column equals @key.  Capture parents
 * before children, so that restoring in the same order satisfies the
 * foreign keys.
 */
gboolean
sxsh_row_set_capture (SxshRowSet    *set,
                      SxshDatabase  *db,
                      const char    *table,
                      const char    *key_column,
                      gint64         key,
                      GError       **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  TableRows *t;
  int rc, n;

  g_return_val_if_fail (is_identifier (table) && is_identifier (key_column), FALSE);

  /* Identifiers come from the program's own constants (checked above);
   * the key value is bound. */
  sql = g_strdup_printf ("SELECT * FROM %s WHERE %s = ?1", table, key_column);
  rc = sqlite3_prepare_v2 (db->handle, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_sqlite (error, db->handle, rc, db->path);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, key);

  t = g_new0 (TableRows, 1);
  t->table = g_strdup (table);
  t->columns = g_ptr_array_new_with_free_func (g_free);
  t->rows = g_ptr_array_new_with_free_func (value_array_free);
  n = sqlite3_column_count (stmt);
  for (int i = 0; i < n; i++)
    g_ptr_array_add (t->columns, g_strdup (sqlite3_column_name (stmt, i)));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GPtrArray *values = g_ptr_array_new_full (n, (GDestroyNotify) sqlite3_value_free);
      for (int i = 0; i < n; i++)
        g_ptr_array_add (values, sqlite3_value_dup (sqlite3_column_value (stmt, i)));
      g_ptr_array_add (t->rows, values);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_error_from_sqlite (error, db->handle, rc, db->path);
      table_rows_free (t);
      return FALSE;
    }
  g_ptr_array_add (set->tables, t);
  return TRUE;
}

/**
 * sxsh_row_set_restore:
 *
 * Puts the captured rows back, in one transaction: all of them or none.
 */
gboolean
sxsh_row_set_restore (SxshRowSet    *set,
                      SxshDatabase  *db,
                      GError       **error)
{
  if (!sxsh_database_begin (db, error))
    return FALSE;

  for (guint i = 0; i < set->tables->len; i++)
    {
      TableRows *t = g_ptr_array_index (set->tables, i);
      g_autoptr(GString) sql = g_string_new ("INSERT INTO ");
      sqlite3_stmt *stmt = NULL;
      int rc;

      g_string_append_printf (sql, "%s (", t->table);
      for (guint c = 0; c < t->columns->len; c++)
        g_string_append_printf (sql, "%s%s", c ? ", " : "",
                                (const char *) g_ptr_array_index (t->columns, c));
      g_string_append (sql, ") VALUES (");
      for (guint c = 0; c < t->columns->len; c++)
        g_string_append_printf (sql, "%s?%u", c ? ", " : "", c + 1);
      g_string_append (sql, ")");

      rc = sqlite3_prepare_v2 (db->handle, sql->str, -1, &stmt, NULL);
      if (rc != SQLITE_OK)
        {
          set_error_from_sqlite (error, db->handle, rc, db->path);
          sxsh_database_rollback (db);
          return FALSE;
        }
      for (guint r = 0; r < t->rows->len; r++)
        {
          GPtrArray *values = g_ptr_array_index (t->rows, r);
          for (guint c = 0; c < values->len; c++)
            sqlite3_bind_value (stmt, c + 1, g_ptr_array_index (values, c));
          rc = sqlite3_step (stmt);
          sqlite3_reset (stmt);
          if (rc != SQLITE_DONE)
            {
              set_error_from_sqlite (error, db->handle, rc, db->path);
              sqlite3_finalize (stmt);
              sxsh_database_rollback (db);
              return FALSE;
            }
        }
      sqlite3_finalize (stmt);
    }
  return sxsh_database_commit (db, error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sxsh-error.h"
#include "sxsh-import-private.h"

/* An import is read and checked completely first (a plan: what would be
 * added, what updated, what is wrong), and only then written, in one
 * transaction, if nothing is wrong.  A row updates only the columns the
 * file has: the record is read from the database, the file's values are
 * laid over it, and the whole record is written with one fixed statement. */

/* Statements that write: the fields are bound in their order, then the id. */

static const char facility_insert_sql[] =
  "INSERT INTO facility (tax_code, name, name_key, address, admin_unit_id, zone, sector_id, "
  "main_products, technology_status, size_class, size_manual, employees, revenue, capital, "
  "cp_potential, first_year, last_year, contact_person, phone, email, notes) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
  "?19, ?20, ?21)";

static const char facility_update_sql[] =
  "UPDATE facility SET tax_code = ?1, name = ?2, name_key = ?3, address = ?4, "
  "admin_unit_id = ?5, zone = ?6, sector_id = ?7, main_products = ?8, technology_status = ?9, "
  "size_class = ?10, size_manual = ?11, employees = ?12, revenue = ?13, capital = ?14, "
  "cp_potential = ?15, first_year = ?16, last_year = ?17, contact_person = ?18, phone = ?19, "
  "email = ?20, notes = ?21, updated_at = CURRENT_TIMESTAMP WHERE id = ?22";

static const char annual_insert_sql[] =
  "INSERT INTO facility_year (facility_id, year, informed, applying, dedicated_unit, output, "
  "output_unit, is_baseline, report_received, notes) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

static const char annual_update_sql[] =
  "UPDATE facility_year SET facility_id = ?1, year = ?2, informed = ?3, applying = ?4, "
  "dedicated_unit = ?5, output = ?6, output_unit = ?7, is_baseline = ?8, report_received = ?9, "
  "notes = ?10 WHERE id = ?11";

static const char annual_clear_baseline_sql[] =
  "UPDATE facility_year SET is_baseline = 0 "
  "WHERE facility_id = ?1 AND year <> ?2 AND is_baseline = 1";

static const char consumption_insert_sql[] =
  "INSERT INTO consumption (facility_id, year, resource_id, quantity) VALUES (?1, ?2, ?3, ?4)";

static const char consumption_update_sql[] =
  "UPDATE consumption SET facility_id = ?1, year = ?2, resource_id = ?3, quantity = ?4 "
  "WHERE id = ?5";

G_DEFINE_FINAL_TYPE (SxshImportPlan, sxsh_import_plan, G_TYPE_OBJECT)

static void
fields_bind (const KindInfo *info,
             const Val      *fields,
             SxshStatement  *stmt)
{
  for (guint i = 0; i < info->n_fields; i++)
    {
      int index = i + 1;

      if (fields[i].null)
        {
          sxsh_statement_bind_null (stmt, index);
          continue;
        }
      switch (info->fields[i])
        {
        case FIELD_TEXT:
        case FIELD_OPT_TEXT:
          sxsh_statement_bind_text (stmt, index, fields[i].s != NULL ? fields[i].s : "");
          break;
        case FIELD_INT:
        case FIELD_OPT_INT:
          sxsh_statement_bind_int64 (stmt, index, fields[i].i);
          break;
        case FIELD_REAL:
        case FIELD_OPT_REAL:
        default:
          sxsh_statement_bind_double (stmt, index, fields[i].d);
          break;
        }
    }
}

/* Issues */

static void
issue_free (gpointer data)
{
  SxshImportIssue *issue = data;

  g_free (issue->file);
  g_free (issue->column);
  g_free (issue->message);
  g_free (issue);
}

void
sxsh_import_plan_add_issue_valist (SxshImportPlan *self,
                                   int             row,
                                   const char     *column,
                                   gboolean        warning,
                                   const char     *format,
                                   va_list         args)
{
  SxshImportIssue *issue = g_new0 (SxshImportIssue, 1);

  issue->message = g_strdup_vprintf (format, args);
  issue->file = g_strdup (self->file_name);
  issue->row = row;
  issue->column = g_strdup (column);
  issue->warning = warning;
  g_ptr_array_add (self->issues, issue);
  if (warning)
    self->n_warnings++;
  else
    self->n_errors++;
}

/* Plan rows */

static void
plan_row_free (gpointer data)
{
  PlanRow *row = data;

  g_free (row->fields);
  g_strfreev (row->display);
  g_free (row);
}

/* The GObject */

static void
sxsh_import_plan_finalize (GObject *object)
{
  SxshImportPlan *self = SXSH_IMPORT_PLAN (object);
  const KindInfo *info = sxsh_import_kind_info (self->kind);

  for (guint i = 0; i < self->rows->len; i++)
    {
      PlanRow *row = g_ptr_array_index (self->rows, i);

      for (guint j = 0; j < info->n_fields; j++)
        sxsh_import_val_clear (&row->fields[j]);
    }
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->issues);
  for (guint i = 0; i < self->preview_columns->len; i++)
    {
      PreviewColumn *column = &g_array_index (self->preview_columns, PreviewColumn, i);

      g_free (column->key);
      g_free (column->title);
    }
  g_array_unref (self->preview_columns);
  g_clear_object (&self->db);
  g_free (self->path);
  g_free (self->file_name);
  g_free (self->sheet_name);

  G_OBJECT_CLASS (sxsh_import_plan_parent_class)->finalize (object);
}

static void
sxsh_import_plan_class_init (SxshImportPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sxsh_import_plan_finalize;
}

static void
sxsh_import_plan_init (SxshImportPlan *self)
{
  self->issues = g_ptr_array_new_with_free_func (issue_free);
  self->rows = g_ptr_array_new_with_free_func (plan_row_free);
  self->preview_columns = g_array_new (FALSE, TRUE, sizeof (PreviewColumn));
}

/* Kinds */

const char *
sxsh_import_kind_to_string (SxshImportKind kind)
{
  switch (kind)
    {
    case SXSH_IMPORT_FACILITIES: return "facilities";
    case SXSH_IMPORT_ANNUAL: return "annual";
    case SXSH_IMPORT_CONSUMPTION: return "consumption";
    default: return NULL;
    }
}

gboolean
sxsh_import_kind_from_string (const char     *text,
                              SxshImportKind *kind)
{
  for (SxshImportKind k = SXSH_IMPORT_FACILITIES; k <= SXSH_IMPORT_CONSUMPTION; k++)
    if (g_strcmp0 (text, sxsh_import_kind_to_string (k)) == 0)
      {
        if (kind != NULL)
          *kind = k;
        return TRUE;
      }
  return FALSE;
}

const char *
sxsh_import_kind_get_label (SxshImportKind kind)
{
  switch (kind)
    {
    case SXSH_IMPORT_FACILITIES: return _("Facilities");
    case SXSH_IMPORT_ANNUAL: return _("Annual data");
    case SXSH_IMPORT_CONSUMPTION: return _("Consumption");
    default: return "";
    }
}

/**
 * sxsh_import_prepare_full:
 * @db: the database the rows are checked against
 * @kind: what the file holds
 * @path: a .csv or .xlsx file
 * @cancellable: (nullable): stops the checking
 * @progress: (nullable) (scope call): told how far the checking is
 *
 * Reads the file and checks every row against the database, writing
 * nothing.  Problems in the rows are not a failure: they are issues of the
 * plan (see sxsh_import_plan_get_issues()), all of them, so the user can
 * correct the file in one go.
 *
 * Returns: (transfer full): the plan; %NULL with %SXSH_ERROR_IMPORT when
 *   the file cannot be read at all, or another error of the database
 */
SxshImportPlan *
sxsh_import_prepare_full (SxshDatabase            *db,
                          SxshImportKind           kind,
                          const char              *path,
                          GCancellable            *cancellable,
                          SxshImportProgressFunc   progress,
                          gpointer                 user_data,
                          GError                 **error)
{
  g_autoptr(SxshImportPlan) self = NULL;
  g_autoptr(SxshTable) table = NULL;
  SxshSheet *sheet;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);
  g_return_val_if_fail (kind <= SXSH_IMPORT_CONSUMPTION, NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (SXSH_TYPE_IMPORT_PLAN, NULL);
  self->db = g_object_ref (db);
  self->kind = kind;
  self->path = g_strdup (path);
  self->file_name = g_filename_display_basename (path);

  table = sxsh_table_read (path, error);
  if (table == NULL)
    return NULL;

  sheet = sxsh_table_choose_sheet (table, sxsh_import_kind_info (kind)->sheet_names);
  self->sheet_name = g_strdup (sheet != NULL ? sxsh_sheet_get_name (sheet) : "");
  if (!sxsh_import_check_sheet (self, sheet, cancellable, progress, user_data, error))
    return NULL;

  if (progress != NULL)
    progress (1.0, user_data);
  return g_steal_pointer (&self);
}

SxshImportPlan *
sxsh_import_prepare (SxshDatabase    *db,
                     SxshImportKind   kind,
                     const char      *path,
                     GError         **error)
{
  return sxsh_import_prepare_full (db, kind, path, NULL, NULL, NULL, error);
}

/* Writing */

static gboolean
write_row (SxshImportPlan  *self,
           SxshDatabase    *db,
           PlanRow         *row,
           GError         **error)
{
  const KindInfo *info = sxsh_import_kind_info (self->kind);
  g_autoptr(SxshStatement) stmt = NULL;
  const char *insert_sql, *update_sql;

  switch (self->kind)
    {
    case SXSH_IMPORT_FACILITIES:
      insert_sql = facility_insert_sql;
      update_sql = facility_update_sql;
      break;
    case SXSH_IMPORT_ANNUAL:
      insert_sql = annual_insert_sql;
      update_sql = annual_update_sql;
      break;
    case SXSH_IMPORT_CONSUMPTION:
    default:
      insert_sql = consumption_insert_sql;
      update_sql = consumption_update_sql;
      break;
    }

  if (self->kind == SXSH_IMPORT_ANNUAL && row->fields[Y_BASELINE].i)
    {
      /* One baseline year per facility: the file's moves it. */
      stmt = sxsh_database_prepare (db, annual_clear_baseline_sql, error);
      if (stmt == NULL)
        return FALSE;
      sxsh_statement_bind_int64 (stmt, 1, row->fields[Y_FACILITY].i);
      sxsh_statement_bind_int64 (stmt, 2, row->fields[Y_YEAR].i);
      if (!sxsh_statement_run (stmt, error))
        return FALSE;
      g_clear_pointer (&stmt, sxsh_statement_release);
    }

  stmt = sxsh_database_prepare (db, row->action == SXSH_IMPORT_ACTION_ADD ? insert_sql : update_sql,
                                error);
  if (stmt == NULL)
    return FALSE;
  fields_bind (info, row->fields, stmt);
  if (row->action == SXSH_IMPORT_ACTION_UPDATE)
    sxsh_statement_bind_int64 (stmt, info->n_fields + 1, row->id);
  if (!sxsh_statement_run (stmt, error))
    {
      g_prefix_error (error, _("Row %d: "), row->number);
      return FALSE;
    }
  if (row->action == SXSH_IMPORT_ACTION_UPDATE && sxsh_database_changes (db) != 1)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                   _("Row %d: the record it updates was deleted since the file was checked. "
                     "Check the file again."), row->number);
      return FALSE;
    }
  return TRUE;
}

/* Views that reload on any import watch "import"; others watch the table
 * they show.  Both are told, once the transaction is committed. */
static void
notify_changed (SxshImportPlan *self)
{
  if (self->n_add + self->n_update == 0)
    return;
  sxsh_database_notify_changed (self->db, "import");
  sxsh_database_notify_changed (self->db, sxsh_import_kind_info (self->kind)->table);
}

static gboolean
apply_on (SxshImportPlan          *self,
          SxshDatabase            *db,
          GCancellable            *cancellable,
          SxshImportProgressFunc   progress,
          gpointer                 user_data,
          GError                 **error)
{
  if (self->applied)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                   _("This file has already been imported."));
      return FALSE;
    }
  if (self->n_errors > 0)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_IMPORT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” has %u error; nothing was imported.",
                                "“%s” has %u errors; nothing was imported.", self->n_errors),
                   self->file_name, self->n_errors);
      return FALSE;
    }

  if (!sxsh_database_begin (db, error))
    return FALSE;
  for (guint i = 0; i < self->rows->len; i++)
    {
      PlanRow *row = g_ptr_array_index (self->rows, i);

      if (i % 256 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            {
              sxsh_database_rollback (db);
              return FALSE;
            }
          if (progress != NULL)
            progress ((double) i / self->rows->len, user_data);
        }
      if (row->action == SXSH_IMPORT_ACTION_UNCHANGED)
        continue;
      if (!write_row (self, db, row, error))
        {
          sxsh_database_rollback (db);
          return FALSE;
        }
    }
  if (!sxsh_database_commit (db, error))
    return FALSE;

  self->applied = TRUE;
  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;
}

/**
 * sxsh_import_apply_full:
 *
 * Writes the plan in one transaction: every row or none.  Refuses a plan
 * with errors, and a plan already applied.
 */
gboolean
sxsh_import_apply_full (SxshImportPlan          *plan,
                        GCancellable            *cancellable,
                        SxshImportProgressFunc   progress,
                        gpointer                 user_data,
                        GError                 **error)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!apply_on (plan, plan->db, cancellable, progress, user_data, error))
    return FALSE;
  notify_changed (plan);
  return TRUE;
}

gboolean
sxsh_import_apply (SxshImportPlan  *plan,
                   GError         **error)
{
  return sxsh_import_apply_full (plan, NULL, NULL, NULL, error);
}

/* In a worker thread, with its own connection to the same file. */

typedef struct
{
  SxshDatabase   *db;
  char           *db_path;
  SxshImportKind  kind;
  char           *path;
} PrepareData;

static void
prepare_data_free (gpointer data)
{
  PrepareData *prepare = data;

  g_clear_object (&prepare->db);
  g_free (prepare->db_path);
  g_free (prepare->path);
  g_free (prepare);
}

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PrepareData *data = task_data;
  g_autoptr(SxshDatabase) worker_db = NULL;
  g_autoptr(SxshImportPlan) plan = NULL;
  GError *error = NULL;

  worker_db = sxsh_database_open (data->db_path, &error);
  if (worker_db != NULL)
    plan = sxsh_import_prepare_full (worker_db, data->kind, data->path, cancellable, NULL, NULL,
                                     &error);
  if (plan == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* The plan is applied through the caller's connection. */
  g_set_object (&plan->db, data->db);
  g_task_return_pointer (task, g_steal_pointer (&plan), g_object_unref);
}

/**
 * sxsh_import_prepare_async:
 *
 * Checks the file in a worker thread, with a connection of its own to
 * @db's file; see sxsh_import_prepare_full().
 */
void
sxsh_import_prepare_async (SxshDatabase        *db,
                           SxshImportKind       kind,
                           const char          *path,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PrepareData *data;

  g_return_if_fail (SXSH_IS_DATABASE (db));
  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sxsh_import_prepare_async);
  data = g_new0 (PrepareData, 1);
  data->db = g_object_ref (db);
  data->db_path = g_strdup (sxsh_database_get_path (db));
  data->kind = kind;
  data->path = g_strdup (path);
  g_task_set_task_data (task, data, prepare_data_free);
  g_task_run_in_thread (task, prepare_thread);
}

SxshImportPlan *
sxsh_import_prepare_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
apply_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  SxshImportPlan *self = source_object;
  const char *db_path = task_data;
  g_autoptr(SxshDatabase) worker_db = NULL;
  GError *error = NULL;

  worker_db = sxsh_database_open (db_path, &error);
  if (worker_db == NULL || !apply_on (self, worker_db, cancellable, NULL, NULL, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * sxsh_import_apply_async:
 *
 * Writes the plan in a worker thread, with a connection of its own.  The
 * plan's database announces the change in sxsh_import_apply_finish(), on
 * the caller's thread.
 */
void
sxsh_import_apply_async (SxshImportPlan      *plan,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SXSH_IS_IMPORT_PLAN (plan));

  task = g_task_new (plan, cancellable, callback, user_data);
  g_task_set_source_tag (task, sxsh_import_apply_async);
  g_task_set_task_data (task, g_strdup (sxsh_database_get_path (plan->db)), g_free);
  g_task_run_in_thread (task, apply_thread);
}

gboolean
sxsh_import_apply_finish (SxshImportPlan  *plan,
                          GAsyncResult    *result,
                          GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, plan), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  notify_changed (plan);
  return TRUE;
}

/* Accessors */

SxshImportKind
sxsh_import_plan_get_kind (SxshImportPlan *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), 0);
  return self->kind;
}

const char *
sxsh_import_plan_get_path (SxshImportPlan *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), NULL);
  return self->path;
}

/* The file's name as shown to the user, without its folder. */
const char *
sxsh_import_plan_get_file_name (SxshImportPlan *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), NULL);
  return self->file_name;
}

/* The worksheet read ("" for a CSV file). */
const char *
sxsh_import_plan_get_sheet_name (SxshImportPlan *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), NULL);
  return self->sheet_name;
}

gboolean
sxsh_import_plan_get_applied (SxshImportPlan *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), FALSE);
  return self->applied;
}

guint
sxsh_import_plan_get_n_to_add (SxshImportPlan *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), 0);
  return self->n_add;
}

guint
sxsh_import_plan_get_n_to_update (SxshImportPlan *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), 0);
  return self->n_update;
}

guint
sxsh_import_plan_get_n_unchanged (SxshImportPlan *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), 0);
  return self->n_unchanged;
}

guint
sxsh_import_plan_get_n_errors (SxshImportPlan *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), 0);
  return self->n_errors;
}

guint
sxsh_import_plan_get_n_warnings (SxshImportPlan *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), 0);
  return self->n_warnings;
}

gboolean
sxsh_import_plan_has_errors (SxshImportPlan *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), TRUE);
  return self->n_errors > 0;
}

/**
 * sxsh_import_plan_get_issues:
 *
 * Returns: (transfer none) (element-type SxshImportIssue): every error and
 *   warning, in the order of the file
 */
GPtrArray *
sxsh_import_plan_get_issues (SxshImportPlan *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), NULL);
  return self->issues;
}

guint
sxsh_import_plan_get_n_columns (SxshImportPlan *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), 0);
  return self->preview_columns->len;
}

/* "tax_code", "name", ...; "facility" for the facility a row of yearly
 * data was matched to. */
const char *
sxsh_import_plan_get_column_key (SxshImportPlan *self,
                                 guint           column)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), NULL);
  g_return_val_if_fail (column < self->preview_columns->len, NULL);
  return g_array_index (self->preview_columns, PreviewColumn, column).key;
}

const char *
sxsh_import_plan_get_column_title (SxshImportPlan *self,
                                   guint           column)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), NULL);
  g_return_val_if_fail (column < self->preview_columns->len, NULL);
  return g_array_index (self->preview_columns, PreviewColumn, column).title;
}

guint
sxsh_import_plan_get_n_rows (SxshImportPlan *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), 0);
  return self->rows->len;
}

SxshImportAction
sxsh_import_plan_get_row_action (SxshImportPlan *self,
                                 guint           row)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);
  return ((PlanRow *) g_ptr_array_index (self->rows, row))->action;
}

int
sxsh_import_plan_get_row_number (SxshImportPlan *self,
                                 guint           row)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);
  return ((PlanRow *) g_ptr_array_index (self->rows, row))->number;
}

/* The value as it will be stored, formatted for reading: "" when empty. */
const char *
sxsh_import_plan_get_value (SxshImportPlan *self,
                            guint           row,
                            guint           column)
{
  PlanRow *plan_row;

  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);
  g_return_val_if_fail (column < self->preview_columns->len, NULL);

  plan_row = g_ptr_array_index (self->rows, row);
  return plan_row->display[column];
}

/* Whether an update changes the value in this column: what a preview
 * highlights.  Always %FALSE for added and unchanged rows. */
gboolean
sxsh_import_plan_get_value_changed (SxshImportPlan *self,
                                    guint           row,
                                    guint           column)
{
  PlanRow *plan_row;

  g_return_val_if_fail (SXSH_IS_IMPORT_PLAN (self), FALSE);
  g_return_val_if_fail (row < self->rows->len, FALSE);
  g_return_val_if_fail (column < self->preview_columns->len, FALSE);

  plan_row = g_ptr_array_index (self->rows, row);
  return column < 64 && (plan_row->changed & (G_GUINT64_CONSTANT (1) << column)) != 0;
}

/**
 * sxsh_import_issue_to_string:
 *
 * Returns: (transfer full): the issue for a list shown to the user:
 *   "Row 5, column “Năm”: “20x9” is not a year between 1990 and 2100."
 */
char *
sxsh_import_issue_to_string (const SxshImportIssue *issue)
{
  g_return_val_if_fail (issue != NULL, NULL);

  if (issue->row > 0 && issue->column != NULL)
    return g_strdup_printf (_("Row %d, column “%s”: %s"), issue->row, issue->column,
                            issue->message);
  if (issue->row > 0)
    return g_strdup_printf (_("Row %d: %s"), issue->row, issue->message);
  return g_strdup (issue->message);
}

/**
 * sxsh_import_issue_to_line:
 *
 * Returns: (transfer full): the issue as a compiler would print it,
 *   "FILE:ROW:COLUMN: reason", with "warning: " before the reason of a
 *   warning
 */
char *
sxsh_import_issue_to_line (const SxshImportIssue *issue)
{
  GString *line;

  g_return_val_if_fail (issue != NULL, NULL);

  line = g_string_new (issue->file);
  if (issue->row > 0)
    g_string_append_printf (line, ":%d", issue->row);
  if (issue->row > 0 && issue->column != NULL)
    g_string_append_printf (line, ":%s", issue->column);
  g_string_append (line, ": ");
  if (issue->warning)
    g_string_append (line, _("warning: "));
  g_string_append (line, issue->message);
  return g_string_free (line, FALSE);
}

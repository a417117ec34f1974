/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "sxsh-error.h"
#include "sxsh-page-helpers.h"
#include "sxsh-print.h"
#include "sxsh-reminder-pdf.h"
#include "sxsh-reports-page-private.h"

/* The documents of the Reports area being written: the draft for the
 * preview, the document saved with Save as PDF… or Save as Excel…, and
 * the one printed.  Each is written in a worker thread on a database
 * connection of its own, with its progress in the page's bar and a
 * cancellable the Cancel button stops. */

/* A preview written quickly shows no progress bar at all. */
#define PROGRESS_DELAY_MS 300

typedef enum
{
  JOB_PREVIEW,
  JOB_SAVE,
  JOB_PRINT,
} JobKind;

/* One writing of a document in a worker thread. */
struct _SxshReportsJob
{
  SxshReportsPage     *self;
  JobKind              kind;
  SxshReportsDocument  document;
  SxshReportFormat     format;
  int                  year;
  char                *path;
  GFile               *file;
  GCancellable        *cancellable;
  GtkPrintOperation   *operation;
  double               fraction;
  char                *stage;
  gboolean             written;
  /* What was written: the report's number, or the letters' numbers. */
  char                *number;
  GPtrArray           *reminders;
};

typedef SxshReportsJob Job;

static void update_progress (SxshReportsPage *self);

/* Jobs */

static void
job_clear (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->self);
  g_free (job->path);
  g_clear_object (&job->file);
  g_clear_object (&job->cancellable);
  g_clear_object (&job->operation);
  g_free (job->stage);
  g_free (job->number);
  g_clear_pointer (&job->reminders, g_ptr_array_unref);
}

static Job *
job_new (SxshReportsPage *self,
         JobKind          kind)
{
  Job *job = g_rc_box_new0 (Job);

  job->self = g_object_ref (self);
  job->kind = kind;
  job->document = self->document;
  job->format = SXSH_REPORT_FORMAT_PDF;
  job->year = self->year;
  job->cancellable = g_cancellable_new ();
  return job;
}

static Job *
job_ref (Job *job)
{
  return g_rc_box_acquire (job);
}

static void
job_unref (Job *job)
{
  g_rc_box_release_full (job, job_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_unref)

static char *
make_temp_path (SxshReportsPage *self,
                const char      *what)
{
  g_autofree char *name = NULL;

  /* The folder is made for the first document written, so that a window
   * whose Reports area is never shown leaves nothing behind. */
  if (self->tmpdir == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->tmpdir = g_dir_make_tmp ("sxsh-reports-XXXXXX", &error);
      if (self->tmpdir == NULL)
        {
          g_debug ("No folder of its own for the previews: %s", error->message);
          self->tmpdir = g_strdup (g_get_tmp_dir ());
        }
    }
  /* In the shared temporary folder, the process's id keeps two running
   * programs apart. */
  if (g_str_equal (self->tmpdir, g_get_tmp_dir ()))
    name = g_strdup_printf ("sxsh-%d-%s-%u.pdf", (int) getpid (), what, ++self->temp_serial);
  else
    name = g_strdup_printf ("%s-%u.pdf", what, ++self->temp_serial);
  return g_build_filename (self->tmpdir, name, NULL);
}

/* Runs in the main context: the export tells how far it has come. */
static void
job_progress_cb (double      fraction,
                 const char *stage,
                 gpointer    user_data)
{
  Job *job = user_data;

  job->fraction = fraction;
  g_free (job->stage);
  job->stage = g_strdup (stage);
  if (!job->self->disposed)
    update_progress (job->self);
}

/* Reminder letters: written in a thread of their own with their own
 * connection, as the annual report is. */

typedef struct
{
  char     *db_path;
  int       year;
  gboolean  draft;
  char     *path;
} RemindersData;

static void
reminders_data_free (gpointer data)
{
  RemindersData *d = data;

  g_free (d->db_path);
  g_free (d->path);
  g_free (d);
}

static void
reminders_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  RemindersData *d = task_data;
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(GPtrArray) reminders = NULL;
  g_autofree char *part = g_strconcat (d->path, ".part", NULL);
  GError *error = NULL;

  db = sxsh_database_open (d->db_path, &error);
  if (db == NULL || g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  /* The letters are written beside their destination and moved over it
   * when complete, so that a failure never leaves half a file. */
  if (!sxsh_reminders_write (db, d->year, NULL, NULL, d->draft, part, &reminders, &error))
    {
      g_unlink (part);
      g_task_return_error (task, error);
      return;
    }
  /* Numbered letters have taken their numbers by now: they are kept even
   * if Cancel came too late, as the officer was told. */
  if (d->draft && g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_unlink (part);
      g_task_return_error (task, error);
      return;
    }
  if (g_rename (part, d->path) != 0)
    {
      int saved = errno;

      g_unlink (part);
      g_task_return_new_error (task, SXSH_ERROR, SXSH_ERROR_EXPORT,
                               _("The letters could not be saved as “%s”: %s."), d->path,
                               g_strerror (saved));
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&reminders), (GDestroyNotify) g_ptr_array_unref);
}

static void job_finished (Job          *job,
                          const GError *error);

static void
annual_report_done_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(GError) error = NULL;

  job->written = sxsh_annual_report_write_finish (result, &job->number, NULL, &error);
  job_finished (job, error);
}

static void
reminders_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(GError) error = NULL;

  job->reminders = g_task_propagate_pointer (G_TASK (result), &error);
  job->written = job->reminders != NULL;
  job_finished (job, error);
}

/* Starts writing @job's document to its path; the job lives until the
 * writing is done. */
static void
job_start (Job *job)
{
  SxshReportsPage *self = job->self;
  const char *db_path = sxsh_database_get_path (self->database);
  gboolean draft = job->kind == JOB_PREVIEW;

  if (job->document == SXSH_REPORTS_DOCUMENT_ANNUAL_REPORT)
    {
      SxshReportOptions options = { NULL, draft, NULL };

      sxsh_annual_report_write_async (db_path, job->year, job->format, job->path, &options,
                                      job->cancellable, job_progress_cb, job,
                                      annual_report_done_cb, job_ref (job));
    }
  else
    {
      g_autoptr(GTask) task = g_task_new (NULL, job->cancellable, reminders_done_cb,
                                          job_ref (job));
      RemindersData *d = g_new0 (RemindersData, 1);

      d->db_path = g_strdup (db_path);
      d->year = job->year;
      d->draft = draft;
      d->path = g_strdup (job->path);
      g_task_set_source_tag (task, job_start);
      g_task_set_task_data (task, d, reminders_data_free);
      g_task_run_in_thread (task, reminders_thread);
      g_free (job->stage);
      job->stage = g_strdup (_("Writing the letters"));
    }
  update_progress (self);
}

/* What was written, for a toast: "Report 12/BC-SCT", "Reminder letters
 * 3/SCT-QLCN to 9/SCT-QLCN". */
static char *
describe_written (Job *job)
{
  if (job->document == SXSH_REPORTS_DOCUMENT_REMINDERS && job->reminders != NULL
      && job->reminders->len > 0)
    {
      SxshReminder *first = g_ptr_array_index (job->reminders, 0);
      SxshReminder *last = g_ptr_array_index (job->reminders, job->reminders->len - 1);

      if (job->reminders->len == 1)
        /* Translators: %s is a letter's number, "45/SCT-QLCN". */
        return g_strdup_printf (_("Reminder letter %s"), first->number);
      /* Translators: the numbers of the first and the last letter. */
      return g_strdup_printf (_("Reminder letters %s to %s"), first->number, last->number);
    }
  if (job->number != NULL && *job->number != '\0')
    /* Translators: %s is the report's number, "12/BC-SCT". */
    return g_strdup_printf (_("Report %s"), job->number);
  if (job->file != NULL)
    {
      g_autofree char *name = g_file_get_basename (job->file);

      /* Translators: %s is a file name. */
      return g_strdup_printf (_("“%s”"), name);
    }
  return g_strdup (_("The report"));
}

static void
open_file_cb (AdwToast *toast,
              gpointer  user_data)
{
  SxshReportsPage *self = user_data;
  const char *uri = g_object_get_data (G_OBJECT (toast), "sxsh-uri");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (uri != NULL)
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static void
show_toast (SxshReportsPage *self,
            AdwToast        *toast)
{
  g_set_weak_pointer (&self->toast, toast);
  sxsh_page_add_toast (GTK_WIDGET (self), toast);
}

static void
show_saved_toast (SxshReportsPage *self,
                  Job             *job)
{
  g_autofree char *what = describe_written (job);
  g_autofree char *title = NULL;
  g_autofree char *uri = g_file_get_uri (job->file);
  AdwToast *toast;

  /* Translators: %s is "Report 12/BC-SCT", "Reminder letters 3/SCT-QLCN
   * to 9/SCT-QLCN" or a file name. */
  title = g_strdup_printf (_("%s saved"), what);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "sxsh-uri", g_steal_pointer (&uri), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_file_cb), self, 0);
  show_toast (self, toast);
}

static void
show_preview_message (SxshReportsPage *self,
                      const char      *icon_name,
                      const char      *title,
                      const char      *description)
{
  g_free (self->message);
  self->message = g_strdup (title);
  adw_status_page_set_icon_name (self->message_page, icon_name);
  adw_status_page_set_title (self->message_page, title);
  adw_status_page_set_description (self->message_page, description);
  gtk_stack_set_visible_child_name (self->preview_stack, "message");
  self->has_preview = FALSE;
  gtk_spinner_stop (self->loading_spinner);
}

static void
preview_finished (SxshReportsPage *self,
                  Job             *job,
                  const GError    *error)
{
  g_autoptr(GError) load_error = NULL;

  /* A newer preview has been asked for: this one is out of date. */
  if (job != self->preview_job)
    return;
  self->preview_job = NULL;

  if (error == NULL)
    {
      if (sxsh_pdf_preview_load_file (self->preview, job->path, &load_error))
        {
          g_clear_pointer (&self->message, g_free);
          gtk_stack_set_visible_child_name (self->preview_stack, "preview");
          gtk_spinner_stop (self->loading_spinner);
          self->has_preview = TRUE;
        }
      else
        show_preview_message (self, "dialog-error-symbolic", _("Cannot Show the Preview"),
                              load_error->message);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Stopped by the officer: the last preview stays. */
      if (!self->has_preview)
        show_preview_message (self, "x-office-document-symbolic", _("Preview Stopped"),
                              _("Press F5 to prepare it again."));
    }
  else if (g_error_matches (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND))
    show_preview_message (self, "emblem-ok-symbolic", _("No Report Is Overdue"),
                          error->message);
  else
    show_preview_message (self, "dialog-error-symbolic", _("Cannot Prepare the Preview"),
                          error->message);
}

static void
save_finished (SxshReportsPage *self,
               Job             *job,
               const GError    *error)
{
  if (job == self->main_job)
    self->main_job = NULL;

  if (error == NULL)
    show_saved_toast (self, job);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_toast (self, adw_toast_new (_("Saving cancelled: nothing was written and no number "
                                       "was taken")));
  else
    sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Save the Document"), error);
}

static void
print_generated (SxshReportsPage *self,
                 Job             *job,
                 const GError    *error)
{
  g_autoptr(GError) load_error = NULL;

  if (job == self->main_job)
    self->main_job = NULL;

  if (error == NULL && sxsh_print_operation_set_pdf (job->operation, job->path, &load_error))
    return;

  gtk_print_operation_cancel (job->operation);
  if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_toast (self, adw_toast_new (_("Printing cancelled")));
  else
    sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Print the Document"),
                          error != NULL ? error : load_error);
}

static void
job_finished (Job          *job,
              const GError *error)
{
  SxshReportsPage *self = job->self;

  if (self->disposed)
    {
      if (job->kind != JOB_SAVE && job->path != NULL)
        g_unlink (job->path);
      return;
    }

  switch (job->kind)
    {
    case JOB_PREVIEW:
      preview_finished (self, job, error);
      break;

    case JOB_SAVE:
      save_finished (self, job, error);
      break;

    case JOB_PRINT:
      print_generated (self, job, error);
      break;

    default:
      g_assert_not_reached ();
    }

  /* Previews and prints are read whole: their files are not needed. */
  if (job->kind != JOB_SAVE && job->path != NULL)
    g_unlink (job->path);
  update_progress (self);
}

/* Progress and actions */

static const char * const page_actions[] = {
  "reports.save-pdf", "reports.save-xlsx", "reports.print", "reports.cancel",
};

static gboolean
action_enabled (SxshReportsPage *self,
                const char      *name)
{
  gboolean idle = self->main_job == NULL && self->print_job == NULL;

  if (g_str_equal (name, "reports.save-xlsx"))
    return idle && self->document == SXSH_REPORTS_DOCUMENT_ANNUAL_REPORT;
  if (g_str_equal (name, "reports.cancel"))
    return self->main_job != NULL || self->preview_job != NULL;
  if (g_str_equal (name, "reports.save-pdf") || g_str_equal (name, "reports.print"))
    return idle;
  return TRUE;
}

void
sxsh_reports_page_update_actions (SxshReportsPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (page_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), page_actions[i],
                                   action_enabled (self, page_actions[i]));
}

static gboolean
pulse_cb (gpointer user_data)
{
  SxshReportsPage *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static gboolean
progress_delay_cb (gpointer user_data)
{
  SxshReportsPage *self = user_data;

  self->progress_delay_id = 0;
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  return G_SOURCE_REMOVE;
}

static void
update_progress (SxshReportsPage *self)
{
  Job *job = self->main_job != NULL ? self->main_job : self->preview_job;
  g_autofree char *label = NULL;

  sxsh_reports_page_update_actions (self);
  if (job == NULL)
    {
      g_clear_handle_id (&self->progress_delay_id, g_source_remove);
      g_clear_handle_id (&self->pulse_id, g_source_remove);
      gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
      return;
    }

  if (job->kind == JOB_PREVIEW)
    /* Translators: the status of the preview being written; %s is what is
     * being done, "Laying out the report’s pages". */
    label = g_strdup_printf (_("Preview: %s"), job->stage != NULL ? job->stage : _("starting"));
  else
    label = g_strdup (job->stage != NULL ? job->stage : _("Starting"));
  gtk_label_set_label (self->progress_label, label);

  /* The letters tell no progress: the bar shows that work goes on. */
  if (job->document == SXSH_REPORTS_DOCUMENT_REMINDERS)
    {
      if (self->pulse_id == 0)
        self->pulse_id = g_timeout_add (120, pulse_cb, self);
    }
  else
    {
      g_clear_handle_id (&self->pulse_id, g_source_remove);
      gtk_progress_bar_set_fraction (self->progress_bar, job->fraction);
    }

  if (gtk_revealer_get_reveal_child (self->progress_revealer))
    return;
  if (job->kind != JOB_PREVIEW)
    {
      g_clear_handle_id (&self->progress_delay_id, g_source_remove);
      gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
    }
  else if (self->progress_delay_id == 0)
    self->progress_delay_id = g_timeout_add (PROGRESS_DELAY_MS, progress_delay_cb, self);
}

/* The preview */

static void
start_preview (SxshReportsPage *self)
{
  Job *job;

  g_clear_handle_id (&self->preview_timeout_id, g_source_remove);
  self->preview_stale = FALSE;

  /* The preview being written is out of date: it stops, and its result is
   * ignored. */
  if (self->preview_job != NULL)
    {
      g_cancellable_cancel (self->preview_job->cancellable);
      self->preview_job = NULL;
    }

  job = job_new (self, JOB_PREVIEW);
  job->path = make_temp_path (self, "preview");
  self->preview_job = job;
  if (!self->has_preview)
    {
      gtk_stack_set_visible_child_name (self->preview_stack, "loading");
      gtk_spinner_start (self->loading_spinner);
    }
  job_start (job);
  job_unref (job);
}

static gboolean
preview_timeout_cb (gpointer user_data)
{
  SxshReportsPage *self = user_data;

  self->preview_timeout_id = 0;
  start_preview (self);
  return G_SOURCE_REMOVE;
}

/* The preview is written only while the page is shown; otherwise when it
 * is shown next. */
void
sxsh_reports_page_schedule_preview (SxshReportsPage *self,
                                    guint            delay_ms)
{
  g_clear_handle_id (&self->preview_timeout_id, g_source_remove);
  if (self->disposed || self->year <= 0 || self->database == NULL)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->preview_stale = TRUE;
      return;
    }
  if (delay_ms == 0)
    start_preview (self);
  else
    self->preview_timeout_id = g_timeout_add (delay_ms, preview_timeout_cb, self);
}

/* Saving */

static GFile *
get_last_folder (SxshReportsPage *self)
{
  g_autofree char *path = NULL;
  const char *documents;

  if (self->settings != NULL)
    path = g_settings_get_string (self->settings, "last-folder");
  if (path != NULL && *path != '\0' && g_file_test (path, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (path);

  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return NULL;
}

static void
remember_folder (SxshReportsPage *self,
                 GFile           *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = NULL;

  if (self->settings == NULL || parent == NULL)
    return;
  path = g_file_get_path (parent);
  if (path != NULL)
    g_settings_set_string (self->settings, "last-folder", path);
}

/* The file chosen, with the extension of @format when the officer left it
 * out. */
static GFile *
with_extension (GFile            *file,
                SxshReportFormat  format)
{
  g_autofree char *name = g_file_get_basename (file);
  const char *extension = format == SXSH_REPORT_FORMAT_PDF ? ".pdf" : ".xlsx";
  g_autofree char *folded = g_ascii_strdown (name, -1);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *full = NULL;

  if (g_str_has_suffix (folded, extension))
    return g_object_ref (file);
  parent = g_file_get_parent (file);
  full = g_strconcat (name, extension, NULL);
  return parent != NULL ? g_file_get_child (parent, full) : g_object_ref (file);
}

static void
chooser_response_cb (SxshReportsPage      *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  SxshReportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser),
                                                                "sxsh-format"));
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (chosen == NULL)
    return;

  file = with_extension (chosen, format);
  remember_folder (self, file);
  sxsh_reports_page_save (self, format, file);
}

void
sxsh_reports_page_open_save_chooser (SxshReportsPage  *self,
                                     SxshReportFormat  format)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = get_last_folder (self);
  g_autofree char *name = sxsh_reports_page_dup_file_name (self, format);
  const char *title;

  if (self->chooser != NULL)
    return;

  if (format == SXSH_REPORT_FORMAT_XLSX)
    title = _("Save the Report as an Excel Workbook");
  else if (self->document == SXSH_REPORTS_DOCUMENT_REMINDERS)
    title = _("Save the Reminder Letters as PDF");
  else
    title = _("Save the Report as PDF");

  self->chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                           : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (format == SXSH_REPORT_FORMAT_XLSX)
    {
      gtk_file_filter_set_name (filter, _("Excel Workbooks"));
      gtk_file_filter_add_suffix (filter, "xlsx");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("PDF Documents"));
      gtk_file_filter_add_suffix (filter, "pdf");
      gtk_file_filter_add_mime_type (filter, "application/pdf");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_object_set_data (G_OBJECT (self->chooser), "sxsh-format", GINT_TO_POINTER (format));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Printing */

static void
print_begin_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Job               *job)
{
  SxshReportsPage *self = job->self;

  /* The officer has confirmed the dialog: now the document is written with
   * its number. */
  if (self->disposed || job->path != NULL)
    {
      gtk_print_operation_cancel (operation);
      return;
    }
  job->path = make_temp_path (self, "print");
  self->main_job = job;
  job_start (job);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               Job                     *job)
{
  SxshReportsPage *self = job->self;
  g_autoptr(GError) error = NULL;

  g_signal_handlers_disconnect_by_data (operation, job);
  if (!self->disposed)
    {
      if (self->print_job == job)
        self->print_job = NULL;
      if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
        {
          gtk_print_operation_get_error (operation, &error);
          if (error != NULL)
            sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Print the Document"), error);
        }
      else if (result == GTK_PRINT_OPERATION_RESULT_APPLY && job->written)
        {
          g_autofree char *what = describe_written (job);
          /* Translators: %s is "Report 12/BC-SCT" or "Reminder letters
           * 3/SCT-QLCN to 9/SCT-QLCN". */
          g_autofree char *title = g_strdup_printf (_("%s sent to the printer"), what);

          show_toast (self, adw_toast_new (title));
        }
      update_progress (self);
    }
  job_unref (job);
}

/* Whether a preview is being written or about to be. */
gboolean
sxsh_reports_page_is_generating (SxshReportsPage *self)
{
  g_return_val_if_fail (SXSH_IS_REPORTS_PAGE (self), FALSE);

  return self->preview_job != NULL || self->preview_timeout_id != 0
         || (self->preview_stale && gtk_widget_get_mapped (GTK_WIDGET (self)));
}

/* Whether anything is still to be saved, written or printed. */
gboolean
sxsh_reports_page_is_busy (SxshReportsPage *self)
{
  g_return_val_if_fail (SXSH_IS_REPORTS_PAGE (self), FALSE);

  return sxsh_reports_page_is_generating (self) || self->main_job != NULL
         || self->print_job != NULL || self->save_timeout_id != 0;
}

/**
 * sxsh_reports_page_save:
 * @format: PDF, or XLSX for the annual report's workbook
 * @file: the file to write, a local one
 *
 * What Save as PDF… and Save as Excel… do once the file is chosen: writes
 * the document in a worker thread (a PDF of the annual report takes the
 * next number of the report series, the letters theirs), then says so in
 * a toast with an Open button.
 */
void
sxsh_reports_page_save (SxshReportsPage  *self,
                        SxshReportFormat  format,
                        GFile            *file)
{
  Job *job;

  g_return_if_fail (SXSH_IS_REPORTS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->main_job != NULL || self->print_job != NULL)
    return;
  if (g_file_peek_path (file) == NULL)
    {
      g_autoptr(GError) error = g_error_new (SXSH_ERROR, SXSH_ERROR_EXPORT,
                                             _("Documents can only be saved in a folder of "
                                               "this computer."));

      sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Save the Document"), error);
      return;
    }

  /* The document must say what was typed up to now. */
  sxsh_reports_page_flush_text (self);

  job = job_new (self, JOB_SAVE);
  job->format = self->document == SXSH_REPORTS_DOCUMENT_REMINDERS ? SXSH_REPORT_FORMAT_PDF
                                                                  : format;
  job->file = g_object_ref (file);
  job->path = g_file_get_path (file);
  self->main_job = job;
  job_start (job);
  job_unref (job);
}

/**
 * sxsh_reports_page_print:
 * @action: %GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG for Print…, or
 *   %GTK_PRINT_OPERATION_ACTION_EXPORT with @export_path
 * @export_path: (nullable): the PDF file to print to, for
 *   %GTK_PRINT_OPERATION_ACTION_EXPORT
 *
 * Prints the document.  It is written, with its number, only once the
 * print dialog has been confirmed, so that a dialog closed without
 * printing takes no number.
 */
void
sxsh_reports_page_print (SxshReportsPage         *self,
                         GtkPrintOperationAction  action,
                         const char              *export_path)
{
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  Job *job;

  g_return_if_fail (SXSH_IS_REPORTS_PAGE (self));
  g_return_if_fail (action != GTK_PRINT_OPERATION_ACTION_EXPORT || export_path != NULL);

  if (self->main_job != NULL || self->print_job != NULL)
    return;

  sxsh_reports_page_flush_text (self);

  job = job_new (self, JOB_PRINT);
  job->operation = sxsh_print_operation_new ();
  sxsh_print_operation_defer (job->operation);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (job->operation, export_path);
  /* The job lives until the operation is done. */
  g_signal_connect (job->operation, "begin-print", G_CALLBACK (print_begin_cb), job);
  g_signal_connect (job->operation, "done", G_CALLBACK (print_done_cb), job);
  self->print_job = job;
  sxsh_reports_page_update_actions (self);

  result = gtk_print_operation_run (job->operation, action,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);
  /* A failure is usually told by the operation's "done" too, which has
   * then let the job go: it is shown once. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL && !self->disposed
      && self->print_job == job)
    {
      self->print_job = NULL;
      sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Print the Document"), error);
      update_progress (self);
    }
}

/* Stops the writing in progress: a save or print first, else the
 * preview. */
void
sxsh_reports_page_cancel (SxshReportsPage *self)
{
  g_return_if_fail (SXSH_IS_REPORTS_PAGE (self));

  if (self->main_job != NULL)
    g_cancellable_cancel (self->main_job->cancellable);
  else if (self->preview_job != NULL)
    g_cancellable_cancel (self->preview_job->cancellable);
}

/**
 * sxsh_reports_page_get_toast:
 *
 * Returns: (transfer none) (nullable): the last toast shown, while it is
 */
AdwToast *
sxsh_reports_page_get_toast (SxshReportsPage *self)
{
  g_return_val_if_fail (SXSH_IS_REPORTS_PAGE (self), NULL);

  return self->toast;
}

/* Whether the action @name of the page ("reports.save-xlsx") can be
 * used now. */
gboolean
sxsh_reports_page_get_action_enabled (SxshReportsPage *self,
                                      const char      *name)
{
  g_return_val_if_fail (SXSH_IS_REPORTS_PAGE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return action_enabled (self, name);
}

/* Returns: (nullable): the folder where previews and prints are written
 * while they are read, %NULL before the first */
const char *
sxsh_reports_page_get_work_dir (SxshReportsPage *self)
{
  g_return_val_if_fail (SXSH_IS_REPORTS_PAGE (self), NULL);

  return self->tmpdir;
}

/**
 * sxsh_reports_page_dup_file_name:
 *
 * Returns: (transfer full): the file name suggested for the document,
 *   "Bao-cao-SXSH-2026.pdf"
 */
char *
sxsh_reports_page_dup_file_name (SxshReportsPage  *self,
                                 SxshReportFormat  format)
{
  g_return_val_if_fail (SXSH_IS_REPORTS_PAGE (self), NULL);

  /* File names without diacritics travel safely by e-mail and USB stick. */
  if (self->document == SXSH_REPORTS_DOCUMENT_REMINDERS)
    return g_strdup_printf ("Cong-van-don-doc-bao-cao-SXSH-%d.pdf", self->year);
  return g_strdup_printf ("Bao-cao-SXSH-%d.%s", self->year,
                          format == SXSH_REPORT_FORMAT_XLSX ? "xlsx" : "pdf");
}

/* Stops every document being written, as the page goes. */
void
sxsh_reports_page_stop_jobs (SxshReportsPage *self)
{
  if (self->preview_job != NULL)
    g_cancellable_cancel (self->preview_job->cancellable);
  if (self->main_job != NULL)
    g_cancellable_cancel (self->main_job->cancellable);
  self->preview_job = NULL;
  self->main_job = NULL;
  self->print_job = NULL;
}

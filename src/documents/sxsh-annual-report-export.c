/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sxsh-annual-report-export.h"
#include "sxsh-document-number.h"
#include "sxsh-error.h"
#include "sxsh-format.h"
#include "sxsh-report-pdf.h"
#include "sxsh-report-xlsx.h"
#include "sxsh-settings.h"

gboolean
sxsh_report_format_from_string (const char       *text,
                                SxshReportFormat *format)
{
  if (g_ascii_strcasecmp (text ? text : "", "pdf") == 0)
    *format = SXSH_REPORT_FORMAT_PDF;
  else if (g_ascii_strcasecmp (text ? text : "", "xlsx") == 0)
    *format = SXSH_REPORT_FORMAT_XLSX;
  else
    return FALSE;
  return TRUE;
}

/* The format a file name asks for by its extension. */
gboolean
sxsh_report_format_from_path (const char       *path,
                              SxshReportFormat *format)
{
  const char *dot = path ? strrchr (path, '.') : NULL;

  return dot != NULL && sxsh_report_format_from_string (dot + 1, format);
}

/**
 * sxsh_report_parse_date:
 * @text: (nullable): dd/mm/yyyy or ISO; %NULL or "" for today
 *
 * Reads the date to put on a document.
 */
gboolean
sxsh_report_parse_date (const char  *text,
                        GDate       *date,
                        GError     **error)
{
  g_date_clear (date, 1);
  if (text == NULL || *text == '\0')
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (date, (GDateDay) g_date_time_get_day_of_month (now),
                      (GDateMonth) g_date_time_get_month (now),
                      (GDateYear) g_date_time_get_year (now));
      return TRUE;
    }
  if (!sxsh_parse_date (text, date) || !g_date_valid (date))
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                   _("Date: “%s” is not a date; write it as dd/mm/yyyy, e.g. 05/12/2026."), text);
      return FALSE;
    }
  return TRUE;
}

static void
report_progress (SxshReportProgressFunc  progress,
                 gpointer                progress_data,
                 double                  fraction,
                 const char             *stage)
{
  if (progress != NULL)
    progress (fraction, stage, progress_data);
}

/* Errors name the file the user chose, not the one being written beside it. */
static void
name_destination (GError     *error,
                  const char *part,
                  const char *dest_path)
{
  GString *message;

  if (error == NULL || strstr (error->message, part) == NULL)
    return;
  message = g_string_new (error->message);
  g_string_replace (message, part, dest_path, 0);
  g_free (error->message);
  error->message = g_string_free (message, FALSE);
}

static gboolean
write_document (SxshAnnualReport  *report,
                SxshReportFormat   format,
                const char        *number,
                GDate             *date,
                const char        *path,
                guint             *n_pages,
                GError           **error)
{
  if (format == SXSH_REPORT_FORMAT_PDF)
    return sxsh_report_pdf_write (report, number, date, path, n_pages, error);
  if (n_pages != NULL)
    *n_pages = 0;
  return sxsh_report_xlsx_write (report, number, date, path, error);
}

/**
 * sxsh_annual_report_write:
 * @db: the database, used in the calling thread only
 * @dest_path: the file to write; an existing file is replaced only once the
 *   new one is complete
 * @options: (nullable): the number and date; %NULL for a draft dated today
 * @progress: (nullable) (scope call): told how far the work is
 * @number: (out) (optional) (transfer full): the number the document got,
 *   %NULL for a draft or a workbook without one
 * @n_pages: (out) (optional): the PDF's pages
 *
 * Writes the annual report of @year.  A PDF that is neither a draft nor
 * given a number takes the next number of the report series, in the same
 * transaction as the writing: when the writing fails, the number is given
 * back.
 */
gboolean
sxsh_annual_report_write (SxshDatabase             *db,
                          int                       year,
                          SxshReportFormat          format,
                          const char               *dest_path,
                          const SxshReportOptions  *options,
                          GCancellable             *cancellable,
                          SxshReportProgressFunc    progress,
                          gpointer                  progress_data,
                          char                    **number,
                          guint                    *n_pages,
                          GError                  **error)
{
  static const SxshReportOptions draft = { NULL, TRUE, NULL };
  g_autoptr(SxshAnnualReport) report = NULL;
  g_autofree char *part = NULL;
  g_autofree char *taken = NULL;
  g_autofree char *shown = NULL;
  gboolean take_number;
  GDate date;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  if (options == NULL)
    options = &draft;
  if (!sxsh_report_parse_date (options->date, &date, error))
    return FALSE;

  report_progress (progress, progress_data, 0.0, _("Reading the year’s data"));
  report = sxsh_annual_report_collect (db, year, cancellable, error);
  if (report == NULL)
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  take_number = format == SXSH_REPORT_FORMAT_PDF && !options->draft
                && (options->number == NULL || *options->number == '\0');
  if (options->draft)
    {
      g_autofree char *pattern = sxsh_document_number_get_pattern (db,
                                                                   SXSH_SETTING_REPORT_SERIES);

      shown = sxsh_report_draft_number (pattern, g_date_get_year (&date));
    }
  else if (!take_number && options->number != NULL && *options->number != '\0')
    shown = g_strdup (options->number);

  /* The document is written beside its destination and moved over it when
   * complete, so that a failure never leaves half a file. */
  part = g_strconcat (dest_path, ".part", NULL);
  if (take_number)
    {
      if (!sxsh_database_begin (db, error))
        return FALSE;
      taken = sxsh_document_number_take (db, SXSH_SETTING_REPORT_SERIES, g_date_get_year (&date),
                                         NULL, error);
      if (taken == NULL)
        {
          sxsh_database_rollback (db);
          return FALSE;
        }
      shown = g_strdup (taken);
    }

  report_progress (progress, progress_data, 0.5, format == SXSH_REPORT_FORMAT_PDF
                                                  ? _("Laying out the report’s pages")
                                                  : _("Writing the workbook"));
  if (!write_document (report, format, shown ? shown : "", &date, part, n_pages, error)
      || g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      if (error != NULL)
        name_destination (*error, part, dest_path);
      g_unlink (part);
      if (take_number)
        sxsh_database_rollback (db);
      return FALSE;
    }
  if (g_rename (part, dest_path) != 0)
    {
      int saved = errno;

      g_unlink (part);
      if (take_number)
        sxsh_database_rollback (db);
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT, _("The report could not be saved as "
                                                           "“%s”: %s."),
                   dest_path, g_strerror (saved));
      return FALSE;
    }
  if (take_number)
    {
      if (!sxsh_database_commit (db, error))
        return FALSE;
      sxsh_database_notify_changed (db, "document_number");
    }
  report_progress (progress, progress_data, 1.0, _("Done"));
  if (number != NULL)
    *number = options->draft ? NULL : g_steal_pointer (&shown);
  return TRUE;
}

/* Asynchronous form */

typedef struct
{
  char                   *db_path;
  int                     year;
  SxshReportFormat        format;
  char                   *dest_path;
  char                   *number_option;
  gboolean                draft;
  char                   *date;
  SxshReportProgressFunc  progress;
  gpointer                progress_data;
  GMainContext           *context;
  /* Results: */
  char                   *number;
  guint                   n_pages;
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *d = data;

  g_free (d->db_path);
  g_free (d->dest_path);
  g_free (d->number_option);
  g_free (d->date);
  g_free (d->number);
  g_clear_pointer (&d->context, g_main_context_unref);
  g_free (d);
}

typedef struct
{
  SxshReportProgressFunc progress;
  gpointer               progress_data;
  double                 fraction;
  char                  *stage;
} ProgressCall;

static gboolean
progress_in_main_cb (gpointer data)
{
  ProgressCall *call = data;

  call->progress (call->fraction, call->stage, call->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_call_free (gpointer data)
{
  ProgressCall *call = data;

  g_free (call->stage);
  g_free (call);
}

/* Runs in the worker: hands the progress to the caller's main context. */
static void
progress_from_thread (double      fraction,
                      const char *stage,
                      gpointer    user_data)
{
  WriteData *d = user_data;
  ProgressCall *call = g_new0 (ProgressCall, 1);
  GSource *source;

  call->progress = d->progress;
  call->progress_data = d->progress_data;
  call->fraction = fraction;
  call->stage = g_strdup (stage);
  /* Always through a source: invoking directly could run the callback in
   * this thread when the caller's loop is not running yet. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, progress_in_main_cb, call, progress_call_free);
  g_source_set_static_name (source, "[sxsh] report progress");
  g_source_attach (source, d->context);
  g_source_unref (source);
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *d = task_data;
  SxshReportOptions options = { d->number_option, d->draft, d->date };
  g_autoptr(SxshDatabase) db = NULL;
  GError *error = NULL;

  /* A connection belongs to one thread: the worker opens its own. */
  db = sxsh_database_open (d->db_path, &error);
  if (db == NULL
      || !sxsh_annual_report_write (db, d->year, d->format, d->dest_path, &options, cancellable,
                                    d->progress ? progress_from_thread : NULL, d, &d->number,
                                    &d->n_pages, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * sxsh_annual_report_write_async:
 * @db_path: the database file; the worker thread opens its own connection
 * @options: (nullable): copied; %NULL for a draft dated today
 * @progress: (nullable): called in the thread-default main context of the
 *   caller; @progress_data must live until @callback has run
 *
 * Writes the annual report of @year in a worker thread, as
 * sxsh_annual_report_write() does.  The application's preview asks for a
 * draft (no number is taken) and shows the PDF.
 */
void
sxsh_annual_report_write_async (const char              *db_path,
                                int                      year,
                                SxshReportFormat         format,
                                const char              *dest_path,
                                const SxshReportOptions *options,
                                GCancellable            *cancellable,
                                SxshReportProgressFunc   progress,
                                gpointer                 progress_data,
                                GAsyncReadyCallback      callback,
                                gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteData *d;

  g_return_if_fail (db_path != NULL);
  g_return_if_fail (dest_path != NULL);

  d = g_new0 (WriteData, 1);
  d->db_path = g_strdup (db_path);
  d->year = year;
  d->format = format;
  d->dest_path = g_strdup (dest_path);
  d->draft = options ? options->draft : TRUE;
  d->number_option = g_strdup (options ? options->number : NULL);
  d->date = g_strdup (options ? options->date : NULL);
  d->progress = progress;
  d->progress_data = progress_data;
  d->context = g_main_context_ref_thread_default ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sxsh_annual_report_write_async);
  g_task_set_task_data (task, d, write_data_free);
  g_task_run_in_thread (task, write_thread);
}

/**
 * sxsh_annual_report_write_finish:
 * @number: (out) (optional) (transfer full): the number the report got
 * @n_pages: (out) (optional): the PDF's pages
 */
gboolean
sxsh_annual_report_write_finish (GAsyncResult  *result,
                                 char         **number,
                                 guint         *n_pages,
                                 GError       **error)
{
  WriteData *d;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                        == sxsh_annual_report_write_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  d = g_task_get_task_data (G_TASK (result));
  if (number != NULL)
    *number = g_steal_pointer (&d->number);
  if (n_pages != NULL)
    *n_pages = d->n_pages;
  return TRUE;
}

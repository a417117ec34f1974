/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <poppler.h>

#include "sxsh-error.h"
#include "sxsh-pdf-preview.h"
#include "sxsh-print.h"

/* What a print operation made here knows: the document once it is there,
 * and whether pagination has to wait for it (the annual report takes its
 * number only once the officer has pressed Print in the dialog, so its
 * file is written after the dialog). */
typedef struct
{
  PopplerDocument *document;
  gboolean         deferred;
} PrintData;

#define PRINT_DATA_KEY "sxsh-print-data"
#define PAGE_SETUP_GROUP "Page Setup"
#define PRINT_SETTINGS_GROUP "Print Settings"

/* The officer's choices, for the whole run of the programme and saved for
 * the next. */
static GtkPageSetup *remembered_page_setup;
static GtkPrintSettings *remembered_settings;
static gboolean remembered_loaded;

static void
print_data_free (gpointer data)
{
  PrintData *print = data;

  g_clear_object (&print->document);
  g_free (print);
}

static PrintData *
get_print_data (GtkPrintOperation *operation)
{
  return g_object_get_data (G_OBJECT (operation), PRINT_DATA_KEY);
}

/* Remembered settings */

static char *
get_settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "sxsh", "print.ini", NULL);
}

static void
load_remembered (void)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = get_settings_path ();
  g_autoptr(GError) error = NULL;

  if (remembered_loaded)
    return;
  remembered_loaded = TRUE;

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_debug ("The print settings in %s could not be read: %s", path, error->message);
      return;
    }

  /* A group that is missing or damaged leaves GTK's defaults. */
  remembered_page_setup = gtk_page_setup_new_from_key_file (file, PAGE_SETUP_GROUP, NULL);
  remembered_settings = gtk_print_settings_new_from_key_file (file, PRINT_SETTINGS_GROUP, NULL);
}

static void
save_remembered (void)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = get_settings_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  if (remembered_page_setup != NULL)
    gtk_page_setup_to_key_file (remembered_page_setup, file, PAGE_SETUP_GROUP);
  if (remembered_settings != NULL)
    gtk_print_settings_to_key_file (remembered_settings, file, PRINT_SETTINGS_GROUP);

  /* Losing the settings only means choosing the paper again next time:
   * not worth troubling the officer with. */
  if (g_mkdir_with_parents (folder, 0700) != 0
      || !g_key_file_save_to_file (file, path, &error))
    g_debug ("The print settings could not be saved in %s: %s", path,
             error != NULL ? error->message : g_strerror (errno));
}

/**
 * sxsh_print_get_page_setup:
 *
 * Returns: (transfer none) (nullable): the page setup the officer chose
 *   last, %NULL for the locale's default
 */
GtkPageSetup *
sxsh_print_get_page_setup (void)
{
  load_remembered ();
  return remembered_page_setup;
}

/**
 * sxsh_print_get_settings:
 *
 * Returns: (transfer none) (nullable): the print settings of the last print
 */
GtkPrintSettings *
sxsh_print_get_settings (void)
{
  load_remembered ();
  return remembered_settings;
}

static void
page_setup_done_cb (GtkPageSetup *page_setup,
                    gpointer      data)
{
  /* The dialog gives the setup it was started with when it is cancelled. */
  if (page_setup == NULL)
    return;
  g_set_object (&remembered_page_setup, page_setup);
  save_remembered ();
}

/**
 * sxsh_print_run_page_setup:
 * @parent: (nullable): the window the dialog belongs to
 *
 * Lets the officer choose the paper, its orientation and margins for the
 * next prints; the choice is kept.
 */
void
sxsh_print_run_page_setup (GtkWindow *parent)
{
  load_remembered ();
  gtk_print_run_page_setup_dialog_async (parent, remembered_page_setup, remembered_settings,
                                         page_setup_done_cb, NULL);
}

/* Signals of the operation */

static gboolean
paginate_cb (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             gpointer           user_data)
{
  PrintData *print = get_print_data (operation);

  if (print->document != NULL)
    return TRUE;
  if (!print->deferred)
    {
      /* Nothing to print: an empty document rather than a wait forever. */
      gtk_print_operation_cancel (operation);
      return TRUE;
    }

  /* GTK asks again at once while the file is being written in a worker
   * thread: a short sleep keeps that from using a whole processor. */
  g_usleep (2000);
  return FALSE;
}

static void
get_page_size (PrintData *print,
               int        page_nr,
               double    *width,
               double    *height)
{
  g_autoptr(PopplerPage) page = NULL;

  *width = 0;
  *height = 0;
  if (print->document != NULL)
    page = poppler_document_get_page (print->document, page_nr);
  if (page != NULL)
    poppler_page_get_size (page, width, height);
}

/* A landscape page of the file (a certificate) is printed across the
 * paper, whatever the remembered orientation. */
static void
request_page_setup_cb (GtkPrintOperation *operation,
                       GtkPrintContext   *context,
                       int                page_nr,
                       GtkPageSetup      *setup,
                       gpointer           user_data)
{
  double width, height;

  get_page_size (get_print_data (operation), page_nr, &width, &height);
  if (width <= 0 || height <= 0)
    return;
  gtk_page_setup_set_orientation (setup, width > height ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                        : GTK_PAGE_ORIENTATION_PORTRAIT);
}

/* The file's page is drawn at its own size on paper of that size, so that
 * the official margins stay as they are; on other paper it is scaled to fit
 * and centred. */
static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              gpointer           user_data)
{
  PrintData *print = get_print_data (operation);
  g_autoptr(PopplerPage) page = NULL;
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double paper_width = gtk_print_context_get_width (context);
  double paper_height = gtk_print_context_get_height (context);
  double width, height, scale;

  if (print->document == NULL)
    return;
  page = poppler_document_get_page (print->document, page_nr);
  if (page == NULL)
    return;
  poppler_page_get_size (page, &width, &height);
  if (width <= 0 || height <= 0)
    return;

  scale = MIN (paper_width / width, paper_height / height);
  /* Paper a hair's breadth different (A4 in millimetres against points) is
   * the same paper. */
  if (ABS (scale - 1.0) < 0.005)
    scale = 1.0;

  cairo_save (cr);
  cairo_translate (cr, (paper_width - width * scale) / 2, (paper_height - height * scale) / 2);
  cairo_scale (cr, scale, scale);
  poppler_page_render_for_printing (page, cr);
  cairo_restore (cr);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         gpointer                 user_data)
{
  if (result != GTK_PRINT_OPERATION_RESULT_APPLY)
    return;

  /* The printer and the options chosen are offered again next time. */
  g_set_object (&remembered_settings, gtk_print_operation_get_print_settings (operation));
  save_remembered ();
}

/* Operations */

/**
 * sxsh_print_operation_new:
 *
 * A print operation for a PDF file, with the remembered page setup and
 * print settings; give it its file with sxsh_print_operation_set_pdf(),
 * now or (after sxsh_print_operation_defer()) once the officer has
 * confirmed the print dialog.
 *
 * Returns: (transfer full): the operation
 */
GtkPrintOperation *
sxsh_print_operation_new (void)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();

  load_remembered ();
  g_object_set_data_full (G_OBJECT (operation), PRINT_DATA_KEY, g_new0 (PrintData, 1),
                          print_data_free);
  if (remembered_page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, remembered_page_setup);
  if (remembered_settings != NULL)
    gtk_print_operation_set_print_settings (operation, remembered_settings);

  /* The documents carry their own margins: the whole sheet is ours. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);

  g_signal_connect (operation, "paginate", G_CALLBACK (paginate_cb), NULL);
  g_signal_connect (operation, "request-page-setup", G_CALLBACK (request_page_setup_cb), NULL);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), NULL);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), NULL);

  return operation;
}

/**
 * sxsh_print_operation_defer:
 *
 * Makes the operation wait, after the print dialog, until its file is
 * given; cancel it if the file cannot be written.
 */
void
sxsh_print_operation_defer (GtkPrintOperation *operation)
{
  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (get_print_data (operation) != NULL);

  get_print_data (operation)->deferred = TRUE;
}

/**
 * sxsh_print_operation_set_pdf:
 * @operation: an operation made by sxsh_print_operation_new()
 * @pdf_path: the PDF file to print; it is read at once, so it may be
 *   removed afterwards
 *
 * Returns: %FALSE when the file cannot be read as a PDF
 */
gboolean
sxsh_print_operation_set_pdf (GtkPrintOperation  *operation,
                              const char         *pdf_path,
                              GError            **error)
{
  PrintData *print;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;
  int n_pages;

  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), FALSE);
  g_return_val_if_fail (pdf_path != NULL, FALSE);
  print = get_print_data (operation);
  g_return_val_if_fail (print != NULL, FALSE);

  if (!g_file_get_contents (pdf_path, &contents, &length, &local_error))
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("The document to print could not be read: %s"), local_error->message);
      return FALSE;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  document = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  if (document == NULL)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("The document to print is not a PDF file that can be read: %s"),
                   local_error->message);
      return FALSE;
    }
  n_pages = poppler_document_get_n_pages (document);
  if (n_pages <= 0)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("The document to print has no pages."));
      return FALSE;
    }

  name = g_path_get_basename (pdf_path);
  gtk_print_operation_set_job_name (operation, name);
  gtk_print_operation_set_n_pages (operation, n_pages);
  g_set_object (&print->document, document);
  return TRUE;
}

static void
print_file_done_cb (GtkPrintOperation       *operation,
                    GtkPrintOperationResult  result,
                    GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  /* A failure while gtk_print_operation_run() has not returned yet is
   * given to the caller of sxsh_print_pdf_file() instead. */
  if (result != GTK_PRINT_OPERATION_RESULT_ERROR
      || g_object_get_data (G_OBJECT (operation), "sxsh-running") != NULL)
    return;

  gtk_print_operation_get_error (operation, &error);
  dialog = adw_message_dialog_new (parent, _("Cannot Print"),
                                   error != NULL ? error->message
                                                 : _("The printer refused the document."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * sxsh_print_pdf_file:
 * @parent: (nullable): the window the print dialog belongs to
 * @pdf_path: the PDF file to print, e.g. a certificate written to a
 *   temporary file; it is read at once and may be removed when this returns
 *
 * Shows the print dialog for @pdf_path and prints it.  The dialog runs on
 * its own: a failure after it is shown to the officer in a message
 * dialog.
 *
 * Returns: %FALSE, with @error set, when the file cannot be read or the
 *   print dialog cannot be shown
 */
gboolean
sxsh_print_pdf_file (GtkWindow   *parent,
                     const char  *pdf_path,
                     GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (pdf_path != NULL, FALSE);

  operation = sxsh_print_operation_new ();
  if (!sxsh_print_operation_set_pdf (operation, pdf_path, error))
    return FALSE;

  g_signal_connect_object (operation, "done", G_CALLBACK (print_file_done_cb), parent, 0);
  g_object_set_data (G_OBJECT (operation), "sxsh-running", GINT_TO_POINTER (TRUE));
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                                    error);
  g_object_set_data (G_OBJECT (operation), "sxsh-running", NULL);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

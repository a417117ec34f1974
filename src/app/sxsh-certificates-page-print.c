/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-certificate-pdf.h"
#include "sxsh-certificates-page-private.h"
#include "sxsh-page-helpers.h"

/* The selected certificates as the official document: printed, or saved
 * as one PDF, a page each.  Printing draws the very pages the PDF is made
 * of, so that paper and file never differ.  A revoked certificate comes
 * out as a copy marked revoked, never as a valid certificate. */

static gboolean
any_revoked (GPtrArray *certificates)
{
  for (guint i = 0; i < certificates->len; i++)
    if (sxsh_certificate_get_status (g_ptr_array_index (certificates, i))
        == SXSH_CERTIFICATE_REVOKED)
      return TRUE;
  return FALSE;
}

/* The name a saved file is offered under: the certificate's number, or the
 * year of a batch.  The document itself is Vietnamese, and so is its
 * name. */
static char *
suggest_file_name (GPtrArray *certificates)
{
  SxshCertificate *first = g_ptr_array_index (certificates, 0);
  g_autofree char *number = NULL;

  if (certificates->len > 1)
    return g_strdup_printf ("Giấy chứng nhận SXSH %d (%u).pdf",
                            sxsh_certificate_get_year (first), certificates->len);
  number = g_strdup (sxsh_certificate_get_number (first));
  g_strdelimit (number, "/\\:", '-');
  return g_strdup_printf ("Giấy chứng nhận %s.pdf", number);
}

static char *
describe (GPtrArray *certificates)
{
  if (certificates->len == 1)
    /* Translators: %s is a certificate's number, e.g. 05/2026/GCN-SCT. */
    return g_strdup_printf (_("Certificate %s"),
                            sxsh_certificate_get_number (g_ptr_array_index (certificates, 0)));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u certificate", "%u certificates",
                                       certificates->len),
                          certificates->len);
}

/* Saving */

/**
 * sxsh_certificates_page_save_pdf:
 * @certificates: (element-type SxshCertificate): what to save, a page each
 * @n_pages: (out) (optional): the pages written
 */
gboolean
sxsh_certificates_page_save_pdf (SxshCertificatesPage  *self,
                                 GPtrArray             *certificates,
                                 const char            *path,
                                 guint                 *n_pages,
                                 GError               **error)
{
  return sxsh_certificate_pdf_write (sxsh_certificates_page_get_database (self), certificates,
                                     any_revoked (certificates), path, n_pages, error);
}

static void
save_response_cb (GtkNativeDialog      *chooser,
                  int                   response,
                  SxshCertificatesPage *self)
{
  GPtrArray *certificates = g_object_get_data (G_OBJECT (chooser), "sxsh-certificates");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *what = NULL;
  g_autofree char *title = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  if (path != NULL)
    {
      if (!sxsh_certificates_page_save_pdf (self, certificates, path, NULL, &error))
        sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Save the PDF"), error);
      else
        {
          name = g_file_get_basename (file);
          what = describe (certificates);
          /* Translators: "Certificate 05/2026/GCN-SCT saved as “….pdf”". */
          title = g_strdup_printf (_("%s saved as “%s”"), what, name);
          sxsh_page_add_toast (GTK_WIDGET (self), adw_toast_new (title));
        }
    }
  g_object_unref (chooser);
}

void
sxsh_certificates_page_save_pdf_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  SxshCertificatesPage *self = SXSH_CERTIFICATES_PAGE (widget);
  g_autoptr(GPtrArray) certificates = sxsh_certificates_page_get_selected (self);
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  GtkRoot *root;

  if (certificates->len == 0)
    return;

  root = gtk_widget_get_root (widget);
  chooser = gtk_file_chooser_native_new (_("Save Certificates as PDF"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = suggest_file_name (certificates);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "sxsh-certificates",
                          g_steal_pointer (&certificates), (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (chooser, "response", G_CALLBACK (save_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Printing */

static void
begin_print_cb (GtkPrintOperation    *operation,
                GtkPrintContext      *context,
                SxshOfficialDocument *doc)
{
  gtk_print_operation_set_n_pages (operation, (int) sxsh_official_document_layout (doc));
}

/* The page is drawn at the paper's size, centred, whatever the margins the
 * printer cannot reach. */
static void
draw_page_cb (GtkPrintOperation    *operation,
              GtkPrintContext      *context,
              int                   page_nr,
              SxshOfficialDocument *doc)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double page_width = 0, page_height = 0;
  double scale;

  sxsh_official_document_get_page_size (doc, (guint) page_nr, &page_width, &page_height);
  if (page_width <= 0 || page_height <= 0)
    return;
  scale = MIN (width / page_width, height / page_height);

  cairo_save (cr);
  cairo_translate (cr, (width - page_width * scale) / 2, (height - page_height * scale) / 2);
  cairo_scale (cr, scale, scale);
  sxsh_official_document_draw_page (doc, cr, (guint) page_nr);
  cairo_restore (cr);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               SxshCertificatesPage    *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Print"), error);
    }
}

/**
 * sxsh_certificates_page_print:
 * @certificates: (element-type SxshCertificate): what to print, a page
 *   each
 * @export_path: (nullable): write the print job to this PDF instead of
 *   asking for a printer (what the tests do)
 *
 * Returns: %FALSE with @error set when the certificates cannot be laid out
 *   or printed
 */
gboolean
sxsh_certificates_page_print (SxshCertificatesPage  *self,
                              GPtrArray             *certificates,
                              const char            *export_path,
                              GError               **error)
{
  g_autoptr(SxshOfficialDocument) doc = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *job = NULL;
  GtkPrintOperationResult result;
  double width = 0, height = 0;
  GtkRoot *root;

  doc = sxsh_certificate_pdf_build (sxsh_certificates_page_get_database (self), certificates,
                                    any_revoked (certificates), error);
  if (doc == NULL)
    return FALSE;
  if (sxsh_official_document_layout (doc) > 0)
    sxsh_official_document_get_page_size (doc, 0, &width, &height);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, width > height ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                        : GTK_PAGE_ORIENTATION_PORTRAIT);

  operation = gtk_print_operation_new ();
  job = suggest_file_name (certificates);
  gtk_print_operation_set_job_name (operation, job);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb),
                         g_object_ref (doc), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb),
                         g_object_ref (doc), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);

  if (export_path != NULL)
    {
      gtk_print_operation_set_export_filename (operation, export_path);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);
      return result != GTK_PRINT_OPERATION_RESULT_ERROR;
    }

  /* The print dialog does not block the window: the page keeps the
   * operation (the last one) alive while it runs. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_object_set_data_full (G_OBJECT (self), "sxsh-print-operation", g_object_ref (operation),
                          g_object_unref);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

void
sxsh_certificates_page_print_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  SxshCertificatesPage *self = SXSH_CERTIFICATES_PAGE (widget);
  g_autoptr(GPtrArray) certificates = sxsh_certificates_page_get_selected (self);
  g_autoptr(GError) error = NULL;

  if (certificates->len == 0)
    return;
  if (!sxsh_certificates_page_print (self, certificates, NULL, &error) && error != NULL)
    sxsh_page_show_error (widget, _("Cannot Print"), error);
}

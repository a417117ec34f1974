/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sxsh-certificate-pdf.h"
#include "sxsh-certificates-page-private.h"
#include "sxsh-page-helpers.h"
#include "sxsh-print.h"

/* The selected certificates as the official document: saved as one PDF,
 * a page each, or printed from that very PDF, so that paper and file never
 * differ.  A revoked certificate comes out as a copy marked revoked, never
 * as a valid certificate. */

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

/**
 * sxsh_certificates_page_print:
 * @certificates: (element-type SxshCertificate): what to print, a page
 *   each
 * @export_path: (nullable): write the print job to this PDF instead of
 *   asking for a printer (what the tests do)
 *
 * The certificates are written as the PDF that Save as PDF gives, and that
 * file is printed by the programme's printing, with the printer and page
 * setup the officer chose last.
 *
 * Returns: %FALSE with @error set when the certificates cannot be written
 *   or printed
 */
gboolean
sxsh_certificates_page_print (SxshCertificatesPage  *self,
                              GPtrArray             *certificates,
                              const char            *export_path,
                              GError               **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean ok;

  dir = g_dir_make_tmp ("sxsh-print-XXXXXX", error);
  if (dir == NULL)
    return FALSE;
  /* The file's name is the print job's. */
  name = suggest_file_name (certificates);
  path = g_build_filename (dir, name, NULL);
  ok = sxsh_certificates_page_save_pdf (self, certificates, path, NULL, error);
  if (ok && export_path != NULL)
    {
      g_autoptr(GtkPrintOperation) operation = sxsh_print_operation_new ();

      ok = sxsh_print_operation_set_pdf (operation, path, error);
      if (ok)
        {
          gtk_print_operation_set_export_filename (operation, export_path);
          ok = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                        error) != GTK_PRINT_OPERATION_RESULT_ERROR;
        }
    }
  else if (ok)
    ok = sxsh_print_pdf_file (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, path, error);

  /* The printing read the file at once: it is not needed any more. */
  g_remove (path);
  g_rmdir (dir);
  return ok;
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

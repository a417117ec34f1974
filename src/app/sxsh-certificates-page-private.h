/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the user sees of the certificate register, reached by the UI tests. */

#include "sxsh-certificate-editor.h"
#include "sxsh-certificates-page.h"

G_BEGIN_DECLS

GtkColumnView         *sxsh_certificates_page_get_column_view   (SxshCertificatesPage *self);
GtkMultiSelection     *sxsh_certificates_page_get_selection     (SxshCertificatesPage *self);
GtkSearchEntry        *sxsh_certificates_page_get_search_entry  (SxshCertificatesPage *self);
GtkDropDown           *sxsh_certificates_page_get_status_filter (SxshCertificatesPage *self);
const char            *sxsh_certificates_page_get_count_text    (SxshCertificatesPage *self);
const char            *sxsh_certificates_page_get_visible_view  (SxshCertificatesPage *self);
AdwToast              *sxsh_certificates_page_get_undo_toast    (SxshCertificatesPage *self);
SxshCertificateEditor *sxsh_certificates_page_get_editor        (SxshCertificatesPage *self);
AdwMessageDialog      *sxsh_certificates_page_get_dialog        (SxshCertificatesPage *self);
gboolean               sxsh_certificates_page_select_certificate (SxshCertificatesPage *self,
                                                                 gint64                id);
GPtrArray             *sxsh_certificates_page_get_selected      (SxshCertificatesPage *self);
SxshDatabase          *sxsh_certificates_page_get_database      (SxshCertificatesPage *self);

/* Printing and PDFs of the selected certificates: sxsh-certificates-page-print.c. */
void                   sxsh_certificates_page_print_action      (GtkWidget            *widget,
                                                                 const char           *action_name,
                                                                 GVariant             *parameter);
void                   sxsh_certificates_page_save_pdf_action   (GtkWidget            *widget,
                                                                 const char           *action_name,
                                                                 GVariant             *parameter);
gboolean               sxsh_certificates_page_save_pdf          (SxshCertificatesPage *self,
                                                                 GPtrArray            *certificates,
                                                                 const char           *path,
                                                                 guint                *n_pages,
                                                                 GError              **error);
gboolean               sxsh_certificates_page_print             (SxshCertificatesPage *self,
                                                                 GPtrArray            *certificates,
                                                                 const char           *export_path,
                                                                 GError              **error);

G_END_DECLS

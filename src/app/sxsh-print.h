/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Printing the PDF files the programme writes (the annual report, reminder
 * letters, certificates) through GtkPrintOperation: each page of the file is
 * drawn on the printer's page, at its own size when the paper matches and
 * scaled to fit when it does not, turned to landscape for a landscape page.
 * The page setup and the print settings the officer chose last are kept in
 * the user's configuration folder and used again. */

gboolean           sxsh_print_pdf_file          (GtkWindow          *parent,
                                                 const char         *pdf_path,
                                                 GError            **error);

GtkPrintOperation *sxsh_print_operation_new     (void);
gboolean           sxsh_print_operation_set_pdf (GtkPrintOperation  *operation,
                                                 const char         *pdf_path,
                                                 GError            **error);
void               sxsh_print_operation_defer   (GtkPrintOperation  *operation);

void              sxsh_print_run_page_setup (GtkWindow *parent);
GtkPageSetup     *sxsh_print_get_page_setup (void);
GtkPrintSettings *sxsh_print_get_settings   (void);

G_END_DECLS

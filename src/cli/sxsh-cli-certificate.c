/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-certificate-pdf.h"
#include "sxsh-cli.h"

/* sxsh-cli certificate NUMBER [NUMBER…] -o FILE.pdf [--revoked-copy]
 *
 * Prints certificates of the register as a PDF, one page each. */

int
sxsh_cli_certificate (SxshCliContext  *ctx,
                      int              argc,
                      char           **argv)
{
  g_autofree char *output = NULL;
  gboolean revoked_copy = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("PDF file to write"), N_("FILE") },
    { "revoked-copy", 0, 0, G_OPTION_ARG_NONE, &revoked_copy,
      N_("Print a revoked certificate as a copy marked as revoked instead of refusing it"),
      NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(GPtrArray) certificates = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;
  int status;

  options = sxsh_cli_option_context_new (ctx, _("NUMBER…"),
                                         _("Print certificates of cleaner-production "
                                           "application, one page each, as a PDF."),
                                         entries);
  if (!sxsh_cli_parse_options (ctx, options, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return sxsh_cli_usage_error (ctx, _("Name the certificate to print by its number, e.g. "
                                        "05/2019/GCN-SCT."));
  if (output == NULL || *output == '\0')
    return sxsh_cli_usage_error (ctx, _("-o: name the PDF file to write."));

  db = sxsh_cli_open_database (ctx, FALSE, &error);
  if (db == NULL)
    return sxsh_cli_fail (error);
  certificates = sxsh_certificate_pdf_lookup (db, (const char * const *) argv + 1, &error);
  if (certificates == NULL
      || !sxsh_certificate_pdf_write (db, certificates, revoked_copy, output, &n_pages, &error))
    return sxsh_cli_fail (error);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u certificate written to %s.\n",
                        "%u certificates written to %s.\n", n_pages),
           n_pages, output);
  return SXSH_CLI_EXIT_OK;
}

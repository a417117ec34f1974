/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-cli.h"
#include "sxsh-cli-activities.h"
#include "sxsh-cli-json.h"
#include "sxsh-format.h"
#include "sxsh-certificate-store.h"


/* sxsh-cli certificates --year Y [--json]: the certificate register of a
 * year and the number the next certificate will get. */

int
sxsh_cli_certificates (SxshCliContext  *ctx,
                       int              argc,
                       char           **argv)
{
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(SxshCertificateStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *next = NULL;
  gboolean json = FALSE;
  const char *summary;
  int year = 0, status;
  guint n, revoked = 0;

  summary = _("List the certificates of cleaner-production application numbered in a year, "
              "valid and revoked.");
  status = sxsh_cli_activity_setup (ctx, &argc, &argv, summary, NULL, &json, &year, &db);
  if (status != SXSH_CLI_EXIT_OK)
    return status;

  store = sxsh_certificate_store_new (db);
  sxsh_certificate_store_set_year (store, year);
  if (!sxsh_certificate_store_reload (store, &error))
    return sxsh_cli_fail (error);
  next = sxsh_certificate_store_preview_number (store, year, &error);
  if (next == NULL)
    return sxsh_cli_fail (error);

  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshCertificate) certificate = g_list_model_get_item (G_LIST_MODEL (store), i);
      if (sxsh_certificate_get_status (certificate) == SXSH_CERTIFICATE_REVOKED)
        revoked++;
    }

  if (json)
    {
      g_autoptr(SxshCliJsonWriter) out = sxsh_cli_json_writer_new ();

      sxsh_cli_json_writer_object (out, NULL);
      sxsh_cli_json_writer_int (out, "year", year);
      sxsh_cli_json_writer_array (out, "certificates");
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SxshCertificate) c = g_list_model_get_item (G_LIST_MODEL (store), i);

          sxsh_cli_json_writer_object (out, NULL);
          sxsh_cli_json_writer_int (out, "id", sxsh_certificate_get_id (c));
          sxsh_cli_json_writer_string (out, "number", sxsh_certificate_get_number (c));
          sxsh_cli_json_writer_int (out, "seq", sxsh_certificate_get_seq (c));
          sxsh_cli_json_writer_int (out, "facility_id", sxsh_certificate_get_facility_id (c));
          sxsh_cli_json_writer_string (out, "facility", sxsh_certificate_get_facility_name (c));
          sxsh_cli_json_writer_string (out, "issue_date", sxsh_certificate_get_issue_date (c));
          sxsh_cli_json_writer_string (out, "signer", sxsh_certificate_get_signer (c));
          sxsh_cli_json_writer_string (out, "benefits", sxsh_certificate_get_benefits (c));
          sxsh_cli_json_writer_id (out, "support_id", sxsh_certificate_get_support_id (c));
          sxsh_cli_json_writer_string (out, "status",
                       sxsh_certificate_status_to_string (sxsh_certificate_get_status (c)));
          sxsh_cli_json_writer_optional (out, "revoked_on", sxsh_certificate_get_revoked_on (c));
          sxsh_cli_json_writer_optional (out, "revoke_reason",
                                         sxsh_certificate_get_revoke_reason (c));
          sxsh_cli_json_writer_end (out);
        }
      sxsh_cli_json_writer_end (out);
      sxsh_cli_json_writer_int (out, "valid", n - revoked);
      sxsh_cli_json_writer_int (out, "revoked", revoked);
      sxsh_cli_json_writer_string (out, "next_number", next);
      sxsh_cli_json_writer_end (out);
      sxsh_cli_json_writer_print (out);
      return SXSH_CLI_EXIT_OK;
    }

  g_print (_("Certificates of %d\n\n"), year);
  if (n == 0)
    g_print ("%s\n", _("No certificates numbered in this year."));
  else
    {
      g_autoptr(SxshCliTable) table = sxsh_cli_table_new (6, _("Number"), _("Facility"),
                                                          _("Issued on"), _("Signer"),
                                                          _("Status"), _("Benefits"));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SxshCertificate) c = g_list_model_get_item (G_LIST_MODEL (store), i);
          g_autofree char *issued = sxsh_cli_activity_date (sxsh_certificate_get_issue_date (c));
          g_autofree char *state = NULL;

          if (sxsh_certificate_get_status (c) == SXSH_CERTIFICATE_REVOKED)
            {
              g_autofree char *on = sxsh_cli_activity_date (sxsh_certificate_get_revoked_on (c));
              state = g_strdup_printf (_("Revoked on %s: %s"), on,
                                       sxsh_certificate_get_revoke_reason (c));
            }
          else
            state = g_strdup (sxsh_certificate_status_get_label (sxsh_certificate_get_status (c)));
          sxsh_cli_table_add_row (table, sxsh_certificate_get_number (c),
                                  sxsh_certificate_get_facility_name (c), issued,
                                  sxsh_certificate_get_signer (c), state,
                                  sxsh_certificate_get_benefits (c));
        }
      sxsh_cli_table_print (table);
    }
  g_print ("\n");
  g_print (_("Valid: %u; revoked: %u. The next certificate will be number %s.\n"),
           n - revoked, revoked, next);
  return SXSH_CLI_EXIT_OK;
}

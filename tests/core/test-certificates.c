/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sxsh-certificate-store.h"
#include "sxsh-core.h"
#include "sxsh-document-number.h"
#include "sxsh-test-util.h"

typedef struct
{
  char                 *dir;
  SxshDatabase         *db;
  SxshCertificateStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sxsh_test_make_tmpdir ();
  f->db = sxsh_test_open_db (f->dir);
  /* Facility 1 applies CP from 2020 on; facility 2 applied in 2020 and
   * stopped in 2023; facility 3 has no yearly record. */
  g_assert_true (sxsh_database_exec (f->db,
    "INSERT INTO facility (id, name) VALUES (1, 'Nhà máy Tinh bột sắn Đắk Hà'),"
    "  (2, 'Công ty Cao su Kon Tum'), (3, 'Gạch Tuynel Sa Thầy');"
    "INSERT INTO facility_year (facility_id, year, informed, applying) VALUES "
    "  (1, 2020, 1, 1), (2, 2020, 1, 1), (2, 2023, 1, 0);"
    "INSERT INTO settings (key, value) VALUES ('signer_name', 'Nguyễn Văn A');", &error));
  g_assert_no_error (error);
  f->store = sxsh_certificate_store_new (f->db);
  sxsh_certificate_store_set_year (f->store, 2024);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->db);
  sxsh_test_remove_tree (f->dir);
  g_free (f->dir);
}

static SxshCertificate *
issue (Fixture    *f,
       gint64      facility,
       const char *date)
{
  SxshCertificate *certificate = sxsh_certificate_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (certificate, "facility-id", facility, "issue-date", date,
                "benefits", "Tiết kiệm 12% điện năng", NULL);
  g_assert_cmpint (sxsh_certificate_store_insert (f->store, certificate, TRUE, &error), >, 0);
  g_assert_no_error (error);
  return certificate;
}

static void
test_numbering (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SxshCertificate) first = issue (f, 1, "2024-03-01");
  g_autoptr(SxshCertificate) second = issue (f, 1, "2024-06-01");
  g_autoptr(SxshCertificate) third = NULL;
  g_autoptr(SxshCertificate) fourth = NULL;
  g_autoptr(SxshCertificate) other_year = NULL;
  g_autoptr(SxshRowSet) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *preview = NULL;

  g_assert_cmpstr (sxsh_certificate_get_number (first), ==, "01/2024/GCN-SCT");
  g_assert_cmpstr (sxsh_certificate_get_number (second), ==, "02/2024/GCN-SCT");
  g_assert_cmpstr (sxsh_certificate_get_signer (first), ==, "Nguyễn Văn A");

  /* A revoked number is never given again. */
  g_assert_true (sxsh_certificate_store_revoke (f->store, sxsh_certificate_get_id (second),
                                                "2024-07-01", "Số liệu không trung thực",
                                                &error));
  g_assert_no_error (error);
  third = issue (f, 1, "2024-08-01");
  g_assert_cmpstr (sxsh_certificate_get_number (third), ==, "03/2024/GCN-SCT");

  /* Nor is a deleted one; undo puts it back under its own number. */
  undo = sxsh_certificate_store_delete (f->store, sxsh_certificate_get_id (third), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 2);
  preview = sxsh_certificate_store_preview_number (f->store, 2024, &error);
  g_assert_cmpstr (preview, ==, "04/2024/GCN-SCT");
  g_assert_true (sxsh_certificate_store_undo_delete (f->store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 3);
  g_assert_nonnull (sxsh_certificate_store_lookup (f->store, sxsh_certificate_get_id (third)));

  g_clear_pointer (&undo, sxsh_row_set_free);
  undo = sxsh_certificate_store_delete (f->store, sxsh_certificate_get_id (third), &error);
  g_assert_no_error (error);
  fourth = issue (f, 1, "2024-09-01");
  g_assert_cmpstr (sxsh_certificate_get_number (fourth), ==, "04/2024/GCN-SCT");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 3);

  /* Each year starts its own series. */
  other_year = issue (f, 1, "2025-01-15");
  g_assert_cmpstr (sxsh_certificate_get_number (other_year), ==, "01/2025/GCN-SCT");
  g_assert_cmpint (sxsh_certificate_get_year (other_year), ==, 2025);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 3);
}

static void
test_numbering_after_register_entries (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(SxshCertificate) old = sxsh_certificate_new ();
  g_autoptr(SxshCertificate) next = NULL;
  g_autoptr(SxshCertificate) custom = NULL;
  g_autoptr(GError) error = NULL;

  /* Certificates already in the register (imported, no series counter). */
  g_assert_true (sxsh_database_exec (f->db,
    "INSERT INTO certificate (number, year, seq, facility_id, issue_date) VALUES "
    "  ('07/2024/GCN-SCT', 2024, 7, 1, '2024-02-01')", &error));
  next = issue (f, 1, "2024-05-05");
  g_assert_cmpstr (sxsh_certificate_get_number (next), ==, "08/2024/GCN-SCT");

  /* An old certificate entered under its own place in the series. */
  g_object_set (old, "facility-id", (gint64) 1, "issue-date", "2024-01-10", "seq", 12, NULL);
  g_assert_cmpint (sxsh_certificate_store_insert (f->store, old, TRUE, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpstr (sxsh_certificate_get_number (old), ==, "12/2024/GCN-SCT");

  /* Its place is taken now. */
  g_object_set (old, "id", (gint64) 0, NULL);
  {
    g_autoptr(GPtrArray) issues = sxsh_certificate_store_validate (f->store, old);
    g_assert_nonnull (sxsh_issues_find (issues, "seq"));
  }

  /* The series' pattern is a setting. */
  g_assert_true (sxsh_settings_set (f->db, SXSH_SETTING_CERT_SERIES, "GCN-{year}-{seq}", &error));
  g_assert_no_error (error);
  custom = issue (f, 1, "2024-06-06");
  g_assert_cmpstr (sxsh_certificate_get_number (custom), ==, "GCN-2024-13");
}

static void
test_revoke_rules (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SxshCertificate) certificate = issue (f, 1, "2024-03-01");
  g_autoptr(SxshCertificate) found = NULL;
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = sxsh_certificate_get_id (certificate);

  g_assert_false (sxsh_certificate_store_revoke (f->store, id, "2024-04-01", "  ", &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Reason for revocation: required."));
  g_clear_error (&error);
  g_assert_false (sxsh_certificate_store_revoke (f->store, id, "2024-02-01", "Sai", &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Revocation date: cannot be before the issue date."));
  g_clear_error (&error);

  g_assert_true (sxsh_certificate_store_revoke (f->store, id, "2024-04-01", "Sai", &error));
  g_assert_no_error (error);
  found = sxsh_certificate_find_by_number (f->db, " 01/2024/GCN-SCT ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sxsh_certificate_get_status (found), ==, SXSH_CERTIFICATE_REVOKED);
  g_assert_cmpstr (sxsh_certificate_get_revoke_reason (found), ==, "Sai");
  g_assert_cmpstr (sxsh_certificate_get_revoked_on (found), ==, "2024-04-01");
  g_assert_cmpstr (sxsh_certificate_get_facility_name (found), ==, "Nhà máy Tinh bột sắn Đắk Hà");

  g_assert_false (sxsh_certificate_store_revoke (f->store, id, "2024-05-01", "Lại", &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_null (sxsh_certificate_find_by_number (f->db, "99/2024/GCN-SCT", &error));
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The number's year is fixed once issued. */
  g_object_set (certificate, "issue-date", "2025-01-01", NULL);
  issues = sxsh_certificate_store_validate (f->store, certificate);
  g_assert_nonnull (sxsh_issues_find (issues, "issue-date"));
}

static void
test_needs_confirmation (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SxshCertificate) certificate = sxsh_certificate_new ();
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GError) error = NULL;

  /* Statuses carry forward from the latest record at or before the year. */
  g_assert_false (sxsh_certificate_store_needs_confirmation (f->store, 1, 2024));
  g_assert_true (sxsh_certificate_store_needs_confirmation (f->store, 1, 2019));
  g_assert_false (sxsh_certificate_store_needs_confirmation (f->store, 2, 2022));
  g_assert_true (sxsh_certificate_store_needs_confirmation (f->store, 2, 2023));
  g_assert_true (sxsh_certificate_store_needs_confirmation (f->store, 2, 2024));
  g_assert_true (sxsh_certificate_store_needs_confirmation (f->store, 3, 2024));

  /* Issuing then needs the user's confirmation (accept_warnings). */
  g_object_set (certificate, "facility-id", (gint64) 3, "issue-date", "2024-03-01", NULL);
  issues = sxsh_certificate_store_validate (f->store, certificate);
  g_assert_false (sxsh_issues_has_errors (issues));
  g_assert_nonnull (sxsh_issues_find (issues, "facility-id"));
  g_assert_cmpint (sxsh_certificate_store_insert (f->store, certificate, FALSE, &error), ==, 0);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_assert_cmpstr (sxsh_certificate_get_number (certificate), ==, "");
  g_clear_error (&error);
  g_assert_cmpint (sxsh_certificate_store_insert (f->store, certificate, TRUE, &error), >, 0);
  g_assert_no_error (error);
  /* The refused attempt did not use up a number. */
  g_assert_cmpstr (sxsh_certificate_get_number (certificate), ==, "01/2024/GCN-SCT");
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SxshCertificate) certificate = sxsh_certificate_new ();
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sxsh_database_exec (f->db,
    "INSERT INTO support (id, facility_id, kind, year) VALUES (4, 2, 'quick_assessment', 2024)",
    &error));
  issues = sxsh_certificate_store_validate (f->store, certificate);
  g_assert_nonnull (sxsh_issues_find (issues, "facility-id"));
  g_assert_cmpstr (sxsh_issues_find (issues, "issue-date"), ==, "Issue date: required.");

  g_object_set (certificate, "facility-id", (gint64) 1, "issue-date", "2024-13-01",
                "support-id", (gint64) 4, NULL);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = sxsh_certificate_store_validate (f->store, certificate);
  g_assert_nonnull (sxsh_issues_find (issues, "issue-date"));
  g_assert_cmpstr (sxsh_issues_find (issues, "support-id"), ==,
                   "Support: the technical support was given to another facility.");
  g_assert_cmpint (sxsh_certificate_store_insert (f->store, certificate, TRUE, &error), ==, 0);
  g_assert_error (error, SXSH_ERROR, SXSH_ERROR_INVALID);
  g_assert_cmpint (sxsh_database_query_int64 (f->db, "SELECT count(*) FROM certificate", -1,
                                              NULL), ==, 0);
}

static void
test_document_numbers (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  int seq = 0, last = 0;

  g_assert_true (sxsh_document_number_next (f->db, SXSH_SETTING_LETTER_SERIES, 2026, &seq,
                                            &error));
  g_assert_cmpint (seq, ==, 1);
  g_assert_true (sxsh_document_number_next (f->db, SXSH_SETTING_LETTER_SERIES, 2026, &seq,
                                            &error));
  g_assert_cmpint (seq, ==, 2);
  g_assert_true (sxsh_document_number_raise (f->db, SXSH_SETTING_LETTER_SERIES, 2026, 40,
                                             &error));
  g_assert_true (sxsh_document_number_raise (f->db, SXSH_SETTING_LETTER_SERIES, 2026, 3,
                                             &error));
  g_assert_true (sxsh_document_number_get_last (f->db, SXSH_SETTING_LETTER_SERIES, 2026, &last,
                                                &error));
  g_assert_cmpint (last, ==, 40);

  report = sxsh_document_number_take (f->db, SXSH_SETTING_REPORT_SERIES, 2026, &seq, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (report, ==, "1/BC-SCT");

  /* Inside a transaction that is rolled back, the number is not used up. */
  g_assert_true (sxsh_database_begin (f->db, &error));
  g_assert_true (sxsh_document_number_next (f->db, SXSH_SETTING_REPORT_SERIES, 2026, &seq,
                                            &error));
  g_assert_cmpint (seq, ==, 2);
  sxsh_database_rollback (f->db);
  g_assert_true (sxsh_document_number_next (f->db, SXSH_SETTING_REPORT_SERIES, 2026, &seq,
                                            &error));
  g_assert_cmpint (seq, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sxsh/certificates/numbering-no-reuse", Fixture, NULL, fixture_setup,
              test_numbering, fixture_teardown);
  g_test_add ("/sxsh/certificates/numbering-after-register-entries", Fixture, NULL,
              fixture_setup, test_numbering_after_register_entries, fixture_teardown);
  g_test_add ("/sxsh/certificates/revoke-rules", Fixture, NULL, fixture_setup,
              test_revoke_rules, fixture_teardown);
  g_test_add ("/sxsh/certificates/needs-confirmation", Fixture, NULL, fixture_setup,
              test_needs_confirmation, fixture_teardown);
  g_test_add ("/sxsh/certificates/validation", Fixture, NULL, fixture_setup, test_validation,
              fixture_teardown);
  g_test_add ("/sxsh/certificates/document-numbers", Fixture, NULL, fixture_setup,
              test_document_numbers, fixture_teardown);
  return g_test_run ();
}

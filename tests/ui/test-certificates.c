/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>
#include <stdio.h>
#include <string.h>

#include "sxsh-application.h"
#include "sxsh-certificate-editor-private.h"
#include "sxsh-certificates-page-private.h"
#include "sxsh-date-dialog.h"
#include "sxsh-reference.h"
#include "sxsh-sample.h"
#include "sxsh-settings.h"
#include "sxsh-window.h"
#include "sxsh-ui-test-util.h"
#include "sxsh-test-util.h"

/* The certificate register on a database of its own, driven through the
 * same actions, fields and dialogs a user triggers.  Facility 1 applies
 * cleaner production in 2024; facility 2 is only informed, so issuing it a
 * certificate asks for confirmation. */

#define YEAR 2024

typedef struct
{
  char                 *dir;
  SxshDatabase         *db;
  GtkWidget            *window;
  SxshCertificatesPage *page;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->dir = g_dir_make_tmp ("sxsh-certificates-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->db = sxsh_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sxsh_reference_load (f->db, &error));
  g_assert_no_error (error);
  g_assert_true (sxsh_settings_set (f->db, SXSH_SETTING_SIGNER_NAME, "Nguyễn Văn Thắng",
                                    &error));
  g_assert_no_error (error);
  g_assert_true (sxsh_database_exec (f->db,
    "INSERT INTO facility (id, name, tax_code, first_year) VALUES "
    "  (1, 'Công ty TNHH Cao su Đắk Tô', '6100100104', 2016),"
    "  (2, 'Xưởng gỗ mỹ nghệ Kon Rẫy', '6100200204', 2016);"
    "INSERT INTO facility_year (facility_id, year, informed, applying) VALUES "
    "  (1, 2023, 1, 1), (2, 2024, 1, 0);"
    "INSERT INTO support (id, facility_id, kind, year, consultant, status) VALUES "
    "  (1, 1, 'quick_assessment', 2023, 'Trung tâm Tiết kiệm năng lượng', 'done');",
    &error));
  g_assert_no_error (error);

  f->page = sxsh_certificates_page_new (f->db);
  sxsh_certificates_page_set_year (f->page, YEAR);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->page));

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 720);
  gtk_window_set_child (GTK_WINDOW (f->window), overlay);
  gtk_window_present (GTK_WINDOW (f->window));
  sxsh_ui_test_iterate ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  sxsh_ui_test_iterate ();

  g_assert_finalize_object (f->db);
  sxsh_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gint64
count_rows (SxshDatabase *db,
            const char   *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = sxsh_database_query_int64 (db, sql, -1, &error);

  g_assert_no_error (error);
  return n;
}

/* The button of a dialog's answer, found by its label, as a user sees it. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      found = find_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Clicks the answer's button, which closes the dialog. */
static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  GtkWidget *button;

  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  button = find_button (GTK_WIDGET (dialog),
                        adw_message_dialog_get_response_label (dialog, response));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  sxsh_ui_test_iterate ();
}

static SxshCertificateEditor *
open_new_editor (Fixture *f)
{
  SxshCertificateEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "certificates.issue", NULL));
  sxsh_ui_test_iterate ();
  editor = sxsh_certificates_page_get_editor (f->page);
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  return editor;
}

static void
type_text (SxshCertificateEditor *editor,
           const char            *field,
           const char            *text)
{
  GtkWidget *widget = sxsh_certificate_editor_get_field_widget (editor, field);

  g_assert_nonnull (widget);
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
  sxsh_ui_test_iterate ();
}

/* Types part of a name in the picker's search and presses Enter, which
 * chooses the first match and closes the picker. */
static void
choose_facility (SxshCertificateEditor *editor,
                 const char            *text)
{
  SxshFacilityPicker *picker;
  GtkSearchEntry *entry;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.choose-facility", NULL));
  sxsh_ui_test_iterate ();
  picker = sxsh_certificate_editor_get_picker (editor);
  g_assert_nonnull (picker);
  entry = sxsh_facility_picker_get_search_entry (picker);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  sxsh_ui_test_iterate ();
  g_assert_null (sxsh_certificate_editor_get_picker (editor));
}

/* Returns: (transfer none): the one certificate selected */
static SxshCertificate *
selected_certificate (Fixture *f)
{
  g_autoptr(GPtrArray) selected = sxsh_certificates_page_get_selected (f->page);

  g_assert_cmpuint (selected->len, ==, 1);
  /* The page's list holds it. */
  return g_ptr_array_index (selected, 0);
}

static const char *
selected_number (Fixture *f)
{
  return sxsh_certificate_get_number (selected_certificate (f));
}

/* Fills a new certificate for a facility and saves it; returns the editor
 * when it stays open (a question is asked). */
static SxshCertificateEditor *
issue (Fixture    *f,
       const char *facility,
       const char *date)
{
  SxshCertificateEditor *editor = open_new_editor (f);

  choose_facility (editor, facility);
  type_text (editor, "issue-date", date);
  type_text (editor, "benefits",
             "Giảm 9,5% điện năng trên một tấn mủ; tiết kiệm 120 triệu đồng mỗi năm.");
  g_assert_true (sxsh_certificate_editor_get_can_save (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  sxsh_ui_test_iterate ();
  return sxsh_certificates_page_get_editor (f->page);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_assert_cmpstr (sxsh_certificates_page_get_visible_view (f->page), ==, "empty");
  g_assert_cmpstr (sxsh_certificates_page_get_count_text (f->page), ==,
                   "0 certificates in 2024 · next number 01/2024/GCN-SCT");
}

/* The number shown as it will be given; the facility applying CP gets
 * its certificate at once; the one only informed, after the officer
 * confirms; the signer comes from the settings. */
static void
test_issue (Fixture       *f,
            gconstpointer  data)
{
  SxshCertificateEditor *editor = open_new_editor (f);
  AdwMessageDialog *question;
  GtkWidget *support;

  g_assert_nonnull (strstr (sxsh_certificate_editor_get_number_text (editor),
                            "01/2024/GCN-SCT"));
  /* A list of an earlier year: no date is offered, Save waits for one
   * and for the facility. */
  g_assert_false (sxsh_certificate_editor_get_can_save (editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     sxsh_certificate_editor_get_field_widget (editor, "signer"))),
                   ==, "Nguyễn Văn Thắng");
  type_text (editor, "issue-date", "31/06/2024");
  g_assert_nonnull (sxsh_certificate_editor_get_field_message (editor, "issue-date"));
  type_text (editor, "issue-date", "14/06/2024");
  g_assert_null (sxsh_certificate_editor_get_field_message (editor, "issue-date"));

  choose_facility (editor, "cao su dak to");
  /* The facility's assessment of 2023 is offered as the support. */
  support = sxsh_certificate_editor_get_field_widget (editor, "support-id");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (support))),
                    ==, 2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (support), 1);
  type_text (editor, "benefits", "Giảm 9,5% điện năng trên một tấn mủ.");
  g_assert_true (sxsh_certificate_editor_get_can_save (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  sxsh_ui_test_iterate ();
  g_assert_null (sxsh_certificate_editor_get_confirmation (editor) );
  g_assert_null (sxsh_certificates_page_get_editor (f->page));

  g_assert_cmpstr (sxsh_certificates_page_get_visible_view (f->page), ==, "table");
  g_assert_cmpstr (selected_number (f), ==, "01/2024/GCN-SCT");
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM certificate WHERE number = "
                                      "'01/2024/GCN-SCT' AND facility_id = 1 AND support_id = 1 "
                                      "AND issue_date = '2024-06-14' "
                                      "AND signer = 'Nguyễn Văn Thắng'"), ==, 1);

  /* The facility not applying: the editor asks; Cancel writes nothing. */
  editor = issue (f, "6100200204", "20/06/2024");
  g_assert_nonnull (editor);
  g_assert_nonnull (strstr (sxsh_certificate_editor_get_field_message (editor, "facility-id"),
                            "not recorded as applying"));
  question = sxsh_certificate_editor_get_confirmation (editor);
  g_assert_nonnull (question);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (question), "Not Applying"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "Xưởng gỗ mỹ nghệ Kon Rẫy"));
  answer (question, "cancel");
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM certificate"), ==, 1);
  g_assert_true (sxsh_certificates_page_get_editor (f->page) == editor);

  /* Asked again, confirmed: issued under the next number. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  sxsh_ui_test_iterate ();
  question = sxsh_certificate_editor_get_confirmation (editor);
  g_assert_nonnull (question);
  answer (question, "save");
  g_assert_null (sxsh_certificates_page_get_editor (f->page));
  g_assert_cmpstr (selected_number (f), ==, "02/2024/GCN-SCT");
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM certificate WHERE facility_id = 2 "
                                      "AND number = '02/2024/GCN-SCT'"), ==, 1);
  g_assert_cmpstr (sxsh_certificates_page_get_count_text (f->page), ==,
                   "2 certificates in 2024 · next number 03/2024/GCN-SCT");
}

/* Revoked with a reason, the certificate stays in the register; the next
 * one gets the next number, and so after a deletion: numbers never come
 * back. */
static void
test_revoke_and_numbers (Fixture       *f,
                         gconstpointer  data)
{
  AdwMessageDialog *dialog;
  SxshCertificate *certificate;
  SxshCertificateEditor *editor;

  g_assert_null (issue (f, "cao su", "14/06/2024"));
  g_assert_null (issue (f, "cao su", "02/08/2024"));
  g_assert_cmpstr (selected_number (f), ==, "02/2024/GCN-SCT");

  /* Revoke: the reason is required. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "certificates.revoke", NULL));
  sxsh_ui_test_iterate ();
  dialog = sxsh_certificates_page_get_dialog (f->page);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "02/2024/GCN-SCT"));
  gtk_editable_set_text (sxsh_date_dialog_get_date_entry (dialog), "01/10/2024");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "revoke"));
  gtk_editable_set_text (sxsh_date_dialog_get_note_entry (dialog),
                         "Cơ sở ngừng áp dụng sản xuất sạch hơn");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "revoke"));
  answer (dialog, "revoke");

  certificate = selected_certificate (f);
  g_assert_cmpint (sxsh_certificate_get_status (certificate), ==, SXSH_CERTIFICATE_REVOKED);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM certificate WHERE number = "
                                      "'02/2024/GCN-SCT' AND status = 'revoked' "
                                      "AND revoked_on = '2024-10-01' AND revoke_reason = "
                                      "'Cơ sở ngừng áp dụng sản xuất sạch hơn'"), ==, 1);
  g_assert_cmpstr (sxsh_certificates_page_get_count_text (f->page), ==,
                   "2 certificates in 2024, 1 revoked · next number 03/2024/GCN-SCT");
  /* A revoked certificate cannot be revoked twice. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "certificates.revoke", NULL);
  sxsh_ui_test_iterate ();
  g_assert_true (sxsh_certificates_page_get_dialog (f->page) == NULL);

  /* The next certificate takes 03, not the revoked 02. */
  g_assert_null (issue (f, "cao su", "05/09/2024"));
  g_assert_cmpstr (selected_number (f), ==, "03/2024/GCN-SCT");

  /* Deleted by mistake (Delete), then undone; deleted again: 04 comes
   * next, 03 is never given again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "certificates.delete", NULL));
  sxsh_ui_test_iterate ();
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM certificate"), ==, 2);
  g_signal_emit_by_name (sxsh_certificates_page_get_undo_toast (f->page), "button-clicked");
  sxsh_ui_test_iterate ();
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM certificate"), ==, 3);
  g_assert_cmpstr (selected_number (f), ==, "03/2024/GCN-SCT");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "certificates.delete", NULL));
  sxsh_ui_test_iterate ();
  editor = issue (f, "cao su", "06/09/2024");
  g_assert_null (editor);
  g_assert_cmpstr (selected_number (f), ==, "04/2024/GCN-SCT");
}

/* Editing keeps the number; the year of an issued certificate does not
 * change. */
static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  SxshCertificateEditor *editor;

  g_assert_null (issue (f, "cao su", "14/06/2024"));
  g_signal_emit_by_name (sxsh_certificates_page_get_column_view (f->page), "activate", 0);
  sxsh_ui_test_iterate ();
  editor = sxsh_certificates_page_get_editor (f->page);
  g_assert_nonnull (editor);
  g_assert_cmpstr (sxsh_certificate_editor_get_number_text (editor), ==, "01/2024/GCN-SCT");

  type_text (editor, "issue-date", "03/01/2025");
  g_assert_false (sxsh_certificate_editor_get_can_save (editor));
  g_assert_nonnull (strstr (sxsh_certificate_editor_get_field_message (editor, "issue-date"),
                            "2024"));
  type_text (editor, "issue-date", "15/06/2024");
  type_text (editor, "signer", "Trần Thị Hồng");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  sxsh_ui_test_iterate ();
  g_assert_null (sxsh_certificates_page_get_editor (f->page));
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM certificate WHERE number = "
                                      "'01/2024/GCN-SCT' AND issue_date = '2024-06-15' "
                                      "AND signer = 'Trần Thị Hồng'"), ==, 1);
}

/* The search and the status filter. */
static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  GtkSearchEntry *search = sxsh_certificates_page_get_search_entry (f->page);
  GListModel *shown = G_LIST_MODEL (sxsh_certificates_page_get_selection (f->page));
  g_autoptr(GError) error = NULL;
  SxshCertificateStore *store = sxsh_certificates_page_get_store (f->page);
  g_autoptr(SxshCertificate) first = sxsh_certificate_new ();
  g_autoptr(SxshCertificate) second = sxsh_certificate_new ();

  g_object_set (first, "facility-id", (gint64) 1, "issue-date", "2024-03-01", NULL);
  g_object_set (second, "facility-id", (gint64) 2, "issue-date", "2024-04-01", NULL);
  g_assert_cmpint (sxsh_certificate_store_insert (store, first, TRUE, &error), >, 0);
  g_assert_cmpint (sxsh_certificate_store_insert (store, second, TRUE, &error), >, 0);
  g_assert_true (sxsh_certificate_store_revoke (store, sxsh_certificate_get_id (second),
                                                "2024-05-01", "Sai thông tin", &error));
  g_assert_no_error (error);
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);

  gtk_editable_set_text (GTK_EDITABLE (search), "go my nghe");
  g_signal_emit_by_name (search, "search-changed");
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_nonnull (strstr (sxsh_certificates_page_get_count_text (f->page), "1 shown"));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");

  /* "All certificates", "Valid", "Revoked". */
  gtk_drop_down_set_selected (sxsh_certificates_page_get_status_filter (f->page), 1);
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  gtk_drop_down_set_selected (sxsh_certificates_page_get_status_filter (f->page), 2);
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  sxsh_certificates_page_set_year (f->page, 2023);
  sxsh_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  g_assert_cmpstr (sxsh_certificates_page_get_visible_view (f->page), ==, "no-results");
}

static void
assert_pdf (const char *path,
            guint       min_bytes)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, min_bytes);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
}

/* The selected certificates, one or several, saved as one PDF of a page
 * each, and printed through the print operation (to a file here); a
 * revoked one comes out as a marked copy. */
static void
test_output (Fixture       *f,
             gconstpointer  data)
{
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (sxsh_certificates_page_get_selection (f->page));
  g_autoptr(GPtrArray) selected = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *one = g_build_filename (f->dir, "one.pdf", NULL);
  g_autofree char *both = g_build_filename (f->dir, "both.pdf", NULL);
  g_autofree char *printed = g_build_filename (f->dir, "printed.pdf", NULL);
  guint n_pages = 0;

  /* Nothing selected, nothing to print. */
  gtk_selection_model_unselect_all (selection);
  sxsh_ui_test_iterate ();
  selected = sxsh_certificates_page_get_selected (f->page);
  g_assert_cmpuint (selected->len, ==, 0);
  g_clear_pointer (&selected, g_ptr_array_unref);

  g_assert_null (issue (f, "cao su", "14/06/2024"));
  selected = sxsh_certificates_page_get_selected (f->page);
  g_assert_true (sxsh_certificates_page_save_pdf (f->page, selected, one, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, 1);
  assert_pdf (one, 1000);
  g_clear_pointer (&selected, g_ptr_array_unref);

  /* Two selected together, one of them revoked: two pages. */
  g_assert_null (issue (f, "cao su", "02/08/2024"));
  g_assert_true (sxsh_certificate_store_revoke (sxsh_certificates_page_get_store (f->page),
                                                sxsh_certificate_get_id (selected_certificate (f)),
                                                "2024-09-01", "Sai tên cơ sở", &error));
  g_assert_no_error (error);
  sxsh_ui_test_iterate ();
  gtk_selection_model_select_all (selection);
  sxsh_ui_test_iterate ();
  selected = sxsh_certificates_page_get_selected (f->page);
  g_assert_cmpuint (selected->len, ==, 2);
  g_assert_true (sxsh_certificates_page_save_pdf (f->page, selected, both, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, 2);
  assert_pdf (both, 2000);

  g_assert_true (sxsh_certificates_page_print (f->page, selected, printed, &error));
  g_assert_no_error (error);
  assert_pdf (printed, 2000);
}

/* Screenshots */

static void
save_screenshot (GtkWidget  *widget,
                 const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* Lets the window be laid out and drawn: it has a size, and 300 ms more
 * have passed for the rows to be bound. */
static void
settle (GtkWidget *window)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  gint64 end;

  while (gtk_widget_get_width (window) == 0 && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_cmpint (gtk_widget_get_width (window), >, 0);
  end = g_get_monotonic_time () + 300 * 1000;
  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

typedef struct
{
  char     *out_dir;
  gboolean  ran;
} Shot;

/* The register on the sample province, every year's certificates, in the
 * whole window, and the editor of a new certificate: written to
 * $SXSH_SCREENSHOT_DIR/certificates.png and certificate-editor.png when
 * that is set. */
static void
screenshot_activate_cb (GApplication *app,
                        Shot         *shot)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GList) windows = NULL;
  g_autofree char *png = NULL;
  g_autofree char *editor_png = NULL;
  const char *size = g_getenv ("SXSH_SCREENSHOT_SIZE");
  int width = 1400, height = 860;
  SxshCertificatesPage *page;
  SxshCertificateEditor *editor;
  GListModel *shown;
  GtkWidget *stack;

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_assert_true (SXSH_IS_WINDOW (window));
  if (size != NULL)
    sscanf (size, "%dx%d", &width, &height);
  gtk_window_unmaximize (window);
  gtk_window_set_default_size (window, width, height);

  page = SXSH_CERTIFICATES_PAGE (sxsh_window_get_page (SXSH_WINDOW (window), "certificates"));
  g_assert_nonnull (page);
  sxsh_window_set_year (SXSH_WINDOW (window), 2024);
  stack = gtk_widget_get_ancestor (GTK_WIDGET (page), ADW_TYPE_VIEW_STACK);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "certificates");
  shown = G_LIST_MODEL (sxsh_certificates_page_get_selection (page));
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (sxsh_certificates_page_get_selection (page)),
                                   0, TRUE);
  settle (GTK_WIDGET (window));

  png = g_build_filename (shot->out_dir, "certificates.png", NULL);
  save_screenshot (GTK_WIDGET (window), png);
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "certificates.edit", NULL));
  editor = sxsh_certificates_page_get_editor (page);
  g_assert_nonnull (editor);
  settle (GTK_WIDGET (editor));
  editor_png = g_build_filename (shot->out_dir, "certificate-editor.png", NULL);
  save_screenshot (GTK_WIDGET (editor), editor_png);
  shot->ran = TRUE;

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  sxsh_ui_test_iterate ();
}

static void
test_screenshot (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sxsh-certificates-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sample.db", NULL);
  g_autoptr(SxshApplication) app = NULL;
  const char *out_dir = g_getenv ("SXSH_SCREENSHOT_DIR");
  Shot shot = { NULL, FALSE };
  char *argv[] = { (char *) "sxsh", (char *) "--db", path, NULL };

  {
    g_autoptr(SxshDatabase) db = sxsh_database_open (path, &error);
    g_assert_no_error (error);
    g_assert_true (sxsh_sample_generate (db, SXSH_SAMPLE_DEFAULT_FACILITIES,
                                         SXSH_SAMPLE_DEFAULT_SEED, &error));
    g_assert_no_error (error);
  }

  shot.out_dir = g_strdup (out_dir != NULL ? out_dir : dir);
  app = sxsh_application_new ();
  g_signal_connect_after (app, "activate", G_CALLBACK (screenshot_activate_cb), &shot);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);
  g_assert_true (shot.ran);
  g_clear_object (&app);

  sxsh_test_remove_tree (dir);
  g_free (shot.out_dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) provider = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: skipping the UI tests.\n");
      return 77;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* The application's style sheet, which AdwApplication would load. */
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/sxsh/Tracker/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

#define ADD(path, func) \
  g_test_add ("/sxsh/ui/certificates/" path, Fixture, NULL, fixture_setup, func, \
              fixture_teardown)

  ADD ("empty", test_empty);
  ADD ("issue", test_issue);
  ADD ("revoke-and-numbers", test_revoke_and_numbers);
  ADD ("edit", test_edit);
  ADD ("filters", test_filters);
  ADD ("output", test_output);
  g_test_add_func ("/sxsh/ui/certificates/screenshot", test_screenshot);

#undef ADD

  return g_test_run ();
}

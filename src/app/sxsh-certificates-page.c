/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-certificate-editor.h"
#include "sxsh-certificates-page-private.h"
#include "sxsh-date-dialog.h"
#include "sxsh-format.h"
#include "sxsh-page-helpers.h"
#include "sxsh-text.h"

/* The register of certificates of CP application numbered in the year,
 * valid and revoked, with search and a status filter; the year's counts
 * under the list.  A certificate really issued is revoked, never deleted:
 * deleting is for one entered by mistake, and its number is not given
 * again either way. */

struct _SxshCertificatesPage
{
  AdwBin                 parent_instance;

  SxshDatabase          *database;
  SxshCertificateStore  *store;
  GtkCustomFilter       *filter;
  GtkFilterListModel    *filter_model;
  GtkSortListModel      *sort_model;
  GtkMultiSelection     *selection;
  int                    year;
  char                  *search_folded;
  gint64                 reload_selection;

  /* Weak pointers, for the tests and to avoid opening two editors. */
  AdwToast              *undo_toast;
  SxshCertificateEditor *editor;
  AdwMessageDialog      *dialog;

  /* Template widgets */
  GtkStack              *stack;
  AdwStatusPage         *empty_page;
  GtkSearchEntry        *search_entry;
  GtkDropDown           *status_dropdown;
  GtkStack              *list_stack;
  GtkColumnView         *column_view;
  GtkColumnViewColumn   *number_column;
  GtkColumnViewColumn   *facility_column;
  GtkColumnViewColumn   *date_column;
  GtkColumnViewColumn   *signer_column;
  GtkColumnViewColumn   *benefits_column;
  GtkColumnViewColumn   *status_column;
  GtkLabel              *count_label;
};

G_DEFINE_FINAL_TYPE (SxshCertificatesPage, sxsh_certificates_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_YEAR,
  N_PROPS
};

/* The status drop-down, in this order. */
enum {
  STATUS_ALL,
  STATUS_VALID,
  STATUS_REVOKED,
};

static GParamSpec *properties[N_PROPS];

/* Returns: (transfer none) (nullable): the certificate selected, when
 * one alone is */
static SxshCertificate *
get_selected_certificate (SxshCertificatesPage *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(SxshCertificate) certificate = NULL;

  if (self->selection == NULL)
    return NULL;
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_get_size (selected) != 1)
    return NULL;
  certificate = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                       gtk_bitset_get_minimum (selected));
  /* The list holds its items: the pointer stays valid while it is shown. */
  return certificate;
}

static guint
get_selected_position (SxshCertificatesPage *self)
{
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  return gtk_bitset_is_empty (selected) ? GTK_INVALID_LIST_POSITION
                                        : gtk_bitset_get_minimum (selected);
}

static void
update_actions (SxshCertificatesPage *self)
{
  SxshCertificate *certificate = get_selected_certificate (self);
  g_autoptr(GPtrArray) selected = sxsh_certificates_page_get_selected (self);
  gboolean has_selection = certificate != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "certificates.print", selected->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "certificates.save-pdf", selected->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "certificates.edit", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "certificates.delete", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "certificates.revoke",
                                 has_selection
                                 && sxsh_certificate_get_status (certificate)
                                    == SXSH_CERTIFICATE_VALID);
}

static gboolean
filter_is_active (SxshCertificatesPage *self)
{
  return self->search_folded != NULL
         || gtk_drop_down_get_selected (self->status_dropdown) != STATUS_ALL;
}

/* "5 certificates in 2026, 1 revoked · next number 06/2026/GCN-SCT": the
 * year's register, whatever the filters show. */
static char *
format_year_counts (SxshCertificatesPage *self)
{
  GListModel *all = G_LIST_MODEL (self->store);
  guint n = g_list_model_get_n_items (all);
  guint revoked = 0;
  g_autofree char *issued = NULL;
  g_autofree char *next = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshCertificate) certificate = g_list_model_get_item (all, i);

      if (sxsh_certificate_get_status (certificate) == SXSH_CERTIFICATE_REVOKED)
        revoked++;
    }

  issued = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u certificate in %d",
                                         "%u certificates in %d", n),
                            n, self->year);
  next = sxsh_certificate_store_preview_number (self->store, self->year, &error);
  if (next == NULL)
    {
      g_debug ("No next number: %s", error->message);
      next = g_strdup ("—");
    }
  if (revoked > 0)
    /* Translators: "5 certificates in 2026, 1 revoked · next number
     * 06/2026/GCN-SCT". */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u revoked · next number %s",
                                         "%s, %u revoked · next number %s", revoked),
                            issued, revoked, next);
  /* Translators: "5 certificates in 2026 · next number 06/2026/GCN-SCT". */
  return g_strdup_printf (_("%s · next number %s"), issued, next);
}

static void
update_view (SxshCertificatesPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *counts = format_year_counts (self);
  g_autofree char *title = NULL;

  gtk_stack_set_visible_child_name (self->stack,
                                    total == 0 && !filter_is_active (self) ? "empty" : "list");
  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "table" : "no-results");

  /* Translators: the title of an empty page; %d is the reporting year. */
  title = g_strdup_printf (_("No Certificates in %d"), self->year);
  adw_status_page_set_title (self->empty_page, title);

  if (filter_is_active (self))
    {
      /* Translators: "3 shown · 5 certificates in 2026 …". */
      g_autofree char *text = g_strdup_printf (_("%u shown · %s"), shown, counts);
      gtk_label_set_label (self->count_label, text);
    }
  else
    gtk_label_set_label (self->count_label, counts);
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  SxshCertificatesPage *self = user_data;
  SxshCertificateStatus status = sxsh_certificate_get_status (item);

  switch (gtk_drop_down_get_selected (self->status_dropdown))
    {
    case STATUS_VALID:
      if (status != SXSH_CERTIFICATE_VALID)
        return FALSE;
      break;
    case STATUS_REVOKED:
      if (status != SXSH_CERTIFICATE_REVOKED)
        return FALSE;
      break;
    default:
      break;
    }
  return self->search_folded == NULL
         || sxsh_text_match_folded (sxsh_certificate_get_search_key (item), self->search_folded);
}

static void
filter_changed_cb (SxshCertificatesPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search_folded, g_free);
  if (text != NULL && *text != '\0')
    {
      self->search_folded = sxsh_text_fold (text);
      if (*self->search_folded == '\0')
        g_clear_pointer (&self->search_folded, g_free);
    }
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_view (self);
  update_actions (self);
}

static void
model_items_changed_cb (SxshCertificatesPage *self)
{
  update_view (self);
  update_actions (self);
}

/* Columns */

static char *
number_text (gpointer item)
{
  return g_strdup (sxsh_certificate_get_number (item));
}

static char *
facility_text (gpointer item)
{
  return g_strdup (sxsh_certificate_get_facility_name (item));
}

static char *
date_text (gpointer item)
{
  return sxsh_format_date (sxsh_certificate_get_issue_date (item));
}

static char *
signer_text (gpointer item)
{
  return g_strdup (sxsh_certificate_get_signer (item));
}

/* The benefits on one line: the whole text is in the tooltip. */
static char *
benefits_text (gpointer item)
{
  g_autofree char *text = g_strdup (sxsh_certificate_get_benefits (item));

  g_strdelimit (text, "\r\n\t", ' ');
  return g_steal_pointer (&text);
}

static void
status_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "report-status");
  gtk_list_item_set_child (list_item, label);
}

/* A revoked certificate says when and why in its tooltip. */
static void
status_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  SxshCertificate *certificate = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  SxshCertificateStatus status = sxsh_certificate_get_status (certificate);
  gboolean revoked = status == SXSH_CERTIFICATE_REVOKED;

  gtk_label_set_label (GTK_LABEL (label), sxsh_certificate_status_get_label (status));
  gtk_widget_remove_css_class (label, revoked ? "on-time" : "missing");
  gtk_widget_add_css_class (label, revoked ? "missing" : "on-time");
  if (revoked)
    {
      g_autofree char *date = sxsh_format_date (sxsh_certificate_get_revoked_on (certificate));
      /* Translators: "Revoked on 05/12/2026: the facility stopped applying
       * cleaner production". */
      g_autofree char *tooltip = g_strdup_printf (_("Revoked on %s: %s"), date,
                                                  sxsh_certificate_get_revoke_reason (certificate));
      gtk_widget_set_tooltip_text (label, tooltip);
    }
  else
    gtk_widget_set_tooltip_text (label, NULL);
}

static int
compare_ints (gint64 a,
              gint64 b)
{
  return (a > b) - (a < b);
}

/* The register's order: year, then place in the series. */
static int
compare_numbers (SxshCertificate *a,
                 SxshCertificate *b)
{
  int result = compare_ints (sxsh_certificate_get_year (a), sxsh_certificate_get_year (b));

  return result != 0 ? result : compare_ints (sxsh_certificate_get_seq (a),
                                              sxsh_certificate_get_seq (b));
}

static int
compare_number_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      data)
{
  return compare_numbers ((SxshCertificate *) a, (SxshCertificate *) b);
}

static int
compare_facility_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  int result = sxsh_text_collate (sxsh_certificate_get_facility_name ((SxshCertificate *) a),
                                  sxsh_certificate_get_facility_name ((SxshCertificate *) b));

  return result != 0 ? result : compare_numbers ((SxshCertificate *) a, (SxshCertificate *) b);
}

static int
compare_date_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  int result = g_strcmp0 (sxsh_certificate_get_issue_date ((SxshCertificate *) a),
                          sxsh_certificate_get_issue_date ((SxshCertificate *) b));

  return result != 0 ? result : compare_numbers ((SxshCertificate *) a, (SxshCertificate *) b);
}

static int
compare_signer_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      data)
{
  int result = sxsh_text_collate (sxsh_certificate_get_signer ((SxshCertificate *) a),
                                  sxsh_certificate_get_signer ((SxshCertificate *) b));

  return result != 0 ? result : compare_numbers ((SxshCertificate *) a, (SxshCertificate *) b);
}

static int
compare_status_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      data)
{
  int result = compare_ints (sxsh_certificate_get_status ((SxshCertificate *) a),
                             sxsh_certificate_get_status ((SxshCertificate *) b));

  return result != 0 ? result : compare_numbers ((SxshCertificate *) a, (SxshCertificate *) b);
}

static void
setup_columns (SxshCertificatesPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSorter) status_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_status_cb,
                                                                          NULL, NULL));

  sxsh_page_setup_text_column (self->number_column, number_text, FALSE, compare_number_cb);
  sxsh_page_setup_text_column (self->facility_column, facility_text, FALSE, compare_facility_cb);
  sxsh_page_setup_text_column (self->date_column, date_text, TRUE, compare_date_cb);
  sxsh_page_setup_text_column (self->signer_column, signer_text, FALSE, compare_signer_cb);
  sxsh_page_setup_text_column (self->benefits_column, benefits_text, FALSE, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (status_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (status_bind_cb), NULL);
  gtk_column_view_column_set_factory (self->status_column, factory);
  gtk_column_view_column_set_sorter (self->status_column, status_sorter);
}

static void
setup_filters (SxshCertificatesPage *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  /* In the order of STATUS_*. */
  gtk_string_list_append (statuses, _("All certificates"));
  gtk_string_list_append (statuses, _("Valid"));
  gtk_string_list_append (statuses, _("Revoked"));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
}

/* Editor */

static gboolean
certificate_has_id (gpointer item,
                    gint64   id)
{
  return sxsh_certificate_get_id (item) == id;
}

static void
editor_saved_cb (SxshCertificatesPage  *self,
                 gint64                 id,
                 SxshCertificateEditor *editor)
{
  SxshCertificate *certificate;

  update_view (self);

  if (!sxsh_certificates_page_select_certificate (self, id))
    {
      sxsh_page_add_toast (GTK_WIDGET (self),
                           adw_toast_new (_("Saved. The certificate is in another year, or "
                                            "hidden by the search or filters.")));
      return;
    }
  certificate = get_selected_certificate (self);
  if (sxsh_certificate_editor_get_certificate (editor) == NULL && certificate != NULL)
    {
      /* Translators: %s is the certificate's number, e.g. 06/2026/GCN-SCT. */
      g_autofree char *title = g_strdup_printf (_("Certificate %s issued"),
                                                sxsh_certificate_get_number (certificate));
      sxsh_page_add_toast (GTK_WIDGET (self), adw_toast_new (title));
    }
}

static void
open_editor (SxshCertificatesPage *self,
             SxshCertificate      *certificate)
{
  SxshCertificateEditor *editor;

  if (self->editor != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->editor));
      return;
    }

  editor = sxsh_certificate_editor_new (self->store, certificate);
  sxsh_page_present_editor (GTK_WIDGET (self), GTK_WINDOW (editor), G_CALLBACK (editor_saved_cb),
                            (GtkWindow **) &self->editor);
}

/* Actions */

static void
issue_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  open_editor (SXSH_CERTIFICATES_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SxshCertificatesPage *self = SXSH_CERTIFICATES_PAGE (widget);
  SxshCertificate *certificate = get_selected_certificate (self);

  if (certificate != NULL)
    open_editor (self, certificate);
}

/* Undoing a revocation makes the certificate valid again under its
 * number. */
static void
unrevoke_clicked_cb (SxshCertificatesPage *self,
                     AdwToast             *toast)
{
  g_autoptr(SxshCertificate) certificate = sxsh_page_undo_toast_steal (toast);
  g_autoptr(GError) error = NULL;

  if (certificate == NULL)
    return;
  g_object_set (certificate,
                "status", SXSH_CERTIFICATE_VALID,
                "revoked-on", "",
                "revoke-reason", "",
                NULL);
  if (!sxsh_certificate_store_update (self->store, certificate, TRUE, &error))
    sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Undo the Revocation"), error);
  else
    sxsh_certificates_page_select_certificate (self, sxsh_certificate_get_id (certificate));
  update_view (self);
}

static void
revoke_response_cb (SxshCertificatesPage *self,
                    const char           *response,
                    AdwMessageDialog     *dialog)
{
  SxshCertificate *certificate = g_object_get_data (G_OBJECT (dialog), "sxsh-certificate");
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  gint64 id;

  if (g_strcmp0 (response, "revoke") != 0 || certificate == NULL)
    return;
  date = sxsh_date_dialog_dup_iso_date (dialog);
  reason = sxsh_date_dialog_dup_note (dialog);
  if (date == NULL)
    return;

  id = sxsh_certificate_get_id (certificate);
  if (!sxsh_certificate_store_revoke (self->store, id, date, reason, &error))
    {
      sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Revoke the Certificate"), error);
      return;
    }
  sxsh_certificates_page_select_certificate (self, id);

  /* Translators: %s is the certificate's number. */
  title = g_strdup_printf (_("Certificate %s revoked"), sxsh_certificate_get_number (certificate));
  toast = sxsh_page_undo_toast_new (title, sxsh_certificate_copy (certificate), g_object_unref,
                                    G_CALLBACK (unrevoke_clicked_cb), self);
  g_set_weak_pointer (&self->undo_toast, toast);
  sxsh_page_add_toast (GTK_WIDGET (self), toast);
  update_view (self);
  update_actions (self);
}

static void
revoke_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SxshCertificatesPage *self = SXSH_CERTIFICATES_PAGE (widget);
  SxshCertificate *certificate = get_selected_certificate (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *today = NULL;
  AdwMessageDialog *dialog;

  if (certificate == NULL || sxsh_certificate_get_status (certificate) != SXSH_CERTIFICATE_VALID)
    return;

  /* Translators: %s is the certificate's number, e.g. 05/2026/GCN-SCT. */
  heading = g_strdup_printf (_("Revoke Certificate %s?"), sxsh_certificate_get_number (certificate));
  /* Translators: %s is a facility's name. */
  body = g_strdup_printf (_("The certificate of %s stays in the register as revoked. Its number "
                            "is never given again."),
                          sxsh_certificate_get_facility_name (certificate));
  today = sxsh_page_today_iso ();
  dialog = sxsh_date_dialog_new (widget, heading, body, "revoke", _("_Revoke"),
                                 ADW_RESPONSE_DESTRUCTIVE, _("Revoked on (day/month/year)"),
                                 today, _("Reason"), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "sxsh-certificate", g_object_ref (certificate),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (revoke_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_delete_clicked_cb (SxshCertificatesPage *self,
                        AdwToast             *toast)
{
  g_autoptr(SxshRowSet) undo = sxsh_page_undo_toast_steal (toast);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (undo == NULL)
    return;

  id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "sxsh-certificate-id"));
  if (!sxsh_certificate_store_undo_delete (self->store, undo, &error))
    sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Restore the Certificate"), error);
  else
    sxsh_certificates_page_select_certificate (self, id);
  update_view (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SxshCertificatesPage *self = SXSH_CERTIFICATES_PAGE (widget);
  SxshCertificate *certificate = get_selected_certificate (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  SxshRowSet *undo;
  AdwToast *toast;
  guint position;
  gint64 id;

  if (certificate == NULL)
    return;

  position = get_selected_position (self);
  id = sxsh_certificate_get_id (certificate);
  /* Translators: %s is the certificate's number. */
  message = g_strdup_printf (_("Certificate %s deleted; its number is not given again"),
                             sxsh_certificate_get_number (certificate));

  undo = sxsh_certificate_store_delete (self->store, id, &error);
  if (undo == NULL)
    {
      sxsh_page_show_error (widget, _("Cannot Delete the Certificate"), error);
      return;
    }

  toast = sxsh_page_undo_toast_new (message, undo, (GDestroyNotify) sxsh_row_set_free,
                                    G_CALLBACK (undo_delete_clicked_cb), self);
  sxsh_page_present_undo_toast (widget, toast, "sxsh-certificate-id", id, &self->undo_toast);
  sxsh_page_select_after_delete (GTK_SELECTION_MODEL (self->selection), position);
  update_view (self);
  update_actions (self);
}

/* Keys */

static gboolean
focus_search_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  SxshCertificatesPage *self = SXSH_CERTIFICATES_PAGE (widget);

  return sxsh_page_focus_search (widget, self->stack, "list", self->search_entry);
}

static void
column_view_activate_cb (SxshCertificatesPage *self,
                         guint                 position,
                         GtkColumnView        *column_view)
{
  sxsh_page_activate_row (GTK_WIDGET (self), GTK_SELECTION_MODEL (self->selection), position,
                          "certificates.edit");
}

static void
search_stop_cb (SxshCertificatesPage *self,
                GtkSearchEntry       *entry)
{
  sxsh_page_search_stop (entry, self->column_view);
}

/* The store reloads, replacing every certificate object, when the
 * database changes: the selected certificate is remembered before and
 * selected again after. */
static void
database_changing_cb (SxshCertificatesPage *self,
                      const char           *table,
                      SxshDatabase         *database)
{
  SxshCertificate *certificate = get_selected_certificate (self);

  self->reload_selection = certificate != NULL ? sxsh_certificate_get_id (certificate) : 0;
}

static void
database_changed_cb (SxshCertificatesPage *self,
                     const char           *table,
                     SxshDatabase         *database)
{
  if (self->reload_selection != 0 && get_selected_certificate (self) == NULL)
    sxsh_certificates_page_select_certificate (self, self->reload_selection);
  self->reload_selection = 0;
  update_view (self);
  update_actions (self);
}

static void
sxsh_certificates_page_constructed (GObject *object)
{
  SxshCertificatesPage *self = SXSH_CERTIFICATES_PAGE (object);

  G_OBJECT_CLASS (sxsh_certificates_page_parent_class)->constructed (object);

  g_assert (SXSH_IS_DATABASE (self->database));

  /* Connected before the store exists, so that it runs before the store's
   * own handler reloads it. */
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (database_changing_cb), self, G_CONNECT_SWAPPED);
  self->store = sxsh_certificate_store_new (self->database);
  if (self->year > 0)
    sxsh_certificate_store_set_year (self->store, self->year);
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);

  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->store)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->sort_model = sxsh_page_sort_model_new (G_LIST_MODEL (self->filter_model), self->column_view);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  /* The latest numbers first: the ones an officer comes back to. */
  gtk_column_view_sort_by_column (self->column_view, self->number_column, GTK_SORT_DESCENDING);

  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (model_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);

  update_view (self);
  update_actions (self);
}

static void
sxsh_certificates_page_dispose (GObject *object)
{
  SxshCertificatesPage *self = SXSH_CERTIFICATES_PAGE (object);

  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));
  g_clear_weak_pointer (&self->editor);
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  g_clear_weak_pointer (&self->undo_toast);

  sxsh_page_disconnect_models (self, self->sort_model, self->selection);
  if (self->status_dropdown != NULL)
    g_signal_handlers_disconnect_by_data (self->status_dropdown, self);

  /* AdwBin keeps its own pointer to the child: let it go first, or the
   * template would unparent the child behind the bin's back. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_CERTIFICATES_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sxsh_certificates_page_parent_class)->dispose (object);
}

static void
sxsh_certificates_page_finalize (GObject *object)
{
  SxshCertificatesPage *self = SXSH_CERTIFICATES_PAGE (object);

  g_free (self->search_folded);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (sxsh_certificates_page_parent_class)->finalize (object);
}

static void
sxsh_certificates_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SxshCertificatesPage *self = SXSH_CERTIFICATES_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_certificates_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SxshCertificatesPage *self = SXSH_CERTIFICATES_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_YEAR:
      sxsh_certificates_page_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_certificates_page_class_init (SxshCertificatesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_certificates_page_constructed;
  object_class->dispose = sxsh_certificates_page_dispose;
  object_class->finalize = sxsh_certificates_page_finalize;
  object_class->get_property = sxsh_certificates_page_get_property;
  object_class->set_property = sxsh_certificates_page_set_property;

  /**
   * SxshCertificatesPage:database:
   *
   * The database whose certificate register the page shows.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SXSH_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshCertificatesPage:year:
   *
   * The reporting year: the page lists the certificates numbered in it.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, 2100, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-certificates-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshCertificatesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificatesPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificatesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificatesPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificatesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificatesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificatesPage, number_column);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificatesPage, facility_column);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificatesPage, date_column);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificatesPage, signer_column);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificatesPage, benefits_column);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificatesPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificatesPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);

  gtk_widget_class_install_action (widget_class, "certificates.issue", NULL, issue_action);
  gtk_widget_class_install_action (widget_class, "certificates.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "certificates.revoke", NULL, revoke_action);
  gtk_widget_class_install_action (widget_class, "certificates.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "certificates.print", NULL,
                                   sxsh_certificates_page_print_action);
  gtk_widget_class_install_action (widget_class, "certificates.save-pdf", NULL,
                                   sxsh_certificates_page_save_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "certificates.print", NULL);

  /* Delete only acts when the focus is in the page, so that it never takes
   * a key meant for a text field elsewhere. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "certificates.delete",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "certificates.delete",
                                       NULL);
}

static void
sxsh_certificates_page_init (SxshCertificatesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  setup_columns (self);
  setup_filters (self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  sxsh_page_add_window_shortcuts (GTK_WIDGET (self), focus_search_cb, "certificates.issue");
}

SxshCertificatesPage *
sxsh_certificates_page_new (SxshDatabase *database)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);

  return g_object_new (SXSH_TYPE_CERTIFICATES_PAGE, "database", database, NULL);
}

/**
 * sxsh_certificates_page_get_store:
 *
 * Returns: (transfer none): the register the page lists
 */
SxshCertificateStore *
sxsh_certificates_page_get_store (SxshCertificatesPage *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATES_PAGE (self), NULL);

  return self->store;
}

int
sxsh_certificates_page_get_year (SxshCertificatesPage *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATES_PAGE (self), 0);

  return self->year;
}

void
sxsh_certificates_page_set_year (SxshCertificatesPage *self,
                                 int                   year)
{
  g_return_if_fail (SXSH_IS_CERTIFICATES_PAGE (self));

  if (self->year == year)
    return;

  self->year = year;
  if (self->store != NULL && year > 0)
    {
      sxsh_certificate_store_set_year (self->store, year);
      update_view (self);
      update_actions (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

GtkColumnView *
sxsh_certificates_page_get_column_view (SxshCertificatesPage *self)
{
  return self->column_view;
}

GtkMultiSelection *
sxsh_certificates_page_get_selection (SxshCertificatesPage *self)
{
  return self->selection;
}

GtkSearchEntry *
sxsh_certificates_page_get_search_entry (SxshCertificatesPage *self)
{
  return self->search_entry;
}

GtkDropDown *
sxsh_certificates_page_get_status_filter (SxshCertificatesPage *self)
{
  return self->status_dropdown;
}

const char *
sxsh_certificates_page_get_count_text (SxshCertificatesPage *self)
{
  return gtk_label_get_label (self->count_label);
}

/* "empty", "table" or "no-results": what the user sees in the page. */
const char *
sxsh_certificates_page_get_visible_view (SxshCertificatesPage *self)
{
  return sxsh_page_get_visible_view (self->stack, "list", self->list_stack);
}

AdwToast *
sxsh_certificates_page_get_undo_toast (SxshCertificatesPage *self)
{
  return self->undo_toast;
}

SxshCertificateEditor *
sxsh_certificates_page_get_editor (SxshCertificatesPage *self)
{
  return self->editor;
}

/* Returns: (transfer none) (nullable): the revocation dialog open over the
 * page */
AdwMessageDialog *
sxsh_certificates_page_get_dialog (SxshCertificatesPage *self)
{
  return self->dialog;
}

/* Selects the certificate's row alone and scrolls to it; FALSE when it is
 * not shown. */
gboolean
sxsh_certificates_page_select_certificate (SxshCertificatesPage *self,
                                           gint64                id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshCertificate) certificate = g_list_model_get_item (model, i);

      if (certificate_has_id (certificate, id))
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, TRUE);
          sxsh_page_scroll_to_position (self->column_view, i);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * sxsh_certificates_page_get_selected:
 *
 * Returns: (transfer full) (element-type SxshCertificate): the selected
 *   certificates, in the order shown
 */
GPtrArray *
sxsh_certificates_page_get_selected (SxshCertificatesPage *self)
{
  GPtrArray *certificates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  if (self->selection == NULL)
    return certificates;
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (certificates,
                     g_list_model_get_item (G_LIST_MODEL (self->selection), position));
  return certificates;
}

SxshDatabase *
sxsh_certificates_page_get_database (SxshCertificatesPage *self)
{
  return self->database;
}

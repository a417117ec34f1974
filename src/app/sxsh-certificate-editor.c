/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-certificate-editor-private.h"
#include "sxsh-editor-fields.h"
#include "sxsh-format.h"
#include "sxsh-named-item.h"
#include "sxsh-page-helpers.h"
#include "sxsh-support-store.h"
#include "sxsh-validation.h"

/* Issues a certificate of CP application, or corrects one in the register.
 * The number is shown as it will be given, from the department's series;
 * the store gives it when the certificate is written, so two officers
 * issuing at once never get the same one.  A facility not recorded as
 * applying cleaner production in the year is issued a certificate only
 * after the officer confirms. */

/* A certificate usually follows an assessment of the last few years. */
#define SUPPORT_YEARS_BACK 6

struct _SxshCertificateEditor
{
  AdwWindow             parent_instance;

  SxshCertificateStore *store;
  SxshCertificate      *certificate;   /* the certificate being edited, or NULL for a new one */
  SxshEditorFields     *fields;
  gint64                facility_id;
  char                 *facility_name;
  gint64                supports_facility_id;
  int                   supports_year;
  gboolean              can_save;

  /* Weak pointers, for the tests. */
  SxshFacilityPicker   *picker;
  AdwMessageDialog     *confirmation;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkButton            *save_button;
  AdwActionRow         *number_row;
  GtkLabel             *number_label;
  AdwActionRow         *facility_row;
  GtkWidget            *choose_button;
  AdwEntryRow          *issue_date_row;
  AdwEntryRow          *signer_row;
  AdwComboRow          *support_row;
  GtkLabel             *certificate_message;
  GtkTextView          *benefits_view;
  GtkLabel             *benefits_message;
  AdwPreferencesGroup  *revocation_group;
  AdwEntryRow          *revoked_on_row;
  AdwEntryRow          *reason_row;
  GtkLabel             *revocation_message;
};

G_DEFINE_FINAL_TYPE (SxshCertificateEditor, sxsh_certificate_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CERTIFICATE,
  PROP_CAN_SAVE,
  N_PROPS
};

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
get_stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static char *
get_benefits (SxshCertificateEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->benefits_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static gboolean
is_revoked (SxshCertificateEditor *self)
{
  return self->certificate != NULL
         && sxsh_certificate_get_status (self->certificate) == SXSH_CERTIFICATE_REVOKED;
}

/* The year of the issue date as typed, or of the list when it does not
 * read yet. */
static int
get_issue_year (SxshCertificateEditor *self)
{
  g_autofree char *iso = NULL;

  if (self->certificate != NULL)
    return sxsh_certificate_get_year (self->certificate);
  if (sxsh_page_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->issue_date_row)), &iso)
      && *iso != '\0')
    return (int) g_ascii_strtoll (iso, NULL, 10);
  return sxsh_certificate_store_get_year (self->store);
}

/* Builds the certificate the fields describe.  Fields that cannot be read
 * are reported in @issues and left empty. */
static SxshCertificate *
collect_certificate (SxshCertificateEditor *self,
                     GPtrArray             *issues)
{
  g_autoptr(SxshCertificate) certificate = NULL;
  g_autofree char *signer = get_stripped_text (self->signer_row);
  g_autofree char *benefits = get_benefits (self);
  g_autofree char *issue_date = NULL;

  if (!sxsh_page_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->issue_date_row)),
                             &issue_date))
    {
      sxsh_issues_add (issues, "issue-date", FALSE, "%s",
                       _("Issue date: write it as day/month/year, e.g. 05/12/2026."));
      g_clear_pointer (&issue_date, g_free);
    }

  certificate = self->certificate != NULL ? sxsh_certificate_copy (self->certificate)
                                          : sxsh_certificate_new ();
  g_object_set (certificate,
                "facility-id", self->facility_id,
                "facility-name", self->facility_name != NULL ? self->facility_name : "",
                "issue-date", issue_date != NULL ? issue_date : "",
                "signer", signer,
                "benefits", benefits,
                "support-id", sxsh_page_get_named_id (self->support_row),
                NULL);

  if (is_revoked (self))
    {
      g_autofree char *revoked_on = NULL;
      g_autofree char *reason = get_stripped_text (self->reason_row);

      if (!sxsh_page_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->revoked_on_row)),
                                 &revoked_on))
        {
          sxsh_issues_add (issues, "revoked-on", FALSE, "%s",
                           _("Revocation date: write it as day/month/year, e.g. 05/12/2026."));
          g_clear_pointer (&revoked_on, g_free);
        }
      g_object_set (certificate,
                    "revoked-on", revoked_on != NULL ? revoked_on : "",
                    "revoke-reason", reason,
                    NULL);
    }

  return g_steal_pointer (&certificate);
}

static void
set_can_save (SxshCertificateEditor *self,
              gboolean              can_save)
{
  sxsh_editor_set_can_save (GTK_WIDGET (self), &self->can_save, can_save,
                            properties[PROP_CAN_SAVE]);
}

/* The number an issued certificate has, or the one the next certificate of
 * the year will be given. */
static void
update_number (SxshCertificateEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;

  if (self->certificate != NULL)
    {
      gtk_label_set_label (self->number_label, sxsh_certificate_get_number (self->certificate));
      return;
    }
  number = sxsh_certificate_store_preview_number (self->store, get_issue_year (self), &error);
  if (number == NULL)
    g_debug ("No number to show: %s", error->message);
  gtk_label_set_label (self->number_label, number != NULL ? number : "");
}

/* Supports */

/* The facility's supports of the last years, "Quick assessment, 2024", for
 * the support the certificate came from. */
static GListModel *
list_supports (SxshCertificateEditor *self,
               gint64                 facility_id,
               int                    year,
               gint64                 keep_id)
{
  GListStore *items = g_list_store_new (SXSH_TYPE_NAMED_ITEM);
  g_autoptr(SxshSupportStore) supports = NULL;
  gboolean kept = keep_id <= 0;

  if (facility_id <= 0 || year <= 0)
    return G_LIST_MODEL (items);

  supports = sxsh_support_store_new (sxsh_certificate_store_get_database (self->store));
  for (int y = year; y >= year - SUPPORT_YEARS_BACK || (!kept && y >= year - 30); y--)
    {
      guint n;

      sxsh_support_store_set_year (supports, y);
      n = g_list_model_get_n_items (G_LIST_MODEL (supports));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SxshSupport) support = g_list_model_get_item (G_LIST_MODEL (supports), i);
          g_autoptr(SxshNamedItem) item = NULL;
          g_autofree char *name = NULL;
          const char *consultant;

          if (sxsh_support_get_facility_id (support) != facility_id)
            continue;
          /* Translators: a technical support in a list, e.g. "Quick
           * assessment, 2024". */
          name = g_strdup_printf (_("%s, %d"),
                                  sxsh_support_kind_get_label (sxsh_support_get_kind (support)),
                                  sxsh_support_get_year (support));
          consultant = sxsh_support_get_consultant (support);
          item = sxsh_named_item_new (sxsh_support_get_id (support), name,
                                      consultant != NULL ? consultant : "");
          g_list_store_append (items, item);
          if (sxsh_support_get_id (support) == keep_id)
            kept = TRUE;
        }
    }
  return G_LIST_MODEL (items);
}

static void
update_supports (SxshCertificateEditor *self,
                 gint64                 keep_id)
{
  int year = get_issue_year (self);
  g_autoptr(GListModel) supports = NULL;

  if (self->supports_facility_id == self->facility_id && self->supports_year == year)
    return;
  self->supports_facility_id = self->facility_id;
  self->supports_year = year;

  supports = list_supports (self, self->facility_id, year, keep_id);
  sxsh_page_setup_named_chooser (self->support_row, _("None"), supports);
  sxsh_page_select_named (self->support_row, keep_id);
}

static void
validate (SxshCertificateEditor *self)
{
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(GPtrArray) store_issues = NULL;
  g_autoptr(SxshCertificate) certificate = NULL;

  /* Rebuilding the support list sets its selection: not the user's. */
  sxsh_editor_fields_set_loading (self->fields, TRUE);
  update_supports (self, sxsh_page_get_named_id (self->support_row));
  sxsh_editor_fields_set_loading (self->fields, FALSE);
  update_number (self);

  certificate = collect_certificate (self, issues);
  store_issues = sxsh_certificate_store_validate (self->store, certificate);
  sxsh_editor_fields_merge_issues (issues, store_issues);

  set_can_save (self, !sxsh_editor_fields_show (self->fields, issues));
}

static void
fields_changed_cb (gpointer user_data)
{
  validate (SXSH_CERTIFICATE_EDITOR (user_data));
}

/* The facility */

static void
show_facility (SxshCertificateEditor *self)
{
  if (self->facility_id > 0)
    adw_action_row_set_subtitle (self->facility_row, self->facility_name);
  else
    adw_action_row_set_subtitle (self->facility_row, _("Not chosen yet"));
}

static void
picker_picked_cb (SxshCertificateEditor *self,
                  SxshFacilityPicker    *picker)
{
  g_autoptr(SxshNamedItem) item = g_list_model_get_item (sxsh_facility_picker_get_selected (picker),
                                                         0);

  if (item == NULL)
    return;
  sxsh_certificate_editor_set_facility (self, sxsh_named_item_get_id (item),
                                        sxsh_named_item_get_name (item));
  /* The facility chosen, the benefits are what is left to write. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->benefits_view));
}

static void
choose_facility_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SxshCertificateEditor *self = SXSH_CERTIFICATE_EDITOR (widget);
  SxshFacilityPicker *picker;

  /* The facility of an issued certificate is what it attests: it does not
   * move to another facility. */
  if (self->certificate != NULL)
    return;

  picker = sxsh_facility_picker_new (sxsh_certificate_store_get_database (self->store), FALSE);
  gtk_window_set_transient_for (GTK_WINDOW (picker), GTK_WINDOW (self));
  g_signal_connect_object (picker, "picked", G_CALLBACK (picker_picked_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->picker, picker);
  gtk_window_present (GTK_WINDOW (picker));
}

/* Enter on the row chooses the facility, as its button does. */
static void
facility_row_activated_cb (SxshCertificateEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.choose-facility", NULL);
}

/* Loading */

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* Fills the fields from the certificate being edited, or with the
 * defaults of a new one: today's date when the list shows this year, the
 * signer of the settings. */
static void
load_certificate (SxshCertificateEditor *self)
{
  SxshCertificate *certificate = self->certificate;
  g_autofree char *date = NULL;

  sxsh_editor_fields_set_loading (self->fields, TRUE);

  if (certificate == NULL)
    {
      g_autofree char *today = sxsh_page_today_iso ();
      g_autofree char *signer = sxsh_certificate_store_get_default_signer (self->store);
      int year = sxsh_certificate_store_get_year (self->store);
      g_autofree char *prefix = g_strdup_printf ("%04d-", year);

      adw_window_title_set_title (self->window_title, _("Issue a Certificate"));
      adw_action_row_set_subtitle (self->number_row, _("Given when the certificate is issued"));
      if (year <= 0 || g_str_has_prefix (today, prefix))
        {
          date = sxsh_format_date (today);
          set_text (self->issue_date_row, date);
        }
      set_text (self->signer_row, signer);
      show_facility (self);
      update_supports (self, 0);
      sxsh_editor_fields_set_loading (self->fields, FALSE);
      return;
    }

  adw_window_title_set_title (self->window_title, _("Edit Certificate"));
  adw_window_title_set_subtitle (self->window_title, sxsh_certificate_get_number (certificate));
  gtk_button_set_label (self->save_button, _("_Save"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button), _("Save the Certificate (Ctrl+S)"));
  /* The facility is what the certificate attests: it is shown, not
   * chosen again. */
  gtk_widget_set_visible (self->choose_button, FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->facility_row), FALSE);

  self->facility_id = sxsh_certificate_get_facility_id (certificate);
  self->facility_name = g_strdup (sxsh_certificate_get_facility_name (certificate));
  show_facility (self);
  date = sxsh_format_date (sxsh_certificate_get_issue_date (certificate));
  set_text (self->issue_date_row, date);
  set_text (self->signer_row, sxsh_certificate_get_signer (certificate));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->benefits_view),
                            sxsh_certificate_get_benefits (certificate), -1);
  update_supports (self, sxsh_certificate_get_support_id (certificate));

  if (is_revoked (self))
    {
      g_autofree char *revoked_on = sxsh_format_date (sxsh_certificate_get_revoked_on (certificate));

      gtk_widget_set_visible (GTK_WIDGET (self->revocation_group), TRUE);
      set_text (self->revoked_on_row, revoked_on);
      set_text (self->reason_row, sxsh_certificate_get_revoke_reason (certificate));
    }

  sxsh_editor_fields_touch_all (self->fields);
  sxsh_editor_fields_set_loading (self->fields, FALSE);
}

static void
setup_fields (SxshCertificateEditor *self)
{
  SxshEditorFields *f = self->fields;

  sxsh_editor_fields_add (f, "seq", GTK_WIDGET (self->number_row), NULL,
                          self->certificate_message);
  sxsh_editor_fields_add (f, "facility-id", GTK_WIDGET (self->facility_row), NULL,
                          self->certificate_message);
  sxsh_editor_fields_add (f, "issue-date", GTK_WIDGET (self->issue_date_row), NULL,
                          self->certificate_message);
  sxsh_editor_fields_add (f, "signer", GTK_WIDGET (self->signer_row), NULL,
                          self->certificate_message);
  sxsh_editor_fields_add (f, "support-id", GTK_WIDGET (self->support_row), NULL,
                          self->certificate_message);
  sxsh_editor_fields_add (f, "benefits", GTK_WIDGET (self->benefits_view), NULL,
                          self->benefits_message);
  sxsh_editor_fields_add (f, "revoked-on", GTK_WIDGET (self->revoked_on_row), NULL,
                          self->revocation_message);
  sxsh_editor_fields_add (f, "revoke-reason", GTK_WIDGET (self->reason_row), NULL,
                          self->revocation_message);
}

/* Saving */

static void
write_certificate (SxshCertificateEditor *self)
{
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(SxshCertificate) certificate = collect_certificate (self, issues);
  g_autoptr(GError) error = NULL;
  gint64 id;

  /* Warnings were shown next to their fields or confirmed in a dialog. */
  if (self->certificate == NULL)
    id = sxsh_certificate_store_insert (self->store, certificate, TRUE, &error);
  else if (sxsh_certificate_store_update (self->store, certificate, TRUE, &error))
    id = sxsh_certificate_get_id (certificate);
  else
    id = 0;

  if (id <= 0)
    {
      sxsh_page_show_error (GTK_WIDGET (self),
                            self->certificate == NULL ? _("Cannot Issue the Certificate")
                                                      : _("Cannot Save the Certificate"),
                            error);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
write_idle_cb (gpointer data)
{
  write_certificate (SXSH_CERTIFICATE_EDITOR (data));
  return G_SOURCE_REMOVE;
}

/* Saving closes the editor, which the question is transient for: the
 * question is let go first, and closed before the editor is. */
static void
confirmation_response_cb (SxshCertificateEditor *self,
                          const char            *response,
                          AdwMessageDialog      *dialog)
{
  g_clear_weak_pointer (&self->confirmation);
  if (g_strcmp0 (response, "save") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT, write_idle_cb, g_object_ref (self), g_object_unref);
}

/* A facility not recorded as applying cleaner production in the year may
 * still deserve a certificate (its yearly record may be late): the officer
 * decides, knowing it. */
static void
confirm_and_write (SxshCertificateEditor *self,
                   GPtrArray             *issues)
{
  g_autofree char *body = NULL;
  g_autofree char *number = NULL;
  AdwMessageDialog *dialog;
  const char *heading;
  const char *label;

  if (sxsh_issues_find (issues, "facility-id") != NULL)
    {
      int year = get_issue_year (self);

      heading = _("Issue to a Facility Not Applying Cleaner Production?");
      /* Translators: %s is a facility's name, %d a year. */
      body = g_strdup_printf (_("%s is not recorded as applying cleaner production in %d. A "
                                "certificate attests that it does."),
                              self->facility_name, year);
    }
  else
    {
      heading = _("Save Anyway?");
      body = sxsh_issues_to_string (issues, FALSE);
    }
  label = self->certificate == NULL ? _("_Issue Anyway") : _("_Save Anyway");

  dialog = sxsh_editor_confirm_new (GTK_WINDOW (self), heading, body, label);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirmation_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->confirmation, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SxshCertificateEditor *self = SXSH_CERTIFICATE_EDITOR (widget);
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(GPtrArray) store_issues = NULL;
  g_autoptr(SxshCertificate) certificate = NULL;

  /* Every message is shown now, also those of fields not reached yet. */
  sxsh_editor_fields_touch_all (self->fields);
  validate (self);
  if (!self->can_save)
    return;

  certificate = collect_certificate (self, issues);
  store_issues = sxsh_certificate_store_validate (self->store, certificate);
  if (store_issues != NULL && store_issues->len > 0)
    confirm_and_write (self, store_issues);
  else
    write_certificate (self);
}

static void
sxsh_certificate_editor_constructed (GObject *object)
{
  SxshCertificateEditor *self = SXSH_CERTIFICATE_EDITOR (object);

  G_OBJECT_CLASS (sxsh_certificate_editor_parent_class)->constructed (object);

  g_assert (SXSH_IS_CERTIFICATE_STORE (self->store));

  load_certificate (self);
  validate (self);

  /* A new certificate starts with its facility, an existing one with its
   * benefits, the part most often corrected. */
  gtk_window_set_focus (GTK_WINDOW (self), self->certificate != NULL
                                           ? GTK_WIDGET (self->benefits_view)
                                           : GTK_WIDGET (self->facility_row));
}

static void
sxsh_certificate_editor_dispose (GObject *object)
{
  SxshCertificateEditor *self = SXSH_CERTIFICATE_EDITOR (object);

  if (self->picker != NULL)
    gtk_window_destroy (GTK_WINDOW (self->picker));
  g_clear_weak_pointer (&self->picker);
  if (self->confirmation != NULL)
    gtk_window_destroy (GTK_WINDOW (self->confirmation));
  g_clear_weak_pointer (&self->confirmation);
  g_clear_pointer (&self->fields, sxsh_editor_fields_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_CERTIFICATE_EDITOR);

  G_OBJECT_CLASS (sxsh_certificate_editor_parent_class)->dispose (object);
}

static void
sxsh_certificate_editor_finalize (GObject *object)
{
  SxshCertificateEditor *self = SXSH_CERTIFICATE_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->certificate);
  g_free (self->facility_name);

  G_OBJECT_CLASS (sxsh_certificate_editor_parent_class)->finalize (object);
}

static void
sxsh_certificate_editor_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  SxshCertificateEditor *self = SXSH_CERTIFICATE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CERTIFICATE:
      g_value_set_object (value, self->certificate);
      break;

    case PROP_CAN_SAVE:
      g_value_set_boolean (value, self->can_save);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_certificate_editor_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  SxshCertificateEditor *self = SXSH_CERTIFICATE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_CERTIFICATE:
      self->certificate = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_certificate_editor_class_init (SxshCertificateEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_certificate_editor_constructed;
  object_class->dispose = sxsh_certificate_editor_dispose;
  object_class->finalize = sxsh_certificate_editor_finalize;
  object_class->get_property = sxsh_certificate_editor_get_property;
  object_class->set_property = sxsh_certificate_editor_set_property;

  /**
   * SxshCertificateEditor:store:
   *
   * The register that numbers, validates and saves the certificate.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SXSH_TYPE_CERTIFICATE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshCertificateEditor:certificate:
   *
   * The certificate to edit, or %NULL to issue a new one.
   */
  properties[PROP_CERTIFICATE] =
    g_param_spec_object ("certificate", NULL, NULL,
                         SXSH_TYPE_CERTIFICATE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshCertificateEditor:can-save:
   *
   * %FALSE while a field has an error.
   */
  properties[PROP_CAN_SAVE] =
    g_param_spec_boolean ("can-save", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SxshCertificateEditor::saved:
   * @id: the certificate's id
   *
   * Emitted after the certificate was written to the register.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-certificate-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshCertificateEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificateEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificateEditor, number_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificateEditor, number_label);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificateEditor, facility_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificateEditor, choose_button);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificateEditor, issue_date_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificateEditor, signer_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificateEditor, support_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificateEditor, certificate_message);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificateEditor, benefits_view);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificateEditor, benefits_message);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificateEditor, revocation_group);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificateEditor, revoked_on_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificateEditor, reason_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCertificateEditor, revocation_message);

  gtk_widget_class_bind_template_callback (widget_class, facility_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.choose-facility", NULL,
                                   choose_facility_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.choose-facility", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sxsh_certificate_editor_init (SxshCertificateEditor *self)
{
  self->can_save = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = sxsh_editor_fields_new (fields_changed_cb, self);
  setup_fields (self);
}

SxshCertificateEditor *
sxsh_certificate_editor_new (SxshCertificateStore *store,
                             SxshCertificate      *certificate)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE_STORE (store), NULL);
  g_return_val_if_fail (certificate == NULL || SXSH_IS_CERTIFICATE (certificate), NULL);

  return g_object_new (SXSH_TYPE_CERTIFICATE_EDITOR,
                       "store", store,
                       "certificate", certificate,
                       NULL);
}

/**
 * sxsh_certificate_editor_set_facility:
 *
 * Chooses the facility of a new certificate, as the picker does.
 */
void
sxsh_certificate_editor_set_facility (SxshCertificateEditor *self,
                                      gint64                 id,
                                      const char            *name)
{
  g_return_if_fail (SXSH_IS_CERTIFICATE_EDITOR (self));

  if (self->certificate != NULL)
    return;
  self->facility_id = id;
  g_free (self->facility_name);
  self->facility_name = g_strdup (name);
  show_facility (self);
  sxsh_editor_fields_touch (self->fields, "facility-id");
  validate (self);
}

/**
 * sxsh_certificate_editor_get_certificate:
 *
 * Returns: (transfer none) (nullable): the certificate being edited
 */
SxshCertificate *
sxsh_certificate_editor_get_certificate (SxshCertificateEditor *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE_EDITOR (self), NULL);

  return self->certificate;
}

gboolean
sxsh_certificate_editor_get_can_save (SxshCertificateEditor *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE_EDITOR (self), FALSE);

  return self->can_save;
}

GtkWidget *
sxsh_certificate_editor_get_field_widget (SxshCertificateEditor *self,
                                          const char            *field)
{
  return sxsh_editor_fields_get_input (self->fields, field);
}

/* The message shown for @field, or NULL when the field is fine. */
const char *
sxsh_certificate_editor_get_field_message (SxshCertificateEditor *self,
                                           const char            *field)
{
  return sxsh_editor_fields_get_message (self->fields, field);
}

/* The number as the editor shows it. */
const char *
sxsh_certificate_editor_get_number_text (SxshCertificateEditor *self)
{
  return gtk_label_get_label (self->number_label);
}

/* Returns: (transfer none) (nullable): the picker open over the editor */
SxshFacilityPicker *
sxsh_certificate_editor_get_picker (SxshCertificateEditor *self)
{
  return self->picker;
}

/* Returns: (transfer none) (nullable): the question open over the editor */
AdwMessageDialog *
sxsh_certificate_editor_get_confirmation (SxshCertificateEditor *self)
{
  return self->confirmation;
}

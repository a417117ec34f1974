/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-preferences-window.h"
#include "sxsh-settings.h"

/* Edits are written a moment after the user stops typing, so that a name
 * typed letter by letter is one change in the change log, not twenty. */
#define SAVE_DELAY_MS 600

struct _SxshPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  SxshDatabase         *database;
  GHashTable           *pending;   /* setting keys changed but not yet written */
  guint                 save_source;
  gboolean              loading;
};

G_DEFINE_FINAL_TYPE (SxshPreferencesWindow, sxsh_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *key;
  const char *entry;
} SettingField;

static const SettingField setting_fields[] = {
  { SXSH_SETTING_PROVINCE, "province_entry" },
  { SXSH_SETTING_PLACE, "place_entry" },
  { SXSH_SETTING_SUPERIOR_BODY, "superior_body_entry" },
  { SXSH_SETTING_DEPARTMENT, "department_entry" },
  { SXSH_SETTING_DEPARTMENT_ABBR, "department_abbr_entry" },
  { SXSH_SETTING_SIGNER_NAME, "signer_name_entry" },
  { SXSH_SETTING_SIGNER_TITLE, "signer_title_entry" },
  { SXSH_SETTING_SIGNER_AUTHORITY, "signer_authority_entry" },
  { SXSH_SETTING_REPORT_SERIES, "report_series_entry" },
  { SXSH_SETTING_LETTER_SERIES, "letter_series_entry" },
  { SXSH_SETTING_CERT_SERIES, "certificate_series_entry" },
  { SXSH_SETTING_REPORT_DUE, "report_due_entry" },
};

static GtkEntry *
get_entry (SxshPreferencesWindow *self,
           const SettingField    *field)
{
  return GTK_ENTRY (gtk_widget_get_template_child (GTK_WIDGET (self),
                                                   SXSH_TYPE_PREFERENCES_WINDOW,
                                                   field->entry));
}

/* The due day is kept as "MM-DD" but shown the Vietnamese way, "30/11". */
static char *
due_to_display (const char *value)
{
  int month = 0;
  int day = 0;

  if (value == NULL || sscanf (value, "%d-%d", &month, &day) != 2)
    return g_strdup (value != NULL ? value : "");

  return g_strdup_printf ("%02d/%02d", day, month);
}

static char *
due_from_display (const char *text)
{
  int month = 0;
  int day = 0;
  char extra;

  if (sscanf (text, "%d/%d%c", &day, &month, &extra) != 2)
    return NULL;

  /* A leap day would be missing in most years: the last day of February
   * is the latest allowed. */
  if (month < 1 || month > 12 || day < 1 || day > g_date_get_days_in_month (month, 2023))
    return NULL;

  return g_strdup_printf ("%02d-%02d", month, day);
}

static char *
get_value (SxshPreferencesWindow *self,
           const SettingField    *field)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (get_entry (self, field)));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (g_str_equal (field->key, SXSH_SETTING_REPORT_DUE))
    return due_from_display (stripped);

  return g_steal_pointer (&stripped);
}

static gboolean
save_pending (SxshPreferencesWindow  *self,
              GError                **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (setting_fields); i++)
    {
      const SettingField *field = &setting_fields[i];
      g_autofree char *value = NULL;

      if (!g_hash_table_contains (self->pending, field->key))
        continue;

      value = get_value (self, field);
      if (value == NULL)
        continue;   /* the entry shows its error; nothing valid to save */

      if (!sxsh_settings_set (self->database, field->key, value, error))
        return FALSE;

      g_hash_table_remove (self->pending, field->key);
    }

  sxsh_database_notify_changed (self->database, "settings");
  return TRUE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  SxshPreferencesWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  self->save_source = 0;

  if (!sxsh_preferences_window_save (self, &error))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (error->message));

  return G_SOURCE_REMOVE;
}

static void
entry_changed_cb (GtkEditable           *editable,
                  SxshPreferencesWindow *self)
{
  const SettingField *field = g_object_get_data (G_OBJECT (editable), "sxsh-setting");
  g_autofree char *value = NULL;

  if (self->loading)
    return;

  value = get_value (self, field);
  if (value == NULL)
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");

  g_hash_table_add (self->pending, (gpointer) field->key);
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
load_settings (SxshPreferencesWindow *self)
{
  self->loading = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (setting_fields); i++)
    {
      const SettingField *field = &setting_fields[i];
      GtkEntry *entry = get_entry (self, field);
      g_autofree char *value = sxsh_settings_get (self->database, field->key);
      const char *fallback = sxsh_settings_get_default (field->key);

      if (g_str_equal (field->key, SXSH_SETTING_REPORT_DUE))
        {
          g_autofree char *display = due_to_display (value);
          g_autofree char *placeholder = due_to_display (fallback);

          gtk_editable_set_text (GTK_EDITABLE (entry), display);
          gtk_entry_set_placeholder_text (entry, placeholder);
        }
      else
        {
          gtk_editable_set_text (GTK_EDITABLE (entry), value != NULL ? value : "");
          gtk_entry_set_placeholder_text (entry, fallback);
        }

      g_object_set_data (G_OBJECT (entry), "sxsh-setting", (gpointer) field);
      g_signal_connect (entry, "changed", G_CALLBACK (entry_changed_cb), self);
    }

  self->loading = FALSE;
}

static gboolean
sxsh_preferences_window_close_request (GtkWindow *window)
{
  SxshPreferencesWindow *self = SXSH_PREFERENCES_WINDOW (window);
  g_autoptr(GError) error = NULL;

  /* The last edit is written even if the window closes within the delay. */
  if (!sxsh_preferences_window_save (self, &error))
    {
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (gtk_window_get_transient_for (window),
                                       _("Settings Not Saved"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }

  return GTK_WINDOW_CLASS (sxsh_preferences_window_parent_class)->close_request (window);
}

static void
sxsh_preferences_window_constructed (GObject *object)
{
  SxshPreferencesWindow *self = SXSH_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (sxsh_preferences_window_parent_class)->constructed (object);

  g_assert (SXSH_IS_DATABASE (self->database));
  load_settings (self);
}

static void
sxsh_preferences_window_dispose (GObject *object)
{
  SxshPreferencesWindow *self = SXSH_PREFERENCES_WINDOW (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (sxsh_preferences_window_parent_class)->dispose (object);
}

static void
sxsh_preferences_window_finalize (GObject *object)
{
  SxshPreferencesWindow *self = SXSH_PREFERENCES_WINDOW (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->pending, g_hash_table_unref);

  G_OBJECT_CLASS (sxsh_preferences_window_parent_class)->finalize (object);
}

static void
sxsh_preferences_window_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  SxshPreferencesWindow *self = SXSH_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_preferences_window_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  SxshPreferencesWindow *self = SXSH_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_preferences_window_class_init (SxshPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = sxsh_preferences_window_constructed;
  object_class->dispose = sxsh_preferences_window_dispose;
  object_class->finalize = sxsh_preferences_window_finalize;
  object_class->get_property = sxsh_preferences_window_get_property;
  object_class->set_property = sxsh_preferences_window_set_property;

  window_class->close_request = sxsh_preferences_window_close_request;

  /**
   * SxshPreferencesWindow:database:
   *
   * The database whose settings are edited.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SXSH_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-preferences-window.ui");
  for (guint i = 0; i < G_N_ELEMENTS (setting_fields); i++)
    gtk_widget_class_bind_template_child_full (widget_class, setting_fields[i].entry, FALSE, 0);
}

static void
sxsh_preferences_window_init (SxshPreferencesWindow *self)
{
  self->pending = g_hash_table_new (g_str_hash, g_str_equal);

  gtk_widget_init_template (GTK_WIDGET (self));
}

SxshPreferencesWindow *
sxsh_preferences_window_new (SxshDatabase *database)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);

  return g_object_new (SXSH_TYPE_PREFERENCES_WINDOW,
                       "database", database,
                       NULL);
}

/**
 * sxsh_preferences_window_get_entry:
 * @key: a setting key such as %SXSH_SETTING_PROVINCE
 *
 * Returns: (transfer none) (nullable): the entry that edits @key
 */
GtkEditable *
sxsh_preferences_window_get_entry (SxshPreferencesWindow *self,
                                   const char            *key)
{
  g_return_val_if_fail (SXSH_IS_PREFERENCES_WINDOW (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (setting_fields); i++)
    if (g_str_equal (setting_fields[i].key, key))
      return GTK_EDITABLE (get_entry (self, &setting_fields[i]));

  return NULL;
}

/**
 * sxsh_preferences_window_save:
 *
 * Writes the edits not yet saved at once.
 */
gboolean
sxsh_preferences_window_save (SxshPreferencesWindow  *self,
                              GError                **error)
{
  g_return_val_if_fail (SXSH_IS_PREFERENCES_WINDOW (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (g_hash_table_size (self->pending) == 0)
    return TRUE;

  return save_pending (self, error);
}

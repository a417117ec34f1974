/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-editor-fields.h"
#include "sxsh-validation.h"

typedef struct
{
  char      *name;
  GtkWidget *row;
  GtkWidget *input;
  GtkLabel  *message;
} Field;

struct _SxshEditorFields
{
  SxshEditorFieldsChanged  changed;
  gpointer                 user_data;
  GPtrArray               *fields;     /* Field */
  GPtrArray               *labels;     /* GtkLabel, each once */
  GHashTable              *touched;    /* field names the user changed */
  GHashTable              *messages;   /* field name → message shown */
  gboolean                 loading;
};

static void
field_free (Field *field)
{
  g_free (field->name);
  g_free (field);
}

static Field *
find_field (SxshEditorFields *self,
            const char       *name)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (g_strcmp0 (field->name, name) == 0)
        return field;
    }
  return NULL;
}

/**
 * sxsh_editor_fields_new:
 * @changed: called after the user changed any field, to validate again
 *
 * Returns: (transfer full): the fields of one editor
 */
SxshEditorFields *
sxsh_editor_fields_new (SxshEditorFieldsChanged changed,
                        gpointer                user_data)
{
  SxshEditorFields *self = g_new0 (SxshEditorFields, 1);

  self->changed = changed;
  self->user_data = user_data;
  self->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) field_free);
  self->labels = g_ptr_array_new ();
  self->touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return self;
}

void
sxsh_editor_fields_free (SxshEditorFields *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (GTK_IS_TEXT_VIEW (field->input))
        g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->input)),
                                              self);
      g_signal_handlers_disconnect_by_data (field->input, self);
    }
  g_ptr_array_unref (self->fields);
  g_ptr_array_unref (self->labels);
  g_hash_table_unref (self->touched);
  g_hash_table_unref (self->messages);
  g_free (self);
}

static void
input_changed (SxshEditorFields *self,
               GObject          *input)
{
  const char *name = g_object_get_data (input, "sxsh-field");

  /* Values set while the editor fills its fields are not the user's. */
  if (self->loading)
    return;
  if (name != NULL)
    g_hash_table_add (self->touched, g_strdup (name));
  if (self->changed != NULL)
    self->changed (self->user_data);
}

static void
editable_changed_cb (GtkEditable      *editable,
                     SxshEditorFields *self)
{
  input_changed (self, G_OBJECT (editable));
}

static void
property_changed_cb (GObject          *input,
                     GParamSpec       *pspec,
                     SxshEditorFields *self)
{
  input_changed (self, input);
}

static void
buffer_changed_cb (GtkTextBuffer    *buffer,
                   SxshEditorFields *self)
{
  input_changed (self, g_object_get_data (G_OBJECT (buffer), "sxsh-view"));
}

/**
 * sxsh_editor_fields_add:
 * @field: the property name the core's issues use ("title", "date")
 * @row: the row that turns red or orange
 * @input: (nullable): what the user types into or chooses with, when it is
 *   not the row itself (a spin button or a switch in an action row, a text
 *   view)
 * @group_message: the label under the row's group
 */
void
sxsh_editor_fields_add (SxshEditorFields *self,
                        const char       *field,
                        GtkWidget        *row,
                        GtkWidget        *input,
                        GtkLabel         *group_message)
{
  Field *entry = g_new0 (Field, 1);

  if (input == NULL)
    input = row;
  entry->name = g_strdup (field);
  entry->row = row;
  entry->input = input;
  entry->message = group_message;
  g_ptr_array_add (self->fields, entry);
  if (!g_ptr_array_find (self->labels, group_message, NULL))
    g_ptr_array_add (self->labels, group_message);

  g_object_set_data_full (G_OBJECT (input), "sxsh-field", g_strdup (field), g_free);
  if (GTK_IS_SPIN_BUTTON (input))
    g_signal_connect (input, "notify::value", G_CALLBACK (property_changed_cb), self);
  else if (GTK_IS_EDITABLE (input))
    g_signal_connect (input, "changed", G_CALLBACK (editable_changed_cb), self);
  else if (ADW_IS_COMBO_ROW (input) || GTK_IS_DROP_DOWN (input))
    g_signal_connect (input, "notify::selected", G_CALLBACK (property_changed_cb), self);
  else if (GTK_IS_SWITCH (input) || GTK_IS_CHECK_BUTTON (input))
    g_signal_connect (input, "notify::active", G_CALLBACK (property_changed_cb), self);
  else if (GTK_IS_TEXT_VIEW (input))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (input));

      g_object_set_data (G_OBJECT (buffer), "sxsh-view", input);
      g_signal_connect (buffer, "changed", G_CALLBACK (buffer_changed_cb), self);
    }
}

void
sxsh_editor_fields_set_loading (SxshEditorFields *self,
                                gboolean          loading)
{
  self->loading = loading;
}

/* Problems in saved data are shown at once: the user opened the record to
 * look at it. */
void
sxsh_editor_fields_touch_all (SxshEditorFields *self)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);
      g_hash_table_add (self->touched, g_strdup (field->name));
    }
}

void
sxsh_editor_fields_touch (SxshEditorFields *self,
                          const char       *field)
{
  g_hash_table_add (self->touched, g_strdup (field));
}

static void
append_message (GtkLabel   *label,
                const char *message,
                gboolean    warning)
{
  const char *old = gtk_label_get_label (label);
  g_autofree char *text = NULL;

  if (old != NULL && *old != '\0')
    text = g_strconcat (old, "\n", message, NULL);
  else
    text = g_strdup (message);
  gtk_label_set_label (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);

  /* A group with one error among warnings reads as an error. */
  if (!warning)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
    }
  else if (!gtk_widget_has_css_class (GTK_WIDGET (label), "error"))
    gtk_widget_add_css_class (GTK_WIDGET (label), "warning");
}

/**
 * sxsh_editor_fields_show:
 * @issues: (element-type SxshIssue): what is wrong, field by field
 *
 * Shows each issue of a touched field next to it; an issue of a field the
 * editor does not have goes under the first group.
 *
 * Returns: %TRUE when an issue is an error (Save must stay disabled), shown
 *   or not
 */
gboolean
sxsh_editor_fields_show (SxshEditorFields *self,
                         GPtrArray        *issues)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      gtk_widget_remove_css_class (field->row, "error");
      gtk_widget_remove_css_class (field->row, "warning");
    }
  for (guint i = 0; i < self->labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (self->labels, i);

      gtk_label_set_label (label, "");
      gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
      gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
    }
  g_hash_table_remove_all (self->messages);

  for (guint i = 0; issues != NULL && i < issues->len; i++)
    {
      SxshIssue *issue = g_ptr_array_index (issues, i);
      const char *name = issue->field != NULL ? issue->field : "";
      Field *field = find_field (self, name);
      GtkLabel *label;

      /* An error in a field the user has not reached yet (the empty title
       * of a new event) keeps Save disabled but is not shouted at them. */
      if (field != NULL && !g_hash_table_contains (self->touched, name))
        continue;

      if (field != NULL)
        {
          label = field->message;
          gtk_widget_add_css_class (field->row, issue->warning ? "warning" : "error");
        }
      else if (self->labels->len > 0)
        label = g_ptr_array_index (self->labels, 0);
      else
        continue;

      append_message (label, issue->message, issue->warning);
      if (!g_hash_table_contains (self->messages, name))
        g_hash_table_insert (self->messages, g_strdup (name), g_strdup (issue->message));
    }

  return sxsh_issues_has_errors (issues);
}

/* Returns: (transfer none) (nullable): the widget the user types into */
GtkWidget *
sxsh_editor_fields_get_input (SxshEditorFields *self,
                              const char       *field)
{
  Field *entry = find_field (self, field);

  return entry != NULL ? entry->input : NULL;
}

/* Returns: (nullable): the message shown for @field, NULL when it is fine */
const char *
sxsh_editor_fields_get_message (SxshEditorFields *self,
                                const char       *field)
{
  return g_hash_table_lookup (self->messages, field);
}

/**
 * sxsh_editor_fields_merge_issues:
 * @issues: the editor's own issues, about fields it could not read
 * @store_issues: (nullable): the store's issues about the record
 *
 * A field the editor could not read has its own message; the core's
 * opinion of the resulting empty value would only confuse, so the store's
 * issues are added only for the other fields.
 */
void
sxsh_editor_fields_merge_issues (GPtrArray *issues,
                                 GPtrArray *store_issues)
{
  for (guint i = 0; store_issues != NULL && i < store_issues->len; i++)
    {
      SxshIssue *issue = g_ptr_array_index (store_issues, i);

      if (sxsh_issues_find (issues, issue->field) == NULL)
        sxsh_issues_add (issues, issue->field, issue->warning, "%s", issue->message);
    }
}

/**
 * sxsh_editor_set_can_save:
 * @editor: the editor window, with an "editor.save" action
 * @can_save: the editor's flag
 * @pspec: the editor's "can-save" property
 *
 * Enables Save while no field has an error, and tells whoever watches
 * "can-save" when that changes.
 */
void
sxsh_editor_set_can_save (GtkWidget  *editor,
                          gboolean   *can_save,
                          gboolean    value,
                          GParamSpec *pspec)
{
  if (*can_save == value)
    return;

  *can_save = value;
  gtk_widget_action_set_enabled (editor, "editor.save", value);
  g_object_notify_by_pspec (G_OBJECT (editor), pspec);
}

/**
 * sxsh_editor_confirm_new:
 * @save_label: the label of the button that saves all the same
 *
 * The question asked before saving a record the store warns about; Cancel
 * is the default, and Escape answers it.
 *
 * Returns: (transfer none): the dialog, to connect to and present
 */
AdwMessageDialog *
sxsh_editor_confirm_new (GtkWindow  *editor,
                         const char *heading,
                         const char *body,
                         const char *save_label)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (editor, heading, body));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", save_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

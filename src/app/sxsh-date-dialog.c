/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-date-dialog.h"
#include "sxsh-format.h"
#include "sxsh-page-helpers.h"

#define DATE_KEY     "sxsh-date-entry"
#define NOTE_KEY     "sxsh-note-entry"
#define RESPONSE_KEY "sxsh-response"
#define REQUIRED_KEY "sxsh-note-required"

/* The date is read as the officer writes it (05/12/2026); the answer is
 * possible once it reads and the note, when required, is there. */
static void
update_response (AdwMessageDialog *dialog)
{
  GtkWidget *date_row = g_object_get_data (G_OBJECT (dialog), DATE_KEY);
  GtkWidget *note_row = g_object_get_data (G_OBJECT (dialog), NOTE_KEY);
  const char *response = g_object_get_data (G_OBJECT (dialog), RESPONSE_KEY);
  gboolean note_required = g_object_get_data (G_OBJECT (dialog), REQUIRED_KEY) != NULL;
  g_autofree char *iso = NULL;
  gboolean date_ok;
  gboolean note_ok = TRUE;

  date_ok = sxsh_page_parse_date (gtk_editable_get_text (GTK_EDITABLE (date_row)), &iso)
            && iso != NULL && *iso != '\0';
  if (date_ok)
    gtk_widget_remove_css_class (date_row, "error");
  else
    gtk_widget_add_css_class (date_row, "error");

  if (note_row != NULL && note_required)
    {
      g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (note_row))));
      note_ok = *note != '\0';
    }
  adw_message_dialog_set_response_enabled (dialog, response, date_ok && note_ok);
}

/* Enter in a field answers, as the default button would. */
static void
entry_activated_cb (AdwMessageDialog *dialog)
{
  const char *response = g_object_get_data (G_OBJECT (dialog), RESPONSE_KEY);

  if (adw_message_dialog_get_response_enabled (dialog, response))
    adw_message_dialog_response (dialog, response);
}

/**
 * sxsh_date_dialog_new:
 * @parent: a widget of the window the dialog belongs to
 * @body: (nullable): what the question is about
 * @response: the id of the answer, e.g. "mark"
 * @date_title: the date row's title
 * @default_iso_date: (nullable): the date shown at first, usually today
 * @note_title: (nullable): the note row's title, %NULL for no note
 *
 * The dialog answers "cancel" or @response; read its fields in the
 * "response" handler.
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
AdwMessageDialog *
sxsh_date_dialog_new (GtkWidget             *parent,
                      const char            *heading,
                      const char            *body,
                      const char            *response,
                      const char            *response_label,
                      AdwResponseAppearance  appearance,
                      const char            *date_title,
                      const char            *default_iso_date,
                      const char            *note_title,
                      gboolean               note_required)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *date_row = adw_entry_row_new ();
  g_autofree char *shown = NULL;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                            : NULL,
                                                       heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    response, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, response, appearance);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), RESPONSE_KEY, g_strdup (response), g_free);
  if (note_required)
    g_object_set_data (G_OBJECT (dialog), REQUIRED_KEY, GINT_TO_POINTER (TRUE));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (date_row), date_title);
  gtk_editable_set_width_chars (GTK_EDITABLE (date_row), 12);
  if (default_iso_date != NULL && *default_iso_date != '\0')
    {
      shown = sxsh_format_date (default_iso_date);
      gtk_editable_set_text (GTK_EDITABLE (date_row), shown);
    }
  gtk_list_box_append (GTK_LIST_BOX (list), date_row);
  g_object_set_data (G_OBJECT (dialog), DATE_KEY, date_row);
  g_signal_connect_object (date_row, "changed", G_CALLBACK (update_response), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (date_row, "entry-activated", G_CALLBACK (entry_activated_cb), dialog,
                           G_CONNECT_SWAPPED);

  if (note_title != NULL)
    {
      GtkWidget *note_row = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note_row), note_title);
      gtk_list_box_append (GTK_LIST_BOX (list), note_row);
      g_object_set_data (G_OBJECT (dialog), NOTE_KEY, note_row);
      g_signal_connect_object (note_row, "changed", G_CALLBACK (update_response), dialog,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (note_row, "entry-activated", G_CALLBACK (entry_activated_cb),
                               dialog, G_CONNECT_SWAPPED);
    }

  adw_message_dialog_set_extra_child (dialog, list);
  update_response (dialog);

  /* The date is usually right already: the note, when there is one, is
   * what the officer types first. */
  if (note_title != NULL)
    gtk_window_set_focus (GTK_WINDOW (dialog), g_object_get_data (G_OBJECT (dialog), NOTE_KEY));
  else
    gtk_window_set_focus (GTK_WINDOW (dialog), date_row);
  return dialog;
}

/* Returns: (transfer none): the date field */
GtkEditable *
sxsh_date_dialog_get_date_entry (AdwMessageDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), DATE_KEY);
}

/* Returns: (transfer none) (nullable): the note field */
GtkEditable *
sxsh_date_dialog_get_note_entry (AdwMessageDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), NOTE_KEY);
}

/* Returns: (transfer full) (nullable): the date as ISO, %NULL when it does
 * not read as one */
char *
sxsh_date_dialog_dup_iso_date (AdwMessageDialog *dialog)
{
  GtkEditable *entry = sxsh_date_dialog_get_date_entry (dialog);
  g_autofree char *iso = NULL;

  if (!sxsh_page_parse_date (gtk_editable_get_text (entry), &iso) || *iso == '\0')
    return NULL;
  return g_steal_pointer (&iso);
}

/* Returns: (transfer full): the note without surrounding spaces, "" when
 * there is none */
char *
sxsh_date_dialog_dup_note (AdwMessageDialog *dialog)
{
  GtkEditable *entry = sxsh_date_dialog_get_note_entry (dialog);

  if (entry == NULL)
    return g_strdup ("");
  return g_strstrip (g_strdup (gtk_editable_get_text (entry)));
}

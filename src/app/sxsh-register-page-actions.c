/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-date-dialog.h"
#include "sxsh-error.h"
#include "sxsh-format.h"
#include "sxsh-page-helpers.h"
#include "sxsh-register-page-private.h"
#include "sxsh-reminder-pdf.h"

/* What the officer does in the reporting register: mark reports received
 * (several at once), return one for correction, clear a wrong mark, keep
 * an agency's results and proposals; each write offers to put the reports
 * back as they were. */

/* A reporter and what the register held for it, to find it again after a
 * reload and to put a report back as it was. */
typedef struct
{
  SxshReporterKind  kind;
  gint64            id;
  char             *received_on;
  char             *returned_on;
  char             *note;
} Reporter;

static void
reporter_clear (Reporter *reporter)
{
  g_clear_pointer (&reporter->received_on, g_free);
  g_clear_pointer (&reporter->returned_on, g_free);
  g_clear_pointer (&reporter->note, g_free);
}

static GArray *
reporters_new (void)
{
  GArray *reporters = g_array_new (FALSE, TRUE, sizeof (Reporter));

  g_array_set_clear_func (reporters, (GDestroyNotify) reporter_clear);
  return reporters;
}

static void
reporters_add (GArray            *reporters,
               SxshRegisterEntry *entry)
{
  Reporter reporter = {
    sxsh_register_entry_get_reporter_kind (entry),
    sxsh_register_entry_get_reporter_id (entry),
    g_strdup (sxsh_register_entry_get_received_on (entry)),
    g_strdup (sxsh_register_entry_get_returned_on (entry)),
    g_strdup (sxsh_register_entry_get_note (entry)),
  };

  g_array_append_val (reporters, reporter);
}

gboolean
sxsh_register_page_entry_is_received (SxshRegisterEntry *entry)
{
  return *sxsh_register_entry_get_received_on (entry) != '\0'
         || *sxsh_register_entry_get_returned_on (entry) != '\0';
}

/* Putting reports back as they were */

static gboolean
reporters_all_missing (GArray *reporters)
{
  for (guint i = 0; i < reporters->len; i++)
    {
      Reporter *r = &g_array_index (reporters, Reporter, i);

      if (*r->received_on != '\0' || *r->returned_on != '\0')
        return FALSE;
    }
  return TRUE;
}

static SxshRegisterEntry *
lookup_reporter (SxshRegisterPage *self,
                 Reporter         *reporter,
                 GError          **error)
{
  SxshRegisterEntry *entry = sxsh_register_lookup (sxsh_register_page_get_register (self), reporter->kind, reporter->id);

  if (entry == NULL)
    g_set_error_literal (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                         _("The reporter is no longer expected to report this year."));
  return entry;
}

static gboolean
mark_one (SxshRegisterPage *self,
          Reporter         *reporter,
          const char       *date,
          GError          **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  SxshRegisterEntry *entry = lookup_reporter (self, reporter, error);

  if (entry == NULL)
    return FALSE;
  g_ptr_array_add (one, entry);
  return sxsh_register_mark_received (sxsh_register_page_get_register (self), one, date, error);
}

static gboolean
return_one (SxshRegisterPage *self,
            Reporter         *reporter,
            GError          **error)
{
  SxshRegisterEntry *entry = lookup_reporter (self, reporter, error);

  return entry != NULL && sxsh_register_return (sxsh_register_page_get_register (self), entry, reporter->returned_on,
                                                *reporter->note != '\0' ? reporter->note : "—",
                                                error);
}

/* Each write reloads the register, so every step looks its reporter up
 * again.  A report that was returned and then received again is rebuilt
 * in the order it happened: received, returned, received again. */
static gboolean
restore_reporter (SxshRegisterPage *self,
                  Reporter         *reporter,
                  GError          **error)
{
  gboolean received = *reporter->received_on != '\0';
  gboolean returned = *reporter->returned_on != '\0';

  if (received && !returned)
    return mark_one (self, reporter, reporter->received_on, error);
  if (returned && (!received || g_strcmp0 (reporter->returned_on, reporter->received_on) >= 0))
    return mark_one (self, reporter, received ? reporter->received_on : reporter->returned_on,
                     error)
           && return_one (self, reporter, error);
  if (returned)
    return mark_one (self, reporter, reporter->returned_on, error)
           && return_one (self, reporter, error)
           && mark_one (self, reporter, reporter->received_on, error);
  return TRUE;
}

/* Clears the reports in one transaction, then writes back those that had
 * something recorded. */
static gboolean
restore_reporters (SxshRegisterPage *self,
                   GArray           *reporters,
                   GError          **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < reporters->len; i++)
    {
      SxshRegisterEntry *entry = lookup_reporter (self, &g_array_index (reporters, Reporter, i),
                                                  NULL);
      if (entry != NULL)
        g_ptr_array_add (entries, g_object_ref (entry));
    }

  if (!sxsh_database_begin (sxsh_register_page_get_database (self), error))
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    if (!sxsh_register_clear (sxsh_register_page_get_register (self), g_ptr_array_index (entries, i), error))
      {
        sxsh_database_rollback (sxsh_register_page_get_database (self));
        return FALSE;
      }
  if (!sxsh_database_commit (sxsh_register_page_get_database (self), error))
    return FALSE;
  sxsh_database_notify_changed (sxsh_register_page_get_database (self), "facility_year");
  sxsh_database_notify_changed (sxsh_register_page_get_database (self), "agency_report");

  if (reporters_all_missing (reporters))
    return TRUE;
  for (guint i = 0; i < reporters->len; i++)
    if (!restore_reporter (self, &g_array_index (reporters, Reporter, i), error))
      return FALSE;
  return TRUE;
}

static void
undo_clicked_cb (SxshRegisterPage *self,
                 AdwToast         *toast)
{
  g_autoptr(GArray) reporters = sxsh_page_undo_toast_steal (toast);
  g_autoptr(GError) error = NULL;

  if (reporters == NULL)
    return;
  if (!restore_reporters (self, reporters, &error))
    sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Undo"), error);
  sxsh_register_page_refresh (self);
}

static void
add_undo_toast (SxshRegisterPage *self,
                const char       *title,
                GArray           *reporters)
{
  AdwToast *toast = sxsh_page_undo_toast_new (title, reporters, (GDestroyNotify) g_array_unref,
                                              G_CALLBACK (undo_clicked_cb), self);

  sxsh_register_page_set_undo_toast (self, toast);
  sxsh_page_add_toast (GTK_WIDGET (self), toast);
}

/* Dialogs */

static char *
today_iso (SxshRegisterPage *self)
{
  const char *today = sxsh_register_get_today (sxsh_register_page_get_register (self));

  return today != NULL ? g_strdup (today) : sxsh_page_today_iso ();
}

/* "Công ty A, Công ty B and 3 more" */
static char *
describe_entries (GPtrArray *entries)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint shown = MIN (entries->len, 3);

  for (guint i = 0; i < shown; i++)
    {
      if (i > 0)
        g_string_append (text, shown == entries->len && i == shown - 1 ? _(" and ") : ", ");
      g_string_append (text, sxsh_register_entry_get_name (g_ptr_array_index (entries, i)));
    }
  if (entries->len > shown)
    {
      guint more = entries->len - shown;

      /* Translators: after the first three names of a list. */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " and %u more",
                                                 " and %u more", more),
                              more);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
mark_response_cb (SxshRegisterPage *self,
                  const char       *response,
                  AdwMessageDialog *dialog)
{
  GPtrArray *entries = g_object_get_data (G_OBJECT (dialog), "sxsh-entries");
  g_autoptr(GArray) before = reporters_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *title = NULL;

  if (g_strcmp0 (response, "mark") != 0 || entries == NULL)
    return;
  date = sxsh_date_dialog_dup_iso_date (dialog);
  if (date == NULL)
    return;

  for (guint i = 0; i < entries->len; i++)
    reporters_add (before, g_ptr_array_index (entries, i));
  if (!sxsh_register_mark_received (sxsh_register_page_get_register (self), entries, date, &error))
    {
      sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Mark the Reports Received"), error);
      return;
    }

  shown = sxsh_format_date (date);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u report received on %s",
                                        "%u reports received on %s", entries->len),
                           entries->len, shown);
  add_undo_toast (self, title, g_steal_pointer (&before));
  sxsh_register_page_refresh (self);
}

void
sxsh_register_page_mark_received_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SxshRegisterPage *self = SXSH_REGISTER_PAGE (widget);
  g_autoptr(GPtrArray) entries = sxsh_register_page_get_selected_entries (self);
  g_autofree char *heading = NULL;
  g_autofree char *names = NULL;
  g_autofree char *today = NULL;
  AdwMessageDialog *dialog;

  if (entries->len == 0)
    return;

  heading = entries->len == 1 ? g_strdup (_("Mark the Report Received"))
                              : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "Mark %u Report Received",
                                                              "Mark %u Reports Received",
                                                              entries->len),
                                                 entries->len);
  names = describe_entries (entries);
  today = today_iso (self);
  dialog = sxsh_date_dialog_new (widget, heading, names, "mark", _("_Mark Received"),
                                 ADW_RESPONSE_SUGGESTED, _("Received on (day/month/year)"),
                                 today, NULL, FALSE);
  g_object_set_data_full (G_OBJECT (dialog), "sxsh-entries", g_steal_pointer (&entries),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (mark_response_cb), self,
                           G_CONNECT_SWAPPED);
  sxsh_register_page_present_dialog (self, dialog);
}

static void
return_response_cb (SxshRegisterPage *self,
                    const char       *response,
                    AdwMessageDialog *dialog)
{
  SxshRegisterEntry *entry = g_object_get_data (G_OBJECT (dialog), "sxsh-entry");
  g_autoptr(GArray) before = reporters_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *note = NULL;
  g_autofree char *title = NULL;

  if (g_strcmp0 (response, "return") != 0 || entry == NULL)
    return;
  date = sxsh_date_dialog_dup_iso_date (dialog);
  note = sxsh_date_dialog_dup_note (dialog);
  if (date == NULL)
    return;

  reporters_add (before, entry);
  if (!sxsh_register_return (sxsh_register_page_get_register (self), entry, date, note, &error))
    {
      sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Return the Report"), error);
      return;
    }
  /* Translators: %s is the name of a facility or an agency. */
  title = g_strdup_printf (_("Report of “%s” returned for correction"),
                           sxsh_register_entry_get_name (entry));
  add_undo_toast (self, title, g_steal_pointer (&before));
  sxsh_register_page_refresh (self);
}

void
sxsh_register_page_return_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SxshRegisterPage *self = SXSH_REGISTER_PAGE (widget);
  g_autoptr(GPtrArray) entries = sxsh_register_page_get_selected_entries (self);
  g_autofree char *today = NULL;
  g_autofree char *body = NULL;
  SxshRegisterEntry *entry;
  AdwMessageDialog *dialog;

  if (entries->len != 1)
    return;
  entry = g_ptr_array_index (entries, 0);
  if (*sxsh_register_entry_get_received_on (entry) == '\0')
    return;

  today = today_iso (self);
  /* Translators: %s is the name of a facility or an agency. */
  body = g_strdup_printf (_("The report of %s counts as returned until a corrected report is "
                            "received."),
                          sxsh_register_entry_get_name (entry));
  dialog = sxsh_date_dialog_new (widget, _("Return the Report for Correction?"), body,
                                 "return", _("_Return"), ADW_RESPONSE_SUGGESTED,
                                 _("Returned on (day/month/year)"), today,
                                 _("What must be corrected"), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "sxsh-entry", g_object_ref (entry), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (return_response_cb), self,
                           G_CONNECT_SWAPPED);
  sxsh_register_page_present_dialog (self, dialog);
}

/* Clearing asks nothing: the toast's Undo puts the dates back. */
void
sxsh_register_page_clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SxshRegisterPage *self = SXSH_REGISTER_PAGE (widget);
  g_autoptr(GPtrArray) entries = sxsh_register_page_get_selected_entries (self);
  g_autoptr(GPtrArray) cleared = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) before = reporters_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  for (guint i = 0; i < entries->len; i++)
    if (sxsh_register_page_entry_is_received (g_ptr_array_index (entries, i)))
      {
        reporters_add (before, g_ptr_array_index (entries, i));
        g_ptr_array_add (cleared, g_object_ref (g_ptr_array_index (entries, i)));
      }
  if (cleared->len == 0)
    return;

  /* One transaction for all of them. */
  if (!sxsh_database_begin (sxsh_register_page_get_database (self), &error))
    goto fail;
  for (guint i = 0; i < cleared->len; i++)
    if (!sxsh_register_clear (sxsh_register_page_get_register (self), g_ptr_array_index (cleared, i), &error))
      {
        sxsh_database_rollback (sxsh_register_page_get_database (self));
        goto fail;
      }
  if (!sxsh_database_commit (sxsh_register_page_get_database (self), &error))
    goto fail;
  sxsh_database_notify_changed (sxsh_register_page_get_database (self), "facility_year");
  sxsh_database_notify_changed (sxsh_register_page_get_database (self), "agency_report");

  if (cleared->len == 1)
    title = g_strdup_printf (_("Receipt of “%s” cleared"),
                             sxsh_register_entry_get_name (g_ptr_array_index (cleared, 0)));
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u receipt cleared",
                                          "%u receipts cleared", cleared->len),
                             cleared->len);
  add_undo_toast (self, title, g_steal_pointer (&before));
  sxsh_register_page_refresh (self);
  return;

fail:
  sxsh_page_show_error (widget, _("Cannot Clear the Receipt"), error);
}

/* An agency's report: its own due date, what it did and what it
 * proposes. */

static GtkWidget *
new_text_area (const char *text,
               const char *accessible_label)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  gtk_widget_add_css_class (view, "notes");

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 90);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 180);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_add_css_class (scrolled, "card");
  return scrolled;
}

static char *
text_area_get_text (GtkWidget *scrolled)
{
  GtkWidget *view = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static GtkWidget *
new_caption (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
report_due_changed_cb (AdwMessageDialog *dialog)
{
  GtkEditable *due = g_object_get_data (G_OBJECT (dialog), "sxsh-due");
  g_autofree char *iso = NULL;
  gboolean ok = sxsh_page_parse_date (gtk_editable_get_text (due), &iso);

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (due), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (due), "error");
  adw_message_dialog_set_response_enabled (dialog, "save", ok);
}

static void
report_response_cb (SxshRegisterPage *self,
                    const char       *response,
                    AdwMessageDialog *dialog)
{
  SxshRegisterEntry *entry = g_object_get_data (G_OBJECT (dialog), "sxsh-entry");
  GtkEditable *due = g_object_get_data (G_OBJECT (dialog), "sxsh-due");
  g_autofree char *due_iso = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *proposals = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") != 0 || entry == NULL)
    return;
  if (!sxsh_page_parse_date (gtk_editable_get_text (due), &due_iso))
    return;
  summary = text_area_get_text (g_object_get_data (G_OBJECT (dialog), "sxsh-summary"));
  proposals = text_area_get_text (g_object_get_data (G_OBJECT (dialog), "sxsh-proposals"));

  if (!sxsh_register_set_agency_report (sxsh_register_page_get_register (self), entry, *due_iso != '\0' ? due_iso : NULL,
                                        summary, proposals, &error))
    {
      sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Save the Agency’s Report"), error);
      return;
    }
  sxsh_page_add_toast (GTK_WIDGET (self), adw_toast_new (_("Agency’s report saved")));
  sxsh_register_page_refresh (self);
}

void
sxsh_register_page_edit_report_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SxshRegisterPage *self = SXSH_REGISTER_PAGE (widget);
  g_autoptr(GPtrArray) entries = sxsh_register_page_get_selected_entries (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  SxshRegisterEntry *entry;
  AdwMessageDialog *dialog;
  GtkWidget *box, *list, *due_row, *summary, *proposals;
  const char *own_due;
  g_autofree char *due_shown = NULL;
  g_autofree char *department_due = NULL;
  g_autofree char *subtitle = NULL;

  if (entries->len != 1)
    return;
  entry = g_ptr_array_index (entries, 0);
  if (sxsh_register_entry_get_reporter_kind (entry) != SXSH_REPORTER_AGENCY)
    return;

  department_due = sxsh_format_date (sxsh_register_get_due_date (sxsh_register_page_get_register (self)));
  /* Translators: %s is the department's due date, e.g. 30/11/2025. */
  subtitle = g_strdup_printf (_("The results the agency reported and its proposals for next "
                                "year. Leave the due date empty for the department’s, %s."),
                              department_due);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                            : NULL,
                                                       sxsh_register_entry_get_name (entry),
                                                       subtitle));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "cancel");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  due_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (due_row),
                                 _("Own due date (day/month/year)"));
  own_due = sxsh_register_entry_get_due_date (entry);
  if (g_strcmp0 (own_due, sxsh_register_get_due_date (sxsh_register_page_get_register (self))) != 0)
    {
      due_shown = sxsh_format_date (own_due);
      gtk_editable_set_text (GTK_EDITABLE (due_row), due_shown);
    }
  gtk_list_box_append (GTK_LIST_BOX (list), due_row);
  gtk_box_append (GTK_BOX (box), list);

  summary = new_text_area (sxsh_register_entry_get_summary (entry), _("Results reported"));
  proposals = new_text_area (sxsh_register_entry_get_proposals (entry),
                             _("Proposals for next year"));
  gtk_box_append (GTK_BOX (box), new_caption (_("Results Reported")));
  gtk_box_append (GTK_BOX (box), summary);
  gtk_box_append (GTK_BOX (box), new_caption (_("Proposals for Next Year")));
  gtk_box_append (GTK_BOX (box), proposals);
  adw_message_dialog_set_extra_child (dialog, box);

  g_object_set_data_full (G_OBJECT (dialog), "sxsh-entry", g_object_ref (entry), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "sxsh-due", due_row);
  g_object_set_data (G_OBJECT (dialog), "sxsh-summary", summary);
  g_object_set_data (G_OBJECT (dialog), "sxsh-proposals", proposals);
  g_signal_connect_object (due_row, "changed", G_CALLBACK (report_due_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (report_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, -1);
  gtk_window_set_focus (GTK_WINDOW (dialog),
                        gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (summary)));
  sxsh_register_page_present_dialog (self, dialog);
}


/* Reminder letters */

/**
 * sxsh_register_page_write_reminders:
 * @n_letters: (out) (optional): the letters written
 *
 * Writes a numbered reminder letter to every reporter of the year whose
 * report is overdue on the register's day, all in one PDF.  The letters
 * take their numbers from the department's letter series.
 */
gboolean
sxsh_register_page_write_reminders (SxshRegisterPage  *self,
                                    const char        *path,
                                    guint             *n_letters,
                                    GError           **error)
{
  SxshRegister *reg = sxsh_register_page_get_register (self);
  const char *today = sxsh_register_get_today (reg);
  g_autoptr(GPtrArray) reminders = NULL;
  GDate day;

  g_date_clear (&day, 1);
  if (today != NULL)
    sxsh_parse_date (today, &day);
  if (!sxsh_reminders_write (sxsh_register_page_get_database (self), sxsh_register_get_year (reg),
                             g_date_valid (&day) ? &day : NULL, NULL, FALSE, path, &reminders,
                             error))
    return FALSE;
  if (n_letters != NULL)
    *n_letters = reminders != NULL ? reminders->len : 0;
  return TRUE;
}

static void
reminders_response_cb (GtkNativeDialog  *chooser,
                       int               response,
                       SxshRegisterPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint n = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  if (path != NULL)
    {
      if (!sxsh_register_page_write_reminders (self, path, &n, &error))
        sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Write the Reminder Letters"), error);
      else
        {
          g_autofree char *name = g_file_get_basename (file);
          /* Translators: "13 reminder letters saved as “….pdf”". */
          g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%u reminder letter saved as “%s”",
                                                                 "%u reminder letters saved as “%s”",
                                                                 n),
                                                    n, name);
          sxsh_page_add_toast (GTK_WIDGET (self), adw_toast_new (title));
        }
    }
  g_object_unref (chooser);
}

void
sxsh_register_page_reminders_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  SxshRegisterPage *self = SXSH_REGISTER_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save Reminder Letters"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* The letters are Vietnamese official documents, and so is their name. */
  name = g_strdup_printf ("Công văn đôn đốc báo cáo năm %d.pdf",
                          sxsh_register_get_year (sxsh_register_page_get_register (self)));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (reminders_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

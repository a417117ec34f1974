/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sxsh-format.h"
#include "sxsh-page-helpers.h"
#include "sxsh-print.h"
#include "sxsh-reminder-pdf.h"
#include "sxsh-reports-page-private.h"

/* The Reports area: the officer writes the narrative of the year's report
 * on the left and sees the report on the right, as it will be printed.
 * The narrative is saved as it is typed; the preview is written again,
 * as a draft in a worker thread, a moment after the typing stops and
 * whenever the data or the year change.  Only Save and Print take a
 * document number. */

/* How long the typing has to pause before the narrative is saved, and the
 * data before the preview is written again. */
#define SAVE_DELAY_MS     800
#define PREVIEW_DELAY_MS  300

G_DEFINE_FINAL_TYPE (SxshReportsPage, sxsh_reports_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SETTINGS,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The narrative */

static void
update_narrative_status (SxshReportsPage *self)
{
  const char *icon = "emblem-ok-symbolic";
  g_autofree char *text = NULL;

  if (self->save_error != NULL)
    {
      icon = "dialog-warning-symbolic";
      /* Translators: %s says why the narrative could not be saved. */
      text = g_strdup_printf (_("Not saved: %s"), self->save_error);
    }
  else if (self->dirty != 0)
    {
      icon = "document-edit-symbolic";
      text = g_strdup (_("Saving…"));
    }
  else
    text = g_strdup (_("Saved as you type."));

  gtk_image_set_from_icon_name (self->narrative_status_icon, icon);
  gtk_label_set_label (self->narrative_status, text);
}

/* Saves the sections changed since the last save, in the year they were
 * typed for. */
static gboolean
save_texts (SxshReportsPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean saved = FALSE;

  g_clear_handle_id (&self->save_timeout_id, g_source_remove);
  if (self->dirty == 0)
    return TRUE;

  self->saving_text = TRUE;
  for (guint section = 0; section < SXSH_N_REPORT_SECTIONS; section++)
    {
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      if (!(self->dirty & (1u << section)))
        continue;
      gtk_text_buffer_get_bounds (self->buffers[section], &start, &end);
      text = gtk_text_buffer_get_text (self->buffers[section], &start, &end, FALSE);
      if (!sxsh_report_text_set (self->database, self->text_year, section, text, &error))
        break;
      self->dirty &= ~(1u << section);
      saved = TRUE;
    }
  self->saving_text = FALSE;

  if (error != NULL)
    {
      gboolean first = self->save_error == NULL;

      g_free (self->save_error);
      self->save_error = g_strdup (error->message);
      if (first)
        sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Save the Narrative"), error);
    }
  else
    g_clear_pointer (&self->save_error, g_free);
  update_narrative_status (self);

  if (saved && self->text_year == self->year)
    sxsh_reports_page_schedule_preview (self, PREVIEW_DELAY_MS);
  return error == NULL;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  SxshReportsPage *self = user_data;

  self->save_timeout_id = 0;
  save_texts (self);
  return G_SOURCE_REMOVE;
}

static void
text_changed_cb (GtkTextBuffer   *buffer,
                 SxshReportsPage *self)
{
  guint section = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (buffer), "sxsh-section"));

  if (self->loading_text)
    return;
  self->dirty |= 1u << section;
  g_clear_handle_id (&self->save_timeout_id, g_source_remove);
  self->save_timeout_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
  update_narrative_status (self);
}

static void
load_texts (SxshReportsPage *self)
{
  g_autofree char *title = NULL;

  self->loading_text = TRUE;
  for (guint section = 0; section < SXSH_N_REPORT_SECTIONS; section++)
    {
      g_autofree char *text = sxsh_report_text_get (self->database, self->year, section);

      /* Undo must not bring back another year's text. */
      gtk_text_buffer_begin_irreversible_action (self->buffers[section]);
      gtk_text_buffer_set_text (self->buffers[section], text != NULL ? text : "", -1);
      gtk_text_buffer_end_irreversible_action (self->buffers[section]);
    }
  self->loading_text = FALSE;
  self->dirty = 0;
  self->text_year = self->year;
  g_clear_pointer (&self->save_error, g_free);

  /* Translators: %d is the reporting year. */
  title = g_strdup_printf (_("Narrative of the %d Report"), self->year);
  gtk_label_set_label (self->narrative_title, title);
  update_narrative_status (self);
}

static void
add_group_heading (SxshReportsPage *self,
                   const char      *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_margin_top (label, 16);
  gtk_widget_add_css_class (label, "title-4");
  gtk_box_append (self->narrative_box, label);
}

static void
build_sections (SxshReportsPage *self)
{
  for (guint section = 0; section < SXSH_N_REPORT_SECTIONS; section++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *title = gtk_label_new (sxsh_report_section_get_title (section));
      GtkWidget *hint = gtk_label_new (sxsh_report_section_get_hint (section));
      GtkWidget *frame = gtk_frame_new (NULL);
      GtkWidget *view = gtk_text_view_new ();
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

      if (section == SXSH_REPORT_SECTION_NOTE_RESULTS)
        add_group_heading (self, _("Notes Under the Tables"));
      else if (section == SXSH_REPORT_SECTION_ACHIEVEMENTS)
        add_group_heading (self, _("Assessment of the Year"));
      else if (section == SXSH_REPORT_SECTION_PROPOSALS)
        add_group_heading (self, _("Proposals and Next Year’s Plan"));

      gtk_widget_set_margin_top (box, 6);
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (title), 40);
      gtk_label_set_mnemonic_widget (GTK_LABEL (title), view);
      gtk_widget_add_css_class (title, "heading");
      gtk_label_set_xalign (GTK_LABEL (hint), 0);
      gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (hint), 40);
      gtk_widget_add_css_class (hint, "dim-label");
      gtk_widget_add_css_class (hint, "caption");

      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
      gtk_widget_set_size_request (view, -1, 84);
      gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      sxsh_report_section_get_title (section),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      sxsh_report_section_get_hint (section),
                                      -1);
      gtk_frame_set_child (GTK_FRAME (frame), view);

      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), hint);
      gtk_box_append (GTK_BOX (box), frame);
      gtk_box_append (self->narrative_box, box);

      g_object_set_data (G_OBJECT (buffer), "sxsh-section", GUINT_TO_POINTER (section));
      g_signal_connect (buffer, "changed", G_CALLBACK (text_changed_cb), self);
      self->buffers[section] = buffer;
      self->views[section] = GTK_TEXT_VIEW (view);
    }
}

/* Reminder letters */

static void
refresh_reminders (SxshReportsPage *self)
{
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  GtkWidget *child;
  GDate today;

  if (self->document != SXSH_REPORTS_DOCUMENT_REMINDERS)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->reminders_list))) != NULL)
    gtk_list_box_remove (self->reminders_list, child);

  /* Translators: %d is the reporting year. */
  title = g_strdup_printf (_("Reminders for the %d Reports"), self->year);
  gtk_label_set_label (self->reminders_title, title);

  g_date_clear (&today, 1);
  sxsh_report_parse_date (NULL, &today, NULL);
  reminders = sxsh_reminder_list_overdue (self->database, self->year, &today, &error);
  if (reminders == NULL)
    {
      gtk_label_set_label (self->reminders_description, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->reminders_list), FALSE);
      return;
    }

  if (reminders->len == 0)
    description = g_strdup (_("No report of this year is overdue today: there is no letter "
                              "to write."));
  else
    {
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u report is overdue.",
                                                             "%u reports are overdue.",
                                                             reminders->len),
                                                reminders->len);

      /* Translators: follows "21 reports are overdue." */
      description = g_strdup_printf (_("%s Each reporter below gets a letter, which takes its "
                                       "number when the letters are saved or printed; the "
                                       "preview is a draft."), count);
    }
  gtk_label_set_label (self->reminders_description, description);
  gtk_widget_set_visible (GTK_WIDGET (self->reminders_list), reminders->len > 0);

  for (guint i = 0; i < reminders->len; i++)
    {
      SxshReminder *reminder = g_ptr_array_index (reminders, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *due = sxsh_format_date (reminder->due_date);
      g_autofree char *subtitle = NULL;

      /* Translators: "Facility · due 30/11/2025". */
      subtitle = g_strdup_printf (_("%s · due %s"),
                                  reminder->kind == SXSH_REPORTER_FACILITY ? _("Facility")
                                                                           : _("Agency"),
                                  due);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), reminder->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (self->reminders_list, row);
    }
}

static void
map_cb (SxshReportsPage *self)
{
  if (self->preview_stale)
    sxsh_reports_page_schedule_preview (self, 0);
}

static void
database_changed_cb (SxshReportsPage *self,
                     const char      *table,
                     SxshDatabase    *database)
{
  /* A number taken changes no draft; the narrative's own saves ask for
   * their preview themselves. */
  if (self->disposed || g_strcmp0 (table, "document_number") == 0 || self->saving_text)
    return;
  refresh_reminders (self);
  sxsh_reports_page_schedule_preview (self, PREVIEW_DELAY_MS);
}

/* Actions */

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sxsh_reports_page_open_save_chooser (SXSH_REPORTS_PAGE (widget), SXSH_REPORT_FORMAT_PDF);
}

static void
save_xlsx_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  sxsh_reports_page_open_save_chooser (SXSH_REPORTS_PAGE (widget), SXSH_REPORT_FORMAT_XLSX);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  sxsh_reports_page_print (SXSH_REPORTS_PAGE (widget), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           NULL);
}

static void
page_setup_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  sxsh_print_run_page_setup (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sxsh_reports_page_cancel (SXSH_REPORTS_PAGE (widget));
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SxshReportsPage *self = SXSH_REPORTS_PAGE (widget);

  sxsh_reports_page_flush_text (self);
  sxsh_reports_page_schedule_preview (self, 0);
}

static gboolean
shortcut_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  const char *action = g_variant_get_string (args, NULL);

  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  return gtk_widget_activate_action (widget, action, NULL);
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  keyval,
              GdkModifierType        modifiers,
              const char            *action)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                            gtk_callback_action_new (shortcut_cb, NULL, NULL));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_string (action));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/* The keys work wherever the focus is while the page is shown. */
static void
add_window_shortcuts (SxshReportsPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_MANAGED);
  add_shortcut (shortcuts, GDK_KEY_s, GDK_CONTROL_MASK, "reports.save-pdf");
  add_shortcut (shortcuts, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "reports.save-xlsx");
  add_shortcut (shortcuts, GDK_KEY_p, GDK_CONTROL_MASK, "reports.print");
  add_shortcut (shortcuts, GDK_KEY_F5, 0, "reports.refresh");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* Template callbacks */

static void
document_selected_cb (SxshReportsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->document_dropdown);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;
  sxsh_reports_page_set_document (self, (SxshReportsDocument) selected);
}

static void
pane_toggled_cb (SxshReportsPage *self)
{
  GtkWidget *child = gtk_toggle_button_get_active (self->preview_toggle)
                     ? GTK_WIDGET (self->preview_stack) : self->side_pane;

  if (adw_leaflet_get_visible_child (self->leaflet) != child)
    adw_leaflet_set_visible_child (self->leaflet, child);
}

static void
leaflet_child_cb (SxshReportsPage *self)
{
  gboolean preview = adw_leaflet_get_visible_child (self->leaflet)
                     == GTK_WIDGET (self->preview_stack);

  if (gtk_toggle_button_get_active (self->preview_toggle) != preview)
    gtk_toggle_button_set_active (preview ? self->preview_toggle : self->narrative_toggle, TRUE);
}

/* The leaflet folds while the page is laid out: the switch between its
 * panes appears just after, not in the middle of it. */
static gboolean
show_pane_switcher_cb (gpointer user_data)
{
  SxshReportsPage *self = user_data;

  self->pane_switcher_id = 0;
  gtk_widget_set_visible (self->pane_switcher, adw_leaflet_get_folded (self->leaflet));
  return G_SOURCE_REMOVE;
}

static void
leaflet_folded_cb (SxshReportsPage *self)
{
  if (self->pane_switcher_id == 0)
    self->pane_switcher_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, show_pane_switcher_cb, self,
                                              NULL);
}

/* GObject */

static void
sxsh_reports_page_constructed (GObject *object)
{
  SxshReportsPage *self = SXSH_REPORTS_PAGE (object);

  G_OBJECT_CLASS (sxsh_reports_page_parent_class)->constructed (object);

  g_assert (SXSH_IS_DATABASE (self->database));

  build_sections (self);
  if (self->year == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      self->year = g_date_time_get_year (now);
    }
  load_texts (self);

  g_signal_connect_object (self->database, "changed", G_CALLBACK (database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document_dropdown, "notify::selected",
                           G_CALLBACK (document_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
  self->preview_stale = TRUE;
  sxsh_reports_page_update_actions (self);
}

static void
sxsh_reports_page_dispose (GObject *object)
{
  SxshReportsPage *self = SXSH_REPORTS_PAGE (object);

  /* The last words typed are kept, but ask for no new preview. */
  if (!self->disposed && self->database != NULL)
    {
      self->disposed = TRUE;
      save_texts (self);
    }
  self->disposed = TRUE;

  g_clear_handle_id (&self->save_timeout_id, g_source_remove);
  g_clear_handle_id (&self->preview_timeout_id, g_source_remove);
  g_clear_handle_id (&self->progress_delay_id, g_source_remove);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_handle_id (&self->pane_switcher_id, g_source_remove);
  sxsh_reports_page_stop_jobs (self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_weak_pointer (&self->toast);

  for (guint section = 0; section < SXSH_N_REPORT_SECTIONS; section++)
    if (self->buffers[section] != NULL)
      g_signal_handlers_disconnect_by_data (self->buffers[section], self);
  memset (self->buffers, 0, sizeof self->buffers);
  memset (self->views, 0, sizeof self->views);

  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_REPORTS_PAGE);

  G_OBJECT_CLASS (sxsh_reports_page_parent_class)->dispose (object);
}

static void
sxsh_reports_page_finalize (GObject *object)
{
  SxshReportsPage *self = SXSH_REPORTS_PAGE (object);

  /* The folder holds only the files of previews and prints in progress,
   * and those are gone once their jobs are. */
  if (self->tmpdir != NULL && !g_str_equal (self->tmpdir, g_get_tmp_dir ()))
    g_rmdir (self->tmpdir);
  g_free (self->tmpdir);
  g_free (self->save_error);
  g_free (self->message);
  g_clear_object (&self->settings);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (sxsh_reports_page_parent_class)->finalize (object);
}

static void
sxsh_reports_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SxshReportsPage *self = SXSH_REPORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_reports_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SxshReportsPage *self = SXSH_REPORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_YEAR:
      sxsh_reports_page_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_reports_page_class_init (SxshReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_reports_page_constructed;
  object_class->dispose = sxsh_reports_page_dispose;
  object_class->finalize = sxsh_reports_page_finalize;
  object_class->get_property = sxsh_reports_page_get_property;
  object_class->set_property = sxsh_reports_page_set_property;

  /**
   * SxshReportsPage:database:
   *
   * The database whose reports are written.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SXSH_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshReportsPage:settings:
   *
   * Where the folder of the last saved document is kept; %NULL when the
   * schema is not installed.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshReportsPage:year:
   *
   * The year whose report is written and previewed.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, 2100, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SXSH_TYPE_PDF_PREVIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-reports-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, document_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, pane_switcher);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, narrative_toggle);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, preview_toggle);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, side_pane);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, side_stack);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, narrative_box);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, narrative_title);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, narrative_status_icon);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, narrative_status);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, reminders_title);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, reminders_description);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, reminders_list);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, preview);
  gtk_widget_class_bind_template_child (widget_class, SxshReportsPage, message_page);
  gtk_widget_class_bind_template_callback (widget_class, pane_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_child_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_folded_cb);

  gtk_widget_class_install_action (widget_class, "reports.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "reports.save-xlsx", NULL, save_xlsx_action);
  gtk_widget_class_install_action (widget_class, "reports.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "reports.page-setup", NULL, page_setup_action);
  gtk_widget_class_install_action (widget_class, "reports.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "reports.refresh", NULL, refresh_action);
}

static void
sxsh_reports_page_init (SxshReportsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_window_shortcuts (self);
}

/* Public API */

SxshReportsPage *
sxsh_reports_page_new (SxshDatabase *database,
                       GSettings    *settings)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (SXSH_TYPE_REPORTS_PAGE,
                       "database", database,
                       "settings", settings,
                       NULL);
}

int
sxsh_reports_page_get_year (SxshReportsPage *self)
{
  g_return_val_if_fail (SXSH_IS_REPORTS_PAGE (self), 0);

  return self->year;
}

/* The narrative typed for the year before is saved in that year first. */
void
sxsh_reports_page_set_year (SxshReportsPage *self,
                            int              year)
{
  g_return_if_fail (SXSH_IS_REPORTS_PAGE (self));

  if (year == self->year)
    return;

  self->year = year;
  if (self->database != NULL)
    {
      save_texts (self);
      load_texts (self);
      refresh_reminders (self);
      sxsh_reports_page_schedule_preview (self, 0);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

SxshReportsDocument
sxsh_reports_page_get_document (SxshReportsPage *self)
{
  g_return_val_if_fail (SXSH_IS_REPORTS_PAGE (self), SXSH_REPORTS_DOCUMENT_ANNUAL_REPORT);

  return self->document;
}

void
sxsh_reports_page_set_document (SxshReportsPage     *self,
                                SxshReportsDocument  document)
{
  g_return_if_fail (SXSH_IS_REPORTS_PAGE (self));
  g_return_if_fail (document <= SXSH_REPORTS_DOCUMENT_REMINDERS);

  if (document == self->document)
    return;

  self->document = document;
  if (gtk_drop_down_get_selected (self->document_dropdown) != document)
    gtk_drop_down_set_selected (self->document_dropdown, document);
  gtk_stack_set_visible_child_name (self->side_stack,
                                    document == SXSH_REPORTS_DOCUMENT_REMINDERS ? "reminders"
                                                                                : "narrative");
  /* The other document's pages would be misleading while the new one is
   * written. */
  self->has_preview = FALSE;
  sxsh_pdf_preview_set_document (self->preview, NULL);
  refresh_reminders (self);
  sxsh_reports_page_update_actions (self);
  sxsh_reports_page_schedule_preview (self, 0);
}

/**
 * sxsh_reports_page_get_preview:
 *
 * Returns: (transfer none): the preview of the document
 */
SxshPdfPreview *
sxsh_reports_page_get_preview (SxshReportsPage *self)
{
  g_return_val_if_fail (SXSH_IS_REPORTS_PAGE (self), NULL);

  return self->preview;
}

/**
 * sxsh_reports_page_get_section_view:
 *
 * Returns: (transfer none): where the officer types @section
 */
GtkTextView *
sxsh_reports_page_get_section_view (SxshReportsPage   *self,
                                    SxshReportSection  section)
{
  g_return_val_if_fail (SXSH_IS_REPORTS_PAGE (self), NULL);
  g_return_val_if_fail (section < SXSH_N_REPORT_SECTIONS, NULL);

  return self->views[section];
}

/* Returns: "loading", "preview" or "message" */
const char *
sxsh_reports_page_get_visible_view (SxshReportsPage *self)
{
  g_return_val_if_fail (SXSH_IS_REPORTS_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->preview_stack);
}

/* Returns: (nullable): the title of the message shown instead of the
 * preview */
const char *
sxsh_reports_page_get_message (SxshReportsPage *self)
{
  g_return_val_if_fail (SXSH_IS_REPORTS_PAGE (self), NULL);

  return self->message;
}

/* Saves the narrative typed so far now rather than after the pause. */
void
sxsh_reports_page_flush_text (SxshReportsPage *self)
{
  g_return_if_fail (SXSH_IS_REPORTS_PAGE (self));

  save_texts (self);
}

/**
 * sxsh_reports_page_get_preview_toggle:
 *
 * Returns: (transfer none): the Preview button of the switch between the
 *   text and the preview, shown when they do not fit side by side
 */
GtkToggleButton *
sxsh_reports_page_get_preview_toggle (SxshReportsPage *self)
{
  g_return_val_if_fail (SXSH_IS_REPORTS_PAGE (self), NULL);

  return self->preview_toggle;
}

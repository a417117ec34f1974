/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-import-dialog-private.h"
#include "sxsh-window.h"

/* The import of a spreadsheet, in steps: choose the kind of data and the
 * file, let the engine check it in a worker thread, show what it would do
 * (rows to add and to update, every problem with its row and column), and
 * write it in one transaction only when the user confirms.  Nothing is
 * written before that, so closing the dialog at any step is safe. */

G_DEFINE_FINAL_TYPE (SxshImportDialog, sxsh_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SETTINGS,
  N_PROPS
};

enum {
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
get_kind_description (SxshImportKind kind)
{
  switch (kind)
    {
    case SXSH_IMPORT_FACILITIES:
      return _("One row per facility, matched by tax code: tax code, name, sector, "
               "administrative unit, address, size, employees, revenue, capital, CP potential, "
               "first and last year.");
    case SXSH_IMPORT_ANNUAL:
      return _("One row per facility and year: tax code, year, informed, applying, dedicated "
               "unit, output and its unit, baseline year, date the report was received.");
    case SXSH_IMPORT_CONSUMPTION:
      return _("One row per facility, year and resource: tax code, year, resource, quantity.");
    default:
      return "";
    }
}

/* Steps and their buttons */

static const char *
get_step (SxshImportDialog *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

static gboolean
can_apply (SxshImportDialog *self)
{
  return self->plan != NULL
         && !self->applying
         && !sxsh_import_plan_has_errors (self->plan)
         && !sxsh_import_plan_get_applied (self->plan)
         && sxsh_import_plan_get_n_to_add (self->plan)
            + sxsh_import_plan_get_n_to_update (self->plan) > 0
         && g_strcmp0 (get_step (self), "preview") == 0;
}

static void
update_actions (SxshImportDialog *self)
{
  const char *step = get_step (self);
  gboolean start = g_strcmp0 (step, "start") == 0;
  gboolean preview = g_strcmp0 (step, "preview") == 0;
  gboolean working = g_strcmp0 (step, "working") == 0;
  gboolean failed = g_strcmp0 (step, "failed") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", can_apply (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.check",
                                 self->file != NULL && !self->applying);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.back", !self->applying);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose", !self->applying);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.copy-issues",
                                 self->plan != NULL
                                 && sxsh_import_plan_get_issues (self->plan)->len > 0);

  gtk_widget_set_visible (self->back_button, preview || failed);
  gtk_widget_set_visible (self->continue_button, start);
  gtk_widget_set_visible (self->import_button, preview || (working && self->applying));
  gtk_window_set_default_widget (GTK_WINDOW (self),
                                 start ? self->continue_button
                                       : preview ? self->import_button : NULL);
}

static void
set_step (SxshImportDialog *self,
          const char       *step)
{
  gboolean working = g_strcmp0 (step, "working") == 0;

  gtk_stack_set_visible_child_name (self->stack, step);
  gtk_spinner_set_spinning (self->spinner, working);
  update_actions (self);
}

static void
update_file_row (SxshImportDialog *self)
{
  g_autofree char *name = NULL;
  g_autofree char *base = NULL;
  g_autofree char *display = NULL;

  if (self->file == NULL)
    {
      adw_action_row_set_subtitle (self->file_row, _("No file chosen"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      return;
    }

  name = g_file_get_parse_name (self->file);
  base = g_file_get_basename (self->file);
  display = g_filename_display_name (base);
  adw_action_row_set_subtitle (self->file_row, name);
  adw_window_title_set_subtitle (self->window_title, display);
}

/* A status page's description is markup: file names and messages are
 * escaped, so that "Gạch & Ngói.csv" shows as it is. */
static void
set_description (AdwStatusPage *page,
                 const char    *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_status_page_set_description (page, escaped);
}

static void
set_kind_internal (SxshImportDialog *self,
                   SxshImportKind    kind)
{
  self->kind = kind;
  self->updating_kind = TRUE;
  adw_combo_row_set_selected (self->kind_row, kind);
  self->updating_kind = FALSE;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->kind_row), get_kind_description (kind));
}

static void
kind_selected_cb (SxshImportDialog *self,
                  GParamSpec       *pspec,
                  AdwComboRow      *row)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating_kind || selected > SXSH_IMPORT_CONSUMPTION)
    return;

  self->kind = selected;
  self->kind_chosen = TRUE;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), get_kind_description (self->kind));
}

/* Checking */

static void cancel_work (SxshImportDialog *self);

static void
show_failure (SxshImportDialog *self,
              const char       *title,
              const char       *message)
{
  g_free (self->failure_text);
  self->failure_text = g_strdup (message);
  adw_status_page_set_title (self->failed_page, title);
  set_description (self->failed_page, message);
  set_step (self, "failed");
}

/* The list of problems takes the room its lines need, up to two fifths of
 * the preview: the rows stay the main thing to read. */
static void
fit_issues_pane (SxshImportDialog *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self->paned));
  int wanted;
  guint n_issues;

  if (self->plan == NULL || height <= 0)
    return;

  n_issues = sxsh_import_plan_get_issues (self->plan)->len;
  wanted = MIN (52 + 30 * (int) n_issues, height * 2 / 5);
  /* The pane keeps the list at its minimum height at least. */
  gtk_paned_set_position (self->paned, MAX (height - wanted, 0));
}

static void
paned_size_cb (SxshImportDialog *self)
{
  fit_issues_pane (self);
}

static void
show_plan (SxshImportDialog *self,
           SxshImportPlan   *plan)
{
  g_set_object (&self->plan, plan);
  sxsh_import_preview_set_plan (self->preview, plan);
  gtk_drop_down_set_selected (self->filter_dropdown, SXSH_IMPORT_ROWS_ALL);
  set_step (self, "preview");
  fit_issues_pane (self);
  /* The rows take the keys, to be read with the arrows; Enter imports. */
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* A result that belongs to a check or an import since given up (the user
 * went back, chose another file or closed the dialog) is dropped. */
static gboolean
is_current (SxshImportDialog *self,
            GAsyncResult     *result)
{
  return G_IS_TASK (result)
         && g_task_get_cancellable (G_TASK (result)) == self->cancellable
         && self->cancellable != NULL
         && !g_cancellable_is_cancelled (self->cancellable);
}

static void
prepare_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(SxshImportDialog) self = user_data;
  g_autoptr(SxshImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  plan = sxsh_import_prepare_finish (result, &error);
  if (!is_current (self, result))
    return;

  if (plan == NULL)
    {
      show_failure (self, _("Cannot Read the File"), error->message);
      return;
    }

  show_plan (self, plan);
}

static void
start_prepare (SxshImportDialog *self)
{
  g_autofree char *path = g_file_get_path (self->file);
  g_autofree char *base = g_file_get_basename (self->file);
  g_autofree char *display = g_filename_display_name (base);
  g_autofree char *description = NULL;

  /* Translators: the file being checked, and the kind of data it is read as. */
  description = g_strdup_printf (_("Reading “%s” as %s and comparing every row with the "
                                   "database. Nothing is written yet."),
                                 display, sxsh_import_kind_get_label (self->kind));
  set_description (self->working_page, description);
  sxsh_import_prepare_async (self->database, self->kind, path, self->cancellable, prepare_cb,
                             g_object_ref (self));
}

/* In a worker thread: opens the file to see what it holds, when its name
 * does not tell. */
static void
sniff_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(SxshTable) table = NULL;
  SxshImportKind kind;

  table = sxsh_table_read (path, NULL);
  if (table != NULL && sxsh_import_dialog_guess_from_table (table, &kind))
    g_task_return_int (task, kind);
  else
    g_task_return_int (task, -1);
}

static void
sniff_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  SxshImportDialog *self = SXSH_IMPORT_DIALOG (source);
  gssize kind = g_task_propagate_int (G_TASK (result), NULL);

  if (!is_current (self, result))
    return;

  /* A file that cannot be read is left to the engine, whose message says
   * what is wrong with it. */
  if (kind >= 0 && !self->kind_chosen)
    set_kind_internal (self, kind);
  start_prepare (self);
}

static void
start_check (SxshImportDialog *self)
{
  g_autofree char *base = NULL;
  g_autofree char *display = NULL;
  SxshImportKind kind;
  gboolean sniff = FALSE;

  g_return_if_fail (self->file != NULL);

  cancel_work (self);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->plan);
  sxsh_import_preview_set_plan (self->preview, NULL);

  base = g_file_get_basename (self->file);
  display = g_filename_display_name (base);
  if (!g_file_is_native (self->file))
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("“%s” is not on this computer. Copy it to a local folder, "
                                   "then import it from there."), display);
      show_failure (self, _("Cannot Read the File"), message);
      return;
    }
  if (!self->kind_chosen)
    {
      if (sxsh_import_dialog_guess_kind (base, &kind))
        set_kind_internal (self, kind);
      else
        sniff = TRUE;
    }

  adw_status_page_set_title (self->working_page, _("Checking the File…"));
  set_step (self, "working");

  if (sniff)
    {
      g_autoptr(GTask) task = g_task_new (self, self->cancellable, sniff_cb, NULL);
      g_autofree char *description = NULL;

      /* Translators: the file whose headers are read to know what it holds. */
      description = g_strdup_printf (_("Reading “%s” to see what it holds. Nothing is written "
                                       "yet."), display);
      set_description (self->working_page, description);

      g_task_set_source_tag (task, start_check);
      g_task_set_task_data (task, g_file_get_path (self->file), g_free);
      g_task_run_in_thread (task, sniff_thread);
    }
  else
    start_prepare (self);
}

/* Stops a check under way; an import under way is stopped by its own
 * cancellable, which is the same. */
static void
cancel_work (SxshImportDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
}

/* Importing */

static char *
format_result (SxshImportPlan *plan)
{
  guint n_add = sxsh_import_plan_get_n_to_add (plan);
  guint n_update = sxsh_import_plan_get_n_to_update (plan);
  g_autofree char *added = NULL;

  switch (sxsh_import_plan_get_kind (plan))
    {
    case SXSH_IMPORT_FACILITIES:
      if (n_add == 0)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Updated %u facility",
                                             "Updated %u facilities", n_update), n_update);
      added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u facility",
                                            "Imported %u facilities", n_add), n_add);
      break;

    case SXSH_IMPORT_ANNUAL:
      if (n_add == 0)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Updated %u yearly record",
                                             "Updated %u yearly records", n_update), n_update);
      added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u yearly record",
                                            "Imported %u yearly records", n_add), n_add);
      break;

    case SXSH_IMPORT_CONSUMPTION:
    default:
      if (n_add == 0)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Updated %u consumption figure",
                                             "Updated %u consumption figures", n_update),
                                n_update);
      added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u consumption figure",
                                            "Imported %u consumption figures", n_add), n_add);
      break;
    }

  if (n_update == 0)
    return g_steal_pointer (&added);
  /* Translators: "Imported 120 facilities, updated 35". */
  return g_strdup_printf (_("%s, updated %u"), added, n_update);
}

static void
apply_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(SxshImportDialog) self = user_data;
  SxshImportPlan *plan = SXSH_IMPORT_PLAN (source);
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;
  gboolean ok;

  /* The database announces the change here, whatever became of the
   * dialog, so that every view shows what was written. */
  ok = sxsh_import_apply_finish (plan, result, &error);
  self->applying = FALSE;

  if (ok)
    {
      g_free (self->result_text);
      self->result_text = format_result (plan);
      parent = gtk_window_get_transient_for (GTK_WINDOW (self));
      if (SXSH_IS_WINDOW (parent))
        sxsh_window_add_toast (SXSH_WINDOW (parent), adw_toast_new (self->result_text));
      g_signal_emit (self, signals[SIGNAL_IMPORTED], 0, plan);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (self->close_requested || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  show_failure (self, _("Nothing Was Imported"), error->message);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SxshImportDialog *self = SXSH_IMPORT_DIALOG (widget);
  g_autofree char *description = NULL;
  guint n;

  if (!can_apply (self))
    return;

  cancel_work (self);
  self->cancellable = g_cancellable_new ();
  self->applying = TRUE;

  n = sxsh_import_plan_get_n_to_add (self->plan) + sxsh_import_plan_get_n_to_update (self->plan);
  adw_status_page_set_title (self->working_page, _("Importing…"));
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Writing %u row in one transaction: if anything "
                                              "goes wrong, nothing is written.",
                                              "Writing %u rows in one transaction: if anything "
                                              "goes wrong, nothing is written.", n), n);
  set_description (self->working_page, description);
  set_step (self, "working");

  sxsh_import_apply_async (self->plan, self->cancellable, apply_cb, g_object_ref (self));
}

/* Other actions */

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SxshImportDialog *self = SXSH_IMPORT_DIALOG (widget);

  if (self->file == NULL || self->applying)
    return;

  /* Continuing from the first step means the kind shown is the one meant. */
  if (g_strcmp0 (get_step (self), "start") == 0)
    self->kind_chosen = TRUE;
  start_check (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SxshImportDialog *self = SXSH_IMPORT_DIALOG (widget);

  if (self->applying)
    return;

  cancel_work (self);
  set_step (self, "start");
  gtk_widget_grab_focus (GTK_WIDGET (self->kind_row));
}

static void
copy_issues_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SxshImportDialog *self = SXSH_IMPORT_DIALOG (widget);
  g_autofree char *text = sxsh_import_dialog_get_issues_text (self);

  if (text == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Errors and warnings copied")));
}

/* Enter imports from the preview, wherever the focus is in the table or
 * the list of problems; a focused button keeps its own Enter. */
static gboolean
enter_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  SxshImportDialog *self = SXSH_IMPORT_DIALOG (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (g_strcmp0 (get_step (self), "preview") != 0 || !can_apply (self))
    return FALSE;
  if (focus != NULL && focus != self->import_button
      && (GTK_IS_BUTTON (focus) || gtk_widget_get_ancestor (focus, GTK_TYPE_BUTTON)))
    return FALSE;

  gtk_widget_activate_action (widget, "import.apply", NULL);
  return TRUE;
}

static void
filter_selected_cb (SxshImportDialog *self,
                    GParamSpec       *pspec,
                    GtkDropDown      *dropdown)
{
  sxsh_import_dialog_set_row_filter (self, gtk_drop_down_get_selected (dropdown));
}

static void
preview_changed_cb (SxshImportDialog  *self,
                    SxshImportPreview *preview)
{
  gboolean has_rows = sxsh_import_preview_get_n_shown (preview) > 0;

  gtk_stack_set_visible_child_name (self->rows_stack, has_rows ? "table" : "empty");
}

/* A problem of the list, activated: its row in the table. */
static void
issue_activate_cb (SxshImportDialog *self,
                   guint             position,
                   GtkListView      *view)
{
  SxshImportIssue *issue;
  GPtrArray *issues;

  if (self->plan == NULL)
    return;
  issues = sxsh_import_plan_get_issues (self->plan);
  if (position >= issues->len)
    return;
  issue = g_ptr_array_index (issues, position);
  if (issue->row <= 0)
    return;

  if (gtk_drop_down_get_selected (self->filter_dropdown) != SXSH_IMPORT_ROWS_ALL
      && gtk_drop_down_get_selected (self->filter_dropdown) != SXSH_IMPORT_ROWS_PROBLEMS)
    gtk_drop_down_set_selected (self->filter_dropdown, SXSH_IMPORT_ROWS_ALL);
  sxsh_import_preview_reveal_row (self->preview, issue->row);
}

static void
preview_summary_cb (SxshImportDialog  *self,
                    SxshImportPreview *preview)
{
  gboolean has_issues;
  const char *banner;

  if (self->plan == NULL)
    return;

  gtk_label_set_text (self->source_label, sxsh_import_preview_get_source_text (preview));
  gtk_label_set_text (self->summary_label, sxsh_import_preview_get_summary_text (preview));
  gtk_label_set_text (self->issues_title, sxsh_import_preview_get_issues_title (preview));

  has_issues = sxsh_import_plan_get_issues (self->plan)->len > 0;
  gtk_widget_set_visible (self->issues_box, has_issues);

  banner = sxsh_import_preview_get_banner_text (preview);
  gtk_widget_set_visible (self->banner, banner != NULL);
  gtk_label_set_text (self->banner_label, banner != NULL ? banner : "");
  gtk_widget_set_visible (self->recheck_button, sxsh_import_plan_has_errors (self->plan));
  if (sxsh_import_plan_has_errors (self->plan))
    {
      gtk_image_set_from_icon_name (self->banner_icon, "dialog-error-symbolic");
      gtk_widget_remove_css_class (self->banner, "info");
    }
  else
    {
      gtk_image_set_from_icon_name (self->banner_icon, "dialog-information-symbolic");
      gtk_widget_add_css_class (self->banner, "info");
    }
}

/* GObject */

static gboolean
sxsh_import_dialog_close_request (GtkWindow *window)
{
  SxshImportDialog *self = SXSH_IMPORT_DIALOG (window);

  /* The transaction is rolled back at the next rows; the dialog closes
   * when the worker says so, and says whether anything was written. */
  if (self->applying)
    {
      self->close_requested = TRUE;
      if (self->cancellable != NULL)
        g_cancellable_cancel (self->cancellable);
      return TRUE;
    }

  cancel_work (self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  return GTK_WINDOW_CLASS (sxsh_import_dialog_parent_class)->close_request (window);
}

static void
sxsh_import_dialog_constructed (GObject *object)
{
  SxshImportDialog *self = SXSH_IMPORT_DIALOG (object);

  G_OBJECT_CLASS (sxsh_import_dialog_parent_class)->constructed (object);

  g_assert (SXSH_IS_DATABASE (self->database));
}

static void
sxsh_import_dialog_dispose (GObject *object)
{
  SxshImportDialog *self = SXSH_IMPORT_DIALOG (object);

  if (!self->applying)
    cancel_work (self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  /* The preview lets go of the table's columns while the table is alive. */
  g_clear_object (&self->preview);

  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (sxsh_import_dialog_parent_class)->dispose (object);
}

static void
sxsh_import_dialog_finalize (GObject *object)
{
  SxshImportDialog *self = SXSH_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->plan);
  g_clear_object (&self->file);
  g_clear_object (&self->template_file);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->result_text, g_free);
  g_clear_pointer (&self->failure_text, g_free);

  G_OBJECT_CLASS (sxsh_import_dialog_parent_class)->finalize (object);
}

static void
sxsh_import_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SxshImportDialog *self = SXSH_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_import_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SxshImportDialog *self = SXSH_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_import_dialog_class_init (SxshImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = sxsh_import_dialog_constructed;
  object_class->dispose = sxsh_import_dialog_dispose;
  object_class->finalize = sxsh_import_dialog_finalize;
  object_class->get_property = sxsh_import_dialog_get_property;
  object_class->set_property = sxsh_import_dialog_set_property;

  window_class->close_request = sxsh_import_dialog_close_request;

  /**
   * SxshImportDialog:database:
   *
   * The database the file is checked against and imported into.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SXSH_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshImportDialog:settings:
   *
   * Where the last folder used is kept; %NULL when the schema is not
   * installed.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SxshImportDialog::imported:
   * @plan: the plan written
   *
   * Emitted once the file was written to the database, just before the
   * dialog closes.
   */
  signals[SIGNAL_IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SXSH_TYPE_IMPORT_PLAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, continue_button);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, working_page);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, source_label);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, banner);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, banner_icon);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, banner_label);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, recheck_button);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, paned);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, rows_stack);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, rows_empty_page);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, column_view);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, issues_box);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, issues_title);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, issue_view);
  gtk_widget_class_bind_template_child (widget_class, SxshImportDialog, failed_page);

  gtk_widget_class_install_action (widget_class, "import.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "import.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "import.copy-issues", NULL, copy_issues_action);
  sxsh_import_dialog_class_add_file_actions (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "import.choose", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "import.copy-issues", NULL);
}

static void
sxsh_import_dialog_init (SxshImportDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkEventController *shortcuts;
  const guint enter_keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };

  gtk_widget_init_template (GTK_WIDGET (self));

  for (SxshImportKind kind = SXSH_IMPORT_FACILITIES; kind <= SXSH_IMPORT_CONSUMPTION; kind++)
    gtk_string_list_append (kinds, sxsh_import_kind_get_label (kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  set_kind_internal (self, SXSH_IMPORT_FACILITIES);
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (kind_selected_cb),
                           self, G_CONNECT_SWAPPED);

  self->preview = sxsh_import_preview_new (self->column_view, self->issue_view);
  g_signal_connect_object (self->preview, "changed", G_CALLBACK (preview_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->preview, "summary-changed", G_CALLBACK (preview_summary_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_dropdown, "notify::selected",
                           G_CALLBACK (filter_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->issue_view, "activate", G_CALLBACK (issue_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->paned, "notify::max-position", G_CALLBACK (paned_size_cb), self,
                           G_CONNECT_SWAPPED);

  /* Enter is caught before the table's rows see it, which would otherwise
   * only move the selection. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (enter_keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (enter_keys[i],
                                                                                    0),
                                                            gtk_callback_action_new (enter_cb,
                                                                                     NULL,
                                                                                     NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  gtk_widget_add_controller (GTK_WIDGET (self),
                             GTK_EVENT_CONTROLLER (sxsh_import_dialog_drop_target_new ()));

  set_step (self, "start");
}

SxshImportDialog *
sxsh_import_dialog_new (SxshDatabase *database,
                        GSettings    *settings)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (SXSH_TYPE_IMPORT_DIALOG,
                       "database", database,
                       "settings", settings,
                       NULL);
}

/**
 * sxsh_import_dialog_present:
 * @parent: (nullable): the window the dialog is modal to, where the toast
 *   of the result is shown when it is an #SxshWindow
 * @file: (nullable): a file to check at once
 *
 * Returns: (transfer none): the dialog, shown
 */
SxshImportDialog *
sxsh_import_dialog_present (GtkWindow    *parent,
                            SxshDatabase *database,
                            GSettings    *settings,
                            GFile        *file)
{
  SxshImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = sxsh_import_dialog_new (database, settings);
  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  gtk_window_present (GTK_WINDOW (self));
  if (file != NULL)
    sxsh_import_dialog_open_file (self, file);

  return self;
}

/**
 * sxsh_import_dialog_open_file:
 *
 * Checks @file and shows its preview; its kind is guessed from its name or
 * content unless the user chose one.
 */
void
sxsh_import_dialog_open_file (SxshImportDialog *self,
                              GFile            *file)
{
  g_return_if_fail (SXSH_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->applying)
    return;

  g_set_object (&self->file, file);
  update_file_row (self);
  start_check (self);
}

/**
 * sxsh_import_dialog_get_file:
 *
 * Returns: (transfer none) (nullable): the file chosen
 */
GFile *
sxsh_import_dialog_get_file (SxshImportDialog *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_DIALOG (self), NULL);

  return self->file;
}

SxshImportKind
sxsh_import_dialog_get_kind (SxshImportDialog *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_DIALOG (self), SXSH_IMPORT_FACILITIES);

  return self->kind;
}

/* The kind the file is read as, as if the user chose it. */
void
sxsh_import_dialog_set_kind (SxshImportDialog *self,
                             SxshImportKind    kind)
{
  g_return_if_fail (SXSH_IS_IMPORT_DIALOG (self));
  g_return_if_fail (kind <= SXSH_IMPORT_CONSUMPTION);

  set_kind_internal (self, kind);
  self->kind_chosen = TRUE;
}

/**
 * sxsh_import_dialog_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan shown in the preview
 */
SxshImportPlan *
sxsh_import_dialog_get_plan (SxshImportDialog *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_DIALOG (self), NULL);

  return self->plan;
}

/* For the tests: what the user sees. */

const char *
sxsh_import_dialog_get_step (SxshImportDialog *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_DIALOG (self), NULL);

  return get_step (self);
}

const char *
sxsh_import_dialog_get_summary_text (SxshImportDialog *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_DIALOG (self), NULL);

  return gtk_label_get_text (self->summary_label);
}

/* Returns: (nullable): the message above the preview, %NULL when hidden */
const char *
sxsh_import_dialog_get_banner_text (SxshImportDialog *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_DIALOG (self), NULL);

  return gtk_widget_get_visible (self->banner) ? gtk_label_get_text (self->banner_label) : NULL;
}

const char *
sxsh_import_dialog_get_failure_text (SxshImportDialog *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_DIALOG (self), NULL);

  return self->failure_text;
}

const char *
sxsh_import_dialog_get_result_text (SxshImportDialog *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_DIALOG (self), NULL);

  return self->result_text;
}

GtkColumnView *
sxsh_import_dialog_get_column_view (SxshImportDialog *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_DIALOG (self), NULL);

  return self->column_view;
}

GtkWidget *
sxsh_import_dialog_get_import_button (SxshImportDialog *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_DIALOG (self), NULL);

  return self->import_button;
}

GListModel *
sxsh_import_dialog_get_issue_model (SxshImportDialog *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_DIALOG (self), NULL);

  return sxsh_import_preview_get_issue_model (self->preview);
}

char *
sxsh_import_dialog_get_cell_text (SxshImportDialog *self,
                                  guint             position,
                                  const char       *key)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_DIALOG (self), NULL);

  return sxsh_import_preview_get_cell_text (self->preview, position, key);
}

const char *
sxsh_import_dialog_get_row_badge (SxshImportDialog *self,
                                  guint             position)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_DIALOG (self), NULL);

  return sxsh_import_preview_get_badge (self->preview, position);
}

gboolean
sxsh_import_dialog_get_cell_changed (SxshImportDialog *self,
                                     guint             position,
                                     const char       *key)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_DIALOG (self), FALSE);

  return sxsh_import_preview_get_cell_changed (self->preview, position, key);
}

/**
 * sxsh_import_dialog_get_issues_text:
 *
 * Returns: (transfer full) (nullable): every error and warning as the Copy
 *   button puts them on the clipboard, %NULL when there is none
 */
char *
sxsh_import_dialog_get_issues_text (SxshImportDialog *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_DIALOG (self), NULL);

  return sxsh_import_preview_get_issues_text (self->preview);
}

/* One of SxshImportRows: which rows the table shows. */
void
sxsh_import_dialog_set_row_filter (SxshImportDialog *self,
                                   guint             filter)
{
  g_return_if_fail (SXSH_IS_IMPORT_DIALOG (self));

  if (gtk_drop_down_get_selected (self->filter_dropdown) != filter)
    gtk_drop_down_set_selected (self->filter_dropdown, filter);
  sxsh_import_preview_set_filter (self->preview, filter);
}

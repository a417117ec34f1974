/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-import-dialog-private.h"
#include "sxsh-import-preview.h"
#include "sxsh-table-reader.h"
#include "sxsh-text.h"
#include "sxsh-window.h"

/* The import of a spreadsheet, in steps: choose the kind of data and the
 * file, let the engine check it in a worker thread, show what it would do
 * (rows to add and to update, every problem with its row and column), and
 * write it in one transaction only when the user confirms.  Nothing is
 * written before that, so closing the dialog at any step is safe. */

struct _SxshImportDialog
{
  AdwWindow             parent_instance;

  SxshDatabase         *database;
  GSettings            *settings;
  GFile                *file;
  GFile                *template_file;     /* the template saved last, to open it */
  SxshImportKind        kind;
  gboolean              kind_chosen;       /* the user chose it: no guess overrides it */
  gboolean              updating_kind;
  SxshImportPlan       *plan;
  GCancellable         *cancellable;
  gboolean              applying;
  gboolean              close_requested;
  GtkFileChooserNative *chooser;
  SxshImportPreview    *preview;
  char                 *result_text;
  char                 *failure_text;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkWidget            *cancel_button;
  GtkWidget            *back_button;
  GtkWidget            *import_button;
  GtkWidget            *continue_button;
  GtkStack             *stack;
  AdwComboRow          *kind_row;
  AdwActionRow         *file_row;
  AdwStatusPage        *working_page;
  GtkSpinner           *spinner;
  GtkLabel             *source_label;
  GtkLabel             *summary_label;
  GtkDropDown          *filter_dropdown;
  GtkWidget            *banner;
  GtkImage             *banner_icon;
  GtkLabel             *banner_label;
  GtkWidget            *recheck_button;
  GtkPaned             *paned;
  GtkStack             *rows_stack;
  AdwStatusPage        *rows_empty_page;
  GtkColumnView        *column_view;
  GtkWidget            *issues_box;
  GtkLabel             *issues_title;
  GtkListView          *issue_view;
  AdwStatusPage        *failed_page;
};

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

/* The workbooks the dialog writes are for the department's officers, like
 * every document of the program: their names are Vietnamese whatever the
 * language of the interface. */
static const char * const template_names[] = {
  "mau-nhap-co-so.xlsx",
  "mau-nhap-so-lieu-hang-nam.xlsx",
  "mau-nhap-tieu-thu.xlsx",
};

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

/* Guessing the kind of data */

typedef struct
{
  SxshImportKind  kind;
  const char     *word;
} KindWord;

/* Words of file and sheet names, folded (lower case, no accents), with the
 * more specific kinds first: "tieu-thu-co-so.xlsx" holds consumption. */
static const KindWord name_words[] = {
  { SXSH_IMPORT_CONSUMPTION, "consumption" },
  { SXSH_IMPORT_CONSUMPTION, "tieu thu" },
  { SXSH_IMPORT_CONSUMPTION, "tieuthu" },
  { SXSH_IMPORT_CONSUMPTION, "nang luong" },
  { SXSH_IMPORT_CONSUMPTION, "energy" },
  { SXSH_IMPORT_ANNUAL, "annual" },
  { SXSH_IMPORT_ANNUAL, "yearly" },
  { SXSH_IMPORT_ANNUAL, "hang nam" },
  { SXSH_IMPORT_ANNUAL, "hangnam" },
  { SXSH_IMPORT_ANNUAL, "so lieu nam" },
  { SXSH_IMPORT_FACILITIES, "facilit" },
  { SXSH_IMPORT_FACILITIES, "co so" },
  { SXSH_IMPORT_FACILITIES, "coso" },
  { SXSH_IMPORT_FACILITIES, "doanh nghiep" },
  { SXSH_IMPORT_FACILITIES, "danh sach" },
};

/* Column headers that only one kind has, folded, English keys and
 * Vietnamese labels alike. */
static const KindWord header_words[] = {
  { SXSH_IMPORT_CONSUMPTION, "resource" },
  { SXSH_IMPORT_CONSUMPTION, "quantity" },
  { SXSH_IMPORT_CONSUMPTION, "tai nguyen" },
  { SXSH_IMPORT_CONSUMPTION, "so luong" },
  { SXSH_IMPORT_CONSUMPTION, "luong tieu thu" },
  { SXSH_IMPORT_CONSUMPTION, "loai nang luong" },
  { SXSH_IMPORT_ANNUAL, "informed" },
  { SXSH_IMPORT_ANNUAL, "applying" },
  { SXSH_IMPORT_ANNUAL, "dedicated_unit" },
  { SXSH_IMPORT_ANNUAL, "output" },
  { SXSH_IMPORT_ANNUAL, "baseline" },
  { SXSH_IMPORT_ANNUAL, "report_received" },
  { SXSH_IMPORT_ANNUAL, "duoc tuyen truyen" },
  { SXSH_IMPORT_ANNUAL, "ap dung sxsh" },
  { SXSH_IMPORT_ANNUAL, "bo phan chuyen trach" },
  { SXSH_IMPORT_ANNUAL, "san luong" },
  { SXSH_IMPORT_ANNUAL, "nam co so" },
  { SXSH_IMPORT_ANNUAL, "ngay nhan bao cao" },
  { SXSH_IMPORT_FACILITIES, "sector" },
  { SXSH_IMPORT_FACILITIES, "admin_unit" },
  { SXSH_IMPORT_FACILITIES, "address" },
  { SXSH_IMPORT_FACILITIES, "employees" },
  { SXSH_IMPORT_FACILITIES, "revenue_bn" },
  { SXSH_IMPORT_FACILITIES, "cp_potential" },
  { SXSH_IMPORT_FACILITIES, "nganh" },
  { SXSH_IMPORT_FACILITIES, "dia ban" },
  { SXSH_IMPORT_FACILITIES, "dia chi" },
  { SXSH_IMPORT_FACILITIES, "don vi hanh chinh" },
  { SXSH_IMPORT_FACILITIES, "so lao dong" },
  { SXSH_IMPORT_FACILITIES, "quy mo" },
  { SXSH_IMPORT_FACILITIES, "doanh thu" },
  { SXSH_IMPORT_FACILITIES, "tiem nang sxsh" },
};

/* Folds @text and turns the separators of file names into spaces, with a
 * space at each end so that words can be looked for whole. */
static char *
fold_words (const char *text)
{
  g_autofree char *folded = sxsh_text_fold (text);
  GString *words = g_string_new (" ");

  for (const char *p = folded; *p != '\0'; p++)
    g_string_append_c (words, strchr ("-_.,;()[]", *p) != NULL ? ' ' : *p);
  g_string_append_c (words, ' ');

  return g_string_free (words, FALSE);
}

static gboolean
guess_from_words (const char     *text,
                  SxshImportKind *kind)
{
  g_autofree char *words = fold_words (text);

  for (guint i = 0; i < G_N_ELEMENTS (name_words); i++)
    {
      g_autofree char *word = g_strconcat (" ", name_words[i].word, NULL);

      /* Names are matched from the start of a word: "facilities" and
       * "facility" alike, but not "co so" inside "nam co so". */
      if (strstr (words, word) != NULL)
        {
          *kind = name_words[i].kind;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * sxsh_import_dialog_guess_kind:
 * @file_name: the file's name, with or without its folder
 * @kind: (out): the kind of data the name suggests
 *
 * Guesses what a file holds from its name, in English or Vietnamese:
 * "facilities.xlsx", "co-so.csv", "tieu-thu-2024.xlsx".
 *
 * Returns: %TRUE when the name suggests a kind
 */
gboolean
sxsh_import_dialog_guess_kind (const char     *file_name,
                               SxshImportKind *kind)
{
  g_autofree char *base = NULL;
  char *dot;

  g_return_val_if_fail (file_name != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  base = g_path_get_basename (file_name);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';

  return guess_from_words (base, kind);
}

/* Looks at the sheet names, then at the headers of the first sheet: a
 * workbook saved from the template has sheets named after the kind. */
static gboolean
guess_from_table (SxshTable      *table,
                  SxshImportKind *kind)
{
  guint score[SXSH_IMPORT_CONSUMPTION + 1] = { 0 };
  SxshSheet *sheet = NULL;
  guint best = 0;
  gboolean tie = FALSE;

  for (guint i = 0; i < sxsh_table_get_n_sheets (table); i++)
    {
      SxshSheet *candidate = sxsh_table_get_sheet (table, i);

      if (sxsh_sheet_get_hidden (candidate))
        continue;
      if (sheet == NULL)
        sheet = candidate;
      if (sxsh_table_get_n_sheets (table) > 1
          && guess_from_words (sxsh_sheet_get_name (candidate), kind))
        return TRUE;
    }

  if (sheet == NULL || sxsh_sheet_get_n_rows (sheet) == 0)
    return FALSE;

  for (guint c = 0; c < sxsh_sheet_get_n_columns (sheet, 0); c++)
    {
      const SxshCell *cell = sxsh_sheet_get_cell (sheet, 0, c);
      g_autofree char *folded = NULL;

      if (cell == NULL || cell->text == NULL || *cell->text == '\0')
        continue;
      folded = sxsh_text_fold (g_strstrip (g_strdup (cell->text)));
      for (guint i = 0; i < G_N_ELEMENTS (header_words); i++)
        if (g_str_has_prefix (folded, header_words[i].word))
          {
            score[header_words[i].kind]++;
            break;
          }
    }

  for (guint k = 0; k <= SXSH_IMPORT_CONSUMPTION; k++)
    {
      if (score[k] > best)
        {
          best = score[k];
          *kind = k;
          tie = FALSE;
        }
      else if (score[k] == best && best > 0)
        tie = TRUE;
    }

  return best > 0 && !tie;
}

/**
 * sxsh_import_dialog_is_importable:
 *
 * Returns: whether @file has the name of a file the import reads: a .csv
 *   file or an .xlsx workbook
 */
gboolean
sxsh_import_dialog_is_importable (GFile *file)
{
  g_autofree char *base = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  base = g_file_get_basename (file);
  if (base == NULL)
    return FALSE;
  lower = g_ascii_strdown (base, -1);

  return g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".xlsx");
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

  if (self->file == NULL)
    {
      adw_action_row_set_subtitle (self->file_row, _("No file chosen"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      return;
    }

  name = g_file_get_parse_name (self->file);
  adw_action_row_set_subtitle (self->file_row, name);
  g_clear_pointer (&name, g_free);
  name = g_file_get_basename (self->file);
  {
    g_autofree char *display = g_filename_display_name (name);
    adw_window_title_set_subtitle (self->window_title, display);
  }
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
  adw_status_page_set_description (self->failed_page, message);
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
  gtk_widget_grab_focus (can_apply (self) ? self->import_button : GTK_WIDGET (self->column_view));
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
  adw_status_page_set_description (self->working_page, description);
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
  if (table != NULL && guess_from_table (table, &kind))
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
      adw_status_page_set_description (self->working_page, description);

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
  adw_status_page_set_description (self->working_page, description);
  set_step (self, "working");

  sxsh_import_apply_async (self->plan, self->cancellable, apply_cb, g_object_ref (self));
}

/* Choosing files */

static GFile *
get_last_folder (SxshImportDialog *self)
{
  g_autofree char *path = NULL;

  if (self->settings != NULL)
    path = g_settings_get_string (self->settings, "last-folder");
  if (path == NULL || *path == '\0' || !g_file_test (path, G_FILE_TEST_IS_DIR))
    return NULL;

  return g_file_new_for_path (path);
}

static void
remember_folder (SxshImportDialog *self,
                 GFile            *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = NULL;

  if (self->settings == NULL || parent == NULL)
    return;
  path = g_file_get_path (parent);
  if (path != NULL)
    g_settings_set_string (self->settings, "last-folder", path);
}

static GtkFileChooserNative *
chooser_new (SxshImportDialog     *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept_label)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) spreadsheets = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr(GFile) folder = get_last_folder (self);

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label,
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      gtk_file_filter_set_name (spreadsheets, _("CSV Files and Excel Workbooks"));
      gtk_file_filter_add_suffix (spreadsheets, "csv");
      gtk_file_filter_add_suffix (spreadsheets, "xlsx");
      gtk_file_filter_add_mime_type (spreadsheets, "text/csv");
      gtk_file_filter_add_mime_type (spreadsheets,
                                     "application/vnd.openxmlformats-officedocument."
                                     "spreadsheetml.sheet");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), spreadsheets);
      gtk_file_filter_set_name (all, _("All Files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
    }
  else
    {
      gtk_file_filter_set_name (spreadsheets, _("Excel Workbooks"));
      gtk_file_filter_add_suffix (spreadsheets, "xlsx");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), spreadsheets);
    }

  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);

  return chooser;
}

static void
choose_response_cb (SxshImportDialog     *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  remember_folder (self, file);
  sxsh_import_dialog_open_file (self, file);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SxshImportDialog *self = SXSH_IMPORT_DIALOG (widget);

  if (self->chooser != NULL)
    return;

  self->chooser = chooser_new (self, _("Choose a File to Import"), GTK_FILE_CHOOSER_ACTION_OPEN,
                               _("_Open"));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (choose_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_template_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SxshImportDialog *self = SXSH_IMPORT_DIALOG (widget);
  g_autofree char *uri = NULL;

  if (self->template_file == NULL)
    return;

  uri = g_file_get_uri (self->template_file);
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static gboolean
write_template (SxshImportDialog  *self,
                GFile             *file,
                GError           **error)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The template can only be saved to a local folder."));
      return FALSE;
    }

  return sxsh_import_write_template (self->database, self->kind, path, error);
}

static void
template_response_cb (SxshImportDialog     *self,
                      int                   response,
                      GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  remember_folder (self, file);
  if (!write_template (self, file, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  _("Cannot Save the Template"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  g_set_object (&self->template_file, file);
  base = g_file_get_basename (file);
  title = g_strdup_printf (_("Template saved as “%s”"), base);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "import.open-template");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
template_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SxshImportDialog *self = SXSH_IMPORT_DIALOG (widget);

  if (self->chooser != NULL)
    return;

  self->chooser = chooser_new (self, _("Save the Template"), GTK_FILE_CHOOSER_ACTION_SAVE,
                               _("_Save"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser),
                                     template_names[self->kind]);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (template_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
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
  if (focus != NULL && (GTK_IS_BUTTON (focus) || gtk_widget_get_ancestor (focus, GTK_TYPE_BUTTON)))
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

/* Drops */

static GFile *
first_importable (const GValue *value)
{
  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      GFile *file = g_value_get_object (value);

      return file != NULL && sxsh_import_dialog_is_importable (file) ? g_object_ref (file) : NULL;
    }

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GdkFileList *list = g_value_get_boxed (value);
      g_autoptr(GSList) files = list != NULL ? gdk_file_list_get_files (list) : NULL;

      for (GSList *l = files; l != NULL; l = l->next)
        if (sxsh_import_dialog_is_importable (l->data))
          return g_object_ref (l->data);
    }

  return NULL;
}

static GSettings *
get_window_settings (GtkWindow *window)
{
  GtkApplication *application = gtk_window_get_application (window);

  return SXSH_IS_APPLICATION (application)
         ? sxsh_application_get_settings (SXSH_APPLICATION (application)) : NULL;
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  g_autoptr(GFile) file = first_importable (value);

  if (file == NULL)
    {
      AdwToast *toast = adw_toast_new (_("Only CSV files and Excel workbooks (.xlsx) can be "
                                         "imported"));

      if (SXSH_IS_IMPORT_DIALOG (widget))
        adw_toast_overlay_add_toast (SXSH_IMPORT_DIALOG (widget)->toast_overlay, toast);
      else if (SXSH_IS_WINDOW (widget))
        sxsh_window_add_toast (SXSH_WINDOW (widget), toast);
      else
        g_object_unref (g_object_ref_sink (toast));
      return FALSE;
    }

  if (SXSH_IS_IMPORT_DIALOG (widget))
    {
      SxshImportDialog *self = SXSH_IMPORT_DIALOG (widget);

      if (self->applying)
        return FALSE;
      /* A file dropped on the preview is a new file: its name tells its kind. */
      if (g_strcmp0 (get_step (self), "start") != 0)
        self->kind_chosen = FALSE;
      sxsh_import_dialog_open_file (self, file);
      return TRUE;
    }

  if (SXSH_IS_WINDOW (widget))
    {
      SxshWindow *window = SXSH_WINDOW (widget);

      sxsh_import_dialog_present (GTK_WINDOW (window), sxsh_window_get_database (window),
                                  get_window_settings (GTK_WINDOW (window)), file);
      return TRUE;
    }

  return FALSE;
}

/**
 * sxsh_import_dialog_drop_target_new:
 *
 * A drop target for the main window or the dialog: a .csv or .xlsx file
 * dropped on it opens in the import dialog, its kind guessed from its name
 * or content.
 *
 * Returns: (transfer full): the controller, to add to the widget
 */
GtkDropTarget *
sxsh_import_dialog_drop_target_new (void)
{
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), NULL);

  return target;
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

  gtk_widget_class_install_action (widget_class, "import.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "import.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "import.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "import.template", NULL, template_action);
  gtk_widget_class_install_action (widget_class, "import.open-template", NULL,
                                   open_template_action);
  gtk_widget_class_install_action (widget_class, "import.copy-issues", NULL, copy_issues_action);

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

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-import-dialog-private.h"
#include "sxsh-text.h"
#include "sxsh-window.h"

/* The files of the import dialog: the file to import, chosen in a file
 * chooser or dropped on the main window or the dialog, with the kind of
 * data it holds guessed from its name, its sheets or its headers; and the
 * empty template the user can save and fill in. */

/* The workbooks the dialog writes are for the department's officers, like
 * every document of the program: their names are Vietnamese whatever the
 * language of the interface. */
static const char * const template_names[] = {
  "mau-nhap-co-so.xlsx",
  "mau-nhap-so-lieu-hang-nam.xlsx",
  "mau-nhap-tieu-thu.xlsx",
};

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
gboolean
sxsh_import_dialog_guess_from_table (SxshTable      *table,
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

static void
template_response_cb (SxshImportDialog     *self,
                      int                   response,
                      GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  remember_folder (self, file);
  if (!sxsh_import_dialog_save_template (self, file, &error))
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
  /* A toast's title is markup. */
  escaped = g_markup_escape_text (base, -1);
  title = g_strdup_printf (_("Template saved as “%s”"), escaped);
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
      if (g_strcmp0 (sxsh_import_dialog_get_step (self), "start") != 0)
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

/**
 * sxsh_import_dialog_save_template:
 * @file: where the user chose to save it
 *
 * Writes the empty workbook of the kind chosen, what Download Template…
 * does once the user picked a file.
 */
gboolean
sxsh_import_dialog_save_template (SxshImportDialog  *self,
                                  GFile             *file,
                                  GError           **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (SXSH_IS_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The template can only be saved to a folder on this computer."));
      return FALSE;
    }

  return sxsh_import_write_template (self->database, self->kind, path, error);
}

/* The actions of this part, installed by the dialog's class. */
void
sxsh_import_dialog_class_add_file_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "import.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "import.template", NULL, template_action);
  gtk_widget_class_install_action (widget_class, "import.open-template", NULL,
                                   open_template_action);
}

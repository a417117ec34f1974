/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-import-preview.h"

/* What an import would do, shown before anything is written: one line per
 * row of the file in a column view (its action, its row number, its
 * problems and the values as they will be stored, the values an update
 * changes emphasised), and the list of every error and warning.
 *
 * Rows with errors are not in the plan's rows, so the lines are the plan's
 * rows and the rows named by issues, merged in the order of the file.  The
 * models hold only the index of each line, as text, so that a file of many
 * thousand rows costs one small string per row, and only the lines on
 * screen have widgets. */

typedef struct
{
  int     number;      /* the spreadsheet's row number */
  int     plan_row;    /* the row in the plan, -1 for a row refused */
  GArray *issues;      /* indexes in the plan's issues, or NULL */
  guint   has_error : 1;
  guint   has_warning : 1;
} Line;

struct _SxshImportPreview
{
  GObject             parent_instance;

  SxshImportPlan     *plan;
  GArray             *lines;          /* Line */
  GtkStringList      *line_list;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkSingleSelection *selection;
  GtkStringList      *issue_list;
  SxshImportRows      shown;

  char               *source_text;
  char               *summary_text;
  char               *issues_title;
  char               *banner_text;

  GtkColumnView      *rows_view;
  GtkListView        *issues_view;
};

G_DEFINE_FINAL_TYPE (SxshImportPreview, sxsh_import_preview, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  SIGNAL_SUMMARY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const action_classes[] = { "add", "update", "unchanged", "error" };

typedef struct
{
  const char *key;
  int         width;
  gboolean    numeric;
  gboolean    expand;
} ColumnLook;

/* The widths the columns start with, for what they usually hold. */
static const ColumnLook column_looks[] = {
  { "tax_code", 120, FALSE, FALSE },
  { "name", 320, FALSE, TRUE },
  { "facility", 280, FALSE, TRUE },
  { "sector", 200, FALSE, FALSE },
  { "admin_unit", 170, FALSE, FALSE },
  { "address", 220, FALSE, FALSE },
  { "size", 84, FALSE, FALSE },
  { "employees", 96, TRUE, FALSE },
  { "revenue_bn", 150, TRUE, FALSE },
  { "capital_bn", 150, TRUE, FALSE },
  { "cp_potential", 110, FALSE, FALSE },
  { "first_year", 90, TRUE, FALSE },
  { "last_year", 90, TRUE, FALSE },
  { "zone", 170, FALSE, FALSE },
  { "main_products", 190, FALSE, FALSE },
  { "contact_person", 160, FALSE, FALSE },
  { "phone", 120, TRUE, FALSE },
  { "email", 190, FALSE, FALSE },
  { "notes", 220, FALSE, FALSE },
  { "year", 64, TRUE, FALSE },
  { "informed", 90, FALSE, FALSE },
  { "applying", 100, FALSE, FALSE },
  { "dedicated_unit", 130, FALSE, FALSE },
  { "output", 110, TRUE, FALSE },
  { "output_unit", 110, FALSE, FALSE },
  { "baseline", 110, FALSE, FALSE },
  { "report_received", 130, TRUE, FALSE },
  { "resource", 200, FALSE, FALSE },
  { "quantity", 120, TRUE, FALSE },
  { "unit", 80, FALSE, FALSE },
};

static const ColumnLook *
get_look (const char *key)
{
  static const ColumnLook other = { NULL, 140, FALSE, FALSE };

  for (guint i = 0; i < G_N_ELEMENTS (column_looks); i++)
    if (g_strcmp0 (column_looks[i].key, key) == 0)
      return &column_looks[i];

  return &other;
}

static void
line_clear (gpointer data)
{
  Line *line = data;

  g_clear_pointer (&line->issues, g_array_unref);
}

/* Lines */

static Line *
get_line_of_item (SxshImportPreview *self,
                  gpointer           item)
{
  guint64 index;

  if (!GTK_IS_STRING_OBJECT (item))
    return NULL;
  index = g_ascii_strtoull (gtk_string_object_get_string (item), NULL, 10);
  if (index >= self->lines->len)
    return NULL;

  return &g_array_index (self->lines, Line, index);
}

/* Returns: the line at @position of the rows shown, or %NULL */
static Line *
get_shown_line (SxshImportPreview *self,
                guint              position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);

  return item != NULL ? get_line_of_item (self, item) : NULL;
}

static SxshImportIssue *
get_issue (SxshImportPreview *self,
           guint              index)
{
  return g_ptr_array_index (sxsh_import_plan_get_issues (self->plan), index);
}

static const char *
get_badge (SxshImportPreview *self,
           const Line        *line,
           const char       **css_class)
{
  SxshImportAction action;

  if (line->has_error || line->plan_row < 0)
    {
      *css_class = "error";
      return _("Error");
    }

  action = sxsh_import_plan_get_row_action (self->plan, line->plan_row);
  switch (action)
    {
    case SXSH_IMPORT_ACTION_ADD:
      *css_class = "add";
      return _("Add");
    case SXSH_IMPORT_ACTION_UPDATE:
      *css_class = "update";
      return _("Update");
    case SXSH_IMPORT_ACTION_UNCHANGED:
    default:
      *css_class = "unchanged";
      return _("Unchanged");
    }
}

static char *
format_problem (const SxshImportIssue *issue)
{
  if (issue->column != NULL)
    /* Translators: a problem of a row: the column's header, then what is wrong. */
    return g_strdup_printf (_("“%s”: %s"), issue->column, issue->message);

  return g_strdup (issue->message);
}

/* The row's first error, or its first warning. */
static const SxshImportIssue *
get_main_issue (SxshImportPreview *self,
                const Line        *line)
{
  const SxshImportIssue *first = NULL;

  if (line->issues == NULL)
    return NULL;

  for (guint i = 0; i < line->issues->len; i++)
    {
      const SxshImportIssue *issue = get_issue (self, g_array_index (line->issues, guint, i));

      if (!issue->warning)
        return issue;
      if (first == NULL)
        first = issue;
    }

  return first;
}

static char *
get_problems_tooltip (SxshImportPreview *self,
                      const Line        *line)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; line->issues != NULL && i < line->issues->len; i++)
    {
      const SxshImportIssue *issue = get_issue (self, g_array_index (line->issues, guint, i));
      g_autofree char *problem = format_problem (issue);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, problem);
    }

  return g_string_free (text, FALSE);
}

static int
find_column (SxshImportPreview *self,
             const char        *key)
{
  for (guint c = 0; c < sxsh_import_plan_get_n_columns (self->plan); c++)
    if (g_strcmp0 (sxsh_import_plan_get_column_key (self->plan, c), key) == 0)
      return (int) c;

  return -1;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  SxshImportPreview *self = user_data;
  Line *line = get_line_of_item (self, item);
  SxshImportAction action;

  if (line == NULL)
    return FALSE;
  if (self->shown == SXSH_IMPORT_ROWS_ALL)
    return TRUE;
  if (self->shown == SXSH_IMPORT_ROWS_PROBLEMS)
    return line->has_error || line->has_warning;
  if (line->has_error || line->plan_row < 0)
    return FALSE;

  action = sxsh_import_plan_get_row_action (self->plan, line->plan_row);
  switch (self->shown)
    {
    case SXSH_IMPORT_ROWS_ADD: return action == SXSH_IMPORT_ACTION_ADD;
    case SXSH_IMPORT_ROWS_UPDATE: return action == SXSH_IMPORT_ACTION_UPDATE;
    case SXSH_IMPORT_ROWS_UNCHANGED: return action == SXSH_IMPORT_ACTION_UNCHANGED;
    default: return TRUE;
    }
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const Line *line_a = a;
  const Line *line_b = b;

  if (line_a->number != line_b->number)
    return line_a->number < line_b->number ? -1 : 1;

  return line_a->plan_row < line_b->plan_row ? -1 : line_a->plan_row > line_b->plan_row;
}

static void
build_lines (SxshImportPreview *self)
{
  g_autoptr(GHashTable) by_number = g_hash_table_new (NULL, NULL);
  GPtrArray *issues = sxsh_import_plan_get_issues (self->plan);
  guint n_rows = sxsh_import_plan_get_n_rows (self->plan);

  for (guint r = 0; r < n_rows; r++)
    {
      Line line = { sxsh_import_plan_get_row_number (self->plan, r), (int) r, NULL, 0, 0 };

      g_array_append_val (self->lines, line);
      g_hash_table_insert (by_number, GINT_TO_POINTER (line.number),
                           GUINT_TO_POINTER (self->lines->len));
    }

  for (guint i = 0; i < issues->len; i++)
    {
      const SxshImportIssue *issue = g_ptr_array_index (issues, i);
      guint index;
      Line *line;

      /* Problems of the header or of the whole file are only in the list. */
      if (issue->row <= 1)
        continue;

      index = GPOINTER_TO_UINT (g_hash_table_lookup (by_number, GINT_TO_POINTER (issue->row)));
      if (index == 0)
        {
          Line refused = { issue->row, -1, NULL, 0, 0 };

          g_array_append_val (self->lines, refused);
          index = self->lines->len;
          g_hash_table_insert (by_number, GINT_TO_POINTER (issue->row), GUINT_TO_POINTER (index));
        }

      line = &g_array_index (self->lines, Line, index - 1);
      if (line->issues == NULL)
        line->issues = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (line->issues, i);
      if (issue->warning)
        line->has_warning = TRUE;
      else
        line->has_error = TRUE;
    }

  g_array_sort (self->lines, compare_lines);
}

/* Texts */

static void
build_texts (SxshImportPreview *self)
{
  SxshImportPlan *plan = self->plan;
  guint n_errors = sxsh_import_plan_get_n_errors (plan);
  guint n_warnings = sxsh_import_plan_get_n_warnings (plan);
  const char *file_name = sxsh_import_plan_get_file_name (plan);
  const char *sheet = sxsh_import_plan_get_sheet_name (plan);
  const char *kind = sxsh_import_kind_get_label (sxsh_import_plan_get_kind (plan));
  g_autofree char *lower_path = g_ascii_strdown (sxsh_import_plan_get_path (plan), -1);
  g_autofree char *errors = NULL;
  g_autofree char *warnings = NULL;
  GString *summary;

  /* A CSV file has one sheet, named after the file: only a workbook's is
   * worth naming. */
  if (sheet != NULL && *sheet != '\0' && g_str_has_suffix (lower_path, ".xlsx"))
    /* Translators: the kind of data ("Facilities"), the file, and its sheet. */
    self->source_text = g_strdup_printf (_("%s from “%s”, sheet “%s”"), kind, file_name, sheet);
  else
    /* Translators: the kind of data ("Facilities"), and the file. */
    self->source_text = g_strdup_printf (_("%s from “%s”"), kind, file_name);

  summary = g_string_new (NULL);
  g_string_append_printf (summary, _("%u to add"), sxsh_import_plan_get_n_to_add (plan));
  g_string_append (summary, ", ");
  g_string_append_printf (summary, _("%u to update"), sxsh_import_plan_get_n_to_update (plan));
  g_string_append (summary, ", ");
  g_string_append_printf (summary, _("%u unchanged"), sxsh_import_plan_get_n_unchanged (plan));

  errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", n_errors),
                            n_errors);
  warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                           n_warnings), n_warnings);
  if (n_errors > 0 || n_warnings > 0)
    g_string_append_printf (summary, "; %s, %s", errors, warnings);
  self->summary_text = g_string_free (summary, FALSE);

  g_clear_pointer (&errors, g_free);
  g_clear_pointer (&warnings, g_free);
  errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Error", "%u Errors", n_errors),
                            n_errors);
  warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Warning", "%u Warnings",
                                           n_warnings), n_warnings);
  if (n_errors > 0 && n_warnings > 0)
    self->issues_title = g_strdup_printf ("%s, %s", errors, warnings);
  else
    self->issues_title = g_strdup (n_errors > 0 ? errors : warnings);

  if (n_errors > 0)
    self->banner_text = g_strdup (_("Nothing will be imported until the file is fixed. Correct "
                                    "the errors listed below in the file, save it, then check "
                                    "it again."));
  else if (sxsh_import_plan_get_n_rows (plan) == 0)
    self->banner_text = g_strdup (_("Nothing to import: the file has no rows."));
  else if (sxsh_import_plan_get_n_to_add (plan) + sxsh_import_plan_get_n_to_update (plan) == 0)
    self->banner_text = g_strdup (_("Nothing to import: the database already holds every row "
                                    "of the file as it is."));
}

/* Cells */

static GtkWidget *
cell_label_new (gboolean numeric)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");

  return label;
}

static void
setup_action_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "import-action");
  gtk_list_item_set_child (item, label);
}

static void
bind_action_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                SxshImportPreview        *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  Line *line = get_line_of_item (self, gtk_list_item_get_item (item));
  const char *css_class = NULL;

  if (line == NULL || self->plan == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (action_classes); i++)
    gtk_widget_remove_css_class (label, action_classes[i]);
  gtk_label_set_text (GTK_LABEL (label), get_badge (self, line, &css_class));
  gtk_widget_add_css_class (label, css_class);

  /* What an update changes, for the columns out of sight. */
  if (g_str_equal (css_class, "update"))
    {
      g_autoptr(GString) titles = g_string_new (NULL);
      g_autofree char *tooltip = NULL;

      for (guint c = 0; c < sxsh_import_plan_get_n_columns (self->plan); c++)
        {
          if (!sxsh_import_plan_get_value_changed (self->plan, line->plan_row, c))
            continue;
          if (titles->len > 0)
            g_string_append (titles, ", ");
          g_string_append (titles, sxsh_import_plan_get_column_title (self->plan, c));
        }
      /* Translators: the titles of the columns an update changes. */
      tooltip = g_strdup_printf (_("Changes: %s"), titles->str);
      gtk_widget_set_tooltip_text (label, tooltip);
    }
  else
    gtk_widget_set_tooltip_text (label, NULL);
}

static void
setup_number_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = cell_label_new (FALSE);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_number_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                SxshImportPreview        *self)
{
  Line *line = get_line_of_item (self, gtk_list_item_get_item (item));
  char text[16];

  if (line == NULL)
    return;

  g_snprintf (text, sizeof text, "%d", line->number);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
setup_problem_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *image = gtk_image_new ();
  GtkWidget *label = cell_label_new (FALSE);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (box, "import-problem");
  gtk_list_item_set_child (item, box);
}

static void
bind_problem_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 SxshImportPreview        *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (image);
  Line *line = get_line_of_item (self, gtk_list_item_get_item (item));
  const SxshImportIssue *issue;
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  if (line == NULL || self->plan == NULL)
    return;

  gtk_widget_remove_css_class (box, "error");
  gtk_widget_remove_css_class (box, "warning");
  issue = get_main_issue (self, line);
  if (issue == NULL)
    {
      gtk_widget_set_visible (image, FALSE);
      gtk_label_set_text (GTK_LABEL (label), "");
      gtk_widget_set_tooltip_text (box, NULL);
      return;
    }

  text = format_problem (issue);
  tooltip = get_problems_tooltip (self, line);
  gtk_widget_set_visible (image, TRUE);
  gtk_image_set_from_icon_name (GTK_IMAGE (image), issue->warning ? "dialog-warning-symbolic"
                                                                  : "dialog-error-symbolic");
  gtk_widget_add_css_class (box, issue->warning ? "warning" : "error");
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (box, tooltip);
}

static void
setup_value_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  const ColumnLook *look = g_object_get_data (G_OBJECT (factory), "look");

  gtk_list_item_set_child (item, cell_label_new (look != NULL && look->numeric));
}

static void
bind_value_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               SxshImportPreview        *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  Line *line = get_line_of_item (self, gtk_list_item_get_item (item));
  const char *value;
  gboolean changed;

  if (line == NULL || self->plan == NULL || line->plan_row < 0
      || column >= sxsh_import_plan_get_n_columns (self->plan))
    {
      gtk_label_set_text (GTK_LABEL (label), "");
      gtk_widget_remove_css_class (label, "import-changed");
      gtk_widget_set_tooltip_text (label, NULL);
      return;
    }

  value = sxsh_import_plan_get_value (self->plan, line->plan_row, column);
  changed = sxsh_import_plan_get_value_changed (self->plan, line->plan_row, column);
  gtk_label_set_text (GTK_LABEL (label), value);

  if (changed)
    {
      g_autofree char *tooltip = NULL;

      gtk_widget_add_css_class (label, "import-changed");
      tooltip = *value != '\0'
                ? g_strdup_printf (_("Changed by this file: the database holds another value; "
                                     "“%s” replaces it."), value)
                : g_strdup (_("Changed by this file: the value the database holds is removed."));
      gtk_widget_set_tooltip_text (label, tooltip);
    }
  else
    {
      gtk_widget_remove_css_class (label, "import-changed");
      /* Long texts are cut to the column's width: the tooltip shows them. */
      gtk_widget_set_tooltip_text (label, g_utf8_strlen (value, -1) > 24 ? value : NULL);
    }
}

static GtkColumnViewColumn *
column_new (SxshImportPreview *self,
            const char        *title,
            GCallback          setup,
            GCallback          bind,
            int                width,
            gboolean           expand)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", setup, self);
  g_signal_connect (factory, "bind", bind, self);
  column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_fixed_width (column, width);
  gtk_column_view_column_set_expand (column, expand);

  return column;
}

static void
remove_columns (SxshImportPreview *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->rows_view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->rows_view, column);
    }
}

static void
add_columns (SxshImportPreview *self)
{
  g_autoptr(GtkColumnViewColumn) action = NULL;
  g_autoptr(GtkColumnViewColumn) number = NULL;
  gboolean has_row_issues = FALSE;
  GPtrArray *issues = sxsh_import_plan_get_issues (self->plan);

  action = column_new (self, _("Action"), G_CALLBACK (setup_action_cb),
                       G_CALLBACK (bind_action_cb), 112, FALSE);
  gtk_column_view_append_column (self->rows_view, action);
  number = column_new (self, _("Row"), G_CALLBACK (setup_number_cb), G_CALLBACK (bind_number_cb),
                       60, FALSE);
  gtk_column_view_append_column (self->rows_view, number);

  for (guint i = 0; i < issues->len && !has_row_issues; i++)
    has_row_issues = ((SxshImportIssue *) g_ptr_array_index (issues, i))->row > 0;
  if (has_row_issues)
    {
      g_autoptr(GtkColumnViewColumn) problem = NULL;

      problem = column_new (self, _("Problem"), G_CALLBACK (setup_problem_cb),
                            G_CALLBACK (bind_problem_cb), 280, FALSE);
      gtk_column_view_append_column (self->rows_view, problem);
    }

  for (guint c = 0; c < sxsh_import_plan_get_n_columns (self->plan); c++)
    {
      const ColumnLook *look = get_look (sxsh_import_plan_get_column_key (self->plan, c));
      g_autoptr(GtkColumnViewColumn) column = NULL;
      GtkListItemFactory *factory;

      column = column_new (self, sxsh_import_plan_get_column_title (self->plan, c),
                           G_CALLBACK (setup_value_cb), G_CALLBACK (bind_value_cb),
                           look->width, look->expand);
      factory = gtk_column_view_column_get_factory (column);
      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (c));
      g_object_set_data (G_OBJECT (factory), "look", (gpointer) look);
      gtk_column_view_append_column (self->rows_view, column);
    }
}

/* The list of problems */

static void
setup_issue_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *image = gtk_image_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_valign (image, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (box, "import-issue");
  gtk_list_item_set_child (item, box);
}

static void
bind_issue_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               SxshImportPreview        *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (image);
  guint position = gtk_list_item_get_position (item);
  const SxshImportIssue *issue;
  GtkStringObject *text = gtk_list_item_get_item (item);

  if (self->plan == NULL || position >= sxsh_import_plan_get_issues (self->plan)->len)
    return;

  issue = get_issue (self, position);
  gtk_image_set_from_icon_name (GTK_IMAGE (image), issue->warning ? "dialog-warning-symbolic"
                                                                  : "dialog-error-symbolic");
  gtk_widget_remove_css_class (image, "error");
  gtk_widget_remove_css_class (image, "warning");
  gtk_widget_add_css_class (image, issue->warning ? "warning" : "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  issue->warning ? _("Warning") : _("Error"), -1);
  gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (text));
}

/* GObject */

static void
sxsh_import_preview_dispose (GObject *object)
{
  SxshImportPreview *self = SXSH_IMPORT_PREVIEW (object);

  if (self->rows_view != NULL)
    {
      remove_columns (self);
      gtk_column_view_set_model (self->rows_view, NULL);
    }
  if (self->issues_view != NULL)
    gtk_list_view_set_model (self->issues_view, NULL);
  g_clear_object (&self->rows_view);
  g_clear_object (&self->issues_view);

  G_OBJECT_CLASS (sxsh_import_preview_parent_class)->dispose (object);
}

static void
sxsh_import_preview_finalize (GObject *object)
{
  SxshImportPreview *self = SXSH_IMPORT_PREVIEW (object);

  g_clear_object (&self->plan);
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_object (&self->line_list);
  g_clear_object (&self->filter);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->selection);
  g_clear_object (&self->issue_list);
  g_clear_pointer (&self->source_text, g_free);
  g_clear_pointer (&self->summary_text, g_free);
  g_clear_pointer (&self->issues_title, g_free);
  g_clear_pointer (&self->banner_text, g_free);

  G_OBJECT_CLASS (sxsh_import_preview_parent_class)->finalize (object);
}

static void
sxsh_import_preview_class_init (SxshImportPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sxsh_import_preview_dispose;
  object_class->finalize = sxsh_import_preview_finalize;

  /**
   * SxshImportPreview::changed:
   *
   * Emitted when the rows shown changed: another plan or another filter.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * SxshImportPreview::summary-changed:
   *
   * Emitted when the texts describing the plan changed.
   */
  signals[SIGNAL_SUMMARY_CHANGED] =
    g_signal_new ("summary-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sxsh_import_preview_init (SxshImportPreview *self)
{
  self->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  g_array_set_clear_func (self->lines, line_clear);
  self->line_list = gtk_string_list_new (NULL);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->line_list)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  self->issue_list = gtk_string_list_new (NULL);
}

/**
 * sxsh_import_preview_new:
 * @rows_view: the table of rows, whose columns the preview owns
 * @issues_view: the list of errors and warnings
 */
SxshImportPreview *
sxsh_import_preview_new (GtkColumnView *rows_view,
                         GtkListView   *issues_view)
{
  SxshImportPreview *self;
  g_autoptr(GtkListItemFactory) factory = NULL;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (rows_view), NULL);
  g_return_val_if_fail (GTK_IS_LIST_VIEW (issues_view), NULL);

  self = g_object_new (SXSH_TYPE_IMPORT_PREVIEW, NULL);
  self->rows_view = g_object_ref (rows_view);
  self->issues_view = g_object_ref (issues_view);

  gtk_column_view_set_model (rows_view, GTK_SELECTION_MODEL (self->selection));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_issue_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_issue_cb), self);
  gtk_list_view_set_factory (issues_view, factory);
  gtk_list_view_set_model (issues_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (
                             g_object_ref (G_LIST_MODEL (self->issue_list)))));

  return self;
}

/**
 * sxsh_import_preview_set_plan:
 * @plan: (nullable): the plan to show, or %NULL for none
 */
void
sxsh_import_preview_set_plan (SxshImportPreview *self,
                              SxshImportPlan    *plan)
{
  guint n_lines = 0;
  guint n_issues;

  g_return_if_fail (SXSH_IS_IMPORT_PREVIEW (self));
  g_return_if_fail (plan == NULL || SXSH_IS_IMPORT_PLAN (plan));

  if (self->rows_view == NULL)
    return;

  /* The old lines go first, while the old plan still explains them. */
  remove_columns (self);
  gtk_string_list_splice (self->line_list, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->line_list)), NULL);
  gtk_string_list_splice (self->issue_list, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->issue_list)), NULL);
  g_array_set_size (self->lines, 0);
  g_clear_pointer (&self->source_text, g_free);
  g_clear_pointer (&self->summary_text, g_free);
  g_clear_pointer (&self->issues_title, g_free);
  g_clear_pointer (&self->banner_text, g_free);

  g_set_object (&self->plan, plan);
  self->shown = SXSH_IMPORT_ROWS_ALL;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);

  if (plan != NULL)
    {
      GPtrArray *issues = sxsh_import_plan_get_issues (plan);
      g_autoptr(GPtrArray) strings = NULL;

      build_lines (self);
      build_texts (self);
      add_columns (self);

      n_lines = self->lines->len;
      strings = g_ptr_array_new_full (n_lines + 1, g_free);
      for (guint i = 0; i < n_lines; i++)
        g_ptr_array_add (strings, g_strdup_printf ("%u", i));
      g_ptr_array_add (strings, NULL);
      gtk_string_list_splice (self->line_list, 0, 0, (const char * const *) strings->pdata);

      n_issues = issues->len;
      g_ptr_array_set_size (strings, 0);
      for (guint i = 0; i < n_issues; i++)
        g_ptr_array_add (strings,
                         sxsh_import_issue_to_string (g_ptr_array_index (issues, i)));
      g_ptr_array_add (strings, NULL);
      gtk_string_list_splice (self->issue_list, 0, 0, (const char * const *) strings->pdata);
    }

  g_signal_emit (self, signals[SIGNAL_SUMMARY_CHANGED], 0);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

void
sxsh_import_preview_set_filter (SxshImportPreview *self,
                                SxshImportRows     filter)
{
  g_return_if_fail (SXSH_IS_IMPORT_PREVIEW (self));
  g_return_if_fail (filter <= SXSH_IMPORT_ROWS_PROBLEMS);

  if (self->shown == filter)
    return;

  self->shown = filter;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

guint
sxsh_import_preview_get_n_shown (SxshImportPreview *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PREVIEW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

/* Selects the line of the file's row @row_number, and scrolls to it. */
void
sxsh_import_preview_reveal_row (SxshImportPreview *self,
                                int                row_number)
{
  guint n;

  g_return_if_fail (SXSH_IS_IMPORT_PREVIEW (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  for (guint i = 0; i < n; i++)
    {
      Line *line = get_shown_line (self, i);

      if (line == NULL || line->number != row_number)
        continue;

      gtk_single_selection_set_selected (self->selection, i);
      /* GTK 4.8's column view has no call of its own for scrolling: its
       * inner list view does it. */
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->rows_view));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_LIST_VIEW (child))
          gtk_widget_activate_action (child, "list.scroll-to-item", "u", i);
      return;
    }
}

/* "Facilities from “co-so.xlsx”, sheet “Cơ sở”" */
const char *
sxsh_import_preview_get_source_text (SxshImportPreview *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PREVIEW (self), NULL);

  return self->source_text;
}

/* "120 to add, 35 to update, 5 unchanged; 2 errors, 3 warnings" */
const char *
sxsh_import_preview_get_summary_text (SxshImportPreview *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PREVIEW (self), NULL);

  return self->summary_text;
}

const char *
sxsh_import_preview_get_issues_title (SxshImportPreview *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PREVIEW (self), NULL);

  return self->issues_title;
}

/* Returns: (nullable): why nothing can be imported, or %NULL */
const char *
sxsh_import_preview_get_banner_text (SxshImportPreview *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PREVIEW (self), NULL);

  return self->banner_text;
}

/**
 * sxsh_import_preview_get_issues_text:
 *
 * Returns: (transfer full) (nullable): the file's name and every error and
 *   warning, one a line, to paste into a message; %NULL when there is none
 */
char *
sxsh_import_preview_get_issues_text (SxshImportPreview *self)
{
  GPtrArray *issues;
  GString *text;

  g_return_val_if_fail (SXSH_IS_IMPORT_PREVIEW (self), NULL);

  if (self->plan == NULL)
    return NULL;
  issues = sxsh_import_plan_get_issues (self->plan);
  if (issues->len == 0)
    return NULL;

  text = g_string_new (NULL);
  g_string_append_printf (text, "%s — %s\n", sxsh_import_plan_get_file_name (self->plan),
                          self->issues_title);
  for (guint i = 0; i < issues->len; i++)
    {
      const SxshImportIssue *issue = g_ptr_array_index (issues, i);
      g_autofree char *line = sxsh_import_issue_to_string (issue);

      /* Translators: one line of the problems copied to the clipboard. */
      g_string_append_printf (text, issue->warning ? _("Warning: %s") : _("Error: %s"), line);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

GListModel *
sxsh_import_preview_get_issue_model (SxshImportPreview *self)
{
  g_return_val_if_fail (SXSH_IS_IMPORT_PREVIEW (self), NULL);

  return G_LIST_MODEL (self->issue_list);
}

/**
 * sxsh_import_preview_get_cell_text:
 * @position: a line of the rows shown
 * @key: "action", "row", "problem", or a column's key such as "tax_code"
 *
 * Returns: (transfer full) (nullable): the text of the cell as shown
 */
char *
sxsh_import_preview_get_cell_text (SxshImportPreview *self,
                                   guint              position,
                                   const char        *key)
{
  Line *line;
  int column;

  g_return_val_if_fail (SXSH_IS_IMPORT_PREVIEW (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  line = get_shown_line (self, position);
  if (line == NULL)
    return NULL;

  if (g_str_equal (key, "action"))
    {
      const char *css_class;
      return g_strdup (get_badge (self, line, &css_class));
    }
  if (g_str_equal (key, "row"))
    return g_strdup_printf ("%d", line->number);
  if (g_str_equal (key, "problem"))
    {
      const SxshImportIssue *issue = get_main_issue (self, line);
      return issue != NULL ? format_problem (issue) : g_strdup ("");
    }

  column = find_column (self, key);
  if (column < 0)
    return NULL;
  if (line->plan_row < 0)
    return g_strdup ("");

  return g_strdup (sxsh_import_plan_get_value (self->plan, line->plan_row, column));
}

const char *
sxsh_import_preview_get_badge (SxshImportPreview *self,
                               guint              position)
{
  const char *css_class;
  Line *line;

  g_return_val_if_fail (SXSH_IS_IMPORT_PREVIEW (self), NULL);

  line = get_shown_line (self, position);

  return line != NULL ? get_badge (self, line, &css_class) : NULL;
}

gboolean
sxsh_import_preview_get_cell_changed (SxshImportPreview *self,
                                      guint              position,
                                      const char        *key)
{
  Line *line;
  int column;

  g_return_val_if_fail (SXSH_IS_IMPORT_PREVIEW (self), FALSE);

  line = get_shown_line (self, position);
  column = find_column (self, key);
  if (line == NULL || line->plan_row < 0 || column < 0)
    return FALSE;

  return sxsh_import_plan_get_value_changed (self->plan, line->plan_row, (guint) column);
}

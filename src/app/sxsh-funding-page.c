/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-format.h"
#include "sxsh-funding-editor.h"
#include "sxsh-funding-page-private.h"
#include "sxsh-page-helpers.h"
#include "sxsh-text.h"

/* The year's budget for cleaner production: a line per source and plan
 * task with what was planned and what was disbursed, the totals of each
 * source and of the year above the list, with the share disbursed. */

/* A card above the list: one source, or all of them. */
typedef struct
{
  GtkLabel    *amounts;
  GtkLabel    *share;
  GtkLevelBar *bar;
} TotalCard;

struct _SxshFundingPage
{
  AdwBin               parent_instance;

  SxshDatabase        *database;
  SxshFundingStore    *store;
  GtkCustomFilter     *source_filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  int                  year;
  char                *search_folded;
  gint64               reload_selection;
  TotalCard            cards[SXSH_FUNDING_N_SOURCES];   /* indexed by source; NONE = all */

  /* Weak pointers, for the tests and to avoid opening two editors. */
  AdwToast            *undo_toast;
  SxshFundingEditor   *editor;

  /* Template widgets */
  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  GtkFlowBox          *totals_box;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *source_dropdown;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *source_column;
  GtkColumnViewColumn *task_column;
  GtkColumnViewColumn *planned_column;
  GtkColumnViewColumn *disbursed_column;
  GtkColumnViewColumn *share_column;
  GtkColumnViewColumn *notes_column;
  GtkLabel            *count_label;
};

G_DEFINE_FINAL_TYPE (SxshFundingPage, sxsh_funding_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static SxshFunding *
get_selected_funding (SxshFundingPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (SxshFundingPage *self)
{
  gboolean has_selection = get_selected_funding (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "funding.edit", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "funding.delete", has_selection);
}

static gboolean
filter_is_active (SxshFundingPage *self)
{
  return self->search_folded != NULL || gtk_drop_down_get_selected (self->source_dropdown) > 0;
}

/* "Disbursed 80.000.000 đ of 100.000.000 đ" and "80,0%", with the bar. */
static void
update_card (SxshFundingPage   *self,
             SxshFundingSource  source)
{
  TotalCard *card = &self->cards[source];
  SxshFundingTotals totals;
  g_autofree char *planned = NULL;
  g_autofree char *disbursed = NULL;
  g_autofree char *amounts = NULL;
  g_autofree char *share = NULL;

  sxsh_funding_store_get_totals (self->store, source, &totals);
  planned = sxsh_page_format_money (totals.planned);
  disbursed = sxsh_page_format_money (totals.disbursed);
  /* Translators: "Disbursed 80.000.000 đ of 100.000.000 đ planned". */
  amounts = g_strdup_printf (_("Disbursed %s of %s planned"), disbursed, planned);
  gtk_label_set_label (card->amounts, amounts);

  if (totals.planned > 0)
    {
      double pct = (double) totals.disbursed * 100.0 / (double) totals.planned;

      share = sxsh_format_percent (pct, 1);
      gtk_level_bar_set_value (card->bar, MIN (pct / 100.0, 1.0));
    }
  else
    {
      /* Nothing planned: no share, never 0% or a division by zero. */
      share = g_strdup ("—");
      gtk_level_bar_set_value (card->bar, 0);
    }
  gtk_label_set_label (card->share, share);
}

/* "6 budget lines in 2026": the year's, whatever the filters show. */
static void
update_view (SxshFundingPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *counts = NULL;
  g_autofree char *title = NULL;

  for (int source = 0; source < SXSH_FUNDING_N_SOURCES; source++)
    update_card (self, (SxshFundingSource) source);

  gtk_stack_set_visible_child_name (self->stack,
                                    total == 0 && !filter_is_active (self) ? "empty" : "list");
  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "table" : "no-results");

  /* Translators: the title of an empty page; %d is the reporting year. */
  title = g_strdup_printf (_("No Budget in %d"), self->year);
  adw_status_page_set_title (self->empty_page, title);

  counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u budget line in %d",
                                         "%u budget lines in %d", total),
                            total, self->year);
  if (filter_is_active (self))
    {
      /* Translators: "3 shown · 6 budget lines in 2026". */
      g_autofree char *text = g_strdup_printf (_("%u shown · %s"), shown, counts);
      gtk_label_set_label (self->count_label, text);
    }
  else
    gtk_label_set_label (self->count_label, counts);
}

static gboolean
source_filter_cb (gpointer item,
                  gpointer user_data)
{
  SxshFundingPage *self = user_data;
  guint selected = gtk_drop_down_get_selected (self->source_dropdown);

  /* "All sources", then the sources in the order of SxshFundingSource. */
  if (selected != 0 && selected != GTK_INVALID_LIST_POSITION
      && sxsh_funding_get_source (item) != (SxshFundingSource) selected)
    return FALSE;
  return self->search_folded == NULL
         || sxsh_text_match_folded (sxsh_funding_get_search_key (item), self->search_folded);
}

static void
filter_changed_cb (SxshFundingPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* The page filters, not the store: the store keeps the whole year for
   * the counts and the totals. */
  g_clear_pointer (&self->search_folded, g_free);
  if (text != NULL && *text != '\0')
    {
      self->search_folded = sxsh_text_fold (text);
      if (*self->search_folded == '\0')
        g_clear_pointer (&self->search_folded, g_free);
    }
  gtk_filter_changed (GTK_FILTER (self->source_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_view (self);
  update_actions (self);
}

static void
model_items_changed_cb (SxshFundingPage *self)
{
  update_view (self);
  update_actions (self);
}

/* The cards */

static GtkWidget *
new_card (SxshFundingPage   *self,
          SxshFundingSource  source)
{
  TotalCard *card = &self->cards[source];
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (source == SXSH_FUNDING_NONE
                                    ? _("All sources")
                                    : sxsh_funding_source_get_label (source));
  GtkWidget *share = gtk_label_new (NULL);
  GtkWidget *amounts = gtk_label_new (NULL);
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "funding-card");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (share, "title-3");
  gtk_widget_add_css_class (share, "numeric");
  gtk_label_set_xalign (GTK_LABEL (amounts), 0);
  gtk_label_set_wrap (GTK_LABEL (amounts), TRUE);
  gtk_widget_add_css_class (amounts, "caption");
  gtk_widget_add_css_class (amounts, "dim-label");
  gtk_widget_add_css_class (amounts, "numeric");
  /* The bar only shows how far the money went: no colour for "low". */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);

  gtk_box_append (GTK_BOX (top), title);
  gtk_box_append (GTK_BOX (top), share);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), amounts);

  card->amounts = GTK_LABEL (amounts);
  card->share = GTK_LABEL (share);
  card->bar = GTK_LEVEL_BAR (bar);
  return box;
}

static void
setup_cards (SxshFundingPage *self)
{
  for (int source = SXSH_FUNDING_CENTRAL; source < SXSH_FUNDING_N_SOURCES; source++)
    gtk_flow_box_append (self->totals_box, new_card (self, (SxshFundingSource) source));
  gtk_flow_box_append (self->totals_box, new_card (self, SXSH_FUNDING_NONE));
}

/* Columns */

static char *
source_text (gpointer item)
{
  return g_strdup (sxsh_funding_source_get_label (sxsh_funding_get_source (item)));
}

static char *
task_text (gpointer item)
{
  const char *label = sxsh_funding_get_plan_task_label (item);

  return g_strdup (*label != '\0' ? label : _("Not linked to a task"));
}

static char *
planned_text (gpointer item)
{
  return sxsh_page_format_money (sxsh_funding_get_planned (item));
}

static char *
disbursed_text (gpointer item)
{
  return sxsh_page_format_money (sxsh_funding_get_disbursed (item));
}

static char *
share_text (gpointer item)
{
  double pct = sxsh_funding_get_disbursed_pct (item);

  return pct >= 0 ? sxsh_format_percent (pct, 1) : g_strdup ("—");
}

static char *
notes_text (gpointer item)
{
  g_autofree char *text = g_strdup (sxsh_funding_get_notes (item));

  g_strdelimit (text, "\r\n\t", ' ');
  return g_steal_pointer (&text);
}

static int
compare_ints (gint64 a,
              gint64 b)
{
  return (a > b) - (a < b);
}

/* Equal values keep the order of the sources, then the tasks. */
static int
compare_lines (SxshFunding *a,
               SxshFunding *b)
{
  int result = compare_ints (sxsh_funding_get_source (a), sxsh_funding_get_source (b));

  if (result == 0)
    result = g_strcmp0 (sxsh_funding_get_plan_task_label (a), sxsh_funding_get_plan_task_label (b));
  return result != 0 ? result : compare_ints (sxsh_funding_get_id (a), sxsh_funding_get_id (b));
}

static int
compare_source_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      data)
{
  return compare_lines ((SxshFunding *) a, (SxshFunding *) b);
}

static int
compare_task_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  int result = sxsh_text_collate (sxsh_funding_get_plan_task_label ((SxshFunding *) a),
                                  sxsh_funding_get_plan_task_label ((SxshFunding *) b));

  return result != 0 ? result : compare_lines ((SxshFunding *) a, (SxshFunding *) b);
}

static int
compare_planned_cb (gconstpointer a,
                    gconstpointer b,
                    gpointer      data)
{
  int result = compare_ints (sxsh_funding_get_planned ((SxshFunding *) a),
                             sxsh_funding_get_planned ((SxshFunding *) b));

  return result != 0 ? result : compare_lines ((SxshFunding *) a, (SxshFunding *) b);
}

static int
compare_disbursed_cb (gconstpointer a,
                      gconstpointer b,
                      gpointer      data)
{
  int result = compare_ints (sxsh_funding_get_disbursed ((SxshFunding *) a),
                             sxsh_funding_get_disbursed ((SxshFunding *) b));

  return result != 0 ? result : compare_lines ((SxshFunding *) a, (SxshFunding *) b);
}

static int
compare_share_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  double x = sxsh_funding_get_disbursed_pct ((SxshFunding *) a);
  double y = sxsh_funding_get_disbursed_pct ((SxshFunding *) b);
  int result = (x > y) - (x < y);

  return result != 0 ? result : compare_lines ((SxshFunding *) a, (SxshFunding *) b);
}

static void
setup_columns (SxshFundingPage *self)
{
  sxsh_page_setup_text_column (self->source_column, source_text, FALSE, compare_source_cb);
  sxsh_page_setup_text_column (self->task_column, task_text, FALSE, compare_task_cb);
  sxsh_page_setup_text_column (self->planned_column, planned_text, TRUE, compare_planned_cb);
  sxsh_page_setup_text_column (self->disbursed_column, disbursed_text, TRUE,
                               compare_disbursed_cb);
  sxsh_page_setup_text_column (self->share_column, share_text, TRUE, compare_share_cb);
  sxsh_page_setup_text_column (self->notes_column, notes_text, FALSE, NULL);
}

static const char *
source_label (int source)
{
  return sxsh_funding_source_get_label ((SxshFundingSource) source);
}

static void
setup_filters (SxshFundingPage *self)
{
  g_autoptr(GtkStringList) sources = sxsh_page_labels_new (source_label, SXSH_FUNDING_N_SOURCES);

  /* Position 0, "not recorded", never has a line: it becomes "All
   * sources", and the positions stay the sources' values. */
  gtk_string_list_splice (sources, 0, 1, (const char *[]) { _("All sources"), NULL });
  gtk_drop_down_set_model (self->source_dropdown, G_LIST_MODEL (sources));
}

/* Editor */

static gboolean
funding_has_id (gpointer item,
                gint64   id)
{
  return sxsh_funding_get_id (item) == id;
}

static void
editor_saved_cb (SxshFundingPage   *self,
                 gint64             id,
                 SxshFundingEditor *editor)
{
  update_view (self);

  if (!sxsh_funding_page_select_funding (self, id))
    sxsh_page_add_toast (GTK_WIDGET (self),
                         adw_toast_new (_("Saved. The budget line is hidden by the search or "
                                          "filters.")));
}

static void
open_editor (SxshFundingPage *self,
             SxshFunding     *funding)
{
  SxshFundingEditor *editor;

  if (self->editor != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->editor));
      return;
    }

  editor = sxsh_funding_editor_new (self->store, funding);
  sxsh_page_present_editor (GTK_WIDGET (self), GTK_WINDOW (editor), G_CALLBACK (editor_saved_cb),
                            (GtkWindow **) &self->editor);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (SXSH_FUNDING_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SxshFundingPage *self = SXSH_FUNDING_PAGE (widget);
  SxshFunding *funding = get_selected_funding (self);

  if (funding != NULL)
    open_editor (self, funding);
}

static void
undo_clicked_cb (SxshFundingPage *self,
                 AdwToast        *toast)
{
  g_autoptr(SxshRowSet) undo = sxsh_page_undo_toast_steal (toast);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (undo == NULL)
    return;

  id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "sxsh-funding-id"));
  if (!sxsh_funding_store_undo_delete (self->store, undo, &error))
    sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Restore the Budget Line"), error);
  else
    sxsh_funding_page_select_funding (self, id);
  update_view (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SxshFundingPage *self = SXSH_FUNDING_PAGE (widget);
  SxshFunding *funding = get_selected_funding (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *planned = NULL;
  SxshRowSet *undo;
  AdwToast *toast;
  guint position;
  gint64 id;

  if (funding == NULL)
    return;

  position = gtk_single_selection_get_selected (self->selection);
  id = sxsh_funding_get_id (funding);
  planned = sxsh_page_format_money (sxsh_funding_get_planned (funding));
  /* Translators: "Budget line of the Local budget, 150.000.000 đ, deleted". */
  message = g_strdup_printf (_("Budget line of the %s, %s, deleted"),
                             sxsh_funding_source_get_label (sxsh_funding_get_source (funding)),
                             planned);

  undo = sxsh_funding_store_delete (self->store, id, &error);
  if (undo == NULL)
    {
      sxsh_page_show_error (widget, _("Cannot Delete the Budget Line"), error);
      return;
    }

  toast = sxsh_page_undo_toast_new (message, undo, (GDestroyNotify) sxsh_row_set_free,
                                    G_CALLBACK (undo_clicked_cb), self);
  sxsh_page_present_undo_toast (widget, toast, "sxsh-funding-id", id, &self->undo_toast);
  sxsh_page_select_after_delete (GTK_SELECTION_MODEL (self->selection), position);
  update_view (self);
  update_actions (self);
}

/* Keys */

static gboolean
focus_search_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  SxshFundingPage *self = SXSH_FUNDING_PAGE (widget);

  return sxsh_page_focus_search (widget, self->stack, "list", self->search_entry);
}

static void
column_view_activate_cb (SxshFundingPage *self,
                         guint            position,
                         GtkColumnView   *column_view)
{
  sxsh_page_activate_row (GTK_WIDGET (self), GTK_SELECTION_MODEL (self->selection), position,
                          "funding.edit");
}

static void
search_stop_cb (SxshFundingPage *self,
                GtkSearchEntry  *entry)
{
  sxsh_page_search_stop (entry, self->column_view);
}

/* The store reloads, replacing every line object, when the database
 * changes: the selected line is remembered before and selected again
 * after. */
static void
database_changing_cb (SxshFundingPage *self,
                      const char      *table,
                      SxshDatabase    *database)
{
  SxshFunding *funding = get_selected_funding (self);

  self->reload_selection = funding != NULL ? sxsh_funding_get_id (funding) : 0;
}

static void
database_changed_cb (SxshFundingPage *self,
                     const char      *table,
                     SxshDatabase    *database)
{
  if (self->reload_selection != 0 && get_selected_funding (self) == NULL)
    sxsh_funding_page_select_funding (self, self->reload_selection);
  self->reload_selection = 0;
  update_view (self);
  update_actions (self);
}

static void
sxsh_funding_page_constructed (GObject *object)
{
  SxshFundingPage *self = SXSH_FUNDING_PAGE (object);

  G_OBJECT_CLASS (sxsh_funding_page_parent_class)->constructed (object);

  g_assert (SXSH_IS_DATABASE (self->database));

  /* Connected before the store exists, so that it runs before the store's
   * own handler reloads it. */
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (database_changing_cb), self, G_CONNECT_SWAPPED);
  self->store = sxsh_funding_store_new (self->database);
  if (self->year > 0)
    sxsh_funding_store_set_year (self->store, self->year);
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);

  self->source_filter = gtk_custom_filter_new (source_filter_cb, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->store)),
                                                  g_object_ref (GTK_FILTER (self->source_filter)));
  self->sort_model = sxsh_page_sort_model_new (G_LIST_MODEL (self->filter_model), self->column_view);
  self->selection = sxsh_page_single_selection_new (self->sort_model, self->column_view);

  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (model_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->source_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);

  update_view (self);
  update_actions (self);
}

static void
sxsh_funding_page_dispose (GObject *object)
{
  SxshFundingPage *self = SXSH_FUNDING_PAGE (object);

  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));
  g_clear_weak_pointer (&self->editor);
  g_clear_weak_pointer (&self->undo_toast);

  sxsh_page_disconnect_models (self, self->sort_model, self->selection);
  if (self->source_dropdown != NULL)
    g_signal_handlers_disconnect_by_data (self->source_dropdown, self);

  /* AdwBin keeps its own pointer to the child: let it go first, or the
   * template would unparent the child behind the bin's back. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_FUNDING_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->source_filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sxsh_funding_page_parent_class)->dispose (object);
}

static void
sxsh_funding_page_finalize (GObject *object)
{
  SxshFundingPage *self = SXSH_FUNDING_PAGE (object);

  g_free (self->search_folded);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (sxsh_funding_page_parent_class)->finalize (object);
}

static void
sxsh_funding_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SxshFundingPage *self = SXSH_FUNDING_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_funding_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SxshFundingPage *self = SXSH_FUNDING_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_YEAR:
      sxsh_funding_page_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_funding_page_class_init (SxshFundingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_funding_page_constructed;
  object_class->dispose = sxsh_funding_page_dispose;
  object_class->finalize = sxsh_funding_page_finalize;
  object_class->get_property = sxsh_funding_page_get_property;
  object_class->set_property = sxsh_funding_page_set_property;

  /**
   * SxshFundingPage:database:
   *
   * The database whose budget lines the page lists.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SXSH_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshFundingPage:year:
   *
   * The reporting year: the page lists its budget.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, 2100, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-funding-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshFundingPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingPage, totals_box);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingPage, source_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingPage, source_column);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingPage, task_column);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingPage, planned_column);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingPage, disbursed_column);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingPage, share_column);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingPage, notes_column);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);

  gtk_widget_class_install_action (widget_class, "funding.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "funding.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "funding.delete", NULL, delete_action);

  /* Delete only acts when the focus is in the page, so that it never takes
   * a key meant for a text field elsewhere. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "funding.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "funding.delete",
                                       NULL);
}

static void
sxsh_funding_page_init (SxshFundingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  setup_cards (self);
  setup_columns (self);
  setup_filters (self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  sxsh_page_add_window_shortcuts (GTK_WIDGET (self), focus_search_cb, "funding.add");
}

SxshFundingPage *
sxsh_funding_page_new (SxshDatabase *database)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);

  return g_object_new (SXSH_TYPE_FUNDING_PAGE, "database", database, NULL);
}

/**
 * sxsh_funding_page_get_store:
 *
 * Returns: (transfer none): the store the page lists
 */
SxshFundingStore *
sxsh_funding_page_get_store (SxshFundingPage *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING_PAGE (self), NULL);

  return self->store;
}

int
sxsh_funding_page_get_year (SxshFundingPage *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING_PAGE (self), 0);

  return self->year;
}

void
sxsh_funding_page_set_year (SxshFundingPage *self,
                            int              year)
{
  g_return_if_fail (SXSH_IS_FUNDING_PAGE (self));

  if (self->year == year)
    return;

  self->year = year;
  if (self->store != NULL && year > 0)
    {
      sxsh_funding_store_set_year (self->store, year);
      update_view (self);
      update_actions (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

GtkColumnView *
sxsh_funding_page_get_column_view (SxshFundingPage *self)
{
  return self->column_view;
}

GtkSingleSelection *
sxsh_funding_page_get_selection (SxshFundingPage *self)
{
  return self->selection;
}

GtkSearchEntry *
sxsh_funding_page_get_search_entry (SxshFundingPage *self)
{
  return self->search_entry;
}

GtkDropDown *
sxsh_funding_page_get_source_filter (SxshFundingPage *self)
{
  return self->source_dropdown;
}

const char *
sxsh_funding_page_get_count_text (SxshFundingPage *self)
{
  return gtk_label_get_label (self->count_label);
}

/* The amounts of a card: a source, or %SXSH_FUNDING_NONE for all. */
const char *
sxsh_funding_page_get_totals_text (SxshFundingPage   *self,
                                   SxshFundingSource  source)
{
  return gtk_label_get_label (self->cards[source].amounts);
}

/* "empty", "table" or "no-results": what the user sees in the page. */
const char *
sxsh_funding_page_get_visible_view (SxshFundingPage *self)
{
  return sxsh_page_get_visible_view (self->stack, "list", self->list_stack);
}

AdwToast *
sxsh_funding_page_get_undo_toast (SxshFundingPage *self)
{
  return self->undo_toast;
}

SxshFundingEditor *
sxsh_funding_page_get_editor (SxshFundingPage *self)
{
  return self->editor;
}

/* Selects the line's row and scrolls to it; FALSE when it is not shown. */
gboolean
sxsh_funding_page_select_funding (SxshFundingPage *self,
                                  gint64           id)
{
  return sxsh_page_select_item (self->selection, self->column_view, funding_has_id, id);
}

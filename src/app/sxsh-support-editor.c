/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-editor-fields.h"
#include "sxsh-format.h"
#include "sxsh-named-item.h"
#include "sxsh-page-helpers.h"
#include "sxsh-support-editor-private.h"
#include "sxsh-validation.h"

/* Records a technical support given to a facility, with the cleaner
 * production options its assessment found.  The options are kept here until
 * the support is saved, and written with it in one transaction.  The limits
 * of Joint Circular 221/2012 are warnings next to the state support: the
 * officer sees them and may still save. */

struct _SxshSupportEditor
{
  AdwWindow           parent_instance;

  SxshSupportStore   *store;
  SxshSupport        *support;      /* the support being edited, or NULL for a new one */
  SxshEditorFields   *fields;
  GListStore         *options;      /* SxshCpOption, copies */
  gint64              facility_id;
  char               *facility_name;
  gboolean            can_save;

  /* Weak pointers, for the tests. */
  SxshFacilityPicker *picker;
  SxshCpOptionEditor *option_editor;

  /* Template widgets */
  AdwWindowTitle     *window_title;
  AdwActionRow       *facility_row;
  AdwComboRow        *kind_row;
  AdwComboRow        *status_row;
  AdwActionRow       *year_row;
  GtkSpinButton      *year_spin;
  AdwEntryRow        *start_row;
  AdwEntryRow        *end_row;
  AdwEntryRow        *consultant_row;
  GtkLabel           *support_message;
  AdwEntryRow        *total_cost_row;
  AdwEntryRow        *consultancy_row;
  AdwEntryRow        *state_row;
  AdwComboRow        *funding_row;
  GtkLabel           *costs_message;
  AdwPreferencesGroup *options_group;
  GtkListBox         *options_list;
  GtkLabel           *totals_label;
  GtkLabel           *options_message;
  GtkTextView        *results_view;
  GtkLabel           *results_message;
  GtkTextView        *notes_view;
  GtkLabel           *notes_message;
};

G_DEFINE_FINAL_TYPE (SxshSupportEditor, sxsh_support_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SUPPORT,
  PROP_CAN_SAVE,
  N_PROPS
};

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static int
get_current_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

static const char *
entry_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
get_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
read_money (AdwEntryRow *row,
            const char  *field,
            const char  *message,
            GPtrArray   *issues,
            gint64      *vnd)
{
  if (!sxsh_page_parse_money (entry_text (row), vnd))
    {
      sxsh_issues_add (issues, field, FALSE, "%s", message);
      *vnd = 0;
    }
}

static void
read_date (AdwEntryRow  *row,
           const char   *field,
           const char   *message,
           GPtrArray    *issues,
           char        **iso)
{
  if (!sxsh_page_parse_date (entry_text (row), iso))
    {
      sxsh_issues_add (issues, field, FALSE, "%s", message);
      *iso = g_strdup ("");
    }
}

/* Builds the support the fields describe, with the options of the list. */
static SxshSupport *
collect_support (SxshSupportEditor *self,
                 GPtrArray         *issues)
{
  g_autoptr(SxshSupport) support = NULL;
  g_autoptr(GPtrArray) options = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *consultant = g_strstrip (g_strdup (entry_text (self->consultant_row)));
  g_autofree char *results = get_view_text (self->results_view);
  g_autofree char *notes = get_view_text (self->notes_view);
  gint64 total = 0, consultancy = 0, state = 0;
  guint n;

  read_date (self->start_row, "start-date",
             _("Start date: write it as day/month/year, e.g. 05/03/2026."), issues, &start);
  read_date (self->end_row, "end-date",
             _("End date: write it as day/month/year, e.g. 30/09/2026."), issues, &end);
  read_money (self->total_cost_row, "total-cost",
              _("Total cost: must be an amount in VND, e.g. 120.000.000."), issues, &total);
  read_money (self->consultancy_row, "consultancy-cost",
              _("Consultancy cost: must be an amount in VND, e.g. 80.000.000."), issues,
              &consultancy);
  read_money (self->state_row, "state-support",
              _("State support: must be an amount in VND, e.g. 40.000.000."), issues, &state);

  support = self->support != NULL ? sxsh_support_copy (self->support) : sxsh_support_new ();
  g_object_set (support,
                "facility-id", self->facility_id,
                "facility-name", self->facility_name != NULL ? self->facility_name : "",
                "kind", (int) adw_combo_row_get_selected (self->kind_row),
                "status", (int) adw_combo_row_get_selected (self->status_row),
                "year", gtk_spin_button_get_value_as_int (self->year_spin),
                "start-date", start,
                "end-date", end,
                "consultant", consultant,
                "total-cost", total,
                "consultancy-cost", consultancy,
                "state-support", state,
                "funding-source", (int) adw_combo_row_get_selected (self->funding_row),
                "results", results,
                "notes", notes,
                NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->options));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (options, g_list_model_get_item (G_LIST_MODEL (self->options), i));
  sxsh_support_set_options (support, options);

  return g_steal_pointer (&support);
}

/* "2 options · investment 150.000.000 đ · saving 95.000.000 đ a year ·
 * payback 1,6 years", of the options not rejected. */
static void
update_totals (SxshSupportEditor *self,
               SxshSupport       *support)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->options));
  g_autofree char *investment = NULL;
  g_autofree char *saving = NULL;
  g_autofree char *payback = NULL;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  double years = 0;
  gboolean has_payback;

  if (n == 0)
    {
      gtk_label_set_label (self->totals_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->totals_label), FALSE);
      adw_preferences_group_set_title (self->options_group, _("Cleaner Production Options"));
      return;
    }

  has_payback = sxsh_support_get_payback (support, &years);
  investment = sxsh_page_format_money (sxsh_support_get_total_investment (support));
  saving = sxsh_page_format_money (sxsh_support_get_total_saving_vnd (support));
  payback = sxsh_page_format_payback (has_payback, years);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u option", "%u options", n), n);
  /* Translators: the totals under a support's options; the rejected ones
   * are left out. */
  text = g_strdup_printf (_("%s · investment %s · saving %s a year · payback %s"),
                          count, investment, saving, payback);
  gtk_label_set_label (self->totals_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->totals_label), TRUE);

  title = g_strdup_printf (_("Cleaner Production Options (%u)"), n);
  adw_preferences_group_set_title (self->options_group, title);
}

static void
validate (SxshSupportEditor *self)
{
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(GPtrArray) store_issues = NULL;
  g_autoptr(SxshSupport) support = collect_support (self, issues);
  gboolean has_errors;

  store_issues = sxsh_support_store_validate (self->store, support);
  /* A field the editor could not read has its own message; the core's
   * opinion of the resulting empty value would only confuse. */
  for (guint i = 0; store_issues != NULL && i < store_issues->len; i++)
    {
      SxshIssue *issue = g_ptr_array_index (store_issues, i);

      if (sxsh_issues_find (issues, issue->field) == NULL || issue->warning)
        sxsh_issues_add (issues, issue->field, issue->warning, "%s", issue->message);
    }

  update_totals (self, support);
  has_errors = sxsh_editor_fields_show (self->fields, issues);
  sxsh_editor_set_can_save (GTK_WIDGET (self), &self->can_save, !has_errors,
                            properties[PROP_CAN_SAVE]);
}

static void
fields_changed_cb (gpointer user_data)
{
  validate (SXSH_SUPPORT_EDITOR (user_data));
}

/* The facility */

static void
show_facility (SxshSupportEditor *self)
{
  if (self->facility_id > 0)
    adw_action_row_set_subtitle (self->facility_row, self->facility_name);
  else
    adw_action_row_set_subtitle (self->facility_row, _("Not chosen yet"));
}

static void
picker_picked_cb (SxshSupportEditor  *self,
                  SxshFacilityPicker *picker)
{
  g_autoptr(SxshNamedItem) item = g_list_model_get_item (sxsh_facility_picker_get_selected (picker),
                                                         0);

  if (item == NULL)
    return;
  self->facility_id = sxsh_named_item_get_id (item);
  g_free (self->facility_name);
  self->facility_name = g_strdup (sxsh_named_item_get_name (item));
  show_facility (self);
  sxsh_editor_fields_touch (self->fields, "facility-id");
  validate (self);
}

static void
choose_facility_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SxshSupportEditor *self = SXSH_SUPPORT_EDITOR (widget);
  SxshFacilityPicker *picker;

  picker = sxsh_facility_picker_new (sxsh_support_store_get_database (self->store), FALSE);
  gtk_window_set_transient_for (GTK_WINDOW (picker), GTK_WINDOW (self));
  g_signal_connect_object (picker, "picked", G_CALLBACK (picker_picked_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->picker, picker);
  gtk_window_present (GTK_WINDOW (picker));
}

/* Options */

static char *
describe_option (SxshCpOption *option)
{
  g_autofree char *investment = sxsh_page_format_money (sxsh_cp_option_get_investment (option));
  g_autofree char *saving = sxsh_page_format_money (sxsh_cp_option_get_saving_vnd (option));
  g_autofree char *payback = NULL;
  double years = 0;
  gboolean has_payback = sxsh_cp_option_get_payback (option, &years);

  payback = sxsh_page_format_payback (has_payback, years);
  /* Translators: a CP option's technique, decision, investment, annual
   * saving and payback, under its description. */
  return g_strdup_printf (_("%s · %s%s\nInvestment %s · saving %s a year · payback %s"),
                          sxsh_cp_technique_get_label (sxsh_cp_option_get_technique (option)),
                          sxsh_cp_decision_get_label (sxsh_cp_option_get_decision (option)),
                          sxsh_cp_option_get_implemented (option) ? _(", implemented") : "",
                          investment, saving, payback);
}

static void
option_done_cb (SxshSupportEditor  *self,
                SxshCpOption       *option,
                SxshCpOptionEditor *editor)
{
  SxshCpOption *original = g_object_get_data (G_OBJECT (editor), "sxsh-original");
  guint position;

  if (original != NULL && g_list_store_find (self->options, original, &position))
    g_list_store_splice (self->options, position, 1, (gpointer *) &option, 1);
  else
    g_list_store_append (self->options, option);
  sxsh_editor_fields_touch (self->fields, "options");
  validate (self);
}

static void
open_option_editor (SxshSupportEditor *self,
                    SxshCpOption      *option)
{
  SxshCpOptionEditor *editor = sxsh_cp_option_editor_new (option);

  if (option != NULL)
    g_object_set_data_full (G_OBJECT (editor), "sxsh-original", g_object_ref (option),
                            g_object_unref);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  g_signal_connect_object (editor, "done", G_CALLBACK (option_done_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->option_editor, editor);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_option_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  open_option_editor (SXSH_SUPPORT_EDITOR (widget), NULL);
}

static void
option_activated_cb (AdwActionRow      *row,
                     SxshSupportEditor *self)
{
  open_option_editor (self, g_object_get_data (G_OBJECT (row), "sxsh-option"));
}

static void
remove_option_cb (GtkButton         *button,
                  SxshSupportEditor *self)
{
  SxshCpOption *option = g_object_get_data (G_OBJECT (button), "sxsh-option");
  guint position;

  if (g_list_store_find (self->options, option, &position))
    g_list_store_remove (self->options, position);
  sxsh_editor_fields_touch (self->fields, "options");
  validate (self);
}

static GtkWidget *
create_option_row (gpointer item,
                   gpointer user_data)
{
  SxshSupportEditor *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *subtitle = describe_option (item);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sxsh_cp_option_get_description (item));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "sxsh-option", g_object_ref (item), g_object_unref);
  g_signal_connect_object (row, "activated", G_CALLBACK (option_activated_cb), self, 0);
  if (sxsh_cp_option_get_decision (item) == SXSH_CP_DECISION_REJECTED)
    gtk_widget_add_css_class (row, "dim-label");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Remove the Option"));
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "sxsh-option", g_object_ref (item), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_option_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

/* Loading */

static const char *
kind_label (int kind)
{
  return sxsh_support_kind_get_label ((SxshSupportKind) kind);
}

static const char *
status_label (int status)
{
  return sxsh_support_status_get_label ((SxshSupportStatus) status);
}

static const char *
funding_label (int source)
{
  return sxsh_funding_source_get_label ((SxshFundingSource) source);
}

static void
set_text (AdwEntryRow *row,
          char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_free (text);
}

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

/* Fills the fields from the support being edited, or with the defaults of
 * a new one: the list's year, a status that fits it, local funding. */
static void
load_support (SxshSupportEditor *self)
{
  SxshSupport *support = self->support;
  g_autoptr(GtkStringList) kinds = sxsh_page_labels_new (kind_label, SXSH_SUPPORT_N_KINDS);
  g_autoptr(GtkStringList) statuses = sxsh_page_labels_new (status_label, SXSH_SUPPORT_N_STATUSES);
  g_autoptr(GtkStringList) sources = sxsh_page_labels_new (funding_label, SXSH_FUNDING_N_SOURCES);
  GListModel *options;
  guint n;

  sxsh_editor_fields_set_loading (self->fields, TRUE);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_combo_row_set_model (self->funding_row, G_LIST_MODEL (sources));

  if (support == NULL)
    {
      int year = sxsh_support_store_get_year (self->store);
      int current = get_current_year ();

      if (year <= 0)
        year = current;
      adw_window_title_set_title (self->window_title, _("New Technical Support"));
      gtk_spin_button_set_value (self->year_spin, year);
      adw_combo_row_set_selected (self->status_row,
                                  year < current ? SXSH_SUPPORT_DONE
                                  : year > current ? SXSH_SUPPORT_PLANNED
                                  : SXSH_SUPPORT_IN_PROGRESS);
      adw_combo_row_set_selected (self->funding_row, SXSH_FUNDING_LOCAL);
      show_facility (self);
      sxsh_editor_fields_set_loading (self->fields, FALSE);
      return;
    }

  adw_window_title_set_title (self->window_title, _("Edit Technical Support"));
  adw_window_title_set_subtitle (self->window_title, sxsh_support_get_facility_name (support));

  self->facility_id = sxsh_support_get_facility_id (support);
  self->facility_name = g_strdup (sxsh_support_get_facility_name (support));
  show_facility (self);
  adw_combo_row_set_selected (self->kind_row, sxsh_support_get_kind (support));
  adw_combo_row_set_selected (self->status_row, sxsh_support_get_status (support));
  gtk_spin_button_set_value (self->year_spin, sxsh_support_get_year (support));
  set_text (self->start_row, sxsh_format_date (sxsh_support_get_start_date (support)));
  set_text (self->end_row, sxsh_format_date (sxsh_support_get_end_date (support)));
  gtk_editable_set_text (GTK_EDITABLE (self->consultant_row),
                         sxsh_support_get_consultant (support));
  set_text (self->total_cost_row,
            sxsh_page_format_money_entry (sxsh_support_get_total_cost (support)));
  set_text (self->consultancy_row,
            sxsh_page_format_money_entry (sxsh_support_get_consultancy_cost (support)));
  set_text (self->state_row,
            sxsh_page_format_money_entry (sxsh_support_get_state_support (support)));
  adw_combo_row_set_selected (self->funding_row, sxsh_support_get_funding_source (support));
  set_view_text (self->results_view, sxsh_support_get_results (support));
  set_view_text (self->notes_view, sxsh_support_get_notes (support));

  options = sxsh_support_get_options (support);
  n = g_list_model_get_n_items (options);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshCpOption) option = g_list_model_get_item (options, i);
      g_autoptr(SxshCpOption) copy = sxsh_cp_option_copy (option);

      g_list_store_append (self->options, copy);
    }

  sxsh_editor_fields_touch_all (self->fields);
  sxsh_editor_fields_set_loading (self->fields, FALSE);
}

static void
setup_fields (SxshSupportEditor *self)
{
  SxshEditorFields *f = self->fields;

  sxsh_editor_fields_add (f, "facility-id", GTK_WIDGET (self->facility_row), NULL,
                          self->support_message);
  sxsh_editor_fields_add (f, "kind", GTK_WIDGET (self->kind_row), NULL, self->support_message);
  sxsh_editor_fields_add (f, "status", GTK_WIDGET (self->status_row), NULL,
                          self->support_message);
  sxsh_editor_fields_add (f, "year", GTK_WIDGET (self->year_row), GTK_WIDGET (self->year_spin),
                          self->support_message);
  sxsh_editor_fields_add (f, "start-date", GTK_WIDGET (self->start_row), NULL,
                          self->support_message);
  sxsh_editor_fields_add (f, "end-date", GTK_WIDGET (self->end_row), NULL, self->support_message);
  sxsh_editor_fields_add (f, "consultant", GTK_WIDGET (self->consultant_row), NULL,
                          self->support_message);
  sxsh_editor_fields_add (f, "total-cost", GTK_WIDGET (self->total_cost_row), NULL,
                          self->costs_message);
  sxsh_editor_fields_add (f, "consultancy-cost", GTK_WIDGET (self->consultancy_row), NULL,
                          self->costs_message);
  sxsh_editor_fields_add (f, "state-support", GTK_WIDGET (self->state_row), NULL,
                          self->costs_message);
  sxsh_editor_fields_add (f, "funding-source", GTK_WIDGET (self->funding_row), NULL,
                          self->costs_message);
  sxsh_editor_fields_add (f, "options", GTK_WIDGET (self->options_list), NULL,
                          self->options_message);
  sxsh_editor_fields_add (f, "results", GTK_WIDGET (self->results_view), NULL,
                          self->results_message);
  sxsh_editor_fields_add (f, "notes", GTK_WIDGET (self->notes_view), NULL, self->notes_message);
}

/* Saving */

static gboolean
option_in_list (GPtrArray *options,
                gint64     id)
{
  for (guint i = 0; i < options->len; i++)
    if (sxsh_cp_option_get_id (g_ptr_array_index (options, i)) == id)
      return TRUE;
  return FALSE;
}

static gboolean
option_in_list_of_support (SxshSupport *support,
                           gint64       id)
{
  GListModel *options;
  guint n;

  if (support == NULL || id <= 0)
    return FALSE;
  options = sxsh_support_get_options (support);
  n = g_list_model_get_n_items (options);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshCpOption) option = g_list_model_get_item (options, i);

      if (sxsh_cp_option_get_id (option) == id)
        return TRUE;
    }
  return FALSE;
}

/* Writes the support and its options, added, changed and removed, in one
 * transaction: a support is never left with half of its options. */
static gint64
write_support (SxshSupportEditor  *self,
               SxshSupport        *support,
               GError            **error)
{
  SxshDatabase *db = sxsh_support_store_get_database (self->store);
  g_autoptr(GPtrArray) options = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model = G_LIST_MODEL (self->options);
  guint n = g_list_model_get_n_items (model);
  gint64 id;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (options, g_list_model_get_item (model, i));

  if (!sxsh_database_begin (db, error))
    return 0;

  /* The warnings were on the screen next to their fields: saving now means
   * the officer accepts them. */
  if (self->support == NULL)
    id = sxsh_support_store_insert (self->store, support, TRUE, error);
  else if (sxsh_support_store_update (self->store, support, TRUE, error))
    id = sxsh_support_get_id (support);
  else
    id = 0;
  if (id <= 0)
    goto fail;

  if (self->support != NULL)
    {
      GListModel *before = sxsh_support_get_options (self->support);
      guint n_before = g_list_model_get_n_items (before);

      for (guint i = 0; i < n_before; i++)
        {
          g_autoptr(SxshCpOption) old = g_list_model_get_item (before, i);
          g_autoptr(SxshRowSet) undo = NULL;

          if (option_in_list (options, sxsh_cp_option_get_id (old)))
            continue;
          undo = sxsh_support_store_delete_option (self->store, sxsh_cp_option_get_id (old),
                                                   error);
          if (undo == NULL)
            goto fail;
        }
    }

  for (guint i = 0; i < options->len; i++)
    {
      SxshCpOption *option = g_ptr_array_index (options, i);

      g_object_set (option, "support-id", id, NULL);
      if (sxsh_cp_option_get_id (option) > 0)
        {
          if (!sxsh_support_store_update_option (self->store, option, TRUE, error))
            goto fail;
        }
      else if (sxsh_support_store_insert_option (self->store, option, TRUE, error) <= 0)
        goto fail;
    }

  if (!sxsh_database_commit (db, error))
    goto fail;
  if (!sxsh_database_in_transaction (db))
    sxsh_database_notify_changed (db, "support");
  return id;

fail:
  sxsh_database_rollback (db);
  /* Options given an id inside the rolled back transaction are new again. */
  for (guint i = 0; i < options->len; i++)
    {
      SxshCpOption *option = g_ptr_array_index (options, i);

      if (!option_in_list_of_support (self->support, sxsh_cp_option_get_id (option)))
        sxsh_cp_option_set_id (option, 0);
    }
  return 0;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SxshSupportEditor *self = SXSH_SUPPORT_EDITOR (widget);
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(SxshSupport) support = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  sxsh_editor_fields_touch_all (self->fields);
  validate (self);
  if (!self->can_save)
    return;

  support = collect_support (self, issues);
  id = write_support (self, support, &error);
  if (id <= 0)
    {
      sxsh_page_show_error (widget, _("Cannot Save the Technical Support"), error);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
sxsh_support_editor_constructed (GObject *object)
{
  SxshSupportEditor *self = SXSH_SUPPORT_EDITOR (object);

  G_OBJECT_CLASS (sxsh_support_editor_parent_class)->constructed (object);

  g_assert (SXSH_IS_SUPPORT_STORE (self->store));

  load_support (self);
  validate (self);

  /* A new support starts with its facility. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->facility_row));
}

static void
sxsh_support_editor_dispose (GObject *object)
{
  SxshSupportEditor *self = SXSH_SUPPORT_EDITOR (object);

  if (self->picker != NULL)
    gtk_window_destroy (GTK_WINDOW (self->picker));
  if (self->option_editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->option_editor));
  g_clear_weak_pointer (&self->picker);
  g_clear_weak_pointer (&self->option_editor);
  g_clear_pointer (&self->fields, sxsh_editor_fields_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_SUPPORT_EDITOR);

  G_OBJECT_CLASS (sxsh_support_editor_parent_class)->dispose (object);
}

static void
sxsh_support_editor_finalize (GObject *object)
{
  SxshSupportEditor *self = SXSH_SUPPORT_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->support);
  g_clear_object (&self->options);
  g_free (self->facility_name);

  G_OBJECT_CLASS (sxsh_support_editor_parent_class)->finalize (object);
}

static void
sxsh_support_editor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SxshSupportEditor *self = SXSH_SUPPORT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SUPPORT:
      g_value_set_object (value, self->support);
      break;

    case PROP_CAN_SAVE:
      g_value_set_boolean (value, self->can_save);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_support_editor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SxshSupportEditor *self = SXSH_SUPPORT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SUPPORT:
      self->support = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_support_editor_class_init (SxshSupportEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_support_editor_constructed;
  object_class->dispose = sxsh_support_editor_dispose;
  object_class->finalize = sxsh_support_editor_finalize;
  object_class->get_property = sxsh_support_editor_get_property;
  object_class->set_property = sxsh_support_editor_set_property;

  /**
   * SxshSupportEditor:store:
   *
   * The store that validates and saves the support and its options.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SXSH_TYPE_SUPPORT_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshSupportEditor:support:
   *
   * The support to edit, or %NULL to add a new one.
   */
  properties[PROP_SUPPORT] =
    g_param_spec_object ("support", NULL, NULL,
                         SXSH_TYPE_SUPPORT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_SAVE] =
    g_param_spec_boolean ("can-save", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SxshSupportEditor::saved:
   * @id: the support's id
   *
   * Emitted after the support and its options were written.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-support-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, facility_row);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, year_row);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, year_spin);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, consultant_row);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, support_message);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, total_cost_row);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, consultancy_row);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, state_row);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, funding_row);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, costs_message);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, options_group);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, options_list);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, totals_label);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, options_message);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, results_view);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, results_message);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, SxshSupportEditor, notes_message);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.choose-facility", NULL,
                                   choose_facility_action);
  gtk_widget_class_install_action (widget_class, "editor.add-option", NULL, add_option_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.add-option", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sxsh_support_editor_init (SxshSupportEditor *self)
{
  self->options = g_list_store_new (SXSH_TYPE_CP_OPTION);
  self->can_save = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = sxsh_editor_fields_new (fields_changed_cb, self);
  setup_fields (self);
  gtk_list_box_bind_model (self->options_list, G_LIST_MODEL (self->options),
                           create_option_row, self, NULL);
}

SxshSupportEditor *
sxsh_support_editor_new (SxshSupportStore *store,
                         SxshSupport      *support)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT_STORE (store), NULL);
  g_return_val_if_fail (support == NULL || SXSH_IS_SUPPORT (support), NULL);

  return g_object_new (SXSH_TYPE_SUPPORT_EDITOR, "store", store, "support", support, NULL);
}

/**
 * sxsh_support_editor_set_kind:
 *
 * Starts a new support as @kind; a demonstration model is funded by the
 * central budget.
 */
void
sxsh_support_editor_set_kind (SxshSupportEditor *self,
                              SxshSupportKind    kind)
{
  g_return_if_fail (SXSH_IS_SUPPORT_EDITOR (self));

  sxsh_editor_fields_set_loading (self->fields, TRUE);
  adw_combo_row_set_selected (self->kind_row, kind);
  if (self->support == NULL)
    adw_combo_row_set_selected (self->funding_row, kind == SXSH_SUPPORT_DEMO_MODEL
                                                   ? SXSH_FUNDING_CENTRAL : SXSH_FUNDING_LOCAL);
  sxsh_editor_fields_set_loading (self->fields, FALSE);
  validate (self);
}

/* Returns: (transfer none) (nullable): the support being edited */
SxshSupport *
sxsh_support_editor_get_support (SxshSupportEditor *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT_EDITOR (self), NULL);

  return self->support;
}

gboolean
sxsh_support_editor_get_can_save (SxshSupportEditor *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT_EDITOR (self), FALSE);

  return self->can_save;
}

GtkWidget *
sxsh_support_editor_get_field_widget (SxshSupportEditor *self,
                                      const char        *field)
{
  return sxsh_editor_fields_get_input (self->fields, field);
}

const char *
sxsh_support_editor_get_field_message (SxshSupportEditor *self,
                                       const char        *field)
{
  return sxsh_editor_fields_get_message (self->fields, field);
}

/* Returns: (transfer none): the options shown, #SxshCpOption */
GListModel *
sxsh_support_editor_get_options (SxshSupportEditor *self)
{
  return G_LIST_MODEL (self->options);
}

const char *
sxsh_support_editor_get_totals_text (SxshSupportEditor *self)
{
  return gtk_label_get_label (self->totals_label);
}

SxshFacilityPicker *
sxsh_support_editor_get_picker (SxshSupportEditor *self)
{
  return self->picker;
}

SxshCpOptionEditor *
sxsh_support_editor_get_option_editor (SxshSupportEditor *self)
{
  return self->option_editor;
}

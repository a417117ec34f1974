/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-editor-fields.h"
#include "sxsh-format.h"
#include "sxsh-funding-editor-private.h"
#include "sxsh-page-helpers.h"
#include "sxsh-plan-task-list.h"
#include "sxsh-validation.h"

/* Records one budget line of the year: where the money comes from, the
 * plan task it is for, what was planned and what was disbursed.  A new line
 * is of the local budget, what most of the province's CP money is.
 * Disbursing more than planned happens (a late supplementary allocation):
 * it is saved after the officer confirms. */

struct _SxshFundingEditor
{
  AdwWindow         parent_instance;

  SxshFundingStore *store;
  SxshFunding      *funding;      /* the line being edited, or NULL for a new one */
  SxshEditorFields *fields;
  gboolean          can_save;

  /* Weak pointer, for the tests. */
  AdwMessageDialog *confirmation;

  /* Template widgets */
  AdwWindowTitle   *window_title;
  AdwComboRow      *source_row;
  AdwComboRow      *task_row;
  GtkLabel         *line_message;
  AdwEntryRow      *planned_row;
  AdwEntryRow      *disbursed_row;
  AdwActionRow     *share_row;
  GtkLabel         *share_label;
  GtkLabel         *amounts_message;
  GtkTextView      *notes_view;
  GtkLabel         *notes_message;
};

G_DEFINE_FINAL_TYPE (SxshFundingEditor, sxsh_funding_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FUNDING,
  PROP_CAN_SAVE,
  N_PROPS
};

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The source drop-down lists the real sources: its position 0 is the
 * central budget. */
static SxshFundingSource
get_source (SxshFundingEditor *self)
{
  guint position = adw_combo_row_get_selected (self->source_row);

  if (position == GTK_INVALID_LIST_POSITION)
    return SXSH_FUNDING_NONE;
  return (SxshFundingSource) (position + SXSH_FUNDING_CENTRAL);
}

static char *
get_notes (SxshFundingEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* Builds the line the fields describe.  Amounts that cannot be read are
 * reported in @issues and left at 0. */
static SxshFunding *
collect_funding (SxshFundingEditor *self,
                 GPtrArray         *issues)
{
  g_autoptr(SxshFunding) funding = NULL;
  g_autofree char *notes = get_notes (self);
  gint64 planned = 0;
  gint64 disbursed = 0;

  if (!sxsh_page_parse_money (gtk_editable_get_text (GTK_EDITABLE (self->planned_row)), &planned))
    sxsh_issues_add (issues, "planned", FALSE, "%s",
                     _("Planned: must be an amount in VND, e.g. 150.000.000."));
  if (!sxsh_page_parse_money (gtk_editable_get_text (GTK_EDITABLE (self->disbursed_row)),
                              &disbursed))
    sxsh_issues_add (issues, "disbursed", FALSE, "%s",
                     _("Disbursed: must be an amount in VND, e.g. 120.000.000."));

  funding = self->funding != NULL ? sxsh_funding_copy (self->funding) : sxsh_funding_new ();
  g_object_set (funding,
                "year", self->funding != NULL ? sxsh_funding_get_year (self->funding)
                                              : sxsh_funding_store_get_year (self->store),
                "source", (int) get_source (self),
                "plan-task-id", sxsh_page_get_named_id (self->task_row),
                "planned", planned,
                "disbursed", disbursed,
                "notes", notes,
                NULL);
  return g_steal_pointer (&funding);
}

static void
set_can_save (SxshFundingEditor *self,
              gboolean          can_save)
{
  sxsh_editor_set_can_save (GTK_WIDGET (self), &self->can_save, can_save,
                            properties[PROP_CAN_SAVE]);
}

/* "80,0%" of what was planned, "—" when nothing was. */
static void
update_share (SxshFundingEditor *self,
              SxshFunding       *funding)
{
  double pct = sxsh_funding_get_disbursed_pct (funding);
  g_autofree char *text = pct >= 0 ? sxsh_format_percent (pct, 1) : g_strdup ("—");

  gtk_label_set_label (self->share_label, text);
}

static void
validate (SxshFundingEditor *self)
{
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(GPtrArray) store_issues = NULL;
  g_autoptr(SxshFunding) funding = collect_funding (self, issues);

  store_issues = sxsh_funding_store_validate (self->store, funding);
  sxsh_editor_fields_merge_issues (issues, store_issues);

  update_share (self, funding);
  set_can_save (self, !sxsh_editor_fields_show (self->fields, issues));
}

static void
fields_changed_cb (gpointer user_data)
{
  validate (SXSH_FUNDING_EDITOR (user_data));
}

/* Loading */

static const char *
source_label (int position)
{
  return sxsh_funding_source_get_label ((SxshFundingSource) (position + SXSH_FUNDING_CENTRAL));
}

static void
setup_choices (SxshFundingEditor *self)
{
  g_autoptr(GtkStringList) sources = sxsh_page_labels_new (source_label,
                                                           SXSH_FUNDING_N_SOURCES
                                                           - SXSH_FUNDING_CENTRAL);
  g_autoptr(GListModel) tasks =
    sxsh_plan_task_list_new (sxsh_funding_store_get_database (self->store));

  adw_combo_row_set_model (self->source_row, G_LIST_MODEL (sources));
  sxsh_page_setup_named_chooser (self->task_row, _("None"), tasks);
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
load_funding (SxshFundingEditor *self)
{
  SxshFunding *funding = self->funding;
  g_autofree char *planned = NULL;
  g_autofree char *disbursed = NULL;
  g_autofree char *subtitle = NULL;

  sxsh_editor_fields_set_loading (self->fields, TRUE);

  if (funding == NULL)
    {
      adw_window_title_set_title (self->window_title, _("New Budget Line"));
      /* Translators: the year a new budget line is for. */
      subtitle = g_strdup_printf (_("Year %d"), sxsh_funding_store_get_year (self->store));
      adw_window_title_set_subtitle (self->window_title, subtitle);
      adw_combo_row_set_selected (self->source_row, SXSH_FUNDING_LOCAL - SXSH_FUNDING_CENTRAL);
      sxsh_editor_fields_set_loading (self->fields, FALSE);
      return;
    }

  adw_window_title_set_title (self->window_title, _("Edit Budget Line"));
  subtitle = g_strdup_printf (_("Year %d"), sxsh_funding_get_year (funding));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  if (sxsh_funding_get_source (funding) >= SXSH_FUNDING_CENTRAL)
    adw_combo_row_set_selected (self->source_row,
                                sxsh_funding_get_source (funding) - SXSH_FUNDING_CENTRAL);
  sxsh_page_select_named (self->task_row, sxsh_funding_get_plan_task_id (funding));
  planned = sxsh_page_format_money_entry (sxsh_funding_get_planned (funding));
  disbursed = sxsh_page_format_money_entry (sxsh_funding_get_disbursed (funding));
  set_text (self->planned_row, planned);
  set_text (self->disbursed_row, disbursed);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            sxsh_funding_get_notes (funding), -1);

  sxsh_editor_fields_touch_all (self->fields);
  sxsh_editor_fields_set_loading (self->fields, FALSE);
}

static void
setup_fields (SxshFundingEditor *self)
{
  SxshEditorFields *f = self->fields;

  sxsh_editor_fields_add (f, "source", GTK_WIDGET (self->source_row), NULL, self->line_message);
  sxsh_editor_fields_add (f, "plan-task-id", GTK_WIDGET (self->task_row), NULL,
                          self->line_message);
  sxsh_editor_fields_add (f, "planned", GTK_WIDGET (self->planned_row), NULL,
                          self->amounts_message);
  sxsh_editor_fields_add (f, "disbursed", GTK_WIDGET (self->disbursed_row), NULL,
                          self->amounts_message);
  sxsh_editor_fields_add (f, "notes", GTK_WIDGET (self->notes_view), NULL, self->notes_message);
}

/* Saving */

static void
write_funding (SxshFundingEditor *self)
{
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(SxshFunding) funding = collect_funding (self, issues);
  g_autoptr(GError) error = NULL;
  gint64 id;

  /* Warnings were shown next to their fields and confirmed. */
  if (self->funding == NULL)
    id = sxsh_funding_store_insert (self->store, funding, TRUE, &error);
  else if (sxsh_funding_store_update (self->store, funding, TRUE, &error))
    id = sxsh_funding_get_id (funding);
  else
    id = 0;

  if (id <= 0)
    {
      sxsh_page_show_error (GTK_WIDGET (self), _("Cannot Save the Budget Line"), error);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
write_idle_cb (gpointer data)
{
  write_funding (SXSH_FUNDING_EDITOR (data));
  return G_SOURCE_REMOVE;
}

/* Saving closes the editor, which the question is transient for: the
 * question closes first. */
static void
confirmation_response_cb (SxshFundingEditor *self,
                          const char        *response,
                          AdwMessageDialog  *dialog)
{
  g_clear_weak_pointer (&self->confirmation);
  if (g_strcmp0 (response, "save") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT, write_idle_cb, g_object_ref (self), g_object_unref);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SxshFundingEditor *self = SXSH_FUNDING_EDITOR (widget);
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(GPtrArray) store_issues = NULL;
  g_autoptr(SxshFunding) funding = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  /* Every message is shown now, also those of fields not reached yet. */
  sxsh_editor_fields_touch_all (self->fields);
  validate (self);
  if (!self->can_save)
    return;

  funding = collect_funding (self, issues);
  store_issues = sxsh_funding_store_validate (self->store, funding);
  if (store_issues == NULL || store_issues->len == 0)
    {
      write_funding (self);
      return;
    }

  body = sxsh_issues_to_string (store_issues, FALSE);
  dialog = sxsh_editor_confirm_new (GTK_WINDOW (self), _("Save Anyway?"), body,
                                    _("_Save Anyway"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirmation_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->confirmation, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sxsh_funding_editor_constructed (GObject *object)
{
  SxshFundingEditor *self = SXSH_FUNDING_EDITOR (object);

  G_OBJECT_CLASS (sxsh_funding_editor_parent_class)->constructed (object);

  g_assert (SXSH_IS_FUNDING_STORE (self->store));

  sxsh_editor_fields_set_loading (self->fields, TRUE);
  setup_choices (self);
  sxsh_editor_fields_set_loading (self->fields, FALSE);
  load_funding (self);
  validate (self);

  /* The source is usually right: the task is what a new line starts with;
   * an existing line is opened to enter what was disbursed. */
  gtk_window_set_focus (GTK_WINDOW (self), self->funding != NULL
                                           ? GTK_WIDGET (self->disbursed_row)
                                           : GTK_WIDGET (self->task_row));
}

static void
sxsh_funding_editor_dispose (GObject *object)
{
  SxshFundingEditor *self = SXSH_FUNDING_EDITOR (object);

  if (self->confirmation != NULL)
    gtk_window_destroy (GTK_WINDOW (self->confirmation));
  g_clear_weak_pointer (&self->confirmation);
  g_clear_pointer (&self->fields, sxsh_editor_fields_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_FUNDING_EDITOR);

  G_OBJECT_CLASS (sxsh_funding_editor_parent_class)->dispose (object);
}

static void
sxsh_funding_editor_finalize (GObject *object)
{
  SxshFundingEditor *self = SXSH_FUNDING_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->funding);

  G_OBJECT_CLASS (sxsh_funding_editor_parent_class)->finalize (object);
}

static void
sxsh_funding_editor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SxshFundingEditor *self = SXSH_FUNDING_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_FUNDING:
      g_value_set_object (value, self->funding);
      break;

    case PROP_CAN_SAVE:
      g_value_set_boolean (value, self->can_save);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_funding_editor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SxshFundingEditor *self = SXSH_FUNDING_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_FUNDING:
      self->funding = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_funding_editor_class_init (SxshFundingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_funding_editor_constructed;
  object_class->dispose = sxsh_funding_editor_dispose;
  object_class->finalize = sxsh_funding_editor_finalize;
  object_class->get_property = sxsh_funding_editor_get_property;
  object_class->set_property = sxsh_funding_editor_set_property;

  /**
   * SxshFundingEditor:store:
   *
   * The store that validates and saves the line; a new line is of its year.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SXSH_TYPE_FUNDING_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshFundingEditor:funding:
   *
   * The budget line to edit, or %NULL to add a new one.
   */
  properties[PROP_FUNDING] =
    g_param_spec_object ("funding", NULL, NULL,
                         SXSH_TYPE_FUNDING,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshFundingEditor:can-save:
   *
   * %FALSE while a field has an error.
   */
  properties[PROP_CAN_SAVE] =
    g_param_spec_boolean ("can-save", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SxshFundingEditor::saved:
   * @id: the line's id
   *
   * Emitted after the line was written to the database.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-funding-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshFundingEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingEditor, source_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingEditor, task_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingEditor, line_message);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingEditor, planned_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingEditor, disbursed_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingEditor, share_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingEditor, share_label);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingEditor, amounts_message);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, SxshFundingEditor, notes_message);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sxsh_funding_editor_init (SxshFundingEditor *self)
{
  self->can_save = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = sxsh_editor_fields_new (fields_changed_cb, self);
  setup_fields (self);
}

SxshFundingEditor *
sxsh_funding_editor_new (SxshFundingStore *store,
                         SxshFunding      *funding)
{
  g_return_val_if_fail (SXSH_IS_FUNDING_STORE (store), NULL);
  g_return_val_if_fail (funding == NULL || SXSH_IS_FUNDING (funding), NULL);

  return g_object_new (SXSH_TYPE_FUNDING_EDITOR, "store", store, "funding", funding, NULL);
}

/**
 * sxsh_funding_editor_get_funding:
 *
 * Returns: (transfer none) (nullable): the line being edited
 */
SxshFunding *
sxsh_funding_editor_get_funding (SxshFundingEditor *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING_EDITOR (self), NULL);

  return self->funding;
}

gboolean
sxsh_funding_editor_get_can_save (SxshFundingEditor *self)
{
  g_return_val_if_fail (SXSH_IS_FUNDING_EDITOR (self), FALSE);

  return self->can_save;
}

GtkWidget *
sxsh_funding_editor_get_field_widget (SxshFundingEditor *self,
                                      const char        *field)
{
  return sxsh_editor_fields_get_input (self->fields, field);
}

/* The message shown for @field, or NULL when the field is fine. */
const char *
sxsh_funding_editor_get_field_message (SxshFundingEditor *self,
                                       const char        *field)
{
  return sxsh_editor_fields_get_message (self->fields, field);
}

const char *
sxsh_funding_editor_get_share_text (SxshFundingEditor *self)
{
  return gtk_label_get_label (self->share_label);
}

/* Returns: (transfer none) (nullable): the question open over the editor */
AdwMessageDialog *
sxsh_funding_editor_get_confirmation (SxshFundingEditor *self)
{
  return self->confirmation;
}

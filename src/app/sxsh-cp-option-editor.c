/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-cp-option-editor.h"
#include "sxsh-editor-fields.h"
#include "sxsh-page-helpers.h"
#include "sxsh-validation.h"

/* One cleaner-production option of an assessment, edited over the support
 * editor: the support keeps its options until it is saved, so this editor
 * only hands the option back. */

struct _SxshCpOptionEditor
{
  AdwWindow         parent_instance;

  SxshCpOption     *option;    /* the option being edited; a new one for an added option */
  SxshEditorFields *fields;
  gboolean          can_save;
  gboolean          is_new;

  /* Template widgets */
  AdwWindowTitle   *window_title;
  AdwComboRow      *technique_row;
  AdwEntryRow      *description_row;
  AdwComboRow      *decision_row;
  AdwActionRow     *implemented_row;
  GtkSwitch        *implemented_switch;
  GtkLabel         *option_message;
  AdwEntryRow      *investment_row;
  AdwEntryRow      *saving_row;
  AdwActionRow     *payback_row;
  GtkLabel         *payback_label;
  GtkLabel         *money_message;
  AdwEntryRow      *energy_row;
  AdwEntryRow      *water_row;
  AdwEntryRow      *material_row;
  GtkLabel         *quantities_message;
};

G_DEFINE_FINAL_TYPE (SxshCpOptionEditor, sxsh_cp_option_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_OPTION,
  PROP_CAN_SAVE,
  N_PROPS
};

enum {
  SIGNAL_DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
entry_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
read_quantity (AdwEntryRow *row,
               const char  *field,
               const char  *message,
               GPtrArray   *issues,
               double      *value)
{
  if (!sxsh_page_parse_quantity (entry_text (row), value))
    {
      sxsh_issues_add (issues, field, FALSE, "%s", message);
      *value = 0;
    }
}

/* Builds the option the fields describe, into a copy of the one edited. */
static SxshCpOption *
collect_option (SxshCpOptionEditor *self,
                GPtrArray          *issues)
{
  SxshCpOption *option = sxsh_cp_option_copy (self->option);
  g_autofree char *description = g_strstrip (g_strdup (entry_text (self->description_row)));
  gint64 investment = 0, saving = 0;
  double energy, water, material;

  if (!sxsh_page_parse_money (entry_text (self->investment_row), &investment))
    sxsh_issues_add (issues, "investment", FALSE, "%s",
                     _("Investment: must be an amount in VND, e.g. 120.000.000."));
  if (!sxsh_page_parse_money (entry_text (self->saving_row), &saving))
    sxsh_issues_add (issues, "saving-vnd", FALSE, "%s",
                     _("Annual saving: must be an amount in VND, e.g. 80.000.000."));
  read_quantity (self->energy_row, "saving-energy-toe",
                 _("Energy saved: must be a number of TOE a year, e.g. 12,5."), issues, &energy);
  read_quantity (self->water_row, "saving-water-m3",
                 _("Water saved: must be a number of m³ a year, e.g. 1.200."), issues, &water);
  read_quantity (self->material_row, "saving-material-t",
                 _("Materials saved: must be a number of tonnes a year, e.g. 3,5."), issues,
                 &material);

  g_object_set (option,
                "technique", (int) adw_combo_row_get_selected (self->technique_row),
                "description", description,
                "investment", investment,
                "saving-vnd", saving,
                "saving-energy-toe", energy,
                "saving-water-m3", water,
                "saving-material-t", material,
                "decision", (int) adw_combo_row_get_selected (self->decision_row),
                "implemented", gtk_switch_get_active (self->implemented_switch),
                NULL);
  return option;
}

static void
validate (SxshCpOptionEditor *self)
{
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(GPtrArray) option_issues = NULL;
  g_autoptr(SxshCpOption) option = collect_option (self, issues);
  g_autofree char *payback = NULL;
  double years = 0;
  gboolean has_payback;
  gboolean can_save;

  option_issues = sxsh_cp_option_validate (option);
  for (guint i = 0; i < option_issues->len; i++)
    {
      SxshIssue *issue = g_ptr_array_index (option_issues, i);

      if (sxsh_issues_find (issues, issue->field) == NULL)
        sxsh_issues_add (issues, issue->field, issue->warning, "%s", issue->message);
    }

  has_payback = sxsh_cp_option_get_payback (option, &years);
  payback = sxsh_page_format_payback (has_payback, years);
  gtk_label_set_label (self->payback_label, payback);

  can_save = !sxsh_editor_fields_show (self->fields, issues);
  if (can_save != self->can_save)
    {
      self->can_save = can_save;
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", can_save);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_SAVE]);
    }
}

static void
fields_changed_cb (gpointer user_data)
{
  validate (SXSH_CP_OPTION_EDITOR (user_data));
}

static const char *
technique_label (int technique)
{
  return sxsh_cp_technique_get_label ((SxshCpTechnique) technique);
}

static const char *
decision_label (int decision)
{
  return sxsh_cp_decision_get_label ((SxshCpDecision) decision);
}

static void
set_text (AdwEntryRow *row,
          char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_free (text);
}

static void
load_option (SxshCpOptionEditor *self)
{
  SxshCpOption *option = self->option;
  g_autoptr(GtkStringList) techniques = sxsh_page_labels_new (technique_label,
                                                              SXSH_CP_N_TECHNIQUES);
  g_autoptr(GtkStringList) decisions = sxsh_page_labels_new (decision_label,
                                                             SXSH_CP_N_DECISIONS);

  sxsh_editor_fields_set_loading (self->fields, TRUE);
  adw_combo_row_set_model (self->technique_row, G_LIST_MODEL (techniques));
  adw_combo_row_set_model (self->decision_row, G_LIST_MODEL (decisions));

  adw_window_title_set_title (self->window_title,
                              self->is_new ? _("New Option") : _("Edit Option"));
  adw_combo_row_set_selected (self->technique_row, sxsh_cp_option_get_technique (option));
  gtk_editable_set_text (GTK_EDITABLE (self->description_row),
                         sxsh_cp_option_get_description (option));
  adw_combo_row_set_selected (self->decision_row, sxsh_cp_option_get_decision (option));
  gtk_switch_set_active (self->implemented_switch, sxsh_cp_option_get_implemented (option));
  set_text (self->investment_row,
            sxsh_page_format_money_entry (sxsh_cp_option_get_investment (option)));
  set_text (self->saving_row,
            sxsh_page_format_money_entry (sxsh_cp_option_get_saving_vnd (option)));
  set_text (self->energy_row,
            sxsh_page_format_quantity (sxsh_cp_option_get_saving_energy_toe (option)));
  set_text (self->water_row,
            sxsh_page_format_quantity (sxsh_cp_option_get_saving_water_m3 (option)));
  set_text (self->material_row,
            sxsh_page_format_quantity (sxsh_cp_option_get_saving_material_t (option)));
  if (!self->is_new)
    sxsh_editor_fields_touch_all (self->fields);
  sxsh_editor_fields_set_loading (self->fields, FALSE);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SxshCpOptionEditor *self = SXSH_CP_OPTION_EDITOR (widget);
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(SxshCpOption) option = NULL;

  sxsh_editor_fields_touch_all (self->fields);
  validate (self);
  if (!self->can_save)
    return;

  option = collect_option (self, issues);
  g_set_object (&self->option, option);
  g_signal_emit (self, signals[SIGNAL_DONE], 0, self->option);
  gtk_window_close (GTK_WINDOW (self));
}

static void
sxsh_cp_option_editor_constructed (GObject *object)
{
  SxshCpOptionEditor *self = SXSH_CP_OPTION_EDITOR (object);

  G_OBJECT_CLASS (sxsh_cp_option_editor_parent_class)->constructed (object);

  self->is_new = self->option == NULL;
  if (self->option == NULL)
    self->option = sxsh_cp_option_new ();

  self->fields = sxsh_editor_fields_new (fields_changed_cb, self);
  sxsh_editor_fields_add (self->fields, "technique", GTK_WIDGET (self->technique_row), NULL,
                          self->option_message);
  sxsh_editor_fields_add (self->fields, "description", GTK_WIDGET (self->description_row), NULL,
                          self->option_message);
  sxsh_editor_fields_add (self->fields, "decision", GTK_WIDGET (self->decision_row), NULL,
                          self->option_message);
  sxsh_editor_fields_add (self->fields, "implemented", GTK_WIDGET (self->implemented_row),
                          GTK_WIDGET (self->implemented_switch), self->option_message);
  sxsh_editor_fields_add (self->fields, "investment", GTK_WIDGET (self->investment_row), NULL,
                          self->money_message);
  sxsh_editor_fields_add (self->fields, "saving-vnd", GTK_WIDGET (self->saving_row), NULL,
                          self->money_message);
  sxsh_editor_fields_add (self->fields, "saving-energy-toe", GTK_WIDGET (self->energy_row), NULL,
                          self->quantities_message);
  sxsh_editor_fields_add (self->fields, "saving-water-m3", GTK_WIDGET (self->water_row), NULL,
                          self->quantities_message);
  sxsh_editor_fields_add (self->fields, "saving-material-t", GTK_WIDGET (self->material_row),
                          NULL, self->quantities_message);

  load_option (self);
  validate (self);
  gtk_window_set_focus (GTK_WINDOW (self), self->is_new ? GTK_WIDGET (self->technique_row)
                                                        : GTK_WIDGET (self->description_row));
}

static void
sxsh_cp_option_editor_dispose (GObject *object)
{
  SxshCpOptionEditor *self = SXSH_CP_OPTION_EDITOR (object);

  g_clear_pointer (&self->fields, sxsh_editor_fields_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_CP_OPTION_EDITOR);

  G_OBJECT_CLASS (sxsh_cp_option_editor_parent_class)->dispose (object);
}

static void
sxsh_cp_option_editor_finalize (GObject *object)
{
  SxshCpOptionEditor *self = SXSH_CP_OPTION_EDITOR (object);

  g_clear_object (&self->option);

  G_OBJECT_CLASS (sxsh_cp_option_editor_parent_class)->finalize (object);
}

static void
sxsh_cp_option_editor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SxshCpOptionEditor *self = SXSH_CP_OPTION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_OPTION:
      g_value_set_object (value, self->option);
      break;

    case PROP_CAN_SAVE:
      g_value_set_boolean (value, self->can_save);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_cp_option_editor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SxshCpOptionEditor *self = SXSH_CP_OPTION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_OPTION:
      /* A copy: the support editor's option changes only when Save is
       * pressed here. */
      if (g_value_get_object (value) != NULL)
        self->option = sxsh_cp_option_copy (g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_cp_option_editor_class_init (SxshCpOptionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_cp_option_editor_constructed;
  object_class->dispose = sxsh_cp_option_editor_dispose;
  object_class->finalize = sxsh_cp_option_editor_finalize;
  object_class->get_property = sxsh_cp_option_editor_get_property;
  object_class->set_property = sxsh_cp_option_editor_set_property;

  /**
   * SxshCpOptionEditor:option:
   *
   * The option to edit (the editor works on a copy), or %NULL for a new one.
   */
  properties[PROP_OPTION] =
    g_param_spec_object ("option", NULL, NULL,
                         SXSH_TYPE_CP_OPTION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_SAVE] =
    g_param_spec_boolean ("can-save", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SxshCpOptionEditor::done:
   * @option: the option as the fields describe it
   *
   * Emitted when the user saves the option.
   */
  signals[SIGNAL_DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SXSH_TYPE_CP_OPTION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-cp-option-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshCpOptionEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, SxshCpOptionEditor, technique_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCpOptionEditor, description_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCpOptionEditor, decision_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCpOptionEditor, implemented_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCpOptionEditor, implemented_switch);
  gtk_widget_class_bind_template_child (widget_class, SxshCpOptionEditor, option_message);
  gtk_widget_class_bind_template_child (widget_class, SxshCpOptionEditor, investment_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCpOptionEditor, saving_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCpOptionEditor, payback_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCpOptionEditor, payback_label);
  gtk_widget_class_bind_template_child (widget_class, SxshCpOptionEditor, money_message);
  gtk_widget_class_bind_template_child (widget_class, SxshCpOptionEditor, energy_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCpOptionEditor, water_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCpOptionEditor, material_row);
  gtk_widget_class_bind_template_child (widget_class, SxshCpOptionEditor, quantities_message);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sxsh_cp_option_editor_init (SxshCpOptionEditor *self)
{
  self->can_save = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sxsh_cp_option_editor_new:
 * @option: (nullable): the option to edit, or %NULL for a new one
 */
SxshCpOptionEditor *
sxsh_cp_option_editor_new (SxshCpOption *option)
{
  g_return_val_if_fail (option == NULL || SXSH_IS_CP_OPTION (option), NULL);

  return g_object_new (SXSH_TYPE_CP_OPTION_EDITOR, "option", option, NULL);
}

/* Returns: (transfer none): the option as last saved in the editor */
SxshCpOption *
sxsh_cp_option_editor_get_option (SxshCpOptionEditor *self)
{
  g_return_val_if_fail (SXSH_IS_CP_OPTION_EDITOR (self), NULL);

  return self->option;
}

gboolean
sxsh_cp_option_editor_get_can_save (SxshCpOptionEditor *self)
{
  g_return_val_if_fail (SXSH_IS_CP_OPTION_EDITOR (self), FALSE);

  return self->can_save;
}

GtkWidget *
sxsh_cp_option_editor_get_field_widget (SxshCpOptionEditor *self,
                                        const char         *field)
{
  return sxsh_editor_fields_get_input (self->fields, field);
}

const char *
sxsh_cp_option_editor_get_field_message (SxshCpOptionEditor *self,
                                         const char         *field)
{
  return sxsh_editor_fields_get_message (self->fields, field);
}

/* "1,6 years", as shown under the money fields. */
const char *
sxsh_cp_option_editor_get_payback_text (SxshCpOptionEditor *self)
{
  return gtk_label_get_label (self->payback_label);
}

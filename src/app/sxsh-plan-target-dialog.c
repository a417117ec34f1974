/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sxsh-format.h"
#include "sxsh-plan-target-dialog.h"
#include "sxsh-validation.h"

/* The indicators a plan can set a target for, in the drop-down's order. */
static const char * const indicator_keys[] = {
  "informed",
  "applying",
  "applying_saving",
  "dedicated_unit",
};

typedef struct
{
  SxshPlanStore      *store;      /* validates a saved plan's target */
  SxshPlanTarget     *original;   /* the target edited, or NULL */
  GPtrArray          *siblings;   /* the other targets of an unsaved plan */
  SxshPlanTargetDone  done;
  gpointer            user_data;
  AdwComboRow        *indicator;
  AdwEntryRow        *target;
  AdwEntryRow        *band_low;
  AdwEntryRow        *band_high;
  AdwEntryRow        *size_classes;
  GtkLabel           *message;
} DialogData;

static void
dialog_data_free (DialogData *data)
{
  g_clear_object (&data->store);
  g_clear_object (&data->original);
  g_clear_pointer (&data->siblings, g_ptr_array_unref);
  g_free (data);
}

static DialogData *
get_data (AdwMessageDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "sxsh-target-dialog");
}

/* "90%", "8,5%": whole numbers without a decimal. */
static char *
format_pct (double value)
{
  return sxsh_format_percent (value, value == floor (value) ? 0 : 1);
}

/**
 * sxsh_plan_target_describe:
 *
 * Returns: (transfer full): "90% · saving 8–13% · medium", what a target
 *   asks in a line
 */
char *
sxsh_plan_target_describe (SxshPlanTarget *target)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *pct = format_pct (sxsh_plan_target_get_target_pct (target));
  const char *classes = sxsh_plan_target_get_size_classes (target);

  g_string_append (text, pct);
  if (sxsh_plan_target_has_band_low (target))
    {
      double low = sxsh_plan_target_get_band_low_pct (target);

      if (sxsh_plan_target_has_band_high (target))
        {
          g_autofree char *from = sxsh_format_number (low, low == floor (low) ? 0 : 1);
          g_autofree char *to = format_pct (sxsh_plan_target_get_band_high_pct (target));

          /* Translators: a target's savings band, e.g. " · saving 8–13%". */
          g_string_append_printf (text, _(" · saving %s–%s"), from, to);
        }
      else
        {
          g_autofree char *from = format_pct (low);

          /* Translators: a band with its low end only, " · saving at least 8%". */
          g_string_append_printf (text, _(" · saving at least %s"), from);
        }
    }
  if (classes != NULL && *classes != '\0')
    g_string_append_printf (text, " · %s", classes);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Reads "90", "8,5" or "" (unset, -1). */
static gboolean
read_pct (AdwEntryRow *row,
          double      *value)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (g_str_has_suffix (text, "%"))
    text[strlen (text) - 1] = '\0';
  g_strstrip (text);
  if (*text == '\0')
    {
      *value = -1;
      return TRUE;
    }
  return sxsh_parse_number (text, value) && isfinite (*value);
}

static SxshPlanTarget *
build_target (DialogData *data,
              GPtrArray  *issues)
{
  SxshPlanTarget *target = data->original != NULL ? sxsh_plan_target_copy (data->original)
                                                  : sxsh_plan_target_new ();
  guint position = adw_combo_row_get_selected (data->indicator);
  g_autofree char *classes = g_strstrip (g_strdup (gtk_editable_get_text (
                                           GTK_EDITABLE (data->size_classes))));
  double pct = 0, low = -1, high = -1;

  if (!read_pct (data->target, &pct) || pct < 0)
    {
      sxsh_issues_add (issues, "target-pct", FALSE, "%s",
                       _("Target: write a percentage, e.g. 90."));
      pct = 0;
    }
  if (!read_pct (data->band_low, &low))
    {
      sxsh_issues_add (issues, "band-low-pct", FALSE, "%s",
                       _("Saving band, low end: write a percentage, e.g. 8, or leave it empty."));
      low = -1;
    }
  if (!read_pct (data->band_high, &high))
    {
      sxsh_issues_add (issues, "band-high-pct", FALSE, "%s",
                       _("Saving band, high end: write a percentage, e.g. 13, or leave it "
                         "empty."));
      high = -1;
    }
  g_object_set (target,
                "indicator-key", position < G_N_ELEMENTS (indicator_keys)
                                 ? indicator_keys[position] : "",
                "target-pct", pct,
                "band-low-pct", low,
                "band-high-pct", high,
                "size-classes", classes,
                NULL);
  return target;
}

/* The issues of the target as entered: the store's for a saved plan; the
 * target's own and one target per indicator among its siblings for a plan
 * not saved yet. */
static GPtrArray *
validate (DialogData      *data,
          SxshPlanTarget **out_target)
{
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(SxshPlanTarget) target = build_target (data, issues);
  g_autoptr(GPtrArray) more = NULL;

  if (data->store != NULL && sxsh_plan_target_get_plan_id (target) > 0)
    more = sxsh_plan_store_validate_target (data->store, target);
  else
    {
      more = sxsh_plan_target_validate (target);
      for (guint i = 0; data->siblings != NULL && i < data->siblings->len; i++)
        {
          SxshPlanTarget *other = g_ptr_array_index (data->siblings, i);

          if (other != data->original
              && g_strcmp0 (sxsh_plan_target_get_indicator_key (other),
                            sxsh_plan_target_get_indicator_key (target)) == 0)
            sxsh_issues_add (more, "indicator-key", FALSE,
                             _("Indicator: the plan already has a target for %s."),
                             sxsh_plan_indicator_get_label (
                               sxsh_plan_target_get_indicator_key (target)));
        }
    }
  for (guint i = 0; more != NULL && i < more->len; i++)
    {
      SxshIssue *issue = g_ptr_array_index (more, i);

      if (sxsh_issues_find (issues, issue->field) == NULL)
        sxsh_issues_add (issues, issue->field, issue->warning, "%s", issue->message);
    }
  if (out_target != NULL)
    *out_target = g_steal_pointer (&target);
  return g_steal_pointer (&issues);
}

static void
changed_cb (AdwMessageDialog *dialog)
{
  DialogData *data = get_data (dialog);
  g_autoptr(GPtrArray) issues = validate (data, NULL);
  g_autofree char *text = sxsh_issues_to_string (issues, FALSE);
  const char *key = indicator_keys[MIN (adw_combo_row_get_selected (data->indicator),
                                        G_N_ELEMENTS (indicator_keys) - 1)];

  /* The band only matters to the indicator that counts savings. */
  gtk_widget_set_visible (GTK_WIDGET (data->band_low), g_str_equal (key, "applying_saving"));
  gtk_widget_set_visible (GTK_WIDGET (data->band_high), g_str_equal (key, "applying_saving"));

  gtk_label_set_label (data->message, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (data->message), text != NULL && *text != '\0');
  adw_message_dialog_set_response_enabled (dialog, "save", !sxsh_issues_has_errors (issues));
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response)
{
  DialogData *data = get_data (dialog);
  g_autoptr(SxshPlanTarget) target = NULL;
  g_autoptr(GPtrArray) issues = NULL;

  if (g_strcmp0 (response, "save") != 0)
    return;
  issues = validate (data, &target);
  if (sxsh_issues_has_errors (issues))
    return;
  data->done (target, data->user_data);
}

static AdwEntryRow *
add_entry_row (GtkListBox *list,
               const char *title,
               const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_list_box_append (list, row);
  return ADW_ENTRY_ROW (row);
}

static char *
pct_entry_text (double value)
{
  g_autofree char *text = NULL;

  if (value < 0)
    return g_strdup ("");
  text = sxsh_format_number (value, value == floor (value) ? 0 : 1);
  return g_steal_pointer (&text);
}

/**
 * sxsh_plan_target_dialog_new:
 * @store: (nullable): the store of a saved plan, which validates the target
 * @target: (nullable): the target to edit, %NULL for a new one
 * @siblings: (nullable) (element-type SxshPlanTarget): the targets of a
 *   plan not saved yet, so that an indicator is not set twice
 * @done: receives the target entered when the user saves
 *
 * Returns: (transfer none): the dialog, presented
 */
AdwMessageDialog *
sxsh_plan_target_dialog_new (GtkWidget          *parent,
                             SxshPlanStore      *store,
                             SxshPlanTarget     *target,
                             GPtrArray          *siblings,
                             SxshPlanTargetDone  done,
                             gpointer            user_data)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  DialogData *data = g_new0 (DialogData, 1);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *pct = NULL;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *message = gtk_label_new (NULL);
  guint selected = 0;

  data->store = store != NULL ? g_object_ref (store) : NULL;
  data->original = target != NULL ? g_object_ref (target) : NULL;
  data->siblings = siblings != NULL ? g_ptr_array_ref (siblings) : NULL;
  data->done = done;
  data->user_data = user_data;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                            : NULL,
                                                       target != NULL ? _("Edit Target")
                                                                      : _("New Target"),
                                                       _("The share of the population the plan "
                                                         "aims at, for one indicator.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sxsh-target-dialog", data,
                          (GDestroyNotify) dialog_data_free);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  for (guint i = 0; i < G_N_ELEMENTS (indicator_keys); i++)
    {
      gtk_string_list_append (labels, sxsh_plan_indicator_get_label (indicator_keys[i]));
      if (target != NULL && g_strcmp0 (sxsh_plan_target_get_indicator_key (target),
                                       indicator_keys[i]) == 0)
        selected = i;
    }
  data->indicator = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->indicator), _("Indicator"));
  adw_combo_row_set_model (data->indicator, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (data->indicator, selected);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (data->indicator));

  pct = target != NULL ? pct_entry_text (sxsh_plan_target_get_target_pct (target)) : NULL;
  low = target != NULL ? pct_entry_text (sxsh_plan_target_get_band_low_pct (target)) : NULL;
  high = target != NULL ? pct_entry_text (sxsh_plan_target_get_band_high_pct (target)) : NULL;
  data->target = add_entry_row (GTK_LIST_BOX (list), _("Target (%)"), pct);
  data->band_low = add_entry_row (GTK_LIST_BOX (list), _("Saving Band, Low End (%)"), low);
  data->band_high = add_entry_row (GTK_LIST_BOX (list), _("Saving Band, High End (%)"), high);
  data->size_classes = add_entry_row (GTK_LIST_BOX (list),
                                      _("Size Classes Counted (empty for all)"),
                                      target != NULL ? sxsh_plan_target_get_size_classes (target)
                                                     : NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (data->size_classes),
                               _("micro, small, medium, large — separated by commas"));

  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_widget_add_css_class (message, "field-message");
  gtk_widget_add_css_class (message, "error");
  data->message = GTK_LABEL (message);

  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), message);
  adw_message_dialog_set_extra_child (dialog, box);

  g_signal_connect_object (data->indicator, "notify::selected", G_CALLBACK (changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (data->target, "changed", G_CALLBACK (changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (data->band_low, "changed", G_CALLBACK (changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (data->band_high, "changed", G_CALLBACK (changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (data->size_classes, "changed", G_CALLBACK (changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), NULL);
  changed_cb (dialog);

  gtk_window_set_focus (GTK_WINDOW (dialog), GTK_WIDGET (target != NULL ? GTK_WIDGET (data->target)
                                                                        : GTK_WIDGET (data->indicator)));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* Returns: (transfer none): the row of "indicator-key", "target-pct",
 * "band-low-pct", "band-high-pct" or "size-classes" */
GtkWidget *
sxsh_plan_target_dialog_get_field (AdwMessageDialog *dialog,
                                   const char       *field)
{
  DialogData *data = get_data (dialog);

  if (g_str_equal (field, "indicator-key"))
    return GTK_WIDGET (data->indicator);
  if (g_str_equal (field, "target-pct"))
    return GTK_WIDGET (data->target);
  if (g_str_equal (field, "band-low-pct"))
    return GTK_WIDGET (data->band_low);
  if (g_str_equal (field, "band-high-pct"))
    return GTK_WIDGET (data->band_high);
  if (g_str_equal (field, "size-classes"))
    return GTK_WIDGET (data->size_classes);
  return NULL;
}

/* The problems shown under the fields, "" when there are none. */
const char *
sxsh_plan_target_dialog_get_message (AdwMessageDialog *dialog)
{
  return gtk_label_get_label (get_data (dialog)->message);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sxsh-format.h"
#include "sxsh-indicator-card.h"

/* One target of the plan on the dashboard: the value in large figures, the
 * facilities counted out of the population, the target and whether it is
 * met, the change since last year, and a meter with the target marked.
 * Clicking it activates the card's action with the indicator's key, which
 * the dashboard turns into the list of the facilities counted. */

struct _SxshIndicatorCard
{
  AdwBin     parent_instance;

  char      *key;
  char      *secondary_key;
  char      *action_name;
  gboolean   has_value;
  double     value_pct;
  double     target_pct;
  int        met;

  /* Template widgets */
  GtkWidget *box;
  GtkWidget *main_button;
  GtkLabel  *title_label;
  GtkLabel  *badge_label;
  GtkLabel  *subtitle_label;
  GtkLabel  *value_label;
  GtkLabel  *change_label;
  GtkLabel  *fraction_label;
  GtkWidget *meter;
  GtkLabel  *target_label;
  GtkWidget *secondary_separator;
  GtkWidget *secondary_button;
  GtkLabel  *secondary_title_label;
  GtkLabel  *secondary_value_label;
};

G_DEFINE_FINAL_TYPE (SxshIndicatorCard, sxsh_indicator_card, ADW_TYPE_BIN)

/* "90%", or "87,5%" when the target is not a whole number. */
static char *
format_pct (double value)
{
  return sxsh_format_percent (value, fabs (value - round (value)) < 0.05 ? 0 : 1);
}

/**
 * sxsh_indicator_format_fraction:
 *
 * Returns: (transfer full): "137 / 208 facilities"
 */
char *
sxsh_indicator_format_fraction (guint numerator,
                                guint denominator)
{
  g_autofree char *n = sxsh_format_integer (numerator);
  g_autofree char *d = sxsh_format_integer (denominator);

  /* Translators: facilities counted / facilities in the population. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s / %s facility", "%s / %s facilities",
                                       denominator),
                          n, d);
}

/**
 * sxsh_indicator_format_target:
 *
 * Returns: (transfer full): "Target 90%", or a note that the plan sets none
 */
char *
sxsh_indicator_format_target (double target_pct)
{
  g_autofree char *target = NULL;

  if (isnan (target_pct))
    return g_strdup (_("No target in the plan"));

  target = format_pct (target_pct);
  return g_strdup_printf (_("Target %s"), target);
}

static void
set_color_class (GtkWidget  *widget,
                 const char *name)
{
  static const char *classes[] = { "success", "warning", "error", "dim-label" };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (widget, classes[i]);
  if (name != NULL)
    gtk_widget_add_css_class (widget, name);
}

static gboolean
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color)
{
  gboolean found;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  found = gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return found;
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The value as a bar from 0 to 100%, with a tick where the target is. */
static void
draw_meter (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  SxshIndicatorCard *self = user_data;
  GtkWidget *widget = GTK_WIDGET (area);
  double bar_height = 6;
  double top = (height - bar_height) / 2;
  GdkRGBA fg;
  GdkRGBA fill;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.12);
  rounded_rectangle (cr, 0, top, width, bar_height, bar_height / 2);
  cairo_fill (cr);

  if (self->has_value && self->value_pct > 0)
    {
      if (!lookup_color (widget, self->met == 1 ? "success_color" : "accent_bg_color", &fill))
        fill = fg;
      gdk_cairo_set_source_rgba (cr, &fill);
      rounded_rectangle (cr, 0, top, MAX (bar_height, width * MIN (self->value_pct, 100) / 100),
                         bar_height, bar_height / 2);
      cairo_fill (cr);
    }

  if (!isnan (self->target_pct))
    {
      double x = round (CLAMP (width * self->target_pct / 100, 1, width - 1));

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.8);
      cairo_rectangle (cr, x - 1, 0, 2, height);
      cairo_fill (cr);
    }
}

static void
update_actions (SxshIndicatorCard *self)
{
  if (self->action_name != NULL && self->key != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (self->main_button), "s", self->key);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->main_button),
                                  self->key != NULL ? self->action_name : NULL);

  if (self->action_name != NULL && self->secondary_key != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (self->secondary_button), "s",
                                      self->secondary_key);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->secondary_button),
                                  self->secondary_key != NULL ? self->action_name : NULL);
}

static void
sxsh_indicator_card_dispose (GObject *object)
{
  SxshIndicatorCard *self = SXSH_INDICATOR_CARD (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_INDICATOR_CARD);

  G_OBJECT_CLASS (sxsh_indicator_card_parent_class)->dispose (object);
}

static void
sxsh_indicator_card_finalize (GObject *object)
{
  SxshIndicatorCard *self = SXSH_INDICATOR_CARD (object);

  g_free (self->key);
  g_free (self->secondary_key);
  g_free (self->action_name);

  G_OBJECT_CLASS (sxsh_indicator_card_parent_class)->finalize (object);
}

static void
sxsh_indicator_card_class_init (SxshIndicatorCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sxsh_indicator_card_dispose;
  object_class->finalize = sxsh_indicator_card_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-indicator-card.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshIndicatorCard, box);
  gtk_widget_class_bind_template_child (widget_class, SxshIndicatorCard, main_button);
  gtk_widget_class_bind_template_child (widget_class, SxshIndicatorCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, SxshIndicatorCard, badge_label);
  gtk_widget_class_bind_template_child (widget_class, SxshIndicatorCard, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SxshIndicatorCard, value_label);
  gtk_widget_class_bind_template_child (widget_class, SxshIndicatorCard, change_label);
  gtk_widget_class_bind_template_child (widget_class, SxshIndicatorCard, fraction_label);
  gtk_widget_class_bind_template_child (widget_class, SxshIndicatorCard, meter);
  gtk_widget_class_bind_template_child (widget_class, SxshIndicatorCard, target_label);
  gtk_widget_class_bind_template_child (widget_class, SxshIndicatorCard, secondary_separator);
  gtk_widget_class_bind_template_child (widget_class, SxshIndicatorCard, secondary_button);
  gtk_widget_class_bind_template_child (widget_class, SxshIndicatorCard, secondary_title_label);
  gtk_widget_class_bind_template_child (widget_class, SxshIndicatorCard, secondary_value_label);
}

static void
sxsh_indicator_card_init (SxshIndicatorCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->target_pct = NAN;
  self->met = -1;
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->meter), draw_meter, self, NULL);
}

GtkWidget *
sxsh_indicator_card_new (void)
{
  return g_object_new (SXSH_TYPE_INDICATOR_CARD, NULL);
}

/**
 * sxsh_indicator_card_set_action_name:
 * @action_name: (nullable): an action taking a string: the indicator's key
 *
 * Sets the action the card activates when clicked.
 */
void
sxsh_indicator_card_set_action_name (SxshIndicatorCard *self,
                                     const char        *action_name)
{
  g_return_if_fail (SXSH_IS_INDICATOR_CARD (self));

  g_free (self->action_name);
  self->action_name = g_strdup (action_name);
  update_actions (self);
}

/**
 * sxsh_indicator_card_set_indicator:
 * @indicator: the indicator of the year
 * @previous: (nullable): the same indicator a year earlier
 * @previous_year: the year of @previous
 *
 * Shows @indicator.  Its title is the indicator's own until
 * sxsh_indicator_card_set_title() sets another.
 */
void
sxsh_indicator_card_set_indicator (SxshIndicatorCard   *self,
                                   const SxshIndicator *indicator,
                                   const SxshIndicator *previous,
                                   int                  previous_year)
{
  g_autofree char *value = NULL;
  g_autofree char *fraction = NULL;
  g_autofree char *target = NULL;
  g_autofree char *change = NULL;
  const char *change_class = "dim-label";

  g_return_if_fail (SXSH_IS_INDICATOR_CARD (self));
  g_return_if_fail (indicator != NULL);

  g_free (self->key);
  self->key = g_strdup (indicator->key);
  self->has_value = indicator->has_value;
  self->value_pct = indicator->value_pct;
  self->target_pct = indicator->target_pct;
  self->met = indicator->met;

  if (*gtk_label_get_label (self->title_label) == '\0')
    gtk_label_set_label (self->title_label, indicator->title);

  value = indicator->has_value ? sxsh_format_percent (indicator->value_pct, 1) : g_strdup ("—");
  gtk_label_set_label (self->value_label, value);

  if (indicator->denominator > 0)
    fraction = sxsh_indicator_format_fraction (indicator->numerator, indicator->denominator);
  else
    fraction = g_strdup (_("No facility in the population"));
  gtk_label_set_label (self->fraction_label, fraction);

  target = sxsh_indicator_format_target (indicator->target_pct);
  gtk_label_set_label (self->target_label, target);

  switch (indicator->met)
    {
    case 1:
      gtk_label_set_label (self->badge_label, _("Met"));
      set_color_class (GTK_WIDGET (self->badge_label), "success");
      break;

    case 0:
      gtk_label_set_label (self->badge_label, _("Not met"));
      set_color_class (GTK_WIDGET (self->badge_label), "warning");
      break;

    default:
      gtk_label_set_label (self->badge_label, "");
      break;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->badge_label), indicator->met >= 0);

  if (previous != NULL && previous->has_value && indicator->has_value)
    {
      double points = round ((indicator->value_pct - previous->value_pct) * 10) / 10;
      g_autofree char *amount = sxsh_format_number (fabs (points), 1);

      if (points > 0)
        {
          /* Translators: a rise in percentage points, e.g. "▲ 2,3 points since 2025". */
          change = g_strdup_printf (_("▲ %s points since %d"), amount, previous_year);
          change_class = "success";
        }
      else if (points < 0)
        {
          /* Translators: a fall in percentage points, e.g. "▼ 2,3 points since 2025". */
          change = g_strdup_printf (_("▼ %s points since %d"), amount, previous_year);
          change_class = "warning";
        }
      else
        change = g_strdup_printf (_("No change since %d"), previous_year);
    }
  gtk_label_set_label (self->change_label, change != NULL ? change : "");
  set_color_class (GTK_WIDGET (self->change_label), change_class);

  gtk_widget_queue_draw (self->meter);
  update_actions (self);
}

void
sxsh_indicator_card_set_title (SxshIndicatorCard *self,
                               const char        *title)
{
  g_return_if_fail (SXSH_IS_INDICATOR_CARD (self));

  gtk_label_set_label (self->title_label, title != NULL ? title : "");
}

void
sxsh_indicator_card_set_subtitle (SxshIndicatorCard *self,
                                  const char        *subtitle)
{
  g_return_if_fail (SXSH_IS_INDICATOR_CARD (self));

  gtk_label_set_label (self->subtitle_label, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL && *subtitle != '\0');
}

/**
 * sxsh_indicator_card_set_definition:
 *
 * Sets how the indicator is computed, shown as the card's tooltip.
 */
void
sxsh_indicator_card_set_definition (SxshIndicatorCard *self,
                                    const char        *definition)
{
  g_return_if_fail (SXSH_IS_INDICATOR_CARD (self));

  gtk_widget_set_tooltip_text (self->main_button, definition);
}

/**
 * sxsh_indicator_card_set_secondary:
 * @indicator: (nullable): a second indicator shown in a row under the
 *   first, or %NULL for none
 * @title: its title
 * @definition: (nullable): how it is computed, for its tooltip
 *
 * The plan's "apply CP and save 8–13%" target shows the facilities applying
 * CP at all under the main figure, so that the gap between applying and
 * saving stays in sight.
 */
void
sxsh_indicator_card_set_secondary (SxshIndicatorCard   *self,
                                   const SxshIndicator *indicator,
                                   const char          *title,
                                   const char          *definition)
{
  g_autofree char *value = NULL;
  g_autofree char *numerator = NULL;
  g_autofree char *denominator = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (SXSH_IS_INDICATOR_CARD (self));

  gtk_widget_set_visible (self->secondary_separator, indicator != NULL);
  gtk_widget_set_visible (self->secondary_button, indicator != NULL);
  if (indicator != NULL)
    gtk_widget_add_css_class (self->box, "has-secondary");
  else
    gtk_widget_remove_css_class (self->box, "has-secondary");

  g_free (self->secondary_key);
  self->secondary_key = indicator != NULL ? g_strdup (indicator->key) : NULL;
  update_actions (self);

  if (indicator == NULL)
    return;

  value = indicator->has_value ? sxsh_format_percent (indicator->value_pct, 1) : g_strdup ("—");
  numerator = sxsh_format_integer (indicator->numerator);
  denominator = sxsh_format_integer (indicator->denominator);
  /* Translators: a value with its numerator and denominator, e.g. "21,2% (44 / 208)". */
  text = g_strdup_printf (_("%s (%s / %s)"), value, numerator, denominator);
  gtk_label_set_label (self->secondary_title_label, title != NULL ? title : indicator->title);
  gtk_label_set_label (self->secondary_value_label, text);
  gtk_widget_set_tooltip_text (self->secondary_button, definition);
}

/**
 * sxsh_indicator_card_get_key:
 *
 * Returns: (nullable): the key of the indicator shown
 */
const char *
sxsh_indicator_card_get_key (SxshIndicatorCard *self)
{
  g_return_val_if_fail (SXSH_IS_INDICATOR_CARD (self), NULL);

  return self->key;
}

const char *
sxsh_indicator_card_get_value_text (SxshIndicatorCard *self)
{
  g_return_val_if_fail (SXSH_IS_INDICATOR_CARD (self), NULL);

  return gtk_label_get_label (self->value_label);
}

const char *
sxsh_indicator_card_get_fraction_text (SxshIndicatorCard *self)
{
  g_return_val_if_fail (SXSH_IS_INDICATOR_CARD (self), NULL);

  return gtk_label_get_label (self->fraction_label);
}

const char *
sxsh_indicator_card_get_change_text (SxshIndicatorCard *self)
{
  g_return_val_if_fail (SXSH_IS_INDICATOR_CARD (self), NULL);

  return gtk_label_get_label (self->change_label);
}

const char *
sxsh_indicator_card_get_secondary_text (SxshIndicatorCard *self)
{
  g_return_val_if_fail (SXSH_IS_INDICATOR_CARD (self), NULL);

  return gtk_label_get_label (self->secondary_value_label);
}

const char *
sxsh_indicator_card_get_badge_text (SxshIndicatorCard *self)
{
  g_return_val_if_fail (SXSH_IS_INDICATOR_CARD (self), NULL);

  return gtk_label_get_label (self->badge_label);
}

/**
 * sxsh_indicator_card_get_main_button:
 *
 * Returns: (transfer none): the button of the main figure
 */
GtkWidget *
sxsh_indicator_card_get_main_button (SxshIndicatorCard *self)
{
  g_return_val_if_fail (SXSH_IS_INDICATOR_CARD (self), NULL);

  return self->main_button;
}

/**
 * sxsh_indicator_card_get_secondary_button:
 *
 * Returns: (transfer none): the button of the second indicator's row
 */
GtkWidget *
sxsh_indicator_card_get_secondary_button (SxshIndicatorCard *self)
{
  g_return_val_if_fail (SXSH_IS_INDICATOR_CARD (self), NULL);

  return self->secondary_button;
}

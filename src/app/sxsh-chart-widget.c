/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sxsh-chart-widget.h"

/* Shows an SxshChart: the same cairo code that draws the chart into the PDF
 * report draws it here, and its hit test tells what is under the pointer,
 * for the tooltip and for the click that drills down. */

struct _SxshChartWidget
{
  GtkWidget                   parent_instance;

  SxshChart                  *chart;
  SxshChartWidgetTooltipFunc  tooltip_func;
  gpointer                    tooltip_data;
  GDestroyNotify              tooltip_destroy;

  /* What was last given to the chart, so that the chart's geometry (kept
   * for the hit test) is only thrown away when the style really changed. */
  char                       *family;
  double                      font_size;
  guint32                     foreground;
};

G_DEFINE_FINAL_TYPE (SxshChartWidget, sxsh_chart_widget, GTK_TYPE_WIDGET)

static SxshChartHit *sxsh_chart_hit_copy (const SxshChartHit *hit);

G_DEFINE_BOXED_TYPE (SxshChartHit, sxsh_chart_hit, sxsh_chart_hit_copy, g_free)

enum {
  PROP_0,
  PROP_CHART,
  N_PROPS
};

enum {
  SIGNAL_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static SxshChartHit *
sxsh_chart_hit_copy (const SxshChartHit *hit)
{
  return g_memdup2 (hit, sizeof *hit);
}

static gboolean
hit_is_activatable (const SxshChartHit *hit)
{
  switch (hit->kind)
    {
    case SXSH_CHART_HIT_POINT:
    case SXSH_CHART_HIT_SEGMENT:
    case SXSH_CHART_HIT_BIN:
      return TRUE;

    case SXSH_CHART_HIT_CATEGORY:
      /* A year's column of a line chart has no single set of facilities. */
      return !isnan (hit->value);

    case SXSH_CHART_HIT_NONE:
    case SXSH_CHART_HIT_LEGEND:
    default:
      return FALSE;
    }
}

/* The chart's text follows the desktop's font, a little smaller than body
 * text as chart labels usually are, and its colour follows the theme, so
 * that the chart stays readable in the dark style. */
static void
apply_style (SxshChartWidget *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self));
  const char *family = font != NULL ? pango_font_description_get_family (font) : NULL;
  double size = 0;
  GdkRGBA color;
  guint32 rgb;

  if (self->chart == NULL)
    return;

  if (font != NULL && pango_font_description_get_size (font) > 0)
    {
      size = (double) pango_font_description_get_size (font) / PANGO_SCALE;
      /* Points to pixels; the chart measures its text at 72 dpi. */
      if (!pango_font_description_get_size_is_absolute (font))
        size *= 96.0 / 72.0;
      size = round (size * 0.86 * 2) / 2;
    }

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (style, &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  rgb = ((guint32) round (color.red * 255) << 16) | ((guint32) round (color.green * 255) << 8)
        | (guint32) round (color.blue * 255);

  if (g_strcmp0 (family, self->family) != 0 || size != self->font_size)
    {
      g_free (self->family);
      self->family = g_strdup (family);
      self->font_size = size;
      sxsh_chart_set_font (self->chart, self->family, self->font_size);
    }
  if (rgb != self->foreground)
    {
      self->foreground = rgb;
      sxsh_chart_set_foreground (self->chart, rgb);
    }
}

static void
reset_style (SxshChartWidget *self)
{
  g_clear_pointer (&self->family, g_free);
  self->font_size = -1;
  self->foreground = G_MAXUINT32;
}

static void
pressed_cb (SxshChartWidget *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  SxshChartHit hit;

  /* Claimed only on something that drills down, so that a press elsewhere
   * still reaches the page (to scroll, or to focus). */
  if (n_press == 1 && sxsh_chart_widget_hit_test (self, x, y, &hit) && hit_is_activatable (&hit))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
released_cb (SxshChartWidget *self,
             int              n_press,
             double           x,
             double           y,
             GtkGestureClick *gesture)
{
  if (n_press == 1)
    sxsh_chart_widget_activate_at (self, x, y);
}

static void
motion_cb (SxshChartWidget          *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  SxshChartHit hit;
  gboolean active = sxsh_chart_widget_hit_test (self, x, y, &hit) && hit_is_activatable (&hit);

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), active ? "pointer" : NULL);
}

static void
leave_cb (SxshChartWidget          *self,
          GtkEventControllerMotion *controller)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

static gboolean
sxsh_chart_widget_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard_mode,
                                 GtkTooltip *tooltip)
{
  SxshChartWidget *self = SXSH_CHART_WIDGET (widget);
  g_autofree char *text = NULL;
  SxshChartHit hit;

  if (keyboard_mode || !sxsh_chart_widget_hit_test (self, x, y, &hit))
    return FALSE;

  text = sxsh_chart_widget_get_hit_text (self, &hit);
  if (text == NULL || *text == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  /* A small area around the pointer, so that the tooltip is asked again as
   * soon as the pointer moves on to the next bar or point. */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { x - 2, y - 2, 4, 4 });
  return TRUE;
}

static void
sxsh_chart_widget_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 420;
    }
  else
    {
      *minimum = 180;
      *natural = 260;
    }
}

static void
sxsh_chart_widget_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  SxshChartWidget *self = SXSH_CHART_WIDGET (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  apply_style (self);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  sxsh_chart_draw (self->chart, cr, 0, 0, width, height);
  cairo_destroy (cr);
}

static void
sxsh_chart_widget_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (sxsh_chart_widget_parent_class)->css_changed (widget, change);

  gtk_widget_queue_draw (widget);
}

static void
sxsh_chart_widget_dispose (GObject *object)
{
  SxshChartWidget *self = SXSH_CHART_WIDGET (object);

  g_clear_object (&self->chart);
  if (self->tooltip_destroy != NULL)
    g_clear_pointer (&self->tooltip_data, self->tooltip_destroy);
  self->tooltip_func = NULL;
  g_clear_pointer (&self->family, g_free);

  G_OBJECT_CLASS (sxsh_chart_widget_parent_class)->dispose (object);
}

static void
sxsh_chart_widget_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SxshChartWidget *self = SXSH_CHART_WIDGET (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_chart_widget_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SxshChartWidget *self = SXSH_CHART_WIDGET (object);

  switch (prop_id)
    {
    case PROP_CHART:
      sxsh_chart_widget_set_chart (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_chart_widget_class_init (SxshChartWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sxsh_chart_widget_dispose;
  object_class->get_property = sxsh_chart_widget_get_property;
  object_class->set_property = sxsh_chart_widget_set_property;

  widget_class->measure = sxsh_chart_widget_measure;
  widget_class->snapshot = sxsh_chart_widget_snapshot;
  widget_class->query_tooltip = sxsh_chart_widget_query_tooltip;
  widget_class->css_changed = sxsh_chart_widget_css_changed;

  /**
   * SxshChartWidget:chart:
   *
   * The chart shown.
   */
  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL,
                         SXSH_TYPE_CHART,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SxshChartWidget::activated:
   * @self: the widget
   * @hit: (type SxshChartHit): the point, segment, bin or category clicked
   *
   * Emitted when the user clicks something of the chart that stands for a
   * set of facilities.
   */
  signals[SIGNAL_ACTIVATED] =
    g_signal_new ("activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1,
                  SXSH_TYPE_CHART_HIT | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sxsh_chart_widget_init (SxshChartWidget *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  reset_style (self);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (pressed_cb), self);
  g_signal_connect_swapped (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
sxsh_chart_widget_new (SxshChart *chart)
{
  g_return_val_if_fail (chart == NULL || SXSH_IS_CHART (chart), NULL);

  return g_object_new (SXSH_TYPE_CHART_WIDGET, "chart", chart, NULL);
}

/**
 * sxsh_chart_widget_get_chart:
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
SxshChart *
sxsh_chart_widget_get_chart (SxshChartWidget *self)
{
  g_return_val_if_fail (SXSH_IS_CHART_WIDGET (self), NULL);

  return self->chart;
}

/**
 * sxsh_chart_widget_set_chart:
 *
 * Shows @chart, a new one each time the data change: a chart's data are
 * not changed behind the widget's back.
 */
void
sxsh_chart_widget_set_chart (SxshChartWidget *self,
                             SxshChart       *chart)
{
  g_return_if_fail (SXSH_IS_CHART_WIDGET (self));
  g_return_if_fail (chart == NULL || SXSH_IS_CHART (chart));

  if (!g_set_object (&self->chart, chart))
    return;

  reset_style (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

void
sxsh_chart_widget_set_tooltip_func (SxshChartWidget            *self,
                                    SxshChartWidgetTooltipFunc  func,
                                    gpointer                    user_data,
                                    GDestroyNotify              destroy)
{
  g_return_if_fail (SXSH_IS_CHART_WIDGET (self));

  if (self->tooltip_destroy != NULL)
    g_clear_pointer (&self->tooltip_data, self->tooltip_destroy);
  self->tooltip_func = func;
  self->tooltip_data = user_data;
  self->tooltip_destroy = destroy;
}

/**
 * sxsh_chart_widget_hit_test:
 * @x: widget coordinate
 * @y: widget coordinate
 * @hit: (out caller-allocates): what is there
 *
 * Returns: whether something of the chart is at (@x, @y)
 */
gboolean
sxsh_chart_widget_hit_test (SxshChartWidget *self,
                            double           x,
                            double           y,
                            SxshChartHit    *hit)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  g_return_val_if_fail (SXSH_IS_CHART_WIDGET (self), FALSE);

  if (self->chart == NULL || width <= 0 || height <= 0)
    {
      if (hit != NULL)
        *hit = (SxshChartHit) { SXSH_CHART_HIT_NONE, -1, -1, NAN };
      return FALSE;
    }

  apply_style (self);
  return sxsh_chart_hit_test (self->chart, width, height, x, y, hit);
}

/* The default description of a hit: "Chế biến gỗ — Applying: 12". */
static char *
default_hit_text (SxshChartWidget    *self,
                  const SxshChartHit *hit)
{
  SxshChart *chart = self->chart;
  const char *category = NULL;
  const char *series = NULL;
  g_autofree char *value = NULL;

  if (hit->category >= 0 && (guint) hit->category < sxsh_chart_get_n_categories (chart))
    category = sxsh_chart_get_category (chart, hit->category);
  if (hit->series >= 0 && (guint) hit->series < sxsh_chart_get_n_series (chart))
    series = sxsh_chart_get_series_name (chart, hit->series);
  if (!isnan (hit->value))
    value = sxsh_chart_format_value (chart, hit->value);

  switch (hit->kind)
    {
    case SXSH_CHART_HIT_POINT:
    case SXSH_CHART_HIT_SEGMENT:
      return g_strdup_printf ("%s — %s: %s", category, series, value != NULL ? value : "—");

    case SXSH_CHART_HIT_BIN:
    case SXSH_CHART_HIT_CATEGORY:
      if (value == NULL)
        return g_strdup (category);
      return g_strdup_printf ("%s: %s", category, value);

    case SXSH_CHART_HIT_LEGEND:
      return g_strdup (series);

    case SXSH_CHART_HIT_NONE:
    default:
      return NULL;
    }
}

/**
 * sxsh_chart_widget_get_hit_text:
 *
 * Returns: (transfer full) (nullable): the tooltip text for @hit
 */
char *
sxsh_chart_widget_get_hit_text (SxshChartWidget    *self,
                                const SxshChartHit *hit)
{
  g_return_val_if_fail (SXSH_IS_CHART_WIDGET (self), NULL);
  g_return_val_if_fail (hit != NULL, NULL);

  if (self->chart == NULL || hit->kind == SXSH_CHART_HIT_NONE)
    return NULL;

  if (self->tooltip_func != NULL)
    {
      char *text = self->tooltip_func (self, hit, self->tooltip_data);

      if (text != NULL)
        return text;
    }

  return default_hit_text (self, hit);
}

/**
 * sxsh_chart_widget_activate_at:
 * @x: widget coordinate
 * @y: widget coordinate
 *
 * Emits #SxshChartWidget::activated for what is at (@x, @y), as a click
 * there does.
 *
 * Returns: whether there was something to activate
 */
gboolean
sxsh_chart_widget_activate_at (SxshChartWidget *self,
                               double           x,
                               double           y)
{
  SxshChartHit hit;

  g_return_val_if_fail (SXSH_IS_CHART_WIDGET (self), FALSE);

  if (!sxsh_chart_widget_hit_test (self, x, y, &hit) || !hit_is_activatable (&hit))
    return FALSE;

  g_signal_emit (self, signals[SIGNAL_ACTIVATED], 0, &hit);
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "sxsh-chart-private.h"
#include "sxsh-format.h"

/* The drawing half of SxshChart: geometry (measured once per size and shared
 * with the hit test), cairo drawing, and the hit test. */

typedef struct
{
  double x, y, width, height;
} Rect;

typedef struct
{
  PangoLayout *layout;
  Rect rect;
  int series;
} LegendEntry;

/* Everything drawn, measured once for a given size; the drawing and the
 * hit test read the same numbers. */
typedef struct _Geometry
{
  SxshChart *chart;
  PangoContext *context;
  double width, height;
  double font_size;
  double pad;
  gboolean empty;
  PangoLayout *title;
  Rect title_rect;
  PangoLayout *y_title;
  Rect y_title_rect;
  PangoLayout *x_title;
  Rect x_title_rect;
  GArray *legend;
  Rect plot;
  /* The value axis. */
  double vmin, vmax, step;
  GPtrArray *ticks;
  /* The category axis. */
  GPtrArray *labels;
  int label_step;
  double label_width;
  /* The histogram's band label and the top of its row. */
  PangoLayout *band_label;
  double band_label_y;
} Geometry;

static gboolean
rect_contains (const Rect *r,
               double      x,
               double      y)
{
  return x >= r->x && x <= r->x + r->width && y >= r->y && y <= r->y + r->height;
}

static void
set_rgb (cairo_t *cr,
         guint32  rgb,
         double   alpha)
{
  cairo_set_source_rgba (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                         (rgb & 0xff) / 255.0, alpha);
}

/* The relative lightness of a colour, to pick a legible text colour on it. */
static double
luma (guint32 rgb)
{
  return (0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff))
         / 255.0;
}

/* Text */

static PangoContext *
create_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Measured the same way on screen and in a PDF, so that the hit test
   * agrees with what was drawn wherever it was drawn. */
  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (context, pango_language_from_string ("vi"));
  return context;
}

static PangoLayout *
make_layout (Geometry   *g,
             const char *text,
             double      scale,
             gboolean    bold)
{
  PangoLayout *layout = pango_layout_new (g->context);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, g->chart->family);
  pango_font_description_set_size (font, (int) round (g->font_size * scale * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text ? text : "", -1);
  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width)
    *width = (double) logical.width / PANGO_SCALE;
  if (height)
    *height = (double) logical.height / PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  double w;

  layout_size (layout, &w, NULL);
  return w;
}

static double
layout_height (PangoLayout *layout)
{
  double h;

  layout_size (layout, NULL, &h);
  return h;
}

/* Draws @layout with its logical box's top left at (x, y). */
static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, x - (double) logical.x / PANGO_SCALE, y);
  pango_cairo_show_layout (cr, layout);
}

static char *
format_tick (SxshChart *self,
             double     value,
             double     step)
{
  int decimals = step >= 1 || step <= 0 ? 0 : (int) ceil (-log10 (step) - 1e-9);

  if (self->percent)
    return sxsh_format_percent (value, decimals);
  return sxsh_format_number (value, decimals);
}

/* A round step giving about @n_ticks intervals over [0, span]. */
static double
nice_step (double span,
           int    n_ticks,
           gboolean integers)
{
  double raw, magnitude, fraction, step;

  if (span <= 0)
    return 1;
  raw = span / MAX (1, n_ticks);
  magnitude = pow (10, floor (log10 (raw)));
  fraction = raw / magnitude;
  if (fraction <= 1)
    step = magnitude;
  else if (fraction <= 2)
    step = 2 * magnitude;
  else if (fraction <= 2.5 && magnitude >= 10)
    step = 2.5 * magnitude;
  else if (fraction <= 5)
    step = 5 * magnitude;
  else
    step = 10 * magnitude;
  if (integers && step < 1)
    step = 1;
  return step;
}

/* Geometry */

static void
geometry_clear (Geometry *g)
{
  g_clear_object (&g->title);
  g_clear_object (&g->y_title);
  g_clear_object (&g->x_title);
  g_clear_object (&g->band_label);
  if (g->legend)
    {
      for (guint i = 0; i < g->legend->len; i++)
        g_object_unref (g_array_index (g->legend, LegendEntry, i).layout);
      g_array_unref (g->legend);
    }
  g_clear_pointer (&g->ticks, g_ptr_array_unref);
  g_clear_pointer (&g->labels, g_ptr_array_unref);
  g_clear_object (&g->context);
}

static void
geometry_free (Geometry *g)
{
  geometry_clear (g);
  g_free (g);
}

void
sxsh_chart_invalidate_geometry (SxshChart *self)
{
  g_clear_pointer (&self->hit_geometry, geometry_free);
}

static gboolean
value_axis_vertical (SxshChart *self)
{
  return !(self->kind == SXSH_CHART_STACKED_BAR && self->horizontal);
}

static void
compute_value_axis (Geometry *g,
                    double    length)
{
  SxshChart *self = g->chart;
  int n_ticks = (int) CLAMP (length / (g->font_size * (value_axis_vertical (self) ? 2.6 : 4.2)),
                             2, 6);

  if (self->has_range)
    {
      g->vmin = self->range_min;
      g->vmax = self->range_max;
      g->step = nice_step (g->vmax - g->vmin, n_ticks, FALSE);
    }
  else if (self->kind == SXSH_CHART_LINE && self->percent)
    {
      g->vmin = 0;
      g->vmax = 100;
      g->step = nice_step (100, n_ticks, TRUE);
      if (fmod (100, g->step) != 0)
        g->step = 25;
    }
  else
    {
      double max = sxsh_chart_data_max (self);

      /* Counts are written over vertical bars: leave them room under the
       * plot's top edge. */
      if (self->kind != SXSH_CHART_LINE && value_axis_vertical (self) && length > 0)
        max *= 1 + 1.3 * g->font_size / length;
      g->vmin = 0;
      g->step = nice_step (max > 0 ? max : 1, n_ticks, self->kind != SXSH_CHART_LINE);
      g->vmax = ceil (MAX (max, 1e-9) / g->step - 1e-9) * g->step;
      if (g->vmax <= g->vmin)
        g->vmax = g->vmin + g->step;
    }

  g_ptr_array_set_size (g->ticks, 0);
  for (double v = g->vmin; v <= g->vmax + g->step * 1e-6; v += g->step)
    {
      g_autofree char *text = format_tick (self, v, g->step);

      g_ptr_array_add (g->ticks, make_layout (g, text, 0.9, FALSE));
    }
}

static double
value_to_axis (Geometry *g,
               double    value)
{
  double f = (value - g->vmin) / (g->vmax - g->vmin);

  if (value_axis_vertical (g->chart))
    return g->plot.y + g->plot.height * (1 - f);
  return g->plot.x + g->plot.width * f;
}

/* Lays the legend out in rows under the plot; returns its height. */
static double
compute_legend (Geometry *g,
                double    bottom)
{
  SxshChart *self = g->chart;
  double swatch = g->font_size * 1.6;
  double gap = g->font_size * 0.4;
  double row_height = g->font_size * 1.35;
  double available = g->width - 2 * g->pad;
  double x = 0, rows = 1;
  gboolean any_target = FALSE;

  g->legend = g_array_new (FALSE, TRUE, sizeof (LegendEntry));
  if (self->kind == SXSH_CHART_HISTOGRAM)
    return 0;
  for (guint s = 0; s < self->series->len; s++)
    {
      LegendEntry entry = { 0 };

      entry.series = (int) s;
      entry.layout = make_layout (g, get_series (self, s)->name, 0.9, FALSE);
      g_array_append_val (g->legend, entry);
      any_target |= self->kind == SXSH_CHART_LINE && has_value (get_series (self, s)->target);
    }
  if (any_target)
    {
      LegendEntry entry = { 0 };

      entry.series = LEGEND_TARGET;
      entry.layout = make_layout (g, self->target_label, 0.9, FALSE);
      g_array_append_val (g->legend, entry);
    }
  if (g->legend->len <= 1 && !any_target && self->kind != SXSH_CHART_STACKED_BAR)
    {
      /* One series needs no legend: the title names it. */
      for (guint i = 0; i < g->legend->len; i++)
        g_object_unref (g_array_index (g->legend, LegendEntry, i).layout);
      g_array_set_size (g->legend, 0);
      return 0;
    }

  /* First pass: rows; entries too long for a row are ellipsized. */
  for (guint i = 0; i < g->legend->len; i++)
    {
      LegendEntry *entry = &g_array_index (g->legend, LegendEntry, i);
      double w;

      pango_layout_set_width (entry->layout,
                              (int) ((available - swatch - gap) * PANGO_SCALE));
      pango_layout_set_ellipsize (entry->layout, PANGO_ELLIPSIZE_END);
      w = swatch + gap + layout_width (entry->layout);
      if (x > 0 && x + w > available)
        {
          rows++;
          x = 0;
        }
      entry->rect.x = x;
      entry->rect.y = rows - 1;
      entry->rect.width = w;
      entry->rect.height = row_height;
      x += w + g->font_size * 1.2;
    }
  /* Second pass: centre each row and place it. */
  {
    double top = bottom - rows * row_height;

    for (guint i = 0; i < g->legend->len;)
      {
        guint j = i;
        double row = g_array_index (g->legend, LegendEntry, i).rect.y;
        double row_width, offset;

        while (j < g->legend->len && g_array_index (g->legend, LegendEntry, j).rect.y == row)
          j++;
        {
          LegendEntry *last = &g_array_index (g->legend, LegendEntry, j - 1);

          row_width = last->rect.x + last->rect.width;
        }
        offset = g->pad + MAX (0, (available - row_width) / 2);
        for (guint k = i; k < j; k++)
          {
            LegendEntry *entry = &g_array_index (g->legend, LegendEntry, k);

            entry->rect.x += offset;
            entry->rect.y = top + row * row_height;
          }
        i = j;
      }
  }
  return rows * row_height;
}

static void
geometry_compute (SxshChart *self,
                  double     width,
                  double     height,
                  Geometry  *g)
{
  double top, bottom, left, right;
  guint n = self->categories->len;

  memset (g, 0, sizeof *g);
  g->chart = self;
  g->context = create_context ();
  g->width = width;
  g->height = height;
  g->font_size = self->font_size > 0 ? self->font_size
                                      : CLAMP (MIN (width, height * 1.6) / 34, 7, 11);
  g->pad = g->font_size * 0.6;
  g->empty = sxsh_chart_is_empty (self);
  g->ticks = g_ptr_array_new_with_free_func (g_object_unref);
  g->labels = g_ptr_array_new_with_free_func (g_object_unref);
  g->label_step = 1;

  top = g->pad;
  bottom = height - g->pad;
  left = g->pad;
  right = width - g->pad;

  if (self->title && *self->title)
    {
      g->title = make_layout (g, self->title, 1.1, TRUE);
      pango_layout_set_width (g->title, (int) ((right - left) * PANGO_SCALE));
      pango_layout_set_alignment (g->title, PANGO_ALIGN_CENTER);
      pango_layout_set_wrap (g->title, PANGO_WRAP_WORD);
      g->title_rect = (Rect) { left, top, right - left, layout_height (g->title) };
      top += g->title_rect.height + g->pad * 0.6;
    }
  if (g->empty)
    {
      g->legend = g_array_new (FALSE, TRUE, sizeof (LegendEntry));
      g->plot = (Rect) { left, top, right - left, MAX (0, bottom - top) };
      return;
    }

  bottom -= compute_legend (g, bottom);
  if (g->legend->len > 0)
    bottom -= g->pad * 0.6;

  if (self->x_title && *self->x_title)
    {
      g->x_title = make_layout (g, self->x_title, 0.9, FALSE);
      bottom -= layout_height (g->x_title);
      g->x_title_rect = (Rect) { 0, bottom, layout_width (g->x_title), layout_height (g->x_title) };
      bottom -= g->pad * 0.3;
    }
  if (self->y_title && *self->y_title)
    {
      g->y_title = make_layout (g, self->y_title, 0.9, FALSE);
      g->y_title_rect = (Rect) { left, top, layout_width (g->y_title), layout_height (g->y_title) };
      top += g->y_title_rect.height + g->pad * 0.4;
    }

  if (value_axis_vertical (self))
    {
      double label_height = g->font_size * 1.25;
      double widest_tick = 0;
      int label_lines = self->kind == SXSH_CHART_STACKED_BAR ? 2 : 1;

      bottom -= label_lines * label_height + g->pad * 0.3;
      /* Room for the half of the top tick label above the plot. */
      top += g->font_size * 0.5;
      /* The band's label gets a row of its own over the plot. */
      if (self->kind == SXSH_CHART_HISTOGRAM && self->band_label && *self->band_label
          && self->band_first >= 0)
        {
          g->band_label = make_layout (g, self->band_label, 0.85, TRUE);
          g->band_label_y = top - g->font_size * 0.3;
          top = g->band_label_y + layout_height (g->band_label) + g->pad * 0.3;
        }
      compute_value_axis (g, bottom - top);
      for (guint i = 0; i < g->ticks->len; i++)
        widest_tick = MAX (widest_tick, layout_width (g_ptr_array_index (g->ticks, i)));
      /* Target values are written right of the plot, where no data is. */
      if (self->kind == SXSH_CHART_LINE)
        {
          double widest_target = 0;

          for (guint s = 0; s < self->series->len; s++)
            if (has_value (get_series (self, s)->target))
              {
                double target = get_series (self, s)->target;
                g_autofree char *text = sxsh_chart_format_value (self, target);
                g_autoptr(PangoLayout) label = make_layout (g, text, 0.8, FALSE);

                widest_target = MAX (widest_target, layout_width (label));
              }
          if (widest_target > 0)
            right -= widest_target + g->pad * 0.4;
        }
      left += widest_tick + g->pad * 0.6;
      g->plot = (Rect) { left, top, MAX (1, right - left), MAX (1, bottom - top) };

      /* Category labels under the plot: every label_step-th one when they
       * would overlap. */
      {
        double band = g->plot.width / MAX (n, 1);
        double widest = 0;

        for (guint c = 0; c < n; c++)
          {
            PangoLayout *label = make_layout (g, g_ptr_array_index (self->categories, c), 0.9,
                                              FALSE);

            if (self->kind == SXSH_CHART_STACKED_BAR)
              {
                pango_layout_set_width (label, (int) (band * 0.96 * PANGO_SCALE));
                pango_layout_set_height (label, -label_lines);
                pango_layout_set_wrap (label, PANGO_WRAP_WORD_CHAR);
                pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
                pango_layout_set_alignment (label, PANGO_ALIGN_CENTER);
              }
            widest = MAX (widest, layout_width (label));
            g_ptr_array_add (g->labels, label);
          }
        if (self->kind != SXSH_CHART_STACKED_BAR)
          g->label_step = MAX (1, (int) ceil ((widest + g->font_size * 0.6) / band));
      }
      if (g->x_title)
        g->x_title_rect.x = g->plot.x + (g->plot.width - g->x_title_rect.width) / 2;
    }
  else
    {
      /* Horizontal bars: category names on the left, counts at the bottom. */
      double band, line_height = g->font_size * 0.9 * 1.2;
      double widest = 0, total_width;
      int lines;

      bottom -= g->font_size * 1.2 + g->pad * 0.3;
      band = (bottom - top) / MAX (n, 1);
      lines = MAX (1, (int) floor (band * 0.95 / line_height));
      g->label_width = (right - left) * 0.36;
      for (guint c = 0; c < n; c++)
        {
          PangoLayout *label = make_layout (g, g_ptr_array_index (self->categories, c), 0.9,
                                            FALSE);

          pango_layout_set_width (label, (int) (g->label_width * PANGO_SCALE));
          pango_layout_set_height (label, -MIN (lines, 2));
          pango_layout_set_wrap (label, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
          pango_layout_set_alignment (label, PANGO_ALIGN_RIGHT);
          widest = MAX (widest, layout_width (label));
          g_ptr_array_add (g->labels, label);
        }
      g->label_width = MIN (g->label_width, widest);
      {
        g_autofree char *max_text = sxsh_chart_format_value (self, sxsh_chart_data_max (self));
        g_autoptr(PangoLayout) total = make_layout (g, max_text, 0.85, TRUE);

        total_width = layout_width (total) + g->pad * 0.5;
      }
      left += g->label_width + g->pad * 0.6;
      g->plot = (Rect) { left, top, MAX (1, right - left - total_width), MAX (1, bottom - top) };
      compute_value_axis (g, g->plot.width);
      if (g->x_title)
        g->x_title_rect.x = g->plot.x + (g->plot.width - g->x_title_rect.width) / 2;
    }
}

/* Positions of categories along the category axis. */
static double
category_center (Geometry *g,
                 guint     c)
{
  double n = MAX (g->chart->categories->len, 1);

  if (value_axis_vertical (g->chart))
    return g->plot.x + g->plot.width * (c + 0.5) / n;
  return g->plot.y + g->plot.height * (c + 0.5) / n;
}

static double
category_band (Geometry *g)
{
  double n = MAX (g->chart->categories->len, 1);

  return (value_axis_vertical (g->chart) ? g->plot.width : g->plot.height) / n;
}

/* The rectangle of part @s of bar @c (stacked) or of bin @c (histogram). */
static gboolean
bar_rect (Geometry *g,
          guint     s,
          guint     c,
          Rect     *rect)
{
  SxshChart *self = g->chart;
  double band = category_band (g);
  double thickness = band * (self->kind == SXSH_CHART_HISTOGRAM ? 0.86 : 0.68);
  double start = 0, v = value_at (self, s, c);
  double a, b;

  if (!has_value (v) || v <= 0)
    return FALSE;
  if (self->kind == SXSH_CHART_STACKED_BAR)
    for (guint k = 0; k < s; k++)
      {
        double before = value_at (self, k, c);

        if (has_value (before) && before > 0)
          start += before;
      }
  a = value_to_axis (g, start);
  b = value_to_axis (g, start + v);
  if (value_axis_vertical (self))
    *rect = (Rect) { category_center (g, c) - thickness / 2, b, thickness, a - b };
  else
    *rect = (Rect) { a, category_center (g, c) - thickness / 2, b - a, thickness };
  return TRUE;
}

/* Drawing */

static void
draw_marker (cairo_t *cr,
             guint    shape,
             double   x,
             double   y,
             double   r)
{
  switch (shape % 4)
    {
    case 0:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case 2:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.1, y + r * 0.8);
      cairo_line_to (cr, x - r * 1.1, y + r * 0.8);
      cairo_close_path (cr);
      break;
    default:
      cairo_move_to (cr, x, y - r * 1.25);
      cairo_line_to (cr, x + r * 1.1, y);
      cairo_line_to (cr, x, y + r * 1.25);
      cairo_line_to (cr, x - r * 1.1, y);
      cairo_close_path (cr);
      break;
    }
}

static void
draw_value_axis (cairo_t  *cr,
                 Geometry *g)
{
  SxshChart *self = g->chart;
  guint i = 0;

  cairo_set_line_width (cr, MAX (0.5, g->font_size / 18));
  for (double v = g->vmin; i < g->ticks->len; v += g->step, i++)
    {
      PangoLayout *tick = g_ptr_array_index (g->ticks, i);
      double pos = value_to_axis (g, v);
      double w, h;

      layout_size (tick, &w, &h);
      set_rgb (cr, self->foreground, i == 0 ? 0.6 : 0.16);
      if (value_axis_vertical (self))
        {
          cairo_move_to (cr, g->plot.x, pos);
          cairo_line_to (cr, g->plot.x + g->plot.width, pos);
          cairo_stroke (cr);
          set_rgb (cr, self->foreground, 0.85);
          show_layout (cr, tick, g->plot.x - g->pad * 0.4 - w, pos - h / 2);
        }
      else
        {
          cairo_move_to (cr, pos, g->plot.y);
          cairo_line_to (cr, pos, g->plot.y + g->plot.height);
          cairo_stroke (cr);
          set_rgb (cr, self->foreground, 0.85);
          show_layout (cr, tick,
                       CLAMP (pos - w / 2, 0, g->width - w),
                       g->plot.y + g->plot.height + g->pad * 0.3);
        }
    }
}

static void
draw_category_labels (cairo_t  *cr,
                      Geometry *g)
{
  SxshChart *self = g->chart;

  set_rgb (cr, self->foreground, 0.85);
  for (guint c = 0; c < g->labels->len; c++)
    {
      PangoLayout *label = g_ptr_array_index (g->labels, c);
      double w, h;

      if (c % g->label_step != 0)
        continue;
      layout_size (label, &w, &h);
      if (value_axis_vertical (self))
        {
          if (pango_layout_get_width (label) > 0)
            {
              /* Centred layouts carry their own width. */
              double lw = (double) pango_layout_get_width (label) / PANGO_SCALE;

              cairo_move_to (cr, category_center (g, c) - lw / 2,
                             g->plot.y + g->plot.height + g->pad * 0.3);
              pango_cairo_show_layout (cr, label);
            }
          else
            show_layout (cr, label, category_center (g, c) - w / 2,
                         g->plot.y + g->plot.height + g->pad * 0.3);
        }
      else
        {
          double lw = (double) pango_layout_get_width (label) / PANGO_SCALE;

          /* Right-aligned in its box, which ends at the plot's left edge. */
          cairo_move_to (cr, g->plot.x - g->pad * 0.6 - lw, category_center (g, c) - h / 2);
          pango_cairo_show_layout (cr, label);
        }
    }
}

static void
draw_legend (cairo_t  *cr,
             Geometry *g)
{
  SxshChart *self = g->chart;
  double swatch = g->font_size * 1.6;
  double gap = g->font_size * 0.4;

  for (guint i = 0; i < g->legend->len; i++)
    {
      LegendEntry *entry = &g_array_index (g->legend, LegendEntry, i);
      double cy = entry->rect.y + entry->rect.height / 2;
      double x = entry->rect.x;

      if (entry->series == LEGEND_TARGET)
        {
          static const double dash[] = { 3, 2 };

          set_rgb (cr, self->foreground, 0.75);
          cairo_set_line_width (cr, MAX (1, g->font_size / 8));
          cairo_set_dash (cr, dash, 2, 0);
          cairo_move_to (cr, x, cy);
          cairo_line_to (cr, x + swatch, cy);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      else
        {
          guint32 rgb = sxsh_chart_get_series_color (self, entry->series);

          set_rgb (cr, rgb, 1);
          if (self->kind == SXSH_CHART_LINE)
            {
              cairo_set_line_width (cr, MAX (1.5, g->font_size / 5));
              cairo_move_to (cr, x, cy);
              cairo_line_to (cr, x + swatch, cy);
              cairo_stroke (cr);
              draw_marker (cr, entry->series, x + swatch / 2, cy, g->font_size * 0.32);
              cairo_fill (cr);
            }
          else
            {
              cairo_rectangle (cr, x + swatch * 0.2, cy - g->font_size * 0.4, swatch * 0.6,
                               g->font_size * 0.8);
              cairo_fill (cr);
            }
        }
      set_rgb (cr, self->foreground, 0.9);
      show_layout (cr, entry->layout, x + swatch + gap,
                   cy - layout_height (entry->layout) / 2);
    }
}

static void
draw_line_series (cairo_t  *cr,
                  Geometry *g)
{
  SxshChart *self = g->chart;
  double line_width = MAX (1.5, g->font_size / 5);
  double radius = MAX (2.2, g->font_size * 0.32);
  GArray *labelled = g_array_new (FALSE, FALSE, sizeof (double));

  /* Targets first, under the data. */
  for (guint s = 0; s < self->series->len; s++)
    {
      Series *series = get_series (self, s);
      double dash[] = { g->font_size * 0.6, g->font_size * 0.35 };
      double y;
      gboolean seen = FALSE;

      if (!has_value (series->target))
        continue;
      y = value_to_axis (g, series->target);
      set_rgb (cr, sxsh_chart_get_series_color (self, s), 0.9);
      cairo_set_line_width (cr, line_width * 0.7);
      cairo_set_dash (cr, dash, 2, s * 2.0);
      cairo_move_to (cr, g->plot.x, y);
      cairo_line_to (cr, g->plot.x + g->plot.width, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      /* One label per distinct target value, at the right end. */
      for (guint k = 0; k < labelled->len; k++)
        seen |= fabs (g_array_index (labelled, double, k) - series->target) < 1e-9;
      if (!seen)
        {
          g_autofree char *text = sxsh_chart_format_value (self, series->target);
          g_autoptr(PangoLayout) label = make_layout (g, text, 0.8, FALSE);
          double w, h;

          layout_size (label, &w, &h);
          set_rgb (cr, self->foreground, 0.8);
          show_layout (cr, label, g->plot.x + g->plot.width + g->pad * 0.3, y - h / 2);
          g_array_append_val (labelled, series->target);
        }
    }
  g_array_unref (labelled);

  for (guint s = 0; s < self->series->len; s++)
    {
      guint32 rgb = sxsh_chart_get_series_color (self, s);
      gboolean drawing = FALSE;

      set_rgb (cr, rgb, 1);
      cairo_set_line_width (cr, line_width);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      for (guint c = 0; c < self->categories->len; c++)
        {
          double v = value_at (self, s, c);

          if (!has_value (v))
            {
              /* A missing year breaks the line. */
              drawing = FALSE;
              continue;
            }
          if (drawing)
            cairo_line_to (cr, category_center (g, c), value_to_axis (g, v));
          else
            cairo_move_to (cr, category_center (g, c), value_to_axis (g, v));
          drawing = TRUE;
        }
      cairo_stroke (cr);

      for (guint c = 0; c < self->categories->len; c++)
        {
          double v = value_at (self, s, c);

          if (!has_value (v))
            continue;
          draw_marker (cr, s, category_center (g, c), value_to_axis (g, v), radius);
          set_rgb (cr, rgb, 1);
          cairo_fill_preserve (cr);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_set_line_width (cr, MAX (0.6, radius * 0.35));
          cairo_stroke (cr);
        }
    }
}

static void
draw_bars (cairo_t  *cr,
           Geometry *g)
{
  SxshChart *self = g->chart;
  guint n_series = self->kind == SXSH_CHART_HISTOGRAM ? MIN (1, self->series->len)
                                                      : self->series->len;

  for (guint c = 0; c < self->categories->len; c++)
    {
      for (guint s = 0; s < n_series; s++)
        {
          guint32 rgb = sxsh_chart_get_series_color (self, s);
          Rect r;

          if (!bar_rect (g, s, c, &r))
            continue;
          set_rgb (cr, rgb, 1);
          cairo_rectangle (cr, r.x, r.y, r.width, r.height);
          cairo_fill (cr);

          /* The count inside the part when it fits there. */
          if (self->kind == SXSH_CHART_STACKED_BAR)
            {
              g_autofree char *text = sxsh_chart_format_value (self, value_at (self, s, c));
              g_autoptr(PangoLayout) label = make_layout (g, text, 0.8, FALSE);
              double w, h;

              layout_size (label, &w, &h);
              if (w + 2 <= r.width && h <= r.height + 1)
                {
                  if (luma (rgb) < 0.5)
                    cairo_set_source_rgb (cr, 1, 1, 1);
                  else
                    cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
                  show_layout (cr, label, r.x + (r.width - w) / 2, r.y + (r.height - h) / 2);
                }
            }
        }

      /* The total at the end of the bar, or the count over a bin. */
      {
        double total = self->kind == SXSH_CHART_HISTOGRAM ? value_at (self, 0, c)
                                                          : sxsh_chart_category_total (self, c);
        g_autofree char *text = NULL;
        g_autoptr(PangoLayout) label = NULL;
        double w, h, end;

        if (!has_value (total) || (total <= 0 && self->kind == SXSH_CHART_STACKED_BAR))
          continue;
        text = sxsh_chart_format_value (self, total);
        label = make_layout (g, text, 0.85, self->kind == SXSH_CHART_STACKED_BAR);
        layout_size (label, &w, &h);
        end = value_to_axis (g, MAX (total, 0));
        set_rgb (cr, self->foreground, 0.9);
        if (value_axis_vertical (self))
          show_layout (cr, label, category_center (g, c) - w / 2, MAX (g->plot.y - h, end - h - 1));
        else
          show_layout (cr, label, end + g->pad * 0.3, category_center (g, c) - h / 2);
      }
    }
}

static void
draw_band (cairo_t  *cr,
           Geometry *g)
{
  SxshChart *self = g->chart;
  double band = category_band (g);
  double x0, x1, top = g->plot.y;
  guint n = self->categories->len;

  if (self->band_first < 0 || (guint) self->band_first >= n)
    return;
  x0 = g->plot.x + band * self->band_first;
  x1 = g->plot.x + band * (MIN ((guint) self->band_last, n - 1) + 1);
  if (g->band_label)
    top = g->band_label_y;
  set_rgb (cr, SXSH_CHART_COLOR_AMBER, 0.2);
  cairo_rectangle (cr, x0, top, x1 - x0, g->plot.y + g->plot.height - top);
  cairo_fill (cr);
  if (g->band_label)
    {
      double w, h;

      layout_size (g->band_label, &w, &h);
      set_rgb (cr, self->foreground, 0.9);
      show_layout (cr, g->band_label,
                   CLAMP ((x0 + x1 - w) / 2, 0, g->width - w), g->band_label_y);
    }
}

static void
draw_chart (SxshChart *self,
            cairo_t   *cr,
            double     width,
            double     height)
{
  Geometry g;

  geometry_compute (self, width, height, &g);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_new_path (cr);

  if (g.title)
    {
      set_rgb (cr, self->foreground, 1);
      cairo_move_to (cr, g.title_rect.x, g.title_rect.y);
      pango_cairo_show_layout (cr, g.title);
    }

  if (g.empty)
    {
      g_autoptr(PangoLayout) message = make_layout (&g, self->empty_text, 1.1, FALSE);
      double w, h;

      layout_size (message, &w, &h);
      set_rgb (cr, self->foreground, 0.6);
      show_layout (cr, message, g.plot.x + (g.plot.width - w) / 2,
                   g.plot.y + (g.plot.height - h) / 2);
      cairo_restore (cr);
      geometry_clear (&g);
      return;
    }

  if (g.y_title)
    {
      set_rgb (cr, self->foreground, 0.85);
      show_layout (cr, g.y_title, g.y_title_rect.x, g.y_title_rect.y);
    }
  if (g.x_title)
    {
      set_rgb (cr, self->foreground, 0.85);
      show_layout (cr, g.x_title, g.x_title_rect.x, g.x_title_rect.y);
    }

  if (self->kind == SXSH_CHART_HISTOGRAM)
    draw_band (cr, &g);
  draw_value_axis (cr, &g);
  draw_category_labels (cr, &g);
  if (self->kind == SXSH_CHART_LINE)
    draw_line_series (cr, &g);
  else
    draw_bars (cr, &g);
  draw_legend (cr, &g);

  cairo_restore (cr);
  geometry_clear (&g);
}

void
sxsh_chart_draw (SxshChart *self,
                 cairo_t   *cr,
                 double     x,
                 double     y,
                 double     width,
                 double     height)
{
  g_return_if_fail (SXSH_IS_CHART (self));
  g_return_if_fail (cr != NULL);

  if (width <= 0 || height <= 0)
    return;
  cairo_save (cr);
  cairo_translate (cr, x, y);
  draw_chart (self, cr, width, height);
  cairo_restore (cr);
}

void
sxsh_chart_draw_func (cairo_t *cr,
                      double   width,
                      double   height,
                      gpointer chart)
{
  sxsh_chart_draw (SXSH_CHART (chart), cr, 0, 0, width, height);
}

gboolean
sxsh_chart_hit_test (SxshChart    *self,
                     double        width,
                     double        height,
                     double        x,
                     double        y,
                     SxshChartHit *hit)
{
  Geometry *g;
  SxshChartHit result = { SXSH_CHART_HIT_NONE, -1, -1, NAN };

  g_return_val_if_fail (SXSH_IS_CHART (self), FALSE);

  if (width <= 0 || height <= 0)
    goto out;
  if (self->hit_geometry == NULL || self->hit_geometry->width != width
      || self->hit_geometry->height != height)
    {
      sxsh_chart_invalidate_geometry (self);
      self->hit_geometry = g_new0 (Geometry, 1);
      geometry_compute (self, width, height, self->hit_geometry);
    }
  g = self->hit_geometry;
  if (g->empty)
    goto out;

  for (guint i = 0; i < g->legend->len; i++)
    {
      LegendEntry *entry = &g_array_index (g->legend, LegendEntry, i);

      if (rect_contains (&entry->rect, x, y))
        {
          result.kind = SXSH_CHART_HIT_LEGEND;
          result.series = entry->series;
          goto out;
        }
    }

  if (self->kind == SXSH_CHART_LINE)
    {
      double best = MAX (6.0, g->font_size * 0.9);

      for (guint s = 0; s < self->series->len; s++)
        for (guint c = 0; c < self->categories->len; c++)
          {
            double v = value_at (self, s, c);
            double d;

            if (!has_value (v))
              continue;
            d = hypot (x - category_center (g, c), y - value_to_axis (g, v));
            if (d <= best)
              {
                best = d;
                result.kind = SXSH_CHART_HIT_POINT;
                result.series = (int) s;
                result.category = (int) c;
                result.value = v;
              }
          }
      if (result.kind == SXSH_CHART_HIT_NONE && rect_contains (&g->plot, x, y))
        {
          result.kind = SXSH_CHART_HIT_CATEGORY;
          result.category = (int) CLAMP ((x - g->plot.x) / category_band (g), 0,
                                         self->categories->len - 1);
        }
    }
  else
    {
      guint n_series = self->kind == SXSH_CHART_HISTOGRAM ? MIN (1, self->series->len)
                                                          : self->series->len;

      for (guint c = 0; c < self->categories->len && result.kind == SXSH_CHART_HIT_NONE; c++)
        for (guint s = 0; s < n_series; s++)
          {
            Rect r;

            if (bar_rect (g, s, c, &r) && rect_contains (&r, x, y))
              {
                result.kind = self->kind == SXSH_CHART_HISTOGRAM ? SXSH_CHART_HIT_BIN
                                                                 : SXSH_CHART_HIT_SEGMENT;
                result.series = (int) s;
                result.category = (int) c;
                result.value = value_at (self, s, c);
                break;
              }
          }
      if (result.kind == SXSH_CHART_HIT_NONE)
        {
          gboolean vertical = value_axis_vertical (self);
          double along = vertical ? x - g->plot.x : y - g->plot.y;
          double across = vertical ? y : x;
          double lo = vertical ? g->plot.y : g->plot.x - g->label_width - g->pad * 0.6;
          double hi = vertical ? g->height : g->width;
          double band = category_band (g);

          /* Anywhere in a category's band, labels included, means the category. */
          if (along >= 0 && along < band * self->categories->len && across >= lo && across <= hi)
            {
              guint c = (guint) (along / band);

              if (self->kind == SXSH_CHART_HISTOGRAM)
                {
                  result.kind = SXSH_CHART_HIT_BIN;
                  result.series = 0;
                  result.category = (int) c;
                  result.value = value_at (self, 0, c);
                }
              else
                {
                  result.kind = SXSH_CHART_HIT_CATEGORY;
                  result.category = (int) c;
                  result.value = sxsh_chart_category_total (self, c);
                }
            }
        }
    }

out:
  if (hit)
    *hit = result;
  return result.kind != SXSH_CHART_HIT_NONE;
}

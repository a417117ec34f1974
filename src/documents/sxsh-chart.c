/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "sxsh-chart-private.h"
#include "sxsh-format.h"

/* The data half of SxshChart: categories, series, targets and options; the
 * drawing is in sxsh-chart-draw.c. */

G_DEFINE_FINAL_TYPE (SxshChart, sxsh_chart, G_TYPE_OBJECT)

static const guint32 palette[] = {
  SXSH_CHART_COLOR_BLUE,
  SXSH_CHART_COLOR_RUST,
  SXSH_CHART_COLOR_AMBER,
  SXSH_CHART_COLOR_LIGHT_BLUE,
};

static void
series_free (Series *series)
{
  g_free (series->name);
  g_free (series->values);
  g_free (series);
}

/* Values and axes */

char *
sxsh_chart_format_value (SxshChart *self,
                         double     value)
{
  int decimals;

  g_return_val_if_fail (SXSH_IS_CHART (self), NULL);

  if (!has_value (value))
    return g_strdup ("—");
  decimals = fabs (value - round (value)) < 1e-9 ? 0 : 1;
  if (self->percent)
    return sxsh_format_percent (value, decimals);
  return sxsh_format_number (value, decimals);
}

double
sxsh_chart_category_total (SxshChart *self,
                guint      category)
{
  double total = 0;

  for (guint s = 0; s < self->series->len; s++)
    {
      double v = value_at (self, s, category);

      if (has_value (v) && v > 0)
        total += v;
    }
  return total;
}

double
sxsh_chart_data_max (SxshChart *self)
{
  double max = 0;

  for (guint c = 0; c < self->categories->len; c++)
    {
      if (self->kind == SXSH_CHART_STACKED_BAR)
        max = MAX (max, sxsh_chart_category_total (self, c));
      else
        for (guint s = 0; s < self->series->len; s++)
          {
            double v = value_at (self, s, c);

            if (has_value (v))
              max = MAX (max, v);
            if (self->kind == SXSH_CHART_HISTOGRAM)
              break;
          }
    }
  if (self->kind == SXSH_CHART_LINE)
    for (guint s = 0; s < self->series->len; s++)
      if (has_value (get_series (self, s)->target))
        max = MAX (max, get_series (self, s)->target);
  return max;
}

gboolean
sxsh_chart_is_empty (SxshChart *self)
{
  g_return_val_if_fail (SXSH_IS_CHART (self), TRUE);

  if (self->categories->len == 0 || self->series->len == 0)
    return TRUE;
  for (guint s = 0; s < self->series->len; s++)
    {
      for (guint c = 0; c < self->categories->len; c++)
        {
          double v = value_at (self, s, c);

          /* Bars of nothing at all are no data either. */
          if (has_value (v) && (self->kind == SXSH_CHART_LINE || v > 0))
            return FALSE;
        }
      if (self->kind == SXSH_CHART_HISTOGRAM)
        break;
    }
  return TRUE;
}

/* GObject */

static void
sxsh_chart_finalize (GObject *object)
{
  SxshChart *self = SXSH_CHART (object);

  g_free (self->title);
  g_free (self->x_title);
  g_free (self->y_title);
  g_ptr_array_unref (self->categories);
  g_ptr_array_unref (self->series);
  g_free (self->band_label);
  g_free (self->family);
  g_free (self->empty_text);
  g_free (self->target_label);
  sxsh_chart_invalidate_geometry (self);

  G_OBJECT_CLASS (sxsh_chart_parent_class)->finalize (object);
}

static void
sxsh_chart_class_init (SxshChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sxsh_chart_finalize;
}

static void
sxsh_chart_init (SxshChart *self)
{
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->series = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);
  self->horizontal = TRUE;
  self->band_first = -1;
  self->band_last = -1;
  self->family = g_strdup (DEFAULT_FAMILY);
  self->foreground = 0x222222;
  /* Charts are drawn into official documents, which are Vietnamese
   * whatever the interface language; the dashboard may set its own. */
  self->empty_text = g_strdup ("Không có dữ liệu");
  self->target_label = g_strdup ("Mục tiêu");
}

/* Public API */

guint32
sxsh_chart_palette_color (guint index)
{
  return palette[index % G_N_ELEMENTS (palette)];
}

/**
 * sxsh_chart_new:
 * @kind: the kind of chart
 *
 * Returns: (transfer full): an empty chart; line charts hold percentages
 *   until told otherwise
 */
SxshChart *
sxsh_chart_new (SxshChartKind kind)
{
  SxshChart *self = g_object_new (SXSH_TYPE_CHART, NULL);

  self->kind = kind;
  self->percent = kind == SXSH_CHART_LINE;
  return self;
}

SxshChartKind
sxsh_chart_get_kind (SxshChart *self)
{
  g_return_val_if_fail (SXSH_IS_CHART (self), SXSH_CHART_LINE);
  return self->kind;
}

void
sxsh_chart_set_title (SxshChart  *self,
                      const char *title)
{
  g_return_if_fail (SXSH_IS_CHART (self));
  g_free (self->title);
  self->title = g_strdup (title);
  sxsh_chart_invalidate_geometry (self);
}

void
sxsh_chart_set_axis_titles (SxshChart  *self,
                            const char *x_title,
                            const char *y_title)
{
  g_return_if_fail (SXSH_IS_CHART (self));
  g_free (self->x_title);
  g_free (self->y_title);
  self->x_title = g_strdup (x_title);
  self->y_title = g_strdup (y_title);
  sxsh_chart_invalidate_geometry (self);
}

void
sxsh_chart_set_categories (SxshChart          *self,
                           const char * const *labels)
{
  guint n;

  g_return_if_fail (SXSH_IS_CHART (self));

  g_ptr_array_set_size (self->categories, 0);
  for (guint i = 0; labels && labels[i]; i++)
    g_ptr_array_add (self->categories, g_strdup (labels[i]));
  n = self->categories->len;
  for (guint s = 0; s < self->series->len; s++)
    {
      Series *series = get_series (self, s);
      double *values = g_new (double, MAX (n, 1));

      for (guint c = 0; c < n; c++)
        values[c] = NAN;
      g_free (series->values);
      series->values = values;
    }
  sxsh_chart_invalidate_geometry (self);
}

guint
sxsh_chart_get_n_categories (SxshChart *self)
{
  g_return_val_if_fail (SXSH_IS_CHART (self), 0);
  return self->categories->len;
}

const char *
sxsh_chart_get_category (SxshChart *self,
                         guint      category)
{
  g_return_val_if_fail (SXSH_IS_CHART (self), NULL);
  g_return_val_if_fail (category < self->categories->len, NULL);
  return g_ptr_array_index (self->categories, category);
}

guint
sxsh_chart_add_series (SxshChart    *self,
                       const char   *name,
                       const double *values,
                       guint         n_values)
{
  Series *series;
  guint n;

  g_return_val_if_fail (SXSH_IS_CHART (self), 0);
  g_return_val_if_fail (values != NULL || n_values == 0, 0);

  n = self->categories->len;
  series = g_new0 (Series, 1);
  series->name = g_strdup (name ? name : "");
  series->values = g_new (double, MAX (n, 1));
  series->target = NAN;
  for (guint c = 0; c < n; c++)
    series->values[c] = c < n_values ? values[c] : NAN;
  g_ptr_array_add (self->series, series);
  sxsh_chart_invalidate_geometry (self);
  return self->series->len - 1;
}

guint
sxsh_chart_get_n_series (SxshChart *self)
{
  g_return_val_if_fail (SXSH_IS_CHART (self), 0);
  return self->series->len;
}

const char *
sxsh_chart_get_series_name (SxshChart *self,
                            guint      series)
{
  g_return_val_if_fail (SXSH_IS_CHART (self), NULL);
  g_return_val_if_fail (series < self->series->len, NULL);
  return get_series (self, series)->name;
}

double
sxsh_chart_get_value (SxshChart *self,
                      guint      series,
                      guint      category)
{
  g_return_val_if_fail (SXSH_IS_CHART (self), NAN);
  g_return_val_if_fail (series < self->series->len, NAN);
  g_return_val_if_fail (category < self->categories->len, NAN);
  return value_at (self, series, category);
}

void
sxsh_chart_set_series_color (SxshChart *self,
                             guint      series,
                             guint32    rgb)
{
  g_return_if_fail (SXSH_IS_CHART (self));
  g_return_if_fail (series < self->series->len);
  get_series (self, series)->rgb = rgb & 0xffffff;
  get_series (self, series)->has_rgb = TRUE;
  sxsh_chart_invalidate_geometry (self);
}

guint32
sxsh_chart_get_series_color (SxshChart *self,
                             guint      series)
{
  Series *s;

  g_return_val_if_fail (SXSH_IS_CHART (self), 0);
  g_return_val_if_fail (series < self->series->len, 0);
  s = get_series (self, series);
  return s->has_rgb ? s->rgb : sxsh_chart_palette_color (series);
}

void
sxsh_chart_set_series_target (SxshChart *self,
                              guint      series,
                              double     target)
{
  g_return_if_fail (SXSH_IS_CHART (self));
  g_return_if_fail (series < self->series->len);
  get_series (self, series)->target = target;
  sxsh_chart_invalidate_geometry (self);
}

void
sxsh_chart_set_target_label (SxshChart  *self,
                             const char *label)
{
  g_return_if_fail (SXSH_IS_CHART (self));
  g_free (self->target_label);
  self->target_label = g_strdup (label ? label : "");
  sxsh_chart_invalidate_geometry (self);
}

void
sxsh_chart_set_value_range (SxshChart *self,
                            double     min,
                            double     max)
{
  g_return_if_fail (SXSH_IS_CHART (self));
  g_return_if_fail (max > min);
  self->range_min = min;
  self->range_max = max;
  self->has_range = TRUE;
  sxsh_chart_invalidate_geometry (self);
}

void
sxsh_chart_set_percent (SxshChart *self,
                        gboolean   percent)
{
  g_return_if_fail (SXSH_IS_CHART (self));
  self->percent = !!percent;
  sxsh_chart_invalidate_geometry (self);
}

void
sxsh_chart_set_horizontal (SxshChart *self,
                           gboolean   horizontal)
{
  g_return_if_fail (SXSH_IS_CHART (self));
  self->horizontal = !!horizontal;
  sxsh_chart_invalidate_geometry (self);
}

void
sxsh_chart_set_band (SxshChart  *self,
                     guint       first,
                     guint       last,
                     const char *label)
{
  g_return_if_fail (SXSH_IS_CHART (self));
  g_return_if_fail (first <= last);
  self->band_first = (int) first;
  self->band_last = (int) last;
  g_free (self->band_label);
  self->band_label = g_strdup (label);
  sxsh_chart_invalidate_geometry (self);
}

void
sxsh_chart_set_font (SxshChart  *self,
                     const char *family,
                     double      size)
{
  g_return_if_fail (SXSH_IS_CHART (self));
  g_return_if_fail (size >= 0);
  g_free (self->family);
  self->family = g_strdup (family && *family ? family : DEFAULT_FAMILY);
  self->font_size = size;
  sxsh_chart_invalidate_geometry (self);
}

void
sxsh_chart_set_foreground (SxshChart *self,
                           guint32    rgb)
{
  g_return_if_fail (SXSH_IS_CHART (self));
  self->foreground = rgb & 0xffffff;
  sxsh_chart_invalidate_geometry (self);
}

void
sxsh_chart_set_empty_text (SxshChart  *self,
                           const char *text)
{
  g_return_if_fail (SXSH_IS_CHART (self));
  g_free (self->empty_text);
  self->empty_text = g_strdup (text ? text : "");
  sxsh_chart_invalidate_geometry (self);
}

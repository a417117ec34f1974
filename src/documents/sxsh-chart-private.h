/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the data and the drawing halves of SxshChart share. */

#include <math.h>

#include "sxsh-chart.h"

G_BEGIN_DECLS

#define DEFAULT_FAMILY "Liberation Sans"
#define LEGEND_TARGET (-1)

typedef struct
{
  char *name;
  double *values;
  guint32 rgb;
  gboolean has_rgb;
  double target;
} Series;

struct _SxshChart
{
  GObject parent_instance;

  SxshChartKind kind;
  char *title;
  char *x_title;
  char *y_title;
  GPtrArray *categories;
  GPtrArray *series;
  double range_min;
  double range_max;
  gboolean has_range;
  gboolean percent;
  gboolean horizontal;
  int band_first;
  int band_last;
  char *band_label;
  char *family;
  double font_size;
  guint32 foreground;
  char *empty_text;
  char *target_label;

  /* The geometry of the last hit test, kept while nothing changes: a
   * pointer moving over a chart asks many times for the same size. */
  struct _Geometry *hit_geometry;
};

static inline Series *
get_series (SxshChart *self,
            guint      index)
{
  return g_ptr_array_index (self->series, index);
}

static inline double
value_at (SxshChart *self,
          guint      series,
          guint      category)
{
  return get_series (self, series)->values[category];
}

static inline gboolean
has_value (double v)
{
  return isfinite (v);
}

/* sxsh-chart.c */
double sxsh_chart_category_total       (SxshChart *self,
                                        guint      category);
double sxsh_chart_data_max             (SxshChart *self);

/* sxsh-chart-draw.c */
void   sxsh_chart_invalidate_geometry  (SxshChart *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sxsh-chart.h"

G_BEGIN_DECLS

/* An SxshChartHit as a boxed type, for the "activated" signal. */
#define SXSH_TYPE_CHART_HIT (sxsh_chart_hit_get_type ())
GType sxsh_chart_hit_get_type (void) G_GNUC_CONST;

#define SXSH_TYPE_CHART_WIDGET (sxsh_chart_widget_get_type ())
G_DECLARE_FINAL_TYPE (SxshChartWidget, sxsh_chart_widget, SXSH, CHART_WIDGET, GtkWidget)

/* Returns the tooltip text for what is under the pointer, or NULL for the
 * widget's own text. */
typedef char *(*SxshChartWidgetTooltipFunc) (SxshChartWidget    *self,
                                             const SxshChartHit *hit,
                                             gpointer            user_data);

GtkWidget *sxsh_chart_widget_new              (SxshChart                  *chart);
SxshChart *sxsh_chart_widget_get_chart        (SxshChartWidget            *self);
void       sxsh_chart_widget_set_chart        (SxshChartWidget            *self,
                                               SxshChart                  *chart);
void       sxsh_chart_widget_set_tooltip_func (SxshChartWidget            *self,
                                               SxshChartWidgetTooltipFunc  func,
                                               gpointer                    user_data,
                                               GDestroyNotify              destroy);
gboolean   sxsh_chart_widget_hit_test         (SxshChartWidget            *self,
                                               double                      x,
                                               double                      y,
                                               SxshChartHit               *hit);
char      *sxsh_chart_widget_get_hit_text     (SxshChartWidget            *self,
                                               const SxshChartHit         *hit);
gboolean   sxsh_chart_widget_activate_at      (SxshChartWidget            *self,
                                               double                      x,
                                               double                      y);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

/*
 * SxshChart holds the data of one chart and draws it with cairo and pango
 * into a rectangle of any cairo_t: a dashboard card (about 300 × 200 px) or
 * a PDF report (about 160 × 90 mm).  Units are the cairo_t's user units;
 * font sizes are in the same units (points in a PDF, pixels on screen).
 * The same geometry serves sxsh_chart_hit_test(), so that a pointer position
 * maps to the series, category and value drawn under it.
 *
 * All texts (title, axis titles, series and category names) are given by
 * the caller; numbers are written the Vietnamese way (1.234,5).
 *
 * A chart belongs to one thread at a time (the hit test keeps the last
 * geometry); the report builds its own charts in its worker thread.
 */

#define SXSH_TYPE_CHART (sxsh_chart_get_type ())

G_DECLARE_FINAL_TYPE (SxshChart, sxsh_chart, SXSH, CHART, GObject)

typedef enum
{
  /* Series over categories (years), value axis 0–100 % by default, with
   * dashed target lines; a missing value (NAN) leaves a gap. */
  SXSH_CHART_LINE,
  /* Categories (sectors, units) × stacked parts (the series), with counts. */
  SXSH_CHART_STACKED_BAR,
  /* Counts per bin (the categories) of the first series, with a shaded band. */
  SXSH_CHART_HISTOGRAM,
} SxshChartKind;

typedef enum
{
  SXSH_CHART_HIT_NONE,
  /* A point of a line chart: series and category. */
  SXSH_CHART_HIT_POINT,
  /* A part of a stacked bar: series and category. */
  SXSH_CHART_HIT_SEGMENT,
  /* A bin of a histogram: category (series 0). */
  SXSH_CHART_HIT_BIN,
  /* A category as a whole (a year's column, a bar's row outside its parts):
   * series is -1 and value the category's total (bars) or NAN (lines). */
  SXSH_CHART_HIT_CATEGORY,
  /* A legend entry: series (-1 for the target entry). */
  SXSH_CHART_HIT_LEGEND,
} SxshChartHitKind;

typedef struct
{
  SxshChartHitKind kind;
  int series;
  int category;
  /* The value drawn there, NAN when none. */
  double value;
} SxshChartHit;

/* The palette: dark blue, rust, amber, light blue, chosen for colour-blind
 * readers and with lightness far apart so that grayscale prints stay
 * distinct; SXSH_CHART_COLOR_NEUTRAL for "neither" parts. */
#define SXSH_CHART_COLOR_BLUE       0x002F6C
#define SXSH_CHART_COLOR_RUST       0xB8470B
#define SXSH_CHART_COLOR_AMBER      0xD99100
#define SXSH_CHART_COLOR_LIGHT_BLUE 0x8CCBF0
#define SXSH_CHART_COLOR_NEUTRAL    0xDDDDDD

guint32     sxsh_chart_palette_color     (guint index);

SxshChart  *sxsh_chart_new               (SxshChartKind kind);
SxshChartKind sxsh_chart_get_kind        (SxshChart    *self);

void        sxsh_chart_set_title         (SxshChart    *self,
                                          const char   *title);
/* @x_title goes under the category axis, @y_title above the value axis;
 * either may be NULL. */
void        sxsh_chart_set_axis_titles   (SxshChart    *self,
                                          const char   *x_title,
                                          const char   *y_title);
/* Category labels (NULL-terminated): years, sectors, units or bins.  Set
 * them before the series; series already added are resized. */
void        sxsh_chart_set_categories    (SxshChart          *self,
                                          const char * const *labels);
guint       sxsh_chart_get_n_categories  (SxshChart    *self);
const char *sxsh_chart_get_category      (SxshChart    *self,
                                          guint         category);
/* One value per category (NAN: no value); missing trailing values are NAN.
 * Returns the series' index. */
guint       sxsh_chart_add_series        (SxshChart    *self,
                                          const char   *name,
                                          const double *values,
                                          guint         n_values);
guint       sxsh_chart_get_n_series      (SxshChart    *self);
const char *sxsh_chart_get_series_name   (SxshChart    *self,
                                          guint         series);
double      sxsh_chart_get_value         (SxshChart    *self,
                                          guint         series,
                                          guint         category);
void        sxsh_chart_set_series_color  (SxshChart    *self,
                                          guint         series,
                                          guint32       rgb);
guint32     sxsh_chart_get_series_color  (SxshChart    *self,
                                          guint         series);
/* A dashed horizontal line at @target in the series' colour (line charts). */
void        sxsh_chart_set_series_target (SxshChart    *self,
                                          guint         series,
                                          double        target);
/* The legend's word for the dashed lines; default "Mục tiêu". */
void        sxsh_chart_set_target_label  (SxshChart    *self,
                                          const char   *label);
/* The value axis range; by default 0–100 for percentages, else 0 to a round
 * number above the largest value. */
void        sxsh_chart_set_value_range   (SxshChart    *self,
                                          double        min,
                                          double        max);
/* Values are percentages: axis labels and hit values read "45%". */
void        sxsh_chart_set_percent       (SxshChart    *self,
                                          gboolean      percent);
/* Stacked bars run horizontally (the default, for long category names) or
 * vertically. */
void        sxsh_chart_set_horizontal    (SxshChart    *self,
                                          gboolean      horizontal);
/* Histogram: shades bins [first, last] and writes @label over them. */
void        sxsh_chart_set_band          (SxshChart    *self,
                                          guint         first,
                                          guint         last,
                                          const char   *label);
/* @family (NULL: "Liberation Sans") and @size in user units (0: from the
 * chart's size). */
void        sxsh_chart_set_font          (SxshChart    *self,
                                          const char   *family,
                                          double        size);
/* The colour of text, axes and grid (0xRRGGBB), for dark backgrounds. */
void        sxsh_chart_set_foreground    (SxshChart    *self,
                                          guint32       rgb);
/* The message drawn when there is nothing to show; default "Không có dữ liệu". */
void        sxsh_chart_set_empty_text    (SxshChart    *self,
                                          const char   *text);
gboolean    sxsh_chart_is_empty          (SxshChart    *self);

/* Draws the chart into the rectangle (x, y, width, height) of @cr.  The
 * background is left as it is. */
void        sxsh_chart_draw              (SxshChart    *self,
                                          cairo_t      *cr,
                                          double        x,
                                          double        y,
                                          double        width,
                                          double        height);
/* An SxshDrawFunc for sxsh_official_document_add_drawing(): @chart is the
 * SxshChart (pass g_object_ref (chart) and g_object_unref). */
void        sxsh_chart_draw_func         (cairo_t      *cr,
                                          double        width,
                                          double        height,
                                          gpointer      chart);
/* What is under (@x, @y), relative to the chart's rectangle of @width ×
 * @height.  Returns FALSE (and hit->kind NONE) when nothing is. */
gboolean    sxsh_chart_hit_test          (SxshChart    *self,
                                          double        width,
                                          double        height,
                                          double        x,
                                          double        y,
                                          SxshChartHit *hit);
/* "45,5%" or "1.234": a value as the chart writes it. */
char       *sxsh_chart_format_value      (SxshChart    *self,
                                          double        value);

G_END_DECLS

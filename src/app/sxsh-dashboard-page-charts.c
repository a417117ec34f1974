/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sxsh-dashboard-page-private.h"

/* The data of the dashboard's charts.  The drawing is SxshChart's, the same
 * as in the PDF report; only the texts here are the interface's. */

/* The indicators with a target of the plan, in the trend chart. */
static const SxshIndicatorKind trend_kinds[] = {
  SXSH_INDICATOR_INFORMED,
  SXSH_INDICATOR_APPLYING_SAVING,
  SXSH_INDICATOR_DEDICATED_UNIT,
};

static const guint32 trend_colors[] = {
  SXSH_CHART_COLOR_BLUE,
  SXSH_CHART_COLOR_RUST,
  SXSH_CHART_COLOR_AMBER,
};

static const guint32 part_colors[SXSH_BREAKDOWN_N_PARTS] = {
  SXSH_CHART_COLOR_BLUE,
  SXSH_CHART_COLOR_LIGHT_BLUE,
  SXSH_CHART_COLOR_NEUTRAL,
};

static const char *
trend_series_name (SxshIndicatorKind kind)
{
  switch (kind)
    {
    case SXSH_INDICATOR_INFORMED:
      return C_("chart series", "Informed");

    case SXSH_INDICATOR_APPLYING:
      return C_("chart series", "Applying");

    case SXSH_INDICATOR_APPLYING_SAVING:
      return C_("chart series", "Applying and saving");

    case SXSH_INDICATOR_DEDICATED_UNIT:
      return C_("chart series", "Dedicated unit");

    case SXSH_N_INDICATORS:
    default:
      g_assert_not_reached ();
    }
}

/**
 * sxsh_dashboard_build_trend_chart:
 *
 * The plan's three targets over its years, with their target lines.
 *
 * Returns: (transfer full): the chart
 */
SxshChart *
sxsh_dashboard_build_trend_chart (SxshDashboardData *data)
{
  SxshChart *chart = sxsh_chart_new (SXSH_CHART_LINE);
  g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func (g_free);
  guint n = data->reports->len;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (years, g_strdup_printf ("%d", data->first_year + (int) i));
  g_ptr_array_add (years, NULL);

  sxsh_chart_set_categories (chart, (const char * const *) years->pdata);
  sxsh_chart_set_percent (chart, TRUE);
  sxsh_chart_set_target_label (chart, C_("chart legend", "Target"));
  sxsh_chart_set_empty_text (chart, _("No data"));

  for (guint k = 0; k < G_N_ELEMENTS (trend_kinds); k++)
    {
      g_autofree double *values = g_new (double, MAX (n, 1));
      const SxshIndicator *indicator = NULL;
      guint series;

      for (guint i = 0; i < n; i++)
        {
          indicator = sxsh_indicator_report_get_indicator (g_ptr_array_index (data->reports, i),
                                                           trend_kinds[k]);
          values[i] = indicator->has_value ? indicator->value_pct : NAN;
        }

      series = sxsh_chart_add_series (chart, trend_series_name (trend_kinds[k]), values, n);
      sxsh_chart_set_series_color (chart, series, trend_colors[k]);
      /* The target of the year shown: a plan has one target per indicator. */
      indicator = sxsh_indicator_report_get_indicator (data->report, trend_kinds[k]);
      if (!isnan (indicator->target_pct))
        sxsh_chart_set_series_target (chart, series, indicator->target_pct);
    }

  return chart;
}

const char *
sxsh_dashboard_breakdown_part_name (SxshBreakdownPart part)
{
  switch (part)
    {
    case SXSH_BREAKDOWN_APPLYING:
      return C_("chart series", "Applying");

    case SXSH_BREAKDOWN_INFORMED:
      return C_("chart series", "Informed, not applying");

    case SXSH_BREAKDOWN_NEITHER:
      return C_("chart series", "Neither");

    case SXSH_BREAKDOWN_N_PARTS:
    default:
      g_assert_not_reached ();
    }
}

/**
 * sxsh_dashboard_breakdown_group_name:
 *
 * Returns: (transfer full): the group's name, or what stands for the
 *   facilities with none and for the gathered rest
 */
char *
sxsh_dashboard_breakdown_group_name (const SxshBreakdownGroup *group,
                                     SxshBreakdownKind         kind)
{
  if (group->id == SXSH_BREAKDOWN_OTHERS_ID)
    return g_strdup (kind == SXSH_BREAKDOWN_BY_SECTOR ? _("Other sectors") : _("Other units"));
  if (group->name == NULL)
    return g_strdup (kind == SXSH_BREAKDOWN_BY_SECTOR ? _("No sector") : _("No unit"));
  return g_strdup (group->name);
}

/**
 * sxsh_dashboard_build_breakdown_chart:
 * @groups: (element-type SxshBreakdownGroup): from sxsh_breakdown_compute()
 *
 * Horizontal stacked bars: applying, informed but not applying, neither.
 *
 * Returns: (transfer full): the chart
 */
SxshChart *
sxsh_dashboard_build_breakdown_chart (GPtrArray         *groups,
                                      SxshBreakdownKind  kind)
{
  SxshChart *chart = sxsh_chart_new (SXSH_CHART_STACKED_BAR);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = g_new (double, MAX (groups->len, 1));

  for (guint i = 0; i < groups->len; i++)
    g_ptr_array_add (names, sxsh_dashboard_breakdown_group_name (g_ptr_array_index (groups, i),
                                                                 kind));
  g_ptr_array_add (names, NULL);

  sxsh_chart_set_categories (chart, (const char * const *) names->pdata);
  sxsh_chart_set_horizontal (chart, TRUE);
  sxsh_chart_set_empty_text (chart, _("No facility with CP potential"));

  for (guint p = 0; p < SXSH_BREAKDOWN_N_PARTS; p++)
    {
      guint series;

      for (guint i = 0; i < groups->len; i++)
        {
          const SxshBreakdownGroup *group = g_ptr_array_index (groups, i);

          values[i] = group->ids[p]->len;
        }
      series = sxsh_chart_add_series (chart, sxsh_dashboard_breakdown_part_name (p),
                                      values, groups->len);
      sxsh_chart_set_series_color (chart, series, part_colors[p]);
    }

  return chart;
}

/**
 * sxsh_dashboard_build_savings_chart:
 *
 * The applying facilities by energy saving, with the plan's band shaded.
 *
 * Returns: (transfer full): the chart
 */
SxshChart *
sxsh_dashboard_build_savings_chart (SxshSavingsSummary *savings)
{
  SxshChart *chart = sxsh_chart_new (SXSH_CHART_HISTOGRAM);
  double values[SXSH_DASHBOARD_MAX_BINS];
  const char *labels[SXSH_DASHBOARD_MAX_BINS + 1];
  guint series;

  for (guint i = 0; i < savings->n_bins; i++)
    {
      labels[i] = savings->bin_labels[i];
      values[i] = savings->bin_ids[i]->len;
    }
  labels[savings->n_bins] = NULL;

  sxsh_chart_set_categories (chart, labels);
  sxsh_chart_set_axis_titles (chart, _("Energy saved per unit of product"), NULL);
  sxsh_chart_set_empty_text (chart, _("No saving can be computed yet"));
  series = sxsh_chart_add_series (chart, C_("chart series", "Facilities"), values,
                                  savings->n_bins);
  sxsh_chart_set_series_color (chart, series, SXSH_CHART_COLOR_BLUE);

  if (savings->band_bin >= 0)
    {
      g_autofree char *label = NULL;

      /* Translators: the shaded bins of the savings chart, e.g. "Plan: 8–13%". */
      label = g_strdup_printf (_("Plan: %s"), savings->bin_labels[savings->band_bin]);
      sxsh_chart_set_band (chart, savings->band_bin, savings->band_bin, label);
    }

  return chart;
}

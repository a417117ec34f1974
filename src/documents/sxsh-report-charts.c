/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "sxsh-format.h"
#include "sxsh-report-charts.h"

/* A chart with more bars than this is unreadable on a report page; the
 * smaller sectors are summed up as one bar. */
#define MAX_SECTOR_BARS 8

/* Short names for the legend; the table beside the chart has the full ones. */
static const char *const trend_names[SXSH_N_INDICATORS] = {
  "Được tuyên truyền",
  "Áp dụng SXSH",
  NULL, /* "Áp dụng, tiết kiệm ≥ 8%", from the plan's band */
  "Có bộ phận chuyên trách",
};

/**
 * sxsh_report_chart_trend:
 *
 * Returns: (transfer full): a line chart of the four indicators over the
 *   plan's years up to the report's, with the targets as dashed lines
 */
SxshChart *
sxsh_report_chart_trend (SxshAnnualReport *report)
{
  guint n = sxsh_annual_report_get_n_trend_years (report);
  SxshChart *chart = sxsh_chart_new (SXSH_CHART_LINE);
  g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = g_new (double, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (years, g_strdup_printf ("%d", sxsh_indicator_report_get_year (
                                               sxsh_annual_report_get_trend (report, i))));
  g_ptr_array_add (years, NULL);
  sxsh_chart_set_categories (chart, (const char * const *) years->pdata);

  for (SxshIndicatorKind k = 0; k < SXSH_N_INDICATORS; k++)
    {
      const SxshIndicator *last = NULL;
      g_autofree char *name = NULL;
      guint series;

      for (guint i = 0; i < n; i++)
        {
          const SxshIndicator *indicator =
            sxsh_indicator_report_get_indicator (sxsh_annual_report_get_trend (report, i), k);

          values[i] = indicator->has_value ? indicator->value_pct : NAN;
          last = indicator;
        }
      if (trend_names[k] != NULL)
        name = g_strdup (trend_names[k]);
      else if (last != NULL && isfinite (last->band_low_pct))
        {
          g_autofree char *band = sxsh_format_number (last->band_low_pct,
                                                      fmod (last->band_low_pct, 1) ? 1 : 0);
          name = g_strdup_printf ("Áp dụng, tiết kiệm ≥ %s%%", band);
        }
      else
        name = g_strdup ("Áp dụng và tiết kiệm");
      series = sxsh_chart_add_series (chart, name, values, n);
      if (last != NULL && isfinite (last->target_pct))
        sxsh_chart_set_series_target (chart, series, last->target_pct);
    }
  sxsh_chart_set_percent (chart, TRUE);
  sxsh_chart_set_axis_titles (chart, "Năm", "Tỷ lệ (%)");
  return chart;
}

typedef struct
{
  const char *sector;
  double      counts[3];
  guint       total;
} SectorRow;

static int
compare_sector_rows (gconstpointer a,
                     gconstpointer b)
{
  const SectorRow *x = a, *y = b;

  if (x->total != y->total)
    return x->total > y->total ? -1 : 1;
  return g_strcmp0 (x->sector, y->sector);
}

/**
 * sxsh_report_chart_sectors:
 *
 * Returns: (transfer full): stacked bars of the facilities with CP
 *   potential by sector: applying, informed but not applying, not informed
 */
SxshChart *
sxsh_report_chart_sectors (SxshAnnualReport *report)
{
  GPtrArray *facilities = sxsh_annual_report_get_facilities (report);
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (SectorRow));
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  SxshChart *chart = sxsh_chart_new (SXSH_CHART_STACKED_BAR);
  static const char *const parts[3] = {
    "Áp dụng SXSH", "Được tuyên truyền, chưa áp dụng", "Chưa được tuyên truyền",
  };
  static const guint32 colors[3] = {
    SXSH_CHART_COLOR_BLUE, SXSH_CHART_COLOR_LIGHT_BLUE, SXSH_CHART_COLOR_NEUTRAL,
  };
  guint n_bars;

  for (guint i = 0; i < facilities->len; i++)
    {
      const SxshReportFacility *facility = g_ptr_array_index (facilities, i);
      const char *sector = *facility->sector ? facility->sector : "Chưa phân ngành";
      gpointer found;
      SectorRow *row;
      guint part;

      if (!facility->cp_potential)
        continue;
      if (!g_hash_table_lookup_extended (index, sector, NULL, &found))
        {
          SectorRow fresh = { sector, { 0, 0, 0 }, 0 };

          g_array_append_val (rows, fresh);
          found = GUINT_TO_POINTER (rows->len - 1);
          g_hash_table_insert (index, (gpointer) sector, found);
        }
      row = &g_array_index (rows, SectorRow, GPOINTER_TO_UINT (found));
      part = facility->applying ? 0 : facility->informed ? 1 : 2;
      row->counts[part]++;
      row->total++;
    }
  g_array_sort (rows, compare_sector_rows);

  n_bars = MIN (rows->len, MAX_SECTOR_BARS);
  if (rows->len > MAX_SECTOR_BARS)
    {
      SectorRow *other = &g_array_index (rows, SectorRow, MAX_SECTOR_BARS - 1);

      for (guint i = MAX_SECTOR_BARS; i < rows->len; i++)
        for (guint p = 0; p < 3; p++)
          other->counts[p] += g_array_index (rows, SectorRow, i).counts[p];
      other->sector = "Các ngành khác";
    }
  for (guint i = 0; i < n_bars; i++)
    g_ptr_array_add (labels, (gpointer) g_array_index (rows, SectorRow, i).sector);
  g_ptr_array_add (labels, NULL);
  sxsh_chart_set_categories (chart, (const char * const *) labels->pdata);
  for (guint p = 0; p < 3; p++)
    {
      g_autofree double *values = g_new (double, MAX (n_bars, 1));
      guint series;

      for (guint i = 0; i < n_bars; i++)
        values[i] = g_array_index (rows, SectorRow, i).counts[p];
      series = sxsh_chart_add_series (chart, parts[p], values, n_bars);
      sxsh_chart_set_series_color (chart, series, colors[p]);
    }
  sxsh_chart_set_horizontal (chart, TRUE);
  sxsh_chart_set_axis_titles (chart, NULL, "Số cơ sở");
  return chart;
}

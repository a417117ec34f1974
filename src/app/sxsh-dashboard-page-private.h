/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the files of the dashboard share, and what the UI tests reach. */

#include "sxsh-breakdown.h"
#include "sxsh-chart-widget.h"
#include "sxsh-dashboard-page.h"
#include "sxsh-indicator-card.h"
#include "sxsh-indicators.h"
#include "sxsh-window.h"

G_BEGIN_DECLS

/* The bins of the energy savings of the applying facilities with CP
 * potential, built around the plan's band: below 0, two bins from 0 to the
 * band's low end, the band, one band's width above it, and the rest. */
#define SXSH_DASHBOARD_MAX_BINS 6

typedef struct
{
  guint   n_applying;          /* applying with CP potential */
  guint   n_computable;        /* … with a saving that can be computed */
  gboolean has_band;
  double  band_low;
  double  band_high;
  gboolean has_median;
  double  median;
  GArray *below;               /* (element-type gint64) ids, ascending */
  GArray *within;
  GArray *above;
  GArray *not_computable;
  guint   n_bins;
  int     band_bin;            /* -1 when the plan sets no band */
  char   *bin_labels[SXSH_DASHBOARD_MAX_BINS];
  GArray *bin_ids[SXSH_DASHBOARD_MAX_BINS];
} SxshSavingsSummary;

/* Everything the dashboard shows for one year, computed off the main
 * thread. */
typedef struct
{
  int                  year;
  guint                generation;
  gint64               n_facilities;
  int                  first_year;     /* of the trend chart */
  int                  last_year;
  GPtrArray           *reports;        /* SxshIndicatorReport, first_year … last_year */
  SxshIndicatorReport *report;         /* the year's */
  SxshIndicatorReport *previous;       /* (nullable) the year before */
  GStrv                size_classes;   /* of dedicated_unit, "" → every class */
  GPtrArray           *by_sector;      /* SxshBreakdownGroup */
  GPtrArray           *by_unit;
  SxshSavingsSummary  *savings;
} SxshDashboardData;

void                sxsh_dashboard_data_free            (SxshDashboardData   *data);
void                sxsh_dashboard_data_compute_async   (gpointer             source_object,
                                                         const char          *db_path,
                                                         int                  year,
                                                         guint                generation,
                                                         GHashTable          *cache,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
SxshDashboardData  *sxsh_dashboard_data_compute_finish  (GAsyncResult        *result,
                                                         GError             **error);
SxshSavingsSummary *sxsh_savings_summary_new            (SxshIndicatorReport *report);
void                sxsh_savings_summary_free           (SxshSavingsSummary  *summary);
GArray             *sxsh_dashboard_ids_difference       (GArray              *all,
                                                         GArray              *some);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SxshDashboardData, sxsh_dashboard_data_free)

/* The page's state, shared by its files: the page itself (computing and
 * actions), -view.c (what it shows), -drilldown.c and -layout.c. */
struct _SxshDashboardPage
{
  AdwBin               parent_instance;

  SxshDatabase        *database;
  int                  year;

  /* Reports of the current state of the database, by year. */
  GHashTable          *cache;
  guint                generation;
  GCancellable        *cancellable;
  gboolean             computing;
  gboolean             pending;
  gboolean             stale;           /* changed while out of sight */
  guint                refresh_source;
  SxshDashboardData   *data;

  /* Built in code. */
  GHashTable          *rows;          /* key → AdwActionRow */
  GHashTable          *row_values;    /* key → GtkLabel */
  GHashTable          *row_icons;     /* key → GtkImage */
  GtkWidget           *register_button;
  SxshChartWidget     *trend_chart;
  SxshChartWidget     *savings_chart;
  SxshChartWidget     *sector_chart;
  SxshChartWidget     *unit_chart;
  GtkLabel            *trend_subtitle;
  GtkLabel            *breakdown_subtitles[2];

  /* Template widgets */
  GtkStack            *stack;
  GtkWidget           *loading_spinner;
  AdwStatusPage       *error_page;
  GtkLabel            *heading_label;
  GtkLabel            *plan_label;
  GtkWidget           *refresh_spinner;
  GtkBox              *targets_box;
  GtkBox              *work_box;
  GtkBox              *charts_box;
  SxshIndicatorCard   *informed_card;
  SxshIndicatorCard   *saving_card;
  SxshIndicatorCard   *dedicated_card;
  AdwPreferencesGroup *reporting_group;
  AdwPreferencesGroup *activities_group;
  AdwPreferencesGroup *savings_group;
};

/* sxsh-dashboard-page.c */
SxshWindow *sxsh_dashboard_page_get_window        (SxshDashboardPage  *self);

/* sxsh-dashboard-page-view.c */
char       *sxsh_dashboard_format_count           (gint64              value);
void        sxsh_dashboard_page_build_rows        (SxshDashboardPage  *self);
void        sxsh_dashboard_page_build_charts      (SxshDashboardPage  *self);
void        sxsh_dashboard_page_apply_data        (SxshDashboardPage  *self,
                                                   SxshDashboardData  *data);
void        sxsh_dashboard_page_update_charts     (SxshDashboardPage  *self,
                                                   SxshDashboardData  *data);

/* sxsh-dashboard-page-drilldown.c */
void        sxsh_dashboard_page_show_page         (SxshDashboardPage  *self,
                                                   const char         *name);
void        sxsh_dashboard_page_drill_down_action (GtkWidget          *widget,
                                                   const char         *action_name,
                                                   GVariant           *parameter);
void        sxsh_dashboard_page_trend_activated   (SxshDashboardPage  *self,
                                                   const SxshChartHit *hit,
                                                   SxshChartWidget    *chart);
void        sxsh_dashboard_page_sector_activated  (SxshDashboardPage  *self,
                                                   const SxshChartHit *hit,
                                                   SxshChartWidget    *chart);
void        sxsh_dashboard_page_unit_activated    (SxshDashboardPage  *self,
                                                   const SxshChartHit *hit,
                                                   SxshChartWidget    *chart);
void        sxsh_dashboard_page_savings_activated (SxshDashboardPage  *self,
                                                   const SxshChartHit *hit,
                                                   SxshChartWidget    *chart);

/* sxsh-dashboard-page-layout.c */
void        sxsh_dashboard_use_columns            (GtkWidget          *box,
                                                   int                 min_width,
                                                   int                 max_columns);

/* sxsh-dashboard-page-charts.c */
SxshChart *sxsh_dashboard_build_trend_chart     (SxshDashboardData *data);
SxshChart *sxsh_dashboard_build_breakdown_chart (GPtrArray         *groups,
                                                 SxshBreakdownKind  kind);
SxshChart *sxsh_dashboard_build_savings_chart   (SxshSavingsSummary *savings);
char      *sxsh_dashboard_breakdown_group_name  (const SxshBreakdownGroup *group,
                                                 SxshBreakdownKind         kind);
const char *sxsh_dashboard_breakdown_part_name  (SxshBreakdownPart  part);

/* For the tests. */
SxshIndicatorCard *sxsh_dashboard_page_get_card         (SxshDashboardPage *self,
                                                         const char        *key);
SxshChartWidget   *sxsh_dashboard_page_get_chart        (SxshDashboardPage *self,
                                                         const char        *name);
gboolean           sxsh_dashboard_page_is_busy          (SxshDashboardPage *self);
const char        *sxsh_dashboard_page_get_visible_view (SxshDashboardPage *self);
char              *sxsh_dashboard_page_get_definitions_uri (SxshDashboardPage *self);
const char        *sxsh_dashboard_page_get_row_value    (SxshDashboardPage *self,
                                                         const char        *key);
SxshIndicatorReport *sxsh_dashboard_page_get_report     (SxshDashboardPage *self);
gboolean           sxsh_dashboard_page_has_register_button (SxshDashboardPage *self);

G_END_DECLS

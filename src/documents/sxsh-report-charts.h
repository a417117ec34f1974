/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-annual-report.h"
#include "sxsh-chart.h"

G_BEGIN_DECLS

/* The charts of the annual report, built from its model with the same
 * SxshChart that the dashboard draws: the PDF gets them as vector
 * drawings, the preview and the dashboard can draw them on screen. */

SxshChart *sxsh_report_chart_trend   (SxshAnnualReport *report);
SxshChart *sxsh_report_chart_sectors (SxshAnnualReport *report);

G_END_DECLS

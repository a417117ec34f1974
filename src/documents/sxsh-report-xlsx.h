/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-annual-report.h"

G_BEGIN_DECLS

/* The sheet names of the annual report's workbook, in order. */
#define SXSH_REPORT_SHEET_SUMMARY      "Tổng hợp"
#define SXSH_REPORT_SHEET_FACILITIES   "Cơ sở"
#define SXSH_REPORT_SHEET_CONSUMPTION  "Tiêu thụ"
#define SXSH_REPORT_SHEET_EVENTS       "Sự kiện"
#define SXSH_REPORT_SHEET_SUPPORTS     "Hỗ trợ kỹ thuật"
#define SXSH_REPORT_SHEET_OPTIONS      "Giải pháp SXSH"
#define SXSH_REPORT_SHEET_CERTIFICATES "Giấy chứng nhận"
#define SXSH_REPORT_SHEET_FUNDING      "Kinh phí"
#define SXSH_REPORT_SHEET_REGISTER     "Tình hình báo cáo"

/* The annual report as a workbook: a summary sheet laid out like the PDF's
 * tables with native charts, and one list sheet per kind of record.
 * @number (may be "") names the report it goes with; @date (nullable) is
 * the report's date. */
gboolean sxsh_report_xlsx_write (SxshAnnualReport  *report,
                                 const char        *number,
                                 GDate             *date,
                                 const char        *path,
                                 GError           **error);

G_END_DECLS

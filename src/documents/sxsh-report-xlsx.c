/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sxsh-certificate.h"
#include "sxsh-event.h"
#include "sxsh-format.h"
#include "sxsh-funding.h"
#include "sxsh-report-labels.h"
#include "sxsh-report-narrative.h"
#include "sxsh-report-xlsx.h"
#include "sxsh-settings.h"
#include "sxsh-support.h"
#include "sxsh-text.h"
#include "sxsh-xlsx-sheet.h"

/* The annual report's workbook.  The numbers are the model's, written as
 * numeric cells: percentages as percentages (82.0 shown "82,0"), money in
 * VND, quantities in their units, dates as dates. */

#define SUMMARY_COLUMNS 8
#define SUMMARY_LABEL_WIDTH 58.0

typedef struct
{
  SxshAnnualReport *report;
  SxshXlsxBook      book;
  int               year;
  const char       *number;
  GDate             date;
  lxw_format       *wrap;
} Writer;

/* The summary sheet */

static void
summary_heading (SxshXlsxSheet *sheet,
                 const char    *text)
{
  sheet->row++;
  sxsh_xlsx_book_check (sheet->book, worksheet_write_string (sheet->sheet, sheet->row, 0, text,
                                                             sheet->book->heading), text);
  sheet->row++;
}

/* A label that wraps in the wide column, with the row made tall enough. */
static void
summary_label (Writer        *w,
               SxshXlsxSheet *sheet,
               const char    *text)
{
  glong length = g_utf8_strlen (text ? text : "", -1);
  int lines = (int) ceil (length * 1.05 / (SUMMARY_LABEL_WIDTH - 2));

  sxsh_xlsx_sheet_text_format (sheet, 1, text, w->wrap);
  if (lines > 1)
    worksheet_set_row (sheet->sheet, sheet->row, 15.75 * lines, NULL);
}

static void
summary_indicators (Writer        *w,
                    SxshXlsxSheet *sheet)
{
  SxshIndicatorReport *now = sxsh_annual_report_get_indicators (w->report);
  SxshIndicatorReport *before = sxsh_annual_report_get_previous (w->report);
  g_autofree char *last_year = g_strdup_printf ("Năm %d (%%)", w->year - 1);
  g_autofree char *this_year = g_strdup_printf ("Năm %d (%%)", w->year);
  const char *header[] = { "TT", "Chỉ tiêu", "Mục tiêu Kế hoạch (%)", last_year, this_year,
                           "Số cơ sở đạt", "Tổng số cơ sở", "Đánh giá", NULL };

  summary_heading (sheet, "1. Kết quả thực hiện các mục tiêu của Kế hoạch");
  sxsh_xlsx_sheet_header (sheet, header);
  for (SxshIndicatorKind k = 0; k < SXSH_N_INDICATORS; k++)
    {
      const SxshIndicator *indicator = sxsh_indicator_report_get_indicator (now, k);
      const SxshIndicator *previous = before ? sxsh_indicator_report_get_indicator (before, k)
                                             : NULL;

      sxsh_xlsx_sheet_number (sheet, 0, k + 1, w->book.center);
      summary_label (w, sheet, indicator->label);
      sxsh_xlsx_sheet_optional (sheet, 2, indicator->target_pct, w->book.decimal);
      sxsh_xlsx_sheet_optional (sheet, 3, previous && previous->has_value ? previous->value_pct
                                                                          : NAN,
                                w->book.decimal);
      sxsh_xlsx_sheet_optional (sheet, 4, indicator->has_value ? indicator->value_pct : NAN,
                                w->book.decimal);
      sxsh_xlsx_sheet_number (sheet, 5, indicator->numerator, w->book.integer);
      sxsh_xlsx_sheet_number (sheet, 6, indicator->denominator, w->book.integer);
      sxsh_xlsx_sheet_text_format (sheet, 7, indicator->met == 1 ? "Đạt"
                                             : indicator->met == 0 ? "Chưa đạt" : "—",
                                   w->book.center);
      sxsh_xlsx_sheet_next_row (sheet);
    }
}

static void
summary_activities (Writer        *w,
                    SxshXlsxSheet *sheet)
{
  SxshIndicatorReport *now = sxsh_annual_report_get_indicators (w->report);
  SxshIndicatorReport *before = sxsh_annual_report_get_previous (w->report);
  g_autofree char *last_year = g_strdup_printf ("Năm %d", w->year - 1);
  g_autofree char *this_year = g_strdup_printf ("Năm %d", w->year);
  const char *header[] = { "TT", "Nội dung", "Chỉ tiêu tối thiểu/năm", "Chỉ tiêu tối đa/năm",
                           last_year, this_year, "Đánh giá", NULL };

  summary_heading (sheet, "2. Các chỉ tiêu hoạt động hằng năm của Kế hoạch");
  sxsh_xlsx_sheet_header (sheet, header);
  for (SxshActivityKind a = 0; a < SXSH_N_ACTIVITIES; a++)
    {
      const SxshActivityCount *activity = sxsh_indicator_report_get_activity (now, a);
      const SxshActivityCount *previous = before ? sxsh_indicator_report_get_activity (before, a)
                                                 : NULL;

      sxsh_xlsx_sheet_number (sheet, 0, a + 1, w->book.center);
      summary_label (w, sheet, activity->label);
      sxsh_xlsx_sheet_optional (sheet, 2, activity->has_quota ? activity->min_count : NAN,
                                w->book.integer);
      sxsh_xlsx_sheet_optional (sheet, 3, activity->has_quota && activity->max_count >= 0
                                          ? activity->max_count : NAN, w->book.integer);
      sxsh_xlsx_sheet_optional (sheet, 4, previous ? previous->count : NAN, w->book.integer);
      sxsh_xlsx_sheet_number (sheet, 5, activity->count, w->book.integer);
      sxsh_xlsx_sheet_text_format (sheet, 6, activity->has_quota && activity->min_count > 0
                                             ? (activity->met == 1 ? "Đạt" : "Chưa đạt") : "—",
                                   w->book.center);
      sxsh_xlsx_sheet_next_row (sheet);
    }
}

static void
summary_events (Writer        *w,
                SxshXlsxSheet *sheet)
{
  SxshIndicatorReport *now = sxsh_annual_report_get_indicators (w->report);
  const char *header[] = { "TT", "Hình thức", "Số lượng", "Người tham dự", "Số bản, lượt phát",
                           "Kinh phí (đồng)", NULL };

  summary_heading (sheet, "3. Hội thảo, tập huấn và tuyên truyền");
  sxsh_xlsx_sheet_header (sheet, header);
  for (guint i = 0; i < sxsh_indicator_report_get_n_event_kinds (now); i++)
    {
      const SxshEventTally *tally = sxsh_indicator_report_get_event_tally (now, i);

      sxsh_xlsx_sheet_number (sheet, 0, i + 1, w->book.center);
      summary_label (w, sheet, tally->label);
      sxsh_xlsx_sheet_number (sheet, 2, tally->count, w->book.integer);
      if (tally->communication)
        {
          sxsh_xlsx_sheet_text (sheet, 3, NULL);
          sxsh_xlsx_sheet_number (sheet, 4, tally->quantity, w->book.integer);
        }
      else
        {
          sxsh_xlsx_sheet_number (sheet, 3, tally->participants, w->book.integer);
          sxsh_xlsx_sheet_text (sheet, 4, NULL);
        }
      sxsh_xlsx_sheet_number (sheet, 5, tally->cost, w->book.integer);
      sxsh_xlsx_sheet_next_row (sheet);
    }
}

/* Returns the rows of the funding table, for the chart. */
static void
summary_funding (Writer        *w,
                 SxshXlsxSheet *sheet,
                 lxw_row_t     *first,
                 lxw_row_t     *last)
{
  SxshIndicatorReport *now = sxsh_annual_report_get_indicators (w->report);
  const char *header[] = { "TT", "Nguồn kinh phí", "Kế hoạch (đồng)", "Đã giải ngân (đồng)",
                           "Tỷ lệ giải ngân (%)", NULL };
  gint64 planned = 0, disbursed = 0;
  guint n = sxsh_indicator_report_get_n_funding_sources (now);

  summary_heading (sheet, "4. Kinh phí thực hiện theo nguồn");
  sxsh_xlsx_sheet_header (sheet, header);
  *first = sheet->row;
  for (guint i = 0; i < n; i++)
    {
      const SxshFundingTally *tally = sxsh_indicator_report_get_funding (now, i);

      sxsh_xlsx_sheet_number (sheet, 0, i + 1, w->book.center);
      summary_label (w, sheet, tally->label);
      sxsh_xlsx_sheet_number (sheet, 2, tally->planned, w->book.integer);
      sxsh_xlsx_sheet_number (sheet, 3, tally->disbursed, w->book.integer);
      sxsh_xlsx_sheet_optional (sheet, 4, tally->planned > 0
                                          ? 100.0 * tally->disbursed / tally->planned : NAN,
                                w->book.decimal);
      planned += tally->planned;
      disbursed += tally->disbursed;
      sxsh_xlsx_sheet_next_row (sheet);
    }
  *last = sheet->row - 1;
  sxsh_xlsx_sheet_text (sheet, 0, NULL);
  sxsh_xlsx_sheet_text_format (sheet, 1, "Tổng cộng", w->book.text_bold);
  sxsh_xlsx_sheet_number (sheet, 2, planned, w->book.integer_bold);
  sxsh_xlsx_sheet_number (sheet, 3, disbursed, w->book.integer_bold);
  sxsh_xlsx_sheet_optional (sheet, 4, planned > 0 ? 100.0 * disbursed / planned : NAN,
                            w->book.decimal_bold);
  sxsh_xlsx_sheet_next_row (sheet);
}

static void
summary_reporting (Writer        *w,
                   SxshXlsxSheet *sheet)
{
  SxshIndicatorReport *now = sxsh_annual_report_get_indicators (w->report);
  g_autofree char *due = sxsh_format_date (sxsh_indicator_report_get_due_date (now));
  g_autofree char *heading = g_strdup_printf ("5. Tình hình gửi báo cáo định kỳ (hạn ngày %s)",
                                              due);
  const char *header[] = { "TT", "Tình trạng", "Số cơ sở, cơ quan", NULL };
  static const SxshReportStatus order[] = {
    SXSH_REPORT_STATUS_ON_TIME, SXSH_REPORT_STATUS_LATE, SXSH_REPORT_STATUS_RETURNED,
    SXSH_REPORT_STATUS_MISSING,
  };

  summary_heading (sheet, heading);
  sxsh_xlsx_sheet_header (sheet, header);
  sxsh_xlsx_sheet_number (sheet, 0, 1, w->book.center);
  summary_label (w, sheet, "Phải gửi báo cáo");
  sxsh_xlsx_sheet_number (sheet, 2, sxsh_indicator_report_get_n_expected (now), w->book.integer);
  sxsh_xlsx_sheet_next_row (sheet);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      sxsh_xlsx_sheet_number (sheet, 0, i + 2, w->book.center);
      summary_label (w, sheet, sxsh_report_label_report_status (order[i]));
      sxsh_xlsx_sheet_number (sheet, 2, sxsh_indicator_report_count_reports (now, order[i]),
                              w->book.integer);
      sxsh_xlsx_sheet_next_row (sheet);
    }
}

/* The trend table the line chart reads. */
static void
summary_trend (Writer        *w,
               SxshXlsxSheet *sheet,
               lxw_row_t     *first,
               lxw_row_t     *last)
{
  const char *header[] = { "TT", "Năm", "Được tuyên truyền (%)", "Áp dụng SXSH (%)",
                           "Áp dụng và tiết kiệm (%)", "Có bộ phận chuyên trách (%)", NULL };

  summary_heading (sheet, "6. Diễn biến các chỉ tiêu qua các năm");
  sxsh_xlsx_sheet_header (sheet, header);
  *first = sheet->row;
  for (guint i = 0; i < sxsh_annual_report_get_n_trend_years (w->report); i++)
    {
      SxshIndicatorReport *year = sxsh_annual_report_get_trend (w->report, i);
      g_autofree char *label = g_strdup_printf ("%d", sxsh_indicator_report_get_year (year));

      sxsh_xlsx_sheet_number (sheet, 0, i + 1, w->book.center);
      /* The year is the chart's category: text, not a number to plot. */
      sxsh_xlsx_sheet_text_format (sheet, 1, label, w->book.center);
      for (SxshIndicatorKind k = 0; k < SXSH_N_INDICATORS; k++)
        {
          const SxshIndicator *indicator = sxsh_indicator_report_get_indicator (year, k);

          sxsh_xlsx_sheet_optional (sheet, 2 + k, indicator->has_value ? indicator->value_pct
                                                                       : NAN, w->book.decimal);
        }
      sxsh_xlsx_sheet_next_row (sheet);
    }
  *last = sheet->row - 1;
}

static void
summary_charts (Writer        *w,
                SxshXlsxSheet *sheet,
                lxw_row_t      trend_first,
                lxw_row_t      trend_last,
                lxw_row_t      funding_first,
                lxw_row_t      funding_last)
{
  lxw_chart *line = workbook_add_chart (w->book.workbook, LXW_CHART_LINE);
  lxw_chart *columns = workbook_add_chart (w->book.workbook, LXW_CHART_COLUMN);
  lxw_chart_options placement = { 0 };
  static const char *const names[] = {
    "Được tuyên truyền", "Áp dụng SXSH", "Áp dụng và tiết kiệm", "Có bộ phận chuyên trách",
  };
  g_autofree char *line_title = g_strdup_printf ("Tỷ lệ cơ sở theo các mục tiêu của Kế hoạch "
                                                 "(%%), đến năm %d", w->year);
  g_autofree char *columns_title = g_strdup_printf ("Kinh phí năm %d theo nguồn (đồng)", w->year);
  lxw_chart_series *series;

  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      series = chart_add_series (line, NULL, NULL);
      chart_series_set_categories (series, sheet->name, trend_first, 1, trend_last, 1);
      chart_series_set_values (series, sheet->name, trend_first, 2 + k, trend_last, 2 + k);
      chart_series_set_name (series, names[k]);
      chart_series_set_marker_type (series, LXW_CHART_MARKER_CIRCLE);
    }
  chart_title_set_name (line, line_title);
  chart_axis_set_name (line->x_axis, "Năm");
  chart_axis_set_name (line->y_axis, "Tỷ lệ (%)");
  chart_axis_set_min (line->y_axis, 0);
  chart_axis_set_max (line->y_axis, 100);
  chart_legend_set_position (line, LXW_CHART_LEGEND_BOTTOM);

  series = chart_add_series (columns, NULL, NULL);
  chart_series_set_categories (series, sheet->name, funding_first, 1, funding_last, 1);
  chart_series_set_values (series, sheet->name, funding_first, 2, funding_last, 2);
  chart_series_set_name (series, "Kế hoạch");
  series = chart_add_series (columns, NULL, NULL);
  chart_series_set_categories (series, sheet->name, funding_first, 1, funding_last, 1);
  chart_series_set_values (series, sheet->name, funding_first, 3, funding_last, 3);
  chart_series_set_name (series, "Đã giải ngân");
  chart_title_set_name (columns, columns_title);
  chart_axis_set_num_format (columns->y_axis, "#,##0");
  chart_legend_set_position (columns, LXW_CHART_LEGEND_BOTTOM);

  placement.x_scale = 1.4;
  placement.y_scale = 1.3;
  sxsh_xlsx_book_check (&w->book, worksheet_insert_chart_opt (sheet->sheet, 3, SUMMARY_COLUMNS + 1,
                                                              line, &placement),
                        _("the trend chart"));
  sxsh_xlsx_book_check (&w->book, worksheet_insert_chart_opt (sheet->sheet, 25,
                                                              SUMMARY_COLUMNS + 1, columns,
                                                              &placement),
                        _("the funding chart"));
}

static void
write_summary (Writer *w)
{
  g_autoptr(SxshXlsxSheet) sheet = sxsh_xlsx_sheet_new (&w->book, SXSH_REPORT_SHEET_SUMMARY,
                                                        SUMMARY_COLUMNS);
  g_autofree char *department = sxsh_annual_report_dup_department_name (w->report);
  g_autofree char *subject = sxsh_report_narrative_subject (w->year);
  g_autofree char *title = g_utf8_strup (subject, -1);
  g_autofree char *date = g_strdup_printf ("%02d/%02d/%d", g_date_get_day (&w->date),
                                           g_date_get_month (&w->date),
                                           g_date_get_year (&w->date));
  g_autofree char *subtitle = NULL;
  lxw_row_t trend_first, trend_last, funding_first, funding_last;

  if (sheet->sheet == NULL)
    return;
  if (w->number != NULL && *w->number != '\0')
    subtitle = g_strdup_printf ("(Kèm theo Báo cáo số %s ngày %s của %s tỉnh %s)", w->number,
                                date, department,
                                sxsh_annual_report_get_setting (w->report,
                                                                SXSH_SETTING_PROVINCE));
  else
    subtitle = g_strdup_printf ("(%s tỉnh %s, số liệu đến ngày %s)", department,
                                sxsh_annual_report_get_setting (w->report,
                                                                SXSH_SETTING_PROVINCE), date);
  sxsh_xlsx_sheet_title (sheet, title, subtitle);
  sheet->row--;
  summary_indicators (w, sheet);
  summary_activities (w, sheet);
  summary_events (w, sheet);
  summary_funding (w, sheet, &funding_first, &funding_last);
  summary_reporting (w, sheet);
  summary_trend (w, sheet, &trend_first, &trend_last);
  summary_charts (w, sheet, trend_first, trend_last, funding_first, funding_last);

  sxsh_xlsx_sheet_fit_columns (sheet);
  sxsh_xlsx_book_check (&w->book, worksheet_set_column (sheet->sheet, 1, 1, SUMMARY_LABEL_WIDTH,
                                                        NULL), sheet->name);
  worksheet_set_paper (sheet->sheet, 9);
  worksheet_set_landscape (sheet->sheet);
  worksheet_fit_to_pages (sheet->sheet, 1, 0);
  worksheet_activate (sheet->sheet);
}

/* The list sheets */

static void
write_facilities (Writer *w)
{
  GPtrArray *facilities = sxsh_annual_report_get_facilities (w->report);
  g_autoptr(SxshXlsxSheet) sheet = sxsh_xlsx_sheet_new (&w->book, SXSH_REPORT_SHEET_FACILITIES,
                                                        20);
  g_autofree char *ei_year = g_strdup_printf ("Tiêu hao năng lượng năm %d (TOE/đvsp)", w->year);
  g_autofree char *received = g_strdup_printf ("Ngày nhận báo cáo năm %d", w->year);
  const char *header[] = { "TT", "Mã số thuế", "Tên cơ sở", "Địa chỉ", "Địa bàn",
                           "Ngành sản xuất", "Quy mô", "Có tiềm năng SXSH", "Được tuyên truyền",
                           "Áp dụng SXSH", "Có bộ phận chuyên trách", "Năm của số liệu",
                           "Sản lượng", "Đơn vị sản phẩm", "Năm gốc",
                           "Tiêu hao năng lượng năm gốc (TOE/đvsp)", ei_year,
                           "Tiết kiệm năng lượng/đvsp (%)", "Tiết kiệm nguyên liệu, nước (%)",
                           received, NULL };

  sxsh_xlsx_sheet_header (sheet, header);
  sxsh_xlsx_sheet_set_max_width (sheet, 3, 45);
  sxsh_xlsx_sheet_set_max_width (sheet, 18, 40);
  for (guint i = 0; i < facilities->len; i++)
    {
      const SxshReportFacility *f = g_ptr_array_index (facilities, i);
      const SxshFacilitySaving *s = f->saving;
      GString *others = g_string_new (NULL);

      for (guint r = 0; s && s->resources && r < s->resources->len; r++)
        {
          const SxshResourceSaving *rs = &g_array_index (s->resources, SxshResourceSaving, r);
          g_autofree char *pct = NULL;

          if (!rs->has_saving)
            continue;
          pct = sxsh_format_number (rs->saving_pct, 1);
          g_string_append_printf (others, "%s%s: %s", others->len ? "; " : "", rs->name, pct);
        }
      sxsh_xlsx_sheet_number (sheet, 0, i + 1, w->book.center);
      sxsh_xlsx_sheet_text_format (sheet, 1, f->tax_code, w->book.center);
      sxsh_xlsx_sheet_text (sheet, 2, f->name);
      sxsh_xlsx_sheet_text (sheet, 3, f->address);
      sxsh_xlsx_sheet_text (sheet, 4, f->area);
      sxsh_xlsx_sheet_text (sheet, 5, f->sector);
      sxsh_xlsx_sheet_text_format (sheet, 6, sxsh_report_label_size_class (f->size_class),
                                   w->book.center);
      sxsh_xlsx_sheet_bool (sheet, 7, f->cp_potential);
      sxsh_xlsx_sheet_bool (sheet, 8, f->informed);
      sxsh_xlsx_sheet_bool (sheet, 9, f->applying);
      sxsh_xlsx_sheet_bool (sheet, 10, f->dedicated_unit);
      sxsh_xlsx_sheet_optional (sheet, 11, f->record_year > 0 ? f->record_year : NAN,
                                w->book.center);
      sxsh_xlsx_sheet_optional (sheet, 12, f->output, w->book.decimal);
      sxsh_xlsx_sheet_text (sheet, 13, f->output_unit);
      sxsh_xlsx_sheet_optional (sheet, 14, s && s->baseline_year > 0 ? s->baseline_year : NAN,
                                w->book.center);
      sxsh_xlsx_sheet_optional (sheet, 15, s ? s->ei_baseline : NAN, w->book.precise);
      sxsh_xlsx_sheet_optional (sheet, 16, s ? s->ei_year : NAN, w->book.precise);
      sxsh_xlsx_sheet_optional (sheet, 17, s && s->has_saving ? s->saving_pct : NAN,
                                w->book.decimal);
      sxsh_xlsx_sheet_text (sheet, 18, others->str);
      sxsh_xlsx_sheet_date (sheet, 19, f->report_received);
      sxsh_xlsx_sheet_next_row (sheet);
      g_string_free (others, TRUE);
    }
  sxsh_xlsx_sheet_finish_list (sheet, TRUE);
}

typedef struct
{
  const char *name;
  const char *unit;
  int         position;
  guint       column;
} ResourceColumn;

static int
compare_resource_columns (gconstpointer a,
                          gconstpointer b)
{
  const ResourceColumn *x = *(ResourceColumn **) a;
  const ResourceColumn *y = *(ResourceColumn **) b;

  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  return g_strcmp0 (x->name, y->name);
}

/* One row per facility and one column per resource, as officers keep
 * consumption in their own workbooks: "Điện (kWh)", "Than (t)". */
static void
write_consumption (Writer *w)
{
  GPtrArray *rows = sxsh_annual_report_get_consumption (w->report);
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(SxshXlsxSheet) sheet = NULL;
  const SxshReportFacility *current = NULL;
  static const guint n_fixed = 6;
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const SxshReportConsumption *row = g_ptr_array_index (rows, i);

      if (!g_hash_table_contains (by_name, row->resource))
        {
          ResourceColumn *column = g_new0 (ResourceColumn, 1);

          column->name = row->resource;
          column->unit = row->unit;
          column->position = row->position;
          g_hash_table_insert (by_name, (gpointer) row->resource, column);
          g_ptr_array_add (columns, column);
        }
    }
  g_ptr_array_sort (columns, compare_resource_columns);

  g_ptr_array_add (header, g_strdup ("TT"));
  g_ptr_array_add (header, g_strdup ("Mã số thuế"));
  g_ptr_array_add (header, g_strdup ("Tên cơ sở"));
  g_ptr_array_add (header, g_strdup ("Ngành sản xuất"));
  g_ptr_array_add (header, g_strdup_printf ("Sản lượng năm %d", w->year));
  g_ptr_array_add (header, g_strdup ("Đơn vị sản phẩm"));
  for (guint c = 0; c < columns->len; c++)
    {
      ResourceColumn *column = g_ptr_array_index (columns, c);

      column->column = n_fixed + c;
      g_ptr_array_add (header, g_strdup_printf ("%s (%s)", column->name, column->unit));
    }
  g_ptr_array_add (header, NULL);

  sheet = sxsh_xlsx_sheet_new (&w->book, SXSH_REPORT_SHEET_CONSUMPTION, n_fixed + columns->len);
  sxsh_xlsx_sheet_header (sheet, (const char * const *) header->pdata);
  for (guint i = 0; i < rows->len; i++)
    {
      const SxshReportConsumption *row = g_ptr_array_index (rows, i);
      const ResourceColumn *column = g_hash_table_lookup (by_name, row->resource);

      if (row->facility != current)
        {
          if (current != NULL)
            sxsh_xlsx_sheet_next_row (sheet);
          current = row->facility;
          sxsh_xlsx_sheet_number (sheet, 0, ++n, w->book.center);
          sxsh_xlsx_sheet_text_format (sheet, 1, current->tax_code, w->book.center);
          sxsh_xlsx_sheet_text (sheet, 2, current->name);
          sxsh_xlsx_sheet_text (sheet, 3, current->sector);
          sxsh_xlsx_sheet_optional (sheet, 4, current->output, w->book.decimal);
          sxsh_xlsx_sheet_text (sheet, 5, current->output_unit);
        }
      sxsh_xlsx_sheet_number (sheet, column->column, row->quantity, w->book.decimal);
    }
  if (current != NULL)
    sxsh_xlsx_sheet_next_row (sheet);
  sxsh_xlsx_sheet_finish_list (sheet, TRUE);
}

static void
write_events (Writer *w)
{
  GPtrArray *events = sxsh_annual_report_get_events (w->report);
  SxshIndicatorReport *now = sxsh_annual_report_get_indicators (w->report);
  g_autoptr(SxshXlsxSheet) sheet = sxsh_xlsx_sheet_new (&w->book, SXSH_REPORT_SHEET_EVENTS, 11);
  const char *header[] = { "TT", "Ngày", "Hình thức", "Nội dung", "Địa điểm", "Đơn vị tổ chức",
                           "Người tham dự", "Số bản, lượt phát", "Kinh phí (đồng)",
                           "Nguồn kinh phí", "Số cơ sở tham dự", NULL };

  sxsh_xlsx_sheet_header (sheet, header);
  for (guint i = 0; i < events->len; i++)
    {
      SxshEvent *event = g_ptr_array_index (events, i);
      const SxshEventTally *tally =
        sxsh_indicator_report_lookup_event (now, sxsh_event_kind_to_string (
                                                   sxsh_event_get_kind (event)));
      guint n_facilities = 0;

      sxsh_event_get_facility_ids (event, &n_facilities);
      sxsh_xlsx_sheet_number (sheet, 0, i + 1, w->book.center);
      sxsh_xlsx_sheet_date (sheet, 1, sxsh_event_get_date (event));
      sxsh_xlsx_sheet_text (sheet, 2, tally ? tally->label : "");
      sxsh_xlsx_sheet_text (sheet, 3, sxsh_event_get_title (event));
      sxsh_xlsx_sheet_text (sheet, 4, sxsh_event_get_place (event));
      sxsh_xlsx_sheet_text (sheet, 5, sxsh_event_get_organiser (event));
      sxsh_xlsx_sheet_number (sheet, 6, sxsh_event_get_participants (event), w->book.integer);
      sxsh_xlsx_sheet_number (sheet, 7, sxsh_event_get_quantity (event), w->book.integer);
      sxsh_xlsx_sheet_number (sheet, 8, sxsh_event_get_cost (event), w->book.integer);
      sxsh_xlsx_sheet_text (sheet, 9, sxsh_event_get_funding_source (event) != SXSH_FUNDING_NONE
                                      ? sxsh_report_label_funding_source (
                                          sxsh_event_get_funding_source (event))
                                      : "");
      sxsh_xlsx_sheet_number (sheet, 10, n_facilities, w->book.integer);
      sxsh_xlsx_sheet_next_row (sheet);
    }
  sxsh_xlsx_sheet_finish_list (sheet, TRUE);
}

static void
write_supports (Writer *w)
{
  GPtrArray *supports = sxsh_annual_report_get_supports (w->report);
  g_autoptr(SxshXlsxSheet) sheet = sxsh_xlsx_sheet_new (&w->book, SXSH_REPORT_SHEET_SUPPORTS, 15);
  const char *header[] = { "TT", "Cơ sở được hỗ trợ", "Hình thức hỗ trợ", "Trạng thái",
                           "Ngày bắt đầu", "Ngày kết thúc", "Đơn vị tư vấn", "Tổng chi phí (đồng)",
                           "Chi phí tư vấn (đồng)", "Nhà nước hỗ trợ (đồng)", "Nguồn kinh phí",
                           "Số giải pháp", "Vốn đầu tư các giải pháp (đồng)",
                           "Lợi ích (đồng/năm)", "Kết quả", NULL };

  sxsh_xlsx_sheet_header (sheet, header);
  for (guint i = 0; i < supports->len; i++)
    {
      SxshSupport *support = g_ptr_array_index (supports, i);
      GListModel *options = sxsh_support_get_options (support);

      sxsh_xlsx_sheet_number (sheet, 0, i + 1, w->book.center);
      sxsh_xlsx_sheet_text (sheet, 1, sxsh_support_get_facility_name (support));
      sxsh_xlsx_sheet_text (sheet, 2, sxsh_report_label_support_kind (
                                        sxsh_support_get_kind (support)));
      sxsh_xlsx_sheet_text (sheet, 3, sxsh_report_label_support_status (
                                        sxsh_support_get_status (support)));
      sxsh_xlsx_sheet_date (sheet, 4, sxsh_support_get_start_date (support));
      sxsh_xlsx_sheet_date (sheet, 5, sxsh_support_get_end_date (support));
      sxsh_xlsx_sheet_text (sheet, 6, sxsh_support_get_consultant (support));
      sxsh_xlsx_sheet_number (sheet, 7, sxsh_support_get_total_cost (support), w->book.integer);
      sxsh_xlsx_sheet_number (sheet, 8, sxsh_support_get_consultancy_cost (support),
                              w->book.integer);
      sxsh_xlsx_sheet_number (sheet, 9, sxsh_support_get_state_support (support),
                              w->book.integer);
      sxsh_xlsx_sheet_text (sheet, 10, sxsh_support_get_funding_source (support)
                                       != SXSH_FUNDING_NONE
                                       ? sxsh_report_label_funding_source (
                                           sxsh_support_get_funding_source (support))
                                       : "");
      sxsh_xlsx_sheet_number (sheet, 11, options ? g_list_model_get_n_items (options) : 0,
                              w->book.integer);
      sxsh_xlsx_sheet_number (sheet, 12, sxsh_support_get_total_investment (support),
                              w->book.integer);
      sxsh_xlsx_sheet_number (sheet, 13, sxsh_support_get_total_saving_vnd (support),
                              w->book.integer);
      sxsh_xlsx_sheet_text (sheet, 14, sxsh_support_get_results (support));
      sxsh_xlsx_sheet_next_row (sheet);
    }
  sxsh_xlsx_sheet_finish_list (sheet, TRUE);
}

static void
write_options (Writer *w)
{
  GPtrArray *supports = sxsh_annual_report_get_supports (w->report);
  g_autoptr(SxshXlsxSheet) sheet = sxsh_xlsx_sheet_new (&w->book, SXSH_REPORT_SHEET_OPTIONS, 13);
  const char *header[] = { "TT", "Cơ sở", "Hình thức hỗ trợ", "Giải pháp", "Nhóm giải pháp",
                           "Vốn đầu tư (đồng)", "Lợi ích (đồng/năm)",
                           "Tiết kiệm năng lượng (TOE/năm)", "Tiết kiệm nước (m³/năm)",
                           "Tiết kiệm nguyên liệu (tấn/năm)", "Thời gian hoàn vốn (năm)",
                           "Quyết định", "Đã thực hiện", NULL };
  guint n = 0;

  sxsh_xlsx_sheet_header (sheet, header);
  for (guint i = 0; i < supports->len; i++)
    {
      SxshSupport *support = g_ptr_array_index (supports, i);
      GListModel *options = sxsh_support_get_options (support);

      for (guint k = 0; options != NULL && k < g_list_model_get_n_items (options); k++)
        {
          g_autoptr(SxshCpOption) option = g_list_model_get_item (options, k);
          double payback = NAN;

          if (!sxsh_cp_option_get_payback (option, &payback))
            payback = NAN;
          sxsh_xlsx_sheet_number (sheet, 0, ++n, w->book.center);
          sxsh_xlsx_sheet_text (sheet, 1, sxsh_support_get_facility_name (support));
          sxsh_xlsx_sheet_text (sheet, 2, sxsh_report_label_support_kind (
                                            sxsh_support_get_kind (support)));
          sxsh_xlsx_sheet_text (sheet, 3, sxsh_cp_option_get_description (option));
          sxsh_xlsx_sheet_text (sheet, 4, sxsh_report_label_technique (
                                            sxsh_cp_option_get_technique (option)));
          sxsh_xlsx_sheet_number (sheet, 5, sxsh_cp_option_get_investment (option),
                                  w->book.integer);
          sxsh_xlsx_sheet_number (sheet, 6, sxsh_cp_option_get_saving_vnd (option),
                                  w->book.integer);
          sxsh_xlsx_sheet_number (sheet, 7, sxsh_cp_option_get_saving_energy_toe (option),
                                  w->book.decimal);
          sxsh_xlsx_sheet_number (sheet, 8, sxsh_cp_option_get_saving_water_m3 (option),
                                  w->book.decimal);
          sxsh_xlsx_sheet_number (sheet, 9, sxsh_cp_option_get_saving_material_t (option),
                                  w->book.decimal);
          sxsh_xlsx_sheet_optional (sheet, 10, payback, w->book.decimal);
          sxsh_xlsx_sheet_text (sheet, 11, sxsh_report_label_decision (
                                             sxsh_cp_option_get_decision (option)));
          sxsh_xlsx_sheet_bool (sheet, 12, sxsh_cp_option_get_implemented (option));
          sxsh_xlsx_sheet_next_row (sheet);
        }
    }
  sxsh_xlsx_sheet_finish_list (sheet, TRUE);
}

static void
write_certificates (Writer *w)
{
  GPtrArray *certificates = sxsh_annual_report_get_certificates (w->report);
  g_autoptr(SxshXlsxSheet) sheet = sxsh_xlsx_sheet_new (&w->book, SXSH_REPORT_SHEET_CERTIFICATES,
                                                        9);
  const char *header[] = { "TT", "Số Giấy chứng nhận", "Cơ sở được cấp", "Ngày cấp", "Người ký",
                           "Lợi ích", "Tình trạng", "Ngày thu hồi", "Lý do thu hồi", NULL };

  sxsh_xlsx_sheet_header (sheet, header);
  for (guint i = 0; i < certificates->len; i++)
    {
      SxshCertificate *certificate = g_ptr_array_index (certificates, i);
      gboolean revoked = sxsh_certificate_get_status (certificate) == SXSH_CERTIFICATE_REVOKED;

      sxsh_xlsx_sheet_number (sheet, 0, i + 1, w->book.center);
      sxsh_xlsx_sheet_text_format (sheet, 1, sxsh_certificate_get_number (certificate),
                                   w->book.center);
      sxsh_xlsx_sheet_text (sheet, 2, sxsh_certificate_get_facility_name (certificate));
      sxsh_xlsx_sheet_date (sheet, 3, sxsh_certificate_get_issue_date (certificate));
      sxsh_xlsx_sheet_text (sheet, 4, sxsh_certificate_get_signer (certificate));
      sxsh_xlsx_sheet_text (sheet, 5, sxsh_certificate_get_benefits (certificate));
      sxsh_xlsx_sheet_text (sheet, 6, revoked ? "Đã thu hồi" : "Còn hiệu lực");
      sxsh_xlsx_sheet_date (sheet, 7, revoked ? sxsh_certificate_get_revoked_on (certificate)
                                              : NULL);
      sxsh_xlsx_sheet_text (sheet, 8, revoked ? sxsh_certificate_get_revoke_reason (certificate)
                                              : NULL);
      sxsh_xlsx_sheet_next_row (sheet);
    }
  sxsh_xlsx_sheet_finish_list (sheet, TRUE);
}

static void
write_funding (Writer *w)
{
  GPtrArray *lines = sxsh_annual_report_get_funding (w->report);
  g_autoptr(SxshXlsxSheet) sheet = sxsh_xlsx_sheet_new (&w->book, SXSH_REPORT_SHEET_FUNDING, 7);
  const char *header[] = { "TT", "Nguồn kinh phí", "Nhiệm vụ của Kế hoạch", "Kế hoạch (đồng)",
                           "Đã giải ngân (đồng)", "Tỷ lệ giải ngân (%)", "Ghi chú", NULL };

  sxsh_xlsx_sheet_header (sheet, header);
  for (guint i = 0; i < lines->len; i++)
    {
      SxshFunding *line = g_ptr_array_index (lines, i);

      sxsh_xlsx_sheet_number (sheet, 0, i + 1, w->book.center);
      sxsh_xlsx_sheet_text (sheet, 1, sxsh_report_label_funding_source (
                                        sxsh_funding_get_source (line)));
      sxsh_xlsx_sheet_text (sheet, 2, sxsh_funding_get_plan_task_label (line));
      sxsh_xlsx_sheet_number (sheet, 3, sxsh_funding_get_planned (line), w->book.integer);
      sxsh_xlsx_sheet_number (sheet, 4, sxsh_funding_get_disbursed (line), w->book.integer);
      sxsh_xlsx_sheet_optional (sheet, 5, sxsh_funding_get_planned (line) > 0
                                          ? 100.0 * sxsh_funding_get_disbursed (line)
                                            / sxsh_funding_get_planned (line)
                                          : NAN, w->book.decimal);
      sxsh_xlsx_sheet_text (sheet, 6, sxsh_funding_get_notes (line));
      sxsh_xlsx_sheet_next_row (sheet);
    }
  sxsh_xlsx_sheet_finish_list (sheet, FALSE);
}

typedef struct
{
  char                     *key;
  const SxshReportingEntry *entry;
} RegisterItem;

static int
compare_register_items (gconstpointer a,
                        gconstpointer b)
{
  return strcmp (((const RegisterItem *) a)->key, ((const RegisterItem *) b)->key);
}

static void
write_register (Writer *w)
{
  SxshIndicatorReport *now = sxsh_annual_report_get_indicators (w->report);
  guint n = sxsh_indicator_report_get_n_reporting_entries (now);
  g_autoptr(SxshXlsxSheet) sheet = sxsh_xlsx_sheet_new (&w->book, SXSH_REPORT_SHEET_REGISTER, 8);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RegisterItem));
  const char *header[] = { "TT", "Cơ sở, cơ quan, đơn vị", "Đối tượng", "Hạn gửi",
                           "Ngày nhận", "Ngày trả lại", "Tình trạng", "Số ngày chậm", NULL };

  for (guint i = 0; i < n; i++)
    {
      RegisterItem item;

      item.entry = sxsh_indicator_report_get_reporting_entry (now, i);
      item.key = sxsh_text_collate_key (item.entry->name);
      g_array_append_val (items, item);
    }
  g_array_sort (items, compare_register_items);

  sxsh_xlsx_sheet_header (sheet, header);
  for (guint i = 0; i < items->len; i++)
    {
      const SxshReportingEntry *entry = g_array_index (items, RegisterItem, i).entry;
      GDate due, until;
      double late = NAN;

      g_date_clear (&due, 1);
      g_date_clear (&until, 1);
      if (sxsh_parse_date (entry->due_date, &due))
        {
          if (entry->received_on != NULL && sxsh_parse_date (entry->received_on, &until))
            late = MAX (0, g_date_days_between (&due, &until));
          else if (entry->status == SXSH_REPORT_STATUS_MISSING)
            late = MAX (0, g_date_days_between (&due, &w->date));
        }
      sxsh_xlsx_sheet_number (sheet, 0, i + 1, w->book.center);
      sxsh_xlsx_sheet_text (sheet, 1, entry->name);
      sxsh_xlsx_sheet_text (sheet, 2, entry->kind == SXSH_REPORTER_FACILITY ? "Cơ sở sản xuất"
                                                                            : "Cơ quan");
      sxsh_xlsx_sheet_date (sheet, 3, entry->due_date);
      sxsh_xlsx_sheet_date (sheet, 4, entry->received_on);
      sxsh_xlsx_sheet_date (sheet, 5, entry->returned_on);
      sxsh_xlsx_sheet_text (sheet, 6, sxsh_report_label_report_status (entry->status));
      sxsh_xlsx_sheet_optional (sheet, 7, late, w->book.integer);
      sxsh_xlsx_sheet_next_row (sheet);
      g_free (g_array_index (items, RegisterItem, i).key);
    }
  sxsh_xlsx_sheet_finish_list (sheet, FALSE);
}

/**
 * sxsh_report_xlsx_write:
 *
 * Writes the annual report's workbook at @path.
 */
gboolean
sxsh_report_xlsx_write (SxshAnnualReport  *report,
                        const char        *number,
                        GDate             *date,
                        const char        *path,
                        GError           **error)
{
  Writer w = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *department = NULL;
  g_autofree char *author = NULL;

  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (report), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  w.report = report;
  w.year = sxsh_annual_report_get_year (report);
  w.number = number;
  g_date_clear (&w.date, 1);
  if (date != NULL && g_date_valid (date))
    w.date = *date;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (&w.date, (GDateDay) g_date_time_get_day_of_month (now),
                      (GDateMonth) g_date_time_get_month (now),
                      (GDateYear) g_date_time_get_year (now));
    }

  title = sxsh_report_narrative_subject (w.year);
  department = sxsh_annual_report_dup_department_name (report);
  author = g_strdup_printf ("%s tỉnh %s", department,
                            sxsh_annual_report_get_setting (report, SXSH_SETTING_PROVINCE));
  if (!sxsh_xlsx_book_open (&w.book, path, title, author, error))
    return FALSE;
  w.wrap = workbook_add_format (w.book.workbook);
  format_set_font_name (w.wrap, "Times New Roman");
  format_set_font_size (w.wrap, 12);
  format_set_text_wrap (w.wrap);
  format_set_align (w.wrap, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border (w.wrap, LXW_BORDER_THIN);

  write_summary (&w);
  write_facilities (&w);
  write_consumption (&w);
  write_events (&w);
  write_supports (&w);
  write_options (&w);
  write_certificates (&w);
  write_funding (&w);
  write_register (&w);
  return sxsh_xlsx_book_close (&w.book, path, error);
}

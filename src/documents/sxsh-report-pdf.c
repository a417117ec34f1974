/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sxsh-certificate.h"
#include "sxsh-event.h"
#include "sxsh-format.h"
#include "sxsh-funding.h"
#include "sxsh-report-charts.h"
#include "sxsh-report-labels.h"
#include "sxsh-report-narrative.h"
#include "sxsh-report-pdf.h"
#include "sxsh-settings.h"
#include "sxsh-support.h"
#include "sxsh-text.h"

/* The layout of the annual report; every sentence comes from
 * sxsh-report-narrative.c and every number from the report's model. */

#define DASH "—"
#define CHART_FONT_SIZE 9.5
#define APPENDIX_FONT_SIZE 11.0

typedef struct
{
  SxshAnnualReport     *report;
  SxshOfficialDocument *doc;
  int                   year;
  GDate                 date;
  const char           *number;
  guint                 n_tables;
  guint                 n_charts;
} Builder;

/* Helpers */

/* Adds a row whose cells the builder made; it owns and frees them. */
static guint
add_row_take (SxshDocumentTable *table,
              guint              n_cells,
              char             **cells)
{
  guint row = sxsh_document_table_add_row (table, (const char * const *) cells);

  for (guint i = 0; i < n_cells; i++)
    g_free (cells[i]);
  return row;
}

static char *
count_cell (guint value)
{
  return sxsh_format_integer (value);
}

static char *
pct_cell (const SxshIndicator *indicator)
{
  return indicator != NULL && indicator->has_value ? sxsh_format_percent (indicator->value_pct, 1)
                                                   : g_strdup (DASH);
}

static char *
millions_cell (gint64 vnd)
{
  return sxsh_report_format_millions (vnd);
}

static const char *
met_word (int met)
{
  return met == 1 ? "Đạt" : met == 0 ? "Chưa đạt" : DASH;
}

static void
add_caption (Builder    *b,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

/* "Bảng 3. …" centred above its table and kept with it. */
static void
add_caption (Builder    *b,
             const char *format,
             ...)
{
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;
  SxshDocumentBlock *block;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  markup = g_markup_printf_escaped ("<b>Bảng %u. %s</b>", ++b->n_tables, text);
  block = sxsh_official_document_add_markup (b->doc, markup);
  sxsh_document_block_set_alignment (block, SXSH_ALIGN_CENTER);
  sxsh_document_block_set_indent (block, 0, 0);
  sxsh_document_block_set_font_size (block, 13);
  sxsh_document_block_set_spacing (block, 6, 0);
  sxsh_document_block_set_keep_with_next (block, TRUE);
}

/* "(Đơn vị tính: triệu đồng)" right-aligned over a table of money. */
static void
add_unit_line (Builder    *b,
               const char *unit)
{
  g_autofree char *markup = g_markup_printf_escaped ("<i>Đơn vị tính: %s</i>", unit);
  SxshDocumentBlock *block = sxsh_official_document_add_markup (b->doc, markup);

  sxsh_document_block_set_alignment (block, SXSH_ALIGN_RIGHT);
  sxsh_document_block_set_indent (block, 0, 0);
  sxsh_document_block_set_font_size (block, 12);
  sxsh_document_block_set_spacing (block, 0, 0);
  sxsh_document_block_set_keep_with_next (block, TRUE);
}

/* Paragraphs as the officer writes them: a line starting with "- " or
 * "+ " is a list item. */
static void
add_paragraphs (Builder            *b,
                const char * const *lines)
{
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "- ") || g_str_has_prefix (line, "– "))
        sxsh_official_document_add_list_item (b->doc, 0, g_utf8_next_char (line) + 1);
      else if (g_str_has_prefix (line, "+ "))
        sxsh_official_document_add_list_item (b->doc, 1, line + 2);
      else
        sxsh_official_document_add_paragraph (b->doc, line);
    }
}

static void
add_take_paragraph (Builder *b,
                    char    *text)
{
  sxsh_official_document_add_paragraph (b->doc, text);
  g_free (text);
}

/* An optional note the officer wrote under a table. */
static void
add_note (Builder           *b,
          SxshReportSection  section)
{
  g_auto(GStrv) lines = sxsh_report_narrative_section (b->report, section, NULL);

  add_paragraphs (b, (const char * const *) lines);
}

static void
add_chart (Builder    *b,
           SxshChart  *chart,
           double      height_mm,
           const char *caption)
{
  g_autofree char *text = g_strdup_printf ("Biểu đồ %u. %s", ++b->n_charts, caption);

  sxsh_chart_set_font (chart, sxsh_official_document_get_font_family (b->doc), CHART_FONT_SIZE);
  sxsh_official_document_add_drawing (b->doc, 160, height_mm, sxsh_chart_draw_func, chart,
                                      g_object_unref, text);
}

/* The front matter */

static void
add_front (Builder *b)
{
  SxshAnnualReport *r = b->report;
  g_autofree char *subject = sxsh_report_narrative_subject (b->year);
  g_autofree char *committee = g_strdup_printf ("Ủy ban nhân dân tỉnh %s.",
                                                sxsh_annual_report_get_setting (
                                                  r, SXSH_SETTING_PROVINCE));
  const char *addressees[] = { "Bộ Công Thương;", committee, NULL };

  sxsh_official_document_add_header (b->doc,
                                     sxsh_annual_report_get_setting (r,
                                                                     SXSH_SETTING_SUPERIOR_BODY),
                                     sxsh_annual_report_get_setting (r, SXSH_SETTING_DEPARTMENT),
                                     b->number,
                                     sxsh_annual_report_get_setting (r, SXSH_SETTING_PLACE),
                                     &b->date);
  sxsh_official_document_add_title (b->doc, "BÁO CÁO", subject);
  sxsh_official_document_add_recipients (b->doc, addressees);
  add_take_paragraph (b, sxsh_report_narrative_opening (r));
}

/* I. Results against the targets */

static void
add_results_table (Builder *b)
{
  SxshIndicatorReport *now = sxsh_annual_report_get_indicators (b->report);
  SxshIndicatorReport *before = sxsh_annual_report_get_previous (b->report);
  const double widths[] = { 0.06, 0.37, 0.10, 0.11, 0.11, 0.13, 0.12 };
  g_autofree char *last_year = g_strdup_printf ("Năm %d", b->year - 1);
  g_autofree char *this_year = g_strdup_printf ("Năm %d", b->year);
  g_autofree char *ratio = g_strdup_printf ("Số cơ sở đạt/tổng số năm %d", b->year);
  const char *header1[] = { "TT", "Chỉ tiêu", "Mục tiêu Kế hoạch", "Kết quả thực hiện", NULL,
                            ratio, "Đánh giá" };
  const char *header2[] = { NULL, NULL, NULL, last_year, this_year, NULL, NULL };
  SxshDocumentTable *table;

  add_caption (b, "Kết quả thực hiện các mục tiêu của Kế hoạch năm %d", b->year);
  table = sxsh_official_document_add_table (b->doc, G_N_ELEMENTS (widths), widths);
  sxsh_document_table_add_header_row (table, header1);
  sxsh_document_table_add_header_row (table, header2);
  for (guint c = 0; c < G_N_ELEMENTS (widths); c++)
    if (c != 3 && c != 4)
      sxsh_document_table_merge (table, 0, c, 2, 1);
  sxsh_document_table_merge (table, 0, 3, 1, 2);
  sxsh_document_table_set_column_alignment (table, 0, SXSH_ALIGN_CENTER);
  for (guint c = 2; c < G_N_ELEMENTS (widths); c++)
    sxsh_document_table_set_column_alignment (table, c, SXSH_ALIGN_CENTER);

  for (SxshIndicatorKind k = 0; k < SXSH_N_INDICATORS; k++)
    {
      const SxshIndicator *indicator = sxsh_indicator_report_get_indicator (now, k);
      const SxshIndicator *previous = before ? sxsh_indicator_report_get_indicator (before, k)
                                             : NULL;
      g_autofree char *numerator = count_cell (indicator->numerator);
      g_autofree char *denominator = count_cell (indicator->denominator);
      char *cells[] = {
        g_strdup_printf ("%u", k + 1),
        g_strdup (indicator->label),
        sxsh_report_format_target (indicator->target_pct),
        pct_cell (previous),
        pct_cell (indicator),
        g_strdup_printf ("%s/%s", numerator, denominator),
        g_strdup (met_word (indicator->met)),
      };

      add_row_take (table, G_N_ELEMENTS (cells), cells);
    }
}

static void
add_results (Builder *b)
{
  g_autofree char *years = NULL;
  SxshIndicatorReport *first = sxsh_annual_report_get_trend (b->report, 0);
  guint n_trend = sxsh_annual_report_get_n_trend_years (b->report);

  sxsh_official_document_add_heading (b->doc, 1, "I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU CỦA KẾ HOẠCH");
  add_take_paragraph (b, sxsh_report_narrative_population (b->report));
  add_results_table (b);
  for (SxshIndicatorKind k = 0; k < SXSH_N_INDICATORS; k++)
    {
      g_autofree char *sentence = sxsh_report_narrative_indicator (b->report, k);

      sxsh_official_document_add_list_item (b->doc, 0, sentence);
    }
  if (n_trend > 1)
    years = g_strdup_printf ("giai đoạn %d - %d", sxsh_indicator_report_get_year (first), b->year);
  else
    years = g_strdup_printf ("năm %d", b->year);
  {
    g_autofree char *caption = g_strdup_printf ("Tỷ lệ cơ sở theo các mục tiêu của Kế hoạch, %s",
                                                years);
    SxshChart *trend = sxsh_report_chart_trend (b->report);

    /* A chart saying "no data" says nothing the table has not said. */
    if (sxsh_chart_is_empty (trend))
      g_object_unref (trend);
    else
      add_chart (b, trend, 90, caption);
  }
  {
    SxshChart *sectors = sxsh_report_chart_sectors (b->report);
    guint bars = sxsh_chart_get_n_categories (sectors);

    if (bars > 0)
      {
        g_autofree char *caption = g_strdup_printf ("Cơ sở có tiềm năng áp dụng SXSH theo ngành "
                                                    "sản xuất, năm %d", b->year);

        add_chart (b, sectors, 30 + 9.0 * bars, caption);
      }
    else
      g_object_unref (sectors);
  }
  add_note (b, SXSH_REPORT_SECTION_NOTE_RESULTS);
}

/* II. Activities */

static void
add_activities_table (Builder *b)
{
  SxshIndicatorReport *now = sxsh_annual_report_get_indicators (b->report);
  SxshIndicatorReport *before = sxsh_annual_report_get_previous (b->report);
  const double widths[] = { 0.06, 0.46, 0.14, 0.11, 0.11, 0.12 };
  g_autofree char *last_year = g_strdup_printf ("Năm %d", b->year - 1);
  g_autofree char *this_year = g_strdup_printf ("Năm %d", b->year);
  const char *header[] = { "TT", "Nội dung", "Chỉ tiêu hằng năm", last_year, this_year,
                           "Đánh giá" };
  SxshDocumentTable *table;

  add_caption (b, "Kết quả thực hiện các chỉ tiêu hoạt động hằng năm của Kế hoạch");
  table = sxsh_official_document_add_table (b->doc, G_N_ELEMENTS (widths), widths);
  sxsh_document_table_add_header_row (table, header);
  sxsh_document_table_set_column_alignment (table, 0, SXSH_ALIGN_CENTER);
  for (guint c = 2; c < G_N_ELEMENTS (widths); c++)
    sxsh_document_table_set_column_alignment (table, c, SXSH_ALIGN_CENTER);
  for (SxshActivityKind a = 0; a < SXSH_N_ACTIVITIES; a++)
    {
      const SxshActivityCount *activity = sxsh_indicator_report_get_activity (now, a);
      const SxshActivityCount *previous = before ? sxsh_indicator_report_get_activity (before, a)
                                                 : NULL;
      char *quota;

      if (!activity->has_quota || (activity->min_count == 0 && activity->max_count < 0))
        quota = g_strdup (DASH);
      else if (activity->max_count < 0)
        quota = g_strdup_printf ("≥ %u", activity->min_count);
      else if ((guint) activity->max_count == activity->min_count)
        quota = g_strdup_printf ("%u", activity->min_count);
      else
        quota = g_strdup_printf ("%u - %d", activity->min_count, activity->max_count);
      {
        char *cells[] = {
          g_strdup_printf ("%u", a + 1),
          g_strdup (activity->label),
          quota,
          previous ? count_cell (previous->count) : g_strdup (DASH),
          count_cell (activity->count),
          g_strdup (activity->has_quota && activity->min_count > 0 ? met_word (activity->met)
                                                                   : DASH),
        };

        add_row_take (table, G_N_ELEMENTS (cells), cells);
      }
    }
}

static void
add_events_table (Builder *b)
{
  GPtrArray *events = sxsh_annual_report_get_events (b->report);
  const double widths[] = { 0.06, 0.38, 0.17, 0.13, 0.13, 0.13 };
  const char *header[] = { "TT", "Nội dung hoạt động", "Hình thức", "Thời gian",
                           "Người tham dự, số lượng", "Kinh phí (triệu đồng)" };
  SxshDocumentTable *table;

  if (events->len == 0)
    return;
  add_caption (b, "Các hoạt động tuyên truyền, đào tạo năm %d", b->year);
  table = sxsh_official_document_add_table (b->doc, G_N_ELEMENTS (widths), widths);
  sxsh_document_table_add_header_row (table, header);
  sxsh_document_table_set_column_alignment (table, 0, SXSH_ALIGN_CENTER);
  sxsh_document_table_set_column_alignment (table, 3, SXSH_ALIGN_CENTER);
  for (guint i = 0; i < events->len; i++)
    {
      SxshEvent *event = g_ptr_array_index (events, i);
      SxshIndicatorReport *now = sxsh_annual_report_get_indicators (b->report);
      const SxshEventTally *tally =
        sxsh_indicator_report_lookup_event (now, sxsh_event_kind_to_string (
                                                   sxsh_event_get_kind (event)));
      gint64 amount = sxsh_event_get_is_communication (event) ? sxsh_event_get_quantity (event)
                                                              : sxsh_event_get_participants (event);
      char *cells[] = {
        g_strdup_printf ("%u", i + 1),
        g_strdup (sxsh_event_get_title (event)),
        g_strdup (tally ? tally->label : ""),
        sxsh_format_date (sxsh_event_get_date (event)),
        amount > 0 ? sxsh_format_integer (amount) : g_strdup (DASH),
        sxsh_event_get_cost (event) > 0 ? millions_cell (sxsh_event_get_cost (event))
                                        : g_strdup (DASH),
      };

      add_row_take (table, G_N_ELEMENTS (cells), cells);
    }
}

static void
add_supports_table (Builder *b)
{
  GPtrArray *supports = sxsh_annual_report_get_supports (b->report);
  const double widths[] = { 0.06, 0.30, 0.17, 0.11, 0.12, 0.12, 0.12 };
  const char *header[] = { "TT", "Cơ sở được hỗ trợ", "Hình thức hỗ trợ",
                           "Số giải pháp (đã thực hiện)", "Vốn đầu tư", "Lợi ích/năm",
                           "Kinh phí nhà nước hỗ trợ" };
  SxshDocumentTable *table = NULL;
  guint n = 0;
  gint64 investment = 0, saving = 0, state = 0;

  for (guint i = 0; i < supports->len; i++)
    {
      SxshSupport *support = g_ptr_array_index (supports, i);
      GListModel *options = sxsh_support_get_options (support);
      guint n_options = options ? g_list_model_get_n_items (options) : 0;
      guint implemented = 0;

      if (sxsh_support_get_status (support) == SXSH_SUPPORT_CANCELLED)
        continue;
      if (table == NULL)
        {
          add_caption (b, "Các cơ sở được hỗ trợ kỹ thuật năm %d", b->year);
          add_unit_line (b, "triệu đồng");
          table = sxsh_official_document_add_table (b->doc, G_N_ELEMENTS (widths), widths);
          sxsh_document_table_add_header_row (table, header);
          sxsh_document_table_set_column_alignment (table, 0, SXSH_ALIGN_CENTER);
          sxsh_document_table_set_column_alignment (table, 3, SXSH_ALIGN_CENTER);
        }
      for (guint k = 0; k < n_options; k++)
        {
          g_autoptr(SxshCpOption) option = g_list_model_get_item (options, k);

          if (sxsh_cp_option_get_implemented (option))
            implemented++;
        }
      investment += sxsh_support_get_total_investment (support);
      saving += sxsh_support_get_total_saving_vnd (support);
      state += sxsh_support_get_state_support (support);
      {
        char *cells[] = {
          g_strdup_printf ("%u", ++n),
          g_strdup (sxsh_support_get_facility_name (support)),
          g_strdup (sxsh_report_label_support_kind (sxsh_support_get_kind (support))),
          n_options > 0 ? g_strdup_printf ("%u (%u)", n_options, implemented) : g_strdup (DASH),
          millions_cell (sxsh_support_get_total_investment (support)),
          millions_cell (sxsh_support_get_total_saving_vnd (support)),
          millions_cell (sxsh_support_get_state_support (support)),
        };

        add_row_take (table, G_N_ELEMENTS (cells), cells);
      }
    }
  if (table != NULL && n > 1)
    {
      char *cells[] = {
        NULL, g_strdup ("Tổng cộng"), NULL, NULL, millions_cell (investment),
        millions_cell (saving), millions_cell (state),
      };
      guint row = add_row_take (table, G_N_ELEMENTS (cells), cells);

      sxsh_document_table_merge (table, row, 1, 1, 3);
      sxsh_document_table_set_row_bold (table, row, TRUE);
    }
}

static void
add_options_table (Builder *b)
{
  GPtrArray *supports = sxsh_annual_report_get_supports (b->report);
  const double widths[] = { 0.05, 0.18, 0.25, 0.15, 0.09, 0.09, 0.09, 0.10 };
  const char *header[] = { "TT", "Cơ sở", "Giải pháp SXSH", "Nhóm giải pháp",
                           "Vốn đầu tư (triệu đồng)", "Lợi ích (triệu đồng/năm)",
                           "Hoàn vốn (năm)", "Quyết định" };
  SxshDocumentTable *table = NULL;
  guint n = 0;

  for (guint i = 0; i < supports->len; i++)
    {
      SxshSupport *support = g_ptr_array_index (supports, i);
      GListModel *options = sxsh_support_get_options (support);
      guint n_options = options ? g_list_model_get_n_items (options) : 0;
      guint first_row = 0;

      if (sxsh_support_get_status (support) == SXSH_SUPPORT_CANCELLED || n_options == 0)
        continue;
      if (table == NULL)
        {
          add_caption (b, "Các giải pháp SXSH được đề xuất tại các cơ sở được hỗ trợ");
          table = sxsh_official_document_add_table (b->doc, G_N_ELEMENTS (widths), widths);
          sxsh_document_table_set_font_size (table, APPENDIX_FONT_SIZE);
          sxsh_document_table_add_header_row (table, header);
          sxsh_document_table_set_column_alignment (table, 0, SXSH_ALIGN_CENTER);
          sxsh_document_table_set_column_alignment (table, 6, SXSH_ALIGN_CENTER);
        }
      for (guint k = 0; k < n_options; k++)
        {
          g_autoptr(SxshCpOption) option = g_list_model_get_item (options, k);
          double payback = 0;
          char *cells[] = {
            g_strdup_printf ("%u", ++n),
            k == 0 ? g_strdup (sxsh_support_get_facility_name (support)) : NULL,
            g_strdup (sxsh_cp_option_get_description (option)),
            g_strdup (sxsh_report_label_technique (sxsh_cp_option_get_technique (option))),
            millions_cell (sxsh_cp_option_get_investment (option)),
            millions_cell (sxsh_cp_option_get_saving_vnd (option)),
            sxsh_cp_option_get_payback (option, &payback) ? sxsh_format_number (payback, 1)
                                                          : g_strdup (DASH),
            g_strdup (sxsh_cp_option_get_implemented (option)
                      ? "Đã thực hiện"
                      : sxsh_report_label_decision (sxsh_cp_option_get_decision (option))),
          };
          guint row = add_row_take (table, G_N_ELEMENTS (cells), cells);

          if (k == 0)
            first_row = row;
        }
      /* The facility's name spans its options, which then stay on one page. */
      if (n_options > 1)
        sxsh_document_table_merge (table, first_row, 1, n_options, 1);
    }
}

static void
add_certificates_table (Builder *b)
{
  GPtrArray *certificates = sxsh_annual_report_get_certificates (b->report);
  const double widths[] = { 0.06, 0.21, 0.25, 0.15, 0.33 };
  const char *header[] = { "TT", "Số Giấy chứng nhận", "Cơ sở được cấp", "Ngày cấp",
                           "Lợi ích chủ yếu" };
  SxshDocumentTable *table;

  if (certificates->len == 0)
    return;
  add_caption (b, "Các Giấy chứng nhận áp dụng SXSH được cấp năm %d", b->year);
  table = sxsh_official_document_add_table (b->doc, G_N_ELEMENTS (widths), widths);
  sxsh_document_table_add_header_row (table, header);
  sxsh_document_table_set_column_alignment (table, 0, SXSH_ALIGN_CENTER);
  sxsh_document_table_set_column_alignment (table, 1, SXSH_ALIGN_CENTER);
  sxsh_document_table_set_column_alignment (table, 3, SXSH_ALIGN_CENTER);
  for (guint i = 0; i < certificates->len; i++)
    {
      SxshCertificate *certificate = g_ptr_array_index (certificates, i);
      const char *benefits = sxsh_certificate_get_benefits (certificate);
      char *cells[] = {
        g_strdup_printf ("%u", i + 1),
        g_strdup (sxsh_certificate_get_number (certificate)),
        g_strdup (sxsh_certificate_get_facility_name (certificate)),
        sxsh_format_date (sxsh_certificate_get_issue_date (certificate)),
        sxsh_certificate_get_status (certificate) == SXSH_CERTIFICATE_REVOKED
          ? g_strdup_printf ("%s (đã thu hồi)", benefits ? benefits : "")
          : g_strdup (benefits && *benefits ? benefits : DASH),
      };

      add_row_take (table, G_N_ELEMENTS (cells), cells);
    }
}

static void
add_activities (Builder *b)
{
  sxsh_official_document_add_heading (b->doc, 1, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ");
  add_activities_table (b);

  sxsh_official_document_add_heading (b->doc, 2, "1. Công tác tuyên truyền, nâng cao nhận thức");
  add_take_paragraph (b, sxsh_report_narrative_communication (b->report));

  sxsh_official_document_add_heading (b->doc, 2, "2. Đào tạo, nâng cao năng lực áp dụng SXSH");
  add_take_paragraph (b, sxsh_report_narrative_training (b->report));
  add_events_table (b);

  sxsh_official_document_add_heading (b->doc, 2, "3. Hỗ trợ kỹ thuật áp dụng SXSH");
  add_take_paragraph (b, sxsh_report_narrative_support (b->report));
  add_supports_table (b);
  add_options_table (b);

  sxsh_official_document_add_heading (b->doc, 2, "4. Mô hình trình diễn về SXSH");
  add_take_paragraph (b, sxsh_report_narrative_demo_models (b->report));

  sxsh_official_document_add_heading (b->doc, 2, "5. Cấp Giấy chứng nhận áp dụng SXSH");
  add_take_paragraph (b, sxsh_report_narrative_certificates (b->report));
  add_certificates_table (b);

  sxsh_official_document_add_heading (b->doc, 2, "6. Xây dựng, cập nhật cơ sở dữ liệu về SXSH");
  add_take_paragraph (b, sxsh_report_narrative_database (b->report));
  add_note (b, SXSH_REPORT_SECTION_NOTE_ACTIVITIES);
}

/* III. Funding */

static void
add_funding (Builder *b)
{
  SxshIndicatorReport *now = sxsh_annual_report_get_indicators (b->report);
  GPtrArray *lines = sxsh_annual_report_get_funding (b->report);
  const double widths[] = { 0.07, 0.47, 0.16, 0.16, 0.14 };
  const char *header[] = { "TT", "Nguồn kinh phí, nhiệm vụ", "Kế hoạch", "Đã giải ngân",
                           "Tỷ lệ giải ngân" };
  static const char *const roman[] = { "I", "II", "III", "IV", "V", "VI" };
  SxshDocumentTable *table;
  gint64 planned = 0, disbursed = 0;
  guint group = 0;

  sxsh_official_document_add_heading (b->doc, 1, "III. KINH PHÍ THỰC HIỆN");
  add_take_paragraph (b, sxsh_report_narrative_funding (b->report));

  add_caption (b, "Kinh phí thực hiện Kế hoạch năm %d", b->year);
  add_unit_line (b, "triệu đồng");
  table = sxsh_official_document_add_table (b->doc, G_N_ELEMENTS (widths), widths);
  sxsh_document_table_add_header_row (table, header);
  sxsh_document_table_set_column_alignment (table, 0, SXSH_ALIGN_CENTER);

  for (guint s = 0; s < sxsh_indicator_report_get_n_funding_sources (now); s++)
    {
      const SxshFundingTally *tally = sxsh_indicator_report_get_funding (now, s);
      SxshFundingSource source = sxsh_funding_source_from_string (tally->source);
      guint row, item = 0;

      if (tally->planned == 0 && tally->disbursed == 0)
        continue;
      planned += tally->planned;
      disbursed += tally->disbursed;
      {
        char *cells[] = {
          g_strdup (roman[MIN (group, G_N_ELEMENTS (roman) - 1)]),
          g_strdup (tally->label),
          millions_cell (tally->planned),
          millions_cell (tally->disbursed),
          tally->planned > 0 ? sxsh_format_percent (100.0 * tally->disbursed / tally->planned, 1)
                             : g_strdup (DASH),
        };

        row = add_row_take (table, G_N_ELEMENTS (cells), cells);
        sxsh_document_table_set_row_bold (table, row, TRUE);
        group++;
      }
      for (guint i = 0; i < lines->len; i++)
        {
          SxshFunding *line = g_ptr_array_index (lines, i);
          const char *task = sxsh_funding_get_plan_task_label (line);

          if (sxsh_funding_get_source (line) != source)
            continue;
          {
            char *cells[] = {
              g_strdup_printf ("%u", ++item),
              g_strdup (task && *task ? task : "Chi thường xuyên, chưa gắn với nhiệm vụ cụ thể"),
              millions_cell (sxsh_funding_get_planned (line)),
              millions_cell (sxsh_funding_get_disbursed (line)),
              sxsh_funding_get_planned (line) > 0
                ? sxsh_format_percent (100.0 * sxsh_funding_get_disbursed (line)
                                       / sxsh_funding_get_planned (line), 1)
                : g_strdup (DASH),
            };

            add_row_take (table, G_N_ELEMENTS (cells), cells);
          }
        }
    }
  {
    char *cells[] = {
      NULL, g_strdup ("Tổng cộng"), millions_cell (planned), millions_cell (disbursed),
      planned > 0 ? sxsh_format_percent (100.0 * disbursed / planned, 1) : g_strdup (DASH),
    };
    guint row = add_row_take (table, G_N_ELEMENTS (cells), cells);

    sxsh_document_table_set_row_bold (table, row, TRUE);
  }
  add_note (b, SXSH_REPORT_SECTION_NOTE_FUNDING);
}

/* IV and V, closing */

static void
add_assessment (Builder *b)
{
  g_auto(GStrv) achievements = NULL;
  g_auto(GStrv) difficulties = NULL;
  g_auto(GStrv) proposals = NULL;
  g_auto(GStrv) next_year = NULL;
  g_autofree char *heading = g_strdup_printf ("V. ĐỀ XUẤT, KIẾN NGHỊ VÀ KẾ HOẠCH NĂM %d",
                                              b->year + 1);
  g_autofree char *plan = g_strdup_printf ("2. Kế hoạch năm %d", b->year + 1);

  achievements = sxsh_report_narrative_section (b->report, SXSH_REPORT_SECTION_ACHIEVEMENTS,
                                                NULL);
  difficulties = sxsh_report_narrative_section (b->report, SXSH_REPORT_SECTION_DIFFICULTIES,
                                                NULL);
  proposals = sxsh_report_narrative_section (b->report, SXSH_REPORT_SECTION_PROPOSALS, NULL);
  next_year = sxsh_report_narrative_section (b->report, SXSH_REPORT_SECTION_NEXT_YEAR_PLAN, NULL);

  sxsh_official_document_add_heading (b->doc, 1, "IV. ĐÁNH GIÁ CHUNG");
  sxsh_official_document_add_heading (b->doc, 2, "1. Kết quả đạt được");
  add_paragraphs (b, (const char * const *) achievements);
  sxsh_official_document_add_heading (b->doc, 2, "2. Khó khăn, vướng mắc và nguyên nhân");
  add_paragraphs (b, (const char * const *) difficulties);

  sxsh_official_document_add_heading (b->doc, 1, heading);
  sxsh_official_document_add_heading (b->doc, 2, "1. Đề xuất, kiến nghị");
  add_paragraphs (b, (const char * const *) proposals);
  sxsh_official_document_add_heading (b->doc, 2, plan);
  add_paragraphs (b, (const char * const *) next_year);
}

static void
add_closing (Builder *b)
{
  SxshAnnualReport *r = b->report;
  const char *authority = sxsh_annual_report_get_setting (r, SXSH_SETTING_SIGNER_AUTHORITY);
  g_autofree char *code = sxsh_annual_report_dup_filing_code (r);
  g_autofree char *filing = *code ? g_strdup_printf ("Lưu: VT, %s.", code) : g_strdup ("Lưu: VT.");
  const char *distribution[4];
  guint n = 0;

  add_take_paragraph (b, sxsh_report_narrative_closing (r));
  distribution[n++] = "Như trên;";
  /* The director is told of what a deputy signs on his behalf. */
  if (*authority)
    distribution[n++] = "Giám đốc Sở (b/c);";
  distribution[n++] = filing;
  distribution[n] = NULL;
  sxsh_official_document_add_closing (b->doc, distribution, *authority ? authority : NULL,
                                      sxsh_annual_report_get_setting (r,
                                                                      SXSH_SETTING_SIGNER_TITLE),
                                      sxsh_annual_report_get_setting (r,
                                                                      SXSH_SETTING_SIGNER_NAME));
}

/* Appendices */

static void
add_appendix_title (Builder    *b,
                    const char *label,
                    const char *title,
                    gboolean    first)
{
  g_autofree char *department = sxsh_annual_report_dup_department_name (b->report);
  g_autofree char *date = g_strdup_printf ("%02d/%02d/%d", g_date_get_day (&b->date),
                                           g_date_get_month (&b->date), g_date_get_year (&b->date));
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>\n<b>%s</b>\n<i>(Kèm theo Báo cáo "
                                                     "số %s ngày %s của %s)</i>", label, title,
                                                     b->number, date, department);
  SxshDocumentBlock *block;

  /* The appendices' long tables are read best across a landscape page:
   * names and places stay on one line. */
  if (first)
    sxsh_official_document_add_section (b->doc, SXSH_PAGE_LANDSCAPE);
  else
    sxsh_official_document_add_page_break (b->doc);
  block = sxsh_official_document_add_markup (b->doc, markup);
  sxsh_document_block_set_alignment (block, SXSH_ALIGN_CENTER);
  sxsh_document_block_set_indent (block, 0, 0);
  sxsh_document_block_set_spacing (block, 0, 10);
  sxsh_document_block_set_keep_with_next (block, TRUE);
}

static char *
saving_cell (const SxshFacilitySaving *saving)
{
  if (saving == NULL || !saving->has_saving)
    return g_strdup (DASH);
  return sxsh_format_number (saving->saving_pct, 1);
}

static void
add_applying_appendix (Builder *b)
{
  GPtrArray *applying = sxsh_annual_report_get_applying (b->report);
  SxshIndicatorReport *now = sxsh_annual_report_get_indicators (b->report);
  const SxshIndicator *saving_indicator =
    sxsh_indicator_report_get_indicator (now, SXSH_INDICATOR_APPLYING_SAVING);
  const double widths[] = { 0.05, 0.36, 0.15, 0.29, 0.06, 0.09 };
  const char *header[] = { "TT", "Tên cơ sở sản xuất", "Địa bàn", "Ngành sản xuất", "Năm gốc",
                           "Tiết kiệm năng lượng/đơn vị sản phẩm (%)" };
  g_autofree char *title = g_strdup_printf ("DANH SÁCH CƠ SỞ SẢN XUẤT CÔNG NGHIỆP ÁP DỤNG SẢN "
                                            "XUẤT SẠCH HƠN NĂM %d", b->year);
  g_autofree char *count = sxsh_format_integer (applying->len);
  g_autofree char *band = sxsh_report_format_target (saving_indicator->band_low_pct);
  g_autofree char *saving_count = sxsh_format_integer (saving_indicator->numerator);
  SxshDocumentTable *table;

  add_appendix_title (b, "Phụ lục I", title, TRUE);
  add_take_paragraph (b, g_strdup_printf ("Năm %d có %s cơ sở sản xuất công nghiệp đang áp dụng "
                                          "SXSH; trong số các cơ sở có tiềm năng, %s cơ sở tiết "
                                          "kiệm từ %s năng lượng trên đơn vị sản phẩm trở lên so "
                                          "với năm gốc.", b->year, count, saving_count, band));
  if (applying->len == 0)
    return;
  table = sxsh_official_document_add_table (b->doc, G_N_ELEMENTS (widths), widths);
  sxsh_document_table_set_font_size (table, APPENDIX_FONT_SIZE);
  sxsh_document_table_add_header_row (table, header);
  sxsh_document_table_set_column_alignment (table, 0, SXSH_ALIGN_CENTER);
  sxsh_document_table_set_column_alignment (table, 4, SXSH_ALIGN_CENTER);
  for (guint i = 0; i < applying->len; i++)
    {
      const SxshReportFacility *facility = g_ptr_array_index (applying, i);
      int baseline = facility->saving ? facility->saving->baseline_year : 0;
      char *cells[] = {
        g_strdup_printf ("%u", i + 1),
        g_strdup (facility->name),
        g_strdup (facility->area),
        g_strdup (facility->sector),
        baseline > 0 ? g_strdup_printf ("%d", baseline) : g_strdup (DASH),
        saving_cell (facility->saving),
      };

      add_row_take (table, G_N_ELEMENTS (cells), cells);
    }
}

/* More on-time reports than this are counted, not listed: the appendix
 * is for the reports that need action, and the workbook lists them all. */
#define MAX_ON_TIME_LISTED 400

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

static int
days_between (const char *from_iso,
              GDate      *to)
{
  GDate from;

  g_date_clear (&from, 1);
  if (!sxsh_parse_date (from_iso, &from) || !g_date_valid (to))
    return 0;
  return g_date_days_between (&from, to);
}

static char *
register_note (Builder                  *b,
               const SxshReportingEntry *entry)
{
  switch (entry->status)
    {
    case SXSH_REPORT_STATUS_MISSING:
      {
        int days = days_between (entry->due_date, &b->date);

        return days > 0 ? g_strdup_printf ("Quá hạn %d ngày", days) : g_strdup ("");
      }
    case SXSH_REPORT_STATUS_LATE:
      {
        GDate received;

        g_date_clear (&received, 1);
        if (sxsh_parse_date (entry->received_on, &received))
          return g_strdup_printf ("Chậm %d ngày", days_between (entry->due_date, &received));
        return g_strdup ("");
      }
    case SXSH_REPORT_STATUS_RETURNED:
      {
        g_autofree char *returned = sxsh_format_date (entry->returned_on);

        return g_strdup_printf ("Trả lại ngày %s", returned);
      }
    default:
      return g_strdup ("");
    }
}

static void
add_register_appendix (Builder *b)
{
  SxshIndicatorReport *now = sxsh_annual_report_get_indicators (b->report);
  guint n = sxsh_indicator_report_get_n_reporting_entries (now);
  const double widths[] = { 0.06, 0.50, 0.13, 0.13, 0.18 };
  const char *header[] = { "TT", "Cơ sở, cơ quan, đơn vị", "Đối tượng", "Ngày nhận báo cáo",
                           "Ghi chú" };
  static const struct
  {
    SxshReportStatus status;
    const char *title;
  } groups[] = {
    { SXSH_REPORT_STATUS_MISSING, "Chưa gửi báo cáo" },
    { SXSH_REPORT_STATUS_RETURNED, "Báo cáo phải hoàn thiện lại" },
    { SXSH_REPORT_STATUS_LATE, "Gửi báo cáo chậm" },
    { SXSH_REPORT_STATUS_ON_TIME, "Gửi báo cáo đúng hạn" },
  };
  static const char *const numbers[] = { "1", "2", "3", "4" };
  g_autofree char *title = g_strdup_printf ("TÌNH HÌNH GỬI BÁO CÁO ĐỊNH KỲ NĂM %d", b->year);
  g_autofree char *due = sxsh_format_date (sxsh_indicator_report_get_due_date (now));
  g_autofree char *expected = sxsh_format_integer (n);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RegisterItem));
  guint group_index = 0;

  add_appendix_title (b, "Phụ lục II", title, FALSE);
  add_take_paragraph (b, g_strdup_printf ("Hạn gửi báo cáo định kỳ năm %d: ngày %s. Số cơ sở áp "
                                          "dụng SXSH và cơ quan, đơn vị phải gửi báo cáo: %s.",
                                          b->year, due, expected));
  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      RegisterItem item;

      item.entry = sxsh_indicator_report_get_reporting_entry (now, i);
      item.key = sxsh_text_collate_key (item.entry->name);
      g_array_append_val (items, item);
    }
  g_array_sort (items, compare_register_items);

  /* One table per status under its own heading, which the layout keeps
   * with the table's first rows. */
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      guint count = sxsh_indicator_report_count_reports (now, groups[g].status);
      g_autofree char *count_text = sxsh_format_integer (count);
      g_autofree char *heading = NULL;
      SxshDocumentTable *table;
      guint number = 0;

      if (count == 0)
        continue;
      heading = g_strdup_printf ("%s. %s: %s", numbers[group_index++], groups[g].title,
                                 count_text);
      sxsh_official_document_add_heading (b->doc, 2, heading);
      if (groups[g].status == SXSH_REPORT_STATUS_ON_TIME && count > MAX_ON_TIME_LISTED)
        {
          add_take_paragraph (b, g_strdup_printf ("%s cơ sở, cơ quan gửi báo cáo đúng hạn; danh "
                                                  "sách chi tiết tại biểu “%s” của tệp Excel kèm "
                                                  "theo báo cáo.", count_text,
                                                  "Tình hình báo cáo"));
          continue;
        }
      table = sxsh_official_document_add_table (b->doc, G_N_ELEMENTS (widths), widths);
      sxsh_document_table_set_font_size (table, APPENDIX_FONT_SIZE);
      sxsh_document_table_add_header_row (table, header);
      sxsh_document_table_set_column_alignment (table, 0, SXSH_ALIGN_CENTER);
      sxsh_document_table_set_column_alignment (table, 2, SXSH_ALIGN_CENTER);
      sxsh_document_table_set_column_alignment (table, 3, SXSH_ALIGN_CENTER);
      for (guint i = 0; i < items->len; i++)
        {
          const SxshReportingEntry *entry = g_array_index (items, RegisterItem, i).entry;

          if (entry->status != groups[g].status)
            continue;
          {
            char *cells[] = {
              g_strdup_printf ("%u", ++number),
              g_strdup (entry->name),
              g_strdup (entry->kind == SXSH_REPORTER_FACILITY ? "Cơ sở sản xuất" : "Cơ quan"),
              entry->received_on ? sxsh_format_date (entry->received_on) : g_strdup (DASH),
              register_note (b, entry),
            };

            add_row_take (table, G_N_ELEMENTS (cells), cells);
          }
        }
    }
  for (guint i = 0; i < items->len; i++)
    g_free (g_array_index (items, RegisterItem, i).key);
}

/* Public API */

/**
 * sxsh_report_draft_number:
 * @pattern: the report series, "{seq}/BC-SCT"
 *
 * Returns: (transfer full): the number with dots for the sequence,
 *   "…/BC-SCT", as a draft that takes no number shows it
 */
char *
sxsh_report_draft_number (const char *pattern,
                          int         year)
{
  GString *out = g_string_new (NULL);
  const char *p = pattern && *pattern ? pattern : "{seq}";

  while (*p)
    {
      const char *end;

      if (g_str_has_prefix (p, "{seq") && (end = strchr (p, '}')) != NULL)
        {
          g_string_append (out, "…");
          p = end + 1;
        }
      else if (g_str_has_prefix (p, "{year}"))
        {
          g_string_append_printf (out, "%d", year);
          p += strlen ("{year}");
        }
      else
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

/**
 * sxsh_report_pdf_build:
 * @number: the report's number, e.g. "12/BC-SCT" or a draft's "…/BC-SCT"
 * @date: (nullable): the report's date; %NULL for today
 *
 * Lays out the annual report.  The document can be drawn page by page for a
 * preview or written as a PDF.
 *
 * Returns: (transfer full): the document
 */
SxshOfficialDocument *
sxsh_report_pdf_build (SxshAnnualReport *report,
                       const char       *number,
                       GDate            *date)
{
  Builder b = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *department = NULL;

  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (report), NULL);
  g_return_val_if_fail (number != NULL, NULL);

  b.report = report;
  b.year = sxsh_annual_report_get_year (report);
  b.number = number;
  g_date_clear (&b.date, 1);
  if (date != NULL && g_date_valid (date))
    b.date = *date;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (&b.date, (GDateDay) g_date_time_get_day_of_month (now),
                      (GDateMonth) g_date_time_get_month (now),
                      (GDateYear) g_date_time_get_year (now));
    }

  b.doc = sxsh_official_document_new ();
  department = sxsh_annual_report_dup_department_name (report);
  title = g_strdup_printf ("Báo cáo %s", number);
  author = g_strdup_printf ("%s tỉnh %s", department,
                            sxsh_annual_report_get_setting (report, SXSH_SETTING_PROVINCE));
  sxsh_official_document_set_metadata (b.doc, title, author);

  add_front (&b);
  add_results (&b);
  add_activities (&b);
  add_funding (&b);
  add_assessment (&b);
  add_closing (&b);
  add_applying_appendix (&b);
  add_register_appendix (&b);
  return b.doc;
}

/**
 * sxsh_report_pdf_write:
 * @n_pages: (out) (optional): the pages written
 *
 * Writes the annual report as a PDF at @path.
 */
gboolean
sxsh_report_pdf_write (SxshAnnualReport  *report,
                       const char        *number,
                       GDate             *date,
                       const char        *path,
                       guint             *n_pages,
                       GError           **error)
{
  g_autoptr(SxshOfficialDocument) doc = NULL;

  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (report), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  doc = sxsh_report_pdf_build (report, number, date);
  return sxsh_official_document_write_pdf (doc, path, n_pages, error);
}

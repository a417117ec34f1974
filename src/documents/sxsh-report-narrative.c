/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sxsh-certificate.h"
#include "sxsh-event.h"
#include "sxsh-format.h"
#include "sxsh-report-narrative.h"
#include "sxsh-settings.h"

/* Numbers */

/* Counts of things in prose take two digits below ten ("02 hội thảo"), as
 * administrative documents write them. */
char *
sxsh_report_format_count (guint count)
{
  if (count > 0 && count < 10)
    return g_strdup_printf ("%02u", count);
  return sxsh_format_integer (count);
}

/* "90%", or "8,5%" when the target has a fraction. */
char *
sxsh_report_format_target (double target_pct)
{
  if (!isfinite (target_pct))
    return g_strdup ("—");
  return sxsh_format_percent (target_pct, fabs (target_pct - round (target_pct)) < 1e-9 ? 0 : 1);
}

/* Millions of VND: "1.803", "272,3". */
char *
sxsh_report_format_millions (gint64 vnd)
{
  double millions = vnd / 1e6;

  if (vnd % 1000000 == 0)
    return sxsh_format_integer (vnd / 1000000);
  if (fabs (millions * 10 - round (millions * 10)) < 1e-6)
    return sxsh_format_number (millions, 1);
  return sxsh_format_number (millions, 2);
}

/* "2016-09-26" → "26/9/2016", the form official texts cite dates in. */
char *
sxsh_report_format_citation_date (const char *iso_date)
{
  int y, m, d;

  if (iso_date == NULL || sscanf (iso_date, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup ("");
  return g_strdup_printf ("%02d/%d/%d", d, m, y);
}

char *
sxsh_report_lower_first (const char *text)
{
  g_autofree char *head = NULL;

  if (text == NULL || *text == '\0')
    return g_strdup ("");
  head = g_utf8_strdown (text, g_utf8_next_char (text) - text);
  return g_strconcat (head, g_utf8_next_char (text), NULL);
}

static char *
upper_first (const char *text)
{
  g_autofree char *head = NULL;

  if (text == NULL || *text == '\0')
    return g_strdup ("");
  head = g_utf8_strup (text, g_utf8_next_char (text) - text);
  return g_strconcat (head, g_utf8_next_char (text), NULL);
}

/* "a", "a và b", "a, b và c". */
static char *
join_list (GPtrArray *items)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == items->len ? " và " : ", ");
      g_string_append (out, g_ptr_array_index (items, i));
    }
  return g_string_free (out, FALSE);
}

static const char *
province (SxshAnnualReport *report)
{
  return sxsh_annual_report_get_setting (report, SXSH_SETTING_PROVINCE);
}

/* "2 - 3", "1", "tối thiểu 2". */
static char *
quota_range (const SxshActivityCount *activity)
{
  if (activity->max_count < 0)
    return g_strdup_printf ("tối thiểu %u", activity->min_count);
  if ((guint) activity->max_count == activity->min_count)
    return g_strdup_printf ("%u", activity->min_count);
  return g_strdup_printf ("%u - %d", activity->min_count, activity->max_count);
}

/* "2 - 3 cơ sở/năm", "1 - 2 mô hình/năm". */
static char *
quota_text (const SxshActivityCount *activity,
            const char              *unit)
{
  g_autofree char *range = quota_range (activity);

  return g_strdup_printf ("%s %s/năm", range, unit);
}

/* Sentences of section I */

char *
sxsh_report_narrative_subject (int year)
{
  return g_strdup_printf ("Kết quả thực hiện Kế hoạch sản xuất sạch hơn trong công nghiệp năm %d",
                          year);
}

char *
sxsh_report_narrative_opening (SxshAnnualReport *report)
{
  g_autofree char *reference = sxsh_annual_report_dup_plan_reference (report);
  g_autofree char *department = sxsh_annual_report_dup_department_name (report);

  return g_strdup_printf ("Thực hiện %s, %s báo cáo kết quả thực hiện Kế hoạch năm %d như sau:",
                          reference, department, sxsh_annual_report_get_year (report));
}

/* "doanh nghiệp vừa" from "Doanh nghiệp vừa có bộ phận chuyên trách về SXSH". */
static char *
dedicated_population (const SxshIndicator *indicator)
{
  const char *cut = indicator->label ? strstr (indicator->label, " có bộ phận") : NULL;
  g_autofree char *head = NULL;

  if (cut == NULL)
    return g_strdup ("doanh nghiệp thuộc đối tượng của chỉ tiêu");
  head = g_strndup (indicator->label, cut - indicator->label);
  return sxsh_report_lower_first (head);
}

char *
sxsh_report_narrative_population (SxshAnnualReport *report)
{
  SxshIndicatorReport *indicators = sxsh_annual_report_get_indicators (report);
  const SxshIndicator *informed =
    sxsh_indicator_report_get_indicator (indicators, SXSH_INDICATOR_INFORMED);
  const SxshIndicator *dedicated =
    sxsh_indicator_report_get_indicator (indicators, SXSH_INDICATOR_DEDICATED_UNIT);
  g_autofree char *active = sxsh_format_integer (sxsh_annual_report_get_facilities (report)->len);
  g_autofree char *potential = sxsh_format_integer (informed->denominator);
  g_autofree char *medium = sxsh_format_integer (dedicated->denominator);
  g_autofree char *medium_label = dedicated_population (dedicated);

  return g_strdup_printf ("Năm %d, trên địa bàn tỉnh %s có %s cơ sở sản xuất công nghiệp đang "
                          "hoạt động, trong đó %s cơ sở có tiềm năng áp dụng SXSH và %s %s. "
                          "Kết quả thực hiện các mục tiêu của Kế hoạch như sau:",
                          sxsh_annual_report_get_year (report), province (report), active,
                          potential, medium, medium_label);
}

char *
sxsh_report_narrative_indicator (SxshAnnualReport  *report,
                                 SxshIndicatorKind  kind)
{
  SxshIndicatorReport *indicators = sxsh_annual_report_get_indicators (report);
  SxshIndicatorReport *previous = sxsh_annual_report_get_previous (report);
  const SxshIndicator *now = sxsh_indicator_report_get_indicator (indicators, kind);
  const SxshIndicator *before = previous
                                ? sxsh_indicator_report_get_indicator (previous, kind) : NULL;
  const char *unit = kind == SXSH_INDICATOR_DEDICATED_UNIT ? "doanh nghiệp" : "cơ sở";
  int year = sxsh_annual_report_get_year (report);
  g_autofree char *label = sxsh_report_lower_first (now->label);
  g_autofree char *value = NULL;
  g_autofree char *numerator = sxsh_format_integer (now->numerator);
  g_autofree char *denominator = sxsh_format_integer (now->denominator);
  g_autofree char *target = sxsh_report_format_target (now->target_pct);
  GString *out = g_string_new (NULL);

  if (!now->has_value)
    {
      g_string_append_printf (out, "Tỷ lệ %s: năm %d không có %s thuộc đối tượng của chỉ tiêu "
                              "nên chỉ tiêu này chưa được đánh giá.", label, year, unit);
      return g_string_free (out, FALSE);
    }

  value = sxsh_format_percent (now->value_pct, 1);
  g_string_append_printf (out, "Tỷ lệ %s đạt %s (%s/%s %s)", label, value, numerator,
                          denominator, unit);
  if (before != NULL && before->has_value)
    {
      double delta = round ((now->value_pct - before->value_pct) * 10) / 10;
      g_autofree char *points = sxsh_format_number (fabs (delta), 1);

      if (delta > 0)
        g_string_append_printf (out, ", tăng %s điểm phần trăm so với năm %d", points, year - 1);
      else if (delta < 0)
        g_string_append_printf (out, ", giảm %s điểm phần trăm so với năm %d", points, year - 1);
      else
        g_string_append_printf (out, ", không thay đổi so với năm %d", year - 1);
    }
  if (now->met == 1)
    g_string_append_printf (out, now->value_pct > now->target_pct + 0.05
                                 ? "; vượt mục tiêu %s của Kế hoạch."
                                 : "; đạt mục tiêu %s của Kế hoạch.", target);
  else if (now->met == 0)
    {
      g_autofree char *gap = sxsh_format_number (now->target_pct - now->value_pct, 1);

      g_string_append_printf (out, "; chưa đạt mục tiêu %s của Kế hoạch (còn thấp hơn %s điểm "
                              "phần trăm).", target, gap);
    }
  else
    g_string_append_c (out, '.');
  return g_string_free (out, FALSE);
}

/* Sentences of section II */

char *
sxsh_report_narrative_communication (SxshAnnualReport *report)
{
  SxshIndicatorReport *indicators = sxsh_annual_report_get_indicators (report);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *department = sxsh_annual_report_dup_department_name (report);
  g_autofree char *list = NULL;
  int year = sxsh_annual_report_get_year (report);

  for (guint i = 0; i < sxsh_indicator_report_get_n_event_kinds (indicators); i++)
    {
      const SxshEventTally *tally = sxsh_indicator_report_get_event_tally (indicators, i);
      g_autofree char *count = NULL;
      g_autofree char *quantity = NULL;

      if (!tally->communication || tally->count == 0)
        continue;
      count = sxsh_report_format_count (tally->count);
      quantity = sxsh_format_integer (tally->quantity);
      if (g_str_equal (tally->kind, "reportage"))
        g_ptr_array_add (items, g_strdup_printf ("xây dựng %s phóng sự", count));
      else if (g_str_equal (tally->kind, "article"))
        g_ptr_array_add (items, g_strdup_printf ("đăng %s tin bài", count));
      else if (g_str_equal (tally->kind, "leaflet") && tally->quantity > 0)
        g_ptr_array_add (items, g_strdup_printf ("phát hành %s tờ rơi", quantity));
      else if (g_str_equal (tally->kind, "handbook") && tally->quantity > 0)
        g_ptr_array_add (items, g_strdup_printf ("phát hành %s cuốn sổ tay", quantity));
      else if (g_str_equal (tally->kind, "poster") && tally->quantity > 0)
        g_ptr_array_add (items, g_strdup_printf ("lắp đặt %s panô, áp phích", quantity));
      else if (g_str_equal (tally->kind, "broadcast") && tally->quantity > tally->count)
        g_ptr_array_add (items, g_strdup_printf ("thực hiện %s chương trình phát thanh, truyền "
                                                 "hình với %s lượt phát sóng", count, quantity));
      else
        {
          g_autofree char *kind = sxsh_report_lower_first (tally->label);

          g_ptr_array_add (items, g_strdup_printf ("thực hiện %s %s", count, kind));
        }
    }
  if (items->len == 0)
    return g_strdup_printf ("Trong năm %d, cơ sở dữ liệu không ghi nhận hoạt động tuyên truyền "
                            "nào về SXSH trên các phương tiện thông tin đại chúng.", year);
  list = join_list (items);
  return g_strdup_printf ("Trong năm %d, %s đã %s nhằm tuyên truyền, phổ biến lợi ích của việc "
                          "áp dụng SXSH trong công nghiệp đến các cơ sở sản xuất và người lao "
                          "động.", year, department, list);
}

char *
sxsh_report_narrative_training (SxshAnnualReport *report)
{
  SxshIndicatorReport *indicators = sxsh_annual_report_get_indicators (report);
  GPtrArray *events = sxsh_annual_report_get_events (report);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  g_autofree char *people = NULL;
  g_autofree char *facilities = NULL;
  g_autoptr(GHashTable) attending = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 participants = 0;
  int year = sxsh_annual_report_get_year (report);

  for (guint i = 0; i < sxsh_indicator_report_get_n_event_kinds (indicators); i++)
    {
      const SxshEventTally *tally = sxsh_indicator_report_get_event_tally (indicators, i);
      g_autofree char *count = NULL;
      g_autofree char *kind = NULL;

      if (tally->communication || tally->count == 0)
        continue;
      count = sxsh_report_format_count (tally->count);
      kind = sxsh_report_lower_first (tally->label);
      g_ptr_array_add (items, g_strdup_printf ("%s %s", count, kind));
      participants += tally->participants;
    }
  if (items->len == 0)
    return g_strdup_printf ("Trong năm %d, chưa tổ chức được hội thảo, hội nghị hay khóa tập "
                            "huấn nào về SXSH.", year);

  for (guint i = 0; i < events->len; i++)
    {
      SxshEvent *event = g_ptr_array_index (events, i);
      const gint64 *ids;
      guint n = 0;

      if (sxsh_event_get_is_communication (event))
        continue;
      ids = sxsh_event_get_facility_ids (event, &n);
      for (guint k = 0; k < n; k++)
        g_hash_table_add (attending, (gpointer) &ids[k]);
    }
  list = join_list (items);
  people = sxsh_format_integer (participants);
  if (g_hash_table_size (attending) == 0)
    return g_strdup_printf ("Trong năm %d, đã tổ chức %s về SXSH với tổng số %s lượt người tham "
                            "dự.", year, list, people);
  facilities = sxsh_format_integer (g_hash_table_size (attending));
  return g_strdup_printf ("Trong năm %d, đã tổ chức %s về SXSH với tổng số %s lượt người tham "
                          "dự, đến từ %s cơ sở sản xuất công nghiệp và các cơ quan, đơn vị liên "
                          "quan.", year, list, people, facilities);
}

char *
sxsh_report_narrative_support (SxshAnnualReport *report)
{
  SxshIndicatorReport *indicators = sxsh_annual_report_get_indicators (report);
  const SxshActivityCount *activity =
    sxsh_indicator_report_get_activity (indicators, SXSH_ACTIVITY_SUPPORT_FACILITIES);
  const SxshSupportTotals *totals = sxsh_annual_report_get_support_totals (report);
  g_autofree char *count = sxsh_report_format_count (activity->count);
  g_autofree char *quota = activity->has_quota ? quota_text (activity, "cơ sở") : NULL;
  int year = sxsh_annual_report_get_year (report);
  GString *out = g_string_new (NULL);

  if (activity->count == 0)
    g_string_append_printf (out, "Trong năm %d, chưa có cơ sở nào được hỗ trợ đánh giá nhanh, "
                            "đánh giá chi tiết hoặc tư vấn kỹ thuật về SXSH", year);
  else
    g_string_append_printf (out, "Trong năm %d, đã hỗ trợ %s cơ sở thực hiện đánh giá nhanh, "
                            "đánh giá chi tiết và tư vấn kỹ thuật về SXSH", year, count);
  if (quota != NULL)
    g_string_append_printf (out, activity->met == 1 ? ", đạt chỉ tiêu %s của Kế hoạch"
                                                    : ", chưa đạt chỉ tiêu %s của Kế hoạch",
                            quota);
  g_string_append_c (out, '.');

  if (totals->total_cost > 0)
    {
      g_autofree char *cost = sxsh_report_format_millions (totals->total_cost);
      g_autofree char *state = sxsh_report_format_millions (totals->state_support);

      g_string_append_printf (out, " Tổng kinh phí thực hiện các hoạt động hỗ trợ kỹ thuật là %s "
                              "triệu đồng, trong đó ngân sách nhà nước hỗ trợ %s triệu đồng.",
                              cost, state);
    }

  if (totals->n_options > 0)
    {
      g_autoptr(GPtrArray) savings = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *options = sxsh_report_format_count (totals->n_options);
      g_autofree char *implemented = sxsh_report_format_count (totals->n_implemented);
      g_autofree char *investment = sxsh_report_format_millions (totals->investment);
      g_autofree char *saving = sxsh_report_format_millions (totals->saving_vnd);

      g_string_append_printf (out, " Qua đánh giá, các cơ sở đã xác định được %s giải pháp SXSH, "
                              "trong đó %s giải pháp đã được thực hiện; tổng vốn đầu tư cho các "
                              "giải pháp khả thi khoảng %s triệu đồng, lợi ích kinh tế ước tính "
                              "%s triệu đồng/năm", options, implemented, investment, saving);
      if (totals->saving_energy_toe > 0)
        {
          g_autofree char *toe = sxsh_format_number (totals->saving_energy_toe, 1);
          g_ptr_array_add (savings, g_strdup_printf ("%s TOE năng lượng", toe));
        }
      if (totals->saving_water_m3 > 0)
        {
          g_autofree char *water = sxsh_format_number (totals->saving_water_m3, 0);
          g_ptr_array_add (savings, g_strdup_printf ("%s m³ nước", water));
        }
      if (totals->saving_material_t > 0)
        {
          g_autofree char *material = sxsh_format_number (totals->saving_material_t, 1);
          g_ptr_array_add (savings, g_strdup_printf ("%s tấn nguyên, vật liệu", material));
        }
      if (savings->len > 0)
        {
          g_autofree char *list = join_list (savings);
          g_string_append_printf (out, "; tiết kiệm được %s mỗi năm", list);
        }
      g_string_append_c (out, '.');
    }
  return g_string_free (out, FALSE);
}

char *
sxsh_report_narrative_demo_models (SxshAnnualReport *report)
{
  SxshIndicatorReport *indicators = sxsh_annual_report_get_indicators (report);
  const SxshActivityCount *activity =
    sxsh_indicator_report_get_activity (indicators, SXSH_ACTIVITY_DEMO_MODELS);
  GPtrArray *supports = sxsh_annual_report_get_supports (report);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *quota = activity->has_quota ? quota_text (activity, "mô hình") : NULL;
  int year = sxsh_annual_report_get_year (report);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < supports->len; i++)
    {
      SxshSupport *support = g_ptr_array_index (supports, i);

      if (sxsh_support_get_kind (support) == SXSH_SUPPORT_DEMO_MODEL
          && sxsh_support_get_status (support) != SXSH_SUPPORT_CANCELLED)
        g_ptr_array_add (names, g_strdup (sxsh_support_get_facility_name (support)));
    }

  if (activity->count == 0)
    {
      g_string_append_printf (out, "Trong năm %d, chưa triển khai mô hình trình diễn về SXSH "
                              "nào", year);
      if (quota != NULL)
        g_string_append_printf (out, "; chỉ tiêu của Kế hoạch là %s, đề xuất Bộ Công Thương hỗ "
                                "trợ từ ngân sách Trung ương", quota);
      g_string_append_c (out, '.');
      return g_string_free (out, FALSE);
    }
  {
    g_autofree char *count = sxsh_report_format_count (activity->count);
    g_autofree char *list = join_list (names);

    g_string_append_printf (out, "Trong năm %d, đã triển khai %s mô hình trình diễn về SXSH", year,
                            count);
    if (names->len > 0)
      g_string_append_printf (out, " tại %s", list);
    if (quota != NULL)
      g_string_append_printf (out, activity->met == 1 ? ", đạt chỉ tiêu %s của Kế hoạch"
                                                      : ", chưa đạt chỉ tiêu %s của Kế hoạch",
                              quota);
    g_string_append_c (out, '.');
  }
  return g_string_free (out, FALSE);
}

char *
sxsh_report_narrative_certificates (SxshAnnualReport *report)
{
  GPtrArray *certificates = sxsh_annual_report_get_certificates (report);
  g_autofree char *department = sxsh_annual_report_dup_department_name (report);
  g_autofree char *count = sxsh_report_format_count (certificates->len);
  int year = sxsh_annual_report_get_year (report);
  guint revoked = 0;
  GString *out = g_string_new (NULL);

  if (certificates->len == 0)
    return g_strdup_printf ("Trong năm %d, chưa có cơ sở nào được cấp Giấy chứng nhận áp dụng "
                            "SXSH trong công nghiệp.", year);
  for (guint i = 0; i < certificates->len; i++)
    if (sxsh_certificate_get_status (g_ptr_array_index (certificates, i))
        == SXSH_CERTIFICATE_REVOKED)
      revoked++;
  g_string_append_printf (out, "Trong năm %d, %s đã cấp %s Giấy chứng nhận áp dụng SXSH trong "
                          "công nghiệp cho các cơ sở tự nguyện áp dụng SXSH và đánh giá được lợi "
                          "ích mà SXSH mang lại", year, department, count);
  if (revoked > 0)
    {
      g_autofree char *n = sxsh_report_format_count (revoked);
      g_string_append_printf (out, "; trong đó %s Giấy chứng nhận đã bị thu hồi", n);
    }
  g_string_append_c (out, '.');
  return g_string_free (out, FALSE);
}

char *
sxsh_report_narrative_database (SxshAnnualReport *report)
{
  SxshIndicatorReport *indicators = sxsh_annual_report_get_indicators (report);
  GPtrArray *consumption = sxsh_annual_report_get_consumption (report);
  g_autoptr(GHashTable) reporting = g_hash_table_new (NULL, NULL);
  g_autofree char *department = sxsh_annual_report_dup_department_name (report);
  g_autofree char *registered = sxsh_format_integer (sxsh_annual_report_get_n_registered (report));
  g_autofree char *active = sxsh_format_integer (sxsh_annual_report_get_facilities (report)->len);
  g_autofree char *with_data = NULL;
  g_autofree char *expected =
    sxsh_format_integer (sxsh_indicator_report_get_n_expected (indicators));
  g_autofree char *due = sxsh_report_format_citation_date (
    sxsh_indicator_report_get_due_date (indicators));
  int year = sxsh_annual_report_get_year (report);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < consumption->len; i++)
    g_hash_table_add (reporting,
                      (gpointer) ((SxshReportConsumption *) g_ptr_array_index (consumption,
                                                                               i))->facility);
  with_data = sxsh_format_integer (g_hash_table_size (reporting));

  g_string_append_printf (out, "Cơ sở dữ liệu về SXSH của %s hiện lưu trữ thông tin của %s cơ sở "
                          "sản xuất công nghiệp (%s cơ sở đang hoạt động trong năm %d), gồm hiện "
                          "trạng áp dụng SXSH, sản lượng và mức tiêu thụ năng lượng, nguyên liệu, "
                          "nước hằng năm; năm %d có %s cơ sở được cập nhật số liệu tiêu thụ.",
                          department, registered, active, year, year, with_data);
  if (sxsh_indicator_report_get_n_expected (indicators) > 0)
    {
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *list = NULL;
      static const struct
      {
        SxshReportStatus status;
        const char *words;
      } statuses[] = {
        { SXSH_REPORT_STATUS_ON_TIME, "%s báo cáo gửi đúng hạn" },
        { SXSH_REPORT_STATUS_LATE, "%s báo cáo gửi chậm" },
        { SXSH_REPORT_STATUS_RETURNED, "%s báo cáo phải hoàn thiện lại" },
        { SXSH_REPORT_STATUS_MISSING, "%s cơ sở, cơ quan chưa gửi báo cáo" },
      };

      for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
        {
          guint n = sxsh_indicator_report_count_reports (indicators, statuses[i].status);
          g_autofree char *number = NULL;

          if (n == 0)
            continue;
          number = sxsh_format_integer (n);
          g_ptr_array_add (parts, g_strdup_printf (statuses[i].words, number));
        }
      list = join_list (parts);
      g_string_append_printf (out, " Về chế độ báo cáo định kỳ năm %d (hạn gửi trước ngày %s), "
                              "có %s cơ sở áp dụng SXSH và cơ quan, đơn vị phải gửi báo cáo về %s; "
                              "đến ngày lập báo cáo này có %s.", year, due, expected, department,
                              list);
    }
  return g_string_free (out, FALSE);
}

/* Section III */

char *
sxsh_report_narrative_funding (SxshAnnualReport *report)
{
  SxshIndicatorReport *indicators = sxsh_annual_report_get_indicators (report);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  gint64 planned = 0, disbursed = 0;
  int year = sxsh_annual_report_get_year (report);
  g_autofree char *planned_text = NULL;
  g_autofree char *disbursed_text = NULL;
  g_autofree char *list = NULL;
  GString *out;

  for (guint i = 0; i < sxsh_indicator_report_get_n_funding_sources (indicators); i++)
    {
      const SxshFundingTally *tally = sxsh_indicator_report_get_funding (indicators, i);
      g_autofree char *amount = NULL;
      g_autofree char *source = NULL;

      planned += tally->planned;
      disbursed += tally->disbursed;
      if (tally->planned == 0 && tally->disbursed == 0)
        continue;
      amount = sxsh_report_format_millions (tally->disbursed);
      source = sxsh_report_lower_first (tally->label);
      g_ptr_array_add (parts, g_strdup_printf ("%s %s triệu đồng", source, amount));
    }
  if (planned == 0 && disbursed == 0)
    return g_strdup_printf ("Năm %d, chưa bố trí kinh phí cho các nhiệm vụ của Kế hoạch.", year);

  planned_text = sxsh_report_format_millions (planned);
  disbursed_text = sxsh_report_format_millions (disbursed);
  list = join_list (parts);
  out = g_string_new (NULL);
  g_string_append_printf (out, "Tổng kinh phí bố trí thực hiện Kế hoạch năm %d là %s triệu đồng; "
                          "đã giải ngân %s triệu đồng", year, planned_text, disbursed_text);
  if (planned > 0)
    {
      g_autofree char *pct = sxsh_format_percent (100.0 * disbursed / planned, 1);
      g_string_append_printf (out, ", đạt %s kế hoạch", pct);
    }
  g_string_append_printf (out, ", gồm: %s.", list);
  return g_string_free (out, FALSE);
}

/* Sections IV and V when the officer wrote nothing */

static void
add_line (GPtrArray  *lines,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
add_line (GPtrArray  *lines,
          const char *format,
          ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (lines, g_strdup_vprintf (format, args));
  va_end (args);
}

static void
generate_achievements (SxshAnnualReport *report,
                       GPtrArray        *lines)
{
  SxshIndicatorReport *indicators = sxsh_annual_report_get_indicators (report);
  SxshIndicatorReport *previous = sxsh_annual_report_get_previous (report);
  int year = sxsh_annual_report_get_year (report);

  for (SxshIndicatorKind k = 0; k < SXSH_N_INDICATORS; k++)
    {
      const SxshIndicator *now = sxsh_indicator_report_get_indicator (indicators, k);
      const SxshIndicator *before = previous ? sxsh_indicator_report_get_indicator (previous, k)
                                             : NULL;
      g_autofree char *label = sxsh_report_lower_first (now->label);
      g_autofree char *value = NULL;
      g_autofree char *target = sxsh_report_format_target (now->target_pct);

      if (!now->has_value)
        continue;
      value = sxsh_format_percent (now->value_pct, 1);
      if (now->met == 1)
        add_line (lines, "- Tỷ lệ %s đạt %s, hoàn thành mục tiêu %s của Kế hoạch.", label, value,
                  target);
      else if (before != NULL && before->has_value && now->value_pct > before->value_pct + 0.05)
        {
          g_autofree char *old = sxsh_format_percent (before->value_pct, 1);

          add_line (lines, "- Tỷ lệ %s tăng từ %s (năm %d) lên %s (năm %d).", label, old,
                    year - 1, value, year);
        }
    }
  for (SxshActivityKind a = 0; a < SXSH_N_ACTIVITIES; a++)
    {
      const SxshActivityCount *activity = sxsh_indicator_report_get_activity (indicators, a);
      g_autofree char *count = sxsh_report_format_count (activity->count);
      g_autofree char *label = sxsh_report_lower_first (activity->label);

      if (activity->count == 0 || activity->met != 1)
        continue;
      if (a == SXSH_ACTIVITY_CERTIFICATES)
        add_line (lines, "- Cấp %s Giấy chứng nhận áp dụng SXSH cho các cơ sở tự nguyện áp dụng "
                  "SXSH.", count);
      else
        {
          g_autofree char *quota = quota_text (activity, a == SXSH_ACTIVITY_DEMO_MODELS
                                                         ? "mô hình" : "cơ sở");

          add_line (lines, "- Số %s trong năm là %s, đạt chỉ tiêu %s.", label, count, quota);
        }
    }
  {
    const SxshSupportTotals *totals = sxsh_annual_report_get_support_totals (report);

    if (totals->n_implemented > 0 && totals->saving_vnd > 0)
      {
        g_autofree char *n = sxsh_report_format_count (totals->n_implemented);
        g_autofree char *saving = sxsh_report_format_millions (totals->saving_vnd);

        add_line (lines, "- Các cơ sở được hỗ trợ đã thực hiện %s giải pháp SXSH, mang lại lợi "
                  "ích kinh tế ước tính %s triệu đồng/năm, đồng thời giảm tiêu hao năng lượng, "
                  "nguyên liệu và phát thải ra môi trường.", n, saving);
      }
  }
  if (lines->len == 0)
    add_line (lines, "Trong năm %d, các nhiệm vụ của Kế hoạch tiếp tục được triển khai; tuy "
              "nhiên các mục tiêu, chỉ tiêu của Kế hoạch chưa đạt và chưa có chuyển biến rõ rệt "
              "so với năm %d.", year, year - 1);
  else
    g_ptr_array_insert (lines, 0,
                        g_strdup_printf ("Trong năm %d, việc triển khai Kế hoạch đạt được một số "
                                         "kết quả sau:", year));
}

static void
generate_difficulties (SxshAnnualReport *report,
                       GPtrArray        *lines)
{
  SxshIndicatorReport *indicators = sxsh_annual_report_get_indicators (report);
  GPtrArray *facilities = sxsh_annual_report_get_facilities (report);
  guint small = 0, known = 0;
  guint missing = sxsh_indicator_report_count_reports (indicators, SXSH_REPORT_STATUS_MISSING);
  guint late = sxsh_indicator_report_count_reports (indicators, SXSH_REPORT_STATUS_LATE);
  gint64 planned = 0, disbursed = 0;

  for (SxshIndicatorKind k = 0; k < SXSH_N_INDICATORS; k++)
    {
      const SxshIndicator *now = sxsh_indicator_report_get_indicator (indicators, k);
      g_autofree char *label = sxsh_report_lower_first (now->label);
      g_autofree char *value = NULL;
      g_autofree char *target = sxsh_report_format_target (now->target_pct);

      if (now->met != 0)
        continue;
      value = sxsh_format_percent (now->value_pct, 1);
      add_line (lines, "- Tỷ lệ %s mới đạt %s, thấp hơn mục tiêu %s của Kế hoạch.", label, value,
                target);
    }
  for (SxshActivityKind a = 0; a < SXSH_N_ACTIVITIES; a++)
    {
      const SxshActivityCount *activity = sxsh_indicator_report_get_activity (indicators, a);
      g_autofree char *count = sxsh_report_format_count (activity->count);
      g_autofree char *label = sxsh_report_lower_first (activity->label);
      g_autofree char *quota = NULL;

      if (activity->met != 0)
        continue;
      quota = quota_text (activity, a == SXSH_ACTIVITY_DEMO_MODELS ? "mô hình" : "cơ sở");
      if (activity->count == 0)
        add_line (lines, "- Trong năm chưa có %s; chỉ tiêu của Kế hoạch là %s.", label, quota);
      else
        add_line (lines, "- Số %s trong năm là %s, chưa đạt chỉ tiêu %s.", label, count, quota);
    }
  if (missing > 0 || late > 0)
    {
      g_autofree char *m = sxsh_format_integer (missing);
      g_autofree char *l = sxsh_format_integer (late);

      add_line (lines, "- Việc chấp hành chế độ báo cáo định kỳ chưa nghiêm: còn %s cơ sở, cơ "
                "quan chưa gửi báo cáo và %s báo cáo gửi chậm so với thời hạn.", m, l);
    }
  for (guint i = 0; i < sxsh_indicator_report_get_n_funding_sources (indicators); i++)
    {
      const SxshFundingTally *tally = sxsh_indicator_report_get_funding (indicators, i);

      planned += tally->planned;
      disbursed += tally->disbursed;
    }
  if (planned > 0 && disbursed < planned * 0.9)
    {
      g_autofree char *pct = sxsh_format_percent (100.0 * disbursed / planned, 1);

      add_line (lines, "- Tỷ lệ giải ngân kinh phí thực hiện Kế hoạch mới đạt %s.", pct);
    }

  if (lines->len == 0)
    {
      add_line (lines, "Trong năm %d, các mục tiêu, chỉ tiêu của Kế hoạch cơ bản đạt; không "
                "phát sinh khó khăn, vướng mắc lớn trong quá trình triển khai.",
                sxsh_annual_report_get_year (report));
      return;
    }
  {
    g_autoptr(GPtrArray) achieved = g_ptr_array_new_with_free_func (g_free);

    /* "Beside what was achieved" only when something was. */
    generate_achievements (report, achieved);
    g_ptr_array_insert (lines, 0, g_strdup (achieved->len > 1
                                            ? "Bên cạnh những kết quả đạt được, việc triển khai "
                                              "Kế hoạch còn một số khó khăn, hạn chế:"
                                            : "Việc triển khai Kế hoạch còn một số khó khăn, hạn "
                                              "chế:"));
  }

  /* The one cause the numbers can show: most facilities are small. */
  for (guint i = 0; i < facilities->len; i++)
    {
      const SxshReportFacility *facility = g_ptr_array_index (facilities, i);

      if (*facility->size_class == '\0')
        continue;
      known++;
      if (g_str_equal (facility->size_class, "micro")
          || g_str_equal (facility->size_class, "small"))
        small++;
    }
  if (known > 0 && small * 2 > known)
    {
      g_autofree char *pct = sxsh_format_percent (100.0 * small / known, 0);

      add_line (lines, "Nguyên nhân: phần lớn cơ sở sản xuất công nghiệp trên địa bàn có quy mô "
                "nhỏ và siêu nhỏ (%s số cơ sở đang hoạt động), hạn chế về vốn và nhân lực kỹ "
                "thuật để đầu tư áp dụng các giải pháp SXSH; nhiều cơ sở chưa bố trí cán bộ "
                "theo dõi, tổng hợp số liệu tiêu thụ năng lượng, nguyên liệu để đánh giá hiệu "
                "quả áp dụng SXSH.", pct);
    }
  else
    add_line (lines, "Nguyên nhân: nguồn lực đầu tư của các cơ sở cho các giải pháp SXSH còn hạn "
              "chế; nhiều cơ sở chưa bố trí cán bộ theo dõi, tổng hợp số liệu tiêu thụ năng "
              "lượng, nguyên liệu để đánh giá hiệu quả áp dụng SXSH.");
}

static void
generate_proposals (SxshAnnualReport *report,
                    GPtrArray        *lines)
{
  SxshIndicatorReport *indicators = sxsh_annual_report_get_indicators (report);
  const SxshActivityCount *demo =
    sxsh_indicator_report_get_activity (indicators, SXSH_ACTIVITY_DEMO_MODELS);
  const SxshActivityCount *support =
    sxsh_indicator_report_get_activity (indicators, SXSH_ACTIVITY_SUPPORT_FACILITIES);
  g_autofree char *demo_quota = demo->has_quota ? quota_range (demo) : NULL;
  g_autofree char *support_quota = support->has_quota ? quota_text (support, "cơ sở") : NULL;
  guint missing = sxsh_indicator_report_count_reports (indicators, SXSH_REPORT_STATUS_MISSING);
  guint late = sxsh_indicator_report_count_reports (indicators, SXSH_REPORT_STATUS_LATE);

  add_line (lines, "- Đề nghị Bộ Công Thương tiếp tục quan tâm, hỗ trợ kinh phí từ ngân sách "
            "Trung ương để thực hiện %s mô hình trình diễn về SXSH mỗi năm cho các cơ sở sản "
            "xuất công nghiệp đặc trưng của tỉnh; tổ chức các khóa đào tạo, tập huấn chuyên sâu "
            "về SXSH cho cán bộ quản lý và doanh nghiệp.", demo_quota ? demo_quota : "các");
  add_line (lines, "- Đề nghị Ủy ban nhân dân tỉnh quan tâm bố trí kinh phí từ ngân sách địa "
            "phương để hỗ trợ %s thực hiện đánh giá nhanh, đánh giá chi tiết và tư vấn kỹ thuật "
            "về SXSH theo Kế hoạch.", support_quota ? support_quota : "các cơ sở");
  if (missing > 0 || late > 0)
    add_line (lines, "- Đề nghị các sở, ban, ngành, đơn vị liên quan và các cơ sở sản xuất công "
              "nghiệp đã áp dụng SXSH thực hiện nghiêm chế độ báo cáo định kỳ hằng năm, gửi báo "
              "cáo về Sở Công Thương trước ngày 30/11 để tổng hợp.");
}

static void
generate_next_year (SxshAnnualReport *report,
                    GPtrArray        *lines)
{
  SxshIndicatorReport *indicators = sxsh_annual_report_get_indicators (report);
  const SxshIndicator *informed =
    sxsh_indicator_report_get_indicator (indicators, SXSH_INDICATOR_INFORMED);
  const SxshIndicator *applying =
    sxsh_indicator_report_get_indicator (indicators, SXSH_INDICATOR_APPLYING_SAVING);
  const SxshActivityCount *demo =
    sxsh_indicator_report_get_activity (indicators, SXSH_ACTIVITY_DEMO_MODELS);
  const SxshActivityCount *support =
    sxsh_indicator_report_get_activity (indicators, SXSH_ACTIVITY_SUPPORT_FACILITIES);
  g_autofree char *department = sxsh_annual_report_dup_department_name (report);
  g_autofree char *informed_target = sxsh_report_format_target (informed->target_pct);
  g_autofree char *applying_target = sxsh_report_format_target (applying->target_pct);
  g_autofree char *demo_quota = demo->has_quota ? quota_range (demo) : g_strdup ("các");
  g_autofree char *support_quota = support->has_quota ? quota_text (support, "cơ sở")
                                                      : g_strdup ("các cơ sở");
  int year = sxsh_annual_report_get_year (report);

  add_line (lines, "Năm %d, %s tiếp tục triển khai các nhiệm vụ của Kế hoạch, tập trung vào các "
            "nội dung sau:", year + 1, department);
  add_line (lines, "- Đẩy mạnh tuyên truyền, phổ biến về SXSH trên các phương tiện thông tin đại "
            "chúng; biên tập, phát hành tài liệu, sổ tay, tờ rơi về SXSH, phấn đấu %s cơ sở có "
            "tiềm năng được tuyên truyền, nhận thức được lợi ích của SXSH.", informed_target);
  add_line (lines, "- Tổ chức hội thảo, tập huấn nâng cao năng lực áp dụng SXSH cho cán bộ quản "
            "lý, cán bộ kỹ thuật của các cơ sở sản xuất công nghiệp và cán bộ phụ trách SXSH ở "
            "địa phương.");
  add_line (lines, "- Hỗ trợ %s thực hiện đánh giá nhanh, đánh giá chi tiết và tư vấn kỹ thuật về "
            "SXSH; đề xuất Bộ Công Thương hỗ trợ %s mô hình trình diễn; phấn đấu %s cơ sở có "
            "tiềm năng áp dụng SXSH và tiết kiệm năng lượng, nguyên liệu trên đơn vị sản phẩm.",
            support_quota, demo_quota, applying_target);
  add_line (lines, "- Cấp Giấy chứng nhận áp dụng SXSH cho các cơ sở tự nguyện áp dụng và đánh giá "
            "được lợi ích; cập nhật cơ sở dữ liệu về SXSH; đôn đốc các cơ sở, cơ quan gửi báo "
            "cáo định kỳ đúng thời hạn.");
}

/**
 * sxsh_report_narrative_section:
 * @generated: (out) (optional): set to %TRUE when the text was made from
 *   the numbers because the officer wrote none
 *
 * Returns: (transfer full): the paragraphs of @section; empty for a note
 *   under a table that the officer did not write (notes are optional)
 */
GStrv
sxsh_report_narrative_section (SxshAnnualReport  *report,
                               SxshReportSection  section,
                               gboolean          *generated)
{
  const char *text = sxsh_annual_report_get_text (report, section);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  if (generated)
    *generated = text == NULL;
  if (text != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (text, "\n", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        {
          char *line = g_strstrip (parts[i]);

          if (*line != '\0')
            g_ptr_array_add (lines, upper_first (line));
        }
    }
  else
    switch (section)
      {
      case SXSH_REPORT_SECTION_ACHIEVEMENTS:
        generate_achievements (report, lines);
        break;
      case SXSH_REPORT_SECTION_DIFFICULTIES:
        generate_difficulties (report, lines);
        break;
      case SXSH_REPORT_SECTION_PROPOSALS:
        generate_proposals (report, lines);
        break;
      case SXSH_REPORT_SECTION_NEXT_YEAR_PLAN:
        generate_next_year (report, lines);
        break;
      default:
        break;
      }
  g_ptr_array_add (lines, NULL);
  return (GStrv) g_ptr_array_steal (lines, NULL);
}

char *
sxsh_report_narrative_closing (SxshAnnualReport *report)
{
  g_autofree char *department = sxsh_annual_report_dup_department_name (report);
  g_autofree char *subject = sxsh_report_narrative_subject (sxsh_annual_report_get_year (report));
  g_autofree char *lower = sxsh_report_lower_first (subject);

  return g_strdup_printf ("Trên đây là báo cáo %s trên địa bàn tỉnh %s, %s kính báo cáo Bộ Công "
                          "Thương, Ủy ban nhân dân tỉnh./.", lower, province (report), department);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "sxsh-annual-report.h"
#include "sxsh-document-number.h"
#include "sxsh-error.h"
#include "sxsh-format.h"
#include "sxsh-reminder-pdf.h"
#include "sxsh-report-pdf.h"
#include "sxsh-settings.h"
#include "sxsh-text.h"

/* Days a reporter is given to answer when the caller names no date. */
#define DEFAULT_REPLY_DAYS 10

void
sxsh_reminder_free (SxshReminder *reminder)
{
  if (reminder == NULL)
    return;
  g_free (reminder->name);
  g_free (reminder->due_date);
  g_free (reminder->number);
  g_free (reminder);
}

static void
set_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
}

typedef struct
{
  char         *key;
  SxshReminder *reminder;
} SortItem;

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const SortItem *x = a, *y = b;

  /* Facilities first, as V.9 comes before V.10; then by name. */
  if (x->reminder->kind != y->reminder->kind)
    return x->reminder->kind == SXSH_REPORTER_FACILITY ? -1 : 1;
  return strcmp (x->key, y->key);
}

/**
 * sxsh_reminder_list_overdue:
 * @on: (nullable): the day of the letters; %NULL for today
 *
 * The reporters of @year whose report is missing on @on while its due
 * date has passed, facilities first, each group in alphabetical order.
 *
 * Returns: (transfer full) (element-type SxshReminder): the letters to
 *   write, without numbers
 */
GPtrArray *
sxsh_reminder_list_overdue (SxshDatabase  *db,
                            int            year,
                            GDate         *on,
                            GError       **error)
{
  g_autoptr(SxshIndicatorReport) report = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (SortItem));
  GPtrArray *reminders;
  GDate day;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);

  if (on != NULL && g_date_valid (on))
    day = *on;
  else
    set_today (&day);
  today = sxsh_date_to_iso (&day);

  plan = sxsh_settings_get (db, SXSH_SETTING_CURRENT_PLAN);
  report = sxsh_indicators_compute (db, *plan ? plan : NULL, year, error);
  if (report == NULL)
    return NULL;

  for (guint i = 0; i < sxsh_indicator_report_get_n_reporting_entries (report); i++)
    {
      const SxshReportingEntry *entry = sxsh_indicator_report_get_reporting_entry (report, i);
      SxshReminder *reminder;
      SortItem item;

      /* ISO dates compare as strings; the due day itself is still in time. */
      if (entry->status != SXSH_REPORT_STATUS_MISSING || entry->due_date == NULL
          || strcmp (entry->due_date, today) >= 0)
        continue;
      reminder = g_new0 (SxshReminder, 1);
      reminder->kind = entry->kind;
      reminder->id = entry->id;
      reminder->name = g_strdup (entry->name);
      reminder->due_date = g_strdup (entry->due_date);
      item.key = sxsh_text_collate_key (entry->name);
      item.reminder = reminder;
      g_array_append_val (items, item);
    }
  g_array_sort (items, compare_items);
  reminders = g_ptr_array_new_full (items->len, (GDestroyNotify) sxsh_reminder_free);
  for (guint i = 0; i < items->len; i++)
    {
      g_ptr_array_add (reminders, g_array_index (items, SortItem, i).reminder);
      g_free (g_array_index (items, SortItem, i).key);
    }
  return reminders;
}

/* "Sở Công Thương" from "SỞ CÔNG THƯƠNG". */
static char *
sentence_case (const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);
  g_auto(GStrv) words = g_strsplit (lower, " ", -1);
  static const char *const keep_lower[] = { "tỉnh", "thành", "phố", "và", NULL };
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (i > 0 && g_strv_contains (keep_lower, words[i]))
        g_string_append (out, words[i]);
      else
        {
          g_autofree char *head = g_utf8_strup (words[i],
                                                g_utf8_next_char (words[i]) - words[i]);

          g_string_append (out, head);
          g_string_append (out, g_utf8_next_char (words[i]));
        }
    }
  return g_string_free (out, FALSE);
}

/* "30/11/2025" → "30/11", the deadline as the plan writes it. */
static char *
day_month (const char *iso)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup ("");
  return g_strdup_printf ("%02d/%02d", d, m);
}

static void
paragraph_take (SxshOfficialDocument *doc,
                char                 *text)
{
  sxsh_official_document_add_paragraph (doc, text);
  g_free (text);
}

static void
add_letter (SxshOfficialDocument *doc,
            SxshDatabase         *db,
            const char           *plan_reference,
            int                   year,
            SxshReminder         *reminder,
            GDate                *date,
            GDate                *reply_by,
            const char           *filing)
{
  g_autofree char *superior = sxsh_settings_get (db, SXSH_SETTING_SUPERIOR_BODY);
  g_autofree char *department_caps = sxsh_settings_get (db, SXSH_SETTING_DEPARTMENT);
  g_autofree char *place = sxsh_settings_get (db, SXSH_SETTING_PLACE);
  g_autofree char *authority = sxsh_settings_get (db, SXSH_SETTING_SIGNER_AUTHORITY);
  g_autofree char *sign_title = sxsh_settings_get (db, SXSH_SETTING_SIGNER_TITLE);
  g_autofree char *signer = sxsh_settings_get (db, SXSH_SETTING_SIGNER_NAME);
  g_autofree char *department = sentence_case (department_caps);
  g_autofree char *number = NULL;
  g_autofree char *deadline = day_month (reminder->due_date);
  g_autofree char *due = sxsh_format_date (reminder->due_date);
  g_autofree char *today = NULL;
  g_autofree char *reply = NULL;
  g_autofree char *addressee = g_strdup_printf ("%s.", reminder->name);
  const char *addressees[] = { addressee, NULL };
  const char *distribution[] = { "Như trên;", *authority ? "Giám đốc Sở (b/c);" : filing,
                                 *authority ? filing : NULL, NULL };
  gboolean facility = reminder->kind == SXSH_REPORTER_FACILITY;

  today = g_strdup_printf ("%02d/%02d/%d", g_date_get_day (date), g_date_get_month (date),
                           g_date_get_year (date));
  reply = g_strdup_printf ("%02d/%02d/%d", g_date_get_day (reply_by), g_date_get_month (reply_by),
                           g_date_get_year (reply_by));
  /* The subject of an official letter goes under its number. */
  number = g_strdup_printf ("%s\nV/v đôn đốc gửi báo cáo %s năm %d", reminder->number,
                            facility ? "kết quả áp dụng sản xuất sạch hơn"
                                     : "kết quả thực hiện Kế hoạch sản xuất sạch hơn", year);

  sxsh_official_document_add_header (doc, superior, department_caps, number, place, date);
  sxsh_official_document_add_recipients (doc, addressees);
  if (facility)
    paragraph_take (
      doc, g_strdup_printf ("Thực hiện %s; tại điểm 9 mục V của Kế hoạch, các doanh nghiệp, cơ sở "
                            "sản xuất công nghiệp đã áp dụng sản xuất sạch hơn (SXSH) có trách "
                            "nhiệm định kỳ hằng năm báo cáo đánh giá hiệu quả việc áp dụng SXSH "
                            "tại đơn vị, gửi về %s trước ngày %s để tổng hợp, báo cáo Ủy ban "
                            "nhân dân tỉnh và Bộ Công Thương.", plan_reference, department,
                            deadline));
  else
    paragraph_take (
      doc, g_strdup_printf ("Thực hiện %s; tại điểm 10 mục V của Kế hoạch, các sở, ngành, đơn vị "
                            "liên quan có trách nhiệm định kỳ trước ngày %s hằng năm báo cáo kết "
                            "quả thực hiện các nhiệm vụ được giao và đề xuất nội dung thực hiện "
                            "năm tiếp theo, gửi về %s để tổng hợp, báo cáo Ủy ban nhân dân tỉnh "
                            "và Bộ Công Thương.", plan_reference, deadline, department));
  paragraph_take (
    doc, g_strdup_printf ("Đến ngày %s, %s chưa nhận được báo cáo năm %d của %s (thời hạn gửi báo "
                          "cáo là ngày %s).", today, department, year, reminder->name, due));
  if (facility)
    paragraph_take (
      doc, g_strdup_printf ("Để kịp thời tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Công Thương "
                            "theo quy định, %s đề nghị %s khẩn trương hoàn thành báo cáo đánh giá "
                            "hiệu quả việc áp dụng SXSH năm %d tại đơn vị (các giải pháp SXSH đã "
                            "thực hiện; sản lượng; mức tiêu thụ năng lượng, nguyên liệu, nước "
                            "trên đơn vị sản phẩm so với năm trước và năm gốc; lợi ích đạt được) "
                            "và gửi về %s trước ngày %s.", department, reminder->name, year,
                            department, reply));
  else
    paragraph_take (
      doc, g_strdup_printf ("Để kịp thời tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Công Thương "
                            "theo quy định, %s đề nghị %s khẩn trương gửi báo cáo kết quả thực "
                            "hiện Kế hoạch năm %d và đề xuất nội dung thực hiện năm %d về %s trước "
                            "ngày %s.", department, reminder->name, year, year + 1, department,
                            reply));
  paragraph_take (doc, g_strdup_printf ("%s đề nghị Quý đơn vị quan tâm, phối hợp thực hiện./.",
                                        department));
  sxsh_official_document_add_closing (doc, distribution, *authority ? authority : NULL, sign_title,
                                      signer);
}

/**
 * sxsh_reminder_pdf_build:
 * @reminders: (element-type SxshReminder): the letters, with their numbers
 * @date: the letters' date
 * @reply_by: the day the reports are asked for
 *
 * Returns: (transfer full) (nullable): one letter per page
 */
SxshOfficialDocument *
sxsh_reminder_pdf_build (SxshDatabase  *db,
                         int            year,
                         GPtrArray     *reminders,
                         GDate         *date,
                         GDate         *reply_by,
                         GError       **error)
{
  g_autoptr(SxshOfficialDocument) doc = NULL;
  g_autoptr(SxshIndicatorReport) report = NULL;
  g_autofree char *plan_code = sxsh_settings_get (db, SXSH_SETTING_CURRENT_PLAN);
  g_autofree char *department = NULL;
  g_autofree char *letter_series = NULL;
  g_autofree char *filing = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *title = NULL;
  SxshReportPlan plan;
  const char *dash;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);
  g_return_val_if_fail (reminders != NULL, NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  g_return_val_if_fail (reply_by != NULL && g_date_valid (reply_by), NULL);

  /* The plan in force for the year is the one its indicators measure. */
  report = sxsh_indicators_compute (db, *plan_code ? plan_code : NULL, year, error);
  if (report == NULL)
    return NULL;
  if (!sxsh_report_plan_load (db, sxsh_indicator_report_get_plan_id (report), &plan, error))
    return NULL;
  reference = sxsh_report_plan_dup_reference (&plan);
  sxsh_report_plan_clear (&plan);

  letter_series = sxsh_settings_get (db, SXSH_SETTING_LETTER_SERIES);
  dash = strrchr (letter_series, '-');
  filing = dash && dash[1] && !strchr (dash, '{') ? g_strdup_printf ("Lưu: VT, %s.", dash + 1)
                                                  : g_strdup ("Lưu: VT.");

  doc = sxsh_official_document_new ();
  /* Every letter is a document of its own, of one page: no page numbers. */
  sxsh_official_document_set_page_numbers (doc, FALSE);
  department = sxsh_settings_get (db, SXSH_SETTING_DEPARTMENT);
  title = g_strdup_printf ("Công văn đôn đốc gửi báo cáo năm %d", year);
  sxsh_official_document_set_metadata (doc, title, department);
  for (guint i = 0; i < reminders->len; i++)
    {
      if (i > 0)
        sxsh_official_document_add_page_break (doc);
      add_letter (doc, db, reference, year, g_ptr_array_index (reminders, i), date, reply_by,
                  filing);
    }
  return g_steal_pointer (&doc);
}

/**
 * sxsh_reminders_write:
 * @date: (nullable): the letters' date; %NULL for today
 * @reply_by: (nullable): the day the reports are asked for; %NULL for ten
 *   days after @date
 * @draft: take no numbers; the letters show "…/SCT-QLCN"
 * @reminders: (out) (optional) (transfer full) (element-type SxshReminder):
 *   the letters written, with their numbers
 *
 * Writes a letter to every reporter whose report of @year is overdue.
 * Their numbers are taken from the letter series in one transaction with
 * the writing: a failed write gives them back.  When no report is overdue
 * nothing is written and SXSH_ERROR_NOT_FOUND says so.
 */
gboolean
sxsh_reminders_write (SxshDatabase  *db,
                      int            year,
                      GDate         *date,
                      GDate         *reply_by,
                      gboolean       draft,
                      const char    *path,
                      GPtrArray    **reminders,
                      GError       **error)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(SxshOfficialDocument) doc = NULL;
  g_autofree char *pattern = NULL;
  GDate day, reply;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (date != NULL && g_date_valid (date))
    day = *date;
  else
    set_today (&day);
  if (reply_by != NULL && g_date_valid (reply_by))
    reply = *reply_by;
  else
    {
      reply = day;
      g_date_add_days (&reply, DEFAULT_REPLY_DAYS);
    }
  if (g_date_compare (&reply, &day) <= 0)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                   _("Reply date: it must come after the date of the letters."));
      return FALSE;
    }

  list = sxsh_reminder_list_overdue (db, year, &day, error);
  if (list == NULL)
    return FALSE;
  if (list->len == 0)
    {
      g_autofree char *on = sxsh_date_to_iso (&day);
      g_autofree char *shown = sxsh_format_date (on);

      g_set_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                   _("No annual report of %d is overdue on %s: there is no reminder to write."),
                   year, shown);
      return FALSE;
    }

  pattern = sxsh_document_number_get_pattern (db, SXSH_SETTING_LETTER_SERIES);
  if (!draft && !sxsh_database_begin (db, error))
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    {
      SxshReminder *reminder = g_ptr_array_index (list, i);

      if (draft)
        reminder->number = sxsh_report_draft_number (pattern, g_date_get_year (&day));
      else
        {
          reminder->number = sxsh_document_number_take (db, SXSH_SETTING_LETTER_SERIES,
                                                        g_date_get_year (&day), NULL, error);
          if (reminder->number == NULL)
            {
              sxsh_database_rollback (db);
              return FALSE;
            }
        }
    }

  doc = sxsh_reminder_pdf_build (db, year, list, &day, &reply, error);
  if (doc == NULL || !sxsh_official_document_write_pdf (doc, path, NULL, error))
    {
      if (!draft)
        sxsh_database_rollback (db);
      return FALSE;
    }
  if (!draft)
    {
      if (!sxsh_database_commit (db, error))
        return FALSE;
      sxsh_database_notify_changed (db, "document_number");
    }
  if (reminders != NULL)
    *reminders = g_steal_pointer (&list);
  return TRUE;
}

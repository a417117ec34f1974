/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <math.h>
#include <string.h>

#include "sxsh-error.h"
#include "sxsh-format.h"
#include "sxsh-forms-xlsx.h"
#include "sxsh-report-labels.h"
#include "sxsh-report-narrative.h"
#include "sxsh-settings.h"
#include "sxsh-support.h"
#include "sxsh-text.h"
#include "sxsh-xlsx-sheet.h"

/* Blank rows left for the facility's own CP options. */
#define OPTION_ROWS 10

/**
 * sxsh_form_file_name:
 *
 * Returns: (transfer full): "bao-cao-sxsh-2025-6100042526-cong-ty-tnhh-….xlsx":
 *   plain letters, so that the name survives e-mail and any file system
 */
char *
sxsh_form_file_name (const SxshReportFacility *facility,
                     int                       year)
{
  g_autofree char *folded = sxsh_text_fold (facility->name);
  GString *slug = g_string_new (NULL);
  char *name;

  for (const char *p = folded; *p && slug->len < 60; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, *p);
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (facility->tax_code && *facility->tax_code)
    name = g_strdup_printf ("bao-cao-sxsh-%d-%s-%s.xlsx", year, facility->tax_code, slug->str);
  else
    name = g_strdup_printf ("bao-cao-sxsh-%d-co-so-%" G_GINT64_FORMAT "-%s.xlsx", year,
                            facility->id, slug->str);
  g_string_free (slug, TRUE);
  return name;
}

typedef struct
{
  char   *name;
  char   *unit;
  double  quantity;
} FormResource;

static void
form_resource_free (gpointer data)
{
  FormResource *resource = data;

  g_free (resource->name);
  g_free (resource->unit);
  g_free (resource);
}

/* The resources the facility consumed in the year or the year before, with
 * the year's quantity when it is known. */
static const char resources_sql[] =
  "SELECT r.name, r.unit, MAX (CASE WHEN c.year = ?2 THEN c.quantity END) "
  "FROM consumption c JOIN resource r ON r.id = c.resource_id "
  "WHERE c.facility_id = ?1 AND c.year BETWEEN ?2 - 1 AND ?2 "
  "GROUP BY r.id, r.name, r.unit, r.position "
  "ORDER BY r.position, r.id";

static GPtrArray *
load_resources (SxshDatabase              *db,
                const SxshReportFacility  *facility,
                int                        year,
                GError                   **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, resources_sql, error);
  g_autoptr(GPtrArray) resources = g_ptr_array_new_with_free_func (form_resource_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  sxsh_statement_bind_int64 (stmt, 1, facility->id);
  sxsh_statement_bind_int64 (stmt, 2, year);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      FormResource *resource = g_new0 (FormResource, 1);

      resource->name = sxsh_statement_dup_text (stmt, 0);
      resource->unit = sxsh_statement_dup_text (stmt, 1);
      resource->quantity = sxsh_statement_is_null (stmt, 2) ? NAN
                           : sxsh_statement_get_double (stmt, 2);
      g_ptr_array_add (resources, resource);
    }
  if (rc == SXSH_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&resources);
}

static void
cover_line (SxshXlsxSheet *sheet,
            const char    *label,
            const char    *value)
{
  sxsh_xlsx_sheet_text_format (sheet, 0, label, sheet->book->text_bold);
  sxsh_xlsx_sheet_text (sheet, 1, value && *value ? value : "");
  sxsh_xlsx_sheet_next_row (sheet);
}

static void
cover_heading (SxshXlsxSheet *sheet,
               const char    *text)
{
  sheet->row++;
  sxsh_xlsx_book_check (sheet->book, worksheet_write_string (sheet->sheet, sheet->row, 0, text,
                                                             sheet->book->heading), text);
  sheet->row++;
}

/* A paragraph across both columns, tall enough for its lines. */
static void
cover_paragraph (SxshXlsxSheet *sheet,
                 lxw_format    *wrap,
                 const char    *text,
                 int            min_lines)
{
  int lines = MAX (min_lines, (int) ceil (g_utf8_strlen (text, -1) / 95.0));

  sxsh_xlsx_book_check (sheet->book, worksheet_merge_range (sheet->sheet, sheet->row, 0,
                                                            sheet->row, 1, text, wrap), text);
  worksheet_set_row (sheet->sheet, sheet->row, 16.5 * lines, NULL);
  sheet->row++;
}

static void
write_cover (SxshXlsxBook             *book,
             lxw_format               *wrap,
             SxshAnnualReport         *report,
             const SxshReportFacility *facility)
{
  g_autoptr(SxshXlsxSheet) sheet = sxsh_xlsx_sheet_new (book, SXSH_FORM_SHEET_COVER, 2);
  SxshIndicatorReport *indicators = sxsh_annual_report_get_indicators (report);
  const SxshReportPlan *plan = sxsh_annual_report_get_plan (report);
  int year = sxsh_annual_report_get_year (report);
  g_autofree char *department = sxsh_annual_report_dup_department_name (report);
  g_autofree char *due = sxsh_format_date (sxsh_indicator_report_get_due_date (indicators));
  g_autofree char *title = g_strdup_printf ("BÁO CÁO ĐÁNH GIÁ HIỆU QUẢ ÁP DỤNG SẢN XUẤT SẠCH HƠN "
                                            "NĂM %d", year);
  g_autofree char *subtitle = g_strdup_printf ("(Gửi %s tỉnh %s trước ngày %s, theo điểm 9 mục V "
                                               "Kế hoạch số %s)", department,
                                               sxsh_annual_report_get_setting (
                                                 report, SXSH_SETTING_PROVINCE),
                                               due, plan->code);
  g_autofree char *step1 = g_strdup_printf ("1. Biểu “%s”: ghi sản lượng năm %d, đơn vị sản "
                                            "phẩm và tình trạng áp dụng SXSH, bộ phận chuyên "
                                            "trách (Có/Không).", SXSH_FORM_SHEET_ANNUAL, year);
  g_autofree char *step2 = g_strdup_printf ("2. Biểu “%s”: ghi lượng tiêu thụ năm %d của từng "
                                            "loại năng lượng, nguyên liệu, nước theo đơn vị tính "
                                            "đã ghi; thêm dòng cho loại chưa có, xóa dòng không "
                                            "dùng.", SXSH_FORM_SHEET_CONSUMPTION, year);
  g_autofree char *step3 = g_strdup_printf ("3. Biểu “%s”: liệt kê các giải pháp SXSH đã thực "
                                            "hiện trong năm, vốn đầu tư và lợi ích ước tính.",
                                            SXSH_FORM_SHEET_OPTIONS);
  const char *step4 = "4. Ghi đề xuất, kiến nghị của cơ sở vào mục III dưới đây; không sửa mã "
                      "số thuế, tên cơ sở và tên các biểu.";

  if (sheet->sheet == NULL)
    return;
  sxsh_xlsx_sheet_title (sheet, title, subtitle);
  sheet->row--;
  cover_heading (sheet, "I. THÔNG TIN CƠ SỞ");
  cover_line (sheet, "Tên cơ sở", facility->name);
  cover_line (sheet, "Mã số thuế", facility->tax_code);
  cover_line (sheet, "Địa chỉ", facility->address);
  cover_line (sheet, "Địa bàn", facility->area);
  cover_line (sheet, "Ngành sản xuất", facility->sector);
  cover_line (sheet, "Quy mô", sxsh_report_label_size_class (facility->size_class));
  cover_heading (sheet, "II. HƯỚNG DẪN");
  cover_paragraph (sheet, wrap, step1, 1);
  cover_paragraph (sheet, wrap, step2, 1);
  cover_paragraph (sheet, wrap, step3, 1);
  cover_paragraph (sheet, wrap, step4, 1);
  cover_heading (sheet, "III. ĐỀ XUẤT, KIẾN NGHỊ CỦA CƠ SỞ");
  cover_paragraph (sheet, wrap, "", 6);
  sheet->row++;
  cover_line (sheet, "Người lập biểu", "");
  cover_line (sheet, "Điện thoại", "");
  cover_line (sheet, "Ngày lập", "");

  sxsh_xlsx_book_check (book, worksheet_set_column (sheet->sheet, 0, 0, 26, NULL), _("column widths"));
  sxsh_xlsx_book_check (book, worksheet_set_column (sheet->sheet, 1, 1, 80, NULL), _("column widths"));
  worksheet_set_paper (sheet->sheet, 9);
  worksheet_fit_to_pages (sheet->sheet, 1, 0);
  worksheet_activate (sheet->sheet);
}

static void
write_annual (SxshXlsxBook             *book,
              int                       year,
              const SxshReportFacility *facility)
{
  g_autoptr(SxshXlsxSheet) sheet = sxsh_xlsx_sheet_new (book, SXSH_FORM_SHEET_ANNUAL, 7);
  const char *header[] = { "Mã số thuế", "Tên cơ sở", "Năm", "Áp dụng SXSH",
                           "Bộ phận chuyên trách", "Sản lượng", "Đơn vị sản phẩm", NULL };

  sxsh_xlsx_sheet_header (sheet, header);
  sxsh_xlsx_sheet_text_format (sheet, 0, facility->tax_code, book->center);
  sxsh_xlsx_sheet_text (sheet, 1, facility->name);
  sxsh_xlsx_sheet_number (sheet, 2, year, book->center);
  sxsh_xlsx_sheet_bool (sheet, 3, facility->applying);
  sxsh_xlsx_sheet_bool (sheet, 4, facility->dedicated_unit);
  sxsh_xlsx_sheet_optional (sheet, 5, facility->output, book->decimal);
  sxsh_xlsx_sheet_text (sheet, 6, facility->output_unit);
  sxsh_xlsx_sheet_next_row (sheet);
  sxsh_xlsx_sheet_finish_list (sheet, TRUE);
}

static void
write_consumption (SxshXlsxBook             *book,
                   int                       year,
                   const SxshReportFacility *facility,
                   GPtrArray                *resources)
{
  g_autoptr(SxshXlsxSheet) sheet = sxsh_xlsx_sheet_new (book, SXSH_FORM_SHEET_CONSUMPTION, 6);
  const char *header[] = { "Mã số thuế", "Tên cơ sở", "Năm", "Tài nguyên", "Số lượng",
                           "Đơn vị tính", NULL };

  sxsh_xlsx_sheet_header (sheet, header);
  for (guint i = 0; i < resources->len; i++)
    {
      FormResource *resource = g_ptr_array_index (resources, i);

      sxsh_xlsx_sheet_text_format (sheet, 0, facility->tax_code, book->center);
      sxsh_xlsx_sheet_text (sheet, 1, facility->name);
      sxsh_xlsx_sheet_number (sheet, 2, year, book->center);
      sxsh_xlsx_sheet_text (sheet, 3, resource->name);
      sxsh_xlsx_sheet_optional (sheet, 4, resource->quantity, book->decimal);
      sxsh_xlsx_sheet_text_format (sheet, 5, resource->unit, book->center);
      sxsh_xlsx_sheet_next_row (sheet);
    }
  sxsh_xlsx_sheet_finish_list (sheet, FALSE);
}

static void
write_options (SxshXlsxBook             *book,
               SxshAnnualReport         *report,
               const SxshReportFacility *facility)
{
  GPtrArray *supports = sxsh_annual_report_get_supports (report);
  g_autoptr(SxshXlsxSheet) sheet = sxsh_xlsx_sheet_new (book, SXSH_FORM_SHEET_OPTIONS, 8);
  const char *header[] = { "TT", "Giải pháp SXSH", "Nhóm giải pháp", "Vốn đầu tư (đồng)",
                           "Lợi ích ước tính (đồng/năm)", "Tiết kiệm năng lượng (TOE/năm)",
                           "Đã thực hiện", "Ghi chú", NULL };
  guint n = 0;

  sxsh_xlsx_sheet_header (sheet, header);
  sxsh_xlsx_sheet_set_max_width (sheet, 1, 50);
  /* The options found by the department's technical support come first. */
  for (guint i = 0; i < supports->len; i++)
    {
      SxshSupport *support = g_ptr_array_index (supports, i);
      GListModel *options = sxsh_support_get_options (support);

      if (sxsh_support_get_facility_id (support) != facility->id || options == NULL)
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (options); k++)
        {
          g_autoptr(SxshCpOption) option = g_list_model_get_item (options, k);

          sxsh_xlsx_sheet_number (sheet, 0, ++n, book->center);
          sxsh_xlsx_sheet_text (sheet, 1, sxsh_cp_option_get_description (option));
          sxsh_xlsx_sheet_text (sheet, 2, sxsh_report_label_technique (
                                            sxsh_cp_option_get_technique (option)));
          sxsh_xlsx_sheet_number (sheet, 3, sxsh_cp_option_get_investment (option),
                                  book->integer);
          sxsh_xlsx_sheet_number (sheet, 4, sxsh_cp_option_get_saving_vnd (option),
                                  book->integer);
          sxsh_xlsx_sheet_number (sheet, 5, sxsh_cp_option_get_saving_energy_toe (option),
                                  book->decimal);
          sxsh_xlsx_sheet_bool (sheet, 6, sxsh_cp_option_get_implemented (option));
          sxsh_xlsx_sheet_text (sheet, 7, NULL);
          sxsh_xlsx_sheet_next_row (sheet);
        }
    }
  for (guint i = 0; i < OPTION_ROWS; i++)
    {
      sxsh_xlsx_sheet_number (sheet, 0, ++n, book->center);
      for (guint c = 1; c < 8; c++)
        sxsh_xlsx_sheet_text (sheet, c, NULL);
      sxsh_xlsx_sheet_next_row (sheet);
    }
  sxsh_xlsx_sheet_finish_list (sheet, TRUE);
}

/**
 * sxsh_form_write:
 * @db: the database the report was collected from
 * @facility: one of the report's facilities
 *
 * Writes the annual report form of @facility at @path.
 */
gboolean
sxsh_form_write (SxshDatabase              *db,
                 SxshAnnualReport          *report,
                 const SxshReportFacility  *facility,
                 const char                *path,
                 GError                   **error)
{
  g_autoptr(GPtrArray) resources = NULL;
  g_autofree char *title = NULL;
  g_autofree char *department = NULL;
  SxshXlsxBook book;
  lxw_format *wrap;
  int year;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (report), FALSE);
  g_return_val_if_fail (facility != NULL, FALSE);

  year = sxsh_annual_report_get_year (report);
  resources = load_resources (db, facility, year, error);
  if (resources == NULL)
    return FALSE;
  title = g_strdup_printf ("Báo cáo áp dụng SXSH năm %d - %s", year, facility->name);
  department = sxsh_annual_report_dup_department_name (report);
  if (!sxsh_xlsx_book_open (&book, path, title, department, error))
    return FALSE;
  wrap = workbook_add_format (book.workbook);
  format_set_font_name (wrap, "Times New Roman");
  format_set_font_size (wrap, 12);
  format_set_text_wrap (wrap);
  format_set_align (wrap, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (wrap, LXW_BORDER_THIN);

  write_cover (&book, wrap, report, facility);
  write_annual (&book, year, facility);
  write_consumption (&book, year, facility, resources);
  write_options (&book, report, facility);
  return sxsh_xlsx_book_close (&book, path, error);
}

/**
 * sxsh_forms_write:
 * @folder: where the workbooks go; made when it does not exist
 * @paths: (out) (optional) (transfer full) (element-type filename): the
 *   files written
 *
 * Writes a form for every facility applying CP in the report's year.
 */
gboolean
sxsh_forms_write (SxshDatabase      *db,
                  SxshAnnualReport  *report,
                  const char        *folder,
                  GPtrArray        **paths,
                  GError           **error)
{
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *applying;
  int year;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (SXSH_IS_ANNUAL_REPORT (report), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  if (g_mkdir_with_parents (folder, 0755) != 0)
    {
      int saved = errno;

      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("The folder “%s” could not be made: %s."), folder, g_strerror (saved));
      return FALSE;
    }
  year = sxsh_annual_report_get_year (report);
  applying = sxsh_annual_report_get_applying (report);
  for (guint i = 0; i < applying->len; i++)
    {
      const SxshReportFacility *facility = g_ptr_array_index (applying, i);
      g_autofree char *name = sxsh_form_file_name (facility, year);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (!sxsh_form_write (db, report, facility, path, error))
        return FALSE;
      g_ptr_array_add (written, g_steal_pointer (&path));
    }
  if (paths != NULL)
    *paths = g_steal_pointer (&written);
  return TRUE;
}

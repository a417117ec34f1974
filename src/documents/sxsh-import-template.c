/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "sxsh-error.h"
#include "sxsh-import-private.h"
#include "sxsh-text.h"

/* An empty workbook to fill in and import: the sheet named after the kind,
 * the Vietnamese headers the import recognises, tax codes kept as text (a
 * number cell loses the leading zero of 01... codes), and drop-down lists of
 * the names the import accepts for sectors, administrative units and
 * resources, taken from the database. */

/* The workbook is for the department's officers: Vietnamese whatever the
 * language of the program, like every document it writes. */
static const char * const sheet_titles[] = { "Cơ sở", "Hàng năm", "Tiêu thụ" };
static const char lists_title[] = "Danh mục";

static const char sectors_sql[] = "SELECT name FROM sector";

/* Units that exist today, written as the import finds them: with their
 * kind, and with their parent when the kind and name are not enough. */
static const char units_sql[] =
  "SELECT u.name, u.kind, p.name, p.kind FROM admin_unit u "
  "LEFT JOIN admin_unit p ON p.id = u.parent_id "
  "WHERE u.level <> 'province' AND (u.valid_to IS NULL OR u.valid_to >= CURRENT_DATE)";

static const char resources_sql[] = "SELECT name, unit FROM resource ORDER BY position, name";

static int
collate_cb (gconstpointer a,
            gconstpointer b)
{
  return sxsh_text_collate (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
list_sectors (SxshDatabase  *db,
              GError       **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, sectors_sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    g_ptr_array_add (names, sxsh_statement_dup_text (stmt, 0));
  if (rc == SXSH_STEP_ERROR)
    return NULL;
  g_ptr_array_sort (names, collate_cb);
  return g_steal_pointer (&names);
}

static char *
join_kind (const char *kind,
           const char *name)
{
  return kind != NULL && *kind != '\0' ? g_strdup_printf ("%s %s", kind, name) : g_strdup (name);
}

static GPtrArray *
list_units (SxshDatabase  *db,
            GError       **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) parents = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) count = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, units_sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      char *name = join_kind (sxsh_statement_get_text (stmt, 1), sxsh_statement_get_text (stmt, 0));
      g_autofree char *folded = sxsh_text_fold (name);

      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (count, folded));

      g_ptr_array_add (names, name);
      g_ptr_array_add (parents, sxsh_statement_is_null (stmt, 2) ? NULL
                       : join_kind (sxsh_statement_get_text (stmt, 3),
                                    sxsh_statement_get_text (stmt, 2)));
      g_hash_table_insert (count, g_steal_pointer (&folded), GUINT_TO_POINTER (n + 1));
    }
  if (rc == SXSH_STEP_ERROR)
    return NULL;

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *folded = sxsh_text_fold (g_ptr_array_index (names, i));
      const char *parent = g_ptr_array_index (parents, i);

      if (GPOINTER_TO_UINT (g_hash_table_lookup (count, folded)) > 1 && parent != NULL)
        {
          char *full = g_strdup_printf ("%s, %s", (char *) g_ptr_array_index (names, i), parent);

          g_free (g_ptr_array_index (names, i));
          names->pdata[i] = full;
        }
    }
  g_ptr_array_sort (names, collate_cb);
  return g_steal_pointer (&names);
}

static GPtrArray *
list_resources (SxshDatabase  *db,
                GError       **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, resources_sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    g_ptr_array_add (names, g_strdup_printf ("%s (%s)", sxsh_statement_get_text (stmt, 0),
                                             sxsh_statement_get_text (stmt, 1)));
  if (rc == SXSH_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&names);
}

/* A drop-down that helps without forbidding: the import judges the value. */
static void
add_list_validation (lxw_worksheet  *sheet,
                     guint           column,
                     char          **values,
                     const char     *formula)
{
  lxw_data_validation validation = { 0 };

  validation.validate = values != NULL ? LXW_VALIDATION_TYPE_LIST
                                       : LXW_VALIDATION_TYPE_LIST_FORMULA;
  validation.value_list = values;
  validation.value_formula = (char *) formula;
  validation.show_error = LXW_VALIDATION_OFF;
  worksheet_data_validation_range (sheet, 1, column, LXW_ROW_MAX - 1, column, &validation);
}

static void
write_list (lxw_worksheet  *lists,
            guint           column,
            const char     *title,
            GPtrArray      *names,
            lxw_format     *header,
            char          **formula)
{
  g_autofree char *letter = sxsh_xlsx_column_name (column);

  worksheet_write_string (lists, 0, column, title, header);
  for (guint i = 0; i < names->len; i++)
    worksheet_write_string (lists, i + 1, column, g_ptr_array_index (names, i), NULL);
  worksheet_set_column (lists, column, column, 40, NULL);
  *formula = names->len > 0 ? g_strdup_printf ("='%s'!$%s$2:$%s$%u", lists_title, letter, letter,
                                               names->len + 1)
                            : NULL;
}

/**
 * sxsh_import_write_template:
 * @db: (nullable): the database whose names fill the drop-down lists
 * @kind: what the workbook is for
 * @path: the .xlsx file to write
 *
 * Writes an empty workbook that the import of @kind reads as it is: fill in
 * the rows below the headers and import it.
 */
gboolean
sxsh_import_write_template (SxshDatabase    *db,
                            SxshImportKind   kind,
                            const char      *path,
                            GError         **error)
{
  static const char *yes_no[] = { "có", "không", NULL };
  static const char *sizes[] = { "siêu nhỏ", "nhỏ", "vừa", "lớn", NULL };
  const KindInfo *info;
  g_autoptr(GPtrArray) sectors = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) resources = NULL;
  g_autofree char *sectors_formula = NULL;
  g_autofree char *units_formula = NULL;
  g_autofree char *resources_formula = NULL;
  g_autofree char *display = NULL;
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  lxw_format *header, *text, *date;
  lxw_error status;

  g_return_val_if_fail (db == NULL || SXSH_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (kind <= SXSH_IMPORT_CONSUMPTION, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  info = sxsh_import_kind_info (kind);
  if (db != NULL)
    {
      sectors = list_sectors (db, error);
      if (sectors == NULL)
        return FALSE;
      units = list_units (db, error);
      if (units == NULL)
        return FALSE;
      resources = list_resources (db, error);
      if (resources == NULL)
        return FALSE;
    }

  display = g_filename_display_basename (path);
  workbook = workbook_new (path);
  if (workbook == NULL)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("Cannot write “%s”: the folder may not exist or may be read-only."), display);
      return FALSE;
    }

  sheet = workbook_add_worksheet (workbook, sheet_titles[kind]);
  header = workbook_add_format (workbook);
  format_set_bold (header);
  format_set_text_wrap (header);
  format_set_align (header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bg_color (header, 0xDDEBF7);
  format_set_border (header, LXW_BORDER_THIN);
  text = workbook_add_format (workbook);
  format_set_num_format (text, "@");
  date = workbook_add_format (workbook);
  format_set_num_format (date, "dd/mm/yyyy");

  if (db != NULL)
    {
      lxw_worksheet *lists = workbook_add_worksheet (workbook, lists_title);

      write_list (lists, 0, "Ngành", sectors, header, &sectors_formula);
      write_list (lists, 1, "Đơn vị hành chính", units, header, &units_formula);
      write_list (lists, 2, "Tài nguyên", resources, header, &resources_formula);
      worksheet_freeze_panes (lists, 1, 0);
    }

  for (guint i = 0; i < info->n_columns; i++)
    {
      const ColumnDef *def = &info->columns[i];
      g_autofree char *label = g_strndup (def->labels, strcspn (def->labels, "|"));
      double width = 16;
      lxw_format *format = NULL;

      worksheet_write_string (sheet, 0, i, label, header);
      switch (def->type)
        {
        case T_TAX_CODE:
          format = text;
          break;
        case T_DATE:
          format = date;
          break;
        case T_TEXT:
        case T_LONG_TEXT:
        case T_SECTOR:
        case T_ADMIN_UNIT:
        case T_RESOURCE:
          width = g_str_equal (def->key, "unit") || g_str_equal (def->key, "output_unit") ? 12 : 32;
          break;
        case T_BOOL:
          add_list_validation (sheet, i, (char **) yes_no, NULL);
          break;
        case T_SIZE:
          add_list_validation (sheet, i, (char **) sizes, NULL);
          break;
        case T_INT:
        case T_ACTIVE_YEAR:
        case T_DATA_YEAR:
        case T_MONEY_BN:
        case T_NUMBER:
        case T_EMAIL:
        case T_PHONE:
        default:
          break;
        }
      if (def->type == T_SECTOR && sectors_formula != NULL)
        add_list_validation (sheet, i, NULL, sectors_formula);
      else if (def->type == T_ADMIN_UNIT && units_formula != NULL)
        add_list_validation (sheet, i, NULL, units_formula);
      else if (def->type == T_RESOURCE && resources_formula != NULL)
        add_list_validation (sheet, i, NULL, resources_formula);
      worksheet_set_column (sheet, i, i, width, format);
    }
  worksheet_set_row (sheet, 0, 32, NULL);
  worksheet_freeze_panes (sheet, 1, 0);
  worksheet_activate (sheet);

  status = workbook_close (workbook);
  if (status != LXW_NO_ERROR)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("Cannot write “%s”: %s."), display, lxw_strerror (status));
      return FALSE;
    }
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sxsh-format.h"
#include "sxsh-import-private.h"
#include "sxsh-size-class.h"
#include "sxsh-text.h"
#include "sxsh-validation.h"

/* Reading and checking the rows of an import: the columns each kind takes,
 * the values each column accepts, the names looked up in the reference
 * tables, and the records the rows become.  Nothing here writes. */

/* The type of each record field, in the order of the F_, Y_ and Q_ names. */

static const FieldType facility_fields[F_N_FIELDS] = {
  FIELD_OPT_TEXT, FIELD_TEXT, FIELD_TEXT, FIELD_TEXT, FIELD_OPT_INT, FIELD_TEXT, FIELD_OPT_INT,
  FIELD_TEXT, FIELD_TEXT, FIELD_OPT_TEXT, FIELD_INT, FIELD_OPT_INT, FIELD_OPT_INT, FIELD_OPT_INT,
  FIELD_INT, FIELD_OPT_INT, FIELD_OPT_INT, FIELD_TEXT, FIELD_TEXT, FIELD_TEXT, FIELD_TEXT,
};

static const FieldType annual_fields[Y_N_FIELDS] = {
  FIELD_INT, FIELD_INT, FIELD_INT, FIELD_INT, FIELD_INT, FIELD_OPT_REAL, FIELD_TEXT, FIELD_INT,
  FIELD_OPT_TEXT, FIELD_TEXT,
};

static const FieldType consumption_fields[Q_N_FIELDS] = {
  FIELD_INT, FIELD_INT, FIELD_INT, FIELD_REAL,
};

/* SQL.  Selections list the record fields in the order above, after the id. */

static const char facility_by_tax_code_sql[] =
  "SELECT id, tax_code, name, name_key, address, admin_unit_id, zone, sector_id, main_products, "
  "technology_status, size_class, size_manual, employees, revenue, capital, cp_potential, "
  "first_year, last_year, contact_person, phone, email, notes "
  "FROM facility WHERE tax_code = ?1";

static const char facility_by_name_key_sql[] =
  "SELECT id, tax_code, name, name_key, address, admin_unit_id, zone, sector_id, main_products, "
  "technology_status, size_class, size_manual, employees, revenue, capital, cp_potential, "
  "first_year, last_year, contact_person, phone, email, notes "
  "FROM facility WHERE tax_code IS NULL AND name_key = ?1 ORDER BY id";

static const char reference_by_tax_code_sql[] =
  "SELECT id, name FROM facility WHERE tax_code = ?1";

static const char reference_by_name_key_sql[] =
  "SELECT id, name FROM facility WHERE name_key = ?1 ORDER BY id";

static const char annual_select_sql[] =
  "SELECT id, facility_id, year, informed, applying, dedicated_unit, output, output_unit, "
  "is_baseline, report_received, notes "
  "FROM facility_year WHERE facility_id = ?1 AND year = ?2";

static const char annual_other_baseline_sql[] =
  "SELECT year FROM facility_year WHERE facility_id = ?1 AND is_baseline = 1 AND year <> ?2";

static const char consumption_select_sql[] =
  "SELECT id, facility_id, year, resource_id, quantity "
  "FROM consumption WHERE facility_id = ?1 AND year = ?2 AND resource_id = ?3";

static const char sectors_sql[] = "SELECT id, name FROM sector";

static const char admin_units_sql[] =
  "SELECT u.id, u.name, u.kind, u.valid_to, p.name, p.kind "
  "FROM admin_unit u LEFT JOIN admin_unit p ON p.id = u.parent_id";

static const char resources_sql[] = "SELECT id, name, unit FROM resource";

static const char untaxed_names_sql[] = "SELECT name_key FROM facility WHERE tax_code IS NULL";

/* File columns */

enum
{
  FC_TAX_CODE, FC_NAME, FC_SECTOR, FC_ADMIN_UNIT, FC_ADDRESS, FC_SIZE, FC_EMPLOYEES, FC_REVENUE,
  FC_CAPITAL, FC_CP_POTENTIAL, FC_FIRST_YEAR, FC_LAST_YEAR, FC_ZONE, FC_MAIN_PRODUCTS,
  FC_CONTACT, FC_PHONE, FC_EMAIL, FC_NOTES, FC_N
};

static const ColumnDef facility_columns[FC_N] = {
  { "tax_code", N_("Tax code"), "Mã số thuế|MST|Mã số doanh nghiệp", T_TAX_CODE, TRUE, F_TAX_CODE },
  { "name", N_("Name"), "Tên cơ sở|Tên|Tên doanh nghiệp|Tên cơ sở sản xuất", T_TEXT, TRUE, F_NAME },
  { "sector", N_("Sector"), "Ngành|Ngành nghề|Lĩnh vực", T_SECTOR, FALSE, F_SECTOR },
  { "admin_unit", N_("Administrative unit"), "Đơn vị hành chính|Địa bàn|Huyện/xã",
    T_ADMIN_UNIT, FALSE, F_ADMIN_UNIT },
  { "address", N_("Address"), "Địa chỉ", T_TEXT, FALSE, F_ADDRESS },
  { "size", N_("Size"), "Quy mô|Quy mô doanh nghiệp", T_SIZE, FALSE, -1 },
  { "employees", N_("Employees"), "Số lao động|Lao động", T_INT, FALSE, F_EMPLOYEES },
  { "revenue_bn", N_("Revenue (billion VND)"), "Doanh thu (tỷ đồng)|Doanh thu (tỷ)",
    T_MONEY_BN, FALSE, F_REVENUE },
  { "capital_bn", N_("Capital (billion VND)"), "Vốn (tỷ đồng)|Vốn (tỷ)|Tổng nguồn vốn (tỷ đồng)",
    T_MONEY_BN, FALSE, F_CAPITAL },
  { "cp_potential", N_("CP potential"), "Có tiềm năng SXSH|Tiềm năng SXSH", T_BOOL, FALSE,
    F_CP_POTENTIAL },
  { "first_year", N_("First year"), "Năm bắt đầu|Năm bắt đầu hoạt động", T_ACTIVE_YEAR, FALSE,
    F_FIRST_YEAR },
  { "last_year", N_("Last year"), "Năm kết thúc|Năm ngừng hoạt động", T_ACTIVE_YEAR, FALSE,
    F_LAST_YEAR },
  { "zone", N_("Industrial zone"), "Khu/cụm công nghiệp|Khu công nghiệp|Cụm công nghiệp",
    T_TEXT, FALSE, F_ZONE },
  { "main_products", N_("Main products"), "Sản phẩm chính", T_TEXT, FALSE, F_MAIN_PRODUCTS },
  { "contact_person", N_("Contact person"), "Người liên hệ", T_TEXT, FALSE, F_CONTACT },
  { "phone", N_("Phone"), "Điện thoại|Số điện thoại", T_PHONE, FALSE, F_PHONE },
  { "email", N_("Email"), "Thư điện tử|E-mail", T_EMAIL, FALSE, F_EMAIL },
  { "notes", N_("Notes"), "Ghi chú", T_LONG_TEXT, FALSE, F_NOTES },
};

enum
{
  AC_TAX_CODE, AC_NAME, AC_YEAR, AC_INFORMED, AC_APPLYING, AC_DEDICATED, AC_OUTPUT,
  AC_OUTPUT_UNIT, AC_BASELINE, AC_REPORT_RECEIVED, AC_NOTES, AC_N
};

static const ColumnDef annual_columns[AC_N] = {
  { "tax_code", N_("Tax code"), "Mã số thuế|MST|Mã số doanh nghiệp", T_TAX_CODE, TRUE, -1 },
  { "name", N_("Name"), "Tên cơ sở|Tên|Tên doanh nghiệp|Tên cơ sở sản xuất", T_TEXT, FALSE, -1 },
  { "year", N_("Year"), "Năm", T_DATA_YEAR, TRUE, Y_YEAR },
  { "informed", N_("Informed"), "Được tuyên truyền|Đã được tuyên truyền", T_BOOL, FALSE,
    Y_INFORMED },
  { "applying", N_("Applying CP"), "Áp dụng SXSH|Có áp dụng SXSH", T_BOOL, FALSE, Y_APPLYING },
  { "dedicated_unit", N_("Dedicated CP unit"), "Bộ phận chuyên trách|Có bộ phận chuyên trách",
    T_BOOL, FALSE, Y_DEDICATED },
  { "output", N_("Output"), "Sản lượng", T_NUMBER, FALSE, Y_OUTPUT },
  { "output_unit", N_("Output unit"), "Đơn vị sản phẩm|Đơn vị sản lượng", T_TEXT, FALSE,
    Y_OUTPUT_UNIT },
  { "baseline", N_("Baseline year"), "Năm cơ sở|Năm nền", T_BOOL, FALSE, Y_BASELINE },
  { "report_received", N_("Report received"), "Ngày nhận báo cáo", T_DATE, FALSE,
    Y_REPORT_RECEIVED },
  { "notes", N_("Notes"), "Ghi chú", T_LONG_TEXT, FALSE, Y_NOTES },
};

enum { CC_TAX_CODE, CC_NAME, CC_YEAR, CC_RESOURCE, CC_QUANTITY, CC_UNIT, CC_N };

static const ColumnDef consumption_columns[CC_N] = {
  { "tax_code", N_("Tax code"), "Mã số thuế|MST|Mã số doanh nghiệp", T_TAX_CODE, TRUE, -1 },
  { "name", N_("Name"), "Tên cơ sở|Tên|Tên doanh nghiệp|Tên cơ sở sản xuất", T_TEXT, FALSE, -1 },
  { "year", N_("Year"), "Năm", T_DATA_YEAR, TRUE, Q_YEAR },
  { "resource", N_("Resource"), "Tài nguyên|Loại năng lượng/nguyên liệu|Loại năng lượng|"
    "Nhiên liệu/nguyên liệu", T_RESOURCE, TRUE, Q_RESOURCE },
  { "quantity", N_("Quantity"), "Số lượng|Lượng tiêu thụ", T_NUMBER, TRUE, Q_QUANTITY },
  { "unit", N_("Unit"), "Đơn vị tính|Đơn vị", T_TEXT, FALSE, -1 },
};

/* The sheet named after the kind is chosen in a workbook of several. */
static const char * const facility_sheet_names[] = {
  "facilities", "facility", "co so", "co so san xuat", "danh sach co so", NULL
};
static const char * const annual_sheet_names[] = {
  "annual", "hang nam", "so lieu hang nam", "nam", NULL
};
static const char * const consumption_sheet_names[] = {
  "consumption", "tieu thu", "muc tieu thu", NULL
};

static const KindInfo kinds[] = {
  { facility_columns, FC_N, facility_fields, F_N_FIELDS, facility_sheet_names, "facility" },
  { annual_columns, AC_N, annual_fields, Y_N_FIELDS, annual_sheet_names, "facility_year" },
  { consumption_columns, CC_N, consumption_fields, Q_N_FIELDS, consumption_sheet_names,
    "consumption" },
};

const KindInfo *
sxsh_import_kind_info (SxshImportKind kind)
{
  g_assert (kind < G_N_ELEMENTS (kinds));
  return &kinds[kind];
}

/* A cell read for a column */
typedef struct
{
  gboolean  blank;
  gint64    i;
  double    d;
  char     *s;
  char     *display;
} Value;

typedef struct
{
  gint64  id;
  char   *name;
  char   *kind;
  gboolean current;
  char   *parent_folded;         /* the parent's name, and its kind + name */
  char   *parent_full_folded;
} UnitEntry;

typedef struct
{
  gint64  id;
  char   *name;
  char   *unit;
} ResourceEntry;

typedef struct
{
  gint64  id;
  char   *name;
} NamedId;

/* What checking a file needs while it runs, dropped afterwards. */
typedef struct
{
  SxshImportPlan *plan;
  const KindInfo *info;
  SxshSheet      *sheet;
  int            *column_of_def;  /* file column of each def, -1 when absent */
  char          **header_of_def;  /* the header as written */
  GHashTable     *sectors;        /* folded name → NamedId */
  GHashTable     *units;          /* folded name → GPtrArray of UnitEntry */
  GPtrArray      *unit_entries;
  GHashTable     *resources;      /* folded name → ResourceEntry */
  GPtrArray      *resource_entries;
  GHashTable     *facilities;     /* tax code or "\1" + folded name → NamedId or NULL */
  GHashTable     *keys;           /* duplicate detection: key → row number */
  GHashTable     *baselines;      /* facility id → row number */
  GHashTable     *untaxed_names;  /* folded names of facilities without a tax code */
} Checker;

/* Records: a row as the table stores it, read from the database or built
 * from the file. */

void
sxsh_import_val_clear (Val *val)
{
  g_clear_pointer (&val->s, g_free);
}

static void
fields_free (Val      *fields,
             guint     n)
{
  if (fields == NULL)
    return;
  for (guint i = 0; i < n; i++)
    sxsh_import_val_clear (&fields[i]);
  g_free (fields);
}

static Val *
fields_new_default (const KindInfo *info)
{
  Val *fields = g_new0 (Val, info->n_fields);

  for (guint i = 0; i < info->n_fields; i++)
    switch (info->fields[i])
      {
      case FIELD_TEXT:
        fields[i].s = g_strdup ("");
        break;
      case FIELD_OPT_TEXT:
      case FIELD_OPT_INT:
      case FIELD_OPT_REAL:
        fields[i].null = TRUE;
        break;
      case FIELD_INT:
      case FIELD_REAL:
      default:
        break;
      }
  return fields;
}

static Val *
fields_load (const KindInfo *info,
             SxshStatement  *stmt,
             int             first_column)
{
  Val *fields = g_new0 (Val, info->n_fields);

  for (guint i = 0; i < info->n_fields; i++)
    {
      int column = first_column + i;
      Val *val = &fields[i];

      val->null = sxsh_statement_is_null (stmt, column);
      switch (info->fields[i])
        {
        case FIELD_TEXT:
        case FIELD_OPT_TEXT:
          if (!val->null || info->fields[i] == FIELD_TEXT)
            val->s = g_strdup (val->null ? "" : sxsh_statement_get_text (stmt, column));
          if (info->fields[i] == FIELD_TEXT)
            val->null = FALSE;
          break;
        case FIELD_INT:
        case FIELD_OPT_INT:
          val->i = sxsh_statement_get_int64 (stmt, column);
          if (info->fields[i] == FIELD_INT)
            val->null = FALSE;
          break;
        case FIELD_REAL:
        case FIELD_OPT_REAL:
        default:
          val->d = sxsh_statement_get_double (stmt, column);
          if (info->fields[i] == FIELD_REAL)
            val->null = FALSE;
          break;
        }
    }
  return fields;
}

static Val *
fields_copy (const KindInfo *info,
             const Val      *source)
{
  Val *fields = g_new0 (Val, info->n_fields);

  for (guint i = 0; i < info->n_fields; i++)
    {
      fields[i] = source[i];
      fields[i].s = g_strdup (source[i].s);
    }
  return fields;
}

static gboolean
val_equal (FieldType  type,
           const Val *a,
           const Val *b)
{
  if (a->null != b->null)
    return FALSE;
  if (a->null)
    return TRUE;
  switch (type)
    {
    case FIELD_TEXT:
    case FIELD_OPT_TEXT:
      return g_strcmp0 (a->s, b->s) == 0;
    case FIELD_INT:
    case FIELD_OPT_INT:
      return a->i == b->i;
    case FIELD_REAL:
    case FIELD_OPT_REAL:
    default:
      return a->d == b->d;
    }
}

static gboolean
fields_equal (const KindInfo *info,
              const Val      *a,
              const Val      *b)
{
  for (guint i = 0; i < info->n_fields; i++)
    if (!val_equal (info->fields[i], &a[i], &b[i]))
      return FALSE;
  return TRUE;
}

/* Lays a value read from the file over a record field. */
static void
field_set_value (const KindInfo *info,
                 Val            *fields,
                 int             field,
                 const Value    *value)
{
  Val *val = &fields[field];

  sxsh_import_val_clear (val);
  val->null = FALSE;
  switch (info->fields[field])
    {
    case FIELD_TEXT:
      val->s = g_strdup (value->blank || value->s == NULL ? "" : value->s);
      break;
    case FIELD_OPT_TEXT:
      val->null = value->blank || value->s == NULL || *value->s == '\0';
      val->s = val->null ? NULL : g_strdup (value->s);
      break;
    case FIELD_INT:
      val->i = value->blank ? 0 : value->i;
      break;
    case FIELD_OPT_INT:
      val->null = value->blank;
      val->i = value->blank ? 0 : value->i;
      break;
    case FIELD_REAL:
      val->d = value->blank ? 0 : value->d;
      break;
    case FIELD_OPT_REAL:
    default:
      val->null = value->blank;
      val->d = value->blank ? 0 : value->d;
      break;
    }
}

static void
value_clear (Value *value)
{
  g_clear_pointer (&value->s, g_free);
  g_clear_pointer (&value->display, g_free);
}

static void add_issue (SxshImportPlan *self,
                       int             row,
                       const char     *column,
                       gboolean        warning,
                       const char     *format,
                       ...) G_GNUC_PRINTF (5, 6);

static void
add_issue (SxshImportPlan *self,
           int             row,
           const char     *column,
           gboolean        warning,
           const char     *format,
           ...)
{
  va_list args;

  va_start (args, format);
  sxsh_import_plan_add_issue_valist (self, row, column, warning, format, args);
  va_end (args);
}

/* Headers */

/* Headers are compared folded, with "_" as a space and without the marks
 * people add to them ("Mã số thuế (*)", "Năm:"). */
static char *
fold_header (const char *text)
{
  g_autofree char *folded = sxsh_text_fold (text);
  GString *out = g_string_new (NULL);
  gsize len;

  for (const char *p = folded; *p != '\0'; p++)
    g_string_append_c (out, *p == '_' ? ' ' : *p);
  g_strstrip (out->str);
  out->len = strlen (out->str);

  for (;;)
    {
      len = out->len;
      if (g_str_has_suffix (out->str, "(*)"))
        g_string_truncate (out, out->len - 3);
      else if (len > 0 && strchr ("*:", out->str[len - 1]) != NULL)
        g_string_truncate (out, len - 1);
      else
        break;
      g_strchomp (out->str);
      out->len = strlen (out->str);
    }
  return g_string_free (out, FALSE);
}

static GHashTable *
header_index (const KindInfo *info)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < info->n_columns; i++)
    {
      const ColumnDef *def = &info->columns[i];
      g_auto(GStrv) labels = g_strsplit (def->labels, "|", -1);
      const char *names[] = { def->key, def->title, _(def->title) };

      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        g_hash_table_replace (index, fold_header (names[j]), GINT_TO_POINTER (i + 1));
      for (guint j = 0; labels[j] != NULL; j++)
        g_hash_table_replace (index, fold_header (labels[j]), GINT_TO_POINTER (i + 1));
    }
  return index;
}

/* Reference data */

static void
named_id_free (gpointer data)
{
  NamedId *item = data;

  if (item == NULL)
    return;
  g_free (item->name);
  g_free (item);
}

static void
unit_entry_free (gpointer data)
{
  UnitEntry *unit = data;

  g_free (unit->name);
  g_free (unit->kind);
  g_free (unit->parent_folded);
  g_free (unit->parent_full_folded);
  g_free (unit);
}

static void
resource_entry_free (gpointer data)
{
  ResourceEntry *resource = data;

  g_free (resource->name);
  g_free (resource->unit);
  g_free (resource);
}

static char *
fold_join (const char *a,
           const char *separator,
           const char *b)
{
  g_autofree char *joined = g_strconcat (a, separator, b, NULL);

  return sxsh_text_fold (joined);
}

/* Units are written "m3" as often as "m³". */
static char *
fold_unit_text (const char *text)
{
  g_autofree char *folded = sxsh_text_fold (text);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x00B3)
        g_string_append_c (out, '3');
      else if (c == 0x00B2)
        g_string_append_c (out, '2');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
add_resource_key (GHashTable    *resources,
                  const char    *text,
                  ResourceEntry *resource)
{
  g_hash_table_replace (resources, fold_unit_text (text), resource);
}

static gboolean
load_references (Checker  *checker,
                 GError  **error)
{
  SxshDatabase *db = checker->plan->db;
  int rc;

  checker->sectors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, named_id_free);
  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, sectors_sql, error);

    if (stmt == NULL)
      return FALSE;
    while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
      {
        NamedId *sector = g_new0 (NamedId, 1);

        sector->id = sxsh_statement_get_int64 (stmt, 0);
        sector->name = sxsh_statement_dup_text (stmt, 1);
        g_hash_table_replace (checker->sectors, sxsh_text_fold (sector->name), sector);
      }
    if (rc == SXSH_STEP_ERROR)
      return FALSE;
  }

  /* A unit is found by its name ("Đắk Hà"), its kind and name ("huyện Đắk
   * Hà"), and either of those followed by its parent ("Đắk Hà, Đắk Hà"). */
  checker->unit_entries = g_ptr_array_new_with_free_func (unit_entry_free);
  checker->units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_ptr_array_unref);
  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, admin_units_sql, error);

    if (stmt == NULL)
      return FALSE;
    while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
      {
        UnitEntry *unit = g_new0 (UnitEntry, 1);
        char *keys[2];

        unit->id = sxsh_statement_get_int64 (stmt, 0);
        unit->name = sxsh_statement_dup_text (stmt, 1);
        unit->kind = sxsh_statement_dup_text (stmt, 2);
        unit->current = sxsh_statement_is_null (stmt, 3);
        if (!sxsh_statement_is_null (stmt, 4))
          {
            unit->parent_folded = sxsh_text_fold (sxsh_statement_get_text (stmt, 4));
            unit->parent_full_folded = fold_join (sxsh_statement_get_text (stmt, 5), " ",
                                                  sxsh_statement_get_text (stmt, 4));
          }
        g_ptr_array_add (checker->unit_entries, unit);

        keys[0] = sxsh_text_fold (unit->name);
        keys[1] = fold_join (unit->kind, " ", unit->name);
        if (g_str_equal (keys[0], keys[1]))
          g_clear_pointer (&keys[1], g_free);
        for (guint i = 0; i < G_N_ELEMENTS (keys) && keys[i] != NULL; i++)
          {
            GPtrArray *list = g_hash_table_lookup (checker->units, keys[i]);

            if (list == NULL)
              {
                list = g_ptr_array_new ();
                g_hash_table_insert (checker->units, keys[i], list);
              }
            else
              g_free (keys[i]);
            g_ptr_array_add (list, unit);
          }
      }
    if (rc == SXSH_STEP_ERROR)
      return FALSE;
  }

  checker->untaxed_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, untaxed_names_sql, error);

    if (stmt == NULL)
      return FALSE;
    while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
      g_hash_table_add (checker->untaxed_names, sxsh_statement_dup_text (stmt, 0));
    if (rc == SXSH_STEP_ERROR)
      return FALSE;
  }

  /* A resource is found by its name, or its name and unit ("Điện (kWh)"). */
  checker->resource_entries = g_ptr_array_new_with_free_func (resource_entry_free);
  checker->resources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, resources_sql, error);

    if (stmt == NULL)
      return FALSE;
    while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
      {
        ResourceEntry *resource = g_new0 (ResourceEntry, 1);
        g_autofree char *with_unit = NULL;

        resource->id = sxsh_statement_get_int64 (stmt, 0);
        resource->name = sxsh_statement_dup_text (stmt, 1);
        resource->unit = sxsh_statement_dup_text (stmt, 2);
        g_ptr_array_add (checker->resource_entries, resource);

        add_resource_key (checker->resources, resource->name, resource);
        with_unit = g_strdup_printf ("%s (%s)", resource->name, resource->unit);
        add_resource_key (checker->resources, with_unit, resource);
        g_free (with_unit);
        with_unit = g_strdup_printf ("%s %s", resource->name, resource->unit);
        add_resource_key (checker->resources, with_unit, resource);
        g_free (with_unit);
        with_unit = g_strdup_printf ("%s, %s", resource->name, resource->unit);
        add_resource_key (checker->resources, with_unit, resource);
      }
    if (rc == SXSH_STEP_ERROR)
      return FALSE;
  }

  return TRUE;
}

static const UnitEntry *
find_unit (Checker    *checker,
           const char *folded,
           gboolean   *ambiguous)
{
  g_autofree char *name = g_strdup (folded);
  char *parent = NULL;
  char *comma = strrchr (name, ',');
  GPtrArray *list;
  const UnitEntry *found = NULL;
  guint n_found = 0;

  *ambiguous = FALSE;
  list = g_hash_table_lookup (checker->units, name);
  if (list == NULL && comma != NULL)
    {
      *comma = '\0';
      parent = g_strstrip (comma + 1);
      g_strchomp (name);
      list = g_hash_table_lookup (checker->units, name);
    }
  if (list == NULL)
    return NULL;

  /* Among several units of one name the parent named decides.  Units of
   * one name and kind are the same place before and after a reform: the one
   * that still exists is meant.  Otherwise ("huyện Đắk Hà" and "thị trấn Đắk
   * Hà") the user must say which. */
  for (guint i = 0; i < list->len; i++)
    {
      const UnitEntry *unit = g_ptr_array_index (list, i);

      if (parent != NULL && g_strcmp0 (unit->parent_folded, parent) != 0
          && g_strcmp0 (unit->parent_full_folded, parent) != 0)
        continue;
      if (found != NULL && g_strcmp0 (found->kind, unit->kind) != 0)
        {
          *ambiguous = TRUE;
          return NULL;
        }
      if (found == NULL || (unit->current && !found->current))
        {
          found = unit;
          n_found = 1;
        }
      else if (unit->current == found->current)
        n_found++;
    }
  if (n_found > 1)
    {
      *ambiguous = TRUE;
      return NULL;
    }
  return found;
}

/* "Điện" for "Điện năng": the first words of exactly one resource's name. */
static ResourceEntry *
find_resource_by_prefix (Checker    *checker,
                         const char *folded)
{
  ResourceEntry *found = NULL;
  gsize len = strlen (folded);

  if (len == 0)
    return NULL;
  for (guint i = 0; i < checker->resource_entries->len; i++)
    {
      ResourceEntry *resource = g_ptr_array_index (checker->resource_entries, i);
      g_autofree char *name = fold_unit_text (resource->name);

      if (strncmp (name, folded, len) == 0 && (name[len] == ' ' || name[len] == '\0'))
        {
          if (found != NULL)
            return NULL;
          found = resource;
        }
    }
  return found;
}

/* Reading cells */

static gboolean
cell_is_blank (const SxshCell *cell)
{
  if (cell->kind == SXSH_CELL_EMPTY)
    return TRUE;
  if (cell->kind != SXSH_CELL_STRING)
    return FALSE;
  /* No-break spaces count as blank too: they come from copied web pages. */
  for (const char *p = cell->text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* A cell's text as the user sees it, in NFC with spaces tidied. */
static char *
cell_text (const SxshCell *cell)
{
  if (cell->kind == SXSH_CELL_DATE)
    return sxsh_format_date (cell->text);
  return sxsh_text_normalize (cell->text);
}

static gboolean
cell_number (const SxshCell *cell,
             double         *number)
{
  switch (cell->kind)
    {
    case SXSH_CELL_NUMBER:
      *number = cell->number;
      return TRUE;
    case SXSH_CELL_STRING:
      return sxsh_parse_number (cell->text, number);
    case SXSH_CELL_EMPTY:
    case SXSH_CELL_BOOLEAN:
    case SXSH_CELL_DATE:
    case SXSH_CELL_ERROR:
    default:
      return FALSE;
    }
}

static char *
format_decimal (double value)
{
  int decimals = 0;

  while (decimals < 6 && fabs (value * pow (10, decimals) - round (value * pow (10, decimals)))
         > 1e-9 * MAX (1, fabs (value * pow (10, decimals))))
    decimals++;
  return sxsh_format_number (value, decimals);
}

static const char *
yes_no (gboolean value)
{
  return value ? _("Yes") : _("No");
}

/* Reads the cell of one column into @value, or adds an error and returns
 * %FALSE.  Blank cells are left to the caller. */
static gboolean
read_value (Checker        *checker,
            int             row_number,
            const ColumnDef *def,
            const char     *header,
            const SxshCell *cell,
            Value          *value)
{
  SxshImportPlan *self = checker->plan;
  g_autofree char *text = NULL;
  double number = 0;

  value->blank = cell_is_blank (cell);
  if (value->blank)
    {
      value->display = g_strdup ("");
      return TRUE;
    }

  if (cell->kind == SXSH_CELL_ERROR)
    {
      add_issue (self, row_number, header, FALSE,
                 _("The cell holds the formula error “%s”; correct the formula or type the "
                   "value."), cell->text);
      return FALSE;
    }

  text = cell_text (cell);

  switch (def->type)
    {
    case T_TAX_CODE:
      {
        GString *code = g_string_new (NULL);
        gboolean check_ok = FALSE;

        if (cell->kind == SXSH_CELL_NUMBER && cell->number >= 0 && cell->number < 1e10
            && cell->number == floor (cell->number))
          {
            /* A number cell loses the leading zero of codes such as
             * 0100109106 (Hà Nội): put it back. */
            g_string_printf (code, "%010.0f", cell->number);
            if (cell->number < 1e9)
              add_issue (self, row_number, header, TRUE,
                         _("The tax code was stored as a number and lost its leading zero; it "
                           "is read as “%s”. Format the column as text in the spreadsheet."),
                         code->str);
          }
        else
          {
            for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
              {
                gunichar c = g_utf8_get_char (p);

                if (c == ' ' || c == '.')
                  continue;
                if (c == 0x2013 || c == 0x2012 || c == 0x2212 || c == '_')
                  c = '-';
                g_string_append_unichar (code, c);
              }
          }
        /* A branch code written without its dash: 0100109106001. */
        if (code->len == 13 && strspn (code->str, "0123456789") == 13)
          g_string_insert_c (code, 10, '-');
        if (!sxsh_validate_tax_code (code->str, &check_ok))
          {
            add_issue (self, row_number, header, FALSE,
                       _("“%s” is not a tax code: it must be 10 digits, or 10 digits, a dash "
                         "and 3 digits (e.g. 0100109106-001)."), text);
            g_string_free (code, TRUE);
            return FALSE;
          }
        if (!check_ok)
          add_issue (self, row_number, header, TRUE,
                     _("The check digit of the tax code “%s” does not match; check the code."),
                     code->str);
        value->display = g_strdup (code->str);
        value->s = g_string_free (code, FALSE);
        return TRUE;
      }

    case T_TEXT:
    case T_PHONE:
      if (def->type == T_PHONE && !sxsh_validate_phone (text))
        add_issue (self, row_number, header, TRUE,
                   _("“%s” does not look like a phone number."), text);
      value->s = g_strdup (text);
      value->display = g_strdup (text);
      return TRUE;

    case T_LONG_TEXT:
      {
        g_autofree char *nfc = NULL;
        g_auto(GStrv) lines = NULL;

        if (cell->kind != SXSH_CELL_STRING)
          {
            value->s = g_strdup (text);
            value->display = g_strdup (text);
            return TRUE;
          }
        nfc = g_utf8_normalize (cell->text, -1, G_NORMALIZE_NFC);
        lines = g_strsplit (g_strstrip (nfc), "\n", -1);

        /* Line breaks typed with Alt+Enter stay; "\r\n" becomes "\n". */
        for (guint i = 0; lines[i] != NULL; i++)
          g_strstrip (lines[i]);
        value->s = g_strjoinv ("\n", lines);
        value->display = g_strdup (text);
        return TRUE;
      }

    case T_EMAIL:
      if (!sxsh_validate_email (text))
        {
          add_issue (self, row_number, header, FALSE,
                     _("“%s” is not an email address."), text);
          return FALSE;
        }
      value->s = g_strdup (text);
      value->display = g_strdup (text);
      return TRUE;

    case T_INT:
      if (!cell_number (cell, &number))
        {
          add_issue (self, row_number, header, FALSE, _("“%s” is not a number."), text);
          return FALSE;
        }
      if (number != floor (number))
        {
          add_issue (self, row_number, header, FALSE, _("“%s” is not a whole number."), text);
          return FALSE;
        }
      if (number < 0 || number > 1e12)
        {
          add_issue (self, row_number, header, FALSE,
                     _("“%s” is out of range: it must be zero or more."), text);
          return FALSE;
        }
      value->i = (gint64) number;
      value->display = sxsh_format_integer (value->i);
      return TRUE;

    case T_ACTIVE_YEAR:
    case T_DATA_YEAR:
      {
        int low = def->type == T_DATA_YEAR ? 1990 : 1900;

        if (!cell_number (cell, &number) || number != floor (number)
            || number < low || number > 2100)
          {
            add_issue (self, row_number, header, FALSE,
                       _("“%s” is not a year between %d and %d."), text, low, 2100);
            return FALSE;
          }
        value->i = (gint64) number;
        value->display = g_strdup_printf ("%d", (int) number);
        return TRUE;
      }

    case T_MONEY_BN:
    case T_NUMBER:
      if (!cell_number (cell, &number))
        {
          add_issue (self, row_number, header, FALSE, _("“%s” is not a number."), text);
          return FALSE;
        }
      if (number < 0 || (def->type == T_MONEY_BN && number > 1e9) || !isfinite (number))
        {
          add_issue (self, row_number, header, FALSE,
                     _("“%s” is out of range: it must be zero or more."), text);
          return FALSE;
        }
      value->d = number;
      if (def->type == T_MONEY_BN)
        value->i = llround (number * SXSH_BILLION_VND);
      value->display = format_decimal (number);
      return TRUE;

    case T_BOOL:
      {
        gboolean truth = FALSE;

        if (cell->kind == SXSH_CELL_BOOLEAN
            || (cell->kind == SXSH_CELL_NUMBER && (cell->number == 0 || cell->number == 1)))
          truth = cell->number != 0;
        else if (cell->kind != SXSH_CELL_STRING || !sxsh_parse_boolean (text, &truth))
          {
            add_issue (self, row_number, header, FALSE,
                       _("“%s” is not yes or no: write 1 or 0, có or không, yes or no, or x "
                         "for yes and nothing for no."), text);
            return FALSE;
          }
        value->i = truth;
        value->display = g_strdup (yes_no (truth));
        return TRUE;
      }

    case T_DATE:
      {
        GDate date;

        g_date_clear (&date, 1);
        if (cell->kind == SXSH_CELL_DATE)
          value->s = g_strdup (cell->text);
        else if (cell->kind == SXSH_CELL_STRING && sxsh_parse_date (text, &date))
          value->s = sxsh_date_to_iso (&date);
        else
          {
            add_issue (self, row_number, header, FALSE,
                       _("“%s” is not a date: write it as dd/mm/yyyy, e.g. 05/12/2026."), text);
            return FALSE;
          }
        value->display = sxsh_format_date (value->s);
        return TRUE;
      }

    case T_SECTOR:
      {
        g_autofree char *folded = sxsh_text_fold (text);
        NamedId *sector = g_hash_table_lookup (checker->sectors, folded);

        if (sector == NULL)
          {
            add_issue (self, row_number, header, FALSE,
                       _("There is no sector named “%s”. Use a name from the list of sectors."),
                       text);
            return FALSE;
          }
        value->i = sector->id;
        value->display = g_strdup (sector->name);
        return TRUE;
      }

    case T_ADMIN_UNIT:
      {
        g_autofree char *folded = sxsh_text_fold (text);
        gboolean ambiguous = FALSE;
        const UnitEntry *unit = find_unit (checker, folded, &ambiguous);

        if (ambiguous)
          {
            add_issue (self, row_number, header, FALSE,
                       _("Several administrative units are named “%s”. Add the kind (e.g. "
                         "“xã %s”) or the district after a comma."), text, text);
            return FALSE;
          }
        if (unit == NULL)
          {
            add_issue (self, row_number, header, FALSE,
                       _("There is no administrative unit named “%s”."), text);
            return FALSE;
          }
        value->i = unit->id;
        value->display = *unit->kind != '\0' ? g_strdup_printf ("%s %s", unit->kind, unit->name)
                                              : g_strdup (unit->name);
        return TRUE;
      }

    case T_SIZE:
      {
        SxshSizeClass size = sxsh_size_class_parse (text);

        if (size == SXSH_SIZE_UNKNOWN)
          {
            add_issue (self, row_number, header, FALSE,
                       _("“%s” is not a size class: write siêu nhỏ, nhỏ, vừa or lớn (micro, "
                         "small, medium or large), or leave it empty to derive it."), text);
            return FALSE;
          }
        value->i = size;
        value->display = g_strdup (sxsh_size_class_get_label (size));
        return TRUE;
      }

    case T_RESOURCE:
      {
        g_autofree char *folded = fold_unit_text (text);
        ResourceEntry *resource = g_hash_table_lookup (checker->resources, folded);

        if (resource == NULL)
          resource = find_resource_by_prefix (checker, folded);
        if (resource == NULL)
          {
            add_issue (self, row_number, header, FALSE,
                       _("There is no resource named “%s”. Write the name as in the list of "
                         "resources, with or without its unit, e.g. “Nước” or “Nước (m³)”."),
                       text);
            return FALSE;
          }
        value->i = resource->id;
        value->s = g_strdup (resource->unit);
        value->display = g_strdup_printf ("%s (%s)", resource->name, resource->unit);
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

/* Finding the facility a row of yearly data is about. */
static const NamedId *
find_reference (Checker     *checker,
                int          row_number,
                const Value *tax_code,
                const Value *name,
                GError     **error)
{
  SxshImportPlan *self = checker->plan;
  const char *tax_header = checker->header_of_def[0];
  g_autofree char *key = NULL;
  NamedId *found;
  gpointer cached;

  if (!tax_code->blank)
    key = g_strdup (tax_code->s);
  else if (name != NULL && !name->blank)
    {
      g_autofree char *folded = sxsh_text_fold (name->s);

      key = g_strconcat ("\1", folded, NULL);
    }
  else
    {
      add_issue (self, row_number, tax_header, FALSE,
                 _("The tax code is empty: write the tax code of the facility."));
      return NULL;
    }

  if (!g_hash_table_lookup_extended (checker->facilities, key, NULL, &cached))
    {
      g_autoptr(SxshStatement) stmt = NULL;
      int rc;

      stmt = sxsh_database_prepare (self->db, key[0] == '\1' ? reference_by_name_key_sql
                                                             : reference_by_tax_code_sql, error);
      if (stmt == NULL)
        return NULL;
      sxsh_statement_bind_text (stmt, 1, key[0] == '\1' ? key + 1 : key);
      found = NULL;
      while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
        {
          if (found != NULL)
            {
              /* Two facilities of that name: the row cannot say which. */
              found->id = -1;
              break;
            }
          found = g_new0 (NamedId, 1);
          found->id = sxsh_statement_get_int64 (stmt, 0);
          found->name = sxsh_statement_dup_text (stmt, 1);
        }
      if (rc == SXSH_STEP_ERROR)
        {
          named_id_free (found);
          return NULL;
        }
      g_hash_table_insert (checker->facilities, g_strdup (key), found);
      cached = found;
    }

  found = cached;
  if (found == NULL)
    {
      if (!tax_code->blank)
        add_issue (self, row_number, tax_header, FALSE,
                   _("No facility has the tax code “%s”. Import the facilities first."),
                   tax_code->s);
      else
        add_issue (self, row_number, checker->header_of_def[1], FALSE,
                   _("No facility is named “%s”. Write its tax code, or import the facilities "
                     "first."), name->s);
      return NULL;
    }
  if (found->id < 0)
    {
      add_issue (self, row_number, checker->header_of_def[1], FALSE,
                 _("Several facilities are named “%s”: write the tax code to say which."),
                 name->s);
      return NULL;
    }
  if (!tax_code->blank && name != NULL && !name->blank)
    {
      g_autofree char *a = sxsh_text_fold (found->name);
      g_autofree char *b = sxsh_text_fold (name->s);

      if (!g_str_equal (a, b))
        add_issue (self, row_number, checker->header_of_def[1], TRUE,
                   _("The facility with tax code “%s” is named “%s” in the register, not "
                     "“%s”."), tax_code->s, found->name, name->s);
    }
  return found;
}

/* Checks the key of a row against the rows above it. */
static gboolean
check_duplicate (Checker    *checker,
                 int         row_number,
                 const char *key,
                 const char *header,
                 const char *what)
{
  gpointer first = g_hash_table_lookup (checker->keys, key);

  if (first != NULL)
    {
      add_issue (checker->plan, row_number, header, FALSE,
                 _("%s is already on row %d; each appears once in a file."),
                 what, GPOINTER_TO_INT (first));
      return FALSE;
    }
  g_hash_table_insert (checker->keys, g_strdup (key), GINT_TO_POINTER (row_number));
  return TRUE;
}

static void
overlay_columns (Checker *checker,
                 Val     *fields,
                 Value   *values)
{
  for (guint i = 0; i < checker->info->n_columns; i++)
    if (checker->column_of_def[i] >= 0 && checker->info->columns[i].field >= 0)
      field_set_value (checker->info, fields, checker->info->columns[i].field, &values[i]);
}

/* Adds, updates or leaves alone; for an update, marks the preview columns
 * whose value changes so that a preview can show them. */
static void
decide_action (Checker *checker,
               PlanRow *row,
               Val     *existing)
{
  SxshImportPlan *self = checker->plan;
  const KindInfo *info = checker->info;

  row->changed = 0;
  if (existing == NULL)
    {
      row->action = SXSH_IMPORT_ACTION_ADD;
      return;
    }
  if (fields_equal (info, existing, row->fields))
    {
      row->action = SXSH_IMPORT_ACTION_UNCHANGED;
      return;
    }
  row->action = SXSH_IMPORT_ACTION_UPDATE;

  for (guint c = 0; c < self->preview_columns->len && c < 64; c++)
    {
      PreviewColumn *column = &g_array_index (self->preview_columns, PreviewColumn, c);
      int field = info->columns[column->def].field;

      if (self->kind == SXSH_IMPORT_FACILITIES && column->def == FC_SIZE)
        field = F_SIZE_CLASS;
      if (field >= 0 && !val_equal (info->fields[field], &existing[field], &row->fields[field]))
        row->changed |= G_GUINT64_CONSTANT (1) << c;
    }
}

/* A facility appears once in a file: by its tax code, or by its name when
 * it has none.  Rows with other errors count too, so that every duplicate
 * is reported in one go. */
static gboolean
register_facility_key (Checker *checker,
                       int      row_number,
                       Value   *values)
{
  Value *tax = &values[FC_TAX_CODE];
  Value *name = &values[FC_NAME];
  g_autofree char *key = NULL;
  g_autofree char *what = NULL;

  if (!tax->blank && tax->s != NULL)
    {
      key = g_strconcat ("t", tax->s, NULL);
      what = g_strdup_printf (_("The tax code “%s”"), tax->s);
      return check_duplicate (checker, row_number, key, checker->header_of_def[FC_TAX_CODE],
                              what);
    }
  if (tax->blank && !name->blank && name->s != NULL)
    {
      g_autofree char *folded = sxsh_text_fold (name->s);

      key = g_strconcat ("n", folded, NULL);
      what = g_strdup_printf (_("The facility “%s” without a tax code"), name->s);
      return check_duplicate (checker, row_number, key, checker->header_of_def[FC_NAME], what);
    }
  return TRUE;
}

static gboolean
check_facility_row (Checker  *checker,
                    int       row_number,
                    Value    *values,
                    PlanRow  *row,
                    GError  **error)
{
  SxshImportPlan *self = checker->plan;
  const KindInfo *info = checker->info;
  Value *tax = &values[FC_TAX_CODE];
  Value *name = &values[FC_NAME];
  g_autofree char *name_key = NULL;
  g_autoptr(SxshStatement) stmt = NULL;
  Val *existing = NULL;
  gboolean ok = TRUE;
  SxshSizeClass derived;
  int rc;

  if (name->blank)
    {
      add_issue (self, row_number, checker->header_of_def[FC_NAME], FALSE,
                 _("The name is empty: every facility needs a name."));
      register_facility_key (checker, row_number, values);
      return TRUE;
    }
  if (!register_facility_key (checker, row_number, values))
    return TRUE;
  name_key = sxsh_text_fold (name->s);

  if (!tax->blank)
    {
      stmt = sxsh_database_prepare (self->db, facility_by_tax_code_sql, error);
      if (stmt == NULL)
        return FALSE;
      sxsh_statement_bind_text (stmt, 1, tax->s);
    }
  else
    {
      /* Without a tax code a facility is known by its name alone. */
      stmt = sxsh_database_prepare (self->db, facility_by_name_key_sql, error);
      if (stmt == NULL)
        return FALSE;
      sxsh_statement_bind_text (stmt, 1, name_key);
    }

  rc = sxsh_statement_step (stmt, error);
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  if (rc == SXSH_STEP_ROW)
    {
      row->id = sxsh_statement_get_int64 (stmt, 0);
      existing = fields_load (info, stmt, 1);
      rc = sxsh_statement_step (stmt, error);
      if (rc == SXSH_STEP_ERROR)
        {
          fields_free (existing, info->n_fields);
          return FALSE;
        }
      if (rc == SXSH_STEP_ROW)
        {
          add_issue (self, row_number, checker->header_of_def[FC_NAME], FALSE,
                     _("Several facilities without a tax code are named “%s”: write the tax "
                       "code to say which."), name->s);
          fields_free (existing, info->n_fields);
          return TRUE;
        }
    }
  g_clear_pointer (&stmt, sxsh_statement_release);

  if (existing == NULL && !tax->blank)
    {
      /* A new code for a facility registered without one is most likely the
       * same facility: say so rather than silently add a second one. */
      if (g_hash_table_contains (checker->untaxed_names, name_key))
        add_issue (self, row_number, checker->header_of_def[FC_NAME], TRUE,
                   _("A facility named “%s” without a tax code is already registered; this "
                     "row adds another one."), name->s);
    }

  row->fields = existing != NULL ? fields_copy (info, existing) : fields_new_default (info);
  if (existing == NULL)
    row->fields[F_CP_POTENTIAL].i = 1;
  overlay_columns (checker, row->fields, values);
  sxsh_import_val_clear (&row->fields[F_NAME_KEY]);
  row->fields[F_NAME_KEY].s = g_strdup (name_key);

  /* The size class follows the figures unless it is given in the file, or
   * was set by hand before and the file does not say otherwise. */
  derived = sxsh_size_class_derive (row->fields[F_EMPLOYEES].null ? -1 : row->fields[F_EMPLOYEES].i,
                                    row->fields[F_REVENUE].null ? -1 : row->fields[F_REVENUE].i,
                                    row->fields[F_CAPITAL].null ? -1 : row->fields[F_CAPITAL].i);
  if (checker->column_of_def[FC_SIZE] >= 0 && !values[FC_SIZE].blank)
    {
      SxshSizeClass size = values[FC_SIZE].i;

      sxsh_import_val_clear (&row->fields[F_SIZE_CLASS]);
      row->fields[F_SIZE_CLASS].null = FALSE;
      row->fields[F_SIZE_CLASS].s = g_strdup (sxsh_size_class_to_key (size));
      row->fields[F_SIZE_MANUAL].i = size != derived;
    }
  else if (checker->column_of_def[FC_SIZE] >= 0 || existing == NULL
           || !row->fields[F_SIZE_MANUAL].i)
    {
      sxsh_import_val_clear (&row->fields[F_SIZE_CLASS]);
      row->fields[F_SIZE_CLASS].null = derived == SXSH_SIZE_UNKNOWN;
      if (derived != SXSH_SIZE_UNKNOWN)
        row->fields[F_SIZE_CLASS].s = g_strdup (sxsh_size_class_to_key (derived));
      row->fields[F_SIZE_MANUAL].i = 0;
    }
  if (checker->column_of_def[FC_SIZE] >= 0)
    {
      SxshSizeClass size = sxsh_size_class_from_key (row->fields[F_SIZE_CLASS].s);

      g_free (values[FC_SIZE].display);
      values[FC_SIZE].display = g_strdup (size == SXSH_SIZE_UNKNOWN ? ""
                                          : sxsh_size_class_get_label (size));
    }

  if (!row->fields[F_FIRST_YEAR].null && !row->fields[F_LAST_YEAR].null
      && row->fields[F_FIRST_YEAR].i > row->fields[F_LAST_YEAR].i)
    {
      const char *header = checker->column_of_def[FC_LAST_YEAR] >= 0
                           ? checker->header_of_def[FC_LAST_YEAR]
                           : checker->header_of_def[FC_FIRST_YEAR];

      add_issue (self, row_number, header, FALSE,
                 _("The last year (%d) is before the first year (%d)."),
                 (int) row->fields[F_LAST_YEAR].i, (int) row->fields[F_FIRST_YEAR].i);
      ok = FALSE;
    }

  decide_action (checker, row, existing);
  fields_free (existing, info->n_fields);

  if (!ok)
    {
      fields_free (row->fields, info->n_fields);
      row->fields = NULL;
    }
  return TRUE;
}

static gboolean
check_yearly_row (Checker  *checker,
                  int       row_number,
                  Value    *values,
                  PlanRow  *row,
                  GError  **error)
{
  SxshImportPlan *self = checker->plan;
  const KindInfo *info = checker->info;
  gboolean annual = self->kind == SXSH_IMPORT_ANNUAL;
  int name_def = annual ? AC_NAME : CC_NAME;
  int year_def = annual ? AC_YEAR : CC_YEAR;
  g_autoptr(SxshStatement) stmt = NULL;
  g_autofree char *key = NULL;
  g_autofree char *what = NULL;
  const NamedId *facility;
  Val *existing = NULL;
  GError *local_error = NULL;
  int rc;

  facility = find_reference (checker, row_number, &values[0],
                             checker->column_of_def[name_def] >= 0 ? &values[name_def] : NULL,
                             &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (values[year_def].blank)
    {
      add_issue (self, row_number, checker->header_of_def[year_def], FALSE,
                 _("The year is empty; it is required."));
      return TRUE;
    }
  if (!annual)
    {
      if (values[CC_RESOURCE].blank)
        {
          add_issue (self, row_number, checker->header_of_def[CC_RESOURCE], FALSE,
                     _("The resource is empty; it is required."));
          return TRUE;
        }
      if (values[CC_QUANTITY].blank)
        {
          add_issue (self, row_number, checker->header_of_def[CC_QUANTITY], FALSE,
                     _("The quantity is empty; it is required."));
          return TRUE;
        }
      if (checker->column_of_def[CC_UNIT] >= 0 && !values[CC_UNIT].blank)
        {
          g_autofree char *a = fold_unit_text (values[CC_UNIT].s);
          g_autofree char *b = fold_unit_text (values[CC_RESOURCE].s);

          /* A quantity in MWh under a resource counted in kWh would be off by
           * a thousand: the unit, when given, must be the resource's. */
          if (!g_str_equal (a, b))
            {
              add_issue (self, row_number, checker->header_of_def[CC_UNIT], FALSE,
                         _("The unit “%s” is not the unit of %s; convert the quantity to %s."),
                         values[CC_UNIT].s, values[CC_RESOURCE].display, values[CC_RESOURCE].s);
              return TRUE;
            }
        }
    }
  if (facility == NULL)
    return TRUE;

  if (annual)
    {
      key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                             facility->id, values[AC_YEAR].i);
      what = g_strdup_printf (_("The year %d of “%s”"), (int) values[AC_YEAR].i, facility->name);
    }
  else
    {
      key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                             facility->id, values[CC_YEAR].i, values[CC_RESOURCE].i);
      what = g_strdup_printf (_("%s in %d for “%s”"), values[CC_RESOURCE].display,
                              (int) values[CC_YEAR].i, facility->name);
    }
  if (!check_duplicate (checker, row_number, key, checker->header_of_def[year_def], what))
    return TRUE;

  stmt = sxsh_database_prepare (self->db, annual ? annual_select_sql : consumption_select_sql,
                                error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, facility->id);
  sxsh_statement_bind_int64 (stmt, 2, values[year_def].i);
  if (!annual)
    sxsh_statement_bind_int64 (stmt, 3, values[CC_RESOURCE].i);
  rc = sxsh_statement_step (stmt, error);
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  if (rc == SXSH_STEP_ROW)
    {
      row->id = sxsh_statement_get_int64 (stmt, 0);
      existing = fields_load (info, stmt, 1);
    }
  g_clear_pointer (&stmt, sxsh_statement_release);

  row->fields = existing != NULL ? fields_copy (info, existing) : fields_new_default (info);
  row->fields[0].i = facility->id;   /* Y_FACILITY and Q_FACILITY */
  overlay_columns (checker, row->fields, values);

  if (annual && row->fields[Y_BASELINE].i)
    {
      gpointer other = g_hash_table_lookup (checker->baselines, GINT_TO_POINTER (facility->id));

      if (other != NULL)
        {
          add_issue (self, row_number, checker->header_of_def[AC_BASELINE], FALSE,
                     _("“%s” already has its baseline year on row %d; a facility has one "
                       "baseline year."), facility->name, GPOINTER_TO_INT (other));
          fields_free (existing, info->n_fields);
          fields_free (row->fields, info->n_fields);
          row->fields = NULL;
          return TRUE;
        }
      g_hash_table_insert (checker->baselines, GINT_TO_POINTER (facility->id),
                           GINT_TO_POINTER (row_number));

      stmt = sxsh_database_prepare (self->db, annual_other_baseline_sql, error);
      if (stmt == NULL)
        {
          fields_free (existing, info->n_fields);
          return FALSE;
        }
      sxsh_statement_bind_int64 (stmt, 1, facility->id);
      sxsh_statement_bind_int64 (stmt, 2, values[AC_YEAR].i);
      rc = sxsh_statement_step (stmt, error);
      if (rc == SXSH_STEP_ERROR)
        {
          fields_free (existing, info->n_fields);
          return FALSE;
        }
      if (rc == SXSH_STEP_ROW)
        add_issue (self, row_number, checker->header_of_def[AC_BASELINE], TRUE,
                   _("The baseline year of “%s” moves from %d to %d."), facility->name,
                   sxsh_statement_get_int (stmt, 0), (int) values[AC_YEAR].i);
    }

  decide_action (checker, row, existing);
  fields_free (existing, info->n_fields);

  /* The preview shows which facility the row was matched to. */
  g_free (values[name_def].display);
  values[name_def].display = g_strdup (facility->name);
  return TRUE;
}

static gboolean
read_header (Checker *checker)
{
  SxshImportPlan *self = checker->plan;
  const KindInfo *info = checker->info;
  g_autoptr(GHashTable) index = header_index (info);
  guint n_columns = sxsh_sheet_get_n_columns (checker->sheet, 0);
  guint n_known = 0;
  gboolean ok = TRUE;

  for (guint c = 0; c < n_columns; c++)
    {
      const SxshCell *cell = sxsh_sheet_get_cell (checker->sheet, 0, c);
      g_autofree char *header = NULL;
      g_autofree char *folded = NULL;
      int def;

      if (cell_is_blank (cell))
        continue;
      header = cell_text (cell);
      folded = fold_header (header);
      def = GPOINTER_TO_INT (g_hash_table_lookup (index, folded)) - 1;
      if (def < 0)
        {
          add_issue (self, 1, header, TRUE,
                     _("This column is not one that can be imported; it is ignored."));
          continue;
        }
      if (checker->column_of_def[def] >= 0)
        {
          g_autofree char *letter = sxsh_xlsx_column_name (checker->column_of_def[def]);

          add_issue (self, 1, header, FALSE,
                     _("This column is there twice (also column %s, “%s”)."),
                     letter, checker->header_of_def[def]);
          ok = FALSE;
          continue;
        }
      checker->column_of_def[def] = c;
      checker->header_of_def[def] = g_steal_pointer (&header);
      n_known++;
    }

  if (n_known == 0)
    {
      add_issue (self, 1, NULL, FALSE,
                 _("The first row must hold the column headers, such as “%s” and “%s” or “%s” "
                   "and “%s”; none was found."),
                 info->columns[0].key, info->columns[self->kind == SXSH_IMPORT_FACILITIES ? 1 : 2].key,
                 "Mã số thuế", self->kind == SXSH_IMPORT_FACILITIES ? "Tên cơ sở" : "Năm");
      return FALSE;
    }

  for (guint i = 0; i < info->n_columns; i++)
    {
      const ColumnDef *def = &info->columns[i];
      g_auto(GStrv) labels = NULL;

      if (!def->required || checker->column_of_def[i] >= 0)
        continue;
      labels = g_strsplit (def->labels, "|", 2);
      add_issue (self, 1, labels[0], FALSE,
                 _("The column “%s” (or “%s”) is missing; it is required."), def->key, labels[0]);
      ok = FALSE;
    }

  /* Headers of absent columns are named after the key in messages. */
  for (guint i = 0; i < info->n_columns; i++)
    if (checker->header_of_def[i] == NULL)
      checker->header_of_def[i] = g_strdup (info->columns[i].key);

  return ok;
}

static void
setup_preview_columns (Checker *checker)
{
  SxshImportPlan *self = checker->plan;
  const KindInfo *info = checker->info;

  for (guint i = 0; i < info->n_columns; i++)
    {
      PreviewColumn column = { (int) i, NULL, NULL };
      gboolean reference_name = self->kind != SXSH_IMPORT_FACILITIES && i == AC_NAME;

      /* Yearly data always shows the facility it was matched to. */
      if (checker->column_of_def[i] < 0 && !reference_name)
        continue;
      if (reference_name)
        {
          column.key = g_strdup ("facility");
          column.title = g_strdup (_("Facility"));
        }
      else
        {
          column.key = g_strdup (info->columns[i].key);
          column.title = g_strdup (_(info->columns[i].title));
        }
      g_array_append_val (self->preview_columns, column);
    }
}

static void
checker_clear (Checker *checker)
{
  if (checker->header_of_def != NULL)
    for (guint i = 0; i < checker->info->n_columns; i++)
      g_free (checker->header_of_def[i]);
  g_free (checker->header_of_def);
  g_free (checker->column_of_def);
  g_clear_pointer (&checker->sectors, g_hash_table_unref);
  g_clear_pointer (&checker->units, g_hash_table_unref);
  g_clear_pointer (&checker->unit_entries, g_ptr_array_unref);
  g_clear_pointer (&checker->resources, g_hash_table_unref);
  g_clear_pointer (&checker->resource_entries, g_ptr_array_unref);
  g_clear_pointer (&checker->facilities, g_hash_table_unref);
  g_clear_pointer (&checker->keys, g_hash_table_unref);
  g_clear_pointer (&checker->baselines, g_hash_table_unref);
  g_clear_pointer (&checker->untaxed_names, g_hash_table_unref);
}

static gboolean
check_rows (Checker                *checker,
            GCancellable           *cancellable,
            SxshImportProgressFunc  progress,
            gpointer                user_data,
            GError                **error)
{
  SxshImportPlan *self = checker->plan;
  const KindInfo *info = checker->info;
  guint n_rows = sxsh_sheet_get_n_rows (checker->sheet);
  g_autofree Value *values = g_new0 (Value, info->n_columns);
  guint n_data_rows = 0;

  for (guint r = 1; r < n_rows; r++)
    {
      int row_number = r + 1;
      gboolean row_ok = TRUE;
      PlanRow *row;

      if (r % 256 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress != NULL)
            progress ((double) r / n_rows, user_data);
        }

      if (sxsh_sheet_row_is_empty (checker->sheet, r))
        continue;
      n_data_rows++;

      for (guint i = 0; i < info->n_columns; i++)
        {
          memset (&values[i], 0, sizeof (Value));
          if (checker->column_of_def[i] < 0)
            {
              values[i].blank = TRUE;
              values[i].display = g_strdup ("");
              continue;
            }
          if (!read_value (checker, row_number, &info->columns[i], checker->header_of_def[i],
                           sxsh_sheet_get_cell (checker->sheet, r, checker->column_of_def[i]),
                           &values[i]))
            {
              row_ok = FALSE;
              values[i].blank = TRUE;
            }
        }

      row = g_new0 (PlanRow, 1);
      row->number = row_number;
      if (!row_ok && self->kind == SXSH_IMPORT_FACILITIES)
        register_facility_key (checker, row_number, values);
      if (row_ok)
        {
          gboolean done;

          if (self->kind == SXSH_IMPORT_FACILITIES)
            done = check_facility_row (checker, row_number, values, row, error);
          else
            done = check_yearly_row (checker, row_number, values, row, error);
          if (!done)
            {
              for (guint i = 0; i < info->n_columns; i++)
                value_clear (&values[i]);
              fields_free (row->fields, info->n_fields);
              g_free (row);
              return FALSE;
            }
        }

      if (row->fields != NULL)
        {
          row->display = g_new0 (char *, self->preview_columns->len + 1);
          for (guint c = 0; c < self->preview_columns->len; c++)
            {
              PreviewColumn *column = &g_array_index (self->preview_columns, PreviewColumn, c);

              row->display[c] = g_steal_pointer (&values[column->def].display);
              if (row->display[c] == NULL)
                row->display[c] = g_strdup ("");
            }
          g_ptr_array_add (self->rows, row);
          switch (row->action)
            {
            case SXSH_IMPORT_ACTION_ADD: self->n_add++; break;
            case SXSH_IMPORT_ACTION_UPDATE: self->n_update++; break;
            case SXSH_IMPORT_ACTION_UNCHANGED: self->n_unchanged++; break;
            default: break;
            }
        }
      else
        g_free (row);

      for (guint i = 0; i < info->n_columns; i++)
        value_clear (&values[i]);
    }

  if (n_data_rows == 0)
    add_issue (self, 0, NULL, TRUE, _("The file has no rows under its header."));
  return TRUE;
}

/**
 * sxsh_import_check_sheet:
 * @sheet: (nullable): the sheet chosen in the file
 *
 * Reads the header and every row of @sheet into @self: the rows to write,
 * their preview, and every issue found.
 *
 * Returns: %FALSE only when the database could not be read, or the check
 *   was cancelled
 */
gboolean
sxsh_import_check_sheet (SxshImportPlan          *self,
                         SxshSheet               *sheet,
                         GCancellable            *cancellable,
                         SxshImportProgressFunc   progress,
                         gpointer                 user_data,
                         GError                 **error)
{
  Checker checker = { 0 };
  gboolean ok = TRUE;

  if (sheet == NULL || sxsh_sheet_get_n_rows (sheet) == 0)
    {
      add_issue (self, 0, NULL, FALSE, _("The file is empty."));
      return TRUE;
    }

  checker.plan = self;
  checker.info = &kinds[self->kind];
  checker.sheet = sheet;
  checker.column_of_def = g_new (int, checker.info->n_columns);
  checker.header_of_def = g_new0 (char *, checker.info->n_columns);
  for (guint i = 0; i < checker.info->n_columns; i++)
    checker.column_of_def[i] = -1;
  checker.facilities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, named_id_free);
  checker.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  checker.baselines = g_hash_table_new (NULL, NULL);

  if (read_header (&checker))
    {
      setup_preview_columns (&checker);
      ok = load_references (&checker, error)
           && check_rows (&checker, cancellable, progress, user_data, error);
    }
  checker_clear (&checker);
  return ok;
}

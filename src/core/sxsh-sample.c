/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-error.h"
#include "sxsh-reference.h"
#include "sxsh-sample-private.h"
#include "sxsh-text.h"

/*
 * The sample province: a synthetic but plausible Kon Tum for demonstrations,
 * tests and benchmarks.  Everything comes from one seeded generator of our
 * own, so the same seed gives the same rows, byte for byte, on every run and
 * every machine; nothing depends on the clock or on g_random.
 *
 * The story it tells: a few hundred facilities, most of them in the six
 * priority sectors; the share informed of cleaner production grows from
 * about 30 % in 2016 to about 85 % in 2026 and the share applying it to about
 * 45 %; facilities that apply it use less energy, water and raw material
 * per unit of product (3–18 %, so the plan's 8–13 % band matters); each year
 * the department runs workshops, trainings and communication work, supports
 * two or three facilities with assessments and one or two demonstration
 * models, issues a few certificates, and chases reports due on 30/11.
 */

/* ------------------------------------------------------------------------ */
/* What the facilities look like, by sector.                                */
/* ------------------------------------------------------------------------ */

static const SectorProfile sector_profiles[] = {
  { "Chế biến mủ cao su", 12, 0.97,
    { "Công ty TNHH MTV Cao su {P}", "Nhà máy chế biến mủ cao su {P}",
      "Công ty Cổ phần Cao su {T}", "Công ty TNHH Cao su {T}",
      "Xí nghiệp chế biến cao su {T}", "Công ty TNHH Chế biến mủ cao su {T}" },
    { "Mủ cốm SVR 3L, SVR 10", "Mủ cốm SVR 10, SVR 20", "Mủ tờ xông khói RSS" },
    { "Dây chuyền chế biến mủ cốm, sấy bằng dầu DO", "Dây chuyền mủ cốm, lò sấy gián tiếp",
      "Chế biến mủ tờ, buồng xông khói thủ công" },
    20, 300, 1.0, 2.5, 25, 60,
    260, { "Dầu DO", "Củi" }, { 45, 0.25 }, 22, "Mủ cao su tươi", 3.1 },
  { "Chế biến gỗ", 16, 0.92,
    { "DNTN chế biến gỗ {T}", "Công ty TNHH Lâm sản {T}", "Công ty TNHH MTV Gỗ {T}",
      "Xưởng chế biến gỗ {T}", "Công ty Cổ phần Lâm nghiệp {P}", "HTX chế biến gỗ {T}" },
    { "Gỗ xẻ, ván ghép thanh", "Đồ gỗ nội thất", "Gỗ xẻ, đồ mộc dân dụng" },
    { "Cưa xẻ, lò sấy hơi nước đốt củi", "Dây chuyền ghép thanh bán tự động",
      "Cưa xẻ thủ công, phơi tự nhiên" },
    3, 200, 0.3, 1.2, 30, 90,
    65, { "Củi", NULL }, { 0.28, 0 }, 0.6, "Gỗ tròn", 1.8 },
  { "Chế biến tinh bột sắn", 10, 0.98,
    { "Nhà máy tinh bột sắn {P}", "Công ty Cổ phần Tinh bột sắn {T}",
      "Công ty TNHH Nông sản {T}", "Công ty TNHH MTV Tinh bột sắn {P}",
      "Nhà máy chế biến tinh bột sắn {T}", "Công ty TNHH Sắn {T}" },
    { "Tinh bột sắn", "Tinh bột sắn, bã sắn", "Tinh bột sắn biến tính" },
    { "Ly tâm, sấy khí động, lò đốt than", "Ly tâm, sấy khí động, biogas thay than",
      "Dây chuyền nhập khẩu, xử lý nước thải UASB" },
    25, 250, 1.0, 3.0, 120, 250,
    200, { "Than cám loại 3, 4", "Khí sinh học (biogas)" }, { 0.12, 180 }, 15,
    "Sắn củ tươi", 4.2 },
  { "Sản xuất đường", 3, 1.0,
    { "Công ty Cổ phần Đường {T}", "Nhà máy đường {P}", "Công ty TNHH Mía đường {T}",
      "Nhà máy đường {T}", NULL, NULL },
    { "Đường RS, mật rỉ", "Đường RE, đường RS", "Đường thô, mật rỉ" },
    { "Ép mía, lò hơi đốt bã mía", "Ép mía, đồng phát nhiệt điện bã mía",
      "Dây chuyền khuếch tán" },
    120, 500, 2.0, 4.0, 60, 140,
    35, { "Bã mía", NULL }, { 2.6, 0 }, 5, "Mía cây", 9.0 },
  { "Sản xuất vật liệu xây dựng (gạch, ngói)", 16, 0.95,
    { "HTX gạch ngói {T}", "Công ty TNHH Gạch tuynel {T}", "Cơ sở sản xuất gạch {T}",
      "Công ty Cổ phần Vật liệu xây dựng {P}", "Công ty TNHH Gạch ngói {T}",
      "Nhà máy gạch tuynel {P}" },
    { "Gạch đặc, gạch 2 lỗ", "Gạch 6 lỗ, ngói", "Gạch tuynel các loại" },
    { "Lò tuynel", "Lò vòng cải tiến", "Lò thủ công" },
    4, 120, 0.2, 0.8, 200, 500,
    16, { "Than cám loại 3, 4", "Củi" }, { 0.15, 0.32 }, 0.8, "Đất sét", 1.6 },
  { "Khai thác và chế biến khoáng sản", 12, 0.85,
    { "Công ty TNHH Khai thác đá {T}", "Công ty Cổ phần Khoáng sản {T}",
      "Công ty TNHH Cát sỏi {T}", "Mỏ đá {P} - Công ty TNHH {T}",
      "Công ty TNHH Vật liệu xây dựng {T}", NULL },
    { "Đá xây dựng các loại", "Cát xây dựng", "Đá 1x2, đá 4x6, đá mi" },
    { "Khoan nổ mìn, nghiền sàng di động", "Hút cát bằng tàu, sàng rửa",
      "Dây chuyền nghiền sàng cố định" },
    4, 100, 0.5, 2.0, 1000, 3000,
    2.2, { "Dầu DO", NULL }, { 1.3, 0 }, 0.3, "Đá nguyên khai", 1.3 },
  { "Chế biến cà phê", 5, 0.9,
    { "Công ty TNHH Cà phê {T}", "HTX cà phê {T}", "Công ty Cổ phần Cà phê {P}",
      "Cơ sở chế biến cà phê {T}", NULL, NULL },
    { "Cà phê nhân", "Cà phê nhân, cà phê bột", "Cà phê rang xay" },
    { "Chế biến khô, sấy đốt củi", "Chế biến ướt, sấy tĩnh", "Xát khô, phơi sân" },
    3, 150, 1.0, 4.0, 40, 120,
    85, { "Củi", "Trấu" }, { 0.5, 0.6 }, 3, "Cà phê quả tươi", 5.5 },
  { "Chế biến thực phẩm", 6, 0.85,
    { "Công ty TNHH Thực phẩm {T}", "Cơ sở chế biến thực phẩm {T}",
      "Công ty TNHH MTV Thực phẩm {P}", "HTX chế biến nông sản thực phẩm {T}", NULL, NULL },
    { "Bánh kẹo, thực phẩm khô", "Thịt, giò chả chế biến", "Mì, bún khô" },
    { "Thủ công kết hợp máy", "Dây chuyền bán tự động", "Dây chuyền tự động" },
    3, 100, 0.3, 1.5, 10, 40,
    300, { "Khí hóa lỏng (LPG)", NULL }, { 0.03, 0 }, 8, "Nông sản nguyên liệu", 1.3 },
  { "Sản xuất nước giải khát", 3, 0.85,
    { "Công ty TNHH Nước giải khát {T}", "Cơ sở sản xuất nước uống đóng chai {T}",
      "Công ty TNHH Nước tinh khiết {P}", NULL, NULL, NULL },
    { "Nước uống đóng chai", "Nước tinh khiết đóng bình", "Nước giải khát có ga" },
    { "Lọc RO, chiết rót bán tự động", "Dây chuyền chiết rót tự động", "Lọc RO, chiết thủ công" },
    5, 80, 0.3, 1.0, 50, 150,
    80, { "Dầu DO", NULL }, { 5, 0 }, 2.5, "Hóa chất", 0.003 },
  { "Cơ khí", 6, 0.8,
    { "Công ty TNHH Cơ khí {T}", "Xưởng cơ khí {T}", "Công ty TNHH Cơ khí xây dựng {P}",
      "HTX cơ khí {T}", NULL, NULL },
    { "Kết cấu thép, khung nhà xưởng", "Sửa chữa, gia công cơ khí", "Cửa sắt, lan can, mái tôn" },
    { "Hàn, cắt, gia công thủ công", "Máy cắt CNC, hàn bán tự động", "Gia công cơ khí tổng hợp" },
    3, 80, 0.3, 1.0, 5, 15,
    600, { "Khí hóa lỏng (LPG)", NULL }, { 0.01, 0 }, 1, "Thép, kim loại", 1.1 },
  { "Dệt may", 2, 0.8,
    { "Công ty TNHH May mặc {T}", "HTX dệt thổ cẩm {T}", "Công ty Cổ phần May {P}", NULL, NULL,
      NULL },
    { "Quần áo may sẵn", "Hàng dệt thổ cẩm", "Quần áo bảo hộ lao động" },
    { "Máy may công nghiệp", "Dệt thủ công truyền thống", "Dây chuyền may theo chuyền" },
    5, 250, 0.1, 0.4, 1.5, 5,
    800, { NULL, NULL }, { 0, 0 }, 3, NULL, 0 },
  { "Sản xuất điện (thủy điện)", 5, 0.3,
    { "Công ty Cổ phần Thủy điện {T}", "Nhà máy thủy điện {T}", "Công ty TNHH Thủy điện {T}",
      NULL, NULL, NULL },
    { "Điện năng", "Điện năng thương phẩm", "Điện năng" },
    { "Tổ máy Francis", "Tổ máy Pelton", "Tổ máy Kaplan" },
    8, 50, 2.0, 6.0, 1500, 5000,
    10, { "Dầu DO", NULL }, { 0.05, 0 }, 0, NULL, 0 },
  { "Chế biến nông sản khác", 5, 0.9,
    { "Công ty TNHH Nông sản {T}", "Cơ sở sấy nông sản {T}", "HTX nông nghiệp {T}",
      "Công ty TNHH Dược liệu {T}", NULL, NULL },
    { "Hạt điều, mắc ca sấy", "Sâm dây, dược liệu sấy khô", "Ngô, đậu sấy" },
    { "Lò sấy thủ công đốt củi", "Lò sấy khí nóng đốt trấu", "Sấy bơm nhiệt" },
    3, 100, 0.5, 2.0, 40, 150,
    60, { "Củi", "Trấu" }, { 0.15, 0.2 }, 1, "Nông sản nguyên liệu", 1.15 },
  { "In ấn", 1, 0.8,
    { "Công ty Cổ phần In {P}", "Cơ sở in ấn {T}", "Công ty TNHH In và Quảng cáo {T}", NULL,
      NULL, NULL },
    { "Ấn phẩm, biểu mẫu", "Bao bì, nhãn mác", "Sách, tạp chí" },
    { "Máy in offset", "Máy in kỹ thuật số", "Máy in offset và flexo" },
    5, 60, 0.3, 1.0, 0.5, 3,
    3000, { NULL, NULL }, { 0, 0 }, 5, NULL, 0 },
  { "Sản xuất hóa chất, phân bón", 2, 0.9,
    { "Công ty TNHH Phân bón {T}", "Công ty Cổ phần Phân vi sinh {T}",
      "Công ty TNHH Hóa chất {T}", NULL, NULL, NULL },
    { "Phân bón hữu cơ vi sinh", "Phân NPK phối trộn", "Phân hữu cơ từ bã sắn" },
    { "Ủ hiếu khí, đóng bao", "Phối trộn, tạo hạt", "Ủ kỵ khí, nghiền sàng" },
    10, 100, 0.5, 2.0, 50, 150,
    40, { "Than cám loại 1, 2", NULL }, { 0.02, 0 }, 1, "Hóa chất", 1.05 },
  { "Sản xuất và cung cấp nước sạch", 2, 0.6,
    { "Công ty Cổ phần Cấp nước {P}", "Nhà máy nước {P}", "Trạm cấp nước sạch {T}", NULL, NULL,
      NULL },
    { "Nước sạch sinh hoạt", "Nước sạch", "Nước sạch sinh hoạt" },
    { "Xử lý nước mặt, lắng lọc", "Xử lý nước ngầm", "Lắng lọc, khử trùng clo" },
    10, 120, 0.3, 1.0, 30000, 90000,
    0.35, { NULL, NULL }, { 0, 0 }, 0, "Hóa chất", 0.00004 },
};

/* Trade names: ordinary Vietnamese business names, none of them a real firm
 * we know of. */
static const char * const trade_names[] = {
  "Hoàng Anh", "Minh Phát", "Thành Đạt", "Phú Thịnh", "Tân Phú", "Hưng Thịnh", "Phúc Lộc",
  "An Phát", "Trường Sơn", "Tây Nguyên", "Việt Hưng", "Gia Bảo", "Kim Long", "Hoàng Long",
  "Ngọc Linh", "Bắc Tây Nguyên", "Phương Nam", "Thiên Phú", "Quang Minh", "Nam Tiến",
  "Thịnh Vượng", "Phát Đạt", "Hữu Nghị", "Đức Thành", "Tân Hưng", "Vạn Phúc", "Đồng Tiến",
  "Bình Minh", "Thanh Bình", "Tuấn Anh", "Lộc Phát", "Thuận Phát", "Đại Phong", "Nhật Minh",
  "Song Hà", "Hồng Phúc", "Thành Công", "Xuân Lộc", "Quốc Việt", "An Khang", "Tấn Lộc",
  "Phú Gia", "Vĩnh Phát", "Hưng Long", "Toàn Thắng", "Cường Thịnh", "Đăk Bla", "Măng Đen Xanh",
  "Sao Việt", "Hải Đăng", "Thái Hòa", "Mộc Lâm", "Hòa Thuận", "Kon Rẫy Xanh", "Ngọc Hồi Xanh",
  "Trung Kiên", "Tín Nghĩa", "Đông Á", "Phước Lộc", "Anh Khoa", "Minh Tâm", "Thành Tín",
  "Đại Lộc", "Hưng Phát", "Tiến Đạt", "Phú Hưng", "Kiến Tường", "Đắk Pô Kô", "Sê San",
  "Ya Ly", "Chư Mom Ray", "Thảo Nguyên", "Lâm Viên", "Đại Ngàn", "Hiệp Thành", "Hòa An",
};

static const char * const streets[] = {
  "Phan Đình Phùng", "Trần Hưng Đạo", "Hùng Vương", "Nguyễn Huệ", "Lê Duẩn", "Phạm Văn Đồng",
  "Trần Phú", "Bà Triệu", "Ure", "Duy Tân", "Lê Hồng Phong", "Nguyễn Sinh Sắc", "Trường Chinh",
  "Đào Duy Từ", "Bạch Đằng", "Lê Lợi", "Hoàng Thị Loan", "Sư Vạn Hạnh",
};

static const char * const family_names[] = {
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
  "Hồ", "Ngô", "Dương", "Lý", "Y", "A",
};

static const char * const middle_names[] = {
  "Văn", "Thị", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Ngọc", "Xuân", "Công", "Đình", "Thu",
};

static const char * const given_names[] = {
  "Hùng", "Dũng", "Hoa", "Lan", "Tuấn", "Bình", "Hải", "Long", "Phương", "Thảo", "Sơn", "Trung",
  "Nam", "Hà", "Mai", "Quân", "Khánh", "Linh", "Vinh", "Thành", "Tâm", "Hiếu", "Nhung",
  "Hương", "Cường", "Thắng", "Yến", "Đông", "Tú", "Phúc",
};

/* Industrial zones by the district they are in. */
typedef struct
{
  const char *name;
  const char *district;
} Zone;

static const Zone zones[] = {
  { "Khu công nghiệp Hòa Bình", "Kon Tum" },
  { "Khu công nghiệp Sao Mai", "Kon Tum" },
  { "Khu công nghiệp Đăk Tô", "Đắk Tô" },
  { "Khu kinh tế cửa khẩu quốc tế Bờ Y", "Ngọc Hồi" },
};

/* Where industry is: the share of facilities per district. */
typedef struct
{
  const char *district;
  double      weight;
} DistrictWeight;

static const DistrictWeight district_weights[] = {
  { "Kon Tum", 30 }, { "Đắk Hà", 12 }, { "Đắk Tô", 10 }, { "Ngọc Hồi", 10 }, { "Sa Thầy", 10 },
  { "Kon Rẫy", 6 }, { "Kon Plông", 6 }, { "Đắk Glei", 6 }, { "Tu Mơ Rông", 4 },
  { "Ia H'Drai", 6 },
};

/* ------------------------------------------------------------------------ */
/* The generator's memory.                                                 */
/* ------------------------------------------------------------------------ */

static const char * const task_codes[N_TASKS] = { "1.1", "1.1b", "1.2", "1.2b", "2.1", "2.2", "3.1" };

static void
unit_free (gpointer data)
{
  Unit *unit = data;

  g_free (unit->name);
  g_free (unit->kind);
  g_free (unit->district);
  g_free (unit->valid_from);
  g_free (unit->valid_to);
  g_free (unit);
}

static void
sector_free (gpointer data)
{
  Sector *sector = data;

  g_free (sector->unit_of_measure);
  g_free (sector);
}

static void
support_free (gpointer data)
{
  Support *support = data;

  g_free (support->start_date);
  g_free (support->end_date);
  g_free (support->results);
  g_array_unref (support->options);
  g_free (support);
}

static void
generator_clear (Generator *gen)
{
  if (gen->facilities)
    {
      for (guint i = 0; i < gen->n_facilities; i++)
        {
          Facility *f = &gen->facilities[i];
          g_free (f->name);
          g_free (f->tax_code);
          g_free (f->address);
        }
      g_free (gen->facilities);
    }
  g_clear_pointer (&gen->units_old, g_ptr_array_unref);
  g_clear_pointer (&gen->units_new, g_ptr_array_unref);
  g_clear_pointer (&gen->all_units, g_ptr_array_unref);
  g_clear_pointer (&gen->sectors, g_ptr_array_unref);
  g_clear_pointer (&gen->used_names, g_hash_table_unref);
  g_clear_pointer (&gen->used_tax_codes, g_hash_table_unref);
  g_clear_pointer (&gen->supports, g_ptr_array_unref);
}

char *
sxsh_sample_person_name (Rng *rng)
{
  const char *family = PICK (rng, family_names);

  /* Names of the Central Highlands peoples often are a one-syllable prefix
   * and a given name ("Y Bình", "A Tuấn"). */
  if (g_str_equal (family, "Y") || g_str_equal (family, "A"))
    return g_strdup_printf ("%s %s", family, PICK (rng, given_names));
  return g_strdup_printf ("%s %s %s", family, PICK (rng, middle_names), PICK (rng, given_names));
}

/* ------------------------------------------------------------------------ */
/* Reading the reference data the sample builds on.                         */
/* ------------------------------------------------------------------------ */

static const char sql_units[] =
  "SELECT u.id, u.name, u.kind, u.valid_from, u.valid_to, d.name, d.level "
  "FROM admin_unit u LEFT JOIN admin_unit d ON d.id = u.parent_id "
  "WHERE u.level = 'commune' ORDER BY u.id";

static const char sql_sector_by_name[] =
  "SELECT id, product_unit, priority FROM sector WHERE name = ?1";

static const char sql_resource_by_name[] =
  "SELECT id FROM resource WHERE name = ?1";

static const char sql_task_by_code[] =
  "SELECT t.id FROM plan_task t JOIN plan p ON p.id = t.plan_id "
  "WHERE p.code = '2340/KH-UBND' AND t.code = ?1";

static gboolean
lookup_id (SxshDatabase  *db,
           const char    *sql,
           const char    *key,
           gint64        *id,
           GError       **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  int rc;

  *id = 0;
  stmt = sxsh_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_text (stmt, 1, key);
  rc = sxsh_statement_step (stmt, error);
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  if (rc == SXSH_STEP_ROW)
    *id = sxsh_statement_get_int64 (stmt, 0);
  return TRUE;
}

static gboolean
missing_reference (GError     **error,
                   const char  *what)
{
  g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
               _("The sample province needs the reference data, but “%s” is missing from it. "
                 "Generate the sample into a new database."),
               what);
  return FALSE;
}

static gboolean
load_reference (Generator  *gen,
                GError    **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  int rc;

  gen->all_units = g_ptr_array_new_with_free_func (unit_free);
  gen->units_old = g_ptr_array_new ();
  gen->units_new = g_ptr_array_new ();

  stmt = sxsh_database_prepare (gen->db, sql_units, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      Unit *unit = g_new0 (Unit, 1);
      const char *parent_level = sxsh_statement_get_text (stmt, 6);

      unit->id = sxsh_statement_get_int64 (stmt, 0);
      unit->name = sxsh_statement_dup_text (stmt, 1);
      unit->kind = sxsh_statement_dup_text (stmt, 2);
      unit->valid_from = sxsh_statement_is_null (stmt, 3) ? NULL : sxsh_statement_dup_text (stmt, 3);
      unit->valid_to = sxsh_statement_is_null (stmt, 4) ? NULL : sxsh_statement_dup_text (stmt, 4);
      if (g_strcmp0 (parent_level, "district") == 0)
        unit->district = sxsh_statement_dup_text (stmt, 5);
      unit->is_new = unit->valid_from != NULL && strcmp (unit->valid_from, "2025-07-01") >= 0;
      g_ptr_array_add (gen->all_units, unit);
      if (unit->is_new)
        g_ptr_array_add (gen->units_new, unit);
      else if (unit->district != NULL)
        g_ptr_array_add (gen->units_old, unit);
    }
  g_clear_pointer (&stmt, sxsh_statement_release);
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  if (gen->units_old->len == 0 || gen->units_new->len == 0)
    return missing_reference (error, "admin_unit");

  gen->sectors = g_ptr_array_new_with_free_func (sector_free);
  for (guint i = 0; i < G_N_ELEMENTS (sector_profiles); i++)
    {
      const SectorProfile *profile = &sector_profiles[i];
      Sector *sector = g_new0 (Sector, 1);

      g_ptr_array_add (gen->sectors, sector);
      sector->profile = profile;
      stmt = sxsh_database_prepare (gen->db, sql_sector_by_name, error);
      if (stmt == NULL)
        return FALSE;
      sxsh_statement_bind_text (stmt, 1, profile->sector);
      rc = sxsh_statement_step (stmt, error);
      if (rc == SXSH_STEP_ROW)
        {
          sector->sector_id = sxsh_statement_get_int64 (stmt, 0);
          sector->unit_of_measure = sxsh_statement_dup_text (stmt, 1);
          sector->priority = sxsh_statement_get_int (stmt, 2) != 0;
        }
      g_clear_pointer (&stmt, sxsh_statement_release);
      if (rc == SXSH_STEP_ERROR)
        return FALSE;
      if (sector->sector_id == 0)
        return missing_reference (error, profile->sector);

      for (guint k = 0; k < 2; k++)
        {
          if (profile->fuels[k] == NULL)
            continue;
          if (!lookup_id (gen->db, sql_resource_by_name, profile->fuels[k], &sector->fuel_ids[k],
                          error))
            return FALSE;
          if (sector->fuel_ids[k] == 0)
            return missing_reference (error, profile->fuels[k]);
        }
      if (profile->material != NULL)
        {
          if (!lookup_id (gen->db, sql_resource_by_name, profile->material, &sector->material_id,
                          error))
            return FALSE;
          if (sector->material_id == 0)
            return missing_reference (error, profile->material);
        }
    }

  if (!lookup_id (gen->db, sql_resource_by_name, "Điện năng", &gen->electricity_id, error))
    return FALSE;
  if (gen->electricity_id == 0)
    return missing_reference (error, "Điện năng");
  if (!lookup_id (gen->db, sql_resource_by_name, "Nước", &gen->water_id, error))
    return FALSE;
  if (gen->water_id == 0)
    return missing_reference (error, "Nước");

  /* A task the officers removed leaves the sample's work unassigned. */
  for (guint i = 0; i < N_TASKS; i++)
    if (!lookup_id (gen->db, sql_task_by_code, task_codes[i], &gen->task_ids[i], error))
      return FALSE;

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Facilities.                                                              */
/* ------------------------------------------------------------------------ */

/* A tax code of Kon Tum (province prefix 61) with a valid check digit. */
static char *
make_tax_code (Generator *gen)
{
  static const int weights[9] = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };

  for (;;)
    {
      char code[11];
      int sum = 0, check;

      code[0] = '6';
      code[1] = '1';
      for (int i = 2; i < 9; i++)
        code[i] = (char) ('0' + rng_int (&gen->rng, 0, 9));
      /* Kon Tum's codes begin 6100 or 6101. */
      code[2] = '0';
      code[3] = (char) ('0' + rng_int (&gen->rng, 0, 1));
      for (int i = 0; i < 9; i++)
        sum += (code[i] - '0') * weights[i];
      check = 10 - (sum % 11);
      if (check == 10)
        continue;
      code[9] = (char) ('0' + check);
      code[10] = '\0';
      if (g_hash_table_contains (gen->used_tax_codes, code))
        continue;
      g_hash_table_add (gen->used_tax_codes, g_strdup (code));
      return g_strdup (code);
    }
}

static gboolean
unit_valid_on (const Unit *unit,
               const char *date)
{
  return (unit->valid_from == NULL || strcmp (unit->valid_from, date) <= 0)
         && (unit->valid_to == NULL || strcmp (unit->valid_to, date) >= 0);
}

/* A commune for a facility: of the new province when it was registered
 * after 1/7/2025, else of the old districts, valid on @date (the last day
 * the facility worked under the old units), weighted by where industry is. */
static const Unit *
pick_unit (Generator  *gen,
           gboolean    new_units,
           const char *date)
{
  GPtrArray *units = new_units ? gen->units_new : gen->units_old;
  const char *district;
  double weights[G_N_ELEMENTS (district_weights)];
  guint tries;

  if (new_units)
    {
      /* The three wards of the former city have most of the industry. */
      for (tries = 0; tries < 4; tries++)
        {
          const Unit *unit = g_ptr_array_index (units, rng_int (&gen->rng, 0, (int) units->len - 1));
          if (g_str_equal (unit->kind, "phường") || tries > 0)
            return unit;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (district_weights); i++)
    weights[i] = district_weights[i].weight;
  district = district_weights[rng_weighted (&gen->rng, weights, G_N_ELEMENTS (weights))].district;

  /* Pick a commune of that district by rejection: the lists are short. */
  for (tries = 0; tries < 10000; tries++)
    {
      const Unit *unit = g_ptr_array_index (units, rng_int (&gen->rng, 0, (int) units->len - 1));
      if (g_strcmp0 (unit->district, district) == 0 && unit_valid_on (unit, date))
        return unit;
    }
  return g_ptr_array_index (units, 0);
}

/* "Đắk Hà" for a unit of the district of Đắk Hà; the commune for new units. */
static const char *
place_of (const Unit *unit)
{
  return unit->district ? unit->district : unit->name;
}

static char *
make_address (Generator      *gen,
              const Facility *f)
{
  const Unit *unit = f->unit;
  g_autofree char *local = NULL;
  g_autofree char *upper = NULL;
  Rng *rng = &gen->rng;

  if (g_str_equal (unit->kind, "phường"))
    local = g_strdup_printf ("%d %s", rng_int (rng, 1, 420), PICK (rng, streets));
  else if (g_str_equal (unit->kind, "thị trấn"))
    local = g_strdup_printf ("Tổ dân phố %d", rng_int (rng, 1, 9));
  else
    local = g_strdup_printf ("Thôn %d", rng_int (rng, 1, 12));

  if (f->zone)
    {
      g_autofree char *lot = g_strdup_printf ("Lô %c%d, %s", 'A' + rng_int (rng, 0, 5),
                                              rng_int (rng, 1, 30), f->zone);
      g_free (local);
      local = g_steal_pointer (&lot);
    }

  if (unit->is_new)
    upper = g_strdup ("tỉnh Quảng Ngãi");
  else if (g_str_equal (unit->district, "Kon Tum"))
    upper = g_strdup ("thành phố Kon Tum, tỉnh Kon Tum");
  else
    upper = g_strdup_printf ("huyện %s, tỉnh Kon Tum", unit->district);

  return g_strdup_printf ("%s, %s %s, %s", local, unit->kind, unit->name, upper);
}

static char *
fill_pattern (const char *pattern,
              const char *trade,
              const char *place)
{
  GString *s = g_string_new (pattern);

  g_string_replace (s, "{T}", trade, 0);
  g_string_replace (s, "{P}", place, 0);
  return g_string_free (s, FALSE);
}

/* Makes the name unique, ignoring case and accents, as real registers are:
 * a second firm of the same name adds its place. */
static char *
unique_name (Generator  *gen,
             char       *name,
             const Unit *unit)
{
  char *folded = sxsh_text_fold (name);

  if (g_hash_table_contains (gen->used_names, folded))
    {
      g_autofree char *base = name;
      g_free (folded);
      name = g_strdup_printf ("%s %s", base, unit->name);
      folded = sxsh_text_fold (name);
      for (int n = 2; g_hash_table_contains (gen->used_names, folded); n++)
        {
          g_free (name);
          g_free (folded);
          name = g_strdup_printf ("%s - cơ sở %d", base, n);
          folded = sxsh_text_fold (name);
        }
    }
  g_hash_table_add (gen->used_names, folded);
  return name;
}

static void
make_facility (Generator *gen,
               guint      index)
{
  Facility *f = &gen->facilities[index];
  Rng *rng = &gen->rng;
  double sector_weights[G_N_ELEMENTS (sector_profiles)];
  const SectorProfile *p;
  Facility *parent = NULL;
  gboolean new_units;
  double y;

  /* A few facilities are branches of an earlier firm (tax code -001). */
  if (index > 10 && rng_chance (rng, 0.03))
    {
      parent = &gen->facilities[rng_int (rng, 0, (int) index - 1)];
      if (parent->is_branch || parent->tax_code == NULL || parent->branches >= 9)
        parent = NULL;
    }

  if (parent)
    f->sector = parent->sector;
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (sector_profiles); i++)
        sector_weights[i] = sector_profiles[i].weight;
      f->sector = g_ptr_array_index (gen->sectors,
                                     rng_weighted (rng, sector_weights,
                                                   G_N_ELEMENTS (sector_weights)));
    }
  p = f->sector->profile;

  /* Years: most firms predate the plan; some open during it, some close. */
  y = rng_double (rng);
  if (y < 0.04)
    f->first_year = 0;
  else if (y < 0.66)
    f->first_year = rng_int (rng, 1995, 2015);
  else
    f->first_year = rng_int (rng, SXSH_SAMPLE_FIRST_YEAR, SXSH_SAMPLE_LAST_YEAR);
  if (rng_chance (rng, 0.08))
    {
      int from = MAX (f->first_year, SXSH_SAMPLE_FIRST_YEAR);
      if (from <= SXSH_SAMPLE_LAST_YEAR - 1)
        f->last_year = rng_int (rng, from, SXSH_SAMPLE_LAST_YEAR - 1);
    }

  /* Facilities registered after 1/7/2025 are in the new communes. */
  new_units = f->first_year == SXSH_SAMPLE_LAST_YEAR
              || (f->first_year == 2025 && rng_chance (rng, 0.5));
  {
    int until = f->last_year != 0 ? MIN (f->last_year, 2025) : 2025;
    g_autofree char *date = iso_date (until, 6, 30);

    f->unit = pick_unit (gen, new_units, date);
  }
  f->place = place_of (f->unit);
  if (!f->unit->is_new && rng_chance (rng, 0.25))
    {
      for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
        if (g_strcmp0 (zones[i].district, f->unit->district) == 0 && rng_chance (rng, 0.6))
          {
            f->zone = zones[i].name;
            break;
          }
    }

  /* Size by Decree 80/2021 from made-up but consistent figures. */
  f->employees = (gint64) llround (rng_log_uniform (rng, p->employees_lo, p->employees_hi));
  f->revenue = round_money ((double) f->employees
                            * rng_uniform (rng, p->revenue_per_employee_lo,
                                           p->revenue_per_employee_hi)
                            * (double) SXSH_BILLION_VND, MILLION);
  f->capital = round_money ((double) f->revenue
                            * (g_str_equal (p->sector, "Sản xuất điện (thủy điện)")
                               ? rng_uniform (rng, 3, 8) : rng_uniform (rng, 0.3, 1.2)),
                            MILLION);
  if (rng_chance (rng, 0.06))
    f->revenue = -1;
  if (rng_chance (rng, 0.10))
    f->capital = -1;
  if (rng_chance (rng, 0.02))
    f->employees = f->revenue = f->capital = -1;
  f->size = sxsh_size_class_derive (f->employees, f->revenue, f->capital);

  f->cp = rng_chance (rng, p->cp_share);
  f->base_output = (f->employees > 0 ? (double) f->employees : 20.0)
                   * rng_uniform (rng, p->output_per_employee_lo, p->output_per_employee_hi);
  f->fuel = (p->fuels[1] != NULL && rng_chance (rng, 0.4)) ? 1 : 0;

  /* Names. */
  if (parent)
    {
      parent->branches++;
      f->is_branch = TRUE;
      f->tax_code = g_strdup_printf ("%s-%03d", parent->tax_code, parent->branches);
      f->name = unique_name (gen, g_strdup_printf ("Chi nhánh %s tại %s", parent->name, f->place),
                             f->unit);
    }
  else
    {
      const char *pattern;
      do
        pattern = p->names[rng_int (rng, 0, G_N_ELEMENTS (p->names) - 1)];
      while (pattern == NULL);
      f->name = unique_name (gen, fill_pattern (pattern, PICK (rng, trade_names), f->place),
                             f->unit);
      /* Household businesses and some co-operatives have no code on file. */
      if (!rng_chance (rng, 0.03))
        f->tax_code = make_tax_code (gen);
    }
  f->address = make_address (gen, f);

  /* Where it stands in cleaner production: fixed draws that the yearly
   * thresholds are compared with, so statuses only ever move forward. */
  f->u_informed = rng_double (rng);
  f->u_applying = MIN (0.9999, f->u_informed + 0.25 * rng_double (rng));
  f->u_dedicated = rng_double (rng);
  f->saving[0] = rng_uniform (rng, 0.03, 0.18);
  f->saving[1] = MIN (0.30, f->saving[0] * rng_uniform (rng, 0.5, 1.5));
  f->saving[2] = f->saving[0] * rng_uniform (rng, 0.2, 0.7);
}

/* Shares of facilities informed and applying, as thresholds of the draws:
 * with the facilities that events inform, informed grows from about 30 %
 * (2016) to 85 % (2026) and applying from about 8 % to 45 % (the applying
 * draw is the informed one plus a spread of 0.25, so only informed
 * facilities apply). */
static double
informed_threshold (int year)
{
  return 0.25 + 0.45 * (year - SXSH_SAMPLE_FIRST_YEAR) / (double) (N_YEARS - 1);
}

static double
applying_threshold (int year)
{
  return 0.18 + 0.34 * (year - SXSH_SAMPLE_FIRST_YEAR) / (double) (N_YEARS - 1);
}

static double
dedicated_threshold (int year)
{
  return 0.15 + 0.60 * (year - SXSH_SAMPLE_FIRST_YEAR) / (double) (N_YEARS - 1);
}

static void
compute_statuses (Generator *gen)
{
  for (guint i = 0; i < gen->n_facilities; i++)
    {
      Facility *f = &gen->facilities[i];
      int y0 = first_data_year (f), y1 = last_data_year (f);

      f->informed_from = f->applying_from = 0;
      for (int y = y0; y <= y1; y++)
        {
          if (f->informed_from == 0 && f->u_informed < informed_threshold (y))
            f->informed_from = y;
          if (f->cp && f->applying_from == 0 && f->u_applying < applying_threshold (y))
            f->applying_from = y;
        }
    }
}

static void
compute_dedicated_units (Generator *gen)
{
  for (guint i = 0; i < gen->n_facilities; i++)
    {
      Facility *f = &gen->facilities[i];
      int y0, y1;

      f->dedicated_from = 0;
      if (f->informed_from == 0)
        continue;
      y0 = MAX (first_data_year (f), f->informed_from);
      y1 = last_data_year (f);
      for (int y = y0; y <= y1 && f->dedicated_from == 0; y++)
        {
          gboolean applying = f->applying_from != 0 && y >= f->applying_from;

          if (f->size == SXSH_SIZE_MEDIUM || f->size == SXSH_SIZE_LARGE)
            {
              if (f->u_dedicated < dedicated_threshold (y))
                f->dedicated_from = y;
            }
          else if (f->size == SXSH_SIZE_SMALL && applying && f->u_dedicated < 0.08)
            f->dedicated_from = y;
        }
    }
}

/* ------------------------------------------------------------------------ */
/* Facilities and their years.                                              */
/* ------------------------------------------------------------------------ */

static const char sql_insert_facility[] =
  "INSERT INTO facility (tax_code, name, name_key, address, admin_unit_id, zone, sector_id, "
  "main_products, technology_status, size_class, size_manual, employees, revenue, capital, "
  "cp_potential, first_year, last_year, contact_person, phone, email, notes, created_at, "
  "updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
  "?19, ?20, ?21, ?21)";

static const char sql_insert_facility_year[] =
  "INSERT INTO facility_year (facility_id, year, informed, applying, dedicated_unit, output, "
  "output_unit, is_baseline, report_received, report_returned, report_note, notes) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, '')";

static const char sql_insert_consumption[] =
  "INSERT INTO consumption (facility_id, year, resource_id, quantity) VALUES (?1, ?2, ?3, ?4)";

static gboolean
write_facility (Generator  *gen,
                Facility   *f,
                GError    **error)
{
  Rng *rng = &gen->rng;
  const SectorProfile *p = f->sector->profile;
  g_autofree char *name_key = sxsh_text_fold (f->name);
  g_autofree char *contact = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *email = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *created = NULL;
  SxshStatement *stmt;
  int created_year = MAX (f->first_year, SXSH_SAMPLE_FIRST_YEAR);
  gboolean ok;

  if (rng_chance (rng, 0.85))
    contact = sxsh_sample_person_name (rng);
  if (rng_chance (rng, 0.6))
    phone = g_strdup_printf ("0260 3%03d %03d", rng_int (rng, 0, 999), rng_int (rng, 0, 999));
  else if (rng_chance (rng, 0.75))
    phone = g_strdup_printf ("09%02d %03d %03d", rng_int (rng, 0, 99), rng_int (rng, 0, 999),
                             rng_int (rng, 0, 999));
  if (rng_chance (rng, 0.4))
    {
      /* The shape of a small firm's mailbox (the end of its name run
       * together), on a domain reserved for examples. */
      g_autofree char *folded = sxsh_text_fold (f->name);
      GString *slug = g_string_new (NULL);
      gsize len;

      for (const char *c = folded; *c; c++)
        if (g_ascii_isalnum (*c))
          g_string_append_c (slug, *c);
      len = slug->len;
      email = g_strdup_printf ("%s%u@example.com", slug->str + (len > 16 ? len - 16 : 0),
                               (guint) (f - gen->facilities) + 1);
      g_string_free (slug, TRUE);
    }
  if (f->last_year != 0)
    notes = g_strdup_printf ("Ngừng hoạt động sản xuất từ năm %d.", f->last_year + 1);
  created = g_strdup_printf ("%04d-%02d-%02d 08:00:00", created_year, rng_int (rng, 1, 12),
                             rng_int (rng, 1, 28));

  stmt = sxsh_database_prepare (gen->db, sql_insert_facility, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_text (stmt, 1, f->tax_code);
  sxsh_statement_bind_text (stmt, 2, f->name);
  sxsh_statement_bind_text (stmt, 3, name_key);
  sxsh_statement_bind_text (stmt, 4, f->address);
  sxsh_statement_bind_int64 (stmt, 5, f->unit->id);
  sxsh_statement_bind_text (stmt, 6, f->zone ? f->zone : "");
  sxsh_statement_bind_int64 (stmt, 7, f->sector->sector_id);
  sxsh_statement_bind_text (stmt, 8, p->products[rng_int (rng, 0, 2)]);
  sxsh_statement_bind_text (stmt, 9, p->technology[rng_int (rng, 0, 2)]);
  sxsh_statement_bind_text (stmt, 10, f->size == SXSH_SIZE_UNKNOWN
                                      ? NULL : sxsh_size_class_to_key (f->size));
  sxsh_statement_bind_optional_int64 (stmt, 11, f->employees, f->employees >= 0);
  sxsh_statement_bind_optional_int64 (stmt, 12, f->revenue, f->revenue >= 0);
  sxsh_statement_bind_optional_int64 (stmt, 13, f->capital, f->capital >= 0);
  sxsh_statement_bind_int64 (stmt, 14, f->cp ? 1 : 0);
  sxsh_statement_bind_optional_int64 (stmt, 15, f->first_year, f->first_year != 0);
  sxsh_statement_bind_optional_int64 (stmt, 16, f->last_year, f->last_year != 0);
  sxsh_statement_bind_text (stmt, 17, contact ? contact : "");
  sxsh_statement_bind_text (stmt, 18, phone ? phone : "");
  sxsh_statement_bind_text (stmt, 19, email ? email : "");
  sxsh_statement_bind_text (stmt, 20, notes ? notes : "");
  sxsh_statement_bind_text (stmt, 21, created);
  ok = sxsh_statement_run (stmt, error);
  sxsh_statement_release (stmt);
  if (!ok)
    return FALSE;
  f->id = sxsh_database_last_insert_id (gen->db);
  return TRUE;
}

static gboolean
write_consumption (Generator  *gen,
                   Facility   *f,
                   int         year,
                   gint64      resource_id,
                   double      quantity,
                   int         decimals,
                   GError    **error)
{
  SxshStatement *stmt;
  gboolean ok;

  if (resource_id == 0 || quantity <= 0)
    return TRUE;
  stmt = sxsh_database_prepare (gen->db, sql_insert_consumption, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, f->id);
  sxsh_statement_bind_int64 (stmt, 2, year);
  sxsh_statement_bind_int64 (stmt, 3, resource_id);
  sxsh_statement_bind_double (stmt, 4, round_to (quantity, decimals));
  ok = sxsh_statement_run (stmt, error);
  sxsh_statement_release (stmt);
  return ok;
}

/* Decimals a quantity is written with, by its unit. */
static int
decimals_for (const char *unit)
{
  if (g_str_equal (unit, "t"))
    return 2;
  if (g_str_equal (unit, "m³"))
    return 1;
  return 0;
}

static gboolean
write_years (Generator  *gen,
             Facility   *f,
             GError    **error)
{
  Rng *rng = &gen->rng;
  const Sector *sector = f->sector;
  const SectorProfile *p = sector->profile;
  int y0 = first_data_year (f), y1 = last_data_year (f);
  double growth = 1.0;
  int baseline_year = 0, apply_start = 0;
  gboolean marks_baseline = f->applying_from != 0 && rng_chance (rng, 0.85);

  for (int year = y0; year <= y1; year++)
    {
      gboolean informed = f->informed_from != 0 && year >= f->informed_from;
      gboolean applying = f->applying_from != 0 && year >= f->applying_from;
      gboolean dedicated = f->dedicated_from != 0 && year >= f->dedicated_from;
      gboolean baseline = FALSE;
      gboolean has_output;
      double p_row, output = 0;
      g_autofree char *received = NULL;
      g_autofree char *returned = NULL;
      const char *report_note = "";
      SxshStatement *stmt;
      gboolean ok;

      if (year > y0)
        growth *= rng_uniform (rng, 0.95, 1.10);

      /* Which years have a record: facilities that apply report every year;
       * the first year of the plan had a survey. */
      if (applying)
        p_row = 0.96;
      else if (!f->cp)
        p_row = 0.35;
      else if (informed)
        p_row = 0.8;
      else
        p_row = 0.6;
      if (year == y0 && f->cp)
        p_row = 0.9;
      if (year == SXSH_SAMPLE_LAST_YEAR)
        p_row *= 0.8;
      /* A facility about to apply has its baseline year on record. */
      if (f->applying_from != 0 && (year == f->applying_from - 1 || year == y0))
        p_row = 1.0;
      if (!rng_chance (rng, p_row))
        continue;

      has_output = !f->no_data && rng_chance (rng, applying ? 0.97 : 0.9);
      if (has_output && baseline_year == 0)
        {
          baseline_year = year;
          baseline = marks_baseline;
          if (f->applying_from != 0)
            apply_start = MAX (f->applying_from, baseline_year + 1);
        }
      if (has_output)
        output = round_to (f->base_output * growth, f->base_output > 1000 ? 0 : 1);

      if (applying)
        {
          /* Reports are due on 30/11: most arrive in time, some late, some
           * never; this year's are still coming in. */
          double d = rng_double (rng);

          if (year == SXSH_SAMPLE_LAST_YEAR)
            {
              if (d < 0.45)
                received = random_date (rng, year, 9, 11);
            }
          else if (d < 0.72)
            received = random_date (rng, year, 9, 11);
          else if (d < 0.87)
            {
              g_autofree char *due = iso_date (year, 11, 30);
              received = date_add_days (due, rng_int (rng, 1, 50));
            }
          if (received && strcmp (received, SAMPLE_TODAY) > 0)
            g_clear_pointer (&received, g_free);
          if (received && rng_chance (rng, 0.03))
            {
              returned = date_add_days (received, rng_int (rng, 3, 10));
              report_note = "Đề nghị bổ sung số liệu tiêu thụ năng lượng và sản lượng.";
            }
        }

      stmt = sxsh_database_prepare (gen->db, sql_insert_facility_year, error);
      if (stmt == NULL)
        return FALSE;
      sxsh_statement_bind_int64 (stmt, 1, f->id);
      sxsh_statement_bind_int64 (stmt, 2, year);
      sxsh_statement_bind_int64 (stmt, 3, informed ? 1 : 0);
      sxsh_statement_bind_int64 (stmt, 4, applying ? 1 : 0);
      sxsh_statement_bind_int64 (stmt, 5, dedicated ? 1 : 0);
      if (has_output)
        sxsh_statement_bind_double (stmt, 6, output);
      else
        sxsh_statement_bind_null (stmt, 6);
      sxsh_statement_bind_text (stmt, 7, has_output ? sector->unit_of_measure : "");
      sxsh_statement_bind_int64 (stmt, 8, baseline ? 1 : 0);
      sxsh_statement_bind_text (stmt, 9, received);
      sxsh_statement_bind_text (stmt, 10, returned);
      sxsh_statement_bind_text (stmt, 11, report_note);
      ok = sxsh_statement_run (stmt, error);
      sxsh_statement_release (stmt);
      if (!ok)
        return FALSE;

      if (has_output)
        {
          double factor[3];

          /* Specific consumption falls over three years once a facility
           * applies cleaner production, to its own saving; otherwise it
           * wanders by a few per cent. */
          for (int r = 0; r < 3; r++)
            {
              double ramp = 0;
              if (apply_start != 0 && year >= apply_start)
                ramp = MIN (1.0, (year - apply_start + 1) / 3.0);
              factor[r] = (1.0 - f->saving[r] * ramp) * rng_uniform (rng, 0.985, 1.015);
            }
          if (!write_consumption (gen, f, year, gen->electricity_id,
                                  output * p->kwh_per_unit * factor[0], 0, error))
            return FALSE;
          if (p->fuels[f->fuel] != NULL
              && !write_consumption (gen, f, year, sector->fuel_ids[f->fuel],
                                     output * p->fuel_per_unit[f->fuel] * factor[0],
                                     p->fuel_per_unit[f->fuel] < 1 ? 2 : 0, error))
            return FALSE;
          if (p->water_per_unit > 0
              && !write_consumption (gen, f, year, gen->water_id,
                                     output * p->water_per_unit * factor[1], 0, error))
            return FALSE;
          if (p->material != NULL
              && !write_consumption (gen, f, year, sector->material_id,
                                     output * p->material_per_unit * factor[2],
                                     decimals_for ("t"), error))
            return FALSE;
        }
    }
  return TRUE;
}

/* ------------------------------------------------------------------------ */

static gboolean
generate (Generator  *gen,
          GError    **error)
{
  g_autoptr(GArray) events = g_array_new (FALSE, TRUE, sizeof (Event));
  gboolean ok = TRUE;

  g_array_set_clear_func (events, (GDestroyNotify) sxsh_sample_event_clear);

  if (!load_reference (gen, error))
    return FALSE;

  gen->facilities = g_new0 (Facility, gen->n_facilities);
  gen->used_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gen->used_tax_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gen->supports = g_ptr_array_new_with_free_func (support_free);

  for (guint i = 0; i < gen->n_facilities; i++)
    make_facility (gen, i);
  /* A few facilities that apply cleaner production never send figures: the
   * data-quality check points them out. */
  for (guint i = 0; i < gen->n_facilities; i++)
    gen->facilities[i].no_data = rng_chance (&gen->rng, 0.02);

  compute_statuses (gen);
  sxsh_sample_plan_events (gen, events);
  sxsh_sample_plan_supports (gen);
  for (guint i = 0; i < gen->n_facilities; i++)
    {
      Facility *f = &gen->facilities[i];
      if (f->applying_from != 0 && (f->informed_from == 0 || f->informed_from > f->applying_from))
        f->informed_from = f->applying_from;
    }
  compute_dedicated_units (gen);

  for (guint i = 0; ok && i < gen->n_facilities; i++)
    ok = write_facility (gen, &gen->facilities[i], error);
  for (guint i = 0; ok && i < gen->n_facilities; i++)
    ok = write_years (gen, &gen->facilities[i], error);
  ok = ok && sxsh_sample_write_events (gen, events, error);
  ok = ok && sxsh_sample_write_supports (gen, error);
  ok = ok && sxsh_sample_write_certificates (gen, error);
  ok = ok && sxsh_sample_write_funding (gen, error);
  ok = ok && sxsh_sample_write_agency_reports (gen, error);
  ok = ok && sxsh_sample_write_task_progress (gen, error);
  return ok;
}

static const char * const written_tables[] = {
  "facility", "facility_year", "consumption", "event", "event_facility", "support", "cp_option",
  "certificate", "funding", "agency_report", "plan_task_progress", "document_number",
};

/**
 * sxsh_sample_generate:
 * @db: a database with no facilities yet
 * @n_facilities: how many facilities the province has (300 by default)
 * @seed: the seed: the same seed always gives the same data
 * @error: return location for an error
 *
 * Fills @db with a synthetic but realistic province for 2016–2026: facilities
 * with their yearly statuses, output and consumption, events with the
 * facilities that attended, technical support with its options,
 * certificates, funding, agencies' reports and the progress of the plan's
 * tasks.  Loads the reference data first when it is missing.  Everything is
 * written in one transaction with the change log switched off; a database
 * that already holds facilities is refused.
 *
 * Returns: %TRUE on success
 */
gboolean
sxsh_sample_generate (SxshDatabase  *db,
                      guint          n_facilities,
                      guint64        seed,
                      GError       **error)
{
  Generator gen = { 0 };
  gint64 existing, cache_size, temp_store;
  gboolean ok;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_facilities == 0 || n_facilities > SXSH_SAMPLE_MAX_FACILITIES)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                   _("Number of facilities: must be between 1 and %u."),
                   SXSH_SAMPLE_MAX_FACILITIES);
      return FALSE;
    }

  existing = sxsh_database_query_int64 (db, "SELECT count(*) FROM facility", -1, error);
  if (existing < 0)
    return FALSE;
  if (existing > 0)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                   _("The database already has %lld facilities. The sample "
                     "province is only generated into a new, empty database."),
                   (long long) existing);
      return FALSE;
    }

  if (!sxsh_reference_load (db, error))
    return FALSE;

  gen.db = db;
  gen.n_facilities = n_facilities;
  gen.rng.state = seed;

  /* One transaction of hundreds of thousands of rows, each insert firing a
   * change-log trigger: statement journals kept in memory instead of temporary
   * files, and a page cache that holds the whole transaction, spare millions
   * of small writes (the generation is about twice as fast). */
  cache_size = sxsh_database_query_int64 (db, "PRAGMA cache_size", -2000, NULL);
  temp_store = sxsh_database_query_int64 (db, "PRAGMA temp_store", 0, NULL);
  sxsh_database_exec (db, "PRAGMA cache_size = -131072", NULL);
  sxsh_database_exec (db, "PRAGMA temp_store = MEMORY", NULL);

  if (!sxsh_database_begin (db, error))
    return FALSE;
  ok = sxsh_database_set_logging (db, FALSE, error)
       && generate (&gen, error)
       && sxsh_database_set_logging (db, TRUE, error);
  generator_clear (&gen);
  if (ok)
    ok = sxsh_database_commit (db, error);
  else
    sxsh_database_rollback (db);

  {
    /* The pragma takes no bound value; the number is our own. */
    g_autofree char *restore = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT "; "
                                                "PRAGMA temp_store = %" G_GINT64_FORMAT,
                                                cache_size, temp_store);
    sxsh_database_exec (db, restore, NULL);
  }
  if (!ok)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (written_tables); i++)
    sxsh_database_notify_changed (db, written_tables[i]);
  /* Stores that cache whole tables reload on this one signal. */
  sxsh_database_notify_changed (db, "sample");
  return TRUE;
}

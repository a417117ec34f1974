/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sxsh-document-number.h"
#include "sxsh-error.h"
#include "sxsh-format.h"
#include "sxsh-reference.h"
#include "sxsh-sample.h"
#include "sxsh-settings.h"
#include "sxsh-size-class.h"
#include "sxsh-text.h"
#include "sxsh-validation.h"

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

/* The day the sample pretends to be written: reports of 2026 that are not in
 * yet are simply missing, and work planned after it is still in progress. */
#define SAMPLE_TODAY "2026-11-20"

/* ------------------------------------------------------------------------ */
/* A small deterministic generator (splitmix64).                             */
/* ------------------------------------------------------------------------ */

typedef struct
{
  guint64 state;
} Rng;

static guint64
rng_next (Rng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* A double in [0, 1). */
static double
rng_double (Rng *rng)
{
  return (double) (rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

static double
rng_uniform (Rng    *rng,
             double  lo,
             double  hi)
{
  return lo + (hi - lo) * rng_double (rng);
}

/* An integer in [lo, hi]. */
static int
rng_int (Rng *rng,
         int  lo,
         int  hi)
{
  if (hi <= lo)
    return lo;
  return lo + (int) (rng_next (rng) % (guint64) (hi - lo + 1));
}

static gboolean
rng_chance (Rng    *rng,
            double  p)
{
  return rng_double (rng) < p;
}

/* A value spread evenly on a log scale: sizes of firms are. */
static double
rng_log_uniform (Rng    *rng,
                 double  lo,
                 double  hi)
{
  return exp (rng_uniform (rng, log (lo), log (hi)));
}

#define PICK(rng, array) ((array)[rng_int ((rng), 0, (int) G_N_ELEMENTS (array) - 1)])

/* Picks an index by weight. */
static guint
rng_weighted (Rng          *rng,
              const double *weights,
              guint         n)
{
  double total = 0, x;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  x = rng_double (rng) * total;
  for (guint i = 0; i < n; i++)
    {
      if (x < weights[i])
        return i;
      x -= weights[i];
    }
  return n - 1;
}

static double
round_to (double value,
          int    decimals)
{
  double scale = pow (10, decimals);
  return round (value * scale) / scale;
}

/* Money rounded to thousands of VND, as budgets are written. */
static gint64
round_money (double vnd,
             gint64 unit)
{
  return (gint64) llround (vnd / (double) unit) * unit;
}

#define MILLION ((gint64) 1000000)

/* ------------------------------------------------------------------------ */
/* What the facilities look like, by sector.                                */
/* ------------------------------------------------------------------------ */

/* Name patterns: {T} is replaced by a trade name, {P} by a place name. */
typedef struct
{
  const char *sector;            /* name in the reference data */
  double      weight;            /* share of facilities */
  double      cp_share;          /* share with cleaner-production potential */
  const char *names[6];
  const char *products[3];
  const char *technology[3];
  int         employees_lo, employees_hi;
  double      revenue_per_employee_lo, revenue_per_employee_hi;   /* billion VND */
  double      output_per_employee_lo, output_per_employee_hi;     /* product units */
  double      kwh_per_unit;
  const char *fuels[2];          /* alternative fuels, NULL when none */
  double      fuel_per_unit[2];
  double      water_per_unit;    /* m³, 0 when not recorded */
  const char *material;          /* main raw material, NULL when none */
  double      material_per_unit;
} SectorProfile;

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

/* Consultants of the sample: invented names in the usual form. */
static const char * const consultants[] = {
  "Trung tâm Tư vấn Sản xuất sạch hơn và Tiết kiệm năng lượng miền Trung",
  "Công ty TNHH Tư vấn Môi trường và Năng lượng Tây Nguyên",
  "Viện Công nghệ Môi trường và Sản xuất bền vững (phân viện miền Trung)",
  "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Kon Tum",
  "Công ty Cổ phần Kiểm toán năng lượng Đông Dương",
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
/* Cleaner-production options found by assessments.                        */
/* ------------------------------------------------------------------------ */

enum {
  SAVES_ENERGY   = 1 << 0,
  SAVES_WATER    = 1 << 1,
  SAVES_MATERIAL = 1 << 2,
};

typedef struct
{
  const char *technique;
  const char *sector;          /* NULL: any sector */
  const char *description;
  int         saves;
  int         investment_lo, investment_hi;   /* million VND */
} OptionTemplate;

static const OptionTemplate option_templates[] = {
  { "housekeeping", NULL, "Khắc phục rò rỉ hơi, nước và khí nén trên đường ống",
    SAVES_ENERGY | SAVES_WATER, 0, 15 },
  { "housekeeping", NULL, "Tắt thiết bị khi không sử dụng, bố trí ca sản xuất tránh giờ cao điểm",
    SAVES_ENERGY, 0, 5 },
  { "housekeeping", NULL, "Vệ sinh định kỳ bề mặt trao đổi nhiệt của lò hơi, lò sấy",
    SAVES_ENERGY, 0, 10 },
  { "housekeeping", NULL, "Lắp đồng hồ đo điện, nước cho từng công đoạn để theo dõi định mức",
    SAVES_ENERGY | SAVES_WATER, 10, 40 },
  { "housekeeping", NULL, "Đào tạo công nhân vận hành đúng quy trình, giảm sản phẩm hỏng",
    SAVES_MATERIAL, 0, 20 },
  { "input_substitution", NULL, "Thay bóng đèn huỳnh quang, cao áp bằng đèn LED",
    SAVES_ENERGY, 20, 120 },
  { "input_substitution", "Chế biến mủ cao su",
    "Thay dầu DO bằng nhiên liệu sinh khối cho lò sấy mủ", SAVES_ENERGY, 150, 600 },
  { "input_substitution", "Sản xuất vật liệu xây dựng (gạch, ngói)",
    "Phối trộn than cám vào phối liệu (than nội) để giảm than đốt ngoài", SAVES_ENERGY, 10, 60 },
  { "process_control", NULL, "Lắp biến tần cho quạt, bơm và máy nghiền",
    SAVES_ENERGY, 50, 350 },
  { "process_control", NULL, "Điều chỉnh tỷ lệ không khí - nhiên liệu của lò đốt",
    SAVES_ENERGY, 5, 40 },
  { "process_control", NULL, "Bù công suất phản kháng, nâng hệ số công suất",
    SAVES_ENERGY, 30, 150 },
  { "process_control", "Chế biến gỗ", "Kiểm soát nhiệt độ, độ ẩm lò sấy gỗ bằng bộ điều khiển",
    SAVES_ENERGY | SAVES_MATERIAL, 40, 200 },
  { "equipment_modification", NULL, "Bảo ôn đường ống hơi và thiết bị nhiệt",
    SAVES_ENERGY, 20, 150 },
  { "equipment_modification", NULL, "Thay động cơ cũ bằng động cơ hiệu suất cao",
    SAVES_ENERGY, 80, 500 },
  { "equipment_modification", NULL, "Lắp vòi phun nước áp lực cao có van tự đóng",
    SAVES_WATER, 5, 40 },
  { "equipment_modification", "Chế biến tinh bột sắn",
    "Cải tạo máy mài, máy ly tâm để tăng hiệu suất thu hồi tinh bột", SAVES_MATERIAL | SAVES_ENERGY,
    200, 900 },
  { "technology_change", "Chế biến tinh bột sắn",
    "Thu hồi biogas từ hệ thống xử lý nước thải để thay than đốt lò sấy", SAVES_ENERGY, 1500, 6000 },
  { "technology_change", "Sản xuất vật liệu xây dựng (gạch, ngói)",
    "Chuyển lò nung thủ công sang lò tuynel", SAVES_ENERGY | SAVES_MATERIAL, 3000, 12000 },
  { "technology_change", "Sản xuất vật liệu xây dựng (gạch, ngói)",
    "Chuyển sang lò nung liên tục kiểu đứng (VSBK)", SAVES_ENERGY, 800, 2500 },
  { "technology_change", "Chế biến mủ cao su",
    "Lắp lò sấy mủ gián tiếp dùng nhiên liệu sinh khối", SAVES_ENERGY, 800, 3000 },
  { "technology_change", "Chế biến gỗ",
    "Lò sấy gỗ dùng hơi nước nhiệt độ thấp, đốt mùn cưa tận dụng", SAVES_ENERGY, 500, 2000 },
  { "technology_change", "Sản xuất đường",
    "Lò hơi áp suất cao và tua bin đồng phát điện từ bã mía", SAVES_ENERGY, 8000, 30000 },
  { "technology_change", "Khai thác và chế biến khoáng sản",
    "Thay máy nghiền côn thế hệ mới, giảm tiêu hao điện năng", SAVES_ENERGY, 1500, 5000 },
  { "technology_change", "Chế biến cà phê",
    "Chế biến ướt tuần hoàn nước, giảm nước thải", SAVES_WATER | SAVES_ENERGY, 500, 2000 },
  { "technology_change", "Chế biến nông sản khác",
    "Thay lò sấy đốt củi bằng máy sấy bơm nhiệt", SAVES_ENERGY, 300, 1200 },
  { "onsite_recovery", "Chế biến tinh bột sắn", "Tuần hoàn nước rửa củ sắn",
    SAVES_WATER, 100, 500 },
  { "onsite_recovery", NULL, "Thu hồi nước ngưng về bồn cấp nước lò hơi",
    SAVES_ENERGY | SAVES_WATER, 30, 200 },
  { "onsite_recovery", NULL, "Tuần hoàn nước làm mát thiết bị", SAVES_WATER, 20, 150 },
  { "onsite_recovery", "Sản xuất vật liệu xây dựng (gạch, ngói)",
    "Thu hồi nhiệt khí thải lò nung để sấy mộc", SAVES_ENERGY, 150, 700 },
  { "onsite_recovery", "Chế biến mủ cao su", "Thu hồi mủ serum từ nước thải đánh đông",
    SAVES_MATERIAL | SAVES_WATER, 100, 400 },
  { "byproducts", "Chế biến tinh bột sắn", "Tận dụng bã sắn làm thức ăn chăn nuôi",
    SAVES_MATERIAL, 100, 600 },
  { "byproducts", "Chế biến gỗ", "Ép mùn cưa, dăm bào thành viên nén nhiên liệu",
    SAVES_MATERIAL | SAVES_ENERGY, 300, 1500 },
  { "byproducts", NULL, "Bán tro xỉ lò làm phụ gia gạch không nung", SAVES_MATERIAL, 0, 30 },
  { "byproducts", "Chế biến cà phê", "Ủ vỏ cà phê làm phân bón hữu cơ", SAVES_MATERIAL, 50, 300 },
  { "product_modification", "Sản xuất vật liệu xây dựng (gạch, ngói)",
    "Chuyển sang gạch nhiều lỗ để giảm đất sét và nhiên liệu nung",
    SAVES_MATERIAL | SAVES_ENERGY, 50, 400 },
  { "product_modification", NULL, "Tối ưu quy cách sản phẩm, giảm hao hụt nguyên liệu",
    SAVES_MATERIAL, 20, 200 },
};

/* ------------------------------------------------------------------------ */
/* In-memory model of the province before it is written.                    */
/* ------------------------------------------------------------------------ */

#define N_YEARS (SXSH_SAMPLE_LAST_YEAR - SXSH_SAMPLE_FIRST_YEAR + 1)
#define YEAR_INDEX(y) ((y) - SXSH_SAMPLE_FIRST_YEAR)

typedef struct
{
  gint64  id;
  char   *name;
  char   *kind;
  char   *district;       /* name of the old district, NULL for new units */
  gboolean is_new;        /* a unit valid from 1/7/2025 */
  char   *valid_from;
  char   *valid_to;
} Unit;

typedef struct
{
  const SectorProfile *profile;
  gint64   sector_id;
  char    *unit_of_measure;
  gint64   fuel_ids[2];
  gint64   material_id;
} Sector;

typedef struct
{
  const Sector *sector;
  const Unit   *unit;
  char     *name;
  char     *tax_code;
  char     *address;
  const char *zone;
  const char *place;     /* the place name used in the facility's name */
  int       branches;
  gboolean  is_branch;
  int       first_year, last_year;     /* 0 when unknown */
  gboolean  cp;
  gint64    employees, revenue, capital;
  SxshSizeClass size;
  double    base_output;
  double    u_informed, u_applying, u_dedicated;
  int       informed_from, applying_from, dedicated_from;   /* 0: never */
  double    saving[3];     /* energy, water, material */
  int       fuel;          /* 0 or 1 */
  gboolean  no_data;
  gint64    id;
} Facility;

typedef struct
{
  const char *technique;
  const char *description;
  int         saves;
  gint64      investment;
  gint64      saving_vnd;
  double      saving_toe, saving_water, saving_material;
  const char *decision;
  gboolean    implemented;
} Option;

typedef struct
{
  guint       facility;     /* index */
  const char *kind;
  int         year;
  char       *start_date, *end_date;
  const char *consultant;
  gint64      total_cost, consultancy_cost, state_support;
  const char *funding_source;
  const char *status;
  char       *results;
  GArray     *options;      /* of Option */
  gint64      id;
} Support;

enum { SOURCE_CENTRAL, SOURCE_LOCAL, SOURCE_OTHER, N_SOURCES };
static const char * const source_keys[N_SOURCES] = { "central", "local", "other" };

/* Plan tasks the sample books its work to, by code. */
enum { TASK_WORKSHOPS, TASK_COMMUNICATION, TASK_TRAINING, TASK_DISTRICT_TRAINING,
       TASK_SUPPORT, TASK_DEMO, TASK_DATABASE, N_TASKS };
static const char * const task_codes[N_TASKS] = { "1.1", "1.1b", "1.2", "1.2b", "2.1", "2.2", "3.1" };

typedef struct
{
  SxshDatabase *db;
  Rng           rng;
  guint         n_facilities;

  GPtrArray    *units_old;         /* Unit*, communes valid before 1/7/2025 */
  GPtrArray    *units_new;         /* Unit*, communes valid from 1/7/2025 */
  GPtrArray    *all_units;         /* owns the units */
  GPtrArray    *sectors;           /* Sector* */
  gint64        electricity_id;
  gint64        water_id;
  gint64        task_ids[N_TASKS];

  Facility     *facilities;
  GHashTable   *used_names;        /* folded name */
  GHashTable   *used_tax_codes;
  GPtrArray    *supports;          /* Support* */

  gint64        funding[N_YEARS][N_SOURCES][N_TASKS];    /* spent, VND */
  int           task_events[N_YEARS][N_TASKS];
} Generator;

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

static gboolean
facility_active_in (const Facility *f,
                    int             year)
{
  return (f->first_year == 0 || f->first_year <= year)
         && (f->last_year == 0 || f->last_year >= year);
}

static char *
iso_date (int year,
          int month,
          int day)
{
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static char *
random_date (Rng *rng,
             int  year,
             int  month_lo,
             int  month_hi)
{
  int month = rng_int (rng, month_lo, month_hi);
  int day = rng_int (rng, 1, g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year));

  return iso_date (year, month, day);
}

/* The ISO date @days after @date. */
static char *
date_add_days (const char *date,
               int         days)
{
  GDate d;
  int y, m, dd;

  y = atoi (date);
  m = atoi (date + 5);
  dd = atoi (date + 8);
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) dd, (GDateMonth) m, (GDateYear) y);
  g_date_add_days (&d, (guint) days);
  return iso_date (g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
}

static char *
person_name (Rng *rng)
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
  "SELECT id, product_unit FROM sector WHERE name = ?1";

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

static int
first_data_year (const Facility *f)
{
  return MAX (f->first_year, SXSH_SAMPLE_FIRST_YEAR);
}

static int
last_data_year (const Facility *f)
{
  return f->last_year ? MIN (f->last_year, SXSH_SAMPLE_LAST_YEAR) : SXSH_SAMPLE_LAST_YEAR;
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
/* Events.                                                                  */
/* ------------------------------------------------------------------------ */

typedef struct
{
  const char *kind;
  char       *title;
  char       *date;
  const char *place;
  const char *organiser;
  int         participants;
  int         quantity;
  gint64      cost;
  int         source;
  int         task;
  GArray     *attendees;       /* guint facility indices, sorted */
} Event;

static void
event_clear (Event *event)
{
  g_free (event->title);
  g_free (event->date);
  g_clear_pointer (&event->attendees, g_array_unref);
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  return x < y ? -1 : x > y;
}

/* Facilities active in @year with cleaner-production potential. */
static GArray *
population_of (Generator *gen,
               int        year)
{
  GArray *pop = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < gen->n_facilities; i++)
    if (gen->facilities[i].cp && facility_active_in (&gen->facilities[i], year))
      g_array_append_val (pop, i);
  return pop;
}

/* Draws @k facilities of @pop without repetition (a partial shuffle).  Most
 * seats go to facilities already informed by @year: the same firms tend to
 * come back, and few new ones are reached each year. */
static GArray *
draw_attendees (Generator *gen,
                GArray    *pop,
                guint      k,
                int        year)
{
  GArray *chosen = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = pop->len;

  k = MIN (k, n);
  for (guint i = 0, tries = 0; chosen->len < k && i < n; tries++)
    {
      guint j = i + (guint) rng_int (&gen->rng, 0, (int) (n - i - 1));
      guint tmp = g_array_index (pop, guint, i);
      const Facility *f;

      g_array_index (pop, guint, i) = g_array_index (pop, guint, j);
      g_array_index (pop, guint, j) = tmp;
      f = &gen->facilities[g_array_index (pop, guint, i)];
      if ((f->informed_from == 0 || f->informed_from > year) && tries < 4 * k
          && !rng_chance (&gen->rng, 0.2))
        continue;
      g_array_append_val (chosen, g_array_index (pop, guint, i));
      i++;
    }
  g_array_sort (chosen, compare_uint);
  return chosen;
}

static const char sql_insert_event[] =
  "INSERT INTO event (kind, title, date, place, organiser, participants, quantity, cost, "
  "funding_source, plan_task_id, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, '')";

static const char sql_insert_event_facility[] =
  "INSERT INTO event_facility (event_id, facility_id) VALUES (?1, ?2)";

static void
plan_event (Generator  *gen,
            GArray     *events,
            int         year,
            const char *kind,
            GArray     *pop)
{
  Rng *rng = &gen->rng;
  Event e = { 0 };
  g_autofree char *sector_name = NULL;
  double active = pop->len;
  int last_month = year == SXSH_SAMPLE_LAST_YEAR ? 10 : 11;

  e.kind = kind;
  e.place = "Thành phố Kon Tum";
  e.organiser = "Sở Công Thương";
  e.source = rng_chance (rng, 0.2) ? SOURCE_CENTRAL : SOURCE_LOCAL;
  sector_name = g_utf8_strdown (sector_profiles[rng_int (rng, 0, 5)].sector, -1);

  if (g_str_equal (kind, "workshop"))
    {
      if (rng_chance (rng, 0.5))
        e.title = g_strdup_printf ("Hội thảo phổ biến kiến thức về sản xuất sạch hơn trong công "
                                   "nghiệp năm %d", year);
      else
        e.title = g_strdup_printf ("Hội thảo chia sẻ kinh nghiệm áp dụng SXSH ngành %s",
                                   sector_name);
      e.date = random_date (rng, year, 4, last_month);
      e.attendees = draw_attendees (gen, pop, (guint) CLAMP (active * rng_uniform (rng, 0.05, 0.12),
                                                             5, 400), year);
      e.participants = (int) e.attendees->len * rng_int (rng, 2, 3) + rng_int (rng, 8, 20);
      e.cost = round_money (rng_uniform (rng, 30, 60) * MILLION, 100000);
      e.task = TASK_WORKSHOPS;
    }
  else if (g_str_equal (kind, "conference"))
    {
      e.title = g_strdup_printf ("Hội nghị trao đổi kinh nghiệm áp dụng SXSH giữa các doanh "
                                 "nghiệp trong và ngoài tỉnh năm %d", year);
      e.date = random_date (rng, year, 5, last_month);
      e.attendees = draw_attendees (gen, pop, (guint) CLAMP (active * 0.04, 4, 300), year);
      e.participants = (int) e.attendees->len * 2 + rng_int (rng, 20, 40);
      e.cost = round_money (rng_uniform (rng, 50, 100) * MILLION, 100000);
      e.task = TASK_WORKSHOPS;
    }
  else if (g_str_equal (kind, "training"))
    {
      if (rng_chance (rng, 0.5))
        e.title = g_strdup_printf ("Tập huấn chuyên sâu về áp dụng SXSH và sử dụng năng lượng "
                                   "tiết kiệm, hiệu quả năm %d", year);
      else
        e.title = g_strdup_printf ("Tập huấn áp dụng SXSH cho cán bộ kỹ thuật các cơ sở ngành %s",
                                   sector_name);
      e.date = random_date (rng, year, 3, last_month);
      e.attendees = draw_attendees (gen, pop, (guint) CLAMP (active * rng_uniform (rng, 0.03, 0.08),
                                                             4, 250), year);
      e.participants = (int) e.attendees->len * 2 + rng_int (rng, 3, 10);
      e.cost = round_money (rng_uniform (rng, 40, 80) * MILLION, 100000);
      e.task = TASK_TRAINING;
    }
  else if (g_str_equal (kind, "tot"))
    {
      e.title = g_strdup_printf ("Cử cán bộ tham gia khóa đào tạo giảng viên, tư vấn về SXSH "
                                 "năm %d", year);
      e.date = random_date (rng, year, 4, last_month);
      e.place = rng_chance (rng, 0.5) ? "Thành phố Đà Nẵng" : "Thành phố Hà Nội";
      e.organiser = "Bộ Công Thương";
      e.participants = rng_int (rng, 2, 5);
      e.cost = round_money (rng_uniform (rng, 10, 25) * MILLION, 100000);
      e.source = SOURCE_CENTRAL;
      e.task = TASK_TRAINING;
    }
  else if (g_str_equal (kind, "district_training"))
    {
      if (year >= 2025)
        e.title = g_strdup_printf ("Tập huấn hướng dẫn áp dụng SXSH cho cán bộ phụ trách SXSH "
                                   "các xã, phường năm %d", year);
      else
        e.title = g_strdup_printf ("Tập huấn hướng dẫn áp dụng SXSH cho cán bộ phụ trách SXSH "
                                   "các huyện, thành phố năm %d", year);
      e.date = random_date (rng, year, 3, last_month);
      e.participants = rng_int (rng, 15, 35);
      e.cost = round_money (rng_uniform (rng, 20, 40) * MILLION, 100000);
      e.task = TASK_DISTRICT_TRAINING;
    }
  else
    {
      e.task = TASK_COMMUNICATION;
      e.date = random_date (rng, year, 1, last_month);
      e.place = "";
      e.quantity = 1;
      if (g_str_equal (kind, "reportage"))
        {
          e.title = g_strdup_printf ("Phóng sự: Hiệu quả áp dụng sản xuất sạch hơn tại cơ sở "
                                     "ngành %s", sector_name);
          e.organiser = "Đài Phát thanh - Truyền hình Kon Tum";
          e.cost = round_money (rng_uniform (rng, 8, 15) * MILLION, 100000);
        }
      else if (g_str_equal (kind, "article"))
        {
          static const char * const topics[] = {
            "Lợi ích của sản xuất sạch hơn đối với doanh nghiệp",
            "Doanh nghiệp tiết kiệm năng lượng nhờ áp dụng SXSH",
            "Sản xuất sạch hơn gắn với sử dụng năng lượng tiết kiệm và hiệu quả",
            "Điển hình áp dụng sản xuất sạch hơn",
          };
          e.title = g_strdup_printf ("Tin bài: %s", PICK (rng, topics));
          e.organiser = rng_chance (rng, 0.5) ? "Báo Kon Tum"
                                              : "Trang thông tin điện tử Sở Công Thương";
          e.cost = round_money (rng_uniform (rng, 1, 3) * MILLION, 100000);
        }
      else if (g_str_equal (kind, "leaflet"))
        {
          e.title = g_strdup ("Tờ rơi: Sản xuất sạch hơn - lợi ích cho doanh nghiệp");
          e.quantity = rng_int (rng, 5, 20) * 100;
          e.cost = round_money (rng_uniform (rng, 10, 25) * MILLION, 100000);
        }
      else if (g_str_equal (kind, "handbook"))
        {
          e.title = g_strdup_printf ("Sổ tay hướng dẫn áp dụng SXSH ngành %s", sector_name);
          e.quantity = rng_int (rng, 2, 5) * 100;
          e.cost = round_money (rng_uniform (rng, 30, 60) * MILLION, 100000);
        }
      else if (g_str_equal (kind, "poster"))
        {
          e.title = g_strdup ("Panô, áp phích tuyên truyền SXSH tại các khu, cụm công nghiệp");
          e.quantity = rng_int (rng, 2, 6);
          e.cost = round_money (rng_uniform (rng, 15, 40) * MILLION, 100000);
        }
      else
        {
          e.title = g_strdup_printf ("Chuyên mục phát thanh, truyền hình về SXSH năm %d", year);
          e.organiser = "Đài Phát thanh - Truyền hình Kon Tum";
          e.quantity = rng_int (rng, 2, 8);
          e.cost = round_money (rng_uniform (rng, 5, 15) * MILLION, 100000);
        }
    }

  /* Taking part in a workshop or a course is what informs a facility. */
  if (e.attendees)
    for (guint i = 0; i < e.attendees->len; i++)
      {
        Facility *f = &gen->facilities[g_array_index (e.attendees, guint, i)];
        if (f->informed_from == 0 || f->informed_from > year)
          f->informed_from = year;
      }

  gen->funding[YEAR_INDEX (year)][e.source][e.task] += e.cost;
  gen->task_events[YEAR_INDEX (year)][e.task]++;
  g_array_append_val (events, e);
}

static void
plan_events (Generator *gen,
             GArray    *events)
{
  Rng *rng = &gen->rng;

  for (int year = SXSH_SAMPLE_FIRST_YEAR; year <= SXSH_SAMPLE_LAST_YEAR; year++)
    {
      g_autoptr(GArray) pop = population_of (gen, year);
      int n;

      n = rng_chance (rng, 0.4) ? 2 : 1;
      for (int i = 0; i < n; i++)
        plan_event (gen, events, year, "workshop", pop);
      if (rng_chance (rng, 0.3))
        plan_event (gen, events, year, "conference", pop);
      n = rng_chance (rng, 0.35) ? 2 : 1;
      for (int i = 0; i < n; i++)
        plan_event (gen, events, year, "training", pop);
      if (rng_chance (rng, 0.5))
        plan_event (gen, events, year, "tot", pop);
      if (rng_chance (rng, 0.85))
        plan_event (gen, events, year, "district_training", pop);

      n = rng_int (rng, 1, 3);
      for (int i = 0; i < n; i++)
        plan_event (gen, events, year, "reportage", pop);
      n = rng_int (rng, 3, 8);
      for (int i = 0; i < n; i++)
        plan_event (gen, events, year, "article", pop);
      if (rng_chance (rng, 0.6))
        plan_event (gen, events, year, "leaflet", pop);
      if (rng_chance (rng, 0.35))
        plan_event (gen, events, year, "handbook", pop);
      if (rng_chance (rng, 0.5))
        plan_event (gen, events, year, "poster", pop);
      n = rng_int (rng, 1, 3);
      for (int i = 0; i < n; i++)
        plan_event (gen, events, year, "broadcast", pop);
    }
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *x = a, *y = b;
  return strcmp (x->date, y->date);
}

static gboolean
write_events (Generator  *gen,
              GArray     *events,
              GError    **error)
{
  /* Written in date order, as an officer would have entered them. */
  g_array_sort (events, compare_events);

  for (guint i = 0; i < events->len; i++)
    {
      Event *e = &g_array_index (events, Event, i);
      SxshStatement *stmt;
      gint64 event_id;
      gboolean ok;

      stmt = sxsh_database_prepare (gen->db, sql_insert_event, error);
      if (stmt == NULL)
        return FALSE;
      sxsh_statement_bind_text (stmt, 1, e->kind);
      sxsh_statement_bind_text (stmt, 2, e->title);
      sxsh_statement_bind_text (stmt, 3, e->date);
      sxsh_statement_bind_text (stmt, 4, e->place);
      sxsh_statement_bind_text (stmt, 5, e->organiser);
      sxsh_statement_bind_int64 (stmt, 6, e->participants);
      sxsh_statement_bind_int64 (stmt, 7, e->quantity);
      sxsh_statement_bind_int64 (stmt, 8, e->cost);
      sxsh_statement_bind_text (stmt, 9, source_keys[e->source]);
      sxsh_statement_bind_optional_int64 (stmt, 10, gen->task_ids[e->task],
                                          gen->task_ids[e->task] != 0);
      ok = sxsh_statement_run (stmt, error);
      sxsh_statement_release (stmt);
      if (!ok)
        return FALSE;
      event_id = sxsh_database_last_insert_id (gen->db);

      if (e->attendees == NULL)
        continue;
      for (guint k = 0; k < e->attendees->len; k++)
        {
          Facility *f = &gen->facilities[g_array_index (e->attendees, guint, k)];

          stmt = sxsh_database_prepare (gen->db, sql_insert_event_facility, error);
          if (stmt == NULL)
            return FALSE;
          sxsh_statement_bind_int64 (stmt, 1, event_id);
          sxsh_statement_bind_int64 (stmt, 2, f->id);
          ok = sxsh_statement_run (stmt, error);
          sxsh_statement_release (stmt);
          if (!ok)
            return FALSE;
        }
    }
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Technical support, options and certificates.                             */
/* ------------------------------------------------------------------------ */

static gboolean
is_priority (const Facility *f)
{
  for (guint i = 0; i < 6; i++)
    if (f->sector->profile == &sector_profiles[i])
      return TRUE;
  return FALSE;
}

static gboolean
already_supported (Generator  *gen,
                   guint       index,
                   const char *kind)
{
  for (guint i = 0; i < gen->supports->len; i++)
    {
      Support *s = g_ptr_array_index (gen->supports, i);
      if (s->facility == index && (kind == NULL || g_str_equal (s->kind, kind)))
        return TRUE;
    }
  return FALSE;
}

/* Picks a facility for support in @year: active, with potential, mostly of a
 * priority sector, informed, not supported before; demonstration models go
 * to medium and large facilities.  Returns G_MAXUINT when none fits. */
static guint
pick_supported (Generator *gen,
                int        year,
                gboolean   demo)
{
  for (int tries = 0; tries < 4000; tries++)
    {
      guint index = (guint) rng_int (&gen->rng, 0, (int) gen->n_facilities - 1);
      Facility *f = &gen->facilities[index];

      if (!f->cp || !facility_active_in (f, year) || f->no_data)
        continue;
      if (f->last_year != 0 && f->last_year <= year)
        continue;
      if (!is_priority (f) && (tries < 2000 || rng_chance (&gen->rng, 0.8)))
        continue;
      if (demo && f->size != SXSH_SIZE_MEDIUM && f->size != SXSH_SIZE_LARGE && tries < 3000)
        continue;
      if (already_supported (gen, index, demo ? "demo_model" : NULL))
        continue;
      return index;
    }
  return G_MAXUINT;
}

static void
make_options (Generator *gen,
              Support   *s)
{
  Facility *f = &gen->facilities[s->facility];
  Rng *rng = &gen->rng;
  const char *sector = f->sector->profile->sector;
  int lo, hi, n;
  gboolean done = g_str_equal (s->status, "done");
  guint used[G_N_ELEMENTS (option_templates)] = { 0 };

  if (g_str_equal (s->kind, "quick_assessment"))
    lo = 3, hi = 6;
  else if (g_str_equal (s->kind, "detailed_assessment"))
    lo = 6, hi = 11;
  else if (g_str_equal (s->kind, "consultancy"))
    lo = 2, hi = 5;
  else
    lo = 1, hi = 3;
  n = rng_int (rng, lo, hi);

  for (int i = 0, tries = 0; i < n && tries < 200; tries++)
    {
      guint k = (guint) rng_int (rng, 0, G_N_ELEMENTS (option_templates) - 1);
      const OptionTemplate *t = &option_templates[k];
      Option o = { 0 };
      double payback, toe_value;
      gboolean big = g_str_equal (s->kind, "demo_model") || g_str_equal (s->kind, "equipment")
                     || g_str_equal (s->kind, "pollution_treatment");

      if (used[k] || (t->sector != NULL && !g_str_equal (t->sector, sector)))
        continue;
      /* Demonstration models and equipment are the investments. */
      if (big && t->investment_hi < 300)
        continue;
      used[k] = 1;
      i++;

      o.technique = t->technique;
      o.description = t->description;
      o.saves = t->saves;
      o.investment = round_money (rng_uniform (rng, t->investment_lo, t->investment_hi) * MILLION,
                                  MILLION / 10);
      payback = rng_uniform (rng, 0.3, 4.0);
      if (o.investment == 0)
        o.saving_vnd = round_money (rng_uniform (rng, 10, 80) * MILLION, MILLION / 10);
      else
        o.saving_vnd = round_money ((double) o.investment / payback, MILLION / 10);
      /* About 20 million VND buys a tonne of oil equivalent of mixed fuel
       * and electricity; the share of the saving that is energy varies. */
      toe_value = 20.0 * MILLION;
      if (t->saves & SAVES_ENERGY)
        o.saving_toe = round_to ((double) o.saving_vnd * rng_uniform (rng, 0.4, 0.9) / toe_value, 2);
      if (t->saves & SAVES_WATER)
        o.saving_water = round_to ((double) o.saving_vnd * rng_uniform (rng, 0.1, 0.4) / 12000.0, 0);
      if (t->saves & SAVES_MATERIAL)
        o.saving_material = round_to ((double) o.saving_vnd * rng_uniform (rng, 0.2, 0.6)
                                      / (3.0 * MILLION), 1);

      {
        double d = rng_double (rng);
        o.decision = d < 0.55 ? "implement" : d < 0.85 ? "study" : "rejected";
        /* Low-cost options get done at once; others wait for money. */
        if (o.investment <= 20 * MILLION && d < 0.8)
          o.decision = "implement";
      }
      o.implemented = done && g_str_equal (o.decision, "implement") && rng_chance (rng, 0.85);
      g_array_append_val (s->options, o);
    }
}

static char *
support_results (Support *s)
{
  guint implement = 0, implemented = 0;
  gint64 saving = 0;
  double toe = 0;

  for (guint i = 0; i < s->options->len; i++)
    {
      Option *o = &g_array_index (s->options, Option, i);
      if (g_str_equal (o->decision, "implement"))
        implement++;
      if (o->implemented)
        {
          implemented++;
          saving += o->saving_vnd;
          toe += o->saving_toe;
        }
    }
  if (!g_str_equal (s->status, "done"))
    return g_strdup_printf ("Đang thực hiện; đã xác định %u giải pháp SXSH.", s->options->len);
  {
    g_autofree char *toe_text = sxsh_format_number (toe, 1);
    g_autofree char *money_text = sxsh_format_number ((double) saving / MILLION, 0);

    return g_strdup_printf ("Xác định %u giải pháp SXSH, trong đó %u giải pháp thực hiện ngay; "
                            "đã thực hiện %u giải pháp, tiết kiệm khoảng %s triệu đồng và %s TOE "
                            "mỗi năm.",
                            s->options->len, implement, implemented, money_text, toe_text);
  }
}

static void
plan_support (Generator  *gen,
              int         year,
              const char *kind,
              guint       index)
{
  Facility *f = &gen->facilities[index];
  Rng *rng = &gen->rng;
  Support *s = g_new0 (Support, 1);
  int days;
  double total;

  s->facility = index;
  s->kind = kind;
  s->year = year;
  s->options = g_array_new (FALSE, FALSE, sizeof (Option));
  s->consultant = PICK (rng, consultants);
  s->start_date = random_date (rng, year, 3, year == SXSH_SAMPLE_LAST_YEAR ? 8 : 9);

  if (g_str_equal (kind, "quick_assessment"))
    days = rng_int (rng, 2, 3), total = rng_uniform (rng, 30, 60);
  else if (g_str_equal (kind, "detailed_assessment"))
    days = rng_int (rng, 90, 180), total = rng_uniform (rng, 150, 350);
  else if (g_str_equal (kind, "consultancy"))
    days = rng_int (rng, 20, 60), total = rng_uniform (rng, 60, 120);
  else if (g_str_equal (kind, "demo_model"))
    days = rng_int (rng, 150, 240), total = rng_uniform (rng, 800, 2500);
  else
    days = rng_int (rng, 60, 150), total = rng_uniform (rng, 300, 1500);
  s->end_date = date_add_days (s->start_date, days);
  s->total_cost = round_money (total * MILLION, MILLION / 10);

  if (g_str_equal (kind, "demo_model"))
    {
      /* Proposed to the Ministry for central funding. */
      s->consultancy_cost = round_money ((double) s->total_cost * rng_uniform (rng, 0.2, 0.3),
                                         MILLION / 10);
      s->state_support = round_money ((double) s->total_cost * rng_uniform (rng, 0.3, 0.5),
                                      MILLION / 10);
      s->funding_source = "central";
    }
  else if (g_str_equal (kind, "equipment") || g_str_equal (kind, "pollution_treatment"))
    {
      s->consultancy_cost = g_str_equal (kind, "equipment") ? 0 : s->total_cost / 10;
      s->state_support = MIN (round_money ((double) s->total_cost * rng_uniform (rng, 0.2, 0.3),
                                           MILLION / 10), 300 * MILLION);
      s->funding_source = "local";
    }
  else
    {
      /* Joint Circular 221/2012: at most half the consultancy cost and at
       * most 50 million VND per facility. */
      s->consultancy_cost = s->total_cost;
      s->state_support = MIN (s->consultancy_cost / 2, 50 * MILLION);
      s->funding_source = rng_chance (rng, 0.3) ? "central" : "local";
    }

  if (strcmp (s->end_date, SAMPLE_TODAY) < 0)
    s->status = "done";
  else
    s->status = "in_progress";

  make_options (gen, s);
  s->results = support_results (s);
  g_ptr_array_add (gen->supports, s);

  /* The support informs the facility and sets it applying cleaner
   * production from the next year. */
  if (f->informed_from == 0 || f->informed_from > year)
    f->informed_from = year;
  if (g_str_equal (s->status, "done") && year + 1 <= last_data_year (f)
      && (f->applying_from == 0 || f->applying_from > year + 1))
    f->applying_from = year + 1;

  {
    int source = g_str_equal (s->funding_source, "central") ? SOURCE_CENTRAL : SOURCE_LOCAL;
    int task = g_str_equal (kind, "demo_model") ? TASK_DEMO : TASK_SUPPORT;

    gen->funding[YEAR_INDEX (year)][source][task] += s->state_support;
    gen->funding[YEAR_INDEX (year)][SOURCE_OTHER][task] += s->total_cost - s->state_support;
    gen->task_events[YEAR_INDEX (year)][task]++;
  }
}

static void
plan_supports (Generator *gen)
{
  static const double n_support_weights[] = { 0.1, 0.5, 0.4 };       /* 1, 2, 3 */
  static const double n_demo_weights[] = { 0.15, 0.55, 0.30 };       /* 0, 1, 2 */
  static const double kind_weights[] = { 0.45, 0.30, 0.25 };
  static const char * const kinds[] = { "quick_assessment", "detailed_assessment",
                                        "consultancy" };
  Rng *rng = &gen->rng;

  for (int year = SXSH_SAMPLE_FIRST_YEAR; year <= SXSH_SAMPLE_LAST_YEAR; year++)
    {
      int n = 1 + (int) rng_weighted (rng, n_support_weights, 3);
      int n_demo = (int) rng_weighted (rng, n_demo_weights, 3);

      for (int i = 0; i < n; i++)
        {
          const char *kind = kinds[rng_weighted (rng, kind_weights, 3)];
          guint index = G_MAXUINT;

          /* A quick assessment is often followed by a detailed one. */
          if (g_str_equal (kind, "detailed_assessment") && rng_chance (rng, 0.4))
            for (guint k = 0; k < gen->supports->len; k++)
              {
                Support *prev = g_ptr_array_index (gen->supports, k);
                if (prev->year == year - 1 && g_str_equal (prev->kind, "quick_assessment")
                    && facility_active_in (&gen->facilities[prev->facility], year)
                    && !already_supported (gen, prev->facility, "detailed_assessment"))
                  {
                    index = prev->facility;
                    break;
                  }
              }
          if (index == G_MAXUINT)
            index = pick_supported (gen, year, FALSE);
          if (index != G_MAXUINT)
            plan_support (gen, year, kind, index);
        }
      for (int i = 0; i < n_demo; i++)
        {
          guint index = pick_supported (gen, year, TRUE);
          if (index != G_MAXUINT)
            plan_support (gen, year, "demo_model", index);
        }
      if (rng_chance (rng, 0.15))
        {
          guint index = pick_supported (gen, year, TRUE);
          if (index != G_MAXUINT)
            plan_support (gen, year, rng_chance (rng, 0.5) ? "equipment" : "pollution_treatment",
                          index);
        }
    }
}

static const char sql_insert_support[] =
  "INSERT INTO support (facility_id, kind, year, start_date, end_date, consultant, total_cost, "
  "consultancy_cost, state_support, funding_source, status, results, notes) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, '')";

static const char sql_insert_option[] =
  "INSERT INTO cp_option (support_id, technique, description, investment, saving_vnd, "
  "saving_energy_toe, saving_water_m3, saving_material_t, decision, implemented) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

static const char sql_insert_certificate[] =
  "INSERT INTO certificate (number, year, seq, facility_id, issue_date, signer, benefits, "
  "support_id, status, revoked_on, revoke_reason) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";

static gboolean
write_supports (Generator  *gen,
                GError    **error)
{
  for (guint i = 0; i < gen->supports->len; i++)
    {
      Support *s = g_ptr_array_index (gen->supports, i);
      SxshStatement *stmt;
      gboolean ok;

      stmt = sxsh_database_prepare (gen->db, sql_insert_support, error);
      if (stmt == NULL)
        return FALSE;
      sxsh_statement_bind_int64 (stmt, 1, gen->facilities[s->facility].id);
      sxsh_statement_bind_text (stmt, 2, s->kind);
      sxsh_statement_bind_int64 (stmt, 3, s->year);
      sxsh_statement_bind_text (stmt, 4, s->start_date);
      sxsh_statement_bind_text (stmt, 5, s->end_date);
      sxsh_statement_bind_text (stmt, 6, s->consultant);
      sxsh_statement_bind_int64 (stmt, 7, s->total_cost);
      sxsh_statement_bind_int64 (stmt, 8, s->consultancy_cost);
      sxsh_statement_bind_int64 (stmt, 9, s->state_support);
      sxsh_statement_bind_text (stmt, 10, s->funding_source);
      sxsh_statement_bind_text (stmt, 11, s->status);
      sxsh_statement_bind_text (stmt, 12, s->results);
      ok = sxsh_statement_run (stmt, error);
      sxsh_statement_release (stmt);
      if (!ok)
        return FALSE;
      s->id = sxsh_database_last_insert_id (gen->db);

      for (guint k = 0; k < s->options->len; k++)
        {
          Option *o = &g_array_index (s->options, Option, k);

          stmt = sxsh_database_prepare (gen->db, sql_insert_option, error);
          if (stmt == NULL)
            return FALSE;
          sxsh_statement_bind_int64 (stmt, 1, s->id);
          sxsh_statement_bind_text (stmt, 2, o->technique);
          sxsh_statement_bind_text (stmt, 3, o->description);
          sxsh_statement_bind_int64 (stmt, 4, o->investment);
          sxsh_statement_bind_int64 (stmt, 5, o->saving_vnd);
          sxsh_statement_bind_double (stmt, 6, o->saving_toe);
          sxsh_statement_bind_double (stmt, 7, o->saving_water);
          sxsh_statement_bind_double (stmt, 8, o->saving_material);
          sxsh_statement_bind_text (stmt, 9, o->decision);
          sxsh_statement_bind_int64 (stmt, 10, o->implemented ? 1 : 0);
          ok = sxsh_statement_run (stmt, error);
          sxsh_statement_release (stmt);
          if (!ok)
            return FALSE;
        }
    }
  return TRUE;
}

typedef struct
{
  Support *support;
  char    *issue_date;
  int      year;
} CertificatePlan;

static int
compare_certificates (gconstpointer a,
                      gconstpointer b)
{
  const CertificatePlan *x = a, *y = b;
  int cmp = strcmp (x->issue_date, y->issue_date);

  if (cmp != 0)
    return cmp;
  return x->support->id < y->support->id ? -1 : x->support->id > y->support->id;
}

/* Facilities that carried out options after a support and measured the
 * benefit ask for a certificate; numbers run per year in date order. */
static gboolean
write_certificates (Generator  *gen,
                    GError    **error)
{
  g_autoptr(GArray) plans = g_array_new (FALSE, FALSE, sizeof (CertificatePlan));
  g_autofree char *signer = person_name (&gen->rng);
  int seq = 0, year = 0;

  for (guint i = 0; i < gen->supports->len; i++)
    {
      Support *s = g_ptr_array_index (gen->supports, i);
      Facility *f = &gen->facilities[s->facility];
      CertificatePlan plan = { s, NULL, 0 };
      gboolean any = FALSE;

      for (guint k = 0; k < s->options->len; k++)
        any |= g_array_index (s->options, Option, k).implemented;
      if (!any || !rng_chance (&gen->rng, 0.55))
        continue;
      /* The benefit is evaluated a few months after the options are in. */
      plan.issue_date = date_add_days (s->end_date, rng_int (&gen->rng, 30, 240));
      plan.year = atoi (plan.issue_date);
      if (strcmp (plan.issue_date, SAMPLE_TODAY) > 0 || !facility_active_in (f, plan.year))
        {
          g_free (plan.issue_date);
          continue;
        }
      g_array_append_val (plans, plan);
    }
  g_array_sort (plans, compare_certificates);

  for (guint i = 0; i < plans->len; i++)
    {
      CertificatePlan *plan = &g_array_index (plans, CertificatePlan, i);
      Support *s = plan->support;
      Facility *f = &gen->facilities[s->facility];
      g_autofree char *number = NULL;
      g_autofree char *benefits = NULL;
      g_autofree char *revoked_on = NULL;
      SxshStatement *stmt;
      gint64 saving = 0;
      double toe = 0, water = 0;
      guint implemented = 0;
      gboolean ok;

      if (plan->year != year)
        {
          if (year != 0 && !sxsh_document_number_raise (gen->db, SXSH_SETTING_CERT_SERIES, year,
                                                        seq, error))
            return FALSE;
          year = plan->year;
          seq = 0;
        }
      seq++;
      number = g_strdup_printf ("%02d/%d/GCN-SCT", seq, year);

      for (guint k = 0; k < s->options->len; k++)
        {
          Option *o = &g_array_index (s->options, Option, k);
          if (!o->implemented)
            continue;
          implemented++;
          saving += o->saving_vnd;
          toe += o->saving_toe;
          water += o->saving_water;
        }
      {
        g_autofree char *toe_text = sxsh_format_number (toe, 1);
        g_autofree char *water_text = sxsh_format_number (water, 0);
        g_autofree char *money_text = sxsh_format_number ((double) saving / MILLION, 0);

        if (water > 0)
          benefits = g_strdup_printf ("Áp dụng %u giải pháp SXSH; tiết kiệm %s TOE năng lượng và "
                                      "%s m³ nước mỗi năm; lợi ích kinh tế khoảng %s triệu "
                                      "đồng/năm.",
                                      implemented, toe_text, water_text, money_text);
        else
          benefits = g_strdup_printf ("Áp dụng %u giải pháp SXSH; tiết kiệm %s TOE năng lượng "
                                      "mỗi năm; lợi ích kinh tế khoảng %s triệu đồng/năm.",
                                      implemented, toe_text, money_text);
      }
      if (f->last_year != 0 && f->last_year < SXSH_SAMPLE_LAST_YEAR && f->last_year >= year)
        revoked_on = iso_date (f->last_year + 1, 1, rng_int (&gen->rng, 10, 28));

      stmt = sxsh_database_prepare (gen->db, sql_insert_certificate, error);
      if (stmt == NULL)
        return FALSE;
      sxsh_statement_bind_text (stmt, 1, number);
      sxsh_statement_bind_int64 (stmt, 2, year);
      sxsh_statement_bind_int64 (stmt, 3, seq);
      sxsh_statement_bind_int64 (stmt, 4, f->id);
      sxsh_statement_bind_text (stmt, 5, plan->issue_date);
      sxsh_statement_bind_text (stmt, 6, signer);
      sxsh_statement_bind_text (stmt, 7, benefits);
      sxsh_statement_bind_int64 (stmt, 8, s->id);
      sxsh_statement_bind_text (stmt, 9, revoked_on ? "revoked" : "valid");
      sxsh_statement_bind_text (stmt, 10, revoked_on);
      sxsh_statement_bind_text (stmt, 11, revoked_on ? "Cơ sở ngừng hoạt động sản xuất." : "");
      ok = sxsh_statement_run (stmt, error);
      sxsh_statement_release (stmt);
      if (!ok)
        return FALSE;
    }
  if (year != 0 && !sxsh_document_number_raise (gen->db, SXSH_SETTING_CERT_SERIES, year, seq,
                                                error))
    return FALSE;

  for (guint i = 0; i < plans->len; i++)
    g_free (g_array_index (plans, CertificatePlan, i).issue_date);
  return TRUE;
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
    contact = person_name (rng);
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
/* Funding, agency reports, task progress.                                  */
/* ------------------------------------------------------------------------ */

static const char sql_insert_funding[] =
  "INSERT INTO funding (year, source, plan_task_id, planned, disbursed, notes) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

static gboolean
write_funding (Generator  *gen,
               GError    **error)
{
  Rng *rng = &gen->rng;

  for (int year = SXSH_SAMPLE_FIRST_YEAR; year <= SXSH_SAMPLE_LAST_YEAR; year++)
    {
      /* The web section of the database task is paid from the local budget. */
      gen->funding[YEAR_INDEX (year)][SOURCE_LOCAL][TASK_DATABASE] +=
        round_money (rng_uniform (rng, 10, 30) * MILLION, MILLION);
      gen->task_events[YEAR_INDEX (year)][TASK_DATABASE]++;

      for (int task = 0; task < N_TASKS; task++)
        for (int source = 0; source < N_SOURCES; source++)
          {
            gint64 spent = gen->funding[YEAR_INDEX (year)][source][task];
            gint64 planned;
            SxshStatement *stmt;
            gboolean ok;

            if (spent == 0 || gen->task_ids[task] == 0)
              continue;
            /* Budgets are planned in millions, a little above what is spent;
             * this year's December spending is still to come. */
            planned = round_money ((double) spent
                                   * (year == SXSH_SAMPLE_LAST_YEAR ? rng_uniform (rng, 1.15, 1.4)
                                                                    : rng_uniform (rng, 1.0, 1.15)),
                                   MILLION);
            stmt = sxsh_database_prepare (gen->db, sql_insert_funding, error);
            if (stmt == NULL)
              return FALSE;
            sxsh_statement_bind_int64 (stmt, 1, year);
            sxsh_statement_bind_text (stmt, 2, source_keys[source]);
            sxsh_statement_bind_int64 (stmt, 3, gen->task_ids[task]);
            sxsh_statement_bind_int64 (stmt, 4, planned);
            sxsh_statement_bind_int64 (stmt, 5, spent);
            sxsh_statement_bind_text (stmt, 6,
                                      source == SOURCE_OTHER
                                      ? "Đối ứng của các cơ sở sản xuất." : "");
            ok = sxsh_statement_run (stmt, error);
            sxsh_statement_release (stmt);
            if (!ok)
              return FALSE;
          }
    }
  return TRUE;
}

static const char sql_reporting_agencies[] =
  "SELECT id, kind FROM agency WHERE reports_annually = 1 ORDER BY id";

static const char sql_insert_agency_report[] =
  "INSERT INTO agency_report (agency_id, year, due_date, received_on, summary, proposals, note) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, '')";

static gboolean
write_agency_reports (Generator  *gen,
                      GError    **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) kinds = g_ptr_array_new_with_free_func (g_free);
  SxshStatement *stmt;
  Rng *rng = &gen->rng;
  int rc;

  stmt = sxsh_database_prepare (gen->db, sql_reporting_agencies, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      gint64 id = sxsh_statement_get_int64 (stmt, 0);
      g_array_append_val (ids, id);
      g_ptr_array_add (kinds, sxsh_statement_dup_text (stmt, 1));
    }
  sxsh_statement_release (stmt);
  if (rc == SXSH_STEP_ERROR)
    return FALSE;

  for (int year = SXSH_SAMPLE_FIRST_YEAR; year <= SXSH_SAMPLE_LAST_YEAR; year++)
    for (guint i = 0; i < ids->len; i++)
      {
        const char *kind = g_ptr_array_index (kinds, i);
        g_autofree char *due = iso_date (year, 11, 30);
        g_autofree char *received = NULL;
        const char *summary, *proposals;
        double d = rng_double (rng);
        gboolean ok;

        /* The district level ended on 1/7/2025: its People's Committees
         * sent their last reports for 2024. */
        if (g_str_equal (kind, "district") && year >= 2025)
          continue;

        if (year == SXSH_SAMPLE_LAST_YEAR)
          {
            if (d < 0.55)
              received = random_date (rng, year, 10, 11);
          }
        else if (d < 0.70)
          received = random_date (rng, year, 10, 11);
        else if (d < 0.88)
          received = date_add_days (due, rng_int (rng, 1, 40));
        if (received && strcmp (received, SAMPLE_TODAY) > 0)
          g_clear_pointer (&received, g_free);

        if (g_str_equal (kind, "media"))
          {
            summary = "Đã phối hợp đưa tin, bài, phóng sự tuyên truyền về lợi ích của SXSH và các "
                      "điển hình áp dụng SXSH.";
            proposals = "Đề nghị Sở Công Thương cung cấp thông tin về các cơ sở áp dụng SXSH "
                        "điển hình để xây dựng phóng sự.";
          }
        else if (g_str_equal (kind, "district"))
          {
            summary = "Đã phối hợp tuyên truyền, phổ biến Kế hoạch SXSH đến các cơ sở sản xuất "
                      "trên địa bàn.";
            proposals = "Đề nghị tiếp tục tổ chức tập huấn cho cán bộ phụ trách SXSH cấp huyện.";
          }
        else if (g_str_equal (kind, "zone_board"))
          {
            summary = "Đã hướng dẫn các doanh nghiệp trong khu, cụm công nghiệp xây dựng kế hoạch "
                      "và thực hiện các biện pháp SXSH.";
            proposals = "Đề nghị hỗ trợ đánh giá nhanh SXSH cho doanh nghiệp trong khu, cụm "
                        "công nghiệp.";
          }
        else
          {
            summary = "Đã lồng ghép nội dung SXSH vào các nhiệm vụ, chương trình của ngành.";
            proposals = "Đề nghị tiếp tục bố trí kinh phí thực hiện Kế hoạch SXSH năm tiếp theo.";
          }

        stmt = sxsh_database_prepare (gen->db, sql_insert_agency_report, error);
        if (stmt == NULL)
          return FALSE;
        sxsh_statement_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
        sxsh_statement_bind_int64 (stmt, 2, year);
        sxsh_statement_bind_text (stmt, 3, due);
        sxsh_statement_bind_text (stmt, 4, received);
        sxsh_statement_bind_text (stmt, 5, received ? summary : "");
        sxsh_statement_bind_text (stmt, 6, received ? proposals : "");
        ok = sxsh_statement_run (stmt, error);
        sxsh_statement_release (stmt);
        if (!ok)
          return FALSE;
      }
  return TRUE;
}

static const char sql_insert_progress[] =
  "INSERT INTO plan_task_progress (task_id, year, status, note) VALUES (?1, ?2, ?3, ?4)";

static gboolean
write_task_progress (Generator  *gen,
                     GError    **error)
{
  static const char * const done_notes[N_TASKS] = {
    "Đã tổ chức %d hội thảo, hội nghị về SXSH.",
    "Đã thực hiện %d sản phẩm truyền thông về SXSH.",
    "Đã tổ chức %d khóa tập huấn, đào tạo về SXSH.",
    "Đã tổ chức %d lớp tập huấn cho cán bộ phụ trách SXSH.",
    "Đã hỗ trợ %d lượt đánh giá, tư vấn SXSH cho cơ sở sản xuất.",
    "Đã triển khai %d mô hình trình diễn về SXSH.",
    "Đã cập nhật chuyên mục SXSH trên trang thông tin điện tử của Sở (%d lần).",
  };

  for (int year = SXSH_SAMPLE_FIRST_YEAR; year <= SXSH_SAMPLE_LAST_YEAR; year++)
    for (int task = 0; task < N_TASKS; task++)
      {
        int count = gen->task_events[YEAR_INDEX (year)][task];
        g_autofree char *note = NULL;
        const char *status;
        SxshStatement *stmt;
        gboolean ok;

        if (gen->task_ids[task] == 0)
          continue;
        if (count == 0)
          {
            status = year == SXSH_SAMPLE_LAST_YEAR ? "not_started" : "postponed";
            note = g_strdup ("Chưa bố trí được kinh phí trong năm.");
          }
        else
          {
            status = year == SXSH_SAMPLE_LAST_YEAR ? "in_progress" : "done";
            note = g_strdup_printf (done_notes[task], count);
          }
        stmt = sxsh_database_prepare (gen->db, sql_insert_progress, error);
        if (stmt == NULL)
          return FALSE;
        sxsh_statement_bind_int64 (stmt, 1, gen->task_ids[task]);
        sxsh_statement_bind_int64 (stmt, 2, year);
        sxsh_statement_bind_text (stmt, 3, status);
        sxsh_statement_bind_text (stmt, 4, note);
        ok = sxsh_statement_run (stmt, error);
        sxsh_statement_release (stmt);
        if (!ok)
          return FALSE;
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

  g_array_set_clear_func (events, (GDestroyNotify) event_clear);

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
  plan_events (gen, events);
  plan_supports (gen);
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
  ok = ok && write_events (gen, events, error);
  ok = ok && write_supports (gen, error);
  ok = ok && write_certificates (gen, error);
  ok = ok && write_funding (gen, error);
  ok = ok && write_agency_reports (gen, error);
  ok = ok && write_task_progress (gen, error);
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
                   _("The database already has %" G_GINT64_FORMAT " facilities. The sample "
                     "province is only generated into a new, empty database."),
                   existing);
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

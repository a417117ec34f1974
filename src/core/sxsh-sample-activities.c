/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sxsh-document-number.h"
#include "sxsh-format.h"
#include "sxsh-sample-private.h"
#include "sxsh-settings.h"

/* The department's work in the sample province: events with the facilities
 * that attended, technical support with its options, certificates, funding,
 * the agencies' reports and the progress of the plan's tasks. */

static const char * const source_keys[N_SOURCES] = { "central", "local", "other" };

/* Consultants of the sample: invented names in the usual form. */
static const char * const consultants[] = {
  "Trung tâm Tư vấn Sản xuất sạch hơn và Tiết kiệm năng lượng miền Trung",
  "Công ty TNHH Tư vấn Môi trường và Năng lượng Tây Nguyên",
  "Viện Công nghệ Môi trường và Sản xuất bền vững (phân viện miền Trung)",
  "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Kon Tum",
  "Công ty Cổ phần Kiểm toán năng lượng Đông Dương",
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
/* Events.                                                                  */
/* ------------------------------------------------------------------------ */

void
sxsh_sample_event_clear (Event *event)
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
  {
    /* The first sectors of the list are the six priority ones. */
    const Sector *sector = g_ptr_array_index (gen->sectors, rng_int (rng, 0, 5));
    sector_name = g_utf8_strdown (sector->profile->sector, -1);
  }

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

void
sxsh_sample_plan_events (Generator *gen,
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

gboolean
sxsh_sample_write_events (Generator  *gen,
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
  return f->sector->priority;
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

void
sxsh_sample_plan_supports (Generator *gen)
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

gboolean
sxsh_sample_write_supports (Generator  *gen,
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
gboolean
sxsh_sample_write_certificates (Generator  *gen,
                    GError    **error)
{
  g_autoptr(GArray) plans = g_array_new (FALSE, FALSE, sizeof (CertificatePlan));
  g_autofree char *signer = sxsh_sample_person_name (&gen->rng);
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
/* Funding, agency reports, task progress.                                  */
/* ------------------------------------------------------------------------ */

static const char sql_insert_funding[] =
  "INSERT INTO funding (year, source, plan_task_id, planned, disbursed, notes) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

gboolean
sxsh_sample_write_funding (Generator  *gen,
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

gboolean
sxsh_sample_write_agency_reports (Generator  *gen,
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

gboolean
sxsh_sample_write_task_progress (Generator  *gen,
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


/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "sxsh-certificate-pdf.h"
#include "sxsh-certificate-store.h"
#include "sxsh-error.h"
#include "sxsh-format.h"
#include "sxsh-settings.h"

/* The page, in millimetres of an A4 landscape sheet (297 × 210). */
#define PAGE_WIDTH 297.0
#define BORDER_INSET 9.0
#define BORDER_COLOR 0x1F3A68
#define TITLE_COLOR "#B3121B"
#define MARGIN_X 22.0
#define BODY_X 35.0
#define BODY_WIDTH (PAGE_WIDTH - 2 * BODY_X)
/* The benefits must end above the number and signature block. */
#define BOTTOM_BLOCK_Y 147.0
#define SIGNER_Y 186.0
#define LARGEST_BENEFITS 14.0
#define SMALLEST_BENEFITS 10.0

typedef struct
{
  char *name;
  char *address;
  char *tax_code;
} FacilityInfo;

static const char facility_sql[] =
  "SELECT name, address, COALESCE (tax_code, '') FROM facility WHERE id = ?1";

static void
facility_info_clear (FacilityInfo *info)
{
  g_free (info->name);
  g_free (info->address);
  g_free (info->tax_code);
}

static gboolean
load_facility (SxshDatabase  *db,
               gint64         id,
               FacilityInfo  *info,
               GError       **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, facility_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, id);
  rc = sxsh_statement_step (stmt, error);
  if (rc == SXSH_STEP_ERROR)
    return FALSE;
  if (rc == SXSH_STEP_DONE)
    {
      g_autofree char *shown = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                   _("The facility of the certificate (id %s) is not in the database."), shown);
      return FALSE;
    }
  info->name = sxsh_statement_dup_text (stmt, 0);
  info->address = sxsh_statement_dup_text (stmt, 1);
  info->tax_code = sxsh_statement_dup_text (stmt, 2);
  return TRUE;
}

/* Measuring text as the document will set it: 72 units per inch, no
 * hinting, the document's family. */
typedef struct
{
  PangoContext *context;
  const char   *family;
} Measure;

static void
measure_init (Measure    *m,
              const char *family)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  m->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (m->context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (m->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (m->context, FALSE);
  m->family = family;
}

static double
measure_height (Measure    *m,
                const char *markup,
                double      points,
                double      width_mm)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (m->context);
  PangoFontDescription *font = pango_font_description_new ();
  PangoRectangle logical;

  pango_font_description_set_family (font, m->family);
  pango_font_description_set_absolute_size (font, points * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width_mm * 72.0 / 25.4 * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  return logical.height / (double) PANGO_SCALE * 25.4 / 72.0;
}

/* "SỞ CÔNG THƯƠNG" and "Kon Tum" → "SỞ CÔNG THƯƠNG TỈNH KON TUM". */
static char *
certifying_body (SxshDatabase *db)
{
  g_autofree char *department = sxsh_settings_get (db, SXSH_SETTING_DEPARTMENT);
  g_autofree char *province = sxsh_settings_get (db, SXSH_SETTING_PROVINCE);
  g_autofree char *upper = g_utf8_strup (province, -1);

  if (*province == '\0' || strstr (department, "TỈNH") != NULL)
    return g_steal_pointer (&department);
  return g_strdup_printf ("%s TỈNH %s", department, upper);
}

/* The revoked copy's mark: two words across the page, pale enough to read
 * the certificate through them. */
static void
draw_revoked_mark (cairo_t *cr,
                   double   width,
                   double   height,
                   gpointer data)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_new ();
  PangoRectangle ink;
  double scale;

  pango_font_description_set_family (font, data);
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_font_description_set_absolute_size (font, 100 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, "ĐÃ THU HỒI", -1);
  pango_layout_get_extents (layout, &ink, NULL);

  cairo_save (cr);
  cairo_translate (cr, width / 2, height / 2);
  cairo_rotate (cr, -atan2 (height, width));
  scale = 0.8 * hypot (width, height) / (ink.width / (double) PANGO_SCALE);
  scale = MIN (scale, 0.9 * height / (ink.height / (double) PANGO_SCALE));
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -(ink.x + ink.width / 2.0) / PANGO_SCALE,
                   -(ink.y + ink.height / 2.0) / PANGO_SCALE);
  cairo_set_source_rgba (cr, 0.75, 0.1, 0.1, 0.22);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static char *
fit_benefits (Measure    *m,
              const char *text,
              double      room_mm,
              double     *points)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_auto(GStrv) words = NULL;
  guint n;

  /* The largest size at which the whole text fits. */
  for (double size = LARGEST_BENEFITS; size >= SMALLEST_BENEFITS; size -= 0.5)
    if (measure_height (m, escaped, size, BODY_WIDTH) <= room_mm)
      {
        *points = size;
        return g_steal_pointer (&escaped);
      }

  /* Still too long at the smallest size: cut at a word and say so. */
  *points = SMALLEST_BENEFITS;
  words = g_strsplit (text, " ", -1);
  n = g_strv_length (words);
  while (n > 1)
    {
      g_autofree char *head = NULL;
      g_autofree char *cut = NULL;
      char *saved = words[--n];

      words[n] = NULL;
      head = g_strjoinv (" ", words);
      words[n] = saved;
      cut = g_markup_printf_escaped ("%s…", head);
      if (measure_height (m, cut, SMALLEST_BENEFITS, BODY_WIDTH) <= room_mm)
        return g_steal_pointer (&cut);
    }
  return g_strdup ("…");
}

static gboolean
add_certificate_page (SxshOfficialDocument *doc,
                      SxshDatabase         *db,
                      Measure              *m,
                      SxshCertificate      *certificate,
                      gboolean              revoked_copy,
                      GError              **error)
{
  SxshFreePage *page;
  FacilityInfo facility = { 0 };
  g_autofree char *superior = sxsh_settings_get (db, SXSH_SETTING_SUPERIOR_BODY);
  g_autofree char *department = sxsh_settings_get (db, SXSH_SETTING_DEPARTMENT);
  g_autofree char *place = sxsh_settings_get (db, SXSH_SETTING_PLACE);
  g_autofree char *authority = sxsh_settings_get (db, SXSH_SETTING_SIGNER_AUTHORITY);
  g_autofree char *sign_title = sxsh_settings_get (db, SXSH_SETTING_SIGNER_TITLE);
  g_autofree char *default_signer = sxsh_settings_get (db, SXSH_SETTING_SIGNER_NAME);
  g_autofree char *body = certifying_body (db);
  g_autofree char *markup = NULL;
  g_autofree char *benefits = NULL;
  g_autofree char *date_line = NULL;
  const char *signer = sxsh_certificate_get_signer (certificate);
  const char *text = sxsh_certificate_get_benefits (certificate);
  gboolean revoked = sxsh_certificate_get_status (certificate) == SXSH_CERTIFICATE_REVOKED;
  double y, h, points, left_width = 100, right_x = 125, right_width = 150;
  GDate issued;

  if (revoked && !revoked_copy)
    {
      g_autofree char *on = sxsh_format_date (sxsh_certificate_get_revoked_on (certificate));

      g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                   _("Certificate %s was revoked on %s and cannot be printed; ask for a copy "
                     "marked as revoked instead."),
                   sxsh_certificate_get_number (certificate), on);
      return FALSE;
    }
  if (!load_facility (db, sxsh_certificate_get_facility_id (certificate), &facility, error))
    return FALSE;

  page = sxsh_official_document_add_free_page (doc, SXSH_PAGE_LANDSCAPE);
  sxsh_free_page_add_border (page, BORDER_INSET, BORDER_COLOR);

  /* The header: the department on the left, the national title on the right. */
  y = 17;
  markup = g_markup_printf_escaped ("%s\n<b>%s</b>", superior, department);
  h = sxsh_free_page_add_text (page, MARGIN_X, y, left_width, 13, SXSH_ALIGN_CENTER, markup);
  sxsh_free_page_add_rule (page, MARGIN_X + left_width / 2 - 12, y + h + 1.2,
                           MARGIN_X + left_width / 2 + 12, y + h + 1.2, 0.6);
  g_clear_pointer (&markup, g_free);
  h = sxsh_free_page_add_text (page, right_x, y, right_width, 13, SXSH_ALIGN_CENTER,
                               "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>");
  h += sxsh_free_page_add_text (page, right_x, y + h, right_width, 14, SXSH_ALIGN_CENTER,
                                "<b>Độc lập - Tự do - Hạnh phúc</b>");
  sxsh_free_page_add_rule (page, right_x + right_width / 2 - 30, y + h + 1.2,
                           right_x + right_width / 2 + 30, y + h + 1.2, 0.6);

  /* The title. */
  y = 42;
  markup = g_strdup_printf ("<span foreground=\"%s\"><b>GIẤY CHỨNG NHẬN</b></span>", TITLE_COLOR);
  y += sxsh_free_page_add_text (page, MARGIN_X, y, PAGE_WIDTH - 2 * MARGIN_X, 30,
                                SXSH_ALIGN_CENTER, markup);
  g_clear_pointer (&markup, g_free);
  y += sxsh_free_page_add_text (page, MARGIN_X, y, PAGE_WIDTH - 2 * MARGIN_X, 17,
                                SXSH_ALIGN_CENTER,
                                "<b>ÁP DỤNG SẢN XUẤT SẠCH HƠN TRONG CÔNG NGHIỆP</b>");
  y += 4;

  /* The body, centred in the room between the title and the signature:
   * who certifies, the facility, and what it achieved. */
  {
    g_autofree char *who = g_markup_printf_escaped ("<b>%s</b>\n<i>chứng nhận:</i>", body);
    g_autofree char *name = g_markup_printf_escaped ("<span foreground=\"#1F3A68\"><b>%s</b>"
                                                     "</span>", facility.name);
    g_autofree char *address = facility.address && *facility.address
                               ? g_markup_printf_escaped ("Địa chỉ: %s", facility.address)
                               : NULL;
    g_autofree char *tax = facility.tax_code && *facility.tax_code
                           ? g_markup_printf_escaped ("Mã số thuế: %s", facility.tax_code)
                           : NULL;
    const char *lead = "<i>Đã áp dụng sản xuất sạch hơn trong công nghiệp và đạt được các lợi "
                       "ích sau:</i>";
    struct
    {
      const char *markup;
      double      points;
      double      gap_after;
    } items[] = {
      { who, 14, 3 },
      { name, 22, 1.5 },
      { address, 14, 0 },
      { tax, 14, 4 },
      { lead, 14, 1.5 },
    };
    double fixed = 0, room, slack;

    for (guint i = 0; i < G_N_ELEMENTS (items); i++)
      if (items[i].markup != NULL)
        fixed += measure_height (m, items[i].markup, items[i].points, BODY_WIDTH)
                 + items[i].gap_after;
    if (text == NULL || *text == '\0')
      text = "Tiết kiệm năng lượng, nguyên liệu, nhiên liệu, vật liệu và giảm phát thải ra môi "
             "trường.";
    room = BOTTOM_BLOCK_Y - 3 - y;
    benefits = fit_benefits (m, text, room - fixed, &points);
    slack = room - fixed - measure_height (m, benefits, points, BODY_WIDTH);
    y += MAX (0, slack / 2);
    for (guint i = 0; i < G_N_ELEMENTS (items); i++)
      if (items[i].markup != NULL)
        y += sxsh_free_page_add_text (page, BODY_X, y, BODY_WIDTH, items[i].points,
                                      SXSH_ALIGN_CENTER, items[i].markup) + items[i].gap_after;
    sxsh_free_page_add_text (page, BODY_X, y, BODY_WIDTH, points, SXSH_ALIGN_CENTER, benefits);
  }

  /* The number on the left; place, date and signature on the right. */
  markup = g_markup_printf_escaped ("Số: <b>%s</b>", sxsh_certificate_get_number (certificate));
  sxsh_free_page_add_text (page, MARGIN_X, BOTTOM_BLOCK_Y + 12, left_width, 13,
                           SXSH_ALIGN_CENTER, markup);
  g_clear_pointer (&markup, g_free);
  if (revoked)
    {
      g_autofree char *on = sxsh_format_date (sxsh_certificate_get_revoked_on (certificate));
      const char *reason = sxsh_certificate_get_revoke_reason (certificate);

      markup = g_markup_printf_escaped ("<span foreground=\"%s\"><b>Bản sao: Giấy chứng nhận đã "
                                        "bị thu hồi ngày %s</b>%s%s</span>", TITLE_COLOR, on,
                                        reason && *reason ? ". Lý do: " : "",
                                        reason ? reason : "");
      sxsh_free_page_add_text (page, MARGIN_X, BOTTOM_BLOCK_Y + 20, left_width, 11,
                               SXSH_ALIGN_CENTER, markup);
      g_clear_pointer (&markup, g_free);
      sxsh_free_page_add_drawing (page, 40, 40, PAGE_WIDTH - 80, 130, draw_revoked_mark,
                                  g_strdup (sxsh_official_document_get_font_family (doc)),
                                  g_free);
    }

  g_date_clear (&issued, 1);
  if (!sxsh_parse_date (sxsh_certificate_get_issue_date (certificate), &issued))
    g_date_set_time_t (&issued, time (NULL));
  date_line = sxsh_format_date_line (place, &issued);
  markup = g_markup_printf_escaped ("<i>%s</i>", date_line);
  y = BOTTOM_BLOCK_Y;
  y += sxsh_free_page_add_text (page, right_x, y, right_width, 14, SXSH_ALIGN_CENTER, markup);
  g_clear_pointer (&markup, g_free);
  if (*authority)
    {
      markup = g_markup_printf_escaped ("<b>%s</b>", authority);
      y += sxsh_free_page_add_text (page, right_x, y, right_width, 14, SXSH_ALIGN_CENTER, markup);
      g_clear_pointer (&markup, g_free);
    }
  markup = g_markup_printf_escaped ("<b>%s</b>", sign_title);
  sxsh_free_page_add_text (page, right_x, y, right_width, 14, SXSH_ALIGN_CENTER, markup);
  g_clear_pointer (&markup, g_free);
  if (signer == NULL || *signer == '\0')
    signer = default_signer;
  if (signer != NULL && *signer != '\0')
    {
      markup = g_markup_printf_escaped ("<b>%s</b>", signer);
      sxsh_free_page_add_text (page, right_x, SIGNER_Y, right_width, 14, SXSH_ALIGN_CENTER,
                               markup);
    }
  facility_info_clear (&facility);
  return TRUE;
}

/**
 * sxsh_certificate_pdf_build:
 * @certificates: (element-type SxshCertificate): the certificates, one page each
 *
 * Returns: (transfer full) (nullable): the document, or %NULL when a
 *   certificate cannot be printed
 */
SxshOfficialDocument *
sxsh_certificate_pdf_build (SxshDatabase  *db,
                            GPtrArray     *certificates,
                            gboolean       revoked_copy,
                            GError       **error)
{
  g_autoptr(SxshOfficialDocument) doc = NULL;
  Measure measure;
  g_autofree char *department = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);
  g_return_val_if_fail (certificates != NULL, NULL);

  if (certificates->len == 0)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID, _("No certificate was chosen."));
      return NULL;
    }
  doc = sxsh_official_document_new ();
  sxsh_official_document_set_orientation (doc, SXSH_PAGE_LANDSCAPE);
  sxsh_official_document_set_page_numbers (doc, FALSE);
  department = certifying_body (db);
  if (certificates->len == 1)
    {
      g_autofree char *title = g_strdup_printf ("Giấy chứng nhận số %s",
                                                sxsh_certificate_get_number (
                                                  g_ptr_array_index (certificates, 0)));

      sxsh_official_document_set_metadata (doc, title, department);
    }
  else
    sxsh_official_document_set_metadata (doc, "Giấy chứng nhận áp dụng sản xuất sạch hơn",
                                         department);
  measure_init (&measure, sxsh_official_document_get_font_family (doc));
  for (guint i = 0; i < certificates->len && ok; i++)
    ok = add_certificate_page (doc, db, &measure, g_ptr_array_index (certificates, i),
                               revoked_copy, error);
  g_object_unref (measure.context);
  return ok ? g_steal_pointer (&doc) : NULL;
}

/**
 * sxsh_certificate_pdf_write:
 * @n_pages: (out) (optional): the pages written
 */
gboolean
sxsh_certificate_pdf_write (SxshDatabase  *db,
                            GPtrArray     *certificates,
                            gboolean       revoked_copy,
                            const char    *path,
                            guint         *n_pages,
                            GError       **error)
{
  g_autoptr(SxshOfficialDocument) doc = sxsh_certificate_pdf_build (db, certificates,
                                                                    revoked_copy, error);

  if (doc == NULL)
    return FALSE;
  return sxsh_official_document_write_pdf (doc, path, n_pages, error);
}

/**
 * sxsh_certificate_pdf_lookup:
 * @numbers: certificate numbers, "05/2019/GCN-SCT"
 *
 * Returns: (transfer full) (element-type SxshCertificate): the
 *   certificates in the order given, or %NULL when one is not in the
 *   register
 */
GPtrArray *
sxsh_certificate_pdf_lookup (SxshDatabase        *db,
                             const char * const  *numbers,
                             GError             **error)
{
  g_autoptr(GPtrArray) certificates = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; numbers != NULL && numbers[i] != NULL; i++)
    {
      SxshCertificate *certificate = sxsh_certificate_find_by_number (db, numbers[i], error);

      if (certificate == NULL)
        {
          if (error != NULL && *error == NULL)
            g_set_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                         _("There is no certificate numbered “%s” in the register."), numbers[i]);
          return NULL;
        }
      g_ptr_array_add (certificates, certificate);
    }
  return g_steal_pointer (&certificates);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sxsh-activity-private.h"
#include "sxsh-certificate-store.h"
#include "sxsh-document-number.h"
#include "sxsh-error.h"
#include "sxsh-settings.h"
#include "sxsh-validation.h"

struct _SxshCertificateStore
{
  SxshItemList  parent_instance;

  SxshDatabase *db;     /* the list's, borrowed */
  int           year;
};

G_DEFINE_FINAL_TYPE (SxshCertificateStore, sxsh_certificate_store, SXSH_TYPE_ITEM_LIST)

enum {
  PROP_0,
  PROP_YEAR,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

#define SELECT_COLUMNS \
  "SELECT c.id, c.number, c.year, c.seq, c.facility_id, f.name, c.issue_date, c.signer, " \
  "       c.benefits, c.support_id, c.status, c.revoked_on, c.revoke_reason " \
  "FROM certificate c JOIN facility f ON f.id = c.facility_id "

static const char select_year_sql[] = SELECT_COLUMNS "WHERE c.year = ?1 ORDER BY c.seq";
static const char select_number_sql[] = SELECT_COLUMNS "WHERE c.number = ?1";
static const char select_id_sql[] = SELECT_COLUMNS "WHERE c.id = ?1";

static const char insert_sql[] =
  "INSERT INTO certificate (number, year, seq, facility_id, issue_date, signer, benefits, "
  "                         support_id, status, revoked_on, revoke_reason) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";

/* The number, its year and its place in the series are fixed once issued. */
static const char update_sql[] =
  "UPDATE certificate SET facility_id = ?1, issue_date = ?2, signer = ?3, benefits = ?4, "
  "support_id = ?5, status = ?6, revoked_on = ?7, revoke_reason = ?8 WHERE id = ?9";

static const char delete_sql[] = "DELETE FROM certificate WHERE id = ?1";

static const char max_seq_sql[] = "SELECT COALESCE (MAX (seq), 0) FROM certificate WHERE year = ?1";

static const char seq_taken_sql[] =
  "SELECT count(*) FROM certificate WHERE year = ?1 AND seq = ?2 AND id <> ?3";

static const char support_facility_sql[] = "SELECT facility_id FROM support WHERE id = ?1";

/* Yearly statuses carry forward: the latest record at or before the year. */
static const char applying_sql[] =
  "SELECT applying FROM facility_year "
  "WHERE facility_id = ?1 AND year = (SELECT MAX (year) FROM facility_year "
  "                                   WHERE facility_id = ?1 AND year <= ?2)";

static const char *
get_search_key (SxshItemList *list,
                gpointer      item,
                guint         position)
{
  return sxsh_certificate_get_search_key (item);
}

static gboolean
reload (SxshItemList  *list,
        GError       **error)
{
  return sxsh_certificate_store_reload (SXSH_CERTIFICATE_STORE (list), error);
}

static void
sxsh_certificate_store_constructed (GObject *object)
{
  SxshCertificateStore *self = SXSH_CERTIFICATE_STORE (object);

  G_OBJECT_CLASS (sxsh_certificate_store_parent_class)->constructed (object);
  self->db = sxsh_item_list_get_database (SXSH_ITEM_LIST (self));
}

static void
sxsh_certificate_store_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SxshCertificateStore *self = SXSH_CERTIFICATE_STORE (object);

  switch (prop_id)
    {
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_certificate_store_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SxshCertificateStore *self = SXSH_CERTIFICATE_STORE (object);

  switch (prop_id)
    {
    case PROP_YEAR: sxsh_certificate_store_set_year (self, g_value_get_int (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_certificate_store_class_init (SxshCertificateStoreClass *klass)
{
  static const char * const watched[] = { "certificate", "facility", NULL };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SxshItemListClass *list_class = SXSH_ITEM_LIST_CLASS (klass);

  object_class->constructed = sxsh_certificate_store_constructed;
  object_class->get_property = sxsh_certificate_store_get_property;
  object_class->set_property = sxsh_certificate_store_set_property;

  list_class->item_type = SXSH_TYPE_CERTIFICATE;
  list_class->watched_tables = watched;
  list_class->reload = reload;
  list_class->get_search_key = get_search_key;

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, 9999, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_certificate_store_init (SxshCertificateStore *self)
{
}

/**
 * sxsh_certificate_store_new:
 *
 * Returns: (transfer full): the certificates numbered in a year, valid and
 *   revoked, as a #GListModel of #SxshCertificate in number order
 */
SxshCertificateStore *
sxsh_certificate_store_new (SxshDatabase *db)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);
  return g_object_new (SXSH_TYPE_CERTIFICATE_STORE, "database", db, NULL);
}

SxshDatabase *
sxsh_certificate_store_get_database (SxshCertificateStore *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE_STORE (self), NULL);
  return self->db;
}

static SxshCertificate *
certificate_from_row (SxshStatement *stmt)
{
  gboolean revoked = g_strcmp0 (sxsh_statement_get_text (stmt, 10), "revoked") == 0;

  return g_object_new (SXSH_TYPE_CERTIFICATE,
                       "id", sxsh_statement_get_int64 (stmt, 0),
                       "number", sxsh_statement_get_text (stmt, 1),
                       "year", sxsh_statement_get_int (stmt, 2),
                       "seq", sxsh_statement_get_int (stmt, 3),
                       "facility-id", sxsh_statement_get_int64 (stmt, 4),
                       "facility-name", sxsh_statement_get_text (stmt, 5),
                       "issue-date", sxsh_statement_get_text (stmt, 6),
                       "signer", sxsh_statement_get_text (stmt, 7),
                       "benefits", sxsh_statement_get_text (stmt, 8),
                       "support-id", sxsh_statement_get_int64 (stmt, 9),
                       "status", revoked ? SXSH_CERTIFICATE_REVOKED : SXSH_CERTIFICATE_VALID,
                       "revoked-on", sxsh_statement_get_text (stmt, 11),
                       "revoke-reason", sxsh_statement_get_text (stmt, 12),
                       NULL);
}

gboolean
sxsh_certificate_store_reload (SxshCertificateStore  *self,
                               GError               **error)
{
  g_autoptr(SxshStatement) stmt = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (SXSH_IS_CERTIFICATE_STORE (self), FALSE);

  stmt = sxsh_database_prepare (self->db, select_year_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, self->year);
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    g_ptr_array_add (all, certificate_from_row (stmt));
  if (rc == SXSH_STEP_ERROR)
    return FALSE;

  sxsh_item_list_set_items (SXSH_ITEM_LIST (self), g_steal_pointer (&all));
  return TRUE;
}

void
sxsh_certificate_store_set_year (SxshCertificateStore *self,
                                 int                   year)
{
  g_return_if_fail (SXSH_IS_CERTIFICATE_STORE (self));

  if (self->year == year)
    return;
  self->year = year;
  sxsh_item_list_reload_or_warn (SXSH_ITEM_LIST (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

int
sxsh_certificate_store_get_year (SxshCertificateStore *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE_STORE (self), 0);
  return self->year;
}

void
sxsh_certificate_store_set_filter_text (SxshCertificateStore *self,
                                        const char           *text)
{
  g_return_if_fail (SXSH_IS_CERTIFICATE_STORE (self));
  sxsh_item_list_set_filter_text (SXSH_ITEM_LIST (self), text);
}

const char *
sxsh_certificate_store_get_filter_text (SxshCertificateStore *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE_STORE (self), NULL);
  return sxsh_item_list_get_filter_text (SXSH_ITEM_LIST (self));
}

/* Returns: (transfer none) (nullable): the certificate with @id among the
 * year's */
SxshCertificate *
sxsh_certificate_store_lookup (SxshCertificateStore *self,
                               gint64                id)
{
  GPtrArray *all;

  g_return_val_if_fail (SXSH_IS_CERTIFICATE_STORE (self), NULL);

  all = sxsh_item_list_get_items (SXSH_ITEM_LIST (self));
  for (guint i = 0; i < all->len; i++)
    if (sxsh_certificate_get_id (g_ptr_array_index (all, i)) == id)
      return g_ptr_array_index (all, i);
  return NULL;
}

static SxshCertificate *
load_one (SxshDatabase  *db,
          const char    *sql,
          const char    *number,
          gint64         id,
          GError       **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (number)
    sxsh_statement_bind_text (stmt, 1, number);
  else
    sxsh_statement_bind_int64 (stmt, 1, id);
  rc = sxsh_statement_step (stmt, error);
  if (rc == SXSH_STEP_ROW)
    return certificate_from_row (stmt);
  if (rc == SXSH_STEP_DONE)
    {
      if (number)
        g_set_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                     _("There is no certificate number “%s” in the register."), number);
      else
        g_set_error (error, SXSH_ERROR, SXSH_ERROR_NOT_FOUND,
                     _("The certificate no longer exists; it may have been deleted."));
    }
  return NULL;
}

/**
 * sxsh_certificate_find_by_number:
 * @number: a register number as printed, e.g. "05/2019/GCN-SCT"
 *
 * Returns: (transfer full) (nullable): the certificate, whatever its year;
 *   %NULL with %SXSH_ERROR_NOT_FOUND when the register has no such number
 */
SxshCertificate *
sxsh_certificate_find_by_number (SxshDatabase  *db,
                                 const char    *number,
                                 GError       **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);
  g_return_val_if_fail (number != NULL, NULL);

  trimmed = g_strstrip (g_strdup (number));
  return load_one (db, select_number_sql, trimmed, 0, error);
}

/**
 * sxsh_certificate_store_lookup_number:
 *
 * Returns: (transfer full) (nullable): the certificate numbered @number in
 *   any year
 */
SxshCertificate *
sxsh_certificate_store_lookup_number (SxshCertificateStore  *self,
                                      const char            *number,
                                      GError               **error)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE_STORE (self), NULL);
  return sxsh_certificate_find_by_number (self->db, number, error);
}

static gboolean
get_max_seq (SxshDatabase  *db,
             int            year,
             int           *max_seq,
             GError       **error)
{
  g_autoptr(SxshStatement) stmt = sxsh_database_prepare (db, max_seq_sql, error);
  int rc;

  *max_seq = 0;
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, year);
  rc = sxsh_statement_step (stmt, error);
  if (rc == SXSH_STEP_ROW)
    *max_seq = sxsh_statement_get_int (stmt, 0);
  return rc != SXSH_STEP_ERROR;
}

/**
 * sxsh_certificate_store_preview_number:
 *
 * The number the next certificate of @year would get, for the editor to
 * show before issuing; nothing is reserved.
 *
 * Returns: (transfer full) (nullable): e.g. "06/2026/GCN-SCT"
 */
char *
sxsh_certificate_store_preview_number (SxshCertificateStore  *self,
                                       int                    year,
                                       GError               **error)
{
  g_autofree char *pattern = NULL;
  int max_seq, last;

  g_return_val_if_fail (SXSH_IS_CERTIFICATE_STORE (self), NULL);

  if (!get_max_seq (self->db, year, &max_seq, error)
      || !sxsh_document_number_get_last (self->db, SXSH_SETTING_CERT_SERIES, year, &last, error))
    return NULL;
  pattern = sxsh_document_number_get_pattern (self->db, SXSH_SETTING_CERT_SERIES);
  return sxsh_settings_format_number (pattern, MAX (max_seq, last) + 1, year);
}

/**
 * sxsh_certificate_store_get_default_signer:
 *
 * Returns: (transfer full): the signer of the settings, for a new
 *   certificate
 */
char *
sxsh_certificate_store_get_default_signer (SxshCertificateStore *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE_STORE (self), NULL);
  return sxsh_settings_get (self->db, SXSH_SETTING_SIGNER_NAME);
}

/**
 * sxsh_certificate_store_needs_confirmation:
 * @year: the year of issue
 *
 * A certificate attests that a facility applies cleaner production.  When
 * its status carried forward to @year (the latest yearly record at or
 * before @year) is not "applying", the user is asked to confirm.
 *
 * Returns: %TRUE when the facility is not known to apply CP in @year
 */
gboolean
sxsh_certificate_store_needs_confirmation (SxshCertificateStore *self,
                                           gint64                facility_id,
                                           int                   year)
{
  g_autoptr(SxshStatement) stmt = NULL;

  g_return_val_if_fail (SXSH_IS_CERTIFICATE_STORE (self), TRUE);

  stmt = sxsh_database_prepare (self->db, applying_sql, NULL);
  if (stmt == NULL)
    return TRUE;
  sxsh_statement_bind_int64 (stmt, 1, facility_id);
  sxsh_statement_bind_int64 (stmt, 2, year);
  if (sxsh_statement_step (stmt, NULL) != SXSH_STEP_ROW)
    return TRUE;
  return sxsh_statement_get_int (stmt, 0) == 0;
}

/**
 * sxsh_certificate_store_validate:
 *
 * Returns: (transfer full) (element-type SxshIssue): what is wrong, field by
 *   field; a facility not applying CP in the year of issue is a warning
 *   the user confirms
 */
GPtrArray *
sxsh_certificate_store_validate (SxshCertificateStore *self,
                                 SxshCertificate      *certificate)
{
  GPtrArray *issues;
  gint64 facility_id, support_id;
  int year, seq;

  g_return_val_if_fail (SXSH_IS_CERTIFICATE_STORE (self), NULL);
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (certificate), NULL);

  issues = sxsh_certificate_validate (certificate);
  facility_id = sxsh_certificate_get_facility_id (certificate);
  support_id = sxsh_certificate_get_support_id (certificate);
  year = sxsh_activity_date_year (sxsh_certificate_get_issue_date (certificate));
  seq = sxsh_certificate_get_seq (certificate);

  /* A number belongs to its year: an issued certificate cannot move to
   * another year without changing its number, which never happens. */
  if (sxsh_certificate_get_id (certificate) > 0 && year != 0
      && year != sxsh_certificate_get_year (certificate))
    sxsh_issues_add (issues, "issue-date", FALSE,
                     _("Issue date: must stay in %d, the year of the number %s."),
                     sxsh_certificate_get_year (certificate),
                     sxsh_certificate_get_number (certificate));

  if (sxsh_certificate_get_id (certificate) == 0 && seq > 0 && year != 0)
    {
      g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, seq_taken_sql, NULL);

      if (stmt != NULL)
        {
          sxsh_statement_bind_int64 (stmt, 1, year);
          sxsh_statement_bind_int64 (stmt, 2, seq);
          sxsh_statement_bind_int64 (stmt, 3, 0);
          if (sxsh_statement_step (stmt, NULL) == SXSH_STEP_ROW
              && sxsh_statement_get_int64 (stmt, 0) > 0)
            sxsh_issues_add (issues, "seq", FALSE,
                             _("Number: %d is already used in %d; leave it empty to take the "
                               "next free number."),
                             seq, year);
        }
    }

  if (support_id > 0 && facility_id > 0)
    {
      g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, support_facility_sql, NULL);
      int rc;

      if (stmt != NULL)
        {
          sxsh_statement_bind_int64 (stmt, 1, support_id);
          rc = sxsh_statement_step (stmt, NULL);
          if (rc == SXSH_STEP_DONE)
            sxsh_issues_add (issues, "support-id", FALSE,
                             _("Support: the technical support no longer exists."));
          else if (rc == SXSH_STEP_ROW && sxsh_statement_get_int64 (stmt, 0) != facility_id)
            sxsh_issues_add (issues, "support-id", FALSE,
                             _("Support: the technical support was given to another "
                               "facility."));
        }
    }

  if (facility_id > 0 && year != 0
      && sxsh_certificate_get_status (certificate) == SXSH_CERTIFICATE_VALID
      && sxsh_certificate_store_needs_confirmation (self, facility_id, year))
    sxsh_issues_add (issues, "facility-id", TRUE,
                     _("Facility: not recorded as applying cleaner production in %d. Issue "
                       "the certificate anyway?"),
                     year);
  return issues;
}

static void
bind_common (SxshStatement   *stmt,
             int              first,
             SxshCertificate *certificate)
{
  gint64 support_id = sxsh_certificate_get_support_id (certificate);
  gboolean revoked = sxsh_certificate_get_status (certificate) == SXSH_CERTIFICATE_REVOKED;
  g_autofree char *reason = NULL;

  reason = g_strstrip (g_strdup (sxsh_certificate_get_revoke_reason (certificate)));

  sxsh_statement_bind_int64 (stmt, first, sxsh_certificate_get_facility_id (certificate));
  sxsh_statement_bind_text (stmt, first + 1, sxsh_certificate_get_issue_date (certificate));
  sxsh_statement_bind_text (stmt, first + 2, sxsh_certificate_get_signer (certificate));
  sxsh_statement_bind_text (stmt, first + 3, sxsh_certificate_get_benefits (certificate));
  sxsh_statement_bind_optional_int64 (stmt, first + 4, support_id, support_id > 0);
  sxsh_statement_bind_text (stmt, first + 5,
                            sxsh_certificate_status_to_string (
                              sxsh_certificate_get_status (certificate)));
  if (revoked)
    {
      sxsh_statement_bind_text (stmt, first + 6, sxsh_certificate_get_revoked_on (certificate));
      sxsh_statement_bind_text (stmt, first + 7, reason);
    }
  else
    {
      sxsh_statement_bind_null (stmt, first + 6);
      sxsh_statement_bind_text (stmt, first + 7, "");
    }
}

static void
bind_update (SxshStatement *stmt,
             gpointer       certificate)
{
  bind_common (stmt, 1, certificate);
}

/* Takes the certificate's place in its year's series inside the caller's
 * transaction.  The counter is first raised past every number already in
 * the register (certificates entered by hand or imported), so a number is
 * never given twice, even after a revocation or a deletion. */
static gboolean
take_number (SxshCertificateStore  *self,
             SxshCertificate       *certificate,
             int                    year,
             GError               **error)
{
  g_autofree char *pattern = NULL;
  g_autofree char *number = NULL;
  int max_seq, seq = sxsh_certificate_get_seq (certificate);

  if (!get_max_seq (self->db, year, &max_seq, error)
      || !sxsh_document_number_raise (self->db, SXSH_SETTING_CERT_SERIES, year, max_seq, error))
    return FALSE;
  if (seq > 0)
    {
      if (!sxsh_document_number_raise (self->db, SXSH_SETTING_CERT_SERIES, year, seq, error))
        return FALSE;
    }
  else if (!sxsh_document_number_next (self->db, SXSH_SETTING_CERT_SERIES, year, &seq, error))
    return FALSE;

  pattern = sxsh_document_number_get_pattern (self->db, SXSH_SETTING_CERT_SERIES);
  number = sxsh_settings_format_number (pattern, seq, year);
  g_object_set (certificate, "year", year, "seq", seq, "number", number, NULL);
  return TRUE;
}

/**
 * sxsh_certificate_store_insert:
 * @certificate: the facility, issue date, benefits and so on; its number
 *   is taken from the series of the issue date's year (or, when
 *   #SxshCertificate:seq is set, registered under that place), and its
 *   signer defaults to the settings' signer
 * @accept_warnings: %TRUE once the user confirmed (see
 *   sxsh_certificate_store_needs_confirmation())
 *
 * Issues a certificate: number and register row in one transaction.
 *
 * Returns: the new certificate's id (also set on @certificate, with its
 *   number), or 0 with @error set
 */
gint64
sxsh_certificate_store_insert (SxshCertificateStore  *self,
                               SxshCertificate       *certificate,
                               gboolean               accept_warnings,
                               GError               **error)
{
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GError) local_error = NULL;
  int year, requested_seq, requested_year;

  g_return_val_if_fail (SXSH_IS_CERTIFICATE_STORE (self), 0);
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (certificate), 0);

  sxsh_certificate_set_id (certificate, 0);
  requested_seq = sxsh_certificate_get_seq (certificate);
  requested_year = sxsh_certificate_get_year (certificate);
  issues = sxsh_certificate_store_validate (self, certificate);
  if (!sxsh_activity_check_issues (issues, accept_warnings, error))
    return 0;

  if (*sxsh_certificate_get_signer (certificate) == '\0')
    {
      g_autofree char *signer = sxsh_certificate_store_get_default_signer (self);
      g_object_set (certificate, "signer", signer, NULL);
    }
  year = sxsh_activity_date_year (sxsh_certificate_get_issue_date (certificate));

  if (!sxsh_database_begin (self->db, error))
    return 0;
  if (!take_number (self, certificate, year, error))
    goto fail;
  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, insert_sql, error);
    if (stmt == NULL)
      goto fail;
    sxsh_statement_bind_text (stmt, 1, sxsh_certificate_get_number (certificate));
    sxsh_statement_bind_int64 (stmt, 2, year);
    sxsh_statement_bind_int64 (stmt, 3, sxsh_certificate_get_seq (certificate));
    bind_common (stmt, 4, certificate);
    if (!sxsh_statement_run (stmt, &local_error))
      {
        if (g_error_matches (local_error, SXSH_ERROR, SXSH_ERROR_CONSTRAINT))
          g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                       _("Number: “%s” is already in the register. The certificate number "
                         "series should contain {year} so that numbers of different years "
                         "differ."),
                       sxsh_certificate_get_number (certificate));
        else
          g_propagate_error (error, g_steal_pointer (&local_error));
        goto fail;
      }
  }
  sxsh_certificate_set_id (certificate, sxsh_database_last_insert_id (self->db));
  if (!sxsh_activity_commit (self->db, "certificate", error))
    goto undo_fields;
  return sxsh_certificate_get_id (certificate);

fail:
  sxsh_database_rollback (self->db);
undo_fields:
  /* Nothing was issued: the object must not show a number it does not
   * have. */
  g_object_set (certificate, "id", (gint64) 0, "number", "", "seq", requested_seq,
                "year", requested_year, NULL);
  return 0;
}

/**
 * sxsh_certificate_store_update:
 *
 * Writes the changes of an issued certificate; its number, year and place
 * in the series stay as issued.
 */
gboolean
sxsh_certificate_store_update (SxshCertificateStore  *self,
                               SxshCertificate       *certificate,
                               gboolean               accept_warnings,
                               GError               **error)
{
  g_autoptr(GPtrArray) issues = NULL;

  g_return_val_if_fail (SXSH_IS_CERTIFICATE_STORE (self), FALSE);
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (certificate), FALSE);
  g_return_val_if_fail (sxsh_certificate_get_id (certificate) > 0, FALSE);

  issues = sxsh_certificate_store_validate (self, certificate);
  if (!sxsh_activity_check_issues (issues, accept_warnings, error))
    return FALSE;
  return sxsh_activity_save_row (self->db, "certificate", update_sql, bind_update, certificate,
                                 sxsh_certificate_get_id (certificate), 9,
                                 _("The certificate no longer exists; it may have been deleted."),
                                 error) != 0;
}

/**
 * sxsh_certificate_store_revoke:
 * @revoked_on: ISO date of the revocation, not before the issue date
 * @reason: why; required
 *
 * Marks a certificate revoked.  It stays in the register under its number,
 * which is never given again.
 */
gboolean
sxsh_certificate_store_revoke (SxshCertificateStore  *self,
                               gint64                 id,
                               const char            *revoked_on,
                               const char            *reason,
                               GError               **error)
{
  g_autoptr(SxshCertificate) certificate = NULL;

  g_return_val_if_fail (SXSH_IS_CERTIFICATE_STORE (self), FALSE);

  certificate = load_one (self->db, select_id_sql, NULL, id, error);
  if (certificate == NULL)
    return FALSE;
  if (sxsh_certificate_get_status (certificate) == SXSH_CERTIFICATE_REVOKED)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                   _("Certificate %s was already revoked on %s."),
                   sxsh_certificate_get_number (certificate),
                   sxsh_certificate_get_revoked_on (certificate));
      return FALSE;
    }
  g_object_set (certificate,
                "status", SXSH_CERTIFICATE_REVOKED,
                "revoked-on", revoked_on,
                "revoke-reason", reason,
                NULL);
  return sxsh_certificate_store_update (self, certificate, TRUE, error);
}

/**
 * sxsh_certificate_store_delete:
 *
 * Removes a certificate entered by mistake.  Its number is not given
 * again; a certificate that was really issued is revoked instead.
 *
 * Returns: (transfer full) (nullable): the deleted row, for
 *   sxsh_certificate_store_undo_delete()
 */
SxshRowSet *
sxsh_certificate_store_delete (SxshCertificateStore  *self,
                               gint64                 id,
                               GError               **error)
{
  static const SxshActivityRows rows[] = { { "certificate", "id" } };

  g_return_val_if_fail (SXSH_IS_CERTIFICATE_STORE (self), NULL);

  return sxsh_activity_delete (self->db, "certificate", rows, G_N_ELEMENTS (rows), delete_sql, id,
                               _("The certificate no longer exists; it may have been deleted."),
                               error);
}

gboolean
sxsh_certificate_store_undo_delete (SxshCertificateStore  *self,
                                    SxshRowSet            *undo,
                                    GError               **error)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  return sxsh_activity_undo_delete (self->db, undo, "certificate", error);
}

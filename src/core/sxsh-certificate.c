/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sxsh-activity-private.h"
#include "sxsh-certificate.h"
#include "sxsh-text.h"
#include "sxsh-validation.h"

struct _SxshCertificate
{
  GObject                parent_instance;

  gint64                 id;
  char                  *number;
  int                    year;
  int                    seq;
  gint64                 facility_id;
  char                  *facility_name;
  char                  *issue_date;
  char                  *signer;
  char                  *benefits;
  gint64                 support_id;
  SxshCertificateStatus  status;
  char                  *revoked_on;
  char                  *revoke_reason;
  char                  *search_key;
};

G_DEFINE_FINAL_TYPE (SxshCertificate, sxsh_certificate, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_YEAR,
  PROP_SEQ,
  PROP_FACILITY_ID,
  PROP_FACILITY_NAME,
  PROP_ISSUE_DATE,
  PROP_SIGNER,
  PROP_BENEFITS,
  PROP_SUPPORT_ID,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_REVOKED,
  PROP_REVOKED_ON,
  PROP_REVOKE_REASON,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

const char *
sxsh_certificate_status_to_string (SxshCertificateStatus status)
{
  return status == SXSH_CERTIFICATE_REVOKED ? "revoked" : "valid";
}

const char *
sxsh_certificate_status_get_label (SxshCertificateStatus status)
{
  return status == SXSH_CERTIFICATE_REVOKED ? _("Revoked") : _("Valid");
}

static void
sxsh_certificate_finalize (GObject *object)
{
  SxshCertificate *self = SXSH_CERTIFICATE (object);

  g_free (self->number);
  g_free (self->facility_name);
  g_free (self->issue_date);
  g_free (self->signer);
  g_free (self->benefits);
  g_free (self->revoked_on);
  g_free (self->revoke_reason);
  g_free (self->search_key);

  G_OBJECT_CLASS (sxsh_certificate_parent_class)->finalize (object);
}

static void
sxsh_certificate_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SxshCertificate *self = SXSH_CERTIFICATE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NUMBER: g_value_set_string (value, self->number); break;
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_SEQ: g_value_set_int (value, self->seq); break;
    case PROP_FACILITY_ID: g_value_set_int64 (value, self->facility_id); break;
    case PROP_FACILITY_NAME: g_value_set_string (value, self->facility_name); break;
    case PROP_ISSUE_DATE: g_value_set_string (value, self->issue_date); break;
    case PROP_SIGNER: g_value_set_string (value, self->signer); break;
    case PROP_BENEFITS: g_value_set_string (value, self->benefits); break;
    case PROP_SUPPORT_ID: g_value_set_int64 (value, self->support_id); break;
    case PROP_STATUS: g_value_set_int (value, self->status); break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, sxsh_certificate_status_get_label (self->status));
      break;
    case PROP_REVOKED: g_value_set_boolean (value, self->status == SXSH_CERTIFICATE_REVOKED); break;
    case PROP_REVOKED_ON: g_value_set_string (value, self->revoked_on); break;
    case PROP_REVOKE_REASON: g_value_set_string (value, self->revoke_reason); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_certificate_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SxshCertificate *self = SXSH_CERTIFICATE (object);
  gboolean changed = TRUE;

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_get_int64 (value); break;
    case PROP_NUMBER: changed = sxsh_activity_set_string (&self->number, value); break;
    case PROP_YEAR: self->year = g_value_get_int (value); break;
    case PROP_SEQ: self->seq = g_value_get_int (value); break;
    case PROP_FACILITY_ID: self->facility_id = g_value_get_int64 (value); break;
    case PROP_FACILITY_NAME: changed = sxsh_activity_set_string (&self->facility_name, value); break;
    case PROP_ISSUE_DATE: changed = sxsh_activity_set_string (&self->issue_date, value); break;
    case PROP_SIGNER: changed = sxsh_activity_set_string (&self->signer, value); break;
    case PROP_BENEFITS: changed = sxsh_activity_set_string (&self->benefits, value); break;
    case PROP_SUPPORT_ID: self->support_id = g_value_get_int64 (value); break;
    case PROP_STATUS:
      self->status = (SxshCertificateStatus) g_value_get_int (value);
      g_object_notify_by_pspec (object, properties[PROP_STATUS_LABEL]);
      g_object_notify_by_pspec (object, properties[PROP_REVOKED]);
      break;
    case PROP_REVOKED_ON: changed = sxsh_activity_set_string (&self->revoked_on, value); break;
    case PROP_REVOKE_REASON: changed = sxsh_activity_set_string (&self->revoke_reason, value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (changed)
    {
      g_clear_pointer (&self->search_key, g_free);
      g_object_notify_by_pspec (object, pspec);
    }
}

static void
sxsh_certificate_class_init (SxshCertificateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sxsh_certificate_finalize;
  object_class->get_property = sxsh_certificate_get_property;
  object_class->set_property = sxsh_certificate_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  /**
   * SxshCertificate:number:
   *
   * The register number, given by the store on issue; "" before.
   */
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, "", rw);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, rw);
  /**
   * SxshCertificate:seq:
   *
   * The number's place in its year's series; 0 lets the store take the next
   * one, a positive value registers an old certificate under its own
   * number.
   */
  properties[PROP_SEQ] = g_param_spec_int ("seq", NULL, NULL, 0, G_MAXINT, 0, rw);
  properties[PROP_FACILITY_ID] = g_param_spec_int64 ("facility-id", NULL, NULL,
                                                     0, G_MAXINT64, 0, rw);
  properties[PROP_FACILITY_NAME] = g_param_spec_string ("facility-name", NULL, NULL, "", rw);
  properties[PROP_ISSUE_DATE] = g_param_spec_string ("issue-date", NULL, NULL, "", rw);
  properties[PROP_SIGNER] = g_param_spec_string ("signer", NULL, NULL, "", rw);
  properties[PROP_BENEFITS] = g_param_spec_string ("benefits", NULL, NULL, "", rw);
  properties[PROP_SUPPORT_ID] = g_param_spec_int64 ("support-id", NULL, NULL,
                                                    0, G_MAXINT64, 0, rw);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, SXSH_CERTIFICATE_VALID,
                                              SXSH_CERTIFICATE_REVOKED, SXSH_CERTIFICATE_VALID,
                                              rw);
  properties[PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, NULL, ro);
  properties[PROP_REVOKED] = g_param_spec_boolean ("revoked", NULL, NULL, FALSE, ro);
  properties[PROP_REVOKED_ON] = g_param_spec_string ("revoked-on", NULL, NULL, "", rw);
  properties[PROP_REVOKE_REASON] = g_param_spec_string ("revoke-reason", NULL, NULL, "", rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_certificate_init (SxshCertificate *self)
{
  self->number = g_strdup ("");
  self->facility_name = g_strdup ("");
  self->issue_date = g_strdup ("");
  self->signer = g_strdup ("");
  self->benefits = g_strdup ("");
  self->revoked_on = g_strdup ("");
  self->revoke_reason = g_strdup ("");
}

SxshCertificate *
sxsh_certificate_new (void)
{
  return g_object_new (SXSH_TYPE_CERTIFICATE, NULL);
}

SxshCertificate *
sxsh_certificate_copy (SxshCertificate *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (self), NULL);

  return g_object_new (SXSH_TYPE_CERTIFICATE,
                       "id", self->id,
                       "number", self->number,
                       "year", self->year,
                       "seq", self->seq,
                       "facility-id", self->facility_id,
                       "facility-name", self->facility_name,
                       "issue-date", self->issue_date,
                       "signer", self->signer,
                       "benefits", self->benefits,
                       "support-id", self->support_id,
                       "status", (int) self->status,
                       "revoked-on", self->revoked_on,
                       "revoke-reason", self->revoke_reason,
                       NULL);
}

gint64
sxsh_certificate_get_id (SxshCertificate *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (self), 0);
  return self->id;
}

void
sxsh_certificate_set_id (SxshCertificate *self,
                         gint64           id)
{
  g_return_if_fail (SXSH_IS_CERTIFICATE (self));
  g_object_set (self, "id", id, NULL);
}

const char *
sxsh_certificate_get_number (SxshCertificate *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (self), NULL);
  return self->number;
}

int
sxsh_certificate_get_year (SxshCertificate *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (self), 0);
  return self->year;
}

int
sxsh_certificate_get_seq (SxshCertificate *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (self), 0);
  return self->seq;
}

gint64
sxsh_certificate_get_facility_id (SxshCertificate *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (self), 0);
  return self->facility_id;
}

const char *
sxsh_certificate_get_facility_name (SxshCertificate *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (self), NULL);
  return self->facility_name;
}

const char *
sxsh_certificate_get_issue_date (SxshCertificate *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (self), NULL);
  return self->issue_date;
}

const char *
sxsh_certificate_get_signer (SxshCertificate *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (self), NULL);
  return self->signer;
}

const char *
sxsh_certificate_get_benefits (SxshCertificate *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (self), NULL);
  return self->benefits;
}

gint64
sxsh_certificate_get_support_id (SxshCertificate *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (self), 0);
  return self->support_id;
}

SxshCertificateStatus
sxsh_certificate_get_status (SxshCertificate *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (self), SXSH_CERTIFICATE_VALID);
  return self->status;
}

const char *
sxsh_certificate_get_revoked_on (SxshCertificate *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (self), NULL);
  return self->revoked_on;
}

const char *
sxsh_certificate_get_revoke_reason (SxshCertificate *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (self), NULL);
  return self->revoke_reason;
}

const char *
sxsh_certificate_get_search_key (SxshCertificate *self)
{
  g_return_val_if_fail (SXSH_IS_CERTIFICATE (self), NULL);

  if (self->search_key == NULL)
    {
      g_autofree char *joined = g_strjoin (" ", self->number, self->facility_name, self->signer,
                                           self->benefits, self->revoke_reason, NULL);
      self->search_key = sxsh_text_fold (joined);
    }
  return self->search_key;
}

/**
 * sxsh_certificate_validate:
 *
 * Checks what can be checked without the database.
 *
 * Returns: (transfer full) (element-type SxshIssue): what is wrong, field by
 *   field
 */
GPtrArray *
sxsh_certificate_validate (SxshCertificate *self)
{
  GPtrArray *issues = sxsh_issues_new ();

  g_return_val_if_fail (SXSH_IS_CERTIFICATE (self), issues);

  if (self->facility_id <= 0)
    sxsh_issues_add (issues, "facility-id", FALSE,
                     _("Facility: choose the facility the certificate is issued to."));
  sxsh_activity_check_date (issues, "issue-date", _("Issue date"), self->issue_date, TRUE);
  if (self->status == SXSH_CERTIFICATE_REVOKED)
    {
      g_autofree char *reason = g_strstrip (g_strdup (self->revoke_reason));

      sxsh_activity_check_date (issues, "revoked-on", _("Revocation date"), self->revoked_on,
                                TRUE);
      if (sxsh_issues_find (issues, "revoked-on") == NULL
          && sxsh_issues_find (issues, "issue-date") == NULL
          && strcmp (self->revoked_on, self->issue_date) < 0)
        sxsh_issues_add (issues, "revoked-on", FALSE,
                         _("Revocation date: cannot be before the issue date."));
      if (*reason == '\0')
        sxsh_issues_add (issues, "revoke-reason", FALSE,
                         _("Reason for revocation: required."));
    }
  return issues;
}

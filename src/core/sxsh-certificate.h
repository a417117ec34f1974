/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  SXSH_CERTIFICATE_VALID,
  SXSH_CERTIFICATE_REVOKED,
} SxshCertificateStatus;

const char *sxsh_certificate_status_to_string (SxshCertificateStatus status);
const char *sxsh_certificate_status_get_label (SxshCertificateStatus status);

#define SXSH_TYPE_CERTIFICATE (sxsh_certificate_get_type ())
G_DECLARE_FINAL_TYPE (SxshCertificate, sxsh_certificate, SXSH, CERTIFICATE, GObject)

/* A certificate of CP application in the department's register.  Its
 * number ("05/2019/GCN-SCT") is given by the store when it is issued and
 * never changes or comes back. */

SxshCertificate       *sxsh_certificate_new               (void);
SxshCertificate       *sxsh_certificate_copy              (SxshCertificate *self);

gint64                 sxsh_certificate_get_id            (SxshCertificate *self);
void                   sxsh_certificate_set_id            (SxshCertificate *self,
                                                           gint64           id);
const char            *sxsh_certificate_get_number        (SxshCertificate *self);
int                    sxsh_certificate_get_year          (SxshCertificate *self);
int                    sxsh_certificate_get_seq           (SxshCertificate *self);
gint64                 sxsh_certificate_get_facility_id   (SxshCertificate *self);
const char            *sxsh_certificate_get_facility_name (SxshCertificate *self);
const char            *sxsh_certificate_get_issue_date    (SxshCertificate *self);
const char            *sxsh_certificate_get_signer        (SxshCertificate *self);
const char            *sxsh_certificate_get_benefits      (SxshCertificate *self);
gint64                 sxsh_certificate_get_support_id    (SxshCertificate *self);
SxshCertificateStatus  sxsh_certificate_get_status        (SxshCertificate *self);
const char            *sxsh_certificate_get_revoked_on    (SxshCertificate *self);
const char            *sxsh_certificate_get_revoke_reason (SxshCertificate *self);
const char            *sxsh_certificate_get_search_key    (SxshCertificate *self);
GPtrArray             *sxsh_certificate_validate          (SxshCertificate *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-certificate.h"
#include "sxsh-database.h"
#include "sxsh-item-list.h"

G_BEGIN_DECLS

#define SXSH_TYPE_CERTIFICATE_STORE (sxsh_certificate_store_get_type ())
G_DECLARE_FINAL_TYPE (SxshCertificateStore, sxsh_certificate_store, SXSH, CERTIFICATE_STORE,
                      SxshItemList)

SxshCertificateStore *sxsh_certificate_store_new          (SxshDatabase          *db);
SxshDatabase    *sxsh_certificate_store_get_database      (SxshCertificateStore  *self);
gboolean         sxsh_certificate_store_reload            (SxshCertificateStore  *self,
                                                           GError               **error);
void             sxsh_certificate_store_set_year          (SxshCertificateStore  *self,
                                                           int                    year);
int              sxsh_certificate_store_get_year          (SxshCertificateStore  *self);
void             sxsh_certificate_store_set_filter_text   (SxshCertificateStore  *self,
                                                           const char            *text);
const char      *sxsh_certificate_store_get_filter_text   (SxshCertificateStore  *self);
SxshCertificate *sxsh_certificate_store_lookup            (SxshCertificateStore  *self,
                                                           gint64                 id);
SxshCertificate *sxsh_certificate_store_lookup_number     (SxshCertificateStore  *self,
                                                           const char            *number,
                                                           GError               **error);
char            *sxsh_certificate_store_preview_number    (SxshCertificateStore  *self,
                                                           int                    year,
                                                           GError               **error);
char            *sxsh_certificate_store_get_default_signer (SxshCertificateStore *self);
gboolean         sxsh_certificate_store_needs_confirmation (SxshCertificateStore *self,
                                                           gint64                 facility_id,
                                                           int                    year);

GPtrArray       *sxsh_certificate_store_validate          (SxshCertificateStore  *self,
                                                           SxshCertificate       *certificate);
gint64           sxsh_certificate_store_insert            (SxshCertificateStore  *self,
                                                           SxshCertificate       *certificate,
                                                           gboolean               accept_warnings,
                                                           GError               **error);
gboolean         sxsh_certificate_store_update            (SxshCertificateStore  *self,
                                                           SxshCertificate       *certificate,
                                                           gboolean               accept_warnings,
                                                           GError               **error);
gboolean         sxsh_certificate_store_revoke            (SxshCertificateStore  *self,
                                                           gint64                 id,
                                                           const char            *revoked_on,
                                                           const char            *reason,
                                                           GError               **error);
SxshRowSet      *sxsh_certificate_store_delete            (SxshCertificateStore  *self,
                                                           gint64                 id,
                                                           GError               **error);
gboolean         sxsh_certificate_store_undo_delete       (SxshCertificateStore  *self,
                                                           SxshRowSet            *undo,
                                                           GError               **error);

SxshCertificate *sxsh_certificate_find_by_number          (SxshDatabase          *db,
                                                           const char            *number,
                                                           GError               **error);

G_END_DECLS

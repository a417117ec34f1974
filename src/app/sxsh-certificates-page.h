/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-certificate-store.h"
#include "sxsh-database.h"

G_BEGIN_DECLS

#define SXSH_TYPE_CERTIFICATES_PAGE (sxsh_certificates_page_get_type ())
G_DECLARE_FINAL_TYPE (SxshCertificatesPage, sxsh_certificates_page, SXSH, CERTIFICATES_PAGE, AdwBin)

SxshCertificatesPage *sxsh_certificates_page_new       (SxshDatabase         *database);
SxshCertificateStore *sxsh_certificates_page_get_store (SxshCertificatesPage *self);
int                   sxsh_certificates_page_get_year  (SxshCertificatesPage *self);
void                  sxsh_certificates_page_set_year  (SxshCertificatesPage *self,
                                                        int                   year);

G_END_DECLS

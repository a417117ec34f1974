/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-certificate.h"
#include "sxsh-database.h"
#include "sxsh-official-document.h"

G_BEGIN_DECLS

/* Certificates of cleaner-production application, one A4 landscape page
 * each in the official style: the department and the national title, the
 * facility's name, address and tax code, the benefits, the number, place,
 * date and signature.  A batch of certificates is one PDF.
 *
 * A revoked certificate is refused (SXSH_ERROR_INVALID) unless
 * @revoked_copy asks for a copy, which is then marked "ĐÃ THU HỒI" across
 * the page with the date and reason of the revocation. */

SxshOfficialDocument *sxsh_certificate_pdf_build        (SxshDatabase        *db,
                                                         GPtrArray           *certificates,
                                                         gboolean             revoked_copy,
                                                         GError             **error);
gboolean              sxsh_certificate_pdf_write        (SxshDatabase        *db,
                                                         GPtrArray           *certificates,
                                                         gboolean             revoked_copy,
                                                         const char          *path,
                                                         guint               *n_pages,
                                                         GError             **error);
GPtrArray            *sxsh_certificate_pdf_lookup       (SxshDatabase        *db,
                                                         const char * const  *numbers,
                                                         GError             **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-certificate-store.h"

G_BEGIN_DECLS

#define SXSH_TYPE_CERTIFICATE_EDITOR (sxsh_certificate_editor_get_type ())
G_DECLARE_FINAL_TYPE (SxshCertificateEditor, sxsh_certificate_editor, SXSH, CERTIFICATE_EDITOR,
                      AdwWindow)

SxshCertificateEditor *sxsh_certificate_editor_new             (SxshCertificateStore  *store,
                                                                SxshCertificate       *certificate);
void                   sxsh_certificate_editor_set_facility    (SxshCertificateEditor *self,
                                                                gint64                 id,
                                                                const char            *name);
SxshCertificate       *sxsh_certificate_editor_get_certificate (SxshCertificateEditor *self);
gboolean               sxsh_certificate_editor_get_can_save    (SxshCertificateEditor *self);

G_END_DECLS

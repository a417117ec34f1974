/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The editor's fields, reached by the UI tests to type into them as a user
 * would. */

#include "sxsh-certificate-editor.h"
#include "sxsh-facility-picker.h"

G_BEGIN_DECLS

GtkWidget          *sxsh_certificate_editor_get_field_widget  (SxshCertificateEditor *self,
                                                               const char            *field);
const char         *sxsh_certificate_editor_get_field_message (SxshCertificateEditor *self,
                                                               const char            *field);
const char         *sxsh_certificate_editor_get_number_text   (SxshCertificateEditor *self);
SxshFacilityPicker *sxsh_certificate_editor_get_picker        (SxshCertificateEditor *self);
AdwMessageDialog   *sxsh_certificate_editor_get_confirmation  (SxshCertificateEditor *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The editor's fields, reached by the UI tests to type into them as a user
 * would. */

#include "sxsh-facility-editor.h"

G_BEGIN_DECLS

GtkWidget  *sxsh_facility_editor_get_field_widget  (SxshFacilityEditor *self,
                                                    const char         *field);
const char *sxsh_facility_editor_get_field_message (SxshFacilityEditor *self,
                                                    const char         *field);
GtkWidget  *sxsh_facility_editor_get_save_button   (SxshFacilityEditor *self);

G_END_DECLS

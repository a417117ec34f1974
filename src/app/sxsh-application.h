/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-database.h"

G_BEGIN_DECLS

#define SXSH_TYPE_APPLICATION (sxsh_application_get_type ())
G_DECLARE_FINAL_TYPE (SxshApplication, sxsh_application, SXSH, APPLICATION, AdwApplication)

SxshApplication *sxsh_application_new               (void);
const char      *sxsh_application_get_database_path (SxshApplication *self);
void             sxsh_application_set_database_path (SxshApplication *self,
                                                     const char      *path);
SxshDatabase    *sxsh_application_get_database      (SxshApplication *self);
GSettings       *sxsh_application_get_settings      (SxshApplication *self);

G_END_DECLS

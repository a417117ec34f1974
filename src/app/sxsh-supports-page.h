/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-database.h"
#include "sxsh-support-store.h"

G_BEGIN_DECLS

#define SXSH_TYPE_SUPPORTS_PAGE (sxsh_supports_page_get_type ())
G_DECLARE_FINAL_TYPE (SxshSupportsPage, sxsh_supports_page, SXSH, SUPPORTS_PAGE, AdwBin)

SxshSupportsPage *sxsh_supports_page_new              (SxshDatabase     *database);
SxshSupportStore *sxsh_supports_page_get_store        (SxshSupportsPage *self);
int               sxsh_supports_page_get_year         (SxshSupportsPage *self);
void              sxsh_supports_page_set_year         (SxshSupportsPage *self,
                                                       int               year);
gboolean          sxsh_supports_page_get_demo_models  (SxshSupportsPage *self);
void              sxsh_supports_page_set_demo_models  (SxshSupportsPage *self,
                                                       gboolean          demo_models);

G_END_DECLS

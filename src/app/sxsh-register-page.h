/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-database.h"
#include "sxsh-register.h"

G_BEGIN_DECLS

#define SXSH_TYPE_REGISTER_PAGE (sxsh_register_page_get_type ())
G_DECLARE_FINAL_TYPE (SxshRegisterPage, sxsh_register_page, SXSH, REGISTER_PAGE, AdwBin)

SxshRegisterPage *sxsh_register_page_new          (SxshDatabase     *database);
SxshRegister     *sxsh_register_page_get_register (SxshRegisterPage *self);
int               sxsh_register_page_get_year     (SxshRegisterPage *self);
void              sxsh_register_page_set_year     (SxshRegisterPage *self,
                                                   int               year);

G_END_DECLS

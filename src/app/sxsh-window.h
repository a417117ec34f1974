/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-application.h"
#include "sxsh-database.h"

G_BEGIN_DECLS

#define SXSH_TYPE_WINDOW (sxsh_window_get_type ())
G_DECLARE_FINAL_TYPE (SxshWindow, sxsh_window, SXSH, WINDOW, AdwApplicationWindow)

SxshWindow      *sxsh_window_new          (SxshApplication *application,
                                           SxshDatabase    *database);
SxshDatabase    *sxsh_window_get_database (SxshWindow      *self);
int              sxsh_window_get_year     (SxshWindow      *self);
void             sxsh_window_set_year     (SxshWindow      *self,
                                           int              year);
AdwViewStackPage *sxsh_window_add_page    (SxshWindow      *self,
                                           GtkWidget       *page,
                                           const char      *name,
                                           const char      *title,
                                           const char      *icon_name);
GtkWidget       *sxsh_window_get_page     (SxshWindow      *self,
                                           const char      *name);
void             sxsh_window_add_toast    (SxshWindow      *self,
                                           AdwToast        *toast);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-database.h"

G_BEGIN_DECLS

#define SXSH_TYPE_PREFERENCES_WINDOW (sxsh_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (SxshPreferencesWindow, sxsh_preferences_window, SXSH, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

SxshPreferencesWindow *sxsh_preferences_window_new         (SxshDatabase          *database);
GtkEditable           *sxsh_preferences_window_get_entry   (SxshPreferencesWindow *self,
                                                            const char            *key);
gboolean               sxsh_preferences_window_save        (SxshPreferencesWindow *self,
                                                            GError               **error);

G_END_DECLS

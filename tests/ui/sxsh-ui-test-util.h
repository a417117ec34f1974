/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void     sxsh_ui_test_iterate  (void);
gboolean sxsh_ui_test_wait_for (gboolean (*check) (gpointer data),
                                gpointer   data,
                                guint      seconds);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the user sees of the reporting register, reached by the UI tests. */

#include "sxsh-register-page.h"

G_BEGIN_DECLS

GtkColumnView     *sxsh_register_page_get_column_view   (SxshRegisterPage *self);
GtkMultiSelection *sxsh_register_page_get_selection     (SxshRegisterPage *self);
GtkSearchEntry    *sxsh_register_page_get_search_entry  (SxshRegisterPage *self);
GtkToggleButton   *sxsh_register_page_get_missing_toggle (SxshRegisterPage *self);
const char        *sxsh_register_page_get_summary_text  (SxshRegisterPage *self);
const char        *sxsh_register_page_get_count_text    (SxshRegisterPage *self);
const char        *sxsh_register_page_get_visible_view  (SxshRegisterPage *self);
AdwMessageDialog  *sxsh_register_page_get_dialog        (SxshRegisterPage *self);
AdwToast          *sxsh_register_page_get_undo_toast    (SxshRegisterPage *self);
gboolean           sxsh_register_page_select_reporter   (SxshRegisterPage *self,
                                                         SxshReporterKind  kind,
                                                         gint64            reporter_id,
                                                         gboolean          add);

G_END_DECLS

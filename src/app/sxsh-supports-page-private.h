/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the user sees of the technical support page, reached by the UI
 * tests. */

#include "sxsh-support-editor.h"
#include "sxsh-supports-page.h"

G_BEGIN_DECLS

GtkColumnView       *sxsh_supports_page_get_column_view    (SxshSupportsPage *self);
GtkColumnViewColumn *sxsh_supports_page_get_results_column (SxshSupportsPage *self);
GtkSingleSelection  *sxsh_supports_page_get_selection      (SxshSupportsPage *self);
GtkSearchEntry      *sxsh_supports_page_get_search_entry   (SxshSupportsPage *self);
const char          *sxsh_supports_page_get_count_text     (SxshSupportsPage *self);
const char          *sxsh_supports_page_get_visible_view   (SxshSupportsPage *self);
AdwToast            *sxsh_supports_page_get_undo_toast     (SxshSupportsPage *self);
SxshSupportEditor   *sxsh_supports_page_get_editor         (SxshSupportsPage *self);
gboolean             sxsh_supports_page_select_support     (SxshSupportsPage *self,
                                                            gint64            id);

G_END_DECLS

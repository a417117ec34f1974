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
gboolean           sxsh_register_page_write_reminders   (SxshRegisterPage *self,
                                                         const char       *path,
                                                         guint            *n_letters,
                                                         GError          **error);

/* Shared by the page's files: sxsh-register-page-actions.c holds what the
 * officer does with the reports. */
SxshDatabase      *sxsh_register_page_get_database      (SxshRegisterPage *self);
GPtrArray         *sxsh_register_page_get_selected_entries (SxshRegisterPage *self);
void               sxsh_register_page_refresh           (SxshRegisterPage *self);
void               sxsh_register_page_present_dialog    (SxshRegisterPage *self,
                                                         AdwMessageDialog *dialog);
void               sxsh_register_page_set_undo_toast    (SxshRegisterPage *self,
                                                         AdwToast         *toast);
gboolean           sxsh_register_page_entry_is_received (SxshRegisterEntry *entry);
void               sxsh_register_page_mark_received_action (GtkWidget  *widget,
                                                         const char *action_name,
                                                         GVariant   *parameter);
void               sxsh_register_page_return_action     (GtkWidget  *widget,
                                                         const char *action_name,
                                                         GVariant   *parameter);
void               sxsh_register_page_clear_action      (GtkWidget  *widget,
                                                         const char *action_name,
                                                         GVariant   *parameter);
void               sxsh_register_page_edit_report_action (GtkWidget  *widget,
                                                         const char *action_name,
                                                         GVariant   *parameter);
void               sxsh_register_page_reminders_action  (GtkWidget  *widget,
                                                         const char *action_name,
                                                         GVariant   *parameter);

G_END_DECLS

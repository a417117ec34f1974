/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What the list pages and editors of the programme's activities share:
 * toasts and error dialogs, undo toasts, text columns, reference choosers,
 * and money and quantities in the Vietnamese way. */

void      sxsh_page_add_toast          (GtkWidget            *widget,
                                        AdwToast             *toast);
void      sxsh_page_show_error         (GtkWidget            *widget,
                                        const char           *heading,
                                        const GError         *error);
void      sxsh_page_scroll_to_position (GtkColumnView        *view,
                                        guint                 position);
AdwToast *sxsh_page_undo_toast_new     (const char           *title,
                                        gpointer              undo,
                                        GDestroyNotify        free_undo,
                                        GCallback             undo_cb,
                                        gpointer              user_data);
gpointer  sxsh_page_undo_toast_steal   (AdwToast             *toast);
void      sxsh_page_present_undo_toast (GtkWidget            *page,
                                        AdwToast             *toast,
                                        const char           *id_key,
                                        gint64                id,
                                        AdwToast            **weak_toast);
void      sxsh_page_select_after_delete (GtkSelectionModel   *selection,
                                         guint                position);

GtkSortListModel   *sxsh_page_sort_model_new       (GListModel          *model,
                                                    GtkColumnView       *view);
GtkSingleSelection *sxsh_page_single_selection_new (GtkSortListModel    *sort_model,
                                                    GtkColumnView       *view);
void      sxsh_page_disconnect_models  (gpointer              page,
                                        gpointer              sort_model,
                                        gpointer              selection);
void      sxsh_page_search_stop        (GtkSearchEntry       *entry,
                                        GtkColumnView        *view);
gboolean  sxsh_page_focus_search       (GtkWidget            *page,
                                        GtkStack             *stack,
                                        const char           *list_name,
                                        GtkSearchEntry       *entry);
void      sxsh_page_add_window_shortcuts (GtkWidget          *page,
                                          GtkShortcutFunc     focus_search,
                                          const char         *new_action);
void      sxsh_page_present_editor     (GtkWidget            *page,
                                        GtkWindow            *editor,
                                        GCallback             saved_cb,
                                        GtkWindow           **weak_editor);
void      sxsh_page_activate_row       (GtkWidget            *page,
                                        GtkSelectionModel    *selection,
                                        guint                 position,
                                        const char           *action_name);
const char *sxsh_page_get_visible_view (GtkStack             *stack,
                                        const char           *list_name,
                                        GtkStack             *list_stack);

/* Returns: (transfer full): the text of @item's cell */
typedef char *(*SxshCellTextFunc) (gpointer item);

void      sxsh_page_setup_text_column  (GtkColumnViewColumn  *column,
                                        SxshCellTextFunc      get_text,
                                        gboolean              numeric,
                                        GCompareDataFunc      compare);
gboolean  sxsh_page_select_item        (GtkSingleSelection   *selection,
                                        GtkColumnView        *view,
                                        gboolean            (*has_id) (gpointer item,
                                                                       gint64   id),
                                        gint64                id);

void      sxsh_page_setup_named_chooser (gpointer             chooser,
                                         const char          *none_label,
                                         GListModel          *items);
void      sxsh_page_select_named       (gpointer              chooser,
                                        gint64                id);
gint64    sxsh_page_get_named_id       (gpointer              chooser);
GtkStringList *sxsh_page_labels_new    (const char *       (*get_label) (int value),
                                        int                   n_values);

char     *sxsh_page_format_money       (gint64                vnd);
char     *sxsh_page_format_money_entry (gint64                vnd);
gboolean  sxsh_page_parse_money        (const char           *text,
                                        gint64               *vnd);
char     *sxsh_page_format_quantity    (double                value);
gboolean  sxsh_page_parse_quantity     (const char           *text,
                                        double               *value);
char     *sxsh_page_format_payback     (gboolean              has_payback,
                                        double                years);
gboolean  sxsh_page_parse_date         (const char           *text,
                                        char                **iso);
char     *sxsh_page_today_iso          (void);

G_END_DECLS

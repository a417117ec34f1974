/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the user sees of the plans page, reached by the UI tests. */

#include "sxsh-plan-editor.h"
#include "sxsh-plan-task-editor.h"
#include "sxsh-plans-page.h"

G_BEGIN_DECLS

GtkColumnView      *sxsh_plans_page_get_column_view   (SxshPlansPage *self);
GtkSingleSelection *sxsh_plans_page_get_selection     (SxshPlansPage *self);
GtkSearchEntry     *sxsh_plans_page_get_search_entry  (SxshPlansPage *self);
GtkDropDown        *sxsh_plans_page_get_plan_chooser  (SxshPlansPage *self);
GtkDropDown        *sxsh_plans_page_get_progress_filter (SxshPlansPage *self);
GtkFlowBox         *sxsh_plans_page_get_targets_box   (SxshPlansPage *self);
const char         *sxsh_plans_page_get_count_text    (SxshPlansPage *self);
const char         *sxsh_plans_page_get_plan_title    (SxshPlansPage *self);
const char         *sxsh_plans_page_get_visible_view  (SxshPlansPage *self);
AdwToast           *sxsh_plans_page_get_undo_toast    (SxshPlansPage *self);
AdwMessageDialog   *sxsh_plans_page_get_dialog        (SxshPlansPage *self);
SxshPlanEditor     *sxsh_plans_page_get_plan_editor   (SxshPlansPage *self);
SxshPlanTaskEditor *sxsh_plans_page_get_task_editor   (SxshPlansPage *self);
gboolean            sxsh_plans_page_select_task       (SxshPlansPage *self,
                                                       gint64         id);

/* Shared by the page's files: sxsh-plans-page-actions.c holds what the
 * officer does with the plans, their targets and tasks. */
struct _SxshPlansPage
{
  AdwBin               parent_instance;

  SxshDatabase        *database;
  SxshPlanStore       *store;
  GtkStringList       *plan_labels;
  GArray              *plan_ids;         /* gint64, in the chooser's order */
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  int                  year;
  char                *search_folded;
  gint64               reload_selection;
  gboolean             syncing_plans;

  /* Weak pointers, for the tests and to avoid opening two of each. */
  AdwToast            *undo_toast;
  AdwMessageDialog    *dialog;
  SxshPlanEditor      *plan_editor;
  SxshPlanTaskEditor  *task_editor;

  /* Template widgets */
  GtkStack            *stack;
  GtkLabel            *plan_title_label;
  GtkLabel            *plan_detail_label;
  GtkDropDown         *plan_dropdown;
  GtkFlowBox          *targets_box;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *progress_dropdown;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *code_column;
  GtkColumnViewColumn *task_column;
  GtkColumnViewColumn *lead_column;
  GtkColumnViewColumn *partner_column;
  GtkColumnViewColumn *timing_column;
  GtkColumnViewColumn *progress_column;
  GtkColumnViewColumn *note_column;
  GtkLabel            *count_label;
};

void          sxsh_plans_page_refresh             (SxshPlansPage *self);
SxshPlanTask *sxsh_plans_page_get_selected_task   (SxshPlansPage *self);
void          sxsh_plans_page_add_undo_toast      (SxshPlansPage *self,
                                                   const char    *title,
                                                   SxshPlanUndo  *undo);
void          sxsh_plans_page_install_actions     (GtkWidgetClass *widget_class);
void          sxsh_plans_page_edit_target         (SxshPlansPage *self,
                                                   SxshPlanTarget *target);

G_END_DECLS

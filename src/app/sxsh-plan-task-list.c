/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sxsh-named-item.h"
#include "sxsh-plan-store.h"
#include "sxsh-plan-task-list.h"

/**
 * sxsh_plan_task_list_new:
 *
 * Returns: (transfer full): the current plan's tasks in the appendix's
 *   order, empty when there is no plan
 */
GListModel *
sxsh_plan_task_list_new (SxshDatabase *db)
{
  g_autoptr(SxshPlanStore) plans = NULL;
  g_autoptr(GError) error = NULL;
  GListStore *tasks = g_list_store_new (SXSH_TYPE_NAMED_ITEM);
  guint n;

  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);

  plans = sxsh_plan_store_new (db);
  if (!sxsh_plan_store_reload (plans, &error))
    {
      g_debug ("No plan tasks: %s", error->message);
      return G_LIST_MODEL (tasks);
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (plans));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshPlanTask) task = g_list_model_get_item (G_LIST_MODEL (plans), i);
      g_autoptr(SxshNamedItem) item = NULL;
      g_autofree char *name = NULL;

      if (*sxsh_plan_task_get_code (task) != '\0')
        name = g_strdup_printf ("%s — %s", sxsh_plan_task_get_code (task),
                                sxsh_plan_task_get_task (task));
      else
        name = g_strdup (sxsh_plan_task_get_task (task));
      item = sxsh_named_item_new (sxsh_plan_task_get_id (task), name,
                                  sxsh_plan_task_get_timing (task));
      g_list_store_append (tasks, item);
    }
  return G_LIST_MODEL (tasks);
}

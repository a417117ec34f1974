/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-database.h"

G_BEGIN_DECLS

/* The tasks of the plan in force, "1.1 — Xây dựng …" with their timing as
 * detail, as #SxshNamedItem for a "plan task" chooser (events, budget
 * lines). */
GListModel *sxsh_plan_task_list_new (SxshDatabase *db);

G_END_DECLS

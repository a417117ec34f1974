/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-database.h"

G_BEGIN_DECLS

/* Loads plan 2340/KH-UBND with its targets, quotas and tasks, Kon Tum's
 * administrative units (before and after 1/7/2025), sectors, resources with
 * TOE factors, agencies and the default settings.  Does nothing when the
 * reference data is already there. */
gboolean sxsh_reference_load      (SxshDatabase  *db,
                                   GError       **error);
gboolean sxsh_reference_is_loaded (SxshDatabase  *db);

G_END_DECLS

#include <gio/gio.h>

G_BEGIN_DECLS

/* Lists of SxshNamedItem, sorted in Vietnamese order.  Administrative units
 * carry their parent's name as detail; @on_date (ISO, nullable) keeps only
 * the units valid on that day. */
GListModel *sxsh_reference_list_sectors      (SxshDatabase  *db,
                                              GError       **error);
GListModel *sxsh_reference_list_admin_units  (SxshDatabase  *db,
                                              const char    *on_date,
                                              GError       **error);
GListModel *sxsh_reference_list_resources    (SxshDatabase  *db,
                                              GError       **error);
GListModel *sxsh_reference_list_agencies     (SxshDatabase  *db,
                                              GError       **error);

G_END_DECLS

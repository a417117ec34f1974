/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sxsh-database.h"

G_BEGIN_DECLS

#define SXSH_TYPE_ITEM_LIST (sxsh_item_list_get_type ())
G_DECLARE_DERIVABLE_TYPE (SxshItemList, sxsh_item_list, SXSH, ITEM_LIST, GObject)

/**
 * SxshItemListClass:
 * @item_type: the type of the items, set in the subclass's class_init
 * @watched_tables: (nullable) (array zero-terminated=1): the tables whose
 *   #SxshDatabase::changed signal reloads the list; %NULL for none
 * @reload: reads the items from the database again and hands them to
 *   sxsh_item_list_set_items()
 * @get_search_key: (nullable): the item's text folded with sxsh_text_fold(),
 *   which the filter text is looked for in; @position is the item's place in
 *   sxsh_item_list_get_items(), for a subclass that keeps the keys beside
 *   the items (and then never calls sxsh_item_list_replace()); without it
 *   the filter text hides nothing
 *
 * What a list of the core (events, supports, facilities …) tells the base
 * about itself.
 */
struct _SxshItemListClass
{
  GObjectClass parent_class;

  GType               item_type;
  const char * const *watched_tables;

  gboolean     (*reload)         (SxshItemList  *self,
                                  GError       **error);
  const char * (*get_search_key) (SxshItemList  *self,
                                  gpointer       item,
                                  guint          position);
};

/**
 * SxshItemListMatchFunc:
 * @item: an item of the list
 * @data: what was given with the function
 *
 * The list's own conditions (a kind, a status …), besides the filter text.
 *
 * Returns: %TRUE to show @item
 */
typedef gboolean (*SxshItemListMatchFunc) (gpointer item,
                                           gpointer data);

SxshDatabase *sxsh_item_list_get_database    (SxshItemList  *self);
gboolean      sxsh_item_list_reload          (SxshItemList  *self,
                                              GError       **error);
void          sxsh_item_list_reload_or_warn  (SxshItemList  *self);
gboolean      sxsh_item_list_set_filter_text (SxshItemList  *self,
                                              const char    *text);
const char   *sxsh_item_list_get_filter_text (SxshItemList  *self);
GPtrArray    *sxsh_item_list_get_items       (SxshItemList  *self);

/* For subclasses. */
void          sxsh_item_list_set_match_func  (SxshItemList          *self,
                                              SxshItemListMatchFunc  func,
                                              gpointer               data);
void          sxsh_item_list_set_items       (SxshItemList  *self,
                                              GPtrArray     *items);
void          sxsh_item_list_replace         (SxshItemList  *self,
                                              gpointer       old_item,
                                              gpointer       new_item,
                                              GCompareFunc   compare);
void          sxsh_item_list_refilter        (SxshItemList  *self);

G_END_DECLS

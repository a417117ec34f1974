/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sxsh-item-list.h"
#include "sxsh-text.h"

/* Every list of the core holds what it loaded and shows the part that
 * passes its filters.  The visible array borrows from the loaded one, so
 * that a search keystroke over thousands of rows copies pointers only; the
 * loaded items that leave are kept alive until the views have been told. */
typedef struct
{
  SxshDatabase          *db;
  gulong                 changed_id;
  SxshItemListMatchFunc  match;
  gpointer               match_data;
  GPtrArray             *items;           /* owned: every item loaded */
  gpointer              *visible;         /* borrowed from items: the rows shown */
  guint                  n_visible;
  guint                  visible_size;    /* room for so many */
  char                  *filter_text;     /* as set */
  char                  *filter_folded;   /* folded; NULL when it hides nothing */
} SxshItemListPrivate;

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (SxshItemList, sxsh_item_list, G_TYPE_OBJECT,
                                  G_ADD_PRIVATE (SxshItemList)
                                  G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                         list_model_iface_init))

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_FILTER_TEXT,
  PROP_N_ITEMS,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static GType
list_model_get_item_type (GListModel *model)
{
  return SXSH_ITEM_LIST_GET_CLASS (model)->item_type;
}

static guint
list_model_get_n_items (GListModel *model)
{
  SxshItemListPrivate *priv = sxsh_item_list_get_instance_private (SXSH_ITEM_LIST (model));

  return priv->n_visible;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  SxshItemListPrivate *priv = sxsh_item_list_get_instance_private (SXSH_ITEM_LIST (model));

  if (position >= priv->n_visible)
    return NULL;
  return g_object_ref (priv->visible[position]);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

/* Rebuilds the visible rows and tells the views once: every old row
 * removed, every new one added.  A search runs this at each keystroke over
 * thousands of items, so the loop does nothing but ask about each item and
 * store a pointer. */
static void
refilter (SxshItemList *self)
{
  SxshItemListPrivate *priv = sxsh_item_list_get_instance_private (self);
  const char * (*get_search_key) (SxshItemList *, gpointer, guint) =
    SXSH_ITEM_LIST_GET_CLASS (self)->get_search_key;
  SxshItemListMatchFunc match = priv->match;
  const char *folded = get_search_key ? priv->filter_folded : NULL;
  gpointer *items = priv->items->pdata;
  guint n_items = priv->items->len;
  guint removed = priv->n_visible;
  guint shown = 0;

  if (priv->visible_size < n_items)
    {
      priv->visible_size = n_items;
      priv->visible = g_renew (gpointer, priv->visible, n_items);
    }
  for (guint i = 0; i < n_items; i++)
    {
      if (match && !match (items[i], priv->match_data))
        continue;
      if (folded && !sxsh_text_match_folded (get_search_key (self, items[i], i), folded))
        continue;
      priv->visible[shown++] = items[i];
    }
  priv->n_visible = shown;

  if (removed > 0 || shown > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, shown);
  if (removed != shown)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* Returns: (transfer full) (nullable): the folded search, %NULL when it
 * hides nothing */
static char *
fold_filter (const char *text)
{
  char *folded;

  if (text == NULL || *text == '\0')
    return NULL;
  folded = sxsh_text_fold (text);
  if (*folded == '\0')
    g_clear_pointer (&folded, g_free);
  return folded;
}

static void
database_changed_cb (SxshDatabase *db,
                     const char   *table,
                     SxshItemList *self)
{
  if (table != NULL && g_strv_contains (SXSH_ITEM_LIST_GET_CLASS (self)->watched_tables, table))
    sxsh_item_list_reload_or_warn (self);
}

static void
sxsh_item_list_constructed (GObject *object)
{
  SxshItemList *self = SXSH_ITEM_LIST (object);
  SxshItemListPrivate *priv = sxsh_item_list_get_instance_private (self);

  G_OBJECT_CLASS (sxsh_item_list_parent_class)->constructed (object);

  if (priv->db != NULL && SXSH_ITEM_LIST_GET_CLASS (self)->watched_tables != NULL)
    priv->changed_id = g_signal_connect (priv->db, "changed",
                                         G_CALLBACK (database_changed_cb), self);
}

static void
sxsh_item_list_dispose (GObject *object)
{
  SxshItemListPrivate *priv = sxsh_item_list_get_instance_private (SXSH_ITEM_LIST (object));

  if (priv->db != NULL)
    g_clear_signal_handler (&priv->changed_id, priv->db);
  g_clear_object (&priv->db);

  G_OBJECT_CLASS (sxsh_item_list_parent_class)->dispose (object);
}

static void
sxsh_item_list_finalize (GObject *object)
{
  SxshItemListPrivate *priv = sxsh_item_list_get_instance_private (SXSH_ITEM_LIST (object));

  g_free (priv->visible);
  g_ptr_array_unref (priv->items);
  g_free (priv->filter_text);
  g_free (priv->filter_folded);

  G_OBJECT_CLASS (sxsh_item_list_parent_class)->finalize (object);
}

static void
sxsh_item_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SxshItemList *self = SXSH_ITEM_LIST (object);
  SxshItemListPrivate *priv = sxsh_item_list_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_DATABASE: g_value_set_object (value, priv->db); break;
    case PROP_FILTER_TEXT: g_value_set_string (value, priv->filter_text); break;
    case PROP_N_ITEMS: g_value_set_uint (value, priv->n_visible); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_item_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SxshItemList *self = SXSH_ITEM_LIST (object);
  SxshItemListPrivate *priv = sxsh_item_list_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_DATABASE: priv->db = g_value_dup_object (value); break;
    case PROP_FILTER_TEXT: sxsh_item_list_set_filter_text (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_item_list_class_init (SxshItemListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sxsh_item_list_constructed;
  object_class->dispose = sxsh_item_list_dispose;
  object_class->finalize = sxsh_item_list_finalize;
  object_class->get_property = sxsh_item_list_get_property;
  object_class->set_property = sxsh_item_list_set_property;

  klass->item_type = G_TYPE_OBJECT;

  /**
   * SxshItemList:database:
   *
   * Where the items come from; its changes to the class's watched tables
   * reload the list.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, SXSH_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * SxshItemList:filter-text:
   *
   * Words that must all begin words of a shown item's search key, ignoring
   * case and accents; %NULL or "" shows every item.
   */
  properties[PROP_FILTER_TEXT] =
    g_param_spec_string ("filter-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_item_list_init (SxshItemList *self)
{
  SxshItemListPrivate *priv = sxsh_item_list_get_instance_private (self);

  priv->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Returns: (transfer none) (nullable): the #SxshItemList:database */
SxshDatabase *
sxsh_item_list_get_database (SxshItemList *self)
{
  SxshItemListPrivate *priv = sxsh_item_list_get_instance_private (self);

  g_return_val_if_fail (SXSH_IS_ITEM_LIST (self), NULL);
  return priv->db;
}

/**
 * sxsh_item_list_reload:
 *
 * Reads the items again, keeping the filters.
 */
gboolean
sxsh_item_list_reload (SxshItemList  *self,
                       GError       **error)
{
  g_return_val_if_fail (SXSH_IS_ITEM_LIST (self), FALSE);
  g_return_val_if_fail (SXSH_ITEM_LIST_GET_CLASS (self)->reload != NULL, FALSE);

  return SXSH_ITEM_LIST_GET_CLASS (self)->reload (self, error);
}

/**
 * sxsh_item_list_reload_or_warn:
 *
 * Reloads where nobody waits for the outcome (a changed year, a change
 * made elsewhere): a failure can only be logged.
 */
void
sxsh_item_list_reload_or_warn (SxshItemList *self)
{
  g_autoptr(GError) error = NULL;

  if (!sxsh_item_list_reload (self, &error))
    g_warning ("%s could not be loaded: %s", G_OBJECT_TYPE_NAME (self), error->message);
}

/**
 * sxsh_item_list_set_filter_text:
 * @text: (nullable): see #SxshItemList:filter-text
 *
 * Returns: %TRUE when the text changed (the list was then filtered again)
 */
gboolean
sxsh_item_list_set_filter_text (SxshItemList *self,
                                const char   *text)
{
  SxshItemListPrivate *priv = sxsh_item_list_get_instance_private (self);

  g_return_val_if_fail (SXSH_IS_ITEM_LIST (self), FALSE);

  if (g_strcmp0 (priv->filter_text, text) == 0)
    return FALSE;
  g_free (priv->filter_text);
  priv->filter_text = g_strdup (text);
  g_free (priv->filter_folded);
  priv->filter_folded = fold_filter (text);
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER_TEXT]);
  return TRUE;
}

const char *
sxsh_item_list_get_filter_text (SxshItemList *self)
{
  SxshItemListPrivate *priv = sxsh_item_list_get_instance_private (self);

  g_return_val_if_fail (SXSH_IS_ITEM_LIST (self), NULL);
  return priv->filter_text;
}

/**
 * sxsh_item_list_get_items:
 *
 * Returns: (transfer none) (element-type GObject): every item loaded,
 *   whatever the filters show; not to be changed
 */
GPtrArray *
sxsh_item_list_get_items (SxshItemList *self)
{
  SxshItemListPrivate *priv = sxsh_item_list_get_instance_private (self);

  g_return_val_if_fail (SXSH_IS_ITEM_LIST (self), NULL);
  return priv->items;
}

/**
 * sxsh_item_list_set_match_func:
 * @func: (nullable): the list's own conditions; %NULL when it has none
 * @data: given to @func
 *
 * The next sxsh_item_list_refilter() (or change of items or of the filter
 * text) shows only the items that @func accepts.
 */
void
sxsh_item_list_set_match_func (SxshItemList          *self,
                               SxshItemListMatchFunc  func,
                               gpointer               data)
{
  SxshItemListPrivate *priv = sxsh_item_list_get_instance_private (self);

  g_return_if_fail (SXSH_IS_ITEM_LIST (self));

  priv->match = func;
  priv->match_data = data;
}

/**
 * sxsh_item_list_set_items:
 * @items: (transfer full) (element-type GObject): the items in the order to
 *   show, in an array that unrefs them
 *
 * Replaces every item and shows those that pass the filters.
 */
void
sxsh_item_list_set_items (SxshItemList *self,
                          GPtrArray    *items)
{
  SxshItemListPrivate *priv = sxsh_item_list_get_instance_private (self);
  g_autoptr(GPtrArray) old_items = NULL;

  g_return_if_fail (SXSH_IS_ITEM_LIST (self));
  g_return_if_fail (items != NULL);

  /* The rows shown borrow from the old array: it lives until the views
   * were told that they are gone. */
  old_items = g_steal_pointer (&priv->items);
  priv->items = items;
  refilter (self);
}

/**
 * sxsh_item_list_replace:
 * @old_item: (nullable): an item to take out
 * @new_item: (nullable) (transfer full): an item to put in
 * @compare: the order of the items, as for g_ptr_array_sort(), by which
 *   @new_item takes its place
 *
 * Changes one item without reading the others again, and tells the views
 * once.
 */
void
sxsh_item_list_replace (SxshItemList *self,
                        gpointer      old_item,
                        gpointer      new_item,
                        GCompareFunc  compare)
{
  SxshItemListPrivate *priv = sxsh_item_list_get_instance_private (self);
  g_autoptr(GObject) held = NULL;

  g_return_if_fail (SXSH_IS_ITEM_LIST (self));
  g_return_if_fail (new_item == NULL || compare != NULL);

  /* Shown until the views were told. */
  if (old_item != NULL)
    {
      held = g_object_ref (old_item);
      g_ptr_array_remove (priv->items, old_item);
    }
  if (new_item != NULL)
    {
      guint lo = 0, hi = priv->items->len;

      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (compare (&g_ptr_array_index (priv->items, mid), &new_item) < 0)
            lo = mid + 1;
          else
            hi = mid;
        }
      g_ptr_array_insert (priv->items, lo, new_item);
    }
  refilter (self);
}

/**
 * sxsh_item_list_refilter:
 *
 * Shows again the items that pass the filters, after one of the list's own
 * conditions changed.
 */
void
sxsh_item_list_refilter (SxshItemList *self)
{
  g_return_if_fail (SXSH_IS_ITEM_LIST (self));
  refilter (self);
}

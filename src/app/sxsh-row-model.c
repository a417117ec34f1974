/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sxsh-row-model.h"

/* A list of lines (SxshRow) over a list of items.
 *
 * Filtering the facility register replaces the whole list of items at each
 * keystroke.  GTK 4.8's list views then throw away the widgets of every row
 * whose item left the screen and build new ones, which costs far more than
 * the filtering itself.  Listing lines instead of items keeps the rows on
 * the screen: a line whose item changed only rebinds its labels, and the
 * view hears of added or removed lines at the end of the list only. */
struct _SxshRowModel
{
  GObject     parent_instance;

  GListModel *source;
  GPtrArray  *rows;      /* position → SxshRow, NULL until asked for */
  guint       n_items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SxshRowModel, sxsh_row_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  SIGNAL_CONTENT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType
sxsh_row_model_get_item_type (GListModel *model)
{
  return SXSH_TYPE_ROW;
}

static guint
sxsh_row_model_get_n_items (GListModel *model)
{
  return SXSH_ROW_MODEL (model)->n_items;
}

static gpointer
sxsh_row_model_get_item (GListModel *model,
                         guint       position)
{
  SxshRowModel *self = SXSH_ROW_MODEL (model);
  SxshRow *row;

  if (position >= self->n_items)
    return NULL;

  if (self->rows->len < self->n_items)
    g_ptr_array_set_size (self->rows, self->n_items);

  row = g_ptr_array_index (self->rows, position);
  if (row == NULL)
    {
      row = sxsh_row_new (self->source, position);
      g_ptr_array_index (self->rows, position) = row;
    }

  return g_object_ref (row);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sxsh_row_model_get_item_type;
  iface->get_n_items = sxsh_row_model_get_n_items;
  iface->get_item = sxsh_row_model_get_item;
}

static void
free_row (gpointer data)
{
  SxshRow *row = data;

  if (row == NULL)
    return;

  sxsh_row_detach (row);
  g_object_unref (row);
}

static void
source_items_changed_cb (SxshRowModel *self,
                         guint         position,
                         guint         removed,
                         guint         added,
                         GListModel   *source)
{
  guint old_n = self->n_items;
  guint new_n = g_list_model_get_n_items (source);
  guint kept = MIN (old_n, new_n);

  /* Lines past the end go first, so that no view rebinds a line that is
   * about to disappear. */
  self->n_items = new_n;
  if (new_n < old_n)
    {
      if (self->rows->len > new_n)
        g_ptr_array_set_size (self->rows, new_n);
      g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
    }

  for (guint i = position; i < kept && i < self->rows->len; i++)
    {
      SxshRow *row = g_ptr_array_index (self->rows, i);

      if (row != NULL)
        sxsh_row_invalidate (row);
    }

  if (new_n > old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);

  g_signal_emit (self, signals[SIGNAL_CONTENT_CHANGED], 0);
}

static void
sxsh_row_model_dispose (GObject *object)
{
  SxshRowModel *self = SXSH_ROW_MODEL (object);

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (sxsh_row_model_parent_class)->dispose (object);
}

static void
sxsh_row_model_class_init (SxshRowModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sxsh_row_model_dispose;

  /**
   * SxshRowModel::content-changed:
   *
   * Emitted after any change of the source, even one that kept the number
   * of lines: what a line shows may have changed.
   */
  signals[SIGNAL_CONTENT_CHANGED] =
    g_signal_new ("content-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sxsh_row_model_init (SxshRowModel *self)
{
  self->rows = g_ptr_array_new_with_free_func (free_row);
}

SxshRowModel *
sxsh_row_model_new (GListModel *source)
{
  SxshRowModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);

  self = g_object_new (SXSH_TYPE_ROW_MODEL, NULL);
  self->source = g_object_ref (source);
  self->n_items = g_list_model_get_n_items (source);
  g_signal_connect_object (source, "items-changed",
                           G_CALLBACK (source_items_changed_cb), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * sxsh_row_model_get_source:
 *
 * Returns: (transfer none): the list of items the lines show
 */
GListModel *
sxsh_row_model_get_source (SxshRowModel *self)
{
  g_return_val_if_fail (SXSH_IS_ROW_MODEL (self), NULL);

  return self->source;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sxsh-row.h"

/* One line of a list view: it shows whatever item of the source model is at
 * its position, and says "changed" when that item is another one.  See
 * SxshRowModel for why lines rather than items are listed. */
struct _SxshRow
{
  GObject     parent_instance;

  GListModel *source;    /* weak: the row model owns both */
  guint       position;
  gpointer    item;      /* cached, looked up again after a change */
  gboolean    valid;
};

G_DEFINE_FINAL_TYPE (SxshRow, sxsh_row, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
sxsh_row_finalize (GObject *object)
{
  SxshRow *self = SXSH_ROW (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (sxsh_row_parent_class)->finalize (object);
}

static void
sxsh_row_class_init (SxshRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sxsh_row_finalize;

  /**
   * SxshRow::changed:
   *
   * Emitted when the line shows another item; views bind it again.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sxsh_row_init (SxshRow *self)
{
}

SxshRow *
sxsh_row_new (GListModel *source,
              guint       position)
{
  SxshRow *self = g_object_new (SXSH_TYPE_ROW, NULL);

  self->source = source;
  self->position = position;

  return self;
}

/**
 * sxsh_row_get_item:
 *
 * Returns: (transfer none) (nullable): the item shown on this line
 */
gpointer
sxsh_row_get_item (SxshRow *self)
{
  g_return_val_if_fail (SXSH_IS_ROW (self), NULL);

  if (!self->valid)
    {
      g_clear_object (&self->item);
      if (self->source != NULL)
        self->item = g_list_model_get_item (self->source, self->position);
      self->valid = TRUE;
    }

  return self->item;
}

guint
sxsh_row_get_position (SxshRow *self)
{
  g_return_val_if_fail (SXSH_IS_ROW (self), 0);

  return self->position;
}

/* The source changed at or before this line: look the item up again and
 * let the views know, if the item is another one. */
void
sxsh_row_invalidate (SxshRow *self)
{
  gpointer old_item;

  g_return_if_fail (SXSH_IS_ROW (self));

  /* A line that no view shows is looked up when it is next asked for. */
  if (!g_signal_has_handler_pending (self, signals[SIGNAL_CHANGED], 0, TRUE))
    {
      self->valid = FALSE;
      g_clear_object (&self->item);
      return;
    }

  old_item = self->item != NULL ? g_object_ref (self->item) : NULL;
  self->valid = FALSE;

  if (sxsh_row_get_item (self) != old_item)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);

  g_clear_object (&old_item);
}

/* The line is gone from the list: it no longer looks at the source. */
void
sxsh_row_detach (SxshRow *self)
{
  g_return_if_fail (SXSH_IS_ROW (self));

  self->source = NULL;
  self->valid = FALSE;
  g_clear_object (&self->item);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sxsh-named-item.h"

struct _SxshNamedItem
{
  GObject  parent_instance;

  gint64   id;
  gint64   parent_id;
  char    *name;
  char    *detail;
};

G_DEFINE_FINAL_TYPE (SxshNamedItem, sxsh_named_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DETAIL,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
sxsh_named_item_finalize (GObject *object)
{
  SxshNamedItem *self = SXSH_NAMED_ITEM (object);

  g_free (self->name);
  g_free (self->detail);
  G_OBJECT_CLASS (sxsh_named_item_parent_class)->finalize (object);
}

static void
sxsh_named_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SxshNamedItem *self = SXSH_NAMED_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_named_item_class_init (SxshNamedItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sxsh_named_item_finalize;
  object_class->get_property = sxsh_named_item_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAIL] = g_param_spec_string ("detail", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_named_item_init (SxshNamedItem *self)
{
}

SxshNamedItem *
sxsh_named_item_new (gint64      id,
                     const char *name,
                     const char *detail)
{
  SxshNamedItem *self = g_object_new (SXSH_TYPE_NAMED_ITEM, NULL);

  self->id = id;
  self->name = g_strdup (name ? name : "");
  self->detail = g_strdup (detail ? detail : "");
  return self;
}

gint64
sxsh_named_item_get_id (SxshNamedItem *self)
{
  g_return_val_if_fail (SXSH_IS_NAMED_ITEM (self), 0);
  return self->id;
}

const char *
sxsh_named_item_get_name (SxshNamedItem *self)
{
  g_return_val_if_fail (SXSH_IS_NAMED_ITEM (self), NULL);
  return self->name;
}

const char *
sxsh_named_item_get_detail (SxshNamedItem *self)
{
  g_return_val_if_fail (SXSH_IS_NAMED_ITEM (self), NULL);
  return self->detail;
}

gint64
sxsh_named_item_get_parent_id (SxshNamedItem *self)
{
  g_return_val_if_fail (SXSH_IS_NAMED_ITEM (self), 0);
  return self->parent_id;
}

void
sxsh_named_item_set_parent_id (SxshNamedItem *self,
                               gint64         parent_id)
{
  g_return_if_fail (SXSH_IS_NAMED_ITEM (self));
  self->parent_id = parent_id;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "sxsh-cli.h"
#include "sxsh-cli-json.h"

struct _SxshCliJsonWriter
{
  GString *out;
  GString *closers;   /* the bracket that closes each open container */
  GArray  *first;     /* gboolean per open container: nothing written in it yet */
};

SxshCliJsonWriter *
sxsh_cli_json_writer_new (void)
{
  SxshCliJsonWriter *self = g_new0 (SxshCliJsonWriter, 1);

  self->out = g_string_new (NULL);
  self->closers = g_string_new (NULL);
  self->first = g_array_new (FALSE, FALSE, sizeof (gboolean));
  return self;
}

void
sxsh_cli_json_writer_free (SxshCliJsonWriter *self)
{
  if (self == NULL)
    return;
  if (self->out)
    g_string_free (self->out, TRUE);
  g_string_free (self->closers, TRUE);
  g_array_unref (self->first);
  g_free (self);
}

/* Returns: (transfer full): the document, with a final newline; the
 * writer is empty afterwards */
char *
sxsh_cli_json_writer_finish (SxshCliJsonWriter *self)
{
  g_return_val_if_fail (self->closers->len == 0, NULL);

  g_string_append_c (self->out, '\n');
  return g_string_free (g_steal_pointer (&self->out), FALSE);
}

/* Prints the finished document on standard output. */
void
sxsh_cli_json_writer_print (SxshCliJsonWriter *self)
{
  g_autofree char *text = sxsh_cli_json_writer_finish (self);

  g_print ("%s", text);
}

/* Every value goes through here: a comma before all but the first member
 * of its container, then the key inside objects. */
static void
next_value (SxshCliJsonWriter *self,
            const char        *key)
{
  if (self->first->len > 0)
    {
      gboolean *first = &g_array_index (self->first, gboolean, self->first->len - 1);

      if (!*first)
        g_string_append_c (self->out, ',');
      *first = FALSE;
    }
  if (key != NULL)
    {
      sxsh_cli_json_string (self->out, key);
      g_string_append_c (self->out, ':');
    }
}

static void
open_container (SxshCliJsonWriter *self,
                const char        *key,
                char               open,
                char               close)
{
  gboolean first = TRUE;

  next_value (self, key);
  g_string_append_c (self->out, open);
  g_string_append_c (self->closers, close);
  g_array_append_val (self->first, first);
}

void
sxsh_cli_json_writer_object (SxshCliJsonWriter *self,
                             const char        *key)
{
  open_container (self, key, '{', '}');
}

void
sxsh_cli_json_writer_array (SxshCliJsonWriter *self,
                            const char        *key)
{
  open_container (self, key, '[', ']');
}

/* Closes the object or array opened last. */
void
sxsh_cli_json_writer_end (SxshCliJsonWriter *self)
{
  g_return_if_fail (self->closers->len > 0);

  g_string_append_c (self->out, self->closers->str[self->closers->len - 1]);
  g_string_truncate (self->closers, self->closers->len - 1);
  g_array_set_size (self->first, self->first->len - 1);
}

void
sxsh_cli_json_writer_string (SxshCliJsonWriter *self,
                             const char        *key,
                             const char        *value)
{
  next_value (self, key);
  sxsh_cli_json_string (self->out, value);
}

/* A text that may be absent: null when %NULL or empty. */
void
sxsh_cli_json_writer_optional (SxshCliJsonWriter *self,
                               const char        *key,
                               const char        *value)
{
  next_value (self, key);
  if (value == NULL || *value == '\0')
    g_string_append (self->out, "null");
  else
    sxsh_cli_json_string (self->out, value);
}

void
sxsh_cli_json_writer_int (SxshCliJsonWriter *self,
                          const char        *key,
                          gint64             value)
{
  next_value (self, key);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

/* A row id that may be absent: null when 0. */
void
sxsh_cli_json_writer_id (SxshCliJsonWriter *self,
                         const char        *key,
                         gint64             value)
{
  next_value (self, key);
  if (value > 0)
    g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
  else
    g_string_append (self->out, "null");
}

/* A number with a point whatever the locale; null when not finite, since
 * JSON has no NaN. */
void
sxsh_cli_json_writer_double (SxshCliJsonWriter *self,
                             const char        *key,
                             double             value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  next_value (self, key);
  if (!isfinite (value))
    g_string_append (self->out, "null");
  else
    g_string_append (self->out, g_ascii_dtostr (buf, sizeof buf, value));
}

void
sxsh_cli_json_writer_bool (SxshCliJsonWriter *self,
                           const char        *key,
                           gboolean           value)
{
  next_value (self, key);
  g_string_append (self->out, value ? "true" : "false");
}

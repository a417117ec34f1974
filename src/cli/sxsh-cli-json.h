/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes a JSON document and keeps track of the commas, so that commands
 * print correct JSON whatever they leave out.  Keys are NULL inside arrays. */
typedef struct _SxshCliJsonWriter SxshCliJsonWriter;

SxshCliJsonWriter *sxsh_cli_json_writer_new      (void);
void               sxsh_cli_json_writer_free     (SxshCliJsonWriter *self);
void               sxsh_cli_json_writer_print    (SxshCliJsonWriter *self);
char              *sxsh_cli_json_writer_finish   (SxshCliJsonWriter *self);
void               sxsh_cli_json_writer_object   (SxshCliJsonWriter *self,
                                                  const char        *key);
void               sxsh_cli_json_writer_array    (SxshCliJsonWriter *self,
                                                  const char        *key);
void               sxsh_cli_json_writer_end      (SxshCliJsonWriter *self);
void               sxsh_cli_json_writer_string   (SxshCliJsonWriter *self,
                                                  const char        *key,
                                                  const char        *value);
void               sxsh_cli_json_writer_optional (SxshCliJsonWriter *self,
                                                  const char        *key,
                                                  const char        *value);
void               sxsh_cli_json_writer_int      (SxshCliJsonWriter *self,
                                                  const char        *key,
                                                  gint64             value);
void               sxsh_cli_json_writer_id       (SxshCliJsonWriter *self,
                                                  const char        *key,
                                                  gint64             value);
void               sxsh_cli_json_writer_double   (SxshCliJsonWriter *self,
                                                  const char        *key,
                                                  double             value);
void               sxsh_cli_json_writer_bool     (SxshCliJsonWriter *self,
                                                  const char        *key,
                                                  gboolean           value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SxshCliJsonWriter, sxsh_cli_json_writer_free)

G_END_DECLS

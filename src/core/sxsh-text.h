/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *sxsh_text_fold         (const char *text);
gboolean  sxsh_text_match_folded (const char *folded_haystack,
                                  const char *folded_needle);
char     *sxsh_text_collate_key  (const char *text);
int       sxsh_text_collate      (const char *a,
                                  const char *b);
char     *sxsh_text_normalize    (const char *text);

G_END_DECLS

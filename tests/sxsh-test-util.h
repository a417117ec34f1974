/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-database.h"

G_BEGIN_DECLS

char         *sxsh_test_make_tmpdir (void);
void          sxsh_test_remove_tree (const char *path);
SxshDatabase *sxsh_test_open_db     (const char *tmpdir);

G_END_DECLS

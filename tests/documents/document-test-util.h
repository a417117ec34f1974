/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <poppler.h>

#include "sxsh-database.h"

G_BEGIN_DECLS

/* What the tests of the official documents share: the sample province,
 * reading PDFs back with poppler and keeping pictures of their pages. */

#define DOC_TEST_SIGNER "Phan Thị Hiếu"
#define DOC_TEST_PT_PER_MM (72.0 / 25.4)

/* poppler-glib 22.12 declares no automatic cleanup of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

SxshDatabase    *doc_test_sample_db        (const char      *tmpdir,
                                            guint            n_facilities);
PopplerDocument *doc_test_open_pdf         (const char      *path);
char            *doc_test_page_text        (PopplerDocument *pdf,
                                            int              page);
gboolean         doc_test_page_contains    (PopplerDocument *pdf,
                                            int              page,
                                            const char      *needle);
int              doc_test_find_page        (PopplerDocument *pdf,
                                            const char      *needle,
                                            int              from);
void             doc_test_assert_a4        (PopplerDocument *pdf);
void             doc_test_assert_inside_margins (PopplerDocument *pdf,
                                            double           top_mm,
                                            double           bottom_mm,
                                            double           left_mm,
                                            double           right_mm,
                                            gboolean         numbered);
void             doc_test_keep_page_png    (PopplerDocument *pdf,
                                            int              page,
                                            double           dpi,
                                            const char      *name);
void             doc_test_keep_file        (const char      *path,
                                            const char      *name);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A question that needs a date and, for some, a few words: a report
 * received on a day, a report returned for correction with a note, a
 * certificate revoked with its reason.  The answer's button stays disabled
 * until the date reads as a date and a required note is written. */

AdwMessageDialog *sxsh_date_dialog_new            (GtkWidget        *parent,
                                                   const char       *heading,
                                                   const char       *body,
                                                   const char       *response,
                                                   const char       *response_label,
                                                   AdwResponseAppearance appearance,
                                                   const char       *date_title,
                                                   const char       *default_iso_date,
                                                   const char       *note_title,
                                                   gboolean          note_required);
GtkEditable      *sxsh_date_dialog_get_date_entry (AdwMessageDialog *dialog);
GtkEditable      *sxsh_date_dialog_get_note_entry (AdwMessageDialog *dialog);
char             *sxsh_date_dialog_dup_iso_date   (AdwMessageDialog *dialog);
char             *sxsh_date_dialog_dup_note       (AdwMessageDialog *dialog);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sxsh-indicators.h"

G_BEGIN_DECLS

#define SXSH_TYPE_INDICATOR_CARD (sxsh_indicator_card_get_type ())
G_DECLARE_FINAL_TYPE (SxshIndicatorCard, sxsh_indicator_card, SXSH, INDICATOR_CARD, AdwBin)

GtkWidget  *sxsh_indicator_card_new                (void);
void        sxsh_indicator_card_set_action_name    (SxshIndicatorCard   *self,
                                                    const char          *action_name);
void        sxsh_indicator_card_set_indicator      (SxshIndicatorCard   *self,
                                                    const SxshIndicator *indicator,
                                                    const SxshIndicator *previous,
                                                    int                  previous_year);
void        sxsh_indicator_card_set_title          (SxshIndicatorCard   *self,
                                                    const char          *title);
void        sxsh_indicator_card_set_subtitle       (SxshIndicatorCard   *self,
                                                    const char          *subtitle);
void        sxsh_indicator_card_set_definition     (SxshIndicatorCard   *self,
                                                    const char          *definition);
void        sxsh_indicator_card_set_secondary      (SxshIndicatorCard   *self,
                                                    const SxshIndicator *indicator,
                                                    const char          *title,
                                                    const char          *definition);
const char *sxsh_indicator_card_get_key            (SxshIndicatorCard   *self);
const char *sxsh_indicator_card_get_value_text     (SxshIndicatorCard   *self);
const char *sxsh_indicator_card_get_fraction_text  (SxshIndicatorCard   *self);
const char *sxsh_indicator_card_get_change_text    (SxshIndicatorCard   *self);
const char *sxsh_indicator_card_get_secondary_text (SxshIndicatorCard   *self);
const char *sxsh_indicator_card_get_badge_text     (SxshIndicatorCard   *self);
GtkWidget  *sxsh_indicator_card_get_main_button    (SxshIndicatorCard   *self);
GtkWidget  *sxsh_indicator_card_get_secondary_button (SxshIndicatorCard   *self);

/* Texts shared with the dashboard's other cards. */
char       *sxsh_indicator_format_fraction         (guint                numerator,
                                                    guint                denominator);
char       *sxsh_indicator_format_target           (double               target_pct);

G_END_DECLS

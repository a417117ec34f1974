/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-facilities-page-private.h"
#include "sxsh-format.h"

/* Drilling down from the dashboard: the facility list shows exactly the
 * facilities behind a number, under a bar that says which number it is,
 * switches between the facilities counted and those of the population that
 * were not, and goes back to the whole list. */

typedef struct
{
  /* Widgets owned by the page's layout. */
  GtkWidget       *bar;
  GtkLabel        *title_label;
  GtkWidget       *switch_box;
  GtkToggleButton *counted_button;
  GtkToggleButton *not_counted_button;

  int              year;
  GArray          *counted;
  GArray          *not_counted;
  char            *counted_title;
  char            *not_counted_title;
} Drilldown;

#define DRILLDOWN_KEY "sxsh-facilities-page-drilldown"

static void
drilldown_clear (Drilldown *drilldown)
{
  g_clear_pointer (&drilldown->counted, g_array_unref);
  g_clear_pointer (&drilldown->not_counted, g_array_unref);
  g_clear_pointer (&drilldown->counted_title, g_free);
  g_clear_pointer (&drilldown->not_counted_title, g_free);
}

static void
drilldown_free (gpointer data)
{
  Drilldown *drilldown = data;

  drilldown_clear (drilldown);
  g_free (drilldown);
}

static Drilldown *
get_drilldown (SxshFacilitiesPage *self)
{
  return g_object_get_data (G_OBJECT (self), DRILLDOWN_KEY);
}

static void
show_part (SxshFacilitiesPage *self,
           Drilldown          *drilldown,
           gboolean            not_counted)
{
  GArray *ids = not_counted ? drilldown->not_counted : drilldown->counted;
  const char *title = not_counted ? drilldown->not_counted_title : drilldown->counted_title;

  gtk_label_set_label (drilldown->title_label, title != NULL ? title : "");
  sxsh_facilities_page_set_only_ids (self, ids);
}

static void
part_toggled_cb (GtkToggleButton    *button,
                 SxshFacilitiesPage *self)
{
  Drilldown *drilldown = get_drilldown (self);

  /* The buttons are a group: only the one that became active acts. */
  if (drilldown == NULL || drilldown->counted == NULL || !gtk_toggle_button_get_active (button))
    return;

  show_part (self, drilldown, button == drilldown->not_counted_button);
}

static void
show_all_cb (GtkButton          *button,
             SxshFacilitiesPage *self)
{
  sxsh_facilities_page_show_all (self);
}

/* The facilities behind a number are those of one year: another year
 * shows every facility again. */
static void
year_changed_cb (SxshFacilitiesPage *self,
                 GParamSpec         *pspec,
                 gpointer            user_data)
{
  Drilldown *drilldown = get_drilldown (self);

  if (drilldown != NULL && drilldown->counted != NULL &&
      sxsh_facilities_page_get_year (self) != drilldown->year)
    sxsh_facilities_page_show_all (self);
}

static GtkWidget *
find_filter_bar (SxshFacilitiesPage *self)
{
  GtkWidget *entry = GTK_WIDGET (sxsh_facilities_page_get_search_entry (self));

  return gtk_widget_get_parent (entry);
}

/* The bar goes above the filter bar, in the part of the page that shows
 * the list; it is made the first time it is needed. */
static Drilldown *
ensure_drilldown (SxshFacilitiesPage *self)
{
  Drilldown *drilldown = get_drilldown (self);
  GtkWidget *filter_bar;
  GtkWidget *show_all;
  GtkWidget *box;

  if (drilldown != NULL)
    return drilldown;

  drilldown = g_new0 (Drilldown, 1);
  g_object_set_data_full (G_OBJECT (self), DRILLDOWN_KEY, drilldown, drilldown_free);

  drilldown->bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (drilldown->bar, "drilldown-bar");
  gtk_widget_set_visible (drilldown->bar, FALSE);

  drilldown->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (drilldown->title_label, TRUE);
  gtk_label_set_xalign (drilldown->title_label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (drilldown->title_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (drilldown->title_label), "heading");
  gtk_box_append (GTK_BOX (drilldown->bar), GTK_WIDGET (drilldown->title_label));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  drilldown->switch_box = box;
  drilldown->counted_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  drilldown->not_counted_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  gtk_toggle_button_set_group (drilldown->not_counted_button, drilldown->counted_button);
  gtk_toggle_button_set_active (drilldown->counted_button, TRUE);
  g_signal_connect_object (drilldown->counted_button, "toggled",
                           G_CALLBACK (part_toggled_cb), self, 0);
  g_signal_connect_object (drilldown->not_counted_button, "toggled",
                           G_CALLBACK (part_toggled_cb), self, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (drilldown->counted_button));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (drilldown->not_counted_button));
  gtk_box_append (GTK_BOX (drilldown->bar), box);

  show_all = gtk_button_new_with_mnemonic (_("Show _All"));
  gtk_widget_set_valign (show_all, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (show_all, _("Show every facility again"));
  g_signal_connect_object (show_all, "clicked", G_CALLBACK (show_all_cb), self, 0);
  gtk_box_append (GTK_BOX (drilldown->bar), show_all);

  filter_bar = find_filter_bar (self);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (filter_bar)), drilldown->bar, NULL);

  g_signal_connect (self, "notify::year", G_CALLBACK (year_changed_cb), NULL);

  return drilldown;
}

/* The other filters are cleared, so that the list shows exactly the
 * facilities behind the number. */
static void
clear_other_filters (SxshFacilitiesPage *self)
{
  GtkWidget *filter_bar = find_filter_bar (self);

  gtk_editable_set_text (GTK_EDITABLE (sxsh_facilities_page_get_search_entry (self)), "");
  for (GtkWidget *child = gtk_widget_get_first_child (filter_bar);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_DROP_DOWN (child))
      gtk_drop_down_set_selected (GTK_DROP_DOWN (child), 0);
}

static void
set_button_label (GtkToggleButton *button,
                  const char      *format,
                  GArray          *ids)
{
  g_autofree char *count = sxsh_format_integer (ids != NULL ? ids->len : 0);
  g_autofree char *label = g_strdup_printf (format, count);

  gtk_button_set_label (GTK_BUTTON (button), label);
}

/**
 * sxsh_facilities_page_drill_down:
 * @counted: (element-type gint64): the facilities counted in a number
 * @counted_title: what the list then shows, e.g. "The 137 facilities
 *   counted in “Informed”, 2026"
 * @not_counted: (nullable) (element-type gint64): the rest of the
 *   population, or %NULL when the number has none
 * @not_counted_title: (nullable): what the list shows for @not_counted
 *
 * Shows only @counted, with a bar naming them and, when @not_counted is
 * given, a switch to the facilities not counted.  Set the page's year to
 * the year of the number first: another year ends the drill-down.
 */
void
sxsh_facilities_page_drill_down (SxshFacilitiesPage *self,
                                 GArray             *counted,
                                 const char         *counted_title,
                                 GArray             *not_counted,
                                 const char         *not_counted_title)
{
  Drilldown *drilldown;

  g_return_if_fail (SXSH_IS_FACILITIES_PAGE (self));
  g_return_if_fail (counted != NULL);

  drilldown = ensure_drilldown (self);
  drilldown_clear (drilldown);
  drilldown->year = sxsh_facilities_page_get_year (self);
  drilldown->counted = g_array_ref (counted);
  drilldown->counted_title = g_strdup (counted_title);
  if (not_counted != NULL)
    {
      drilldown->not_counted = g_array_ref (not_counted);
      drilldown->not_counted_title = g_strdup (not_counted_title);
    }

  /* Translators: a button of the drill-down bar with a number of facilities. */
  set_button_label (drilldown->counted_button, _("Counted (%s)"), drilldown->counted);
  /* Translators: a button of the drill-down bar with a number of facilities. */
  set_button_label (drilldown->not_counted_button, _("Not Counted (%s)"), drilldown->not_counted);
  gtk_widget_set_visible (drilldown->switch_box, not_counted != NULL);

  clear_other_filters (self);

  /* Made active without acting, then shown once. */
  g_signal_handlers_block_by_func (drilldown->counted_button, part_toggled_cb, self);
  gtk_toggle_button_set_active (drilldown->counted_button, TRUE);
  g_signal_handlers_unblock_by_func (drilldown->counted_button, part_toggled_cb, self);
  show_part (self, drilldown, FALSE);

  gtk_widget_set_visible (drilldown->bar, TRUE);
}

/**
 * sxsh_facilities_page_show_only:
 * @ids: (element-type gint64): the facilities to show
 * @title: what the list then shows
 *
 * Shows only @ids, under a bar with @title and a way back to every
 * facility.
 */
void
sxsh_facilities_page_show_only (SxshFacilitiesPage *self,
                                GArray             *ids,
                                const char         *title)
{
  sxsh_facilities_page_drill_down (self, ids, title, NULL, NULL);
}

/**
 * sxsh_facilities_page_show_all:
 *
 * Ends a drill-down: every facility is listed again.
 */
void
sxsh_facilities_page_show_all (SxshFacilitiesPage *self)
{
  Drilldown *drilldown;

  g_return_if_fail (SXSH_IS_FACILITIES_PAGE (self));

  drilldown = get_drilldown (self);
  if (drilldown != NULL)
    {
      drilldown_clear (drilldown);
      gtk_widget_set_visible (drilldown->bar, FALSE);
    }
  sxsh_facilities_page_set_only_ids (self, NULL);
}

/* For the tests: the title of the drill-down bar, NULL when none shows. */
const char *
sxsh_facilities_page_get_drilldown_title (SxshFacilitiesPage *self)
{
  Drilldown *drilldown = get_drilldown (self);

  if (drilldown == NULL || !gtk_widget_get_visible (drilldown->bar))
    return NULL;

  return gtk_label_get_label (drilldown->title_label);
}

gboolean
sxsh_facilities_page_get_drilldown_not_counted (SxshFacilitiesPage *self)
{
  Drilldown *drilldown = get_drilldown (self);

  return drilldown != NULL && gtk_toggle_button_get_active (drilldown->not_counted_button);
}

/* As a click on the bar's "Counted" or "Not Counted" button does. */
void
sxsh_facilities_page_set_drilldown_not_counted (SxshFacilitiesPage *self,
                                                gboolean            not_counted)
{
  Drilldown *drilldown = get_drilldown (self);

  g_return_if_fail (drilldown != NULL && drilldown->counted != NULL);

  gtk_toggle_button_set_active (not_counted ? drilldown->not_counted_button
                                            : drilldown->counted_button,
                                TRUE);
}

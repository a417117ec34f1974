/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-pdf-preview-private.h"

/* The strip of page thumbnails beside the pages: a list view, so that only
 * the rows on screen exist, each drawn by the worker like the pages; the
 * selected row follows the current page, and choosing a row shows its
 * page. */

/* Thumbnails */



static void
thumbnail_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    SxshPdfPreview           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *area = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_halign (area, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (area, "pdf-thumbnail");
  g_object_set_data (G_OBJECT (area), "sxsh-list-item", item);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), sxsh_pdf_preview_draw_thumbnail, self,
                                  NULL);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), area);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
thumbnail_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   SxshPdfPreview           *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *area = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (area);
  GtkStringObject *number = gtk_list_item_get_item (item);
  guint index = gtk_list_item_get_position (item);
  g_autofree char *accessible = NULL;

  if (index < sxsh_pdf_n_pages (self))
    {
      SxshPdfPageInfo *info = sxsh_pdf_page_at (self, index);

      info->thumbnail_area = area;
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), SXSH_PDF_THUMBNAIL_WIDTH);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area),
                                           sxsh_pdf_preview_thumbnail_height (info));
    }
  gtk_label_set_label (GTK_LABEL (label), gtk_string_object_get_string (number));
  accessible = g_strdup_printf (_("Page %u"), index + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  gtk_widget_queue_draw (area);
}

static void
thumbnail_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     SxshPdfPreview           *self)
{
  GtkWidget *area = gtk_widget_get_first_child (gtk_list_item_get_child (item));

  for (guint i = 0; i < sxsh_pdf_n_pages (self); i++)
    if (sxsh_pdf_page_at (self, i)->thumbnail_area == area)
      sxsh_pdf_page_at (self, i)->thumbnail_area = NULL;
}

static void
scroll_thumbnails_to (SxshPdfPreview *self,
                      guint           index)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->thumbnails_view)))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self->thumbnails_view), "list.scroll-to-item", "u",
                              index);
}

static void
thumbnail_selected_cb (SxshPdfPreview *self)
{
  guint selected = gtk_single_selection_get_selected (self->thumbnail_selection);

  if (self->syncing_selection || selected == GTK_INVALID_LIST_POSITION)
    return;
  sxsh_pdf_preview_show_page (self, selected);
}

/* The strip follows the pages after the layout, not during it: scrolling
 * a list view while the window is being laid out would make rows that
 * miss their place in this frame. */
static gboolean
sync_thumbnails_cb (gpointer user_data)
{
  SxshPdfPreview *self = user_data;
  guint index = self->current_page;

  self->sync_thumbnails_id = 0;
  if (sxsh_pdf_n_pages (self) > 0
      && gtk_single_selection_get_selected (self->thumbnail_selection) != index)
    {
      self->syncing_selection = TRUE;
      gtk_single_selection_set_selected (self->thumbnail_selection, index);
      self->syncing_selection = FALSE;
      scroll_thumbnails_to (self, index);
    }
  return G_SOURCE_REMOVE;
}

void
sxsh_pdf_preview_rebuild_thumbnails (SxshPdfPreview *self)
{
  guint old = g_list_model_get_n_items (G_LIST_MODEL (self->thumbnail_model));
  guint n = sxsh_pdf_n_pages (self);
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (numbers, g_strdup_printf ("%u", i + 1));
  g_ptr_array_add (numbers, NULL);

  /* Every row is replaced, so that each draws its new page. */
  self->syncing_selection = TRUE;
  gtk_string_list_splice (self->thumbnail_model, 0, old, (const char * const *) numbers->pdata);
  self->syncing_selection = FALSE;
}

/* Selects the current page's row after the layout. */
void
sxsh_pdf_preview_sync_thumbnails (SxshPdfPreview *self)
{
  if (self->sync_thumbnails_id == 0)
    self->sync_thumbnails_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, sync_thumbnails_cb, self,
                                                NULL);
}

void
sxsh_pdf_preview_setup_thumbnails (SxshPdfPreview *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->thumbnail_model = gtk_string_list_new (NULL);
  self->thumbnail_selection =
    gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->thumbnail_model)));
  gtk_single_selection_set_autoselect (self->thumbnail_selection, FALSE);
  g_signal_connect (factory, "setup", G_CALLBACK (thumbnail_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (thumbnail_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (thumbnail_unbind_cb), self);
  gtk_list_view_set_factory (self->thumbnails_view, factory);
  gtk_list_view_set_model (self->thumbnails_view,
                           GTK_SELECTION_MODEL (self->thumbnail_selection));
  g_signal_connect_swapped (self->thumbnail_selection, "notify::selected",
                            G_CALLBACK (thumbnail_selected_cb), self);
}

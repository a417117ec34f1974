/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sxsh-error.h"
#include "sxsh-pdf-preview-private.h"



static const double zoom_steps[] = {
  0.25, 0.33, 0.5, 0.67, 0.75, 0.85, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0,
};





G_DEFINE_FINAL_TYPE (SxshPdfPreview, sxsh_pdf_preview, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_N_PAGES,
  PROP_CURRENT_PAGE,
  PROP_ZOOM,
  PROP_FIT_WIDTH,
  PROP_SHOW_THUMBNAILS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Labels and the current page */

static void
update_labels (SxshPdfPreview *self)
{
  g_autofree char *zoom = g_strdup_printf ("%d%%", (int) round (self->zoom * 100));
  g_autofree char *page = sxsh_pdf_preview_dup_page_label (self);

  gtk_label_set_label (self->zoom_label, zoom);
  gtk_label_set_label (self->page_label, page);
  gtk_widget_set_visible (self->controls, sxsh_pdf_n_pages (self) > 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in",
                                 sxsh_pdf_n_pages (self) > 0
                                 && self->zoom < SXSH_PDF_MAX_ZOOM - 0.001);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out",
                                 sxsh_pdf_n_pages (self) > 0
                                 && self->zoom > SXSH_PDF_MIN_ZOOM + 0.001);
}

static void
set_current_page (SxshPdfPreview *self,
                  guint           index)
{
  if (index != self->current_page)
    {
      self->current_page = index;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_PAGE]);
      update_labels (self);
    }

  sxsh_pdf_preview_sync_thumbnails (self);
}

/* The current page is the one across the upper third of the view. */
static void
find_current_page (SxshPdfPreview *self)
{
  GtkAdjustment *adjustment = sxsh_pdf_vadjustment (self);
  double line = gtk_adjustment_get_value (adjustment)
                + gtk_adjustment_get_page_size (adjustment) / 3;
  double y = SXSH_PDF_PAGE_MARGIN;
  guint n = sxsh_pdf_n_pages (self);
  guint index = 0;

  for (guint i = 0; i < n; i++)
    {
      y += sxsh_pdf_page_height (self, sxsh_pdf_page_at (self, i)) + SXSH_PDF_PAGE_SPACING;
      index = i;
      if (y > line)
        break;
    }
  set_current_page (self, n > 0 ? index : 0);
}

static double
content_height (SxshPdfPreview *self)
{
  guint n = sxsh_pdf_n_pages (self);

  if (n == 0)
    return 0;
  /* The box's bottom margin is larger, for the floating controls. */
  return sxsh_pdf_page_top (self, n) - SXSH_PDF_PAGE_SPACING
         + gtk_widget_get_margin_bottom (GTK_WIDGET (self->pages_box));
}

static void
remember_anchor (SxshPdfPreview *self)
{
  GtkAdjustment *adjustment = sxsh_pdf_vadjustment (self);
  double value = gtk_adjustment_get_value (adjustment);
  guint index;
  double top, height;

  if (sxsh_pdf_n_pages (self) == 0 || self->has_anchor)
    return;

  index = MIN (self->current_page, sxsh_pdf_n_pages (self) - 1);
  top = sxsh_pdf_page_top (self, index);
  height = sxsh_pdf_page_height (self, sxsh_pdf_page_at (self, index)) + SXSH_PDF_PAGE_SPACING;
  self->has_anchor = TRUE;
  self->anchor_time = g_get_monotonic_time ();
  self->anchor_page = index;
  self->anchor_fraction = CLAMP ((value - top) / height, -0.5, 1.0);
}

/* Applies the remembered place once the content has its new height. */
static void
apply_anchor (SxshPdfPreview *self)
{
  GtkAdjustment *adjustment = sxsh_pdf_vadjustment (self);
  double expected = content_height (self);
  guint index;
  double value;

  if (!self->has_anchor)
    return;
  /* A place the layout never reached is forgotten rather than applied
   * late, when the officer has moved on. */
  if (sxsh_pdf_n_pages (self) == 0 || g_get_monotonic_time () - self->anchor_time > G_USEC_PER_SEC)
    {
      self->has_anchor = FALSE;
      return;
    }
  if (ABS (gtk_adjustment_get_upper (adjustment) - expected) > 1.0
      && gtk_adjustment_get_upper (adjustment) < expected)
    return;

  index = MIN (self->anchor_page, sxsh_pdf_n_pages (self) - 1);
  value = sxsh_pdf_page_top (self, index)
          + self->anchor_fraction * (sxsh_pdf_page_height (self, sxsh_pdf_page_at (self, index))
                                     + SXSH_PDF_PAGE_SPACING);
  self->has_anchor = FALSE;
  gtk_adjustment_set_value (adjustment,
                            CLAMP (value, 0, MAX (0, gtk_adjustment_get_upper (adjustment)
                                                   - gtk_adjustment_get_page_size (adjustment))));
  find_current_page (self);
  sxsh_pdf_preview_update_rendering (self);
}

static void
vadjustment_value_changed_cb (SxshPdfPreview *self)
{
  find_current_page (self);
  sxsh_pdf_preview_update_rendering (self);
}

static void
vadjustment_changed_cb (SxshPdfPreview *self)
{
  apply_anchor (self);
}

/* Layout of the pages */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The zoom at which the pages of the most common width fill the view. */
static double
get_fit_zoom (SxshPdfPreview *self,
              double         *fit_available)
{
  GtkAdjustment *hadjustment = gtk_scrolled_window_get_hadjustment (self->scroller);
  double available = gtk_adjustment_get_page_size (hadjustment) - 2 * SXSH_PDF_PAGE_MARGIN;
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
  double common;

  for (guint i = 0; i < sxsh_pdf_n_pages (self); i++)
    g_array_append_val (widths, sxsh_pdf_page_at (self, i)->width);
  *fit_available = self->fit_available;
  if (widths->len == 0 || available <= 0)
    return self->zoom;
  g_array_sort (widths, compare_doubles);
  common = g_array_index (widths, double, widths->len / 2);

  *fit_available = available;
  return CLAMP (available / (common * SXSH_PDF_PIXELS_PER_POINT),
                SXSH_PDF_MIN_ZOOM, SXSH_PDF_MAX_ZOOM);
}

/* Gives every page widget its size at the zoom shown. */
static void
resize_pages (SxshPdfPreview *self)
{
  guint index = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child), index++)
    {
      SxshPdfPageInfo *info = sxsh_pdf_page_at (self, index);

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (child),
                                          sxsh_pdf_page_width (self, info));
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (child),
                                           sxsh_pdf_page_height (self, info));
      gtk_widget_queue_draw (child);
    }
}

static void
apply_zoom (SxshPdfPreview *self,
            double          zoom,
            double          fit_available)
{
  zoom = CLAMP (zoom, SXSH_PDF_MIN_ZOOM, SXSH_PDF_MAX_ZOOM);
  if (ABS (zoom - self->zoom) < 0.0005 && ABS (fit_available - self->fit_available) < 0.5)
    return;

  remember_anchor (self);
  self->zoom = zoom;
  self->fit_available = fit_available;
  /* The drawings at the old zoom are shown scaled until the new ones
   * arrive. */
  resize_pages (self);
  update_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  apply_anchor (self);
}

static gboolean
fit_width_cb (gpointer user_data)
{
  SxshPdfPreview *self = user_data;

  self->fit_width_id = 0;
  if (self->fit_width && sxsh_pdf_n_pages (self) > 0)
    {
      double available;
      double zoom = get_fit_zoom (self, &available);

      apply_zoom (self, zoom, available);
    }
  return G_SOURCE_REMOVE;
}

/* The view's width changes while the window is laid out: the pages take
 * their new size just after, not in the middle of it. */
static void
hadjustment_changed_cb (SxshPdfPreview *self)
{
  if (self->fit_width && sxsh_pdf_n_pages (self) > 0 && self->fit_width_id == 0)
    self->fit_width_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_width_cb, self, NULL);
}

/* Makes as many page widgets as there are pages, reusing those there are,
 * so that a new version of the same document does not move the view. */
static void
rebuild_pages (SxshPdfPreview *self)
{
  guint n = sxsh_pdf_n_pages (self);
  guint count = 0;
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (count >= n)
        gtk_box_remove (self->pages_box, child);
      count++;
      child = next;
    }
  for (guint i = count; i < n; i++)
    {
      GtkWidget *area = gtk_drawing_area_new ();
      /* Translators: the name of a page for screen readers. */
      g_autofree char *name = g_strdup_printf (_("Page %u"), i + 1);

      g_object_set_data (G_OBJECT (area), "sxsh-page", GUINT_TO_POINTER (i));
      gtk_widget_add_css_class (area, "pdf-page");
      gtk_widget_set_halign (area, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), sxsh_pdf_preview_draw_page, self,
                                      NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      gtk_box_append (self->pages_box, area);
    }

  count = 0;
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box));
       child != NULL && count < n;
       child = gtk_widget_get_next_sibling (child), count++)
    sxsh_pdf_page_at (self, count)->area = child;
  resize_pages (self);
}

/* Actions and shortcuts */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  sxsh_pdf_preview_zoom_in (SXSH_PDF_PREVIEW (widget));
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sxsh_pdf_preview_zoom_out (SXSH_PDF_PREVIEW (widget));
}

static gboolean
shortcut_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  SxshPdfPreview *self = SXSH_PDF_PREVIEW (widget);
  const char *what = g_variant_get_string (args, NULL);

  if (!gtk_widget_get_mapped (widget) || sxsh_pdf_n_pages (self) == 0)
    return FALSE;
  if (g_str_equal (what, "in"))
    sxsh_pdf_preview_zoom_in (self);
  else if (g_str_equal (what, "out"))
    sxsh_pdf_preview_zoom_out (self);
  else
    sxsh_pdf_preview_set_fit_width (self, TRUE);
  return TRUE;
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  keyval,
              const char            *what)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, GDK_CONTROL_MASK),
                                            gtk_callback_action_new (shortcut_cb, NULL, NULL));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_string (what));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/* The keys work wherever the focus is in the window while the preview is
 * shown: the officer types the narrative and zooms its preview. */
static void
add_window_shortcuts (SxshPdfPreview *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_MANAGED);
  add_shortcut (shortcuts, GDK_KEY_plus, "in");
  add_shortcut (shortcuts, GDK_KEY_equal, "in");
  add_shortcut (shortcuts, GDK_KEY_KP_Add, "in");
  add_shortcut (shortcuts, GDK_KEY_minus, "out");
  add_shortcut (shortcuts, GDK_KEY_KP_Subtract, "out");
  add_shortcut (shortcuts, GDK_KEY_0, "fit");
  add_shortcut (shortcuts, GDK_KEY_KP_0, "fit");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* Ctrl and the wheel zoom, as in every document viewer. */
static gboolean
scroll_cb (SxshPdfPreview           *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(state & GDK_CONTROL_MASK) || sxsh_pdf_n_pages (self) == 0 || dy == 0)
    return FALSE;
  if (dy < 0)
    sxsh_pdf_preview_zoom_in (self);
  else
    sxsh_pdf_preview_zoom_out (self);
  return TRUE;
}

/* The keyboard, once a page has been clicked or the pages reached with
 * Tab: arrows scroll, Home and End go to the first and last page; Page Up
 * and Page Down are the scrolled window's own. */
static gboolean
key_scroll_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  SxshPdfPreview *self = SXSH_PDF_PREVIEW (user_data);
  GtkAdjustment *adjustment = sxsh_pdf_vadjustment (self);
  const char *what = g_variant_get_string (args, NULL);

  if (sxsh_pdf_n_pages (self) == 0)
    return FALSE;
  if (g_str_equal (what, "home"))
    sxsh_pdf_preview_show_page (self, 0);
  else if (g_str_equal (what, "end"))
    sxsh_pdf_preview_show_page (self, sxsh_pdf_n_pages (self) - 1);
  else
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment)
                                          + (g_str_equal (what, "up") ? -1 : 1)
                                            * gtk_adjustment_get_step_increment (adjustment));
  return TRUE;
}

static void
add_key (GtkShortcutController *controller,
         guint                  keyval,
         const char            *what,
         SxshPdfPreview        *self)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                                            gtk_callback_action_new (key_scroll_cb, self, NULL));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_string (what));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static void
pages_pressed_cb (SxshPdfPreview *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->pages_box));
}

static void
setup_keyboard (SxshPdfPreview *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self->pages_box), TRUE);
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Up, "up", self);
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Down, "down", self);
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Home, "home", self);
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_End, "end", self);
  gtk_widget_add_controller (GTK_WIDGET (self->pages_box), keys);

  g_signal_connect_swapped (click, "pressed", G_CALLBACK (pages_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->pages_box), GTK_EVENT_CONTROLLER (click));
}

/* Style */

static void
load_style (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider,
                                       "/io/github/sxsh/Tracker/ui/sxsh-pdf-preview.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* GObject */

static void
sxsh_pdf_preview_dispose (GObject *object)
{
  SxshPdfPreview *self = SXSH_PDF_PREVIEW (object);

  g_clear_handle_id (&self->sync_thumbnails_id, g_source_remove);
  g_clear_handle_id (&self->fit_width_id, g_source_remove);
  if (self->thumbnail_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->thumbnail_selection, self);
  if (self->thumbnails_view != NULL)
    gtk_list_view_set_model (self->thumbnails_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_PDF_PREVIEW);
  g_clear_object (&self->thumbnail_selection);
  g_clear_object (&self->thumbnail_model);
  g_clear_object (&self->document);
  if (self->source != NULL)
    {
      g_clear_pointer (&self->source, sxsh_pdf_render_source_release);
    }

  G_OBJECT_CLASS (sxsh_pdf_preview_parent_class)->dispose (object);
}

static void
sxsh_pdf_preview_finalize (GObject *object)
{
  SxshPdfPreview *self = SXSH_PDF_PREVIEW (object);

  g_clear_pointer (&self->pages, g_array_unref);

  G_OBJECT_CLASS (sxsh_pdf_preview_parent_class)->finalize (object);
}

static void
sxsh_pdf_preview_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SxshPdfPreview *self = SXSH_PDF_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_N_PAGES:
      g_value_set_uint (value, sxsh_pdf_n_pages (self));
      break;

    case PROP_CURRENT_PAGE:
      g_value_set_uint (value, self->current_page);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_FIT_WIDTH:
      g_value_set_boolean (value, self->fit_width);
      break;

    case PROP_SHOW_THUMBNAILS:
      g_value_set_boolean (value, self->show_thumbnails);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_pdf_preview_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SxshPdfPreview *self = SXSH_PDF_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      sxsh_pdf_preview_set_document (self, g_value_get_object (value));
      break;

    case PROP_ZOOM:
      sxsh_pdf_preview_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_FIT_WIDTH:
      sxsh_pdf_preview_set_fit_width (self, g_value_get_boolean (value));
      break;

    case PROP_SHOW_THUMBNAILS:
      sxsh_pdf_preview_set_show_thumbnails (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_pdf_preview_class_init (SxshPdfPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sxsh_pdf_preview_dispose;
  object_class->finalize = sxsh_pdf_preview_finalize;
  object_class->get_property = sxsh_pdf_preview_get_property;
  object_class->set_property = sxsh_pdf_preview_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         POPPLER_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CURRENT_PAGE] =
    g_param_spec_uint ("current-page", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         SXSH_PDF_MIN_ZOOM, SXSH_PDF_MAX_ZOOM, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FIT_WIDTH] =
    g_param_spec_boolean ("fit-width", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SHOW_THUMBNAILS] =
    g_param_spec_boolean ("show-thumbnails", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-pdf-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshPdfPreview, thumbnails_revealer);
  gtk_widget_class_bind_template_child (widget_class, SxshPdfPreview, thumbnails_scroller);
  gtk_widget_class_bind_template_child (widget_class, SxshPdfPreview, thumbnails_view);
  gtk_widget_class_bind_template_child (widget_class, SxshPdfPreview, scroller);
  gtk_widget_class_bind_template_child (widget_class, SxshPdfPreview, pages_box);
  gtk_widget_class_bind_template_child (widget_class, SxshPdfPreview, controls);
  gtk_widget_class_bind_template_child (widget_class, SxshPdfPreview, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, SxshPdfPreview, page_label);

  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_property_action (widget_class, "preview.fit-width", "fit-width");
  gtk_widget_class_install_property_action (widget_class, "preview.show-thumbnails",
                                            "show-thumbnails");

  gtk_widget_class_set_css_name (widget_class, "pdfpreview");
}

static void
sxsh_pdf_preview_init (SxshPdfPreview *self)
{
  GtkEventController *scroll;

  load_style ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pages = g_array_new (FALSE, TRUE, sizeof (SxshPdfPageInfo));
  g_array_set_clear_func (self->pages, sxsh_pdf_page_info_clear);
  self->zoom = 1.0;
  self->fit_width = TRUE;
  self->show_thumbnails = TRUE;

  sxsh_pdf_preview_setup_thumbnails (self);

  g_signal_connect_object (sxsh_pdf_vadjustment (self), "value-changed",
                           G_CALLBACK (vadjustment_value_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sxsh_pdf_vadjustment (self), "changed",
                           G_CALLBACK (vadjustment_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scroller), "changed",
                           G_CALLBACK (hadjustment_changed_cb), self, G_CONNECT_SWAPPED);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL
                                            | GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->scroller), scroll);

  add_window_shortcuts (self);
  setup_keyboard (self);
  update_labels (self);
}

/* Public API */

SxshPdfPreview *
sxsh_pdf_preview_new (void)
{
  return g_object_new (SXSH_TYPE_PDF_PREVIEW, NULL);
}

/* Shows @document; @bytes, when given, are its file, for the worker. */
static void
replace_document (SxshPdfPreview  *self,
                  PopplerDocument *document,
                  GBytes          *bytes)
{
  g_autoptr(GArray) old_pages = NULL;
  guint n;

  remember_anchor (self);
  g_set_object (&self->document, document);

  /* The worker stops drawing the old document's pages. */
  if (self->source != NULL)
    {
      g_clear_pointer (&self->source, sxsh_pdf_render_source_release);
    }
  if (document != NULL && bytes != NULL)
    self->source = sxsh_pdf_render_source_new (bytes);

  old_pages = g_steal_pointer (&self->pages);
  self->pages = g_array_new (FALSE, TRUE, sizeof (SxshPdfPageInfo));
  g_array_set_clear_func (self->pages, sxsh_pdf_page_info_clear);
  n = document != NULL ? (guint) MAX (0, poppler_document_get_n_pages (document)) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, (int) i);
      SxshPdfPageInfo info = { 595.28, 841.89, };

      if (page != NULL)
        poppler_page_get_size (page, &info.width, &info.height);
      if (info.width <= 0 || info.height <= 0)
        {
          info.width = 595.28;
          info.height = 841.89;
        }
      /* A new version of the same document (the report written again
       * after an edit) shows the old drawings until the new ones arrive,
       * rather than white pages. */
      if (i < old_pages->len)
        {
          SxshPdfPageInfo *old = &g_array_index (old_pages, SxshPdfPageInfo, i);

          if (ABS (old->width - info.width) < 0.5 && ABS (old->height - info.height) < 0.5)
            {
              info.surface = g_steal_pointer (&old->surface);
              info.thumbnail = g_steal_pointer (&old->thumbnail);
              info.surface_stale = info.surface != NULL;
              info.thumbnail_stale = info.thumbnail != NULL;
            }
        }
      g_array_append_val (self->pages, info);
    }

  if (self->fit_width && n > 0)
    {
      double zoom = get_fit_zoom (self, &self->fit_available);

      if (ABS (zoom - self->zoom) >= 0.0005)
        {
          self->zoom = zoom;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
        }
    }

  rebuild_pages (self);
  sxsh_pdf_preview_rebuild_thumbnails (self);
  if (self->current_page >= n)
    self->current_page = n > 0 ? n - 1 : 0;
  set_current_page (self, self->current_page);
  update_labels (self);
  apply_anchor (self);
  sxsh_pdf_preview_update_rendering (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

/**
 * sxsh_pdf_preview_set_document:
 * @document: (nullable): the document to show; %NULL shows nothing
 *
 * Shows @document.  A new version of the document shown (the same report
 * written again) keeps the page and the zoom the officer was looking at.
 * The pages of a document given this way are drawn in the main thread;
 * sxsh_pdf_preview_load_file() draws them in a worker.
 */
void
sxsh_pdf_preview_set_document (SxshPdfPreview  *self,
                               PopplerDocument *document)
{
  g_return_if_fail (SXSH_IS_PDF_PREVIEW (self));
  g_return_if_fail (document == NULL || POPPLER_IS_DOCUMENT (document));

  if (document == self->document)
    return;
  replace_document (self, document, NULL);
}

/**
 * sxsh_pdf_preview_load_file:
 * @path: a PDF file; it is read whole, so it may be replaced or removed
 *   afterwards
 */
gboolean
sxsh_pdf_preview_load_file (SxshPdfPreview  *self,
                            const char      *path,
                            GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("The preview could not be read: %s"), local_error->message);
      return FALSE;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  document = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  if (document == NULL)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_EXPORT,
                   _("The preview is not a PDF file that can be shown: %s"),
                   local_error->message);
      return FALSE;
    }

  replace_document (self, document, bytes);
  return TRUE;
}

/**
 * sxsh_pdf_preview_get_document:
 *
 * Returns: (transfer none) (nullable): the document shown
 */
PopplerDocument *
sxsh_pdf_preview_get_document (SxshPdfPreview *self)
{
  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), NULL);

  return self->document;
}

guint
sxsh_pdf_preview_get_n_pages (SxshPdfPreview *self)
{
  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), 0);

  return sxsh_pdf_n_pages (self);
}

/* Returns: the page across the upper part of the view, from 0 */
guint
sxsh_pdf_preview_get_current_page (SxshPdfPreview *self)
{
  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), 0);

  return self->current_page;
}

/* Scrolls to the top of @page (from 0). */
void
sxsh_pdf_preview_show_page (SxshPdfPreview *self,
                            guint           page)
{
  g_return_if_fail (SXSH_IS_PDF_PREVIEW (self));

  if (sxsh_pdf_n_pages (self) == 0)
    return;
  page = MIN (page, sxsh_pdf_n_pages (self) - 1);

  /* The place applies now, or once the layout has caught up with the
   * pages' sizes. */
  self->has_anchor = TRUE;
  self->anchor_time = g_get_monotonic_time ();
  self->anchor_page = page;
  self->anchor_fraction = -(double) (SXSH_PDF_PAGE_MARGIN / 2)
                          / (sxsh_pdf_page_height (self, sxsh_pdf_page_at (self, page))
                             + SXSH_PDF_PAGE_SPACING);
  set_current_page (self, page);
  apply_anchor (self);
}

double
sxsh_pdf_preview_get_zoom (SxshPdfPreview *self)
{
  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), 1.0);

  return self->zoom;
}

/* Sets the zoom (1 is the printed size) and leaves the fit to the width. */
void
sxsh_pdf_preview_set_zoom (SxshPdfPreview *self,
                           double          zoom)
{
  g_return_if_fail (SXSH_IS_PDF_PREVIEW (self));

  sxsh_pdf_preview_set_fit_width (self, FALSE);
  apply_zoom (self, zoom, self->fit_available);
}

gboolean
sxsh_pdf_preview_get_fit_width (SxshPdfPreview *self)
{
  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), FALSE);

  return self->fit_width;
}

/* While the width is fitted, the zoom follows the view's width. */
void
sxsh_pdf_preview_set_fit_width (SxshPdfPreview *self,
                                gboolean        fit_width)
{
  g_return_if_fail (SXSH_IS_PDF_PREVIEW (self));

  fit_width = !!fit_width;
  if (fit_width == self->fit_width)
    return;

  self->fit_width = fit_width;
  if (fit_width && sxsh_pdf_n_pages (self) > 0)
    {
      double available;
      double zoom = get_fit_zoom (self, &available);

      apply_zoom (self, zoom, available);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_WIDTH]);
}

void
sxsh_pdf_preview_zoom_in (SxshPdfPreview *self)
{
  g_return_if_fail (SXSH_IS_PDF_PREVIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
    if (zoom_steps[i] > self->zoom * 1.01)
      {
        sxsh_pdf_preview_set_zoom (self, zoom_steps[i]);
        return;
      }
}

void
sxsh_pdf_preview_zoom_out (SxshPdfPreview *self)
{
  g_return_if_fail (SXSH_IS_PDF_PREVIEW (self));

  for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
    if (zoom_steps[i - 1] < self->zoom * 0.99)
      {
        sxsh_pdf_preview_set_zoom (self, zoom_steps[i - 1]);
        return;
      }
}

gboolean
sxsh_pdf_preview_get_show_thumbnails (SxshPdfPreview *self)
{
  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), FALSE);

  return self->show_thumbnails;
}

void
sxsh_pdf_preview_set_show_thumbnails (SxshPdfPreview *self,
                                      gboolean        show)
{
  g_return_if_fail (SXSH_IS_PDF_PREVIEW (self));

  show = !!show;
  if (show == self->show_thumbnails)
    return;

  self->show_thumbnails = show;
  gtk_revealer_set_reveal_child (self->thumbnails_revealer, show);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_THUMBNAILS]);
}

/* Whether pages are still being drawn in the worker. */
gboolean
sxsh_pdf_preview_is_rendering (SxshPdfPreview *self)
{
  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), FALSE);

  return self->n_rendering > 0;
}

/**
 * sxsh_pdf_preview_dup_page_label:
 *
 * Returns: (transfer full): "Page 3 of 17", or "" without a document
 */
char *
sxsh_pdf_preview_dup_page_label (SxshPdfPreview *self)
{
  g_return_val_if_fail (SXSH_IS_PDF_PREVIEW (self), NULL);

  if (sxsh_pdf_n_pages (self) == 0)
    return g_strdup ("");
  /* Translators: the page shown in the preview of a document. */
  return g_strdup_printf (_("Page %u of %u"), self->current_page + 1, sxsh_pdf_n_pages (self));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sxsh-grid-cell.h"

/* One cell of a data-entry grid, behaving the way a spreadsheet's cells do:
 * the cell itself takes the keyboard focus and moves with the arrows, Tab
 * and Enter; typing starts editing with what was typed; Enter or Tab
 * commits, Escape cancels.  The cell does not know what it shows: it asks
 * its owner to accept a value ("commit") and to move the cursor ("move").
 *
 * A GTK 4.8 list view keeps some two hundred rows alive, so a grid of
 * twenty columns holds thousands of cells: a cell is as light as it can be.
 * It is built in code rather than from a template, its text field exists
 * only while it is edited, and it has no event controllers of its own: the
 * grid owns one set of them and hands each key, click and typed text to
 * the cell concerned (sxsh_grid_cell_key_pressed() and friends). */
struct _SxshGridCell
{
  GtkWidget           parent_instance;

  SxshGridCellKind    kind;
  char               *text;
  char               *error;
  char               *hint;
  gboolean            active;
  gboolean            numeric;

  PangoLayout        *layout;
  guint               context_serial;
  GtkWidget          *check;
  GtkWidget          *editor;
  guint               leave_idle;
};

G_DEFINE_FINAL_TYPE (SxshGridCell, sxsh_grid_cell, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TEXT,
  PROP_ACTIVE,
  PROP_ERROR,
  PROP_EDITING,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_COMMIT,
  SIGNAL_CANCEL,
  SIGNAL_TOGGLED,
  SIGNAL_MOVE,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
update_tooltip (SxshGridCell *self)
{
  const char *tooltip = self->error != NULL ? self->error : self->hint;

  /* Setting a tooltip costs a round trip to the display in GTK 4.8. */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (self)), tooltip) != 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
}

/* Asks the owner to accept what is in the text field. */
static gboolean
emit_commit (SxshGridCell *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->editor)));
  gboolean accepted = FALSE;

  g_signal_emit (self, signals[SIGNAL_COMMIT], 0, text, &accepted);

  /* A refused value stays visible in the cell, marked, so that the user
   * can see it and fix it later. */
  if (!accepted)
    sxsh_grid_cell_set_text (self, text);

  return accepted;
}

static void
remove_editor (SxshGridCell *self)
{
  GtkWidget *editor = self->editor;

  if (editor == NULL)
    return;

  /* The field is forgotten first, so that the focus leaving it below is
   * not taken for the user leaving the cell. */
  self->editor = NULL;
  g_clear_handle_id (&self->leave_idle, g_source_remove);
  if (gtk_widget_has_focus (editor))
    gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_unparent (editor);

  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_remove_css_class (GTK_WIDGET (self), "editing");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}

/* Commits the edit, if any, then moves.  A refused value keeps the cell in
 * editing, with the error shown, so that the user fixes it where it is. */
static void
finish_and_move (SxshGridCell *self,
                 SxshGridMove  move)
{
  if (self->editor != NULL)
    {
      if (!emit_commit (self))
        {
          gtk_widget_error_bell (GTK_WIDGET (self));
          return;
        }
      remove_editor (self);
    }

  g_signal_emit (self, signals[SIGNAL_MOVE], 0, (int) move);
}

static void
cancel (SxshGridCell *self)
{
  remove_editor (self);
  g_signal_emit (self, signals[SIGNAL_CANCEL], 0);
}

static void
set_active_by_user (SxshGridCell *self,
                    gboolean      active)
{
  if (!gtk_widget_is_sensitive (GTK_WIDGET (self)) || self->active == active)
    return;

  sxsh_grid_cell_set_active (self, active);
  g_signal_emit (self, signals[SIGNAL_TOGGLED], 0, active);
}

static void
editor_activate_cb (SxshGridCell *self,
                    GtkText      *editor)
{
  finish_and_move (self, SXSH_GRID_MOVE_DOWN);
}

static gboolean
leave_idle_cb (gpointer user_data)
{
  SxshGridCell *self = SXSH_GRID_CELL (user_data);

  self->leave_idle = 0;
  if (self->editor == NULL || gtk_widget_has_focus (self->editor))
    return G_SOURCE_REMOVE;

  /* Clicking elsewhere keeps a refused value in the cell, marked; the
   * value is not saved. */
  emit_commit (self);
  remove_editor (self);

  return G_SOURCE_REMOVE;
}

static void
editor_leave_cb (SxshGridCell            *self,
                 GtkEventControllerFocus *controller)
{
  GtkWidget *editor = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkRoot *root;

  if (editor != self->editor)
    return;

  /* The window losing the focus leaves the edit as it is. */
  root = gtk_widget_get_root (editor);
  if (root != NULL && gtk_root_get_focus (root) == editor)
    return;

  /* The text field cannot be removed in the middle of the focus change
   * that is taking the focus away from it. */
  if (self->leave_idle == 0)
    self->leave_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, leave_idle_cb,
                                        g_object_ref (self), g_object_unref);
}

static void
copy_text (SxshGridCell *self)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));

  if (self->kind == SXSH_GRID_CELL_TEXT)
    gdk_clipboard_set_text (clipboard, self->text != NULL ? self->text : "");
  else
    gdk_clipboard_set_text (clipboard, self->active ? "x" : "");
}

/* Drawing: a text cell draws its text itself instead of holding a label,
 * which halves the widgets of a grid. */

static PangoLayout *
ensure_layout (SxshGridCell *self)
{
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                                     self->text != NULL ? self->text : "");
      self->context_serial = pango_context_get_serial (pango_layout_get_context (self->layout));
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
      pango_layout_set_alignment (self->layout,
                                  self->numeric ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      if (self->numeric)
        {
          /* Tabular figures keep the digits of a column aligned. */
          PangoAttrList *attributes = pango_attr_list_new ();

          pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum"));
          pango_layout_set_attributes (self->layout, attributes);
          pango_attr_list_unref (attributes);
        }
    }

  return self->layout;
}

static void
sxsh_grid_cell_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  SxshGridCell *self = SXSH_GRID_CELL (widget);
  GtkWidget *child = self->editor != NULL ? self->editor : self->check;
  PangoRectangle logical;

  *minimum = 0;
  *natural = 0;

  if (self->kind == SXSH_GRID_CELL_TEXT)
    {
      PangoLayout *layout = ensure_layout (self);

      pango_layout_set_width (layout, -1);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        *natural = logical.width;
      else
        *minimum = *natural = logical.height;
    }

  if (child != NULL)
    {
      int child_minimum = 0;
      int child_natural = 0;

      gtk_widget_measure (child, orientation, for_size, &child_minimum, &child_natural,
                          NULL, NULL);
      *minimum = MAX (*minimum, child_minimum);
      *natural = MAX (*natural, child_natural);
    }
}

static void
sxsh_grid_cell_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  SxshGridCell *self = SXSH_GRID_CELL (widget);

  if (self->editor != NULL)
    gtk_widget_allocate (self->editor, width, height, baseline, NULL);
  if (self->check != NULL)
    gtk_widget_allocate (self->check, width, height, baseline, NULL);
}

static void
sxsh_grid_cell_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  SxshGridCell *self = SXSH_GRID_CELL (widget);
  PangoLayout *layout;
  PangoRectangle logical;
  GdkRGBA color;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (self->editor != NULL)
    {
      gtk_widget_snapshot_child (widget, self->editor, snapshot);
      return;
    }

  if (self->check != NULL)
    {
      gtk_widget_snapshot_child (widget, self->check, snapshot);
      return;
    }

  if (self->text == NULL || *self->text == '\0' || width <= 0)
    return;

  layout = ensure_layout (self);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, (height - logical.height) / 2));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
sxsh_grid_cell_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  SxshGridCell *self = SXSH_GRID_CELL (widget);

  PangoContext *context;

  GTK_WIDGET_CLASS (sxsh_grid_cell_parent_class)->css_changed (widget, change);

  /* Hovering and focus change the style too: only a new font needs a new
   * layout and a new size. */
  if (self->layout == NULL)
    return;

  context = gtk_widget_get_pango_context (widget);
  if (pango_context_get_serial (context) != self->context_serial)
    {
      g_clear_object (&self->layout);
      gtk_widget_queue_resize (widget);
    }
}

static void
sxsh_grid_cell_constructed (GObject *object)
{
  SxshGridCell *self = SXSH_GRID_CELL (object);

  G_OBJECT_CLASS (sxsh_grid_cell_parent_class)->constructed (object);

  if (self->kind == SXSH_GRID_CELL_CHECK)
    {
      /* The check box only shows the value: the cell takes the clicks and
       * keys.  It is an image styled as a check box (see style.css) rather
       * than a check button, which would bring a second widget and its own
       * controllers into each of a grid's thousands of cells. */
      self->check = gtk_image_new ();
      gtk_widget_add_css_class (self->check, "grid-check");
      gtk_widget_set_can_target (self->check, FALSE);
      gtk_widget_set_halign (self->check, GTK_ALIGN_CENTER);
      gtk_widget_set_valign (self->check, GTK_ALIGN_CENTER);
      gtk_widget_set_parent (self->check, GTK_WIDGET (self));
      gtk_widget_add_css_class (GTK_WIDGET (self), "check");
    }
}

static void
sxsh_grid_cell_dispose (GObject *object)
{
  SxshGridCell *self = SXSH_GRID_CELL (object);

  g_clear_handle_id (&self->leave_idle, g_source_remove);
  g_clear_pointer (&self->editor, gtk_widget_unparent);
  g_clear_pointer (&self->check, gtk_widget_unparent);

  G_OBJECT_CLASS (sxsh_grid_cell_parent_class)->dispose (object);
}

static void
sxsh_grid_cell_finalize (GObject *object)
{
  SxshGridCell *self = SXSH_GRID_CELL (object);

  g_clear_object (&self->layout);
  g_free (self->text);
  g_free (self->error);
  g_free (self->hint);

  G_OBJECT_CLASS (sxsh_grid_cell_parent_class)->finalize (object);
}

static void
sxsh_grid_cell_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SxshGridCell *self = SXSH_GRID_CELL (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;

    case PROP_EDITING:
      g_value_set_boolean (value, self->editor != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_grid_cell_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SxshGridCell *self = SXSH_GRID_CELL (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;

    case PROP_TEXT:
      sxsh_grid_cell_set_text (self, g_value_get_string (value));
      break;

    case PROP_ACTIVE:
      sxsh_grid_cell_set_active (self, g_value_get_boolean (value));
      break;

    case PROP_ERROR:
      sxsh_grid_cell_set_error (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_grid_cell_class_init (SxshGridCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_grid_cell_constructed;
  object_class->dispose = sxsh_grid_cell_dispose;
  object_class->finalize = sxsh_grid_cell_finalize;
  object_class->get_property = sxsh_grid_cell_get_property;
  object_class->set_property = sxsh_grid_cell_set_property;

  widget_class->measure = sxsh_grid_cell_measure;
  widget_class->size_allocate = sxsh_grid_cell_size_allocate;
  widget_class->snapshot = sxsh_grid_cell_snapshot;
  widget_class->css_changed = sxsh_grid_cell_css_changed;


  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      SXSH_GRID_CELL_TEXT, SXSH_GRID_CELL_CHECK, SXSH_GRID_CELL_TEXT,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshGridCell:error:
   *
   * Why the value in the cell was refused, or %NULL.  The cell is marked
   * with the "error" style class and shows the reason in its tooltip.
   */
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EDITING] =
    g_param_spec_boolean ("editing", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SxshGridCell::commit:
   * @text: what the user typed
   *
   * Asks the owner to check and save the edited value.
   *
   * Returns: %TRUE when the value was accepted; otherwise the owner has set
   *   #SxshGridCell:error and the cell keeps the text
   */
  signals[SIGNAL_COMMIT] =
    g_signal_new ("commit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  g_signal_accumulator_first_wins, NULL, NULL,
                  G_TYPE_BOOLEAN, 1, G_TYPE_STRING);

  /**
   * SxshGridCell::cancel:
   *
   * The user gave up an edit or a refused value with Escape: the owner
   * shows the saved value again.
   */
  signals[SIGNAL_CANCEL] =
    g_signal_new ("cancel", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * SxshGridCell::toggled:
   * @active: the new value
   *
   * The user changed a check cell.
   */
  signals[SIGNAL_TOGGLED] =
    g_signal_new ("toggled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  /**
   * SxshGridCell::move:
   * @move: a #SxshGridMove
   *
   * The user asks to go to another cell; an edit was committed first.
   */
  signals[SIGNAL_MOVE] =
    g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "gridcell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
sxsh_grid_cell_init (SxshGridCell *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
}

/**
 * sxsh_grid_cell_new:
 *
 * Returns: (transfer floating): a new cell
 */
GtkWidget *
sxsh_grid_cell_new (SxshGridCellKind kind)
{
  return g_object_new (SXSH_TYPE_GRID_CELL, "kind", kind, NULL);
}

SxshGridCellKind
sxsh_grid_cell_get_kind (SxshGridCell *self)
{
  g_return_val_if_fail (SXSH_IS_GRID_CELL (self), SXSH_GRID_CELL_TEXT);

  return self->kind;
}

const char *
sxsh_grid_cell_get_text (SxshGridCell *self)
{
  g_return_val_if_fail (SXSH_IS_GRID_CELL (self), NULL);

  return self->text != NULL ? self->text : "";
}

/* Sets the text the cell shows when it is not being edited. */
void
sxsh_grid_cell_set_text (SxshGridCell *self,
                         const char   *text)
{
  g_return_if_fail (SXSH_IS_GRID_CELL (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, text != NULL ? text : "", -1);
  /* One line of text: the height does not change, only the drawing. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text != NULL ? text : "",
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

gboolean
sxsh_grid_cell_get_active (SxshGridCell *self)
{
  g_return_val_if_fail (SXSH_IS_GRID_CELL (self), FALSE);

  return self->active;
}

/* Sets the value of a check cell without telling the owner. */
void
sxsh_grid_cell_set_active (SxshGridCell *self,
                           gboolean      active)
{
  g_return_if_fail (SXSH_IS_GRID_CELL (self));

  active = !!active;
  if (self->active == active)
    return;

  self->active = active;
  if (self->check != NULL)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (self->check),
                                    active ? "object-select-symbolic" : NULL);
      if (active)
        gtk_widget_add_css_class (self->check, "checked");
      else
        gtk_widget_remove_css_class (self->check, "checked");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_CHECKED,
                                   active ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                          : GTK_ACCESSIBLE_TRISTATE_FALSE,
                                   -1);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

/* Changes a check cell as the user's click or Space does. */
void
sxsh_grid_cell_toggle (SxshGridCell *self)
{
  g_return_if_fail (SXSH_IS_GRID_CELL (self));

  if (self->kind == SXSH_GRID_CELL_CHECK)
    set_active_by_user (self, !self->active);
}

const char *
sxsh_grid_cell_get_error (SxshGridCell *self)
{
  g_return_val_if_fail (SXSH_IS_GRID_CELL (self), NULL);

  return self->error;
}

void
sxsh_grid_cell_set_error (SxshGridCell *self,
                          const char   *message)
{
  g_return_if_fail (SXSH_IS_GRID_CELL (self));

  if (g_strcmp0 (self->error, message) == 0)
    return;

  g_free (self->error);
  self->error = g_strdup (message);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                               : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  update_tooltip (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

/* Sets the tooltip shown when the cell has no error. */
void
sxsh_grid_cell_set_hint (SxshGridCell *self,
                         const char   *hint)
{
  g_return_if_fail (SXSH_IS_GRID_CELL (self));

  if (g_strcmp0 (self->hint, hint) == 0)
    return;

  g_free (self->hint);
  self->hint = g_strdup (hint);
  update_tooltip (self);
}

void
sxsh_grid_cell_set_dimmed (SxshGridCell *self,
                           gboolean      dimmed)
{
  g_return_if_fail (SXSH_IS_GRID_CELL (self));

  if (dimmed)
    gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "dim-label");
}

/* Numbers are aligned on the right, with tabular figures. */
void
sxsh_grid_cell_set_numeric (SxshGridCell *self,
                            gboolean      numeric)
{
  g_return_if_fail (SXSH_IS_GRID_CELL (self));

  self->numeric = numeric;
  g_clear_object (&self->layout);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (numeric)
    gtk_widget_add_css_class (GTK_WIDGET (self), "numeric");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "numeric");
}

gboolean
sxsh_grid_cell_get_editing (SxshGridCell *self)
{
  g_return_val_if_fail (SXSH_IS_GRID_CELL (self), FALSE);

  return self->editor != NULL;
}

/**
 * sxsh_grid_cell_start_editing:
 * @text: (nullable): the text to start with; %NULL for the cell's text
 * @select_all: whether to select the text, so that typing replaces it
 *
 * Opens the text field in a text cell and gives it the focus.
 */
void
sxsh_grid_cell_start_editing (SxshGridCell *self,
                              const char   *text,
                              gboolean      select_all)
{
  GtkEventController *controller;

  g_return_if_fail (SXSH_IS_GRID_CELL (self));

  if (self->kind != SXSH_GRID_CELL_TEXT || self->editor != NULL ||
      !gtk_widget_is_sensitive (GTK_WIDGET (self)))
    return;

  self->editor = gtk_text_new ();
  gtk_editable_set_width_chars (GTK_EDITABLE (self->editor), 1);
  gtk_editable_set_alignment (GTK_EDITABLE (self->editor), self->numeric ? 1.0 : 0.0);
  gtk_editable_set_text (GTK_EDITABLE (self->editor),
                         text != NULL ? text : sxsh_grid_cell_get_text (self));
  g_signal_connect_swapped (self->editor, "activate", G_CALLBACK (editor_activate_cb), self);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (editor_leave_cb), self);
  gtk_widget_add_controller (self->editor, controller);
  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));

  gtk_widget_add_css_class (GTK_WIDGET (self), "editing");

  gtk_widget_grab_focus (self->editor);
  if (select_all)
    gtk_editable_select_region (GTK_EDITABLE (self->editor), 0, -1);
  else
    gtk_editable_set_position (GTK_EDITABLE (self->editor), -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}

/**
 * sxsh_grid_cell_stop_editing:
 * @cancel: %TRUE to drop the edit, %FALSE to commit it
 *
 * Closes the text field.  A committed value that the owner refuses stays in
 * the cell, marked.
 *
 * Returns: %FALSE when a committed value was refused
 */
gboolean
sxsh_grid_cell_stop_editing (SxshGridCell *self,
                             gboolean      cancel_edit)
{
  gboolean accepted = TRUE;

  g_return_val_if_fail (SXSH_IS_GRID_CELL (self), FALSE);

  if (self->editor == NULL)
    return TRUE;

  if (cancel_edit)
    {
      cancel (self);
      return TRUE;
    }

  accepted = emit_commit (self);
  remove_editor (self);

  return accepted;
}

/**
 * sxsh_grid_cell_get_editable:
 *
 * Returns: (transfer none) (nullable): the text field while the cell is
 *   being edited
 */
GtkEditable *
sxsh_grid_cell_get_editable (SxshGridCell *self)
{
  g_return_val_if_fail (SXSH_IS_GRID_CELL (self), NULL);

  return self->editor != NULL ? GTK_EDITABLE (self->editor) : NULL;
}

/**
 * sxsh_grid_cell_key_pressed:
 *
 * Handles a key pressed while the focus is in the cell; the grid calls it
 * before the text field sees the key, so that Tab, Enter and the arrows
 * move between cells while editing too.
 *
 * Returns: %TRUE when the cell used the key
 */
gboolean
sxsh_grid_cell_key_pressed (SxshGridCell    *self,
                            guint            keyval,
                            GdkModifierType  state)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  gboolean editing;
  gboolean plain;
  gboolean shift;

  g_return_val_if_fail (SXSH_IS_GRID_CELL (self), FALSE);

  editing = self->editor != NULL;
  plain = (mods & (GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0;
  shift = (mods & GDK_SHIFT_MASK) != 0;

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if (!plain)
        return FALSE;
      finish_and_move (self, shift || keyval == GDK_KEY_ISO_Left_Tab
                             ? SXSH_GRID_MOVE_PREVIOUS : SXSH_GRID_MOVE_NEXT);
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (!plain)
        return FALSE;
      finish_and_move (self, shift ? SXSH_GRID_MOVE_UP : SXSH_GRID_MOVE_DOWN);
      return TRUE;

    case GDK_KEY_Escape:
      if (editing || self->error != NULL)
        {
          cancel (self);
          return TRUE;
        }
      return FALSE;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (mods != 0)
        return FALSE;
      finish_and_move (self, SXSH_GRID_MOVE_UP);
      return TRUE;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (mods != 0)
        return FALSE;
      finish_and_move (self, SXSH_GRID_MOVE_DOWN);
      return TRUE;

    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      if (mods != 0)
        return FALSE;
      finish_and_move (self, SXSH_GRID_MOVE_PAGE_UP);
      return TRUE;

    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      if (mods != 0)
        return FALSE;
      finish_and_move (self, SXSH_GRID_MOVE_PAGE_DOWN);
      return TRUE;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      /* While editing, the arrows move in the text. */
      if (editing || mods != 0)
        return FALSE;
      g_signal_emit (self, signals[SIGNAL_MOVE], 0,
                     (int) (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left
                            ? SXSH_GRID_MOVE_LEFT : SXSH_GRID_MOVE_RIGHT));
      return TRUE;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      if (editing || mods != GDK_CONTROL_MASK)
        return FALSE;
      g_signal_emit (self, signals[SIGNAL_MOVE], 0,
                     (int) (keyval == GDK_KEY_Home || keyval == GDK_KEY_KP_Home
                            ? SXSH_GRID_MOVE_FIRST : SXSH_GRID_MOVE_LAST));
      return TRUE;

    case GDK_KEY_F2:
      if (editing || mods != 0 || self->kind != SXSH_GRID_CELL_TEXT)
        return FALSE;
      sxsh_grid_cell_start_editing (self, NULL, FALSE);
      return TRUE;

    case GDK_KEY_space:
      if (editing || mods != 0 || self->kind != SXSH_GRID_CELL_CHECK)
        return FALSE;
      sxsh_grid_cell_toggle (self);
      return TRUE;

    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      if (editing || mods != 0)
        return FALSE;
      if (self->kind == SXSH_GRID_CELL_CHECK)
        set_active_by_user (self, FALSE);
      else if (gtk_widget_is_sensitive (GTK_WIDGET (self)))
        {
          /* Delete empties the cell, as in a spreadsheet. */
          sxsh_grid_cell_start_editing (self, "", FALSE);
          if (self->editor != NULL && emit_commit (self))
            remove_editor (self);
        }
      return TRUE;

    case GDK_KEY_BackSpace:
      if (editing || mods != 0 || self->kind != SXSH_GRID_CELL_TEXT)
        return FALSE;
      sxsh_grid_cell_start_editing (self, "", FALSE);
      return TRUE;

    case GDK_KEY_c:
    case GDK_KEY_C:
      if (editing || mods != GDK_CONTROL_MASK)
        return FALSE;
      copy_text (self);
      return TRUE;

    case GDK_KEY_v:
    case GDK_KEY_V:
      if (editing || mods != GDK_CONTROL_MASK || self->kind != SXSH_GRID_CELL_TEXT)
        return FALSE;
      /* Pasting replaces the value; Enter or Tab then saves it. */
      sxsh_grid_cell_start_editing (self, "", FALSE);
      if (self->editor != NULL)
        gtk_widget_activate_action (self->editor, "clipboard.paste", NULL);
      return TRUE;

    default:
      return FALSE;
    }
}

/**
 * sxsh_grid_cell_insert_text:
 * @text: what was typed, through the grid's input method
 *
 * Typing on a cell that is not being edited starts editing with what was
 * typed; a check cell takes the marks officers write in spreadsheets.
 */
void
sxsh_grid_cell_insert_text (SxshGridCell *self,
                            const char   *text)
{
  g_return_if_fail (SXSH_IS_GRID_CELL (self));

  if (self->editor != NULL || !gtk_widget_is_sensitive (GTK_WIDGET (self)))
    return;

  if (self->kind == SXSH_GRID_CELL_TEXT)
    {
      sxsh_grid_cell_start_editing (self, text, FALSE);
      return;
    }

  switch (g_utf8_get_char (text))
    {
    case '1': case 'x': case 'X': case 'y': case 'Y': case 'c': case 'C': case '+':
      set_active_by_user (self, TRUE);
      break;

    case '0': case 'n': case 'N': case 'k': case 'K': case '-':
      set_active_by_user (self, FALSE);
      break;

    default:
      gtk_widget_error_bell (GTK_WIDGET (self));
      break;
    }
}

/**
 * sxsh_grid_cell_click:
 *
 * A click on the cell: it takes the focus, and a text cell opens for
 * editing with its text selected, a check cell changes.
 */
void
sxsh_grid_cell_click (SxshGridCell *self)
{
  g_return_if_fail (SXSH_IS_GRID_CELL (self));

  if (self->editor != NULL)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (self->kind == SXSH_GRID_CELL_TEXT)
    sxsh_grid_cell_start_editing (self, NULL, TRUE);
  else
    sxsh_grid_cell_toggle (self);
}

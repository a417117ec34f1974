/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sxsh-format.h"
#include "sxsh-indicators.h"
#include "sxsh-named-item.h"
#include "sxsh-year-table-private.h"

/* GTK 4.8's column view has no notion of a current cell: the table keeps a
 * cursor (row, editable column) itself, and moves the keyboard focus to
 * the cell widget bound to that row, scrolling it into view first.  Cell
 * widgets are recycled as rows scroll, so every column keeps the list of
 * its cells and finds the one bound to a row by the row's position. */

G_DEFINE_FINAL_TYPE (SxshYearTable, sxsh_year_table, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHEET,
  PROP_MESSAGE,
  PROP_LOCATION,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

void
sxsh_year_table_set_message (SxshYearTable *self,
                             const char    *message)
{
  if (g_strcmp0 (self->message, message) == 0)
    return;

  g_free (self->message);
  self->message = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}

/* A cell out of the column view has lost its list item. */
GtkListItem *
sxsh_year_table_cell_get_list_item (GtkWidget *cell)
{
  if (gtk_widget_get_parent (cell) == NULL)
    return NULL;

  return g_object_get_data (G_OBJECT (cell), "sxsh-list-item");
}

SxshYearRecord *
sxsh_year_table_cell_get_record (GtkWidget *cell)
{
  GtkListItem *list_item = sxsh_year_table_cell_get_list_item (cell);

  return list_item != NULL ? gtk_list_item_get_item (list_item) : NULL;
}

static guint
get_n_rows (SxshYearTable *self)
{
  return self->sheet != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->sheet)) : 0;
}

/* Cursor */

static GtkWidget *
find_list_view (SxshYearTable *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;

  return NULL;
}

static GtkWidget *
find_cell (SxshYearTable *self,
           guint          row,
           guint          nav)
{
  SxshTableColumn *column;

  if (nav >= self->nav_columns->len)
    return NULL;

  column = g_ptr_array_index (self->nav_columns, nav);
  for (guint i = 0; i < column->cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (column->cells, i);
      GtkListItem *list_item = sxsh_year_table_cell_get_list_item (cell);

      if (list_item != NULL && gtk_list_item_get_item (list_item) != NULL &&
          gtk_list_item_get_position (list_item) == row && gtk_widget_get_mapped (cell))
        return cell;
    }

  return NULL;
}

/* The column view scrolls sideways but knows nothing of focused cells:
 * bring the cell's column into view by hand.  The column's place is worked
 * out from the widths of the columns before it, not from where the cell is
 * drawn, which lags behind while keys repeat faster than frames. */
static void
scroll_cell_into_view (SxshYearTable *self,
                       GtkWidget     *cell)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view));
  SxshTableColumn *target = g_object_get_data (G_OBJECT (cell), "sxsh-column");
  double view_width;
  double value;
  double start = 0;
  double width = 0;

  if (adjustment == NULL || target == NULL)
    return;

  view_width = gtk_adjustment_get_page_size (adjustment);
  if (view_width <= 0)
    return;

  for (guint i = 0; i < self->columns->len; i++)
    {
      SxshTableColumn *column = g_ptr_array_index (self->columns, i);

      width = gtk_column_view_column_get_fixed_width (column->column);
      if (width <= 0)
        width = view_width;
      if (column == target)
        break;
      start += width;
    }

  value = gtk_adjustment_get_value (adjustment);
  if (start < value)
    value = start;
  else if (start + width > value + view_width)
    value = MIN (start, start + width - view_width);
  else
    return;

  gtk_adjustment_set_value (adjustment, value);
}

static gboolean
focus_cell_now (SxshYearTable *self)
{
  GtkWidget *cell = find_cell (self, self->cursor_row, self->cursor_nav);

  if (cell == NULL)
    return FALSE;

  if (!gtk_widget_has_focus (cell) && !gtk_widget_get_focus_child (cell))
    gtk_widget_grab_focus (cell);
  scroll_cell_into_view (self, cell);
  return TRUE;
}

static gboolean
focus_tick_cb (GtkWidget     *widget,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  SxshYearTable *self = SXSH_YEAR_TABLE (widget);

  /* The row's widgets exist once the list has been laid out again after
   * scrolling; give up after a few frames if the row never shows. */
  if (focus_cell_now (self) || ++self->focus_tries > 30)
    {
      self->focus_tick = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
update_location (SxshYearTable *self)
{
  g_autoptr(SxshYearRecord) record = NULL;
  g_autofree char *location = NULL;
  SxshTableColumn *column;

  if (self->sheet != NULL && self->cursor_row < get_n_rows (self) &&
      self->cursor_nav < self->nav_columns->len)
    {
      record = g_list_model_get_item (G_LIST_MODEL (self->sheet), self->cursor_row);
      column = g_ptr_array_index (self->nav_columns, self->cursor_nav);
      if (sxsh_year_sheet_get_year (self->sheet) != 0)
        /* Translators: where the cursor of the year grid is: the title of
         * a column and a facility's name. */
        location = g_strdup_printf (_("%s — %s"),
                                    gtk_column_view_column_get_title (column->column),
                                    sxsh_year_record_get_facility_name (record));
      else
        /* Translators: where the cursor is: the title of a column and a year. */
        location = g_strdup_printf (_("%s — %d"),
                                    gtk_column_view_column_get_title (column->column),
                                    sxsh_year_record_get_year (record));
    }

  if (g_strcmp0 (self->location, location) == 0)
    return;

  g_free (self->location);
  self->location = g_steal_pointer (&location);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

static void
move_cursor (SxshYearTable *self,
             guint          row,
             guint          nav,
             gboolean       grab_focus)
{
  guint n_rows = get_n_rows (self);
  GtkWidget *list_view;

  if (n_rows == 0 || self->nav_columns->len == 0)
    return;

  self->cursor_row = MIN (row, n_rows - 1);
  self->cursor_nav = MIN (nav, self->nav_columns->len - 1);
  update_location (self);

  list_view = find_list_view (self);
  if (list_view != NULL)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", self->cursor_row);

  if (!grab_focus || focus_cell_now (self))
    return;

  self->focus_tries = 0;
  if (self->focus_tick == 0)
    self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_tick_cb, NULL, NULL);
}

/* How many rows a Page Up or Page Down moves by: a screenful, less one. */
static guint
get_page_rows (SxshYearTable *self,
               GtkWidget     *cell)
{
  GtkWidget *row = gtk_widget_get_parent (cell);
  int row_height;
  int view_height = gtk_widget_get_height (GTK_WIDGET (self->scrolled_window));

  if (row != NULL && gtk_widget_get_parent (row) != NULL)
    row = gtk_widget_get_parent (row);
  row_height = row != NULL ? gtk_widget_get_height (row) : 0;

  if (row_height <= 0 || view_height <= row_height)
    return 10;

  return MAX (1, (guint) (view_height / row_height) - 2);
}

void
sxsh_year_table_cell_move_cb (SxshGridCell    *cell,
                              int              move,
                              SxshTableColumn *column)
{
  SxshYearTable *self = column->table;
  GtkListItem *list_item = sxsh_year_table_cell_get_list_item (GTK_WIDGET (cell));
  guint n_rows = get_n_rows (self);
  guint n_columns = self->nav_columns->len;
  guint row;
  guint nav = (guint) column->nav_index;
  guint page;

  if (list_item == NULL || n_rows == 0)
    return;

  row = gtk_list_item_get_position (list_item);
  if (row == GTK_INVALID_LIST_POSITION)
    return;

  switch ((SxshGridMove) move)
    {
    case SXSH_GRID_MOVE_NEXT:
      if (nav + 1 < n_columns)
        nav++;
      else if (row + 1 < n_rows)
        {
          nav = 0;
          row++;
        }
      break;

    case SXSH_GRID_MOVE_PREVIOUS:
      if (nav > 0)
        nav--;
      else if (row > 0)
        {
          nav = n_columns - 1;
          row--;
        }
      break;

    case SXSH_GRID_MOVE_UP:
      if (row > 0)
        row--;
      break;

    case SXSH_GRID_MOVE_DOWN:
      if (row + 1 < n_rows)
        row++;
      break;

    case SXSH_GRID_MOVE_LEFT:
      if (nav > 0)
        nav--;
      break;

    case SXSH_GRID_MOVE_RIGHT:
      if (nav + 1 < n_columns)
        nav++;
      break;

    case SXSH_GRID_MOVE_PAGE_UP:
      page = get_page_rows (self, GTK_WIDGET (cell));
      row = row > page ? row - page : 0;
      break;

    case SXSH_GRID_MOVE_PAGE_DOWN:
      page = get_page_rows (self, GTK_WIDGET (cell));
      row = MIN (row + page, n_rows - 1);
      break;

    case SXSH_GRID_MOVE_FIRST:
      row = 0;
      break;

    case SXSH_GRID_MOVE_LAST:
      row = n_rows - 1;
      break;

    default:
      g_assert_not_reached ();
    }

  move_cursor (self, row, nav, TRUE);
}

static void
cell_focused (SxshYearTable *self,
              GtkWidget     *cell)
{
  SxshTableColumn *column = g_object_get_data (G_OBJECT (cell), "sxsh-column");
  GtkListItem *list_item = sxsh_year_table_cell_get_list_item (cell);
  SxshYearRecord *record = sxsh_year_table_cell_get_record (cell);
  SxshPendingValue *pending;
  guint row;

  if (column == NULL || list_item == NULL || record == NULL || column->nav_index < 0)
    return;

  row = gtk_list_item_get_position (list_item);
  if (row == GTK_INVALID_LIST_POSITION)
    return;

  self->cursor_row = row;
  self->cursor_nav = (guint) column->nav_index;
  update_location (self);
  scroll_cell_into_view (self, cell);

  /* The status line tells the reason of a refused value to whoever reaches
   * its cell with the keyboard, where a tooltip would need the mouse. */
  pending = column->kind == SXSH_TABLE_COLUMN_TEXT ? sxsh_year_table_lookup_pending (self, record, column->field) : NULL;
  sxsh_year_table_set_message (self, pending != NULL ? pending->message : NULL);
}

/* Input: one set of controllers for every cell of the table */

static SxshGridCell *
get_focused_cell (SxshYearTable *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return NULL;

  if (SXSH_IS_GRID_CELL (focus))
    return SXSH_GRID_CELL (focus);

  return (SxshGridCell *) gtk_widget_get_ancestor (focus, SXSH_TYPE_GRID_CELL);
}

/* Seen before the text field of an edited cell sees the key. */
static gboolean
key_pressed_cb (SxshYearTable         *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  SxshGridCell *cell = get_focused_cell (self);

  return cell != NULL && sxsh_grid_cell_key_pressed (cell, keyval, state);
}

/* Typing on a cell that is not being edited goes through the table's input
 * method, so that Vietnamese input methods and dead keys work for the
 * first character too; the text field has its own for the rest. */
static void
im_commit_cb (SxshYearTable *self,
              const char    *text,
              GtkIMContext  *context)
{
  SxshGridCell *cell = get_focused_cell (self);

  if (cell == NULL || sxsh_grid_cell_get_editing (cell))
    return;

  sxsh_grid_cell_insert_text (cell, text);
  gtk_im_context_reset (context);
}

/* Clicks are taken before the rows see them, so that a row never takes the
 * focus away from the cells: a click on a cell goes to the cell, a click
 * elsewhere in a row moves the cursor to that row. */
static void
click_pressed_cb (SxshYearTable   *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *gesture)
{
  GtkWidget *view = GTK_WIDGET (self->column_view);
  GtkWidget *target = gtk_widget_pick (view, x, y, GTK_PICK_DEFAULT);

  for (GtkWidget *widget = target; widget != NULL && widget != view;
       widget = gtk_widget_get_parent (widget))
    {
      GtkListItem *list_item;
      guint row;

      if (SXSH_IS_GRID_CELL (widget))
        {
          /* Clicks in the text field of an edited cell are the field's. */
          if (sxsh_grid_cell_get_editing (SXSH_GRID_CELL (widget)))
            return;

          gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
          sxsh_grid_cell_click (SXSH_GRID_CELL (widget));
          return;
        }

      list_item = g_object_get_data (G_OBJECT (widget), "sxsh-list-item");
      if (list_item != NULL)
        {
          row = gtk_list_item_get_position (list_item);
          if (row == GTK_INVALID_LIST_POSITION)
            return;

          gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
          move_cursor (self, row, self->cursor_nav, TRUE);
          return;
        }
    }
}

static void
root_focus_changed_cb (SxshYearTable *self,
                       GParamSpec    *pspec,
                       GtkWindow     *window)
{
  SxshGridCell *cell = get_focused_cell (self);

  if (cell != NULL)
    cell_focused (self, GTK_WIDGET (cell));
}

/* Widget */

static gboolean
focus_is_in_cell (SxshYearTable *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) &&
         (SXSH_IS_GRID_CELL (focus) ||
          gtk_widget_get_ancestor (focus, SXSH_TYPE_GRID_CELL) != NULL);
}

/* Tabbing into the table lands on the cursor's cell, not on a row. */
static gboolean
sxsh_year_table_focus (GtkWidget        *widget,
                       GtkDirectionType  direction)
{
  SxshYearTable *self = SXSH_YEAR_TABLE (widget);

  if (focus_is_in_cell (self))
    return FALSE;

  return sxsh_year_table_focus_cursor (self);
}

static gboolean
sxsh_year_table_grab_focus (GtkWidget *widget)
{
  return sxsh_year_table_focus_cursor (SXSH_YEAR_TABLE (widget));
}

static void
sxsh_year_table_root (GtkWidget *widget)
{
  SxshYearTable *self = SXSH_YEAR_TABLE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (sxsh_year_table_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    g_signal_connect_object (root, "notify::focus-widget",
                             G_CALLBACK (root_focus_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
sxsh_year_table_unroot (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (root != NULL)
    g_signal_handlers_disconnect_by_func (root, root_focus_changed_cb, widget);

  GTK_WIDGET_CLASS (sxsh_year_table_parent_class)->unroot (widget);
}

static void
sxsh_year_table_realize (GtkWidget *widget)
{
  SxshYearTable *self = SXSH_YEAR_TABLE (widget);

  GTK_WIDGET_CLASS (sxsh_year_table_parent_class)->realize (widget);
  gtk_im_context_set_client_widget (self->im_context, widget);
}

static void
sxsh_year_table_unrealize (GtkWidget *widget)
{
  SxshYearTable *self = SXSH_YEAR_TABLE (widget);

  gtk_im_context_set_client_widget (self->im_context, NULL);
  GTK_WIDGET_CLASS (sxsh_year_table_parent_class)->unrealize (widget);
}

static void
sxsh_year_table_dispose (GObject *object)
{
  SxshYearTable *self = SXSH_YEAR_TABLE (object);

  if (self->focus_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->focus_tick);
      self->focus_tick = 0;
    }

  if (self->column_view != NULL)
    {
      gtk_column_view_set_model (self->column_view, NULL);
      sxsh_year_table_remove_columns (self);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_YEAR_TABLE);

  g_clear_object (&self->selection);
  g_clear_object (&self->sheet);

  G_OBJECT_CLASS (sxsh_year_table_parent_class)->dispose (object);
}

static void
sxsh_year_table_finalize (GObject *object)
{
  SxshYearTable *self = SXSH_YEAR_TABLE (object);

  g_ptr_array_unref (self->columns);
  g_ptr_array_unref (self->nav_columns);
  g_hash_table_unref (self->pending);
  g_free (self->message);
  g_free (self->location);
  g_clear_object (&self->im_context);

  G_OBJECT_CLASS (sxsh_year_table_parent_class)->finalize (object);
}

static void
sxsh_year_table_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SxshYearTable *self = SXSH_YEAR_TABLE (object);

  switch (prop_id)
    {
    case PROP_SHEET:
      g_value_set_object (value, self->sheet);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_year_table_class_init (SxshYearTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sxsh_year_table_dispose;
  object_class->finalize = sxsh_year_table_finalize;
  object_class->get_property = sxsh_year_table_get_property;

  widget_class->focus = sxsh_year_table_focus;
  widget_class->grab_focus = sxsh_year_table_grab_focus;
  widget_class->root = sxsh_year_table_root;
  widget_class->unroot = sxsh_year_table_unroot;
  widget_class->realize = sxsh_year_table_realize;
  widget_class->unrealize = sxsh_year_table_unrealize;

  /**
   * SxshYearTable:sheet:
   *
   * The yearly data the table shows and edits.
   */
  properties[PROP_SHEET] =
    g_param_spec_object ("sheet", NULL, NULL,
                         SXSH_TYPE_YEAR_SHEET,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * SxshYearTable:message:
   *
   * Why the value of the current cell was refused, or %NULL.
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * SxshYearTable:location:
   *
   * The row and column of the cursor, in words, for a status line.
   */
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-year-table.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshYearTable, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, SxshYearTable, column_view);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "yeartable");
}

static void
sxsh_year_table_init (SxshYearTable *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  self->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) sxsh_table_column_free);
  self->nav_columns = g_ptr_array_new ();
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, sxsh_pending_value_free);
  self->band_low_pct = NAN;
  self->band_high_pct = NAN;

  gtk_widget_init_template (GTK_WIDGET (self));

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), controller);

  self->im_context = gtk_im_multicontext_new ();
  g_signal_connect_swapped (self->im_context, "commit", G_CALLBACK (im_commit_cb), self);
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_key_set_im_context (GTK_EVENT_CONTROLLER_KEY (controller),
                                           self->im_context);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (gesture, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), GTK_EVENT_CONTROLLER (gesture));
}

GtkWidget *
sxsh_year_table_new (void)
{
  return g_object_new (SXSH_TYPE_YEAR_TABLE, NULL);
}

/**
 * sxsh_year_table_get_sheet:
 *
 * Returns: (transfer none) (nullable): the sheet the table shows
 */
SxshYearSheet *
sxsh_year_table_get_sheet (SxshYearTable *self)
{
  g_return_val_if_fail (SXSH_IS_YEAR_TABLE (self), NULL);

  return self->sheet;
}

/**
 * sxsh_year_table_set_sheet:
 * @sheet: (nullable): the sheet to show
 * @band_low_pct: the low end of the plan's savings band, or NaN
 * @band_high_pct: the high end of the plan's savings band, or NaN
 *
 * Shows another sheet, with columns for its resources.  Refused values of
 * the previous sheet are forgotten and the cursor goes to the first cell.
 */
void
sxsh_year_table_set_sheet (SxshYearTable *self,
                           SxshYearSheet *sheet,
                           double         band_low_pct,
                           double         band_high_pct)
{
  g_return_if_fail (SXSH_IS_YEAR_TABLE (self));
  g_return_if_fail (sheet == NULL || SXSH_IS_YEAR_SHEET (sheet));

  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  sxsh_year_table_remove_columns (self);
  g_hash_table_remove_all (self->pending);
  sxsh_year_table_set_message (self, NULL);

  g_set_object (&self->sheet, sheet);
  self->band_low_pct = band_low_pct;
  self->band_high_pct = band_high_pct;
  self->cursor_row = 0;
  self->cursor_nav = 0;

  if (sheet != NULL)
    {
      sxsh_year_table_build_columns (self);
      self->selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (sheet)));
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
    }

  update_location (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHEET]);
}

/* Returns: (nullable): why the value of the current cell was refused */
const char *
sxsh_year_table_get_message (SxshYearTable *self)
{
  g_return_val_if_fail (SXSH_IS_YEAR_TABLE (self), NULL);

  return self->message;
}

/* Returns: (nullable): the cursor's row and column, in words */
const char *
sxsh_year_table_get_location (SxshYearTable *self)
{
  g_return_val_if_fail (SXSH_IS_YEAR_TABLE (self), NULL);

  return self->location;
}

/* Whether the table is saving a cell: the database's "changed" signals
 * emitted meanwhile come from the table itself. */
gboolean
sxsh_year_table_get_saving (SxshYearTable *self)
{
  g_return_val_if_fail (SXSH_IS_YEAR_TABLE (self), FALSE);

  return self->saving > 0;
}

/* Gives the keyboard focus to the cursor's cell, once the row is on screen.
 * Returns: %FALSE when there is no cell to focus */
gboolean
sxsh_year_table_focus_cursor (SxshYearTable *self)
{
  g_return_val_if_fail (SXSH_IS_YEAR_TABLE (self), FALSE);

  if (get_n_rows (self) == 0 || self->nav_columns->len == 0)
    return FALSE;

  move_cursor (self, self->cursor_row, self->cursor_nav, TRUE);
  return TRUE;
}

/**
 * sxsh_year_table_set_cursor:
 * @field: (nullable): the column's field, or %NULL to stay in the column
 *
 * Moves the cursor, scrolling to it; the focus moves with it when it is
 * in the table already.
 */
void
sxsh_year_table_set_cursor (SxshYearTable *self,
                            guint          row,
                            const char    *field)
{
  guint nav = self->cursor_nav;

  g_return_if_fail (SXSH_IS_YEAR_TABLE (self));

  for (guint i = 0; field != NULL && i < self->nav_columns->len; i++)
    {
      SxshTableColumn *column = g_ptr_array_index (self->nav_columns, i);

      if (g_strcmp0 (column->field, field) == 0)
        nav = i;
    }

  move_cursor (self, row, nav, focus_is_in_cell (self));
}

guint
sxsh_year_table_get_cursor_row (SxshYearTable *self)
{
  g_return_val_if_fail (SXSH_IS_YEAR_TABLE (self), 0);

  return self->cursor_row;
}

/* Returns: (nullable): the field of the cursor's column */
const char *
sxsh_year_table_get_cursor_field (SxshYearTable *self)
{
  SxshTableColumn *column;

  g_return_val_if_fail (SXSH_IS_YEAR_TABLE (self), NULL);

  if (self->cursor_nav >= self->nav_columns->len)
    return NULL;

  column = g_ptr_array_index (self->nav_columns, self->cursor_nav);
  return column->field;
}

/**
 * sxsh_year_table_lookup_band:
 *
 * Reads the savings band of the plan in force in @year from the indicator
 * engine, so that the table colours savings against the band the
 * indicator counts with.  Both ends are NaN when there is no plan.
 */
void
sxsh_year_table_lookup_band (SxshDatabase *database,
                             int           year,
                             double       *band_low_pct,
                             double       *band_high_pct)
{
  g_autoptr(SxshIndicatorReport) report = NULL;
  g_autoptr(GError) error = NULL;
  const SxshIndicator *indicator = NULL;

  *band_low_pct = NAN;
  *band_high_pct = NAN;

  report = sxsh_indicators_compute (database, NULL, year, &error);
  if (report == NULL)
    {
      g_debug ("No savings band for %d: %s", year, error->message);
      return;
    }

  indicator = sxsh_indicator_report_lookup (report, "applying_saving");
  if (indicator != NULL)
    {
      *band_low_pct = indicator->band_low_pct;
      *band_high_pct = indicator->band_high_pct;
    }
}

GtkColumnView *
sxsh_year_table_get_column_view (SxshYearTable *self)
{
  return self->column_view;
}

/* Returns: (nullable): the cell widget bound to @row in the column of
 *   @field, when the row is on screen */
SxshGridCell *
sxsh_year_table_get_cell (SxshYearTable *self,
                          guint          row,
                          const char    *field)
{
  for (guint i = 0; i < self->nav_columns->len; i++)
    {
      SxshTableColumn *column = g_ptr_array_index (self->nav_columns, i);

      if (g_strcmp0 (column->field, field) == 0)
        return (SxshGridCell *) find_cell (self, row, i);
    }

  return NULL;
}

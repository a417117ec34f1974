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

typedef enum
{
  COLUMN_FACILITY,
  COLUMN_YEAR,
  COLUMN_FLAG,
  COLUMN_TEXT,
  COLUMN_SAVING,
} ColumnKind;

typedef struct
{
  SxshYearTable       *table;
  ColumnKind           kind;
  char                *field;
  gboolean             numeric;
  gboolean             carried;     /* carried forward with the statuses */
  int                  nav_index;   /* position among the editable columns, or -1 */
  GPtrArray           *cells;       /* the column's cell widgets, borrowed */
  GtkColumnViewColumn *column;
} TableColumn;

/* A value the table refused, kept until it is fixed or given up, so that it
 * survives the recycling of the cell widgets. */
typedef struct
{
  char *text;
  char *message;
} Pending;

struct _SxshYearTable
{
  GtkWidget            parent_instance;

  SxshYearSheet       *sheet;
  GtkNoSelection      *selection;
  GPtrArray           *columns;       /* TableColumn, owned */
  GPtrArray           *nav_columns;   /* the editable ones, borrowed */
  GHashTable          *pending;       /* "facility/year/field" → Pending */
  double               band_low_pct;
  double               band_high_pct;

  guint                cursor_row;
  guint                cursor_nav;
  guint                focus_tick;
  guint                focus_tries;
  int                  saving;
  char                *message;
  char                *location;
  GtkIMContext        *im_context;

  /* Template widgets */
  GtkScrolledWindow   *scrolled_window;
  GtkColumnView       *column_view;
};

G_DEFINE_FINAL_TYPE (SxshYearTable, sxsh_year_table, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHEET,
  PROP_MESSAGE,
  PROP_LOCATION,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static const char *saving_classes[] = {
  "saving-none",
  "saving-below",
  "saving-within",
  "saving-above",
};

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_free (pending->text);
  g_free (pending->message);
  g_free (pending);
}

static char *
pending_key (SxshYearRecord *record,
             const char     *field)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%d/%s",
                          sxsh_year_record_get_facility_id (record),
                          sxsh_year_record_get_year (record), field);
}

static Pending *
lookup_pending (SxshYearTable  *self,
                SxshYearRecord *record,
                const char     *field)
{
  g_autofree char *key = NULL;

  if (g_hash_table_size (self->pending) == 0)
    return NULL;

  key = pending_key (record, field);
  return g_hash_table_lookup (self->pending, key);
}

static void
set_message (SxshYearTable *self,
             const char    *message)
{
  if (g_strcmp0 (self->message, message) == 0)
    return;

  g_free (self->message);
  self->message = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}

/* A cell out of the column view has lost its list item. */
static GtkListItem *
get_list_item (GtkWidget *cell)
{
  if (gtk_widget_get_parent (cell) == NULL)
    return NULL;

  return g_object_get_data (G_OBJECT (cell), "sxsh-list-item");
}

static SxshYearRecord *
get_record (GtkWidget *cell)
{
  GtkListItem *list_item = get_list_item (cell);

  return list_item != NULL ? gtk_list_item_get_item (list_item) : NULL;
}

static guint
get_n_rows (SxshYearTable *self)
{
  return self->sheet != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->sheet)) : 0;
}

/* Setting a tooltip makes GTK 4.8 ask the display where the pointer is, a
 * round trip to the X server: cells change theirs only when it changes. */
static void
set_tooltip (GtkWidget  *widget,
             const char *text)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

/* Cells */

static void
refresh_cell (TableColumn    *column,
              GtkWidget      *widget,
              SxshYearRecord *record)
{
  gboolean carried = column->carried && !sxsh_year_record_get_recorded (record);
  const char *hint = carried ? _("Carried forward from an earlier year") : NULL;

  switch (column->kind)
    {
    case COLUMN_FACILITY:
      {
        GtkWidget *name = gtk_widget_get_first_child (widget);
        GtkWidget *tax_code = gtk_widget_get_next_sibling (name);
        const char *code = sxsh_year_record_get_tax_code (record);

        gtk_label_set_label (GTK_LABEL (name), sxsh_year_record_get_facility_name (record));
        gtk_label_set_label (GTK_LABEL (tax_code), code);
        gtk_widget_set_visible (tax_code, code != NULL && *code != '\0');
        set_tooltip (widget, sxsh_year_record_get_facility_name (record));
      }
      break;

    case COLUMN_YEAR:
      {
        char text[16];

        g_snprintf (text, sizeof text, "%d", sxsh_year_record_get_year (record));
        gtk_label_set_label (GTK_LABEL (widget), text);
        if (sxsh_year_record_get_is_baseline (record))
          gtk_widget_add_css_class (widget, "baseline");
        else
          gtk_widget_remove_css_class (widget, "baseline");
        set_tooltip (widget, sxsh_year_record_get_is_baseline (record)
                                             ? _("The baseline year of the savings") : NULL);
      }
      break;

    case COLUMN_FLAG:
      {
        gboolean active = FALSE;

        g_object_get (record, column->field, &active, NULL);
        sxsh_grid_cell_set_active (SXSH_GRID_CELL (widget), active);
        sxsh_grid_cell_set_dimmed (SXSH_GRID_CELL (widget), carried);
        sxsh_grid_cell_set_hint (SXSH_GRID_CELL (widget), hint);
      }
      break;

    case COLUMN_TEXT:
      {
        Pending *pending = lookup_pending (column->table, record, column->field);
        g_autofree char *text = NULL;

        if (pending != NULL)
          {
            sxsh_grid_cell_set_text (SXSH_GRID_CELL (widget), pending->text);
            sxsh_grid_cell_set_error (SXSH_GRID_CELL (widget), pending->message);
          }
        else
          {
            text = sxsh_year_record_format_field (record, column->field);
            sxsh_grid_cell_set_text (SXSH_GRID_CELL (widget), text);
            sxsh_grid_cell_set_error (SXSH_GRID_CELL (widget), NULL);
          }
        sxsh_grid_cell_set_dimmed (SXSH_GRID_CELL (widget), carried);
        sxsh_grid_cell_set_hint (SXSH_GRID_CELL (widget), hint);
      }
      break;

    case COLUMN_SAVING:
      sxsh_year_table_show_saving (GTK_LABEL (widget), sxsh_year_record_get_saving_pct (record),
                                   column->table->band_low_pct, column->table->band_high_pct);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
refresh_bound_cell (GtkWidget *widget)
{
  TableColumn *column = g_object_get_data (G_OBJECT (widget), "sxsh-column");
  SxshYearRecord *record = get_record (widget);

  if (column != NULL && record != NULL)
    refresh_cell (column, widget, record);
}

static void
record_notify_cb (GtkWidget  *widget,
                  GParamSpec *pspec,
                  GObject    *record)
{
  refresh_bound_cell (widget);
}

static void
record_quantities_changed_cb (GtkWidget *widget,
                              GObject   *record)
{
  refresh_bound_cell (widget);
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
  TableColumn *column;

  if (nav >= self->nav_columns->len)
    return NULL;

  column = g_ptr_array_index (self->nav_columns, nav);
  for (guint i = 0; i < column->cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (column->cells, i);
      GtkListItem *list_item = get_list_item (cell);

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
  TableColumn *target = g_object_get_data (G_OBJECT (cell), "sxsh-column");
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
      TableColumn *column = g_ptr_array_index (self->columns, i);

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
  TableColumn *column;

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

static void
cell_move_cb (SxshGridCell *cell,
              int           move,
              TableColumn  *column)
{
  SxshYearTable *self = column->table;
  GtkListItem *list_item = get_list_item (GTK_WIDGET (cell));
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
  TableColumn *column = g_object_get_data (G_OBJECT (cell), "sxsh-column");
  GtkListItem *list_item = get_list_item (cell);
  SxshYearRecord *record = get_record (cell);
  Pending *pending;
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
  pending = column->kind == COLUMN_TEXT ? lookup_pending (self, record, column->field) : NULL;
  set_message (self, pending != NULL ? pending->message : NULL);
}

static gboolean
cell_commit_cb (SxshGridCell *cell,
                const char   *text,
                TableColumn  *column)
{
  SxshYearTable *self = column->table;
  SxshYearRecord *record = get_record (GTK_WIDGET (cell));
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  g_autofree char *current = NULL;
  g_autofree char *typed = NULL;
  gboolean ok;

  if (record == NULL || self->sheet == NULL)
    return FALSE;

  key = pending_key (record, column->field);

  /* Going through a cell without changing it writes nothing. */
  typed = g_strstrip (g_strdup (text));
  current = sxsh_year_record_format_field (record, column->field);
  if (!g_hash_table_contains (self->pending, key) && g_strcmp0 (typed, current) == 0)
    return TRUE;

  self->saving++;
  ok = sxsh_year_sheet_set_text (self->sheet, record, column->field, text, &error);
  self->saving--;

  if (!ok)
    {
      Pending *pending = g_new0 (Pending, 1);

      pending->text = g_strdup (text);
      pending->message = g_strdup (error->message);
      g_hash_table_replace (self->pending, g_steal_pointer (&key), pending);
      sxsh_grid_cell_set_error (cell, error->message);
      /* A value refused as the user clicked elsewhere stays marked in its
       * cell; the status line speaks of the cell the user is in now. */
      if (gtk_widget_has_focus (GTK_WIDGET (cell)) ||
          gtk_widget_get_focus_child (GTK_WIDGET (cell)) != NULL)
        set_message (self, error->message);
      return FALSE;
    }

  g_hash_table_remove (self->pending, key);
  refresh_cell (column, GTK_WIDGET (cell), record);
  set_message (self, NULL);
  return TRUE;
}

static void
cell_cancel_cb (SxshGridCell *cell,
                TableColumn  *column)
{
  SxshYearRecord *record = get_record (GTK_WIDGET (cell));
  g_autofree char *key = NULL;

  if (record == NULL)
    return;

  key = pending_key (record, column->field);
  g_hash_table_remove (column->table->pending, key);
  refresh_cell (column, GTK_WIDGET (cell), record);
  set_message (column->table, NULL);
}

static void
cell_toggled_cb (SxshGridCell *cell,
                 gboolean      active,
                 TableColumn  *column)
{
  SxshYearTable *self = column->table;
  SxshYearRecord *record = get_record (GTK_WIDGET (cell));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (record == NULL || self->sheet == NULL)
    return;

  self->saving++;
  ok = sxsh_year_sheet_set_flag (self->sheet, record, column->field, active, &error);
  self->saving--;

  if (!ok)
    {
      /* The check box goes back to the saved value. */
      gtk_widget_error_bell (GTK_WIDGET (cell));
      set_message (self, error->message);
      refresh_cell (column, GTK_WIDGET (cell), record);
      return;
    }

  set_message (self, NULL);
}

/* Columns */

/* GTK 4.8 has taken the child from the list item by the time "teardown"
 * is emitted: the column learns that a cell is gone from a weak reference. */
static void
cell_gone_cb (gpointer  user_data,
              GObject  *where_the_cell_was)
{
  TableColumn *column = user_data;

  g_ptr_array_remove_fast (column->cells, where_the_cell_was);
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               TableColumn              *column)
{
  GtkWidget *widget = NULL;
  GtkWidget *label;

  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);

  switch (column->kind)
    {
    case COLUMN_FACILITY:
      widget = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (widget, "facility");
      label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (widget), label);
      label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "numeric");
      gtk_box_append (GTK_BOX (widget), label);
      break;

    case COLUMN_YEAR:
      widget = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (widget), 0);
      gtk_widget_add_css_class (widget, "year");
      gtk_widget_add_css_class (widget, "numeric");
      break;

    case COLUMN_SAVING:
      widget = gtk_label_new (NULL);
      gtk_widget_set_halign (widget, GTK_ALIGN_END);
      gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (widget, "saving");
      gtk_widget_add_css_class (widget, "numeric");
      break;

    case COLUMN_FLAG:
    case COLUMN_TEXT:
      widget = sxsh_grid_cell_new (column->kind == COLUMN_FLAG ? SXSH_GRID_CELL_CHECK
                                                               : SXSH_GRID_CELL_TEXT);
      sxsh_grid_cell_set_numeric (SXSH_GRID_CELL (widget), column->numeric);
      g_signal_connect (widget, "commit", G_CALLBACK (cell_commit_cb), column);
      g_signal_connect (widget, "cancel", G_CALLBACK (cell_cancel_cb), column);
      g_signal_connect (widget, "toggled", G_CALLBACK (cell_toggled_cb), column);
      g_signal_connect (widget, "move", G_CALLBACK (cell_move_cb), column);
      g_object_weak_ref (G_OBJECT (widget), cell_gone_cb, column);
      g_ptr_array_add (column->cells, widget);
      break;

    default:
      g_assert_not_reached ();
    }

  g_object_set_data (G_OBJECT (widget), "sxsh-list-item", list_item);
  g_object_set_data (G_OBJECT (widget), "sxsh-column", column);
  gtk_list_item_set_child (list_item, widget);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              TableColumn              *column)
{
  SxshYearRecord *record = gtk_list_item_get_item (list_item);
  GtkWidget *widget = gtk_list_item_get_child (list_item);

  g_signal_connect_swapped (record, "notify", G_CALLBACK (record_notify_cb), widget);
  g_signal_connect_swapped (record, "quantities-changed",
                            G_CALLBACK (record_quantities_changed_cb), widget);
  refresh_cell (column, widget, record);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                TableColumn              *column)
{
  SxshYearRecord *record = gtk_list_item_get_item (list_item);
  GtkWidget *widget = gtk_list_item_get_child (list_item);

  /* A row scrolled away while it was edited keeps what was typed. */
  if (SXSH_IS_GRID_CELL (widget) && sxsh_grid_cell_get_editing (SXSH_GRID_CELL (widget)))
    sxsh_grid_cell_stop_editing (SXSH_GRID_CELL (widget), FALSE);

  if (record != NULL)
    g_signal_handlers_disconnect_by_data (record, widget);
}

static void
table_column_free (TableColumn *column)
{
  for (guint i = 0; i < column->cells->len; i++)
    g_object_weak_unref (g_ptr_array_index (column->cells, i), cell_gone_cb, column);
  g_ptr_array_unref (column->cells);
  g_free (column->field);
  g_free (column);
}

static void
add_column (SxshYearTable *self,
            ColumnKind     kind,
            const char    *field,
            const char    *title,
            int            width,
            gboolean       numeric,
            gboolean       carried)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  TableColumn *column = g_new0 (TableColumn, 1);

  column->table = self;
  column->kind = kind;
  column->field = g_strdup (field);
  column->numeric = numeric;
  column->carried = carried;
  column->cells = g_ptr_array_new ();
  column->nav_index = -1;
  if (kind == COLUMN_FLAG || kind == COLUMN_TEXT)
    {
      column->nav_index = (int) self->nav_columns->len;
      g_ptr_array_add (self->nav_columns, column);
    }

  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), column);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), column);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), column);

  view_column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (view_column, width);
  else
    gtk_column_view_column_set_expand (view_column, TRUE);
  column->column = view_column;

  g_ptr_array_add (self->columns, column);
  gtk_column_view_append_column (self->column_view, view_column);
}

static void
remove_columns (SxshYearTable *self)
{
  /* The factories go first, so that every cell is torn down while its
   * column's data still exists. */
  for (guint i = 0; i < self->columns->len; i++)
    {
      TableColumn *column = g_ptr_array_index (self->columns, i);

      gtk_column_view_column_set_factory (column->column, NULL);
      gtk_column_view_remove_column (self->column_view, column->column);
    }

  g_ptr_array_set_size (self->nav_columns, 0);
  g_ptr_array_set_size (self->columns, 0);
}

static void
build_columns (SxshYearTable *self)
{
  gboolean province = sxsh_year_sheet_get_year (self->sheet) != 0;
  GListModel *resources = sxsh_year_sheet_get_resources (self->sheet);
  guint n_resources = g_list_model_get_n_items (resources);

  if (province)
    add_column (self, COLUMN_FACILITY, NULL, _("Facility"), 260, FALSE, FALSE);
  else
    add_column (self, COLUMN_YEAR, NULL, _("Year"), 70, TRUE, FALSE);

  add_column (self, COLUMN_FLAG, "informed", _("Informed"), 88, FALSE, TRUE);
  add_column (self, COLUMN_FLAG, "applying", _("Applying CP"), 104, FALSE, TRUE);
  add_column (self, COLUMN_FLAG, "dedicated-unit", _("Dedicated Unit"), 118, FALSE, TRUE);
  add_column (self, COLUMN_TEXT, "output", _("Output"), 110, TRUE, FALSE);
  add_column (self, COLUMN_TEXT, "output-unit", _("Unit"), 96, FALSE, TRUE);

  for (guint i = 0; i < n_resources; i++)
    {
      g_autoptr(SxshNamedItem) resource = g_list_model_get_item (resources, i);
      g_autofree char *field = g_strdup_printf ("resource:%" G_GINT64_FORMAT,
                                                sxsh_named_item_get_id (resource));
      g_autofree char *title = NULL;
      const char *unit = sxsh_named_item_get_detail (resource);

      if (!sxsh_year_table_shows_resource (self->sheet, i))
        continue;

      if (unit != NULL && *unit != '\0')
        /* Translators: the title of a resource column: the resource and
         * its unit, e.g. "Điện năng (kWh)". */
        title = g_strdup_printf (_("%s (%s)"), sxsh_named_item_get_name (resource), unit);
      else
        title = g_strdup (sxsh_named_item_get_name (resource));

      add_column (self, COLUMN_TEXT, field, title, 150, TRUE, FALSE);
    }

  add_column (self, COLUMN_SAVING, "saving-pct", _("Saving"), 84, TRUE, FALSE);
  add_column (self, COLUMN_TEXT, "report-received", _("Report Received"), 130, TRUE, FALSE);
  add_column (self, COLUMN_FLAG, "is-baseline", _("Baseline"), 84, FALSE, FALSE);
  add_column (self, COLUMN_TEXT, "notes", _("Notes"), 0, FALSE, FALSE);
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
      remove_columns (self);
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

  self->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) table_column_free);
  self->nav_columns = g_ptr_array_new ();
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, pending_free);
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
  remove_columns (self);
  g_hash_table_remove_all (self->pending);
  set_message (self, NULL);

  g_set_object (&self->sheet, sheet);
  self->band_low_pct = band_low_pct;
  self->band_high_pct = band_high_pct;
  self->cursor_row = 0;
  self->cursor_nav = 0;

  if (sheet != NULL)
    {
      build_columns (self);
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
      TableColumn *column = g_ptr_array_index (self->nav_columns, i);

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
  TableColumn *column;

  g_return_val_if_fail (SXSH_IS_YEAR_TABLE (self), NULL);

  if (self->cursor_nav >= self->nav_columns->len)
    return NULL;

  column = g_ptr_array_index (self->nav_columns, self->cursor_nav);
  return column->field;
}

/* How many of a sheet's resources always get a column: the usual energy
 * carriers come first in the sheet's list. */
#define USUAL_RESOURCES 4

/**
 * sxsh_year_table_shows_resource:
 * @index: the position of the resource in sxsh_year_sheet_get_resources()
 *
 * Whether the resource gets a column.  The province's grid shows every
 * resource of the sheet; one facility's years show the usual ones and
 * those the facility has figures for, rather than a column for every fuel
 * any facility of the province burns.
 */
gboolean
sxsh_year_table_shows_resource (SxshYearSheet *sheet,
                                guint          index)
{
  g_autoptr(SxshNamedItem) resource = NULL;
  GListModel *records = G_LIST_MODEL (sheet);
  guint n_records;
  gint64 id;

  if (sxsh_year_sheet_get_year (sheet) != 0 || index < USUAL_RESOURCES)
    return TRUE;

  resource = g_list_model_get_item (sxsh_year_sheet_get_resources (sheet), index);
  if (resource == NULL)
    return FALSE;

  id = sxsh_named_item_get_id (resource);
  n_records = g_list_model_get_n_items (records);
  for (guint i = 0; i < n_records; i++)
    {
      g_autoptr(SxshYearRecord) record = g_list_model_get_item (records, i);

      if (!isnan (sxsh_year_record_get_quantity (record, id)))
        return TRUE;
    }

  return FALSE;
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

/**
 * sxsh_year_table_show_saving:
 *
 * Shows an energy-intensity saving as a pill coloured against the plan's
 * band: below it in the warning colour, within it in the success colour,
 * above it in the accent colour; "—" when there is none.
 */
void
sxsh_year_table_show_saving (GtkLabel *label,
                             double    saving_pct,
                             double    band_low_pct,
                             double    band_high_pct)
{
  g_autofree char *text = NULL;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *tooltip = NULL;
  guint band = 0;

  for (guint i = 0; i < G_N_ELEMENTS (saving_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), saving_classes[i]);

  if (isnan (saving_pct))
    {
      gtk_label_set_label (label, "—");
      gtk_widget_add_css_class (GTK_WIDGET (label), saving_classes[0]);
      set_tooltip (GTK_WIDGET (label),
                                   _("No saving can be computed: this year or the baseline "
                                     "year lacks energy or output figures"));
      return;
    }

  text = sxsh_format_percent (saving_pct, 1);
  gtk_label_set_label (label, text);

  if (isnan (band_low_pct) || isnan (band_high_pct))
    {
      set_tooltip (GTK_WIDGET (label),
                                   _("Energy saving per unit of output against the baseline year"));
      return;
    }

  low = sxsh_format_percent (band_low_pct, 0);
  high = sxsh_format_percent (band_high_pct, 0);
  if (saving_pct < band_low_pct)
    {
      band = 1;
      /* Translators: %s are the ends of the plan's savings band, e.g. 8% and 13%. */
      tooltip = g_strdup_printf (_("Below the plan’s savings band of %s to %s"), low, high);
    }
  else if (saving_pct <= band_high_pct)
    {
      band = 2;
      tooltip = g_strdup_printf (_("Within the plan’s savings band of %s to %s"), low, high);
    }
  else
    {
      band = 3;
      tooltip = g_strdup_printf (_("Above the plan’s savings band of %s to %s"), low, high);
    }

  gtk_widget_add_css_class (GTK_WIDGET (label), saving_classes[band]);
  set_tooltip (GTK_WIDGET (label), tooltip);
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
      TableColumn *column = g_ptr_array_index (self->nav_columns, i);

      if (g_strcmp0 (column->field, field) == 0)
        return (SxshGridCell *) find_cell (self, row, i);
    }

  return NULL;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sxsh-dashboard-page-private.h"

/* The cards are laid out in columns of equal width: as many as fit at
 * their minimum width, up to a maximum, every card of a row as tall as the
 * tallest, and one column in a narrow window. */
#define COLUMN_SPACING 12

typedef struct
{
  int min_width;
  int max_columns;
} Columns;

static Columns *
get_columns (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "sxsh-columns");
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      n++;
  return n;
}

static int
columns_for_width (GtkWidget *widget,
                   int        width)
{
  Columns *columns = get_columns (widget);
  int n = (int) count_children (widget);
  int fit = (width + COLUMN_SPACING) / (columns->min_width + COLUMN_SPACING);

  return CLAMP (fit, 1, MAX (1, MIN (n, columns->max_columns)));
}

/* The height of the rows for @width, each row's height in @row_heights
 * when given. */
static int
rows_height (GtkWidget *widget,
             int        width,
             GArray    *row_heights)
{
  int n_columns = columns_for_width (widget, width);
  int column_width = MAX (1, (width - COLUMN_SPACING * (n_columns - 1)) / n_columns);
  int total = 0;
  int row_height = 0;
  int column = 0;
  int rows = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int natural = 0;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, column_width, NULL, &natural,
                          NULL, NULL);
      row_height = MAX (row_height, natural);
      if (++column == n_columns)
        {
          if (row_heights != NULL)
            g_array_append_val (row_heights, row_height);
          total += row_height;
          rows++;
          row_height = 0;
          column = 0;
        }
    }
  if (column > 0)
    {
      if (row_heights != NULL)
        g_array_append_val (row_heights, row_height);
      total += row_height;
      rows++;
    }

  return total + COLUMN_SPACING * MAX (rows - 1, 0);
}

static GtkSizeRequestMode
columns_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
columns_measure (GtkWidget      *widget,
                 GtkOrientation  orientation,
                 int             for_size,
                 int            *minimum,
                 int            *natural,
                 int            *minimum_baseline,
                 int            *natural_baseline)
{
  Columns *columns = get_columns (widget);
  int n = (int) count_children (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int widest = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_minimum = 0;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_minimum, NULL,
                              NULL, NULL);
          widest = MAX (widest, child_minimum);
        }
      *minimum = widest;
      n = MAX (1, MIN (n, columns->max_columns));
      *natural = MAX (widest, n * columns->min_width + (n - 1) * COLUMN_SPACING);
    }
  else
    {
      int width = for_size;

      if (width < 0)
        columns_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
      *minimum = *natural = rows_height (widget, width, NULL);
    }
}

static void
columns_allocate (GtkWidget *widget,
                  int        width,
                  int        height,
                  int        baseline)
{
  int n_columns = columns_for_width (widget, width);
  int column_width = MAX (1, (width - COLUMN_SPACING * (n_columns - 1)) / n_columns);
  g_autoptr(GArray) row_heights = g_array_new (FALSE, FALSE, sizeof (int));
  int column = 0;
  guint row = 0;
  int y = 0;

  rows_height (widget, width, row_heights);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int row_height;
      int x;

      if (!gtk_widget_should_layout (child))
        continue;

      row_height = g_array_index (row_heights, int, row);
      x = column * (column_width + COLUMN_SPACING);
      if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
        x = width - x - column_width;
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { x, y, column_width, row_height }, -1);

      if (++column == n_columns)
        {
          column = 0;
          y += row_height + COLUMN_SPACING;
          row++;
        }
    }
}

void
sxsh_dashboard_use_columns (GtkWidget *box,
             int        min_width,
             int        max_columns)
{
  Columns *columns = g_new0 (Columns, 1);

  columns->min_width = min_width;
  columns->max_columns = max_columns;
  g_object_set_data_full (G_OBJECT (box), "sxsh-columns", columns, g_free);
  gtk_widget_set_layout_manager (box, gtk_custom_layout_new (columns_request_mode,
                                                             columns_measure,
                                                             columns_allocate));
}


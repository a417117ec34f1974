/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the table's two source files share, and its cells, reached by the
 * UI tests to type into them as a user would. */

#include "sxsh-grid-cell.h"
#include "sxsh-year-record.h"
#include "sxsh-year-table.h"

G_BEGIN_DECLS

typedef enum
{
  SXSH_TABLE_COLUMN_FACILITY,
  SXSH_TABLE_COLUMN_YEAR,
  SXSH_TABLE_COLUMN_FLAG,
  SXSH_TABLE_COLUMN_TEXT,
  SXSH_TABLE_COLUMN_SAVING,
} SxshTableColumnKind;

typedef struct
{
  SxshYearTable       *table;
  SxshTableColumnKind  kind;
  char                *field;
  gboolean             numeric;
  gboolean             carried;     /* carried forward with the statuses */
  int                  nav_index;   /* position among the editable columns, or -1 */
  GPtrArray           *cells;       /* the column's cell widgets, borrowed */
  GtkColumnViewColumn *column;
} SxshTableColumn;

/* A value the table refused, kept until it is fixed or given up, so that it
 * survives the recycling of the cell widgets. */
typedef struct
{
  char *text;
  char *message;
} SxshPendingValue;

struct _SxshYearTable
{
  GtkWidget            parent_instance;

  SxshYearSheet       *sheet;
  GtkNoSelection      *selection;
  GPtrArray           *columns;       /* SxshTableColumn, owned */
  GPtrArray           *nav_columns;   /* the editable ones, borrowed */
  GHashTable          *pending;       /* "facility/year/field" → SxshPendingValue */
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

/* sxsh-year-table.c: the cursor and the status line */
void              sxsh_year_table_set_message        (SxshYearTable   *self,
                                                      const char      *message);
GtkListItem      *sxsh_year_table_cell_get_list_item (GtkWidget       *cell);
SxshYearRecord   *sxsh_year_table_cell_get_record    (GtkWidget       *cell);
void              sxsh_year_table_cell_move_cb       (SxshGridCell    *cell,
                                                      int              move,
                                                      SxshTableColumn *column);

/* sxsh-year-table-columns.c: the columns, their cells and refused values */
void              sxsh_year_table_build_columns      (SxshYearTable   *self);
void              sxsh_year_table_remove_columns     (SxshYearTable   *self);
void              sxsh_table_column_free             (SxshTableColumn *column);
void              sxsh_pending_value_free            (gpointer         data);
char             *sxsh_year_table_pending_key        (SxshYearRecord  *record,
                                                      const char      *field);
SxshPendingValue *sxsh_year_table_lookup_pending     (SxshYearTable   *self,
                                                      SxshYearRecord  *record,
                                                      const char      *field);

/* For the tests */
GtkColumnView    *sxsh_year_table_get_column_view    (SxshYearTable   *self);
SxshGridCell     *sxsh_year_table_get_cell           (SxshYearTable   *self,
                                                      guint            row,
                                                      const char      *field);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * SxshGridCellKind:
 * @SXSH_GRID_CELL_TEXT: a value shown as text, edited in place
 * @SXSH_GRID_CELL_CHECK: a yes/no value shown as a check box
 */
typedef enum
{
  SXSH_GRID_CELL_TEXT,
  SXSH_GRID_CELL_CHECK,
} SxshGridCellKind;

/**
 * SxshGridMove:
 *
 * Where the keyboard asks the cursor of a grid to go, in the order of the
 * keys that ask for it: Tab, Shift+Tab, Up (Shift+Enter), Down (Enter),
 * Left, Right, Page Up, Page Down, Ctrl+Home, Ctrl+End.
 */
typedef enum
{
  SXSH_GRID_MOVE_NEXT,
  SXSH_GRID_MOVE_PREVIOUS,
  SXSH_GRID_MOVE_UP,
  SXSH_GRID_MOVE_DOWN,
  SXSH_GRID_MOVE_LEFT,
  SXSH_GRID_MOVE_RIGHT,
  SXSH_GRID_MOVE_PAGE_UP,
  SXSH_GRID_MOVE_PAGE_DOWN,
  SXSH_GRID_MOVE_FIRST,
  SXSH_GRID_MOVE_LAST,
} SxshGridMove;

#define SXSH_TYPE_GRID_CELL (sxsh_grid_cell_get_type ())
G_DECLARE_FINAL_TYPE (SxshGridCell, sxsh_grid_cell, SXSH, GRID_CELL, GtkWidget)

GtkWidget        *sxsh_grid_cell_new           (SxshGridCellKind  kind);
SxshGridCellKind  sxsh_grid_cell_get_kind      (SxshGridCell     *self);
const char       *sxsh_grid_cell_get_text      (SxshGridCell     *self);
void              sxsh_grid_cell_set_text      (SxshGridCell     *self,
                                                const char       *text);
gboolean          sxsh_grid_cell_get_active    (SxshGridCell     *self);
void              sxsh_grid_cell_set_active    (SxshGridCell     *self,
                                                gboolean          active);
void              sxsh_grid_cell_toggle        (SxshGridCell     *self);
const char       *sxsh_grid_cell_get_error     (SxshGridCell     *self);
void              sxsh_grid_cell_set_error     (SxshGridCell     *self,
                                                const char       *message);
void              sxsh_grid_cell_set_hint      (SxshGridCell     *self,
                                                const char       *hint);
void              sxsh_grid_cell_set_dimmed    (SxshGridCell     *self,
                                                gboolean          dimmed);
void              sxsh_grid_cell_set_numeric   (SxshGridCell     *self,
                                                gboolean          numeric);
gboolean          sxsh_grid_cell_get_editing   (SxshGridCell     *self);
void              sxsh_grid_cell_start_editing (SxshGridCell     *self,
                                                const char       *text,
                                                gboolean          select_all);
gboolean          sxsh_grid_cell_stop_editing  (SxshGridCell     *self,
                                                gboolean          cancel);
GtkEditable      *sxsh_grid_cell_get_editable  (SxshGridCell     *self);
gboolean          sxsh_grid_cell_key_pressed   (SxshGridCell     *self,
                                                guint             keyval,
                                                GdkModifierType   state);
void              sxsh_grid_cell_insert_text   (SxshGridCell     *self,
                                                const char       *text);
void              sxsh_grid_cell_click         (SxshGridCell     *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sxsh-format.h"
#include "sxsh-named-item.h"
#include "sxsh-year-table-private.h"

/* The columns of the year table and their cells: what each cell shows of
 * its record, and what happens to what the user types or ticks in it. */

static const char *saving_classes[] = {
  "saving-none",
  "saving-below",
  "saving-within",
  "saving-above",
};

void
sxsh_pending_value_free (gpointer data)
{
  SxshPendingValue *pending = data;

  g_free (pending->text);
  g_free (pending->message);
  g_free (pending);
}

char *
sxsh_year_table_pending_key (SxshYearRecord *record,
                             const char     *field)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%d/%s",
                          sxsh_year_record_get_facility_id (record),
                          sxsh_year_record_get_year (record), field);
}

SxshPendingValue *
sxsh_year_table_lookup_pending (SxshYearTable  *self,
                                SxshYearRecord *record,
                                const char     *field)
{
  g_autofree char *key = NULL;

  if (g_hash_table_size (self->pending) == 0)
    return NULL;

  key = sxsh_year_table_pending_key (record, field);
  return g_hash_table_lookup (self->pending, key);
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
refresh_cell (SxshTableColumn *column,
              GtkWidget       *widget,
              SxshYearRecord  *record)
{
  gboolean carried = column->carried && !sxsh_year_record_get_recorded (record);
  const char *hint = carried ? _("Carried forward from an earlier year") : NULL;

  switch (column->kind)
    {
    case SXSH_TABLE_COLUMN_FACILITY:
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

    case SXSH_TABLE_COLUMN_YEAR:
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

    case SXSH_TABLE_COLUMN_FLAG:
      {
        gboolean active = FALSE;

        g_object_get (record, column->field, &active, NULL);
        sxsh_grid_cell_set_active (SXSH_GRID_CELL (widget), active);
        sxsh_grid_cell_set_dimmed (SXSH_GRID_CELL (widget), carried);
        sxsh_grid_cell_set_hint (SXSH_GRID_CELL (widget), hint);
      }
      break;

    case SXSH_TABLE_COLUMN_TEXT:
      {
        SxshPendingValue *pending = sxsh_year_table_lookup_pending (column->table, record, column->field);
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

    case SXSH_TABLE_COLUMN_SAVING:
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
  SxshTableColumn *column = g_object_get_data (G_OBJECT (widget), "sxsh-column");
  SxshYearRecord *record = sxsh_year_table_cell_get_record (widget);

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

static gboolean
cell_commit_cb (SxshGridCell    *cell,
                const char      *text,
                SxshTableColumn *column)
{
  SxshYearTable *self = column->table;
  SxshYearRecord *record = sxsh_year_table_cell_get_record (GTK_WIDGET (cell));
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  g_autofree char *current = NULL;
  g_autofree char *typed = NULL;
  gboolean ok;

  if (record == NULL || self->sheet == NULL)
    return FALSE;

  key = sxsh_year_table_pending_key (record, column->field);

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
      SxshPendingValue *pending = g_new0 (SxshPendingValue, 1);

      pending->text = g_strdup (text);
      pending->message = g_strdup (error->message);
      g_hash_table_replace (self->pending, g_steal_pointer (&key), pending);
      sxsh_grid_cell_set_error (cell, error->message);
      /* A value refused as the user clicked elsewhere stays marked in its
       * cell; the status line speaks of the cell the user is in now. */
      if (gtk_widget_has_focus (GTK_WIDGET (cell)) ||
          gtk_widget_get_focus_child (GTK_WIDGET (cell)) != NULL)
        sxsh_year_table_set_message (self, error->message);
      return FALSE;
    }

  g_hash_table_remove (self->pending, key);
  refresh_cell (column, GTK_WIDGET (cell), record);
  sxsh_year_table_set_message (self, NULL);
  return TRUE;
}

static void
cell_cancel_cb (SxshGridCell    *cell,
                SxshTableColumn *column)
{
  SxshYearRecord *record = sxsh_year_table_cell_get_record (GTK_WIDGET (cell));
  g_autofree char *key = NULL;

  if (record == NULL)
    return;

  key = sxsh_year_table_pending_key (record, column->field);
  g_hash_table_remove (column->table->pending, key);
  refresh_cell (column, GTK_WIDGET (cell), record);
  sxsh_year_table_set_message (column->table, NULL);
}

static void
cell_toggled_cb (SxshGridCell    *cell,
                 gboolean         active,
                 SxshTableColumn *column)
{
  SxshYearTable *self = column->table;
  SxshYearRecord *record = sxsh_year_table_cell_get_record (GTK_WIDGET (cell));
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
      sxsh_year_table_set_message (self, error->message);
      refresh_cell (column, GTK_WIDGET (cell), record);
      return;
    }

  sxsh_year_table_set_message (self, NULL);
}

/* Columns */

/* GTK 4.8 has taken the child from the list item by the time "teardown"
 * is emitted: the column learns that a cell is gone from a weak reference. */
static void
cell_gone_cb (gpointer  user_data,
              GObject  *where_the_cell_was)
{
  SxshTableColumn *column = user_data;

  g_ptr_array_remove_fast (column->cells, where_the_cell_was);
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               SxshTableColumn          *column)
{
  GtkWidget *widget = NULL;
  GtkWidget *label;

  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);

  switch (column->kind)
    {
    case SXSH_TABLE_COLUMN_FACILITY:
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

    case SXSH_TABLE_COLUMN_YEAR:
      widget = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (widget), 0);
      gtk_widget_add_css_class (widget, "year");
      gtk_widget_add_css_class (widget, "numeric");
      break;

    case SXSH_TABLE_COLUMN_SAVING:
      widget = gtk_label_new (NULL);
      gtk_widget_set_halign (widget, GTK_ALIGN_END);
      gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (widget, "saving");
      gtk_widget_add_css_class (widget, "numeric");
      break;

    case SXSH_TABLE_COLUMN_FLAG:
    case SXSH_TABLE_COLUMN_TEXT:
      widget = sxsh_grid_cell_new (column->kind == SXSH_TABLE_COLUMN_FLAG ? SXSH_GRID_CELL_CHECK
                                                               : SXSH_GRID_CELL_TEXT);
      sxsh_grid_cell_set_numeric (SXSH_GRID_CELL (widget), column->numeric);
      g_signal_connect (widget, "commit", G_CALLBACK (cell_commit_cb), column);
      g_signal_connect (widget, "cancel", G_CALLBACK (cell_cancel_cb), column);
      g_signal_connect (widget, "toggled", G_CALLBACK (cell_toggled_cb), column);
      g_signal_connect (widget, "move", G_CALLBACK (sxsh_year_table_cell_move_cb), column);
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
              SxshTableColumn          *column)
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
                SxshTableColumn          *column)
{
  SxshYearRecord *record = gtk_list_item_get_item (list_item);
  GtkWidget *widget = gtk_list_item_get_child (list_item);

  /* A row scrolled away while it was edited keeps what was typed. */
  if (SXSH_IS_GRID_CELL (widget) && sxsh_grid_cell_get_editing (SXSH_GRID_CELL (widget)))
    sxsh_grid_cell_stop_editing (SXSH_GRID_CELL (widget), FALSE);

  if (record != NULL)
    g_signal_handlers_disconnect_by_data (record, widget);
}

void
sxsh_table_column_free (SxshTableColumn *column)
{
  for (guint i = 0; i < column->cells->len; i++)
    g_object_weak_unref (g_ptr_array_index (column->cells, i), cell_gone_cb, column);
  g_ptr_array_unref (column->cells);
  g_free (column->field);
  g_free (column);
}

static void
add_column (SxshYearTable       *self,
            SxshTableColumnKind  kind,
            const char          *field,
            const char          *title,
            int                  width,
            gboolean             numeric,
            gboolean             carried)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  SxshTableColumn *column = g_new0 (SxshTableColumn, 1);

  column->table = self;
  column->kind = kind;
  column->field = g_strdup (field);
  column->numeric = numeric;
  column->carried = carried;
  column->cells = g_ptr_array_new ();
  column->nav_index = -1;
  if (kind == SXSH_TABLE_COLUMN_FLAG || kind == SXSH_TABLE_COLUMN_TEXT)
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

void
sxsh_year_table_remove_columns (SxshYearTable *self)
{
  /* The factories go first, so that every cell is torn down while its
   * column's data still exists. */
  for (guint i = 0; i < self->columns->len; i++)
    {
      SxshTableColumn *column = g_ptr_array_index (self->columns, i);

      gtk_column_view_column_set_factory (column->column, NULL);
      gtk_column_view_remove_column (self->column_view, column->column);
    }

  g_ptr_array_set_size (self->nav_columns, 0);
  g_ptr_array_set_size (self->columns, 0);
}

void
sxsh_year_table_build_columns (SxshYearTable *self)
{
  gboolean province = sxsh_year_sheet_get_year (self->sheet) != 0;
  GListModel *resources = sxsh_year_sheet_get_resources (self->sheet);
  guint n_resources = g_list_model_get_n_items (resources);

  if (province)
    add_column (self, SXSH_TABLE_COLUMN_FACILITY, NULL, _("Facility"), 260, FALSE, FALSE);
  else
    add_column (self, SXSH_TABLE_COLUMN_YEAR, NULL, _("Year"), 70, TRUE, FALSE);

  add_column (self, SXSH_TABLE_COLUMN_FLAG, "informed", _("Informed"), 88, FALSE, TRUE);
  add_column (self, SXSH_TABLE_COLUMN_FLAG, "applying", _("Applying CP"), 104, FALSE, TRUE);
  add_column (self, SXSH_TABLE_COLUMN_FLAG, "dedicated-unit", _("Dedicated Unit"), 118, FALSE, TRUE);
  add_column (self, SXSH_TABLE_COLUMN_TEXT, "output", _("Output"), 110, TRUE, FALSE);
  add_column (self, SXSH_TABLE_COLUMN_TEXT, "output-unit", _("Unit"), 96, FALSE, TRUE);

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

      add_column (self, SXSH_TABLE_COLUMN_TEXT, field, title, 150, TRUE, FALSE);
    }

  add_column (self, SXSH_TABLE_COLUMN_SAVING, "saving-pct", _("Saving"), 84, TRUE, FALSE);
  add_column (self, SXSH_TABLE_COLUMN_TEXT, "report-received", _("Report Received"), 130, TRUE, FALSE);
  add_column (self, SXSH_TABLE_COLUMN_FLAG, "is-baseline", _("Baseline"), 84, FALSE, FALSE);
  add_column (self, SXSH_TABLE_COLUMN_TEXT, "notes", _("Notes"), 0, FALSE, FALSE);
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


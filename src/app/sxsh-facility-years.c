/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sxsh-facility-years.h"
#include "sxsh-format.h"
#include "sxsh-named-item.h"
#include "sxsh-plan-years.h"

/* One facility's yearly data: the same editable table as the province's
 * grid, one row per year, and under it what the figures mean: each
 * resource per unit of output and the energy saving against the baseline. */

typedef enum
{
  CONSUMPTION_YEAR,
  CONSUMPTION_RESOURCE,
  CONSUMPTION_SAVING,
} ConsumptionKind;

typedef struct
{
  SxshFacilityYears *years;
  ConsumptionKind    kind;
  gint64             resource_id;
  char              *unit;
} ConsumptionColumn;

struct _SxshFacilityYears
{
  AdwBin               parent_instance;

  SxshDatabase        *database;
  gint64               facility_id;
  int                  first_year;
  int                  last_year;
  double               band_low_pct;
  double               band_high_pct;
  GPtrArray           *consumption_columns;   /* ConsumptionColumn, owned */
  GtkNoSelection      *consumption_selection;
  guint                reload_timeout;

  /* Template widgets */
  GtkStack            *stack;
  SxshYearTable       *table;
  GtkColumnView       *consumption_view;
  GtkLabel            *status_label;
  AdwStatusPage       *error_page;
};

G_DEFINE_FINAL_TYPE (SxshFacilityYears, sxsh_facility_years, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_FACILITY_ID,
  PROP_FIRST_YEAR,
  PROP_LAST_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *watched_tables[] = {
  "import",
  "sample",
  "facility",
  "facility_year",
  "consumption",
};

/* Three significant figures: intensities range from thousands of kWh to
 * thousandths of a tonne per unit. */
static char *
format_intensity (double value)
{
  double magnitude = fabs (value);
  int decimals = 0;

  if (magnitude > 0 && magnitude < 100)
    decimals = CLAMP (2 - (int) floor (log10 (magnitude)), 0, 6);

  return sxsh_format_number (value, decimals);
}

static char *
format_quantity (double value)
{
  double rounded = round (value);

  return sxsh_format_number (value, fabs (value - rounded) < 1e-9 ? 0 : 2);
}

static void
refresh_consumption_cell (ConsumptionColumn *column,
                          GtkWidget         *widget,
                          SxshYearRecord    *record)
{
  switch (column->kind)
    {
    case CONSUMPTION_YEAR:
      {
        char text[16];

        g_snprintf (text, sizeof text, "%d", sxsh_year_record_get_year (record));
        gtk_label_set_label (GTK_LABEL (widget), text);
      }
      break;

    case CONSUMPTION_RESOURCE:
      {
        GtkWidget *quantity_label = gtk_widget_get_first_child (widget);
        GtkWidget *intensity_label = gtk_widget_get_next_sibling (quantity_label);
        double quantity = sxsh_year_record_get_quantity (record, column->resource_id);
        double output = sxsh_year_record_get_output (record);
        const char *output_unit = sxsh_year_record_get_output_unit (record);
        g_autofree char *quantity_text = NULL;
        g_autofree char *intensity_text = NULL;
        g_autofree char *number = NULL;

        if (isnan (quantity))
          {
            gtk_label_set_label (GTK_LABEL (quantity_label), "");
            gtk_label_set_label (GTK_LABEL (intensity_label), "");
            break;
          }

        number = format_quantity (quantity);
        quantity_text = g_strdup_printf ("%s %s", number, column->unit);
        gtk_label_set_label (GTK_LABEL (quantity_label), quantity_text);

        if (isnan (output) || output <= 0)
          intensity_text = g_strdup ("—");
        else
          {
            g_autofree char *ratio = format_intensity (quantity / output);

            if (output_unit != NULL && *output_unit != '\0')
              /* Translators: a quantity per unit of output, e.g. "200 kWh/t". */
              intensity_text = g_strdup_printf (_("%s %s/%s"), ratio, column->unit, output_unit);
            else
              intensity_text = g_strdup_printf (_("%s %s per unit"), ratio, column->unit);
          }
        gtk_label_set_label (GTK_LABEL (intensity_label), intensity_text);
      }
      break;

    case CONSUMPTION_SAVING:
      sxsh_year_table_show_saving (GTK_LABEL (widget), sxsh_year_record_get_saving_pct (record),
                                   column->years->band_low_pct, column->years->band_high_pct);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
consumption_record_changed_cb (GtkWidget *widget)
{
  ConsumptionColumn *column = g_object_get_data (G_OBJECT (widget), "sxsh-column");
  GtkListItem *list_item = g_object_get_data (G_OBJECT (widget), "sxsh-list-item");
  SxshYearRecord *record = list_item != NULL ? gtk_list_item_get_item (list_item) : NULL;

  if (column != NULL && record != NULL)
    refresh_consumption_cell (column, widget, record);
}

static void
consumption_setup_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      ConsumptionColumn        *column)
{
  GtkWidget *widget;
  GtkWidget *label;

  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);

  switch (column->kind)
    {
    case CONSUMPTION_YEAR:
      widget = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (widget), 0);
      gtk_widget_add_css_class (widget, "numeric");
      break;

    case CONSUMPTION_RESOURCE:
      widget = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "numeric");
      gtk_box_append (GTK_BOX (widget), label);
      /* The figure comes first, so that a long unit of output is what gets
       * cut, not the figure. */
      label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (widget), label);
      break;

    case CONSUMPTION_SAVING:
      widget = gtk_label_new (NULL);
      gtk_widget_set_halign (widget, GTK_ALIGN_END);
      gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (widget, "saving");
      gtk_widget_add_css_class (widget, "numeric");
      break;

    default:
      g_assert_not_reached ();
    }

  g_object_set_data (G_OBJECT (widget), "sxsh-list-item", list_item);
  g_object_set_data (G_OBJECT (widget), "sxsh-column", column);
  gtk_list_item_set_child (list_item, widget);
}

static void
consumption_bind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     ConsumptionColumn        *column)
{
  SxshYearRecord *record = gtk_list_item_get_item (list_item);
  GtkWidget *widget = gtk_list_item_get_child (list_item);

  g_signal_connect_swapped (record, "notify", G_CALLBACK (consumption_record_changed_cb), widget);
  g_signal_connect_swapped (record, "quantities-changed",
                            G_CALLBACK (consumption_record_changed_cb), widget);
  refresh_consumption_cell (column, widget, record);
}

static void
consumption_unbind_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item,
                       ConsumptionColumn        *column)
{
  SxshYearRecord *record = gtk_list_item_get_item (list_item);

  if (record != NULL)
    g_signal_handlers_disconnect_by_data (record, gtk_list_item_get_child (list_item));
}

static void
consumption_column_free (ConsumptionColumn *column)
{
  g_free (column->unit);
  g_free (column);
}

static void
add_consumption_column (SxshFacilityYears *self,
                        ConsumptionKind    kind,
                        SxshNamedItem     *resource,
                        const char        *title,
                        int                width)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  ConsumptionColumn *column = g_new0 (ConsumptionColumn, 1);

  column->years = self;
  column->kind = kind;
  if (resource != NULL)
    {
      column->resource_id = sxsh_named_item_get_id (resource);
      column->unit = g_strdup (sxsh_named_item_get_detail (resource));
    }
  if (column->unit == NULL)
    column->unit = g_strdup ("");

  g_signal_connect (factory, "setup", G_CALLBACK (consumption_setup_cb), column);
  g_signal_connect (factory, "bind", G_CALLBACK (consumption_bind_cb), column);
  g_signal_connect (factory, "unbind", G_CALLBACK (consumption_unbind_cb), column);

  view_column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (view_column, width);
  else
    gtk_column_view_column_set_expand (view_column, TRUE);

  g_ptr_array_add (self->consumption_columns, column);
  gtk_column_view_append_column (self->consumption_view, view_column);
}

static void
remove_consumption_columns (SxshFacilityYears *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->consumption_view);

  /* The factories go first, so that every cell is unbound while its
   * column's data still exists. */
  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (columns, 0);

      gtk_column_view_column_set_factory (view_column, NULL);
      gtk_column_view_remove_column (self->consumption_view, view_column);
    }

  g_ptr_array_set_size (self->consumption_columns, 0);
}

static void
build_consumption (SxshFacilityYears *self,
                   SxshYearSheet     *sheet)
{
  GListModel *resources = sxsh_year_sheet_get_resources (sheet);
  guint n_resources = g_list_model_get_n_items (resources);

  gtk_column_view_set_model (self->consumption_view, NULL);
  g_clear_object (&self->consumption_selection);
  remove_consumption_columns (self);

  add_consumption_column (self, CONSUMPTION_YEAR, NULL, _("Year"), 70);
  for (guint i = 0; i < n_resources; i++)
    {
      g_autoptr(SxshNamedItem) resource = g_list_model_get_item (resources, i);

      if (!sxsh_year_table_shows_resource (sheet, i))
        continue;

      add_consumption_column (self, CONSUMPTION_RESOURCE, resource,
                              sxsh_named_item_get_name (resource), 180);
    }
  add_consumption_column (self, CONSUMPTION_SAVING, NULL, _("Energy Saving"), 0);

  self->consumption_selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (sheet)));
  gtk_column_view_set_model (self->consumption_view,
                             GTK_SELECTION_MODEL (self->consumption_selection));
}

static void
update_status (SxshFacilityYears *self)
{
  const char *message = sxsh_year_table_get_message (self->table);
  const char *location = sxsh_year_table_get_location (self->table);

  gtk_label_set_label (self->status_label, message != NULL ? message
                                           : location != NULL ? location : "");
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "dim-label");
    }
}

static gboolean
reload_timeout_cb (gpointer user_data)
{
  SxshFacilityYears *self = SXSH_FACILITY_YEARS (user_data);
  g_autoptr(GError) error = NULL;

  self->reload_timeout = 0;
  if (!sxsh_facility_years_reload (self, &error))
    g_debug ("Cannot reload the facility's years: %s", error->message);

  return G_SOURCE_REMOVE;
}

static void
database_changed_cb (SxshFacilityYears *self,
                     const char        *table,
                     SxshDatabase      *database)
{
  if (sxsh_year_table_get_saving (self->table))
    return;

  if (self->reload_timeout == 0)
    self->reload_timeout = g_timeout_add (150, reload_timeout_cb, self);
}

static void
table_status_changed_cb (SxshFacilityYears *self)
{
  update_status (self);
}

static void scroll_consumption_to (SxshFacilityYears *self,
                                   guint              row);

/* The list can only scroll once it has a size: the reporting year's row
 * is brought into view when the widget is first shown. */
static gboolean
scroll_idle_cb (gpointer user_data)
{
  SxshFacilityYears *self = SXSH_FACILITY_YEARS (user_data);

  scroll_consumption_to (self, sxsh_year_table_get_cursor_row (self->table));
  return G_SOURCE_REMOVE;
}

static void
map_cb (SxshFacilityYears *self)
{
  g_idle_add_full (G_PRIORITY_LOW, scroll_idle_cb, g_object_ref (self), g_object_unref);
}

static void
sxsh_facility_years_constructed (GObject *object)
{
  SxshFacilityYears *self = SXSH_FACILITY_YEARS (object);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (sxsh_facility_years_parent_class)->constructed (object);

  g_assert (SXSH_IS_DATABASE (self->database));

  for (guint i = 0; i < G_N_ELEMENTS (watched_tables); i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", watched_tables[i], NULL);

      g_signal_connect_object (self->database, signal, G_CALLBACK (database_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  if (!sxsh_facility_years_reload (self, &error))
    g_debug ("Cannot load the facility's years: %s", error->message);
}

static void
sxsh_facility_years_dispose (GObject *object)
{
  SxshFacilityYears *self = SXSH_FACILITY_YEARS (object);

  g_clear_handle_id (&self->reload_timeout, g_source_remove);

  if (self->consumption_view != NULL)
    {
      gtk_column_view_set_model (self->consumption_view, NULL);
      remove_consumption_columns (self);
    }

  /* The bin lets go of its child before the template drops it, or the bin
   * would unparent it a second time. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_FACILITY_YEARS);

  g_clear_object (&self->consumption_selection);

  G_OBJECT_CLASS (sxsh_facility_years_parent_class)->dispose (object);
}

static void
sxsh_facility_years_finalize (GObject *object)
{
  SxshFacilityYears *self = SXSH_FACILITY_YEARS (object);

  g_clear_object (&self->database);
  g_ptr_array_unref (self->consumption_columns);

  G_OBJECT_CLASS (sxsh_facility_years_parent_class)->finalize (object);
}

static void
sxsh_facility_years_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SxshFacilityYears *self = SXSH_FACILITY_YEARS (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_FACILITY_ID:
      g_value_set_int64 (value, self->facility_id);
      break;

    case PROP_FIRST_YEAR:
      g_value_set_int (value, self->first_year);
      break;

    case PROP_LAST_YEAR:
      g_value_set_int (value, self->last_year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_facility_years_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SxshFacilityYears *self = SXSH_FACILITY_YEARS (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_FACILITY_ID:
      self->facility_id = g_value_get_int64 (value);
      break;

    case PROP_FIRST_YEAR:
      self->first_year = g_value_get_int (value);
      break;

    case PROP_LAST_YEAR:
      self->last_year = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_facility_years_class_init (SxshFacilityYearsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_facility_years_constructed;
  object_class->dispose = sxsh_facility_years_dispose;
  object_class->finalize = sxsh_facility_years_finalize;
  object_class->get_property = sxsh_facility_years_get_property;
  object_class->set_property = sxsh_facility_years_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SXSH_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FACILITY_ID] =
    g_param_spec_int64 ("facility-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshFacilityYears:first-year:
   *
   * The first year shown even without data; years with data before it are
   * shown too.
   */
  properties[PROP_FIRST_YEAR] =
    g_param_spec_int ("first-year", NULL, NULL,
                      0, 2100, 0,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LAST_YEAR] =
    g_param_spec_int ("last-year", NULL, NULL,
                      0, 2100, 0,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SXSH_TYPE_YEAR_TABLE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-facility-years.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityYears, stack);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityYears, table);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityYears, consumption_view);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityYears, status_label);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityYears, error_page);
}

static void
sxsh_facility_years_init (SxshFacilityYears *self)
{
  self->consumption_columns =
    g_ptr_array_new_with_free_func ((GDestroyNotify) consumption_column_free);
  self->band_low_pct = NAN;
  self->band_high_pct = NAN;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->table, "notify::message",
                           G_CALLBACK (table_status_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->table, "notify::location",
                           G_CALLBACK (table_status_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
}

SxshFacilityYears *
sxsh_facility_years_new (SxshDatabase *database,
                         gint64        facility_id,
                         int           first_year,
                         int           last_year)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);
  g_return_val_if_fail (facility_id > 0, NULL);
  g_return_val_if_fail (first_year <= last_year, NULL);

  return g_object_new (SXSH_TYPE_FACILITY_YEARS,
                       "database", database,
                       "facility-id", facility_id,
                       "first-year", first_year,
                       "last-year", last_year,
                       NULL);
}

static void
scroll_consumption_to (SxshFacilityYears *self,
                       guint              row)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->consumption_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", row);
}

/**
 * sxsh_facility_years_reload:
 *
 * Reads the facility's years again, keeping the cursor where it was.
 */
gboolean
sxsh_facility_years_reload (SxshFacilityYears  *self,
                            GError            **error)
{
  g_autoptr(SxshYearSheet) sheet = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *field = NULL;
  GtkRoot *root;
  GtkWidget *focus;
  gboolean had_focus;
  guint row;

  g_return_val_if_fail (SXSH_IS_FACILITY_YEARS (self), FALSE);

  g_clear_handle_id (&self->reload_timeout, g_source_remove);

  sheet = sxsh_year_sheet_new_for_facility (self->database, self->facility_id,
                                            self->first_year, self->last_year, &local_error);
  if (sheet == NULL)
    {
      adw_status_page_set_description (self->error_page, local_error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      sxsh_year_table_set_sheet (self->table, NULL, 0, 0);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  had_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->table));
  row = sxsh_year_table_get_cursor_row (self->table);
  field = g_strdup (sxsh_year_table_get_cursor_field (self->table));

  sxsh_year_table_lookup_band (self->database, self->last_year,
                               &self->band_low_pct, &self->band_high_pct);
  build_consumption (self, sheet);
  sxsh_year_table_set_sheet (self->table, sheet, self->band_low_pct, self->band_high_pct);
  if (field != NULL)
    sxsh_year_table_set_cursor (self->table, row, field);
  else
    {
      /* The reporting year is the one the user has come for. */
      guint n = g_list_model_get_n_items (G_LIST_MODEL (sheet));

      row = n > 0 ? n - 1 : 0;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SxshYearRecord) record = g_list_model_get_item (G_LIST_MODEL (sheet), i);

          if (sxsh_year_record_get_year (record) == self->last_year)
            row = i;
        }
      sxsh_year_table_set_cursor (self->table, row, NULL);
      scroll_consumption_to (self, row);
    }
  if (had_focus)
    sxsh_year_table_focus_cursor (self->table);

  gtk_stack_set_visible_child_name (self->stack, "data");
  update_status (self);
  return TRUE;
}

/* Returns: (transfer none): the editable table of the years */
SxshYearTable *
sxsh_facility_years_get_table (SxshFacilityYears *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY_YEARS (self), NULL);

  return self->table;
}

static int
get_current_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

/**
 * sxsh_facility_years_present:
 * @parent: a widget of the window to open it over
 * @name: the facility's name, for the title
 * @tax_code: (nullable): the facility's tax code, for the subtitle
 * @first_year: the facility's first active year, or 0 when it is not known
 * @year: the last year to show: the window's reporting year
 *
 * Opens a window with a facility's yearly data, from its first active year
 * (but not before the first year of the plan in force) to @year; earlier
 * years with data are shown too.
 *
 * Returns: (transfer none): the window
 */
GtkWindow *
sxsh_facility_years_present (GtkWidget    *parent,
                             SxshDatabase *database,
                             gint64        facility_id,
                             const char   *name,
                             const char   *tax_code,
                             int           first_year,
                             int           year)
{
  g_autoptr(GError) error = NULL;
  GtkEventController *shortcuts;
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *header_bar;
  GtkWidget *title;
  GtkWidget *overlay;
  SxshFacilityYears *years;
  GtkRoot *root;
  int plan_first_year = 0;
  int plan_last_year = 0;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);
  g_return_val_if_fail (facility_id > 0, NULL);

  if (year <= 0)
    year = get_current_year ();

  /* The years before the plan in force are shown only when they hold
   * data: a facility active since 1995 does not need thirty empty rows. */
  if (sxsh_plan_get_current_years (database, &plan_first_year, &plan_last_year, &error))
    first_year = MAX (first_year, plan_first_year);
  else
    {
      g_debug ("No plan years: %s", error->message);
      if (first_year <= 0)
        first_year = year - 4;
    }
  first_year = MIN (first_year, year);

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), name);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 680);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));

  title = adw_window_title_new (name, tax_code != NULL && *tax_code != '\0'
                                      ? tax_code : _("Yearly data"));
  header_bar = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header_bar), title);

  years = sxsh_facility_years_new (database, facility_id, first_year, year);
  gtk_widget_set_vexpand (GTK_WIDGET (years), TRUE);
  overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (years));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header_bar);
  gtk_box_append (GTK_BOX (box), overlay);
  adw_window_set_content (ADW_WINDOW (window), box);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_w, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, shortcuts);

  gtk_window_present (GTK_WINDOW (window));
  sxsh_year_table_focus_cursor (years->table);

  return GTK_WINDOW (window);
}

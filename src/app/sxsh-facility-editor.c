/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sxsh-facility-editor-private.h"
#include "sxsh-format.h"
#include "sxsh-named-item.h"
#include "sxsh-reference.h"
#include "sxsh-validation.h"

struct _SxshFacilityEditor
{
  AdwWindow          parent_instance;

  SxshFacilityStore *store;
  SxshFacility      *facility;      /* the facility being edited, or NULL for a new one */
  GHashTable        *fields;        /* field name → row widget */
  GHashTable        *field_groups;  /* field name → the group's message label */
  GHashTable        *messages;      /* field name → message shown, for the tests */
  GHashTable        *touched;       /* fields the user changed */
  gboolean           can_save;
  gboolean           loading;

  /* Template widgets */
  AdwWindowTitle    *window_title;
  GtkWidget         *save_button;
  AdwEntryRow       *name_row;
  AdwEntryRow       *tax_code_row;
  GtkLabel          *identity_message;
  AdwActionRow      *unit_row;
  GtkDropDown       *unit_dropdown;
  AdwEntryRow       *address_row;
  AdwEntryRow       *zone_row;
  GtkLabel          *location_message;
  AdwComboRow       *sector_row;
  AdwEntryRow       *products_row;
  AdwEntryRow       *technology_row;
  AdwEntryRow       *first_year_row;
  AdwEntryRow       *last_year_row;
  AdwActionRow      *potential_row;
  GtkSwitch         *potential_switch;
  GtkLabel          *activity_message;
  AdwEntryRow       *employees_row;
  AdwEntryRow       *revenue_row;
  AdwEntryRow       *capital_row;
  AdwActionRow      *size_manual_row;
  GtkSwitch         *size_manual_switch;
  AdwComboRow       *size_row;
  GtkLabel          *size_message;
  AdwEntryRow       *contact_row;
  AdwEntryRow       *phone_row;
  AdwEntryRow       *email_row;
  GtkLabel          *contact_message;
  GtkTextView       *notes_view;
  GtkLabel          *notes_message;
};

G_DEFINE_FINAL_TYPE (SxshFacilityEditor, sxsh_facility_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FACILITY,
  PROP_CAN_SAVE,
  N_PROPS
};

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *row_style_classes[] = { "error", "warning" };

/* Numbers */

static char *
format_count (gint64 value)
{
  return value < 0 ? g_strdup ("") : g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

/* Money is kept in VND but entered in billions, as in the officers' forms. */
static char *
format_billions (gint64 vnd)
{
  g_autofree char *text = NULL;
  char *end;

  if (vnd < 0)
    return g_strdup ("");

  text = sxsh_format_number ((double) vnd / (double) SXSH_BILLION_VND, 3);

  /* "12,500" reads as twelve thousand five hundred to a Vietnamese eye in
   * some contexts; dropping the trailing zeros keeps it "12,5". */
  end = text + strlen (text);
  if (strchr (text, ',') != NULL)
    {
      while (end > text && end[-1] == '0')
        *--end = '\0';
      if (end > text && end[-1] == ',')
        *--end = '\0';
    }

  return g_steal_pointer (&text);
}

static gboolean
parse_count (const char *text,
             gint64     *value)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  guint64 number;

  if (*stripped == '\0')
    {
      *value = -1;
      return TRUE;
    }

  if (!g_ascii_string_to_unsigned (stripped, 10, 0, G_MAXINT32, &number, NULL))
    {
      double parsed;

      /* "1.200" is twelve hundred with a Vietnamese thousands dot. */
      if (!sxsh_parse_number (stripped, &parsed) || parsed < 0 || parsed != (gint64) parsed)
        return FALSE;
      number = (guint64) parsed;
    }

  *value = (gint64) number;
  return TRUE;
}

static gboolean
parse_billions (const char *text,
                gint64     *vnd)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  double value;

  if (*stripped == '\0')
    {
      *vnd = -1;
      return TRUE;
    }

  if (!sxsh_parse_number (stripped, &value) || value < 0 || value > 1e9)
    return FALSE;

  *vnd = (gint64) (value * (double) SXSH_BILLION_VND + 0.5);
  return TRUE;
}

static gboolean
parse_year (const char *text,
            int        *year)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  guint64 number;

  if (*stripped == '\0')
    {
      *year = 0;
      return TRUE;
    }

  if (!g_ascii_string_to_unsigned (stripped, 10, 1900, 2100, &number, NULL))
    return FALSE;

  *year = (int) number;
  return TRUE;
}

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
get_stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (get_text (row)));
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* Reference lists */

static char *
named_item_get_name (SxshNamedItem *item)
{
  return g_strdup (item != NULL ? sxsh_named_item_get_name (item) : "");
}

static GListModel *
reference_model_new (const char *none_label,
                     GListModel *items)
{
  g_autoptr(GListStore) none = g_list_store_new (SXSH_TYPE_NAMED_ITEM);
  g_autoptr(SxshNamedItem) none_item = sxsh_named_item_new (0, none_label, NULL);
  GListStore *models = g_list_store_new (G_TYPE_LIST_MODEL);

  g_list_store_append (none, none_item);
  g_list_store_append (models, none);
  if (items != NULL)
    g_list_store_append (models, items);

  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (models)));
}

static void
reference_item_setup_cb (GtkSignalListItemFactory *factory,
                         GtkListItem              *list_item,
                         gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (list_item, box);
}

static void
reference_item_bind_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *list_item,
                        gpointer                  user_data)
{
  SxshNamedItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  GtkWidget *detail = gtk_widget_get_next_sibling (name);
  const char *detail_text = sxsh_named_item_get_detail (item);

  gtk_label_set_label (GTK_LABEL (name), sxsh_named_item_get_name (item));
  gtk_label_set_label (GTK_LABEL (detail), detail_text != NULL ? detail_text : "");
  gtk_widget_set_visible (detail, detail_text != NULL && *detail_text != '\0');
}

static void
named_item_button_setup_cb (GtkSignalListItemFactory *factory,
                            GtkListItem              *list_item,
                            gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_list_item_set_child (list_item, label);
}

static void
named_item_button_bind_cb (GtkSignalListItemFactory *factory,
                           GtkListItem              *list_item,
                           gpointer                  user_data)
{
  SxshNamedItem *item = gtk_list_item_get_item (list_item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)),
                       sxsh_named_item_get_name (item));
}

/* Works on an AdwComboRow and on a GtkDropDown: both have "model",
 * "selected", "selected-item", "expression" and "list-factory". */
static void
setup_reference_chooser (gpointer    chooser,
                         const char *none_label,
                         GListModel *items)
{
  g_autoptr(GListModel) model = reference_model_new (none_label, items);
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkExpression) expression = NULL;

  g_signal_connect (list_factory, "setup", G_CALLBACK (reference_item_setup_cb), NULL);
  g_signal_connect (list_factory, "bind", G_CALLBACK (reference_item_bind_cb), NULL);
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (named_item_get_name), NULL, NULL);

  if (GTK_IS_DROP_DOWN (chooser))
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (named_item_button_setup_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (named_item_button_bind_cb), NULL);
      g_object_set (chooser, "factory", factory, NULL);
    }

  g_object_set (chooser,
                "expression", expression,
                "list-factory", list_factory,
                "model", model,
                NULL);
}

static void
select_reference (gpointer chooser,
                  gint64   id)
{
  GListModel *model = NULL;
  guint n;

  g_object_get (chooser, "model", &model, NULL);
  n = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshNamedItem) item = g_list_model_get_item (model, i);

      if (sxsh_named_item_get_id (item) == id)
        {
          g_object_set (chooser, "selected", i, NULL);
          g_object_unref (model);
          return;
        }
    }

  g_object_set (chooser, "selected", 0u, NULL);
  g_clear_object (&model);
}

static SxshNamedItem *
get_selected_reference (gpointer chooser)
{
  g_autoptr(GObject) item = NULL;

  g_object_get (chooser, "selected-item", &item, NULL);

  /* The list model keeps the item alive. */
  return SXSH_IS_NAMED_ITEM (item) ? SXSH_NAMED_ITEM (item) : NULL;
}

/* Collecting the facility from the fields */

static char *
get_notes (SxshFacilityEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* Builds the facility the fields describe.  Fields that cannot be read (a
 * word in a number field) are reported in @issues and left unknown. */
static SxshFacility *
collect_facility (SxshFacilityEditor *self,
                  GPtrArray          *issues)
{
  g_autoptr(SxshFacility) facility = NULL;
  g_autofree char *name = get_stripped_text (self->name_row);
  g_autofree char *tax_code = get_stripped_text (self->tax_code_row);
  g_autofree char *address = get_stripped_text (self->address_row);
  g_autofree char *zone = get_stripped_text (self->zone_row);
  g_autofree char *products = get_stripped_text (self->products_row);
  g_autofree char *technology = get_stripped_text (self->technology_row);
  g_autofree char *contact = get_stripped_text (self->contact_row);
  g_autofree char *phone = get_stripped_text (self->phone_row);
  g_autofree char *email = get_stripped_text (self->email_row);
  g_autofree char *notes = get_notes (self);
  SxshNamedItem *unit = get_selected_reference (self->unit_dropdown);
  SxshNamedItem *sector = get_selected_reference (self->sector_row);
  gint64 employees = -1;
  gint64 revenue = -1;
  gint64 capital = -1;
  int first_year = 0;
  int last_year = 0;
  gboolean size_manual;
  SxshSizeClass size_class;

  if (!parse_count (get_text (self->employees_row), &employees))
    sxsh_issues_add (issues, "employees", FALSE, "%s",
                     _("Employees: must be a whole number of people, e.g. 120."));
  if (!parse_billions (get_text (self->revenue_row), &revenue))
    sxsh_issues_add (issues, "revenue", FALSE, "%s",
                     _("Revenue: must be an amount in billion VND, e.g. 12,5."));
  if (!parse_billions (get_text (self->capital_row), &capital))
    sxsh_issues_add (issues, "capital", FALSE, "%s",
                     _("Capital: must be an amount in billion VND, e.g. 3,2."));
  if (!parse_year (get_text (self->first_year_row), &first_year))
    sxsh_issues_add (issues, "first-year", FALSE, "%s",
                     _("First active year: must be a year between 1900 and 2100, or empty."));
  if (!parse_year (get_text (self->last_year_row), &last_year))
    sxsh_issues_add (issues, "last-year", FALSE, "%s",
                     _("Last active year: must be a year between 1900 and 2100, or empty."));

  size_manual = gtk_switch_get_active (self->size_manual_switch);
  if (size_manual)
    size_class = (SxshSizeClass) adw_combo_row_get_selected (self->size_row);
  else
    size_class = sxsh_size_class_derive (employees, revenue, capital);

  facility = self->facility != NULL ? sxsh_facility_copy (self->facility) : sxsh_facility_new ();
  g_object_set (facility,
                "name", name,
                "tax-code", *tax_code != '\0' ? tax_code : NULL,
                "address", address,
                "admin-unit-id", unit != NULL ? sxsh_named_item_get_id (unit) : (gint64) 0,
                "admin-unit-name", (unit != NULL && sxsh_named_item_get_id (unit) != 0)
                                   ? sxsh_named_item_get_name (unit) : "",
                "zone", zone,
                "sector-id", sector != NULL ? sxsh_named_item_get_id (sector) : (gint64) 0,
                "sector-name", (sector != NULL && sxsh_named_item_get_id (sector) != 0)
                               ? sxsh_named_item_get_name (sector) : "",
                "main-products", products,
                "technology-status", technology,
                "cp-potential", gtk_switch_get_active (self->potential_switch),
                "first-year", first_year,
                "last-year", last_year,
                "employees", employees,
                "revenue", revenue,
                "capital", capital,
                "size-manual", size_manual,
                "size-class", (int) size_class,
                "contact-person", contact,
                "phone", phone,
                "email", email,
                "notes", notes,
                NULL);

  return g_steal_pointer (&facility);
}

/* Showing the issues */

static void
clear_issues (SxshFacilityEditor *self)
{
  GHashTableIter iter;
  gpointer row;
  GtkLabel *labels[] = {
    self->identity_message, self->location_message, self->activity_message,
    self->size_message, self->contact_message, self->notes_message,
  };

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    for (guint i = 0; i < G_N_ELEMENTS (row_style_classes); i++)
      gtk_widget_remove_css_class (row, row_style_classes[i]);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gtk_label_set_label (labels[i], "");
      gtk_widget_set_visible (GTK_WIDGET (labels[i]), FALSE);
      gtk_widget_remove_css_class (GTK_WIDGET (labels[i]), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (labels[i]), "warning");
    }

  g_hash_table_remove_all (self->messages);
}

static void
append_message (GtkLabel   *label,
                const char *message,
                gboolean    warning)
{
  const char *old = gtk_label_get_label (label);
  g_autofree char *text = NULL;

  if (old != NULL && *old != '\0')
    text = g_strconcat (old, "\n", message, NULL);
  else
    text = g_strdup (message);

  gtk_label_set_label (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);

  /* A group with one error among warnings reads as an error. */
  if (!warning)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
    }
  else if (!gtk_widget_has_css_class (GTK_WIDGET (label), "error"))
    gtk_widget_add_css_class (GTK_WIDGET (label), "warning");
}

static void
show_issues (SxshFacilityEditor *self,
             GPtrArray          *issues)
{
  clear_issues (self);

  for (guint i = 0; i < issues->len; i++)
    {
      SxshIssue *issue = g_ptr_array_index (issues, i);
      const char *field = issue->field != NULL ? issue->field : "";
      GtkWidget *row = g_hash_table_lookup (self->fields, field);
      GtkLabel *label = g_hash_table_lookup (self->field_groups, field);

      /* An error in a field the user has not reached yet (the empty name of
       * a new facility) keeps Save disabled but is not shouted at them. */
      if (row != NULL && !g_hash_table_contains (self->touched, field))
        continue;

      if (label == NULL)
        label = self->identity_message;

      if (row != NULL)
        gtk_widget_add_css_class (row, issue->warning ? "warning" : "error");

      append_message (label, issue->message, issue->warning);
      if (!g_hash_table_contains (self->messages, field))
        g_hash_table_insert (self->messages, g_strdup (field), g_strdup (issue->message));
    }
}

static void
set_can_save (SxshFacilityEditor *self,
              gboolean            can_save)
{
  if (self->can_save == can_save)
    return;

  self->can_save = can_save;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", can_save);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_SAVE]);
}

static void
update_size_row (SxshFacilityEditor *self,
                 SxshFacility       *facility)
{
  SxshSizeClass derived = sxsh_size_class_derive (sxsh_facility_get_employees (facility),
                                                  sxsh_facility_get_revenue (facility),
                                                  sxsh_facility_get_capital (facility));
  gboolean manual = gtk_switch_get_active (self->size_manual_switch);
  g_autofree char *subtitle = NULL;

  if (derived == SXSH_SIZE_UNKNOWN)
    subtitle = g_strdup (_("Enter employees, revenue or capital to derive it by Decree 80/2021"));
  else
    /* Translators: %s is a size class such as "Small". */
    subtitle = g_strdup_printf (_("Derived by Decree 80/2021: %s"),
                                sxsh_size_class_get_label (derived));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->size_row), subtitle);
  gtk_widget_set_sensitive (GTK_WIDGET (self->size_row), manual);

  if (!manual && adw_combo_row_get_selected (self->size_row) != (guint) derived)
    {
      self->loading = TRUE;
      adw_combo_row_set_selected (self->size_row, (guint) derived);
      self->loading = FALSE;
    }
}

static void
validate (SxshFacilityEditor *self)
{
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(GPtrArray) store_issues = NULL;
  g_autoptr(SxshFacility) facility = NULL;

  facility = collect_facility (self, issues);
  store_issues = sxsh_facility_store_validate (self->store, facility);

  /* A field the editor could not read has its own message; the core's
   * opinion of the resulting "unknown" value would only confuse. */
  for (guint i = 0; store_issues != NULL && i < store_issues->len; i++)
    {
      SxshIssue *issue = g_ptr_array_index (store_issues, i);

      if (sxsh_issues_find (issues, issue->field) == NULL)
        sxsh_issues_add (issues, issue->field, issue->warning, "%s", issue->message);
    }

  update_size_row (self, facility);
  show_issues (self, issues);
  set_can_save (self, !sxsh_issues_has_errors (issues));
}

static void
field_changed_cb (GtkWidget          *widget,
                  SxshFacilityEditor *self)
{
  const char *field;

  /* Models set while the template is built are not the user's changes. */
  if (self->loading || self->store == NULL)
    return;

  field = g_object_get_data (G_OBJECT (widget), "sxsh-field");
  if (field != NULL)
    g_hash_table_add (self->touched, g_strdup (field));

  validate (self);
}

static void
switch_changed_cb (GtkSwitch          *widget,
                   GParamSpec         *pspec,
                   SxshFacilityEditor *self)
{
  field_changed_cb (GTK_WIDGET (widget), self);
}

static void
combo_changed_cb (AdwComboRow        *row,
                  GParamSpec         *pspec,
                  SxshFacilityEditor *self)
{
  field_changed_cb (GTK_WIDGET (row), self);
}

static void
dropdown_changed_cb (GtkDropDown        *dropdown,
                     GParamSpec         *pspec,
                     SxshFacilityEditor *self)
{
  field_changed_cb (GTK_WIDGET (dropdown), self);
}

static void
notes_changed_cb (GtkTextBuffer      *buffer,
                  SxshFacilityEditor *self)
{
  field_changed_cb (GTK_WIDGET (self->notes_view), self);
}

/* Fills the fields from the facility being edited. */
static void
load_facility (SxshFacilityEditor *self)
{
  SxshFacility *facility = self->facility;
  g_autofree char *employees = NULL;
  g_autofree char *revenue = NULL;
  g_autofree char *capital = NULL;
  g_autofree char *first_year = NULL;
  g_autofree char *last_year = NULL;

  self->loading = TRUE;

  if (facility == NULL)
    {
      adw_window_title_set_title (self->window_title, _("New Facility"));
      gtk_switch_set_active (self->potential_switch, TRUE);
      self->loading = FALSE;
      return;
    }

  adw_window_title_set_title (self->window_title, _("Edit Facility"));
  adw_window_title_set_subtitle (self->window_title, sxsh_facility_get_name (facility));

  employees = format_count (sxsh_facility_get_employees (facility));
  revenue = format_billions (sxsh_facility_get_revenue (facility));
  capital = format_billions (sxsh_facility_get_capital (facility));
  if (sxsh_facility_get_first_year (facility) > 0)
    first_year = g_strdup_printf ("%d", sxsh_facility_get_first_year (facility));
  if (sxsh_facility_get_last_year (facility) > 0)
    last_year = g_strdup_printf ("%d", sxsh_facility_get_last_year (facility));

  set_text (self->name_row, sxsh_facility_get_name (facility));
  set_text (self->tax_code_row, sxsh_facility_get_tax_code (facility));
  select_reference (self->unit_dropdown, sxsh_facility_get_admin_unit_id (facility));
  set_text (self->address_row, sxsh_facility_get_address (facility));
  set_text (self->zone_row, sxsh_facility_get_zone (facility));
  select_reference (self->sector_row, sxsh_facility_get_sector_id (facility));
  set_text (self->products_row, sxsh_facility_get_main_products (facility));
  set_text (self->technology_row, sxsh_facility_get_technology_status (facility));
  set_text (self->first_year_row, first_year);
  set_text (self->last_year_row, last_year);
  gtk_switch_set_active (self->potential_switch, sxsh_facility_get_cp_potential (facility));
  set_text (self->employees_row, employees);
  set_text (self->revenue_row, revenue);
  set_text (self->capital_row, capital);
  gtk_switch_set_active (self->size_manual_switch, sxsh_facility_get_size_manual (facility));
  adw_combo_row_set_selected (self->size_row, (guint) sxsh_facility_get_size_class (facility));
  set_text (self->contact_row, sxsh_facility_get_contact_person (facility));
  set_text (self->phone_row, sxsh_facility_get_phone (facility));
  set_text (self->email_row, sxsh_facility_get_email (facility));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            sxsh_facility_get_notes (facility), -1);

  /* Problems in saved data are shown at once: the user opened the record to
   * look at it. */
  {
    GHashTableIter iter;
    gpointer field;

    g_hash_table_iter_init (&iter, self->fields);
    while (g_hash_table_iter_next (&iter, &field, NULL))
      g_hash_table_add (self->touched, g_strdup (field));
  }

  self->loading = FALSE;
}

static void
register_field (SxshFacilityEditor *self,
                const char         *field,
                GtkWidget          *row,
                GtkLabel           *group_message)
{
  g_object_set_data_full (G_OBJECT (row), "sxsh-field", g_strdup (field), g_free);
  g_hash_table_insert (self->fields, g_strdup (field), row);
  g_hash_table_insert (self->field_groups, g_strdup (field), group_message);

  if (ADW_IS_ENTRY_ROW (row))
    g_signal_connect (row, "changed", G_CALLBACK (field_changed_cb), self);
  else if (ADW_IS_COMBO_ROW (row))
    g_signal_connect (row, "notify::selected", G_CALLBACK (combo_changed_cb), self);
}

static void
setup_fields (SxshFacilityEditor *self)
{
  g_autoptr(GtkStringList) sizes = gtk_string_list_new (NULL);

  register_field (self, "name", GTK_WIDGET (self->name_row), self->identity_message);
  register_field (self, "tax-code", GTK_WIDGET (self->tax_code_row), self->identity_message);
  register_field (self, "admin-unit-id", GTK_WIDGET (self->unit_row), self->location_message);
  g_object_set_data_full (G_OBJECT (self->unit_dropdown), "sxsh-field",
                          g_strdup ("admin-unit-id"), g_free);
  g_signal_connect (self->unit_dropdown, "notify::selected", G_CALLBACK (dropdown_changed_cb), self);
  register_field (self, "address", GTK_WIDGET (self->address_row), self->location_message);
  register_field (self, "zone", GTK_WIDGET (self->zone_row), self->location_message);
  register_field (self, "sector-id", GTK_WIDGET (self->sector_row), self->activity_message);
  register_field (self, "main-products", GTK_WIDGET (self->products_row), self->activity_message);
  register_field (self, "technology-status", GTK_WIDGET (self->technology_row),
                  self->activity_message);
  register_field (self, "first-year", GTK_WIDGET (self->first_year_row), self->activity_message);
  register_field (self, "last-year", GTK_WIDGET (self->last_year_row), self->activity_message);
  register_field (self, "cp-potential", GTK_WIDGET (self->potential_row), self->activity_message);
  register_field (self, "employees", GTK_WIDGET (self->employees_row), self->size_message);
  register_field (self, "revenue", GTK_WIDGET (self->revenue_row), self->size_message);
  register_field (self, "capital", GTK_WIDGET (self->capital_row), self->size_message);
  register_field (self, "size-manual", GTK_WIDGET (self->size_manual_row), self->size_message);
  register_field (self, "size-class", GTK_WIDGET (self->size_row), self->size_message);
  register_field (self, "contact-person", GTK_WIDGET (self->contact_row), self->contact_message);
  register_field (self, "phone", GTK_WIDGET (self->phone_row), self->contact_message);
  register_field (self, "email", GTK_WIDGET (self->email_row), self->contact_message);
  register_field (self, "notes", GTK_WIDGET (self->notes_view), self->notes_message);

  /* The switches and the notes report their changes as their row's field. */
  g_object_set_data_full (G_OBJECT (self->potential_switch), "sxsh-field",
                          g_strdup ("cp-potential"), g_free);
  g_object_set_data_full (G_OBJECT (self->size_manual_switch), "sxsh-field",
                          g_strdup ("size-manual"), g_free);
  g_signal_connect (self->potential_switch, "notify::active",
                    G_CALLBACK (switch_changed_cb), self);
  g_signal_connect (self->size_manual_switch, "notify::active",
                    G_CALLBACK (switch_changed_cb), self);
  g_signal_connect (gtk_text_view_get_buffer (self->notes_view), "changed",
                    G_CALLBACK (notes_changed_cb), self);

  gtk_string_list_append (sizes, _("Not known"));
  for (SxshSizeClass size = SXSH_SIZE_MICRO; size <= SXSH_SIZE_LARGE; size++)
    gtk_string_list_append (sizes, sxsh_size_class_get_label (size));
  adw_combo_row_set_model (self->size_row, G_LIST_MODEL (sizes));
}

static void
setup_reference_lists (SxshFacilityEditor *self)
{
  SxshDatabase *database = sxsh_facility_store_get_database (self->store);
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GListModel) sectors = NULL;
  g_autoptr(GError) error = NULL;

  units = sxsh_reference_list_admin_units (database, NULL, &error);
  if (units == NULL)
    {
      g_debug ("No administrative units: %s", error->message);
      g_clear_error (&error);
    }
  sectors = sxsh_reference_list_sectors (database, &error);
  if (sectors == NULL)
    g_debug ("No sectors: %s", error->message);

  self->loading = TRUE;
  setup_reference_chooser (self->unit_dropdown, _("Not set"), units);
  setup_reference_chooser (self->sector_row, _("Not set"), sectors);
  self->loading = FALSE;
}

/* Actions */

static void
show_save_error (SxshFacilityEditor *self,
                 const GError       *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Cannot Save the Facility"),
                                   error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SxshFacilityEditor *self = SXSH_FACILITY_EDITOR (widget);
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autoptr(SxshFacility) facility = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  validate (self);
  if (!self->can_save)
    return;

  facility = collect_facility (self, issues);

  /* Warnings were on the screen next to their fields while the user typed:
   * saving now means the user accepts them. */
  if (self->facility == NULL)
    {
      id = sxsh_facility_store_insert (self->store, facility, TRUE, &error);
      if (id <= 0)
        {
          show_save_error (self, error);
          return;
        }
    }
  else
    {
      id = sxsh_facility_get_id (self->facility);
      if (!sxsh_facility_store_update (self->store, facility, TRUE, &error))
        {
          show_save_error (self, error);
          return;
        }
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
sxsh_facility_editor_map (GtkWidget *widget)
{
  SxshFacilityEditor *self = SXSH_FACILITY_EDITOR (widget);

  GTK_WIDGET_CLASS (sxsh_facility_editor_parent_class)->map (widget);

  /* An existing name is more often corrected than replaced: the cursor goes
   * to its end instead of selecting it all. */
  if (self->facility != NULL)
    gtk_editable_select_region (GTK_EDITABLE (self->name_row), -1, -1);
}

static void
sxsh_facility_editor_constructed (GObject *object)
{
  SxshFacilityEditor *self = SXSH_FACILITY_EDITOR (object);

  G_OBJECT_CLASS (sxsh_facility_editor_parent_class)->constructed (object);

  g_assert (SXSH_IS_FACILITY_STORE (self->store));

  setup_reference_lists (self);
  load_facility (self);
  validate (self);

  /* Typing starts in the name, not on the Cancel button. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->name_row));
}

static void
sxsh_facility_editor_dispose (GObject *object)
{
  SxshFacilityEditor *self = SXSH_FACILITY_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_FACILITY_EDITOR);

  G_OBJECT_CLASS (sxsh_facility_editor_parent_class)->dispose (object);
}

static void
sxsh_facility_editor_finalize (GObject *object)
{
  SxshFacilityEditor *self = SXSH_FACILITY_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->facility);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->field_groups, g_hash_table_unref);
  g_clear_pointer (&self->messages, g_hash_table_unref);
  g_clear_pointer (&self->touched, g_hash_table_unref);

  G_OBJECT_CLASS (sxsh_facility_editor_parent_class)->finalize (object);
}

static void
sxsh_facility_editor_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SxshFacilityEditor *self = SXSH_FACILITY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_FACILITY:
      g_value_set_object (value, self->facility);
      break;

    case PROP_CAN_SAVE:
      g_value_set_boolean (value, self->can_save);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_facility_editor_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SxshFacilityEditor *self = SXSH_FACILITY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_FACILITY:
      self->facility = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_facility_editor_class_init (SxshFacilityEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_facility_editor_constructed;
  object_class->dispose = sxsh_facility_editor_dispose;
  object_class->finalize = sxsh_facility_editor_finalize;
  object_class->get_property = sxsh_facility_editor_get_property;
  object_class->set_property = sxsh_facility_editor_set_property;

  widget_class->map = sxsh_facility_editor_map;

  /**
   * SxshFacilityEditor:store:
   *
   * The store that validates and saves the facility.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SXSH_TYPE_FACILITY_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshFacilityEditor:facility:
   *
   * The facility to edit, or %NULL to add a new one.
   */
  properties[PROP_FACILITY] =
    g_param_spec_object ("facility", NULL, NULL,
                         SXSH_TYPE_FACILITY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SxshFacilityEditor:can-save:
   *
   * %FALSE while a field has an error.
   */
  properties[PROP_CAN_SAVE] =
    g_param_spec_boolean ("can-save", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SxshFacilityEditor::saved:
   * @id: the facility's id
   *
   * Emitted after the facility was written to the database.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-facility-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, tax_code_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, identity_message);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, zone_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, location_message);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, sector_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, products_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, technology_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, first_year_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, last_year_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, potential_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, potential_switch);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, activity_message);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, employees_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, revenue_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, capital_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, size_manual_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, size_manual_switch);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, size_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, size_message);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, contact_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, contact_message);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityEditor, notes_message);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sxsh_facility_editor_init (SxshFacilityEditor *self)
{
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->field_groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->can_save = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  setup_fields (self);
}

SxshFacilityEditor *
sxsh_facility_editor_new (SxshFacilityStore *store,
                          SxshFacility      *facility)
{
  g_return_val_if_fail (SXSH_IS_FACILITY_STORE (store), NULL);
  g_return_val_if_fail (facility == NULL || SXSH_IS_FACILITY (facility), NULL);

  return g_object_new (SXSH_TYPE_FACILITY_EDITOR,
                       "store", store,
                       "facility", facility,
                       NULL);
}

/**
 * sxsh_facility_editor_get_facility:
 *
 * Returns: (transfer none) (nullable): the facility being edited
 */
SxshFacility *
sxsh_facility_editor_get_facility (SxshFacilityEditor *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY_EDITOR (self), NULL);

  return self->facility;
}

gboolean
sxsh_facility_editor_get_can_save (SxshFacilityEditor *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY_EDITOR (self), FALSE);

  return self->can_save;
}

GtkWidget *
sxsh_facility_editor_get_field_widget (SxshFacilityEditor *self,
                                       const char         *field)
{
  if (g_str_equal (field, "cp-potential"))
    return GTK_WIDGET (self->potential_switch);
  if (g_str_equal (field, "size-manual"))
    return GTK_WIDGET (self->size_manual_switch);
  if (g_str_equal (field, "admin-unit-id"))
    return GTK_WIDGET (self->unit_dropdown);

  return g_hash_table_lookup (self->fields, field);
}

/* The message shown for @field, or NULL when the field is fine. */
const char *
sxsh_facility_editor_get_field_message (SxshFacilityEditor *self,
                                        const char         *field)
{
  return g_hash_table_lookup (self->messages, field);
}

GtkWidget *
sxsh_facility_editor_get_save_button (SxshFacilityEditor *self)
{
  return self->save_button;
}

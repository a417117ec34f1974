/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-facility-private.h"
#include "sxsh-text.h"
#include "sxsh-validation.h"

struct _SxshFacility
{
  GObject        parent_instance;

  char          *tax_code;
  char          *name;
  char          *address;
  char          *admin_unit_name;
  char          *zone;
  char          *sector_name;
  char          *main_products;
  char          *technology_status;
  char          *contact_person;
  char          *phone;
  char          *email;
  char          *notes;
  gint64         id;
  gint64         admin_unit_id;
  gint64         sector_id;
  gint64         employees;
  gint64         revenue;
  gint64         capital;
  int            first_year;
  int            last_year;
  gboolean       size_manual;
  gboolean       cp_potential;
  SxshSizeClass  size_class;
  SxshYearStatus status;

  /* Derived, rebuilt when the fields they come from change. */
  char          *search_key;
  char          *sort_key;
};

G_DEFINE_FINAL_TYPE (SxshFacility, sxsh_facility, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TAX_CODE,
  PROP_NAME,
  PROP_ADDRESS,
  PROP_ADMIN_UNIT_NAME,
  PROP_ZONE,
  PROP_SECTOR_NAME,
  PROP_MAIN_PRODUCTS,
  PROP_TECHNOLOGY_STATUS,
  PROP_CONTACT_PERSON,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_NOTES,
  PROP_ID,
  PROP_ADMIN_UNIT_ID,
  PROP_SECTOR_ID,
  PROP_EMPLOYEES,
  PROP_REVENUE,
  PROP_CAPITAL,
  PROP_FIRST_YEAR,
  PROP_LAST_YEAR,
  PROP_SIZE_MANUAL,
  PROP_CP_POTENTIAL,
  PROP_SIZE_CLASS,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_SIZE_LABEL,
  PROP_SEARCH_KEY,
  PROP_SORT_KEY,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

const char *
sxsh_year_status_get_label (SxshYearStatus status)
{
  switch (status)
    {
    case SXSH_YEAR_STATUS_APPLYING: return _("Applying CP");
    case SXSH_YEAR_STATUS_INFORMED: return _("Informed");
    case SXSH_YEAR_STATUS_NEITHER: return _("Not yet informed");
    case SXSH_YEAR_STATUS_NONE:
    default: return _("No data");
    }
}

static void
clear_keys (SxshFacility *self)
{
  g_clear_pointer (&self->search_key, g_free);
  g_clear_pointer (&self->sort_key, g_free);
}

static void
sxsh_facility_finalize (GObject *object)
{
  SxshFacility *self = SXSH_FACILITY (object);

  g_free (self->tax_code);
  g_free (self->name);
  g_free (self->address);
  g_free (self->admin_unit_name);
  g_free (self->zone);
  g_free (self->sector_name);
  g_free (self->main_products);
  g_free (self->technology_status);
  g_free (self->contact_person);
  g_free (self->phone);
  g_free (self->email);
  g_free (self->notes);
  clear_keys (self);

  G_OBJECT_CLASS (sxsh_facility_parent_class)->finalize (object);
}

static void
sxsh_facility_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SxshFacility *self = SXSH_FACILITY (object);

  switch (prop_id)
    {
    case PROP_TAX_CODE:
      g_value_set_string (value, self->tax_code);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;
    case PROP_ADMIN_UNIT_NAME:
      g_value_set_string (value, self->admin_unit_name);
      break;
    case PROP_ZONE:
      g_value_set_string (value, self->zone);
      break;
    case PROP_SECTOR_NAME:
      g_value_set_string (value, self->sector_name);
      break;
    case PROP_MAIN_PRODUCTS:
      g_value_set_string (value, self->main_products);
      break;
    case PROP_TECHNOLOGY_STATUS:
      g_value_set_string (value, self->technology_status);
      break;
    case PROP_CONTACT_PERSON:
      g_value_set_string (value, self->contact_person);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_ADMIN_UNIT_ID:
      g_value_set_int64 (value, self->admin_unit_id);
      break;
    case PROP_SECTOR_ID:
      g_value_set_int64 (value, self->sector_id);
      break;
    case PROP_EMPLOYEES:
      g_value_set_int64 (value, self->employees);
      break;
    case PROP_REVENUE:
      g_value_set_int64 (value, self->revenue);
      break;
    case PROP_CAPITAL:
      g_value_set_int64 (value, self->capital);
      break;
    case PROP_FIRST_YEAR:
      g_value_set_int (value, self->first_year);
      break;
    case PROP_LAST_YEAR:
      g_value_set_int (value, self->last_year);
      break;
    case PROP_SIZE_MANUAL:
      g_value_set_boolean (value, self->size_manual);
      break;
    case PROP_CP_POTENTIAL:
      g_value_set_boolean (value, self->cp_potential);
      break;
    case PROP_SIZE_CLASS:
      g_value_set_int (value, self->size_class);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, sxsh_year_status_get_label (self->status));
      break;
    case PROP_SIZE_LABEL:
      g_value_set_string (value, sxsh_size_class_get_label (self->size_class));
      break;
    case PROP_SEARCH_KEY:
      g_value_set_string (value, sxsh_facility_get_search_key (self));
      break;
    case PROP_SORT_KEY:
      g_value_set_string (value, sxsh_facility_get_sort_key (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_facility_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SxshFacility *self = SXSH_FACILITY (object);

  switch (prop_id)
    {
    case PROP_TAX_CODE:
      g_free (self->tax_code);
      self->tax_code = sxsh_text_normalize (g_value_get_string (value));
      break;
    case PROP_NAME:
      g_free (self->name);
      self->name = sxsh_text_normalize (g_value_get_string (value));
      break;
    case PROP_ADDRESS:
      g_free (self->address);
      self->address = sxsh_text_normalize (g_value_get_string (value));
      break;
    case PROP_ADMIN_UNIT_NAME:
      g_free (self->admin_unit_name);
      self->admin_unit_name = sxsh_text_normalize (g_value_get_string (value));
      break;
    case PROP_ZONE:
      g_free (self->zone);
      self->zone = sxsh_text_normalize (g_value_get_string (value));
      break;
    case PROP_SECTOR_NAME:
      g_free (self->sector_name);
      self->sector_name = sxsh_text_normalize (g_value_get_string (value));
      break;
    case PROP_MAIN_PRODUCTS:
      g_free (self->main_products);
      self->main_products = sxsh_text_normalize (g_value_get_string (value));
      break;
    case PROP_TECHNOLOGY_STATUS:
      g_free (self->technology_status);
      self->technology_status = sxsh_text_normalize (g_value_get_string (value));
      break;
    case PROP_CONTACT_PERSON:
      g_free (self->contact_person);
      self->contact_person = sxsh_text_normalize (g_value_get_string (value));
      break;
    case PROP_PHONE:
      g_free (self->phone);
      self->phone = sxsh_text_normalize (g_value_get_string (value));
      break;
    case PROP_EMAIL:
      g_free (self->email);
      self->email = sxsh_text_normalize (g_value_get_string (value));
      break;
    case PROP_NOTES:
      g_free (self->notes);
      self->notes = sxsh_text_normalize (g_value_get_string (value));
      break;
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_ADMIN_UNIT_ID:
      self->admin_unit_id = g_value_get_int64 (value);
      break;
    case PROP_SECTOR_ID:
      self->sector_id = g_value_get_int64 (value);
      break;
    case PROP_EMPLOYEES:
      self->employees = g_value_get_int64 (value);
      break;
    case PROP_REVENUE:
      self->revenue = g_value_get_int64 (value);
      break;
    case PROP_CAPITAL:
      self->capital = g_value_get_int64 (value);
      break;
    case PROP_FIRST_YEAR:
      self->first_year = g_value_get_int (value);
      break;
    case PROP_LAST_YEAR:
      self->last_year = g_value_get_int (value);
      break;
    case PROP_SIZE_MANUAL:
      self->size_manual = g_value_get_boolean (value);
      break;
    case PROP_CP_POTENTIAL:
      self->cp_potential = g_value_get_boolean (value);
      break;
    case PROP_SIZE_CLASS:
      self->size_class = CLAMP (g_value_get_int (value), SXSH_SIZE_UNKNOWN, SXSH_SIZE_LARGE);
      g_object_notify_by_pspec (object, properties[PROP_SIZE_LABEL]);
      break;
    case PROP_STATUS:
      self->status = CLAMP (g_value_get_int (value), SXSH_YEAR_STATUS_NONE,
                            SXSH_YEAR_STATUS_APPLYING);
      g_object_notify_by_pspec (object, properties[PROP_STATUS_LABEL]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  /* Any field may be part of the search key; the name is the sort key. */
  clear_keys (self);
}

static void
sxsh_facility_class_init (SxshFacilityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sxsh_facility_finalize;
  object_class->get_property = sxsh_facility_get_property;
  object_class->set_property = sxsh_facility_set_property;

  properties[PROP_TAX_CODE] = g_param_spec_string ("tax-code", NULL, NULL, "", rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_ADDRESS] = g_param_spec_string ("address", NULL, NULL, "", rw);
  properties[PROP_ADMIN_UNIT_NAME] = g_param_spec_string ("admin-unit-name", NULL, NULL, "", rw);
  properties[PROP_ZONE] = g_param_spec_string ("zone", NULL, NULL, "", rw);
  properties[PROP_SECTOR_NAME] = g_param_spec_string ("sector-name", NULL, NULL, "", rw);
  properties[PROP_MAIN_PRODUCTS] = g_param_spec_string ("main-products", NULL, NULL, "", rw);
  properties[PROP_TECHNOLOGY_STATUS] = g_param_spec_string ("technology-status", NULL, NULL, "", rw);
  properties[PROP_CONTACT_PERSON] = g_param_spec_string ("contact-person", NULL, NULL, "", rw);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, "", rw);
  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, "", rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_ADMIN_UNIT_ID] = g_param_spec_int64 ("admin-unit-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_SECTOR_ID] = g_param_spec_int64 ("sector-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_EMPLOYEES] = g_param_spec_int64 ("employees", NULL, NULL, G_MININT64, G_MAXINT64, -1, rw);
  properties[PROP_REVENUE] = g_param_spec_int64 ("revenue", NULL, NULL, G_MININT64, G_MAXINT64, -1, rw);
  properties[PROP_CAPITAL] = g_param_spec_int64 ("capital", NULL, NULL, G_MININT64, G_MAXINT64, -1, rw);
  properties[PROP_FIRST_YEAR] = g_param_spec_int ("first-year", NULL, NULL, G_MININT, G_MAXINT, 0, rw);
  properties[PROP_LAST_YEAR] = g_param_spec_int ("last-year", NULL, NULL, G_MININT, G_MAXINT, 0, rw);
  properties[PROP_SIZE_MANUAL] = g_param_spec_boolean ("size-manual", NULL, NULL, FALSE, rw);
  properties[PROP_CP_POTENTIAL] = g_param_spec_boolean ("cp-potential", NULL, NULL, TRUE, rw);
  properties[PROP_SIZE_CLASS] = g_param_spec_int ("size-class", NULL, NULL, SXSH_SIZE_UNKNOWN,
                                                  SXSH_SIZE_LARGE, SXSH_SIZE_UNKNOWN, rw);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, SXSH_YEAR_STATUS_NONE,
                                              SXSH_YEAR_STATUS_APPLYING, SXSH_YEAR_STATUS_NONE, rw);
  properties[PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, NULL, ro);
  properties[PROP_SIZE_LABEL] = g_param_spec_string ("size-label", NULL, NULL, NULL, ro);
  properties[PROP_SEARCH_KEY] = g_param_spec_string ("search-key", NULL, NULL, NULL, ro);
  properties[PROP_SORT_KEY] = g_param_spec_string ("sort-key", NULL, NULL, NULL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_facility_init (SxshFacility *self)
{
  self->tax_code = g_strdup ("");
  self->name = g_strdup ("");
  self->address = g_strdup ("");
  self->admin_unit_name = g_strdup ("");
  self->zone = g_strdup ("");
  self->sector_name = g_strdup ("");
  self->main_products = g_strdup ("");
  self->technology_status = g_strdup ("");
  self->contact_person = g_strdup ("");
  self->phone = g_strdup ("");
  self->email = g_strdup ("");
  self->notes = g_strdup ("");
  self->employees = -1;
  self->revenue = -1;
  self->capital = -1;
  self->cp_potential = TRUE;
}

SxshFacility *
sxsh_facility_new (void)
{
  return g_object_new (SXSH_TYPE_FACILITY, NULL);
}

/**
 * sxsh_facility_copy:
 *
 * Returns: (transfer full): an independent copy, for an editor to change
 *   without touching the object shown in the list
 */
SxshFacility *
sxsh_facility_copy (SxshFacility *self)
{
  SxshFacility *copy;

  g_return_val_if_fail (SXSH_IS_FACILITY (self), NULL);

  copy = sxsh_facility_new ();
  g_free (copy->tax_code);
  copy->tax_code = g_strdup (self->tax_code);
  g_free (copy->name);
  copy->name = g_strdup (self->name);
  g_free (copy->address);
  copy->address = g_strdup (self->address);
  g_free (copy->admin_unit_name);
  copy->admin_unit_name = g_strdup (self->admin_unit_name);
  g_free (copy->zone);
  copy->zone = g_strdup (self->zone);
  g_free (copy->sector_name);
  copy->sector_name = g_strdup (self->sector_name);
  g_free (copy->main_products);
  copy->main_products = g_strdup (self->main_products);
  g_free (copy->technology_status);
  copy->technology_status = g_strdup (self->technology_status);
  g_free (copy->contact_person);
  copy->contact_person = g_strdup (self->contact_person);
  g_free (copy->phone);
  copy->phone = g_strdup (self->phone);
  g_free (copy->email);
  copy->email = g_strdup (self->email);
  g_free (copy->notes);
  copy->notes = g_strdup (self->notes);
  copy->id = self->id;
  copy->admin_unit_id = self->admin_unit_id;
  copy->sector_id = self->sector_id;
  copy->employees = self->employees;
  copy->revenue = self->revenue;
  copy->capital = self->capital;
  copy->first_year = self->first_year;
  copy->last_year = self->last_year;
  copy->size_manual = self->size_manual;
  copy->cp_potential = self->cp_potential;
  copy->size_class = self->size_class;
  copy->status = self->status;
  return copy;
}

void
sxsh_facility_set_id (SxshFacility *self,
                      gint64        id)
{
  g_return_if_fail (SXSH_IS_FACILITY (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
sxsh_facility_get_tax_code (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), NULL);
  return self->tax_code;
}

const char *
sxsh_facility_get_name (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), NULL);
  return self->name;
}

const char *
sxsh_facility_get_address (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), NULL);
  return self->address;
}

const char *
sxsh_facility_get_admin_unit_name (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), NULL);
  return self->admin_unit_name;
}

const char *
sxsh_facility_get_zone (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), NULL);
  return self->zone;
}

const char *
sxsh_facility_get_sector_name (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), NULL);
  return self->sector_name;
}

const char *
sxsh_facility_get_main_products (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), NULL);
  return self->main_products;
}

const char *
sxsh_facility_get_technology_status (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), NULL);
  return self->technology_status;
}

const char *
sxsh_facility_get_contact_person (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), NULL);
  return self->contact_person;
}

const char *
sxsh_facility_get_phone (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), NULL);
  return self->phone;
}

const char *
sxsh_facility_get_email (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), NULL);
  return self->email;
}

const char *
sxsh_facility_get_notes (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), NULL);
  return self->notes;
}

gint64
sxsh_facility_get_id (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), 0);
  return self->id;
}

gint64
sxsh_facility_get_admin_unit_id (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), 0);
  return self->admin_unit_id;
}

gint64
sxsh_facility_get_sector_id (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), 0);
  return self->sector_id;
}

gint64
sxsh_facility_get_employees (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), 0);
  return self->employees;
}

gint64
sxsh_facility_get_revenue (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), 0);
  return self->revenue;
}

gint64
sxsh_facility_get_capital (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), 0);
  return self->capital;
}

int
sxsh_facility_get_first_year (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), 0);
  return self->first_year;
}

int
sxsh_facility_get_last_year (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), 0);
  return self->last_year;
}

gboolean
sxsh_facility_get_size_manual (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), FALSE);
  return self->size_manual;
}

gboolean
sxsh_facility_get_cp_potential (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), FALSE);
  return self->cp_potential;
}

SxshSizeClass
sxsh_facility_get_size_class (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), SXSH_SIZE_UNKNOWN);
  return self->size_class;
}

SxshYearStatus
sxsh_facility_get_status (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), SXSH_YEAR_STATUS_NONE);
  return self->status;
}

/**
 * sxsh_facility_get_search_key:
 *
 * Returns: the folded text a search is matched against: name, tax code,
 *   address, unit, zone, sector and products
 */
const char *
sxsh_facility_get_search_key (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), NULL);

  if (self->search_key == NULL)
    {
      g_autofree char *joined = g_strjoin (" ", self->name, self->tax_code, self->address,
                                           self->admin_unit_name, self->zone, self->sector_name,
                                           self->main_products, NULL);
      self->search_key = sxsh_text_fold (joined);
    }
  return self->search_key;
}

const char *
sxsh_facility_get_sort_key (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), NULL);

  if (self->sort_key == NULL)
    self->sort_key = sxsh_text_collate_key (self->name);
  return self->sort_key;
}

/* The size class Decree 80/2021 gives for the facility's figures. */
SxshSizeClass
sxsh_facility_get_derived_size_class (SxshFacility *self)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), SXSH_SIZE_UNKNOWN);
  return sxsh_size_class_derive (self->employees, self->revenue, self->capital);
}

/* Active in @year: started (or unknown) by then and not closed before. */
gboolean
sxsh_facility_is_active_in (SxshFacility *self,
                            int           year)
{
  g_return_val_if_fail (SXSH_IS_FACILITY (self), FALSE);
  return (self->first_year == 0 || self->first_year <= year)
         && (self->last_year == 0 || self->last_year >= year);
}

/**
 * sxsh_facility_validate:
 *
 * Checks the fields that need no database.  Field names are the property
 * names.
 *
 * Returns: (transfer full) (element-type SxshIssue): errors and warnings
 */
GPtrArray *
sxsh_facility_validate (SxshFacility *self)
{
  GPtrArray *issues = sxsh_issues_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int this_year = g_date_time_get_year (now);

  if (self->name[0] == '\0')
    sxsh_issues_add (issues, "name", FALSE, _("Name: enter the facility's name."));

  if (self->tax_code[0] != '\0')
    {
      gboolean check_ok = FALSE;
      if (!sxsh_validate_tax_code (self->tax_code, &check_ok))
        sxsh_issues_add (issues, "tax-code", FALSE,
                         _("Tax code: must be 10 digits, or 10 digits, a dash and 3 digits "
                           "(e.g. 0100109106-001)."));
      else if (!check_ok)
        sxsh_issues_add (issues, "tax-code", TRUE,
                         _("Tax code: the check digit does not match; check the code against "
                           "the business registration."));
    }

  if (self->first_year != 0 && (self->first_year < 1900 || self->first_year > this_year + 5))
    sxsh_issues_add (issues, "first-year", FALSE,
                     _("First active year: must be between 1900 and %d."), this_year + 5);
  if (self->last_year != 0 && (self->last_year < 1900 || self->last_year > 2100))
    sxsh_issues_add (issues, "last-year", FALSE,
                     _("Last active year: must be between 1900 and 2100."));
  if (self->first_year != 0 && self->last_year != 0 && self->first_year > self->last_year)
    sxsh_issues_add (issues, "last-year", FALSE,
                     _("Last active year: cannot be before the first active year (%d)."),
                     self->first_year);

  if (self->employees < -1)
    sxsh_issues_add (issues, "employees", FALSE, _("Employees: cannot be negative."));
  if (self->revenue < -1)
    sxsh_issues_add (issues, "revenue", FALSE, _("Revenue: cannot be negative."));
  if (self->capital < -1)
    sxsh_issues_add (issues, "capital", FALSE, _("Capital: cannot be negative."));

  if (self->email[0] != '\0' && !sxsh_validate_email (self->email))
    sxsh_issues_add (issues, "email", FALSE,
                     _("Email: not an email address (expected name@example.vn)."));
  if (self->phone[0] != '\0' && !sxsh_validate_phone (self->phone))
    sxsh_issues_add (issues, "phone", FALSE,
                     _("Phone: expected 9 to 12 digits, e.g. 0260 3862 123 or +84 260 3862 123."));

  if (self->size_manual && self->size_class == SXSH_SIZE_UNKNOWN)
    sxsh_issues_add (issues, "size-class", FALSE,
                     _("Size class: choose a size class, or let it be derived from the figures."));

  return issues;
}

static void
take_text (char          **field,
           SxshStatement  *stmt,
           int             column)
{
  const char *text = sxsh_statement_get_text (stmt, column);

  g_free (*field);
  *field = g_strdup (text ? text : "");
}

static gint64
optional_int64 (SxshStatement *stmt,
                int            column,
                gint64         fallback)
{
  return sxsh_statement_is_null (stmt, column) ? fallback : sxsh_statement_get_int64 (stmt, column);
}

void
_sxsh_facility_set_from_statement (SxshFacility  *self,
                                   SxshStatement *stmt)
{
  self->id = sxsh_statement_get_int64 (stmt, 0);
  take_text (&self->tax_code, stmt, 1);
  take_text (&self->name, stmt, 2);
  take_text (&self->address, stmt, 3);
  self->admin_unit_id = optional_int64 (stmt, 4, 0);
  take_text (&self->admin_unit_name, stmt, 5);
  take_text (&self->zone, stmt, 6);
  self->sector_id = optional_int64 (stmt, 7, 0);
  take_text (&self->sector_name, stmt, 8);
  take_text (&self->main_products, stmt, 9);
  take_text (&self->technology_status, stmt, 10);
  self->size_class = sxsh_size_class_from_key (sxsh_statement_get_text (stmt, 11));
  self->size_manual = sxsh_statement_get_int (stmt, 12) != 0;
  self->employees = optional_int64 (stmt, 13, -1);
  self->revenue = optional_int64 (stmt, 14, -1);
  self->capital = optional_int64 (stmt, 15, -1);
  self->cp_potential = sxsh_statement_get_int (stmt, 16) != 0;
  self->first_year = (int) optional_int64 (stmt, 17, 0);
  self->last_year = (int) optional_int64 (stmt, 18, 0);
  take_text (&self->contact_person, stmt, 19);
  take_text (&self->phone, stmt, 20);
  take_text (&self->email, stmt, 21);
  take_text (&self->notes, stmt, 22);
  clear_keys (self);
}

/* Sets the year's status, telling views only when it changed. */
void
_sxsh_facility_set_status (SxshFacility   *self,
                           SxshYearStatus  status)
{
  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_LABEL]);
}

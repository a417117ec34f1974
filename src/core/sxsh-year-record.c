/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sxsh-format.h"
#include "sxsh-year-record.h"

struct _SxshYearRecord
{
  GObject     parent_instance;

  gint64      facility_id;
  char       *facility_name;
  char       *tax_code;
  int         year;
  gboolean    recorded;
  gboolean    informed;
  gboolean    applying;
  gboolean    dedicated_unit;
  double      output;
  char       *output_unit;
  gboolean    is_baseline;
  char       *report_received;
  char       *notes;
  double      saving_pct;
  GHashTable *quantities;   /* gint64 resource id → double */
};

G_DEFINE_FINAL_TYPE (SxshYearRecord, sxsh_year_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FACILITY_ID,
  PROP_FACILITY_NAME,
  PROP_TAX_CODE,
  PROP_YEAR,
  PROP_RECORDED,
  PROP_INFORMED,
  PROP_APPLYING,
  PROP_DEDICATED_UNIT,
  PROP_OUTPUT,
  PROP_OUTPUT_UNIT,
  PROP_IS_BASELINE,
  PROP_REPORT_RECEIVED,
  PROP_NOTES,
  PROP_SAVING_PCT,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_QUANTITIES_CHANGED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
sxsh_year_record_finalize (GObject *object)
{
  SxshYearRecord *self = SXSH_YEAR_RECORD (object);

  g_free (self->facility_name);
  g_free (self->tax_code);
  g_free (self->output_unit);
  g_free (self->report_received);
  g_free (self->notes);
  g_hash_table_unref (self->quantities);
  G_OBJECT_CLASS (sxsh_year_record_parent_class)->finalize (object);
}

static void
sxsh_year_record_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SxshYearRecord *self = SXSH_YEAR_RECORD (object);

  switch (prop_id)
    {
    case PROP_FACILITY_ID: g_value_set_int64 (value, self->facility_id); break;
    case PROP_FACILITY_NAME: g_value_set_string (value, self->facility_name); break;
    case PROP_TAX_CODE: g_value_set_string (value, self->tax_code); break;
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_RECORDED: g_value_set_boolean (value, self->recorded); break;
    case PROP_INFORMED: g_value_set_boolean (value, self->informed); break;
    case PROP_APPLYING: g_value_set_boolean (value, self->applying); break;
    case PROP_DEDICATED_UNIT: g_value_set_boolean (value, self->dedicated_unit); break;
    case PROP_OUTPUT: g_value_set_double (value, self->output); break;
    case PROP_OUTPUT_UNIT: g_value_set_string (value, self->output_unit); break;
    case PROP_IS_BASELINE: g_value_set_boolean (value, self->is_baseline); break;
    case PROP_REPORT_RECEIVED: g_value_set_string (value, self->report_received); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_SAVING_PCT: g_value_set_double (value, self->saving_pct); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
replace_string (char       **field,
                const char  *value)
{
  g_free (*field);
  *field = g_strdup (value ? value : "");
}

static void
sxsh_year_record_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SxshYearRecord *self = SXSH_YEAR_RECORD (object);

  switch (prop_id)
    {
    case PROP_RECORDED: self->recorded = g_value_get_boolean (value); break;
    case PROP_INFORMED: self->informed = g_value_get_boolean (value); break;
    case PROP_APPLYING: self->applying = g_value_get_boolean (value); break;
    case PROP_DEDICATED_UNIT: self->dedicated_unit = g_value_get_boolean (value); break;
    case PROP_OUTPUT: _sxsh_year_record_set_output (self, g_value_get_double (value)); break;
    case PROP_OUTPUT_UNIT: replace_string (&self->output_unit, g_value_get_string (value)); break;
    case PROP_IS_BASELINE: self->is_baseline = g_value_get_boolean (value); break;
    case PROP_REPORT_RECEIVED:
      replace_string (&self->report_received, g_value_get_string (value));
      break;
    case PROP_NOTES: replace_string (&self->notes, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_year_record_class_init (SxshYearRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sxsh_year_record_finalize;
  object_class->get_property = sxsh_year_record_get_property;
  object_class->set_property = sxsh_year_record_set_property;

  properties[PROP_FACILITY_ID] = g_param_spec_int64 ("facility-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_FACILITY_NAME] = g_param_spec_string ("facility-name", NULL, NULL, "", ro);
  properties[PROP_TAX_CODE] = g_param_spec_string ("tax-code", NULL, NULL, "", ro);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, ro);
  properties[PROP_RECORDED] = g_param_spec_boolean ("recorded", NULL, NULL, FALSE, rw);
  properties[PROP_INFORMED] = g_param_spec_boolean ("informed", NULL, NULL, FALSE, rw);
  properties[PROP_APPLYING] = g_param_spec_boolean ("applying", NULL, NULL, FALSE, rw);
  properties[PROP_DEDICATED_UNIT] = g_param_spec_boolean ("dedicated-unit", NULL, NULL, FALSE, rw);
  properties[PROP_OUTPUT] = g_param_spec_double ("output", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE,
                                                 0, rw);
  properties[PROP_OUTPUT_UNIT] = g_param_spec_string ("output-unit", NULL, NULL, "", rw);
  properties[PROP_IS_BASELINE] = g_param_spec_boolean ("is-baseline", NULL, NULL, FALSE, rw);
  properties[PROP_REPORT_RECEIVED] = g_param_spec_string ("report-received", NULL, NULL, "", rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  properties[PROP_SAVING_PCT] = g_param_spec_double ("saving-pct", NULL, NULL, -G_MAXDOUBLE,
                                                     G_MAXDOUBLE, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SxshYearRecord::quantities-changed:
   *
   * A consumed quantity changed; cells showing quantities refresh.
   */
  signals[SIGNAL_QUANTITIES_CHANGED] =
    g_signal_new ("quantities-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 0);
}

static void
sxsh_year_record_init (SxshYearRecord *self)
{
  self->facility_name = g_strdup ("");
  self->tax_code = g_strdup ("");
  self->output_unit = g_strdup ("");
  self->report_received = g_strdup ("");
  self->notes = g_strdup ("");
  self->output = NAN;
  self->saving_pct = NAN;
  self->quantities = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

SxshYearRecord *
_sxsh_year_record_new (gint64      facility_id,
                       const char *facility_name,
                       const char *tax_code,
                       int         year)
{
  SxshYearRecord *self = g_object_new (SXSH_TYPE_YEAR_RECORD, NULL);

  self->facility_id = facility_id;
  replace_string (&self->facility_name, facility_name);
  replace_string (&self->tax_code, tax_code);
  self->year = year;
  return self;
}

/* Sets a quantity; NaN removes it. */
void
_sxsh_year_record_set_quantity (SxshYearRecord *self,
                                gint64          resource_id,
                                double          quantity)
{
  if (isnan (quantity))
    g_hash_table_remove (self->quantities, &resource_id);
  else
    g_hash_table_insert (self->quantities, g_memdup2 (&resource_id, sizeof resource_id),
                         g_memdup2 (&quantity, sizeof quantity));
  g_signal_emit (self, signals[SIGNAL_QUANTITIES_CHANGED], 0);
}

/* Sets the output; NaN (no figure) cannot pass through a GParamSpecDouble. */
void
_sxsh_year_record_set_output (SxshYearRecord *self,
                              double          output)
{
  if (self->output == output || (isnan (self->output) && isnan (output)))
    return;
  self->output = output;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTPUT]);
}

void
_sxsh_year_record_set_saving_pct (SxshYearRecord *self,
                                  double          saving_pct)
{
  if (self->saving_pct == saving_pct || (isnan (self->saving_pct) && isnan (saving_pct)))
    return;
  self->saving_pct = saving_pct;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVING_PCT]);
}

gint64 sxsh_year_record_get_facility_id (SxshYearRecord *self) { return self->facility_id; }
const char *sxsh_year_record_get_facility_name (SxshYearRecord *self) { return self->facility_name; }
const char *sxsh_year_record_get_tax_code (SxshYearRecord *self) { return self->tax_code; }
int sxsh_year_record_get_year (SxshYearRecord *self) { return self->year; }
gboolean sxsh_year_record_get_recorded (SxshYearRecord *self) { return self->recorded; }
gboolean sxsh_year_record_get_informed (SxshYearRecord *self) { return self->informed; }
gboolean sxsh_year_record_get_applying (SxshYearRecord *self) { return self->applying; }
gboolean sxsh_year_record_get_dedicated_unit (SxshYearRecord *self) { return self->dedicated_unit; }
double sxsh_year_record_get_output (SxshYearRecord *self) { return self->output; }
const char *sxsh_year_record_get_output_unit (SxshYearRecord *self) { return self->output_unit; }
gboolean sxsh_year_record_get_is_baseline (SxshYearRecord *self) { return self->is_baseline; }
const char *sxsh_year_record_get_report_received (SxshYearRecord *self) { return self->report_received; }
const char *sxsh_year_record_get_notes (SxshYearRecord *self) { return self->notes; }
double sxsh_year_record_get_saving_pct (SxshYearRecord *self) { return self->saving_pct; }

/* Returns: the quantity of @resource_id, NaN when none is recorded */
double
sxsh_year_record_get_quantity (SxshYearRecord *self,
                               gint64          resource_id)
{
  double *q;

  g_return_val_if_fail (SXSH_IS_YEAR_RECORD (self), NAN);
  q = g_hash_table_lookup (self->quantities, &resource_id);
  return q ? *q : NAN;
}

/* Writes a quantity with as many decimals as it needs, up to three. */
static char *
format_quantity (double value)
{
  if (isnan (value))
    return g_strdup ("");
  for (int decimals = 0; decimals < 3; decimals++)
    {
      double scaled = value * pow (10, decimals);
      if (fabs (scaled - round (scaled)) < 1e-9)
        return sxsh_format_number (value, decimals);
    }
  return sxsh_format_number (value, 3);
}

/**
 * sxsh_year_record_format_field:
 * @field: "output", "output-unit", "report-received", "notes" or
 *   "resource:ID"
 *
 * Returns: (transfer full): the field as the grid shows it for editing, in
 *   Vietnamese number and date forms
 */
char *
sxsh_year_record_format_field (SxshYearRecord *self,
                               const char     *field)
{
  g_return_val_if_fail (SXSH_IS_YEAR_RECORD (self), NULL);

  if (g_str_equal (field, "output"))
    return format_quantity (self->output);
  if (g_str_equal (field, "output-unit"))
    return g_strdup (self->output_unit);
  if (g_str_equal (field, "report-received"))
    return self->report_received[0] ? sxsh_format_date (self->report_received) : g_strdup ("");
  if (g_str_equal (field, "notes"))
    return g_strdup (self->notes);
  if (g_str_has_prefix (field, "resource:"))
    return format_quantity (sxsh_year_record_get_quantity (self,
                                                           g_ascii_strtoll (field + 9, NULL, 10)));
  if (g_str_equal (field, "saving-pct"))
    return isnan (self->saving_pct) ? g_strdup ("—") : sxsh_format_percent (self->saving_pct, 1);
  return g_strdup ("");
}

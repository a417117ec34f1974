/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sxsh-activity-private.h"
#include "sxsh-support.h"
#include "sxsh-text.h"
#include "sxsh-validation.h"

struct _SxshSupport
{
  GObject            parent_instance;

  gint64             id;
  gint64             facility_id;
  char              *facility_name;
  SxshSupportKind    kind;
  int                year;
  char              *start_date;
  char              *end_date;
  char              *consultant;
  gint64             total_cost;
  gint64             consultancy_cost;
  gint64             state_support;
  SxshFundingSource  funding_source;
  SxshSupportStatus  status;
  char              *results;
  char              *notes;
  GListStore        *options;     /* SxshCpOption */
  char              *search_key;
};

G_DEFINE_FINAL_TYPE (SxshSupport, sxsh_support, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FACILITY_ID,
  PROP_FACILITY_NAME,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_YEAR,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_CONSULTANT,
  PROP_TOTAL_COST,
  PROP_CONSULTANCY_COST,
  PROP_STATE_SUPPORT,
  PROP_FUNDING_SOURCE,
  PROP_FUNDING_SOURCE_LABEL,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_RESULTS,
  PROP_NOTES,
  PROP_OPTIONS,
  PROP_N_OPTIONS,
  PROP_TOTAL_INVESTMENT,
  PROP_TOTAL_SAVING_VND,
  PROP_PAYBACK_YEARS,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char *key;
  const char *label;
  gboolean    assessment;
} kinds[SXSH_SUPPORT_N_KINDS] = {
  { "quick_assessment", N_("Quick assessment"), TRUE },
  { "detailed_assessment", N_("Detailed assessment"), TRUE },
  { "consultancy", N_("Technical consultancy"), TRUE },
  { "equipment", N_("Equipment investment"), FALSE },
  { "demo_model", N_("Demonstration model"), FALSE },
  { "pollution_treatment", N_("Pollution treatment"), FALSE },
};

static const struct
{
  const char *key;
  const char *label;
} statuses[SXSH_SUPPORT_N_STATUSES] = {
  { "planned", N_("Planned") },
  { "in_progress", N_("In progress") },
  { "done", N_("Done") },
  { "cancelled", N_("Cancelled") },
};

const char *
sxsh_support_kind_to_string (SxshSupportKind kind)
{
  g_return_val_if_fail ((guint) kind < SXSH_SUPPORT_N_KINDS, NULL);
  return kinds[kind].key;
}

gboolean
sxsh_support_kind_from_string (const char      *key,
                               SxshSupportKind *kind)
{
  for (guint i = 0; key && i < SXSH_SUPPORT_N_KINDS; i++)
    if (g_str_equal (kinds[i].key, key))
      {
        *kind = (SxshSupportKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
sxsh_support_kind_get_label (SxshSupportKind kind)
{
  g_return_val_if_fail ((guint) kind < SXSH_SUPPORT_N_KINDS, "");
  return _(kinds[kind].label);
}

/* Returns: %TRUE for the kinds whose state share Joint Circular 221/2012
 * limits: quick and detailed assessments and consultancy */
gboolean
sxsh_support_kind_is_assessment (SxshSupportKind kind)
{
  g_return_val_if_fail ((guint) kind < SXSH_SUPPORT_N_KINDS, FALSE);
  return kinds[kind].assessment;
}

const char *
sxsh_support_status_to_string (SxshSupportStatus status)
{
  g_return_val_if_fail ((guint) status < SXSH_SUPPORT_N_STATUSES, NULL);
  return statuses[status].key;
}

gboolean
sxsh_support_status_from_string (const char        *key,
                                 SxshSupportStatus *status)
{
  for (guint i = 0; key && i < SXSH_SUPPORT_N_STATUSES; i++)
    if (g_str_equal (statuses[i].key, key))
      {
        *status = (SxshSupportStatus) i;
        return TRUE;
      }
  return FALSE;
}

const char *
sxsh_support_status_get_label (SxshSupportStatus status)
{
  g_return_val_if_fail ((guint) status < SXSH_SUPPORT_N_STATUSES, "");
  return _(statuses[status].label);
}

static void
sxsh_support_dispose (GObject *object)
{
  SxshSupport *self = SXSH_SUPPORT (object);

  g_clear_object (&self->options);

  G_OBJECT_CLASS (sxsh_support_parent_class)->dispose (object);
}

static void
sxsh_support_finalize (GObject *object)
{
  SxshSupport *self = SXSH_SUPPORT (object);

  g_free (self->facility_name);
  g_free (self->start_date);
  g_free (self->end_date);
  g_free (self->consultant);
  g_free (self->results);
  g_free (self->notes);
  g_free (self->search_key);

  G_OBJECT_CLASS (sxsh_support_parent_class)->finalize (object);
}

static void
sxsh_support_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SxshSupport *self = SXSH_SUPPORT (object);
  double years;

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_FACILITY_ID: g_value_set_int64 (value, self->facility_id); break;
    case PROP_FACILITY_NAME: g_value_set_string (value, self->facility_name); break;
    case PROP_KIND: g_value_set_int (value, self->kind); break;
    case PROP_KIND_LABEL:
      g_value_set_string (value, sxsh_support_kind_get_label (self->kind));
      break;
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_START_DATE: g_value_set_string (value, self->start_date); break;
    case PROP_END_DATE: g_value_set_string (value, self->end_date); break;
    case PROP_CONSULTANT: g_value_set_string (value, self->consultant); break;
    case PROP_TOTAL_COST: g_value_set_int64 (value, self->total_cost); break;
    case PROP_CONSULTANCY_COST: g_value_set_int64 (value, self->consultancy_cost); break;
    case PROP_STATE_SUPPORT: g_value_set_int64 (value, self->state_support); break;
    case PROP_FUNDING_SOURCE: g_value_set_int (value, self->funding_source); break;
    case PROP_FUNDING_SOURCE_LABEL:
      g_value_set_string (value, sxsh_funding_source_get_label (self->funding_source));
      break;
    case PROP_STATUS: g_value_set_int (value, self->status); break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, sxsh_support_status_get_label (self->status));
      break;
    case PROP_RESULTS: g_value_set_string (value, self->results); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_OPTIONS: g_value_set_object (value, self->options); break;
    case PROP_N_OPTIONS:
      g_value_set_uint (value, g_list_model_get_n_items (G_LIST_MODEL (self->options)));
      break;
    case PROP_TOTAL_INVESTMENT:
      g_value_set_int64 (value, sxsh_support_get_total_investment (self));
      break;
    case PROP_TOTAL_SAVING_VND:
      g_value_set_int64 (value, sxsh_support_get_total_saving_vnd (self));
      break;
    case PROP_PAYBACK_YEARS:
      g_value_set_double (value, sxsh_support_get_payback (self, &years) ? years : -1);
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_support_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SxshSupport *self = SXSH_SUPPORT (object);
  gboolean changed = TRUE;

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_get_int64 (value); break;
    case PROP_FACILITY_ID: self->facility_id = g_value_get_int64 (value); break;
    case PROP_FACILITY_NAME: changed = sxsh_activity_set_string (&self->facility_name, value); break;
    case PROP_KIND:
      self->kind = (SxshSupportKind) g_value_get_int (value);
      g_object_notify_by_pspec (object, properties[PROP_KIND_LABEL]);
      break;
    case PROP_YEAR: self->year = g_value_get_int (value); break;
    case PROP_START_DATE: changed = sxsh_activity_set_string (&self->start_date, value); break;
    case PROP_END_DATE: changed = sxsh_activity_set_string (&self->end_date, value); break;
    case PROP_CONSULTANT: changed = sxsh_activity_set_string (&self->consultant, value); break;
    case PROP_TOTAL_COST: self->total_cost = g_value_get_int64 (value); break;
    case PROP_CONSULTANCY_COST: self->consultancy_cost = g_value_get_int64 (value); break;
    case PROP_STATE_SUPPORT: self->state_support = g_value_get_int64 (value); break;
    case PROP_FUNDING_SOURCE:
      self->funding_source = (SxshFundingSource) g_value_get_int (value);
      g_object_notify_by_pspec (object, properties[PROP_FUNDING_SOURCE_LABEL]);
      break;
    case PROP_STATUS:
      self->status = (SxshSupportStatus) g_value_get_int (value);
      g_object_notify_by_pspec (object, properties[PROP_STATUS_LABEL]);
      break;
    case PROP_RESULTS: changed = sxsh_activity_set_string (&self->results, value); break;
    case PROP_NOTES: changed = sxsh_activity_set_string (&self->notes, value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (changed)
    {
      g_clear_pointer (&self->search_key, g_free);
      g_object_notify_by_pspec (object, pspec);
    }
}

static void
sxsh_support_class_init (SxshSupportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sxsh_support_dispose;
  object_class->finalize = sxsh_support_finalize;
  object_class->get_property = sxsh_support_get_property;
  object_class->set_property = sxsh_support_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_FACILITY_ID] = g_param_spec_int64 ("facility-id", NULL, NULL,
                                                     0, G_MAXINT64, 0, rw);
  properties[PROP_FACILITY_NAME] = g_param_spec_string ("facility-name", NULL, NULL, "", rw);
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, SXSH_SUPPORT_N_KINDS - 1,
                                            0, rw);
  properties[PROP_KIND_LABEL] = g_param_spec_string ("kind-label", NULL, NULL, NULL, ro);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, rw);
  properties[PROP_START_DATE] = g_param_spec_string ("start-date", NULL, NULL, "", rw);
  properties[PROP_END_DATE] = g_param_spec_string ("end-date", NULL, NULL, "", rw);
  properties[PROP_CONSULTANT] = g_param_spec_string ("consultant", NULL, NULL, "", rw);
  properties[PROP_TOTAL_COST] = g_param_spec_int64 ("total-cost", NULL, NULL,
                                                    G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_CONSULTANCY_COST] = g_param_spec_int64 ("consultancy-cost", NULL, NULL,
                                                          G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_STATE_SUPPORT] = g_param_spec_int64 ("state-support", NULL, NULL,
                                                       G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_FUNDING_SOURCE] = g_param_spec_int ("funding-source", NULL, NULL, 0,
                                                      SXSH_FUNDING_N_SOURCES - 1, 0, rw);
  properties[PROP_FUNDING_SOURCE_LABEL] =
    g_param_spec_string ("funding-source-label", NULL, NULL, NULL, ro);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL,
                                              0, SXSH_SUPPORT_N_STATUSES - 1, 0, rw);
  properties[PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, NULL, ro);
  properties[PROP_RESULTS] = g_param_spec_string ("results", NULL, NULL, "", rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  /**
   * SxshSupport:options:
   *
   * The CP options the assessment found, a #GListModel of #SxshCpOption.
   */
  properties[PROP_OPTIONS] = g_param_spec_object ("options", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_N_OPTIONS] = g_param_spec_uint ("n-options", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_TOTAL_INVESTMENT] = g_param_spec_int64 ("total-investment", NULL, NULL,
                                                          0, G_MAXINT64, 0, ro);
  properties[PROP_TOTAL_SAVING_VND] = g_param_spec_int64 ("total-saving-vnd", NULL, NULL,
                                                          0, G_MAXINT64, 0, ro);
  /**
   * SxshSupport:payback-years:
   *
   * Total investment ÷ total annual saving of the options not rejected; -1
   * when they save no money.
   */
  properties[PROP_PAYBACK_YEARS] = g_param_spec_double ("payback-years", NULL, NULL,
                                                        -1, G_MAXDOUBLE, -1, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_support_init (SxshSupport *self)
{
  self->facility_name = g_strdup ("");
  self->start_date = g_strdup ("");
  self->end_date = g_strdup ("");
  self->consultant = g_strdup ("");
  self->results = g_strdup ("");
  self->notes = g_strdup ("");
  self->options = g_list_store_new (SXSH_TYPE_CP_OPTION);
}

SxshSupport *
sxsh_support_new (void)
{
  return g_object_new (SXSH_TYPE_SUPPORT, NULL);
}

/**
 * sxsh_support_copy:
 *
 * Returns: (transfer full): an independent copy of the support and of its
 *   options, for an editor to change
 */
SxshSupport *
sxsh_support_copy (SxshSupport *self)
{
  g_autoptr(GPtrArray) options = g_ptr_array_new_with_free_func (g_object_unref);
  SxshSupport *copy;
  guint n;

  g_return_val_if_fail (SXSH_IS_SUPPORT (self), NULL);

  copy = g_object_new (SXSH_TYPE_SUPPORT,
                       "id", self->id,
                       "facility-id", self->facility_id,
                       "facility-name", self->facility_name,
                       "kind", (int) self->kind,
                       "year", self->year,
                       "start-date", self->start_date,
                       "end-date", self->end_date,
                       "consultant", self->consultant,
                       "total-cost", self->total_cost,
                       "consultancy-cost", self->consultancy_cost,
                       "state-support", self->state_support,
                       "funding-source", (int) self->funding_source,
                       "status", (int) self->status,
                       "results", self->results,
                       "notes", self->notes,
                       NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->options));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshCpOption) option = g_list_model_get_item (G_LIST_MODEL (self->options), i);
      g_ptr_array_add (options, sxsh_cp_option_copy (option));
    }
  sxsh_support_set_options (copy, options);
  return copy;
}

gint64
sxsh_support_get_id (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), 0);
  return self->id;
}

void
sxsh_support_set_id (SxshSupport *self,
                     gint64       id)
{
  g_return_if_fail (SXSH_IS_SUPPORT (self));
  g_object_set (self, "id", id, NULL);
}

gint64
sxsh_support_get_facility_id (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), 0);
  return self->facility_id;
}

const char *
sxsh_support_get_facility_name (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), NULL);
  return self->facility_name;
}

SxshSupportKind
sxsh_support_get_kind (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), SXSH_SUPPORT_QUICK_ASSESSMENT);
  return self->kind;
}

int
sxsh_support_get_year (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), 0);
  return self->year;
}

const char *
sxsh_support_get_start_date (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), NULL);
  return self->start_date;
}

const char *
sxsh_support_get_end_date (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), NULL);
  return self->end_date;
}

const char *
sxsh_support_get_consultant (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), NULL);
  return self->consultant;
}

gint64
sxsh_support_get_total_cost (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), 0);
  return self->total_cost;
}

gint64
sxsh_support_get_consultancy_cost (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), 0);
  return self->consultancy_cost;
}

gint64
sxsh_support_get_state_support (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), 0);
  return self->state_support;
}

SxshFundingSource
sxsh_support_get_funding_source (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), SXSH_FUNDING_NONE);
  return self->funding_source;
}

SxshSupportStatus
sxsh_support_get_status (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), SXSH_SUPPORT_PLANNED);
  return self->status;
}

const char *
sxsh_support_get_results (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), NULL);
  return self->results;
}

const char *
sxsh_support_get_notes (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), NULL);
  return self->notes;
}

/**
 * sxsh_support_get_options:
 *
 * Returns: (transfer none): the options, a #GListModel of #SxshCpOption
 */
GListModel *
sxsh_support_get_options (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), NULL);
  return G_LIST_MODEL (self->options);
}

/**
 * sxsh_support_set_options:
 * @options: (element-type SxshCpOption): the options as loaded
 *
 * Replaces the options shown with the support; the store calls it when it
 * loads, and options are written with the store's option functions.
 */
void
sxsh_support_set_options (SxshSupport *self,
                          GPtrArray   *options)
{
  guint before;

  g_return_if_fail (SXSH_IS_SUPPORT (self));

  before = g_list_model_get_n_items (G_LIST_MODEL (self->options));
  g_list_store_splice (self->options, 0, before,
                       options ? options->pdata : NULL, options ? options->len : 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_OPTIONS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL_INVESTMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL_SAVING_VND]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAYBACK_YEARS]);
}

/* Rejected options are left out of the totals: nobody will invest in them
 * and they will save nothing. */
static void
sum_options (SxshSupport *self,
             gint64      *investment,
             gint64      *saving)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->options));

  *investment = *saving = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshCpOption) option = g_list_model_get_item (G_LIST_MODEL (self->options), i);

      if (sxsh_cp_option_get_decision (option) == SXSH_CP_DECISION_REJECTED)
        continue;
      *investment += sxsh_cp_option_get_investment (option);
      *saving += sxsh_cp_option_get_saving_vnd (option);
    }
}

/* Returns: the investment of the options not rejected, VND */
gint64
sxsh_support_get_total_investment (SxshSupport *self)
{
  gint64 investment, saving;

  g_return_val_if_fail (SXSH_IS_SUPPORT (self), 0);
  sum_options (self, &investment, &saving);
  return investment;
}

/* Returns: the annual saving of the options not rejected, VND */
gint64
sxsh_support_get_total_saving_vnd (SxshSupport *self)
{
  gint64 investment, saving;

  g_return_val_if_fail (SXSH_IS_SUPPORT (self), 0);
  sum_options (self, &investment, &saving);
  return saving;
}

/**
 * sxsh_support_get_payback:
 * @years: (out): total investment ÷ total annual saving
 *
 * Returns: %FALSE when the options save no money (no payback)
 */
gboolean
sxsh_support_get_payback (SxshSupport *self,
                          double      *years)
{
  gint64 investment, saving;

  g_return_val_if_fail (SXSH_IS_SUPPORT (self), FALSE);
  sum_options (self, &investment, &saving);
  return sxsh_cp_payback_years (investment, saving, years);
}

const char *
sxsh_support_get_search_key (SxshSupport *self)
{
  g_return_val_if_fail (SXSH_IS_SUPPORT (self), NULL);

  if (self->search_key == NULL)
    {
      g_autofree char *joined = g_strjoin (" ", self->facility_name,
                                           sxsh_support_kind_get_label (self->kind),
                                           self->consultant, self->results, self->notes, NULL);
      self->search_key = sxsh_text_fold (joined);
    }
  return self->search_key;
}

/**
 * sxsh_support_validate:
 *
 * Checks what can be checked without the database; the store adds the
 * per-facility limit of Joint Circular 221/2012.
 *
 * Returns: (transfer full) (element-type SxshIssue): what is wrong, field by
 *   field
 */
GPtrArray *
sxsh_support_validate (SxshSupport *self)
{
  GPtrArray *issues = sxsh_issues_new ();
  gboolean dates_ok;

  g_return_val_if_fail (SXSH_IS_SUPPORT (self), issues);

  if (self->facility_id <= 0)
    sxsh_issues_add (issues, "facility-id", FALSE, _("Facility: choose the facility supported."));
  if ((guint) self->kind >= SXSH_SUPPORT_N_KINDS)
    sxsh_issues_add (issues, "kind", FALSE, _("Kind: choose what kind of support this is."));
  if ((guint) self->status >= SXSH_SUPPORT_N_STATUSES)
    sxsh_issues_add (issues, "status", FALSE, _("Status: choose one of the list."));
  if (self->year < SXSH_YEAR_MIN || self->year > SXSH_YEAR_MAX)
    sxsh_issues_add (issues, "year", FALSE, _("Year: must be between %d and %d."),
                     SXSH_YEAR_MIN, SXSH_YEAR_MAX);

  sxsh_activity_check_date (issues, "start-date", _("Start date"), self->start_date, FALSE);
  sxsh_activity_check_date (issues, "end-date", _("End date"), self->end_date, FALSE);
  dates_ok = sxsh_issues_find (issues, "start-date") == NULL
             && sxsh_issues_find (issues, "end-date") == NULL;
  if (dates_ok && *self->start_date && *self->end_date
      && strcmp (self->end_date, self->start_date) < 0)
    sxsh_issues_add (issues, "end-date", FALSE,
                     _("End date: cannot be before the start date."));

  sxsh_activity_check_amount (issues, "total-cost", _("Total cost"), self->total_cost);
  sxsh_activity_check_amount (issues, "consultancy-cost", _("Consultancy cost"),
                              self->consultancy_cost);
  sxsh_activity_check_amount (issues, "state-support", _("State support"), self->state_support);
  if (self->total_cost > 0 && self->consultancy_cost > self->total_cost)
    sxsh_issues_add (issues, "consultancy-cost", FALSE,
                     _("Consultancy cost: cannot be more than the total cost."));
  if (self->total_cost > 0 && self->state_support > self->total_cost)
    sxsh_issues_add (issues, "state-support", FALSE,
                     _("State support: cannot be more than the total cost."));

  /* The half-of-consultancy rule is a warning: the officer may record a
   * decision that departs from it, but should see that it does. */
  if (sxsh_support_kind_is_assessment (self->kind) && self->state_support > 0
      && self->state_support * 100 > self->consultancy_cost * SXSH_SUPPORT_STATE_SHARE_MAX_PCT)
    sxsh_issues_add (issues, "state-support", TRUE,
                     _("State support: more than %d%% of the consultancy cost, the most that "
                       "Joint Circular 221/2012/TTLT-BTC-BCT allows."),
                     SXSH_SUPPORT_STATE_SHARE_MAX_PCT);
  return issues;
}

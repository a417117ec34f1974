/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "sxsh-activity-private.h"
#include "sxsh-error.h"
#include "sxsh-format.h"
#include "sxsh-register.h"
#include "sxsh-settings.h"
#include "sxsh-text.h"
#include "sxsh-validation.h"

struct _SxshRegister
{
  SxshItemList        parent_instance;

  SxshDatabase       *db;             /* the list's, borrowed */
  int                 year;
  char               *today;          /* as set; NULL = the computer's date */
  char               *due_date;       /* the department's due date of the year */
  gboolean            missing_only;
  SxshRegisterCounts  counts;
};

G_DEFINE_FINAL_TYPE (SxshRegister, sxsh_register, SXSH_TYPE_ITEM_LIST)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_TODAY,
  PROP_MISSING_ONLY,
  PROP_DUE_DATE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/* Facilities owe a report for the year when they are active in it and
 * apply CP in it, the status carried forward from their latest yearly
 * record at or before the year (cur is the year's own record, which holds
 * the report dates). */
static const char facilities_sql[] =
  "SELECT f.id, f.name, COALESCE (u.name, ''), cur.report_received, cur.report_returned, "
  "       COALESCE (cur.report_note, '') "
  "FROM facility f "
  "JOIN facility_year s ON s.facility_id = f.id "
  "     AND s.year = (SELECT MAX (m.year) FROM facility_year m "
  "                   WHERE m.facility_id = f.id AND m.year <= ?1) "
  "LEFT JOIN facility_year cur ON cur.facility_id = f.id AND cur.year = ?1 "
  "LEFT JOIN admin_unit u ON u.id = f.admin_unit_id "
  "WHERE s.applying = 1 "
  "  AND (f.first_year IS NULL OR f.first_year <= ?1) "
  "  AND (f.last_year IS NULL OR f.last_year >= ?1)";

/* Agencies that report annually and still exist on the year's due date
 * (?2): a district People's Committee abolished on 30/6/2025 owes no
 * report for 2025. */
static const char agencies_sql[] =
  "SELECT a.id, a.name, a.short_name, r.due_date, r.received_on, r.returned_on, "
  "       COALESCE (r.note, ''), COALESCE (r.summary, ''), COALESCE (r.proposals, '') "
  "FROM agency a "
  "LEFT JOIN agency_report r ON r.agency_id = a.id AND r.year = ?1 "
  "WHERE a.reports_annually = 1 "
  "  AND (a.valid_to IS NULL OR a.valid_to >= COALESCE (r.due_date, ?2))";

/* The year's record of a facility is created when a report date is first
 * written, with the statuses carried forward from its latest earlier
 * record, so that writing a date changes no status. */
static const char ensure_facility_year_sql[] =
  "INSERT INTO facility_year (facility_id, year, informed, applying, dedicated_unit) "
  "SELECT ?1, ?2, COALESCE (p.informed, 0), COALESCE (p.applying, 0), "
  "       COALESCE (p.dedicated_unit, 0) "
  "FROM (SELECT 1 AS one) o "
  "LEFT JOIN facility_year p ON p.facility_id = ?1 "
  "     AND p.year = (SELECT MAX (m.year) FROM facility_year m "
  "                   WHERE m.facility_id = ?1 AND m.year < ?2) "
  "WHERE NOT EXISTS (SELECT 1 FROM facility_year e WHERE e.facility_id = ?1 AND e.year = ?2)";

/* A return for correction stays on record when the corrected report comes
 * later; a report received again the same day replaces it. */
static const char facility_received_sql[] =
  "UPDATE facility_year SET report_received = ?3, "
  "  report_returned = CASE WHEN report_returned < ?3 THEN report_returned ELSE NULL END "
  "WHERE facility_id = ?1 AND year = ?2";

static const char facility_returned_sql[] =
  "UPDATE facility_year SET report_returned = ?3, report_note = ?4 "
  "WHERE facility_id = ?1 AND year = ?2";

static const char facility_clear_sql[] =
  "UPDATE facility_year SET report_received = NULL, report_returned = NULL, report_note = '' "
  "WHERE facility_id = ?1 AND year = ?2";

static const char agency_received_sql[] =
  "INSERT INTO agency_report (agency_id, year, received_on) VALUES (?1, ?2, ?3) "
  "ON CONFLICT (agency_id, year) DO UPDATE SET received_on = excluded.received_on, "
  "  returned_on = CASE WHEN agency_report.returned_on < excluded.received_on "
  "                THEN agency_report.returned_on ELSE NULL END";

static const char agency_returned_sql[] =
  "INSERT INTO agency_report (agency_id, year, returned_on, note) VALUES (?1, ?2, ?3, ?4) "
  "ON CONFLICT (agency_id, year) DO UPDATE SET returned_on = excluded.returned_on, "
  "  note = excluded.note";

static const char agency_clear_sql[] =
  "UPDATE agency_report SET received_on = NULL, returned_on = NULL, note = '' "
  "WHERE agency_id = ?1 AND year = ?2";

static const char agency_report_sql[] =
  "INSERT INTO agency_report (agency_id, year, due_date, summary, proposals) "
  "VALUES (?1, ?2, ?3, ?4, ?5) "
  "ON CONFLICT (agency_id, year) DO UPDATE SET due_date = excluded.due_date, "
  "  summary = excluded.summary, proposals = excluded.proposals";

/**
 * sxsh_register_classify:
 * @due_date: ISO date the report is due
 * @received_on: (nullable): ISO date it was received, %NULL or "" if not
 * @returned_on: (nullable): ISO date it was sent back for correction
 *
 * A report received on the due date itself is on time.  A report sent back
 * for correction stays "returned" until a submission received after the
 * day it was returned, which is then judged against the due date like any
 * other.
 */
SxshReportStatus
sxsh_register_classify (const char *due_date,
                        const char *received_on,
                        const char *returned_on)
{
  gboolean received = received_on != NULL && *received_on != '\0';
  gboolean returned = returned_on != NULL && *returned_on != '\0';

  /* Dates are compared by their day: a time of day, if any, does not count. */
  if (returned && (!received || strncmp (received_on, returned_on, 10) <= 0))
    return SXSH_REPORT_STATUS_RETURNED;
  if (!received)
    return SXSH_REPORT_STATUS_MISSING;
  return strncmp (received_on, due_date, 10) <= 0 ? SXSH_REPORT_STATUS_ON_TIME
                                                  : SXSH_REPORT_STATUS_LATE;
}

static gboolean
parse_iso (const char *text,
           GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (!sxsh_validate_iso_date (text) || sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return FALSE;
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

/* Returns: b − a in days */
static int
days_between (const char *a,
              const char *b)
{
  GDate da, db;

  if (!parse_iso (a, &da) || !parse_iso (b, &db))
    return 0;
  return g_date_days_between (&da, &db);
}

static char *
today_iso (SxshRegister *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (self->today != NULL)
    return g_strdup (self->today);
  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

static SxshRegisterEntry *
make_entry (SxshReporterKind  kind,
            gint64            id,
            const char       *name,
            const char       *detail,
            const char       *due_date,
            const char       *received_on,
            const char       *returned_on,
            const char       *note,
            const char       *summary,
            const char       *proposals,
            const char       *today)
{
  SxshReportStatus status = sxsh_register_classify (due_date, received_on, returned_on);
  int overdue = 0, left = 0, late = 0;

  if (status == SXSH_REPORT_STATUS_MISSING)
    {
      int gap = days_between (due_date, today);

      if (gap > 0)
        overdue = gap;
      else
        left = -gap;
    }
  else if (status == SXSH_REPORT_STATUS_LATE)
    late = days_between (due_date, received_on);

  return g_object_new (SXSH_TYPE_REGISTER_ENTRY,
                       "reporter-kind", (int) kind,
                       "reporter-id", id,
                       "name", name,
                       "detail", detail,
                       "due-date", due_date,
                       "received-on", received_on,
                       "returned-on", returned_on,
                       "note", note,
                       "summary", summary,
                       "proposals", proposals,
                       "status", (int) status,
                       "days-overdue", overdue,
                       "days-left", left,
                       "days-late", late,
                       NULL);
}

static const char *
get_search_key (SxshItemList *list,
                gpointer      item,
                guint         position)
{
  return sxsh_register_entry_get_search_key (item);
}

static gboolean
match (gpointer item,
       gpointer data)
{
  SxshRegister *self = data;

  return !self->missing_only
         || sxsh_register_entry_get_status (item) == SXSH_REPORT_STATUS_MISSING;
}

static gboolean
reload (SxshItemList  *list,
        GError       **error)
{
  return sxsh_register_reload (SXSH_REGISTER (list), error);
}

static void
sxsh_register_finalize (GObject *object)
{
  SxshRegister *self = SXSH_REGISTER (object);

  g_free (self->today);
  g_free (self->due_date);

  G_OBJECT_CLASS (sxsh_register_parent_class)->finalize (object);
}

static void
sxsh_register_constructed (GObject *object)
{
  SxshRegister *self = SXSH_REGISTER (object);

  G_OBJECT_CLASS (sxsh_register_parent_class)->constructed (object);
  self->db = sxsh_item_list_get_database (SXSH_ITEM_LIST (self));
}

static void
sxsh_register_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SxshRegister *self = SXSH_REGISTER (object);

  switch (prop_id)
    {
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_TODAY: g_value_set_string (value, self->today); break;
    case PROP_MISSING_ONLY: g_value_set_boolean (value, self->missing_only); break;
    case PROP_DUE_DATE: g_value_set_string (value, self->due_date); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_register_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SxshRegister *self = SXSH_REGISTER (object);

  switch (prop_id)
    {
    case PROP_YEAR: sxsh_register_set_year (self, g_value_get_int (value)); break;
    case PROP_TODAY: sxsh_register_set_today (self, g_value_get_string (value)); break;
    case PROP_MISSING_ONLY:
      sxsh_register_set_missing_only (self, g_value_get_boolean (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_register_class_init (SxshRegisterClass *klass)
{
  static const char * const watched[] = { "facility", "facility_year", "agency", "agency_report",
                                          "settings", "admin_unit", NULL };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SxshItemListClass *list_class = SXSH_ITEM_LIST_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sxsh_register_finalize;
  object_class->constructed = sxsh_register_constructed;
  object_class->get_property = sxsh_register_get_property;
  object_class->set_property = sxsh_register_set_property;

  list_class->item_type = SXSH_TYPE_REGISTER_ENTRY;
  list_class->watched_tables = watched;
  list_class->reload = reload;
  list_class->get_search_key = get_search_key;

  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, rw);
  /**
   * SxshRegister:today:
   *
   * The day the register is judged on (ISO); %NULL for the computer's date.
   */
  properties[PROP_TODAY] = g_param_spec_string ("today", NULL, NULL, NULL, rw);
  properties[PROP_MISSING_ONLY] = g_param_spec_boolean ("missing-only", NULL, NULL, FALSE, rw);
  /**
   * SxshRegister:due-date:
   *
   * The department's due date of the year (settings, default 30 November);
   * an agency's own due date may differ.
   */
  properties[PROP_DUE_DATE] = g_param_spec_string ("due-date", NULL, NULL, NULL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_register_init (SxshRegister *self)
{
  self->due_date = g_strdup ("");
  sxsh_item_list_set_match_func (SXSH_ITEM_LIST (self), match, self);
}

/**
 * sxsh_register_new:
 *
 * Returns: (transfer full): the reporting register of a year: every
 *   expected annual report as a #GListModel of #SxshRegisterEntry,
 *   facilities then agencies, each in Vietnamese alphabetical order; empty
 *   until a year is set
 */
SxshRegister *
sxsh_register_new (SxshDatabase *db)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (db), NULL);
  return g_object_new (SXSH_TYPE_REGISTER, "database", db, NULL);
}

SxshDatabase *
sxsh_register_get_database (SxshRegister *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER (self), NULL);
  return self->db;
}

typedef struct
{
  char              *key;
  SxshRegisterEntry *entry;
} SortEntry;

static int
compare_sort_entries (gconstpointer a,
                      gconstpointer b)
{
  const SortEntry *x = a, *y = b;
  int kx = sxsh_register_entry_get_reporter_kind (x->entry);
  int ky = sxsh_register_entry_get_reporter_kind (y->entry);

  if (kx != ky)
    return kx - ky;
  return strcmp (x->key, y->key);
}

static void
sort_entries (GPtrArray *entries)
{
  g_autoptr(GArray) keyed = g_array_sized_new (FALSE, FALSE, sizeof (SortEntry), entries->len);

  for (guint i = 0; i < entries->len; i++)
    {
      SortEntry e;

      e.entry = g_ptr_array_index (entries, i);
      e.key = sxsh_text_collate_key (sxsh_register_entry_get_name (e.entry));
      g_array_append_val (keyed, e);
    }
  g_array_sort (keyed, compare_sort_entries);
  for (guint i = 0; i < keyed->len; i++)
    {
      SortEntry *e = &g_array_index (keyed, SortEntry, i);

      entries->pdata[i] = e->entry;
      g_free (e->key);
    }
}

static void
count_entry (SxshRegisterCounts *counts,
             SxshRegisterEntry  *entry)
{
  counts->expected++;
  switch (sxsh_register_entry_get_status (entry))
    {
    case SXSH_REPORT_STATUS_ON_TIME: counts->on_time++; break;
    case SXSH_REPORT_STATUS_LATE: counts->late++; break;
    case SXSH_REPORT_STATUS_RETURNED: counts->returned++; break;
    case SXSH_REPORT_STATUS_MISSING:
    default:
      counts->missing++;
      if (sxsh_register_entry_get_days_overdue (entry) > 0)
        counts->overdue++;
      break;
    }
}

gboolean
sxsh_register_reload (SxshRegister  *self,
                      GError       **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today = today_iso (self);
  g_autofree char *due = NULL;
  GDate due_date;
  int rc;

  g_return_val_if_fail (SXSH_IS_REGISTER (self), FALSE);

  if (self->year < SXSH_YEAR_MIN || self->year > SXSH_YEAR_MAX)
    {
      memset (&self->counts, 0, sizeof self->counts);
      sxsh_item_list_set_items (SXSH_ITEM_LIST (self), g_steal_pointer (&all));
      return TRUE;
    }

  sxsh_settings_get_due_date (self->db, self->year, &due_date);
  due = sxsh_date_to_iso (&due_date);

  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, facilities_sql, error);
    if (stmt == NULL)
      return FALSE;
    sxsh_statement_bind_int64 (stmt, 1, self->year);
    while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
      g_ptr_array_add (all, make_entry (SXSH_REPORTER_FACILITY,
                                        sxsh_statement_get_int64 (stmt, 0),
                                        sxsh_statement_get_text (stmt, 1),
                                        sxsh_statement_get_text (stmt, 2),
                                        due,
                                        sxsh_statement_get_text (stmt, 3),
                                        sxsh_statement_get_text (stmt, 4),
                                        sxsh_statement_get_text (stmt, 5),
                                        "", "", today));
    if (rc == SXSH_STEP_ERROR)
      return FALSE;
  }
  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, agencies_sql, error);
    if (stmt == NULL)
      return FALSE;
    sxsh_statement_bind_int64 (stmt, 1, self->year);
    sxsh_statement_bind_text (stmt, 2, due);
    while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
      {
        /* An agency's own due date (a Ministry letter asking for 15
         * December) overrides the department's. */
        const char *own_due = sxsh_statement_get_text (stmt, 3);

        g_ptr_array_add (all, make_entry (SXSH_REPORTER_AGENCY,
                                          sxsh_statement_get_int64 (stmt, 0),
                                          sxsh_statement_get_text (stmt, 1),
                                          sxsh_statement_get_text (stmt, 2),
                                          own_due && *own_due ? own_due : due,
                                          sxsh_statement_get_text (stmt, 4),
                                          sxsh_statement_get_text (stmt, 5),
                                          sxsh_statement_get_text (stmt, 6),
                                          sxsh_statement_get_text (stmt, 7),
                                          sxsh_statement_get_text (stmt, 8),
                                          today));
      }
    if (rc == SXSH_STEP_ERROR)
      return FALSE;
  }

  sort_entries (all);
  memset (&self->counts, 0, sizeof self->counts);
  for (guint i = 0; i < all->len; i++)
    count_entry (&self->counts, g_ptr_array_index (all, i));

  if (g_strcmp0 (self->due_date, due) != 0)
    {
      g_free (self->due_date);
      self->due_date = g_steal_pointer (&due);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_DATE]);
    }
  sxsh_item_list_set_items (SXSH_ITEM_LIST (self), g_steal_pointer (&all));
  return TRUE;
}

void
sxsh_register_set_year (SxshRegister *self,
                        int           year)
{
  g_return_if_fail (SXSH_IS_REGISTER (self));

  if (self->year == year)
    return;
  self->year = year;
  sxsh_item_list_reload_or_warn (SXSH_ITEM_LIST (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

int
sxsh_register_get_year (SxshRegister *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER (self), 0);
  return self->year;
}

/**
 * sxsh_register_set_today:
 * @today: (nullable): an ISO date, or %NULL for the computer's date
 *
 * Sets the day on which days overdue and days left are counted.
 */
void
sxsh_register_set_today (SxshRegister *self,
                         const char   *today)
{
  g_return_if_fail (SXSH_IS_REGISTER (self));
  g_return_if_fail (today == NULL || sxsh_validate_iso_date (today));

  if (g_strcmp0 (self->today, today) == 0)
    return;
  g_free (self->today);
  self->today = g_strdup (today);
  sxsh_item_list_reload_or_warn (SXSH_ITEM_LIST (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

/* Returns: (nullable): the day set with sxsh_register_set_today() */
const char *
sxsh_register_get_today (SxshRegister *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER (self), NULL);
  return self->today;
}

void
sxsh_register_set_missing_only (SxshRegister *self,
                                gboolean      missing_only)
{
  g_return_if_fail (SXSH_IS_REGISTER (self));

  missing_only = !!missing_only;
  if (self->missing_only == missing_only)
    return;
  self->missing_only = missing_only;
  sxsh_item_list_refilter (SXSH_ITEM_LIST (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MISSING_ONLY]);
}

gboolean
sxsh_register_get_missing_only (SxshRegister *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER (self), FALSE);
  return self->missing_only;
}

void
sxsh_register_set_filter_text (SxshRegister *self,
                               const char   *text)
{
  g_return_if_fail (SXSH_IS_REGISTER (self));
  sxsh_item_list_set_filter_text (SXSH_ITEM_LIST (self), text);
}

const char *
sxsh_register_get_filter_text (SxshRegister *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER (self), NULL);
  return sxsh_item_list_get_filter_text (SXSH_ITEM_LIST (self));
}

/* Returns: the department's due date of the year, ISO */
const char *
sxsh_register_get_due_date (SxshRegister *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER (self), NULL);
  return self->due_date;
}

/**
 * sxsh_register_get_counts:
 * @counts: (out caller-allocates): the year's counts, whatever the filters
 *   show
 */
void
sxsh_register_get_counts (SxshRegister       *self,
                          SxshRegisterCounts *counts)
{
  g_return_if_fail (SXSH_IS_REGISTER (self));
  g_return_if_fail (counts != NULL);
  *counts = self->counts;
}

/* Returns: (transfer none) (nullable): the entry of a reporter */
SxshRegisterEntry *
sxsh_register_lookup (SxshRegister     *self,
                      SxshReporterKind  kind,
                      gint64            reporter_id)
{
  GPtrArray *all;

  g_return_val_if_fail (SXSH_IS_REGISTER (self), NULL);

  all = sxsh_item_list_get_items (SXSH_ITEM_LIST (self));
  for (guint i = 0; i < all->len; i++)
    {
      SxshRegisterEntry *entry = g_ptr_array_index (all, i);

      if (sxsh_register_entry_get_reporter_kind (entry) == kind
          && sxsh_register_entry_get_reporter_id (entry) == reporter_id)
        return entry;
    }
  return NULL;
}

static gboolean
check_date (SxshRegister  *self,
            const char    *label,
            const char    *date,
            GError       **error)
{
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  g_autofree char *today = today_iso (self);

  sxsh_activity_check_date (issues, "date", label, date, TRUE);
  if (!sxsh_issues_has_errors (issues) && strcmp (date, today) > 0)
    {
      g_autofree char *shown = sxsh_format_date (date);
      sxsh_issues_add (issues, "date", FALSE, _("%s: %s is in the future."), label, shown);
    }
  return sxsh_issues_to_error (issues, error);
}

static gboolean
run_for_reporter (SxshRegister       *self,
                  SxshRegisterEntry  *entry,
                  const char         *facility_sql,
                  const char         *agency_sql,
                  const char         *date,
                  const char         *note,
                  GError            **error)
{
  gboolean facility = sxsh_register_entry_get_reporter_kind (entry) == SXSH_REPORTER_FACILITY;
  gint64 id = sxsh_register_entry_get_reporter_id (entry);
  g_autoptr(SxshStatement) stmt = NULL;

  if (facility)
    {
      g_autoptr(SxshStatement) ensure = sxsh_database_prepare (self->db, ensure_facility_year_sql,
                                                               error);
      if (ensure == NULL)
        return FALSE;
      sxsh_statement_bind_int64 (ensure, 1, id);
      sxsh_statement_bind_int64 (ensure, 2, self->year);
      if (!sxsh_statement_run (ensure, error))
        return FALSE;
    }
  stmt = sxsh_database_prepare (self->db, facility ? facility_sql : agency_sql, error);
  if (stmt == NULL)
    return FALSE;
  sxsh_statement_bind_int64 (stmt, 1, id);
  sxsh_statement_bind_int64 (stmt, 2, self->year);
  if (date)
    sxsh_statement_bind_text (stmt, 3, date);
  if (note)
    sxsh_statement_bind_text (stmt, 4, note);
  return sxsh_statement_run (stmt, error);
}

/* Names the one table the write touched, or NULL when it touched both. */
static const char *
changed_table (GPtrArray *entries)
{
  gboolean facilities = FALSE, agencies = FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      if (sxsh_register_entry_get_reporter_kind (g_ptr_array_index (entries, i))
          == SXSH_REPORTER_FACILITY)
        facilities = TRUE;
      else
        agencies = TRUE;
    }
  return facilities && !agencies ? "facility_year" : !facilities && agencies ? "agency_report"
                                                                             : NULL;
}

static gboolean
commit_entries (SxshRegister  *self,
                GPtrArray     *entries,
                GError       **error)
{
  const char *table = changed_table (entries);

  if (table)
    return sxsh_activity_commit (self->db, table, error);
  /* Both kinds: one commit, both tables announced. */
  if (!sxsh_activity_commit (self->db, "facility_year", error))
    return FALSE;
  if (!sxsh_database_in_transaction (self->db))
    sxsh_database_notify_changed (self->db, "agency_report");
  return TRUE;
}

/**
 * sxsh_register_mark_received:
 * @entries: (element-type SxshRegisterEntry): the reports received
 * @received_on: ISO date of receipt, not in the future
 *
 * Records the receipt of several reports at once, in one transaction: all
 * of them or none.  A facility's record of the year is created when it has
 * none, with its statuses carried forward.
 */
gboolean
sxsh_register_mark_received (SxshRegister  *self,
                             GPtrArray     *entries,
                             const char    *received_on,
                             GError       **error)
{
  g_autoptr(GPtrArray) held = NULL;

  g_return_val_if_fail (SXSH_IS_REGISTER (self), FALSE);
  g_return_val_if_fail (entries != NULL, FALSE);

  if (entries->len == 0)
    return TRUE;
  if (!check_date (self, _("Received on"), received_on, error))
    return FALSE;

  /* The commit reloads the register and replaces its entries: hold the
   * caller's until the end. */
  held = g_ptr_array_new_full (entries->len, g_object_unref);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (held, g_object_ref (g_ptr_array_index (entries, i)));

  if (!sxsh_database_begin (self->db, error))
    return FALSE;
  for (guint i = 0; i < held->len; i++)
    if (!run_for_reporter (self, g_ptr_array_index (held, i), facility_received_sql,
                           agency_received_sql, received_on, NULL, error))
      {
        sxsh_database_rollback (self->db);
        return FALSE;
      }
  return commit_entries (self, held, error);
}

/**
 * sxsh_register_return:
 * @returned_on: ISO date, not before the report was received
 * @note: what must be corrected; required
 *
 * Sends a received report back for correction: it counts as "returned"
 * until a corrected report is received after @returned_on.
 */
gboolean
sxsh_register_return (SxshRegister       *self,
                      SxshRegisterEntry  *entry,
                      const char         *returned_on,
                      const char         *note,
                      GError            **error)
{
  g_autoptr(SxshRegisterEntry) held = NULL;
  g_autoptr(GPtrArray) one = NULL;
  g_autofree char *trimmed = NULL;
  const char *received;

  g_return_val_if_fail (SXSH_IS_REGISTER (self), FALSE);
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (entry), FALSE);

  held = g_object_ref (entry);
  received = sxsh_register_entry_get_received_on (held);
  if (*received == '\0')
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                   _("%s: no report has been received, so there is nothing to return."),
                   sxsh_register_entry_get_name (held));
      return FALSE;
    }
  if (!check_date (self, _("Returned on"), returned_on, error))
    return FALSE;
  if (strcmp (returned_on, received) < 0)
    {
      g_autofree char *shown = sxsh_format_date (received);
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                   _("Returned on: cannot be before the report was received (%s)."), shown);
      return FALSE;
    }
  trimmed = g_strstrip (g_strdup (note ? note : ""));
  if (*trimmed == '\0')
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                   _("Note: say what must be corrected."));
      return FALSE;
    }

  if (!sxsh_database_begin (self->db, error))
    return FALSE;
  if (!run_for_reporter (self, held, facility_returned_sql, agency_returned_sql, returned_on,
                         trimmed, error))
    {
      sxsh_database_rollback (self->db);
      return FALSE;
    }
  one = g_ptr_array_new ();
  g_ptr_array_add (one, held);
  return commit_entries (self, one, error);
}

/**
 * sxsh_register_clear:
 *
 * Forgets the receipt and return of a report recorded by mistake: it is
 * missing again.
 */
gboolean
sxsh_register_clear (SxshRegister       *self,
                     SxshRegisterEntry  *entry,
                     GError            **error)
{
  g_autoptr(SxshRegisterEntry) held = NULL;
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_return_val_if_fail (SXSH_IS_REGISTER (self), FALSE);
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (entry), FALSE);

  held = g_object_ref (entry);
  if (!sxsh_database_begin (self->db, error))
    return FALSE;
  if (!run_for_reporter (self, held, facility_clear_sql, agency_clear_sql, NULL, NULL, error))
    {
      sxsh_database_rollback (self->db);
      return FALSE;
    }
  g_ptr_array_add (one, held);
  return commit_entries (self, one, error);
}

/**
 * sxsh_register_set_agency_report:
 * @entry: an agency's entry
 * @due_date: (nullable): the agency's own due date, %NULL or "" for the
 *   department's
 * @summary: the results the agency reported
 * @proposals: its proposals for next year
 */
gboolean
sxsh_register_set_agency_report (SxshRegister       *self,
                                 SxshRegisterEntry  *entry,
                                 const char         *due_date,
                                 const char         *summary,
                                 const char         *proposals,
                                 GError            **error)
{
  g_autoptr(GPtrArray) issues = sxsh_issues_new ();
  gint64 agency_id;

  g_return_val_if_fail (SXSH_IS_REGISTER (self), FALSE);
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (entry), FALSE);

  if (sxsh_register_entry_get_reporter_kind (entry) != SXSH_REPORTER_AGENCY)
    {
      g_set_error (error, SXSH_ERROR, SXSH_ERROR_INVALID,
                   _("%s: summaries and proposals are kept for agencies only."),
                   sxsh_register_entry_get_name (entry));
      return FALSE;
    }
  sxsh_activity_check_date (issues, "due-date", _("Due date"), due_date, FALSE);
  if (!sxsh_issues_to_error (issues, error))
    return FALSE;

  agency_id = sxsh_register_entry_get_reporter_id (entry);
  if (!sxsh_database_begin (self->db, error))
    return FALSE;
  {
    g_autoptr(SxshStatement) stmt = sxsh_database_prepare (self->db, agency_report_sql, error);
    if (stmt == NULL)
      goto fail;
    sxsh_statement_bind_int64 (stmt, 1, agency_id);
    sxsh_statement_bind_int64 (stmt, 2, self->year);
    sxsh_statement_bind_optional_text (stmt, 3, due_date);
    sxsh_statement_bind_text (stmt, 4, summary ? summary : "");
    sxsh_statement_bind_text (stmt, 5, proposals ? proposals : "");
    if (!sxsh_statement_run (stmt, error))
      goto fail;
  }
  return sxsh_activity_commit (self->db, "agency_report", error);

fail:
  sxsh_database_rollback (self->db);
  return FALSE;
}

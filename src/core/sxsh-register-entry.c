/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-register-entry.h"
#include "sxsh-text.h"

struct _SxshRegisterEntry
{
  GObject           parent_instance;

  SxshReporterKind  reporter_kind;
  gint64            reporter_id;
  char             *name;
  char             *detail;
  char             *due_date;
  char             *received_on;
  char             *returned_on;
  char             *note;
  char             *summary;
  char             *proposals;
  SxshReportStatus  status;
  int               days_overdue;
  int               days_left;
  int               days_late;
  char             *search_key;
};

G_DEFINE_FINAL_TYPE (SxshRegisterEntry, sxsh_register_entry, G_TYPE_OBJECT)

/* Entries are made by the register and read by views: every property is
 * set once, at construction. */
enum {
  PROP_0,
  PROP_REPORTER_KIND,
  PROP_REPORTER_ID,
  PROP_NAME,
  PROP_DETAIL,
  PROP_DUE_DATE,
  PROP_RECEIVED_ON,
  PROP_RETURNED_ON,
  PROP_NOTE,
  PROP_SUMMARY,
  PROP_PROPOSALS,
  PROP_STATUS,
  PROP_STATUS_KEY,
  PROP_STATUS_LABEL,
  PROP_DAYS_OVERDUE,
  PROP_DAYS_LEFT,
  PROP_DAYS_LATE,
  PROP_DAYS_LABEL,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
sxsh_register_entry_finalize (GObject *object)
{
  SxshRegisterEntry *self = SXSH_REGISTER_ENTRY (object);

  g_free (self->name);
  g_free (self->detail);
  g_free (self->due_date);
  g_free (self->received_on);
  g_free (self->returned_on);
  g_free (self->note);
  g_free (self->summary);
  g_free (self->proposals);
  g_free (self->search_key);

  G_OBJECT_CLASS (sxsh_register_entry_parent_class)->finalize (object);
}

static void
sxsh_register_entry_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SxshRegisterEntry *self = SXSH_REGISTER_ENTRY (object);

  switch (prop_id)
    {
    case PROP_REPORTER_KIND: g_value_set_int (value, self->reporter_kind); break;
    case PROP_REPORTER_ID: g_value_set_int64 (value, self->reporter_id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_DETAIL: g_value_set_string (value, self->detail); break;
    case PROP_DUE_DATE: g_value_set_string (value, self->due_date); break;
    case PROP_RECEIVED_ON: g_value_set_string (value, self->received_on); break;
    case PROP_RETURNED_ON: g_value_set_string (value, self->returned_on); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    case PROP_SUMMARY: g_value_set_string (value, self->summary); break;
    case PROP_PROPOSALS: g_value_set_string (value, self->proposals); break;
    case PROP_STATUS: g_value_set_int (value, self->status); break;
    case PROP_STATUS_KEY:
      g_value_set_string (value, sxsh_report_status_to_key (self->status));
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, sxsh_report_status_get_label (self->status));
      break;
    case PROP_DAYS_OVERDUE: g_value_set_int (value, self->days_overdue); break;
    case PROP_DAYS_LEFT: g_value_set_int (value, self->days_left); break;
    case PROP_DAYS_LATE: g_value_set_int (value, self->days_late); break;
    case PROP_DAYS_LABEL:
      g_value_take_string (value, sxsh_register_entry_dup_days_label (self));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_register_entry_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SxshRegisterEntry *self = SXSH_REGISTER_ENTRY (object);
  char **field = NULL;

  switch (prop_id)
    {
    case PROP_REPORTER_KIND: self->reporter_kind = g_value_get_int (value); return;
    case PROP_REPORTER_ID: self->reporter_id = g_value_get_int64 (value); return;
    case PROP_STATUS: self->status = g_value_get_int (value); return;
    case PROP_DAYS_OVERDUE: self->days_overdue = g_value_get_int (value); return;
    case PROP_DAYS_LEFT: self->days_left = g_value_get_int (value); return;
    case PROP_DAYS_LATE: self->days_late = g_value_get_int (value); return;
    case PROP_NAME: field = &self->name; break;
    case PROP_DETAIL: field = &self->detail; break;
    case PROP_DUE_DATE: field = &self->due_date; break;
    case PROP_RECEIVED_ON: field = &self->received_on; break;
    case PROP_RETURNED_ON: field = &self->returned_on; break;
    case PROP_NOTE: field = &self->note; break;
    case PROP_SUMMARY: field = &self->summary; break;
    case PROP_PROPOSALS: field = &self->proposals; break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_free (*field);
  *field = g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
}

static void
sxsh_register_entry_class_init (SxshRegisterEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags co = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sxsh_register_entry_finalize;
  object_class->get_property = sxsh_register_entry_get_property;
  object_class->set_property = sxsh_register_entry_set_property;

  /**
   * SxshRegisterEntry:reporter-kind:
   *
   * An #SxshReporterKind: a facility or an agency.
   */
  properties[PROP_REPORTER_KIND] = g_param_spec_int ("reporter-kind", NULL, NULL,
                                                     SXSH_REPORTER_FACILITY, SXSH_REPORTER_AGENCY,
                                                     SXSH_REPORTER_FACILITY, co);
  properties[PROP_REPORTER_ID] = g_param_spec_int64 ("reporter-id", NULL, NULL,
                                                     0, G_MAXINT64, 0, co);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", co);
  /**
   * SxshRegisterEntry:detail:
   *
   * A facility's administrative unit, an agency's short name.
   */
  properties[PROP_DETAIL] = g_param_spec_string ("detail", NULL, NULL, "", co);
  properties[PROP_DUE_DATE] = g_param_spec_string ("due-date", NULL, NULL, "", co);
  properties[PROP_RECEIVED_ON] = g_param_spec_string ("received-on", NULL, NULL, "", co);
  properties[PROP_RETURNED_ON] = g_param_spec_string ("returned-on", NULL, NULL, "", co);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", co);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, "", co);
  properties[PROP_PROPOSALS] = g_param_spec_string ("proposals", NULL, NULL, "", co);
  /**
   * SxshRegisterEntry:status:
   *
   * An #SxshReportStatus: on time, late, missing or returned.
   */
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL,
                                              SXSH_REPORT_STATUS_ON_TIME,
                                              SXSH_REPORT_STATUS_RETURNED,
                                              SXSH_REPORT_STATUS_MISSING, co);
  properties[PROP_STATUS_KEY] = g_param_spec_string ("status-key", NULL, NULL, NULL, ro);
  properties[PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, NULL, ro);
  properties[PROP_DAYS_OVERDUE] = g_param_spec_int ("days-overdue", NULL, NULL,
                                                    0, G_MAXINT, 0, co);
  properties[PROP_DAYS_LEFT] = g_param_spec_int ("days-left", NULL, NULL, 0, G_MAXINT, 0, co);
  properties[PROP_DAYS_LATE] = g_param_spec_int ("days-late", NULL, NULL, 0, G_MAXINT, 0, co);
  properties[PROP_DAYS_LABEL] = g_param_spec_string ("days-label", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_register_entry_init (SxshRegisterEntry *self)
{
  self->status = SXSH_REPORT_STATUS_MISSING;
}

SxshReporterKind
sxsh_register_entry_get_reporter_kind (SxshRegisterEntry *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (self), SXSH_REPORTER_FACILITY);
  return self->reporter_kind;
}

gint64
sxsh_register_entry_get_reporter_id (SxshRegisterEntry *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (self), 0);
  return self->reporter_id;
}

const char *
sxsh_register_entry_get_name (SxshRegisterEntry *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (self), NULL);
  return self->name;
}

const char *
sxsh_register_entry_get_detail (SxshRegisterEntry *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (self), NULL);
  return self->detail;
}

const char *
sxsh_register_entry_get_due_date (SxshRegisterEntry *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (self), NULL);
  return self->due_date;
}

/* Returns: the ISO date the report was received, "" when it was not */
const char *
sxsh_register_entry_get_received_on (SxshRegisterEntry *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (self), NULL);
  return self->received_on;
}

/* Returns: the ISO date it was sent back for correction, "" when never */
const char *
sxsh_register_entry_get_returned_on (SxshRegisterEntry *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (self), NULL);
  return self->returned_on;
}

const char *
sxsh_register_entry_get_note (SxshRegisterEntry *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (self), NULL);
  return self->note;
}

const char *
sxsh_register_entry_get_summary (SxshRegisterEntry *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (self), NULL);
  return self->summary;
}

const char *
sxsh_register_entry_get_proposals (SxshRegisterEntry *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (self), NULL);
  return self->proposals;
}

SxshReportStatus
sxsh_register_entry_get_status (SxshRegisterEntry *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (self), SXSH_REPORT_STATUS_MISSING);
  return self->status;
}

/* Returns: for a missing report past its due date, the days since; else 0 */
int
sxsh_register_entry_get_days_overdue (SxshRegisterEntry *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (self), 0);
  return self->days_overdue;
}

/* Returns: for a missing report not yet due, the days until the due date
 * (0 on the day itself); else 0 */
int
sxsh_register_entry_get_days_left (SxshRegisterEntry *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (self), 0);
  return self->days_left;
}

/* Returns: for a late report, the days between the due date and its
 * receipt; else 0 */
int
sxsh_register_entry_get_days_late (SxshRegisterEntry *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (self), 0);
  return self->days_late;
}

/**
 * sxsh_register_entry_dup_days_label:
 *
 * Returns: (transfer full): the timeliness in words: "12 days overdue",
 *   "5 days left", "Due today", "3 days late", or "" when there is nothing
 *   to say
 */
char *
sxsh_register_entry_dup_days_label (SxshRegisterEntry *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (self), NULL);

  switch (self->status)
    {
    case SXSH_REPORT_STATUS_LATE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day late", "%d days late",
                                           self->days_late),
                              self->days_late);
    case SXSH_REPORT_STATUS_MISSING:
      if (self->days_overdue > 0)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day overdue",
                                             "%d days overdue", self->days_overdue),
                                self->days_overdue);
      if (self->days_left == 0)
        return g_strdup (_("Due today"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left", "%d days left",
                                           self->days_left),
                              self->days_left);
    case SXSH_REPORT_STATUS_ON_TIME:
    case SXSH_REPORT_STATUS_RETURNED:
    default:
      return g_strdup ("");
    }
}

const char *
sxsh_register_entry_get_search_key (SxshRegisterEntry *self)
{
  g_return_val_if_fail (SXSH_IS_REGISTER_ENTRY (self), NULL);

  if (self->search_key == NULL)
    {
      g_autofree char *joined = g_strjoin (" ", self->name, self->detail, self->note, NULL);
      self->search_key = sxsh_text_fold (joined);
    }
  return self->search_key;
}

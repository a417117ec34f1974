/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-certificate.h"
#include "sxsh-event.h"
#include "sxsh-facility-activities.h"
#include "sxsh-format.h"
#include "sxsh-page-helpers.h"
#include "sxsh-support.h"

/* Everything the programme did with one facility, all years together: the
 * events it attended, the support it was given, the options found and the
 * certificates issued, latest first.  The stores list one year at a time;
 * these read-only queries look across the years for one facility, on the
 * indexes the schema keeps by facility. */

struct _SxshFacilityActivities
{
  AdwBin        parent_instance;

  SxshDatabase *database;
  gint64        facility_id;

  /* Template widgets */
  GtkListBox   *events_list;
  GtkListBox   *supports_list;
  GtkListBox   *options_list;
  GtkListBox   *certificates_list;
  AdwPreferencesGroup *events_group;
  AdwPreferencesGroup *supports_group;
  AdwPreferencesGroup *options_group;
  AdwPreferencesGroup *certificates_group;
};

G_DEFINE_FINAL_TYPE (SxshFacilityActivities, sxsh_facility_activities, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_FACILITY_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char events_sql[] =
  "SELECT e.date, e.kind, e.title, e.place "
  "FROM event_facility ef JOIN event e ON e.id = ef.event_id "
  "WHERE ef.facility_id = ?1 ORDER BY e.date DESC, e.id DESC";

static const char supports_sql[] =
  "SELECT year, kind, status, consultant, total_cost, state_support "
  "FROM support WHERE facility_id = ?1 ORDER BY year DESC, id DESC";

static const char options_sql[] =
  "SELECT s.year, o.technique, o.description, o.investment, o.saving_vnd, o.decision, "
  "       o.implemented "
  "FROM cp_option o JOIN support s ON s.id = o.support_id "
  "WHERE s.facility_id = ?1 ORDER BY s.year DESC, o.id";

static const char certificates_sql[] =
  "SELECT number, issue_date, status, benefits "
  "FROM certificate WHERE facility_id = ?1 ORDER BY issue_date DESC, id DESC";

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    {
      /* The placeholder is the list's own, not a row. */
      if (!GTK_IS_LIST_BOX_ROW (child))
        break;
      gtk_list_box_remove (list, child);
    }
}

static void
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle,
         const char *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  if (suffix != NULL && *suffix != '\0')
    {
      GtkWidget *label = gtk_label_new (suffix);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  gtk_list_box_append (list, row);
}

static void
set_group_title (AdwPreferencesGroup *group,
                 const char          *title,
                 guint                n)
{
  g_autofree char *text = n > 0 ? g_strdup_printf ("%s (%u)", title, n) : g_strdup (title);

  adw_preferences_group_set_title (group, text);
}

static SxshStatement *
query (SxshFacilityActivities  *self,
       const char              *sql,
       GError                 **error)
{
  SxshStatement *stmt = sxsh_database_prepare (self->database, sql, error);

  if (stmt != NULL)
    sxsh_statement_bind_int64 (stmt, 1, self->facility_id);
  return stmt;
}

static gboolean
load_events (SxshFacilityActivities  *self,
             GError                 **error)
{
  g_autoptr(SxshStatement) stmt = query (self, events_sql, error);
  guint n = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      g_autofree char *date = sxsh_format_date (sxsh_statement_get_text (stmt, 0));
      g_autofree char *subtitle = NULL;
      SxshEventKind kind = SXSH_EVENT_WORKSHOP;
      const char *place = sxsh_statement_get_text (stmt, 3);

      sxsh_event_kind_from_string (sxsh_statement_get_text (stmt, 1), &kind);
      if (place != NULL && *place != '\0')
        subtitle = g_strdup_printf ("%s · %s", sxsh_event_kind_get_label (kind), place);
      else
        subtitle = g_strdup (sxsh_event_kind_get_label (kind));
      add_row (self->events_list, sxsh_statement_get_text (stmt, 2), subtitle, date);
      n++;
    }
  set_group_title (self->events_group, _("Events Attended"), n);
  return rc != SXSH_STEP_ERROR;
}

static gboolean
load_supports (SxshFacilityActivities  *self,
               GError                 **error)
{
  g_autoptr(SxshStatement) stmt = query (self, supports_sql, error);
  guint n = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      SxshSupportKind kind = SXSH_SUPPORT_QUICK_ASSESSMENT;
      SxshSupportStatus status = SXSH_SUPPORT_PLANNED;
      g_autofree char *year = g_strdup_printf ("%d", sxsh_statement_get_int (stmt, 0));
      g_autofree char *cost = sxsh_page_format_money (sxsh_statement_get_int64 (stmt, 4));
      g_autofree char *state = sxsh_page_format_money (sxsh_statement_get_int64 (stmt, 5));
      g_autofree char *subtitle = NULL;

      sxsh_support_kind_from_string (sxsh_statement_get_text (stmt, 1), &kind);
      sxsh_support_status_from_string (sxsh_statement_get_text (stmt, 2), &status);
      /* Translators: a support's status, total cost and state support. */
      subtitle = g_strdup_printf (_("%s · cost %s, state support %s"),
                                  sxsh_support_status_get_label (status), cost, state);
      add_row (self->supports_list, sxsh_support_kind_get_label (kind), subtitle, year);
      n++;
    }
  set_group_title (self->supports_group, _("Technical Support"), n);
  return rc != SXSH_STEP_ERROR;
}

static gboolean
load_options (SxshFacilityActivities  *self,
              GError                 **error)
{
  g_autoptr(SxshStatement) stmt = query (self, options_sql, error);
  guint n = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      SxshCpTechnique technique = SXSH_CP_HOUSEKEEPING;
      SxshCpDecision decision = SXSH_CP_DECISION_STUDY;
      g_autofree char *year = g_strdup_printf ("%d", sxsh_statement_get_int (stmt, 0));
      g_autofree char *investment = sxsh_page_format_money (sxsh_statement_get_int64 (stmt, 3));
      g_autofree char *saving = sxsh_page_format_money (sxsh_statement_get_int64 (stmt, 4));
      g_autofree char *payback = NULL;
      g_autofree char *subtitle = NULL;
      double years = 0;
      gboolean has_payback;

      sxsh_cp_technique_from_string (sxsh_statement_get_text (stmt, 1), &technique);
      sxsh_cp_decision_from_string (sxsh_statement_get_text (stmt, 5), &decision);
      has_payback = sxsh_cp_payback_years (sxsh_statement_get_int64 (stmt, 3),
                                           sxsh_statement_get_int64 (stmt, 4), &years);
      payback = sxsh_page_format_payback (has_payback, years);
      subtitle = g_strdup_printf (_("%s · %s%s\nInvestment %s · saving %s a year · payback %s"),
                                  sxsh_cp_technique_get_label (technique),
                                  sxsh_cp_decision_get_label (decision),
                                  sxsh_statement_get_int (stmt, 6) ? _(", implemented") : "",
                                  investment, saving, payback);
      add_row (self->options_list, sxsh_statement_get_text (stmt, 2), subtitle, year);
      n++;
    }
  set_group_title (self->options_group, _("Cleaner Production Options"), n);
  return rc != SXSH_STEP_ERROR;
}

static gboolean
load_certificates (SxshFacilityActivities  *self,
                   GError                 **error)
{
  g_autoptr(SxshStatement) stmt = query (self, certificates_sql, error);
  guint n = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sxsh_statement_step (stmt, error)) == SXSH_STEP_ROW)
    {
      g_autofree char *date = sxsh_format_date (sxsh_statement_get_text (stmt, 1));
      gboolean revoked = g_strcmp0 (sxsh_statement_get_text (stmt, 2), "revoked") == 0;
      const char *benefits = sxsh_statement_get_text (stmt, 3);
      g_autofree char *subtitle = NULL;

      subtitle = g_strdup_printf ("%s%s%s",
                                  sxsh_certificate_status_get_label (revoked
                                                                     ? SXSH_CERTIFICATE_REVOKED
                                                                     : SXSH_CERTIFICATE_VALID),
                                  benefits != NULL && *benefits != '\0' ? " · " : "",
                                  benefits != NULL ? benefits : "");
      add_row (self->certificates_list, sxsh_statement_get_text (stmt, 0), subtitle, date);
      n++;
    }
  set_group_title (self->certificates_group, _("Certificates"), n);
  return rc != SXSH_STEP_ERROR;
}

/**
 * sxsh_facility_activities_reload:
 *
 * Reads the facility's activities again.
 */
gboolean
sxsh_facility_activities_reload (SxshFacilityActivities  *self,
                                 GError                 **error)
{
  g_return_val_if_fail (SXSH_IS_FACILITY_ACTIVITIES (self), FALSE);

  clear_list (self->events_list);
  clear_list (self->supports_list);
  clear_list (self->options_list);
  clear_list (self->certificates_list);
  return load_events (self, error) && load_supports (self, error)
         && load_options (self, error) && load_certificates (self, error);
}

static void
database_changed_cb (SxshFacilityActivities *self,
                     const char             *table,
                     SxshDatabase           *database)
{
  static const char * const watched[] = { "event", "event_facility", "support", "cp_option",
                                          "certificate", "sample", NULL };
  g_autoptr(GError) error = NULL;

  if (g_strv_contains (watched, table) && !sxsh_facility_activities_reload (self, &error))
    g_warning ("The facility's activities could not be read: %s", error->message);
}

static void
sxsh_facility_activities_constructed (GObject *object)
{
  SxshFacilityActivities *self = SXSH_FACILITY_ACTIVITIES (object);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (sxsh_facility_activities_parent_class)->constructed (object);

  g_assert (SXSH_IS_DATABASE (self->database));
  g_signal_connect_object (self->database, "changed", G_CALLBACK (database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  if (!sxsh_facility_activities_reload (self, &error))
    g_warning ("The facility's activities could not be read: %s", error->message);
}

static void
sxsh_facility_activities_dispose (GObject *object)
{
  SxshFacilityActivities *self = SXSH_FACILITY_ACTIVITIES (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SXSH_TYPE_FACILITY_ACTIVITIES);

  G_OBJECT_CLASS (sxsh_facility_activities_parent_class)->dispose (object);
}

static void
sxsh_facility_activities_finalize (GObject *object)
{
  SxshFacilityActivities *self = SXSH_FACILITY_ACTIVITIES (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (sxsh_facility_activities_parent_class)->finalize (object);
}

static void
sxsh_facility_activities_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  SxshFacilityActivities *self = SXSH_FACILITY_ACTIVITIES (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_FACILITY_ID:
      g_value_set_int64 (value, self->facility_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_facility_activities_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  SxshFacilityActivities *self = SXSH_FACILITY_ACTIVITIES (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_FACILITY_ID:
      self->facility_id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_facility_activities_class_init (SxshFacilityActivitiesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sxsh_facility_activities_constructed;
  object_class->dispose = sxsh_facility_activities_dispose;
  object_class->finalize = sxsh_facility_activities_finalize;
  object_class->get_property = sxsh_facility_activities_get_property;
  object_class->set_property = sxsh_facility_activities_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SXSH_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FACILITY_ID] =
    g_param_spec_int64 ("facility-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sxsh/Tracker/ui/sxsh-facility-activities.ui");
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityActivities, events_list);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityActivities, supports_list);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityActivities, options_list);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityActivities, certificates_list);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityActivities, events_group);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityActivities, supports_group);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityActivities, options_group);
  gtk_widget_class_bind_template_child (widget_class, SxshFacilityActivities,
                                        certificates_group);
}

static void
sxsh_facility_activities_init (SxshFacilityActivities *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SxshFacilityActivities *
sxsh_facility_activities_new (SxshDatabase *database,
                              gint64        facility_id)
{
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);

  return g_object_new (SXSH_TYPE_FACILITY_ACTIVITIES,
                       "database", database,
                       "facility-id", facility_id,
                       NULL);
}

/**
 * sxsh_facility_activities_get_n_rows:
 * @section: "events", "supports", "options" or "certificates"
 *
 * Returns: the rows the section shows
 */
guint
sxsh_facility_activities_get_n_rows (SxshFacilityActivities *self,
                                     const char             *section)
{
  GtkListBox *list = NULL;
  guint n = 0;

  g_return_val_if_fail (SXSH_IS_FACILITY_ACTIVITIES (self), 0);

  if (g_str_equal (section, "events"))
    list = self->events_list;
  else if (g_str_equal (section, "supports"))
    list = self->supports_list;
  else if (g_str_equal (section, "options"))
    list = self->options_list;
  else if (g_str_equal (section, "certificates"))
    list = self->certificates_list;
  g_return_val_if_fail (list != NULL, 0);

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

/**
 * sxsh_facility_activities_present:
 * @parent: a widget of the window to open it over
 * @name: the facility's name, for the title
 *
 * Opens a window with the facility's activities.
 *
 * Returns: (transfer none): the window
 */
GtkWindow *
sxsh_facility_activities_present (GtkWidget    *parent,
                                  SxshDatabase *database,
                                  gint64        facility_id,
                                  const char   *name)
{
  GtkEventController *shortcuts;
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *header_bar;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SXSH_IS_DATABASE (database), NULL);
  g_return_val_if_fail (facility_id > 0, NULL);

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), name);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 720);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));

  header_bar = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header_bar),
                                   adw_window_title_new (name, _("Activities")));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header_bar);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (sxsh_facility_activities_new (database,
                                                                           facility_id)));
  adw_window_set_content (ADW_WINDOW (window), box);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_alternative_trigger_new (
                        gtk_keyval_trigger_new (GDK_KEY_w, GDK_CONTROL_MASK),
                        gtk_keyval_trigger_new (GDK_KEY_Escape, 0)),
                      gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, shortcuts);

  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

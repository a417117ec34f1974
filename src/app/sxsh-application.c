/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sxsh-application.h"
#include "sxsh-preferences-window.h"
#include "sxsh-reference.h"
#include "sxsh-window.h"

struct _SxshApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  SxshDatabase   *database;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (SxshApplication, sxsh_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The change log records who made each change; the officer's full name is
 * more useful there than a login name, when the system knows it. */
static const char *
get_actor_name (void)
{
  const char *real_name = g_get_real_name ();

  if (real_name == NULL || *real_name == '\0' || g_str_equal (real_name, "Unknown"))
    return g_get_user_name ();

  return real_name;
}

static void
fatal_dialog_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          SxshApplication  *self)
{
  g_application_quit (G_APPLICATION (self));
}

/* Without a database there is nothing the window could show, so the only
 * way out of this dialog is to quit. */
static void
show_open_error (SxshApplication *self,
                 const GError    *error)
{
  GtkWidget *dialog;

  /* The core's message names the file and says what to do. */
  dialog = adw_message_dialog_new (NULL, _("Cannot Open the Database"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "quit", _("_Quit"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "quit");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "quit");
  g_signal_connect (dialog, "response", G_CALLBACK (fatal_dialog_response_cb), self);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_warning_dialog (GtkWindow    *parent,
                     const char   *heading,
                     const GError *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
open_database (SxshApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) reference_error = NULL;
  g_autoptr(GError) actor_error = NULL;
  g_autofree char *path = NULL;
  const char *explicit_path = self->database_path;

  if (explicit_path == NULL || *explicit_path == '\0')
    explicit_path = g_getenv ("SXSH_DB");
  if (explicit_path != NULL && *explicit_path == '\0')
    explicit_path = NULL;

  path = sxsh_database_resolve_path (explicit_path);
  self->database = sxsh_database_open (path, &error);
  if (self->database == NULL)
    {
      show_open_error (self, error);
      return FALSE;
    }

  if (!sxsh_database_set_actor (self->database, get_actor_name (), &actor_error))
    g_debug ("Could not record the actor's name: %s", actor_error->message);

  /* The reference lists (plan, units, sectors…) are needed by every page;
   * a new file gets them at once.  A failure here leaves a usable, if
   * incomplete, database, so it is reported but not fatal. */
  if (!sxsh_reference_is_loaded (self->database) &&
      !sxsh_reference_load (self->database, &reference_error))
    show_warning_dialog (NULL, _("Reference Data Not Loaded"), reference_error);

  if (self->database_path == NULL)
    self->database_path = g_strdup (path);

  return TRUE;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  SxshApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  /* Closing the windows first lets them save their size and pending edits. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  g_application_quit (G_APPLICATION (self));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  SxshApplication *self = user_data;
  const char *developers[] = { "SXSH Tracker developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", "SXSH Tracker",
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", "SXSH Tracker developers",
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("Keep track of the province’s cleaner production programme: "
                                      "facilities, their yearly progress, trainings, technical "
                                      "support, certificates and the annual report."),
                        "copyright", "© 2016–2026 SXSH Tracker developers",
                        /* Translators: put your names here, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SxshApplication *self = user_data;
  SxshPreferencesWindow *preferences;

  if (self->database == NULL)
    return;

  preferences = sxsh_preferences_window_new (self->database);
  gtk_window_set_transient_for (GTK_WINDOW (preferences),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
shortcuts_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  SxshApplication *self = user_data;
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *window;

  builder = gtk_builder_new_from_resource ("/io/github/sxsh/Tracker/ui/sxsh-shortcuts-window.ui");
  window = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
  gtk_window_set_transient_for (window,
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (window);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
  { "shortcuts", shortcuts_activated },
};

static int
sxsh_application_handle_local_options (GApplication *app,
                                       GVariantDict *options)
{
  SxshApplication *self = SXSH_APPLICATION (app);
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "db", "^&ay", &path) && path != NULL && *path != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      /* A second instance on another file must not hand its work over to
       * the running one, which has its own database open. */
      sxsh_application_set_database_path (self, g_file_peek_path (file));
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  return G_APPLICATION_CLASS (sxsh_application_parent_class)->handle_local_options (app, options);
}

static void
sxsh_application_startup (GApplication *app)
{
  SxshApplication *self = SXSH_APPLICATION (app);
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) schema = NULL;
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  static const char *import_accels[] = { "<Control>i", NULL };

  G_APPLICATION_CLASS (sxsh_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.shortcuts",
                                         shortcuts_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.import", import_accels);

  /* Running from the build tree without an installed schema is allowed: the
   * window then simply starts with its default size and year. */
  source = g_settings_schema_source_get_default ();
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new (APPLICATION_ID);
  else
    g_debug ("GSettings schema %s is not installed; settings are not kept", APPLICATION_ID);
}

static void
sxsh_application_activate (GApplication *app)
{
  SxshApplication *self = SXSH_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->database == NULL && !open_database (self))
    return;

  window = GTK_WINDOW (sxsh_window_new (self, self->database));
  gtk_window_present (window);
}

static void
sxsh_application_finalize (GObject *object)
{
  SxshApplication *self = SXSH_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sxsh_application_parent_class)->finalize (object);
}

static void
sxsh_application_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SxshApplication *self = SXSH_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_application_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SxshApplication *self = SXSH_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      sxsh_application_set_database_path (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sxsh_application_class_init (SxshApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sxsh_application_finalize;
  object_class->get_property = sxsh_application_get_property;
  object_class->set_property = sxsh_application_set_property;

  app_class->handle_local_options = sxsh_application_handle_local_options;
  app_class->startup = sxsh_application_startup;
  app_class->activate = sxsh_application_activate;

  /**
   * SxshApplication:database-path:
   *
   * The database file to open; %NULL for $SXSH_DB or the default file.
   */
  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sxsh_application_init (SxshApplication *self)
{
  static const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("The database file to open (default: $SXSH_DB or the file in your data folder)"),
      N_("FILE") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

SxshApplication *
sxsh_application_new (void)
{
  return g_object_new (SXSH_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/sxsh/Tracker",
                       NULL);
}

const char *
sxsh_application_get_database_path (SxshApplication *self)
{
  g_return_val_if_fail (SXSH_IS_APPLICATION (self), NULL);

  return self->database_path;
}

void
sxsh_application_set_database_path (SxshApplication *self,
                                    const char      *path)
{
  g_return_if_fail (SXSH_IS_APPLICATION (self));

  if (g_strcmp0 (self->database_path, path) == 0)
    return;

  g_free (self->database_path);
  self->database_path = g_strdup (path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE_PATH]);
}

/**
 * sxsh_application_get_database:
 *
 * Returns: (transfer none) (nullable): the open database, once activated
 */
SxshDatabase *
sxsh_application_get_database (SxshApplication *self)
{
  g_return_val_if_fail (SXSH_IS_APPLICATION (self), NULL);

  return self->database;
}

/**
 * sxsh_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the application's settings, or %NULL
 *   when the schema is not installed
 */
GSettings *
sxsh_application_get_settings (SxshApplication *self)
{
  g_return_val_if_fail (SXSH_IS_APPLICATION (self), NULL);

  return self->settings;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "sxsh-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SxshApplication) app = NULL;
  const char *localedir;

  setlocale (LC_ALL, "");

  /* SXSH_LOCALEDIR lets the program run from the build tree with its
   * translations before it is installed. */
  localedir = g_getenv ("SXSH_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = sxsh_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}

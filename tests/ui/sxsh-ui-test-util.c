/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sxsh-ui-test-util.h"

/* Runs what the main loop has ready, without waiting. */
void
sxsh_ui_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Lets the main loop run until @check holds or @seconds have passed: a
 * loaded build machine can be slow to draw a frame or finish a worker.
 * Returns: whether @check came to hold */
gboolean
sxsh_ui_test_wait_for (gboolean (*check) (gpointer data),
                       gpointer   data,
                       guint      seconds)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;

  while (!check (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sxsh-cli.h"
#include "sxsh-facility-store.h"

/* Stable keys of the yearly status, for scripts. */
static const char *
status_key (SxshYearStatus status)
{
  switch (status)
    {
    case SXSH_YEAR_STATUS_APPLYING: return "applying";
    case SXSH_YEAR_STATUS_INFORMED: return "informed";
    case SXSH_YEAR_STATUS_NEITHER: return "not_informed";
    case SXSH_YEAR_STATUS_NONE:
    default: return "none";
    }
}

static void
print_json (SxshFacilityStore *store)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n = g_list_model_get_n_items (model);
  GString *out = g_string_new ("[");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshFacility) f = g_list_model_get_item (model, i);
      const char *size = sxsh_size_class_to_key (sxsh_facility_get_size_class (f));

      g_string_append (out, i == 0 ? "\n  " : ",\n  ");
      g_string_append_printf (out, "{\"id\":%" G_GINT64_FORMAT ",\"tax_code\":",
                              sxsh_facility_get_id (f));
      sxsh_cli_json_string (out, sxsh_facility_get_tax_code (f));
      g_string_append (out, ",\"name\":");
      sxsh_cli_json_string (out, sxsh_facility_get_name (f));
      g_string_append (out, ",\"unit\":");
      sxsh_cli_json_string (out, sxsh_facility_get_admin_unit_name (f));
      g_string_append (out, ",\"sector\":");
      sxsh_cli_json_string (out, sxsh_facility_get_sector_name (f));
      g_string_append (out, ",\"size\":");
      if (size != NULL && *size != '\0')
        sxsh_cli_json_string (out, size);
      else
        g_string_append (out, "null");
      g_string_append (out, ",\"status\":");
      sxsh_cli_json_string (out, status_key (sxsh_facility_get_status (f)));
      g_string_append_c (out, '}');
    }
  g_string_append (out, n > 0 ? "\n]\n" : "]\n");
  g_print ("%s", out->str);
  g_string_free (out, TRUE);
}

static void
print_table (SxshFacilityStore *store)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(SxshCliTable) table = NULL;

  table = sxsh_cli_table_new (6, _("Tax code"), _("Name"), _("Unit"), _("Sector"), _("Size"),
                              _("Status"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SxshFacility) f = g_list_model_get_item (model, i);
      SxshSizeClass size = sxsh_facility_get_size_class (f);

      sxsh_cli_table_add_row (table,
                              sxsh_facility_get_tax_code (f),
                              sxsh_facility_get_name (f),
                              sxsh_facility_get_admin_unit_name (f),
                              sxsh_facility_get_sector_name (f),
                              size == SXSH_SIZE_UNKNOWN ? "" : sxsh_size_class_get_label (size),
                              sxsh_year_status_get_label (sxsh_facility_get_status (f)));
    }
  sxsh_cli_table_print (table);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u facility (status in %d)\n",
                        "%u facilities (status in %d)\n", n),
           n, sxsh_facility_store_get_year (store));
}

/* sxsh-cli facilities [--search TEXT] [--year Y] [--json]
 *
 * Lists the registry, filtered the way the application's search box does:
 * every word must occur, ignoring case and accents. */
int
sxsh_cli_facilities (SxshCliContext  *ctx,
                     int              argc,
                     char           **argv)
{
  g_autofree char *search = NULL;
  gboolean json = FALSE;
  int year = 0;
  const GOptionEntry entries[] = {
    { "search", 's', 0, G_OPTION_ARG_STRING, &search,
      N_("Only facilities matching these words (name, tax code, address, unit, sector, "
         "products), ignoring case and accents"), N_("TEXT") },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year,
      N_("Year of the status shown (default: this year)"), N_("Y") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print a JSON array instead of a table"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(SxshDatabase) db = NULL;
  g_autoptr(SxshFacilityStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SxshFacilityFilter filter = SXSH_FACILITY_FILTER_INIT;
  int status;

  options = sxsh_cli_option_context_new (ctx, NULL,
                                         _("List the facilities with tax code, name, "
                                           "administrative unit, sector, size and status."),
                                         entries);
  if (!sxsh_cli_parse_options (ctx, options, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return sxsh_cli_usage_error (ctx, _("Unexpected argument “%s”."), argv[1]);
  if (year != 0 && (year < 1990 || year > 2100))
    return sxsh_cli_usage_error (ctx, _("--year: must be a year from 1990 to 2100."));

  db = sxsh_cli_open_database (ctx, FALSE, &error);
  if (db == NULL)
    return sxsh_cli_fail (error);

  /* The store reads the registry when it is made and again when the year
   * changes. */
  store = sxsh_facility_store_new (db);
  if (year != 0)
    sxsh_facility_store_set_year (store, year);
  filter.text = search;
  sxsh_facility_store_set_filter (store, &filter);

  if (json)
    print_json (store);
  else
    print_table (store);
  return SXSH_CLI_EXIT_OK;
}

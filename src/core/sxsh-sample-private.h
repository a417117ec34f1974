/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the files of the sample province share: its random generator, the
 * model of the province held in memory before it is written, and the steps
 * that sxsh-sample.c runs one after the other. */

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sxsh-database.h"
#include "sxsh-sample.h"
#include "sxsh-size-class.h"

G_BEGIN_DECLS

/* The day the sample pretends to be written: reports of 2026 that are not in
 * yet are simply missing, and work planned after it is still in progress. */
#define SAMPLE_TODAY "2026-11-20"

/* ------------------------------------------------------------------------ */
/* A small deterministic generator (splitmix64).                             */
/* ------------------------------------------------------------------------ */

typedef struct
{
  guint64 state;
} Rng;

static inline guint64
rng_next (Rng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* A double in [0, 1). */
static inline double
rng_double (Rng *rng)
{
  return (double) (rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

static inline double
rng_uniform (Rng    *rng,
             double  lo,
             double  hi)
{
  return lo + (hi - lo) * rng_double (rng);
}

/* An integer in [lo, hi]. */
static inline int
rng_int (Rng *rng,
         int  lo,
         int  hi)
{
  if (hi <= lo)
    return lo;
  return lo + (int) (rng_next (rng) % (guint64) (hi - lo + 1));
}

static inline gboolean
rng_chance (Rng    *rng,
            double  p)
{
  return rng_double (rng) < p;
}

/* A value spread evenly on a log scale: sizes of firms are. */
static inline double
rng_log_uniform (Rng    *rng,
                 double  lo,
                 double  hi)
{
  return exp (rng_uniform (rng, log (lo), log (hi)));
}

#define PICK(rng, array) ((array)[rng_int ((rng), 0, (int) G_N_ELEMENTS (array) - 1)])

/* Picks an index by weight. */
static inline guint
rng_weighted (Rng          *rng,
              const double *weights,
              guint         n)
{
  double total = 0, x;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  x = rng_double (rng) * total;
  for (guint i = 0; i < n; i++)
    {
      if (x < weights[i])
        return i;
      x -= weights[i];
    }
  return n - 1;
}

static inline double
round_to (double value,
          int    decimals)
{
  double scale = pow (10, decimals);
  return round (value * scale) / scale;
}

/* Money rounded to thousands of VND, as budgets are written. */
static inline gint64
round_money (double vnd,
             gint64 unit)
{
  return (gint64) llround (vnd / (double) unit) * unit;
}

#define MILLION ((gint64) 1000000)

/* ------------------------------------------------------------------------ */
/* What the facilities look like, by sector.                                */
/* ------------------------------------------------------------------------ */

/* How the facilities of a sector look.  Name patterns: {T} is replaced by a
 * trade name, {P} by a place name. */
typedef struct
{
  const char *sector;            /* name in the reference data */
  double      weight;            /* share of facilities */
  double      cp_share;          /* share with cleaner-production potential */
  const char *names[6];
  const char *products[3];
  const char *technology[3];
  int         employees_lo, employees_hi;
  double      revenue_per_employee_lo, revenue_per_employee_hi;   /* billion VND */
  double      output_per_employee_lo, output_per_employee_hi;     /* product units */
  double      kwh_per_unit;
  const char *fuels[2];          /* alternative fuels, NULL when none */
  double      fuel_per_unit[2];
  double      water_per_unit;    /* m³, 0 when not recorded */
  const char *material;          /* main raw material, NULL when none */
  double      material_per_unit;
} SectorProfile;

/* ------------------------------------------------------------------------ */
/* In-memory model of the province before it is written.                    */
/* ------------------------------------------------------------------------ */

#define N_YEARS (SXSH_SAMPLE_LAST_YEAR - SXSH_SAMPLE_FIRST_YEAR + 1)
#define YEAR_INDEX(y) ((y) - SXSH_SAMPLE_FIRST_YEAR)

typedef struct
{
  gint64  id;
  char   *name;
  char   *kind;
  char   *district;       /* name of the old district, NULL for new units */
  gboolean is_new;        /* a unit valid from 1/7/2025 */
  char   *valid_from;
  char   *valid_to;
} Unit;

typedef struct
{
  const SectorProfile *profile;
  gint64   sector_id;
  char    *unit_of_measure;
  gint64   fuel_ids[2];
  gint64   material_id;
  gboolean priority;       /* one of the plan's priority sectors */
} Sector;

typedef struct
{
  const Sector *sector;
  const Unit   *unit;
  char     *name;
  char     *tax_code;
  char     *address;
  const char *zone;
  const char *place;     /* the place name used in the facility's name */
  int       branches;
  gboolean  is_branch;
  int       first_year, last_year;     /* 0 when unknown */
  gboolean  cp;
  gint64    employees, revenue, capital;
  SxshSizeClass size;
  double    base_output;
  double    u_informed, u_applying, u_dedicated;
  int       informed_from, applying_from, dedicated_from;   /* 0: never */
  double    saving[3];     /* energy, water, material */
  int       fuel;          /* 0 or 1 */
  gboolean  no_data;
  gint64    id;
} Facility;

typedef struct
{
  const char *technique;
  const char *description;
  int         saves;
  gint64      investment;
  gint64      saving_vnd;
  double      saving_toe, saving_water, saving_material;
  const char *decision;
  gboolean    implemented;
} Option;

typedef struct
{
  guint       facility;     /* index */
  const char *kind;
  int         year;
  char       *start_date, *end_date;
  const char *consultant;
  gint64      total_cost, consultancy_cost, state_support;
  const char *funding_source;
  const char *status;
  char       *results;
  GArray     *options;      /* of Option */
  gint64      id;
} Support;

enum { SOURCE_CENTRAL, SOURCE_LOCAL, SOURCE_OTHER, N_SOURCES };

/* Plan tasks the sample books its work to, by code. */
enum { TASK_WORKSHOPS, TASK_COMMUNICATION, TASK_TRAINING, TASK_DISTRICT_TRAINING,
       TASK_SUPPORT, TASK_DEMO, TASK_DATABASE, N_TASKS };

typedef struct
{
  SxshDatabase *db;
  Rng           rng;
  guint         n_facilities;

  GPtrArray    *units_old;         /* Unit*, communes valid before 1/7/2025 */
  GPtrArray    *units_new;         /* Unit*, communes valid from 1/7/2025 */
  GPtrArray    *all_units;         /* owns the units */
  GPtrArray    *sectors;           /* Sector* */
  gint64        electricity_id;
  gint64        water_id;
  gint64        task_ids[N_TASKS];

  Facility     *facilities;
  GHashTable   *used_names;        /* folded name */
  GHashTable   *used_tax_codes;
  GPtrArray    *supports;          /* Support* */

  gint64        funding[N_YEARS][N_SOURCES][N_TASKS];    /* spent, VND */
  int           task_events[N_YEARS][N_TASKS];
} Generator;

typedef struct
{
  const char *kind;
  char       *title;
  char       *date;
  const char *place;
  const char *organiser;
  int         participants;
  int         quantity;
  gint64      cost;
  int         source;
  int         task;
  GArray     *attendees;       /* guint facility indices, sorted */
} Event;

static inline gboolean
facility_active_in (const Facility *f,
                    int             year)
{
  return (f->first_year == 0 || f->first_year <= year)
         && (f->last_year == 0 || f->last_year >= year);
}

static inline char *
iso_date (int year,
          int month,
          int day)
{
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static inline char *
random_date (Rng *rng,
             int  year,
             int  month_lo,
             int  month_hi)
{
  int month = rng_int (rng, month_lo, month_hi);
  int day = rng_int (rng, 1, g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year));

  return iso_date (year, month, day);
}

/* The ISO date @days after @date. */
static inline char *
date_add_days (const char *date,
               int         days)
{
  GDate d;
  int y, m, dd;

  y = atoi (date);
  m = atoi (date + 5);
  dd = atoi (date + 8);
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) dd, (GDateMonth) m, (GDateYear) y);
  g_date_add_days (&d, (guint) days);
  return iso_date (g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
}

static inline int
first_data_year (const Facility *f)
{
  return MAX (f->first_year, SXSH_SAMPLE_FIRST_YEAR);
}

static inline int
last_data_year (const Facility *f)
{
  return f->last_year ? MIN (f->last_year, SXSH_SAMPLE_LAST_YEAR) : SXSH_SAMPLE_LAST_YEAR;
}

/* sxsh-sample.c */
char     *sxsh_sample_person_name          (Rng        *rng);

/* sxsh-sample-activities.c: the department's work, planned in memory
 * (statuses depend on it) and then written. */
void      sxsh_sample_event_clear          (Event      *event);
void      sxsh_sample_plan_events          (Generator  *gen,
                                            GArray     *events);
void      sxsh_sample_plan_supports        (Generator  *gen);
gboolean  sxsh_sample_write_events         (Generator  *gen,
                                            GArray     *events,
                                            GError    **error);
gboolean  sxsh_sample_write_supports       (Generator  *gen,
                                            GError    **error);
gboolean  sxsh_sample_write_certificates   (Generator  *gen,
                                            GError    **error);
gboolean  sxsh_sample_write_funding        (Generator  *gen,
                                            GError    **error);
gboolean  sxsh_sample_write_agency_reports (Generator  *gen,
                                            GError    **error);
gboolean  sxsh_sample_write_task_progress  (Generator  *gen,
                                            GError    **error);

G_END_DECLS

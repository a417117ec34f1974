/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-import.h"
#include "sxsh-table-reader.h"

G_BEGIN_DECLS

/* What the plan and its writing (sxsh-import.c) share with the reading and
 * checking of the rows (sxsh-import-check.c). */

/* Record fields: the columns of a table, in the order of its statements. */

typedef enum
{
  FIELD_TEXT,      /* NOT NULL text, "" when blank */
  FIELD_OPT_TEXT,  /* NULL when blank */
  FIELD_INT,       /* NOT NULL integer, 0 when blank */
  FIELD_OPT_INT,
  FIELD_REAL,
  FIELD_OPT_REAL,
} FieldType;

typedef struct
{
  gboolean  null;
  gint64    i;
  double    d;
  char     *s;
} Val;

enum
{
  F_TAX_CODE, F_NAME, F_NAME_KEY, F_ADDRESS, F_ADMIN_UNIT, F_ZONE, F_SECTOR, F_MAIN_PRODUCTS,
  F_TECHNOLOGY, F_SIZE_CLASS, F_SIZE_MANUAL, F_EMPLOYEES, F_REVENUE, F_CAPITAL, F_CP_POTENTIAL,
  F_FIRST_YEAR, F_LAST_YEAR, F_CONTACT, F_PHONE, F_EMAIL, F_NOTES, F_N_FIELDS
};

enum
{
  Y_FACILITY, Y_YEAR, Y_INFORMED, Y_APPLYING, Y_DEDICATED, Y_OUTPUT, Y_OUTPUT_UNIT, Y_BASELINE,
  Y_REPORT_RECEIVED, Y_NOTES, Y_N_FIELDS
};

enum { Q_FACILITY, Q_YEAR, Q_RESOURCE, Q_QUANTITY, Q_N_FIELDS };

/* File columns */

typedef enum
{
  T_TAX_CODE,
  T_TEXT,          /* one line: runs of white space become one space */
  T_LONG_TEXT,     /* notes: line breaks kept */
  T_INT,
  T_ACTIVE_YEAR,   /* 1900–2100, a facility's first or last year */
  T_DATA_YEAR,     /* 1990–2100, a year of data */
  T_MONEY_BN,      /* billions of VND, stored as VND */
  T_NUMBER,
  T_BOOL,
  T_DATE,
  T_SECTOR,
  T_ADMIN_UNIT,
  T_SIZE,
  T_RESOURCE,
  T_EMAIL,
  T_PHONE,
} ValueType;

typedef struct
{
  const char *key;
  const char *title;    /* English, translated when shown */
  const char *labels;   /* Vietnamese headers, separated by '|' */
  ValueType   type;
  gboolean    required; /* the column must be in the file */
  int         field;    /* record field it fills directly, or -1 */
} ColumnDef;

typedef struct
{
  const ColumnDef    *columns;
  guint               n_columns;
  const FieldType    *fields;
  guint               n_fields;
  const char * const *sheet_names;
  const char         *table;
} KindInfo;

typedef struct
{
  int               number;      /* as the spreadsheet numbers it */
  SxshImportAction  action;
  gint64            id;          /* the existing record, 0 for a new one */
  Val              *fields;
  char            **display;     /* one per preview column */
  guint64           changed;     /* preview columns an update changes */
} PlanRow;

typedef struct
{
  int   def;                     /* index in the kind's columns, or -1 */
  char *key;
  char *title;
} PreviewColumn;

struct _SxshImportPlan
{
  GObject         parent_instance;

  SxshDatabase   *db;
  SxshImportKind  kind;
  char           *path;
  char           *file_name;
  char           *sheet_name;
  gboolean        applied;

  GPtrArray      *issues;        /* SxshImportIssue */
  guint           n_errors;
  guint           n_warnings;
  GPtrArray      *rows;          /* PlanRow */
  GArray         *preview_columns;
  guint           n_add;
  guint           n_update;
  guint           n_unchanged;
};

const KindInfo *sxsh_import_kind_info             (SxshImportKind          kind);
void            sxsh_import_val_clear             (Val                    *val);
gboolean        sxsh_import_check_sheet           (SxshImportPlan         *self,
                                                   SxshSheet              *sheet,
                                                   GCancellable           *cancellable,
                                                   SxshImportProgressFunc  progress,
                                                   gpointer                user_data,
                                                   GError                **error);
void            sxsh_import_plan_add_issue_valist (SxshImportPlan         *self,
                                                   int                     row,
                                                   const char             *column,
                                                   gboolean                warning,
                                                   const char             *format,
                                                   va_list                 args)
                                                   G_GNUC_PRINTF (5, 0);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SXSH_ERROR (sxsh_error_quark ())

/**
 * SxshError:
 * @SXSH_ERROR_OPEN: the database file could not be opened or created
 * @SXSH_ERROR_QUERY: a statement failed for a reason not listed below
 * @SXSH_ERROR_CONSTRAINT: the data breaks a rule of the schema
 * @SXSH_ERROR_CORRUPT: the file is not a database or is damaged
 * @SXSH_ERROR_NO_SPACE: the disk is full
 * @SXSH_ERROR_BUSY: another program holds a lock on the database
 * @SXSH_ERROR_INVALID: a value given by the user is not acceptable
 * @SXSH_ERROR_IMPORT: an import file could not be read or has bad rows
 * @SXSH_ERROR_EXPORT: a document could not be written
 * @SXSH_ERROR_MIGRATION: the schema could not be brought up to date
 * @SXSH_ERROR_TOO_NEW: the file was written by a newer version of the program
 * @SXSH_ERROR_NOT_FOUND: the requested row does not exist
 * @SXSH_ERROR_READ_ONLY: the file cannot be written
 *
 * The one error domain of the core.  SQLite, libxlsxwriter, minizip and cairo
 * statuses are translated into it where the core meets those libraries.
 */
typedef enum
{
  SXSH_ERROR_OPEN,
  SXSH_ERROR_QUERY,
  SXSH_ERROR_CONSTRAINT,
  SXSH_ERROR_CORRUPT,
  SXSH_ERROR_NO_SPACE,
  SXSH_ERROR_BUSY,
  SXSH_ERROR_INVALID,
  SXSH_ERROR_IMPORT,
  SXSH_ERROR_EXPORT,
  SXSH_ERROR_MIGRATION,
  SXSH_ERROR_TOO_NEW,
  SXSH_ERROR_NOT_FOUND,
  SXSH_ERROR_READ_ONLY,
} SxshError;

GQuark sxsh_error_quark (void);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The core library: GLib, GIO, GObject and sqlite3 only. */

#include <glib/gi18n-lib.h>

#include "sxsh-error.h"
#include "sxsh-database.h"
#include "sxsh-text.h"
#include "sxsh-size-class.h"
#include "sxsh-facility.h"
#include "sxsh-facility-store.h"
#include "sxsh-reference.h"
#include "sxsh-settings.h"
#include "sxsh-named-item.h"
#include "sxsh-validation.h"
#include "sxsh-format.h"

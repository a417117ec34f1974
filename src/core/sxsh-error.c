/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sxsh-error.h"

G_DEFINE_QUARK (sxsh-error-quark, sxsh_error)

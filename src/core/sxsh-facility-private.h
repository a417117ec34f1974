/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sxsh-database.h"
#include "sxsh-facility.h"

G_BEGIN_DECLS

/* For SxshFacilityStore, which loads thousands of facilities at once and
 * cannot afford a GValue per field.  The statement's columns, in order:
 * id, tax_code, name, address, admin_unit_id, unit name, zone, sector_id,
 * sector name, main_products, technology_status, size_class, size_manual,
 * employees, revenue, capital, cp_potential, first_year, last_year,
 * contact_person, phone, email, notes. */
void _sxsh_facility_set_from_statement (SxshFacility   *self,
                                        SxshStatement  *stmt);
void _sxsh_facility_set_status         (SxshFacility   *self,
                                        SxshYearStatus  status);

G_END_DECLS

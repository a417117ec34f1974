-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: the change log.  Every insert, update and delete of the
-- programme's data is recorded with who did it and the old and new values,
-- by triggers, so that nothing is ever lost and no code has to remember it.

CREATE TRIGGER settings_log_insert AFTER INSERT ON settings
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'settings', NEW.rowid, 'insert',
          NULL,
          json_object ('key', NEW.key, 'value', NEW.value));
END;

CREATE TRIGGER settings_log_update AFTER UPDATE ON settings
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'settings', NEW.rowid, 'update',
          json_object ('key', OLD.key, 'value', OLD.value),
          json_object ('key', NEW.key, 'value', NEW.value));
END;

CREATE TRIGGER settings_log_delete AFTER DELETE ON settings
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'settings', OLD.rowid, 'delete',
          json_object ('key', OLD.key, 'value', OLD.value),
          NULL);
END;

CREATE TRIGGER plan_log_insert AFTER INSERT ON plan
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'code', NEW.code, 'title', NEW.title, 'issuer', NEW.issuer, 'issued_on', NEW.issued_on, 'first_year', NEW.first_year, 'last_year', NEW.last_year, 'notes', NEW.notes));
END;

CREATE TRIGGER plan_log_update AFTER UPDATE ON plan
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'code', OLD.code, 'title', OLD.title, 'issuer', OLD.issuer, 'issued_on', OLD.issued_on, 'first_year', OLD.first_year, 'last_year', OLD.last_year, 'notes', OLD.notes),
          json_object ('id', NEW.id, 'code', NEW.code, 'title', NEW.title, 'issuer', NEW.issuer, 'issued_on', NEW.issued_on, 'first_year', NEW.first_year, 'last_year', NEW.last_year, 'notes', NEW.notes));
END;

CREATE TRIGGER plan_log_delete AFTER DELETE ON plan
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'code', OLD.code, 'title', OLD.title, 'issuer', OLD.issuer, 'issued_on', OLD.issued_on, 'first_year', OLD.first_year, 'last_year', OLD.last_year, 'notes', OLD.notes),
          NULL);
END;

CREATE TRIGGER plan_target_log_insert AFTER INSERT ON plan_target
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan_target', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'plan_id', NEW.plan_id, 'indicator_key', NEW.indicator_key, 'target_pct', NEW.target_pct, 'band_low_pct', NEW.band_low_pct, 'band_high_pct', NEW.band_high_pct, 'size_classes', NEW.size_classes));
END;

CREATE TRIGGER plan_target_log_update AFTER UPDATE ON plan_target
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan_target', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'plan_id', OLD.plan_id, 'indicator_key', OLD.indicator_key, 'target_pct', OLD.target_pct, 'band_low_pct', OLD.band_low_pct, 'band_high_pct', OLD.band_high_pct, 'size_classes', OLD.size_classes),
          json_object ('id', NEW.id, 'plan_id', NEW.plan_id, 'indicator_key', NEW.indicator_key, 'target_pct', NEW.target_pct, 'band_low_pct', NEW.band_low_pct, 'band_high_pct', NEW.band_high_pct, 'size_classes', NEW.size_classes));
END;

CREATE TRIGGER plan_target_log_delete AFTER DELETE ON plan_target
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan_target', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'plan_id', OLD.plan_id, 'indicator_key', OLD.indicator_key, 'target_pct', OLD.target_pct, 'band_low_pct', OLD.band_low_pct, 'band_high_pct', OLD.band_high_pct, 'size_classes', OLD.size_classes),
          NULL);
END;

CREATE TRIGGER plan_quota_log_insert AFTER INSERT ON plan_quota
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan_quota', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'plan_id', NEW.plan_id, 'quota_key', NEW.quota_key, 'min_count', NEW.min_count, 'max_count', NEW.max_count));
END;

CREATE TRIGGER plan_quota_log_update AFTER UPDATE ON plan_quota
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan_quota', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'plan_id', OLD.plan_id, 'quota_key', OLD.quota_key, 'min_count', OLD.min_count, 'max_count', OLD.max_count),
          json_object ('id', NEW.id, 'plan_id', NEW.plan_id, 'quota_key', NEW.quota_key, 'min_count', NEW.min_count, 'max_count', NEW.max_count));
END;

CREATE TRIGGER plan_quota_log_delete AFTER DELETE ON plan_quota
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan_quota', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'plan_id', OLD.plan_id, 'quota_key', OLD.quota_key, 'min_count', OLD.min_count, 'max_count', OLD.max_count),
          NULL);
END;

CREATE TRIGGER agency_log_insert AFTER INSERT ON agency
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'agency', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'name', NEW.name, 'short_name', NEW.short_name, 'kind', NEW.kind, 'reports_annually', NEW.reports_annually, 'address', NEW.address, 'notes', NEW.notes));
END;

CREATE TRIGGER agency_log_update AFTER UPDATE ON agency
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'agency', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'name', OLD.name, 'short_name', OLD.short_name, 'kind', OLD.kind, 'reports_annually', OLD.reports_annually, 'address', OLD.address, 'notes', OLD.notes),
          json_object ('id', NEW.id, 'name', NEW.name, 'short_name', NEW.short_name, 'kind', NEW.kind, 'reports_annually', NEW.reports_annually, 'address', NEW.address, 'notes', NEW.notes));
END;

CREATE TRIGGER agency_log_delete AFTER DELETE ON agency
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'agency', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'name', OLD.name, 'short_name', OLD.short_name, 'kind', OLD.kind, 'reports_annually', OLD.reports_annually, 'address', OLD.address, 'notes', OLD.notes),
          NULL);
END;

CREATE TRIGGER plan_task_log_insert AFTER INSERT ON plan_task
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan_task', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'plan_id', NEW.plan_id, 'code', NEW.code, 'section', NEW.section, 'task', NEW.task, 'content', NEW.content, 'expected_result', NEW.expected_result, 'timing', NEW.timing, 'position', NEW.position));
END;

CREATE TRIGGER plan_task_log_update AFTER UPDATE ON plan_task
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan_task', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'plan_id', OLD.plan_id, 'code', OLD.code, 'section', OLD.section, 'task', OLD.task, 'content', OLD.content, 'expected_result', OLD.expected_result, 'timing', OLD.timing, 'position', OLD.position),
          json_object ('id', NEW.id, 'plan_id', NEW.plan_id, 'code', NEW.code, 'section', NEW.section, 'task', NEW.task, 'content', NEW.content, 'expected_result', NEW.expected_result, 'timing', NEW.timing, 'position', NEW.position));
END;

CREATE TRIGGER plan_task_log_delete AFTER DELETE ON plan_task
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan_task', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'plan_id', OLD.plan_id, 'code', OLD.code, 'section', OLD.section, 'task', OLD.task, 'content', OLD.content, 'expected_result', OLD.expected_result, 'timing', OLD.timing, 'position', OLD.position),
          NULL);
END;

CREATE TRIGGER plan_task_agency_log_insert AFTER INSERT ON plan_task_agency
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan_task_agency', NEW.rowid, 'insert',
          NULL,
          json_object ('task_id', NEW.task_id, 'agency_id', NEW.agency_id, 'role', NEW.role));
END;

CREATE TRIGGER plan_task_agency_log_update AFTER UPDATE ON plan_task_agency
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan_task_agency', NEW.rowid, 'update',
          json_object ('task_id', OLD.task_id, 'agency_id', OLD.agency_id, 'role', OLD.role),
          json_object ('task_id', NEW.task_id, 'agency_id', NEW.agency_id, 'role', NEW.role));
END;

CREATE TRIGGER plan_task_agency_log_delete AFTER DELETE ON plan_task_agency
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan_task_agency', OLD.rowid, 'delete',
          json_object ('task_id', OLD.task_id, 'agency_id', OLD.agency_id, 'role', OLD.role),
          NULL);
END;

CREATE TRIGGER plan_task_progress_log_insert AFTER INSERT ON plan_task_progress
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan_task_progress', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'task_id', NEW.task_id, 'year', NEW.year, 'status', NEW.status, 'note', NEW.note));
END;

CREATE TRIGGER plan_task_progress_log_update AFTER UPDATE ON plan_task_progress
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan_task_progress', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'task_id', OLD.task_id, 'year', OLD.year, 'status', OLD.status, 'note', OLD.note),
          json_object ('id', NEW.id, 'task_id', NEW.task_id, 'year', NEW.year, 'status', NEW.status, 'note', NEW.note));
END;

CREATE TRIGGER plan_task_progress_log_delete AFTER DELETE ON plan_task_progress
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'plan_task_progress', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'task_id', OLD.task_id, 'year', OLD.year, 'status', OLD.status, 'note', OLD.note),
          NULL);
END;

CREATE TRIGGER admin_unit_log_insert AFTER INSERT ON admin_unit
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'admin_unit', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'name', NEW.name, 'kind', NEW.kind, 'level', NEW.level, 'parent_id', NEW.parent_id, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to));
END;

CREATE TRIGGER admin_unit_log_update AFTER UPDATE ON admin_unit
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'admin_unit', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'name', OLD.name, 'kind', OLD.kind, 'level', OLD.level, 'parent_id', OLD.parent_id, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to),
          json_object ('id', NEW.id, 'name', NEW.name, 'kind', NEW.kind, 'level', NEW.level, 'parent_id', NEW.parent_id, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to));
END;

CREATE TRIGGER admin_unit_log_delete AFTER DELETE ON admin_unit
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'admin_unit', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'name', OLD.name, 'kind', OLD.kind, 'level', OLD.level, 'parent_id', OLD.parent_id, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to),
          NULL);
END;

CREATE TRIGGER sector_log_insert AFTER INSERT ON sector
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'sector', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'name', NEW.name, 'priority', NEW.priority, 'product_unit', NEW.product_unit));
END;

CREATE TRIGGER sector_log_update AFTER UPDATE ON sector
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'sector', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'name', OLD.name, 'priority', OLD.priority, 'product_unit', OLD.product_unit),
          json_object ('id', NEW.id, 'name', NEW.name, 'priority', NEW.priority, 'product_unit', NEW.product_unit));
END;

CREATE TRIGGER sector_log_delete AFTER DELETE ON sector
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'sector', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'name', OLD.name, 'priority', OLD.priority, 'product_unit', OLD.product_unit),
          NULL);
END;

CREATE TRIGGER resource_log_insert AFTER INSERT ON resource
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'resource', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'name', NEW.name, 'category', NEW.category, 'unit', NEW.unit, 'toe_factor', NEW.toe_factor, 'position', NEW.position));
END;

CREATE TRIGGER resource_log_update AFTER UPDATE ON resource
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'resource', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'name', OLD.name, 'category', OLD.category, 'unit', OLD.unit, 'toe_factor', OLD.toe_factor, 'position', OLD.position),
          json_object ('id', NEW.id, 'name', NEW.name, 'category', NEW.category, 'unit', NEW.unit, 'toe_factor', NEW.toe_factor, 'position', NEW.position));
END;

CREATE TRIGGER resource_log_delete AFTER DELETE ON resource
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'resource', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'name', OLD.name, 'category', OLD.category, 'unit', OLD.unit, 'toe_factor', OLD.toe_factor, 'position', OLD.position),
          NULL);
END;

CREATE TRIGGER facility_log_insert AFTER INSERT ON facility
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'facility', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'tax_code', NEW.tax_code, 'name', NEW.name, 'name_key', NEW.name_key, 'address', NEW.address, 'admin_unit_id', NEW.admin_unit_id, 'zone', NEW.zone, 'sector_id', NEW.sector_id, 'main_products', NEW.main_products, 'technology_status', NEW.technology_status, 'size_class', NEW.size_class, 'size_manual', NEW.size_manual, 'employees', NEW.employees, 'revenue', NEW.revenue, 'capital', NEW.capital, 'cp_potential', NEW.cp_potential, 'first_year', NEW.first_year, 'last_year', NEW.last_year, 'contact_person', NEW.contact_person, 'phone', NEW.phone, 'email', NEW.email, 'notes', NEW.notes, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
END;

CREATE TRIGGER facility_log_update AFTER UPDATE ON facility
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'facility', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'tax_code', OLD.tax_code, 'name', OLD.name, 'name_key', OLD.name_key, 'address', OLD.address, 'admin_unit_id', OLD.admin_unit_id, 'zone', OLD.zone, 'sector_id', OLD.sector_id, 'main_products', OLD.main_products, 'technology_status', OLD.technology_status, 'size_class', OLD.size_class, 'size_manual', OLD.size_manual, 'employees', OLD.employees, 'revenue', OLD.revenue, 'capital', OLD.capital, 'cp_potential', OLD.cp_potential, 'first_year', OLD.first_year, 'last_year', OLD.last_year, 'contact_person', OLD.contact_person, 'phone', OLD.phone, 'email', OLD.email, 'notes', OLD.notes, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at),
          json_object ('id', NEW.id, 'tax_code', NEW.tax_code, 'name', NEW.name, 'name_key', NEW.name_key, 'address', NEW.address, 'admin_unit_id', NEW.admin_unit_id, 'zone', NEW.zone, 'sector_id', NEW.sector_id, 'main_products', NEW.main_products, 'technology_status', NEW.technology_status, 'size_class', NEW.size_class, 'size_manual', NEW.size_manual, 'employees', NEW.employees, 'revenue', NEW.revenue, 'capital', NEW.capital, 'cp_potential', NEW.cp_potential, 'first_year', NEW.first_year, 'last_year', NEW.last_year, 'contact_person', NEW.contact_person, 'phone', NEW.phone, 'email', NEW.email, 'notes', NEW.notes, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
END;

CREATE TRIGGER facility_log_delete AFTER DELETE ON facility
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'facility', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'tax_code', OLD.tax_code, 'name', OLD.name, 'name_key', OLD.name_key, 'address', OLD.address, 'admin_unit_id', OLD.admin_unit_id, 'zone', OLD.zone, 'sector_id', OLD.sector_id, 'main_products', OLD.main_products, 'technology_status', OLD.technology_status, 'size_class', OLD.size_class, 'size_manual', OLD.size_manual, 'employees', OLD.employees, 'revenue', OLD.revenue, 'capital', OLD.capital, 'cp_potential', OLD.cp_potential, 'first_year', OLD.first_year, 'last_year', OLD.last_year, 'contact_person', OLD.contact_person, 'phone', OLD.phone, 'email', OLD.email, 'notes', OLD.notes, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at),
          NULL);
END;

CREATE TRIGGER facility_year_log_insert AFTER INSERT ON facility_year
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'facility_year', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'facility_id', NEW.facility_id, 'year', NEW.year, 'informed', NEW.informed, 'applying', NEW.applying, 'dedicated_unit', NEW.dedicated_unit, 'output', NEW.output, 'output_unit', NEW.output_unit, 'is_baseline', NEW.is_baseline, 'report_received', NEW.report_received, 'report_returned', NEW.report_returned, 'report_note', NEW.report_note, 'notes', NEW.notes));
END;

CREATE TRIGGER facility_year_log_update AFTER UPDATE ON facility_year
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'facility_year', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'facility_id', OLD.facility_id, 'year', OLD.year, 'informed', OLD.informed, 'applying', OLD.applying, 'dedicated_unit', OLD.dedicated_unit, 'output', OLD.output, 'output_unit', OLD.output_unit, 'is_baseline', OLD.is_baseline, 'report_received', OLD.report_received, 'report_returned', OLD.report_returned, 'report_note', OLD.report_note, 'notes', OLD.notes),
          json_object ('id', NEW.id, 'facility_id', NEW.facility_id, 'year', NEW.year, 'informed', NEW.informed, 'applying', NEW.applying, 'dedicated_unit', NEW.dedicated_unit, 'output', NEW.output, 'output_unit', NEW.output_unit, 'is_baseline', NEW.is_baseline, 'report_received', NEW.report_received, 'report_returned', NEW.report_returned, 'report_note', NEW.report_note, 'notes', NEW.notes));
END;

CREATE TRIGGER facility_year_log_delete AFTER DELETE ON facility_year
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'facility_year', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'facility_id', OLD.facility_id, 'year', OLD.year, 'informed', OLD.informed, 'applying', OLD.applying, 'dedicated_unit', OLD.dedicated_unit, 'output', OLD.output, 'output_unit', OLD.output_unit, 'is_baseline', OLD.is_baseline, 'report_received', OLD.report_received, 'report_returned', OLD.report_returned, 'report_note', OLD.report_note, 'notes', OLD.notes),
          NULL);
END;

CREATE TRIGGER consumption_log_insert AFTER INSERT ON consumption
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'consumption', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'facility_id', NEW.facility_id, 'year', NEW.year, 'resource_id', NEW.resource_id, 'quantity', NEW.quantity));
END;

CREATE TRIGGER consumption_log_update AFTER UPDATE ON consumption
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'consumption', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'facility_id', OLD.facility_id, 'year', OLD.year, 'resource_id', OLD.resource_id, 'quantity', OLD.quantity),
          json_object ('id', NEW.id, 'facility_id', NEW.facility_id, 'year', NEW.year, 'resource_id', NEW.resource_id, 'quantity', NEW.quantity));
END;

CREATE TRIGGER consumption_log_delete AFTER DELETE ON consumption
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'consumption', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'facility_id', OLD.facility_id, 'year', OLD.year, 'resource_id', OLD.resource_id, 'quantity', OLD.quantity),
          NULL);
END;

CREATE TRIGGER event_log_insert AFTER INSERT ON event
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'event', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'kind', NEW.kind, 'title', NEW.title, 'date', NEW.date, 'place', NEW.place, 'organiser', NEW.organiser, 'participants', NEW.participants, 'quantity', NEW.quantity, 'cost', NEW.cost, 'funding_source', NEW.funding_source, 'plan_task_id', NEW.plan_task_id, 'notes', NEW.notes));
END;

CREATE TRIGGER event_log_update AFTER UPDATE ON event
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'event', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'kind', OLD.kind, 'title', OLD.title, 'date', OLD.date, 'place', OLD.place, 'organiser', OLD.organiser, 'participants', OLD.participants, 'quantity', OLD.quantity, 'cost', OLD.cost, 'funding_source', OLD.funding_source, 'plan_task_id', OLD.plan_task_id, 'notes', OLD.notes),
          json_object ('id', NEW.id, 'kind', NEW.kind, 'title', NEW.title, 'date', NEW.date, 'place', NEW.place, 'organiser', NEW.organiser, 'participants', NEW.participants, 'quantity', NEW.quantity, 'cost', NEW.cost, 'funding_source', NEW.funding_source, 'plan_task_id', NEW.plan_task_id, 'notes', NEW.notes));
END;

CREATE TRIGGER event_log_delete AFTER DELETE ON event
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'event', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'kind', OLD.kind, 'title', OLD.title, 'date', OLD.date, 'place', OLD.place, 'organiser', OLD.organiser, 'participants', OLD.participants, 'quantity', OLD.quantity, 'cost', OLD.cost, 'funding_source', OLD.funding_source, 'plan_task_id', OLD.plan_task_id, 'notes', OLD.notes),
          NULL);
END;

CREATE TRIGGER event_facility_log_insert AFTER INSERT ON event_facility
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'event_facility', NEW.rowid, 'insert',
          NULL,
          json_object ('event_id', NEW.event_id, 'facility_id', NEW.facility_id));
END;

CREATE TRIGGER event_facility_log_update AFTER UPDATE ON event_facility
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'event_facility', NEW.rowid, 'update',
          json_object ('event_id', OLD.event_id, 'facility_id', OLD.facility_id),
          json_object ('event_id', NEW.event_id, 'facility_id', NEW.facility_id));
END;

CREATE TRIGGER event_facility_log_delete AFTER DELETE ON event_facility
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'event_facility', OLD.rowid, 'delete',
          json_object ('event_id', OLD.event_id, 'facility_id', OLD.facility_id),
          NULL);
END;

CREATE TRIGGER support_log_insert AFTER INSERT ON support
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'support', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'facility_id', NEW.facility_id, 'kind', NEW.kind, 'year', NEW.year, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'consultant', NEW.consultant, 'total_cost', NEW.total_cost, 'consultancy_cost', NEW.consultancy_cost, 'state_support', NEW.state_support, 'funding_source', NEW.funding_source, 'status', NEW.status, 'results', NEW.results, 'notes', NEW.notes));
END;

CREATE TRIGGER support_log_update AFTER UPDATE ON support
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'support', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'facility_id', OLD.facility_id, 'kind', OLD.kind, 'year', OLD.year, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'consultant', OLD.consultant, 'total_cost', OLD.total_cost, 'consultancy_cost', OLD.consultancy_cost, 'state_support', OLD.state_support, 'funding_source', OLD.funding_source, 'status', OLD.status, 'results', OLD.results, 'notes', OLD.notes),
          json_object ('id', NEW.id, 'facility_id', NEW.facility_id, 'kind', NEW.kind, 'year', NEW.year, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'consultant', NEW.consultant, 'total_cost', NEW.total_cost, 'consultancy_cost', NEW.consultancy_cost, 'state_support', NEW.state_support, 'funding_source', NEW.funding_source, 'status', NEW.status, 'results', NEW.results, 'notes', NEW.notes));
END;

CREATE TRIGGER support_log_delete AFTER DELETE ON support
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'support', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'facility_id', OLD.facility_id, 'kind', OLD.kind, 'year', OLD.year, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'consultant', OLD.consultant, 'total_cost', OLD.total_cost, 'consultancy_cost', OLD.consultancy_cost, 'state_support', OLD.state_support, 'funding_source', OLD.funding_source, 'status', OLD.status, 'results', OLD.results, 'notes', OLD.notes),
          NULL);
END;

CREATE TRIGGER cp_option_log_insert AFTER INSERT ON cp_option
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'cp_option', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'support_id', NEW.support_id, 'technique', NEW.technique, 'description', NEW.description, 'investment', NEW.investment, 'saving_vnd', NEW.saving_vnd, 'saving_energy_toe', NEW.saving_energy_toe, 'saving_water_m3', NEW.saving_water_m3, 'saving_material_t', NEW.saving_material_t, 'decision', NEW.decision, 'implemented', NEW.implemented));
END;

CREATE TRIGGER cp_option_log_update AFTER UPDATE ON cp_option
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'cp_option', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'support_id', OLD.support_id, 'technique', OLD.technique, 'description', OLD.description, 'investment', OLD.investment, 'saving_vnd', OLD.saving_vnd, 'saving_energy_toe', OLD.saving_energy_toe, 'saving_water_m3', OLD.saving_water_m3, 'saving_material_t', OLD.saving_material_t, 'decision', OLD.decision, 'implemented', OLD.implemented),
          json_object ('id', NEW.id, 'support_id', NEW.support_id, 'technique', NEW.technique, 'description', NEW.description, 'investment', NEW.investment, 'saving_vnd', NEW.saving_vnd, 'saving_energy_toe', NEW.saving_energy_toe, 'saving_water_m3', NEW.saving_water_m3, 'saving_material_t', NEW.saving_material_t, 'decision', NEW.decision, 'implemented', NEW.implemented));
END;

CREATE TRIGGER cp_option_log_delete AFTER DELETE ON cp_option
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'cp_option', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'support_id', OLD.support_id, 'technique', OLD.technique, 'description', OLD.description, 'investment', OLD.investment, 'saving_vnd', OLD.saving_vnd, 'saving_energy_toe', OLD.saving_energy_toe, 'saving_water_m3', OLD.saving_water_m3, 'saving_material_t', OLD.saving_material_t, 'decision', OLD.decision, 'implemented', OLD.implemented),
          NULL);
END;

CREATE TRIGGER certificate_log_insert AFTER INSERT ON certificate
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'certificate', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'number', NEW.number, 'year', NEW.year, 'seq', NEW.seq, 'facility_id', NEW.facility_id, 'issue_date', NEW.issue_date, 'signer', NEW.signer, 'benefits', NEW.benefits, 'support_id', NEW.support_id, 'status', NEW.status, 'revoked_on', NEW.revoked_on, 'revoke_reason', NEW.revoke_reason));
END;

CREATE TRIGGER certificate_log_update AFTER UPDATE ON certificate
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'certificate', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'number', OLD.number, 'year', OLD.year, 'seq', OLD.seq, 'facility_id', OLD.facility_id, 'issue_date', OLD.issue_date, 'signer', OLD.signer, 'benefits', OLD.benefits, 'support_id', OLD.support_id, 'status', OLD.status, 'revoked_on', OLD.revoked_on, 'revoke_reason', OLD.revoke_reason),
          json_object ('id', NEW.id, 'number', NEW.number, 'year', NEW.year, 'seq', NEW.seq, 'facility_id', NEW.facility_id, 'issue_date', NEW.issue_date, 'signer', NEW.signer, 'benefits', NEW.benefits, 'support_id', NEW.support_id, 'status', NEW.status, 'revoked_on', NEW.revoked_on, 'revoke_reason', NEW.revoke_reason));
END;

CREATE TRIGGER certificate_log_delete AFTER DELETE ON certificate
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'certificate', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'number', OLD.number, 'year', OLD.year, 'seq', OLD.seq, 'facility_id', OLD.facility_id, 'issue_date', OLD.issue_date, 'signer', OLD.signer, 'benefits', OLD.benefits, 'support_id', OLD.support_id, 'status', OLD.status, 'revoked_on', OLD.revoked_on, 'revoke_reason', OLD.revoke_reason),
          NULL);
END;

CREATE TRIGGER funding_log_insert AFTER INSERT ON funding
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'funding', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'year', NEW.year, 'source', NEW.source, 'plan_task_id', NEW.plan_task_id, 'planned', NEW.planned, 'disbursed', NEW.disbursed, 'notes', NEW.notes));
END;

CREATE TRIGGER funding_log_update AFTER UPDATE ON funding
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'funding', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'year', OLD.year, 'source', OLD.source, 'plan_task_id', OLD.plan_task_id, 'planned', OLD.planned, 'disbursed', OLD.disbursed, 'notes', OLD.notes),
          json_object ('id', NEW.id, 'year', NEW.year, 'source', NEW.source, 'plan_task_id', NEW.plan_task_id, 'planned', NEW.planned, 'disbursed', NEW.disbursed, 'notes', NEW.notes));
END;

CREATE TRIGGER funding_log_delete AFTER DELETE ON funding
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'funding', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'year', OLD.year, 'source', OLD.source, 'plan_task_id', OLD.plan_task_id, 'planned', OLD.planned, 'disbursed', OLD.disbursed, 'notes', OLD.notes),
          NULL);
END;

CREATE TRIGGER agency_report_log_insert AFTER INSERT ON agency_report
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'agency_report', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'agency_id', NEW.agency_id, 'year', NEW.year, 'due_date', NEW.due_date, 'received_on', NEW.received_on, 'returned_on', NEW.returned_on, 'summary', NEW.summary, 'proposals', NEW.proposals, 'note', NEW.note));
END;

CREATE TRIGGER agency_report_log_update AFTER UPDATE ON agency_report
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'agency_report', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'agency_id', OLD.agency_id, 'year', OLD.year, 'due_date', OLD.due_date, 'received_on', OLD.received_on, 'returned_on', OLD.returned_on, 'summary', OLD.summary, 'proposals', OLD.proposals, 'note', OLD.note),
          json_object ('id', NEW.id, 'agency_id', NEW.agency_id, 'year', NEW.year, 'due_date', NEW.due_date, 'received_on', NEW.received_on, 'returned_on', NEW.returned_on, 'summary', NEW.summary, 'proposals', NEW.proposals, 'note', NEW.note));
END;

CREATE TRIGGER agency_report_log_delete AFTER DELETE ON agency_report
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'agency_report', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'agency_id', OLD.agency_id, 'year', OLD.year, 'due_date', OLD.due_date, 'received_on', OLD.received_on, 'returned_on', OLD.returned_on, 'summary', OLD.summary, 'proposals', OLD.proposals, 'note', OLD.note),
          NULL);
END;

CREATE TRIGGER report_text_log_insert AFTER INSERT ON report_text
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'report_text', NEW.rowid, 'insert',
          NULL,
          json_object ('year', NEW.year, 'section', NEW.section, 'body', NEW.body));
END;

CREATE TRIGGER report_text_log_update AFTER UPDATE ON report_text
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'report_text', NEW.rowid, 'update',
          json_object ('year', OLD.year, 'section', OLD.section, 'body', OLD.body),
          json_object ('year', NEW.year, 'section', NEW.section, 'body', NEW.body));
END;

CREATE TRIGGER report_text_log_delete AFTER DELETE ON report_text
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'report_text', OLD.rowid, 'delete',
          json_object ('year', OLD.year, 'section', OLD.section, 'body', OLD.body),
          NULL);
END;

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: ids are never reused (AUTOINCREMENT).  Without it SQLite
-- hands the id of a deleted newest row to the next insert, and undoing the
-- deletion would then collide with an unrelated row.  SQLite cannot add
-- AUTOINCREMENT to a table, so each table is rebuilt: created anew, filled,
-- the old one dropped and the new one renamed, with its indexes and change-log
-- triggers.  The migration runs with foreign keys off and checks them before
-- it commits.  The change log itself is never deleted from and stays as it is.

-- plan
CREATE TABLE sxsh_new_plan (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  code        TEXT NOT NULL UNIQUE,
  title       TEXT NOT NULL,
  issuer      TEXT NOT NULL DEFAULT '',
  issued_on   TEXT,
  first_year  INTEGER NOT NULL,
  last_year   INTEGER NOT NULL,
  notes       TEXT NOT NULL DEFAULT '',
  CHECK (first_year BETWEEN 1990 AND 2100),
  CHECK (last_year >= first_year AND last_year <= 2100)
);
INSERT INTO sxsh_new_plan (id, code, title, issuer, issued_on, first_year, last_year, notes) SELECT id, code, title, issuer, issued_on, first_year, last_year, notes FROM plan;
DROP TABLE plan;
ALTER TABLE sxsh_new_plan RENAME TO plan;
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

-- plan_target
CREATE TABLE sxsh_new_plan_target (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_id       INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  indicator_key TEXT NOT NULL,
  target_pct    REAL NOT NULL CHECK (target_pct >= 0 AND target_pct <= 100),
  band_low_pct  REAL CHECK (band_low_pct IS NULL OR band_low_pct >= 0),
  band_high_pct REAL CHECK (band_high_pct IS NULL OR band_high_pct >= band_low_pct),
  size_classes  TEXT NOT NULL DEFAULT '',
  UNIQUE (plan_id, indicator_key)
);
INSERT INTO sxsh_new_plan_target (id, plan_id, indicator_key, target_pct, band_low_pct, band_high_pct, size_classes) SELECT id, plan_id, indicator_key, target_pct, band_low_pct, band_high_pct, size_classes FROM plan_target;
DROP TABLE plan_target;
ALTER TABLE sxsh_new_plan_target RENAME TO plan_target;
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

-- plan_quota
CREATE TABLE sxsh_new_plan_quota (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_id   INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  quota_key TEXT NOT NULL,
  min_count INTEGER NOT NULL CHECK (min_count >= 0),
  max_count INTEGER CHECK (max_count IS NULL OR max_count >= min_count),
  UNIQUE (plan_id, quota_key)
);
INSERT INTO sxsh_new_plan_quota (id, plan_id, quota_key, min_count, max_count) SELECT id, plan_id, quota_key, min_count, max_count FROM plan_quota;
DROP TABLE plan_quota;
ALTER TABLE sxsh_new_plan_quota RENAME TO plan_quota;
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

-- agency
CREATE TABLE sxsh_new_agency (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name             TEXT NOT NULL UNIQUE,
  short_name       TEXT NOT NULL DEFAULT '',
  kind             TEXT NOT NULL DEFAULT 'department'
                   CHECK (kind IN ('department', 'people_committee', 'ministry', 'media',
                                   'zone_board', 'district', 'consultant', 'other')),
  reports_annually INTEGER NOT NULL DEFAULT 0 CHECK (reports_annually IN (0, 1)),
  address          TEXT NOT NULL DEFAULT '',
  notes            TEXT NOT NULL DEFAULT ''
, valid_to TEXT);
INSERT INTO sxsh_new_agency (id, name, short_name, kind, reports_annually, address, notes, valid_to) SELECT id, name, short_name, kind, reports_annually, address, notes, valid_to FROM agency;
DROP TABLE agency;
ALTER TABLE sxsh_new_agency RENAME TO agency;
CREATE TRIGGER agency_log_insert AFTER INSERT ON agency
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'agency', NEW.rowid, 'insert',
          NULL,
          json_object ('id', NEW.id, 'name', NEW.name, 'short_name', NEW.short_name, 'kind', NEW.kind, 'reports_annually', NEW.reports_annually, 'address', NEW.address, 'notes', NEW.notes, 'valid_to', NEW.valid_to));
END;
CREATE TRIGGER agency_log_update AFTER UPDATE ON agency
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'agency', NEW.rowid, 'update',
          json_object ('id', OLD.id, 'name', OLD.name, 'short_name', OLD.short_name, 'kind', OLD.kind, 'reports_annually', OLD.reports_annually, 'address', OLD.address, 'notes', OLD.notes, 'valid_to', OLD.valid_to),
          json_object ('id', NEW.id, 'name', NEW.name, 'short_name', NEW.short_name, 'kind', NEW.kind, 'reports_annually', NEW.reports_annually, 'address', NEW.address, 'notes', NEW.notes, 'valid_to', NEW.valid_to));
END;
CREATE TRIGGER agency_log_delete AFTER DELETE ON agency
  WHEN (SELECT logging FROM actor WHERE id = 1) = 1
BEGIN
  INSERT INTO change_log (who, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT name FROM actor WHERE id = 1), 'agency', OLD.rowid, 'delete',
          json_object ('id', OLD.id, 'name', OLD.name, 'short_name', OLD.short_name, 'kind', OLD.kind, 'reports_annually', OLD.reports_annually, 'address', OLD.address, 'notes', OLD.notes, 'valid_to', OLD.valid_to),
          NULL);
END;

-- plan_task
CREATE TABLE sxsh_new_plan_task (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_id         INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  code            TEXT NOT NULL,
  section         TEXT NOT NULL DEFAULT '',
  task            TEXT NOT NULL,
  content         TEXT NOT NULL DEFAULT '',
  expected_result TEXT NOT NULL DEFAULT '',
  timing          TEXT NOT NULL DEFAULT '',
  position        INTEGER NOT NULL DEFAULT 0,
  UNIQUE (plan_id, code)
);
INSERT INTO sxsh_new_plan_task (id, plan_id, code, section, task, content, expected_result, timing, position) SELECT id, plan_id, code, section, task, content, expected_result, timing, position FROM plan_task;
DROP TABLE plan_task;
ALTER TABLE sxsh_new_plan_task RENAME TO plan_task;
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

-- plan_task_progress
CREATE TABLE sxsh_new_plan_task_progress (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  task_id INTEGER NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
  year    INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  status  TEXT NOT NULL DEFAULT 'not_started'
          CHECK (status IN ('not_started', 'in_progress', 'done', 'postponed')),
  note    TEXT NOT NULL DEFAULT '',
  UNIQUE (task_id, year)
);
INSERT INTO sxsh_new_plan_task_progress (id, task_id, year, status, note) SELECT id, task_id, year, status, note FROM plan_task_progress;
DROP TABLE plan_task_progress;
ALTER TABLE sxsh_new_plan_task_progress RENAME TO plan_task_progress;
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

-- admin_unit
CREATE TABLE sxsh_new_admin_unit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL DEFAULT '',
  level      TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')),
  parent_id  INTEGER REFERENCES admin_unit (id) ON DELETE RESTRICT,
  valid_from TEXT,
  valid_to   TEXT,
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
INSERT INTO sxsh_new_admin_unit (id, name, kind, level, parent_id, valid_from, valid_to) SELECT id, name, kind, level, parent_id, valid_from, valid_to FROM admin_unit;
DROP TABLE admin_unit;
ALTER TABLE sxsh_new_admin_unit RENAME TO admin_unit;
CREATE INDEX admin_unit_parent ON admin_unit (parent_id);
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

-- sector
CREATE TABLE sxsh_new_sector (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name         TEXT NOT NULL UNIQUE,
  priority     INTEGER NOT NULL DEFAULT 0 CHECK (priority IN (0, 1)),
  product_unit TEXT NOT NULL DEFAULT ''
);
INSERT INTO sxsh_new_sector (id, name, priority, product_unit) SELECT id, name, priority, product_unit FROM sector;
DROP TABLE sector;
ALTER TABLE sxsh_new_sector RENAME TO sector;
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

-- resource
CREATE TABLE sxsh_new_resource (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name       TEXT NOT NULL UNIQUE,
  category   TEXT NOT NULL CHECK (category IN ('energy', 'material', 'water')),
  unit       TEXT NOT NULL,
  toe_factor REAL CHECK (toe_factor IS NULL OR toe_factor > 0),
  position   INTEGER NOT NULL DEFAULT 0,
  CHECK (category <> 'energy' OR toe_factor IS NOT NULL)
);
INSERT INTO sxsh_new_resource (id, name, category, unit, toe_factor, position) SELECT id, name, category, unit, toe_factor, position FROM resource;
DROP TABLE resource;
ALTER TABLE sxsh_new_resource RENAME TO resource;
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

-- facility
CREATE TABLE sxsh_new_facility (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  tax_code          TEXT UNIQUE
                    CHECK (tax_code IS NULL OR length (tax_code) = 10 OR length (tax_code) = 14),
  name              TEXT NOT NULL CHECK (length (trim (name)) > 0),
  name_key          TEXT NOT NULL DEFAULT '',
  address           TEXT NOT NULL DEFAULT '',
  admin_unit_id     INTEGER REFERENCES admin_unit (id) ON DELETE SET NULL,
  zone              TEXT NOT NULL DEFAULT '',
  sector_id         INTEGER REFERENCES sector (id) ON DELETE SET NULL,
  main_products     TEXT NOT NULL DEFAULT '',
  technology_status TEXT NOT NULL DEFAULT '',
  size_class        TEXT CHECK (size_class IS NULL OR
                                size_class IN ('micro', 'small', 'medium', 'large')),
  size_manual       INTEGER NOT NULL DEFAULT 0 CHECK (size_manual IN (0, 1)),
  employees         INTEGER CHECK (employees IS NULL OR employees >= 0),
  revenue           INTEGER CHECK (revenue IS NULL OR revenue >= 0),
  capital           INTEGER CHECK (capital IS NULL OR capital >= 0),
  cp_potential      INTEGER NOT NULL DEFAULT 1 CHECK (cp_potential IN (0, 1)),
  first_year        INTEGER CHECK (first_year IS NULL OR first_year BETWEEN 1900 AND 2100),
  last_year         INTEGER CHECK (last_year IS NULL OR last_year BETWEEN 1900 AND 2100),
  contact_person    TEXT NOT NULL DEFAULT '',
  phone             TEXT NOT NULL DEFAULT '',
  email             TEXT NOT NULL DEFAULT '',
  notes             TEXT NOT NULL DEFAULT '',
  created_at        TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at        TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CHECK (first_year IS NULL OR last_year IS NULL OR first_year <= last_year)
);
INSERT INTO sxsh_new_facility (id, tax_code, name, name_key, address, admin_unit_id, zone, sector_id, main_products, technology_status, size_class, size_manual, employees, revenue, capital, cp_potential, first_year, last_year, contact_person, phone, email, notes, created_at, updated_at) SELECT id, tax_code, name, name_key, address, admin_unit_id, zone, sector_id, main_products, technology_status, size_class, size_manual, employees, revenue, capital, cp_potential, first_year, last_year, contact_person, phone, email, notes, created_at, updated_at FROM facility;
DROP TABLE facility;
ALTER TABLE sxsh_new_facility RENAME TO facility;
CREATE INDEX facility_name_key ON facility (name_key);
CREATE INDEX facility_sector ON facility (sector_id);
CREATE INDEX facility_admin_unit ON facility (admin_unit_id);
CREATE INDEX facility_active ON facility (first_year, last_year);
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

-- facility_year
CREATE TABLE sxsh_new_facility_year (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  facility_id       INTEGER NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
  year              INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  informed          INTEGER NOT NULL DEFAULT 0 CHECK (informed IN (0, 1)),
  applying          INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1)),
  dedicated_unit    INTEGER NOT NULL DEFAULT 0 CHECK (dedicated_unit IN (0, 1)),
  output            REAL CHECK (output IS NULL OR output >= 0),
  output_unit       TEXT NOT NULL DEFAULT '',
  is_baseline       INTEGER NOT NULL DEFAULT 0 CHECK (is_baseline IN (0, 1)),
  report_received   TEXT,
  report_returned   TEXT,
  report_note       TEXT NOT NULL DEFAULT '',
  notes             TEXT NOT NULL DEFAULT '',
  UNIQUE (facility_id, year)
);
INSERT INTO sxsh_new_facility_year (id, facility_id, year, informed, applying, dedicated_unit, output, output_unit, is_baseline, report_received, report_returned, report_note, notes) SELECT id, facility_id, year, informed, applying, dedicated_unit, output, output_unit, is_baseline, report_received, report_returned, report_note, notes FROM facility_year;
DROP TABLE facility_year;
ALTER TABLE sxsh_new_facility_year RENAME TO facility_year;
CREATE INDEX facility_year_year ON facility_year (year, facility_id);
CREATE UNIQUE INDEX facility_year_one_baseline ON facility_year (facility_id)
  WHERE is_baseline = 1;
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

-- consumption
CREATE TABLE sxsh_new_consumption (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  facility_id INTEGER NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
  year        INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  resource_id INTEGER NOT NULL REFERENCES resource (id) ON DELETE RESTRICT,
  quantity    REAL NOT NULL CHECK (quantity >= 0),
  UNIQUE (facility_id, year, resource_id)
);
INSERT INTO sxsh_new_consumption (id, facility_id, year, resource_id, quantity) SELECT id, facility_id, year, resource_id, quantity FROM consumption;
DROP TABLE consumption;
ALTER TABLE sxsh_new_consumption RENAME TO consumption;
CREATE INDEX consumption_year ON consumption (year, facility_id);
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

-- event
CREATE TABLE sxsh_new_event (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind           TEXT NOT NULL
                 CHECK (kind IN ('workshop', 'training', 'tot', 'district_training',
                                 'conference', 'reportage', 'article', 'leaflet', 'handbook',
                                 'poster', 'broadcast')),
  title          TEXT NOT NULL CHECK (length (trim (title)) > 0),
  date           TEXT NOT NULL,
  place          TEXT NOT NULL DEFAULT '',
  organiser      TEXT NOT NULL DEFAULT '',
  participants   INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
  quantity       INTEGER NOT NULL DEFAULT 0 CHECK (quantity >= 0),
  cost           INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
  funding_source TEXT CHECK (funding_source IS NULL OR
                             funding_source IN ('central', 'local', 'other')),
  plan_task_id   INTEGER REFERENCES plan_task (id) ON DELETE SET NULL,
  notes          TEXT NOT NULL DEFAULT ''
);
INSERT INTO sxsh_new_event (id, kind, title, date, place, organiser, participants, quantity, cost, funding_source, plan_task_id, notes) SELECT id, kind, title, date, place, organiser, participants, quantity, cost, funding_source, plan_task_id, notes FROM event;
DROP TABLE event;
ALTER TABLE sxsh_new_event RENAME TO event;
CREATE INDEX event_date ON event (date);
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

-- support
CREATE TABLE sxsh_new_support (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  facility_id      INTEGER NOT NULL REFERENCES facility (id) ON DELETE RESTRICT,
  kind             TEXT NOT NULL
                   CHECK (kind IN ('quick_assessment', 'detailed_assessment', 'consultancy',
                                   'equipment', 'demo_model', 'pollution_treatment')),
  year             INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  start_date       TEXT,
  end_date         TEXT,
  consultant       TEXT NOT NULL DEFAULT '',
  total_cost       INTEGER NOT NULL DEFAULT 0 CHECK (total_cost >= 0),
  consultancy_cost INTEGER NOT NULL DEFAULT 0 CHECK (consultancy_cost >= 0),
  state_support    INTEGER NOT NULL DEFAULT 0 CHECK (state_support >= 0),
  funding_source   TEXT CHECK (funding_source IS NULL OR
                               funding_source IN ('central', 'local', 'other')),
  status           TEXT NOT NULL DEFAULT 'planned'
                   CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
  results          TEXT NOT NULL DEFAULT '',
  notes            TEXT NOT NULL DEFAULT '',
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
INSERT INTO sxsh_new_support (id, facility_id, kind, year, start_date, end_date, consultant, total_cost, consultancy_cost, state_support, funding_source, status, results, notes) SELECT id, facility_id, kind, year, start_date, end_date, consultant, total_cost, consultancy_cost, state_support, funding_source, status, results, notes FROM support;
DROP TABLE support;
ALTER TABLE sxsh_new_support RENAME TO support;
CREATE INDEX support_year ON support (year);
CREATE INDEX support_facility ON support (facility_id);
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

-- cp_option
CREATE TABLE sxsh_new_cp_option (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  support_id        INTEGER NOT NULL REFERENCES support (id) ON DELETE CASCADE,
  technique         TEXT NOT NULL
                    CHECK (technique IN ('housekeeping', 'input_substitution',
                                         'process_control', 'equipment_modification',
                                         'technology_change', 'onsite_recovery',
                                         'byproducts', 'product_modification')),
  description       TEXT NOT NULL CHECK (length (trim (description)) > 0),
  investment        INTEGER NOT NULL DEFAULT 0 CHECK (investment >= 0),
  saving_vnd        INTEGER NOT NULL DEFAULT 0 CHECK (saving_vnd >= 0),
  saving_energy_toe REAL NOT NULL DEFAULT 0 CHECK (saving_energy_toe >= 0),
  saving_water_m3   REAL NOT NULL DEFAULT 0 CHECK (saving_water_m3 >= 0),
  saving_material_t REAL NOT NULL DEFAULT 0 CHECK (saving_material_t >= 0),
  decision          TEXT NOT NULL DEFAULT 'study'
                    CHECK (decision IN ('implement', 'study', 'rejected')),
  implemented       INTEGER NOT NULL DEFAULT 0 CHECK (implemented IN (0, 1))
);
INSERT INTO sxsh_new_cp_option (id, support_id, technique, description, investment, saving_vnd, saving_energy_toe, saving_water_m3, saving_material_t, decision, implemented) SELECT id, support_id, technique, description, investment, saving_vnd, saving_energy_toe, saving_water_m3, saving_material_t, decision, implemented FROM cp_option;
DROP TABLE cp_option;
ALTER TABLE sxsh_new_cp_option RENAME TO cp_option;
CREATE INDEX cp_option_support ON cp_option (support_id);
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

-- certificate
CREATE TABLE sxsh_new_certificate (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  number        TEXT NOT NULL UNIQUE,
  year          INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  seq           INTEGER NOT NULL CHECK (seq > 0),
  facility_id   INTEGER NOT NULL REFERENCES facility (id) ON DELETE RESTRICT,
  issue_date    TEXT NOT NULL,
  signer        TEXT NOT NULL DEFAULT '',
  benefits      TEXT NOT NULL DEFAULT '',
  support_id    INTEGER REFERENCES support (id) ON DELETE SET NULL,
  status        TEXT NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'revoked')),
  revoked_on    TEXT,
  revoke_reason TEXT NOT NULL DEFAULT '',
  UNIQUE (year, seq)
);
INSERT INTO sxsh_new_certificate (id, number, year, seq, facility_id, issue_date, signer, benefits, support_id, status, revoked_on, revoke_reason) SELECT id, number, year, seq, facility_id, issue_date, signer, benefits, support_id, status, revoked_on, revoke_reason FROM certificate;
DROP TABLE certificate;
ALTER TABLE sxsh_new_certificate RENAME TO certificate;
CREATE INDEX certificate_facility ON certificate (facility_id);
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

-- funding
CREATE TABLE sxsh_new_funding (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  year         INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  source       TEXT NOT NULL CHECK (source IN ('central', 'local', 'other')),
  plan_task_id INTEGER REFERENCES plan_task (id) ON DELETE SET NULL,
  planned      INTEGER NOT NULL DEFAULT 0 CHECK (planned >= 0),
  disbursed    INTEGER NOT NULL DEFAULT 0 CHECK (disbursed >= 0),
  notes        TEXT NOT NULL DEFAULT '',
  UNIQUE (year, source, plan_task_id)
);
INSERT INTO sxsh_new_funding (id, year, source, plan_task_id, planned, disbursed, notes) SELECT id, year, source, plan_task_id, planned, disbursed, notes FROM funding;
DROP TABLE funding;
ALTER TABLE sxsh_new_funding RENAME TO funding;
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

-- agency_report
CREATE TABLE sxsh_new_agency_report (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  agency_id   INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
  year        INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  due_date    TEXT,
  received_on TEXT,
  returned_on TEXT,
  summary     TEXT NOT NULL DEFAULT '',
  proposals   TEXT NOT NULL DEFAULT '',
  note        TEXT NOT NULL DEFAULT '',
  UNIQUE (agency_id, year)
);
INSERT INTO sxsh_new_agency_report (id, agency_id, year, due_date, received_on, returned_on, summary, proposals, note) SELECT id, agency_id, year, due_date, received_on, returned_on, summary, proposals, note FROM agency_report;
DROP TABLE agency_report;
ALTER TABLE sxsh_new_agency_report RENAME TO agency_report;
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

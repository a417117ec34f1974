-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: every entity of the cleaner-production programme.
-- Money is integer VND, dates are ISO 8601 text (YYYY-MM-DD), booleans are 0/1.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT
);

-- Who is writing: one row, set by the program when it opens the database,
-- read by the change-log triggers.  "logging" = 0 switches the log off for
-- bulk loads of synthetic data.
CREATE TABLE actor (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  name    TEXT NOT NULL DEFAULT '',
  logging INTEGER NOT NULL DEFAULT 1 CHECK (logging IN (0, 1))
);
INSERT INTO actor (id, name, logging) VALUES (1, '', 1);

CREATE TABLE plan (
  id          INTEGER PRIMARY KEY,
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

-- indicator_key: informed | applying | applying_saving | dedicated_unit
-- size_classes: comma-separated size classes the population counts
-- ('' = every class), e.g. 'medium' or 'medium,large'.
CREATE TABLE plan_target (
  id            INTEGER PRIMARY KEY,
  plan_id       INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  indicator_key TEXT NOT NULL,
  target_pct    REAL NOT NULL CHECK (target_pct >= 0 AND target_pct <= 100),
  band_low_pct  REAL CHECK (band_low_pct IS NULL OR band_low_pct >= 0),
  band_high_pct REAL CHECK (band_high_pct IS NULL OR band_high_pct >= band_low_pct),
  size_classes  TEXT NOT NULL DEFAULT '',
  UNIQUE (plan_id, indicator_key)
);

-- Yearly quotas of the plan: support_facilities (2-3), demo_models (1-2), ...
CREATE TABLE plan_quota (
  id        INTEGER PRIMARY KEY,
  plan_id   INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  quota_key TEXT NOT NULL,
  min_count INTEGER NOT NULL CHECK (min_count >= 0),
  max_count INTEGER CHECK (max_count IS NULL OR max_count >= min_count),
  UNIQUE (plan_id, quota_key)
);

CREATE TABLE agency (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL UNIQUE,
  short_name       TEXT NOT NULL DEFAULT '',
  kind             TEXT NOT NULL DEFAULT 'department'
                   CHECK (kind IN ('department', 'people_committee', 'ministry', 'media',
                                   'zone_board', 'district', 'consultant', 'other')),
  reports_annually INTEGER NOT NULL DEFAULT 0 CHECK (reports_annually IN (0, 1)),
  address          TEXT NOT NULL DEFAULT '',
  notes            TEXT NOT NULL DEFAULT ''
);

CREATE TABLE plan_task (
  id              INTEGER PRIMARY KEY,
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

CREATE TABLE plan_task_agency (
  task_id   INTEGER NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
  agency_id INTEGER NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
  role      TEXT NOT NULL CHECK (role IN ('lead', 'partner')),
  PRIMARY KEY (task_id, agency_id)
);

CREATE TABLE plan_task_progress (
  id      INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
  year    INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  status  TEXT NOT NULL DEFAULT 'not_started'
          CHECK (status IN ('not_started', 'in_progress', 'done', 'postponed')),
  note    TEXT NOT NULL DEFAULT '',
  UNIQUE (task_id, year)
);

-- level: province | district | commune.  A unit is valid from valid_from
-- (inclusive) to valid_to (inclusive); NULL means open-ended.
CREATE TABLE admin_unit (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL DEFAULT '',
  level      TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')),
  parent_id  INTEGER REFERENCES admin_unit (id) ON DELETE RESTRICT,
  valid_from TEXT,
  valid_to   TEXT,
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX admin_unit_parent ON admin_unit (parent_id);

CREATE TABLE sector (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL UNIQUE,
  priority     INTEGER NOT NULL DEFAULT 0 CHECK (priority IN (0, 1)),
  product_unit TEXT NOT NULL DEFAULT ''
);

-- category: energy | material | water.  toe_factor: tonnes of oil
-- equivalent per unit, for energy carriers only.
CREATE TABLE resource (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  category   TEXT NOT NULL CHECK (category IN ('energy', 'material', 'water')),
  unit       TEXT NOT NULL,
  toe_factor REAL CHECK (toe_factor IS NULL OR toe_factor > 0),
  position   INTEGER NOT NULL DEFAULT 0,
  CHECK (category <> 'energy' OR toe_factor IS NOT NULL)
);

-- size_class: micro | small | medium | large; size_manual = 1 when the
-- officer set it by hand instead of deriving it (Decree 80/2021).
-- name_key is the folded name (lower case, no diacritics, đ -> d) used for
-- search; it is written by the store, never by the user.
CREATE TABLE facility (
  id                INTEGER PRIMARY KEY,
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
CREATE INDEX facility_name_key ON facility (name_key);
CREATE INDEX facility_sector ON facility (sector_id);
CREATE INDEX facility_admin_unit ON facility (admin_unit_id);
CREATE INDEX facility_active ON facility (first_year, last_year);

-- One row per facility and year in which something was recorded; statuses
-- carry forward to later years that have no row.
CREATE TABLE facility_year (
  id                INTEGER PRIMARY KEY,
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
CREATE INDEX facility_year_year ON facility_year (year, facility_id);
-- At most one baseline year per facility.
CREATE UNIQUE INDEX facility_year_one_baseline ON facility_year (facility_id)
  WHERE is_baseline = 1;

CREATE TABLE consumption (
  id          INTEGER PRIMARY KEY,
  facility_id INTEGER NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
  year        INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  resource_id INTEGER NOT NULL REFERENCES resource (id) ON DELETE RESTRICT,
  quantity    REAL NOT NULL CHECK (quantity >= 0),
  UNIQUE (facility_id, year, resource_id)
);
CREATE INDEX consumption_year ON consumption (year, facility_id);

-- kind: workshop | training | tot | district_training | conference |
--       reportage | article | leaflet | handbook | poster | broadcast
-- funding_source: central | local | other
CREATE TABLE event (
  id             INTEGER PRIMARY KEY,
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
CREATE INDEX event_date ON event (date);

CREATE TABLE event_facility (
  event_id    INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  facility_id INTEGER NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, facility_id)
);
CREATE INDEX event_facility_facility ON event_facility (facility_id);

-- kind: quick_assessment | detailed_assessment | consultancy | equipment |
--       demo_model | pollution_treatment
-- status: planned | in_progress | done | cancelled
CREATE TABLE support (
  id               INTEGER PRIMARY KEY,
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
CREATE INDEX support_year ON support (year);
CREATE INDEX support_facility ON support (facility_id);

-- technique: housekeeping | input_substitution | process_control |
--   equipment_modification | technology_change | onsite_recovery |
--   byproducts | product_modification
-- decision: implement | study | rejected
CREATE TABLE cp_option (
  id                INTEGER PRIMARY KEY,
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
CREATE INDEX cp_option_support ON cp_option (support_id);

CREATE TABLE certificate (
  id            INTEGER PRIMARY KEY,
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
CREATE INDEX certificate_facility ON certificate (facility_id);

CREATE TABLE funding (
  id           INTEGER PRIMARY KEY,
  year         INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  source       TEXT NOT NULL CHECK (source IN ('central', 'local', 'other')),
  plan_task_id INTEGER REFERENCES plan_task (id) ON DELETE SET NULL,
  planned      INTEGER NOT NULL DEFAULT 0 CHECK (planned >= 0),
  disbursed    INTEGER NOT NULL DEFAULT 0 CHECK (disbursed >= 0),
  notes        TEXT NOT NULL DEFAULT '',
  UNIQUE (year, source, plan_task_id)
);

CREATE TABLE agency_report (
  id          INTEGER PRIMARY KEY,
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

-- The officer's narrative of the annual report, one text per year and
-- section (assessment, difficulties, proposals, notes under tables...).
CREATE TABLE report_text (
  year    INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  section TEXT NOT NULL,
  body    TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (year, section)
);

-- Numbers handed out from a document series (reports, letters, certificates)
-- so that a number is never given twice.
CREATE TABLE document_number (
  series TEXT NOT NULL,
  year   INTEGER NOT NULL,
  last   INTEGER NOT NULL DEFAULT 0 CHECK (last >= 0),
  PRIMARY KEY (series, year)
);

CREATE TABLE change_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  who        TEXT NOT NULL DEFAULT '',
  table_name TEXT NOT NULL,
  row_id     INTEGER,
  action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  old_values TEXT,
  new_values TEXT
);
CREATE INDEX change_log_row ON change_log (table_name, row_id);

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: agencies end.  The district level was abolished on
-- 1/7/2025 (Resolution 202/2025/QH15); a district People's Committee is no
-- longer expected to report after its end date.

ALTER TABLE agency ADD COLUMN valid_to TEXT;

UPDATE agency SET valid_to = '2025-06-30' WHERE kind = 'district' AND valid_to IS NULL;

-- The change log records the new column too.
DROP TRIGGER agency_log_insert;
DROP TRIGGER agency_log_update;
DROP TRIGGER agency_log_delete;

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

-- Chairside schema 7: patient search reads only indexes. Each searchable column has a partial index over the
-- live patients that also holds the sort key (name, id), so the first page of a broad prefix ("Ra" on a
-- 100k-patient store) is found without reading thousands of table rows (see docs/performance.md).
DROP INDEX patients_name;
DROP INDEX patients_last_name;
DROP INDEX patients_email;
DROP INDEX patients_phone_prefix;
DROP INDEX patients_birth_date;
CREATE INDEX patients_live_by_name ON patients (name COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX patients_live_by_last_name ON patients (last_name COLLATE NOCASE, name COLLATE NOCASE, id)
    WHERE deleted_at IS NULL;
CREATE INDEX patients_live_by_phone ON patients (phone, name COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX patients_live_by_email ON patients (email COLLATE NOCASE, name COLLATE NOCASE, id)
    WHERE deleted_at IS NULL;
CREATE INDEX patients_live_by_birth_date ON patients (date_of_birth, name COLLATE NOCASE, id)
    WHERE deleted_at IS NULL;

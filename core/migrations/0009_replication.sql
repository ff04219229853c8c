-- Chairside schema 9: what replication between stations needs in the change log.
--
-- origin_seq numbers each station's own changes (1, 2, 3, ... per site_id). A change keeps its origin's
-- site_id and origin_seq on every station it travels to, so (site_id, origin_seq) names it everywhere: a
-- change that arrives twice is recognised, and a version vector (the highest origin_seq held per site) says
-- what a station has. seq stays this store's own order of arrival, which is what a peer's checkpoint counts.
-- The log is append-only (schema 1's trigger); numbering the existing rows is the one update it ever gets, so the
-- trigger is lifted for it and put back in the same transaction.
ALTER TABLE change_log ADD COLUMN origin_seq INTEGER;
DROP TRIGGER change_log_append_only_update;
UPDATE change_log SET origin_seq = numbered.n
FROM (SELECT seq, ROW_NUMBER() OVER (PARTITION BY site_id ORDER BY seq) AS n FROM change_log) AS numbered
WHERE numbered.seq = change_log.seq;
CREATE TRIGGER change_log_append_only_update BEFORE UPDATE ON change_log
BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
CREATE UNIQUE INDEX change_log_origin ON change_log (site_id, origin_seq);

-- Peers this station replicates with and how far it has read each one's log (CouchDB-style checkpoints: the
-- peer's own seq, committed in the same transaction as the changes it covers). Local to the station.
CREATE TABLE sync_checkpoints (
    peer_site_id TEXT PRIMARY KEY,
    peer_seq     INTEGER NOT NULL,
    updated_at   TEXT NOT NULL
);

-- Uniqueness across stations cannot be a constraint: two stations cut off from each other may both register
-- the same phone number, and the second row must still arrive (nothing is ever dropped by sync). The services
-- check these values before writing, as they did already for their error messages; duplicates that arise
-- while stations are apart are listed as sync conflicts for staff to resolve. The indexes stay, unconstrained,
-- for those checks.
DROP INDEX users_email;
CREATE INDEX users_email ON users (lower(email));
DROP INDEX users_username;
CREATE INDEX users_username ON users (lower(username)) WHERE username IS NOT NULL;
DROP INDEX patients_phone;
CREATE INDEX patients_phone ON patients (phone) WHERE phone IS NOT NULL AND deleted_at IS NULL;
DROP INDEX patients_insurance;
CREATE INDEX patients_insurance ON patients (insurance_number)
    WHERE insurance_number IS NOT NULL AND deleted_at IS NULL;
DROP INDEX doctors_license;
CREATE INDEX doctors_license ON doctors (license_number)
    WHERE license_number IS NOT NULL AND deleted_at IS NULL;
DROP INDEX doctors_email;
CREATE INDEX doctors_email ON doctors (lower(email)) WHERE email IS NOT NULL AND deleted_at IS NULL;
DROP INDEX mappings_pair;
CREATE INDEX mappings_pair ON patient_doctor_mappings (patient_id, doctor_id) WHERE deleted_at IS NULL;
DROP INDEX clinical_records_appointment;
CREATE INDEX clinical_records_appointment ON clinical_records (appointment_id) WHERE deleted_at IS NULL;

-- The appointments still to happen, for the sync conflict check (ConflictService), which reads all of them.
CREATE INDEX appointments_open ON appointments (start_at)
    WHERE deleted_at IS NULL AND status NOT IN ('completed', 'cancelled', 'no_show');

-- Chairside schema 14: seed 004's medical records {patient, appointment, notes} (seed-contracts 5.2, 6.9).
--
-- A medical record is a note a clinician wrote about one visit, so the chart shows it among the visit's notes
-- (RecordService). It is a row of its own rather than text in clinical_records.text_note: records made for the
-- same visit on two stations while apart are two inserts and both arrive (the reason schema 11 gave notes
-- their own rows). Unlike clinical_notes it can be edited and deleted through seed 004's API, so it is a plain
-- replicated table: an edit is last-writer-wins on its own fields and a delete is soft, like any other row.
-- The patient is not stored: it is the appointment's, so a record can never name a patient other than its
-- visit's, whatever two stations did to it apart.
CREATE TABLE medical_records (
    id             TEXT PRIMARY KEY,
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    notes          TEXT NOT NULL,
    created_by     TEXT REFERENCES users (id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT
);
CREATE INDEX medical_records_appointment ON medical_records (appointment_id, created_at);

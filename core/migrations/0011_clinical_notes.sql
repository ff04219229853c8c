-- Chairside schema 11: clinical notes as rows of their own (issue 5).
--
-- Notes used to be appended to clinical_records.text_note. Two stations adding a note to the same visit while
-- apart would then both rewrite that one field, and last-writer-wins would keep only one of the notes. A note is
-- now an insert of its own, so notes merge as a union: every note written anywhere arrives everywhere. They are
-- never changed or deleted (a correction is a further note), like the other append-only tables. Notes belong
-- to the appointment, not to a record row, so they stay together even when two stations each created a record
-- for the same visit. The record's text_note keeps the note it was created with (seed 000) and the notes added
-- before this schema.
CREATE TABLE clinical_notes (
    id             TEXT PRIMARY KEY,
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    kind           TEXT NOT NULL DEFAULT 'progress',
    text           TEXT NOT NULL,
    author_id      TEXT REFERENCES users (id),
    author_name    TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX clinical_notes_appointment ON clinical_notes (appointment_id, created_at, id);
CREATE TRIGGER clinical_notes_append_only_update BEFORE UPDATE ON clinical_notes
BEGIN SELECT RAISE(ABORT, 'clinical_notes is append-only'); END;
CREATE TRIGGER clinical_notes_append_only_delete BEFORE DELETE ON clinical_notes
BEGIN SELECT RAISE(ABORT, 'clinical_notes is append-only'); END;

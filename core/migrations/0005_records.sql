-- Chairside schema 5: clinical records per appointment, their images (files kept outside SQLite, named by
-- SHA-256) and AI draft readings of those images.

CREATE TABLE clinical_records (
    id             TEXT PRIMARY KEY,
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    text_note      TEXT,
    created_by     TEXT REFERENCES users (id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT
);
CREATE UNIQUE INDEX clinical_records_appointment ON clinical_records (appointment_id) WHERE deleted_at IS NULL;

CREATE TABLE record_images (
    id            TEXT PRIMARY KEY,
    record_id     TEXT NOT NULL REFERENCES clinical_records (id),
    sha256        TEXT NOT NULL,
    mime_type     TEXT NOT NULL,
    size_bytes    INTEGER NOT NULL,
    tooth_numbers TEXT, -- FDI two-digit numbers, comma separated ("36,37")
    position      INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE INDEX record_images_record ON record_images (record_id, position);
CREATE INDEX record_images_sha ON record_images (sha256);

-- status: pending (queued for the analyzer), draft (a reading awaiting a dentist), failed (no reading; text says
-- why), skipped (no analyzer configured), confirmed / rejected (a dentist decided).
CREATE TABLE ai_readings (
    id              TEXT PRIMARY KEY,
    image_id        TEXT NOT NULL REFERENCES record_images (id),
    status          TEXT NOT NULL CHECK (status IN ('pending', 'draft', 'failed', 'skipped', 'confirmed', 'rejected')),
    text            TEXT,
    model           TEXT,
    prompt_version  TEXT,
    attempts        INTEGER NOT NULL,
    next_attempt_at TEXT,
    last_error      TEXT,
    completed_at    TEXT,
    reviewed_by     TEXT REFERENCES users (id),
    reviewed_at     TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
);
CREATE INDEX ai_readings_image ON ai_readings (image_id);
CREATE INDEX ai_readings_pending ON ai_readings (status, next_attempt_at);

-- Chairside schema 1: station metadata, the change and audit logs, accounts, patients, doctors, mappings.
-- Replicated tables hold UUIDv7 text ids, UTC ISO-8601 times and a deleted_at for soft delete. They have no
-- column defaults besides NULL, so the change log alone can rebuild every row (sync relies on that).

-- Local to this station: never replicated.
CREATE TABLE station_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Append-only: one row per field-level change made through the write path (core/store/UnitOfWork).
CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id    TEXT NOT NULL,
    hlc        INTEGER NOT NULL,
    tx_id      TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    fields     TEXT NOT NULL,
    actor_id   TEXT,
    at         TEXT NOT NULL
);
CREATE INDEX change_log_row ON change_log (table_name, row_id);
CREATE INDEX change_log_site ON change_log (site_id, hlc);

-- Append-only: who did what, for the audit viewer.
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    at         TEXT NOT NULL,
    actor_id   TEXT,
    source     TEXT NOT NULL,
    action     TEXT NOT NULL,
    table_name TEXT,
    row_id     TEXT,
    detail     TEXT
);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);

CREATE TRIGGER change_log_append_only_update BEFORE UPDATE ON change_log
BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
CREATE TRIGGER change_log_append_only_delete BEFORE DELETE ON change_log
BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE users (
    id                   TEXT PRIMARY KEY,
    email                TEXT NOT NULL,
    username             TEXT,
    first_name           TEXT,
    last_name            TEXT,
    phone                TEXT,
    role                 TEXT NOT NULL CHECK (role IN ('patient', 'receptionist', 'dentist', 'admin')),
    password_hash        TEXT NOT NULL,
    password_changed_at  TEXT,
    is_active            INTEGER NOT NULL,
    email_verified_at    TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    deleted_at           TEXT
);
CREATE UNIQUE INDEX users_email ON users (lower(email));
CREATE UNIQUE INDEX users_username ON users (lower(username)) WHERE username IS NOT NULL;

CREATE TABLE patients (
    id                         TEXT PRIMARY KEY,
    owner_id                   TEXT REFERENCES users (id),
    user_id                    TEXT REFERENCES users (id),
    name                       TEXT,
    first_name                 TEXT,
    last_name                  TEXT,
    age                        INTEGER,
    date_of_birth              TEXT,
    gender                     TEXT,
    phone                      TEXT,
    email                      TEXT,
    address                    TEXT,
    condition                  TEXT,
    diagnosis                  TEXT,
    medical_history            TEXT,
    allergies                  TEXT,
    current_medications        TEXT,
    blood_type                 TEXT,
    emergency_contact          TEXT,
    emergency_contact_name     TEXT,
    emergency_contact_phone    TEXT,
    emergency_contact_relation TEXT,
    insurance_provider         TEXT,
    insurance_number           TEXT,
    notes                      TEXT,
    created_at                 TEXT NOT NULL,
    updated_at                 TEXT NOT NULL,
    deleted_at                 TEXT
);
CREATE INDEX patients_owner ON patients (owner_id);
CREATE INDEX patients_last_name ON patients (last_name COLLATE NOCASE);
CREATE INDEX patients_name ON patients (name COLLATE NOCASE);
CREATE UNIQUE INDEX patients_phone ON patients (phone) WHERE phone IS NOT NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX patients_insurance ON patients (insurance_number)
    WHERE insurance_number IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE doctors (
    id               TEXT PRIMARY KEY,
    user_id          TEXT REFERENCES users (id),
    name             TEXT NOT NULL,
    specialization   TEXT,
    email            TEXT,
    phone            TEXT,
    experience       INTEGER,
    license_number   TEXT,
    qualifications   TEXT,
    consultation_fee TEXT,
    is_approved      INTEGER,
    approved_at      TEXT,
    approval_notes   TEXT,
    available_from   TEXT,
    available_to     TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
);
CREATE UNIQUE INDEX doctors_license ON doctors (license_number)
    WHERE license_number IS NOT NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX doctors_email ON doctors (lower(email)) WHERE email IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX doctors_user ON doctors (user_id);

CREATE TABLE patient_doctor_mappings (
    id          TEXT PRIMARY KEY,
    patient_id  TEXT NOT NULL REFERENCES patients (id),
    doctor_id   TEXT NOT NULL REFERENCES doctors (id),
    assigned_by TEXT REFERENCES users (id),
    assigned_at TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE UNIQUE INDEX mappings_pair ON patient_doctor_mappings (patient_id, doctor_id) WHERE deleted_at IS NULL;
CREATE INDEX mappings_doctor ON patient_doctor_mappings (doctor_id);

-- Local: opaque tokens and issued JWT ids, stored as SHA-256 hashes, so a copied database leaks no usable token.
CREATE TABLE auth_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id),
    kind       TEXT NOT NULL CHECK (kind IN ('opaque', 'access', 'refresh')),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX auth_tokens_user ON auth_tokens (user_id);

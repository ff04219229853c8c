-- Chairside schema 13: the clinical and billing model behind seeds 002 and 003 (issue 6): medical documents,
-- prescriptions with their items, consultations with vital signs, notifications, payments and invoices.
--
-- Every table is replicated and follows the rules of the others: UUIDv7 ids, UTC ISO-8601 times, a deleted_at
-- for soft delete, no defaults other than NULL (the change log alone rebuilds a row). Enumerations are stored
-- as one lower-case code each; the API renders each seed's spelling. Money is a decimal string with two places
-- ("150.00"), never a float. Uniqueness (a payment's transaction id, an invoice number, one consultation per
-- appointment) is checked by the write path (store/UniqueRules), not by the schema, so rows made on two
-- stations while apart both arrive.

-- A document kept for a patient: a report file (PDF or image, content-addressed in the blob store like X-rays)
-- or, for seed 002's JSON upload, only a link to a file kept elsewhere.
CREATE TABLE medical_documents (
    id             TEXT PRIMARY KEY,
    patient_id     TEXT NOT NULL REFERENCES patients (id),
    doctor_id      TEXT REFERENCES doctors (id),
    appointment_id TEXT REFERENCES appointments (id),
    report_type    TEXT,
    diagnosis      TEXT,
    file_url       TEXT,
    file_type      TEXT,
    sha256         TEXT,
    file_name      TEXT,
    mime_type      TEXT,
    size_bytes     INTEGER,
    uploaded_by    TEXT REFERENCES users (id),
    uploaded_at    TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT
);
CREATE INDEX medical_documents_patient ON medical_documents (patient_id, uploaded_at);
CREATE INDEX medical_documents_sha ON medical_documents (sha256);

-- status: scheduled, in_progress, completed, cancelled.
CREATE TABLE consultations (
    id                           TEXT PRIMARY KEY,
    appointment_id               TEXT NOT NULL REFERENCES appointments (id),
    status                       TEXT NOT NULL CHECK (status IN ('scheduled', 'in_progress', 'completed',
                                                                 'cancelled')),
    start_time                   TEXT,
    end_time                     TEXT,
    chief_complaint              TEXT NOT NULL,
    history_of_present_illness   TEXT,
    vital_signs                  TEXT, -- the JSON object a client sent with the consultation
    physical_examination         TEXT,
    assessment                   TEXT,
    diagnosis                    TEXT,
    treatment_plan               TEXT,
    prescriptions_text           TEXT,
    follow_up_instructions       TEXT,
    next_appointment_recommended INTEGER,
    follow_up_date               TEXT,
    doctor_notes                 TEXT,
    created_by                   TEXT REFERENCES users (id),
    created_at                   TEXT NOT NULL,
    updated_at                   TEXT NOT NULL,
    deleted_at                   TEXT
);
CREATE INDEX consultations_appointment ON consultations (appointment_id);

CREATE TABLE vital_signs (
    id                TEXT PRIMARY KEY,
    consultation_id   TEXT NOT NULL REFERENCES consultations (id),
    systolic_bp       INTEGER,
    diastolic_bp      INTEGER,
    heart_rate        INTEGER,
    temperature       TEXT, -- decimal, one place
    respiratory_rate  INTEGER,
    oxygen_saturation INTEGER,
    weight            TEXT, -- decimal kg, one place
    height            INTEGER, -- cm
    bmi               TEXT,
    recorded_by       TEXT REFERENCES users (id),
    recorded_at       TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT
);
CREATE INDEX vital_signs_consultation ON vital_signs (consultation_id, recorded_at);

-- A prescription is a header (who, for whom, when, general instructions) with one item per medication.
-- `medications` keeps what a seed 002 client sent when it was not a list of medications, so it can be echoed.
CREATE TABLE prescriptions (
    id              TEXT PRIMARY KEY,
    patient_id      TEXT NOT NULL REFERENCES patients (id),
    doctor_id       TEXT REFERENCES doctors (id),
    appointment_id  TEXT REFERENCES appointments (id),
    consultation_id TEXT REFERENCES consultations (id),
    instructions    TEXT,
    medications     TEXT,
    issued_by       TEXT REFERENCES users (id),
    issued_at       TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
);
CREATE INDEX prescriptions_patient ON prescriptions (patient_id, issued_at);
CREATE INDEX prescriptions_consultation ON prescriptions (consultation_id);

-- medication_type: tablet, capsule, syrup, injection, cream, drops, other.
CREATE TABLE prescription_items (
    id              TEXT PRIMARY KEY,
    prescription_id TEXT NOT NULL REFERENCES prescriptions (id),
    position        INTEGER NOT NULL,
    medication_name TEXT NOT NULL,
    dosage          TEXT,
    frequency       TEXT,
    duration        TEXT,
    instructions    TEXT,
    medication_type TEXT,
    quantity        INTEGER,
    is_active       INTEGER,
    created_by      TEXT REFERENCES users (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
);
CREATE INDEX prescription_items_prescription ON prescription_items (prescription_id, position);

-- A message and its delivery. channel: email, sms; status: pending, sent, failed. It goes to a user account,
-- or to a patient (who may have no account) at `recipient`, the address or number used. kind: NULL for a
-- message staff sent, else what the station sent by itself (confirmation, reminder), at most one of each
-- kind per appointment and channel. The station that queued a message delivers it (its outbox is local);
-- the row, with its state, is seen everywhere.
CREATE TABLE notifications (
    id                  TEXT PRIMARY KEY,
    user_id             TEXT REFERENCES users (id),
    patient_id          TEXT REFERENCES patients (id),
    appointment_id      TEXT REFERENCES appointments (id),
    kind                TEXT,
    channel             TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    status              TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    recipient           TEXT,
    subject             TEXT,
    message             TEXT NOT NULL,
    provider_message_id TEXT,
    error_message       TEXT,
    is_read             INTEGER NOT NULL,
    sent_at             TEXT,
    read_at             TEXT,
    created_by          TEXT REFERENCES users (id),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    deleted_at          TEXT
);
CREATE INDEX notifications_user ON notifications (user_id, created_at);
CREATE INDEX notifications_appointment ON notifications (appointment_id, kind);

-- The outbox (station-local) now carries text messages too, and names the notification whose delivery
-- state it reports.
ALTER TABLE mail_outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'email';
ALTER TABLE mail_outbox ADD COLUMN notification_id TEXT;

-- A patient who asked not to be sent appointment messages by email or by text (1 = opted out).
ALTER TABLE patients ADD COLUMN email_opt_out INTEGER;
ALTER TABLE patients ADD COLUMN sms_opt_out INTEGER;

-- payment_method: credit_card, debit_card, cash, insurance; transaction_status: pending, completed, failed,
-- refunded. No card is charged: the clinic records what was paid and how.
CREATE TABLE payments (
    id                 TEXT PRIMARY KEY,
    patient_id         TEXT NOT NULL REFERENCES patients (id),
    doctor_id          TEXT REFERENCES doctors (id),
    appointment_id     TEXT REFERENCES appointments (id),
    amount             TEXT NOT NULL,
    currency           TEXT NOT NULL,
    payment_method     TEXT NOT NULL,
    transaction_status TEXT NOT NULL,
    transaction_id     TEXT NOT NULL,
    payment_metadata   TEXT, -- JSON
    recorded_by        TEXT REFERENCES users (id),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted_at         TEXT
);
CREATE INDEX payments_patient ON payments (patient_id, created_at);
CREATE INDEX payments_transaction ON payments (transaction_id);

-- payment_status: paid, unpaid, refunded.
CREATE TABLE invoices (
    id              TEXT PRIMARY KEY,
    patient_id      TEXT NOT NULL REFERENCES patients (id),
    appointment_id  TEXT REFERENCES appointments (id),
    total_amount    TEXT NOT NULL,
    currency        TEXT NOT NULL,
    invoice_number  TEXT NOT NULL,
    payment_status  TEXT NOT NULL,
    invoice_pdf_url TEXT,
    issued_by       TEXT REFERENCES users (id),
    issued_at       TEXT NOT NULL,
    due_date        TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
);
CREATE INDEX invoices_patient ON invoices (patient_id, issued_at);
CREATE INDEX invoices_number ON invoices (invoice_number);

-- Seed 003's consultation notes carry a title; the note's kind (assessment, plan, ...) was already kept.
ALTER TABLE clinical_notes ADD COLUMN title TEXT;

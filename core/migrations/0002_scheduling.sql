-- Chairside schema 2: chairs, working hours and days off, clinic settings, appointments with their history.

CREATE TABLE clinic_settings (
    id         TEXT PRIMARY KEY, -- the setting's key, e.g. "time_zone"
    value      TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE TABLE chairs (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    sort_order INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

-- A dentist's regular hours: one row per interval and weekday (1 = Monday ... 7 = Sunday), clinic local time.
CREATE TABLE working_hours (
    id         TEXT PRIMARY KEY,
    doctor_id  TEXT NOT NULL REFERENCES doctors (id),
    weekday    INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_time TEXT NOT NULL,
    end_time   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX working_hours_doctor ON working_hours (doctor_id, weekday);

-- Days a dentist does not work (holidays, sick days), clinic local date.
CREATE TABLE schedule_exceptions (
    id         TEXT PRIMARY KEY,
    doctor_id  TEXT NOT NULL REFERENCES doctors (id),
    date       TEXT NOT NULL,
    reason     TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX schedule_exceptions_doctor ON schedule_exceptions (doctor_id, date);

-- start_at/end_at are UTC ISO-8601 with milliseconds, so text order is time order and overlap is
-- "start_at < other end AND end_at > other start". end_at is stored (start + duration) for that query.
CREATE TABLE appointments (
    id               TEXT PRIMARY KEY,
    patient_id       TEXT NOT NULL REFERENCES patients (id),
    dentist_id       TEXT REFERENCES doctors (id),
    chair_id         TEXT REFERENCES chairs (id),
    start_at         TEXT NOT NULL,
    end_at           TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('requested', 'scheduled', 'confirmed', 'arrived', 'in_chair',
                                                      'completed', 'cancelled', 'no_show')),
    reason           TEXT,
    notes            TEXT,
    booked_by        TEXT REFERENCES users (id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
);
CREATE INDEX appointments_start ON appointments (start_at);
CREATE INDEX appointments_dentist ON appointments (dentist_id, start_at);
CREATE INDEX appointments_chair ON appointments (chair_id, start_at);
CREATE INDEX appointments_patient ON appointments (patient_id, start_at);

-- Append-only: one row for every change of an appointment (who, when, from -> to).
CREATE TABLE appointment_history (
    id             TEXT PRIMARY KEY,
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    changed_by     TEXT REFERENCES users (id),
    changed_at     TEXT NOT NULL,
    change_type    TEXT NOT NULL,
    old_status     TEXT,
    new_status     TEXT,
    old_start_at   TEXT,
    new_start_at   TEXT,
    note           TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT
);
CREATE INDEX appointment_history_appointment ON appointment_history (appointment_id, changed_at);

CREATE TRIGGER appointment_history_append_only_update BEFORE UPDATE ON appointment_history
BEGIN SELECT RAISE(ABORT, 'appointment_history is append-only'); END;
CREATE TRIGGER appointment_history_append_only_delete BEFORE DELETE ON appointment_history
BEGIN SELECT RAISE(ABORT, 'appointment_history is append-only'); END;

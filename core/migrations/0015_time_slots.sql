-- Chairside schema 15: a dentist's bookable time slots (seed 003's TimeSlot, issue 6).
--
-- Replicated like every other table: UUIDv7 ids, UTC ISO-8601 times with milliseconds, a deleted_at for soft
-- delete, no defaults other than NULL. A slot is an instant range in UTC, as appointments are; seed 003's
-- date, start_time and end_time are its clinic-local rendering. "One slot per dentist and start" and "no two
-- slots of a dentist overlap" are checked by the service inside the write transaction (store/UniqueRules for
-- the first), not by the schema, so slots made on two stations while apart both arrive. No slot is longer
-- than 8 hours, so an overlap check is an index range on start_at, as for appointments.
CREATE TABLE time_slots (
    id               TEXT PRIMARY KEY,
    doctor_id        TEXT NOT NULL REFERENCES doctors (id),
    start_at         TEXT NOT NULL,
    end_at           TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    is_available     INTEGER NOT NULL,
    created_by       TEXT REFERENCES users (id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
);
CREATE INDEX time_slots_doctor ON time_slots (doctor_id, start_at);
CREATE INDEX time_slots_start ON time_slots (start_at);

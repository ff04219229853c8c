-- Chairside schema 16: what seed 003's appointments carry besides a booking (issue 6).
--
-- Replicated like every other column of appointments: nullable, no defaults other than NULL, so the change log
-- alone rebuilds every row. time_slot_id names the seed 003 time slot an appointment was booked by (NULL for
-- bookings made any other way); whether a slot is taken is not stored here or on the slot but follows from the
-- live appointments of its dentist that overlap it (TimeSlotService), so a booking made through any door takes
-- it and a cancelled, deleted or moved one gives it back. Seed 003's reason_for_visit, patient_notes and
-- created_by are the existing reason, notes and booked_by.
ALTER TABLE appointments ADD COLUMN time_slot_id TEXT REFERENCES time_slots (id);
ALTER TABLE appointments ADD COLUMN consultation_type TEXT;
ALTER TABLE appointments ADD COLUMN priority TEXT;
ALTER TABLE appointments ADD COLUMN contact_phone TEXT;
ALTER TABLE appointments ADD COLUMN symptoms TEXT;
ALTER TABLE appointments ADD COLUMN doctor_notes TEXT;

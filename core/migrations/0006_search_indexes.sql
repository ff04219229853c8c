-- Chairside schema 6: indexes for patient search by prefix (name, last name, phone, email) and birth date.
-- Searches compare with COLLATE NOCASE ranges, which these indexes serve.
CREATE INDEX patients_email ON patients (email COLLATE NOCASE);
CREATE INDEX patients_phone_prefix ON patients (phone);
CREATE INDEX patients_birth_date ON patients (date_of_birth);

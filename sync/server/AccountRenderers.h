#pragma once

#include "services/ProfileService.h"

#include <QJsonObject>
#include <QVariantMap>

namespace chairside::api {

// Accounts and doctors as seeds 002 and 003 read them (seed-contracts 3.2, 4.3), built on the superset
// renderers so every common key keeps its meaning.

// Seed 003's UserSerializer (full_name, user_type doctor/patient/admin, date_of_birth, address,
// emergency_contact_*, specialization code, medical_license_number, ...) over the superset user, with
// the patient record and doctor profile the account shares its id with.
QJsonObject renderUser003(const UserProfile& profile);
// Seed 002's User row (role Patient/Doctor/Admin/Staff, phone_number, is_superuser, firebase_uid, ...)
// over the superset user, plus the patient details (date_of_birth, gender, address, emergency_contact).
QJsonObject renderUser002(const UserProfile& profile);
// Seed 002's Doctor row: `user` is the account's id, not an object (002's foreign keys are UUID strings).
QJsonObject renderDoctor002(const QVariantMap& doctor);
// A doctor as seed 003 lists them: a user of type doctor (id = the account's id when linked), with
// patient_count and available_slots.
QJsonObject renderDoctorUser003(const QVariantMap& doctor, int patientLimit);
// One row of ScheduleService::weeklyHours as seed 002's DoctorAvailability.
QJsonObject renderAvailability002(const QString& doctorId, const QVariantMap& hours);

// Request aliases of the two dialects to core field names (medical_license_number -> license_number, ...).
QVariantMap accountInput(const QVariantMap& fields);

} // namespace chairside::api

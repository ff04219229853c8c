#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/ServiceContext.h"

#include <QStringList>
#include <QVariantMap>

namespace chairside {

class AppointmentService;
class PatientService;

// The patient, doctor and appointment a clinical or billing row names (documents, prescriptions, payments,
// invoices), checked in one place for all of them: the patient must be one the caller may see, the doctor
// must exist, and the appointment must be visible to the caller and belong to that patient. When only the
// appointment is given, its patient is taken. Problems are field errors under the names every seed uses
// ("patient", "doctor", "appointment"), in DRF's words.
class ClinicalReferences
{
public:
    ClinicalReferences(ServiceContext& ctx, PatientService& patients, AppointmentService& appointments)
        : m_ctx(ctx)
        , m_patients(patients)
        , m_appointments(appointments)
    {}

    // Checks patient_id, doctor_id and appointment_id in `row` (each may be absent or NULL unless named in
    // `required`, by column name) and fills patient_id from the appointment when it is missing.
    void check(const Actor& actor, QVariantMap& row, const QStringList& required, FieldErrors& errors);

    // The id of the doctor profile linked to the caller's account, when the caller is a dentist with one.
    QString ownDoctorId(const Actor& actor);

private:
    ServiceContext& m_ctx;
    PatientService& m_patients;
    AppointmentService& m_appointments;
};

} // namespace chairside

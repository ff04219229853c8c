#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/ChangeFeed.h"
#include "services/ClinicalReferences.h"
#include "services/ServiceContext.h"

#include <QVariantMap>

namespace chairside {

class PatientService;

// Prescriptions: a header (patient, prescribing doctor, appointment or consultation, general instructions)
// with one item per medication (name, dosage, frequency, duration, type, quantity). Seed 002 sends the
// medications as free JSON: a list of medications becomes items, and what was sent is kept as it was so it
// can be shown back. Dentists and the administrator prescribe; whoever may see the patient reads them.
class PrescriptionService
{
public:
    PrescriptionService(ServiceContext& ctx, PatientService& patients, ClinicalReferences& references)
        : m_ctx(ctx)
        , m_patients(patients)
        , m_references(references)
    {}

    static const QStringList& medicationTypes();

    // `input`: patient_id, doctor_id, appointment_id, instructions, medications (any JSON value). The doctor
    // defaults to the prescribing dentist's own profile. Each result carries `items` (a list of maps) and
    // `medications` (what was sent, or the items).
    Result<QVariantMap> create(const Actor& actor, const QVariantMap& input);
    // get and listForPatient record the read in the audit log (readaudit).
    Result<QVariantMap> get(const Actor& actor, const QString& id);
    // With `changedSince`, only the prescriptions changed since (the change feed).
    Result<QList<QVariantMap>> listForPatient(const Actor& actor, const QString& patientId,
                                              const std::optional<ChangesSince>& changedSince = {});
    // Medications given replace the items; other fields change only when given (and for PUT, `medications`
    // is required again).
    Result<QVariantMap> update(const Actor& actor, const QString& id, const QVariantMap& input, bool partial);
    Status remove(const Actor& actor, const QString& id);

private:
    Result<QVariantMap> present(const QVariantMap& header);
    // The prescription when the actor may see it; not recorded as a read.
    Result<QVariantMap> find(const Actor& actor, const QString& id);

    ServiceContext& m_ctx;
    PatientService& m_patients;
    ClinicalReferences& m_references;
};

} // namespace chairside

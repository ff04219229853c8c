#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/PatientService.h"
#include "services/ServiceContext.h"

#include <QVariantMap>

namespace chairside {

class UnitOfWork;

// Patient-doctor assignments. A non-staff user assigns doctors only to patients they own; a patient's current
// doctor is its most recent active assignment.
class MappingService
{
public:
    MappingService(ServiceContext& ctx, PatientService& patients)
        : m_ctx(ctx)
        , m_patients(patients)
    {}

    // `patientField`/`doctorField` name the request fields in error messages (patient_id or patient, ...).
    Result<QVariantMap> create(const Actor& actor, const QString& patientId, const QString& doctorId,
                               const QString& patientField = QStringLiteral("patient_id"),
                               const QString& doctorField = QStringLiteral("doctor_id"));
    Result<QList<QVariantMap>> list(const Actor& actor);
    Result<QList<QVariantMap>> listForPatient(const Actor& actor, const QString& patientId);
    Status remove(const Actor& actor, const QString& mappingId);
    // Inside a caller's unit: soft-deletes the live assignments whose `column` (patient_id or doctor_id) is
    // `id`, for when the patient or doctor itself goes.
    static Status removeAllFor(UnitOfWork& uow, Database& db, const QString& column, const QString& id);

private:
    Result<QList<QVariantMap>> select(const Actor& actor, const QString& extraWhere,
                                      const QVariantList& extraBinds);

    ServiceContext& m_ctx;
    PatientService& m_patients;
};

} // namespace chairside

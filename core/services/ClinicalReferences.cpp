#include "ClinicalReferences.h"

#include "Uuid.h"
#include "domain/Fields.h"
#include "services/AppointmentService.h"
#include "services/DoctorService.h"
#include "services/PatientService.h"
#include "store/Query.h"

namespace chairside {

namespace {

QString doesNotExist(const QString& id)
{
    return QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(id);
}

} // namespace

void ClinicalReferences::check(const Actor& actor, QVariantMap& row, const QStringList& required,
                               FieldErrors& errors)
{
    const auto present = [&](const QString& column) { return !isNullValue(row.value(column)); };

    if (present(QStringLiteral("appointment_id"))) {
        const QString id = row.value(QStringLiteral("appointment_id")).toString();
        auto appointment =
            Uuid::isValid(id) ? m_appointments.find(actor, id) : Result<QVariantMap>(Error::notFound());
        if (!appointment) {
            errors.add(QStringLiteral("appointment"), doesNotExist(id));
        } else {
            const QString ofAppointment = appointment->value(QStringLiteral("patient_id")).toString();
            if (!present(QStringLiteral("patient_id")))
                row.insert(QStringLiteral("patient_id"), ofAppointment);
            else if (row.value(QStringLiteral("patient_id")).toString() != ofAppointment)
                errors.add(QStringLiteral("appointment"),
                           QStringLiteral("This appointment belongs to another patient."));
        }
    }
    if (present(QStringLiteral("patient_id"))) {
        const QString id = row.value(QStringLiteral("patient_id")).toString();
        if (!Uuid::isValid(id) || !m_patients.visibleTo(actor, id))
            errors.add(QStringLiteral("patient"), doesNotExist(id));
    }
    if (present(QStringLiteral("doctor_id"))) {
        const QString id = row.value(QStringLiteral("doctor_id")).toString();
        auto found =
            Uuid::isValid(id)
                ? sql::scalar(m_ctx.db.connection(),
                              QStringLiteral("SELECT 1 FROM doctors WHERE id = ? AND deleted_at IS NULL"),
                              {id})
                : Result<QVariant>(QVariant());
        if (!found || !found->isValid())
            errors.add(QStringLiteral("doctor"), doesNotExist(id));
    }
    for (const QString& column : required) {
        const QString field = column.chopped(3); // "patient_id" -> "patient"
        if (!present(column) && !errors.has(field))
            errors.add(field, QStringLiteral("This field is required."));
    }
}

QString ClinicalReferences::ownDoctorId(const Actor& actor)
{
    if (actor.role != Role::Dentist)
        return {};
    return DoctorService::linkedProfileId(m_ctx.db.connection(), actor.userId);
}

} // namespace chairside

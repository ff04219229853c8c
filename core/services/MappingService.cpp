#include "MappingService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

namespace chairside {

namespace {

const QString kTable = QStringLiteral("patient_doctor_mappings");

// Mappings joined with what their readers show: the patient's and the doctor's summary (seed 001's
// patient_details / doctor_details).
const QString kSelect = QStringLiteral(
    "SELECT m.id, m.patient_id, m.doctor_id, m.assigned_at, m.assigned_by, m.created_at, m.updated_at, "
    "p.name AS patient_name, p.age AS patient_age, p.date_of_birth AS patient_date_of_birth, p.gender AS "
    "patient_gender, "
    "d.name AS doctor_name, d.specialization AS doctor_specialization, d.experience AS doctor_experience "
    "FROM patient_doctor_mappings m JOIN patients p ON p.id = m.patient_id JOIN doctors d ON d.id = "
    "m.doctor_id "
    "WHERE m.deleted_at IS NULL AND p.deleted_at IS NULL AND d.deleted_at IS NULL");

QString invalidPk(const QString& value)
{
    return QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(value);
}

} // namespace

Result<QList<QVariantMap>> MappingService::select(const Actor& actor, const QString& extraWhere,
                                                  const QVariantList& extraBinds)
{
    QString sqlText = kSelect + extraWhere;
    QVariantList binds = extraBinds;
    if (!allows(actor.role, Permission::SeeAllMappings)) {
        sqlText += QStringLiteral(" AND (p.owner_id = ? OR p.user_id = ? OR d.user_id = ?)");
        binds += QVariantList{actor.userId, actor.userId, actor.userId};
    }
    sqlText += QStringLiteral(" ORDER BY m.assigned_at, m.id");
    auto rows = sql::select(m_ctx.db.connection(), sqlText, binds);
    if (!rows)
        return rows;
    // The patient's age comes from the date of birth when it is known, as on the patient itself.
    for (QVariantMap& row : rows.value()) {
        const int age =
            ageOn(row.value(QStringLiteral("patient_date_of_birth")).toString(), m_ctx.clock.nowUtc().date());
        if (age >= 0)
            row.insert(QStringLiteral("patient_age"), age);
    }
    return rows;
}

Result<QVariantMap> MappingService::create(const Actor& actor, const QString& patientId,
                                           const QString& doctorId, const QString& patientField,
                                           const QString& doctorField)
{
    if (!allows(actor.role, Permission::AssignDoctors))
        return Error::forbidden();
    FieldErrors errors;
    const QSqlDatabase db = m_ctx.db.connection();
    auto exists = [&](const QString& table, const QString& id) -> bool {
        if (!Uuid::isValid(id))
            return false;
        auto found = sql::scalar(
            db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted_at IS NULL").arg(table), {id});
        return found && found->isValid();
    };
    if (patientId.isEmpty())
        errors.add(patientField, QStringLiteral("This field is required."));
    else if (!exists(QStringLiteral("patients"), patientId))
        errors.add(patientField, invalidPk(patientId));
    if (doctorId.isEmpty())
        errors.add(doctorField, QStringLiteral("This field is required."));
    else if (!exists(QStringLiteral("doctors"), doctorId))
        errors.add(doctorField, invalidPk(doctorId));
    if (!errors.isEmpty())
        return errors.toError();
    if (!m_patients.visibleTo(actor, patientId))
        return Error::forbidden(QStringLiteral("You can only assign doctors to your own patients."));

    auto duplicate =
        sql::scalar(db,
                    QStringLiteral("SELECT 1 FROM patient_doctor_mappings WHERE patient_id = ? AND "
                                   "doctor_id = ? AND deleted_at IS NULL"),
                    {patientId, doctorId});
    if (!duplicate)
        return duplicate.error();
    if (duplicate->isValid())
        return Error::field(QStringLiteral("non_field_errors"),
                            QStringLiteral("This doctor is already assigned to this patient."));

    const QString id = Uuid::v7(m_ctx.clock.nowUtc());
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.insert(
            kTable, id,
            {{QStringLiteral("patient_id"), patientId},
             {QStringLiteral("doctor_id"), doctorId},
             {QStringLiteral("assigned_by"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId)},
             {QStringLiteral("assigned_at"), uow.nowIso()},
             {QStringLiteral("created_at"), uow.nowIso()},
             {QStringLiteral("updated_at"), uow.nowIso()}}))
        return *e;
    if (Status e = uow.commit())
        return *e;
    auto rows = select(actor, QStringLiteral(" AND m.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::internal(QStringLiteral("The new assignment could not be read back."));
    return rows->first();
}

Result<QList<QVariantMap>> MappingService::list(const Actor& actor)
{
    return select(actor, QString(), {});
}

Result<QList<QVariantMap>> MappingService::listForPatient(const Actor& actor, const QString& patientId)
{
    if (!m_patients.visibleTo(actor, patientId))
        return Error::notFound();
    return select(actor, QStringLiteral(" AND m.patient_id = ?"), {patientId});
}

Status MappingService::removeAllFor(UnitOfWork& uow, Database& db, const QString& column, const QString& id)
{
    auto mappings = sql::select(
        db.connection(),
        QStringLiteral("SELECT id FROM patient_doctor_mappings WHERE %1 = ? AND deleted_at IS NULL")
            .arg(column == QLatin1String("doctor_id") ? QStringLiteral("doctor_id")
                                                      : QStringLiteral("patient_id")),
        {id});
    if (!mappings)
        return mappings.error();
    for (const QVariantMap& m : *mappings) {
        if (Status e = uow.softDelete(kTable, m.value(QStringLiteral("id")).toString()))
            return e;
    }
    return std::nullopt;
}

Status MappingService::remove(const Actor& actor, const QString& mappingId)
{
    if (!Uuid::isValid(mappingId))
        return Error::notFound();
    auto rows = select(actor, QStringLiteral(" AND m.id = ?"), {mappingId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.softDelete(kTable, mappingId))
        return e;
    return uow.commit();
}

} // namespace chairside

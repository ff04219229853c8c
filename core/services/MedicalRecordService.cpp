#include "MedicalRecordService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "services/ReadAudit.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

namespace chairside {

namespace {

const QString kTable = QStringLiteral("medical_records");
const QString kRequired = QStringLiteral("This field is required.");
const QString kSelect = QStringLiteral("SELECT r.*, a.patient_id FROM medical_records r "
                                       "JOIN appointments a ON a.id = r.appointment_id");

QString str(const QVariantMap& m, const QString& key)
{
    const QVariant v = m.value(key);
    if (isNullValue(v))
        return {};
    // Old clients send numbers; ours are UUIDs, so a number is simply an id that does not exist.
    if (v.metaType().id() == QMetaType::Double)
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

QString invalidPk(const QString& id)
{
    return QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(id);
}

} // namespace

Result<QVariantMap> MedicalRecordService::normalize(const Actor& actor, const QVariantMap& input,
                                                    const QVariantMap& current, bool partial)
{
    FieldErrors errors;
    QVariantMap fields;
    const std::optional<QString> appointment = referenceField(input, QStringLiteral("appointment"));
    const std::optional<QString> patient = referenceField(input, QStringLiteral("patient"));
    const bool notesSent = input.contains(QStringLiteral("notes"));
    const QString notes = str(input, QStringLiteral("notes")).trimmed();

    if (!partial) {
        if (!patient || patient->isEmpty())
            errors.add(QStringLiteral("patient"), kRequired);
        if (!appointment || appointment->isEmpty())
            errors.add(QStringLiteral("appointment"), kRequired);
        if (!notesSent)
            errors.add(QStringLiteral("notes"), kRequired);
    }
    if (notesSent && notes.isEmpty())
        errors.add(QStringLiteral("notes"), QStringLiteral("This field may not be blank."));
    else if (notesSent)
        fields.insert(QStringLiteral("notes"), notes);

    // The visit and its patient: the one sent, else the record's own.
    const QString appointmentId = appointment && !appointment->isEmpty()
                                      ? *appointment
                                      : str(current, QStringLiteral("appointment_id"));
    QString appointmentPatient = str(current, QStringLiteral("patient_id"));
    if (appointment && !appointment->isEmpty() && !errors.has(QStringLiteral("appointment"))) {
        // Only an appointment the actor may see can be named; any other is "does not exist".
        auto visit = m_appointments.find(actor, *appointment);
        if (!visit) {
            if (visit.error().code != Error::Code::NotFound)
                return visit.error();
            errors.add(QStringLiteral("appointment"), invalidPk(*appointment));
        } else {
            appointmentPatient = str(*visit, QStringLiteral("patient_id"));
            fields.insert(QStringLiteral("appointment_id"), appointmentId);
        }
    }
    if (patient && !patient->isEmpty() && !errors.has(QStringLiteral("appointment")) &&
        !appointmentPatient.isEmpty() && *patient != appointmentPatient) {
        auto known = sql::scalar(m_ctx.db.connection(),
                                 QStringLiteral("SELECT 1 FROM patients WHERE id = ? AND deleted_at IS NULL"),
                                 {*patient});
        if (!known)
            return known.error();
        errors.add(QStringLiteral("patient"),
                   Uuid::isValid(*patient) && known->isValid()
                       ? QStringLiteral("The appointment %1 is not this patient's.").arg(appointmentId)
                       : invalidPk(*patient));
    }
    if (!errors.isEmpty())
        return errors.toError();
    return fields;
}

Result<QVariantMap> MedicalRecordService::create(const Actor& actor, const QVariantMap& input)
{
    if (!allows(actor.role, Permission::WriteRecords))
        return Error::forbidden(QStringLiteral("Only the clinic writes medical records."));
    auto fields = normalize(actor, input, {}, false);
    if (!fields)
        return fields.error();
    const QString id = Uuid::v7(m_ctx.clock.nowUtc());
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    QVariantMap row = *fields;
    row.insert(QStringLiteral("created_by"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId));
    row.insert(QStringLiteral("created_at"), uow.nowIso());
    row.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.insert(kTable, id, row))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return find(actor, id);
}

Result<QVariantMap> MedicalRecordService::find(const Actor& actor, const QString& id)
{
    if (!Uuid::isValid(id))
        return Error::notFound();
    auto row = sql::selectOne(m_ctx.db.connection(),
                              kSelect + QStringLiteral(" WHERE r.id = ? AND r.deleted_at IS NULL"), {id});
    if (!row)
        return row.error();
    // A record is seen by whoever may see its appointment (the appointment service decides that).
    if (!row->has_value() || !m_appointments.find(actor, str(**row, QStringLiteral("appointment_id"))))
        return Error::notFound();
    return **row;
}

Result<QVariantMap> MedicalRecordService::get(const Actor& actor, const QString& id)
{
    auto record = find(actor, id);
    if (record)
        if (Status e = readaudit::one(m_ctx, actor, QStringLiteral("medical_records"), id,
                                      str(*record, QStringLiteral("patient_id"))))
            return *e;
    return record;
}

Result<QList<QVariantMap>> MedicalRecordService::list(const Actor& actor,
                                                      const std::optional<ChangesSince>& changedSince)
{
    // Records of the live appointments the actor may see: the same scoping as AppointmentService::get.
    QString where = QStringLiteral(" WHERE r.deleted_at IS NULL AND a.deleted_at IS NULL");
    QVariantList binds;
    if (!allows(actor.role, Permission::SeeAllAppointments)) {
        const auto [clause, visibilityBinds] = PatientService::visibility(actor);
        where +=
            QStringLiteral(" AND a.patient_id IN (SELECT p.id FROM patients p WHERE p.deleted_at IS NULL "
                           "AND %1)")
                .arg(clause);
        binds = visibilityBinds;
    }
    where += ChangeFeed::andChangedSince(QStringLiteral("r.id"), changedSince, binds);
    auto rows = sql::select(m_ctx.db.connection(),
                            kSelect + where + QStringLiteral(" ORDER BY r.created_at, r.id"), binds);
    if (rows)
        if (Status e = readaudit::list(m_ctx, actor, QStringLiteral("medical_records"), *rows))
            return *e;
    return rows;
}

Result<QVariantMap> MedicalRecordService::update(const Actor& actor, const QString& id,
                                                 const QVariantMap& input, bool partial)
{
    auto current = find(actor, id);
    if (!current)
        return current.error();
    if (!allows(actor.role, Permission::WriteRecords))
        return Error::forbidden(QStringLiteral("Only the clinic writes medical records."));
    auto fields = normalize(actor, input, *current, partial);
    if (!fields)
        return fields.error();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    QVariantMap changes = *fields;
    changes.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.update(kTable, id, changes))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return find(actor, id);
}

Status MedicalRecordService::remove(const Actor& actor, const QString& id)
{
    auto current = find(actor, id);
    if (!current)
        return current.error();
    if (!allows(actor.role, Permission::WriteRecords))
        return Error::forbidden(QStringLiteral("Only the clinic writes medical records."));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.softDelete(kTable, id))
        return e;
    return uow.commit();
}

} // namespace chairside

#include "DoctorService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "services/MappingService.h"
#include "store/Query.h"
#include "store/UniqueRules.h"
#include "store/UnitOfWork.h"

namespace chairside {

namespace {

const QString kTable = QStringLiteral("doctors");

QString str(const QVariantMap& m, const QString& key)
{
    const QVariant v = m.value(key);
    return isNullValue(v) ? QString() : v.toString();
}

const QString kSelect =
    QStringLiteral("SELECT d.*, u.username AS user_username, u.email AS user_email FROM doctors d "
                   "LEFT JOIN users u ON u.id = d.user_id");

} // namespace

const QList<FieldSpec>& DoctorService::fieldSpecs()
{
    static const QList<FieldSpec> specs{
        {QStringLiteral("name"), FieldType::Text, 255},
        {QStringLiteral("specialization"), FieldType::Text, 255},
        {QStringLiteral("email"), FieldType::Email, 254},
        {QStringLiteral("phone"), FieldType::Phone, 30},
        {QStringLiteral("experience"), FieldType::Integer, 0, 0, 80},
        {QStringLiteral("license_number"), FieldType::Text, 100},
        {QStringLiteral("qualifications"), FieldType::LongText},
        {QStringLiteral("consultation_fee"), FieldType::Decimal},
        {QStringLiteral("is_approved"), FieldType::Boolean},
        {QStringLiteral("approval_notes"), FieldType::LongText},
        {QStringLiteral("available_from"), FieldType::Time},
        {QStringLiteral("available_to"), FieldType::Time},
        {QStringLiteral("user_id"), FieldType::Text, 36},
    };
    return specs;
}

Result<QVariantMap> DoctorService::normalize(const QVariantMap& input, const QVariantMap& current,
                                             bool requireName, const QString& excludeId)
{
    FieldErrors errors;
    QVariantMap fields = normalizeFields(fieldSpecs(), input, errors);
    const QString name = fields.contains(QStringLiteral("name")) ? str(fields, QStringLiteral("name"))
                                                                 : str(current, QStringLiteral("name"));
    // A full update (PUT) must carry the name again, as DRF requires; a partial one may not blank it.
    if (requireName && !input.contains(QStringLiteral("name")))
        errors.add(QStringLiteral("name"), QStringLiteral("This field is required."));
    else if (input.contains(QStringLiteral("name")) && name.isEmpty() && !errors.has(QStringLiteral("name")))
        errors.add(QStringLiteral("name"), QStringLiteral("This field may not be blank."));

    const QSqlDatabase db = m_ctx.db.connection();
    const QString userId = str(fields, QStringLiteral("user_id"));
    if (!userId.isEmpty()) {
        auto exists = sql::scalar(
            db, QStringLiteral("SELECT 1 FROM users WHERE id = ? AND deleted_at IS NULL"), {userId});
        if (!exists)
            return exists.error();
        if (!Uuid::isValid(userId) || !exists->isValid())
            errors.add(QStringLiteral("user_id"),
                       QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(userId));
    }
    auto duplicated = duplicatedRules(db, QStringLiteral("doctors"), excludeId, fields, fields.keys());
    if (!duplicated)
        return duplicated.error();
    for (const UniqueRule& rule : *duplicated) {
        const QString column = rule.columns.first();
        errors.add(column, QStringLiteral("doctor with this %1 already exists.")
                               .arg(QString(column).replace(QLatin1Char('_'), QLatin1Char(' '))));
    }
    if (!errors.isEmpty())
        return errors.toError();

    // Approval is stamped when it is granted (seed 002's approve flow).
    if (fields.value(QStringLiteral("is_approved")).toInt() == 1 &&
        current.value(QStringLiteral("is_approved")).toInt() != 1)
        fields.insert(QStringLiteral("approved_at"), toIsoUtc(m_ctx.clock.nowUtc()));
    return fields;
}

QVariantMap DoctorService::present(const QVariantMap& row) const
{
    QVariantMap d = row;
    d.insert(QStringLiteral("is_approved"), row.value(QStringLiteral("is_approved")).toInt() == 1);
    return d;
}

Result<QVariantMap> DoctorService::create(const Actor& actor, const QVariantMap& input)
{
    return insert(actor, input, Uuid::v7(m_ctx.clock.nowUtc()));
}

Result<QVariantMap> DoctorService::createLinked(const Actor& actor, const QVariantMap& input,
                                                const QString& userId)
{
    if (!allows(actor.role, Permission::WriteDoctors))
        return Error::forbidden();
    auto taken =
        sql::scalar(m_ctx.db.connection(), QStringLiteral("SELECT 1 FROM doctors WHERE id = ?"), {userId});
    if (!taken)
        return taken.error();
    if (taken->isValid())
        return Error::field(QStringLiteral("user"), QStringLiteral("doctor with this user already exists."));
    QVariantMap linked = input;
    linked.insert(QStringLiteral("user_id"), userId);
    return insert(actor, linked, userId);
}

Result<QVariantMap> DoctorService::insert(const Actor& actor, const QVariantMap& input, const QString& id)
{
    if (!allows(actor.role, Permission::WriteDoctors))
        return Error::forbidden();
    auto fields = normalize(input, {}, true, QString());
    if (!fields)
        return fields.error();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    QVariantMap row = *fields;
    row.insert(QStringLiteral("created_at"), uow.nowIso());
    row.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.insert(kTable, id, row))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return get(actor, id);
}

Result<QVariantMap> DoctorService::get(const Actor& actor, const QString& id)
{
    if (!allows(actor.role, Permission::ReadDoctors))
        return Error::forbidden();
    if (!Uuid::isValid(id))
        return Error::notFound();
    auto row = sql::selectOne(m_ctx.db.connection(),
                              kSelect + QStringLiteral(" WHERE d.id = ? AND d.deleted_at IS NULL"), {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::notFound();
    return present(**row);
}

Result<QList<QVariantMap>> DoctorService::list(const Actor& actor)
{
    if (!allows(actor.role, Permission::ReadDoctors))
        return Error::forbidden();
    auto rows = sql::select(
        m_ctx.db.connection(),
        kSelect + QStringLiteral(" WHERE d.deleted_at IS NULL ORDER BY d.name COLLATE NOCASE, d.id"));
    if (!rows)
        return rows.error();
    QList<QVariantMap> result;
    for (const QVariantMap& r : *rows)
        result.append(present(r));
    return result;
}

Result<QVariantMap> DoctorService::update(const Actor& actor, const QString& id, const QVariantMap& input,
                                          bool partial)
{
    if (!allows(actor.role, Permission::WriteDoctors))
        return Error::forbidden();
    auto current = get(actor, id);
    if (!current)
        return current.error();
    auto fields = normalize(input, *current, !partial, id);
    if (!fields)
        return fields.error();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    QVariantMap changes = *fields;
    changes.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.update(kTable, id, changes))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return get(actor, id);
}

Status DoctorService::remove(const Actor& actor, const QString& id)
{
    if (!allows(actor.role, Permission::WriteDoctors))
        return Error::forbidden();
    auto current = get(actor, id);
    if (!current)
        return current.error();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = MappingService::removeAllFor(uow, m_ctx.db, QStringLiteral("doctor_id"), id))
        return e;
    if (Status e = uow.softDelete(kTable, id))
        return e;
    return uow.commit();
}

} // namespace chairside

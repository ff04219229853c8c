#include "ProfileAccounts.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

namespace chairside {

namespace {

const QString kUser = QStringLiteral("user");

bool isObject(const QVariant& v)
{
    return v.metaType().id() == QMetaType::QVariantMap;
}

// Account errors under "user.<field>", the nesting DRF gives a nested serializer's errors.
Error underUser(Error e)
{
    QMap<QString, QStringList> nested;
    for (auto it = e.fieldErrors.cbegin(); it != e.fieldErrors.cend(); ++it)
        nested.insert(kUser + QLatin1Char('.') + it.key(), it.value());
    e.fieldErrors = nested;
    return e;
}

// A full update (PUT) from seed 004 carries `user` but never the name our profiles require: the name stays.
QVariantMap keepName(QVariantMap input, const QVariantMap& current, bool partial)
{
    if (!partial && input.contains(kUser) && !input.contains(QStringLiteral("name")) &&
        !input.contains(QStringLiteral("first_name")))
        input.insert(QStringLiteral("name"), current.value(QStringLiteral("name")));
    return input;
}

} // namespace

QString ProfileAccounts::username(const QString& userId)
{
    if (!Uuid::isValid(userId))
        return {};
    auto name = sql::scalar(m_ctx.db.connection(),
                            QStringLiteral("SELECT username FROM users WHERE id = ? AND deleted_at IS NULL"),
                            {userId});
    return name && !isNullValue(*name) ? name->toString() : QString();
}

Result<QVariantMap> ProfileAccounts::createPatient(const Actor& actor, const QVariantMap& input)
{
    const QVariant user = input.value(kUser);
    if (isNullValue(user))
        return m_patients.create(actor, input);
    if (!allows(actor.role, Permission::CreatePatient))
        return Error::forbidden();
    QVariantMap in = input;
    if (!isObject(user)) {
        // Linking an existing account makes this record that account's own; only the account itself or the
        // front desk may say whose it is.
        const QString userId = user.toString();
        const QString name = username(userId);
        if (name.isEmpty())
            return Error::field(QStringLiteral("user"),
                                QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(userId));
        if (userId != actor.userId && !allows(actor.role, Permission::EditAllPatients))
            return Error::forbidden(QStringLiteral(
                "Only the account itself or the front desk may link a patient to an account."));
        if (!in.contains(QStringLiteral("name")) && !in.contains(QStringLiteral("first_name")))
            in.insert(QStringLiteral("name"), name);
        return m_patients.createLinked(actor, in, userId);
    }
    auto prepared = m_accounts.prepareAccount(user.toMap(), Role::Patient, actor, false);
    if (!prepared)
        return underUser(prepared.error());
    if (!in.contains(QStringLiteral("name")) && !in.contains(QStringLiteral("first_name")))
        in.insert(QStringLiteral("name"), prepared->row.value(QStringLiteral("username")));
    // One unit: the account and the patient are written together or not at all.
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    auto account = m_accounts.createPrepared(actor, *prepared);
    if (!account)
        return underUser(account.error());
    auto patient = m_patients.createLinked(actor, in, account->value(QStringLiteral("id")).toString());
    if (!patient)
        return patient.error();
    if (Status e = uow.commit())
        return *e;
    return patient;
}

Result<QVariantMap> ProfileAccounts::updatePatient(const Actor& actor, const QString& id,
                                                   const QVariantMap& input, bool partial)
{
    const QVariant user = input.value(kUser);
    if (!isObject(user))
        return m_patients.update(actor, id, input, partial);
    auto current = m_patients.get(actor, id);
    if (!current)
        return current.error();
    const QVariant userId = current->value(QStringLiteral("user_id"));
    if (isNullValue(userId))
        return Error::field(QStringLiteral("user"), QStringLiteral("This patient has no login account."));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    auto updated = m_patients.update(actor, id, keepName(input, *current, partial), partial);
    if (!updated)
        return updated.error();
    if (Status e = m_accounts.updateIdentity(actor, userId.toString(), user.toMap()))
        return e->fieldErrors.isEmpty() ? *e : underUser(*e);
    if (Status e = uow.commit())
        return *e;
    return m_patients.get(actor, id);
}

Result<QVariantMap> ProfileAccounts::createDoctor(const Actor& actor, const QVariantMap& input)
{
    const QVariant user = input.value(kUser);
    if (!isObject(user))
        return m_doctors.create(actor, input);
    if (!allows(actor.role, Permission::WriteDoctors))
        return Error::forbidden();
    auto prepared = m_accounts.prepareAccount(user.toMap(), Role::Dentist, actor, false);
    if (!prepared)
        return prepared.error().fieldErrors.isEmpty() ? prepared.error() : underUser(prepared.error());
    QVariantMap in = input;
    in.remove(kUser);
    if (!in.contains(QStringLiteral("name")))
        in.insert(QStringLiteral("name"), prepared->row.value(QStringLiteral("username")));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    auto account = m_accounts.createPrepared(actor, *prepared);
    if (!account)
        return underUser(account.error());
    auto doctor = m_doctors.createLinked(actor, in, account->value(QStringLiteral("id")).toString());
    if (!doctor)
        return doctor.error();
    if (Status e = uow.commit())
        return *e;
    return doctor;
}

Result<QVariantMap> ProfileAccounts::updateDoctor(const Actor& actor, const QString& id,
                                                  const QVariantMap& input, bool partial)
{
    const QVariant user = input.value(kUser);
    if (!isObject(user))
        return m_doctors.update(actor, id, input, partial);
    auto current = m_doctors.get(actor, id);
    if (!current)
        return current.error();
    const QVariant userId = current->value(QStringLiteral("user_id"));
    if (isNullValue(userId))
        return Error::field(QStringLiteral("user"), QStringLiteral("This doctor has no login account."));
    QVariantMap in = keepName(input, *current, partial);
    in.remove(kUser);
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    auto updated = m_doctors.update(actor, id, in, partial);
    if (!updated)
        return updated.error();
    if (Status e = m_accounts.updateIdentity(actor, userId.toString(), user.toMap()))
        return e->fieldErrors.isEmpty() ? *e : underUser(*e);
    if (Status e = uow.commit())
        return *e;
    return m_doctors.get(actor, id);
}

} // namespace chairside

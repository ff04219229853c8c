#include "ProfileService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

namespace chairside {

namespace {

const QStringList kAccountFields{QStringLiteral("email"),      QStringLiteral("username"),
                                 QStringLiteral("first_name"), QStringLiteral("last_name"),
                                 QStringLiteral("phone"),      QStringLiteral("name")};
const QStringList kPatientFields{QStringLiteral("date_of_birth"),
                                 QStringLiteral("gender"),
                                 QStringLiteral("address"),
                                 QStringLiteral("medical_history"),
                                 QStringLiteral("allergies"),
                                 QStringLiteral("current_medications"),
                                 QStringLiteral("blood_type"),
                                 QStringLiteral("emergency_contact"),
                                 QStringLiteral("emergency_contact_name"),
                                 QStringLiteral("emergency_contact_phone"),
                                 QStringLiteral("emergency_contact_relation"),
                                 QStringLiteral("insurance_provider"),
                                 QStringLiteral("insurance_number")};
const QStringList kDoctorFields{QStringLiteral("specialization"), QStringLiteral("license_number"),
                                QStringLiteral("qualifications"), QStringLiteral("experience"),
                                QStringLiteral("consultation_fee")};

QVariantMap pick(const QVariantMap& input, const QStringList& keys)
{
    QVariantMap out;
    for (const QString& key : keys) {
        if (input.contains(key))
            out.insert(key, input.value(key));
    }
    return out;
}

QString requestedRole(const QVariantMap& fields)
{
    for (const QString& key : {QStringLiteral("role"), QStringLiteral("user_type")}) {
        const QVariant v = fields.value(key);
        if (!isNullValue(v) && !v.toString().trimmed().isEmpty())
            return v.toString();
    }
    return {};
}

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

bool ProfileService::asksForDoctor(const QVariantMap& fields)
{
    return parseRole(requestedRole(fields)) == Role::Dentist;
}

Result<UserProfile> ProfileService::profile(const Actor& actor, const QString& userId)
{
    auto user = m_accounts.user(actor, userId);
    if (!user)
        return user.error();
    UserProfile out{*user, {}, {}};
    if (auto patient = m_patients.get(actor, userId))
        out.patient = *patient;
    else if (patient.error().code != Error::Code::NotFound)
        return patient.error();
    auto doctor = m_doctors.ofUser(actor, userId);
    if (!doctor)
        return doctor.error();
    if (doctor->has_value())
        out.doctor = **doctor;
    return out;
}

Result<UserProfile> ProfileService::update(const Actor& actor, const QString& userId,
                                           const QVariantMap& input)
{
    auto current = profile(actor, userId);
    if (!current)
        return current.error();
    // One transaction: a bad patient or doctor field leaves the account unchanged too.
    UnitOfWork outer(m_ctx.db, m_ctx.clock, actor);

    const QVariantMap accountInput = pick(input, kAccountFields);
    if (!accountInput.isEmpty()) {
        if (auto user = m_accounts.updateUser(actor, userId, accountInput); !user)
            return user.error();
    }
    const QString role = requestedRole(input);
    if (!role.isEmpty() && actor.userId != userId && allows(actor.role, Permission::ManageUsers)) {
        const auto parsed = parseRole(role);
        if (!parsed)
            return Error::field(QStringLiteral("role"),
                                QStringLiteral("\"%1\" is not a valid choice.").arg(role));
        if (Status e = m_accounts.setRole(actor, userId, *parsed))
            return *e;
    }

    const QVariantMap patientInput = pick(input, kPatientFields);
    const bool patientAccount =
        parseRole(current->user.value(QStringLiteral("role")).toString()) == Role::Patient;
    if (!patientInput.isEmpty() && (!current->patient.isEmpty() || patientAccount)) {
        if (current->patient.isEmpty()) {
            if (auto made = m_patients.ownProfile(Actor{userId, Role::Patient, actor.source}); !made)
                return made.error();
        }
        if (auto patient = m_patients.update(actor, userId, patientInput, true); !patient)
            return patient.error();
    }

    const QVariantMap doctorInput = pick(input, kDoctorFields);
    if (!doctorInput.isEmpty() && !current->doctor.isEmpty()) {
        auto doctor = actor.userId == userId
                          ? m_doctors.updateOwn(actor, doctorInput)
                          : m_doctors.update(actor, current->doctor.value(QStringLiteral("id")).toString(),
                                             doctorInput, true);
        if (!doctor)
            return doctor.error();
    }
    if (Status e = outer.commit())
        return *e;
    return profile(actor, userId);
}

Result<QVariantMap> ProfileService::signUpDoctor(const DoctorApplication& application, const Actor& caller)
{
    const QVariantMap& form = application.account.fields;
    QStringList profileRequired;
    FieldErrors missing;
    for (const QString& key : application.required) {
        if (kDoctorFields.contains(key)) {
            profileRequired.append(key);
        } else if (isNullValue(form.value(key)) || form.value(key).toString().trimmed().isEmpty()) {
            missing.add(key, QStringLiteral("This field is required."));
        }
    }
    auto checked = m_doctors.checkApplication(form, profileRequired);
    if (!checked || !missing.isEmpty()) {
        Error e = checked ? missing.toError() : checked.error();
        if (!checked) {
            Error more = missing.toError();
            for (auto it = more.fieldErrors.cbegin(); it != more.fieldErrors.cend(); ++it)
                e.fieldErrors.insert(it.key(), it.value());
        }
        return e;
    }

    // The account is made a patient's first and becomes a dentist's with its profile in the same
    // transaction, so no dentist account ever exists without the profile that holds its approval.
    RegistrationInput account = application.account;
    account.fields.remove(QStringLiteral("role"));
    account.fields.remove(QStringLiteral("user_type"));
    UnitOfWork outer(m_ctx.db, m_ctx.clock, caller);
    auto user = m_accounts.registerUser(account, caller);
    if (!user)
        return user.error();
    const Actor applicant{user->value(QStringLiteral("id")).toString(), Role::Patient, caller.source};
    const bool approved = allows(caller.role, Permission::WriteDoctors) && !caller.userId.isEmpty();
    if (auto profile = m_doctors.createOwnProfile(applicant, *checked, approved); !profile)
        return profile.error();
    {
        UnitOfWork uow(m_ctx.db, m_ctx.clock, applicant);
        if (Status e = uow.update(QStringLiteral("users"), applicant.userId,
                                  {{QStringLiteral("role"), roleName(Role::Dentist)},
                                   {QStringLiteral("updated_at"), uow.nowIso()}}))
            return *e;
        if (Status e = uow.commit())
            return *e;
    }
    if (Status e = outer.commit())
        return *e;
    return m_accounts.user(Actor{applicant.userId, Role::Dentist, caller.source}, applicant.userId);
}

QString ProfileService::username(const QString& userId)
{
    if (!Uuid::isValid(userId))
        return {};
    auto name = sql::scalar(m_ctx.db.connection(),
                            QStringLiteral("SELECT username FROM users WHERE id = ? AND deleted_at IS NULL"),
                            {userId});
    return name && !isNullValue(*name) ? name->toString() : QString();
}

Result<QVariantMap> ProfileService::createPatient(const Actor& actor, const QVariantMap& input)
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

Result<QVariantMap> ProfileService::updatePatient(const Actor& actor, const QString& id,
                                                  const QVariantMap& input, bool partial)
{
    const QVariant user = input.value(kUser);
    if (!isObject(user))
        return m_patients.update(actor, id, input, partial);
    auto current = m_patients.find(actor, id);
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
    return m_patients.find(actor, id);
}

Result<QVariantMap> ProfileService::createDoctor(const Actor& actor, const QVariantMap& input)
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

Result<QVariantMap> ProfileService::updateDoctor(const Actor& actor, const QString& id,
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

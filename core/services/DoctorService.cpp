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

// patient_count: the live patients assigned to the doctor (seed 003 lists doctors with room for more).
const QString kSelect = QStringLiteral(
    "SELECT d.*, u.username AS user_username, u.email AS user_email, u.first_name AS user_first_name, "
    "u.last_name AS user_last_name, u.phone AS user_phone, u.created_at AS user_created_at, "
    "(SELECT count(*) FROM patient_doctor_mappings m JOIN patients p ON p.id = m.patient_id "
    "WHERE m.doctor_id = d.id AND m.deleted_at IS NULL AND p.deleted_at IS NULL) AS patient_count "
    "FROM doctors d LEFT JOIN users u ON u.id = d.user_id");

// Fields only staff set on a doctor: approval, and which account the profile belongs to.
const QStringList kStaffOnlyFields{QStringLiteral("is_approved"), QStringLiteral("approved_at"),
                                   QStringLiteral("approval_notes"), QStringLiteral("user_id"),
                                   QStringLiteral("user")};

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
    // Only a sign-up waits for approval; a doctor staff entered without the field does not.
    d.insert(QStringLiteral("awaiting_approval"), !isNullValue(row.value(QStringLiteral("is_approved"))) &&
                                                      row.value(QStringLiteral("is_approved")).toInt() == 0);
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

bool DoctorService::takesNewPatients(const QVariantMap& doctor)
{
    // A doctor still awaiting approval takes no patients yet.
    return !doctor.value(QStringLiteral("awaiting_approval")).toBool() &&
           doctor.value(QStringLiteral("patient_count")).toInt() < kPatientsPerChosenDoctor;
}

Result<QString> DoctorService::doctorTakingPatients(const QString& ref)
{
    const QString id = profileIdFor(m_ctx.db.connection(), ref.trimmed());
    auto doctor = id.isEmpty() ? Result<QVariantMap>(Error::notFound()) : get(Actor::system(), id);
    if (!doctor && doctor.error().code != Error::Code::NotFound)
        return doctor.error();
    FieldErrors errors;
    if (!doctor || doctor->value(QStringLiteral("awaiting_approval")).toBool())
        errors.add(QStringLiteral("doctor_id"), QStringLiteral("No such doctor takes patients here."));
    else if (!takesNewPatients(*doctor))
        errors.add(QStringLiteral("doctor_id"),
                   QStringLiteral("This doctor has as many patients as they take; choose another."));
    if (!errors.isEmpty())
        return errors.toError();
    return id;
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

Result<QVariantMap> DoctorService::approve(const Actor& actor, const QString& id, const QVariant& notes)
{
    if (!allows(actor.role, Permission::WriteDoctors))
        return Error::forbidden();
    auto current = get(actor, id);
    if (!current)
        return current.error();
    QVariantMap input{{QStringLiteral("is_approved"), true}};
    if (!isNullValue(notes))
        input.insert(QStringLiteral("approval_notes"), notes);
    auto fields = normalize(input, *current, false, id);
    if (!fields)
        return fields.error();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    QVariantMap changes = *fields;
    // Seed 002 stamps every approval, a repeated one too.
    changes.insert(QStringLiteral("approved_at"), uow.nowIso());
    changes.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.update(kTable, id, changes))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return get(actor, id);
}

Result<QVariantMap> DoctorService::checkApplication(const QVariantMap& input, const QStringList& required)
{
    QVariantMap profile = input;
    for (const QString& key : kStaffOnlyFields)
        profile.remove(key);
    profile.remove(QStringLiteral("name")); // the account's name names the doctor
    QStringList missing;
    for (const QString& key : required) {
        const QVariant v = profile.value(key);
        if (isNullValue(v) || v.toString().trimmed().isEmpty())
            missing.append(key);
    }
    auto fields = normalize(profile, {}, false, QString());
    if (fields && missing.isEmpty())
        return fields;
    // Every problem at once, as DRF reports them: the missing fields and the malformed ones.
    Error e = fields ? FieldErrors().toError() : fields.error();
    for (const QString& key : missing) {
        if (!e.fieldErrors.contains(key))
            e.fieldErrors.insert(key, {QStringLiteral("This field is required.")});
    }
    if (e.fieldErrors.size() == 1 && e.fieldErrors.first().size() == 1)
        e.message = e.fieldErrors.first().first();
    return e;
}

Result<QVariantMap> DoctorService::createOwnProfile(const Actor& applicant, const QVariantMap& checkedFields,
                                                    bool approved)
{
    auto account = sql::selectOne(m_ctx.db.connection(),
                                  QStringLiteral("SELECT first_name, last_name, username, email, phone FROM "
                                                 "users WHERE id = ? AND deleted_at IS NULL"),
                                  {applicant.userId});
    if (!account)
        return account.error();
    if (!account->has_value())
        return Error::notFound();
    const QVariantMap& u = **account;
    const QString name = personName(str(u, QStringLiteral("first_name")), str(u, QStringLiteral("last_name")),
                                    str(u, QStringLiteral("username")));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, applicant);
    QVariantMap row = checkedFields;
    row.insert(QStringLiteral("name"), name);
    row.insert(QStringLiteral("user_id"), applicant.userId);
    if (!row.contains(QStringLiteral("email")))
        row.insert(QStringLiteral("email"), u.value(QStringLiteral("email")));
    if (!row.contains(QStringLiteral("phone")))
        row.insert(QStringLiteral("phone"), u.value(QStringLiteral("phone")));
    row.insert(QStringLiteral("is_approved"), approved ? 1 : 0);
    row.insert(QStringLiteral("approved_at"), approved ? QVariant(uow.nowIso()) : QVariant());
    row.insert(QStringLiteral("created_at"), uow.nowIso());
    row.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.insert(kTable, applicant.userId, row)) {
        if (e->code == Error::Code::Conflict)
            return Error::field(QStringLiteral("license_number"),
                                QStringLiteral("doctor with this license number already exists."));
        return *e;
    }
    if (Status e = uow.commit())
        return *e;
    return get(Actor{applicant.userId, Role::Patient, applicant.source}, applicant.userId);
}

QString DoctorService::linkedProfileId(const QSqlDatabase& db, const QString& userId)
{
    if (userId.isEmpty())
        return {};
    auto id = sql::scalar(db,
                          QStringLiteral("SELECT id FROM doctors WHERE user_id = ? AND deleted_at IS NULL "
                                         "ORDER BY (id = user_id) DESC, id LIMIT 1"),
                          {userId});
    return id && id->isValid() ? id->toString() : QString();
}

QString DoctorService::profileIdFor(const QSqlDatabase& db, const QString& id)
{
    if (!Uuid::isValid(id))
        return {};
    auto found =
        sql::scalar(db,
                    QStringLiteral("SELECT id FROM doctors WHERE (id = ? OR user_id = ?) AND deleted_at "
                                   "IS NULL ORDER BY id = ? DESC, (id = user_id) DESC, id LIMIT 1"),
                    {id, id, id});
    return found && found->isValid() ? found->toString() : QString();
}

Result<std::optional<QVariantMap>> DoctorService::ofUser(const Actor& actor, const QString& userId)
{
    if (!allows(actor.role, Permission::ReadDoctors))
        return Error::forbidden();
    // The profile made with the account shares its id; one linked later by staff names it in user_id.
    auto row = sql::selectOne(m_ctx.db.connection(),
                              kSelect + QStringLiteral(" WHERE d.user_id = ? AND d.deleted_at IS NULL "
                                                       "ORDER BY (d.id = d.user_id) DESC, d.id LIMIT 1"),
                              {userId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<QVariantMap>();
    return std::optional<QVariantMap>(present(**row));
}

Result<QVariantMap> DoctorService::updateOwn(const Actor& actor, const QVariantMap& input)
{
    auto own = ofUser(actor, actor.userId);
    if (!own)
        return own.error();
    if (!own->has_value())
        return Error::notFound();
    const QString id = (*own)->value(QStringLiteral("id")).toString();
    QVariantMap profile = input;
    for (const QString& key : kStaffOnlyFields)
        profile.remove(key);
    auto fields = normalize(profile, **own, false, id);
    if (!fields)
        return fields.error();
    if (fields->isEmpty())
        return **own;
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    QVariantMap changes = *fields;
    changes.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.update(kTable, id, changes))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return get(actor, id);
}

QString DoctorService::specializationCode(const QString& text)
{
    static const QStringList codes{
        QStringLiteral("general"),     QStringLiteral("cardiology"),    QStringLiteral("dermatology"),
        QStringLiteral("pediatrics"),  QStringLiteral("gynecology"),    QStringLiteral("ophthalmology"),
        QStringLiteral("psychiatry"),  QStringLiteral("orthopedics"),   QStringLiteral("neurology"),
        QStringLiteral("oncology"),    QStringLiteral("endocrinology"), QStringLiteral("gastroenterology"),
        QStringLiteral("pulmonology"), QStringLiteral("nephrology"),    QStringLiteral("rheumatology"),
        QStringLiteral("urology"),     QStringLiteral("radiology"),     QStringLiteral("anesthesiology"),
        QStringLiteral("emergency"),   QStringLiteral("other")};
    const QString folded = text.trimmed().toLower();
    return codes.contains(folded) ? folded : text;
}

} // namespace chairside

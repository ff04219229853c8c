#include "Renderers.h"

#include "domain/Fields.h"
#include "domain/Role.h"

#include <QJsonValue>

namespace chairside::api {

namespace {

QJsonValue value(const QVariantMap& row, const QString& key)
{
    const QVariant v = row.value(key);
    return isNullValue(v) ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v);
}

QJsonObject copy(const QVariantMap& row, const QStringList& keys)
{
    QJsonObject o;
    for (const QString& k : keys)
        o.insert(k, value(row, k));
    return o;
}

// The seeds' user_type/role words for our roles (003: doctor/patient/admin; 002: Patient/Doctor/Admin/Staff).
QString userType(const QString& role)
{
    if (role == QLatin1String("dentist"))
        return QStringLiteral("doctor");
    if (role == QLatin1String("receptionist"))
        return QStringLiteral("staff");
    return role;
}

// A profile's login account as seed 004 nests it: {id, username, email}, or null when it has none.
QJsonValue linkedUser(const QVariantMap& profile)
{
    if (isNullValue(profile.value(QStringLiteral("user_id"))))
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("id"), value(profile, QStringLiteral("user_id"))},
                       {QStringLiteral("username"), value(profile, QStringLiteral("user_username"))},
                       {QStringLiteral("email"), value(profile, QStringLiteral("user_email"))}};
}

QVariantMap withAliases(QVariantMap fields, const QList<std::pair<QString, QString>>& aliases)
{
    for (const auto& [alias, canonical] : aliases) {
        if (fields.contains(alias) && !fields.contains(canonical))
            fields.insert(canonical, fields.value(alias));
    }
    return fields;
}

} // namespace

QJsonObject renderUser(const QVariantMap& user)
{
    QJsonObject o =
        copy(user, {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("username"),
                    QStringLiteral("name"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                    QStringLiteral("phone"), QStringLiteral("role"), QStringLiteral("is_staff"),
                    QStringLiteral("is_active"), QStringLiteral("email_verified"),
                    QStringLiteral("created_at"), QStringLiteral("updated_at")});
    o.insert(QStringLiteral("phone_number"), value(user, QStringLiteral("phone")));
    o.insert(QStringLiteral("user_type"), userType(user.value(QStringLiteral("role")).toString()));
    o.insert(QStringLiteral("date_joined"), value(user, QStringLiteral("created_at")));
    o.insert(QStringLiteral("password_needs_reset"), false);
    o.insert(QStringLiteral("full_name"), value(user, QStringLiteral("name")));
    return o;
}

QJsonObject renderPatient(const QVariantMap& p)
{
    QJsonObject o = copy(p, {QStringLiteral("id"),
                             QStringLiteral("name"),
                             QStringLiteral("first_name"),
                             QStringLiteral("last_name"),
                             QStringLiteral("age"),
                             QStringLiteral("date_of_birth"),
                             QStringLiteral("gender"),
                             QStringLiteral("phone"),
                             QStringLiteral("email"),
                             QStringLiteral("address"),
                             QStringLiteral("condition"),
                             QStringLiteral("diagnosis"),
                             QStringLiteral("medical_history"),
                             QStringLiteral("allergies"),
                             QStringLiteral("current_medications"),
                             QStringLiteral("blood_type"),
                             QStringLiteral("emergency_contact"),
                             QStringLiteral("emergency_contact_name"),
                             QStringLiteral("emergency_contact_phone"),
                             QStringLiteral("emergency_contact_relation"),
                             QStringLiteral("insurance_provider"),
                             QStringLiteral("insurance_number"),
                             QStringLiteral("notes"),
                             QStringLiteral("created_at"),
                             QStringLiteral("updated_at")});
    o.insert(QStringLiteral("full_name"), value(p, QStringLiteral("name")));
    o.insert(QStringLiteral("created_by"), value(p, QStringLiteral("owner_id")));
    o.insert(QStringLiteral("user_id"), value(p, QStringLiteral("user_id")));
    o.insert(QStringLiteral("user"), linkedUser(p));
    o.insert(QStringLiteral("doctor"), value(p, QStringLiteral("doctor_id")));
    o.insert(QStringLiteral("primary_doctor"), value(p, QStringLiteral("doctor_id")));
    o.insert(QStringLiteral("doctor_name"), value(p, QStringLiteral("doctor_name")));
    o.insert(QStringLiteral("is_active"), true);
    return o;
}

QJsonObject renderDoctor(const QVariantMap& d)
{
    QJsonObject o =
        copy(d, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("specialization"),
                 QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("experience"),
                 QStringLiteral("license_number"), QStringLiteral("qualifications"),
                 QStringLiteral("consultation_fee"), QStringLiteral("is_approved"),
                 QStringLiteral("approved_at"), QStringLiteral("approval_notes"),
                 QStringLiteral("available_from"), QStringLiteral("available_to"), QStringLiteral("user_id"),
                 QStringLiteral("created_at"), QStringLiteral("updated_at")});
    o.insert(QStringLiteral("specialty"), value(d, QStringLiteral("specialization")));
    o.insert(QStringLiteral("user"), linkedUser(d));
    return o;
}

QJsonObject renderMapping(const QVariantMap& m)
{
    QJsonObject o = copy(m, {QStringLiteral("id"), QStringLiteral("patient_id"), QStringLiteral("doctor_id"),
                             QStringLiteral("assigned_at"), QStringLiteral("created_at")});
    o.insert(QStringLiteral("patient"), value(m, QStringLiteral("patient_id")));
    o.insert(QStringLiteral("doctor"), value(m, QStringLiteral("doctor_id")));
    // patient_age is already the age on the station clock's date (MappingService), as on the patient itself.
    o.insert(QStringLiteral("patient_details"),
             QJsonObject{{QStringLiteral("id"), value(m, QStringLiteral("patient_id"))},
                         {QStringLiteral("name"), value(m, QStringLiteral("patient_name"))},
                         {QStringLiteral("age"), value(m, QStringLiteral("patient_age"))},
                         {QStringLiteral("gender"), value(m, QStringLiteral("patient_gender"))}});
    o.insert(
        QStringLiteral("doctor_details"),
        QJsonObject{{QStringLiteral("id"), value(m, QStringLiteral("doctor_id"))},
                    {QStringLiteral("name"), value(m, QStringLiteral("doctor_name"))},
                    {QStringLiteral("specialization"), value(m, QStringLiteral("doctor_specialization"))},
                    {QStringLiteral("experience"), value(m, QStringLiteral("doctor_experience"))}});
    return o;
}

QVariantMap patientInput(const QVariantMap& fields)
{
    return withAliases(fields, {{QStringLiteral("phone_number"), QStringLiteral("phone")},
                                {QStringLiteral("dob"), QStringLiteral("date_of_birth")},
                                {QStringLiteral("full_name"), QStringLiteral("name")}});
}

QVariantMap doctorInput(const QVariantMap& fields)
{
    QVariantMap in = withAliases(fields, {{QStringLiteral("specialty"), QStringLiteral("specialization")},
                                          {QStringLiteral("phone_number"), QStringLiteral("phone")}});
    // `user` may be an id (002) or a nested object (004, made by ProfileService); an id links the
    // account.
    const QVariant user = in.value(QStringLiteral("user"));
    if (user.metaType().id() == QMetaType::QString && !in.contains(QStringLiteral("user_id")))
        in.insert(QStringLiteral("user_id"), user);
    return in;
}

QVariantMap registrationInput(const QVariantMap& fields)
{
    return withAliases(fields, {{QStringLiteral("phone_number"), QStringLiteral("phone")},
                                {QStringLiteral("password2"), QStringLiteral("password_confirm")}});
}

} // namespace chairside::api

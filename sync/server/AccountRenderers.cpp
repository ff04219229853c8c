#include "AccountRenderers.h"

#include "Renderers.h"
#include "domain/Fields.h"

#include <QJsonArray>
#include <QJsonValue>

namespace chairside::api {

namespace {

QJsonValue value(const QVariantMap& row, const QString& key)
{
    const QVariant v = row.value(key);
    return isNullValue(v) ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v);
}

QString text(const QVariantMap& row, const QString& key)
{
    const QVariant v = row.value(key);
    return isNullValue(v) ? QString() : v.toString();
}

// Seed 003 knows three user types; the front desk sees and edits every patient, as 003's admins do.
QString userType003(const QString& role)
{
    if (role == QLatin1String("dentist"))
        return QStringLiteral("doctor");
    if (role == QLatin1String("patient"))
        return QStringLiteral("patient");
    return QStringLiteral("admin");
}

QString role002(const QString& role)
{
    if (role == QLatin1String("dentist"))
        return QStringLiteral("Doctor");
    if (role == QLatin1String("admin"))
        return QStringLiteral("Admin");
    if (role == QLatin1String("receptionist"))
        return QStringLiteral("Staff");
    return QStringLiteral("Patient");
}

QJsonValue specialization(const QVariantMap& doctor)
{
    const QString s = text(doctor, QStringLiteral("specialization"));
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(DoctorService::specializationCode(s));
}

const QString kDays[] = {QStringLiteral("Monday"),   QStringLiteral("Tuesday"), QStringLiteral("Wednesday"),
                         QStringLiteral("Thursday"), QStringLiteral("Friday"),  QStringLiteral("Saturday"),
                         QStringLiteral("Sunday")};

} // namespace

QJsonObject renderUser003(const UserProfile& profile)
{
    const QVariantMap& u = profile.user;
    const QVariantMap& p = profile.patient;
    const QVariantMap& d = profile.doctor;
    QJsonObject o = renderUser(u);
    o.insert(QStringLiteral("full_name"), value(u, QStringLiteral("name")));
    o.insert(QStringLiteral("user_type"), userType003(text(u, QStringLiteral("role"))));
    o.insert(QStringLiteral("profile_picture"), QJsonValue::Null); // no pictures are kept
    for (const QString& key :
         {QStringLiteral("date_of_birth"), QStringLiteral("address"), QStringLiteral("medical_history"),
          QStringLiteral("allergies"), QStringLiteral("emergency_contact_name"),
          QStringLiteral("emergency_contact_phone"), QStringLiteral("emergency_contact_relation")})
        o.insert(key, value(p, key));
    o.insert(QStringLiteral("medical_license_number"), value(d, QStringLiteral("license_number")));
    o.insert(QStringLiteral("specialization"), specialization(d));
    if (!d.isEmpty())
        o.insert(QStringLiteral("is_approved"), d.value(QStringLiteral("is_approved")).toBool());
    return o;
}

QJsonObject renderUser002(const UserProfile& profile)
{
    const QVariantMap& u = profile.user;
    const QVariantMap& p = profile.patient;
    QJsonObject o = renderUser(u);
    const QString id = text(u, QStringLiteral("id"));
    o.insert(QStringLiteral("role"), role002(text(u, QStringLiteral("role"))));
    o.insert(QStringLiteral("is_superuser"), text(u, QStringLiteral("role")) == QLatin1String("admin"));
    // 002 fills firebase_uid with "local-<uuid>" when no Firebase account is given.
    o.insert(QStringLiteral("firebase_uid"), QStringLiteral("local-") + id);
    o.insert(QStringLiteral("last_login"), QJsonValue::Null);
    o.insert(QStringLiteral("groups"), QJsonArray());
    o.insert(QStringLiteral("user_permissions"), QJsonArray());
    for (const QString& key :
         {QStringLiteral("date_of_birth"), QStringLiteral("address"), QStringLiteral("emergency_contact")})
        o.insert(key, value(p, key));
    const QString gender = canonicalGender(text(p, QStringLiteral("gender")));
    o.insert(QStringLiteral("gender"), gender.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(gender));
    if (!profile.doctor.isEmpty())
        o.insert(QStringLiteral("doctor"), renderDoctor002(profile.doctor));
    return o;
}

QJsonObject renderDoctor002(const QVariantMap& doctor)
{
    QJsonObject o = renderDoctor(doctor);
    o.insert(QStringLiteral("user"), value(doctor, QStringLiteral("user_id")));
    o.insert(QStringLiteral("is_approved"), doctor.value(QStringLiteral("is_approved")).toBool());
    return o;
}

QJsonObject renderDoctorUser003(const QVariantMap& doctor, int patientLimit)
{
    const QString userId = text(doctor, QStringLiteral("user_id"));
    const QString name = text(doctor, QStringLiteral("name"));
    QString first = text(doctor, QStringLiteral("user_first_name"));
    QString last = text(doctor, QStringLiteral("user_last_name"));
    if (first.isEmpty() && last.isEmpty()) {
        first = name.section(QLatin1Char(' '), 0, 0);
        last = name.section(QLatin1Char(' '), 1).trimmed();
    }
    const int patients = doctor.value(QStringLiteral("patient_count")).toInt();
    QJsonObject o{
        // Decision 1: a doctor linked to an account is that account ("doctor: <user id>" in 003).
        {QStringLiteral("id"), userId.isEmpty() ? value(doctor, QStringLiteral("id")) : QJsonValue(userId)},
        {QStringLiteral("doctor_id"), value(doctor, QStringLiteral("id"))},
        {QStringLiteral("username"), value(doctor, QStringLiteral("user_username"))},
        {QStringLiteral("email"), isNullValue(doctor.value(QStringLiteral("user_email")))
                                      ? value(doctor, QStringLiteral("email"))
                                      : value(doctor, QStringLiteral("user_email"))},
        {QStringLiteral("first_name"), first},
        {QStringLiteral("last_name"), last},
        {QStringLiteral("full_name"), name},
        {QStringLiteral("name"), name},
        {QStringLiteral("user_type"), QStringLiteral("doctor")},
        {QStringLiteral("phone"), isNullValue(doctor.value(QStringLiteral("user_phone")))
                                      ? value(doctor, QStringLiteral("phone"))
                                      : value(doctor, QStringLiteral("user_phone"))},
        {QStringLiteral("specialization"), specialization(doctor)},
        {QStringLiteral("medical_license_number"), value(doctor, QStringLiteral("license_number"))},
        {QStringLiteral("experience"), value(doctor, QStringLiteral("experience"))},
        {QStringLiteral("is_approved"), doctor.value(QStringLiteral("is_approved")).toBool()},
        {QStringLiteral("patient_count"), patients},
        {QStringLiteral("available_slots"), std::max(0, patientLimit - patients)},
        {QStringLiteral("created_at"), value(doctor, QStringLiteral("created_at"))},
        {QStringLiteral("updated_at"), value(doctor, QStringLiteral("updated_at"))},
    };
    return o;
}

QJsonObject renderAvailability002(const QString& doctorId, const QVariantMap& hours)
{
    const int weekday = hours.value(QStringLiteral("weekday")).toInt();
    return {{QStringLiteral("id"), value(hours, QStringLiteral("id"))},
            {QStringLiteral("doctor"), doctorId},
            {QStringLiteral("day_of_week"), weekday >= 1 && weekday <= 7 ? kDays[weekday - 1] : QString()},
            {QStringLiteral("start_time"), value(hours, QStringLiteral("start_time"))},
            {QStringLiteral("end_time"), value(hours, QStringLiteral("end_time"))},
            {QStringLiteral("is_available"), true},
            // A dentist sees one patient at a time: bookings of one dentist never overlap.
            {QStringLiteral("max_appointments"), 1},
            {QStringLiteral("clinic_hours"), hours.value(QStringLiteral("clinic")).toBool()}};
}

QVariantMap accountInput(const QVariantMap& fields)
{
    QVariantMap in = fields;
    const std::pair<QString, QString> aliases[] = {
        {QStringLiteral("phone_number"), QStringLiteral("phone")},
        {QStringLiteral("dob"), QStringLiteral("date_of_birth")},
        {QStringLiteral("medical_license_number"), QStringLiteral("license_number")},
        {QStringLiteral("specialty"), QStringLiteral("specialization")},
        {QStringLiteral("password2"), QStringLiteral("password_confirm")},
    };
    for (const auto& [alias, canonical] : aliases) {
        if (in.contains(alias) && !in.contains(canonical))
            in.insert(canonical, in.value(alias));
    }
    return in;
}

} // namespace chairside::api

#include "FhirResources.h"

#include "domain/Fields.h"

#include <QDate>
#include <QJsonDocument>
#include <QLocale>
#include <QTime>

namespace chairside::api::fhir {

namespace {

QString text(const QVariantMap& row, const QString& key)
{
    const QVariant v = row.value(key);
    return v.isNull() ? QString() : v.toString().trimmed();
}

QJsonObject reference(const QString& type, const QString& id, const QString& display)
{
    QJsonObject r{{QStringLiteral("reference"), type + QLatin1Char('/') + id}};
    if (!display.isEmpty())
        r.insert(QStringLiteral("display"), display);
    return r;
}

QJsonObject meta(const QVariantMap& row)
{
    return {{QStringLiteral("lastUpdated"), text(row, QStringLiteral("updated_at"))}};
}

// ContactPoint entries for the row's phone and email, in that order.
QJsonArray telecom(const QVariantMap& row)
{
    QJsonArray out;
    for (const auto& [system, column] : {std::pair{QStringLiteral("phone"), QStringLiteral("phone")},
                                         std::pair{QStringLiteral("email"), QStringLiteral("email")}}) {
        if (const QString value = text(row, column); !value.isEmpty())
            out.append(QJsonObject{{QStringLiteral("system"), system}, {QStringLiteral("value"), value}});
    }
    return out;
}

// A HumanName from one free-text name ("Dr. Anna Berg"): the text as written, the last word as family, the
// words before it as given, a leading title as prefix.
QJsonObject nameFromText(const QString& name)
{
    QJsonObject out{{QStringLiteral("text"), name}};
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QJsonArray prefix;
    while (words.size() > 1 && words.first().endsWith(QLatin1Char('.')))
        prefix.append(words.takeFirst());
    if (!prefix.isEmpty())
        out.insert(QStringLiteral("prefix"), prefix);
    if (words.isEmpty())
        return out;
    out.insert(QStringLiteral("family"), words.takeLast());
    if (!words.isEmpty())
        out.insert(QStringLiteral("given"), QJsonArray::fromStringList(words));
    return out;
}

bool isDate(const QString& value)
{
    return value.size() == 10 && QDate::fromString(value, Qt::ISODate).isValid();
}

} // namespace

QJsonObject patient(const QVariantMap& row)
{
    QJsonObject out{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                    {QStringLiteral("id"), text(row, QStringLiteral("id"))},
                    {QStringLiteral("meta"), meta(row)},
                    {QStringLiteral("active"), true}};
    if (const QString number = text(row, QStringLiteral("insurance_number")); !number.isEmpty()) {
        QJsonObject identifier{{QStringLiteral("use"), QStringLiteral("secondary")},
                               {QStringLiteral("type"),
                                QJsonObject{{QStringLiteral("text"), QStringLiteral("Insurance number")}}},
                               {QStringLiteral("value"), number}};
        if (const QString provider = text(row, QStringLiteral("insurance_provider")); !provider.isEmpty())
            identifier.insert(QStringLiteral("assigner"), QJsonObject{{QStringLiteral("display"), provider}});
        out.insert(QStringLiteral("identifier"), QJsonArray{identifier});
    }
    // The seeds keep a full name, and some also first and last: the structured parts when given, else the
    // full name split as a HumanName.
    const QString full = text(row, QStringLiteral("name"));
    const QString first = text(row, QStringLiteral("first_name"));
    const QString last = text(row, QStringLiteral("last_name"));
    QJsonObject name;
    if (!first.isEmpty() || !last.isEmpty()) {
        name.insert(QStringLiteral("text"),
                    full.isEmpty() ? QStringList{first, last}.join(QLatin1Char(' ')).trimmed() : full);
        if (!last.isEmpty())
            name.insert(QStringLiteral("family"), last);
        if (!first.isEmpty())
            name.insert(QStringLiteral("given"), QJsonArray{first});
    } else if (!full.isEmpty()) {
        name = nameFromText(full);
    }
    if (!name.isEmpty()) {
        name.insert(QStringLiteral("use"), QStringLiteral("official"));
        out.insert(QStringLiteral("name"), QJsonArray{name});
    }
    if (const QJsonArray contacts = telecom(row); !contacts.isEmpty())
        out.insert(QStringLiteral("telecom"), contacts);
    if (const QString gender = canonicalGender(text(row, QStringLiteral("gender"))); !gender.isEmpty())
        out.insert(QStringLiteral("gender"), gender.toLower());
    if (const QString born = text(row, QStringLiteral("date_of_birth")); isDate(born))
        out.insert(QStringLiteral("birthDate"), born);
    if (const QString address = text(row, QStringLiteral("address")); !address.isEmpty())
        out.insert(QStringLiteral("address"), QJsonArray{QJsonObject{{QStringLiteral("text"), address}}});
    // The emergency contact, when the record names one.
    const QString contactName = text(row, QStringLiteral("emergency_contact_name"));
    const QString contactPhone = text(row, QStringLiteral("emergency_contact_phone"));
    if (!contactName.isEmpty() || !contactPhone.isEmpty()) {
        QJsonObject relationship{
            {QStringLiteral("coding"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("system"), QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0131")},
                 {QStringLiteral("code"), QStringLiteral("C")},
                 {QStringLiteral("display"), QStringLiteral("Emergency Contact")}}}}};
        if (const QString relation = text(row, QStringLiteral("emergency_contact_relation"));
            !relation.isEmpty())
            relationship.insert(QStringLiteral("text"), relation);
        QJsonObject contact{{QStringLiteral("relationship"), QJsonArray{relationship}}};
        if (!contactName.isEmpty())
            contact.insert(QStringLiteral("name"), QJsonObject{{QStringLiteral("text"), contactName}});
        if (!contactPhone.isEmpty())
            contact.insert(QStringLiteral("telecom"),
                           QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                                  {QStringLiteral("value"), contactPhone}}});
        out.insert(QStringLiteral("contact"), QJsonArray{contact});
    }
    return out;
}

QJsonObject practitioner(const QVariantMap& doctor)
{
    QJsonObject out{{QStringLiteral("resourceType"), QStringLiteral("Practitioner")},
                    {QStringLiteral("id"), text(doctor, QStringLiteral("id"))},
                    {QStringLiteral("meta"), meta(doctor)},
                    // A dentist who signed up is not active until staff approve them.
                    {QStringLiteral("active"), !doctor.value(QStringLiteral("awaiting_approval")).toBool()}};
    if (const QString licence = text(doctor, QStringLiteral("license_number")); !licence.isEmpty())
        out.insert(
            QStringLiteral("identifier"),
            QJsonArray{QJsonObject{{QStringLiteral("use"), QStringLiteral("official")},
                                   {QStringLiteral("type"),
                                    QJsonObject{{QStringLiteral("text"), QStringLiteral("Licence number")}}},
                                   {QStringLiteral("value"), licence}}});
    if (const QString name = text(doctor, QStringLiteral("name")); !name.isEmpty())
        out.insert(QStringLiteral("name"), QJsonArray{nameFromText(name)});
    if (const QJsonArray contacts = telecom(doctor); !contacts.isEmpty())
        out.insert(QStringLiteral("telecom"), contacts);
    QJsonArray qualifications;
    for (const QString& column : {QStringLiteral("specialization"), QStringLiteral("qualifications")}) {
        if (const QString value = text(doctor, column); !value.isEmpty())
            qualifications.append(
                QJsonObject{{QStringLiteral("code"), QJsonObject{{QStringLiteral("text"), value}}}});
    }
    if (!qualifications.isEmpty())
        out.insert(QStringLiteral("qualification"), qualifications);
    return out;
}

QJsonObject schedule(const QVariantMap& doctor, const QList<QVariantMap>& weeklyHours)
{
    const QString id = text(doctor, QStringLiteral("id"));
    const QString name = text(doctor, QStringLiteral("name"));
    QStringList hours;
    for (const QVariantMap& interval : weeklyHours) {
        const int weekday = interval.value(QStringLiteral("weekday")).toInt();
        hours << QStringLiteral("%1 %2-%3")
                     .arg(QLocale::c().dayName(weekday, QLocale::ShortFormat),
                          text(interval, QStringLiteral("start_time")).left(5),
                          text(interval, QStringLiteral("end_time")).left(5));
    }
    QJsonObject out{
        {QStringLiteral("resourceType"), QStringLiteral("Schedule")},
        {QStringLiteral("id"), id},
        {QStringLiteral("meta"), meta(doctor)},
        {QStringLiteral("active"), !doctor.value(QStringLiteral("awaiting_approval")).toBool()},
        {QStringLiteral("actor"), QJsonArray{reference(QStringLiteral("Practitioner"), id, name)}}};
    if (!hours.isEmpty())
        out.insert(QStringLiteral("comment"),
                   QStringLiteral("Working hours (clinic time): ") + hours.join(QStringLiteral(", ")));
    return out;
}

QJsonObject slot(const QVariantMap& timeSlot)
{
    // Free: marked available and no live appointment of the dentist overlaps it (TimeSlotService).
    QString status = QStringLiteral("free");
    if (!timeSlot.value(QStringLiteral("is_available")).toBool())
        status = timeSlot.value(QStringLiteral("is_available_flag")).toBool()
                     ? QStringLiteral("busy")
                     : QStringLiteral("busy-unavailable");
    const QString doctor = text(timeSlot, QStringLiteral("doctor_id"));
    return {{QStringLiteral("resourceType"), QStringLiteral("Slot")},
            {QStringLiteral("id"), text(timeSlot, QStringLiteral("id"))},
            {QStringLiteral("meta"), meta(timeSlot)},
            {QStringLiteral("schedule"),
             reference(QStringLiteral("Schedule"), doctor, text(timeSlot, QStringLiteral("doctor_name")))},
            {QStringLiteral("status"), status},
            {QStringLiteral("start"), text(timeSlot, QStringLiteral("start_at"))},
            {QStringLiteral("end"), text(timeSlot, QStringLiteral("end_at"))}};
}

QString appointmentStatus(const QString& status)
{
    // requested -> scheduled -> confirmed -> arrived -> in_chair -> completed | cancelled | no_show.
    static const QHash<QString, QString> codes{
        {QStringLiteral("requested"), QStringLiteral("proposed")},
        {QStringLiteral("scheduled"), QStringLiteral("booked")},
        {QStringLiteral("confirmed"), QStringLiteral("booked")},
        {QStringLiteral("arrived"), QStringLiteral("arrived")},
        // In the chair: the pre-encounter work is done and the visit has begun (R4's checked-in).
        {QStringLiteral("in_chair"), QStringLiteral("checked-in")},
        {QStringLiteral("completed"), QStringLiteral("fulfilled")},
        {QStringLiteral("cancelled"), QStringLiteral("cancelled")},
        {QStringLiteral("no_show"), QStringLiteral("noshow")},
    };
    return codes.value(status, QStringLiteral("booked"));
}

QJsonObject appointment(const QVariantMap& row)
{
    const QString status = text(row, QStringLiteral("status"));
    // A request is still to be accepted by the clinic; everything else was booked by it.
    const QString participation =
        status == QLatin1String("requested") ? QStringLiteral("needs-action") : QStringLiteral("accepted");
    QJsonArray participants{
        QJsonObject{{QStringLiteral("actor"),
                     reference(QStringLiteral("Patient"), text(row, QStringLiteral("patient_id")),
                               text(row, QStringLiteral("patient_name")))},
                    {QStringLiteral("required"), QStringLiteral("required")},
                    {QStringLiteral("status"), participation}}};
    if (const QString dentist = text(row, QStringLiteral("dentist_id")); !dentist.isEmpty())
        participants.append(QJsonObject{
            {QStringLiteral("type"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("coding"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("system"),
                       QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ParticipationType")},
                      {QStringLiteral("code"), QStringLiteral("PPRF")},
                      {QStringLiteral("display"), QStringLiteral("primary performer")}}}}}}},
            {QStringLiteral("actor"),
             reference(QStringLiteral("Practitioner"), dentist, text(row, QStringLiteral("dentist_name")))},
            {QStringLiteral("required"), QStringLiteral("required")},
            {QStringLiteral("status"), participation}});
    // The chair is a place this server does not serve as a resource: named by identifier, not a link.
    if (const QString chair = text(row, QStringLiteral("chair_id")); !chair.isEmpty()) {
        QJsonObject place{{QStringLiteral("type"), QStringLiteral("Location")},
                          {QStringLiteral("identifier"),
                           QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:chairside:chair")},
                                       {QStringLiteral("value"), chair}}}};
        if (const QString name = text(row, QStringLiteral("chair_name")); !name.isEmpty())
            place.insert(QStringLiteral("display"), name);
        participants.append(QJsonObject{{QStringLiteral("actor"), place},
                                        {QStringLiteral("required"), QStringLiteral("required")},
                                        {QStringLiteral("status"), QStringLiteral("accepted")}});
    }

    QJsonObject out{
        {QStringLiteral("resourceType"), QStringLiteral("Appointment")},
        {QStringLiteral("id"), text(row, QStringLiteral("id"))},
        {QStringLiteral("meta"), meta(row)},
        {QStringLiteral("status"), appointmentStatus(status)},
        {QStringLiteral("start"), text(row, QStringLiteral("start_at"))},
        {QStringLiteral("end"), text(row, QStringLiteral("end_at"))},
        {QStringLiteral("minutesDuration"), row.value(QStringLiteral("duration_minutes")).toInt()},
        {QStringLiteral("created"), text(row, QStringLiteral("created_at"))},
        {QStringLiteral("participant"), participants}};
    if (const QString reason = text(row, QStringLiteral("reason")); !reason.isEmpty())
        out.insert(QStringLiteral("description"), reason);
    if (const QString notes = text(row, QStringLiteral("notes")); !notes.isEmpty())
        out.insert(QStringLiteral("comment"), notes);
    if (const QString timeSlot = text(row, QStringLiteral("time_slot_id")); !timeSlot.isEmpty())
        out.insert(QStringLiteral("slot"),
                   QJsonArray{reference(QStringLiteral("Slot"), timeSlot, QString())});
    return out;
}

QJsonObject searchset(const QString& base, const QString& self, const QString& next,
                      const QJsonArray& resources, int total)
{
    QJsonArray links{
        QJsonObject{{QStringLiteral("relation"), QStringLiteral("self")}, {QStringLiteral("url"), self}}};
    if (!next.isEmpty())
        links.append(
            QJsonObject{{QStringLiteral("relation"), QStringLiteral("next")}, {QStringLiteral("url"), next}});
    QJsonArray entries;
    for (const QJsonValue& resource : resources) {
        const QJsonObject r = resource.toObject();
        entries.append(QJsonObject{
            {QStringLiteral("fullUrl"), QStringLiteral("%1/%2/%3")
                                            .arg(base, r.value(QStringLiteral("resourceType")).toString(),
                                                 r.value(QStringLiteral("id")).toString())},
            {QStringLiteral("resource"), r},
            {QStringLiteral("search"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("match")}}}});
    }
    QJsonObject out{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                    {QStringLiteral("type"), QStringLiteral("searchset")},
                    {QStringLiteral("link"), links}};
    // FHIR's JSON has no empty arrays: no matches, no entry.
    if (!entries.isEmpty())
        out.insert(QStringLiteral("entry"), entries);
    if (total >= 0)
        out.insert(QStringLiteral("total"), total);
    return out;
}

QJsonObject operationOutcome(const QString& code, const QString& diagnostics)
{
    return {{QStringLiteral("resourceType"), QStringLiteral("OperationOutcome")},
            {QStringLiteral("issue"),
             QJsonArray{QJsonObject{{QStringLiteral("severity"), QStringLiteral("error")},
                                    {QStringLiteral("code"), code},
                                    {QStringLiteral("diagnostics"), diagnostics}}}}};
}

ApiResponse answer(int status, const QJsonObject& resource)
{
    ApiResponse r = ApiResponse::bytes(QJsonDocument(resource).toJson(QJsonDocument::Compact),
                                       QByteArrayLiteral("application/fhir+json; charset=utf-8"));
    r.status = status;
    return r;
}

ApiResponse outcomeFrom(const ApiResponse& refusal)
{
    QString code = QStringLiteral("processing");
    switch (refusal.status) {
    case 400:
    case 413:
    case 415:
        code = QStringLiteral("invalid");
        break;
    case 401:
        code = QStringLiteral("login");
        break;
    case 403:
        code = QStringLiteral("forbidden");
        break;
    case 404:
        code = QStringLiteral("not-found");
        break;
    case 405:
        code = QStringLiteral("not-supported");
        break;
    case 409:
        code = QStringLiteral("conflict");
        break;
    case 429:
        code = QStringLiteral("throttled");
        break;
    case 503:
        code = QStringLiteral("transient");
        break;
    default:
        if (refusal.status >= 500)
            code = QStringLiteral("exception");
    }
    // The seeds' bodies say why in "detail", or per field; either becomes the diagnostics.
    const QJsonObject body = refusal.body.toObject();
    QString diagnostics = body.value(QStringLiteral("detail")).toString();
    if (diagnostics.isEmpty())
        diagnostics = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    ApiResponse r = answer(refusal.status, operationOutcome(code, diagnostics));
    r.headers = refusal.headers;
    return r;
}

ApiResponse outcomeFrom(const Error& error)
{
    return outcomeFrom(ApiResponse::fromError(error));
}

} // namespace chairside::api::fhir

#include "ConsultationRenderers.h"

#include "AppointmentDialect.h"
#include "domain/Fields.h"
#include "services/ConsultationService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace chairside::api {

namespace {

QJsonValue value(const QVariantMap& row, const QString& key)
{
    const QVariant v = row.value(key);
    return isNullValue(v) ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v);
}

QJsonValue flag(const QVariantMap& row, const QString& key)
{
    const QVariant v = row.value(key);
    return isNullValue(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toInt() != 0);
}

QJsonObject copy(const QVariantMap& row, const QStringList& keys)
{
    QJsonObject o;
    for (const QString& k : keys)
        o.insert(k, value(row, k));
    return o;
}

// "in_progress" -> "In Progress", "follow_up" -> "Follow Up": Django's choice labels for these codes.
QString label(const QString& code)
{
    QStringList words = code.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString& w : words)
        w[0] = w[0].toUpper();
    return words.join(QLatin1Char(' '));
}

QJsonValue labelled(const QString& code)
{
    return code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(label(code));
}

// Seed 003's UserBasicSerializer from a name kept whole (doctor profiles) or in parts (patients).
QJsonObject person(const QJsonValue& id, const QString& first, const QString& last, const QString& whole,
                   const QJsonValue& email)
{
    QString firstName = first;
    QString lastName = last;
    if (firstName.isEmpty() && lastName.isEmpty()) {
        firstName = whole.section(QLatin1Char(' '), 0, 0);
        lastName = whole.section(QLatin1Char(' '), 1);
    }
    QString full = QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
    if (full.isEmpty())
        full = whole;
    return {{QStringLiteral("id"), id},
            {QStringLiteral("first_name"), firstName},
            {QStringLiteral("last_name"), lastName},
            {QStringLiteral("full_name"), full},
            {QStringLiteral("email"), email}};
}

QString text(const QVariantMap& row, const QString& key)
{
    const QVariant v = row.value(key);
    return isNullValue(v) ? QString() : v.toString();
}

QJsonObject patientInfo(const QVariantMap& c)
{
    return person(value(c, QStringLiteral("patient_id")), text(c, QStringLiteral("patient_first_name")),
                  text(c, QStringLiteral("patient_last_name")), text(c, QStringLiteral("patient_name")),
                  value(c, QStringLiteral("patient_email")));
}

QJsonValue doctorInfo(const QVariantMap& c)
{
    if (isNullValue(c.value(QStringLiteral("doctor_id"))))
        return QJsonValue::Null;
    QJsonObject o = person(value(c, QStringLiteral("doctor_id")), {}, {},
                           text(c, QStringLiteral("doctor_name")), value(c, QStringLiteral("doctor_email")));
    o.insert(QStringLiteral("specialization"), value(c, QStringLiteral("doctor_specialization")));
    return o;
}

QString fullName(const QJsonObject& info)
{
    return info.value(QStringLiteral("full_name")).toString();
}

// The visit as seed 003's AppointmentSerializer shows it, in brief: the appointment dialect of seed 003
// renders it in full.
QJsonValue appointmentInfo(const QVariantMap& c)
{
    const QVariantMap a = c.value(QStringLiteral("appointment")).toMap();
    if (a.isEmpty())
        return QJsonValue::Null;
    const QString status = appointmentStatus003(text(a, QStringLiteral("status")));
    return QJsonObject{{QStringLiteral("id"), value(a, QStringLiteral("id"))},
                       {QStringLiteral("patient"), value(a, QStringLiteral("patient_id"))},
                       {QStringLiteral("patient_info"), patientInfo(c)},
                       {QStringLiteral("doctor"), value(a, QStringLiteral("dentist_id"))},
                       {QStringLiteral("doctor_info"), doctorInfo(c)},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("status_display"), label(status)},
                       {QStringLiteral("reason_for_visit"), value(a, QStringLiteral("reason"))},
                       {QStringLiteral("patient_notes"), value(a, QStringLiteral("notes"))},
                       {QStringLiteral("appointment_datetime"), value(a, QStringLiteral("start_at"))},
                       {QStringLiteral("date"), value(c, QStringLiteral("appointment_date"))},
                       {QStringLiteral("time"), value(c, QStringLiteral("appointment_time"))},
                       {QStringLiteral("duration_minutes"), value(a, QStringLiteral("duration_minutes"))},
                       {QStringLiteral("created_at"), value(a, QStringLiteral("created_at"))},
                       {QStringLiteral("updated_at"), value(a, QStringLiteral("updated_at"))}};
}

QJsonValue vitalSignsObject(const QVariantMap& c)
{
    const QString raw = text(c, QStringLiteral("vital_signs"));
    if (raw.isEmpty())
        return QJsonValue::Null;
    return QJsonDocument::fromJson(raw.toUtf8()).object();
}

// Seed 003's vital_signs_summary: one line per known key of the JSON object, in its order and units.
QJsonValue vitalSignsSummary(const QJsonValue& vitals)
{
    if (!vitals.isObject() || vitals.toObject().isEmpty())
        return QJsonValue::Null;
    const QJsonObject o = vitals.toObject();
    struct Line
    {
        const char* key;
        const char* label;
        const char* unit;
    };
    static const Line lines[] = {{"bp", "Blood Pressure", ""},  {"hr", "Heart Rate", " bpm"},
                                 {"temp", "Temperature", "°C"}, {"rr", "Respiratory Rate", "/min"},
                                 {"spo2", "SpO2", "%"},         {"weight", "Weight", "kg"},
                                 {"height", "Height", "cm"}};
    QJsonArray summary;
    for (const Line& line : lines) {
        const QJsonValue v = o.value(QLatin1String(line.key));
        if (v.isNull() || v.isUndefined() || v == QJsonValue(QString()) || v == QJsonValue(0) ||
            v == QJsonValue(false))
            continue;
        const QString shown = v.isString() ? v.toString() : v.toVariant().toString();
        summary.append(
            QStringLiteral("%1: %2%3").arg(QLatin1String(line.label), shown, QString::fromUtf8(line.unit)));
    }
    return summary;
}

template <typename Render> QJsonArray array(const QVariant& rows, Render render)
{
    QJsonArray out;
    for (const QVariant& r : rows.toList())
        out.append(render(r.toMap()));
    return out;
}

} // namespace

QString appointmentStatus003(const QString& status)
{
    return dialectStatus(status, StatusDialect::Seed003);
}

QJsonObject renderAppointment003(const QVariantMap& a)
{
    // The person helpers read the doctor as doctor_id; an appointment names its dentist.
    QVariantMap row = a;
    row.insert(QStringLiteral("doctor_id"), a.value(QStringLiteral("dentist_id")));
    const QString status = appointmentStatus003(text(a, QStringLiteral("status")));
    QString type = text(a, QStringLiteral("consultation_type"));
    if (type.isEmpty())
        type = QStringLiteral("general");
    QString priority = text(a, QStringLiteral("priority"));
    if (priority.isEmpty())
        priority = QStringLiteral("medium");
    static const QHash<QString, QString> typeLabels{
        {QStringLiteral("general"), QStringLiteral("General Consultation")},
        {QStringLiteral("follow_up"), QStringLiteral("Follow-up")},
        {QStringLiteral("emergency"), QStringLiteral("Emergency")},
        {QStringLiteral("routine_checkup"), QStringLiteral("Routine Checkup")},
        {QStringLiteral("specialist"), QStringLiteral("Specialist Consultation")}};
    const QVariantMap slot = a.value(QStringLiteral("time_slot")).toMap();
    // Seed 003's text fields are never null.
    const auto textOf = [&a](const QString& key) { return QJsonValue(text(a, key)); };
    return {{QStringLiteral("id"), value(a, QStringLiteral("id"))},
            {QStringLiteral("patient"), value(a, QStringLiteral("patient_id"))},
            {QStringLiteral("patient_user"), value(a, QStringLiteral("patient_user_id"))},
            {QStringLiteral("patient_info"), patientInfo(row)},
            {QStringLiteral("doctor"), value(a, QStringLiteral("dentist_id"))},
            {QStringLiteral("doctor_user"), value(a, QStringLiteral("doctor_user_id"))},
            {QStringLiteral("doctor_info"), doctorInfo(row)},
            {QStringLiteral("time_slot"), value(a, QStringLiteral("time_slot_id"))},
            {QStringLiteral("time_slot_info"),
             slot.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(renderTimeSlot003(slot))},
            {QStringLiteral("consultation_type"), type},
            {QStringLiteral("consultation_type_display"), typeLabels.value(type, label(type))},
            {QStringLiteral("status"), status},
            {QStringLiteral("status_display"), label(status)},
            {QStringLiteral("reason_for_visit"), textOf(QStringLiteral("reason"))},
            {QStringLiteral("symptoms"), textOf(QStringLiteral("symptoms"))},
            {QStringLiteral("priority"), priority},
            {QStringLiteral("priority_display"), label(priority)},
            {QStringLiteral("contact_phone"), textOf(QStringLiteral("contact_phone"))},
            {QStringLiteral("patient_notes"), textOf(QStringLiteral("notes"))},
            {QStringLiteral("doctor_notes"), textOf(QStringLiteral("doctor_notes"))},
            {QStringLiteral("appointment_datetime"), value(a, QStringLiteral("start_at"))},
            {QStringLiteral("end"), value(a, QStringLiteral("end_at"))},
            {QStringLiteral("duration_minutes"), value(a, QStringLiteral("duration_minutes"))},
            {QStringLiteral("is_upcoming"), a.value(QStringLiteral("is_upcoming")).toBool()},
            {QStringLiteral("is_today"), a.value(QStringLiteral("is_today")).toBool()},
            {QStringLiteral("can_cancel"), a.value(QStringLiteral("can_cancel")).toBool()},
            {QStringLiteral("created_at"), value(a, QStringLiteral("created_at"))},
            {QStringLiteral("updated_at"), value(a, QStringLiteral("updated_at"))},
            {QStringLiteral("created_by"), value(a, QStringLiteral("booked_by"))}};
}

QJsonObject renderAppointmentHistory003(const QVariantMap& h)
{
    static const QStringList known{QStringLiteral("created"), QStringLiteral("updated"),
                                   QStringLiteral("cancelled"), QStringLiteral("rescheduled"),
                                   QStringLiteral("completed")};
    const QString type = text(h, QStringLiteral("change_type"));
    const auto status = [&h](const QString& key) {
        const QString stored = text(h, key);
        return stored.isEmpty() ? QString() : appointmentStatus003(stored);
    };
    return {{QStringLiteral("id"), value(h, QStringLiteral("id"))},
            {QStringLiteral("appointment"), value(h, QStringLiteral("appointment_id"))},
            {QStringLiteral("changed_by"), value(h, QStringLiteral("changed_by"))},
            {QStringLiteral("changed_by_name"), value(h, QStringLiteral("changed_by_name"))},
            {QStringLiteral("change_type"), known.contains(type) ? type : QStringLiteral("updated")},
            {QStringLiteral("old_status"), status(QStringLiteral("old_status"))},
            {QStringLiteral("new_status"), status(QStringLiteral("new_status"))},
            {QStringLiteral("notes"), text(h, QStringLiteral("note"))},
            {QStringLiteral("timestamp"), value(h, QStringLiteral("changed_at"))},
            {QStringLiteral("old_start_at"), value(h, QStringLiteral("old_start_at"))},
            {QStringLiteral("new_start_at"), value(h, QStringLiteral("new_start_at"))}};
}

QJsonObject renderConsultationSummary003(const QVariantMap& c)
{
    QJsonObject o = copy(c, {QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("diagnosis"),
                             QStringLiteral("duration_minutes"), QStringLiteral("appointment_date"),
                             QStringLiteral("appointment_time"), QStringLiteral("created_at")});
    o.insert(QStringLiteral("status_display"), labelled(text(c, QStringLiteral("status"))));
    o.insert(QStringLiteral("patient_name"), fullName(patientInfo(c)));
    const QJsonValue doctor = doctorInfo(c);
    o.insert(QStringLiteral("doctor_name"),
             doctor.isObject() ? QJsonValue(fullName(doctor.toObject())) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("appointment"), value(c, QStringLiteral("appointment_id")));
    o.insert(QStringLiteral("patient"), value(c, QStringLiteral("patient_id")));
    o.insert(QStringLiteral("doctor"), value(c, QStringLiteral("doctor_id")));
    return o;
}

QJsonObject renderConsultation003(const QVariantMap& c)
{
    QJsonObject o = copy(c, {QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("start_time"),
                             QStringLiteral("end_time"), QStringLiteral("duration_minutes"),
                             QStringLiteral("chief_complaint"), QStringLiteral("history_of_present_illness"),
                             QStringLiteral("physical_examination"), QStringLiteral("assessment"),
                             QStringLiteral("diagnosis"), QStringLiteral("treatment_plan"),
                             QStringLiteral("follow_up_instructions"), QStringLiteral("follow_up_date"),
                             QStringLiteral("doctor_notes"), QStringLiteral("created_at"),
                             QStringLiteral("updated_at"), QStringLiteral("created_by")});
    o.insert(QStringLiteral("appointment"), value(c, QStringLiteral("appointment_id")));
    o.insert(QStringLiteral("appointment_info"), appointmentInfo(c));
    o.insert(QStringLiteral("patient"), value(c, QStringLiteral("patient_id")));
    o.insert(QStringLiteral("patient_info"), patientInfo(c));
    o.insert(QStringLiteral("doctor"), value(c, QStringLiteral("doctor_id")));
    o.insert(QStringLiteral("doctor_info"), doctorInfo(c));
    o.insert(QStringLiteral("status_display"), labelled(text(c, QStringLiteral("status"))));
    const QJsonValue vitals = vitalSignsObject(c);
    o.insert(QStringLiteral("vital_signs"), vitals);
    o.insert(QStringLiteral("vital_signs_summary"), vitalSignsSummary(vitals));
    o.insert(QStringLiteral("prescriptions"), value(c, QStringLiteral("prescriptions_text")));
    o.insert(QStringLiteral("next_appointment_recommended"),
             flag(c, QStringLiteral("next_appointment_recommended")));
    o.insert(QStringLiteral("detailed_vitals"),
             array(c.value(QStringLiteral("vital_signs_rows")), renderVitalSigns003));
    o.insert(QStringLiteral("detailed_prescriptions"),
             array(c.value(QStringLiteral("prescription_items")), renderPrescriptionItem003));
    o.insert(QStringLiteral("notes"), array(c.value(QStringLiteral("notes")), renderConsultationNote003));
    return o;
}

QJsonObject renderVitalSigns003(const QVariantMap& v)
{
    QJsonObject o = copy(v, {QStringLiteral("id"), QStringLiteral("systolic_bp"),
                             QStringLiteral("diastolic_bp"), QStringLiteral("heart_rate"),
                             QStringLiteral("temperature"), QStringLiteral("respiratory_rate"),
                             QStringLiteral("oxygen_saturation"), QStringLiteral("weight"),
                             QStringLiteral("height"), QStringLiteral("bmi"), QStringLiteral("recorded_at"),
                             QStringLiteral("recorded_by"), QStringLiteral("recorded_by_name")});
    // Decimals are strings in seed 003 ("36.6"), whatever SQLite hands back.
    for (const QString& key :
         {QStringLiteral("temperature"), QStringLiteral("weight"), QStringLiteral("bmi")}) {
        if (!isNullValue(v.value(key)))
            o.insert(key, v.value(key).toString());
    }
    o.insert(QStringLiteral("consultation"), value(v, QStringLiteral("consultation_id")));
    QJsonValue status = QJsonValue::Null;
    if (!isNullValue(v.value(QStringLiteral("bmi")))) {
        const double bmi = v.value(QStringLiteral("bmi")).toDouble();
        status = bmi < 18.5 ? QStringLiteral("Underweight")
                 : bmi < 25 ? QStringLiteral("Normal")
                 : bmi < 30 ? QStringLiteral("Overweight")
                            : QStringLiteral("Obese");
    }
    o.insert(QStringLiteral("bmi_status"), status);
    return o;
}

QJsonObject renderPrescriptionItem003(const QVariantMap& item)
{
    QJsonObject o = copy(
        item, {QStringLiteral("id"), QStringLiteral("medication_name"), QStringLiteral("dosage"),
               QStringLiteral("frequency"), QStringLiteral("duration"), QStringLiteral("instructions"),
               QStringLiteral("medication_type"), QStringLiteral("quantity"), QStringLiteral("created_at")});
    o.insert(QStringLiteral("medication_type_display"),
             labelled(text(item, QStringLiteral("medication_type"))));
    o.insert(QStringLiteral("is_active"), flag(item, QStringLiteral("is_active")));
    o.insert(QStringLiteral("prescription"), value(item, QStringLiteral("prescription_id")));
    return o;
}

QJsonObject renderConsultationNote003(const QVariantMap& note)
{
    // The chart's own notes ("progress") are general notes to seed 003.
    QString type = text(note, QStringLiteral("kind"));
    if (!ConsultationService::noteTypes().contains(type))
        type = QStringLiteral("general");
    return {{QStringLiteral("id"), value(note, QStringLiteral("id"))},
            {QStringLiteral("note_type"), type},
            {QStringLiteral("note_type_display"), label(type)},
            {QStringLiteral("title"), value(note, QStringLiteral("title"))},
            {QStringLiteral("content"), value(note, QStringLiteral("text"))},
            {QStringLiteral("created_at"), value(note, QStringLiteral("created_at"))},
            {QStringLiteral("created_by"), value(note, QStringLiteral("author_id"))},
            {QStringLiteral("created_by_name"), value(note, QStringLiteral("author_name"))}};
}

QJsonObject renderTimeSlot003(const QVariantMap& slot)
{
    QJsonObject o = copy(
        slot, {QStringLiteral("id"), QStringLiteral("doctor_name"), QStringLiteral("doctor_specialization"),
               QStringLiteral("date"), QStringLiteral("start_time"), QStringLiteral("end_time"),
               QStringLiteral("duration_minutes"), QStringLiteral("start_at"), QStringLiteral("end_at"),
               QStringLiteral("created_at"), QStringLiteral("updated_at")});
    o.insert(QStringLiteral("doctor"), value(slot, QStringLiteral("doctor_id")));
    o.insert(QStringLiteral("doctor_user"), value(slot, QStringLiteral("doctor_user_id")));
    o.insert(QStringLiteral("is_available"), slot.value(QStringLiteral("is_available")).toBool());
    o.insert(QStringLiteral("is_past"), slot.value(QStringLiteral("is_past")).toBool());
    return o;
}

} // namespace chairside::api

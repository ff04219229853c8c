#include "AppointmentDialect.h"

#include "domain/Fields.h"

#include <array>

namespace chairside::api {

namespace {

struct Spelling
{
    const char* canonical;
    const char* seed002;
    const char* seed003;
    const char* seed004;
};

// seed-contracts 6.7's table. 004 and 002 know fewer states than we do, so several of ours share a word.
const std::array kSpellings{
    Spelling{"requested", "Scheduled", "scheduled", "Pending"},
    Spelling{"scheduled", "Scheduled", "scheduled", "Pending"},
    Spelling{"confirmed", "Scheduled", "confirmed", "Confirmed"},
    Spelling{"arrived", "Scheduled", "confirmed", "Confirmed"},
    Spelling{"in_chair", "Scheduled", "in_progress", "Confirmed"},
    Spelling{"completed", "Completed", "completed", "Confirmed"},
    Spelling{"cancelled", "Canceled", "cancelled", "Cancelled"},
    Spelling{"no_show", "No-show", "no_show", "Cancelled"},
};

// Words of the seeds that are not one of our state names; the rest parseStatus knows.
const std::array<std::pair<const char*, AppointmentStatus>, 5> kInputWords{{
    {"pending", AppointmentStatus::Scheduled},
    {"rescheduled", AppointmentStatus::Scheduled}, // a moved booking is scheduled again
    {"canceled", AppointmentStatus::Cancelled},
    {"in_progress", AppointmentStatus::InChair},
    {"noshow", AppointmentStatus::NoShow},
}};

QString text(const QVariantMap& m, const QString& key)
{
    const QVariant v = m.value(key);
    if (isNullValue(v))
        return {};
    if (v.metaType().id() == QMetaType::Double)
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

QJsonValue orNull(const QVariantMap& row, const QString& key)
{
    const QVariant v = row.value(key);
    return isNullValue(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

QDateTime startOf(const QVariantMap& row)
{
    return QDateTime::fromString(row.value(QStringLiteral("start_at")).toString(), Qt::ISODateWithMs);
}

} // namespace

QString dialectStatus(const QString& canonical, StatusDialect dialect)
{
    for (const Spelling& s : kSpellings) {
        if (canonical == QLatin1String(s.canonical)) {
            switch (dialect) {
            case StatusDialect::Seed002:
                return QString::fromLatin1(s.seed002);
            case StatusDialect::Seed003:
                return QString::fromLatin1(s.seed003);
            case StatusDialect::Seed004:
                return QString::fromLatin1(s.seed004);
            }
        }
    }
    return canonical;
}

std::optional<AppointmentStatus> parseAnyStatus(const QString& spelling)
{
    const QString word = spelling.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto& [input, status] : kInputWords) {
        if (word == QLatin1String(input))
            return status;
    }
    return parseStatus(word);
}

QStringList storedStatuses(const QString& word, StatusDialect dialect)
{
    QStringList states;
    for (const Spelling& s : kSpellings) {
        const QString canonical = QString::fromLatin1(s.canonical);
        if (dialectStatus(canonical, dialect).compare(word.trimmed(), Qt::CaseInsensitive) == 0)
            states.append(canonical);
    }
    if (states.isEmpty()) {
        if (const auto parsed = parseAnyStatus(word))
            states.append(statusName(*parsed));
    }
    return states;
}

QJsonObject renderAppointment004(const QVariantMap& row, const ScheduleService& schedule)
{
    const QDateTime local = startOf(row).toTimeZone(schedule.timeZone());
    return {{QStringLiteral("id"), orNull(row, QStringLiteral("id"))},
            {QStringLiteral("patient"), orNull(row, QStringLiteral("patient_id"))},
            {QStringLiteral("doctor"), orNull(row, QStringLiteral("dentist_id"))},
            {QStringLiteral("appointment_time"), orNull(row, QStringLiteral("start_at"))},
            {QStringLiteral("status"),
             dialectStatus(row.value(QStringLiteral("status")).toString(), StatusDialect::Seed004)},
            {QStringLiteral("appointment_date"), local.date().toString(Qt::ISODate)},
            {QStringLiteral("start"), orNull(row, QStringLiteral("start_at"))},
            {QStringLiteral("end"), orNull(row, QStringLiteral("end_at"))},
            {QStringLiteral("reason"), orNull(row, QStringLiteral("reason"))},
            {QStringLiteral("notes"), orNull(row, QStringLiteral("notes"))},
            {QStringLiteral("created_at"), orNull(row, QStringLiteral("created_at"))},
            {QStringLiteral("updated_at"), orNull(row, QStringLiteral("updated_at"))}};
}

QJsonObject renderAppointment002(const QVariantMap& row, const ScheduleService& schedule)
{
    const QDateTime local = startOf(row).toTimeZone(schedule.timeZone());
    const QVariant reason = row.value(QStringLiteral("reason"));
    return {{QStringLiteral("id"), orNull(row, QStringLiteral("id"))},
            {QStringLiteral("patient"), orNull(row, QStringLiteral("patient_id"))},
            {QStringLiteral("doctor"), orNull(row, QStringLiteral("dentist_id"))},
            {QStringLiteral("appointment_date"), local.date().toString(Qt::ISODate)},
            {QStringLiteral("appointment_time"), local.time().toString(QStringLiteral("HH:mm:ss"))},
            {QStringLiteral("status"),
             dialectStatus(row.value(QStringLiteral("status")).toString(), StatusDialect::Seed002)},
            // 002's reason is a text column that is never null.
            {QStringLiteral("reason"), isNullValue(reason) ? QString() : reason.toString()},
            {QStringLiteral("notes"), orNull(row, QStringLiteral("notes"))},
            {QStringLiteral("start"), orNull(row, QStringLiteral("start_at"))},
            {QStringLiteral("created_at"), orNull(row, QStringLiteral("created_at"))},
            {QStringLiteral("updated_at"), orNull(row, QStringLiteral("updated_at"))}};
}

AppointmentFields appointmentFields(const QVariantMap& body, const ScheduleService& schedule,
                                    const QStringList& required, FieldErrors& errors)
{
    const QString kRequired = QStringLiteral("This field is required.");
    AppointmentFields f;
    for (const auto& [key, into] :
         {std::pair{QStringLiteral("patient"), &f.patient}, std::pair{QStringLiteral("doctor"), &f.doctor}}) {
        *into = referenceField(body, key);
        if (required.contains(key) && (!*into || (*into)->isEmpty())) {
            errors.add(key, kRequired);
            *into = std::nullopt;
        }
    }

    const QString time = text(body, QStringLiteral("appointment_time")).trimmed();
    const QString date = text(body, QStringLiteral("appointment_date")).trimmed();
    const bool timeRequired = required.contains(QStringLiteral("appointment_time"));
    if (body.contains(QStringLiteral("appointment_date")) ||
        required.contains(QStringLiteral("appointment_date"))) {
        // Seed 002: a date and a time of day, clinic local time.
        const QDate d = QDate::fromString(date, Qt::ISODate);
        QTime t = QTime::fromString(time, QStringLiteral("HH:mm:ss"));
        if (!t.isValid())
            t = QTime::fromString(time, QStringLiteral("HH:mm"));
        if (date.isEmpty())
            errors.add(QStringLiteral("appointment_date"), kRequired);
        else if (!d.isValid())
            errors.add(
                QStringLiteral("appointment_date"),
                QStringLiteral("Date has wrong format. Use one of these formats instead: YYYY-MM-DD."));
        if (time.isEmpty())
            errors.add(QStringLiteral("appointment_time"), kRequired);
        else if (!t.isValid())
            errors.add(
                QStringLiteral("appointment_time"),
                QStringLiteral("Time has wrong format. Use one of these formats instead: hh:mm[:ss]."));
        if (d.isValid() && t.isValid()) {
            const QDateTime local(d, t, schedule.timeZone());
            if (local.isValid())
                f.start = local.toUTC();
            else
                errors.add(QStringLiteral("appointment_time"),
                           QStringLiteral("This time does not exist in the clinic's time zone."));
        }
    } else if (!time.isEmpty()) {
        f.start = schedule.parseDateTime(time);
        if (!f.start)
            errors.add(QStringLiteral("appointment_time"),
                       QStringLiteral("Datetime has wrong format. Use one of these formats instead: "
                                      "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."));
    } else if (timeRequired || body.contains(QStringLiteral("appointment_time"))) {
        errors.add(QStringLiteral("appointment_time"), kRequired);
    }

    if (body.contains(QStringLiteral("status"))) {
        const QString word = text(body, QStringLiteral("status"));
        f.status = parseAnyStatus(word);
        if (!f.status)
            errors.add(QStringLiteral("status"), QStringLiteral("\"%1\" is not a valid choice.").arg(word));
    } else if (required.contains(QStringLiteral("status"))) {
        errors.add(QStringLiteral("status"), kRequired);
    }
    for (const auto& [key, into] :
         {std::pair{QStringLiteral("reason"), &f.reason}, std::pair{QStringLiteral("notes"), &f.notes}}) {
        if (body.contains(key))
            *into = text(body, key);
    }
    return f;
}

BookingRequest bookingRequest(const AppointmentFields& fields)
{
    BookingRequest booking;
    booking.patientId = fields.patient.value_or(QString());
    booking.dentistId = fields.doctor.value_or(QString());
    booking.start = fields.start.value_or(QDateTime());
    booking.reason = fields.reason.value_or(QString());
    booking.notes = fields.notes.value_or(QString());
    booking.status = fields.status.value_or(AppointmentStatus::Scheduled);
    return booking;
}

AppointmentChange appointmentChange(const AppointmentFields& f)
{
    AppointmentChange c;
    c.patientId = f.patient;
    c.dentistId = f.doctor;
    c.start = f.start;
    c.reason = f.reason;
    c.notes = f.notes;
    c.status = f.status;
    return c;
}

Error dialectError(Error error)
{
    static const QList<std::pair<QString, QString>> renames{
        {QStringLiteral("dentist"), QStringLiteral("doctor")},
        {QStringLiteral("start"), QStringLiteral("appointment_time")},
    };
    for (const auto& [ours, theirs] : renames) {
        if (error.fieldErrors.contains(ours))
            error.fieldErrors[theirs] += error.fieldErrors.take(ours);
    }
    return error;
}

} // namespace chairside::api

#include "ScheduleService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace chairside {

namespace {

const QString kTimeZone = QStringLiteral("time_zone");
const QString kOpeningHours = QStringLiteral("opening_hours");
const QString kClinicName = QStringLiteral("clinic_name");

// "08:00-18:00" -> (08:00, 18:00); invalid or empty -> nothing.
std::optional<std::pair<QTime, QTime>> parseRange(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return std::nullopt;
    const QTime start = QTime::fromString(parts[0].trimmed(), QStringLiteral("HH:mm"));
    const QTime end = QTime::fromString(parts[1].trimmed(), QStringLiteral("HH:mm"));
    if (!start.isValid() || !end.isValid() || end <= start)
        return std::nullopt;
    return std::make_pair(start, end);
}

QString dayName(int weekday)
{
    return QLocale::c().dayName(weekday);
}

} // namespace

QString ScheduleService::setting(const QString& key) const
{
    auto value = sql::scalar(
        m_ctx.db.connection(),
        QStringLiteral("SELECT value FROM clinic_settings WHERE id = ? AND deleted_at IS NULL"), {key});
    return value ? value->toString() : QString();
}

Status ScheduleService::setSetting(const Actor& actor, const QString& key, const QString& value)
{
    if (!allows(actor.role, Permission::ManageSettings))
        return Error::forbidden();
    if (key == kTimeZone) {
        if (!QTimeZone(value.toUtf8()).isValid())
            return Error::field(
                key,
                QStringLiteral("\"%1\" is not a known time zone (use an IANA name such as Europe/Berlin).")
                    .arg(value));
    } else if (key == kOpeningHours) {
        const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
        if (!doc.isObject())
            return Error::field(
                key, QStringLiteral("Opening hours are a JSON object such as {\"1\": \"08:00-18:00\"}."));
        const QJsonObject days = doc.object();
        for (auto it = days.begin(); it != days.end(); ++it) {
            const int weekday = it.key().toInt();
            if (weekday < 1 || weekday > 7 || !parseRange(it.value().toString()))
                return Error::field(
                    key, QStringLiteral("\"%1\": \"%2\" is not a weekday 1-7 with hours HH:MM-HH:MM.")
                             .arg(it.key(), it.value().toString()));
        }
    } else if (key == kClinicName) {
        if (value.trimmed().isEmpty() || value.size() > 200)
            return Error::field(key, QStringLiteral("The clinic's name is 1 to 200 characters."));
    } else {
        return Error::field(QStringLiteral("key"), QStringLiteral("Unknown setting \"%1\".").arg(key));
    }
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    auto exists = sql::scalar(m_ctx.db.connection(),
                              QStringLiteral("SELECT 1 FROM clinic_settings WHERE id = ?"), {key});
    Status written = exists && exists->isValid() ? uow.update(QStringLiteral("clinic_settings"), key,
                                                              {{QStringLiteral("value"), value},
                                                               {QStringLiteral("updated_at"), uow.nowIso()},
                                                               {QStringLiteral("deleted_at"), QVariant()}})
                                                 : uow.insert(QStringLiteral("clinic_settings"), key,
                                                              {{QStringLiteral("value"), value},
                                                               {QStringLiteral("created_at"), uow.nowIso()},
                                                               {QStringLiteral("updated_at"), uow.nowIso()}});
    if (written)
        return written;
    return uow.commit();
}

QTimeZone ScheduleService::timeZone() const
{
    const QTimeZone zone(setting(kTimeZone).toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

std::optional<QDateTime> ScheduleService::parseDateTime(const QString& raw) const
{
    QString text = raw.trimmed();
    if (text.size() >= 16 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    if (text.size() < 16 || text.at(10) != QLatin1Char('T'))
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime) // no offset given: clinic wall-clock time
        parsed = QDateTime(parsed.date(), parsed.time(), timeZone());
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

QString ScheduleService::localTimeWithOffset(const QDateTime& utc) const
{
    const QDateTime local = utc.toTimeZone(timeZone());
    const int offset = local.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    return local.time().toString(QStringLiteral("HH:mm:ss")) + sign +
           QTime(0, 0).addSecs(std::abs(offset)).toString(QStringLiteral("HH:mm"));
}

Result<QVariantMap> ScheduleService::createChair(const Actor& actor, const QVariantMap& input)
{
    if (!allows(actor.role, Permission::ManageSchedule))
        return Error::forbidden();
    FieldErrors errors;
    QVariantMap fields = normalizeFields({{QStringLiteral("name"), FieldType::Text, 100},
                                          {QStringLiteral("sort_order"), FieldType::Integer, 0, 0, 1000}},
                                         input, errors);
    if (fields.value(QStringLiteral("name")).toString().isEmpty() && !errors.has(QStringLiteral("name")))
        errors.add(QStringLiteral("name"), QStringLiteral("This field is required."));
    if (!errors.isEmpty())
        return errors.toError();
    const QString id = Uuid::v7(m_ctx.clock.nowUtc());
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    fields.insert(QStringLiteral("created_at"), uow.nowIso());
    fields.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.insert(QStringLiteral("chairs"), id, fields))
        return *e;
    if (Status e = uow.commit())
        return *e;
    fields.insert(QStringLiteral("id"), id);
    return fields;
}

Result<QList<QVariantMap>> ScheduleService::chairs() const
{
    return sql::select(
        m_ctx.db.connection(),
        QStringLiteral("SELECT * FROM chairs WHERE deleted_at IS NULL ORDER BY sort_order, name, id"));
}

Result<QVariantMap> ScheduleService::updateChair(const Actor& actor, const QString& id,
                                                 const QVariantMap& input)
{
    if (!allows(actor.role, Permission::ManageSchedule))
        return Error::forbidden();
    FieldErrors errors;
    QVariantMap fields = normalizeFields({{QStringLiteral("name"), FieldType::Text, 100},
                                          {QStringLiteral("sort_order"), FieldType::Integer, 0, 0, 1000}},
                                         input, errors);
    if (fields.contains(QStringLiteral("name")) && fields.value(QStringLiteral("name")).toString().isEmpty())
        errors.add(QStringLiteral("name"), QStringLiteral("This field may not be blank."));
    if (!errors.isEmpty())
        return errors.toError();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    fields.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.update(QStringLiteral("chairs"), id, fields))
        return *e;
    if (Status e = uow.commit())
        return *e;
    auto row =
        sql::selectOne(m_ctx.db.connection(), QStringLiteral("SELECT * FROM chairs WHERE id = ?"), {id});
    if (!row || !row->has_value())
        return Error::notFound();
    return **row;
}

Status ScheduleService::removeRow(const Actor& actor, const QString& table, const QString& id)
{
    if (!allows(actor.role, Permission::ManageSchedule))
        return Error::forbidden();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.softDelete(table, id))
        return e;
    return uow.commit();
}

Status ScheduleService::removeChair(const Actor& actor, const QString& id)
{
    return removeRow(actor, QStringLiteral("chairs"), id);
}

Status ScheduleService::setWorkingHours(const Actor& actor, const QString& doctorId,
                                        const QList<WorkingInterval>& intervals)
{
    if (!allows(actor.role, Permission::ManageSchedule))
        return Error::forbidden();
    auto doctor =
        sql::scalar(m_ctx.db.connection(),
                    QStringLiteral("SELECT 1 FROM doctors WHERE id = ? AND deleted_at IS NULL"), {doctorId});
    if (!doctor || !doctor->isValid())
        return Error::notFound();
    FieldErrors errors;
    for (const WorkingInterval& i : intervals) {
        if (i.weekday < 1 || i.weekday > 7 || !i.start.isValid() || !i.end.isValid() || i.end <= i.start)
            errors.add(QStringLiteral("hours"),
                       QStringLiteral("Each interval needs a weekday 1-7 and a start before its end."));
    }
    if (!errors.isEmpty())
        return errors.toError();
    auto old =
        sql::select(m_ctx.db.connection(),
                    QStringLiteral("SELECT id FROM working_hours WHERE doctor_id = ? AND deleted_at IS NULL"),
                    {doctorId});
    if (!old)
        return old.error();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    for (const QVariantMap& row : *old) {
        if (Status e =
                uow.softDelete(QStringLiteral("working_hours"), row.value(QStringLiteral("id")).toString()))
            return e;
    }
    for (const WorkingInterval& i : intervals) {
        if (Status e = uow.insert(QStringLiteral("working_hours"), Uuid::v7(uow.now()),
                                  {{QStringLiteral("doctor_id"), doctorId},
                                   {QStringLiteral("weekday"), i.weekday},
                                   {QStringLiteral("start_time"), i.start.toString(QStringLiteral("HH:mm"))},
                                   {QStringLiteral("end_time"), i.end.toString(QStringLiteral("HH:mm"))},
                                   {QStringLiteral("created_at"), uow.nowIso()},
                                   {QStringLiteral("updated_at"), uow.nowIso()}}))
            return e;
    }
    return uow.commit();
}

Result<QList<WorkingInterval>> ScheduleService::workingHours(const QString& doctorId) const
{
    auto rows = sql::select(
        m_ctx.db.connection(),
        QStringLiteral("SELECT weekday, start_time, end_time FROM working_hours WHERE doctor_id = ? "
                       "AND deleted_at IS NULL ORDER BY weekday, start_time"),
        {doctorId});
    if (!rows)
        return rows.error();
    QList<WorkingInterval> out;
    for (const QVariantMap& r : *rows) {
        out.append(
            {r.value(QStringLiteral("weekday")).toInt(),
             QTime::fromString(r.value(QStringLiteral("start_time")).toString(), QStringLiteral("HH:mm")),
             QTime::fromString(r.value(QStringLiteral("end_time")).toString(), QStringLiteral("HH:mm"))});
    }
    return out;
}

Result<QList<QVariantMap>> ScheduleService::weeklyHours(const QString& doctorId) const
{
    if (!Uuid::isValid(doctorId))
        return Error::notFound();
    auto doctor =
        sql::scalar(m_ctx.db.connection(),
                    QStringLiteral("SELECT 1 FROM doctors WHERE id = ? AND deleted_at IS NULL"), {doctorId});
    if (!doctor)
        return doctor.error();
    if (!doctor->isValid())
        return Error::notFound();
    auto rows = sql::select(
        m_ctx.db.connection(),
        QStringLiteral("SELECT id, weekday, start_time, end_time FROM working_hours WHERE doctor_id = ? "
                       "AND deleted_at IS NULL ORDER BY weekday, start_time"),
        {doctorId});
    if (!rows)
        return rows.error();
    auto seconds = [](const QTime& t) { return t.toString(QStringLiteral("HH:mm:ss")); };
    QList<QVariantMap> out;
    for (const QVariantMap& r : *rows) {
        const auto time = [&r](const QString& key) {
            return QTime::fromString(r.value(key).toString(), QStringLiteral("HH:mm"));
        };
        out.append({{QStringLiteral("id"), r.value(QStringLiteral("id"))},
                    {QStringLiteral("weekday"), r.value(QStringLiteral("weekday")).toInt()},
                    {QStringLiteral("start_time"), seconds(time(QStringLiteral("start_time")))},
                    {QStringLiteral("end_time"), seconds(time(QStringLiteral("end_time")))},
                    {QStringLiteral("clinic"), false}});
    }
    if (!out.isEmpty())
        return out;
    // 2001-01-01 was a Monday: any week serves, the clinic's opening hours repeat weekly.
    for (int weekday = 1; weekday <= 7; ++weekday) {
        for (const auto& [start, end] : clinicHoursOn(QDate(2001, 1, weekday))) {
            out.append({{QStringLiteral("id"), QVariant()},
                        {QStringLiteral("weekday"), weekday},
                        {QStringLiteral("start_time"), seconds(start)},
                        {QStringLiteral("end_time"), seconds(end)},
                        {QStringLiteral("clinic"), true}});
        }
    }
    return out;
}

Result<QVariantMap> ScheduleService::addDayOff(const Actor& actor, const QString& doctorId, const QDate& date,
                                               const QString& reason)
{
    if (!allows(actor.role, Permission::ManageSchedule))
        return Error::forbidden();
    if (!date.isValid())
        return Error::field(
            QStringLiteral("date"),
            QStringLiteral("Date has wrong format. Use one of these formats instead: YYYY-MM-DD."));
    auto doctor =
        sql::scalar(m_ctx.db.connection(),
                    QStringLiteral("SELECT 1 FROM doctors WHERE id = ? AND deleted_at IS NULL"), {doctorId});
    if (!doctor || !doctor->isValid())
        return Error::notFound();
    const QString id = Uuid::v7(m_ctx.clock.nowUtc());
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    QVariantMap row{{QStringLiteral("doctor_id"), doctorId},
                    {QStringLiteral("date"), date.toString(Qt::ISODate)},
                    {QStringLiteral("reason"), reason.isEmpty() ? QVariant() : QVariant(reason)},
                    {QStringLiteral("created_at"), uow.nowIso()},
                    {QStringLiteral("updated_at"), uow.nowIso()}};
    if (Status e = uow.insert(QStringLiteral("schedule_exceptions"), id, row))
        return *e;
    if (Status e = uow.commit())
        return *e;
    row.insert(QStringLiteral("id"), id);
    return row;
}

Status ScheduleService::removeDayOff(const Actor& actor, const QString& id)
{
    return removeRow(actor, QStringLiteral("schedule_exceptions"), id);
}

QList<std::pair<QTime, QTime>> ScheduleService::clinicHoursOn(const QDate& localDate) const
{
    const QString configured = setting(kOpeningHours);
    if (configured.isEmpty()) {
        if (localDate.dayOfWeek() <= 5)
            return {{QTime(8, 0), QTime(18, 0)}};
        return {};
    }
    const QJsonObject days = QJsonDocument::fromJson(configured.toUtf8()).object();
    if (auto range = parseRange(days.value(QString::number(localDate.dayOfWeek())).toString()))
        return {*range};
    return {};
}

bool ScheduleService::isDayOff(const QString& doctorId, const QDate& localDate) const
{
    auto off = sql::scalar(
        m_ctx.db.connection(),
        QStringLiteral(
            "SELECT 1 FROM schedule_exceptions WHERE doctor_id = ? AND date = ? AND deleted_at IS NULL"),
        {doctorId, localDate.toString(Qt::ISODate)});
    return off && off->isValid();
}

QList<std::pair<QTime, QTime>> ScheduleService::hoursOn(const QString& doctorId, const QDate& localDate) const
{
    if (doctorId.isEmpty())
        return clinicHoursOn(localDate);
    if (isDayOff(doctorId, localDate))
        return {};
    auto hours = workingHours(doctorId);
    if (!hours || hours->isEmpty())
        return clinicHoursOn(localDate); // a dentist without hours of their own works the clinic's
    QList<std::pair<QTime, QTime>> out;
    for (const WorkingInterval& i : *hours) {
        if (i.weekday == localDate.dayOfWeek())
            out.append({i.start, i.end});
    }
    return out;
}

Status ScheduleService::checkWithinHours(const QString& doctorId, const QDateTime& startUtc,
                                         const QDateTime& endUtc) const
{
    const QTimeZone zone = timeZone();
    const QDateTime start = startUtc.toTimeZone(zone);
    const QDateTime end = endUtc.toTimeZone(zone);
    const QList<std::pair<QTime, QTime>> hours = hoursOn(doctorId, start.date());
    const bool sameDay =
        end.date() == start.date() || (end.date() == start.date().addDays(1) && end.time() == QTime(0, 0));
    for (const auto& [from, to] : hours) {
        const QTime endTime =
            end.time() == QTime(0, 0) && end.date() != start.date() ? QTime(23, 59, 59, 999) : end.time();
        if (sameDay && start.time() >= from && endTime <= to)
            return std::nullopt;
    }
    QString who = QStringLiteral("The clinic");
    if (!doctorId.isEmpty()) {
        auto name = sql::scalar(m_ctx.db.connection(),
                                QStringLiteral("SELECT name FROM doctors WHERE id = ?"), {doctorId});
        who = name ? name->toString() : QStringLiteral("The dentist");
    }
    QStringList spans;
    for (const auto& [from, to] : hours)
        spans.append(QStringLiteral("%1-%2").arg(from.toString(QStringLiteral("HH:mm")),
                                                 to.toString(QStringLiteral("HH:mm"))));
    const QString when = QStringLiteral("%1 %2 %3-%4")
                             .arg(dayName(start.date().dayOfWeek()), start.date().toString(Qt::ISODate),
                                  start.time().toString(QStringLiteral("HH:mm")),
                                  end.time().toString(QStringLiteral("HH:mm")));
    const QString message = hours.isEmpty() ? QStringLiteral("%1 does not work on %2.").arg(who, when)
                                            : QStringLiteral("%1 works %2 on %3; %4 is outside those hours.")
                                                  .arg(who, spans.join(QStringLiteral(", ")),
                                                       dayName(start.date().dayOfWeek()), when);
    return Error::field(QStringLiteral("start"), message);
}

} // namespace chairside

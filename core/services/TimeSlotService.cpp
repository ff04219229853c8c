#include "TimeSlotService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "services/ClinicalReferences.h"
#include "services/DoctorService.h"
#include "services/ScheduleService.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

#include <QTimeZone>

namespace chairside {

namespace {

const QString kTable = QStringLiteral("time_slots");

QString str(const QVariantMap& m, const QString& key)
{
    const QVariant v = m.value(key);
    return isNullValue(v) ? QString() : v.toString();
}

// Slots with their dentist and whether a live appointment of that dentist overlaps them. `%1` is a lower
// bound on the appointments' start: every slot listed starts at or after some instant L, so an appointment
// overlapping one ends after L and, being at most 8 hours long, starts after L - 8 h. With it the check is
// an index range on appointments_dentist instead of a walk over the dentist's whole history.
QString selectSql(const QString& appointmentFloor)
{
    return QStringLiteral(
               "SELECT s.*, d.name AS doctor_name, d.specialization AS doctor_specialization, d.user_id AS "
               "doctor_user_id, EXISTS (SELECT 1 FROM appointments a WHERE a.dentist_id = s.doctor_id AND "
               "a.deleted_at IS NULL AND a.status NOT IN ('cancelled', 'no_show') AND a.start_at < s.end_at "
               "AND a.end_at > s.start_at%1) AS booked FROM time_slots s JOIN doctors d ON d.id = "
               "s.doctor_id")
        .arg(appointmentFloor);
}

QString iso(const QDateTime& t)
{
    return toIsoUtc(t);
}

} // namespace

Result<QVariantMap> TimeSlotService::present(const QVariantMap& row) const
{
    QVariantMap out = row;
    const QTimeZone zone = m_schedule.timeZone();
    const QDateTime start =
        QDateTime::fromString(str(row, QStringLiteral("start_at")), Qt::ISODateWithMs).toTimeZone(zone);
    const QDateTime end =
        QDateTime::fromString(str(row, QStringLiteral("end_at")), Qt::ISODateWithMs).toTimeZone(zone);
    out.insert(QStringLiteral("date"), start.date().toString(Qt::ISODate));
    out.insert(QStringLiteral("start_time"), start.time().toString(QStringLiteral("HH:mm:ss")));
    out.insert(QStringLiteral("end_time"), end.time().toString(QStringLiteral("HH:mm:ss")));
    out.insert(QStringLiteral("is_available_flag"), row.value(QStringLiteral("is_available")).toInt() != 0);
    out.insert(QStringLiteral("is_available"), row.value(QStringLiteral("is_available")).toInt() != 0 &&
                                                   row.value(QStringLiteral("booked")).toInt() == 0);
    out.insert(QStringLiteral("is_past"), start < m_ctx.clock.nowUtc());
    out.remove(QStringLiteral("booked"));
    return out;
}

std::optional<QString> TimeSlotService::doctorFor(const Actor& actor, const QVariantMap& input,
                                                  FieldErrors& errors)
{
    const QVariant named = input.value(QStringLiteral("doctor_id"));
    if (actor.role == Role::Dentist) {
        const QString own = m_references.ownDoctorId(actor);
        if (own.isEmpty()) {
            errors.add(QStringLiteral("doctor"), QStringLiteral("Your account has no doctor profile."));
            return std::nullopt;
        }
        // Seed 003 overwrites `doctor` with the caller; naming somebody else is refused rather than ignored.
        if (!isNullValue(named) && named.toString() != own && named.toString() != actor.userId) {
            errors.add(QStringLiteral("doctor"),
                       QStringLiteral("Dentists create time slots for themselves."));
            return std::nullopt;
        }
        return own;
    }
    if (isNullValue(named) || named.toString().isEmpty()) {
        errors.add(QStringLiteral("doctor"), QStringLiteral("This field is required."));
        return std::nullopt;
    }
    const QString id = named.toString();
    const QString found = DoctorService::profileIdFor(m_ctx.db.connection(), id);
    if (found.isEmpty()) {
        errors.add(QStringLiteral("doctor"),
                   QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(id));
        return std::nullopt;
    }
    return found;
}

Status TimeSlotService::checkCandidate(const Candidate& slot) const
{
    if (slot.end <= slot.start)
        return Error::field(QStringLiteral("non_field_errors"),
                            QStringLiteral("End time must be after start time."));
    if (slot.start.secsTo(slot.end) > qint64(kMaximumMinutes) * 60)
        return Error::field(
            QStringLiteral("non_field_errors"),
            QStringLiteral("A time slot is at most %1 hours long.").arg(kMaximumMinutes / 60));
    if (slot.start < m_ctx.clock.nowUtc())
        return Error::field(QStringLiteral("date"), QStringLiteral("Cannot create time slots in the past."));
    if (Status outside = m_schedule.checkWithinHours(slot.doctorId, slot.start, slot.end))
        return Error::field(QStringLiteral("non_field_errors"), outside->message);
    return std::nullopt;
}

Result<std::optional<QVariantMap>> TimeSlotService::firstOverlap(const Candidate& slot,
                                                                 const QString& excludeId) const
{
    return sql::selectOne(
        m_ctx.db.connection(),
        QStringLiteral("SELECT * FROM time_slots WHERE doctor_id = ? AND deleted_at IS NULL AND id <> ? AND "
                       "start_at < ? AND start_at > ? AND end_at > ? ORDER BY start_at LIMIT 1"),
        {slot.doctorId, excludeId.isEmpty() ? QStringLiteral("") : excludeId, iso(slot.end),
         iso(slot.start.addSecs(-qint64(kMaximumMinutes) * 60)), iso(slot.start)});
}

namespace {

// The slot's range from clinic-local date and times; field errors when they are missing or malformed.
std::optional<std::pair<QDateTime, QDateTime>> rangeFrom(const QVariantMap& fields, const QTimeZone& zone,
                                                         FieldErrors& errors)
{
    for (const QString& name :
         {QStringLiteral("date"), QStringLiteral("start_time"), QStringLiteral("end_time")}) {
        if (isNullValue(fields.value(name)) && !errors.has(name))
            errors.add(name, QStringLiteral("This field is required."));
    }
    if (!errors.isEmpty())
        return std::nullopt;
    const QDate date = QDate::fromString(fields.value(QStringLiteral("date")).toString(), Qt::ISODate);
    const QTime start =
        QTime::fromString(fields.value(QStringLiteral("start_time")).toString(), QStringLiteral("HH:mm:ss"));
    const QTime end =
        QTime::fromString(fields.value(QStringLiteral("end_time")).toString(), QStringLiteral("HH:mm:ss"));
    return std::pair{QDateTime(date, start, zone).toUTC(), QDateTime(date, end, zone).toUTC()};
}

const QList<FieldSpec>& slotSpecs()
{
    static const QList<FieldSpec> specs{
        {QStringLiteral("date"), FieldType::Date},
        {QStringLiteral("start_time"), FieldType::Time},
        {QStringLiteral("end_time"), FieldType::Time},
        {QStringLiteral("is_available"), FieldType::Boolean},
        {QStringLiteral("duration_minutes"), FieldType::Integer, 0, 1, TimeSlotService::kMaximumMinutes},
    };
    return specs;
}

QString overlapMessage(const QVariantMap& other)
{
    return QStringLiteral("This time slot overlaps an existing slot (%1 to %2).")
        .arg(other.value(QStringLiteral("start_at")).toString(),
             other.value(QStringLiteral("end_at")).toString());
}

} // namespace

Result<QVariantMap> TimeSlotService::create(const Actor& actor, const QVariantMap& input)
{
    if (!allows(actor.role, Permission::ManageTimeSlots))
        return Error::forbidden(QStringLiteral("Only doctors can create time slots."));
    FieldErrors errors;
    const QVariantMap fields = normalizeFields(slotSpecs(), input, errors);
    const std::optional<QString> doctor = doctorFor(actor, input, errors);
    const auto range = rangeFrom(fields, m_schedule.timeZone(), errors);
    if (!errors.isEmpty())
        return errors.toError();
    const Candidate slot{*doctor, range->first, range->second};
    if (Status refused = checkCandidate(slot))
        return *refused;

    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    // Checked inside the write transaction, so two creations on this store cannot both pass.
    auto overlap = firstOverlap(slot, QString());
    if (!overlap)
        return overlap.error();
    if (overlap->has_value())
        return Error::field(QStringLiteral("non_field_errors"), overlapMessage(**overlap));
    const QString id = Uuid::v7(uow.now());
    const int minutes = int(slot.start.secsTo(slot.end) / 60);
    if (Status e = uow.insert(
            kTable, id,
            {{QStringLiteral("doctor_id"), slot.doctorId},
             {QStringLiteral("start_at"), iso(slot.start)},
             {QStringLiteral("end_at"), iso(slot.end)},
             {QStringLiteral("duration_minutes"),
              isNullValue(fields.value(QStringLiteral("duration_minutes")))
                  ? QVariant(minutes)
                  : fields.value(QStringLiteral("duration_minutes"))},
             {QStringLiteral("is_available"), fields.value(QStringLiteral("is_available"), 1).toInt()},
             {QStringLiteral("created_by"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId)},
             {QStringLiteral("created_at"), uow.nowIso()},
             {QStringLiteral("updated_at"), uow.nowIso()}}))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return get(actor, id);
}

Result<QVariantMap> TimeSlotService::createBulk(const Actor& actor, const QVariantMap& input)
{
    if (!allows(actor.role, Permission::ManageTimeSlots))
        return Error::forbidden(QStringLiteral("Only doctors can create time slots."));
    FieldErrors errors;
    QVariantMap fields =
        normalizeFields(slotSpecs() + QList<FieldSpec>{{QStringLiteral("slot_duration"), FieldType::Integer,
                                                        0, kMinimumBulkMinutes, kMaximumBulkMinutes}},
                        input, errors);
    const std::optional<QString> doctor = doctorFor(actor, input, errors);
    const auto range = rangeFrom(fields, m_schedule.timeZone(), errors);
    if (!errors.isEmpty())
        return errors.toError();
    const int minutes = fields.value(QStringLiteral("slot_duration"), 30).toInt();
    if (range->second <= range->first)
        return Error::field(QStringLiteral("non_field_errors"),
                            QStringLiteral("End time must be after start time."));
    if (range->first.secsTo(range->second) < qint64(minutes) * 60)
        return Error::field(QStringLiteral("non_field_errors"),
                            QStringLiteral("The range is shorter than one slot of %1 minutes.").arg(minutes));
    if (range->first < m_ctx.clock.nowUtc())
        return Error::field(QStringLiteral("date"), QStringLiteral("Cannot create time slots in the past."));

    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    QStringList made;
    QVariantList skipped;
    const QTimeZone zone = m_schedule.timeZone();
    const auto local = [&zone](const QDateTime& t) {
        return t.toTimeZone(zone).time().toString(QStringLiteral("HH:mm:ss"));
    };
    for (QDateTime start = range->first; start.addSecs(qint64(minutes) * 60) <= range->second;
         start = start.addSecs(qint64(minutes) * 60)) {
        const Candidate slot{*doctor, start, start.addSecs(qint64(minutes) * 60)};
        QString reason;
        if (Status refused = checkCandidate(slot)) {
            reason = refused->message;
        } else {
            auto overlap = firstOverlap(slot, QString());
            if (!overlap)
                return overlap.error();
            if (overlap->has_value())
                reason = overlapMessage(**overlap);
        }
        if (!reason.isEmpty()) {
            skipped.append(QVariantMap{{QStringLiteral("start_time"), local(slot.start)},
                                       {QStringLiteral("end_time"), local(slot.end)},
                                       {QStringLiteral("reason"), reason}});
            continue;
        }
        const QString id = Uuid::v7(uow.now());
        if (Status e = uow.insert(
                kTable, id,
                {{QStringLiteral("doctor_id"), slot.doctorId},
                 {QStringLiteral("start_at"), iso(slot.start)},
                 {QStringLiteral("end_at"), iso(slot.end)},
                 {QStringLiteral("duration_minutes"), minutes},
                 {QStringLiteral("is_available"), 1},
                 {QStringLiteral("created_by"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId)},
                 {QStringLiteral("created_at"), uow.nowIso()},
                 {QStringLiteral("updated_at"), uow.nowIso()}}))
            return *e;
        made.append(id);
    }
    if (made.isEmpty()) {
        return Error::field(QStringLiteral("non_field_errors"),
                            QStringLiteral("No time slot could be created: %1")
                                .arg(skipped.first().toMap().value(QStringLiteral("reason")).toString()));
    }
    if (Status e = uow.commit())
        return *e;
    QVariantList createdSlots;
    for (const QString& id : made) {
        auto slot = get(actor, id);
        if (!slot)
            return slot.error();
        createdSlots.append(*slot);
    }
    return QVariantMap{{QStringLiteral("slots"), createdSlots}, {QStringLiteral("skipped"), skipped}};
}

Result<QVariantMap> TimeSlotService::get(const Actor& actor, const QString& id,
                                         const QString& ignoringAppointmentId)
{
    Q_UNUSED(actor) // every signed-in user reads the slots (seed 003)
    if (!Uuid::isValid(id))
        return Error::notFound();
    auto start = sql::scalar(
        m_ctx.db.connection(),
        QStringLiteral("SELECT start_at FROM time_slots WHERE id = ? AND deleted_at IS NULL"), {id});
    if (!start)
        return start.error();
    if (isNullValue(*start))
        return Error::notFound();
    const QDateTime from = QDateTime::fromString(start->toString(), Qt::ISODateWithMs);
    auto row = sql::selectOne(
        m_ctx.db.connection(),
        selectSql(QStringLiteral(" AND a.start_at > ? AND a.id <> ?")) + QStringLiteral(" WHERE s.id = ?"),
        {iso(from.addSecs(-qint64(kMaximumMinutes) * 60)),
         ignoringAppointmentId.isEmpty() ? QStringLiteral("") : ignoringAppointmentId, id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::notFound();
    return present(**row);
}

Result<TimeSlotPage> TimeSlotService::list(const Actor& actor, const TimeSlotQuery& q)
{
    Q_UNUSED(actor)
    const QTimeZone zone = m_schedule.timeZone();
    QString where = QStringLiteral(" WHERE s.deleted_at IS NULL");
    QVariantList binds;
    QDateTime floor; // every slot listed starts at or after it
    if (!q.doctorId.isEmpty()) {
        // A doctor named by profile id or by the account it shares (seed 003 names doctors by user id).
        where += QStringLiteral(" AND (s.doctor_id = ? OR d.user_id = ?)");
        binds << q.doctorId << q.doctorId;
    }
    if (q.from.isValid()) {
        floor = QDateTime(q.from, QTime(0, 0), zone).toUTC();
        where += QStringLiteral(" AND s.start_at >= ?");
        binds << iso(floor);
    }
    if (q.to.isValid()) {
        where += QStringLiteral(" AND s.start_at < ?");
        binds << iso(QDateTime(q.to.addDays(1), QTime(0, 0), zone).toUTC());
    }
    if (q.startsFrom.isValid()) {
        if (!floor.isValid() || floor < q.startsFrom)
            floor = q.startsFrom;
        where += QStringLiteral(" AND s.start_at >= ?");
        binds << iso(q.startsFrom);
    }
    if (q.startsBefore.isValid()) {
        where += QStringLiteral(" AND s.start_at < ?");
        binds << iso(q.startsBefore);
    }
    if (q.availableOnly) {
        const QDateTime now = m_ctx.clock.nowUtc();
        if (!floor.isValid() || floor < now)
            floor = now;
        where += QStringLiteral(" AND s.start_at >= ? AND s.is_available = 1");
        binds << iso(now);
    }
    where += ChangeFeed::andChangedSince(QStringLiteral("s.id"), q.changedSince, binds);
    QVariantList allBinds = binds;
    if (floor.isValid())
        allBinds.prepend(iso(floor.addSecs(-qint64(kMaximumMinutes) * 60)));
    // "booked" is a column of the inner query; the outer one filters on it and pages.
    const QString query =
        QStringLiteral("SELECT * FROM (%1%2) t%3")
            .arg(selectSql(floor.isValid() ? QStringLiteral(" AND a.start_at > ?") : QString()), where,
                 q.availableOnly ? QStringLiteral(" WHERE t.booked = 0") : QString());
    auto total = sql::scalar(m_ctx.db.connection(), QStringLiteral("SELECT count(*) FROM (%1) c").arg(query),
                             allBinds);
    if (!total)
        return total.error();
    auto rows = sql::select(m_ctx.db.connection(),
                            query + QStringLiteral(" ORDER BY t.start_at, t.id LIMIT ? OFFSET ?"),
                            allBinds + QVariantList{q.limit, q.offset});
    if (!rows)
        return rows.error();
    TimeSlotPage page;
    page.total = total->toInt();
    for (const QVariantMap& row : *rows) {
        auto presented = present(row);
        if (!presented)
            return presented.error();
        page.rows.append(*presented);
    }
    return page;
}

Status TimeSlotService::checkMayWrite(const Actor& actor, const QVariantMap& slot)
{
    if (actor.staff())
        return std::nullopt;
    if (actor.role == Role::Dentist &&
        str(slot, QStringLiteral("doctor_id")) == m_references.ownDoctorId(actor))
        return std::nullopt;
    return Error::forbidden(QStringLiteral("You can only change your own time slots."));
}

Result<QVariantMap> TimeSlotService::update(const Actor& actor, const QString& id, const QVariantMap& input,
                                            bool partial)
{
    auto current = get(actor, id);
    if (!current)
        return current.error();
    if (Status refused = checkMayWrite(actor, *current))
        return *refused;
    FieldErrors errors;
    QVariantMap fields = normalizeFields(slotSpecs(), input, errors);
    if (!partial) {
        for (const QString& name :
             {QStringLiteral("date"), QStringLiteral("start_time"), QStringLiteral("end_time")}) {
            if (!input.contains(name) && !errors.has(name))
                errors.add(name, QStringLiteral("This field is required."));
        }
    }
    // What is not given keeps its value (a PATCH of one field must not need the others: seed 003's 500).
    for (const QString& name :
         {QStringLiteral("date"), QStringLiteral("start_time"), QStringLiteral("end_time")}) {
        if (!fields.contains(name))
            fields.insert(name, current->value(name));
    }
    QString doctor = str(*current, QStringLiteral("doctor_id"));
    if (input.contains(QStringLiteral("doctor_id")) && actor.staff()) {
        if (auto named = doctorFor(actor, input, errors))
            doctor = *named;
    }
    const auto range = rangeFrom(fields, m_schedule.timeZone(), errors);
    if (!errors.isEmpty())
        return errors.toError();
    const Candidate slot{doctor, range->first, range->second};
    const bool moved = iso(slot.start) != str(*current, QStringLiteral("start_at")) ||
                       iso(slot.end) != str(*current, QStringLiteral("end_at")) ||
                       doctor != str(*current, QStringLiteral("doctor_id"));
    // A slot that only changes its flag need not be in the future or within today's hours any more.
    if (moved) {
        if (Status refused = checkCandidate(slot))
            return *refused;
    }

    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (moved) {
        auto overlap = firstOverlap(slot, id);
        if (!overlap)
            return overlap.error();
        if (overlap->has_value())
            return Error::field(QStringLiteral("non_field_errors"), overlapMessage(**overlap));
    }
    QVariantMap changes{{QStringLiteral("doctor_id"), doctor},
                        {QStringLiteral("start_at"), iso(slot.start)},
                        {QStringLiteral("end_at"), iso(slot.end)},
                        {QStringLiteral("updated_at"), uow.nowIso()}};
    if (fields.contains(QStringLiteral("is_available")))
        changes.insert(QStringLiteral("is_available"),
                       fields.value(QStringLiteral("is_available"), 1).toInt());
    if (!isNullValue(fields.value(QStringLiteral("duration_minutes"))))
        changes.insert(QStringLiteral("duration_minutes"), fields.value(QStringLiteral("duration_minutes")));
    else if (moved)
        changes.insert(QStringLiteral("duration_minutes"), int(slot.start.secsTo(slot.end) / 60));
    if (Status e = uow.update(kTable, id, changes))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return get(actor, id);
}

Status TimeSlotService::remove(const Actor& actor, const QString& id)
{
    auto current = get(actor, id);
    if (!current)
        return current.error();
    if (Status refused = checkMayWrite(actor, *current))
        return refused;
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.softDelete(kTable, id))
        return e;
    return uow.commit();
}

} // namespace chairside

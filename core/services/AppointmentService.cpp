#include "AppointmentService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "services/DoctorService.h"
#include "services/ReadAudit.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

#include <array>

namespace chairside {

namespace {

const QString kTable = QStringLiteral("appointments");

struct StatusName
{
    AppointmentStatus status;
    const char* name;
};
const std::array kStatusNames{
    StatusName{AppointmentStatus::Requested, "requested"},
    StatusName{AppointmentStatus::Scheduled, "scheduled"},
    StatusName{AppointmentStatus::Confirmed, "confirmed"},
    StatusName{AppointmentStatus::Arrived, "arrived"},
    StatusName{AppointmentStatus::InChair, "in_chair"},
    StatusName{AppointmentStatus::Completed, "completed"},
    StatusName{AppointmentStatus::Cancelled, "cancelled"},
    StatusName{AppointmentStatus::NoShow, "no_show"},
};

QString iso(const QDateTime& t)
{
    return toIsoUtc(t);
}

QString str(const QVariantMap& m, const QString& key)
{
    const QVariant v = m.value(key);
    return isNullValue(v) ? QString() : v.toString();
}

QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

const QString kSelect = QStringLiteral(
    "SELECT a.*, p.name AS patient_name, p.allergies AS patient_allergies, "
    "COALESCE(p.user_id, p.owner_id) AS patient_user_id, d.name AS "
    "dentist_name, "
    "c.name AS chair_name, EXISTS (SELECT 1 FROM clinical_records r WHERE r.appointment_id = a.id "
    "AND r.deleted_at IS NULL) AS has_record FROM appointments a "
    "JOIN patients p ON p.id = a.patient_id LEFT JOIN doctors d ON d.id = a.dentist_id "
    "LEFT JOIN chairs c ON c.id = a.chair_id");

bool isTerminal(AppointmentStatus s)
{
    return s == AppointmentStatus::Completed || s == AppointmentStatus::Cancelled ||
           s == AppointmentStatus::NoShow;
}

// The condition "overlaps [from, to)" on appointments `a`: starts before `to` and ends after `from`. No
// appointment is longer than kMaximumMinutes, so it also starts after `from` minus that; the lower bound
// makes it an index range on start_at instead of a walk over every earlier appointment (a million in a clinic
// with years of history). An invalid bound is open.
std::pair<QString, QVariantList> overlapping(const QDateTime& from, const QDateTime& to)
{
    QString condition = QStringLiteral("1");
    QVariantList binds;
    if (to.isValid()) {
        condition += QStringLiteral(" AND a.start_at < ?");
        binds.append(iso(to));
    }
    if (from.isValid()) {
        condition += QStringLiteral(" AND a.start_at > ? AND a.end_at > ?");
        binds.append(iso(from.addSecs(-qint64(AppointmentService::kMaximumMinutes) * 60)));
        binds.append(iso(from));
    }
    return {condition, binds};
}

} // namespace

QString statusName(AppointmentStatus status)
{
    for (const StatusName& s : kStatusNames) {
        if (s.status == status)
            return QString::fromLatin1(s.name);
    }
    return {};
}

std::optional<AppointmentStatus> parseStatus(const QString& text)
{
    const QString t = text.trimmed()
                          .toLower()
                          .replace(QLatin1Char('-'), QLatin1Char('_'))
                          .replace(QLatin1Char(' '), QLatin1Char('_'));
    for (const StatusName& s : kStatusNames) {
        if (t == QLatin1String(s.name))
            return s.status;
    }
    return std::nullopt;
}

bool canChangeStatus(AppointmentStatus from, AppointmentStatus to)
{
    using S = AppointmentStatus;
    if (from == to || isTerminal(from))
        return false;
    switch (to) {
    case S::Requested:
        return false;
    case S::Scheduled:
        return from == S::Requested;
    case S::Confirmed:
        return from == S::Requested || from == S::Scheduled;
    case S::Arrived:
        return from == S::Scheduled || from == S::Confirmed;
    case S::InChair:
        return from == S::Arrived;
    case S::Completed:
        return from == S::InChair || from == S::Arrived;
    case S::Cancelled:
        return from != S::InChair;
    case S::NoShow:
        return from == S::Scheduled || from == S::Confirmed;
    }
    return false;
}

bool AppointmentService::maySee(const Actor& actor, const QVariantMap& appointment)
{
    return allows(actor.role, Permission::SeeAllAppointments) ||
           m_patients.visibleTo(actor, str(appointment, QStringLiteral("patient_id")));
}

Result<std::optional<QVariantMap>> AppointmentService::firstClash(const QString& excludeId, Shared shared,
                                                                  const QString& id, const QDateTime& start,
                                                                  const QDateTime& end)
{
    // The implicit single chair of a station without chairs is "chair_id IS NULL".
    const QString condition = shared == Shared::Dentist ? QStringLiteral("a.dentist_id = ?")
                              : shared == Shared::Chair ? QStringLiteral("a.chair_id IS ?")
                                                        : QStringLiteral("a.patient_id = ?");
    const auto [during, duringBinds] = overlapping(start, end);
    return sql::selectOne(m_ctx.db.connection(),
                          kSelect +
                              QStringLiteral(" WHERE a.deleted_at IS NULL AND a.status NOT IN ('cancelled', "
                                             "'no_show') AND a.id <> ? AND ") +
                              during + QStringLiteral(" AND ") + condition + QStringLiteral(" LIMIT 1"),
                          QVariantList{excludeId.isNull() ? QStringLiteral("") : excludeId} + duringBinds +
                              QVariantList{orNull(id)});
}

Status AppointmentService::checkFree(const QString& excludeId, const QString& patientId,
                                     const QString& dentistId, const QString& chairId, const QDateTime& start,
                                     const QDateTime& end)
{
    const std::array<std::tuple<Shared, QString, const char*>, 3> dimensions{{
        {Shared::Dentist, dentistId, "the same dentist"},
        {Shared::Chair, chairId, "the same chair"},
        {Shared::Patient, patientId, "the same patient"},
    }};
    for (const auto& [shared, id, what] : dimensions) {
        if (shared == Shared::Dentist && id.isEmpty())
            continue;
        auto clash = firstClash(excludeId, shared, id, start, end);
        if (!clash)
            return clash.error();
        if (!clash->has_value())
            continue;
        const QVariantMap& c = **clash;
        const QTimeZone zone = m_schedule.timeZone();
        const QDateTime from =
            QDateTime::fromString(str(c, QStringLiteral("start_at")), Qt::ISODateWithMs).toTimeZone(zone);
        const QDateTime to =
            QDateTime::fromString(str(c, QStringLiteral("end_at")), Qt::ISODateWithMs).toTimeZone(zone);
        QString with = str(c, QStringLiteral("dentist_name"));
        if (!str(c, QStringLiteral("chair_name")).isEmpty())
            with +=
                (with.isEmpty() ? QString() : QStringLiteral(", ")) + str(c, QStringLiteral("chair_name"));
        return Error::field(QStringLiteral("non_field_errors"),
                            QStringLiteral("This time overlaps appointment %1 (%2%3, %4 %5-%6) for %7.")
                                .arg(str(c, QStringLiteral("id")), str(c, QStringLiteral("patient_name")),
                                     with.isEmpty() ? QString() : QStringLiteral(" with ") + with,
                                     from.date().toString(Qt::ISODate),
                                     from.time().toString(QStringLiteral("HH:mm")),
                                     to.time().toString(QStringLiteral("HH:mm")), QString::fromLatin1(what)));
    }
    return std::nullopt;
}

Status AppointmentService::checkBookable(const QString& excludeId, const QString& patientId,
                                         const QString& dentistId, const QString& chairId,
                                         const QDateTime& start, int durationMinutes)
{
    const QDateTime end = start.addSecs(qint64(durationMinutes) * 60);
    if (Status outside = m_schedule.checkWithinHours(dentistId, start, end))
        return outside;
    return checkFree(excludeId, patientId, dentistId, chairId, start, end);
}

QStringList AppointmentService::candidateDentists(const QString& dentistId) const
{
    if (!dentistId.isEmpty())
        return {dentistId};
    auto rows =
        sql::select(m_ctx.db.connection(),
                    QStringLiteral("SELECT id FROM doctors WHERE deleted_at IS NULL ORDER BY name, id"));
    QStringList ids;
    if (rows) {
        for (const QVariantMap& r : *rows)
            ids.append(str(r, QStringLiteral("id")));
    }
    // A station without dentists books without one (seed-contracts decision 9).
    return ids.isEmpty() ? QStringList{QString()} : ids;
}

std::optional<std::pair<QString, QString>>
AppointmentService::pickDentistAndChair(const QString& patientId, const QString& dentistId,
                                        const QString& chairId, const QDateTime& start, const QDateTime& end)
{
    const QStringList dentists = candidateDentists(dentistId);
    QStringList chairs{chairId};
    if (chairId.isEmpty()) {
        auto rows = m_schedule.chairs();
        if (rows && !rows->isEmpty()) {
            chairs.clear();
            for (const QVariantMap& r : *rows)
                chairs.append(str(r, QStringLiteral("id")));
        }
    }
    // Whether dentist and chair are free are independent questions, so each is asked once per candidate (not
    // once per pair): the first free dentist who works then, with the first free chair.
    auto busy = [&](Shared shared, const QString& id) {
        auto clash = firstClash(QString(), shared, id, start, end);
        return !clash || clash->has_value(); // a failed read counts as busy
    };
    if (busy(Shared::Patient, patientId))
        return std::nullopt;
    const auto dentist = std::find_if(dentists.cbegin(), dentists.cend(), [&](const QString& d) {
        return !m_schedule.checkWithinHours(d, start, end) && (d.isEmpty() || !busy(Shared::Dentist, d));
    });
    const auto chair = std::find_if(chairs.cbegin(), chairs.cend(),
                                    [&](const QString& c) { return !busy(Shared::Chair, c); });
    if (dentist == dentists.cend() || chair == chairs.cend())
        return std::nullopt;
    return std::make_pair(*dentist, *chair);
}

Status AppointmentService::writeHistory(UnitOfWork& uow, const Actor& actor, const QString& appointmentId,
                                        const QString& type, const QVariant& oldStatus,
                                        const QVariant& newStatus, const QVariant& oldStart,
                                        const QVariant& newStart, const QString& note)
{
    return uow.insert(QStringLiteral("appointment_history"), Uuid::v7(uow.now()),
                      {{QStringLiteral("appointment_id"), appointmentId},
                       {QStringLiteral("changed_by"), orNull(actor.userId)},
                       {QStringLiteral("changed_at"), uow.nowIso()},
                       {QStringLiteral("change_type"), type},
                       {QStringLiteral("old_status"), oldStatus},
                       {QStringLiteral("new_status"), newStatus},
                       {QStringLiteral("old_start_at"), oldStart},
                       {QStringLiteral("new_start_at"), newStart},
                       {QStringLiteral("note"), orNull(note)},
                       {QStringLiteral("created_at"), uow.nowIso()},
                       {QStringLiteral("updated_at"), uow.nowIso()}});
}

Result<QVariantMap> AppointmentService::book(const Actor& actor, const BookingRequest& r)
{
    if (!allows(actor.role, Permission::BookAppointments))
        return Error::forbidden();
    FieldErrors errors;
    if (r.patientId.isEmpty())
        errors.add(QStringLiteral("patient"), QStringLiteral("This field is required."));
    else if (!m_patients.visibleTo(actor, r.patientId))
        errors.add(QStringLiteral("patient"),
                   QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(r.patientId));
    if (!r.start.isValid())
        errors.add(QStringLiteral("start"), QStringLiteral("A valid date and time is required."));
    if (r.durationMinutes < kMinimumMinutes || r.durationMinutes > kMaximumMinutes)
        errors.add(QStringLiteral("duration_minutes"),
                   QStringLiteral("Ensure the duration is between %1 and %2 minutes.")
                       .arg(kMinimumMinutes)
                       .arg(kMaximumMinutes));
    const QSqlDatabase db = m_ctx.db.connection();
    auto exists = [&](const QString& table, const QString& id) {
        auto found = sql::scalar(
            db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted_at IS NULL").arg(table), {id});
        return found && found->isValid();
    };
    if (!r.dentistId.isEmpty() && !exists(QStringLiteral("doctors"), r.dentistId))
        errors.add(QStringLiteral("dentist"),
                   QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(r.dentistId));
    if (!r.chairId.isEmpty() && !exists(QStringLiteral("chairs"), r.chairId))
        errors.add(QStringLiteral("chair"),
                   QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(r.chairId));
    if (!errors.isEmpty())
        return errors.toError();

    const QDateTime start = r.start.toUTC();
    const QDateTime end = start.addSecs(qint64(r.durationMinutes) * 60);
    const QString id = Uuid::v7(m_ctx.clock.nowUtc());
    // The checks run inside the write transaction (BEGIN IMMEDIATE), so two bookings on this store can never
    // both pass them for the same time.
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    QString dentist = r.dentistId;
    QString chair = r.chairId;
    if (dentist.isEmpty() || chair.isEmpty()) {
        auto picked = pickDentistAndChair(r.patientId, r.dentistId, r.chairId, start, end);
        if (!picked) {
            // Name the rule that stopped us: the first candidate's reason is the most useful message.
            if (Status why =
                    checkBookable(QString(), r.patientId, r.dentistId, r.chairId, start, r.durationMinutes))
                return *why;
            return Error::field(QStringLiteral("non_field_errors"),
                                QStringLiteral("No dentist and chair are free at this time."));
        }
        dentist = picked->first;
        chair = picked->second;
    }
    if (Status refused = checkBookable(QString(), r.patientId, dentist, chair, start, r.durationMinutes))
        return *refused;

    QVariantMap row = r.details;
    row.insert({{QStringLiteral("patient_id"), r.patientId},
                {QStringLiteral("dentist_id"), orNull(dentist)},
                {QStringLiteral("chair_id"), orNull(chair)},
                {QStringLiteral("start_at"), iso(start)},
                {QStringLiteral("end_at"), iso(end)},
                {QStringLiteral("duration_minutes"), r.durationMinutes},
                {QStringLiteral("status"), statusName(r.status)},
                {QStringLiteral("reason"), orNull(r.reason.trimmed())},
                {QStringLiteral("notes"), orNull(r.notes.trimmed())},
                {QStringLiteral("booked_by"), orNull(actor.userId)},
                {QStringLiteral("created_at"), uow.nowIso()},
                {QStringLiteral("updated_at"), uow.nowIso()}});
    if (Status e = uow.insert(kTable, id, row))
        return *e;
    if (Status e = writeHistory(uow, actor, id, QStringLiteral("created"), QVariant(), statusName(r.status),
                                QVariant(), iso(start), QString()))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return find(actor, id);
}

Result<QVariantMap> AppointmentService::find(const Actor& actor, const QString& id)
{
    if (!Uuid::isValid(id))
        return Error::notFound();
    auto row = sql::selectOne(m_ctx.db.connection(),
                              kSelect + QStringLiteral(" WHERE a.id = ? AND a.deleted_at IS NULL"), {id});
    if (!row)
        return row.error();
    if (!row->has_value() || !maySee(actor, **row))
        return Error::notFound();
    return **row;
}

Result<QVariantMap> AppointmentService::get(const Actor& actor, const QString& id)
{
    auto appointment = find(actor, id);
    if (appointment)
        if (Status e =
                readaudit::one(m_ctx, actor, kTable, id, str(*appointment, QStringLiteral("patient_id"))))
            return *e;
    return appointment;
}

Result<QList<QVariantMap>> AppointmentService::list(const Actor& actor, const AppointmentQuery& q)
{
    auto [during, binds] = overlapping(q.from, q.to);
    QString where = QStringLiteral(" WHERE a.deleted_at IS NULL AND ") + during;
    for (const auto& [column, value] : {std::pair{QStringLiteral("a.dentist_id"), q.dentistId},
                                        std::pair{QStringLiteral("a.chair_id"), q.chairId},
                                        std::pair{QStringLiteral("a.patient_id"), q.patientId}}) {
        if (!value.isEmpty()) {
            where += QStringLiteral(" AND %1 = ?").arg(column);
            binds.append(value);
        }
    }
    if (!q.includeCancelled)
        where += QStringLiteral(" AND a.status NOT IN ('cancelled', 'no_show')");
    if (q.startsFrom.isValid()) {
        where += QStringLiteral(" AND a.start_at >= ?");
        binds.append(iso(q.startsFrom));
    }
    if (q.startsBefore.isValid()) {
        where += QStringLiteral(" AND a.start_at < ?");
        binds.append(iso(q.startsBefore));
    }
    if (!allows(actor.role, Permission::SeeAllAppointments)) {
        const auto [clause, visibilityBinds] = PatientService::visibility(actor);
        where += QStringLiteral(" AND ") + clause;
        binds += visibilityBinds;
    }
    where += ChangeFeed::andChangedSince(QStringLiteral("a.id"), q.changedSince, binds);
    QString order = QStringLiteral(" ORDER BY a.start_at, a.id");
    if (q.limit >= 0) {
        order += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << q.limit << std::max(0, q.offset);
    }
    auto rows = sql::select(m_ctx.db.connection(), kSelect + where + order, binds);
    if (rows) {
        QVariantMap filter;
        if (!q.patientId.isEmpty())
            filter.insert(QStringLiteral("patient_id"), q.patientId);
        if (Status e = readaudit::list(m_ctx, actor, kTable, *rows, QStringLiteral("patient_id"), filter))
            return *e;
    }
    return rows;
}

Result<QList<QVariantMap>> AppointmentService::listAll(const Actor& actor,
                                                       const std::optional<ChangesSince>& changedSince)
{
    if (!allows(actor.role, Permission::SeeAllAppointments))
        return Error::forbidden(QStringLiteral("You are not allowed to perform this operation."));
    AppointmentQuery everything;
    everything.changedSince = changedSince;
    return list(actor, everything);
}

Result<QVariantMap> AppointmentService::reschedule(const Actor& actor, const QString& id,
                                                   const QDateTime& start, int durationMinutes,
                                                   const QString& dentistId, const QString& chairId)
{
    auto current = find(actor, id);
    if (!current)
        return current.error();
    const AppointmentStatus status =
        parseStatus(str(*current, QStringLiteral("status"))).value_or(AppointmentStatus::Scheduled);
    if (isTerminal(status))
        return Error::field(QStringLiteral("non_field_errors"),
                            QStringLiteral("A %1 appointment cannot be moved.").arg(statusName(status)));
    if (!start.isValid())
        return Error::field(QStringLiteral("start"), QStringLiteral("A valid date and time is required."));
    if (durationMinutes < kMinimumMinutes || durationMinutes > kMaximumMinutes)
        return Error::field(QStringLiteral("duration_minutes"),
                            QStringLiteral("Ensure the duration is between %1 and %2 minutes.")
                                .arg(kMinimumMinutes)
                                .arg(kMaximumMinutes));
    const QString dentist = dentistId.isEmpty() ? str(*current, QStringLiteral("dentist_id")) : dentistId;
    const QString chair = chairId.isEmpty() ? str(*current, QStringLiteral("chair_id")) : chairId;
    const QDateTime startUtc = start.toUTC();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status refused = checkBookable(id, str(*current, QStringLiteral("patient_id")), dentist, chair,
                                       startUtc, durationMinutes))
        return *refused;
    QVariantMap changes{{QStringLiteral("start_at"), iso(startUtc)},
                        {QStringLiteral("end_at"), iso(startUtc.addSecs(qint64(durationMinutes) * 60))},
                        {QStringLiteral("duration_minutes"), durationMinutes},
                        {QStringLiteral("dentist_id"), orNull(dentist)},
                        {QStringLiteral("chair_id"), orNull(chair)},
                        {QStringLiteral("updated_at"), uow.nowIso()}};
    // Moved to another time or dentist, it no longer sits in the seed 003 time slot it was booked by (a move
    // into another slot names the new one afterwards, through amend's details).
    if (iso(startUtc) != str(*current, QStringLiteral("start_at")) ||
        dentist != str(*current, QStringLiteral("dentist_id")))
        changes.insert(QStringLiteral("time_slot_id"), QVariant());
    if (Status e = uow.update(kTable, id, changes))
        return *e;
    if (Status e = writeHistory(uow, actor, id, QStringLiteral("rescheduled"), statusName(status),
                                statusName(status), current->value(QStringLiteral("start_at")), iso(startUtc),
                                QString()))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return find(actor, id);
}

Status AppointmentService::mayChangeStatus(const Actor& actor, const QVariantMap& appointment,
                                           AppointmentStatus target) const
{
    if (actor.staff())
        return std::nullopt;
    if (actor.role == Role::Dentist) {
        const QString own = DoctorService::linkedProfileId(m_ctx.db.connection(), actor.userId);
        if (own.isEmpty() || own != str(appointment, QStringLiteral("dentist_id")))
            return Error::forbidden(QStringLiteral(
                "Only the clinic's staff or the appointment's own dentist change its status."));
        return std::nullopt;
    }
    if (target != AppointmentStatus::Cancelled)
        return Error::forbidden(
            QStringLiteral("Only the clinic changes an appointment's status; you may cancel it."));
    return std::nullopt;
}

Result<QVariantMap> AppointmentService::setStatus(const Actor& actor, const QString& id,
                                                  AppointmentStatus status, const QString& note)
{
    auto current = find(actor, id);
    if (!current)
        return current.error();
    if (Status refused = mayChangeStatus(actor, *current, status))
        return *refused;
    const QString oldName = str(*current, QStringLiteral("status"));
    const AppointmentStatus old = parseStatus(oldName).value_or(AppointmentStatus::Scheduled);
    if (!canChangeStatus(old, status))
        return Error::field(
            QStringLiteral("status"),
            QStringLiteral("An appointment cannot go from %1 to %2.").arg(oldName, statusName(status)));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.update(
            kTable, id,
            {{QStringLiteral("status"), statusName(status)}, {QStringLiteral("updated_at"), uow.nowIso()}}))
        return *e;
    const QString type = status == AppointmentStatus::Cancelled   ? QStringLiteral("cancelled")
                         : status == AppointmentStatus::Completed ? QStringLiteral("completed")
                                                                  : QStringLiteral("status");
    if (Status e =
            writeHistory(uow, actor, id, type, oldName, statusName(status), QVariant(), QVariant(), note))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return find(actor, id);
}

Status AppointmentService::remove(const Actor& actor, const QString& id)
{
    auto current = find(actor, id);
    if (!current)
        return current.error();
    // Deleting ends the appointment as cancelling does, so the same people may: the staff, its own dentist,
    // its patient. Any dentist could delete another's appointment they may not cancel (the role matrix, #7).
    if (Status refused = mayChangeStatus(actor, *current, AppointmentStatus::Cancelled))
        return refused;
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e =
            writeHistory(uow, actor, id, QStringLiteral("deleted"), current->value(QStringLiteral("status")),
                         QVariant(), current->value(QStringLiteral("start_at")), QVariant(), QString()))
        return e;
    if (Status e = uow.softDelete(kTable, id))
        return e;
    if (allows(actor.role, Permission::SeeAllAppointments))
        if (Status e = notifyCancellation(uow, *current))
            return e;
    return uow.commit();
}

Status AppointmentService::notifyCancellation(UnitOfWork& uow, const QVariantMap& appointment)
{
    auto patient = sql::selectOne(
        m_ctx.db.connection(),
        QStringLiteral("SELECT p.id, p.user_id, p.first_name, p.last_name, p.name, p.email_opt_out, "
                       "COALESCE(p.email, u.email) AS email "
                       "FROM patients p LEFT JOIN users u ON u.id = p.user_id WHERE p.id = ?"),
        {appointment.value(QStringLiteral("patient_id"))});
    if (!patient)
        return patient.error();
    if (!patient->has_value())
        return std::nullopt;
    const QVariantMap& p = **patient;
    const QString name = personName(str(p, QStringLiteral("first_name")), str(p, QStringLiteral("last_name")),
                                    str(p, QStringLiteral("name")));
    const QDateTime start =
        QDateTime::fromString(str(appointment, QStringLiteral("start_at")), Qt::ISODateWithMs)
            .toTimeZone(m_schedule.timeZone());
    return m_notifications.recordEmail(
        uow, {QStringLiteral("cancellation"), str(p, QStringLiteral("user_id")), str(p, QStringLiteral("id")),
              str(appointment, QStringLiteral("id")), str(p, QStringLiteral("email")),
              QStringLiteral("Your appointment has been canceled"),
              QStringLiteral(
                  "Dear %1, your dental appointment scheduled for %2 has been canceled. Please contact us "
                  "to reschedule. Sincerely, The Clinic")
                  .arg(name, start.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
              p.value(QStringLiteral("email_opt_out")).toInt() != 0});
}

Result<QList<QVariantMap>> AppointmentService::history(const Actor& actor, const QString& id)
{
    auto row = sql::selectOne(m_ctx.db.connection(), kSelect + QStringLiteral(" WHERE a.id = ?"), {id});
    if (!row)
        return row.error();
    if (!row->has_value() || !maySee(actor, **row))
        return Error::notFound();
    auto rows =
        sql::select(m_ctx.db.connection(),
                    QStringLiteral("SELECT h.*, %1 AS changed_by_name FROM appointment_history h LEFT JOIN "
                                   "users u ON u.id = h.changed_by WHERE h.appointment_id = ? ORDER BY "
                                   "h.changed_at, h.id")
                        .arg(userNameSql(QStringLiteral("u"))),
                    {id});
    if (rows)
        if (Status e = readaudit::one(m_ctx, actor, QStringLiteral("appointment_history"), id,
                                      str(**row, QStringLiteral("patient_id"))))
            return *e;
    return rows;
}

Status AppointmentService::checkSelfBookingRules(const QDateTime& startUtc) const
{
    const QDateTime now = m_ctx.clock.nowUtc();
    const QDateTime local = startUtc.toTimeZone(m_schedule.timeZone());
    const QString field = QStringLiteral("chosen_date");
    if (startUtc < now)
        return Error::field(field, QStringLiteral("The chosen date is in the past."));
    if (startUtc > now.addDays(30))
        return Error::field(field, QStringLiteral("Appointments can be booked at most 30 days ahead."));
    if ((local.time().minute() != 0 && local.time().minute() != 30) || local.time().second() != 0)
        return Error::field(field, QStringLiteral("Appointments start on the hour or the half hour."));
    return std::nullopt;
}

Result<QList<QDateTime>> AppointmentService::fullyBookedStarts(const QDateTime& fromUtc, int slotMinutes)
{
    auto starts = sql::select(
        m_ctx.db.connection(),
        QStringLiteral("SELECT DISTINCT start_at FROM appointments WHERE deleted_at IS NULL "
                       "AND status NOT IN ('cancelled', 'no_show') AND start_at >= ? ORDER BY start_at"),
        {iso(fromUtc)});
    if (!starts)
        return starts.error();
    QList<QDateTime> full;
    for (const QVariantMap& row : *starts) {
        const QDateTime start =
            QDateTime::fromString(str(row, QStringLiteral("start_at")), Qt::ISODateWithMs);
        if (!pickDentistAndChair(QString(), QString(), QString(), start,
                                 start.addSecs(qint64(slotMinutes) * 60)))
            full.append(start);
    }
    return full;
}

Result<QList<FreeSlot>> AppointmentService::nextFreeSlots(const Actor& actor, const QString& dentistId,
                                                          const QString& chairId, int durationMinutes,
                                                          const QDateTime& fromUtc, int count,
                                                          int stepMinutes, int days)
{
    if (!allows(actor.role, Permission::BookAppointments))
        return Error::forbidden();
    if (durationMinutes < kMinimumMinutes || durationMinutes > kMaximumMinutes || stepMinutes < 5 ||
        count < 1)
        return Error::invalid(
            QStringLiteral(
                "Ask for a duration of %1-%2 minutes, a step of at least 5 minutes and at least one slot.")
                .arg(kMinimumMinutes)
                .arg(kMaximumMinutes));
    const QStringList dentists = candidateDentists(dentistId);
    const QTimeZone zone = m_schedule.timeZone();
    const QDate firstDay = fromUtc.toTimeZone(zone).date();
    QList<FreeSlot> found;
    for (int day = 0; day < days && found.size() < count; ++day) {
        const QDate date = firstDay.addDays(day);
        // Candidate starts of the day across dentists, in time order.
        QMap<QDateTime, QStringList> starts;
        for (const QString& d : dentists) {
            for (const auto& [from, to] : m_schedule.hoursOn(d, date)) {
                const int last = to.msecsSinceStartOfDay() / 1000 - durationMinutes * 60;
                for (int s = from.msecsSinceStartOfDay() / 1000; s <= last; s += stepMinutes * 60) {
                    const QDateTime start =
                        QDateTime(date, QTime::fromMSecsSinceStartOfDay(s * 1000), zone).toUTC();
                    if (start >= fromUtc)
                        starts[start].append(d);
                }
            }
        }
        for (auto it = starts.cbegin(); it != starts.cend() && found.size() < count; ++it) {
            const QDateTime end = it.key().addSecs(qint64(durationMinutes) * 60);
            for (const QString& d : it.value()) {
                if (auto picked = pickDentistAndChair(QString(), d, chairId, it.key(), end)) {
                    found.append({it.key(), picked->first, picked->second});
                    break;
                }
            }
        }
    }
    return found;
}

Result<QVariantMap> AppointmentService::changeStatus(const Actor& actor, const QString& id,
                                                     AppointmentStatus target, const QString& note)
{
    auto current = find(actor, id);
    if (!current)
        return current.error();
    const AppointmentStatus from =
        parseStatus(str(*current, QStringLiteral("status"))).value_or(AppointmentStatus::Scheduled);
    if (from == target)
        return current;
    // The shortest walk along allowed changes (breadth first over the eight states).
    QHash<int, int> cameFrom{{int(from), -1}};
    QList<AppointmentStatus> queue{from};
    while (!queue.isEmpty() && !cameFrom.contains(int(target))) {
        const AppointmentStatus at = queue.takeFirst();
        for (const StatusName& next : kStatusNames) {
            if (!cameFrom.contains(int(next.status)) && canChangeStatus(at, next.status)) {
                cameFrom.insert(int(next.status), int(at));
                queue.append(next.status);
            }
        }
    }
    if (!cameFrom.contains(int(target)))
        return Error::field(QStringLiteral("status"),
                            QStringLiteral("An appointment cannot go from %1 to %2.")
                                .arg(statusName(from), statusName(target)));
    QList<AppointmentStatus> steps;
    for (int s = int(target); s != int(from); s = cameFrom.value(s))
        steps.prepend(AppointmentStatus(s));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    Result<QVariantMap> last = *current;
    for (AppointmentStatus step : steps) {
        last = setStatus(actor, id, step, note);
        if (!last)
            return last.error();
    }
    if (Status e = uow.commit())
        return *e;
    return last;
}

Result<QVariantMap> AppointmentService::amend(const Actor& actor, const QString& id,
                                              const AppointmentChange& change)
{
    auto current = find(actor, id);
    if (!current)
        return current.error();
    if (change.patientId && *change.patientId != str(*current, QStringLiteral("patient_id")))
        return Error::field(
            QStringLiteral("patient"),
            QStringLiteral("The patient of an appointment cannot be changed; book a new one."));
    if (change.dentistId && !change.dentistId->isEmpty()) {
        auto exists = sql::scalar(m_ctx.db.connection(),
                                  QStringLiteral("SELECT 1 FROM doctors WHERE id = ? AND deleted_at IS NULL"),
                                  {*change.dentistId});
        if (!exists)
            return exists.error();
        if (!exists->isValid())
            return Error::field(
                QStringLiteral("dentist"),
                QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(*change.dentistId));
    }
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    const QDateTime start =
        QDateTime::fromString(str(*current, QStringLiteral("start_at")), Qt::ISODateWithMs);
    const bool moved = change.start && change.start->toUTC() != start;
    const bool otherDentist = change.dentistId && !change.dentistId->isEmpty() &&
                              *change.dentistId != str(*current, QStringLiteral("dentist_id"));
    if (moved || otherDentist) {
        auto rescheduled = reschedule(
            actor, id, moved ? *change.start : start,
            change.durationMinutes.value_or(current->value(QStringLiteral("duration_minutes")).toInt()),
            otherDentist ? *change.dentistId : QString());
        if (!rescheduled)
            return rescheduled.error();
        current = *rescheduled; // the details below compare with the moved row
    }
    QVariantMap details;
    if (change.reason && change.reason->trimmed() != str(*current, QStringLiteral("reason")))
        details.insert(QStringLiteral("reason"), orNull(change.reason->trimmed()));
    if (change.notes && change.notes->trimmed() != str(*current, QStringLiteral("notes")))
        details.insert(QStringLiteral("notes"), orNull(change.notes->trimmed()));
    for (auto it = change.details.cbegin(); it != change.details.cend(); ++it) {
        const QVariant was = current->value(it.key());
        const bool same = isNullValue(it.value())
                              ? isNullValue(was)
                              : !isNullValue(was) && it.value().toString() == was.toString();
        if (!same)
            details.insert(it.key(), it.value());
    }
    if (!details.isEmpty()) {
        details.insert(QStringLiteral("updated_at"), uow.nowIso());
        if (Status e = uow.update(kTable, id, details))
            return *e;
        // A move already wrote this change's history row (with a slot, the slot comes with the move).
        const QVariant status = current->value(QStringLiteral("status"));
        if (!(moved || otherDentist)) {
            if (Status e = writeHistory(uow, actor, id, QStringLiteral("details"), status, status, QVariant(),
                                        QVariant(), QString()))
                return *e;
        }
    }
    if (change.status) {
        auto changed = changeStatus(actor, id, *change.status);
        if (!changed)
            return changed.error();
    }
    if (Status e = uow.commit())
        return *e;
    return find(actor, id);
}

Result<QList<QVariantMap>> AppointmentService::listMine(const Actor& actor,
                                                        const std::optional<ChangesSince>& changedSince)
{
    if (actor.userId.isEmpty())
        return QList<QVariantMap>();
    QVariantList binds{actor.userId, actor.userId};
    const QString changed = ChangeFeed::andChangedSince(QStringLiteral("a.id"), changedSince, binds);
    auto rows = sql::select(
        m_ctx.db.connection(),
        kSelect + QStringLiteral(" WHERE a.deleted_at IS NULL AND (p.user_id = ? OR d.user_id = ?)") +
            changed + QStringLiteral(" ORDER BY a.start_at, a.id"),
        binds);
    if (rows)
        if (Status e = readaudit::list(m_ctx, actor, kTable, *rows))
            return *e;
    return rows;
}

} // namespace chairside

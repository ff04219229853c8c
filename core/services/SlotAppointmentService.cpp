#include "SlotAppointmentService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "services/DoctorService.h"
#include "services/PatientService.h"
#include "services/ReadAudit.h"
#include "services/ScheduleService.h"
#include "services/TimeSlotService.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

#include <QTimeZone>
#include <algorithm>

namespace chairside {

namespace {

const QString kAppointments = QStringLiteral("appointments");

const QString kSelect = QStringLiteral(
    "SELECT a.*, p.name AS patient_name, p.first_name AS patient_first_name, p.last_name AS "
    "patient_last_name, p.email AS patient_email, p.user_id AS patient_user_id, d.name AS doctor_name, "
    "d.email AS doctor_email, d.specialization AS doctor_specialization, d.user_id AS doctor_user_id FROM "
    "appointments a JOIN patients p ON p.id = a.patient_id LEFT JOIN doctors d ON d.id = a.dentist_id");

QString str(const QVariantMap& m, const QString& key)
{
    const QVariant v = m.value(key);
    return isNullValue(v) ? QString() : v.toString();
}

QDateTime utc(const QVariantMap& row, const QString& key)
{
    return QDateTime::fromString(str(row, key), Qt::ISODateWithMs);
}

QString invalidPk(const QString& id)
{
    return QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(id);
}

// "?, ?, ?" for a list of binds.
QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

QVariantList variants(const QStringList& values)
{
    QVariantList out;
    for (const QString& v : values)
        out.append(v);
    return out;
}

const QList<FieldSpec>& detailSpecs()
{
    static const QList<FieldSpec> specs{
        {QStringLiteral("reason_for_visit"), FieldType::LongText},
        {QStringLiteral("symptoms"), FieldType::LongText},
        {QStringLiteral("patient_notes"), FieldType::LongText},
        {QStringLiteral("doctor_notes"), FieldType::LongText},
        {QStringLiteral("contact_phone"), FieldType::Phone, 20},
    };
    return specs;
}

} // namespace

const QStringList& SlotAppointmentService::consultationTypes()
{
    static const QStringList codes{QStringLiteral("general"), QStringLiteral("follow_up"),
                                   QStringLiteral("emergency"), QStringLiteral("routine_checkup"),
                                   QStringLiteral("specialist")};
    return codes;
}

const QStringList& SlotAppointmentService::priorities()
{
    static const QStringList codes{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                   QStringLiteral("urgent")};
    return codes;
}

const QStringList& SlotAppointmentService::awaitingStatuses()
{
    static const QStringList states{
        statusName(AppointmentStatus::Requested), statusName(AppointmentStatus::Scheduled),
        statusName(AppointmentStatus::Confirmed), statusName(AppointmentStatus::Arrived)};
    return states;
}

QDateTime SlotAppointmentService::startOfLocalDay(const QDate& date) const
{
    return QDateTime(date, QTime(0, 0), m_schedule.timeZone()).toUTC();
}

std::pair<QString, QVariantList> SlotAppointmentService::scope(const Actor& actor) const
{
    if (actor.staff())
        return {QStringLiteral("1 = 1"), {}};
    if (actor.role == Role::Dentist)
        return {QStringLiteral("a.dentist_id = ?"),
                {DoctorService::linkedProfileId(m_ctx.db.connection(), actor.userId)}};
    return PatientService::visibility(actor);
}

bool SlotAppointmentService::cancellable(const QVariantMap& appointment) const
{
    const auto status = parseStatus(str(appointment, QStringLiteral("status")));
    return status && canChangeStatus(*status, AppointmentStatus::Cancelled) &&
           m_ctx.clock.nowUtc() <
               utc(appointment, QStringLiteral("start_at")).addSecs(-kCancelNoticeHours * 3600);
}

Result<QVariantMap> SlotAppointmentService::present(const Actor& actor, QVariantMap row)
{
    const QDateTime now = m_ctx.clock.nowUtc();
    const QDateTime start = utc(row, QStringLiteral("start_at"));
    const QTimeZone zone = m_schedule.timeZone();
    row.insert(QStringLiteral("is_upcoming"), start > now);
    row.insert(QStringLiteral("is_today"), start.toTimeZone(zone).date() == now.toTimeZone(zone).date());
    row.insert(QStringLiteral("can_cancel"), cancellable(row));
    const QString slotId = str(row, QStringLiteral("time_slot_id"));
    if (!slotId.isEmpty()) {
        auto slot = m_slots.get(actor, slotId);
        if (!slot && slot.error().code != Error::Code::NotFound)
            return slot.error();
        if (slot) // a slot deleted since is simply not shown
            row.insert(QStringLiteral("time_slot"), *slot);
    }
    return row;
}

Result<QList<QVariantMap>> SlotAppointmentService::select(const Actor& actor, const QString& where,
                                                          const QVariantList& binds)
{
    auto rows = sql::select(m_ctx.db.connection(), kSelect + where, binds);
    if (!rows)
        return rows.error();
    QList<QVariantMap> out;
    for (const QVariantMap& row : *rows) {
        auto presented = present(actor, row);
        if (!presented)
            return presented.error();
        out.append(*presented);
    }
    return out;
}

QVariantMap SlotAppointmentService::checkedDetails(const QVariantMap& input, const QStringList& required,
                                                   FieldErrors& errors)
{
    const QVariantMap fields = normalizeFields(detailSpecs(), input, errors);
    for (const QString& name : required) {
        if (errors.has(name))
            continue;
        if (!input.contains(name) || isNullValue(input.value(name)))
            errors.add(name, QStringLiteral("This field is required."));
        else if (isNullValue(fields.value(name)))
            errors.add(name, QStringLiteral("This field may not be blank."));
    }
    QVariantMap out;
    // Seed 003's reason_for_visit and patient_notes are the booking's own reason and notes.
    for (const auto& [theirs, ours] :
         {std::pair{QStringLiteral("reason_for_visit"), QStringLiteral("reason")},
          std::pair{QStringLiteral("patient_notes"), QStringLiteral("notes")},
          std::pair{QStringLiteral("symptoms"), QStringLiteral("symptoms")},
          std::pair{QStringLiteral("doctor_notes"), QStringLiteral("doctor_notes")},
          std::pair{QStringLiteral("contact_phone"), QStringLiteral("contact_phone")}}) {
        if (fields.contains(theirs))
            out.insert(ours, fields.value(theirs));
    }
    for (const auto& [name, codes] : {std::pair{QStringLiteral("consultation_type"), &consultationTypes()},
                                      std::pair{QStringLiteral("priority"), &priorities()}}) {
        if (!input.contains(name))
            continue;
        const QVariant raw = input.value(name);
        if (auto code = enumCode(raw, *codes))
            out.insert(name, *code);
        else
            errors.add(name, QStringLiteral("\"%1\" is not a valid choice.").arg(raw.toString()));
    }
    return out;
}

Result<QVariantMap> SlotAppointmentService::book(const Actor& actor, const QVariantMap& input)
{
    if (!allows(actor.role, Permission::BookAppointments))
        return Error::forbidden();
    FieldErrors errors;
    QVariantMap details =
        checkedDetails(input, {QStringLiteral("reason_for_visit"), QStringLiteral("contact_phone")}, errors);
    details.remove(QStringLiteral("doctor_notes")); // the doctor's, not the booking's (seed 003's create)
    const QString patientRef = str(input, QStringLiteral("patient_id"));
    const QString doctorRef = str(input, QStringLiteral("doctor_id"));
    const QString slotRef = input.contains(QStringLiteral("time_slot_id"))
                                ? str(input, QStringLiteral("time_slot_id"))
                                : str(input, QStringLiteral("time_slot"));
    for (const auto& [name, ref] :
         {std::pair{QStringLiteral("patient"), patientRef}, std::pair{QStringLiteral("doctor"), doctorRef},
          std::pair{QStringLiteral("time_slot"), slotRef}}) {
        if (ref.isEmpty())
            errors.add(name, QStringLiteral("This field is required."));
    }
    if (!errors.isEmpty())
        return errors.toError();

    // One unit for the checks and the booking: the slot's state is read inside the write transaction, and a
    // patient profile made on first use is not kept when the booking is refused.
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    const QSqlDatabase db = m_ctx.db.connection();
    QString patient = PatientService::profileIdFor(db, patientRef);
    if (patient.isEmpty() && patientRef == actor.userId && actor.role == Role::Patient) {
        auto own = m_patients.ownProfile(actor);
        if (!own)
            return own.error();
        patient = str(*own, QStringLiteral("id"));
    }
    if (patient.isEmpty() || !m_patients.visibleTo(actor, patient))
        errors.add(QStringLiteral("patient"), invalidPk(patientRef));
    const QString doctor = DoctorService::profileIdFor(db, doctorRef);
    if (doctor.isEmpty())
        errors.add(QStringLiteral("doctor"), invalidPk(doctorRef));
    auto slot = m_slots.get(actor, slotRef);
    if (!slot && slot.error().code != Error::Code::NotFound)
        return slot.error();
    if (!slot)
        errors.add(QStringLiteral("time_slot"), invalidPk(slotRef));
    else if (!slot->value(QStringLiteral("is_available")).toBool())
        errors.add(QStringLiteral("time_slot"), QStringLiteral("This time slot is not available."));
    else if (slot->value(QStringLiteral("is_past")).toBool())
        errors.add(QStringLiteral("time_slot"),
                   QStringLiteral("Cannot book appointments for past time slots."));
    if (!errors.isEmpty())
        return errors.toError();

    auto patientUser =
        sql::scalar(db, QStringLiteral("SELECT user_id FROM patients WHERE id = ?"), {patient});
    auto doctorUser = sql::scalar(db, QStringLiteral("SELECT user_id FROM doctors WHERE id = ?"), {doctor});
    if (!patientUser || !doctorUser)
        return !patientUser ? patientUser.error() : doctorUser.error();
    if (patient == doctor ||
        (!isNullValue(*patientUser) && patientUser->toString() == doctorUser->toString()))
        return Error::field(QStringLiteral("non_field_errors"),
                            QStringLiteral("Patient and doctor cannot be the same person."));
    if (str(*slot, QStringLiteral("doctor_id")) != doctor)
        return Error::field(QStringLiteral("non_field_errors"),
                            QStringLiteral("Selected time slot does not belong to the specified doctor."));

    const QDateTime start = utc(*slot, QStringLiteral("start_at"));
    BookingRequest booking;
    booking.patientId = patient;
    booking.dentistId = doctor;
    booking.start = start;
    booking.durationMinutes = int(start.secsTo(utc(*slot, QStringLiteral("end_at"))) / 60);
    booking.reason = str(details, QStringLiteral("reason"));
    booking.notes = str(details, QStringLiteral("notes"));
    details.remove(QStringLiteral("reason"));
    details.remove(QStringLiteral("notes"));
    details.insert(QStringLiteral("time_slot_id"), str(*slot, QStringLiteral("id")));
    // Seed 003's model defaults.
    if (isNullValue(details.value(QStringLiteral("consultation_type"))))
        details.insert(QStringLiteral("consultation_type"), QStringLiteral("general"));
    if (isNullValue(details.value(QStringLiteral("priority"))))
        details.insert(QStringLiteral("priority"), QStringLiteral("medium"));
    booking.details = details;
    auto made = m_appointments.book(actor, booking);
    if (!made)
        return made.error();
    if (Status e = uow.commit())
        return *e;
    return find(actor, str(*made, QStringLiteral("id")));
}

Result<QVariantMap> SlotAppointmentService::get(const Actor& actor, const QString& id)
{
    // AppointmentService decides who sees an appointment, and records the read.
    auto visible = m_appointments.get(actor, id);
    if (!visible)
        return visible.error();
    return presented(actor, id);
}

Result<QVariantMap> SlotAppointmentService::find(const Actor& actor, const QString& id)
{
    auto visible = m_appointments.find(actor, id);
    if (!visible)
        return visible.error();
    return presented(actor, id);
}

Result<QVariantMap> SlotAppointmentService::presented(const Actor& actor, const QString& id)
{
    auto rows = select(actor, QStringLiteral(" WHERE a.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound();
    return rows->first();
}

Result<SlotAppointmentPage> SlotAppointmentService::list(const Actor& actor, const SlotAppointmentQuery& q)
{
    auto [where, binds] = scope(actor);
    where = QStringLiteral(" WHERE a.deleted_at IS NULL AND ") + where;
    if (q.statusFilter) {
        if (q.statuses.isEmpty())
            return SlotAppointmentPage{};
        where += QStringLiteral(" AND a.status IN (%1)").arg(placeholders(q.statuses.size()));
        binds += variants(q.statuses);
    }
    if (q.date.isValid()) {
        where += QStringLiteral(" AND a.start_at >= ? AND a.start_at < ?");
        binds << toIsoUtc(startOfLocalDay(q.date)) << toIsoUtc(startOfLocalDay(q.date.addDays(1)));
    }
    if (q.upcomingOnly) {
        where += QStringLiteral(" AND a.start_at >= ?");
        binds << toIsoUtc(startOfLocalDay(m_ctx.clock.nowUtc().toTimeZone(m_schedule.timeZone()).date()));
    }
    where += ChangeFeed::andChangedSince(QStringLiteral("a.id"), q.changedSince, binds);
    auto total = sql::scalar(
        m_ctx.db.connection(),
        QStringLiteral("SELECT count(*) FROM appointments a JOIN patients p ON p.id = a.patient_id") + where,
        binds);
    if (!total)
        return total.error();
    // Newest booking first, as seed 003 ordered by -created_at: UUIDv7 ids are in order of creation, and
    // their index gives the page without sorting every appointment of the clinic.
    auto rows = select(actor, where + QStringLiteral(" ORDER BY a.id DESC LIMIT ? OFFSET ?"),
                       binds + QVariantList{q.limit, q.offset});
    if (!rows)
        return rows.error();
    QVariantMap filter;
    if (q.statusFilter)
        filter.insert(QStringLiteral("status"), q.statuses);
    if (q.date.isValid())
        filter.insert(QStringLiteral("date"), q.date.toString(Qt::ISODate));
    if (Status e = readaudit::list(m_ctx, actor, kAppointments, *rows, QStringLiteral("patient_id"), filter))
        return *e;
    return SlotAppointmentPage{total->toInt(), *rows};
}

Result<QVariantMap> SlotAppointmentService::update(const Actor& actor, const QString& id,
                                                   const QVariantMap& input,
                                                   const std::optional<StatusRequest>& status, bool partial)
{
    auto current = m_appointments.find(actor, id);
    if (!current)
        return current.error();
    FieldErrors errors;
    QVariantMap details = checkedDetails(
        input,
        partial ? QStringList()
                : QStringList{QStringLiteral("reason_for_visit"), QStringLiteral("contact_phone")},
        errors);
    if (status && status->target == AppointmentStatus::Scheduled &&
        utc(*current, QStringLiteral("start_at")) <= m_ctx.clock.nowUtc())
        errors.add(QStringLiteral("status"), QStringLiteral("Cannot reschedule past appointments."));
    if (!errors.isEmpty())
        return errors.toError();
    if (details.contains(QStringLiteral("doctor_notes")) &&
        str(details, QStringLiteral("doctor_notes")) != str(*current, QStringLiteral("doctor_notes")) &&
        !actor.staff() &&
        DoctorService::linkedProfileId(m_ctx.db.connection(), actor.userId) !=
            str(*current, QStringLiteral("dentist_id")))
        return Error::forbidden(
            QStringLiteral("Only the appointment's doctor or the clinic's staff write the doctor's notes."));
    AppointmentChange change;
    if (details.contains(QStringLiteral("reason")))
        change.reason = str(details, QStringLiteral("reason"));
    if (details.contains(QStringLiteral("notes")))
        change.notes = str(details, QStringLiteral("notes"));
    details.remove(QStringLiteral("reason"));
    details.remove(QStringLiteral("notes"));
    change.details = details;
    if (status && !status->alreadyThere.contains(str(*current, QStringLiteral("status"))))
        change.status = status->target;
    auto amended = m_appointments.amend(actor, id, change);
    if (!amended)
        return amended.error();
    return find(actor, id);
}

Result<QVariantMap> SlotAppointmentService::cancel(const Actor& actor, const QString& id,
                                                   const QString& reason)
{
    auto current = m_appointments.find(actor, id);
    if (!current)
        return current.error();
    if (!cancellable(*current))
        return Error::invalid(QStringLiteral("This appointment cannot be cancelled."));
    auto cancelled =
        m_appointments.changeStatus(actor, id, AppointmentStatus::Cancelled,
                                    reason.isEmpty() ? QStringLiteral("Appointment cancelled") : reason);
    if (!cancelled)
        return cancelled.error();
    return find(actor, id);
}

Result<QVariantMap> SlotAppointmentService::moveToSlot(const Actor& actor, const QString& id,
                                                       const QString& slotId)
{
    auto current = m_appointments.find(actor, id);
    if (!current)
        return current.error();
    if (slotId.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("new_time_slot_id is required."));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    // Whether the slot is free, as if this appointment were not booked: it may move within its own time.
    auto slot = m_slots.get(actor, slotId.trimmed(), id);
    if (!slot)
        return slot.error().code == Error::Code::NotFound
                   ? Error::notFound(QStringLiteral("Time slot not found."))
                   : slot.error();
    if (!slot->value(QStringLiteral("is_available")).toBool())
        return Error::invalid(QStringLiteral("Selected time slot is not available."));
    if (str(*slot, QStringLiteral("doctor_id")) != str(*current, QStringLiteral("dentist_id")))
        return Error::invalid(QStringLiteral("Time slot must belong to the same doctor."));
    if (slot->value(QStringLiteral("is_past")).toBool())
        return Error::invalid(QStringLiteral("Cannot book appointments for past time slots."));
    const QDateTime start = utc(*slot, QStringLiteral("start_at"));
    AppointmentChange change;
    change.start = start;
    change.durationMinutes = int(start.secsTo(utc(*slot, QStringLiteral("end_at"))) / 60);
    change.details.insert(QStringLiteral("time_slot_id"), str(*slot, QStringLiteral("id")));
    auto moved = m_appointments.amend(actor, id, change);
    if (!moved)
        return moved.error();
    if (Status e = uow.commit())
        return *e;
    return find(actor, id);
}

Result<QVariantMap> SlotAppointmentService::complete(const Actor& actor, const QString& id,
                                                     const QVariant& doctorNotes)
{
    auto current = m_appointments.find(actor, id);
    if (!current)
        return current.error();
    const QString own = DoctorService::linkedProfileId(m_ctx.db.connection(), actor.userId);
    if (own.isEmpty() || own != str(*current, QStringLiteral("dentist_id")))
        return Error::forbidden(QStringLiteral("Only the assigned doctor can complete appointments."));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (!isNullValue(doctorNotes)) {
        AppointmentChange notes;
        notes.details.insert(QStringLiteral("doctor_notes"), doctorNotes.toString());
        auto written = m_appointments.amend(actor, id, notes);
        if (!written)
            return written.error();
    }
    auto done = m_appointments.changeStatus(actor, id, AppointmentStatus::Completed,
                                            QStringLiteral("Appointment completed by doctor"));
    if (!done)
        return done.error();
    if (Status e = uow.commit())
        return *e;
    return find(actor, id);
}

Result<QVariantMap> SlotAppointmentService::statistics(const Actor& actor)
{
    const auto [clause, scopeBinds] = scope(actor);
    const QDate today = m_ctx.clock.nowUtc().toTimeZone(m_schedule.timeZone()).date();
    const QDate monthStart(today.year(), today.month(), 1);
    const QString todayFrom = toIsoUtc(startOfLocalDay(today));
    const QString tomorrow = toIsoUtc(startOfLocalDay(today.addDays(1)));
    const QString thisMonth = toIsoUtc(startOfLocalDay(monthStart));
    const QString lastMonth = toIsoUtc(startOfLocalDay(monthStart.addMonths(-1)));
    const QString from = QStringLiteral(
        " FROM appointments a JOIN patients p ON p.id = a.patient_id WHERE a.deleted_at IS NULL AND ");
    auto counts = sql::select(
        m_ctx.db.connection(),
        QStringLiteral("SELECT a.status, count(*) AS n, "
                       "SUM(CASE WHEN a.start_at >= ? AND a.start_at < ? THEN 1 ELSE 0 END) AS today, "
                       "SUM(CASE WHEN a.start_at >= ? AND a.status IN (%1) THEN 1 ELSE 0 END) AS upcoming, "
                       "SUM(CASE WHEN a.start_at >= ? AND a.start_at < ? THEN 1 ELSE 0 END) AS this_month, "
                       "SUM(CASE WHEN a.start_at >= ? AND a.start_at < ? THEN 1 ELSE 0 END) AS last_month")
                .arg(placeholders(awaitingStatuses().size())) +
            from + clause + QStringLiteral(" GROUP BY a.status"),
        QVariantList{todayFrom, tomorrow, todayFrom} + variants(awaitingStatuses()) +
            QVariantList{thisMonth, tomorrow, lastMonth, thisMonth} + scopeBinds);
    if (!counts)
        return counts.error();
    QVariantMap byStatus;
    qint64 total = 0, todayCount = 0, upcomingCount = 0, thisMonthCount = 0, lastMonthCount = 0;
    for (const QVariantMap& row : *counts) {
        byStatus.insert(str(row, QStringLiteral("status")), row.value(QStringLiteral("n")).toLongLong());
        total += row.value(QStringLiteral("n")).toLongLong();
        todayCount += row.value(QStringLiteral("today")).toLongLong();
        upcomingCount += row.value(QStringLiteral("upcoming")).toLongLong();
        thisMonthCount += row.value(QStringLiteral("this_month")).toLongLong();
        lastMonthCount += row.value(QStringLiteral("last_month")).toLongLong();
    }
    QVariantList popular;
    // Which slot times are booked most is the clinic's view, not a patient's (seed 003).
    if (actor.role != Role::Patient) {
        auto starts = sql::select(m_ctx.db.connection(),
                                  QStringLiteral("SELECT a.start_at") + from +
                                      QStringLiteral("a.time_slot_id IS NOT NULL AND ") + clause,
                                  scopeBinds);
        if (!starts)
            return starts.error();
        QHash<QString, qint64> perTime;
        for (const QVariantMap& row : *starts)
            ++perTime[utc(row, QStringLiteral("start_at"))
                          .toTimeZone(m_schedule.timeZone())
                          .time()
                          .toString(QStringLiteral("HH:mm:ss"))];
        QList<std::pair<QString, qint64>> ranked;
        for (auto it = perTime.cbegin(); it != perTime.cend(); ++it)
            ranked.append({it.key(), it.value()});
        std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        for (qsizetype i = 0; i < std::min<qsizetype>(5, ranked.size()); ++i)
            popular.append(QVariantMap{{QStringLiteral("start_time"), ranked[i].first},
                                       {QStringLiteral("count"), ranked[i].second}});
    }
    return QVariantMap{{QStringLiteral("total"), total},
                       {QStringLiteral("status_counts"), byStatus},
                       {QStringLiteral("today"), todayCount},
                       {QStringLiteral("upcoming"), upcomingCount},
                       {QStringLiteral("this_month"), thisMonthCount},
                       {QStringLiteral("last_month"), lastMonthCount},
                       {QStringLiteral("popular_time_slots"), popular}};
}

Result<QList<QVariantMap>> SlotAppointmentService::upcoming(const Actor& actor,
                                                            const std::optional<ChangesSince>& changedSince)
{
    const auto [clause, scopeBinds] = scope(actor);
    const QDate today = m_ctx.clock.nowUtc().toTimeZone(m_schedule.timeZone()).date();
    QVariantList binds =
        QVariantList{toIsoUtc(startOfLocalDay(today))} + variants(awaitingStatuses()) + scopeBinds;
    const QString changed = ChangeFeed::andChangedSince(QStringLiteral("a.id"), changedSince, binds);
    binds.append(actor.role == Role::Patient ? 5 : 10);
    return recordedList(
        actor,
        select(actor,
               QStringLiteral(" WHERE a.deleted_at IS NULL AND a.start_at >= ? AND a.status IN (%1) AND ")
                       .arg(placeholders(awaitingStatuses().size())) +
                   clause + changed + QStringLiteral(" ORDER BY a.start_at, a.id LIMIT ?"),
               binds),
        QStringLiteral("upcoming"));
}

Result<QList<QVariantMap>> SlotAppointmentService::today(const Actor& actor,
                                                         const std::optional<ChangesSince>& changedSince)
{
    const auto [clause, scopeBinds] = scope(actor);
    const QDate today = m_ctx.clock.nowUtc().toTimeZone(m_schedule.timeZone()).date();
    QVariantList binds =
        QVariantList{toIsoUtc(startOfLocalDay(today)), toIsoUtc(startOfLocalDay(today.addDays(1)))} +
        scopeBinds;
    const QString changed = ChangeFeed::andChangedSince(QStringLiteral("a.id"), changedSince, binds);
    return recordedList(actor,
                        select(actor,
                               QStringLiteral(" WHERE a.deleted_at IS NULL AND a.start_at >= ? AND "
                                              "a.start_at < ? AND ") +
                                   clause + changed + QStringLiteral(" ORDER BY a.start_at, a.id"),
                               binds),
                        QStringLiteral("today"));
}

Result<QList<QVariantMap>> SlotAppointmentService::recordedList(const Actor& actor,
                                                                Result<QList<QVariantMap>> rows,
                                                                const QString& which)
{
    if (!rows)
        return rows;
    if (Status e = readaudit::list(m_ctx, actor, kAppointments, *rows, QStringLiteral("patient_id"),
                                   QVariantMap{{QStringLiteral("list"), which}}))
        return *e;
    return rows;
}

Result<QVariantMap> SlotAppointmentService::doctorAvailability(const Actor& actor, const QString& doctorRef,
                                                               const QDate& date)
{
    if (date < m_ctx.clock.nowUtc().toTimeZone(m_schedule.timeZone()).date())
        return Error::field(QStringLiteral("date"),
                            QStringLiteral("Cannot check availability for past dates."));
    const QString doctorId = DoctorService::profileIdFor(m_ctx.db.connection(), doctorRef);
    if (doctorId.isEmpty())
        return Error::notFound(QStringLiteral("Doctor not found."));
    auto doctor = sql::selectOne(m_ctx.db.connection(),
                                 QStringLiteral("SELECT id, name, specialization FROM doctors WHERE id = ?"),
                                 {doctorId});
    if (!doctor)
        return doctor.error();
    if (!doctor->has_value())
        return Error::notFound(QStringLiteral("Doctor not found."));
    const bool dayOff = m_schedule.isDayOff(doctorId, date);
    QVariantList freeSlots;
    if (!dayOff) {
        TimeSlotQuery q;
        q.doctorId = doctorId;
        q.from = date;
        q.to = date;
        q.availableOnly = true;
        q.limit = 24 * 60; // more than a day can hold
        auto page = m_slots.list(actor, q);
        if (!page)
            return page.error();
        for (const QVariantMap& slot : page->rows)
            freeSlots.append(slot);
    }
    return QVariantMap{{QStringLiteral("doctor"), **doctor},
                       {QStringLiteral("date"), date.toString(Qt::ISODate)},
                       {QStringLiteral("day_off"), dayOff},
                       {QStringLiteral("available_slots"), freeSlots}};
}

} // namespace chairside

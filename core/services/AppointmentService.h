#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/ChangeFeed.h"
#include "services/NotificationService.h"
#include "services/PatientService.h"
#include "services/ScheduleService.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QVariantMap>

namespace chairside {

enum class AppointmentStatus
{
    Requested,
    Scheduled,
    Confirmed,
    Arrived,
    InChair,
    Completed,
    Cancelled,
    NoShow
};

QString statusName(AppointmentStatus status);
std::optional<AppointmentStatus> parseStatus(const QString& text);
// The status machine: requested -> scheduled -> confirmed -> arrived -> in_chair -> completed, with cancelled
// and no_show as exits before the patient is seated.
bool canChangeStatus(AppointmentStatus from, AppointmentStatus to);

struct BookingRequest
{
    QString patientId;
    QString dentistId; // empty: the station picks a dentist who works then and is free
    QString chairId;   // empty: the station picks a free chair (or the implicit one when none exist)
    QDateTime start;   // UTC
    int durationMinutes = 30;
    QString reason;
    QString notes;
    AppointmentStatus status = AppointmentStatus::Scheduled;
    // Further columns of the row, already checked by the caller (seed 003's time_slot_id, consultation_type,
    // priority, contact_phone, symptoms: SlotAppointmentService), written with the booking.
    QVariantMap details;
};

// What the seed dialects change at once (seed 004's PUT, seed 002's update): each part optional.
struct AppointmentChange
{
    std::optional<QString> patientId; // must stay the appointment's own
    std::optional<QString> dentistId;
    std::optional<QDateTime> start; // UTC
    std::optional<QString> reason;
    std::optional<QString> notes;
    std::optional<AppointmentStatus> status;
    std::optional<int> durationMinutes; // with a move: the new length (seed 003's slot); else kept
    // Further columns, already checked by the caller (as BookingRequest::details); only changed ones are
    // written.
    QVariantMap details;
};

struct AppointmentQuery
{
    QDateTime from; // UTC, inclusive; invalid = open
    QDateTime to;   // UTC, exclusive; invalid = open
    QString dentistId;
    QString chairId;
    QString patientId;
    bool includeCancelled = true;
    // Starting in [startsFrom, startsBefore) (UTC; invalid = open), not merely overlapping: FHIR's date.
    QDateTime startsFrom;
    QDateTime startsBefore;
    // A page of the list in start order; -1 = all.
    int limit = -1;
    int offset = 0;
    std::optional<ChangesSince> changedSince = std::nullopt; // only those changed since (the change feed)
};

struct FreeSlot
{
    QDateTime start;
    QString dentistId;
    QString chairId;
};

// Appointments: booking refuses an overlap of the same dentist, chair or patient and times outside the
// dentist's hours, naming the conflicting appointment or the rule; every change writes a history row.
class AppointmentService
{
public:
    AppointmentService(ServiceContext& ctx, PatientService& patients, ScheduleService& schedule,
                       NotificationService& notifications)
        : m_ctx(ctx)
        , m_patients(patients)
        , m_schedule(schedule)
        , m_notifications(notifications)
    {}

    static constexpr int kMinimumMinutes = 5;
    static constexpr int kMaximumMinutes = 8 * 60;

    Result<QVariantMap> book(const Actor& actor, const BookingRequest& request);
    // get, list, listAll, listMine and history record the read in the audit log (readaudit); find does
    // not: for checks (other services use it to ask whether the actor may see an appointment) and for the
    // answer to a write.
    Result<QVariantMap> get(const Actor& actor, const QString& id);
    Result<QVariantMap> find(const Actor& actor, const QString& id);
    Result<QList<QVariantMap>> list(const Actor& actor, const AppointmentQuery& query);
    // Every appointment of the clinic; refused (not narrowed to one's own) for those who may not see them
    // all.
    Result<QList<QVariantMap>> listAll(const Actor& actor,
                                       const std::optional<ChangesSince>& changedSince = {});
    // Moves and/or resizes; dentist and chair change only when given. History keeps the old start. Moved to
    // another time or dentist, it leaves the seed 003 time slot it was booked in (time_slot_id).
    Result<QVariantMap> reschedule(const Actor& actor, const QString& id, const QDateTime& start,
                                   int durationMinutes, const QString& dentistId = {},
                                   const QString& chairId = {});
    // Who changes an appointment's status, the one rule for every door: the front desk and the administrator
    // any; a dentist the appointments booked with their own doctor profile; a patient account only cancels.
    Status mayChangeStatus(const Actor& actor, const QVariantMap& appointment,
                           AppointmentStatus target) const;
    Result<QVariantMap> setStatus(const Actor& actor, const QString& id, AppointmentStatus status,
                                  const QString& note = {});
    // Deletes (softly). When the clinic deletes a patient's appointment, the patient is told by email (a
    // notification in the same unit of work), unless they opted out of email.
    Status remove(const Actor& actor, const QString& id);
    Result<QList<QVariantMap>> history(const Actor& actor, const QString& id);

    // Applies a change in one unit of work (all of it or nothing): a move or another dentist through the
    // booking rules (reschedule), reason, notes and details, then the status (changeStatus).
    Result<QVariantMap> amend(const Actor& actor, const QString& id, const AppointmentChange& change);
    // Takes the appointment to `target` by the status machine's own steps (scheduled -> arrived ->
    // completed), each one in the history; no change when it is there already. The seed dialects name only a
    // few states, so their "Completed" after "Scheduled" is a walk, not a jump. Each step is setStatus, so
    // mayChangeStatus decides who may; `note` goes into each history row.
    Result<QVariantMap> changeStatus(const Actor& actor, const QString& id, AppointmentStatus target,
                                     const QString& note = {});
    // The actor's own appointments: those of the patient record linked to the account and those with the
    // doctor profile linked to it (seed 002's list), oldest first; with `changedSince`, only those changed
    // since (the change feed).
    Result<QList<QVariantMap>> listMine(const Actor& actor,
                                        const std::optional<ChangesSince>& changedSince = {});

    // The next `count` starts (on a `stepMinutes` grid, within hours, free for dentist, chair and patient
    // when given) from `fromUtc` on, looking at most `days` ahead. Patient self-booking (seed 000's
    // make_appointment): on the half hour, not in the past, at most 30 days ahead. Errors name the rule under
    // "chosen_date".
    Status checkSelfBookingRules(const QDateTime& startUtc) const;
    // Future starts (from `fromUtc`) of booked appointments at which no dentist and chair are free any more
    // for `slotMinutes`: what seed 000 calls unavailable dates.
    Result<QList<QDateTime>> fullyBookedStarts(const QDateTime& fromUtc, int slotMinutes = 30);

    Result<QList<FreeSlot>> nextFreeSlots(const Actor& actor, const QString& dentistId,
                                          const QString& chairId, int durationMinutes,
                                          const QDateTime& fromUtc, int count, int stepMinutes = 15,
                                          int days = 30);

private:
    // Ok, or the error naming the first appointment that overlaps [start, end) for the dentist, chair or
    // patient.
    // What a booking may not share with an overlapping one.
    enum class Shared
    {
        Dentist,
        Chair,
        Patient
    };
    // The first live appointment other than `excludeId` overlapping [start, end) on the same dentist, chair
    // (an empty id: the implicit chair) or patient.
    Result<std::optional<QVariantMap>> firstClash(const QString& excludeId, Shared shared, const QString& id,
                                                  const QDateTime& start, const QDateTime& end);
    Status checkFree(const QString& excludeId, const QString& patientId, const QString& dentistId,
                     const QString& chairId, const QDateTime& start, const QDateTime& end);
    Status checkBookable(const QString& excludeId, const QString& patientId, const QString& dentistId,
                         const QString& chairId, const QDateTime& start, int durationMinutes);
    std::optional<std::pair<QString, QString>>
    pickDentistAndChair(const QString& patientId, const QString& dentistId, const QString& chairId,
                        const QDateTime& start, const QDateTime& end);
    // The given dentist, or every dentist (by name) when none is given, or one empty id when there are none.
    QStringList candidateDentists(const QString& dentistId) const;
    bool maySee(const Actor& actor, const QVariantMap& appointment);
    // The patient's cancellation mail, a notification written in `uow` (failed, saying why, when the
    // patient opted out of email or has no address).
    Status notifyCancellation(class UnitOfWork& uow, const QVariantMap& appointment);
    Status writeHistory(class UnitOfWork& uow, const Actor& actor, const QString& appointmentId,
                        const QString& type, const QVariant& oldStatus, const QVariant& newStatus,
                        const QVariant& oldStart, const QVariant& newStart, const QString& note);

    ServiceContext& m_ctx;
    PatientService& m_patients;
    ScheduleService& m_schedule;
    NotificationService& m_notifications; // the cancellation mail
};

} // namespace chairside

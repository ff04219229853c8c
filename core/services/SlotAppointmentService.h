#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/AppointmentService.h"
#include "services/ChangeFeed.h"
#include "services/ServiceContext.h"

#include <QDate>
#include <QVariantMap>

namespace chairside {

class PatientService;
class ScheduleService;
class TimeSlotService;

struct SlotAppointmentQuery
{
    // Stored states to keep ("scheduled", "arrived", ...); with `statusFilter` an empty list keeps nothing.
    QStringList statuses;
    bool statusFilter = false;
    QDate date;                // the clinic-local day of the start; invalid = any
    bool upcomingOnly = false; // starting today (clinic-local) or later
    std::optional<ChangesSince> changedSince = std::nullopt; // only those changed since (the change feed)
    int limit = 20;
    int offset = 0;
};

// A status a client asked for: the state to walk to, and the stored states its word names as well (seed
// 003's "confirmed" is our arrived too), which count as being there already.
struct StatusRequest
{
    AppointmentStatus target;
    QStringList alreadyThere;
};

struct SlotAppointmentPage
{
    int total = 0;
    QList<QVariantMap> rows;
};

// Seed 003's appointments: booked by one of a dentist's time slots (TimeSlotService) with 003's details
// (consultation_type, priority, contact_phone, symptoms, doctor_notes; reason and notes are the booking's
// own), listed, moved to another slot, cancelled, completed. Every write goes through AppointmentService, so
// the booking rules, mayChangeStatus, the status machine and the history are the same as for every door.
//
// A slot is taken by the appointment booked in it because TimeSlotService counts a slot available only when
// no live appointment of its dentist overlaps it: nothing is written on the slot, and a cancelled, deleted or
// moved appointment gives it back (seed 003 kept a cancelled appointment's slot; here it can be booked
// again).
//
// Patients and doctors are named by their record's id or by the account linked to it (seed 003 names both by
// user id). Lists are scoped by role as seed 003 did: a patient account its own (PatientService's
// visibility), a dentist the appointments with their own doctor profile, the front desk and admin all. Rows
// are the appointment with patient_* and doctor_* columns, `time_slot` (the slot as TimeSlotService shows it,
// when there is one), and can_cancel, is_upcoming and is_today.
class SlotAppointmentService
{
public:
    SlotAppointmentService(ServiceContext& ctx, AppointmentService& appointments, PatientService& patients,
                           ScheduleService& schedule, TimeSlotService& timeSlots)
        : m_ctx(ctx)
        , m_appointments(appointments)
        , m_patients(patients)
        , m_schedule(schedule)
        , m_slots(timeSlots)
    {}

    // Seed 003 lets a patient cancel only this long before the start.
    static constexpr int kCancelNoticeHours = 24;
    static const QStringList& consultationTypes();
    static const QStringList& priorities();
    // The states a visit still to come is in (booked, not yet in the chair, not ended).
    static const QStringList& awaitingStatuses();

    // `input`: patient_id, doctor_id, time_slot (or time_slot_id), reason_for_visit, contact_phone;
    // consultation_type (general), priority (medium), symptoms, patient_notes. The slot must be available,
    // not past and the doctor's; patient and doctor must be two people.
    Result<QVariantMap> book(const Actor& actor, const QVariantMap& input);
    // get, list, upcoming and today record the read in the audit log (readaudit); the writes answer with the
    // row as it now is, which is not a read.
    Result<QVariantMap> get(const Actor& actor, const QString& id);
    Result<SlotAppointmentPage> list(const Actor& actor, const SlotAppointmentQuery& query);
    // PUT (`partial` false) needs reason_for_visit and contact_phone. `status`, when given and not there
    // already, is walked to by changeStatus; asking for scheduled is refused once the appointment has
    // started. Doctor's notes are written by the appointment's dentist or the clinic's staff.
    Result<QVariantMap> update(const Actor& actor, const QString& id, const QVariantMap& input,
                               const std::optional<StatusRequest>& status, bool partial);
    // Refused unless the status machine allows it and the start is more than kCancelNoticeHours away.
    Result<QVariantMap> cancel(const Actor& actor, const QString& id, const QString& reason);
    // Moves the appointment into another available slot of the same dentist.
    Result<QVariantMap> moveToSlot(const Actor& actor, const QString& id, const QString& slotId);
    // Only the appointment's own dentist completes it; `doctorNotes` (when not null) are kept with it.
    Result<QVariantMap> complete(const Actor& actor, const QString& id, const QVariant& doctorNotes);

    // Counts over the caller's appointments: total, status_counts {stored state: n}, today, upcoming (from
    // today on, awaiting), this_month (first of the month to today), last_month; popular_time_slots
    // [{start_time "HH:MM:SS", count}] (the five most booked slot starts, for dentists and staff only).
    Result<QVariantMap> statistics(const Actor& actor);
    // The caller's awaiting appointments from today on, soonest first: 5 for a patient, 10 for others.
    // With `changedSince`, only those changed since (the change feed).
    Result<QList<QVariantMap>> upcoming(const Actor& actor,
                                        const std::optional<ChangesSince>& changedSince = {});
    Result<QList<QVariantMap>> today(const Actor& actor,
                                     const std::optional<ChangesSince>& changedSince = {});
    // {doctor {id, name, specialization}, date, day_off, available_slots [slot rows]}: the doctor (by profile
    // or account id) must exist, the date must not be past.
    Result<QVariantMap> doctorAvailability(const Actor& actor, const QString& doctor, const QDate& date);

private:
    // The SQL condition (on `a` appointments, `p` patients) limiting rows to the caller's, with its binds.
    std::pair<QString, QVariantList> scope(const Actor& actor) const;
    // Appointments with their patient and doctor (`where` follows the FROM), each presented.
    Result<QList<QVariantMap>> select(const Actor& actor, const QString& where, const QVariantList& binds);
    Result<QVariantMap> present(const Actor& actor, QVariantMap row);
    // The appointment for the answer to a write: visible to the actor, not recorded as a read.
    Result<QVariantMap> find(const Actor& actor, const QString& id);
    Result<QVariantMap> presented(const Actor& actor, const QString& id);
    // `rows` after recording them as one read of a list (`which`: upcoming, today).
    Result<QList<QVariantMap>> recordedList(const Actor& actor, Result<QList<QVariantMap>> rows,
                                            const QString& which);
    bool cancellable(const QVariantMap& appointment) const;
    // The booking's 003 details in `input`, checked: reason and notes as AppointmentChange takes them, the
    // rest as columns. `required` fields must be present and not blank.
    QVariantMap checkedDetails(const QVariantMap& input, const QStringList& required, FieldErrors& errors);
    QDateTime startOfLocalDay(const QDate& date) const;

    ServiceContext& m_ctx;
    AppointmentService& m_appointments;
    PatientService& m_patients;
    ScheduleService& m_schedule;
    TimeSlotService& m_slots;
};

} // namespace chairside

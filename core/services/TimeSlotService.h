#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/ChangeFeed.h"
#include "services/ServiceContext.h"

#include <QDate>
#include <QVariantMap>

namespace chairside {

class ClinicalReferences;
class ScheduleService;

struct TimeSlotQuery
{
    QString doctorId;                                        // empty: every dentist
    QDate from;                                              // clinic-local dates, inclusive; invalid = open
    QDate to;                                                //
    bool availableOnly = false;                              // free and still to come
    std::optional<ChangesSince> changedSince = std::nullopt; // only those changed since (the change feed)
    int limit = 20;
    int offset = 0;
    // Starting in [startsFrom, startsBefore) (UTC; invalid = open): FHIR's Slot start.
    QDateTime startsFrom;
    QDateTime startsBefore;
};

struct TimeSlotPage
{
    int total = 0;
    QList<QVariantMap> rows;
};

// A dentist's bookable slots (seed 003's TimeSlot). A slot is a UTC range of one dentist; no two slots of a
// dentist overlap, none is made in the past, and each lies within the dentist's working hours and not on a
// day off (ScheduleService). Dentists manage their own slots, staff (receptionist, admin) anyone's; anyone
// signed in reads them. A slot is available when it is marked so and no live appointment of its dentist
// overlaps it, so bookings made through any door take it.
//
// Rows carry doctor_name, doctor_specialization and, in clinic-local time, date, start_time and end_time
// ("HH:MM:SS"), plus is_available (the rule above), is_available_flag (as marked) and is_past.
class TimeSlotService
{
public:
    TimeSlotService(ServiceContext& ctx, ScheduleService& schedule, ClinicalReferences& references)
        : m_ctx(ctx)
        , m_schedule(schedule)
        , m_references(references)
    {}

    static constexpr int kMaximumMinutes = 8 * 60;
    static constexpr int kMinimumBulkMinutes = 15;
    static constexpr int kMaximumBulkMinutes = 120;

    // `input`: date, start_time, end_time (clinic-local), doctor_id (required from staff; a dentist's slots
    // are their own), is_available, duration_minutes (default: the slot's length).
    Result<QVariantMap> create(const Actor& actor, const QVariantMap& input);
    // Splits [start_time, end_time) of `date` into slots of `slot_duration` minutes (15-120, default 30);
    // the remainder shorter than a slot is left. Slots that would overlap one already there, or fall outside
    // the dentist's hours, are skipped, each listed in `skipped` with the reason; when none can be made
    // nothing is written and the answer is an error. Returns {"slots": [...], "skipped": [...]}.
    Result<QVariantMap> createBulk(const Actor& actor, const QVariantMap& input);
    // With `ignoringAppointmentId`, is_available is the slot's state as if that appointment were not booked
    // (whether it could move there).
    Result<QVariantMap> get(const Actor& actor, const QString& id, const QString& ignoringAppointmentId = {});
    Result<TimeSlotPage> list(const Actor& actor, const TimeSlotQuery& query);
    // PUT needs date, start_time and end_time; PATCH changes what is given. The same rules as create.
    Result<QVariantMap> update(const Actor& actor, const QString& id, const QVariantMap& input, bool partial);
    Status remove(const Actor& actor, const QString& id);

private:
    struct Candidate
    {
        QString doctorId;
        QDateTime start; // UTC
        QDateTime end;
    };
    // The slot's own problems (order, length, past, working hours), or ok.
    Status checkCandidate(const Candidate& slot) const;
    // The first live slot of the dentist other than `excludeId` overlapping the candidate, if any.
    Result<std::optional<QVariantMap>> firstOverlap(const Candidate& slot, const QString& excludeId) const;
    // The doctor a write is for: a dentist's own profile, or the one staff name. Field errors otherwise.
    std::optional<QString> doctorFor(const Actor& actor, const QVariantMap& input, FieldErrors& errors);
    Status checkMayWrite(const Actor& actor, const QVariantMap& slot);
    Result<QVariantMap> present(const QVariantMap& row) const;

    ServiceContext& m_ctx;
    ScheduleService& m_schedule;
    ClinicalReferences& m_references;
};

} // namespace chairside

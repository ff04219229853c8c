#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/AppointmentService.h"
#include "services/ChangeFeed.h"
#include "services/ServiceContext.h"

#include <QVariantMap>

namespace chairside {

// Seed 004's medical records {patient, appointment, notes}: notes a clinician writes about one visit, kept
// as rows of their own (schema 14) and shown in the chart with the visit's other notes (RecordService). The
// patient is the appointment's: a record naming another patient than its visit's is refused. Whoever may
// see the appointment may see its records; the clinic (receptionist, dentist, admin) writes them.
class MedicalRecordService
{
public:
    MedicalRecordService(ServiceContext& ctx, AppointmentService& appointments)
        : m_ctx(ctx)
        , m_appointments(appointments)
    {}

    // `input`: patient, appointment (ids), notes. Rows carry patient_id (the appointment's) for display.
    Result<QVariantMap> create(const Actor& actor, const QVariantMap& input);
    // get and list record the read in the audit log (readaudit).
    Result<QVariantMap> get(const Actor& actor, const QString& id);
    // The records of every appointment the actor may see, oldest first; with `changedSince`, only those
    // changed since (the change feed).
    Result<QList<QVariantMap>> list(const Actor& actor, const std::optional<ChangesSince>& changedSince = {});
    // `partial` = PATCH semantics; otherwise patient, appointment and notes must all be sent again.
    Result<QVariantMap> update(const Actor& actor, const QString& id, const QVariantMap& input, bool partial);
    Status remove(const Actor& actor, const QString& id);

private:
    // The record when the actor may see its appointment; not recorded as a read.
    Result<QVariantMap> find(const Actor& actor, const QString& id);
    // The fields to store from `input` over `current` (empty for a new record), or the field errors.
    Result<QVariantMap> normalize(const Actor& actor, const QVariantMap& input, const QVariantMap& current,
                                  bool partial);

    ServiceContext& m_ctx;
    AppointmentService& m_appointments;
};

} // namespace chairside

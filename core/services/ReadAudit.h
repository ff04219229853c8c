#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/ServiceContext.h"

#include <QVariantMap>

namespace chairside {

// Reads of patient data for the audit log (issue 6): who was handed what, when, at which station and
// through which client. The services' own read methods call these once per call, after the read succeeded,
// so the desktop's reads and the API's are recorded alike and the REST handlers never record anything.
// Services reading for their own checks use the unrecorded variants (AppointmentService::find, ...).
//
// A read is one INSERT into the station-local audit log (kind "read", auditlog::appendRead), never part of
// the write path, and never replicated. A list is one entry naming how many rows it held and whose data
// they were (the patients' ids, at most kMaxPatientIds of them). Reads by the station itself (an actor
// without a user: the message worker, sync, the command line) hand nothing to anyone and are not recorded.
// The same read by the same actor and client is recorded once a minute (screens reload what they show on
// every change in the store).
namespace readaudit {

constexpr int kMaxPatientIds = 500;

// One row (`rowId`) of `table`, belonging to `patientId` (may be empty). `action` defaults to "<table>.read";
// a file's bytes are "<table>.download".
Status one(ServiceContext& ctx, const Actor& actor, const QString& table, const QString& rowId,
           const QString& patientId, const QString& action = {});

// A list of `table` rows: how many, and the distinct values of `patientKey` in them. `filter` (may be empty)
// says what was asked for (a search text, a patient id), so "who searched for whom" can be answered.
Status list(ServiceContext& ctx, const Actor& actor, const QString& table, const QList<QVariantMap>& rows,
            const QString& patientKey = QStringLiteral("patient_id"), const QVariantMap& filter = {});

} // namespace readaudit

} // namespace chairside

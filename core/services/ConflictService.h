#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/ServiceContext.h"

#include <QVariantMap>

namespace chairside {

// What sync brought together that a station alone would have refused: bookings that overlap (two stations
// cut off from each other booked the same chair, dentist or patient at the same time) and duplicates of
// unique values (the same phone number registered on two stations). Computed from the replicated data by a
// fixed rule, so every station that holds the same data lists the same conflicts in the same order. Sync
// never moves or deletes anything to resolve them; staff do, by the ordinary edits, which replicate.
class ConflictService
{
public:
    explicit ConflictService(ServiceContext& ctx);

    // Pairs of appointments still to happen (not completed, cancelled or no-show) whose times overlap on the
    // same chair, dentist or patient, one entry per shared resource: {resource: chair | dentist | patient,
    // resource_id, first, second}, first and second being the two appointments (id, patient_id, dentist_id,
    // chair_id, start_at, end_at, status and the patient_name, dentist_name, chair_name to show them by),
    // first the earlier (by start, then id). Ordered by first's start.
    Result<QList<QVariantMap>> overlappingBookings(const Actor& actor);
    // Rows sharing a value that must be unique: {table, columns, value, ids} with ids in order.
    Result<QList<QVariantMap>> duplicates(const Actor& actor);

private:
    ServiceContext& m_ctx;
};

} // namespace chairside

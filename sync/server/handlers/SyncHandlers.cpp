#include "handlers/Handlers.h"

#include <QJsonArray>
#include <QJsonObject>

namespace chairside::api {

ApiResponse SyncHandlers::conflicts(const ApiRequest& req)
{
    auto bookings = m_s.conflicts.overlappingBookings(req.actor());
    if (!bookings)
        return ApiResponse::fromError(bookings.error());
    auto duplicates = m_s.conflicts.duplicates(req.actor());
    if (!duplicates)
        return ApiResponse::fromError(duplicates.error());
    QJsonArray bookingList;
    for (const QVariantMap& b : *bookings)
        bookingList.append(QJsonObject::fromVariantMap(b));
    QJsonArray duplicateList;
    for (const QVariantMap& d : *duplicates)
        duplicateList.append(QJsonObject::fromVariantMap(d));
    return ApiResponse::json(
        200, QJsonObject{{QStringLiteral("bookings"), bookingList},
                         {QStringLiteral("duplicates"), duplicateList},
                         {QStringLiteral("count"), bookingList.size() + duplicateList.size()}});
}

} // namespace chairside::api

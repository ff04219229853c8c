#pragma once

#include "ApiTypes.h"

#include <QJsonArray>

namespace chairside::api {

// How every handler answers a service call: a row rendered with `status`, a list rendered as a plain array,
// or 204 for a deletion; a service error through ApiResponse::fromError.
template <typename Render> ApiResponse one(const Result<QVariantMap>& result, int status, Render render)
{
    if (!result)
        return ApiResponse::fromError(result.error());
    return ApiResponse::json(status, render(*result));
}

// The rows of a change-feed list to answer with: all of them, or with `changed_since` only those changed
// since (by their `id`). Only for lists that record no read (staff lists: users, doctors, mappings, calendar
// feeds; a consultation's parts and an appointment's history, recorded as a read of the one record): a list
// that records its read (readaudit) filters in its own query (ChangeFeed::andChangedSince), or the audit
// log would say it handed over rows that were then dropped.
inline Result<QList<QVariantMap>> changedOnly(const ApiRequest& req, QList<QVariantMap> rows)
{
    if (!req.changedSince)
        return rows;
    const auto changed = req.changedRows();
    if (!changed)
        return changed.error();
    rows.removeIf([&changed](const QVariantMap& row) {
        return !changed->contains(row.value(QStringLiteral("id")).toString());
    });
    return rows;
}

inline Result<QList<QVariantMap>> changedOnly(const ApiRequest& req, const Result<QList<QVariantMap>>& rows)
{
    if (!rows)
        return rows.error();
    return changedOnly(req, *rows);
}

template <typename Render> ApiResponse many(const Result<QList<QVariantMap>>& result, Render render)
{
    if (!result)
        return ApiResponse::fromError(result.error());
    QJsonArray items;
    for (const QVariantMap& row : *result)
        items.append(render(row));
    return ApiResponse::json(200, items);
}

// A change-feed list: many() of the rows changedOnly keeps.
template <typename Render>
ApiResponse many(const ApiRequest& req, const Result<QList<QVariantMap>>& result, Render render)
{
    return many(changedOnly(req, result), render);
}

inline ApiResponse deleted(const Status& status)
{
    return status ? ApiResponse::fromError(*status) : ApiResponse::noContent();
}

// PATCH changes only the fields sent; PUT must send the required ones again.
inline bool isPatch(const ApiRequest& req)
{
    return req.method == "PATCH";
}

} // namespace chairside::api

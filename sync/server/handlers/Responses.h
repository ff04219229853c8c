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

template <typename Render> ApiResponse many(const Result<QList<QVariantMap>>& result, Render render)
{
    if (!result)
        return ApiResponse::fromError(result.error());
    QJsonArray items;
    for (const QVariantMap& row : *result)
        items.append(render(row));
    return ApiResponse::json(200, items);
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

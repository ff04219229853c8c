#pragma once

#include "ApiTypes.h"
#include "handlers/Responses.h"

#include <QJsonArray>

namespace chairside::api {

// DRF's PageNumberPagination: ?page=N&page_size=M, {count, next, previous, results} with absolute links
// built from the request's own address (seed 000's client follows them verbatim).
struct Page
{
    int number = 1;
    int size = 10;
    int offset() const { return (number - 1) * size; }
};

// The page the request asks for, or a 404 "Invalid page." response.
std::variant<Page, ApiResponse> requestedPage(const ApiRequest& req, int defaultSize, int maxSize);
ApiResponse pageResponse(const ApiRequest& req, const Page& page, int total, const QJsonArray& results);

// A list a service hands whole (a handful of rows), paged here; a service error through fromError. On a
// change-feed list asked with `changed_since`, only the rows changed since are paged.
template <typename Render>
ApiResponse pagedList(const ApiRequest& req, const Result<QList<QVariantMap>>& all, int defaultSize,
                      int maxSize, Render render)
{
    const Result<QList<QVariantMap>> rows = changedOnly(req, all);
    if (!rows)
        return ApiResponse::fromError(rows.error());
    const auto page = requestedPage(req, defaultSize, maxSize);
    if (const auto* refused = std::get_if<ApiResponse>(&page))
        return *refused;
    const Page& p = std::get<Page>(page);
    QJsonArray results;
    for (qsizetype i = p.offset(); i < std::min<qsizetype>(rows->size(), qsizetype(p.offset()) + p.size); ++i)
        results.append(render(rows->at(i)));
    return pageResponse(req, p, int(rows->size()), results);
}

} // namespace chairside::api

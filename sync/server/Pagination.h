#pragma once

#include "ApiTypes.h"

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

} // namespace chairside::api

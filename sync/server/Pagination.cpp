#include "Pagination.h"

#include <QJsonObject>
#include <QUrl>

namespace chairside::api {

namespace {

ApiResponse invalidPage()
{
    return ApiResponse::json(404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Invalid page.")}});
}

QJsonValue link(const ApiRequest& req, int number)
{
    QUrl url(req.baseUrl + req.path);
    QUrlQuery query = req.query; // page_size and filters stay as the client sent them
    query.removeAllQueryItems(QStringLiteral("page"));
    if (number > 1)
        query.addQueryItem(QStringLiteral("page"), QString::number(number));
    url.setQuery(query);
    return url.toString();
}

} // namespace

std::variant<Page, ApiResponse> requestedPage(const ApiRequest& req, int defaultSize, int maxSize)
{
    Page page;
    page.size = defaultSize;
    if (req.query.hasQueryItem(QStringLiteral("page_size"))) {
        bool ok = false;
        const int size = req.query.queryItemValue(QStringLiteral("page_size")).toInt(&ok);
        if (ok && size > 0)
            page.size = std::min(size, maxSize);
    }
    if (req.query.hasQueryItem(QStringLiteral("page"))) {
        bool ok = false;
        page.number = req.query.queryItemValue(QStringLiteral("page")).toInt(&ok);
        if (!ok || page.number < 1)
            return invalidPage();
    }
    return page;
}

ApiResponse pageResponse(const ApiRequest& req, const Page& page, int total, const QJsonArray& results)
{
    const int pages = std::max(1, (total + page.size - 1) / page.size);
    if (page.number > pages)
        return invalidPage();
    return ApiResponse::json(
        200, QJsonObject{
                 {QStringLiteral("count"), total},
                 {QStringLiteral("next"), page.number < pages ? link(req, page.number + 1) : QJsonValue()},
                 {QStringLiteral("previous"), page.number > 1 ? link(req, page.number - 1) : QJsonValue()},
                 {QStringLiteral("results"), results},
             });
}

} // namespace chairside::api

#include "ApiDocsHandlers.h"

#include "OpenApi.h"

namespace chairside::api {

void ApiDocsHandlers::publish(const QList<Route>& routes, const QString& version)
{
    m_document = openApiDocument(routes, version);
    m_html = openApiHtml(m_document);
}

ApiResponse ApiDocsHandlers::schema(const ApiRequest&) const
{
    return ApiResponse::json(200, m_document);
}

ApiResponse ApiDocsHandlers::docs(const ApiRequest&) const
{
    return ApiResponse::bytes(m_html, "text/html; charset=utf-8");
}

} // namespace chairside::api

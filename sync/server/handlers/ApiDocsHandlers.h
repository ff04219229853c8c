#pragma once

#include "ApiTypes.h"

#include <QJsonObject>

namespace chairside::api {

// /api/schema/ (the OpenAPI document) and /api/docs/ (the same as a page), for integrators. Both are made
// once, from the routes the server registered, when the server publishes them.
class ApiDocsHandlers
{
public:
    void publish(const QList<Route>& routes, const QString& version);
    ApiResponse schema(const ApiRequest& req) const;
    ApiResponse docs(const ApiRequest& req) const;

private:
    QJsonObject m_document;
    QByteArray m_html;
};

} // namespace chairside::api

#pragma once

#include "ApiTypes.h"

#include <QJsonObject>

namespace chairside::api {

// The OpenAPI 3.0 document of `routes`: the very list the server registers, so the document cannot drift
// from what is served. Paths, path parameters, who may call (Route::access), tags (Route::dialect), request
// body types and the change feed (Route::changeFeed) come from the routes; nothing is written by hand.
QJsonObject openApiDocument(const QList<Route>& routes, const QString& version);

// A self-contained HTML page listing the document's operations by tag, for people (/api/docs/). Rendered on
// the server from the document, with no script or style from elsewhere: stations are often offline.
QByteArray openApiHtml(const QJsonObject& document);

} // namespace chairside::api

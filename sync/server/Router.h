#pragma once

#include "ApiTypes.h"

namespace chairside::api {

// Matches (method, path) against the route tables: literal segments beat parameters, the trailing slash is
// optional, and a known path with another method is reported so the server can answer 405.
class Router
{
public:
    void add(const QList<Route>& routes);

    struct Match
    {
        const Route* route = nullptr;
        QHash<QString, QString> params;
        QList<QByteArray> allowedMethods; // for the path, when it matched at all
    };
    Match match(const QByteArray& method, const QString& path) const;
    const QList<Route>& routes() const { return m_routes; }
    // How refusals are told under `path`'s first segment, for those made before a route is chosen (unknown
    // path, wrong method, a body too large): the reshaping of the routes there (FHIR's OperationOutcome under
    // /fhir), or null.
    ApiResponse (*reshapeFor(const QString& path) const)(const ApiResponse&);

    // "{id}": a segment of a pattern that takes any value (its name inside the braces).
    static bool isParameter(const QString& segment);
    // The non-empty segments of a path or pattern: "/api/x/" and "/api/x" are the same path.
    static QStringList segments(const QString& path);
    // A pattern with every parameter as "{}" ("api/mappings/{}"): patterns of the same shape match the same
    // paths (OpenAPI counts them as one path).
    static QString shape(const QString& pattern);

private:
    QList<Route> m_routes;
    QList<QStringList> m_segments;
};

} // namespace chairside::api

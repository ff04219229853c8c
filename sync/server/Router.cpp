#include "Router.h"

namespace chairside::api {

QStringList Router::segments(const QString& path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QString Router::shape(const QString& pattern)
{
    QStringList parts = segments(pattern);
    for (QString& segment : parts)
        if (isParameter(segment))
            segment = QStringLiteral("{}");
    return parts.join(QLatin1Char('/'));
}

ApiResponse (*Router::reshapeFor(const QString& path) const)(const ApiResponse&)
{
    const QString first = segments(path).value(0);
    for (int i = 0; i < m_routes.size(); ++i)
        if (m_routes[i].reshapeRefusal && m_segments[i].value(0) == first)
            return m_routes[i].reshapeRefusal;
    return nullptr;
}

bool Router::isParameter(const QString& segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

void Router::add(const QList<Route>& routes)
{
    for (const Route& r : routes) {
        m_routes.append(r);
        m_segments.append(segments(r.pattern));
    }
}

Router::Match Router::match(const QByteArray& method, const QString& path) const
{
    const QStringList sent = segments(path);
    Match best;
    QList<bool> bestShape; // per segment: literal?
    for (int i = 0; i < m_routes.size(); ++i) {
        const QStringList& pattern = m_segments[i];
        if (pattern.size() != sent.size())
            continue;
        QList<bool> shape;
        bool matches = true;
        for (int s = 0; s < pattern.size() && matches; ++s) {
            const bool param = isParameter(pattern[s]);
            matches = param || pattern[s] == sent[s];
            shape.append(!param);
        }
        if (!matches)
            continue;
        // Literal-first, comparing shapes segment by segment from the left. As in Django's URL resolution,
        // the most literal pattern owns the path for every method: GET /api/auth/login/ is a 405 there, not a
        // lookup of the user "login" through /api/auth/{id}.
        const bool first = best.allowedMethods.isEmpty();
        if (!first && shape < bestShape)
            continue;
        if (first || shape > bestShape) {
            best = Match{};
            bestShape = shape;
        }
        const Route& route = m_routes[i];
        if (!best.allowedMethods.contains(route.method))
            best.allowedMethods.append(route.method);
        if (route.method != method || best.route)
            continue;
        best.route = &route;
        for (int s = 0; s < pattern.size(); ++s) {
            if (isParameter(pattern[s]))
                best.params.insert(pattern[s].mid(1, pattern[s].size() - 2), sent[s]);
        }
    }
    return best;
}

} // namespace chairside::api

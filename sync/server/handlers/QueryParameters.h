#pragma once

#include "ApiTypes.h"

#include <QDate>

namespace chairside::api {

// Query parameters as the seeds' list filters read them.

inline QString queryValue(const ApiRequest& req, const QString& name)
{
    return req.query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
}

// A YYYY-MM-DD query parameter: invalid when absent, and a field error added when it is there but malformed.
inline QDate dateParameter(const ApiRequest& req, const QString& name, FieldErrors& errors)
{
    const QString text = queryValue(req, name);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        errors.add(name, QStringLiteral("Enter a valid date."));
    return date;
}

// "true" (any case) or "1".
inline bool flagParameter(const ApiRequest& req, const QString& name)
{
    const QString value = queryValue(req, name).toLower();
    return value == QLatin1String("true") || value == QLatin1String("1");
}

// Seed 003 pages every router list by 20 (PAGE_SIZE); ?page_size is a superset, capped.
constexpr int kSeed003PageSize = 20;
constexpr int kMaxPageSize = 100;

} // namespace chairside::api

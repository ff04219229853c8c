#include "ApiTypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace chairside::api {

QJsonObject ApiResponse::detail(const QString& message)
{
    return {{QStringLiteral("detail"), message},
            {QStringLiteral("message"), message},
            {QStringLiteral("error"), message}};
}

ApiResponse ApiResponse::fromError(const Error& error)
{
    switch (error.code) {
    case Error::Code::Invalid: {
        if (error.fieldErrors.isEmpty())
            return json(400, detail(error.message));
        QJsonObject body;
        for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
            // "user.username" is a nested serializer's field: DRF answers {"user": {"username": [...]}}.
            const qsizetype dot = it.key().indexOf(QLatin1Char('.'));
            if (dot > 0) {
                QJsonObject nested = body.value(it.key().left(dot)).toObject();
                nested.insert(it.key().mid(dot + 1), QJsonArray::fromStringList(it.value()));
                body.insert(it.key().left(dot), nested);
            } else {
                body.insert(it.key(), QJsonArray::fromStringList(it.value()));
            }
        }
        return json(400, body);
    }
    case Error::Code::Unauthenticated: {
        ApiResponse r = json(401, QJsonObject{{QStringLiteral("detail"), error.message}});
        r.headers.emplaceBack(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"api\""));
        return r;
    }
    case Error::Code::Forbidden:
        return json(403, detail(error.message));
    case Error::Code::NotFound:
        return json(404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Not found.")}});
    case Error::Code::Conflict:
        return json(409, detail(error.message));
    case Error::Code::TooManyRequests: {
        ApiResponse r = json(429, detail(error.message));
        r.headers.emplaceBack(QByteArray("Retry-After"),
                              QByteArray(QByteArray::number(std::max(1, error.retryAfterSeconds))));
        return r;
    }
    case Error::Code::Unavailable:
        return json(503, detail(error.message));
    case Error::Code::Internal:
        break;
    }
    qWarning("Chairside API: internal error: %s", qPrintable(error.message));
    return json(500, detail(QStringLiteral("A server error occurred.")));
}

} // namespace chairside::api

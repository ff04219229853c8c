#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/AccountService.h"
#include "services/ChangeFeed.h"
#include "services/SyncService.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrlQuery>
#include <QVariantMap>
#include <functional>
#include <optional>

namespace chairside::api {

// A file part of a multipart/form-data body.
struct UploadedFile
{
    QString field;          // the form field it was sent under
    QString fileName;       // as the client named it, folders removed; data only, never a path
    QByteArray contentType; // as sent; application/octet-stream when the part named none
    QByteArray data;
};

// One HTTP request as the handlers see it: parsed path parameters, parsed body, resolved caller.
struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QHostAddress remote;
    QString baseUrl; // scheme://host[:port], for absolute links
    QHash<QString, QString> params;
    QVariantMap fields;        // the JSON object, form fields or multipart text parts of the body
    QList<UploadedFile> files; // the file parts of a multipart body
    std::optional<AuthenticatedUser> auth;
    std::optional<Peer> peer; // on Access::Peer routes: the paired station calling
    // Who is calling, for the audit log (Actor::client): the remote address, the credential's id and the
    // User-Agent (ApiServer::authenticate).
    QString client;
    // On a change-feed list (Route::changeFeed) asked with `changed_since`: since when, and how to read the
    // ids of the rows changed since then. Only the small lists that filter the rows a service handed them
    // (changedOnly) read those ids; the lists filtered in SQL (every list that records its read) never pay
    // for them.
    std::optional<ChangesSince> changedSince = std::nullopt;
    std::function<Result<QSet<QString>>()> changedRows = {};

    QString header(const QByteArray& lowerName) const { return QString::fromUtf8(headers.value(lowerName)); }
    QString param(const QString& name) const { return params.value(name); }
    // The caller, or an anonymous patient-level actor without an id; either carries the client.
    Actor actor() const
    {
        Actor actor = auth ? auth->actor : Actor{QString(), Role::Patient, QStringLiteral("api")};
        actor.client = client;
        return actor;
    }
};

struct ApiResponse
{
    int status = 200;
    QJsonValue body = QJsonValue(QJsonValue::Undefined); // Undefined: no body
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray raw;     // a body that is not JSON (file chunks), sent when rawType is set
    QByteArray rawType; // its Content-Type

    static ApiResponse json(int status, const QJsonValue& body) { return {status, body, {}, {}, {}}; }
    static ApiResponse bytes(const QByteArray& data, const QByteArray& contentType)
    {
        return {200, QJsonValue(QJsonValue::Undefined), {}, data, contentType};
    }
    static ApiResponse noContent() { return {204, QJsonValue(QJsonValue::Undefined), {}, {}, {}}; }
    // The one mapping from core errors to HTTP statuses and DRF-shaped bodies.
    static ApiResponse fromError(const Error& error);
    // {"detail": m, "message": m, "error": m}: every seed's client finds its key (seed-contracts 6.12).
    static QJsonObject detail(const QString& message);
};

enum class Access
{
    Anonymous,
    Authenticated,
    Peer // a paired station ("Authorization: Peer <site id> <token>"); user tokens do not open these
};

using Handler = std::function<ApiResponse(const ApiRequest&)>;

// One row of a dialect's route table: the table is data, so it can also produce the OpenAPI document later.
struct Route
{
    QByteArray method;
    QString pattern; // "/api/patients/{id}"; matched with or without a trailing slash
    Access access;
    Handler handler;
    QString dialect;      // "seed001", ...
    bool rawBody = false; // the handler reads req.body itself (file chunks, peer calls); no form parsing
    // How the server's own refusals on this route (authentication, body parsing) are told, for a dialect
    // whose errors have another shape than the seeds' (FHIR's OperationOutcome); null: as they are.
    ApiResponse (*reshapeRefusal)(const ApiResponse&) = nullptr;
    // A list of records that takes `changed_since` and answers the watermark (the change feed; set by feed()
    // in routes/Routes.h). The handler keeps only the rows changed since (changedOnly, or its query's
    // changedSince).
    bool changeFeed = false;
    // What a 2XX answer is when not JSON ("application/fhir+json", "text/calendar"): for the OpenAPI
    // document. On a route with reshapeRefusal its refusals are in this type too.
    const char* answers = nullptr;
};

} // namespace chairside::api

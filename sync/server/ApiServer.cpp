#include "ApiServer.h"

#include "Multipart.h"
#include "routes/Routes.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace chairside::api {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QString jsonTypeName(const QJsonDocument& doc)
{
    return doc.isArray() ? QStringLiteral("list") : QStringLiteral("scalar");
}

QByteArray encode(const QJsonValue& body)
{
    if (body.isObject())
        return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    if (body.isArray())
        return QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return {};
}

// How the audit log names an API client (Actor::client): "<address>; <credential id>; <User-Agent>". A
// token is named by the first 12 hex digits of its SHA-256 (for opaque tokens the hash the store keeps),
// never by the token; Basic credentials by the user name given.
QString describeClient(const ApiRequest& req, const QString& credential)
{
    QHostAddress address = req.remote;
    bool mapped = false;
    if (const quint32 v4 = address.toIPv4Address(&mapped); mapped)
        address = QHostAddress(v4);
    QStringList parts{address.isNull() ? QStringLiteral("unknown address") : address.toString()};
    if (!credential.isEmpty())
        parts << credential;
    QString agent = req.header("user-agent").left(160);
    agent.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    if (!agent.isEmpty())
        parts << agent;
    return parts.join(QStringLiteral("; "));
}

QString tokenId(const QString& kind, const QString& token)
{
    return kind + QLatin1Char(' ') +
           QString::fromLatin1(
               QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

} // namespace

ApiServer::ApiServer(Services& services, ApiServerConfig config, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_services(services)
    , m_config(std::move(config))
    , m_handlers(services)
{
    m_router.add(allRoutes(m_handlers));
    m_router.add(m_config.extraRoutes);
    m_handlers.docs.publish(m_router.routes(), QStringLiteral(CHAIRSIDE_VERSION));
}

QList<std::pair<QByteArray, QByteArray>> ApiServer::corsHeaders(const ApiRequest& req) const
{
    const QByteArray origin = req.headers.value("origin");
    // Scripts of another origin may read the change feed's watermark too.
    const std::pair<QByteArray, QByteArray> expose{"Access-Control-Expose-Headers", "X-Chairside-Watermark"};
    if (m_config.allowedOrigins.isEmpty())
        return {{"Access-Control-Allow-Origin", "*"}, expose};
    if (!origin.isEmpty() && m_config.allowedOrigins.contains(QString::fromUtf8(origin)))
        return {{"Access-Control-Allow-Origin", origin}, {"Vary", "Origin"}, expose};
    return {{"Vary", "Origin"}};
}

std::optional<ApiResponse> ApiServer::authenticate(ApiRequest& req, Access access)
{
    const QByteArray header = req.headers.value("authorization").trimmed();
    req.client = describeClient(req, QString());
    if (access == Access::Peer) {
        // "Peer <site id> <token>": only a paired station gets in; a user's token, however privileged, does
        // not.
        const QList<QByteArray> parts = header.simplified().split(' ');
        if (parts.size() != 3 || parts[0].toLower() != "peer")
            return ApiResponse::fromError(Error::unauthenticated(
                QStringLiteral("Only a paired station may call this; pair the stations first.")));
        auto peer =
            m_services.sync.authenticatePeer(QString::fromLatin1(parts[1]), QString::fromLatin1(parts[2]));
        if (!peer)
            return ApiResponse::fromError(peer.error());
        req.peer = *peer;
        req.client = describeClient(req, QStringLiteral("peer ") + peer->siteId);
        m_services.sync.recordContact(peer->siteId);
        return std::nullopt;
    }
    if (header.isEmpty()) {
        if (access == Access::Anonymous)
            return std::nullopt;
        return ApiResponse::fromError(
            Error::unauthenticated(QStringLiteral("Authentication credentials were not provided.")));
    }
    const qsizetype space = header.indexOf(' ');
    const QByteArray scheme = header.left(space).toLower();
    const QString credential = space > 0 ? QString::fromUtf8(header.mid(space + 1).trimmed()) : QString();

    Result<AuthenticatedUser> who = Error::unauthenticated(QStringLiteral("Invalid authorization header."));
    bool jwt = false;
    QString credentialId;
    if (scheme == "bearer" || scheme == "token" || scheme == "jwt") {
        jwt = credential.count(QLatin1Char('.')) == 2;
        credentialId = tokenId(jwt ? QStringLiteral("jwt") : QStringLiteral("token"), credential);
        who = m_services.accounts.authenticateToken(credential);
    } else if (scheme == "basic") {
        // Anonymous routes (login) read Basic credentials themselves; checking them here too would hash
        // twice.
        if (access == Access::Anonymous)
            return std::nullopt;
        if (auto basic = basicCredentials(req)) {
            credentialId = QStringLiteral("basic ") + basic->first.left(64);
            who = m_services.accounts.loginBasic(basic->first, basic->second, req.remote.toString());
        } else
            who = Error::unauthenticated(
                QStringLiteral("Invalid basic header. Credentials not correctly base64 encoded."));
    }
    if (who) {
        req.auth = *who;
        req.client = describeClient(req, credentialId);
        return std::nullopt;
    }
    if (access == Access::Anonymous && who.error().code == Error::Code::Unauthenticated)
        return std::nullopt;
    ApiResponse refused = ApiResponse::fromError(who.error());
    if (jwt && refused.status == 401) {
        QJsonObject body = refused.body.toObject();
        body.insert(QStringLiteral("code"), QStringLiteral("token_not_valid"));
        body.insert(QStringLiteral("messages"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("token_class"), QStringLiteral("AccessToken")},
                        {QStringLiteral("token_type"), QStringLiteral("access")},
                        {QStringLiteral("message"), QStringLiteral("Token is invalid or expired")}}});
        refused.body = body;
    }
    return refused;
}

std::optional<ApiResponse> ApiServer::parseBody(ApiRequest& req)
{
    // Views, not trimmed copies: an upload can be tens of megabytes.
    const QByteArrayView trimmedBody = QByteArrayView(req.body).trimmed();
    if (trimmedBody.isEmpty())
        return std::nullopt;
    const QByteArray contentType = req.headers.value("content-type").toLower();
    const QByteArray mediaType = contentType.split(';').first().trimmed();
    // `curl -d '{...}'` labels JSON as a form; a body that starts like a JSON object is read as JSON.
    const bool looksLikeJson = trimmedBody.startsWith('{');
    if (mediaType.isEmpty() || mediaType == "application/json" || mediaType.endsWith("+json") ||
        (mediaType == "application/x-www-form-urlencoded" && looksLikeJson)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &error);
        if (error.error != QJsonParseError::NoError)
            return ApiResponse::json(400,
                                     ApiResponse::detail(QStringLiteral("JSON parse error - %1 at offset %2")
                                                             .arg(error.errorString())
                                                             .arg(error.offset)));
        if (!doc.isObject()) {
            const QString message =
                QStringLiteral("Invalid data. Expected a dictionary, but got %1.").arg(jsonTypeName(doc));
            return ApiResponse::json(400,
                                     QJsonObject{{QStringLiteral("non_field_errors"), QJsonArray{message}}});
        }
        req.fields = doc.object().toVariantMap();
        return std::nullopt;
    }
    if (mediaType == "application/x-www-form-urlencoded") {
        const QUrlQuery form(QString::fromUtf8(req.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
        for (const auto& [key, value] : form.queryItems(QUrl::FullyDecoded))
            req.fields.insert(key, value);
        return std::nullopt;
    }
    if (mediaType == "multipart/form-data") {
        // The header as sent: the boundary is case-sensitive.
        auto parts = parseMultipart(req.body, req.headers.value("content-type"));
        if (!parts)
            return ApiResponse::fromError(parts.error());
        req.fields = std::move(parts.value().fields);
        req.files = std::move(parts.value().files);
        return std::nullopt;
    }
    return ApiResponse::json(
        415,
        ApiResponse::detail(
            QStringLiteral("Unsupported media type \"%1\" in request.").arg(QString::fromUtf8(mediaType))));
}

ApiResponse ApiServer::dispatch(ApiRequest& req)
{
    // Refusals in the shape of the dialect the path belongs to: before a route is chosen, by the path's first
    // segment; then by the route.
    auto reshape = m_router.reshapeFor(req.path);
    const auto reshaped = [&reshape](const ApiResponse& refusal) {
        return reshape ? reshape(refusal) : refusal;
    };
    const QByteArray contentType = req.headers.value("content-type");
    if (req.body.size() > m_config.limits.maxBodyBytesFor(contentType))
        return reshaped(ApiResponse::json(
            413, ApiResponse::detail(QString::fromUtf8(m_config.limits.tooLargeReason(contentType)))));
    const QByteArray lookupMethod = req.method == "HEAD" ? QByteArray("GET") : req.method;
    const Router::Match match =
        m_router.match(req.method == "OPTIONS" ? QByteArray() : lookupMethod, req.path);
    if (match.allowedMethods.isEmpty())
        return reshaped(
            ApiResponse::json(404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Not found.")}}));

    QByteArray allow = match.allowedMethods.join(", ") + ", OPTIONS";
    if (req.method == "OPTIONS") {
        // CORS preflight (and a plain OPTIONS): which methods the path takes and which headers may be sent.
        ApiResponse r = ApiResponse::noContent();
        const QByteArray requested = req.headers.value("access-control-request-headers");
        r.headers = {{"Allow", allow},
                     {"Access-Control-Allow-Methods", allow},
                     {"Access-Control-Allow-Headers",
                      requested.isEmpty() ? QByteArray("Authorization, Content-Type, Accept") : requested},
                     {"Access-Control-Max-Age", "86400"}};
        return r;
    }
    if (!match.route) {
        ApiResponse r = ApiResponse::json(
            405, ApiResponse::detail(
                     QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(req.method))));
        r.headers.emplaceBack(QByteArray("Allow"), QByteArray(allow));
        return reshaped(r);
    }
    req.params = match.params;
    reshape = match.route->reshapeRefusal;
    if (auto refused = authenticate(req, match.route->access))
        return reshaped(*refused);
    // A route reading its body itself (file chunks, peer calls) is spared the generic parsing.
    if (!match.route->rawBody)
        if (auto refused = parseBody(req))
            return reshaped(*refused);
    QByteArray watermark;
    if (match.route->changeFeed) {
        // Read before the list: a change committed meanwhile is in this answer or the next, never lost.
        watermark = QByteArray::number(m_services.changes.watermark());
        if (req.query.hasQueryItem(QStringLiteral("changed_since"))) {
            auto since = ChangeFeed::parse(
                req.query.queryItemValue(QStringLiteral("changed_since"), QUrl::FullyDecoded));
            if (!since)
                return ApiResponse::fromError(since.error());
            req.changedSince = *since;
            req.changedRows = [this, since = *since] { return m_services.changes.changedRows(since); };
        }
    }
    ApiResponse response;
    try {
        response = match.route->handler(req);
    } catch (const std::exception& e) {
        return reshaped(ApiResponse::fromError(Error::internal(QString::fromUtf8(e.what()))));
    }
    if (!watermark.isEmpty() && response.status < 300)
        response.headers.emplaceBack(QByteArray("X-Chairside-Watermark"), watermark);
    return response;
}

bool ApiServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ApiRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path();
    req.query = request.query();
    for (const auto& [name, value] : request.headers())
        req.headers.insert(name.toLower(), value);
    req.body = request.body();
    req.remote = request.remoteAddress();
    const QByteArray host = req.headers.value("host");
    // The addresses answers hand out (documents, calendar feeds, FHIR) use the scheme this server speaks.
    req.baseUrl =
        (m_config.tls ? QStringLiteral("https://") : QStringLiteral("http://")) +
        (host.isEmpty()
             ? QStringLiteral("%1:%2").arg(socket->localAddress().toString()).arg(socket->localPort())
             : QString::fromUtf8(host));

    ApiResponse response = dispatch(req);
    QList<std::pair<QByteArray, QByteArray>> headers = response.headers + corsHeaders(req);
    const bool close = req.headers.value("connection").toLower() == "close";
    if (close)
        headers.emplaceBack(QByteArray("Connection"), QByteArray("close"));
    const bool raw = !response.rawType.isEmpty();
    QByteArray body = raw ? response.raw : response.body.isUndefined() ? QByteArray() : encode(response.body);
    if (req.method == "HEAD")
        body.clear();
    socket->write(httpResponse(
        response.status, raw ? response.rawType : QByteArrayLiteral("application/json"), body, headers));
    if (close)
        socket->disconnectFromHost();
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    socket->write(
        jsonHttpResponse(404, R"({"detail":"Not found."})", {{"Access-Control-Allow-Origin", "*"}}));
}

} // namespace chairside::api

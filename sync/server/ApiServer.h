#pragma once

#include "GuardedTcpServer.h"
#include "Router.h"
#include "handlers/Handlers.h"

#include <QAbstractHttpServer>
#include <QSslConfiguration>
#include <QStringList>
#include <optional>

namespace chairside::api {

struct ApiServerConfig
{
    ServerLimits limits;
    // Origins allowed by CORS; empty allows any origin, which is safe because the API authenticates by
    // header, never by cookie (seed-contracts decision 10).
    QStringList allowedOrigins;
    // Server threads sharing the port (ApiServerHost); the station uses one per core.
    int threads = 1;
    // Routes served after the dialects' tables. The station adds none; tests use them to reach server
    // behaviour that no route of a dialect exposes yet (file uploads). Handlers run on every server thread.
    QList<Route> extraRoutes;
    // When set, the API speaks only HTTPS with this configuration (the station's certificate and key);
    // plain HTTP otherwise (a station on loopback, or one configured plain).
    std::optional<QSslConfiguration> tls;
};

// The REST API over QHttpServer's connection handling. Routing, CORS, authentication, body parsing and
// error shapes are done here once; handlers are synchronous (Qt 6.4 rules) and call the core services.
// Lives in one thread (see ApiServerHost).
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(Services& services, ApiServerConfig config, QObject* parent = nullptr);

    const Router& router() const { return m_router; }
    // Handles one request without a socket: the whole pipeline after parsing. Used by handleRequest.
    ApiResponse dispatch(ApiRequest& req);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    std::optional<ApiResponse> authenticate(ApiRequest& req, Access access);
    std::optional<ApiResponse> parseBody(ApiRequest& req);
    QList<std::pair<QByteArray, QByteArray>> corsHeaders(const ApiRequest& req) const;

    Services& m_services;
    ApiServerConfig m_config;
    ApiHandlers m_handlers;
    Router m_router;
};

} // namespace chairside::api

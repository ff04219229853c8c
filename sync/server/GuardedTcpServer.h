#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QSslConfiguration>
#include <QTcpServer>
#include <memory>
#include <optional>

namespace chairside::api {

class GuardedSocket;

struct ServerLimits
{
    // Large enough for a record with X-rays sent as base64 in JSON (seed 000); per-route limits are for the
    // hardening work.
    qint64 maxBodyBytes = 32 * 1024 * 1024;
    // multipart/form-data bodies (reports and images uploaded as files) may be larger: they carry the file's
    // bytes as they are, and a scanned report or a full-resolution image is often over 32 MiB.
    qint64 maxUploadBytes = 64 * 1024 * 1024;
    int maxHeaderBytes = 16 * 1024;
    int maxConnections = 256;
    // One address may hold this many of them, so a single client (or a slowloris) cannot take every place.
    int maxConnectionsPerClient = 32;
    // A connection with no request under way is closed after this long.
    int idleTimeoutMs = 30'000;
    // A request's headers must be complete this long after its first byte (408 otherwise): clients that
    // trickle headers to hold connections open are cut off however often they send a byte.
    int headerTimeoutMs = 10'000;
    // A body must arrive within bodyTimeoutMs plus its size at minBodyBytesPerSecond (408 otherwise): slow
    // enough for any client on the LAN, fast enough that a trickled body does not hold a place for hours.
    int bodyTimeoutMs = 10'000;
    qint64 minBodyBytesPerSecond = 64 * 1024;

    // The limit for a body of this Content-Type (the whole header value, any case).
    qint64 maxBodyBytesFor(QByteArrayView contentType) const;
    // The reason a body over that limit is refused with (413).
    QByteArray tooLargeReason(QByteArrayView contentType) const;
};

// Whether a Content-Type header names multipart/form-data, the media type of uploads.
bool isMultipartFormData(QByteArrayView contentType);

// The open connections of the API, in total and per client address. The servers of every API thread share
// one, so the caps hold for the station, not per thread.
class ConnectionTally
{
public:
    enum class Admission
    {
        Admitted,
        TooManyInTotal,
        TooManyFromClient
    };
    // Counts a new connection from `client` when the limits allow it.
    Admission admit(const QHostAddress& client, const ServerLimits& limits);
    void release(const QHostAddress& client);
    int open() const;

private:
    mutable QMutex m_mutex;
    int m_total = 0;
    QHash<QHostAddress, int> m_perClient;
};

// The listening socket handed to QHttpServer (via bind()), adding what Qt 6.4's server lacks: caps on open
// connections (in total and per client), an idle timeout, deadlines for a request's headers and body
// (slowloris), a header-size limit, a body-size limit checked from Content-Length before the body is read,
// and an answer to `Expect: 100-continue`. Refusals are answered with a JSON reason and the connection is
// closed.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    // Servers that share `connections` (one per API thread) share the connection caps.
    using ConnectionCount = std::shared_ptr<ConnectionTally>;
    explicit GuardedTcpServer(ServerLimits limits, ConnectionCount connections = {},
                              QObject* parent = nullptr);
    int openConnections() const { return m_open->open(); }
    // Every connection from now on speaks TLS with `tls` (the station's certificate) from its first byte;
    // the limits apply to the decrypted requests. Without it, plain HTTP.
    void setTlsConfiguration(const QSslConfiguration& tls) { m_tls = tls; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    void inspect(GuardedSocket* socket);
    void startTls(GuardedSocket* socket);

    ServerLimits m_limits;
    ConnectionCount m_open;
    std::optional<QSslConfiguration> m_tls;
};

// A complete HTTP/1.1 response; also used by the API server.
QByteArray httpResponse(int status, const QByteArray& contentType, const QByteArray& body,
                        const QList<std::pair<QByteArray, QByteArray>>& headers);
inline QByteArray jsonHttpResponse(int status, const QByteArray& json,
                                   const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    return httpResponse(status, "application/json", json, headers);
}
QByteArray reasonPhrase(int status);

} // namespace chairside::api

#pragma once

#include <QSslConfiguration>
#include <QTcpServer>
#include <atomic>
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
    int idleTimeoutMs = 30'000;

    // The limit for a body of this Content-Type (the whole header value, any case).
    qint64 maxBodyBytesFor(QByteArrayView contentType) const;
    // The reason a body over that limit is refused with (413).
    QByteArray tooLargeReason(QByteArrayView contentType) const;
};

// Whether a Content-Type header names multipart/form-data, the media type of uploads.
bool isMultipartFormData(QByteArrayView contentType);

// The listening socket handed to QHttpServer (via bind()), adding what Qt 6.4's server lacks: a cap on open
// connections, an idle timeout, a header-size limit and a body-size limit checked from Content-Length before
// the body is read. Refusals are answered with a JSON reason and the connection is closed.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    // Servers that share `openConnections` (one per API thread) share the connection cap.
    using ConnectionCount = std::shared_ptr<std::atomic<int>>;
    explicit GuardedTcpServer(ServerLimits limits, ConnectionCount openConnections = {},
                              QObject* parent = nullptr);
    int openConnections() const { return *m_open; }
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

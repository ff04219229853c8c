#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>

namespace chairside::test {

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString error;                  // why there was no answer (status 0)
    QString certificateFingerprint; // of the certificate an https server showed

    QJsonValue json() const;
    QJsonObject object() const { return json().toObject(); }
    QByteArray header(const QByteArray& name) const;
};

// A blocking HTTP client for tests, over QNetworkAccessManager and a real socket. For an https base URL it
// accepts only a server certificate with `pinnedFingerprint` (CertificateFingerprint.h; stations' are
// self-signed), as a client that pinned a station's certificate does.
class HttpClient
{
public:
    explicit HttpClient(QString baseUrl, QString pinnedFingerprint = {})
        : m_base(std::move(baseUrl))
        , m_pin(std::move(pinnedFingerprint))
    {}

    // `token` is sent as "Bearer <token>" unless it already names a scheme ("Token x", "Basic x").
    HttpReply request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                      const QString& token = {},
                      const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    HttpReply get(const QString& path, const QString& token = {}) { return request("GET", path, {}, token); }
    HttpReply del(const QString& path, const QString& token = {})
    {
        return request("DELETE", path, {}, token);
    }
    HttpReply post(const QString& path, const QJsonValue& json, const QString& token = {});
    HttpReply put(const QString& path, const QJsonValue& json, const QString& token = {});
    HttpReply patch(const QString& path, const QJsonValue& json, const QString& token = {});

private:
    QString m_base;
    QString m_pin;
    QNetworkAccessManager m_nam;
};

// Why `reply` is not a refusal as the seed contracts want it (empty when it is): `status`, and a JSON object
// body that mentions `text` and has `field` among its keys, each when given.
QString refusalProblem(const HttpReply& reply, int status, const QString& text = {},
                       const QString& field = {});

// A loopback port free at the moment of asking, for a station started as a separate process.
quint16 freeLoopbackPort();
// The same for a UDP port (a discovery beacon's).
quint16 freeUdpPort();

// Sends raw bytes on a fresh TCP connection and returns what came back before the server closed or the
// timeout. `from` picks the client's loopback address (any of 127.0.0.0/8 reaches a server on 127.0.0.1), so
// one test can play several clients.
QByteArray rawExchange(quint16 port, const QByteArray& bytes, int timeoutMs = 3000,
                       const QHostAddress& from = {});

} // namespace chairside::test

#pragma once

#include "services/SyncService.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace chairside::replication {

// What a peer answered: the HTTP status and JSON body, or (status 0) why no answer came.
struct PeerReply
{
    int status = 0;
    QJsonObject body; // the answer as JSON, when it was
    QByteArray raw;   // the answer's bytes
    QString error;

    bool ok() const { return status >= 200 && status < 300; }
    // The reason to show for a failed call: the peer's own message when it gave one.
    QString problem() const;
};

// Blocking JSON calls to another station. Waits in a local event loop, so it belongs to the thread that
// made it and must only be used where nothing else is served from that thread's event loop meanwhile (the
// sync engine's own thread, or a thread made for the call).
class PeerHttp
{
public:
    explicit PeerHttp(int timeoutMs = 10'000)
        : m_timeoutMs(timeoutMs)
    {}

    PeerReply post(const QString& baseUrl, const QString& path, const QByteArray& authorization,
                   const QJsonObject& body);
    PeerReply get(const QString& baseUrl, const QString& path, const QByteArray& authorization);
    PeerReply putBytes(const QString& baseUrl, const QString& path, const QByteArray& authorization,
                       const QByteArray& bytes);

private:
    PeerReply send(const QByteArray& method, const QString& baseUrl, const QString& path,
                   const QByteArray& authorization, const QByteArray& contentType, const QByteArray& body);

    int m_timeoutMs;
    QNetworkAccessManager m_nam;
};

// The pairing call over HTTP. Makes its request on a thread of its own, so it can be used from the GUI
// thread or from inside a request the station's own server is handling (whose thread must not run a nested
// event loop).
class HttpPeerConnector : public PeerConnector
{
public:
    Result<QVariantMap> pair(const QString& baseUrl, const QVariantMap& request) override;
};

} // namespace chairside::replication

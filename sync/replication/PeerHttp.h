#pragma once

#include "services/SyncService.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace chairside::replication {

// Where a call to another station goes: its base URL and, for https, the fingerprint its certificate must
// have (CertificateFingerprint.h), pinned at pairing. An https address without a pin is refused (but for
// the pairing call, which trusts on first use), and so is a plain-http address for a pinned peer: a
// station paired over TLS is never spoken to in the clear. A URL alone converts to an endpoint without a
// pin, which suits plain-http peers (a station on loopback).
struct PeerEndpoint
{
    PeerEndpoint(QString baseUrl, QString pinnedFingerprint = {}) // NOLINT: a URL alone is a plain endpoint
        : url(std::move(baseUrl))
        , fingerprint(std::move(pinnedFingerprint))
    {}
    QString url;
    QString fingerprint;
    // Pairing without an expected fingerprint: any certificate is accepted and reported in the reply.
    bool trustOnFirstUse = false;
};

// What a peer answered: the HTTP status and JSON body, or (status 0) why no answer came.
struct PeerReply
{
    int status = 0;
    QJsonObject body; // the answer as JSON, when it was
    QByteArray raw;   // the answer's bytes
    QString error;
    QString certificateFingerprint; // of the certificate the peer's connection showed; empty over http

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

    PeerReply post(const PeerEndpoint& to, const QString& path, const QByteArray& authorization,
                   const QJsonObject& body);
    PeerReply get(const PeerEndpoint& to, const QString& path, const QByteArray& authorization);
    PeerReply putBytes(const PeerEndpoint& to, const QString& path, const QByteArray& authorization,
                       const QByteArray& bytes);

private:
    PeerReply send(const QByteArray& method, const PeerEndpoint& to, const QString& path,
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
    Result<PairingAnswer> pair(const QString& baseUrl, const QVariantMap& request,
                               const QString& expectedFingerprint) override;
};

} // namespace chairside::replication

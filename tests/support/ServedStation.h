#pragma once

#include "ApiServerHost.h"
#include "HttpClient.h"
#include "PeerHttp.h"
#include "StationCertificate.h"
#include "TestStation.h"

#include <memory>

namespace chairside::test {

// A test station serving its API on a loopback port, with an admin, able to pair over HTTP, or over HTTPS
// with a certificate of its own (its key in `secrets`) when made with `tls`.
struct ServedStation
{
    TestStation station;
    InMemorySecretStore secrets;
    std::optional<api::StationCertificate> certificate;
    replication::HttpPeerConnector connector;
    std::unique_ptr<api::ApiServerHost> host;
    QString url;
    Actor admin;
    QString adminToken;

    explicit ServedStation(const QString& name, bool tls = false);
    ~ServedStation();

    // Stops serving and serves again on a new port, over HTTPS with `newCertificate` when given (a station
    // reinstalled, or an impostor at its address), else as before.
    void restart(std::optional<api::StationCertificate> newCertificate = std::nullopt);

    QString siteId() const { return station.db->siteId(); }
    QString fingerprint() const { return certificate ? certificate->fingerprint : QString(); }
    HttpClient http() const { return HttpClient(url, fingerprint()); }
    // Opens a pairing code through the API, as the admin; fails the test without one.
    QString openCode();
    // Pairs this station with `other` through both APIs, as two admins would; this one drives.
    void pairWith(ServedStation& other);
    // The paired peer with this site id, as the sync engine sees it.
    Peer peer(const QString& siteId) const;
    // The entry for `siteId` in this station's `GET /api/sync/peers/`, asked as the admin; empty when
    // unlisted.
    QJsonObject listedPeer(const QString& siteId) const;
    QString digest() const;
};

} // namespace chairside::test

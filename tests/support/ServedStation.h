#pragma once

#include "ApiServerHost.h"
#include "HttpClient.h"
#include "PeerHttp.h"
#include "TestStation.h"

#include <memory>

namespace chairside::test {

// A test station serving its API on a loopback port, with an admin, able to pair over HTTP.
struct ServedStation
{
    TestStation station;
    replication::HttpPeerConnector connector;
    std::unique_ptr<api::ApiServerHost> host;
    QString url;
    Actor admin;
    QString adminToken;

    explicit ServedStation(const QString& name);
    ~ServedStation();

    QString siteId() const { return station.db->siteId(); }
    HttpClient http() const { return HttpClient(url); }
    // Opens a pairing code through the API, as the admin; fails the test without one.
    QString openCode();
    // Pairs this station with `other` through both APIs, as two admins would; this one drives.
    void pairWith(ServedStation& other);
    // The paired peer with this site id, as the sync engine sees it.
    Peer peer(const QString& siteId) const;
    QString digest() const;
};

} // namespace chairside::test

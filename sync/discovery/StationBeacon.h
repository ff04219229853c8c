#pragma once

#include "Error.h"
#include "HostPort.h"
#include "services/SyncService.h"

#include <QHostAddress>
#include <QList>
#include <QTimer>
#include <QUdpSocket>

namespace chairside::discovery {

// Where a beacon goes.
using BeaconTarget = HostPort;

struct BeaconConfig
{
    static constexpr quint16 kDefaultPort = 47810;

    quint16 port = kDefaultPort; // the UDP port beacons are heard on (and sent to, by default)
    // Where beacons go. Empty: the broadcast address of every LAN interface. A list of addresses reaches
    // stations where broadcasts do not (another subnet, a network that drops them).
    QList<BeaconTarget> targets;
    bool announce = true; // false: only listen (this station's API is not reachable from the LAN)
    // How this station's API is spoken: "https" when it serves TLS, "http" when plain.
    QString scheme = QStringLiteral("http");
    int intervalMs = 5000;

    // "ip[:port], ..." as CHAIRSIDE_DISCOVERY_TARGETS gives it (parseHostPort); a target without a port uses
    // `port`.
    static Result<QList<BeaconTarget>> parseTargets(const QString& text, quint16 port);
};

// Discovery (docs/architecture.md "Replication"): a station says on the LAN, every few seconds, who it is
// and on which port its API answers, and hears the others say the same. What it hears goes to SyncService,
// which lists the stations for pairing and lets the sync engine follow a paired peer to a new address
// (after the peer proves itself there: a beacon proves nothing). A beacon carries no secret.
//
// Lives in the thread that makes it (the main thread of the desktop or the headless station); hearing a
// beacon only records it, so it never waits on anything.
class StationBeacon
{
public:
    StationBeacon(SyncService& sync, quint16 apiPort, BeaconConfig config);

    // Binds the UDP port (shared, so several stations on one computer all hear) and starts announcing.
    Status start();
    quint16 boundPort() const { return m_socket.localPort(); }
    bool announces() const { return m_config.announce; }

    // One beacon: {"chairside": "station", "v": 1, "site_id", "name", "port", "scheme"}.
    QByteArray message() const;
    // The sighting a datagram from `sender` describes, or nothing for anything that is not a beacon.
    static std::optional<Sighting> parse(const QByteArray& datagram, const QHostAddress& sender);

private:
    void announce();
    void receive();

    SyncService& m_sync;
    quint16 m_apiPort;
    BeaconConfig m_config;
    QUdpSocket m_socket;
    QTimer m_timer;
};

} // namespace chairside::discovery

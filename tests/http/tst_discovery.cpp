#include "HttpClient.h"
#include "PeerHttp.h"
#include "ServedStation.h"
#include "StationBeacon.h"
#include "SyncEngine.h"
#include "TestStation.h"
#include "Uuid.h"

#include <QJsonArray>
#include <QTest>

using namespace chairside;
using namespace chairside::test;
using namespace chairside::discovery;
using namespace chairside::replication;

namespace {

// A beacon that sends to the given loopback ports only, every 100 ms: the test's stand-in for a LAN.
std::unique_ptr<StationBeacon> loopbackBeacon(ServedStation& s, quint16 udpPort, QList<quint16> targetPorts)
{
    BeaconConfig config;
    config.port = udpPort;
    config.intervalMs = 100;
    for (quint16 port : targetPorts)
        config.targets.append({QHostAddress(QHostAddress::LocalHost), port});
    auto beacon =
        std::make_unique<StationBeacon>(s.station.services->sync, QUrl(s.url).port(), std::move(config));
    if (Status failed = beacon->start())
        qFatal("beacon: %s", qPrintable(failed->message));
    return beacon;
}

QJsonObject stationIn(const HttpReply& reply, const QString& siteId)
{
    for (const QJsonValue& v : reply.object().value(QStringLiteral("stations")).toArray())
        if (v.toObject().value(QStringLiteral("site_id")).toString() == siteId)
            return v.toObject();
    return {};
}

QByteArray beacon(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QString kSite = QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057");

QJsonObject goodBeacon()
{
    return {{QStringLiteral("chairside"), QStringLiteral("station")},
            {QStringLiteral("v"), 1},
            {QStringLiteral("site_id"), kSite},
            {QStringLiteral("name"), QStringLiteral("Front desk")},
            {QStringLiteral("port"), 8000},
            {QStringLiteral("scheme"), QStringLiteral("http")}};
}

} // namespace

// Stations finding each other on the LAN, and a paired station followed to a new address.
class TestDiscovery : public QObject
{
    Q_OBJECT
private slots:
    void stationsHearEachOthersBeacons()
    {
        ServedStation front(QStringLiteral("front"));
        ServedStation chair(QStringLiteral("chair"));
        const quint16 frontUdp = freeUdpPort();
        const quint16 chairUdp = freeUdpPort();
        // Each also sends to itself, as a broadcast would reach it: its own beacon is not listed.
        auto frontBeacon = loopbackBeacon(front, frontUdp, {chairUdp, frontUdp});
        auto chairBeacon = loopbackBeacon(chair, chairUdp, {frontUdp, chairUdp});

        QTRY_VERIFY_WITH_TIMEOUT(
            !stationIn(front.http().get(QStringLiteral("/api/sync/discovered/"), front.adminToken),
                       chair.siteId())
                 .isEmpty(),
            5000);
        const HttpReply list = front.http().get(QStringLiteral("/api/sync/discovered/"), front.adminToken);
        QCOMPARE(list.status, 200);
        const QJsonObject heard = stationIn(list, chair.siteId());
        QCOMPARE(heard.value(QStringLiteral("name")).toString(), QStringLiteral("chair"));
        QCOMPARE(heard.value(QStringLiteral("url")).toString(), chair.url); // ready to pair with
        QCOMPARE(heard.value(QStringLiteral("paired")).toBool(), false);
        QVERIFY(stationIn(list, front.siteId()).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!chair.station.services->sync.heardAt(front.siteId()).isEmpty(), 5000);
        QCOMPARE(chair.station.services->sync.heardAt(front.siteId()), front.url);

        // Paired, it says so; the list is for staff (anonymous callers are refused).
        chair.pairWith(front);
        QVERIFY(stationIn(front.http().get(QStringLiteral("/api/sync/discovered/"), front.adminToken),
                          chair.siteId())
                    .value(QStringLiteral("paired"))
                    .toBool());
        QCOMPARE(front.http().get(QStringLiteral("/api/sync/discovered/")).status, 401);
        const Actor patient = front.station.addUser(QStringLiteral("pat@x.org"), Role::Patient);
        QCOMPARE(front.http()
                     .get(QStringLiteral("/api/sync/discovered/"),
                          front.station.services->accounts.issueTokens(patient.userId)->access)
                     .status,
                 403);

        // A station no longer heard drops off the list.
        chairBeacon.reset();
        front.station.clock.advanceSeconds(SyncService::kSightingSeconds + 1);
        QTest::qWait(300); // beacons already on their way are heard (and stamped with the new time) first
        front.station.clock.advanceSeconds(SyncService::kSightingSeconds + 1);
        QVERIFY(stationIn(front.http().get(QStringLiteral("/api/sync/discovered/"), front.adminToken),
                          chair.siteId())
                    .isEmpty());
        QVERIFY(front.station.services->sync.heardAt(chair.siteId()).isEmpty());
    }

    // A flood of made-up stations is not kept; stations heard since still are, once the flood is old.
    void aFloodOfBeaconsIsBounded()
    {
        TestStation s;
        const Actor admin = s.addUser(QStringLiteral("admin@x.org"), Role::Admin);
        for (int i = 0; i < SyncService::kMaxSightings + 50; ++i)
            s.services->sync.recordSighting({Uuid::v7(),
                                             QStringLiteral("fake %1").arg(i),
                                             QStringLiteral("http://10.0.0.9:%1").arg(1000 + i),
                                             {}});
        QCOMPARE(s.services->sync.discoveredStations(admin)->size(), SyncService::kMaxSightings);
        s.clock.advanceSeconds(SyncService::kSightingSeconds + 1);
        const QString real = Uuid::v7();
        s.services->sync.recordSighting(
            {real, QStringLiteral("Front desk"), QStringLiteral("http://10.0.0.2:8000"), {}});
        auto listed = s.services->sync.discoveredStations(admin);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().value(QStringLiteral("site_id")).toString(), real);
    }

    void aBeaconIsReadOnlyWhenItIsOne()
    {
        const QHostAddress from(QStringLiteral("192.168.1.20"));
        auto good = StationBeacon::parse(beacon(goodBeacon()), from);
        QVERIFY(good);
        QCOMPARE(good->siteId, kSite);
        QCOMPARE(good->name, QStringLiteral("Front desk"));
        QCOMPARE(good->url, QStringLiteral("http://192.168.1.20:8000")); // the sender's address, its port
        // An IPv4 sender seen through an IPv6 socket still gives a plain address.
        QCOMPARE(
            StationBeacon::parse(beacon(goodBeacon()), QHostAddress(QStringLiteral("::ffff:10.0.0.7")))->url,
            QStringLiteral("http://10.0.0.7:8000"));

        const auto with = [](const QString& key, const QJsonValue& value) {
            QJsonObject o = goodBeacon();
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
            return beacon(o);
        };
        const QList<QByteArray> notBeacons{
            QByteArrayLiteral("hello"),
            with(QStringLiteral("chairside"), QStringLiteral("printer")),
            with(QStringLiteral("v"), 2),
            with(QStringLiteral("site_id"), QStringLiteral("front")),
            with(QStringLiteral("name"), QStringLiteral("  ")),
            with(QStringLiteral("name"), QString(201, QLatin1Char('x'))),
            with(QStringLiteral("port"), 0),
            with(QStringLiteral("port"), 70000),
            with(QStringLiteral("port"), QJsonValue::Undefined),
            with(QStringLiteral("scheme"), QStringLiteral("ftp")),
            with(QStringLiteral("padding"), QString(2000, QLatin1Char('x'))),
        };
        for (const QByteArray& datagram : notBeacons)
            QVERIFY2(!StationBeacon::parse(datagram, from), datagram.left(80).constData());
        QVERIFY(!StationBeacon::parse(beacon(goodBeacon()), QHostAddress()));
    }

    // One parser for --listen and the beacon targets: an IP address (or localhost) and a port.
    void addressesAndPortsAreParsed()
    {
        QCOMPARE(*parseHostPort(QStringLiteral("127.0.0.1:8000")),
                 (HostPort{QHostAddress(QHostAddress::LocalHost), 8000}));
        QCOMPARE(*parseHostPort(QStringLiteral("localhost:0")),
                 (HostPort{QHostAddress(QHostAddress::LocalHost), 0}));
        QCOMPARE(*parseHostPort(QStringLiteral("[::1]:8000")),
                 (HostPort{QHostAddress(QStringLiteral("::1")), 8000}));
        QCOMPARE(*parseHostPort(QStringLiteral("0.0.0.0"), 47810),
                 (HostPort{QHostAddress(QHostAddress::AnyIPv4), 47810}));
        QCOMPARE(*parseHostPort(QStringLiteral("[fd00::2]"), 9),
                 (HostPort{QHostAddress(QStringLiteral("fd00::2")), 9}));
        for (const char* bad : {"nonsense", "127.0.0.1", "127.0.0.1:", "127.0.0.1:x", "127.0.0.1:65536",
                                "[::1", "[::1]x8000", "clinic.local:8000", "::1:8000"})
            QVERIFY2(!parseHostPort(QString::fromLatin1(bad)), bad); // no default port: a port is required
    }

    void beaconTargetsAreParsed()
    {
        auto targets = BeaconConfig::parseTargets(
            QStringLiteral(" 192.168.1.255, 10.0.0.5:5000 ,[fd00::2]:6000, fd00::3 ,"), 47810);
        QVERIFY(targets);
        const QList<BeaconTarget> expected{{QHostAddress(QStringLiteral("192.168.1.255")), 47810},
                                           {QHostAddress(QStringLiteral("10.0.0.5")), 5000},
                                           {QHostAddress(QStringLiteral("fd00::2")), 6000},
                                           {QHostAddress(QStringLiteral("fd00::3")), 47810}};
        QCOMPARE(*targets, expected);
        QVERIFY(BeaconConfig::parseTargets(QString(), 47810)->isEmpty());
        QVERIFY(!BeaconConfig::parseTargets(QStringLiteral("front-desk.local"), 47810));
        QVERIFY(!BeaconConfig::parseTargets(QStringLiteral("10.0.0.5:0"), 47810));
        QVERIFY(!BeaconConfig::parseTargets(QStringLiteral("10.0.0.5:99999"), 47810));
    }

    // The proof a station gives before another follows it to a new address: keyed by what only the pair
    // holds, bound to the caller's nonce, and no token on the wire.
    void aPairedStationProvesItselfWithoutAToken()
    {
        ServedStation front(QStringLiteral("front"));
        ServedStation chair(QStringLiteral("chair"));
        ServedStation other(QStringLiteral("other"));
        chair.pairWith(front);
        chair.pairWith(other);
        const Peer frontPeer = chair.peer(front.siteId());
        PeerHttp http;
        QVERIFY(SyncEngine::confirmIdentity(*chair.station.services, http, frontPeer, front.url));
        // Another station, even one paired with the caller, is not the front desk.
        QVERIFY(!SyncEngine::confirmIdentity(*chair.station.services, http, frontPeer, other.url));
        QVERIFY(!SyncEngine::confirmIdentity(*chair.station.services, http, frontPeer,
                                             QStringLiteral("http://127.0.0.1:%1").arg(freeLoopbackPort())));

        const QString nonce(64, QLatin1Char('a'));
        const QJsonObject ask{{QStringLiteral("site_id"), chair.siteId()}, {QStringLiteral("nonce"), nonce}};
        const HttpReply fromFront = front.http().post(QStringLiteral("/api/sync/identify/"), ask);
        QCOMPARE(fromFront.status, 200);
        const QString proof = fromFront.object().value(QStringLiteral("proof")).toString();
        QVERIFY(chair.station.services->sync.provesIdentity(frontPeer, nonce, proof));
        QVERIFY(
            !chair.station.services->sync.provesIdentity(frontPeer, QString(64, QLatin1Char('b')), proof));
        const QString otherProof = other.http()
                                       .post(QStringLiteral("/api/sync/identify/"), ask)
                                       .object()
                                       .value(QStringLiteral("proof"))
                                       .toString();
        QVERIFY(!chair.station.services->sync.provesIdentity(frontPeer, nonce, otherProof));

        // Callers it is not paired with, and malformed asks, get nothing.
        QCOMPARE(other.http()
                     .post(QStringLiteral("/api/sync/identify/"),
                           QJsonObject{{QStringLiteral("site_id"), front.siteId()},
                                       {QStringLiteral("nonce"), nonce}})
                     .status,
                 401);
        const HttpReply malformed =
            front.http().post(QStringLiteral("/api/sync/identify/"),
                              QJsonObject{{QStringLiteral("site_id"), QStringLiteral("x")},
                                          {QStringLiteral("nonce"), QStringLiteral("short")}});
        QCOMPARE(malformed.status, 400);
        QVERIFY(malformed.body.contains("nonce"));
        QVERIFY(malformed.body.contains("site_id"));
    }

    // The driving station follows a peer that went quiet at its address and is heard at another, once the
    // peer proves itself there; a beacon alone (anyone can send one) moves nothing.
    void theEngineFollowsAPeerToItsNewAddress()
    {
        ServedStation front(QStringLiteral("front"));
        ServedStation chair(QStringLiteral("chair"));
        ServedStation impostor(QStringLiteral("impostor"));
        chair.pairWith(front);
        chair.pairWith(impostor); // even a paired station cannot pass itself off as another
        const Actor frontDesk = front.station.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        SyncEngine engine(*chair.station.services, {.intervalMs = 100, .maxBackoffMs = 200});
        engine.start();
        const QString before = front.station.services->patients
                                   .create(frontDesk, {{QStringLiteral("name"), QStringLiteral("Ana")}})
                                   ->value(QStringLiteral("id"))
                                   .toString();
        QTRY_VERIFY_WITH_TIMEOUT(chair.station.services->patients.get(Actor::system(), before), 5000);

        // The front desk restarts on another port; until it is heard there, the chair station fails.
        const QString oldUrl = front.url;
        front.host->stop();
        front.host = std::make_unique<api::ApiServerHost>(*front.station.services, api::ApiServerConfig{});
        const quint16 newPort = *front.host->start(QHostAddress::LocalHost, 0);
        const QString newUrl = QStringLiteral("http://127.0.0.1:%1").arg(newPort);
        QTRY_VERIFY_WITH_TIMEOUT(!chair.station.services->sync.state(front.siteId()).lastError.isEmpty(),
                                 5000);

        // A beacon in the front desk's name from somewhere else is not followed.
        chair.station.services->sync.recordSighting(
            {front.siteId(), QStringLiteral("front"), impostor.url, {}});
        QTest::qWait(600);
        QCOMPARE(chair.peer(front.siteId()).url, oldUrl);

        // Its real beacon is.
        chair.station.services->sync.recordSighting({front.siteId(), QStringLiteral("front"), newUrl, {}});
        QTRY_COMPARE_WITH_TIMEOUT(chair.peer(front.siteId()).url, newUrl, 10000);
        const QString after = front.station.services->patients
                                  .create(frontDesk, {{QStringLiteral("name"), QStringLiteral("Bia")}})
                                  ->value(QStringLiteral("id"))
                                  .toString();
        QTRY_VERIFY_WITH_TIMEOUT(chair.station.services->patients.get(Actor::system(), after), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(chair.station.services->sync.state(front.siteId()).lastError.isEmpty(),
                                 5000);
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"

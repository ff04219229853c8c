#include "ApiServerHost.h"
#include "BlobStore.h"
#include "HttpClient.h"
#include "PeerHttp.h"
#include "ServedStation.h"
#include "SyncEngine.h"
#include "TestStation.h"
#include "store/Query.h"
#include "store/Replica.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace chairside;
using namespace chairside::test;
using namespace chairside::replication;

namespace {

// Batches of seven log entries: an exchange needs many of them, so batch boundaries get exercised.
const SyncEngineConfig kSmallBatches{.batchSize = 7};

} // namespace

// Chairside's own sync endpoints over a real socket.
class TestHttpSync : public QObject
{
    Q_OBJECT
private slots:
    void conflictsBroughtBySyncAreListedForTheClinic()
    {
        TestStation a;
        TestStation b;
        const Actor desk = a.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const Actor patientUser = a.addUser(QStringLiteral("p@x.org"), Role::Patient);
        const QString chair =
            a.services->schedule.createChair(desk, {{QStringLiteral("name"), QStringLiteral("Chair 1")}})
                ->value(QStringLiteral("id"))
                .toString();
        QStringList patients;
        for (const QString& name : {QStringLiteral("Ana"), QStringLiteral("Bia")})
            patients << a.services->patients.create(desk, {{QStringLiteral("name"), name}})
                            ->value(QStringLiteral("id"))
                            .toString();
        pullChanges(a, b);
        QStringList booked;
        for (int i = 0; i < 2; ++i) {
            BookingRequest r;
            r.patientId = patients[i];
            r.chairId = chair;
            r.start = QDateTime(QDate(2026, 11, 24), QTime(10, 15 * i), Qt::UTC);
            auto made = (i == 0 ? a : b).services->appointments.book(desk, r);
            QVERIFY(made);
            booked << made->value(QStringLiteral("id")).toString();
        }
        pullChanges(b, a);

        api::ApiServerHost host(*a.services, {});
        auto port = host.start(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        HttpClient http(QStringLiteral("http://127.0.0.1:%1").arg(*port));
        const QString deskToken = a.services->accounts.issueTokens(desk.userId)->access;
        for (const QString& path :
             {QStringLiteral("/api/sync/conflicts/"), QStringLiteral("/api/sync/conflicts")}) {
            const HttpReply reply = http.get(path, deskToken);
            QCOMPARE(reply.status, 200);
            const QJsonObject body = reply.object();
            QCOMPARE(body.value(QStringLiteral("count")).toInt(), 1);
            const QJsonObject conflict = body.value(QStringLiteral("bookings")).toArray().first().toObject();
            QCOMPARE(conflict.value(QStringLiteral("resource")).toString(), QStringLiteral("chair"));
            QCOMPARE(
                conflict.value(QStringLiteral("first")).toObject().value(QStringLiteral("id")).toString(),
                booked[0]);
            QCOMPARE(
                conflict.value(QStringLiteral("second")).toObject().value(QStringLiteral("id")).toString(),
                booked[1]);
            QVERIFY(body.value(QStringLiteral("duplicates")).toArray().isEmpty());
        }
        QCOMPARE(http.get(QStringLiteral("/api/sync/conflicts/")).status, 401);
        QCOMPARE(http.get(QStringLiteral("/api/sync/conflicts/"),
                          a.services->accounts.issueTokens(patientUser.userId)->access)
                     .status,
                 403);
        QCOMPARE(http.request("POST", QStringLiteral("/api/sync/conflicts/"), "{}", deskToken).status, 405);
    }

    void pairingTakesTheCodeTheOtherStationShows()
    {
        ServedStation front(QStringLiteral("front"));
        ServedStation chair(QStringLiteral("chair"));
        const QString code = front.openCode();
        QCOMPARE(code.size(), 8);

        // A wrong code is refused with a reason and pairs nothing.
        const QString wrong =
            code == QStringLiteral("00000000") ? QStringLiteral("11111111") : QStringLiteral("00000000");
        HttpReply reply = chair.http().post(
            QStringLiteral("/api/sync/peers/"),
            QJsonObject{{QStringLiteral("url"), front.url}, {QStringLiteral("code"), wrong}},
            chair.adminToken);
        QCOMPARE(reply.status, 403);
        QVERIFY(reply.object()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("pairing code")));
        QVERIFY(chair.station.services->sync.drivenPeers().isEmpty());

        // The code as shown, with its separator, pairs both ways.
        reply = chair.http().post(
            QStringLiteral("/api/sync/peers/"),
            QJsonObject{{QStringLiteral("url"), front.url + QStringLiteral("/")},
                        {QStringLiteral("code"), code.left(4) + QStringLiteral("-") + code.mid(4)}},
            chair.adminToken);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object().value(QStringLiteral("site_id")).toString(), front.siteId());
        QCOMPARE(reply.object().value(QStringLiteral("name")).toString(), QStringLiteral("front"));

        const QJsonObject onChair = chair.listedPeer(front.siteId());
        QCOMPARE(onChair.value(QStringLiteral("url")).toString(), front.url);
        QVERIFY(onChair.value(QStringLiteral("driven_here")).toBool());
        const QJsonObject onFront = front.listedPeer(chair.siteId());
        QCOMPARE(onFront.value(QStringLiteral("name")).toString(), QStringLiteral("chair"));
        QVERIFY(!onFront.value(QStringLiteral("driven_here")).toBool());

        // The code is spent.
        reply =
            chair.http().post(QStringLiteral("/api/sync/peers/"),
                              QJsonObject{{QStringLiteral("url"), front.url}, {QStringLiteral("code"), code}},
                              chair.adminToken);
        QCOMPARE(reply.status, 403);

        // Only an admin pairs; a dentist sees the peers but cannot open codes.
        const Actor dentist = front.station.addUser(QStringLiteral("dent@x.org"), Role::Dentist);
        const QString dentistToken = front.station.services->accounts.issueTokens(dentist.userId)->access;
        QCOMPARE(
            front.http().post(QStringLiteral("/api/sync/pairing-code/"), QJsonObject{}, dentistToken).status,
            403);
        QCOMPARE(front.http().get(QStringLiteral("/api/sync/peers/"), dentistToken).status, 200);
        QCOMPARE(front.http().get(QStringLiteral("/api/sync/peers/")).status, 401);

        // Unpairing forgets the peer's token: its calls are refused from then on.
        QCOMPARE(
            front.http().del(QStringLiteral("/api/sync/peers/") + chair.siteId(), front.adminToken).status,
            204);
        PeerHttp http;
        const Peer peer = chair.peer(front.siteId());
        QCOMPARE(http.get(front.url, QStringLiteral("/api/sync/digest/"),
                          chair.station.services->sync.authorizationFor(peer))
                     .status,
                 401);
        QCOMPARE(
            front.http().del(QStringLiteral("/api/sync/peers/") + chair.siteId(), front.adminToken).status,
            404);
    }

    // Pairing refuses what cannot work, with a reason an admin can act on.
    void pairingSaysWhyItCannotPair()
    {
        ServedStation chair(QStringLiteral("chair"));
        const auto pair = [&](const QString& url, const QString& code) {
            return chair.http().post(
                QStringLiteral("/api/sync/peers/"),
                QJsonObject{{QStringLiteral("url"), url}, {QStringLiteral("code"), code}}, chair.adminToken);
        };
        HttpReply reply = pair(QStringLiteral("192.168.1.20:8000"), QStringLiteral("12345678"));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.object().contains(QStringLiteral("url")));
        QCOMPARE(pair(QStringLiteral("ftp://host"), QStringLiteral("12345678")).status, 400);
        reply = pair(QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--"));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.object().contains(QStringLiteral("code")));

        // Nobody listening there.
        reply =
            pair(QStringLiteral("http://127.0.0.1:%1").arg(freeLoopbackPort()), QStringLiteral("12345678"));
        QCOMPARE(reply.status, 503);
        QVERIFY(reply.object()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("Could not reach")));

        // Something that answers, but is no Chairside station (a plain server with no pairing route).
        TestStation bare;
        api::ApiServerHost other(*bare.services, {});
        auto port = other.start(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        QCOMPARE(
            pair(QStringLiteral("http://127.0.0.1:%1/nothing-here").arg(*port), QStringLiteral("12345678"))
                .status,
            503);
        QVERIFY(chair.station.services->sync.drivenPeers().isEmpty());
    }

    void aPairingCodeExpiresAndWrongTriesUseItUp()
    {
        ServedStation front(QStringLiteral("front"));
        TestStation other;
        const auto tryCode = [&](const QString& code) {
            return front.station.services->sync.acceptPairing(
                {{QStringLiteral("code"), code},
                 {QStringLiteral("site_id"), other.db->siteId()},
                 {QStringLiteral("name"), QStringLiteral("other")},
                 {QStringLiteral("token"), QString(64, QLatin1Char('a'))}});
        };
        QString code = front.openCode();
        front.station.clock.advanceSeconds(SyncService::kPairingCodeMinutes * 60);
        QCOMPARE(tryCode(code).error().code, Error::Code::Forbidden);

        code = front.openCode();
        const QString wrong =
            code == QStringLiteral("00000000") ? QStringLiteral("11111111") : QStringLiteral("00000000");
        for (int i = 0; i < SyncService::kPairingAttempts; ++i)
            QCOMPARE(tryCode(wrong).error().code, Error::Code::Forbidden);
        QCOMPARE(tryCode(code).error().code, Error::Code::Forbidden); // used up by the wrong tries

        code = front.openCode();
        auto bad =
            front.station.services->sync.acceptPairing({{QStringLiteral("code"), code},
                                                        {QStringLiteral("site_id"), front.siteId()},
                                                        {QStringLiteral("name"), QStringLiteral("me")},
                                                        {QStringLiteral("token"), QStringLiteral("short")}});
        QCOMPARE(bad.error().code, Error::Code::Invalid);
        QVERIFY(bad.error().fieldErrors.contains(QStringLiteral("site_id")));
        QVERIFY(bad.error().fieldErrors.contains(QStringLiteral("token")));
        QVERIFY(tryCode(code)); // refused input does not spend the code
    }

    void peerCallsNeedAPairedStation()
    {
        ServedStation front(QStringLiteral("front"));
        ServedStation chair(QStringLiteral("chair"));
        chair.pairWith(front);
        const Peer peer = chair.peer(front.siteId());
        const QByteArray good = chair.station.services->sync.authorizationFor(peer);
        PeerHttp http;
        QCOMPARE(http.get(front.url, QStringLiteral("/api/sync/digest/"), good).status, 200);
        const QList<QByteArray> refused{
            {},
            "Bearer " + front.adminToken.toLatin1(), // an admin's token is no station's
            "Peer " + chair.siteId().toLatin1() + ' ' + QByteArray(64, 'a'),
            "Peer " + front.siteId().toLatin1() + ' ' + good.split(' ').last(), // right token, wrong station
            "Peer " + chair.siteId().toLatin1(),
        };
        for (const QByteArray& authorization : refused) {
            QCOMPARE(http.get(front.url, QStringLiteral("/api/sync/digest/"), authorization).status, 401);
            QCOMPARE(http.post(front.url, QStringLiteral("/api/sync/pull/"), authorization,
                               {{QStringLiteral("after"), 0}})
                         .status,
                     401);
        }

        // Malformed peer calls are refused with a reason.
        for (const auto& [path, body] :
             {std::pair{QStringLiteral("/api/sync/pull/"), QByteArray("{\"after\": -1}")},
              std::pair{QStringLiteral("/api/sync/pull/"), QByteArray("{\"after\": 0, \"limit\": 0}")},
              std::pair{QStringLiteral("/api/sync/push/"), QByteArray("{\"from_seq\": 5, \"to_seq\": 2}")},
              std::pair{QStringLiteral("/api/sync/push/"), QByteArray("[1, 2]")},
              std::pair{QStringLiteral("/api/sync/hello/"), QByteArray("not json")}}) {
            const HttpReply refused = front.http().request(
                "POST", path, body, {}, {{"Authorization", good}, {"Content-Type", "application/json"}});
            QCOMPARE(refused.status, 400);
            QVERIFY(!refused.object().value(QStringLiteral("detail")).toString().isEmpty());
        }
        QCOMPARE(http.get(front.url,
                          QStringLiteral("/api/sync/files/%1/?offset=0&length=0")
                              .arg(QString(64, QLatin1Char('a'))),
                          good)
                     .status,
                 400);

        // A station on another schema version is told so at hello.
        const PeerReply hello =
            http.post(front.url, QStringLiteral("/api/sync/hello/"), good,
                      {{QStringLiteral("schema_version"), Database::latestSchemaVersion() + 1}});
        QCOMPARE(hello.status, 409);
        QVERIFY(hello.problem().contains(QStringLiteral("schema version")));

        // A push that does not start where the front station has read the chair's log is refused whole, and
        // says where to start.
        const Actor desk = chair.station.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        createPatient(chair.station, desk, QStringLiteral("Ana"));
        auto batch = Replica(*chair.station.db, chair.station.clock).changesSince(2, {}, 1000);
        QJsonArray changes;
        for (const Change& c : batch->changes)
            changes.append(c.toJson());
        const PeerReply pushed = http.post(front.url, QStringLiteral("/api/sync/push/"), good,
                                           {{QStringLiteral("from_seq"), 2},
                                            {QStringLiteral("to_seq"), batch->lastSeq},
                                            {QStringLiteral("changes"), changes}});
        QCOMPARE(pushed.status, 409);
        QCOMPARE(pushed.body.value(QStringLiteral("checkpoint")).toInteger(), 0);
        QCOMPARE(
            *sql::scalar(front.station.db->connection(), QStringLiteral("SELECT COUNT(*) FROM patients")),
            QVariant(0));
    }

    void anExchangeBringsBothStationsTogether()
    {
        ServedStation front(QStringLiteral("front"));
        ServedStation chair(QStringLiteral("chair"));
        chair.pairWith(front);
        const Actor frontDesk = front.station.addUser(QStringLiteral("desk1@x.org"), Role::Receptionist);
        const Actor chairDesk = chair.station.addUser(QStringLiteral("desk2@x.org"), Role::Receptionist);
        for (int i = 0; i < 30; ++i) {
            createPatient(front.station, frontDesk, QStringLiteral("Front %1").arg(i));
            createPatient(chair.station, chairDesk, QStringLiteral("Chair %1").arg(i));
        }
        // The chair station's clock is an hour ahead: measured, shown, and nothing is lost to it.
        chair.station.clock.advanceSeconds(3600);
        const QString shared = createPatient(front.station, frontDesk, QStringLiteral("Shared"));
        pullChanges(front.station, chair.station);
        QVERIFY(front.station.services->patients.update(
            frontDesk, shared, {{QStringLiteral("phone"), QStringLiteral("111")}}, true));
        QVERIFY(chair.station.services->patients.update(
            chairDesk, shared, {{QStringLiteral("email"), QStringLiteral("s@x.org")}}, true));

        PeerHttp http;
        const PeerState state =
            SyncEngine::exchange(*chair.station.services, http, chair.peer(front.siteId()), kSmallBatches);
        QVERIFY2(state.lastError.isEmpty(), qPrintable(state.lastError));
        QCOMPARE(state.backlog, 0);
        QVERIFY(state.skewKnown);
        QVERIFY(qAbs(state.skewMs + 3600 * 1000) < 5000);
        QCOMPARE(front.digest(), chair.digest());
        auto merged = front.station.services->patients.get(frontDesk, shared);
        QCOMPARE(merged->value(QStringLiteral("phone")).toString(), QStringLiteral("111"));
        QCOMPARE(merged->value(QStringLiteral("email")).toString(), QStringLiteral("s@x.org"));
        // Clocks travel whole (64-bit values through JSON).
        const QString hlcs = QStringLiteral(
            "SELECT group_concat(hlc) FROM (SELECT hlc FROM change_log ORDER BY site_id, origin_seq)");
        QCOMPARE(*sql::scalar(front.station.db->connection(), hlcs),
                 *sql::scalar(chair.station.db->connection(), hlcs));
        // The front station saw the chair's hello and its clock.
        const QJsonObject seen = front.listedPeer(chair.siteId());
        QVERIFY(!seen.value(QStringLiteral("last_contact_at")).toString().isEmpty());
        QVERIFY(qAbs(seen.value(QStringLiteral("skew_ms")).toInteger() - 3600 * 1000) < 5000);
        QVERIFY(seen.value(QStringLiteral("clock_off")).toBool());
        QVERIFY(seen.value(QStringLiteral("in_reach")).toBool());
        front.station.clock.advanceSeconds(SyncService::kContactSeconds + 1);
        QVERIFY(!front.listedPeer(chair.siteId())
                     .value(QStringLiteral("in_reach"))
                     .toBool()); // it has not called for a while

        // An idle exchange moves nothing; an unreachable peer is reported with what waits for it.
        QVERIFY(SyncEngine::exchange(*chair.station.services, http, chair.peer(front.siteId()), kSmallBatches)
                    .lastError.isEmpty());
        front.host->stop();
        createPatient(chair.station, chairDesk, QStringLiteral("Offline"));
        const PeerState offline =
            SyncEngine::exchange(*chair.station.services, http, chair.peer(front.siteId()), kSmallBatches);
        QVERIFY(offline.lastError.contains(QStringLiteral("Could not reach")));
        QVERIFY(offline.backlog > 0);
        QCOMPARE(offline.lastSyncAt, state.lastSyncAt); // the last good exchange is still shown
    }

    void theEngineKeepsPairedStationsInStep()
    {
        ServedStation front(QStringLiteral("front"));
        ServedStation chair(QStringLiteral("chair"));
        chair.pairWith(front);
        const Actor frontDesk = front.station.addUser(QStringLiteral("desk1@x.org"), Role::Receptionist);
        SyncEngine engine(*chair.station.services, {100, 1000, 1000, 5000});
        engine.start();
        const QString id = createPatient(front.station, frontDesk, QStringLiteral("Ana"));
        QTRY_VERIFY_WITH_TIMEOUT(chair.station.services->patients.get(Actor::system(), id), 5000);
        const Actor chairDesk = chair.station.addUser(QStringLiteral("desk2@x.org"), Role::Receptionist);
        const QString other = createPatient(chair.station, chairDesk, QStringLiteral("Bia"));
        QTRY_VERIFY_WITH_TIMEOUT(front.station.services->patients.get(Actor::system(), other), 5000);
        engine.stop();
        QCOMPARE(front.digest(), chair.digest());
        const PeerState state = chair.station.services->sync.state(front.siteId());
        QVERIFY(state.lastSyncAt.isValid());
        QVERIFY(state.lastError.isEmpty());
    }

    // The engine applies the retention: superseded log entries older than it go, the state stays.
    void theEngineCompactsTheLog()
    {
        ServedStation front(QStringLiteral("front"));
        const Actor desk = front.station.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const QString id = createPatient(front.station, desk, QStringLiteral("Ana"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(front.station.services->patients.update(
                desk, id, {{QStringLiteral("address"), QStringLiteral("Street %1").arg(i)}}, true));
        const QString countLog = QStringLiteral("SELECT COUNT(*) FROM change_log");
        const qint64 before = sql::scalar(front.station.db->connection(), countLog)->toLongLong();
        const QString digest = front.digest();
        SyncEngine keep(*front.station.services, {.intervalMs = 50, .retentionDays = 1});
        keep.start();
        QTest::qWait(200);
        keep.stop();
        QCOMPARE(sql::scalar(front.station.db->connection(), countLog)->toLongLong(), before); // all recent

        front.station.clock.advanceSeconds(2 * 24 * 3600);
        SyncEngine engine(*front.station.services, {.intervalMs = 50, .retentionDays = 1});
        engine.start();
        QTRY_COMPARE(sql::scalar(front.station.db->connection(), countLog)->toLongLong(), before - 4);
        engine.stop();
        QCOMPARE(front.digest(), digest);
    }

    // An X-ray made on one station shows on the other: its row travels in the log, its file follows in
    // chunks, each way (fetched by the driving station, sent to the one that only answers). A transfer cut
    // short resumes where it stopped.
    void imageFilesFollowTheirRecordsInResumableChunks()
    {
        ServedStation front(QStringLiteral("front"));
        ServedStation chair(QStringLiteral("chair"));
        chair.pairWith(front);
        const auto xray = [](char fill) {
            QByteArray bytes(300 * 1024, fill);
            for (int i = 0; i < bytes.size(); i += 97)
                bytes[i] = char(i % 251);
            return bytes;
        };
        const auto recordWithImage = [](ServedStation& s, const QByteArray& bytes, int hour) {
            const Actor desk = s.station.addUser(QStringLiteral("desk-%1-%2@x.org").arg(s.siteId()).arg(hour),
                                                 Role::Receptionist);
            const QString patient = createPatient(s.station, desk, QStringLiteral("Ana"));
            BookingRequest r;
            r.patientId = patient;
            r.start = QDateTime(QDate(2026, 11, 24), QTime(hour, 0), Qt::UTC);
            auto booked = s.station.services->appointments.book(desk, r);
            if (!booked)
                qFatal("cannot book: %s", qPrintable(booked.error().message));
            const QString appointment = booked->value(QStringLiteral("id")).toString();
            auto made = s.station.services->records.create(
                desk, appointment, QStringLiteral("x"),
                {{QString::fromLatin1(bytes.toBase64()), QStringLiteral("image/png"), QString()}});
            if (!made)
                qFatal("no record: %s", qPrintable(made.error().message));
            return made->images.first().value(QStringLiteral("sha256")).toString();
        };
        const QByteArray frontBytes = xray('f');
        const QString frontSha = recordWithImage(front, frontBytes, 10);

        // Rows first, files 100 KiB per round: three rounds bring the 300 KiB, none sends a byte twice.
        SyncEngineConfig slow;
        slow.chunkBytes = 64 * 1024;
        slow.fileBytesPerRound = 100 * 1024;
        PeerHttp http;
        QList<qint64> received;
        for (int round = 0; round < 3; ++round) {
            QVERIFY(SyncEngine::exchange(*chair.station.services, http, chair.peer(front.siteId()), slow)
                        .lastError.isEmpty());
            const auto wanted = chair.station.services->records.missingFiles(10);
            received << (wanted.isEmpty() ? frontBytes.size() : wanted.first().have);
        }
        QCOMPARE(received, (QList<qint64>{128 * 1024, 256 * 1024, frontBytes.size()}));
        QCOMPARE(*chair.station.services->records.imageBytes(frontSha), frontBytes);

        // The other way: the front station only answers, so the chair sends what the front's hello asks for.
        const QByteArray chairBytes = xray('c');
        const QString chairSha = recordWithImage(chair, chairBytes, 14);
        QVERIFY(SyncEngine::exchange(*chair.station.services, http, chair.peer(front.siteId()), slow)
                    .lastError.isEmpty());
        QVERIFY(
            !front.station.services->records.imageBytes(chairSha)); // the row arrived; the file is asked for
        for (int round = 0; round < 4; ++round)
            QVERIFY(SyncEngine::exchange(*chair.station.services, http, chair.peer(front.siteId()), slow)
                        .lastError.isEmpty());
        QCOMPARE(*front.station.services->records.imageBytes(chairSha), chairBytes);
        QVERIFY(front.station.services->records.missingFiles(10).isEmpty());
        QVERIFY(chair.station.services->records.missingFiles(10).isEmpty());

        // A peer may only send files that images here name, and only whole ones with the right hash.
        const QByteArray auth = chair.station.services->sync.authorizationFor(chair.peer(front.siteId()));
        const QString unknown = QString(64, QLatin1Char('a'));
        QCOMPARE(http.putBytes(front.url, QStringLiteral("/api/sync/files/%1/?offset=0&last=1").arg(unknown),
                               auth, "x")
                     .status,
                 404);
        QCOMPARE(
            http.get(front.url, QStringLiteral("/api/sync/files/%1/?offset=0&length=10").arg(unknown), auth)
                .status,
            404);
        QCOMPARE(
            http.get(front.url, QStringLiteral("/api/sync/files/%1/?offset=0&length=10").arg(frontSha), {})
                .status,
            401);
        QCOMPARE(
            http.putBytes(front.url, QStringLiteral("/api/sync/files/%1/?offset=0").arg(frontSha), auth, "x")
                .status,
            409); // already whole there

        // A file named there but not yet sent: no more bytes than its row says.
        SyncEngineConfig rowsOnly;
        rowsOnly.fileBytesPerRound = 0;
        const QByteArray third = xray('t');
        const QString thirdSha = recordWithImage(chair, third, 16);
        QVERIFY(SyncEngine::exchange(*chair.station.services, http, chair.peer(front.siteId()), rowsOnly)
                    .lastError.isEmpty());
        QCOMPARE(front.station.services->records.missingFiles(10).size(), 1);
        const PeerReply tooLong =
            http.putBytes(front.url, QStringLiteral("/api/sync/files/%1/?offset=0&last=1").arg(thirdSha),
                          auth, third + "!");
        QCOMPARE(tooLong.status, 400);
        QVERIFY(tooLong.problem().contains(QStringLiteral("bytes long")));
    }

    void aFileThatDoesNotMatchItsHashIsDropped()
    {
        TestStation s;
        BlobStore blobs(s.dir.filePath(QStringLiteral("blobs")));
        const QByteArray bytes("an x-ray");
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(*blobs.appendChunk(sha, 0, "an x", false), 4);
        QCOMPARE(blobs.appendChunk(sha, 2, "-r", false).error().code,
                 Error::Code::Conflict); // not where it stands
        QCOMPARE(blobs.appendChunk(sha, 4, "-ray!", true).error().code, Error::Code::Invalid);
        QVERIFY(!blobs.contains(sha));
        QCOMPARE(blobs.partialSize(sha), 0); // dropped: the next try starts over
        QCOMPARE(*blobs.appendChunk(sha, 0, "an x", false), 4);
        QCOMPARE(*blobs.appendChunk(sha, 4, "-ray", true), 8);
        QCOMPARE(*blobs.read(sha), bytes);
    }

    // Stopping the station while the engine waits on a peer that accepted the connection and never answers:
    // the call is abandoned, and the engine stops at once and cleanly.
    void theEngineStopsInTheMiddleOfACall()
    {
        ServedStation front(QStringLiteral("front"));
        ServedStation chair(QStringLiteral("chair"));
        chair.pairWith(front);
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QSqlQuery repoint(chair.station.db->connection());
        QVERIFY(repoint.exec(
            QStringLiteral("UPDATE sync_peers SET url = 'http://127.0.0.1:%1'").arg(silent.serverPort())));
        SyncEngine engine(*chair.station.services, {100, 1000, 1000, 60'000});
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 5000);
        QElapsedTimer stopping;
        stopping.start();
        engine.stop();
        QVERIFY(stopping.elapsed() < 5000);
        // It starts again after a stop.
        QVERIFY(repoint.exec(QStringLiteral("UPDATE sync_peers SET url = '%1'").arg(front.url)));
        engine.start();
        const QString id = createPatient(front.station, front.admin, QStringLiteral("Ana"));
        QTRY_VERIFY_WITH_TIMEOUT(chair.station.services->patients.get(Actor::system(), id), 5000);
    }
};

QTEST_GUILESS_MAIN(TestHttpSync)
#include "tst_http_sync.moc"

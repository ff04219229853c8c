#include "HeadlessStation.h"
#include "store/Database.h"
#include "store/Replica.h"

#include <QTest>

using namespace chairside;
using namespace chairside::test;

// Issue 5's real-process test: three headless stations on loopback find each other by their beacons and
// pair over their APIs; they write while one of them is killed with SIGKILL in the middle of syncing and
// started again on another port (where the station driving it follows it); all converge, nothing
// acknowledged is lost, and the stores are identical.
class TestSyncProcesses : public QObject
{
    Q_OBJECT
private slots:
    void threeHeadlessStationsConvergeAcrossAKill()
    {
        const QString binary = qEnvironmentVariable("CHAIRSIDE_BINARY");
        QVERIFY2(QFile::exists(binary), "CHAIRSIDE_BINARY must name the built chairside");
        std::array<HeadlessStation, 3> stations;
        const QStringList names{QStringLiteral("front"), QStringLiteral("chair1"), QStringLiteral("chair2")};
        for (int i = 0; i < 3; ++i) {
            stations[i].name = names[i];
            stations[i].binary = binary;
        }
        for (int i = 0; i < 3; ++i) {
            QStringList targets;
            for (int j = 0; j < 3; ++j)
                if (j != i)
                    targets << QStringLiteral("127.0.0.1:%1").arg(stations[j].beaconPort);
            stations[i].beaconTargets = targets.join(QLatin1Char(','));
            QVERIFY(stations[i].addAdmin());
            QVERIFY(stations[i].start());
        }
        HeadlessStation& front = stations[0];
        HeadlessStation& chair1 = stations[1];
        HeadlessStation& chair2 = stations[2];
        QVERIFY(chair1.pairWith(front));
        QVERIFY(chair2.pairWith(front));
        QVERIFY(chair2.pairWith(chair1));

        // Everyone writes; chair1 is killed while the others' changes are still streaming to it.
        QStringList acknowledged;
        for (int i = 0; i < 60; ++i)
            for (HeadlessStation& s : stations) {
                const QString id = s.addPatient(QStringLiteral("%1 patient %2").arg(s.name).arg(i));
                QVERIFY(!id.isEmpty());
                acknowledged << id;
            }
        chair1.kill();
        for (int i = 0; i < 30; ++i)
            for (HeadlessStation* s : {&front, &chair2})
                acknowledged << s->addPatient(QStringLiteral("%1 late %2").arg(s->name).arg(i));
        chair1.port = freeLoopbackPort();
        QVERIFY(chair1.start());
        for (int i = 0; i < 20; ++i)
            acknowledged << chair1.addPatient(QStringLiteral("chair1 after restart %1").arg(i));
        QVERIFY(!acknowledged.contains(QString()));

        // Every acknowledged patient reaches every station.
        for (const HeadlessStation& s : stations)
            for (const QString& id : acknowledged)
                QTRY_VERIFY2_WITH_TIMEOUT(s.has(id), qPrintable(s.name + QLatin1Char(' ') + id), 30000);
        const QJsonArray peers = chair2.http()
                                     .get(QStringLiteral("/api/sync/peers/"), chair2.token)
                                     .object()
                                     .value(QStringLiteral("peers"))
                                     .toArray();
        QCOMPARE(peers.size(), 2);
        // chair2 drives chair1 and followed it to its new port.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonValue& p : chair2.http()
                                               .get(QStringLiteral("/api/sync/peers/"), chair2.token)
                                               .object()
                                               .value(QStringLiteral("peers"))
                                               .toArray())
                    if (p.toObject().value(QStringLiteral("url")).toString() == chair1.url())
                        return true;
                return false;
            }(),
            30000);

        // Stopped, the three stores hold the same data.
        for (HeadlessStation& s : stations)
            QVERIFY(s.stop());
        QStringList digests;
        for (HeadlessStation& s : stations) {
            auto db = Database::open(s.storePath());
            QVERIFY2(db, qPrintable(s.dir.path()));
            SystemClock clock;
            auto digest = Replica(**db, clock).digest();
            QVERIFY(digest);
            digests << *digest;
        }
        QCOMPARE(digests[1], digests[0]);
        QCOMPARE(digests[2], digests[0]);
    }
};

QTEST_GUILESS_MAIN(TestSyncProcesses)
#include "tst_sync_processes.moc"

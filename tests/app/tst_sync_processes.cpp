#include "HttpClient.h"
#include "store/Database.h"
#include "store/Replica.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace chairside;
using namespace chairside::test;

namespace {

const QString kPassword = QStringLiteral("station-admin-9");

// One `chairside --headless` process with its own data folder, on a fixed loopback port so a restart
// comes back where its peers look for it.
struct HeadlessStation
{
    QString name;
    QString binary;
    QTemporaryDir dir;
    quint16 port = freeLoopbackPort();
    quint16 beaconPort = freeUdpPort();
    QString beaconTargets; // the other stations' beacon ports: the test's LAN
    std::unique_ptr<QProcess> process;
    QString token;

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
    HttpClient http() const { return HttpClient(url()); }

    bool addAdmin()
    {
        QProcess cli;
        cli.start(binary,
                  {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("user"), QStringLiteral("add"),
                   QStringLiteral("--email"), QStringLiteral("admin@%1.org").arg(name),
                   QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-stdin")});
        cli.write(kPassword.toUtf8() + '\n');
        cli.closeWriteChannel();
        return cli.waitForFinished(30000) && cli.exitCode() == 0;
    }

    bool start()
    {
        process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CHAIRSIDE_STATION_NAME"), name);
        env.insert(QStringLiteral("CHAIRSIDE_SYNC_INTERVAL_MS"), QStringLiteral("100"));
        env.insert(QStringLiteral("CHAIRSIDE_DISCOVERY_PORT"), QString::number(beaconPort));
        env.insert(QStringLiteral("CHAIRSIDE_DISCOVERY_TARGETS"), beaconTargets);
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(binary, {QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        if (!process->waitForStarted())
            return false;
        QByteArray output;
        QDeadlineTimer deadline(20000);
        while (!output.contains("listening") && !deadline.hasExpired() &&
               process->state() == QProcess::Running) {
            process->waitForReadyRead(200);
            output += process->readAllStandardOutput();
        }
        if (!output.contains("listening"))
            return false;
        const HttpReply login =
            http().post(QStringLiteral("/api/auth/login/"),
                        QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@%1.org").arg(name)},
                                    {QStringLiteral("password"), kPassword}});
        token = login.object().value(QStringLiteral("access")).toString();
        return login.status == 200;
    }

    void kill()
    {
        ::kill(pid_t(process->processId()), SIGKILL);
        process->waitForFinished(10000);
    }

    bool stop()
    {
        ::kill(pid_t(process->processId()), SIGTERM);
        return process->waitForFinished(20000) && process->exitStatus() == QProcess::NormalExit &&
               process->exitCode() == 0;
    }

    // Where this station hears `other` on the (loopback) LAN; empty until its beacon came.
    QString heardUrlOf(const HeadlessStation& other) const
    {
        const QString otherSite = other.http()
                                      .get(QStringLiteral("/api/sync/peers/"), other.token)
                                      .object()
                                      .value(QStringLiteral("site_id"))
                                      .toString();
        for (const QJsonValue& v : http()
                                       .get(QStringLiteral("/api/sync/discovered/"), token)
                                       .object()
                                       .value(QStringLiteral("stations"))
                                       .toArray())
            if (v.toObject().value(QStringLiteral("site_id")).toString() == otherSite)
                return v.toObject().value(QStringLiteral("url")).toString();
        return {};
    }

    // This station pairs with `other`, at the address its beacon gave, and drives the sync between them.
    bool pairWith(HeadlessStation& other)
    {
        QString heard;
        for (QDeadlineTimer deadline(10000); heard.isEmpty() && !deadline.hasExpired(); QTest::qWait(100))
            heard = heardUrlOf(other);
        if (heard != other.url())
            return false;
        const HttpReply code =
            other.http().post(QStringLiteral("/api/sync/pairing-code/"), QJsonObject{}, other.token);
        const HttpReply paired = http().post(
            QStringLiteral("/api/sync/peers/"),
            QJsonObject{{QStringLiteral("url"), heard},
                        {QStringLiteral("code"), code.object().value(QStringLiteral("code")).toString()}},
            token);
        return paired.status == 201;
    }

    QString addPatient(const QString& patientName)
    {
        const HttpReply made = http().post(QStringLiteral("/api/patients/"),
                                           QJsonObject{{QStringLiteral("name"), patientName}}, token);
        return made.status == 201 ? made.object().value(QStringLiteral("id")).toString() : QString();
    }

    bool has(const QString& patientId) const
    {
        return http().get(QStringLiteral("/api/patients/") + patientId + QLatin1Char('/'), token).status ==
               200;
    }
};

} // namespace

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
            auto db = Database::open(QDir(s.dir.path()).filePath(QStringLiteral("chairside.db")));
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

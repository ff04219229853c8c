#include "Station.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace chairside;
using namespace chairside::app;

// The station's wiring of secrets and settings into services: the Gemini key an admin stored in the secret
// store turns AI readings on, and GEMINI_API_KEY, when set, wins over it; the sync settings.
class TestStationWiring : public QObject
{
    Q_OBJECT
private slots:
    void theStoredGeminiKeyTurnsReadingsOn()
    {
        qunsetenv("GEMINI_API_KEY");
        QTemporaryDir dir;
        {
            auto station = Station::open(dir.path(), SecretStoreKind::File);
            QVERIFY(station.ok());
            QVERIFY((*station)->environment().geminiApiKey.isEmpty());
            QVERIFY(!(*station)->services().ctx.config.imageAnalysisEnabled);
            QVERIFY((*station)->secrets().write(geminiApiKeySecret(), QByteArrayLiteral("stored-key")));
        }
        auto reopened = Station::open(dir.path(), SecretStoreKind::File);
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->environment().geminiApiKey, QStringLiteral("stored-key"));
        QVERIFY((*reopened)->services().ctx.config.imageAnalysisEnabled);
    }

    void theEnvironmentWinsOverTheStoredKey()
    {
        QTemporaryDir dir;
        FileSecretStore(QDir(dir.path()).filePath(QStringLiteral("secrets.json")))
            .write(geminiApiKeySecret(), QByteArrayLiteral("stored-key"));
        qputenv("GEMINI_API_KEY", "environment-key");
        auto station = Station::open(dir.path(), SecretStoreKind::File);
        qunsetenv("GEMINI_API_KEY");
        QVERIFY(station.ok());
        QCOMPARE((*station)->environment().geminiApiKey, QStringLiteral("environment-key"));
    }

    // The sync settings: the name other stations see, and the interval, which refuses nonsense.
    void syncSettingsComeFromTheEnvironment()
    {
        QTemporaryDir dir;
        qputenv("CHAIRSIDE_STATION_NAME", "  Chair 2 ");
        qputenv("CHAIRSIDE_SYNC_INTERVAL_MS", "250");
        auto station = Station::open(dir.path(), SecretStoreKind::File);
        QVERIFY(station.ok());
        QCOMPARE((*station)->services().sync.stationName(), QStringLiteral("Chair 2"));
        QCOMPARE((*station)->environment().syncIntervalMs, 250);
        for (const char* bad : {"0", "fast", "3600001"}) {
            qputenv("CHAIRSIDE_SYNC_INTERVAL_MS", bad);
            auto refused = StationEnvironment::fromEnvironment();
            QVERIFY(!refused);
            QVERIFY(refused.error().message.contains(QStringLiteral("CHAIRSIDE_SYNC_INTERVAL_MS")));
        }
        qunsetenv("CHAIRSIDE_SYNC_INTERVAL_MS");
        qunsetenv("CHAIRSIDE_STATION_NAME");
        QCOMPARE(StationEnvironment::fromEnvironment()->syncIntervalMs, 500);

        QCOMPARE(StationEnvironment::fromEnvironment()->syncRetentionDays, 30);
        qputenv("CHAIRSIDE_SYNC_RETENTION_DAYS", "0");
        QCOMPARE(StationEnvironment::fromEnvironment()->syncRetentionDays, 0);
        for (const char* bad : {"-1", "a month", "3651"}) {
            qputenv("CHAIRSIDE_SYNC_RETENTION_DAYS", bad);
            QVERIFY(StationEnvironment::fromEnvironment().error().message.contains(
                QStringLiteral("CHAIRSIDE_SYNC_RETENTION_DAYS")));
        }
        qunsetenv("CHAIRSIDE_SYNC_RETENTION_DAYS");
    }

    // Mail by SMTP: the server from the URL, the password never from it; a worker starts for it.
    void mailSettingsComeFromTheEnvironment()
    {
        qputenv("CHAIRSIDE_MAIL_URL", "smtp://clinic:hunter2@mail.clinic.test:587");
        QVERIFY(StationEnvironment::fromEnvironment().error().message.contains(QStringLiteral("password")));
        qputenv("CHAIRSIDE_MAIL_URL", "smtp://");
        QVERIFY(
            StationEnvironment::fromEnvironment().error().message.contains(QStringLiteral("no mail server")));
        qputenv("CHAIRSIDE_MAIL_URL", "smtp://clinic@127.0.0.1:1?tls=off");
        QTemporaryDir dir;
        auto station = Station::open(dir.path(), SecretStoreKind::File);
        QVERIFY(station.ok());
        QVERIFY((*station)->startMailWorker()); // delivers (and retries) in the background
        qunsetenv("CHAIRSIDE_MAIL_URL");
    }

    // Text messages: the account and the sender together, the service's URL checked; a worker starts for
    // them alone, without mail.
    void textMessageSettingsComeFromTheEnvironment()
    {
        QVERIFY(!StationEnvironment::fromEnvironment()->smsEnabled());
        qputenv("CHAIRSIDE_SMS_ACCOUNT", "AC123");
        QVERIFY(StationEnvironment::fromEnvironment().error().message.contains(
            QStringLiteral("CHAIRSIDE_SMS_FROM")));
        qputenv("CHAIRSIDE_SMS_FROM", "+61255501234");
        qputenv("CHAIRSIDE_SMS_URL", "ftp://sms.example");
        QVERIFY(StationEnvironment::fromEnvironment().error().message.contains(
            QStringLiteral("CHAIRSIDE_SMS_URL")));
        qputenv("CHAIRSIDE_SMS_URL", "http://127.0.0.1:1");
        QTemporaryDir dir;
        auto station = Station::open(dir.path(), SecretStoreKind::File);
        QVERIFY(station.ok());
        QVERIFY((*station)->environment().smsEnabled());
        QVERIFY((*station)->startMailWorker());
        for (const char* name : {"CHAIRSIDE_SMS_ACCOUNT", "CHAIRSIDE_SMS_FROM", "CHAIRSIDE_SMS_URL"})
            qunsetenv(name);
    }

    // Discovery: its UDP port (0 turns it off) and where beacons go instead of the broadcast.
    void discoverySettingsComeFromTheEnvironment()
    {
        QCOMPARE(StationEnvironment::fromEnvironment()->discoveryPort, discovery::BeaconConfig::kDefaultPort);
        QVERIFY(StationEnvironment::fromEnvironment()->discoveryTargets.isEmpty());
        qputenv("CHAIRSIDE_DISCOVERY_PORT", "5000");
        qputenv("CHAIRSIDE_DISCOVERY_TARGETS", "10.0.0.7, 10.0.1.7:6000");
        auto env = StationEnvironment::fromEnvironment();
        QVERIFY(env);
        QCOMPARE(env->discoveryPort, 5000);
        const QList<discovery::BeaconTarget> expected{{QHostAddress(QStringLiteral("10.0.0.7")), 5000},
                                                      {QHostAddress(QStringLiteral("10.0.1.7")), 6000}};
        QCOMPARE(env->discoveryTargets, expected);

        qputenv("CHAIRSIDE_DISCOVERY_TARGETS", "frontdesk");
        QVERIFY(StationEnvironment::fromEnvironment().error().message.contains(
            QStringLiteral("CHAIRSIDE_DISCOVERY_TARGETS")));
        qunsetenv("CHAIRSIDE_DISCOVERY_TARGETS");
        qputenv("CHAIRSIDE_DISCOVERY_PORT", "70000");
        QVERIFY(StationEnvironment::fromEnvironment().error().message.contains(
            QStringLiteral("CHAIRSIDE_DISCOVERY_PORT")));

        // Off: no beacon, and the station runs on.
        QTemporaryDir dir;
        qputenv("CHAIRSIDE_DISCOVERY_PORT", "0");
        auto station = Station::open(dir.path(), SecretStoreKind::File);
        QVERIFY(station.ok());
        QVERIFY(!(*station)->startBeacon(QHostAddress(QHostAddress::Any), 8000, true));
        qunsetenv("CHAIRSIDE_DISCOVERY_PORT");
        QTemporaryDir otherDir;
        auto other = Station::open(otherDir.path(), SecretStoreKind::File);
        QVERIFY(other.ok());
        auto beacon = (*other)->startBeacon(QHostAddress(QHostAddress::Any), 8000, true);
        QVERIFY(beacon); // the default port, shared with any other station on this computer
        QCOMPARE(beacon->boundPort(), discovery::BeaconConfig::kDefaultPort);
        QVERIFY(beacon->announces());
        QVERIFY(beacon->message().contains("\"scheme\":\"https\"")); // what the API speaks
        // An API on loopback only cannot be reached where a broadcast beacon comes from: it listens, silent;
        // unless beacons go to listed targets (on this computer, say).
        QVERIFY(!(*other)->startBeacon(QHostAddress(QHostAddress::LocalHost), 8000, false)->announces());
        qputenv("CHAIRSIDE_DISCOVERY_TARGETS", "127.0.0.1");
        QTemporaryDir targetedDir;
        auto targeted = Station::open(targetedDir.path(), SecretStoreKind::File);
        qunsetenv("CHAIRSIDE_DISCOVERY_TARGETS");
        QVERIFY(targeted.ok());
        auto targetedBeacon = (*targeted)->startBeacon(QHostAddress(QHostAddress::LocalHost), 8000, false);
        QVERIFY(targetedBeacon->announces());
        QVERIFY(targetedBeacon->message().contains("\"scheme\":\"http\""));
    }

    // HTTPS on every address but loopback, unless plain HTTP is asked for by flag or environment.
    void theApiSpeaksHttpsOffLoopbackUnlessToldOtherwise()
    {
        QTemporaryDir dir;
        auto station = Station::open(dir.path(), SecretStoreKind::Ephemeral);
        QVERIFY(station.ok());
        const QHostAddress lan(QStringLiteral("192.168.1.20"));
        QVERIFY((*station)->servesTls(lan, false));
        QVERIFY((*station)->servesTls(QHostAddress(QHostAddress::Any), false));
        QVERIFY(!(*station)->servesTls(lan, true));
        QVERIFY(!(*station)->servesTls(QHostAddress(QHostAddress::LocalHost), false));
        QVERIFY(!(*station)->servesTls(QHostAddress(QHostAddress::LocalHostIPv6), false));
        qputenv("CHAIRSIDE_PLAIN_HTTP", "1");
        QTemporaryDir plainDir;
        auto plain = Station::open(plainDir.path(), SecretStoreKind::Ephemeral);
        QVERIFY(plain.ok());
        QVERIFY(!(*plain)->servesTls(lan, false));
        qputenv("CHAIRSIDE_PLAIN_HTTP", "yes");
        QVERIFY(StationEnvironment::fromEnvironment().error().message.contains(
            QStringLiteral("CHAIRSIDE_PLAIN_HTTP")));
        qunsetenv("CHAIRSIDE_PLAIN_HTTP");
        // A station that never served HTTPS made no certificate.
        QVERIFY(!QFile::exists(api::StationCertificate::certificatePath(dir.path())));
    }

    // The API's limits: the defaults of ServerLimits, each replaced by its variable, nonsense refused.
    void serverLimitsComeFromTheEnvironment()
    {
        const api::ServerLimits defaults;
        auto unchanged = StationEnvironment::fromEnvironment();
        QVERIFY(unchanged);
        QCOMPARE(unchanged->serverLimits.maxBodyBytes, defaults.maxBodyBytes);
        QCOMPARE(unchanged->serverLimits.maxConnectionsPerClient, defaults.maxConnectionsPerClient);
        QCOMPARE(unchanged->serverLimits.headerTimeoutMs, defaults.headerTimeoutMs);

        const std::pair<const char*, const char*> settings[] = {
            {"CHAIRSIDE_MAX_BODY_MB", "8"},      {"CHAIRSIDE_MAX_UPLOAD_MB", "200"},
            {"CHAIRSIDE_MAX_CONNECTIONS", "64"}, {"CHAIRSIDE_MAX_CONNECTIONS_PER_CLIENT", "4"},
            {"CHAIRSIDE_IDLE_TIMEOUT_S", "90"},  {"CHAIRSIDE_REQUEST_TIMEOUT_S", "20"}};
        for (const auto& [name, value] : settings)
            qputenv(name, value);
        auto env = StationEnvironment::fromEnvironment();
        QVERIFY(env);
        const api::ServerLimits& limits = env->serverLimits;
        QCOMPARE(limits.maxBodyBytes, 8 * 1024 * 1024);
        QCOMPARE(limits.maxUploadBytes, qint64(200) * 1024 * 1024);
        QCOMPARE(limits.maxConnections, 64);
        QCOMPARE(limits.maxConnectionsPerClient, 4);
        QCOMPARE(limits.idleTimeoutMs, 90'000);
        QCOMPARE(limits.headerTimeoutMs, 20'000);
        QCOMPARE(limits.bodyTimeoutMs, 20'000);
        for (const auto& [name, value] : settings) {
            for (const char* bad : {"0", "lots", "100001"}) {
                qputenv(name, bad);
                auto refused = StationEnvironment::fromEnvironment();
                QVERIFY2(!refused && refused.error().message.contains(QLatin1String(name)), name);
            }
            qunsetenv(name);
        }
    }
};

QTEST_GUILESS_MAIN(TestStationWiring)
#include "tst_station.moc"

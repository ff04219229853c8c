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
    }
};

QTEST_GUILESS_MAIN(TestStationWiring)
#include "tst_station.moc"

#include "Station.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace chairside;
using namespace chairside::app;

// The station's wiring of secrets into services: the Gemini key an admin stored in the secret store turns
// AI readings on, and GEMINI_API_KEY, when set, wins over it.
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
};

QTEST_GUILESS_MAIN(TestStationWiring)
#include "tst_station.moc"

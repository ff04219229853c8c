#include "KeychainSecretStore.h"
#include "Station.h"
#include "Uuid.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs against a real Secret Service: CTest starts it under dbus-run-session with an unlocked gnome-keyring
// (see tests/CMakeLists.txt), the way a desktop session provides one.
class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void storesAndReadsSecretsPerStation()
    {
        const QString station = chairside::Uuid::v7();
        chairside::app::KeychainSecretStore store(station);
        const QByteArray secret("\x00\x01 binary \xff secret", 19);
        QVERIFY2(store.write(QStringLiteral("token-signing-key"), secret), qPrintable(store.errorString()));
        QCOMPARE(store.read(QStringLiteral("token-signing-key")).value_or(QByteArray()), secret);

        chairside::app::KeychainSecretStore otherStation(chairside::Uuid::v7());
        QVERIFY(!otherStation.read(QStringLiteral("token-signing-key")).has_value());

        // The signing key is created once and then read back unchanged.
        QString error;
        const auto first = chairside::loadOrCreateSigningKey(otherStation, &error);
        QVERIFY2(first.has_value(), qPrintable(error));
        QCOMPARE(chairside::loadOrCreateSigningKey(otherStation, &error), first);

        // Removing forgets it; removing what is not there is not a failure.
        QVERIFY2(store.remove(QStringLiteral("token-signing-key")), qPrintable(store.errorString()));
        QVERIFY(!store.read(QStringLiteral("token-signing-key")).has_value());
        QVERIFY2(store.remove(QStringLiteral("token-signing-key")), qPrintable(store.errorString()));
    }

    // `chairside secret set` on a desktop with a keychain stores there, for this station, where the desktop
    // window reads it; nothing lands in a file.
    void theCommandLineStoresInTheKeychainTheDesktopReads()
    {
        QTemporaryDir dir;
        QProcess cli;
        cli.start(qEnvironmentVariable("CHAIRSIDE_BINARY"),
                  {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("secret"), QStringLiteral("set"),
                   QStringLiteral("smtp_password")});
        cli.write("keychain-mail-pass\n");
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY(cli.readAllStandardOutput().contains("keychain"));
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("secrets.json"))));

        auto station = chairside::app::Station::open(dir.path(), chairside::app::SecretStoreKind::Keychain);
        QVERIFY(station.ok());
        QCOMPARE((*station)->secretStoreDescription(), QStringLiteral("the desktop keychain"));
        QCOMPARE((*station)->secrets().read(chairside::smtpPasswordSecret()),
                 std::optional<QByteArray>(QByteArray("keychain-mail-pass")));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

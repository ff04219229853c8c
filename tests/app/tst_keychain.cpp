#include "KeychainSecretStore.h"
#include "Uuid.h"

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
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

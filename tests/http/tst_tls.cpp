#include "CertificateFingerprint.h"
#include "HttpClient.h"
#include "PeerHttp.h"
#include "ServedStation.h"
#include "StationCertificate.h"
#include "SyncEngine.h"
#include "TestStation.h"

#include <QDirIterator>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslKey>
#include <QTest>

using namespace chairside;
using namespace chairside::test;
using namespace chairside::replication;

namespace {

// Whether any file under `dir` holds `needle`.
bool anyFileHolds(const QString& dir, const QByteArray& needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

// The base64 body of a PEM block: what would show up in a file holding the key in any PEM-ish form.
QByteArray pemBody(const QByteArray& pem)
{
    QByteArrayList lines = pem.trimmed().split('\n');
    lines.removeFirst();
    lines.removeLast();
    return lines.join().left(40);
}

} // namespace

// The LAN API over TLS (issue 7): the station's own certificate, clients and peers pinning it.
class TestTls : public QObject
{
    Q_OBJECT
private slots:
    void fingerprintsAreReadAsTyped()
    {
        const QString canonical = certificateFingerprint("certificate bytes");
        QCOMPARE(canonical.size(), 95);
        QCOMPARE(canonical.count(QLatin1Char(':')), 31);
        QCOMPARE(parseCertificateFingerprint(canonical), std::optional<QString>(canonical));
        QString typed = canonical.toLower();
        typed.remove(QLatin1Char(':'));
        QCOMPARE(parseCertificateFingerprint(typed), std::optional<QString>(canonical));
        QCOMPARE(parseCertificateFingerprint(canonical.left(10)), std::nullopt);
        QCOMPARE(parseCertificateFingerprint(QString(64, QLatin1Char('g'))), std::nullopt);
    }

    // Made once, with the key only in the secret store, and the same certificate on every later start.
    void theCertificateIsMadeOnceAndKeptWithItsKeyInTheSecretStore()
    {
        TestStation station;
        InMemorySecretStore secrets;
        const QString dataDir = station.dir.path();
        auto first = api::StationCertificate::loadOrCreate(secrets, dataDir, QStringLiteral("Front desk"));
        QVERIFY2(first.ok(), first ? "" : qPrintable(first.error().message));
        QCOMPARE(secrets.read(tlsPrivateKeySecret()), std::optional<QByteArray>(first->privateKeyPem));
        QVERIFY(QFile::exists(api::StationCertificate::certificatePath(dataDir)));

        const QSslCertificate cert(first->certificatePem);
        QVERIFY(!cert.isNull());
        QVERIFY(cert.isSelfSigned());
        QCOMPARE(cert.version(), QByteArray("3"));
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("Front desk")});
        QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc().addYears(9));
        const auto names = cert.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        const QSslKey key(first->privateKeyPem, QSsl::Ec);
        QVERIFY(!key.isNull());
        QCOMPARE(key.length(), 256);
        QCOMPARE(first->fingerprint, certificateFingerprint(cert.toDer()));

        // Nothing in the data folder (the store included) holds the key.
        QVERIFY(!anyFileHolds(dataDir, "PRIVATE KEY"));
        QVERIFY(!anyFileHolds(dataDir, pemBody(first->privateKeyPem)));

        // A restart finds the same certificate and key.
        station.reopen();
        auto again = api::StationCertificate::loadOrCreate(secrets, dataDir, QStringLiteral("Renamed"));
        QVERIFY(again.ok());
        QCOMPARE(again->fingerprint, first->fingerprint);
        QCOMPARE(again->privateKeyPem, first->privateKeyPem);

        // A key lost from the secret store cannot be recovered from the folder: a new pair is made.
        InMemorySecretStore emptied;
        auto replaced = api::StationCertificate::loadOrCreate(emptied, dataDir, QStringLiteral("Front desk"));
        QVERIFY(replaced.ok());
        QVERIFY(replaced->fingerprint != first->fingerprint);
    }

    // A client that pinned the station's fingerprint gets its answers; plain HTTP and another pin get none.
    void theApiAnswersOnlyOverTlsToAClientPinningItsCertificate()
    {
        ServedStation front(QStringLiteral("front"), true);
        QVERIFY(front.url.startsWith(QLatin1String("https://127.0.0.1:")));

        const HttpReply peers = front.http().get(QStringLiteral("/api/sync/peers/"), front.adminToken);
        QCOMPARE(peers.status, 200);
        QCOMPARE(peers.certificateFingerprint, front.fingerprint());
        // Addresses in answers name https too.
        const HttpReply metadata = front.http().get(QStringLiteral("/fhir/metadata"), {});
        QCOMPARE(metadata.object()
                     .value(QStringLiteral("implementation"))
                     .toObject()
                     .value(QStringLiteral("url"))
                     .toString(),
                 front.url + QStringLiteral("/fhir"));
        QCOMPARE(peers.object().value(QStringLiteral("certificate_fingerprint")).toString(),
                 front.fingerprint());
        // The limits are checked on the decrypted request.
        const HttpReply huge =
            front.http().request("GET", QStringLiteral("/api/sync/peers/"), {}, front.adminToken,
                                 {{"X-Padding", QByteArray(20000, 'x')}});
        QCOMPARE(huge.status, 431);

        // Plain HTTP to the TLS port: no HTTP answer at all.
        const quint16 port = QUrl(front.url).port();
        HttpClient plain(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QCOMPARE(plain.get(QStringLiteral("/api/sync/peers/"), front.adminToken).status, 0);
        QVERIFY(!rawExchange(port, "GET /api/sync/peers/ HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/"));
        // Nor is the station served plain beside it: the same port still answers over TLS.
        QCOMPARE(front.http().get(QStringLiteral("/api/sync/peers/"), front.adminToken).status, 200);

        // A client pinning another certificate refuses the connection before sending anything.
        auto other =
            api::StationCertificate::generate(QStringLiteral("other"), {QStringLiteral("127.0.0.1")});
        QVERIFY(other.ok());
        const HttpReply wrongPin = HttpClient(front.url, other->fingerprint)
                                       .get(QStringLiteral("/api/sync/peers/"), front.adminToken);
        QCOMPARE(wrongPin.status, 0);
        PeerHttp http;
        const PeerReply refused =
            http.get(PeerEndpoint(front.url, other->fingerprint), QStringLiteral("/api/sync/digest/"), {});
        QCOMPARE(refused.status, 0);
        QVERIFY2(refused.error.contains(QStringLiteral("not the one pinned")), qPrintable(refused.error));
        // An https address with no pin at all is not called either.
        QVERIFY(http.get(front.url, QStringLiteral("/api/sync/digest/"), {})
                    .error.contains(QStringLiteral("No certificate is pinned")));
    }

    // Two stations pair over HTTPS (each learns the other's fingerprint) and sync a change.
    void stationsPairOverTlsAndSync()
    {
        ServedStation front(QStringLiteral("front"), true);
        ServedStation chair(QStringLiteral("chair"), true);

        // A fingerprint typed for the other station must be the one it shows: nothing is paired otherwise.
        auto impostor = api::StationCertificate::generate(QStringLiteral("x"), {QStringLiteral("127.0.0.1")});
        const HttpReply mismatch =
            chair.http().post(QStringLiteral("/api/sync/peers/"),
                              QJsonObject{{QStringLiteral("url"), front.url},
                                          {QStringLiteral("code"), front.openCode()},
                                          {QStringLiteral("fingerprint"), impostor->fingerprint}},
                              chair.adminToken);
        QVERIFY2(mismatch.status >= 400, mismatch.body.constData());
        QVERIFY(mismatch.body.contains("pinned"));
        QVERIFY(chair.station.services->sync.drivenPeers().isEmpty());
        const HttpReply malformed =
            chair.http().post(QStringLiteral("/api/sync/peers/"),
                              QJsonObject{{QStringLiteral("url"), front.url},
                                          {QStringLiteral("code"), QStringLiteral("12345678")},
                                          {QStringLiteral("fingerprint"), QStringLiteral("AB:CD")}},
                              chair.adminToken);
        QVERIFY2(refusalProblem(malformed, 400, {}, QStringLiteral("fingerprint")).isEmpty(),
                 malformed.body.constData());

        // The admin types the fingerprint the front desk shows (lower case, without colons).
        QString typed = front.fingerprint().toLower();
        typed.remove(QLatin1Char(':'));
        const HttpReply paired = chair.http().post(QStringLiteral("/api/sync/peers/"),
                                                   QJsonObject{{QStringLiteral("url"), front.url},
                                                               {QStringLiteral("code"), front.openCode()},
                                                               {QStringLiteral("fingerprint"), typed}},
                                                   chair.adminToken);
        QCOMPARE(paired.status, 201);
        QCOMPARE(paired.object().value(QStringLiteral("certificate_fingerprint")).toString(),
                 front.fingerprint());
        QCOMPARE(chair.peer(front.siteId()).certificateFingerprint, front.fingerprint());
        // The front desk learnt the chair's certificate from the pairing request.
        const QJsonObject chairAtFront = front.listedPeer(chair.siteId());
        QCOMPARE(chairAtFront.value(QStringLiteral("certificate_fingerprint")).toString(),
                 chair.fingerprint());

        const QString patient = createPatient(front.station, front.admin, QStringLiteral("Ana Over TLS"));
        PeerHttp http;
        const PeerState state =
            SyncEngine::exchange(*chair.station.services, http, chair.peer(front.siteId()));
        QVERIFY2(state.lastError.isEmpty(), qPrintable(state.lastError));
        QVERIFY(chair.station.services->patients.get(chair.admin, patient).ok());
        QCOMPARE(chair.digest(), front.digest());
    }

    // Without a fingerprint typed, the certificate shown at pairing is pinned (trust on first use), and a
    // station showing another one afterwards is refused, there and where it is heard next.
    void aPeerShowingAnotherCertificateAfterPairingIsRefused()
    {
        ServedStation front(QStringLiteral("front"), true);
        ServedStation chair(QStringLiteral("chair"), true);
        chair.pairWith(front);
        const QJsonObject frontAtChair = chair.listedPeer(front.siteId());
        QCOMPARE(frontAtChair.value(QStringLiteral("certificate_fingerprint")).toString(),
                 front.fingerprint());
        PeerHttp http;
        QVERIFY(SyncEngine::exchange(*chair.station.services, http, chair.peer(front.siteId()))
                    .lastError.isEmpty());

        // The same station at a new address with its own certificate is followed there.
        front.restart();
        QVERIFY(SyncEngine::confirmIdentity(*chair.station.services, http, chair.peer(front.siteId()),
                                            front.url));

        // Served with another certificate (reinstalled, or someone in its place), even holding the pairing
        // itself: refused before any token is sent, and the reason is shown with the peer.
        auto other =
            api::StationCertificate::generate(QStringLiteral("Front desk"), {QStringLiteral("127.0.0.1")});
        QVERIFY(other.ok());
        front.restart(*other);
        QVERIFY(!SyncEngine::confirmIdentity(*chair.station.services, http, chair.peer(front.siteId()),
                                             front.url));
        QVERIFY(!chair.station.services->sync.movePeer(front.siteId(), front.url));
        const int before = front.station.changeCount();
        createPatient(chair.station, chair.admin, QStringLiteral("Not delivered"));
        const PeerState state =
            SyncEngine::exchange(*chair.station.services, http, chair.peer(front.siteId()));
        QVERIFY2(state.lastError.contains(QStringLiteral("not the one pinned")), qPrintable(state.lastError));
        QCOMPARE(front.station.changeCount(), before);
        const QJsonObject shown = chair.listedPeer(front.siteId());
        QVERIFY(shown.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("pinned")));

        // A pinned peer is never called at a plain-http address either.
        const PeerReply plain =
            http.get(PeerEndpoint(QStringLiteral("http://127.0.0.1:9"), front.fingerprint()),
                     QStringLiteral("/api/sync/digest/"), {});
        QVERIFY2(plain.error.contains(QStringLiteral("HTTPS")), qPrintable(plain.error));
    }

    // Plain-http stations (on loopback) pair and sync as before, without pins.
    void plainHttpStationsPairWithoutPins()
    {
        ServedStation front(QStringLiteral("front"));
        ServedStation chair(QStringLiteral("chair"));
        QVERIFY(front.url.startsWith(QLatin1String("http://")));
        chair.pairWith(front);
        QVERIFY(chair.peer(front.siteId()).certificateFingerprint.isEmpty());
        const HttpReply typedForPlain =
            chair.http().post(QStringLiteral("/api/sync/peers/"),
                              QJsonObject{{QStringLiteral("url"), front.url},
                                          {QStringLiteral("code"), front.openCode()},
                                          {QStringLiteral("fingerprint"), QString(64, QLatin1Char('a'))}},
                              chair.adminToken);
        QVERIFY2(refusalProblem(typedForPlain, 400, QStringLiteral("https"), QStringLiteral("fingerprint"))
                     .isEmpty(),
                 typedForPlain.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"

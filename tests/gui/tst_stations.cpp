#include "ApiServerHost.h"
#include "PeerHttp.h"
#include "StationsTab.h"
#include "SyncEngine.h"
#include "SyncStatusLabel.h"
#include "TestStation.h"
#include "WidgetLookup.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace chairside;
using namespace chairside::test;
using namespace chairside::replication;
using namespace chairside::ui;

// Admin › Stations and the status bar's sync state, driven through their widgets against two stations
// talking over a loopback socket.
class TestStations : public QObject
{
    Q_OBJECT
private:
private slots:
    void twoAdminsPairTheirStationsAndTheStatusBarFollowsTheSync()
    {
        TestStation front;
        TestStation chair;
        front.config.stationName = QStringLiteral("Front desk");
        front.reopen();
        HttpPeerConnector connector;
        chair.services->sync.setConnector(&connector);
        const Actor frontAdmin = front.addUser(QStringLiteral("a1@x.org"), Role::Admin);
        const Actor chairAdmin = chair.addUser(QStringLiteral("a2@x.org"), Role::Admin);
        api::ApiServerHost host(*front.services, {});
        auto port = host.start(QHostAddress::LocalHost, 0);
        QVERIFY(port);

        StationsTab frontTab(front.services->sync, frontAdmin);
        StationsTab chairTab(chair.services->sync, chairAdmin);
        SyncStatusLabel status(chair.services->sync, chairAdmin);
        QVERIFY(status.text().contains(QStringLiteral("no other stations")));

        child<QPushButton>(&frontTab, QStringLiteral("stationsShowCode"))->click();
        const QString shown = child<QLabel>(&frontTab, QStringLiteral("stationsCode"))->text();
        const QRegularExpressionMatch code =
            QRegularExpression(QStringLiteral("(\\d{4}) (\\d{4})")).match(shown);
        QVERIFY2(code.hasMatch(), qPrintable(shown));

        auto* message = child<QLabel>(&chairTab, QStringLiteral("stationsMessage"));
        QTest::keyClicks(child<QLineEdit>(&chairTab, QStringLiteral("stationsAddress")),
                         QStringLiteral("http://127.0.0.1:%1").arg(*port));
        QTest::keyClicks(child<QLineEdit>(&chairTab, QStringLiteral("stationsTypedCode")),
                         QStringLiteral("12"));
        child<QPushButton>(&chairTab, QStringLiteral("stationsPair"))->click();
        QVERIFY(message->property("problem").toBool());
        QVERIFY(message->text().contains(QStringLiteral("pairing code")));

        auto* typed = child<QLineEdit>(&chairTab, QStringLiteral("stationsTypedCode"));
        typed->clear();
        QTest::keyClicks(typed, code.captured(0));
        QTest::keyClick(typed, Qt::Key_Return);
        QVERIFY2(!message->property("problem").toBool(), qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("Front desk")));
        auto* chairPeers = child<QTableWidget>(&chairTab, QStringLiteral("stationsPeers"));
        QCOMPARE(chairPeers->rowCount(), 1);
        QCOMPARE(chairPeers->item(0, 0)->text(), QStringLiteral("Front desk"));
        frontTab.reload();
        QCOMPARE(child<QTableWidget>(&frontTab, QStringLiteral("stationsPeers"))->rowCount(), 1);
        // A paired station heard on the network is not offered for pairing again.
        chair.services->sync.recordSighting({front.db->siteId(),
                                             QStringLiteral("Front desk"),
                                             QStringLiteral("http://127.0.0.1:%1").arg(*port),
                                             {}});
        chairTab.reload();
        auto* heard = child<QListWidget>(&chairTab, QStringLiteral("stationsDiscovered"));
        QCOMPARE(heard->count(), 1);
        QVERIFY(heard->item(0)->data(Qt::UserRole).toString().isEmpty()); // "none heard"

        // Not synced yet; then a round of the engine's exchange; the front's clock is two hours ahead.
        status.refresh();
        QVERIFY(status.text().contains(QStringLiteral("0 of 1")));
        front.clock.advanceSeconds(2 * 3600);
        PeerHttp http;
        const Peer peer = chair.services->sync.drivenPeers().first();
        QVERIFY(SyncEngine::exchange(*chair.services, http, peer).lastError.isEmpty());
        status.refresh();
        QVERIFY2(status.text().contains(QStringLiteral("1 of 1")), qPrintable(status.text()));
        QVERIFY(status.text().contains(QStringLiteral("clock is 120 min off")));
        QVERIFY(status.property("problem").toBool());
        front.clock.advanceSeconds(-2 * 3600);
        QVERIFY(SyncEngine::exchange(*chair.services, http, peer).lastError.isEmpty());
        status.refresh();
        QVERIFY(!status.property("problem").toBool());

        // The front station goes away: the bar says so and counts the changes waiting for it.
        host.stop();
        chair.services->patients.create(chairAdmin, {{QStringLiteral("name"), QStringLiteral("Ana")}});
        QVERIFY(!SyncEngine::exchange(*chair.services, http, peer).lastError.isEmpty());
        status.refresh();
        QVERIFY2(status.text().contains(QStringLiteral("0 of 1")), qPrintable(status.text()));
        QVERIFY(status.text().contains(QStringLiteral("changes waiting")));
        QVERIFY(status.text().contains(QStringLiteral("Front desk unreachable")));
        chairTab.reload();
        QVERIFY(chairPeers->item(0, 7)->text().contains(QStringLiteral("Could not reach")));

        // Unpairing from the list.
        chairPeers->selectRow(0);
        child<QPushButton>(&chairTab, QStringLiteral("stationsUnpair"))->click();
        QCOMPARE(chairPeers->rowCount(), 0);
        QVERIFY(chair.services->sync.drivenPeers().isEmpty());
    }

    void aStationHeardOnTheNetworkIsPickedForPairing()
    {
        TestStation chair;
        const Actor admin = chair.addUser(QStringLiteral("a@x.org"), Role::Admin);
        StationsTab tab(chair.services->sync, admin);
        auto* heard = child<QListWidget>(&tab, QStringLiteral("stationsDiscovered"));
        auto* message = child<QLabel>(&tab, QStringLiteral("stationsMessage"));
        child<QPushButton>(&tab, QStringLiteral("stationsUseDiscovered"))->click();
        QVERIFY(message->property("problem").toBool()); // nothing heard, nothing chosen

        chair.services->sync.recordSighting({QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057"),
                                             QStringLiteral("Surgery 2"),
                                             QStringLiteral("http://10.1.2.3:8000"),
                                             {}});
        tab.reload();
        QCOMPARE(heard->count(), 1);
        QVERIFY(heard->item(0)->text().contains(QStringLiteral("Surgery 2")));
        heard->setCurrentRow(0);
        child<QPushButton>(&tab, QStringLiteral("stationsUseDiscovered"))->click();
        QCOMPARE(child<QLineEdit>(&tab, QStringLiteral("stationsAddress"))->text(),
                 QStringLiteral("http://10.1.2.3:8000"));

        // Not heard for a while: gone.
        chair.clock.advanceSeconds(SyncService::kSightingSeconds + 1);
        tab.reload();
        QCOMPARE(heard->count(), 1);
        QVERIFY(!heard->item(0)->text().contains(QStringLiteral("Surgery 2")));
    }

    void onlyAnAdminPairs()
    {
        TestStation station;
        const Actor dentist = station.addUser(QStringLiteral("d@x.org"), Role::Dentist);
        StationsTab tab(station.services->sync, dentist);
        child<QPushButton>(&tab, QStringLiteral("stationsShowCode"))->click();
        QVERIFY(child<QLabel>(&tab, QStringLiteral("stationsCode"))->text().isEmpty());
        QVERIFY(child<QLabel>(&tab, QStringLiteral("stationsMessage"))->property("problem").toBool());
    }
};

QTEST_MAIN(TestStations)
#include "tst_stations.moc"

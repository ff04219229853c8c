#include "ApiServerHost.h"
#include "HttpClient.h"
#include "TestStation.h"

#include <QTest>

using namespace chairside;
using namespace chairside::test;

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
};

QTEST_GUILESS_MAIN(TestHttpSync)
#include "tst_http_sync.moc"

#include "ApiServerHost.h"
#include "HttpClient.h"
#include "TestStation.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

// Server-level behaviour shared by every dialect: routing answers, CORS, and the limits of GuardedTcpServer.
class TestHttpServer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    quint16 m_port = 0;

    void startServer(api::ServerLimits limits = {})
    {
        m_http.reset();
        m_host.reset();
        api::ApiServerConfig config;
        config.limits = limits;
        m_host = std::make_unique<api::ApiServerHost>(*m_station->services, config);
        m_port = *m_host->start(QHostAddress::LocalHost, 0);
        m_http = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    }

    static int statusOf(const QByteArray& raw)
    {
        return raw.startsWith("HTTP/1.1 ") ? raw.mid(9, 3).toInt() : 0;
    }

private slots:
    void init()
    {
        m_station = std::make_unique<TestStation>();
        m_station->addUser(QStringLiteral("desk@clinic.org"), Role::Receptionist);
        startServer();
    }

    void cleanup()
    {
        m_http.reset();
        m_host.reset();
        m_station.reset();
    }

    void unknownPathsAndWrongMethods()
    {
        auto missing = m_http->get(QStringLiteral("/api/nothing-here/"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object().value(QStringLiteral("detail")).toString(), QStringLiteral("Not found."));
        QCOMPARE(missing.header("Access-Control-Allow-Origin"), QByteArray("*"));

        auto wrong = m_http->request("PUT", QStringLiteral("/api/patients/"), "{}");
        QCOMPARE(wrong.status, 405);
        QCOMPARE(wrong.header("Allow"), QByteArray("POST, GET, OPTIONS"));
        QVERIFY(wrong.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("PUT")));
    }

    void corsPreflightAndHeadersOnErrors()
    {
        auto preflight = m_http->request("OPTIONS", QStringLiteral("/api/patients/"), {}, {},
                                         {{"Origin", "http://localhost:3000"},
                                          {"Access-Control-Request-Method", "POST"},
                                          {"Access-Control-Request-Headers", "authorization, content-type"}});
        QCOMPARE(preflight.status, 204);
        QVERIFY(preflight.header("Access-Control-Allow-Methods").contains("POST"));
        QCOMPARE(preflight.header("Access-Control-Allow-Headers"), QByteArray("authorization, content-type"));
        QCOMPARE(preflight.header("Access-Control-Allow-Origin"), QByteArray("*"));
        QCOMPARE(m_http->request("OPTIONS", QStringLiteral("/api/unknown/")).status, 404);
        auto unauthorized = m_http->get(QStringLiteral("/api/patients/"), {});
        QCOMPARE(unauthorized.status, 401);
        QCOMPARE(unauthorized.header("Access-Control-Allow-Origin"), QByteArray("*"));
    }

    void formLoginAndMediaTypes()
    {
        auto form = m_http->request("POST", QStringLiteral("/api/auth/login/"),
                                    "email=desk%40clinic.org&password=password123", {},
                                    {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(form.status, 200);
        auto xml = m_http->request("POST", QStringLiteral("/api/auth/login/"), "<login/>", {},
                                   {{"Content-Type", "application/xml"}});
        QCOMPARE(xml.status, 415);
    }

    void bodyLimitIsCheckedBeforeTheBodyArrives()
    {
        api::ServerLimits limits;
        limits.maxBodyBytes = 1000;
        startServer(limits);
        // Only the headers are sent: the refusal must not wait for a body that is never coming.
        const QByteArray reply = rawExchange(
            m_port, "POST /api/auth/login/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    "Content-Length: 5000000\r\n\r\n");
        QCOMPARE(statusOf(reply), 413);
        QVERIFY(reply.contains("\"detail\""));
        // Under the limit, the same route answers normally.
        const QByteArray body = R"({"email":"desk@clinic.org","password":"password123"})";
        const QByteArray ok =
            rawExchange(m_port, "POST /api/auth/login/ HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                "application/json\r\nContent-Length: " +
                                    QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        QCOMPARE(statusOf(ok), 200);
    }

    void oversizedHeadersAndChunkedBodiesAreRefused()
    {
        const QByteArray huge =
            "GET /api/doctors/ HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(20 * 1024, 'a') + "\r\n\r\n";
        QCOMPARE(statusOf(rawExchange(m_port, huge)), 431);
        const QByteArray chunked = "POST /api/auth/login/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                                   "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
        QCOMPARE(statusOf(rawExchange(m_port, chunked)), 411);
        QCOMPARE(statusOf(rawExchange(
                     m_port, "POST /api/auth/login/ HTTP/1.1\r\nHost: x\r\nContent-Length: many\r\n\r\n")),
                 400);
    }

    void keepAliveServesSeveralRequests()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(3000));
        QByteArray received;
        for (int i = 0; i < 2; ++i) {
            socket.write("GET /api/nowhere/ HTTP/1.1\r\nHost: x\r\n\r\n");
            QElapsedTimer timer;
            timer.start();
            while (received.count("HTTP/1.1 404") <= i && timer.elapsed() < 3000) {
                socket.waitForReadyRead(100);
                received += socket.readAll();
            }
        }
        QCOMPARE(received.count("HTTP/1.1 404"), 2);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }

    void connectionCapAndIdleTimeout()
    {
        api::ServerLimits limits;
        limits.maxConnections = 2;
        limits.idleTimeoutMs = 400;
        startServer(limits);
        QTcpSocket a;
        QTcpSocket b;
        for (QTcpSocket* s : {&a, &b}) {
            s->connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(s->waitForConnected(3000));
        }
        QTest::qWait(100); // let the server accept both
        const QByteArray third = rawExchange(m_port, "GET /api/doctors/ HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(statusOf(third), 503);

        // Silent connections are closed after the idle timeout, which frees their places.
        QTRY_COMPARE_WITH_TIMEOUT(a.state(), QAbstractSocket::UnconnectedState, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(b.state(), QAbstractSocket::UnconnectedState, 3000);
        QTest::qWait(100);
        QCOMPARE(statusOf(rawExchange(m_port, "GET /api/doctors/ HTTP/1.1\r\nHost: x\r\n\r\n")), 401);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_http_server.moc"

#include "ApiServerHost.h"
#include "HttpClient.h"
#include "TestStation.h"
#include "auth/LoginThrottle.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <array>

using namespace chairside;
using namespace chairside::test;

namespace {

const QString kPassword = QStringLiteral("password123");
// A password that only survives form decoding if '+', '%' and spaces are
// handled as browsers encode them.
const QString kAwkwardPassword = QStringLiteral("p+ss w%rd&=1");

// One HTTP response read off a raw socket.
struct RawReply
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    bool has(const QByteArray& name) const
    {
        for (const auto& [k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

// Splits what a connection received into responses, using Content-Length to
// find each body's end.
QList<RawReply> parseAll(QByteArray raw)
{
    QList<RawReply> out;
    while (raw.startsWith("HTTP/1.1 ")) {
        const qsizetype end = raw.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        RawReply r;
        const QList<QByteArray> lines = raw.left(end).split('\n');
        r.status = lines.first().mid(9, 3).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
        const qsizetype length = r.header("Content-Length").toLongLong();
        r.body = raw.mid(end + 4, length);
        raw.remove(0, end + 4 + length);
        out.append(r);
    }
    return out;
}

RawReply parse(const QByteArray& raw)
{
    const QList<RawReply> all = parseAll(raw);
    return all.isEmpty() ? RawReply{} : all.first();
}

QByteArray request(const QByteArray& method, const QByteArray& path, const QByteArray& body = {},
                   const QByteArray& extraHeaders = {})
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: x\r\n" + extraHeaders;
    if (!body.isEmpty())
        out +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

// Reads until `count` complete responses arrived or the timeout passed.
QList<RawReply> readResponses(QTcpSocket& socket, int count, int timeoutMs = 3000)
{
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (parseAll(received).size() < count && timer.elapsed() < timeoutMs) {
        socket.waitForReadyRead(50);
        received += socket.readAll();
    }
    return parseAll(received);
}

} // namespace

// Server-level behaviour shared by every dialect: routing answers, CORS, body
// parsing, and the limits that GuardedTcpServer adds to Qt 6.4's HTTP server
// (body and header size, chunked bodies, connection cap, idle timeout,
// keep-alive).
class TestHttpServer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    quint16 m_port = 0;
    QString m_token;        // the receptionist's access token
    QString m_patientToken; // a patient account's

    void startServer(const api::ApiServerConfig& config = {})
    {
        m_http.reset();
        m_host.reset();
        m_host = std::make_unique<api::ApiServerHost>(*m_station->services, config);
        auto port = m_host->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_port = *port;
        m_http = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    }

    void startServer(const api::ServerLimits& limits)
    {
        api::ApiServerConfig config;
        config.limits = limits;
        startServer(config);
    }

    RawReply exchange(const QByteArray& bytes) { return parse(rawExchange(m_port, bytes)); }

    QByteArray loginBody(const QByteArray& padding = {}) const
    {
        return R"({"email":"desk@clinic.org","password":"password123"})" + padding;
    }

private slots:
    void initTestCase()
    {
        m_station = std::make_unique<TestStation>();
        const Actor desk = m_station->addUser(QStringLiteral("desk@clinic.org"), Role::Receptionist);
        const Actor odd =
            m_station->addUser(QStringLiteral("odd@clinic.org"), Role::Patient, kAwkwardPassword);
        auto tokens = m_station->services->accounts.issueTokens(desk.userId);
        auto patientTokens = m_station->services->accounts.issueTokens(odd.userId);
        QVERIFY(tokens.ok() && patientTokens.ok());
        m_token = tokens->access;
        m_patientToken = patientTokens->access;
    }

    void init() { startServer(); }

    void cleanup()
    {
        m_http.reset();
        m_host.reset();
    }

    void cleanupTestCase() { m_station.reset(); }

    // ---- Routing ----

    void unknownPathsAre404Json()
    {
        for (const QString& path :
             {QStringLiteral("/api/nothing-here/"), QStringLiteral("/"), QStringLiteral("/api"),
              QStringLiteral("/api/patients/a/b/c/"), QStringLiteral("/api/mappings/delete/")}) {
            auto r = m_http->get(path, m_token);
            QVERIFY2(r.status == 404, qPrintable(path));
            QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
            QCOMPARE(r.object().value(QStringLiteral("detail")).toString(), QStringLiteral("Not found."));
            QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));
        }
        // Unknown paths are 404 before authentication is even considered.
        QCOMPARE(m_http->request("POST", QStringLiteral("/api/nowhere/"), "{}").status, 404);
    }

    void knownPathWithWrongMethodIs405WithAllow()
    {
        const QString someId = QStringLiteral("0190b7e0-0000-7000-8000-000000000000");
        const QList<std::tuple<QByteArray, QString, QByteArray>> cases{
            {"PUT", QStringLiteral("/api/patients/"), "POST, GET, OPTIONS"},
            {"DELETE", QStringLiteral("/api/doctors"), "POST, GET, OPTIONS"},
            {"PATCH", QStringLiteral("/api/mappings/"), "POST, GET, OPTIONS"},
            {"GET", QStringLiteral("/api/auth/login/"), "POST, OPTIONS"},
            {"GET", QStringLiteral("/api/token/refresh"), "POST, OPTIONS"},
            {"POST", QStringLiteral("/api/patients/%1/").arg(someId), "GET, PUT, PATCH, DELETE, OPTIONS"},
            {"GET", QStringLiteral("/api/mappings/delete/%1/").arg(someId), "DELETE, OPTIONS"},
        };
        for (const auto& [method, path, allow] : cases) {
            auto r = m_http->request(method, path, method == "GET" ? QByteArray() : QByteArray("{}"));
            const QString what = QString::fromLatin1(method) + QLatin1Char(' ') + path;
            QVERIFY2(r.status == 405, qPrintable(what + QStringLiteral(" -> %1").arg(r.status)));
            QCOMPARE(r.header("Allow"), allow);
            QCOMPARE(r.object().value(QStringLiteral("detail")).toString(),
                     QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(method)));
            QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));
        }
    }

    // ---- CORS (decision 10) ----

    void corsPreflightIsAnsweredWithoutCredentials()
    {
        auto preflight = m_http->request("OPTIONS", QStringLiteral("/api/patients/"), {}, {},
                                         {{"Origin", "http://localhost:3000"},
                                          {"Access-Control-Request-Method", "POST"},
                                          {"Access-Control-Request-Headers", "authorization, content-type"}});
        QCOMPARE(preflight.status, 204);
        QVERIFY(preflight.body.isEmpty());
        const QByteArray methods = preflight.header("Access-Control-Allow-Methods");
        QVERIFY2(methods.contains("POST") && methods.contains("GET") && methods.contains("OPTIONS"), methods);
        QCOMPARE(preflight.header("Access-Control-Allow-Headers"), QByteArray("authorization, content-type"));
        QCOMPARE(preflight.header("Access-Control-Allow-Origin"), QByteArray("*"));
        QCOMPARE(preflight.header("Allow"), methods);
        QVERIFY(!preflight.header("Access-Control-Max-Age").isEmpty());

        // An item path offers the item's methods; without a requested list,
        // Authorization is still allowed.
        auto item = m_http->request(
            "OPTIONS", QStringLiteral("/api/patients/0190b7e0-0000-7000-8000-000000000000"), {}, {},
            {{"Origin", "http://localhost:3000"}, {"Access-Control-Request-Method", "DELETE"}});
        QCOMPARE(item.status, 204);
        for (const char* m : {"GET", "PUT", "PATCH", "DELETE"})
            QVERIFY2(item.header("Access-Control-Allow-Methods").contains(m), m);
        QVERIFY(item.header("Access-Control-Allow-Headers").toLower().contains("authorization"));

        auto unknown = m_http->request("OPTIONS", QStringLiteral("/api/unknown/"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.header("Access-Control-Allow-Origin"), QByteArray("*"));
    }

    void corsHeaderIsOnEveryResponse()
    {
        const QList<std::pair<QByteArray, QByteArray>> origin{{"Origin", "http://localhost:3000"}};
        const QList<std::tuple<int, QByteArray, QString, QByteArray, QString>> cases{
            {200, "POST", QStringLiteral("/api/auth/login/"), loginBody(), {}},
            {200, "GET", QStringLiteral("/api/doctors/"), {}, m_token},
            {400, "POST", QStringLiteral("/api/patients/"), "{oops", m_token},
            {400, "POST", QStringLiteral("/api/patients/"), "{}", m_token},
            {401, "GET", QStringLiteral("/api/patients/"), {}, {}},
            {401, "GET", QStringLiteral("/api/patients/"), {}, QStringLiteral("garbage.jwt.token")},
            {403, "POST", QStringLiteral("/api/doctors/"), R"({"name":"Dr X"})", m_patientToken},
            {404, "GET", QStringLiteral("/api/patients/nope/"), {}, m_token},
            {405, "DELETE", QStringLiteral("/api/patients/"), {}, {}},
        };
        for (const auto& [status, method, path, body, token] : cases) {
            auto r = m_http->request(method, path, body, token, origin);
            const QString what = QString::fromLatin1(method) + QLatin1Char(' ') + path;
            QVERIFY2(r.status == status, qPrintable(what + QStringLiteral(" -> %1").arg(r.status)));
            QVERIFY2(r.header("Access-Control-Allow-Origin") == "*", qPrintable(what));
        }
    }

    void allowedOriginsAreASetting()
    {
        api::ApiServerConfig config;
        config.allowedOrigins = {QStringLiteral("https://app.example")};
        startServer(config);
        auto allowed = m_http->request("GET", QStringLiteral("/api/doctors/"), {}, m_token,
                                       {{"Origin", "https://app.example"}});
        QCOMPARE(allowed.status, 200);
        QCOMPARE(allowed.header("Access-Control-Allow-Origin"), QByteArray("https://app.example"));
        QVERIFY(allowed.header("Vary").contains("Origin"));
        auto other = m_http->request("GET", QStringLiteral("/api/doctors/"), {}, m_token,
                                     {{"Origin", "https://evil.example"}});
        QCOMPARE(other.status, 200);
        QVERIFY(other.header("Access-Control-Allow-Origin").isEmpty());
        QVERIFY(other.header("Vary").contains("Origin"));
        auto preflight =
            m_http->request("OPTIONS", QStringLiteral("/api/doctors/"), {}, {},
                            {{"Origin", "https://app.example"}, {"Access-Control-Request-Method", "GET"}});
        QCOMPARE(preflight.status, 204);
        QCOMPARE(preflight.header("Access-Control-Allow-Origin"), QByteArray("https://app.example"));
    }

    // ---- Bodies ----

    void mediaTypes()
    {
        const QString path = QStringLiteral("/api/auth/login/");
        // A browser form, with '+' for spaces and percent escapes.
        auto form = m_http->request("POST", path,
                                    "email=odd%40clinic.org&password=" +
                                        QUrl::toPercentEncoding(kAwkwardPassword).replace("%20", "+"),
                                    {}, {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(form.status, 200);
        QCOMPARE(m_http
                     ->get(QStringLiteral("/api/patients/"),
                           form.object().value(QStringLiteral("access")).toString())
                     .status,
                 200);
        // `curl -d '{...}'` labels JSON as a form; it is read as the JSON it is.
        QCOMPARE(m_http
                     ->request("POST", path, loginBody(), {},
                               {{"Content-Type", "application/x-www-form-urlencoded"}})
                     .status,
                 200);
        for (const QByteArray& json :
             {QByteArray("application/json; charset=utf-8"), QByteArray("application/vnd.api+json")})
            QVERIFY2(m_http->request("POST", path, loginBody(), {}, {{"Content-Type", json}}).status == 200,
                     json);
        // No Content-Type at all: JSON is assumed.
        QCOMPARE(exchange(request("POST", path.toLatin1(), {},
                                  "Content-Length: " + QByteArray::number(loginBody().size()) +
                                      "\r\nConnection: close\r\n") +
                          loginBody())
                     .status,
                 200);

        for (const QByteArray& type :
             {QByteArray("application/xml"), QByteArray("text/plain"), QByteArray("multipart/x-unknown")}) {
            auto r = m_http->request("POST", path, loginBody(), {}, {{"Content-Type", type}});
            QVERIFY2(r.status == 415, type);
            QVERIFY2(
                r.object().value(QStringLiteral("detail")).toString().contains(QString::fromLatin1(type)),
                r.body.constData());
        }
    }

    // ---- GuardedTcpServer limits ----

    void bodyLimitIsCheckedBeforeTheBodyArrives()
    {
        api::ServerLimits limits;
        limits.maxBodyBytes = 1000;
        startServer(limits);
        // Only the headers are sent: the refusal must not wait for a body that is
        // never coming.
        QElapsedTimer timer;
        timer.start();
        const RawReply big = exchange("POST /api/auth/login/ HTTP/1.1\r\nHost: "
                                      "x\r\nContent-Type: application/json\r\n"
                                      "Content-Length: 5000000\r\n\r\n");
        QCOMPARE(big.status, 413);
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(big.object().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("Request body is too large."));
        QCOMPARE(big.header("Connection"), QByteArray("close"));
        QCOMPARE(big.header("Access-Control-Allow-Origin"), QByteArray("*"));

        // Exactly at the limit is fine; one byte over is not.
        const QByteArray atLimit = loginBody(QByteArray(1000 - loginBody().size(), ' '));
        QCOMPARE(atLimit.size(), 1000);
        QCOMPARE(exchange(request("POST", "/api/auth/login/", atLimit, "Connection: close\r\n")).status, 200);
        QCOMPARE(exchange(request("POST", "/api/auth/login/", atLimit + ' ', "Connection: close\r\n")).status,
                 413);

        // A real client sending the whole oversized body gets the JSON refusal too,
        // not a reset.
        auto viaClient =
            m_http->request("POST", QStringLiteral("/api/auth/login/"), loginBody(QByteArray(50'000, ' ')));
        QCOMPARE(viaClient.status, 413);
        QCOMPARE(viaClient.object().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("Request body is too large."));
        // And the server carries on.
        QCOMPARE(m_http->request("POST", QStringLiteral("/api/auth/login/"), loginBody()).status, 200);
    }

    void oversizedHeadersAre431()
    {
        const RawReply huge = exchange(
            "GET /api/doctors/ HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(20 * 1024, 'a') + "\r\n\r\n");
        QCOMPARE(huge.status, 431);
        QVERIFY(huge.object().contains(QStringLiteral("detail")));
        QCOMPARE(huge.header("Access-Control-Allow-Origin"), QByteArray("*"));
        // Large but within the limit is served.
        QCOMPARE(exchange("GET /api/doctors/ HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(8 * 1024, 'a') +
                          "\r\nConnection: close\r\n\r\n")
                     .status,
                 401);

        // Headers that never end are cut off once they pass the limit, even when
        // they arrive in pieces.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(3000));
        socket.write("GET /api/doctors/ HTTP/1.1\r\nHost: x\r\n");
        QByteArray received;
        for (int i = 0; i < 40 && !received.contains("\r\n\r\n"); ++i) {
            socket.write("X-Piece-" + QByteArray::number(i) + ": " + QByteArray(1000, 'b') + "\r\n");
            socket.flush();
            socket.waitForReadyRead(30);
            received += socket.readAll();
        }
        QElapsedTimer timer;
        timer.start();
        while (parseAll(received).isEmpty() && timer.elapsed() < 3000) {
            socket.waitForReadyRead(50);
            received += socket.readAll();
        }
        QCOMPARE(parse(received).status, 431);
    }

    void chunkedAndMalformedLengthsAreRefused()
    {
        const RawReply chunked = exchange("POST /api/auth/login/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                                          "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        QCOMPARE(chunked.status, 411);
        QVERIFY(chunked.object().contains(QStringLiteral("detail")));
        QCOMPARE(chunked.header("Access-Control-Allow-Origin"), QByteArray("*"));
        for (const QByteArray& length : {QByteArray("many"), QByteArray("-5")}) {
            const RawReply r = exchange(
                "POST /api/auth/login/ HTTP/1.1\r\nHost: x\r\nContent-Length: " + length + "\r\n\r\n");
            QVERIFY2(r.status == 400, length);
            QVERIFY(r.object().contains(QStringLiteral("detail")));
        }
    }

    void connectionCap()
    {
        api::ServerLimits limits;
        limits.maxConnections = 2;
        startServer(limits);
        QTcpSocket a;
        QTcpSocket b;
        for (QTcpSocket* s : {&a, &b}) {
            s->connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(s->waitForConnected(3000));
        }
        QTest::qWait(100); // let the server accept both
        const RawReply third = exchange("GET /api/doctors/ HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(third.status, 503);
        QVERIFY(third.object().contains(QStringLiteral("detail")));
        QCOMPARE(third.header("Access-Control-Allow-Origin"), QByteArray("*"));
        // The two admitted connections are served normally.
        a.write("GET /api/doctors/ HTTP/1.1\r\nHost: x\r\n\r\n");
        const QList<RawReply> onA = readResponses(a, 1);
        QCOMPARE(onA.size(), 1);
        QCOMPARE(onA.first().status, 401);

        // Closing one frees its place. The server learns of the close
        // asynchronously, so the next connection may still be refused for a moment;
        // each try is evaluated once (QTRY_COMPARE would open extra connections,
        // each of which holds a place until the server notices it closed).
        b.disconnectFromHost();
        int status = 0;
        QElapsedTimer timer;
        timer.start();
        while (status != 401 && timer.elapsed() < 5000) {
            status = exchange("GET /api/doctors/ HTTP/1.1\r\nHost: x\r\nConnection: "
                              "close\r\n\r\n")
                         .status;
            if (status == 503)
                QTest::qWait(50);
        }
        QCOMPARE(status, 401);
    }

    void idleConnectionsAreClosed()
    {
        api::ServerLimits limits;
        limits.idleTimeoutMs = 500;
        startServer(limits);

        // Timed from before the connection exists, so the server's timer cannot
        // have started earlier.
        QTcpSocket silent;
        QElapsedTimer timer;
        timer.start();
        silent.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(silent.waitForConnected(3000));
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 5000);
        // QTimer may fire up to 5% early.
        QVERIFY2(timer.elapsed() >= 450, qPrintable(QString::number(timer.elapsed())));

        // A connection in use is not idle: requests 150 ms apart keep it open well
        // past the timeout.
        QTcpSocket busy;
        busy.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(busy.waitForConnected(3000));
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(150);
            QCOMPARE(busy.state(), QAbstractSocket::ConnectedState);
            busy.write("GET /api/nowhere/ HTTP/1.1\r\nHost: x\r\n\r\n");
            const QList<RawReply> replies = readResponses(busy, 1);
            QCOMPARE(replies.size(), 1);
            QCOMPARE(replies.first().status, 404);
        }
    }

    void connectionCapPerClient()
    {
        api::ServerLimits limits;
        limits.maxConnections = 4;
        limits.maxConnectionsPerClient = 2;
        startServer(limits);
        auto from = [](int last) { return QHostAddress(QStringLiteral("127.0.0.%1").arg(last)); };
        const QByteArray list = "GET /api/doctors/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        std::array<QTcpSocket, 4> held;
        auto hold = [&](QTcpSocket& socket, int last) {
            QVERIFY(socket.bind(from(last)));
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(socket.waitForConnected(3000));
            QTest::qWait(100); // let the server accept it
        };
        hold(held[0], 1);
        hold(held[1], 1);
        hold(held[2], 2);

        // The first address holds its two places: a third from it is refused, with a reason and a wait,
        // while another address is served.
        const RawReply third = parse(rawExchange(m_port, list, 3000, from(1)));
        QCOMPARE(third.status, 429);
        QVERIFY(
            third.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("address")));
        QVERIFY(third.header("Retry-After").toInt() > 0);
        QCOMPARE(third.header("Access-Control-Allow-Origin"), QByteArray("*"));
        held[2].write("GET /api/doctors/ HTTP/1.1\r\nHost: x\r\n\r\n");
        const QList<RawReply> onSecond = readResponses(held[2], 1);
        QCOMPARE(onSecond.size(), 1);
        QCOMPARE(onSecond.first().status, 401);

        // Once the station is full, everyone is refused: 503, also with a wait.
        hold(held[3], 3);
        const RawReply full = parse(rawExchange(m_port, list, 3000, from(4)));
        QCOMPARE(full.status, 503);
        QVERIFY(full.object().contains(QStringLiteral("detail")));
        QVERIFY(full.header("Retry-After").toInt() > 0);

        // A place freed by the first address goes to whoever comes next. The server learns of the close
        // asynchronously, so each try is evaluated once (see connectionCap).
        held[0].disconnectFromHost();
        int status = 0;
        QElapsedTimer timer;
        timer.start();
        while (status != 401 && timer.elapsed() < 5000) {
            status = parse(rawExchange(m_port, list, 3000, from(4))).status;
            if (status != 401)
                QTest::qWait(50);
        }
        QCOMPARE(status, 401);
    }

    // Slowloris: headers trickled a byte at a time keep the connection from ever looking idle, but the
    // request as a whole has a deadline.
    void headersThatTrickleInAre408()
    {
        api::ServerLimits limits;
        limits.headerTimeoutMs = 400;
        startServer(limits);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(3000));
        QElapsedTimer timer;
        timer.start();
        socket.write("GET /api/doctors/ HTTP/1.1\r\nHost: x\r\n");
        QByteArray received;
        for (int i = 0; i < 40 && !received.contains("\r\n\r\n"); ++i) {
            socket.write("X");
            socket.flush();
            socket.waitForReadyRead(100);
            received += socket.readAll();
        }
        const RawReply r = parse(received);
        QCOMPARE(r.status, 408);
        QVERIFY(r.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("in time")));
        QCOMPARE(r.header("Connection"), QByteArray("close"));
        QVERIFY2(timer.elapsed() >= 350 && timer.elapsed() < 3000,
                 qPrintable(QString::number(timer.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 6000);

        // A request sent at once is not affected, on the same server.
        QCOMPARE(exchange(request("GET", "/api/nowhere/", {}, "Connection: close\r\n")).status, 404);
    }

    void bodiesThatTrickleInAre408()
    {
        api::ServerLimits limits;
        limits.bodyTimeoutMs = 300;
        limits.minBodyBytesPerSecond = 1000; // so a 1,000-byte body has 1.3 s
        startServer(limits);
        const QByteArray body = loginBody(QByteArray(1000 - loginBody().size(), ' '));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(3000));
        QElapsedTimer timer;
        timer.start();
        socket.write("POST /api/auth/login/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: 1000\r\n\r\n");
        QByteArray received;
        for (int i = 0; i < body.size() && !received.contains("\r\n\r\n") && timer.elapsed() < 5000;
             i += 10) {
            socket.write(body.mid(i, 10)); // 100 bytes a second
            socket.flush();
            socket.waitForReadyRead(100);
            received += socket.readAll();
        }
        const RawReply r = parse(received);
        QCOMPARE(r.status, 408);
        QVERIFY(r.object().contains(QStringLiteral("detail")));
        QVERIFY2(timer.elapsed() >= 1200 && timer.elapsed() < 4000,
                 qPrintable(QString::number(timer.elapsed())));

        // The same body sent at a reasonable pace is served.
        QTcpSocket paced;
        paced.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(paced.waitForConnected(3000));
        paced.write("POST /api/auth/login/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    "Content-Length: 1000\r\n\r\n");
        for (int i = 0; i < body.size(); i += 250) {
            QTest::qWait(50);
            paced.write(body.mid(i, 250));
            paced.flush();
        }
        const QList<RawReply> served = readResponses(paced, 1);
        QCOMPARE(served.size(), 1);
        QCOMPARE(served.first().status, 200);
    }

    // ---- Expect: 100-continue ----

    void expectContinueIsAnsweredBeforeTheBodyIsSent()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(3000));
        const QByteArray body = loginBody();
        QElapsedTimer timer;
        timer.start();
        socket.write("POST /api/auth/login/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Expect: 100-continue\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n");
        // As curl does: wait for the invitation (curl gives up after a second and sends anyway).
        QByteArray interim;
        while (!interim.contains("\r\n\r\n") && timer.elapsed() < 1000) {
            socket.waitForReadyRead(50);
            interim += socket.readAll();
        }
        QCOMPARE(interim, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        QVERIFY2(timer.elapsed() < 900, qPrintable(QString::number(timer.elapsed())));
        socket.write(body);
        const QList<RawReply> replies = readResponses(socket, 1);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().status, 200);
        QVERIFY(replies.first().object().contains(QStringLiteral("access")));

        // A client that sends the body along without waiting (curl after its second) gets the final answer,
        // with no interim one, on the same connection.
        socket.write(request("POST", "/api/auth/login/", body, "Expect: 100-continue\r\n"));
        const QList<RawReply> direct = readResponses(socket, 1);
        QCOMPARE(direct.size(), 1);
        QCOMPARE(direct.first().status, 200);
        QTest::qWait(100);
        QCOMPARE(socket.bytesAvailable(), 0);
    }

    void expectContinueForATooLargeBodyIs413AtOnce()
    {
        api::ServerLimits limits;
        limits.maxBodyBytes = 1000;
        startServer(limits);
        QElapsedTimer timer;
        timer.start();
        const QByteArray received = rawExchange(
            m_port, "POST /api/auth/login/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    "Expect: 100-continue\r\nContent-Length: 5000\r\n\r\n");
        QVERIFY2(!received.contains(" 100 "), received.constData()); // never invited to send it
        const RawReply r = parse(received);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.object().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("Request body is too large."));
        QVERIFY(timer.elapsed() < 2000);
    }

    void otherExpectationsAre417()
    {
        const RawReply r =
            exchange("POST /api/auth/login/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Expect: 200-ok\r\nContent-Length: 10\r\n\r\n");
        QCOMPARE(r.status, 417);
        QVERIFY(
            r.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("100-continue")));
        QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));
        // The expectation is case-insensitive, and without a body there is nothing to invite.
        const QByteArray none = rawExchange(
            m_port,
            "GET /api/nowhere/ HTTP/1.1\r\nHost: x\r\nExpect: 100-Continue\r\nConnection: close\r\n\r\n");
        QVERIFY(none.startsWith("HTTP/1.1 404"));
    }

    // ---- Login throttling, on every dialect's login route ----

    // Each dialect's login route with `password` for the account `email` (username `username`), sent from
    // `from`: seed 000's Basic login, 001/002's JSON login, 003's accounts login and 004's token route.
    QList<std::pair<QByteArray, RawReply>> loginEverywhere(const QString& email, const QString& username,
                                                           const QString& password, const QHostAddress& from)
    {
        const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                                          {QStringLiteral("password"), password}})
                                    .toJson(QJsonDocument::Compact);
        const QByteArray byName = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                            {QStringLiteral("password"), password}})
                                      .toJson(QJsonDocument::Compact);
        const QByteArray basic = "Authorization: Basic " +
                                 (email + QLatin1Char(':') + password).toUtf8().toBase64() +
                                 "\r\nConnection: close\r\n";
        const std::pair<QByteArray, QByteArray> attempts[] = {
            {"/auth/login/", request("POST", "/auth/login/", {}, basic)},
            {"/api/auth/login/", request("POST", "/api/auth/login/", json, "Connection: close\r\n")},
            {"/api/accounts/login/", request("POST", "/api/accounts/login/", json, "Connection: close\r\n")},
            {"/api/token/", request("POST", "/api/token/", byName, "Connection: close\r\n")},
            {"/api/doctors/ (Basic)", request("GET", "/api/doctors/", {}, basic)}};
        QList<std::pair<QByteArray, RawReply>> replies;
        for (const auto& [route, bytes] : attempts)
            replies.append({route, parse(rawExchange(m_port, bytes, 5000, from))});
        return replies;
    }

    static QString lockProblem(const QList<std::pair<QByteArray, RawReply>>& replies)
    {
        for (const auto& [route, r] : replies) {
            if (r.status != 429 || r.header("Retry-After").toInt() <= 0 ||
                !r.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("Too many")))
                return QString::fromUtf8(route + ": " + QByteArray::number(r.status) + ' ' + r.body);
        }
        return {};
    }

    // A login route answers 200; the Basic request to a list a patient may not read gets past
    // authentication.
    static bool signedIn(const QByteArray& route, const RawReply& r)
    {
        return r.status == 200 || (route.contains("Basic") && r.status == 403);
    }

    void loginIsThrottledPerAddressAcrossAccounts()
    {
        const QHostAddress guesser(QStringLiteral("127.0.0.20"));
        const Actor kept = m_station->addUser(QStringLiteral("kept@clinic.org"), Role::Patient);
        for (int i = 0; i < LoginThrottle::kMaxFailures; ++i) {
            const QByteArray body =
                QJsonDocument(
                    QJsonObject{{QStringLiteral("email"), QStringLiteral("guess%1@clinic.org").arg(i)},
                                {QStringLiteral("password"), QStringLiteral("wrong-one")}})
                    .toJson(QJsonDocument::Compact);
            QCOMPARE(
                parse(rawExchange(m_port, request("POST", "/api/auth/login/", body, "Connection: close\r\n"),
                                  5000, guesser))
                    .status,
                401);
        }
        // The address is locked, whichever account it names and with the right password, on every route.
        const QString username = m_station->services->accounts.user(kept, kept.userId)
                                     ->value(QStringLiteral("username"))
                                     .toString();
        const QString problem =
            lockProblem(loginEverywhere(QStringLiteral("kept@clinic.org"), username, kPassword, guesser));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The account itself is not: from another address it signs in.
        for (const auto& [route, r] : loginEverywhere(QStringLiteral("kept@clinic.org"), username, kPassword,
                                                      QHostAddress(QStringLiteral("127.0.0.21"))))
            QVERIFY2(signedIn(route, r), route + ": " + QByteArray::number(r.status) + ' ' + r.body);
    }

    void loginIsThrottledPerAccountAcrossAddresses()
    {
        const Actor target = m_station->addUser(QStringLiteral("target@clinic.org"), Role::Patient);
        const QString username = m_station->services->accounts.user(target, target.userId)
                                     ->value(QStringLiteral("username"))
                                     .toString();
        // One guess from each of five addresses, by email and by username in turn: no address is locked, the
        // account is.
        for (int i = 0; i < LoginThrottle::kMaxFailures; ++i) {
            const QJsonObject guess =
                i % 2 ? QJsonObject{{QStringLiteral("username"), username}}
                      : QJsonObject{{QStringLiteral("email"), QStringLiteral("target@clinic.org")}};
            QJsonObject body = guess;
            body.insert(QStringLiteral("password"), QStringLiteral("guess-%1").arg(i));
            const RawReply r = parse(rawExchange(
                m_port,
                request("POST", i % 2 ? "/api/token/" : "/api/auth/login/",
                        QJsonDocument(body).toJson(QJsonDocument::Compact), "Connection: close\r\n"),
                5000, QHostAddress(QStringLiteral("127.0.0.%1").arg(30 + i))));
            QCOMPARE(r.status, 401);
        }
        const QHostAddress fresh(QStringLiteral("127.0.0.40"));
        const QString problem =
            lockProblem(loginEverywhere(QStringLiteral("target@clinic.org"), username, kPassword, fresh));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Other accounts sign in from that address; nothing was written for the refused attempts' account.
        QCOMPARE(parse(rawExchange(m_port,
                                   request("POST", "/api/auth/login/", loginBody(), "Connection: close\r\n"),
                                   5000, fresh))
                     .status,
                 200);
        // The lock ends on its own.
        m_station->clock.advanceSeconds(LoginThrottle::kLockSeconds + 1);
        for (const auto& [route, r] :
             loginEverywhere(QStringLiteral("target@clinic.org"), username, kPassword, fresh))
            QVERIFY2(signedIn(route, r), route + ": " + QByteArray::number(r.status) + ' ' + r.body);
    }

    // ---- Connections ----

    void keepAliveServesSeveralRequests()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(3000));
        socket.write("GET /api/nowhere/ HTTP/1.1\r\nHost: x\r\n\r\n");
        QList<RawReply> first = readResponses(socket, 1);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().status, 404);
        socket.write(request("POST", "/api/auth/login/", loginBody()));
        QList<RawReply> second = readResponses(socket, 1);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().status, 200);
        QVERIFY(second.first().object().contains(QStringLiteral("access")));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

        // "Connection: close" is honoured: the answer says so and the server hangs
        // up.
        socket.write("GET /api/nowhere/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QList<RawReply> last = readResponses(socket, 1);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().header("Connection"), QByteArray("close"));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 3000);
    }

    void responsesAreFramedAsJson()
    {
        const RawReply ok =
            exchange(request("GET", "/api/doctors/", {},
                             "Authorization: Bearer " + m_token.toLatin1() + "\r\nConnection: close\r\n"));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(ok.header("Content-Length").toInt(), ok.body.size());
        QVERIFY(QJsonDocument::fromJson(ok.body).isArray());
        // 204 carries neither a body nor a Content-Type.
        const RawReply empty = exchange("OPTIONS /api/doctors/ HTTP/1.1\r\nHost: "
                                        "x\r\nConnection: close\r\n\r\n");
        QCOMPARE(empty.status, 204);
        QVERIFY(empty.body.isEmpty());
        QVERIFY(!empty.has("Content-Type"));
    }

    // ---- Several server threads on one port ----

    void serverThreadsShareOnePortAndOneConnectionCap()
    {
        api::ApiServerConfig config;
        config.threads = 2;
        config.limits.maxConnections = 3;
        startServer(config);
        QCOMPARE(m_host->threadCount(), 2);
        std::array<QTcpSocket, 3> admitted;
        for (QTcpSocket& s : admitted) {
            s.connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(s.waitForConnected(3000));
        }
        QTest::qWait(100); // let the servers accept them
        // The cap counts the connections of both threads together.
        QCOMPARE(exchange("GET /api/doctors/ HTTP/1.1\r\nHost: x\r\n\r\n").status, 503);
        const QByteArray list =
            "GET /api/doctors/ HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_token.toUtf8() + "\r\n\r\n";
        for (QTcpSocket& s : admitted)
            s.write(list);
        for (QTcpSocket& s : admitted) {
            const QList<RawReply> replies = readResponses(s, 1);
            QCOMPARE(replies.size(), 1);
            QCOMPARE(replies.first().status, 200);
        }
    }

    void concurrentWritesOnSeveralThreadsAllLand()
    {
        api::ApiServerConfig config;
        config.threads = 2;
        startServer(config);
        const Actor staff = Actor::system(QStringLiteral("test"));
        const int before = *m_station->services->patients.count(staff);
        // Eight connections, each sending five creations back to back (pipelined): both servers write to
        // the store at once, and each write must land exactly once.
        constexpr int kConnections = 8;
        constexpr int kPerConnection = 5;
        std::array<QTcpSocket, kConnections> clients;
        for (int c = 0; c < kConnections; ++c) {
            clients[size_t(c)].connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(clients[size_t(c)].waitForConnected(3000));
            QByteArray batch;
            for (int i = 0; i < kPerConnection; ++i)
                batch +=
                    request("POST", "/api/patients/",
                            QStringLiteral(R"({"name":"Parallel %1-%2","age":40})").arg(c).arg(i).toUtf8(),
                            "Authorization: Bearer " + m_token.toUtf8() + "\r\n");
            clients[size_t(c)].write(batch);
        }
        for (QTcpSocket& client : clients) {
            const QList<RawReply> replies = readResponses(client, kPerConnection, 15000);
            QCOMPARE(replies.size(), kPerConnection);
            for (const RawReply& r : replies)
                QCOMPARE(r.status, 201);
        }
        QCOMPARE(*m_station->services->patients.count(staff), before + kConnections * kPerConnection);
    }

    void aPortInUseIsRefusedNotShared()
    {
        // The first server listens (init); a second one on its port must fail, even though the servers
        // share their own port between threads.
        api::ApiServerConfig config;
        config.threads = 2;
        api::ApiServerHost second(*m_station->services, config);
        const auto refused = second.start(QHostAddress::LocalHost, m_port);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QString::number(m_port)),
                 qPrintable(refused.error().message));
        QVERIFY(!second.isRunning());
        // And the first still answers.
        QCOMPARE(exchange("GET /api/doctors/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status, 401);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_http_server.moc"

#include "ApiServerHost.h"
#include "HttpClient.h"
#include "TestStation.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

const QByteArray kBoundary = "----ChairsideTest0d9f7c";
const QByteArray kMultipart = "multipart/form-data; boundary=" + kBoundary;

QByteArray textPart(const QByteArray& name, const QByteArray& value)
{
    return "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value +
           "\r\n";
}

QByteArray filePart(const QByteArray& name, const QByteArray& fileName, const QByteArray& type,
                    const QByteArray& data)
{
    return "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" +
           fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n" + data + "\r\n";
}

QByteArray closing()
{
    return "--" + kBoundary + "--\r\n";
}

QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// What a test-only route saw of its request: the text fields, and each file's name, type, size and hash.
api::ApiResponse describeUpload(const api::ApiRequest& req)
{
    QJsonArray files;
    for (const api::UploadedFile& f : req.files)
        files.append(QJsonObject{{QStringLiteral("field"), f.field},
                                 {QStringLiteral("file_name"), f.fileName},
                                 {QStringLiteral("content_type"), QString::fromUtf8(f.contentType)},
                                 {QStringLiteral("size"), f.data.size()},
                                 {QStringLiteral("sha256"), sha256(f.data)}});
    return api::ApiResponse::json(
        200, QJsonObject{{QStringLiteral("fields"), QJsonObject::fromVariantMap(req.fields)},
                         {QStringLiteral("files"), files}});
}

// Status and JSON body of a raw HTTP answer.
std::pair<int, QJsonObject> statusAndBody(const QByteArray& raw)
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.1 ") || end < 0)
        return {0, {}};
    return {raw.mid(9, 3).toInt(), QJsonDocument::fromJson(raw.mid(end + 4)).object()};
}

} // namespace

// multipart/form-data bodies through the whole server over real sockets: files reach a handler intact,
// text parts reach the same routes as JSON and form fields, malformed bodies are 400 with the reason, and
// uploads have their own size limit, checked before the body is read.
class TestHttpMultipart : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    quint16 m_port = 0;
    QString m_token;

    // The station's routes plus one that describes what it received, as a route taking files would see it.
    void startServer(const api::ServerLimits& limits = {})
    {
        m_http.reset();
        m_host.reset();
        api::ApiServerConfig config;
        config.limits = limits;
        config.extraRoutes = {{"POST", QStringLiteral("/api/test/upload/"), api::Access::Authenticated,
                               describeUpload, QStringLiteral("test")}};
        m_host = std::make_unique<api::ApiServerHost>(*m_station->services, config);
        auto port = m_host->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_port = *port;
        m_http = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    }

    HttpReply upload(const QByteArray& body, const QByteArray& contentType = kMultipart)
    {
        return m_http->request("POST", QStringLiteral("/api/test/upload/"), body, m_token,
                               {{"Content-Type", contentType}});
    }

private slots:
    void initTestCase()
    {
        m_station = std::make_unique<TestStation>();
        const Actor dentist = m_station->addUser(QStringLiteral("dentist@clinic.org"), Role::Dentist);
        auto tokens = m_station->services->accounts.issueTokens(dentist.userId);
        QVERIFY(tokens.ok());
        m_token = tokens->access;
    }

    void init() { startServer(); }

    void cleanup()
    {
        m_http.reset();
        m_host.reset();
    }

    void cleanupTestCase() { m_station.reset(); }

    void aTwentyMegabyteFileArrivesIntact()
    {
        QByteArray scan(20 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(3).fillRange(reinterpret_cast<quint32*>(scan.data()), scan.size() / 4);
        // Random bytes hold line ends; make sure the file also holds fragments of the delimiter.
        scan.replace(1000, 40, "\r\n--" + kBoundary.left(20) + "\r\n\r\n");
        scan.replace(2000, kBoundary.size() + 8, "\r\n--" + kBoundary + "xxxx");
        const QByteArray body = textPart("patient", "0190b7e0-0000-7000-8000-000000000001") +
                                filePart("file", "C:\\scans\\full mouth.pdf", "application/pdf", scan) +
                                textPart("diagnosis", "Caries 36") + closing();
        QElapsedTimer timer;
        timer.start();
        const HttpReply r = upload(body);
        qInfo("20 MiB upload answered in %lld ms", timer.elapsed());
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonObject fields = r.object().value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("patient")).toString(),
                 QStringLiteral("0190b7e0-0000-7000-8000-000000000001"));
        QCOMPARE(fields.value(QStringLiteral("diagnosis")).toString(), QStringLiteral("Caries 36"));
        const QJsonArray files = r.object().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 1);
        const QJsonObject file = files.first().toObject();
        QCOMPARE(file.value(QStringLiteral("field")).toString(), QStringLiteral("file"));
        QCOMPARE(file.value(QStringLiteral("file_name")).toString(), QStringLiteral("full mouth.pdf"));
        QCOMPARE(file.value(QStringLiteral("content_type")).toString(), QStringLiteral("application/pdf"));
        QCOMPARE(file.value(QStringLiteral("size")).toInteger(), scan.size());
        QCOMPARE(file.value(QStringLiteral("sha256")).toString(), sha256(scan));
    }

    void severalFilesAndFields()
    {
        const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        const QByteArray body = filePart("images", "a.png", "image/png", png) +
                                filePart("images", "b.png", "image/png", png + png) +
                                textPart("note", "one") + textPart("note", "two") + closing();
        const HttpReply r = upload(body);
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonArray files = r.object().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0].toObject().value(QStringLiteral("file_name")).toString(), QStringLiteral("a.png"));
        QCOMPARE(files[1].toObject().value(QStringLiteral("sha256")).toString(), sha256(png + png));
        // A repeated text field keeps its last value, as in form bodies.
        QCOMPARE(
            r.object().value(QStringLiteral("fields")).toObject().value(QStringLiteral("note")).toString(),
            QStringLiteral("two"));
    }

    // The text parts are the fields every route reads, whatever the encoding: a client signing in with a
    // multipart form is served like one sending JSON.
    void anExistingRouteReadsMultipartFields()
    {
        const QByteArray body =
            textPart("email", "dentist@clinic.org") + textPart("password", "password123") + closing();
        const HttpReply login = m_http->request("POST", QStringLiteral("/api/auth/login/"), body, {},
                                                {{"Content-Type", kMultipart}});
        QVERIFY2(login.status == 200, login.body.constData());
        QVERIFY(!login.object().value(QStringLiteral("access")).toString().isEmpty());

        // And a wrong password in one is refused as a wrong password, not as a body the server misread.
        const QByteArray wrong =
            textPart("email", "dentist@clinic.org") + textPart("password", "not-the-password") + closing();
        QCOMPARE(m_http
                     ->request("POST", QStringLiteral("/api/auth/login/"), wrong, {},
                               {{"Content-Type", kMultipart}})
                     .status,
                 401);
    }

    void malformedBodiesAre400WithTheReason_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no boundary") << QByteArray("multipart/form-data") << textPart("a", "1") + closing()
                                     << "no valid boundary";
        QTest::newRow("no closing delimiter") << kMultipart << textPart("a", "1") << "closing boundary";
        QTest::newRow("no Content-Disposition")
            << kMultipart << "--" + kBoundary + "\r\nContent-Type: text/plain\r\n\r\n1\r\n" + closing()
            << "no Content-Disposition";
        QTest::newRow("headers without end")
            << kMultipart
            << "--" + kBoundary + "\r\nContent-Disposition: form-data; name=a\r\n1\r\n" + closing()
            << "do not end";
        QByteArray many;
        for (int i = 0; i < 101; ++i)
            many += textPart("f" + QByteArray::number(i), "x");
        QTest::newRow("too many parts") << kMultipart << many + closing() << "more than 100 parts";
    }

    void malformedBodiesAre400WithTheReason()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const HttpReply r = upload(body, contentType);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));
        const QString detail = r.object().value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.startsWith(QStringLiteral("Multipart form parse error - ")) &&
                     detail.contains(reason),
                 qPrintable(detail));
        // The server carries on.
        QCOMPARE(upload(textPart("a", "1") + closing()).status, 200);
    }

    void uploadsHaveTheirOwnLimitCheckedBeforeTheBody()
    {
        QCOMPARE(api::ServerLimits{}.maxBodyBytes, qint64(32 * 1024 * 1024));
        QCOMPARE(api::ServerLimits{}.maxUploadBytes, qint64(64 * 1024 * 1024));

        api::ServerLimits limits;
        limits.maxBodyBytes = 1000;
        limits.maxUploadBytes = 100'000;
        startServer(limits);

        // Over the JSON limit, within the upload limit: a multipart body is served, a JSON one is not.
        const QByteArray data(50'000, 'd');
        const HttpReply within =
            upload(filePart("file", "x.bin", "application/octet-stream", data) + closing());
        QVERIFY2(within.status == 200, within.body.constData());
        const HttpReply json = m_http->request("POST", QStringLiteral("/api/test/upload/"),
                                               "{\"pad\":\"" + data + "\"}", m_token);
        QCOMPARE(json.status, 413);
        QCOMPARE(json.object().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("Request body is too large."));

        // Only the headers are sent: the refusal does not wait for a body that is never coming.
        QElapsedTimer timer;
        timer.start();
        const auto [status, refusal] = statusAndBody(
            rawExchange(m_port, "POST /api/test/upload/ HTTP/1.1\r\nHost: x\r\nContent-Type: " + kMultipart +
                                    "\r\nContent-Length: 5000000\r\n\r\n"));
        QCOMPARE(status, 413);
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(refusal.value(QStringLiteral("detail")).toString(),
                 QStringLiteral("Upload is too large; uploads may be at most 100000 bytes."));

        // A client sending the whole oversized upload gets the JSON refusal too, not a reset.
        const HttpReply over = upload(
            filePart("file", "x.bin", "application/octet-stream", QByteArray(200'000, 'o')) + closing());
        QCOMPARE(over.status, 413);
        QCOMPARE(over.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(
            over.object().value(QStringLiteral("detail")).toString().startsWith(QStringLiteral("Upload")));
        QCOMPARE(upload(textPart("a", "1") + closing()).status, 200);
    }

    // Authentication comes before the body is read: an anonymous caller learns nothing about parsing.
    void anonymousUploadsAre401()
    {
        const HttpReply r = m_http->request("POST", QStringLiteral("/api/test/upload/"), textPart("a", "1"),
                                            {}, {{"Content-Type", kMultipart}});
        QCOMPARE(r.status, 401);
    }
};

QTEST_GUILESS_MAIN(TestHttpMultipart)
#include "tst_http_multipart.moc"

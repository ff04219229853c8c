#include "AnalysisWorker.h"
#include "ApiServerHost.h"
#include "GeminiAnalyzer.h"
#include "HttpClient.h"
#include "TestStation.h"
#include "store/Query.h"

#include <QFile>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

// A local stand-in for Gemini that speaks its HTTP/JSON: answers each request with the configured reply
// and remembers what it was sent.
class FakeGemini : public QObject
{
public:
    enum class Mode
    {
        Reading,
        HttpError,
        Malformed,
        NoText,
        Silent
    };
    Mode mode = Mode::Reading;
    QByteArray lastRequest;
    int requests = 0;

    FakeGemini()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                auto* buffer = new QByteArray;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                    if (headerEnd < 0)
                        return;
                    const QByteArray head = buffer->left(headerEnd).toLower();
                    const qsizetype at = head.indexOf("content-length:");
                    const int length =
                        at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toInt();
                    if (buffer->size() < headerEnd + 4 + length)
                        return;
                    lastRequest = *buffer;
                    ++requests;
                    reply(socket);
                });
                QObject::connect(socket, &QObject::destroyed, [buffer] { delete buffer; });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    void reply(QTcpSocket* socket)
    {
        QByteArray status = "200 OK";
        QByteArray body;
        switch (mode) {
        case Mode::Reading:
            body =
                R"({"candidates":[{"content":{"role":"model","parts":[{"text":"Caries distal 36.\nNo bone loss."}]},"finishReason":"STOP"}]})";
            break;
        case Mode::HttpError:
            status = "503 Service Unavailable";
            body = R"({"error":{"code":503,"message":"overloaded","status":"UNAVAILABLE"}})";
            break;
        case Mode::Malformed:
            body = "<html>not json</html>";
            break;
        case Mode::NoText:
            body = R"({"candidates":[{"content":{"parts":[{"inlineData":{}}]}}]})";
            break;
        case Mode::Silent:
            return; // never answer: the client must time out
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
};

outbound::GeminiAnalyzer analyzerFor(const FakeGemini& fake, int timeoutMs = 5000)
{
    outbound::GeminiConfig config;
    config.baseUrl = fake.url();
    config.apiKey = QStringLiteral("test-key");
    config.timeoutMs = timeoutMs;
    return outbound::GeminiAnalyzer(config);
}

const QByteArray kPng =
    QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");

struct RecordClinic
{
    TestStation s;
    Actor desk;
    Actor dentist;
    QString appointment;

    explicit RecordClinic(bool analysis)
        : s([analysis] {
            CoreConfig c;
            c.imageAnalysisEnabled = analysis;
            return c;
        }())
    {
        desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        dentist = s.addUser(QStringLiteral("dr@x.org"), Role::Dentist);
        const QString patient =
            s.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Ana")}})
                ->value(QStringLiteral("id"))
                .toString();
        BookingRequest r;
        r.patientId = patient;
        r.start = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        appointment = s.services->appointments.book(desk, r)->value(QStringLiteral("id")).toString();
    }
};

} // namespace

class TestRecordsGemini : public QObject
{
    Q_OBJECT
private slots:
    void requestFollowsTheGeminiContract()
    {
        FakeGemini fake;
        auto analyzer = analyzerFor(fake);
        const ImageAnalysis result = analyzer.analyze(kPng, QStringLiteral("image/png"));
        QCOMPARE(int(result.outcome), int(ImageAnalysis::Outcome::Reading));
        QCOMPARE(result.text, QStringLiteral("Caries distal 36.\nNo bone loss."));
        QVERIFY(fake.lastRequest.startsWith(
            "POST /v1beta/models/gemini-2.0-flash:generateContent?key=test-key HTTP/1.1"));
        const QJsonObject body =
            QJsonDocument::fromJson(fake.lastRequest.mid(fake.lastRequest.indexOf("\r\n\r\n") + 4)).object();
        const QJsonArray parts = body.value(QStringLiteral("contents"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("parts"))
                                     .toArray();
        QCOMPARE(body.value(QStringLiteral("contents"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("user"));
        QCOMPARE(parts.at(0).toObject().value(QStringLiteral("text")).toString(),
                 outbound::GeminiAnalyzer::kPrompt);
        const QJsonObject inline_ = parts.at(1).toObject().value(QStringLiteral("inlineData")).toObject();
        QCOMPARE(inline_.value(QStringLiteral("mimeType")).toString(), QStringLiteral("image/png"));
        QCOMPARE(QByteArray::fromBase64(inline_.value(QStringLiteral("data")).toString().toLatin1()), kPng);
    }

    void failuresMapToSeed000Fallbacks()
    {
        FakeGemini fake;
        auto analyzer = analyzerFor(fake, 400);
        fake.mode = FakeGemini::Mode::HttpError;
        ImageAnalysis r = analyzer.analyze(kPng, QStringLiteral("image/png"));
        QCOMPARE(int(r.outcome), int(ImageAnalysis::Outcome::Unreachable));
        QVERIFY(r.error.contains(QStringLiteral("503")));
        fake.mode = FakeGemini::Mode::Malformed;
        r = analyzer.analyze(kPng, QStringLiteral("image/png"));
        QCOMPARE(int(r.outcome), int(ImageAnalysis::Outcome::Unreadable));
        QCOMPARE(r.text, QStringLiteral("Could not parse analysis from API response."));
        fake.mode = FakeGemini::Mode::NoText;
        QCOMPARE(analyzer.analyze(kPng, QStringLiteral("image/png")).text,
                 QStringLiteral("Analysis not available."));
        fake.mode = FakeGemini::Mode::Silent;
        r = analyzer.analyze(kPng, QStringLiteral("image/png"));
        QCOMPARE(int(r.outcome), int(ImageAnalysis::Outcome::Unreachable));
    }

    void recordsStoreImagesByHashAndQueueReadings()
    {
        RecordClinic c(true);
        auto& records = c.s.services->records;
        const QString b64 = QString::fromLatin1(kPng.toBase64());
        auto created = records.create(c.desk, c.appointment, QStringLiteral("Pain lower left"),
                                      {{QStringLiteral("data:image/png;base64,") + b64,
                                        QStringLiteral("image/png"), QStringLiteral("36, 37")},
                                       {b64, QStringLiteral("image/png"), QString()},
                                       {b64, QString(), QString()}}); // incomplete: skipped
        QVERIFY2(created.ok(), created ? "" : qPrintable(created.error().message));
        QCOMPARE(created->images.size(), 2);
        const QString sha = created->images[0].value(QStringLiteral("sha256")).toString();
        QCOMPARE(sha,
                 QString::fromLatin1(QCryptographicHash::hash(kPng, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(created->images[1].value(QStringLiteral("sha256")).toString(),
                 sha); // stored once, referenced twice
        QCOMPARE(created->images[0].value(QStringLiteral("tooth_numbers")).toString(),
                 QStringLiteral("36,37"));
        QCOMPARE(created->images[0].value(QStringLiteral("reading_status")).toString(),
                 QStringLiteral("pending"));
        QVERIFY(QFile::exists(QFileInfo(c.s.dbPath()).absolutePath() + QStringLiteral("/blobs/") +
                              sha.left(2) + QLatin1Char('/') + sha));
        QCOMPARE(*records.imageBytes(sha), kPng);

        QCOMPARE(records.create(c.desk, c.appointment, {}, {})
                     .error()
                     .fieldErrors.value(QStringLiteral("appointment")),
                 QStringList{QStringLiteral("record with this appointment already exists.")});
    }

    void badInputWritesNothing()
    {
        RecordClinic c(true);
        auto& records = c.s.services->records;
        const Actor patient = c.s.addUser(QStringLiteral("p@x.org"), Role::Patient);
        QCOMPARE(records.create(patient, c.appointment, {}, {}).error().code, Error::Code::Forbidden);
        QVERIFY(
            records
                .create(c.desk, c.appointment, {}, {{QStringLiteral("***"), QStringLiteral("image/png"), {}}})
                .error()
                .fieldErrors.contains(QStringLiteral("images")));
        QVERIFY(records
                    .create(c.desk, c.appointment, {},
                            {{QString::fromLatin1(kPng.toBase64()), QStringLiteral("image/png"),
                              QStringLiteral("19")}})
                    .error()
                    .fieldErrors.contains(QStringLiteral("images")));
        QVERIFY(records.create(c.desk, QStringLiteral("0190b7e0-0000-7000-8000-000000000000"), {}, {})
                    .error()
                    .fieldErrors.contains(QStringLiteral("appointment")));
        QCOMPARE(sql::scalar(c.s.db->connection(), QStringLiteral("SELECT count(*) FROM clinical_records"))
                     ->toInt(),
                 0);
        QCOMPARE(RecordService::normalizeTeeth(QStringLiteral("11 21;85")).value_or(QStringLiteral("x")),
                 QStringLiteral("11,21,85"));
        QVERIFY(!RecordService::normalizeTeeth(QStringLiteral("49")));
    }

    void workerTurnsPendingIntoDraftsAndRetriesOutages()
    {
        RecordClinic c(true);
        FakeGemini fake;
        auto& records = c.s.services->records;
        auto created =
            records.create(c.desk, c.appointment, {},
                           {{QString::fromLatin1(kPng.toBase64()), QStringLiteral("image/png"), {}}});
        QVERIFY(created.ok());
        outbound::GeminiConfig config;
        config.baseUrl = fake.url();
        config.apiKey = QStringLiteral("k");
        outbound::AnalysisWorker worker(*c.s.db, records, std::make_unique<outbound::GeminiAnalyzer>(config));

        fake.mode = FakeGemini::Mode::HttpError;
        QCOMPARE(worker.runOnce(), 1);
        auto view = records.forAppointment(c.desk, c.appointment);
        QCOMPARE((*view)->images[0].value(QStringLiteral("reading_status")).toString(),
                 QStringLiteral("pending"));
        QCOMPARE(worker.runOnce(), 0); // backing off
        c.s.clock.advanceSeconds(31);
        fake.mode = FakeGemini::Mode::Reading;
        QCOMPARE(worker.runOnce(), 1);
        view = records.forAppointment(c.desk, c.appointment);
        const QVariantMap image = (*view)->images[0];
        QCOMPARE(image.value(QStringLiteral("reading_status")).toString(), QStringLiteral("draft"));
        QCOMPARE(image.value(QStringLiteral("reading_text")).toString(),
                 QStringLiteral("Caries distal 36.\nNo bone loss."));
        QCOMPARE(image.value(QStringLiteral("reading_model")).toString(), QStringLiteral("gemini-2.0-flash"));
        QCOMPARE(image.value(QStringLiteral("reading_prompt_version")).toString(),
                 QStringLiteral("seed000-v1"));
        QVERIFY(!image.value(QStringLiteral("reading_completed_at")).toString().isEmpty());

        const QString reading = image.value(QStringLiteral("reading_id")).toString();
        QCOMPARE(records.review(c.desk, reading, true).error().code, Error::Code::Forbidden);
        auto confirmed = records.review(c.dentist, reading, true);
        QVERIFY(confirmed.ok());
        QCOMPARE(confirmed->value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(confirmed->value(QStringLiteral("reviewed_by")).toString(), c.dentist.userId);
        QVERIFY(!records.review(c.dentist, reading, false).ok()); // decided already
    }

    void readingsGiveUpAfterTheLastAttempt()
    {
        RecordClinic c(true);
        auto& records = c.s.services->records;
        QVERIFY(records
                    .create(c.desk, c.appointment, {},
                            {{QString::fromLatin1(kPng.toBase64()), QStringLiteral("image/png"), {}}})
                    .ok());
        const QString reading = records.readingsDue().first().value(QStringLiteral("id")).toString();
        for (int i = 0; i < RecordService::kMaxAnalysisAttempts; ++i)
            QVERIFY(!records.recordAnalysis(
                reading, {ImageAnalysis::Outcome::Unreachable, {}, QStringLiteral("no route to host")},
                QStringLiteral("m"), QStringLiteral("v")));
        auto view = records.forAppointment(c.desk, c.appointment);
        QCOMPARE((*view)->images[0].value(QStringLiteral("reading_status")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE((*view)->images[0].value(QStringLiteral("reading_text")).toString(),
                 QStringLiteral("Error during image analysis: no route to host"));
    }

    void withoutAKeyReadingsAreSkipped()
    {
        RecordClinic c(false);
        auto created = c.s.services->records.create(
            c.desk, c.appointment, {},
            {{QString::fromLatin1(kPng.toBase64()), QStringLiteral("image/png"), {}}});
        QCOMPARE(created->images[0].value(QStringLiteral("reading_status")).toString(),
                 QStringLiteral("skipped"));
        QCOMPARE(created->images[0].value(QStringLiteral("reading_text")).toString(),
                 RecordService::kSkippedText);
    }

    void seed000RecordEndpoints()
    {
        RecordClinic c(true);
        api::ApiServerHost host(*c.s.services, {});
        const quint16 port = *host.start(QHostAddress::LocalHost, 0);
        HttpClient http(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const QString staff =
            http.post(QStringLiteral("/api/auth/login/"),
                      QJsonObject{{QStringLiteral("email"), QStringLiteral("desk@x.org")},
                                  {QStringLiteral("password"), QStringLiteral("password123")}})
                .object()
                .value(QStringLiteral("token"))
                .toString();
        auto none = http.get(QStringLiteral("/appointment/get_record/?appointment_id=") + c.appointment,
                             QStringLiteral("Token ") + staff);
        QCOMPARE(none.status, 200);
        QVERIFY(none.object().value(QStringLiteral("record")).isNull());
        const QJsonObject body{
            {QStringLiteral("appointment"), c.appointment},
            {QStringLiteral("text_note"), QStringLiteral("Deep caries")},
            {QStringLiteral("images"),
             QJsonArray{QJsonObject{{QStringLiteral("encoded_data"), QString::fromLatin1(kPng.toBase64())},
                                    {QStringLiteral("mime_type"), QStringLiteral("image/png")}}}}};
        auto created =
            http.post(QStringLiteral("/appointment/record/"), body, QStringLiteral("Token ") + staff);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Record and images saved successfully."));
        QCOMPARE(created.object()
                     .value(QStringLiteral("record"))
                     .toObject()
                     .value(QStringLiteral("text_note"))
                     .toString(),
                 QStringLiteral("Deep caries"));
        const QJsonObject image =
            created.object().value(QStringLiteral("images")).toArray().first().toObject();
        QCOMPARE(image.value(QStringLiteral("gemini_analysis")).toString(),
                 QStringLiteral("Analysis pending."));
        QCOMPARE(QByteArray::fromBase64(image.value(QStringLiteral("image")).toString().toLatin1()), kPng);
        QCOMPARE(http.post(QStringLiteral("/api/appointment/record/"), body, QStringLiteral("Token ") + staff)
                     .status,
                 400);

        // A real X-ray is megabytes; the default request limit takes it.
        BookingRequest second;
        second.patientId = c.s.services->appointments.get(c.desk, c.appointment)
                               ->value(QStringLiteral("patient_id"))
                               .toString();
        second.start = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        const QString other =
            c.s.services->appointments.book(c.desk, second)->value(QStringLiteral("id")).toString();
        QByteArray xray(3 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < xray.size(); ++i)
            xray[i] = char(i * 7919 % 251);
        const QJsonObject upload{{QStringLiteral("encoded_data"), QString::fromLatin1(xray.toBase64())},
                                 {QStringLiteral("mime_type"), QStringLiteral("image/png")}};
        auto big = http.post(QStringLiteral("/appointment/record/"),
                             QJsonObject{{QStringLiteral("appointment"), other},
                                         {QStringLiteral("images"), QJsonArray{upload}}},
                             QStringLiteral("Token ") + staff);
        QCOMPARE(big.status, 201);

        auto all =
            http.get(QStringLiteral("/appointment/list_all_appointments/"), QStringLiteral("Token ") + staff);
        QCOMPARE(all.json().toArray().first().toObject().value(QStringLiteral("has_record")).toBool(), true);
        QCOMPARE(all.json().toArray().size(), 2);

        FakeGemini fake;
        outbound::GeminiConfig config;
        config.baseUrl = fake.url();
        config.apiKey = QStringLiteral("k");
        outbound::AnalysisWorker(*c.s.db, c.s.services->records,
                                 std::make_unique<outbound::GeminiAnalyzer>(config))
            .runOnce();
        auto read = http.get(QStringLiteral("/api/appointment/get_record/?appointment_id=") + c.appointment,
                             QStringLiteral("Token ") + staff);
        QCOMPARE(read.object()
                     .value(QStringLiteral("images"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("gemini_analysis"))
                     .toString(),
                 QStringLiteral("Caries distal 36.\nNo bone loss."));
    }
};

QTEST_GUILESS_MAIN(TestRecordsGemini)
#include "tst_records_gemini.moc"

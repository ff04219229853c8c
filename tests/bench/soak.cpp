// Soak load for a running headless station (issue 7): several concurrent clients drive a mix of reads,
// searches, bookings (free slots and taken ones), uploads and bad requests for a fixed time; the program
// reports requests, unexpected answers and p50/p99 latency per kind, and the station's resident memory
// after a warm-up and at the end. It exits 1 on any unexpected answer or a memory growth of 10% or more.
// Usage: soak --url http://127.0.0.1:PORT --pid PID [--seconds 600] [--warmup 60] [--clients 8]
// (tests/bench/soak.sh starts a station on a demo store and runs it).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>

namespace {

struct Outcome
{
    int status = 0; // 0: no HTTP answer (connection error, timeout)
    QByteArray body;
};

using Expectation = QList<int>; // the statuses that are a correct answer for the kind

struct KindStats
{
    qint64 requests = 0;
    qint64 refusedAsExpected = 0; // a 4xx the kind asks for (taken slot, bad request)
    qint64 unexpected = 0;
    std::vector<double> latenciesMs;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

QJsonArray rowsOf(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("results")).toArray();
}

// A PDF of about `kib` KiB of random bytes.
QByteArray randomPdf(int kib)
{
    QByteArray pdf = "%PDF-1.7\n";
    pdf.reserve(kib * 1024 + 64);
    while (pdf.size() < kib * 1024) {
        const quint64 word = QRandomGenerator::global()->generate64();
        pdf.append(reinterpret_cast<const char*>(&word), sizeof word);
    }
    return pdf + "\n%%EOF\n";
}

class Soak : public QObject
{
public:
    Soak(QString url, qint64 pid, int seconds, int warmupSeconds, int clients, int uploadKiB)
        : m_url(std::move(url))
        , m_pid(pid)
        , m_seconds(seconds)
        , m_warmupSeconds(warmupSeconds)
        , m_clients(clients)
        , m_uploadKiB(uploadKiB)
    {}

    int exitCode = 0;

    void run()
    {
        if (!prepare()) {
            exitCode = 2;
            QCoreApplication::quit();
            return;
        }
        for (int client = 0; client < m_clients; ++client) {
            m_nams.push_back(std::make_unique<QNetworkAccessManager>());
            next(client);
        }
        m_clock.start();
        QTimer::singleShot(m_warmupSeconds * 1000, this, [this] {
            m_rssStartKiB = residentKiB(m_pid);
            m_stats.clear();
            m_measured.start();
            std::printf("warm-up done after %d s: RSS %lld KiB\n", m_warmupSeconds, m_rssStartKiB);
            std::fflush(stdout);
        });
        auto* sampler = new QTimer(this);
        connect(sampler, &QTimer::timeout, this, [this] {
            const qint64 rss = residentKiB(m_pid);
            m_rssPeakKiB = std::max(m_rssPeakKiB, rss);
            std::printf("%4lld s  RSS %lld KiB  requests %lld\n", m_clock.elapsed() / 1000, rss, m_total);
            std::fflush(stdout);
        });
        sampler->start(30000);
        QTimer::singleShot((m_warmupSeconds + m_seconds) * 1000, this, [this] { m_stopping = true; });
    }

private:
    // Signs in and learns dentists and patients to use; false (with a message) when the station does not
    // answer as a demo clinic does.
    bool prepare()
    {
        const Outcome login = blocking("POST", QStringLiteral("/api/auth/login/"),
                                       R"({"email":"admin@demo.chairside","password":"chairside-demo"})");
        m_token = QJsonDocument::fromJson(login.body).object().value(QStringLiteral("access")).toString();
        for (const QJsonValue& v : rowsOf(blocking("GET", QStringLiteral("/api/doctors/")).body))
            m_dentists << v.toObject().value(QStringLiteral("id")).toString();
        for (const QString& prefix : {QStringLiteral("A"), QStringLiteral("M"), QStringLiteral("S")})
            for (const QJsonValue& v : rowsOf(
                     blocking("GET", QStringLiteral("/api/patients/?search=%1&limit=100").arg(prefix)).body))
                m_patients << v.toObject().value(QStringLiteral("id")).toString();
        for (int i = 0; i < 16; ++i)
            m_pdfs << randomPdf(m_uploadKiB);
        if (m_token.isEmpty() || m_dentists.isEmpty() || m_patients.isEmpty()) {
            std::fprintf(
                stderr,
                "soak: %s is not a demo clinic answering (sign-in %d, %lld dentists, %lld patients)\n",
                qPrintable(m_url), login.status, qint64(m_dentists.size()), qint64(m_patients.size()));
            return false;
        }
        return true;
    }

    Outcome blocking(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        QNetworkAccessManager nam;
        QNetworkReply* reply = nam.sendCustomRequest(request(path, "application/json"), method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }

    QNetworkRequest request(const QString& path, const QByteArray& contentType) const
    {
        QNetworkRequest r(QUrl(m_url + path));
        r.setTransferTimeout(30000);
        if (!contentType.isEmpty())
            r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!m_token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        return r;
    }

    int pick(int n) { return int(QRandomGenerator::global()->bounded(n)); }
    const QString& anyPatient() { return m_patients.at(pick(int(m_patients.size()))); }

    // The client's next request, chosen by weight: mostly reads, then bookings, bad requests and uploads.
    void next(int client)
    {
        if (m_stopping) {
            if (--m_clients == 0)
                finish();
            return;
        }
        const int roll = pick(100);
        if (roll < 30)
            send(client, "patient", "GET", QStringLiteral("/api/patients/%1/").arg(anyPatient()), {}, {},
                 {200});
        else if (roll < 45)
            send(client, "search", "GET",
                 QStringLiteral("/api/patients/?search=%1&limit=20")
                     .arg(QStringList{QStringLiteral("Ra"), QStringLiteral("Mü"), QStringLiteral("Em"),
                                      QStringLiteral("Jo"), QStringLiteral("Sofia"), QStringLiteral("Lu")}
                              .at(pick(6))),
                 {}, {}, {200});
        else if (roll < 55 && !m_appointments.isEmpty())
            send(client, "appointment", "GET",
                 QStringLiteral("/api/appointments/%1/")
                     .arg(m_appointments.at(pick(int(m_appointments.size())))),
                 {}, {}, {200});
        else if (roll < 70)
            book(client);
        else if (roll < 77 && !m_taken.isEmpty())
            bookTakenSlot(client);
        else if (roll < 80)
            upload(client);
        else if (roll < 83 && !m_reports.isEmpty())
            send(client, "report file", "GET",
                 QStringLiteral("/api/reports/%1/file/").arg(m_reports.at(pick(int(m_reports.size())))), {},
                 {}, {200});
        else
            badRequest(client);
    }

    // A slot in the dentists' opening hours 5 to 20 weeks ahead, clear of the demo's own month of visits.
    QJsonObject randomSlot()
    {
        QDate day;
        do
            day = QDate::currentDate().addDays(35 + pick(100));
        while (day.dayOfWeek() > 5);
        return {{QStringLiteral("patient"), anyPatient()},
                {QStringLiteral("doctor"), m_dentists.at(pick(int(m_dentists.size())))},
                {QStringLiteral("appointment_date"), day.toString(Qt::ISODate)},
                {QStringLiteral("appointment_time"),
                 QTime(8 + pick(9), 30 * pick(2)).toString(QStringLiteral("HH:mm"))},
                {QStringLiteral("reason"), QStringLiteral("Soak check-up")}};
    }

    // A free-looking slot: taken already (by the patient or the dentist) is refused with 400, which is an
    // answer the kind allows.
    void book(int client)
    {
        const QJsonObject slot = randomSlot();
        send(client, "book", "POST", QStringLiteral("/api/appointments/book/"),
             QJsonDocument(slot).toJson(QJsonDocument::Compact), "application/json", {201, 400},
             [this, slot](const Outcome& o) {
                 if (o.status != 201)
                     return;
                 m_appointments
                     << QJsonDocument::fromJson(o.body).object().value(QStringLiteral("id")).toString();
                 m_taken << slot;
             });
    }

    // The same dentist at the same time as a booking made earlier, for another patient: must be refused.
    void bookTakenSlot(int client)
    {
        QJsonObject slot = m_taken.at(pick(int(m_taken.size())));
        slot.insert(QStringLiteral("patient"), anyPatient());
        send(client, "book taken slot", "POST", QStringLiteral("/api/appointments/book/"),
             QJsonDocument(slot).toJson(QJsonDocument::Compact), "application/json", {400, 409});
    }

    // A report filed as a browser sends a form with a file: a PDF of a few hundred KiB, one of a few, so the
    // blob store (one file per content) does not fill the disk over a long run while every upload is still
    // parsed, hashed and recorded.
    void upload(int client)
    {
        const QByteArray boundary = "----chairside-soak-" + QByteArray::number(pick(1 << 30));
        QByteArray body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"patient\"\r\n\r\n" +
                          anyPatient().toUtf8() + "\r\n--" + boundary +
                          "\r\nContent-Disposition: form-data; name=\"report_type\"\r\n\r\nPanoramic\r\n--" +
                          boundary +
                          "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"soak.pdf\"\r\n"
                          "Content-Type: application/pdf\r\n\r\n" +
                          m_pdfs.at(pick(int(m_pdfs.size()))) + "\r\n--" + boundary + "--\r\n";
        send(client, "upload", "POST", QStringLiteral("/api/reports/upload/"), body,
             "multipart/form-data; boundary=" + boundary, {201}, [this](const Outcome& o) {
                 if (o.status == 201)
                     m_reports
                         << QJsonDocument::fromJson(o.body).object().value(QStringLiteral("id")).toString();
             });
    }

    void badRequest(int client)
    {
        switch (pick(4)) {
        case 0:
            send(client, "bad: malformed JSON", "POST", QStringLiteral("/api/patients/"),
                 "{\"name\": \"Unclosed", "application/json", {400});
            break;
        case 1:
            send(client, "bad: unknown route", "GET",
                 QStringLiteral("/api/no-such-thing/%1/").arg(pick(1000)), {}, {}, {404});
            break;
        case 2:
            send(client, "bad: wrong method", "DELETE", QStringLiteral("/api/auth/login/"), {}, {}, {405});
            break;
        default:
            oversizeBody(client);
        }
    }

    // A body announced larger than the station takes (32 MiB): refused from the headers alone, so it is
    // sent raw, without the body.
    void oversizeBody(int client)
    {
        auto* socket = new QTcpSocket(this);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        auto answered = std::make_shared<bool>(false);
        const QUrl url(m_url);
        const auto done = [this, socket, timer, answered, client] {
            if (*answered)
                return;
            *answered = true;
            const QByteArray head = socket->readAll();
            const int status = head.startsWith("HTTP/1.1 ") ? head.mid(9, 3).toInt() : 0;
            socket->deleteLater();
            record("bad: oversize body", {status, head}, {413}, timer->nsecsElapsed() / 1e6);
            next(client);
        };
        connect(socket, &QTcpSocket::connected, socket, [this, socket, url] {
            socket->write("POST /api/patients/ HTTP/1.1\r\nHost: " + url.host().toUtf8() +
                          "\r\nContent-Type: application/json\r\nAuthorization: Bearer " + m_token.toUtf8() +
                          "\r\nContent-Length: 40000000\r\n\r\n");
        });
        connect(socket, &QTcpSocket::readyRead, socket, [socket, done] {
            if (socket->peek(64).contains("\r\n"))
                done();
        });
        connect(socket, &QTcpSocket::disconnected, socket, done);
        connect(socket, &QTcpSocket::errorOccurred, socket, [done](QAbstractSocket::SocketError) { done(); });
        socket->connectToHost(url.host(), quint16(url.port()));
    }

    void send(int client, const char* kind, const QByteArray& method, const QString& path,
              const QByteArray& body, const QByteArray& contentType, const Expectation& expected,
              const std::function<void(const Outcome&)>& then = {})
    {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply* reply =
            m_nams[size_t(client)]->sendCustomRequest(request(path, contentType), method, body);
        connect(reply, &QNetworkReply::finished, this, [=, this] {
            reply->deleteLater();
            const Outcome o{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                            reply->readAll()};
            record(kind, o, expected, timer->nsecsElapsed() / 1e6);
            if (then)
                then(o);
            next(client);
        });
    }

    void record(const char* kind, const Outcome& o, const Expectation& expected, double ms)
    {
        ++m_total;
        KindStats& s = m_stats[kind];
        ++s.requests;
        s.latenciesMs.push_back(ms);
        if (!expected.contains(o.status)) {
            ++s.unexpected;
            ++m_unexpected;
            if (m_examples.size() < 10)
                m_examples << QStringLiteral("%1 %2: %3")
                                  .arg(QLatin1String(kind))
                                  .arg(o.status)
                                  .arg(QString::fromUtf8(o.body.left(200)));
        } else if (o.status >= 400) {
            ++s.refusedAsExpected;
        }
    }

    void finish()
    {
        const qint64 rssEnd = residentKiB(m_pid);
        const double seconds = m_measured.elapsed() / 1000.0;
        qint64 requests = 0;
        std::printf("\n%-22s %9s %9s %10s %9s %9s\n", "kind", "requests", "refused", "unexpected", "p50 ms",
                    "p99 ms");
        for (const auto& [kind, s] : m_stats) {
            requests += s.requests;
            std::printf("%-22s %9lld %9lld %10lld %9.1f %9.1f\n", kind.c_str(), s.requests,
                        s.refusedAsExpected, s.unexpected, percentile(s.latenciesMs, 0.5),
                        percentile(s.latenciesMs, 0.99));
        }
        for (const QString& example : std::as_const(m_examples))
            std::printf("unexpected: %s\n", qPrintable(example));
        const double growth =
            m_rssStartKiB > 0 ? 100.0 * double(rssEnd - m_rssStartKiB) / double(m_rssStartKiB) : 0;
        std::printf(
            "\n%lld requests in %.0f s after warm-up (%.0f/s); unexpected answers over the whole run: %lld\n",
            requests, seconds, requests / std::max(seconds, 1.0), m_unexpected);
        std::printf("RSS after warm-up %lld KiB, peak sampled %lld KiB, end %lld KiB: growth %.1f%%\n",
                    m_rssStartKiB, std::max(m_rssPeakKiB, rssEnd), rssEnd, growth);
        exitCode = (m_unexpected > 0 || growth >= 10.0 || rssEnd < 0) ? 1 : 0;
        std::printf("%s\n", exitCode == 0 ? "PASS" : "FAIL (target: 0 unexpected answers, RSS growth < 10%)");
        QCoreApplication::quit();
    }

    QString m_url;
    qint64 m_pid;
    int m_seconds;
    int m_warmupSeconds;
    int m_clients;
    int m_uploadKiB;
    QString m_token;
    QStringList m_dentists;
    QStringList m_patients;
    QStringList m_appointments;
    QList<QJsonObject> m_taken;
    QStringList m_reports;
    QList<QByteArray> m_pdfs;
    QStringList m_examples; // the first unexpected answers of the run
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_nams;
    std::map<std::string, KindStats> m_stats;
    QElapsedTimer m_clock;
    QElapsedTimer m_measured;
    qint64 m_total = 0;
    qint64 m_unexpected = 0;
    qint64 m_rssStartKiB = -1;
    qint64 m_rssPeakKiB = -1;
    bool m_stopping = false;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("url"), QStringLiteral("The station's API, http://127.0.0.1:PORT."),
         QStringLiteral("url")},
        {QStringLiteral("pid"), QStringLiteral("The station's process id, for its RSS."),
         QStringLiteral("pid")},
        {QStringLiteral("seconds"), QStringLiteral("Measured load after the warm-up (600)."),
         QStringLiteral("s"), QStringLiteral("600")},
        {QStringLiteral("warmup"), QStringLiteral("Load before the first RSS reading (60)."),
         QStringLiteral("s"), QStringLiteral("60")},
        {QStringLiteral("clients"), QStringLiteral("Concurrent clients (8)."), QStringLiteral("n"),
         QStringLiteral("8")},
        {QStringLiteral("upload-kib"), QStringLiteral("Size of each uploaded PDF (300)."),
         QStringLiteral("kib"), QStringLiteral("300")},
    });
    parser.process(app);
    if (!parser.isSet(QStringLiteral("url")) || !parser.isSet(QStringLiteral("pid")))
        parser.showHelp(2);
    Soak soak(parser.value(QStringLiteral("url")), parser.value(QStringLiteral("pid")).toLongLong(),
              parser.value(QStringLiteral("seconds")).toInt(), parser.value(QStringLiteral("warmup")).toInt(),
              parser.value(QStringLiteral("clients")).toInt(),
              parser.value(QStringLiteral("upload-kib")).toInt());
    QTimer::singleShot(0, &soak, &Soak::run);
    app.exec();
    return soak.exitCode;
}

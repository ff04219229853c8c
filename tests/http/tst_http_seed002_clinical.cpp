#include "ApiServerHost.h"
#include "HttpClient.h"
#include "TestStation.h"
#include "store/Query.h"

#include <QCryptographicHash>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

const QString kUnknownId = QStringLiteral("0190b7e0-0000-7000-8000-000000000000");

QStringList ids(const HttpReply& reply)
{
    QStringList out;
    for (const QJsonValue& v : reply.json().toArray())
        out.append(v.toObject().value(QStringLiteral("id")).toString());
    return out;
}

} // namespace

// Seed 002's clinical and back-office endpoints over real HTTP (seed-contracts §3.3): medical reports,
// prescriptions at both prefixes, notifications, payments, invoices and the audit log. Each with good input,
// the wrong role, another patient's data, unknown ids and bad fields; a refusal writes nothing.
class TestHttpSeed002Clinical : public QObject
{
    Q_OBJECT
private:
    using Account = ApiUser;

    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    Account m_desk; // receptionist
    Account m_admin;
    Account m_dentist;
    Account m_alice; // patient accounts
    Account m_bob;
    QString m_alicePatient; // their own patient records (they share the account's id)
    QString m_bobPatient;
    QString m_doctor; // the dentist's doctor profile
    QString m_aliceAppointment;

    int changes() const { return m_station->changeCount(); }

    // The status, a JSON object body, and not a single write.
    void verifyRefused(const HttpReply& reply, int status, int changesBefore, const QString& field = {})
    {
        const QString problem = refusalProblem(reply, status, {}, field);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(changes(), changesBefore);
    }

private slots:
    void initTestCase()
    {
        CoreConfig config;
        config.mailEnabled = true; // so a notification sent as pending is queued for delivery
        m_station = std::make_unique<TestStation>(config);
        m_desk = m_station->addApiUser(QStringLiteral("desk@clinic.org"), Role::Receptionist);
        m_admin = m_station->addApiUser(QStringLiteral("boss@clinic.org"), Role::Admin);
        m_dentist = m_station->addApiUser(QStringLiteral("molar@clinic.org"), Role::Dentist);
        m_alice = m_station->addApiUser(QStringLiteral("alice@example.org"), Role::Patient);
        m_bob = m_station->addApiUser(QStringLiteral("bob@example.org"), Role::Patient);
        Services& s = *m_station->services;
        auto alice = s.patients.ownProfile(m_alice.actor);
        auto bob = s.patients.ownProfile(m_bob.actor);
        QVERIFY(alice && bob);
        m_alicePatient = alice->value(QStringLiteral("id")).toString();
        m_bobPatient = bob->value(QStringLiteral("id")).toString();
        auto doctor = s.doctors.create(m_admin.actor, {{QStringLiteral("name"), QStringLiteral("Dr Molar")},
                                                       {QStringLiteral("user_id"), m_dentist.actor.userId}});
        QVERIFY2(doctor, doctor ? "" : qPrintable(doctor.error().message));
        m_doctor = doctor->value(QStringLiteral("id")).toString();
        // Dentists see the patients assigned to them.
        QVERIFY(s.mappings.create(m_desk.actor, m_alicePatient, m_doctor));
        BookingRequest booking;
        booking.patientId = m_alicePatient;
        booking.dentistId = m_doctor;
        booking.start = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        booking.durationMinutes = 30;
        auto appointment = s.appointments.book(m_desk.actor, booking);
        QVERIFY2(appointment, appointment ? "" : qPrintable(appointment.error().message));
        m_aliceAppointment = appointment->value(QStringLiteral("id")).toString();

        m_host = std::make_unique<api::ApiServerHost>(s, api::ApiServerConfig{});
        auto port = m_host->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_http = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    }

    void cleanupTestCase()
    {
        m_host.reset();
        m_station.reset();
    }

    void reportsByLink()
    {
        const QJsonObject body{
            {QStringLiteral("patient"), m_alicePatient},
            {QStringLiteral("doctor"), m_doctor},
            {QStringLiteral("report_type"), QStringLiteral("X-ray")},
            {QStringLiteral("file_url"), QStringLiteral("https://files.example.org/r1.pdf")},
            {QStringLiteral("diagnosis"), QStringLiteral("Caries 36")}};
        auto made = m_http->post(QStringLiteral("/api/reports/upload/"), body, m_dentist.access);
        QVERIFY2(made.status == 201, made.body.constData());
        const QJsonObject report = made.object();
        const QString id = report.value(QStringLiteral("id")).toString();
        QCOMPARE(report.value(QStringLiteral("patient")).toString(), m_alicePatient);
        QCOMPARE(report.value(QStringLiteral("file_type")).toString(), QStringLiteral("pdf"));
        QCOMPARE(report.value(QStringLiteral("file_url")).toString(),
                 QStringLiteral("https://files.example.org/r1.pdf"));

        // The patient reads her own; another patient finds nothing, in the list or by id.
        QCOMPARE(m_http->get(QStringLiteral("/api/reports/") + id, m_alice.access).status, 200);
        QCOMPARE(ids(m_http->get(QStringLiteral("/api/reports/patient/") + m_alicePatient, m_alice.access)),
                 QStringList{id});
        QCOMPARE(m_http->get(QStringLiteral("/api/reports/") + id, m_bob.access).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/reports/patient/") + m_alicePatient, m_bob.access).status,
                 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/reports/") + kUnknownId, m_admin.access).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/reports/not-an-id"), m_admin.access).status, 404);
        // A link has no file here.
        QCOMPARE(m_http->get(QStringLiteral("/api/reports/%1/file/").arg(id), m_admin.access).status, 404);

        int before = changes();
        // A patient does not file reports, nor delete them.
        verifyRefused(m_http->post(QStringLiteral("/api/reports/upload/"), body, m_alice.access), 403,
                      before);
        verifyRefused(m_http->del(QStringLiteral("/api/reports/%1/delete/").arg(id), m_alice.access), 403,
                      before);
        QJsonObject bad = body;
        bad.insert(QStringLiteral("file_url"), QStringLiteral("not a url"));
        verifyRefused(m_http->post(QStringLiteral("/api/reports/upload/"), bad, m_dentist.access), 400,
                      before, QStringLiteral("file_url"));
        bad = body;
        bad.remove(QStringLiteral("file_url"));
        verifyRefused(m_http->post(QStringLiteral("/api/reports/upload/"), bad, m_dentist.access), 400,
                      before, QStringLiteral("file"));
        bad = body;
        bad.insert(QStringLiteral("patient"), kUnknownId);
        verifyRefused(m_http->post(QStringLiteral("/api/reports/upload/"), bad, m_dentist.access), 400,
                      before, QStringLiteral("patient"));
        bad = body;
        bad.insert(QStringLiteral("appointment"), m_aliceAppointment);
        bad.insert(QStringLiteral("patient"), m_bobPatient);
        verifyRefused(m_http->post(QStringLiteral("/api/reports/upload/"), bad, m_dentist.access), 400,
                      before, QStringLiteral("appointment"));

        QCOMPARE(m_http->del(QStringLiteral("/api/reports/%1/delete/").arg(id), m_desk.access).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/api/reports/") + id, m_admin.access).status, 404);
        QCOMPARE(m_http->del(QStringLiteral("/api/reports/%1/delete/").arg(id), m_desk.access).status, 404);
    }

    void reportsByMultipartUpload()
    {
        // A 20 MB PDF, sent as a browser sends a form with a file.
        QByteArray pdf = "%PDF-1.7\n";
        pdf.append(QByteArray(20 * 1024 * 1024, '\0'));
        for (qsizetype i = 9; i < pdf.size(); i += 4099)
            pdf[i] = char(i % 251); // not all zeros, and with bytes that look like line ends
        const QByteArray boundary = "----chairside-test-boundary";
        const auto form = [&](const QByteArray& fileName, const QByteArray& bytes) {
            QByteArray body;
            for (const auto& [name, value] : {std::pair{QByteArray("patient"), m_alicePatient.toUtf8()},
                                              std::pair{QByteArray("report_type"), QByteArray("Panoramic")}})
                body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
                        "\"\r\n\r\n" + value + "\r\n";
            body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
                    fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n" + bytes + "\r\n--" + boundary +
                    "--\r\n";
            return body;
        };
        const QList<std::pair<QByteArray, QByteArray>> headers{
            {"Content-Type", "multipart/form-data; boundary=" + boundary}};
        auto made = m_http->request("POST", QStringLiteral("/api/reports/upload/"),
                                    form("../../etc/report.pdf", pdf), m_dentist.access, headers);
        QVERIFY2(made.status == 201, made.body.left(300).constData());
        const QJsonObject report = made.object();
        QCOMPARE(report.value(QStringLiteral("file_type")).toString(), QStringLiteral("pdf"));
        QCOMPARE(report.value(QStringLiteral("file_name")).toString(), QStringLiteral("report.pdf"));
        QCOMPARE(report.value(QStringLiteral("size_bytes")).toInteger(), pdf.size());
        auto file = m_http->get(
            QStringLiteral("/api/reports/%1/file/").arg(report.value(QStringLiteral("id")).toString()),
            m_alice.access);
        QCOMPARE(file.status, 200);
        QCOMPARE(file.header("content-type"), QByteArray("application/pdf"));
        QCOMPARE(QCryptographicHash::hash(file.body, QCryptographicHash::Sha256),
                 QCryptographicHash::hash(pdf, QCryptographicHash::Sha256));

        const int before = changes();
        // Neither a PDF nor an image.
        verifyRefused(m_http->request("POST", QStringLiteral("/api/reports/upload/"),
                                      form("notes.exe", "MZ\x90\0 not a report"), m_dentist.access, headers),
                      400, before, QStringLiteral("file"));
        // Malformed: the closing boundary never comes.
        QByteArray cut = form("r.pdf", "%PDF-1.4 short");
        cut.chop(boundary.size() + 6);
        verifyRefused(
            m_http->request("POST", QStringLiteral("/api/reports/upload/"), cut, m_dentist.access, headers),
            400, before);
    }

    void prescriptionsAtBothPrefixes()
    {
        const QJsonArray medications{QJsonObject{{QStringLiteral("name"), QStringLiteral("Amoxicillin")},
                                                 {QStringLiteral("dosage"), QStringLiteral("500 mg")},
                                                 {QStringLiteral("frequency"), QStringLiteral("3x daily")}},
                                     QStringLiteral("Ibuprofen 400 mg")};
        const QJsonObject body{{QStringLiteral("patient"), m_alicePatient},
                               {QStringLiteral("appointment"), m_aliceAppointment},
                               {QStringLiteral("medications"), medications},
                               {QStringLiteral("instructions"), QStringLiteral("After meals")}};
        auto made = m_http->post(QStringLiteral("/api/prescriptions/create/"), body, m_dentist.access);
        QCOMPARE(made.status, 201);
        const QString id = made.object().value(QStringLiteral("id")).toString();
        // What was sent comes back as sent; the medications are also items, and the dentist is the doctor.
        QCOMPARE(made.object().value(QStringLiteral("medications")).toArray(), medications);
        const QJsonArray items = made.object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].toObject().value(QStringLiteral("medication_name")).toString(),
                 QStringLiteral("Amoxicillin"));
        QCOMPARE(items[1].toObject().value(QStringLiteral("medication_name")).toString(),
                 QStringLiteral("Ibuprofen 400 mg"));
        QCOMPARE(made.object().value(QStringLiteral("doctor")).toString(), m_doctor);

        // The code's prefix serves the same rows.
        QCOMPARE(m_http->get(QStringLiteral("/api/reports/prescriptions/") + id, m_alice.access).status, 200);
        QCOMPARE(
            ids(m_http->get(QStringLiteral("/api/prescriptions/patient/") + m_alicePatient, m_alice.access)),
            QStringList{id});
        QCOMPARE(m_http->get(QStringLiteral("/api/prescriptions/") + id, m_bob.access).status, 404);

        auto changed = m_http->patch(
            QStringLiteral("/api/reports/prescriptions/%1/update/").arg(id),
            QJsonObject{{QStringLiteral("medications"), QJsonArray{QStringLiteral("Chlorhexidine rinse")}}},
            m_dentist.access);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.object().value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(changed.object().value(QStringLiteral("instructions")).toString(),
                 QStringLiteral("After meals"));

        int before = changes();
        verifyRefused(m_http->post(QStringLiteral("/api/prescriptions/create/"), body, m_desk.access), 403,
                      before);
        verifyRefused(m_http->post(QStringLiteral("/api/prescriptions/create/"), body, m_alice.access), 403,
                      before);
        QJsonObject bad = body;
        bad.remove(QStringLiteral("medications"));
        verifyRefused(m_http->post(QStringLiteral("/api/prescriptions/create/"), bad, m_dentist.access), 400,
                      before, QStringLiteral("medications"));
        bad.insert(QStringLiteral("medications"), QJsonArray{QJsonObject{{QStringLiteral("dose"), 1}}});
        verifyRefused(m_http->post(QStringLiteral("/api/prescriptions/create/"), bad, m_dentist.access), 400,
                      before, QStringLiteral("medications"));
        // PUT must carry the medications again.
        verifyRefused(m_http->put(QStringLiteral("/api/prescriptions/%1/update/").arg(id),
                                  QJsonObject{{QStringLiteral("instructions"), QStringLiteral("x")}},
                                  m_dentist.access),
                      400, before, QStringLiteral("medications"));
        verifyRefused(m_http->del(QStringLiteral("/api/prescriptions/%1/delete/").arg(id), m_alice.access),
                      403, before);

        QCOMPARE(
            m_http->del(QStringLiteral("/api/prescriptions/%1/delete/").arg(id), m_dentist.access).status,
            204);
        QCOMPARE(m_http->get(QStringLiteral("/api/prescriptions/") + id, m_dentist.access).status, 404);
    }

    void notifications()
    {
        const QJsonObject body{{QStringLiteral("user"), m_alice.actor.userId},
                               {QStringLiteral("type"), QStringLiteral("Email")},
                               {QStringLiteral("status"), QStringLiteral("Pending")},
                               {QStringLiteral("subject"), QStringLiteral("Your visit")},
                               {QStringLiteral("message"), QStringLiteral("See you on Monday.")},
                               {QStringLiteral("appointment"), m_aliceAppointment}};
        auto sent = m_http->post(QStringLiteral("/api/notifications/send/"), body, m_desk.access);
        QCOMPARE(sent.status, 201);
        const QString id = sent.object().value(QStringLiteral("id")).toString();
        QCOMPARE(sent.object().value(QStringLiteral("type")).toString(), QStringLiteral("Email"));
        QCOMPARE(sent.object().value(QStringLiteral("status")).toString(), QStringLiteral("Pending"));
        QCOMPARE(sent.object().value(QStringLiteral("is_read")).toBool(), false);
        // Queued for delivery to Alice's address, reporting back to this row.
        auto queued =
            sql::scalar(m_station->db->connection(),
                        QStringLiteral("SELECT recipient FROM mail_outbox WHERE notification_id = ?"), {id});
        QVERIFY(queued);
        QCOMPARE(queued->toString(), QStringLiteral("alice@example.org"));

        // Alice lists and reads hers; Bob sees none of it; the front desk sees every message.
        QVERIFY(ids(m_http->get(QStringLiteral("/api/notifications/list/"), m_alice.access)).contains(id));
        QVERIFY(!ids(m_http->get(QStringLiteral("/api/notifications/list/"), m_bob.access)).contains(id));
        QVERIFY(ids(m_http->get(QStringLiteral("/api/notifications/list/"), m_desk.access)).contains(id));
        QCOMPARE(m_http->get(QStringLiteral("/api/notifications/") + id, m_bob.access).status, 404);
        QCOMPARE(
            m_http->put(QStringLiteral("/api/notifications/%1/read/").arg(id), QJsonObject(), m_bob.access)
                .status,
            404);
        auto read =
            m_http->put(QStringLiteral("/api/notifications/%1/read/").arg(id), QJsonObject(), m_alice.access);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.object().value(QStringLiteral("is_read")).toBool(), true);
        QVERIFY(!read.object().value(QStringLiteral("read_at")).toString().isEmpty());

        int before = changes();
        verifyRefused(m_http->post(QStringLiteral("/api/notifications/send/"), body, m_alice.access), 403,
                      before);
        QJsonObject bad = body;
        bad.insert(QStringLiteral("type"), QStringLiteral("Pigeon"));
        verifyRefused(m_http->post(QStringLiteral("/api/notifications/send/"), bad, m_desk.access), 400,
                      before, QStringLiteral("type"));
        bad = body;
        bad.insert(QStringLiteral("user"), kUnknownId);
        verifyRefused(m_http->post(QStringLiteral("/api/notifications/send/"), bad, m_desk.access), 400,
                      before, QStringLiteral("user"));
        bad = body;
        bad.remove(QStringLiteral("message"));
        verifyRefused(m_http->post(QStringLiteral("/api/notifications/send/"), bad, m_desk.access), 400,
                      before, QStringLiteral("message"));
    }

    void paymentsAndInvoices()
    {
        const QJsonObject body{
            {QStringLiteral("patient"), m_alicePatient},
            {QStringLiteral("doctor"), m_doctor},
            {QStringLiteral("appointment"), m_aliceAppointment},
            {QStringLiteral("amount"), 150},
            {QStringLiteral("payment_method"), QStringLiteral("Credit Card")},
            {QStringLiteral("transaction_status"), QStringLiteral("Completed")},
            {QStringLiteral("transaction_id"), QStringLiteral("TX-1")},
            {QStringLiteral("payment_metadata"), QJsonObject{{QStringLiteral("terminal"), 3}}}};
        auto paid = m_http->post(QStringLiteral("/api/payments/charge/"), body, m_desk.access);
        QCOMPARE(paid.status, 201);
        const QString payment = paid.object().value(QStringLiteral("id")).toString();
        QCOMPARE(paid.object().value(QStringLiteral("amount")).toString(), QStringLiteral("150.00"));
        QCOMPARE(paid.object().value(QStringLiteral("currency")).toString(), QStringLiteral("AUD"));
        QCOMPARE(paid.object().value(QStringLiteral("payment_method")).toString(),
                 QStringLiteral("Credit Card"));
        QCOMPARE(paid.object()
                     .value(QStringLiteral("payment_metadata"))
                     .toObject()
                     .value(QStringLiteral("terminal"))
                     .toInt(),
                 3);

        QCOMPARE(ids(m_http->get(QStringLiteral("/api/payments/history/"), m_alice.access)),
                 QStringList{payment});
        QVERIFY(ids(m_http->get(QStringLiteral("/api/payments/history/"), m_bob.access)).isEmpty());
        QCOMPARE(m_http->get(QStringLiteral("/api/payments/") + payment, m_bob.access).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/payments/") + payment, m_alice.access).status, 200);

        int before = changes();
        verifyRefused(m_http->post(QStringLiteral("/api/payments/charge/"), body, m_desk.access), 400, before,
                      QStringLiteral("transaction_id")); // the same transaction twice
        QJsonObject bad = body;
        bad.insert(QStringLiteral("transaction_id"), QStringLiteral("TX-2"));
        verifyRefused(m_http->post(QStringLiteral("/api/payments/charge/"), bad, m_alice.access), 403,
                      before);
        verifyRefused(m_http->post(QStringLiteral("/api/payments/charge/"), bad, m_dentist.access), 403,
                      before);
        for (const QJsonValue& amount :
             {QJsonValue(0), QJsonValue(-5), QJsonValue(QStringLiteral("ten")), QJsonValue(1.234)}) {
            bad.insert(QStringLiteral("amount"), amount);
            verifyRefused(m_http->post(QStringLiteral("/api/payments/charge/"), bad, m_desk.access), 400,
                          before, QStringLiteral("amount"));
        }
        bad.insert(QStringLiteral("amount"), QStringLiteral("20.5"));
        bad.insert(QStringLiteral("payment_method"), QStringLiteral("Bitcoin"));
        verifyRefused(m_http->post(QStringLiteral("/api/payments/charge/"), bad, m_desk.access), 400, before,
                      QStringLiteral("payment_method"));

        const QJsonObject invoiceBody{{QStringLiteral("patient"), m_alicePatient},
                                      {QStringLiteral("appointment"), m_aliceAppointment},
                                      {QStringLiteral("total_amount"), QStringLiteral("150.00")},
                                      {QStringLiteral("invoice_number"), QStringLiteral("INV-1")},
                                      {QStringLiteral("due_date"), QStringLiteral("2026-12-01")}};
        auto issued = m_http->post(QStringLiteral("/api/invoices/generate/"), invoiceBody, m_desk.access);
        QCOMPARE(issued.status, 201);
        const QString invoice = issued.object().value(QStringLiteral("id")).toString();
        QCOMPARE(issued.object().value(QStringLiteral("payment_status")).toString(),
                 QStringLiteral("Unpaid"));
        QCOMPARE(m_http->get(QStringLiteral("/api/invoices/") + invoice, m_alice.access).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/invoices/") + invoice, m_bob.access).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/invoices/") + kUnknownId, m_admin.access).status, 404);
        // This test runs on a QCoreApplication: without the fonts of a GUI application a PDF is refused,
        // never a crash (tst_pdf_documents draws them).
        QCOMPARE(m_http->get(QStringLiteral("/api/invoices/%1/pdf/").arg(invoice), m_alice.access).status,
                 503);
        // Without a number one is made up, and it is unique.
        QJsonObject second = invoiceBody;
        second.remove(QStringLiteral("invoice_number"));
        auto numbered = m_http->post(QStringLiteral("/api/invoices/generate/"), second, m_desk.access);
        QCOMPARE(numbered.status, 201);
        QVERIFY(numbered.object()
                    .value(QStringLiteral("invoice_number"))
                    .toString()
                    .startsWith(QStringLiteral("INV-")));

        before = changes();
        verifyRefused(m_http->post(QStringLiteral("/api/invoices/generate/"), invoiceBody, m_desk.access),
                      400, before, QStringLiteral("invoice_number"));
        verifyRefused(m_http->post(QStringLiteral("/api/invoices/generate/"), second, m_alice.access), 403,
                      before);
        QJsonObject bad2 = second;
        bad2.insert(QStringLiteral("due_date"), QStringLiteral("soon"));
        verifyRefused(m_http->post(QStringLiteral("/api/invoices/generate/"), bad2, m_desk.access), 400,
                      before, QStringLiteral("due_date"));
    }

    void auditLogsForTheAdmin()
    {
        auto list = m_http->get(QStringLiteral("/api/audit-logs/list/?limit=5"), m_admin.access);
        QCOMPARE(list.status, 200);
        const QJsonArray entries = list.json().toArray();
        QCOMPARE(entries.size(), 5);
        const QJsonObject newest = entries.first().toObject();
        QVERIFY(!newest.value(QStringLiteral("action")).toString().isEmpty());
        QVERIFY(!newest.value(QStringLiteral("timestamp")).toString().isEmpty());
        const QString id = newest.value(QStringLiteral("id")).toString();
        auto one = m_http->get(QStringLiteral("/api/audit-logs/") + id, m_admin.access);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(QStringLiteral("action")), newest.value(QStringLiteral("action")));

        QCOMPARE(m_http->get(QStringLiteral("/api/audit-logs/list/"), m_desk.access).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/audit-logs/") + id, m_alice.access).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/audit-logs/list/")).status, 401);
        QCOMPARE(m_http->get(QStringLiteral("/api/audit-logs/") + kUnknownId, m_admin.access).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/audit-logs/list/?limit=0"), m_admin.access).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestHttpSeed002Clinical)
#include "tst_http_seed002_clinical.moc"

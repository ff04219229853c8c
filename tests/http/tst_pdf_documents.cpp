#include "ApiServerHost.h"
#include "HttpClient.h"
#include "PdfText.h"
#include "TestStation.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

const QString kUnknownId = QStringLiteral("0190b7e0-0000-7000-8000-000000000000");

// Every one of `phrases` in `text`, or the first missing one.
QString missingPhrase(const QString& text, const QStringList& phrases)
{
    for (const QString& phrase : phrases)
        if (!text.contains(phrase))
            return QStringLiteral("\"%1\" is not in: %2").arg(phrase, text);
    return {};
}

} // namespace

// Invoices and prescriptions drawn as PDFs from the data (DocumentPainter, PrintService), checked by reading
// the PDF's text back with poppler; and their downloads over real HTTP with the detail routes' refusals.
class TestPdfDocuments : public QObject
{
    Q_OBJECT
private:
    using Account = ApiUser;

    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    QString m_base;
    Account m_desk;
    Account m_admin;
    Account m_dentist;
    Account m_otherDentist; // no patient of theirs here
    Account m_alice;
    Account m_bob;
    QString m_alicePatient;
    QString m_bobPatient;
    QString m_doctor;
    QString m_aliceAppointment;
    QString m_invoice;      // Alice's, for her visit, partly paid
    QString m_prescription; // Alice's

    Services& services() { return *m_station->services; }

    QString patientOf(const Account& account, const QString& name, const QString& dateOfBirth)
    {
        auto own = services().patients.ownProfile(account.actor);
        if (!own)
            return {};
        const QString id = own->value(QStringLiteral("id")).toString();
        auto named = services().patients.update(
            m_desk.actor, id,
            {{QStringLiteral("name"), name}, {QStringLiteral("date_of_birth"), dateOfBirth}}, true);
        return named ? id : QString();
    }

    QString payment(const QString& amount, const QString& status, const QString& transaction)
    {
        auto paid = services().billing.recordPayment(
            m_desk.actor, {{QStringLiteral("patient_id"), m_alicePatient},
                           {QStringLiteral("appointment_id"), m_aliceAppointment},
                           {QStringLiteral("amount"), amount},
                           {QStringLiteral("payment_method"), QStringLiteral("cash")},
                           {QStringLiteral("transaction_status"), status},
                           {QStringLiteral("transaction_id"), transaction}});
        return paid ? paid->value(QStringLiteral("id")).toString() : QString();
    }

    // The status, a JSON object body, and not a single write.
    void verifyRefused(const HttpReply& reply, int status, int changesBefore)
    {
        const QString problem = refusalProblem(reply, status);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(m_station->changeCount(), changesBefore);
    }

private slots:
    void initTestCase()
    {
        // Fonts come from the platform: these tests need the QGuiApplication the headless station starts.
        QVERIFY(qobject_cast<QGuiApplication*>(QCoreApplication::instance()));
        m_station = std::make_unique<TestStation>();
        m_desk = m_station->addApiUser(QStringLiteral("desk@clinic.org"), Role::Receptionist);
        m_admin = m_station->addApiUser(QStringLiteral("boss@clinic.org"), Role::Admin);
        m_dentist = m_station->addApiUser(QStringLiteral("molar@clinic.org"), Role::Dentist);
        m_otherDentist = m_station->addApiUser(QStringLiteral("canine@clinic.org"), Role::Dentist);
        m_alice = m_station->addApiUser(QStringLiteral("alice@example.org"), Role::Patient);
        m_bob = m_station->addApiUser(QStringLiteral("bob@example.org"), Role::Patient);
        QVERIFY(!services().schedule.setSetting(m_admin.actor, QStringLiteral("clinic_name"),
                                                QStringLiteral("Smile Dental Clinic")));
        m_alicePatient = patientOf(m_alice, QStringLiteral("Alice Liddell"), QStringLiteral("1990-04-01"));
        m_bobPatient =
            patientOf(m_bob, QStringLiteral("Zoë O'Brien <Jr> & Co"), QStringLiteral("1985-12-24"));
        QVERIFY(!m_alicePatient.isEmpty() && !m_bobPatient.isEmpty());

        auto doctor = services().doctors.create(
            m_admin.actor, {{QStringLiteral("name"), QStringLiteral("Dr Molar")},
                            {QStringLiteral("license_number"), QStringLiteral("DL-4711")},
                            {QStringLiteral("user_id"), m_dentist.actor.userId}});
        QVERIFY2(doctor, doctor ? "" : qPrintable(doctor.error().message));
        m_doctor = doctor->value(QStringLiteral("id")).toString();
        QVERIFY(services().mappings.create(m_desk.actor, m_alicePatient, m_doctor));
        BookingRequest booking;
        booking.patientId = m_alicePatient;
        booking.dentistId = m_doctor;
        booking.start = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        booking.durationMinutes = 30;
        auto appointment = services().appointments.book(m_desk.actor, booking);
        QVERIFY2(appointment, appointment ? "" : qPrintable(appointment.error().message));
        m_aliceAppointment = appointment->value(QStringLiteral("id")).toString();

        auto invoice = services().billing.issueInvoice(
            m_desk.actor, {{QStringLiteral("patient_id"), m_alicePatient},
                           {QStringLiteral("appointment_id"), m_aliceAppointment},
                           {QStringLiteral("total_amount"), QStringLiteral("150.00")},
                           {QStringLiteral("invoice_number"), QStringLiteral("INV-2026/001")},
                           {QStringLiteral("due_date"), QStringLiteral("2026-12-01")}});
        QVERIFY2(invoice, invoice ? "" : qPrintable(invoice.error().message));
        m_invoice = invoice->value(QStringLiteral("id")).toString();
        QVERIFY(!payment(QStringLiteral("100.00"), QStringLiteral("completed"), QStringLiteral("TX-77"))
                     .isEmpty());
        QVERIFY(
            !payment(QStringLiteral("20.00"), QStringLiteral("failed"), QStringLiteral("TX-78")).isEmpty());

        auto prescription = services().prescriptions.create(
            m_dentist.actor,
            {{QStringLiteral("patient_id"), m_alicePatient},
             {QStringLiteral("appointment_id"), m_aliceAppointment},
             {QStringLiteral("instructions"), QStringLiteral("Avoid alcohol while taking these.")},
             {QStringLiteral("medications"),
              QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("Amoxicillin")},
                                       {QStringLiteral("dosage"), QStringLiteral("500 mg")},
                                       {QStringLiteral("frequency"), QStringLiteral("3x daily")},
                                       {QStringLiteral("duration"), QStringLiteral("7 days")},
                                       {QStringLiteral("instructions"), QStringLiteral("Take with food")}},
                           QStringLiteral("Ibuprofen 400 mg")}}});
        QVERIFY2(prescription, prescription ? "" : qPrintable(prescription.error().message));
        m_prescription = prescription->value(QStringLiteral("id")).toString();

        api::ApiServerConfig config;
        config.threads = 2; // documents drawn on two server threads at once
        m_host = std::make_unique<api::ApiServerHost>(services(), config);
        auto port = m_host->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(*port);
        m_http = std::make_unique<HttpClient>(m_base);
    }

    void cleanupTestCase()
    {
        m_host.reset();
        m_station.reset();
    }

    void invoiceShowsTheVisitAndWhatIsStillOwed()
    {
        auto printed = services().printing.invoicePdf(m_alice.actor, m_invoice);
        QVERIFY2(printed, printed ? "" : qPrintable(printed.error().message));
        QVERIFY(printed->pdf.startsWith("%PDF-"));
        // The number's slash cannot be part of a file name.
        QCOMPARE(printed->fileName, QStringLiteral("invoice-INV-2026_001.pdf"));
        const QString text = pdfText(printed->pdf);
        const QString missing = missingPhrase(
            text, {QStringLiteral("Smile Dental Clinic"), QStringLiteral("Invoice"),
                   QStringLiteral("INV-2026/001"), QStringLiteral("2026-11-22"), // issued (the clock)
                   QStringLiteral("Alice Liddell"), QStringLiteral("1990-04-01"), QStringLiteral("Dr Molar"),
                   QStringLiteral("visit of 2026-11-23 10:00"), QStringLiteral("Unpaid"),
                   QStringLiteral("2026-12-01"), QStringLiteral("AUD 150.00"),
                   // Both payments are listed; only the completed one counts.
                   QStringLiteral("TX-77"), QStringLiteral("TX-78"), QStringLiteral("Failed"),
                   QStringLiteral("Paid AUD 100.00"), QStringLiteral("Balance due AUD 50.00"),
                   QStringLiteral("Page 1 of 1")});
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QCOMPARE(pdfPages(printed->pdf), 1);
    }

    void invoiceStatementRules()
    {
        // Without a visit no payment belongs to the invoice; marked paid, nothing is owed.
        auto bare = services().billing.issueInvoice(m_desk.actor,
                                                    {{QStringLiteral("patient_id"), m_alicePatient},
                                                     {QStringLiteral("total_amount"), QStringLiteral("80")}});
        QVERIFY(bare);
        auto statement =
            services().billing.statement(m_alice.actor, bare->value(QStringLiteral("id")).toString());
        QVERIFY(statement);
        QVERIFY(statement->payments.isEmpty());
        QCOMPARE(statement->paid, QStringLiteral("0.00"));
        QCOMPARE(statement->balance, QStringLiteral("80.00"));
        const QString text = pdfText(
            services().printing.invoicePdf(m_desk.actor, bare->value(QStringLiteral("id")).toString())->pdf);
        QVERIFY2(text.contains(QStringLiteral("No payment recorded.")), qPrintable(text));

        auto settled = services().billing.issueInvoice(
            m_desk.actor, {{QStringLiteral("patient_id"), m_alicePatient},
                           {QStringLiteral("appointment_id"), m_aliceAppointment},
                           {QStringLiteral("total_amount"), QStringLiteral("500.00")},
                           {QStringLiteral("payment_status"), QStringLiteral("Paid")}});
        QVERIFY(settled);
        statement =
            services().billing.statement(m_alice.actor, settled->value(QStringLiteral("id")).toString());
        QVERIFY(statement);
        QCOMPARE(statement->payments.size(), 2);
        QCOMPARE(statement->paid, QStringLiteral("100.00"));
        QCOMPARE(statement->balance, QStringLiteral("0.00"));
    }

    void prescriptionShowsEachMedication()
    {
        auto printed = services().printing.prescriptionPdf(m_alice.actor, m_prescription);
        QVERIFY2(printed, printed ? "" : qPrintable(printed.error().message));
        QCOMPARE(printed->fileName, QStringLiteral("prescription-%1.pdf").arg(m_prescription));
        const QString text = pdfText(printed->pdf);
        const QString missing = missingPhrase(
            text, {QStringLiteral("Smile Dental Clinic"), QStringLiteral("Prescription"),
                   QStringLiteral("Alice Liddell"), QStringLiteral("1990-04-01"),
                   QStringLiteral("2026-11-22"), QStringLiteral("Amoxicillin"), QStringLiteral("500 mg"),
                   QStringLiteral("3x daily"), QStringLiteral("7 days"), QStringLiteral("Take with food"),
                   QStringLiteral("Ibuprofen 400 mg"), QStringLiteral("Avoid alcohol while taking these."),
                   QStringLiteral("Prescribed by Dr Molar, licence DL-4711")});
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QCOMPARE(pdfPages(printed->pdf), 1);
    }

    void longPrescriptionGoesOnOverPages()
    {
        QVariantList medications;
        QStringList names;
        for (int i = 1; i <= 40; ++i) {
            names << QStringLiteral("Medication-%1").arg(i);
            medications.append(QVariantMap{
                {QStringLiteral("name"), names.last()},
                {QStringLiteral("dosage"), QStringLiteral("%1 mg").arg(i * 10)},
                {QStringLiteral("frequency"), QStringLiteral("twice a day")},
                {QStringLiteral("duration"), QStringLiteral("5 days")},
                {QStringLiteral("instructions"),
                 QStringLiteral("A long instruction that has to wrap inside its cell because it keeps going "
                                "well past the width of the column it sits in, number %1.")
                     .arg(i)}});
        }
        auto made =
            services().prescriptions.create(m_dentist.actor, {{QStringLiteral("patient_id"), m_alicePatient},
                                                              {QStringLiteral("medications"), medications}});
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        auto printed = services().printing.prescriptionPdf(m_dentist.actor,
                                                           made->value(QStringLiteral("id")).toString());
        QVERIFY(printed);
        const int pages = pdfPages(printed->pdf);
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString text = pdfText(printed->pdf);
        // Nothing is lost where a page ends, and every page says where it is.
        QString missing = missingPhrase(text, names);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        for (int page = 1; page <= pages; ++page) {
            missing = missingPhrase(text, {QStringLiteral("Page %1 of %2").arg(page).arg(pages)});
            QVERIFY2(missing.isEmpty(), qPrintable(missing));
        }
        QVERIFY(text.contains(QStringLiteral("number 40.")));
    }

    void valuesArePrintedAsTyped()
    {
        auto invoice = services().billing.issueInvoice(
            m_desk.actor, {{QStringLiteral("patient_id"), m_bobPatient},
                           {QStringLiteral("total_amount"), QStringLiteral("12.50")},
                           {QStringLiteral("currency"), QStringLiteral("eur")}});
        QVERIFY(invoice);
        auto printed =
            services().printing.invoicePdf(m_bob.actor, invoice->value(QStringLiteral("id")).toString());
        QVERIFY(printed);
        const QString text = pdfText(printed->pdf);
        const QString missing =
            missingPhrase(text, {QStringLiteral("Zoë O'Brien <Jr> & Co"), QStringLiteral("EUR 12.50")});
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    void invoiceDownload()
    {
        // The invoice names its PDF (seed 002's invoice_pdf_url) when the client gave no address of its own.
        const HttpReply detail =
            m_http->get(QStringLiteral("/api/invoices/%1/").arg(m_invoice), m_alice.access);
        QCOMPARE(detail.status, 200);
        const QString pdfUrl = detail.json().toObject().value(QStringLiteral("invoice_pdf_url")).toString();
        QCOMPARE(pdfUrl, m_base + QStringLiteral("/api/invoices/%1/pdf/").arg(m_invoice));
        // An address the client gave is its own and is kept.
        auto elsewhere = services().billing.issueInvoice(
            m_desk.actor,
            {{QStringLiteral("patient_id"), m_alicePatient},
             {QStringLiteral("total_amount"), QStringLiteral("20")},
             {QStringLiteral("invoice_pdf_url"), QStringLiteral("https://files.example/inv.pdf")}});
        QVERIFY(elsewhere);
        QCOMPARE(m_http
                     ->get(QStringLiteral("/api/invoices/%1/")
                               .arg(elsewhere->value(QStringLiteral("id")).toString()),
                           m_alice.access)
                     .json()
                     .toObject()
                     .value(QStringLiteral("invoice_pdf_url"))
                     .toString(),
                 QStringLiteral("https://files.example/inv.pdf"));
        for (const QString& path :
             {QStringLiteral("/api/invoices/%1/pdf/"), QStringLiteral("/api/invoices/%1/pdf")}) {
            const HttpReply reply = m_http->get(path.arg(m_invoice), m_alice.access);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.header("Content-Type"), QByteArray("application/pdf"));
            QCOMPARE(reply.header("Content-Disposition"),
                     QByteArray("attachment; filename=\"invoice-INV-2026_001.pdf\""));
            const QString text = pdfText(reply.body);
            QVERIFY2(text.contains(QStringLiteral("Alice Liddell")) &&
                         text.contains(QStringLiteral("AUD 150.00")),
                     qPrintable(text));
        }
        // Staff read every invoice; the dentist reads those of the patients assigned to them.
        QCOMPARE(m_http->get(QStringLiteral("/api/invoices/%1/pdf/").arg(m_invoice), m_desk.access).status,
                 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/invoices/%1/pdf/").arg(m_invoice), m_dentist.access).status,
                 200);

        const int before = m_station->changeCount();
        // Another patient, a dentist without this patient, unknown ids: not found, as the invoice itself.
        verifyRefused(m_http->get(QStringLiteral("/api/invoices/%1/pdf/").arg(m_invoice), m_bob.access), 404,
                      before);
        verifyRefused(
            m_http->get(QStringLiteral("/api/invoices/%1/pdf/").arg(m_invoice), m_otherDentist.access), 404,
            before);
        verifyRefused(m_http->get(QStringLiteral("/api/invoices/%1/pdf/").arg(kUnknownId), m_admin.access),
                      404, before);
        verifyRefused(m_http->get(QStringLiteral("/api/invoices/not-an-id/pdf/"), m_admin.access), 404,
                      before);
        verifyRefused(m_http->get(QStringLiteral("/api/invoices/%1/pdf/").arg(m_invoice)), 401, before);
        QCOMPARE(
            m_http->request("POST", QStringLiteral("/api/invoices/%1/pdf/").arg(m_invoice), {}, m_desk.access)
                .status,
            405);
    }

    void downloadsAtOnce()
    {
        QNetworkAccessManager nam; // up to six connections to one host at a time
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 8; ++i) {
            QNetworkRequest request(
                QUrl(m_base + (i % 2 ? QStringLiteral("/api/invoices/%1/pdf/").arg(m_invoice)
                                     : QStringLiteral("/api/prescriptions/%1/pdf/").arg(m_prescription))));
            request.setRawHeader("Authorization", "Bearer " + m_desk.access.toLatin1());
            replies.append(nam.get(request));
        }
        for (QNetworkReply* reply : std::as_const(replies)) {
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            const QString text = pdfText(reply->readAll());
            QVERIFY2(text.contains(QStringLiteral("Alice Liddell")), qPrintable(text));
            reply->deleteLater();
        }
    }

    void prescriptionDownloadAtBothPrefixes()
    {
        for (const QString& prefix :
             {QStringLiteral("/api/prescriptions/"), QStringLiteral("/api/reports/prescriptions/")}) {
            const HttpReply reply =
                m_http->get(prefix + m_prescription + QStringLiteral("/pdf/"), m_alice.access);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.header("Content-Type"), QByteArray("application/pdf"));
            QCOMPARE(reply.header("Content-Disposition"), QByteArray("attachment; filename=\"prescription-") +
                                                              m_prescription.toLatin1() + ".pdf\"");
            const QString text = pdfText(reply.body);
            QVERIFY2(text.contains(QStringLiteral("Amoxicillin")) && text.contains(QStringLiteral("500 mg")),
                     qPrintable(text));

            const int before = m_station->changeCount();
            verifyRefused(m_http->get(prefix + m_prescription + QStringLiteral("/pdf/"), m_bob.access), 404,
                          before);
            verifyRefused(
                m_http->get(prefix + m_prescription + QStringLiteral("/pdf/"), m_otherDentist.access), 404,
                before);
            verifyRefused(m_http->get(prefix + kUnknownId + QStringLiteral("/pdf/"), m_dentist.access), 404,
                          before);
        }
        // A removed prescription is gone from its PDF route too.
        QVERIFY(!services().prescriptions.remove(m_dentist.actor, m_prescription));
        const int before = m_station->changeCount();
        verifyRefused(
            m_http->get(QStringLiteral("/api/prescriptions/%1/pdf/").arg(m_prescription), m_dentist.access),
            404, before);
    }
};

QTEST_MAIN(TestPdfDocuments)
#include "tst_pdf_documents.moc"

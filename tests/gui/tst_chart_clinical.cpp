#include "BillingSection.h"
#include "ChartView.h"
#include "ConsultationsSection.h"
#include "DocumentsSection.h"
#include "MainWindow.h"
#include "NotificationsView.h"
#include "PdfText.h"
#include "PrescriptionsSection.h"
#include "PrintActions.h"
#include "TestStation.h"
#include "Translations.h"
#include "WidgetLookup.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace chairside;
using namespace chairside::test;

namespace {

// A sender whose server is down: every attempt fails with the same reason.
class DownSender : public MailSender
{
public:
    QString send(const MailMessage&) override { return QStringLiteral("connection refused"); }
    QString describe() const override { return QStringLiteral("down"); }
};

const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

// The chart's prescriptions, consultations, documents and payments tabs and the staff's Messages view,
// driven through their widgets on a real store: what the services hold is shown, the main actions write
// through the services, and a refused action is shown inline and writes nothing.
class TestChartClinical : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    Actor m_desk;
    Actor m_dentist;
    QString m_doctor;
    QString m_chair;
    QString m_ana;
    QString m_ben;
    QString m_anaAccount;
    QString m_visit;

    Services& services() { return *m_station->services; }

    Actor addUser(const QString& email, const QString& name, Role role, const QString& phone = {})
    {
        QVariantMap fields{{QStringLiteral("email"), email},
                           {QStringLiteral("password"), QStringLiteral("password123")},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("role"), roleName(role)}};
        if (!phone.isEmpty())
            fields.insert(QStringLiteral("phone"), phone);
        auto user = services().accounts.registerUser(RegistrationInput{fields}, Actor::system());
        if (!user)
            qFatal("cannot add %s: %s", qPrintable(email), qPrintable(user.error().message));
        return Actor{user->value(QStringLiteral("id")).toString(), role, QStringLiteral("test")};
    }

    std::unique_ptr<ui::ChartView> openChart(const Actor& actor, const QString& patient)
    {
        auto chart = std::make_unique<ui::ChartView>(services(), actor);
        chart->resize(1300, 900);
        chart->show();
        chart->setPatient(patient);
        return chart;
    }

    static void showTab(ui::ChartView* chart, QWidget* section)
    {
        chart->tabs()->setCurrentWidget(section);
        QVERIFY(section->isVisible());
    }

    static QStringList columnTexts(QTreeWidget* list, int column)
    {
        QStringList texts;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            texts << list->topLevelItem(i)->text(column);
        return texts;
    }

    static void setCell(QTableWidget* table, int row, int column, const QString& text)
    {
        if (!table->item(row, column))
            table->setItem(row, column, new QTableWidgetItem);
        table->item(row, column)->setText(text);
    }

    // The visible buttons', labels' and tabs' mnemonics of the chart as shown now, with any letter used
    // twice: Alt+letter must reach one control.
    static QStringList duplicatedMnemonics(QWidget* root)
    {
        QMap<QChar, QStringList> users;
        const auto note = [&users](const QString& text) {
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            if (at >= 0 && at + 1 < text.size() && text.at(at + 1) != QLatin1Char('&'))
                users[text.at(at + 1).toLower()] << text;
        };
        for (QAbstractButton* b : root->findChildren<QAbstractButton*>())
            if (b->isVisibleTo(root))
                note(b->text());
        for (QLabel* l : root->findChildren<QLabel*>())
            if (l->isVisibleTo(root) && l->buddy())
                note(l->text());
        for (QTabWidget* tabs : root->findChildren<QTabWidget*>())
            if (tabs->isVisibleTo(root))
                for (int i = 0; i < tabs->count(); ++i)
                    note(tabs->tabText(i));
        QStringList duplicated;
        for (auto it = users.cbegin(); it != users.cend(); ++it)
            if (it->size() > 1)
                duplicated << it->join(QStringLiteral(" / "));
        return duplicated;
    }

    // Each chart tab as the front desk and a dentist see it, and the Messages view, in the current language.
    void everyScreenHasDistinctAccessKeys()
    {
        for (const Actor& actor : {m_desk, m_dentist}) {
            auto chart = openChart(actor, m_ana);
            for (int tab = 0; tab < chart->tabs()->count(); ++tab) {
                chart->tabs()->setCurrentIndex(tab);
                const QStringList duplicated = duplicatedMnemonics(chart.get());
                QVERIFY2(duplicated.isEmpty(), qPrintable(chart->tabs()->tabText(tab) + QStringLiteral(": ") +
                                                          duplicated.join(QStringLiteral(" | "))));
            }
        }
        ui::NotificationsView messages(services(), m_desk);
        messages.show();
        const QStringList duplicated = duplicatedMnemonics(&messages);
        QVERIFY2(duplicated.isEmpty(), qPrintable(duplicated.join(QStringLiteral(" | "))));
    }

private slots:
    void init()
    {
        CoreConfig config;
        config.mailEnabled = true;
        m_station = std::make_unique<TestStation>(config);
        m_station->clock.set(utc(11, 23, 8));
        m_desk = addUser(QStringLiteral("desk@x.org"), QStringLiteral("Rita Desk"), Role::Receptionist);
        m_dentist = addUser(QStringLiteral("dr@x.org"), QStringLiteral("Maria Lopez"), Role::Dentist);
        // The dentist's own profile, so her prescriptions and consultations name her.
        m_doctor = services()
                       .doctors
                       .create(Actor::system(), {{QStringLiteral("name"), QStringLiteral("Dr Lopez")},
                                                 {QStringLiteral("user_id"), m_dentist.userId}})
                       ->value(QStringLiteral("id"))
                       .toString();
        m_chair = services()
                      .schedule.createChair(m_desk, {{QStringLiteral("name"), QStringLiteral("Chair 1")}})
                      ->value(QStringLiteral("id"))
                      .toString();
        m_anaAccount =
            addUser(QStringLiteral("ana@x.org"), QStringLiteral("Ana Account"), Role::Patient).userId;
        // Ana's record is linked to her account (she signs in to the portal); the dentist made it, so the
        // dentist sees her.
        auto ana = services().patients.createLinked(m_dentist,
                                                    {{QStringLiteral("name"), QStringLiteral("Ana Sousa")},
                                                     {QStringLiteral("email"), QStringLiteral("ana@x.org")}},
                                                    m_anaAccount);
        QVERIFY2(ana.ok(), ana ? "" : qPrintable(ana.error().message));
        m_ana = ana->value(QStringLiteral("id")).toString();
        m_ben = services()
                    .patients
                    .create(m_desk, {{QStringLiteral("name"), QStringLiteral("Ben Okafor")},
                                     {QStringLiteral("email"), QStringLiteral("ben@x.org")}})
                    ->value(QStringLiteral("id"))
                    .toString();
        BookingRequest r;
        r.patientId = m_ana;
        r.dentistId = m_doctor;
        r.chairId = m_chair;
        r.start = utc(11, 23, 9);
        r.reason = QStringLiteral("Toothache");
        auto booked = services().appointments.book(m_desk, r);
        QVERIFY2(booked.ok(), booked ? "" : qPrintable(booked.error().message));
        m_visit = booked->value(QStringLiteral("id")).toString();
    }

    void cleanup() { m_station.reset(); }

    void prescriptionsAreShownAndADentistWritesOne()
    {
        auto earlier = services().prescriptions.create(
            m_dentist,
            {{QStringLiteral("patient_id"), m_ana},
             {QStringLiteral("instructions"), QStringLiteral("After meals")},
             {QStringLiteral("medications"),
              QVariantList{QVariantMap{{QStringLiteral("medication_name"), QStringLiteral("Amoxicillin")},
                                       {QStringLiteral("dosage"), QStringLiteral("500 mg")},
                                       {QStringLiteral("frequency"), QStringLiteral("3x daily")}}}}});
        QVERIFY(earlier.ok());

        auto chart = openChart(m_dentist, m_ana);
        ui::PrescriptionsSection* section = chart->prescriptions();
        showTab(chart.get(), section);
        auto* list = child<QTreeWidget>(section, QStringLiteral("chartPrescriptionList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Dr Lopez"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Amoxicillin"));
        QCOMPARE(list->topLevelItem(0)->childCount(), 1);
        QVERIFY(list->topLevelItem(0)->child(0)->text(0).contains(QStringLiteral("500 mg")));
        const QString detail = child<QLabel>(section, QStringLiteral("chartPrescriptionDetail"))->text();
        QVERIFY2(detail.contains(QStringLiteral("After meals")) &&
                     detail.contains(QStringLiteral("3x daily")),
                 qPrintable(detail));
        QCOMPARE(section->currentPrescriptionId(), earlier->value(QStringLiteral("id")).toString());

        // Printed beside the detail: the selected prescription, on the printer's pages (a PDF printer here,
        // as a print dialog would set one up), with the medications and the prescriber.
        ui::PrintActions* print = section->printActions();
        QCOMPARE(print->document(), section->currentPrescriptionId());
        QVERIFY(child<QPushButton>(section, QStringLiteral("printPrescription"))->isEnabled());
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        QVERIFY(!print->print(printer));
        QFile printed(printer.outputFileName());
        QVERIFY(printed.open(QIODevice::ReadOnly));
        const QString paper = pdfText(printed.readAll());
        QVERIFY2(paper.contains(QStringLiteral("Amoxicillin")) && paper.contains(QStringLiteral("500 mg")) &&
                     paper.contains(QStringLiteral("Dr Lopez")),
                 qPrintable(paper));

        // A new prescription with two medications, typed into the form.
        auto* form = child<QWidget>(section, QStringLiteral("chartNewPrescription"));
        QVERIFY(form->isVisible());
        QTest::keyClicks(child<QLineEdit>(section, QStringLiteral("chartPrescriptionInstructions")),
                         QStringLiteral("Rinse twice a day"));
        auto* items = child<QTableWidget>(section, QStringLiteral("chartPrescriptionItems"));
        setCell(items, 0, 0, QStringLiteral("Chlorhexidine 0.12%"));
        setCell(items, 0, 2, QStringLiteral("2x daily"));
        QTest::mouseClick(child<QPushButton>(section, QStringLiteral("chartAddMedication")), Qt::LeftButton);
        QCOMPARE(items->rowCount(), 2);
        setCell(items, 1, 0, QStringLiteral("Ibuprofen"));
        setCell(items, 1, 1, QStringLiteral("400 mg"));
        setCell(items, 1, 4, QStringLiteral("20"));
        const int before = m_station->changeCount();
        QTest::mouseClick(child<QPushButton>(section, QStringLiteral("chartSavePrescription")),
                          Qt::LeftButton);
        auto* message = child<QLabel>(section, QStringLiteral("chartPrescriptionMessage"));
        QVERIFY2(!message->property("problem").toBool(), qPrintable(message->text()));
        QVERIFY(m_station->changeCount() > before);

        auto stored = services().prescriptions.listForPatient(m_desk, m_ana);
        QCOMPARE(stored->size(), 2);
        const QVariantMap newest = stored->first();
        QCOMPARE(newest.value(QStringLiteral("instructions")).toString(),
                 QStringLiteral("Rinse twice a day"));
        const QVariantList storedItems = newest.value(QStringLiteral("items")).toList();
        QCOMPARE(storedItems.size(), 2);
        QCOMPARE(storedItems[1].toMap().value(QStringLiteral("quantity")).toInt(), 20);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(section->currentPrescriptionId(), newest.value(QStringLiteral("id")).toString());
        QCOMPARE(items->rowCount(), 1); // the form is ready for the next one

        // Without a medication the service refuses, the reason is shown, nothing is written.
        const int unchanged = m_station->changeCount();
        QVERIFY(!section->createPrescription());
        QCOMPARE(message->property("problem").toBool(), true);
        QVERIFY2(message->text().contains(QStringLiteral("medication")), qPrintable(message->text()));
        QCOMPARE(m_station->changeCount(), unchanged);
    }

    void theFrontDeskReadsPrescriptionsButMayNotWriteOne()
    {
        QVERIFY(services()
                    .prescriptions
                    .create(m_dentist,
                            {{QStringLiteral("patient_id"), m_ana},
                             {QStringLiteral("medications"), QVariantList{QStringLiteral("Fluoride gel")}}})
                    .ok());
        auto chart = openChart(m_desk, m_ana);
        ui::PrescriptionsSection* section = chart->prescriptions();
        showTab(chart.get(), section);
        QCOMPARE(child<QTreeWidget>(section, QStringLiteral("chartPrescriptionList"))->topLevelItemCount(),
                 1);
        // The form is left out, and were it used anyway the service refuses: shown, nothing written.
        QVERIFY(!child<QWidget>(section, QStringLiteral("chartNewPrescription"))->isVisible());
        setCell(child<QTableWidget>(section, QStringLiteral("chartPrescriptionItems")), 0, 0,
                QStringLiteral("Ibuprofen"));
        const int before = m_station->changeCount();
        QVERIFY(!section->createPrescription());
        auto* message = child<QLabel>(section, QStringLiteral("chartPrescriptionMessage"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->property("problem").toBool(), true);
        QVERIFY2(message->text().contains(QStringLiteral("permission")), qPrintable(message->text()));
        QCOMPARE(m_station->changeCount(), before);
        QCOMPARE(services().prescriptions.listForPatient(m_desk, m_ana)->size(), 1);
    }

    void consultationsShowVitalSignsAndNotes()
    {
        QVERIFY(services().appointments.setStatus(m_desk, m_visit, AppointmentStatus::Confirmed).ok());
        auto consultation = services().consultations.create(
            m_dentist, {{QStringLiteral("appointment_id"), m_visit},
                        {QStringLiteral("chief_complaint"), QStringLiteral("Pain lower left")}});
        QVERIFY2(consultation.ok(), consultation ? "" : qPrintable(consultation.error().message));
        const QString id = consultation->value(QStringLiteral("id")).toString();
        QVERIFY(services()
                    .consultations
                    .recordVitalSigns(m_dentist, id,
                                      {{QStringLiteral("systolic_bp"), 128},
                                       {QStringLiteral("diastolic_bp"), 84},
                                       {QStringLiteral("heart_rate"), 72}})
                    .ok());
        QVERIFY(services()
                    .consultations
                    .addNote(m_dentist, id,
                             {{QStringLiteral("content"), QStringLiteral("Percussion positive on 36.")},
                              {QStringLiteral("title"), QStringLiteral("Examination")}})
                    .ok());

        // The front desk reads every consultation.
        auto chart = openChart(m_desk, m_ana);
        ui::ConsultationsSection* section = chart->consultations();
        showTab(chart.get(), section);
        auto* list = child<QTreeWidget>(section, QStringLiteral("chartConsultationList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Dr Lopez"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Pain lower left"));
        QCOMPARE(section->currentConsultationId(), id);
        auto* vitals = child<QTableWidget>(section, QStringLiteral("chartConsultationVitals"));
        QCOMPARE(vitals->rowCount(), 1);
        QCOMPARE(vitals->item(0, 1)->text(), QStringLiteral("128/84 mmHg"));
        QCOMPARE(vitals->item(0, 2)->text(), QStringLiteral("72 /min"));
        const QString notes = child<QLabel>(section, QStringLiteral("chartConsultationNotes"))->text();
        QVERIFY2(notes.contains(QStringLiteral("Percussion positive on 36.")) &&
                     notes.contains(QStringLiteral("Examination")),
                 qPrintable(notes));

        // Vital signs recorded meanwhile show when the store changes (the chart reloads the shown tab).
        QVERIFY(services()
                    .consultations.recordVitalSigns(m_dentist, id, {{QStringLiteral("heart_rate"), 90}})
                    .ok());
        QTRY_COMPARE(vitals->rowCount(), 2);
    }

    void documentsAreAddedSavedAndDeleted()
    {
        QTemporaryDir scratch;
        const QString source = scratch.filePath(QStringLiteral("referral.pdf"));
        {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(kPdf);
        }
        auto chart = openChart(m_desk, m_ana);
        ui::DocumentsSection* section = chart->documents();
        showTab(chart.get(), section);
        auto* list = child<QTreeWidget>(section, QStringLiteral("chartDocumentList"));
        auto* message = child<QLabel>(section, QStringLiteral("chartDocumentMessage"));
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(child<QPushButton>(section, QStringLiteral("chartAddDocument"))->isVisible());

        QTest::keyClicks(child<QLineEdit>(section, QStringLiteral("chartDocumentType")),
                         QStringLiteral("referral"));
        QVERIFY(section->addDocument(source));
        QVERIFY2(!message->property("problem").toBool(), qPrintable(message->text()));
        QCOMPARE(list->topLevelItemCount(), 1);
        QTreeWidgetItem* row = list->topLevelItem(0);
        QCOMPARE(row->text(1), QStringLiteral("referral"));
        QCOMPARE(row->text(2), QStringLiteral("referral.pdf"));
        QCOMPARE(row->text(3), QStringLiteral("PDF"));
        QVERIFY(!row->text(4).isEmpty());
        QVERIFY(row->text(0).startsWith(QStringLiteral("2026-11-23")));
        auto stored = services().documents.listForPatient(m_desk, m_ana);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().value(QStringLiteral("mime_type")).toString(),
                 QStringLiteral("application/pdf"));

        // A copy saved elsewhere holds the same bytes.
        const QString copy = scratch.filePath(QStringLiteral("copy.pdf"));
        QVERIFY(section->saveCopy(copy));
        QFile saved(copy);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), kPdf);

        // Something that is neither a PDF nor an image is refused by the service and not stored.
        const QString text = scratch.filePath(QStringLiteral("notes.txt"));
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("plain text");
        }
        const int before = m_station->changeCount();
        QVERIFY(!section->addDocument(text));
        QCOMPARE(message->property("problem").toBool(), true);
        QVERIFY2(message->text().contains(QStringLiteral("PDF")), qPrintable(message->text()));
        QCOMPARE(m_station->changeCount(), before);
        QCOMPARE(list->topLevelItemCount(), 1);

        QVERIFY(section->removeCurrent());
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(services().documents.listForPatient(m_desk, m_ana)->size(), 0);
    }

    void aPatientAccountReadsDocumentsWithoutChangingThem()
    {
        QVERIFY(services()
                    .documents
                    .upload(m_desk, {{QStringLiteral("patient_id"), m_ana}},
                            DocumentFile{QStringLiteral("x.pdf"), QString(), kPdf})
                    .ok());
        const Actor ana{m_anaAccount, Role::Patient, QStringLiteral("test")};
        auto chart = openChart(ana, m_ana);
        ui::DocumentsSection* section = chart->documents();
        showTab(chart.get(), section);
        QCOMPARE(child<QTreeWidget>(section, QStringLiteral("chartDocumentList"))->topLevelItemCount(), 1);
        QVERIFY(!child<QPushButton>(section, QStringLiteral("chartAddDocument"))->isVisible());
        QVERIFY(!child<QPushButton>(section, QStringLiteral("chartDeleteDocument"))->isVisible());
        QVERIFY(child<QPushButton>(section, QStringLiteral("chartSaveDocument"))->isEnabled());
        // The service refuses a removal all the same.
        const int before = m_station->changeCount();
        QVERIFY(!section->removeCurrent());
        QCOMPARE(child<QLabel>(section, QStringLiteral("chartDocumentMessage"))->property("problem").toBool(),
                 true);
        QCOMPARE(m_station->changeCount(), before);
    }

    void theFrontDeskRecordsPaymentsAndGeneratesInvoices()
    {
        auto chart = openChart(m_desk, m_ana);
        ui::BillingSection* section = chart->billing();
        showTab(chart.get(), section);
        auto* balance = child<QLabel>(section, QStringLiteral("chartBalance"));
        auto* message = child<QLabel>(section, QStringLiteral("chartBillingMessage"));
        auto* payments = child<QTreeWidget>(section, QStringLiteral("chartPaymentList"));
        auto* invoices = child<QTreeWidget>(section, QStringLiteral("chartInvoiceList"));
        QCOMPARE(balance->text(), QStringLiteral("Nothing invoiced or paid yet."));

        QTest::keyClicks(child<QLineEdit>(section, QStringLiteral("chartInvoiceTotal")),
                         QStringLiteral("150"));
        child<QCheckBox>(section, QStringLiteral("chartInvoiceHasDueDate"))->setChecked(true);
        child<QDateEdit>(section, QStringLiteral("chartInvoiceDueDate"))->setDate(QDate(2026, 12, 23));
        QTest::mouseClick(child<QPushButton>(section, QStringLiteral("chartGenerateInvoice")),
                          Qt::LeftButton);
        QVERIFY2(!message->property("problem").toBool(), qPrintable(message->text()));
        QCOMPARE(invoices->topLevelItemCount(), 1);
        QCOMPARE(invoices->topLevelItem(0)->text(2), QStringLiteral("150.00 AUD"));
        QCOMPARE(invoices->topLevelItem(0)->text(3), QStringLiteral("Unpaid"));
        QCOMPARE(invoices->topLevelItem(0)->text(4), QStringLiteral("2026-12-23"));
        QVERIFY(invoices->topLevelItem(0)->text(1).startsWith(QStringLiteral("INV-")));
        const QString detail = child<QLabel>(section, QStringLiteral("chartInvoiceDetail"))->text();
        QVERIFY2(detail.contains(invoices->topLevelItem(0)->text(1)), qPrintable(detail));
        // Its own statement (payments of its visit; it names none): nothing paid towards it yet.
        QVERIFY2(detail.contains(QStringLiteral("still owed 150.00")), qPrintable(detail));
        // Saved as the PDF the API would send: the invoice as it stands, with what is still owed.
        auto* save = child<QPushButton>(section, QStringLiteral("saveInvoicePdf"));
        QVERIFY(save->isEnabled());
        QCOMPARE(section->printActions()->document(), section->currentInvoiceId());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
        QVERIFY(!section->printActions()->savePdf(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString paper = pdfText(saved.readAll());
        QVERIFY2(paper.contains(invoices->topLevelItem(0)->text(1)) &&
                     paper.contains(QStringLiteral("Ana")) && paper.contains(QStringLiteral("150.00")),
                 qPrintable(paper));
        // Where it cannot be written the reason is the answer, and no file is left half-written.
        const auto unwritable =
            section->printActions()->savePdf(dir.filePath(QStringLiteral("no/such/x.pdf")));
        QVERIFY(unwritable);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no/such/x.pdf"))));
        QCOMPARE(balance->text(), QStringLiteral("Balance 150.00 AUD (invoiced 150.00, paid 0.00)"));
        QCOMPARE(balance->property("owing").toBool(), true);

        // A payment in cash, taken at the desk: completed, and the balance goes down.
        auto* amount = child<QLineEdit>(section, QStringLiteral("chartPaymentAmount"));
        QTest::keyClicks(amount, QStringLiteral("80.50"));
        QTest::keyClick(amount, Qt::Key_Return);
        QVERIFY2(!message->property("problem").toBool(), qPrintable(message->text()));
        QCOMPARE(payments->topLevelItemCount(), 1);
        QCOMPARE(payments->topLevelItem(0)->text(1), QStringLiteral("80.50 AUD"));
        QCOMPARE(payments->topLevelItem(0)->text(2), QStringLiteral("Cash"));
        QCOMPARE(payments->topLevelItem(0)->text(3), QStringLiteral("Completed"));
        QCOMPARE(balance->text(), QStringLiteral("Balance 69.50 AUD (invoiced 150.00, paid 80.50)"));
        auto stored = services().billing.payments(m_desk, m_ana);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().value(QStringLiteral("amount")).toString(), QStringLiteral("80.50"));
        QCOMPARE(stored->first().value(QStringLiteral("payment_method")).toString(), QStringLiteral("cash"));

        // A zero amount is refused by the service: the reason is shown and nothing is written.
        const int before = m_station->changeCount();
        QTest::keyClicks(amount, QStringLiteral("0"));
        QTest::mouseClick(child<QPushButton>(section, QStringLiteral("chartRecordPayment")), Qt::LeftButton);
        QCOMPARE(message->property("problem").toBool(), true);
        QVERIFY2(message->text().contains(QStringLiteral("above zero")), qPrintable(message->text()));
        QCOMPARE(m_station->changeCount(), before);
        QCOMPARE(payments->topLevelItemCount(), 1);

        // Another patient's payments are not this patient's.
        QCOMPARE(services().billing.payments(m_desk, m_ben)->size(), 0);
    }

    void aDentistSeesPaymentsButRecordsNone()
    {
        QVERIFY(
            services()
                .billing
                .recordPayment(m_desk, {{QStringLiteral("patient_id"), m_ana},
                                        {QStringLiteral("amount"), QStringLiteral("40")},
                                        {QStringLiteral("payment_method"), QStringLiteral("debit_card")},
                                        {QStringLiteral("transaction_status"), QStringLiteral("completed")}})
                .ok());
        auto chart = openChart(m_dentist, m_ana);
        ui::BillingSection* section = chart->billing();
        showTab(chart.get(), section);
        QCOMPARE(child<QTreeWidget>(section, QStringLiteral("chartPaymentList"))->topLevelItemCount(), 1);
        QVERIFY(!section->findChild<QWidget*>(QStringLiteral("chartPaymentForm")));
        QVERIFY(!section->findChild<QWidget*>(QStringLiteral("chartInvoiceForm")));
        // A patient the dentist may not see has no payments to show her, not an empty list.
        QCOMPARE(services().billing.payments(m_dentist, m_ben).error().code, Error::Code::NotFound);
        QCOMPARE(services().billing.balances(m_dentist, m_ben).error().code, Error::Code::NotFound);
        // Paid ahead of any invoice: a negative balance, not shown as owing.
        QCOMPARE(child<QLabel>(section, QStringLiteral("chartBalance"))->property("owing").toBool(), false);
    }

    void everyChartTabHasDistinctAccessKeys()
    {
        everyScreenHasDistinctAccessKeys();
        // Alt and a tab's letter switches to it.
        auto chart = openChart(m_desk, m_ana);
        QApplication::setActiveWindow(chart.get());
        QVERIFY(QTest::qWaitForWindowActive(chart.get()));
        QTest::keyClick(chart.get(), Qt::Key_Y, Qt::AltModifier);
        QCOMPARE(chart->tabs()->currentWidget(), chart->billing());
    }

    void staffSeeEveryMessageWithItsDeliveryState()
    {
        // The station's own confirmation for Ana's booking, queued; a message the desk sent Ana's account
        // that could not be delivered; one to Ben, recorded as sent.
        auto benUser =
            addUser(QStringLiteral("ben.account@x.org"), QStringLiteral("Ben Account"), Role::Patient);
        // The accounts' activation mails are messages too; they came first.
        const int activations = int(services().notifications.search(m_desk, {})->size());
        const int anaActivations =
            int(services().notifications.search(m_desk, NotificationQuery{{}, m_ana, 500})->size());
        m_station->clock.advanceSeconds(60);
        QCOMPARE(services().notifications.queueAppointmentMessages(), 1);
        DownSender down;
        QCOMPARE(services().outbox.deliverDue(down, QStringLiteral("clinic@x.org")), 0);
        m_station->clock.advanceSeconds(60);
        QVERIFY(services()
                    .notifications
                    .send(m_desk, {{QStringLiteral("user_id"), m_anaAccount},
                                   {QStringLiteral("type"), QStringLiteral("email")},
                                   {QStringLiteral("status"), QStringLiteral("failed")},
                                   {QStringLiteral("error_message"), QStringLiteral("Mailbox full")},
                                   {QStringLiteral("subject"), QStringLiteral("Your X-ray")},
                                   {QStringLiteral("message"), QStringLiteral("Your X-ray is ready.")}})
                    .ok());
        m_station->clock.advanceSeconds(60);
        QVERIFY(services()
                    .notifications
                    .send(m_desk, {{QStringLiteral("user_id"), benUser.userId},
                                   {QStringLiteral("type"), QStringLiteral("sms")},
                                   {QStringLiteral("status"), QStringLiteral("sent")},
                                   {QStringLiteral("message"), QStringLiteral("See you soon.")}})
                    .ok());

        ui::NotificationsView view(services(), m_desk);
        view.resize(1300, 700);
        view.show();
        auto* table = child<QTableWidget>(&view, QStringLiteral("notificationTable"));
        QCOMPARE(table->rowCount(), activations + 3);
        // Newest first: Ben's SMS, the failed email, the queued confirmation with its failed attempt.
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("SMS"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("Sent"));
        QCOMPARE(table->item(1, 5)->text(), QStringLiteral("Failed"));
        QCOMPARE(table->item(1, 7)->text(), QStringLiteral("Mailbox full"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Message"));
        QCOMPARE(table->item(2, 3)->text(), QStringLiteral("Confirmation"));
        QCOMPARE(table->item(2, 5)->text(), QStringLiteral("Queued"));
        QCOMPARE(table->item(2, 6)->text(), QStringLiteral("1"));
        QVERIFY2(table->item(2, 2)->text().contains(QStringLiteral("Ana Sousa")) &&
                     table->item(2, 2)->text().contains(QStringLiteral("ana@x.org")),
                 qPrintable(table->item(2, 2)->text()));
        QVERIFY2(table->item(2, 7)->text().contains(QStringLiteral("connection refused")),
                 qPrintable(table->item(2, 7)->text()));

        // Filter by state.
        view.setStateFilter(QStringLiteral("failed"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 7)->text(), QStringLiteral("Mailbox full"));
        view.setStateFilter(QString());
        QCOMPARE(table->rowCount(), activations + 3);

        // Filter by patient: search, then Enter takes the first match. Ana's messages are the confirmation
        // (naming her) and the one sent to her account.
        auto* search = child<QLineEdit>(&view, QStringLiteral("notificationPatientSearch"));
        QTest::keyClicks(search, QStringLiteral("Ana"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(view.patientFilter(), m_ana);
        QCOMPARE(table->rowCount(), anaActivations + 2);
        view.setPatientFilter(m_ben);
        QCOMPARE(table->rowCount(), 0); // Ben's account is not linked to his patient record
        view.setPatientFilter({});
        QCOMPARE(table->rowCount(), activations + 3);

        // A patient account sees only its own messages: those to Ana, not Ben's.
        const Actor ana{m_anaAccount, Role::Patient, QStringLiteral("test")};
        auto own = services().notifications.search(ana, NotificationQuery{});
        QCOMPARE(own->size(), anaActivations + 2);
        for (const QVariantMap& n : *own)
            QCOMPARE(n.value(QStringLiteral("user_id")).toString(), m_anaAccount);

        // The selected message in full, and marked read.
        table->setCurrentCell(1, 0);
        QVERIFY(child<QPlainTextEdit>(&view, QStringLiteral("notificationText"))
                    ->toPlainText()
                    .contains(QStringLiteral("Your X-ray is ready.")));
        auto* markRead = child<QPushButton>(&view, QStringLiteral("notificationMarkRead"));
        QVERIFY(markRead->isEnabled());
        const QString id = view.currentNotificationId();
        QTest::mouseClick(markRead, Qt::LeftButton);
        QCOMPARE(services().notifications.get(m_desk, id)->value(QStringLiteral("is_read")).toInt(), 1);
        QCOMPARE(view.currentNotificationId(), id);
        QCOMPARE(table->item(1, 8)->text(), QStringLiteral("Read"));
        QVERIFY(!markRead->isEnabled());
    }

    void theMessagesViewIsForStaff()
    {
        auto desk =
            services().accounts.login(QStringLiteral("desk@x.org"), QStringLiteral("password123"), {});
        ui::MainWindow deskWindow(services(), *desk);
        QVERIFY(deskWindow.viewKeys().contains(QStringLiteral("messages")));
        auto dentist =
            services().accounts.login(QStringLiteral("dr@x.org"), QStringLiteral("password123"), {});
        ui::MainWindow dentistWindow(services(), *dentist);
        QVERIFY(!dentistWindow.viewKeys().contains(QStringLiteral("messages")));
        QVERIFY(!dentistWindow.findChild<ui::NotificationsView*>());
    }

    // Last: the German translation stays installed once loaded.
    void germanAccessKeysAreDistinctToo()
    {
        QCOMPARE(ui::installTranslations(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("de"));
        auto chart = openChart(m_desk, m_ana);
        QCOMPARE(chart->tabs()->tabText(1), QStringLiteral("&Rezepte"));
        chart.reset();
        everyScreenHasDistinctAccessKeys();
    }
};

QTEST_MAIN(TestChartClinical)
#include "tst_chart_clinical.moc"

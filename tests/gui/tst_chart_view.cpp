#include "ChartView.h"
#include "TestStation.h"
#include "WidgetLookup.h"
#include "XrayView.h"
#include "XrayWindow.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QGroupBox>
#include <QImageWriter>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QTreeWidget>

using namespace chairside;
using namespace chairside::test;

namespace {

// A 16-bit bitewing stand-in: a horizontal ramp over the upper half of the value range, so a loaded pixel is
// recognisably the one written.
QByteArray xrayPng(QSize size = QSize(64, 48))
{
    QImage image(size, QImage::Format_Grayscale16);
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<quint16*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = quint16(32768 + x * 500 + y);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        qFatal("cannot encode the test image: %s", qPrintable(writer.errorString()));
    return bytes;
}

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

// The patient chart driven through its widgets on a real store. The clinic is in Tokyo (UTC+9) and the clock
// stands at Monday 2026-11-23 20:00 UTC, which is already Tuesday 05:00 there: "today" is the clinic's
// Tuesday, and Monday's visit (today by UTC) must not take the note.
class TestChartView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    Actor m_desk;
    Actor m_dentist;
    QString m_doctor;
    QString m_chair;
    QString m_ana;
    QString m_past;     // 2026-11-02 10:00 Tokyo
    QString m_monday;   // 2026-11-23 11:00 Tokyo, a record with a draft-read X-ray of 36 and 37
    QString m_today;    // 2026-11-24 09:00 Tokyo
    QString m_upcoming; // 2026-12-01 10:00 Tokyo
    QByteArray m_png = xrayPng();

    Actor addUser(const QString& email, const QString& name, Role role)
    {
        RegistrationInput in{{{QStringLiteral("email"), email},
                              {QStringLiteral("password"), QStringLiteral("password123")},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("role"), roleName(role)}}};
        auto user = m_station->services->accounts.registerUser(in, Actor::system(QStringLiteral("test")));
        if (!user)
            qFatal("cannot add %s: %s", qPrintable(email), qPrintable(user.error().message));
        return Actor{user->value(QStringLiteral("id")).toString(), role, QStringLiteral("test")};
    }

    QString book(const QString& patient, const QDateTime& start, const QString& reason)
    {
        BookingRequest r;
        r.patientId = patient;
        r.dentistId = m_doctor;
        r.chairId = m_chair;
        r.start = start;
        r.reason = reason;
        auto booked = m_station->services->appointments.book(m_desk, r);
        if (!booked)
            qFatal("cannot book: %s", qPrintable(booked.error().message));
        return booked->value(QStringLiteral("id")).toString();
    }

    // A record with one X-ray whose AI reading is a draft, the way the analysis worker leaves it.
    QString recordWithDraftReading(const QString& appointment)
    {
        auto& records = m_station->services->records;
        auto created = records.create(
            m_desk, appointment, QStringLiteral("Pain lower left."),
            {{QString::fromLatin1(m_png.toBase64()), QStringLiteral("image/png"), QStringLiteral("36 37")}});
        if (!created)
            qFatal("cannot create the record: %s", qPrintable(created.error().message));
        const QString reading = created->images[0].value(QStringLiteral("reading_id")).toString();
        if (records.recordAnalysis(reading,
                                   {ImageAnalysis::Outcome::Reading, QStringLiteral("Caries distal 36."), {}},
                                   QStringLiteral("gemini-2.0-flash"), QStringLiteral("seed000-v1")))
            qFatal("cannot record the analysis");
        return reading;
    }

    std::unique_ptr<ui::ChartView> openChart(const Actor& actor, const QString& patient)
    {
        auto chart = std::make_unique<ui::ChartView>(*m_station->services, actor);
        chart->resize(1200, 800);
        chart->show();
        chart->setPatient(patient);
        return chart;
    }

    static QTreeWidgetItem* rowOn(QTreeWidget* timeline, const QString& isoDate)
    {
        for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
            if (timeline->topLevelItem(i)->text(0).contains(isoDate))
                return timeline->topLevelItem(i);
        }
        return nullptr;
    }

    QVariantMap storedRecord(const QString& appointment)
    {
        auto record = m_station->services->records.forAppointment(m_desk, appointment);
        return record && record->has_value() ? (*record)->record : QVariantMap();
    }

    ui::XrayWindow* openImageOn(ui::ChartView* chart, const QString& isoDate)
    {
        auto* timeline = child<QTreeWidget>(chart, QStringLiteral("chartTimeline"));
        timeline->setCurrentItem(rowOn(timeline, isoDate));
        QTest::mouseClick(child<QPushButton>(chart, QStringLiteral("chartOpenImage")), Qt::LeftButton);
        ui::XrayWindow* window = chart->xrayWindow();
        if (window) {
            QApplication::setActiveWindow(window);
            window->view()->setFocus();
        }
        return window;
    }

private slots:
    void init()
    {
        CoreConfig config;
        config.imageAnalysisEnabled = true;
        m_station = std::make_unique<TestStation>(config);
        m_station->clock.set(utc(11, 23, 20));
        Services& s = *m_station->services;
        QVERIFY(!s.schedule.setSetting(Actor::system(), QStringLiteral("time_zone"),
                                       QStringLiteral("Asia/Tokyo")));
        m_desk = addUser(QStringLiteral("desk@x.org"), QStringLiteral("Rita Desk"), Role::Receptionist);
        m_dentist = addUser(QStringLiteral("dr@x.org"), QStringLiteral("Maria Lopez"), Role::Dentist);
        m_doctor = s.doctors.create(m_desk, {{QStringLiteral("name"), QStringLiteral("Dr Lopez")}})
                       ->value(QStringLiteral("id"))
                       .toString();
        m_chair = s.schedule.createChair(m_desk, {{QStringLiteral("name"), QStringLiteral("Chair 1")}})
                      ->value(QStringLiteral("id"))
                      .toString();
        // The dentist created the patient, so the dentist may see her (the front desk sees everyone).
        auto ana = s.patients.create(
            m_dentist, {{QStringLiteral("name"), QStringLiteral("Ana Sousa")},
                        {QStringLiteral("date_of_birth"), QStringLiteral("1980-05-02")},
                        {QStringLiteral("phone"), QStringLiteral("+351 912 345 678")},
                        {QStringLiteral("allergies"), QStringLiteral("Penicillin, latex")},
                        {QStringLiteral("medical_history"), QStringLiteral("Type 2 diabetes")}});
        QVERIFY2(ana.ok(), ana ? "" : qPrintable(ana.error().message));
        m_ana = ana->value(QStringLiteral("id")).toString();
        // Booked out of order, so the timeline's order is its own.
        m_today = book(m_ana, utc(11, 24, 0), QStringLiteral("Filling 36"));
        m_past = book(m_ana, utc(11, 2, 1), QStringLiteral("Check-up"));
        m_upcoming = book(m_ana, utc(12, 1, 1), QStringLiteral("Follow-up"));
        m_monday = book(m_ana, utc(11, 23, 2), QStringLiteral("Pain lower left"));
        recordWithDraftReading(m_monday);
    }

    void cleanup() { m_station.reset(); }

    void headerShowsAllergiesProminently()
    {
        auto chart = openChart(m_dentist, m_ana);
        QCOMPARE(child<QLabel>(chart.get(), QStringLiteral("chartPatientName"))->text(),
                 QStringLiteral("Ana Sousa"));
        const QString details = child<QLabel>(chart.get(), QStringLiteral("chartPatientDetails"))->text();
        QVERIFY2(details.contains(QStringLiteral("1980-05-02")) && details.contains(QStringLiteral("46")),
                 qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("+351 912 345 678")));
        auto* allergies = child<QLabel>(chart.get(), QStringLiteral("chartAllergies"));
        QVERIFY(allergies->isVisible());
        QVERIFY(allergies->text().contains(QStringLiteral("Penicillin, latex")));
        QCOMPARE(allergies->property("warning").toBool(), true);
        QVERIFY(!allergies->styleSheet().isEmpty());
        QCOMPARE(allergies->accessibleName(), QStringLiteral("Allergies"));
        QVERIFY(child<QLabel>(chart.get(), QStringLiteral("chartMedicalHistory"))
                    ->text()
                    .contains(QStringLiteral("Type 2 diabetes")));

        // Without allergies the chart says so, without the warning.
        const QString ben = m_station->services->patients
                                .create(m_desk, {{QStringLiteral("name"), QStringLiteral("Ben Okafor")}})
                                ->value(QStringLiteral("id"))
                                .toString();
        auto deskChart = openChart(m_desk, ben);
        auto* none = child<QLabel>(deskChart.get(), QStringLiteral("chartAllergies"));
        QCOMPARE(none->property("warning").toBool(), false);
        QCOMPARE(none->text(), QStringLiteral("No allergies recorded."));
        QVERIFY(!child<QPushButton>(deskChart.get(), QStringLiteral("chartAddNote"))->isEnabled());

        // A patient the actor may not see is reported inline, not shown.
        auto dentistOnBen = openChart(m_dentist, ben);
        auto* message = child<QLabel>(dentistOnBen.get(), QStringLiteral("chartMessage"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->property("problem").toBool(), true);
        QCOMPARE(child<QTreeWidget>(dentistOnBen.get(), QStringLiteral("chartTimeline"))->topLevelItemCount(),
                 0);
    }

    void timelineListsAppointmentsNewestFirst()
    {
        auto chart = openChart(m_dentist, m_ana);
        auto* timeline = child<QTreeWidget>(chart.get(), QStringLiteral("chartTimeline"));

        QCOMPARE(timeline->topLevelItemCount(), 4);
        const QStringList dates{QStringLiteral("2026-12-01"), QStringLiteral("2026-11-24"),
                                QStringLiteral("2026-11-23"), QStringLiteral("2026-11-02")};
        for (int i = 0; i < dates.size(); ++i)
            QVERIFY2(timeline->topLevelItem(i)->text(0).contains(dates[i]),
                     qPrintable(timeline->topLevelItem(i)->text(0)));
        // Clinic time, the booking's details, and today's visit marked and current.
        QTreeWidgetItem* today = timeline->topLevelItem(1);
        QVERIFY(today->text(0).contains(QStringLiteral("today")));
        QCOMPARE(today->text(1), QStringLiteral("09:00–09:30"));
        QCOMPARE(today->text(2), QStringLiteral("Dr Lopez"));
        QCOMPARE(today->text(3), QStringLiteral("Chair 1"));
        QCOMPARE(today->text(4), QStringLiteral("Scheduled"));
        QCOMPARE(today->text(5), QStringLiteral("Filling 36"));
        QCOMPARE(timeline->currentItem(), today);
        QCOMPARE(chart->todaysAppointmentId(), m_today);

        // Monday's visit carries its notes and its image with the reading.
        QTreeWidgetItem* monday = timeline->topLevelItem(2);
        QCOMPARE(monday->childCount(), 2);
        QVERIFY(monday->child(0)->text(0).contains(QStringLiteral("Pain lower left.")));
        QVERIFY(monday->child(1)->text(0).contains(QStringLiteral("teeth 36, 37")));
        QVERIFY(monday->child(1)->text(0).contains(QStringLiteral("Caries distal 36.")));

        // The keyboard walks the timeline and the record beside it follows.
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_Home);
        QCOMPARE(timeline->currentItem(), timeline->topLevelItem(0));
        auto heading = [&] {
            return child<QLabel>(chart.get(), QStringLiteral("chartDetailHeading"))->text();
        };
        QVERIFY2(heading().contains(QStringLiteral("2026-12-01")), qPrintable(heading()));
        QTest::keyClick(timeline, Qt::Key_Down);
        QTest::keyClick(timeline, Qt::Key_Down);
        QCOMPARE(timeline->currentItem(), monday);
        QVERIFY(heading().contains(QStringLiteral("2026-11-23")));
        QCOMPARE(child<QPlainTextEdit>(chart.get(), QStringLiteral("chartNotes"))->toPlainText(),
                 QStringLiteral("Pain lower left."));
    }

    void notesGoToTodaysAppointment()
    {
        auto chart = openChart(m_dentist, m_ana);
        auto* editor = child<QPlainTextEdit>(chart.get(), QStringLiteral("chartNoteEditor"));
        auto* add = child<QPushButton>(chart.get(), QStringLiteral("chartAddNote"));
        auto* message = child<QLabel>(chart.get(), QStringLiteral("chartMessage"));
        QVERIFY(editor->isEnabled());
        QVERIFY(child<QLabel>(chart.get(), QStringLiteral("chartNoteTarget"))
                    ->text()
                    .contains(QStringLiteral("09:00")));
        QVERIFY(!editor->accessibleName().isEmpty());

        // Alt+N, the label's mnemonic, reaches the note from anywhere in the chart.
        QApplication::setActiveWindow(chart.get());
        QVERIFY(QTest::qWaitForWindowActive(chart.get()));
        child<QTreeWidget>(chart.get(), QStringLiteral("chartTimeline"))->setFocus();
        QTest::keyClick(chart->focusWidget(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), editor);

        // A blank note is refused inline and writes nothing.
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(message->isVisible());
        QCOMPARE(message->property("problem").toBool(), true);
        QVERIFY(storedRecord(m_today).isEmpty());

        QTest::keyClicks(editor, QStringLiteral("Anaesthesia given."));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(message->property("problem").toBool(), false);
        QVERIFY(editor->toPlainText().isEmpty());
        QCOMPARE(storedRecord(m_today).value(QStringLiteral("text_note")).toString(),
                 QStringLiteral("[2026-11-24 05:00, Maria Lopez]\nAnaesthesia given."));
        QVERIFY(storedRecord(m_monday).value(QStringLiteral("text_note")).toString() ==
                QStringLiteral("Pain lower left.")); // today by UTC, not by the clinic

        // The second note (Ctrl+Return in the field) is appended below the first.
        m_station->clock.advanceSeconds(20 * 60);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Filling placed."));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        const QString both = QStringLiteral("[2026-11-24 05:00, Maria Lopez]\nAnaesthesia given.\n\n"
                                            "[2026-11-24 05:20, Maria Lopez]\nFilling placed.");
        QCOMPARE(storedRecord(m_today).value(QStringLiteral("text_note")).toString(), both);
        auto* timeline = child<QTreeWidget>(chart.get(), QStringLiteral("chartTimeline"));
        QCOMPARE(timeline->currentItem()->text(0), timeline->topLevelItem(1)->text(0));
        QCOMPARE(child<QPlainTextEdit>(chart.get(), QStringLiteral("chartNotes"))->toPlainText(), both);
    }

    void aDentistConfirmsADraftReading()
    {
        auto chart = openChart(m_dentist, m_ana);
        auto* timeline = child<QTreeWidget>(chart.get(), QStringLiteral("chartTimeline"));
        timeline->setCurrentItem(rowOn(timeline, QStringLiteral("2026-11-23")));
        auto* status = child<QLabel>(chart.get(), QStringLiteral("chartReadingStatus"));
        QCOMPARE(status->property("status").toString(), QStringLiteral("draft"));
        QCOMPARE(child<QLabel>(chart.get(), QStringLiteral("chartReadingText"))->text(),
                 QStringLiteral("Caries distal 36."));
        QVERIFY(child<QLabel>(chart.get(), QStringLiteral("chartReadingMeta"))
                    ->text()
                    .contains(QStringLiteral("gemini-2.0-flash")));
        auto* confirm = child<QPushButton>(chart.get(), QStringLiteral("chartConfirmReading"));
        QVERIFY(confirm && confirm->isVisible());
        QVERIFY(!confirm->accessibleName().isEmpty());
        QVERIFY(child<QPushButton>(chart.get(), QStringLiteral("chartRejectReading")));

        m_station->clock.advanceSeconds(90);
        QTest::mouseClick(confirm, Qt::LeftButton);

        auto stored = m_station->services->records.forAppointment(m_dentist, m_monday);
        const QVariantMap image = (*stored)->images[0];
        QCOMPARE(image.value(QStringLiteral("reading_status")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(image.value(QStringLiteral("reading_reviewed_by")).toString(), m_dentist.userId);
        QCOMPARE(image.value(QStringLiteral("reading_reviewed_at")).toString(),
                 QStringLiteral("2026-11-23T20:01:30.000Z"));
        // The chart shows the decision, who and when (clinic time), and no more buttons.
        QCOMPARE(timeline->currentItem(), rowOn(timeline, QStringLiteral("2026-11-23")));
        QCOMPARE(
            child<QLabel>(chart.get(), QStringLiteral("chartReadingStatus"))->property("status").toString(),
            QStringLiteral("confirmed"));
        const QString meta = child<QLabel>(chart.get(), QStringLiteral("chartReadingMeta"))->text();
        QVERIFY2(meta.contains(QStringLiteral("Confirmed by Maria Lopez on 2026-11-24 05:01")),
                 qPrintable(meta));
        QVERIFY(!chart->findChild<QPushButton*>(QStringLiteral("chartConfirmReading")));
        QCOMPARE(child<QLabel>(chart.get(), QStringLiteral("chartMessage"))->property("problem").toBool(),
                 false);
    }

    void othersSeeReadingsWithoutReviewButtons()
    {
        // A patient account looking at its own chart.
        const Actor patient =
            addUser(QStringLiteral("ben@x.org"), QStringLiteral("Ben Okafor"), Role::Patient);
        auto profile = m_station->services->patients.ownProfile(patient);
        QVERIFY(profile.ok());
        const QString ben = profile->value(QStringLiteral("id")).toString();
        recordWithDraftReading(book(ben, utc(11, 23, 5), QStringLiteral("Check-up")));
        auto chart = openChart(patient, ben);
        auto* timeline = child<QTreeWidget>(chart.get(), QStringLiteral("chartTimeline"));
        QCOMPARE(timeline->topLevelItemCount(), 1);
        timeline->setCurrentItem(timeline->topLevelItem(0));
        QCOMPARE(
            child<QLabel>(chart.get(), QStringLiteral("chartReadingStatus"))->property("status").toString(),
            QStringLiteral("draft"));
        QCOMPARE(child<QLabel>(chart.get(), QStringLiteral("chartReadingText"))->text(),
                 QStringLiteral("Caries distal 36."));
        QVERIFY(chart->findChild<QPushButton*>(QStringLiteral("chartOpenImage")));
        QVERIFY(!chart->findChild<QPushButton*>(QStringLiteral("chartConfirmReading")));
        QVERIFY(!chart->findChild<QPushButton*>(QStringLiteral("chartRejectReading")));
        // Patient accounts do not write clinical records, so there is no note field either.
        QVERIFY(!child<QWidget>(chart.get(), QStringLiteral("chartNoteArea"))->isVisible());

        // The front desk writes notes but does not review readings.
        auto deskChart = openChart(m_desk, m_ana);
        auto* deskTimeline = child<QTreeWidget>(deskChart.get(), QStringLiteral("chartTimeline"));
        deskTimeline->setCurrentItem(rowOn(deskTimeline, QStringLiteral("2026-11-23")));
        QCOMPARE(child<QLabel>(deskChart.get(), QStringLiteral("chartReadingStatus"))
                     ->property("status")
                     .toString(),
                 QStringLiteral("draft"));
        QVERIFY(!deskChart->findChild<QPushButton*>(QStringLiteral("chartConfirmReading")));
        QVERIFY(child<QWidget>(deskChart.get(), QStringLiteral("chartNoteArea"))->isVisible());
    }

    void changesElsewhereShowWithoutAReload()
    {
        // An X-ray taken today is still with the analyzer when the chart opens.
        auto& records = m_station->services->records;
        auto created = records.create(
            m_desk, m_today, {},
            {{QString::fromLatin1(m_png.toBase64()), QStringLiteral("image/png"), QStringLiteral("46")}});
        QVERIFY(created.ok());
        const QString reading = created->images[0].value(QStringLiteral("reading_id")).toString();
        auto chart = openChart(m_dentist, m_ana);
        auto* detail = child<QScrollArea>(chart.get(), QStringLiteral("chartDetail"));
        QCOMPARE(
            child<QLabel>(chart.get(), QStringLiteral("chartReadingStatus"))->property("status").toString(),
            QStringLiteral("pending"));
        QVERIFY(!chart->findChild<QPushButton*>(QStringLiteral("chartConfirmReading")));
        QVERIFY(child<QProgressBar>(chart.get(), QStringLiteral("chartReadingBusy"))->isVisible());

        // A write that does not touch this patient leaves the chart as it is, so nothing moves under the
        // reader.
        const QPointer<QWidget> page = detail->widget();
        QVERIFY(
            m_station->services->patients.create(m_desk, {{QStringLiteral("name"), QStringLiteral("Cy Doe")}})
                .ok());
        QTest::qWait(1500);
        QCOMPARE(detail->widget(), page.data());

        // The analyzer's draft shows up by itself, ready to be reviewed.
        QVERIFY(!records.recordAnalysis(
            reading, {ImageAnalysis::Outcome::Reading, QStringLiteral("Periapical lesion 46."), {}},
            QStringLiteral("gemini-2.0-flash"), QStringLiteral("seed000-v1")));
        QTRY_VERIFY(chart->findChild<QPushButton*>(QStringLiteral("chartConfirmReading")));
        QVERIFY(!chart->findChild<QProgressBar*>(QStringLiteral("chartReadingBusy")));
        QCOMPARE(child<QLabel>(chart.get(), QStringLiteral("chartReadingText"))->text(),
                 QStringLiteral("Periapical lesion 46."));
    }

    void anImageOpensInTheViewer()
    {
        auto chart = openChart(m_dentist, m_ana);
        QVERIFY(!chart->xrayWindow());
        auto* timeline = child<QTreeWidget>(chart.get(), QStringLiteral("chartTimeline"));
        timeline->setCurrentItem(rowOn(timeline, QStringLiteral("2026-11-23")));
        QTest::mouseClick(child<QPushButton>(chart.get(), QStringLiteral("chartOpenImage")), Qt::LeftButton);

        ui::XrayWindow* window = chart->xrayWindow();
        QVERIFY(window);
        QCOMPARE(window, chart->findChild<ui::XrayWindow*>(QStringLiteral("xrayWindow")));
        QVERIFY(window->isVisible());
        QVERIFY(window->isWindow());
        const ui::XrayImage& image = window->view()->image();
        QCOMPARE(image.sourceSize(), QSize(64, 48));
        QCOMPARE(image.sourceBitDepth(), 16);
        const auto* row = reinterpret_cast<const quint16*>(image.sourcePixels().constScanLine(10));
        QCOMPARE(row[20], quint16(32768 + 20 * 500 + 10));
        QCOMPARE(window->view()->toothTags(), (QList<int>{36, 37}));
        QVERIFY(
            child<QLabel>(window, QStringLiteral("xrayTeeth"))->text().contains(QStringLiteral("36, 37")));
        QVERIFY(window->windowTitle().contains(QStringLiteral("Ana Sousa")));

        // Enter on the image's row in the timeline opens it too (in the same window).
        window->hide();
        QTreeWidgetItem* imageRow = rowOn(timeline, QStringLiteral("2026-11-23"))->child(1);
        timeline->setFocus();
        timeline->setCurrentItem(imageRow);
        QTest::keyClick(timeline, Qt::Key_Return);
        QVERIFY(window->isVisible());
        QCOMPARE(chart->xrayWindow(), window);
    }
    void marksAreSavedWithTheImageAndComeBack()
    {
        using ui::XrayAnnotation;
        auto chart = openChart(m_dentist, m_ana);
        ui::XrayWindow* window = openImageOn(chart.get(), QStringLiteral("2026-11-23"));
        QVERIFY(window);
        ui::XrayView* view = window->view();
        QVERIFY(!window->hasUnsavedMarks()); // showing the saved teeth is not a change

        view->addAnnotation({XrayAnnotation::Kind::Distance, {0, 0}, {30, 40}, {}});
        QVERIFY(view->calibrate(0, 5.0)); // 50 px are 5 mm
        QVERIFY(window->hasUnsavedMarks());

        // Teeth are tagged from the keyboard; a wrong number changes nothing and says why.
        QTest::keyClick(view, Qt::Key_T, Qt::ShiftModifier);
        auto* dialog = view->findChild<QInputDialog*>(QStringLiteral("xrayTeethDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->textValue(), QStringLiteral("36, 37"));
        dialog->setTextValue(QStringLiteral("36, 99"));
        dialog->accept();
        auto* status = child<QLabel>(window, QStringLiteral("xrayStatus"));
        QVERIFY(status->property("problem").toBool());
        QVERIFY2(status->text().contains(QStringLiteral("36, 99")), qPrintable(status->text()));
        QCOMPARE(view->toothTags(), (QList<int>{36, 37}));
        window->view()->setFocus();
        QTest::keyClick(view, Qt::Key_T, Qt::ShiftModifier);
        dialog = view->findChild<QInputDialog*>(QStringLiteral("xrayTeethDialog"));
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("36 37 38"));
        dialog->accept();
        QCOMPARE(view->toothTags(), (QList<int>{36, 37, 38}));

        // Saved by itself shortly after the last change.
        QTRY_VERIFY(!window->hasUnsavedMarks());
        QCOMPARE(status->text(), QStringLiteral("Marks saved."));
        const QString imageId = window->imageId();
        auto& records = m_station->services->records;
        auto saved = records.imageMarks(m_desk, imageId);
        QVERIFY(saved);
        QCOMPARE(saved->toothNumbers, QStringLiteral("36,37,38"));
        QCOMPARE(saved->annotations, view->annotationsJson());
        QCOMPARE(saved->pixelSpacingMm, std::optional<double>(0.1));

        // A mark made just before closing is saved by the close, not lost.
        view->addAnnotation({XrayAnnotation::Kind::Text, {5, 5}, {}, QStringLiteral("Distal caries?")});
        window->close();
        QVERIFY(!window->hasUnsavedMarks());
        QCOMPARE(records.imageMarks(m_desk, imageId)->annotations.size(), 2);

        // Another chart, later, shows the image as it was left.
        chart.reset();
        auto again = openChart(m_dentist, m_ana);
        window = openImageOn(again.get(), QStringLiteral("2026-11-23"));
        QVERIFY(window);
        QCOMPARE(window->view()->annotations().size(), 2);
        QCOMPARE(window->view()->annotations().last().text, QStringLiteral("Distal caries?"));
        QCOMPARE(window->view()->measurementLabel(0), QStringLiteral("50.0 px · 5.00 mm"));
        QCOMPARE(window->view()->toothTags(), (QList<int>{36, 37, 38}));
        QVERIFY(!window->hasUnsavedMarks());
    }

    void anEarlierImageOfTheSameToothShowsBeside()
    {
        auto created =
            m_station->services->records.create(m_desk, m_past, {},
                                                {{QString::fromLatin1(xrayPng(QSize(32, 24)).toBase64()),
                                                  QStringLiteral("image/png"), QStringLiteral("36")}});
        QVERIFY(created);
        auto chart = openChart(m_dentist, m_ana);
        ui::XrayWindow* window = openImageOn(chart.get(), QStringLiteral("2026-11-23"));
        QVERIFY(window);
        auto* pane = child<QWidget>(window, QStringLiteral("xrayComparisonPane"));
        QVERIFY(!pane->isVisible());

        QTest::keyClick(window->view(), Qt::Key_C, Qt::ShiftModifier);
        QVERIFY(window->isComparisonShown());
        QVERIFY(pane->isVisible());
        auto* picker = child<QComboBox>(window, QStringLiteral("xrayEarlierPicker"));
        QCOMPARE(picker->count(), 1);
        QCOMPARE(picker->currentText(), QStringLiteral("2026-11-02, teeth 36"));
        QVERIFY(window->comparisonView()->isVisible());
        QCOMPARE(window->comparisonView()->image().sourceSize(), QSize(32, 24));
        QCOMPARE(window->view()->image().sourceSize(), QSize(64, 48)); // the current image stays beside it

        // The earliest image has nothing before it, and the pane says so instead of showing a stale image.
        window = openImageOn(chart.get(), QStringLiteral("2026-11-02"));
        QCOMPARE(window->view()->image().sourceSize(), QSize(32, 24));
        QVERIFY(window->isComparisonShown());
        QCOMPARE(picker->count(), 1);
        QVERIFY(!picker->isEnabled());
        QCOMPARE(picker->currentText(), QStringLiteral("No earlier image of these teeth"));
        QVERIFY(!window->comparisonView()->isVisible());

        QTest::keyClick(window->view(), Qt::Key_C, Qt::ShiftModifier);
        QVERIFY(!pane->isVisible());
    }
};

QTEST_MAIN(TestChartView)
#include "tst_chart_view.moc"

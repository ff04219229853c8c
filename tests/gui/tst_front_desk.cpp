#include "AppointmentDayModel.h"
#include "FrontDeskView.h"
#include "TestStation.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

// The front desk's day: every chair's appointments of today in time order with allergies in view, check-in
// steps by keyboard, refusals shown inline, and changes made elsewhere followed.
class TestFrontDesk : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    Actor m_desk;
    QStringList m_ids; // 09:00 Ana (allergic), 10:00 Ben, and tomorrow's 09:00

    QString book(const QString& patient, const QDateTime& start)
    {
        BookingRequest r;
        r.patientId = patient;
        r.start = start;
        r.reason = QStringLiteral("Check-up");
        auto booked = m_station->services->appointments.book(m_desk, r);
        return booked ? booked->value(QStringLiteral("id")).toString() : QString();
    }

    QString status(const QString& id)
    {
        return m_station->services->appointments.get(m_desk, id)->value(QStringLiteral("status")).toString();
    }

private slots:
    void init()
    {
        m_station = std::make_unique<TestStation>();
        m_station->clock.set(
            QDateTime(QDate(2026, 11, 23), QTime(8, 30), Qt::UTC)); // a Monday, clinic on UTC
        m_desk = m_station->addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        Services& s = *m_station->services;
        const QString ana = s.patients
                                .create(m_desk, {{QStringLiteral("name"), QStringLiteral("Ana Lima")},
                                                 {QStringLiteral("allergies"), QStringLiteral("Latex")}})
                                ->value(QStringLiteral("id"))
                                .toString();
        const QString ben =
            s.patients.create(m_desk, {{QStringLiteral("name"), QStringLiteral("Ben Okafor")}})
                ->value(QStringLiteral("id"))
                .toString();
        m_ids = {book(ben, QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)),
                 book(ana, QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)),
                 book(ana, QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC))};
        QVERIFY(!m_ids.contains(QString()));
    }

    void cleanup() { m_station.reset(); }

    void todayInTimeOrderWithAllergies()
    {
        ui::FrontDeskView view(*m_station->services, m_desk);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* table = view.findChild<QTableView*>(QStringLiteral("frontDeskTable"));
        QCOMPARE(table->model()->rowCount(), 2); // not tomorrow's
        QCOMPARE(table->model()->index(0, ui::AppointmentDayModel::Patient).data().toString(),
                 QStringLiteral("Ana Lima"));
        QCOMPARE(table->model()->index(0, ui::AppointmentDayModel::Time).data().toString(),
                 QStringLiteral("09:00–09:30"));
        QCOMPARE(table->model()->index(0, ui::AppointmentDayModel::Allergies).data().toString(),
                 QStringLiteral("Latex"));
        QVERIFY(table->model()
                    ->index(0, ui::AppointmentDayModel::Allergies)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .bold());
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("frontDeskSummary"))
                    ->text()
                    .contains(QStringLiteral("2 ")));
    }

    void checkInByKeyboardAndRefusals()
    {
        ui::FrontDeskView view(*m_station->services, m_desk);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QApplication::setActiveWindow(&view); // mnemonics (Alt+A) answer in the active window only
        auto* table = view.findChild<QTableView*>(QStringLiteral("frontDeskTable"));
        auto* message = view.findChild<QLabel*>(QStringLiteral("frontDeskMessage"));
        table->setFocus();
        table->selectRow(0); // Ana, 09:00
        QTest::keyClick(&view, Qt::Key_A, Qt::AltModifier);
        QCOMPARE(status(m_ids[1]), QStringLiteral("arrived"));
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("frontDeskSummary"))
                    ->text()
                    .contains(QStringLiteral("1 waiting")));
        QTest::keyClick(&view, Qt::Key_I, Qt::AltModifier);
        QCOMPARE(status(m_ids[1]), QStringLiteral("in_chair"));
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), 0); // still on Ana after the reload

        // A no-show after the patient is seated is refused, inline, and nothing changes.
        QTest::keyClick(&view, Qt::Key_N, Qt::AltModifier);
        QVERIFY(message->property("problem").toBool());
        QCOMPARE(status(m_ids[1]), QStringLiteral("in_chair"));
        QTest::keyClick(&view, Qt::Key_O, Qt::AltModifier);
        QCOMPARE(status(m_ids[1]), QStringLiteral("completed"));
    }

    void followsChangesMadeElsewhere()
    {
        ui::FrontDeskView view(*m_station->services, m_desk);
        auto* table = view.findChild<QTableView*>(QStringLiteral("frontDeskTable"));
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(m_station->services->appointments.remove(m_desk, m_ids[0]) == std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 2500);
    }

    void doubleBookingsFromApartStationsAreListedUntilResolved()
    {
        ui::FrontDeskView view(*m_station->services, m_desk);
        view.show();
        auto* conflicts = view.findChild<QListWidget*>(QStringLiteral("frontDeskConflicts"));
        QVERIFY(conflicts);
        QVERIFY(!conflicts->isVisible());

        // Cy is known to both stations; then, cut off from each other, this one books him at 11:00 and the
        // other at 11:15. They sync.
        const QString cy = m_station->services->patients
                               .create(m_desk, {{QStringLiteral("name"), QStringLiteral("Cy Moreau")}})
                               ->value(QStringLiteral("id"))
                               .toString();
        TestStation other;
        other.clock.set(m_station->clock.nowUtc());
        pullChanges(*m_station, other);
        const QString here = book(cy, QDateTime(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC));
        BookingRequest r;
        r.patientId = cy;
        r.start = QDateTime(QDate(2026, 11, 23), QTime(11, 15), Qt::UTC);
        auto there = other.services->appointments.book(m_desk, r);
        QVERIFY(there);
        pullChanges(other, *m_station);

        QTRY_VERIFY_WITH_TIMEOUT(conflicts->isVisible(), 2500);
        QCOMPARE(conflicts->count(), 1);
        const QString text = conflicts->item(0)->text();
        QVERIFY2(text.contains(QStringLiteral("Patient Cy Moreau is booked twice")) &&
                     text.contains(QStringLiteral("11:00")) && text.contains(QStringLiteral("11:15")),
                 qPrintable(text));
        QCOMPARE(conflicts->item(0)->data(Qt::UserRole).toStringList(),
                 (QStringList{here, there->value(QStringLiteral("id")).toString()}));

        // Cancelling one of the pair resolves it.
        QVERIFY(m_station->services->appointments.setStatus(m_desk, here, AppointmentStatus::Cancelled));
        QTRY_VERIFY_WITH_TIMEOUT(!conflicts->isVisible(), 2500);
    }
};

QTEST_MAIN(TestFrontDesk)
#include "tst_front_desk.moc"

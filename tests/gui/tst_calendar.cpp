#include "BookingDialog.h"
#include "CalendarPage.h"
#include "CalendarView.h"
#include "TestStation.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace chairside;
using namespace chairside::test;

namespace {

// Qt 6.4's QTest::mouseMove does not carry the pressed button, so drags are sent as events.
void sendMouse(QWidget* widget, QEvent::Type type, const QPoint& pos, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), QPointF(widget->mapToGlobal(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

void drag(QWidget* widget, const QPoint& from, const QPoint& to)
{
    sendMouse(widget, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    const QPoint step = (to - from) / 4;
    for (int i = 1; i <= 4; ++i)
        sendMouse(widget, QEvent::MouseMove, from + step * i, Qt::NoButton, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

} // namespace

// The calendar screen driven through its widgets: booking by clicking a slot, moving and resizing by
// dragging, a refused overlapping move that snaps back, status changes from the menu, keyboard moves, the
// free-slot finder, and changes made elsewhere showing up without a restart.
class TestCalendar : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    Actor m_desk;
    QStringList m_chairs;
    QString m_dentist;
    QString m_ana;
    QString m_ben;
    const QDate m_monday{2026, 11, 23}; // the test clock stands on Sunday 2026-11-22; the clinic is on UTC

    QDateTime at(int hour, int minute = 0) const { return QDateTime(m_monday, QTime(hour, minute), Qt::UTC); }

    QString book(const QString& patient, const QString& chair, int hour, int minutes = 30)
    {
        BookingRequest r;
        r.patientId = patient;
        r.dentistId = m_dentist;
        r.chairId = chair;
        r.start = at(hour);
        r.durationMinutes = minutes;
        r.reason = QStringLiteral("Check-up");
        auto booked = m_station->services->appointments.book(m_desk, r);
        return booked ? booked->value(QStringLiteral("id")).toString() : QString();
    }

    QVariantMap stored(const QString& id)
    {
        auto row = m_station->services->appointments.get(m_desk, id);
        return row ? *row : QVariantMap();
    }

    std::unique_ptr<ui::CalendarPage> openPage()
    {
        auto page = std::make_unique<ui::CalendarPage>(*m_station->services, m_desk);
        page->resize(900, 900);
        page->show();
        page->view()->setDate(m_monday);
        return page;
    }

private slots:
    void init()
    {
        m_station = std::make_unique<TestStation>();
        m_desk = m_station->addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        Services& s = *m_station->services;
        m_chairs.clear();
        for (int c = 1; c <= 2; ++c) {
            auto chair =
                s.schedule.createChair(m_desk, {{QStringLiteral("name"), QStringLiteral("Chair %1").arg(c)},
                                                {QStringLiteral("sort_order"), c}});
            QVERIFY(chair.ok());
            m_chairs << chair->value(QStringLiteral("id")).toString();
        }
        auto dentist = s.doctors.create(m_desk, {{QStringLiteral("name"), QStringLiteral("Dr Weiss")}});
        QVERIFY(dentist.ok());
        m_dentist = dentist->value(QStringLiteral("id")).toString();
        m_ana = s.patients.create(m_desk, {{QStringLiteral("name"), QStringLiteral("Ana Lima")}})
                    ->value(QStringLiteral("id"))
                    .toString();
        m_ben = s.patients.create(m_desk, {{QStringLiteral("name"), QStringLiteral("Ben Okafor")}})
                    ->value(QStringLiteral("id"))
                    .toString();
    }

    void cleanup()
    {
        QApplication::setLayoutDirection(Qt::LeftToRight);
        m_station.reset();
    }

    void bookByClickingASlot()
    {
        auto page = openPage();
        ui::CalendarView* view = page->view();
        QCOMPARE(view->columnCount(), 2);
        QCOMPARE(view->columnName(1), QStringLiteral("Chair 2"));
        QTest::mouseClick(view, Qt::LeftButton, {}, view->slotPoint(1, QTime(10, 0)) + QPoint(20, 5));
        auto* dialog = page->findChild<ui::BookingDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("bookingPatientSearch"));
        auto* list = dialog->findChild<QListView*>(QStringLiteral("bookingPatientList"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("bookingError"));
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("bookingConfirm"));
        QVERIFY(search && list && error && confirm);

        // Without a patient the dialog says so and stays open.
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!error->text().isEmpty());

        QTest::keyClicks(search, QStringLiteral("ana"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Return); // into the list, first match current
        QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Ana Lima"));
        dialog->findChild<QLineEdit*>(QStringLiteral("bookingReason"))->setText(QStringLiteral("Toothache"));
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY(!page->findChild<ui::BookingDialog*>());

        QCOMPARE(view->appointmentIds().size(), 1);
        const QVariantMap booked = stored(view->appointmentIds().first());
        QCOMPARE(booked.value(QStringLiteral("patient_name")).toString(), QStringLiteral("Ana Lima"));
        QCOMPARE(booked.value(QStringLiteral("chair_id")).toString(), m_chairs[1]);
        QCOMPARE(
            QDateTime::fromString(booked.value(QStringLiteral("start_at")).toString(), Qt::ISODateWithMs),
            at(10));
        QCOMPARE(booked.value(QStringLiteral("reason")).toString(), QStringLiteral("Toothache"));
        QVERIFY(view->blockRect(booked.value(QStringLiteral("id")).toString())
                    .contains(view->slotPoint(1, QTime(10, 0)) + QPoint(20, 5)));
    }

    void aRefusedBookingStaysOpenWithTheReason()
    {
        const QString taken = book(m_ben, m_chairs[0], 9);
        QVERIFY(!taken.isEmpty());
        auto page = openPage();
        ui::BookingDialog* dialog = page->openBooking(at(9), QString(), m_chairs[0]);
        dialog->findChild<QLineEdit*>(QStringLiteral("bookingPatientSearch"))->setText(QStringLiteral("Ana"));
        auto* list = dialog->findChild<QListView*>(QStringLiteral("bookingPatientList"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("bookingConfirm")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        const QString reason = dialog->findChild<QLabel*>(QStringLiteral("bookingError"))->text();
        QVERIFY2(reason.contains(taken), qPrintable(reason)); // names the booking it overlaps
        QCOMPARE(page->view()->appointmentIds(), QStringList{taken});
    }

    void dragMovesAndResizesAndARefusedMoveSnapsBack()
    {
        const QString first = book(m_ana, m_chairs[0], 9);
        const QString second = book(m_ben, m_chairs[0], 11);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        auto page = openPage();
        ui::CalendarView* view = page->view();
        auto* message = page->findChild<QLabel*>(QStringLiteral("calendarMessage"));

        // 09:00 chair 1 -> 10:00 chair 2.
        const QRect block = view->blockRect(first);
        const QPoint grip = block.topLeft() + QPoint(20, 10);
        drag(view, grip, view->slotPoint(1, QTime(10, 0)) + QPoint(20, 10));
        QVariantMap moved = stored(first);
        QCOMPARE(QDateTime::fromString(moved.value(QStringLiteral("start_at")).toString(), Qt::ISODateWithMs),
                 at(10));
        QCOMPARE(moved.value(QStringLiteral("chair_id")).toString(), m_chairs[1]);
        QVERIFY(!message->property("problem").toBool());

        // Its lower edge dragged from 10:30 to 11:00: an hour long.
        const QRect now = view->blockRect(first);
        drag(view, QPoint(now.center().x(), now.bottom() - 2),
             view->slotPoint(1, QTime(11, 0)) + QPoint(20, 0));
        QCOMPARE(stored(first).value(QStringLiteral("duration_minutes")).toInt(), 60);

        // Onto the 11:00 booking of the same dentist: refused, reported, and the block is back where it was.
        // (Ben's booking is on chair 1; the same dentist cannot be in two places.)
        const QRect before = view->blockRect(first);
        drag(view, before.topLeft() + QPoint(20, 10), view->slotPoint(1, QTime(11, 0)) + QPoint(20, 10));
        QVERIFY(message->property("problem").toBool());
        QVERIFY2(message->text().contains(second), qPrintable(message->text()));
        QCOMPARE(view->blockRect(first), before);
        QCOMPARE(QDateTime::fromString(stored(first).value(QStringLiteral("start_at")).toString(),
                                       Qt::ISODateWithMs),
                 at(10));
    }

    void statusChangesFromTheMenuAndMovesByKeyboard()
    {
        const QString id = book(m_ana, m_chairs[0], 9);
        auto page = openPage();
        ui::CalendarView* view = page->view();
        QTest::mouseClick(view, Qt::LeftButton, {}, view->blockRect(id).center());
        QCOMPARE(view->selectedAppointment(), id);

        // The keyboard menu: pick "Arrived".
        QTimer::singleShot(50, this, [] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction* action : menu->actions()) {
                if (action->text() == QLatin1String("Arrived")) {
                    QVERIFY(action->isEnabled());
                    menu->setActiveAction(action);
                }
                if (action->text() == QLatin1String("Completed"))
                    QVERIFY(!action->isEnabled()); // not before the patient is seated
            }
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QTest::keyClick(view, Qt::Key_Menu);
        QTRY_COMPARE(stored(id).value(QStringLiteral("status")).toString(), QStringLiteral("arrived"));

        // Alt+Down moves it a step later; Shift+Down makes it a step longer.
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(
            QDateTime::fromString(stored(id).value(QStringLiteral("start_at")).toString(), Qt::ISODateWithMs),
            at(9, ui::CalendarView::kStepMinutes));
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(stored(id).value(QStringLiteral("duration_minutes")).toInt(),
                 30 + ui::CalendarView::kStepMinutes);
        QCOMPARE(view->selectedAppointment(), id);
    }

    // Written right to left (Arabic), the grid is the mirror image: the times on the right, the first chair
    // next to them, each appointment where its mirror image is; clicks and the arrow keys follow what is
    // shown.
    void rightToLeftMirrorsTheGrid()
    {
        const QString id = book(m_ana, m_chairs[0], 9);
        auto page = openPage();
        ui::CalendarView* view = page->view();
        const QRect leftToRight = view->blockRect(id);
        const QPoint firstChairLeftToRight = view->slotPoint(0, QTime(11, 0));
        QApplication::setLayoutDirection(Qt::RightToLeft);
        QVERIFY(view->isRightToLeft());
        const int width = view->width();
        const QRect rightToLeft = view->blockRect(id);
        QCOMPARE(rightToLeft, QRect(width - 1 - leftToRight.right(), leftToRight.top(), leftToRight.width(),
                                    leftToRight.height()));
        QVERIFY(view->slotPoint(0, QTime(11, 0)).x() > view->slotPoint(1, QTime(11, 0)).x());
        QVERIFY(view->slotPoint(0, QTime(11, 0)).x() > firstChairLeftToRight.x());

        // The hour labels are painted in the right-hand gutter, and nothing of them on the left.
        const QImage shown = view->grab().toImage();
        const QColor base = view->palette().base().color();
        const QRect nineOClockLabel(0, view->slotPoint(0, QTime(9, 0)).y() + 2, 40, 10);
        const auto inked = [&](const QRect& area) {
            int count = 0;
            for (int y = area.top(); y <= area.bottom(); ++y) {
                for (int x = area.left(); x <= area.right(); ++x)
                    count += shown.pixelColor(x, y) != base;
            }
            return count;
        };
        QVERIFY(inked(nineOClockLabel.translated(width - 45, 0)) > 0);
        QCOMPARE(inked(nineOClockLabel), 0);

        // A click lands on the block drawn there; Alt+Left moves it to the column shown on its left: chair 2.
        QTest::mouseClick(view, Qt::LeftButton, {}, rightToLeft.center());
        QCOMPARE(view->selectedAppointment(), id);
        QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(stored(id).value(QStringLiteral("chair_id")).toString(), m_chairs[1]);
        QVERIFY(view->blockRect(id).right() < rightToLeft.left());
    }

    void aWeekShowsEachDayPerChairAndADragChangesTheDay()
    {
        const QString monday = book(m_ana, m_chairs[0], 9);
        BookingRequest thursday;
        thursday.patientId = m_ben;
        thursday.dentistId = m_dentist;
        thursday.chairId = m_chairs[1];
        thursday.start = QDateTime(m_monday.addDays(3), QTime(11, 0), Qt::UTC);
        const QString thursdayId =
            m_station->services->appointments.book(m_desk, thursday)->value(QStringLiteral("id")).toString();
        auto page = openPage();
        ui::CalendarView* view = page->view();
        view->setDate(m_monday.addDays(2)); // any day of the week shows the whole week
        view->setSpan(ui::CalendarView::Span::Week);
        QCOMPARE(view->columnCount(), 7 * 2);
        QCOMPARE(view->columnDate(0), m_monday);
        QCOMPARE(view->columnDate(13), m_monday.addDays(6));
        QCOMPARE(view->columnName(7), QStringLiteral("Chair 2")); // Thursday's second chair
        QCOMPARE(view->appointmentIds().size(), 2);
        // Thursday 11:00 on chair 2 is drawn in Thursday's chair-2 column.
        QVERIFY(view->blockRect(thursdayId).contains(view->slotPoint(7, QTime(11, 0)) + QPoint(5, 5)));

        // Monday's 09:00 dragged to Tuesday's chair-1 column at 09:00: same time, next day.
        drag(view, view->blockRect(monday).topLeft() + QPoint(5, 5),
             view->slotPoint(2, QTime(9, 0)) + QPoint(5, 5));
        QCOMPARE(QDateTime::fromString(stored(monday).value(QStringLiteral("start_at")).toString(),
                                       Qt::ISODateWithMs),
                 QDateTime(m_monday.addDays(1), QTime(9, 0), Qt::UTC));
        QCOMPARE(stored(monday).value(QStringLiteral("chair_id")).toString(), m_chairs[0]);
    }

    void changesMadeElsewhereShowWithinASecond()
    {
        auto page = openPage();
        ui::CalendarView* view = page->view();
        QVERIFY(view->appointmentIds().isEmpty());
        const QString id = book(m_ben, m_chairs[1], 14); // as the REST API would, through the same services
        QTRY_VERIFY_WITH_TIMEOUT(view->appointmentIds().contains(id), 2500);
        QVERIFY(m_station->services->appointments.remove(m_desk, id) == std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(!view->appointmentIds().contains(id), 2500);
    }

    void aDoubleBookingFromApartStationsCarriesABadgeUntilResolved()
    {
        TestStation other;
        other.clock.set(m_station->clock.nowUtc());
        pullChanges(*m_station, other);
        // Apart: this station books Ana in chair 1 at 10:00, the other books Ben there at 10:15.
        const QString here = book(m_ana, m_chairs[0], 10);
        BookingRequest r;
        r.patientId = m_ben;
        r.chairId = m_chairs[0];
        r.start = at(10, 15);
        auto there = other.services->appointments.book(m_desk, r);
        QVERIFY(there);
        const QString calm = book(m_ben, m_chairs[1], 12);
        pullChanges(other, *m_station);

        auto page = openPage();
        ui::CalendarView* view = page->view();
        const QString thereId = there->value(QStringLiteral("id")).toString();
        QVERIFY(view->appointmentIds().contains(thereId)); // both stay on the calendar
        QVERIFY(view->isInConflict(here));
        QVERIFY(view->isInConflict(thereId));
        QVERIFY(!view->isInConflict(calm));
        // The badge is drawn: a red disc in the block's top-right corner (left of its "!").
        const QImage shot = view->grab().toImage();
        const QRect block = view->blockRect(here);
        const QColor corner = shot.pixelColor(block.right() - 14, block.top() + 10);
        QVERIFY2(corner.red() > 150 && corner.green() < 80, qPrintable(corner.name()));

        // Moving one away resolves it; the badge goes.
        QVERIFY(m_station->services->appointments.reschedule(m_desk, thereId, at(11), 30));
        QTRY_VERIFY_WITH_TIMEOUT(!view->isInConflict(here), 2500);
        QVERIFY(!view->isInConflict(thereId));
    }

    void columnsPerDentistAndTheFreeSlotFinder()
    {
        auto page = openPage();
        ui::CalendarView* view = page->view();
        view->setColumns(ui::CalendarView::Columns::Dentists);
        QCOMPARE(view->columnCount(), 1);
        QCOMPARE(view->columnName(0), QStringLiteral("Dr Weiss"));

        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("findFreeSlot")), Qt::LeftButton);
        auto* result = page->findChild<QLabel*>(QStringLiteral("freeSlotResult"));
        auto* bookIt = page->findChild<QPushButton*>(QStringLiteral("bookFreeSlot"));
        QVERIFY2(result->text().startsWith(QStringLiteral("Next free")), qPrintable(result->text()));
        QVERIFY(bookIt->isEnabled());
        QTest::mouseClick(bookIt, Qt::LeftButton);
        QVERIFY(page->findChild<ui::BookingDialog*>());
    }
};

QTEST_MAIN(TestCalendar)
#include "tst_calendar.moc"

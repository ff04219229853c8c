#pragma once

#include "CalendarView.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace chairside::ui {

class BookingDialog;

// The calendar screen: the day or week view with its date (earlier, today, later), chairs or dentists as
// columns, a next-free-slot finder, and booking by clicking a slot. Changes made elsewhere (the REST API,
// another screen, sync) show within a second (StoreWatcher).
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    CalendarPage(Services& services, Actor actor, QWidget* parent = nullptr);

    CalendarView* view() const { return m_view; }
    // Opens the booking dialog (not blocking; the page reloads when it books).
    BookingDialog* openBooking(const QDateTime& startUtc, const QString& dentistId, const QString& chairId);
    void findFreeSlot();

private:
    void showMessage(const QString& text, bool problem);

    Services& m_services;
    Actor m_actor;
    CalendarView* m_view;
    QDateEdit* m_date;
    QComboBox* m_span;
    QComboBox* m_columns;
    QComboBox* m_freeDentist;
    QSpinBox* m_freeDuration;
    QLabel* m_freeResult;
    QPushButton* m_bookFree;
    QLabel* m_message;
    std::optional<FreeSlot> m_foundSlot;
};

} // namespace chairside::ui

#include "CalendarPage.h"

#include "BookingDialog.h"
#include "ErrorText.h"
#include "StoreWatcher.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace chairside::ui {

CalendarPage::CalendarPage(Services& services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_view(new CalendarView(services, m_actor))
    , m_date(new QDateEdit)
    , m_span(new QComboBox)
    , m_columns(new QComboBox)
    , m_freeDentist(new QComboBox)
    , m_freeDuration(new QSpinBox)
    , m_freeResult(new QLabel)
    , m_bookFree(new QPushButton(tr("Book &it")))
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("calendarPage"));

    auto* previous = new QPushButton(tr("◀"));
    previous->setObjectName(QStringLiteral("calendarPrevious"));
    previous->setAccessibleName(tr("Earlier"));
    previous->setToolTip(tr("The day (or week) before (Ctrl+Page Up)"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    auto* today = new QPushButton(tr("&Today"));
    today->setObjectName(QStringLiteral("calendarToday"));
    auto* next = new QPushButton(tr("▶"));
    next->setObjectName(QStringLiteral("calendarNext"));
    next->setAccessibleName(tr("Later"));
    next->setToolTip(tr("The day (or week) after (Ctrl+Page Down)"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_date->setObjectName(QStringLiteral("calendarDate"));
    m_date->setAccessibleName(tr("Day"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dddd, yyyy-MM-dd"));
    m_date->setDate(m_view->date());
    connect(m_date, &QDateEdit::dateChanged, m_view, &CalendarView::setDate);
    // A step is a day, or a week when a week is shown.
    auto step = [this] { return m_view->span() == CalendarView::Span::Week ? 7 : 1; };
    connect(previous, &QPushButton::clicked, this,
            [this, step] { m_date->setDate(m_date->date().addDays(-step())); });
    connect(next, &QPushButton::clicked, this,
            [this, step] { m_date->setDate(m_date->date().addDays(step())); });
    connect(today, &QPushButton::clicked, this, [this] {
        m_date->setDate(m_services.ctx.clock.nowUtc().toTimeZone(m_services.schedule.timeZone()).date());
    });

    m_span->setObjectName(QStringLiteral("calendarSpan"));
    m_span->setAccessibleName(tr("Day or week"));
    m_span->addItem(tr("Day"), int(CalendarView::Span::Day));
    m_span->addItem(tr("Week"), int(CalendarView::Span::Week));
    connect(m_span, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setSpan(CalendarView::Span(m_span->currentData().toInt())); });
    m_columns->setObjectName(QStringLiteral("calendarColumns"));
    m_columns->setAccessibleName(tr("Columns"));
    m_columns->addItem(tr("Chairs"), int(CalendarView::Columns::Chairs));
    m_columns->addItem(tr("Dentists"), int(CalendarView::Columns::Dentists));
    connect(m_columns, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setColumns(CalendarView::Columns(m_columns->currentData().toInt())); });

    // The next free slot: for one dentist (or any) and a length, from now on.
    m_freeDentist->setObjectName(QStringLiteral("freeSlotDentist"));
    m_freeDentist->setAccessibleName(tr("Dentist for the next free slot"));
    m_freeDentist->addItem(tr("Any dentist"), QString());
    if (auto dentists = services.doctors.list(m_actor)) {
        for (const QVariantMap& d : *dentists)
            m_freeDentist->addItem(d.value(QStringLiteral("name")).toString(), d.value(QStringLiteral("id")));
    }
    m_freeDuration->setObjectName(QStringLiteral("freeSlotDuration"));
    m_freeDuration->setAccessibleName(tr("Length of the free slot"));
    m_freeDuration->setRange(AppointmentService::kMinimumMinutes, AppointmentService::kMaximumMinutes);
    m_freeDuration->setSingleStep(15);
    m_freeDuration->setValue(30);
    m_freeDuration->setSuffix(tr(" min"));
    auto* find = new QPushButton(tr("Next &free slot"));
    find->setObjectName(QStringLiteral("findFreeSlot"));
    connect(find, &QPushButton::clicked, this, &CalendarPage::findFreeSlot);
    m_freeResult->setObjectName(QStringLiteral("freeSlotResult"));
    m_bookFree->setObjectName(QStringLiteral("bookFreeSlot"));
    m_bookFree->setEnabled(false);
    connect(m_bookFree, &QPushButton::clicked, this, [this] {
        if (m_foundSlot)
            openBooking(m_foundSlot->start, m_foundSlot->dentistId, m_foundSlot->chairId);
    });

    m_message->setObjectName(QStringLiteral("calendarMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    connect(m_view, &CalendarView::message, this, &CalendarPage::showMessage);
    connect(m_view, &CalendarView::bookingRequested, this, &CalendarPage::openBooking);

    auto* scroll = new QScrollArea;
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    scroll->setFocusProxy(m_view);

    auto* bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addWidget(m_date);
    bar->addWidget(m_span);
    bar->addWidget(m_columns);
    bar->addStretch(1);
    bar->addWidget(m_freeDentist);
    bar->addWidget(m_freeDuration);
    bar->addWidget(find);
    auto* freeBar = new QHBoxLayout;
    freeBar->addStretch(1);
    freeBar->addWidget(m_freeResult);
    freeBar->addWidget(m_bookFree);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(freeBar);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    setFocusProxy(m_view);

    connect(new StoreWatcher(m_services.ctx.db, this), &StoreWatcher::changed, m_view, &CalendarView::reload);
}

BookingDialog* CalendarPage::openBooking(const QDateTime& startUtc, const QString& dentistId,
                                         const QString& chairId)
{
    auto* dialog = new BookingDialog(m_services, m_actor, startUtc, dentistId, chairId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QVariantMap booked = dialog->booked();
        m_view->reload();
        showMessage(tr("Booked %1 at %2.")
                        .arg(booked.value(QStringLiteral("patient_name")).toString(),
                             m_services.schedule
                                 .localTimeWithOffset(QDateTime::fromString(
                                     booked.value(QStringLiteral("start_at")).toString(), Qt::ISODateWithMs))
                                 .left(5)),
                    false);
    });
    dialog->open();
    return dialog;
}

void CalendarPage::findFreeSlot()
{
    auto found =
        m_services.appointments.nextFreeSlots(m_actor, m_freeDentist->currentData().toString(), QString(),
                                              m_freeDuration->value(), m_services.ctx.clock.nowUtc(), 1);
    m_foundSlot.reset();
    if (!found || found->isEmpty()) {
        m_freeResult->setText(found ? tr("No free slot in the next 30 days.") : errorText(found.error()));
        m_bookFree->setEnabled(false);
        return;
    }
    m_foundSlot = found->first();
    const QDateTime local = m_foundSlot->start.toTimeZone(m_services.schedule.timeZone());
    const int dentist = m_freeDentist->findData(m_foundSlot->dentistId);
    m_freeResult->setText(tr("Next free: %1 %2 %3")
                              .arg(QLocale().toString(local.date(), QLocale::ShortFormat),
                                   local.time().toString(QStringLiteral("HH:mm")),
                                   dentist > 0 ? m_freeDentist->itemText(dentist) : QString()));
    m_bookFree->setEnabled(true);
    m_date->setDate(local.date());
}

void CalendarPage::showMessage(const QString& text, bool problem)
{
    showInline(m_message, text, problem);
}

} // namespace chairside::ui

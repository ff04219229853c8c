#include "FrontDeskView.h"

#include "AppointmentDayModel.h"
#include "ErrorText.h"
#include "StoreWatcher.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace chairside::ui {

FrontDeskView::FrontDeskView(Services& services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new AppointmentDayModel(services.appointments, m_actor, this))
    , m_table(new QTableView)
    , m_summary(new QLabel)
    , m_message(new QLabel)
    , m_conflictsTitle(new QLabel)
    , m_conflicts(new QListWidget)
{
    setObjectName(QStringLiteral("frontDeskView"));
    m_summary->setObjectName(QStringLiteral("frontDeskSummary"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_summary->setFont(big);

    m_table->setObjectName(QStringLiteral("frontDeskTable"));
    m_table->setAccessibleName(tr("Today's appointments"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {110, 220, 180, 180, 110, 110};
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_table->setColumnWidth(column, widths[column]);

    auto* buttons = new QHBoxLayout;
    // Explicit Alt+letter shortcuts rather than mnemonics, so they stay the same in every language.
    const std::array<std::tuple<AppointmentStatus, QString, Qt::Key>, 4> steps{{
        {AppointmentStatus::Arrived, QStringLiteral("frontDeskArrived"), Qt::Key_A},
        {AppointmentStatus::InChair, QStringLiteral("frontDeskInChair"), Qt::Key_I},
        {AppointmentStatus::Completed, QStringLiteral("frontDeskCompleted"), Qt::Key_O},
        {AppointmentStatus::NoShow, QStringLiteral("frontDeskNoShow"), Qt::Key_N},
    }};
    for (const auto& [status, name, key] : steps) {
        const QString text = statusLabel(statusName(status)); // the words the day's list uses
        auto* action = new QAction(text, this);
        action->setShortcut(QKeySequence(Qt::ALT | key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, status = status] { setSelectedStatus(status); });
        addAction(action);
        auto* button = new QPushButton(text);
        button->setObjectName(name);
        button->setToolTip(tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText)));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    m_message->setObjectName(QStringLiteral("frontDeskMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_conflictsTitle->setObjectName(QStringLiteral("frontDeskConflictsTitle"));
    m_conflictsTitle->setStyleSheet(QStringLiteral("color: #a61b1b; font-weight: bold;"));
    m_conflicts->setObjectName(QStringLiteral("frontDeskConflicts"));
    m_conflicts->setAccessibleName(tr("Double bookings to resolve"));
    m_conflicts->setMaximumHeight(110);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflictsTitle);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    setFocusProxy(m_table);

    connect(new StoreWatcher(services.ctx.db, this), &StoreWatcher::changed, this, &FrontDeskView::reload);
    reload();
}

QString FrontDeskView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(AppointmentDayModel::IdRole).toString();
}

void FrontDeskView::reload()
{
    const QString selected = selectedId();
    const QTimeZone zone = m_services.schedule.timeZone();
    // "Today" is the clinic's, not this computer's (design §3).
    m_model->setDay(m_services.ctx.clock.nowUtc().toTimeZone(zone).date(), zone);
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0 && selected.isEmpty())
        m_table->selectRow(0);
    showSummary();
    showConflicts();
}

void FrontDeskView::showConflicts()
{
    auto conflicts = m_services.conflicts.overlappingBookings(m_actor);
    if (!conflicts)
        showInline(m_message, errorText(conflicts.error()), true);
    m_conflicts->clear();
    const QTimeZone zone = m_services.schedule.timeZone();
    const auto when = [&zone](const QVariantMap& a, const QString& key, const QString& format) {
        return QLocale().toString(
            QDateTime::fromString(a.value(key).toString(), Qt::ISODateWithMs).toTimeZone(zone), format);
    };
    const auto describe = [&](const QVariantMap& a) {
        return tr("%1 %2–%3")
            .arg(a.value(QStringLiteral("patient_name")).toString(),
                 when(a, QStringLiteral("start_at"), QStringLiteral("ddd d MMM HH:mm")),
                 when(a, QStringLiteral("end_at"), QStringLiteral("HH:mm")));
    };
    for (const QVariantMap& c : conflicts ? *conflicts : QList<QVariantMap>()) {
        const QVariantMap first = c.value(QStringLiteral("first")).toMap();
        const QVariantMap second = c.value(QStringLiteral("second")).toMap();
        const QString resource = c.value(QStringLiteral("resource")).toString();
        const QString who =
            resource == QLatin1String("chair")
                ? tr("Chair %1").arg(first.value(QStringLiteral("chair_name")).toString())
            : resource == QLatin1String("dentist")
                ? tr("Dentist %1").arg(first.value(QStringLiteral("dentist_name")).toString())
                : tr("Patient %1").arg(first.value(QStringLiteral("patient_name")).toString());
        auto* item = new QListWidgetItem(
            tr("%1 is booked twice: %2 and %3").arg(who, describe(first), describe(second)));
        item->setData(Qt::UserRole, QStringList{first.value(QStringLiteral("id")).toString(),
                                                second.value(QStringLiteral("id")).toString()});
        m_conflicts->addItem(item);
    }
    const int count = m_conflicts->count();
    m_conflictsTitle->setText(
        tr("Double bookings from stations that were apart (%1): move or cancel one of each pair.")
            .arg(count));
    m_conflictsTitle->setVisible(count > 0);
    m_conflicts->setVisible(count > 0);
}

void FrontDeskView::showSummary()
{
    int waiting = 0;
    int seated = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString status = m_model->index(row, 0).data(AppointmentDayModel::StatusRole).toString();
        waiting += status == QLatin1String("arrived");
        seated += status == QLatin1String("in_chair");
    }
    const QDate today = m_services.ctx.clock.nowUtc().toTimeZone(m_services.schedule.timeZone()).date();
    m_summary->setText(tr("%1 — %n appointment(s), %2 waiting, %3 in the chair", nullptr, m_model->rowCount())
                           .arg(QLocale().toString(today, QLocale::LongFormat))
                           .arg(waiting)
                           .arg(seated));
}

void FrontDeskView::setSelectedStatus(AppointmentStatus status)
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        showInline(m_message, tr("Select an appointment first."), true);
        return;
    }
    auto changed = m_services.appointments.setStatus(m_actor, id, status);
    if (!changed)
        showInline(m_message, errorText(changed.error()), true);
    else
        showInline(m_message,
                   tr("%1: %2.").arg(changed->value(QStringLiteral("patient_name")).toString(),
                                     statusLabel(changed->value(QStringLiteral("status")).toString())),
                   false);
    reload();
}

} // namespace chairside::ui

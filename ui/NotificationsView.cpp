#include "NotificationsView.h"

#include "DisplayText.h"
#include "ErrorText.h"
#include "StoreWatcher.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chairside::ui {

namespace {

enum Column
{
    CreatedColumn,
    ChannelColumn,
    RecipientColumn,
    KindColumn,
    SubjectColumn,
    StateColumn,
    AttemptsColumn,
    ErrorColumn,
    ReadColumn,
    ColumnCount
};

constexpr int kIdRole = Qt::UserRole;
constexpr int kPatientMatches = 50; // a search narrows further; nobody scrolls through more

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

QString stateColour(const QString& status)
{
    if (status == QLatin1String("failed"))
        return QStringLiteral("#8a1c1c");
    if (status == QLatin1String("sent"))
        return QStringLiteral("#1e6b34");
    return QStringLiteral("#8a5a00");
}

} // namespace

NotificationsView::NotificationsView(Services& services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_state(new QComboBox)
    , m_patientSearch(new QLineEdit)
    , m_patient(new QComboBox)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_text(new QPlainTextEdit)
    , m_markRead(new QPushButton(tr("&Mark read")))
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("notificationsView"));
    setAccessibleName(tr("Messages"));

    m_state->setObjectName(QStringLiteral("notificationState"));
    m_state->addItem(tr("Every state"), QString());
    for (const QString& status : NotificationService::statuses())
        m_state->addItem(stateText(status), status);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    auto* stateLabel = new QLabel(tr("S&tate:"));
    stateLabel->setBuddy(m_state);

    m_patientSearch->setObjectName(QStringLiteral("notificationPatientSearch"));
    m_patientSearch->setPlaceholderText(tr("Search a patient by name, phone or email"));
    m_patientSearch->setClearButtonEnabled(true);
    connect(m_patientSearch, &QLineEdit::textEdited, this, &NotificationsView::searchPatients);
    // Enter in the search takes the first match, so a name and Enter is enough.
    connect(m_patientSearch, &QLineEdit::returnPressed, this, [this] {
        if (m_patient->count() > 1 && m_patient->currentIndex() == 0)
            m_patient->setCurrentIndex(1);
    });
    auto* patientLabel = new QLabel(tr("&Patient:"));
    patientLabel->setBuddy(m_patientSearch);
    m_patient->setObjectName(QStringLiteral("notificationPatient"));
    m_patient->setAccessibleName(tr("Patient whose messages are shown"));
    m_patient->setMinimumContentsLength(24);
    m_patient->addItem(tr("All patients"), QString());
    connect(m_patient, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_patient->currentData().toString();
        if (id != m_patientId) {
            m_patientId = id;
            reload();
        }
    });

    m_table->setObjectName(QStringLiteral("notificationTable"));
    m_table->setAccessibleName(tr("Messages"));
    m_table->setHorizontalHeaderLabels({tr("Created"), tr("Channel"), tr("Recipient"), tr("Kind"),
                                        tr("Subject"), tr("State"), tr("Attempts"), tr("Last error"),
                                        tr("Read")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {140, 70, 240, 110, 200, 80, 70, 260};
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_table->setColumnWidth(column, widths[column]);
    connect(m_table, &QTableWidget::currentCellChanged, this, &NotificationsView::showCurrent);

    m_text->setObjectName(QStringLiteral("notificationText"));
    m_text->setAccessibleName(tr("The selected message"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);

    m_markRead->setObjectName(QStringLiteral("notificationMarkRead"));
    m_markRead->setEnabled(false);
    connect(m_markRead, &QPushButton::clicked, this, &NotificationsView::markCurrentRead);

    m_message->setObjectName(QStringLiteral("notificationMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* reloadAction = new QAction(tr("Reload messages"), this);
    reloadAction->setShortcut(QKeySequence::Refresh);
    reloadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(reloadAction, &QAction::triggered, this, &NotificationsView::reload);
    addAction(reloadAction);
    // Delivery outcomes are written by the message worker in the background: shown within a second.
    connect(new StoreWatcher(m_services.ctx.db, this), &StoreWatcher::changed, this, [this] {
        if (isVisible())
            reload();
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addSpacing(16);
    filters->addWidget(patientLabel);
    filters->addWidget(m_patientSearch, 1);
    filters->addWidget(m_patient, 1);
    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_text, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_markRead);
    buttons->addStretch(1);
    detailLayout->addLayout(buttons);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setSizes({3000, 1200});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    setTabOrder(m_state, m_patientSearch);
    setTabOrder(m_patientSearch, m_patient);
    setTabOrder(m_patient, m_table);
    setTabOrder(m_table, m_text);
    setTabOrder(m_text, m_markRead);
    setFocusProxy(m_table);
}

void NotificationsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void NotificationsView::setStateFilter(const QString& status)
{
    const int index = m_state->findData(status);
    if (index >= 0)
        m_state->setCurrentIndex(index);
}

void NotificationsView::searchPatients(const QString& text)
{
    QSignalBlocker quiet(m_patient);
    m_patient->clear();
    m_patient->addItem(tr("All patients"), QString());
    const QString search = text.trimmed();
    if (!search.isEmpty()) {
        PatientQuery query;
        query.search = search;
        query.limit = kPatientMatches;
        auto found = m_services.patients.list(m_actor, query);
        if (!found) {
            showInline(m_message, tr("The patients cannot be searched: %1").arg(errorText(found.error())),
                       true);
        } else {
            for (const QVariantMap& p : *found) {
                const QString born = fieldText(p, QStringLiteral("date_of_birth"));
                const QString name = fieldText(p, QStringLiteral("name"));
                m_patient->addItem(born.isEmpty() ? name : tr("%1 (born %2)").arg(name, born),
                                   fieldText(p, QStringLiteral("id")));
            }
        }
    }
    // The patient shown so far stays chosen while still among the matches; otherwise the filter is off until
    // one is picked, so the list never claims a filter the box does not show.
    const int kept = m_patient->findData(m_patientId);
    m_patient->setCurrentIndex(kept >= 0 ? kept : 0);
    if (kept < 0 && !m_patientId.isEmpty()) {
        m_patientId.clear();
        reload();
    }
}

void NotificationsView::setPatientFilter(const QString& patientId)
{
    if (patientId.isEmpty()) {
        m_patientSearch->clear();
        searchPatients({});
        return;
    }
    auto patient = m_services.patients.get(m_actor, patientId);
    if (!patient) {
        showInline(m_message, tr("The patient cannot be read: %1").arg(errorText(patient.error())), true);
        return;
    }
    QSignalBlocker quiet(m_patient);
    m_patientSearch->setText(fieldText(*patient, QStringLiteral("name")));
    m_patient->clear();
    m_patient->addItem(tr("All patients"), QString());
    m_patient->addItem(fieldText(*patient, QStringLiteral("name")), patientId);
    m_patient->setCurrentIndex(1);
    m_patientId = patientId;
    reload();
}

void NotificationsView::reload()
{
    NotificationQuery query;
    query.status = m_state->currentData().toString();
    query.patientId = m_patientId;
    auto rows = m_services.notifications.search(m_actor, query);
    if (!rows) {
        showInline(m_message, tr("The messages cannot be read: %1").arg(errorText(rows.error())), true);
        return;
    }
    // The list is bounded (NotificationQuery::limit); say so rather than let the oldest silently go missing.
    const bool full = rows->size() >= query.limit;
    if (full)
        showInline(m_message,
                   tr("Showing the newest %1 messages; filter by state or patient to find older ones.")
                       .arg(query.limit),
                   false);
    else if (m_message->property("limitNote").toBool())
        m_message->hide();
    m_message->setProperty("limitNote", full);
    if (m_loaded && *rows == m_rows)
        return; // unchanged: keep the selection and the focus
    m_loaded = true;
    m_rows = *rows;
    fill();
}

void NotificationsView::fill()
{
    const QString selected = currentNotificationId();
    QSignalBlocker quiet(m_table);
    m_table->setRowCount(int(m_rows.size()));
    int current = m_rows.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QVariantMap& n = m_rows.at(row);
        const QString id = fieldText(n, QStringLiteral("id"));
        if (id == selected)
            current = row;
        const QString status = fieldText(n, QStringLiteral("status"));
        QString recipient = fieldText(n, QStringLiteral("patient_name"));
        if (recipient.isEmpty())
            recipient = fieldText(n, QStringLiteral("user_name"));
        const QString address = fieldText(n, QStringLiteral("recipient"));
        if (!address.isEmpty())
            recipient = recipient.isEmpty() ? address : tr("%1 <%2>").arg(recipient, address);
        const QDateTime created =
            QDateTime::fromString(fieldText(n, QStringLiteral("created_at")), Qt::ISODateWithMs);
        const QString attempts = fieldText(n, QStringLiteral("attempts"));
        const QStringList values{
            created.isValid() ? QLocale().toString(created.toTimeZone(m_services.schedule.timeZone()),
                                                   QStringLiteral("yyyy-MM-dd HH:mm"))
                              : fieldText(n, QStringLiteral("created_at")),
            channelText(fieldText(n, QStringLiteral("channel"))),
            recipient,
            kindText(fieldText(n, QStringLiteral("kind"))),
            fieldText(n, QStringLiteral("subject")),
            stateText(status),
            // Not queued here: another station sends it (and alone knows its attempts), or it was only
            // recorded.
            attempts.isEmpty() ? tr("—") : attempts,
            fieldText(n, QStringLiteral("error_message")).simplified(),
            n.value(QStringLiteral("is_read")).toInt() != 0 ? tr("Read") : tr("Unread"),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem* item = cell(values.at(column));
            if (column == CreatedColumn)
                item->setData(kIdRole, id);
            if (column == StateColumn)
                item->setForeground(QColor(stateColour(status)));
            m_table->setItem(row, column, item);
        }
    }
    if (current >= 0)
        m_table->setCurrentCell(current, CreatedColumn);
    quiet.unblock();
    showCurrent();
}

QString NotificationsView::currentNotificationId() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem* item = row >= 0 ? m_table->item(row, CreatedColumn) : nullptr;
    return item ? item->data(kIdRole).toString() : QString();
}

void NotificationsView::showCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        m_text->setPlainText(m_rows.isEmpty() ? tr("No messages.") : QString());
        m_markRead->setEnabled(false);
        return;
    }
    const QVariantMap& n = m_rows.at(row);
    QStringList lines;
    const QString subject = fieldText(n, QStringLiteral("subject"));
    if (!subject.isEmpty())
        lines << subject << QString();
    lines << fieldText(n, QStringLiteral("message"));
    const QString error = fieldText(n, QStringLiteral("error_message"));
    if (!error.isEmpty())
        lines << QString() << tr("Last error: %1").arg(error);
    const QString next = fieldText(n, QStringLiteral("next_attempt_at"));
    if (fieldText(n, QStringLiteral("status")) == QLatin1String("pending") && !next.isEmpty()) {
        const QDateTime at = QDateTime::fromString(next, Qt::ISODateWithMs);
        lines << tr("Next attempt: %1")
                     .arg(at.isValid() ? QLocale().toString(at.toTimeZone(m_services.schedule.timeZone()),
                                                            QStringLiteral("yyyy-MM-dd HH:mm"))
                                       : next);
    }
    m_text->setPlainText(lines.join(QLatin1Char('\n')));
    m_markRead->setEnabled(n.value(QStringLiteral("is_read")).toInt() == 0);
}

bool NotificationsView::markCurrentRead()
{
    const QString id = currentNotificationId();
    if (id.isEmpty())
        return false;
    auto marked = m_services.notifications.markRead(m_actor, id);
    if (!marked) {
        showInline(m_message, tr("The message was not marked read: %1").arg(errorText(marked.error())), true);
        return false;
    }
    reload();
    showInline(m_message, tr("Message marked read."), false);
    return true;
}

QString NotificationsView::stateText(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("Queued");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    return status;
}

QString NotificationsView::kindText(const QString& kind)
{
    if (kind.isEmpty())
        return tr("Message");
    if (kind == QLatin1String("confirmation"))
        return tr("Confirmation");
    if (kind == QLatin1String("reminder"))
        return tr("Reminder");
    return kind;
}

QString NotificationsView::channelText(const QString& channel)
{
    if (channel == QLatin1String("email"))
        return tr("Email");
    if (channel == QLatin1String("sms"))
        return tr("SMS");
    return channel;
}

} // namespace chairside::ui

#include "CalendarFeedsDialog.h"

#include "DisplayText.h"
#include "ErrorText.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace chairside::ui {

namespace {

constexpr int kFeedIdRole = Qt::UserRole;     // on the Calendar column
constexpr int kActiveRole = Qt::UserRole + 1; // on the State column

QString kindText(const QString& kind)
{
    return kind == QLatin1String("chair") ? CalendarFeedsDialog::tr("Chair")
                                          : CalendarFeedsDialog::tr("Dentist");
}

QString timeText(const QVariant& iso)
{
    const QDateTime at = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

QString CalendarFeedsDialog::reachableBase(const QString& serverAddress)
{
    QUrl url(serverAddress);
    const QHostAddress host(url.host());
    if (!host.isNull() && (host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6)) {
        for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
                url.setHost(address.toString());
                break;
            }
        }
    }
    return url.toString(QUrl::StripTrailingSlash);
}

CalendarFeedsDialog::CalendarFeedsDialog(Services& services, Actor actor, const QString& serverAddress,
                                         QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_base(serverAddress.isEmpty() ? QString() : reachableBase(serverAddress))
    , m_subject(new QComboBox)
    , m_make(new QPushButton(tr("&Make an address")))
    , m_url(new QLineEdit)
    , m_copy(new QPushButton(tr("&Copy")))
    , m_feeds(new QTableWidget(0, 3))
    , m_revoke(new QPushButton(tr("&Revoke…")))
    , m_message(plainLabel())
{
    setObjectName(QStringLiteral("calendarFeedsDialog"));
    setWindowTitle(tr("Calendar subscriptions"));
    m_subject->setObjectName(QStringLiteral("calendarFeedSubject"));
    m_make->setObjectName(QStringLiteral("calendarFeedMake"));
    m_url->setObjectName(QStringLiteral("calendarFeedUrl"));
    m_copy->setObjectName(QStringLiteral("calendarFeedCopy"));
    m_feeds->setObjectName(QStringLiteral("calendarFeedTable"));
    m_revoke->setObjectName(QStringLiteral("calendarFeedRevoke"));
    m_message->setObjectName(QStringLiteral("calendarFeedMessage"));

    auto* intro = plainLabel(
        tr("A calendar program (Thunderbird, Outlook, a phone) subscribes to an address and shows the "
           "appointments of the last 30 days and the next 180, with the patient's initials only. Anyone "
           "holding the address sees them: revoke an address that is no longer needed."));
    if (auto subjects = m_services.calendarFeeds.subjects(m_actor)) {
        for (const QVariantMap& s : *subjects)
            m_subject->addItem(QStringLiteral("%1: %2").arg(kindText(fieldText(s, QStringLiteral("kind"))),
                                                            fieldText(s, QStringLiteral("subject_name"))),
                               QStringList{fieldText(s, QStringLiteral("kind")),
                                           fieldText(s, QStringLiteral("subject_id"))});
    }
    auto* calendarLabel = new QLabel(tr("Ca&lendar:"));
    calendarLabel->setBuddy(m_subject);
    auto* makeRow = new QHBoxLayout;
    makeRow->addWidget(calendarLabel);
    makeRow->addWidget(m_subject, 1);
    makeRow->addWidget(m_make);

    m_url->setReadOnly(true);
    m_url->setPlaceholderText(tr("A new address shows here, once"));
    auto* urlLabel = new QLabel(tr("&Address:"));
    urlLabel->setBuddy(m_url);
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(urlLabel);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copy);
    m_copy->setEnabled(false);

    m_feeds->setHorizontalHeaderLabels({tr("Calendar"), tr("Made"), tr("State")});
    m_feeds->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_feeds->verticalHeader()->hide();
    m_feeds->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_feeds->setSelectionMode(QAbstractItemView::SingleSelection);
    m_feeds->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_revoke, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(makeRow);
    layout->addLayout(urlRow);
    layout->addWidget(m_feeds, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_message->hide();

    connect(m_make, &QPushButton::clicked, this, &CalendarFeedsDialog::makeAddress);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_url->text());
        showMessage(tr("Copied. Paste it where the calendar program asks for a calendar on the network."),
                    false);
    });
    connect(m_revoke, &QPushButton::clicked, this, &CalendarFeedsDialog::confirmRevoke);
    connect(m_feeds, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_feeds->currentRow();
        m_revoke->setEnabled(row >= 0 && m_feeds->item(row, 2)->data(kActiveRole).toBool());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_base.isEmpty()) {
        m_make->setEnabled(false);
        showMessage(tr("The API is not running, so calendar programs cannot reach this station."), true);
    } else if (m_subject->count() == 0) {
        m_make->setEnabled(false);
        showMessage(tr("Your account has no dentist profile, so it has no calendar to publish."), true);
    } else if (QHostAddress(QUrl(m_base).host()).isLoopback()) {
        showMessage(
            tr("The API listens on this computer only (%1), so only calendar programs on this computer "
               "can use these addresses. To reach phones and other computers, start the station with "
               "--listen 0.0.0.0:8000.")
                .arg(m_base),
            false);
    }
    reload();
    resize(640, 460);
}

bool CalendarFeedsDialog::makeAddress()
{
    const QStringList subject = m_subject->currentData().toStringList();
    if (m_base.isEmpty() || subject.size() != 2)
        return false;
    auto made = m_services.calendarFeeds.create(m_actor, subject[0], subject[1]);
    if (!made) {
        showMessage(errorText(made.error()), true);
        return false;
    }
    m_url->setText(
        CalendarFeedService::feedUrl(m_base, subject[0], fieldText(*made, QStringLiteral("token"))));
    m_url->selectAll();
    m_url->setFocus();
    m_copy->setEnabled(true);
    showMessage(tr("Copy the address now: it is shown only this once."), false);
    reload();
    return true;
}

bool CalendarFeedsDialog::revokeRow(int row)
{
    if (row < 0 || row >= m_feeds->rowCount())
        return false;
    if (Status e =
            m_services.calendarFeeds.revoke(m_actor, m_feeds->item(row, 0)->data(kFeedIdRole).toString())) {
        showMessage(errorText(*e), true);
        return false;
    }
    showMessage(tr("Revoked: calendar programs using that address get nothing from now on."), false);
    reload();
    return true;
}

void CalendarFeedsDialog::confirmRevoke()
{
    const int row = m_feeds->currentRow();
    if (row < 0)
        return;
    const auto answer = QMessageBox::question(this, tr("Revoke the address"),
                                              tr("Calendar programs subscribed to this address of %1 will "
                                                 "stop showing its appointments. Revoke it?")
                                                  .arg(m_feeds->item(row, 0)->text()));
    if (answer == QMessageBox::Yes)
        revokeRow(row);
}

void CalendarFeedsDialog::reload()
{
    m_feeds->setRowCount(0);
    m_revoke->setEnabled(false);
    auto feeds = m_services.calendarFeeds.list(m_actor);
    if (!feeds) {
        showMessage(errorText(feeds.error()), true);
        return;
    }
    for (const QVariantMap& feed : *feeds) {
        const int row = m_feeds->rowCount();
        m_feeds->insertRow(row);
        auto* calendar = new QTableWidgetItem(
            QStringLiteral("%1: %2").arg(kindText(fieldText(feed, QStringLiteral("kind"))),
                                         fieldText(feed, QStringLiteral("subject_name"))));
        calendar->setData(kFeedIdRole, fieldText(feed, QStringLiteral("id")));
        const bool active = feed.value(QStringLiteral("revoked_at")).isNull();
        auto* state = new QTableWidgetItem(
            active ? tr("Active") : tr("Revoked %1").arg(timeText(feed.value(QStringLiteral("revoked_at")))));
        state->setData(kActiveRole, active);
        m_feeds->setItem(row, 0, calendar);
        m_feeds->setItem(row, 1, new QTableWidgetItem(timeText(feed.value(QStringLiteral("created_at")))));
        m_feeds->setItem(row, 2, state);
    }
    m_feeds->resizeColumnToContents(1);
    m_feeds->resizeColumnToContents(2);
}

void CalendarFeedsDialog::showMessage(const QString& text, bool problem)
{
    showInline(m_message, text, problem);
}

} // namespace chairside::ui

#include "StationsTab.h"

#include "ErrorText.h"

#include <QApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chairside::ui {

namespace {

QString localTime(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

StationsTab::StationsTab(SyncService& sync, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_actor(std::move(actor))
    , m_code(new QLabel)
    , m_address(new QLineEdit)
    , m_typedCode(new QLineEdit)
    , m_typedFingerprint(new QLineEdit)
    , m_discovered(new QListWidget)
    , m_peers(new QTableWidget(0, 8))
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("stationsTab"));
    auto* self = new QLabel(tr("This station: %1 (site %2)").arg(m_sync.stationName(), m_sync.siteId()));
    self->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString ownFingerprint = m_sync.certificateFingerprint();
    auto* fingerprint =
        new QLabel(ownFingerprint.isEmpty()
                       ? tr("This station's API speaks plain HTTP: it shows no certificate to pin.")
                       : tr("Its certificate fingerprint (SHA-256), for the other station's admin to "
                            "compare:\n%1")
                             .arg(ownFingerprint));
    fingerprint->setObjectName(QStringLiteral("stationsFingerprint"));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* showCode = new QPushButton(tr("Show pairing &code"));
    showCode->setObjectName(QStringLiteral("stationsShowCode"));
    connect(showCode, &QPushButton::clicked, this, &StationsTab::showPairingCode);
    m_code->setObjectName(QStringLiteral("stationsCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_address->setObjectName(QStringLiteral("stationsAddress"));
    m_address->setPlaceholderText(tr("https://192.168.1.20:8000"));
    m_typedCode->setObjectName(QStringLiteral("stationsTypedCode"));
    m_typedCode->setPlaceholderText(tr("the code the other station shows"));
    m_typedFingerprint->setObjectName(QStringLiteral("stationsTypedFingerprint"));
    m_typedFingerprint->setPlaceholderText(tr("optional: leave empty to trust the certificate it shows now"));
    auto* pairButton = new QPushButton(tr("&Pair"));
    pairButton->setObjectName(QStringLiteral("stationsPair"));
    connect(pairButton, &QPushButton::clicked, this, &StationsTab::pair);
    connect(m_typedCode, &QLineEdit::returnPressed, this, &StationsTab::pair);

    m_discovered->setObjectName(QStringLiteral("stationsDiscovered"));
    m_discovered->setAccessibleName(tr("Stations on the network, not paired"));
    m_discovered->setMaximumHeight(fontMetrics().height() * 6);
    connect(m_discovered, &QListWidget::itemActivated, this, &StationsTab::useDiscovered);
    auto* useFound = new QPushButton(tr("Pair &with this one"));
    useFound->setObjectName(QStringLiteral("stationsUseDiscovered"));
    connect(useFound, &QPushButton::clicked, this, &StationsTab::useDiscovered);

    m_peers->setObjectName(QStringLiteral("stationsPeers"));
    m_peers->setAccessibleName(tr("Paired stations"));
    m_peers->setHorizontalHeaderLabels({tr("Station"), tr("Address"), tr("Last sync"), tr("Last contact"),
                                        tr("Clock offset"), tr("Waiting"), tr("Certificate"), tr("Problem")});
    m_peers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_peers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_peers->horizontalHeader()->setStretchLastSection(true);
    m_peers->verticalHeader()->hide();
    auto* unpair = new QPushButton(tr("U&npair selected"));
    unpair->setObjectName(QStringLiteral("stationsUnpair"));
    connect(unpair, &QPushButton::clicked, this, &StationsTab::unpairSelected);
    m_message->setObjectName(QStringLiteral("stationsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(showCode);
    codeRow->addWidget(m_code, 1);
    auto* foundRow = new QHBoxLayout;
    foundRow->addWidget(m_discovered, 1);
    foundRow->addWidget(useFound, 0, Qt::AlignTop);
    auto* form = new QFormLayout;
    form->addRow(tr("Other station's address:"), m_address);
    form->addRow(tr("Its pairing code:"), m_typedCode);
    form->addRow(tr("Its certificate fingerprint:"), m_typedFingerprint);
    auto* pairRow = new QHBoxLayout;
    pairRow->addStretch(1);
    pairRow->addWidget(pairButton);
    auto* tableButtons = new QHBoxLayout;
    tableButtons->addStretch(1);
    tableButtons->addWidget(unpair);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(self);
    layout->addWidget(fingerprint);
    layout->addLayout(codeRow);
    layout->addWidget(new QLabel(tr("Stations on the network, not paired yet:")));
    layout->addLayout(foundRow);
    layout->addLayout(form);
    layout->addLayout(pairRow);
    layout->addWidget(m_peers, 1);
    layout->addLayout(tableButtons);
    layout->addWidget(m_message);

    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    m_refresh.start(2000);
    reload();
}

void StationsTab::reload()
{
    if (auto found = m_sync.discoveredStations(m_actor)) {
        const QString chosen = m_discovered->currentItem()
                                   ? m_discovered->currentItem()->data(Qt::UserRole).toString()
                                   : QString();
        m_discovered->clear();
        for (const QVariantMap& s : *found) {
            if (s.value(QStringLiteral("paired")).toBool())
                continue;
            auto* item = new QListWidgetItem(tr("%1 at %2")
                                                 .arg(s.value(QStringLiteral("name")).toString(),
                                                      s.value(QStringLiteral("url")).toString()));
            item->setData(Qt::UserRole, s.value(QStringLiteral("url")));
            m_discovered->addItem(item);
            if (s.value(QStringLiteral("url")).toString() == chosen)
                m_discovered->setCurrentItem(item);
        }
        if (m_discovered->count() == 0)
            m_discovered->addItem(tr("(none heard; type the other station's address below)"));
    }

    auto peers = m_sync.peers(m_actor);
    if (!peers) {
        showInline(m_message, errorText(peers.error()), true);
        return;
    }
    const QString selected = m_peers->currentRow() >= 0
                                 ? m_peers->item(m_peers->currentRow(), 0)->data(Qt::UserRole).toString()
                                 : QString();
    m_peers->setRowCount(int(peers->size()));
    for (int row = 0; row < peers->size(); ++row) {
        const QVariantMap& p = peers->at(row);
        const QVariant skew = p.value(QStringLiteral("skew_ms"));
        const QString address = p.value(QStringLiteral("driven_here")).toBool()
                                    ? p.value(QStringLiteral("url")).toString()
                                    : tr("(it syncs with this station)");
        const QStringList cells{p.value(QStringLiteral("name")).toString(),
                                address,
                                localTime(p.value(QStringLiteral("last_sync_at")).toString()),
                                localTime(p.value(QStringLiteral("last_contact_at")).toString()),
                                skew.isNull() ? QString()
                                              : tr("%1 s").arg(skew.toLongLong() / 1000.0, 0, 'f', 1),
                                QString::number(p.value(QStringLiteral("backlog")).toLongLong()),
                                p.value(QStringLiteral("certificate_fingerprint")).toString(),
                                p.value(QStringLiteral("last_error")).toString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, p.value(QStringLiteral("site_id")));
            m_peers->setItem(row, column, item);
        }
        if (p.value(QStringLiteral("site_id")).toString() == selected)
            m_peers->selectRow(row);
    }
}

void StationsTab::useDiscovered()
{
    const QListWidgetItem* item = m_discovered->currentItem();
    if (!item || item->data(Qt::UserRole).toString().isEmpty()) {
        showInline(m_message, tr("Choose a station in the list of stations on the network first."), true);
        return;
    }
    m_address->setText(item->data(Qt::UserRole).toString());
    m_typedCode->setFocus();
}

void StationsTab::showPairingCode()
{
    auto code = m_sync.createPairingCode(m_actor);
    if (!code) {
        showInline(m_message, errorText(code.error()), true);
        return;
    }
    const QString digits = code->value(QStringLiteral("code")).toString();
    m_code->setText(tr("Type %1 on the other station (valid until %2).")
                        .arg(digits.left(4) + QLatin1Char(' ') + digits.mid(4),
                             localTime(code->value(QStringLiteral("expires_at")).toString())));
}

void StationsTab::pair()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto paired =
        m_sync.pairWith(m_actor, m_address->text(), m_typedCode->text(), m_typedFingerprint->text());
    QApplication::restoreOverrideCursor();
    if (!paired) {
        showInline(m_message, errorText(paired.error()), true);
        return;
    }
    m_typedCode->clear();
    m_typedFingerprint->clear();
    showInline(m_message,
               tr("Paired with %1. Sync starts within a second.")
                   .arg(paired->value(QStringLiteral("name")).toString()),
               false);
    reload();
}

void StationsTab::unpairSelected()
{
    const int row = m_peers->currentRow();
    if (row < 0) {
        showInline(m_message, tr("Select a station in the list first."), true);
        return;
    }
    const QString name = m_peers->item(row, 0)->text();
    if (Status failed = m_sync.removePeer(m_actor, m_peers->item(row, 0)->data(Qt::UserRole).toString())) {
        showInline(m_message, errorText(*failed), true);
        return;
    }
    showInline(m_message,
               tr("%1 is no longer paired; neither station accepts the other's calls now.").arg(name), false);
    reload();
}

} // namespace chairside::ui

#include "SyncStatusLabel.h"

#include "ErrorText.h"

#include <QDateTime>
#include <QLocale>

namespace chairside::ui {

namespace {

QDateTime timeOf(const QVariantMap& peer, const char* key)
{
    return QDateTime::fromString(peer.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

QString shortTime(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

SyncStatusLabel::SyncStatusLabel(SyncService& sync, Actor actor, QWidget* parent, int intervalMs)
    : QLabel(parent)
    , m_sync(sync)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("syncStatus"));
    setAccessibleName(tr("Sync status"));
    connect(&m_timer, &QTimer::timeout, this, &SyncStatusLabel::refresh);
    m_timer.start(intervalMs);
    refresh();
}

void SyncStatusLabel::refresh()
{
    auto peers = m_sync.peers(m_actor);
    if (!peers) {
        setText(tr("Sync: %1").arg(errorText(peers.error())));
        return;
    }
    if (peers->isEmpty()) {
        setText(tr("Sync: no other stations paired"));
        setToolTip(tr("Pair stations in Admin › Stations."));
        setProperty("problem", false);
        setStyleSheet({});
        return;
    }
    int reachable = 0;
    qint64 waiting = 0;
    QDateTime last;
    QStringList problems;
    QStringList details;
    for (const QVariantMap& peer : *peers) {
        const QString name = peer.value(QStringLiteral("name")).toString();
        if (peer.value(QStringLiteral("in_reach")).toBool())
            ++reachable;
        waiting += peer.value(QStringLiteral("backlog")).toLongLong();
        for (const char* key : {"last_sync_at", "last_contact_at"})
            if (timeOf(peer, key).isValid() && (!last.isValid() || timeOf(peer, key) > last))
                last = timeOf(peer, key);
        QString line = name;
        if (const QDateTime synced = timeOf(peer, "last_sync_at"); synced.isValid())
            line += tr(" — synced %1").arg(shortTime(synced));
        else if (const QDateTime contact = timeOf(peer, "last_contact_at"); contact.isValid())
            line += tr(" — in touch %1").arg(shortTime(contact));
        else
            line += tr(" — not reached yet");
        const QString error = peer.value(QStringLiteral("last_error")).toString();
        if (!error.isEmpty()) {
            line += QStringLiteral(": ") + error;
            problems << tr("%1 unreachable").arg(name);
        }
        if (!peer.value(QStringLiteral("skew_ms")).isNull()) {
            const qint64 skew = peer.value(QStringLiteral("skew_ms")).toLongLong();
            line += tr(", clock %1 s off").arg(skew / 1000);
            if (peer.value(QStringLiteral("clock_off")).toBool())
                problems << tr("%1's clock is %2 min off").arg(name).arg(qAbs(skew) / 60'000);
        }
        details << line;
    }
    QString text = tr("Sync: %1 of %2 stations in reach").arg(reachable).arg(peers->size());
    text += last.isValid() ? tr(" · last %1").arg(shortTime(last)) : tr(" · not synced yet");
    if (waiting > 0)
        text += tr(" · %1 changes waiting").arg(waiting);
    if (!problems.isEmpty())
        text += QStringLiteral(" · ") + problems.join(QStringLiteral(", "));
    setText(text);
    setToolTip(details.join(QLatin1Char('\n')));
    setProperty("problem", !problems.isEmpty());
    setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color: #a61b1b;"));
}

} // namespace chairside::ui

#include "StoreWatcher.h"

#include <QGuiApplication>

namespace chairside::ui {

StoreWatcher::StoreWatcher(const Database& db, QObject* parent, int intervalMs)
    : QObject(parent)
    , m_db(db)
    , m_seen(db.lastChangeSeq())
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::poll);
    m_timer.start();
}

void StoreWatcher::poll()
{
    if (QGuiApplication::mouseButtons() & Qt::LeftButton)
        return;
    const qint64 latest = m_db.lastChangeSeq();
    if (latest == m_seen)
        return;
    m_seen = latest;
    emit changed();
}

} // namespace chairside::ui

#pragma once

#include "store/Database.h"

#include <QObject>
#include <QTimer>

namespace chairside::ui {

// Tells screens that the store changed, whoever changed it (this window, the REST API, sync), by polling the
// change log's newest sequence number once a second: a primary-key maximum, so it costs next to nothing.
// While the left mouse button is down (a drag in the calendar) it waits, so nothing reloads under the hand.
class StoreWatcher : public QObject
{
    Q_OBJECT
public:
    explicit StoreWatcher(const Database& db, QObject* parent = nullptr, int intervalMs = 1000);

signals:
    void changed();

private:
    void poll();

    const Database& m_db;
    QTimer m_timer;
    qint64 m_seen = 0;
};

} // namespace chairside::ui

#pragma once

#include <QThread>
#include <functional>

namespace chairside {
class Database;
}

namespace chairside::outbound {

// Runs `task` every `intervalMs` on its own thread, which gets its own store connection; stop() waits for the
// task in hand and releases that connection. The background senders (mail, image analysis) are built on it.
class PeriodicWorker
{
public:
    PeriodicWorker(Database& db, QString name, int intervalMs, std::function<void()> task);
    ~PeriodicWorker();
    PeriodicWorker(const PeriodicWorker&) = delete;
    PeriodicWorker& operator=(const PeriodicWorker&) = delete;

    void start();
    void stop();

private:
    Database& m_db;
    int m_intervalMs;
    std::function<void()> m_task;
    QThread m_thread;
    QObject* m_context = nullptr;
};

} // namespace chairside::outbound

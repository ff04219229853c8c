#include "PeriodicWorker.h"

#include "store/Database.h"

#include <QTimer>

namespace chairside::outbound {

PeriodicWorker::PeriodicWorker(Database& db, QString name, int intervalMs, std::function<void()> task)
    : m_db(db)
    , m_intervalMs(intervalMs)
    , m_task(std::move(task))
{
    m_thread.setObjectName(name);
    // Put away in the thread once its event loop has ended, not by a call queued to it: a task waiting on the
    // network (the Gemini client) runs a local event loop, which would run such a call in the middle of the
    // task.
    QObject::connect(
        &m_thread, &QThread::finished, &m_thread,
        [this] {
            delete m_context;
            m_context = nullptr;
            m_db.releaseThreadConnection();
        },
        Qt::DirectConnection);
}

PeriodicWorker::~PeriodicWorker()
{
    stop();
}

void PeriodicWorker::start()
{
    if (m_thread.isRunning())
        return;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this] {
        auto* timer = new QTimer(m_context);
        QObject::connect(timer, &QTimer::timeout, m_context, [this] { m_task(); });
        timer->start(m_intervalMs);
    });
}

void PeriodicWorker::stop()
{
    if (!m_thread.isRunning())
        return;
    // Ends the thread's event loops, including a local one inside the task, which then fails its call and
    // returns.
    m_thread.quit();
    m_thread.wait();
}

} // namespace chairside::outbound

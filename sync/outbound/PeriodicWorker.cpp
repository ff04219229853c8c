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
}

PeriodicWorker::~PeriodicWorker()
{
    stop();
}

void PeriodicWorker::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
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
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_context;
            m_db.releaseThreadConnection();
        },
        Qt::BlockingQueuedConnection);
    m_context = nullptr;
    m_thread.quit();
    m_thread.wait();
}

} // namespace chairside::outbound

#include "MailWorker.h"

#include <QTimer>

namespace chairside::outbound {

MailWorker::MailWorker(Database& db, MailOutbox& outbox, std::unique_ptr<MailSender> sender, QString from,
                       int intervalMs)
    : m_db(db)
    , m_outbox(outbox)
    , m_sender(std::move(sender))
    , m_from(std::move(from))
    , m_intervalMs(intervalMs)
{
    m_thread.setObjectName(QStringLiteral("mail"));
}

MailWorker::~MailWorker()
{
    stop();
}

void MailWorker::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_context, [this] {
        auto* timer = new QTimer(m_context);
        QObject::connect(timer, &QTimer::timeout, m_context,
                         [this] { m_outbox.deliverDue(*m_sender, m_from); });
        timer->start(m_intervalMs);
    });
}

void MailWorker::stop()
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

#pragma once

#include "MailSender.h"
#include "services/MailOutbox.h"

#include <QThread>
#include <memory>

namespace chairside::outbound {

// Delivers the mail outbox in the background: its own thread and store connection, a look every
// `intervalMs`, retries by the outbox's backoff. Requests never wait for it.
class MailWorker
{
public:
    MailWorker(Database& db, MailOutbox& outbox, std::unique_ptr<MailSender> sender, QString from,
               int intervalMs = 2000);
    ~MailWorker();
    MailWorker(const MailWorker&) = delete;
    MailWorker& operator=(const MailWorker&) = delete;

    void start();
    void stop();

private:
    Database& m_db;
    MailOutbox& m_outbox;
    std::unique_ptr<MailSender> m_sender;
    QString m_from;
    int m_intervalMs;
    QThread m_thread;
    QObject* m_context = nullptr;
};

} // namespace chairside::outbound

#pragma once

#include "MailSender.h"
#include "PeriodicWorker.h"
#include "services/MailOutbox.h"

#include <memory>

namespace chairside::outbound {

// Delivers the mail outbox in the background: a look every `intervalMs`, retries by the outbox's backoff.
// Requests never wait for it.
class MailWorker
{
public:
    MailWorker(Database& db, MailOutbox& outbox, std::unique_ptr<MailSender> sender, QString from,
               int intervalMs = 2000);

    void start() { m_worker.start(); }
    void stop() { m_worker.stop(); }

private:
    std::unique_ptr<MailSender> m_sender;
    PeriodicWorker m_worker;
};

} // namespace chairside::outbound

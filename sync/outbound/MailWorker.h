#pragma once

#include "MailSender.h"
#include "PeriodicWorker.h"
#include "SmsSender.h"
#include "services/MailOutbox.h"
#include "services/NotificationService.h"

#include <memory>

namespace chairside::outbound {

// Sends the station's messages in the background: every `intervalMs` it delivers the outbox (email through
// `mail`, text messages through `sms`; either may be absent), retrying by the outbox's backoff, and every
// `sweepMs` it queues the appointment confirmations and reminders that are due (NotificationService).
// Requests never wait for it.
class MailWorker
{
public:
    MailWorker(Database& db, MailOutbox& outbox, NotificationService& notifications,
               std::unique_ptr<MailSender> mail, std::unique_ptr<SmsSender> sms, QString from,
               int intervalMs = 2000, int sweepMs = 30'000);

    void start() { m_worker.start(); }
    void stop() { m_worker.stop(); }

private:
    std::unique_ptr<MailSender> m_mail;
    std::unique_ptr<SmsSender> m_sms;
    PeriodicWorker m_worker;
};

} // namespace chairside::outbound

#include "MailWorker.h"

#include <algorithm>

namespace chairside::outbound {

MailWorker::MailWorker(Database& db, MailOutbox& outbox, NotificationService& notifications,
                       std::unique_ptr<MailSender> mail, std::unique_ptr<SmsSender> sms, QString from,
                       int intervalMs, int sweepMs)
    : m_mail(std::move(mail))
    , m_sms(std::move(sms))
    , m_worker(db, QStringLiteral("mail"), intervalMs,
               [&outbox, &notifications, mail = m_mail.get(), sms = m_sms.get(), from,
                roundsPerSweep = std::max(1, sweepMs / std::max(1, intervalMs)), round = 0]() mutable {
                   // Looking for due confirmations and reminders reads every future appointment; once
                   // every half minute is soon enough for messages a day ahead. Delivery runs every round.
                   if (round++ % roundsPerSweep == 0)
                       notifications.queueAppointmentMessages();
                   outbox.deliverDue(mail, sms, from);
               })
{}

} // namespace chairside::outbound

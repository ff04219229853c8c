#include "MailWorker.h"

namespace chairside::outbound {

MailWorker::MailWorker(Database& db, MailOutbox& outbox, NotificationService& notifications,
                       std::unique_ptr<MailSender> mail, std::unique_ptr<SmsSender> sms, QString from,
                       int intervalMs)
    : m_mail(std::move(mail))
    , m_sms(std::move(sms))
    , m_worker(db, QStringLiteral("mail"), intervalMs,
               [&outbox, &notifications, mail = m_mail.get(), sms = m_sms.get(), from] {
                   notifications.queueAppointmentMessages();
                   outbox.deliverDue(mail, sms, from);
               })
{}

} // namespace chairside::outbound

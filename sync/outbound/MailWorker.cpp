#include "MailWorker.h"

namespace chairside::outbound {

MailWorker::MailWorker(Database& db, MailOutbox& outbox, std::unique_ptr<MailSender> sender, QString from,
                       int intervalMs)
    : m_sender(std::move(sender))
    , m_worker(db, QStringLiteral("mail"), intervalMs,
               [&outbox, sender = m_sender.get(), from] { outbox.deliverDue(*sender, from); })
{}

} // namespace chairside::outbound

#pragma once

#include "Error.h"
#include "MailSender.h"
#include "SmsSender.h"
#include "services/ServiceContext.h"

#include <QVariantMap>

namespace chairside {

// The queue of outgoing messages: email, and text messages (SMS). Services enqueue inside their own work and
// never wait for delivery; the message worker delivers due messages and retries failures with backoff (30 s
// doubling, at most an hour apart, 12 attempts). The outbox is station-local, so the station that queued a
// message is the only one that sends it: a message is never sent twice. Nothing is queued for a channel that
// is not configured.
class MailOutbox
{
public:
    explicit MailOutbox(ServiceContext& ctx)
        : m_ctx(ctx)
    {}

    static constexpr int kMaxAttempts = 12;

    // Queues an email when mail is configured; a queueing failure is logged, never returned, so it cannot
    // fail the request that caused it (seed-contracts decision 8).
    void enqueue(const QString& kind, const QString& to, const QString& subject, const QString& body);
    // Queues the delivery of a notification row (channel "email" or "sms"); each attempt's outcome is written
    // back to that row: sent (with the provider's id), or failed once the attempts are used up.
    void enqueueNotification(const QString& notificationId, const QString& channel, const QString& to,
                             const QString& subject, const QString& body);
    // Sends every due message of the channels given a sender (either may be null); returns how many were
    // delivered.
    int deliverDue(MailSender* mail, SmsSender* sms, const QString& from);
    int deliverDue(MailSender& sender, const QString& from) { return deliverDue(&sender, nullptr, from); }
    Result<QList<QVariantMap>> messages() const;

private:
    void insert(const QString& channel, const QString& kind, const QString& to, const QString& subject,
                const QString& body, const QString& notificationId);
    void reportDelivery(const QString& notificationId, bool sent, bool finalFailure, const QString& error,
                        const QString& providerId);

    ServiceContext& m_ctx;
};

} // namespace chairside

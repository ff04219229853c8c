#pragma once

#include "Error.h"
#include "MailSender.h"
#include "services/ServiceContext.h"

#include <QVariantMap>

namespace chairside {

// The queue of outgoing mail. Services enqueue inside their own work and never wait for delivery; the mail
// worker delivers due messages and retries failures with backoff (30 s doubling, at most an hour apart,
// 12 attempts). Nothing is queued while no mail transport is configured.
class MailOutbox
{
public:
    explicit MailOutbox(ServiceContext& ctx)
        : m_ctx(ctx)
    {}

    static constexpr int kMaxAttempts = 12;

    // Queues a message when mail is configured; a queueing failure is logged, never returned, so it cannot
    // fail the request that caused it (seed-contracts decision 8).
    void enqueue(const QString& kind, const QString& to, const QString& subject, const QString& body);
    // Sends every due message through `sender`; returns how many were delivered.
    int deliverDue(MailSender& sender, const QString& from);
    Result<QList<QVariantMap>> messages() const;

private:
    ServiceContext& m_ctx;
};

} // namespace chairside

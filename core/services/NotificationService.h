#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/ServiceContext.h"

#include <QVariantMap>

namespace chairside {

// Messages to users (seed 002's notifications) and their delivery state: email or SMS, pending, sent or
// failed, read or not. Everyone who works at the clinic may send one; a user lists and reads their own, and
// staff see every message (what a client caused, and what reached whom).
class NotificationService
{
public:
    explicit NotificationService(ServiceContext& ctx)
        : m_ctx(ctx)
    {}

    static const QStringList& channels(); // email, sms
    static const QStringList& statuses(); // pending, sent, failed

    // `input`: user_id, type or channel (SMS/Email), message, subject, appointment_id, status (default
    // pending), provider_message_id, error_message, sent_at.
    Result<QVariantMap> send(const Actor& actor, const QVariantMap& input);
    // Newest first.
    Result<QList<QVariantMap>> list(const Actor& actor);
    Result<QVariantMap> get(const Actor& actor, const QString& id);
    // Marks the caller's own message read (staff may mark anyone's); reading twice keeps the first time.
    Result<QVariantMap> markRead(const Actor& actor, const QString& id);

private:
    ServiceContext& m_ctx;
};

} // namespace chairside

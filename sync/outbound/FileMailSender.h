#pragma once

#include "MailSender.h"

#include <QDateTime>

namespace chairside::outbound {

// The `file:` mail transport: each message becomes one RFC 5322 `.eml` file in a folder, written atomically.
// For stations without a mail server, and for tests.
class FileMailSender : public MailSender
{
public:
    explicit FileMailSender(QString folder);
    QString send(const MailMessage& message) override;
    QString describe() const override { return QStringLiteral("file:%1").arg(m_folder); }

    // The message as RFC 5322 text (UTF-8 body, RFC 2047-encoded subject when needed).
    static QByteArray format(const MailMessage& message, const QDateTime& date);

private:
    QString m_folder;
};

} // namespace chairside::outbound

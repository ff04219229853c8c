#pragma once

#include "MailSender.h"

#include <QUrl>

namespace chairside::outbound {

// Where and how mail goes out by SMTP (CHAIRSIDE_MAIL_URL, README "Configuration").
struct SmtpConfig
{
    // smtp://[user@]host[:port]: STARTTLS, required (no message goes out in the clear by accident);
    // smtps://[user@]host[:port]: TLS from the first byte; either with ?tls=off: no TLS at all, for a relay
    // on this machine or a test server.
    QUrl url;
    QString password; // from the secret store, never from the URL
    int timeoutMs = 30'000;
};

// The SMTP mail transport, by libcurl: one connection per message (the worker sends a handful a minute),
// in the mail worker's thread. A refusal or a network failure comes back as the reason, and the outbox
// retries later.
class SmtpMailSender : public MailSender
{
public:
    explicit SmtpMailSender(SmtpConfig config);
    QString send(const MailMessage& message) override;
    QString describe() const override;

    // The bare address of "Name <address>" or "address".
    static QString addressOf(const QString& mailbox);

private:
    SmtpConfig m_config;
};

} // namespace chairside::outbound

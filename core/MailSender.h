#pragma once

#include <QString>

namespace chairside {

struct MailMessage
{
    QString id;
    QString from;
    QString to;
    QString subject;
    QString body;
};

// Port for delivering one email (file outbox, SMTP). Called from the mail worker thread, never the GUI's;
// returns an empty string on success or the reason it failed.
class MailSender
{
public:
    virtual ~MailSender() = default;
    virtual QString send(const MailMessage& message) = 0;
    virtual QString describe() const = 0;
};

} // namespace chairside

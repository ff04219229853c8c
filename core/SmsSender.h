#pragma once

#include <QString>

namespace chairside {

struct SmsMessage
{
    QString id; // the outbox entry, sent along so a provider can drop a repeat
    QString to; // E.164 or the clinic's local form, as stored for the patient
    QString body;
};

struct SmsOutcome
{
    QString error;      // empty when the provider accepted the message
    QString providerId; // the provider's id for it (Twilio's "sid")
};

// Port for sending one text message (a Twilio-compatible REST service). Called from the message worker
// thread, never the GUI's.
class SmsSender
{
public:
    virtual ~SmsSender() = default;
    virtual SmsOutcome send(const SmsMessage& message) = 0;
    virtual QString describe() const = 0;
};

} // namespace chairside

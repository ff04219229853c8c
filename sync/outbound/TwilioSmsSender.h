#pragma once

#include "SmsSender.h"

#include <QUrl>

namespace chairside::outbound {

struct TwilioConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.twilio.com"));
    QString accountSid; // CHAIRSIDE_SMS_ACCOUNT
    QString authToken;  // from the secret store (sms_auth_token)
    QString from;       // CHAIRSIDE_SMS_FROM: the clinic's number or sender id
    int timeoutMs = 30'000;
};

// Twilio's Messages API and services that copy it: POST {base}/2010-04-01/Accounts/{sid}/Messages.json with
// the form fields To, From and Body, HTTP Basic as account sid and auth token; 201 with the message's "sid".
// Blocking; runs on the message worker's thread.
class TwilioSmsSender : public SmsSender
{
public:
    explicit TwilioSmsSender(TwilioConfig config)
        : m_config(std::move(config))
    {}

    SmsOutcome send(const SmsMessage& message) override;
    QString describe() const override;

private:
    TwilioConfig m_config;
};

} // namespace chairside::outbound

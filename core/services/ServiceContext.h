#pragma once

#include "Clock.h"
#include "auth/LoginThrottle.h"
#include "store/Database.h"

#include <QByteArray>
#include <QSysInfo>

namespace chairside {

// Settings the services read. Defaults follow seed-contracts §7.2.
struct CoreConfig
{
    int accessTokenMinutes = 60;
    int refreshTokenDays = 7;
    int opaqueTokenDays = 10; // Knox's default
    int emailLinkDays = 3;    // Django's PASSWORD_RESET_TIMEOUT for activation links
    // When on, login refuses accounts whose email is not verified yet.
    bool requireEmailVerification = false;
    // Whether an image analyzer (Gemini) is configured; without one readings are recorded as skipped.
    bool imageAnalysisEnabled = false;
    // Whether a mail transport is configured; without one nothing is queued.
    bool mailEnabled = false;
    // Whether a text-message service is configured (CHAIRSIDE_SMS_ACCOUNT and CHAIRSIDE_SMS_FROM).
    bool smsEnabled = false;
    // Base of links in emails (CHAIRSIDE_PUBLIC_URL), e.g. "https://clinic.example".
    QString publicUrl = QStringLiteral("http://127.0.0.1:8000");
    // How other stations list this one (CHAIRSIDE_STATION_NAME).
    QString stationName = QSysInfo::machineHostName();
};

// What every service needs: the store, the clock, the signing key, the login throttle and the settings.
// Shared by all threads; nothing here holds a per-thread connection.
struct ServiceContext
{
    Database& db;
    const Clock& clock;
    QByteArray signingKey;
    CoreConfig config;
    LoginThrottle throttle;

    ServiceContext(Database& database, const Clock& c, QByteArray key, CoreConfig cfg = {})
        : db(database)
        , clock(c)
        , signingKey(std::move(key))
        , config(cfg)
        , throttle(c)
    {}
};

} // namespace chairside

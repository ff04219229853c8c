#pragma once

#include "Clock.h"
#include "services/Services.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace chairside::test {

// A clock the test moves by hand (token expiry, throttling, link validity).
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {}
    QDateTime nowUtc() const override { return m_now; }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }
    void set(const QDateTime& t) { m_now = t; }

private:
    QDateTime m_now;
};

// A user calling the API: the actor and a pair of tokens.
struct ApiUser
{
    Actor actor;
    QString access; // JWT access token
    QString refresh;
};

// A real station store in a temporary folder with a fixed signing key and a manual clock.
struct TestStation
{
    QTemporaryDir dir;
    ManualClock clock;
    CoreConfig config;
    std::unique_ptr<Database> db;
    std::unique_ptr<ServiceContext> ctx;
    std::unique_ptr<Services> services;

    explicit TestStation(CoreConfig config = {});
    // Closes the store and opens it again from its file, as a restarted station would (the clock stays).
    void reopen();
    QString dbPath() const { return dir.filePath(QStringLiteral("chairside.db")); }

    // Creates an account through the service and returns its actor; fails the test on error.
    Actor addUser(const QString& email, Role role, const QString& password = QStringLiteral("password123"));
    // Tokens for `actor`, made by the service (no password hash, so cheap); fails the test on error.
    ApiUser signIn(const Actor& actor);
    // addUser, then signIn.
    ApiUser addApiUser(const QString& email, Role role);
    // Entries in the change log: every replicated write adds some, so an unchanged count means nothing was
    // written (what the refusal tests check).
    int changeCount() const;
};

// Everything `to` lacks of `from`'s log, read in batches of `batchSize` from the checkpoint `to` keeps for
// `from`, the way a station pulls from a peer. Answers how many changes were new on `to`; fails the test on
// an error.
int pullChanges(TestStation& from, TestStation& to, int batchSize = 7);

// A patient named `name`, created through the service as `actor`; answers its id and fails the test on error.
QString createPatient(TestStation& station, const Actor& actor, const QString& name);

// The row a fixture's service call made; a refusal stops the test with its message.
QVariantMap must(const Result<QVariantMap>& result);
// An ISO-8601 time ("2026-11-24T09:00:00Z") as UTC.
QDateTime utc(const QString& iso);

} // namespace chairside::test

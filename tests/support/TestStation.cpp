#include "TestStation.h"

#include "store/Query.h"
#include "store/Replica.h"

#include <QTest>

namespace chairside::test {

TestStation::TestStation(CoreConfig coreConfig)
    : config(coreConfig)
{
    reopen();
}

void TestStation::reopen()
{
    services.reset();
    ctx.reset();
    db.reset();
    auto opened = Database::open(dbPath());
    if (!opened)
        qFatal("cannot open test store: %s", qPrintable(opened.error().message));
    db = std::move(opened).value();
    ctx = std::make_unique<ServiceContext>(*db, clock, QByteArray(32, 'k'), config);
    services = std::make_unique<Services>(*ctx);
}

int TestStation::changeCount() const
{
    auto n = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM change_log"));
    return n ? n->toInt() : -1;
}

Actor TestStation::addUser(const QString& email, Role role, const QString& password)
{
    RegistrationInput in{{{QStringLiteral("email"), email},
                          {QStringLiteral("password"), password},
                          {QStringLiteral("name"), email.section(QLatin1Char('@'), 0, 0)},
                          {QStringLiteral("role"), roleName(role)}}};
    auto user = services->accounts.registerUser(in, Actor::system(QStringLiteral("test")));
    if (!user)
        qFatal("cannot add test user %s: %s", qPrintable(email), qPrintable(user.error().message));
    return Actor{user->value(QStringLiteral("id")).toString(), role, QStringLiteral("test")};
}

ApiUser TestStation::signIn(const Actor& actor)
{
    auto tokens = services->accounts.issueTokens(actor.userId);
    if (!tokens)
        qFatal("cannot issue tokens for %s: %s", qPrintable(actor.userId),
               qPrintable(tokens.error().message));
    return {actor, tokens->access, tokens->refresh};
}

ApiUser TestStation::addApiUser(const QString& email, Role role)
{
    return signIn(addUser(email, role));
}

int pullChanges(TestStation& from, TestStation& to, int batchSize)
{
    Replica source(*from.db, from.clock);
    Replica target(*to.db, to.clock);
    int applied = 0;
    for (;;) {
        const qint64 after = target.checkpoint(from.db->siteId());
        auto batch = source.changesSince(after, target.versionVector(), batchSize);
        if (!batch)
            qFatal("cannot read changes: %s", qPrintable(batch.error().message));
        auto done = target.applyFromPeer(batch->changes, from.db->siteId(), after, batch->lastSeq);
        if (!done)
            qFatal("cannot apply changes: %s", qPrintable(done.error().message));
        applied += *done;
        if (!batch->more)
            return applied;
    }
}

QString createPatient(TestStation& station, const Actor& actor, const QString& name)
{
    auto made = station.services->patients.create(actor, {{QStringLiteral("name"), name}});
    if (!made)
        qFatal("cannot create patient: %s", qPrintable(made.error().message));
    return made->value(QStringLiteral("id")).toString();
}

QVariantMap must(const Result<QVariantMap>& result)
{
    if (!result)
        qFatal("fixture refused: %s", qPrintable(result.error().message));
    return *result;
}

QDateTime utc(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

} // namespace chairside::test

#include "FuzzStation.h"

#include "demo/DemoClinic.h"
#include "store/Query.h"

#include <QCoreApplication>
#include <QFile>

namespace chairside::fuzz {

namespace {

QString tokenFor(test::TestStation& station, const QString& email)
{
    auto id = sql::scalar(station.db->connection(), QStringLiteral("SELECT id FROM users WHERE email = ?"),
                          {email});
    if (!id || id->isNull())
        qFatal("fuzz station: no account %s", qPrintable(email));
    return station.signIn(Actor{id->toString(), Role::Patient, QStringLiteral("fuzz")}).access;
}

} // namespace

FuzzStation& FuzzStation::instance()
{
    // QObjects (the server, sockets) need an application object; libFuzzer owns main, so make one here.
    static int argc = 1;
    static char name[] = "chairside-fuzz";
    static char* argv[] = {name, nullptr};
    // Never destroyed: libFuzzer ends the process with exit(), after the thread's own data (the store's
    // statement cache) is gone, so a store closed then would reach into freed memory. Both stay reachable, so
    // LeakSanitizer does not count them.
    static auto* app = new QCoreApplication(argc, argv);
    static auto* station = new FuzzStation;
    Q_UNUSED(app);
    return *station;
}

FuzzStation::FuzzStation()
{
    DemoSize size;
    size.patients = 8;
    size.chairs = 2;
    if (Status failed = DemoClinic::seed(*m_station.services, size))
        qFatal("fuzz station: cannot make the demo clinic: %s", qPrintable(failed->message));
    const DemoAccounts accounts = DemoClinic::accounts();
    adminToken = tokenFor(m_station, accounts.adminEmail);
    dentistToken = tokenFor(m_station, accounts.dentistEmail);
    auto patient = sql::scalar(m_station.db->connection(),
                               QStringLiteral("SELECT email FROM users WHERE role = 'patient' LIMIT 1"));
    if (patient && !patient->isNull())
        patientToken = tokenFor(m_station, patient->toString());
    for (const char* table : {"patients", "doctors", "appointments", "chairs", "materials", "users",
                              "clinical_records", "record_images"}) {
        auto rows =
            sql::select(m_station.db->connection(),
                        QStringLiteral("SELECT id FROM %1 ORDER BY id LIMIT 2").arg(QLatin1String(table)));
        if (rows)
            for (const QVariantMap& row : *rows)
                ids.append(row.value(QStringLiteral("id")).toString());
    }
    if (ids.isEmpty())
        qFatal("fuzz station: the demo clinic holds no rows");

    // The store as made, kept to go back to.
    m_station.services.reset();
    m_station.ctx.reset();
    m_station.db.reset();
    m_templatePath = m_station.dir.filePath(QStringLiteral("template.db"));
    if (!QFile::copy(m_station.dbPath(), m_templatePath))
        qFatal("fuzz station: cannot keep the store's template");
    restoreStore();
}

void FuzzStation::restoreStore()
{
    m_server.reset();
    m_station.services.reset();
    m_station.ctx.reset();
    m_station.db.reset();
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(m_station.dbPath() + QLatin1String(suffix));
    if (!QFile::copy(m_templatePath, m_station.dbPath()))
        qFatal("fuzz station: cannot restore the store");
    m_station.reopen();
    api::ApiServerConfig config;
    m_server = std::make_unique<api::ApiServer>(*m_station.services, config);
    auto* listener = new api::GuardedTcpServer(config.limits, {}, m_server.get());
    if (!listener->listen(QHostAddress::LocalHost, 0))
        qFatal("fuzz station: cannot listen on loopback");
    m_server->bind(listener);
    m_port = listener->serverPort();
}

void FuzzStation::beginInput()
{
    if (++m_inputs % kResetEvery == 0)
        restoreStore();
}

QByteArray FuzzStation::expand(QByteArray bytes) const
{
    bytes.replace("@admin@", adminToken.toLatin1());
    bytes.replace("@dentist@", dentistToken.toLatin1());
    bytes.replace("@patient@", patientToken.toLatin1());
    for (qsizetype at = bytes.indexOf('$'); at >= 0 && at + 1 < bytes.size();
         at = bytes.indexOf('$', at + 1)) {
        const char digit = bytes.at(at + 1);
        if (digit < '0' || digit > '9')
            continue;
        const QByteArray id = ids.at((digit - '0') % ids.size()).toLatin1();
        bytes.replace(at, 2, id);
        at += id.size() - 1;
    }
    return bytes;
}

} // namespace chairside::fuzz

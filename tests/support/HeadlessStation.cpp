#include "HeadlessStation.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QTest>
#include <csignal>

namespace chairside::test {

const QString HeadlessStation::kPassword = QStringLiteral("station-admin-9");

QString HeadlessStation::storePath() const
{
    return QDir(dir.path()).filePath(QStringLiteral("chairside.db"));
}

bool HeadlessStation::addAdmin()
{
    QProcess cli;
    cli.start(binary,
              {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("user"), QStringLiteral("add"),
               QStringLiteral("--email"), adminEmail(), QStringLiteral("--role"), QStringLiteral("admin"),
               QStringLiteral("--password-stdin")});
    cli.write(kPassword.toUtf8() + '\n');
    cli.closeWriteChannel();
    return cli.waitForFinished(30000) && cli.exitCode() == 0;
}

bool HeadlessStation::start()
{
    process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CHAIRSIDE_STATION_NAME"), name);
    env.insert(QStringLiteral("CHAIRSIDE_SYNC_INTERVAL_MS"), QStringLiteral("100"));
    env.insert(QStringLiteral("CHAIRSIDE_DISCOVERY_PORT"), QString::number(beaconPort));
    env.insert(QStringLiteral("CHAIRSIDE_DISCOVERY_TARGETS"), beaconTargets);
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(binary, {QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
    if (!process->waitForStarted())
        return false;
    QByteArray output;
    QDeadlineTimer deadline(20000);
    while (!output.contains("listening") && !deadline.hasExpired() && process->state() == QProcess::Running) {
        process->waitForReadyRead(200);
        output += process->readAllStandardOutput();
    }
    if (!output.contains("listening"))
        return false;
    const HttpReply login =
        http().post(QStringLiteral("/api/auth/login/"), QJsonObject{{QStringLiteral("email"), adminEmail()},
                                                                    {QStringLiteral("password"), kPassword}});
    token = login.object().value(QStringLiteral("access")).toString();
    return login.status == 200;
}

void HeadlessStation::kill()
{
    ::kill(pid_t(process->processId()), SIGKILL);
    process->waitForFinished(10000);
}

bool HeadlessStation::stop()
{
    ::kill(pid_t(process->processId()), SIGTERM);
    return process->waitForFinished(20000) && process->exitStatus() == QProcess::NormalExit &&
           process->exitCode() == 0;
}

QString HeadlessStation::heardUrlOf(const HeadlessStation& other) const
{
    const QString otherSite = other.http()
                                  .get(QStringLiteral("/api/sync/peers/"), other.token)
                                  .object()
                                  .value(QStringLiteral("site_id"))
                                  .toString();
    for (const QJsonValue& v : http()
                                   .get(QStringLiteral("/api/sync/discovered/"), token)
                                   .object()
                                   .value(QStringLiteral("stations"))
                                   .toArray())
        if (v.toObject().value(QStringLiteral("site_id")).toString() == otherSite)
            return v.toObject().value(QStringLiteral("url")).toString();
    return {};
}

bool HeadlessStation::pairWith(HeadlessStation& other)
{
    QString heard;
    for (QDeadlineTimer deadline(10000); heard.isEmpty() && !deadline.hasExpired(); QTest::qWait(100))
        heard = heardUrlOf(other);
    return heard == other.url() && pairAt(other, heard);
}

bool HeadlessStation::pairAt(HeadlessStation& other, const QString& otherUrl)
{
    const HttpReply code =
        other.http().post(QStringLiteral("/api/sync/pairing-code/"), QJsonObject{}, other.token);
    const HttpReply paired = http().post(
        QStringLiteral("/api/sync/peers/"),
        QJsonObject{{QStringLiteral("url"), otherUrl},
                    {QStringLiteral("code"), code.object().value(QStringLiteral("code")).toString()}},
        token);
    return paired.status == 201;
}

QString HeadlessStation::addPatient(const QString& patientName)
{
    const HttpReply made = http().post(QStringLiteral("/api/patients/"),
                                       QJsonObject{{QStringLiteral("name"), patientName}}, token);
    return made.status == 201 ? made.object().value(QStringLiteral("id")).toString() : QString();
}

bool HeadlessStation::has(const QString& patientId) const
{
    return http().get(QStringLiteral("/api/patients/") + patientId + QLatin1Char('/'), token).status == 200;
}

} // namespace chairside::test

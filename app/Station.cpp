#include "Station.h"

#include "FileMailSender.h"
#include "GeminiAnalyzer.h"
#include "KeychainSecretStore.h"
#include "SmtpMailSender.h"
#include "TwilioSmsSender.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace chairside::app {

namespace {

// A whole number from the environment variable `name`, when it is set, within [low, high]; `value` keeps its
// default otherwise.
Status readWholeNumber(const char* name, int low, int high, const QString& unit, int& value)
{
    if (!qEnvironmentVariableIsSet(name))
        return std::nullopt;
    bool ok = false;
    const int read = qEnvironmentVariable(name).trimmed().toInt(&ok);
    if (!ok || read < low || read > high)
        return Error::invalid(
            QStringLiteral("%1 takes %2 %3 to %4.").arg(QLatin1String(name), unit).arg(low).arg(high));
    value = read;
    return std::nullopt;
}

// The API's limits from the environment; each variable left unset keeps its default.
Status readServerLimits(api::ServerLimits& limits)
{
    constexpr qint64 kMiB = 1024 * 1024;
    int bodyMiB = int(limits.maxBodyBytes / kMiB);
    int uploadMiB = int(limits.maxUploadBytes / kMiB);
    int requestSeconds = limits.headerTimeoutMs / 1000;
    int idleSeconds = limits.idleTimeoutMs / 1000;
    const QString mebibytes = QStringLiteral("MiB, from");
    const QString connections = QStringLiteral("connections, from");
    const QString seconds = QStringLiteral("seconds, from");
    for (Status bad :
         {readWholeNumber("CHAIRSIDE_MAX_BODY_MB", 1, 1024, mebibytes, bodyMiB),
          readWholeNumber("CHAIRSIDE_MAX_UPLOAD_MB", 1, 4096, mebibytes, uploadMiB),
          readWholeNumber("CHAIRSIDE_MAX_CONNECTIONS", 1, 100'000, connections, limits.maxConnections),
          readWholeNumber("CHAIRSIDE_MAX_CONNECTIONS_PER_CLIENT", 1, 100'000, connections,
                          limits.maxConnectionsPerClient),
          readWholeNumber("CHAIRSIDE_IDLE_TIMEOUT_S", 1, 3600, seconds, idleSeconds),
          readWholeNumber("CHAIRSIDE_REQUEST_TIMEOUT_S", 1, 3600, seconds, requestSeconds)}) {
        if (bad)
            return bad;
    }
    limits.maxBodyBytes = bodyMiB * kMiB;
    limits.maxUploadBytes = uploadMiB * kMiB;
    limits.idleTimeoutMs = idleSeconds * 1000;
    limits.headerTimeoutMs = requestSeconds * 1000;
    limits.bodyTimeoutMs = requestSeconds * 1000;
    return std::nullopt;
}

} // namespace

Result<StationEnvironment> StationEnvironment::fromEnvironment()
{
    StationEnvironment env;
    const QString mail = qEnvironmentVariable("CHAIRSIDE_MAIL_URL");
    if (!mail.isEmpty()) {
        env.mailUrl = QUrl(mail);
        const QString scheme = env.mailUrl.scheme();
        if (!env.mailUrl.isValid() || (scheme != QLatin1String("file") && scheme != QLatin1String("smtp") &&
                                       scheme != QLatin1String("smtps")))
            return Error::invalid(
                QStringLiteral("CHAIRSIDE_MAIL_URL must be file:/path/to/outbox or smtp://host[:port]; "
                               "got \"%1\".")
                    .arg(mail));
        if (!env.mailUrl.password().isEmpty())
            return Error::invalid(QStringLiteral(
                "CHAIRSIDE_MAIL_URL must not carry a password: the station reads it from its secret store "
                "(smtp_password)."));
        if (scheme != QLatin1String("file") && env.mailUrl.host().isEmpty())
            return Error::invalid(QStringLiteral("CHAIRSIDE_MAIL_URL names no mail server; got \"%1\".")
                                      .arg(env.mailUrl.toString(QUrl::RemovePassword)));
    }
    const QString publicUrl = qEnvironmentVariable("CHAIRSIDE_PUBLIC_URL");
    if (!publicUrl.isEmpty()) {
        env.publicUrl = QUrl(publicUrl);
        if (!env.publicUrl.isValid() || env.publicUrl.host().isEmpty())
            return Error::invalid(QStringLiteral("CHAIRSIDE_PUBLIC_URL must be an absolute URL such as "
                                                 "https://clinic.example; got \"%1\".")
                                      .arg(publicUrl));
    }
    env.geminiApiKey = qEnvironmentVariable("GEMINI_API_KEY");
    env.geminiUrl = QUrl(qEnvironmentVariable("CHAIRSIDE_GEMINI_URL",
                                              QStringLiteral("https://generativelanguage.googleapis.com")));
    if (!env.geminiUrl.isValid() || env.geminiUrl.host().isEmpty())
        return Error::invalid(QStringLiteral("CHAIRSIDE_GEMINI_URL must be an absolute URL."));
    env.smsUrl = QUrl(qEnvironmentVariable("CHAIRSIDE_SMS_URL", QStringLiteral("https://api.twilio.com")));
    if (!env.smsUrl.isValid() || env.smsUrl.host().isEmpty() ||
        (env.smsUrl.scheme() != QLatin1String("https") && env.smsUrl.scheme() != QLatin1String("http")))
        return Error::invalid(QStringLiteral("CHAIRSIDE_SMS_URL must be an absolute http(s) URL."));
    env.smsAccount = qEnvironmentVariable("CHAIRSIDE_SMS_ACCOUNT").trimmed();
    env.smsFrom = qEnvironmentVariable("CHAIRSIDE_SMS_FROM").trimmed();
    if (env.smsAccount.isEmpty() != env.smsFrom.isEmpty())
        return Error::invalid(QStringLiteral(
            "Text messages need both CHAIRSIDE_SMS_ACCOUNT and CHAIRSIDE_SMS_FROM (or neither)."));
    env.stationName = qEnvironmentVariable("CHAIRSIDE_STATION_NAME").trimmed().left(200);
    if (Status bad = readWholeNumber("CHAIRSIDE_SYNC_INTERVAL_MS", 50, 3'600'000,
                                     QStringLiteral("milliseconds"), env.syncIntervalMs))
        return *bad;
    if (Status bad = readWholeNumber("CHAIRSIDE_SYNC_RETENTION_DAYS", 0, 3650, QStringLiteral("days"),
                                     env.syncRetentionDays))
        return *bad;
    int discoveryPort = env.discoveryPort;
    if (Status bad =
            readWholeNumber("CHAIRSIDE_DISCOVERY_PORT", 0, 65535,
                            QStringLiteral("a UDP port (0 turns discovery off), from"), discoveryPort))
        return *bad;
    env.discoveryPort = quint16(discoveryPort);
    auto targets = discovery::BeaconConfig::parseTargets(qEnvironmentVariable("CHAIRSIDE_DISCOVERY_TARGETS"),
                                                         env.discoveryPort);
    if (!targets)
        return Error::invalid(QStringLiteral("CHAIRSIDE_DISCOVERY_TARGETS: %1").arg(targets.error().message));
    env.discoveryTargets = *targets;
    const QString plain = qEnvironmentVariable("CHAIRSIDE_PLAIN_HTTP").trimmed();
    if (!plain.isEmpty() && plain != QLatin1String("0") && plain != QLatin1String("1"))
        return Error::invalid(QStringLiteral("CHAIRSIDE_PLAIN_HTTP takes 1 (serve plain HTTP on the LAN too) "
                                             "or 0; got \"%1\".")
                                  .arg(plain));
    env.plainHttp = plain == QLatin1String("1");
    if (Status bad = readServerLimits(env.serverLimits))
        return *bad;
    env.backupDir = qEnvironmentVariable("CHAIRSIDE_BACKUP_DIR").trimmed();
    if (Status bad = readWholeNumber("CHAIRSIDE_BACKUP_KEEP", 1, 3650,
                                     QStringLiteral("a number of backups, from"), env.backupKeep))
        return *bad;
    return env;
}

std::unique_ptr<outbound::MailWorker> Station::startMailWorker()
{
    std::unique_ptr<MailSender> mail;
    if (m_env.mailUrl.scheme() == QLatin1String("file")) {
        mail = std::make_unique<outbound::FileMailSender>(m_env.mailUrl.toLocalFile());
    } else if (!m_env.mailUrl.isEmpty()) {
        outbound::SmtpConfig smtp;
        smtp.url = m_env.mailUrl;
        if (auto password = m_secrets->read(smtpPasswordSecret()))
            smtp.password = QString::fromUtf8(*password);
        mail = std::make_unique<outbound::SmtpMailSender>(smtp);
    }
    std::unique_ptr<SmsSender> sms;
    if (m_env.smsEnabled()) {
        outbound::TwilioConfig twilio;
        twilio.baseUrl = m_env.smsUrl;
        twilio.accountSid = m_env.smsAccount;
        twilio.from = m_env.smsFrom;
        if (auto token = m_secrets->read(smsAuthTokenSecret()))
            twilio.authToken = QString::fromUtf8(*token);
        else
            qWarning(
                "Chairside: text messages are configured but no %s is stored; the service will refuse them.",
                qPrintable(smsAuthTokenSecret()));
        sms = std::make_unique<outbound::TwilioSmsSender>(twilio);
    }
    if (!mail && !sms)
        return nullptr;
    auto worker = std::make_unique<outbound::MailWorker>(
        *m_db, m_services->outbox, m_services->notifications, std::move(mail), std::move(sms),
        QStringLiteral("Chairside <noreply@chairside.local>"));
    worker->start();
    return worker;
}

std::unique_ptr<outbound::AnalysisWorker> Station::startAnalysisWorker()
{
    if (m_env.geminiApiKey.isEmpty())
        return nullptr;
    outbound::GeminiConfig gemini;
    gemini.baseUrl = m_env.geminiUrl;
    gemini.apiKey = m_env.geminiApiKey;
    auto worker = std::make_unique<outbound::AnalysisWorker>(
        *m_db, m_services->records, std::make_unique<outbound::GeminiAnalyzer>(gemini));
    worker->start();
    return worker;
}

std::unique_ptr<replication::SyncEngine> Station::startSyncEngine()
{
    replication::SyncEngineConfig config;
    config.intervalMs = m_env.syncIntervalMs;
    config.retentionDays = m_env.syncRetentionDays;
    auto engine = std::make_unique<replication::SyncEngine>(*m_services, config);
    engine->start();
    return engine;
}

std::unique_ptr<discovery::StationBeacon> Station::startBeacon(const QHostAddress& apiAddress,
                                                               quint16 apiPort, bool tls)
{
    if (m_env.discoveryPort == 0)
        return nullptr;
    discovery::BeaconConfig config;
    config.port = m_env.discoveryPort;
    config.targets = m_env.discoveryTargets;
    // An API on loopback only cannot be reached at the address a broadcast beacon comes from.
    config.announce = !apiAddress.isLoopback() || !config.targets.isEmpty();
    config.scheme = tls ? QStringLiteral("https") : QStringLiteral("http");
    auto beacon = std::make_unique<discovery::StationBeacon>(m_services->sync, apiPort, config);
    if (Status failed = beacon->start()) {
        qWarning("Chairside: %s. Other stations are reached at the addresses typed when pairing.",
                 qPrintable(failed->message));
        return nullptr;
    }
    return beacon;
}

Result<api::StationCertificate> Station::certificate()
{
    // The name says which station it is to whoever inspects it; the pin, not the name, is what is checked.
    const QString name =
        QStringLiteral("%1 (%2)").arg(m_services->sync.stationName(), m_db->siteId().left(8));
    return api::StationCertificate::loadOrCreate(*m_secrets, m_dataDir, name);
}

bool Station::servesTls(const QHostAddress& apiAddress, bool plainHttpOption) const
{
    return !apiAddress.isLoopback() && !plainHttpOption && !m_env.plainHttp;
}

std::unique_ptr<outbound::PeriodicWorker> Station::startDailyBackup()
{
    if (m_env.backupDir.isEmpty())
        return nullptr;
    BackupScheduleConfig config;
    config.dataDir = QFileInfo(m_db->path()).absolutePath();
    config.directory = m_env.backupDir;
    config.keep = m_env.backupKeep;
    auto scheduler = std::make_shared<BackupScheduler>(config, m_clock);
    auto worker = std::make_unique<outbound::PeriodicWorker>(
        *m_db, QStringLiteral("backup"), config.checkIntervalMs, [scheduler] {
            auto made = scheduler->runIfDue();
            if (!made)
                qWarning("Chairside: the daily backup failed: %s", qPrintable(made.error().message));
            else if (!made->isEmpty())
                qInfo("Chairside: daily backup written to %s.", qPrintable(*made));
        });
    worker->start();
    return worker;
}

QString Station::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<std::unique_ptr<Station>> Station::open(const QString& dataDir, SecretStoreKind secrets)
{
    std::unique_ptr<Station> station(new Station);
    auto env = StationEnvironment::fromEnvironment();
    if (!env)
        return env.error();
    station->m_env = *env;
    station->m_dataDir = dataDir;

    if (!QDir().mkpath(dataDir))
        return Error::unavailable(QStringLiteral("Cannot create the data folder %1.").arg(dataDir));
    auto db = Database::open(QDir(dataDir).filePath(QStringLiteral("chairside.db")));
    if (!db)
        return db.error();
    station->m_db = std::move(db).value();

    QByteArray key;
    switch (secrets) {
    case SecretStoreKind::Keychain:
        station->m_secrets = std::make_unique<KeychainSecretStore>(station->m_db->siteId());
        break;
    case SecretStoreKind::File:
        station->m_secrets =
            std::make_unique<FileSecretStore>(QDir(dataDir).filePath(QStringLiteral("secrets.json")));
        qWarning("Chairside: secrets are kept in %s (mode 0600) because this station runs without a desktop "
                 "keychain. Protect this folder like the keys it holds.",
                 qPrintable(QDir(dataDir).filePath(QStringLiteral("secrets.json"))));
        break;
    case SecretStoreKind::Ephemeral:
        station->m_secrets = std::make_unique<InMemorySecretStore>();
        break;
    }
    QString error;
    auto signingKey = loadOrCreateSigningKey(*station->m_secrets, &error);
    if (!signingKey && secrets == SecretStoreKind::Keychain) {
        // No Secret Service (no D-Bus session, keyring locked): run on the explicit file store, and say so.
        qWarning("Chairside: the desktop keychain is not available (%s).", qPrintable(error));
        return open(dataDir, SecretStoreKind::File);
    }
    if (!signingKey)
        return Error::unavailable(QStringLiteral("Cannot read or store the station's signing key in %1: %2")
                                      .arg(station->m_secrets->describe(), error));
    if (station->m_env.geminiApiKey.isEmpty()) {
        if (auto stored = station->m_secrets->read(geminiApiKeySecret()))
            station->m_env.geminiApiKey = QString::fromUtf8(*stored);
    }
    CoreConfig config;
    config.mailEnabled = !station->m_env.mailUrl.isEmpty();
    config.smsEnabled = station->m_env.smsEnabled();
    config.imageAnalysisEnabled = !station->m_env.geminiApiKey.isEmpty();
    if (!station->m_env.publicUrl.isEmpty())
        config.publicUrl = station->m_env.publicUrl.toString();
    if (!station->m_env.stationName.isEmpty())
        config.stationName = station->m_env.stationName;
    station->m_ctx = std::make_unique<ServiceContext>(*station->m_db, station->m_clock, *signingKey, config);
    station->m_services = std::make_unique<Services>(*station->m_ctx);
    station->m_services->sync.setConnector(&station->m_peerConnector);
    return station;
}

} // namespace chairside::app

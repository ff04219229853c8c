#pragma once

#include "AnalysisWorker.h"
#include "Clock.h"
#include "Error.h"
#include "GuardedTcpServer.h"
#include "MailWorker.h"
#include "PeerHttp.h"
#include "PeriodicWorker.h"
#include "SecretStore.h"
#include "StationBeacon.h"
#include "StationCertificate.h"
#include "SyncEngine.h"
#include "services/Services.h"
#include "store/BackupScheduler.h"
#include "store/Database.h"

#include <QString>
#include <QUrl>
#include <memory>

namespace chairside::app {

// Settings a headless station takes from its environment (documented in README.md).
struct StationEnvironment
{
    QUrl mailUrl;   // CHAIRSIDE_MAIL_URL: file:/path/to/outbox or smtp://...
    QUrl publicUrl; // CHAIRSIDE_PUBLIC_URL: base of links in emails
    QString geminiApiKey;
    // Text messages (a Twilio-compatible service): on when the account and the sender are both set.
    QUrl smsUrl;        // CHAIRSIDE_SMS_URL (default https://api.twilio.com)
    QString smsAccount; // CHAIRSIDE_SMS_ACCOUNT: the account sid; the auth token is the secret sms_auth_token
    QString smsFrom;    // CHAIRSIDE_SMS_FROM: the clinic's number or sender id
    bool smsEnabled() const { return !smsAccount.isEmpty(); }
    QUrl geminiUrl;           // CHAIRSIDE_GEMINI_URL
    QString stationName;      // CHAIRSIDE_STATION_NAME: how other stations list this one (default: host name)
    int syncIntervalMs = 500; // CHAIRSIDE_SYNC_INTERVAL_MS: how often each paired peer is visited
    int syncRetentionDays = 30; // CHAIRSIDE_SYNC_RETENTION_DAYS: superseded log entries kept this long
    // CHAIRSIDE_DISCOVERY_PORT: the UDP port of the LAN beacon (0 turns discovery off).
    quint16 discoveryPort = discovery::BeaconConfig::kDefaultPort;
    // CHAIRSIDE_DISCOVERY_TARGETS: "host[:port], ..." to send beacons to instead of broadcasting.
    QList<discovery::BeaconTarget> discoveryTargets;
    // CHAIRSIDE_PLAIN_HTTP=1: serve plain HTTP on a LAN address too (like --plain-http); warned at start.
    bool plainHttp = false;
    // The API's limits: CHAIRSIDE_MAX_BODY_MB, CHAIRSIDE_MAX_UPLOAD_MB, CHAIRSIDE_MAX_CONNECTIONS,
    // CHAIRSIDE_MAX_CONNECTIONS_PER_CLIENT, CHAIRSIDE_IDLE_TIMEOUT_S, CHAIRSIDE_REQUEST_TIMEOUT_S.
    api::ServerLimits serverLimits;
    QString backupDir;  // CHAIRSIDE_BACKUP_DIR: where the daily backup goes (unset: no daily backup)
    int backupKeep = 7; // CHAIRSIDE_BACKUP_KEEP: how many daily backups stay there

    static Result<StationEnvironment> fromEnvironment();
};

enum class SecretStoreKind
{
    Keychain,
    File,
    Ephemeral
};

// One opened station: its store, secrets and services, wired once for the desktop, headless and CLI forms.
class Station
{
public:
    static Result<std::unique_ptr<Station>> open(const QString& dataDir, SecretStoreKind secrets);

    Services& services() { return *m_services; }
    Database& database() { return *m_db; }
    const StationEnvironment& environment() const { return m_env; }
    QString secretStoreDescription() const { return m_secrets->describe(); }
    SecretStore& secrets() { return *m_secrets; }
    // Starts delivering the mail outbox in the background when CHAIRSIDE_MAIL_URL names a transport we have.
    std::unique_ptr<outbound::MailWorker> startMailWorker();
    // Starts sending X-rays for draft readings when there is a Gemini key: GEMINI_API_KEY, else the one the
    // admin stored in the secret store.
    std::unique_ptr<outbound::AnalysisWorker> startAnalysisWorker();
    // Starts keeping this station in step with the stations it has paired with.
    std::unique_ptr<replication::SyncEngine> startSyncEngine();
    // Starts finding other stations on the LAN and being found, for an API served at `apiAddress`:`apiPort`
    // (announced only when it is reachable from the LAN, or beacons go to listed targets) over HTTPS when
    // `tls`. Null when discovery is off or its port is taken; sync then goes on with the addresses typed
    // at pairing.
    std::unique_ptr<discovery::StationBeacon> startBeacon(const QHostAddress& apiAddress, quint16 apiPort,
                                                          bool tls);

    // This station's TLS certificate: the key from the secret store and the certificate from the data
    // folder, made and stored the first time.
    Result<api::StationCertificate> certificate();
    // The scheme rule: the API speaks HTTPS on every address but loopback, unless plain HTTP is asked for
    // (`plainHttpOption`, the --plain-http flag, or CHAIRSIDE_PLAIN_HTTP=1).
    bool servesTls(const QHostAddress& apiAddress, bool plainHttpOption) const;
    // Starts the daily backup into CHAIRSIDE_BACKUP_DIR (looked at every ten minutes, the first time ten
    // minutes after the start); null when it is not set.
    std::unique_ptr<outbound::PeriodicWorker> startDailyBackup();

    static QString defaultDataDir();

private:
    Station() = default;

    SystemClock m_clock;
    StationEnvironment m_env;
    QString m_dataDir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ServiceContext> m_ctx;
    replication::HttpPeerConnector m_peerConnector;
    std::unique_ptr<Services> m_services;
};

} // namespace chairside::app

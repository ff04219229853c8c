#pragma once

#include "PeerHttp.h"
#include "services/Services.h"

#include <QHash>
#include <QThread>
#include <atomic>
#include <memory>

namespace chairside::replication {

struct SyncEngineConfig
{
    int intervalMs = 500;      // how often each peer is visited while all is well
    int maxBackoffMs = 30'000; // the longest wait after failures
    int batchSize = 5000;      // log entries per push or pull
    int requestTimeoutMs = 10'000;
    qint64 chunkBytes = 256 * 1024;             // files travel in chunks of this size
    qint64 fileBytesPerRound = 8 * 1024 * 1024; // each way, so rows are never held up long behind files
    int retentionDays = 30;         // log entries older than this are compacted (Replica::compact)
    int compactEveryMs = 3'600'000; // how often; the first time right after the first round
};

// Keeps this station in step with the peers it drives (design §6, docs/architecture.md "Replication"):
// on its own thread, with its own store connection, it visits each peer every intervalMs — hello, push what
// the peer lacks, pull what this station lacks — and backs off a peer that fails. Each round's outcome goes
// to SyncService, where the status bar and the API read it. Now and then it also compacts the log.
class SyncEngine
{
public:
    SyncEngine(Services& services, SyncEngineConfig config = {});
    ~SyncEngine();
    SyncEngine(const SyncEngine&) = delete;
    SyncEngine& operator=(const SyncEngine&) = delete;

    void start();
    void stop();

    // One exchange with `peer` on the calling thread: what a round does for each peer. Returns the state it
    // recorded.
    static PeerState exchange(Services& services, PeerHttp& http, const Peer& peer,
                              const SyncEngineConfig& config = {});

    // Whether the station at `url` proves it is `peer` (SyncService::identify), without a token sent.
    static bool confirmIdentity(Services& services, PeerHttp& http, const Peer& peer, const QString& url);

private:
    void round();
    // A peer that stopped answering at its address but is heard at another (discovery) is followed there,
    // once it proves itself there (and `peer` takes the new address).
    void followIfMoved(Peer& peer, qint64 now);
    // The file half of an exchange: fetch what this station lacks, send what the peer's hello said it lacks.
    // Answers the problem that stopped it, if any.
    static QString exchangeFiles(Services& services, PeerHttp& http, const Peer& peer, const QByteArray& auth,
                                 const QJsonObject& hello, const SyncEngineConfig& config);

    Services& m_services;
    SyncEngineConfig m_config;
    QThread m_thread;
    QObject* m_context = nullptr;       // lives in m_thread
    std::unique_ptr<PeerHttp> m_http;   // made and used in m_thread
    QHash<QString, qint64> m_notBefore; // per peer: no visit before this (ms since epoch), after failures
    QHash<QString, int> m_backoffMs;
    QHash<QString, qint64> m_identifyNotBefore; // per peer: no new address tried before this
    qint64 m_nextCompaction = 0;                // ms since epoch
    std::atomic_bool m_stopping = false;
};

} // namespace chairside::replication

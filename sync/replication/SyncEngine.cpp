#include "SyncEngine.h"

#include "store/Replica.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>

namespace chairside::replication {

namespace {

// A push that finds the peer somewhere else in this station's log (an answer lost on the way, so the peer
// has more than we thought) starts again from there; this many times at most in one round.
constexpr int kRestarts = 3;

// How many missing files one round looks at.
constexpr int kFilesPerRound = 20;

// How often a peer heard at a new address is asked to prove itself there (beacons come every 5 s).
constexpr qint64 kIdentifyRetryMs = 5000;

} // namespace

SyncEngine::SyncEngine(Services& services, SyncEngineConfig config)
    : m_services(services)
    , m_config(config)
{
    m_thread.setObjectName(QStringLiteral("sync"));
    // What lives in the thread is put away in the thread, after its event loop has ended. (Not by a call
    // queued to the thread: a round waiting on the network runs a local event loop, which would run that call
    // in the middle of the round.)
    QObject::connect(
        &m_thread, &QThread::finished, &m_thread,
        [this] {
            m_http.reset();
            delete m_context;
            m_context = nullptr;
            m_services.ctx.db.releaseThreadConnection();
        },
        Qt::DirectConnection);
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start()
{
    if (m_thread.isRunning())
        return;
    m_stopping = false;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this] {
        m_http = std::make_unique<PeerHttp>(m_config.requestTimeoutMs);
        // A single shot, armed again after each round: a round waits on the network in a local event loop,
        // and a repeating timer would start the next round inside it.
        auto* timer = new QTimer(m_context);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, m_context, [this, timer] {
            round();
            timer->start(m_config.intervalMs);
        });
        timer->start(0);
    });
}

void SyncEngine::stop()
{
    if (!m_thread.isRunning())
        return;
    // Ends the thread's event loops, the local one of a call in progress too: that call fails at once, the
    // round gives up on its remaining calls (nothing half-applied: each batch is one transaction) and the
    // thread finishes.
    m_stopping = true;
    m_thread.quit();
    m_thread.wait();
}

void SyncEngine::round()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (Peer peer : m_services.sync.drivenPeers()) {
        if (m_stopping)
            return;
        followIfMoved(peer, now);
        if (m_notBefore.value(peer.siteId) > now)
            continue;
        const PeerState state = exchange(m_services, *m_http, peer, m_config);
        if (state.lastError.isEmpty()) {
            m_backoffMs.remove(peer.siteId);
            m_notBefore.remove(peer.siteId);
            continue;
        }
        const int wait = std::min(m_config.maxBackoffMs,
                                  std::max(m_config.intervalMs, m_backoffMs.value(peer.siteId) * 2));
        m_backoffMs.insert(peer.siteId, wait);
        m_notBefore.insert(peer.siteId, QDateTime::currentMSecsSinceEpoch() + wait);
    }
    if (now >= m_nextCompaction && !m_stopping) {
        m_nextCompaction = now + m_config.compactEveryMs;
        const QDateTime before = m_services.ctx.clock.nowUtc().addDays(-m_config.retentionDays);
        auto dropped = Replica(m_services.ctx.db, m_services.ctx.clock).compact(before);
        if (!dropped)
            qWarning("Chairside sync: compacting the change log failed: %s",
                     qPrintable(dropped.error().message));
        else if (*dropped > 0)
            qInfo("Chairside sync: %lld superseded log entries older than %d days dropped.", *dropped,
                  m_config.retentionDays);
    }
}

void SyncEngine::followIfMoved(Peer& peer, qint64 now)
{
    // Only a peer that fails where it is: a station heard on two networks would otherwise flip between them.
    if (m_services.sync.state(peer.siteId).lastError.isEmpty())
        return;
    const QString heard = m_services.sync.heardAt(peer.siteId);
    if (heard.isEmpty() || heard == peer.url || m_identifyNotBefore.value(peer.siteId) > now)
        return;
    m_identifyNotBefore.insert(peer.siteId, now + kIdentifyRetryMs);
    if (!confirmIdentity(m_services, *m_http, peer, heard) || m_services.sync.movePeer(peer.siteId, heard))
        return;
    qInfo("Chairside sync: %s moved from %s to %s.", qPrintable(peer.name), qPrintable(peer.url),
          qPrintable(heard));
    peer.url = heard;
    m_backoffMs.remove(peer.siteId);
    m_notBefore.remove(peer.siteId);
}

bool SyncEngine::confirmIdentity(Services& services, PeerHttp& http, const Peer& peer, const QString& url)
{
    QByteArray nonce(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(nonce.data()), nonce.size() / 4);
    const QString nonceHex = QString::fromLatin1(nonce.toHex());
    // The same pinned certificate at the new address: a station is followed only where it can show it.
    const PeerReply reply =
        http.post(PeerEndpoint(url, peer.certificateFingerprint), QStringLiteral("/api/sync/identify/"), {},
                  QJsonObject{{QStringLiteral("site_id"), services.sync.siteId()},
                              {QStringLiteral("nonce"), nonceHex}});
    return reply.ok() && reply.body.value(QStringLiteral("site_id")).toString() == peer.siteId &&
           services.sync.provesIdentity(peer, nonceHex, reply.body.value(QStringLiteral("proof")).toString());
}

PeerState SyncEngine::exchange(Services& services, PeerHttp& http, const Peer& peer,
                               const SyncEngineConfig& config)
{
    const int batchSize = config.batchSize;
    Database& db = services.ctx.db;
    const Clock& clock = services.ctx.clock;
    Replica replica(db, clock);
    const QByteArray auth = services.sync.authorizationFor(peer);
    const PeerEndpoint to(peer.url, peer.certificateFingerprint);
    PeerState state = services.sync.state(peer.siteId);
    const auto finish = [&](const QString& problem) {
        state.lastError = problem;
        state.backlog = std::max<qint64>(0, db.lastChangeSeq() - state.delivered);
        if (problem.isEmpty())
            state.lastSyncAt = clock.nowUtc();
        services.sync.recordRound(peer.siteId, state);
        return state;
    };

    // Hello: who is there, whether it speaks our schema, its clock, and what it holds.
    const qint64 sentAt = clock.nowUtc().toMSecsSinceEpoch();
    const PeerReply hello = http.post(to, QStringLiteral("/api/sync/hello/"), auth,
                                      {{QStringLiteral("site_id"), db.siteId()},
                                       {QStringLiteral("schema_version"), db.schemaVersion()},
                                       {QStringLiteral("time"), sentAt},
                                       {QStringLiteral("hlc"), db.lastHlc()}});
    if (!hello.ok())
        return finish(hello.problem());
    if (hello.body.value(QStringLiteral("site_id")).toString() != peer.siteId)
        return finish(QStringLiteral("%1 is now a different station; pair with it again.").arg(peer.url));
    const qint64 answeredAt = clock.nowUtc().toMSecsSinceEpoch();
    state.lastContactAt = clock.nowUtc();
    state.skewMs = hello.body.value(QStringLiteral("time")).toInteger() - (sentAt + answeredAt) / 2;
    state.skewKnown = true;
    state.delivered = hello.body.value(QStringLiteral("checkpoint")).toInteger();
    const qint64 peerLogEnd = hello.body.value(QStringLiteral("log_end")).toInteger();
    const VersionVector peerHas =
        versionVectorFromJson(hello.body.value(QStringLiteral("version_vector")).toObject());

    // Pull first: the peer's log after this station's checkpoint for it, committed with the changes it
    // covers. What comes in lands in this station's log too; the push after it skips those entries (the
    // peer has them) and so leaves nothing behind to count as backlog.
    qint64 after = replica.checkpoint(peer.siteId);
    bool more = after < peerLogEnd;
    while (more) {
        const PeerReply pulled =
            http.post(to, QStringLiteral("/api/sync/pull/"), auth,
                      {{QStringLiteral("after"), after},
                       {QStringLiteral("have"), versionVectorToJson(replica.versionVector())},
                       {QStringLiteral("limit"), batchSize}});
        if (!pulled.ok())
            return finish(pulled.problem());
        QList<Change> changes;
        for (const QJsonValue& v : pulled.body.value(QStringLiteral("changes")).toArray()) {
            auto change = Change::fromJson(v.toObject());
            if (!change)
                return finish(change.error().message);
            changes.append(*change);
        }
        const qint64 lastSeq = pulled.body.value(QStringLiteral("last_seq")).toInteger(-1);
        auto applied = replica.applyFromPeer(changes, peer.siteId, after, lastSeq);
        if (!applied)
            return finish(applied.error().message);
        after = lastSeq;
        more = pulled.body.value(QStringLiteral("more")).toBool();
    }
    // Push: this station's log after the peer's checkpoint, less what the peer already got from elsewhere.
    for (int restarts = 0;;) {
        auto batch = replica.changesSince(state.delivered, peerHas, batchSize);
        if (!batch)
            return finish(batch.error().message);
        if (batch->lastSeq == state.delivered)
            break;
        QJsonArray changes;
        for (const Change& c : batch->changes)
            changes.append(c.toJson());
        const PeerReply pushed = http.post(to, QStringLiteral("/api/sync/push/"), auth,
                                           {{QStringLiteral("from_seq"), state.delivered},
                                            {QStringLiteral("to_seq"), batch->lastSeq},
                                            {QStringLiteral("changes"), changes}});
        if (pushed.status == 409 && pushed.body.contains(QStringLiteral("checkpoint")) &&
            ++restarts <= kRestarts) {
            state.delivered = pushed.body.value(QStringLiteral("checkpoint")).toInteger();
            continue;
        }
        if (!pushed.ok())
            return finish(pushed.problem());
        state.delivered = batch->lastSeq;
        if (!batch->more)
            break;
    }

    if (const QString problem = exchangeFiles(services, http, peer, auth, hello.body, config);
        !problem.isEmpty())
        return finish(problem);
    return finish({});
}

QString SyncEngine::exchangeFiles(Services& services, PeerHttp& http, const Peer& peer,
                                  const QByteArray& auth, const QJsonObject& hello,
                                  const SyncEngineConfig& config)
{
    RecordService& records = services.records;
    const PeerEndpoint to(peer.url, peer.certificateFingerprint);
    const auto chunkPath = [](const QString& sha, qint64 offset, const QString& rest) {
        return QStringLiteral("/api/sync/files/%1/?offset=%2%3").arg(sha).arg(offset).arg(rest);
    };

    // Fetch the files this station's images name and it lacks, from where the last round left each one.
    qint64 budget = config.fileBytesPerRound;
    for (const WantedFile& wanted : records.missingFiles(kFilesPerRound)) {
        qint64 have = wanted.have;
        while (budget > 0 && have < wanted.size) {
            const qint64 length = std::min(config.chunkBytes, wanted.size - have);
            const PeerReply chunk =
                http.get(to, chunkPath(wanted.sha256, have, QStringLiteral("&length=%1").arg(length)), auth);
            if (chunk.status == 404)
                break; // the peer lacks it too; another peer or a later round brings it
            if (!chunk.ok())
                return chunk.problem();
            if (chunk.raw.isEmpty())
                break;
            const bool last = have + chunk.raw.size() >= wanted.size;
            auto held = records.receiveFileChunk(wanted.sha256, have, chunk.raw, last);
            if (!held)
                break; // a bad file is dropped and fetched again next round
            have = *held;
            budget -= chunk.raw.size();
        }
    }

    // Send the files the peer said it lacks (it cannot call this station), from where it has them to.
    budget = config.fileBytesPerRound;
    for (const QJsonValue& v : hello.value(QStringLiteral("wanted_files")).toArray()) {
        const QString sha = v.toObject().value(QStringLiteral("sha256")).toString();
        const qint64 size = v.toObject().value(QStringLiteral("size")).toInteger();
        qint64 have = v.toObject().value(QStringLiteral("have")).toInteger();
        while (budget > 0 && have < size) {
            auto bytes = records.fileChunk(sha, have, std::min(config.chunkBytes, size - have));
            if (!bytes || bytes->isEmpty())
                break; // not here either
            const bool last = have + bytes->size() >= size;
            const PeerReply sent = http.putBytes(
                to, chunkPath(sha, have, last ? QStringLiteral("&last=1") : QString()), auth, *bytes);
            if (sent.status == 409 || sent.status == 400)
                break; // the peer's copy moved on or was dropped; its next hello says where it stands
            if (!sent.ok())
                return sent.problem();
            have += bytes->size();
            budget -= bytes->size();
        }
    }
    return {};
}

} // namespace chairside::replication

#include "handlers/Handlers.h"
#include "store/Replica.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace chairside::api {

namespace {

QJsonArray jsonArray(const QList<QVariantMap>& rows)
{
    QJsonArray list;
    for (const QVariantMap& row : rows)
        list.append(QJsonObject::fromVariantMap(row));
    return list;
}

// A peer call's JSON body, parsed here once (its route takes the raw body): a push carries thousands of
// changes, which the generic form parsing would turn into variants only for them to be read back.
Result<QJsonObject> bodyObject(const ApiRequest& req)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(QStringLiteral("A peer call's body is a JSON object."));
    return doc.object();
}

// This station's certificate fingerprint, for the admin of another station to compare; null without TLS.
QVariant fingerprintOrNull(const SyncService& sync)
{
    const QString fingerprint = sync.certificateFingerprint();
    return fingerprint.isEmpty() ? QVariant() : QVariant(fingerprint);
}

} // namespace

ApiResponse SyncHandlers::conflicts(const ApiRequest& req)
{
    auto bookings = m_s.conflicts.overlappingBookings(req.actor());
    if (!bookings)
        return ApiResponse::fromError(bookings.error());
    auto duplicates = m_s.conflicts.duplicates(req.actor());
    if (!duplicates)
        return ApiResponse::fromError(duplicates.error());
    return ApiResponse::json(200,
                             QJsonObject{{QStringLiteral("bookings"), jsonArray(*bookings)},
                                         {QStringLiteral("duplicates"), jsonArray(*duplicates)},
                                         {QStringLiteral("count"), bookings->size() + duplicates->size()}});
}

ApiResponse SyncHandlers::deletions(const ApiRequest& req)
{
    auto rows = m_s.changes.deletions(req.actor(), req.changedSince.value_or(ChangesSince{}));
    if (!rows)
        return ApiResponse::fromError(rows.error());
    return ApiResponse::json(200, jsonArray(*rows));
}

ApiResponse SyncHandlers::hello(const ApiRequest& req)
{
    const auto parsed = bodyObject(req);
    if (!parsed)
        return ApiResponse::fromError(parsed.error());
    const QJsonObject& body = *parsed;
    const int theirSchema = body.value(QStringLiteral("schema_version")).toInt(-1);
    const int ourSchema = m_s.ctx.db.schemaVersion();
    if (theirSchema != ourSchema)
        return ApiResponse::fromError(Error::conflict(
            QStringLiteral("This station stores schema version %1 and the caller %2: give both stations the "
                           "same Chairside version before they sync.")
                .arg(ourSchema)
                .arg(theirSchema)));
    const qint64 theirTime = body.value(QStringLiteral("time")).toInteger(0);
    if (theirTime > 0)
        m_s.sync.recordSkew(req.peer->siteId, theirTime - m_s.ctx.clock.nowUtc().toMSecsSinceEpoch());
    // The files this station lacks, for the caller to send if it has them (it drives; this one cannot call).
    QJsonArray wantedFiles;
    for (const WantedFile& w : m_s.records.missingFiles(kWantedFiles))
        wantedFiles.append(QJsonObject{{QStringLiteral("sha256"), w.sha256},
                                       {QStringLiteral("size"), w.size},
                                       {QStringLiteral("have"), w.have}});
    Replica replica(m_s.ctx.db, m_s.ctx.clock);
    return ApiResponse::json(
        200, QJsonObject{{QStringLiteral("site_id"), m_s.sync.siteId()},
                         {QStringLiteral("name"), m_s.sync.stationName()},
                         {QStringLiteral("schema_version"), ourSchema},
                         {QStringLiteral("time"), m_s.ctx.clock.nowUtc().toMSecsSinceEpoch()},
                         {QStringLiteral("hlc"), m_s.ctx.db.lastHlc()},
                         {QStringLiteral("log_end"), m_s.ctx.db.lastChangeSeq()},
                         {QStringLiteral("checkpoint"), replica.checkpoint(req.peer->siteId)},
                         {QStringLiteral("version_vector"), versionVectorToJson(replica.versionVector())},
                         {QStringLiteral("wanted_files"), wantedFiles}});
}

ApiResponse SyncHandlers::pull(const ApiRequest& req)
{
    const auto parsed = bodyObject(req);
    if (!parsed)
        return ApiResponse::fromError(parsed.error());
    const QJsonObject& body = *parsed;
    const qint64 after = body.value(QStringLiteral("after")).toInteger(-1);
    const int limit = body.value(QStringLiteral("limit")).toInt(1000);
    if (after < 0 || limit < 1 || limit > kMaxBatch)
        return ApiResponse::fromError(Error::invalid(
            QStringLiteral("A pull names \"after\" (a log position, 0 or more) and a \"limit\" of 1 to %1.")
                .arg(kMaxBatch)));
    const VersionVector have = versionVectorFromJson(body.value(QStringLiteral("have")).toObject());
    auto batch = Replica(m_s.ctx.db, m_s.ctx.clock).changesSince(after, have, limit);
    if (!batch)
        return ApiResponse::fromError(batch.error());
    QJsonArray changes;
    for (const Change& c : batch->changes)
        changes.append(c.toJson());
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("changes"), changes},
                                              {QStringLiteral("last_seq"), batch->lastSeq},
                                              {QStringLiteral("more"), batch->more}});
}

ApiResponse SyncHandlers::push(const ApiRequest& req)
{
    const auto parsed = bodyObject(req);
    if (!parsed)
        return ApiResponse::fromError(parsed.error());
    const QJsonObject& body = *parsed;
    const qint64 from = body.value(QStringLiteral("from_seq")).toInteger(-1);
    const qint64 to = body.value(QStringLiteral("to_seq")).toInteger(-1);
    const QJsonArray list = body.value(QStringLiteral("changes")).toArray();
    if (from < 0 || to < from || list.size() > kMaxBatch * 2)
        return ApiResponse::fromError(Error::invalid(QStringLiteral(
            "A push names the range of the caller's log it covers (from_seq < to_seq) and its changes.")));
    QList<Change> changes;
    for (const QJsonValue& v : list) {
        auto change = Change::fromJson(v.toObject());
        if (!change)
            return ApiResponse::fromError(change.error());
        changes.append(*change);
    }
    Replica replica(m_s.ctx.db, m_s.ctx.clock);
    auto applied = replica.applyFromPeer(changes, req.peer->siteId, from, to);
    if (!applied) {
        // Tell the caller where to start again (a lost answer, or a pull that got there first).
        ApiResponse refused = ApiResponse::fromError(applied.error());
        QJsonObject o = refused.body.toObject();
        o.insert(QStringLiteral("checkpoint"), replica.checkpoint(req.peer->siteId));
        refused.body = o;
        return refused;
    }
    return ApiResponse::json(
        200, QJsonObject{{QStringLiteral("applied"), *applied}, {QStringLiteral("checkpoint"), to}});
}

ApiResponse SyncHandlers::digest(const ApiRequest&)
{
    Replica replica(m_s.ctx.db, m_s.ctx.clock);
    auto digest = replica.digest();
    if (!digest)
        return ApiResponse::fromError(digest.error());
    return ApiResponse::json(
        200, QJsonObject{{QStringLiteral("digest"), *digest},
                         {QStringLiteral("version_vector"), versionVectorToJson(replica.versionVector())}});
}

ApiResponse SyncHandlers::fileChunk(const ApiRequest& req)
{
    bool offsetOk = false;
    bool lengthOk = false;
    const qint64 offset = req.query.queryItemValue(QStringLiteral("offset")).toLongLong(&offsetOk);
    const qint64 length = req.query.queryItemValue(QStringLiteral("length")).toLongLong(&lengthOk);
    if (!offsetOk || !lengthOk || offset < 0 || length < 1 || length > kMaxChunk)
        return ApiResponse::fromError(Error::invalid(
            QStringLiteral("A chunk is asked for by ?offset= (0 or more) and ?length= (1 to %1).")
                .arg(kMaxChunk)));
    auto chunk = m_s.records.fileChunk(req.param(QStringLiteral("sha256")), offset, length);
    if (!chunk)
        return ApiResponse::fromError(chunk.error());
    return ApiResponse::bytes(*chunk, "application/octet-stream");
}

ApiResponse SyncHandlers::receiveFileChunk(const ApiRequest& req)
{
    bool offsetOk = false;
    const qint64 offset = req.query.queryItemValue(QStringLiteral("offset")).toLongLong(&offsetOk);
    if (!offsetOk || offset < 0 || req.body.size() > kMaxChunk)
        return ApiResponse::fromError(
            Error::invalid(QStringLiteral("A chunk is sent with ?offset= (0 or more) and at most %1 bytes.")
                               .arg(kMaxChunk)));
    const bool last = req.query.queryItemValue(QStringLiteral("last")) == QLatin1String("1");
    auto held = m_s.records.receiveFileChunk(req.param(QStringLiteral("sha256")), offset, req.body, last);
    if (!held)
        return ApiResponse::fromError(held.error());
    return ApiResponse::json(
        200, QJsonObject{{QStringLiteral("have"), *held}, {QStringLiteral("complete"), last}});
}

ApiResponse SyncHandlers::openPairingCode(const ApiRequest& req)
{
    auto code = m_s.sync.createPairingCode(req.actor());
    if (!code)
        return ApiResponse::fromError(code.error());
    return ApiResponse::json(201, QJsonObject::fromVariantMap(*code));
}

ApiResponse SyncHandlers::acceptPairing(const ApiRequest& req)
{
    auto answer = m_s.sync.acceptPairing(req.fields, req.actor());
    if (!answer)
        return ApiResponse::fromError(answer.error());
    return ApiResponse::json(200, QJsonObject::fromVariantMap(*answer));
}

ApiResponse SyncHandlers::peers(const ApiRequest& req)
{
    auto peers = m_s.sync.peers(req.actor());
    if (!peers)
        return ApiResponse::fromError(peers.error());
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("site_id"), m_s.sync.siteId()},
                                              {QStringLiteral("name"), m_s.sync.stationName()},
                                              {QStringLiteral("certificate_fingerprint"),
                                               QJsonValue::fromVariant(fingerprintOrNull(m_s.sync))},
                                              {QStringLiteral("peers"), jsonArray(*peers)}});
}

ApiResponse SyncHandlers::pairWith(const ApiRequest& req)
{
    auto peer = m_s.sync.pairWith(req.actor(), req.fields.value(QStringLiteral("url")).toString(),
                                  req.fields.value(QStringLiteral("code")).toString(),
                                  req.fields.value(QStringLiteral("fingerprint")).toString());
    if (!peer)
        return ApiResponse::fromError(peer.error());
    return ApiResponse::json(201, QJsonObject::fromVariantMap(*peer));
}

ApiResponse SyncHandlers::removePeer(const ApiRequest& req)
{
    if (Status refused = m_s.sync.removePeer(req.actor(), req.param(QStringLiteral("site_id"))))
        return ApiResponse::fromError(*refused);
    return ApiResponse::noContent();
}

ApiResponse SyncHandlers::discovered(const ApiRequest& req)
{
    auto stations = m_s.sync.discoveredStations(req.actor());
    if (!stations)
        return ApiResponse::fromError(stations.error());
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("stations"), jsonArray(*stations)}});
}

ApiResponse SyncHandlers::identify(const ApiRequest& req)
{
    auto answer = m_s.sync.identify(req.fields);
    if (!answer)
        return ApiResponse::fromError(answer.error());
    return ApiResponse::json(200, QJsonObject::fromVariantMap(*answer));
}

} // namespace chairside::api

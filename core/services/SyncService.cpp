#include "SyncService.h"

#include "CertificateFingerprint.h"
#include "Uuid.h"
#include "auth/PasswordHasher.h"
#include "auth/Permissions.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <tuple>

namespace chairside {

namespace {

const QRegularExpression kToken(QStringLiteral("^[0-9a-f]{64}$"));
const QRegularExpression kNonce(QStringLiteral("^[0-9a-f]{32,128}$"));

Error storeError()
{
    return Error::internal(QStringLiteral("The peer list could not be read or written."));
}

// "1234 5678" or "1234-5678" as typed: the digits only.
QString digitsOf(const QString& code)
{
    QString digits;
    for (const QChar c : code)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

QString isoOrNull(const QDateTime& t)
{
    return t.isValid() ? toIsoUtc(t) : QString();
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

const QString kFingerprintFormat =
    QStringLiteral("A certificate fingerprint is 64 hexadecimal digits (SHA-256), as the other station shows "
                   "it.");

Peer peerFromRow(const QVariantMap& r)
{
    return Peer{r.value(QStringLiteral("site_id")).toString(),
                r.value(QStringLiteral("name")).toString(),
                r.value(QStringLiteral("url")).toString(),
                r.value(QStringLiteral("pairing_id")).toString(),
                r.value(QStringLiteral("paired_at")).toString(),
                r.value(QStringLiteral("certificate_fingerprint")).toString()};
}

} // namespace

SyncService::SyncService(ServiceContext& ctx)
    : m_ctx(ctx)
{}

QString SyncService::certificateFingerprint() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_certificateFingerprint;
}

void SyncService::setCertificateFingerprint(const QString& fingerprint)
{
    QMutexLocker lock(&m_stateMutex);
    m_certificateFingerprint = fingerprint;
}

Result<QVariantMap> SyncService::createPairingCode(const Actor& actor)
{
    if (!allows(actor.role, Permission::PairStations))
        return Error::forbidden();
    const QString code =
        QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(100'000'000), 8, 10, QLatin1Char('0'));
    const QDateTime expires = m_ctx.clock.nowUtc().addSecs(kPairingCodeMinutes * 60);
    QSqlDatabase conn = m_ctx.db.connection();
    QSqlQuery q(conn);
    if (!conn.transaction() || !q.exec(QStringLiteral("DELETE FROM sync_pairing_codes")) ||
        !q.prepare(QStringLiteral(
            "INSERT INTO sync_pairing_codes (code_hash, expires_at, attempts_left) VALUES (?, ?, ?)"))) {
        conn.rollback();
        return storeError();
    }
    q.addBindValue(Crypto::sha256Hex(code));
    q.addBindValue(toIsoUtc(expires));
    q.addBindValue(kPairingAttempts);
    if (!q.exec() || !conn.commit()) {
        conn.rollback();
        return storeError();
    }
    recordEvent(actor, QStringLiteral("sync.pairing_code"),
                {{QStringLiteral("expires_at"), toIsoUtc(expires)}});
    return QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("expires_at"), toIsoUtc(expires)}};
}

Result<QVariantMap> SyncService::acceptPairing(const QVariantMap& request, const Actor& caller)
{
    const QString code = digitsOf(request.value(QStringLiteral("code")).toString());
    const QString peerSite = request.value(QStringLiteral("site_id")).toString();
    const QString peerName = request.value(QStringLiteral("name")).toString().trimmed();
    const QString peerToken = request.value(QStringLiteral("token")).toString();
    // The caller's own certificate, so this station knows it too (a caller serving plain HTTP has none).
    const QString typedFingerprint = request.value(QStringLiteral("certificate_fingerprint")).toString();
    const auto peerFingerprint = parseCertificateFingerprint(typedFingerprint);
    FieldErrors errors;
    if (code.isEmpty())
        errors.add(QStringLiteral("code"), QStringLiteral("This field is required."));
    if (!Uuid::isValid(peerSite))
        errors.add(QStringLiteral("site_id"), QStringLiteral("A station's site id is a UUID."));
    else if (peerSite == siteId())
        errors.add(QStringLiteral("site_id"), QStringLiteral("A station cannot pair with itself."));
    if (peerName.isEmpty() || peerName.size() > 200)
        errors.add(QStringLiteral("name"), QStringLiteral("A station name of 1 to 200 characters."));
    if (!kToken.match(peerToken).hasMatch())
        errors.add(QStringLiteral("token"), QStringLiteral("A token is 64 hexadecimal digits."));
    if (!typedFingerprint.isEmpty() && !peerFingerprint)
        errors.add(QStringLiteral("certificate_fingerprint"), kFingerprintFormat);
    if (!errors.isEmpty())
        return errors.toError();

    // The code is checked and spent (or its try counted) in one transaction, so two attempts at once cannot
    // both use the last try.
    QSqlDatabase conn = m_ctx.db.connection();
    if (!conn.transaction())
        return storeError();
    auto open = sql::selectOne(
        conn, QStringLiteral("SELECT rowid, code_hash, expires_at, attempts_left FROM sync_pairing_codes"));
    if (!open) {
        conn.rollback();
        return open.error();
    }
    const Error refused =
        Error::forbidden(QStringLiteral("The pairing code is wrong or has expired. Open a new code on the "
                                        "station you are pairing with."));
    if (!open->has_value() || QDateTime::fromString((**open).value(QStringLiteral("expires_at")).toString(),
                                                    Qt::ISODateWithMs) <= m_ctx.clock.nowUtc()) {
        conn.rollback();
        return refused;
    }
    const bool right =
        Crypto::equalConstantTime(Crypto::sha256Hex(code).toLatin1(),
                                  (**open).value(QStringLiteral("code_hash")).toString().toLatin1());
    QSqlQuery q(conn);
    if (!right) {
        // The last wrong try closes the code: eight digits and five tries leave a guesser no real chance.
        const bool last = (**open).value(QStringLiteral("attempts_left")).toInt() <= 1;
        q.exec(last ? QStringLiteral("DELETE FROM sync_pairing_codes")
                    : QStringLiteral("UPDATE sync_pairing_codes SET attempts_left = attempts_left - 1"));
        conn.commit();
        recordEvent(caller, QStringLiteral("sync.pairing_refused"),
                    {{QStringLiteral("site_id"), peerSite}, {QStringLiteral("name"), peerName}});
        return refused;
    }
    q.exec(QStringLiteral("DELETE FROM sync_pairing_codes"));
    Peer peer;
    peer.siteId = peerSite;
    peer.name = peerName;
    peer.pairingId = Uuid::v7();
    peer.pairedAt = toIsoUtc(m_ctx.clock.nowUtc());
    peer.certificateFingerprint = peerFingerprint.value_or(QString());
    auto saved = savePeer(peer, Crypto::sha256Hex(peerToken));
    if (!saved || !conn.commit()) {
        conn.rollback();
        return saved ? storeError() : saved.error();
    }
    recordContact(peerSite);
    recordEvent(caller, QStringLiteral("sync.paired"),
                {{QStringLiteral("site_id"), peerSite},
                 {QStringLiteral("name"), peerName},
                 {QStringLiteral("certificate_fingerprint"), peer.certificateFingerprint}});
    return QVariantMap{{QStringLiteral("site_id"), siteId()},
                       {QStringLiteral("name"), stationName()},
                       {QStringLiteral("token"), tokenFor(peer.pairingId)},
                       {QStringLiteral("schema_version"), m_ctx.db.schemaVersion()},
                       {QStringLiteral("certificate_fingerprint"), nullIfEmpty(certificateFingerprint())}};
}

Result<QVariantMap> SyncService::pairWith(const Actor& actor, const QString& baseUrl, const QString& code,
                                          const QString& fingerprint)
{
    if (!allows(actor.role, Permission::PairStations))
        return Error::forbidden();
    const QUrl url(baseUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty())
        return Error::field(QStringLiteral("url"),
                            QStringLiteral("The other station's address, like https://192.168.1.20:8000."));
    if (digitsOf(code).isEmpty())
        return Error::field(QStringLiteral("code"), QStringLiteral("Type the code the other station shows."));
    const bool tls = url.scheme() == QLatin1String("https");
    const auto expected = parseCertificateFingerprint(fingerprint);
    if (!fingerprint.trimmed().isEmpty() && !expected)
        return Error::field(QStringLiteral("fingerprint"), kFingerprintFormat);
    if (expected && !tls)
        return Error::field(QStringLiteral("fingerprint"),
                            QStringLiteral("Only an https address has a certificate to check; the other "
                                           "station's address starts with https:// unless it serves "
                                           "plain HTTP."));
    if (!m_connector)
        return Error::unavailable(QStringLiteral("This station cannot reach other stations."));

    Peer peer;
    QUrl base = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (base.path() == QLatin1String("/"))
        base.setPath(QString());
    peer.url = base.toString();
    peer.pairingId = Uuid::v7();
    QVariantMap request{{QStringLiteral("code"), digitsOf(code)},
                        {QStringLiteral("site_id"), siteId()},
                        {QStringLiteral("name"), stationName()},
                        {QStringLiteral("token"), tokenFor(peer.pairingId)}};
    if (const QString ours = certificateFingerprint(); !ours.isEmpty())
        request.insert(QStringLiteral("certificate_fingerprint"), ours);
    auto answer = m_connector->pair(peer.url, request, expected.value_or(QString()));
    if (!answer)
        return answer.error();
    peer.siteId = answer->body.value(QStringLiteral("site_id")).toString();
    peer.name = answer->body.value(QStringLiteral("name")).toString().trimmed().left(200);
    const QString token = answer->body.value(QStringLiteral("token")).toString();
    if (!Uuid::isValid(peer.siteId) || peer.siteId == siteId() || !kToken.match(token).hasMatch())
        return Error::unavailable(
            QStringLiteral("%1 answered, but not as a Chairside station.").arg(peer.url));
    // The connector refuses a certificate other than the one expected; checked again here, where the pin is
    // decided, so that no connector can pin a certificate the admin did not expect.
    peer.certificateFingerprint = answer->certificateFingerprint;
    if (tls &&
        (peer.certificateFingerprint.isEmpty() || (expected && *expected != peer.certificateFingerprint)))
        return Error::unavailable(
            QStringLiteral("%1 showed the certificate %2, not the one expected (%3); nothing was paired.")
                .arg(peer.url, peer.certificateFingerprint, expected.value_or(QString())));
    if (peer.name.isEmpty())
        peer.name = url.host();
    peer.pairedAt = toIsoUtc(m_ctx.clock.nowUtc());
    auto saved = savePeer(peer, Crypto::sha256Hex(token));
    if (!saved)
        return saved.error();
    recordContact(peer.siteId);
    recordEvent(actor, QStringLiteral("sync.paired"),
                {{QStringLiteral("site_id"), peer.siteId},
                 {QStringLiteral("name"), peer.name},
                 {QStringLiteral("url"), peer.url},
                 {QStringLiteral("certificate_fingerprint"), peer.certificateFingerprint}});
    return QVariantMap{{QStringLiteral("site_id"), peer.siteId},
                       {QStringLiteral("name"), peer.name},
                       {QStringLiteral("url"), peer.url},
                       {QStringLiteral("paired_at"), peer.pairedAt},
                       {QStringLiteral("certificate_fingerprint"), nullIfEmpty(peer.certificateFingerprint)}};
}

Result<Peer> SyncService::savePeer(const Peer& peer, const QString& tokenHash)
{
    // Pairing again with the same station replaces the old pairing, and with it the old token.
    QSqlQuery q(m_ctx.db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_peers (site_id, name, url, token_hash, pairing_id, "
                             "paired_at, certificate_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(peer.siteId);
    q.addBindValue(peer.name);
    q.addBindValue(peer.url.isEmpty() ? QVariant() : QVariant(peer.url));
    q.addBindValue(tokenHash);
    q.addBindValue(peer.pairingId);
    q.addBindValue(peer.pairedAt);
    q.addBindValue(nullIfEmpty(peer.certificateFingerprint));
    if (!q.exec())
        return storeError();
    return peer;
}

Status SyncService::removePeer(const Actor& actor, const QString& peerSiteId)
{
    if (!allows(actor.role, Permission::PairStations))
        return Error::forbidden();
    QSqlQuery q(m_ctx.db.connection());
    q.prepare(QStringLiteral("DELETE FROM sync_peers WHERE site_id = ?"));
    q.addBindValue(peerSiteId);
    if (!q.exec())
        return storeError();
    if (q.numRowsAffected() == 0)
        return Error::notFound(QStringLiteral("This station is not paired with %1.").arg(peerSiteId));
    recordEvent(actor, QStringLiteral("sync.unpaired"), {{QStringLiteral("site_id"), peerSiteId}});
    QMutexLocker lock(&m_stateMutex);
    m_states.remove(peerSiteId);
    return std::nullopt;
}

void SyncService::recordEvent(const Actor& actor, const QString& action, const QJsonObject& detail)
{
    // Pairing writes station-local tables, which the write path does not audit; the entry is written here.
    // A failure to write it is logged: the pairing itself has happened.
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    Status e = uow.audit(action, QStringLiteral("sync_peers"), QString(), detail);
    if (!e)
        e = uow.commit();
    if (e)
        qWarning("Chairside: %s was not recorded in the audit log: %s", qPrintable(action),
                 qPrintable(e->message));
}

Result<QList<QVariantMap>> SyncService::peers(const Actor& actor)
{
    if (!allows(actor.role, Permission::SeeSyncState))
        return Error::forbidden();
    auto rows =
        sql::select(m_ctx.db.connection(),
                    QStringLiteral("SELECT site_id, name, url, paired_at, certificate_fingerprint FROM "
                                   "sync_peers ORDER BY name, site_id"));
    if (!rows)
        return rows.error();
    QList<QVariantMap> list;
    const QDateTime now = m_ctx.clock.nowUtc();
    for (QVariantMap row : *rows) {
        const PeerState s = state(row.value(QStringLiteral("site_id")).toString());
        const bool drivenHere = !row.value(QStringLiteral("url")).toString().isEmpty();
        const bool inReach =
            drivenHere ? s.lastSyncAt.isValid() && s.lastError.isEmpty()
                       : s.lastContactAt.isValid() && s.lastContactAt.secsTo(now) <= kContactSeconds;
        row.insert(QStringLiteral("driven_here"), drivenHere);
        row.insert(QStringLiteral("in_reach"), inReach);
        row.insert(QStringLiteral("clock_off"), s.skewKnown && qAbs(s.skewMs) > kSkewWarningMs);
        row.insert(QStringLiteral("last_sync_at"), isoOrNull(s.lastSyncAt));
        row.insert(QStringLiteral("last_contact_at"), isoOrNull(s.lastContactAt));
        row.insert(QStringLiteral("last_error"), s.lastError);
        row.insert(QStringLiteral("skew_ms"), s.skewKnown ? QVariant(s.skewMs) : QVariant());
        row.insert(QStringLiteral("backlog"), s.backlog);
        list.append(row);
    }
    return list;
}

QList<Peer> SyncService::drivenPeers() const
{
    QList<Peer> list;
    auto rows = sql::select(m_ctx.db.connection(),
                            QStringLiteral("SELECT site_id, name, url, pairing_id, paired_at, "
                                           "certificate_fingerprint FROM sync_peers WHERE url IS NOT NULL "
                                           "ORDER BY site_id"));
    if (!rows)
        return list;
    for (const QVariantMap& row : *rows)
        list.append(peerFromRow(row));
    return list;
}

Result<Peer> SyncService::authenticatePeer(const QString& peerSiteId, const QString& token) const
{
    const Error refused =
        Error::unauthenticated(QStringLiteral("This station is not paired with the caller."));
    if (!Uuid::isValid(peerSiteId) || !kToken.match(token).hasMatch())
        return refused;
    auto row = sql::selectOne(m_ctx.db.connection(),
                              QStringLiteral("SELECT site_id, name, url, pairing_id, paired_at, "
                                             "certificate_fingerprint, token_hash FROM sync_peers WHERE "
                                             "site_id = ?"),
                              {peerSiteId});
    if (!row)
        return row.error();
    if (!row->has_value() ||
        !Crypto::equalConstantTime(Crypto::sha256Hex(token).toLatin1(),
                                   (**row).value(QStringLiteral("token_hash")).toString().toLatin1()))
        return refused;
    return peerFromRow(**row);
}

QByteArray SyncService::authorizationFor(const Peer& peer) const
{
    return "Peer " + siteId().toLatin1() + ' ' + tokenFor(peer.pairingId).toLatin1();
}

QString SyncService::tokenFor(const QString& pairingId) const
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash("sync-peer|" + pairingId.toUtf8(),
                                                                m_ctx.signingKey, QCryptographicHash::Sha256)
                                   .toHex());
}

void SyncService::recordRound(const QString& peerSiteId, const PeerState& state)
{
    QMutexLocker lock(&m_stateMutex);
    m_states.insert(peerSiteId, state);
}

void SyncService::recordContact(const QString& peerSiteId)
{
    QMutexLocker lock(&m_stateMutex);
    m_states[peerSiteId].lastContactAt = m_ctx.clock.nowUtc();
}

void SyncService::recordSkew(const QString& peerSiteId, qint64 skewMs)
{
    QMutexLocker lock(&m_stateMutex);
    PeerState& s = m_states[peerSiteId];
    s.skewMs = skewMs;
    s.skewKnown = true;
}

PeerState SyncService::state(const QString& peerSiteId) const
{
    QMutexLocker lock(&m_stateMutex);
    return m_states.value(peerSiteId);
}

void SyncService::recordSighting(const Sighting& sighting)
{
    if (sighting.siteId == siteId())
        return; // our own beacon, back from the broadcast
    Sighting heard = sighting;
    heard.heardAt = m_ctx.clock.nowUtc();
    QMutexLocker lock(&m_stateMutex);
    // Beacons are anyone's to send: what is no longer heard goes, and a flood of made-up stations is not
    // kept.
    if (m_sightings.size() >= kMaxSightings) {
        m_sightings.removeIf(
            [&](const auto& it) { return it.value().heardAt.secsTo(heard.heardAt) > kSightingSeconds; });
        if (m_sightings.size() >= kMaxSightings && !m_sightings.contains(heard.siteId))
            return;
    }
    m_sightings.insert(heard.siteId, heard);
}

Result<QList<QVariantMap>> SyncService::discoveredStations(const Actor& actor) const
{
    if (!allows(actor.role, Permission::SeeSyncState))
        return Error::forbidden();
    auto paired = sql::select(m_ctx.db.connection(), QStringLiteral("SELECT site_id FROM sync_peers"));
    if (!paired)
        return paired.error();
    QSet<QString> pairedSites;
    for (const QVariantMap& row : *paired)
        pairedSites.insert(row.value(QStringLiteral("site_id")).toString());
    const QDateTime now = m_ctx.clock.nowUtc();
    QList<Sighting> heard;
    {
        QMutexLocker lock(&m_stateMutex);
        for (const Sighting& s : m_sightings)
            if (s.heardAt.secsTo(now) <= kSightingSeconds)
                heard.append(s);
    }
    std::sort(heard.begin(), heard.end(), [](const Sighting& a, const Sighting& b) {
        return std::tie(a.name, a.siteId) < std::tie(b.name, b.siteId);
    });
    QList<QVariantMap> list;
    for (const Sighting& s : heard)
        list.append({{QStringLiteral("site_id"), s.siteId},
                     {QStringLiteral("name"), s.name},
                     {QStringLiteral("url"), s.url},
                     {QStringLiteral("heard_at"), toIsoUtc(s.heardAt)},
                     {QStringLiteral("paired"), pairedSites.contains(s.siteId)}});
    return list;
}

QString SyncService::heardAt(const QString& peerSiteId) const
{
    QMutexLocker lock(&m_stateMutex);
    const auto it = m_sightings.constFind(peerSiteId);
    if (it == m_sightings.cend() || it->heardAt.secsTo(m_ctx.clock.nowUtc()) > kSightingSeconds)
        return {};
    return it->url;
}

QString SyncService::identityProof(const QString& tokenHash, const QString& nonce,
                                   const QString& callerSiteId)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash("sync-identify|" + nonce.toLatin1() + '|' + callerSiteId.toLatin1(),
                                         tokenHash.toLatin1(), QCryptographicHash::Sha256)
            .toHex());
}

Result<QVariantMap> SyncService::identify(const QVariantMap& request) const
{
    const QString caller = request.value(QStringLiteral("site_id")).toString();
    const QString nonce = request.value(QStringLiteral("nonce")).toString();
    FieldErrors errors;
    if (!Uuid::isValid(caller))
        errors.add(QStringLiteral("site_id"), QStringLiteral("A station's site id is a UUID."));
    if (!kNonce.match(nonce).hasMatch())
        errors.add(QStringLiteral("nonce"), QStringLiteral("A nonce is 32 to 128 hexadecimal digits."));
    if (!errors.isEmpty())
        return errors.toError();
    auto row =
        sql::selectOne(m_ctx.db.connection(),
                       QStringLiteral("SELECT pairing_id FROM sync_peers WHERE site_id = ?"), {caller});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::unauthenticated(QStringLiteral("This station is not paired with the caller."));
    // The caller keeps the hash of the token this station presents to it: the proof's key on both sides.
    const QString ourTokenHash =
        Crypto::sha256Hex(tokenFor((**row).value(QStringLiteral("pairing_id")).toString()));
    return QVariantMap{{QStringLiteral("site_id"), siteId()},
                       {QStringLiteral("proof"), identityProof(ourTokenHash, nonce, caller)}};
}

bool SyncService::provesIdentity(const Peer& peer, const QString& nonce, const QString& proof) const
{
    auto tokenHash =
        sql::scalar(m_ctx.db.connection(),
                    QStringLiteral("SELECT token_hash FROM sync_peers WHERE site_id = ?"), {peer.siteId});
    if (!tokenHash || !tokenHash->isValid())
        return false;
    return Crypto::equalConstantTime(identityProof(tokenHash->toString(), nonce, siteId()).toLatin1(),
                                     proof.toLatin1());
}

Status SyncService::movePeer(const QString& peerSiteId, const QString& url)
{
    QSqlQuery q(m_ctx.db.connection());
    q.prepare(QStringLiteral("UPDATE sync_peers SET url = ? WHERE site_id = ? AND url IS NOT NULL"));
    q.addBindValue(url);
    q.addBindValue(peerSiteId);
    if (!q.exec())
        return storeError();
    if (q.numRowsAffected() == 0)
        return Error::notFound(QStringLiteral("This station does not drive a sync with %1.").arg(peerSiteId));
    return std::nullopt;
}

} // namespace chairside

#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QVariantMap>

namespace chairside {

// What another station answered to a pairing request, and the certificate its connection showed.
struct PairingAnswer
{
    QVariantMap body;
    QString certificateFingerprint; // empty over plain HTTP
};

// Port: reaches the pairing endpoint of another station (over HTTP(S), in sync/).
class PeerConnector
{
public:
    virtual ~PeerConnector() = default;
    // Sends `request` to the station at `baseUrl` and returns its answer, or why there is none. Over https
    // the station's certificate must have `expectedFingerprint` when one is given; without one any
    // certificate is accepted (trust on first use) and its fingerprint is returned, to be pinned.
    virtual Result<PairingAnswer> pair(const QString& baseUrl, const QVariantMap& request,
                                       const QString& expectedFingerprint) = 0;
};

// A station this one is paired with.
struct Peer
{
    QString siteId;
    QString name;
    QString url; // where to reach it; empty when the peer drives the sync of the pair
    QString pairingId;
    QString pairedAt;
    // The SHA-256 fingerprint of its TLS certificate, pinned at pairing (CertificateFingerprint.h); every
    // call to it accepts only that certificate. Empty for a peer paired over plain HTTP.
    QString certificateFingerprint;

    bool drivenHere() const { return !url.isEmpty(); }
};

// How the sync with one peer went last, as the sync engine and the server saw it. Kept in memory: it is
// about this run of the station, and writing it to the store twice a second would be churn.
struct PeerState
{
    QDateTime lastSyncAt;    // the last complete exchange
    QDateTime lastContactAt; // the last time either station reached the other
    QString lastError;       // why the last attempt failed; empty after a success
    qint64 skewMs = 0;       // the peer's wall clock minus ours
    bool skewKnown = false;
    qint64 delivered = 0; // how far the peer had read this station's log, as it last said
    qint64 backlog = 0;   // this station's log entries the peer did not have yet, at the last round
};

// A station heard on the LAN: its discovery beacon names its site id, its name and its API port.
struct Sighting
{
    QString siteId;
    QString name;
    QString url;       // its API, at the address the beacon came from
    QDateTime heardAt; // set by SyncService when it records the sighting
};

// Pairing and the peer list (design §6), and the state of the sync with each peer.
//
// Pairing: an admin opens a code on station A (createPairingCode) and types it on station B (pairWith). B
// sends the code with B's site id and the token B will present; A checks the code, keeps the SHA-256 of B's
// token and answers with its own site id and token, whose hash B keeps. Afterwards every call between them
// carries "Authorization: Peer <site id> <token>". Each station derives the token it presents from its
// signing key and a pairing id, so no token is stored in the clear; unpairing forgets the peer's hash.
// B, which knows A's address, drives the sync of the pair: it pushes its changes and pulls A's.
// Over https, B pins the certificate A's connection showed (or refuses one other than the fingerprint the
// admin typed), and B sends its own fingerprint with the code, which A keeps: both know the other's.
class SyncService
{
public:
    static constexpr int kPairingCodeMinutes = 10;
    static constexpr int kPairingAttempts = 5;
    // A peer clock further off than this is pointed out (sync copes with it, but times shown differ).
    static constexpr qint64 kSkewWarningMs = 60'000;
    // A peer that drives this station counts as in reach while it called within this many seconds.
    static constexpr int kContactSeconds = 60;
    // A station not heard on the LAN for this long is no longer listed (beacons come every few seconds).
    static constexpr int kSightingSeconds = 30;
    // At most this many stations heard at once are kept (a clinic has a handful).
    static constexpr qsizetype kMaxSightings = 256;

    explicit SyncService(ServiceContext& ctx);

    QString siteId() const { return m_ctx.db.siteId(); }
    QString stationName() const { return m_ctx.config.stationName; }
    // This station's TLS certificate fingerprint, for other stations to pin; empty until the station has
    // loaded its certificate (the command line's one-shot commands do not).
    QString certificateFingerprint() const;
    void setCertificateFingerprint(const QString& fingerprint);

    // Opens a pairing code (eight digits) for the next kPairingCodeMinutes, replacing any open one:
    // {code, expires_at}.
    Result<QVariantMap> createPairingCode(const Actor& actor);
    // Station A's side: {code, site_id, name, token, certificate_fingerprint (optional)} from the station
    // that typed the code. Registers it and answers {site_id, name, token, schema_version,
    // certificate_fingerprint}. A wrong code uses up one of the open code's tries.
    // `caller` (anonymous: the code is the credential) is named in the audit log with its client.
    Result<QVariantMap> acceptPairing(const QVariantMap& request,
                                      const Actor& caller = Actor::system(QStringLiteral("api")));
    // Station B's side: pairs with the station at `baseUrl` that shows `code`, through the connector. For an
    // https address, `fingerprint` (optional) is the certificate fingerprint the other station shows its
    // admin; when given, a connection showing another certificate is refused.
    Result<QVariantMap> pairWith(const Actor& actor, const QString& baseUrl, const QString& code,
                                 const QString& fingerprint = {});
    Status removePeer(const Actor& actor, const QString& peerSiteId);

    // The peers with their state: {site_id, name, url, certificate_fingerprint, driven_here, paired_at,
    // last_sync_at, last_contact_at, last_error, skew_ms, clock_off, backlog, in_reach}. in_reach: a peer
    // this station drives answered its last round; a peer that drives this station called within
    // kContactSeconds. clock_off: its clock is more than kSkewWarningMs away.
    Result<QList<QVariantMap>> peers(const Actor& actor);
    // The peers this station drives, for the sync engine.
    QList<Peer> drivenPeers() const;

    // The peer presenting `token` as `peerSiteId`, or unauthenticated.
    Result<Peer> authenticatePeer(const QString& peerSiteId, const QString& token) const;
    // The Authorization header value this station presents to `peer`.
    QByteArray authorizationFor(const Peer& peer) const;

    void recordRound(const QString& peerSiteId, const PeerState& state);
    void recordContact(const QString& peerSiteId);
    // From a peer's hello: its wall clock minus ours, as far as one message can tell.
    void recordSkew(const QString& peerSiteId, qint64 skewMs);
    PeerState state(const QString& peerSiteId) const;

    // Discovery (docs/architecture.md "Replication"): what the LAN beacons say.
    void recordSighting(const Sighting& sighting);
    // The stations heard within kSightingSeconds, this one excepted: {site_id, name, url, heard_at, paired}.
    Result<QList<QVariantMap>> discoveredStations(const Actor& actor) const;
    // Where `peerSiteId` was heard within kSightingSeconds; empty when it was not.
    QString heardAt(const QString& peerSiteId) const;

    // Before following a paired peer to an address a beacon gave (anyone can send a beacon), the station
    // there must prove it is that peer, without either side sending a token: it answers a fresh nonce with
    // HMAC-SHA256 keyed by the hash of the token it presents to the caller, which only the two of them hold.
    // identify() is the answering side: {site_id, nonce} from a paired caller -> {site_id, proof}.
    Result<QVariantMap> identify(const QVariantMap& request) const;
    // The calling side: whether `proof` answers `nonce` as `peer` would.
    bool provesIdentity(const Peer& peer, const QString& nonce, const QString& proof) const;
    // Reaches `peerSiteId` at `url` from now on (after it proved itself there).
    Status movePeer(const QString& peerSiteId, const QString& url);

    void setConnector(PeerConnector* connector) { m_connector = connector; }

private:
    // An audit entry (kind "event") for a pairing step; sync_peers is local, so the write path records none.
    void recordEvent(const Actor& actor, const QString& action, const QJsonObject& detail);
    QString tokenFor(const QString& pairingId) const;
    static QString identityProof(const QString& tokenHash, const QString& nonce, const QString& callerSiteId);
    Result<Peer> savePeer(const Peer& peer, const QString& tokenHash);

    ServiceContext& m_ctx;
    PeerConnector* m_connector = nullptr;
    mutable QMutex m_stateMutex;
    QString m_certificateFingerprint;
    QHash<QString, PeerState> m_states;
    QHash<QString, Sighting> m_sightings;
};

} // namespace chairside

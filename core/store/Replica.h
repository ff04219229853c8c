#pragma once

#include "Clock.h"
#include "Error.h"

#include <QJsonObject>
#include <QMap>
#include <QVariantMap>

namespace chairside {

class Database;

// One row change as it travels between stations: named everywhere by its origin station and that station's
// own sequence number, ordered by its hybrid logical clock (ties broken by site id).
struct Change
{
    QString siteId;
    qint64 originSeq = 0;
    qint64 hlc = 0;
    QString txId;
    QString table;
    QString rowId;
    QString op; // insert, update or delete
    QVariantMap fields;
    QString actorId;
    QString at;

    QJsonObject toJson() const;
    // Refuses anything malformed (missing names, a negative sequence, an unknown operation).
    static Result<Change> fromJson(const QJsonObject& object);

    friend bool operator==(const Change&, const Change&) = default;
};

// The highest origin sequence held per site: what a station has.
using VersionVector = QMap<QString, qint64>;
// As it travels: {"<site id>": <seq>, ...}.
QJsonObject versionVectorToJson(const VersionVector& vector);
VersionVector versionVectorFromJson(const QJsonObject& object);

struct ChangeBatch
{
    QList<Change> changes;
    qint64 lastSeq = 0; // this store's seq to read on from next time (past the changes left out, too)
    bool more = false;  // the log goes on after lastSeq
};

// The store's side of replication (design §6): hands out its change log and merges a peer's changes.
//
// The merged state is a function of the set of changes held, whatever order they came in: a row exists once
// its insert is held, and each field holds the value of the newest change to it by (hlc, site id) — last
// writer wins per field. Append-only tables (appointment history, stock movements) only ever get inserts, so
// they merge as a union. Deletes are soft (a deleted_at field), so they are field writes like any other.
// Applying a change again does nothing. Local writes go through UnitOfWork, whose clock is moved past every
// change applied here, so a local write after a merge is always the newest.
class Replica
{
public:
    Replica(Database& db, const Clock& clock);

    VersionVector versionVector() const;

    // Changes after this store's `afterSeq` that a holder of `have` lacks, in this store's order. Whole
    // transactions only: at most about `limit` log rows are read unless one transaction alone is larger.
    Result<ChangeBatch> changesSince(qint64 afterSeq, const VersionVector& have, int limit) const;

    // Merges changes in one transaction; answers how many were new here.
    Result<int> apply(const QList<Change>& changes);
    // Merges a batch read from a peer's log after its seq `fromSeq` up to `toSeq`, and moves the peer's
    // checkpoint to `toSeq` in the same transaction, so a crash never leaves one without the other. A batch
    // that does not start at the checkpoint (a late duplicate, or one overtaken by a lost batch) is refused
    // whole with a conflict: applying it would let the checkpoint skip changes never received.
    Result<int> applyFromPeer(const QList<Change>& changes, const QString& peerSiteId, qint64 fromSeq,
                              qint64 toSeq);
    // How far this store has read the peer's log; 0 for a peer never read.
    qint64 checkpoint(const QString& peerSiteId) const;

    // Log retention: drops the entries made before `before` that no longer decide anything: an update or
    // delete each of whose fields has a newer change (by hlc, site id) to the same row in the log. The log
    // that is left merges to the same state for anyone, so it serves as the snapshot from which a station
    // that was away for longer than the retention catches up: it reads what is left, and the newer changes
    // it receives cover what was dropped. Inserts are always kept (a row exists by its insert; append-only
    // tables have nothing else), and so is each site's newest entry, from which the version vector and
    // the next local sequence number are read. Deletes in transactions of at most `perTransaction` entries,
    // so writers wait little; answers how many it dropped.
    Result<qint64> compact(const QDateTime& before, int perTransaction = 2000);

    // SHA-256 (hex) over every replicated table's rows, all columns, in id order: stations holding the same
    // data have the same digest.
    Result<QString> digest() const;

private:
    Result<int> merge(const QList<Change>& changes, const QString& peerSiteId, qint64 fromSeq, qint64 toSeq);
    Status materialize(const QString& table, const QString& rowId);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace chairside

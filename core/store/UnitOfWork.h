#pragma once

#include "Clock.h"
#include "Error.h"
#include "domain/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QVariantMap>
#include <mutex>

namespace chairside {

class Database;
struct AuditEntry;

// The one write path for replicated tables. Each insert, update and soft delete is applied and, in the same
// transaction, appended to the change log (site, clock, table, row, changed fields, actor) and the audit log.
// Sync replays the change log; the audit viewer reads the audit log. Nothing is written unless commit()
// succeeds; destroying an uncommitted unit rolls it back. A unit opened while another is open on the same
// thread and store nests in it (a savepoint): it can fail alone, and its work becomes durable only when the
// outermost unit commits. Batches (the demo clinic, imports) wrap many service calls in one outer unit.
class UnitOfWork
{
public:
    UnitOfWork(Database& db, const Clock& clock, Actor actor);
    ~UnitOfWork();
    UnitOfWork(const UnitOfWork&) = delete;
    UnitOfWork& operator=(const UnitOfWork&) = delete;

    // The moment this unit stands for: one timestamp for all its rows.
    QDateTime now() const { return m_now; }
    QString nowIso() const { return toIsoUtc(m_now); }

    Status insert(const QString& table, const QString& id, const QVariantMap& fields);
    // Writes only the given fields; fields equal to the stored value are dropped from the change log.
    Status update(const QString& table, const QString& id, const QVariantMap& changes);
    Status softDelete(const QString& table, const QString& id);
    // An audit entry for something that is not a row change (a login, a pairing): kind "event".
    Status audit(const QString& action, const QString& table = {}, const QString& rowId = {},
                 const QJsonObject& detail = {});
    Status commit();
    // Why the unit could not begin (the store busy), or nothing. A caller writing through other services
    // inside the unit checks it first: with no unit open, their writes would each commit on their own.
    Status beginError() const { return m_beginError; }

    // Whether a unit of work on `db` is open on the calling thread (its transaction holds the write turn).
    static bool isOpenOnThisThread(const Database& db);
    // The store's write turn for a write made outside a unit of work (the audit of a read, the mail outbox's
    // bookkeeping); an empty lock when a unit of work on this thread holds the turn already (QMutex is not
    // recursive: taking it again would deadlock).
    static std::unique_lock<QMutex> writeTurnUnlessHeld(Database& db);

private:
    Status appendAudit(const AuditEntry& entry);
    Status begin();
    // Commits (keep) or rolls back this unit: the transaction when outermost, else its savepoint.
    Status finish(bool keep);
    Status rollbackAfter(const Error& error);
    Status logChange(const QString& table, const QString& id, const QString& op, const QVariantMap& fields);
    Status checkTable(const QString& table) const;
    // Refuses a row whose unique values (uniqueRules() in the .cpp) another live row already has; on an
    // update only the rules whose columns changed are checked (all of them for an insert: no list).
    Status checkUnique(const QString& table, const QString& id, const QVariantMap& row,
                       const QStringList& changedColumns = {});

    Database& m_db;
    QSqlDatabase m_conn;
    Actor m_actor;
    QDateTime m_now;
    QString m_txId;
    UnitOfWork* m_parent;
    QString m_savepoint;
    std::unique_lock<QMutex> m_writeTurn; // held by an outermost unit while its transaction is open
    Status m_beginError;
    bool m_open = false;
};

} // namespace chairside

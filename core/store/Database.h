#pragma once

#include "Error.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

namespace chairside {

// The station's SQLite store. Opening applies the embedded numbered migrations; a store written by a newer
// Chairside is refused without being touched. Each thread gets its own named connection (SQLite handles are
// not shared across threads), configured with WAL, foreign keys and the write-path guard.
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const QString& path);

    // The connection of the calling thread, opened on first use. Threads other than the opening one must call
    // releaseThreadConnection() before they end.
    QSqlDatabase connection() const;
    void releaseThreadConnection() const;

    QString path() const { return m_path; }
    QString siteId() const { return m_siteId; }
    int schemaVersion() const;

    // The sequence number of the newest change written to this store by anyone (this thread, the API, sync):
    // screens poll it to notice changes made elsewhere. A primary-key maximum, so it costs next to nothing.
    qint64 lastChangeSeq() const;

    // Hybrid logical clock (48-bit milliseconds, 16-bit counter): strictly increasing on this station.
    qint64 nextHlc(qint64 physicalMs);
    // A clock seen on a change from another station: later local clocks come after it, so a local write made
    // after a merge is newer than everything merged, however far the other station's wall clock runs ahead.
    void observeHlc(qint64 remote);
    qint64 lastHlc() const;

    // Units of work of this process take turns here before BEGIN IMMEDIATE. SQLite's own busy handler
    // polls with sleeps of up to 100 ms, which stretched the slowest concurrent API writes past a second;
    // the mutex hands the store to the next writer at once. Other processes are still kept apart by SQLite's
    // lock and busy timeout.
    QMutex& writeTurn() const { return m_writeTurn; }

    static int latestSchemaVersion();
    // Tables whose rows replicate between stations; only the write path may change them.
    static const QStringList& replicatedTables();
    // Tables the write-path guard protects: the replicated ones plus the change and audit logs.
    static const QStringList& guardedTables();

private:
    explicit Database(QString path);
    Status migrate();
    Status configure(QSqlDatabase& db) const;
    QString connectionName() const;

    QString m_path;
    QString m_instanceTag;
    QString m_siteId;
    mutable QMutex m_hlcMutex;
    mutable QMutex m_writeTurn;
    qint64 m_lastHlc = 0;
};

} // namespace chairside

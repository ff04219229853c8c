#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QJsonObject>
#include <QVariantMap>

namespace chairside {

struct AuditQuery
{
    QDateTime from;       // UTC, inclusive; invalid = open
    QDateTime to;         // UTC, exclusive; invalid = open
    QString actionPrefix; // "appointments." finds every appointment change
    QString actorId;
    QString rowId;
    // Reads of patient data (and of this log), or everything else (changes, sign-ins, pairings, ...).
    enum class Kind
    {
        All,
        Reads,
        Changes
    };
    Kind kind = Kind::All;
    int limit = 200;
    // Entries older than this sequence number (the last one shown), for the next page; 0 = from the newest.
    qint64 before = 0;
};

// The audit log for the admin's viewer: newest first, filtered by time, action, who and which row, a page at
// a time. It can hold millions of entries (every change writes one), so pages follow the sequence number
// instead of counting an offset.
class AuditService
{
public:
    explicit AuditService(ServiceContext& ctx)
        : m_ctx(ctx)
    {}

    static constexpr int kMaximumPage = 1000;

    // Each entry: seq, id, at, actor_id, actor_email, source, client, station_id, kind (write, event,
    // read), action, table_name, row_id, detail. Reading the log is recorded in it too.
    Result<QList<QVariantMap>> entries(const Actor& actor, const AuditQuery& query);
    // One entry by its id (the same fields).
    Result<QVariantMap> entry(const Actor& actor, const QString& id);
    // Something done that changes no row but belongs in the log (a secret stored in the keychain): an
    // entry of kind "event" in a unit of work of its own.
    Status recordEvent(const Actor& actor, const QString& action, const QJsonObject& detail = {});

private:
    ServiceContext& m_ctx;
};

} // namespace chairside

#include "AuditLog.h"

#include "Database.h"
#include "Query.h"
#include "UnitOfWork.h"
#include "Uuid.h"

#include <QJsonDocument>
#include <QSqlError>
#include <mutex>

namespace chairside {

QString auditKindName(AuditEntry::Kind kind)
{
    switch (kind) {
    case AuditEntry::Kind::Write:
        return QStringLiteral("write");
    case AuditEntry::Kind::Event:
        return QStringLiteral("event");
    case AuditEntry::Kind::Read:
        return QStringLiteral("read");
    }
    return QStringLiteral("write");
}

namespace auditlog {

namespace {

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

Status append(const QSqlDatabase& conn, const Database& db, const Actor& actor, const QDateTime& at,
              const AuditEntry& entry)
{
    sql::Statement insert(
        conn, QStringLiteral("INSERT INTO audit_log (id, at, actor_id, source, action, table_name, row_id, "
                             "detail, kind, station_id, client) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.exec({Uuid::v7(at), toIsoUtc(at), orNull(actor.userId),
                      actor.source.isEmpty() ? QStringLiteral("unknown") : actor.source, entry.action,
                      orNull(entry.table), orNull(entry.rowId),
                      QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact)),
                      auditKindName(entry.kind), db.siteId(), orNull(actor.client)}))
        return Error::internal(
            QStringLiteral("The audit log could not be written: %1").arg(insert.query().lastError().text()));
    return std::nullopt;
}

Status appendRead(Database& db, const Clock& clock, const Actor& actor, AuditEntry entry)
{
    entry.kind = AuditEntry::Kind::Read;
    const QDateTime at = clock.nowUtc();
    const std::unique_lock<QMutex> turn = UnitOfWork::writeTurnUnlessHeld(db);
    return append(db.connection(), db, actor, at, entry);
}

} // namespace auditlog

} // namespace chairside

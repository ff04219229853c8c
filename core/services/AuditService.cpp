#include "AuditService.h"

#include "auth/Permissions.h"
#include "services/ReadAudit.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

namespace chairside {

namespace {

const QString kSelect =
    QStringLiteral("SELECT l.seq, l.id, l.at, l.actor_id, u.email AS actor_email, l.source, l.client, "
                   "l.station_id, l.kind, l.action, l.table_name, l.row_id, l.detail FROM audit_log l "
                   "LEFT JOIN users u ON u.id = l.actor_id");

} // namespace

Result<QList<QVariantMap>> AuditService::entries(const Actor& actor, const AuditQuery& q)
{
    if (!allows(actor.role, Permission::ReadAuditLog))
        return Error::forbidden(QStringLiteral("Only an administrator reads the audit log."));
    if (q.limit < 1 || q.limit > kMaximumPage)
        return Error::field(QStringLiteral("limit"),
                            QStringLiteral("A page holds 1 to %1 entries.").arg(kMaximumPage));
    QString where = QStringLiteral("1 = 1");
    QVariantList binds;
    if (q.before > 0) {
        where += QStringLiteral(" AND l.seq < ?");
        binds << q.before;
    }
    if (q.from.isValid()) {
        where += QStringLiteral(" AND l.at >= ?");
        binds << toIsoUtc(q.from);
    }
    if (q.to.isValid()) {
        where += QStringLiteral(" AND l.at < ?");
        binds << toIsoUtc(q.to);
    }
    if (!q.actionPrefix.trimmed().isEmpty()) {
        // A range, not LIKE, so '%' and '_' in the text are literal.
        where += QStringLiteral(" AND l.action >= ? AND l.action < ?");
        binds << q.actionPrefix.trimmed() << q.actionPrefix.trimmed() + QChar(0xFFFF);
    }
    if (!q.actorId.isEmpty()) {
        where += QStringLiteral(" AND l.actor_id = ?");
        binds << q.actorId;
    }
    if (!q.rowId.isEmpty()) {
        where += QStringLiteral(" AND l.row_id = ?");
        binds << q.rowId;
    }
    if (q.kind == AuditQuery::Kind::Reads) {
        where += QStringLiteral(" AND l.kind = 'read'");
    } else if (q.kind == AuditQuery::Kind::Changes) {
        where += QStringLiteral(" AND l.kind <> 'read'");
    }
    auto rows = sql::select(m_ctx.db.connection(),
                            kSelect + QStringLiteral(" WHERE %1 ORDER BY l.seq DESC LIMIT ?").arg(where),
                            binds + QVariantList{q.limit});
    // Reading the log is itself recorded (who looked at what others did), with the filter used.
    if (rows) {
        QVariantMap filter;
        if (!q.actionPrefix.trimmed().isEmpty())
            filter.insert(QStringLiteral("action"), q.actionPrefix.trimmed());
        if (!q.actorId.isEmpty())
            filter.insert(QStringLiteral("actor_id"), q.actorId);
        if (!q.rowId.isEmpty())
            filter.insert(QStringLiteral("row_id"), q.rowId);
        if (q.kind != AuditQuery::Kind::All)
            filter.insert(QStringLiteral("kind"), q.kind == AuditQuery::Kind::Reads
                                                      ? QStringLiteral("read")
                                                      : QStringLiteral("write"));
        if (Status e = readaudit::list(m_ctx, actor, QStringLiteral("audit_log"), *rows, QString(), filter))
            return *e;
    }
    return rows;
}

Result<QVariantMap> AuditService::entry(const Actor& actor, const QString& id)
{
    if (!allows(actor.role, Permission::ReadAuditLog))
        return Error::forbidden(QStringLiteral("Only an administrator reads the audit log."));
    auto row = sql::selectOne(m_ctx.db.connection(), kSelect + QStringLiteral(" WHERE l.id = ?"), {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::notFound();
    if (Status e = readaudit::one(m_ctx, actor, QStringLiteral("audit_log"), id, QString()))
        return *e;
    return **row;
}

Status AuditService::recordEvent(const Actor& actor, const QString& action, const QJsonObject& detail)
{
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.audit(action, {}, {}, detail))
        return e;
    return uow.commit();
}

} // namespace chairside

#include "ReadAudit.h"

#include "store/AuditLog.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>

namespace chairside::readaudit {

namespace {

// Screens reload what they show whenever the store changes (StoreWatcher): a chart left open while the
// front desk books would otherwise add the same entries every second. The same read by the same actor
// through the same client at the same station is recorded once a minute; what was seen, and by whom,
// stays in the log.
constexpr qint64 kRepeatWindowMs = 60 * 1000;

QMutex g_recentMutex;
QHash<QByteArray, qint64> g_recent; // read -> when it was last recorded (ms since the epoch)

bool recorded(const Actor& actor)
{
    return !actor.userId.isEmpty();
}

Status append(ServiceContext& ctx, const Actor& actor, const AuditEntry& entry)
{
    const QByteArray key = QCryptographicHash::hash(
        QStringList{ctx.db.siteId(), actor.userId, roleName(actor.role), actor.source, actor.client,
                    entry.action, entry.rowId,
                    QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact))}
            .join(QChar(0))
            .toUtf8(),
        QCryptographicHash::Sha1);
    const qint64 now = ctx.clock.nowUtc().toMSecsSinceEpoch();
    {
        QMutexLocker lock(&g_recentMutex);
        const auto last = g_recent.constFind(key);
        if (last != g_recent.constEnd() && now - *last >= 0 && now - *last < kRepeatWindowMs)
            return std::nullopt;
    }
    if (Status e = auditlog::appendRead(ctx.db, ctx.clock, actor, entry))
        return e;
    QMutexLocker lock(&g_recentMutex);
    if (g_recent.size() > 20000)
        g_recent.clear();
    g_recent.insert(key, now);
    return std::nullopt;
}

} // namespace

Status one(ServiceContext& ctx, const Actor& actor, const QString& table, const QString& rowId,
           const QString& patientId, const QString& action)
{
    if (!recorded(actor))
        return std::nullopt;
    QJsonObject detail;
    if (!patientId.isEmpty())
        detail.insert(QStringLiteral("patient_id"), patientId);
    return append(ctx, actor,
                  {AuditEntry::Kind::Read, action.isEmpty() ? table + QStringLiteral(".read") : action, table,
                   rowId, detail});
}

Status list(ServiceContext& ctx, const Actor& actor, const QString& table, const QList<QVariantMap>& rows,
            const QString& patientKey, const QVariantMap& filter)
{
    if (!recorded(actor))
        return std::nullopt;
    QJsonArray patients;
    QSet<QString> seen;
    bool truncated = false;
    for (const QVariantMap& row : rows) {
        const QString id = row.value(patientKey).toString();
        if (id.isEmpty() || seen.contains(id))
            continue;
        if (patients.size() == kMaxPatientIds) {
            truncated = true;
            break;
        }
        seen.insert(id);
        patients.append(id);
    }
    QJsonObject detail{{QStringLiteral("count"), int(rows.size())},
                       {QStringLiteral("patient_ids"), patients}};
    if (truncated)
        detail.insert(QStringLiteral("patient_ids_truncated"), true);
    if (!filter.isEmpty())
        detail.insert(QStringLiteral("filter"), QJsonObject::fromVariantMap(filter));
    return append(ctx, actor, {AuditEntry::Kind::Read, table + QStringLiteral(".list"), table, {}, detail});
}

} // namespace chairside::readaudit

#include "ChangeFeed.h"

#include "Clock.h"
#include "auth/Permissions.h"
#include "store/Query.h"

#include <QRegularExpression>

namespace chairside {

namespace {

// Which change log entries are newer than `since`, with the bind value appended.
QString newerThan(const ChangesSince& since, QVariantList& binds)
{
    if (since.at.isValid()) {
        binds.append(toIsoUtc(since.at));
        return QStringLiteral("at > ?");
    }
    binds.append(since.seq);
    return QStringLiteral("seq > ?");
}

} // namespace

ChangeFeed::ChangeFeed(ServiceContext& ctx)
    : m_ctx(ctx)
{}

qint64 ChangeFeed::watermark() const
{
    return m_ctx.db.lastChangeSeq();
}

Result<ChangesSince> ChangeFeed::parse(const QString& text)
{
    const QString value = text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (digits.match(value).hasMatch())
        return ChangesSince{value.toLongLong(), {}};
    // A time must say its offset: "changed since 9:00" means nothing across stations and time zones.
    static const QRegularExpression offset(QStringLiteral("(Z|[+-][0-9]{2}:?[0-9]{2})$"));
    const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (at.isValid() && offset.match(value).hasMatch())
        return ChangesSince{0, at.toUTC()};
    FieldErrors errors;
    errors.add(QStringLiteral("changed_since"),
               QStringLiteral("Give the watermark an earlier answer carried (X-Chairside-Watermark), or an "
                              "ISO-8601 time with its offset such as 2026-11-22T09:00:00Z."));
    return errors.toError();
}

Result<QSet<QString>> ChangeFeed::changedRows(const ChangesSince& since) const
{
    QVariantList binds;
    const QString where = newerThan(since, binds);
    auto rows =
        sql::select(m_ctx.db.connection(),
                    QStringLiteral("SELECT DISTINCT row_id FROM change_log WHERE %1").arg(where), binds);
    if (!rows)
        return rows.error();
    QSet<QString> ids;
    ids.reserve(rows->size());
    for (const QVariantMap& row : *rows)
        ids.insert(row.value(QStringLiteral("row_id")).toString());
    return ids;
}

QString ChangeFeed::andChangedSince(const QString& idColumn, const std::optional<ChangesSince>& since,
                                    QVariantList& binds)
{
    if (!since)
        return {};
    return QStringLiteral(" AND %1 IN (SELECT row_id FROM change_log WHERE %2)")
        .arg(idColumn, newerThan(*since, binds));
}

Result<QList<QVariantMap>> ChangeFeed::deletions(const Actor& actor, const ChangesSince& since) const
{
    if (!allows(actor.role, Permission::SeeDeletions))
        return Error::forbidden();
    QVariantList binds;
    const QString where = newerThan(since, binds);
    return sql::select(
        m_ctx.db.connection(),
        QStringLiteral("SELECT table_name AS \"table\", row_id AS id, at AS deleted_at, seq FROM "
                       "change_log WHERE op = 'delete' AND %1 ORDER BY seq")
            .arg(where),
        binds);
}

} // namespace chairside

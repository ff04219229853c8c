#include "Query.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace chairside::sql {

namespace {

Error queryError(const QSqlQuery& q)
{
    return Error::internal(QStringLiteral("Store query failed: %1").arg(q.lastError().text()));
}

bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant& b : binds)
        q.addBindValue(b);
    return q.exec();
}

QVariantMap rowOf(const QSqlQuery& q)
{
    QVariantMap row;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q.value(i));
    return row;
}

} // namespace

Result<QList<QVariantMap>> select(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    if (!run(q, sql, binds))
        return queryError(q);
    QList<QVariantMap> rows;
    while (q.next())
        rows.append(rowOf(q));
    return rows;
}

Result<std::optional<QVariantMap>> selectOne(const QSqlDatabase& db, const QString& sql,
                                             const QVariantList& binds)
{
    QSqlQuery q(db);
    if (!run(q, sql, binds))
        return queryError(q);
    if (!q.next())
        return std::optional<QVariantMap>();
    return std::optional<QVariantMap>(rowOf(q));
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    if (!run(q, sql, binds))
        return queryError(q);
    return q.next() ? q.value(0) : QVariant();
}

} // namespace chairside::sql

#include "Query.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <memory>

namespace chairside::sql {

namespace {

// Statements with numbers or names spliced into their text would otherwise pile up on a station that runs
// for weeks; past this many a connection's cache starts afresh.
constexpr qsizetype kMaxCachedStatements = 256;

struct ConnectionStatements
{
    const QSqlDriver* driver = nullptr; // a reused connection name with a new driver starts afresh
    // Pointers, because a Statement keeps using its query while others are added (QHash moves its values).
    QHash<QString, std::shared_ptr<QSqlQuery>> bySql;
};

// Per thread, because each thread has its own connection (design §2); keyed by connection name.
thread_local QHash<QString, ConnectionStatements> t_statements;

Error queryError(const QSqlQuery& q)
{
    return Error::internal(QStringLiteral("Store query failed: %1").arg(q.lastError().text()));
}

QVariantMap rowOf(const QSqlQuery& q, const QSqlRecord& rec)
{
    QVariantMap row;
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q.value(i));
    return row;
}

} // namespace

Statement::Statement(const QSqlDatabase& db, const QString& sql)
{
    ConnectionStatements& cache = t_statements[db.connectionName()];
    if (cache.driver != db.driver()) {
        cache.bySql.clear();
        cache.driver = db.driver();
    }
    if (const auto it = cache.bySql.constFind(sql); it != cache.bySql.cend()) {
        m_query = *it;
        m_prepared = true;
        return;
    }
    m_query = std::make_shared<QSqlQuery>(db);
    m_query->setForwardOnly(true);
    m_prepared = m_query->prepare(sql);
    if (!m_prepared)
        return; // not cached; kept by this Statement for its error
    if (cache.bySql.size() >= kMaxCachedStatements)
        cache.bySql.clear(); // Statements still running keep their own reference
    cache.bySql.insert(sql, m_query);
}

Statement::~Statement()
{
    if (m_prepared)
        m_query->finish();
}

bool Statement::exec(const QVariantList& binds)
{
    if (!m_prepared)
        return false;
    for (qsizetype i = 0; i < binds.size(); ++i)
        m_query->bindValue(int(i), binds[i]);
    return m_query->exec();
}

void forgetStatements(const QString& connectionName)
{
    t_statements.remove(connectionName);
}

Result<QList<QVariantMap>> select(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    Statement s(db, sql);
    if (!s.exec(binds))
        return queryError(s.query());
    QList<QVariantMap> rows;
    const QSqlRecord columns = s.query().record();
    while (s.query().next())
        rows.append(rowOf(s.query(), columns));
    return rows;
}

Result<std::optional<QVariantMap>> selectOne(const QSqlDatabase& db, const QString& sql,
                                             const QVariantList& binds)
{
    Statement s(db, sql);
    if (!s.exec(binds))
        return queryError(s.query());
    if (!s.query().next())
        return std::optional<QVariantMap>();
    return std::optional<QVariantMap>(rowOf(s.query(), s.query().record()));
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    Statement s(db, sql);
    if (!s.exec(binds))
        return queryError(s.query());
    return s.query().next() ? s.query().value(0) : QVariant();
}

} // namespace chairside::sql

#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <QVariantMap>
#include <memory>
#include <optional>

namespace chairside::sql {

// Read helpers for services. Writes to replicated tables go through UnitOfWork instead.
Result<QList<QVariantMap>> select(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
Result<std::optional<QVariantMap>> selectOne(const QSqlDatabase& db, const QString& sql,
                                             const QVariantList& binds = {});
Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});

// A statement run through the calling thread's cache of prepared statements: SQLite parses each distinct
// SQL text once per connection instead of on every call (parsing was half the cost of a demo-clinic write
// under callgrind). The statement is reset when the Statement goes out of scope, so it never holds a read
// snapshot open. Bind values rather than splicing them into the text, or each value becomes a statement. Not
// reentrant for the same SQL text: finish reading before running the same text again.
class Statement
{
public:
    Statement(const QSqlDatabase& db, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // False when the SQL does not prepare (the error is in query().lastError()).
    bool prepared() const { return m_prepared; }
    bool exec(const QVariantList& binds);
    QSqlQuery& query() { return *m_query; }

private:
    std::shared_ptr<QSqlQuery> m_query; // shared with the cache, which may drop it meanwhile
    bool m_prepared = false;
};

// Drops the cached statements of a connection; the store calls it before closing the connection.
void forgetStatements(const QString& connectionName);

} // namespace chairside::sql

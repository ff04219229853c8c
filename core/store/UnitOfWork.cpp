#include "UnitOfWork.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "SqliteDialect.h"
#include "UniqueRules.h"
#include "Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace chairside {

namespace {

bool isPlainIdentifier(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

Status exec(QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    sql::Statement statement(db, sql);
    if (!statement.exec(binds)) {
        const QString text = statement.query().lastError().text();
        if (sqlite::isUniqueViolation(text))
            return Error::conflict(
                QStringLiteral("A record with the same unique value already exists (%1).").arg(text));
        return Error::internal(QStringLiteral("Store write failed: %1").arg(text));
    }
    return std::nullopt;
}

QString toJson(const QVariantMap& fields)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact));
}

// Stored and new values compared the way SQLite would store them (text vs number, null vs missing).
bool sameStoredValue(const QVariant& stored, const QVariant& incoming)
{
    if (stored.isNull() || incoming.isNull())
        return stored.isNull() == incoming.isNull();
    return stored.toString() == incoming.toString();
}

} // namespace

namespace {

// The innermost open unit of this thread: a unit opened while another is open on the same store nests in it.
thread_local UnitOfWork* t_innermost = nullptr;
// The stores whose write turn this thread holds (through an outermost unit), however units of different
// stores interleave.
thread_local QList<const Database*> t_turnsHeld;

} // namespace

UnitOfWork::UnitOfWork(Database& db, const Clock& clock, Actor actor)
    : m_db(db)
    , m_conn(db.connection())
    , m_actor(std::move(actor))
    , m_now(clock.nowUtc())
    , m_txId(Uuid::v7(m_now))
    , m_parent(t_innermost && &t_innermost->m_db == &db && t_innermost->m_open ? t_innermost : nullptr)
{
    m_beginError = begin();
    if (m_open)
        t_innermost = this;
}

UnitOfWork::~UnitOfWork()
{
    if (m_open)
        finish(false);
}

Status UnitOfWork::begin()
{
    if (m_parent) {
        // Nested: a savepoint inside the outer unit's transaction, so this unit can still fail on its own.
        // Named by depth, so the same few statement texts repeat (and stay in the statement cache).
        int depth = 1;
        for (const UnitOfWork* outer = m_parent; outer->m_parent; outer = outer->m_parent)
            ++depth;
        m_savepoint = QStringLiteral("unit_%1").arg(depth);
        if (Status e = exec(m_conn, QStringLiteral("SAVEPOINT ") + m_savepoint))
            return e;
        m_open = true;
        return std::nullopt;
    }
    m_writeTurn = std::unique_lock<QMutex>(m_db.writeTurn());
    if (Status e = exec(m_conn, QStringLiteral("BEGIN IMMEDIATE"))) {
        m_writeTurn = {};
        return Error::unavailable(QStringLiteral("The store is busy; try again. (%1)").arg(e->message));
    }
    t_turnsHeld.append(&m_db);
    m_open = true;
    return exec(m_conn, QStringLiteral("INSERT INTO temp.write_gate (open) VALUES (1)"));
}

Status UnitOfWork::finish(bool keep)
{
    m_open = false;
    if (t_innermost == this)
        t_innermost = m_parent;
    if (m_parent) {
        if (!keep)
            exec(m_conn, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        return exec(m_conn, QStringLiteral("RELEASE ") + m_savepoint);
    }
    // The next writer's turn comes once this transaction has ended, however it ends.
    const auto endTurn = qScopeGuard([this] {
        t_turnsHeld.removeOne(&m_db);
        m_writeTurn = {};
    });
    if (!keep)
        return exec(m_conn, QStringLiteral("ROLLBACK"));
    if (Status e = exec(m_conn,
                        QStringLiteral("INSERT INTO station_meta (key, value) VALUES ('hlc', ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                        {QString::number(m_db.lastHlc())}))
        return rollbackAfter(*e);
    if (Status e = exec(m_conn, QStringLiteral("DELETE FROM temp.write_gate")))
        return rollbackAfter(*e);
    if (Status e = exec(m_conn, QStringLiteral("COMMIT")))
        return rollbackAfter(*e);
    return std::nullopt;
}

Status UnitOfWork::rollbackAfter(const Error& error)
{
    exec(m_conn, QStringLiteral("ROLLBACK"));
    return error;
}

Status UnitOfWork::checkTable(const QString& table) const
{
    if (m_beginError)
        return m_beginError;
    if (!m_open)
        return Error::internal(QStringLiteral("The unit of work is already finished."));
    if (!Database::replicatedTables().contains(table))
        return Error::internal(QStringLiteral("%1 is not a replicated table.").arg(table));
    return std::nullopt;
}

Status UnitOfWork::checkUnique(const QString& table, const QString& id, const QVariantMap& row,
                               const QStringList& changedColumns)
{
    auto duplicated = duplicatedRules(m_conn, table, id, row, changedColumns);
    if (!duplicated)
        return duplicated.error();
    if (duplicated->isEmpty())
        return std::nullopt;
    return Error::conflict(QStringLiteral("A record with the same unique value already exists (%1.%2).")
                               .arg(table, duplicated->first().columns.join(QStringLiteral(", "))));
}

Status UnitOfWork::insert(const QString& table, const QString& id, const QVariantMap& fields)
{
    if (Status e = checkTable(table))
        return e;
    if (Status e = checkUnique(table, id, fields))
        return e;
    QStringList columns{QStringLiteral("id")};
    QStringList marks{QStringLiteral("?")};
    QVariantList binds{id};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!isPlainIdentifier(it.key()) || it.key() == QLatin1String("id"))
            return Error::internal(QStringLiteral("Bad column name %1").arg(it.key()));
        columns.append(it.key());
        marks.append(QStringLiteral("?"));
        binds.append(it.value());
    }
    if (Status e = exec(m_conn,
                        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                        binds))
        return e;
    return logChange(table, id, QStringLiteral("insert"), fields);
}

Status UnitOfWork::update(const QString& table, const QString& id, const QVariantMap& changes)
{
    if (Status e = checkTable(table))
        return e;
    auto current = sql::selectOne(m_conn, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    if (!current)
        return current.error();
    if (!*current)
        return Error::notFound();

    QVariantMap changed;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!isPlainIdentifier(it.key()) || it.key() == QLatin1String("id"))
            return Error::internal(QStringLiteral("Bad column name %1").arg(it.key()));
        if (!sameStoredValue((*current)->value(it.key()), it.value()))
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return std::nullopt;
    QVariantMap updatedRow = **current;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        updatedRow.insert(it.key(), it.value());
    if (Status e = checkUnique(table, id, updatedRow, changed.keys()))
        return e;

    QStringList sets;
    QVariantList binds;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        sets.append(it.key() + QStringLiteral(" = ?"));
        binds.append(it.value());
    }
    binds.append(id);
    if (Status e = exec(
            m_conn, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1Char(','))),
            binds))
        return e;
    return logChange(table, id, QStringLiteral("update"), changed);
}

Status UnitOfWork::softDelete(const QString& table, const QString& id)
{
    if (Status e = checkTable(table))
        return e;
    const QVariantMap fields{{QStringLiteral("deleted_at"), nowIso()},
                             {QStringLiteral("updated_at"), nowIso()}};
    QSqlQuery q(m_conn);
    q.prepare(
        QStringLiteral("UPDATE %1 SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL")
            .arg(table));
    q.addBindValue(nowIso());
    q.addBindValue(nowIso());
    q.addBindValue(id);
    if (!q.exec())
        return Error::internal(QStringLiteral("Store write failed: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return Error::notFound();
    return logChange(table, id, QStringLiteral("delete"), fields);
}

Status UnitOfWork::logChange(const QString& table, const QString& id, const QString& op,
                             const QVariantMap& fields)
{
    const qint64 hlc = m_db.nextHlc(m_now.toMSecsSinceEpoch());
    if (Status e = exec(
            m_conn,
            QStringLiteral("INSERT INTO change_log (site_id, origin_seq, hlc, tx_id, table_name, row_id, op, "
                           "fields, actor_id, at) VALUES (?, (SELECT COALESCE(MAX(origin_seq), 0) + 1 FROM "
                           "change_log WHERE site_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)"),
            {m_db.siteId(), m_db.siteId(), hlc, m_txId, table, id, op, toJson(fields),
             m_actor.userId.isEmpty() ? QVariant() : QVariant(m_actor.userId), nowIso()}))
        return e;
    QJsonObject detail{{QStringLiteral("fields"), QJsonArray::fromStringList(fields.keys())}};
    return appendAudit({AuditEntry::Kind::Write, QStringLiteral("%1.%2").arg(table, op), table, id, detail});
}

Status UnitOfWork::audit(const QString& action, const QString& table, const QString& rowId,
                         const QJsonObject& detail)
{
    return appendAudit({AuditEntry::Kind::Event, action, table, rowId, detail});
}

Status UnitOfWork::appendAudit(const AuditEntry& entry)
{
    if (m_beginError)
        return m_beginError;
    return auditlog::append(m_conn, m_db, m_actor, m_now, entry);
}

bool UnitOfWork::isOpenOnThisThread(const Database& db)
{
    return t_turnsHeld.contains(&db);
}

std::unique_lock<QMutex> UnitOfWork::writeTurnUnlessHeld(Database& db)
{
    if (isOpenOnThisThread(db))
        return {};
    return std::unique_lock<QMutex>(db.writeTurn());
}

Status UnitOfWork::commit()
{
    if (m_beginError)
        return m_beginError;
    if (!m_open)
        return Error::internal(QStringLiteral("The unit of work is already finished."));
    return finish(true);
}

} // namespace chairside

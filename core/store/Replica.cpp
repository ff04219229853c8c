#include "Replica.h"

#include "Database.h"
#include "Query.h"
#include "UnitOfWork.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace chairside {

namespace {

const QStringList kOperations{QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")};

Error storeError(const QSqlQuery& q)
{
    return Error::internal(QStringLiteral("Store replication failed: %1").arg(q.lastError().text()));
}

// The columns of each replicated table, read once from the schema; a peer's change may name no other.
const QHash<QString, QSet<QString>>& replicatedColumns(const QSqlDatabase& conn)
{
    static const QHash<QString, QSet<QString>> columns = [&conn] {
        QHash<QString, QSet<QString>> all;
        for (const QString& table : Database::replicatedTables()) {
            const QSqlRecord record = conn.record(table);
            for (int i = 0; i < record.count(); ++i)
                all[table].insert(record.fieldName(i));
        }
        return all;
    }();
    return columns;
}

QVariantMap fieldsFromJson(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object().toVariantMap();
}

} // namespace

QJsonObject Change::toJson() const
{
    return {{QStringLiteral("site_id"), siteId},
            {QStringLiteral("origin_seq"), originSeq},
            {QStringLiteral("hlc"), hlc},
            {QStringLiteral("tx_id"), txId},
            {QStringLiteral("table"), table},
            {QStringLiteral("row_id"), rowId},
            {QStringLiteral("op"), op},
            {QStringLiteral("fields"), QJsonObject::fromVariantMap(fields)},
            {QStringLiteral("actor_id"), actorId.isEmpty() ? QJsonValue() : QJsonValue(actorId)},
            {QStringLiteral("at"), at}};
}

Result<Change> Change::fromJson(const QJsonObject& o)
{
    Change c;
    c.siteId = o.value(QStringLiteral("site_id")).toString();
    c.originSeq = o.value(QStringLiteral("origin_seq")).toInteger(-1);
    c.hlc = o.value(QStringLiteral("hlc")).toInteger(-1);
    c.txId = o.value(QStringLiteral("tx_id")).toString();
    c.table = o.value(QStringLiteral("table")).toString();
    c.rowId = o.value(QStringLiteral("row_id")).toString();
    c.op = o.value(QStringLiteral("op")).toString();
    c.fields = o.value(QStringLiteral("fields")).toObject().toVariantMap();
    c.actorId = o.value(QStringLiteral("actor_id")).toString();
    c.at = o.value(QStringLiteral("at")).toString();
    if (c.siteId.isEmpty() || c.txId.isEmpty() || c.table.isEmpty() || c.rowId.isEmpty() || c.at.isEmpty() ||
        c.originSeq < 1 || c.hlc < 0 || !kOperations.contains(c.op) ||
        !o.value(QStringLiteral("fields")).isObject())
        return Error::invalid(QStringLiteral("A change is malformed."));
    return c;
}

QJsonObject versionVectorToJson(const VersionVector& vector)
{
    QJsonObject o;
    for (auto it = vector.cbegin(); it != vector.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

VersionVector versionVectorFromJson(const QJsonObject& object)
{
    VersionVector vector;
    for (auto it = object.begin(); it != object.end(); ++it)
        vector.insert(it.key(), it.value().toInteger());
    return vector;
}

Replica::Replica(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

VersionVector Replica::versionVector() const
{
    // A skip scan over the (site_id, origin_seq) index: one seek per site, however long the log is.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    VersionVector vector;
    if (!q.exec(QStringLiteral(
            "WITH RECURSIVE sites (site) AS (SELECT MIN(site_id) FROM change_log UNION ALL "
            "SELECT (SELECT MIN(site_id) FROM change_log WHERE site_id > site) FROM sites WHERE site IS NOT "
            "NULL) "
            "SELECT site, (SELECT MAX(origin_seq) FROM change_log WHERE site_id = site) FROM sites "
            "WHERE site IS NOT NULL")))
        return vector;
    while (q.next())
        vector.insert(q.value(0).toString(), q.value(1).toLongLong());
    return vector;
}

Result<ChangeBatch> Replica::changesSince(qint64 afterSeq, const VersionVector& have, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, site_id, origin_seq, hlc, tx_id, table_name, row_id, op, fields, "
                             "actor_id, at FROM change_log WHERE seq > ? ORDER BY seq"));
    q.addBindValue(afterSeq);
    if (!q.exec())
        return storeError(q);
    ChangeBatch batch;
    batch.lastSeq = afterSeq;
    int read = 0;
    QString lastTx;
    while (q.next()) {
        const QString tx = q.value(4).toString();
        // A transaction's rows are adjacent in the log (each was written or applied in one go), so the
        // batch ends only where one transaction ends and the next begins.
        if (read >= limit && tx != lastTx) {
            batch.more = true;
            break;
        }
        ++read;
        lastTx = tx;
        batch.lastSeq = q.value(0).toLongLong();
        const QString site = q.value(1).toString();
        const qint64 originSeq = q.value(2).toLongLong();
        if (originSeq <= have.value(site, 0))
            continue;
        Change c;
        c.siteId = site;
        c.originSeq = originSeq;
        c.hlc = q.value(3).toLongLong();
        c.txId = tx;
        c.table = q.value(5).toString();
        c.rowId = q.value(6).toString();
        c.op = q.value(7).toString();
        c.fields = fieldsFromJson(q.value(8).toString());
        c.actorId = q.value(9).toString();
        c.at = q.value(10).toString();
        batch.changes.append(c);
    }
    return batch;
}

Result<int> Replica::apply(const QList<Change>& changes)
{
    return merge(changes, {}, 0, 0);
}

Result<int> Replica::applyFromPeer(const QList<Change>& changes, const QString& peerSiteId, qint64 fromSeq,
                                   qint64 toSeq)
{
    if (peerSiteId.isEmpty() || toSeq < fromSeq)
        return Error::invalid(QStringLiteral("A batch from a peer needs the peer and the range it covers."));
    return merge(changes, peerSiteId, fromSeq, toSeq);
}

Result<int> Replica::merge(const QList<Change>& changes, const QString& peerSiteId, qint64 fromSeq,
                           qint64 toSeq)
{
    QSqlDatabase conn = m_db.connection();
    const auto& columns = replicatedColumns(conn);
    for (const Change& c : changes) {
        if (!columns.contains(c.table))
            return Error::invalid(
                QStringLiteral("A change names %1, which is not a replicated table.").arg(c.table));
        if (!kOperations.contains(c.op) || c.originSeq < 1 || c.siteId.isEmpty() || c.rowId.isEmpty())
            return Error::invalid(QStringLiteral("A change is malformed."));
        for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
            if (it.key() == QLatin1String("id") || !columns.value(c.table).contains(it.key()))
                return Error::invalid(
                    QStringLiteral("A change names %1.%2, which this station does not have.")
                        .arg(c.table, it.key()));
        }
    }

    // A row may arrive before the row it points to (a patient's appointment from one peer, the patient from
    // another); refusing it would lose it. References were checked where the change was made. The pragma only
    // takes effect outside a transaction, so it is set before the unit begins.
    QSqlQuery pragma(conn);
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto restore = qScopeGuard([&pragma] { pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")); });

    UnitOfWork uow(m_db, m_clock, Actor::system(QStringLiteral("sync")));
    if (!peerSiteId.isEmpty()) {
        // Read inside the unit: another pull from the same peer cannot move the checkpoint meanwhile.
        const qint64 held = checkpoint(peerSiteId);
        if (held != fromSeq)
            return Error::conflict(
                QStringLiteral("The batch starts after %1 but this station has read the peer up "
                               "to %2; read on from there.")
                    .arg(fromSeq)
                    .arg(held));
    }
    int applied = 0;
    qint64 firstNewSeq =
        0; // the unit holds the write lock from its first insert: later rows are this batch's
    QList<std::pair<QString, QString>> touched;
    QSet<QString> seen;
    for (const Change& c : changes) {
        sql::Statement insert(
            conn, QStringLiteral("INSERT INTO change_log (site_id, origin_seq, hlc, tx_id, table_name, "
                                 "row_id, op, fields, actor_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (site_id, origin_seq) DO NOTHING"));
        const QString fields = QString::fromUtf8(
            QJsonDocument(QJsonObject::fromVariantMap(c.fields)).toJson(QJsonDocument::Compact));
        if (!insert.exec({c.siteId, c.originSeq, c.hlc, c.txId, c.table, c.rowId, c.op, fields,
                          c.actorId.isEmpty() ? QVariant() : QVariant(c.actorId), c.at}))
            return storeError(insert.query());
        if (insert.query().numRowsAffected() == 0)
            continue; // held already
        ++applied;
        if (firstNewSeq == 0)
            firstNewSeq = insert.query().lastInsertId().toLongLong();
        m_db.observeHlc(c.hlc);
        const QString key = c.table + QLatin1Char('/') + c.rowId;
        if (!seen.contains(key)) {
            seen.insert(key);
            touched.append({c.table, c.rowId});
        }
    }
    for (const auto& [table, rowId] : touched) {
        if (Status e = materialize(table, rowId))
            return *e;
    }
    if (firstNewSeq > 0) {
        // The audit log shows every write made on any station: a change from elsewhere is recorded here as
        // it arrives, with who made it, its origin's time, and the origin station (station_id). (Recorded,
        // not replicated: an audit entry that replicated would be applied, and audited, and replicated again,
        // without end.) One statement for the batch: row by row it cost a third of the merge. Ids are random
        // (v4) UUIDs.
        sql::Statement audit(
            conn,
            QStringLiteral(
                "INSERT INTO audit_log (id, at, actor_id, source, action, table_name, row_id, detail, kind, "
                "station_id) "
                "SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
                "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || "
                "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), at, actor_id, 'sync', "
                "table_name || '.' || op, table_name, row_id, json_object('fields', "
                "(SELECT json_group_array(key) FROM json_each(fields)), 'site_id', site_id, 'origin_seq', "
                "origin_seq), 'write', site_id FROM change_log WHERE seq >= ? ORDER BY seq"));
        if (!audit.exec({firstNewSeq}))
            return storeError(audit.query());
    }
    if (!peerSiteId.isEmpty()) {
        sql::Statement checkpoint(
            conn, QStringLiteral(
                      "INSERT INTO sync_checkpoints (peer_site_id, peer_seq, updated_at) VALUES (?, ?, ?) "
                      "ON CONFLICT (peer_site_id) DO UPDATE SET peer_seq = excluded.peer_seq, "
                      "updated_at = excluded.updated_at"));
        if (!checkpoint.exec({peerSiteId, toSeq, uow.nowIso()}))
            return storeError(checkpoint.query());
    }
    if (applied > 0) {
        if (Status e =
                uow.audit(QStringLiteral("sync.apply"), {}, {},
                          {{QStringLiteral("peer"), peerSiteId}, {QStringLiteral("changes"), applied}}))
            return *e;
    }
    if (Status e = uow.commit())
        return *e;
    return applied;
}

Status Replica::materialize(const QString& table, const QString& rowId)
{
    QSqlDatabase conn = m_db.connection();
    struct Winner
    {
        qint64 hlc;
        QString site;
        QVariant value;
    };
    QMap<QString, Winner> winners; // ordered, so the statement text is the same for the same fields
    bool inserted = false;
    {
        sql::Statement log(conn, QStringLiteral("SELECT op, hlc, site_id, fields FROM change_log "
                                                "WHERE table_name = ? AND row_id = ?"));
        if (!log.exec({table, rowId}))
            return storeError(log.query());
        while (log.query().next()) {
            inserted = inserted || log.query().value(0).toString() == QLatin1String("insert");
            const qint64 hlc = log.query().value(1).toLongLong();
            const QString site = log.query().value(2).toString();
            const QVariantMap fields = fieldsFromJson(log.query().value(3).toString());
            for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
                auto winner = winners.find(it.key());
                if (winner == winners.end())
                    winners.insert(it.key(), {hlc, site, it.value()});
                else if (hlc > winner->hlc || (hlc == winner->hlc && site > winner->site))
                    *winner = {hlc, site, it.value()};
            }
        }
    }
    if (!inserted || winners.isEmpty())
        return std::nullopt; // the row comes into being with its insert, which has not arrived yet

    QStringList names;
    QVariantList values;
    for (auto it = winners.cbegin(); it != winners.cend(); ++it) {
        names.append(it.key());
        values.append(it->value);
    }
    // Table and column names were checked against the schema before anything was written.
    QStringList sets;
    for (const QString& name : names)
        sets.append(name + QStringLiteral(" = excluded.") + name);
    sql::Statement upsert(
        conn, QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?%3) ON CONFLICT (id) DO UPDATE SET %4")
                  .arg(table, names.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(names.size()),
                       sets.join(QStringLiteral(", "))));
    values.prepend(rowId);
    if (!upsert.exec(values))
        return storeError(upsert.query());
    return std::nullopt;
}

Result<qint64> Replica::compact(const QDateTime& before, int perTransaction)
{
    QSqlDatabase conn = m_db.connection();
    // Each site's newest entry stays: the version vector and the next origin_seq are read from it. (One seek
    // per site, from the vector itself, rather than a newest-of-its-site test on every log row.)
    QSet<qint64> kept;
    const VersionVector newest = versionVector();
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        sql::Statement seq(conn,
                           QStringLiteral("SELECT seq FROM change_log WHERE site_id = ? AND origin_seq = ?"));
        if (!seq.exec({it.key(), it.value()}))
            return storeError(seq.query());
        if (seq.query().next())
            kept.insert(seq.query().value(0).toLongLong());
    }

    // Every change of each row that has an old update or delete, row by row (the (table, row) index keeps
    // them together).
    QList<qint64> dropped;
    {
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT seq, table_name, row_id, op, hlc, site_id, fields, at FROM change_log "
                           "WHERE (table_name, row_id) IN (SELECT table_name, row_id FROM change_log "
                           "WHERE op != 'insert' AND at < ?) ORDER BY table_name, row_id"));
        q.addBindValue(toIsoUtc(before));
        if (!q.exec())
            return storeError(q);
        struct Entry
        {
            qint64 seq;
            bool droppable;
            std::pair<qint64, QString> clock; // (hlc, site id): the newer wins
            QStringList fields;
        };
        QList<Entry> row;
        QString rowKey;
        const QString cutoff = toIsoUtc(before);
        const auto settleRow = [&] {
            QHash<QString, std::pair<qint64, QString>> newest;
            for (const Entry& e : row)
                for (const QString& field : e.fields) {
                    auto it = newest.find(field);
                    if (it == newest.end() || e.clock > *it)
                        newest.insert(field, e.clock);
                }
            for (const Entry& e : row) {
                if (!e.droppable)
                    continue;
                // Droppable when every field it wrote has a strictly newer write (ties are kept).
                const bool superseded =
                    std::all_of(e.fields.cbegin(), e.fields.cend(),
                                [&](const QString& f) { return newest.value(f) > e.clock; });
                if (superseded)
                    dropped.append(e.seq);
            }
            row.clear();
        };
        while (q.next()) {
            const QString key = q.value(1).toString() + QLatin1Char('/') + q.value(2).toString();
            if (key != rowKey) {
                settleRow();
                rowKey = key;
            }
            const qint64 seq = q.value(0).toLongLong();
            const bool droppable = q.value(3).toString() != QLatin1String("insert") &&
                                   q.value(7).toString() < cutoff && !kept.contains(seq);
            row.append({seq,
                        droppable,
                        {q.value(4).toLongLong(), q.value(5).toString()},
                        fieldsFromJson(q.value(6).toString()).keys()});
        }
        settleRow();
    }

    qint64 count = 0;
    for (qsizetype from = 0; from < dropped.size(); from += perTransaction) {
        const QList<qint64> chunk = dropped.mid(from, perTransaction);
        QStringList seqs;
        for (qint64 seq : chunk)
            seqs.append(QString::number(seq));
        // A unit of work opens the write path; the log's own guard lets deletes through only while the flag
        // is up, inside this transaction.
        UnitOfWork uow(m_db, m_clock, Actor::system(QStringLiteral("sync")));
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("INSERT INTO station_meta (key, value) VALUES ('compacting_log', '1')")) ||
            !q.exec(QStringLiteral("DELETE FROM change_log WHERE seq IN (%1)")
                        .arg(seqs.join(QLatin1Char(',')))) ||
            !q.exec(QStringLiteral("DELETE FROM station_meta WHERE key = 'compacting_log'")))
            return storeError(q); // the unit rolls back
        if (Status e = uow.commit())
            return *e;
        count += chunk.size();
    }
    return count;
}

qint64 Replica::checkpoint(const QString& peerSiteId) const
{
    auto seq = sql::scalar(m_db.connection(),
                           QStringLiteral("SELECT peer_seq FROM sync_checkpoints WHERE peer_site_id = ?"),
                           {peerSiteId});
    return seq && seq->isValid() ? seq->toLongLong() : 0;
}

Result<QString> Replica::digest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables = Database::replicatedTables();
    tables.sort();
    for (const QString& table : tables) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
            return storeError(q);
        hash.addData(table.toUtf8());
        while (q.next()) {
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant v = q.value(i);
                // A tag per value keeps NULL, '' and 'NULL' apart.
                hash.addData(v.isNull() ? QByteArrayLiteral("\x01")
                                        : QByteArrayLiteral("\x02") + v.toString().toUtf8());
                hash.addData(QByteArray(1, '\0'));
            }
            hash.addData(QByteArrayLiteral("\n"));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace chairside

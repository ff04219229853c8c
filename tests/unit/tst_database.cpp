#include "store/Database.h"
#include "store/Query.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sqlite3.h>

using namespace chairside;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant pragma(Database& db, const char* name)
{
    return sql::scalar(db.connection(), QStringLiteral("PRAGMA %1").arg(QString::fromLatin1(name))).value();
}

// Writes a raw header field with the sqlite3 C API, the way a newer Chairside would leave the file.
void setUserVersion(const QString& path, int version)
{
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    const QByteArray sqlText = "PRAGMA user_version = " + QByteArray::number(version);
    QCOMPARE(sqlite3_exec(raw, sqlText.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void freshStoreIsMigratedAndConfigured()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.db")));
        QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(pragma(**db, "journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(**db, "foreign_keys").toInt(), 1);
        for (const QString& table : Database::replicatedTables()) {
            auto found = sql::scalar((*db)->connection(),
                                     QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"), {table});
            QVERIFY2(found->isValid(), qPrintable(table));
        }
        QVERIFY(!(*db)->siteId().isEmpty());
    }

    void reopenKeepsSiteIdAndDoesNotRemigrate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.db"));
        QString site;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            site = (*db)->siteId();
        }
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QCOMPARE((*again)->siteId(), site);
    }

    void aCopiedStoreTakesANewSiteIdAndKeepsItsHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.db"));
        QString site;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            site = (*db)->siteId();
            QSqlQuery checkpoint((*db)->connection());
            QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        // Copied elsewhere, with the file that remembers the id beside it, as a folder copy would.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("copy"))));
        const QString copy = dir.filePath(QStringLiteral("copy/s.db"));
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(QFile::copy(path + QStringLiteral(".site"), copy + QStringLiteral(".site")));
        QString copySite;
        {
            auto copied = Database::open(copy);
            QVERIFY(copied.ok());
            copySite = (*copied)->siteId();
            QVERIFY(copySite != site);
        }
        // Each keeps its own from then on.
        QCOMPARE((*Database::open(copy))->siteId(), copySite);
        QCOMPARE((*Database::open(path))->siteId(), site);
        // A store without that file (copied alone) takes a new id too: in doubt, a new id is always safe.
        QVERIFY(QFile::remove(path + QStringLiteral(".site")));
        QVERIFY((*Database::open(path))->siteId() != site);
    }

    void everyThreadGetsItsOwnConfiguredConnection()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.db")));
        QVERIFY(db.ok());
        Database& store = **db;
        QString mainName = store.connection().connectionName();
        QString workerName;
        int workerForeignKeys = -1;
        QThread* worker = QThread::create([&] {
            workerName = store.connection().connectionName();
            workerForeignKeys =
                sql::scalar(store.connection(), QStringLiteral("PRAGMA foreign_keys"))->toInt();
            store.releaseThreadConnection();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QCOMPARE(workerForeignKeys, 1);
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.db")));
        QVERIFY(db.ok());
        // auth_tokens is a local table (not behind the write gate) with a foreign key to users.
        QSqlQuery q((*db)->connection());
        QVERIFY(!q.exec(
            QStringLiteral("INSERT INTO auth_tokens (token_hash, user_id, kind, created_at, expires_at) "
                           "VALUES ('h', 'no-such-user', 'opaque', 'x', 'y')")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("FOREIGN KEY")));
    }

    // A store from before schema 9 that already has changes: the upgrade numbers them per site (the change
    // log is append-only, so the migration must lift its own guard for that one update).
    void aStoreWithHistoryIsUpgradedToPerSiteSequences()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        {
            // Back to schema 8 by hand, with three changes of two sites in the log.
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const char* statement :
                 {"DROP INDEX appointments_open",
                  "DROP INDEX change_log_origin",
                  "ALTER TABLE change_log DROP COLUMN origin_seq",
                  "DROP TABLE sync_checkpoints",
                  "DROP TABLE sync_peers",
                  "DROP TABLE sync_pairing_codes",
                  "DROP TABLE clinical_notes",
                  "DROP TABLE medical_documents",
                  "DROP TABLE vital_signs",
                  "DROP TABLE prescription_items",
                  "DROP TABLE prescriptions",
                  "DROP TABLE consultations",
                  "DROP TABLE notifications",
                  "DROP TABLE payments",
                  "DROP TABLE invoices",
                  "DROP TABLE medical_records",
                  "ALTER TABLE mail_outbox DROP COLUMN channel",
                  "ALTER TABLE mail_outbox DROP COLUMN notification_id",
                  "ALTER TABLE patients DROP COLUMN email_opt_out",
                  "ALTER TABLE patients DROP COLUMN sms_opt_out",
                  "ALTER TABLE appointments DROP COLUMN time_slot_id",
                  "ALTER TABLE appointments DROP COLUMN consultation_type",
                  "ALTER TABLE appointments DROP COLUMN priority",
                  "ALTER TABLE appointments DROP COLUMN contact_phone",
                  "ALTER TABLE appointments DROP COLUMN symptoms",
                  "ALTER TABLE appointments DROP COLUMN doctor_notes",
                  "DROP TABLE time_slots",
                  "DROP TABLE calendar_feeds",
                  "ALTER TABLE audit_log DROP COLUMN kind",
                  "ALTER TABLE audit_log DROP COLUMN station_id",
                  "ALTER TABLE audit_log DROP COLUMN client",
                  "INSERT INTO change_log (site_id, hlc, tx_id, table_name, row_id, op, fields, at) VALUES "
                  "('a', 1, 't1', 'chairs', 'c1', 'insert', '{}', 'now'), "
                  "('b', 2, 't2', 'chairs', 'c2', 'insert', '{}', 'now'), "
                  "('a', 3, 't3', 'chairs', 'c1', 'update', '{}', 'now')",
                  "PRAGMA user_version = 8"})
                QVERIFY2(q.exec(QString::fromLatin1(statement)), qPrintable(q.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));

        auto upgraded = Database::open(path);
        QVERIFY2(upgraded.ok(), upgraded ? "" : qPrintable(upgraded.error().message));
        QCOMPARE((*upgraded)->schemaVersion(), Database::latestSchemaVersion());
        auto rows = sql::select((*upgraded)->connection(),
                                QStringLiteral("SELECT site_id, origin_seq FROM change_log ORDER BY seq"));
        QVERIFY(rows);
        QStringList numbered;
        for (const QVariantMap& r : *rows)
            numbered << r.value(QStringLiteral("site_id")).toString() +
                            r.value(QStringLiteral("origin_seq")).toString();
        QCOMPARE(numbered, (QStringList{QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("a2")}));
        // And the log is append-only again.
        QSqlQuery update((*upgraded)->connection());
        QVERIFY(!update.exec(QStringLiteral("UPDATE change_log SET origin_seq = 9")));
    }

    void newerStoreIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        setUserVersion(path, Database::latestSchemaVersion() + 1);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        const QByteArray before = fileHash(path);
        auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("newer Chairside")),
                 qPrintable(refused.error().message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void foreignDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(
            sqlite3_exec(raw, "PRAGMA application_id = 1234; CREATE TABLE x (a)", nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(raw);
        auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("not a Chairside store")));
    }

    void hybridClockIsStrictlyIncreasing()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.db")));
        QVERIFY(db.ok());
        const qint64 a = (*db)->nextHlc(1000);
        const qint64 b = (*db)->nextHlc(1000); // same millisecond: counter moves
        const qint64 c = (*db)->nextHlc(999);  // clock stepped back: still increases
        const qint64 d = (*db)->nextHlc(2000);
        QCOMPARE(a, qint64(1000) << 16);
        QCOMPARE(b, a + 1);
        QCOMPARE(c, b + 1);
        QCOMPARE(d, qint64(2000) << 16);
    }

    // The prepared-statement cache (sql::Statement) must be invisible: fresh results every time, errors
    // reported, a statement in use kept alive when the cache starts afresh, and a released connection's
    // statements forgotten.
    void cachedStatementsBehaveLikeFreshOnes()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.db")));
        QVERIFY(db.ok());
        const QString count = QStringLiteral("SELECT count(*) FROM station_meta WHERE key LIKE ?");
        const int before = sql::scalar((*db)->connection(), count, {QStringLiteral("t%")})->toInt();
        QSqlQuery insert((*db)->connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO station_meta (key, value) VALUES ('t1', 'x')")));
        QCOMPARE(sql::scalar((*db)->connection(), count, {QStringLiteral("t%")})->toInt(), before + 1);

        auto bad = sql::scalar((*db)->connection(), QStringLiteral("SELECT nope FROM nowhere"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("nowhere")), qPrintable(bad.error().message));
        QVERIFY(!sql::scalar((*db)->connection(), QStringLiteral("SELECT nope FROM nowhere")).ok());

        {
            // A statement being read while hundreds of others push the cache past its size.
            sql::Statement reading((*db)->connection(),
                                   QStringLiteral("SELECT key FROM station_meta ORDER BY key"));
            QVERIFY(reading.exec({}));
            for (int i = 0; i < 300; ++i)
                QCOMPARE(sql::scalar((*db)->connection(), QStringLiteral("SELECT %1").arg(i))->toInt(), i);
            int rows = 0;
            while (reading.query().next())
                ++rows;
            QVERIFY(rows >= 2); // site id and t1 at least
        }

        // A new connection on this thread (after a release) starts with no statements of the old one.
        (*db)->releaseThreadConnection();
        QCOMPARE(sql::scalar((*db)->connection(), count, {QStringLiteral("t%")})->toInt(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

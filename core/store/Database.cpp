#include "Database.h"

#include "Query.h"
#include "SqliteDialect.h"
#include "Uuid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace chairside {

namespace {

const QString kMigrationDir = QStringLiteral(":/chairside/migrations");
// "CHRS": marks a file as a Chairside store so we never migrate somebody else's database.
constexpr int kApplicationId = 0x43485253;

struct Migration
{
    int number;
    QString file;
};

QList<Migration> embeddedMigrations()
{
    QList<Migration> result;
    const QStringList files =
        QDir(kMigrationDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        bool ok = false;
        const int number = file.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok)
            result.append({number, file});
    }
    return result;
}

QVariant scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

Status execAll(QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return Error::internal(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
    }
    return std::nullopt;
}

// Reads the header of an existing store straight from the file (user_version at byte 60, application_id at
// 68, both big-endian), so a refused store is not touched at all: even a read-only SQLite open of a WAL
// database would create its -wal and -shm files.
Status checkExistingStore(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::unavailable(
            QStringLiteral("Cannot open the store %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return std::nullopt; // an empty file becomes a new store
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error::invalid(
            QStringLiteral("%1 is not a SQLite database; it was left untouched.").arg(path));
    auto bigEndian = [&header](int offset) {
        return qint32(quint32(quint8(header[offset])) << 24 | quint32(quint8(header[offset + 1])) << 16 |
                      quint32(quint8(header[offset + 2])) << 8 | quint32(quint8(header[offset + 3])));
    };
    const int version = bigEndian(60);
    const int appId = bigEndian(68);
    if (appId != 0 && appId != kApplicationId)
        return Error::invalid(
            QStringLiteral("%1 is not a Chairside store; it was left untouched.").arg(path));
    if (version > Database::latestSchemaVersion())
        return Error::conflict(
            QStringLiteral("The store %1 was written by a newer Chairside (schema version %2; this "
                           "version understands up to %3). Install the newer Chairside to open it; "
                           "the store was left untouched.")
                .arg(path)
                .arg(version)
                .arg(Database::latestSchemaVersion()));
    return std::nullopt;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_instanceTag(Uuid::v7())
{}

Database::~Database()
{
    releaseThreadConnection();
}

int Database::latestSchemaVersion()
{
    const QList<Migration> all = embeddedMigrations();
    return all.isEmpty() ? 0 : all.last().number;
}

const QStringList& Database::replicatedTables()
{
    static const QStringList tables{QStringLiteral("users"),
                                    QStringLiteral("patients"),
                                    QStringLiteral("doctors"),
                                    QStringLiteral("patient_doctor_mappings"),
                                    QStringLiteral("clinic_settings"),
                                    QStringLiteral("chairs"),
                                    QStringLiteral("working_hours"),
                                    QStringLiteral("schedule_exceptions"),
                                    QStringLiteral("appointments"),
                                    QStringLiteral("appointment_history"),
                                    QStringLiteral("materials"),
                                    QStringLiteral("stock_movements"),
                                    QStringLiteral("clinical_records"),
                                    QStringLiteral("record_images"),
                                    QStringLiteral("ai_readings"),
                                    QStringLiteral("clinical_notes"),
                                    QStringLiteral("medical_documents"),
                                    QStringLiteral("consultations"),
                                    QStringLiteral("vital_signs"),
                                    QStringLiteral("prescriptions"),
                                    QStringLiteral("prescription_items"),
                                    QStringLiteral("notifications"),
                                    QStringLiteral("payments"),
                                    QStringLiteral("invoices"),
                                    QStringLiteral("medical_records"),
                                    QStringLiteral("time_slots"),
                                    QStringLiteral("calendar_feeds")};
    return tables;
}

const QStringList& Database::guardedTables()
{
    static const QStringList tables =
        replicatedTables() + QStringList{QStringLiteral("change_log"), QStringLiteral("audit_log")};
    return tables;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::unavailable(
            QStringLiteral("Cannot create the data folder %1.").arg(info.absolutePath()));
    if (info.exists()) {
        if (Status refused = checkExistingStore(path))
            return *refused;
    }

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath()));
    if (Status failed = db->migrate())
        return *failed;

    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return Error::unavailable(
            QStringLiteral("Cannot open the store %1: %2").arg(path, conn.lastError().text()));
    QSqlQuery q(conn);
    q.exec(QStringLiteral("SELECT key, value FROM station_meta WHERE key IN ('site_id', 'hlc')"));
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("site_id"))
            db->m_siteId = q.value(1).toString();
        else
            db->m_lastHlc = q.value(1).toLongLong();
    }
    // The site id names this station's changes on every other station, so two stores must never share one.
    // A copy of a store (another folder, another machine) would: the id is also kept outside the store,
    // with the store's path, and a store found anywhere else than where its id was given takes a new one.
    // Its earlier changes keep the old id, so nothing already replicated is renamed.
    const QString identityPath = db->m_path + QStringLiteral(".site");
    const auto identity = [&db] {
        return (db->m_siteId + QLatin1Char('\n') + db->m_path + QLatin1Char('\n')).toUtf8();
    };
    QFile identityFile(identityPath);
    const bool known = !db->m_siteId.isEmpty() && identityFile.open(QIODevice::ReadOnly) &&
                       identityFile.readAll() == identity();
    identityFile.close();
    if (!known) {
        db->m_siteId = Uuid::v7();
        QSqlQuery record(conn);
        record.prepare(QStringLiteral("INSERT INTO station_meta (key, value) VALUES ('site_id', ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        record.addBindValue(db->m_siteId);
        if (!record.exec())
            return Error::internal(
                QStringLiteral("Cannot record the site id: %1").arg(record.lastError().text()));
        QSaveFile written(identityPath);
        if (!written.open(QIODevice::WriteOnly) || written.write(identity()) < 0 || !written.commit())
            return Error::unavailable(
                QStringLiteral("Cannot write %1: %2").arg(identityPath, written.errorString()));
    }
    return db;
}

Status Database::migrate()
{
    const QString name = QStringLiteral("chairside-migrate-%1").arg(m_instanceTag);
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            status =
                Error::unavailable(QStringLiteral("Cannot open %1: %2").arg(m_path, db.lastError().text()));
        } else {
            status = execAll(db, {QStringLiteral("PRAGMA journal_mode=WAL"),
                                  QStringLiteral("PRAGMA busy_timeout=10000"),
                                  QStringLiteral("PRAGMA foreign_keys=ON")});
            const int current = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
            for (const Migration& m : embeddedMigrations()) {
                if (status || m.number <= current)
                    continue;
                QFile file(kMigrationDir + QLatin1Char('/') + m.file);
                if (!file.open(QIODevice::ReadOnly)) {
                    status = Error::internal(QStringLiteral("Missing embedded migration %1").arg(m.file));
                    break;
                }
                const QString script = QStringLiteral("BEGIN IMMEDIATE;\n%1\nPRAGMA user_version = %2;\n"
                                                      "PRAGMA application_id = %3;\nCOMMIT;")
                                           .arg(QString::fromUtf8(file.readAll()))
                                           .arg(m.number)
                                           .arg(kApplicationId);
                if (const QString err = sqlite::executeScript(db, script); !err.isEmpty()) {
                    sqlite::executeScript(db, QStringLiteral("ROLLBACK"));
                    status = Error::internal(QStringLiteral("Migration %1 failed: %2").arg(m.file, err));
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

QString Database::connectionName() const
{
    return QStringLiteral("chairside-%1-%2").arg(m_instanceTag).arg(quintptr(QThread::currentThreadId()));
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    if (db.open()) {
        if (Status failed = configure(db)) {
            qWarning("Chairside store: %s", qPrintable(failed->message));
            db.close();
        }
    }
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    sql::forgetStatements(name);
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

Status Database::configure(QSqlDatabase& db) const
{
    QStringList statements{
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA busy_timeout=10000"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        // 32 MiB of page cache per connection instead of SQLite's 2 MiB: a broad patient search on a
        // 100k-patient store reads a few thousand rows, and with the small cache each search went back to the
        // file (tests/bench: p99 12.6 ms -> see docs/performance.md).
        QStringLiteral("PRAGMA cache_size=-32768"),
        // The write-path guard: a row here means a UnitOfWork is open on this connection. TEMP objects are
        // per connection, so every connection carries its own guard and no other code can lift it.
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS write_gate (open INTEGER NOT NULL)"),
    };
    for (const QString& table : guardedTables()) {
        for (const QString& op :
             {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
            // A read of patient data is recorded in the audit log without a unit of work (it changes no
            // row; auditlog::appendRead): the one thing written past the gate.
            const QString readEntry = table == QLatin1String("audit_log") && op == QLatin1String("INSERT")
                                          ? QStringLiteral("NEW.kind IS NOT 'read' AND ")
                                          : QString();
            statements.append(
                QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS guard_%1_%2 BEFORE %3 ON main.%1 "
                               "WHEN %4NOT EXISTS (SELECT 1 FROM temp.write_gate) BEGIN "
                               "SELECT RAISE(ABORT, 'write to %1 outside the write path'); END")
                    .arg(table, op.toLower(), op, readEntry));
        }
    }
    return execAll(db, statements);
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    return scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

qint64 Database::lastChangeSeq() const
{
    auto seq = sql::scalar(connection(), QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log"));
    return seq ? seq->toLongLong() : 0;
}

qint64 Database::nextHlc(qint64 physicalMs)
{
    QMutexLocker lock(&m_hlcMutex);
    m_lastHlc = std::max(physicalMs << 16, m_lastHlc + 1);
    return m_lastHlc;
}

void Database::observeHlc(qint64 remote)
{
    QMutexLocker lock(&m_hlcMutex);
    m_lastHlc = std::max(m_lastHlc, remote);
}

qint64 Database::lastHlc() const
{
    QMutexLocker lock(&m_hlcMutex);
    return m_lastHlc;
}

} // namespace chairside

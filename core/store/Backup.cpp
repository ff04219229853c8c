#include "Backup.h"

#include "BlobStore.h"
#include "store/Database.h"
#include "store/StationLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <sqlite3.h>
#include <unistd.h>

namespace chairside {

namespace {

const QString kManifestName = QStringLiteral("manifest.json");
const QString kManifestHashName = QStringLiteral("manifest.sha256");
const QString kBlobsDir = QStringLiteral("blobs");
const QString kFormatName = QStringLiteral("chairside-backup");
constexpr qint64 kBlock = 512;
constexpr qint64 kChunk = 1 << 20;
// The manifest and its hash are read into memory; nothing honest is near this size.
constexpr qint64 kMaxManifestSize = 256 << 20;

// ---- SQLite, natively: the online backup API and PRAGMAs on files that are not (yet) a station's store ----

class SqliteFile
{
public:
    SqliteFile() = default;
    ~SqliteFile()
    {
        if (m_db)
            sqlite3_close(m_db);
    }
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    Status open(const QString& path, int flags)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK)
            return Error::unavailable(QStringLiteral("Cannot open %1: %2").arg(path, errorText()));
        sqlite3_busy_timeout(m_db, 10000);
        return std::nullopt;
    }
    Status exec(const char* sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            return Error::internal(QStringLiteral("%1: %2").arg(QLatin1String(sql), errorText()));
        return std::nullopt;
    }
    // The first column of each row of a query without parameters.
    Result<QStringList> column(const char* sql)
    {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return Error::internal(QStringLiteral("%1: %2").arg(QLatin1String(sql), errorText()));
        QStringList values;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            values.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))));
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return Error::internal(QStringLiteral("%1: %2").arg(QLatin1String(sql), errorText()));
        return values;
    }
    QString first(const char* sql)
    {
        auto values = column(sql);
        return values && !values->isEmpty() ? values->first() : QString();
    }
    bool hasTable(const QString& table)
    {
        const auto found =
            column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                       .arg(table)
                       .toUtf8()
                       .constData());
        return found && found->size() == 1;
    }
    QString errorText() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    }
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

// A consistent copy of the store at `storePath` in `target`. The source's read transaction is opened first
// and held until the last page is copied, so every step reads the same snapshot while other connections (the
// running station) go on writing to the WAL.
Status snapshotStore(const QString& storePath, const QString& target, const BackupProgress& progress)
{
    SqliteFile source;
    if (Status failed = source.open(storePath, SQLITE_OPEN_READWRITE))
        return failed;
    if (Status failed = source.exec("BEGIN; SELECT count(*) FROM sqlite_master;"))
        return failed;
    QFile::remove(target);
    SqliteFile copy;
    if (Status failed = copy.open(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
        return failed;
    sqlite3_backup* backup = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
    if (!backup)
        return Error::internal(QStringLiteral("Cannot start the store's backup: %1").arg(copy.errorText()));
    int lastPercent = -1;
    int rc = SQLITE_OK;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        rc = sqlite3_backup_step(backup, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            QThread::msleep(20);
        const int total = sqlite3_backup_pagecount(backup);
        const int percent =
            total > 0 ? int(100 * qint64(total - sqlite3_backup_remaining(backup)) / total) : 0;
        if (progress && percent / 10 != lastPercent / 10) {
            progress(QStringLiteral("Copying the store: %1%").arg(percent));
            lastPercent = percent;
        }
    }
    sqlite3_backup_finish(backup);
    source.exec("COMMIT");
    if (rc != SQLITE_DONE)
        return Error::unavailable(QStringLiteral("The store's backup failed: %1").arg(copy.errorText()));
    // The copy is one self-contained file, not a WAL database waiting for its -wal.
    return copy.exec("PRAGMA journal_mode=DELETE");
}

// The image files a store's rows name, deleted rows included (a deleted row may be restored by a later edit).
Result<QStringList> namedFiles(SqliteFile& store)
{
    QStringList parts;
    if (store.hasTable(QStringLiteral("record_images")))
        parts << QStringLiteral("SELECT sha256 FROM record_images");
    if (store.hasTable(QStringLiteral("medical_documents")))
        parts << QStringLiteral("SELECT sha256 FROM medical_documents WHERE sha256 IS NOT NULL");
    if (parts.isEmpty())
        return QStringList();
    return store.column(
        (parts.join(QStringLiteral(" UNION ")) + QStringLiteral(" ORDER BY 1")).toUtf8().constData());
}

QString hexOf(QCryptographicHash& hash)
{
    return QString::fromLatin1(hash.result().toHex());
}

// ---- tar (POSIX ustar), written and read here so a backup needs no other tool ----

void putOctal(char* field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

class TarWriter
{
public:
    TarWriter(QFile& out, qint64 mtime)
        : m_out(out)
        , m_mtime(mtime)
    {}

    Status header(const QString& name, qint64 size)
    {
        QByteArray block(kBlock, '\0');
        char* h = block.data();
        const QByteArray path = name.toUtf8();
        memcpy(h, path.constData(), size_t(std::min<qsizetype>(path.size(), 99)));
        putOctal(h + 100, 8, 0644);
        putOctal(h + 108, 8, 0);
        putOctal(h + 116, 8, 0);
        if (size < (qint64(1) << 33)) {
            putOctal(h + 124, 12, size);
        } else { // GNU base-256 for files of 8 GiB and more
            h[124] = char(0x80);
            for (int i = 0; i < 8; ++i)
                h[135 - i] = char((size >> (8 * i)) & 0xff);
        }
        putOctal(h + 136, 12, m_mtime);
        memset(h + 148, ' ', 8);
        h[156] = '0';
        memcpy(h + 257, "ustar", 6);
        memcpy(h + 263, "00", 2);
        unsigned sum = 0;
        for (int i = 0; i < kBlock; ++i)
            sum += quint8(h[i]);
        putOctal(h + 148, 7, sum);
        h[155] = ' ';
        return write(block.constData(), kBlock);
    }
    Status write(const char* data, qint64 size)
    {
        if (m_out.write(data, size) != size)
            return Error::unavailable(
                QStringLiteral("Cannot write %1: %2").arg(m_out.fileName(), m_out.errorString()));
        return std::nullopt;
    }
    Status pad(qint64 size)
    {
        const qint64 rest = (kBlock - size % kBlock) % kBlock;
        return rest ? write(QByteArray(rest, '\0').constData(), rest) : std::nullopt;
    }
    Status entry(const QString& name, const QByteArray& bytes)
    {
        if (Status failed = header(name, bytes.size()))
            return failed;
        if (Status failed = write(bytes.constData(), bytes.size()))
            return failed;
        return pad(bytes.size());
    }
    // Copies the file at `path` in as `name`, hashing it on the way. When `expectedSha256` is given and the
    // bytes do not match it, the entry is taken back out and the answer is empty.
    Result<QString> file(const QString& name, const QString& path, const QString& expectedSha256 = {})
    {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return Error::unavailable(QStringLiteral("Cannot read %1: %2").arg(path, in.errorString()));
        const qint64 size = in.size();
        const qint64 start = m_out.pos();
        if (Status failed = header(name, size))
            return *failed;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 copied = 0;
        while (copied < size) {
            const QByteArray chunk = in.read(std::min(kChunk, size - copied));
            if (chunk.isEmpty())
                return Error::unavailable(QStringLiteral("Cannot read %1: %2").arg(path, in.errorString()));
            hash.addData(chunk);
            if (Status failed = write(chunk.constData(), chunk.size()))
                return *failed;
            copied += chunk.size();
        }
        const QString sha = hexOf(hash);
        if (!expectedSha256.isEmpty() && sha != expectedSha256) {
            m_out.resize(start);
            m_out.seek(start);
            return QString();
        }
        if (Status failed = pad(size))
            return *failed;
        return sha;
    }
    Status finish() { return write(QByteArray(2 * kBlock, '\0').constData(), 2 * kBlock); }

private:
    QFile& m_out;
    qint64 m_mtime;
};

Error damaged(const QString& archive, const QString& why)
{
    return Error::invalid(
        QStringLiteral("The backup %1 is damaged or not a Chairside backup (%2); nothing was restored.")
            .arg(archive, why));
}

qint64 readOctal(const char* field, int width, bool* ok)
{
    if (quint8(field[0]) & 0x80) { // base-256
        qint64 value = 0;
        for (int i = 1; i < width; ++i)
            value = (value << 8) | quint8(field[i]);
        *ok = value >= 0;
        return value;
    }
    QByteArray text(field, width);
    const int end = text.indexOf('\0');
    text = (end >= 0 ? text.left(end) : text).trimmed();
    return text.isEmpty() ? (*ok = false, 0) : text.toLongLong(ok, 8);
}

bool allZero(const QByteArray& bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c == '\0'; });
}

QString entryName(const QByteArray& header)
{
    const auto field = [&header](int offset, int width) {
        const QByteArray raw = header.mid(offset, width);
        const int end = raw.indexOf('\0');
        return QString::fromUtf8(end >= 0 ? raw.left(end) : raw);
    };
    const QString prefix = field(345, 155);
    return prefix.isEmpty() ? field(0, 100) : prefix + QLatin1Char('/') + field(0, 100);
}

// Reads the backup from end to end into `into` (chairside.db and blobs/ as a data folder holds them) and
// checks all of it; `into` is left with whatever was extracted, for the caller to move or drop.
Result<BackupManifest> readArchive(const QString& archive, const QString& into,
                                   const BackupProgress& progress)
{
    QFile in(archive);
    if (!in.open(QIODevice::ReadOnly))
        return Error::notFound(QStringLiteral("Cannot read the backup %1: %2; nothing was restored.")
                                   .arg(archive, in.errorString()));
    static const QRegularExpression blobName(QStringLiteral("^blobs/([0-9a-f]{2})/([0-9a-f]{64})$"));
    QHash<QString, BackupEntry> held;
    QByteArray manifestBytes;
    QByteArray manifestHashLine;
    const qint64 archiveSize = in.size();
    int lastPercent = -1;
    for (;;) {
        const QByteArray header = in.read(kBlock);
        if (header.size() < kBlock)
            return damaged(archive, QStringLiteral("it ends early"));
        if (allZero(header)) {
            if (in.read(kBlock).size() < kBlock)
                return damaged(archive, QStringLiteral("it ends early"));
            // Nothing may follow the end but the zero padding tar tools add.
            while (!in.atEnd()) {
                if (!allZero(in.read(kChunk)))
                    return damaged(archive, QStringLiteral("there is data after its end"));
            }
            break;
        }
        bool ok = false;
        const qint64 stored = readOctal(header.constData() + 148, 8, &ok);
        QByteArray blank = header;
        memset(blank.data() + 148, ' ', 8);
        qint64 sum = 0;
        for (char c : blank)
            sum += quint8(c);
        if (!ok || stored != sum)
            return damaged(archive, QStringLiteral("a header's checksum does not match"));
        if (!header.mid(257, 5).startsWith("ustar") || (header[156] != '0' && header[156] != '\0'))
            return damaged(archive, QStringLiteral("it holds something other than plain files"));
        const qint64 size = readOctal(header.constData() + 124, 12, &ok);
        if (!ok || size < 0)
            return damaged(archive, QStringLiteral("a header's size is unreadable"));
        const QString name = entryName(header);
        if (!manifestHashLine.isNull() || (!manifestBytes.isNull() && name != kManifestHashName))
            return damaged(archive, QStringLiteral("%1 follows the manifest").arg(name));
        if (held.contains(name))
            return damaged(archive, QStringLiteral("%1 is in it twice").arg(name));

        const bool isManifest = name == kManifestName || name == kManifestHashName;
        const auto blob = blobName.match(name);
        if (!isManifest && name != Backup::storeFileName() &&
            !(blob.hasMatch() && blob.captured(2).startsWith(blob.captured(1))))
            return damaged(archive, QStringLiteral("it holds an unexpected file %1").arg(name));
        if (isManifest && size > kMaxManifestSize)
            return damaged(archive, QStringLiteral("its manifest is too large"));

        std::unique_ptr<QFile> out;
        if (!isManifest) {
            const QString path = QDir(into).filePath(name);
            if (!QDir().mkpath(QFileInfo(path).absolutePath()))
                return Error::unavailable(
                    QStringLiteral("Cannot create %1.").arg(QFileInfo(path).absolutePath()));
            out = std::make_unique<QFile>(path);
            if (!out->open(QIODevice::WriteOnly | QIODevice::Truncate))
                return Error::unavailable(
                    QStringLiteral("Cannot write %1: %2").arg(path, out->errorString()));
        }
        QByteArray kept;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (qint64 left = size; left > 0;) {
            const QByteArray chunk = in.read(std::min(kChunk, left));
            if (chunk.isEmpty())
                return damaged(archive, QStringLiteral("it ends early"));
            hash.addData(chunk);
            if (out) {
                if (out->write(chunk) != chunk.size())
                    return Error::unavailable(
                        QStringLiteral("Cannot write %1: %2").arg(out->fileName(), out->errorString()));
            } else {
                kept += chunk;
            }
            left -= chunk.size();
            const int percent = archiveSize > 0 ? int(100 * in.pos() / archiveSize) : 100;
            if (progress && percent / 10 != lastPercent / 10) {
                progress(QStringLiteral("Reading the backup: %1%").arg(percent));
                lastPercent = percent;
            }
        }
        if (out && !out->flush())
            return Error::unavailable(QStringLiteral("Cannot write %1.").arg(out->fileName()));
        const qint64 rest = (kBlock - size % kBlock) % kBlock;
        const QByteArray padding = in.read(rest);
        if (padding.size() < rest)
            return damaged(archive, QStringLiteral("it ends early"));
        if (!allZero(padding))
            return damaged(archive, QStringLiteral("the padding after %1 is not empty").arg(name));
        if (name == kManifestName)
            manifestBytes = kept.isNull() ? QByteArray("") : kept;
        else if (name == kManifestHashName)
            manifestHashLine = kept.isNull() ? QByteArray("") : kept;
        else
            held.insert(name, {name, size, hexOf(hash)});
    }
    if (manifestBytes.isNull() || manifestHashLine.isNull())
        return damaged(archive, QStringLiteral("its manifest is missing; the backup was cut short"));
    if (manifestHashLine.left(64) !=
        QCryptographicHash::hash(manifestBytes, QCryptographicHash::Sha256).toHex())
        return damaged(archive, QStringLiteral("the manifest does not match its hash"));

    QJsonParseError parseError;
    const QJsonObject m = QJsonDocument::fromJson(manifestBytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || m.value(QStringLiteral("format")) != kFormatName)
        return Error::invalid(
            QStringLiteral("%1 is not a Chairside backup; nothing was restored.").arg(archive));
    BackupManifest manifest;
    manifest.formatVersion = m.value(QStringLiteral("format_version")).toInt();
    if (manifest.formatVersion != Backup::kFormatVersion)
        return Error::conflict(
            QStringLiteral("The backup %1 is in a format this Chairside does not know (backup "
                           "format %2; this version reads format %3). Restore it with the "
                           "Chairside that wrote it, or a newer one; nothing was restored.")
                .arg(archive)
                .arg(manifest.formatVersion)
                .arg(Backup::kFormatVersion));
    manifest.schemaVersion = m.value(QStringLiteral("schema_version")).toInt();
    manifest.siteId = m.value(QStringLiteral("site_id")).toString();
    manifest.createdAt =
        QDateTime::fromString(m.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue& v : m.value(QStringLiteral("missing_files")).toArray())
        manifest.missingFiles.append(v.toString());
    if (manifest.schemaVersion > Database::latestSchemaVersion())
        return Error::conflict(
            QStringLiteral("The backup %1 was written by a newer Chairside (schema version %2; "
                           "this version understands up to %3). Install the newer Chairside "
                           "to restore it; nothing was restored.")
                .arg(archive)
                .arg(manifest.schemaVersion)
                .arg(Database::latestSchemaVersion()));
    QSet<QString> listed;
    for (const QJsonValue& v : m.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        const BackupEntry entry{f.value(QStringLiteral("name")).toString(),
                                f.value(QStringLiteral("size")).toInteger(-1),
                                f.value(QStringLiteral("sha256")).toString()};
        const BackupEntry found = held.value(entry.name);
        if (found.name.isEmpty())
            return damaged(archive, QStringLiteral("%1 is missing").arg(entry.name));
        if (found.size != entry.size || found.sha256 != entry.sha256)
            return damaged(archive, QStringLiteral("%1 does not match its SHA-256").arg(entry.name));
        const auto blob = blobName.match(entry.name);
        if (blob.hasMatch() && blob.captured(2) != found.sha256)
            return damaged(archive, QStringLiteral("%1 does not hold the file it names").arg(entry.name));
        listed.insert(entry.name);
        manifest.files.append(entry);
    }
    for (const QString& name : held.keys()) {
        if (!listed.contains(name))
            return damaged(archive, QStringLiteral("%1 is not in its manifest").arg(name));
    }
    if (!listed.contains(Backup::storeFileName()))
        return damaged(archive, QStringLiteral("it holds no store"));

    if (progress)
        progress(QStringLiteral("Checking the store's integrity"));
    SqliteFile store;
    if (Status failed = store.open(QDir(into).filePath(Backup::storeFileName()), SQLITE_OPEN_READWRITE))
        return damaged(archive, failed->message);
    const QString integrity = store.first("PRAGMA integrity_check");
    if (integrity != QLatin1String("ok"))
        return damaged(archive, QStringLiteral("the store fails its integrity check: %1").arg(integrity));
    if (store.first("PRAGMA user_version").toInt() != manifest.schemaVersion)
        return damaged(archive, QStringLiteral("the store's schema version is not the manifest's"));
    return manifest;
}

QJsonObject manifestJson(const BackupManifest& manifest)
{
    QJsonArray files;
    for (const BackupEntry& f : manifest.files)
        files.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("size"), f.size},
                                 {QStringLiteral("sha256"), f.sha256}});
    return {{QStringLiteral("format"), kFormatName},
            {QStringLiteral("format_version"), manifest.formatVersion},
            {QStringLiteral("schema_version"), manifest.schemaVersion},
            {QStringLiteral("site_id"), manifest.siteId},
            {QStringLiteral("created_at"), toIsoUtc(manifest.createdAt)},
            // Said in the backup itself, so nobody restoring it expects them.
            {QStringLiteral("secrets_included"), false},
            {QStringLiteral("files"), files},
            {QStringLiteral("missing_files"), QJsonArray::fromStringList(manifest.missingFiles)}};
}

// What a data folder holds that a restore replaces: the store with its WAL files and site-id file, and the
// image files.
QStringList replacedNames()
{
    const QString store = Backup::storeFileName();
    return {store, store + QStringLiteral("-wal"), store + QStringLiteral("-shm"),
            store + QStringLiteral(".site"), kBlobsDir};
}

// Moves each of `names` that exists from `from` into `to`; on a failure moves back what it moved.
Status moveAll(const QString& from, const QString& to, const QStringList& names)
{
    QStringList moved;
    for (const QString& name : names) {
        const QString source = QDir(from).filePath(name);
        if (!QFileInfo::exists(source))
            continue;
        if (!QDir().rename(source, QDir(to).filePath(name))) {
            for (const QString& back : moved)
                QDir().rename(QDir(to).filePath(back), QDir(from).filePath(back));
            return Error::unavailable(QStringLiteral("Cannot move %1 to %2.").arg(source, to));
        }
        moved.append(name);
    }
    return std::nullopt;
}

} // namespace

Result<BackupManifest> Backup::create(const QString& dataDir, const QString& archivePath, const Clock& clock,
                                      const BackupProgress& progress)
{
    const QString storePath = QDir(dataDir).filePath(storeFileName());
    if (!QFileInfo(storePath).isFile())
        return Error::notFound(QStringLiteral("There is no Chairside store in %1.").arg(dataDir));
    const QString partial = archivePath + QStringLiteral(".partial");
    const QString snapshot = archivePath + QStringLiteral(".partial-store");
    if (!QDir().mkpath(QFileInfo(archivePath).absolutePath()))
        return Error::unavailable(
            QStringLiteral("Cannot create the folder %1.").arg(QFileInfo(archivePath).absolutePath()));
    struct Cleanup
    {
        QString snapshot;
        QString partial;
        ~Cleanup()
        {
            QFile::remove(snapshot);
            QFile::remove(snapshot + QStringLiteral("-journal"));
            QFile::remove(partial);
        }
    } cleanup{snapshot, partial};

    if (Status failed = snapshotStore(storePath, snapshot, progress))
        return *failed;
    BackupManifest manifest;
    manifest.formatVersion = kFormatVersion;
    manifest.createdAt = clock.nowUtc();
    QStringList named;
    {
        SqliteFile copy;
        if (Status failed = copy.open(snapshot, SQLITE_OPEN_READONLY))
            return *failed;
        manifest.schemaVersion = copy.first("PRAGMA user_version").toInt();
        if (copy.hasTable(QStringLiteral("station_meta")))
            manifest.siteId = copy.first("SELECT value FROM station_meta WHERE key = 'site_id'");
        auto files = namedFiles(copy);
        if (!files)
            return files.error();
        named = *files;
    }

    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::unavailable(QStringLiteral("Cannot write %1: %2").arg(partial, out.errorString()));
    TarWriter tar(out, manifest.createdAt.toSecsSinceEpoch());
    auto storeSha = tar.file(storeFileName(), snapshot);
    if (!storeSha)
        return storeSha.error();
    manifest.files.append({storeFileName(), QFileInfo(snapshot).size(), *storeSha});

    // Image files are content-addressed and never change, so any file present under its hash is the one the
    // snapshot names, whenever it is copied; one whose bytes do not match its name is left out as missing.
    const BlobStore blobs(QDir(dataDir).filePath(kBlobsDir));
    for (int i = 0; i < named.size(); ++i) {
        const QString& sha = named[i];
        if (progress && (i % 100 == 0 || i + 1 == named.size()))
            progress(QStringLiteral("Copying image files: %1 / %2").arg(i + 1).arg(named.size()));
        if (!blobs.contains(sha)) {
            manifest.missingFiles.append(sha);
            continue;
        }
        const QString name = kBlobsDir + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha;
        auto copied = tar.file(name, blobs.pathOf(sha), sha);
        if (!copied)
            return copied.error();
        if (copied->isEmpty()) {
            manifest.missingFiles.append(sha);
            continue;
        }
        manifest.files.append({name, QFileInfo(blobs.pathOf(sha)).size(), sha});
    }

    const QByteArray manifestBytes = QJsonDocument(manifestJson(manifest)).toJson(QJsonDocument::Indented);
    const QByteArray manifestHash =
        QCryptographicHash::hash(manifestBytes, QCryptographicHash::Sha256).toHex() + "  manifest.json\n";
    if (Status failed = tar.entry(kManifestName, manifestBytes))
        return *failed;
    if (Status failed = tar.entry(kManifestHashName, manifestHash))
        return *failed;
    if (Status failed = tar.finish())
        return *failed;
    if (!out.flush() || ::fsync(out.handle()) != 0)
        return Error::unavailable(QStringLiteral("Cannot write %1: %2").arg(partial, out.errorString()));
    out.close();
    // rename(2) replaces an older file of the same name in one step.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(archivePath).constData()) != 0)
        return Error::unavailable(QStringLiteral("Cannot rename %1 to %2.").arg(partial, archivePath));
    return manifest;
}

Result<BackupManifest> Backup::verify(const QString& archivePath, const BackupProgress& progress)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error::unavailable(QStringLiteral("Cannot make a temporary folder to check the backup in."));
    return readArchive(archivePath, scratch.path(), progress);
}

Result<RestoreOutcome> Backup::restore(const QString& archivePath, const QString& dataDir, const Clock& clock,
                                       const BackupProgress& progress)
{
    StationLock lock(dataDir);
    if (Status held = lock.acquire())
        return Error::conflict(held->message + QStringLiteral(" Nothing was restored."));
    const QString stamp = clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // Extracted inside the data folder, so moving it into place is a rename on the same file system.
    QTemporaryDir incoming(QDir(dataDir).filePath(QStringLiteral("restore-%1-XXXXXX").arg(stamp)));
    if (!incoming.isValid())
        return Error::unavailable(QStringLiteral("Cannot make a folder in %1 to restore into.").arg(dataDir));
    auto manifest = readArchive(archivePath, incoming.path(), progress);
    if (!manifest)
        return manifest.error();

    // The restored store is a new station (below): the pairings of the station it was backed up from name
    // that station's id, which its peers would no longer accept, so they go, and an admin pairs again.
    // Checkpoints stay: they were committed with the changes they cover, so pulling resumes from them.
    {
        SqliteFile store;
        if (Status failed =
                store.open(QDir(incoming.path()).filePath(storeFileName()), SQLITE_OPEN_READWRITE))
            return *failed;
        for (const QString& table : {QStringLiteral("sync_peers"), QStringLiteral("sync_pairing_codes")}) {
            if (store.hasTable(table)) {
                if (Status failed =
                        store.exec(QStringLiteral("DELETE FROM %1").arg(table).toUtf8().constData()))
                    return *failed;
            }
        }
    }
    if (!QDir().mkpath(QDir(incoming.path()).filePath(kBlobsDir)))
        return Error::unavailable(QStringLiteral("Cannot create the image folder to restore into."));

    RestoreOutcome outcome;
    outcome.manifest = *manifest;
    const QStringList names = replacedNames();
    const bool hasData = std::any_of(names.cbegin(), names.cend(), [&dataDir](const QString& name) {
        return QFileInfo::exists(QDir(dataDir).filePath(name));
    });
    if (hasData) {
        outcome.keptAt = QDir(dataDir).filePath(QStringLiteral("before-restore-%1").arg(stamp));
        if (!QDir().mkpath(outcome.keptAt))
            return Error::unavailable(QStringLiteral("Cannot create %1.").arg(outcome.keptAt));
        if (Status failed = moveAll(dataDir, outcome.keptAt, names))
            return *failed;
    }
    const auto putBack = [&] {
        moveAll(dataDir, incoming.path(), names);
        if (hasData)
            moveAll(outcome.keptAt, dataDir, names);
    };
    if (Status failed = moveAll(incoming.path(), dataDir, {storeFileName(), kBlobsDir})) {
        putBack();
        return *failed;
    }
    // No <store>.site beside the restored store, so opening it gives it a new site id (Database::open): two
    // stations restored from one backup never share an id. Its earlier changes keep their origin's id.
    auto opened = Database::open(QDir(dataDir).filePath(storeFileName()));
    if (!opened) {
        putBack();
        return opened.error();
    }
    outcome.siteId = (*opened)->siteId();
    return outcome;
}

} // namespace chairside

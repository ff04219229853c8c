#pragma once

#include "Clock.h"
#include "Error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace chairside {

struct BackupEntry
{
    QString name; // chairside.db or blobs/<first two hex>/<sha256>
    qint64 size = 0;
    QString sha256;
};

// What a backup says about itself (manifest.json inside it).
struct BackupManifest
{
    int formatVersion = 0;
    int schemaVersion = 0;
    QString siteId;      // the station the store was backed up from
    QDateTime createdAt; // UTC
    QList<BackupEntry> files;
    // Image files the store's rows name that were not on the station (not yet fetched from a peer); a
    // restored station fetches them by sync like any other missing file.
    QStringList missingFiles;
};

struct RestoreOutcome
{
    BackupManifest manifest;
    QString siteId; // the id the restored store took
    QString keptAt; // where the data it replaced was moved (empty when there was none)
};

// Progress of long work, as a line a person reads (the command line prints it on stderr).
using BackupProgress = std::function<void(const QString& line)>;

// Backups of a station's data folder (docs/architecture.md "Backups"). A backup is one plain tar file
// (`tar tf` lists it): chairside.db, a consistent snapshot of the store taken with SQLite's online backup
// inside one read transaction, so stations keep writing meanwhile; every image file the snapshot's rows name,
// as blobs/<xx>/<sha256>; then manifest.json (format and schema version, site id, time, each file's size and
// SHA-256) and manifest.sha256, last, so a backup cut short has no manifest. It is written to FILE.partial
// and renamed when whole. Secrets (the keychain, secrets.json) are not in it.
class Backup
{
public:
    static constexpr int kFormatVersion = 1;
    static QString storeFileName() { return QStringLiteral("chairside.db"); }

    // Backs up the data folder `dataDir` into `archivePath`.
    static Result<BackupManifest> create(const QString& dataDir, const QString& archivePath,
                                         const Clock& clock, const BackupProgress& progress = {});

    // Reads the whole backup and checks it (tar headers, manifest, every size and hash, the store's schema
    // version and PRAGMA integrity_check) without touching any data folder.
    static Result<BackupManifest> verify(const QString& archivePath, const BackupProgress& progress = {});

    // Replaces the store and image files of `dataDir` with the backup's, after checking all of it; a damaged
    // backup, one of an unknown format or one written by a newer Chairside is refused (invalid or conflict)
    // with the data folder untouched, as is a folder a running station holds (StationLock). The data replaced
    // is moved to <dataDir>/before-restore-<time>/. The restored store takes a new site id and forgets its
    // pairings (see docs/architecture.md "Backups").
    static Result<RestoreOutcome> restore(const QString& archivePath, const QString& dataDir,
                                          const Clock& clock, const BackupProgress& progress = {});
};

} // namespace chairside

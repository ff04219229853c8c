#include "BackupScheduler.h"

#include "store/Backup.h"

#include <QDir>
#include <QRegularExpression>

namespace chairside {

namespace {

const QString kPrefix = QStringLiteral("chairside-backup-");
const QString kSuffix = QStringLiteral(".tar");

// Only files of this pattern are ever removed from the directory.
const QRegularExpression& dailyName()
{
    static const QRegularExpression pattern(QStringLiteral("^chairside-backup-(\\d{8})-\\d{6}\\.tar$"));
    return pattern;
}

} // namespace

BackupScheduler::BackupScheduler(BackupScheduleConfig config, const Clock& clock)
    : m_config(std::move(config))
    , m_clock(clock)
{}

QString BackupScheduler::fileNameFor(const QDateTime& utc)
{
    return kPrefix + utc.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + kSuffix;
}

Result<QString> BackupScheduler::runIfDue()
{
    QDir dir(m_config.directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return Error::unavailable(
            QStringLiteral("Cannot create the backup folder %1.").arg(m_config.directory));
    const QDateTime now = m_clock.nowUtc();
    const QString today = now.toLocalTime().toString(QStringLiteral("yyyyMMdd"));
    QStringList daily;
    for (const QString& name : dir.entryList({kPrefix + QLatin1Char('*')}, QDir::Files, QDir::Name)) {
        if (dailyName().match(name).hasMatch())
            daily.append(name);
        else if (name.contains(kSuffix + QStringLiteral(".partial")))
            dir.remove(name); // left by a backup cut short (only this worker writes here)
    }
    QString made;
    if (daily.isEmpty() || dailyName().match(daily.last()).captured(1) < today) {
        const QString path = dir.filePath(fileNameFor(now));
        auto manifest = Backup::create(m_config.dataDir, path, m_clock);
        if (!manifest)
            return manifest.error();
        made = path;
        daily.append(fileNameFor(now));
    }
    // Oldest first (the names sort by time); the newest `keep` stay.
    for (qsizetype i = 0; i + std::max(1, m_config.keep) < daily.size(); ++i)
        dir.remove(daily[i]);
    return made;
}

} // namespace chairside

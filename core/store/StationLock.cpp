#include "StationLock.h"

#include <QDir>

namespace chairside {

StationLock::StationLock(const QString& dataDir)
    : m_dataDir(dataDir)
    , m_file(std::make_unique<QLockFile>(QDir(dataDir).filePath(QStringLiteral("chairside.lock"))))
{
    // Only a dead holder makes the lock stale: a station runs for months.
    m_file->setStaleLockTime(0);
}

StationLock::~StationLock() = default;

Status StationLock::acquire()
{
    if (m_file->isLocked())
        return std::nullopt;
    if (!QDir().mkpath(m_dataDir))
        return Error::unavailable(QStringLiteral("Cannot create the data folder %1.").arg(m_dataDir));
    if (m_file->tryLock(0))
        return std::nullopt;
    qint64 pid = 0;
    QString host;
    QString app;
    if (m_file->error() == QLockFile::LockFailedError && m_file->getLockInfo(&pid, &host, &app))
        return Error::conflict(
            QStringLiteral("A Chairside station is running on %1 (process %2 on %3); stop it "
                           "first.")
                .arg(m_dataDir)
                .arg(pid)
                .arg(host));
    return Error::unavailable(QStringLiteral("Cannot take the lock %1 of the data folder.")
                                  .arg(QDir(m_dataDir).filePath(QStringLiteral("chairside.lock"))));
}

} // namespace chairside

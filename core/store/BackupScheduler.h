#pragma once

#include "Clock.h"
#include "Error.h"

#include <QString>

namespace chairside {

struct BackupScheduleConfig
{
    QString dataDir;   // the station's data folder
    QString directory; // CHAIRSIDE_BACKUP_DIR: where the daily backups go (one folder per station)
    int keep = 7;      // CHAIRSIDE_BACKUP_KEEP: how many daily backups stay; older ones are removed
    int checkIntervalMs = 10 * 60 * 1000; // how often the worker looks whether today's backup is made
};

// The daily backup's rule: once a (local) day, a backup of the station into the directory, named
// chairside-backup-<yyyyMMdd-HHmmss>.tar, and of those only the newest `keep` stay. The station calls
// runIfDue() every checkIntervalMs from a background worker of its own (a backup is online).
class BackupScheduler
{
public:
    BackupScheduler(BackupScheduleConfig config, const Clock& clock);

    const BackupScheduleConfig& config() const { return m_config; }

    // Makes today's backup when the directory holds none from today yet, then prunes. Answers the path of
    // the backup made, or an empty string when none was due.
    Result<QString> runIfDue();

    static QString fileNameFor(const QDateTime& utc);

private:
    BackupScheduleConfig m_config;
    const Clock& m_clock;
};

} // namespace chairside

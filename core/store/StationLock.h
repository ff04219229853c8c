#pragma once

#include "Error.h"

#include <QLockFile>
#include <QString>
#include <memory>

namespace chairside {

// Says that a station runs on a data folder: <dataDir>/chairside.lock, held by the desktop and headless
// station while they run and by a restore while it swaps the store. Command words that only add to a store
// (`user add`, `backup`) do not take it; SQLite keeps them apart from a running station. A lock left by a
// process that died is taken over (QLockFile checks whether its process still runs).
class StationLock
{
public:
    explicit StationLock(const QString& dataDir);
    ~StationLock();
    StationLock(const StationLock&) = delete;
    StationLock& operator=(const StationLock&) = delete;

    // Takes the lock, or answers a conflict naming the process that holds it.
    Status acquire();

private:
    QString m_dataDir;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace chairside

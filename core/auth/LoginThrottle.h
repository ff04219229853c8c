#pragma once

#include "Clock.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace chairside {

// Slows down password guessing: after kMaxFailures failed logins for one account or from one address within
// the window, further attempts on that key are refused until the lock expires. Shared by every thread that
// checks passwords (GUI, API), hence the mutex. Kept in memory: a restart forgets it, which costs an attacker
// a station restart per few guesses.
class LoginThrottle
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kWindowSeconds = 15 * 60;
    static constexpr int kLockSeconds = 15 * 60;

    explicit LoginThrottle(const Clock& clock)
        : m_clock(clock)
    {}

    // Seconds until the key may try again; 0 when it may try now.
    int lockedForSeconds(const QString& key) const;
    void recordFailure(const QString& key);
    void recordSuccess(const QString& key);

private:
    struct Entry
    {
        int failures = 0;
        QDateTime firstFailure;
        QDateTime lockedUntil;
    };
    const Clock& m_clock;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace chairside

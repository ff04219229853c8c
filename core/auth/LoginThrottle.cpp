#include "LoginThrottle.h"

namespace chairside {

int LoginThrottle::lockedForSeconds(const QString& key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd() || !it->lockedUntil.isValid())
        return 0;
    const qint64 left = m_clock.nowUtc().secsTo(it->lockedUntil);
    return left > 0 ? int(left) : 0;
}

void LoginThrottle::recordFailure(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    const QDateTime now = m_clock.nowUtc();
    Entry& e = m_entries[key];
    if (!e.firstFailure.isValid() || e.firstFailure.secsTo(now) > kWindowSeconds ||
        (e.lockedUntil.isValid() && e.lockedUntil <= now)) {
        e = Entry{0, now, {}};
    }
    if (++e.failures >= kMaxFailures)
        e.lockedUntil = now.addSecs(kLockSeconds);
}

void LoginThrottle::recordSuccess(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    m_entries.remove(key);
}

} // namespace chairside

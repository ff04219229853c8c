#pragma once

#include <QDateTime>

namespace chairside {

// Port for "now", so tests can move time (token expiry, throttling, verification links).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// ISO-8601 UTC with milliseconds, the one text form times take in the store and the API.
inline QString toIsoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace chairside

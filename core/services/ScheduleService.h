#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/ServiceContext.h"

#include <QDate>
#include <QTime>
#include <QTimeZone>
#include <QVariantMap>

namespace chairside {

struct WorkingInterval
{
    int weekday = 1; // 1 = Monday ... 7 = Sunday
    QTime start;
    QTime end;
};

// Chairs (operatories), each dentist's weekly hours and days off, and the clinic settings the calendar needs
// (time zone, opening hours). Hours are clinic local time; the store keeps UTC.
class ScheduleService
{
public:
    explicit ScheduleService(ServiceContext& ctx)
        : m_ctx(ctx)
    {}

    // Settings: "time_zone" (IANA name, default UTC), "opening_hours" ("1": "08:00-18:00", ... as JSON;
    // default Monday to Friday 08:00-18:00, used for dentists without hours of their own) and "clinic_name".
    QString setting(const QString& key) const;
    Status setSetting(const Actor& actor, const QString& key, const QString& value);
    QTimeZone timeZone() const;
    // "YYYY-MM-DD HH:MM[:SS]" or ISO 8601 with or without an offset; a time without an offset is clinic local
    // time. Returns UTC, or nothing when the text is not a date and time.
    std::optional<QDateTime> parseDateTime(const QString& text) const;
    // "HH:MM:SS+03:00": a UTC instant as clinic wall-clock time with its offset.
    QString localTimeWithOffset(const QDateTime& utc) const;

    Result<QVariantMap> createChair(const Actor& actor, const QVariantMap& input);
    Result<QList<QVariantMap>> chairs() const;
    Result<QVariantMap> updateChair(const Actor& actor, const QString& id, const QVariantMap& input);
    Status removeChair(const Actor& actor, const QString& id);

    // Replaces the dentist's weekly hours with `intervals`.
    Status setWorkingHours(const Actor& actor, const QString& doctorId,
                           const QList<WorkingInterval>& intervals);
    Result<QList<WorkingInterval>> workingHours(const QString& doctorId) const;
    // The dentist's weekly pattern as rows {id, weekday, start_time "HH:MM:SS", end_time, clinic}: their own
    // intervals, or, for a dentist without hours of their own, the clinic's opening hours they work by
    // (`clinic` true, no id: those rows are not the dentist's to change). Not found for an unknown doctor.
    Result<QList<QVariantMap>> weeklyHours(const QString& doctorId) const;
    Result<QVariantMap> addDayOff(const Actor& actor, const QString& doctorId, const QDate& date,
                                  const QString& reason);
    Status removeDayOff(const Actor& actor, const QString& id);

    // Whether the dentist has a day off on a local date.
    bool isDayOff(const QString& doctorId, const QDate& localDate) const;
    // The intervals the dentist (or, with an empty id, the clinic) works on a local date; empty on a day off.
    QList<std::pair<QTime, QTime>> hoursOn(const QString& doctorId, const QDate& localDate) const;
    // Ok when [startUtc, endUtc) lies inside one of those intervals; otherwise an error naming the rule.
    Status checkWithinHours(const QString& doctorId, const QDateTime& startUtc,
                            const QDateTime& endUtc) const;

private:
    Status removeRow(const Actor& actor, const QString& table, const QString& id);
    QList<std::pair<QTime, QTime>> clinicHoursOn(const QDate& localDate) const;

    ServiceContext& m_ctx;
};

} // namespace chairside

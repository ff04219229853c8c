#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/AppointmentService.h"
#include "services/ServiceContext.h"

#include <QVariantMap>

namespace chairside {

// One appointment as a feed may show it. Whoever holds the address reads it (a phone's lock screen, a shared
// calendar), so it carries no more than a calendar needs: when, where, its state and its title. A dentist's
// own calendar names the patient by initials, enough to recognise the visit and too little to name anyone; a
// chair's names only the dentist.
struct CalendarEvent
{
    QString id; // the appointment's: the same on every station
    QDateTime start;
    QDateTime end;
    QDateTime created;
    QDateTime updated;
    QString status; // the appointment's ("scheduled", "cancelled", ...)
    QString summary;
    QString location; // the chair
    QString dentistId;
    QString dentistName;
};

// What a calendar feed's token opens: whose calendar, and its appointments in the window.
struct CalendarFeed
{
    QString id;
    QString kind;                // "dentist" or "chair"
    QString subjectId;           // the doctor profile or the chair
    QString subjectName;         // the dentist's or the chair's name
    QList<CalendarEvent> events; // cancelled ones included, oldest first
};

// Calendar feeds: an address per dentist or chair that calendar programs subscribe to (iCalendar). The token
// in the address is the credential; the store keeps only its SHA-256 and the token is shown once, when the
// feed is made. A dentist makes and revokes feeds of their own doctor profile, an administrator any
// dentist's or chair's (Permission::ManageCalendarFeeds). Feeds replicate, so an address answers on every
// station, and a revocation anywhere holds everywhere.
class CalendarFeedService
{
public:
    CalendarFeedService(ServiceContext& ctx, AppointmentService& appointments)
        : m_ctx(ctx)
        , m_appointments(appointments)
    {}

    // The window a feed shows, around now: what a calendar needs to look back on and to plan with.
    static constexpr int kDaysBack = 30;
    static constexpr int kDaysAhead = 180;

    // The address a calendar program subscribes to: `baseUrl` (scheme, host and port of the station's API)
    // followed by the feed's path.
    static QString feedUrl(const QString& baseUrl, const QString& kind, const QString& token);

    // The calendars the actor may publish, as {kind, subject_id, subject_name}: a dentist their own (none
    // when no doctor profile is linked to the account), an administrator every dentist's, then every chair's.
    Result<QList<QVariantMap>> subjects(const Actor& actor);
    // `kind` "dentist" (subject: a doctor profile) or "chair". The new row with its `token`.
    Result<QVariantMap> create(const Actor& actor, const QString& kind, const QString& subjectId);
    // The feeds the actor may manage (an administrator's: all), newest first, with subject_name; no tokens.
    Result<QList<QVariantMap>> list(const Actor& actor);
    // Revokes: the address answers "not found" from then on. Revoking a revoked feed changes nothing.
    Status revoke(const Actor& actor, const QString& id);
    // The feed `token` opens, for `kind`; not found when unknown, revoked, of another kind or its subject
    // is gone.
    Result<CalendarFeed> open(const QString& kind, const QString& token);

private:
    // The name of the dentist or chair a feed would show, or not found.
    Result<QString> subjectName(const QString& kind, const QString& subjectId) const;
    Result<QVariantMap> manageable(const Actor& actor, const QString& id);

    ServiceContext& m_ctx;
    AppointmentService& m_appointments;
};

} // namespace chairside

#pragma once

#include "ApiTypes.h"
#include "services/Services.h"

namespace chairside::api {

// Calendar feeds: managing the addresses (/api/calendar-feeds) and serving them as iCalendar
// (/calendar/dentist/<token>.ics, /calendar/chair/<token>.ics; the token is the credential).
class CalendarHandlers
{
public:
    explicit CalendarHandlers(Services& s)
        : m_s(s)
    {}
    ApiResponse list(const ApiRequest& req);
    // {kind, subject_id} -> 201 with the token and the address, shown this once.
    ApiResponse create(const ApiRequest& req);
    ApiResponse revoke(const ApiRequest& req);
    ApiResponse dentistFeed(const ApiRequest& req);
    ApiResponse chairFeed(const ApiRequest& req);

private:
    ApiResponse feed(const ApiRequest& req, const QString& kind);

    Services& m_s;
};

// The feed as an RFC 5545 calendar (METHOD:PUBLISH, times in UTC). Events name no patient: a dentist's show
// the patient's initials and the chair, a chair's "Booked" and the dentist; the address leaves the clinic for
// a calendar program, so what it shows must be fit for a phone's lock screen. Cancelled appointments stay as
// STATUS:CANCELLED so subscribers drop them.
QByteArray calendarText(const CalendarFeed& feed, const QDateTime& now);

} // namespace chairside::api

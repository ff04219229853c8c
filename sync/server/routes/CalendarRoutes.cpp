#include "Routes.h"
#include "handlers/Handlers.h"

namespace chairside::api {

QList<Route> calendarRoutes(ApiHandlers& h)
{
    const QString d = QStringLiteral("station");
    return {
        feed({"GET", QStringLiteral("/api/calendar-feeds"), Access::Authenticated,
              [&h](const ApiRequest& req) { return h.calendar.list(req); }, d}),
        {"POST", QStringLiteral("/api/calendar-feeds"), Access::Authenticated,
         [&h](const ApiRequest& req) { return h.calendar.create(req); }, d},
        {"DELETE", QStringLiteral("/api/calendar-feeds/{id}"), Access::Authenticated,
         [&h](const ApiRequest& req) { return h.calendar.revoke(req); }, d},
        // The token in the address is the credential (calendar programs send no Authorization header).
        {"GET", QStringLiteral("/calendar/dentist/{file}"), Access::Anonymous,
         [&h](const ApiRequest& req) { return h.calendar.dentistFeed(req); }, d, false, nullptr, false,
         "text/calendar"},
        {"GET", QStringLiteral("/calendar/chair/{file}"), Access::Anonymous,
         [&h](const ApiRequest& req) { return h.calendar.chairFeed(req); }, d, false, nullptr, false,
         "text/calendar"},
    };
}

} // namespace chairside::api

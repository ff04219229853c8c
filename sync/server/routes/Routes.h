#pragma once

#include "ApiTypes.h"

namespace chairside::api {

struct ApiHandlers;

// A list route of the change feed (Route::changeFeed): it takes `changed_since` and answers with the
// watermark.
inline Route feed(Route route)
{
    route.changeFeed = true;
    return route;
}

// One route table per seed dialect (seed-contracts §1 for 000, §2 for 001). All tables share the handlers.
QList<Route> seed000Routes(ApiHandlers& h);
QList<Route> seed001Routes(ApiHandlers& h);
QList<Route> seed002ClinicalRoutes(ApiHandlers& h);
// Seeds 002 and 003: accounts, users, doctors (002) and 003's patient paths (seed-contracts §3.3, §4.3).
QList<Route> seed002AccountRoutes(ApiHandlers& h);
QList<Route> seed003AccountRoutes(ApiHandlers& h);
QList<Route> seed004Routes(ApiHandlers& h);
// Seed 002's appointment routes (§3.3).
QList<Route> seed002AppointmentRoutes(ApiHandlers& h);
// Seed 003: consultations (with vital signs, prescriptions, notes) and time slots (seed-contracts 4.3).
QList<Route> seed003ClinicalRoutes(ApiHandlers& h);
// Seed 003: appointments by time slot, statistics, upcoming, today, doctor availability (4.3).
QList<Route> seed003AppointmentRoutes(ApiHandlers& h);
// Chairside's own endpoints, beside the seeds' (dialect "station").
QList<Route> stationRoutes(ApiHandlers& h);
// FHIR R4 (read and search) under /fhir, answering application/fhir+json.
QList<Route> fhirRoutes(ApiHandlers& h);
// Calendar feeds: /api/calendar-feeds and the iCalendar addresses under /calendar (dialect "station").
QList<Route> calendarRoutes(ApiHandlers& h);
// Every dialect's routes, in the order the router should know them.
QList<Route> allRoutes(ApiHandlers& h);

} // namespace chairside::api

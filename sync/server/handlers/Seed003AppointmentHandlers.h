#pragma once

#include "ApiTypes.h"
#include "services/Services.h"

namespace chairside::api {

// Seed 003's appointments (seed-contracts 4.3, 6.7) at its code paths /api/appointments/appointments/… and
// its README's /api/appointments/api/appointments/…, with its statistics and utilities: HTTP in,
// SlotAppointmentService, seed 003's JSON out. Errors of its own views are {"error": …} (the triple-key
// body); lists of the router are paginated by 20, the function views answer plain JSON.
class Seed003AppointmentHandlers
{
public:
    explicit Seed003AppointmentHandlers(Services& s)
        : m_s(s)
    {}

    ApiResponse list(const ApiRequest& req);
    ApiResponse create(const ApiRequest& req);
    ApiResponse get(const ApiRequest& req);
    ApiResponse update(const ApiRequest& req);
    ApiResponse remove(const ApiRequest& req);
    // POST or DELETE.
    ApiResponse cancel(const ApiRequest& req);
    ApiResponse reschedule(const ApiRequest& req);
    ApiResponse complete(const ApiRequest& req);
    ApiResponse history(const ApiRequest& req);

    ApiResponse statistics(const ApiRequest& req);
    ApiResponse upcoming(const ApiRequest& req);
    ApiResponse today(const ApiRequest& req);
    ApiResponse doctorAvailability(const ApiRequest& req);

private:
    Services& m_s;
};

} // namespace chairside::api

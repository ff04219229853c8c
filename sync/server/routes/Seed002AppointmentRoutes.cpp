#include "Routes.h"
#include "handlers/Handlers.h"
#include "handlers/Seed002AppointmentHandlers.h"

namespace chairside::api {

namespace {

template <typename Object> Handler bind(Object& object, ApiResponse (Object::*method)(const ApiRequest&))
{
    return [&object, method](const ApiRequest& req) { return (object.*method)(req); };
}

} // namespace

QList<Route> seed002AppointmentRoutes(ApiHandlers& h)
{
    const QString d = QStringLiteral("seed002");
    const auto auth = Access::Authenticated;
    Seed002AppointmentHandlers& s = h.seed002Appointments;
    // GET /api/appointments/{id}/ is seed 004's route (its rendering has appointment_date as well). The
    // literal segments (book, list, update, status, cancel) win over {id} in the router.
    return {
        {"POST", QStringLiteral("/api/appointments/book"), auth, bind(s, &Seed002AppointmentHandlers::book),
         d},
        feed({"GET", QStringLiteral("/api/appointments/list"), auth,
              bind(s, &Seed002AppointmentHandlers::list), d}),
        {"PUT", QStringLiteral("/api/appointments/{id}/update"), auth,
         bind(s, &Seed002AppointmentHandlers::update), d},
        {"PATCH", QStringLiteral("/api/appointments/{id}/update"), auth,
         bind(s, &Seed002AppointmentHandlers::update), d},
        {"PUT", QStringLiteral("/api/appointments/{id}/status"), auth,
         bind(s, &Seed002AppointmentHandlers::setStatus), d},
        {"PATCH", QStringLiteral("/api/appointments/{id}/status"), auth,
         bind(s, &Seed002AppointmentHandlers::setStatus), d},
        // 002 cancels with DELETE, 003 with POST: both answer 200 with the appointment here.
        {"DELETE", QStringLiteral("/api/appointments/{id}/cancel"), auth,
         bind(s, &Seed002AppointmentHandlers::cancel), d},
        {"POST", QStringLiteral("/api/appointments/{id}/cancel"), auth,
         bind(s, &Seed002AppointmentHandlers::cancel), d},
    };
}

} // namespace chairside::api

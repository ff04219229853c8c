#include "Routes.h"
#include "handlers/Handlers.h"
#include "handlers/Seed003AppointmentHandlers.h"

namespace chairside::api {

// Seed 003's appointments at the code's /api/appointments/appointments/ and the README's
// /api/appointments/api/appointments/, and its statistics and utilities at /api/appointments/X/ and
// /api/appointments/api/X/ (seed-contracts 4.3, 6.7, 7.1). The literal segments win over seed 004's and
// 002's /api/appointments/{id}/… in the router.
QList<Route> seed003AppointmentRoutes(ApiHandlers& h)
{
    const QString d = QStringLiteral("seed003");
    const auto auth = Access::Authenticated;
    Seed003AppointmentHandlers& a = h.seed003Appointments;
    using H = Seed003AppointmentHandlers;
    auto bind = [&a](ApiResponse (H::*method)(const ApiRequest&)) -> Handler {
        return [&a, method](const ApiRequest& req) { return (a.*method)(req); };
    };
    QList<Route> routes;
    for (const QString& prefix :
         {QStringLiteral("/api/appointments"), QStringLiteral("/api/appointments/api")}) {
        const QString base = prefix + QStringLiteral("/appointments");
        const QString one = base + QStringLiteral("/{id}");
        routes += {
            feed({"GET", base, auth, bind(&H::list), d}),
            {"POST", base, auth, bind(&H::create), d},
            {"GET", one, auth, bind(&H::get), d},
            {"PUT", one, auth, bind(&H::update), d},
            {"PATCH", one, auth, bind(&H::update), d},
            {"DELETE", one, auth, bind(&H::remove), d},
            // Seed 003 cancels with POST, 002 with DELETE: every …/{id}/cancel/ takes both (6.7).
            {"POST", one + QStringLiteral("/cancel"), auth, bind(&H::cancel), d},
            {"DELETE", one + QStringLiteral("/cancel"), auth, bind(&H::cancel), d},
            {"POST", one + QStringLiteral("/reschedule"), auth, bind(&H::reschedule), d},
            {"POST", one + QStringLiteral("/complete"), auth, bind(&H::complete), d},
            feed({"GET", one + QStringLiteral("/history"), auth, bind(&H::history), d}),
            {"GET", prefix + QStringLiteral("/statistics"), auth, bind(&H::statistics), d},
            feed({"GET", prefix + QStringLiteral("/upcoming"), auth, bind(&H::upcoming), d}),
            feed({"GET", prefix + QStringLiteral("/today"), auth, bind(&H::today), d}),
            {"GET", prefix + QStringLiteral("/doctor-availability"), auth, bind(&H::doctorAvailability), d},
        };
    }
    return routes;
}

} // namespace chairside::api

#include "Routes.h"
#include "handlers/ConsultationHandlers.h"
#include "handlers/Handlers.h"

namespace chairside::api {

// Seed 003's consultations with their nested vital signs, prescriptions and notes (seed-contracts 4.3; the
// code's path is the README's), and its time slots at the code's /api/appointments/time-slots/ and the
// README's /api/appointments/api/time-slots/.
QList<Route> seed003ClinicalRoutes(ApiHandlers& h)
{
    const QString d = QStringLiteral("seed003");
    const auto auth = Access::Authenticated;
    ConsultationHandlers& c = h.consultations;
    using H = ConsultationHandlers;
    auto bind = [&c](ApiResponse (H::*method)(const ApiRequest&)) -> Handler {
        return [&c, method](const ApiRequest& req) { return (c.*method)(req); };
    };
    const QString base = QStringLiteral("/api/consultations/api/consultations");
    const QString one = base + QStringLiteral("/{id}");
    QList<Route> routes{
        feed({"GET", base, auth, bind(&H::list), d}),
        {"POST", base, auth, bind(&H::create), d},
        {"GET", one, auth, bind(&H::get), d},
        {"PUT", one, auth, bind(&H::update), d},
        {"PATCH", one, auth, bind(&H::update), d},
        {"POST", one + QStringLiteral("/start_consultation"), auth, bind(&H::start), d},
        {"POST", one + QStringLiteral("/complete_consultation"), auth, bind(&H::complete), d},
        feed({"GET", one + QStringLiteral("/vital-signs"), auth, bind(&H::vitalSigns), d}),
        {"POST", one + QStringLiteral("/vital-signs"), auth, bind(&H::addVitalSigns), d},
        {"GET", one + QStringLiteral("/vital-signs/{pk}"), auth, bind(&H::vitalSign), d},
        {"PUT", one + QStringLiteral("/vital-signs/{pk}"), auth, bind(&H::updateVitalSign), d},
        {"PATCH", one + QStringLiteral("/vital-signs/{pk}"), auth, bind(&H::updateVitalSign), d},
        {"DELETE", one + QStringLiteral("/vital-signs/{pk}"), auth, bind(&H::deleteVitalSign), d},
        feed({"GET", one + QStringLiteral("/prescriptions"), auth, bind(&H::prescriptions), d}),
        {"POST", one + QStringLiteral("/prescriptions"), auth, bind(&H::prescribe), d},
        feed({"GET", one + QStringLiteral("/notes"), auth, bind(&H::notes), d}),
        {"POST", one + QStringLiteral("/notes"), auth, bind(&H::addNote), d},
    };
    for (const QString& prefix : {QStringLiteral("/api/appointments/time-slots"),
                                  QStringLiteral("/api/appointments/api/time-slots")}) {
        routes += {
            feed({"GET", prefix, auth, bind(&H::timeSlots), d}),
            {"POST", prefix, auth, bind(&H::createTimeSlot), d},
            {"POST", prefix + QStringLiteral("/create_bulk_slots"), auth, bind(&H::createBulkSlots), d},
            {"GET", prefix + QStringLiteral("/{id}"), auth, bind(&H::timeSlot), d},
            {"PUT", prefix + QStringLiteral("/{id}"), auth, bind(&H::updateTimeSlot), d},
            {"PATCH", prefix + QStringLiteral("/{id}"), auth, bind(&H::updateTimeSlot), d},
            {"DELETE", prefix + QStringLiteral("/{id}"), auth, bind(&H::deleteTimeSlot), d},
        };
    }
    return routes;
}

} // namespace chairside::api

#include "Routes.h"
#include "handlers/Handlers.h"
#include "handlers/Seed000Handlers.h"

namespace chairside::api {

QList<Route> seed000Routes(ApiHandlers& h)
{
    const QString d = QStringLiteral("seed000");
    const auto anon = Access::Anonymous;
    const auto auth = Access::Authenticated;
    auto bind = [](auto& object, auto method) -> Handler {
        return [&object, method](const ApiRequest& req) { return (object.*method)(req); };
    };
    Seed000Handlers& s = h.seed000;
    QList<Route> routes;
    // The real server mounts at the root; the README adds /api. Both are served (seed-contracts 1.6).
    for (const QString& prefix : {QString(), QStringLiteral("/api")}) {
        if (prefix.isEmpty()) {
            // /api/auth/register and /api/auth/login are already seed 001's, with the same handlers.
            routes += {
                {"POST", QStringLiteral("/auth/register"), anon, bind(h.auth, &AuthHandlers::registerUser),
                 d},
                {"POST", QStringLiteral("/auth/login"), anon, bind(h.auth, &AuthHandlers::login), d},
                {"POST", QStringLiteral("/auth/logout"), auth, bind(s, &Seed000Handlers::logout), d},
            };
        } else {
            routes += {{"POST", QStringLiteral("/api/auth/logout"), auth,
                        bind(s, &Seed000Handlers::logoutWithMessage), d}};
        }
        routes += {
            {"GET", prefix + QStringLiteral("/auth/activate"), anon, bind(s, &Seed000Handlers::activate), d},
            {"POST", prefix + QStringLiteral("/auth/logoutall"), auth, bind(s, &Seed000Handlers::logoutAll),
             d},
            {"POST", prefix + QStringLiteral("/auth/password_change"), auth,
             bind(s, &Seed000Handlers::passwordChange), d},
            feed({"GET", prefix + QStringLiteral("/auth"), auth, bind(s, &Seed000Handlers::listUsers), d}),
            {"GET", prefix + QStringLiteral("/auth/{id}"), auth, bind(s, &Seed000Handlers::getUser), d},
            {"DELETE", prefix + QStringLiteral("/auth/delete"), auth, bind(s, &Seed000Handlers::deleteUser),
             d},

            {"POST", prefix + QStringLiteral("/appointment/make_appointment"), auth,
             bind(s, &Seed000Handlers::makeAppointment), d},
            feed({"GET", prefix + QStringLiteral("/appointment/get_user_appointments"), auth,
                  bind(s, &Seed000Handlers::userAppointments), d}),
            {"GET", prefix + QStringLiteral("/appointment/get_unavailable_dates"), auth,
             bind(s, &Seed000Handlers::unavailableDates), d},
            feed({"GET", prefix + QStringLiteral("/appointment/list_appointments"), auth,
                  bind(s, &Seed000Handlers::upcomingAppointments), d}),
            {"DELETE", prefix + QStringLiteral("/appointment/delete"), auth,
             bind(s, &Seed000Handlers::deleteAppointment), d},
            feed({"GET", prefix + QStringLiteral("/appointment/list_all_appointments"), auth,
                  bind(s, &Seed000Handlers::listAllAppointments), d}),
            {"POST", prefix + QStringLiteral("/appointment/record"), auth,
             bind(s, &Seed000Handlers::createRecord), d},
            {"GET", prefix + QStringLiteral("/appointment/get_record"), auth,
             bind(s, &Seed000Handlers::getRecord), d},

            feed({"GET", prefix + QStringLiteral("/materials"), auth,
                  bind(s, &Seed000Handlers::listMaterials), d}),
            {"POST", prefix + QStringLiteral("/materials"), auth, bind(s, &Seed000Handlers::createMaterial),
             d},
            {"GET", prefix + QStringLiteral("/materials/{id}"), auth, bind(s, &Seed000Handlers::getMaterial),
             d},
            {"PUT", prefix + QStringLiteral("/materials/{id}"), auth,
             bind(s, &Seed000Handlers::updateMaterial), d},
            {"PATCH", prefix + QStringLiteral("/materials/{id}"), auth,
             bind(s, &Seed000Handlers::updateMaterial), d},
            {"DELETE", prefix + QStringLiteral("/materials/{id}"), auth,
             bind(s, &Seed000Handlers::deleteMaterial), d},
        };
    }
    return routes;
}

} // namespace chairside::api

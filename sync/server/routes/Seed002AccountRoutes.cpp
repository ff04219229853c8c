#include "Routes.h"
#include "handlers/Handlers.h"

namespace chairside::api {

// Seed 002's accounts, users and doctors (seed-contracts 3.3 "Authentication and users" and the doctor
// rows). POST /api/auth/register/ and login, and GET /api/doctors/{id}/, are seed 001's routes with the
// same shared handlers; /api/staff/ is 002's second mount of its doctors URLconf (6.6).
QList<Route> seed002AccountRoutes(ApiHandlers& h)
{
    const QString d = QStringLiteral("seed002");
    const auto anon = Access::Anonymous;
    const auto auth = Access::Authenticated;
    auto bind = [](auto& object, auto method) -> Handler {
        return [&object, method](const ApiRequest& req) { return (object.*method)(req); };
    };
    AccountDialectHandlers& a = h.accounts;
    using H = AccountDialectHandlers;
    QList<Route> routes{
        {"POST", QStringLiteral("/api/auth/register/doctor"), anon, bind(a, &H::registerDoctor002), d},
        {"GET", QStringLiteral("/api/users/me"), auth, bind(a, &H::me002), d},
        {"PUT", QStringLiteral("/api/users/update"), auth, bind(a, &H::updateMe002), d},
        {"PATCH", QStringLiteral("/api/users/update"), auth, bind(a, &H::updateMe002), d},
        {"DELETE", QStringLiteral("/api/users/delete"), auth, bind(a, &H::deleteUser002), d},
        // 002's users router (not in its README).
        feed({"GET", QStringLiteral("/api/users"), auth, bind(a, &H::listUsers002), d}),
        {"GET", QStringLiteral("/api/users/{id}"), auth, bind(a, &H::getUser002), d},
        {"PUT", QStringLiteral("/api/users/{id}"), auth, bind(a, &H::updateUser002), d},
        {"PATCH", QStringLiteral("/api/users/{id}"), auth, bind(a, &H::updateUser002), d},
        {"DELETE", QStringLiteral("/api/users/{id}"), auth, bind(a, &H::deleteUserById002), d},
        // Only the /api/staff/ mount needs these; /api/doctors/ and /api/doctors/{id}/ are seed 001's.
        feed({"GET", QStringLiteral("/api/staff"), auth, bind(a, &H::listDoctors002), d}),
        {"GET", QStringLiteral("/api/staff/{id}"), auth, bind(a, &H::getDoctor002), d},
    };
    for (const QString& p : {QStringLiteral("/api/doctors"), QStringLiteral("/api/staff")}) {
        routes += {
            feed({"GET", p + QStringLiteral("/list"), auth, bind(a, &H::listDoctors002), d}),
            {"PUT", p + QStringLiteral("/{id}/approve"), auth, bind(a, &H::approveDoctor002), d},
            {"PATCH", p + QStringLiteral("/{id}/approve"), auth, bind(a, &H::approveDoctor002), d},
            {"GET", p + QStringLiteral("/{id}/availability"), auth, bind(a, &H::availability002), d},
            // 002's DefaultRouter CRUD of Doctor rows.
            feed({"GET", p + QStringLiteral("/doctors"), auth, bind(a, &H::listDoctors002), d}),
            {"POST", p + QStringLiteral("/doctors"), auth, bind(a, &H::createDoctor002), d},
            {"GET", p + QStringLiteral("/doctors/{id}"), auth, bind(a, &H::getDoctor002), d},
            {"PUT", p + QStringLiteral("/doctors/{id}"), auth, bind(a, &H::updateDoctor002), d},
            {"PATCH", p + QStringLiteral("/doctors/{id}"), auth, bind(a, &H::updateDoctor002), d},
            {"DELETE", p + QStringLiteral("/doctors/{id}"), auth, bind(a, &H::deleteDoctor002), d},
        };
    }
    return routes;
}

} // namespace chairside::api

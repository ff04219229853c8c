#include "Routes.h"
#include "handlers/Handlers.h"

namespace chairside::api {

// Seed 003's accounts and patients (seed-contracts 4.3 "Authentication" and "Patients"): the code's
// /api/accounts/... and the README's /api/auth/profile/ and /api/patients/api/patients/. The README's
// /api/auth/register|login|logout|refresh/ and the code's /api/patients/ are already served by the shared
// routes of seeds 000 and 001.
QList<Route> seed003AccountRoutes(ApiHandlers& h)
{
    const QString d = QStringLiteral("seed003");
    const auto anon = Access::Anonymous;
    const auto auth = Access::Authenticated;
    auto bind = [](auto& object, auto method) -> Handler {
        return [&object, method](const ApiRequest& req) { return (object.*method)(req); };
    };
    AccountDialectHandlers& a = h.accounts;
    using H = AccountDialectHandlers;
    AuthHandlers& auth3 = h.auth;
    const Handler register003 = [&auth3](const ApiRequest& req) {
        return auth3.registerWithMessage(req, QStringLiteral("Inscription réussie"));
    };
    return {
        {"POST", QStringLiteral("/api/accounts/register"), anon, register003, d},
        {"POST", QStringLiteral("/api/accounts/login"), anon, bind(h.auth, &AuthHandlers::login), d},
        {"POST", QStringLiteral("/api/accounts/logout"), auth,
         bind(h.seed000, &Seed000Handlers::logoutWithMessage), d},
        {"POST", QStringLiteral("/api/accounts/token/refresh"), anon, bind(h.auth, &AuthHandlers::refresh),
         d},
        {"GET", QStringLiteral("/api/accounts/profile"), auth, bind(a, &H::profile003), d},
        {"GET", QStringLiteral("/api/accounts/me"), auth, bind(a, &H::profile003), d},
        {"PUT", QStringLiteral("/api/accounts/profile/update"), auth, bind(a, &H::updateProfile003), d},
        {"PATCH", QStringLiteral("/api/accounts/profile/update"), auth, bind(a, &H::updateProfile003), d},
        {"GET", QStringLiteral("/api/auth/profile"), auth, bind(a, &H::profile003), d},
        {"PUT", QStringLiteral("/api/auth/profile"), auth, bind(a, &H::updateProfile003), d},
        {"PATCH", QStringLiteral("/api/auth/profile"), auth, bind(a, &H::updateProfile003), d},
        feed({"GET", QStringLiteral("/api/accounts/doctors"), auth, bind(a, &H::doctors003), d}),
        feed({"GET", QStringLiteral("/api/accounts/doctors/available"), anon,
              bind(a, &H::availableDoctors003), d}),

        feed({"GET", QStringLiteral("/api/patients/api/patients"), auth, bind(a, &H::listPatients003), d}),
        {"POST", QStringLiteral("/api/patients/api/patients"), auth,
         bind(h.patients, &PatientHandlers::create), d},
        {"GET", QStringLiteral("/api/patients/api/patients/{id}"), auth,
         bind(h.patients, &PatientHandlers::get), d},
        {"PUT", QStringLiteral("/api/patients/api/patients/{id}"), auth,
         bind(h.patients, &PatientHandlers::update), d},
        {"PATCH", QStringLiteral("/api/patients/api/patients/{id}"), auth,
         bind(h.patients, &PatientHandlers::update), d},
        {"DELETE", QStringLiteral("/api/patients/api/patients/{id}"), auth, bind(a, &H::deletePatient003), d},
    };
}

} // namespace chairside::api

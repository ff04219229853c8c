#include "Routes.h"
#include "handlers/Handlers.h"
#include "handlers/Seed004Handlers.h"

namespace chairside::api {

namespace {

template <typename Object> Handler bind(Object& object, ApiResponse (Object::*method)(const ApiRequest&))
{
    return [&object, method](const ApiRequest& req) { return (object.*method)(req); };
}

} // namespace

QList<Route> seed004Routes(ApiHandlers& h)
{
    const QString d = QStringLiteral("seed004");
    const auto anon = Access::Anonymous;
    const auto auth = Access::Authenticated;
    Seed004Handlers& s = h.seed004;
    // The README writes /patients/..., the code serves /api/patients/... (seed-contracts 5.1, 7.1): both.
    // Seed 001 already owns /api/patients, /api/doctors and /api/token/refresh with the same handlers (the
    // router keeps the first of two identical routes), so only their root forms are added here.
    QList<Route> routes{
        {"POST", QStringLiteral("/api/token"), anon, bind(h.auth, &AuthHandlers::login), d},
        {"POST", QStringLiteral("/patients"), auth, bind(h.patients, &PatientHandlers::create), d},
        feed({"GET", QStringLiteral("/patients"), auth, bind(h.patients, &PatientHandlers::list), d}),
        {"GET", QStringLiteral("/patients/{id}"), auth, bind(h.patients, &PatientHandlers::get), d},
        {"PUT", QStringLiteral("/patients/{id}"), auth, bind(h.patients, &PatientHandlers::update), d},
        {"PATCH", QStringLiteral("/patients/{id}"), auth, bind(h.patients, &PatientHandlers::update), d},
        {"DELETE", QStringLiteral("/patients/{id}"), auth, bind(h.patients, &PatientHandlers::remove), d},
        {"POST", QStringLiteral("/doctors"), auth, bind(h.doctors, &DoctorHandlers::create), d},
        feed({"GET", QStringLiteral("/doctors"), auth, bind(h.doctors, &DoctorHandlers::list), d}),
        {"GET", QStringLiteral("/doctors/{id}"), auth, bind(h.doctors, &DoctorHandlers::get), d},
        {"PUT", QStringLiteral("/doctors/{id}"), auth, bind(h.doctors, &DoctorHandlers::update), d},
        {"PATCH", QStringLiteral("/doctors/{id}"), auth, bind(h.doctors, &DoctorHandlers::update), d},
        {"DELETE", QStringLiteral("/doctors/{id}"), auth, bind(h.doctors, &DoctorHandlers::remove), d},
    };
    for (const QString& prefix : {QString(), QStringLiteral("/api")}) {
        routes += {
            // Only POST and reads: the original's anonymous list, PUT and DELETE of accounts are not served
            // (a known path with another method is a 405); see Seed004Handlers::listAccounts.
            {"POST", prefix + QStringLiteral("/registrations"), anon,
             bind(s, &Seed004Handlers::registerAccount), d},
            feed({"GET", prefix + QStringLiteral("/registrations"), auth,
                  bind(s, &Seed004Handlers::listAccounts), d}),
            {"GET", prefix + QStringLiteral("/registrations/{id}"), auth,
             bind(s, &Seed004Handlers::getAccount), d},

            feed({"GET", prefix + QStringLiteral("/appointments"), auth,
                  bind(s, &Seed004Handlers::listAppointments), d}),
            {"POST", prefix + QStringLiteral("/appointments"), auth,
             bind(s, &Seed004Handlers::createAppointment), d},
            // Also seed 002's GET /api/appointments/{id}/: the 004 rendering carries appointment_date too.
            {"GET", prefix + QStringLiteral("/appointments/{id}"), auth,
             bind(s, &Seed004Handlers::getAppointment), d},
            {"PUT", prefix + QStringLiteral("/appointments/{id}"), auth,
             bind(s, &Seed004Handlers::updateAppointment), d},
            {"PATCH", prefix + QStringLiteral("/appointments/{id}"), auth,
             bind(s, &Seed004Handlers::updateAppointment), d},
            {"DELETE", prefix + QStringLiteral("/appointments/{id}"), auth,
             bind(s, &Seed004Handlers::deleteAppointment), d},
            {"POST", prefix + QStringLiteral("/book-appointment"), auth,
             bind(s, &Seed004Handlers::bookAppointment), d},

            feed({"GET", prefix + QStringLiteral("/medical-records"), auth,
                  bind(s, &Seed004Handlers::listMedicalRecords), d}),
            {"POST", prefix + QStringLiteral("/medical-records"), auth,
             bind(s, &Seed004Handlers::createMedicalRecord), d},
            {"GET", prefix + QStringLiteral("/medical-records/{id}"), auth,
             bind(s, &Seed004Handlers::getMedicalRecord), d},
            {"PUT", prefix + QStringLiteral("/medical-records/{id}"), auth,
             bind(s, &Seed004Handlers::updateMedicalRecord), d},
            {"PATCH", prefix + QStringLiteral("/medical-records/{id}"), auth,
             bind(s, &Seed004Handlers::updateMedicalRecord), d},
            {"DELETE", prefix + QStringLiteral("/medical-records/{id}"), auth,
             bind(s, &Seed004Handlers::deleteMedicalRecord), d},
        };
    }
    return routes;
}

} // namespace chairside::api

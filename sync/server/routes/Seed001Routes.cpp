#include "Routes.h"
#include "handlers/Handlers.h"

namespace chairside::api {

namespace {

template <typename Object> Handler bind(Object& object, ApiResponse (Object::*method)(const ApiRequest&))
{
    return [&object, method](const ApiRequest& req) { return (object.*method)(req); };
}

} // namespace

QList<Route> seed001Routes(ApiHandlers& h)
{
    const QString d = QStringLiteral("seed001");
    const auto anon = Access::Anonymous;
    const auto auth = Access::Authenticated;
    return {
        {"POST", QStringLiteral("/api/auth/register"), anon, bind(h.auth, &AuthHandlers::registerUser), d},
        {"POST", QStringLiteral("/api/auth/login"), anon, bind(h.auth, &AuthHandlers::login), d},
        // Not in the README, but the implementations its clients were written against add one of these.
        {"POST", QStringLiteral("/api/auth/refresh"), anon, bind(h.auth, &AuthHandlers::refresh), d},
        {"POST", QStringLiteral("/api/token/refresh"), anon, bind(h.auth, &AuthHandlers::refresh), d},

        {"POST", QStringLiteral("/api/patients"), auth, bind(h.patients, &PatientHandlers::create), d},
        feed({"GET", QStringLiteral("/api/patients"), auth, bind(h.patients, &PatientHandlers::list), d}),
        {"GET", QStringLiteral("/api/patients/{id}"), auth, bind(h.patients, &PatientHandlers::get), d},
        {"PUT", QStringLiteral("/api/patients/{id}"), auth, bind(h.patients, &PatientHandlers::update), d},
        {"PATCH", QStringLiteral("/api/patients/{id}"), auth, bind(h.patients, &PatientHandlers::update), d},
        {"DELETE", QStringLiteral("/api/patients/{id}"), auth, bind(h.patients, &PatientHandlers::remove), d},

        {"POST", QStringLiteral("/api/doctors"), auth, bind(h.doctors, &DoctorHandlers::create), d},
        feed({"GET", QStringLiteral("/api/doctors"), auth, bind(h.doctors, &DoctorHandlers::list), d}),
        {"GET", QStringLiteral("/api/doctors/{id}"), auth, bind(h.doctors, &DoctorHandlers::get), d},
        {"PUT", QStringLiteral("/api/doctors/{id}"), auth, bind(h.doctors, &DoctorHandlers::update), d},
        {"PATCH", QStringLiteral("/api/doctors/{id}"), auth, bind(h.doctors, &DoctorHandlers::update), d},
        {"DELETE", QStringLiteral("/api/doctors/{id}"), auth, bind(h.doctors, &DoctorHandlers::remove), d},

        {"POST", QStringLiteral("/api/mappings"), auth, bind(h.mappings, &MappingHandlers::create), d},
        feed({"GET", QStringLiteral("/api/mappings"), auth, bind(h.mappings, &MappingHandlers::list), d}),
        feed({"GET", QStringLiteral("/api/mappings/{patient_id}"), auth,
              bind(h.mappings, &MappingHandlers::listForPatient), d}),
        // The README deletes at /delete/<id>/, the assignment text at /<id>/: both by mapping id.
        {"DELETE", QStringLiteral("/api/mappings/delete/{id}"), auth,
         bind(h.mappings, &MappingHandlers::remove), d},
        {"DELETE", QStringLiteral("/api/mappings/{id}"), auth, bind(h.mappings, &MappingHandlers::remove), d},
    };
}

QList<Route> allRoutes(ApiHandlers& h)
{
    return seed001Routes(h) + seed000Routes(h) + seed002AccountRoutes(h) + seed002AppointmentRoutes(h) +
           seed002ClinicalRoutes(h) + seed003AccountRoutes(h) + seed003ClinicalRoutes(h) +
           seed003AppointmentRoutes(h) + seed004Routes(h) + stationRoutes(h) + fhirRoutes(h) +
           calendarRoutes(h);
}

} // namespace chairside::api

#include "FhirResources.h"
#include "Routes.h"
#include "handlers/Handlers.h"

namespace chairside::api {

QList<Route> fhirRoutes(ApiHandlers& h)
{
    const QString d = QStringLiteral("fhir");
    const auto auth = Access::Authenticated;
    // Refusals before a handler runs (no or a bad token, a malformed body) are OperationOutcomes too.
    const auto outcome = +[](const ApiResponse& refusal) { return fhir::outcomeFrom(refusal); };
    using Method = ApiResponse (FhirHandlers::*)(const ApiRequest&);
    const auto route = [&h, &d, outcome](const QString& pattern, Access access, Method method) {
        return Route{"GET",
                     pattern,
                     access,
                     [&h, method](const ApiRequest& req) {
                         if (auto refused = FhirHandlers::unservedFormat(req))
                             return *refused;
                         return (h.fhir.*method)(req);
                     },
                     d,
                     false,
                     outcome,
                     false,
                     "application/fhir+json"};
    };
    // Not on the change feed (feed()): FHIR searches answer Bundles with their own paging links, and a FHIR
    // client asks for what changed with FHIR's own search parameters, not Chairside's watermark.
    return {
        route(QStringLiteral("/fhir/metadata"), Access::Anonymous, &FhirHandlers::metadata),
        route(QStringLiteral("/fhir/Patient"), auth, &FhirHandlers::searchPatients),
        route(QStringLiteral("/fhir/Patient/{id}"), auth, &FhirHandlers::readPatient),
        route(QStringLiteral("/fhir/Practitioner"), auth, &FhirHandlers::searchPractitioners),
        route(QStringLiteral("/fhir/Practitioner/{id}"), auth, &FhirHandlers::readPractitioner),
        route(QStringLiteral("/fhir/Appointment"), auth, &FhirHandlers::searchAppointments),
        route(QStringLiteral("/fhir/Appointment/{id}"), auth, &FhirHandlers::readAppointment),
        route(QStringLiteral("/fhir/Slot"), auth, &FhirHandlers::searchSlots),
        route(QStringLiteral("/fhir/Slot/{id}"), auth, &FhirHandlers::readSlot),
        route(QStringLiteral("/fhir/Schedule"), auth, &FhirHandlers::searchSchedules),
        route(QStringLiteral("/fhir/Schedule/{id}"), auth, &FhirHandlers::readSchedule),
    };
}

} // namespace chairside::api

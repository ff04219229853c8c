#pragma once

#include "ApiTypes.h"
#include "services/Services.h"

#include <optional>

namespace chairside::api {

// FHIR R4, read only: Patient, Practitioner, Appointment, Slot and Schedule under /fhir, read by id and
// searched, answering application/fhir+json (searchset Bundles, OperationOutcome for every refusal). The
// services decide who sees what, as for every other door.
class FhirHandlers
{
public:
    explicit FhirHandlers(Services& s)
        : m_s(s)
    {}

    struct SearchParameter
    {
        QString name;
        QString type; // FHIR's SearchParamType: string, date, reference, token
        QString documentation;
    };
    // The search parameters each resource takes, in the order the CapabilityStatement lists them; a search
    // naming any other is refused, so the statement and the searches cannot disagree.
    static const QList<std::pair<QString, QList<SearchParameter>>>& searchParameters();

    // The CapabilityStatement (anonymous, as FHIR requires of /metadata).
    ApiResponse metadata(const ApiRequest& req);

    ApiResponse readPatient(const ApiRequest& req);
    ApiResponse searchPatients(const ApiRequest& req);
    ApiResponse readPractitioner(const ApiRequest& req);
    ApiResponse searchPractitioners(const ApiRequest& req);
    ApiResponse readAppointment(const ApiRequest& req);
    ApiResponse searchAppointments(const ApiRequest& req);
    ApiResponse readSlot(const ApiRequest& req);
    ApiResponse searchSlots(const ApiRequest& req);
    ApiResponse readSchedule(const ApiRequest& req);
    ApiResponse searchSchedules(const ApiRequest& req);

    // FHIR's `_format` (json, application/json or application/fhir+json; any route may carry it) and an
    // Accept asking only for another format: every answer is JSON, so anything else is refused (406) rather
    // than answered in a format the client did not ask for. Nothing when the request may be answered.
    static std::optional<ApiResponse> unservedFormat(const ApiRequest& req);
    static const QString kFormatParameter;

    static constexpr int kDefaultCount = 50;
    static constexpr int kMaxCount = 500;

private:
    Services& m_s;
};

} // namespace chairside::api

#pragma once

#include "ApiTypes.h"
#include "services/Services.h"

namespace chairside::api {

// Seed 003's consultations (with their vital signs, prescriptions and notes) and time slots. HTTP in,
// service call, seed 003's JSON out; lists are paginated (page size 20) as everywhere in seed 003.
class ConsultationHandlers
{
public:
    explicit ConsultationHandlers(Services& s)
        : m_s(s)
    {}

    ApiResponse list(const ApiRequest& req);
    ApiResponse create(const ApiRequest& req);
    ApiResponse get(const ApiRequest& req);
    ApiResponse update(const ApiRequest& req);
    ApiResponse start(const ApiRequest& req);
    ApiResponse complete(const ApiRequest& req);

    ApiResponse vitalSigns(const ApiRequest& req);
    ApiResponse addVitalSigns(const ApiRequest& req);
    ApiResponse vitalSign(const ApiRequest& req);
    ApiResponse updateVitalSign(const ApiRequest& req);
    ApiResponse deleteVitalSign(const ApiRequest& req);

    ApiResponse prescriptions(const ApiRequest& req);
    ApiResponse prescribe(const ApiRequest& req);

    ApiResponse notes(const ApiRequest& req);
    ApiResponse addNote(const ApiRequest& req);

    ApiResponse timeSlots(const ApiRequest& req);
    ApiResponse createTimeSlot(const ApiRequest& req);
    ApiResponse createBulkSlots(const ApiRequest& req);
    ApiResponse timeSlot(const ApiRequest& req);
    ApiResponse updateTimeSlot(const ApiRequest& req);
    ApiResponse deleteTimeSlot(const ApiRequest& req);

private:
    Services& m_s;
};

} // namespace chairside::api

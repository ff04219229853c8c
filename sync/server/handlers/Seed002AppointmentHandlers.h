#pragma once

#include "ApiTypes.h"
#include "services/Services.h"

namespace chairside::api {

// Seed 002's appointment routes (seed-contracts §3.3, 6.7): the 002 dialect over the same service.
class Seed002AppointmentHandlers
{
public:
    explicit Seed002AppointmentHandlers(Services& s)
        : m_s(s)
    {}

    ApiResponse book(const ApiRequest& req);
    // The caller's appointments, as the patient or as the doctor.
    ApiResponse list(const ApiRequest& req);
    ApiResponse update(const ApiRequest& req);
    // Staff or the appointment's own dentist; a patient may only cancel. Any seed's word for a state is
    // accepted; anything else is a 400 (the original stored any string).
    ApiResponse setStatus(const ApiRequest& req);
    // DELETE or POST: a soft cancel answering 200 with the appointment.
    ApiResponse cancel(const ApiRequest& req);

private:
    Services& m_s;
};

} // namespace chairside::api

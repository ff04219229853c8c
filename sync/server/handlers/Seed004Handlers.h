#pragma once

#include "ApiTypes.h"
#include "services/Services.h"

namespace chairside::api {

// Seed 004 ("Healthcare System Backend", seed-contracts §5): registrations, the 004 appointment dialect, the
// booking shortcut and medical records. Patients, doctors and the JWT routes are the shared handlers.
class Seed004Handlers
{
public:
    explicit Seed004Handlers(Services& s)
        : m_s(s)
    {}

    // POST: anyone; 201 {id, username, email}, never a password hash.
    ApiResponse registerAccount(const ApiRequest& req);
    // The original lets anyone list, rewrite and delete every account here. We list for staff only (the
    // accounts the front desk sees anyway) and show an account to itself or staff; writing an account goes
    // through the profile and password routes, so PUT, PATCH and DELETE answer 405.
    ApiResponse listAccounts(const ApiRequest& req);
    ApiResponse getAccount(const ApiRequest& req);

    ApiResponse listAppointments(const ApiRequest& req);
    ApiResponse createAppointment(const ApiRequest& req);
    ApiResponse getAppointment(const ApiRequest& req);
    ApiResponse updateAppointment(const ApiRequest& req);
    ApiResponse deleteAppointment(const ApiRequest& req);
    // The caller books for their own patient record (created on first use): 201 {message, id, appointment}
    // and a confirmation mail.
    ApiResponse bookAppointment(const ApiRequest& req);

    ApiResponse listMedicalRecords(const ApiRequest& req);
    ApiResponse createMedicalRecord(const ApiRequest& req);
    ApiResponse getMedicalRecord(const ApiRequest& req);
    ApiResponse updateMedicalRecord(const ApiRequest& req);
    ApiResponse deleteMedicalRecord(const ApiRequest& req);

private:
    Services& m_s;
};

} // namespace chairside::api

#pragma once

#include "ApiTypes.h"
#include "services/Services.h"

namespace chairside::api {

// Accounts, users, doctors and patients as seeds 002 ("Clinic Web App API", seed-contracts 3.3) and 003
// ("Medical Platform Backend", 4.3) spell them, on the paths only those seeds use. Shared paths keep the
// shared handlers (AuthHandlers, PatientHandlers, DoctorHandlers).
class AccountDialectHandlers
{
public:
    explicit AccountDialectHandlers(Services& s)
        : m_s(s)
    {}

    // Seed 002.
    ApiResponse registerDoctor002(const ApiRequest& req);
    ApiResponse me002(const ApiRequest& req);
    ApiResponse updateMe002(const ApiRequest& req);
    ApiResponse deleteUser002(const ApiRequest& req); // user_id|pk|id in the body or the query
    ApiResponse listUsers002(const ApiRequest& req);
    ApiResponse getUser002(const ApiRequest& req);
    ApiResponse updateUser002(const ApiRequest& req);
    ApiResponse deleteUserById002(const ApiRequest& req);
    ApiResponse listDoctors002(const ApiRequest& req);
    ApiResponse getDoctor002(const ApiRequest& req);
    ApiResponse createDoctor002(const ApiRequest& req);
    ApiResponse updateDoctor002(const ApiRequest& req);
    ApiResponse deleteDoctor002(const ApiRequest& req);
    ApiResponse approveDoctor002(const ApiRequest& req);
    ApiResponse availability002(const ApiRequest& req);

    // Seed 003.
    ApiResponse profile003(const ApiRequest& req);
    ApiResponse updateProfile003(const ApiRequest& req);
    ApiResponse doctors003(const ApiRequest& req);          // paginated
    ApiResponse availableDoctors003(const ApiRequest& req); // anonymous, plain array
    ApiResponse listPatients003(const ApiRequest& req);     // always paginated
    ApiResponse deletePatient003(const ApiRequest& req);    // 200 {"message"}

private:
    Services& m_s;
};

} // namespace chairside::api

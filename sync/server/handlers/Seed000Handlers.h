#pragma once

#include "ApiTypes.h"
#include "services/Services.h"

namespace chairside::api {

// Seed 000 ("Clinic Backend API", seed-contracts §1): activation, Knox-style logout, password change, the
// user router, the appointment endpoints with their grouped-by-date maps, and paginated materials.
class Seed000Handlers
{
public:
    explicit Seed000Handlers(Services& s)
        : m_s(s)
    {}

    ApiResponse activate(const ApiRequest& req);
    ApiResponse logout(const ApiRequest& req);            // 204
    ApiResponse logoutWithMessage(const ApiRequest& req); // 200 {"message"} (seed 003's spelling)
    ApiResponse logoutAll(const ApiRequest& req);
    ApiResponse passwordChange(const ApiRequest& req);
    ApiResponse listUsers(const ApiRequest& req);
    ApiResponse getUser(const ApiRequest& req);
    ApiResponse deleteUser(const ApiRequest& req);

    ApiResponse makeAppointment(const ApiRequest& req);
    ApiResponse userAppointments(const ApiRequest& req);
    ApiResponse unavailableDates(const ApiRequest& req);
    ApiResponse upcomingAppointments(const ApiRequest& req);
    ApiResponse deleteAppointment(const ApiRequest& req);
    ApiResponse listAllAppointments(const ApiRequest& req);
    ApiResponse createRecord(const ApiRequest& req);
    ApiResponse getRecord(const ApiRequest& req);

    ApiResponse listMaterials(const ApiRequest& req);
    ApiResponse createMaterial(const ApiRequest& req);
    ApiResponse getMaterial(const ApiRequest& req);
    ApiResponse updateMaterial(const ApiRequest& req);
    ApiResponse deleteMaterial(const ApiRequest& req);

private:
    ApiResponse groupedByDate(const ApiRequest& req, const QList<QVariantMap>& appointments, bool timesOnly);
    QString presentedToken(const ApiRequest& req) const;

    Services& m_s;
};

} // namespace chairside::api

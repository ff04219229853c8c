#pragma once

#include "ApiTypes.h"
#include "services/Services.h"

namespace chairside::api {

// Seed 002's clinical and back-office endpoints: medical reports, prescriptions, notifications, payments,
// invoices and the audit log. HTTP in, service call, seed 002's JSON out.
class ClinicalHandlers
{
public:
    explicit ClinicalHandlers(Services& s)
        : m_s(s)
    {}

    ApiResponse uploadReport(const ApiRequest& req);
    ApiResponse report(const ApiRequest& req);
    ApiResponse reportFile(const ApiRequest& req);
    ApiResponse patientReports(const ApiRequest& req);
    ApiResponse deleteReport(const ApiRequest& req);

    ApiResponse createPrescription(const ApiRequest& req);
    ApiResponse prescription(const ApiRequest& req);
    ApiResponse prescriptionPdf(const ApiRequest& req);
    ApiResponse patientPrescriptions(const ApiRequest& req);
    ApiResponse updatePrescription(const ApiRequest& req);
    ApiResponse deletePrescription(const ApiRequest& req);

    ApiResponse sendNotification(const ApiRequest& req);
    ApiResponse notifications(const ApiRequest& req);
    ApiResponse notification(const ApiRequest& req);
    ApiResponse markNotificationRead(const ApiRequest& req);

    ApiResponse charge(const ApiRequest& req);
    ApiResponse paymentHistory(const ApiRequest& req);
    ApiResponse payment(const ApiRequest& req);
    ApiResponse generateInvoice(const ApiRequest& req);
    ApiResponse invoices(const ApiRequest& req);
    ApiResponse invoice(const ApiRequest& req);
    ApiResponse invoicePdf(const ApiRequest& req);

    ApiResponse auditLogs(const ApiRequest& req);
    ApiResponse auditLog(const ApiRequest& req);

private:
    Services& m_s;
};

} // namespace chairside::api

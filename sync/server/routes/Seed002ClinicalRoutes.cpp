#include "Routes.h"
#include "handlers/ClinicalHandlers.h"
#include "handlers/Handlers.h"

namespace chairside::api {

// Seed 002's reports, prescriptions, notifications, payments, invoices and audit log (seed-contracts §3.3).
QList<Route> seed002ClinicalRoutes(ApiHandlers& h)
{
    const QString d = QStringLiteral("seed002");
    const auto auth = Access::Authenticated;
    ClinicalHandlers& c = h.clinical;
    auto bind = [&c](ApiResponse (ClinicalHandlers::*method)(const ApiRequest&)) -> Handler {
        return [&c, method](const ApiRequest& req) { return (c.*method)(req); };
    };
    QList<Route> routes{
        {"POST", QStringLiteral("/api/reports/upload"), auth, bind(&ClinicalHandlers::uploadReport), d},
        {"GET", QStringLiteral("/api/reports/{id}"), auth, bind(&ClinicalHandlers::report), d},
        {"GET", QStringLiteral("/api/reports/{id}/file"), auth, bind(&ClinicalHandlers::reportFile), d},
        feed({"GET", QStringLiteral("/api/reports/patient/{patient_id}"), auth,
              bind(&ClinicalHandlers::patientReports), d}),
        {"DELETE", QStringLiteral("/api/reports/{id}/delete"), auth, bind(&ClinicalHandlers::deleteReport),
         d},

        {"POST", QStringLiteral("/api/notifications/send"), auth, bind(&ClinicalHandlers::sendNotification),
         d},
        feed({"GET", QStringLiteral("/api/notifications/list"), auth, bind(&ClinicalHandlers::notifications),
              d}),
        {"GET", QStringLiteral("/api/notifications/{id}"), auth, bind(&ClinicalHandlers::notification), d},
        {"PUT", QStringLiteral("/api/notifications/{id}/read"), auth,
         bind(&ClinicalHandlers::markNotificationRead), d},
        {"PATCH", QStringLiteral("/api/notifications/{id}/read"), auth,
         bind(&ClinicalHandlers::markNotificationRead), d},
        {"POST", QStringLiteral("/api/notifications/{id}/read"), auth,
         bind(&ClinicalHandlers::markNotificationRead), d},

        {"POST", QStringLiteral("/api/payments/charge"), auth, bind(&ClinicalHandlers::charge), d},
        feed({"GET", QStringLiteral("/api/payments/history"), auth, bind(&ClinicalHandlers::paymentHistory),
              d}),
        {"GET", QStringLiteral("/api/payments/{id}"), auth, bind(&ClinicalHandlers::payment), d},
        {"POST", QStringLiteral("/api/invoices/generate"), auth, bind(&ClinicalHandlers::generateInvoice), d},
        feed({"GET", QStringLiteral("/api/invoices"), auth, bind(&ClinicalHandlers::invoices), d}),
        {"GET", QStringLiteral("/api/invoices/{id}"), auth, bind(&ClinicalHandlers::invoice), d},
        {"GET", QStringLiteral("/api/invoices/{id}/pdf"), auth, bind(&ClinicalHandlers::invoicePdf), d},

        {"GET", QStringLiteral("/api/audit-logs/list"), auth, bind(&ClinicalHandlers::auditLogs), d},
        {"GET", QStringLiteral("/api/audit-logs/{id}"), auth, bind(&ClinicalHandlers::auditLog), d},
    };
    // The README's prefix and the one the real code serves.
    for (const QString& prefix :
         {QStringLiteral("/api/prescriptions"), QStringLiteral("/api/reports/prescriptions")}) {
        routes += {
            {"POST", prefix + QStringLiteral("/create"), auth, bind(&ClinicalHandlers::createPrescription),
             d},
            {"GET", prefix + QStringLiteral("/{id}"), auth, bind(&ClinicalHandlers::prescription), d},
            {"GET", prefix + QStringLiteral("/{id}/pdf"), auth, bind(&ClinicalHandlers::prescriptionPdf), d},
            feed({"GET", prefix + QStringLiteral("/patient/{patient_id}"), auth,
                  bind(&ClinicalHandlers::patientPrescriptions), d}),
            {"PUT", prefix + QStringLiteral("/{id}/update"), auth,
             bind(&ClinicalHandlers::updatePrescription), d},
            {"PATCH", prefix + QStringLiteral("/{id}/update"), auth,
             bind(&ClinicalHandlers::updatePrescription), d},
            {"DELETE", prefix + QStringLiteral("/{id}/delete"), auth,
             bind(&ClinicalHandlers::deletePrescription), d},
        };
    }
    return routes;
}

} // namespace chairside::api

#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "print/DocumentPainter.h"

namespace chairside {

class AppointmentService;
class BillingService;
class DoctorService;
class PatientService;
class PrescriptionService;
class ScheduleService;

// A document ready to send: the PDF and the name to save it under.
struct PrintedFile
{
    QByteArray pdf;
    QString fileName; // "invoice-INV-20261122-AB12CD34.pdf"
};

// Invoices and prescriptions as printed documents. Everything is read through the services, so whoever
// may read the invoice or prescription may print it and nobody else (another patient's is "not found").
// The views are what the desktop paints onto a printer (DocumentPainter::paint); the PDFs are what the API
// sends.
class PrintService
{
public:
    PrintService(PatientService& patients, DoctorService& doctors, AppointmentService& appointments,
                 ScheduleService& schedule, BillingService& billing, PrescriptionService& prescriptions)
        : m_patients(patients)
        , m_doctors(doctors)
        , m_appointments(appointments)
        , m_schedule(schedule)
        , m_billing(billing)
        , m_prescriptions(prescriptions)
    {}

    Result<InvoiceView> invoice(const Actor& actor, const QString& invoiceId);
    Result<PrescriptionView> prescription(const Actor& actor, const QString& prescriptionId);

    Result<PrintedFile> invoicePdf(const Actor& actor, const QString& invoiceId);
    Result<PrintedFile> prescriptionPdf(const Actor& actor, const QString& prescriptionId);

private:
    Result<DocumentHeading> heading(const Actor& actor, const QString& title, const QVariantMap& row);
    QString localDate(const QVariant& isoUtc) const;

    PatientService& m_patients;
    DoctorService& m_doctors;
    AppointmentService& m_appointments;
    ScheduleService& m_schedule;
    BillingService& m_billing;
    PrescriptionService& m_prescriptions;
};

} // namespace chairside

#include "PrintService.h"

#include "services/AppointmentService.h"
#include "services/BillingService.h"
#include "services/DoctorService.h"
#include "services/PatientService.h"
#include "services/PrescriptionService.h"
#include "services/ScheduleService.h"

#include <QRegularExpression>

namespace chairside {

namespace {

QString text(const QVariantMap& row, const QString& key)
{
    return row.value(key).toString();
}

// A stored code as people read it: "credit_card" -> "Credit card".
QString readable(const QString& code)
{
    QString out = code;
    out.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

// A file name from a free-text number: only characters every file system and Content-Disposition take.
QString fileName(const QString& kind, const QString& number)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    return QStringLiteral("%1-%2.pdf").arg(kind, QString(number).replace(unsafe, QStringLiteral("_")));
}

// A reference the document may go without (a visit or a dentist since removed, or one the reader may not
// see): its absence leaves a line out, any other error stands.
template <typename T> std::optional<Error> optionalLookup(const Result<T>& result)
{
    if (result || result.error().code == Error::Code::NotFound)
        return std::nullopt;
    return result.error();
}

} // namespace

QString PrintService::localDate(const QVariant& isoUtc) const
{
    QDateTime utc = QDateTime::fromString(isoUtc.toString(), Qt::ISODateWithMs);
    if (!utc.isValid())
        return isoUtc.toString();
    return utc.toTimeZone(m_schedule.timeZone()).toString(QStringLiteral("yyyy-MM-dd"));
}

Result<DocumentHeading> PrintService::heading(const Actor& actor, const QString& title,
                                              const QVariantMap& row)
{
    auto patient = m_patients.get(actor, text(row, QStringLiteral("patient_id")));
    if (!patient)
        return patient.error();
    DocumentHeading h;
    h.clinicName = m_schedule.setting(QStringLiteral("clinic_name"));
    h.title = title;
    h.date = localDate(row.value(QStringLiteral("issued_at")));
    h.patientName = text(*patient, QStringLiteral("name"));
    h.patientDateOfBirth = text(*patient, QStringLiteral("date_of_birth"));
    return h;
}

Result<InvoiceView> PrintService::invoice(const Actor& actor, const QString& invoiceId)
{
    auto statement = m_billing.statement(actor, invoiceId);
    if (!statement)
        return statement.error();
    const QVariantMap& row = statement->invoice;
    auto heading = this->heading(actor, QStringLiteral("Invoice"), row);
    if (!heading)
        return heading.error();
    InvoiceView v;
    v.heading = *heading;
    v.heading.number = text(row, QStringLiteral("invoice_number"));
    v.status = readable(text(row, QStringLiteral("payment_status")));
    v.dueDate = text(row, QStringLiteral("due_date"));
    v.currency = text(row, QStringLiteral("currency"));
    v.total = text(row, QStringLiteral("total_amount"));

    // Invoices carry a total, not line items: one line for the visit they bill.
    QString description = QStringLiteral("Dental treatment");
    if (const QString appointmentId = text(row, QStringLiteral("appointment_id")); !appointmentId.isEmpty()) {
        auto visit = m_appointments.get(actor, appointmentId);
        if (auto e = optionalLookup(visit))
            return *e;
        if (visit) {
            v.heading.dentistName = text(*visit, QStringLiteral("dentist_name"));
            const QDateTime start =
                QDateTime::fromString(text(*visit, QStringLiteral("start_at")), Qt::ISODateWithMs);
            if (start.isValid())
                description += QStringLiteral(", visit of %1")
                                   .arg(start.toTimeZone(m_schedule.timeZone())
                                            .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
    }
    v.lines.append({description, v.total});

    for (const QVariantMap& p : std::as_const(statement->payments))
        v.payments.append({localDate(p.value(QStringLiteral("created_at"))),
                           readable(text(p, QStringLiteral("payment_method"))),
                           text(p, QStringLiteral("transaction_id")),
                           readable(text(p, QStringLiteral("transaction_status"))),
                           QStringLiteral("%1 %2").arg(text(p, QStringLiteral("currency")),
                                                       text(p, QStringLiteral("amount")))});
    v.paid = statement->paid;
    v.balance = statement->balance;
    return v;
}

Result<PrescriptionView> PrintService::prescription(const Actor& actor, const QString& prescriptionId)
{
    auto row = m_prescriptions.get(actor, prescriptionId);
    if (!row)
        return row.error();
    auto heading = this->heading(actor, QStringLiteral("Prescription"), *row);
    if (!heading)
        return heading.error();
    PrescriptionView v;
    v.heading = *heading;
    v.heading.number = text(*row, QStringLiteral("id"));
    if (const QString doctorId = text(*row, QStringLiteral("doctor_id")); !doctorId.isEmpty()) {
        auto doctor = m_doctors.get(actor, doctorId);
        if (auto e = optionalLookup(doctor))
            return *e;
        if (doctor) {
            v.heading.dentistName = text(*doctor, QStringLiteral("name"));
            v.dentistLicence = text(*doctor, QStringLiteral("license_number"));
        }
    }
    v.instructions = text(*row, QStringLiteral("instructions"));
    for (const QVariant& entry : row->value(QStringLiteral("items")).toList()) {
        const QVariantMap item = entry.toMap();
        v.items.append({text(item, QStringLiteral("medication_name")),
                        text(item, QStringLiteral("medication_type")), text(item, QStringLiteral("dosage")),
                        text(item, QStringLiteral("frequency")), text(item, QStringLiteral("duration")),
                        text(item, QStringLiteral("quantity")), text(item, QStringLiteral("instructions"))});
    }
    return v;
}

Result<PrintedFile> PrintService::invoicePdf(const Actor& actor, const QString& invoiceId)
{
    auto view = invoice(actor, invoiceId);
    if (!view)
        return view.error();
    auto pdf = DocumentPainter::pdf(*view);
    if (!pdf)
        return pdf.error();
    return PrintedFile{*pdf, fileName(QStringLiteral("invoice"), view->heading.number)};
}

Result<PrintedFile> PrintService::prescriptionPdf(const Actor& actor, const QString& prescriptionId)
{
    auto view = prescription(actor, prescriptionId);
    if (!view)
        return view.error();
    auto pdf = DocumentPainter::pdf(*view);
    if (!pdf)
        return pdf.error();
    return PrintedFile{*pdf, fileName(QStringLiteral("prescription"), view->heading.number)};
}

} // namespace chairside

#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/ChangeFeed.h"
#include "services/ClinicalReferences.h"
#include "services/ServiceContext.h"

#include <QVariantMap>

namespace chairside {

class PatientService;

// An invoice with what was paid towards it.
struct InvoiceStatement
{
    QVariantMap invoice;
    QList<QVariantMap> payments; // oldest first
    QString paid;                // "0.00"
    QString balance;             // still owed
};

// A patient's account with the clinic in one currency: what was invoiced (refunded invoices left out), what
// was paid (completed payments), and what is still owed (negative when paid ahead). Money as two-decimal
// text.
struct BillingBalance
{
    QString currency;
    QString invoiced;
    QString paid;
    QString owed;
};

// Payments and invoices (seed 002). No card is charged and no gateway is called: the front desk records
// what was paid, how, and under which transaction, and issues invoices. The front desk and the
// administrator write them; a patient account sees its own, dentists those of their patients.
class BillingService
{
public:
    BillingService(ServiceContext& ctx, PatientService& patients, ClinicalReferences& references)
        : m_ctx(ctx)
        , m_patients(patients)
        , m_references(references)
    {}

    static const QStringList& paymentMethods();      // credit_card, debit_card, cash, insurance
    static const QStringList& transactionStatuses(); // pending, completed, failed, refunded
    static const QStringList& invoiceStatuses();     // paid, unpaid, refunded

    // `input`: patient_id (or appointment_id), doctor_id, appointment_id, amount, currency (default AUD,
    // seed 002's), payment_method, transaction_status (default pending), transaction_id (made up when not
    // given; unique), payment_metadata (a JSON object).
    Result<QVariantMap> recordPayment(const Actor& actor, const QVariantMap& input);
    Result<QVariantMap> payment(const Actor& actor, const QString& id);
    // Newest first: every payment for staff, otherwise those of the patients the caller may see; with
    // `changedSince`, only those changed since (the change feed).
    Result<QList<QVariantMap>> payments(const Actor& actor,
                                        const std::optional<ChangesSince>& changedSince = {});
    // One patient's, newest first; not found when the caller may not see the patient.
    Result<QList<QVariantMap>> payments(const Actor& actor, const QString& patientId);

    // `input`: patient_id (or appointment_id), appointment_id, total_amount, currency, invoice_number (made
    // up when not given; unique), payment_status (default unpaid), invoice_pdf_url, due_date.
    Result<QVariantMap> issueInvoice(const Actor& actor, const QVariantMap& input);
    Result<QVariantMap> invoice(const Actor& actor, const QString& id);
    // As payments(actor, changedSince).
    Result<QList<QVariantMap>> invoices(const Actor& actor,
                                        const std::optional<ChangesSince>& changedSince = {});
    // Payments name no invoice; those recorded for the invoice's visit (the appointment it names, none
    // without one) are its payments. Completed ones in the invoice's currency count as paid; the balance is
    // the total less that, never below zero, and nothing once the invoice is marked paid or refunded.
    Result<InvoiceStatement> statement(const Actor& actor, const QString& invoiceId);
    Result<QList<QVariantMap>> invoices(const Actor& actor, const QString& patientId);
    // The patient's balance per currency (payments and invoices are not matched one to one: a payment pays
    // towards the account, as at a front desk).
    Result<QList<BillingBalance>> balances(const Actor& actor, const QString& patientId);

private:
    // The read methods record what they hand over in the audit log (readaudit); visibleRow answers writes.
    Result<QVariantMap> recordedRow(const Actor& actor, const QString& table, const QString& id);
    Result<QList<QVariantMap>> recordedRows(const Actor& actor, const QString& table, const QString& order,
                                            const std::optional<ChangesSince>& changedSince);
    Result<QList<QVariantMap>> patientRows(const Actor& actor, const QString& table, const QString& order,
                                           const QString& patientId);
    Result<QVariantMap> visibleRow(const Actor& actor, const QString& table, const QString& id);
    Result<QList<QVariantMap>> visibleRows(const Actor& actor, const QString& table, const QString& order,
                                           const QString& patientId = {},
                                           const std::optional<ChangesSince>& changedSince = {});
    std::optional<QString> currency(const QVariantMap& input, FieldErrors& errors);

    ServiceContext& m_ctx;
    PatientService& m_patients;
    ClinicalReferences& m_references;
};

} // namespace chairside

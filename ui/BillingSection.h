#pragma once

#include "ChartSection.h"

class QComboBox;
class QDateEdit;
class QCheckBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace chairside::ui {

class PrintActions;

// The chart's payments and invoices: what the patient owes (BillingService's balance per currency), the
// payments and the invoices newest first with their state, the selected invoice beside its list, and for the
// front desk (those BillingService lets record payments; the forms are left out for the others) recording a
// payment taken and generating an invoice.
class BillingSection : public ChartSection
{
    Q_OBJECT
public:
    BillingSection(Services& services, Actor actor, QWidget* parent = nullptr);

    void reload() override;
    // The steps behind the buttons: what the forms hold, through the service; a refusal is shown and nothing
    // is written.
    bool recordPayment();
    bool generateInvoice();
    QString currentInvoiceId() const { return currentId(m_invoices); }
    QVariantMap currentInvoice() const;
    // The buttons beside the selected invoice's detail, a row of its own: Print… and Save as PDF…
    // (PrintActions).
    QHBoxLayout* invoiceActions() const { return m_invoiceActions; }
    PrintActions* printActions() const { return m_print; }

signals:
    void currentInvoiceChanged(const QString& invoiceId);

private:
    QGroupBox* buildPaymentForm();
    QGroupBox* buildInvoiceForm();
    void fill();
    void showInvoice();
    static QString methodText(const QString& method);
    static QString paymentStatusText(const QString& status);
    static QString invoiceStatusText(const QString& status);

    QLabel* m_balance;
    QTreeWidget* m_payments;
    QTreeWidget* m_invoices;
    QLabel* m_invoiceDetail;
    QHBoxLayout* m_invoiceActions;
    PrintActions* m_print = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_currency = nullptr;
    QComboBox* m_method = nullptr;
    QComboBox* m_paymentStatus = nullptr;
    QLineEdit* m_invoiceTotal = nullptr;
    QLineEdit* m_invoiceCurrency = nullptr;
    QCheckBox* m_hasDueDate = nullptr;
    QDateEdit* m_dueDate = nullptr;
    QList<QVariantMap> m_paymentRows;
    QList<QVariantMap> m_invoiceRows;
    QList<BillingBalance> m_balances;
    QString m_shownPatient; // whose rows the lists hold
};

} // namespace chairside::ui

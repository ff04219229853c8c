#include "BillingSection.h"

#include "DisplayText.h"
#include "ErrorText.h"
#include "PrintActions.h"
#include "auth/Permissions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chairside::ui {

namespace {

const QString kOwingStyle = QStringLiteral("QLabel { font-weight: bold; color: #8a1c1c; padding: 2px 0; }");
const QString kSettledStyle = QStringLiteral("QLabel { font-weight: bold; padding: 2px 0; }");

} // namespace

BillingSection::BillingSection(Services& services, Actor actor, QWidget* parent)
    : ChartSection(services, std::move(actor), parent)
    , m_balance(plainLabel())
    , m_payments(makeList(QStringLiteral("chartPaymentList"), tr("Payments"),
                          {tr("Date"), tr("Amount"), tr("Method"), tr("Status"), tr("Transaction")}))
    , m_invoices(makeList(QStringLiteral("chartInvoiceList"), tr("Invoices"),
                          {tr("Issued"), tr("Number"), tr("Total"), tr("Status"), tr("Due")}))
    , m_invoiceDetail(plainLabel())
    , m_invoiceActions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("chartBilling"));
    messageLine()->setObjectName(QStringLiteral("chartBillingMessage"));
    m_balance->setObjectName(QStringLiteral("chartBalance"));
    m_balance->setAccessibleName(tr("Balance"));
    for (QTreeWidget* list : {m_payments, m_invoices}) {
        list->setColumnWidth(0, 150);
        list->setColumnWidth(1, 120);
        list->setColumnWidth(2, 110);
        list->setColumnWidth(3, 100);
    }
    connect(m_invoices, &QTreeWidget::currentItemChanged, this, [this] {
        showInvoice();
        emit currentInvoiceChanged(currentInvoiceId());
    });
    m_invoiceDetail->setObjectName(QStringLiteral("chartInvoiceDetail"));
    m_invoiceDetail->setAccessibleName(tr("Selected invoice"));
    m_invoiceDetail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_invoiceDetail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_invoiceActions->setObjectName(QStringLiteral("chartInvoiceActions"));
    m_invoiceActions->addStretch(1);
    m_print = new PrintActions(m_services, m_actor, PrintActions::Kind::Invoice, m_invoiceActions, this);
    connect(this, &BillingSection::currentInvoiceChanged, m_print, &PrintActions::setDocument);
    connect(m_print, &PrintActions::reported, this,
            [this](const QString& text, bool problem) { showMessage(text, problem); });

    auto* paymentsTitle = new QLabel(tr("Payments"));
    auto* invoicesTitle = new QLabel(tr("Invoices"));
    QFont bold = paymentsTitle->font();
    bold.setBold(true);
    paymentsTitle->setFont(bold);
    invoicesTitle->setFont(bold);
    auto* paymentsPane = new QWidget;
    auto* paymentsLayout = new QVBoxLayout(paymentsPane);
    paymentsLayout->setContentsMargins(0, 0, 0, 0);
    paymentsLayout->addWidget(paymentsTitle);
    paymentsLayout->addWidget(m_payments, 1);
    auto* invoiceDetailPane = new QWidget;
    auto* invoiceDetailLayout = new QVBoxLayout(invoiceDetailPane);
    invoiceDetailLayout->setContentsMargins(0, 0, 0, 0);
    invoiceDetailLayout->addWidget(m_invoiceDetail, 1);
    invoiceDetailLayout->addLayout(m_invoiceActions);
    auto* invoiceRow = new QSplitter(Qt::Horizontal);
    invoiceRow->setChildrenCollapsible(false);
    invoiceRow->addWidget(m_invoices);
    invoiceRow->addWidget(invoiceDetailPane);
    invoiceRow->setSizes({3000, 2000});
    auto* invoicesPane = new QWidget;
    auto* invoicesLayout = new QVBoxLayout(invoicesPane);
    invoicesLayout->setContentsMargins(0, 0, 0, 0);
    invoicesLayout->addWidget(invoicesTitle);
    invoicesLayout->addWidget(invoiceRow, 1);
    auto* lists = new QSplitter(Qt::Vertical);
    lists->setChildrenCollapsible(false);
    lists->addWidget(paymentsPane);
    lists->addWidget(invoicesPane);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_balance);
    layout->addWidget(lists, 1);
    if (allows(m_actor.role, Permission::RecordPayments)) {
        auto* forms = new QHBoxLayout;
        forms->addWidget(buildPaymentForm(), 1);
        forms->addWidget(buildInvoiceForm(), 1);
        layout->addLayout(forms);
    }
    layout->addWidget(messageLine());
    setFocusProxy(m_payments);
}

QGroupBox* BillingSection::buildPaymentForm()
{
    auto* box = new QGroupBox(tr("Record a payment"));
    box->setObjectName(QStringLiteral("chartPaymentForm"));
    m_amount = new QLineEdit;
    m_amount->setObjectName(QStringLiteral("chartPaymentAmount"));
    m_amount->setPlaceholderText(tr("e.g. 80.00"));
    m_currency = new QLineEdit;
    m_currency->setObjectName(QStringLiteral("chartPaymentCurrency"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setPlaceholderText(tr("AUD"));
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(60);
    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("chartPaymentMethod"));
    for (const QString& method : BillingService::paymentMethods())
        m_method->addItem(methodText(method), method);
    m_method->setCurrentIndex(int(BillingService::paymentMethods().indexOf(QStringLiteral("cash"))));
    m_paymentStatus = new QComboBox;
    m_paymentStatus->setObjectName(QStringLiteral("chartPaymentStatus"));
    for (const QString& status : BillingService::transactionStatuses())
        m_paymentStatus->addItem(paymentStatusText(status), status);
    // Money taken at the desk is received; a card or insurance claim still open is recorded as pending.
    m_paymentStatus->setCurrentIndex(
        int(BillingService::transactionStatuses().indexOf(QStringLiteral("completed"))));
    auto* record = new QPushButton(tr("&Record payment"));
    record->setObjectName(QStringLiteral("chartRecordPayment"));
    connect(record, &QPushButton::clicked, this, &BillingSection::recordPayment);
    connect(m_amount, &QLineEdit::returnPressed, this, &BillingSection::recordPayment);

    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Amount:"), amountRow);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&State:"), m_paymentStatus);
    form->addRow(QString(), record);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(amountRow)))
        label->setBuddy(m_amount);
    return box;
}

QGroupBox* BillingSection::buildInvoiceForm()
{
    auto* box = new QGroupBox(tr("Generate an invoice"));
    box->setObjectName(QStringLiteral("chartInvoiceForm"));
    m_invoiceTotal = new QLineEdit;
    m_invoiceTotal->setObjectName(QStringLiteral("chartInvoiceTotal"));
    m_invoiceTotal->setPlaceholderText(tr("e.g. 150.00"));
    m_invoiceCurrency = new QLineEdit;
    m_invoiceCurrency->setObjectName(QStringLiteral("chartInvoiceCurrency"));
    m_invoiceCurrency->setAccessibleName(tr("Currency"));
    m_invoiceCurrency->setPlaceholderText(tr("AUD"));
    m_invoiceCurrency->setMaxLength(3);
    m_invoiceCurrency->setMaximumWidth(60);
    m_hasDueDate = new QCheckBox(tr("D&ue by"));
    m_hasDueDate->setObjectName(QStringLiteral("chartInvoiceHasDueDate"));
    m_dueDate = new QDateEdit;
    m_dueDate->setObjectName(QStringLiteral("chartInvoiceDueDate"));
    m_dueDate->setAccessibleName(tr("Due date"));
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dueDate->setEnabled(false);
    connect(m_hasDueDate, &QCheckBox::toggled, m_dueDate, &QWidget::setEnabled);
    auto* generate = new QPushButton(tr("&Generate invoice"));
    generate->setObjectName(QStringLiteral("chartGenerateInvoice"));
    connect(generate, &QPushButton::clicked, this, &BillingSection::generateInvoice);
    connect(m_invoiceTotal, &QLineEdit::returnPressed, this, &BillingSection::generateInvoice);

    auto* totalRow = new QHBoxLayout;
    totalRow->addWidget(m_invoiceTotal, 1);
    totalRow->addWidget(m_invoiceCurrency);
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDueDate);
    dueRow->addWidget(m_dueDate, 1);
    auto* form = new QFormLayout(box);
    form->addRow(tr("T&otal:"), totalRow);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(totalRow)))
        label->setBuddy(m_invoiceTotal);
    form->addRow(QString(), dueRow);
    form->addRow(QString(), generate);
    return box;
}

void BillingSection::reload()
{
    QList<QVariantMap> payments;
    QList<QVariantMap> invoices;
    QList<BillingBalance> balances;
    if (!m_patientId.isEmpty()) {
        auto paid = m_services.billing.payments(m_actor, m_patientId);
        auto invoiced = m_services.billing.invoices(m_actor, m_patientId);
        auto owed = m_services.billing.balances(m_actor, m_patientId);
        if (!paid || !invoiced || !owed) {
            const Error& e = !paid ? paid.error() : !invoiced ? invoiced.error() : owed.error();
            showMessage(tr("The payments and invoices cannot be read: %1").arg(errorText(e)), true);
        } else {
            payments = *paid;
            invoices = *invoiced;
            balances = *owed;
        }
    }
    if (m_dueDate && !m_hasDueDate->isChecked())
        m_dueDate->setDate(
            m_services.ctx.clock.nowUtc().toTimeZone(m_services.schedule.timeZone()).date().addDays(30));
    if (m_shownPatient == m_patientId && payments == m_paymentRows && invoices == m_invoiceRows)
        return; // unchanged: keep the selection and the focus
    m_shownPatient = m_patientId;
    m_paymentRows = payments;
    m_invoiceRows = invoices;
    m_balances = balances;
    fill();
}

void BillingSection::fill()
{
    if (m_patientId.isEmpty()) {
        m_balance->clear();
    } else if (m_balances.isEmpty()) {
        m_balance->setText(tr("Nothing invoiced or paid yet."));
        m_balance->setStyleSheet(kSettledStyle);
    } else {
        QStringList lines;
        bool owing = false;
        for (const BillingBalance& b : std::as_const(m_balances)) {
            owing = owing || (!b.owed.startsWith(QLatin1Char('-')) && b.owed != QLatin1String("0.00"));
            lines << tr("Balance %1 %2 (invoiced %3, paid %4)").arg(b.owed, b.currency, b.invoiced, b.paid);
        }
        m_balance->setText(lines.join(QLatin1Char('\n')));
        m_balance->setStyleSheet(owing ? kOwingStyle : kSettledStyle);
        m_balance->setProperty("owing", owing);
    }

    m_payments->clear();
    for (const QVariantMap& p : std::as_const(m_paymentRows)) {
        auto* row = new QTreeWidgetItem(m_payments);
        row->setData(0, kIdRole, fieldText(p, QStringLiteral("id")));
        row->setText(0, localTime(fieldText(p, QStringLiteral("created_at"))));
        row->setText(1, tr("%1 %2").arg(fieldText(p, QStringLiteral("amount")),
                                        fieldText(p, QStringLiteral("currency"))));
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(2, methodText(fieldText(p, QStringLiteral("payment_method"))));
        row->setText(3, paymentStatusText(fieldText(p, QStringLiteral("transaction_status"))));
        row->setText(4, fieldText(p, QStringLiteral("transaction_id")));
    }

    const QString selected = currentInvoiceId();
    m_invoices->clear();
    for (const QVariantMap& i : std::as_const(m_invoiceRows)) {
        auto* row = new QTreeWidgetItem(m_invoices);
        row->setData(0, kIdRole, fieldText(i, QStringLiteral("id")));
        row->setText(0, localTime(fieldText(i, QStringLiteral("issued_at"))));
        row->setText(1, fieldText(i, QStringLiteral("invoice_number")));
        row->setText(2, tr("%1 %2").arg(fieldText(i, QStringLiteral("total_amount")),
                                        fieldText(i, QStringLiteral("currency"))));
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(3, invoiceStatusText(fieldText(i, QStringLiteral("payment_status"))));
        row->setText(4, fieldText(i, QStringLiteral("due_date")));
    }
    if (!selectId(m_invoices, selected) && m_invoices->topLevelItemCount() > 0)
        m_invoices->setCurrentItem(m_invoices->topLevelItem(0));
    showInvoice();
}

QVariantMap BillingSection::currentInvoice() const
{
    const QString id = currentInvoiceId();
    for (const QVariantMap& i : m_invoiceRows) {
        if (fieldText(i, QStringLiteral("id")) == id)
            return i;
    }
    return {};
}

void BillingSection::showInvoice()
{
    const QVariantMap i = currentInvoice();
    if (i.isEmpty()) {
        m_invoiceDetail->setText(m_patientId.isEmpty()     ? QString()
                                 : m_invoiceRows.isEmpty() ? tr("No invoices yet.")
                                                           : tr("Select an invoice."));
        return;
    }
    QStringList lines{
        tr("Invoice %1").arg(fieldText(i, QStringLiteral("invoice_number"))),
        tr("Issued %1").arg(localTime(fieldText(i, QStringLiteral("issued_at")))),
        tr("Total %1 %2")
            .arg(fieldText(i, QStringLiteral("total_amount")), fieldText(i, QStringLiteral("currency"))),
        tr("Status: %1").arg(invoiceStatusText(fieldText(i, QStringLiteral("payment_status"))))};
    const QString due = fieldText(i, QStringLiteral("due_date"));
    if (!due.isEmpty())
        lines << tr("Due %1").arg(due);
    // What was paid towards this invoice (the payments of its visit), as its printed copy says.
    auto statement = m_services.billing.statement(m_actor, fieldText(i, QStringLiteral("id")));
    if (statement)
        lines << tr("Paid towards it %1, still owed %2").arg(statement->paid, statement->balance);
    m_invoiceDetail->setText(lines.join(QLatin1Char('\n')));
}

bool BillingSection::recordPayment()
{
    if (!m_amount)
        return false;
    QVariantMap input{{QStringLiteral("patient_id"), m_patientId},
                      {QStringLiteral("amount"), m_amount->text().trimmed()},
                      {QStringLiteral("payment_method"), m_method->currentData()},
                      {QStringLiteral("transaction_status"), m_paymentStatus->currentData()}};
    if (!m_currency->text().trimmed().isEmpty())
        input.insert(QStringLiteral("currency"), m_currency->text().trimmed());
    auto recorded = m_services.billing.recordPayment(m_actor, input);
    if (!recorded) {
        showMessage(tr("The payment was not recorded: %1").arg(errorText(recorded.error())), true);
        m_amount->setFocus();
        return false;
    }
    m_amount->clear();
    reload();
    showMessage(tr("Payment of %1 %2 recorded.")
                    .arg(fieldText(*recorded, QStringLiteral("amount")),
                         fieldText(*recorded, QStringLiteral("currency"))),
                false);
    return true;
}

bool BillingSection::generateInvoice()
{
    if (!m_invoiceTotal)
        return false;
    QVariantMap input{{QStringLiteral("patient_id"), m_patientId},
                      {QStringLiteral("total_amount"), m_invoiceTotal->text().trimmed()}};
    if (!m_invoiceCurrency->text().trimmed().isEmpty())
        input.insert(QStringLiteral("currency"), m_invoiceCurrency->text().trimmed());
    if (m_hasDueDate->isChecked())
        input.insert(QStringLiteral("due_date"), m_dueDate->date().toString(Qt::ISODate));
    auto issued = m_services.billing.issueInvoice(m_actor, input);
    if (!issued) {
        showMessage(tr("The invoice was not generated: %1").arg(errorText(issued.error())), true);
        m_invoiceTotal->setFocus();
        return false;
    }
    m_invoiceTotal->clear();
    reload();
    selectId(m_invoices, fieldText(*issued, QStringLiteral("id")));
    showMessage(tr("Invoice %1 generated.").arg(fieldText(*issued, QStringLiteral("invoice_number"))), false);
    return true;
}

QString BillingSection::methodText(const QString& method)
{
    if (method == QLatin1String("credit_card"))
        return tr("Credit card");
    if (method == QLatin1String("debit_card"))
        return tr("Debit card");
    if (method == QLatin1String("cash"))
        return tr("Cash");
    if (method == QLatin1String("insurance"))
        return tr("Insurance");
    return method;
}

QString BillingSection::paymentStatusText(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("refunded"))
        return tr("Refunded");
    return status;
}

QString BillingSection::invoiceStatusText(const QString& status)
{
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("unpaid"))
        return tr("Unpaid");
    if (status == QLatin1String("refunded"))
        return tr("Refunded");
    return status;
}

} // namespace chairside::ui

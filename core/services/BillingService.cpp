#include "BillingService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "services/PatientService.h"
#include "services/ReadAudit.h"
#include "store/Query.h"
#include "store/UniqueRules.h"
#include "store/UnitOfWork.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>

namespace chairside {

namespace {

const QString kDefaultCurrency = QStringLiteral("AUD"); // seed 002's default

QString requiredMessage()
{
    return QStringLiteral("This field is required.");
}

// A reference nobody typed: unique across stations because it carries part of a random UUID.
QString madeUpNumber(const QString& prefix, const QDateTime& now)
{
    return prefix + now.toString(QStringLiteral("yyyyMMdd-")) +
           QUuid::createUuid().toString(QUuid::Id128).left(8).toUpper();
}

// "150.00" -> 15000; amounts are stored as positiveMoney made them.
qint64 cents(const QString& amount)
{
    const QStringList parts = amount.split(QLatin1Char('.'));
    const qint64 whole = parts.value(0).toLongLong();
    const QString fraction = parts.value(1).leftJustified(2, QLatin1Char('0')).left(2);
    return whole * 100 + fraction.toLongLong();
}

// Negative too: a patient's balance paid ahead (balances()).
QString money(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

const QStringList& BillingService::paymentMethods()
{
    static const QStringList codes{QStringLiteral("credit_card"), QStringLiteral("debit_card"),
                                   QStringLiteral("cash"), QStringLiteral("insurance")};
    return codes;
}

const QStringList& BillingService::transactionStatuses()
{
    static const QStringList codes{QStringLiteral("pending"), QStringLiteral("completed"),
                                   QStringLiteral("failed"), QStringLiteral("refunded")};
    return codes;
}

const QStringList& BillingService::invoiceStatuses()
{
    static const QStringList codes{QStringLiteral("paid"), QStringLiteral("unpaid"),
                                   QStringLiteral("refunded")};
    return codes;
}

std::optional<QString> BillingService::currency(const QVariantMap& input, FieldErrors& errors)
{
    const QVariant given = input.value(QStringLiteral("currency"));
    if (isNullValue(given) || given.toString().trimmed().isEmpty())
        return kDefaultCurrency;
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
    const QString text = given.toString().trimmed();
    if (given.metaType().id() != QMetaType::QString || !code.match(text).hasMatch()) {
        errors.add(QStringLiteral("currency"),
                   QStringLiteral("Give a three-letter currency code, such as AUD."));
        return std::nullopt;
    }
    return text.toUpper();
}

Result<QVariantMap> BillingService::recordPayment(const Actor& actor, const QVariantMap& input)
{
    if (!allows(actor.role, Permission::RecordPayments))
        return Error::forbidden();
    FieldErrors errors;
    QVariantMap row =
        normalizeFields({{QStringLiteral("transaction_id"), FieldType::Text, 100}}, input, errors);
    for (const QString& reference :
         {QStringLiteral("patient_id"), QStringLiteral("doctor_id"), QStringLiteral("appointment_id")})
        row.insert(reference, input.value(reference));
    m_references.check(actor, row, {QStringLiteral("patient_id")}, errors);

    if (!input.contains(QStringLiteral("amount")))
        errors.add(QStringLiteral("amount"), requiredMessage());
    else if (auto amount = positiveMoney(input.value(QStringLiteral("amount"))))
        row.insert(QStringLiteral("amount"), *amount);
    else
        errors.add(QStringLiteral("amount"),
                   QStringLiteral("Give an amount above zero with at most two decimals."));
    if (auto code = currency(input, errors))
        row.insert(QStringLiteral("currency"), *code);

    const QVariant method = input.value(QStringLiteral("payment_method"));
    if (isNullValue(method))
        errors.add(QStringLiteral("payment_method"), requiredMessage());
    else if (auto code = enumCode(method, paymentMethods()))
        row.insert(QStringLiteral("payment_method"), *code);
    else
        errors.add(QStringLiteral("payment_method"),
                   QStringLiteral("\"%1\" is not a valid choice.").arg(method.toString()));

    const QVariant status = input.value(QStringLiteral("transaction_status"));
    if (isNullValue(status))
        row.insert(QStringLiteral("transaction_status"), QStringLiteral("pending"));
    else if (auto code = enumCode(status, transactionStatuses()))
        row.insert(QStringLiteral("transaction_status"), *code);
    else
        errors.add(QStringLiteral("transaction_status"),
                   QStringLiteral("\"%1\" is not a valid choice.").arg(status.toString()));

    const QVariant metadata = input.value(QStringLiteral("payment_metadata"));
    if (metadata.metaType().id() == QMetaType::QVariantMap)
        row.insert(QStringLiteral("payment_metadata"),
                   QString::fromUtf8(QJsonDocument::fromVariant(metadata).toJson(QJsonDocument::Compact)));
    else if (!isNullValue(metadata))
        errors.add(QStringLiteral("payment_metadata"), QStringLiteral("Give a JSON object."));

    if (isNullValue(row.value(QStringLiteral("transaction_id"))))
        row.insert(QStringLiteral("transaction_id"),
                   madeUpNumber(QStringLiteral("TX-"), m_ctx.clock.nowUtc()));
    if (!errors.has(QStringLiteral("transaction_id"))) {
        auto taken = duplicatedRules(m_ctx.db.connection(), QStringLiteral("payments"), QString(), row,
                                     {QStringLiteral("transaction_id")});
        if (!taken)
            return taken.error();
        if (!taken->isEmpty())
            errors.add(QStringLiteral("transaction_id"),
                       QStringLiteral("payment with this transaction id already exists."));
    }
    if (!errors.isEmpty())
        return errors.toError();

    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    const QString id = Uuid::v7(uow.now());
    row.insert(QStringLiteral("recorded_by"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId));
    row.insert(QStringLiteral("created_at"), uow.nowIso());
    row.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.insert(QStringLiteral("payments"), id, row))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return visibleRow(actor, QStringLiteral("payments"), id);
}

Result<QVariantMap> BillingService::issueInvoice(const Actor& actor, const QVariantMap& input)
{
    if (!allows(actor.role, Permission::RecordPayments))
        return Error::forbidden();
    FieldErrors errors;
    QVariantMap row = normalizeFields({{QStringLiteral("invoice_number"), FieldType::Text, 100},
                                       {QStringLiteral("invoice_pdf_url"), FieldType::Text, 2000},
                                       {QStringLiteral("due_date"), FieldType::Date}},
                                      input, errors);
    for (const QString& reference : {QStringLiteral("patient_id"), QStringLiteral("appointment_id")})
        row.insert(reference, input.value(reference));
    m_references.check(actor, row, {QStringLiteral("patient_id")}, errors);

    if (!input.contains(QStringLiteral("total_amount")))
        errors.add(QStringLiteral("total_amount"), requiredMessage());
    else if (auto amount = positiveMoney(input.value(QStringLiteral("total_amount"))))
        row.insert(QStringLiteral("total_amount"), *amount);
    else
        errors.add(QStringLiteral("total_amount"),
                   QStringLiteral("Give an amount above zero with at most two decimals."));
    if (auto code = currency(input, errors))
        row.insert(QStringLiteral("currency"), *code);

    const QVariant status = input.value(QStringLiteral("payment_status"));
    if (isNullValue(status))
        row.insert(QStringLiteral("payment_status"), QStringLiteral("unpaid"));
    else if (auto code = enumCode(status, invoiceStatuses()))
        row.insert(QStringLiteral("payment_status"), *code);
    else
        errors.add(QStringLiteral("payment_status"),
                   QStringLiteral("\"%1\" is not a valid choice.").arg(status.toString()));

    if (isNullValue(row.value(QStringLiteral("invoice_number"))))
        row.insert(QStringLiteral("invoice_number"),
                   madeUpNumber(QStringLiteral("INV-"), m_ctx.clock.nowUtc()));
    if (!errors.has(QStringLiteral("invoice_number"))) {
        auto taken = duplicatedRules(m_ctx.db.connection(), QStringLiteral("invoices"), QString(), row,
                                     {QStringLiteral("invoice_number")});
        if (!taken)
            return taken.error();
        if (!taken->isEmpty())
            errors.add(QStringLiteral("invoice_number"),
                       QStringLiteral("invoice with this invoice number already exists."));
    }
    if (!errors.isEmpty())
        return errors.toError();

    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    const QString id = Uuid::v7(uow.now());
    row.insert(QStringLiteral("issued_by"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId));
    row.insert(QStringLiteral("issued_at"), uow.nowIso());
    row.insert(QStringLiteral("created_at"), uow.nowIso());
    row.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.insert(QStringLiteral("invoices"), id, row))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return visibleRow(actor, QStringLiteral("invoices"), id);
}

Result<QVariantMap> BillingService::visibleRow(const Actor& actor, const QString& table, const QString& id)
{
    if (!Uuid::isValid(id))
        return Error::notFound();
    auto row = sql::selectOne(
        m_ctx.db.connection(),
        QStringLiteral("SELECT * FROM %1 WHERE id = ? AND deleted_at IS NULL").arg(table), {id});
    if (!row)
        return row.error();
    if (!row->has_value() ||
        !m_patients.visibleTo(actor, (*row)->value(QStringLiteral("patient_id")).toString()))
        return Error::notFound();
    return **row;
}

Result<QList<QVariantMap>> BillingService::visibleRows(const Actor& actor, const QString& table,
                                                       const QString& order, const QString& patientId,
                                                       const std::optional<ChangesSince>& changedSince)
{
    auto [visible, binds] = PatientService::visibility(actor);
    QString onePatient;
    if (!patientId.isEmpty()) {
        if (!Uuid::isValid(patientId) || !m_patients.visibleTo(actor, patientId))
            return Error::notFound();
        onePatient = QStringLiteral(" AND x.patient_id = ?");
        binds << patientId;
    }
    const QString changed = ChangeFeed::andChangedSince(QStringLiteral("x.id"), changedSince, binds);
    return sql::select(m_ctx.db.connection(),
                       QStringLiteral("SELECT x.* FROM %1 x JOIN patients p ON p.id = x.patient_id "
                                      "WHERE x.deleted_at IS NULL AND %2%3%4 ORDER BY x.%5 DESC, x.id DESC")
                           .arg(table, visible, onePatient, changed, order),
                       binds);
}

Result<QVariantMap> BillingService::payment(const Actor& actor, const QString& id)
{
    return recordedRow(actor, QStringLiteral("payments"), id);
}

Result<QList<QVariantMap>> BillingService::payments(const Actor& actor,
                                                    const std::optional<ChangesSince>& changedSince)
{
    return recordedRows(actor, QStringLiteral("payments"), QStringLiteral("created_at"), changedSince);
}

Result<QList<QVariantMap>> BillingService::payments(const Actor& actor, const QString& patientId)
{
    return patientRows(actor, QStringLiteral("payments"), QStringLiteral("created_at"), patientId);
}

Result<QVariantMap> BillingService::invoice(const Actor& actor, const QString& id)
{
    return recordedRow(actor, QStringLiteral("invoices"), id);
}

Result<QList<QVariantMap>> BillingService::invoices(const Actor& actor,
                                                    const std::optional<ChangesSince>& changedSince)
{
    return recordedRows(actor, QStringLiteral("invoices"), QStringLiteral("issued_at"), changedSince);
}

Result<QVariantMap> BillingService::recordedRow(const Actor& actor, const QString& table, const QString& id)
{
    auto row = visibleRow(actor, table, id);
    if (row)
        if (Status e =
                readaudit::one(m_ctx, actor, table, id, row->value(QStringLiteral("patient_id")).toString()))
            return *e;
    return row;
}

Result<QList<QVariantMap>> BillingService::recordedRows(const Actor& actor, const QString& table,
                                                        const QString& order,
                                                        const std::optional<ChangesSince>& changedSince)
{
    auto rows = visibleRows(actor, table, order, {}, changedSince);
    if (rows)
        if (Status e = readaudit::list(m_ctx, actor, table, *rows))
            return *e;
    return rows;
}

Result<QList<QVariantMap>> BillingService::patientRows(const Actor& actor, const QString& table,
                                                       const QString& order, const QString& patientId)
{
    if (patientId.isEmpty())
        return Error::notFound();
    auto rows = visibleRows(actor, table, order, patientId);
    if (rows)
        if (Status e = readaudit::list(m_ctx, actor, table, *rows, QStringLiteral("patient_id"),
                                       {{QStringLiteral("patient_id"), patientId}}))
            return *e;
    return rows;
}

Result<InvoiceStatement> BillingService::statement(const Actor& actor, const QString& invoiceId)
{
    auto found = invoice(actor, invoiceId);
    if (!found)
        return found.error();
    InvoiceStatement out{*found, {}, {}, {}};
    const QString appointmentId = found->value(QStringLiteral("appointment_id")).toString();
    if (!appointmentId.isEmpty()) {
        auto rows =
            sql::select(m_ctx.db.connection(),
                        QStringLiteral("SELECT * FROM payments WHERE appointment_id = ? AND patient_id = ? "
                                       "AND deleted_at IS NULL ORDER BY created_at, id"),
                        {appointmentId, found->value(QStringLiteral("patient_id"))});
        if (!rows)
            return rows.error();
        out.payments = *rows;
    }
    const QString currency = found->value(QStringLiteral("currency")).toString();
    qint64 paid = 0;
    for (const QVariantMap& p : std::as_const(out.payments)) {
        if (p.value(QStringLiteral("transaction_status")).toString() == QLatin1String("completed") &&
            p.value(QStringLiteral("currency")).toString() == currency)
            paid += cents(p.value(QStringLiteral("amount")).toString());
    }
    const bool settled = found->value(QStringLiteral("payment_status")).toString() != QLatin1String("unpaid");
    const qint64 owed = cents(found->value(QStringLiteral("total_amount")).toString()) - paid;
    out.paid = money(paid);
    out.balance = money(settled ? 0 : std::max<qint64>(owed, 0));
    return out;
}

Result<QList<QVariantMap>> BillingService::invoices(const Actor& actor, const QString& patientId)
{
    return patientRows(actor, QStringLiteral("invoices"), QStringLiteral("issued_at"), patientId);
}

Result<QList<BillingBalance>> BillingService::balances(const Actor& actor, const QString& patientId)
{
    auto paid = payments(actor, patientId);
    if (!paid)
        return paid.error();
    auto invoiced = invoices(actor, patientId);
    if (!invoiced)
        return invoiced.error();
    struct Sums
    {
        qint64 invoiced = 0;
        qint64 paid = 0;
    };
    QMap<QString, Sums> byCurrency; // sorted by currency code, so the order is stable
    for (const QVariantMap& invoice : *invoiced) {
        if (invoice.value(QStringLiteral("payment_status")) != QLatin1String("refunded"))
            byCurrency[invoice.value(QStringLiteral("currency")).toString()].invoiced +=
                cents(invoice.value(QStringLiteral("total_amount")).toString());
    }
    for (const QVariantMap& payment : *paid) {
        if (payment.value(QStringLiteral("transaction_status")) == QLatin1String("completed"))
            byCurrency[payment.value(QStringLiteral("currency")).toString()].paid +=
                cents(payment.value(QStringLiteral("amount")).toString());
    }
    QList<BillingBalance> out;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it)
        out.append({it.key(), money(it->invoiced), money(it->paid), money(it->invoiced - it->paid)});
    return out;
}

} // namespace chairside

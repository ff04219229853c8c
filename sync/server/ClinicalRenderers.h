#pragma once

#include <QJsonObject>
#include <QVariantMap>

namespace chairside::api {

// Clinical and billing rows to seed 002's JSON (its serializers are `fields='__all__'`: the row with foreign
// keys as ids, enumerations in its spelling: "SMS", "Credit Card", "Unpaid"), plus the `*_id` spellings and
// what Chairside adds (items, file links).
QJsonObject renderDocument(const QVariantMap& document, const QString& baseUrl);
QJsonObject renderPrescription(const QVariantMap& prescription);
QJsonObject renderPrescriptionItem(const QVariantMap& item);
QJsonObject renderNotification(const QVariantMap& notification);
QJsonObject renderPayment(const QVariantMap& payment);
// invoice_pdf_url: the address a client gave, else this station's own PDF of the invoice.
QJsonObject renderInvoice(const QVariantMap& invoice, const QString& baseUrl);
QJsonObject renderAuditEntry(const QVariantMap& entry);

// A request's reference fields as core names them: "patient" -> "patient_id" (also "doctor", "appointment",
// "user", "consultation"), when the `_id` spelling is not there already. Numbers become text.
QVariantMap clinicalInput(const QVariantMap& fields);

// A stored code as seed 002 spells it: "credit_card" -> "Credit Card", "sms" -> "SMS".
QString seedSpelling(const QString& code);

} // namespace chairside::api

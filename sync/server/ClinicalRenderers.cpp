#include "ClinicalRenderers.h"

#include "domain/Fields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace chairside::api {

namespace {

QJsonValue value(const QVariantMap& row, const QString& key)
{
    const QVariant v = row.value(key);
    return isNullValue(v) ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v);
}

QJsonObject copy(const QVariantMap& row, const QStringList& keys)
{
    QJsonObject o;
    for (const QString& k : keys)
        o.insert(k, value(row, k));
    return o;
}

// Each reference both as seed 002 names it ("patient") and as `patient_id`.
void addReferences(QJsonObject& o, const QVariantMap& row, const QStringList& names)
{
    for (const QString& name : names) {
        const QJsonValue id = value(row, name + QStringLiteral("_id"));
        o.insert(name, id);
        o.insert(name + QStringLiteral("_id"), id);
    }
}

QJsonValue spelled(const QVariantMap& row, const QString& key)
{
    const QVariant v = row.value(key);
    return isNullValue(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(seedSpelling(v.toString()));
}

QJsonValue flag(const QVariantMap& row, const QString& key)
{
    const QVariant v = row.value(key);
    return isNullValue(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toInt() != 0);
}

} // namespace

QString seedSpelling(const QString& code)
{
    if (code == QLatin1String("sms"))
        return QStringLiteral("SMS");
    QStringList words = code.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString& w : words)
        w[0] = w[0].toUpper();
    return words.join(QLatin1Char(' '));
}

QVariantMap clinicalInput(const QVariantMap& fields)
{
    QVariantMap out = fields;
    for (const QString& name :
         {QStringLiteral("patient"), QStringLiteral("doctor"), QStringLiteral("appointment"),
          QStringLiteral("user"), QStringLiteral("consultation")}) {
        const QString idKey = name + QStringLiteral("_id");
        if (out.contains(idKey) || !out.contains(name))
            continue;
        const QVariant v = out.value(name);
        out.insert(idKey, v.metaType().id() == QMetaType::Double
                              ? QVariant(QString::number(qint64(v.toDouble())))
                              : v);
    }
    return out;
}

QJsonObject renderDocument(const QVariantMap& d, const QString& baseUrl)
{
    QJsonObject o =
        copy(d, {QStringLiteral("id"), QStringLiteral("report_type"), QStringLiteral("diagnosis"),
                 QStringLiteral("file_type"), QStringLiteral("file_name"), QStringLiteral("mime_type"),
                 QStringLiteral("size_bytes"), QStringLiteral("sha256"), QStringLiteral("uploaded_at"),
                 QStringLiteral("uploaded_by"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    addReferences(o, d, {QStringLiteral("patient"), QStringLiteral("doctor"), QStringLiteral("appointment")});
    const bool stored = !isNullValue(d.value(QStringLiteral("sha256")));
    const QString download =
        stored
            ? baseUrl + QStringLiteral("/api/reports/%1/file/").arg(d.value(QStringLiteral("id")).toString())
            : QString();
    o.insert(QStringLiteral("download_url"), stored ? QJsonValue(download) : QJsonValue(QJsonValue::Null));
    // Seed 002 clients open `file_url`; for a file kept here that is where it is served.
    o.insert(QStringLiteral("file_url"), isNullValue(d.value(QStringLiteral("file_url")))
                                             ? (stored ? QJsonValue(download) : QJsonValue(QJsonValue::Null))
                                             : value(d, QStringLiteral("file_url")));
    return o;
}

QJsonObject renderPrescriptionItem(const QVariantMap& item)
{
    QJsonObject o = copy(
        item, {QStringLiteral("id"), QStringLiteral("medication_name"), QStringLiteral("dosage"),
               QStringLiteral("frequency"), QStringLiteral("duration"), QStringLiteral("instructions"),
               QStringLiteral("medication_type"), QStringLiteral("quantity"), QStringLiteral("created_at")});
    o.insert(QStringLiteral("medication_type_display"), spelled(item, QStringLiteral("medication_type")));
    o.insert(QStringLiteral("is_active"), flag(item, QStringLiteral("is_active")));
    return o;
}

QJsonObject renderPrescription(const QVariantMap& p)
{
    QJsonObject o =
        copy(p, {QStringLiteral("id"), QStringLiteral("instructions"), QStringLiteral("issued_at"),
                 QStringLiteral("issued_by"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    addReferences(o, p,
                  {QStringLiteral("patient"), QStringLiteral("doctor"), QStringLiteral("appointment"),
                   QStringLiteral("consultation")});
    o.insert(QStringLiteral("medications"), QJsonValue::fromVariant(p.value(QStringLiteral("medications"))));
    QJsonArray items;
    for (const QVariant& item : p.value(QStringLiteral("items")).toList())
        items.append(renderPrescriptionItem(item.toMap()));
    o.insert(QStringLiteral("items"), items);
    return o;
}

QJsonObject renderNotification(const QVariantMap& n)
{
    QJsonObject o =
        copy(n, {QStringLiteral("id"), QStringLiteral("subject"), QStringLiteral("message"),
                 QStringLiteral("provider_message_id"), QStringLiteral("error_message"),
                 QStringLiteral("sent_at"), QStringLiteral("read_at"), QStringLiteral("created_by"),
                 QStringLiteral("created_at"), QStringLiteral("updated_at")});
    addReferences(o, n, {QStringLiteral("user"), QStringLiteral("appointment")});
    o.insert(QStringLiteral("type"), spelled(n, QStringLiteral("channel")));
    o.insert(QStringLiteral("status"), spelled(n, QStringLiteral("status")));
    o.insert(QStringLiteral("is_read"), flag(n, QStringLiteral("is_read")));
    return o;
}

QJsonObject renderPayment(const QVariantMap& p)
{
    QJsonObject o = copy(p, {QStringLiteral("id"), QStringLiteral("amount"), QStringLiteral("currency"),
                             QStringLiteral("transaction_id"), QStringLiteral("recorded_by"),
                             QStringLiteral("created_at"), QStringLiteral("updated_at")});
    addReferences(o, p, {QStringLiteral("patient"), QStringLiteral("doctor"), QStringLiteral("appointment")});
    o.insert(QStringLiteral("payment_method"), spelled(p, QStringLiteral("payment_method")));
    o.insert(QStringLiteral("transaction_status"), spelled(p, QStringLiteral("transaction_status")));
    const QString metadata = p.value(QStringLiteral("payment_metadata")).toString();
    o.insert(QStringLiteral("payment_metadata"),
             metadata.isEmpty() ? QJsonValue(QJsonObject())
                                : QJsonValue(QJsonDocument::fromJson(metadata.toUtf8()).object()));
    return o;
}

QJsonObject renderInvoice(const QVariantMap& i, const QString& baseUrl)
{
    QJsonObject o =
        copy(i, {QStringLiteral("id"), QStringLiteral("total_amount"), QStringLiteral("currency"),
                 QStringLiteral("invoice_number"), QStringLiteral("issued_at"), QStringLiteral("due_date"),
                 QStringLiteral("issued_by"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    addReferences(o, i, {QStringLiteral("patient"), QStringLiteral("appointment")});
    o.insert(QStringLiteral("payment_status"), spelled(i, QStringLiteral("payment_status")));
    const QString given = i.value(QStringLiteral("invoice_pdf_url")).toString();
    o.insert(QStringLiteral("invoice_pdf_url"),
             given.isEmpty()
                 ? baseUrl +
                       QStringLiteral("/api/invoices/%1/pdf/").arg(i.value(QStringLiteral("id")).toString())
                 : given);
    return o;
}

QJsonObject renderAuditEntry(const QVariantMap& e)
{
    QJsonObject o = copy(e, {QStringLiteral("id"), QStringLiteral("seq"), QStringLiteral("action"),
                             QStringLiteral("source"), QStringLiteral("table_name"), QStringLiteral("row_id"),
                             QStringLiteral("detail"), QStringLiteral("actor_email"), QStringLiteral("kind"),
                             QStringLiteral("client"), QStringLiteral("station_id")});
    // Seed 002's AuditLog shape: {id, user, action, action_type, metadata, timestamp}.
    o.insert(QStringLiteral("user"), value(e, QStringLiteral("actor_id")));
    o.insert(QStringLiteral("action_type"), value(e, QStringLiteral("source")));
    o.insert(QStringLiteral("timestamp"), value(e, QStringLiteral("at")));
    o.insert(QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("table"), value(e, QStringLiteral("table_name"))},
                         {QStringLiteral("row_id"), value(e, QStringLiteral("row_id"))},
                         {QStringLiteral("detail"), value(e, QStringLiteral("detail"))},
                         {QStringLiteral("kind"), value(e, QStringLiteral("kind"))},
                         {QStringLiteral("client"), value(e, QStringLiteral("client"))},
                         {QStringLiteral("station_id"), value(e, QStringLiteral("station_id"))}});
    return o;
}

} // namespace chairside::api

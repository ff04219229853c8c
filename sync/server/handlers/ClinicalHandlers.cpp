#include "ClinicalHandlers.h"

#include "ClinicalRenderers.h"
#include "handlers/Responses.h"

#include <QJsonArray>

namespace chairside::api {

namespace {

QString id(const ApiRequest& req)
{
    return req.param(QStringLiteral("id"));
}

QString patientId(const ApiRequest& req)
{
    return req.param(QStringLiteral("patient_id"));
}

auto invoiceRenderer(const ApiRequest& req)
{
    return [base = req.baseUrl](const QVariantMap& invoice) { return renderInvoice(invoice, base); };
}

// A printed document as a download. The file name holds only [A-Za-z0-9._-] (PrintService makes it so).
ApiResponse download(const Result<PrintedFile>& printed)
{
    if (!printed)
        return ApiResponse::fromError(printed.error());
    ApiResponse r = ApiResponse::bytes(printed->pdf, QByteArray("application/pdf"));
    r.headers.emplaceBack(QByteArray("Content-Disposition"), QByteArray("attachment; filename=\"") +
                                                                 printed->fileName.toLatin1() +
                                                                 QByteArray("\""));
    return r;
}

} // namespace

ApiResponse ClinicalHandlers::uploadReport(const ApiRequest& req)
{
    const auto render = [&](const QVariantMap& d) { return renderDocument(d, req.baseUrl); };
    // A multipart upload names its file part "file" (any other name is taken when it is the only file).
    std::optional<DocumentFile> file;
    for (const UploadedFile& f : req.files) {
        if (f.field == QLatin1String("file") || req.files.size() == 1)
            file = DocumentFile{f.fileName, QString::fromLatin1(f.contentType), f.data};
    }
    if (req.files.size() > 1 && !file)
        return ApiResponse::fromError(Error::field(
            QStringLiteral("file"), QStringLiteral("Send one file, in the form field \"file\".")));
    return one(m_s.documents.upload(req.actor(), clinicalInput(req.fields), file), 201, render);
}

ApiResponse ClinicalHandlers::report(const ApiRequest& req)
{
    const auto render = [&](const QVariantMap& d) { return renderDocument(d, req.baseUrl); };
    return one(m_s.documents.get(req.actor(), id(req)), 200, render);
}

ApiResponse ClinicalHandlers::reportFile(const ApiRequest& req)
{
    auto content = m_s.documents.content(req.actor(), id(req));
    if (!content)
        return ApiResponse::fromError(content.error());
    ApiResponse r = ApiResponse::bytes(content->data, content->mimeType.toLatin1());
    QString name = content->fileName;
    name.remove(QLatin1Char('"')).remove(QLatin1Char('\\'));
    if (!name.isEmpty())
        r.headers.emplaceBack(QByteArray("Content-Disposition"),
                              QByteArray("inline; filename=\"") + name.toUtf8() + QByteArray("\""));
    return r;
}

ApiResponse ClinicalHandlers::patientReports(const ApiRequest& req)
{
    const auto render = [&](const QVariantMap& d) { return renderDocument(d, req.baseUrl); };
    return many(m_s.documents.listForPatient(req.actor(), patientId(req), req.changedSince), render);
}

ApiResponse ClinicalHandlers::deleteReport(const ApiRequest& req)
{
    return deleted(m_s.documents.remove(req.actor(), id(req)));
}

ApiResponse ClinicalHandlers::createPrescription(const ApiRequest& req)
{
    return one(m_s.prescriptions.create(req.actor(), clinicalInput(req.fields)), 201, renderPrescription);
}

ApiResponse ClinicalHandlers::prescription(const ApiRequest& req)
{
    return one(m_s.prescriptions.get(req.actor(), id(req)), 200, renderPrescription);
}

ApiResponse ClinicalHandlers::prescriptionPdf(const ApiRequest& req)
{
    return download(m_s.printing.prescriptionPdf(req.actor(), id(req)));
}

ApiResponse ClinicalHandlers::patientPrescriptions(const ApiRequest& req)
{
    return many(m_s.prescriptions.listForPatient(req.actor(), patientId(req), req.changedSince),
                renderPrescription);
}

ApiResponse ClinicalHandlers::updatePrescription(const ApiRequest& req)
{
    return one(m_s.prescriptions.update(req.actor(), id(req), clinicalInput(req.fields), isPatch(req)), 200,
               renderPrescription);
}

ApiResponse ClinicalHandlers::deletePrescription(const ApiRequest& req)
{
    return deleted(m_s.prescriptions.remove(req.actor(), id(req)));
}

ApiResponse ClinicalHandlers::sendNotification(const ApiRequest& req)
{
    return one(m_s.notifications.send(req.actor(), clinicalInput(req.fields)), 201, renderNotification);
}

ApiResponse ClinicalHandlers::notifications(const ApiRequest& req)
{
    return many(m_s.notifications.list(req.actor(), req.changedSince), renderNotification);
}

ApiResponse ClinicalHandlers::notification(const ApiRequest& req)
{
    return one(m_s.notifications.get(req.actor(), id(req)), 200, renderNotification);
}

ApiResponse ClinicalHandlers::markNotificationRead(const ApiRequest& req)
{
    return one(m_s.notifications.markRead(req.actor(), id(req)), 200, renderNotification);
}

ApiResponse ClinicalHandlers::charge(const ApiRequest& req)
{
    return one(m_s.billing.recordPayment(req.actor(), clinicalInput(req.fields)), 201, renderPayment);
}

ApiResponse ClinicalHandlers::paymentHistory(const ApiRequest& req)
{
    return many(m_s.billing.payments(req.actor(), req.changedSince), renderPayment);
}

ApiResponse ClinicalHandlers::payment(const ApiRequest& req)
{
    return one(m_s.billing.payment(req.actor(), id(req)), 200, renderPayment);
}

ApiResponse ClinicalHandlers::generateInvoice(const ApiRequest& req)
{
    return one(m_s.billing.issueInvoice(req.actor(), clinicalInput(req.fields)), 201, invoiceRenderer(req));
}

ApiResponse ClinicalHandlers::invoices(const ApiRequest& req)
{
    return many(m_s.billing.invoices(req.actor(), req.changedSince), invoiceRenderer(req));
}

ApiResponse ClinicalHandlers::invoice(const ApiRequest& req)
{
    return one(m_s.billing.invoice(req.actor(), id(req)), 200, invoiceRenderer(req));
}

ApiResponse ClinicalHandlers::invoicePdf(const ApiRequest& req)
{
    return download(m_s.printing.invoicePdf(req.actor(), id(req)));
}

ApiResponse ClinicalHandlers::auditLogs(const ApiRequest& req)
{
    AuditQuery q;
    FieldErrors errors;
    // A whole number of 1 or more from the query, or `fallback` when it is not there.
    const auto wholeNumber = [&](const QString& name, qint64 fallback) {
        if (!req.query.hasQueryItem(name))
            return fallback;
        bool ok = false;
        const qint64 n = req.query.queryItemValue(name).toLongLong(&ok);
        if (!ok || n < 1)
            errors.add(name, QStringLiteral("Ensure this value is a whole number of 1 or more."));
        return n;
    };
    q.limit =
        int(std::min<qint64>(wholeNumber(QStringLiteral("limit"), q.limit), AuditService::kMaximumPage));
    q.before = wholeNumber(QStringLiteral("before"), 0);
    if (!errors.isEmpty())
        return ApiResponse::fromError(errors.toError());
    q.actionPrefix = req.query.queryItemValue(QStringLiteral("action"), QUrl::FullyDecoded);
    q.actorId = req.query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    q.rowId = req.query.queryItemValue(QStringLiteral("row_id"), QUrl::FullyDecoded);
    // kind=read: reads of patient data; kind=write: everything else (changes, sign-ins, pairings).
    const QString kind = req.query.queryItemValue(QStringLiteral("kind"), QUrl::FullyDecoded);
    if (kind == QLatin1String("read"))
        q.kind = AuditQuery::Kind::Reads;
    else if (kind == QLatin1String("write"))
        q.kind = AuditQuery::Kind::Changes;
    else if (!kind.isEmpty())
        return ApiResponse::fromError(
            Error::field(QStringLiteral("kind"), QStringLiteral("\"%1\" is not a valid choice.").arg(kind)));
    return many(m_s.audit.entries(req.actor(), q), renderAuditEntry);
}

ApiResponse ClinicalHandlers::auditLog(const ApiRequest& req)
{
    return one(m_s.audit.entry(req.actor(), id(req)), 200, renderAuditEntry);
}

} // namespace chairside::api

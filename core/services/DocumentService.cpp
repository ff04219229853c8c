#include "DocumentService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "services/PatientService.h"
#include "services/ReadAudit.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

#include <QFileInfo>
#include <QUrl>

namespace chairside {

namespace {

const QString kTable = QStringLiteral("medical_documents");

} // namespace

DocumentService::DocumentService(ServiceContext& ctx, PatientService& patients,
                                 ClinicalReferences& references)
    : m_ctx(ctx)
    , m_patients(patients)
    , m_references(references)
    , m_blobs(QFileInfo(ctx.db.path()).absolutePath() + QStringLiteral("/blobs"))
{}

QString DocumentService::sniffMimeType(const QByteArray& data)
{
    if (data.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (data.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (data.startsWith(QByteArray("II*\0", 4)) || data.startsWith(QByteArray("MM\0*", 4)))
        return QStringLiteral("image/tiff");
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return {};
}

Result<QVariantMap> DocumentService::upload(const Actor& actor, const QVariantMap& input,
                                            const std::optional<DocumentFile>& file)
{
    if (!allows(actor.role, Permission::WriteRecords))
        return Error::forbidden();
    FieldErrors errors;
    QVariantMap row = normalizeFields({{QStringLiteral("report_type"), FieldType::Text, 50},
                                       {QStringLiteral("diagnosis"), FieldType::LongText},
                                       {QStringLiteral("file_type"), FieldType::Text, 20},
                                       {QStringLiteral("file_url"), FieldType::Text, 2000}},
                                      input, errors);
    for (const QString& reference :
         {QStringLiteral("patient_id"), QStringLiteral("doctor_id"), QStringLiteral("appointment_id")})
        row.insert(reference, input.value(reference));
    m_references.check(actor, row, {QStringLiteral("patient_id")}, errors);

    const QString url = row.value(QStringLiteral("file_url")).toString();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() ||
            !QStringList{QStringLiteral("http"), QStringLiteral("https")}.contains(parsed.scheme()) ||
            parsed.host().isEmpty())
            errors.add(QStringLiteral("file_url"), QStringLiteral("Enter a valid URL."));
    }
    QString mimeType;
    if (file) {
        mimeType = sniffMimeType(file->data);
        if (file->data.isEmpty())
            errors.add(QStringLiteral("file"), QStringLiteral("The submitted file is empty."));
        else if (file->data.size() > kMaxFileBytes)
            errors.add(QStringLiteral("file"),
                       QStringLiteral("The file is larger than %1 MB.").arg(kMaxFileBytes / (1024 * 1024)));
        else if (mimeType.isEmpty())
            errors.add(QStringLiteral("file"),
                       QStringLiteral("Upload a PDF or an image (PNG, JPEG, TIFF, GIF or WebP)."));
    } else if (url.isEmpty() && !errors.has(QStringLiteral("file_url"))) {
        errors.add(QStringLiteral("file"), QStringLiteral("No file was submitted."));
    }
    if (!errors.isEmpty())
        return errors.toError();

    if (file) {
        auto sha = m_blobs.put(file->data);
        if (!sha)
            return sha.error();
        row.insert(QStringLiteral("sha256"), *sha);
        // The name is only shown and offered on download; never used as a path.
        row.insert(QStringLiteral("file_name"), QFileInfo(file->fileName).fileName().left(255));
        row.insert(QStringLiteral("mime_type"), mimeType);
        row.insert(QStringLiteral("size_bytes"), file->data.size());
        if (isNullValue(row.value(QStringLiteral("file_type"))))
            row.insert(QStringLiteral("file_type"), mimeType == QLatin1String("application/pdf")
                                                        ? QStringLiteral("pdf")
                                                        : QStringLiteral("image"));
    } else if (isNullValue(row.value(QStringLiteral("file_type")))) {
        row.insert(QStringLiteral("file_type"), QStringLiteral("pdf")); // seed 002's default
    }
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    const QString id = Uuid::v7(uow.now());
    row.insert(QStringLiteral("uploaded_by"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId));
    row.insert(QStringLiteral("uploaded_at"), uow.nowIso());
    row.insert(QStringLiteral("created_at"), uow.nowIso());
    row.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.insert(QStringLiteral("medical_documents"), id, row))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return find(actor, id);
}

Result<QVariantMap> DocumentService::find(const Actor& actor, const QString& id)
{
    if (!Uuid::isValid(id))
        return Error::notFound();
    auto row = sql::selectOne(
        m_ctx.db.connection(),
        QStringLiteral("SELECT * FROM medical_documents WHERE id = ? AND deleted_at IS NULL"), {id});
    if (!row)
        return row.error();
    if (!row->has_value() ||
        !m_patients.visibleTo(actor, (*row)->value(QStringLiteral("patient_id")).toString()))
        return Error::notFound();
    return **row;
}

Result<QVariantMap> DocumentService::get(const Actor& actor, const QString& id)
{
    auto document = find(actor, id);
    if (document)
        if (Status e = readaudit::one(m_ctx, actor, kTable, id,
                                      document->value(QStringLiteral("patient_id")).toString()))
            return *e;
    return document;
}

Result<QList<QVariantMap>> DocumentService::listForPatient(const Actor& actor, const QString& patientId,
                                                           const std::optional<ChangesSince>& changedSince)
{
    if (!Uuid::isValid(patientId) || !m_patients.visibleTo(actor, patientId))
        return Error::notFound();
    QVariantList binds{patientId};
    const QString changed = ChangeFeed::andChangedSince(QStringLiteral("id"), changedSince, binds);
    auto rows = sql::select(m_ctx.db.connection(),
                            QStringLiteral("SELECT * FROM medical_documents WHERE patient_id = ? AND "
                                           "deleted_at IS NULL%1 ORDER BY uploaded_at DESC, id DESC")
                                .arg(changed),
                            binds);
    if (rows)
        if (Status e = readaudit::list(m_ctx, actor, kTable, *rows, QStringLiteral("patient_id"),
                                       {{QStringLiteral("patient_id"), patientId}}))
            return *e;
    return rows;
}

Status DocumentService::remove(const Actor& actor, const QString& id)
{
    auto current = find(actor, id);
    if (!current)
        return current.error();
    if (!allows(actor.role, Permission::WriteRecords))
        return Error::forbidden();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.softDelete(QStringLiteral("medical_documents"), id))
        return e;
    return uow.commit();
}

Result<DocumentContent> DocumentService::content(const Actor& actor, const QString& id)
{
    auto document = find(actor, id);
    if (!document)
        return document.error();
    const QString sha = document->value(QStringLiteral("sha256")).toString();
    if (sha.isEmpty())
        return Error::notFound(QStringLiteral("This document is a link; its file is kept elsewhere."));
    auto bytes = m_blobs.read(sha);
    if (!bytes)
        return Error::unavailable(QStringLiteral(
            "The file has not reached this station yet; it follows from the station that took it."));
    if (Status e =
            readaudit::one(m_ctx, actor, kTable, id, document->value(QStringLiteral("patient_id")).toString(),
                           QStringLiteral("medical_documents.download")))
        return *e;
    return DocumentContent{document->value(QStringLiteral("file_name")).toString(),
                           document->value(QStringLiteral("mime_type")).toString(), *bytes};
}

} // namespace chairside

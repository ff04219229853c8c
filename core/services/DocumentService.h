#pragma once

#include "BlobStore.h"
#include "Error.h"
#include "domain/Role.h"
#include "services/ChangeFeed.h"
#include "services/ClinicalReferences.h"
#include "services/ServiceContext.h"

#include <QVariantMap>
#include <optional>

namespace chairside {

class PatientService;

// A file sent with a document (a multipart upload).
struct DocumentFile
{
    QString fileName;
    QString contentType; // as the client said; the stored type is read from the bytes
    QByteArray data;
};

// A document's file as stored.
struct DocumentContent
{
    QString fileName;
    QString mimeType;
    QByteArray data;
};

// Medical reports and other documents kept for a patient (seed 002's reports): a PDF or image file, stored
// once by its SHA-256 in the blob store like X-rays and sent to the other stations the same way, or only a
// link to a file kept elsewhere. The clinic (receptionist, dentist, admin) adds and removes them; whoever may
// see the patient reads them.
class DocumentService
{
public:
    DocumentService(ServiceContext& ctx, PatientService& patients, ClinicalReferences& references);

    static constexpr qint64 kMaxFileBytes = 50 * 1024 * 1024;

    // `input`: patient_id (or appointment_id), doctor_id, appointment_id, report_type, diagnosis, file_url,
    // file_type. A file or a file_url is required.
    Result<QVariantMap> upload(const Actor& actor, const QVariantMap& input,
                               const std::optional<DocumentFile>& file);
    // get, listForPatient and content (a download) record the read in the audit log (readaudit).
    Result<QVariantMap> get(const Actor& actor, const QString& id);
    // With `changedSince`, only the documents changed since (the change feed).
    Result<QList<QVariantMap>> listForPatient(const Actor& actor, const QString& patientId,
                                              const std::optional<ChangesSince>& changedSince = {});
    Status remove(const Actor& actor, const QString& id);
    Result<DocumentContent> content(const Actor& actor, const QString& id);

    // The file type of PDF and image bytes ("application/pdf", "image/png", ...), from their first bytes;
    // empty for anything else.
    static QString sniffMimeType(const QByteArray& data);

private:
    // The document when the actor may see it; not recorded as a read.
    Result<QVariantMap> find(const Actor& actor, const QString& id);

    ServiceContext& m_ctx;
    PatientService& m_patients;
    ClinicalReferences& m_references;
    BlobStore m_blobs;
};

} // namespace chairside

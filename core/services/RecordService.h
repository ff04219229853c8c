#pragma once

#include "BlobStore.h"
#include "Error.h"
#include "ImageAnalyzer.h"
#include "domain/Role.h"
#include "services/AppointmentService.h"
#include "services/ScheduleService.h"
#include "services/ServiceContext.h"

#include <QJsonArray>
#include <QMutex>
#include <QSet>
#include <QVariantMap>

namespace chairside {

class UnitOfWork;

struct RecordImageInput
{
    QString base64; // may carry a "data:<mime>;base64," prefix
    QString mimeType;
    QString toothNumbers; // FDI, comma separated
};

// What a dentist marks on an image in the X-ray viewer, saved with it.
struct ImageMarks
{
    QString toothNumbers;   // FDI, comma separated; empty for none
    QJsonArray annotations; // the viewer's marks: objects with a "kind" of text, arrow or distance
    std::optional<double> pixelSpacingMm; // calibration; empty for an uncalibrated image

    friend bool operator==(const ImageMarks&, const ImageMarks&) = default;
};

// An image file whose record row arrived by sync but whose bytes are not here (yet).
struct WantedFile
{
    QString sha256;
    qint64 size = 0;
    qint64 have = 0; // bytes of it already received
};

struct RecordView
{
    QVariantMap record;
    // Each with its reading: reading_id, reading_status, reading_text, ..., reading_reviewed_by and
    // reading_reviewed_by_name.
    QList<QVariantMap> images;

    friend bool operator==(const RecordView&, const RecordView&) = default;
};

// Clinical records: one per appointment, with notes and any number of images stored by SHA-256 outside
// SQLite. Each new image gets an AI reading: queued for the analysis worker when an analyzer is configured,
// kept as a draft until a dentist confirms or rejects it. Nothing here waits for the analyzer.
class RecordService
{
public:
    RecordService(ServiceContext& ctx, AppointmentService& appointments, ScheduleService& schedule);

    static constexpr qint64 kMaxImageBytes = 20 * 1024 * 1024;
    static constexpr int kMaxAnalysisAttempts = 8;
    static const QString kSkippedText;

    Result<RecordView> create(const Actor& actor, const QString& appointmentId, const QString& textNote,
                              const QList<RecordImageInput>& images);
    // Adds a note to the appointment, creating its record (without images) when it has none yet. Notes are
    // rows of their own (clinical_notes, append-only, merged as a union by sync); a record's text_note shows
    // its own text followed by every note, each after a line with the clinic time and the author.
    Result<RecordView> addNote(const Actor& actor, const QString& appointmentId, const QString& text);
    // The same for a note of a kind ("progress" for the chart's; seed 003's note types) with an optional
    // title, answering the note row. The caller has checked that the actor may see the appointment.
    Result<QVariantMap> appendNote(const Actor& actor, const QString& appointmentId, const QString& text,
                                   const QString& kind, const QString& title = {});
    // Every note of the visit, in the order written. The caller has checked visibility.
    Result<QList<QVariantMap>> visitNotes(const QString& appointmentId);
    // The record of an appointment, or an empty view when it has none. Recorded as a read (readaudit), as
    // are imageMarks (the viewer showing an image) and earlierImages.
    Result<std::optional<RecordView>> forAppointment(const Actor& actor, const QString& appointmentId);
    Result<QByteArray> imageBytes(const QString& sha256) const { return m_blobs.read(sha256); }
    // Adds one image to the appointment's record (made when the visit has none yet), with its teeth and
    // calibration, and queues its AI reading like any other. Answers the image row as imageDetails does.
    // For imports (DicomImportService); the bytes are stored as they are.
    Result<QVariantMap> addImage(const Actor& actor, const QString& appointmentId, const QByteArray& bytes,
                                 const QString& mimeType, const QString& toothNumbers,
                                 std::optional<double> pixelSpacingMm);
    // The image row with its appointment's appointment_id, patient_id and start_at, recorded as a read
    // named `action` (an export: "record_images.export").
    Result<QVariantMap> imageDetails(const Actor& actor, const QString& imageId, const QString& action);

    // Files between stations (sync, design §6): rows travel in the change log, the files they name by
    // SHA-256 follow in chunks. At most `limit` files this station's images and documents name but it does
    // not hold.
    QList<WantedFile> missingFiles(int limit);
    Result<QByteArray> fileChunk(const QString& sha256, qint64 offset, qint64 length) const
    {
        return m_blobs.readChunk(sha256, offset, length);
    }
    // A chunk from a peer (BlobStore::appendChunk); only for files an image or document row here names.
    Result<qint64> receiveFileChunk(const QString& sha256, qint64 offset, const QByteArray& bytes, bool last);

    static constexpr int kMaxAnnotations = 500;
    // Replaces the image's teeth, marks and calibration. The marks are checked only as far as core knows
    // them (an array of objects of a known kind); the viewer owns their geometry.
    Status saveImageMarks(const Actor& actor, const QString& imageId, const ImageMarks& marks);
    // The image's saved marks; annotations are empty and spacing unset until something was saved.
    Result<ImageMarks> imageMarks(const Actor& actor, const QString& imageId);
    // Images of the same patient taken at earlier appointments that show one of this image's teeth (any
    // earlier image when this one has no teeth tagged), newest first, each with its appointment's start_at.
    // For reading an image side by side with the one before it.
    Result<QList<QVariantMap>> earlierImages(const Actor& actor, const QString& imageId);

    // For the analysis worker: pending readings that are due, with their image's hash and type.
    QList<QVariantMap> readingsDue(int limit = 10);
    Status recordAnalysis(const QString& readingId, const ImageAnalysis& analysis, const QString& model,
                          const QString& promptVersion);
    // A dentist's decision on a draft reading; who and when are recorded.
    Result<QVariantMap> review(const Actor& actor, const QString& readingId, bool confirm);

    // FDI two-digit tooth numbers (permanent 11-48, primary 51-85), normalised to "11,21"; empty when
    // invalid.
    static std::optional<QString> normalizeTeeth(const QString& text);

private:
    Result<RecordView> view(const QVariantMap& record);
    // The image row and its AI reading (pending or skipped), inside the caller's unit; answers the image id.
    Result<QString> insertImage(UnitOfWork& uow, const QString& recordId, const QString& sha256,
                                const QString& mimeType, qint64 size, const QString& teeth, int position,
                                std::optional<double> pixelSpacingMm);
    // The appointment's record, not recorded as a read (the answer to a write); the caller checked
    // visibility.
    Result<std::optional<RecordView>> storedRecord(const QString& appointmentId);
    // The image row with its appointment's appointment_id, patient_id and start_at, once the actor may see
    // that appointment.
    Result<QVariantMap> imageForActor(const Actor& actor, const QString& imageId);
    QString authorName(const Actor& actor);

    ServiceContext& m_ctx;
    AppointmentService& m_appointments;
    ScheduleService& m_schedule;
    BlobStore m_blobs;

    // missingFiles is asked on every sync round; the rows are read again only when the store changed, and a
    // file once found stays known.
    QMutex m_filesMutex;
    qint64 m_filesCheckedAt = -1; // the change log's end at the last look
    QSet<QString> m_filesPresent;
    QList<WantedFile> m_filesMissing;
};

} // namespace chairside

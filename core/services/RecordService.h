#pragma once

#include "BlobStore.h"
#include "Error.h"
#include "ImageAnalyzer.h"
#include "domain/Role.h"
#include "services/AppointmentService.h"
#include "services/ScheduleService.h"
#include "services/ServiceContext.h"

#include <QVariantMap>

namespace chairside {

struct RecordImageInput
{
    QString base64; // may carry a "data:<mime>;base64," prefix
    QString mimeType;
    QString toothNumbers; // FDI, comma separated
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
    // Adds a note to the appointment's record, creating the record (without images) when it has none yet.
    // Earlier text is kept: the note goes below it, after a line with the clinic time and the author, so the
    // one text_note column stays a readable log that seed 000's clients show as it is.
    Result<RecordView> addNote(const Actor& actor, const QString& appointmentId, const QString& text);
    // The record of an appointment, or an empty view when it has none.
    Result<std::optional<RecordView>> forAppointment(const Actor& actor, const QString& appointmentId);
    Result<QByteArray> imageBytes(const QString& sha256) const { return m_blobs.read(sha256); }

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
    QString authorName(const Actor& actor);

    ServiceContext& m_ctx;
    AppointmentService& m_appointments;
    ScheduleService& m_schedule;
    BlobStore m_blobs;
};

} // namespace chairside

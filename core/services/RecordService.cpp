#include "RecordService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "services/ReadAudit.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace chairside {

const QString RecordService::kSkippedText = QStringLiteral("Image analysis skipped: API key not configured.");

namespace {

const QString kPixelSpacingProblem =
    QStringLiteral("The pixel spacing must be more than 0 and at most %1 mm.").arg(kMaxPixelSpacingMm);

// Every file the store's rows name, with the size each row gives: X-ray images and patient documents.
const QString kFilesNamed =
    QStringLiteral("SELECT sha256, size_bytes FROM record_images WHERE deleted_at IS NULL "
                   "UNION ALL SELECT sha256, size_bytes FROM medical_documents WHERE deleted_at IS NULL AND "
                   "sha256 IS NOT NULL");

QString str(const QVariantMap& m, const QString& key)
{
    const QVariant v = m.value(key);
    return isNullValue(v) ? QString() : v.toString();
}

} // namespace

RecordService::RecordService(ServiceContext& ctx, AppointmentService& appointments, ScheduleService& schedule)
    : m_ctx(ctx)
    , m_appointments(appointments)
    , m_schedule(schedule)
    , m_blobs(QFileInfo(ctx.db.path()).absolutePath() + QStringLiteral("/blobs"))
{}

std::optional<QString> RecordService::normalizeTeeth(const QString& text)
{
    QStringList out;
    QSet<int> seen;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,; ]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.toInt(&ok);
        const int quadrant = n / 10;
        const int tooth = n % 10;
        const bool permanent = quadrant >= 1 && quadrant <= 4 && tooth >= 1 && tooth <= 8;
        const bool primary = quadrant >= 5 && quadrant <= 8 && tooth >= 1 && tooth <= 5;
        if (!ok || !(permanent || primary))
            return std::nullopt;
        if (!seen.contains(n))
            out.append(QString::number(n));
        seen.insert(n);
    }
    return out.join(QLatin1Char(','));
}

Result<RecordView> RecordService::create(const Actor& actor, const QString& appointmentId,
                                         const QString& textNote, const QList<RecordImageInput>& images)
{
    if (!allows(actor.role, Permission::WriteRecords))
        return Error::forbidden(QStringLiteral("You are not allowed to perform this operation."));
    if (appointmentId.isEmpty())
        return Error::field(QStringLiteral("appointment"), QStringLiteral("This field is required."));
    auto appointment = m_appointments.find(actor, appointmentId);
    if (!appointment)
        return Error::field(QStringLiteral("appointment"),
                            QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(appointmentId));
    auto existing = sql::scalar(
        m_ctx.db.connection(),
        QStringLiteral("SELECT 1 FROM clinical_records WHERE appointment_id = ? AND deleted_at IS NULL"),
        {appointmentId});
    if (existing && existing->isValid())
        return Error::field(QStringLiteral("appointment"),
                            QStringLiteral("record with this appointment already exists."));

    struct Decoded
    {
        QByteArray bytes;
        QString mime;
        QString teeth;
    };
    QList<Decoded> decoded;
    FieldErrors errors;
    for (int i = 0; i < images.size(); ++i) {
        const RecordImageInput& in = images[i];
        if (in.base64.isEmpty() || in.mimeType.isEmpty())
            continue; // seed 000 skips incomplete items silently
        QString data = in.base64;
        if (data.startsWith(QLatin1String("data:")))
            data = data.section(QLatin1Char(','), 1);
        const auto bytes =
            QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const auto teeth = normalizeTeeth(in.toothNumbers);
        if (!bytes || bytes.decoded.isEmpty())
            errors.add(QStringLiteral("images"),
                       QStringLiteral("Image %1 is not valid base64 data.").arg(i + 1));
        else if (bytes.decoded.size() > kMaxImageBytes)
            errors.add(QStringLiteral("images"), QStringLiteral("Image %1 is larger than 20 MB.").arg(i + 1));
        else if (!teeth)
            errors.add(QStringLiteral("images"),
                       QStringLiteral("Image %1: \"%2\" are not FDI tooth numbers (11-48, 51-85).")
                           .arg(i + 1)
                           .arg(in.toothNumbers));
        else
            decoded.append({*bytes, in.mimeType.trimmed().left(50), *teeth});
    }
    if (!errors.isEmpty())
        return errors.toError();

    QStringList hashes;
    for (const Decoded& d : decoded) {
        auto sha = m_blobs.put(d.bytes);
        if (!sha)
            return sha.error();
        hashes.append(*sha);
    }

    const QString recordId = Uuid::v7(m_ctx.clock.nowUtc());
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.insert(
            QStringLiteral("clinical_records"), recordId,
            {{QStringLiteral("appointment_id"), appointmentId},
             {QStringLiteral("text_note"), textNote},
             {QStringLiteral("created_by"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId)},
             {QStringLiteral("created_at"), uow.nowIso()},
             {QStringLiteral("updated_at"), uow.nowIso()}}))
        return *e;
    for (int i = 0; i < decoded.size(); ++i) {
        auto imageId = insertImage(uow, recordId, hashes[i], decoded[i].mime, decoded[i].bytes.size(),
                                   decoded[i].teeth, i, std::nullopt);
        if (!imageId)
            return imageId.error();
    }
    if (Status e = uow.commit())
        return *e;
    auto created = storedRecord(appointmentId);
    if (!created)
        return created.error();
    return **created;
}

Result<QString> RecordService::insertImage(UnitOfWork& uow, const QString& recordId, const QString& sha256,
                                           const QString& mimeType, qint64 size, const QString& teeth,
                                           int position, std::optional<double> pixelSpacingMm)
{
    const QString imageId = Uuid::v7(uow.now());
    QVariantMap row{{QStringLiteral("record_id"), recordId},
                    {QStringLiteral("sha256"), sha256},
                    {QStringLiteral("mime_type"), mimeType},
                    {QStringLiteral("size_bytes"), size},
                    {QStringLiteral("tooth_numbers"), teeth.isEmpty() ? QVariant() : QVariant(teeth)},
                    {QStringLiteral("position"), position},
                    {QStringLiteral("created_at"), uow.nowIso()},
                    {QStringLiteral("updated_at"), uow.nowIso()}};
    if (pixelSpacingMm)
        row.insert(QStringLiteral("pixel_spacing_mm"), *pixelSpacingMm);
    if (Status e = uow.insert(QStringLiteral("record_images"), imageId, row))
        return *e;
    const bool queued = m_ctx.config.imageAnalysisEnabled;
    if (Status e = uow.insert(
            QStringLiteral("ai_readings"), Uuid::v7(uow.now()),
            {{QStringLiteral("image_id"), imageId},
             {QStringLiteral("status"), queued ? QStringLiteral("pending") : QStringLiteral("skipped")},
             {QStringLiteral("text"), queued ? QVariant() : QVariant(kSkippedText)},
             {QStringLiteral("attempts"), 0},
             {QStringLiteral("next_attempt_at"), queued ? QVariant(uow.nowIso()) : QVariant()},
             {QStringLiteral("created_at"), uow.nowIso()},
             {QStringLiteral("updated_at"), uow.nowIso()}}))
        return *e;
    return imageId;
}

Result<QVariantMap> RecordService::addImage(const Actor& actor, const QString& appointmentId,
                                            const QByteArray& bytes, const QString& mimeType,
                                            const QString& toothNumbers, std::optional<double> pixelSpacingMm)
{
    if (!allows(actor.role, Permission::WriteRecords))
        return Error::forbidden(QStringLiteral("You are not allowed to perform this operation."));
    if (!m_appointments.find(actor, appointmentId))
        return Error::field(QStringLiteral("appointment"),
                            QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(appointmentId));
    if (bytes.isEmpty() || bytes.size() > kMaxImageBytes)
        return Error::field(QStringLiteral("images"), QStringLiteral("An image must hold 1 byte to 20 MB."));
    const auto teeth = normalizeTeeth(toothNumbers);
    if (!teeth)
        return Error::field(QStringLiteral("tooth_numbers"),
                            QStringLiteral("Use FDI tooth numbers (11-48, 51-85), separated by commas."));
    if (pixelSpacingMm && !isPlausiblePixelSpacingMm(*pixelSpacingMm))
        return Error::field(QStringLiteral("pixel_spacing_mm"), kPixelSpacingProblem);
    auto sha = m_blobs.put(bytes);
    if (!sha)
        return sha.error();

    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    // The record and its last position are read inside the unit, so two images added at once both stay.
    auto record = sql::selectOne(
        m_ctx.db.connection(),
        QStringLiteral("SELECT c.id, (SELECT COALESCE(MAX(i.position) + 1, 0) FROM record_images i "
                       "WHERE i.record_id = c.id) AS next_position "
                       "FROM clinical_records c WHERE c.appointment_id = ? AND c.deleted_at IS NULL"),
        {appointmentId});
    if (!record)
        return record.error();
    QString recordId;
    int position = 0;
    if (record->has_value()) {
        recordId = str(**record, QStringLiteral("id"));
        position = (*record)->value(QStringLiteral("next_position")).toInt();
    } else {
        recordId = Uuid::v7(uow.now());
        if (Status e = uow.insert(
                QStringLiteral("clinical_records"), recordId,
                {{QStringLiteral("appointment_id"), appointmentId},
                 {QStringLiteral("created_by"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId)},
                 {QStringLiteral("created_at"), uow.nowIso()},
                 {QStringLiteral("updated_at"), uow.nowIso()}}))
            return *e;
    }
    auto imageId = insertImage(uow, recordId, *sha, mimeType, bytes.size(), *teeth, position, pixelSpacingMm);
    if (!imageId)
        return imageId.error();
    if (Status e = uow.commit())
        return *e;
    return imageForActor(actor, *imageId);
}

Result<QVariantMap> RecordService::imageDetails(const Actor& actor, const QString& imageId,
                                                const QString& action)
{
    auto image = imageForActor(actor, imageId);
    if (!image)
        return image.error();
    if (Status e = readaudit::one(m_ctx, actor, QStringLiteral("record_images"), imageId,
                                  str(*image, QStringLiteral("patient_id")), action))
        return *e;
    return image;
}

Result<RecordView> RecordService::addNote(const Actor& actor, const QString& appointmentId,
                                          const QString& text)
{
    if (!allows(actor.role, Permission::WriteRecords))
        return Error::forbidden(QStringLiteral("You are not allowed to perform this operation."));
    if (text.trimmed().isEmpty())
        return Error::field(QStringLiteral("text_note"), QStringLiteral("This field may not be blank."));
    if (appointmentId.isEmpty())
        return Error::field(QStringLiteral("appointment"), QStringLiteral("This field is required."));
    if (!m_appointments.find(actor, appointmentId))
        return Error::field(QStringLiteral("appointment"),
                            QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(appointmentId));
    auto note = appendNote(actor, appointmentId, text, QStringLiteral("progress"));
    if (!note)
        return note.error();
    auto stored = storedRecord(appointmentId);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error::internal(QStringLiteral("The note was stored but its record cannot be read back."));
    return **stored;
}

Result<QVariantMap> RecordService::appendNote(const Actor& actor, const QString& appointmentId,
                                              const QString& text, const QString& kind, const QString& title)
{
    if (!allows(actor.role, Permission::WriteRecords))
        return Error::forbidden(QStringLiteral("You are not allowed to perform this operation."));
    const QString note = text.trimmed();
    if (note.isEmpty())
        return Error::field(QStringLiteral("text_note"), QStringLiteral("This field may not be blank."));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    // The note is a row of its own (schema 11), so notes added on two stations apart both survive sync. The
    // record is made here when the visit has none yet, so the note shows where records are listed.
    auto record = sql::scalar(
        m_ctx.db.connection(),
        QStringLiteral("SELECT id FROM clinical_records WHERE appointment_id = ? AND deleted_at IS NULL"),
        {appointmentId});
    if (!record)
        return record.error();
    if (isNullValue(*record)) {
        if (Status e = uow.insert(
                QStringLiteral("clinical_records"), Uuid::v7(uow.now()),
                {{QStringLiteral("appointment_id"), appointmentId},
                 {QStringLiteral("created_by"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId)},
                 {QStringLiteral("created_at"), uow.nowIso()},
                 {QStringLiteral("updated_at"), uow.nowIso()}}))
            return *e;
    }
    const QString id = Uuid::v7(uow.now());
    QVariantMap row{
        {QStringLiteral("appointment_id"), appointmentId},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("text"), note},
        {QStringLiteral("author_id"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId)},
        {QStringLiteral("author_name"), authorName(actor)},
        {QStringLiteral("created_at"), uow.nowIso()}};
    // Only a titled note names the column, so the chart's notes keep the fields they always had.
    if (!title.trimmed().isEmpty())
        row.insert(QStringLiteral("title"), title.trimmed());
    if (Status e = uow.insert(QStringLiteral("clinical_notes"), id, row))
        return *e;
    if (Status e = uow.commit())
        return *e;
    row.insert(QStringLiteral("id"), id);
    row.insert(QStringLiteral("title"), title.trimmed().isEmpty() ? QVariant() : QVariant(title.trimmed()));
    return row;
}

Result<QList<QVariantMap>> RecordService::visitNotes(const QString& appointmentId)
{
    return sql::select(m_ctx.db.connection(),
                       QStringLiteral("SELECT * FROM clinical_notes WHERE appointment_id = ? ORDER BY "
                                      "created_at, id"),
                       {appointmentId});
}

QList<WantedFile> RecordService::missingFiles(int limit)
{
    const qint64 logEnd = m_ctx.db.lastChangeSeq();
    QMutexLocker lock(&m_filesMutex);
    if (logEnd != m_filesCheckedAt) {
        auto rows = sql::select(m_ctx.db.connection(),
                                QStringLiteral("SELECT sha256, MAX(size_bytes) AS size FROM (%1) "
                                               "GROUP BY sha256 ORDER BY sha256")
                                    .arg(kFilesNamed));
        if (!rows)
            return {};
        m_filesMissing.clear();
        for (const QVariantMap& row : *rows) {
            const QString sha = str(row, QStringLiteral("sha256"));
            if (m_filesPresent.contains(sha))
                continue;
            if (m_blobs.contains(sha))
                m_filesPresent.insert(sha);
            else
                m_filesMissing.append({sha, row.value(QStringLiteral("size")).toLongLong(), 0});
        }
        m_filesCheckedAt = logEnd;
    }
    QList<WantedFile> wanted = m_filesMissing.mid(0, limit);
    for (WantedFile& w : wanted)
        w.have = m_blobs.partialSize(w.sha256);
    return wanted;
}

Result<qint64> RecordService::receiveFileChunk(const QString& sha256, qint64 offset, const QByteArray& bytes,
                                               bool last)
{
    auto named = sql::scalar(
        m_ctx.db.connection(),
        QStringLiteral("SELECT MAX(size_bytes) FROM (%1) WHERE sha256 = ?").arg(kFilesNamed), {sha256});
    if (!named)
        return named.error();
    // Only files the clinic's images and documents name are taken, and no larger than the record says.
    if (isNullValue(*named))
        return Error::notFound(QStringLiteral("No image or document here is named %1.").arg(sha256));
    if (offset + bytes.size() > named->toLongLong())
        return Error::invalid(
            QStringLiteral("The file %1 is %2 bytes long.").arg(sha256).arg(named->toLongLong()));
    auto held = m_blobs.appendChunk(sha256, offset, bytes, last);
    if (held && last) {
        QMutexLocker lock(&m_filesMutex);
        m_filesPresent.insert(sha256);
        m_filesCheckedAt = -1;
    }
    return held;
}

QString RecordService::authorName(const Actor& actor)
{
    if (!actor.userId.isEmpty()) {
        auto name = sql::scalar(
            m_ctx.db.connection(),
            QStringLiteral("SELECT %1 FROM users u WHERE u.id = ?").arg(userNameSql(QStringLiteral("u"))),
            {actor.userId});
        if (name && !isNullValue(*name) && !name->toString().isEmpty())
            return name->toString();
    }
    return actor.source; // a system actor: the command line, the demo clinic, ...
}

Result<RecordView> RecordService::view(const QVariantMap& record)
{
    auto images = sql::select(
        m_ctx.db.connection(),
        QStringLiteral("SELECT i.*, r.id AS reading_id, r.status AS reading_status, r.text AS reading_text, "
                       "r.model AS reading_model, r.prompt_version AS reading_prompt_version, "
                       "r.completed_at AS reading_completed_at, r.reviewed_by AS reading_reviewed_by, "
                       "%1 AS reading_reviewed_by_name, r.reviewed_at AS reading_reviewed_at "
                       "FROM record_images i "
                       "LEFT JOIN ai_readings r ON r.image_id = i.id AND r.deleted_at IS NULL "
                       "LEFT JOIN users u ON u.id = r.reviewed_by "
                       "WHERE i.record_id = ? AND i.deleted_at IS NULL ORDER BY i.position")
            .arg(userNameSql(QStringLiteral("u"))),
        {record.value(QStringLiteral("id"))});
    if (!images)
        return images.error();
    // The record's own text, then every note of the visit in the order written, each under a line with the
    // clinic time and the author: one readable log, which seed 000's clients show as text_note.
    auto notes = sql::select(m_ctx.db.connection(),
                             QStringLiteral("SELECT text, author_name, created_at FROM clinical_notes "
                                            "WHERE appointment_id = ? ORDER BY created_at, id"),
                             {record.value(QStringLiteral("appointment_id"))});
    if (!notes)
        return notes.error();
    QStringList entries;
    if (const QString own = str(record, QStringLiteral("text_note")).trimmed(); !own.isEmpty())
        entries << own;
    const QTimeZone zone = m_schedule.timeZone();
    for (const QVariantMap& n : *notes)
        entries << QStringLiteral("[%1, %2]\n%3")
                       .arg(QDateTime::fromString(str(n, QStringLiteral("created_at")), Qt::ISODateWithMs)
                                .toTimeZone(zone)
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            str(n, QStringLiteral("author_name")), str(n, QStringLiteral("text")));
    QVariantMap shown = record;
    shown.insert(QStringLiteral("text_note"), entries.join(QStringLiteral("\n\n")));
    return RecordView{shown, *images};
}

Result<std::optional<RecordView>> RecordService::forAppointment(const Actor& actor,
                                                                const QString& appointmentId)
{
    auto appointment = m_appointments.find(actor, appointmentId);
    if (!appointment)
        return appointment.error();
    auto stored = storedRecord(appointmentId);
    if (stored && stored->has_value())
        if (Status e = readaudit::one(m_ctx, actor, QStringLiteral("clinical_records"),
                                      str((*stored)->record, QStringLiteral("id")),
                                      str(*appointment, QStringLiteral("patient_id"))))
            return *e;
    return stored;
}

Result<std::optional<RecordView>> RecordService::storedRecord(const QString& appointmentId)
{
    auto record = sql::selectOne(
        m_ctx.db.connection(),
        QStringLiteral("SELECT * FROM clinical_records WHERE appointment_id = ? AND deleted_at IS NULL"),
        {appointmentId});
    if (!record)
        return record.error();
    if (!record->has_value())
        return std::optional<RecordView>();
    auto v = view(**record);
    if (!v)
        return v.error();
    return std::optional<RecordView>(*v);
}

QList<QVariantMap> RecordService::readingsDue(int limit)
{
    auto rows = sql::select(
        m_ctx.db.connection(),
        QStringLiteral(
            "SELECT r.id, r.attempts, i.sha256, i.mime_type FROM ai_readings r "
            "JOIN record_images i ON i.id = r.image_id WHERE r.status = 'pending' "
            "AND r.deleted_at IS NULL AND r.next_attempt_at <= ? ORDER BY r.next_attempt_at LIMIT ?"),
        {toIsoUtc(m_ctx.clock.nowUtc()), limit});
    return rows ? *rows : QList<QVariantMap>();
}

Status RecordService::recordAnalysis(const QString& readingId, const ImageAnalysis& analysis,
                                     const QString& model, const QString& promptVersion)
{
    auto current = sql::selectOne(
        m_ctx.db.connection(), QStringLiteral("SELECT attempts FROM ai_readings WHERE id = ?"), {readingId});
    if (!current || !current->has_value())
        return Error::notFound();
    const int attempts = (*current)->value(QStringLiteral("attempts")).toInt() + 1;
    UnitOfWork uow(m_ctx.db, m_ctx.clock, Actor::system(QStringLiteral("analyzer")));
    QVariantMap changes{{QStringLiteral("attempts"), attempts},
                        {QStringLiteral("model"), model},
                        {QStringLiteral("prompt_version"), promptVersion},
                        {QStringLiteral("updated_at"), uow.nowIso()}};
    switch (analysis.outcome) {
    case ImageAnalysis::Outcome::Reading:
        changes.insert(QStringLiteral("status"), QStringLiteral("draft"));
        changes.insert(QStringLiteral("text"), analysis.text);
        changes.insert(QStringLiteral("completed_at"), uow.nowIso());
        changes.insert(QStringLiteral("last_error"), QVariant());
        break;
    case ImageAnalysis::Outcome::Unreadable:
        changes.insert(QStringLiteral("status"), QStringLiteral("failed"));
        changes.insert(QStringLiteral("text"), analysis.text);
        changes.insert(QStringLiteral("completed_at"), uow.nowIso());
        changes.insert(QStringLiteral("last_error"),
                       analysis.error.isEmpty() ? QVariant() : QVariant(analysis.error));
        break;
    case ImageAnalysis::Outcome::Unreachable:
        changes.insert(QStringLiteral("last_error"), analysis.error);
        if (attempts >= kMaxAnalysisAttempts) {
            changes.insert(QStringLiteral("status"), QStringLiteral("failed"));
            changes.insert(QStringLiteral("text"),
                           QStringLiteral("Error during image analysis: ") + analysis.error);
            changes.insert(QStringLiteral("completed_at"), uow.nowIso());
        } else {
            // 30 s, 1 min, 2 min ... at most an hour between tries.
            const qint64 backoff = std::min<qint64>(3600, qint64(30) << (attempts - 1));
            changes.insert(QStringLiteral("next_attempt_at"), toIsoUtc(uow.now().addSecs(backoff)));
        }
        break;
    }
    if (Status e = uow.update(QStringLiteral("ai_readings"), readingId, changes))
        return e;
    return uow.commit();
}

Result<QVariantMap> RecordService::review(const Actor& actor, const QString& readingId, bool confirm)
{
    if (!allows(actor.role, Permission::ReviewReadings))
        return Error::forbidden(QStringLiteral("Only a dentist may confirm or reject an AI reading."));
    if (!Uuid::isValid(readingId))
        return Error::notFound();
    auto reading = sql::selectOne(
        m_ctx.db.connection(),
        QStringLiteral("SELECT * FROM ai_readings WHERE id = ? AND deleted_at IS NULL"), {readingId});
    if (!reading)
        return reading.error();
    if (!reading->has_value())
        return Error::notFound();
    if (str(**reading, QStringLiteral("status")) != QLatin1String("draft"))
        return Error::field(
            QStringLiteral("status"),
            QStringLiteral("Only a draft reading can be confirmed or rejected; this one is %1.")
                .arg(str(**reading, QStringLiteral("status"))));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.update(
            QStringLiteral("ai_readings"), readingId,
            {{QStringLiteral("status"), confirm ? QStringLiteral("confirmed") : QStringLiteral("rejected")},
             {QStringLiteral("reviewed_by"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId)},
             {QStringLiteral("reviewed_at"), uow.nowIso()},
             {QStringLiteral("updated_at"), uow.nowIso()}}))
        return *e;
    if (Status e = uow.commit())
        return *e;
    auto updated = sql::selectOne(m_ctx.db.connection(),
                                  QStringLiteral("SELECT * FROM ai_readings WHERE id = ?"), {readingId});
    if (!updated || !updated->has_value())
        return Error::notFound();
    return **updated;
}

Result<QVariantMap> RecordService::imageForActor(const Actor& actor, const QString& imageId)
{
    if (!Uuid::isValid(imageId))
        return Error::notFound();
    auto image = sql::selectOne(m_ctx.db.connection(),
                                QStringLiteral("SELECT i.*, c.appointment_id, a.patient_id, a.start_at "
                                               "FROM record_images i "
                                               "JOIN clinical_records c ON c.id = i.record_id "
                                               "JOIN appointments a ON a.id = c.appointment_id "
                                               "WHERE i.id = ? AND i.deleted_at IS NULL"),
                                {imageId});
    if (!image)
        return image.error();
    if (!image->has_value())
        return Error::notFound();
    // The appointment service decides who may see the appointment, and with it its record.
    if (!m_appointments.find(actor, str(**image, QStringLiteral("appointment_id"))))
        return Error::notFound();
    return **image;
}

Status RecordService::saveImageMarks(const Actor& actor, const QString& imageId, const ImageMarks& marks)
{
    if (!allows(actor.role, Permission::WriteRecords))
        return Error::forbidden(QStringLiteral("You are not allowed to perform this operation."));
    auto image = imageForActor(actor, imageId);
    if (!image)
        return image.error();
    const std::optional<QString> teeth = normalizeTeeth(marks.toothNumbers);
    if (!teeth)
        return Error::field(QStringLiteral("tooth_numbers"),
                            QStringLiteral("Use FDI tooth numbers (11-48, 51-85), separated by commas."));
    if (marks.annotations.size() > kMaxAnnotations)
        return Error::field(QStringLiteral("annotations"),
                            QStringLiteral("An image takes at most %1 marks.").arg(kMaxAnnotations));
    static const QStringList kinds{QStringLiteral("text"), QStringLiteral("arrow"),
                                   QStringLiteral("distance")};
    for (const QJsonValue& mark : marks.annotations) {
        if (!mark.isObject() || !kinds.contains(mark.toObject().value(QStringLiteral("kind")).toString()))
            return Error::field(QStringLiteral("annotations"),
                                QStringLiteral("Each mark must be an object with a kind of text, arrow or "
                                               "distance."));
    }
    if (marks.pixelSpacingMm && !isPlausiblePixelSpacingMm(*marks.pixelSpacingMm))
        return Error::field(QStringLiteral("pixel_spacing_mm"), kPixelSpacingProblem);

    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    const QString annotations =
        marks.annotations.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(marks.annotations).toJson(QJsonDocument::Compact));
    if (Status e = uow.update(
            QStringLiteral("record_images"), imageId,
            {{QStringLiteral("tooth_numbers"), teeth->isEmpty() ? QVariant() : QVariant(*teeth)},
             {QStringLiteral("annotations"), annotations.isEmpty() ? QVariant() : QVariant(annotations)},
             {QStringLiteral("pixel_spacing_mm"),
              marks.pixelSpacingMm ? QVariant(*marks.pixelSpacingMm) : QVariant()},
             {QStringLiteral("updated_at"), uow.nowIso()}}))
        return e;
    return uow.commit();
}

Result<ImageMarks> RecordService::imageMarks(const Actor& actor, const QString& imageId)
{
    auto image = imageForActor(actor, imageId);
    if (!image)
        return image.error();
    ImageMarks marks;
    marks.toothNumbers = str(*image, QStringLiteral("tooth_numbers"));
    const QString annotations = str(*image, QStringLiteral("annotations"));
    if (!annotations.isEmpty())
        marks.annotations = QJsonDocument::fromJson(annotations.toUtf8()).array();
    const QVariant spacing = image->value(QStringLiteral("pixel_spacing_mm"));
    if (!isNullValue(spacing))
        marks.pixelSpacingMm = spacing.toDouble();
    // The viewer asks for an image's marks as it shows the image: this is where an X-ray is seen.
    if (Status e = readaudit::one(m_ctx, actor, QStringLiteral("record_images"), imageId,
                                  str(*image, QStringLiteral("patient_id"))))
        return *e;
    return marks;
}

Result<QList<QVariantMap>> RecordService::earlierImages(const Actor& actor, const QString& imageId)
{
    auto image = imageForActor(actor, imageId);
    if (!image)
        return image.error();
    QString toothFilter;
    QVariantList values{str(*image, QStringLiteral("patient_id")), str(*image, QStringLiteral("start_at"))};
    const QStringList teeth =
        str(*image, QStringLiteral("tooth_numbers")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!teeth.isEmpty()) {
        // tooth_numbers is normalised ("36,37"), so a tooth matches as ",36," inside ",36,37,".
        QStringList matches;
        for (const QString& tooth : teeth) {
            matches.append(QStringLiteral("(',' || i.tooth_numbers || ',') LIKE ?"));
            values.append(QStringLiteral("%,%1,%").arg(tooth));
        }
        toothFilter = QStringLiteral(" AND (%1)").arg(matches.join(QStringLiteral(" OR ")));
    }
    auto rows =
        sql::select(m_ctx.db.connection(),
                    QStringLiteral("SELECT i.id, i.sha256, i.mime_type, i.tooth_numbers, i.position, "
                                   "c.appointment_id, a.patient_id, a.start_at "
                                   "FROM record_images i "
                                   "JOIN clinical_records c ON c.id = i.record_id AND c.deleted_at IS NULL "
                                   "JOIN appointments a ON a.id = c.appointment_id AND a.deleted_at IS NULL "
                                   "WHERE a.patient_id = ? AND a.start_at < ? AND i.deleted_at IS NULL%1 "
                                   "ORDER BY a.start_at DESC, i.position")
                        .arg(toothFilter),
                    values);
    if (rows)
        if (Status e = readaudit::list(m_ctx, actor, QStringLiteral("record_images"), *rows))
            return *e;
    return rows;
}

} // namespace chairside

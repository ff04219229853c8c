#include "DicomImportService.h"

#include "auth/Permissions.h"
#include "dicom/XrayPng.h"
#include "domain/Fields.h"
#include "services/AppointmentService.h"
#include "services/PatientService.h"
#include "services/ReadAudit.h"
#include "services/RecordService.h"
#include "services/ScheduleService.h"
#include "store/Query.h"

#include <QTimeZone>
#include <algorithm>

namespace chairside {

namespace {

QString str(const QVariantMap& m, const QString& key)
{
    const QVariant v = m.value(key);
    return isNullValue(v) ? QString() : v.toString();
}

// The patient's family and given names as the record has them: the split fields, else the one `name`
// taken as "given ... family" (how the seeds' clients write it).
std::pair<QString, QString> namesOf(const QVariantMap& patient)
{
    QString family = str(patient, QStringLiteral("last_name")).trimmed();
    QString given = str(patient, QStringLiteral("first_name")).trimmed();
    const QString whole = str(patient, QStringLiteral("name")).simplified();
    if (family.isEmpty() && !whole.isEmpty())
        family = whole.section(QLatin1Char(' '), -1);
    if (given.isEmpty() && whole.contains(QLatin1Char(' ')))
        given = whole.section(QLatin1Char(' '), 0, -2);
    return {family, given};
}

// Whether the folded words of `part` appear as whole words in `whole` (both folded).
bool containsWords(const QString& whole, const QString& part)
{
    if (part.isEmpty())
        return false;
    return (QLatin1Char(' ') + whole + QLatin1Char(' ')).contains(QLatin1Char(' ') + part + QLatin1Char(' '));
}

} // namespace

DicomImportService::DicomImportService(ServiceContext& ctx, PatientService& patients,
                                       AppointmentService& appointments, RecordService& records,
                                       ScheduleService& schedule)
    : m_ctx(ctx)
    , m_patients(patients)
    , m_appointments(appointments)
    , m_records(records)
    , m_schedule(schedule)
{}

Result<QList<PatientCandidate>> DicomImportService::candidates(const Actor& actor, const DicomXray& header)
{
    if (!allows(actor.role, Permission::WriteRecords))
        return Error::forbidden(QStringLiteral("You are not allowed to perform this operation."));
    const QString id = header.patientId.trimmed();
    const QString family = header.patientFamilyName.trimmed();
    const QString birth =
        header.patientBirthDate.isValid() ? header.patientBirthDate.toString(Qt::ISODate) : QString();
    const auto orNull = [](const QString& value) { return value.isEmpty() ? QVariant() : QVariant(value); };

    // A wide net (any one field); the score below says how well each fits.
    const auto [visible, binds] = PatientService::visibility(actor);
    QVariantList values = binds;
    values << orNull(id) << orNull(id.toLower()) << orNull(birth) << orNull(family.toLower())
           << orNull(family.isEmpty() ? QString() : QLatin1Char('%') + family.toLower() + QLatin1Char('%'));
    auto rows = sql::select(
        m_ctx.db.connection(),
        QStringLiteral("SELECT p.id, p.name, p.first_name, p.last_name, p.date_of_birth, p.insurance_number, "
                       "p.phone FROM patients p WHERE p.deleted_at IS NULL AND %1 AND (p.id = ? OR "
                       "lower(p.insurance_number) = ? OR p.date_of_birth = ? OR lower(p.last_name) = ? OR "
                       "lower(p.name) LIKE ?) LIMIT 500")
            .arg(visible),
        values);
    if (!rows)
        return rows.error();

    const QString foldedFamily = foldedKey(family);
    const QString foldedGiven = foldedKey(header.patientGivenName);
    QList<PatientCandidate> found;
    for (const QVariantMap& row : *rows) {
        PatientCandidate candidate{row, 0, {}, {}};
        const auto add = [&](bool known, bool equal, int points, const QString& what) {
            if (!known)
                return;
            if (equal) {
                candidate.score += points;
                candidate.matched.append(what);
            } else {
                candidate.differs.append(what);
            }
        };
        const QString insurance = str(row, QStringLiteral("insurance_number")).trimmed();
        if (!id.isEmpty() && (id == str(row, QStringLiteral("id")) ||
                              (!insurance.isEmpty() && id.compare(insurance, Qt::CaseInsensitive) == 0))) {
            candidate.score += 50;
            candidate.matched.append(QStringLiteral("patient ID"));
        } else if (!id.isEmpty() && !insurance.isEmpty()) {
            // The file names another number than the patient's: a warning sign (a file's ID that is no
            // insurance number says nothing, so no record without one is marked).
            candidate.differs.append(QStringLiteral("patient ID"));
        }
        const QString dob = str(row, QStringLiteral("date_of_birth"));
        add(!birth.isEmpty() && !dob.isEmpty(), dob == birth, 25, QStringLiteral("birth date"));
        const auto [recordFamily, recordGiven] = namesOf(row);
        const QString whole = foldedKey(str(row, QStringLiteral("name")));
        add(!foldedFamily.isEmpty() && !recordFamily.isEmpty(),
            foldedKey(recordFamily) == foldedFamily || containsWords(whole, foldedFamily), 15,
            QStringLiteral("family name"));
        add(!foldedGiven.isEmpty() && !recordGiven.isEmpty(),
            foldedKey(recordGiven) == foldedGiven ||
                containsWords(whole, foldedGiven.section(QLatin1Char(' '), 0, 0)),
            10, QStringLiteral("given name"));
        if (candidate.score > 0)
            found.append(candidate);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const PatientCandidate& a, const PatientCandidate& b) { return a.score > b.score; });
    if (found.size() > 20)
        found.resize(20);

    QList<QVariantMap> shown;
    for (const PatientCandidate& candidate : found)
        shown.append(candidate.patient);
    if (Status e = readaudit::list(m_ctx, actor, QStringLiteral("patients"), shown, QStringLiteral("id"),
                                   {{QStringLiteral("dicom_patient_id"), id},
                                    {QStringLiteral("dicom_birth_date"), birth},
                                    {QStringLiteral("dicom_family_name"), family}}))
        return *e;
    return found;
}

Result<QList<QVariantMap>> DicomImportService::visits(const Actor& actor, const QString& patientId,
                                                      const QDate& studyDate)
{
    if (auto patient = m_patients.find(actor, patientId); !patient)
        return patient.error();
    AppointmentQuery query;
    query.patientId = patientId;
    query.includeCancelled = false;
    auto visits = m_appointments.list(actor, query);
    if (!visits)
        return visits.error();
    const QTimeZone zone = m_schedule.timeZone();
    const auto onStudyDay = [&](const QVariantMap& visit) {
        const QDateTime start =
            QDateTime::fromString(str(visit, QStringLiteral("start_at")), Qt::ISODateWithMs);
        return studyDate.isValid() && start.toTimeZone(zone).date() == studyDate;
    };
    QList<QVariantMap> ordered = *visits;
    std::stable_sort(ordered.begin(), ordered.end(), [&](const QVariantMap& a, const QVariantMap& b) {
        const bool aDay = onStudyDay(a);
        const bool bDay = onStudyDay(b);
        if (aDay != bDay)
            return aDay;
        return str(a, QStringLiteral("start_at")) > str(b, QStringLiteral("start_at"));
    });
    return ordered;
}

Result<QVariantMap> DicomImportService::import(const Actor& actor, const DicomXray& image,
                                               const QString& patientId, const QString& appointmentId,
                                               const QString& toothNumbers)
{
    if (!allows(actor.role, Permission::WriteRecords))
        return Error::forbidden(QStringLiteral("You are not allowed to perform this operation."));
    if (auto patient = m_patients.find(actor, patientId); !patient)
        return patient.error();
    auto appointment = m_appointments.find(actor, appointmentId);
    if (!appointment)
        return appointment.error();
    if (str(*appointment, QStringLiteral("patient_id")) != patientId)
        return Error::field(QStringLiteral("appointment"),
                            QStringLiteral("This visit is not the chosen patient's."));
    auto png = XrayPng::encode(image);
    if (!png)
        return png.error();
    return m_records.addImage(actor, appointmentId, *png, QStringLiteral("image/png"), toothNumbers,
                              image.pixelSpacingMm);
}

Status DicomImportService::exportDicom(const Actor& actor, const QString& imageId, DicomXray pixels,
                                       const QBitArray& overlay, const QString& path)
{
    auto image = m_records.imageDetails(actor, imageId, QStringLiteral("record_images.export"));
    if (!image)
        return image.error();
    auto stored = m_records.imageBytes(str(*image, QStringLiteral("sha256")));
    if (!stored)
        return stored.error();
    pixels.bitsStored = 16;
    if (const auto header = XrayPng::header(*stored)) {
        XrayPng::narrowTo(pixels, header->bitsStored);
        pixels.modality = header->modality;
        pixels.studyDescription = header->studyDescription;
    }
    auto patient = m_patients.find(actor, str(*image, QStringLiteral("patient_id")));
    if (!patient)
        return patient.error();
    const auto [family, given] = namesOf(*patient);
    pixels.patientFamilyName = family;
    pixels.patientGivenName = given;
    pixels.patientBirthDate = QDate::fromString(str(*patient, QStringLiteral("date_of_birth")), Qt::ISODate);
    pixels.patientId = str(*patient, QStringLiteral("id"));
    const QString gender = str(*patient, QStringLiteral("gender")).toLower();
    pixels.patientSex = gender.startsWith(QLatin1Char('m'))   ? QStringLiteral("M")
                        : gender.startsWith(QLatin1Char('f')) ? QStringLiteral("F")
                        : gender.isEmpty()                    ? QString()
                                                              : QStringLiteral("O");
    pixels.studyDate = QDateTime::fromString(str(*image, QStringLiteral("start_at")), Qt::ISODateWithMs)
                           .toTimeZone(m_schedule.timeZone())
                           .date();
    return DicomFile::write(path, pixels, overlay, QStringLiteral("Chairside marks"));
}

} // namespace chairside

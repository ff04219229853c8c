#pragma once

#include "Error.h"
#include "dicom/DicomFile.h"
#include "domain/Role.h"
#include "services/ServiceContext.h"

#include <QBitArray>
#include <QVariantMap>

namespace chairside {

class AppointmentService;
class PatientService;
class RecordService;
class ScheduleService;

// A patient the DICOM header may name, with how well it fits.
struct PatientCandidate
{
    QVariantMap patient;
    int score = 0;       // 0..100: patient ID 50, birth date 25, family name 15, given name 10
    QStringList matched; // "patient ID", "birth date", "family name", "given name"
    QStringList differs; // what both the file and the record give, but differently
};

// DICOM X-rays in and out. An import is two steps: `candidates` lists the patients the file's header may
// name (by patient ID, birth date and name, scored), the user confirms one and a visit of theirs, and
// `import` stores the first frame there through RecordService, as a 16-bit PNG (XrayPng) with its
// calibration on the image row. Nothing is stored before the user has chosen: the header alone never decides
// whose X-ray it is. `exportDicom` writes an image back as DICOM with the viewer's marks as an overlay.
class DicomImportService
{
public:
    DicomImportService(ServiceContext& ctx, PatientService& patients, AppointmentService& appointments,
                       RecordService& records, ScheduleService& schedule);

    // A candidate at or above this score matches on the patient ID (50) and the birth date (25), or on the
    // patient ID and both names (15 and 10): the dialog preselects it (the user still confirms).
    static constexpr int kLikelyScore = 75;

    // The patients the header may name, best first (at most 20), only those the actor may see. A DICOM
    // patient ID is compared with the patient's Chairside id and insurance number.
    Result<QList<PatientCandidate>> candidates(const Actor& actor, const DicomXray& header);
    // The patient's visits to put the X-ray in: those on the study date first, then newest first.
    Result<QList<QVariantMap>> visits(const Actor& actor, const QString& patientId, const QDate& studyDate);
    // Stores the image in the visit, which must be the patient's; answers the image row.
    Result<QVariantMap> import(const Actor& actor, const DicomXray& image, const QString& patientId,
                               const QString& appointmentId, const QString& toothNumbers = {});

    // Writes the stored image `imageId` as DICOM: `pixels` gives what to write (the viewer's turned pixels,
    // windows and calibration) in the values the station holds, 16 bits; an image imported from DICOM goes
    // out narrowed back to the bits its file had (XrayPng). Patient, birth date, patient ID (the Chairside
    // id) and study date come from the store. Recorded as a read of the image (record_images.export).
    Status exportDicom(const Actor& actor, const QString& imageId, DicomXray pixels, const QBitArray& overlay,
                       const QString& path);

private:
    ServiceContext& m_ctx;
    PatientService& m_patients;
    AppointmentService& m_appointments;
    RecordService& m_records;
    ScheduleService& m_schedule;
};

} // namespace chairside

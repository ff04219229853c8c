#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/ChangeFeed.h"
#include "services/ServiceContext.h"

#include <QDate>
#include <QVariantMap>

namespace chairside {

class AppointmentService;
class ClinicalReferences;
class RecordService;
class ScheduleService;

struct ConsultationQuery
{
    QString status;    // one of ConsultationService::statuses(), or empty
    QDate date;        // the appointment's clinic-local date, or invalid
    QString patientId; // or empty
    std::optional<ChangesSince> changedSince = std::nullopt; // only those changed since (the change feed)
    int limit = 20;
    int offset = 0;
};

struct ConsultationPage
{
    int total = 0;
    QList<QVariantMap> rows;
};

// Consultations (seed 003): one per appointment, with vital signs, prescription items and notes. The
// consultation's doctor is its appointment's dentist. Who may do what:
// - read: the patient (their own), the dentist of the appointment or one who may see the patient, and the
//   front desk and administrator (every one; seed 003 refused admins, but they run the clinic here);
// - write anything clinical (create, update, start, complete, vital signs, prescriptions, notes): only the
//   consultation's own dentist. Seed 003 let anybody signed in write most of it; patients read only here.
// Starting a consultation seats the patient (appointment confirmed -> arrived -> in_chair: seed 003's
// in_progress is our in_chair); completing it completes the appointment. Notes are the visit's clinical
// notes (append-only rows keyed by appointment), so the chart and seed 000's record show them too.
//
// Rows carry the consultation's columns (prescriptions_text is seed 003's free-text `prescriptions`) plus
// patient_id, doctor_id, appointment_start, appointment_status, appointment_date and appointment_time
// (clinic-local), duration_minutes and the names of patient and doctor; get() adds appointment, patient and
// doctor maps and the vital_signs_rows, prescription_items and notes lists.
class ConsultationService
{
public:
    ConsultationService(ServiceContext& ctx, AppointmentService& appointments, RecordService& records,
                        ClinicalReferences& references, ScheduleService& schedule)
        : m_ctx(ctx)
        , m_appointments(appointments)
        , m_records(records)
        , m_references(references)
        , m_schedule(schedule)
    {}

    static const QStringList& statuses(); // scheduled, in_progress, completed, cancelled
    static const QStringList&
    noteTypes(); // assessment, plan, follow_up, lab_results, imaging, referral, general

    // `input`: appointment_id, chief_complaint, history_of_present_illness, vital_signs (an object).
    Result<QVariantMap> create(const Actor& actor, const QVariantMap& input);
    // get, list, vitalSigns, vitalSign, prescriptionItems and notes record the read in the audit log
    // (readaudit); the answers to writes are not reads.
    Result<QVariantMap> get(const Actor& actor, const QString& id);
    Result<ConsultationPage> list(const Actor& actor, const ConsultationQuery& query);
    // The writable fields of seed 003 (status, start_time, end_time, chief_complaint, ..., `prescriptions`
    // as text). A status change follows the machine scheduled -> in_progress -> completed (cancelled from
    // either) with the same effects as start and complete.
    Result<QVariantMap> update(const Actor& actor, const QString& id, const QVariantMap& input, bool partial);
    Result<QVariantMap> start(const Actor& actor, const QString& id);
    // Optional closing fields: assessment, diagnosis, treatment_plan, follow_up_instructions,
    // next_appointment_recommended, follow_up_date, doctor_notes.
    Result<QVariantMap> complete(const Actor& actor, const QString& id, const QVariantMap& input);

    Result<QList<QVariantMap>> vitalSigns(const Actor& actor, const QString& id);
    Result<QVariantMap> vitalSign(const Actor& actor, const QString& id, const QString& vitalId);
    Result<QVariantMap> recordVitalSigns(const Actor& actor, const QString& id, const QVariantMap& input);
    Result<QVariantMap> updateVitalSigns(const Actor& actor, const QString& id, const QString& vitalId,
                                         const QVariantMap& input);
    Status removeVitalSigns(const Actor& actor, const QString& id, const QString& vitalId);

    // One medication per call, an item of the consultation's prescription (made on first use).
    Result<QList<QVariantMap>> prescriptionItems(const Actor& actor, const QString& id);
    Result<QVariantMap> prescribe(const Actor& actor, const QString& id, const QVariantMap& input);

    Result<QList<QVariantMap>> notes(const Actor& actor, const QString& id);
    // `input`: content, note_type (default general), title.
    Result<QVariantMap> addNote(const Actor& actor, const QString& id, const QVariantMap& input);

private:
    // The consultation as the actor may see it (not found otherwise), with its appointment's fields.
    Result<QVariantMap> row(const Actor& actor, const QString& id);
    // Forbidden unless the actor is the consultation's own dentist.
    Status checkOwnDoctor(const Actor& actor, const QVariantMap& consultation, const QString& message);
    bool isOwnDoctor(const Actor& actor, const QVariantMap& consultation);
    // Moves the appointment to in_chair (through arrived) or to completed, in the caller's unit of work.
    Status seatPatient(const Actor& actor, const QString& appointmentId, const QString& appointmentStatus);
    Status completeAppointment(const Actor& actor, const QString& appointmentId,
                               const QString& appointmentStatus);
    // A status change of `consultation` to `status` with its effects, into `changes`, in an open unit.
    Status changeStatus(const Actor& actor, const QVariantMap& consultation, const QString& status,
                        const QString& nowIso, QVariantMap& changes);
    Result<QVariantMap> vitalRow(const Actor& actor, const QString& id, const QString& vitalId);
    // get without recording the read: the answer to a write.
    Result<QVariantMap> detail(const Actor& actor, const QString& id);
    Result<QList<QVariantMap>> vitalRows(const QString& id);
    Result<QList<QVariantMap>> itemRows(const QString& id);
    // `rows` of one part of `consultation` (vital signs, prescription items, notes), recorded as a read.
    Result<QList<QVariantMap>> recordedPart(const Actor& actor, const QVariantMap& consultation,
                                            const QString& action, Result<QList<QVariantMap>> rows);

    ServiceContext& m_ctx;
    AppointmentService& m_appointments;
    RecordService& m_records;
    ClinicalReferences& m_references;
    ScheduleService& m_schedule;
};

} // namespace chairside

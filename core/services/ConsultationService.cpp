#include "ConsultationService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "services/AppointmentService.h"
#include "services/ClinicalReferences.h"
#include "services/PatientService.h"
#include "services/PrescriptionService.h"
#include "services/ReadAudit.h"
#include "services/RecordService.h"
#include "services/ScheduleService.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>

namespace chairside {

namespace {

const QString kTable = QStringLiteral("consultations");

const QString kSelect = QStringLiteral(
    "SELECT c.*, a.patient_id, a.dentist_id AS doctor_id, a.start_at AS appointment_start, a.status AS "
    "appointment_status, p.name AS patient_name, p.first_name AS patient_first_name, p.last_name AS "
    "patient_last_name, p.email AS patient_email, d.name AS doctor_name, d.email AS doctor_email, "
    "d.specialization AS doctor_specialization, d.user_id AS doctor_user_id FROM consultations c "
    "JOIN appointments a ON a.id = c.appointment_id JOIN patients p ON p.id = a.patient_id "
    "LEFT JOIN doctors d ON d.id = a.dentist_id");

QString str(const QVariantMap& m, const QString& key)
{
    const QVariant v = m.value(key);
    return isNullValue(v) ? QString() : v.toString();
}

QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Which consultations the actor reads: all for the front desk and admin; for a dentist those of their own
// appointments and of the patients they may see; for a patient account those of its own patient records.
std::pair<QString, QVariantList> visibility(const Actor& actor)
{
    if (allows(actor.role, Permission::SeeAllConsultations))
        return {QStringLiteral("1 = 1"), {}};
    // A dentist's own appointments are among the patients they see (PatientService's rule).
    return PatientService::visibility(actor);
}

const QList<FieldSpec>& consultationSpecs()
{
    static const QList<FieldSpec> specs{
        {QStringLiteral("chief_complaint"), FieldType::LongText},
        {QStringLiteral("history_of_present_illness"), FieldType::LongText},
        {QStringLiteral("physical_examination"), FieldType::LongText},
        {QStringLiteral("assessment"), FieldType::LongText},
        {QStringLiteral("diagnosis"), FieldType::Text, 500},
        {QStringLiteral("treatment_plan"), FieldType::LongText},
        {QStringLiteral("prescriptions"), FieldType::LongText},
        {QStringLiteral("follow_up_instructions"), FieldType::LongText},
        {QStringLiteral("next_appointment_recommended"), FieldType::Boolean},
        {QStringLiteral("follow_up_date"), FieldType::Date},
        {QStringLiteral("doctor_notes"), FieldType::LongText},
    };
    return specs;
}

// Seed 003's `vital_signs` JSON object, as stored text; a field error for anything else.
void vitalSignsJson(const QVariantMap& input, QVariantMap& row, FieldErrors& errors)
{
    if (!input.contains(QStringLiteral("vital_signs")))
        return;
    const QVariant v = input.value(QStringLiteral("vital_signs"));
    if (isNullValue(v)) {
        row.insert(QStringLiteral("vital_signs"), QVariant());
        return;
    }
    QVariantMap object;
    if (v.metaType().id() == QMetaType::QVariantMap) {
        object = v.toMap();
    } else {
        // A form field carries the object as JSON text.
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
        if (!doc.isObject()) {
            errors.add(QStringLiteral("vital_signs"), QStringLiteral("Value must be a JSON object."));
            return;
        }
        object = doc.object().toVariantMap();
    }
    row.insert(
        QStringLiteral("vital_signs"),
        QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(object)).toJson(QJsonDocument::Compact)));
}

// A decimal with at most one place within [min, max], as text ("36.6"); seed 003's DecimalField(max, 1).
void oneDecimal(const QVariantMap& input, const QString& name, double min, double max, QVariantMap& row,
                FieldErrors& errors)
{
    if (!input.contains(name))
        return;
    const QVariant v = input.value(name);
    QString text;
    const int type = v.metaType().id();
    if (isNullValue(v))
        text.clear();
    else if (type == QMetaType::Double || type == QMetaType::Int || type == QMetaType::LongLong)
        text = QString::number(v.toDouble(), 'g', 15);
    else if (type == QMetaType::QString)
        text = v.toString().trimmed();
    else {
        errors.add(name, QStringLiteral("A valid number is required."));
        return;
    }
    if (text.isEmpty()) {
        row.insert(name, QVariant());
        return;
    }
    static const QRegularExpression pattern(QStringLiteral("^-?\\d{1,6}(\\.\\d+)?$"));
    if (!pattern.match(text).hasMatch()) {
        errors.add(name, QStringLiteral("A valid number is required."));
        return;
    }
    if (text.contains(QLatin1Char('.')) && text.section(QLatin1Char('.'), 1).size() > 1) {
        errors.add(name, QStringLiteral("Ensure that there are no more than 1 decimal places."));
        return;
    }
    const double value = text.toDouble();
    if (value < min)
        errors.add(name,
                   QStringLiteral("Ensure this value is greater than or equal to %1.").arg(min, 0, 'f', 1));
    else if (value > max)
        errors.add(name,
                   QStringLiteral("Ensure this value is less than or equal to %1.").arg(max, 0, 'f', 1));
    else
        row.insert(name, QString::number(value, 'f', 1));
}

const QList<FieldSpec>& vitalSpecs()
{
    static const QList<FieldSpec> specs{
        {QStringLiteral("systolic_bp"), FieldType::Integer, 0, 50, 300},
        {QStringLiteral("diastolic_bp"), FieldType::Integer, 0, 30, 200},
        {QStringLiteral("heart_rate"), FieldType::Integer, 0, 30, 250},
        {QStringLiteral("respiratory_rate"), FieldType::Integer, 0, 8, 60},
        {QStringLiteral("oxygen_saturation"), FieldType::Integer, 0, 70, 100},
        {QStringLiteral("height"), FieldType::Integer, 0, 50, 250},
    };
    return specs;
}

const QStringList& vitalColumns()
{
    static const QStringList columns{QStringLiteral("systolic_bp"),      QStringLiteral("diastolic_bp"),
                                     QStringLiteral("heart_rate"),       QStringLiteral("temperature"),
                                     QStringLiteral("respiratory_rate"), QStringLiteral("oxygen_saturation"),
                                     QStringLiteral("weight"),           QStringLiteral("height")};
    return columns;
}

QVariantMap vitalFields(const QVariantMap& input, FieldErrors& errors)
{
    QVariantMap row = normalizeFields(vitalSpecs(), input, errors);
    oneDecimal(input, QStringLiteral("temperature"), 30.0, 45.0, row, errors);
    oneDecimal(input, QStringLiteral("weight"), 0.5, 500.0, row, errors);
    return row;
}

// Body mass index from kg and cm, one place, as seed 003 computes it on save; NULL without both.
QVariant bmiOf(const QVariantMap& vitals)
{
    const QVariant weight = vitals.value(QStringLiteral("weight"));
    const QVariant height = vitals.value(QStringLiteral("height"));
    if (isNullValue(weight) || isNullValue(height) || height.toDouble() <= 0)
        return {};
    const double metres = height.toDouble() / 100.0;
    return QString::number(weight.toDouble() / (metres * metres), 'f', 1);
}

const QString kNotDoctor = QStringLiteral("Only the consultation's doctor can do this.");

} // namespace

const QStringList& ConsultationService::statuses()
{
    static const QStringList list{QStringLiteral("scheduled"), QStringLiteral("in_progress"),
                                  QStringLiteral("completed"), QStringLiteral("cancelled")};
    return list;
}

const QStringList& ConsultationService::noteTypes()
{
    static const QStringList list{QStringLiteral("assessment"), QStringLiteral("plan"),
                                  QStringLiteral("follow_up"),  QStringLiteral("lab_results"),
                                  QStringLiteral("imaging"),    QStringLiteral("referral"),
                                  QStringLiteral("general")};
    return list;
}

Result<QVariantMap> ConsultationService::row(const Actor& actor, const QString& id)
{
    if (!Uuid::isValid(id))
        return Error::notFound();
    const auto [clause, binds] = visibility(actor);
    auto found = sql::selectOne(
        m_ctx.db.connection(),
        kSelect + QStringLiteral(" WHERE c.id = ? AND c.deleted_at IS NULL AND a.deleted_at IS NULL AND ") +
            clause,
        QVariantList{id} + binds);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound();
    QVariantMap out = **found;
    const QDateTime start = QDateTime::fromString(str(out, QStringLiteral("start_time")), Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(str(out, QStringLiteral("end_time")), Qt::ISODateWithMs);
    out.insert(QStringLiteral("duration_minutes"),
               start.isValid() && end.isValid() ? QVariant(int(start.secsTo(end) / 60)) : QVariant());
    // Seed 003 shows the visit's date and time as the clinic reads them.
    const QDateTime visit =
        QDateTime::fromString(str(out, QStringLiteral("appointment_start")), Qt::ISODateWithMs)
            .toTimeZone(m_schedule.timeZone());
    out.insert(QStringLiteral("appointment_date"), visit.date().toString(Qt::ISODate));
    out.insert(QStringLiteral("appointment_time"), visit.time().toString(QStringLiteral("HH:mm:ss")));
    return out;
}

bool ConsultationService::isOwnDoctor(const Actor& actor, const QVariantMap& consultation)
{
    if (!allows(actor.role, Permission::WriteConsultations))
        return false;
    const QString doctor = str(consultation, QStringLiteral("doctor_id"));
    return !doctor.isEmpty() && doctor == m_references.ownDoctorId(actor);
}

Status ConsultationService::checkOwnDoctor(const Actor& actor, const QVariantMap& consultation,
                                           const QString& message)
{
    if (isOwnDoctor(actor, consultation))
        return std::nullopt;
    return Error::forbidden(message);
}

Status ConsultationService::seatPatient(const Actor& actor, const QString& appointmentId,
                                        const QString& appointmentStatus)
{
    // Seed 003: a consultation starts for a confirmed or an already started visit.
    const QStringList startable{QStringLiteral("confirmed"), QStringLiteral("arrived"),
                                QStringLiteral("in_chair")};
    if (!startable.contains(appointmentStatus))
        return Error::field(
            QStringLiteral("appointment"),
            QStringLiteral("Can only create consultation for confirmed or in-progress appointments."));
    auto seated = m_appointments.changeStatus(actor, appointmentId, AppointmentStatus::InChair,
                                              QStringLiteral("The consultation started."));
    return seated ? std::nullopt : Status(seated.error());
}

Status ConsultationService::completeAppointment(const Actor& actor, const QString& appointmentId,
                                                const QString& appointmentStatus)
{
    const QStringList completable{QStringLiteral("scheduled"), QStringLiteral("confirmed"),
                                  QStringLiteral("arrived"), QStringLiteral("in_chair"),
                                  QStringLiteral("completed")};
    if (!completable.contains(appointmentStatus))
        return Error::invalid(QStringLiteral("The appointment is %1; its consultation cannot be completed.")
                                  .arg(appointmentStatus));
    auto completed = m_appointments.changeStatus(actor, appointmentId, AppointmentStatus::Completed,
                                                 QStringLiteral("The consultation was completed."));
    return completed ? std::nullopt : Status(completed.error());
}

Status ConsultationService::changeStatus(const Actor& actor, const QVariantMap& consultation,
                                         const QString& status, const QString& nowIso, QVariantMap& changes)
{
    const QString old = str(consultation, QStringLiteral("status"));
    if (status == old)
        return std::nullopt;
    const bool allowed = (old == QLatin1String("scheduled") &&
                          (status == QLatin1String("in_progress") || status == QLatin1String("cancelled"))) ||
                         (old == QLatin1String("in_progress") &&
                          (status == QLatin1String("completed") || status == QLatin1String("cancelled")));
    if (!allowed)
        return Error::field(QStringLiteral("status"),
                            QStringLiteral("A consultation cannot go from %1 to %2.").arg(old, status));
    const QString appointment = str(consultation, QStringLiteral("appointment_id"));
    const QString appointmentStatus = str(consultation, QStringLiteral("appointment_status"));
    if (status == QLatin1String("in_progress")) {
        if (isNullValue(changes.value(QStringLiteral("start_time"))))
            changes.insert(QStringLiteral("start_time"), nowIso);
        if (Status e = seatPatient(actor, appointment, appointmentStatus))
            return e;
    } else if (status == QLatin1String("completed")) {
        if (isNullValue(
                changes.value(QStringLiteral("end_time"), consultation.value(QStringLiteral("end_time")))))
            changes.insert(QStringLiteral("end_time"), nowIso);
        if (Status e = completeAppointment(actor, appointment, appointmentStatus))
            return e;
    }
    changes.insert(QStringLiteral("status"), status);
    return std::nullopt;
}

Result<QVariantMap> ConsultationService::create(const Actor& actor, const QVariantMap& input)
{
    if (!allows(actor.role, Permission::WriteConsultations))
        return Error::forbidden(QStringLiteral("Only doctors can create consultations."));
    FieldErrors errors;
    QVariantMap fields = normalizeFields(consultationSpecs(), input, errors);
    QVariantMap row;
    for (const QString& name :
         {QStringLiteral("chief_complaint"), QStringLiteral("history_of_present_illness")}) {
        if (fields.contains(name))
            row.insert(name, fields.value(name));
    }
    vitalSignsJson(input, row, errors);
    if (isNullValue(row.value(QStringLiteral("chief_complaint"))) &&
        !errors.has(QStringLiteral("chief_complaint")))
        errors.add(QStringLiteral("chief_complaint"), QStringLiteral("This field is required."));
    const QString appointmentId = str(input, QStringLiteral("appointment_id"));
    std::optional<QVariantMap> appointment;
    if (appointmentId.isEmpty()) {
        errors.add(QStringLiteral("appointment"), QStringLiteral("This field is required."));
    } else if (auto found = m_appointments.find(actor, appointmentId); !found) {
        errors.add(QStringLiteral("appointment"),
                   QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(appointmentId));
    } else {
        appointment = *found;
    }
    if (!errors.isEmpty())
        return errors.toError();
    const QString doctor = str(*appointment, QStringLiteral("dentist_id"));
    if (doctor.isEmpty() || doctor != m_references.ownDoctorId(actor))
        return Error::forbidden(QStringLiteral("Only the appointment's doctor can start its consultation."));
    const QString appointmentStatus = str(*appointment, QStringLiteral("status"));
    if (appointmentStatus != QLatin1String("confirmed") && appointmentStatus != QLatin1String("arrived") &&
        appointmentStatus != QLatin1String("in_chair"))
        return Error::field(
            QStringLiteral("appointment"),
            QStringLiteral("Can only create consultation for confirmed or in-progress appointments."));

    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    // Inside the write transaction, so two creations for one appointment cannot both pass.
    auto taken = sql::scalar(
        m_ctx.db.connection(),
        QStringLiteral("SELECT 1 FROM consultations WHERE appointment_id = ? AND deleted_at IS NULL"),
        {appointmentId});
    if (!taken)
        return taken.error();
    if (taken->isValid())
        return Error::field(QStringLiteral("appointment"),
                            QStringLiteral("A consultation already exists for this appointment."));
    const QString id = Uuid::v7(uow.now());
    row.insert(QStringLiteral("appointment_id"), appointmentId);
    row.insert(QStringLiteral("status"), QStringLiteral("in_progress"));
    row.insert(QStringLiteral("start_time"), uow.nowIso());
    row.insert(QStringLiteral("created_by"), orNull(actor.userId));
    row.insert(QStringLiteral("created_at"), uow.nowIso());
    row.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.insert(kTable, id, row))
        return *e;
    if (Status e = seatPatient(actor, appointmentId, appointmentStatus))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return detail(actor, id);
}

Result<QVariantMap> ConsultationService::get(const Actor& actor, const QString& id)
{
    auto out = detail(actor, id);
    if (out)
        if (Status e = readaudit::one(m_ctx, actor, kTable, id, str(*out, QStringLiteral("patient_id"))))
            return *e;
    return out;
}

Result<QVariantMap> ConsultationService::detail(const Actor& actor, const QString& id)
{
    auto found = row(actor, id);
    if (!found)
        return found.error();
    QVariantMap out = *found;
    auto appointment = m_appointments.find(actor, str(out, QStringLiteral("appointment_id")));
    out.insert(QStringLiteral("appointment"), appointment ? QVariant(*appointment) : QVariant());
    out.insert(QStringLiteral("patient"),
               QVariantMap{{QStringLiteral("id"), out.value(QStringLiteral("patient_id"))},
                           {QStringLiteral("name"), out.value(QStringLiteral("patient_name"))},
                           {QStringLiteral("first_name"), out.value(QStringLiteral("patient_first_name"))},
                           {QStringLiteral("last_name"), out.value(QStringLiteral("patient_last_name"))},
                           {QStringLiteral("email"), out.value(QStringLiteral("patient_email"))}});
    out.insert(
        QStringLiteral("doctor"),
        isNullValue(out.value(QStringLiteral("doctor_id")))
            ? QVariant()
            : QVariant(QVariantMap{
                  {QStringLiteral("id"), out.value(QStringLiteral("doctor_id"))},
                  {QStringLiteral("user_id"), out.value(QStringLiteral("doctor_user_id"))},
                  {QStringLiteral("name"), out.value(QStringLiteral("doctor_name"))},
                  {QStringLiteral("email"), out.value(QStringLiteral("doctor_email"))},
                  {QStringLiteral("specialization"), out.value(QStringLiteral("doctor_specialization"))}}));
    auto vitals = vitalRows(id);
    if (!vitals)
        return vitals.error();
    auto items = itemRows(id);
    if (!items)
        return items.error();
    auto visitNotes = m_records.visitNotes(str(out, QStringLiteral("appointment_id")));
    if (!visitNotes)
        return visitNotes.error();
    const auto list = [](const QList<QVariantMap>& rows) {
        QVariantList l;
        for (const QVariantMap& r : rows)
            l.append(r);
        return l;
    };
    out.insert(QStringLiteral("vital_signs_rows"), list(*vitals));
    out.insert(QStringLiteral("prescription_items"), list(*items));
    out.insert(QStringLiteral("notes"), list(*visitNotes));
    return out;
}

Result<ConsultationPage> ConsultationService::list(const Actor& actor, const ConsultationQuery& q)
{
    auto [where, binds] = visibility(actor);
    where = QStringLiteral(" WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL AND ") + where;
    if (!q.status.isEmpty()) {
        where += QStringLiteral(" AND c.status = ?");
        binds << q.status;
    }
    if (!q.patientId.isEmpty()) {
        where += QStringLiteral(" AND (a.patient_id = ? OR p.user_id = ?)");
        binds << q.patientId << q.patientId;
    }
    if (q.date.isValid()) {
        const QTimeZone zone = m_schedule.timeZone();
        where += QStringLiteral(" AND a.start_at >= ? AND a.start_at < ?");
        binds << toIsoUtc(QDateTime(q.date, QTime(0, 0), zone))
              << toIsoUtc(QDateTime(q.date.addDays(1), QTime(0, 0), zone));
    }
    where += ChangeFeed::andChangedSince(QStringLiteral("c.id"), q.changedSince, binds);
    auto total = sql::scalar(m_ctx.db.connection(),
                             QStringLiteral("SELECT count(*) FROM consultations c JOIN appointments a ON "
                                            "a.id = c.appointment_id JOIN patients p ON p.id = a.patient_id "
                                            "LEFT JOIN doctors d ON d.id = a.dentist_id") +
                                 where,
                             binds);
    if (!total)
        return total.error();
    auto ids =
        sql::select(m_ctx.db.connection(),
                    QStringLiteral("SELECT c.id FROM consultations c JOIN appointments a ON a.id = "
                                   "c.appointment_id JOIN patients p ON p.id = a.patient_id LEFT JOIN "
                                   "doctors d ON d.id = a.dentist_id") +
                        where + QStringLiteral(" ORDER BY c.created_at DESC, c.id DESC LIMIT ? OFFSET ?"),
                    binds + QVariantList{q.limit, q.offset});
    if (!ids)
        return ids.error();
    ConsultationPage page;
    page.total = total->toInt();
    for (const QVariantMap& r : *ids) {
        auto one = row(actor, str(r, QStringLiteral("id")));
        if (!one)
            return one.error();
        page.rows.append(*one);
    }
    if (Status e = readaudit::list(m_ctx, actor, kTable, page.rows))
        return *e;
    return page;
}

Result<QVariantMap> ConsultationService::update(const Actor& actor, const QString& id,
                                                const QVariantMap& input, bool partial)
{
    auto current = row(actor, id);
    if (!current)
        return current.error();
    FieldErrors errors;
    QVariantMap fields = normalizeFields(consultationSpecs(), input, errors);
    QVariantMap changes;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        changes.insert(it.key() == QLatin1String("prescriptions") ? QStringLiteral("prescriptions_text")
                                                                  : it.key(),
                       it.value());
    vitalSignsJson(input, changes, errors);
    std::optional<QString> status;
    if (input.contains(QStringLiteral("status"))) {
        status = enumCode(input.value(QStringLiteral("status")), statuses());
        if (!status)
            errors.add(QStringLiteral("status"), QStringLiteral("\"%1\" is not a valid choice.")
                                                     .arg(input.value(QStringLiteral("status")).toString()));
    }
    // Seed 003 answers this with a field error before anything else; the other writes of anyone but the
    // consultation's doctor are refused below.
    if (status == QLatin1String("completed") && !isOwnDoctor(actor, *current))
        return Error::field(QStringLiteral("status"),
                            QStringLiteral("Only doctors can mark consultations as completed."));
    if (Status refused = checkOwnDoctor(actor, *current, kNotDoctor))
        return *refused;
    for (const QString& name : {QStringLiteral("start_time"), QStringLiteral("end_time")}) {
        if (!input.contains(name))
            continue;
        const QVariant v = input.value(name);
        if (isNullValue(v) || v.toString().trimmed().isEmpty()) {
            changes.insert(name, QVariant());
        } else if (auto t = m_schedule.parseDateTime(v.toString())) {
            changes.insert(name, toIsoUtc(*t));
        } else {
            errors.add(name, QStringLiteral("Datetime has wrong format. Use one of these formats instead: "
                                            "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."));
        }
    }
    const bool complaintGiven = changes.contains(QStringLiteral("chief_complaint"));
    if ((complaintGiven && isNullValue(changes.value(QStringLiteral("chief_complaint")))) ||
        (!partial && !complaintGiven && !errors.has(QStringLiteral("chief_complaint"))))
        errors.add(QStringLiteral("chief_complaint"), complaintGiven
                                                          ? QStringLiteral("This field may not be blank.")
                                                          : QStringLiteral("This field is required."));
    if (!errors.isEmpty())
        return errors.toError();
    const auto effective = [&](const QString& name) {
        return QDateTime::fromString(str(changes.contains(name) ? changes : *current, name),
                                     Qt::ISODateWithMs);
    };
    // Only a change of either time is checked: a consultation completed at the moment it started (a clock
    // that did not move) must still take other changes.
    const bool timesGiven =
        changes.contains(QStringLiteral("start_time")) || changes.contains(QStringLiteral("end_time"));
    if (timesGiven && effective(QStringLiteral("start_time")).isValid() &&
        effective(QStringLiteral("end_time")).isValid() &&
        effective(QStringLiteral("end_time")) <= effective(QStringLiteral("start_time")))
        return Error::field(QStringLiteral("non_field_errors"),
                            QStringLiteral("End time must be after start time."));

    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (status) {
        if (Status e = changeStatus(actor, *current, *status, uow.nowIso(), changes))
            return *e;
    }
    changes.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.update(kTable, id, changes))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return detail(actor, id);
}

Result<QVariantMap> ConsultationService::start(const Actor& actor, const QString& id)
{
    auto current = row(actor, id);
    if (!current)
        return current.error();
    if (Status refused = checkOwnDoctor(actor, *current,
                                        QStringLiteral("Only the assigned doctor can start consultations.")))
        return *refused;
    // Seed 003's rule. Consultations made through the API start in progress, so for them this always
    // refuses, as it did there.
    if (str(*current, QStringLiteral("status")) != QLatin1String("scheduled"))
        return Error::invalid(QStringLiteral("Consultation can only be started if it is scheduled."));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    QVariantMap changes{{QStringLiteral("start_time"), uow.nowIso()}};
    if (Status e = changeStatus(actor, *current, QStringLiteral("in_progress"), uow.nowIso(), changes))
        return *e;
    changes.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.update(kTable, id, changes))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return detail(actor, id);
}

Result<QVariantMap> ConsultationService::complete(const Actor& actor, const QString& id,
                                                  const QVariantMap& input)
{
    auto current = row(actor, id);
    if (!current)
        return current.error();
    if (Status refused = checkOwnDoctor(
            actor, *current, QStringLiteral("Only the assigned doctor can complete consultations.")))
        return *refused;
    if (str(*current, QStringLiteral("status")) != QLatin1String("in_progress"))
        return Error::invalid(QStringLiteral("Consultation must be in progress to be completed."));
    FieldErrors errors;
    QVariantMap closing;
    const QVariantMap fields = normalizeFields(consultationSpecs(), input, errors);
    for (const QString& name :
         {QStringLiteral("assessment"), QStringLiteral("diagnosis"), QStringLiteral("treatment_plan"),
          QStringLiteral("follow_up_instructions"), QStringLiteral("next_appointment_recommended"),
          QStringLiteral("follow_up_date"), QStringLiteral("doctor_notes")}) {
        if (fields.contains(name))
            closing.insert(name, fields.value(name));
    }
    if (!errors.isEmpty())
        return errors.toError();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    QVariantMap changes = closing;
    changes.insert(QStringLiteral("end_time"), uow.nowIso());
    if (Status e = changeStatus(actor, *current, QStringLiteral("completed"), uow.nowIso(), changes))
        return *e;
    changes.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.update(kTable, id, changes))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return detail(actor, id);
}

Result<QList<QVariantMap>> ConsultationService::vitalSigns(const Actor& actor, const QString& id)
{
    auto found = row(actor, id);
    if (!found)
        return found.error();
    return recordedPart(actor, *found, QStringLiteral("vital_signs.list"), vitalRows(id));
}

Result<QList<QVariantMap>> ConsultationService::recordedPart(const Actor& actor,
                                                             const QVariantMap& consultation,
                                                             const QString& action,
                                                             Result<QList<QVariantMap>> rows)
{
    if (rows)
        if (Status e = readaudit::one(m_ctx, actor, kTable, str(consultation, QStringLiteral("id")),
                                      str(consultation, QStringLiteral("patient_id")), action))
            return *e;
    return rows;
}

Result<QList<QVariantMap>> ConsultationService::vitalRows(const QString& id)
{
    return sql::select(
        m_ctx.db.connection(),
        QStringLiteral("SELECT v.*, %1 AS recorded_by_name FROM vital_signs v LEFT JOIN users u "
                       "ON u.id = v.recorded_by WHERE v.consultation_id = ? AND v.deleted_at IS "
                       "NULL ORDER BY v.recorded_at DESC, v.id DESC")
            .arg(userNameSql(QStringLiteral("u"))),
        {id});
}

Result<QVariantMap> ConsultationService::vitalRow(const Actor& actor, const QString& id,
                                                  const QString& vitalId)
{
    if (auto found = row(actor, id); !found)
        return found.error();
    if (!Uuid::isValid(vitalId))
        return Error::notFound();
    auto found = sql::selectOne(
        m_ctx.db.connection(),
        QStringLiteral("SELECT v.*, %1 AS recorded_by_name FROM vital_signs v LEFT JOIN users u ON u.id = "
                       "v.recorded_by WHERE v.id = ? AND v.consultation_id = ? AND v.deleted_at IS NULL")
            .arg(userNameSql(QStringLiteral("u"))),
        {vitalId, id});
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound();
    return **found;
}

Result<QVariantMap> ConsultationService::vitalSign(const Actor& actor, const QString& id,
                                                   const QString& vitalId)
{
    auto consultation = row(actor, id);
    if (!consultation)
        return consultation.error();
    auto vital = vitalRow(actor, id, vitalId);
    if (vital)
        if (Status e = readaudit::one(m_ctx, actor, QStringLiteral("vital_signs"), vitalId,
                                      str(*consultation, QStringLiteral("patient_id"))))
            return *e;
    return vital;
}

Result<QVariantMap> ConsultationService::recordVitalSigns(const Actor& actor, const QString& id,
                                                          const QVariantMap& input)
{
    auto current = row(actor, id);
    if (!current)
        return current.error();
    if (Status refused = checkOwnDoctor(
            actor, *current, QStringLiteral("Only the consultation's doctor records vital signs.")))
        return *refused;
    FieldErrors errors;
    QVariantMap vitals = vitalFields(input, errors);
    if (!errors.isEmpty())
        return errors.toError();
    bool any = false;
    for (const QString& column : vitalColumns())
        any = any || !isNullValue(vitals.value(column));
    // Seed 003 stored an empty row; a measurement is asked for here.
    if (!any)
        return Error::field(QStringLiteral("non_field_errors"),
                            QStringLiteral("Record at least one vital sign."));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    const QString vitalId = Uuid::v7(uow.now());
    vitals.insert(QStringLiteral("consultation_id"), id);
    vitals.insert(QStringLiteral("bmi"), bmiOf(vitals));
    vitals.insert(QStringLiteral("recorded_by"), orNull(actor.userId));
    vitals.insert(QStringLiteral("recorded_at"), uow.nowIso());
    vitals.insert(QStringLiteral("created_at"), uow.nowIso());
    vitals.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.insert(QStringLiteral("vital_signs"), vitalId, vitals))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return vitalRow(actor, id, vitalId);
}

Result<QVariantMap> ConsultationService::updateVitalSigns(const Actor& actor, const QString& id,
                                                          const QString& vitalId, const QVariantMap& input)
{
    auto current = row(actor, id);
    if (!current)
        return current.error();
    auto vital = vitalRow(actor, id, vitalId);
    if (!vital)
        return vital.error();
    if (Status refused = checkOwnDoctor(
            actor, *current, QStringLiteral("Only the consultation's doctor records vital signs.")))
        return *refused;
    FieldErrors errors;
    QVariantMap changes = vitalFields(input, errors);
    if (!errors.isEmpty())
        return errors.toError();
    QVariantMap merged = *vital;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        merged.insert(it.key(), it.value());
    bool any = false;
    for (const QString& column : vitalColumns())
        any = any || !isNullValue(merged.value(column));
    if (!any)
        return Error::field(QStringLiteral("non_field_errors"),
                            QStringLiteral("Record at least one vital sign."));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    changes.insert(QStringLiteral("bmi"), bmiOf(merged));
    changes.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.update(QStringLiteral("vital_signs"), vitalId, changes))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return vitalRow(actor, id, vitalId);
}

Status ConsultationService::removeVitalSigns(const Actor& actor, const QString& id, const QString& vitalId)
{
    auto current = row(actor, id);
    if (!current)
        return current.error();
    auto vital = vitalRow(actor, id, vitalId);
    if (!vital)
        return vital.error();
    if (Status refused = checkOwnDoctor(
            actor, *current, QStringLiteral("Only the consultation's doctor records vital signs.")))
        return refused;
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.softDelete(QStringLiteral("vital_signs"), vitalId))
        return e;
    return uow.commit();
}

Result<QList<QVariantMap>> ConsultationService::prescriptionItems(const Actor& actor, const QString& id)
{
    auto found = row(actor, id);
    if (!found)
        return found.error();
    return recordedPart(actor, *found, QStringLiteral("prescription_items.list"), itemRows(id));
}

Result<QList<QVariantMap>> ConsultationService::itemRows(const QString& id)
{
    return sql::select(
        m_ctx.db.connection(),
        QStringLiteral("SELECT i.* FROM prescription_items i JOIN prescriptions p ON p.id = "
                       "i.prescription_id WHERE p.consultation_id = ? AND p.deleted_at IS NULL "
                       "AND i.deleted_at IS NULL ORDER BY p.issued_at, p.id, i.position, i.id"),
        {id});
}

Result<QVariantMap> ConsultationService::prescribe(const Actor& actor, const QString& id,
                                                   const QVariantMap& input)
{
    auto current = row(actor, id);
    if (!current)
        return current.error();
    if (!allows(actor.role, Permission::Prescribe) || !isOwnDoctor(actor, *current))
        return Error::forbidden(QStringLiteral("Only doctors can create prescriptions."));
    FieldErrors errors;
    QVariantMap item = normalizeFields({{QStringLiteral("medication_name"), FieldType::Text, 200},
                                        {QStringLiteral("dosage"), FieldType::Text, 100},
                                        {QStringLiteral("frequency"), FieldType::Text, 100},
                                        {QStringLiteral("duration"), FieldType::Text, 100},
                                        {QStringLiteral("instructions"), FieldType::LongText},
                                        {QStringLiteral("quantity"), FieldType::Integer, 0, 1, 100000},
                                        {QStringLiteral("is_active"), FieldType::Boolean}},
                                       input, errors);
    for (const QString& name : {QStringLiteral("medication_name"), QStringLiteral("dosage"),
                                QStringLiteral("frequency"), QStringLiteral("duration")}) {
        if (isNullValue(item.value(name)) && !errors.has(name))
            errors.add(name, QStringLiteral("This field is required."));
    }
    const QVariant type = input.value(QStringLiteral("medication_type"));
    if (isNullValue(type)) {
        item.insert(QStringLiteral("medication_type"), QStringLiteral("tablet"));
    } else if (auto code = enumCode(type, PrescriptionService::medicationTypes())) {
        item.insert(QStringLiteral("medication_type"), *code);
    } else {
        errors.add(QStringLiteral("medication_type"),
                   QStringLiteral("\"%1\" is not a valid choice.").arg(type.toString()));
    }
    if (!errors.isEmpty())
        return errors.toError();
    if (isNullValue(item.value(QStringLiteral("is_active"))))
        item.insert(QStringLiteral("is_active"), 1);

    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    // The consultation's prescription header, made with its first medication; read in the write
    // transaction so two first medications at once share one header.
    auto header = sql::scalar(m_ctx.db.connection(),
                              QStringLiteral("SELECT id FROM prescriptions WHERE consultation_id = ? AND "
                                             "deleted_at IS NULL ORDER BY issued_at, id LIMIT 1"),
                              {id});
    if (!header)
        return header.error();
    QString prescriptionId = isNullValue(*header) ? QString() : header->toString();
    if (prescriptionId.isEmpty()) {
        prescriptionId = Uuid::v7(uow.now());
        if (Status e = uow.insert(
                QStringLiteral("prescriptions"), prescriptionId,
                {{QStringLiteral("patient_id"), current->value(QStringLiteral("patient_id"))},
                 {QStringLiteral("doctor_id"), orNull(str(*current, QStringLiteral("doctor_id")))},
                 {QStringLiteral("appointment_id"), current->value(QStringLiteral("appointment_id"))},
                 {QStringLiteral("consultation_id"), id},
                 {QStringLiteral("issued_by"), orNull(actor.userId)},
                 {QStringLiteral("issued_at"), uow.nowIso()},
                 {QStringLiteral("created_at"), uow.nowIso()},
                 {QStringLiteral("updated_at"), uow.nowIso()}}))
            return *e;
    }
    auto position = sql::scalar(
        m_ctx.db.connection(),
        QStringLiteral(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM prescription_items WHERE prescription_id = ?"),
        {prescriptionId});
    if (!position)
        return position.error();
    const QString itemId = Uuid::v7(uow.now());
    item.insert(QStringLiteral("prescription_id"), prescriptionId);
    item.insert(QStringLiteral("position"), position->toInt());
    item.insert(QStringLiteral("created_by"), orNull(actor.userId));
    item.insert(QStringLiteral("created_at"), uow.nowIso());
    item.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.insert(QStringLiteral("prescription_items"), itemId, item))
        return *e;
    if (Status e = uow.commit())
        return *e;
    auto stored = sql::selectOne(m_ctx.db.connection(),
                                 QStringLiteral("SELECT * FROM prescription_items WHERE id = ?"), {itemId});
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error::internal(QStringLiteral("The prescription was stored but cannot be read back."));
    return **stored;
}

Result<QList<QVariantMap>> ConsultationService::notes(const Actor& actor, const QString& id)
{
    auto current = row(actor, id);
    if (!current)
        return current.error();
    return recordedPart(actor, *current, QStringLiteral("clinical_notes.list"),
                        m_records.visitNotes(str(*current, QStringLiteral("appointment_id"))));
}

Result<QVariantMap> ConsultationService::addNote(const Actor& actor, const QString& id,
                                                 const QVariantMap& input)
{
    auto current = row(actor, id);
    if (!current)
        return current.error();
    if (Status refused =
            checkOwnDoctor(actor, *current, QStringLiteral("Only the consultation's doctor adds notes.")))
        return *refused;
    FieldErrors errors;
    const QVariantMap fields = normalizeFields(
        {{QStringLiteral("content"), FieldType::LongText}, {QStringLiteral("title"), FieldType::Text, 200}},
        input, errors);
    if (isNullValue(fields.value(QStringLiteral("content"))) && !errors.has(QStringLiteral("content")))
        errors.add(QStringLiteral("content"), input.contains(QStringLiteral("content"))
                                                  ? QStringLiteral("This field may not be blank.")
                                                  : QStringLiteral("This field is required."));
    QString type = QStringLiteral("general");
    const QVariant given = input.value(QStringLiteral("note_type"));
    if (!isNullValue(given)) {
        if (auto code = enumCode(given, noteTypes()))
            type = *code;
        else
            errors.add(QStringLiteral("note_type"),
                       QStringLiteral("\"%1\" is not a valid choice.").arg(given.toString()));
    }
    if (!errors.isEmpty())
        return errors.toError();
    return m_records.appendNote(actor, str(*current, QStringLiteral("appointment_id")),
                                fields.value(QStringLiteral("content")).toString(), type,
                                str(fields, QStringLiteral("title")));
}

} // namespace chairside

#include "ApiServerHost.h"
#include "HttpClient.h"
#include "TestStation.h"
#include "store/Query.h"

#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

// Shaped like a UUIDv7 but never issued: the "well-formed id of nothing" case.
const QString kUnknownId = QStringLiteral("0190b7e0-0000-7000-8000-000000000000");
const QString kConsultations = QStringLiteral("/api/consultations/api/consultations/");
const QString kSlots = QStringLiteral("/api/appointments/time-slots/");
const QString kReadmeSlots = QStringLiteral("/api/appointments/api/time-slots/");

QStringList ids(const HttpReply& reply)
{
    QStringList out;
    for (const QJsonValue& v : reply.object().value(QStringLiteral("results")).toArray())
        out.append(v.toObject().value(QStringLiteral("id")).toString());
    return out;
}

int count(const HttpReply& reply)
{
    return reply.object().value(QStringLiteral("count")).toInt(-1);
}

} // namespace

// Seed 003's consultations (with vital signs, prescriptions and notes) and time slots over real HTTP
// (seed-contracts 4.3). Good input, the wrong role, another patient's consultation, bad status transitions,
// out-of-range vitals, overlapping slots and unknown ids; a refusal answers JSON and writes nothing.
class TestHttpSeed003Clinical : public QObject
{
    Q_OBJECT
private:
    using Account = ApiUser;

    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    Account m_desk; // receptionist
    Account m_admin;
    Account m_molar; // the dentist of Alice's visits
    Account m_other; // another dentist, Bob's
    Account m_alice; // patient accounts
    Account m_bob;
    QString m_alicePatient;
    QString m_bobPatient;
    QString m_molarDoctor;
    QString m_otherDoctor;
    QString m_aliceVisit;      // confirmed: a consultation may start
    QString m_aliceLaterVisit; // scheduled: not yet
    QString m_bobVisit;        // confirmed, with the other dentist
    QString m_aliceConsultation;

    int changes() const { return m_station->changeCount(); }

    QString appointmentStatus(const QString& id) const
    {
        auto v = sql::scalar(m_station->db->connection(),
                             QStringLiteral("SELECT status FROM appointments WHERE id = ?"), {id});
        return v ? v->toString() : QString();
    }

    QString book(const QString& patient, const QString& doctor, const QDateTime& start, bool confirm)
    {
        Services& s = *m_station->services;
        BookingRequest booking;
        booking.patientId = patient;
        booking.dentistId = doctor;
        booking.start = start;
        booking.durationMinutes = 30;
        booking.reason = QStringLiteral("Toothache");
        auto made = s.appointments.book(m_desk.actor, booking);
        if (!made) {
            qWarning("booking refused: %s", qPrintable(made.error().message));
            return QString();
        }
        const QString id = made->value(QStringLiteral("id")).toString();
        if (!confirm)
            return id;
        auto confirmed = s.appointments.setStatus(m_desk.actor, id, AppointmentStatus::Confirmed);
        if (!confirmed)
            qWarning("confirmation refused: %s", qPrintable(confirmed.error().message));
        return confirmed ? id : QString();
    }

    // The status, a JSON object body (with `field` among its keys when given), and not a single write.
    void verifyRefused(const HttpReply& reply, int status, int changesBefore, const QString& field = {})
    {
        const QString problem = refusalProblem(reply, status, {}, field);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(changes(), changesBefore);
    }

    QString consultation(const QString& id, const QString& tail = {}) const
    {
        return kConsultations + id + QLatin1Char('/') + tail;
    }

private slots:
    void initTestCase()
    {
        m_station = std::make_unique<TestStation>(); // the clock: Sunday 2026-11-22 09:00 UTC
        m_desk = m_station->addApiUser(QStringLiteral("desk@clinic.org"), Role::Receptionist);
        m_admin = m_station->addApiUser(QStringLiteral("boss@clinic.org"), Role::Admin);
        m_molar = m_station->addApiUser(QStringLiteral("molar@clinic.org"), Role::Dentist);
        m_other = m_station->addApiUser(QStringLiteral("canine@clinic.org"), Role::Dentist);
        m_alice = m_station->addApiUser(QStringLiteral("alice@example.org"), Role::Patient);
        m_bob = m_station->addApiUser(QStringLiteral("bob@example.org"), Role::Patient);
        Services& s = *m_station->services;
        auto alice = s.patients.ownProfile(m_alice.actor);
        auto bob = s.patients.ownProfile(m_bob.actor);
        QVERIFY(alice && bob);
        m_alicePatient = alice->value(QStringLiteral("id")).toString();
        m_bobPatient = bob->value(QStringLiteral("id")).toString();
        auto molar = s.doctors.create(m_admin.actor, {{QStringLiteral("name"), QStringLiteral("Dr Molar")},
                                                      {QStringLiteral("user_id"), m_molar.actor.userId}});
        auto other = s.doctors.create(m_admin.actor, {{QStringLiteral("name"), QStringLiteral("Dr Canine")},
                                                      {QStringLiteral("user_id"), m_other.actor.userId}});
        QVERIFY(molar && other);
        m_molarDoctor = molar->value(QStringLiteral("id")).toString();
        m_otherDoctor = other->value(QStringLiteral("id")).toString();
        QVERIFY(s.mappings.create(m_desk.actor, m_alicePatient, m_molarDoctor));
        m_aliceVisit =
            book(m_alicePatient, m_molarDoctor, QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC), true);
        m_aliceLaterVisit =
            book(m_alicePatient, m_molarDoctor, QDateTime(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC), false);
        m_bobVisit =
            book(m_bobPatient, m_otherDoctor, QDateTime(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC), true);
        QVERIFY(!m_aliceVisit.isEmpty() && !m_aliceLaterVisit.isEmpty() && !m_bobVisit.isEmpty());

        m_host = std::make_unique<api::ApiServerHost>(s, api::ApiServerConfig{});
        auto port = m_host->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_http = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    }

    void cleanupTestCase()
    {
        m_host.reset();
        m_station.reset();
    }

    void creatingAConsultation()
    {
        const QJsonObject body{
            {QStringLiteral("appointment"), m_aliceVisit},
            {QStringLiteral("chief_complaint"), QStringLiteral("Pain at 36")},
            {QStringLiteral("history_of_present_illness"), QStringLiteral("Two days")},
            {QStringLiteral("vital_signs"),
             QJsonObject{{QStringLiteral("bp"), QStringLiteral("120/80")}, {QStringLiteral("hr"), 72}}}};
        const int before = changes();
        // Patients, the front desk and another dentist do not open a consultation.
        verifyRefused(m_http->post(kConsultations, body, m_alice.access), 403, before);
        verifyRefused(m_http->post(kConsultations, body, m_desk.access), 403, before);
        verifyRefused(m_http->post(kConsultations, body, m_admin.access), 403, before);
        verifyRefused(m_http->post(kConsultations, body, m_other.access), 403, before);
        verifyRefused(m_http->post(kConsultations, body), 401, before);
        QJsonObject bad = body;
        bad.remove(QStringLiteral("chief_complaint"));
        verifyRefused(m_http->post(kConsultations, bad, m_molar.access), 400, before,
                      QStringLiteral("chief_complaint"));
        bad = body;
        bad.insert(QStringLiteral("appointment"), kUnknownId);
        verifyRefused(m_http->post(kConsultations, bad, m_molar.access), 400, before,
                      QStringLiteral("appointment"));
        bad.insert(QStringLiteral("appointment"), QStringLiteral("12"));
        verifyRefused(m_http->post(kConsultations, bad, m_molar.access), 400, before,
                      QStringLiteral("appointment"));
        bad.insert(QStringLiteral("appointment"), m_aliceLaterVisit); // only scheduled
        verifyRefused(m_http->post(kConsultations, bad, m_molar.access), 400, before,
                      QStringLiteral("appointment"));
        bad = body;
        bad.insert(QStringLiteral("vital_signs"), QStringLiteral("not json"));
        verifyRefused(m_http->post(kConsultations, bad, m_molar.access), 400, before,
                      QStringLiteral("vital_signs"));

        auto made = m_http->post(kConsultations, body, m_molar.access);
        QVERIFY2(made.status == 201, made.body.constData());
        const QJsonObject c = made.object();
        m_aliceConsultation = c.value(QStringLiteral("id")).toString();
        QVERIFY(!m_aliceConsultation.isEmpty());
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(c.value(QStringLiteral("status_display")).toString(), QStringLiteral("In Progress"));
        QCOMPARE(c.value(QStringLiteral("appointment")).toString(), m_aliceVisit);
        QCOMPARE(c.value(QStringLiteral("patient")).toString(), m_alicePatient);
        QCOMPARE(c.value(QStringLiteral("doctor")).toString(), m_molarDoctor);
        QCOMPARE(
            c.value(QStringLiteral("doctor_info")).toObject().value(QStringLiteral("full_name")).toString(),
            QStringLiteral("Dr Molar"));
        QVERIFY(!c.value(QStringLiteral("start_time")).toString().isEmpty());
        QCOMPARE(
            c.value(QStringLiteral("vital_signs_summary")).toArray(),
            (QJsonArray{QStringLiteral("Blood Pressure: 120/80"), QStringLiteral("Heart Rate: 72 bpm")}));
        // Seed 003's in_progress is our in_chair: the patient was seated (confirmed -> arrived -> in_chair).
        QCOMPARE(
            c.value(QStringLiteral("appointment_info")).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("in_progress"));
        QCOMPARE(appointmentStatus(m_aliceVisit), QStringLiteral("in_chair"));
        auto history = m_station->services->appointments.history(m_desk.actor, m_aliceVisit);
        QVERIFY(history);
        QStringList statuses;
        for (const QVariantMap& h : *history)
            statuses << h.value(QStringLiteral("new_status")).toString();
        QVERIFY2(statuses.contains(QStringLiteral("arrived")) &&
                     statuses.contains(QStringLiteral("in_chair")),
                 qPrintable(statuses.join(QLatin1Char(','))));

        // One consultation per appointment.
        verifyRefused(m_http->post(kConsultations, body, m_molar.access), 400, changes(),
                      QStringLiteral("appointment"));

        // Bob's, by his own dentist.
        auto bobs = m_http->post(kConsultations,
                                 QJsonObject{{QStringLiteral("appointment"), m_bobVisit},
                                             {QStringLiteral("chief_complaint"), QStringLiteral("Check-up")}},
                                 m_other.access);
        QCOMPARE(bobs.status, 201);
    }

    void readingConsultations()
    {
        const QString path = consultation(m_aliceConsultation);
        QCOMPARE(m_http->get(path, m_alice.access).status, 200);
        QCOMPARE(m_http->get(path, m_molar.access).status, 200);
        // Staff read every consultation (seed 003 refused its admins; they run the clinic here).
        QCOMPARE(m_http->get(path, m_desk.access).status, 200);
        QCOMPARE(m_http->get(path, m_admin.access).status, 200);
        // Another patient and a dentist with nothing to do with Alice find nothing.
        auto hidden = m_http->get(path, m_bob.access);
        QCOMPARE(hidden.status, 404);
        QVERIFY(hidden.json().isObject());
        QCOMPARE(m_http->get(path, m_other.access).status, 404);
        QCOMPARE(m_http->get(consultation(kUnknownId), m_admin.access).status, 404);
        QCOMPARE(m_http->get(consultation(QStringLiteral("7")), m_admin.access).status, 404);
        QCOMPARE(m_http->get(path).status, 401);

        auto list = m_http->get(kConsultations, m_alice.access);
        QCOMPARE(list.status, 200);
        QCOMPARE(count(list), 1);
        QCOMPARE(ids(list), QStringList{m_aliceConsultation});
        const QJsonObject item = list.object().value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(item.value(QStringLiteral("appointment_date")).toString(), QStringLiteral("2026-11-23"));
        QCOMPARE(item.value(QStringLiteral("appointment_time")).toString(), QStringLiteral("10:00:00"));
        QCOMPARE(item.value(QStringLiteral("doctor_name")).toString(), QStringLiteral("Dr Molar"));
        QVERIFY(list.object().contains(QStringLiteral("next")) &&
                list.object().contains(QStringLiteral("previous")));
        QCOMPARE(count(m_http->get(kConsultations, m_bob.access)), 1);
        QCOMPARE(ids(m_http->get(kConsultations, m_molar.access)), QStringList{m_aliceConsultation});
        QCOMPARE(count(m_http->get(kConsultations, m_desk.access)), 2);
        QCOMPARE(count(m_http->get(kConsultations + QStringLiteral("?status=completed"), m_desk.access)), 0);
        QCOMPARE(count(m_http->get(kConsultations + QStringLiteral("?status=in_progress"), m_desk.access)),
                 2);
        QCOMPARE(count(m_http->get(kConsultations + QStringLiteral("?date=2026-11-23"), m_desk.access)), 2);
        QCOMPARE(count(m_http->get(kConsultations + QStringLiteral("?date=2026-11-24"), m_desk.access)), 0);
        QCOMPARE(
            ids(m_http->get(kConsultations + QStringLiteral("?patient_id=") + m_alicePatient, m_desk.access)),
            QStringList{m_aliceConsultation});
        QCOMPARE(m_http->get(kConsultations + QStringLiteral("?date=soon"), m_desk.access).status, 400);
        // Absolute links, one item a page.
        auto first = m_http->get(kConsultations + QStringLiteral("?page_size=1"), m_desk.access);
        QVERIFY(
            first.object().value(QStringLiteral("next")).toString().startsWith(QStringLiteral("http://")));
        QCOMPARE(m_http->get(kConsultations + QStringLiteral("?page=9"), m_desk.access).status, 404);
    }

    void updatingAConsultation()
    {
        const QString path = consultation(m_aliceConsultation);
        int before = changes();
        // Seed 003: a non-doctor asking for completion is a field error; any other write by the patient is
        // refused (seed 003 let it through).
        verifyRefused(m_http->patch(path,
                                    QJsonObject{{QStringLiteral("status"), QStringLiteral("completed")}},
                                    m_alice.access),
                      400, before, QStringLiteral("status"));
        verifyRefused(m_http->patch(path, QJsonObject{{QStringLiteral("diagnosis"), QStringLiteral("x")}},
                                    m_alice.access),
                      403, before);
        verifyRefused(m_http->patch(path, QJsonObject{{QStringLiteral("diagnosis"), QStringLiteral("x")}},
                                    m_desk.access),
                      403, before);
        verifyRefused(m_http->patch(path, QJsonObject{{QStringLiteral("diagnosis"), QStringLiteral("x")}},
                                    m_bob.access),
                      404, before);
        verifyRefused(m_http->put(path, QJsonObject{{QStringLiteral("diagnosis"), QStringLiteral("x")}},
                                  m_molar.access),
                      400, before, QStringLiteral("chief_complaint"));
        verifyRefused(m_http->patch(path,
                                    QJsonObject{{QStringLiteral("status"), QStringLiteral("scheduled")}},
                                    m_molar.access),
                      400, before, QStringLiteral("status"));
        verifyRefused(m_http->patch(path, QJsonObject{{QStringLiteral("status"), QStringLiteral("paused")}},
                                    m_molar.access),
                      400, before, QStringLiteral("status"));
        verifyRefused(
            m_http->patch(path,
                          QJsonObject{{QStringLiteral("end_time"), QStringLiteral("2020-01-01T10:00:00Z")}},
                          m_molar.access),
            400, before, QStringLiteral("non_field_errors"));
        verifyRefused(m_http->patch(path,
                                    QJsonObject{{QStringLiteral("follow_up_date"), QStringLiteral("later")}},
                                    m_molar.access),
                      400, before, QStringLiteral("follow_up_date"));
        verifyRefused(m_http->patch(consultation(kUnknownId),
                                    QJsonObject{{QStringLiteral("diagnosis"), QStringLiteral("x")}},
                                    m_molar.access),
                      404, before);

        auto changed = m_http->patch(
            path,
            QJsonObject{{QStringLiteral("diagnosis"), QStringLiteral("Pulpitis 36")},
                        {QStringLiteral("prescriptions"), QStringLiteral("Ibuprofen")},
                        {QStringLiteral("next_appointment_recommended"), true},
                        {QStringLiteral("follow_up_date"), QStringLiteral("2026-12-01")},
                        {QStringLiteral("vital_signs"), QJsonObject{{QStringLiteral("temp"), 37.2}}}},
            m_molar.access);
        QVERIFY2(changed.status == 200, changed.body.constData());
        const QJsonObject c = changed.object();
        QCOMPARE(c.value(QStringLiteral("diagnosis")).toString(), QStringLiteral("Pulpitis 36"));
        QCOMPARE(c.value(QStringLiteral("prescriptions")).toString(), QStringLiteral("Ibuprofen"));
        QCOMPARE(c.value(QStringLiteral("next_appointment_recommended")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("follow_up_date")).toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(c.value(QStringLiteral("vital_signs_summary")).toArray(),
                 QJsonArray{QStringLiteral("Temperature: 37.2°C")});
        QCOMPARE(c.value(QStringLiteral("chief_complaint")).toString(), QStringLiteral("Pain at 36"));

        // Starting needs a scheduled consultation: those made here start in progress (seed 003's quirk).
        before = changes();
        verifyRefused(m_http->post(consultation(m_aliceConsultation, QStringLiteral("start_consultation")),
                                   QJsonObject(), m_molar.access),
                      400, before);
        verifyRefused(m_http->post(consultation(m_aliceConsultation, QStringLiteral("start_consultation")),
                                   QJsonObject(), m_alice.access),
                      403, before);
        verifyRefused(m_http->post(consultation(kUnknownId, QStringLiteral("start_consultation")),
                                   QJsonObject(), m_molar.access),
                      404, before);
    }

    void vitalSigns()
    {
        const QString path = consultation(m_aliceConsultation, QStringLiteral("vital-signs/"));
        const QJsonObject good{{QStringLiteral("systolic_bp"), 120},
                               {QStringLiteral("diastolic_bp"), 80},
                               {QStringLiteral("heart_rate"), 70},
                               {QStringLiteral("temperature"), 36.6},
                               {QStringLiteral("oxygen_saturation"), 98},
                               {QStringLiteral("weight"), 70},
                               {QStringLiteral("height"), 175}};
        int before = changes();
        verifyRefused(m_http->post(path, good, m_alice.access), 403, before);
        verifyRefused(m_http->post(path, good, m_desk.access), 403, before);
        verifyRefused(m_http->post(path, good, m_bob.access), 404, before);
        for (const auto& [field, value] :
             {std::pair{QStringLiteral("systolic_bp"), QJsonValue(400)},
              std::pair{QStringLiteral("diastolic_bp"), QJsonValue(10)},
              std::pair{QStringLiteral("heart_rate"), QJsonValue(QStringLiteral("fast"))},
              std::pair{QStringLiteral("respiratory_rate"), QJsonValue(70)},
              std::pair{QStringLiteral("oxygen_saturation"), QJsonValue(101)},
              std::pair{QStringLiteral("height"), QJsonValue(20)},
              std::pair{QStringLiteral("temperature"), QJsonValue(36.65)},
              std::pair{QStringLiteral("temperature"), QJsonValue(50)},
              std::pair{QStringLiteral("weight"), QJsonValue(-3)}}) {
            QJsonObject bad = good;
            bad.insert(field, value);
            verifyRefused(m_http->post(path, bad, m_molar.access), 400, before, field);
        }
        verifyRefused(m_http->post(path, QJsonObject(), m_molar.access), 400, before,
                      QStringLiteral("non_field_errors"));

        auto made = m_http->post(path, good, m_molar.access);
        QVERIFY2(made.status == 201, made.body.constData());
        const QString vital = made.object().value(QStringLiteral("id")).toString();
        QCOMPARE(made.object().value(QStringLiteral("bmi")).toString(), QStringLiteral("22.9"));
        QCOMPARE(made.object().value(QStringLiteral("bmi_status")).toString(), QStringLiteral("Normal"));
        QCOMPARE(made.object().value(QStringLiteral("temperature")).toString(), QStringLiteral("36.6"));
        QCOMPARE(made.object().value(QStringLiteral("recorded_by")).toString(), m_molar.actor.userId);
        QVERIFY(!made.object().value(QStringLiteral("recorded_by_name")).toString().isEmpty());

        auto list = m_http->get(path, m_alice.access);
        QCOMPARE(list.status, 200);
        QCOMPARE(ids(list), QStringList{vital});
        QCOMPARE(m_http->get(path, m_bob.access).status, 404);
        QCOMPARE(m_http->get(consultation(kUnknownId, QStringLiteral("vital-signs/")), m_admin.access).status,
                 404);
        QCOMPARE(m_http->get(path + vital, m_alice.access).status, 200);
        QCOMPARE(m_http->get(path + kUnknownId, m_alice.access).status, 404);
        QCOMPARE(m_http->get(path + vital, m_bob.access).status, 404);

        auto heavier =
            m_http->patch(path + vital, QJsonObject{{QStringLiteral("weight"), 100}}, m_molar.access);
        QCOMPARE(heavier.status, 200);
        QCOMPARE(heavier.object().value(QStringLiteral("bmi")).toString(), QStringLiteral("32.7"));
        QCOMPARE(heavier.object().value(QStringLiteral("bmi_status")).toString(), QStringLiteral("Obese"));
        QCOMPARE(heavier.object().value(QStringLiteral("systolic_bp")).toInt(), 120);

        before = changes();
        verifyRefused(
            m_http->patch(path + vital, QJsonObject{{QStringLiteral("heart_rate"), 300}}, m_molar.access),
            400, before, QStringLiteral("heart_rate"));
        verifyRefused(
            m_http->put(path + vital, QJsonObject{{QStringLiteral("heart_rate"), 60}}, m_alice.access), 403,
            before);
        verifyRefused(m_http->del(path + vital, m_alice.access), 403, before);
        verifyRefused(m_http->del(path + vital, m_desk.access), 403, before);

        // A second reading stays; the first is deleted by the dentist.
        QCOMPARE(m_http->post(path, QJsonObject{{QStringLiteral("heart_rate"), 64}}, m_molar.access).status,
                 201);
        QCOMPARE(m_http->del(path + vital, m_molar.access).status, 204);
        QCOMPARE(m_http->get(path + vital, m_molar.access).status, 404);
        QCOMPARE(m_http->del(path + vital, m_molar.access).status, 404);
        QCOMPARE(count(m_http->get(path, m_molar.access)), 1);
    }

    void prescriptions()
    {
        const QString path = consultation(m_aliceConsultation, QStringLiteral("prescriptions/"));
        const QJsonObject good{{QStringLiteral("medication_name"), QStringLiteral("Amoxicillin")},
                               {QStringLiteral("dosage"), QStringLiteral("500 mg")},
                               {QStringLiteral("frequency"), QStringLiteral("3x daily")},
                               {QStringLiteral("duration"), QStringLiteral("7 days")},
                               {QStringLiteral("medication_type"), QStringLiteral("capsule")},
                               {QStringLiteral("quantity"), 21}};
        int before = changes();
        verifyRefused(m_http->post(path, good, m_alice.access), 403, before);
        verifyRefused(m_http->post(path, good, m_desk.access), 403, before);
        verifyRefused(m_http->post(path, good, m_admin.access), 403, before);
        verifyRefused(m_http->post(path, good, m_bob.access), 404, before);
        QJsonObject bad = good;
        bad.remove(QStringLiteral("dosage"));
        verifyRefused(m_http->post(path, bad, m_molar.access), 400, before, QStringLiteral("dosage"));
        bad = good;
        bad.insert(QStringLiteral("medication_type"), QStringLiteral("potion"));
        verifyRefused(m_http->post(path, bad, m_molar.access), 400, before,
                      QStringLiteral("medication_type"));
        bad = good;
        bad.insert(QStringLiteral("quantity"), 0);
        verifyRefused(m_http->post(path, bad, m_molar.access), 400, before, QStringLiteral("quantity"));

        auto made = m_http->post(path, good, m_molar.access);
        QVERIFY2(made.status == 201, made.body.constData());
        QCOMPARE(made.object().value(QStringLiteral("medication_type_display")).toString(),
                 QStringLiteral("Capsule"));
        QCOMPARE(made.object().value(QStringLiteral("is_active")).toBool(), true);
        QCOMPARE(made.object().value(QStringLiteral("quantity")).toInt(), 21);
        QJsonObject second = good;
        second.insert(QStringLiteral("medication_name"), QStringLiteral("Ibuprofen"));
        second.remove(QStringLiteral("medication_type"));
        auto made2 = m_http->post(path, second, m_molar.access);
        QCOMPARE(made2.status, 201);
        QCOMPARE(made2.object().value(QStringLiteral("medication_type")).toString(),
                 QStringLiteral("tablet"));

        auto list = m_http->get(path, m_alice.access);
        QCOMPARE(list.status, 200);
        QCOMPARE(count(list), 2);
        QCOMPARE(m_http->get(path, m_bob.access).status, 404);
        // Both items belong to one prescription of the visit, which seed 002's routes show too.
        auto header =
            m_http->get(QStringLiteral("/api/prescriptions/patient/") + m_alicePatient, m_alice.access);
        QCOMPARE(header.status, 200);
        QCOMPARE(header.json().toArray().size(), 1);
        const QJsonObject p = header.json().toArray().first().toObject();
        QCOMPARE(p.value(QStringLiteral("items")).toArray().size(), 2);
        QCOMPARE(p.value(QStringLiteral("appointment")).toString(), m_aliceVisit);
        QCOMPARE(p.value(QStringLiteral("doctor")).toString(), m_molarDoctor);
    }

    void notes()
    {
        const QString path = consultation(m_aliceConsultation, QStringLiteral("notes/"));
        const QJsonObject good{{QStringLiteral("note_type"), QStringLiteral("plan")},
                               {QStringLiteral("title"), QStringLiteral("Next steps")},
                               {QStringLiteral("content"), QStringLiteral("Root canal on 36.")}};
        int before = changes();
        verifyRefused(m_http->post(path, good, m_alice.access), 403, before);
        verifyRefused(m_http->post(path, good, m_desk.access), 403, before);
        verifyRefused(m_http->post(path, good, m_bob.access), 404, before);
        QJsonObject bad = good;
        bad.remove(QStringLiteral("content"));
        verifyRefused(m_http->post(path, bad, m_molar.access), 400, before, QStringLiteral("content"));
        bad = good;
        bad.insert(QStringLiteral("note_type"), QStringLiteral("gossip"));
        verifyRefused(m_http->post(path, bad, m_molar.access), 400, before, QStringLiteral("note_type"));

        auto made = m_http->post(path, good, m_molar.access);
        QVERIFY2(made.status == 201, made.body.constData());
        const QJsonObject n = made.object();
        QCOMPARE(n.value(QStringLiteral("note_type")).toString(), QStringLiteral("plan"));
        QCOMPARE(n.value(QStringLiteral("note_type_display")).toString(), QStringLiteral("Plan"));
        QCOMPARE(n.value(QStringLiteral("title")).toString(), QStringLiteral("Next steps"));
        QCOMPARE(n.value(QStringLiteral("content")).toString(), QStringLiteral("Root canal on 36."));
        QCOMPARE(n.value(QStringLiteral("created_by")).toString(), m_molar.actor.userId);
        QCOMPARE(m_http
                     ->post(path, QJsonObject{{QStringLiteral("content"), QStringLiteral("Untyped")}},
                            m_molar.access)
                     .object()
                     .value(QStringLiteral("note_type"))
                     .toString(),
                 QStringLiteral("general"));
        QCOMPARE(count(m_http->get(path, m_alice.access)), 2);
        QCOMPARE(m_http->get(path, m_bob.access).status, 404);
        // The notes are the visit's clinical notes: seed 000's record of the appointment shows them.
        auto record = m_station->services->records.forAppointment(m_molar.actor, m_aliceVisit);
        QVERIFY(record && record->has_value());
        QVERIFY((*record)
                    ->record.value(QStringLiteral("text_note"))
                    .toString()
                    .contains(QStringLiteral("Root canal")));

        // The detail carries every nested list.
        auto detail = m_http->get(consultation(m_aliceConsultation), m_alice.access);
        QCOMPARE(detail.object().value(QStringLiteral("detailed_vitals")).toArray().size(), 1);
        QCOMPARE(detail.object().value(QStringLiteral("detailed_prescriptions")).toArray().size(), 2);
        QCOMPARE(detail.object().value(QStringLiteral("notes")).toArray().size(), 2);
    }

    void completingAConsultation()
    {
        const QString path = consultation(m_aliceConsultation, QStringLiteral("complete_consultation/"));
        const QJsonObject body{{QStringLiteral("diagnosis"), QStringLiteral("Irreversible pulpitis 36")},
                               {QStringLiteral("follow_up_instructions"), QStringLiteral("Soft food")}};
        int before = changes();
        verifyRefused(m_http->post(path, body, m_alice.access), 403, before);
        verifyRefused(m_http->post(path, body, m_desk.access), 403, before);
        verifyRefused(m_http->post(path, body, m_other.access), 404, before);
        verifyRefused(m_http->post(path, QJsonObject{{QStringLiteral("follow_up_date"), QStringLiteral("x")}},
                                   m_molar.access),
                      400, before, QStringLiteral("follow_up_date"));

        m_station->clock.advanceSeconds(40 * 60); // the visit took 40 minutes
        auto done = m_http->post(path, body, m_molar.access);
        QVERIFY2(done.status == 200, done.body.constData());
        QCOMPARE(done.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Consultation completed successfully."));
        const QJsonObject c = done.object().value(QStringLiteral("consultation")).toObject();
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(c.value(QStringLiteral("diagnosis")).toString(), QStringLiteral("Irreversible pulpitis 36"));
        QVERIFY(!c.value(QStringLiteral("end_time")).toString().isEmpty());
        QCOMPARE(c.value(QStringLiteral("duration_minutes")).toInt(), 40);
        QCOMPARE(appointmentStatus(m_aliceVisit), QStringLiteral("completed"));

        before = changes();
        verifyRefused(m_http->post(path, body, m_molar.access), 400, before);
        verifyRefused(m_http->patch(consultation(m_aliceConsultation),
                                    QJsonObject{{QStringLiteral("status"), QStringLiteral("in_progress")}},
                                    m_molar.access),
                      400, before, QStringLiteral("status"));

        // Completing by PUT/PATCH has the same effect; only the consultation's doctor may.
        auto list = m_http->get(kConsultations, m_bob.access);
        const QString bobs = ids(list).value(0);
        QVERIFY(!bobs.isEmpty());
        verifyRefused(m_http->patch(consultation(bobs),
                                    QJsonObject{{QStringLiteral("status"), QStringLiteral("completed")}},
                                    m_molar.access),
                      404, before);
        auto patched = m_http->patch(consultation(bobs),
                                     QJsonObject{{QStringLiteral("status"), QStringLiteral("completed")}},
                                     m_other.access);
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.object().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(appointmentStatus(m_bobVisit), QStringLiteral("completed"));
        QCOMPARE(count(m_http->get(kConsultations + QStringLiteral("?status=completed"), m_admin.access)), 2);
    }

    void timeSlots()
    {
        // The README's curl: a dentist names no doctor; the slot is theirs.
        const QJsonObject readme{{QStringLiteral("date"), QStringLiteral("2026-11-24")},
                                 {QStringLiteral("start_time"), QStringLiteral("09:00:00")},
                                 {QStringLiteral("end_time"), QStringLiteral("09:30:00")}};
        auto made = m_http->post(kReadmeSlots, readme, m_molar.access);
        QVERIFY2(made.status == 201, made.body.constData());
        const QJsonObject slot = made.object();
        const QString first = slot.value(QStringLiteral("id")).toString();
        QCOMPARE(slot.value(QStringLiteral("doctor")).toString(), m_molarDoctor);
        QCOMPARE(slot.value(QStringLiteral("doctor_name")).toString(), QStringLiteral("Dr Molar"));
        QCOMPARE(slot.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-24"));
        QCOMPARE(slot.value(QStringLiteral("start_time")).toString(), QStringLiteral("09:00:00"));
        QCOMPARE(slot.value(QStringLiteral("end_time")).toString(), QStringLiteral("09:30:00"));
        QCOMPARE(slot.value(QStringLiteral("duration_minutes")).toInt(), 30);
        QCOMPARE(slot.value(QStringLiteral("is_available")).toBool(), true);
        QCOMPARE(slot.value(QStringLiteral("is_past")).toBool(), false);

        int before = changes();
        const auto withTimes = [&](const QString& date, const QString& from, const QString& to) {
            QJsonObject o = readme;
            o.insert(QStringLiteral("date"), date);
            o.insert(QStringLiteral("start_time"), from);
            o.insert(QStringLiteral("end_time"), to);
            return o;
        };
        verifyRefused(m_http->post(kSlots,
                                   withTimes(QStringLiteral("2026-11-24"), QStringLiteral("09:15"),
                                             QStringLiteral("09:45")),
                                   m_molar.access),
                      400, before, QStringLiteral("non_field_errors"));
        verifyRefused(m_http->post(kSlots, readme, m_molar.access), 400, before,
                      QStringLiteral("non_field_errors"));
        verifyRefused(m_http->post(kSlots,
                                   withTimes(QStringLiteral("2026-11-24"), QStringLiteral("10:00"),
                                             QStringLiteral("09:30")),
                                   m_molar.access),
                      400, before, QStringLiteral("non_field_errors"));
        verifyRefused(m_http->post(kSlots,
                                   withTimes(QStringLiteral("2026-11-20"), QStringLiteral("10:00"),
                                             QStringLiteral("10:30")),
                                   m_molar.access),
                      400, before, QStringLiteral("date"));
        // Sunday: the clinic's default hours are Monday to Friday.
        verifyRefused(m_http->post(kSlots,
                                   withTimes(QStringLiteral("2026-11-29"), QStringLiteral("10:00"),
                                             QStringLiteral("10:30")),
                                   m_molar.access),
                      400, before, QStringLiteral("non_field_errors"));
        verifyRefused(m_http->post(kSlots,
                                   withTimes(QStringLiteral("2026-11-24"), QStringLiteral("soon"),
                                             QStringLiteral("10:30")),
                                   m_molar.access),
                      400, before, QStringLiteral("start_time"));
        verifyRefused(m_http->post(kSlots, readme, m_alice.access), 403, before);
        verifyRefused(m_http->post(kSlots, readme), 401, before);
        // Staff name the doctor; a dentist may not name another.
        verifyRefused(m_http->post(kSlots,
                                   withTimes(QStringLiteral("2026-11-25"), QStringLiteral("09:00"),
                                             QStringLiteral("09:30")),
                                   m_desk.access),
                      400, before, QStringLiteral("doctor"));
        QJsonObject forOther =
            withTimes(QStringLiteral("2026-11-25"), QStringLiteral("09:00"), QStringLiteral("09:30"));
        forOther.insert(QStringLiteral("doctor"), m_otherDoctor);
        verifyRefused(m_http->post(kSlots, forOther, m_molar.access), 400, before, QStringLiteral("doctor"));
        QJsonObject forNobody = forOther;
        forNobody.insert(QStringLiteral("doctor"), kUnknownId);
        verifyRefused(m_http->post(kSlots, forNobody, m_desk.access), 400, before, QStringLiteral("doctor"));
        auto staffMade = m_http->post(kSlots, forOther, m_desk.access);
        QCOMPARE(staffMade.status, 201);
        QCOMPARE(staffMade.object().value(QStringLiteral("doctor")).toString(), m_otherDoctor);
        const QString otherSlot = staffMade.object().value(QStringLiteral("id")).toString();

        // Bulk: 09:00-11:00 in half hours; 09:00 is taken and skipped, the other three are made.
        QJsonObject bulk =
            withTimes(QStringLiteral("2026-11-24"), QStringLiteral("09:00"), QStringLiteral("11:00"));
        bulk.insert(QStringLiteral("doctor"), m_molar.actor.userId);
        bulk.insert(QStringLiteral("slot_duration"), 30);
        before = changes();
        verifyRefused(m_http->post(kSlots + QStringLiteral("create_bulk_slots/"), bulk, m_alice.access), 403,
                      before);
        QJsonObject badBulk = bulk;
        badBulk.insert(QStringLiteral("slot_duration"), 10);
        verifyRefused(m_http->post(kSlots + QStringLiteral("create_bulk_slots/"), badBulk, m_molar.access),
                      400, before, QStringLiteral("slot_duration"));
        badBulk.insert(QStringLiteral("slot_duration"), 121);
        verifyRefused(m_http->post(kSlots + QStringLiteral("create_bulk_slots/"), badBulk, m_molar.access),
                      400, before, QStringLiteral("slot_duration"));
        auto many = m_http->post(kReadmeSlots + QStringLiteral("create_bulk_slots/"), bulk, m_molar.access);
        QVERIFY2(many.status == 201, many.body.constData());
        QCOMPARE(many.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Created 3 time slots successfully."));
        QCOMPARE(many.object().value(QStringLiteral("slots")).toArray().size(), 3);
        QCOMPARE(many.object().value(QStringLiteral("skipped")).toArray().size(), 1);
        // Again: every slot overlaps, so nothing is made and nothing written.
        before = changes();
        verifyRefused(m_http->post(kSlots + QStringLiteral("create_bulk_slots/"), bulk, m_molar.access), 400,
                      before, QStringLiteral("non_field_errors"));

        // Lists, paged, by doctor (profile id or account id), dates and availability.
        const QString molarSlots = kSlots + QStringLiteral("?doctor=") + m_molarDoctor;
        auto list = m_http->get(molarSlots, m_alice.access);
        QCOMPARE(list.status, 200);
        QCOMPARE(count(list), 4);
        QCOMPARE(ids(list).first(), first);
        QCOMPARE(count(m_http->get(kReadmeSlots + QStringLiteral("?doctor=") + m_molar.actor.userId,
                                   m_bob.access)),
                 4);
        QCOMPARE(count(m_http->get(kSlots, m_bob.access)), 5);
        QCOMPARE(count(m_http->get(kSlots + QStringLiteral("?start_date=2026-11-25"), m_bob.access)), 1);
        QCOMPARE(count(m_http->get(kSlots + QStringLiteral("?end_date=2026-11-24"), m_bob.access)), 4);
        QCOMPARE(m_http->get(kSlots + QStringLiteral("?start_date=tomorrow"), m_bob.access).status, 400);
        // A booking of that dentist at 10:00, made through any door, takes the 10:00 slot.
        QVERIFY(
            !book(m_alicePatient, m_molarDoctor, QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC), false)
                 .isEmpty());
        auto available = m_http->get(molarSlots + QStringLiteral("&available_only=true"), m_alice.access);
        QCOMPARE(count(available), 3);
        QStringList times;
        for (const QJsonValue& v : available.object().value(QStringLiteral("results")).toArray())
            times << v.toObject().value(QStringLiteral("start_time")).toString();
        QVERIFY(!times.contains(QStringLiteral("10:00:00")));

        // One slot: read by anyone, changed by its dentist or staff.
        const QString item = kSlots + first + QLatin1Char('/');
        QCOMPARE(m_http->get(item, m_bob.access).status, 200);
        QCOMPARE(m_http->get(kReadmeSlots + first, m_bob.access).status, 200);
        QCOMPARE(m_http->get(kSlots + kUnknownId, m_bob.access).status, 404);
        QCOMPARE(m_http->get(kSlots + QStringLiteral("12"), m_bob.access).status, 404);
        before = changes();
        verifyRefused(
            m_http->patch(item, QJsonObject{{QStringLiteral("is_available"), false}}, m_other.access), 403,
            before);
        verifyRefused(
            m_http->patch(item, QJsonObject{{QStringLiteral("is_available"), false}}, m_alice.access), 403,
            before);
        // Moved onto the next slot: an overlap.
        verifyRefused(m_http->patch(item, QJsonObject{{QStringLiteral("end_time"), QStringLiteral("09:45")}},
                                    m_molar.access),
                      400, before, QStringLiteral("non_field_errors"));
        verifyRefused(m_http->put(item, QJsonObject{{QStringLiteral("start_time"), QStringLiteral("08:00")}},
                                  m_molar.access),
                      400, before, QStringLiteral("date"));
        verifyRefused(m_http->patch(kSlots + kUnknownId, QJsonObject{{QStringLiteral("is_available"), false}},
                                    m_molar.access),
                      404, before);
        auto closed =
            m_http->patch(item, QJsonObject{{QStringLiteral("is_available"), false}}, m_molar.access);
        QCOMPARE(closed.status, 200);
        QCOMPARE(closed.object().value(QStringLiteral("is_available")).toBool(), false);
        auto moved = m_http->put(item,
                                 QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-11-24")},
                                             {QStringLiteral("start_time"), QStringLiteral("08:30")},
                                             {QStringLiteral("end_time"), QStringLiteral("09:00")},
                                             {QStringLiteral("is_available"), true}},
                                 m_molar.access);
        QVERIFY2(moved.status == 200, moved.body.constData());
        QCOMPARE(moved.object().value(QStringLiteral("start_time")).toString(), QStringLiteral("08:30:00"));
        QCOMPARE(moved.object().value(QStringLiteral("is_available")).toBool(), true);

        before = changes();
        verifyRefused(m_http->del(item, m_alice.access), 403, before);
        verifyRefused(m_http->del(item, m_other.access), 403, before);
        QCOMPARE(m_http->del(item, m_desk.access).status, 204);
        QCOMPARE(m_http->get(item, m_desk.access).status, 404);
        QCOMPARE(m_http->del(item, m_desk.access).status, 404);
        QCOMPARE(m_http->del(kSlots + otherSlot, m_other.access).status, 204);
        // A known path with another method.
        QCOMPARE(m_http->post(item, QJsonObject(), m_desk.access).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestHttpSeed003Clinical)
#include "tst_http_seed003_clinical.moc"

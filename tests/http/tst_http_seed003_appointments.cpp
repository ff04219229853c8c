#include "ApiServerHost.h"
#include "HttpClient.h"
#include "TestStation.h"

#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

// Shaped like a UUIDv7 but never issued: the "well-formed id of nothing" case.
const QString kUnknownId = QStringLiteral("0190b7e0-0000-7000-8000-000000000000");
// Seed 003's code paths and its README's.
const QString kAppointments = QStringLiteral("/api/appointments/appointments/");
const QString kReadmeAppointments = QStringLiteral("/api/appointments/api/appointments/");
const QString kSlots = QStringLiteral("/api/appointments/time-slots/");

int count(const HttpReply& reply)
{
    return reply.object().value(QStringLiteral("count")).toInt(-1);
}

QJsonArray results(const HttpReply& reply)
{
    return reply.object().value(QStringLiteral("results")).toArray();
}

QString idOf(const QJsonValue& v)
{
    return v.toObject().value(QStringLiteral("id")).toString();
}

} // namespace

// Seed 003's appointments over real HTTP (seed-contracts 4.3, 6.7): booked by time slot, listed by role,
// changed, cancelled with the 24-hour rule, moved to another slot, completed by their dentist, with history,
// statistics, upcoming, today and doctor availability, at the code's and the README's paths. Every refusal
// answers JSON in seed 003's shape and writes nothing.
class TestHttpSeed003Appointments : public QObject
{
    Q_OBJECT
private:
    using Account = ApiUser;

    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    Account m_desk; // receptionist
    Account m_admin;
    Account m_molar;  // the dentist of Alice's visits and Bob's slot D
    Account m_canine; // another dentist, Bob's
    Account m_alice;  // patient accounts
    Account m_bob;
    QString m_alicePatient;
    QString m_bobPatient;
    QString m_molarDoctor;
    QString m_canineDoctor;
    QString m_molarAsPatient; // the dentist's own patient record: the same person as the doctor

    // Slots: Sunday 2026-11-22 is today (09:15 after setup), Monday is within 24 hours.
    QString m_pastSlot;   // molar, today 09:10
    QString m_todaySlot;  // molar, today 15:00
    QString m_soonSlot;   // molar, Monday 08:00
    QString m_slotA;      // molar, Tuesday 10:00
    QString m_slotB;      // molar, Tuesday 10:30
    QString m_slotC;      // molar, Tuesday 11:00, stays free
    QString m_slotD;      // molar, Wednesday 10:00
    QString m_slotE;      // molar, Wednesday 10:30
    QString m_closedSlot; // molar, Wednesday 11:00, marked unavailable
    QString m_canineSlot; // canine, Tuesday 10:00
    QString m_canineFree; // canine, Tuesday 11:00

    // Appointments.
    QString m_pastVisit;  // Alice with Molar, today 08:00 (requested), booked without a slot
    QString m_plainVisit; // Alice with Molar, Thursday 10:00, booked without a slot
    QString m_aliceA;
    QString m_aliceB;
    QString m_aliceToday;
    QString m_aliceSoon;
    QString m_bobCanine;
    QString m_bobD;

    int changes() const { return m_station->changeCount(); }

    QString makeSlot(const QString& doctor, const QString& date, const QString& start, const QString& end,
                     bool available = true)
    {
        auto slot = m_station->services->timeSlots.create(m_desk.actor,
                                                          {{QStringLiteral("doctor_id"), doctor},
                                                           {QStringLiteral("date"), date},
                                                           {QStringLiteral("start_time"), start},
                                                           {QStringLiteral("end_time"), end},
                                                           {QStringLiteral("is_available"), available}});
        if (!slot) {
            qWarning("slot refused: %s", qPrintable(slot.error().message));
            return {};
        }
        return slot->value(QStringLiteral("id")).toString();
    }

    QString bookWithoutSlot(const QDateTime& start, AppointmentStatus status)
    {
        BookingRequest booking;
        booking.patientId = m_alicePatient;
        booking.dentistId = m_molarDoctor;
        booking.start = start;
        booking.reason = QStringLiteral("Check-up");
        booking.status = status;
        auto made = m_station->services->appointments.book(m_desk.actor, booking);
        if (!made) {
            qWarning("booking refused: %s", qPrintable(made.error().message));
            return {};
        }
        return made->value(QStringLiteral("id")).toString();
    }

    static QJsonObject bookingBody(const QString& patient, const QString& doctor, const QString& slot)
    {
        return {{QStringLiteral("patient"), patient},
                {QStringLiteral("doctor"), doctor},
                {QStringLiteral("time_slot"), slot},
                {QStringLiteral("reason_for_visit"), QStringLiteral("Toothache")},
                {QStringLiteral("contact_phone"), QStringLiteral("+33612345678")}};
    }

    // Books through the API and answers the new appointment's id; fails the test otherwise.
    QString bookOk(const QString& path, const QJsonObject& body, const QString& token)
    {
        const HttpReply made = m_http->post(path, body, token);
        if (made.status != 201) {
            qWarning("booking answered %d: %s", made.status, made.body.constData());
            return {};
        }
        return made.object().value(QStringLiteral("id")).toString();
    }

    bool slotAvailable(const QString& slot)
    {
        return m_http->get(kSlots + slot + QLatin1Char('/'), m_bob.access)
            .object()
            .value(QStringLiteral("is_available"))
            .toBool();
    }

    QString storedStatus(const QString& id) const
    {
        auto v = m_station->services->appointments.get(m_desk.actor, id);
        return v ? v->value(QStringLiteral("status")).toString() : QString();
    }

    // The status, a JSON object body mentioning `text` (with `field` among its keys when given), and not a
    // single write.
    void verifyRefused(const HttpReply& reply, int status, int changesBefore, const QString& text = {},
                       const QString& field = {})
    {
        const QString problem = refusalProblem(reply, status, text, field);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(changes(), changesBefore);
    }

    static QString item(const QString& id, const QString& tail = {}, const QString& base = kAppointments)
    {
        return base + id + QLatin1Char('/') + (tail.isEmpty() ? QString() : tail + QLatin1Char('/'));
    }

private slots:
    void initTestCase()
    {
        m_station = std::make_unique<TestStation>(); // the clock: Sunday 2026-11-22 09:00 UTC
        m_desk = m_station->addApiUser(QStringLiteral("desk@clinic.org"), Role::Receptionist);
        m_admin = m_station->addApiUser(QStringLiteral("boss@clinic.org"), Role::Admin);
        m_molar = m_station->addApiUser(QStringLiteral("molar@clinic.org"), Role::Dentist);
        m_canine = m_station->addApiUser(QStringLiteral("canine@clinic.org"), Role::Dentist);
        m_alice = m_station->addApiUser(QStringLiteral("alice@example.org"), Role::Patient);
        m_bob = m_station->addApiUser(QStringLiteral("bob@example.org"), Role::Patient);
        Services& s = *m_station->services;
        auto alice = s.patients.ownProfile(m_alice.actor);
        auto bob = s.patients.ownProfile(m_bob.actor);
        auto molarSelf = s.patients.ownProfile(m_molar.actor);
        QVERIFY(alice && bob && molarSelf);
        m_alicePatient = alice->value(QStringLiteral("id")).toString();
        m_bobPatient = bob->value(QStringLiteral("id")).toString();
        m_molarAsPatient = molarSelf->value(QStringLiteral("id")).toString();
        auto molar = s.doctors.create(m_admin.actor, {{QStringLiteral("name"), QStringLiteral("Dr Molar")},
                                                      {QStringLiteral("user_id"), m_molar.actor.userId}});
        auto canine = s.doctors.create(m_admin.actor, {{QStringLiteral("name"), QStringLiteral("Dr Canine")},
                                                       {QStringLiteral("user_id"), m_canine.actor.userId}});
        QVERIFY(molar && canine);
        m_molarDoctor = molar->value(QStringLiteral("id")).toString();
        m_canineDoctor = canine->value(QStringLiteral("id")).toString();
        // Both work every day, so slots can be made today and at the weekend.
        QList<WorkingInterval> week;
        for (int day = 1; day <= 7; ++day)
            week.append({day, QTime(7, 0), QTime(20, 0)});
        QVERIFY(!s.schedule.setWorkingHours(m_admin.actor, m_molarDoctor, week));
        QVERIFY(!s.schedule.setWorkingHours(m_admin.actor, m_canineDoctor, week));
        // Two chairs, so both dentists work at the same time.
        for (const QString& name : {QStringLiteral("Chair 1"), QStringLiteral("Chair 2")})
            QVERIFY(s.schedule.createChair(m_admin.actor, {{QStringLiteral("name"), name}}).ok());

        const QString sunday = QStringLiteral("2026-11-22");
        const QString tuesday = QStringLiteral("2026-11-24");
        const QString wednesday = QStringLiteral("2026-11-25");
        m_pastSlot = makeSlot(m_molarDoctor, sunday, QStringLiteral("09:10"), QStringLiteral("09:20"));
        m_todaySlot = makeSlot(m_molarDoctor, sunday, QStringLiteral("15:00"), QStringLiteral("15:30"));
        m_soonSlot = makeSlot(m_molarDoctor, QStringLiteral("2026-11-23"), QStringLiteral("08:00"),
                              QStringLiteral("08:30"));
        m_slotA = makeSlot(m_molarDoctor, tuesday, QStringLiteral("10:00"), QStringLiteral("10:30"));
        m_slotB = makeSlot(m_molarDoctor, tuesday, QStringLiteral("10:30"), QStringLiteral("11:00"));
        m_slotC = makeSlot(m_molarDoctor, tuesday, QStringLiteral("11:00"), QStringLiteral("11:30"));
        m_slotD = makeSlot(m_molarDoctor, wednesday, QStringLiteral("10:00"), QStringLiteral("10:30"));
        m_slotE = makeSlot(m_molarDoctor, wednesday, QStringLiteral("10:30"), QStringLiteral("11:00"));
        m_closedSlot =
            makeSlot(m_molarDoctor, wednesday, QStringLiteral("11:00"), QStringLiteral("11:30"), false);
        m_canineSlot = makeSlot(m_canineDoctor, tuesday, QStringLiteral("10:00"), QStringLiteral("10:30"));
        m_canineFree = makeSlot(m_canineDoctor, tuesday, QStringLiteral("11:00"), QStringLiteral("11:30"));
        for (const QString& slot : {m_pastSlot, m_todaySlot, m_soonSlot, m_slotA, m_slotB, m_slotC, m_slotD,
                                    m_slotE, m_closedSlot, m_canineSlot, m_canineFree})
            QVERIFY(!slot.isEmpty());
        m_pastVisit = bookWithoutSlot(QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC),
                                      AppointmentStatus::Requested);
        m_plainVisit = bookWithoutSlot(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC),
                                       AppointmentStatus::Scheduled);
        QVERIFY(!m_pastVisit.isEmpty() && !m_plainVisit.isEmpty());
        m_station->clock.advanceSeconds(15 * 60); // 09:15: the 09:10 slot has begun

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

    void bookingBySlot()
    {
        const QJsonObject good = bookingBody(m_alice.actor.userId, m_molar.actor.userId, m_slotA);
        const int before = changes();
        verifyRefused(m_http->post(kAppointments, good), 401, before);
        const HttpReply empty = m_http->post(kAppointments, QJsonObject{}, m_desk.access);
        verifyRefused(empty, 400, before);
        for (const char* key : {"patient", "doctor", "time_slot", "reason_for_visit", "contact_phone"})
            QVERIFY2(empty.object().contains(QLatin1String(key)), key);
        QJsonObject bad = good;
        bad.insert(QStringLiteral("contact_phone"), QStringLiteral("call me"));
        verifyRefused(m_http->post(kAppointments, bad, m_alice.access), 400, before, {},
                      QStringLiteral("contact_phone"));
        bad = good;
        bad.insert(QStringLiteral("priority"), QStringLiteral("whenever"));
        bad.insert(QStringLiteral("consultation_type"), QStringLiteral("chat"));
        const HttpReply badChoices = m_http->post(kAppointments, bad, m_alice.access);
        verifyRefused(badChoices, 400, before, {}, QStringLiteral("priority"));
        QVERIFY(badChoices.object().contains(QStringLiteral("consultation_type")));
        bad = good;
        bad.insert(QStringLiteral("reason_for_visit"), QString());
        verifyRefused(m_http->post(kAppointments, bad, m_alice.access), 400, before,
                      QStringLiteral("may not be blank"), QStringLiteral("reason_for_visit"));
        bad = bookingBody(m_alicePatient, m_molarDoctor, kUnknownId);
        verifyRefused(m_http->post(kAppointments, bad, m_alice.access), 400, before, {},
                      QStringLiteral("time_slot"));
        bad = bookingBody(m_alicePatient, kUnknownId, m_slotA);
        verifyRefused(m_http->post(kAppointments, bad, m_alice.access), 400, before, {},
                      QStringLiteral("doctor"));
        // A slot that has begun, one its dentist closed, one of another dentist.
        verifyRefused(m_http->post(kAppointments, bookingBody(m_alicePatient, m_molarDoctor, m_pastSlot),
                                   m_alice.access),
                      400, before, QStringLiteral("Cannot book appointments for past time slots."),
                      QStringLiteral("time_slot"));
        verifyRefused(m_http->post(kAppointments, bookingBody(m_alicePatient, m_molarDoctor, m_closedSlot),
                                   m_alice.access),
                      400, before, QStringLiteral("This time slot is not available."),
                      QStringLiteral("time_slot"));
        verifyRefused(m_http->post(kAppointments, bookingBody(m_alicePatient, m_molarDoctor, m_canineSlot),
                                   m_alice.access),
                      400, before, QStringLiteral("does not belong to the specified doctor"),
                      QStringLiteral("non_field_errors"));
        // The dentist's own patient record with the dentist: the same person.
        verifyRefused(
            m_http->post(kAppointments, bookingBody(m_molarAsPatient, m_molarDoctor, m_slotA), m_desk.access),
            400, before, QStringLiteral("Patient and doctor cannot be the same person."),
            QStringLiteral("non_field_errors"));
        // A patient account books for itself, not for another patient.
        verifyRefused(
            m_http->post(kAppointments, bookingBody(m_bobPatient, m_molarDoctor, m_slotA), m_alice.access),
            400, before, {}, QStringLiteral("patient"));

        // Seed 003 names patient and doctor by user id.
        QJsonObject body = good;
        body.insert(QStringLiteral("symptoms"), QStringLiteral("Pain at 36"));
        body.insert(QStringLiteral("priority"), QStringLiteral("high"));
        body.insert(QStringLiteral("patient_notes"), QStringLiteral("Mornings only"));
        const HttpReply made = m_http->post(kAppointments, body, m_alice.access);
        QVERIFY2(made.status == 201, made.body.constData());
        const QJsonObject a = made.object();
        m_aliceA = a.value(QStringLiteral("id")).toString();
        QVERIFY(!m_aliceA.isEmpty()); // seed 003 answered without an id: a superset
        QCOMPARE(a.value(QStringLiteral("patient")).toString(), m_alicePatient);
        QCOMPARE(a.value(QStringLiteral("doctor")).toString(), m_molarDoctor);
        QCOMPARE(a.value(QStringLiteral("time_slot")).toString(), m_slotA);
        QCOMPARE(idOf(a.value(QStringLiteral("time_slot_info"))), m_slotA);
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("scheduled"));
        QCOMPARE(a.value(QStringLiteral("status_display")).toString(), QStringLiteral("Scheduled"));
        QCOMPARE(a.value(QStringLiteral("consultation_type")).toString(), QStringLiteral("general"));
        QCOMPARE(a.value(QStringLiteral("consultation_type_display")).toString(),
                 QStringLiteral("General Consultation"));
        QCOMPARE(a.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
        QCOMPARE(a.value(QStringLiteral("priority_display")).toString(), QStringLiteral("High"));
        QCOMPARE(a.value(QStringLiteral("reason_for_visit")).toString(), QStringLiteral("Toothache"));
        QCOMPARE(a.value(QStringLiteral("symptoms")).toString(), QStringLiteral("Pain at 36"));
        QCOMPARE(a.value(QStringLiteral("patient_notes")).toString(), QStringLiteral("Mornings only"));
        QCOMPARE(a.value(QStringLiteral("doctor_notes")).toString(), QString());
        QCOMPARE(a.value(QStringLiteral("contact_phone")).toString(), QStringLiteral("+33612345678"));
        QCOMPARE(a.value(QStringLiteral("appointment_datetime")).toString(),
                 QStringLiteral("2026-11-24T10:00:00.000Z"));
        QCOMPARE(a.value(QStringLiteral("is_upcoming")).toBool(), true);
        QCOMPARE(a.value(QStringLiteral("is_today")).toBool(), false);
        QCOMPARE(a.value(QStringLiteral("can_cancel")).toBool(), true);
        QCOMPARE(a.value(QStringLiteral("created_by")).toString(), m_alice.actor.userId);
        QCOMPARE(
            a.value(QStringLiteral("doctor_info")).toObject().value(QStringLiteral("full_name")).toString(),
            QStringLiteral("Dr Molar"));
        QCOMPARE(idOf(a.value(QStringLiteral("patient_info"))), m_alicePatient);

        // The slot is taken: shown so, and refused to the next booking.
        QVERIFY(!slotAvailable(m_slotA));
        const int afterBooking = changes();
        verifyRefused(
            m_http->post(kAppointments, bookingBody(m_bobPatient, m_molarDoctor, m_slotA), m_desk.access),
            400, afterBooking, QStringLiteral("This time slot is not available."),
            QStringLiteral("time_slot"));

        // The README's path, by the front desk, with profile ids.
        QJsonObject followUp = bookingBody(m_bobPatient, m_canineDoctor, m_canineSlot);
        followUp.insert(QStringLiteral("consultation_type"), QStringLiteral("follow_up"));
        m_bobCanine = bookOk(kReadmeAppointments, followUp, m_desk.access);
        QVERIFY(!m_bobCanine.isEmpty());
        QCOMPARE(m_http->get(item(m_bobCanine), m_bob.access)
                     .object()
                     .value(QStringLiteral("consultation_type_display"))
                     .toString(),
                 QStringLiteral("Follow-up"));
        m_aliceB = bookOk(kAppointments, bookingBody(m_alicePatient, m_molarDoctor, m_slotB), m_desk.access);
        m_aliceToday =
            bookOk(kAppointments, bookingBody(m_alicePatient, m_molarDoctor, m_todaySlot), m_desk.access);
        m_aliceSoon =
            bookOk(kAppointments, bookingBody(m_alicePatient, m_molarDoctor, m_soonSlot), m_desk.access);
        m_bobD = bookOk(kAppointments, bookingBody(m_bobPatient, m_molarDoctor, m_slotD), m_desk.access);
        QVERIFY(!m_aliceB.isEmpty() && !m_aliceToday.isEmpty() && !m_aliceSoon.isEmpty() &&
                !m_bobD.isEmpty());
    }

    void listingIsScopedAndPaged()
    {
        // A patient their own, a dentist the appointments with them, the front desk and admin all, whatever
        // door booked them.
        QCOMPARE(count(m_http->get(kAppointments, m_alice.access)), 6);
        QCOMPARE(count(m_http->get(kAppointments, m_bob.access)), 2);
        QCOMPARE(count(m_http->get(kAppointments, m_molar.access)), 7);
        QCOMPARE(count(m_http->get(kAppointments, m_canine.access)), 1);
        QCOMPARE(count(m_http->get(kReadmeAppointments, m_desk.access)), 8);
        QCOMPARE(count(m_http->get(QStringLiteral("/api/appointments/appointments"), m_admin.access)), 8);
        QCOMPARE(m_http->get(kAppointments).status, 401);

        const HttpReply mine = m_http->get(kAppointments, m_bob.access);
        for (const QJsonValue& v : results(mine))
            QCOMPARE(v.toObject().value(QStringLiteral("patient")).toString(), m_bobPatient);
        // Newest booking first.
        QCOMPARE(idOf(results(mine).first()), m_bobD);
        // Booked without a slot: seed 003's defaults for what the booking lacks.
        const HttpReply all = m_http->get(kAppointments + QStringLiteral("?page_size=50"), m_desk.access);
        QJsonObject plain;
        for (const QJsonValue& v : results(all)) {
            if (idOf(v) == m_plainVisit)
                plain = v.toObject();
        }
        QVERIFY(plain.value(QStringLiteral("time_slot")).isNull());
        QVERIFY(plain.value(QStringLiteral("time_slot_info")).isNull());
        QCOMPARE(plain.value(QStringLiteral("consultation_type")).toString(), QStringLiteral("general"));
        QCOMPARE(plain.value(QStringLiteral("priority")).toString(), QStringLiteral("medium"));
        QCOMPARE(plain.value(QStringLiteral("reason_for_visit")).toString(), QStringLiteral("Check-up"));

        // Filters: status in seed 003's words (its "scheduled" is our requested and scheduled), a day, from
        // today on.
        QCOMPARE(count(m_http->get(kAppointments + QStringLiteral("?status=scheduled"), m_desk.access)), 8);
        QCOMPARE(count(m_http->get(kAppointments + QStringLiteral("?status=completed"), m_desk.access)), 0);
        QCOMPARE(count(m_http->get(kAppointments + QStringLiteral("?status=bogus"), m_desk.access)), 0);
        QCOMPARE(count(m_http->get(kAppointments + QStringLiteral("?date=2026-11-24"), m_desk.access)), 3);
        QCOMPARE(count(m_http->get(kAppointments + QStringLiteral("?date=2026-11-24"), m_alice.access)), 2);
        QCOMPARE(count(m_http->get(kAppointments + QStringLiteral("?upcoming=true"), m_alice.access)), 6);
        const HttpReply badDate =
            m_http->get(kAppointments + QStringLiteral("?date=tomorrow"), m_desk.access);
        QVERIFY2(refusalProblem(badDate, 400, {}, QStringLiteral("date")).isEmpty(),
                 badDate.body.constData());

        // Pages of 20 by default; page_size is a superset.
        const HttpReply first = m_http->get(kAppointments + QStringLiteral("?page_size=3"), m_desk.access);
        QCOMPARE(results(first).size(), 3);
        QVERIFY(first.object().value(QStringLiteral("next")).toString().startsWith(QLatin1String("http://")));
        QVERIFY(first.object().value(QStringLiteral("previous")).isNull());
        const HttpReply beyond =
            m_http->get(kAppointments + QStringLiteral("?page_size=3&page=4"), m_desk.access);
        QVERIFY2(refusalProblem(beyond, 404, QStringLiteral("Invalid page.")).isEmpty(),
                 beyond.body.constData());
        QVERIFY(m_http->get(kAppointments, m_desk.access).object().value(QStringLiteral("next")).isNull());
    }

    void detail()
    {
        const HttpReply own = m_http->get(item(m_aliceA), m_alice.access);
        QCOMPARE(own.status, 200);
        QCOMPARE(own.object().value(QStringLiteral("id")).toString(), m_aliceA);
        QCOMPARE(m_http->get(item(m_aliceA, {}, kReadmeAppointments), m_molar.access).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/appointments/api/appointments/") + m_aliceA, m_desk.access)
                     .status,
                 200);
        // Another patient's appointment does not exist for Bob; unknown ids are 404 JSON.
        QVERIFY(refusalProblem(m_http->get(item(m_aliceA), m_bob.access), 404, QStringLiteral("Not found."))
                    .isEmpty());
        QVERIFY(refusalProblem(m_http->get(item(kUnknownId), m_desk.access), 404).isEmpty());
        QVERIFY(refusalProblem(m_http->get(item(QStringLiteral("12")), m_desk.access), 404).isEmpty());
        // The clinic's calendar is shared by everyone who works there (Permissions: appointments.see_all).
        QCOMPARE(m_http->get(item(m_aliceA), m_canine.access).status, 200);
        // A known path with another method.
        QCOMPARE(m_http->request("PUT", QStringLiteral("/api/appointments/statistics/"), "{}", m_desk.access)
                     .status,
                 405);
    }

    void statisticsUpcomingAndToday()
    {
        const HttpReply desk = m_http->get(QStringLiteral("/api/appointments/statistics/"), m_desk.access);
        QCOMPARE(desk.status, 200);
        const QJsonObject all = desk.object();
        QCOMPARE(all.value(QStringLiteral("total_appointments")).toInt(), 8);
        QCOMPARE(all.value(QStringLiteral("scheduled_appointments")).toInt(), 8);
        QCOMPARE(all.value(QStringLiteral("completed_appointments")).toInt(), 0);
        QCOMPARE(all.value(QStringLiteral("cancelled_appointments")).toInt(), 0);
        QCOMPARE(all.value(QStringLiteral("today_appointments")).toInt(), 2);
        QCOMPARE(all.value(QStringLiteral("upcoming_appointments")).toInt(), 8);
        QCOMPARE(all.value(QStringLiteral("this_month_total")).toInt(), 2); // the first to today
        QCOMPARE(all.value(QStringLiteral("last_month_total")).toInt(), 0);
        const QJsonArray popular = all.value(QStringLiteral("popular_time_slots")).toArray();
        QVERIFY(!popular.isEmpty());
        QCOMPARE(popular.first().toObject().value(QStringLiteral("time_slot__start_time")).toString(),
                 QStringLiteral("10:00:00"));
        QCOMPARE(popular.first().toObject().value(QStringLiteral("count")).toInt(), 3);

        const QJsonObject molar =
            m_http->get(QStringLiteral("/api/appointments/api/statistics/"), m_molar.access).object();
        QCOMPARE(molar.value(QStringLiteral("total_appointments")).toInt(), 7);
        QCOMPARE(molar.value(QStringLiteral("popular_time_slots"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 2);
        const QJsonObject alice =
            m_http->get(QStringLiteral("/api/appointments/statistics"), m_alice.access).object();
        QCOMPARE(alice.value(QStringLiteral("total_appointments")).toInt(), 6);
        QCOMPARE(alice.value(QStringLiteral("popular_time_slots")).toArray().size(), 0);
        QCOMPARE(m_http->get(QStringLiteral("/api/appointments/statistics/")).status, 401);

        // Upcoming: from today on, not yet seen, soonest first; at most 5 for a patient.
        const HttpReply upcoming = m_http->get(QStringLiteral("/api/appointments/upcoming/"), m_alice.access);
        QCOMPARE(upcoming.status, 200);
        QVERIFY(upcoming.json().isArray());
        QCOMPARE(upcoming.json().toArray().size(), 5);
        QCOMPARE(idOf(upcoming.json().toArray().first()), m_pastVisit);
        QCOMPARE(m_http->get(QStringLiteral("/api/appointments/api/upcoming/"), m_desk.access)
                     .json()
                     .toArray()
                     .size(),
                 8);
        QCOMPARE(m_http->get(QStringLiteral("/api/appointments/upcoming/"), m_canine.access)
                     .json()
                     .toArray()
                     .size(),
                 1);

        const HttpReply today = m_http->get(QStringLiteral("/api/appointments/api/today/"), m_alice.access);
        QCOMPARE(today.status, 200);
        const QJsonArray todays = today.json().toArray();
        QCOMPARE(todays.size(), 2);
        QCOMPARE(idOf(todays.at(0)), m_pastVisit);
        QCOMPARE(idOf(todays.at(1)), m_aliceToday);
        QCOMPARE(todays.at(1).toObject().value(QStringLiteral("is_today")).toBool(), true);
        QCOMPARE(
            m_http->get(QStringLiteral("/api/appointments/today/"), m_bob.access).json().toArray().size(), 0);
    }

    void doctorAvailability()
    {
        const QString path = QStringLiteral("/api/appointments/doctor-availability/");
        const HttpReply missing = m_http->get(path, m_bob.access);
        QVERIFY2(refusalProblem(missing, 400, {}, QStringLiteral("doctor_id")).isEmpty(),
                 missing.body.constData());
        QVERIFY(missing.object().contains(QStringLiteral("date")));
        QVERIFY(refusalProblem(m_http->get(path + QStringLiteral("?doctor_id=") + m_molarDoctor +
                                               QStringLiteral("&date=24.11.2026"),
                                           m_bob.access),
                               400, {}, QStringLiteral("date"))
                    .isEmpty());
        QVERIFY(refusalProblem(m_http->get(path + QStringLiteral("?doctor_id=") + m_molarDoctor +
                                               QStringLiteral("&date=2026-11-21"),
                                           m_bob.access),
                               400, QStringLiteral("Cannot check availability for past dates."),
                               QStringLiteral("date"))
                    .isEmpty());
        const HttpReply unknown = m_http->get(path + QStringLiteral("?doctor_id=") + kUnknownId +
                                                  QStringLiteral("&date=2026-11-24"),
                                              m_bob.access);
        QVERIFY2(refusalProblem(unknown, 404, QStringLiteral("Doctor not found."), QStringLiteral("error"))
                     .isEmpty(),
                 unknown.body.constData());

        // Tuesday: A and B are booked, C is free. The doctor by account id, on the README's path.
        const HttpReply tuesday = m_http->get(QStringLiteral("/api/appointments/api/doctor-availability/"
                                                             "?doctor_id=%1&date=2026-11-24")
                                                  .arg(m_molar.actor.userId),
                                              m_bob.access);
        QCOMPARE(tuesday.status, 200);
        const QJsonObject t = tuesday.object();
        QCOMPARE(t.value(QStringLiteral("doctor")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Dr Molar"));
        QCOMPARE(t.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-24"));
        const QJsonArray freeSlots = t.value(QStringLiteral("available_slots")).toArray();
        QCOMPARE(freeSlots.size(), 1);
        QCOMPARE(idOf(freeSlots.first()), m_slotC);
        QVERIFY(!t.contains(QStringLiteral("message")));

        // A day off: no slots, and seed 003's message.
        QVERIFY(m_station->services->schedule
                    .addDayOff(m_admin.actor, m_molarDoctor, QDate(2026, 11, 27), QStringLiteral("Congress"))
                    .ok());
        const QJsonObject off =
            m_http
                ->get(path + QStringLiteral("?doctor_id=%1&date=2026-11-27").arg(m_molarDoctor), m_bob.access)
                .object();
        QCOMPARE(off.value(QStringLiteral("available_slots")).toArray().size(), 0);
        QCOMPARE(off.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Doctor is unavailable on this date (day off)"));
    }

    void updating()
    {
        const int before = changes();
        // PUT needs the required fields again; a status no dialect knows; a patient changing the status or
        // the doctor's notes; going back to scheduled after the start; unknown ids.
        verifyRefused(m_http->put(item(m_aliceA),
                                  QJsonObject{{QStringLiteral("reason_for_visit"), QStringLiteral("x")}},
                                  m_alice.access),
                      400, before, {}, QStringLiteral("contact_phone"));
        verifyRefused(m_http->patch(item(m_aliceA),
                                    QJsonObject{{QStringLiteral("status"), QStringLiteral("bogus")}},
                                    m_molar.access),
                      400, before, QStringLiteral("is not a valid choice"), QStringLiteral("status"));
        verifyRefused(m_http->patch(item(m_aliceA),
                                    QJsonObject{{QStringLiteral("status"), QStringLiteral("confirmed")}},
                                    m_alice.access),
                      403, before, {}, QStringLiteral("error"));
        verifyRefused(m_http->patch(item(m_aliceA),
                                    QJsonObject{{QStringLiteral("doctor_notes"), QStringLiteral("Mine now")}},
                                    m_alice.access),
                      403, before);
        verifyRefused(m_http->patch(item(m_pastVisit),
                                    QJsonObject{{QStringLiteral("status"), QStringLiteral("scheduled")}},
                                    m_desk.access),
                      400, before, QStringLiteral("Cannot reschedule past appointments."),
                      QStringLiteral("status"));
        verifyRefused(
            m_http->patch(item(m_aliceA),
                          QJsonObject{{QStringLiteral("consultation_type"), QStringLiteral("chat")}},
                          m_alice.access),
            400, before, {}, QStringLiteral("consultation_type"));
        verifyRefused(m_http->patch(item(m_aliceA),
                                    QJsonObject{{QStringLiteral("symptoms"), QStringLiteral("x")}},
                                    m_bob.access),
                      404, before);
        verifyRefused(m_http->patch(item(kUnknownId),
                                    QJsonObject{{QStringLiteral("symptoms"), QStringLiteral("x")}},
                                    m_desk.access),
                      404, before);

        // The patient changes what they told the clinic; the whole appointment comes back (a superset).
        const HttpReply patched =
            m_http->patch(item(m_aliceA),
                          QJsonObject{{QStringLiteral("symptoms"), QStringLiteral("Swelling")},
                                      {QStringLiteral("priority"), QStringLiteral("urgent")},
                                      {QStringLiteral("patient_notes"), QStringLiteral("Afternoons too")}},
                          m_alice.access);
        QVERIFY2(patched.status == 200, patched.body.constData());
        QCOMPARE(patched.object().value(QStringLiteral("id")).toString(), m_aliceA);
        QCOMPARE(patched.object().value(QStringLiteral("symptoms")).toString(), QStringLiteral("Swelling"));
        QCOMPARE(patched.object().value(QStringLiteral("priority_display")).toString(),
                 QStringLiteral("Urgent"));
        QCOMPARE(patched.object().value(QStringLiteral("patient_notes")).toString(),
                 QStringLiteral("Afternoons too"));

        // The dentist confirms and writes notes, on the README's path.
        const HttpReply confirmed =
            m_http->patch(item(m_aliceA, {}, kReadmeAppointments),
                          QJsonObject{{QStringLiteral("status"), QStringLiteral("confirmed")},
                                      {QStringLiteral("doctor_notes"), QStringLiteral("Check 36 first")}},
                          m_molar.access);
        QVERIFY2(confirmed.status == 200, confirmed.body.constData());
        QCOMPARE(confirmed.object().value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(confirmed.object().value(QStringLiteral("doctor_notes")).toString(),
                 QStringLiteral("Check 36 first"));
        QCOMPARE(storedStatus(m_aliceA), QStringLiteral("confirmed"));

        // PUT of the object as read: nothing changes, nothing is written (the patient may send the doctor's
        // notes back unchanged).
        QJsonObject asRead = m_http->get(item(m_aliceA), m_alice.access).object();
        const int settled = changes();
        const HttpReply same = m_http->put(item(m_aliceA), asRead, m_alice.access);
        QVERIFY2(same.status == 200, same.body.constData());
        QCOMPARE(changes(), settled);
        QCOMPARE(same.object().value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    }

    void cancelling()
    {
        const int before = changes();
        // Within 24 hours of the start, by POST or DELETE, nobody cancels on seed 003's paths.
        verifyRefused(
            m_http->post(item(m_aliceSoon, QStringLiteral("cancel")), QJsonObject{}, m_alice.access), 400,
            before, QStringLiteral("This appointment cannot be cancelled."), QStringLiteral("error"));
        verifyRefused(m_http->del(item(m_aliceSoon, QStringLiteral("cancel")), m_desk.access), 400, before,
                      QStringLiteral("This appointment cannot be cancelled."));
        QVERIFY(m_http->get(item(m_aliceSoon), m_alice.access)
                    .object()
                    .value(QStringLiteral("can_cancel"))
                    .toBool() == false);
        // Another patient's: not found; another dentist's: forbidden (mayChangeStatus).
        verifyRefused(m_http->post(item(m_aliceA, QStringLiteral("cancel")), QJsonObject{}, m_bob.access),
                      404, before);
        verifyRefused(m_http->post(item(m_aliceA, QStringLiteral("cancel")), QJsonObject{}, m_canine.access),
                      403, before);
        verifyRefused(m_http->post(item(kUnknownId, QStringLiteral("cancel")), QJsonObject{}, m_desk.access),
                      404, before);

        // The patient cancels in time, with a reason, on the README's path.
        const HttpReply cancelled = m_http->post(
            item(m_aliceA, QStringLiteral("cancel"), kReadmeAppointments),
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("Travelling")}}, m_alice.access);
        QVERIFY2(cancelled.status == 200, cancelled.body.constData());
        QCOMPARE(cancelled.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Appointment cancelled successfully."));
        const QJsonObject a = cancelled.object().value(QStringLiteral("appointment")).toObject();
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(a.value(QStringLiteral("can_cancel")).toBool(), false);
        // A cancelled appointment no longer takes its slot.
        QVERIFY(slotAvailable(m_slotA));
        const int afterCancel = changes();
        verifyRefused(m_http->post(item(m_aliceA, QStringLiteral("cancel")), QJsonObject{}, m_alice.access),
                      400, afterCancel);

        // DELETE on …/cancel/ works as well.
        const HttpReply deleted = m_http->del(item(m_plainVisit, QStringLiteral("cancel")), m_desk.access);
        QVERIFY2(deleted.status == 200, deleted.body.constData());
        QCOMPARE(storedStatus(m_plainVisit), QStringLiteral("cancelled"));

        // The 24-hour rule is seed 003's only: seed 002's cancel lets the patient cancel tomorrow's visit.
        const HttpReply seed002 = m_http->post(
            QStringLiteral("/api/appointments/%1/cancel/").arg(m_aliceSoon), QJsonObject{}, m_alice.access);
        QVERIFY2(seed002.status == 200, seed002.body.constData());
        QCOMPARE(storedStatus(m_aliceSoon), QStringLiteral("cancelled"));
    }

    void rescheduling()
    {
        const QString path = item(m_bobD, QStringLiteral("reschedule"));
        const int before = changes();
        const auto to = [](const QString& slot) {
            return QJsonObject{{QStringLiteral("new_time_slot_id"), slot}};
        };
        verifyRefused(m_http->post(path, QJsonObject{}, m_bob.access), 400, before,
                      QStringLiteral("new_time_slot_id is required."), QStringLiteral("error"));
        verifyRefused(m_http->post(path, to(kUnknownId), m_bob.access), 404, before,
                      QStringLiteral("Time slot not found."), QStringLiteral("error"));
        verifyRefused(m_http->post(path, to(QStringLiteral("12")), m_bob.access), 404, before,
                      QStringLiteral("Time slot not found."));
        verifyRefused(m_http->post(path, to(m_slotB), m_bob.access), 400, before,
                      QStringLiteral("Selected time slot is not available."));
        verifyRefused(m_http->post(path, to(m_closedSlot), m_bob.access), 400, before,
                      QStringLiteral("Selected time slot is not available."));
        verifyRefused(m_http->post(path, to(m_canineFree), m_bob.access), 400, before,
                      QStringLiteral("Time slot must belong to the same doctor."));
        verifyRefused(m_http->post(path, to(m_pastSlot), m_bob.access), 400, before,
                      QStringLiteral("Cannot book appointments for past time slots."));
        verifyRefused(m_http->post(path, to(m_slotE), m_alice.access), 404, before);
        verifyRefused(
            m_http->post(item(kUnknownId, QStringLiteral("reschedule")), to(m_slotE), m_desk.access), 404,
            before);

        const HttpReply moved = m_http->post(item(m_bobD, QStringLiteral("reschedule"), kReadmeAppointments),
                                             to(m_slotE), m_bob.access);
        QVERIFY2(moved.status == 200, moved.body.constData());
        QCOMPARE(moved.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Appointment rescheduled successfully."));
        const QJsonObject a = moved.object().value(QStringLiteral("appointment")).toObject();
        QCOMPARE(a.value(QStringLiteral("time_slot")).toString(), m_slotE);
        QCOMPARE(a.value(QStringLiteral("appointment_datetime")).toString(),
                 QStringLiteral("2026-11-25T10:30:00.000Z"));
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("scheduled"));
        // The old slot is free again, the new one taken.
        QVERIFY(slotAvailable(m_slotD));
        QVERIFY(!slotAvailable(m_slotE));
        // Moving within its own slot is no clash with itself.
        const HttpReply again = m_http->post(path, to(m_slotE), m_desk.access);
        QVERIFY2(again.status == 200, again.body.constData());
    }

    void completing()
    {
        const QString path = item(m_aliceB, QStringLiteral("complete"));
        const int before = changes();
        const QString onlyDoctor = QStringLiteral("Only the assigned doctor can complete appointments.");
        verifyRefused(m_http->post(path, QJsonObject{}, m_canine.access), 403, before, onlyDoctor,
                      QStringLiteral("error"));
        verifyRefused(m_http->post(path, QJsonObject{}, m_desk.access), 403, before, onlyDoctor);
        verifyRefused(m_http->post(path, QJsonObject{}, m_alice.access), 403, before, onlyDoctor);
        verifyRefused(m_http->post(path, QJsonObject{}, m_bob.access), 404, before);
        verifyRefused(
            m_http->post(item(kUnknownId, QStringLiteral("complete")), QJsonObject{}, m_molar.access), 404,
            before);

        const HttpReply done =
            m_http->post(path, QJsonObject{{QStringLiteral("doctor_notes"), QStringLiteral("Filling at 36")}},
                         m_molar.access);
        QVERIFY2(done.status == 200, done.body.constData());
        QCOMPARE(done.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Appointment marked as completed."));
        const QJsonObject a = done.object().value(QStringLiteral("appointment")).toObject();
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(a.value(QStringLiteral("doctor_notes")).toString(), QStringLiteral("Filling at 36"));
        QCOMPARE(storedStatus(m_aliceB), QStringLiteral("completed"));
        // Completing it again changes nothing; a cancelled appointment is not completed (the status machine).
        const int afterDone = changes();
        QCOMPARE(m_http->post(path, QJsonObject{}, m_molar.access).status, 200);
        QCOMPARE(changes(), afterDone);
        verifyRefused(m_http->post(item(m_aliceA, QStringLiteral("complete")), QJsonObject{}, m_molar.access),
                      400, afterDone, QStringLiteral("cannot go from cancelled to completed"),
                      QStringLiteral("status"));
    }

    void history()
    {
        const HttpReply h = m_http->get(item(m_aliceA, QStringLiteral("history")), m_alice.access);
        QCOMPARE(h.status, 200);
        const QJsonArray entries = results(h);
        QCOMPARE(count(h), entries.size());
        QVERIFY(entries.size() >= 4);
        // Newest first: the cancellation with its reason, ..., the booking.
        const QJsonObject newest = entries.first().toObject();
        QCOMPARE(newest.value(QStringLiteral("change_type")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(newest.value(QStringLiteral("old_status")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(newest.value(QStringLiteral("new_status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(newest.value(QStringLiteral("notes")).toString(), QStringLiteral("Travelling"));
        QCOMPARE(newest.value(QStringLiteral("changed_by")).toString(), m_alice.actor.userId);
        QCOMPARE(newest.value(QStringLiteral("appointment")).toString(), m_aliceA);
        QCOMPARE(entries.last().toObject().value(QStringLiteral("change_type")).toString(),
                 QStringLiteral("created"));
        QStringList types;
        for (const QJsonValue& v : entries)
            types << v.toObject().value(QStringLiteral("change_type")).toString();
        QVERIFY2(types.contains(QStringLiteral("updated")), qPrintable(types.join(QLatin1Char(','))));

        QCOMPARE(
            m_http->get(item(m_aliceA, QStringLiteral("history"), kReadmeAppointments), m_desk.access).status,
            200);
        QVERIFY(refusalProblem(m_http->get(item(m_aliceA, QStringLiteral("history")), m_bob.access), 404)
                    .isEmpty());
        QVERIFY(refusalProblem(m_http->get(item(kUnknownId, QStringLiteral("history")), m_desk.access), 404)
                    .isEmpty());
        const QJsonArray moved = results(m_http->get(item(m_bobD, QStringLiteral("history")), m_bob.access));
        QCOMPARE(moved.first().toObject().value(QStringLiteral("change_type")).toString(),
                 QStringLiteral("rescheduled"));
    }

    void deleting()
    {
        const int before = changes();
        verifyRefused(m_http->del(item(m_bobCanine), m_alice.access), 404, before);
        verifyRefused(m_http->del(item(kUnknownId), m_desk.access), 404, before);
        QVERIFY(!slotAvailable(m_canineSlot));
        const HttpReply gone = m_http->del(item(m_bobCanine, {}, kReadmeAppointments), m_desk.access);
        QCOMPARE(gone.status, 204);
        QCOMPARE(m_http->get(item(m_bobCanine), m_desk.access).status, 404);
        // Deleting it gives the slot back.
        QVERIFY(slotAvailable(m_canineSlot));
        QCOMPARE(count(m_http->get(kAppointments, m_canine.access)), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpSeed003Appointments)
#include "tst_http_seed003_appointments.moc"

#include "ApiServerHost.h"
#include "HttpClient.h"
#include "TestStation.h"
#include "store/Query.h"

#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

const QString kUnknownId = QStringLiteral("0190b7e0-0000-7000-8000-000000000000");

} // namespace

// Seed 002's appointment endpoints (seed-contracts 3.3, 6.7) over real HTTP: the 002 dialect (date and time
// of day in clinic time, Scheduled/Canceled/...), owner scoping (another patient's appointment is not found),
// who may change a status, and that a refused request writes nothing.
class TestHttpSeed002Appointments : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    QString m_admin;
    QString m_alice; // patient accounts, each with their own patient record
    QString m_aliceId;
    QString m_bob;
    QString m_bobId;
    QString m_drToken; // the dentist whose doctor profile is m_doctor
    QString m_doctor;
    QString m_otherDrToken;
    QString m_otherDoctor;

    int changes() const { return m_station->changeCount(); }
    QString token(const Actor& actor)
    {
        auto t = m_station->services->accounts.issueTokens(actor.userId);
        return t ? t->access : QString();
    }
    QString login(const QString& username)
    {
        auto r = m_http->post(QStringLiteral("/api/token/"),
                              QJsonObject{{QStringLiteral("username"), username},
                                          {QStringLiteral("password"), QStringLiteral("secret-pass")}});
        return r.object().value(QStringLiteral("access")).toString();
    }
    // A patient record with its login account, made by the clinic; answers the account's token.
    QString patient(const QString& username, const QString& phone, QString* id)
    {
        auto r = m_http->post(
            QStringLiteral("/api/patients/"),
            QJsonObject{{QStringLiteral("user"),
                         QJsonObject{{QStringLiteral("username"), username},
                                     {QStringLiteral("password"), QStringLiteral("secret-pass")}}},
                        {QStringLiteral("phone"), phone}},
            m_admin);
        *id = r.object().value(QStringLiteral("id")).toString();
        return login(username);
    }
    QString doctor(const QString& username, QString* id)
    {
        auto r = m_http->post(
            QStringLiteral("/api/doctors/"),
            QJsonObject{{QStringLiteral("user"),
                         QJsonObject{{QStringLiteral("username"), username},
                                     {QStringLiteral("password"), QStringLiteral("secret-pass")}}},
                        {QStringLiteral("specialization"), QStringLiteral("General")}},
            m_admin);
        *id = r.object().value(QStringLiteral("id")).toString();
        return login(username);
    }
    HttpReply book(const QString& who, const QString& patient, const QString& date, const QString& time,
                   const QString& doctor = {})
    {
        return m_http->post(QStringLiteral("/api/appointments/book/"),
                            QJsonObject{{QStringLiteral("patient"), patient},
                                        {QStringLiteral("doctor"), doctor.isEmpty() ? m_doctor : doctor},
                                        {QStringLiteral("appointment_date"), date},
                                        {QStringLiteral("appointment_time"), time},
                                        {QStringLiteral("reason"), QStringLiteral("Check-up")}},
                            who);
    }

private slots:
    void initTestCase()
    {
        m_station = std::make_unique<TestStation>();
        m_admin = token(m_station->addUser(QStringLiteral("admin@clinic.org"), Role::Admin));
        m_host = std::make_unique<api::ApiServerHost>(*m_station->services, api::ApiServerConfig{});
        auto port = m_host->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_http = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(*port));
        m_alice = patient(QStringLiteral("alice"), QStringLiteral("5551000001"), &m_aliceId);
        m_bob = patient(QStringLiteral("bob"), QStringLiteral("5551000002"), &m_bobId);
        m_drToken = doctor(QStringLiteral("drwho"), &m_doctor);
        m_otherDrToken = doctor(QStringLiteral("drno"), &m_otherDoctor);
        for (const QString& t : {m_alice, m_bob, m_drToken, m_otherDrToken})
            QVERIFY(!t.isEmpty());
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_host.reset();
        m_station.reset();
    }

    void bookingSpeaksThe002Dialect()
    {
        auto r = book(m_alice, m_aliceId, QStringLiteral("2026-11-24"), QStringLiteral("10:00"));
        QCOMPARE(r.status, 201);
        const QJsonObject a = r.object();
        QCOMPARE(a.value(QStringLiteral("patient")).toString(), m_aliceId);
        QCOMPARE(a.value(QStringLiteral("doctor")).toString(), m_doctor);
        QCOMPARE(a.value(QStringLiteral("appointment_date")).toString(), QStringLiteral("2026-11-24"));
        QCOMPARE(a.value(QStringLiteral("appointment_time")).toString(), QStringLiteral("10:00:00"));
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("Scheduled"));
        QCOMPARE(a.value(QStringLiteral("reason")).toString(), QStringLiteral("Check-up"));
        QVERIFY(a.value(QStringLiteral("notes")).isNull());
        // The item route is seed 004's rendering, which carries the date as well.
        auto item = m_http->get(
            QStringLiteral("/api/appointments/%1/").arg(a.value(QStringLiteral("id")).toString()), m_alice);
        QCOMPARE(item.status, 200);
        QCOMPARE(item.object().value(QStringLiteral("appointment_date")).toString(),
                 QStringLiteral("2026-11-24"));
    }

    void refusedBookingsWriteNothing()
    {
        QCOMPARE(book(m_alice, m_aliceId, QStringLiteral("2026-11-24"), QStringLiteral("11:00")).status, 201);
        const int before = changes();
        // Same doctor, same date and time.
        auto twice = book(m_bob, m_bobId, QStringLiteral("2026-11-24"), QStringLiteral("11:00:00"));
        QCOMPARE(twice.status, 400);
        QVERIFY(twice.object().contains(QStringLiteral("non_field_errors")));
        // Alice cannot book for Bob: his record does not exist for her.
        auto forBob = book(m_alice, m_bobId, QStringLiteral("2026-11-24"), QStringLiteral("13:00"));
        QCOMPARE(forBob.status, 400);
        QVERIFY(forBob.object().contains(QStringLiteral("patient")));
        auto missing = m_http->post(QStringLiteral("/api/appointments/book/"),
                                    QJsonObject{{QStringLiteral("patient"), m_aliceId}}, m_alice);
        QCOMPARE(missing.status, 400);
        for (const char* field : {"doctor", "appointment_date", "appointment_time"})
            QVERIFY2(missing.object().contains(QLatin1String(field)), field);
        auto badDate = book(m_alice, m_aliceId, QStringLiteral("24/11/2026"), QStringLiteral("13:00"));
        QCOMPARE(badDate.status, 400);
        QVERIFY(badDate.object().contains(QStringLiteral("appointment_date")));
        auto badDoctor =
            book(m_alice, m_aliceId, QStringLiteral("2026-11-24"), QStringLiteral("13:00"), kUnknownId);
        QCOMPARE(badDoctor.status, 400);
        QVERIFY(badDoctor.object().contains(QStringLiteral("doctor")));
        QCOMPARE(m_http->post(QStringLiteral("/api/appointments/book/"), QJsonObject{}).status, 401);
        QCOMPARE(m_http->get(QStringLiteral("/api/appointments/book/"), m_alice).status, 405);
        QCOMPARE(changes(), before);
    }

    void listShowsTheCallersOwn()
    {
        auto made = book(m_bob, m_bobId, QStringLiteral("2026-11-25"), QStringLiteral("09:30"));
        QCOMPARE(made.status, 201);
        const QByteArray id = made.object().value(QStringLiteral("id")).toString().toUtf8();
        auto bobs = m_http->get(QStringLiteral("/api/appointments/list/"), m_bob);
        QCOMPARE(bobs.status, 200);
        QVERIFY(bobs.body.contains(id));
        for (const QJsonValue& v : bobs.json().toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("patient")).toString(), m_bobId);
        QVERIFY(!m_http->get(QStringLiteral("/api/appointments/list"), m_alice).body.contains(id));
        QVERIFY(m_http->get(QStringLiteral("/api/appointments/list/"), m_drToken).body.contains(id));
        QVERIFY(!m_http->get(QStringLiteral("/api/appointments/list/"), m_otherDrToken).body.contains(id));
    }

    void anotherPatientsAppointmentIsNotFound()
    {
        auto made = book(m_bob, m_bobId, QStringLiteral("2026-11-25"), QStringLiteral("10:30"));
        const QString id = made.object().value(QStringLiteral("id")).toString();
        const int before = changes();
        QCOMPARE(m_http->get(QStringLiteral("/api/appointments/") + id, m_alice).status, 404);
        QCOMPARE(m_http
                     ->patch(QStringLiteral("/api/appointments/%1/update/").arg(id),
                             QJsonObject{{QStringLiteral("reason"), QStringLiteral("mine now")}}, m_alice)
                     .status,
                 404);
        QCOMPARE(m_http->del(QStringLiteral("/api/appointments/%1/cancel/").arg(id), m_alice).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/appointments/") + kUnknownId, m_admin).status, 404);
        QCOMPARE(m_http
                     ->put(QStringLiteral("/api/appointments/%1/status/").arg(kUnknownId),
                           QJsonObject{{QStringLiteral("status"), QStringLiteral("Completed")}}, m_admin)
                     .status,
                 404);
        QCOMPARE(changes(), before);
    }

    void updateMovesAndEdits()
    {
        auto made = book(m_alice, m_aliceId, QStringLiteral("2026-11-26"), QStringLiteral("09:00"));
        const QString id = made.object().value(QStringLiteral("id")).toString();
        auto moved = m_http->patch(QStringLiteral("/api/appointments/%1/update/").arg(id),
                                   QJsonObject{{QStringLiteral("appointment_time"), QStringLiteral("11:30")},
                                               {QStringLiteral("notes"), QStringLiteral("Bring X-rays")}},
                                   m_alice);
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.object().value(QStringLiteral("appointment_date")).toString(),
                 QStringLiteral("2026-11-26"));
        QCOMPARE(moved.object().value(QStringLiteral("appointment_time")).toString(),
                 QStringLiteral("11:30:00"));
        QCOMPARE(moved.object().value(QStringLiteral("notes")).toString(), QStringLiteral("Bring X-rays"));
        auto full =
            m_http->put(QStringLiteral("/api/appointments/%1/update/").arg(id),
                        QJsonObject{{QStringLiteral("patient"), m_aliceId},
                                    {QStringLiteral("doctor"), m_otherDoctor},
                                    {QStringLiteral("appointment_date"), QStringLiteral("2026-11-27")},
                                    {QStringLiteral("appointment_time"), QStringLiteral("08:30:00")}},
                        m_alice);
        QCOMPARE(full.status, 200);
        QCOMPARE(full.object().value(QStringLiteral("doctor")).toString(), m_otherDoctor);
        QCOMPARE(full.object().value(QStringLiteral("appointment_date")).toString(),
                 QStringLiteral("2026-11-27"));
        const int before = changes();
        auto incomplete = m_http->put(QStringLiteral("/api/appointments/%1/update/").arg(id),
                                      QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}}, m_alice);
        QCOMPARE(incomplete.status, 400);
        QVERIFY(incomplete.object().contains(QStringLiteral("appointment_date")));
        auto otherPatient = m_http->patch(QStringLiteral("/api/appointments/%1/update/").arg(id),
                                          QJsonObject{{QStringLiteral("patient"), m_bobId}}, m_admin);
        QCOMPARE(otherPatient.status, 400);
        QCOMPARE(changes(), before);
    }

    void statusIsForStaffOrTheAppointmentsDentist()
    {
        auto made = book(m_alice, m_aliceId, QStringLiteral("2026-11-30"), QStringLiteral("09:00"));
        const QString path = QStringLiteral("/api/appointments/%1/status/")
                                 .arg(made.object().value(QStringLiteral("id")).toString());
        const int before = changes();
        auto nonsense =
            m_http->put(path, QJsonObject{{QStringLiteral("status"), QStringLiteral("Banana")}}, m_admin);
        QCOMPARE(nonsense.status, 400);
        QVERIFY(nonsense.object().contains(QStringLiteral("status")));
        auto none = m_http->put(path, QJsonObject{}, m_admin);
        QCOMPARE(none.status, 400);
        QCOMPARE(none.object().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("status is required."));
        const QJsonObject completed{{QStringLiteral("status"), QStringLiteral("Completed")}};
        QCOMPARE(m_http->put(path, completed, m_alice).status, 403);
        QCOMPARE(m_http->put(path, completed, m_otherDrToken).status, 403);
        QCOMPARE(changes(), before);
        // The appointment's own dentist: "Completed" straight after "Scheduled" walks the states between.
        auto done = m_http->put(path, completed, m_drToken);
        QCOMPARE(done.status, 200);
        QCOMPARE(done.object().value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
        auto again = m_http->put(path, completed, m_admin);
        QCOMPARE(again.status, 200);
    }

    void cancelAnswersWithTheAppointment()
    {
        auto first = book(m_alice, m_aliceId, QStringLiteral("2026-12-01"), QStringLiteral("09:00"));
        auto second = book(m_alice, m_aliceId, QStringLiteral("2026-12-01"), QStringLiteral("10:00"));
        for (const auto& [reply, method] :
             {std::pair{first, QByteArray("DELETE")}, std::pair{second, QByteArray("POST")}}) {
            const QString path = QStringLiteral("/api/appointments/%1/cancel/")
                                     .arg(reply.object().value(QStringLiteral("id")).toString());
            auto cancelled = m_http->request(method, path, {}, m_alice);
            QCOMPARE(cancelled.status, 200);
            QCOMPARE(cancelled.object().value(QStringLiteral("status")).toString(),
                     QStringLiteral("Canceled"));
        }
        // The freed time can be booked again.
        QCOMPARE(book(m_bob, m_bobId, QStringLiteral("2026-12-01"), QStringLiteral("09:00")).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestHttpSeed002Appointments)
#include "tst_http_seed002_appointments.moc"

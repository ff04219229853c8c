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

// Seed 004 ("Healthcare System Backend") over real HTTP: the four API tests of its core/tests.py
// (seed-contracts 5.4, 6-9) as they would run against us, then good and bad input per endpoint. A refused
// request must write nothing: the change log (every replicated write lands there) and the mail queue stay as
// they were.
class TestHttpSeed004 : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    QString m_admin;
    QString m_desk;
    QString m_dentist;

    int scalar(const QString& sqlText, const QVariantList& binds = {}) const
    {
        auto v = sql::scalar(m_station->db->connection(), sqlText, binds);
        return v && v->isValid() ? v->toInt() : -1;
    }
    QString text(const QString& sqlText, const QVariantList& binds = {}) const
    {
        auto v = sql::scalar(m_station->db->connection(), sqlText, binds);
        return v ? v->toString() : QString();
    }
    int writes() const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM change_log")) +
               scalar(QStringLiteral("SELECT count(*) FROM mail_outbox"));
    }
    QString token(const Actor& actor)
    {
        auto t = m_station->services->accounts.issueTokens(actor.userId);
        return t ? t->access : QString();
    }
    // Registers through the API and logs in with the username (004's flow), returning the access token.
    QString registerAndLogin(const QString& username, QString* userId = nullptr)
    {
        auto r = m_http->post(QStringLiteral("/registrations/"),
                              QJsonObject{{QStringLiteral("username"), username},
                                          {QStringLiteral("email"), username + QStringLiteral("@mail.org")},
                                          {QStringLiteral("password"), QStringLiteral("testpass123")}});
        if (r.status != 201)
            return {};
        if (userId)
            *userId = r.object().value(QStringLiteral("id")).toString();
        auto login = m_http->post(QStringLiteral("/api/token/"),
                                  QJsonObject{{QStringLiteral("username"), username},
                                              {QStringLiteral("password"), QStringLiteral("testpass123")}});
        return login.object().value(QStringLiteral("access")).toString();
    }
    QString addDoctor(const QString& username, const QString& specialization)
    {
        auto r = m_http->post(
            QStringLiteral("/api/doctors/"),
            QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("username"), username}}},
                        {QStringLiteral("specialization"), specialization},
                        {QStringLiteral("available_from"), QStringLiteral("09:00:00")},
                        {QStringLiteral("available_to"), QStringLiteral("17:00:00")}},
            m_admin);
        if (r.status != 201)
            qWarning("refused: %d %s", r.status, r.body.constData());
        return r.status == 201 ? r.object().value(QStringLiteral("id")).toString() : QString();
    }
    QString addPatient(const QString& username, const QString& phone, const QString& insurance)
    {
        auto r = m_http->post(
            QStringLiteral("/api/patients/"),
            QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("username"), username}}},
                        {QStringLiteral("phone"), phone},
                        {QStringLiteral("insurance_number"), insurance}},
            m_admin);
        if (r.status != 201)
            qWarning("refused: %d %s", r.status, r.body.constData());
        return r.status == 201 ? r.object().value(QStringLiteral("id")).toString() : QString();
    }
    HttpReply book(const QString& patient, const QString& doctor, const QString& when,
                   const QString& status = QStringLiteral("Pending"))
    {
        return m_http->post(QStringLiteral("/api/appointments/"),
                            QJsonObject{{QStringLiteral("patient"), patient},
                                        {QStringLiteral("doctor"), doctor},
                                        {QStringLiteral("appointment_time"), when},
                                        {QStringLiteral("status"), status}},
                            m_admin);
    }

private slots:
    void initTestCase()
    {
        CoreConfig config;
        config.mailEnabled = true; // so the confirmation mail is queued where the test can see it
        m_station = std::make_unique<TestStation>(config);
        m_admin = token(m_station->addUser(QStringLiteral("admin@clinic.org"), Role::Admin));
        m_desk = token(m_station->addUser(QStringLiteral("desk@clinic.org"), Role::Receptionist));
        m_dentist = token(m_station->addUser(QStringLiteral("molar@clinic.org"), Role::Dentist));
        m_host = std::make_unique<api::ApiServerHost>(*m_station->services, api::ApiServerConfig{});
        auto port = m_host->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_http = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_host.reset();
        m_station.reset();
    }

    // ---- core/tests.py, the API tests (seed-contracts 5.4)
    // --------------------------------------------------

    void test6PatientApi()
    {
        auto r = m_http->post(
            QStringLiteral("/api/patients/"),
            QJsonObject{{QStringLiteral("user"),
                         QJsonObject{{QStringLiteral("username"), QStringLiteral("testpatient")},
                                     {QStringLiteral("email"), QStringLiteral("patient@gmail.com")},
                                     {QStringLiteral("password"), QStringLiteral("testpass123")}}},
                        {QStringLiteral("phone"), QStringLiteral("9876543210")},
                        {QStringLiteral("insurance_number"), QStringLiteral("TESTINS123")}},
            m_admin);
        QCOMPARE(r.status, 201);
        const QJsonObject p = r.object();
        const QJsonObject user = p.value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("testpatient"));
        QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("patient@gmail.com"));
        // The profile shares its account's id (decision 1).
        QCOMPARE(p.value(QStringLiteral("id")).toString(), user.value(QStringLiteral("id")).toString());
        QCOMPARE(p.value(QStringLiteral("phone")).toString(), QStringLiteral("9876543210"));
        QCOMPARE(p.value(QStringLiteral("insurance_number")).toString(), QStringLiteral("TESTINS123"));
        QVERIFY(!p.value(QStringLiteral("created_at")).toString().isEmpty());
        QVERIFY(!r.body.contains("argon2") && !r.body.contains("testpass123"));
        QCOMPARE(text(QStringLiteral("SELECT role FROM users WHERE username = 'testpatient'")),
                 QStringLiteral("patient"));
        // The password given works (the original silently dropped it).
        auto login = m_http->post(QStringLiteral("/api/token/"),
                                  QJsonObject{{QStringLiteral("username"), QStringLiteral("testpatient")},
                                              {QStringLiteral("password"), QStringLiteral("testpass123")}});
        QCOMPARE(login.status, 200);
    }

    void test7DoctorApi()
    {
        auto r = m_http->post(
            QStringLiteral("/api/doctors/"),
            QJsonObject{{QStringLiteral("user"),
                         QJsonObject{{QStringLiteral("username"), QStringLiteral("testdoctor")},
                                     {QStringLiteral("email"), QStringLiteral("doctor@gmail.com")},
                                     {QStringLiteral("password"), QStringLiteral("testpass123")}}},
                        {QStringLiteral("specialization"), QStringLiteral("Pediatrics")},
                        {QStringLiteral("available_from"), QStringLiteral("08:00:00")},
                        {QStringLiteral("available_to"), QStringLiteral("16:00:00")}},
            m_admin);
        QCOMPARE(r.status, 201);
        // As the test then checks in the database: the user exists, and a doctor linked to it.
        const QString userId = text(QStringLiteral("SELECT id FROM users WHERE username = 'testdoctor'"));
        QVERIFY(!userId.isEmpty());
        QCOMPARE(text(QStringLiteral("SELECT role FROM users WHERE id = ?"), {userId}),
                 QStringLiteral("dentist"));
        QCOMPARE(text(QStringLiteral("SELECT specialization FROM doctors WHERE user_id = ?"), {userId}),
                 QStringLiteral("Pediatrics"));
        QCOMPARE(text(QStringLiteral("SELECT available_from FROM doctors WHERE user_id = ?"), {userId}),
                 QStringLiteral("08:00:00"));
        QCOMPARE(text(QStringLiteral("SELECT available_to FROM doctors WHERE user_id = ?"), {userId}),
                 QStringLiteral("16:00:00"));
        const QJsonObject d = r.object();
        QCOMPARE(d.value(QStringLiteral("available_from")).toString(), QStringLiteral("08:00:00"));
        QCOMPARE(d.value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString(),
                 QStringLiteral("testdoctor"));
    }

    void test8AppointmentApi()
    {
        const QString patient = addPatient(QStringLiteral("aptpatient"), QStringLiteral("1112223333"),
                                           QStringLiteral("APTINS123"));
        const QString doctor = addDoctor(QStringLiteral("aptdoctor"), QStringLiteral("Oncology"));
        QVERIFY(!patient.isEmpty() && !doctor.isEmpty());
        // Naive ISO, as the test sends it: clinic local time (UTC on this station). Tuesday, within hours.
        auto r = book(patient, doctor, QStringLiteral("2026-11-24T10:00:00"));
        QCOMPARE(r.status, 201);
        const QJsonObject a = r.object();
        QCOMPARE(a.value(QStringLiteral("patient")).toString(), patient);
        QCOMPARE(a.value(QStringLiteral("doctor")).toString(), doctor);
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("Pending"));
        QVERIFY(a.value(QStringLiteral("appointment_time"))
                    .toString()
                    .startsWith(QStringLiteral("2026-11-24T10:00:00")));
        QVERIFY(a.value(QStringLiteral("appointment_time")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(a.value(QStringLiteral("appointment_date")).toString(), QStringLiteral("2026-11-24"));
    }

    void test9BookAppointmentEndpoint()
    {
        const QString doctor = addDoctor(QStringLiteral("bookdoctor"), QStringLiteral("Dermatology"));
        QString userId;
        const QString patientToken = registerAndLogin(QStringLiteral("bookpatient"), &userId);
        QVERIFY(!patientToken.isEmpty());
        // The patient record of that account (the test makes it with the ORM; here the front desk links it).
        auto linked =
            m_http->post(QStringLiteral("/api/patients/"),
                         QJsonObject{{QStringLiteral("user"), userId},
                                     {QStringLiteral("phone"), QStringLiteral("4445556666")},
                                     {QStringLiteral("insurance_number"), QStringLiteral("BOOKINS123")}},
                         m_desk);
        QCOMPARE(linked.status, 201);
        QCOMPARE(linked.object().value(QStringLiteral("id")).toString(), userId);
        const int mails = scalar(QStringLiteral("SELECT count(*) FROM mail_outbox"));
        auto r = m_http->post(
            QStringLiteral("/api/book-appointment/"),
            QJsonObject{{QStringLiteral("doctor"), doctor},
                        {QStringLiteral("appointment_time"), QStringLiteral("2026-11-23T09:00:00")},
                        {QStringLiteral("status"), QStringLiteral("Pending")}},
            patientToken);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Appointment booked successfully!"));
        const QJsonObject a = r.object().value(QStringLiteral("appointment")).toObject();
        QCOMPARE(r.object().value(QStringLiteral("id")).toString(), a.value(QStringLiteral("id")).toString());
        QCOMPARE(a.value(QStringLiteral("patient")).toString(), userId);
        QCOMPARE(a.value(QStringLiteral("doctor")).toString(), doctor);
        // The confirmation mail, queued for the caller.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mail_outbox")), mails + 1);
        QCOMPARE(text(QStringLiteral(
                     "SELECT recipient FROM mail_outbox WHERE subject = 'Appointment Confirmation'")),
                 QStringLiteral("bookpatient@mail.org"));
        QVERIFY(
            text(QStringLiteral("SELECT body FROM mail_outbox WHERE subject = 'Appointment Confirmation'"))
                .contains(QStringLiteral("Dr. bookdoctor")));
    }

    // ---- registrations and tokens ------------------------------------------------------------------------

    void registrationAnswersWithoutAHashAndRefusesDuplicates()
    {
        auto r = m_http->post(QStringLiteral("/api/registrations/"),
                              QJsonObject{{QStringLiteral("username"), QStringLiteral("newbie")},
                                          {QStringLiteral("email"), QStringLiteral("newbie@mail.org")},
                                          {QStringLiteral("password"), QStringLiteral("longenough")},
                                          {QStringLiteral("is_staff"), true}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().keys(),
                 (QStringList{QStringLiteral("email"), QStringLiteral("id"), QStringLiteral("username")}));
        QCOMPARE(text(QStringLiteral("SELECT role FROM users WHERE username = 'newbie'")),
                 QStringLiteral("patient"));

        const int before = writes();
        auto dup = m_http->post(QStringLiteral("/registrations/"),
                                QJsonObject{{QStringLiteral("username"), QStringLiteral("NEWBIE")},
                                            {QStringLiteral("password"), QStringLiteral("longenough")}});
        QCOMPARE(dup.status, 400);
        QCOMPARE(dup.object().value(QStringLiteral("username")).toArray().first().toString(),
                 QStringLiteral("A user with that username already exists."));
        auto missing = m_http->post(QStringLiteral("/registrations/"),
                                    QJsonObject{{QStringLiteral("email"), QStringLiteral("x@mail.org")}});
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.object().contains(QStringLiteral("username")));
        QVERIFY(missing.object().contains(QStringLiteral("password")));
        QCOMPARE(writes(), before);
    }

    void registrationsAreNotAnAnonymousUserAdmin()
    {
        QCOMPARE(m_http->get(QStringLiteral("/registrations/")).status, 401);
        const QString patient = registerAndLogin(QStringLiteral("curious"));
        QCOMPARE(m_http->get(QStringLiteral("/registrations/"), patient).status, 403);
        auto all = m_http->get(QStringLiteral("/api/registrations/"), m_admin);
        QCOMPARE(all.status, 200);
        QVERIFY(!all.body.contains("argon2") && !all.body.contains("password"));
        const int before = writes();
        QCOMPARE(m_http->put(QStringLiteral("/registrations/"), QJsonObject{}).status, 405);
        const QString someone =
            all.json().toArray().first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(m_http->del(QStringLiteral("/registrations/") + someone, m_admin).status, 405);
        QCOMPARE(writes(), before);
    }

    void tokenAndRefresh()
    {
        registerAndLogin(QStringLiteral("tokenuser"));
        auto bad = m_http->post(QStringLiteral("/api/token/"),
                                QJsonObject{{QStringLiteral("username"), QStringLiteral("tokenuser")},
                                            {QStringLiteral("password"), QStringLiteral("wrong-one")}});
        QCOMPARE(bad.status, 401);
        auto missing = m_http->post(QStringLiteral("/api/token/"),
                                    QJsonObject{{QStringLiteral("username"), QStringLiteral("x")}});
        QCOMPARE(missing.status, 400);
        auto good = m_http->post(QStringLiteral("/api/token/"),
                                 QJsonObject{{QStringLiteral("username"), QStringLiteral("tokenuser")},
                                             {QStringLiteral("password"), QStringLiteral("testpass123")}});
        QCOMPARE(good.status, 200);
        auto refreshed =
            m_http->post(QStringLiteral("/api/token/refresh/"),
                         QJsonObject{{QStringLiteral("refresh"),
                                      good.object().value(QStringLiteral("refresh")).toString()}});
        QCOMPARE(refreshed.status, 200);
        QVERIFY(!refreshed.object().value(QStringLiteral("access")).toString().isEmpty());
    }

    // ---- patients and doctors with nested accounts -----------------------------------------------------

    void duplicatePhoneOrUsernameWritesNothing()
    {
        QVERIFY(!addPatient(QStringLiteral("first"), QStringLiteral("5550001111"), QStringLiteral("INS-A"))
                     .isEmpty());
        const int before = writes();
        auto phone =
            m_http->post(QStringLiteral("/patients/"),
                         QJsonObject{{QStringLiteral("user"),
                                      QJsonObject{{QStringLiteral("username"), QStringLiteral("second")}}},
                                     {QStringLiteral("phone"), QStringLiteral("5550001111")},
                                     {QStringLiteral("insurance_number"), QStringLiteral("INS-B")}},
                         m_admin);
        QCOMPARE(phone.status, 400);
        QCOMPARE(phone.object().value(QStringLiteral("phone")).toArray().first().toString(),
                 QStringLiteral("patient with this phone already exists."));
        // The account nested in the refused patient was not kept.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users WHERE username = 'second'")), 0);
        auto username =
            m_http->post(QStringLiteral("/api/patients/"),
                         QJsonObject{{QStringLiteral("user"),
                                      QJsonObject{{QStringLiteral("username"), QStringLiteral("first")}}},
                                     {QStringLiteral("phone"), QStringLiteral("5550002222")}},
                         m_admin);
        QCOMPARE(username.status, 400);
        QCOMPARE(username.object()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("username"))
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("A user with that username already exists."));
        auto noName =
            m_http->post(QStringLiteral("/api/patients/"),
                         QJsonObject{{QStringLiteral("user"),
                                      QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.org")}}}},
                         m_admin);
        QCOMPARE(noName.status, 400);
        QVERIFY(
            noName.object().value(QStringLiteral("user")).toObject().contains(QStringLiteral("username")));
        QCOMPARE(writes(), before);
    }

    void putWithNestedUserUpdatesTheAccount()
    {
        const QString id =
            addPatient(QStringLiteral("renamer"), QStringLiteral("5550003333"), QStringLiteral("INS-C"));
        auto r = m_http->put(
            QStringLiteral("/patients/") + id + QLatin1Char('/'),
            QJsonObject{{QStringLiteral("user"),
                         QJsonObject{{QStringLiteral("username"), QStringLiteral("renamed")},
                                     {QStringLiteral("email"), QStringLiteral("renamed@mail.org")}}},
                        {QStringLiteral("phone"), QStringLiteral("5550003334")},
                        {QStringLiteral("insurance_number"), QStringLiteral("INS-C")}},
            m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("phone")).toString(), QStringLiteral("5550003334"));
        const QJsonObject user = r.object().value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("renamed"));
        QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("renamed@mail.org"));

        const QString doctor = addDoctor(QStringLiteral("drput"), QStringLiteral("Endodontics"));
        auto d =
            m_http->put(QStringLiteral("/api/doctors/") + doctor,
                        QJsonObject{{QStringLiteral("user"),
                                     QJsonObject{{QStringLiteral("username"), QStringLiteral("drput2")}}},
                                    {QStringLiteral("specialization"), QStringLiteral("Surgery")},
                                    {QStringLiteral("available_from"), QStringLiteral("10:00")},
                                    {QStringLiteral("available_to"), QStringLiteral("15:00")}},
                        m_admin);
        QCOMPARE(d.status, 200);
        QCOMPARE(d.object().value(QStringLiteral("available_from")).toString(), QStringLiteral("10:00:00"));
        QCOMPARE(
            d.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString(),
            QStringLiteral("drput2"));
        QCOMPARE(m_http->get(QStringLiteral("/patients/") + kUnknownId, m_admin).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/doctors/42"), m_admin).status, 404);
    }

    void doctorAccountsAreNeverGivenAKnownPassword()
    {
        QVERIFY(!addDoctor(QStringLiteral("nopass"), QStringLiteral("Orthodontics")).isEmpty());
        QVERIFY(text(QStringLiteral("SELECT password_hash FROM users WHERE username = 'nopass'"))
                    .startsWith(QLatin1Char('!')));
        auto login =
            m_http->post(QStringLiteral("/api/token/"),
                         QJsonObject{{QStringLiteral("username"), QStringLiteral("nopass")},
                                     {QStringLiteral("password"), QStringLiteral("defaultpassword")}});
        QCOMPARE(login.status, 401);
    }

    void doctorWritesAreStaffOnlyAndDentistAccountsAdminOnly()
    {
        const QString patient = registerAndLogin(QStringLiteral("wannabe"));
        const int before = writes();
        const QJsonObject body{
            {QStringLiteral("user"), QJsonObject{{QStringLiteral("username"), QStringLiteral("drdesk")}}},
            {QStringLiteral("specialization"), QStringLiteral("X")}};
        QCOMPARE(m_http->post(QStringLiteral("/doctors/"), body, patient).status, 403);
        // The front desk writes doctors, but a dentist's login account is the administrator's to make.
        QCOMPARE(m_http->post(QStringLiteral("/doctors/"), body, m_desk).status, 403);
        QCOMPARE(writes(), before);
        auto plain = m_http->post(QStringLiteral("/doctors/"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Desk")}}, m_desk);
        QCOMPARE(plain.status, 201);
    }

    // ---- appointments (004 dialect) ----------------------------------------------------------------------

    void appointmentInputIsChecked()
    {
        const QString patient =
            addPatient(QStringLiteral("checked"), QStringLiteral("5550004444"), QStringLiteral("INS-D"));
        const QString doctor = addDoctor(QStringLiteral("drchecked"), QStringLiteral("General"));
        const int before = writes();
        auto status =
            book(patient, doctor, QStringLiteral("2026-11-25T10:00:00"), QStringLiteral("Sleeping"));
        QCOMPARE(status.status, 400);
        QVERIFY(status.object().contains(QStringLiteral("status")));
        auto missing = m_http->post(QStringLiteral("/appointments/"),
                                    QJsonObject{{QStringLiteral("patient"), patient}}, m_admin);
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.object().contains(QStringLiteral("doctor")));
        QVERIFY(missing.object().contains(QStringLiteral("appointment_time")));
        auto unknown = book(kUnknownId, doctor, QStringLiteral("2026-11-25T10:00:00"));
        QCOMPARE(unknown.status, 400);
        QVERIFY(unknown.object().contains(QStringLiteral("patient")));
        auto noDoctor = book(patient, kUnknownId, QStringLiteral("2026-11-25T10:00:00"));
        QCOMPARE(noDoctor.status, 400);
        QVERIFY(noDoctor.object().contains(QStringLiteral("doctor")));
        auto badTime = book(patient, doctor, QStringLiteral("tomorrow"));
        QCOMPARE(badTime.status, 400);
        QVERIFY(badTime.object().contains(QStringLiteral("appointment_time")));
        // Sunday: outside the clinic's hours, refused by the booking rules with a message.
        auto closed = book(patient, doctor, QStringLiteral("2026-11-29T10:00:00"));
        QCOMPARE(closed.status, 400);
        QCOMPARE(writes(), before);

        auto ok = book(patient, doctor, QStringLiteral("2026-11-25T10:00:00"));
        QCOMPARE(ok.status, 201);
        const int afterOne = writes();
        auto twice = book(patient, doctor, QStringLiteral("2026-11-25T10:00:00"));
        QCOMPARE(twice.status, 400);
        QVERIFY(twice.object().contains(QStringLiteral("non_field_errors")));
        QCOMPARE(writes(), afterOne);
    }

    void appointmentReadUpdateDelete()
    {
        const QString patient =
            addPatient(QStringLiteral("cycle"), QStringLiteral("5550005555"), QStringLiteral("INS-E"));
        const QString doctor = addDoctor(QStringLiteral("drcycle"), QStringLiteral("General"));
        auto made = book(patient, doctor, QStringLiteral("2026-11-26T14:00:00+00:00"));
        QCOMPARE(made.status, 201);
        const QString id = made.object().value(QStringLiteral("id")).toString();
        auto list = m_http->get(QStringLiteral("/api/appointments/"), m_admin);
        QCOMPARE(list.status, 200);
        QVERIFY(list.body.contains(id.toUtf8()));
        QCOMPARE(m_http->get(QStringLiteral("/appointments/") + id, m_admin).status, 200);

        auto confirmed = m_http->put(
            QStringLiteral("/api/appointments/") + id + QLatin1Char('/'),
            QJsonObject{{QStringLiteral("patient"), patient},
                        {QStringLiteral("doctor"), doctor},
                        {QStringLiteral("appointment_time"), QStringLiteral("2026-11-26T15:00:00")},
                        {QStringLiteral("status"), QStringLiteral("Confirmed")}},
            m_admin);
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(confirmed.object().value(QStringLiteral("status")).toString(), QStringLiteral("Confirmed"));
        QVERIFY(confirmed.object()
                    .value(QStringLiteral("appointment_time"))
                    .toString()
                    .startsWith(QStringLiteral("2026-11-26T15:00")));
        auto partial =
            m_http->patch(QStringLiteral("/appointments/") + id,
                          QJsonObject{{QStringLiteral("status"), QStringLiteral("Cancelled")}}, m_admin);
        QCOMPARE(partial.status, 200);
        QCOMPARE(partial.object().value(QStringLiteral("status")).toString(), QStringLiteral("Cancelled"));
        QCOMPARE(m_http->get(QStringLiteral("/appointments/") + kUnknownId, m_admin).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/appointments/not-an-id"), m_admin).status, 404);
        QCOMPARE(m_http->del(QStringLiteral("/api/appointments/") + id, m_admin).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/api/appointments/") + id, m_admin).status, 404);
    }

    void aPatientSeesOnlyTheirOwnAppointments()
    {
        const QString doctor = addDoctor(QStringLiteral("drown"), QStringLiteral("General"));
        const QString alice = registerAndLogin(QStringLiteral("alice004"));
        const QString bob = registerAndLogin(QStringLiteral("bob004"));
        auto mine = m_http->post(
            QStringLiteral("/book-appointment/"),
            QJsonObject{{QStringLiteral("doctor"), doctor},
                        {QStringLiteral("appointment_time"), QStringLiteral("2026-11-27T09:00:00")}},
            alice);
        QCOMPARE(mine.status, 201);
        const QString id = mine.object().value(QStringLiteral("id")).toString();
        QCOMPARE(m_http->get(QStringLiteral("/appointments/") + id, alice).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/appointments/") + id, bob).status, 404);
        QVERIFY(!m_http->get(QStringLiteral("/appointments/"), bob).body.contains(id.toUtf8()));
        const int before = writes();
        QCOMPARE(m_http->del(QStringLiteral("/appointments/") + id, bob).status, 404);
        // A patient may cancel, not confirm.
        QCOMPARE(m_http
                     ->patch(QStringLiteral("/appointments/") + id,
                             QJsonObject{{QStringLiteral("status"), QStringLiteral("Confirmed")}}, alice)
                     .status,
                 403);
        QCOMPARE(writes(), before);
        auto noDoctor = m_http->post(
            QStringLiteral("/book-appointment/"),
            QJsonObject{{QStringLiteral("appointment_time"), QStringLiteral("2026-11-27T11:00:00")}}, alice);
        QCOMPARE(noDoctor.status, 400);
        QVERIFY(noDoctor.object().contains(QStringLiteral("doctor")));
        QCOMPARE(m_http->post(QStringLiteral("/book-appointment/"), QJsonObject{}).status, 401);
    }

    // ---- medical records ---------------------------------------------------------------------------------

    void medicalRecords()
    {
        const QString doctor = addDoctor(QStringLiteral("drnotes"), QStringLiteral("General"));
        QString aliceId;
        const QString alice = registerAndLogin(QStringLiteral("carol004"), &aliceId);
        auto booked = m_http->post(
            QStringLiteral("/api/book-appointment/"),
            QJsonObject{{QStringLiteral("doctor"), doctor},
                        {QStringLiteral("appointment_time"), QStringLiteral("2026-11-30T09:00:00")}},
            alice);
        QCOMPARE(booked.status, 201);
        const QString visit = booked.object().value(QStringLiteral("id")).toString();
        const QString other =
            addPatient(QStringLiteral("dave004"), QStringLiteral("5550006666"), QStringLiteral("INS-F"));

        auto r = m_http->post(
            QStringLiteral("/api/medical-records/"),
            QJsonObject{{QStringLiteral("patient"), aliceId},
                        {QStringLiteral("appointment"), visit},
                        {QStringLiteral("notes"), QStringLiteral("Patient complained of headaches")}},
            m_dentist);
        QCOMPARE(r.status, 201);
        const QJsonObject record = r.object();
        const QString id = record.value(QStringLiteral("id")).toString();
        QCOMPARE(record.value(QStringLiteral("patient")).toString(), aliceId);
        QCOMPARE(record.value(QStringLiteral("appointment")).toString(), visit);
        QCOMPARE(record.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Patient complained of headaches"));
        QVERIFY(!record.value(QStringLiteral("created_at")).toString().isEmpty());

        const int before = writes();
        auto wrongPatient = m_http->post(QStringLiteral("/medical-records/"),
                                         QJsonObject{{QStringLiteral("patient"), other},
                                                     {QStringLiteral("appointment"), visit},
                                                     {QStringLiteral("notes"), QStringLiteral("x")}},
                                         m_admin);
        QCOMPARE(wrongPatient.status, 400);
        QVERIFY(wrongPatient.object().contains(QStringLiteral("patient")));
        auto missing = m_http->post(QStringLiteral("/medical-records/"),
                                    QJsonObject{{QStringLiteral("patient"), aliceId}}, m_admin);
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.object().contains(QStringLiteral("appointment")));
        QVERIFY(missing.object().contains(QStringLiteral("notes")));
        auto unknownVisit = m_http->post(QStringLiteral("/medical-records/"),
                                         QJsonObject{{QStringLiteral("patient"), aliceId},
                                                     {QStringLiteral("appointment"), kUnknownId},
                                                     {QStringLiteral("notes"), QStringLiteral("x")}},
                                         m_admin);
        QCOMPARE(unknownVisit.status, 400);
        // Patients read their own records; they do not write them.
        QCOMPARE(m_http
                     ->post(QStringLiteral("/medical-records/"),
                            QJsonObject{{QStringLiteral("patient"), aliceId},
                                        {QStringLiteral("appointment"), visit},
                                        {QStringLiteral("notes"), QStringLiteral("mine")}},
                            alice)
                     .status,
                 403);
        QCOMPARE(writes(), before);
        auto own = m_http->get(QStringLiteral("/medical-records/"), alice);
        QCOMPARE(own.status, 200);
        QCOMPARE(own.json().toArray().size(), 1);
        QCOMPARE(m_http->get(QStringLiteral("/medical-records/") + id, alice).status, 200);
        const QString bob = registerAndLogin(QStringLiteral("erin004"));
        QCOMPARE(m_http->get(QStringLiteral("/medical-records/") + id, bob).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/medical-records/"), bob).json().toArray().size(), 0);

        auto edited = m_http->patch(
            QStringLiteral("/api/medical-records/") + id,
            QJsonObject{{QStringLiteral("notes"), QStringLiteral("Headaches, twice a week")}}, m_dentist);
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.object().value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Headaches, twice a week"));
        auto put =
            m_http->put(QStringLiteral("/medical-records/") + id,
                        QJsonObject{{QStringLiteral("notes"), QStringLiteral("only notes")}}, m_dentist);
        QCOMPARE(put.status, 400);
        QCOMPARE(m_http->del(QStringLiteral("/medical-records/") + id, m_dentist).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/medical-records/") + id, m_admin).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/medical-records/") + kUnknownId, m_admin).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestHttpSeed004)
#include "tst_http_seed004.moc"

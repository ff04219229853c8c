#include "ApiServerHost.h"
#include "HttpClient.h"
#include "TestStation.h"
#include "store/Query.h"

#include <QTest>

using namespace chairside;
using namespace chairside::test;

// Seed 001 ("Healthcare Backend API") over real HTTP: every endpoint with good and bad input. Each bad
// request must get a 4xx with a JSON body naming the field or the reason, and write nothing.
class TestHttpSeed001 : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    quint16 m_port = 0;
    QString m_staff; // receptionist's access token
    QString m_alice; // two patient-role accounts registered through the API
    QString m_bob;

    QString login(const QString& email, const QString& password = QStringLiteral("password123"))
    {
        auto r = m_http->post(
            QStringLiteral("/api/auth/login/"),
            QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
        return r.object().value(QStringLiteral("access")).toString();
    }

    int rows(const QString& table) const
    {
        return sql::scalar(m_station->db->connection(),
                           QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(table))
            ->toInt();
    }

    int changes() const
    {
        return sql::scalar(m_station->db->connection(), QStringLiteral("SELECT count(*) FROM change_log"))
            ->toInt();
    }

    // A refused request: 4xx, a JSON object body that mentions `reason`, and no new change in the store.
    void expectRefused(const HttpReply& reply, int status, const QString& reason, int changesBefore)
    {
        QVERIFY2(reply.status == status, qPrintable(QStringLiteral("expected %1, got %2: %3")
                                                        .arg(status)
                                                        .arg(reply.status)
                                                        .arg(QString::fromUtf8(reply.body))));
        QVERIFY2(reply.json().isObject(), reply.body.constData());
        QVERIFY2(QString::fromUtf8(reply.body).contains(reason), qPrintable(QString::fromUtf8(reply.body)));
        QCOMPARE(changes(), changesBefore);
    }

    QString createPatient(const QString& token, const QString& name)
    {
        auto r = m_http->post(QStringLiteral("/api/patients/"),
                              QJsonObject{{QStringLiteral("name"), name},
                                          {QStringLiteral("age"), 30},
                                          {QStringLiteral("gender"), QStringLiteral("Female")}},
                              token);
        return r.object().value(QStringLiteral("id")).toString();
    }

    QString createDoctor(const QString& name)
    {
        auto r = m_http->post(QStringLiteral("/api/doctors/"),
                              QJsonObject{{QStringLiteral("name"), name},
                                          {QStringLiteral("specialization"), QStringLiteral("Orthodontics")},
                                          {QStringLiteral("experience"), 9}},
                              m_staff);
        return r.object().value(QStringLiteral("id")).toString();
    }

private slots:
    void init()
    {
        m_station = std::make_unique<TestStation>();
        m_station->addUser(QStringLiteral("desk@clinic.org"), Role::Receptionist);
        api::ApiServerConfig config;
        config.limits.maxBodyBytes = 64 * 1024;
        m_host = std::make_unique<api::ApiServerHost>(*m_station->services, config);
        m_port = *m_host->start(QHostAddress::LocalHost, 0);
        m_http = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        m_staff = login(QStringLiteral("desk@clinic.org"));
        for (const QString& who : {QStringLiteral("alice"), QStringLiteral("bob")}) {
            auto r = m_http->post(QStringLiteral("/api/auth/register/"),
                                  QJsonObject{{QStringLiteral("name"), who + QStringLiteral(" Smith")},
                                              {QStringLiteral("email"), who + QStringLiteral("@x.org")},
                                              {QStringLiteral("password"), QStringLiteral("password123")}});
            QCOMPARE(r.status, 201);
        }
        m_alice = login(QStringLiteral("alice@x.org"));
        m_bob = login(QStringLiteral("bob@x.org"));
        QVERIFY(!m_staff.isEmpty() && !m_alice.isEmpty() && !m_bob.isEmpty());
    }

    void cleanup()
    {
        m_http.reset();
        m_host.reset();
        m_station.reset();
    }

    void registerAndLogin()
    {
        auto r = m_http->post(QStringLiteral("/api/auth/register"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("Cara Jones")},
                                          {QStringLiteral("email"), QStringLiteral("cara@x.org")},
                                          {QStringLiteral("password"), QStringLiteral("password123")}});
        QCOMPARE(r.status, 201);
        const QJsonObject user = r.object().value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("cara@x.org"));
        QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("Cara Jones"));
        QVERIFY(!r.body.contains("password_hash") && !r.body.contains("argon2"));
        auto l = m_http->post(QStringLiteral("/api/auth/login/"),
                              QJsonObject{{QStringLiteral("email"), QStringLiteral("cara@x.org")},
                                          {QStringLiteral("password"), QStringLiteral("password123")}});
        QCOMPARE(l.status, 200);
        QCOMPARE(l.object().value(QStringLiteral("access")).toString().count(QLatin1Char('.')), 2);
        QCOMPARE(l.object().value(QStringLiteral("refresh")).toString().count(QLatin1Char('.')), 2);
    }

    void registerRefusesBadInput()
    {
        const int before = changes();
        expectRefused(m_http->post(QStringLiteral("/api/auth/register/"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                                               {QStringLiteral("email"), QStringLiteral("alice@x.org")},
                                               {QStringLiteral("password"), QStringLiteral("password123")}}),
                      400, QStringLiteral("\"email\""), before);
        expectRefused(m_http->post(QStringLiteral("/api/auth/register/"),
                                   QJsonObject{{QStringLiteral("email"), QStringLiteral("new@x.org")}}),
                      400, QStringLiteral("\"password\""), before);
        expectRefused(m_http->post(QStringLiteral("/api/auth/register/"),
                                   QJsonObject{{QStringLiteral("email"), QStringLiteral("not-an-email")},
                                               {QStringLiteral("password"), QStringLiteral("password123")}}),
                      400, QStringLiteral("\"email\""), before);
        expectRefused(m_http->post(QStringLiteral("/api/auth/register/"),
                                   QJsonObject{{QStringLiteral("email"), QStringLiteral("n@x.org")},
                                               {QStringLiteral("password"), 12345678}}),
                      400, QStringLiteral("\"password\""), before);
        expectRefused(
            m_http->request("POST", QStringLiteral("/api/auth/register/"), "{\"email\": \"x@x.org\", "), 400,
            QStringLiteral("JSON parse error"), before);
        expectRefused(m_http->request("POST", QStringLiteral("/api/auth/register/"), "[1, 2]"), 400,
                      QStringLiteral("non_field_errors"), before);
    }

    void loginRefusals()
    {
        auto wrong = m_http->post(QStringLiteral("/api/auth/login/"),
                                  QJsonObject{{QStringLiteral("email"), QStringLiteral("alice@x.org")},
                                              {QStringLiteral("password"), QStringLiteral("wrong-one")}});
        QCOMPARE(wrong.status, 401);
        QVERIFY(wrong.object().contains(QStringLiteral("detail")));
        auto missing = m_http->post(QStringLiteral("/api/auth/login/"),
                                    QJsonObject{{QStringLiteral("email"), QStringLiteral("alice@x.org")}});
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.object().contains(QStringLiteral("password")));
    }

    void refreshTokens()
    {
        const QString refresh =
            m_http
                ->post(QStringLiteral("/api/auth/login/"),
                       QJsonObject{{QStringLiteral("email"), QStringLiteral("alice@x.org")},
                                   {QStringLiteral("password"), QStringLiteral("password123")}})
                .object()
                .value(QStringLiteral("refresh"))
                .toString();
        for (const QString& path :
             {QStringLiteral("/api/auth/refresh/"), QStringLiteral("/api/token/refresh/")}) {
            auto r = m_http->post(path, QJsonObject{{QStringLiteral("refresh"), refresh}});
            QCOMPARE(r.status, 200);
            QCOMPARE(m_http
                         ->get(QStringLiteral("/api/patients/"),
                               r.object().value(QStringLiteral("access")).toString())
                         .status,
                     200);
        }
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/auth/refresh/"),
                            QJsonObject{{QStringLiteral("refresh"), m_alice}})
                     .status,
                 401);
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/refresh/"), QJsonObject{}).status, 400);
    }

    void authenticationIsRequiredAndChecked()
    {
        auto none = m_http->get(QStringLiteral("/api/patients/"));
        QCOMPARE(none.status, 401);
        QVERIFY(!none.header("WWW-Authenticate").isEmpty());
        QCOMPARE(none.object().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("Authentication credentials were not provided."));
        auto garbage = m_http->get(QStringLiteral("/api/doctors/"), QStringLiteral("not.a.jwt"));
        QCOMPARE(garbage.status, 401);
        QCOMPARE(garbage.object().value(QStringLiteral("code")).toString(),
                 QStringLiteral("token_not_valid"));
        QCOMPARE(m_http->get(QStringLiteral("/api/doctors/"), QStringLiteral("Token deadbeef")).status, 401);

        // Expired access token.
        m_station->clock.advanceSeconds(3601);
        auto expired = m_http->get(QStringLiteral("/api/patients/"), m_alice);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.object().value(QStringLiteral("code")).toString(),
                 QStringLiteral("token_not_valid"));

        // The opaque token and Basic credentials work under the other schemes.
        auto fresh = m_http->post(QStringLiteral("/api/auth/login/"),
                                  QJsonObject{{QStringLiteral("email"), QStringLiteral("alice@x.org")},
                                              {QStringLiteral("password"), QStringLiteral("password123")}});
        QCOMPARE(
            m_http
                ->get(QStringLiteral("/api/patients/"),
                      QStringLiteral("Token ") + fresh.object().value(QStringLiteral("token")).toString())
                .status,
            200);
        QCOMPARE(
            m_http
                ->get(QStringLiteral("/api/patients/"),
                      QStringLiteral("Token ") + fresh.object().value(QStringLiteral("access")).toString())
                .status,
            200);
        QCOMPARE(m_http
                     ->get(QStringLiteral("/api/patients/"),
                           QStringLiteral("Basic ") +
                               QString::fromLatin1(QByteArray("alice@x.org:password123").toBase64()))
                     .status,
                 200);
        QCOMPARE(m_http
                     ->get(QStringLiteral("/api/patients/"),
                           QStringLiteral("Basic ") +
                               QString::fromLatin1(QByteArray("alice@x.org:nope").toBase64()))
                     .status,
                 401);
    }

    void patientsCrudIsOwnerScoped()
    {
        auto created = m_http->post(QStringLiteral("/api/patients/"),
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Ann Lee")},
                                                {QStringLiteral("age"), 41},
                                                {QStringLiteral("gender"), QStringLiteral("Female")},
                                                {QStringLiteral("address"), QStringLiteral("1 Main St")}},
                                    m_alice);
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QCOMPARE(created.object().value(QStringLiteral("age")).toInt(), 41);
        QCOMPARE(created.object().value(QStringLiteral("first_name")).toString(), QStringLiteral("Ann"));
        createPatient(m_bob, QStringLiteral("Bob's patient"));

        auto mine = m_http->get(QStringLiteral("/api/patients"), m_alice);
        QCOMPARE(mine.json().toArray().size(), 1);
        QCOMPARE(m_http->get(QStringLiteral("/api/patients/"), m_staff).json().toArray().size(), 2);
        QCOMPARE(m_http->get(QStringLiteral("/api/patients/%1/").arg(id), m_alice)
                     .object()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Ann Lee"));

        auto put = m_http->put(QStringLiteral("/api/patients/%1/").arg(id),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("Ann Lee-Park")},
                                           {QStringLiteral("age"), 42}},
                               m_alice);
        QCOMPARE(put.status, 200);
        QCOMPARE(put.object().value(QStringLiteral("age")).toInt(), 42);
        auto patch =
            m_http->patch(QStringLiteral("/api/patients/%1").arg(id),
                          QJsonObject{{QStringLiteral("condition"), QStringLiteral("Gingivitis")}}, m_alice);
        QCOMPARE(patch.status, 200);
        QCOMPARE(patch.object().value(QStringLiteral("name")).toString(), QStringLiteral("Ann Lee-Park"));

        // Bob can neither see nor touch Alice's patient: it does not exist for him.
        const int before = changes();
        expectRefused(m_http->get(QStringLiteral("/api/patients/%1/").arg(id), m_bob), 404,
                      QStringLiteral("Not found"), before);
        expectRefused(m_http->put(QStringLiteral("/api/patients/%1/").arg(id),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("X")}}, m_bob),
                      404, QStringLiteral("Not found"), before);
        expectRefused(m_http->del(QStringLiteral("/api/patients/%1/").arg(id), m_bob), 404,
                      QStringLiteral("Not found"), before);

        QCOMPARE(m_http->del(QStringLiteral("/api/patients/%1/").arg(id), m_alice).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/api/patients/%1/").arg(id), m_alice).status, 404);
        QCOMPARE(m_http->del(QStringLiteral("/api/patients/%1/").arg(id), m_alice).status, 404);
    }

    void patientsRefuseBadInput()
    {
        const QString id = createPatient(m_alice, QStringLiteral("Ann Lee"));
        const int before = changes();
        expectRefused(
            m_http->post(QStringLiteral("/api/patients/"), QJsonObject{{QStringLiteral("age"), 30}}, m_alice),
            400, QStringLiteral("\"name\""), before);
        expectRefused(m_http->post(QStringLiteral("/api/patients/"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("X")},
                                               {QStringLiteral("age"), QStringLiteral("abc")}},
                                   m_alice),
                      400, QStringLiteral("\"age\""), before);
        expectRefused(m_http->post(QStringLiteral("/api/patients/"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("X")},
                                               {QStringLiteral("age"), -5}},
                                   m_alice),
                      400, QStringLiteral("\"age\""), before);
        expectRefused(m_http->post(QStringLiteral("/api/patients/"),
                                   QJsonObject{{QStringLiteral("name"), QJsonArray{1}}}, m_alice),
                      400, QStringLiteral("\"name\""), before);
        expectRefused(m_http->post(QStringLiteral("/api/patients/"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("X")},
                                               {QStringLiteral("gender"), QStringLiteral("robot")}},
                                   m_alice),
                      400, QStringLiteral("\"gender\""), before);
        expectRefused(m_http->put(QStringLiteral("/api/patients/%1/").arg(id),
                                  QJsonObject{{QStringLiteral("age"), 3}}, m_alice),
                      400, QStringLiteral("\"name\""), before);
        expectRefused(m_http->get(QStringLiteral("/api/patients/42/"), m_alice), 404,
                      QStringLiteral("Not found"), before);
        expectRefused(
            m_http->get(QStringLiteral("/api/patients/0190b7e0-0000-7000-8000-000000000000/"), m_alice), 404,
            QStringLiteral("Not found"), before);
        expectRefused(
            m_http->request("POST", QStringLiteral("/api/patients/"), "{\"name\": \"unterminated", m_alice),
            400, QStringLiteral("JSON parse error"), before);
        expectRefused(m_http->request("POST", QStringLiteral("/api/patients/"),
                                      "{\"name\": \"" + QByteArray(70 * 1024, 'x') + "\"}", m_alice),
                      413, QStringLiteral("too large"), before);
        expectRefused(m_http->request("POST", QStringLiteral("/api/patients/"), "name=x", m_alice,
                                      {{"Content-Type", "text/plain"}}),
                      415, QStringLiteral("Unsupported media type"), before);
        QCOMPARE(rows(QStringLiteral("patients")), 1);
    }

    void doctorsAreReadableByAllWritableByStaff()
    {
        const int before = changes();
        expectRefused(m_http->post(QStringLiteral("/api/doctors/"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr X")}}, m_alice),
                      403, QStringLiteral("permission"), before);
        auto created = m_http->post(QStringLiteral("/api/doctors/"),
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Ruiz")},
                                                {QStringLiteral("specialty"), QStringLiteral("Endodontics")},
                                                {QStringLiteral("email"), QStringLiteral("ruiz@clinic.org")},
                                                {QStringLiteral("experience"), 12}},
                                    m_staff);
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QCOMPARE(created.object().value(QStringLiteral("specialization")).toString(),
                 QStringLiteral("Endodontics"));
        QCOMPARE(m_http->get(QStringLiteral("/api/doctors/"), m_bob).json().toArray().size(), 1);
        QCOMPARE(m_http->get(QStringLiteral("/api/doctors/%1/").arg(id), m_bob)
                     .object()
                     .value(QStringLiteral("experience"))
                     .toInt(),
                 12);

        const int mid = changes();
        expectRefused(m_http->put(QStringLiteral("/api/doctors/%1/").arg(id),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Hijack")}}, m_bob),
                      403, QStringLiteral("permission"), mid);
        expectRefused(m_http->del(QStringLiteral("/api/doctors/%1/").arg(id), m_bob), 403,
                      QStringLiteral("permission"), mid);
        expectRefused(m_http->post(QStringLiteral("/api/doctors/"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Dup")},
                                               {QStringLiteral("email"), QStringLiteral("RUIZ@clinic.org")}},
                                   m_staff),
                      400, QStringLiteral("\"email\""), mid);
        expectRefused(m_http->post(QStringLiteral("/api/doctors/"),
                                   QJsonObject{{QStringLiteral("experience"), QStringLiteral("lots")}},
                                   m_staff),
                      400, QStringLiteral("\"experience\""), mid);
        expectRefused(m_http->get(QStringLiteral("/api/doctors/nope/"), m_bob), 404,
                      QStringLiteral("Not found"), mid);

        auto put = m_http->put(QStringLiteral("/api/doctors/%1/").arg(id),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Ruiz-Ortega")},
                                           {QStringLiteral("specialization"), QStringLiteral("Endodontics")}},
                               m_staff);
        QCOMPARE(put.status, 200);
        QCOMPARE(put.object().value(QStringLiteral("name")).toString(), QStringLiteral("Dr Ruiz-Ortega"));
        QCOMPARE(m_http->del(QStringLiteral("/api/doctors/%1/").arg(id), m_staff).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/api/doctors/%1/").arg(id), m_bob).status, 404);
    }

    void mappingsAssignDoctorsToOwnPatients()
    {
        const QString ann = createPatient(m_alice, QStringLiteral("Ann Lee"));
        const QString bobs = createPatient(m_bob, QStringLiteral("Bo Lin"));
        const QString ruiz = createDoctor(QStringLiteral("Dr Ruiz"));
        const QString kim = createDoctor(QStringLiteral("Dr Kim"));

        auto first = m_http->post(
            QStringLiteral("/api/mappings/"),
            QJsonObject{{QStringLiteral("patient_id"), ann}, {QStringLiteral("doctor_id"), ruiz}}, m_alice);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.object()
                     .value(QStringLiteral("doctor_details"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Dr Ruiz"));
        QCOMPARE(first.object()
                     .value(QStringLiteral("patient_details"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Ann Lee"));
        auto second = m_http->post(
            QStringLiteral("/api/mappings"),
            QJsonObject{{QStringLiteral("patient"), ann}, {QStringLiteral("doctor"), kim}}, m_alice);
        QCOMPARE(second.status, 201);

        const int before = changes();
        expectRefused(m_http->post(QStringLiteral("/api/mappings/"),
                                   QJsonObject{{QStringLiteral("patient_id"), ann},
                                               {QStringLiteral("doctor_id"), ruiz}},
                                   m_alice),
                      400, QStringLiteral("already assigned"), before);
        expectRefused(m_http->post(QStringLiteral("/api/mappings/"),
                                   QJsonObject{{QStringLiteral("patient_id"), bobs},
                                               {QStringLiteral("doctor_id"), ruiz}},
                                   m_alice),
                      403, QStringLiteral("your own patients"), before);
        expectRefused(m_http->post(QStringLiteral("/api/mappings/"),
                                   QJsonObject{{QStringLiteral("patient"), ann},
                                               {QStringLiteral("doctor"),
                                                QStringLiteral("0190b7e0-0000-7000-8000-000000000000")}},
                                   m_alice),
                      400, QStringLiteral("\"doctor\""), before);
        expectRefused(
            m_http->post(QStringLiteral("/api/mappings/"),
                         QJsonObject{{QStringLiteral("patient_id"), 1}, {QStringLiteral("doctor_id"), ruiz}},
                         m_alice),
            400, QStringLiteral("\"patient_id\""), before);
        expectRefused(m_http->post(QStringLiteral("/api/mappings/"), QJsonObject{}, m_alice), 400,
                      QStringLiteral("\"patient_id\""), before);

        QCOMPARE(m_http->get(QStringLiteral("/api/mappings/"), m_alice).json().toArray().size(), 2);
        QCOMPARE(m_http->get(QStringLiteral("/api/mappings/"), m_bob).json().toArray().size(), 0);
        auto byPatient = m_http->get(QStringLiteral("/api/mappings/%1/").arg(ann), m_alice);
        QCOMPARE(byPatient.json().toArray().size(), 2);
        QCOMPARE(m_http->get(QStringLiteral("/api/mappings/%1/").arg(ann), m_bob).status, 404);

        // Delete at both spellings; Bob cannot delete Alice's.
        const QString firstId = first.object().value(QStringLiteral("id")).toString();
        const QString secondId = second.object().value(QStringLiteral("id")).toString();
        QCOMPARE(m_http->del(QStringLiteral("/api/mappings/delete/%1/").arg(firstId), m_bob).status, 404);
        QCOMPARE(m_http->del(QStringLiteral("/api/mappings/delete/%1/").arg(firstId), m_alice).status, 204);
        QCOMPARE(m_http->del(QStringLiteral("/api/mappings/%1/").arg(secondId), m_alice).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/api/mappings/%1/").arg(ann), m_alice).json().toArray().size(),
                 0);
    }

    // The "Done when" of the foundation issue, as a client that knows only the seed 001 README would do it.
    void readmeClientWalkthrough()
    {
        HttpClient client(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        QCOMPARE(client
                     .post(QStringLiteral("/api/auth/register/"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("Dana")},
                                       {QStringLiteral("email"), QStringLiteral("dana@x.org")},
                                       {QStringLiteral("password"), QStringLiteral("dana-pass-1")}})
                     .status,
                 201);
        const QString access =
            client
                .post(QStringLiteral("/api/auth/login/"),
                      QJsonObject{{QStringLiteral("email"), QStringLiteral("dana@x.org")},
                                  {QStringLiteral("password"), QStringLiteral("dana-pass-1")}})
                .object()
                .value(QStringLiteral("access"))
                .toString();
        const QString patient = client
                                    .post(QStringLiteral("/api/patients/"),
                                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Dana Jr")},
                                                      {QStringLiteral("age"), 7}},
                                          access)
                                    .object()
                                    .value(QStringLiteral("id"))
                                    .toString();
        QVERIFY(!patient.isEmpty());
        const QString doctor = createDoctor(QStringLiteral("Dr Kids"));
        const QJsonArray doctors = client.get(QStringLiteral("/api/doctors/"), access).json().toArray();
        QCOMPARE(doctors.size(), 1);
        QCOMPARE(client
                     .post(QStringLiteral("/api/mappings/"),
                           QJsonObject{{QStringLiteral("patient_id"), patient},
                                       {QStringLiteral("doctor_id"), doctor}},
                           access)
                     .status,
                 201);
        const QJsonArray assigned =
            client.get(QStringLiteral("/api/mappings/%1/").arg(patient), access).json().toArray();
        QCOMPARE(assigned.size(), 1);
        QCOMPARE(assigned.first().toObject().value(QStringLiteral("doctor")).toString(), doctor);
        QCOMPARE(client.get(QStringLiteral("/api/patients/%1/").arg(patient), access)
                     .object()
                     .value(QStringLiteral("doctor"))
                     .toString(),
                 doctor);
    }
};

QTEST_GUILESS_MAIN(TestHttpSeed001)
#include "tst_http_seed001.moc"
